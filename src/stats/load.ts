/**
 * Load what `fenjie stats` and `fenjie diff` work on: a batch output folder
 * (its summary.json lists the notices' JSON), a folder of result JSON files,
 * single result JSON files, or a batch's tasks.jsonl.
 */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { FenjieError } from "../errors.js";
import { ResultSchema, type Result } from "../model/schema.js";
import { datasetRows, type DatasetRow } from "../batch/dataset.js";
import { appendAll } from "../arrays.js";

/** Read and validate one result JSON (the output of `fenjie parse` or of a batch). */
export async function loadResult(path: string): Promise<Result> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FenjieError("FILE_NOT_FOUND", `找不到文件：${path}。请检查路径是否正确。`, path);
    throw new FenjieError("FILE_UNREADABLE", `无法读取文件：${path}（${code ?? String(err)}）。`, path);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new FenjieError("USAGE", `不是 JSON 文件：${path}。请给出 fenjie parse 或 fenjie batch 输出的 JSON。`, path);
  }
  const checked = ResultSchema.safeParse(data);
  if (!checked.success) {
    throw new FenjieError("USAGE", `不是 fenjie 的解析结果：${path}（与输出格式不符）。请给出 fenjie parse 或 fenjie batch 输出的 JSON。`, path);
  }
  return checked.data;
}

async function jsonFilesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith(".")) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await jsonFilesUnder(p)));
    else if (e.name.endsWith(".json")) out.push(p);
  }
  return out;
}

function parseJsonl(text: string, path: string): DatasetRow[] {
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      try {
        const row = JSON.parse(l) as DatasetRow & { file?: string };
        // tasks.jsonl written before the dataset named it sourceFile
        if (row.sourceFile === undefined && row.file !== undefined) row.sourceFile = row.file;
        return row;
      } catch {
        throw new FenjieError("USAGE", `第${i + 1}行不是 JSON：${path}。请给出 fenjie batch 输出的 tasks.jsonl。`, path);
      }
    });
}

/**
 * Dataset rows of every notice found at `paths`, in the order given (a batch
 * folder in its summary order, a plain folder by file name).
 */
export async function loadDataset(paths: readonly string[]): Promise<DatasetRow[]> {
  const rows: DatasetRow[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) throw new FenjieError("FILE_NOT_FOUND", `找不到文件或文件夹：${path}。请检查路径是否正确。`, path);
    if (info.isDirectory()) {
      const summaryText = await readFile(join(path, "summary.json"), "utf8").catch(() => null);
      if (summaryText !== null) {
        const summary = JSON.parse(summaryText) as { files?: { output: string | null }[] };
        for (const f of summary.files ?? []) if (f.output) appendAll(rows, datasetRows(await loadResult(join(path, f.output))));
      } else {
        for (const file of await jsonFilesUnder(path)) appendAll(rows, datasetRows(await loadResult(file)));
      }
    } else if (path.endsWith(".jsonl")) {
      appendAll(rows, parseJsonl(await readFile(path, "utf8"), path));
    } else {
      appendAll(rows, datasetRows(await loadResult(path)));
    }
  }
  return rows;
}
