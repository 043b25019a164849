//! Sessions: unique id and token; invisible once expired.

use better_auth_core::{
    AuthError, AuthResult, AuthSession, EntityKind, MemorySession, UpdateSession,
};
use chrono::{DateTime, Utc};

use crate::state::{session_key, State};
use crate::types::EntityTypes;

/// Stands in for a session token in errors, which must never contain it.
const REDACTED_TOKEN: &str = "[redacted token]";

fn is_live(session: &impl AuthSession, now: DateTime<Utc>) -> bool {
    session.expires_at() > now
}

impl<T: EntityTypes> State<T> {
    /// Inserts a built session after checking its keys and its user.
    pub fn insert_session(&mut self, session: T::Session) -> AuthResult<T::Session> {
        if self.sessions.contains_key(session.id()) {
            return Err(AuthError::already_taken(EntityKind::Session, "id"));
        }
        if self.session_by_token.contains_key(session.token()) {
            return Err(AuthError::already_taken(EntityKind::Session, "token"));
        }
        self.require_user("user_id", session.user_id())?;

        self.index_session(&session);
        self.sessions
            .insert(session.id().to_owned(), session.clone());
        Ok(session)
    }

    pub fn live_session_by_token(&self, token: &str, now: DateTime<Utc>) -> Option<&T::Session> {
        let id = self.session_by_token.get(token)?;
        self.live_session(id, now)
    }

    pub fn live_session(&self, id: &str, now: DateTime<Utc>) -> Option<&T::Session> {
        self.sessions
            .get(id)
            .filter(|session| is_live(*session, now))
    }

    pub fn live_user_sessions(&self, user_id: &str, now: DateTime<Utc>) -> Vec<T::Session> {
        self.sessions_by_user
            .get(user_id)
            .filter_map(|(_, id)| self.live_session(id, now))
            .cloned()
            .collect()
    }

    pub fn update_session(
        &mut self,
        token: &str,
        update: UpdateSession,
        now: DateTime<Utc>,
    ) -> AuthResult<T::Session> {
        let current = self
            .live_session_by_token(token, now)
            .ok_or_else(|| AuthError::not_found(EntityKind::Session, REDACTED_TOKEN))?;
        let mut updated = current.clone();
        updated.apply_update(update, now)?;

        self.replace_session(updated.clone());
        Ok(updated)
    }

    /// Deletes every session of a user but the one with `keep_token`.
    pub fn delete_user_sessions(&mut self, user_id: &str, keep_token: Option<&str>) -> u64 {
        let keep_id = keep_token
            .and_then(|token| self.session_by_token.get(token))
            .cloned();
        let doomed: Vec<String> = self
            .sessions_by_user
            .ids(user_id)
            .into_iter()
            .filter(|id| Some(id) != keep_id.as_ref())
            .collect();

        for id in &doomed {
            self.remove_session(id);
        }
        doomed.len() as u64
    }

    pub fn delete_expired_sessions(&mut self, now: DateTime<Utc>) -> u64 {
        // NOTE: a full scan; an index by expiry would make this O(expired)
        // at the cost of maintaining it on every session update.
        let expired: Vec<String> = self
            .sessions
            .values()
            .filter(|session| !is_live(*session, now))
            .map(|session| session.id().to_owned())
            .collect();

        for id in &expired {
            self.remove_session(id);
        }
        expired.len() as u64
    }

    /// Replaces a stored session with an updated copy of itself.
    pub fn replace_session(&mut self, session: T::Session) {
        if let Some(previous) = self.sessions.remove(session.id()) {
            self.unindex_session(&previous);
        }
        self.index_session(&session);
        self.sessions.insert(session.id().to_owned(), session);
    }

    pub fn remove_session(&mut self, id: &str) -> bool {
        match self.sessions.remove(id) {
            Some(session) => {
                self.unindex_session(&session);
                true
            }
            None => false,
        }
    }

    pub fn session_id_by_token(&self, token: &str) -> Option<String> {
        self.session_by_token.get(token).cloned()
    }

    fn index_session(&mut self, session: &T::Session) {
        let id = session.id().to_owned();
        self.session_by_token
            .insert(session.token().to_owned(), id.clone());
        self.sessions_by_user
            .insert(session.user_id().to_owned(), session_key(session));
        if let Some(org_id) = session.active_organization_id() {
            self.sessions_by_active_org
                .entry(org_id.to_owned())
                .or_default()
                .insert(id);
        }
    }

    fn unindex_session(&mut self, session: &T::Session) {
        self.session_by_token.remove(session.token());
        self.sessions_by_user
            .remove(session.user_id(), &session_key(session));
        if let Some(org_id) = session.active_organization_id() {
            if let Some(ids) = self.sessions_by_active_org.get_mut(org_id) {
                ids.remove(session.id());
                if ids.is_empty() {
                    self.sessions_by_active_org.remove(org_id);
                }
            }
        }
    }
}
