import type { LinearModel, Row } from "./types.js";

function num(v: number): string {
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(15)));
}

function terms(cols: readonly number[], coefs: readonly number[], m: LinearModel): string {
  if (cols.length === 0) return "0 " + (m.columns[0]?.name ?? "x");
  return cols
    .map((c, k) => {
      const v = coefs[k]!;
      const sign = v < 0 ? "-" : "+";
      const abs = Math.abs(v);
      return `${sign} ${abs === 1 ? "" : `${num(abs)} `}${m.columns[c]!.name}`;
    })
    .join(" ")
    .replace(/^\+ /, "");
}

/** Wraps a long expression at term boundaries (CPLEX LP lines are best kept short). */
function wrap(text: string, width = 100): string {
  const out: string[] = [];
  let line = "";
  for (const tok of text.split(" ")) {
    if (line.length + tok.length + 1 > width && (tok === "+" || tok === "-")) {
      out.push(line);
      line = "   ";
    }
    line += (line.trim() === "" ? "" : " ") + tok;
  }
  out.push(line);
  return out.join("\n");
}

function rowLines(r: Row, m: LinearModel): string[] {
  const lhs = terms(r.cols, r.coefs, m);
  if (r.lower === r.upper) return [wrap(` ${r.name}: ${lhs} = ${num(r.upper)}`)];
  const out: string[] = [];
  if (Number.isFinite(r.lower)) out.push(wrap(` ${Number.isFinite(r.upper) ? `${r.name}_lo` : r.name}: ${lhs} >= ${num(r.lower)}`));
  if (Number.isFinite(r.upper)) out.push(wrap(` ${Number.isFinite(r.lower) ? `${r.name}_hi` : r.name}: ${lhs} <= ${num(r.upper)}`));
  return out;
}

/**
 * The model as a CPLEX LP file (readable by HiGHS, CLP, GLPK, CPLEX, Gurobi): the current objective,
 * every row under its readable name, bounds, and integer/binary sections.
 */
export function writeLp(m: LinearModel, title = m.name): string {
  const obj = m.objective.flatMap((v, j) => (v === 0 ? [] : [[j, v] as const]));
  const lines = [
    `\\ Capacity Planner model: ${title}`,
    `\\ objective: ${m.objectiveName}; ${m.rows.length} rows, ${m.columns.length} columns`,
    "Minimize",
    wrap(` obj: ${obj.length === 0 ? `0 ${m.columns[0]?.name ?? "x"}` : terms(obj.map(([j]) => j), obj.map(([, v]) => v), m)}`),
    "Subject To",
    ...m.rows.flatMap((r) => rowLines(r, m)),
    "Bounds",
    ...m.columns.map((c) => {
      const hi = Number.isFinite(c.upper) ? num(c.upper) : "+inf";
      return c.lower === c.upper ? ` ${c.name} = ${num(c.lower)}` : ` ${num(c.lower)} <= ${c.name} <= ${hi}`;
    }),
  ];
  const ints = m.columns.filter((c) => c.integer && !(c.lower === 0 && c.upper === 1)).map((c) => c.name);
  const bins = m.columns.filter((c) => c.integer && c.lower === 0 && c.upper === 1).map((c) => c.name);
  if (ints.length > 0) lines.push("Generals", ...ints.map((n) => ` ${n}`));
  if (bins.length > 0) lines.push("Binaries", ...bins.map((n) => ` ${n}`));
  lines.push("End", "");
  return lines.join("\n");
}
