//! Session methods, and the conversions of session inputs and rows.
//!
//! Session objects include the bearer `token`: callers need it to set the
//! cookie. Nothing in this package logs it.

use better_auth_core::{AuthResult, CreateSession, DatabaseAdapter, Session, UpdateSession};
use js_sys::Promise;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::read::{self, Input};
use super::write::{self, Output};
use super::{random, settle, JsMemoryDatabaseAdapter};
use crate::columns;
use crate::entity::WithExtra;
use crate::schema::EntitySchema;

const CREATE_KEYS: &[&str] = &[
    "id",
    "token",
    "userId",
    "expiresAt",
    "ipAddress",
    "userAgent",
    "impersonatedBy",
    "activeOrganizationId",
];

const UPDATE_KEYS: &[&str] = &[
    "expiresAt",
    "activeOrganizationId",
    "ipAddress",
    "userAgent",
    "active",
];

#[wasm_bindgen(js_class = MemoryDatabaseAdapter)]
impl JsMemoryDatabaseAdapter {
    #[wasm_bindgen(js_name = createSession)]
    pub fn create_session(&self, session: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let input = create_input(&session)?;
            let created = db.create_session(input).await?;
            Ok(session_object(&created, &db.schema().session))
        })
    }

    #[wasm_bindgen(js_name = getSession)]
    pub fn get_session(&self, token: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let token = read::string(&token, "token")?;
            let found = db.get_session(&token).await?;
            Ok(write::optional(found.as_ref(), |s| {
                session_object(s, &db.schema().session)
            }))
        })
    }

    #[wasm_bindgen(js_name = getSessionById)]
    pub fn get_session_by_id(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let found = db.get_session_by_id(&id).await?;
            Ok(write::optional(found.as_ref(), |s| {
                session_object(s, &db.schema().session)
            }))
        })
    }

    #[wasm_bindgen(js_name = listUserSessions)]
    pub fn list_user_sessions(&self, user_id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let user_id = read::string(&user_id, "userId")?;
            let sessions = db.list_user_sessions(&user_id).await?;
            Ok(write::array(&sessions, |s| {
                session_object(s, &db.schema().session)
            }))
        })
    }

    #[wasm_bindgen(js_name = updateSession)]
    pub fn update_session(&self, token: JsValue, update: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let token = read::string(&token, "token")?;
            let update = update_input(&update)?;
            let updated = db.update_session(&token, update).await?;
            Ok(session_object(&updated, &db.schema().session))
        })
    }

    #[wasm_bindgen(js_name = deleteSession)]
    pub fn delete_session(&self, token: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let token = read::string(&token, "token")?;
            db.delete_session(&token).await?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// Resolves with the number of sessions deleted.
    #[wasm_bindgen(js_name = deleteUserSessions)]
    pub fn delete_user_sessions(&self, user_id: JsValue, keep_token: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let user_id = read::string(&user_id, "userId")?;
            let keep_token = read::optional_string(&keep_token, "keepToken")?;
            let deleted = db
                .delete_user_sessions(&user_id, keep_token.as_deref())
                .await?;
            Ok(write::count(deleted))
        })
    }

    /// Resolves with the number of sessions deleted.
    #[wasm_bindgen(js_name = deleteExpiredSessions)]
    pub fn delete_expired_sessions(&self) -> Promise {
        let db = self.handle();
        settle(async move { Ok(write::count(db.delete_expired_sessions().await?)) })
    }
}

fn create_input(value: &JsValue) -> AuthResult<CreateSession> {
    let input = Input::new(value, "session")?;
    let id = input.optional_key("id", read::string)?;
    let token = input.optional_key("token", read::string)?;
    let session = CreateSession {
        id: None,
        token: String::new(),
        user_id: input.required("userId", read::string)?,
        expires_at: input.required("expiresAt", read::date)?,
        ip_address: input.optional_key("ipAddress", read::string)?,
        user_agent: input.optional_key("userAgent", read::string)?,
        impersonated_by: input.optional_key("impersonatedBy", read::string)?,
        active_organization_id: input.optional_key("activeOrganizationId", read::string)?,
        extra: input.extra(CREATE_KEYS, columns::SESSION)?,
    };
    let token = match token {
        Some(token) => token,
        None => random::new_session_token()?,
    };
    Ok(CreateSession {
        id: random::id_or_new(id)?,
        token,
        ..session
    })
}

fn update_input(value: &JsValue) -> AuthResult<UpdateSession> {
    let input = Input::new(value, "update")?;
    Ok(UpdateSession {
        expires_at: input.change("expiresAt", read::date)?,
        active_organization_id: input.patch("activeOrganizationId", read::string)?,
        ip_address: input.patch("ipAddress", read::string)?,
        user_agent: input.patch("userAgent", read::string)?,
        active: input.change("active", read::boolean)?,
        extra: input.extra(UPDATE_KEYS, columns::SESSION)?,
    })
}

fn session_object(session: &WithExtra<Session>, schema: &EntitySchema) -> JsValue {
    let row = &session.base;
    let output = Output::new();
    output.str("id", &row.id);
    output.date("expiresAt", row.expires_at);
    output.str("token", &row.token);
    output.opt_str("ipAddress", row.ip_address.as_deref());
    output.opt_str("userAgent", row.user_agent.as_deref());
    output.str("userId", &row.user_id);
    output.opt_str("impersonatedBy", row.impersonated_by.as_deref());
    output.opt_str(
        "activeOrganizationId",
        row.active_organization_id.as_deref(),
    );
    output.bool("active", row.active);
    output.date("createdAt", row.created_at);
    output.date("updatedAt", row.updated_at);
    output.extra(&session.extra, schema);
    output.finish()
}
