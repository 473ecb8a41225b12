import { css } from "lit";

/** Controls, tables and headings shared by every element (one constructed sheet, adopted by each shadow root). */
export const baseStyles = css`
  :host { color: var(--cp-ink); }
  *, *::before, *::after { box-sizing: border-box; }
  h2 { font-size: 1.15rem; margin: 0 0 0.6rem; }
  h3 { font-size: 1rem; margin: 1rem 0 0.4rem; }
  p { margin: 0.3rem 0; }
  button, select, input, textarea { font: inherit; color: inherit; }
  button {
    padding: 0.3rem 0.75rem; border: 1px solid var(--cp-accent); background: var(--cp-bg); color: var(--cp-accent);
    border-radius: 4px; cursor: pointer; line-height: 1.3; min-height: 2rem;
  }
  button:hover:not(:disabled) { background: var(--cp-accent-soft); }
  button.primary { background: var(--cp-accent); color: #fff; }
  button.primary:hover:not(:disabled) { background: var(--cp-accent-strong); }
  button:disabled { border-color: var(--cp-line); color: var(--cp-muted); cursor: not-allowed; }
  button.icon { min-width: 2rem; padding: 0.2rem 0.45rem; }
  input[type="text"], input[type="number"], select {
    border: 1px solid var(--cp-line-strong); border-radius: 4px; padding: 0.25rem 0.4rem; background: var(--cp-bg); min-height: 2rem;
  }
  input[aria-invalid="true"] { border-color: var(--cp-bad); background: var(--cp-bad-soft); }
  :focus-visible { outline: 3px solid var(--cp-focus); outline-offset: 2px; }
  table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
  th, td { border-bottom: 1px solid var(--cp-line); padding: 0.3rem 0.45rem; text-align: left; vertical-align: middle; }
  thead th { background: var(--cp-panel); font-weight: 600; position: sticky; top: 0; z-index: 1; }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .muted { color: var(--cp-muted); }
  .small { font-size: 0.82rem; }
  .scroll { overflow-x: auto; max-width: 100%; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
  }
  .badge { display: inline-block; font-size: 0.75rem; padding: 0 0.35rem; border-radius: 3px; border: 1px solid currentColor; line-height: 1.4; white-space: nowrap; }
  .binding { color: var(--cp-warn); font-weight: 600; }
  .bad { color: var(--cp-bad); }
  .good { color: var(--cp-ok); }
  .panel { border: 1px solid var(--cp-line); border-radius: 6px; padding: 0.75rem 0.9rem; background: var(--cp-bg); }
`;
