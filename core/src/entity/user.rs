use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AuthUser;
use crate::error::{AuthResult, EntityKind};
use crate::input::{apply as set, CreateUser, UpdateUser};
use crate::memory::{MemoryUser, SnapshotRecord};
use crate::{snapshot, validate};

/// Built-in user, with exactly the columns of the `users` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
#[serde(deny_unknown_fields)]
pub struct User {
    pub id: String,
    pub name: Option<String>,
    pub email: Option<String>,
    pub email_verified: bool,
    pub image: Option<String>,
    pub username: Option<String>,
    pub display_username: Option<String>,
    pub two_factor_enabled: bool,
    pub role: Option<String>,
    pub banned: bool,
    pub ban_reason: Option<String>,
    pub ban_expires: Option<DateTime<Utc>>,
    pub metadata: Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl AuthUser for User {
    fn id(&self) -> &str {
        &self.id
    }
    fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }
    fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
    fn email_verified(&self) -> bool {
        self.email_verified
    }
    fn image(&self) -> Option<&str> {
        self.image.as_deref()
    }
    fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }
    fn display_username(&self) -> Option<&str> {
        self.display_username.as_deref()
    }
    fn two_factor_enabled(&self) -> bool {
        self.two_factor_enabled
    }
    fn role(&self) -> Option<&str> {
        self.role.as_deref()
    }
    fn banned(&self) -> bool {
        self.banned
    }
    fn ban_reason(&self) -> Option<&str> {
        self.ban_reason.as_deref()
    }
    fn ban_expires(&self) -> Option<DateTime<Utc>> {
        self.ban_expires
    }
    fn metadata(&self) -> &Value {
        &self.metadata
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl SnapshotRecord for User {
    fn to_snapshot(&self) -> AuthResult<Value> {
        snapshot::to_value_with_secrets(EntityKind::User, self, &[])
    }

    fn from_snapshot(value: Value) -> AuthResult<Self> {
        snapshot::from_value(EntityKind::User, value)
    }
}

impl MemoryUser for User {
    fn from_create(input: CreateUser, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        validate::no_extra(&input.extra)?;
        Ok(User {
            id,
            name: input.name,
            email: input.email,
            email_verified: input.email_verified,
            image: input.image,
            username: input.username,
            display_username: input.display_username,
            two_factor_enabled: input.two_factor_enabled,
            role: input.role,
            banned: input.banned,
            ban_reason: input.ban_reason,
            ban_expires: input.ban_expires,
            metadata: input.metadata.unwrap_or_else(crate::input::empty_metadata),
            created_at: now,
            updated_at: now,
        })
    }

    fn apply_update(&mut self, update: UpdateUser, now: DateTime<Utc>) -> AuthResult<()> {
        validate::no_extra(&update.extra)?;
        set(&mut self.name, update.name);
        set(&mut self.email, update.email);
        set(&mut self.email_verified, update.email_verified);
        set(&mut self.image, update.image);
        set(&mut self.username, update.username);
        set(&mut self.display_username, update.display_username);
        set(&mut self.two_factor_enabled, update.two_factor_enabled);
        set(&mut self.role, update.role);
        set(&mut self.banned, update.banned);
        set(&mut self.ban_reason, update.ban_reason);
        set(&mut self.ban_expires, update.ban_expires);
        set(&mut self.metadata, update.metadata);
        self.updated_at = now;
        Ok(())
    }
}
