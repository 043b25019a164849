//! Application entity types with custom columns, as the documentation
//! shows them: the `Auth*` derives plus `sqlx::FromRow`.

use better_auth_core::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    AuthVerification, InvitationStatus, ManualClock,
};
use better_auth_sqlx::SqlxAdapter;
use chrono::{DateTime, Utc};
use sqlx::PgPool;

/// The custom columns of the types below, each with a default so rows
/// created without a value for it are valid.
pub const CUSTOM_COLUMNS: &str = "
ALTER TABLE users
    ADD COLUMN plan TEXT NOT NULL DEFAULT 'free',
    ADD COLUMN stripe_customer_id TEXT,
    ADD COLUMN seats INTEGER NOT NULL DEFAULT 1,
    ADD COLUMN score DOUBLE PRECISION NOT NULL DEFAULT 0,
    ADD COLUMN beta BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN trial_ends_at TIMESTAMPTZ,
    ADD COLUMN preferences JSONB NOT NULL DEFAULT '{}';
ALTER TABLE sessions ADD COLUMN device_id TEXT;
ALTER TABLE accounts ADD COLUMN tenant TEXT NOT NULL DEFAULT 'main';
ALTER TABLE verifications ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE organization ADD COLUMN tier TEXT NOT NULL DEFAULT 'team';
ALTER TABLE member ADD COLUMN title TEXT;
ALTER TABLE invitation ADD COLUMN note TEXT;
";

/// The adapter over the custom types.
pub type AppDb = SqlxAdapter<
    AppUser,
    AppSession,
    AppAccount,
    AppOrganization,
    AppMember,
    AppInvitation,
    AppVerification,
>;

/// Migrates the test database, adds [`CUSTOM_COLUMNS`] and wraps the pool.
pub async fn app_db(pool: PgPool, clock: ManualClock) -> AppDb {
    let adapter = AppDb::from_pool(pool).with_clock(clock);
    adapter.migrate().await.expect("migrate");
    sqlx::raw_sql(CUSTOM_COLUMNS)
        .execute(adapter.pool())
        .await
        .expect("add custom columns");
    adapter
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow, AuthUser)]
pub struct AppUser {
    pub id: String,
    pub email: Option<String>,
    // A standard column under another field name needs both renames.
    #[auth(field = "name")]
    #[sqlx(rename = "name")]
    pub display_name: Option<String>,
    pub email_verified: bool,
    pub image: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub username: Option<String>,
    pub display_username: Option<String>,
    pub two_factor_enabled: bool,
    pub role: Option<String>,
    pub banned: bool,
    pub ban_reason: Option<String>,
    pub ban_expires: Option<DateTime<Utc>>,
    pub metadata: serde_json::Value,
    // Custom fields, one of each storage type.
    pub plan: String,
    pub stripe_customer_id: Option<String>,
    pub seats: i32,
    pub score: f64,
    pub beta: bool,
    pub trial_ends_at: Option<DateTime<Utc>>,
    pub preferences: serde_json::Value,
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow, AuthSession)]
pub struct AppSession {
    pub id: String,
    pub expires_at: DateTime<Utc>,
    pub token: String,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub user_id: String,
    pub impersonated_by: Option<String>,
    pub active_organization_id: Option<String>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub device_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow, AuthAccount)]
pub struct AppAccount {
    pub id: String,
    pub account_id: String,
    pub provider_id: String,
    pub user_id: String,
    pub access_token: Option<String>,
    pub refresh_token: Option<String>,
    pub id_token: Option<String>,
    pub access_token_expires_at: Option<DateTime<Utc>>,
    pub refresh_token_expires_at: Option<DateTime<Utc>>,
    pub scope: Option<String>,
    pub password: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub tenant: String,
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow, AuthVerification)]
pub struct AppVerification {
    pub id: String,
    pub identifier: String,
    pub value: String,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub attempts: i32,
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow, AuthOrganization)]
pub struct AppOrganization {
    pub id: String,
    pub name: String,
    pub slug: String,
    pub logo: Option<String>,
    pub metadata: serde_json::Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub tier: String,
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow, AuthMember)]
pub struct AppMember {
    pub id: String,
    pub organization_id: String,
    pub user_id: String,
    pub role: String,
    pub created_at: DateTime<Utc>,
    pub title: Option<String>,
}

#[derive(Clone, Debug, PartialEq, sqlx::FromRow, AuthInvitation)]
pub struct AppInvitation {
    pub id: String,
    pub organization_id: String,
    pub email: String,
    pub role: String,
    #[sqlx(try_from = "String")]
    pub status: InvitationStatus,
    pub inviter_id: String,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub note: Option<String>,
}
