//! Invitations: guarded status changes; pending reads hide expired rows.

use better_auth_core::{
    AuthError, AuthInvitation, AuthResult, EntityKind, InvitationStatus, MemoryInvitation,
};
use chrono::{DateTime, Utc};

use crate::state::{invitation_key, State};
use crate::types::EntityTypes;

fn is_live_pending(invitation: &impl AuthInvitation, now: DateTime<Utc>) -> bool {
    invitation.status() == InvitationStatus::Pending && invitation.expires_at() > now
}

impl<T: EntityTypes> State<T> {
    /// Inserts a built invitation after checking its key and references.
    pub fn insert_invitation(&mut self, invitation: T::Invitation) -> AuthResult<T::Invitation> {
        if self.invitations.contains_key(invitation.id()) {
            return Err(AuthError::already_taken(EntityKind::Invitation, "id"));
        }
        self.require_organization("organization_id", invitation.organization_id())?;
        self.require_user("inviter_id", invitation.inviter_id())?;

        let key = invitation_key(&invitation);
        self.invitations_by_org
            .insert(invitation.organization_id().to_owned(), key.clone());
        self.invitations_by_email
            .insert(invitation.email().to_owned(), key.clone());
        self.invitations_by_inviter
            .insert(invitation.inviter_id().to_owned(), key);
        self.invitations
            .insert(invitation.id().to_owned(), invitation.clone());
        Ok(invitation)
    }

    /// Returns the newest live pending invitation of `email` to an organization.
    pub fn pending_invitation(
        &self,
        organization_id: &str,
        email: &str,
        now: DateTime<Utc>,
    ) -> Option<&T::Invitation> {
        self.invitations_by_email
            .get(email)
            .rev()
            .filter_map(|(_, id)| self.invitations.get(id))
            .find(|invitation| {
                invitation.organization_id() == organization_id && is_live_pending(*invitation, now)
            })
    }

    pub fn pending_invitations(&self, email: &str, now: DateTime<Utc>) -> Vec<T::Invitation> {
        self.invitations_by_email
            .get(email)
            .filter_map(|(_, id)| self.invitations.get(id))
            .filter(|invitation| is_live_pending(*invitation, now))
            .cloned()
            .collect()
    }

    pub fn organization_invitations(&self, organization_id: &str) -> Vec<T::Invitation> {
        self.invitations_by_org
            .get(organization_id)
            .filter_map(|(_, id)| self.invitations.get(id))
            .cloned()
            .collect()
    }

    /// Compare-and-set of the status, atomic under the adapter's lock.
    pub fn update_invitation_status(
        &mut self,
        id: &str,
        expected: InvitationStatus,
        to: InvitationStatus,
    ) -> AuthResult<T::Invitation> {
        let invitation = self
            .invitations
            .get_mut(id)
            .ok_or_else(|| AuthError::not_found(EntityKind::Invitation, id))?;
        let current = invitation.status();
        if current != expected {
            return Err(AuthError::invitation_status_conflict(expected, current));
        }

        invitation.set_status(to);
        Ok(invitation.clone())
    }

    pub fn remove_invitation(&mut self, id: &str) -> bool {
        let Some(invitation) = self.invitations.remove(id) else {
            return false;
        };
        let key = invitation_key(&invitation);
        self.invitations_by_org
            .remove(invitation.organization_id(), &key);
        self.invitations_by_email.remove(invitation.email(), &key);
        self.invitations_by_inviter
            .remove(invitation.inviter_id(), &key);
        true
    }
}
