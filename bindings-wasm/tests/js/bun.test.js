// The scenario in Bun, run by `bun test`.
import { test } from "bun:test";

import * as lib from "better-auth-wasm";

import { cases } from "./scenario.js";

for (const { name, run } of cases) {
  test(name, () => run(lib));
}
