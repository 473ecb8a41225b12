/** The configurations of the three city plans: Suining, Zigong, Dazhou. */
import { type Source } from "../../models/scenario/index.js";
import { populations, loadSeed, L, note, points, apportion, planSource, seedNumber, seedBaseline, NATIONAL, target, type County } from "./common.js";
import { PLACEHOLDER_STOCK, zoneTarget, CITY_STOCK_NOTE, type Per, type CityConfig } from "./city.js";

export function suiningConfig(): CityConfig {
  const seed = loadSeed("suining");
  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const stock = (ref: string, label: string): Per => ({ value: seedBaseline(seed, ref), source: ps(ref), label: `${seedBaseline(seed, ref)} (plan 2020 baseline)` });
  const doc = "000_c57004b7fa453fa3.txt";
  const named = (line: number, phrase: string, n: string): Source => ({ kind: "plan", seed: "suining", file: doc, line, phrase, citation: `${seed.title.zh}，seeds/documents/${doc} 第 ${line} 行`, note: n });
  const quota = (zone: string, ref: string) => ({ zone, min: seedNumber(seed, ref), max: seedNumber(seed, ref), candidates: seedNumber(seed, ref), source: ps(ref) });
  return {
    region: "suining", name: L("遂宁市", "Suining"),
    zoneIds: { 船山区: "chuanshan", 安居区: "anju", 射洪市: "shehong", 蓬溪县: "pengxi", 大英县: "daying" },
    stock: { beds: PLACEHOLDER_STOCK.beds, doctors: stock("doctorsPer1000", "doctors"), nurses: stock("nursesPer1000", "nurses"), pharmacists: stock("pharmacistsPer1000", "pharmacists"), gps: PLACEHOLDER_STOCK.gps },
    targets: () => [
      zoneTarget("bedsPer1000", "beds", NATIONAL.beds.value, 1000, L("每千人口医疗卫生机构床位数（国家标准）", "Beds per 1,000 (national standard)"), { ...NATIONAL.beds.source, note: `The Suining plan sets no bed ratio (seed note). ${NATIONAL.beds.source.note}` }),
      zoneTarget("doctorsPer1000", "doctors", seedNumber(seed, "doctorsPer1000"), 1000, L("每千常住人口执业（助理）医师数", "Licensed doctors per 1,000"), ps("doctorsPer1000")),
      zoneTarget("nursesPer1000", "nurses", seedNumber(seed, "nursesPer1000"), 1000, L("每千常住人口注册护士数", "Registered nurses per 1,000"), ps("nursesPer1000")),
      zoneTarget("pharmacistsPer1000", "pharmacists", seedNumber(seed, "pharmacistsPer1000"), 1000, L("每千常住人口药师（士）数", "Pharmacists per 1,000"), ps("pharmacistsPer1000")),
      zoneTarget("gpsPer10000", "gps", NATIONAL.gps.value, 10000, L("每万人口全科医生数（国家标准）", "GPs per 10,000 (national standard)"), { ...NATIONAL.gps.source, note: `The Suining plan sets no GP ratio. ${NATIONAL.gps.source.note}` }),
      target("ambulancesPer30000", "ambulances", 1, 30000, "region", "expected", L("每3万人口救护车数（国家标准）", "Ambulances per 30,000 (national standard)"), { ...NATIONAL.ambulances.source, note: `The Suining plan sets no ambulance ratio. ${NATIONAL.ambulances.source.note} City-wide (以地级市为单位); the fleet is held at 船山区's hospitals (assumption).` }),
    ],
    named: {
      chuanshan: [
        ["longfengChc", "龙凤中心卫生院", "Longfeng central township health centre", named(2299, "船山区中医医疗健康集团“1+3”建设模式：龙凤中心卫生院与老", "Named by the plan as a model of grassroots medical alliances in 船山区 (lines 1415, 2299); it does not say it becomes a sub-centre.")],
        ["laochiChc", "老池中心卫生院", "Laochi central township health centre", named(1415, "推广龙凤中心卫生院与老池中心卫", "Named by the plan (lines 1415–1417, 2299–2301, 船山区).")],
      ],
      shehong: [["jinhuaChc", "金华中心卫生院", "Jinhua central township health centre", named(1417, "探索以金华中心卫生院、河边中心卫生院等县域医疗次", "The plan calls it a 县域医疗次中心 (line 1417). Its county (射洪市, 金华镇) is from general knowledge, not from the plan.")]],
      daying: [["hebianChc", "河边中心卫生院", "Hebian central township health centre", named(1417, "探索以金华中心卫生院、河边中心卫生院等县域医疗次", "The plan calls it a 县域医疗次中心 (line 1417). Its county (大英县, 河边镇) is from general knowledge, not from the plan.")]],
    },
    siting: {
      total: seedNumber(seed, "countySubCentres"), source: ps("countySubCentres", "12 sub-centres with the 专栏4 quotas (lines 1407–1409)."),
      quotas: [quota("chuanshan", "countySubCentresChuanshan"), quota("anju", "countySubCentresAnju"), quota("shehong", "countySubCentresShehong"), quota("pengxi", "countySubCentresPengxi"), quota("daying", "countySubCentresDaying")],
    },
    ambulanceHost: "chuanshan",
    notes: ({ populationNote }) => [
      ...points("人口", "Populations", populationNote),
      ...CITY_STOCK_NOTE("医师 2.96、护士 3.00、药师 0.34（规划 2020 年基期，第 386—390 行）", "doctors 2.96, nurses 3.00, pharmacists 0.34 per 1,000 (plan 2020 baselines, lines 386–390)"),
      ...points("目标：规划与上级标准", "Targets: the plan's and borrowed", [
        ["医师 3.0、护士 3.2、药师 0.55（每千常住人口，规划表，预期性）按县逐一计算。", "Doctors 3.0, nurses 3.2, pharmacists 0.55 per 1,000 (the plan's table, expected), applied county by county."],
        ["规划无床位比例：采用国家《医疗机构设置规划指导原则（2021—2025年）》7.4（凭记忆，未核实原文，可信度中等）。", "No bed ratio in the plan: the national 医疗机构设置规划指导原则（2021—2025年） 7.4 is used (recalled, not verified — medium confidence)."],
        ["无全科医生比例：取国办发〔2018〕3号 2020 年 2—3 名与 2030 年 5 名之间的直线内插 4.0（内插为本情景假设）。", "No GP ratio: 4.0, our straight-line interpolation between 国办发〔2018〕3号's 2–3 (2020) and 5 (2030)."],
        ["无救护车比例：取国卫医发〔2020〕19号每 3 万人口 1 辆。以上均标为 national，未借用其他市的规划。托位未建模。", "No ambulance ratio: 国卫医发〔2020〕19号's 1 per 30,000. All labelled national; nothing borrowed from a sibling plan. Childcare places are not modelled."],
      ]),
      ...points("县域医疗卫生次中心", "County sub-centres", [
        ["规划建设 12 个次中心：船山 4、安居 2、射洪 2、蓬溪 2、大英 2（专栏4，第 1407—1409 行），未列名单。", "12 sub-centres by county quota: 船山 4, 安居 2, 射洪 2, 蓬溪 2, 大英 2 (专栏4, lines 1407–1409), none named."],
        ["县级尺度上模型无法在镇之间选择，每县候选数等于名额：文本提到的龙凤、老池（船山）、金华（射洪）、河边（大英）中心卫生院，其余为占位。", "At county resolution the model cannot choose between towns: each county has its quota of candidates — 龙凤, 老池 (船山), 金华 (射洪), 河边 (大英) from the text, placeholders for the rest."],
        ["模型给出各次中心达到二级标准（床位 ≥ 100、护士 ≥ 40）所需增量与费用。导入各县中心卫生院名单及床位、人员后，可增加候选让模型选择。", "The model gives what each needs to reach the secondary standard (≥ 100 beds, ≥ 40 nurses) and the cost. Import the real centres with beds and staff to let it choose."],
      ]),
    ],
  };
}

export function zigongConfig(): CityConfig {
  const seed = loadSeed("zigong");
  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const counties = ["gongjing", "daan", "yantan", "rongxian", "fushun"];
  return {
    region: "zigong", name: L("自贡市", "Zigong"),
    zoneIds: { 自流井区: "ziliujing", 贡井区: "gongjing", 大安区: "daan", 沿滩区: "yantan", 荣县: "rongxian", 富顺县: "fushun" },
    stock: {
      beds: PLACEHOLDER_STOCK.beds,
      doctors: { value: seedBaseline(seed, "doctorsPer1000"), source: ps("doctorsPer1000"), label: "2.61 (plan 2020 baseline)" },
      nurses: { value: seedBaseline(seed, "nursesPer1000"), source: ps("nursesPer1000"), label: "3.15 (plan 2020 baseline)" },
      pharmacists: PLACEHOLDER_STOCK.pharmacists, gps: PLACEHOLDER_STOCK.gps,
    },
    targets: () => [
      zoneTarget("bedsPer1000", "beds", NATIONAL.beds.value, 1000, L("每千人口医疗卫生机构床位数（国家标准）", "Beds per 1,000 (national standard)"), { ...NATIONAL.beds.source, note: `The Zigong plan sets no bed ratio of any kind (seed note). ${NATIONAL.beds.source.note}` }),
      zoneTarget("doctorsPer1000", "doctors", seedNumber(seed, "doctorsPer1000"), 1000, L("每千常住人口执业（助理）医师数", "Licensed doctors per 1,000"), ps("doctorsPer1000")),
      zoneTarget("nursesPer1000", "nurses", seedNumber(seed, "nursesPer1000"), 1000, L("每千常住人口注册护士数", "Registered nurses per 1,000"), ps("nursesPer1000")),
      zoneTarget("pharmacistsPer1000", "pharmacists", seedNumber(seed, "pharmacistsPer1000"), 1000, L("每千常住人口药师（士）数", "Pharmacists per 1,000"), ps("pharmacistsPer1000")),
      zoneTarget("gpsPer10000", "gps", NATIONAL.gps.value, 10000, L("每万人口全科医生数（国家标准）", "GPs per 10,000 (national standard)"), { ...NATIONAL.gps.source, note: `The Zigong plan sets no GP ratio. ${NATIONAL.gps.source.note}` }),
      target("ambulancesPer30000", "ambulances", seedNumber(seed, "ambulancesPer30000"), 30000, "region", "expected", L("每3万人口救护车数", "Ambulances per 30,000"), ps("ambulancesPer30000", "以市为单位 (city-wide); the fleet is held at 自流井区's hospitals (assumption).")),
    ],
    siting: {
      total: seedNumber(seed, "countySubCentres"), source: ps("countySubCentres", "10 city-wide (专栏2, line 361); 1–2 in each district/county except 自流井 (line 345)."),
      quotas: [
        ...counties.map((zone) => ({ zone, min: 1, max: 2, candidates: 2, source: ps("countySubCentresPerCounty") })),
        { zone: "ziliujing", min: 0, max: 0, candidates: 0, source: ps("countySubCentresZiliujing") },
      ],
    },
    ambulanceHost: "ziliujing",
    notes: ({ populationNote }) => [
      ...points("人口", "Populations", populationNote),
      ...CITY_STOCK_NOTE("医师 2.61、护士 3.15（规划 2020 年基期，第 202—203 行；药师无基期）", "doctors 2.61, nurses 3.15 per 1,000 (plan 2020 baselines, lines 202–203; none for pharmacists)"),
      ...points("目标：规划与上级标准", "Targets: the plan's and borrowed", [
        ["医师 2.85、护士 3.8、药师 0.41（每千常住人口，规划表，预期性）按县逐一计算；救护车每 3 万人口 1 辆为规划专栏1（第 287 行，以市为单位）。", "Doctors 2.85, nurses 3.8, pharmacists 0.41 per 1,000 (the plan's table, expected), by county; ambulances 1 per 30,000 are the plan's own (line 287, city-wide)."],
        ["规划无任何床位比例：采用国家 7.4（凭记忆，未核实，可信度中等），标为 national。", "The plan sets no bed ratio at all: the national 7.4 is used (recalled, not verified — medium confidence), labelled national."],
        ["无全科医生比例：取国办发〔2018〕3号的直线内插 4.0（内插为假设）。精神科医师未建模：无存量，也无可靠的上级数字。托位未建模。", "No GP ratio: 4.0, our interpolation of 国办发〔2018〕3号. Psychiatrists not modelled: no stock and no higher-level figure we are sure of. Childcare not modelled."],
      ]),
      ...points("县域医疗卫生次中心", "County sub-centres", [
        ["规划：每个区县（自流井除外）建成 1—2 个（第 345 行），全市布局 10 个（专栏2，第 361 行）。自流井被排除，名额为 0。", "The plan: 1–2 in each district/county except 自流井 (line 345); 10 city-wide (专栏2, line 361). 自流井 is excluded: quota 0."],
        ["其余 5 个区县各 1—2 个、合计 10 个，即每县正好 2 个；每县设 2 个占位候选。规划未列名单，导入中心卫生院名单后可增加候选。", "1–2 in each of the other five, 10 in all, means exactly 2 each; each has 2 placeholder candidates. The plan names none; import the centres to add candidates."],
      ]),
    ],
  };
}

export function dazhouConfig(): CityConfig {
  const seed = loadSeed("dazhou");
  const ps = (ref: string, n?: string) => planSource(seed, ref, n);
  const zoneIds = { 通川区: "tongchuan", 达川区: "dachuan", 万源市: "wanyuan", 宣汉县: "xuanhan", 开江县: "kaijiang", 大竹县: "dazhu", 渠县: "quxian" } as Record<string, string>;
  const counties = populations["dazhou"]!.counties!;
  const pop = counties.map((c) => c.pop2020 ?? c.derived_pop2020?.value ?? c.derived_residual?.value ?? 0);
  const total = seedNumber(seed, "countySubCentres");
  const sum = pop.reduce((a, b) => a + b, 0);
  const split = apportion(total, pop);
  const borrowed = (s: Source) => ({ ...s, note: `The Dazhou plan sets no per-population ratio at all (seed note). ${s.note ?? ""}`.trim() });
  return {
    region: "dazhou", name: L("达州市", "Dazhou"), zoneIds,
    stock: { beds: PLACEHOLDER_STOCK.beds, doctors: PLACEHOLDER_STOCK.doctors, nurses: PLACEHOLDER_STOCK.nurses, gps: PLACEHOLDER_STOCK.gps },
    targets: () => [
      zoneTarget("bedsPer1000", "beds", NATIONAL.beds.value, 1000, L("每千人口医疗卫生机构床位数（国家标准）", "Beds per 1,000 (national standard)"), borrowed(NATIONAL.beds.source)),
      zoneTarget("doctorsPer1000", "doctors", NATIONAL.doctors.value, 1000, L("每千人口执业（助理）医师数（国家标准）", "Licensed doctors per 1,000 (national standard)"), borrowed(NATIONAL.doctors.source)),
      zoneTarget("nursesPer1000", "nurses", NATIONAL.nurses.value, 1000, L("每千人口注册护士数（国家标准）", "Registered nurses per 1,000 (national standard)"), borrowed(NATIONAL.nurses.source)),
      zoneTarget("gpsPer10000", "gps", NATIONAL.gps.value, 10000, L("每万人口全科医生数（国家标准）", "GPs per 10,000 (national standard)"), borrowed(NATIONAL.gps.source)),
      target("ambulancesPer30000", "ambulances", 1, 30000, "region", "expected", L("每3万人口救护车数（国家标准）", "Ambulances per 30,000 (national standard)"), { ...borrowed(NATIONAL.ambulances.source), note: `${borrowed(NATIONAL.ambulances.source).note} City-wide; the fleet is held at 通川区's hospitals (assumption).` }),
    ],
    siting: {
      total, source: ps("countySubCentres", "30 city-wide, to secondary general-hospital standard (line 32); the plan does not split them by county."),
      quotas: counties.map((c, i) => ({ zone: zoneIds[c.zh]!, min: split[i]!, max: split[i]!, candidates: split[i]!, source: { kind: "assumption", note: `Population share ${((100 * pop[i]!) / sum).toFixed(2)}% of 30 = ${((total * pop[i]!) / sum).toFixed(2)}, apportioned by largest remainder: ${split[i]}.` } satisfies Source })),
    },
    ambulanceHost: "tongchuan",
    notes: ({ populationNote }) => [
      ...points("人口", "Populations", [...populationNote, ["市七普公报把达州高新区单列，不同来源的县级数字口径可能不同。", "The census bulletin lists 达州高新区 separately; county figures from different sources may not share one boundary basis."]]),
      ...CITY_STOCK_NOTE("方案没有任何存量数字", "the plan prints no stock figure at all"),
      ...points("目标全部来自上级标准", "Every target is borrowed", [
        ["方案没有任何每千人口比例，所有目标均取上级标准，标为 national。", "The plan sets no per-1,000 ratio: every target is a higher-level standard, labelled national."],
        ["床位 7.4（《医疗机构设置规划指导原则（2021—2025年）》，凭记忆、未核实，可信度中等）；医师 3.2、护士 3.8（《“十四五”国民健康规划》，可信度较高）。", "Beds 7.4 (医疗机构设置规划指导原则, recalled, unverified — medium); doctors 3.2, nurses 3.8 (“十四五”国民健康规划, fairly high confidence)."],
        ["全科医生 4.0（国办发〔2018〕3号的直线内插，内插为假设）；救护车每 3 万人口 1 辆（国卫医发〔2020〕19号）。川办发〔2024〕8号的数字未能核实，未采用。", "GPs 4.0 (our interpolation of 国办发〔2018〕3号); ambulances 1 per 30,000 (国卫医发〔2020〕19号). Figures of 川办发〔2024〕8号 could not be checked and are not used."],
      ]),
      ...points("县域医疗卫生次中心", "County sub-centres", [
        ["方案要求全市建设 30 个（第 32 行），未按县分配。本情景按县人口占比以最大余数法分配名额（假设），每县候选数等于名额。", "30 city-wide (line 32), no county split. The scenario apportions them by county population (largest remainder — an assumption); each county has as many candidates as its quota."],
        ["为何不让模型分配：各县存量都是按人口计的全国平均占位数，每千人缺口相同，任何分法对目标都一样（并列），模型的选择没有信息。", "Why the model does not split them: every county's stock is a national-average placeholder, so gaps per 1,000 are equal and any split ties on every goal — a pick would carry no information."],
        ["填入各县实际床位、人员和中心卫生院名单后，放宽名额区间、增加候选，模型即可按缺口分配。", "Enter the counties' real beds, staff and central township health centres, widen the quota bands and add candidates: the model then splits them by need."],
      ]),
    ],
  };
}
