import type { AllocationResult, Scenario, Target } from "../../../models/index.js";
import type { CoverageDatum } from "../../charts/coverage-layout.js";
import type { Locale } from "../../i18n/index.js";
import { unitName } from "../names.js";

/** The target the coverage charts show: the chosen one if it still exists, else the first zone-scoped target, else the first. */
export function chartTargetOf(s: Scenario, chosen: string | null): Target | undefined {
  return s.targets.find((t) => t.id === chosen) ?? s.targets.find((t) => t.scope === "zone") ?? s.targets[0];
}

/** A result's coverage lines of one target as chart data, named in the locale. */
export function coverageData(s: Scenario, r: AllocationResult, target: string, locale: Locale): CoverageDatum[] {
  return r.coverage
    .filter((c) => c.target === target)
    .map((c) => ({
      id: c.unit,
      label: unitName(s, c.unit, c.scope, locale),
      population: c.population,
      supplied: c.supplied,
      need: c.need,
      ...(c.upperNeed === undefined ? {} : { upperNeed: c.upperNeed }),
    }));
}
