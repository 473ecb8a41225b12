import type { Label, Scenario, Target } from "../../models/index.js";
import { formatNumber, formatPer, pick, type Locale } from "../i18n/index.js";

const POPULATION_WORD: Readonly<Record<Target["population"], Label>> = {
  residents: { zh: "常住人口", en: "residents" },
  children0to3: { zh: "0–3岁儿童", en: "children aged 0–3" },
  children0to14: { zh: "0–14岁儿童", en: "children aged 0–14" },
  elderly65: { zh: "65岁以上老人", en: "people aged 65+" },
};

/** The name of a resource in the locale (its id when unknown). */
export function resourceName(s: Scenario, id: string, locale: Locale): string {
  const r = s.resources.find((x) => x.id === id);
  return r ? pick(r.name, locale) : id;
}

/** The unit word of a resource (张, 人, 辆 / beds, people). */
export function resourceUnit(s: Scenario, id: string, locale: Locale): string {
  const r = s.resources.find((x) => x.id === id);
  return r ? pick(r.unit, locale) : "";
}

/** Whether a resource is added in whole units. */
export function isWhole(s: Scenario, id: string): boolean {
  return s.resources.find((x) => x.id === id)?.wholeUnits ?? true;
}

/** "每千常住人口床位" / "Beds per 1,000 residents": the ratio's base in words. */
export function ratioBase(s: Scenario, t: Target, locale: Locale): string {
  const pop = pick(POPULATION_WORD[t.population], locale);
  const res = resourceName(s, t.resource, locale);
  return locale === "zh-CN" ? `每${formatPer(t.per, locale)}${pop}${res}` : `${res} per ${formatPer(t.per, locale)} ${pop}`;
}

/** A target's name: its own label, else the ratio base. */
export function targetName(s: Scenario, t: Target, locale: Locale): string {
  return t.name ? pick(t.name, locale) : ratioBase(s, t, locale);
}

/** A target's name by id (the id when unknown). */
export function targetNameById(s: Scenario, id: string, locale: Locale): string {
  const t = s.targets.find((x) => x.id === id);
  return t ? targetName(s, t, locale) : id;
}

/** The figure a target asks for: "6" or the band "5–6". */
export function targetFigure(t: Target, locale: Locale): string {
  const lo = formatNumber(t.ratio, locale, 3);
  return t.upper === undefined ? lo : `${lo}–${formatNumber(t.upper, locale, 3)}`;
}

/** A zone's name (its id when unknown). */
export function zoneName(s: Scenario, id: string, locale: Locale): string {
  const z = s.zones.find((x) => x.id === id);
  return z ? pick(z.name, locale) : id;
}

/** A facility's name (its id when unknown). */
export function facilityName(s: Scenario, id: string, locale: Locale): string {
  const f = s.facilities.find((x) => x.id === id);
  return f ? pick(f.name, locale) : id;
}

/** The name of a coverage unit: a zone, a facility's catchment, or the whole region. */
export function unitName(s: Scenario, unit: string, scope: "zone" | "catchment" | "region", locale: Locale): string {
  if (scope === "region") return pick(s.region.name, locale);
  return scope === "zone" ? zoneName(s, unit, locale) : facilityName(s, unit, locale);
}
