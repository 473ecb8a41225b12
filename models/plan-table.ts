import type { AllocationResult, CoverageLine } from "./result-types.js";
import type { SeedFile } from "./seed/index.js";
import { catchmentOf, type Facility, type Label, type Scenario, type Target } from "./scenario/index.js";

/** Why a facility's proposal is what it is, read from the result (not from the model builder). */
export type PlanTableReasonCode =
  | "noGrowth" | "atCap" | "subCentre" | "subCentreRequirement" | "candidateNotChosen"
  | "servesAllTowns" | "addedForTownNeed" | "townStillShort" | "townNeedMetWithout";
/** A reason with its text in both languages. */
export type PlanTableReason = { readonly code: PlanTableReasonCode } & Label;

/** One facility of the plan's table beside the model's proposal. */
export type PlanTableRow = {
  readonly facility: string;
  readonly name: Label;
  readonly tier: Facility["tier"];
  readonly zone: string;
  /** The plan's own figure (`facility.planned[resource]`). */
  readonly planned: number;
  readonly existing: number;
  /** The model's total (existing + added). */
  readonly model: number;
  /** model − planned. */
  readonly difference: number;
  /** People the planned figure serves at the target's ratio: planned × per ÷ ratio. */
  readonly servedAtRatio: number;
  /** Population of the facility's own zone in the target year (null when it serves several zones). */
  readonly zonePopulation: number | null;
  readonly reasons: readonly PlanTableReason[];
  /** The row's difference rests on a town population that is an estimate. */
  readonly dependsOnEstimate: boolean;
};

/** A sub-centre candidate: chosen or not, and what it lacked against the siting requirements. */
export type SubCentreRow = { readonly facility: string; readonly name: Label; readonly chosen: boolean; readonly lacking: Readonly<Record<string, number>> };

/** The plan's facility table beside the model's proposal, with totals and plain-language findings. */
export type PlanTable = {
  readonly resource: string;
  readonly target: { readonly id: string; readonly name: Label; readonly ratio: number; readonly per: number; readonly year: number };
  readonly rows: readonly PlanTableRow[];
  readonly totals: {
    readonly planned: number; readonly existing: number; readonly model: number; readonly difference: number;
    readonly servedAtRatio: number; readonly population: number; readonly need: number;
    /** Some zone populations of the target year are estimates. */
    readonly populationEstimated: boolean;
  };
  readonly subCentres: readonly SubCentreRow[];
  /** Additions the model makes at facilities outside the plan's table that count toward the target. */
  readonly outside: readonly { readonly facility: string; readonly name: Label; readonly added: number }[];
  readonly findings: readonly Label[];
};

/** Options: the resource compared (default beds), the target whose ratio applies, other populations to compare with. */
export type PlanTableOptions = {
  readonly resource?: string;
  readonly target?: string;
  /** E.g. the population the plan's own figures imply, to say what the planned total means at it. */
  readonly otherPopulations?: readonly { readonly label: Label; readonly population: number }[];
};

const TOL = 1e-6;
const r1 = (v: number) => Math.round(v * 10) / 10;
const fmt = (v: number) => Math.round(v).toLocaleString("en-US");

function pickTarget(s: Scenario, resource: string, id: string | undefined): Target {
  const t = id ? s.targets.find((x) => x.id === id) : (s.targets.find((x) => x.resource === resource && x.scope === "zone") ?? s.targets.find((x) => x.resource === resource));
  if (!t) throw new Error(`planTable: no target ${id ?? `on ${resource}`}`);
  return t;
}

function upperLimit(s: Scenario, f: Facility, resource: string): number {
  let upper = f.limits?.max?.[resource] ?? Infinity;
  for (const rule of s.rules.sizes) if (rule.resource === resource && rule.tiers.includes(f.tier) && rule.max !== undefined) upper = Math.min(upper, rule.max);
  return upper;
}

function noGrowth(s: Scenario, f: Facility, resource: string): boolean {
  return (f.limits?.noGrowth?.includes(resource) ?? false) || s.rules.noGrowth.some((r) => r.tiers.includes(f.tier) && r.resources.includes(resource));
}

function reasonsOf(s: Scenario, r: AllocationResult, t: Target, f: Facility, existing: number, total: number, cover: ReadonlyMap<string, CoverageLine>): { reasons: PlanTableReason[]; townBased: boolean } {
  const out: PlanTableReason[] = [];
  const added = total - existing;
  const res = t.resource;
  const upper = upperLimit(s, f, res);
  const frozen = noGrowth(s, f, res);
  const chosen = r.subCentres.includes(f.id);
  const req = s.rules.siting?.requirements[res];
  if (frozen) out.push({ code: "noGrowth", zh: "不得增长（规划：区级公立医院原则上不再扩增规模）", en: "may not grow (plan: district public hospitals do not expand)" });
  if (!frozen && Number.isFinite(upper) && total >= upper - TOL) out.push({ code: "atCap", zh: `已达上限 ${upper}`, en: `at its cap of ${upper}` });
  if (chosen) {
    out.push({ code: "subCentre", zh: "被选为县域医疗卫生次中心", en: "chosen as a county sub-centre" });
    if (req !== undefined && added > TOL && Math.abs(total - req) <= TOL * Math.max(1, req)) out.push({ code: "subCentreRequirement", zh: `增至次中心最低要求 ${req}`, en: `raised to the sub-centre minimum of ${req}` });
  } else if (f.subCentreCandidate) out.push({ code: "candidateNotChosen", zh: "次中心候选，未被选中", en: "sub-centre candidate, not chosen" });
  const zones = catchmentOf(f);
  if (zones.length > 1) {
    out.push({ code: "servesAllTowns", zh: `按人口服务 ${zones.length} 个镇街`, en: `serves ${zones.length} towns and streets by population` });
    return { reasons: out, townBased: false };
  }
  const line = cover.get(zones[0]!.zone);
  if (!line) return { reasons: out, townBased: false };
  if (line.shortfall > TOL * Math.max(1, line.need)) {
    out.push({ code: "townStillShort", zh: `本镇仍缺 ${r1(line.shortfall)}（需要 ${r1(line.need)}）`, en: `its town is still short by ${r1(line.shortfall)} (need ${r1(line.need)})` });
  } else if (added > TOL) {
    out.push({ code: "addedForTownNeed", zh: `增至本镇需要 ${r1(line.need)}`, en: `added to meet its town's need of ${r1(line.need)}` });
  } else {
    out.push({ code: "townNeedMetWithout", zh: `本镇需要 ${r1(line.need)} 已满足（供给 ${r1(line.supplied)}）`, en: `its town's need of ${r1(line.need)} is met without additions (supplied ${r1(line.supplied)})` });
  }
  return { reasons: out, townBased: true };
}

/**
 * The plan's own per-facility figures (`facility.planned`, e.g. Yanjiang 表1's 2025 beds) beside a
 * solved result under the plan's ratio: differences, what drives each (read from the result and the
 * scenario's rules), the people each planned figure serves at the ratio, and which conclusions rest
 * on estimated town populations. Pure.
 */
export function planTable(s: Scenario, r: AllocationResult, o: PlanTableOptions = {}): PlanTable {
  const resource = o.resource ?? "beds";
  const t = pickTarget(s, resource, o.target);
  const year = String(t.year);
  const cover = new Map(r.coverage.filter((c) => c.target === t.id && c.scope === "zone").map((c) => [c.unit, c]));
  const zoneOf = new Map(s.zones.map((z) => [z.id, z]));
  const rows: PlanTableRow[] = s.facilities.filter((f) => f.planned?.[resource] !== undefined).map((f) => {
    const planned = f.planned![resource]!;
    const line = r.allocation.find((l) => l.facility === f.id && l.resource === resource);
    const existing = line?.existing ?? f.existing[resource] ?? 0;
    const model = line?.total ?? existing;
    const { reasons, townBased } = reasonsOf(s, r, t, f, existing, model, cover);
    const own = catchmentOf(f).length === 1 ? zoneOf.get(catchmentOf(f)[0]!.zone) : undefined;
    return {
      facility: f.id, name: f.name, tier: f.tier, zone: f.zone, planned, existing, model, difference: model - planned,
      servedAtRatio: (planned * t.per) / t.ratio, zonePopulation: own ? (own.population[year] ?? null) : null,
      reasons, dependsOnEstimate: townBased && own?.populationStatus?.[year] === "estimated",
    };
  });
  const sum = (k: "planned" | "existing" | "model" | "servedAtRatio") => rows.reduce((a, x) => a + x[k], 0);
  const population = s.zones.reduce((a, z) => a + (z.population[year] ?? 0), 0);
  const totals = {
    planned: sum("planned"), existing: sum("existing"), model: sum("model"), difference: sum("model") - sum("planned"), servedAtRatio: sum("servedAtRatio"),
    population, need: (population * t.ratio) / t.per, populationEstimated: s.zones.some((z) => z.populationStatus?.[year] === "estimated"),
  };
  const siting = s.rules.siting?.enabled ? s.rules.siting : undefined;
  const subCentres: SubCentreRow[] = s.facilities.filter((f) => f.subCentreCandidate).map((f) => ({
    facility: f.id, name: f.name, chosen: r.subCentres.includes(f.id),
    lacking: Object.fromEntries(Object.entries(siting?.requirements ?? {}).map(([k, v]) => [k, Math.max(0, v - (f.existing[k] ?? 0))]).filter(([, v]) => (v as number) > TOL)),
  }));
  const outside = s.facilities
    .filter((f) => f.planned?.[resource] === undefined && (!t.tiers || t.tiers.includes(f.tier)))
    .map((f) => {
      const line = r.allocation.find((l) => l.facility === f.id && l.resource === resource);
      return { facility: f.id, name: f.name, added: line ? line.total - line.existing : 0 };
    })
    .filter((x) => x.added > TOL);
  const names = new Map(s.resources.map((x) => [x.id, x.name]));
  const table = { resource, target: { id: t.id, name: t.name ?? { zh: t.id, en: t.id }, ratio: t.ratio, per: t.per, year: t.year }, rows, totals, subCentres, outside };
  return { ...table, findings: findings(table, t, o, (id) => names.get(id) ?? { zh: id, en: id }) };
}

function findings(table: Omit<PlanTable, "findings">, t: Target, o: PlanTableOptions, name: (resource: string) => Label): Label[] {
  const { rows, totals: tot, subCentres: subs, outside } = table;
  const per = t.per === 1000 ? "‰" : ` per ${t.per}`;
  const perZh = t.per === 1000 ? "每千人" : `每 ${t.per} 人`;
  const atPop = (p: number) => r1((tot.planned * t.per) / p);
  const out: Label[] = [{
    zh: `规划表合计 ${fmt(tot.planned)}；按规划比例${perZh} ${t.ratio} 可服务 ${fmt(tot.servedAtRatio)} 人，只是 ${t.year} 年人口 ${fmt(tot.population)} 的 ${Math.round((100 * tot.servedAtRatio) / tot.population)}%：相当于${perZh} ${atPop(tot.population)}，比比例要求的 ${fmt(tot.need)} 少 ${fmt(tot.need - tot.planned)}。`,
    en: `The plan's table sums to ${fmt(tot.planned)}; at its ratio of ${t.ratio}${per} that serves ${fmt(tot.servedAtRatio)} people, only ${Math.round((100 * tot.servedAtRatio) / tot.population)}% of the ${t.year} population of ${fmt(tot.population)}: ${atPop(tot.population)}${per}, ${fmt(tot.need - tot.planned)} short of the ${fmt(tot.need)} the ratio asks.`,
  }];
  for (const alt of o.otherPopulations ?? []) {
    out.push({ zh: `按${alt.label.zh}（${fmt(alt.population)} 人）计，规划表只相当于${perZh} ${atPop(alt.population)}。`, en: `At ${alt.label.en} (${fmt(alt.population)}), the table gives only ${atPop(alt.population)}${per}.` });
  }
  const count = (c: PlanTableReasonCode) => rows.filter((x) => x.reasons.some((y) => y.code === c)).length;
  out.push({
    zh: `模型在规划比例下提出 ${fmt(tot.model)}（比规划表多 ${fmt(tot.difference)}）：${count("addedForTownNeed")} 家为满足本镇需要而增加，${count("atCap")} 家已达上限，${count("noGrowth")} 家不得增长，${count("townNeedMetWithout")} 家本镇需要已满足。`,
    en: `Under the plan's ratio the model proposes ${fmt(tot.model)} (${fmt(tot.difference)} more than the table): ${count("addedForTownNeed")} facilities grow to meet their town's need, ${count("atCap")} stop at a cap, ${count("noGrowth")} may not grow, ${count("townNeedMetWithout")} already meet their town's need.`,
  });
  if (outside.length > 0) {
    const extra = outside.reduce((a, x) => a + x.added, 0);
    out.push({ zh: `另有 ${fmt(extra)} 加在规划表以外的机构：${outside.map((x) => `${x.name.zh} +${r1(x.added)}`).join("、")}。`, en: `A further ${fmt(extra)} go to facilities outside the plan's table: ${outside.map((x) => `${x.name.en} +${r1(x.added)}`).join(", ")}.` });
  }
  const short = rows.filter((x) => x.reasons.some((y) => y.code === "townStillShort"));
  if (short.length > 0) out.push({ zh: `仍有缺口：${short.map((x) => x.name.zh).join("、")}——它们的上限或不增长规则使本镇达不到比例。`, en: `Still short: ${short.map((x) => x.name.en).join(", ")} — a cap or a no-growth rule keeps their town below the ratio.` });
  if (subs.length > 0) {
    const chosen = subs.filter((x) => x.chosen);
    const lacking = (x: SubCentreRow, lang: "zh" | "en") => Object.entries(x.lacking).map(([k, v]) => `${name(k)[lang]} ${r1(v)}`).join(lang === "zh" ? "、" : ", ");
    out.push({
      zh: `次中心：${chosen.map((x) => x.name.zh).join("、")}${chosen.every((x) => Object.keys(x.lacking).length === 0) ? "——现有存量已达二级最低标准，无需追加" : ""}；未选：${subs.filter((x) => !x.chosen).map((x) => `${x.name.zh}${Object.keys(x.lacking).length ? `（缺${lacking(x, "zh")}）` : ""}`).join("、")}。`,
      en: `Sub-centres: ${chosen.map((x) => x.name.en).join(", ")}${chosen.every((x) => Object.keys(x.lacking).length === 0) ? " — their stock already meets the secondary minimum" : ""}; not chosen: ${subs.filter((x) => !x.chosen).map((x) => `${x.name.en}${Object.keys(x.lacking).length ? ` (lacks ${lacking(x, "en")})` : ""}`).join(", ")}.`,
    });
  }
  const est = rows.filter((x) => x.dependsOnEstimate).length;
  out.push({
    zh: `${est} 家的差额取决于估计的镇街人口（镇人口为估计值时只能作示意）；规划表合计与全区需要之差、不增长的区级医院${subs.length ? "、次中心选择（取决于估计的人员存量）" : ""}不取决于镇人口估计。`,
    en: `${est} rows' differences rest on estimated town populations (indicative only while those are estimates); the gap between the table's total and the district's need, the no-growth hospitals${subs.length ? " and the sub-centre choice (which rests on the estimated staff stock)" : ""} do not.`,
  });
  return out;
}

/**
 * The population a plan's own 2020 bed count and bed ratio imply (beds ÷ beds per 1,000), when the
 * scenario's seed gives both — the same comparison `capacity-planner table1` prints.
 */
export function impliedPopulation(s: Scenario, seeds: readonly SeedFile[]): NonNullable<PlanTableOptions["otherPopulations"]> {
  const seed = seeds.find((x) => x.id === s.region.seed);
  if (!seed) return [];
  const beds = seed.totals.find((t) => t.resource === "beds" && t.figure.year === 2020)?.figure.value;
  const ratio = seed.indicators.find((i) => i.id === "bedsPer1000")?.baseline?.value;
  if (beds?.kind !== "number" || ratio?.kind !== "number" || !(ratio.value > 0)) return [];
  const population = Math.round((beds.value / ratio.value) * 1000);
  return [{ label: { zh: `规划 2020 年数字隐含的人口（${beds.value} 张 ÷ 每千人 ${ratio.value} 张）`, en: `the population the plan's own 2020 figures imply (${beds.value} beds ÷ ${ratio.value}‰)` }, population }];
}
