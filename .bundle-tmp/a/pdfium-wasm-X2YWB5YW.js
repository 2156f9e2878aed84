import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  WASM_BASELINE_ONLY,
  WORKER_DATA_KEY,
  compiledPdfium,
  pdfium
} from "./chunk-4BYTZUOV.js";
import "./chunk-V4RWK56N.js";
export {
  WASM_BASELINE_ONLY,
  WORKER_DATA_KEY,
  compiledPdfium,
  pdfium
};
