//! Statements of the `invitation` table. Pending reads hide invitations
//! with `expires_at <= now`; `now` is a bound parameter.

use better_auth_core::id::generate_id;
use better_auth_core::{
    AuthError, AuthInvitation, AuthResult, CreateInvitation, EntityKind, InvitationStatus,
};
use chrono::{DateTime, Utc};
use sqlx::{PgPool, Row};
use tracing::{debug, instrument};

use super::{fetch_all, fetch_optional, lookup_email, storable, write_one, Columns};
use crate::error::{map, map_with_references};
use crate::row::PgEntity;

/// Alias of the status found by [`UPDATE_STATUS`], before any change.
const FOUND_STATUS_COLUMN: &str = "better_auth_found_status";

/// Compare-and-set of the status in one statement.
///
/// `target` locks the row and reads its latest committed status, waiting
/// for a concurrent change to commit first. `updated` changes the row only
/// if that status is the expected one. The statement returns no row when
/// the id is missing. Otherwise it returns one row with the found status,
/// plus the updated columns when the update happened.
const UPDATE_STATUS: &str = "\
WITH target AS (
    SELECT id, status FROM invitation WHERE id = $1 FOR UPDATE
), updated AS (
    UPDATE invitation SET status = $3
    FROM target
    WHERE invitation.id = target.id AND target.status = $2
    RETURNING invitation.*
)
SELECT target.status AS better_auth_found_status, updated.*
FROM target LEFT JOIN updated ON TRUE";

#[instrument(
    level = "debug",
    name = "create_invitation",
    skip_all,
    fields(organization.id = %input.organization_id, inviter.id = %input.inviter_id)
)]
pub(crate) async fn create<I: AuthInvitation + PgEntity>(
    pool: &PgPool,
    mut input: CreateInvitation,
    now: DateTime<Utc>,
) -> AuthResult<I> {
    input.normalize()?;
    let id = input.id.take().unwrap_or_else(generate_id);
    let organization_id = input.organization_id.clone();
    let inviter_id = input.inviter_id.clone();
    let columns = Columns::new()
        .set("id", id)
        .set("organization_id", input.organization_id)
        .set("email", input.email)
        .set("role", input.role)
        .set("status", input.status.as_str().to_owned())
        .set("inviter_id", input.inviter_id)
        .set("expires_at", input.expires_at)
        .set("created_at", now)
        .custom(input.extra, I::custom_fields())?;

    let references = [
        ("organization_id", organization_id.as_str()),
        ("inviter_id", inviter_id.as_str()),
    ];
    let invitation: I = write_one(pool, columns.insert("invitation").build_query_as())
        .await
        .map_err(|err| map_with_references(err, &references))?;
    debug!(invitation.id = invitation.id(), "created invitation");
    Ok(invitation)
}

/// Finds an invitation by id, whatever its status or expiry.
pub(crate) async fn get_by_id<I: PgEntity>(pool: &PgPool, id: &str) -> AuthResult<Option<I>> {
    if !storable(id) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM invitation WHERE id = $1").bind(id);
    fetch_optional(pool, query).await
}

/// Returns the newest live pending invitation of `email` to an organization.
pub(crate) async fn get_pending<I: PgEntity>(
    pool: &PgPool,
    organization_id: &str,
    email: &str,
    now: DateTime<Utc>,
) -> AuthResult<Option<I>> {
    let Some(email) = lookup_email(email) else {
        return Ok(None);
    };
    if !storable(organization_id) {
        return Ok(None);
    }
    let query = sqlx::query_as(
        "SELECT * FROM invitation \
         WHERE organization_id = $1 AND email = $2 AND status = 'pending' AND expires_at > $3 \
         ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(organization_id)
    .bind(email)
    .bind(now);
    fetch_optional(pool, query).await
}

#[instrument(level = "debug", name = "update_invitation_status", skip_all, fields(invitation.id = id))]
pub(crate) async fn update_status<I: PgEntity>(
    pool: &PgPool,
    id: &str,
    expected: InvitationStatus,
    to: InvitationStatus,
) -> AuthResult<I> {
    if !storable(id) {
        return Err(AuthError::not_found(EntityKind::Invitation, id));
    }
    // A transaction, so a row that cannot be decoded rolls the change back.
    let mut transaction = pool.begin().await.map_err(map)?;
    let row = sqlx::query(UPDATE_STATUS)
        .bind(id)
        .bind(expected.as_str())
        .bind(to.as_str())
        .fetch_optional(&mut *transaction)
        .await
        .map_err(map)?
        .ok_or_else(|| AuthError::not_found(EntityKind::Invitation, id))?;

    // `updated.id` is NULL when the status did not match.
    let updated_id: Option<String> = row.try_get("id").map_err(map)?;
    if updated_id.is_none() {
        let found: String = row.try_get(FOUND_STATUS_COLUMN).map_err(map)?;
        debug!(%expected, %found, "invitation status did not match");
        return Err(status_conflict(expected, &found));
    }
    let invitation = I::from_row(&row).map_err(map)?;
    transaction.commit().await.map_err(map)?;
    debug!(from = %expected, %to, "changed invitation status");
    Ok(invitation)
}

fn status_conflict(expected: InvitationStatus, found: &str) -> AuthError {
    match found.parse::<InvitationStatus>() {
        Ok(found) => AuthError::invitation_status_conflict(expected, found),
        // A status written by another program: report it as stored.
        Err(_) => AuthError::conflict(
            EntityKind::Invitation,
            "status",
            format!("expected {expected}, found {found}"),
        ),
    }
}

/// Lists every invitation of an organization, any status, oldest first.
pub(crate) async fn list_for_organization<I: PgEntity>(
    pool: &PgPool,
    organization_id: &str,
) -> AuthResult<Vec<I>> {
    if !storable(organization_id) {
        return Ok(Vec::new());
    }
    let query = sqlx::query_as(
        "SELECT * FROM invitation WHERE organization_id = $1 ORDER BY created_at, id",
    )
    .bind(organization_id);
    fetch_all(pool, query).await
}

/// Lists the live pending invitations of `email`, oldest first.
pub(crate) async fn list_pending<I: PgEntity>(
    pool: &PgPool,
    email: &str,
    now: DateTime<Utc>,
) -> AuthResult<Vec<I>> {
    let Some(email) = lookup_email(email) else {
        return Ok(Vec::new());
    };
    let query = sqlx::query_as(
        "SELECT * FROM invitation \
         WHERE email = $1 AND status = 'pending' AND expires_at > $2 \
         ORDER BY created_at, id",
    )
    .bind(email)
    .bind(now);
    fetch_all(pool, query).await
}
