//! In-memory storage for better-auth: no set-up, nothing persisted unless
//! you take a snapshot.
//!
//! [`MemoryDatabaseAdapter`] keeps every table in one struct behind one
//! mutex, with hash indexes for every key lookup. It runs on native threads
//! and on single-threaded `wasm32`. Use it for development, tests, and edge
//! workers that persist [snapshots](MemoryDatabaseAdapter::export_snapshot)
//! themselves.
//!
//! ```
//! use better_auth_core::{CreateUser, DatabaseAdapter};
//! use better_auth_memory::MemoryDatabaseAdapter;
//!
//! # futures_lite_block_on(async {
//! let database = MemoryDatabaseAdapter::new();
//! let user = database.create_user(CreateUser::with_email("ada@example.com")).await?;
//! assert!(database.get_user_by_email("ADA@example.com").await?.is_some());
//! # Ok::<(), better_auth_core::AuthError>(())
//! # }).unwrap();
//! # fn futures_lite_block_on<F: std::future::Future>(future: F) -> F::Output {
//! #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(future)
//! # }
//! ```

mod accounts;
mod adapter;
mod hashing;
mod index;
mod invitations;
mod members;
mod organizations;
mod sessions;
mod snapshot;
mod state;
mod types;
mod users;
mod verifications;

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use better_auth_core::{
    Account, Clock, Invitation, Member, Organization, Session, SystemClock, User, Verification,
};
use chrono::{DateTime, Utc};

use crate::state::State;

pub use crate::snapshot::SNAPSHOT_VERSION;
pub use crate::types::EntityTypes;

/// The store behind the one lock, shared by clones of an adapter.
type SharedState<T> = Arc<Mutex<State<T>>>;

/// In-memory [`DatabaseAdapter`](better_auth_core::DatabaseAdapter).
///
/// The type parameters are the stored entity types; the defaults are the
/// built-ins. Custom types implement the `Auth*` and `Memory*` traits
/// (usually through the derive macros):
///
/// ```ignore
/// type AppDb = MemoryDatabaseAdapter<
///     AppUser, AppSession, AppAccount, AppOrg, AppMember, AppInvitation, AppVerification,
/// >;
/// let database = AppDb::default();
/// ```
///
/// Clones share the same store.
pub struct MemoryDatabaseAdapter<
    U = User,
    S = Session,
    A = Account,
    O = Organization,
    M = Member,
    I = Invitation,
    V = Verification,
> where
    (U, S, A, O, M, I, V): EntityTypes,
{
    state: SharedState<(U, S, A, O, M, I, V)>,
    clock: Arc<dyn Clock>,
}

impl MemoryDatabaseAdapter {
    /// Creates an empty store of the built-in entity types.
    pub fn new() -> Self {
        Self::default()
    }
}

impl<U, S, A, O, M, I, V> Default for MemoryDatabaseAdapter<U, S, A, O, M, I, V>
where
    (U, S, A, O, M, I, V): EntityTypes,
{
    /// Creates an empty store on the system clock.
    fn default() -> Self {
        Self::from_state(State::default())
    }
}

impl<U, S, A, O, M, I, V> Clone for MemoryDatabaseAdapter<U, S, A, O, M, I, V>
where
    (U, S, A, O, M, I, V): EntityTypes,
{
    fn clone(&self) -> Self {
        MemoryDatabaseAdapter {
            state: Arc::clone(&self.state),
            clock: Arc::clone(&self.clock),
        }
    }
}

impl<U, S, A, O, M, I, V> MemoryDatabaseAdapter<U, S, A, O, M, I, V>
where
    (U, S, A, O, M, I, V): EntityTypes,
{
    /// Replaces the clock that timestamps rows and decides expiry.
    pub fn with_clock(mut self, clock: impl Clock) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    fn from_state(state: State<(U, S, A, O, M, I, V)>) -> Self {
        MemoryDatabaseAdapter {
            state: Arc::new(Mutex::new(state)),
            clock: Arc::new(SystemClock),
        }
    }

    /// Reads the clock once for an operation, at microsecond precision.
    fn now(&self) -> DateTime<Utc> {
        better_auth_core::clock::now_micros(self.clock.as_ref())
    }

    /// Runs `operation` under the lock. A panic inside an earlier operation
    /// leaves the state unchanged (see `state.rs`), so a poisoned lock is
    /// taken over instead of failing every later call.
    fn with_state<R>(&self, operation: impl FnOnce(&mut State<(U, S, A, O, M, I, V)>) -> R) -> R {
        let mut state = self.state.lock().unwrap_or_else(PoisonError::into_inner);
        operation(&mut state)
    }
}

impl<U, S, A, O, M, I, V> fmt::Debug for MemoryDatabaseAdapter<U, S, A, O, M, I, V>
where
    (U, S, A, O, M, I, V): EntityTypes,
{
    /// Prints row counts only: the rows hold emails and secrets.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.with_state(|state| {
            f.debug_struct("MemoryDatabaseAdapter")
                .field("users", &state.users.len())
                .field("sessions", &state.sessions.len())
                .field("accounts", &state.accounts.len())
                .field("verifications", &state.verifications.len())
                .field("organizations", &state.organizations.len())
                .field("members", &state.members.len())
                .field("invitations", &state.invitations.len())
                .field("clock", &self.clock)
                .finish()
        })
    }
}
