/**
 * Whether to colour what goes to a stream, by the usual conventions, in this order:
 * `--no-color` → never; `FORCE_COLOR` set → on, unless it is `0` or `false`; `NO_COLOR`
 * set and not empty (https://no-color.org) → off; `NODE_DISABLE_COLORS` set → off;
 * `TERM=dumb` → off; otherwise only when the stream is a terminal. FORCE_COLOR before
 * NO_COLOR is Node's own order (`tty.WriteStream#getColorDepth`).
 */
export interface ColorEnv {
  FORCE_COLOR?: string | undefined;
  NO_COLOR?: string | undefined;
  NODE_DISABLE_COLORS?: string | undefined;
  TERM?: string | undefined;
}

export function useColor(flag: boolean, isTTY: boolean | undefined, env: ColorEnv = process.env): boolean {
  if (!flag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !["0", "false"].includes(force.trim().toLowerCase());
  if (env.NO_COLOR) return false;
  if (env.NODE_DISABLE_COLORS) return false;
  if (env.TERM === "dumb") return false;
  return isTTY === true;
}
