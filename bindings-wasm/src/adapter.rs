//! The Rust adapter behind the JavaScript class: the in-memory adapter over
//! the [`WithExtra`] entity types, with one [`Schema`] of custom fields.

use std::sync::Arc;

use better_auth_core::{
    async_trait, Account, AuthResult, Clock, CreateAccount, CreateInvitation, CreateMember,
    CreateOrganization, CreateSession, CreateUser, CreateVerification, DatabaseAdapter, Invitation,
    InvitationStatus, ListUsers, Member, Organization, Page, Session, UpdateAccount,
    UpdateOrganization, UpdateSession, UpdateUser, User, UserPage, Verification,
};
use better_auth_memory::MemoryDatabaseAdapter;

use crate::entity::WithExtra;
use crate::schema::{self, InSchema, Schema};

/// The in-memory store of the wrapper entity types.
pub type Store = MemoryDatabaseAdapter<
    WithExtra<User>,
    WithExtra<Session>,
    WithExtra<Account>,
    WithExtra<Organization>,
    WithExtra<Member>,
    WithExtra<Invitation>,
    WithExtra<Verification>,
>;

/// [`DatabaseAdapter`] that runs every operation of the in-memory store
/// with its own schema of custom fields active.
///
/// Clones share the store and the schema.
#[derive(Debug, Clone)]
pub struct CustomFieldsAdapter {
    store: Store,
    schema: Arc<Schema>,
}

impl CustomFieldsAdapter {
    /// Creates an empty store with these custom fields, on the system clock.
    pub fn new(schema: Schema) -> Self {
        CustomFieldsAdapter {
            store: Store::default(),
            schema: Arc::new(schema),
        }
    }

    /// Replaces the clock that timestamps rows and decides expiry.
    pub fn with_clock(mut self, clock: impl Clock) -> Self {
        self.store = self.store.with_clock(clock);
        self
    }

    /// Returns the custom fields of this adapter.
    pub fn schema(&self) -> &Schema {
        &self.schema
    }

    /// Serializes every row, custom fields included, to a JSON document.
    pub fn export_snapshot(&self) -> AuthResult<String> {
        let _active = schema::enter(&self.schema);
        self.store.export_snapshot()
    }

    /// Rebuilds a store from [`export_snapshot`](Self::export_snapshot)
    /// output. Every record is checked against `schema`: a missing custom
    /// field takes its default (else `null`, or an error when required) and
    /// an unknown one is invalid input.
    pub fn from_snapshot(json: &str, schema: Schema) -> AuthResult<Self> {
        let schema = Arc::new(schema);
        let store = {
            let _active = schema::enter(&schema);
            Store::from_snapshot(json)?
        };
        Ok(CustomFieldsAdapter { store, schema })
    }

    fn scoped<F>(&self, future: F) -> InSchema<F> {
        InSchema::new(Arc::clone(&self.schema), future)
    }
}

#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
impl DatabaseAdapter for CustomFieldsAdapter {
    type User = WithExtra<User>;
    type Session = WithExtra<Session>;
    type Account = WithExtra<Account>;
    type Organization = WithExtra<Organization>;
    type Member = WithExtra<Member>;
    type Invitation = WithExtra<Invitation>;
    type Verification = WithExtra<Verification>;

    async fn create_user(&self, user: CreateUser) -> AuthResult<Self::User> {
        self.scoped(self.store.create_user(user)).await
    }

    async fn get_user_by_id(&self, id: &str) -> AuthResult<Option<Self::User>> {
        self.scoped(self.store.get_user_by_id(id)).await
    }

    async fn get_user_by_email(&self, email: &str) -> AuthResult<Option<Self::User>> {
        self.scoped(self.store.get_user_by_email(email)).await
    }

    async fn get_user_by_username(&self, username: &str) -> AuthResult<Option<Self::User>> {
        self.scoped(self.store.get_user_by_username(username)).await
    }

    async fn update_user(&self, id: &str, update: UpdateUser) -> AuthResult<Self::User> {
        self.scoped(self.store.update_user(id, update)).await
    }

    async fn delete_user(&self, id: &str) -> AuthResult<()> {
        self.scoped(self.store.delete_user(id)).await
    }

    async fn list_users(&self, query: ListUsers) -> AuthResult<UserPage<Self::User>> {
        self.scoped(self.store.list_users(query)).await
    }

    async fn create_session(&self, session: CreateSession) -> AuthResult<Self::Session> {
        self.scoped(self.store.create_session(session)).await
    }

    async fn get_session(&self, token: &str) -> AuthResult<Option<Self::Session>> {
        self.scoped(self.store.get_session(token)).await
    }

    async fn get_session_by_id(&self, id: &str) -> AuthResult<Option<Self::Session>> {
        self.scoped(self.store.get_session_by_id(id)).await
    }

    async fn list_user_sessions(&self, user_id: &str) -> AuthResult<Vec<Self::Session>> {
        self.scoped(self.store.list_user_sessions(user_id)).await
    }

    async fn update_session(
        &self,
        token: &str,
        update: UpdateSession,
    ) -> AuthResult<Self::Session> {
        self.scoped(self.store.update_session(token, update)).await
    }

    async fn delete_session(&self, token: &str) -> AuthResult<()> {
        self.scoped(self.store.delete_session(token)).await
    }

    async fn delete_user_sessions(
        &self,
        user_id: &str,
        keep_token: Option<&str>,
    ) -> AuthResult<u64> {
        self.scoped(self.store.delete_user_sessions(user_id, keep_token))
            .await
    }

    async fn delete_expired_sessions(&self) -> AuthResult<u64> {
        self.scoped(self.store.delete_expired_sessions()).await
    }

    async fn create_account(&self, account: CreateAccount) -> AuthResult<Self::Account> {
        self.scoped(self.store.create_account(account)).await
    }

    async fn get_account(
        &self,
        provider_id: &str,
        account_id: &str,
    ) -> AuthResult<Option<Self::Account>> {
        self.scoped(self.store.get_account(provider_id, account_id))
            .await
    }

    async fn get_account_by_id(&self, id: &str) -> AuthResult<Option<Self::Account>> {
        self.scoped(self.store.get_account_by_id(id)).await
    }

    async fn list_user_accounts(&self, user_id: &str) -> AuthResult<Vec<Self::Account>> {
        self.scoped(self.store.list_user_accounts(user_id)).await
    }

    async fn update_account(&self, id: &str, update: UpdateAccount) -> AuthResult<Self::Account> {
        self.scoped(self.store.update_account(id, update)).await
    }

    async fn delete_account(&self, id: &str) -> AuthResult<()> {
        self.scoped(self.store.delete_account(id)).await
    }

    async fn create_verification(
        &self,
        verification: CreateVerification,
    ) -> AuthResult<Self::Verification> {
        self.scoped(self.store.create_verification(verification))
            .await
    }

    async fn get_verification(&self, identifier: &str) -> AuthResult<Option<Self::Verification>> {
        self.scoped(self.store.get_verification(identifier)).await
    }

    async fn consume_verification(
        &self,
        identifier: &str,
        value: &str,
    ) -> AuthResult<Option<Self::Verification>> {
        self.scoped(self.store.consume_verification(identifier, value))
            .await
    }

    async fn delete_verification(&self, id: &str) -> AuthResult<()> {
        self.scoped(self.store.delete_verification(id)).await
    }

    async fn delete_verifications(&self, identifier: &str) -> AuthResult<u64> {
        self.scoped(self.store.delete_verifications(identifier))
            .await
    }

    async fn delete_expired_verifications(&self) -> AuthResult<u64> {
        self.scoped(self.store.delete_expired_verifications()).await
    }

    async fn create_organization(
        &self,
        organization: CreateOrganization,
    ) -> AuthResult<Self::Organization> {
        self.scoped(self.store.create_organization(organization))
            .await
    }

    async fn get_organization_by_id(&self, id: &str) -> AuthResult<Option<Self::Organization>> {
        self.scoped(self.store.get_organization_by_id(id)).await
    }

    async fn get_organization_by_slug(&self, slug: &str) -> AuthResult<Option<Self::Organization>> {
        self.scoped(self.store.get_organization_by_slug(slug)).await
    }

    async fn update_organization(
        &self,
        id: &str,
        update: UpdateOrganization,
    ) -> AuthResult<Self::Organization> {
        self.scoped(self.store.update_organization(id, update))
            .await
    }

    async fn delete_organization(&self, id: &str) -> AuthResult<()> {
        self.scoped(self.store.delete_organization(id)).await
    }

    async fn list_user_organizations(&self, user_id: &str) -> AuthResult<Vec<Self::Organization>> {
        self.scoped(self.store.list_user_organizations(user_id))
            .await
    }

    async fn create_member(&self, member: CreateMember) -> AuthResult<Self::Member> {
        self.scoped(self.store.create_member(member)).await
    }

    async fn get_member(
        &self,
        organization_id: &str,
        user_id: &str,
    ) -> AuthResult<Option<Self::Member>> {
        self.scoped(self.store.get_member(organization_id, user_id))
            .await
    }

    async fn get_member_by_id(&self, id: &str) -> AuthResult<Option<Self::Member>> {
        self.scoped(self.store.get_member_by_id(id)).await
    }

    async fn update_member_role(&self, id: &str, role: &str) -> AuthResult<Self::Member> {
        self.scoped(self.store.update_member_role(id, role)).await
    }

    async fn delete_member(&self, id: &str) -> AuthResult<()> {
        self.scoped(self.store.delete_member(id)).await
    }

    async fn list_organization_members(
        &self,
        organization_id: &str,
        page: Page,
    ) -> AuthResult<Vec<Self::Member>> {
        self.scoped(self.store.list_organization_members(organization_id, page))
            .await
    }

    async fn count_organization_members(&self, organization_id: &str) -> AuthResult<u64> {
        self.scoped(self.store.count_organization_members(organization_id))
            .await
    }

    async fn create_invitation(
        &self,
        invitation: CreateInvitation,
    ) -> AuthResult<Self::Invitation> {
        self.scoped(self.store.create_invitation(invitation)).await
    }

    async fn get_invitation_by_id(&self, id: &str) -> AuthResult<Option<Self::Invitation>> {
        self.scoped(self.store.get_invitation_by_id(id)).await
    }

    async fn get_pending_invitation(
        &self,
        organization_id: &str,
        email: &str,
    ) -> AuthResult<Option<Self::Invitation>> {
        self.scoped(self.store.get_pending_invitation(organization_id, email))
            .await
    }

    async fn update_invitation_status(
        &self,
        id: &str,
        expected: InvitationStatus,
        to: InvitationStatus,
    ) -> AuthResult<Self::Invitation> {
        self.scoped(self.store.update_invitation_status(id, expected, to))
            .await
    }

    async fn list_organization_invitations(
        &self,
        organization_id: &str,
    ) -> AuthResult<Vec<Self::Invitation>> {
        self.scoped(self.store.list_organization_invitations(organization_id))
            .await
    }

    async fn list_pending_invitations(&self, email: &str) -> AuthResult<Vec<Self::Invitation>> {
        self.scoped(self.store.list_pending_invitations(email))
            .await
    }
}
