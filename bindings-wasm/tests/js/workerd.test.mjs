// Runs worker.js in workerd through Miniflare, run by `node --test`.
//
// The worker is bundled by esbuild with the conditions Wrangler uses
// (workerd, worker, browser), so the package's `workerd` export is what
// loads, and the .wasm file stays a separate module that workerd compiles.
import { test } from "node:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "esbuild";
import { Miniflare } from "miniflare";

const outdir = mkdtempSync(join(tmpdir(), "better-auth-worker-"));
await build({
  entryPoints: [fileURLToPath(new URL("./worker.js", import.meta.url))],
  bundle: true,
  format: "esm",
  platform: "neutral",
  conditions: ["workerd", "worker", "browser"],
  loader: { ".wasm": "copy" },
  outdir,
  logLevel: "warning",
});

const mf = new Miniflare({
  modules: true,
  scriptPath: join(outdir, "worker.js"),
  modulesRoot: outdir,
  modulesRules: [{ type: "CompiledWasm", include: ["**/*.wasm"] }],
  compatibilityDate: "2025-07-01",
});

let report;
try {
  const response = await mf.dispatchFetch("http://127.0.0.1/");
  report = await response.json();
} finally {
  await mf.dispose();
  rmSync(outdir, { recursive: true, force: true });
}

test("a row created at the top level of a Worker is UNAVAILABLE", () => {
  if (report.topLevel.code !== "UNAVAILABLE") {
    throw new Error(`expected UNAVAILABLE, got ${JSON.stringify(report.topLevel)}`);
  }
});

for (const { name, error } of report.results) {
  test(name, () => {
    if (error !== null) {
      throw new Error(error);
    }
  });
}
