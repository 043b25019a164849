//! The one place that decides what native and wasm32 builds require.
//!
//! On native targets adapters are shared across threads, so every adapter is
//! `Send + Sync` and every future it returns is `Send`. On `wasm32` the host
//! runs one thread and JavaScript values are not `Send`, so neither bound is
//! required there: an adapter backed by JavaScript objects can exist.
//!
//! Adapter implementations pick the matching `async_trait` form with:
//!
//! ```ignore
//! #[cfg_attr(not(target_arch = "wasm32"), async_trait::async_trait)]
//! #[cfg_attr(target_arch = "wasm32", async_trait::async_trait(?Send))]
//! ```

/// `Send` on native targets, no bound on `wasm32`.
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSend: Send {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send + ?Sized> MaybeSend for T {}

/// `Send` on native targets, no bound on `wasm32`.
#[cfg(target_arch = "wasm32")]
pub trait MaybeSend {}
#[cfg(target_arch = "wasm32")]
impl<T: ?Sized> MaybeSend for T {}

/// `Sync` on native targets, no bound on `wasm32`.
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSync: Sync {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Sync + ?Sized> MaybeSync for T {}

/// `Sync` on native targets, no bound on `wasm32`.
#[cfg(target_arch = "wasm32")]
pub trait MaybeSync {}
#[cfg(target_arch = "wasm32")]
impl<T: ?Sized> MaybeSync for T {}
