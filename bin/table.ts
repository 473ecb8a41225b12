import type { AllocationResult, Scenario } from "../models/index.js";

type Lang = "zh" | "en";

function n(v: number, digits = 1): string {
  return Number.isFinite(v) ? v.toFixed(digits) : "—";
}

function pad(cells: readonly string[][]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = cells[0]?.length ?? 0;
  const widths = Array.from({ length: cols }, (_, c) => Math.max(...cells.map((r) => width(r[c] ?? ""))));
  return cells.map((r) => r.map((s, c) => (c === 0 ? s + " ".repeat(widths[c]! - width(s)) : " ".repeat(widths[c]! - width(s)) + s)).join("  ")).join("\n");
}

/** The result as plain-text tables for a terminal: status, budget, allocation changes, coverage gaps. */
export function formatResultTable(s: Scenario, r: AllocationResult, lang: Lang): string {
  const name = (l: { zh: string; en: string }) => (lang === "zh" ? l.zh : l.en);
  const fac = new Map(s.facilities.map((f) => [f.id, name(f.name)]));
  const res = new Map(s.resources.map((x) => [x.id, name(x.name)]));
  const out: string[] = [];
  out.push(`${name(s.region.name)} — ${lang === "zh" ? "状态" : "status"}: ${r.status} (${r.solver.name}, ${r.solver.ms.toFixed(0)} ms, ${r.solver.reason})`);
  if (r.message) out.push(name(r.message));
  if (r.allocation.length === 0) return out.join("\n");
  out.push("", lang === "zh" ? "预算" : "Budget");
  out.push(pad([[lang === "zh" ? "类别" : "kind", lang === "zh" ? "上限(万元)" : "limit (10k CNY)", lang === "zh" ? "已用" : "used"], ...r.budget.map((b) => [`${b.kind}${b.year ? ` ${b.year}` : ""}`, n(b.limit), n(b.used)])]));
  const changed = r.allocation.filter((l) => l.total - l.existing > 1e-9);
  out.push("", `${lang === "zh" ? "新增配置" : "Additions"} (${changed.length})`);
  out.push(pad([[lang === "zh" ? "机构" : "facility", lang === "zh" ? "资源" : "resource", lang === "zh" ? "现有" : "existing", lang === "zh" ? "新增" : "added", lang === "zh" ? "合计" : "total"],
    ...changed.map((l) => [fac.get(l.facility) ?? l.facility, res.get(l.resource) ?? l.resource, n(l.existing), n(l.total - l.existing), n(l.total)])]));
  const gaps = r.coverage.filter((c) => c.shortfall > 1e-6 * Math.max(1, c.need));
  out.push("", `${lang === "zh" ? "未达标" : "Gaps"} (${gaps.length} / ${r.coverage.length})`);
  out.push(pad([[lang === "zh" ? "目标" : "target", lang === "zh" ? "范围" : "unit", lang === "zh" ? "需要" : "need", lang === "zh" ? "供给" : "supplied", lang === "zh" ? "缺口" : "shortfall"],
    ...gaps.slice(0, 40).map((c) => [c.target, c.unit, n(c.need), n(c.supplied), `${n(c.shortfall)} (${n((100 * c.shortfall) / c.need)}%)`])]));
  if (gaps.length > 40) out.push(`… ${gaps.length - 40}`);
  const o = r.objective;
  out.push("", `${lang === "zh" ? "目标值" : "Goals"}: binding ${n(o.binding, 6)} · equity ${n(o.equity, 6)} · expected ${n(o.expected, 6)} · cost ${n(o.cost, 2)}`);
  for (const rem of r.explanation.remarks) out.push(`· ${name(rem)}`);
  if (r.explanation.capitalValue !== null) out.push(`· ${lang === "zh" ? "每增加 1 万元资本预算，相对缺口减少" : "Each extra 10k CNY of capital removes"} ${r.explanation.capitalValue.toExponential(3)}${lang === "zh" ? "" : " of relative shortfall"}`);
  for (const u of r.explanation.unmet) out.push(`! ${u.target} ${u.unit}: ${lang === "zh" ? "缺" : "short by"} ${n(u.gap, 2)}`);
  return out.join("\n");
}
