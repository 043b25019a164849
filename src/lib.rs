//! better-auth: authentication storage for Rust and WebAssembly.
//!
//! Users, sessions, accounts, verification tokens, organizations, members
//! and invitations live behind one async trait, [`DatabaseAdapter`]. This
//! crate re-exports the core types and the adapters:
//!
//! - [`adapters::MemoryDatabaseAdapter`]: in-process storage, no set-up.
//! - `adapters::SqlxAdapter` and `adapters::PoolConfig`: PostgreSQL on sqlx,
//!   with the feature `sqlx-postgres` (native targets only).
//!
//! With the feature `derive`, the `Auth*` and `Memory*` derive macros let an
//! application store its own entity structs with extra fields.
//!
//! ```
//! use better_auth::adapters::MemoryDatabaseAdapter;
//! use better_auth::{CreateUser, DatabaseAdapter};
//!
//! # tokio_test_block(async {
//! let database = MemoryDatabaseAdapter::new();
//! let user = database
//!     .create_user(CreateUser::with_email("Ada@Example.com").name("Ada"))
//!     .await?;
//! assert_eq!(user.email.as_deref(), Some("ada@example.com"));
//! # Ok::<(), better_auth::AuthError>(())
//! # });
//! # fn tokio_test_block<F: std::future::Future>(future: F) -> F::Output {
//! #     tokio::runtime::Builder::new_current_thread().build().unwrap().block_on(future)
//! # }
//! ```

pub use better_auth_core::*;

/// Storage backends.
pub mod adapters {
    pub use better_auth_memory::MemoryDatabaseAdapter;
    #[cfg(all(feature = "sqlx-postgres", not(target_arch = "wasm32")))]
    pub use better_auth_sqlx::{PoolConfig, SqlxAdapter};
}
