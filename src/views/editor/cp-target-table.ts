import { LitElement, css, html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import type { Scenario, Source, Target } from "../../../models/index.js";
import { cpEvent, type NumberChange } from "../../events.js";
import { formatNumber, formatPer, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import type { Edit } from "../../state/edits.js";
import { targetName } from "../names.js";
import "../../components/cp-number-field.js";

/** The targets: ratio, band, binding/expected, with the plan's figure and where it is printed beside each. */
@customElement("cp-target-table")
export class CpTargetTable extends LitElement {
  @property({ attribute: false }) scenario!: Scenario;
  @property({ attribute: false }) original!: Scenario;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";

  static override styles = [baseStyles, css`
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; }
    li { border-bottom: 1px solid var(--cp-line); padding: 0.55rem 0; }
    .name { font-weight: 600; }
    .controls { display: flex; flex-wrap: wrap; gap: 0.4rem 0.9rem; align-items: end; margin: 0.35rem 0; }
    label.nature { display: inline-flex; flex-direction: column; gap: 0.15rem; font-size: 0.85rem; }
    .src { font-size: 0.8rem; color: var(--cp-muted); overflow-wrap: anywhere; }
    .phrase { color: var(--cp-ink); background: var(--cp-panel); padding: 0 0.2rem; border-radius: 3px; }
    .plan { font-weight: 600; color: var(--cp-ink); }
    cp-number-field { --cp-field-width: 6rem; }
    select { min-width: 6rem; }
  `];

  private edit(e: Edit): void {
    this.dispatchEvent(cpEvent("cp-edit", e));
  }

  private number(e: CustomEvent<NumberChange>, make: (v: number | null) => Edit | null): void {
    e.stopPropagation();
    const edit = make(e.detail.value);
    if (edit) this.edit(edit);
  }

  private source(src: Source | undefined, o: Target | undefined) {
    const m = this.messages;
    if (!src) return html`<span>${m.none}</span>`;
    const plan = src.kind === "plan" && o ? html`<div class="plan">${m.editor.planValue} ${formatNumber(o.ratio, this.locale, 3)}${o.upper !== undefined ? `–${formatNumber(o.upper, this.locale, 3)}` : ""}</div>` : nothing;
    return html`${plan}
      ${src.citation ? html`<div>${src.citation}</div>` : nothing}
      ${src.line && !src.citation?.includes(String(src.line)) ? html`<div>${m.lineNo(src.line)}</div>` : nothing}
      ${src.phrase ? html`<div>「<span class="phrase" lang="zh-CN">${src.phrase}</span>」</div>` : nothing}`;
  }

  override render() {
    const m = this.messages;
    const ed = m.editor;
    const s = this.scenario;
    return html`<ul aria-label=${m.targets}>${repeat(s.targets, (t) => t.id, (t) => {
      const o = this.original.targets.find((x) => x.id === t.id);
      const name = targetName(s, t, this.locale);
      return html`<li>
        <div class="name">${name}</div>
        <div class="small muted">${ed.scope[t.scope]} · ${t.year} · ${ed.perPeople(formatPer(t.per, this.locale))}</div>
        <div class="controls">
          <cp-number-field label=${m.target} fullLabel=${`${name} · ${m.target}`} .value=${t.ratio} ?changed=${!!o && o.ratio !== t.ratio} locale=${this.locale} invalidText=${ed.invalidNumber}
            @cp-number=${(e: CustomEvent<NumberChange>) => this.number(e, (v) => (v === null ? null : { kind: "targetRatio", target: t.id, value: v }))}></cp-number-field>
          <cp-number-field nullable label=${ed.bandUpper} fullLabel=${`${name} · ${ed.bandUpper}`} placeholder=${ed.noBand} .value=${t.upper ?? null} ?changed=${!!o && o.upper !== t.upper}
            locale=${this.locale} invalidText=${ed.invalidNumber}
            @cp-number=${(e: CustomEvent<NumberChange>) => this.number(e, (v) => ({ kind: "targetUpper", target: t.id, value: v }))}></cp-number-field>
          <label class="nature">${m.nature}<select aria-label=${`${name} · ${m.nature}`} class=${t.nature === "binding" ? "binding" : ""}
            @change=${(e: Event) => this.edit({ kind: "targetNature", target: t.id, value: (e.target as HTMLSelectElement).value as Target["nature"] })}>
            <option value="binding" ?selected=${t.nature === "binding"}>${m.binding}</option>
            <option value="expected" ?selected=${t.nature === "expected"}>${m.expected}</option></select></label>
        </div>
        <div class="src">${this.source(t.source, o)}</div>
      </li>`;
    })}</ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-target-table": CpTargetTable;
  }
}
