#!/usr/bin/env node
// The fenjie executable: a thin wrapper over the compiled CLI (built by `npm install` via
// `prepare`): the bundled one (dist/bundle, faster to load), or dist/cli when only tsc ran.
import { existsSync } from "node:fs";

const bundled = new URL("../dist/bundle/main.js", import.meta.url);
const { main } = await import(existsSync(bundled) ? bundled.href : "../dist/cli/main.js");
await main(process.argv);
