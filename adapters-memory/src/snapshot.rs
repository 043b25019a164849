//! Export the whole store to JSON and rebuild a store from it.
//!
//! A snapshot is `{"version": 1, "users": [...], "sessions": [...], ...}`
//! with every row, secrets included (session tokens, password hashes,
//! verification values): store it like a database dump. Rows appear in list
//! order, so exporting the same state twice gives the same text.

use better_auth_core::validate::normalize_email;
use better_auth_core::{AuthError, AuthInvitation, AuthResult, AuthUser, SnapshotRecord};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::index::OrderKey;
use crate::state::{
    account_key, invitation_key, member_key, organization_key, session_key, verification_key, State,
};
use crate::types::EntityTypes;
use crate::MemoryDatabaseAdapter;

/// Format version written by [`MemoryDatabaseAdapter::export_snapshot`].
pub const SNAPSHOT_VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct SnapshotDocument {
    version: u32,
    users: Vec<Value>,
    sessions: Vec<Value>,
    accounts: Vec<Value>,
    verifications: Vec<Value>,
    organizations: Vec<Value>,
    members: Vec<Value>,
    invitations: Vec<Value>,
}

impl<U, S, A, O, M, I, V> MemoryDatabaseAdapter<U, S, A, O, M, I, V>
where
    (U, S, A, O, M, I, V): EntityTypes,
{
    /// Serializes every row of the store to a JSON document.
    pub fn export_snapshot(&self) -> AuthResult<String> {
        let document = self.with_state(|state| export_document(state))?;
        serde_json::to_string(&document).map_err(|err| AuthError::Internal {
            message: "cannot write the snapshot as JSON".to_owned(),
            source: Some(Box::new(err)),
        })
    }

    /// Rebuilds a store from [`export_snapshot`](Self::export_snapshot)
    /// output, on the system clock (chain [`with_clock`](Self::with_clock)
    /// to replace it). Call it through a concrete type, for example
    /// `let store: MemoryDatabaseAdapter = MemoryDatabaseAdapter::from_snapshot(json)?;`
    /// or `AppDb::from_snapshot(json)?` with a type alias.
    ///
    /// Returns invalid input on the field `snapshot`, naming the row, for a
    /// document of another version or a row that does not fit its entity
    /// type. The same applies to a row that breaks a unique key, references a
    /// missing user or organization, or has an email that is not normalized.
    pub fn from_snapshot(json: &str) -> AuthResult<Self> {
        let document: SnapshotDocument = serde_json::from_str(json)
            .map_err(|err| snapshot_error(format!("not a snapshot document: {err}")))?;
        if document.version != SNAPSHOT_VERSION {
            return Err(snapshot_error(format!(
                "version {} is not supported; this build reads version {SNAPSHOT_VERSION}",
                document.version
            )));
        }
        Ok(Self::from_state(import_document(document)?))
    }
}

fn snapshot_error(reason: String) -> AuthError {
    AuthError::invalid("snapshot", reason)
}

fn export_document<T: EntityTypes>(state: &State<T>) -> AuthResult<SnapshotDocument> {
    let users = state
        .user_order
        .iter()
        .filter_map(|(_, id)| state.users.get(id))
        .map(SnapshotRecord::to_snapshot)
        .collect::<AuthResult<_>>()?;

    Ok(SnapshotDocument {
        version: SNAPSHOT_VERSION,
        users,
        sessions: in_list_order(state.sessions.values(), session_key)?,
        accounts: in_list_order(state.accounts.values(), account_key)?,
        verifications: in_list_order(state.verifications.values(), verification_key)?,
        organizations: in_list_order(state.organizations.values(), organization_key)?,
        members: in_list_order(state.members.values(), member_key)?,
        invitations: in_list_order(state.invitations.values(), invitation_key)?,
    })
}

fn in_list_order<'a, R: SnapshotRecord + 'a>(
    rows: impl Iterator<Item = &'a R>,
    key: impl Fn(&R) -> OrderKey,
) -> AuthResult<Vec<Value>> {
    let mut rows: Vec<&R> = rows.collect();
    rows.sort_by_cached_key(|row| key(row));
    rows.into_iter().map(SnapshotRecord::to_snapshot).collect()
}

/// Inserts rows parents first, through the same checks as the adapter's
/// create operations.
fn import_document<T: EntityTypes>(document: SnapshotDocument) -> AuthResult<State<T>> {
    let mut state = State::<T>::default();

    import_rows(
        &mut state,
        "users",
        document.users,
        |state, user: T::User| {
            check_normalized_email(user.email())?;
            state.insert_user(user).map(drop)
        },
    )?;
    import_rows(
        &mut state,
        "organizations",
        document.organizations,
        |state, row| state.insert_organization(row).map(drop),
    )?;
    import_rows(&mut state, "sessions", document.sessions, |state, row| {
        state.insert_session(row).map(drop)
    })?;
    import_rows(&mut state, "accounts", document.accounts, |state, row| {
        state.insert_account(row).map(drop)
    })?;
    import_rows(
        &mut state,
        "verifications",
        document.verifications,
        |state, row| state.insert_verification(row).map(drop),
    )?;
    import_rows(&mut state, "members", document.members, |state, row| {
        state.insert_member(row).map(drop)
    })?;
    import_rows(
        &mut state,
        "invitations",
        document.invitations,
        |state, row: T::Invitation| {
            check_normalized_email(Some(row.email()))?;
            state.insert_invitation(row).map(drop)
        },
    )?;
    Ok(state)
}

/// Decodes and inserts the rows of one table, naming the failing row.
fn import_rows<T: EntityTypes, R: SnapshotRecord>(
    state: &mut State<T>,
    table: &str,
    rows: Vec<Value>,
    mut insert: impl FnMut(&mut State<T>, R) -> AuthResult<()>,
) -> AuthResult<()> {
    for (index, value) in rows.into_iter().enumerate() {
        R::from_snapshot(value)
            .and_then(|row| insert(state, row))
            .map_err(|err| snapshot_error(format!("{table}[{index}]: {err}")))?;
    }
    Ok(())
}

fn check_normalized_email(email: Option<&str>) -> AuthResult<()> {
    let Some(email) = email else {
        return Ok(());
    };
    if normalize_email("email", email)? != email {
        return Err(AuthError::invalid(
            "email",
            "is not trimmed and lower-cased",
        ));
    }
    Ok(())
}
