//! User methods, and the conversions of user inputs and rows.

use better_auth_core::{
    AuthResult, CreateUser, DatabaseAdapter, ListUsers, Page, UpdateUser, User,
};
use js_sys::Promise;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::read::{self, Input};
use super::write::{self, Output};
use super::{random, settle, JsMemoryDatabaseAdapter};
use crate::columns;
use crate::entity::WithExtra;
use crate::schema::EntitySchema;

const UPDATE_KEYS: &[&str] = &[
    "email",
    "name",
    "emailVerified",
    "image",
    "username",
    "displayUsername",
    "twoFactorEnabled",
    "role",
    "banned",
    "banReason",
    "banExpires",
    "metadata",
];

const LIST_KEYS: &[&str] = &[
    "emailContains",
    "nameContains",
    "role",
    "banned",
    "limit",
    "offset",
];

#[wasm_bindgen(js_class = MemoryDatabaseAdapter)]
impl JsMemoryDatabaseAdapter {
    #[wasm_bindgen(js_name = createUser)]
    pub fn create_user(&self, user: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let input = create_input(&user)?;
            let created = db.create_user(input).await?;
            Ok(user_object(&created, &db.schema().user))
        })
    }

    #[wasm_bindgen(js_name = getUserById)]
    pub fn get_user_by_id(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let found = db.get_user_by_id(&id).await?;
            Ok(write::optional(found.as_ref(), |u| {
                user_object(u, &db.schema().user)
            }))
        })
    }

    #[wasm_bindgen(js_name = getUserByEmail)]
    pub fn get_user_by_email(&self, email: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let email = read::string(&email, "email")?;
            let found = db.get_user_by_email(&email).await?;
            Ok(write::optional(found.as_ref(), |u| {
                user_object(u, &db.schema().user)
            }))
        })
    }

    #[wasm_bindgen(js_name = getUserByUsername)]
    pub fn get_user_by_username(&self, username: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let username = read::string(&username, "username")?;
            let found = db.get_user_by_username(&username).await?;
            Ok(write::optional(found.as_ref(), |u| {
                user_object(u, &db.schema().user)
            }))
        })
    }

    #[wasm_bindgen(js_name = updateUser)]
    pub fn update_user(&self, id: JsValue, update: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let update = update_input(&update)?;
            let updated = db.update_user(&id, update).await?;
            Ok(user_object(&updated, &db.schema().user))
        })
    }

    #[wasm_bindgen(js_name = deleteUser)]
    pub fn delete_user(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            db.delete_user(&id).await?;
            Ok(JsValue::UNDEFINED)
        })
    }

    #[wasm_bindgen(js_name = listUsers)]
    pub fn list_users(&self, query: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let query = list_query(&query)?;
            let page = db.list_users(query).await?;
            let schema = &db.schema().user;
            let output = Output::new();
            output.set(
                "users",
                write::array(&page.users, |u| user_object(u, schema)),
            );
            output.set("total", write::count(page.total));
            Ok(output.finish())
        })
    }
}

fn create_input(value: &JsValue) -> AuthResult<CreateUser> {
    let input = Input::new(value, "user")?;
    let accepted: Vec<&str> = ["id"].iter().chain(UPDATE_KEYS).copied().collect();
    let user = CreateUser {
        id: input.optional_key("id", read::string)?,
        email: input.optional_key("email", read::string)?,
        name: input.optional_key("name", read::string)?,
        email_verified: input.or("emailVerified", read::boolean, false)?,
        image: input.optional_key("image", read::string)?,
        username: input.optional_key("username", read::string)?,
        display_username: input.optional_key("displayUsername", read::string)?,
        two_factor_enabled: input.or("twoFactorEnabled", read::boolean, false)?,
        role: input.optional_key("role", read::string)?,
        banned: input.or("banned", read::boolean, false)?,
        ban_reason: input.optional_key("banReason", read::string)?,
        ban_expires: input.optional_key("banExpires", read::date)?,
        metadata: input.optional_key("metadata", read::json_object)?,
        extra: input.extra(&accepted, columns::USER)?,
    };
    Ok(CreateUser {
        id: random::id_or_new(user.id)?,
        ..user
    })
}

fn update_input(value: &JsValue) -> AuthResult<UpdateUser> {
    let input = Input::new(value, "update")?;
    Ok(UpdateUser {
        email: input.patch("email", read::string)?,
        name: input.patch("name", read::string)?,
        email_verified: input.change("emailVerified", read::boolean)?,
        image: input.patch("image", read::string)?,
        username: input.patch("username", read::string)?,
        display_username: input.patch("displayUsername", read::string)?,
        two_factor_enabled: input.change("twoFactorEnabled", read::boolean)?,
        role: input.patch("role", read::string)?,
        banned: input.change("banned", read::boolean)?,
        ban_reason: input.patch("banReason", read::string)?,
        ban_expires: input.patch("banExpires", read::date)?,
        metadata: input.change("metadata", read::json_object)?,
        extra: input.extra(UPDATE_KEYS, columns::USER)?,
    })
}

fn list_query(value: &JsValue) -> AuthResult<ListUsers> {
    let Some(input) = Input::optional(value, "query")? else {
        return Ok(ListUsers::default());
    };
    input.reject_unknown(LIST_KEYS)?;
    Ok(ListUsers {
        email_contains: input.optional_key("emailContains", read::string)?,
        name_contains: input.optional_key("nameContains", read::string)?,
        role: input.optional_key("role", read::string)?,
        banned: input.optional_key("banned", read::boolean)?,
        page: Page {
            limit: input.optional_key("limit", read::count)?,
            offset: input.or("offset", read::count, 0)?,
        },
    })
}

pub(super) fn user_object(user: &WithExtra<User>, schema: &EntitySchema) -> JsValue {
    let row = &user.base;
    let output = Output::new();
    output.str("id", &row.id);
    output.opt_str("name", row.name.as_deref());
    output.opt_str("email", row.email.as_deref());
    output.bool("emailVerified", row.email_verified);
    output.opt_str("image", row.image.as_deref());
    output.opt_str("username", row.username.as_deref());
    output.opt_str("displayUsername", row.display_username.as_deref());
    output.bool("twoFactorEnabled", row.two_factor_enabled);
    output.opt_str("role", row.role.as_deref());
    output.bool("banned", row.banned);
    output.opt_str("banReason", row.ban_reason.as_deref());
    output.opt_date("banExpires", row.ban_expires);
    output.json("metadata", &row.metadata);
    output.date("createdAt", row.created_at);
    output.date("updatedAt", row.updated_at);
    output.extra(&user.extra, schema);
    output.finish()
}
