//! The conformance cases, one module per topic.
//!
//! Every case is a `pub async fn name<A: DatabaseAdapter>(h: Harness<A>)`
//! that expects an empty store and panics on the first broken rule.
//! [`conformance_suite!`](crate::conformance_suite) lists them all.

pub mod accounts;
pub mod cascades;
pub mod concurrency;
pub mod hostile;
pub mod invitations;
pub mod members;
pub mod ordering;
pub mod organizations;
pub mod sessions;
pub mod users;
pub mod verifications;
