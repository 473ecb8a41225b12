import { addDomainIssue } from "../issues.js";
import { gridOf, type Frame, type Grid } from "./frame.js";
import { addProjectionIssue, type IssueContext, type Path } from "./messages.js";
import type { TableSpec } from "./spec.js";

/**
 * The user's own figures: `figures[zone][year]`, where the zone has no own figure for that year.
 * A zone id the scenario lacks, or a year with no figure at all, is an issue at `at.figures…`.
 */
export function projectTable(frame: Frame, spec: TableSpec, at: Path, ctx: IssueContext): Grid {
  const ids = new Set(frame.zones.map((z) => z.id));
  for (const id of Object.keys(spec.figures)) if (!ids.has(id)) addDomainIssue(ctx, [...at, "figures", id], "unknownZone", { id });
  return gridOf(frame, (z, t) => {
    const id = frame.zones[z]!.id;
    const year = frame.years[t]!;
    const figure = spec.figures[id]?.[String(year)];
    if (figure === undefined) addProjectionIssue(ctx, [...at, "figures", id, String(year)], "missingFigure", { id, year });
    return figure ?? Number.NaN;
  });
}
