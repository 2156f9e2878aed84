#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports of fenjie's own
// code, commander, zod …) into dist/bundle/, run by bin/fenjie.js. Node then loads a
// few files instead of ≈ 150 modules: about a sixth less CPU for a short command
// (docs/performance.md). Heavy or self-locating packages stay outside (the PDF engines,
// the canvas library, exceljs, piscina, sql.js and the document parsers); what is imported lazily stays a separate chunk,
// loaded only by the command that needs it. The batch worker is not bundled (piscina
// loads dist/batch/worker.js). Run by `npm run build` after tsc.
import { build } from "esbuild";
import { rmSync } from "node:fs";

const OUT = "dist/bundle";
rmSync(OUT, { recursive: true, force: true });
await build({
  entryPoints: { main: "dist/cli/main.js" },
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: ["pdfjs-dist", "@embedpdf/pdfium", "@napi-rs/canvas", "exceljs", "piscina", "jszip", "sql.js", "parse5", "saxes", "cfb"],
  // CommonJS packages inside the bundle (commander, fast-csv) call require()
  banner: { js: "import { createRequire as __fenjieRequire } from 'node:module'; const require = __fenjieRequire(import.meta.url);" },
  logLevel: "warning",
  legalComments: "none",
});
