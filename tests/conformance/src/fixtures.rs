//! Rows the cases build on, created through the adapter under test.
//!
//! Each helper panics with the failing call's name, so a broken create shows
//! up as such rather than as a later assertion.

use better_auth_core::{
    AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser, CreateAccount,
    CreateInvitation, CreateMember, CreateOrganization, CreateSession, CreateUser,
    CreateVerification, DatabaseAdapter, Page,
};
use chrono::{DateTime, Duration, Utc};

use crate::assert::ok;
use crate::Harness;

/// Returns a duration of `count` hours.
pub fn hours(count: i64) -> Duration {
    Duration::hours(count)
}

/// Returns one microsecond, the smallest step stored timestamps keep.
pub fn micro() -> Duration {
    Duration::microseconds(1)
}

/// Adds 123,456,789 ns to `at`, giving it digits below the microsecond
/// that adapters must truncate.
pub fn with_nanos(at: DateTime<Utc>) -> DateTime<Utc> {
    at + Duration::nanoseconds(123_456_789)
}

/// Returns `(created_at, id)` of each row, the key every list is ordered by.
pub fn order_keys<T>(
    rows: &[T],
    key: impl Fn(&T) -> (DateTime<Utc>, String),
) -> Vec<(DateTime<Utc>, String)> {
    rows.iter().map(key).collect()
}

impl<A: DatabaseAdapter> Harness<A> {
    /// Creates a user with this email and nothing else.
    pub async fn user(&self, email: &str) -> A::User {
        let result = self
            .adapter
            .create_user(CreateUser::with_email(email))
            .await;
        ok(result, &format!("create_user({email})"))
    }

    /// Creates a session for `user_id` that expires in `lifetime`.
    pub async fn session(&self, user_id: &str, lifetime: Duration) -> A::Session {
        let input = CreateSession::new(user_id, self.now() + lifetime);
        ok(self.adapter.create_session(input).await, "create_session")
    }

    /// Creates an OAuth account of `user_id` at `provider_id`.
    pub async fn account(&self, provider_id: &str, account_id: &str, user_id: &str) -> A::Account {
        let input = CreateAccount::oauth(provider_id, account_id, user_id);
        ok(self.adapter.create_account(input).await, "create_account")
    }

    /// Creates a verification of `identifier` by `value`, live for `lifetime`.
    pub async fn verification(
        &self,
        identifier: &str,
        value: &str,
        lifetime: Duration,
    ) -> A::Verification {
        let input = CreateVerification::new(identifier, value, self.now() + lifetime);
        ok(
            self.adapter.create_verification(input).await,
            "create_verification",
        )
    }

    /// Creates an organization with this slug, named after it.
    pub async fn organization(&self, slug: &str) -> A::Organization {
        let input = CreateOrganization::new(format!("Org {slug}"), slug);
        ok(
            self.adapter.create_organization(input).await,
            &format!("create_organization({slug})"),
        )
    }

    /// Adds `user_id` to `organization_id` with the role `member`.
    pub async fn member(&self, organization_id: &str, user_id: &str) -> A::Member {
        let input = CreateMember::new(organization_id, user_id, "member");
        ok(self.adapter.create_member(input).await, "create_member")
    }

    /// Creates a pending invitation of `email` that expires in `lifetime`.
    pub async fn invitation(
        &self,
        organization_id: &str,
        email: &str,
        inviter_id: &str,
        lifetime: Duration,
    ) -> A::Invitation {
        let input =
            CreateInvitation::new(organization_id, email, inviter_id, self.now() + lifetime);
        ok(
            self.adapter.create_invitation(input).await,
            "create_invitation",
        )
    }

    /// Creates a user, an organization and the user's membership in it.
    pub async fn org_with_owner(&self, slug: &str) -> (A::User, A::Organization) {
        let owner = self.user(&format!("owner@{slug}.test")).await;
        let org = self.organization(slug).await;
        self.member(org.id(), owner.id()).await;
        (owner, org)
    }

    /// Returns every member of `organization_id`, in list order.
    pub async fn all_members(&self, organization_id: &str) -> Vec<A::Member> {
        let result = self
            .adapter
            .list_organization_members(organization_id, Page::default())
            .await;
        ok(result, "list_organization_members")
    }

    /// Returns the ids of the live sessions of `user_id`, in list order.
    pub async fn session_ids(&self, user_id: &str) -> Vec<String> {
        let sessions = ok(
            self.adapter.list_user_sessions(user_id).await,
            "list_user_sessions",
        );
        sessions.iter().map(|s| s.id().to_owned()).collect()
    }

    /// Returns the ids of the organizations `user_id` belongs to, in order.
    pub async fn organization_ids(&self, user_id: &str) -> Vec<String> {
        let orgs = ok(
            self.adapter.list_user_organizations(user_id).await,
            "list_user_organizations",
        );
        orgs.iter().map(|o| o.id().to_owned()).collect()
    }

    /// Returns the ids of the invitations of `organization_id`, in order.
    pub async fn invitation_ids(&self, organization_id: &str) -> Vec<String> {
        let invitations = ok(
            self.adapter
                .list_organization_invitations(organization_id)
                .await,
            "list_organization_invitations",
        );
        invitations.iter().map(|i| i.id().to_owned()).collect()
    }

    /// Returns the number of members of `organization_id`.
    pub async fn member_count(&self, organization_id: &str) -> u64 {
        ok(
            self.adapter
                .count_organization_members(organization_id)
                .await,
            "count_organization_members",
        )
    }
}

/// Returns the `user_id` of each member.
pub fn member_users<M: AuthMember>(members: &[M]) -> Vec<&str> {
    members.iter().map(|m| m.user_id()).collect()
}

/// Returns the id of each user.
pub fn user_ids<U: AuthUser>(users: &[U]) -> Vec<&str> {
    users.iter().map(|u| u.id()).collect()
}

/// Returns the id of each invitation.
pub fn invitation_ids<I: AuthInvitation>(invitations: &[I]) -> Vec<&str> {
    invitations.iter().map(|i| i.id()).collect()
}

/// Returns the id of each session.
pub fn session_ids<S: AuthSession>(sessions: &[S]) -> Vec<&str> {
    sessions.iter().map(|s| s.id()).collect()
}
