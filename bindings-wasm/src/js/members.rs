//! Member methods, and the conversions of member inputs and rows.

use better_auth_core::{AuthResult, CreateMember, DatabaseAdapter, Member, Page};
use js_sys::Promise;
use wasm_bindgen::prelude::wasm_bindgen;
use wasm_bindgen::JsValue;

use super::read::{self, Input};
use super::write::{self, Output};
use super::{random, settle, JsMemoryDatabaseAdapter};
use crate::columns;
use crate::entity::WithExtra;
use crate::schema::EntitySchema;

const CREATE_KEYS: &[&str] = &["id", "organizationId", "userId", "role"];

#[wasm_bindgen(js_class = MemoryDatabaseAdapter)]
impl JsMemoryDatabaseAdapter {
    #[wasm_bindgen(js_name = createMember)]
    pub fn create_member(&self, member: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let input = create_input(&member)?;
            let created = db.create_member(input).await?;
            Ok(member_object(&created, &db.schema().member))
        })
    }

    #[wasm_bindgen(js_name = getMember)]
    pub fn get_member(&self, organization_id: JsValue, user_id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let organization_id = read::string(&organization_id, "organizationId")?;
            let user_id = read::string(&user_id, "userId")?;
            let found = db.get_member(&organization_id, &user_id).await?;
            Ok(write::optional(found.as_ref(), |m| {
                member_object(m, &db.schema().member)
            }))
        })
    }

    #[wasm_bindgen(js_name = getMemberById)]
    pub fn get_member_by_id(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let found = db.get_member_by_id(&id).await?;
            Ok(write::optional(found.as_ref(), |m| {
                member_object(m, &db.schema().member)
            }))
        })
    }

    #[wasm_bindgen(js_name = updateMemberRole)]
    pub fn update_member_role(&self, id: JsValue, role: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let role = read::string(&role, "role")?;
            let updated = db.update_member_role(&id, &role).await?;
            Ok(member_object(&updated, &db.schema().member))
        })
    }

    #[wasm_bindgen(js_name = deleteMember)]
    pub fn delete_member(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            db.delete_member(&id).await?;
            Ok(JsValue::UNDEFINED)
        })
    }

    /// Resolves with one page (`{ limit?, offset? }`) of the members, oldest
    /// first.
    #[wasm_bindgen(js_name = listOrganizationMembers)]
    pub fn list_organization_members(&self, organization_id: JsValue, page: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let organization_id = read::string(&organization_id, "organizationId")?;
            let page = page_input(&page)?;
            let members = db.list_organization_members(&organization_id, page).await?;
            Ok(write::array(&members, |m| {
                member_object(m, &db.schema().member)
            }))
        })
    }

    #[wasm_bindgen(js_name = countOrganizationMembers)]
    pub fn count_organization_members(&self, organization_id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let organization_id = read::string(&organization_id, "organizationId")?;
            let count = db.count_organization_members(&organization_id).await?;
            Ok(write::count(count))
        })
    }
}

fn create_input(value: &JsValue) -> AuthResult<CreateMember> {
    let input = Input::new(value, "member")?;
    let member = CreateMember {
        id: input.optional_key("id", read::string)?,
        organization_id: input.required("organizationId", read::string)?,
        user_id: input.required("userId", read::string)?,
        role: input.required("role", read::string)?,
        extra: input.extra(CREATE_KEYS, columns::MEMBER)?,
    };
    Ok(CreateMember {
        id: random::id_or_new(member.id)?,
        ..member
    })
}

fn page_input(value: &JsValue) -> AuthResult<Page> {
    let Some(input) = Input::optional(value, "page")? else {
        return Ok(Page::default());
    };
    input.reject_unknown(&["limit", "offset"])?;
    Ok(Page {
        limit: input.optional_key("limit", read::count)?,
        offset: input.or("offset", read::count, 0)?,
    })
}

fn member_object(member: &WithExtra<Member>, schema: &EntitySchema) -> JsValue {
    let row = &member.base;
    let output = Output::new();
    output.str("id", &row.id);
    output.str("organizationId", &row.organization_id);
    output.str("userId", &row.user_id);
    output.str("role", &row.role);
    output.date("createdAt", row.created_at);
    output.extra(&member.extra, schema);
    output.finish()
}
