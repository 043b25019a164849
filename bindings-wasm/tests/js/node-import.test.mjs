// The scenario in Node through `import`, run by `node --test`.
import { test } from "node:test";

import * as lib from "better-auth-wasm";

import { cases } from "./scenario.js";

for (const { name, run } of cases) {
  test(name, () => run(lib));
}
