/** The Rongchang 2025 scenario: towns and streets, the six area centres the plan names. */
import { type ScenarioInput, type Source, type Tier } from "../../models/scenario/index.js";
import { costs, populations, loadSeed, L, note, points, apportion, shares, round, planSource, seedNumber, seedBaseline, NATIONAL, NATIONAL_2020, resources, COST_NOTE, zoneOf, districtZones, target, type Note, type FacilityIn, type TargetIn, type Town } from "./common.js";
import { GRASSROOTS_TIERS, facilityIdOf } from "./yanjiang.js";

// ---------------------------------------------------------------- Rongchang (district; six area centres)

export function buildRongchang(): ScenarioInput {
  const seed = loadSeed("rongchang");
  const r = populations["rongchang"]!;
  const census = r.census2020.total;
  const total2025 = Math.round(seedNumber(seed, "population2025") * 10000);
  const zones = districtZones("rongchang", total2025, L(
    `The 2020 census total (${census}) split equally over the 21 towns and streets — the no-information estimate (no published 2020 figure by town). 2025: the plan's own projection 约74.17万 (line 172) = ${total2025}, split equally. Replace by importing a CSV/xlsx of town populations.`,
    `2020 年普查总数（${census} 人）在 21 个镇/街道间平均分配（无分乡镇公开数据）。2025 年：规划第 172 行“2025年常住人口约74.17万人” = ${total2025} 人，平均分配。导入镇街人口 CSV/xlsx 即可替换。`,
  ));
  const zoneByZh = new Map(zones.map((z) => [z.zh, z.id]));
  const zoneIds = zones.map((z) => z.id);
  const everyone = shares(zoneIds, zones.map((z) => z.p2025));

  const beds2020 = Math.round((seedBaseline(seed, "bedsPer1000") * census) / 1000);
  const grassBeds = Math.round(beds2020 * (1 - NATIONAL_2020.hospitalBedShare));
  const doctors2020 = Math.round((seedBaseline(seed, "doctorsPer1000") * census) / 1000);
  const nurses2020 = Math.round((seedBaseline(seed, "nursesPer1000") * census) / 1000);
  const gps2020 = Math.round((seedBaseline(seed, "gpsPer10000") * census) / 10000);

  const named = new Map(seed.facilities.filter((f) => f.zone).map((f) => [zoneByZh.get(f.zone!)!, f]));
  const centres = zones.map((z) => {
    const sf = named.get(z.id);
    const tier = (sf?.tier ?? (z.kind === "street" ? "communityCentre" : "townshipCentre")) as Tier;
    return {
      id: facilityIdOf(tier, z.id, sf?.id ?? ""), zone: z.id, tier,
      name: sf ? sf.name : L(`${z.zh}基层医疗卫生机构（规划未列名）`, `${z.en} health centre (not named in the plan)`),
      source: sf ? planSource(seed, sf.id, tier === "countySubCentre" ? "片区中心 / 基层区域医疗中心 (lines 182, 270): to reach grade 1A (一级甲等)." : "专栏2 construction project.") : ({ kind: "assumption", note: "One grassroots institution per town or street (the plan counts 21, line 294); this one is not named in the plan." } satisfies Source),
    };
  });
  const grassShare = apportion(grassBeds, centres.map(() => 1));
  const hospitals = {
    id: "districtHospitals", name: L("区级及其他医院（合计：区人民医院、区中医院、区妇幼保健院、区精神卫生中心、永荣总医院等）", "District and other hospitals (aggregate: people's, TCM, maternal–child, mental health, Yongrong general, …)"),
    tier: "districtGeneralHospital" as Tier, zone: "changyuan", beds: beds2020 - grassBeds,
  };
  const bedsAll = [hospitals.beds, ...grassShare];
  const doctors = apportion(doctors2020, bedsAll);
  const nurses = apportion(nurses2020, bedsAll);
  const gps = [0, ...apportion(gps2020, centres.map(() => 1))];
  const facilities: FacilityIn[] = [
    {
      id: hospitals.id, name: hospitals.name, tier: hospitals.tier, zone: hospitals.zone, catchment: everyone,
      existing: { beds: bedsAll[0]!, doctors: doctors[0]!, nurses: nurses[0]!, gps: 0, ambulances: 0 },
      source: { kind: "estimate", note: "The plan names its district hospitals (专栏2 lines 193–200) but gives no bed or staff figure for any; they are one aggregate here, serving every town in proportion to population, and all growth in hospital beds and hospital staff is placed here." },
    },
    ...centres.map((c, i): FacilityIn => {
      const wujia = c.id === "wujiaSrc";
      const areaCentre = c.tier === "countySubCentre";
      return {
        id: c.id, name: c.name, tier: c.tier, zone: c.zone,
        existing: { beds: bedsAll[i + 1]!, doctors: doctors[i + 1]!, nurses: nurses[i + 1]!, gps: gps[i + 1]!, ambulances: 0 },
        limits: wujia ? { min: { beds: 100 }, max: { beds: 100 } } : { ...(areaCentre ? { min: { beds: 20 } } : {}), noGrowth: ["beds"] },
        source: c.source,
      };
    }),
  ];

  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const targets: TargetIn[] = [
    target("bedsPer1000", "beds", seedNumber(seed, "bedsPer1000"), 1000, "region", "expected", L("每千常住人口医疗卫生机构编制床位数", "Authorised beds per 1,000 residents"), ps("bedsPer1000")),
    target("doctorsPer1000", "doctors", seedNumber(seed, "doctorsPer1000"), 1000, "region", "binding", L("每千常住人口执业（助理）医师数", "Licensed doctors per 1,000"), ps("doctorsPer1000")),
    target("nursesPer1000", "nurses", seedNumber(seed, "nursesPer1000"), 1000, "region", "binding", L("每千常住人口注册护士数", "Registered nurses per 1,000"), ps("nursesPer1000")),
    target("gpsPer10000", "gps", seedNumber(seed, "gpsPer10000"), 10000, "zone", "binding", L("每万常住人口全科医师数", "GPs per 10,000"), ps("gpsPer10000", "Applied town by town (zone scope): the plan states it district-wide (binding); GPs work in the town centres, so each town is held to it.")),
    target("ambulancesPer30000", "ambulances", 1, 30000, "region", "expected", L("每3万人口救护车数（国家标准）", "Ambulances per 30,000 (national standard)"), NATIONAL.ambulances.source),
  ];

  const notes: Note[] = [
    ...points("人口是估计值", "Town populations are ESTIMATES", [
      [`2020 年常住人口 ${census} 人为普查数；2025 年 ${total2025} 人为规划第 172 行的预测（约74.17万人，统计局提供）。`, `2020: ${census}, the census figure; 2025: ${total2025}, the plan's own projection (line 172, about 74.17万, from the statistics bureau).`],
      ["各镇街数字均为估计（标为 estimated）：无分乡镇公开数据，两年都在 21 个镇/街道间平均分配。导入镇街人口 CSV/xlsx 即可替换。", "Every town figure is an ESTIMATE (flagged estimated): none is published by town, so both years are split equally over 21 towns and streets. Import a CSV/xlsx to replace."],
      ["年龄构成为全区普查值（0—14 岁 16.04%，65 岁及以上 19.41%），套用于每个镇街。", "Age shares are the district's census shares (0–14: 16.04%, 65+: 19.41%), applied to every town."],
    ]),
    ...points("存量（推算与假设）", "Existing stock (derived, assumed)", [
      [`规划只给 2020 年每千人口比例（第 152—157 行）。按普查人口推算：编制床位 ${beds2020}、医师 ${doctors2020}、护士 ${nurses2020}、全科医师 ${gps2020}（推算值，假设规划以常住人口计）。`, `The plan gives 2020 ratios only (lines 152–157). On census population: ${beds2020} beds, ${doctors2020} doctors, ${nurses2020} nurses, ${gps2020} GPs (derived; assumes it counted residents).`],
      [`床位按全国 2020 年结构分配（基层约 18.1%，占位）：基层 ${grassBeds} 张平均分到 21 个基层机构；医师、护士随床位；全科医师平均分到基层。救护车现有数不详，记为 0。`, `Beds split by the national 2020 structure (grassroots ~18.1%, placeholder): ${grassBeds} shared by the 21 centres; doctors, nurses follow beds; GPs shared equally. Ambulances: unknown, 0.`],
    ]),
    ...points("机构", "Facilities", [
      ["基层：规划第 294 行的 21 个基层医疗机构，每个镇街一个；其中 4 个规划未列名，名称为占位。区级医院合为一项，服务全区。", "Grassroots: the 21 institutions of line 294, one per town or street; 4 are not named in the plan (placeholder names). District hospitals are one aggregate serving all."],
      ["六个片区中心（第 182、270 行；规划称“片区中心”“基层区域医疗中心”，未用“次中心”）记为 countySubCentre，达到一级甲等（一级综合医院 20—99 张）。", "The six area centres (lines 182, 270: 片区中心, 基层区域医疗中心 — never 次中心) have tier countySubCentre and reach grade 1A (first-level hospital: 20–99 beds)."],
      ["吴家镇中心卫生院提档为二级医院（第 270 行），床位定为 100 张（二级综合医院下限）。", "吴家镇中心卫生院 becomes a secondary hospital (line 270): its beds are set to 100, the secondary minimum."],
      ["假设：除吴家外基层机构不增床位（规划的基层重点是医防融合），医院床位和人员增量都放在区级医院汇总项。", "Assumption: except 吴家, grassroots centres add no beds (the plan's grassroots focus is prevention–care), so hospital beds and staff grow at the district hospitals."],
    ]),
    ...points("目标", "Targets", [
      ["床位 8.0（预期性）、医师 3.6、护士 4.7（约束性）按全区计；全科医师每万人 4 名（约束性）按镇街逐一计。", "Beds 8.0 (expected), doctors 3.6 and nurses 4.7 (binding) count district-wide; GPs 4 per 10,000 (binding) apply town by town."],
      ["救护车：规划未设比例，采用国家标准每 3 万人口 1 辆（国卫医发〔2020〕19号），标为 national。", "Ambulances: the plan sets no ratio; the national 1 per 30,000 (国卫医发〔2020〕19号) is used, labelled national."],
      ["未建模：医护比 1:2（“左右”“逐步”，与约束性密度矛盾）、每百床临床药师 0.7、精神科医师 6/10万、中医类别医师、托位（无存量数据）。", "Not modelled: doctor:nurse 1:2 ('about', 'gradually'; contradicts the binding densities), clinical pharmacists per 100 beds, psychiatrists, TCM doctors, childcare (no stock)."],
    ]),
    ...COST_NOTE,
    ...points("预算（规划数）", "Budget (the plan's figure)", [
      ["规划专栏2重大建设项目总投资 52.97 亿元（第 191 行）= 529,700 万元，用作资本预算。它是建设投资（含房屋），不全是床位和人员。", "The plan's 专栏2 projects total 52.97亿元 (line 191) = 529,700 万元, used as the capital limit. It is construction investment, buildings included, not only beds and staff."],
    ]),
  ];

  return {
    version: 1,
    region: { id: "rongchang", name: L("重庆市荣昌区", "Rongchang District, Chongqing"), level: "district", plan: seed.title, seed: "rongchang", baseYear: 2020, planYear: 2025, currency: "万元" },
    zones: zones.map(zoneOf),
    resources: resources(["beds", "doctors", "nurses", "gps", "ambulances"]),
    facilities,
    targets,
    rules: {
      staffRatios: [],
      sizes: [{ id: "firstLevelHospitalBeds", name: L("片区中心（一级综合医院）床位", "Area centre (first-level hospital) beds"), tiers: ["countySubCentre"], resource: "beds", min: 20, source: NATIONAL.firstLevelHospital }],
      noGrowth: [
        { tiers: GRASSROOTS_TIERS, resources: ["doctors", "nurses", "ambulances"], source: { kind: "assumption", note: "Hospital staff growth and ambulances are placed at the district hospitals; the plan does not split them by facility." } },
        { tiers: ["districtGeneralHospital"], resources: ["gps"], source: { kind: "assumption", note: "GPs are planned for the town centres." } },
      ],
    },
    budgets: { capital: { total: costs.budgets["rongchang"]!.totalWanYuan!, source: { ...ps(costs.budgets["rongchang"]!.seedTotal!, "Total investment of the 专栏2 construction projects, 52.97亿元 = 529,700 万元."), noteZh: costs.budgets["rongchang"]!.basis.zh } } },
    notes,
  };
}
