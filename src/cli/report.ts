/** Print diagnostics to stderr in Chinese, coloured on a terminal. */
import { Chalk } from "chalk";
import type { Diagnostic } from "../model/schema.js";
import { escapeControls } from "../text/controls.js";

const LEVEL_LABEL: Record<Diagnostic["level"], string> = { error: "错误", warning: "警告", info: "提示" };

export function formatDiagnostic(d: Diagnostic, file: string, color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const where = [escapeControls(file), d.page ? `第${d.page}页` : "", d.line ? `第${d.line}行` : "", d.table !== undefined ? `表${d.table + 1}` : "", d.seq !== undefined ? `序号${d.seq}` : ""]
    .filter(Boolean)
    .join(" ");
  const paint = d.level === "error" ? c.red : d.level === "warning" ? c.yellow : c.cyan;
  return `${paint(`${LEVEL_LABEL[d.level]} ${d.code}`)} ${c.dim(where)}: ${escapeControls(d.message)}`;
}
