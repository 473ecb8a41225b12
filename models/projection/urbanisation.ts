import type { Frame, Grid } from "./frame.js";
import { addProjectionIssue, type IssueContext } from "./messages.js";
import type { UrbanisationSpec } from "./spec.js";

/**
 * Moves a share of rural growth to urban zones, year by year, on top of a projection.
 *
 * `inner` is the projection over `frame`, whose years include `spec.baseYear` at `baseIndex`.
 * In each year y, each rural zone z (`urban === false`) whose figure is not its own gives
 * s × max(0, P_z(y) − P_z(baseYear)); the urban zones (`urban === true`) without own figures receive the
 * sum in proportion to their populations P_u(y). Zones without `urban`, and own figures, are untouched,
 * so the total of every year is preserved. Issues (path `zones`): rural growth to move but no urban zone,
 * or urban zones with no population that year.
 */
export function urbanise(frame: Frame, inner: Grid, baseIndex: number, spec: UrbanisationSpec, ctx: IssueContext): Grid {
  const rural = frame.zones.map((z) => z.urban === false);
  const urban = frame.zones.map((z) => z.urban === true);
  const grid: Grid = frame.zones.map(() => []);
  let reported = false;
  frame.years.forEach((year, t) => {
    const free = (z: number) => frame.own[z]![t] === undefined;
    const given = frame.zones.map((_, z) => (rural[z] && free(z) ? spec.share * Math.max(0, inner[z]![t]! - inner[z]![baseIndex]!) : 0));
    const moved = given.reduce((a, b) => a + b, 0);
    const receiving = frame.zones.map((_, z) => (urban[z] && free(z) ? inner[z]![t]! : 0));
    const urbanPopulation = receiving.reduce((a, b) => a + b, 0);
    if (moved > 0 && urbanPopulation === 0 && !reported) {
      addProjectionIssue(ctx, ["zones"], urban.includes(true) ? "noUrbanPopulation" : "noUrbanZones", { year });
      reported = true;
    }
    frame.zones.forEach((_, z) => {
      const received = urbanPopulation > 0 ? (moved * receiving[z]!) / urbanPopulation : 0;
      grid[z]!.push(inner[z]![t]! - given[z]! + received);
    });
  });
  return grid;
}

