// Writes schema/result.schema.json — the JSON Schema of `fenjie parse`'s output, derived from
// the zod schema (src/model/schema.ts) — after the TypeScript build, so the package ships it
// (package.json "files"). Run by `npm run build`; the folder is not committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { resultJsonSchema } from "../dist/model/schema.js";

const schema = resultJsonSchema(); // the same as `fenjie schema` prints
mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(new URL("../schema/result.schema.json", import.meta.url), JSON.stringify(schema, null, 2) + "\n");
