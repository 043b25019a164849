// Stores one row of every kind in the in-memory store of better-auth-wasm,
// reads them back and prints them, with every secret replaced by
// "[redacted]".
//
// Run `scripts/build-wasm.sh`, then `node examples/node/quickstart.mjs`.
// An application imports "better-auth-wasm"; this example loads the package
// from the repository's pkg/ folder.

import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";
import { promisify } from "node:util";

import { MemoryDatabaseAdapter } from "../../pkg/lib/node.js";

const scryptAsync = promisify(scrypt);
const DAY = 24 * 60 * 60 * 1000;

/** Fields that hold secrets: session tokens, password hashes, codes. */
const SECRETS = new Set(["token", "password", "accessToken", "refreshToken", "idToken", "value"]);

function redacted(row) {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [
      key,
      SECRETS.has(key) && value !== null ? "[redacted]" : value,
    ]),
  );
}

function show(label, row) {
  console.log(`${label}:`, redacted(row));
}

async function hashPassword(password) {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, 32);
  return `scrypt$${salt.toString("base64")}$${hash.toString("base64")}`;
}

async function verifyPassword(password, stored) {
  const [, salt, hash] = stored.split("$");
  const expected = Buffer.from(hash, "base64");
  const actual = await scryptAsync(password, Buffer.from(salt, "base64"), expected.length);
  return timingSafeEqual(actual, expected);
}

const db = new MemoryDatabaseAdapter({
  user: { additionalFields: { plan: { type: "string", required: true, defaultValue: "free" } } },
});

// Sign-up: a user and a password account holding a scrypt hash.
const user = await db.createUser({ email: "  Ada@Example.COM ", name: "Ada Lovelace" });
await db.createAccount({
  accountId: user.id,
  providerId: "credential",
  userId: user.id,
  password: await hashPassword("correct horse battery staple"),
});
show("user", user);

// Sign-in: find the user by email in any case, check the password.
const found = await db.getUserByEmail("ada@example.com");
const account = await db.getAccount("credential", found.id);
console.log("password ok:", await verifyPassword("correct horse battery staple", account.password));
show("account", account);

// A session with a random 256-bit token, read back by that token.
const created = await db.createSession({ userId: user.id, expiresAt: new Date(Date.now() + 7 * DAY) });
show("session", await db.getSession(created.token));

// A single-use email verification code.
await db.createVerification({
  identifier: "email-verification:ada@example.com",
  value: "428913",
  expiresAt: new Date(Date.now() + 15 * 60 * 1000),
});
const verification = await db.consumeVerification("email-verification:ada@example.com", "428913");
show("verification", verification);
console.log("consumed twice:", await db.consumeVerification("email-verification:ada@example.com", "428913"));

// An organization, its owner, and an invitation to a colleague.
const organization = await db.createOrganization({ name: "Analytical Engines", slug: "engines" });
const member = await db.createMember({ organizationId: organization.id, userId: user.id, role: "owner" });
const invitation = await db.createInvitation({
  organizationId: organization.id,
  email: "Charles@Example.com",
  inviterId: user.id,
  expiresAt: new Date(Date.now() + 2 * DAY),
});
show("organization", organization);
show("member", member);
show("invitation", invitation);

const pending = await db.listPendingInvitations("charles@example.com");
console.log("pending invitations for charles:", pending.length);
console.log("members of engines:", await db.countOrganizationMembers(organization.id));

// The whole store as JSON, for KV or a Durable Object. It contains secrets:
// store it like a database dump. Here only its size is printed.
console.log("snapshot bytes:", db.exportSnapshot().length);
