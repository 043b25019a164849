//! The storage trait every backend implements.
//!
//! # Writing an adapter
//!
//! Implement [`DatabaseAdapter`] for your store, pick the associated entity
//! types (the built-ins or your own structs implementing the `Auth*` traits),
//! and honour the contract below. Then run the shared conformance suite
//! (`better-auth-conformance`) against it: every adapter in this repository
//! passes the same suite unchanged.
//!
//! # The contract
//!
//! - **Normalization.** Call `normalize()` on every input before storing it.
//!   It trims and lower-cases emails (users and invitations), truncates
//!   timestamps to microseconds and rejects values some backend cannot store
//!   with [`AuthError::InvalidInput`](crate::AuthError::InvalidInput). Email lookups normalize their argument
//!   the same way, so lookups and uniqueness ignore case.
//! - **Unique keys.** User email, user username, session token, account
//!   (`provider_id`, `account_id`), organization slug, member
//!   (`organization_id`, `user_id`) and the id of every entity. A create or
//!   update that collides returns [`AuthError::Conflict`](crate::AuthError::Conflict) naming the field
//!   (`email`, `username`, `token`, `account_id`, `slug`, `user_id`, `id`) and
//!   changes nothing.
//! - **References.** A row that names a missing user or organization
//!   (`user_id`, `organization_id`, `inviter_id`) is
//!   [`AuthError::InvalidInput`](crate::AuthError::InvalidInput) naming that field.
//! - **Missing rows.** A get returns `Ok(None)`; an update returns
//!   [`AuthError::NotFound`](crate::AuthError::NotFound); a delete succeeds and changes nothing. Bulk
//!   deletes return how many rows they removed.
//! - **Expiry.** A session, verification or invitation with
//!   `expires_at <= now` is expired. Expired sessions and verifications are
//!   invisible to every read, update and consume; expired invitations are
//!   invisible to the pending-invitation reads. `now` comes from the
//!   adapter's [`Clock`](crate::Clock), read once per call.
//! - **Atomicity.** Every call is all or nothing. Consuming a verification
//!   and guarded status changes are atomic: of many concurrent callers,
//!   exactly one succeeds.
//! - **Cascades.** Deleting a user removes its sessions, accounts,
//!   memberships and the invitations it sent. Deleting an organization
//!   removes its members and invitations, and sets `active_organization_id`
//!   of the sessions that pointed at it to NULL (moving their `updated_at`).
//! - **Order.** Lists are ordered by `created_at`, then by the bytes of `id`
//!   (`COLLATE "C"` in PostgreSQL), both ascending, so paging with [`Page`]
//!   never repeats or skips a row.
//! - **Round trip.** What a create or update returns equals what a later read
//!   returns, field by field.
//! - **Ids and tokens.** Ids are UUID v4 strings unless the input supplies
//!   one. `created_at` and `updated_at` are the clock's time truncated to
//!   microseconds ([`now_micros`](crate::clock::now_micros)); every update
//!   moves `updated_at`.
//! - **Lookups by email.** The argument is normalized like stored emails.
//!   An argument that is not an email address matches nothing (`Ok(None)`
//!   or an empty list) and is not an error.

use async_trait::async_trait;

use crate::entity::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    AuthVerification, InvitationStatus,
};
use crate::error::AuthResult;
use crate::input::{
    CreateAccount, CreateInvitation, CreateMember, CreateOrganization, CreateSession, CreateUser,
    CreateVerification, UpdateAccount, UpdateOrganization, UpdateSession, UpdateUser,
};
use crate::platform::{MaybeSend, MaybeSync};
use crate::query::{ListUsers, Page, UserPage};

/// Storage for users, sessions, accounts, verifications, organizations,
/// members and invitations. See the [module documentation](self) for the
/// contract every method follows.
#[cfg_attr(not(target_arch = "wasm32"), async_trait)]
#[cfg_attr(target_arch = "wasm32", async_trait(?Send))]
pub trait DatabaseAdapter: MaybeSend + MaybeSync + 'static {
    type User: AuthUser;
    type Session: AuthSession;
    type Account: AuthAccount;
    type Organization: AuthOrganization;
    type Member: AuthMember;
    type Invitation: AuthInvitation;
    type Verification: AuthVerification;

    // ---- users -----------------------------------------------------------

    /// Inserts a user. Conflicts on `id`, `email` or `username`.
    async fn create_user(&self, user: CreateUser) -> AuthResult<Self::User>;

    /// Finds a user by id.
    async fn get_user_by_id(&self, id: &str) -> AuthResult<Option<Self::User>>;

    /// Finds a user by email, ignoring case and surrounding whitespace.
    async fn get_user_by_email(&self, email: &str) -> AuthResult<Option<Self::User>>;

    /// Finds a user by exact username.
    async fn get_user_by_username(&self, username: &str) -> AuthResult<Option<Self::User>>;

    /// Applies the fields `update` sets. Not found when `id` is missing;
    /// conflicts on `email` or `username`.
    async fn update_user(&self, id: &str, update: UpdateUser) -> AuthResult<Self::User>;

    /// Deletes a user and, by cascade, its sessions, accounts, memberships
    /// and the invitations it sent.
    async fn delete_user(&self, id: &str) -> AuthResult<()>;

    /// Returns one page of the users matching `query`, ordered by
    /// `created_at` then `id`, with the number of matches in all.
    async fn list_users(&self, query: ListUsers) -> AuthResult<UserPage<Self::User>>;

    // ---- sessions --------------------------------------------------------

    /// Inserts a session. Conflicts on `id` or `token`; invalid input when
    /// `user_id` names no user.
    async fn create_session(&self, session: CreateSession) -> AuthResult<Self::Session>;

    /// Finds a live session by token; expired sessions are `None`.
    async fn get_session(&self, token: &str) -> AuthResult<Option<Self::Session>>;

    /// Finds a live session by id; expired sessions are `None`.
    async fn get_session_by_id(&self, id: &str) -> AuthResult<Option<Self::Session>>;

    /// Lists the live sessions of a user, oldest first.
    async fn list_user_sessions(&self, user_id: &str) -> AuthResult<Vec<Self::Session>>;

    /// Updates the live session with this token. Not found when the token is
    /// unknown or the session has expired.
    async fn update_session(&self, token: &str, update: UpdateSession)
        -> AuthResult<Self::Session>;

    /// Deletes the session with this token, expired or not.
    async fn delete_session(&self, token: &str) -> AuthResult<()>;

    /// Deletes every session of a user, expired or not, except the one whose
    /// token is `keep_token`; returns how many were deleted.
    async fn delete_user_sessions(
        &self,
        user_id: &str,
        keep_token: Option<&str>,
    ) -> AuthResult<u64>;

    /// Deletes every expired session; returns how many were deleted.
    async fn delete_expired_sessions(&self) -> AuthResult<u64>;

    // ---- accounts --------------------------------------------------------

    /// Inserts an account. Conflicts on `id` or on (`provider_id`,
    /// `account_id`), reported as `account_id`; invalid input when `user_id`
    /// names no user.
    async fn create_account(&self, account: CreateAccount) -> AuthResult<Self::Account>;

    /// Finds the account `account_id` at the provider `provider_id`.
    async fn get_account(
        &self,
        provider_id: &str,
        account_id: &str,
    ) -> AuthResult<Option<Self::Account>>;

    /// Finds an account by id.
    async fn get_account_by_id(&self, id: &str) -> AuthResult<Option<Self::Account>>;

    /// Lists the accounts of a user, oldest first.
    async fn list_user_accounts(&self, user_id: &str) -> AuthResult<Vec<Self::Account>>;

    /// Applies the fields `update` sets. Not found when `id` is missing.
    async fn update_account(&self, id: &str, update: UpdateAccount) -> AuthResult<Self::Account>;

    /// Deletes an account; a missing id changes nothing.
    async fn delete_account(&self, id: &str) -> AuthResult<()>;

    // ---- verifications ---------------------------------------------------

    /// Inserts a verification. Conflicts on `id` only: one identifier may
    /// have several values.
    async fn create_verification(
        &self,
        verification: CreateVerification,
    ) -> AuthResult<Self::Verification>;

    /// Returns the newest live verification of `identifier` (largest
    /// `created_at`, then largest `id`).
    async fn get_verification(&self, identifier: &str) -> AuthResult<Option<Self::Verification>>;

    /// Deletes and returns the newest live verification matching both
    /// `identifier` and `value`, atomically: of concurrent callers with the
    /// same pair, exactly one gets `Some`. Expired rows are never returned
    /// (and are left for [`DatabaseAdapter::delete_expired_verifications`]).
    async fn consume_verification(
        &self,
        identifier: &str,
        value: &str,
    ) -> AuthResult<Option<Self::Verification>>;

    /// Deletes a verification by id, expired or not.
    async fn delete_verification(&self, id: &str) -> AuthResult<()>;

    /// Deletes every verification of `identifier`, expired or not; returns
    /// how many were deleted.
    async fn delete_verifications(&self, identifier: &str) -> AuthResult<u64>;

    /// Deletes every expired verification; returns how many were deleted.
    async fn delete_expired_verifications(&self) -> AuthResult<u64>;

    // ---- organizations ---------------------------------------------------

    /// Inserts an organization. Conflicts on `id` or `slug`.
    async fn create_organization(
        &self,
        organization: CreateOrganization,
    ) -> AuthResult<Self::Organization>;

    /// Finds an organization by id.
    async fn get_organization_by_id(&self, id: &str) -> AuthResult<Option<Self::Organization>>;

    /// Finds an organization by exact slug.
    async fn get_organization_by_slug(&self, slug: &str) -> AuthResult<Option<Self::Organization>>;

    /// Applies the fields `update` sets. Not found when `id` is missing;
    /// conflicts on `slug`.
    async fn update_organization(
        &self,
        id: &str,
        update: UpdateOrganization,
    ) -> AuthResult<Self::Organization>;

    /// Deletes an organization with its members and invitations, and clears
    /// it as the active organization of sessions.
    async fn delete_organization(&self, id: &str) -> AuthResult<()>;

    /// Lists the organizations `user_id` is a member of, ordered by the
    /// organization's `created_at` then `id`.
    async fn list_user_organizations(&self, user_id: &str) -> AuthResult<Vec<Self::Organization>>;

    // ---- members ---------------------------------------------------------

    /// Inserts a member. Conflicts on `id`, or on (`organization_id`,
    /// `user_id`) reported as `user_id`; invalid input when either reference
    /// is missing.
    async fn create_member(&self, member: CreateMember) -> AuthResult<Self::Member>;

    /// Finds the membership of `user_id` in `organization_id`.
    async fn get_member(
        &self,
        organization_id: &str,
        user_id: &str,
    ) -> AuthResult<Option<Self::Member>>;

    /// Finds a member by id.
    async fn get_member_by_id(&self, id: &str) -> AuthResult<Option<Self::Member>>;

    /// Replaces a member's role. Not found when `id` is missing.
    async fn update_member_role(&self, id: &str, role: &str) -> AuthResult<Self::Member>;

    /// Deletes a member; a missing id changes nothing.
    async fn delete_member(&self, id: &str) -> AuthResult<()>;

    /// Lists one page of an organization's members, oldest first.
    async fn list_organization_members(
        &self,
        organization_id: &str,
        page: Page,
    ) -> AuthResult<Vec<Self::Member>>;

    /// Counts an organization's members.
    async fn count_organization_members(&self, organization_id: &str) -> AuthResult<u64>;

    // ---- invitations -----------------------------------------------------

    /// Inserts an invitation. Conflicts on `id`; invalid input when the
    /// organization or the inviter is missing.
    async fn create_invitation(&self, invitation: CreateInvitation)
        -> AuthResult<Self::Invitation>;

    /// Finds an invitation by id, whatever its status or expiry.
    async fn get_invitation_by_id(&self, id: &str) -> AuthResult<Option<Self::Invitation>>;

    /// Returns the newest live pending invitation of `email` (normalized)
    /// to `organization_id`.
    async fn get_pending_invitation(
        &self,
        organization_id: &str,
        email: &str,
    ) -> AuthResult<Option<Self::Invitation>>;

    /// Sets the status to `to` only if it currently is `expected`, as one
    /// atomic compare-and-set. Not found when `id` is missing; a conflict on
    /// `status` naming the current status otherwise. Expiry is not checked:
    /// flows decide whether an expired invitation may still be canceled.
    async fn update_invitation_status(
        &self,
        id: &str,
        expected: InvitationStatus,
        to: InvitationStatus,
    ) -> AuthResult<Self::Invitation>;

    /// Lists every invitation of an organization, any status, oldest first.
    async fn list_organization_invitations(
        &self,
        organization_id: &str,
    ) -> AuthResult<Vec<Self::Invitation>>;

    /// Lists the live pending invitations of `email` (normalized), oldest first.
    async fn list_pending_invitations(&self, email: &str) -> AuthResult<Vec<Self::Invitation>>;
}
