import { hasAllocation } from "../solve/verdict.js";
import type { AppState, Proposal } from "./types.js";

/** Why the current result cannot be saved as a proposal. */
export type ProposalError = "noResult" | "outOfDate" | "notPlan" | "emptyName";

/** Longest proposal name kept. */
export const NAME_LIMIT = 60;

/** The next free default name: "方案 1", "方案 2", … (the prefix is the locale's word). */
export function defaultProposalName(existing: readonly Proposal[], prefix: string): string {
  const taken = new Set(existing.map((p) => p.name));
  for (let n = existing.length + 1; ; n++) if (!taken.has(`${prefix} ${n}`)) return `${prefix} ${n}`;
}

/**
 * A proposal from the current checked result: only a final result of the current revision that carries
 * an allocation (a plan, or a plan whose binding gaps cannot be met) may be saved.
 */
export function makeProposal(s: AppState, name: string, savedAt: string): { ok: true; proposal: Proposal } | { ok: false; error: ProposalError } {
  const trimmed = name.trim().slice(0, NAME_LIMIT);
  if (!trimmed) return { ok: false, error: "emptyName" };
  const c = s.solve.checked;
  if (!c) return { ok: false, error: "noResult" };
  if (c.revision !== s.revision || !c.final) return { ok: false, error: "outOfDate" };
  if (!hasAllocation(c)) return { ok: false, error: "notPlan" };
  const id = `p${Date.parse(savedAt).toString(36)}${s.proposals.length.toString(36)}`;
  return {
    ok: true,
    proposal: { id, name: trimmed, savedAt, workspace: s.workspace.key, scenario: s.scenario, result: c.result, violations: c.violations },
  };
}
