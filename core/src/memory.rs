//! Traits an entity type implements so the in-memory adapter can store it.
//!
//! They live in core, not in the memory adapter, so the derive macros and
//! the built-in entities can implement them without depending on an adapter.
//! Adapters normalize and validate every input (see [`crate::input`]) before
//! calling these methods, and choose `id` and `now` themselves.

use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::entity::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    AuthVerification, InvitationStatus,
};
use crate::error::AuthResult;
use crate::input::{
    CreateAccount, CreateInvitation, CreateMember, CreateOrganization, CreateSession, CreateUser,
    CreateVerification, UpdateAccount, UpdateOrganization, UpdateSession, UpdateUser,
};

/// Conversion of a whole row, secrets included, to and from snapshot JSON.
///
/// This is deliberately separate from `serde::Serialize`, which the built-in
/// entities implement without their secrets.
pub trait SnapshotRecord: Sized {
    /// Returns every field of the row as a JSON object.
    fn to_snapshot(&self) -> AuthResult<Value>;

    /// Rebuilds a row from [`SnapshotRecord::to_snapshot`] output; an
    /// unknown, missing or mistyped field is invalid input naming it.
    fn from_snapshot(value: Value) -> AuthResult<Self>;
}

/// A user type the in-memory adapter can store.
pub trait MemoryUser: AuthUser + SnapshotRecord {
    /// Builds a new row; custom fields come from `input.extra` or defaults.
    fn from_create(input: CreateUser, id: String, now: DateTime<Utc>) -> AuthResult<Self>;

    /// Applies the fields `update` sets and moves `updated_at` to `now`.
    fn apply_update(&mut self, update: UpdateUser, now: DateTime<Utc>) -> AuthResult<()>;
}

/// A session type the in-memory adapter can store.
pub trait MemorySession: AuthSession + SnapshotRecord {
    fn from_create(input: CreateSession, id: String, now: DateTime<Utc>) -> AuthResult<Self>;

    /// Applies the fields `update` sets and moves `updated_at` to `now`.
    fn apply_update(&mut self, update: UpdateSession, now: DateTime<Utc>) -> AuthResult<()>;
}

/// An account type the in-memory adapter can store.
pub trait MemoryAccount: AuthAccount + SnapshotRecord {
    fn from_create(input: CreateAccount, id: String, now: DateTime<Utc>) -> AuthResult<Self>;

    /// Applies the fields `update` sets and moves `updated_at` to `now`.
    fn apply_update(&mut self, update: UpdateAccount, now: DateTime<Utc>) -> AuthResult<()>;
}

/// A verification type the in-memory adapter can store.
pub trait MemoryVerification: AuthVerification + SnapshotRecord {
    fn from_create(input: CreateVerification, id: String, now: DateTime<Utc>) -> AuthResult<Self>;
}

/// An organization type the in-memory adapter can store.
pub trait MemoryOrganization: AuthOrganization + SnapshotRecord {
    fn from_create(input: CreateOrganization, id: String, now: DateTime<Utc>) -> AuthResult<Self>;

    /// Applies the fields `update` sets and moves `updated_at` to `now`.
    fn apply_update(&mut self, update: UpdateOrganization, now: DateTime<Utc>) -> AuthResult<()>;
}

/// A member type the in-memory adapter can store.
pub trait MemoryMember: AuthMember + SnapshotRecord {
    fn from_create(input: CreateMember, id: String, now: DateTime<Utc>) -> AuthResult<Self>;

    /// Replaces the role; `member` has no `updated_at` column.
    fn set_role(&mut self, role: String);
}

/// An invitation type the in-memory adapter can store.
pub trait MemoryInvitation: AuthInvitation + SnapshotRecord {
    fn from_create(input: CreateInvitation, id: String, now: DateTime<Utc>) -> AuthResult<Self>;

    /// Replaces the status; `invitation` has no `updated_at` column.
    fn set_status(&mut self, status: InvitationStatus);
}
