/**
 * Monte Carlo uncertainty of population projections (docs/uncertainty.md): seeded draws, a fixed
 * allocation evaluated against them, the optimum re-solved per draw, and a robust (α-quantile) allocation.
 * Pure; the Node and browser worker pools run {@link runTask}.
 */
export { MC_DEFAULTS, MAX_DRAWS, checkMcOptions, type McOptions, type McSpec, type McIssue } from "./spec.js";
export { quantile, quantileSorted, empiricalQuantile, spreadOf, atMost, normalCdf, triangularQuantile, type Spread } from "./stats.js";
export { checkVariants } from "./variants.js";
export { drawPopulations, withPopulations, drawSeed, freshSeed, type PopulationDraw } from "./draws.js";
export { drawNeeds, evaluateNeeds, lineIndex, type Evaluation, type LineOutcome } from "./evaluate.js";
export { resolveDraws, summariseSolve } from "./resolve.js";
export { summariseResolve, additionKeys, type DrawSolve, type ResolveSummary } from "./resolve-summary.js";
export { quantileScenario } from "./robust.js";
export { chunks, type McTask, type McTaskResult, type Executor } from "./task.js";
export { runTask, serialExecutor } from "./runner.js";
export { runMonteCarlo, type McReport, type McOutcome, type McProgress, type RobustReport, type RunHooks } from "./run.js";
export { createPool, type Pool, type PoolPort, type PoolRequest, type PoolReply } from "./pool.js";
