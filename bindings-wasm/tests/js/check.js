// Assertions shared by every runtime (Node, Deno, Bun, workerd), which do
// not all have node:assert. Each failure message starts with the label of
// the check.

export function ok(condition, label) {
  if (!condition) {
    throw new Error(`${label}: expected true`);
  }
}

export function equal(actual, expected, label) {
  if (!Object.is(actual, expected)) {
    throw new Error(`${label}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Compares as JSON with sorted keys; `Date`s compare by their ISO string. */
export function deepEqual(actual, expected, label) {
  const left = canonical(actual);
  const right = canonical(expected);
  if (left !== right) {
    throw new Error(`${label}: expected ${right}, got ${left}`);
  }
}

export function isDate(value, label) {
  ok(value instanceof Date && !Number.isNaN(value.getTime()), `${label} is a valid Date`);
}

/** Awaits `promise`, which must reject with a BetterAuthError of `code`. */
export async function rejects(promise, code, field, label) {
  ok(promise instanceof Promise, `${label} returns a Promise`);
  let error;
  try {
    const value = await promise;
    throw new Error(`${label}: expected a ${code} rejection, resolved with ${show(value)}`);
  } catch (thrown) {
    error = thrown;
  }
  checkError(error, code, field, label);
  return error;
}

/** Calls `fn`, which must throw a BetterAuthError of `code`. */
export function throws(fn, code, field, label) {
  let error;
  try {
    fn();
  } catch (thrown) {
    error = thrown;
  }
  if (error === undefined) {
    throw new Error(`${label}: expected a ${code} error, nothing was thrown`);
  }
  checkError(error, code, field, label);
  return error;
}

function checkError(error, code, field, label) {
  if (!(error instanceof Error)) {
    throw new Error(`${label}: expected an Error, got ${show(error)}`);
  }
  if (error.code !== code) {
    throw new Error(`${label}: expected code ${code}, got ${error.code} (${error.message})`);
  }
  equal(error.name, "BetterAuthError", `${label}: error name`);
  if (field !== undefined) {
    equal(error.field, field, `${label}: error field (${error.message})`);
  }
}

function canonical(value) {
  return JSON.stringify(value, (_key, item) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.keys(item).sort().map((key) => [key, item[key]]))
      : item,
  );
}

function show(value) {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
