// Entry for Cloudflare Workers (workerd): the runtime forbids compiling
// WebAssembly from bytes, so the .wasm file is imported as a module, which
// Wrangler and workerd turn into a compiled `WebAssembly.Module`.

import wasmModule from "../dist/better_auth_wasm_bg.wasm";

import { init } from "./adapter.js";

init(wasmModule);

export {
  ERROR_CODES,
  MemoryDatabaseAdapter,
  isBetterAuthError,
  panicForTesting,
} from "./adapter.js";
