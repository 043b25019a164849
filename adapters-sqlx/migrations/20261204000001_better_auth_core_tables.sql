-- Core tables of better-auth: users, sessions, accounts and verifications.
-- The columns are the documented schema. Every statement uses IF NOT EXISTS,
-- so teams that apply these files with their own tool can re-run them.

CREATE TABLE IF NOT EXISTS users (
    id TEXT PRIMARY KEY,
    name TEXT,
    email TEXT UNIQUE,
    email_verified BOOLEAN NOT NULL DEFAULT FALSE,
    image TEXT,
    username TEXT UNIQUE,
    display_username TEXT,
    two_factor_enabled BOOLEAN NOT NULL DEFAULT FALSE,
    role TEXT,
    banned BOOLEAN NOT NULL DEFAULT FALSE,
    ban_reason TEXT,
    ban_expires TIMESTAMPTZ,
    metadata JSONB NOT NULL DEFAULT '{}',
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS sessions (
    id TEXT PRIMARY KEY,
    expires_at TIMESTAMPTZ NOT NULL,
    token TEXT NOT NULL UNIQUE,
    ip_address TEXT,
    user_agent TEXT,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    impersonated_by TEXT,
    active_organization_id TEXT,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS accounts (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    provider_id TEXT NOT NULL,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    access_token TEXT,
    refresh_token TEXT,
    id_token TEXT,
    access_token_expires_at TIMESTAMPTZ,
    refresh_token_expires_at TIMESTAMPTZ,
    scope TEXT,
    password TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    UNIQUE(provider_id, account_id)
);

CREATE TABLE IF NOT EXISTS verifications (
    id TEXT PRIMARY KEY,
    identifier TEXT NOT NULL,
    value TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

-- Indexes for the adapter's queries. The UNIQUE constraints above already
-- index users(email), users(username), sessions(token) and
-- accounts(provider_id, account_id).

-- Paging through users in list order.
CREATE INDEX IF NOT EXISTS users_created_at_id_idx ON users (created_at, id);
-- Listing and deleting a user's sessions, and the cascade of a user delete.
CREATE INDEX IF NOT EXISTS sessions_user_id_idx ON sessions (user_id);
-- Deleting expired sessions.
CREATE INDEX IF NOT EXISTS sessions_expires_at_idx ON sessions (expires_at);
-- Listing a user's accounts, and the cascade of a user delete.
CREATE INDEX IF NOT EXISTS accounts_user_id_idx ON accounts (user_id);
-- Reading, consuming and deleting the values of an identifier.
CREATE INDEX IF NOT EXISTS verifications_identifier_idx ON verifications (identifier);
-- Deleting expired verifications.
CREATE INDEX IF NOT EXISTS verifications_expires_at_idx ON verifications (expires_at);
