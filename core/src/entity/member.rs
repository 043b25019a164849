use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AuthMember;
use crate::error::{AuthResult, EntityKind};
use crate::input::CreateMember;
use crate::memory::{MemoryMember, SnapshotRecord};
use crate::{snapshot, validate};

/// Built-in member, with exactly the columns of the `member` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub id: String,
    pub organization_id: String,
    pub user_id: String,
    pub role: String,
    pub created_at: DateTime<Utc>,
}

impl AuthMember for Member {
    fn id(&self) -> &str {
        &self.id
    }
    fn organization_id(&self) -> &str {
        &self.organization_id
    }
    fn user_id(&self) -> &str {
        &self.user_id
    }
    fn role(&self) -> &str {
        &self.role
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
}

impl SnapshotRecord for Member {
    fn to_snapshot(&self) -> AuthResult<Value> {
        snapshot::to_value_with_secrets(EntityKind::Member, self, &[])
    }

    fn from_snapshot(value: Value) -> AuthResult<Self> {
        snapshot::from_value(EntityKind::Member, value)
    }
}

impl MemoryMember for Member {
    fn from_create(input: CreateMember, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        validate::no_extra(&input.extra)?;
        Ok(Member {
            id,
            organization_id: input.organization_id,
            user_id: input.user_id,
            role: input.role,
            created_at: now,
        })
    }

    fn set_role(&mut self, role: String) {
        self.role = role;
    }
}
