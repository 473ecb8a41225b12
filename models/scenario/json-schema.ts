import { z } from "zod";
import { ScenarioSchema } from "./scenario.js";

/** The scenario's JSON Schema (draft 2020-12), generated from the zod schema; committed at `scenarios/schema.json`. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ScenarioSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://capacity-planner.local/scenarios/schema.json",
    title: "Capacity Planner scenario (卫生资源配置规划器 情景)",
    description: "Region, zones with population by year, facilities, resources, targets, rules, budgets and objective. Cross-references (ids, catchment sums, populations for target years) are checked by the app in addition to this schema.",
  };
}
