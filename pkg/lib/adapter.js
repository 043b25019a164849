// The JavaScript layer over the wasm-bindgen output in ../dist: it turns
// panics into rejected Promises and replaces the WebAssembly instance after
// one. Every other check and conversion happens in Rust.
//
// A panic cannot unwind on wasm32: the Rust frames are abandoned, so locks
// stay taken and a store may be half changed. After a panic this layer
// therefore starts a fresh instance of the same compiled module (with
// wasm-bindgen's `__wbg_reset_state`). Adapters created before the panic
// belonged to the old instance, and their stores are gone: every later call
// on them rejects with code INSTANCE_RESET. Adapters created afterwards
// work normally.

import * as glue from "../dist/better_auth_wasm.js";

/** Codes of the errors this package rejects or throws with. */
export const ERROR_CODES = Object.freeze([
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_INPUT",
  "UNAVAILABLE",
  "INTERNAL",
  "PANIC",
  "INSTANCE_RESET",
]);

/** Number of instances replaced after a panic; tags each adapter. */
let generation = 0;
/** The PANIC error that replaced the instance last. */
let lastPanic = null;
/** Set when replacing the instance failed; every call then fails. */
let resetFailure = null;

/** Raw wasm-bindgen object and instance generation of each adapter. */
const handles = new WeakMap();

/** Instantiates the compiled module: a `WebAssembly.Module` or its bytes. */
export function init(module) {
  glue.initSync({ module });
}

function newError(code, message, cause) {
  const error = new Error(message, cause === undefined ? undefined : { cause });
  error.name = "BetterAuthError";
  error.code = code;
  error.field = null;
  error.entity = null;
  return error;
}

/** Returns `true` for errors created by this package. */
export function isBetterAuthError(error) {
  return (
    error instanceof Error &&
    error.name === "BetterAuthError" &&
    ERROR_CODES.includes(error.code)
  );
}

function isFatal(thrown) {
  return (
    thrown instanceof WebAssembly.RuntimeError ||
    (isBetterAuthError(thrown) && thrown.code === "PANIC")
  );
}

/**
 * Replaces the instance after a panic or a trap (such as a stack overflow,
 * which runs no panic hook) and returns the PANIC error to report.
 */
function recover(thrown) {
  const panic = isBetterAuthError(thrown)
    ? thrown
    : newError("PANIC", `WebAssembly trap: ${thrown.message}`, thrown);
  lastPanic = panic;
  generation += 1;
  try {
    glue.__wbg_reset_state();
  } catch (error) {
    resetFailure = error;
  }
  return panic;
}

function toError(thrown) {
  return isFatal(thrown) ? recover(thrown) : thrown;
}

function checkUsable() {
  if (resetFailure !== null) {
    throw newError(
      "INTERNAL",
      `the WebAssembly instance could not be replaced after a panic (${lastPanic.message}); ` +
        `restart the process: ${resetFailure.message}`,
      resetFailure,
    );
  }
}

function rawAdapter(adapter) {
  const handle = handles.get(adapter);
  if (handle === undefined) {
    throw new TypeError("expected a MemoryDatabaseAdapter as `this`");
  }
  checkUsable();
  if (handle.generation !== generation) {
    throw newError(
      "INSTANCE_RESET",
      "this adapter's store was lost when a panic replaced the WebAssembly instance " +
        `(${lastPanic.message}); create a new adapter, for example from your last snapshot`,
      lastPanic,
    );
  }
  return handle.raw;
}

/** Runs a Promise-returning method; every failure becomes a rejection. */
function call(adapter, method) {
  try {
    return method(rawAdapter(adapter));
  } catch (thrown) {
    return Promise.reject(toError(thrown));
  }
}

/** Runs a synchronous function; failures are thrown. */
function run(operation) {
  checkUsable();
  try {
    return operation();
  } catch (thrown) {
    throw toError(thrown);
  }
}

function wrap(raw) {
  const adapter = Object.create(MemoryDatabaseAdapter.prototype);
  handles.set(adapter, { raw, generation });
  return adapter;
}

/**
 * An in-memory store of users, sessions, accounts, verifications,
 * organizations, members and invitations. See index.d.ts and README.md.
 */
export class MemoryDatabaseAdapter {
  constructor(options) {
    const raw = run(() => new glue.MemoryDatabaseAdapter(options));
    handles.set(this, { raw, generation });
  }

  static fromSnapshot(json, options) {
    return wrap(run(() => glue.MemoryDatabaseAdapter.fromSnapshot(json, options)));
  }

  exportSnapshot() {
    return run(() => rawAdapter(this).exportSnapshot());
  }

  createUser(user) {
    return call(this, (raw) => raw.createUser(user));
  }
  getUserById(id) {
    return call(this, (raw) => raw.getUserById(id));
  }
  getUserByEmail(email) {
    return call(this, (raw) => raw.getUserByEmail(email));
  }
  getUserByUsername(username) {
    return call(this, (raw) => raw.getUserByUsername(username));
  }
  updateUser(id, update) {
    return call(this, (raw) => raw.updateUser(id, update));
  }
  deleteUser(id) {
    return call(this, (raw) => raw.deleteUser(id));
  }
  listUsers(query) {
    return call(this, (raw) => raw.listUsers(query));
  }

  createSession(session) {
    return call(this, (raw) => raw.createSession(session));
  }
  getSession(token) {
    return call(this, (raw) => raw.getSession(token));
  }
  getSessionById(id) {
    return call(this, (raw) => raw.getSessionById(id));
  }
  listUserSessions(userId) {
    return call(this, (raw) => raw.listUserSessions(userId));
  }
  updateSession(token, update) {
    return call(this, (raw) => raw.updateSession(token, update));
  }
  deleteSession(token) {
    return call(this, (raw) => raw.deleteSession(token));
  }
  deleteUserSessions(userId, keepToken) {
    return call(this, (raw) => raw.deleteUserSessions(userId, keepToken));
  }
  deleteExpiredSessions() {
    return call(this, (raw) => raw.deleteExpiredSessions());
  }

  createAccount(account) {
    return call(this, (raw) => raw.createAccount(account));
  }
  getAccount(providerId, accountId) {
    return call(this, (raw) => raw.getAccount(providerId, accountId));
  }
  getAccountById(id) {
    return call(this, (raw) => raw.getAccountById(id));
  }
  listUserAccounts(userId) {
    return call(this, (raw) => raw.listUserAccounts(userId));
  }
  updateAccount(id, update) {
    return call(this, (raw) => raw.updateAccount(id, update));
  }
  deleteAccount(id) {
    return call(this, (raw) => raw.deleteAccount(id));
  }

  createVerification(verification) {
    return call(this, (raw) => raw.createVerification(verification));
  }
  getVerification(identifier) {
    return call(this, (raw) => raw.getVerification(identifier));
  }
  consumeVerification(identifier, value) {
    return call(this, (raw) => raw.consumeVerification(identifier, value));
  }
  deleteVerification(id) {
    return call(this, (raw) => raw.deleteVerification(id));
  }
  deleteVerifications(identifier) {
    return call(this, (raw) => raw.deleteVerifications(identifier));
  }
  deleteExpiredVerifications() {
    return call(this, (raw) => raw.deleteExpiredVerifications());
  }

  createOrganization(organization) {
    return call(this, (raw) => raw.createOrganization(organization));
  }
  getOrganizationById(id) {
    return call(this, (raw) => raw.getOrganizationById(id));
  }
  getOrganizationBySlug(slug) {
    return call(this, (raw) => raw.getOrganizationBySlug(slug));
  }
  updateOrganization(id, update) {
    return call(this, (raw) => raw.updateOrganization(id, update));
  }
  deleteOrganization(id) {
    return call(this, (raw) => raw.deleteOrganization(id));
  }
  listUserOrganizations(userId) {
    return call(this, (raw) => raw.listUserOrganizations(userId));
  }

  createMember(member) {
    return call(this, (raw) => raw.createMember(member));
  }
  getMember(organizationId, userId) {
    return call(this, (raw) => raw.getMember(organizationId, userId));
  }
  getMemberById(id) {
    return call(this, (raw) => raw.getMemberById(id));
  }
  updateMemberRole(id, role) {
    return call(this, (raw) => raw.updateMemberRole(id, role));
  }
  deleteMember(id) {
    return call(this, (raw) => raw.deleteMember(id));
  }
  listOrganizationMembers(organizationId, page) {
    return call(this, (raw) => raw.listOrganizationMembers(organizationId, page));
  }
  countOrganizationMembers(organizationId) {
    return call(this, (raw) => raw.countOrganizationMembers(organizationId));
  }

  createInvitation(invitation) {
    return call(this, (raw) => raw.createInvitation(invitation));
  }
  getInvitationById(id) {
    return call(this, (raw) => raw.getInvitationById(id));
  }
  getPendingInvitation(organizationId, email) {
    return call(this, (raw) => raw.getPendingInvitation(organizationId, email));
  }
  updateInvitationStatus(id, expected, to) {
    return call(this, (raw) => raw.updateInvitationStatus(id, expected, to));
  }
  listOrganizationInvitations(organizationId) {
    return call(this, (raw) => raw.listOrganizationInvitations(organizationId));
  }
  listPendingInvitations(email) {
    return call(this, (raw) => raw.listPendingInvitations(email));
  }
}

/**
 * Panics inside the module on purpose and returns the rejected Promise, to
 * test recovery. Applications have no use for it.
 */
export function panicForTesting(message) {
  try {
    checkUsable();
    glue.panicForTesting(String(message));
    return Promise.reject(newError("INTERNAL", "panicForTesting returned without panicking"));
  } catch (thrown) {
    return Promise.reject(toError(thrown));
  }
}
