//! Lookup arguments that no stored row can match.
//!
//! The memory adapter returns "no row" for them. PostgreSQL would reject
//! some of them (NUL bytes) with an error, so this adapter returns "no row"
//! without sending a query.

use better_auth_core::validate::normalize_email;

/// Normalizes the email argument of a lookup like stored emails; `None`
/// when it is not an email address, which no stored row can have.
pub(crate) fn lookup_email(email: &str) -> Option<String> {
    normalize_email("email", email).ok()
}

/// Returns `false` for text PostgreSQL cannot store (it contains NUL), so
/// no row can match it.
pub(crate) fn storable(value: &str) -> bool {
    !value.contains('\0')
}
