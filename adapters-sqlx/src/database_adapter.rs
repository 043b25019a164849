//! [`DatabaseAdapter`] for [`SqlxAdapter`]: each method reads the clock if
//! it needs "now" and runs the statements of [`crate::tables`].

use async_trait::async_trait;
use better_auth_core::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthResult, AuthSession, AuthUser,
    AuthVerification, CreateAccount, CreateInvitation, CreateMember, CreateOrganization,
    CreateSession, CreateUser, CreateVerification, DatabaseAdapter, InvitationStatus, ListUsers,
    Page, UpdateAccount, UpdateOrganization, UpdateSession, UpdateUser, UserPage,
};

use crate::adapter::SqlxAdapter;
use crate::row::PgEntity;
use crate::tables::{
    accounts, invitations, members, organizations, sessions, users, verifications,
};

// This crate is native-only (see lib.rs), so the `Send` form of async_trait
// is the only one needed.
#[async_trait]
impl<U, S, A, O, M, I, V> DatabaseAdapter for SqlxAdapter<U, S, A, O, M, I, V>
where
    U: AuthUser + PgEntity,
    S: AuthSession + PgEntity,
    A: AuthAccount + PgEntity,
    O: AuthOrganization + PgEntity,
    M: AuthMember + PgEntity,
    I: AuthInvitation + PgEntity,
    V: AuthVerification + PgEntity,
{
    type User = U;
    type Session = S;
    type Account = A;
    type Organization = O;
    type Member = M;
    type Invitation = I;
    type Verification = V;

    async fn create_user(&self, user: CreateUser) -> AuthResult<U> {
        users::create(&self.pool, user, self.now()).await
    }

    async fn get_user_by_id(&self, id: &str) -> AuthResult<Option<U>> {
        users::get_by_id(&self.pool, id).await
    }

    async fn get_user_by_email(&self, email: &str) -> AuthResult<Option<U>> {
        users::get_by_email(&self.pool, email).await
    }

    async fn get_user_by_username(&self, username: &str) -> AuthResult<Option<U>> {
        users::get_by_username(&self.pool, username).await
    }

    async fn update_user(&self, id: &str, update: UpdateUser) -> AuthResult<U> {
        users::update(&self.pool, id, update, self.now()).await
    }

    async fn delete_user(&self, id: &str) -> AuthResult<()> {
        users::delete(&self.pool, id).await
    }

    async fn list_users(&self, query: ListUsers) -> AuthResult<UserPage<U>> {
        users::list(&self.pool, query).await
    }

    async fn create_session(&self, session: CreateSession) -> AuthResult<S> {
        sessions::create(&self.pool, session, self.now()).await
    }

    async fn get_session(&self, token: &str) -> AuthResult<Option<S>> {
        sessions::get_by_token(&self.pool, token, self.now()).await
    }

    async fn get_session_by_id(&self, id: &str) -> AuthResult<Option<S>> {
        sessions::get_by_id(&self.pool, id, self.now()).await
    }

    async fn list_user_sessions(&self, user_id: &str) -> AuthResult<Vec<S>> {
        sessions::list_for_user(&self.pool, user_id, self.now()).await
    }

    async fn update_session(&self, token: &str, update: UpdateSession) -> AuthResult<S> {
        sessions::update(&self.pool, token, update, self.now()).await
    }

    async fn delete_session(&self, token: &str) -> AuthResult<()> {
        sessions::delete(&self.pool, token).await
    }

    async fn delete_user_sessions(
        &self,
        user_id: &str,
        keep_token: Option<&str>,
    ) -> AuthResult<u64> {
        sessions::delete_for_user(&self.pool, user_id, keep_token).await
    }

    async fn delete_expired_sessions(&self) -> AuthResult<u64> {
        sessions::delete_expired(&self.pool, self.now()).await
    }

    async fn create_account(&self, account: CreateAccount) -> AuthResult<A> {
        accounts::create(&self.pool, account, self.now()).await
    }

    async fn get_account(&self, provider_id: &str, account_id: &str) -> AuthResult<Option<A>> {
        accounts::get_by_provider(&self.pool, provider_id, account_id).await
    }

    async fn get_account_by_id(&self, id: &str) -> AuthResult<Option<A>> {
        accounts::get_by_id(&self.pool, id).await
    }

    async fn list_user_accounts(&self, user_id: &str) -> AuthResult<Vec<A>> {
        accounts::list_for_user(&self.pool, user_id).await
    }

    async fn update_account(&self, id: &str, update: UpdateAccount) -> AuthResult<A> {
        accounts::update(&self.pool, id, update, self.now()).await
    }

    async fn delete_account(&self, id: &str) -> AuthResult<()> {
        accounts::delete(&self.pool, id).await
    }

    async fn create_verification(&self, verification: CreateVerification) -> AuthResult<V> {
        verifications::create(&self.pool, verification, self.now()).await
    }

    async fn get_verification(&self, identifier: &str) -> AuthResult<Option<V>> {
        verifications::get_newest(&self.pool, identifier, self.now()).await
    }

    async fn consume_verification(&self, identifier: &str, value: &str) -> AuthResult<Option<V>> {
        verifications::consume(&self.pool, identifier, value, self.now()).await
    }

    async fn delete_verification(&self, id: &str) -> AuthResult<()> {
        verifications::delete(&self.pool, id).await
    }

    async fn delete_verifications(&self, identifier: &str) -> AuthResult<u64> {
        verifications::delete_for_identifier(&self.pool, identifier).await
    }

    async fn delete_expired_verifications(&self) -> AuthResult<u64> {
        verifications::delete_expired(&self.pool, self.now()).await
    }

    async fn create_organization(&self, organization: CreateOrganization) -> AuthResult<O> {
        organizations::create(&self.pool, organization, self.now()).await
    }

    async fn get_organization_by_id(&self, id: &str) -> AuthResult<Option<O>> {
        organizations::get_by_id(&self.pool, id).await
    }

    async fn get_organization_by_slug(&self, slug: &str) -> AuthResult<Option<O>> {
        organizations::get_by_slug(&self.pool, slug).await
    }

    async fn update_organization(&self, id: &str, update: UpdateOrganization) -> AuthResult<O> {
        organizations::update(&self.pool, id, update, self.now()).await
    }

    async fn delete_organization(&self, id: &str) -> AuthResult<()> {
        organizations::delete(&self.pool, id, self.now()).await
    }

    async fn list_user_organizations(&self, user_id: &str) -> AuthResult<Vec<O>> {
        organizations::list_for_user(&self.pool, user_id).await
    }

    async fn create_member(&self, member: CreateMember) -> AuthResult<M> {
        members::create(&self.pool, member, self.now()).await
    }

    async fn get_member(&self, organization_id: &str, user_id: &str) -> AuthResult<Option<M>> {
        members::get_by_user(&self.pool, organization_id, user_id).await
    }

    async fn get_member_by_id(&self, id: &str) -> AuthResult<Option<M>> {
        members::get_by_id(&self.pool, id).await
    }

    async fn update_member_role(&self, id: &str, role: &str) -> AuthResult<M> {
        members::update_role(&self.pool, id, role).await
    }

    async fn delete_member(&self, id: &str) -> AuthResult<()> {
        members::delete(&self.pool, id).await
    }

    async fn list_organization_members(
        &self,
        organization_id: &str,
        page: Page,
    ) -> AuthResult<Vec<M>> {
        members::list_for_organization(&self.pool, organization_id, page).await
    }

    async fn count_organization_members(&self, organization_id: &str) -> AuthResult<u64> {
        members::count_for_organization(&self.pool, organization_id).await
    }

    async fn create_invitation(&self, invitation: CreateInvitation) -> AuthResult<I> {
        invitations::create(&self.pool, invitation, self.now()).await
    }

    async fn get_invitation_by_id(&self, id: &str) -> AuthResult<Option<I>> {
        invitations::get_by_id(&self.pool, id).await
    }

    async fn get_pending_invitation(
        &self,
        organization_id: &str,
        email: &str,
    ) -> AuthResult<Option<I>> {
        invitations::get_pending(&self.pool, organization_id, email, self.now()).await
    }

    async fn update_invitation_status(
        &self,
        id: &str,
        expected: InvitationStatus,
        to: InvitationStatus,
    ) -> AuthResult<I> {
        invitations::update_status(&self.pool, id, expected, to).await
    }

    async fn list_organization_invitations(&self, organization_id: &str) -> AuthResult<Vec<I>> {
        invitations::list_for_organization(&self.pool, organization_id).await
    }

    async fn list_pending_invitations(&self, email: &str) -> AuthResult<Vec<I>> {
        invitations::list_pending(&self.pool, email, self.now()).await
    }
}
