//! Account methods, and the conversions of account inputs and rows.
//!
//! Account objects include the password hash and the OAuth tokens, the only
//! objects that do. Nothing in this package logs them.

use better_auth_core::{Account, AuthResult, CreateAccount, DatabaseAdapter, UpdateAccount};
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
    "accountId",
    "providerId",
    "userId",
    "accessToken",
    "refreshToken",
    "idToken",
    "accessTokenExpiresAt",
    "refreshTokenExpiresAt",
    "scope",
    "password",
];

const UPDATE_KEYS: &[&str] = &[
    "accessToken",
    "refreshToken",
    "idToken",
    "accessTokenExpiresAt",
    "refreshTokenExpiresAt",
    "scope",
    "password",
];

#[wasm_bindgen(js_class = MemoryDatabaseAdapter)]
impl JsMemoryDatabaseAdapter {
    #[wasm_bindgen(js_name = createAccount)]
    pub fn create_account(&self, account: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let input = create_input(&account)?;
            let created = db.create_account(input).await?;
            Ok(account_object(&created, &db.schema().account))
        })
    }

    #[wasm_bindgen(js_name = getAccount)]
    pub fn get_account(&self, provider_id: JsValue, account_id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let provider_id = read::string(&provider_id, "providerId")?;
            let account_id = read::string(&account_id, "accountId")?;
            let found = db.get_account(&provider_id, &account_id).await?;
            Ok(write::optional(found.as_ref(), |a| {
                account_object(a, &db.schema().account)
            }))
        })
    }

    #[wasm_bindgen(js_name = getAccountById)]
    pub fn get_account_by_id(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let found = db.get_account_by_id(&id).await?;
            Ok(write::optional(found.as_ref(), |a| {
                account_object(a, &db.schema().account)
            }))
        })
    }

    #[wasm_bindgen(js_name = listUserAccounts)]
    pub fn list_user_accounts(&self, user_id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let user_id = read::string(&user_id, "userId")?;
            let accounts = db.list_user_accounts(&user_id).await?;
            Ok(write::array(&accounts, |a| {
                account_object(a, &db.schema().account)
            }))
        })
    }

    #[wasm_bindgen(js_name = updateAccount)]
    pub fn update_account(&self, id: JsValue, update: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let update = update_input(&update)?;
            let updated = db.update_account(&id, update).await?;
            Ok(account_object(&updated, &db.schema().account))
        })
    }

    #[wasm_bindgen(js_name = deleteAccount)]
    pub fn delete_account(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            db.delete_account(&id).await?;
            Ok(JsValue::UNDEFINED)
        })
    }
}

fn create_input(value: &JsValue) -> AuthResult<CreateAccount> {
    let input = Input::new(value, "account")?;
    let account = CreateAccount {
        id: input.optional_key("id", read::string)?,
        account_id: input.required("accountId", read::string)?,
        provider_id: input.required("providerId", read::string)?,
        user_id: input.required("userId", read::string)?,
        access_token: input.optional_key("accessToken", read::string)?,
        refresh_token: input.optional_key("refreshToken", read::string)?,
        id_token: input.optional_key("idToken", read::string)?,
        access_token_expires_at: input.optional_key("accessTokenExpiresAt", read::date)?,
        refresh_token_expires_at: input.optional_key("refreshTokenExpiresAt", read::date)?,
        scope: input.optional_key("scope", read::string)?,
        password: input.optional_key("password", read::string)?,
        extra: input.extra(CREATE_KEYS, columns::ACCOUNT)?,
    };
    Ok(CreateAccount {
        id: random::id_or_new(account.id)?,
        ..account
    })
}

fn update_input(value: &JsValue) -> AuthResult<UpdateAccount> {
    let input = Input::new(value, "update")?;
    Ok(UpdateAccount {
        access_token: input.patch("accessToken", read::string)?,
        refresh_token: input.patch("refreshToken", read::string)?,
        id_token: input.patch("idToken", read::string)?,
        access_token_expires_at: input.patch("accessTokenExpiresAt", read::date)?,
        refresh_token_expires_at: input.patch("refreshTokenExpiresAt", read::date)?,
        scope: input.patch("scope", read::string)?,
        password: input.patch("password", read::string)?,
        extra: input.extra(UPDATE_KEYS, columns::ACCOUNT)?,
    })
}

fn account_object(account: &WithExtra<Account>, schema: &EntitySchema) -> JsValue {
    let row = &account.base;
    let output = Output::new();
    output.str("id", &row.id);
    output.str("accountId", &row.account_id);
    output.str("providerId", &row.provider_id);
    output.str("userId", &row.user_id);
    output.opt_str("accessToken", row.access_token.as_deref());
    output.opt_str("refreshToken", row.refresh_token.as_deref());
    output.opt_str("idToken", row.id_token.as_deref());
    output.opt_date("accessTokenExpiresAt", row.access_token_expires_at);
    output.opt_date("refreshTokenExpiresAt", row.refresh_token_expires_at);
    output.opt_str("scope", row.scope.as_deref());
    output.opt_str("password", row.password.as_deref());
    output.date("createdAt", row.created_at);
    output.date("updatedAt", row.updated_at);
    output.extra(&account.extra, schema);
    output.finish()
}
