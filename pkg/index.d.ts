// Types of better-auth-wasm. Every method of MemoryDatabaseAdapter returns
// a Promise that rejects with a BetterAuthError; see README.md for the
// behaviour of each operation.

/** A value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

/** A timestamp as an input: a `Date`, or an ISO 8601 string with a time zone. */
export type DateInput = Date | string;

/** The kinds of stored rows. */
export type EntityName =
  | "user"
  | "session"
  | "account"
  | "verification"
  | "organization"
  | "member"
  | "invitation";

// ---- errors ---------------------------------------------------------------

/**
 * - `NOT_FOUND`: an update named a missing row (gets resolve with `null`).
 * - `CONFLICT`: a unique key is taken, or a guarded status change found
 *   another status; `field` names the key.
 * - `INVALID_INPUT`: an argument has the wrong type, is missing, too long,
 *   an unknown key, or a reference to a missing row; `field` names it.
 * - `UNAVAILABLE`: something the call needs is missing now (no random source
 *   at the top level of a Worker); retrying later may succeed.
 * - `INTERNAL`: a bug in better-auth.
 * - `PANIC`: the Rust code panicked in this call. The WebAssembly instance
 *   was replaced, and every adapter that existed before is lost.
 * - `INSTANCE_RESET`: this adapter belonged to an instance replaced after a
 *   panic; its store is gone. Create a new adapter.
 */
export type ErrorCode =
  | "NOT_FOUND"
  | "CONFLICT"
  | "INVALID_INPUT"
  | "UNAVAILABLE"
  | "INTERNAL"
  | "PANIC"
  | "INSTANCE_RESET";

/** The errors every method rejects with (and the constructor throws). */
export interface BetterAuthError extends Error {
  name: "BetterAuthError";
  code: ErrorCode;
  /** The camelCase name of the field at fault, when there is one. */
  field: string | null;
  /** The kind of row, for `NOT_FOUND` and `CONFLICT`. */
  entity: EntityName | null;
}

/** Every code a `BetterAuthError` can have. */
export declare const ERROR_CODES: readonly ErrorCode[];

/** Returns `true` for errors created by this package. */
export declare function isBetterAuthError(error: unknown): error is BetterAuthError;

// ---- options and custom fields ---------------------------------------------

/** The types a custom field can have. */
export type FieldType = "string" | "number" | "boolean" | "date" | "json";

/** The value of a custom field of type `T`, as methods resolve with it. */
export type FieldValue<T extends FieldType> = T extends "string"
  ? string
  : T extends "number"
    ? number
    : T extends "boolean"
      ? boolean
      : T extends "date"
        ? Date
        : JsonValue;

/** The value of a custom field of type `T`, as inputs accept it. */
export type FieldInput<T extends FieldType> = T extends "date" ? DateInput : FieldValue<T>;

/** One custom field. */
export interface FieldDeclaration<T extends FieldType = FieldType> {
  type: T;
  /**
   * A required field is never `null`; creates must set it unless it has a
   * `defaultValue`. Defaults to `false`.
   */
  required?: boolean;
  /** Stored when a create leaves the field out. */
  defaultValue?: FieldInput<T>;
}

/** The options of one entity type. */
export interface EntityOptions {
  /** Custom fields, by name; a name may not be a built-in field's. */
  additionalFields?: { [name: string]: FieldDeclaration };
}

/** Options of `new MemoryDatabaseAdapter()` and `fromSnapshot()`. */
export interface AdapterOptions {
  user?: EntityOptions;
  session?: EntityOptions;
  account?: EntityOptions;
  verification?: EntityOptions;
  organization?: EntityOptions;
  member?: EntityOptions;
  invitation?: EntityOptions;
}

/** The custom field declarations of entity `E` in options `O`. */
type Declared<O, E extends EntityName> = O extends { [K in E]?: infer Entity }
  ? Entity extends { additionalFields?: infer Fields }
    ? Fields extends { [name: string]: FieldDeclaration }
      ? Fields
      : {}
    : {}
  : {};

type TypeOf<D> = D extends { type: infer T extends FieldType } ? T : never;
type IsRequired<D> = D extends { required: true } ? true : false;
type HasDefault<D> = D extends { defaultValue: unknown } ? true : false;

/** Custom fields as rows carry them: optional fields may be `null`. */
type CustomOutput<F> = {
  [K in keyof F]: IsRequired<F[K]> extends true
    ? FieldValue<TypeOf<F[K]>>
    : FieldValue<TypeOf<F[K]>> | null;
};

type MandatoryKeys<F> = {
  [K in keyof F]: IsRequired<F[K]> extends true
    ? HasDefault<F[K]> extends true
      ? never
      : K
    : never;
}[keyof F];

/** Custom fields of a create: required ones without a default are mandatory. */
type CustomCreate<F> = {
  [K in MandatoryKeys<F>]: FieldInput<TypeOf<F[K]>>;
} & {
  [K in Exclude<keyof F, MandatoryKeys<F>>]?: IsRequired<F[K]> extends true
    ? FieldInput<TypeOf<F[K]>>
    : FieldInput<TypeOf<F[K]>> | null;
};

/** Custom fields of an update: `null` clears an optional field. */
type CustomUpdate<F> = {
  [K in keyof F]?: IsRequired<F[K]> extends true
    ? FieldInput<TypeOf<F[K]>>
    : FieldInput<TypeOf<F[K]>> | null;
};

// ---- rows -----------------------------------------------------------------

export interface User {
  id: string;
  name: string | null;
  /** Trimmed and lower-cased. */
  email: string | null;
  emailVerified: boolean;
  image: string | null;
  username: string | null;
  displayUsername: string | null;
  twoFactorEnabled: boolean;
  role: string | null;
  banned: boolean;
  banReason: string | null;
  banExpires: Date | null;
  metadata: JsonObject;
  createdAt: Date;
  updatedAt: Date;
}

export interface Session {
  id: string;
  expiresAt: Date;
  /** The bearer token: a secret. */
  token: string;
  ipAddress: string | null;
  userAgent: string | null;
  userId: string;
  impersonatedBy: string | null;
  activeOrganizationId: string | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface Account {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  /** OAuth token: a secret. */
  accessToken: string | null;
  /** OAuth token: a secret. */
  refreshToken: string | null;
  /** OAuth token: a secret. */
  idToken: string | null;
  accessTokenExpiresAt: Date | null;
  refreshTokenExpiresAt: Date | null;
  scope: string | null;
  /** The password hash of a `credential` account: a secret. */
  password: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Verification {
  id: string;
  identifier: string;
  /** The single-use value: a secret. */
  value: string;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export interface Organization {
  id: string;
  name: string;
  slug: string;
  logo: string | null;
  metadata: JsonObject;
  createdAt: Date;
  updatedAt: Date;
}

export interface Member {
  id: string;
  organizationId: string;
  userId: string;
  role: string;
  createdAt: Date;
}

export type InvitationStatus = "pending" | "accepted" | "rejected" | "canceled";

export interface Invitation {
  id: string;
  organizationId: string;
  /** Trimmed and lower-cased. */
  email: string;
  role: string;
  status: InvitationStatus;
  inviterId: string;
  expiresAt: Date;
  createdAt: Date;
}

// ---- inputs ---------------------------------------------------------------

/** `null` and a missing key both mean "no value". */
export interface CreateUserInput {
  /** A UUID v4 is generated when missing. */
  id?: string;
  email?: string | null;
  name?: string | null;
  emailVerified?: boolean;
  image?: string | null;
  username?: string | null;
  displayUsername?: string | null;
  twoFactorEnabled?: boolean;
  role?: string | null;
  banned?: boolean;
  banReason?: string | null;
  banExpires?: DateInput | null;
  /** A JSON object; `{}` when missing. */
  metadata?: { [key: string]: unknown } | null;
}

/** A missing key leaves the field as it is; `null` clears it. */
export interface UpdateUserInput {
  email?: string | null;
  name?: string | null;
  emailVerified?: boolean;
  image?: string | null;
  username?: string | null;
  displayUsername?: string | null;
  twoFactorEnabled?: boolean;
  role?: string | null;
  banned?: boolean;
  banReason?: string | null;
  banExpires?: DateInput | null;
  metadata?: { [key: string]: unknown };
}

export interface ListUsersQuery {
  /** Case-insensitive substring of the email. */
  emailContains?: string | null;
  /** Case-insensitive substring of the name. */
  nameContains?: string | null;
  role?: string | null;
  banned?: boolean | null;
  limit?: number | null;
  offset?: number;
}

export interface CreateSessionInput {
  id?: string;
  /** At least 32 characters; 256 random bits in base64url when missing. */
  token?: string;
  userId: string;
  expiresAt: DateInput;
  ipAddress?: string | null;
  userAgent?: string | null;
  impersonatedBy?: string | null;
  activeOrganizationId?: string | null;
}

export interface UpdateSessionInput {
  expiresAt?: DateInput;
  activeOrganizationId?: string | null;
  ipAddress?: string | null;
  userAgent?: string | null;
  /** `false` marks the session inactive; reads still return it. */
  active?: boolean;
}

export interface CreateAccountInput {
  id?: string;
  accountId: string;
  /** `"credential"` for password accounts, whose `accountId` is the user id. */
  providerId: string;
  userId: string;
  accessToken?: string | null;
  refreshToken?: string | null;
  idToken?: string | null;
  accessTokenExpiresAt?: DateInput | null;
  refreshTokenExpiresAt?: DateInput | null;
  scope?: string | null;
  /** A password hash (argon2, bcrypt, ...), never a plain password. */
  password?: string | null;
}

export interface UpdateAccountInput {
  accessToken?: string | null;
  refreshToken?: string | null;
  idToken?: string | null;
  accessTokenExpiresAt?: DateInput | null;
  refreshTokenExpiresAt?: DateInput | null;
  scope?: string | null;
  password?: string | null;
}

export interface CreateVerificationInput {
  id?: string;
  identifier: string;
  value: string;
  expiresAt: DateInput;
}

export interface CreateOrganizationInput {
  id?: string;
  name: string;
  /** Unique, compared as given. */
  slug: string;
  logo?: string | null;
  metadata?: { [key: string]: unknown } | null;
}

export interface UpdateOrganizationInput {
  name?: string;
  slug?: string;
  logo?: string | null;
  metadata?: { [key: string]: unknown };
}

export interface CreateMemberInput {
  id?: string;
  organizationId: string;
  userId: string;
  role: string;
}

export interface CreateInvitationInput {
  id?: string;
  organizationId: string;
  email: string;
  /** `"member"` when missing. */
  role?: string;
  /** `"pending"` when missing. */
  status?: InvitationStatus;
  inviterId: string;
  expiresAt: DateInput;
}

/** A window into a list: skip `offset` rows, return at most `limit`. */
export interface Page {
  limit?: number | null;
  offset?: number;
}

// ---- the adapter ------------------------------------------------------------

type Row<Base, O, E extends EntityName> = Base & CustomOutput<Declared<O, E>>;
type Create<Input, O, E extends EntityName> = Input & CustomCreate<Declared<O, E>>;
type Update<Input, O, E extends EntityName> = Input & CustomUpdate<Declared<O, E>>;

/**
 * An in-memory store of users, sessions, accounts, verifications,
 * organizations, members and invitations, kept in this WebAssembly
 * instance: one per process or isolate, lost on exit unless snapshotted.
 *
 * `O` is the type of the options, from which the custom fields of every
 * row and input are typed.
 */
export declare class MemoryDatabaseAdapter<const O extends AdapterOptions = {}> {
  /** Creates an empty store. Throws `INVALID_INPUT` for malformed options. */
  constructor(options?: O);

  /**
   * Rebuilds a store from `exportSnapshot()` output. Throws
   * `INVALID_INPUT` when the snapshot is malformed or does not fit the
   * options' custom fields.
   */
  static fromSnapshot<const O extends AdapterOptions = {}>(
    json: string,
    options?: O,
  ): MemoryDatabaseAdapter<O>;

  /** Returns every row, secrets included, as one JSON document. */
  exportSnapshot(): string;

  /** Rejects with `CONFLICT` on `id`, `email` or `username`. */
  createUser(user: Create<CreateUserInput, O, "user">): Promise<Row<User, O, "user">>;
  getUserById(id: string): Promise<Row<User, O, "user"> | null>;
  /** Ignores case and surrounding whitespace. */
  getUserByEmail(email: string): Promise<Row<User, O, "user"> | null>;
  getUserByUsername(username: string): Promise<Row<User, O, "user"> | null>;
  /** Rejects with `NOT_FOUND`, or `CONFLICT` on `email` or `username`. */
  updateUser(
    id: string,
    update: Update<UpdateUserInput, O, "user">,
  ): Promise<Row<User, O, "user">>;
  /** Also deletes the user's sessions, accounts, memberships and sent invitations. */
  deleteUser(id: string): Promise<void>;
  /** Users ordered by `createdAt`, then `id`, with the number of matches. */
  listUsers(query?: ListUsersQuery): Promise<{ users: Row<User, O, "user">[]; total: number }>;

  /** Rejects with `CONFLICT` on `id` or `token`, `INVALID_INPUT` on a missing `userId`. */
  createSession(
    session: Create<CreateSessionInput, O, "session">,
  ): Promise<Row<Session, O, "session">>;
  /** Resolves with `null` for an unknown or expired token. */
  getSession(token: string): Promise<Row<Session, O, "session"> | null>;
  getSessionById(id: string): Promise<Row<Session, O, "session"> | null>;
  /** Live sessions, oldest first. */
  listUserSessions(userId: string): Promise<Row<Session, O, "session">[]>;
  /** Rejects with `NOT_FOUND` for an unknown or expired token. */
  updateSession(
    token: string,
    update: Update<UpdateSessionInput, O, "session">,
  ): Promise<Row<Session, O, "session">>;
  deleteSession(token: string): Promise<void>;
  /** Resolves with the number of sessions deleted. */
  deleteUserSessions(userId: string, keepToken?: string | null): Promise<number>;
  /** Resolves with the number of sessions deleted. */
  deleteExpiredSessions(): Promise<number>;

  /** Rejects with `CONFLICT` on `id` or `accountId` (with `providerId`). */
  createAccount(
    account: Create<CreateAccountInput, O, "account">,
  ): Promise<Row<Account, O, "account">>;
  getAccount(providerId: string, accountId: string): Promise<Row<Account, O, "account"> | null>;
  getAccountById(id: string): Promise<Row<Account, O, "account"> | null>;
  listUserAccounts(userId: string): Promise<Row<Account, O, "account">[]>;
  updateAccount(
    id: string,
    update: Update<UpdateAccountInput, O, "account">,
  ): Promise<Row<Account, O, "account">>;
  deleteAccount(id: string): Promise<void>;

  createVerification(
    verification: Create<CreateVerificationInput, O, "verification">,
  ): Promise<Row<Verification, O, "verification">>;
  /** The newest live verification of `identifier`. */
  getVerification(identifier: string): Promise<Row<Verification, O, "verification"> | null>;
  /**
   * Deletes and resolves with the newest live verification matching both
   * arguments; of concurrent callers exactly one gets it.
   */
  consumeVerification(
    identifier: string,
    value: string,
  ): Promise<Row<Verification, O, "verification"> | null>;
  deleteVerification(id: string): Promise<void>;
  /** Resolves with the number of verifications deleted. */
  deleteVerifications(identifier: string): Promise<number>;
  /** Resolves with the number of verifications deleted. */
  deleteExpiredVerifications(): Promise<number>;

  /** Rejects with `CONFLICT` on `id` or `slug`. */
  createOrganization(
    organization: Create<CreateOrganizationInput, O, "organization">,
  ): Promise<Row<Organization, O, "organization">>;
  getOrganizationById(id: string): Promise<Row<Organization, O, "organization"> | null>;
  getOrganizationBySlug(slug: string): Promise<Row<Organization, O, "organization"> | null>;
  updateOrganization(
    id: string,
    update: Update<UpdateOrganizationInput, O, "organization">,
  ): Promise<Row<Organization, O, "organization">>;
  /** Also deletes its members and invitations, and clears it from sessions. */
  deleteOrganization(id: string): Promise<void>;
  listUserOrganizations(userId: string): Promise<Row<Organization, O, "organization">[]>;

  /** Rejects with `CONFLICT` on `userId` when the user already is a member. */
  createMember(
    member: Create<CreateMemberInput, O, "member">,
  ): Promise<Row<Member, O, "member">>;
  getMember(organizationId: string, userId: string): Promise<Row<Member, O, "member"> | null>;
  getMemberById(id: string): Promise<Row<Member, O, "member"> | null>;
  updateMemberRole(id: string, role: string): Promise<Row<Member, O, "member">>;
  deleteMember(id: string): Promise<void>;
  listOrganizationMembers(
    organizationId: string,
    page?: Page,
  ): Promise<Row<Member, O, "member">[]>;
  countOrganizationMembers(organizationId: string): Promise<number>;

  createInvitation(
    invitation: Create<CreateInvitationInput, O, "invitation">,
  ): Promise<Row<Invitation, O, "invitation">>;
  getInvitationById(id: string): Promise<Row<Invitation, O, "invitation"> | null>;
  getPendingInvitation(
    organizationId: string,
    email: string,
  ): Promise<Row<Invitation, O, "invitation"> | null>;
  /** Rejects with `CONFLICT` on `status` unless the status is `expected`. */
  updateInvitationStatus(
    id: string,
    expected: InvitationStatus,
    to: InvitationStatus,
  ): Promise<Row<Invitation, O, "invitation">>;
  listOrganizationInvitations(organizationId: string): Promise<Row<Invitation, O, "invitation">[]>;
  listPendingInvitations(email: string): Promise<Row<Invitation, O, "invitation">[]>;
}

/**
 * Panics inside the module on purpose, to test recovery: resolves never,
 * rejects with `PANIC`, and replaces the instance. Not for applications.
 */
export declare function panicForTesting(message: string): Promise<never>;
