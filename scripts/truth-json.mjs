// The scorer's truth files as the corpus scripts write them (make-dumps.mjs, make-pdf2-fixtures.mjs):
// JSON with one record per line — readable in a diff, a third of the size of indented JSON.

/** A truth `{…, rows}` or `{…, tables: [{…, rows}]}` as text, one record per line. */
export function stringifyTruth(truth) {
  const rows = (rs) => "[\n" + rs.map((r) => "  " + JSON.stringify(r)).join(",\n") + "\n ]";
  const table = (t) => Object.entries(t).map(([k, v]) => ` ${JSON.stringify(k)}: ${k === "rows" ? rows(v) : JSON.stringify(v)}`);
  const { tables, ...rest } = truth;
  const lines = table(rest);
  if (tables) lines.push(` "tables": [\n` + tables.map((t) => " {\n" + table(t).map((l) => " " + l).join(",\n") + "\n }").join(",\n") + "\n ]");
  return "{\n" + lines.join(",\n") + "\n}\n";
}
