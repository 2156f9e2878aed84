#!/usr/bin/env node
// The fenjie executable: a thin wrapper over the compiled CLI (built by `npm install` via `prepare`).
import { main } from "../dist/cli/main.js";

await main(process.argv);
