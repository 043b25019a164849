//! Verifications: single-use values, newest first, invisible once expired.

use better_auth_core::{AuthError, AuthResult, AuthVerification, EntityKind};
use chrono::{DateTime, Utc};

use crate::state::{verification_key, State};
use crate::types::EntityTypes;

impl<T: EntityTypes> State<T> {
    pub fn insert_verification(
        &mut self,
        verification: T::Verification,
    ) -> AuthResult<T::Verification> {
        if self.verifications.contains_key(verification.id()) {
            return Err(AuthError::already_taken(EntityKind::Verification, "id"));
        }

        self.verifications_by_identifier.insert(
            verification.identifier().to_owned(),
            verification_key(&verification),
        );
        self.verifications
            .insert(verification.id().to_owned(), verification.clone());
        Ok(verification)
    }

    /// Returns the newest live verification of `identifier` that satisfies
    /// `matches`.
    pub fn newest_live_verification(
        &self,
        identifier: &str,
        now: DateTime<Utc>,
        matches: impl Fn(&T::Verification) -> bool,
    ) -> Option<&T::Verification> {
        self.verifications_by_identifier
            .get(identifier)
            .rev()
            .filter_map(|(_, id)| self.verifications.get(id))
            .find(|verification| verification.expires_at() > now && matches(verification))
    }

    /// Removes and returns the newest live row matching both keys. Runs under
    /// the adapter's lock, so concurrent consumers cannot both get it.
    pub fn consume_verification(
        &mut self,
        identifier: &str,
        value: &str,
        now: DateTime<Utc>,
    ) -> Option<T::Verification> {
        let id = self
            .newest_live_verification(identifier, now, |v| v.value() == value)?
            .id()
            .to_owned();
        self.remove_verification(&id)
    }

    pub fn delete_verifications(&mut self, identifier: &str) -> u64 {
        let ids = self.verifications_by_identifier.ids(identifier);
        for id in &ids {
            self.remove_verification(id);
        }
        ids.len() as u64
    }

    pub fn delete_expired_verifications(&mut self, now: DateTime<Utc>) -> u64 {
        // NOTE: a full scan, like expired sessions.
        let expired: Vec<String> = self
            .verifications
            .values()
            .filter(|verification| verification.expires_at() <= now)
            .map(|verification| verification.id().to_owned())
            .collect();

        for id in &expired {
            self.remove_verification(id);
        }
        expired.len() as u64
    }

    pub fn remove_verification(&mut self, id: &str) -> Option<T::Verification> {
        let verification = self.verifications.remove(id)?;
        self.verifications_by_identifier
            .remove(verification.identifier(), &verification_key(&verification));
        Some(verification)
    }
}
