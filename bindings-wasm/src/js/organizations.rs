//! Organization methods, and the conversions of organization inputs and
//! rows. Members and invitations have their own files.

use better_auth_core::{
    AuthResult, CreateOrganization, DatabaseAdapter, Organization, UpdateOrganization,
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

const CREATE_KEYS: &[&str] = &["id", "name", "slug", "logo", "metadata"];

const UPDATE_KEYS: &[&str] = &["name", "slug", "logo", "metadata"];

#[wasm_bindgen(js_class = MemoryDatabaseAdapter)]
impl JsMemoryDatabaseAdapter {
    #[wasm_bindgen(js_name = createOrganization)]
    pub fn create_organization(&self, organization: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let input = create_input(&organization)?;
            let created = db.create_organization(input).await?;
            Ok(organization_object(&created, &db.schema().organization))
        })
    }

    #[wasm_bindgen(js_name = getOrganizationById)]
    pub fn get_organization_by_id(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let found = db.get_organization_by_id(&id).await?;
            let schema = &db.schema().organization;
            Ok(write::optional(found.as_ref(), |o| {
                organization_object(o, schema)
            }))
        })
    }

    #[wasm_bindgen(js_name = getOrganizationBySlug)]
    pub fn get_organization_by_slug(&self, slug: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let slug = read::string(&slug, "slug")?;
            let found = db.get_organization_by_slug(&slug).await?;
            let schema = &db.schema().organization;
            Ok(write::optional(found.as_ref(), |o| {
                organization_object(o, schema)
            }))
        })
    }

    #[wasm_bindgen(js_name = updateOrganization)]
    pub fn update_organization(&self, id: JsValue, update: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let update = update_input(&update)?;
            let updated = db.update_organization(&id, update).await?;
            Ok(organization_object(&updated, &db.schema().organization))
        })
    }

    #[wasm_bindgen(js_name = deleteOrganization)]
    pub fn delete_organization(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            db.delete_organization(&id).await?;
            Ok(JsValue::UNDEFINED)
        })
    }

    #[wasm_bindgen(js_name = listUserOrganizations)]
    pub fn list_user_organizations(&self, user_id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let user_id = read::string(&user_id, "userId")?;
            let organizations = db.list_user_organizations(&user_id).await?;
            let schema = &db.schema().organization;
            Ok(write::array(&organizations, |o| {
                organization_object(o, schema)
            }))
        })
    }
}

fn create_input(value: &JsValue) -> AuthResult<CreateOrganization> {
    let input = Input::new(value, "organization")?;
    let organization = CreateOrganization {
        id: input.optional_key("id", read::string)?,
        name: input.required("name", read::string)?,
        slug: input.required("slug", read::string)?,
        logo: input.optional_key("logo", read::string)?,
        metadata: input.optional_key("metadata", read::json_object)?,
        extra: input.extra(CREATE_KEYS, columns::ORGANIZATION)?,
    };
    Ok(CreateOrganization {
        id: random::id_or_new(organization.id)?,
        ..organization
    })
}

fn update_input(value: &JsValue) -> AuthResult<UpdateOrganization> {
    let input = Input::new(value, "update")?;
    Ok(UpdateOrganization {
        name: input.change("name", read::string)?,
        slug: input.change("slug", read::string)?,
        logo: input.patch("logo", read::string)?,
        metadata: input.change("metadata", read::json_object)?,
        extra: input.extra(UPDATE_KEYS, columns::ORGANIZATION)?,
    })
}

fn organization_object(organization: &WithExtra<Organization>, schema: &EntitySchema) -> JsValue {
    let row = &organization.base;
    let output = Output::new();
    output.str("id", &row.id);
    output.str("name", &row.name);
    output.str("slug", &row.slug);
    output.opt_str("logo", row.logo.as_deref());
    output.json("metadata", &row.metadata);
    output.date("createdAt", row.created_at);
    output.date("updatedAt", row.updated_at);
    output.extra(&organization.extra, schema);
    output.finish()
}
