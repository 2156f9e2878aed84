/**
 * `OUT/dataset.sqlite` of a batch: every parsed notice (read back from its JSON in the output
 * folder, one at a time, in input order) and every input with its status. Written after the
 * other dataset files, from the same records, so it holds the same tasks.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ResultSchema } from "../model/schema.js";
import { SqliteDataset } from "../write/sqlite.js";
import type { FileRecord } from "./summary.js";

export const DATASET_SQLITE = "dataset.sqlite";

/** The database's bytes for a batch whose notices' JSON files are under `outDir`. */
export async function batchSqlite(outDir: string, records: readonly FileRecord[], fenjieVersion: string): Promise<Uint8Array> {
  const ds = await SqliteDataset.create({ fenjie: fenjieVersion });
  for (const r of records) {
    if (!r.output) continue;
    const result = ResultSchema.parse(JSON.parse(await readFile(join(outDir, r.output), "utf8")));
    ds.addNotice(result);
  }
  ds.addSources(records.map((r) => ({ sourceFile: r.file, status: r.status, code: r.code, message: r.message, sha256: r.output ? r.sha256 : null })));
  return ds.export();
}
