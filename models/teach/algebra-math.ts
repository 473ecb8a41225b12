/**
 * A tiny, DOM-free mathematics tree for the teaching view: the view renders it as MathML
 * (`<mi>`, `<mn>`, `<mo>`, `<msub>`, `<mfrac>`, `<munder>`, `<mrow>`, `<mtext>`).
 */
export type MathNode =
  | { readonly k: "i"; readonly v: string }
  | { readonly k: "n"; readonly v: string }
  | { readonly k: "o"; readonly v: string }
  | { readonly k: "t"; readonly v: string }
  | { readonly k: "sub"; readonly base: MathNode; readonly sub: MathNode }
  | { readonly k: "frac"; readonly num: MathNode; readonly den: MathNode }
  | { readonly k: "under"; readonly base: MathNode; readonly under: MathNode }
  | { readonly k: "row"; readonly items: readonly MathNode[] };

/** An identifier (`<mi>`). */
export const mi = (v: string): MathNode => ({ k: "i", v });
/** An operator (`<mo>`). */
export const mo = (v: string): MathNode => ({ k: "o", v });
/** Plain text inside a formula (`<mtext>`). */
export const mt = (v: string): MathNode => ({ k: "t", v });
/** A number (`<mn>`), shown with at most 6 significant digits. */
export const mn = (v: number | string): MathNode => ({ k: "n", v: typeof v === "number" ? shortNumber(v) : v });
/** A row of nodes (`<mrow>`). */
export const row = (...items: readonly MathNode[]): MathNode => ({ k: "row", items });
/** A fraction (`<mfrac>`). */
export const frac = (num: MathNode, den: MathNode): MathNode => ({ k: "frac", num, den });

/** A subscripted identifier: `sub("x", "f", "r", "y")` is x with subscript "f,r,y". */
export function sub(base: string | MathNode, ...subs: readonly (string | MathNode)[]): MathNode {
  const parts = subs.flatMap((s, i) => [...(i > 0 ? [mo(",")] : []), typeof s === "string" ? mi(s) : s]);
  return { k: "sub", base: typeof base === "string" ? mi(base) : base, sub: parts.length === 1 ? parts[0]! : row(...parts) };
}

/** A sum with its range written under the Σ, followed by `body`. */
export function sum(under: readonly MathNode[], body: MathNode): MathNode {
  return row({ k: "under", base: mo("∑"), under: row(...under) }, body);
}

/** A number rounded to 6 significant digits, without trailing zeros or exponent for everyday sizes. */
export function shortNumber(v: number): string {
  if (!Number.isFinite(v)) return v > 0 ? "∞" : "−∞";
  if (Number.isInteger(v)) return String(v).replace("-", "−");
  return String(Number(v.toPrecision(6))).replace("-", "−");
}

/** The plain-text reading of a node (tests, accessible labels). */
export function mathText(n: MathNode): string {
  switch (n.k) {
    case "i":
    case "n":
    case "o":
      return n.v;
    case "t":
      return n.v.trim();
    case "sub":
      return `${mathText(n.base)}_${n.sub.k === "row" ? `{${n.sub.items.map(mathText).join("")}}` : mathText(n.sub)}`;
    case "frac":
      return `(${mathText(n.num)})/(${mathText(n.den)})`;
    case "under":
      return `${mathText(n.base)}_{${mathText(n.under)}}`;
    case "row":
      return n.items.map(mathText).join(" ");
  }
}
