//! Inputs of the create and update operations.
//!
//! Every field is public, so callers can write struct literals with
//! `..Default::default()` or use the constructors. In `Update*` inputs,
//! `None` leaves a column as it is, `Some(value)` sets it, and for nullable
//! columns `Some(None)` sets it back to NULL.
//!
//! Adapters call `normalize()` on every input before storing it, which trims
//! and lower-cases emails, truncates timestamps to microseconds and rejects
//! values that some backend could not store (see [`crate::validate`]).

mod account;
mod organization;
mod session;
mod user;
mod verification;

pub use account::{CreateAccount, UpdateAccount, CREDENTIAL_PROVIDER_ID};
pub use organization::{CreateInvitation, CreateMember, CreateOrganization, UpdateOrganization};
pub use session::{CreateSession, UpdateSession};
pub use user::{CreateUser, UpdateUser};
pub use verification::CreateVerification;

use serde_json::Value;

/// Values for an entity type's custom fields, by field name.
///
/// Built-in entity types have no custom fields and reject any entry, so a
/// misspelled name never disappears silently.
pub type ExtraFields = serde_json::Map<String, Value>;

/// Role given to members and invitations when none is chosen.
pub const DEFAULT_ROLE: &str = "member";

/// Replaces `slot` when an update carries a value for it.
pub fn apply<T>(slot: &mut T, value: Option<T>) {
    if let Some(value) = value {
        *slot = value;
    }
}

/// Returns the `metadata` of a row created without one: an empty JSON object.
pub fn empty_metadata() -> Value {
    Value::Object(serde_json::Map::new())
}

/// Flattens the value of a nullable column in an update.
fn patched(value: &Option<Option<String>>) -> Option<&str> {
    value.as_ref().and_then(|inner| inner.as_deref())
}
