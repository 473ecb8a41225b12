import { html, mathml, type TemplateResult } from "lit";
import { mathText, type MathNode } from "../../../models/teach/algebra-math.js";

/** One node as MathML (text goes in through Lit bindings, never as markup). */
function node(n: MathNode): TemplateResult {
  switch (n.k) {
    case "i":
      return n.v.length > 1 ? mathml`<mi mathvariant="normal">${n.v}</mi>` : mathml`<mi>${n.v}</mi>`;
    case "n":
      return mathml`<mn>${n.v}</mn>`;
    case "o":
      return mathml`<mo>${n.v}</mo>`;
    case "t":
      return mathml`<mtext>${n.v}</mtext>`;
    case "sub":
      return mathml`<msub>${node(n.base)}${node(n.sub)}</msub>`;
    case "frac":
      return mathml`<mfrac>${node(n.num)}${node(n.den)}</mfrac>`;
    case "under":
      return mathml`<munder>${node(n.base)}${node(n.under)}</munder>`;
    case "row":
      return mathml`<mrow>${n.items.map(node)}</mrow>`;
  }
}

/** A formula as a `<math>` element; its plain reading is the accessible label. */
export function renderMath(n: MathNode, display: "block" | "inline" = "block"): TemplateResult {
  return html`<math display=${display} aria-label=${mathText(n)}>${node(n)}</math>`;
}
