import { scaleLinear, scaleSqrt } from "d3";

/** A zone with coordinates, its population and how well the shown target covers it (null: not zone-scoped). */
export type MapZone = { readonly id: string; readonly label: string; readonly lat: number; readonly lon: number; readonly population: number; readonly coverage: number | null };

/** A placed zone: centre, radius and coverage class. */
export type MapDot = { readonly id: string; readonly label: string; readonly x: number; readonly y: number; readonly r: number; readonly level: "met" | "near" | "short" | "none" };

/** The schematic: dots placed by longitude/latitude (equirectangular, longitude shrunk by cos(latitude)). */
export type ZoneMapLayout = { readonly width: number; readonly height: number; readonly dots: readonly MapDot[] };

const PAD = 28;

function levelOf(coverage: number | null): MapDot["level"] {
  if (coverage === null) return "none";
  if (coverage >= 1 - 1e-6) return "met";
  return coverage >= 0.9 ? "near" : "short";
}

/** Lays zones out in a `width`-wide box keeping the aspect of the area; null when fewer than two zones have coordinates. */
export function zoneMapLayout(zones: readonly MapZone[], width: number): ZoneMapLayout | null {
  if (zones.length < 2) return null;
  const lat0 = zones.reduce((a, z) => a + z.lat, 0) / zones.length;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const xs = zones.map((z) => z.lon * k);
  const ys = zones.map((z) => z.lat);
  const [xMin, xMax, yMin, yMax] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const spanX = Math.max(xMax - xMin, 1e-6);
  const spanY = Math.max(yMax - yMin, 1e-6);
  const innerW = width - 2 * PAD;
  const height = Math.round(Math.min(Math.max(innerW * (spanY / spanX), 160), 460) + 2 * PAD);
  const unit = Math.min(innerW / spanX, (height - 2 * PAD) / spanY);
  const ox = PAD + (innerW - spanX * unit) / 2;
  const oy = PAD + (height - 2 * PAD - spanY * unit) / 2;
  const x = scaleLinear().domain([xMin, xMax]).range([ox, ox + spanX * unit]);
  const y = scaleLinear().domain([yMin, yMax]).range([oy + spanY * unit, oy]);
  const r = scaleSqrt().domain([0, Math.max(1, ...zones.map((z) => z.population))]).range([2, 18]);
  return { width, height, dots: zones.map((z, i) => ({ id: z.id, label: z.label, x: x(xs[i]!), y: y(ys[i]!), r: r(z.population), level: levelOf(z.coverage) })) };
}
