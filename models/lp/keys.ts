/**
 * The only place variable and constraint names are formatted. Names are readable CPLEX LP identifiers:
 * `add_beds_wuhuang_chc_2025`, `cover_doctors_danshan_2025`, `short_bedsPer1000_A`.
 * CPLEX LP names may not contain `-` or `:`; ids may contain `-`, which becomes `.`.
 */
function part(id: string | number): string {
  return String(id).replace(/-/g, ".");
}

/** Units of resource `resource` added at `facility` in `year`. */
export const addKey = (resource: string, facility: string, year: number) => `add_${part(resource)}_${part(facility)}_${year}`;
/** Relative shortfall of target `target` at unit `unit`. */
export const shortfallKey = (target: string, unit: string) => `short_${part(target)}_${part(unit)}`;
/** Relative surplus above a band. */
export const surplusKey = (target: string, unit: string) => `surplus_${part(target)}_${part(unit)}`;
/** The worst relative shortfall (equity level). */
export const equityKey = () => "equity_worst_shortfall";
/** Relative deficit of a soft staff-ratio rule on one side at a facility or the region. */
export const deficitKey = (side: "min" | "max", rule: string, where: string) => `deficit_${side}_${part(rule)}_${part(where)}`;
/** 1 when `facility` becomes a county sub-centre. */
export const siteKey = (facility: string) => `site_${part(facility)}`;

/** Coverage of target `target` (on `resource`) at `unit` for `year`. */
export const coverKey = (resource: string, target: string, unit: string, year: number) => `cover_${part(resource)}_${part(target)}_${part(unit)}_${year}`;
/** Band upper limit of a target at a unit. */
export const bandKey = (target: string, unit: string) => `band_${part(target)}_${part(unit)}`;
/** Equity level above one unit's relative shortfall. */
export const equityRowKey = (target: string, unit: string) => `worst_${part(target)}_${part(unit)}`;
/** Capital budget, cumulative to `year` (or the total). */
export const capitalKey = (year: number | null) => (year === null ? "capital_total" : `capital_${year}`);
/** Recurring budget. */
export const recurringKey = (year: number | null = null) => (year === null ? "recurring_total" : `recurring_${year}`);
/** Upper or lower limit of a resource at a facility. */
export const limitKey = (side: "max" | "min", resource: string, facility: string) => `${side}_${part(resource)}_${part(facility)}`;
/** A sub-centre's requirement of a resource. */
export const requirementKey = (resource: string, facility: string) => `subcentre_${part(resource)}_${part(facility)}`;
/** A staff-ratio rule at a facility or region-wide. */
export const ratioKey = (side: "min" | "max", rule: string, where: string) => `ratio_${side}_${part(rule)}_${part(where)}`;
/** Sub-centre count, overall or in a quota. */
export const sitingKey = (quota: number | null) => (quota === null ? "subcentres_count" : `subcentres_quota_${quota}`);
/** A goal held at its optimum in a later lexicographic phase. */
export const goalKey = (goal: string) => `hold_${goal}`;

/** Makes names unique by suffixing `_2`, `_3`, … (ids with `_` could otherwise collide). */
export class NameRegistry {
  private readonly seen = new Map<string, number>();
  /** A unique version of `name`. */
  unique(name: string): string {
    const n = this.seen.get(name);
    if (n === undefined) {
      this.seen.set(name, 1);
      return name;
    }
    this.seen.set(name, n + 1);
    return this.unique(`${name}_${n + 1}`);
  }
}
