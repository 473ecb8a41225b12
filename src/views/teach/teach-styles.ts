import { css } from "lit";

/** Styles shared by the teaching views: formulas, code, pagers, the stepper's highlights. */
export const teachStyles = css`
  :host { display: block; }
  math { font-size: 1.05rem; }
  math[display="block"] { margin: 0.35rem 0; overflow-x: auto; max-width: 100%; }
  code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Noto Sans Mono CJK SC", monospace; font-size: 0.85rem; }
  .pager, .actions { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; margin: 0.4rem 0; }
  caption { text-align: left; font-weight: 600; padding: 0.3rem 0; }
  .note { background: var(--cp-panel); border-left: 3px solid var(--cp-accent); padding: 0.4rem 0.7rem; margin: 0.5rem 0; }
  .ok { color: var(--cp-ok); font-weight: 600; }
  .fail { color: var(--cp-bad); font-weight: 600; }
`;
