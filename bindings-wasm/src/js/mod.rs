//! The `MemoryDatabaseAdapter` class exported to JavaScript.
//!
//! Each method reads its arguments, calls [`CustomFieldsAdapter`] and
//! converts the result, all inside one future that [`settle`] polls once
//! before the method returns. The in-memory adapter never waits on
//! anything, so that first poll finishes the operation. The returned
//! Promise is therefore already settled, input errors included. A panic
//! happens inside the method call itself, where the package's JavaScript
//! layer catches it (see `panic.rs`).
//!
//! The methods live in one file per entity type, each in its own
//! `#[wasm_bindgen]` impl block.

mod accounts;
mod error;
mod invitations;
mod members;
mod options;
mod organizations;
mod panic;
mod random;
mod read;
mod sessions;
mod users;
mod verifications;
mod write;

use std::future::Future;
use std::task::{Context, Poll, Waker};

use better_auth_core::AuthResult;
use js_sys::Promise;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use crate::adapter::CustomFieldsAdapter;

/// An in-memory store with the custom fields declared in its options.
#[wasm_bindgen(js_name = MemoryDatabaseAdapter)]
pub struct JsMemoryDatabaseAdapter {
    db: CustomFieldsAdapter,
}

#[wasm_bindgen(js_class = MemoryDatabaseAdapter)]
impl JsMemoryDatabaseAdapter {
    /// Creates an empty store. Throws `INVALID_INPUT` for malformed options.
    #[wasm_bindgen(constructor)]
    pub fn new(options: JsValue) -> Result<JsMemoryDatabaseAdapter, JsValue> {
        panic::install();
        let schema = options::schema(&options).map_err(|err| error::to_js(&err))?;
        Ok(JsMemoryDatabaseAdapter {
            db: CustomFieldsAdapter::new(schema),
        })
    }

    /// Rebuilds a store from `exportSnapshot` output. Throws
    /// `INVALID_INPUT` for malformed options or a snapshot that does not fit
    /// them.
    #[wasm_bindgen(js_name = fromSnapshot)]
    pub fn from_snapshot(
        json: JsValue,
        options: JsValue,
    ) -> Result<JsMemoryDatabaseAdapter, JsValue> {
        panic::install();
        let restore = || -> AuthResult<CustomFieldsAdapter> {
            let json = read::string(&json, "json")?;
            let schema = options::schema(&options)?;
            CustomFieldsAdapter::from_snapshot(&json, schema)
        };
        let db = restore().map_err(|err| error::to_js(&err))?;
        Ok(JsMemoryDatabaseAdapter { db })
    }

    /// Returns every row, secrets included, as one JSON document.
    #[wasm_bindgen(js_name = exportSnapshot)]
    pub fn export_snapshot(&self) -> Result<String, JsValue> {
        self.db.export_snapshot().map_err(|err| error::to_js(&err))
    }
}

impl JsMemoryDatabaseAdapter {
    /// Returns a handle on the store for a method's future.
    fn handle(&self) -> CustomFieldsAdapter {
        self.db.clone()
    }
}

/// Polls `operation` once and returns a Promise settled with its outcome.
///
/// NOTE: an operation that is still pending after the first poll goes on
/// in `wasm_bindgen_futures`. A panic there escapes as an uncaught error
/// and its Promise never settles; the in-memory adapter never takes this
/// path.
fn settle<F>(operation: F) -> Promise
where
    F: Future<Output = AuthResult<JsValue>> + 'static,
{
    let mut operation = Box::pin(operation);
    let mut context = Context::from_waker(Waker::noop());
    match operation.as_mut().poll(&mut context) {
        Poll::Ready(Ok(value)) => Promise::resolve(&value),
        Poll::Ready(Err(err)) => Promise::reject(&error::to_js(&err)),
        Poll::Pending => wasm_bindgen_futures::future_to_promise(async move {
            operation.await.map_err(|err| error::to_js(&err))
        }),
    }
}
