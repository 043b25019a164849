// A Cloudflare Worker that runs the scenario when it receives a request and
// responds with one result per case. workerd.test.mjs bundles it the way
// Wrangler does and serves it with Miniflare.
import * as lib from "better-auth-wasm";

import { cases } from "./scenario.js";

// Workers refuse random values outside a request handler: creating a row
// here, with a generated id, must reject with UNAVAILABLE instead of
// trapping.
const topLevel = new lib.MemoryDatabaseAdapter()
  .createUser({ email: "top@example.com" })
  .then(
    () => ({ code: null, message: "resolved" }),
    (error) => ({ code: error.code ?? null, message: String(error.message) }),
  );

export default {
  async fetch() {
    const results = [];
    for (const { name, run } of cases) {
      try {
        await run(lib);
        results.push({ name, error: null });
      } catch (error) {
        results.push({ name, error: String(error?.stack ?? error) });
      }
    }
    return Response.json({ topLevel: await topLevel, results });
  },
};
