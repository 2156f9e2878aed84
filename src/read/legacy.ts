/**
 * Legacy binary Office files (.doc / .wps, .xls / .et): OLE2 compound files.
 * What they hold is told from their streams (`WordDocument`, `Workbook`), not
 * from the file name. fenjie does not parse these formats itself: when
 * LibreOffice (`soffice`) is installed it converts the file to .docx / .xlsx
 * in a private temporary folder (its own profile, a time limit, killed whole
 * when it runs over) and the result is read; otherwise the user is told the
 * two ways out.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import CFB from "cfb";
import { FenjieError } from "../errors.js";

export type OleKind = "doc" | "xls" | "ppt" | "encrypted" | "other";

/** Time LibreOffice gets to convert one file (a first start with a fresh profile takes a few seconds). */
export const SOFFICE_TIMEOUT_MS = 60_000;

/** What a compound file holds, from the streams at its root. */
export function oleKind(bytes: Uint8Array): OleKind {
  let names: string[];
  try {
    const container = CFB.read(Buffer.from(bytes), { type: "buffer" });
    // root-level entries: `Root Entry/WordDocument`
    names = container.FullPaths.filter((p) => p.split("/").filter(Boolean).length === 2).map((p) => p.split("/").filter(Boolean)[1]!);
  } catch {
    return "other";
  }
  if (names.includes("EncryptedPackage")) return "encrypted";
  if (names.includes("WordDocument")) return "doc";
  if (names.includes("Workbook") || names.includes("Book")) return "xls";
  if (names.includes("PowerPoint Document")) return "ppt";
  return "other";
}

const KIND_NAMES: Record<"doc" | "xls", { name: string; saveAs: string; package: string }> = {
  doc: { name: "旧版 Word 文档（.doc / .wps）", saveAs: ".docx", package: "libreoffice-writer" },
  xls: { name: "旧版 Excel 表格（.xls / .et）", saveAs: ".xlsx", package: "libreoffice-calc" },
};

export function kindName(kind: "doc" | "xls"): string {
  return KIND_NAMES[kind].name;
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Where LibreOffice is commonly installed when it is not on PATH. */
const WELL_KNOWN_SOFFICE = [
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\Program Files\\LibreOffice\\program\\soffice.exe",
  "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe",
];

/**
 * The LibreOffice executable: `FENJIE_SOFFICE` when set (and nothing else, so
 * it can also switch LibreOffice off), else `soffice` or `libreoffice` on PATH,
 * else a well-known install folder; null when there is none.
 */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.FENJIE_SOFFICE !== undefined) return env.FENJIE_SOFFICE && executable(env.FENJIE_SOFFICE) ? env.FENJIE_SOFFICE : null;
  const exts = process.platform === "win32" ? [".exe", ".com", ""] : [""];
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of ["soffice", "libreoffice"]) for (const ext of exts) if (executable(join(dir, name + ext))) return join(dir, name + ext);
  }
  return WELL_KNOWN_SOFFICE.find((p) => existsSync(p) && executable(p)) ?? null;
}

export function missingSofficeError(kind: "doc" | "xls", file: string): FenjieError {
  const k = KIND_NAMES[kind];
  return new FenjieError(
    "LIBREOFFICE_MISSING",
    `这是${k.name}：${file}。fenjie 读取这种格式需要 LibreOffice，但没有找到 soffice。请二选一：在 Office / WPS 中把它另存为 ${k.saveAs} 后再处理；或安装 LibreOffice（https://zh-cn.libreoffice.org ；Debian / Ubuntu：sudo apt-get install ${k.package}），安装后可用环境变量 FENJIE_SOFFICE 指定 soffice 的位置。`,
    file,
  );
}

/** Run soffice with a time limit; the whole process group is killed when it runs over. */
function run(soffice: string, args: string[], timeoutMs: number): Promise<{ code: number | null; timedOut: boolean; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(soffice, args, { stdio: ["ignore", "ignore", "pipe"], detached: process.platform !== "win32" });
    let stderr = "";
    let timedOut = false;
    child.stderr?.on("data", (d: Buffer) => {
      if (stderr.length < 4000) stderr += d.toString();
    });
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
        else child.kill("SIGKILL");
      } catch {
        // already gone
      }
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      resolve({ code: null, timedOut, stderr: String(err) });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut, stderr });
    });
  });
}

/** Convert a legacy file to .docx / .xlsx with LibreOffice and return the new file's bytes. */
export async function convertLegacy(bytes: Uint8Array, kind: "doc" | "xls", file: string, options: { soffice?: string | null; timeoutMs?: number } = {}): Promise<Uint8Array> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (!soffice) throw missingSofficeError(kind, file);
  const k = KIND_NAMES[kind];
  const dir = await mkdtemp(join(tmpdir(), "fenjie-lo-"));
  try {
    const input = join(dir, `input.${kind}`);
    const outDir = join(dir, "out");
    await writeFile(input, bytes);
    const target = kind === "doc" ? "docx:MS Word 2007 XML" : "xlsx:Calc MS Excel 2007 XML";
    const timeoutMs = options.timeoutMs ?? SOFFICE_TIMEOUT_MS;
    const args = ["--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--nodefault", `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`, "--convert-to", target, "--outdir", outDir, input];
    const result = await run(soffice, args, timeoutMs);
    if (result.timedOut) {
      throw new FenjieError("CONVERSION_FAILED", `LibreOffice 在 ${Math.round(timeoutMs / 1000)} 秒内没有转换完${k.name}：${file}，已停止。请在 Office / WPS 中另存为 ${k.saveAs} 后再处理。`, file);
    }
    const produced = (await readdir(outDir).catch(() => [] as string[])).find((f) => f.toLowerCase().endsWith(kind === "doc" ? ".docx" : ".xlsx"));
    if (!produced) {
      const why = result.stderr.trim().split("\n").pop()?.slice(0, 200) ?? "";
      throw new FenjieError("CONVERSION_FAILED", `LibreOffice 未能转换${k.name}：${file}（退出码 ${result.code ?? "无"}${why ? `：${why}` : ""}）。文件可能已损坏或加密；请在 Office / WPS 中打开并另存为 ${k.saveAs} 后再处理。`, file);
    }
    return new Uint8Array(await readFile(join(outDir, produced)));
  } finally {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
  }
}
