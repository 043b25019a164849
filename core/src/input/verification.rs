use chrono::{DateTime, Utc};

use super::ExtraFields;
use crate::error::AuthResult;
use crate::redact::debug_with_secrets;
use crate::validate;

/// Input of [`DatabaseAdapter::create_verification`](crate::DatabaseAdapter::create_verification).
#[derive(Clone, PartialEq)]
pub struct CreateVerification {
    /// Chosen by the adapter (a UUID v4) when `None`.
    pub id: Option<String>,
    /// Subject of the verification, for example `email-verification:ada@example.com`.
    pub identifier: String,
    /// The secret the user presents back.
    pub value: String,
    pub expires_at: DateTime<Utc>,
    pub extra: ExtraFields,
}

debug_with_secrets!(CreateVerification {
    id, identifier, expires_at, extra,
} secrets { value });

impl CreateVerification {
    /// Starts a verification of `identifier` by `value` until `expires_at`.
    pub fn new(
        identifier: impl Into<String>,
        value: impl Into<String>,
        expires_at: DateTime<Utc>,
    ) -> Self {
        CreateVerification {
            id: None,
            identifier: identifier.into(),
            value: value.into(),
            expires_at,
            extra: ExtraFields::new(),
        }
    }

    /// Truncates `expires_at` to microseconds and validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_key("id", self.id.as_deref())?;
        validate::key("identifier", &self.identifier)?;
        validate::non_empty_text("value", &self.value)?;
        validate::timestamp("expires_at", &mut self.expires_at)?;
        validate::extra(&self.extra)
    }
}
