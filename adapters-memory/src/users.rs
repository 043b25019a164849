//! Users: unique id, email and username; deleting one cascades.

use better_auth_core::query::fold_case;
use better_auth_core::{
    AuthError, AuthResult, AuthUser, EntityKind, ListUsers, MemoryUser, UpdateUser, UserPage,
};
use chrono::{DateTime, Utc};

use crate::state::{user_key, State};
use crate::types::EntityTypes;

impl<T: EntityTypes> State<T> {
    /// Inserts a built user after checking every unique key.
    pub fn insert_user(&mut self, user: T::User) -> AuthResult<T::User> {
        if self.users.contains_key(user.id()) {
            return Err(AuthError::already_taken(EntityKind::User, "id"));
        }
        self.check_user_keys(&user)?;

        self.index_user(&user);
        self.users.insert(user.id().to_owned(), user.clone());
        Ok(user)
    }

    pub fn update_user(
        &mut self,
        id: &str,
        update: UpdateUser,
        now: DateTime<Utc>,
    ) -> AuthResult<T::User> {
        let current = self
            .users
            .get(id)
            .ok_or_else(|| AuthError::not_found(EntityKind::User, id))?;
        let mut updated = current.clone();
        updated.apply_update(update, now)?;
        self.check_user_keys(&updated)?;

        let previous = self.users.insert(id.to_owned(), updated.clone());
        if let Some(previous) = previous {
            self.unindex_user(&previous);
        }
        self.index_user(&updated);
        Ok(updated)
    }

    /// Removes a user with its sessions, accounts, memberships and the
    /// invitations it sent.
    pub fn delete_user(&mut self, id: &str) -> bool {
        let Some(user) = self.users.remove(id) else {
            return false;
        };
        self.unindex_user(&user);

        for session_id in self.sessions_by_user.ids(id) {
            self.remove_session(&session_id);
        }
        for account_id in self.accounts_by_user.ids(id) {
            self.remove_account(&account_id);
        }
        for member_id in self.members_by_user.ids(id) {
            self.remove_member(&member_id);
        }
        for invitation_id in self.invitations_by_inviter.ids(id) {
            self.remove_invitation(&invitation_id);
        }
        true
    }

    pub fn user_by_email(&self, email: &str) -> Option<&T::User> {
        let id = self.user_by_email.get(email)?;
        self.users.get(id)
    }

    pub fn user_by_username(&self, username: &str) -> Option<&T::User> {
        let id = self.user_by_username.get(username)?;
        self.users.get(id)
    }

    /// Filters in list order; `query` filters are already lower-cased.
    pub fn list_users(&self, query: &ListUsers) -> UserPage<T::User> {
        let matching = self
            .user_order
            .iter()
            .filter_map(|(_, id)| self.users.get(id))
            .filter(|user| user_matches(*user, query));

        let total = matching.clone().count() as u64;
        let users = query.page.apply(matching.cloned());
        UserPage { users, total }
    }

    /// Rejects an email or username that belongs to another user.
    fn check_user_keys(&self, user: &T::User) -> AuthResult<()> {
        let taken_by_other = |owner: Option<&String>| owner.is_some_and(|owner| owner != user.id());

        if let Some(email) = user.email() {
            if taken_by_other(self.user_by_email.get(email)) {
                return Err(AuthError::already_taken(EntityKind::User, "email"));
            }
        }
        if let Some(username) = user.username() {
            if taken_by_other(self.user_by_username.get(username)) {
                return Err(AuthError::already_taken(EntityKind::User, "username"));
            }
        }
        Ok(())
    }

    fn index_user(&mut self, user: &T::User) {
        let id = user.id().to_owned();
        self.user_order.insert(user_key(user));
        if let Some(email) = user.email() {
            self.user_by_email.insert(email.to_owned(), id.clone());
        }
        if let Some(username) = user.username() {
            self.user_by_username.insert(username.to_owned(), id);
        }
    }

    fn unindex_user(&mut self, user: &T::User) {
        self.user_order.remove(&user_key(user));
        if let Some(email) = user.email() {
            self.user_by_email.remove(email);
        }
        if let Some(username) = user.username() {
            self.user_by_username.remove(username);
        }
    }
}

/// Applies the filters; `query` is normalized, so its needles are folded.
fn user_matches(user: &impl AuthUser, query: &ListUsers) -> bool {
    let contains =
        |value: Option<&str>, needle: &Option<String>, fold: fn(&str) -> String| match needle {
            Some(needle) => value.is_some_and(|value| fold(value).contains(needle.as_str())),
            None => true,
        };

    contains(user.email(), &query.email_contains, str::to_lowercase)
        && contains(user.name(), &query.name_contains, fold_case)
        && query
            .role
            .as_deref()
            .is_none_or(|role| user.role() == Some(role))
        && query.banned.is_none_or(|banned| user.banned() == banned)
}
