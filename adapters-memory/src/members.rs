//! Members: unique id and (organization, user).

use better_auth_core::{AuthError, AuthMember, AuthResult, EntityKind, MemoryMember, Page};

use crate::state::{member_key, State};
use crate::types::EntityTypes;

fn membership_key(member: &impl AuthMember) -> (String, String) {
    (
        member.organization_id().to_owned(),
        member.user_id().to_owned(),
    )
}

impl<T: EntityTypes> State<T> {
    /// Inserts a built member after checking its keys and references.
    pub fn insert_member(&mut self, member: T::Member) -> AuthResult<T::Member> {
        if self.members.contains_key(member.id()) {
            return Err(AuthError::already_taken(EntityKind::Member, "id"));
        }
        self.require_organization("organization_id", member.organization_id())?;
        self.require_user("user_id", member.user_id())?;
        if self.member_by_key.contains_key(&membership_key(&member)) {
            return Err(AuthError::already_taken(EntityKind::Member, "user_id"));
        }

        self.member_by_key
            .insert(membership_key(&member), member.id().to_owned());
        self.members_by_org
            .insert(member.organization_id().to_owned(), member_key(&member));
        self.members_by_user
            .insert(member.user_id().to_owned(), member_key(&member));
        self.members.insert(member.id().to_owned(), member.clone());
        Ok(member)
    }

    pub fn member_by_user(&self, organization_id: &str, user_id: &str) -> Option<&T::Member> {
        let key = (organization_id.to_owned(), user_id.to_owned());
        let id = self.member_by_key.get(&key)?;
        self.members.get(id)
    }

    pub fn update_member_role(&mut self, id: &str, role: &str) -> AuthResult<T::Member> {
        let member = self
            .members
            .get_mut(id)
            .ok_or_else(|| AuthError::not_found(EntityKind::Member, id))?;
        member.set_role(role.to_owned());
        Ok(member.clone())
    }

    pub fn organization_members(&self, organization_id: &str, page: Page) -> Vec<T::Member> {
        let members = self
            .members_by_org
            .get(organization_id)
            .filter_map(|(_, id)| self.members.get(id))
            .cloned();
        page.apply(members)
    }

    pub fn count_members(&self, organization_id: &str) -> u64 {
        self.members_by_org.len(organization_id) as u64
    }

    pub fn remove_member(&mut self, id: &str) -> bool {
        let Some(member) = self.members.remove(id) else {
            return false;
        };
        self.member_by_key.remove(&membership_key(&member));
        self.members_by_org
            .remove(member.organization_id(), &member_key(&member));
        self.members_by_user
            .remove(member.user_id(), &member_key(&member));
        true
    }
}
