import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const css = readFileSync(join(import.meta.dirname, "..", "..", "..", "src", "app", "base.css"), "utf8");
const vars = new Map([...css.matchAll(/--(cp-[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

const color = (name: string) => (name.startsWith("#") ? name : vars.get(name) ?? "");

describe("colour contrast (WCAG AA, 4.5:1 for text)", () => {
  const pairs: [string, string][] = [
    ["cp-ink", "cp-bg"], ["cp-muted", "cp-bg"], ["cp-muted", "cp-panel"], ["cp-accent", "cp-bg"], ["#ffffff", "cp-accent"],
    ["cp-accent", "cp-accent-soft"], ["cp-accent-strong", "cp-bg"], ["cp-warn", "cp-bg"], ["cp-bad", "cp-bg"], ["cp-bad", "cp-bad-soft"],
    ["cp-ok", "cp-bg"], ["cp-ok", "cp-ok-soft"], ["cp-ink", "cp-changed"], ["cp-ink", "cp-bad-soft"], ["#8a4b08", "#fffaf0"],
  ];
  for (const [fg, bg] of pairs) {
    it(`${fg} on ${bg}`, () => {
      expect(color(fg), fg).not.toBe("");
      expect(contrast(color(fg), color(bg))).toBeGreaterThanOrEqual(4.5);
    });
  }

  it("the focus ring stands out from the page (3:1 for non-text)", () => {
    expect(contrast(color("cp-focus"), color("cp-bg"))).toBeGreaterThanOrEqual(3);
  });
});
