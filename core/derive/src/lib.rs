//! Derive macros for better-auth custom entity types.
//!
//! Applications that need business fields (a billing plan, a Stripe
//! customer id, a device id on sessions) declare their own entity structs.
//! Each derives two traits: the `Auth*` getter trait that every adapter
//! reads, and the `Memory*` trait that lets the in-memory adapter store it. Enable the `derive` feature of `better-auth` (or of
//! `better-auth-core`) and import each trait together with its derive:
//!
//! ```
//! use chrono::{DateTime, Utc};
//! use better_auth::{AuthUser, MemoryUser};
//!
//! #[derive(Clone, Debug, AuthUser, MemoryUser)]
//! struct AppUser {
//!     // Standard fields, with the types of the built-in `User`.
//!     id: String,
//!     email: Option<String>,
//!     #[auth(field = "name")] // the getter is `name()`
//!     display_name: Option<String>,
//!     email_verified: bool,
//!     image: Option<String>,
//!     created_at: DateTime<Utc>,
//!     updated_at: DateTime<Utc>,
//!     username: Option<String>,
//!     display_username: Option<String>,
//!     two_factor_enabled: bool,
//!     role: Option<String>,
//!     banned: bool,
//!     ban_reason: Option<String>,
//!     ban_expires: Option<DateTime<Utc>>,
//!     metadata: serde_json::Value,
//!     // Custom fields.
//!     #[auth(default = r#""free".to_string()"#)]
//!     plan: String,
//!     stripe_customer_id: Option<String>, // defaults to None
//! }
//!
//! assert_eq!(AppUser::custom_fields().len(), 2);
//! ```
//!
//! # Fields
//!
//! A struct needs one field for every standard column of its entity, named
//! like the trait's getter and of the type the built-in entity uses
//! (`String`, `Option<String>`, `bool`, `DateTime<Utc>`,
//! `Option<DateTime<Utc>>`, `serde_json::Value`, `InvitationStatus`). Every
//! other field is a custom field. `custom_fields()` lists the custom fields
//! with their storage type, read from the Rust type: `String` is text,
//! `bool` boolean, the integer primitives integer, `f32`/`f64` number,
//! `DateTime<Utc>` timestamp and any other type JSON. `Option<_>` makes a
//! field nullable.
//!
//! # Attributes
//!
//! On a field:
//!
//! - `#[auth(field = "name")]`: the field stores the standard column `name`,
//!   so the getter `name()` reads it although the field has another name.
//!   With `sqlx::FromRow` on PostgreSQL, also add `#[sqlx(rename = "name")]`
//!   so the row decoder reads the column `name` into it.
//! - `#[auth(default = "expr")]`: on a custom field, the value
//!   `from_create` gives it when the create input's `extra` has none.
//!   Without it the field gets `Default::default()`.
//! - `#[auth(field_type = "text")]`: on a custom field, the storage type
//!   when the one read from the Rust type is wrong, for example for an enum
//!   stored as text. One of `text`, `boolean`, `integer`, `number`,
//!   `timestamp`, `json`.
//!
//! On the struct:
//!
//! - `#[auth(crate = "path")]`: the path through which generated code
//!   reaches better-auth-core. By default it is `::better_auth` when the
//!   crate depends on `better-auth`, otherwise `::better_auth_core`, read
//!   from the crate's Cargo.toml (renamed dependencies included). Set it
//!   when you depend on a crate that re-exports better-auth under another
//!   name.
//!
//! Any other key is a compile error.
//!
//! # Custom field values
//!
//! The `extra` map of the `Create*` and `Update*` inputs carries values for
//! custom fields, by field name. The memory adapter checks each entry
//! against `custom_fields()` (an unknown name, a value of the wrong JSON
//! type, or `null` for a field that is not an `Option`, is invalid input
//! naming the field), then deserializes it into the field. Member,
//! invitation and verification types take `extra` on create only, since
//! they have no update input. `DateTime<Utc>` values are truncated to
//! microseconds, like the standard timestamps.
//!
//! # Snapshots
//!
//! The `Memory*` derives also implement `SnapshotRecord`, which writes
//! every field to JSON (secrets such as `token` and `password` included)
//! and reads it back. Standard fields are keyed by column name and custom
//! fields by field name. A missing, unknown or unreadable field is invalid
//! input naming it. For this, the `Memory*` derives need custom field types
//! to implement `serde::Serialize` and `serde::Deserialize`.
//!
//! NOTE: the derives generate no `Debug`. A `#[derive(Debug)]` on the struct
//! prints secrets such as the session `token` and the account `password`,
//! which the built-in types redact. Write `Debug` by hand for such structs
//! when their values may reach logs.
//!
//! # Next to `sqlx::FromRow`
//!
//! The derives read only `#[auth(...)]` attributes, so the same struct can
//! derive `sqlx::FromRow` (with its `#[sqlx(...)]` attributes) for the
//! PostgreSQL adapter.

mod ast;
mod attr;
mod entity;
mod errors;
mod expand;
mod krate;
mod ty;
mod validate;

use proc_macro::TokenStream;
use syn::parse_macro_input;

use crate::entity::EntityKind;
use crate::expand::Derive;

/// Defines one derive entry point.
macro_rules! entity_derive {
    ($(#[$doc:meta])* $name:ident, $function:ident, $entity:ident, $derive:ident) => {
        $(#[$doc])*
        #[proc_macro_derive($name, attributes(auth))]
        pub fn $function(input: TokenStream) -> TokenStream {
            let input = parse_macro_input!(input as syn::DeriveInput);
            expand::derive(&input, EntityKind::$entity, Derive::$derive).into()
        }
    };
}

entity_derive!(
    /// Implements `AuthUser`: the getters of the `users` columns and
    /// `custom_fields()`. See the [crate documentation](crate).
    AuthUser, derive_auth_user, User, Getters
);
entity_derive!(
    /// Implements `AuthSession`: the getters of the `sessions` columns and
    /// `custom_fields()`. See the [crate documentation](crate).
    AuthSession, derive_auth_session, Session, Getters
);
entity_derive!(
    /// Implements `AuthAccount`: the getters of the `accounts` columns and
    /// `custom_fields()`. See the [crate documentation](crate).
    AuthAccount, derive_auth_account, Account, Getters
);
entity_derive!(
    /// Implements `AuthOrganization`: the getters of the `organization`
    /// columns and `custom_fields()`. See the [crate documentation](crate).
    AuthOrganization, derive_auth_organization, Organization, Getters
);
entity_derive!(
    /// Implements `AuthMember`: the getters of the `member` columns and
    /// `custom_fields()`. See the [crate documentation](crate).
    AuthMember, derive_auth_member, Member, Getters
);
entity_derive!(
    /// Implements `AuthInvitation`: the getters of the `invitation` columns
    /// and `custom_fields()`. See the [crate documentation](crate).
    AuthInvitation, derive_auth_invitation, Invitation, Getters
);
entity_derive!(
    /// Implements `AuthVerification`: the getters of the `verifications`
    /// columns and `custom_fields()`. See the [crate documentation](crate).
    AuthVerification, derive_auth_verification, Verification, Getters
);
entity_derive!(
    /// Implements `MemoryUser` (`from_create`, `apply_update`) and
    /// `SnapshotRecord`. See the [crate documentation](crate).
    MemoryUser, derive_memory_user, User, Memory
);
entity_derive!(
    /// Implements `MemorySession` (`from_create`, `apply_update`) and
    /// `SnapshotRecord`. See the [crate documentation](crate).
    MemorySession, derive_memory_session, Session, Memory
);
entity_derive!(
    /// Implements `MemoryAccount` (`from_create`, `apply_update`) and
    /// `SnapshotRecord`. See the [crate documentation](crate).
    MemoryAccount, derive_memory_account, Account, Memory
);
entity_derive!(
    /// Implements `MemoryOrganization` (`from_create`, `apply_update`) and
    /// `SnapshotRecord`. See the [crate documentation](crate).
    MemoryOrganization, derive_memory_organization, Organization, Memory
);
entity_derive!(
    /// Implements `MemoryMember` (`from_create`, `set_role`) and
    /// `SnapshotRecord`. See the [crate documentation](crate).
    MemoryMember, derive_memory_member, Member, Memory
);
entity_derive!(
    /// Implements `MemoryInvitation` (`from_create`, `set_status`) and
    /// `SnapshotRecord`. See the [crate documentation](crate).
    MemoryInvitation, derive_memory_invitation, Invitation, Memory
);
entity_derive!(
    /// Implements `MemoryVerification` (`from_create`) and
    /// `SnapshotRecord`. See the [crate documentation](crate).
    MemoryVerification, derive_memory_verification, Verification, Memory
);
