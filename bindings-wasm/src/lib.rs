//! WebAssembly bindings of better-auth, published on npm as
//! `better-auth-wasm`.
//!
//! The JavaScript class `MemoryDatabaseAdapter` (module `js`) wraps
//! [`CustomFieldsAdapter`]: the in-memory adapter over entity types that
//! carry custom fields declared at run time ([`WithExtra`]), checked against
//! a [`Schema`]. The Rust types are public so the conformance suite runs
//! against exactly the adapter the package uses.
//!
//! Build the package with `scripts/build-wasm.sh`; `pkg/README.md` documents
//! the JavaScript API.

mod adapter;
mod columns;
mod entity;
mod js;
mod schema;

pub use adapter::{CustomFieldsAdapter, Store};
pub use entity::{BaseEntity, WithExtra};
pub use schema::{EntitySchema, FieldSpec, Schema};
