// Write a fixture document (the model of ./tables.mjs and ../pdf-fixtures/fodt.mjs) as a web
// page the way government sites publish notices: site header and navigation, a layout table
// framing the page, the 索引号 / 发文机关 / 文号 / 成文日期 box, the article (title, cover letter,
// the attachment's table with rowspan / colspan) and the site footer. Text only, no network.

export function esc(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Two-character names padded as web pages align them (`王&#12288;伟`). */
function pad(line, on) {
  return on && /^\p{Script=Han}{2}$/u.test(line) ? `${line[0]}&#12288;${line[1]}` : esc(line);
}

function cellHtml(text, opts) {
  const lines = Array.isArray(text) ? text : [text ?? ""];
  if (opts.cellLines === "p") return lines.map((l) => `<p>${pad(l, opts.padNames)}</p>`).join("");
  return lines.map((l) => pad(l, opts.padNames)).join("<br>");
}

function rowHtml(row, tag, opts) {
  const cells = row.cells
    .filter((c) => c !== null)
    .map((c) => {
      const attrs = (c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : "") + (c.colSpan > 1 ? ` colspan="${c.colSpan}"` : "");
      const inner = cellHtml(c.text, opts) || "&nbsp;";
      return `<${tag}${attrs}>${c.bold && tag === "td" ? `<strong>${inner}</strong>` : inner}</${tag}>`;
    })
    .join("");
  return `<tr>${cells}</tr>`;
}

function tableHtml(t, opts) {
  const head = (t.headerRows ?? []).map((r) => rowHtml(r, opts.thead ? "th" : "td", opts)).join("\n");
  const body = t.rows.map((r) => rowHtml(r, "td", opts)).join("\n");
  const thead = opts.thead ? `<thead>\n${head}\n</thead>\n<tbody>\n${body}\n</tbody>` : `${head}\n${body}`;
  return `<div class="table-wrap"><table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" width="100%">\n${thead}\n</table></div>`;
}

function metaBox(meta) {
  return `<table class="xxgk-info" width="100%">
<tr><td>索&nbsp;引&nbsp;号：</td><td>${esc(meta.index)}</td><td>主题分类：</td><td>综合政务\\通知</td></tr>
<tr><td>发文机关：</td><td>${esc(meta.issuer)}</td><td>成文日期：</td><td>${esc(meta.date)}</td></tr>
<tr><td>标&emsp;&emsp;题：</td><td colspan="3">${esc(meta.title)}</td></tr>
<tr><td>发文字号：</td><td>${esc(meta.docNumber)}</td><td>发布日期：</td><td>${esc(meta.published)}</td></tr>
</table>`;
}

/**
 * The page's HTML text. opts: { charset: "utf-8" | "gb2312", site, meta?, layoutTable?, thead?,
 * cellLines: "br" | "p", padNames? }.
 */
export function toHtml(doc, opts) {
  const charsetTag = opts.charset === "utf-8" ? `<meta charset="utf-8">` : `<meta http-equiv="Content-Type" content="text/html; charset=${opts.charset}">`;
  const body = doc.blocks
    .map((b) => {
      if (b.type === "p") return b.title ? `<p align="center"><strong>${esc(b.text)}</strong></p>` : `<p>${esc(b.text)}</p>`;
      if (b.type === "table") return tableHtml(b, opts);
      return "";
    })
    .join("\n");
  const nav = opts.site.nav.map((n) => `<li><a href="#">${esc(n)}</a></li>`).join("");
  const article = `<div class="crumbs">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; 通知公告</div>
${opts.meta ? metaBox(opts.meta) : ""}
<div class="article">
<h1 class="article-title">${esc(opts.meta?.title ?? opts.title ?? "")}</h1>
<div class="article-info">发布时间：${esc(opts.meta?.published ?? "")}　来源：${esc(opts.site.name)}　<a href="javascript:window.print()">打印</a></div>
<div id="zoom" class="article-content">
${body}
</div>
</div>`;
  const main = opts.layoutTable ? `<table width="1000" align="center" cellpadding="0" cellspacing="0"><tr><td valign="top">\n${article}\n</td></tr></table>` : `<div class="main">\n${article}\n</div>`;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${charsetTag}
<title>${esc(opts.meta?.title ?? opts.title ?? "")}_${esc(opts.site.name)}</title>
<style>table { border-collapse: collapse } td { border: 1px solid #000 }</style>
<script type="text/javascript">var tpl = "<table><tr><td>1</td><td>脚本里的表格不是通知的内容</td></tr></table>";</script>
</head>
<body>
<div class="header"><div class="logo">${esc(opts.site.name)}</div>
<ul class="nav">${nav}</ul></div>
${main}
<div class="footer"><p>主办单位：${esc(opts.site.name)}办公室　网站标识码：3505000000　闽ICP备00000000号</p><p>地址：${esc(opts.site.address)}　联系电话：0595-00000000</p></div>
<noscript>您的浏览器不支持脚本</noscript>
</body>
</html>
`;
}
