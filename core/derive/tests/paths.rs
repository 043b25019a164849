//! The path of better-auth-core in generated code: the default (the
//! `better-auth` facade, which this crate depends on), an explicit
//! `better_auth_core`, and a module that re-exports core.

use better_auth_core::{AuthMember, CreateMember, MemoryMember};
use chrono::{DateTime, Utc};

/// An application module that re-exports better-auth-core.
mod auth {
    pub use better_auth_core::*;
}

#[derive(Clone, Debug, PartialEq, better_auth::AuthMember, better_auth::MemoryMember)]
struct ThroughFacade {
    id: String,
    organization_id: String,
    user_id: String,
    role: String,
    created_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, AuthMember, MemoryMember)]
#[auth(crate = "better_auth_core")]
struct ThroughCore {
    id: String,
    organization_id: String,
    user_id: String,
    role: String,
    created_at: DateTime<Utc>,
}

#[derive(Clone, Debug, PartialEq, auth::AuthMember, auth::MemoryMember)]
#[auth(crate = "crate::auth")]
struct ThroughReexport {
    id: String,
    organization_id: String,
    user_id: String,
    role: String,
    created_at: DateTime<Utc>,
}

/// Creates a member and reads it back through the getters and a snapshot.
fn exercise<T: MemoryMember + PartialEq>() {
    let input = CreateMember::new("org-1", "user-1", "owner");
    let member = T::from_create(input, "member-1".to_owned(), Utc::now()).unwrap();
    assert_eq!(member.id(), "member-1");
    assert_eq!(member.role(), "owner");
    let copy = T::from_snapshot(member.to_snapshot().unwrap()).unwrap();
    assert!(copy == member);
}

#[test]
fn default_path_reaches_core_through_facade() {
    exercise::<ThroughFacade>();
}

#[test]
fn explicit_core_path() {
    exercise::<ThroughCore>();
}

#[test]
fn explicit_reexport_path() {
    exercise::<ThroughReexport>();
}
