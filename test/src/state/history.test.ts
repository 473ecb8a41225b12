import { describe, expect, it } from "vitest";
import { COALESCE_MS, emptyHistory, HISTORY_LIMIT, recordEdit, redo, undo } from "../../../src/state/history.js";
import { threeTowns } from "../helpers.js";

const a = threeTowns();
const b = { ...a, notes: [] };
const c = { ...a, targets: [] };

describe("history", () => {
  it("recordEdit(h, previous) pushes the previous scenario and clears redo", () => {
    const h = recordEdit({ ...emptyHistory, future: [c] }, a, null, 0);
    expect(h.past).toEqual([a]);
    expect(h.future).toEqual([]);
  });

  it("recordEdit coalesces edits of one control within COALESCE_MS into one step", () => {
    let h = recordEdit(emptyHistory, a, "capitalTotal", 0);
    h = recordEdit(h, b, "capitalTotal", COALESCE_MS - 1);
    expect(h.past).toEqual([a]);
    h = recordEdit(h, c, "capitalTotal", 3 * COALESCE_MS);
    expect(h.past).toEqual([a, c]);
    h = recordEdit(h, b, "targetRatio:x", 3 * COALESCE_MS + 1);
    expect(h.past.length).toBe(3);
  });

  it("undo and redo step back and forth; null when there is nothing to do", () => {
    expect(undo(emptyHistory, a)).toBeNull();
    expect(redo(emptyHistory, a)).toBeNull();
    const h = recordEdit(recordEdit(emptyHistory, a, null, 0), b, null, 1);
    const u = undo(h, c)!;
    expect(u.scenario).toBe(b);
    expect(u.history.future).toEqual([c]);
    const r = redo(u.history, u.scenario)!;
    expect(r.scenario).toBe(c);
    expect(r.history.past).toEqual([a, b]);
  });

  it("keeps at most HISTORY_LIMIT steps", () => {
    let h = emptyHistory;
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) h = recordEdit(h, a, null, i);
    expect(h.past.length).toBe(HISTORY_LIMIT);
  });
});
