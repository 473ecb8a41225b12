import { describe, expect, it } from "vitest";
import { escapeOoxmlText, unescapeOoxmlText } from "../../../models/io/xml.js";
import { parseXml, textContent } from "../../../models/io/xml.js";

describe("parseXml", () => {
  it("parseXml(text) drops prefixes, decodes entities, keeps CDATA and allows > in attribute values", () => {
    const doc = parseXml('<?xml version="1.0"?><!-- c --><x:a xmlns:x="u" r:id="rId1" b="1 > 0 &amp; ok"><x:t xml:space="preserve"> &#x4EBA;&lt; </x:t><![CDATA[<raw>]]></x:a>');
    expect(doc.name).toBe("a");
    expect(doc.attrs).toEqual({ id: "rId1", b: "1 > 0 & ok" });
    expect(textContent(doc)).toBe(" 人< <raw>");
  });

  it("parseXml(text) throws on a DOCTYPE, an unclosed tag and a stray end tag", () => {
    expect(() => parseXml('<!DOCTYPE a [<!ENTITY x "y">]><a/>')).toThrow("DOCTYPE is not allowed");
    expect(() => parseXml("<a><b")).toThrow();
    expect(() => parseXml("</a>")).toThrow();
  });
});

describe("escapeOoxmlText", () => {
  it("escapeOoxmlText(text) escapes control characters and protects literal _xHHHH_ so unescapeOoxmlText restores it", () => {
    const text = "a\u0001b _x0041_ <&>";
    expect(escapeOoxmlText(text)).toBe("a_x0001_b _x005F_x0041_ &lt;&amp;&gt;");
    expect(unescapeOoxmlText("a_x0001_b _x005F_x0041_ <&>")).toBe(text);
  });
});
