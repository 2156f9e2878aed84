import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// dist/read/pdfium-wasm.js
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";
import { workerData } from "node:worker_threads";
var Wasm = globalThis.WebAssembly;
var WASM_BASELINE_ONLY = "--liftoff-only";
var WORKER_DATA_KEY = "fenjiePdfium";
var compiled = null;
var instance = null;
function wasmPath() {
  return createRequire(import.meta.url).resolve("@embedpdf/pdfium/pdfium.wasm");
}
function compiledPdfium() {
  compiled ??= (async () => {
    const shared = workerData?.[WORKER_DATA_KEY];
    if (shared instanceof Wasm.Module)
      return shared;
    setFlagsFromString(WASM_BASELINE_ONLY);
    return Wasm.compile(await readFile(wasmPath()));
  })();
  return compiled;
}
function pdfium() {
  instance ??= (async () => {
    const module = await compiledPdfium();
    const { init } = await import("@embedpdf/pdfium");
    const wrapped = await init({
      instantiateWasm(imports, done) {
        const inst = new Wasm.Instance(module, imports);
        done(inst, module);
        return inst.exports;
      },
      print: () => void 0,
      printErr: () => void 0
    });
    const ex = wrapped.pdfium.wasmExports;
    ex.FPDF_InitLibrary();
    return ex;
  })();
  return instance;
}

export {
  WASM_BASELINE_ONLY,
  WORKER_DATA_KEY,
  compiledPdfium,
  pdfium
};
