import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  PDFJS_ENGINE,
  PDFJS_SAFETY,
  documentOptions,
  installCanvasGlobals,
  loadPdfJs
} from "./chunk-EY5IBD4Y.js";
import "./chunk-EUSVCI5E.js";
import "./chunk-LOVVDQJC.js";
import "./chunk-V4RWK56N.js";
export {
  PDFJS_ENGINE,
  PDFJS_SAFETY,
  documentOptions,
  installCanvasGlobals,
  loadPdfJs
};
