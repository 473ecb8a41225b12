/** Writes `scenarios/schema.json` from the zod scenario schema (`npm run schema`). */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { scenarioJsonSchema } from "../models/scenario/index.js";

const out = join(import.meta.dirname, "..", "scenarios", "schema.json");
writeFileSync(out, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
