use chrono::{DateTime, Utc};

use super::{patched, ExtraFields};
use crate::error::AuthResult;
use crate::redact::debug_with_secrets;
use crate::validate;

/// `provider_id` of password accounts.
pub const CREDENTIAL_PROVIDER_ID: &str = "credential";

/// Input of [`DatabaseAdapter::create_account`](crate::DatabaseAdapter::create_account).
#[derive(Clone, Default, PartialEq)]
pub struct CreateAccount {
    /// Chosen by the adapter (a UUID v4) when `None`.
    pub id: Option<String>,
    pub account_id: String,
    pub provider_id: String,
    pub user_id: String,
    pub access_token: Option<String>,
    pub refresh_token: Option<String>,
    pub id_token: Option<String>,
    pub access_token_expires_at: Option<DateTime<Utc>>,
    pub refresh_token_expires_at: Option<DateTime<Utc>>,
    pub scope: Option<String>,
    /// A password hash (argon2, bcrypt, ...), never a plain password.
    pub password: Option<String>,
    pub extra: ExtraFields,
}

debug_with_secrets!(CreateAccount {
    id, account_id, provider_id, user_id, access_token_expires_at,
    refresh_token_expires_at, scope, extra,
} secrets { access_token, refresh_token, id_token, password });

impl CreateAccount {
    /// Starts a password account: provider `credential`, whose `account_id`
    /// is the user id.
    pub fn credential(user_id: impl Into<String>, password_hash: impl Into<String>) -> Self {
        let user_id = user_id.into();
        CreateAccount {
            account_id: user_id.clone(),
            provider_id: CREDENTIAL_PROVIDER_ID.to_owned(),
            user_id,
            password: Some(password_hash.into()),
            ..Default::default()
        }
    }

    /// Starts a link to the account `account_id` at the OAuth provider `provider_id`.
    pub fn oauth(
        provider_id: impl Into<String>,
        account_id: impl Into<String>,
        user_id: impl Into<String>,
    ) -> Self {
        CreateAccount {
            account_id: account_id.into(),
            provider_id: provider_id.into(),
            user_id: user_id.into(),
            ..Default::default()
        }
    }

    /// Truncates timestamps to microseconds and validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_key("id", self.id.as_deref())?;
        validate::key("account_id", &self.account_id)?;
        validate::key("provider_id", &self.provider_id)?;
        validate::key("user_id", &self.user_id)?;
        validate::opt_text("access_token", self.access_token.as_deref())?;
        validate::opt_text("refresh_token", self.refresh_token.as_deref())?;
        validate::opt_text("id_token", self.id_token.as_deref())?;
        validate::opt_timestamp("access_token_expires_at", &mut self.access_token_expires_at)?;
        validate::opt_timestamp(
            "refresh_token_expires_at",
            &mut self.refresh_token_expires_at,
        )?;
        validate::opt_text("scope", self.scope.as_deref())?;
        validate::opt_text("password", self.password.as_deref())?;
        validate::extra(&self.extra)
    }
}

/// Input of [`DatabaseAdapter::update_account`](crate::DatabaseAdapter::update_account).
#[derive(Clone, Default, PartialEq)]
pub struct UpdateAccount {
    pub access_token: Option<Option<String>>,
    pub refresh_token: Option<Option<String>>,
    pub id_token: Option<Option<String>>,
    pub access_token_expires_at: Option<Option<DateTime<Utc>>>,
    pub refresh_token_expires_at: Option<Option<DateTime<Utc>>>,
    pub scope: Option<Option<String>>,
    pub password: Option<Option<String>>,
    pub extra: ExtraFields,
}

debug_with_secrets!(UpdateAccount {
    access_token_expires_at, refresh_token_expires_at, scope, extra,
} secrets { access_token, refresh_token, id_token, password });

impl UpdateAccount {
    /// Truncates timestamps to microseconds and validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_text("access_token", patched(&self.access_token))?;
        validate::opt_text("refresh_token", patched(&self.refresh_token))?;
        validate::opt_text("id_token", patched(&self.id_token))?;
        if let Some(at) = &mut self.access_token_expires_at {
            validate::opt_timestamp("access_token_expires_at", at)?;
        }
        if let Some(at) = &mut self.refresh_token_expires_at {
            validate::opt_timestamp("refresh_token_expires_at", at)?;
        }
        validate::opt_text("scope", patched(&self.scope))?;
        validate::opt_text("password", patched(&self.password))?;
        validate::extra(&self.extra)
    }
}
