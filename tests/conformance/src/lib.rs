//! Behaviour tests that every better-auth storage adapter must pass.
//!
//! The cases enforce the contract documented on
//! [`better_auth_core::adapter`]: normalization, unique keys, references,
//! missing rows, expiry, atomicity, cascades, order, round trips, ids and
//! input validation. An adapter crate runs all of them by invoking
//! [`conformance_suite!`] once in a test file:
//!
//! ```ignore
//! use better_auth_core::ManualClock;
//! use better_auth_memory::MemoryDatabaseAdapter;
//!
//! better_auth_conformance::conformance_suite! {
//!     #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
//!     async fn adapter(clock: ManualClock) -> MemoryDatabaseAdapter {
//!         MemoryDatabaseAdapter::new().with_clock(clock)
//!     }
//! }
//! ```
//!
//! The macro generates one test function per case, grouped in one module
//! per topic (`users::round_trip`, `sessions::expiry_boundary`, ...). Each
//! test builds a fresh adapter over an empty store, because the cases count
//! rows (list totals, bulk deletes).
//!
//! Cases read entities only through the `Auth*` getter traits, so the suite
//! also runs with an application's own entity types in place of the
//! built-ins.

pub mod assert;
pub mod cases;
pub mod fixtures;
pub mod runtime;

use std::sync::Arc;

use better_auth_core::{Clock, ManualClock};
use chrono::{DateTime, Duration, Utc};

/// The adapter under test and the clock it reads.
///
/// The clock is a clone of the one handed to the adapter, so moving it here
/// moves the adapter's "now".
pub struct Harness<A> {
    pub adapter: Arc<A>,
    pub clock: ManualClock,
}

impl<A> Harness<A> {
    /// Wraps an adapter built over `clock`.
    pub fn new(adapter: A, clock: ManualClock) -> Self {
        Harness {
            adapter: Arc::new(adapter),
            clock,
        }
    }

    /// Returns the clock's current instant.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Moves the clock forward by `by`.
    pub fn advance(&self, by: Duration) {
        self.clock.advance(by);
    }

    /// Sets the clock to `instant`, forward or back.
    pub fn set_now(&self, instant: DateTime<Utc>) {
        self.clock.set(instant);
    }
}

#[doc(hidden)]
pub mod __private {
    pub use better_auth_core::ManualClock;
}

/// Generates one test function per conformance case for an adapter.
///
/// The input is one `async fn`. Its attributes are copied onto every
/// generated test, so they carry the target's test attribute
/// (`#[tokio::test]`, `#[sqlx::test]`, `#[wasm_bindgen_test]`). Its first
/// parameter receives the test's [`ManualClock`]. Further parameters become
/// parameters of each generated test, such as the `PgPool` that
/// `#[sqlx::test]` passes in. The return type is the adapter type, and the
/// body builds the adapter over that clock and may `.await`.
///
/// Each generated test creates a `ManualClock::default()`, evaluates the
/// body with a clone of it, then runs the case against the adapter.
#[macro_export]
macro_rules! conformance_suite {
    ($($input:tt)*) => {
        $crate::__conformance_cases! { __conformance_modules { $($input)* } }
    };
}

/// Calls the macro `$callback` with `$input`, then `module: [case, ...]`
/// for every module of [`cases`]. This is the one list of all cases.
#[doc(hidden)]
#[macro_export]
macro_rules! __conformance_cases {
    ($callback:ident $input:tt) => {
        $crate::$callback! {
            $input
            users: [
                round_trip, defaults, generated_id, supplied_id, timestamps,
                null_keys_repeat, email_lookup, email_lowercase, email_conflict,
                email_update, email_update_conflict, username_exact,
                username_conflict, username_update_conflict, id_conflict,
                update_partial, update_clears, update_timestamps, update_missing,
                delete_twice, list_filters, list_total, list_limit_zero,
                list_wildcards, list_unicode_case, list_sigma_prefix, lookup_not_an_email,
            ],
            sessions: [
                round_trip, generated_token, generated_id, supplied_id,
                token_conflict, id_conflict, missing_user, expiry_boundary,
                expired_update, extend, update_partial, update_clears,
                update_missing, delete_twice, delete_expired_row,
                delete_others, delete_all, delete_expired, deactivate,
            ],
            accounts: [
                round_trip, generated_id, key_conflict, key_parts_reusable,
                id_conflict, missing_user, update_partial, update_clears,
                update_missing, delete_twice,
            ],
            verifications: [
                round_trip, generated_id, newest_wins, newest_live_wins,
                tie_by_id, consume_once, consume_wrong_value, consume_newest,
                expiry_boundary, consume_expired_kept, delete_by_identifier,
                delete_expired, id_conflict, delete_twice,
            ],
            organizations: [
                round_trip, defaults, generated_id, slug_conflict, slug_update,
                slug_update_conflict, slug_exact, id_conflict, update_partial,
                update_clears, update_missing, delete_twice,
            ],
            members: [
                round_trip, generated_id, pair_conflict, id_conflict,
                missing_org, missing_user, update_role, update_missing, count,
                delete_twice,
            ],
            invitations: [
                round_trip, generated_id, email_case, missing_org,
                missing_inviter, id_conflict, status_guard, status_missing,
                expired_status_update, list_all_statuses, list_pending,
                pending_boundary, pending_newest,
            ],
            cascades: [
                user_delete, user_delete_others, org_delete, org_delete_others,
                org_delete_sessions, user_organizations,
            ],
            ordering: [
                users_paging, members_paging, sessions_order, accounts_order,
                invitations_order, pending_order, organizations_order,
                id_byte_order,
            ],
            concurrency: [
                consume_race, email_race, slug_race, member_race, status_race,
                mixed_load,
            ],
            hostile: [
                nul_name, nul_email, nul_metadata, nul_update, username_max,
                username_too_long, metadata_not_object, year_10000, year_0,
                short_token, min_token, extra_on_create, extra_on_update,
                long_name,
            ],
        }
    };
}

/// Names every listed case as a generic function, so a list entry without
/// a case function fails to build this crate rather than an adapter's tests.
#[doc(hidden)]
#[macro_export]
macro_rules! __conformance_check_cases {
    ({} $($module:ident: [$($case:ident),* $(,)?]),* $(,)?) => {
        #[allow(dead_code)]
        fn __listed_cases<A: better_auth_core::DatabaseAdapter>() {
            $($( let _ = $crate::cases::$module::$case::<A>; )*)*
        }
    };
}

__conformance_cases! { __conformance_check_cases {} }

/// Expands the case list of [`conformance_suite!`] into one module per
/// topic holding one test per case.
#[doc(hidden)]
#[macro_export]
macro_rules! __conformance_modules {
    ($input:tt $($module:ident: [$($case:ident),* $(,)?]),* $(,)?) => {
        $(
            mod $module {
                // The caller's imports (the clock and adapter types).
                #[allow(unused_imports)]
                use super::*;

                $( $crate::__conformance_test! { $module $case $input } )*
            }
        )*
    };
}

/// Generates the test function of one case from the caller's function.
#[doc(hidden)]
#[macro_export]
macro_rules! __conformance_test {
    (
        $module:ident $case:ident {
            $(#[$($attr:tt)*])*
            async fn $name:ident(
                $clock:ident: $clock_ty:ty $(, $arg:ident: $arg_ty:ty)* $(,)?
            ) -> $adapter:ty $body:block
        }
    ) => {
        $(#[$($attr)*])*
        async fn $case($($arg: $arg_ty),*) {
            let clock = $crate::__private::ManualClock::default();
            let adapter: $adapter = {
                let $clock: $clock_ty = ::core::clone::Clone::clone(&clock);
                $body
            };
            $crate::cases::$module::$case($crate::Harness::new(adapter, clock)).await;
        }
    };
}
