// The behaviour tests of the npm package, written once for every runtime.
// Each case receives the package's exports and builds its own adapters.
// The panic case replaces the WebAssembly instance, so it runs last.

import { deepEqual, equal, isDate, ok, rejects, throws } from "./check.js";

const HOUR = 3_600_000;
const later = (ms = HOUR) => new Date(Date.now() + ms);
const earlier = (ms = HOUR) => new Date(Date.now() - ms);
const TOKEN = "t".repeat(32);

const METHODS = [
  "createUser", "getUserById", "getUserByEmail", "getUserByUsername", "updateUser",
  "deleteUser", "listUsers",
  "createSession", "getSession", "getSessionById", "listUserSessions", "updateSession",
  "deleteSession", "deleteUserSessions", "deleteExpiredSessions",
  "createAccount", "getAccount", "getAccountById", "listUserAccounts", "updateAccount",
  "deleteAccount",
  "createVerification", "getVerification", "consumeVerification", "deleteVerification",
  "deleteVerifications", "deleteExpiredVerifications",
  "createOrganization", "getOrganizationById", "getOrganizationBySlug", "updateOrganization",
  "deleteOrganization", "listUserOrganizations",
  "createMember", "getMember", "getMemberById", "updateMemberRole", "deleteMember",
  "listOrganizationMembers", "countOrganizationMembers",
  "createInvitation", "getInvitationById", "getPendingInvitation", "updateInvitationStatus",
  "listOrganizationInvitations", "listPendingInvitations",
];

/** Options declaring one custom field of each type on users, and more. */
const FIELD_OPTIONS = {
  user: {
    additionalFields: {
      plan: { type: "string", required: true, defaultValue: "free" },
      seats: { type: "number" },
      beta: { type: "boolean", defaultValue: false },
      trialEndsAt: { type: "date" },
      settings: { type: "json" },
      tenant: { type: "string", required: true },
    },
  },
  session: { additionalFields: { device: { type: "string" } } },
  organization: { additionalFields: { tier: { type: "string", defaultValue: "basic" } } },
  member: { additionalFields: { title: { type: "string" } } },
  invitation: { additionalFields: { note: { type: "json" } } },
  account: { additionalFields: { linkedAt: { type: "date" } } },
  verification: { additionalFields: { attempts: { type: "number", defaultValue: 0 } } },
};

/**
 * Sorts rows the way every list is ordered: by `createdAt`, then `id`.
 * Rows created within one millisecond share `createdAt`, so the order of
 * creation alone does not decide.
 */
function inListOrder(rows) {
  return [...rows].sort((a, b) => {
    if (a.createdAt.getTime() !== b.createdAt.getTime()) {
      return a.createdAt - b.createdAt;
    }
    if (a.id === b.id) {
      return 0;
    }
    return a.id < b.id ? -1 : 1;
  });
}

async function userWithOrg(db, slug, userFields = {}) {
  const user = await db.createUser({ email: `owner@${slug}.test`, ...userFields });
  const org = await db.createOrganization({ name: `Org ${slug}`, slug });
  await db.createMember({ organizationId: org.id, userId: user.id, role: "owner" });
  return { user, org };
}

export const cases = [
  {
    name: "every adapter method returns a Promise",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      for (const method of METHODS) {
        equal(typeof db[method], "function", `${method} exists`);
      }
      equal(typeof MemoryDatabaseAdapter.fromSnapshot, "function", "fromSnapshot exists");
      equal(typeof db.exportSnapshot, "function", "exportSnapshot exists");
      // Called without arguments, each method rejects (or resolves) instead of throwing.
      for (const method of METHODS) {
        const result = db[method]();
        ok(result instanceof Promise, `${method}() returns a Promise`);
        await result.catch(() => {});
      }
    },
  },
  {
    name: "users round trip with defaults",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const banExpires = later(24 * HOUR);
      const user = await db.createUser({
        email: "  Ada@Example.COM ",
        name: "Ada",
        username: "ada",
        banExpires: banExpires.toISOString(),
        metadata: { theme: "dark", tags: ["a", 1] },
      });
      equal(user.email, "ada@example.com", "email is normalized");
      equal(user.name, "Ada", "name");
      equal(user.emailVerified, false, "emailVerified default");
      equal(user.image, null, "absent image is null");
      equal(user.role, null, "absent role is null");
      isDate(user.createdAt, "createdAt");
      isDate(user.banExpires, "banExpires");
      equal(user.banExpires.getTime(), banExpires.getTime(), "banExpires");
      deepEqual(user.metadata, { theme: "dark", tags: ["a", 1] }, "metadata");
      equal(typeof user.id, "string", "generated id");
      equal(user.id.length, 36, "generated id is a UUID");

      deepEqual(await db.getUserById(user.id), user, "getUserById");
      deepEqual(await db.getUserByEmail("ADA@example.com"), user, "getUserByEmail ignores case");
      deepEqual(await db.getUserByUsername("ada"), user, "getUserByUsername");
      equal(await db.getUserByUsername("ADA"), null, "username is exact");
      equal(await db.getUserById("missing"), null, "missing user is null");

      const plain = await db.createUser({ id: "user-2" });
      equal(plain.id, "user-2", "supplied id");
      equal(plain.email, null, "email may be absent");
      deepEqual(plain.metadata, {}, "metadata default");
    },
  },
  {
    name: "user updates leave, set and clear fields",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const user = await db.createUser({ email: "a@example.com", name: "A", role: "admin" });
      const updated = await db.updateUser(user.id, { name: null, emailVerified: true });
      equal(updated.name, null, "null clears name");
      equal(updated.role, "admin", "missing key leaves role");
      equal(updated.emailVerified, true, "emailVerified set");
      ok(updated.updatedAt >= user.updatedAt, "updatedAt moves forward");
      deepEqual(await db.getUserById(user.id), updated, "update round trip");

      await rejects(db.updateUser(user.id, { emailVerified: null }), "INVALID_INPUT", "emailVerified", "null for a boolean");
      await rejects(db.updateUser("missing", { name: "x" }), "NOT_FOUND", null, "update of a missing user");
      await db.createUser({ email: "b@example.com", username: "b" });
      const emailConflict = await rejects(db.updateUser(user.id, { email: "B@example.com" }), "CONFLICT", "email", "email taken");
      equal(emailConflict.entity, "user", "conflict entity");
      await rejects(db.updateUser(user.id, { username: "b" }), "CONFLICT", "username", "username taken");
    },
  },
  {
    name: "user conflicts, deletes and lists",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const ada = await db.createUser({ email: "ada@example.com", name: "Ada Lovelace", role: "admin" });
      await rejects(db.createUser({ email: "ADA@example.com" }), "CONFLICT", "email", "duplicate email");
      await rejects(db.createUser({ id: ada.id }), "CONFLICT", "id", "duplicate id");
      await db.createUser({ email: "bob@example.com", name: "Bob", banned: true });
      await db.createUser({ email: "cy@example.org", name: "Cy" });

      const all = await db.listUsers();
      equal(all.total, 3, "total");
      deepEqual(all.users.map((u) => u.id), inListOrder(all.users).map((u) => u.id), "ordered by createdAt, then id");
      const matching = all.users.filter((u) => u.email.endsWith("example.com"));
      const page = await db.listUsers({ emailContains: "EXAMPLE.COM", limit: 1, offset: 1 });
      equal(page.total, 2, "filtered total");
      deepEqual(page.users.map((u) => u.id), [matching[1].id], "filtered page");
      equal((await db.listUsers({ banned: true })).total, 1, "banned filter");
      equal((await db.listUsers({ role: "admin", nameContains: "love" })).total, 1, "role and name filter");

      await db.deleteUser(ada.id);
      await db.deleteUser(ada.id);
      equal(await db.getUserById(ada.id), null, "deleted user is gone");
      equal((await db.listUsers()).total, 2, "total after delete");
    },
  },
  {
    name: "sessions: tokens, expiry and bulk deletes",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const user = await db.createUser({ email: "a@example.com" });
      const session = await db.createSession({ userId: user.id, expiresAt: later(), ipAddress: "127.0.0.1" });
      equal(session.token.length, 43, "generated token is 256 bits in base64url");
      equal(session.active, true, "active");
      equal(session.userAgent, null, "absent userAgent");
      deepEqual(await db.getSession(session.token), session, "getSession");
      deepEqual(await db.getSessionById(session.id), session, "getSessionById");

      const second = await db.createSession({ userId: user.id, token: TOKEN, expiresAt: later().toISOString() });
      equal(second.token, TOKEN, "supplied token");
      await rejects(db.createSession({ userId: user.id, token: TOKEN, expiresAt: later() }), "CONFLICT", "token", "duplicate token");
      await rejects(db.createSession({ userId: user.id, token: "short", expiresAt: later() }), "INVALID_INPUT", "token", "short token");
      await rejects(db.createSession({ userId: "missing", expiresAt: later() }), "INVALID_INPUT", "userId", "missing user");

      const expired = await db.createSession({ userId: user.id, expiresAt: earlier() });
      equal(await db.getSession(expired.token), null, "expired session is invisible");
      await rejects(db.updateSession(expired.token, { userAgent: "x" }), "NOT_FOUND", null, "update of an expired session");
      deepEqual((await db.listUserSessions(user.id)).map((s) => s.id), inListOrder([session, second]).map((s) => s.id), "live sessions in list order");

      const extended = later(48 * HOUR);
      const updated = await db.updateSession(session.token, { expiresAt: extended, ipAddress: null, userAgent: "test" });
      equal(updated.expiresAt.getTime(), extended.getTime(), "expiresAt extended");
      equal(updated.ipAddress, null, "null clears ipAddress");
      equal(updated.userAgent, "test", "userAgent set");

      equal(await db.deleteExpiredSessions(), 1, "one expired session deleted");
      equal(await db.deleteUserSessions(user.id, session.token), 1, "all but the kept session deleted");
      equal(await db.getSession(session.token) !== null, true, "kept session remains");
      await db.deleteSession(session.token);
      await db.deleteSession(session.token);
      equal(await db.getSession(session.token), null, "deleted session is gone");
      equal(await db.deleteUserSessions(user.id), 0, "nothing left to delete");
    },
  },
  {
    name: "accounts hold the password hash",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const user = await db.createUser({ email: "a@example.com" });
      const hash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA";
      const account = await db.createAccount({ accountId: user.id, providerId: "credential", userId: user.id, password: hash });
      equal(account.password, hash, "password hash");
      equal(account.accessToken, null, "absent accessToken");
      deepEqual(await db.getAccount("credential", user.id), account, "getAccount");
      deepEqual(await db.getAccountById(account.id), account, "getAccountById");

      const github = await db.createAccount({
        accountId: "gh-1", providerId: "github", userId: user.id,
        accessToken: "gho_x", accessTokenExpiresAt: later(), scope: "read:user",
      });
      await rejects(db.createAccount({ accountId: "gh-1", providerId: "github", userId: user.id }), "CONFLICT", "accountId", "duplicate provider account");
      await rejects(db.createAccount({ accountId: "x", providerId: "github", userId: "missing" }), "INVALID_INPUT", "userId", "missing user");
      deepEqual((await db.listUserAccounts(user.id)).map((a) => a.id), inListOrder([account, github]).map((a) => a.id), "accounts in list order");

      const updated = await db.updateAccount(github.id, { accessToken: null, scope: "repo" });
      equal(updated.accessToken, null, "null clears accessToken");
      equal(updated.scope, "repo", "scope set");
      equal(updated.accessTokenExpiresAt.getTime(), github.accessTokenExpiresAt.getTime(), "missing key leaves");
      await rejects(db.updateAccount("missing", {}), "NOT_FOUND", null, "update of a missing account");

      await db.deleteAccount(github.id);
      equal(await db.getAccountById(github.id), null, "deleted account is gone");
      await db.deleteUser(user.id);
      equal(await db.getAccountById(account.id), null, "accounts go with their user");
    },
  },
  {
    name: "verifications are consumed once",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const id = "email:ada@example.com";
      const first = await db.createVerification({ identifier: id, value: "111111", expiresAt: later() });
      const second = await db.createVerification({ identifier: id, value: "222222", expiresAt: later() });
      equal(first.value, "111111", "value");
      const newest = inListOrder([first, second]).at(-1);
      equal((await db.getVerification(id)).id, newest.id, "newest (largest createdAt, then id) wins");

      equal(await db.consumeVerification(id, "999999"), null, "wrong value");
      deepEqual(await db.consumeVerification(id, "111111"), first, "consumed");
      equal(await db.consumeVerification(id, "111111"), null, "consumed only once");

      await db.createVerification({ identifier: id, value: "333333", expiresAt: earlier() });
      equal(await db.consumeVerification(id, "333333"), null, "expired is never consumed");
      equal(await db.deleteExpiredVerifications(), 1, "expired deleted");
      await db.deleteVerification(second.id);
      equal(await db.getVerification(id), null, "deleted");
      await db.createVerification({ identifier: id, value: "4", expiresAt: later() });
      await db.createVerification({ identifier: id, value: "5", expiresAt: later() });
      equal(await db.deleteVerifications(id), 2, "deleted by identifier");
    },
  },
  {
    name: "organizations, members and cascades",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const { user, org } = await userWithOrg(db, "acme");
      deepEqual(org.metadata, {}, "metadata default");
      deepEqual(await db.getOrganizationBySlug("acme"), org, "getOrganizationBySlug");
      deepEqual(await db.getOrganizationById(org.id), org, "getOrganizationById");
      await rejects(db.createOrganization({ name: "Other", slug: "acme" }), "CONFLICT", "slug", "duplicate slug");

      const updated = await db.updateOrganization(org.id, { logo: "https://acme.test/logo.png", metadata: { plan: "pro" } });
      equal(updated.logo, "https://acme.test/logo.png", "logo set");
      deepEqual(updated.metadata, { plan: "pro" }, "metadata replaced");
      equal((await db.updateOrganization(org.id, { logo: null })).logo, null, "null clears logo");
      await rejects(db.updateOrganization(org.id, { name: null }), "INVALID_INPUT", "name", "name cannot be null");

      const member = await db.getMember(org.id, user.id);
      equal(member.role, "owner", "member role");
      deepEqual(await db.getMemberById(member.id), member, "getMemberById");
      await rejects(db.createMember({ organizationId: org.id, userId: user.id, role: "admin" }), "CONFLICT", "userId", "duplicate member");
      await rejects(db.createMember({ organizationId: "missing", userId: user.id, role: "admin" }), "INVALID_INPUT", "organizationId", "missing organization");
      equal((await db.updateMemberRole(member.id, "admin")).role, "admin", "role updated");
      await rejects(db.updateMemberRole("missing", "admin"), "NOT_FOUND", null, "update of a missing member");

      const users = [];
      for (const name of ["b", "c", "d"]) {
        const other = await db.createUser({ email: `${name}@acme.test` });
        users.push(await db.createMember({ organizationId: org.id, userId: other.id, role: "member" }));
      }
      equal(await db.countOrganizationMembers(org.id), 4, "member count");
      const members = await db.listOrganizationMembers(org.id);
      deepEqual(members.map((m) => m.id), inListOrder(members).map((m) => m.id), "ordered by createdAt, then id");
      const page = await db.listOrganizationMembers(org.id, { limit: 2, offset: 1 });
      deepEqual(page.map((m) => m.id), [members[1].id, members[2].id], "member page");
      deepEqual((await db.listUserOrganizations(user.id)).map((o) => o.id), [org.id], "user organizations");
      await db.deleteMember(users[2].id);
      equal(await db.countOrganizationMembers(org.id), 3, "count after delete");

      const session = await db.createSession({ userId: user.id, expiresAt: later(), activeOrganizationId: org.id });
      await db.deleteOrganization(org.id);
      equal(await db.getOrganizationById(org.id), null, "organization deleted");
      equal(await db.countOrganizationMembers(org.id), 0, "members deleted with it");
      equal((await db.getSession(session.token)).activeOrganizationId, null, "active organization cleared");
    },
  },
  {
    name: "invitations and guarded status changes",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const { user, org } = await userWithOrg(db, "acme");
      const invitation = await db.createInvitation({ organizationId: org.id, email: " Bob@Example.com", inviterId: user.id, expiresAt: later() });
      equal(invitation.email, "bob@example.com", "email normalized");
      equal(invitation.role, "member", "default role");
      equal(invitation.status, "pending", "default status");
      deepEqual(await db.getInvitationById(invitation.id), invitation, "getInvitationById");
      deepEqual(await db.getPendingInvitation(org.id, "BOB@example.com"), invitation, "getPendingInvitation");
      deepEqual((await db.listPendingInvitations("bob@example.com")).map((i) => i.id), [invitation.id], "pending list");

      const accepted = await db.updateInvitationStatus(invitation.id, "pending", "accepted");
      equal(accepted.status, "accepted", "accepted");
      const conflict = await rejects(db.updateInvitationStatus(invitation.id, "pending", "canceled"), "CONFLICT", "status", "guarded change");
      equal(conflict.entity, "invitation", "conflict entity");
      await rejects(db.updateInvitationStatus(invitation.id, "accepted", "expired"), "INVALID_INPUT", "to", "unknown status");
      await rejects(db.updateInvitationStatus("missing", "pending", "accepted"), "NOT_FOUND", null, "missing invitation");
      equal(await db.getPendingInvitation(org.id, "bob@example.com"), null, "no longer pending");

      const expired = await db.createInvitation({ organizationId: org.id, email: "cy@example.com", inviterId: user.id, expiresAt: earlier(), role: "admin" });
      equal(await db.getPendingInvitation(org.id, "cy@example.com"), null, "expired is not pending");
      deepEqual((await db.listOrganizationInvitations(org.id)).map((i) => i.id), inListOrder([invitation, expired]).map((i) => i.id), "all invitations in list order");
      await rejects(db.createInvitation({ organizationId: org.id, email: "d@example.com", inviterId: "missing", expiresAt: later() }), "INVALID_INPUT", "inviterId", "missing inviter");
    },
  },
  {
    name: "wrong input from JavaScript names the field",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const user = await db.createUser({ email: "a@example.com" });
      await rejects(db.createUser(null), "INVALID_INPUT", "user", "null input");
      await rejects(db.createUser([]), "INVALID_INPUT", "user", "array input");
      await rejects(db.createUser({ email: 42 }), "INVALID_INPUT", "email", "number for a string");
      await rejects(db.createUser({ emailVerified: "yes" }), "INVALID_INPUT", "emailVerified", "string for a boolean");
      await rejects(db.createUser({ email: "not-an-email" }), "INVALID_INPUT", "email", "malformed email");
      await rejects(db.createUser({ name: "a\0b" }), "INVALID_INPUT", "name", "NUL in text");
      await rejects(db.createUser({ name: "a\uD800b" }), "INVALID_INPUT", "name", "lone surrogate");
      await rejects(db.createUser({ metadata: [1] }), "INVALID_INPUT", "metadata", "array for metadata");
      await rejects(db.createUser({ metadata: { big: 10n } }), "INVALID_INPUT", "metadata", "BigInt in metadata");
      await rejects(db.createUser({ banExpires: "tomorrow" }), "INVALID_INPUT", "banExpires", "unparsable date");
      await rejects(db.createUser({ banExpires: new Date(NaN) }), "INVALID_INPUT", "banExpires", "invalid Date");
      await rejects(db.createUser({ banExpires: new Date("+010000-01-01T00:00:00Z") }), "INVALID_INPUT", "banExpires", "year 10000");
      await rejects(db.createUser({ createdAt: new Date() }), "INVALID_INPUT", "createdAt", "read-only field");
      await rejects(db.createUser({ nickname: "x" }), "INVALID_INPUT", "nickname", "unknown field");
      const snake = await rejects(db.createSession({ user_id: user.id, userId: user.id, expiresAt: later() }), "INVALID_INPUT", "userId", "snake_case key");
      ok(snake.message.includes("user_id"), `the message names the key as given: ${snake.message}`);
      await rejects(db.createSession({ userId: user.id }), "INVALID_INPUT", "expiresAt", "missing required field");
      await rejects(db.getUserById(42), "INVALID_INPUT", "id", "number for an id");
      await rejects(db.getSession(undefined), "INVALID_INPUT", "token", "missing argument");
      await rejects(db.listUsers({ limit: -1 }), "INVALID_INPUT", "limit", "negative limit");
      await rejects(db.listUsers({ limit: 1.5 }), "INVALID_INPUT", "limit", "fractional limit");
      await rejects(db.listUsers({ page: 1 }), "INVALID_INPUT", "page", "unknown query key");
      await rejects(db.listOrganizationMembers("org", { offset: "1" }), "INVALID_INPUT", "offset", "string offset");
      await rejects(db.updateUser(user.id, { id: "other" }), "INVALID_INPUT", "id", "id cannot be updated");
      await rejects(db.createUser({ username: "u".repeat(1025) }), "INVALID_INPUT", "username", "key too long");
      throws(() => new MemoryDatabaseAdapter(42), "INVALID_INPUT", "options", "options of the wrong type");
      equal((await db.listUsers()).total, 1, "nothing was stored by the rejected calls");
    },
  },
  {
    name: "errors are real Error objects",
    async run({ MemoryDatabaseAdapter, isBetterAuthError, ERROR_CODES }) {
      const db = new MemoryDatabaseAdapter();
      const error = await rejects(db.updateUser("missing", {}), "NOT_FOUND", null, "not found");
      ok(error instanceof Error, "instanceof Error");
      ok(typeof error.stack === "string", "has a stack");
      ok(isBetterAuthError(error), "isBetterAuthError");
      ok(!isBetterAuthError(new Error("other")), "other errors are not");
      equal(error.entity, "user", "entity");
      deepEqual(ERROR_CODES, ["NOT_FOUND", "CONFLICT", "INVALID_INPUT", "UNAVAILABLE", "INTERNAL", "PANIC", "INSTANCE_RESET"], "error codes");
    },
  },
  {
    name: "no random source is UNAVAILABLE",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const crypto = globalThis.crypto;
      const original = crypto.getRandomValues;
      crypto.getRandomValues = () => {
        throw new Error("random values are disabled in this test");
      };
      try {
        await rejects(db.createUser({ email: "a@example.com" }), "UNAVAILABLE", null, "generated id");
        const user = await db.createUser({ id: "u1", email: "a@example.com" });
        await rejects(db.createSession({ id: "s1", userId: user.id, expiresAt: later() }), "UNAVAILABLE", null, "generated token");
        const session = await db.createSession({ id: "s1", token: TOKEN, userId: user.id, expiresAt: later() });
        equal(session.token, TOKEN, "a supplied id and token need no random source");
      } finally {
        crypto.getRandomValues = original;
      }
      equal((await db.createUser({ email: "b@example.com" })).email, "b@example.com", "works again");
    },
  },
  {
    name: "additional fields are validated, stored and returned",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter(FIELD_OPTIONS);
      const trialEndsAt = later(7 * 24 * HOUR);
      const user = await db.createUser({ email: "a@example.com", tenant: "acme", seats: 5, trialEndsAt, settings: { theme: "dark" } });
      equal(user.plan, "free", "string default");
      equal(user.beta, false, "boolean default");
      equal(user.seats, 5, "number");
      equal(user.tenant, "acme", "required string");
      isDate(user.trialEndsAt, "date field");
      equal(user.trialEndsAt.getTime(), trialEndsAt.getTime(), "date value");
      deepEqual(user.settings, { theme: "dark" }, "json value");
      deepEqual(await db.getUserById(user.id), user, "read back");

      const bare = await db.createUser({ email: "b@example.com", tenant: "acme" });
      equal(bare.seats, null, "optional field is null");
      equal(bare.trialEndsAt, null, "optional date is null");

      await rejects(db.createUser({ email: "c@example.com" }), "INVALID_INPUT", "tenant", "required field missing");
      await rejects(db.createUser({ email: "c@example.com", tenant: "x", seats: "5" }), "INVALID_INPUT", "seats", "wrong type");
      await rejects(db.createUser({ email: "c@example.com", tenant: "x", trialEndsAt: "soon" }), "INVALID_INPUT", "trialEndsAt", "bad date");
      await rejects(db.createUser({ email: "c@example.com", tenant: "x", tenants: "y" }), "INVALID_INPUT", "tenants", "undeclared field");
      await rejects(db.createUser({ email: "c@example.com", tenant: null }), "INVALID_INPUT", "tenant", "null for a required field");

      const updated = await db.updateUser(user.id, { plan: "pro", seats: null, trialEndsAt: "2031-01-01T00:00:00+02:00" });
      equal(updated.plan, "pro", "set");
      equal(updated.seats, null, "cleared");
      equal(updated.trialEndsAt.toISOString(), "2030-12-31T22:00:00.000Z", "date from an ISO string");
      equal(updated.tenant, "acme", "missing key leaves");
      await rejects(db.updateUser(user.id, { plan: null }), "INVALID_INPUT", "plan", "required field cannot be cleared");

      const { org } = await userWithOrg(db, "acme", { tenant: "acme" });
      equal(org.tier, "basic", "organization field default");
      const session = await db.createSession({ userId: user.id, expiresAt: later(), device: "phone" });
      equal((await db.getSession(session.token)).device, "phone", "session field");
      const invitation = await db.createInvitation({ organizationId: org.id, email: "x@example.com", inviterId: user.id, expiresAt: later(), note: [1, "two"] });
      deepEqual(invitation.note, [1, "two"], "invitation json field");
      const verification = await db.createVerification({ identifier: "i", value: "v", expiresAt: later() });
      equal(verification.attempts, 0, "verification number default");
    },
  },
  {
    name: "malformed options are INVALID_INPUT naming the option",
    async run({ MemoryDatabaseAdapter }) {
      const declare = (fields) => () => new MemoryDatabaseAdapter({ user: { additionalFields: fields } });
      throws(declare({ plan: { type: "text" } }), "INVALID_INPUT", "options.user.additionalFields.plan.type", "unknown type");
      throws(declare({ plan: {} }), "INVALID_INPUT", "options.user.additionalFields.plan.type", "missing type");
      throws(declare({ plan: { type: "string", requird: true } }), "INVALID_INPUT", "options.user.additionalFields.plan.requird", "misspelled key");
      throws(declare({ email: { type: "string" } }), "INVALID_INPUT", "options.user.additionalFields.email", "built-in name");
      throws(declare({ emailVerified: { type: "boolean" } }), "INVALID_INPUT", "options.user.additionalFields.emailVerified", "built-in camelCase name");
      throws(declare({ seats: { type: "number", defaultValue: "ten" } }), "INVALID_INPUT", "options.user.additionalFields.seats.defaultValue", "mistyped default");
      throws(() => new MemoryDatabaseAdapter({ users: {} }), "INVALID_INPUT", "options.users", "unknown entity");
      throws(() => new MemoryDatabaseAdapter({ user: { fields: {} } }), "INVALID_INPUT", "options.user.fields", "unknown entity option");
    },
  },
  {
    name: "snapshots restore every row",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter(FIELD_OPTIONS);
      const { org } = await userWithOrg(db, "acme", { tenant: "acme" });
      const ada = await db.createUser({ email: "ada@example.com", tenant: "acme", trialEndsAt: later() });
      const account = await db.createAccount({ accountId: ada.id, providerId: "credential", userId: ada.id, password: "hash" });
      const session = await db.createSession({ userId: ada.id, expiresAt: later() });
      await db.createVerification({ identifier: "email:ada", value: "123456", expiresAt: later() });
      const invitation = await db.createInvitation({ organizationId: org.id, email: "bob@example.com", inviterId: ada.id, expiresAt: later() });

      const json = db.exportSnapshot();
      equal(typeof json, "string", "snapshot is a string");
      equal(JSON.parse(json).version, 1, "snapshot version");
      equal(db.exportSnapshot(), json, "export is stable");

      const restored = MemoryDatabaseAdapter.fromSnapshot(json, FIELD_OPTIONS);
      deepEqual(await restored.getUserById(ada.id), ada, "user with custom fields");
      deepEqual(await restored.getAccount("credential", ada.id), account, "account with password hash");
      deepEqual(await restored.getSession(session.token), session, "session by token");
      equal((await restored.consumeVerification("email:ada", "123456")).value, "123456", "verification");
      deepEqual(await restored.getInvitationById(invitation.id), invitation, "invitation");
      equal(await restored.countOrganizationMembers(org.id), 1, "members");
      equal(restored.exportSnapshot() === json, false, "the restored store is independent");
      equal(db.exportSnapshot(), json, "the original is unchanged");

      throws(() => MemoryDatabaseAdapter.fromSnapshot(json), "INVALID_INPUT", "snapshot", "custom fields without their declarations");
      throws(() => MemoryDatabaseAdapter.fromSnapshot("{not json"), "INVALID_INPUT", "snapshot", "malformed JSON");
      throws(() => MemoryDatabaseAdapter.fromSnapshot(42), "INVALID_INPUT", "json", "not a string");
      const empty = MemoryDatabaseAdapter.fromSnapshot(new MemoryDatabaseAdapter().exportSnapshot());
      equal((await empty.listUsers()).total, 0, "empty snapshot");
    },
  },
  {
    name: "1,000 overlapping calls",
    async run({ MemoryDatabaseAdapter }) {
      const db = new MemoryDatabaseAdapter();
      const users = await Promise.all(
        Array.from({ length: 1000 }, (_, i) => db.createUser({ email: `user${i}@example.com` })),
      );
      equal(new Set(users.map((u) => u.id)).size, 1000, "1,000 distinct users");
      equal((await db.listUsers({ limit: 0 })).total, 1000, "1,000 users stored");

      await db.createVerification({ identifier: "race", value: "v", expiresAt: later() });
      const consumed = await Promise.all(
        Array.from({ length: 1000 }, () => db.consumeVerification("race", "v")),
      );
      equal(consumed.filter((v) => v !== null).length, 1, "exactly one caller consumes");

      const mixed = await Promise.allSettled(
        users.map((user, i) =>
          i % 2 === 0
            ? db.createSession({ userId: user.id, expiresAt: later() })
            : db.createUser({ email: `user${i - 1}@example.com` }),
        ),
      );
      equal(mixed.filter((r) => r.status === "fulfilled").length, 500, "sessions created");
      const rejected = mixed.filter((r) => r.status === "rejected");
      equal(rejected.length, 500, "duplicate emails rejected");
      ok(rejected.every((r) => r.reason.code === "CONFLICT"), "every rejection is a conflict");
    },
  },
  {
    name: "a panic rejects with PANIC and replaces the instance",
    async run({ MemoryDatabaseAdapter, panicForTesting }) {
      const before = new MemoryDatabaseAdapter();
      const user = await before.createUser({ email: "a@example.com" });
      const snapshot = before.exportSnapshot();

      const panic = await rejects(panicForTesting("boom 42"), "PANIC", null, "panic");
      ok(panic.message.includes("boom 42"), `the message carries the panic message: ${panic.message}`);

      await rejects(before.getUserById(user.id), "INSTANCE_RESET", null, "old adapter");
      throws(() => before.exportSnapshot(), "INSTANCE_RESET", null, "old adapter snapshot");

      const after = new MemoryDatabaseAdapter();
      equal((await after.createUser({ email: "b@example.com" })).email, "b@example.com", "a new adapter works");
      const restored = MemoryDatabaseAdapter.fromSnapshot(snapshot);
      equal((await restored.getUserById(user.id)).email, "a@example.com", "a snapshot taken before restores");
    },
  },
];
