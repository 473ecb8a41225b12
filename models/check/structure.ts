import type { AllocationResult } from "../result-types.js";
import { existingOf, lineKey, pairZh, totalAt, type CheckContext } from "./context.js";
import { agree, fmt, violation, type Violation } from "./violation.js";

/**
 * A result without a plan (`infeasible`, `timeout`, `error`) must carry no allocation and no coverage.
 */
export function checkNonPlan(result: AllocationResult): Violation[] {
  const a = result.allocation.length;
  const c = result.coverage.length;
  if (a === 0 && c === 0) return [];
  return [
    violation(
      "structure",
      "status",
      `状态为 ${result.status} 的结果不应包含配置方案（配置 ${a} 行，覆盖 ${c} 行）`,
      `a result with status ${result.status} must not carry a plan (${a} allocation lines, ${c} coverage lines)`,
      0,
      a + c,
    ),
  ];
}

function checkYears(ctx: CheckContext): Violation[] {
  const got = ctx.result.years;
  const want = ctx.years;
  if (got.length === want.length && got.every((y, i) => y === want[i])) return [];
  return [
    violation(
      "structure",
      "years",
      `配置年份 [${got.join(", ")}] 应为 [${want.join(", ")}]`,
      `allocation years [${got.join(", ")}] should be [${want.join(", ")}]`,
    ),
  ];
}

/** Lines naming unknown facilities or resources, repeated lines, and lines missing from the grid. */
function checkGrid(ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  const seen = new Set<string>();
  for (const line of ctx.result.allocation) {
    const key = lineKey(line.facility, line.resource);
    const ref = `allocation ${key}`;
    if (!ctx.facilities.has(line.facility) || !ctx.resources.has(line.resource)) {
      out.push(violation("structure", ref, `配置行 ${key} 指向未知的机构或资源`, `allocation line ${key} names an unknown facility or resource`));
    } else if (seen.has(key)) {
      out.push(violation("structure", ref, `${pairZh(ctx, line.facility, line.resource)} 的配置行重复`, `allocation line ${key} appears more than once`));
    }
    seen.add(key);
  }
  for (const f of ctx.scenario.facilities) {
    for (const r of ctx.scenario.resources) {
      const key = lineKey(f.id, r.id);
      if (!seen.has(key)) {
        out.push(violation("structure", `allocation ${key}`, `缺少 ${pairZh(ctx, f.id, r.id)} 的配置行`, `allocation line ${key} is missing`));
      }
    }
  }
  return out;
}

/** Each known line: finite numbers, additions only in allocation years, existing and total right. */
function checkLines(ctx: CheckContext): Violation[] {
  const out: Violation[] = [];
  const years = new Set(ctx.years.map(String));
  for (const [key, line] of ctx.lines) {
    const { facility: f, resource: r } = line;
    if (!ctx.facilities.has(f) || !ctx.resources.has(r)) continue;
    const ref = `allocation ${key}`;
    const name = () => pairZh(ctx, f, r);
    for (const [y, v] of Object.entries(line.added)) {
      if (!years.has(y)) {
        out.push(violation("structure", ref, `${name()} 在非配置年份 ${y} 有新增 ${fmt(v)}`, `${f} ${r} adds ${fmt(v)} in ${y}, which is not an allocation year`, undefined, v));
      } else if (!Number.isFinite(v)) {
        out.push(violation("structure", ref, `${name()} ${y} 年新增不是有限数：${v}`, `${f} ${r} addition in ${y} is not a finite number: ${v}`, undefined, v));
      }
    }
    const existing = existingOf(ctx, f, r);
    if (!agree(line.existing, existing)) {
      out.push(violation("figure", ref, `${name()} 现有量 ${fmt(line.existing)} 与情景中的 ${fmt(existing)} 不符`, `${f} ${r} existing ${fmt(line.existing)} differs from the scenario's ${fmt(existing)}`, existing, line.existing));
    }
    const total = totalAt(ctx, f, r);
    if (!agree(line.total, total)) {
      out.push(violation("figure", ref, `${name()} 总量 ${fmt(line.total)} 不等于现有量加新增 ${fmt(total)}`, `${f} ${r} total ${fmt(line.total)} is not existing + added = ${fmt(total)}`, total, line.total));
    }
  }
  return out;
}

/** The result's shape: allocation years, the full facility × resource grid, and each line's own sums. */
export function checkStructure(ctx: CheckContext): Violation[] {
  return [...checkYears(ctx), ...checkGrid(ctx), ...checkLines(ctx)];
}
