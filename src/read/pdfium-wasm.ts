/**
 * PDFium compiled to WebAssembly (npm `@embedpdf/pdfium`, MIT; PDFium itself
 * BSD-3/Apache-2; the .wasm ships inside the npm tarball, nothing is fetched).
 *
 * The module (4.6 MB of WebAssembly) is compiled once per process: batch
 * workers receive the compiled `WebAssembly.Module` from the main thread
 * (`workerData`, see `src/batch/run.ts`) and only instantiate it. Each thread
 * has one instance with PDFium initialised, used one document at a time.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";
import { workerData } from "node:worker_threads";

/** A compiled WebAssembly module (the project's TypeScript lib declares no WebAssembly types). */
export type WasmModule = object;
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  compile(bytes: Uint8Array): Promise<WasmModule>;
  Instance: new (module: WasmModule, imports: object) => { exports: object };
}
const Wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** The raw PDFium exports fenjie calls (pointers and handles are numbers). */
export type PdfiumExports = Record<string, (...args: number[]) => number> & { memory: { buffer: ArrayBuffer } };

/**
 * V8 compiles WebAssembly with a fast baseline compiler (Liftoff) and then
 * recompiles hot functions with its optimising compiler in the background.
 * For a command that reads one notice and exits, the recompilation costs more
 * CPU and memory than it saves (measured in docs/performance.md: −25 % CPU and
 * −20 MB peak memory on a 21-page notice, equal on 102 pages), so fenjie keeps
 * the baseline code. The flag only concerns WebAssembly (fenjie has no other).
 */
export const WASM_BASELINE_ONLY = "--liftoff-only";

/** Where the compiled module travels to batch workers inside `workerData`. */
export const WORKER_DATA_KEY = "fenjiePdfium";

let compiled: Promise<WasmModule> | null = null;
let instance: Promise<PdfiumExports> | null = null;

function wasmPath(): string {
  return createRequire(import.meta.url).resolve("@embedpdf/pdfium/pdfium.wasm");
}

/** The compiled module: handed over by the main thread in a worker, else compiled here (once). */
export function compiledPdfium(): Promise<WasmModule> {
  compiled ??= (async () => {
    const shared = (workerData as Record<string, unknown> | null)?.[WORKER_DATA_KEY];
    if (shared instanceof Wasm.Module) return shared;
    setFlagsFromString(WASM_BASELINE_ONLY);
    return Wasm.compile(await readFile(wasmPath()));
  })();
  return compiled;
}

/** This thread's PDFium, initialised. */
export function pdfium(): Promise<PdfiumExports> {
  instance ??= (async () => {
    const module = await compiledPdfium();
    const { init } = (await import("@embedpdf/pdfium")) as unknown as {
      init(overrides: object): Promise<{ pdfium: { wasmExports: PdfiumExports } }>;
    };
    const wrapped = await init({
      instantiateWasm(imports: object, done: (instance: object, module: WasmModule) => void) {
        const inst = new Wasm.Instance(module, imports);
        done(inst, module);
        return inst.exports;
      },
      print: () => undefined,
      printErr: () => undefined,
    });
    const ex = wrapped.pdfium.wasmExports;
    ex.FPDF_InitLibrary!();
    return ex;
  })();
  return instance;
}
