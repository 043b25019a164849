// The scenario in Deno, run by `deno test --allow-read`.
import * as lib from "better-auth-wasm";

import { cases } from "./scenario.js";

for (const { name, run } of cases) {
  Deno.test(name, () => run(lib));
}
