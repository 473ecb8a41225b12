import { LitElement, css, html, nothing, svg, type PropertyValues } from "lit";
import { customElement, property } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type { AllocationResult, Scenario } from "../../models/index.js";
import { pick, type Locale, type Messages } from "../i18n/index.js";
import { baseStyles } from "../components/styles.js";
import { chartStyles, WidthController } from "./chart-support.js";
import { zoneMapLayout, type MapZone, type ZoneMapLayout } from "./zone-map-layout.js";

/** A schematic of the zones by their coordinates, coloured by coverage of the shown target; nothing when zones have no coordinates. */
@customElement("cp-zone-map")
export class CpZoneMap extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) result!: AllocationResult;
  @property() target = "";
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  private layout: ZoneMapLayout | null = null;
  private readonly size = new WidthController(this);

  static override styles = [baseStyles, chartStyles, css`
    circle { stroke: #fff; stroke-width: 1; }
    .met { fill: var(--cp-ok); } .near { fill: #b45309; } .short { fill: var(--cp-bad); } .none { fill: var(--cp-accent); }
    text.name { font-size: 10.5px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
    .sw.met { background: var(--cp-ok); border-radius: 50%; } .sw.near { background: #b45309; border-radius: 50%; } .sw.short { background: var(--cp-bad); border-radius: 50%; }
  `];

  protected override willUpdate(_: PropertyValues<this>): void {
    const width = this.size.width || 480;
    const zones: MapZone[] = this.scenario.zones.flatMap((z) => {
      if (!z.coordinates) return [];
      const line = this.result.coverage.find((c) => c.target === this.target && c.scope === "zone" && c.unit === z.id);
      return [{ id: z.id, label: pick(z.name, this.locale), lat: z.coordinates.lat, lon: z.coordinates.lon, population: line?.population ?? Object.values(z.population).at(-1) ?? 0, coverage: line && line.need > 0 ? line.supplied / line.need : null }];
    });
    this.layout = zoneMapLayout(zones, width);
  }

  override render() {
    const l = this.layout;
    if (!l) return nothing;
    const m = this.messages.results;
    return html`<h3>${m.map}</h3><p class="small muted">${m.mapNote}</p>
      <div class="legend" aria-hidden="true"><span><i class="sw met"></i>≥100%</span><span><i class="sw near"></i>90–100%</span><span><i class="sw short"></i>&lt;90%</span></div>
      <svg width=${l.width} height=${l.height} role="img" aria-label=${`${m.map}: ${m.mapNote}`}>
        ${repeat(l.dots, (d) => d.id, (d) => svg`<g><circle class=${d.level} cx=${d.x} cy=${d.y} r=${d.r}><title>${d.label}</title></circle>
          <text class="name" x=${d.x} y=${d.y - d.r - 3} text-anchor="middle">${d.label}</text></g>`)}
      </svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-zone-map": CpZoneMap;
  }
}
