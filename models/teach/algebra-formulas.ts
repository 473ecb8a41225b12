import type { Goal } from "../scenario/objective.js";
import type { ColumnFamily, RowFamily, RowLabel } from "../lp/types.js";
import { frac, mi, mn, mo, mt, row, sub, sum, type MathNode } from "./algebra-math.js";

/** The constraint families the teaching view explains (the model's row families, without the solver's hold rows). */
export type ConstraintFamily = Exclude<RowFamily, "goal">;
/** Constraint families in the order they are explained. */
export const CONSTRAINT_FAMILIES: readonly ConstraintFamily[] = ["coverage", "band", "equity", "capital", "recurring", "limit", "noGrowth", "ratio", "siting"];
/** Variable families in the order they are explained. */
export const VARIABLE_FAMILIES: readonly ColumnFamily[] = ["add", "shortfall", "surplus", "equity", "site", "deficit"];

/** A formula with what it says in words. */
export type Formula = { readonly title: RowLabel; readonly math: readonly MathNode[]; readonly meaning: RowLabel };

const L = (zh: string, en: string): RowLabel => ({ zh, en });
const x = (y = "y") => sub("x", "f", "r", y);
const addedBy = (upTo: MathNode) => sum([mi("y"), mo("≤"), upTo], x());
const share = sum([mi("f"), mo("∈"), sub("F", "u")], row(sub("a", "f", "u"), addedBy(sub("Y", "t"))));

/** Symbol, bounds and meaning of each variable family. */
export const VARIABLE_FORMULAS: Readonly<Record<ColumnFamily, Formula>> = {
  add: {
    title: L("新增量", "Additions"),
    math: [row(x(), mo("≥"), mn(0))],
    meaning: L("机构 f 在配置年份 y 新增资源 r 的数量（整数资源取整数；只有一个年份时上限为“上限 − 现有”）。", "Units of resource r added at facility f in allocation year y (whole numbers for whole-unit resources; with one year, at most cap − existing)."),
  },
  shortfall: {
    title: L("相对缺口", "Relative shortfall"),
    math: [row(mn(0), mo("≤"), sub("s", "u"), mo("≤"), mn(1))],
    meaning: L("单元 u（镇、服务范围或全区）未满足需求的比例：缺口 ÷ 需求。", "The share of unit u's need (a zone, a catchment or the region) left unmet: shortfall ÷ need."),
  },
  surplus: {
    title: L("相对超出", "Relative surplus"),
    math: [row(sub("p", "u"), mo("≥"), mn(0))],
    meaning: L("区间目标中，供给超过上限需求的比例。", "For a band target, the share by which supply exceeds the upper need."),
  },
  equity: {
    title: L("最大相对缺口", "Worst relative shortfall"),
    math: [row(mn(0), mo("≤"), mi("w"), mo("≤"), mn(1))],
    meaning: L("所有预期性单元中最大的相对缺口（公平性水平）。", "The largest relative shortfall over the expected units (the equity level)."),
  },
  site: {
    title: L("次中心选址", "Sub-centre choice"),
    math: [row(sub("z", "f"), mo("∈"), mo("{"), mn(0), mo(","), mn(1), mo("}"))],
    meaning: L("机构 f 被选为县域医疗卫生次中心时为 1。", "1 when facility f is chosen as a county sub-centre."),
  },
  deficit: {
    title: L("配比缺额", "Ratio deficit"),
    math: [row(sub("d", "k"), mo("≥"), mn(0))],
    meaning: L("约束性或预期性人员配比规则 k 未达到的部分，除以按现有人员计的要求量；计入约束性或预期性目标。", "The part of a binding or expected staff-ratio rule k not reached, divided by the requirement at the existing stock; it counts in the binding or expected goal."),
  },
};

const capitalSum = row(sum([mi("f"), mo(","), mi("r"), mo(","), mi("y"), mo("≤"), mi("Y")], row(sub("c", "r"), x())), mo("+"), mi("g"), sum([mi("f")], sub("z", "f")));
const totalOf = (set: string) => sum([mi("r"), mo("∈"), mi(set)], row(mo("("), sub("e", "f", "r"), mo("+"), sum([mi("y")], x()), mo(")")));

/** Formula and meaning of each constraint family (symbols: docs/model.md). */
export const CONSTRAINT_FORMULAS: Readonly<Record<ConstraintFamily, Formula>> = {
  coverage: {
    title: L("需求覆盖", "Coverage"),
    math: [row(frac(share, sub("N", "u")), mo("+"), sub("s", "u"), mo("≥"), mn(1), mo("−"), frac(sub("E", "u"), sub("N", "u")))],
    meaning: L("每个目标单元 u：新增供给（按服务份额 a 计）加上相对缺口，至少补足现有供给 E 与需求 N 的差距；整行除以需求，使大小单元可比。", "For each target unit u: added supply (weighted by the catchment share a) plus the relative shortfall covers the gap between existing supply E and need N; the row is divided by the need so that small and large units compare."),
  },
  band: {
    title: L("区间上限", "Band upper limit"),
    math: [row(frac(share, sub("U", "u")), mo("−"), sub("p", "u"), mo("≤"), mn(1), mo("−"), frac(sub("E", "u"), sub("U", "u")))],
    meaning: L("区间目标（如每千人 5.0–6.0 张）：超过上限需求 U 的部分计为超出 p。", "Band targets (such as 5.0–6.0 per 1,000): supply above the upper need U counts as surplus p."),
  },
  equity: {
    title: L("公平性", "Equity"),
    math: [row(mi("w"), mo("−"), sub("s", "u"), mo("≥"), mn(0))],
    meaning: L("每个预期性单元：最大相对缺口 w 不小于该单元的相对缺口。", "For each expected unit: the worst relative shortfall w is at least that unit's relative shortfall."),
  },
  capital: {
    title: L("资本预算", "Capital budget"),
    math: [row(frac(capitalSum, sub("B", "Y")), mo("≤"), mn(1))],
    meaning: L("新增资源的建设费用 c（加上次中心改造费 g）不超过预算 B；按年份给出时按累计额逐年检查；整行除以预算。", "Capital cost c of the additions (plus the sub-centre upgrade cost g) stays within the budget B; with yearly budgets, cumulatively to each year; the row is divided by the budget."),
  },
  recurring: {
    title: L("经常性预算", "Recurring budget"),
    math: [row(frac(sum([mi("f"), mo(","), mi("r"), mo(","), mi("y")], row(sub("o", "r"), x())), mi("R")), mo("≤"), frac(row(mi("R"), mo("−"), mi("K")), mi("R")))],
    meaning: L("新增资源的年运行费用 o 不超过经常性预算 R；按“现有 + 新增”计时，K 为现有资源的运行费用（否则为 0）。", "Yearly running cost o of the additions stays within the recurring budget R; on the basis “existing + added”, K is the running cost of what exists (else 0)."),
  },
  limit: {
    title: L("机构规模上下限", "Facility limits"),
    math: [
      row(sum([mi("y")], x()), mo("≤"), sub("M", "f", "r"), mo("−"), sub("e", "f", "r")),
      row(sum([mi("y")], x()), mo("≥"), sub("m", "f", "r"), mo("−"), sub("e", "f", "r")),
    ],
    meaning: L("机构 f 的资源 r 总量在下限 m 与上限 M 之间（e 为现有量；只有一个年份时上限写作变量的上界）。", "Facility f's total of resource r stays between its minimum m and cap M (e is what exists; with one year the cap is the variable's bound)."),
  },
  noGrowth: {
    title: L("不得增长", "No growth"),
    math: [row(x(), mo("="), mn(0))],
    meaning: L("不得增长的资源不设新增变量，因此模型中没有对应的行。", "A resource that may not grow gets no addition variable, so the model has no row for it."),
  },
  ratio: {
    title: L("人员配比", "Staff ratios"),
    math: [row(totalOf("Num"), mo("≥"), sub("k", "min"), totalOf("Den"))],
    meaning: L("配置后的分子资源合计不少于 k 倍的分母资源合计（也可有上限 k_max），按机构或全区计算。", "After additions, the numerator resources total at least k times the denominator resources (possibly also at most k_max), per facility or region-wide."),
  },
  siting: {
    title: L("次中心选址", "Sub-centre siting"),
    math: [
      row(mi("L"), mo("≤"), sum([mi("f")], sub("z", "f")), mo("≤"), mi("U")),
      row(sub("e", "f", "r"), mo("+"), sum([mi("y")], x()), mo("≥"), sub("q", "r"), sub("z", "f")),
    ],
    meaning: L("次中心数量（及各片区配额）在 L 与 U 之间；被选中的机构至少达到资源要求 q。", "The number of sub-centres (and each quota's) lies between L and U; a chosen facility holds at least the requirement q."),
  },
};

/** Each goal's formula (what the solver minimises at that stage). */
export const GOAL_FORMULAS: Readonly<Record<Goal, Formula>> = {
  binding: {
    title: L("约束性目标缺口", "Binding shortfall"),
    math: [row(mt("min\u00a0"), sum([mi("u"), mo("∈"), mt("binding")], sub("s", "u")))],
    meaning: L("约束性目标各单元的相对缺口之和；能满足时为 0。", "The sum of binding units' relative shortfalls; 0 when they can all be met."),
  },
  equity: {
    title: L("公平性", "Equity"),
    math: [row(mt("min\u00a0"), mi("w"))],
    meaning: L("最大的相对缺口：先照顾覆盖最差的单元。", "The worst relative shortfall: the least covered unit first."),
  },
  expected: {
    title: L("预期性目标缺口", "Expected shortfall"),
    math: [row(mt("min\u00a0"), sum([mi("u"), mo("∈"), mt("expected")], row(sub("ω", "u"), mo("("), sub("s", "u"), mo("+"), sub("p", "u"), mo(")"))))],
    meaning: L("预期性目标各单元相对缺口（及超出）之和，ω 为目标权重（可按人口加权）。", "The sum of expected units' relative shortfalls (and surpluses), with the target's weight ω (optionally by population)."),
  },
  cost: {
    title: L("费用", "Cost"),
    math: [row(mt("min\u00a0"), frac(row(sum([mi("f"), mo(","), mi("r"), mo(","), mi("y")], row(mo("("), sub("c", "r"), mo("+"), sub("o", "r"), mo(")"), x())), mo("+"), mi("g"), sum([mi("f")], sub("z", "f"))), mi("B")))],
    meaning: L("建设与运行费用之和，除以资本预算。", "Capital plus running cost, divided by the capital budget."),
  },
};
