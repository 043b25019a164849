//! The whole store: every table and index, behind the adapter's one lock.
//!
//! Each method runs every check and every call into entity code
//! (`from_create`, `apply_update`) before its first change to the tables.
//! So a failing or panicking call leaves the state as it was, and the lock
//! is safe to reuse after a panic.

use std::collections::BTreeSet;

use better_auth_core::{
    AuthAccount, AuthError, AuthInvitation, AuthMember, AuthOrganization, AuthResult, AuthSession,
    AuthUser, AuthVerification,
};

use crate::hashing::{HashMap, HashSet};
use crate::index::{Grouped, OrderKey};
use crate::types::EntityTypes;

pub struct State<T: EntityTypes> {
    pub users: HashMap<String, T::User>,
    pub user_order: BTreeSet<OrderKey>,
    pub user_by_email: HashMap<String, String>,
    pub user_by_username: HashMap<String, String>,

    pub sessions: HashMap<String, T::Session>,
    pub session_by_token: HashMap<String, String>,
    pub sessions_by_user: Grouped<String>,
    pub sessions_by_active_org: HashMap<String, HashSet<String>>,

    pub accounts: HashMap<String, T::Account>,
    pub account_by_key: HashMap<(String, String), String>,
    pub accounts_by_user: Grouped<String>,

    pub verifications: HashMap<String, T::Verification>,
    pub verifications_by_identifier: Grouped<String>,

    pub organizations: HashMap<String, T::Organization>,
    pub organization_by_slug: HashMap<String, String>,

    pub members: HashMap<String, T::Member>,
    pub member_by_key: HashMap<(String, String), String>,
    pub members_by_org: Grouped<String>,
    pub members_by_user: Grouped<String>,

    pub invitations: HashMap<String, T::Invitation>,
    pub invitations_by_org: Grouped<String>,
    pub invitations_by_email: Grouped<String>,
    pub invitations_by_inviter: Grouped<String>,
}

impl<T: EntityTypes> Default for State<T> {
    fn default() -> Self {
        State {
            users: HashMap::default(),
            user_order: BTreeSet::new(),
            user_by_email: HashMap::default(),
            user_by_username: HashMap::default(),
            sessions: HashMap::default(),
            session_by_token: HashMap::default(),
            sessions_by_user: Grouped::default(),
            sessions_by_active_org: HashMap::default(),
            accounts: HashMap::default(),
            account_by_key: HashMap::default(),
            accounts_by_user: Grouped::default(),
            verifications: HashMap::default(),
            verifications_by_identifier: Grouped::default(),
            organizations: HashMap::default(),
            organization_by_slug: HashMap::default(),
            members: HashMap::default(),
            member_by_key: HashMap::default(),
            members_by_org: Grouped::default(),
            members_by_user: Grouped::default(),
            invitations: HashMap::default(),
            invitations_by_org: Grouped::default(),
            invitations_by_email: Grouped::default(),
            invitations_by_inviter: Grouped::default(),
        }
    }
}

impl<T: EntityTypes> State<T> {
    /// Rejects a reference to a missing user, as a foreign key would.
    pub fn require_user(&self, field: &'static str, id: &str) -> AuthResult<()> {
        if self.users.contains_key(id) {
            return Ok(());
        }
        Err(AuthError::invalid(field, format!("no user has id {id:?}")))
    }

    /// Rejects a reference to a missing organization, as a foreign key would.
    pub fn require_organization(&self, field: &'static str, id: &str) -> AuthResult<()> {
        if self.organizations.contains_key(id) {
            return Ok(());
        }
        Err(AuthError::invalid(
            field,
            format!("no organization has id {id:?}"),
        ))
    }
}

/// List position of a user.
pub fn user_key(user: &impl AuthUser) -> OrderKey {
    (user.created_at(), user.id().to_owned())
}

pub fn session_key(session: &impl AuthSession) -> OrderKey {
    (session.created_at(), session.id().to_owned())
}

pub fn account_key(account: &impl AuthAccount) -> OrderKey {
    (account.created_at(), account.id().to_owned())
}

pub fn verification_key(verification: &impl AuthVerification) -> OrderKey {
    (verification.created_at(), verification.id().to_owned())
}

pub fn member_key(member: &impl AuthMember) -> OrderKey {
    (member.created_at(), member.id().to_owned())
}

pub fn invitation_key(invitation: &impl AuthInvitation) -> OrderKey {
    (invitation.created_at(), invitation.id().to_owned())
}

pub fn organization_key(organization: &impl AuthOrganization) -> OrderKey {
    (organization.created_at(), organization.id().to_owned())
}
