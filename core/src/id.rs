//! Identifiers and secret tokens.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;

/// Number of random bytes in a session token: 256 bits of entropy.
pub const SESSION_TOKEN_BYTES: usize = 32;

/// Returns a new random UUID v4 as a lowercase hyphenated string.
pub fn generate_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Returns a new session token: 32 bytes from the operating system CSPRNG
/// (the Web Crypto API on `wasm32`), base64url without padding (43 characters).
///
/// # Panics
///
/// Panics if the platform has no random source, like `uuid::Uuid::new_v4`.
/// Every supported target (Linux, macOS, Windows, Node, Deno, Bun, Workers)
/// has one.
pub fn generate_session_token() -> String {
    let mut bytes = [0u8; SESSION_TOKEN_BYTES];
    getrandom::fill(&mut bytes).expect("the platform has no CSPRNG to draw a session token from");
    URL_SAFE_NO_PAD.encode(bytes)
}
