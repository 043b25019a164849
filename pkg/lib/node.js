// Entry for Node.js, Deno and Bun: reads the .wasm file next to the package
// and compiles it synchronously, so the module is ready once imported.
// Node loads this one file for both `import` and `require` (see node.cjs),
// so a process never loads two copies of the module and its stores.

import { readFileSync } from "node:fs";

import { init } from "./adapter.js";

init(readFileSync(new URL("../dist/better_auth_wasm_bg.wasm", import.meta.url)));

export {
  ERROR_CODES,
  MemoryDatabaseAdapter,
  isBetterAuthError,
  panicForTesting,
} from "./adapter.js";
