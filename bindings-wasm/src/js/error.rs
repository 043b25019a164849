//! JavaScript `Error` objects for [`AuthError`] and for panics.
//!
//! Each error carries `code` (one of the constants below), `field` (the
//! camelCase name of the field at fault, or `null`) and `entity` (the kind
//! of row for `NOT_FOUND` and `CONFLICT`, or `null`).

use std::error::Error as _;

use better_auth_core::AuthError;
use js_sys::Reflect;
use wasm_bindgen::JsValue;

use crate::columns::js_name;

/// No row has the given id or key (updates only; gets resolve with `null`).
pub const NOT_FOUND: &str = "NOT_FOUND";
/// A unique key is taken, or a guarded status change found another status.
pub const CONFLICT: &str = "CONFLICT";
/// An argument breaks a rule: wrong type, missing, too long, unknown key.
pub const INVALID_INPUT: &str = "INVALID_INPUT";
/// A resource the operation needs is missing; retrying later may succeed.
pub const UNAVAILABLE: &str = "UNAVAILABLE";
/// A bug or broken invariant in better-auth.
pub const INTERNAL: &str = "INTERNAL";
/// The Rust code panicked during this call.
pub const PANIC: &str = "PANIC";

/// `name` of every error this package creates.
const ERROR_NAME: &str = "BetterAuthError";

/// Converts an [`AuthError`] to a JavaScript `Error`.
pub fn to_js(error: &AuthError) -> JsValue {
    let field = error.field().map(js_name);
    let (code, entity, message) = match error {
        AuthError::NotFound { entity, .. } => (NOT_FOUND, Some(entity.as_str()), error.to_string()),
        AuthError::Conflict { entity, detail, .. } => {
            let field = field.as_deref().unwrap_or_default();
            let message = format!("{entity} conflict on {field}: {detail}");
            (CONFLICT, Some(entity.as_str()), message)
        }
        AuthError::InvalidInput { reason, .. } => {
            let field = field.as_deref().unwrap_or_default();
            (INVALID_INPUT, None, format!("invalid {field}: {reason}"))
        }
        AuthError::Unavailable { .. } => (UNAVAILABLE, None, with_source(error)),
        _ => (INTERNAL, None, with_source(error)),
    };
    new_error(code, &message, field.as_deref(), entity)
}

/// Builds an `Error` with `name`, `code`, `field` and `entity` set.
pub fn new_error(code: &str, message: &str, field: Option<&str>, entity: Option<&str>) -> JsValue {
    let error = js_sys::Error::new(message);
    error.set_name(ERROR_NAME);
    let error = JsValue::from(error);
    let text = |value: Option<&str>| value.map_or(JsValue::NULL, JsValue::from_str);
    // Defining properties on a fresh Error object cannot throw.
    let _ = Reflect::set(&error, &"code".into(), &JsValue::from_str(code));
    let _ = Reflect::set(&error, &"field".into(), &text(field));
    let _ = Reflect::set(&error, &"entity".into(), &text(entity));
    error
}

/// Joins the error's message with its source's message, if it has a source.
fn with_source(error: &AuthError) -> String {
    match error.source() {
        Some(source) => format!("{error}: {source}"),
        None => error.to_string(),
    }
}
