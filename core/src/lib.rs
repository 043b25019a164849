//! Core of better-auth: entities, the [`DatabaseAdapter`] trait, inputs,
//! errors and the clock.
//!
//! This crate has no async runtime and does no I/O, so it builds for
//! `wasm32-unknown-unknown`. Storage backends live in their own crates
//! (`better-auth-memory`, `better-auth-sqlx`) and depend on this one.

pub mod adapter;
pub mod clock;
pub mod entity;
pub mod error;
pub mod id;
pub mod input;
pub mod memory;
pub mod platform;
pub mod query;
pub mod validate;

mod redact;
mod snapshot;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub use adapter::DatabaseAdapter;
pub use async_trait::async_trait;
pub use clock::{Clock, ManualClock, SystemClock};
pub use entity::{
    Account, AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    AuthVerification, CustomField, FieldType, Invitation, InvitationStatus, Member, Organization,
    Session, User, Verification,
};
pub use error::{AuthError, AuthResult, EntityKind};
pub use input::{
    CreateAccount, CreateInvitation, CreateMember, CreateOrganization, CreateSession, CreateUser,
    CreateVerification, ExtraFields, UpdateAccount, UpdateOrganization, UpdateSession, UpdateUser,
    CREDENTIAL_PROVIDER_ID,
};
pub use memory::{
    MemoryAccount, MemoryInvitation, MemoryMember, MemoryOrganization, MemorySession, MemoryUser,
    MemoryVerification, SnapshotRecord,
};
pub use query::{ListUsers, Page, UserPage};

// Entity fields are `chrono` and `serde_json` types; re-exported so an app
// can name them without depending on matching versions itself.
pub use chrono;
pub use serde_json;

// Derive macros for custom entity types (feature `derive`).
#[cfg(feature = "derive")]
pub use better_auth_derive::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    AuthVerification, MemoryAccount, MemoryInvitation, MemoryMember, MemoryOrganization,
    MemorySession, MemoryUser, MemoryVerification,
};
