// The scenario in Node through `require`, run by `node --test`.
"use strict";

const { test } = require("node:test");

const lib = require("better-auth-wasm");

test("require and import share one module instance", async () => {
  const imported = await import("better-auth-wasm");
  if (imported.MemoryDatabaseAdapter !== lib.MemoryDatabaseAdapter) {
    throw new Error("require and import loaded two copies of the package");
  }
});

test("scenario through require", async (t) => {
  const { cases } = await import("./scenario.js");
  for (const { name, run } of cases) {
    await t.test(name, () => run(lib));
  }
});
