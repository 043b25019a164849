//! Building the plain JavaScript objects that methods resolve with.
//!
//! Keys are camelCase, absent values are `null`, timestamps are `Date`s
//! (which keep milliseconds; stored values keep microseconds) and JSON
//! values are plain objects and arrays.

use better_auth_core::{ExtraFields, FieldType};
use chrono::{DateTime, Utc};
use js_sys::{Array, Date, Object, Reflect, JSON};
use serde_json::Value;
use wasm_bindgen::JsValue;

use crate::schema::EntitySchema;

/// A plain object under construction.
pub struct Output(Object);

impl Output {
    pub fn new() -> Self {
        Output(Object::new())
    }

    pub fn set(&self, key: &str, value: JsValue) {
        // Keys repeat on every row, so the interned string is reused.
        let key = JsValue::from_str(wasm_bindgen::intern(key));
        // Defining a property on a fresh plain object cannot throw.
        let _ = Reflect::set(&self.0, &key, &value);
    }

    pub fn str(&self, key: &str, value: &str) {
        self.set(key, JsValue::from_str(value));
    }

    pub fn opt_str(&self, key: &str, value: Option<&str>) {
        self.set(key, value.map_or(JsValue::NULL, JsValue::from_str));
    }

    pub fn bool(&self, key: &str, value: bool) {
        self.set(key, JsValue::from_bool(value));
    }

    pub fn date(&self, key: &str, value: DateTime<Utc>) {
        self.set(key, date(value));
    }

    pub fn opt_date(&self, key: &str, value: Option<DateTime<Utc>>) {
        self.set(key, value.map_or(JsValue::NULL, date));
    }

    pub fn json(&self, key: &str, value: &Value) {
        self.set(key, json(value));
    }

    /// Sets every custom field of `schema`: a `date` field as a `Date`,
    /// the others as JSON, `null` when the row has no value.
    pub fn extra(&self, extra: &ExtraFields, schema: &EntitySchema) {
        for field in schema.fields() {
            let value = extra.get(field.name).unwrap_or(&Value::Null);
            let converted = match (field.ty, value.as_str()) {
                (FieldType::Timestamp, Some(text)) => DateTime::parse_from_rfc3339(text)
                    .map(|at| date(at.with_timezone(&Utc)))
                    .unwrap_or_else(|_| JsValue::from_str(text)),
                _ => json(value),
            };
            self.set(field.name, converted);
        }
    }

    pub fn finish(self) -> JsValue {
        self.0.into()
    }
}

/// Converts a timestamp to a `Date`, dropping the microseconds.
pub fn date(value: DateTime<Utc>) -> JsValue {
    Date::new(&JsValue::from_f64(value.timestamp_millis() as f64)).into()
}

/// Converts a JSON value to a plain JavaScript value.
pub fn json(value: &Value) -> JsValue {
    match value {
        Value::Null => JsValue::NULL,
        Value::Bool(flag) => JsValue::from_bool(*flag),
        Value::Number(number) => JsValue::from_f64(number.as_f64().unwrap_or(f64::NAN)),
        Value::String(text) => JsValue::from_str(text),
        Value::Array(_) | Value::Object(_) => {
            // serde_json writes valid JSON, which JSON.parse always accepts.
            JSON::parse(&value.to_string()).unwrap_or(JsValue::NULL)
        }
    }
}

/// Converts a list of rows to an array.
pub fn array<T>(rows: &[T], convert: impl Fn(&T) -> JsValue) -> JsValue {
    rows.iter().map(convert).collect::<Array>().into()
}

/// Converts an optional row, `null` when absent.
pub fn optional<T>(row: Option<&T>, convert: impl Fn(&T) -> JsValue) -> JsValue {
    row.map_or(JsValue::NULL, convert)
}

/// Converts a count; every count of rows fits a JavaScript number exactly.
pub fn count(value: u64) -> JsValue {
    JsValue::from_f64(value as f64)
}
