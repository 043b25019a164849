//! Custom fields declared at run time, and the schema in force for the
//! current call.
//!
//! Each JavaScript adapter declares its own custom fields, but the `Memory*`
//! constructors and `custom_fields()` are static functions that receive no
//! adapter. [`CustomFieldsAdapter`](crate::CustomFieldsAdapter) therefore
//! makes its schema the *active* one (a thread-local) for the duration of
//! each poll of each operation, and the entity types read it from there.
//! Outside such a scope the active schema is [`Schema::EMPTY`], under which
//! the entity types behave like the built-ins and reject every extra field.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll};

use better_auth_core::entity::check_extra_fields;
use better_auth_core::{validate, AuthError, AuthResult, CustomField, ExtraFields, FieldType};
use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::Value;

/// One custom field as an application declares it.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldSpec {
    pub name: String,
    pub ty: FieldType,
    /// A required field rejects `null` and must be given on create unless
    /// it has a default.
    pub required: bool,
    /// Stored on create when the input leaves the field out.
    pub default: Option<Value>,
}

/// The custom fields of one entity type.
#[derive(Debug, Clone, PartialEq)]
pub struct EntitySchema {
    fields: &'static [CustomField],
    defaults: Vec<(&'static str, Value)>,
}

impl EntitySchema {
    /// No custom fields.
    pub const EMPTY: EntitySchema = EntitySchema {
        fields: &[],
        defaults: Vec::new(),
    };

    /// Checks the declarations and builds the schema. `reserved` lists the
    /// names of the built-in columns; `path` prefixes the field named in an
    /// error, such as `options.user.additionalFields`.
    pub fn new(specs: Vec<FieldSpec>, reserved: &[&str], path: &str) -> AuthResult<Self> {
        let mut fields = Vec::with_capacity(specs.len());
        let mut defaults = Vec::new();

        for spec in specs {
            let at = |key: &str| format!("{path}.{}{key}", spec.name);
            check_name(&spec.name, reserved, &fields).map_err(|reason| invalid(at(""), reason))?;

            let field = CustomField {
                name: intern_name(&spec.name),
                ty: spec.ty,
                nullable: !spec.required,
            };
            if let Some(default) = spec.default {
                let default = checked_default(field, default)
                    .map_err(|err| invalid(at(".defaultValue"), err.to_string()))?;
                defaults.push((field.name, default));
            }
            fields.push(field);
        }

        Ok(EntitySchema {
            fields: intern_fields(fields),
            defaults,
        })
    }

    /// Returns the declared fields, in declaration order.
    pub fn fields(&self) -> &'static [CustomField] {
        self.fields
    }

    /// Returns the type of the custom field `name`.
    pub fn field_type(&self, name: &str) -> Option<FieldType> {
        self.fields.iter().find(|f| f.name == name).map(|f| f.ty)
    }

    /// Checks the extra values of a new row or of a snapshot record, then
    /// fills every field they leave out with its default, else with `null`.
    /// A required field without a value or a default is invalid input.
    pub fn complete(&self, mut extra: ExtraFields) -> AuthResult<ExtraFields> {
        self.check(&mut extra)?;
        for field in self.fields {
            if extra.contains_key(field.name) {
                continue;
            }
            let value = match self.default_of(field.name) {
                Some(default) => default.clone(),
                None if field.nullable => Value::Null,
                None => return Err(AuthError::invalid(field.name, "is required")),
            };
            extra.insert(field.name.to_owned(), value);
        }
        Ok(extra)
    }

    /// Checks the extra values of an update: known names, right types, and
    /// `null` only for optional fields. Timestamps are normalized in place.
    pub fn check(&self, extra: &mut ExtraFields) -> AuthResult<()> {
        check_extra_fields(extra, self.fields)?;
        for field in self.fields {
            if field.ty != FieldType::Timestamp {
                continue;
            }
            if let Some(value) = extra.get_mut(field.name) {
                normalize_timestamp(field.name, value)?;
            }
        }
        Ok(())
    }

    fn default_of(&self, name: &str) -> Option<&Value> {
        self.defaults
            .iter()
            .find(|(field, _)| *field == name)
            .map(|(_, value)| value)
    }
}

impl Default for EntitySchema {
    fn default() -> Self {
        EntitySchema::EMPTY
    }
}

/// The custom fields of all seven entity types of one adapter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Schema {
    pub user: EntitySchema,
    pub session: EntitySchema,
    pub account: EntitySchema,
    pub verification: EntitySchema,
    pub organization: EntitySchema,
    pub member: EntitySchema,
    pub invitation: EntitySchema,
}

impl Schema {
    /// No custom field on any entity type.
    pub const EMPTY: Schema = Schema {
        user: EntitySchema::EMPTY,
        session: EntitySchema::EMPTY,
        account: EntitySchema::EMPTY,
        verification: EntitySchema::EMPTY,
        organization: EntitySchema::EMPTY,
        member: EntitySchema::EMPTY,
        invitation: EntitySchema::EMPTY,
    };
}

static EMPTY_SCHEMA: Schema = Schema::EMPTY;

thread_local! {
    static ACTIVE: RefCell<Option<Arc<Schema>>> = const { RefCell::new(None) };
}

/// Calls `f` with the active schema, or [`Schema::EMPTY`] outside any scope.
pub fn with_active<R>(f: impl FnOnce(&Schema) -> R) -> R {
    let active = ACTIVE.with(|slot| slot.borrow().clone());
    match active {
        Some(schema) => f(&schema),
        None => f(&EMPTY_SCHEMA),
    }
}

/// Makes `schema` the active one until the guard is dropped, which restores
/// the previous one.
pub fn enter(schema: &Arc<Schema>) -> ActiveGuard {
    let previous = ACTIVE.with(|slot| slot.replace(Some(Arc::clone(schema))));
    ActiveGuard { previous }
}

/// Restores the previously active schema on drop.
pub struct ActiveGuard {
    previous: Option<Arc<Schema>>,
}

impl Drop for ActiveGuard {
    fn drop(&mut self) {
        let previous = self.previous.take();
        ACTIVE.with(|slot| *slot.borrow_mut() = previous);
    }
}

/// A future that runs every poll of `future` with `schema` active, so
/// interleaved operations of adapters with different schemas never see
/// each other's.
pub struct InSchema<F> {
    schema: Arc<Schema>,
    future: F,
}

impl<F> InSchema<F> {
    pub fn new(schema: Arc<Schema>, future: F) -> Self {
        InSchema { schema, future }
    }
}

impl<F: Future + Unpin> Future for InSchema<F> {
    type Output = F::Output;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = &mut *self;
        let _active = enter(&this.schema);
        Pin::new(&mut this.future).poll(cx)
    }
}

fn invalid(field: String, reason: impl Into<String>) -> AuthError {
    AuthError::invalid(field, reason)
}

fn check_name(name: &str, reserved: &[&str], declared: &[CustomField]) -> Result<(), String> {
    if name.is_empty() || name.contains('\0') {
        return Err("is not a valid field name".to_owned());
    }
    if reserved.contains(&name) {
        return Err(format!("{name:?} is the name of a built-in field"));
    }
    if declared.iter().any(|field| field.name == name) {
        return Err(format!("{name:?} is declared twice"));
    }
    Ok(())
}

/// Checks a default value against its field and normalizes a timestamp.
fn checked_default(field: CustomField, default: Value) -> AuthResult<Value> {
    let mut single = ExtraFields::new();
    single.insert(field.name.to_owned(), default);
    check_extra_fields(&single, std::slice::from_ref(&field))?;
    validate::extra(&single)?;

    let mut value = single.remove(field.name).unwrap_or(Value::Null);
    if field.ty == FieldType::Timestamp {
        normalize_timestamp(field.name, &mut value)?;
    }
    Ok(value)
}

/// Rewrites an RFC 3339 timestamp as UTC with microseconds, the precision
/// every stored timestamp has, and checks its year range.
fn normalize_timestamp(field: &'static str, value: &mut Value) -> AuthResult<()> {
    let Some(text) = value.as_str() else {
        return Ok(());
    };
    let mut at = DateTime::parse_from_rfc3339(text)
        .map_err(|err| AuthError::invalid(field, format!("not an RFC 3339 timestamp: {err}")))?
        .with_timezone(&Utc);
    validate::timestamp(field, &mut at)?;
    *value = Value::String(at.to_rfc3339_opts(SecondsFormat::Micros, true));
    Ok(())
}

/// Returns a `'static` copy of `name`, leaked once per distinct name.
///
/// NOTE: `CustomField` names are `&'static str`, so names declared at run time
/// are leaked. Interning bounds the leak by the number of distinct names,
/// not by the number of adapters created.
fn intern_name(name: &str) -> &'static str {
    static NAMES: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut names = NAMES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(interned) = names.get(name) {
        return interned;
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    names.insert(leaked);
    leaked
}

/// Returns a `'static` copy of a field list, leaked once per distinct list.
fn intern_fields(fields: Vec<CustomField>) -> &'static [CustomField] {
    static LISTS: Mutex<Vec<&'static [CustomField]>> = Mutex::new(Vec::new());
    if fields.is_empty() {
        return &[];
    }
    let mut lists = LISTS.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(interned) = lists.iter().find(|list| **list == fields.as_slice()) {
        return interned;
    }
    let leaked: &'static [CustomField] = Box::leak(fields.into_boxed_slice());
    lists.push(leaked);
    leaked
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn spec(name: &str, ty: FieldType, required: bool, default: Option<Value>) -> FieldSpec {
        FieldSpec {
            name: name.to_owned(),
            ty,
            required,
            default,
        }
    }

    fn plan_schema() -> EntitySchema {
        let specs = vec![
            spec("plan", FieldType::Text, true, Some(json!("free"))),
            spec("seats", FieldType::Float, false, None),
            spec("renewsAt", FieldType::Timestamp, false, None),
            spec("tenant", FieldType::Text, true, None),
        ];
        EntitySchema::new(specs, &["email"], "user").unwrap()
    }

    fn extra(value: Value) -> ExtraFields {
        value.as_object().unwrap().clone()
    }

    #[test]
    fn complete_fills_defaults_and_nulls() {
        let values = plan_schema().complete(extra(json!({"tenant": "acme"})));
        let values = values.unwrap();
        assert_eq!(values["plan"], json!("free"));
        assert_eq!(values["seats"], Value::Null);
        assert_eq!(values["renewsAt"], Value::Null);
    }

    #[test]
    fn complete_requires_fields_without_default() {
        let err = plan_schema().complete(ExtraFields::new()).unwrap_err();
        assert!(err.is_invalid_input());
        assert_eq!(err.field(), Some("tenant"));
    }

    #[test]
    fn timestamps_are_normalized_to_utc_micros() {
        let values =
            extra(json!({"tenant": "a", "renewsAt": "2030-01-02T03:04:05.123456789+02:00"}));
        let values = plan_schema().complete(values).unwrap();
        assert_eq!(values["renewsAt"], json!("2030-01-02T01:04:05.123456Z"));
    }

    #[test]
    fn timestamp_year_out_of_range_is_rejected() {
        let mut values = extra(json!({"renewsAt": "0000-01-01T00:00:00Z"}));
        let err = plan_schema().check(&mut values).unwrap_err();
        assert_eq!(err.field(), Some("renewsAt"));
    }

    #[test]
    fn reserved_name_is_rejected() {
        let specs = vec![spec("email", FieldType::Text, false, None)];
        let err = EntitySchema::new(specs, &["email"], "user.additionalFields").unwrap_err();
        assert_eq!(err.field(), Some("user.additionalFields.email"));
    }

    #[test]
    fn duplicate_name_is_rejected() {
        let specs = vec![
            spec("plan", FieldType::Text, false, None),
            spec("plan", FieldType::Bool, false, None),
        ];
        assert!(EntitySchema::new(specs, &[], "user").is_err());
    }

    #[test]
    fn mistyped_default_is_rejected() {
        let specs = vec![spec("seats", FieldType::Float, false, Some(json!("ten")))];
        let err = EntitySchema::new(specs, &[], "user").unwrap_err();
        assert_eq!(err.field(), Some("user.seats.defaultValue"));
    }

    #[test]
    fn equal_schemas_share_one_field_list() {
        let first = plan_schema();
        let second = plan_schema();
        assert!(std::ptr::eq(first.fields(), second.fields()));
    }

    #[test]
    fn scope_restores_previous_schema() {
        let outer = Arc::new(Schema {
            user: plan_schema(),
            ..Schema::default()
        });
        let _outer = enter(&outer);
        {
            let _inner = enter(&Arc::new(Schema::default()));
            assert!(with_active(|schema| schema.user.fields().is_empty()));
        }
        assert_eq!(with_active(|schema| schema.user.fields().len()), 4);
    }
}
