// Measures better-auth-wasm in Node against a baseline run in the same
// process: the same operations on plain JavaScript Maps, which is the
// cheapest store a Node app could write by hand. The ratios show what the
// WebAssembly boundary, input checks and entity conversion cost per call.
//
// Run `scripts/build-wasm.sh`, then `node benches/node/adapter.mjs [users]`
// (default 10,000 users). Prints one line per operation and the memory used.

import { randomBytes, randomUUID } from "node:crypto";

import { MemoryDatabaseAdapter } from "../../pkg/lib/node.js";

const USERS = Number(process.argv[2] ?? 10_000);
const LOOKUPS = 50_000;
const HOUR = 60 * 60 * 1000;

/** The baseline: a store of plain objects in Maps, without any checks. */
class MapStore {
  users = new Map();
  usersByEmail = new Map();
  sessionsByToken = new Map();

  async createUser({ email, name }) {
    const now = new Date();
    const user = { id: randomUUID(), email: email.trim().toLowerCase(), name, createdAt: now, updatedAt: now };
    this.users.set(user.id, user);
    this.usersByEmail.set(user.email, user.id);
    return user;
  }

  async getUserByEmail(email) {
    const id = this.usersByEmail.get(email.trim().toLowerCase());
    return id === undefined ? null : this.users.get(id);
  }

  async createSession({ userId, expiresAt }) {
    const now = new Date();
    const session = { id: randomUUID(), token: randomBytes(32).toString("base64url"), userId, expiresAt, createdAt: now };
    this.sessionsByToken.set(session.token, session);
    return session;
  }

  async getSession(token) {
    const session = this.sessionsByToken.get(token);
    return session !== undefined && session.expiresAt > new Date() ? session : null;
  }
}

/** Runs `operation(i)` for i in 0..count, one call at a time, and returns the mean nanoseconds per call. */
async function timePerCall(count, operation) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) {
    await operation(i);
  }
  return Number(process.hrtime.bigint() - start) / count;
}

/** Fills `store` and times the four operations on it. */
async function measure(store) {
  const expiresAt = new Date(Date.now() + HOUR);
  const tokens = [];
  const results = {};

  results.createUser = await timePerCall(USERS, (i) =>
    store.createUser({ email: `User${i}@Example.com`, name: `User ${i}` }),
  );
  const users = [];
  for (let i = 0; i < USERS; i += 1) {
    users.push(await store.getUserByEmail(`user${i}@example.com`));
  }
  results.createSession = await timePerCall(USERS, async (i) => {
    const session = await store.createSession({ userId: users[i].id, expiresAt });
    tokens.push(session.token);
  });
  results.getUserByEmail = await timePerCall(LOOKUPS, (i) =>
    store.getUserByEmail(`USER${i % USERS}@example.com`),
  );
  results.getSession = await timePerCall(LOOKUPS, (i) => store.getSession(tokens[i % USERS]));
  return results;
}

function heapMiB() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

const heapBefore = heapMiB();
const mapStore = new MapStore();
const baseline = await measure(mapStore);
const heapBaseline = heapMiB() - heapBefore;

const rssBefore = process.memoryUsage().rss;
const adapter = new MemoryDatabaseAdapter();
const wasm = await measure(adapter);
const rssWasm = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
// Both stores stay reachable until here, so the figures include their rows.
const storedUsers = mapStore.users.size + (await adapter.listUsers({ limit: 0 })).total;

console.log(`better-auth-wasm vs a Map baseline, ${USERS} users, Node ${process.version}`);
for (const name of Object.keys(baseline)) {
  const ratio = wasm[name] / baseline[name];
  console.log(
    `${name.padEnd(15)} wasm ${wasm[name].toFixed(0).padStart(7)} ns/call, ` +
      `baseline ${baseline[name].toFixed(0).padStart(6)} ns/call, ratio ${ratio.toFixed(2)}`,
  );
}
console.log(`users stored in both stores: ${storedUsers}`);
console.log(
  `memory: baseline heap ${heapBaseline.toFixed(1)} MiB (run with --expose-gc for a precise figure), ` +
    `wasm store RSS growth ${rssWasm.toFixed(1)} MiB`,
);
