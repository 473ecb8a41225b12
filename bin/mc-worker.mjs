// A Monte Carlo worker thread (bin/mc-pool.ts): runs the TypeScript task runner through tsx.
import { register } from "tsx/esm/api";

register();
await import("./mc-worker.ts");
