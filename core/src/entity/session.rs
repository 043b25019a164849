use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AuthSession;
use crate::error::{AuthResult, EntityKind};
use crate::input::{apply as set, CreateSession, UpdateSession};
use crate::memory::{MemorySession, SnapshotRecord};
use crate::redact::debug_with_secrets;
use crate::{snapshot, validate};

/// Built-in session, with exactly the columns of the `sessions` table.
///
/// `Serialize` and `Debug` leave out the token: it is a bearer secret.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub id: String,
    pub expires_at: DateTime<Utc>,
    #[serde(skip_serializing)]
    pub token: String,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub user_id: String,
    pub impersonated_by: Option<String>,
    pub active_organization_id: Option<String>,
    pub active: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

debug_with_secrets!(Session {
    id, expires_at, ip_address, user_agent, user_id, impersonated_by,
    active_organization_id, active, created_at, updated_at,
} secrets { token });

impl AuthSession for Session {
    fn id(&self) -> &str {
        &self.id
    }
    fn expires_at(&self) -> DateTime<Utc> {
        self.expires_at
    }
    fn token(&self) -> &str {
        &self.token
    }
    fn ip_address(&self) -> Option<&str> {
        self.ip_address.as_deref()
    }
    fn user_agent(&self) -> Option<&str> {
        self.user_agent.as_deref()
    }
    fn user_id(&self) -> &str {
        &self.user_id
    }
    fn impersonated_by(&self) -> Option<&str> {
        self.impersonated_by.as_deref()
    }
    fn active_organization_id(&self) -> Option<&str> {
        self.active_organization_id.as_deref()
    }
    fn active(&self) -> bool {
        self.active
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl SnapshotRecord for Session {
    fn to_snapshot(&self) -> AuthResult<Value> {
        let secrets = [("token", Some(self.token.as_str()))];
        snapshot::to_value_with_secrets(EntityKind::Session, self, &secrets)
    }

    fn from_snapshot(value: Value) -> AuthResult<Self> {
        snapshot::from_value(EntityKind::Session, value)
    }
}

impl MemorySession for Session {
    fn from_create(input: CreateSession, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        validate::no_extra(&input.extra)?;
        Ok(Session {
            id,
            expires_at: input.expires_at,
            token: input.token,
            ip_address: input.ip_address,
            user_agent: input.user_agent,
            user_id: input.user_id,
            impersonated_by: input.impersonated_by,
            active_organization_id: input.active_organization_id,
            active: true,
            created_at: now,
            updated_at: now,
        })
    }

    fn apply_update(&mut self, update: UpdateSession, now: DateTime<Utc>) -> AuthResult<()> {
        validate::no_extra(&update.extra)?;
        set(&mut self.expires_at, update.expires_at);
        set(
            &mut self.active_organization_id,
            update.active_organization_id,
        );
        set(&mut self.ip_address, update.ip_address);
        set(&mut self.user_agent, update.user_agent);
        set(&mut self.active, update.active);
        self.updated_at = now;
        Ok(())
    }
}
