/** An XML element with its local name (prefix dropped), attributes by local name, and children. */
export type XmlElement = {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
};
/** An element or a run of text. */
export type XmlNode = XmlElement | string;

type Building = { name: string; attrs: Record<string, string>; children: XmlNode[] };

const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Replaces the five XML entities and character references (`&#20154;`, `&#x4EBA;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] !== "#") return ENTITIES[e] ?? all;
    const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

const localName = (name: string) => name.slice(name.indexOf(":") + 1);

function parseAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = m[1]!;
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    attrs[localName(name)] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return attrs;
}

/**
 * Parses an XML document into elements and text — enough for the parts of an .xlsx file. Namespace
 * prefixes are dropped (`x:c` → `c`); white-space-only text is kept only inside `<t>` elements;
 * comments and processing instructions are skipped. A DOCTYPE (never present in .xlsx) or a
 * malformed tag throws, which the caller reports as an unreadable file. Runs without a DOM.
 */
export function parseXml(text: string): XmlElement {
  const root: Building = { name: "#document", attrs: {}, children: [] };
  const stack: Building[] = [root];
  let i = 0;
  const top = () => stack[stack.length - 1]!;
  const addText = (raw: string, decode: boolean) => {
    if (raw === "" || (top().name !== "t" && raw.trim() === "")) return;
    top().children.push(decode ? decodeEntities(raw) : raw);
  };
  const endOf = (marker: string, from: number) => {
    const at = text.indexOf(marker, from);
    if (at < 0) throw new Error(`missing ${marker}`);
    return at;
  };
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt < 0) break;
    addText(text.slice(i, lt), true);
    if (text.startsWith("<?", lt)) i = endOf("?>", lt) + 2;
    else if (text.startsWith("<!--", lt)) i = endOf("-->", lt) + 3;
    else if (text.startsWith("<![CDATA[", lt)) {
      const end = endOf("]]>", lt);
      addText(text.slice(lt + 9, end), false);
      i = end + 3;
    } else if (text.startsWith("<!", lt)) throw new Error("DOCTYPE is not allowed");
    else {
      let gt = endOf(">", lt);
      // A `>` may stand unescaped inside an attribute value.
      while (/["']/.test(text.slice(lt, gt).replace(/"[^"]*"|'[^']*'/g, ""))) gt = endOf(">", gt + 1);
      const body = text.slice(lt + 1, gt);
      if (body.startsWith("/")) {
        if (stack.length === 1) throw new Error(`unexpected </${body.slice(1)}>`);
        stack.pop();
      } else {
        const m = /^[^\s/]+/.exec(body);
        if (!m) throw new Error("malformed tag");
        const el: Building = { name: localName(m[0]), attrs: parseAttrs(body.slice(m[0].length)), children: [] };
        top().children.push(el);
        if (!body.endsWith("/")) stack.push(el);
      }
      i = gt + 1;
    }
  }
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
