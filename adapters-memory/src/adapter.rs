//! [`DatabaseAdapter`] for [`MemoryDatabaseAdapter`]: normalize the input,
//! read the clock, then do the whole operation under the lock.

use async_trait::async_trait;
use better_auth_core::id::generate_id;
use better_auth_core::validate::normalize_email;
use better_auth_core::{
    AuthResult, CreateAccount, CreateInvitation, CreateMember, CreateOrganization, CreateSession,
    CreateUser, CreateVerification, DatabaseAdapter, InvitationStatus, ListUsers, MemoryAccount,
    MemoryInvitation, MemoryMember, MemoryOrganization, MemorySession, MemoryUser,
    MemoryVerification, Page, UpdateAccount, UpdateOrganization, UpdateSession, UpdateUser,
    UserPage,
};
use tracing::debug;

use crate::MemoryDatabaseAdapter;

/// Normalizes an email argument of a lookup; a value that is not an email
/// cannot match any stored row.
fn lookup_email(email: &str) -> Option<String> {
    normalize_email("email", email).ok()
}

#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
impl<U, S, A, O, M, I, V> DatabaseAdapter for MemoryDatabaseAdapter<U, S, A, O, M, I, V>
where
    U: MemoryUser,
    S: MemorySession,
    A: MemoryAccount,
    O: MemoryOrganization,
    M: MemoryMember,
    I: MemoryInvitation,
    V: MemoryVerification,
{
    type User = U;
    type Session = S;
    type Account = A;
    type Organization = O;
    type Member = M;
    type Invitation = I;
    type Verification = V;

    async fn create_user(&self, mut input: CreateUser) -> AuthResult<U> {
        input.normalize()?;
        let id = input.id.take().unwrap_or_else(generate_id);
        let user = U::from_create(input, id, self.now())?;

        let user = self.with_state(|state| state.insert_user(user))?;
        debug!(user.id = %user.id(), "created user");
        Ok(user)
    }

    async fn get_user_by_id(&self, id: &str) -> AuthResult<Option<U>> {
        Ok(self.with_state(|state| state.users.get(id).cloned()))
    }

    async fn get_user_by_email(&self, email: &str) -> AuthResult<Option<U>> {
        let Some(email) = lookup_email(email) else {
            return Ok(None);
        };
        Ok(self.with_state(|state| state.user_by_email(&email).cloned()))
    }

    async fn get_user_by_username(&self, username: &str) -> AuthResult<Option<U>> {
        Ok(self.with_state(|state| state.user_by_username(username).cloned()))
    }

    async fn update_user(&self, id: &str, mut update: UpdateUser) -> AuthResult<U> {
        update.normalize()?;
        let now = self.now();
        self.with_state(|state| state.update_user(id, update, now))
    }

    async fn delete_user(&self, id: &str) -> AuthResult<()> {
        if self.with_state(|state| state.delete_user(id)) {
            debug!(user.id = %id, "deleted user and its dependent rows");
        }
        Ok(())
    }

    async fn list_users(&self, mut query: ListUsers) -> AuthResult<UserPage<U>> {
        query.normalize()?;
        Ok(self.with_state(|state| state.list_users(&query)))
    }

    async fn create_session(&self, mut input: CreateSession) -> AuthResult<S> {
        input.normalize()?;
        let id = input.id.take().unwrap_or_else(generate_id);
        let session = S::from_create(input, id, self.now())?;

        let session = self.with_state(|state| state.insert_session(session))?;
        debug!(session.id = %session.id(), user.id = %session.user_id(), "created session");
        Ok(session)
    }

    async fn get_session(&self, token: &str) -> AuthResult<Option<S>> {
        let now = self.now();
        Ok(self.with_state(|state| state.live_session_by_token(token, now).cloned()))
    }

    async fn get_session_by_id(&self, id: &str) -> AuthResult<Option<S>> {
        let now = self.now();
        Ok(self.with_state(|state| state.live_session(id, now).cloned()))
    }

    async fn list_user_sessions(&self, user_id: &str) -> AuthResult<Vec<S>> {
        let now = self.now();
        Ok(self.with_state(|state| state.live_user_sessions(user_id, now)))
    }

    async fn update_session(&self, token: &str, mut update: UpdateSession) -> AuthResult<S> {
        update.normalize()?;
        let now = self.now();
        self.with_state(|state| state.update_session(token, update, now))
    }

    async fn delete_session(&self, token: &str) -> AuthResult<()> {
        self.with_state(|state| {
            if let Some(id) = state.session_id_by_token(token) {
                state.remove_session(&id);
            }
        });
        Ok(())
    }

    async fn delete_user_sessions(
        &self,
        user_id: &str,
        keep_token: Option<&str>,
    ) -> AuthResult<u64> {
        Ok(self.with_state(|state| state.delete_user_sessions(user_id, keep_token)))
    }

    async fn delete_expired_sessions(&self) -> AuthResult<u64> {
        let now = self.now();
        Ok(self.with_state(|state| state.delete_expired_sessions(now)))
    }

    async fn create_account(&self, mut input: CreateAccount) -> AuthResult<A> {
        input.normalize()?;
        let id = input.id.take().unwrap_or_else(generate_id);
        let account = A::from_create(input, id, self.now())?;

        let account = self.with_state(|state| state.insert_account(account))?;
        debug!(account.id = %account.id(), user.id = %account.user_id(), "created account");
        Ok(account)
    }

    async fn get_account(&self, provider_id: &str, account_id: &str) -> AuthResult<Option<A>> {
        Ok(self.with_state(|state| state.account_by_provider(provider_id, account_id).cloned()))
    }

    async fn get_account_by_id(&self, id: &str) -> AuthResult<Option<A>> {
        Ok(self.with_state(|state| state.accounts.get(id).cloned()))
    }

    async fn list_user_accounts(&self, user_id: &str) -> AuthResult<Vec<A>> {
        Ok(self.with_state(|state| state.user_accounts(user_id)))
    }

    async fn update_account(&self, id: &str, mut update: UpdateAccount) -> AuthResult<A> {
        update.normalize()?;
        let now = self.now();
        self.with_state(|state| state.update_account(id, update, now))
    }

    async fn delete_account(&self, id: &str) -> AuthResult<()> {
        self.with_state(|state| state.remove_account(id));
        Ok(())
    }

    async fn create_verification(&self, mut input: CreateVerification) -> AuthResult<V> {
        input.normalize()?;
        let id = input.id.take().unwrap_or_else(generate_id);
        let verification = V::from_create(input, id, self.now())?;
        self.with_state(|state| state.insert_verification(verification))
    }

    async fn get_verification(&self, identifier: &str) -> AuthResult<Option<V>> {
        let now = self.now();
        Ok(self.with_state(|state| {
            state
                .newest_live_verification(identifier, now, |_| true)
                .cloned()
        }))
    }

    async fn consume_verification(&self, identifier: &str, value: &str) -> AuthResult<Option<V>> {
        let now = self.now();
        Ok(self.with_state(|state| state.consume_verification(identifier, value, now)))
    }

    async fn delete_verification(&self, id: &str) -> AuthResult<()> {
        self.with_state(|state| state.remove_verification(id));
        Ok(())
    }

    async fn delete_verifications(&self, identifier: &str) -> AuthResult<u64> {
        Ok(self.with_state(|state| state.delete_verifications(identifier)))
    }

    async fn delete_expired_verifications(&self) -> AuthResult<u64> {
        let now = self.now();
        Ok(self.with_state(|state| state.delete_expired_verifications(now)))
    }

    async fn create_organization(&self, mut input: CreateOrganization) -> AuthResult<O> {
        input.normalize()?;
        let id = input.id.take().unwrap_or_else(generate_id);
        let organization = O::from_create(input, id, self.now())?;

        let organization = self.with_state(|state| state.insert_organization(organization))?;
        debug!(organization.id = %organization.id(), "created organization");
        Ok(organization)
    }

    async fn get_organization_by_id(&self, id: &str) -> AuthResult<Option<O>> {
        Ok(self.with_state(|state| state.organizations.get(id).cloned()))
    }

    async fn get_organization_by_slug(&self, slug: &str) -> AuthResult<Option<O>> {
        Ok(self.with_state(|state| state.organization_by_slug(slug).cloned()))
    }

    async fn update_organization(&self, id: &str, mut update: UpdateOrganization) -> AuthResult<O> {
        update.normalize()?;
        let now = self.now();
        self.with_state(|state| state.update_organization(id, update, now))
    }

    async fn delete_organization(&self, id: &str) -> AuthResult<()> {
        let now = self.now();
        if self.with_state(|state| state.delete_organization(id, now))? {
            debug!(organization.id = %id, "deleted organization and its dependent rows");
        }
        Ok(())
    }

    async fn list_user_organizations(&self, user_id: &str) -> AuthResult<Vec<O>> {
        Ok(self.with_state(|state| state.user_organizations(user_id)))
    }

    async fn create_member(&self, mut input: CreateMember) -> AuthResult<M> {
        input.normalize()?;
        let id = input.id.take().unwrap_or_else(generate_id);
        let member = M::from_create(input, id, self.now())?;
        self.with_state(|state| state.insert_member(member))
    }

    async fn get_member(&self, organization_id: &str, user_id: &str) -> AuthResult<Option<M>> {
        Ok(self.with_state(|state| state.member_by_user(organization_id, user_id).cloned()))
    }

    async fn get_member_by_id(&self, id: &str) -> AuthResult<Option<M>> {
        Ok(self.with_state(|state| state.members.get(id).cloned()))
    }

    async fn update_member_role(&self, id: &str, role: &str) -> AuthResult<M> {
        better_auth_core::validate::non_empty_text("role", role)?;
        self.with_state(|state| state.update_member_role(id, role))
    }

    async fn delete_member(&self, id: &str) -> AuthResult<()> {
        self.with_state(|state| state.remove_member(id));
        Ok(())
    }

    async fn list_organization_members(
        &self,
        organization_id: &str,
        page: Page,
    ) -> AuthResult<Vec<M>> {
        Ok(self.with_state(|state| state.organization_members(organization_id, page)))
    }

    async fn count_organization_members(&self, organization_id: &str) -> AuthResult<u64> {
        Ok(self.with_state(|state| state.count_members(organization_id)))
    }

    async fn create_invitation(&self, mut input: CreateInvitation) -> AuthResult<I> {
        input.normalize()?;
        let id = input.id.take().unwrap_or_else(generate_id);
        let invitation = I::from_create(input, id, self.now())?;
        self.with_state(|state| state.insert_invitation(invitation))
    }

    async fn get_invitation_by_id(&self, id: &str) -> AuthResult<Option<I>> {
        Ok(self.with_state(|state| state.invitations.get(id).cloned()))
    }

    async fn get_pending_invitation(
        &self,
        organization_id: &str,
        email: &str,
    ) -> AuthResult<Option<I>> {
        let Some(email) = lookup_email(email) else {
            return Ok(None);
        };
        let now = self.now();
        Ok(self.with_state(|state| {
            state
                .pending_invitation(organization_id, &email, now)
                .cloned()
        }))
    }

    async fn update_invitation_status(
        &self,
        id: &str,
        expected: InvitationStatus,
        to: InvitationStatus,
    ) -> AuthResult<I> {
        self.with_state(|state| state.update_invitation_status(id, expected, to))
    }

    async fn list_organization_invitations(&self, organization_id: &str) -> AuthResult<Vec<I>> {
        Ok(self.with_state(|state| state.organization_invitations(organization_id)))
    }

    async fn list_pending_invitations(&self, email: &str) -> AuthResult<Vec<I>> {
        let Some(email) = lookup_email(email) else {
            return Ok(Vec::new());
        };
        let now = self.now();
        Ok(self.with_state(|state| state.pending_invitations(&email, now)))
    }
}
