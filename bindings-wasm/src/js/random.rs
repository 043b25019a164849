//! Ids and session tokens drawn before the adapter call, so a host without
//! a random source is an `UNAVAILABLE` error rather than a panic.
//!
//! Cloudflare Workers, for one, reject `crypto.getRandomValues` outside a
//! request handler. The core helpers (`generate_id`,
//! `CreateSession::new`) panic there; these return an error instead.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use better_auth_core::id::SESSION_TOKEN_BYTES;
use better_auth_core::{AuthError, AuthResult};

/// Returns a new random UUID v4, as core's `generate_id` does.
pub fn new_id() -> AuthResult<String> {
    let mut bytes = [0u8; 16];
    fill(&mut bytes)?;
    Ok(uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string())
}

/// Returns a new 256-bit session token in base64url without padding, as
/// core's `generate_session_token` does.
pub fn new_session_token() -> AuthResult<String> {
    let mut bytes = [0u8; SESSION_TOKEN_BYTES];
    fill(&mut bytes)?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

fn fill(bytes: &mut [u8]) -> AuthResult<()> {
    getrandom::fill(bytes).map_err(|err| AuthError::Unavailable {
        message: format!(
            "no random source for a new id or token ({err}); in Cloudflare Workers, \
             create rows inside a request handler, not at the top level of the module"
        ),
        source: None,
    })
}

/// Fills `id` with a new UUID v4 when the caller gave none.
pub fn id_or_new(id: Option<String>) -> AuthResult<Option<String>> {
    match id {
        Some(id) => Ok(Some(id)),
        None => new_id().map(Some),
    }
}
