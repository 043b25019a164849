//! Descriptions of the custom fields an application adds to an entity type.

use std::borrow::Cow;

use serde_json::Value;

use crate::error::{AuthError, AuthResult};
use crate::input::ExtraFields;

/// The storage type of a custom field, as adapters bind and check it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldType {
    /// A JSON string; `TEXT` in PostgreSQL.
    Text,
    /// A JSON boolean; `BOOLEAN`.
    Bool,
    /// A JSON integer within `i64`; `BIGINT`, `INTEGER` or `SMALLINT`.
    Integer,
    /// A JSON number; `DOUBLE PRECISION` or `REAL`.
    Float,
    /// An RFC 3339 string; `TIMESTAMPTZ`.
    Timestamp,
    /// Any JSON value; `JSONB`.
    Json,
}

impl FieldType {
    /// Lowercase name used in error messages.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldType::Text => "text",
            FieldType::Bool => "boolean",
            FieldType::Integer => "integer",
            FieldType::Float => "number",
            FieldType::Timestamp => "timestamp",
            FieldType::Json => "json",
        }
    }

    /// Returns `true` when `value` (not null) has this type.
    pub fn accepts(self, value: &Value) -> bool {
        match self {
            FieldType::Text => value.is_string(),
            FieldType::Bool => value.is_boolean(),
            FieldType::Integer => value.is_i64(),
            FieldType::Float => value.is_number(),
            FieldType::Timestamp => value
                .as_str()
                .is_some_and(|s| chrono::DateTime::parse_from_rfc3339(s).is_ok()),
            FieldType::Json => true,
        }
    }
}

/// One custom field of an entity type: its column name, type and nullability.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CustomField {
    /// Struct field and column name.
    pub name: &'static str,
    pub ty: FieldType,
    /// `true` for `Option<_>` fields, which accept JSON `null`.
    pub nullable: bool,
}

/// Checks extra values against an entity type's custom fields: each name
/// must exist and each value must have the field's type.
pub fn check_extra_fields(extra: &ExtraFields, fields: &[CustomField]) -> AuthResult<()> {
    for (name, value) in extra {
        let field_name = || Cow::Owned(name.clone());
        let Some(field) = fields.iter().find(|field| field.name == name) else {
            return Err(AuthError::invalid(
                field_name(),
                "unknown field: the entity type has no custom field of this name",
            ));
        };

        if value.is_null() {
            if field.nullable {
                continue;
            }
            return Err(AuthError::invalid(field_name(), "must not be null"));
        }
        if !field.ty.accepts(value) {
            return Err(AuthError::invalid(
                field_name(),
                format!("expected a value of type {}", field.ty.as_str()),
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const FIELDS: &[CustomField] = &[
        CustomField {
            name: "plan",
            ty: FieldType::Text,
            nullable: false,
        },
        CustomField {
            name: "seats",
            ty: FieldType::Integer,
            nullable: true,
        },
    ];

    fn extra(value: Value) -> ExtraFields {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn known_fields_of_the_right_type_pass() {
        let values = extra(json!({"plan": "pro", "seats": null}));
        assert!(check_extra_fields(&values, FIELDS).is_ok());
    }

    #[test]
    fn unknown_field_is_named() {
        let err = check_extra_fields(&extra(json!({"plna": "pro"})), FIELDS).unwrap_err();
        assert_eq!(err.field(), Some("plna"));
    }

    #[test]
    fn wrong_type_is_named() {
        let err = check_extra_fields(&extra(json!({"seats": "ten"})), FIELDS).unwrap_err();
        assert_eq!(err.field(), Some("seats"));
    }

    #[test]
    fn null_for_required_field_is_rejected() {
        let err = check_extra_fields(&extra(json!({"plan": null})), FIELDS).unwrap_err();
        assert_eq!(err.field(), Some("plan"));
    }
}
