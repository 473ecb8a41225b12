export { ProvenanceSchema, BilingualSchema, type Provenance, type Bilingual } from "./provenance.js";
export { SeedValueSchema, valueNumbers, formatSeedValue, type SeedValue } from "./value.js";
export {
  NatureSchema, FigureSchema, ResourceKeySchema, IndicatorSchema, PopulationBaseSchema, RuleSchema,
  SeedTargetSchema, type Figure, type ResourceKey, type Indicator, type SeedTarget,
} from "./plan.js";
export { SeedFileSchema, SeedFacilitySchema, SeedTotalSchema, SeedConflictSchema, type SeedFile } from "./seed-file.js";
export { numbersIn, parseChineseNumeral } from "./numbers.js";
export { collectFigures, type LocatedFigure } from "./walk.js";
