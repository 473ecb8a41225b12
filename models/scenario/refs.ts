import type { z } from "zod";
import { addDomainIssue } from "../issues.js";
import { catchmentOf } from "./facility.js";
import type { ScenarioShape } from "./scenario.js";

type Shape = z.infer<typeof ScenarioShape>;
type Ctx = z.core.$RefinementCtx<Shape>;

const AGE_KEY = { children0to3: "age0to3", children0to14: "age0to14", elderly65: "age65plus" } as const;

function unique(ctx: Ctx, list: readonly { id?: string | undefined }[], ...at: string[]): void {
  const seen = new Set<string>();
  list.forEach((x, i) => {
    if (x.id === undefined) return;
    if (seen.has(x.id)) addDomainIssue(ctx, [...at, i, "id"], "duplicateId", { id: x.id });
    seen.add(x.id);
  });
}

function minMax(ctx: Ctx, path: (string | number)[], min: number | undefined, max: number | undefined): void {
  if (min !== undefined && max !== undefined && min > max) addDomainIssue(ctx, path, "minAboveMax", { min, max });
}

/** Cross-reference and domain checks of a scenario: ids resolve, shares sum to 1, populations exist. */
export function checkReferences(s: Shape, ctx: Ctx): void {
  if (s.zones.length === 0) addDomainIssue(ctx, ["zones"], "noZones");
  if (s.region.planYear < s.region.baseYear) addDomainIssue(ctx, ["region", "planYear"], "planYearBeforeBase");
  const allocation = new Set(Object.keys(s.budgets.capital.byYear ?? { [String(s.region.planYear)]: 0 }));
  for (const year of Object.keys(s.budgets.recurring?.byYear ?? {})) {
    if (!allocation.has(year)) addDomainIssue(ctx, ["budgets", "recurring", "byYear", year], "recurringYear", { year, years: [...allocation].join(", ") });
  }
  unique(ctx, s.zones, "zones");
  unique(ctx, s.resources, "resources");
  unique(ctx, s.facilities, "facilities");
  unique(ctx, s.targets, "targets");
  unique(ctx, s.variants ?? [], "variants");
  const zones = new Set(s.zones.map((z) => z.id));
  const resources = new Set(s.resources.map((r) => r.id));
  const resource = (path: (string | number)[], id: string) => {
    if (!resources.has(id)) addDomainIssue(ctx, path, "unknownResource", { id });
  };

  s.facilities.forEach((f, i) => {
    if (!zones.has(f.zone)) addDomainIssue(ctx, ["facilities", i, "zone"], "unknownZone", { id: f.zone });
    const seen = new Set<string>();
    f.catchment?.forEach((c, j) => {
      if (!zones.has(c.zone)) addDomainIssue(ctx, ["facilities", i, "catchment", j, "zone"], "unknownZone", { id: c.zone });
      if (seen.has(c.zone)) addDomainIssue(ctx, ["facilities", i, "catchment", j, "zone"], "catchmentDuplicate", { id: c.zone });
      seen.add(c.zone);
    });
    const sum = catchmentOf(f).reduce((a, c) => a + c.share, 0);
    if (Math.abs(sum - 1) > 1e-6) addDomainIssue(ctx, ["facilities", i, "catchment"], "catchmentSum", { sum: Number(sum.toFixed(6)) });
    for (const id of Object.keys(f.existing)) resource(["facilities", i, "existing", id], id);
    for (const id of Object.keys(f.limits?.max ?? {})) resource(["facilities", i, "limits", "max", id], id);
    for (const id of Object.keys(f.limits?.min ?? {})) {
      resource(["facilities", i, "limits", "min", id], id);
      minMax(ctx, ["facilities", i, "limits", "min", id], f.limits?.min?.[id], f.limits?.max?.[id]);
    }
    f.limits?.noGrowth?.forEach((id, j) => resource(["facilities", i, "limits", "noGrowth", j], id));
  });

  // Populations and age shares the targets need: each year and group once (named after its first
  // target), so 2,000 targets over 20,000 zones cost one pass per year, not one per target.
  const years = new Map<string, string>();
  const groups = new Map<(typeof AGE_KEY)[keyof typeof AGE_KEY], string>();
  const { baseYear, planYear } = s.region;
  s.targets.forEach((t, i) => {
    resource(["targets", i, "resource"], t.resource);
    if (t.ratio / t.per > 1) addDomainIssue(ctx, ["targets", i, "ratio"], "ratioTooLarge", { ratio: t.ratio, per: t.per, limit: 1 });
    if (t.year < baseYear || t.year > planYear) addDomainIssue(ctx, ["targets", i, "year"], "targetYearOutside", { year: t.year, baseYear, planYear });
    t.zones?.forEach((z, j) => {
      if (!zones.has(z)) addDomainIssue(ctx, ["targets", i, "zones", j], "unknownZone", { id: z });
    });
    if (!t.enabled) return;
    if (!years.has(String(t.year))) years.set(String(t.year), t.id);
    if (t.population !== "residents" && !groups.has(AGE_KEY[t.population])) groups.set(AGE_KEY[t.population], t.id);
  });
  s.zones.forEach((z, j) => {
    for (const [year, target] of years) {
      if (z.population[year] === undefined) addDomainIssue(ctx, ["zones", j, "population", year], "missingPopulation", { year, target });
    }
    for (const [group, target] of groups) {
      if (z.ageShares?.[group] === undefined) addDomainIssue(ctx, ["zones", j, "ageShares", group], "missingAgeShare", { group, target });
    }
  });

  unique(ctx, s.rules.staffRatios, "rules", "staffRatios");
  unique(ctx, s.rules.sizes, "rules", "sizes");
  unique(ctx, s.rules.noGrowth, "rules", "noGrowth");
  s.rules.staffRatios.forEach((r, i) => {
    [...r.numerator, ...r.denominator].forEach((id) => resource(["rules", "staffRatios", i], id));
    minMax(ctx, ["rules", "staffRatios", i, "min"], r.min, r.max);
  });
  s.rules.sizes.forEach((r, i) => {
    resource(["rules", "sizes", i, "resource"], r.resource);
    minMax(ctx, ["rules", "sizes", i, "min"], r.min, r.max);
  });
  s.rules.noGrowth.forEach((r, i) => r.resources.forEach((id, j) => resource(["rules", "noGrowth", i, "resources", j], id)));
  const siting = s.rules.siting;
  if (siting) {
    minMax(ctx, ["rules", "siting", "min"], siting.min, siting.max);
    const n = s.facilities.filter((f) => f.subCentreCandidate).length;
    if (siting.enabled && n < siting.min) addDomainIssue(ctx, ["rules", "siting", "min"], "sitingCandidates", { n, min: siting.min });
    for (const id of Object.keys(siting.requirements)) resource(["rules", "siting", "requirements", id], id);
    siting.quotas?.forEach((q, i) => {
      minMax(ctx, ["rules", "siting", "quotas", i, "min"], q.min, q.max);
      q.zones.forEach((z, j) => {
        if (!zones.has(z)) addDomainIssue(ctx, ["rules", "siting", "quotas", i, "zones", j], "unknownZone", { id: z });
      });
    });
  }
}
