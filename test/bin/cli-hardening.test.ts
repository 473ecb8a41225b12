import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** Issue 16.11: the CLI as a shell runs it (a real process: pipes, /dev/zero, the terminal). */
const ROOT = join(import.meta.dirname, "..", "..");
const CLI = join(ROOT, "bin", "capacity-planner.mjs");
const THREE = join(ROOT, "test", "cases", "three-towns.json");
const dir = mkdtempSync(join(tmpdir(), "cp-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(args: readonly string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=512" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function scenarioWith(change: (s: Record<string, any>) => void): string {
  const s = JSON.parse(readFileSync(THREE, "utf8")) as Record<string, any>;
  change(s);
  const file = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(s));
  return file;
}

describe("capacity-planner hardening", () => {
  it("solve /dev/zero stops reading at the size cap and exits 2 (it read without bound)", () => {
    const r = cli(["solve", "/dev/zero"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("/dev/zero: (file): 文件过大（超过 32.0 MB，已停止读取）");
    expect(r.err).toContain("the file is too large (over 32.0 MB, read no further); a scenario file may be at most 32.0 MB");
  }, 120_000);

  it("generate … | head -1 exits quietly: no EPIPE stack trace", () => {
    const errFile = join(dir, "epipe.txt");
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${CLI}" generate --towns 3000 --seed 1 2>"${errFile}" | head -c 10`], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(r.stdout).toBe('{"version"');
    expect(readFileSync(errFile, "utf8")).toBe("");
  }, 120_000);

  it("names with ANSI escapes and right-to-left overrides are printed escaped; --json keeps them exactly", () => {
    const evil = "甲镇\u001b[2J\u001b[31m\u202eexe.txt\u0007";
    const file = scenarioWith((s) => {
      s["facilities"][0].name.zh = evil;
      s["region"].name.zh = "三镇\u009b31m\u2066";
    });
    const r = cli(["solve", file, "--solver", "jslp"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(r.out).toContain("甲镇\\u001b[2J\\u001b[31m\\u202eexe.txt\\u0007");
    expect(r.out).toContain("三镇\\u009b31m\\u2066");
    const json = cli(["solve", file, "--solver", "jslp", "--json"]);
    expect(json.out).not.toMatch(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).status).toBe("optimal");
  }, 120_000);

  it("a bad id with an escape is named on stderr without the raw escape", () => {
    const file = scenarioWith((s) => {
      s["zones"][0].id = "A\u001b]0;pwned\u0007";
    });
    const r = cli(["solve", file]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("zones[0].id");
    expect(r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  }, 120_000);

  it("1e308 in a cost or a budget is bad input naming the field (exit 2), never a solver error with ✓ under it", () => {
    for (const [change, path] of [
      [(s: Record<string, any>) => (s["resources"][0].capitalCost = 1e308), "resources[0].capitalCost"],
      [(s: Record<string, any>) => (s["budgets"].capital.total = 1e308), "budgets.capital.total"],
      [(s: Record<string, any>) => (s["facilities"][0].existing.beds = 1e300), "facilities[0].existing.beds"],
    ] as const) {
      const r = cli(["solve", scenarioWith(change), "--solver", "highs"]);
      expect(r.code, path).toBe(2);
      expect(r.err).toContain(`${path}: 应不大于 1000000000000`);
      expect(r.err).toContain("must be at most 1000000000000");
      expect(r.out).not.toContain("✓");
    }
  }, 120_000);

  it("generate refuses flags whose file solve would refuse (NaN budget share, seed 1e300); what it writes, solve reads", () => {
    for (const [flags, named] of [
      [["--budget-share", "NaN"], "--budget-share"],
      [["--budget-share", "-1"], "--budget-share"],
      [["--seed", "1e300"], "--seed"],
      [["--seed", "-5"], "--seed"],
      [["--towns", "1e300"], "--towns"],
    ] as const) {
      const r = cli(["generate", ...flags, "--towns", "5", "--seed", "1"]);
      expect(r.code, flags.join(" ")).toBe(2);
      expect(r.err).toContain(named);
    }
    const ok = cli(["generate", "--towns", "5", "--seed", "4294967295", "--budget-share", "0.25"]);
    expect(ok.code).toBe(0);
    const file = join(dir, "gen.json");
    writeFileSync(file, ok.out);
    expect(cli(["solve", file, "--solver", "jslp"]).code).toBe(0);
  }, 120_000);
});
