//! Invitation methods, and the conversions of invitation inputs and rows.

use better_auth_core::input::DEFAULT_ROLE;
use better_auth_core::{
    AuthResult, CreateInvitation, DatabaseAdapter, Invitation, InvitationStatus,
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

const CREATE_KEYS: &[&str] = &[
    "id",
    "organizationId",
    "email",
    "role",
    "status",
    "inviterId",
    "expiresAt",
];

#[wasm_bindgen(js_class = MemoryDatabaseAdapter)]
impl JsMemoryDatabaseAdapter {
    #[wasm_bindgen(js_name = createInvitation)]
    pub fn create_invitation(&self, invitation: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let input = create_input(&invitation)?;
            let created = db.create_invitation(input).await?;
            Ok(invitation_object(&created, &db.schema().invitation))
        })
    }

    #[wasm_bindgen(js_name = getInvitationById)]
    pub fn get_invitation_by_id(&self, id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let found = db.get_invitation_by_id(&id).await?;
            let schema = &db.schema().invitation;
            Ok(write::optional(found.as_ref(), |i| {
                invitation_object(i, schema)
            }))
        })
    }

    #[wasm_bindgen(js_name = getPendingInvitation)]
    pub fn get_pending_invitation(&self, organization_id: JsValue, email: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let organization_id = read::string(&organization_id, "organizationId")?;
            let email = read::string(&email, "email")?;
            let found = db.get_pending_invitation(&organization_id, &email).await?;
            let schema = &db.schema().invitation;
            Ok(write::optional(found.as_ref(), |i| {
                invitation_object(i, schema)
            }))
        })
    }

    /// Sets the status to `to` only if it is `expected`; otherwise rejects
    /// with `CONFLICT` on `status`.
    #[wasm_bindgen(js_name = updateInvitationStatus)]
    pub fn update_invitation_status(&self, id: JsValue, expected: JsValue, to: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let id = read::string(&id, "id")?;
            let expected = read::status(&expected, "expected")?;
            let to = read::status(&to, "to")?;
            let updated = db.update_invitation_status(&id, expected, to).await?;
            Ok(invitation_object(&updated, &db.schema().invitation))
        })
    }

    #[wasm_bindgen(js_name = listOrganizationInvitations)]
    pub fn list_organization_invitations(&self, organization_id: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let organization_id = read::string(&organization_id, "organizationId")?;
            let invitations = db.list_organization_invitations(&organization_id).await?;
            let schema = &db.schema().invitation;
            Ok(write::array(&invitations, |i| invitation_object(i, schema)))
        })
    }

    #[wasm_bindgen(js_name = listPendingInvitations)]
    pub fn list_pending_invitations(&self, email: JsValue) -> Promise {
        let db = self.handle();
        settle(async move {
            let email = read::string(&email, "email")?;
            let invitations = db.list_pending_invitations(&email).await?;
            let schema = &db.schema().invitation;
            Ok(write::array(&invitations, |i| invitation_object(i, schema)))
        })
    }
}

fn create_input(value: &JsValue) -> AuthResult<CreateInvitation> {
    let input = Input::new(value, "invitation")?;
    let invitation = CreateInvitation {
        id: input.optional_key("id", read::string)?,
        organization_id: input.required("organizationId", read::string)?,
        email: input.required("email", read::string)?,
        role: input.or("role", read::string, DEFAULT_ROLE.to_owned())?,
        status: input.or("status", read::status, InvitationStatus::Pending)?,
        inviter_id: input.required("inviterId", read::string)?,
        expires_at: input.required("expiresAt", read::date)?,
        extra: input.extra(CREATE_KEYS, columns::INVITATION)?,
    };
    Ok(CreateInvitation {
        id: random::id_or_new(invitation.id)?,
        ..invitation
    })
}

fn invitation_object(invitation: &WithExtra<Invitation>, schema: &EntitySchema) -> JsValue {
    let row = &invitation.base;
    let output = Output::new();
    output.str("id", &row.id);
    output.str("organizationId", &row.organization_id);
    output.str("email", &row.email);
    output.str("role", &row.role);
    output.str("status", row.status.as_str());
    output.str("inviterId", &row.inviter_id);
    output.date("expiresAt", row.expires_at);
    output.date("createdAt", row.created_at);
    output.extra(&invitation.extra, schema);
    output.finish()
}
