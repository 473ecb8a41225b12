import { SaxesParser } from "saxes";

/** An XML element with its local name (prefix dropped), attributes by local name, and children. */
export type XmlElement = {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
};
/** An element or a run of text. */
export type XmlNode = XmlElement | string;

type Building = { name: string; attrs: Record<string, string>; children: XmlNode[] };

/** What a streaming reader is told, in document order: local names, attributes by local name, decoded text. */
export type XmlHandlers = {
  readonly open: (name: string, attrs: Readonly<Record<string, string>>) => void;
  readonly close: (name: string) => void;
  readonly text: (text: string) => void;
};

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

function attrsOf(raw: Readonly<Record<string, string>>): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const name in raw) if (name !== "xmlns" && !name.startsWith("xmlns:")) attrs[localName(name)] = raw[name]!;
  return attrs;
}

/** Text of UTF-8 bytes in pieces of `size` bytes, so that a large part is never one string. */
export function* utf8Chunks(bytes: Uint8Array, size = 1 << 20): Generator<string> {
  const decoder = new TextDecoder("utf-8");
  for (let i = 0; i < bytes.length; i += size) yield decoder.decode(bytes.subarray(i, i + size), { stream: true });
  yield decoder.decode();
}

/**
 * Streams an XML document through `handlers` with saxes (a maintained, strict, linear-time parser:
 * no hand-written tag scanning). Namespace prefixes are dropped (`x:c` → `c`); entities and character
 * references are decoded; CDATA is text; comments and processing instructions are skipped. A DOCTYPE
 * (never in .xlsx: it is how entity bombs start), a malformed document, or a handler that throws stops
 * the read with an exception, which the caller reports. Runs in Node, browsers and workers.
 */
export function streamXml(chunks: Iterable<string>, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on("doctype", () => {
    throw new Error("DOCTYPE is not allowed");
  });
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), attrsOf(tag.attributes as Readonly<Record<string, string>>)));
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  parser.on("text", handlers.text);
  parser.on("cdata", handlers.text);
  for (const chunk of chunks) parser.write(chunk);
  parser.close();
}

/**
 * Parses an XML document into elements and text (`streamXml` underneath) — for the small parts of an
 * .xlsx file (workbook, relationships, styles); worksheets and shared strings are streamed without a
 * tree. White-space-only text is kept only inside `<t>` elements. More than `maxNodes` elements throws.
 */
export function parseXml(text: string | Iterable<string>, maxNodes = 1_000_000): XmlElement {
  const root: Building = { name: "#document", attrs: {}, children: [] };
  const stack: Building[] = [root];
  let nodes = 0;
  streamXml(typeof text === "string" ? [text] : text, {
    open(name, attrs) {
      if (++nodes > maxNodes) throw new Error(`more than ${maxNodes} elements`);
      const el: Building = { name, attrs, children: [] };
      stack[stack.length - 1]!.children.push(el);
      stack.push(el);
    },
    close() {
      stack.pop();
    },
    text(t) {
      const top = stack[stack.length - 1]!;
      if (t !== "" && (top.name === "t" || t.trim() !== "")) top.children.push(t);
    },
  });
  const doc = root.children.find((c): c is XmlElement => typeof c !== "string");
  if (!doc) throw new Error("no root element");
  return doc;
}

/** The child elements of an element, optionally only those with a local name. */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== "string" && (name === undefined || c.name === name));
}

/** The first child element with a local name. */
export function childElement(el: XmlElement, name: string): XmlElement | undefined {
  return el.children.find((c): c is XmlElement => typeof c !== "string" && c.name === name);
}

/** All text inside an element, depth first. */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textContent(c))).join("");
}

/** Escapes text for XML content or attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${({ "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" } as Record<string, string>)[c]};`);
}

/**
 * Escapes text for an OOXML string (`<t>`): characters XML cannot hold become `_xHHHH_`, and a literal
 * `_xHHHH_` is protected as `_x005F_xHHHH_`, then XML-escaped.
 */
export function escapeOoxmlText(text: string): string {
  const protectedText = text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeXml(protectedText);
}

/** Undoes the `_xHHHH_` escapes of an OOXML string. */
export function unescapeOoxmlText(text: string): string {
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}
