//! PostgreSQL storage for better-auth, on [sqlx](https://docs.rs/sqlx).
//!
//! [`SqlxAdapter`] implements [`DatabaseAdapter`](better_auth_core::DatabaseAdapter)
//! over a `sqlx::PgPool`. Reads use `SELECT *` and writes `RETURNING *`, so
//! custom entity types that derive `sqlx::FromRow` get their extra columns
//! filled in.
//!
//! ```no_run
//! use better_auth_core::{CreateUser, DatabaseAdapter};
//! use better_auth_sqlx::SqlxAdapter;
//!
//! # async fn run() -> better_auth_core::AuthResult<()> {
//! let database = SqlxAdapter::new("postgres://postgres@127.0.0.1:5432/app").await?;
//! database.migrate().await?;
//! let user = database.create_user(CreateUser::with_email("ada@example.com")).await?;
//! # let _ = user;
//! # Ok(())
//! # }
//! ```
//!
//! # Schema
//!
//! [`SqlxAdapter::migrate`] applies the versioned SQL files of this crate's
//! `migrations/` folder: the core tables, then the organization tables, each
//! with the indexes the adapter's queries use. The files are plain SQL with
//! `IF NOT EXISTS` everywhere, so teams with their own migration tool can
//! apply them directly.
//!
//! # Targets
//!
//! This crate needs sockets and a tokio runtime, so it builds only for
//! native targets. On `wasm32` it is empty: the attribute below is the one
//! place that decides it, and `Cargo.toml` gates the dependencies the same way.

#![cfg(not(target_arch = "wasm32"))]

mod adapter;
mod config;
mod connect;
mod database_adapter;
mod error;
mod row;
mod tables;

pub use adapter::{SqlxAdapter, MIGRATOR};
pub use config::PoolConfig;
pub use row::PgEntity;
