//! Accounts: unique id and (provider id, account id).

use better_auth_core::{
    AuthAccount, AuthError, AuthResult, EntityKind, MemoryAccount, UpdateAccount,
};
use chrono::{DateTime, Utc};

use crate::state::{account_key, State};
use crate::types::EntityTypes;

fn provider_key(account: &impl AuthAccount) -> (String, String) {
    (
        account.provider_id().to_owned(),
        account.account_id().to_owned(),
    )
}

impl<T: EntityTypes> State<T> {
    /// Inserts a built account after checking its keys and its user.
    pub fn insert_account(&mut self, account: T::Account) -> AuthResult<T::Account> {
        if self.accounts.contains_key(account.id()) {
            return Err(AuthError::already_taken(EntityKind::Account, "id"));
        }
        if self.account_by_key.contains_key(&provider_key(&account)) {
            return Err(AuthError::already_taken(EntityKind::Account, "account_id"));
        }
        self.require_user("user_id", account.user_id())?;

        self.index_account(&account);
        self.accounts
            .insert(account.id().to_owned(), account.clone());
        Ok(account)
    }

    pub fn account_by_provider(&self, provider_id: &str, account_id: &str) -> Option<&T::Account> {
        let key = (provider_id.to_owned(), account_id.to_owned());
        let id = self.account_by_key.get(&key)?;
        self.accounts.get(id)
    }

    pub fn user_accounts(&self, user_id: &str) -> Vec<T::Account> {
        self.accounts_by_user
            .get(user_id)
            .filter_map(|(_, id)| self.accounts.get(id))
            .cloned()
            .collect()
    }

    pub fn update_account(
        &mut self,
        id: &str,
        update: UpdateAccount,
        now: DateTime<Utc>,
    ) -> AuthResult<T::Account> {
        let current = self
            .accounts
            .get(id)
            .ok_or_else(|| AuthError::not_found(EntityKind::Account, id))?;
        let mut updated = current.clone();
        updated.apply_update(update, now)?;

        // The update cannot touch the keys, so the indexes stay valid.
        self.accounts.insert(id.to_owned(), updated.clone());
        Ok(updated)
    }

    pub fn remove_account(&mut self, id: &str) -> bool {
        let Some(account) = self.accounts.remove(id) else {
            return false;
        };
        self.account_by_key.remove(&provider_key(&account));
        self.accounts_by_user
            .remove(account.user_id(), &account_key(&account));
        true
    }

    fn index_account(&mut self, account: &T::Account) {
        self.account_by_key
            .insert(provider_key(account), account.id().to_owned());
        self.accounts_by_user
            .insert(account.user_id().to_owned(), account_key(account));
    }
}
