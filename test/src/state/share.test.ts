import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare, SHARE_PREFIX } from "../../../src/state/share.js";
import { loadScenario, threeTowns } from "../helpers.js";

describe("share links", () => {
  it("encodeShare(s) then decodeShare gives the same scenario back", async () => {
    const s = loadScenario("scenarios/yanjiang-2025.json");
    const hash = await encodeShare(s);
    expect(hash.startsWith(SHARE_PREFIX)).toBe(true);
    expect(hash.slice(SHARE_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(JSON.stringify(s).length / 3);
    const back = await decodeShare(hash);
    expect(back).toEqual({ ok: true, value: s });
  });

  it("decodeShare is null for a hash that carries no scenario", async () => {
    expect(await decodeShare("")).toBeNull();
    expect(await decodeShare("#compare")).toBeNull();
  });

  it("decodeShare names a damaged link and a scenario that does not validate", async () => {
    const damaged = await decodeShare("#s=AAAA-not-deflate");
    expect(damaged?.ok).toBe(false);
    expect(damaged && !damaged.ok && damaged.issues[0]!.zh).toMatch(/链接已损坏/);
    expect((await decodeShare("#s=%%%"))?.ok).toBe(false);
    const bad = { ...threeTowns(), zones: [] };
    const r = await decodeShare(await encodeShare(bad));
    expect(r && !r.ok && r.issues[0]!.code).toBe("noZones");
  });
});
