/** The Yanjiang 2025 scenario: towns and streets, the 24 facilities of 表1, five sub-centres. */
import { type ScenarioInput, type Source, type Tier } from "../../models/scenario/index.js";
import { costs, populations, loadSeed, L, note, points, apportion, shares, round, planSource, seedNumber, seedBaseline, NATIONAL, resources, COST_NOTE, FULL_FUNDING_NOTE, zoneOf, districtZones, target, type Label, type Note, type FacilityIn, type TargetIn, type Town, type County } from "./common.js";

// ---------------------------------------------------------------- Yanjiang (district; 表1 facilities)

export const HOSPITAL_TIERS: Tier[] = ["districtGeneralHospital", "tcmHospital", "maternalChildHospital"];
export const TABLE1_TIERS: Tier[] = [...HOSPITAL_TIERS, "centralTownshipCentre", "townshipCentre", "communityCentre"];
export const GRASSROOTS_TIERS: Tier[] = ["countySubCentre", "centralTownshipCentre", "townshipCentre", "communityCentre"];
export const ALL_RESOURCES = ["beds", "doctors", "nurses", "pharmacists", "gps", "ambulances"];

export function facilityIdOf(tier: string, zoneId: string, seedId: string): string {
  const special: Record<string, string> = { yanjiangPeoplesHospital: "peoplesHospital", ziyangYanjiangTcmHospital: "tcmHospital", yanjiangMchHospital: "mchHospital" };
  if (special[seedId]) return special[seedId]!;
  const suffix: Record<string, string> = { countySubCentre: "Src", centralTownshipCentre: "Chc", townshipCentre: "Thc", communityCentre: "Csc" };
  return `${zoneId}${suffix[tier] ?? "Fac"}`;
}

export function buildYanjiang(): ScenarioInput {
  const seed = loadSeed("yanjiang");
  const r = populations["yanjiang"]!;
  const census = r.census2020.total;
  const total2025 = Math.round(census * Math.sqrt(census / r.census2010Total!.value));
  const zones = districtZones("yanjiang", total2025, L(
    `The 2020 census total (${census}) split equally over the 22 towns and streets — the no-information estimate, since no published 2020 figure by town exists (the census township tabulation 《中国人口普查分乡、镇、街道资料-2020》 is not available here). 2025: the district total projected at the 2010–2020 census trend (905,729 → 867,119, −0.43% a year) = ${total2025}, split equally. Replace by importing a CSV/xlsx of town populations.`,
    `2020 年普查总数（${census} 人）在 22 个镇/街道间平均分配——因无分乡镇公开数据（《中国人口普查分乡、镇、街道资料-2020》此处无法获得），这是无信息条件下的估计。2025 年：全区总数按 2010—2020 年两次普查的变化趋势（905,729 → 867,119，年均 −0.43%）外推为 ${total2025} 人，再平均分配。导入镇街人口 CSV/xlsx 即可替换。`,
  ), { Yanjiang: "yanjiangTown" }).map((z) => ({ ...z, en: z.id === "yanjiangTown" ? "Yanjiang Town" : z.en }));
  const zoneByZh = new Map(zones.map((z) => [z.zh, z.id]));
  const zoneIds = zones.map((z) => z.id);
  const pop2025 = zones.map((z) => z.p2025);
  const everyone = shares(zoneIds, pop2025);

  // Stock: 表1 beds as each facility's starting authorised beds; staff spread by beds (assumptions).
  const beds2020 = seedNumber(seed, "beds2020");
  const implied = (beds2020 / seedBaseline(seed, "bedsPer1000")) * 1000;
  const staffTotal = {
    doctors: Math.round((seedBaseline(seed, "doctorsPer1000") * implied) / 1000),
    nurses: Math.round((seedBaseline(seed, "nursesPer1000") * implied) / 1000),
    pharmacists: Math.round((seedBaseline(seed, "pharmacistsPer1000") * implied) / 1000),
    gps: Math.round((seedBaseline(seed, "gpsPer10000") * implied) / 10000),
  };
  type F = { id: string; name: Label; tier: Tier; zone: string; beds: number; planned?: number; source: Source; catchment?: { zone: string; share: number }[]; limits?: FacilityIn["limits"]; candidate?: boolean };
  const table1: F[] = seed.facilities.map((sf) => {
    const beds = sf.figures.find((g) => g.resource === "beds")!.figure.value;
    if (beds.kind !== "number") throw new Error(`${sf.id}: beds not a number`);
    const tier = sf.tier as Tier;
    const zone = sf.zone ? zoneByZh.get(sf.zone)! : "lianhua";
    const hospital = HOSPITAL_TIERS.includes(tier);
    return {
      id: facilityIdOf(tier, zone, sf.id), name: sf.name, tier, zone, beds: beds.value, planned: beds.value,
      source: planSource(seed, sf.id, hospital ? "District-level hospital: stands in the urban core (assumed — the plan gives no address) and serves every town and street in proportion to population." : "表1 row; existing stock assumed equal to the 表1 authorised beds (see notes)."),
      ...(hospital ? { catchment: everyone } : {}),
      ...(tier === "centralTownshipCentre" ? { candidate: true } : {}),
    };
  });
  const table1Beds = table1.reduce((a, f) => a + f.beds, 0);
  const placeholder: F = {
    id: "yanjiangTownThc", name: L("雁江镇基层医疗卫生机构（表1未列，占位）", "Yanjiang Town health centre (not in 表1; placeholder)"), tier: "townshipCentre", zone: "yanjiangTown", beds: 0,
    source: { kind: "assumption", note: "表1 lists no health centre in 雁江镇 (seed note). A placeholder with no existing stock lets the model show what the town would need; delete it if the town is served from the urban core." },
  };
  const outside: F = {
    id: "outsideTable1", name: L("表1以外的床位与人员（市级医院、民营医院等，合计）", "Beds and staff outside 表1 (city-level and private hospitals, aggregate)"), tier: "other", zone: "lianhua", beds: beds2020 - table1Beds,
    catchment: everyone, limits: { noGrowth: [...ALL_RESOURCES] },
    source: { kind: "estimate", citation: "seeds/documents/002_ce224e3ad2283474.txt line 13 (床位9576张) minus the 表1 total", note: `All beds of 2020 (9,576, line 13) minus the ${table1Beds} beds of 表1: the city hospitals in the district (资阳市第一人民医院, 资阳市人民医院), private hospitals and others. The district plan does not allocate to them, so they do not grow here; they count toward the all-beds ratio (9.6) and the staff ratios, not toward the district-run and grassroots ratio (6.0).` },
  };
  const all = [...table1, placeholder, outside];
  const bedWeights = all.map((f) => f.beds);
  const staff = Object.fromEntries((["doctors", "nurses", "pharmacists"] as const).map((k) => [k, apportion(staffTotal[k], bedWeights)])) as Record<"doctors" | "nurses" | "pharmacists", number[]>;
  const grassroots = all.map((f) => (GRASSROOTS_TIERS.includes(f.tier) ? f.beds : 0));
  const gps = apportion(staffTotal.gps, grassroots);
  const facilities: FacilityIn[] = all.map((f, i) => ({
    id: f.id, name: f.name, tier: f.tier, zone: f.zone, ...(f.catchment ? { catchment: f.catchment } : {}),
    existing: { beds: f.beds, doctors: staff.doctors[i]!, nurses: staff.nurses[i]!, pharmacists: staff.pharmacists[i]!, gps: gps[i]!, ambulances: 0 },
    ...(f.limits ? { limits: f.limits } : {}), ...(f.candidate ? { subCentreCandidate: true } : {}), ...(f.planned === undefined ? {} : { planned: { beds: f.planned } }), source: f.source,
  }));

  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const perTown = "Applied town by town (zone scope): the plan states it district-wide; applying it to each town says where additions go. District-level hospitals serve every town in proportion to population.";
  const targets: TargetIn[] = [
    target("bedsPer1000", "beds", seedNumber(seed, "bedsPer1000"), 1000, "region", "expected", L("每千人口医疗卫生机构床位数", "Beds per 1,000 residents (all institutions)"), ps("bedsPer1000", "Table figure 9.6 (the text's 5.0—6.0 is not used: seed conflict bedsPer1000TableVsText).")),
    target("countyAndGrassrootsBedsPer1000", "beds", seedNumber(seed, "countyAndGrassrootsBedsPer1000"), 1000, "zone", "expected", L("每千人口县办公立医院及基层医疗卫生机构床位数", "District-run public hospital and grassroots beds per 1,000"), ps("countyAndGrassrootsBedsPer1000", `${perTown} Only the 表1 tiers count.`), { tiers: TABLE1_TIERS }),
    target("tcmBedsPer1000", "beds", seedNumber(seed, "tcmBedsPer1000"), 1000, "region", "expected", L("每千人口公立中医医院床位数", "Public TCM hospital beds per 1,000"), ps("tcmBedsPer1000"), { tiers: ["tcmHospital"] }),
    target("doctorsPer1000", "doctors", seedNumber(seed, "doctorsPer1000"), 1000, "zone", "expected", L("每千人口执业（助理）医师数", "Licensed doctors per 1,000"), ps("doctorsPer1000", perTown)),
    target("nursesPer1000", "nurses", seedNumber(seed, "nursesPer1000"), 1000, "zone", "expected", L("每千人口注册护士数", "Registered nurses per 1,000"), ps("nursesPer1000", perTown)),
    target("pharmacistsPer1000", "pharmacists", seedNumber(seed, "pharmacistsPer1000"), 1000, "zone", "expected", L("每千人口药师（士）数", "Pharmacists per 1,000"), ps("pharmacistsPer1000", perTown)),
    target("gpsPer10000", "gps", seedNumber(seed, "gpsPer10000"), 10000, "zone", "expected", L("每万人口全科医生数", "GPs per 10,000"), ps("gpsPer10000", perTown)),
    target("ambulancesPer30000", "ambulances", seedNumber(seed, "ambulancesPer30000"), 30000, "region", "expected", L("每3万人口救护车数", "Ambulances per 30,000"), ps("ambulancesPer30000")),
  ];

  const outsideBeds = beds2020 - table1Beds;
  const notes: Note[] = [
    ...points("人口是估计值", "Town populations are ESTIMATES", [
      [`全区 2020 年常住人口 ${census} 人为第七次人口普查公布数。各镇街数字均为估计（populationStatus 标为 estimated）：没有分乡镇公开数据。`, `The district's 2020 population, ${census}, is the published census figure. Every town figure is an ESTIMATE (flagged estimated): no published figure by town exists.`],
      ["估计方法：普查总数在 22 个镇/街道间平均分配（不作任何假设的估计）。导入镇街人口 CSV/xlsx 即可替换。", "Method: the census total split equally over the 22 towns and streets — the estimate that assumes nothing. Replace it by importing a CSV/xlsx of town populations."],
      [`2025 年：全区总数按 2010—2020 年两次普查趋势（905,729 → 867,119，年均 −0.43%）外推为 ${total2025} 人，再平均分配。`, `2025: the total projected at the 2010–2020 census trend (905,729 → 867,119, −0.43% a year) = ${total2025}, split equally.`],
      ["年龄构成（0—14 岁 15.84%，65 岁及以上 18.98%）为全区公布值，套用于每个镇街。", "Age shares (0–14: 15.84%, 65+: 18.98%) are the district's published ones, applied to every town."],
    ]),
    ...points("规划比例的人口基数", "The plan's population base", [
      [`规划 2020 年床位 9,576 张、每千人口 9.57 张（第 13、86 行），隐含人口约 ${Math.round(implied)}，多于普查的 ${census}。`, `The plan's 9,576 beds at 9.57 per 1,000 in 2020 (lines 13, 86) imply about ${Math.round(implied)} residents — more than the census's ${census}.`],
      ["本情景按普查人口计算需要量，所以全部床位 9.6‰ 在 2025 年已超额，人员比例也接近达到。", "Need is counted on the census population here, so the all-beds ratio 9.6 is already exceeded in 2025 and the staff ratios are nearly met."],
      [`2020 年人员存量 = 规划比例 × 隐含人口（推算值）：医师 ${staffTotal.doctors}、护士 ${staffTotal.nurses}、药师 ${staffTotal.pharmacists}、全科医生 ${staffTotal.gps}。`, `2020 staff stock = the plan's ratio × the implied population (derived): doctors ${staffTotal.doctors}, nurses ${staffTotal.nurses}, pharmacists ${staffTotal.pharmacists}, GPs ${staffTotal.gps}.`],
    ]),
    ...points("机构与存量（假设）", "Facilities and stock (assumptions)", [
      [`机构为规划表1的 24 家，planned.beds 为其 2025 年编制床位（合计 ${table1Beds} 张）。`, `Facilities are the 24 of the plan's 表1; planned.beds is each one's 2025 authorised beds (${table1Beds} in all).`],
      ["表1 没有 2020 年存量。假设：各机构起点即为表1数字；模型只增不减，“模型 − 表1”就是按规划比例还需增加的床位。", "表1 gives no 2020 stock. ASSUMPTION: each starts at its 表1 figure; the model only adds, so \"model − 表1\" is what the plan's ratios would still add."],
      ["人员按床位比例分摊到各机构，全科医生只分摊到基层机构（假设）。救护车现有数不详，记为 0：显示的是比例要求的整支车队。", "Staff are spread over facilities by beds, GPs over grassroots centres only (assumptions). Ambulances in service are unknown, set to 0: the figure shown is the whole fleet."],
      [`“表1以外”汇总：9,576 − ${table1Beds} = ${outsideBeds} 张（市级、民营医院等），不增长，只计入全部床位与人员比例。`, `"Outside 表1": 9,576 − ${table1Beds} = ${outsideBeds} beds of city-level, private and other hospitals; they do not grow and count only toward all-beds and staff ratios.`],
      ["表1 在雁江镇没有机构，设一个无存量的占位机构显示该镇的需要。区级医院位置未知，记在莲花街道，按人口服务全区。", "表1 has no centre in 雁江镇: a placeholder with no stock shows the town's need. District hospitals' site is unknown (recorded in 莲花); they serve every town by population."],
    ]),
    ...points("目标与规则", "Targets and rules", [
      ["比例取自规划主要指标表（预期性）。床位 9.6、中医床位 0.98、救护车按全区计；县办公立及基层床位 6.0 与人员比例按镇街逐一计算，以说明增量放在哪里。", "Ratios are the plan's table rows (expected). Beds 9.6, TCM beds 0.98 and ambulances count district-wide; beds 6.0 and staff ratios apply town by town, to show where additions go."],
      ["区级公立医院原则上不再扩增床位（第 202 行）；区级综合医院 600—1000 张（第 224 行）；社区卫生服务中心床位不超过 50 张（国家标准）。", "District public hospitals add no beds (line 202); the district general hospital holds 600–1,000 beds (line 224); community health centres at most 50 beds (national standard)."],
      ["未作约束：医护比 1:1.3、床人比 1:1.5（与每千人口医师、护士指标矛盾，见种子冲突）。未建模：精神科医师、重症/康复/精神科床位、托位（无存量数据）。", "Not imposed: doctor:nurse 1:1.3 and bed:staff 1:1.5 (they contradict the per-1,000 rows; seed conflicts). Not modelled: psychiatrists, ICU/rehab/psychiatric beds, childcare (no stock)."],
    ]),
    ...points("县域医疗卫生次中心", "County sub-centres", [
      ["规划按二级综合医院标准建设 5 个县域医疗卫生次中心（第 447、468、515 行），未说明是哪 5 个；候选为表1的 8 所中心卫生院。", "The plan builds 5 county sub-centres to secondary-hospital standard (lines 447, 468, 515) without naming them; candidates: 表1's 8 central township health centres."],
      [`选中者须达到二级综合医院最低标准：床位 ≥ 100、护士 ≥ 40（《医疗机构基本标准（试行）》100 张 × 每床 0.4 名护士）。提升费用 ${costs.subCentreUpgrade.cost} 万元/所（假设）。`, `A chosen one needs ≥ 100 beds and ≥ 40 nurses (医疗机构基本标准: 100 beds × 0.4 nurses a bed); upgrading costs ${costs.subCentreUpgrade.cost} 万元 each (assumption).`],
      ["模型的选择取决于估计的人员存量（按床位分摊），不取决于镇人口估计。", "The model's choice rests on the estimated staff stock (spread by beds), not on the town population estimate."],
    ]),
    ...COST_NOTE,
    ...FULL_FUNDING_NOTE("规划", "The plan"),
  ];

  return {
    version: 1,
    region: { id: "yanjiang", name: L("资阳市雁江区", "Yanjiang District, Ziyang"), level: "district", plan: seed.title, seed: "yanjiang", baseYear: 2020, planYear: 2025, currency: "万元" },
    zones: zones.map(zoneOf),
    resources: resources(ALL_RESOURCES),
    facilities,
    targets,
    rules: {
      staffRatios: [],
      sizes: [
        { id: "districtGeneralHospitalBeds", name: L("区级综合医院单体规模", "District general hospital size"), tiers: ["districtGeneralHospital"], resource: "beds", min: 600, max: 1000, source: ps("districtGeneralHospitalBeds") },
        { id: "communityCentreBeds", name: L("社区卫生服务中心床位上限", "Community health centre bed cap"), tiers: ["communityCentre"], resource: "beds", max: 50, source: NATIONAL.communityCentreBeds },
      ],
      noGrowth: [
        { tiers: HOSPITAL_TIERS, resources: ["beds"], source: ps("districtPublicHospitalsNoGrowth") },
        { tiers: HOSPITAL_TIERS, resources: ["gps"], source: { kind: "assumption", note: "GPs are planned for the grassroots centres." } },
        { tiers: ["tcmHospital", "maternalChildHospital", "centralTownshipCentre", "townshipCentre", "communityCentre"], resources: ["ambulances"], source: { kind: "assumption", note: "Ambulances are held by the district people's hospital (its 120 station); the plan does not say where they are based." } },
      ],
      siting: {
        min: seedNumber(seed, "countySubCentres"), max: seedNumber(seed, "countySubCentres"),
        requirements: { beds: 100, nurses: 40 }, upgradeCost: costs.subCentreUpgrade.cost,
        source: { ...ps("countySubCentres"), note: `Count from the plan; requirements from ${NATIONAL.secondaryHospital.citation} (${NATIONAL.secondaryHospital.note}); upgrade cost: scenarios/costs.json (assumption).` },
      },
    },
    budgets: { capital: { total: 0, source: { kind: "assumption", note: costs.budgets["yanjiang"]!.basis.en } } },
    notes,
  };
}
