#!/usr/bin/env node
// Entry point of `npx capacity-planner`: runs the TypeScript CLI through tsx (a runtime dependency).
import { register } from "tsx/esm/api";

register();
const { guardTerminalOutput } = await import("./terminal.ts");
guardTerminalOutput();
const { main } = await import("./cli.ts");
process.exitCode = await main(process.argv.slice(2));
