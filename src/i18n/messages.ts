/** Every label the app shows, in one typed shape so that Chinese and English cannot drift apart. */
export type Messages = {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly language: string;
  readonly switchTo: string;
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
  readonly none: string;
  readonly usedFigure: string;
  readonly invalidSeed: string;
};

/** The app's locales. */
export type Locale = "zh-CN" | "en";
