//! Input rules shared by every adapter, so all of them accept and reject the
//! same values.
//!
//! PostgreSQL rejects NUL in `TEXT` and `\u0000` in `JSONB`, cannot index a
//! B-tree key of more than about 2,700 bytes, and stores timestamps to the
//! microsecond. The rules below reject or normalize those cases up front, so
//! the in-memory adapter behaves exactly like the PostgreSQL one.

use std::borrow::Cow;

use chrono::{DateTime, Datelike, SubsecRound, Utc};
use serde_json::Value;

use crate::error::{AuthError, AuthResult};
use crate::ExtraFields;

/// Maximum length in bytes of a value that is part of a unique key or index
/// (ids, emails, usernames, tokens, slugs, provider and account ids,
/// verification identifiers).
pub const MAX_KEY_BYTES: usize = 1024;

/// Minimum length of a caller-supplied session token.
pub const MIN_SESSION_TOKEN_CHARS: usize = 32;

/// Earliest and latest accepted timestamp years (ISO 8601 four-digit years).
const MIN_YEAR: i32 = 1;
const MAX_YEAR: i32 = 9999;

type Field = &'static str;

/// Rejects text that PostgreSQL cannot store.
pub fn text(field: Field, value: &str) -> AuthResult<()> {
    if value.contains('\0') {
        return Err(AuthError::invalid(field, "must not contain NUL characters"));
    }
    Ok(())
}

/// Applies [`text`] to an optional value.
pub fn opt_text(field: Field, value: Option<&str>) -> AuthResult<()> {
    value.map_or(Ok(()), |v| text(field, v))
}

/// Rejects empty text and text PostgreSQL cannot store.
pub fn non_empty_text(field: Field, value: &str) -> AuthResult<()> {
    text(field, value)?;
    if value.is_empty() {
        return Err(AuthError::invalid(field, "must not be empty"));
    }
    Ok(())
}

/// Checks a value that takes part in a unique key or an index.
pub fn key(field: Field, value: &str) -> AuthResult<()> {
    text(field, value)?;
    if value.is_empty() {
        return Err(AuthError::invalid(field, "must not be empty"));
    }
    if value.len() > MAX_KEY_BYTES {
        return Err(AuthError::invalid(
            field,
            format!(
                "is {} bytes long, the maximum is {MAX_KEY_BYTES}",
                value.len()
            ),
        ));
    }
    Ok(())
}

/// Applies [`key`] to an optional value.
pub fn opt_key(field: Field, value: Option<&str>) -> AuthResult<()> {
    value.map_or(Ok(()), |v| key(field, v))
}

/// Trims and lower-cases an email, then checks its shape.
///
/// The check is deliberately loose (one `@` with text on both sides, no
/// whitespace): deliverability is the sign-up flow's business, storage only
/// needs a canonical key.
pub fn normalize_email(field: Field, email: &str) -> AuthResult<String> {
    let normalized = email.trim().to_lowercase();
    key(field, &normalized)?;

    let valid_shape = match normalized.split_once('@') {
        Some((local, domain)) => !local.is_empty() && !domain.is_empty() && !domain.contains('@'),
        None => false,
    };
    if !valid_shape || normalized.chars().any(char::is_whitespace) {
        return Err(AuthError::invalid(
            field,
            "must be an email address of the form local@domain",
        ));
    }
    Ok(normalized)
}

/// Normalizes an optional email in place.
pub fn normalize_opt_email(field: Field, email: &mut Option<String>) -> AuthResult<()> {
    if let Some(value) = email.as_deref() {
        *email = Some(normalize_email(field, value)?);
    }
    Ok(())
}

/// Truncates a timestamp to microseconds and checks its year range.
pub fn timestamp(field: Field, value: &mut DateTime<Utc>) -> AuthResult<()> {
    if !(MIN_YEAR..=MAX_YEAR).contains(&value.year()) {
        return Err(AuthError::invalid(
            field,
            format!("year {} is outside {MIN_YEAR}..={MAX_YEAR}", value.year()),
        ));
    }
    *value = value.trunc_subsecs(6);
    Ok(())
}

/// Applies [`timestamp`] to an optional value.
pub fn opt_timestamp(field: Field, value: &mut Option<DateTime<Utc>>) -> AuthResult<()> {
    value.as_mut().map_or(Ok(()), |v| timestamp(field, v))
}

/// Checks that `metadata` is a JSON object PostgreSQL can store as JSONB.
pub fn metadata(field: Field, value: &Value) -> AuthResult<()> {
    if !value.is_object() {
        return Err(AuthError::invalid(field, "must be a JSON object"));
    }
    json(field, value)
}

/// Rejects NUL characters anywhere in a JSON value, keys included.
pub fn json(field: Field, value: &Value) -> AuthResult<()> {
    if json_has_nul(value) {
        return Err(AuthError::invalid(field, "must not contain NUL characters"));
    }
    Ok(())
}

fn json_has_nul(value: &Value) -> bool {
    match value {
        Value::String(s) => s.contains('\0'),
        Value::Array(items) => items.iter().any(json_has_nul),
        Value::Object(map) => map.iter().any(|(k, v)| k.contains('\0') || json_has_nul(v)),
        Value::Null | Value::Bool(_) | Value::Number(_) => false,
    }
}

/// Checks the names and values of custom fields; the entity type checks
/// that each name exists.
pub fn extra(fields: &ExtraFields) -> AuthResult<()> {
    for (name, value) in fields {
        let field: Cow<'static, str> = Cow::Owned(name.clone());
        if name.is_empty() || name.contains('\0') {
            return Err(AuthError::invalid(
                field,
                "is not a valid custom field name",
            ));
        }
        if json_has_nul(value) {
            return Err(AuthError::invalid(field, "must not contain NUL characters"));
        }
    }
    Ok(())
}

/// Rejects custom field values for an entity type that has no custom fields.
pub fn no_extra(fields: &ExtraFields) -> AuthResult<()> {
    match fields.keys().next() {
        Some(name) => Err(AuthError::invalid(
            Cow::Owned(name.clone()),
            "unknown field: the built-in entity type has no custom fields",
        )),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_is_trimmed_and_lowercased() {
        let email = normalize_email("email", "  Ada@Example.COM ").unwrap();
        assert_eq!(email, "ada@example.com");
    }

    #[test]
    fn email_without_at_is_rejected() {
        let err = normalize_email("email", "ada.example.com").unwrap_err();
        assert_eq!(err.field(), Some("email"));
    }

    #[test]
    fn email_with_inner_space_is_rejected() {
        assert!(normalize_email("email", "ada lovelace@example.com").is_err());
    }

    #[test]
    fn nul_in_text_is_rejected() {
        let err = text("name", "a\0b").unwrap_err();
        assert!(err.is_invalid_input());
    }

    #[test]
    fn key_longer_than_max_is_rejected() {
        let long = "x".repeat(MAX_KEY_BYTES + 1);
        assert!(key("username", &long).is_err());
        assert!(key("username", &long[..MAX_KEY_BYTES]).is_ok());
    }

    #[test]
    fn nul_nested_in_json_is_rejected() {
        let value = serde_json::json!({"a": [{"b\u{0}": 1}]});
        assert!(metadata("metadata", &value).is_err());
    }

    #[test]
    fn non_object_metadata_is_rejected() {
        assert!(metadata("metadata", &serde_json::json!([1])).is_err());
    }

    #[test]
    fn timestamp_is_truncated_to_micros() {
        let mut at = DateTime::from_timestamp(1_700_000_000, 123_456_789).unwrap();
        timestamp("expires_at", &mut at).unwrap();
        assert_eq!(at.timestamp_subsec_nanos(), 123_456_000);
    }

    #[test]
    fn timestamp_after_year_9999_is_rejected() {
        let mut at = DateTime::from_timestamp(253_402_300_800, 0).unwrap();
        assert!(timestamp("expires_at", &mut at).is_err());
    }
}
