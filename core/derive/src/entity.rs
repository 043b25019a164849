//! The seven entity kinds and the standard columns each one requires.
//!
//! The tables mirror the `Auth*` traits and the built-in entity structs of
//! better-auth-core: a column's getter name, its Rust type, where
//! `from_create` takes its value and whether the `Update*` input sets it.

/// One of the entity kinds a derive implements its trait for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityKind {
    User,
    Session,
    Account,
    Organization,
    Member,
    Invitation,
    Verification,
}

/// The method of a `Memory*` trait that changes a stored row.
pub enum Change {
    /// `apply_update` with the named `Update*` input.
    Update(String),
    /// `set_role(String)`.
    SetRole,
    /// `set_status(InvitationStatus)`.
    SetStatus,
    /// None: verifications are only created and deleted.
    None,
}

/// A standard column: a getter of the `Auth*` trait and a field of the
/// built-in struct.
pub struct Column {
    pub name: &'static str,
    pub ty: ColumnType,
    pub on_create: OnCreate,
    /// `true` when the entity's `Update*` input has a field of this name.
    pub updatable: bool,
}

/// The Rust type of a standard column, which decides the getter's signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnType {
    /// `String`, read as `&str`.
    Text,
    /// `Option<String>`, read as `Option<&str>`.
    OptionalText,
    Bool,
    /// `DateTime<Utc>`.
    Timestamp,
    /// `Option<DateTime<Utc>>`.
    OptionalTimestamp,
    /// `serde_json::Value`, read as `&Value`.
    Json,
    /// `InvitationStatus`.
    InvitationStatus,
}

/// Source of a standard column's value in `from_create`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnCreate {
    /// The id the adapter chose.
    Id,
    /// The adapter's clock.
    Now,
    /// The create input's field of the same name.
    Input,
    /// The create input's `metadata`, or `{}` when it has none.
    MetadataOrEmpty,
    /// `true`: a new session is active.
    True,
}

impl EntityKind {
    /// Getter trait name, such as `AuthUser`.
    pub fn auth_trait(self) -> &'static str {
        match self {
            EntityKind::User => "AuthUser",
            EntityKind::Session => "AuthSession",
            EntityKind::Account => "AuthAccount",
            EntityKind::Organization => "AuthOrganization",
            EntityKind::Member => "AuthMember",
            EntityKind::Invitation => "AuthInvitation",
            EntityKind::Verification => "AuthVerification",
        }
    }

    /// Memory adapter trait name, such as `MemoryUser`.
    pub fn memory_trait(self) -> &'static str {
        match self {
            EntityKind::User => "MemoryUser",
            EntityKind::Session => "MemorySession",
            EntityKind::Account => "MemoryAccount",
            EntityKind::Organization => "MemoryOrganization",
            EntityKind::Member => "MemoryMember",
            EntityKind::Invitation => "MemoryInvitation",
            EntityKind::Verification => "MemoryVerification",
        }
    }

    /// Variant name of `better_auth_core::EntityKind`.
    pub fn variant(self) -> &'static str {
        match self {
            EntityKind::User => "User",
            EntityKind::Session => "Session",
            EntityKind::Account => "Account",
            EntityKind::Organization => "Organization",
            EntityKind::Member => "Member",
            EntityKind::Invitation => "Invitation",
            EntityKind::Verification => "Verification",
        }
    }

    /// Lowercase name used in diagnostics, such as `user`.
    pub fn noun(self) -> &'static str {
        match self {
            EntityKind::User => "user",
            EntityKind::Session => "session",
            EntityKind::Account => "account",
            EntityKind::Organization => "organization",
            EntityKind::Member => "member",
            EntityKind::Invitation => "invitation",
            EntityKind::Verification => "verification",
        }
    }

    /// Name of the create input type, such as `CreateUser`.
    pub fn create_input(self) -> String {
        format!("Create{}", self.variant())
    }

    /// Returns the method that changes a stored row of this kind.
    pub fn change(self) -> Change {
        match self {
            EntityKind::User
            | EntityKind::Session
            | EntityKind::Account
            | EntityKind::Organization => Change::Update(format!("Update{}", self.variant())),
            EntityKind::Member => Change::SetRole,
            EntityKind::Invitation => Change::SetStatus,
            EntityKind::Verification => Change::None,
        }
    }

    /// Returns the standard columns, in the order of the schema.
    pub fn columns(self) -> &'static [Column] {
        match self {
            EntityKind::User => USER,
            EntityKind::Session => SESSION,
            EntityKind::Account => ACCOUNT,
            EntityKind::Organization => ORGANIZATION,
            EntityKind::Member => MEMBER,
            EntityKind::Invitation => INVITATION,
            EntityKind::Verification => VERIFICATION,
        }
    }

    /// Looks up a standard column by getter name.
    pub fn column(self, name: &str) -> Option<&'static Column> {
        self.columns().iter().find(|column| column.name == name)
    }
}

const fn column(
    name: &'static str,
    ty: ColumnType,
    on_create: OnCreate,
    updatable: bool,
) -> Column {
    Column {
        name,
        ty,
        on_create,
        updatable,
    }
}

use ColumnType::{Bool, InvitationStatus, Json, OptionalText, OptionalTimestamp, Text, Timestamp};
use OnCreate::{Id, Input, MetadataOrEmpty, Now, True};

const USER: &[Column] = &[
    column("id", Text, Id, false),
    column("name", OptionalText, Input, true),
    column("email", OptionalText, Input, true),
    column("email_verified", Bool, Input, true),
    column("image", OptionalText, Input, true),
    column("username", OptionalText, Input, true),
    column("display_username", OptionalText, Input, true),
    column("two_factor_enabled", Bool, Input, true),
    column("role", OptionalText, Input, true),
    column("banned", Bool, Input, true),
    column("ban_reason", OptionalText, Input, true),
    column("ban_expires", OptionalTimestamp, Input, true),
    column("metadata", Json, MetadataOrEmpty, true),
    column("created_at", Timestamp, Now, false),
    column("updated_at", Timestamp, Now, false),
];

const SESSION: &[Column] = &[
    column("id", Text, Id, false),
    column("expires_at", Timestamp, Input, true),
    column("token", Text, Input, false),
    column("ip_address", OptionalText, Input, true),
    column("user_agent", OptionalText, Input, true),
    column("user_id", Text, Input, false),
    column("impersonated_by", OptionalText, Input, false),
    column("active_organization_id", OptionalText, Input, true),
    column("active", Bool, True, true),
    column("created_at", Timestamp, Now, false),
    column("updated_at", Timestamp, Now, false),
];

const ACCOUNT: &[Column] = &[
    column("id", Text, Id, false),
    column("account_id", Text, Input, false),
    column("provider_id", Text, Input, false),
    column("user_id", Text, Input, false),
    column("access_token", OptionalText, Input, true),
    column("refresh_token", OptionalText, Input, true),
    column("id_token", OptionalText, Input, true),
    column("access_token_expires_at", OptionalTimestamp, Input, true),
    column("refresh_token_expires_at", OptionalTimestamp, Input, true),
    column("scope", OptionalText, Input, true),
    column("password", OptionalText, Input, true),
    column("created_at", Timestamp, Now, false),
    column("updated_at", Timestamp, Now, false),
];

const ORGANIZATION: &[Column] = &[
    column("id", Text, Id, false),
    column("name", Text, Input, true),
    column("slug", Text, Input, true),
    column("logo", OptionalText, Input, true),
    column("metadata", Json, MetadataOrEmpty, true),
    column("created_at", Timestamp, Now, false),
    column("updated_at", Timestamp, Now, false),
];

const MEMBER: &[Column] = &[
    column("id", Text, Id, false),
    column("organization_id", Text, Input, false),
    column("user_id", Text, Input, false),
    column("role", Text, Input, false),
    column("created_at", Timestamp, Now, false),
];

const INVITATION: &[Column] = &[
    column("id", Text, Id, false),
    column("organization_id", Text, Input, false),
    column("email", Text, Input, false),
    column("role", Text, Input, false),
    column("status", InvitationStatus, Input, false),
    column("inviter_id", Text, Input, false),
    column("expires_at", Timestamp, Input, false),
    column("created_at", Timestamp, Now, false),
];

const VERIFICATION: &[Column] = &[
    column("id", Text, Id, false),
    column("identifier", Text, Input, false),
    column("value", Text, Input, false),
    column("expires_at", Timestamp, Input, false),
    column("created_at", Timestamp, Now, false),
    column("updated_at", Timestamp, Now, false),
];
