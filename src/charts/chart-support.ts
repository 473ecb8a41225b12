import { css, type ReactiveController, type ReactiveControllerHost } from "lit";

/** Tracks the host element's content width (ResizeObserver), so layouts are computed at the drawn size. */
export class WidthController implements ReactiveController {
  width = 0;
  #observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? 0);
      if (w > 0 && w !== this.width) {
        this.width = w;
        this.host.requestUpdate();
      }
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}

/** Text, grid and legend styles shared by the charts. */
export const chartStyles = css`
  :host { display: block; min-width: 0; }
  svg { display: block; overflow: visible; font-size: 12px; }
  .grid { stroke: var(--cp-line); stroke-width: 1; }
  text { fill: var(--cp-ink); }
  text.tick { fill: var(--cp-muted); font-size: 11px; font-variant-numeric: tabular-nums; }
  text.value { font-variant-numeric: tabular-nums; font-size: 11.5px; }
  .legend { display: flex; flex-wrap: wrap; gap: 0.9rem; font-size: 0.82rem; margin: 0.2rem 0 0.4rem; color: var(--cp-ink); }
  .legend span { display: inline-flex; align-items: center; gap: 0.3rem; }
  .sw { display: inline-block; width: 14px; height: 10px; }
  .sw.bar { background: var(--cp-accent); }
  .sw.gap { background: repeating-linear-gradient(45deg, #fdecea 0 2px, #b42318 2px 4px); border: 1px solid #b42318; }
  .sw.line { height: 0; border-top: 2px dashed var(--cp-ink); }
  .placeholder { height: 120px; }
  details { margin-top: 0.4rem; font-size: 0.88rem; }
  summary { cursor: pointer; color: var(--cp-accent); }
  @media print { details { display: none; } }
`;

/** Approximate drawn width of text at 12px: CJK glyphs are square, Latin ones about half as wide. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\uffff]/.test(ch) ? 12 : /[A-Z]/.test(ch) ? 7.8 : 6.4;
  return w;
}

/** Shortens a label so that it fits `width` pixels, ending it with an ellipsis when cut. */
export function clip(label: string, width: number): string {
  if (textWidth(label) <= width) return label;
  let out = "";
  for (const ch of label) {
    if (textWidth(`${out}${ch}…`) > width) break;
    out += ch;
  }
  return `${out}…`;
}
