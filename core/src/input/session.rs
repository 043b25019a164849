use chrono::{DateTime, Utc};

use super::{patched, ExtraFields};
use crate::error::{AuthError, AuthResult};
use crate::id::generate_session_token;
use crate::redact::debug_with_secrets;
use crate::validate;

/// Input of [`DatabaseAdapter::create_session`](crate::DatabaseAdapter::create_session).
#[derive(Clone, PartialEq)]
pub struct CreateSession {
    /// Chosen by the adapter (a UUID v4) when `None`.
    pub id: Option<String>,
    /// Bearer token; [`CreateSession::new`] draws it from a CSPRNG.
    pub token: String,
    pub user_id: String,
    pub expires_at: DateTime<Utc>,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub impersonated_by: Option<String>,
    pub active_organization_id: Option<String>,
    pub extra: ExtraFields,
}

debug_with_secrets!(CreateSession {
    id, user_id, expires_at, ip_address, user_agent, impersonated_by,
    active_organization_id, extra,
} secrets { token });

impl CreateSession {
    /// Starts a session for `user_id` with a fresh 256-bit random token.
    pub fn new(user_id: impl Into<String>, expires_at: DateTime<Utc>) -> Self {
        CreateSession {
            id: None,
            token: generate_session_token(),
            user_id: user_id.into(),
            expires_at,
            ip_address: None,
            user_agent: None,
            impersonated_by: None,
            active_organization_id: None,
            extra: ExtraFields::new(),
        }
    }

    /// Truncates `expires_at` to microseconds and validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_key("id", self.id.as_deref())?;
        validate::key("token", &self.token)?;
        if self.token.chars().count() < validate::MIN_SESSION_TOKEN_CHARS {
            return Err(AuthError::invalid(
                "token",
                format!(
                    "must be at least {} characters; use CreateSession::new for a random token",
                    validate::MIN_SESSION_TOKEN_CHARS
                ),
            ));
        }
        validate::key("user_id", &self.user_id)?;
        validate::timestamp("expires_at", &mut self.expires_at)?;
        validate::opt_text("ip_address", self.ip_address.as_deref())?;
        validate::opt_text("user_agent", self.user_agent.as_deref())?;
        validate::opt_key("impersonated_by", self.impersonated_by.as_deref())?;
        validate::opt_key(
            "active_organization_id",
            self.active_organization_id.as_deref(),
        )?;
        validate::extra(&self.extra)
    }
}

/// Input of [`DatabaseAdapter::update_session`](crate::DatabaseAdapter::update_session).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateSession {
    pub expires_at: Option<DateTime<Utc>>,
    pub active_organization_id: Option<Option<String>>,
    pub ip_address: Option<Option<String>>,
    pub user_agent: Option<Option<String>>,
    /// `false` marks the session inactive; reads still return it.
    pub active: Option<bool>,
    pub extra: ExtraFields,
}

impl UpdateSession {
    /// Truncates `expires_at` to microseconds and validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_timestamp("expires_at", &mut self.expires_at)?;
        validate::opt_key(
            "active_organization_id",
            patched(&self.active_organization_id),
        )?;
        validate::opt_text("ip_address", patched(&self.ip_address))?;
        validate::opt_text("user_agent", patched(&self.user_agent))?;
        validate::extra(&self.extra)
    }
}
