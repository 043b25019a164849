// Type tests of index.d.ts, checked by `tsc --noEmit` (see tsconfig.json):
// a line marked @ts-expect-error fails the check when it compiles.
import {
  MemoryDatabaseAdapter,
  isBetterAuthError,
  type BetterAuthError,
  type ErrorCode,
  type JsonValue,
  type User,
} from "better-auth-wasm";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(): T | void {}

const db = new MemoryDatabaseAdapter({
  user: {
    additionalFields: {
      plan: { type: "string", required: true, defaultValue: "free" },
      tenant: { type: "string", required: true },
      seats: { type: "number" },
      trialEndsAt: { type: "date" },
      settings: { type: "json" },
    },
  },
});

export async function check(): Promise<void> {
  const user = await db.createUser({ email: "a@example.com", tenant: "acme", trialEndsAt: new Date() });
  expectType<Equal<typeof user.plan, string>>();
  expectType<Equal<typeof user.tenant, string>>();
  expectType<Equal<typeof user.seats, number | null>>();
  expectType<Equal<typeof user.trialEndsAt, Date | null>>();
  expectType<Equal<typeof user.createdAt, Date>>();
  expectType<Equal<typeof user.emailVerified, boolean>>();
  expectType<Equal<typeof user.email, string | null>>();

  // @ts-expect-error `tenant` is required and has no default.
  await db.createUser({ email: "b@example.com" });
  // @ts-expect-error `seats` is a number.
  await db.createUser({ tenant: "acme", seats: "5" });
  // @ts-expect-error `nickname` is not declared.
  await db.createUser({ tenant: "acme", nickname: "x" });
  // @ts-expect-error a required field cannot be cleared.
  await db.updateUser(user.id, { plan: null });
  await db.updateUser(user.id, { seats: null, trialEndsAt: "2030-01-01T00:00:00Z" });

  const found = await db.getUserById(user.id);
  expectType<Equal<NonNullable<typeof found>["settings"], JsonValue | null>>();
  const asUser: User | null = found;
  void asUser;

  const plain = new MemoryDatabaseAdapter();
  const session = await plain.createSession({ userId: "u", expiresAt: new Date() });
  expectType<Equal<typeof session.token, string>>();
  // @ts-expect-error built-in adapters have no custom fields.
  await plain.createUser({ plan: "pro" });
  // @ts-expect-error `expiresAt` is required.
  await plain.createSession({ userId: "u" });
  // @ts-expect-error an unknown status.
  await plain.updateInvitationStatus("i", "pending", "expired");
  const count: number = await plain.deleteExpiredSessions();
  const page = await plain.listUsers({ limit: 10 });
  expectType<Equal<typeof page.total, number>>();

  // @ts-expect-error an unknown field type.
  new MemoryDatabaseAdapter({ user: { additionalFields: { x: { type: "text" } } } });

  try {
    MemoryDatabaseAdapter.fromSnapshot(db.exportSnapshot());
  } catch (error) {
    if (isBetterAuthError(error)) {
      expectType<Equal<typeof error.code, ErrorCode>>();
      const field: string | null = error.field;
      void field;
    }
  }
  void count;
}

export type { BetterAuthError };
