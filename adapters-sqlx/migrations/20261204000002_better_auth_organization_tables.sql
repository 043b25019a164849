-- Organization tables of better-auth: organization, member and invitation.
-- The columns are the documented schema. Every statement uses IF NOT EXISTS,
-- so teams that apply these files with their own tool can re-run them.

CREATE TABLE IF NOT EXISTS organization (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    logo TEXT,
    metadata JSONB NOT NULL DEFAULT '{}',
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

CREATE TABLE IF NOT EXISTS member (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member',
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    UNIQUE(organization_id, user_id)
);

CREATE TABLE IF NOT EXISTS invitation (
    id TEXT PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
    email TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'member',
    status TEXT NOT NULL DEFAULT 'pending',
    inviter_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT NOW()
);

-- Indexes for the adapter's queries. The UNIQUE constraints above already
-- index organization(slug) and member(organization_id, user_id), which also
-- serves the members of one organization.

-- A user's memberships and organizations, and the cascade of a user delete.
CREATE INDEX IF NOT EXISTS member_user_id_idx ON member (user_id);
-- The invitations of one organization, optionally for one email.
CREATE INDEX IF NOT EXISTS invitation_organization_id_email_idx ON invitation (organization_id, email);
-- The pending invitations of one email, across organizations.
CREATE INDEX IF NOT EXISTS invitation_email_idx ON invitation (email);
-- The cascade of a user delete to the invitations it sent.
CREATE INDEX IF NOT EXISTS invitation_inviter_id_idx ON invitation (inviter_id);
-- Clearing the active organization of sessions when it is deleted.
CREATE INDEX IF NOT EXISTS sessions_active_organization_id_idx ON sessions (active_organization_id)
    WHERE active_organization_id IS NOT NULL;
