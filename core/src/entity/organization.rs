use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AuthOrganization;
use crate::error::{AuthResult, EntityKind};
use crate::input::{apply as set, CreateOrganization, UpdateOrganization};
use crate::memory::{MemoryOrganization, SnapshotRecord};
use crate::{snapshot, validate};

/// Built-in organization, with exactly the columns of the `organization` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub slug: String,
    pub logo: Option<String>,
    pub metadata: Value,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl AuthOrganization for Organization {
    fn id(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn slug(&self) -> &str {
        &self.slug
    }
    fn logo(&self) -> Option<&str> {
        self.logo.as_deref()
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

impl SnapshotRecord for Organization {
    fn to_snapshot(&self) -> AuthResult<Value> {
        snapshot::to_value_with_secrets(EntityKind::Organization, self, &[])
    }

    fn from_snapshot(value: Value) -> AuthResult<Self> {
        snapshot::from_value(EntityKind::Organization, value)
    }
}

impl MemoryOrganization for Organization {
    fn from_create(input: CreateOrganization, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        validate::no_extra(&input.extra)?;
        Ok(Organization {
            id,
            name: input.name,
            slug: input.slug,
            logo: input.logo,
            metadata: input.metadata.unwrap_or_else(crate::input::empty_metadata),
            created_at: now,
            updated_at: now,
        })
    }

    fn apply_update(&mut self, update: UpdateOrganization, now: DateTime<Utc>) -> AuthResult<()> {
        validate::no_extra(&update.extra)?;
        set(&mut self.name, update.name);
        set(&mut self.slug, update.slug);
        set(&mut self.logo, update.logo);
        set(&mut self.metadata, update.metadata);
        self.updated_at = now;
        Ok(())
    }
}
