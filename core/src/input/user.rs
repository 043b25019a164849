use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{patched, ExtraFields};
use crate::error::AuthResult;
use crate::validate;

/// Input of [`DatabaseAdapter::create_user`](crate::DatabaseAdapter::create_user).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateUser {
    /// Chosen by the adapter (a UUID v4) when `None`.
    pub id: Option<String>,
    pub email: Option<String>,
    pub name: Option<String>,
    pub email_verified: bool,
    pub image: Option<String>,
    pub username: Option<String>,
    pub display_username: Option<String>,
    pub two_factor_enabled: bool,
    pub role: Option<String>,
    pub banned: bool,
    pub ban_reason: Option<String>,
    pub ban_expires: Option<DateTime<Utc>>,
    /// A JSON object; `{}` when `None`.
    pub metadata: Option<Value>,
    pub extra: ExtraFields,
}

impl CreateUser {
    /// Starts a user with this email and every other field at its default.
    pub fn with_email(email: impl Into<String>) -> Self {
        CreateUser {
            email: Some(email.into()),
            ..Default::default()
        }
    }

    /// Sets the display name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the unique username.
    pub fn username(mut self, username: impl Into<String>) -> Self {
        self.username = Some(username.into());
        self
    }

    /// Normalizes the email and timestamps, then validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_key("id", self.id.as_deref())?;
        validate::normalize_opt_email("email", &mut self.email)?;
        validate::opt_text("name", self.name.as_deref())?;
        validate::opt_text("image", self.image.as_deref())?;
        validate::opt_key("username", self.username.as_deref())?;
        validate::opt_text("display_username", self.display_username.as_deref())?;
        validate::opt_text("role", self.role.as_deref())?;
        validate::opt_text("ban_reason", self.ban_reason.as_deref())?;
        validate::opt_timestamp("ban_expires", &mut self.ban_expires)?;
        if let Some(metadata) = &self.metadata {
            validate::metadata("metadata", metadata)?;
        }
        validate::extra(&self.extra)
    }
}

/// Input of [`DatabaseAdapter::update_user`](crate::DatabaseAdapter::update_user).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateUser {
    pub email: Option<Option<String>>,
    pub name: Option<Option<String>>,
    pub email_verified: Option<bool>,
    pub image: Option<Option<String>>,
    pub username: Option<Option<String>>,
    pub display_username: Option<Option<String>>,
    pub two_factor_enabled: Option<bool>,
    pub role: Option<Option<String>>,
    pub banned: Option<bool>,
    pub ban_reason: Option<Option<String>>,
    pub ban_expires: Option<Option<DateTime<Utc>>>,
    pub metadata: Option<Value>,
    pub extra: ExtraFields,
}

impl UpdateUser {
    /// Normalizes the email and timestamps, then validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        if let Some(email) = &mut self.email {
            validate::normalize_opt_email("email", email)?;
        }
        validate::opt_text("name", patched(&self.name))?;
        validate::opt_text("image", patched(&self.image))?;
        validate::opt_key("username", patched(&self.username))?;
        validate::opt_text("display_username", patched(&self.display_username))?;
        validate::opt_text("role", patched(&self.role))?;
        validate::opt_text("ban_reason", patched(&self.ban_reason))?;
        if let Some(ban_expires) = &mut self.ban_expires {
            validate::opt_timestamp("ban_expires", ban_expires)?;
        }
        if let Some(metadata) = &self.metadata {
            validate::metadata("metadata", metadata)?;
        }
        validate::extra(&self.extra)
    }
}
