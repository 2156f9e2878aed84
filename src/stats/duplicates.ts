/**
 * The same notice twice in a dataset: the same bytes (same SHA-256: a copy under another
 * name), or the same 文号 (the same notice as PDF and as text, or re-downloaded). Statistics
 * count it once (the first, in dataset order) and say so; the SQLite dataset marks the later
 * one `duplicateOf` and leaves it out of its views.
 */

export interface NoticeKey {
  sha256: string;
  docNumber: string | null;
  sourceFile: string;
}

export interface Duplicate {
  /** the later notice's file */
  sourceFile: string;
  /** the notice it repeats (kept) */
  of: string;
  ofFile: string;
  reason: "sha256" | "docNumber";
  docNumber: string | null;
}

/**
 * A 文号 as a key: NFKC, no whitespace, brackets unified (〔〕 [] 【】 ［］ （） are all used
 * around the year).
 */
export function docNumberKey(docNumber: string): string {
  return docNumber
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .replace(/[[【［(（〔]/g, "〔")
    .replace(/[\]】］)）〕]/g, "〕");
}

/** Later notices that repeat an earlier one (same bytes, or same 文号), in dataset order. */
export function findDuplicates(notices: readonly NoticeKey[]): Duplicate[] {
  const bySha = new Map<string, NoticeKey>();
  const byDoc = new Map<string, NoticeKey>();
  const out: Duplicate[] = [];
  for (const n of notices) {
    const same = bySha.get(n.sha256);
    if (same) {
      out.push({ sourceFile: n.sourceFile, of: same.sha256, ofFile: same.sourceFile, reason: "sha256", docNumber: n.docNumber });
      continue;
    }
    bySha.set(n.sha256, n);
    const key = n.docNumber ? docNumberKey(n.docNumber) : null;
    const twin = key ? byDoc.get(key) : undefined;
    if (twin) {
      out.push({ sourceFile: n.sourceFile, of: twin.sha256, ofFile: twin.sourceFile, reason: "docNumber", docNumber: n.docNumber });
      continue;
    }
    if (key) byDoc.set(key, n);
  }
  return out;
}

/** Duplicates keyed by the later notice's SHA-256 (for notices with distinct bytes: the 文号 twins). */
export function duplicateNotices(notices: readonly NoticeKey[]): Map<string, Duplicate> {
  const shaOf = new Map(notices.map((n) => [n.sourceFile, n.sha256]));
  return new Map(findDuplicates(notices).filter((d) => d.reason === "docNumber").map((d) => [shaOf.get(d.sourceFile)!, d]));
}

/** The duplicate notices as Chinese warning lines. */
export function duplicateWarnings(duplicates: readonly Duplicate[]): string[] {
  return duplicates.map((d) =>
    d.reason === "sha256"
      ? `重复的通知：${d.sourceFile} 与 ${d.ofFile} 内容完全相同（SHA-256 相同），只统计一次。`
      : `重复的通知：${d.sourceFile} 与 ${d.ofFile} 文号相同（${d.docNumber}），只统计一次（保留 ${d.ofFile}）。如果两者确是不同的通知，请检查文号。`,
  );
}

/** The notices of dataset rows, one key per source file, in row order. */
export function noticeKeysOf(rows: readonly { sourceFile: string; sha256?: string; docNumber: string | null }[]): NoticeKey[] {
  const keys = new Map<string, NoticeKey>();
  // rows from an older tasks.jsonl carry no sha256: the file stands in for it (only 文号 twins are found)
  for (const r of rows) if (!keys.has(r.sourceFile)) keys.set(r.sourceFile, { sha256: r.sha256 ?? `file:${r.sourceFile}`, docNumber: r.docNumber, sourceFile: r.sourceFile });
  return [...keys.values()];
}

/** Rows without the duplicate notices (the first of each is kept), and the duplicates found. */
export function dropDuplicateNotices<R extends { sourceFile: string; sha256?: string; docNumber: string | null }>(rows: readonly R[]): { rows: R[]; duplicates: Duplicate[] } {
  const duplicates = findDuplicates(noticeKeysOf(rows));
  const dropped = new Set(duplicates.map((d) => d.sourceFile));
  return { rows: rows.filter((r) => !dropped.has(r.sourceFile)), duplicates };
}
