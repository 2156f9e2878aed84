// The fixture tables shared by the PDF and the structured-document fixture scripts: a
// seed's cover letter, and a table model built from records (a result or a golden).
// The model is the one scripts/pdf-fixtures/fodt.mjs writes:
//   { type: "table", columns: [cm…], ruled, headerRows: [row], rows: [row] }
//   row: { cells: [{ text: string | string[], rowSpan?, colSpan?, bold? } | null (covered)] }

/** The cover letter of a text seed: its lines before the first table row, without markdown marks. */
export function seedText(text) {
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.split("\t").length >= 3);
  let last = lines.length - 1;
  while (last > 0 && lines[last].split("\t").length < 3) last--;
  const clean = (ls) => ls.map((l) => l.replace(/^#+\s*/, "").trim()).filter((l) => l && !/^-{3,}$/.test(l));
  return { cover: clean(lines.slice(0, first)), after: clean(lines.slice(last + 1)) };
}

/**
 * A table from records: one row per task; a section heading row spanning the
 * table where the section changes; where a record's responsibility cells were
 * inherited (blank under a merged cell), the cells of the row above span down.
 */
export function recordsTable(result, tableIndex, opts = {}) {
  const info = result.tables[tableIndex];
  const fields = info.headers.map((h) => h.field);
  const tasks = result.tasks.filter((t) => t.table === tableIndex);
  const rows = [];
  let section = [];
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    t.section.forEach((s, level) => {
      if (section[level] !== s) rows.push({ cells: [{ text: s, colSpan: fields.length, bold: true }, ...fields.slice(1).map(() => null)] });
    });
    section = t.section;
    let span = 1;
    if (opts.merge !== false) while (tasks[i + span]?.inherited.length && tasks[i + span].section.join() === t.section.join()) span++;
    const cells = fields.map((f) => {
      if (f === "seq") return { text: String(t.seq) };
      if (f === "task") return { text: t.task };
      if (f === "section" || f === "other") return { text: "" };
      return { text: t[f], rowSpan: span };
    });
    rows.push({ cells });
    for (let k = 1; k < span; k++) {
      const u = tasks[i + k];
      rows.push({ cells: fields.map((f) => (f === "seq" ? { text: String(u.seq) } : f === "task" ? { text: u.task } : null)) });
    }
    i += span - 1;
  }
  return { type: "table", columns: opts.columns, ruled: opts.ruled !== false, headerRows: [{ cells: info.headers.map((h) => ({ text: h.text, bold: true })) }], rows };
}
