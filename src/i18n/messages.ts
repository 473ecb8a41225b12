import type { Goal, Tier } from "../../models/index.js";
import type { Verdict } from "../solve/verdict.js";
import type { SolvePhase } from "../solve/protocol.js";
import type { EditorSection, Notice } from "../state/types.js";
import type { ProposalError } from "../state/proposals.js";
import type { TeachMessages } from "./teach-messages.js";
import type { UncertaintyMessages } from "./uncertainty-messages.js";
import type { PlanTableMessages } from "./plan-table-messages.js";

/** The plans view's labels (kept from the first version of the app). */
type PlanMessages = {
  readonly plans: string;
  readonly plan: string;
  readonly docNumber: string;
  readonly period: string;
  readonly indicators: string;
  readonly targets: string;
  readonly facilities: string;
  readonly conflicts: string;
  readonly indicator: string;
  readonly unit: string;
  readonly baseline: string;
  readonly target: string;
  readonly nature: string;
  readonly source: string;
  readonly binding: string;
  readonly expected: string;
  readonly unstated: string;
  readonly line: string;
  readonly lineNo: (n: number) => string;
  readonly none: string;
  readonly usedFigure: string;
  readonly invalidSeed: string;
  readonly loading: string;
};

/** Every label the app shows, in one typed shape so that Chinese and English cannot drift apart. */
export type Messages = PlanMessages & {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly language: string;
  readonly switchTo: string;
  readonly tabs: { readonly plan: string; readonly compare: string; readonly plans: string; readonly teach: string; readonly uncertainty: string; readonly label: string };
  readonly scenario: string;
  /** Shown instead of the app inside a frame (clickjacking), in both languages. */
  readonly framed: string;
  readonly openAlone: string;
  /** After a scenario that could not be loaded: which one, and the one still open (edits go there). */
  readonly stillOn: (from: string, to: string) => string;
  /** A view or section whose code could not be loaded (offline, or gone after an update). */
  readonly lazyFailed: (what: string) => string;
  readonly retryLoad: string;
  readonly bundled: string;
  readonly kept: string;
  readonly toolbar: {
    readonly label: string;
    readonly undo: string;
    readonly redo: string;
    readonly reset: string;
    readonly open: string;
    readonly save: string;
    readonly importTable: string;
    readonly share: string;
    readonly print: string;
    readonly solver: string;
    readonly solverAuto: string;
    /** The exact fast path for separable allocations (models/fast/). */
    readonly solverFast: string;
  };
  readonly notices: Readonly<Record<Notice["key"], (detail: string) => string>>;
  /** After a table import, the columns ignored because their header was not recognised. */
  readonly importIgnored: {
    readonly title: string;
    readonly column: (letter: string, header: string) => string;
    readonly sheet: (sheet: string, columns: string) => string;
    readonly expected: (kind: "zones" | "facilities", headers: string) => string;
    readonly dismiss: string;
  };
  readonly issues: {
    readonly title: Readonly<Record<"edit" | "file" | "link" | "storage" | "paste" | "network", string>>;
    readonly dismiss: string;
    readonly more: (n: number) => string;
  };
  readonly sections: Readonly<Record<EditorSection, string>> & { readonly label: string };
  readonly editor: {
    readonly title: string;
    readonly capitalTotal: string;
    readonly invalidNumber: string;
    readonly capitalYear: (year: string) => string;
    readonly capitalByYearNote: string;
    readonly recurring: string;
    readonly recurringBasis: Readonly<Record<"added" | "total", string>>;
    readonly noRecurring: string;
    readonly addRecurring: string;
    readonly removeRecurring: string;
    readonly mainRatios: string;
    readonly perPeople: (per: string) => string;
    readonly planValue: string;
    readonly original: string;
    readonly changed: string;
    readonly band: string;
    readonly bandUpper: string;
    readonly noBand: string;
    readonly scope: Readonly<Record<"region" | "zone" | "catchment", string>>;
    readonly year: string;
    readonly zone: string;
    readonly estimated: string;
    readonly estimatedNote: string;
    readonly pasteHint: string;
    readonly populationOf: (zone: string, year: string) => string;
    /** The unit of a population figure, after a converted 万/亿 (`3.2万 = 32,000 人`). */
    readonly people: string;
    readonly total: string;
    readonly resource: string;
    readonly capitalCost: string;
    readonly runningCost: string;
    readonly wholeUnits: string;
    readonly perUnit: string;
    readonly perUnitYear: string;
    readonly tier: string;
    readonly existing: string;
    readonly min: string;
    readonly max: string;
    readonly noGrowth: string;
    readonly limitsOf: (facility: string) => string;
    readonly noLimit: string;
    readonly mode: string;
    readonly modes: Readonly<Record<"lexicographic" | "weighted", string>>;
    readonly order: string;
    readonly orderNote: string;
    readonly moveUp: (goal: string) => string;
    readonly moveDown: (goal: string) => string;
    readonly weights: string;
    readonly weightOf: (goal: string) => string;
    readonly regionNameZh: string;
    readonly regionNameEn: string;
    readonly baseYear: string;
    readonly planYear: string;
    readonly notes: string;
  };
  readonly goals: Readonly<Record<Goal, { readonly name: string; readonly note: string }>>;
  readonly tiers: Readonly<Record<Tier, string>>;
  readonly solve: {
    readonly phases: Readonly<Record<SolvePhase, string>>;
    readonly working: string;
    readonly elapsed: (seconds: string) => string;
    readonly cancel: string;
    readonly cancelled: string;
    readonly failed: string;
    readonly outOfDate: string;
    readonly retry: string;
    readonly verdicts: Readonly<Record<Verdict, string>>;
    readonly verdictNotes: Readonly<Record<Verdict, string>>;
    readonly solvedBy: (solver: string, ms: string) => string;
  };
  /** Solve limits: the time-limit setting, a solve stopped by it, a model refused as too large. */
  readonly limits: {
    readonly label: string;
    readonly note: string;
    readonly timeout: (seconds: string) => string;
    readonly timeoutPartial: (seconds: string) => string;
    readonly previousShown: string;
    readonly hint: string;
    readonly refused: string;
    readonly useHighs: string;
    readonly useAuto: string;
  };
  /** Autosave trouble (IndexedDB missing, full or failing) and the way out. */
  readonly storage: {
    readonly title: string;
    readonly unavailable: string;
    readonly full: string;
    readonly failed: string;
    readonly inMemory: string;
    readonly backup: string;
  };
  readonly results: {
    readonly title: string;
    readonly allocation: string;
    readonly facility: string;
    readonly existing: string;
    readonly added: string;
    readonly total: string;
    readonly allFacilities: string;
    readonly onlyGains: string;
    readonly withUnit: (name: string, unit: string) => string;
    readonly byYear: string;
    readonly coverage: string;
    readonly coverageOf: string;
    readonly chartTarget: string;
    readonly chartDesc: (target: string) => string;
    readonly showAll: (n: number) => string;
    readonly showWorst: (n: number) => string;
    readonly supplied: string;
    readonly need: string;
    readonly shortfall: string;
    readonly targetLine: string;
    readonly upperLine: string;
    readonly perUnitOf: (per: string) => string;
    readonly budget: string;
    readonly used: string;
    readonly limit: string;
    readonly capital: string;
    readonly capitalYear: (year: number) => string;
    readonly recurring: string;
    readonly explanation: string;
    readonly bindingConstraints: string;
    readonly noBinding: string;
    readonly capitalValue: (pts: string) => string;
    readonly capitalValueNone: string;
    readonly capitalValuePending: string;
    /** The time limit ran out while the marginal value was being computed (the allocation stands). */
    readonly capitalValueTimeout: string;
    /** The solve was cancelled or failed while the marginal value was being computed. */
    readonly capitalValueStopped: string;
    readonly unmetTitle: string;
    readonly unmetRow: (target: string, unit: string, gap: string, need: string) => string;
    readonly gaps: string;
    readonly noGaps: string;
    readonly gapRow: (unit: string, pct: string) => string;
    readonly subCentres: string;
    readonly map: string;
    readonly mapNote: string;
    readonly violations: string;
    readonly saveAs: string;
    readonly proposalName: string;
    readonly proposalPrefix: string;
    readonly saveErrors: Readonly<Record<ProposalError, string>>;
    readonly summary: { readonly capital: string; readonly recurring: string; readonly worst: string; readonly met: string; readonly none: string };
  };
  readonly compare: {
    readonly title: string;
    readonly proposals: string;
    readonly empty: string;
    readonly pick: string;
    readonly include: (name: string) => string;
    readonly remove: (name: string) => string;
    readonly savedAt: string;
    readonly metric: string;
    readonly status: string;
    readonly capitalUsed: string;
    readonly recurringUsed: string;
    readonly addedOf: (resource: string) => string;
    readonly worstGap: string;
    readonly zonesShort: string;
    readonly coverageByZone: string;
    readonly differsMost: string;
    readonly difference: string;
    readonly reference: string;
    readonly noDifference: string;
    readonly otherScenario: string;
    readonly maxReached: string;
  };
  readonly report: {
    readonly title: string;
    readonly comparisonTitle: string;
    readonly printed: (date: string) => string;
    readonly assumptions: string;
    readonly sources: string;
    readonly noNotes: string;
    readonly budgets: string;
  };
  /** The teaching tab (src/i18n/teach-*.ts). */
  readonly teach: TeachMessages;
  /** The uncertainty tab (src/i18n/uncertainty-*.ts). */
  readonly uncertainty: UncertaintyMessages;
  /** The plan table 1 view, result export and import template (src/i18n/plan-table-*.ts). */
  readonly planTable: PlanTableMessages;
};

/** The app's locales. */
export type Locale = "zh-CN" | "en";
