import { describe, expect, it } from "vitest";
import { decodeText, encodeUtf8Bom, readCsv } from "../../../models/io/index.js";
import { fixture } from "./helpers.js";

describe("decodeText", () => {
  it("decodeText(bytes) reads GBK bytes (镇 = D5 F2, 编号 = B1 E0 BA C5, checked with python3 .encode('gbk'))", () => {
    const gbk = new Uint8Array([0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xd5, 0xf2]);
    expect(decodeText(gbk)).toEqual({ text: "编号,镇", encoding: "gbk" });
  });

  it("decodeText(bytes) reads UTF-8 with and without a BOM, dropping the BOM", () => {
    const utf8 = new TextEncoder().encode("编号,镇");
    expect(decodeText(utf8)).toEqual({ text: "编号,镇", encoding: "utf-8" });
    expect(decodeText(encodeUtf8Bom("编号,镇"))).toEqual({ text: "编号,镇", encoding: "utf-8-bom" });
  });

  it("decodeText(bytes) reads Excel's UTF-16LE 'Unicode Text'", () => {
    const text = "编号\t镇";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    [...text].forEach((ch, i) => bytes.set([ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8], 2 + i * 2));
    expect(decodeText(bytes)).toEqual({ text, encoding: "utf-16le" });
  });

  it("decodeText(bytes) of plain ASCII is UTF-8", () => {
    expect(decodeText(new TextEncoder().encode("id,pop_2025"))).toEqual({ text: "id,pop_2025", encoding: "utf-8" });
  });

  it("new TextDecoder('gbk') exists in this runtime (Node ships full ICU)", () => {
    expect(new TextDecoder("gbk").decode(new Uint8Array([0xd5, 0xf2]))).toBe("镇");
  });
});

describe("readCsv", () => {
  it("readCsv(bytes) gives the same table for the GBK and the UTF-8-BOM file", () => {
    const gbk = readCsv(fixture("zones-gbk.csv"), "zones");
    const bom = readCsv(fixture("zones-utf8-bom.csv"), "zones");
    expect(gbk.ok && gbk.value.encoding).toBe("gbk");
    expect(bom.ok && bom.value.encoding).toBe("utf-8-bom");
    expect(gbk.ok && bom.ok && gbk.value.table).toEqual(bom.ok && bom.value.table);
    expect(bom.ok && bom.value.table.rows[2]).toEqual(["A", "甲镇", "Town A, north", "镇", "12,345", "１２０００"]);
  });
});
