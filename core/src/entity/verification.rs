use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AuthVerification;
use crate::error::{AuthResult, EntityKind};
use crate::input::CreateVerification;
use crate::memory::{MemoryVerification, SnapshotRecord};
use crate::redact::debug_with_secrets;
use crate::{snapshot, validate};

/// Built-in verification, with exactly the columns of the `verifications` table.
///
/// `Serialize` and `Debug` leave out the value: it is a single-use secret.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
#[serde(deny_unknown_fields)]
pub struct Verification {
    pub id: String,
    pub identifier: String,
    #[serde(skip_serializing)]
    pub value: String,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

debug_with_secrets!(Verification {
    id, identifier, expires_at, created_at, updated_at,
} secrets { value });

impl AuthVerification for Verification {
    fn id(&self) -> &str {
        &self.id
    }
    fn identifier(&self) -> &str {
        &self.identifier
    }
    fn value(&self) -> &str {
        &self.value
    }
    fn expires_at(&self) -> DateTime<Utc> {
        self.expires_at
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl SnapshotRecord for Verification {
    fn to_snapshot(&self) -> AuthResult<Value> {
        let secrets = [("value", Some(self.value.as_str()))];
        snapshot::to_value_with_secrets(EntityKind::Verification, self, &secrets)
    }

    fn from_snapshot(value: Value) -> AuthResult<Self> {
        snapshot::from_value(EntityKind::Verification, value)
    }
}

impl MemoryVerification for Verification {
    fn from_create(input: CreateVerification, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        validate::no_extra(&input.extra)?;
        Ok(Verification {
            id,
            identifier: input.identifier,
            value: input.value,
            expires_at: input.expires_at,
            created_at: now,
            updated_at: now,
        })
    }
}
