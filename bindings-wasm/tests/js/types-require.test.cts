// Type test of the `require` entry (index.d.cts), checked by `tsc --noEmit`.
import betterAuth = require("better-auth-wasm");

const db = new betterAuth.MemoryDatabaseAdapter({
  session: { additionalFields: { device: { type: "string" } } },
});

export async function check(): Promise<string | null> {
  const session = await db.createSession({ userId: "u", expiresAt: new Date(), device: "phone" });
  // @ts-expect-error `device` is a string.
  await db.createSession({ userId: "u", expiresAt: new Date(), device: 1 });
  return session.device;
}
