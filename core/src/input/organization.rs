use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{patched, ExtraFields, DEFAULT_ROLE};
use crate::entity::InvitationStatus;
use crate::error::AuthResult;
use crate::validate;

/// Input of [`DatabaseAdapter::create_organization`](crate::DatabaseAdapter::create_organization).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CreateOrganization {
    /// Chosen by the adapter (a UUID v4) when `None`.
    pub id: Option<String>,
    pub name: String,
    /// Unique, compared as given (no case folding).
    pub slug: String,
    pub logo: Option<String>,
    /// A JSON object; `{}` when `None`.
    pub metadata: Option<Value>,
    pub extra: ExtraFields,
}

impl CreateOrganization {
    /// Starts an organization with this name and unique slug.
    pub fn new(name: impl Into<String>, slug: impl Into<String>) -> Self {
        CreateOrganization {
            name: name.into(),
            slug: slug.into(),
            ..Default::default()
        }
    }

    /// Validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_key("id", self.id.as_deref())?;
        validate::non_empty_text("name", &self.name)?;
        validate::key("slug", &self.slug)?;
        validate::opt_text("logo", self.logo.as_deref())?;
        if let Some(metadata) = &self.metadata {
            validate::metadata("metadata", metadata)?;
        }
        validate::extra(&self.extra)
    }
}

/// Input of [`DatabaseAdapter::update_organization`](crate::DatabaseAdapter::update_organization).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UpdateOrganization {
    pub name: Option<String>,
    pub slug: Option<String>,
    pub logo: Option<Option<String>>,
    pub metadata: Option<Value>,
    pub extra: ExtraFields,
}

impl UpdateOrganization {
    /// Validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        if let Some(name) = &self.name {
            validate::non_empty_text("name", name)?;
        }
        validate::opt_key("slug", self.slug.as_deref())?;
        validate::opt_text("logo", patched(&self.logo))?;
        if let Some(metadata) = &self.metadata {
            validate::metadata("metadata", metadata)?;
        }
        validate::extra(&self.extra)
    }
}

/// Input of [`DatabaseAdapter::create_member`](crate::DatabaseAdapter::create_member).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateMember {
    /// Chosen by the adapter (a UUID v4) when `None`.
    pub id: Option<String>,
    pub organization_id: String,
    pub user_id: String,
    pub role: String,
    pub extra: ExtraFields,
}

impl CreateMember {
    /// Starts a membership of `user_id` in `organization_id` with `role`.
    pub fn new(
        organization_id: impl Into<String>,
        user_id: impl Into<String>,
        role: impl Into<String>,
    ) -> Self {
        CreateMember {
            id: None,
            organization_id: organization_id.into(),
            user_id: user_id.into(),
            role: role.into(),
            extra: ExtraFields::new(),
        }
    }

    /// Validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_key("id", self.id.as_deref())?;
        validate::key("organization_id", &self.organization_id)?;
        validate::key("user_id", &self.user_id)?;
        validate::non_empty_text("role", &self.role)?;
        validate::extra(&self.extra)
    }
}

/// Input of [`DatabaseAdapter::create_invitation`](crate::DatabaseAdapter::create_invitation).
#[derive(Debug, Clone, PartialEq)]
pub struct CreateInvitation {
    /// Chosen by the adapter (a UUID v4) when `None`.
    pub id: Option<String>,
    pub organization_id: String,
    /// Trimmed and lower-cased by [`CreateInvitation::normalize`].
    pub email: String,
    pub role: String,
    pub status: InvitationStatus,
    /// The user who sent the invitation.
    pub inviter_id: String,
    pub expires_at: DateTime<Utc>,
    pub extra: ExtraFields,
}

impl CreateInvitation {
    /// Starts a pending invitation with the role `member`.
    pub fn new(
        organization_id: impl Into<String>,
        email: impl Into<String>,
        inviter_id: impl Into<String>,
        expires_at: DateTime<Utc>,
    ) -> Self {
        CreateInvitation {
            id: None,
            organization_id: organization_id.into(),
            email: email.into(),
            role: DEFAULT_ROLE.to_owned(),
            status: InvitationStatus::Pending,
            inviter_id: inviter_id.into(),
            expires_at,
            extra: ExtraFields::new(),
        }
    }

    /// Sets the role the invitee gets on acceptance.
    pub fn role(mut self, role: impl Into<String>) -> Self {
        self.role = role.into();
        self
    }

    /// Normalizes the email and `expires_at`, then validates every field.
    pub fn normalize(&mut self) -> AuthResult<()> {
        validate::opt_key("id", self.id.as_deref())?;
        validate::key("organization_id", &self.organization_id)?;
        self.email = validate::normalize_email("email", &self.email)?;
        validate::non_empty_text("role", &self.role)?;
        validate::key("inviter_id", &self.inviter_id)?;
        validate::timestamp("expires_at", &mut self.expires_at)?;
        validate::extra(&self.extra)
    }
}
