//! Reading JavaScript arguments into Rust values.
//!
//! Every mismatch is [`AuthError::InvalidInput`] naming the argument or key
//! in camelCase, so a wrong type from JavaScript never reaches a trap. In
//! an input object, `undefined` counts as a missing key.

use better_auth_core::{AuthError, AuthResult, ExtraFields, InvitationStatus};
use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Object, Reflect, JSON};
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

use crate::columns::camel_case;

/// Largest integer a JavaScript number represents exactly: 2^53 - 1.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Converts one JavaScript value; the `&str` names it in errors.
pub type Parse<T> = fn(&JsValue, &str) -> AuthResult<T>;

/// The value of one key of an input object.
enum Slot<T> {
    Missing,
    Null,
    Present(T),
}

/// An object argument, read key by key.
pub struct Input {
    object: Object,
    /// Put before each key in error fields, such as `options.user.`.
    prefix: String,
}

impl Input {
    /// Opens the object argument `name`.
    pub fn new(value: &JsValue, name: &str) -> AuthResult<Input> {
        if !is_plain_object(value) {
            return Err(invalid(
                name,
                format!("expected an object, found {}", describe(value)),
            ));
        }
        Ok(Input {
            object: value.clone().unchecked_into(),
            prefix: String::new(),
        })
    }

    /// Opens an optional object argument: `undefined` and `null` are `None`.
    pub fn optional(value: &JsValue, name: &str) -> AuthResult<Option<Input>> {
        if value.is_undefined() || value.is_null() {
            return Ok(None);
        }
        Input::new(value, name).map(Some)
    }

    /// Names the keys of this object `prefix` + key in errors.
    pub fn with_prefix(mut self, prefix: &str) -> Input {
        self.prefix = prefix.to_owned();
        self
    }

    /// Rejects any key not in `accepted`, so a misspelled key never goes
    /// unnoticed.
    pub fn reject_unknown(&self, accepted: &[&str]) -> AuthResult<()> {
        match self
            .keys()
            .into_iter()
            .find(|key| !accepted.contains(&key.as_str()))
        {
            Some(key) => Err(invalid(
                &self.field(&key),
                format!("unknown key; expected one of {}", accepted.join(", ")),
            )),
            None => Ok(()),
        }
    }

    /// Opens the object at `key`, if any; its keys are named `prefix.key.*`.
    pub fn child(&self, key: &str) -> AuthResult<Option<Input>> {
        let field = self.field(key);
        let value = self.get(key)?;
        let Some(mut child) = Input::optional(&value, &field)? else {
            return Ok(None);
        };
        child.prefix = format!("{field}.");
        Ok(Some(child))
    }

    /// Returns the full name of `key` for errors.
    pub fn field(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    /// Returns the own enumerable keys, as `Object.keys` lists them.
    pub fn keys(&self) -> Vec<String> {
        Object::keys(&self.object)
            .iter()
            .filter_map(|key| key.as_string())
            .collect()
    }

    /// Reads `key`; a throwing getter is invalid input.
    pub fn get(&self, key: &str) -> AuthResult<JsValue> {
        Reflect::get(&self.object, &JsValue::from_str(key)).map_err(|err| {
            invalid(
                &self.field(key),
                format!("cannot be read: {}", message(&err)),
            )
        })
    }

    fn slot<T>(&self, key: &str, parse: Parse<T>) -> AuthResult<Slot<T>> {
        let value = self.get(key)?;
        if value.is_undefined() {
            Ok(Slot::Missing)
        } else if value.is_null() {
            Ok(Slot::Null)
        } else {
            parse(&value, &self.field(key)).map(Slot::Present)
        }
    }

    /// A key that must be present and not `null`.
    pub fn required<T>(&self, key: &str, parse: Parse<T>) -> AuthResult<T> {
        match self.slot(key, parse)? {
            Slot::Present(value) => Ok(value),
            Slot::Missing | Slot::Null => Err(invalid(&self.field(key), "is required")),
        }
    }

    /// Reads a key that may be missing or `null`, both as `None`.
    pub fn optional_key<T>(&self, key: &str, parse: Parse<T>) -> AuthResult<Option<T>> {
        match self.slot(key, parse)? {
            Slot::Present(value) => Ok(Some(value)),
            Slot::Missing | Slot::Null => Ok(None),
        }
    }

    /// Reads a key with a default for when it is missing, and rejects `null`.
    pub fn or<T>(&self, key: &str, parse: Parse<T>, default: T) -> AuthResult<T> {
        Ok(self.change(key, parse)?.unwrap_or(default))
    }

    /// Reads the update of a field that cannot be cleared: a missing key
    /// leaves it as it is, and `null` is rejected.
    pub fn change<T>(&self, key: &str, parse: Parse<T>) -> AuthResult<Option<T>> {
        match self.slot(key, parse)? {
            Slot::Present(value) => Ok(Some(value)),
            Slot::Missing => Ok(None),
            Slot::Null => Err(invalid(&self.field(key), "must not be null")),
        }
    }

    /// Reads the update of a nullable field: a missing key leaves it, and `null` clears it.
    pub fn patch<T>(&self, key: &str, parse: Parse<T>) -> AuthResult<Option<Option<T>>> {
        match self.slot(key, parse)? {
            Slot::Present(value) => Ok(Some(Some(value))),
            Slot::Null => Ok(Some(None)),
            Slot::Missing => Ok(None),
        }
    }

    /// Collects the keys that are not in `accepted` as custom field values.
    ///
    /// A key that names a built-in column (in either spelling) but is not
    /// accepted here is rejected, so `createdAt` or `user_id` is never
    /// mistaken for a custom field.
    pub fn extra(&self, accepted: &[&str], columns: &[&str]) -> AuthResult<ExtraFields> {
        let mut extra = ExtraFields::new();
        for key in self.keys() {
            if accepted.contains(&key.as_str()) {
                continue;
            }
            if let Some(reason) = column_misuse(&key, accepted, columns) {
                return Err(invalid(&self.field(&key), reason));
            }
            let value = self.get(&key)?;
            if value.is_undefined() {
                continue;
            }
            let value = json(&value, &self.field(&key))?;
            extra.insert(key, value);
        }
        Ok(extra)
    }
}

/// Explains why `key`, a built-in column name, is not accepted.
fn column_misuse(key: &str, accepted: &[&str], columns: &[&str]) -> Option<String> {
    if columns.contains(&key) && key.contains('_') {
        let camel = camel_case(key);
        if accepted.contains(&camel.as_str()) {
            return Some(format!("unknown key {key}: the field is spelled {camel}"));
        }
    }
    let is_column = columns
        .iter()
        .any(|column| *column == key || camel_case(column) == key);
    is_column.then(|| "cannot be set by this operation".to_owned())
}

/// Reads a string.
pub fn string(value: &JsValue, field: &str) -> AuthResult<String> {
    let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(mismatch(field, "a string", value));
    };
    // A lone surrogate has no UTF-8 form: converting would silently store
    // U+FFFD in its place, so the value is rejected instead.
    if !text.is_valid_utf16() {
        return Err(invalid(
            field,
            "must not contain unpaired UTF-16 surrogates".to_owned(),
        ));
    }
    Ok(String::from(text))
}

/// Reads a string argument that may be `undefined` or `null`.
pub fn optional_string(value: &JsValue, field: &str) -> AuthResult<Option<String>> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    string(value, field).map(Some)
}

/// Reads a boolean.
pub fn boolean(value: &JsValue, field: &str) -> AuthResult<bool> {
    value
        .as_bool()
        .ok_or_else(|| mismatch(field, "a boolean", value))
}

/// Reads a `Date`, or a string in RFC 3339 form, which is the ISO 8601
/// form with a time zone that `Date.prototype.toISOString` returns.
pub fn date(value: &JsValue, field: &str) -> AuthResult<DateTime<Utc>> {
    if let Some(date) = value.dyn_ref::<Date>() {
        return date_time(date, field);
    }
    let Some(text) = value.as_string() else {
        return Err(mismatch(field, "a Date or an ISO 8601 string", value));
    };
    DateTime::parse_from_rfc3339(&text)
        .map(|at| at.with_timezone(&Utc))
        .map_err(|_| {
            invalid(
                field,
                "expected an ISO 8601 date and time with a time zone, such as 2025-01-31T12:00:00Z",
            )
        })
}

fn date_time(date: &Date, field: &str) -> AuthResult<DateTime<Utc>> {
    let millis = date.get_time();
    if millis.is_nan() {
        return Err(invalid(field, "is an invalid Date"));
    }
    // A valid Date is an integer number of milliseconds within ±8.64e15.
    DateTime::from_timestamp_millis(millis as i64)
        .ok_or_else(|| invalid(field, "is outside the supported range of dates"))
}

/// Reads a plain object as a JSON object.
pub fn json_object(value: &JsValue, field: &str) -> AuthResult<Value> {
    if !is_plain_object(value) {
        return Err(mismatch(field, "an object", value));
    }
    json(value, field)
}

/// Reads a count or offset: an integer from 0 to 2^32 - 1.
pub fn count(value: &JsValue, field: &str) -> AuthResult<u32> {
    let Some(number) = value.as_f64() else {
        return Err(mismatch(field, "a number", value));
    };
    if number.fract() != 0.0 || !(0.0..=f64::from(u32::MAX)).contains(&number) {
        return Err(invalid(
            field,
            format!("expected an integer from 0 to {}", u32::MAX),
        ));
    }
    Ok(number as u32)
}

/// Reads an invitation status name.
pub fn status(value: &JsValue, field: &str) -> AuthResult<InvitationStatus> {
    string(value, field)?.parse().map_err(|_| {
        invalid(
            field,
            "expected one of pending, accepted, rejected, canceled",
        )
    })
}

/// Reads any value JSON can represent. A `Date` becomes its ISO 8601 string, and
/// objects and arrays go through `JSON.stringify`, with its rules
/// (`toJSON`, `undefined` members dropped).
pub fn json(value: &JsValue, field: &str) -> AuthResult<Value> {
    if value.is_null() {
        return Ok(Value::Null);
    }
    if let Some(flag) = value.as_bool() {
        return Ok(Value::Bool(flag));
    }
    if let Some(number) = value.as_f64() {
        return json_number(number, field);
    }
    if let Some(text) = value.as_string() {
        return Ok(Value::String(text));
    }
    if let Some(date) = value.dyn_ref::<Date>() {
        date_time(date, field)?;
        return Ok(Value::String(String::from(date.to_iso_string())));
    }
    if !value.is_object() || value.is_function() {
        return Err(mismatch(field, "a JSON value", value));
    }

    let text = JSON::stringify(value)
        .map_err(|err| invalid(field, format!("is not JSON: {}", message(&err))))?;
    let text = text
        .as_string()
        .ok_or_else(|| invalid(field, "is not JSON: JSON.stringify returned undefined"))?;
    serde_json::from_str(&text).map_err(|err| invalid(field, format!("is not JSON: {err}")))
}

/// Stores integers as JSON integers, so snapshots print `3`, not `3.0`.
fn json_number(number: f64, field: &str) -> AuthResult<Value> {
    if !number.is_finite() {
        return Err(invalid(field, "must be a finite number"));
    }
    if number.fract() == 0.0 && number.abs() <= MAX_SAFE_INTEGER {
        return Ok(Value::from(number as i64));
    }
    serde_json::Number::from_f64(number)
        .map(Value::Number)
        .ok_or_else(|| invalid(field, "must be a finite number"))
}

/// `true` for objects that are not `null`, arrays, functions or `Date`s.
fn is_plain_object(value: &JsValue) -> bool {
    value.is_object()
        && !value.is_function()
        && !Array::is_array(value)
        && !value.has_type::<Date>()
}

fn invalid(field: &str, reason: impl Into<String>) -> AuthError {
    AuthError::invalid(field.to_owned(), reason)
}

fn mismatch(field: &str, expected: &str, found: &JsValue) -> AuthError {
    invalid(
        field,
        format!("expected {expected}, found {}", describe(found)),
    )
}

/// Names the type of a JavaScript value for messages.
pub fn describe(value: &JsValue) -> &'static str {
    if value.is_undefined() {
        "undefined"
    } else if value.is_null() {
        "null"
    } else if value.as_bool().is_some() {
        "a boolean"
    } else if value.as_f64().is_some() {
        "a number"
    } else if value.is_string() {
        "a string"
    } else if value.is_bigint() {
        "a bigint"
    } else if value.is_symbol() {
        "a symbol"
    } else if value.is_function() {
        "a function"
    } else if Array::is_array(value) {
        "an array"
    } else if value.has_type::<Date>() {
        "a Date"
    } else {
        "an object"
    }
}

/// Returns the message of a thrown JavaScript value.
pub fn message(thrown: &JsValue) -> String {
    match thrown.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => thrown
            .as_string()
            .unwrap_or_else(|| describe(thrown).to_owned()),
    }
}
