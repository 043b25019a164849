use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AuthAccount;
use crate::error::{AuthResult, EntityKind};
use crate::input::{apply as set, CreateAccount, UpdateAccount};
use crate::memory::{MemoryAccount, SnapshotRecord};
use crate::redact::debug_with_secrets;
use crate::{snapshot, validate};

/// Built-in account, with exactly the columns of the `accounts` table.
///
/// `Serialize` and `Debug` leave out the password hash and the OAuth tokens.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
#[serde(deny_unknown_fields)]
pub struct Account {
    pub id: String,
    pub account_id: String,
    pub provider_id: String,
    pub user_id: String,
    #[serde(skip_serializing)]
    pub access_token: Option<String>,
    #[serde(skip_serializing)]
    pub refresh_token: Option<String>,
    #[serde(skip_serializing)]
    pub id_token: Option<String>,
    pub access_token_expires_at: Option<DateTime<Utc>>,
    pub refresh_token_expires_at: Option<DateTime<Utc>>,
    pub scope: Option<String>,
    #[serde(skip_serializing)]
    pub password: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

debug_with_secrets!(Account {
    id, account_id, provider_id, user_id, access_token_expires_at,
    refresh_token_expires_at, scope, created_at, updated_at,
} secrets { access_token, refresh_token, id_token, password });

impl AuthAccount for Account {
    fn id(&self) -> &str {
        &self.id
    }
    fn account_id(&self) -> &str {
        &self.account_id
    }
    fn provider_id(&self) -> &str {
        &self.provider_id
    }
    fn user_id(&self) -> &str {
        &self.user_id
    }
    fn access_token(&self) -> Option<&str> {
        self.access_token.as_deref()
    }
    fn refresh_token(&self) -> Option<&str> {
        self.refresh_token.as_deref()
    }
    fn id_token(&self) -> Option<&str> {
        self.id_token.as_deref()
    }
    fn access_token_expires_at(&self) -> Option<DateTime<Utc>> {
        self.access_token_expires_at
    }
    fn refresh_token_expires_at(&self) -> Option<DateTime<Utc>> {
        self.refresh_token_expires_at
    }
    fn scope(&self) -> Option<&str> {
        self.scope.as_deref()
    }
    fn password(&self) -> Option<&str> {
        self.password.as_deref()
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }
}

impl SnapshotRecord for Account {
    fn to_snapshot(&self) -> AuthResult<Value> {
        let secrets = [
            ("access_token", self.access_token.as_deref()),
            ("refresh_token", self.refresh_token.as_deref()),
            ("id_token", self.id_token.as_deref()),
            ("password", self.password.as_deref()),
        ];
        snapshot::to_value_with_secrets(EntityKind::Account, self, &secrets)
    }

    fn from_snapshot(value: Value) -> AuthResult<Self> {
        snapshot::from_value(EntityKind::Account, value)
    }
}

impl MemoryAccount for Account {
    fn from_create(input: CreateAccount, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        validate::no_extra(&input.extra)?;
        Ok(Account {
            id,
            account_id: input.account_id,
            provider_id: input.provider_id,
            user_id: input.user_id,
            access_token: input.access_token,
            refresh_token: input.refresh_token,
            id_token: input.id_token,
            access_token_expires_at: input.access_token_expires_at,
            refresh_token_expires_at: input.refresh_token_expires_at,
            scope: input.scope,
            password: input.password,
            created_at: now,
            updated_at: now,
        })
    }

    fn apply_update(&mut self, update: UpdateAccount, now: DateTime<Utc>) -> AuthResult<()> {
        validate::no_extra(&update.extra)?;
        set(&mut self.access_token, update.access_token);
        set(&mut self.refresh_token, update.refresh_token);
        set(&mut self.id_token, update.id_token);
        set(
            &mut self.access_token_expires_at,
            update.access_token_expires_at,
        );
        set(
            &mut self.refresh_token_expires_at,
            update.refresh_token_expires_at,
        );
        set(&mut self.scope, update.scope);
        set(&mut self.password, update.password);
        self.updated_at = now;
        Ok(())
    }
}
