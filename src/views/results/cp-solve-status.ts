import { LitElement, css, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { cpEvent } from "../../events.js";
import { formatNumber, messagesFor, type Locale, type Messages } from "../../i18n/index.js";
import { baseStyles } from "../../components/styles.js";
import type { SolveState } from "../../state/types.js";
import { timeoutSays } from "../../solve/verdict.js";

/** Pending work is shown only after this long, so a quick solve never flickers. */
const SHOW_AFTER_MS = 350;

/**
 * The solve's progress (phase, elapsed time, Cancel) for a slow solve, and failure, cancellation or the
 * time limit running out (in both languages) with a way to solve again. Verdicts of finished results are
 * shown by the results view.
 */
@customElement("cp-solve-status")
export class CpSolveStatus extends LitElement {
  @property({ attribute: false }) solve!: SolveState;
  /** The time limit of solves, ms (the toolbar's setting), named when a solve ran out of it. */
  @property({ type: Number }) timeLimitMs = 60_000;
  @property({ attribute: false }) messages!: Messages;
  @property() locale: Locale = "zh-CN";
  @state() private now = Date.now();
  private timer: ReturnType<typeof setInterval> | undefined;

  static override styles = [
    baseStyles,
    css`
      :host { display: block; }
      .box { display: flex; align-items: center; gap: 0.75rem; flex-wrap: wrap; border: 1px solid var(--cp-line); background: var(--cp-panel); border-radius: 6px; padding: 0.5rem 0.75rem; margin: 0.4rem 0; }
      .box.failed { border-color: var(--cp-bad); background: var(--cp-bad-soft); }
      .spinner { width: 1rem; height: 1rem; border-radius: 50%; border: 3px solid var(--cp-line); border-top-color: var(--cp-accent); animation: spin 0.8s linear infinite; }
      @keyframes spin { to { transform: rotate(360deg); } }
      @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }
      ol { display: flex; gap: 0.4rem; list-style: none; margin: 0; padding: 0; font-size: 0.85rem; }
      li { color: var(--cp-muted); }
      li[aria-current="step"] { color: var(--cp-ink); font-weight: 600; }
      .other { display: block; color: var(--cp-muted); font-size: 0.85rem; }
    `,
  ];

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has("solve")) return;
    const pending = this.solve.status === "pending";
    if (pending && !this.timer) this.timer = setInterval(() => (this.now = Date.now()), 200);
    if (!pending && this.timer) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private send(command: "cancelSolve" | "retry"): void {
    this.dispatchEvent(cpEvent("cp-command", { command }));
  }

  override render() {
    const m = this.messages.solve;
    const s = this.solve;
    if (s.status === "failed" || s.status === "cancelled") {
      return html`<div class="box ${s.status === "failed" ? "failed" : ""}" role="alert">
        <span>${s.status === "failed" ? `${m.failed}: ${s.message ?? ""}` : m.cancelled}</span>
        <button @click=${() => this.send("retry")}>${m.retry}</button></div>`;
    }
    if (s.status === "timeout") {
      // The status line raises the alert (#solve-alert); here the results say the same where they are read.
      const seconds = formatNumber(this.timeLimitMs / 1000, this.locale, 0);
      const current = s.checked !== null && s.checked.revision === s.revision;
      const other = this.locale === "zh-CN" ? "en" : "zh-CN";
      return html`<div class="box failed" role="status" id="solve-timeout" data-kind="timeout" data-partial=${current ? "true" : "false"}>
        <strong>${m.verdicts.timeout}</strong>
        <span>${timeoutSays(this.messages, seconds, current, s.checked !== null)}<span class="other" lang=${other}>${timeoutSays(messagesFor(other), seconds, current, s.checked !== null)}</span></span>
        <button @click=${() => this.send("retry")}>${m.retry}</button></div>`;
    }
    if (s.status !== "pending") return nothing;
    const elapsed = Math.max(0, this.now - s.startedAt);
    if (elapsed < SHOW_AFTER_MS) return nothing;
    const phases = ["solving", "checking", "explaining"] as const;
    return html`<div class="box" role="status">
      <span class="spinner" aria-hidden="true"></span>
      <strong>${m.working}</strong>
      <ol aria-label=${m.working}>${phases.map((p) => html`<li aria-current=${p === s.phase ? "step" : nothing}>${m.phases[p]}</li>`)}</ol>
      <span class="muted">${m.elapsed(formatNumber(elapsed / 1000, this.locale, 1))}</span>
      <button @click=${() => this.send("cancelSolve")}>${m.cancel}</button>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "cp-solve-status": CpSolveStatus;
  }
}
