//! The one error type every adapter and flow returns.

use std::borrow::Cow;
use std::error::Error as StdError;
use std::fmt;

/// Result alias used by every fallible operation in better-auth.
pub type AuthResult<T> = Result<T, AuthError>;

/// Boxed source error kept inside [`AuthError`] variants.
pub type BoxError = Box<dyn StdError + Send + Sync + 'static>;

/// The kind of stored record an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntityKind {
    User,
    Session,
    Account,
    Verification,
    Organization,
    Member,
    Invitation,
}

impl EntityKind {
    /// Lowercase name used in error messages and snapshots.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::User => "user",
            EntityKind::Session => "session",
            EntityKind::Account => "account",
            EntityKind::Verification => "verification",
            EntityKind::Organization => "organization",
            EntityKind::Member => "member",
            EntityKind::Invitation => "invitation",
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Errors returned by adapters and auth flows.
///
/// Messages are lowercase and name the offending value, except for emails,
/// tokens and secrets, which are never put into a message.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum AuthError {
    /// No row has the given id or key; returned by updates, never by gets.
    #[error("{entity} not found: {id}")]
    NotFound { entity: EntityKind, id: String },

    /// A unique key is taken, or a guarded update found another state.
    #[error("{entity} conflict on {field}: {detail}")]
    Conflict {
        entity: EntityKind,
        field: Cow<'static, str>,
        detail: String,
    },

    /// The input breaks a rule of the schema or the contract.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        field: Cow<'static, str>,
        reason: String,
    },

    /// The backend cannot be reached or timed out; retrying may succeed.
    #[error("storage unavailable: {message}")]
    Unavailable {
        message: String,
        #[source]
        source: Option<BoxError>,
    },

    /// A bug or broken invariant in better-auth or the backend.
    #[error("internal error: {message}")]
    Internal {
        message: String,
        #[source]
        source: Option<BoxError>,
    },
}

impl AuthError {
    /// Builds [`AuthError::NotFound`] for the row `id` of `entity`.
    pub fn not_found(entity: EntityKind, id: impl Into<String>) -> Self {
        AuthError::NotFound {
            entity,
            id: id.into(),
        }
    }

    /// Builds [`AuthError::Conflict`] on `field` with a short `detail`.
    pub fn conflict(
        entity: EntityKind,
        field: impl Into<Cow<'static, str>>,
        detail: impl Into<String>,
    ) -> Self {
        AuthError::Conflict {
            entity,
            field: field.into(),
            detail: detail.into(),
        }
    }

    /// Builds [`AuthError::Conflict`] for a unique key that is already taken.
    pub fn already_taken(entity: EntityKind, field: impl Into<Cow<'static, str>>) -> Self {
        Self::conflict(entity, field, "already taken")
    }

    /// Builds [`AuthError::InvalidInput`] on `field`.
    pub fn invalid(field: impl Into<Cow<'static, str>>, reason: impl Into<String>) -> Self {
        AuthError::InvalidInput {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// Builds [`AuthError::Unavailable`] keeping `source`.
    pub fn unavailable(message: impl Into<String>, source: impl Into<BoxError>) -> Self {
        AuthError::Unavailable {
            message: message.into(),
            source: Some(source.into()),
        }
    }

    /// Builds [`AuthError::Internal`] without a source.
    pub fn internal(message: impl Into<String>) -> Self {
        AuthError::Internal {
            message: message.into(),
            source: None,
        }
    }

    /// Returns the field at fault for conflicts and invalid input.
    pub fn field(&self) -> Option<&str> {
        match self {
            AuthError::Conflict { field, .. } | AuthError::InvalidInput { field, .. } => {
                Some(field)
            }
            _ => None,
        }
    }

    /// Returns `true` for [`AuthError::NotFound`].
    pub fn is_not_found(&self) -> bool {
        matches!(self, AuthError::NotFound { .. })
    }

    /// Returns `true` for [`AuthError::Conflict`].
    pub fn is_conflict(&self) -> bool {
        matches!(self, AuthError::Conflict { .. })
    }

    /// Returns `true` for [`AuthError::InvalidInput`].
    pub fn is_invalid_input(&self) -> bool {
        matches!(self, AuthError::InvalidInput { .. })
    }

    /// Returns `true` for [`AuthError::Unavailable`].
    pub fn is_unavailable(&self) -> bool {
        matches!(self, AuthError::Unavailable { .. })
    }
}
