/**
 * A small element tree over a conforming XML parser (saxes), for the parts of
 * Word, OpenDocument and spreadsheet files. Names are matched by namespace URI
 * and local name, never by prefix: `w:p` written by Word and `ns0:p` written by
 * another tool are the same element.
 */
import { SaxesParser } from "saxes";
import { FenjieError } from "../errors.js";

export interface XmlElement {
  uri: string;
  local: string;
  /** attributes by `uri local` (`local` alone when the attribute has no namespace) */
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const attrKey = (uri: string, local: string): string => (uri ? `${uri} ${local}` : local);

/**
 * Parse an XML document into its root element. Malformed XML is a
 * FILE_UNREADABLE error naming the part. `aliases` maps namespace URIs onto
 * the one the reader matches (Strict OOXML onto Transitional).
 */
export function parseXml(text: string, file: string, part: string, aliases: Readonly<Record<string, string>> = {}): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const root: XmlElement = { uri: "", local: "#document", attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | null = null;
  parser.on("opentag", (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[attrKey(aliases[a.uri] ?? a.uri, a.local)] = a.value;
    const el: XmlElement = { uri: aliases[tag.uri] ?? tag.uri, local: tag.local, attrs, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (t: string): void => {
    const kids = stack[stack.length - 1]!.children;
    const last = kids[kids.length - 1];
    if (typeof last === "string") kids[kids.length - 1] = last + t;
    else kids.push(t);
  };
  parser.on("text", addText);
  parser.on("cdata", addText);
  parser.on("error", (err) => {
    failure ??= err;
  });
  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close();
  } catch (err) {
    failure ??= err as Error;
  }
  const top = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (failure || !top) {
    throw new FenjieError("FILE_UNREADABLE", `文件已损坏，无法读取：${file}（其中的 ${part} 不是完整的 XML）。请用 Office / WPS 打开后重新保存，再处理。`, file);
  }
  return top;
}

export function isElement(node: XmlNode): node is XmlElement {
  return typeof node !== "string";
}

/** The value of an attribute (`uri` empty for an attribute without namespace). */
export function attr(el: XmlElement, uri: string, local: string): string | undefined {
  return el.attrs[attrKey(uri, local)];
}

/** The element children with this name. */
export function childrenNamed(el: XmlElement, uri: string, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== "string" && c.uri === uri && c.local === local);
}

/** The first element child with this name. */
export function child(el: XmlElement | undefined, uri: string, local: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== "string" && c.uri === uri && c.local === local);
}

/** The first descendant with this name (depth first). */
export function descendant(el: XmlElement, uri: string, local: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === "string") continue;
    if (c.uri === uri && c.local === local) return c;
    const d = descendant(c, uri, local);
    if (d) return d;
  }
  return undefined;
}

/** All the text below an element, in order. */
export function textOf(el: XmlNode): string {
  return typeof el === "string" ? el : el.children.map(textOf).join("");
}
