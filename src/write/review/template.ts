/**
 * The fixed parts of the review page: style sheet, script and the page skeleton.
 * Everything is inline (the page loads nothing: its Content-Security-Policy allows
 * only inline style/script and data: images), so the file can be mailed or opened offline.
 */

export const CONTENT_SECURITY_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

export const STYLE = `
:root { --warn: #fff2cc; --warn-edge: #d6a300; --err: #f8cbad; --err-edge: #c0392b; --line: #c8ccd4; --muted: #6b7280; --active: #1d4ed8; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.5 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Zen Hei", sans-serif; color: #1f2937; background: #f6f7f9; }
header.top { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 5; }
h1 { font-size: 18px; margin: 0 0 6px; }
h2 { font-size: 15px; margin: 16px 0 8px; }
dl.meta { display: flex; flex-wrap: wrap; gap: 2px 18px; margin: 0 0 6px; font-size: 13px; }
dl.meta div { display: flex; gap: 4px; }
dl.meta dt { color: var(--muted); }
dl.meta dd { margin: 0; }
dl.meta dd.hash { font-family: monospace; font-size: 12px; }
.toolbar { display: flex; gap: 18px; align-items: center; font-size: 13px; }
.toolbar label { cursor: pointer; user-select: none; }
.toolbar button { font: inherit; padding: 1px 10px; cursor: pointer; }
.summary b { color: var(--err-edge); }
.note { margin: 8px 20px 0; padding: 8px 12px; background: #fdecea; border: 1px solid var(--err-edge); border-radius: 4px; }
section.general { margin: 8px 20px 0; }
section.general ul { margin: 4px 0; padding-left: 20px; }
section.general summary { cursor: pointer; font-weight: bold; }
a.page-link.inline { display: inline; margin-left: 6px; }
main { display: flex; gap: 16px; padding: 0 20px 40px; align-items: flex-start; }
.tables { flex: 1 1 60%; min-width: 0; }
main.no-pages .tables { flex-basis: 100%; }
table.tasks { border-collapse: collapse; width: 100%; background: #fff; font-size: 13px; }
table.tasks th, table.tasks td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
table.tasks thead th { background: #d9e1f2; position: sticky; top: var(--header-height, 0px); z-index: 2; white-space: nowrap; }
table.tasks td.f-task { min-width: 18em; }
table.tasks td .v + .v { border-top: 1px dotted #e0e3e8; }
table.tasks td.inherited { color: var(--muted); font-style: italic; }
table.tasks td.f-seq { white-space: nowrap; }
tr.row { cursor: pointer; }
tr.row:hover td { background: #eef2ff; }
tr.row.level-warning td { background: var(--warn); }
tr.row.level-error td { background: var(--err); }
tr.row.active td { box-shadow: inset 0 2px 0 var(--active), inset 0 -2px 0 var(--active); }
tr.row.active td:first-child { box-shadow: inset 2px 2px 0 var(--active), inset 0 -2px 0 var(--active); }
.only-flagged tr.row:not(.flagged) { display: none; }
a.page-link { display: block; font-size: 12px; color: var(--active); }
span.where { display: block; font-size: 12px; color: var(--muted); }
.reason { margin: 0 0 2px; }
.badge { display: inline-block; padding: 0 4px; margin-right: 4px; border-radius: 3px; font-size: 12px; color: #fff; }
.badge.error { background: var(--err-edge); }
.badge.warning { background: var(--warn-edge); }
.badge.info { background: #6b7280; }
.reason code { color: var(--muted); font-size: 11px; margin-left: 4px; }
aside.pages { flex: 1 1 40%; position: sticky; top: var(--header-height, 0px); max-height: calc(100vh - var(--header-height, 0px)); overflow: auto; padding-top: 8px; }
figure.page { margin: 0 0 16px; }
figure.page figcaption { font-size: 12px; color: var(--muted); }
.page-frame { position: relative; border: 1px solid var(--line); background: #fff; }
.page-frame img { display: block; width: 100%; height: auto; }
.page-frame .box { position: absolute; border: 2px solid transparent; pointer-events: none; }
.page-frame .box.flagged { border-color: rgba(214, 163, 0, 0.55); }
.page-frame .box.active { border: 3px solid var(--err-edge); background: rgba(192, 57, 43, 0.08); }
.no-image { padding: 24px; color: var(--muted); }
`;

/** Filter, row selection and page outline; works on the markup alone (no data fetched). */
export const SCRIPT = `
(function () {
  var body = document.body;
  var header = document.querySelector("header.top");
  function setHeaderHeight() { document.documentElement.style.setProperty("--header-height", header.offsetHeight + "px"); }
  setHeaderHeight();
  window.addEventListener("resize", setHeaderHeight);
  var toggle = document.getElementById("only-flagged");
  var shown = document.getElementById("shown-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.row"));
  function update() {
    body.classList.toggle("only-flagged", toggle.checked);
    var n = rows.filter(function (r) { return r.offsetParent !== null; }).length;
    shown.textContent = "显示 " + n + " 行";
  }
  toggle.addEventListener("change", update);
  update();
  var active = null;
  var pane = document.getElementById("pages");
  function select(row, scrollPage) {
    if (active) {
      active.classList.remove("active");
      var old = document.getElementById("box-" + active.id);
      if (old) old.classList.remove("active");
    }
    active = row;
    row.classList.add("active");
    var box = document.getElementById("box-" + row.id);
    if (box) {
      box.classList.add("active");
      if (scrollPage && pane) {
        // scroll only the page pane (scrollIntoView would move the whole window too)
        var offset = box.getBoundingClientRect().top - pane.getBoundingClientRect().top;
        pane.scrollTop += offset - pane.clientHeight / 2 + box.offsetHeight / 2;
      }
    }
  }
  var flagged = rows.filter(function (r) { return r.classList.contains("flagged"); });
  function step(delta) {
    if (!flagged.length) return;
    var i = active ? flagged.indexOf(active) : -1;
    if (i < 0) {
      // from a row that is not flagged: the next flagged row below it (or above it, going back)
      var at = active ? rows.indexOf(active) : -1;
      var after = flagged.filter(function (r) { return rows.indexOf(r) > at; });
      var next = delta > 0 ? after[0] || flagged[0] : flagged.filter(function (r) { return rows.indexOf(r) < at; }).pop() || flagged[flagged.length - 1];
      i = flagged.indexOf(next) - delta;
    }
    var row = flagged[(i + delta + flagged.length) % flagged.length];
    select(row, true);
    row.scrollIntoView({ block: "center", behavior: "auto" });
  }
  document.getElementById("next-flagged").addEventListener("click", function () { step(1); });
  document.getElementById("prev-flagged").addEventListener("click", function () { step(-1); });
  rows.forEach(function (row) {
    row.addEventListener("click", function (e) {
      var link = e.target.closest && e.target.closest("a.page-link");
      if (link && document.getElementById("box-" + row.id)) e.preventDefault();
      select(row, true);
    });
  });
})();
`;
