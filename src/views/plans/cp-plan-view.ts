import { LitElement, css, html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { formatSeedValue, type SeedFile } from "../../../models/seed/index.js";
import type { Locale, Messages } from "../../i18n/index.js";

/** The plans' own figures: main indicators and resource ratios with their document line and phrase. */
@customElement("cp-plan-view")
export class CpPlanView extends LitElement {
  @property({ attribute: false }) seeds: readonly SeedFile[] = [];
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private selected = 0;

  static override styles = css`
    :host { display: block; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin-bottom: 1.5rem; }
    th, td { border-bottom: 1px solid var(--cp-line); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
    th { background: var(--cp-panel); }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .src { color: var(--cp-muted); font-size: 0.8rem; }
    .binding { color: var(--cp-warn); font-weight: 600; }
    label { margin-right: 0.5rem; }
    select { font: inherit; padding: 0.2rem; }
  `;

  private name(b: { zh: string; en: string }): string {
    return this.locale === "zh-CN" ? b.zh : b.en;
  }

  private nature(n: "binding" | "expected" | "unstated") {
    return html`<span class=${n}>${this.messages[n]}</span>`;
  }

  override render() {
    const m = this.messages;
    const seed = this.seeds[this.selected];
    if (!seed) return html`<p>${m.none}</p>`;
    return html`
      <label for="plan">${m.plan}</label>
      <select id="plan" @change=${(e: Event) => (this.selected = Number((e.target as HTMLSelectElement).value))}>
        ${this.seeds.map((s, i) => html`<option value=${i} ?selected=${i === this.selected}>${this.name(s.region)} — ${this.name(s.title)}</option>`)}
      </select>
      <p>${m.docNumber}: ${seed.docNumber ?? m.none} · ${m.period}: ${seed.period.start}–${seed.period.end}</p>
      <h3>${m.indicators} (${seed.indicators.length})</h3>
      ${seed.indicators.length === 0 ? html`<p>${m.none}</p>` : html`
      <table>
        <thead><tr><th>${m.indicator}</th><th>${m.unit}</th><th>${m.baseline}</th><th>${m.target}</th><th>${m.nature}</th><th>${m.source}</th></tr></thead>
        <tbody>${seed.indicators.map((r) => html`<tr>
          <td>${this.name(r.name)}</td><td>${this.name(r.unit)}</td>
          <td class="num">${r.baseline ? `${formatSeedValue(r.baseline.value)}${r.baseline.year ? ` (${r.baseline.year})` : ""}` : "—"}</td>
          <td class="num">${formatSeedValue(r.target.value)}${r.target.year ? ` (${r.target.year})` : ""}</td>
          <td>${this.nature(r.nature)}</td>
          <td class="src">${m.line} ${r.provenance.line}: ${r.provenance.phrase}</td></tr>`)}
        </tbody>
      </table>`}
      <h3>${m.targets} (${seed.targets.length})</h3>
      <table>
        <thead><tr><th>${m.indicator}</th><th>${m.target}</th><th>${m.nature}</th><th>${m.source}</th></tr></thead>
        <tbody>${seed.targets.map((t) => html`<tr>
          <td>${this.name(t.name)}</td>
          <td class="num">${"value" in t.rule ? formatSeedValue(t.rule.value) : "—"}</td>
          <td>${this.nature(t.nature)}</td>
          <td class="src">${t.provenance.map((p) => html`<div>${m.line} ${p.line}: ${p.phrase}</div>`)}</td></tr>`)}
        </tbody>
      </table>
      ${seed.conflicts.length === 0 ? nothing : html`
        <h3>${m.conflicts}</h3>
        <ul>${seed.conflicts.map((c) => html`<li>${this.name(c.about)}: ${c.figures.map((f) => `${f.label} ${formatSeedValue(f.figure.value)} (${m.line} ${f.figure.provenance.line})`).join(" / ")} — ${m.usedFigure}: ${c.used}. ${c.why}</li>`)}</ul>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-plan-view": CpPlanView;
  }
}
