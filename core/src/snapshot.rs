//! Helpers for the built-in entities' [`SnapshotRecord`](crate::SnapshotRecord)
//! implementations.

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

use crate::error::{AuthError, AuthResult, EntityKind};

/// Serializes `record` and adds the secret fields its `Serialize` skips.
pub(crate) fn to_value_with_secrets<T: Serialize>(
    entity: EntityKind,
    record: &T,
    secrets: &[(&str, Option<&str>)],
) -> AuthResult<Value> {
    let mut value = serde_json::to_value(record).map_err(|err| AuthError::Internal {
        message: format!("cannot serialize {entity} for a snapshot"),
        source: Some(Box::new(err)),
    })?;

    let Value::Object(map) = &mut value else {
        return Err(AuthError::internal(format!(
            "{entity} did not serialize to a JSON object"
        )));
    };
    for (name, secret) in secrets {
        map.insert((*name).to_owned(), secret.map_or(Value::Null, Value::from));
    }
    Ok(value)
}

/// Deserializes a record, reporting serde's message as invalid input.
pub(crate) fn from_value<T: DeserializeOwned>(entity: EntityKind, value: Value) -> AuthResult<T> {
    serde_json::from_value(value).map_err(|err| {
        AuthError::invalid(
            format!("snapshot {entity}"),
            format!("cannot read {entity} record: {err}"),
        )
    })
}
