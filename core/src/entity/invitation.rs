use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::AuthInvitation;
use crate::error::{AuthError, AuthResult, EntityKind};
use crate::input::CreateInvitation;
use crate::memory::{MemoryInvitation, SnapshotRecord};
use crate::{snapshot, validate};

/// State of an invitation; stored as its lowercase name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InvitationStatus {
    #[default]
    Pending,
    Accepted,
    Rejected,
    Canceled,
}

impl InvitationStatus {
    /// Returns the stored name: `pending`, `accepted`, `rejected` or `canceled`.
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationStatus::Pending => "pending",
            InvitationStatus::Accepted => "accepted",
            InvitationStatus::Rejected => "rejected",
            InvitationStatus::Canceled => "canceled",
        }
    }
}

impl fmt::Display for InvitationStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for InvitationStatus {
    type Err = AuthError;

    /// Parses a stored name; anything else is invalid input, never `Pending`.
    fn from_str(value: &str) -> AuthResult<Self> {
        match value {
            "pending" => Ok(InvitationStatus::Pending),
            "accepted" => Ok(InvitationStatus::Accepted),
            "rejected" => Ok(InvitationStatus::Rejected),
            "canceled" => Ok(InvitationStatus::Canceled),
            _ => Err(AuthError::invalid(
                "status",
                format!(
                    "unknown invitation status {value:?}: expected pending, accepted, rejected or canceled"
                ),
            )),
        }
    }
}

impl TryFrom<String> for InvitationStatus {
    type Error = AuthError;

    /// Parses a stored name like [`str::parse`]; used to decode the `TEXT`
    /// column, so an unknown status is an error, never `Pending`.
    fn try_from(value: String) -> AuthResult<Self> {
        value.parse()
    }
}

impl AuthError {
    /// Builds the conflict every adapter returns when a guarded invitation
    /// status change finds `found` instead of `expected`.
    pub fn invitation_status_conflict(expected: InvitationStatus, found: InvitationStatus) -> Self {
        AuthError::conflict(
            EntityKind::Invitation,
            "status",
            format!("expected {expected}, found {found}"),
        )
    }
}

/// Built-in invitation, with exactly the columns of the `invitation` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "sqlx", derive(sqlx::FromRow))]
#[serde(deny_unknown_fields)]
pub struct Invitation {
    pub id: String,
    pub organization_id: String,
    pub email: String,
    pub role: String,
    #[cfg_attr(feature = "sqlx", sqlx(try_from = "String"))]
    pub status: InvitationStatus,
    pub inviter_id: String,
    pub expires_at: DateTime<Utc>,
    pub created_at: DateTime<Utc>,
}

impl AuthInvitation for Invitation {
    fn id(&self) -> &str {
        &self.id
    }
    fn organization_id(&self) -> &str {
        &self.organization_id
    }
    fn email(&self) -> &str {
        &self.email
    }
    fn role(&self) -> &str {
        &self.role
    }
    fn status(&self) -> InvitationStatus {
        self.status
    }
    fn inviter_id(&self) -> &str {
        &self.inviter_id
    }
    fn expires_at(&self) -> DateTime<Utc> {
        self.expires_at
    }
    fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
}

impl SnapshotRecord for Invitation {
    fn to_snapshot(&self) -> AuthResult<Value> {
        snapshot::to_value_with_secrets(EntityKind::Invitation, self, &[])
    }

    fn from_snapshot(value: Value) -> AuthResult<Self> {
        snapshot::from_value(EntityKind::Invitation, value)
    }
}

impl MemoryInvitation for Invitation {
    fn from_create(input: CreateInvitation, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        validate::no_extra(&input.extra)?;
        Ok(Invitation {
            id,
            organization_id: input.organization_id,
            email: input.email,
            role: input.role,
            status: input.status,
            inviter_id: input.inviter_id,
            expires_at: input.expires_at,
            created_at: now,
        })
    }

    fn set_status(&mut self, status: InvitationStatus) {
        self.status = status;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_round_trips_through_its_name() {
        for status in [
            InvitationStatus::Pending,
            InvitationStatus::Accepted,
            InvitationStatus::Rejected,
            InvitationStatus::Canceled,
        ] {
            assert_eq!(status.as_str().parse::<InvitationStatus>().unwrap(), status);
        }
    }

    #[test]
    fn unknown_status_is_an_error() {
        let err = "cancelled".parse::<InvitationStatus>().unwrap_err();
        assert_eq!(err.field(), Some("status"));
    }

    #[test]
    fn unknown_status_in_json_is_an_error() {
        assert!(serde_json::from_str::<InvitationStatus>("\"expired\"").is_err());
    }
}
