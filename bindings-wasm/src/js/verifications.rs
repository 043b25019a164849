//! Verification methods, and the conversions of verification inputs and
//! rows. Verification objects include the secret `value`.

use better_auth_core::{AuthResult, CreateVerification, DatabaseAdapter, Verification};
use js_sys::Promise;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::read::{self, Input};
use super::write::{self, Output};
use super::{random, settle, JsMemoryDatabaseAdapter};
use crate::columns;
use crate::entity::WithExtra;
use crate::schema::EntitySchema;

const CREATE_KEYS: &[&str] = &["id", "identifier", "value", "expiresAt"];

#[wasm_bindgen(js_class = MemoryDatabaseAdapter)]
impl JsMemoryDatabaseAdapter {
    #[wasm_bindgen(js_name = createVerification)]
    pub fn create_verification(&self, verification: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let input = create_input(&verification)?;
            let created = db.create_verification(input).await?;
            Ok(verification_object(&created, &db.schema().verification))
        })
    }

    /// Resolves with the newest live verification of `identifier`, or `null`.
    #[wasm_bindgen(js_name = getVerification)]
    pub fn get_verification(&self, identifier: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let identifier = read::string(&identifier, "identifier")?;
            let found = db.get_verification(&identifier).await?;
            let schema = &db.schema().verification;
            Ok(write::optional(found.as_ref(), |v| {
                verification_object(v, schema)
            }))
        })
    }

    /// Deletes and resolves with the newest live verification matching both
    /// arguments, or `null`; of concurrent callers exactly one gets it.
    #[wasm_bindgen(js_name = consumeVerification)]
    pub fn consume_verification(&self, identifier: JsValue, value: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let identifier = read::string(&identifier, "identifier")?;
            let value = read::string(&value, "value")?;
            let consumed = db.consume_verification(&identifier, &value).await?;
            let schema = &db.schema().verification;
            Ok(write::optional(consumed.as_ref(), |v| {
                verification_object(v, schema)
            }))
        })
    }

    #[wasm_bindgen(js_name = deleteVerification)]
    pub fn delete_verification(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            db.delete_verification(&id).await?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// Resolves with the number of verifications deleted.
    #[wasm_bindgen(js_name = deleteVerifications)]
    pub fn delete_verifications(&self, identifier: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let identifier = read::string(&identifier, "identifier")?;
            Ok(write::count(db.delete_verifications(&identifier).await?))
        })
    }

    /// Resolves with the number of verifications deleted.
    #[wasm_bindgen(js_name = deleteExpiredVerifications)]
    pub fn delete_expired_verifications(&self) -> Promise {
        let db = self.handle();
        settle(async move { Ok(write::count(db.delete_expired_verifications().await?)) })
    }
}

fn create_input(value: &JsValue) -> AuthResult<CreateVerification> {
    let input = Input::new(value, "verification")?;
    let verification = CreateVerification {
        id: input.optional_key("id", read::string)?,
        identifier: input.required("identifier", read::string)?,
        value: input.required("value", read::string)?,
        expires_at: input.required("expiresAt", read::date)?,
        extra: input.extra(CREATE_KEYS, columns::VERIFICATION)?,
    };
    Ok(CreateVerification {
        id: random::id_or_new(verification.id)?,
        ..verification
    })
}

fn verification_object(verification: &WithExtra<Verification>, schema: &EntitySchema) -> JsValue {
    let row = &verification.base;
    let output = Output::new();
    output.str("id", &row.id);
    output.str("identifier", &row.identifier);
    output.str("value", &row.value);
    output.date("expiresAt", row.expires_at);
    output.date("createdAt", row.created_at);
    output.date("updatedAt", row.updated_at);
    output.extra(&verification.extra, schema);
    output.finish()
}
