//! Organizations: unique id and slug; deleting one cascades.

use better_auth_core::{
    AuthError, AuthMember, AuthOrganization, AuthResult, EntityKind, MemoryOrganization,
    MemorySession, UpdateOrganization, UpdateSession,
};
use chrono::{DateTime, Utc};

use crate::state::{organization_key, State};
use crate::types::EntityTypes;

impl<T: EntityTypes> State<T> {
    pub fn insert_organization(
        &mut self,
        organization: T::Organization,
    ) -> AuthResult<T::Organization> {
        if self.organizations.contains_key(organization.id()) {
            return Err(AuthError::already_taken(EntityKind::Organization, "id"));
        }
        if self.organization_by_slug.contains_key(organization.slug()) {
            return Err(AuthError::already_taken(EntityKind::Organization, "slug"));
        }

        self.organization_by_slug
            .insert(organization.slug().to_owned(), organization.id().to_owned());
        self.organizations
            .insert(organization.id().to_owned(), organization.clone());
        Ok(organization)
    }

    pub fn organization_by_slug(&self, slug: &str) -> Option<&T::Organization> {
        let id = self.organization_by_slug.get(slug)?;
        self.organizations.get(id)
    }

    pub fn update_organization(
        &mut self,
        id: &str,
        update: UpdateOrganization,
        now: DateTime<Utc>,
    ) -> AuthResult<T::Organization> {
        let current = self
            .organizations
            .get(id)
            .ok_or_else(|| AuthError::not_found(EntityKind::Organization, id))?;
        let mut updated = current.clone();
        updated.apply_update(update, now)?;
        let slug_owner = self.organization_by_slug.get(updated.slug());
        if slug_owner.is_some_and(|owner| owner != id) {
            return Err(AuthError::already_taken(EntityKind::Organization, "slug"));
        }

        if let Some(previous) = self.organizations.insert(id.to_owned(), updated.clone()) {
            self.organization_by_slug.remove(previous.slug());
        }
        self.organization_by_slug
            .insert(updated.slug().to_owned(), id.to_owned());
        Ok(updated)
    }

    /// Removes an organization with its members and invitations, and clears
    /// it as the active organization of sessions.
    pub fn delete_organization(&mut self, id: &str, now: DateTime<Utc>) -> AuthResult<bool> {
        if !self.organizations.contains_key(id) {
            return Ok(false);
        }
        // Entity code runs before the first change (see the state invariant).
        let cleared_sessions = self.sessions_without_active_organization(id, now)?;

        if let Some(organization) = self.organizations.remove(id) {
            self.organization_by_slug.remove(organization.slug());
        }
        for member_id in self.members_by_org.ids(id) {
            self.remove_member(&member_id);
        }
        for invitation_id in self.invitations_by_org.ids(id) {
            self.remove_invitation(&invitation_id);
        }
        for session in cleared_sessions {
            self.replace_session(session);
        }
        Ok(true)
    }

    /// Lists the organizations a user belongs to, in list order.
    pub fn user_organizations(&self, user_id: &str) -> Vec<T::Organization> {
        let mut organizations: Vec<&T::Organization> = self
            .members_by_user
            .get(user_id)
            .filter_map(|(_, member_id)| self.members.get(member_id))
            .filter_map(|member| self.organizations.get(member.organization_id()))
            .collect();
        organizations.sort_by_cached_key(|organization| organization_key(*organization));
        organizations.into_iter().cloned().collect()
    }

    /// Returns copies of the sessions whose active organization is `id`,
    /// with it cleared.
    fn sessions_without_active_organization(
        &self,
        id: &str,
        now: DateTime<Utc>,
    ) -> AuthResult<Vec<T::Session>> {
        let Some(session_ids) = self.sessions_by_active_org.get(id) else {
            return Ok(Vec::new());
        };
        let mut sessions = Vec::with_capacity(session_ids.len());
        for session_id in session_ids {
            let Some(session) = self.sessions.get(session_id) else {
                continue;
            };
            let mut cleared = session.clone();
            let update = UpdateSession {
                active_organization_id: Some(None),
                ..Default::default()
            };
            cleared.apply_update(update, now)?;
            sessions.push(cleared);
        }
        Ok(sessions)
    }
}
