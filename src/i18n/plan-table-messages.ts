/** Labels of the plan table 1 view, the result export and the import template (a `planTable` block of `Messages`). */
export type PlanTableMessages = {
  readonly title: string;
  readonly intro: (count: string) => string;
  readonly waiting: string;
  readonly noAllocation: string;
  readonly unmetNote: string;
  readonly noTarget: (resource: string) => string;
  readonly caption: (target: string, year: string, ratio: string) => string;
  readonly columns: {
    readonly facility: string;
    readonly tier: string;
    readonly planned: string;
    readonly existing: string;
    readonly model: string;
    readonly difference: string;
    readonly served: string;
    readonly reasons: string;
  };
  readonly total: string;
  readonly estimated: string;
  readonly estimatedTitle: string;
  readonly estimatedLegend: string;
  readonly findings: string;
  readonly subCentres: string;
  readonly subCentresIntro: (count: string, requirements: string) => string;
  readonly chosen: string;
  readonly notChosen: string;
  readonly notChosenTitle: string;
  readonly noCandidates: string;
  /** Export of the result and download of the import template. */
  readonly exports: {
    readonly resultXlsx: string;
    readonly resultCsv: string;
    readonly resultTitle: string;
    readonly notReady: string;
    readonly template: string;
    readonly templateXlsx: string;
    readonly templateZonesCsv: string;
    readonly templateFacilitiesCsv: string;
    readonly templateNote: string;
    readonly failed: (why: string) => string;
  };
};
