import type { CoverageLine } from "../result-types.js";
import type { CheckContext } from "./context.js";
import { targetZh, unitKey, unitZh, type UnitFigures } from "./units.js";
import { agree, fmt, violation, type Violation } from "./violation.js";

type Field = "population" | "need" | "upperNeed" | "supplied" | "shortfall" | "surplus";

const FIELDS: readonly { readonly key: Field; readonly zh: string }[] = [
  { key: "population", zh: "人口" },
  { key: "need", zh: "需求" },
  { key: "upperNeed", zh: "需求上限" },
  { key: "supplied", zh: "供给" },
  { key: "shortfall", zh: "缺口" },
  { key: "surplus", zh: "超出" },
];

/** A reported line's target, resource, scope, year and nature must be the target's own. */
function checkLabels(line: CoverageLine, u: UnitFigures, ref: string): Violation[] {
  const t = u.target;
  if (line.resource === t.resource && line.scope === t.scope && line.year === t.year && line.nature === t.nature) return [];
  const wrong = (["resource", "scope", "year", "nature"] as const).filter((k) => line[k] !== t[k]);
  const got = wrong.map((k) => `${k}=${line[k]}`).join(", ");
  const want = wrong.map((k) => `${k}=${t[k]}`).join(", ");
  return [violation("structure", ref, `覆盖行 ${ref} 的属性 ${got} 应为 ${want}`, `${ref} has ${got}, the target has ${want}`)];
}

/** Every figure of a reported line against its recomputation. */
function checkFigures(ctx: CheckContext, line: CoverageLine, u: UnitFigures, ref: string): Violation[] {
  const out: Violation[] = [];
  for (const { key, zh } of FIELDS) {
    const want = u[key];
    const got = line[key];
    if (want === undefined && got === undefined) continue;
    if (want !== undefined && got !== undefined && agree(got, want)) continue;
    const name = `${targetZh(u.target)} ${unitZh(ctx, u.target.scope, u.unit)}`;
    out.push(
      violation(
        "coverage",
        ref,
        `${name} 的${zh}报告为 ${fmt(got)}，重算为 ${fmt(want)}`,
        `${u.target.id} at ${u.unit}: ${key} reported ${fmt(got)}, recomputed ${fmt(want)}`,
        want,
        got,
      ),
    );
  }
  return out;
}

/**
 * Coverage lines: exactly one per target × unit, each with the target's labels and recomputed
 * population, need, upper need, supply, shortfall and surplus.
 */
export function checkCoverage(ctx: CheckContext, units: readonly (readonly UnitFigures[])[]): Violation[] {
  const out: Violation[] = [];
  const expected = new Map<string, UnitFigures>();
  for (const list of units) for (const u of list) expected.set(unitKey(u.target.id, u.unit), u);
  const seen = new Set<string>();
  for (const line of ctx.result.coverage) {
    const key = unitKey(line.target, line.unit);
    const ref = `coverage ${key}`;
    const u = expected.get(key);
    if (u === undefined) {
      out.push(violation("structure", ref, `覆盖行 ${key} 不对应情景中的任何目标单元`, `coverage line ${key} matches no unit of any target`));
      continue;
    }
    if (seen.has(key)) {
      out.push(violation("structure", ref, `覆盖行 ${key} 重复`, `coverage line ${key} appears more than once`));
      continue;
    }
    seen.add(key);
    out.push(...checkLabels(line, u, ref), ...checkFigures(ctx, line, u, ref));
  }
  for (const [key, u] of expected) {
    if (!seen.has(key)) {
      out.push(violation("structure", `coverage ${key}`, `缺少 ${targetZh(u.target)} ${unitZh(ctx, u.target.scope, u.unit)} 的覆盖行`, `coverage line ${key} is missing`));
    }
  }
  return out;
}
