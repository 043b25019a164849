//! Column lists of `INSERT` and `UPDATE` statements, custom fields included.
//!
//! Column names are `&'static str` from this crate or from an entity type's
//! [`CustomField`] list, never from caller input, and are quoted anyway.
//! Values are always bound as parameters.

use better_auth_core::entity::check_extra_fields;
use better_auth_core::{AuthResult, CustomField, ExtraFields, FieldType};
use chrono::{DateTime, SubsecRound, Utc};
use serde_json::Value;
use sqlx::types::Json;
use sqlx::{Postgres, QueryBuilder};

/// A value bound with the PostgreSQL type of its column; `None` is NULL.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum SqlValue {
    Text(Option<String>),
    Bool(Option<bool>),
    BigInt(Option<i64>),
    Float(Option<f64>),
    Timestamp(Option<DateTime<Utc>>),
    Json(Option<Value>),
}

impl From<String> for SqlValue {
    fn from(value: String) -> Self {
        SqlValue::Text(Some(value))
    }
}

impl From<Option<String>> for SqlValue {
    fn from(value: Option<String>) -> Self {
        SqlValue::Text(value)
    }
}

impl From<bool> for SqlValue {
    fn from(value: bool) -> Self {
        SqlValue::Bool(Some(value))
    }
}

impl From<DateTime<Utc>> for SqlValue {
    fn from(value: DateTime<Utc>) -> Self {
        SqlValue::Timestamp(Some(value))
    }
}

impl From<Option<DateTime<Utc>>> for SqlValue {
    fn from(value: Option<DateTime<Utc>>) -> Self {
        SqlValue::Timestamp(value)
    }
}

impl From<Value> for SqlValue {
    fn from(value: Value) -> Self {
        SqlValue::Json(Some(value))
    }
}

impl SqlValue {
    /// Converts the value of a custom field, already checked by
    /// [`check_extra_fields`], to the field's storage type.
    fn from_custom(field: &CustomField, value: Value) -> Self {
        match field.ty {
            FieldType::Text => SqlValue::Text(value.as_str().map(str::to_owned)),
            FieldType::Bool => SqlValue::Bool(value.as_bool()),
            FieldType::Integer => SqlValue::BigInt(value.as_i64()),
            FieldType::Float => SqlValue::Float(value.as_f64()),
            FieldType::Timestamp => SqlValue::Timestamp(
                value
                    .as_str()
                    .and_then(|text| DateTime::parse_from_rfc3339(text).ok())
                    .map(|at| at.with_timezone(&Utc).trunc_subsecs(6)),
            ),
            FieldType::Json => SqlValue::Json((!value.is_null()).then_some(value)),
        }
    }

    fn push_bind(self, query: &mut QueryBuilder<'static, Postgres>) {
        match self {
            SqlValue::Text(value) => query.push_bind(value),
            SqlValue::Bool(value) => query.push_bind(value),
            SqlValue::BigInt(value) => query.push_bind(value),
            SqlValue::Float(value) => query.push_bind(value),
            SqlValue::Timestamp(value) => query.push_bind(value),
            SqlValue::Json(value) => query.push_bind(value.map(Json)),
        };
    }
}

/// The columns an `INSERT` writes or an `UPDATE` sets, in order.
#[derive(Debug, Default)]
pub(crate) struct Columns {
    columns: Vec<(&'static str, SqlValue)>,
}

impl Columns {
    pub(crate) fn new() -> Self {
        Columns::default()
    }

    /// Adds a column.
    pub(crate) fn set(mut self, column: &'static str, value: impl Into<SqlValue>) -> Self {
        self.columns.push((column, value.into()));
        self
    }

    /// Adds a column when an update carries a value for it.
    pub(crate) fn patch<T: Into<SqlValue>>(self, column: &'static str, value: Option<T>) -> Self {
        match value {
            Some(value) => self.set(column, value),
            None => self,
        }
    }

    /// Checks `extra` against the entity type's custom fields and adds a
    /// column for each value.
    pub(crate) fn custom(
        mut self,
        extra: ExtraFields,
        fields: &'static [CustomField],
    ) -> AuthResult<Self> {
        check_extra_fields(&extra, fields)?;
        for (name, value) in extra {
            // check_extra_fields found every name in `fields`.
            if let Some(field) = fields.iter().find(|field| field.name == name) {
                let value = SqlValue::from_custom(field, value);
                self.columns.push((field.name, value));
            }
        }
        Ok(self)
    }

    /// Builds `INSERT INTO table (...) VALUES (...) RETURNING *`.
    pub(crate) fn insert(self, table: &'static str) -> QueryBuilder<'static, Postgres> {
        let mut query = QueryBuilder::new("INSERT INTO ");
        push_identifier(&mut query, table);
        query.push(" (");
        for (index, (column, _)) in self.columns.iter().enumerate() {
            if index > 0 {
                query.push(", ");
            }
            push_identifier(&mut query, column);
        }
        query.push(") VALUES (");
        for (index, (_, value)) in self.columns.into_iter().enumerate() {
            if index > 0 {
                query.push(", ");
            }
            value.push_bind(&mut query);
        }
        query.push(") RETURNING *");
        query
    }

    /// Builds `UPDATE table SET ...`; the caller adds `WHERE` and `RETURNING`.
    pub(crate) fn update(self, table: &'static str) -> QueryBuilder<'static, Postgres> {
        let mut query = QueryBuilder::new("UPDATE ");
        push_identifier(&mut query, table);
        query.push(" SET ");
        for (index, (column, value)) in self.columns.into_iter().enumerate() {
            if index > 0 {
                query.push(", ");
            }
            push_identifier(&mut query, column);
            query.push(" = ");
            value.push_bind(&mut query);
        }
        query
    }
}

/// Appends `name` as a quoted SQL identifier.
fn push_identifier(query: &mut QueryBuilder<'static, Postgres>, name: &str) {
    query.push('"');
    query.push(name.replace('"', "\"\""));
    query.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use sqlx::Execute;

    const FIELDS: &[CustomField] = &[
        CustomField {
            name: "plan",
            ty: FieldType::Text,
            nullable: false,
        },
        CustomField {
            name: "trial_ends_at",
            ty: FieldType::Timestamp,
            nullable: true,
        },
    ];

    fn extra(value: Value) -> ExtraFields {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn insert_quotes_every_column() {
        let mut query = Columns::new()
            .set("id", "u1".to_owned())
            .set("email_verified", true)
            .insert("users");
        assert_eq!(
            query.build().sql(),
            r#"INSERT INTO "users" ("id", "email_verified") VALUES ($1, $2) RETURNING *"#
        );
    }

    #[test]
    fn update_sets_only_patched_columns() {
        let mut query = Columns::new()
            .patch("name", Some(Some("Ada".to_owned())))
            .patch::<String>("image", None)
            .update("users");
        assert_eq!(query.build().sql(), r#"UPDATE "users" SET "name" = $1"#);
    }

    #[test]
    fn custom_values_use_the_field_type() {
        let columns = Columns::new()
            .custom(
                extra(serde_json::json!({"plan": "pro", "trial_ends_at": "2030-01-01T02:00:00+02:00"})),
                FIELDS,
            )
            .unwrap();
        let expected_at = DateTime::parse_from_rfc3339("2030-01-01T00:00:00Z").unwrap();
        assert!(columns
            .columns
            .contains(&("plan", SqlValue::Text(Some("pro".to_owned())))));
        assert!(columns.columns.contains(&(
            "trial_ends_at",
            SqlValue::Timestamp(Some(expected_at.with_timezone(&Utc)))
        )));
    }

    #[test]
    fn unknown_custom_field_is_rejected() {
        let err = Columns::new()
            .custom(
                extra(serde_json::json!({"plan\"; DROP TABLE users; --": "x"})),
                FIELDS,
            )
            .unwrap_err();
        assert!(err.is_invalid_input());
    }

    #[test]
    fn quotes_in_identifiers_are_doubled() {
        let mut query = QueryBuilder::new("");
        push_identifier(&mut query, "odd\"name");
        assert_eq!(query.build().sql(), r#""odd""name""#);
    }
}
