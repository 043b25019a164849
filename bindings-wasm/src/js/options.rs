//! The options object of the constructor and of `fromSnapshot`:
//!
//! ```text
//! { user?: { additionalFields?: { plan: { type: "string", required?: boolean,
//!                                         defaultValue?: ... }, ... } },
//!   session?: ..., account?: ..., verification?: ..., organization?: ...,
//!   member?: ..., invitation?: ... }
//! ```
//!
//! Unknown keys anywhere are rejected, so a misspelled option never goes
//! unnoticed. Errors name the option, as in
//! `options.user.additionalFields.plan.type`.

use better_auth_core::{AuthError, AuthResult, FieldType};
use wasm_bindgen::JsValue;

use super::read::{self, Input};
use crate::columns;
use crate::schema::{EntitySchema, FieldSpec, Schema};

/// The entity keys of the options.
const ENTITIES: &[&str] = &[
    "user",
    "session",
    "account",
    "verification",
    "organization",
    "member",
    "invitation",
];

/// Reads the options; `undefined` and `null` mean no custom fields.
pub fn schema(options: &JsValue) -> AuthResult<Schema> {
    let Some(options) = Input::optional(options, "options")? else {
        return Ok(Schema::default());
    };
    let options = options.with_prefix("options.");
    options.reject_unknown(ENTITIES)?;

    Ok(Schema {
        user: entity_schema(&options, "user", columns::USER)?,
        session: entity_schema(&options, "session", columns::SESSION)?,
        account: entity_schema(&options, "account", columns::ACCOUNT)?,
        verification: entity_schema(&options, "verification", columns::VERIFICATION)?,
        organization: entity_schema(&options, "organization", columns::ORGANIZATION)?,
        member: entity_schema(&options, "member", columns::MEMBER)?,
        invitation: entity_schema(&options, "invitation", columns::INVITATION)?,
    })
}

fn entity_schema(options: &Input, key: &str, columns: &[&str]) -> AuthResult<EntitySchema> {
    let Some(entity) = options.child(key)? else {
        return Ok(EntitySchema::EMPTY);
    };
    entity.reject_unknown(&["additionalFields"])?;
    let Some(fields) = entity.child("additionalFields")? else {
        return Ok(EntitySchema::EMPTY);
    };

    let mut specs = Vec::new();
    for name in fields.keys() {
        let Some(declaration) = fields.child(&name)? else {
            return Err(AuthError::invalid(
                fields.field(&name),
                "expected a field declaration such as { type: \"string\" }",
            ));
        };
        specs.push(field_spec(name, &declaration)?);
    }

    let reserved = columns::reserved_names(columns);
    let reserved: Vec<&str> = reserved.iter().map(String::as_str).collect();
    let path = options.field(&format!("{key}.additionalFields"));
    EntitySchema::new(specs, &reserved, &path)
}

fn field_spec(name: String, declaration: &Input) -> AuthResult<FieldSpec> {
    declaration.reject_unknown(&["type", "required", "defaultValue"])?;
    let ty = declaration.required("type", field_type)?;
    let required = declaration.or("required", read::boolean, false)?;
    let default = declaration.get("defaultValue")?;
    let default = if default.is_undefined() {
        None
    } else {
        Some(read::json(&default, &declaration.field("defaultValue"))?)
    };
    Ok(FieldSpec {
        name,
        ty,
        required,
        default,
    })
}

/// Maps a declared type name onto core's [`FieldType`].
fn field_type(value: &JsValue, field: &str) -> AuthResult<FieldType> {
    match read::string(value, field)?.as_str() {
        "string" => Ok(FieldType::Text),
        "number" => Ok(FieldType::Float),
        "boolean" => Ok(FieldType::Bool),
        "date" => Ok(FieldType::Timestamp),
        "json" => Ok(FieldType::Json),
        _ => Err(AuthError::invalid(
            field.to_owned(),
            "expected one of string, number, boolean, date, json",
        )),
    }
}
