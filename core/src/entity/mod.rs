//! Built-in entity structs and the read-only traits adapters return them by.
//!
//! Each `Auth*` trait exposes the columns of one table of the schema as
//! getters. Adapters only ever read entities through these traits, so an
//! application can store its own structs (with extra fields) in place of
//! the built-ins.

mod account;
mod custom;
mod invitation;
mod member;
mod organization;
mod session;
mod user;
mod verification;

pub use account::Account;
pub use custom::{check_extra_fields, CustomField, FieldType};
pub use invitation::{Invitation, InvitationStatus};
pub use member::Member;
pub use organization::Organization;
pub use session::Session;
pub use user::User;
pub use verification::Verification;

use std::fmt::Debug;

use chrono::{DateTime, Utc};
use serde_json::Value;

/// Bounds shared by every entity type.
pub trait Entity: Clone + Debug + Send + Sync + 'static {}
impl<T: Clone + Debug + Send + Sync + 'static> Entity for T {}

/// A row of `users`.
pub trait AuthUser: Entity {
    /// Custom fields beyond the schema's columns; none for the built-ins.
    fn custom_fields() -> &'static [CustomField] {
        &[]
    }

    fn id(&self) -> &str;
    /// Trimmed and lower-cased by every adapter.
    fn email(&self) -> Option<&str>;
    fn name(&self) -> Option<&str>;
    fn email_verified(&self) -> bool;
    fn image(&self) -> Option<&str>;
    fn username(&self) -> Option<&str>;
    fn display_username(&self) -> Option<&str>;
    fn two_factor_enabled(&self) -> bool;
    fn role(&self) -> Option<&str>;
    fn banned(&self) -> bool;
    fn ban_reason(&self) -> Option<&str>;
    fn ban_expires(&self) -> Option<DateTime<Utc>>;
    /// Metadata object, `{}` when none was given.
    fn metadata(&self) -> &Value;
    fn created_at(&self) -> DateTime<Utc>;
    fn updated_at(&self) -> DateTime<Utc>;
}

/// A row of `sessions`.
pub trait AuthSession: Entity {
    /// Custom fields beyond the schema's columns; none for the built-ins.
    fn custom_fields() -> &'static [CustomField] {
        &[]
    }

    fn id(&self) -> &str;
    fn expires_at(&self) -> DateTime<Utc>;
    /// Secret bearer token; never log it.
    fn token(&self) -> &str;
    fn ip_address(&self) -> Option<&str>;
    fn user_agent(&self) -> Option<&str>;
    fn user_id(&self) -> &str;
    fn impersonated_by(&self) -> Option<&str>;
    fn active_organization_id(&self) -> Option<&str>;
    fn active(&self) -> bool;
    fn created_at(&self) -> DateTime<Utc>;
    fn updated_at(&self) -> DateTime<Utc>;
}

/// A row of `accounts`: a password credential or a link to an OAuth provider.
pub trait AuthAccount: Entity {
    /// Custom fields beyond the schema's columns; none for the built-ins.
    fn custom_fields() -> &'static [CustomField] {
        &[]
    }

    fn id(&self) -> &str;
    fn account_id(&self) -> &str;
    fn provider_id(&self) -> &str;
    fn user_id(&self) -> &str;
    fn access_token(&self) -> Option<&str>;
    fn refresh_token(&self) -> Option<&str>;
    fn id_token(&self) -> Option<&str>;
    fn access_token_expires_at(&self) -> Option<DateTime<Utc>>;
    fn refresh_token_expires_at(&self) -> Option<DateTime<Utc>>;
    fn scope(&self) -> Option<&str>;
    /// Password hash for the `credential` provider; never leaves this row.
    fn password(&self) -> Option<&str>;
    fn created_at(&self) -> DateTime<Utc>;
    fn updated_at(&self) -> DateTime<Utc>;
}

/// A row of `verifications`: a single-use value (email link, OTP, reset code).
pub trait AuthVerification: Entity {
    /// Custom fields beyond the schema's columns; none for the built-ins.
    fn custom_fields() -> &'static [CustomField] {
        &[]
    }

    fn id(&self) -> &str;
    fn identifier(&self) -> &str;
    /// Secret value; never log it.
    fn value(&self) -> &str;
    fn expires_at(&self) -> DateTime<Utc>;
    fn created_at(&self) -> DateTime<Utc>;
    fn updated_at(&self) -> DateTime<Utc>;
}

/// A row of `organization`.
pub trait AuthOrganization: Entity {
    /// Custom fields beyond the schema's columns; none for the built-ins.
    fn custom_fields() -> &'static [CustomField] {
        &[]
    }

    fn id(&self) -> &str;
    fn name(&self) -> &str;
    fn slug(&self) -> &str;
    fn logo(&self) -> Option<&str>;
    /// Metadata object, `{}` when none was given.
    fn metadata(&self) -> &Value;
    fn created_at(&self) -> DateTime<Utc>;
    fn updated_at(&self) -> DateTime<Utc>;
}

/// A row of `member`: a user's role in an organization.
pub trait AuthMember: Entity {
    /// Custom fields beyond the schema's columns; none for the built-ins.
    fn custom_fields() -> &'static [CustomField] {
        &[]
    }

    fn id(&self) -> &str;
    fn organization_id(&self) -> &str;
    fn user_id(&self) -> &str;
    fn role(&self) -> &str;
    fn created_at(&self) -> DateTime<Utc>;
}

/// A row of `invitation`.
pub trait AuthInvitation: Entity {
    /// Custom fields beyond the schema's columns; none for the built-ins.
    fn custom_fields() -> &'static [CustomField] {
        &[]
    }

    fn id(&self) -> &str;
    fn organization_id(&self) -> &str;
    /// Trimmed and lower-cased by every adapter.
    fn email(&self) -> &str;
    fn role(&self) -> &str;
    fn status(&self) -> InvitationStatus;
    fn inviter_id(&self) -> &str;
    fn expires_at(&self) -> DateTime<Utc>;
    fn created_at(&self) -> DateTime<Utc>;
}
