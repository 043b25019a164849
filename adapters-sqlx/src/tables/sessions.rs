//! Statements of the `sessions` table. A session with `expires_at <= now`
//! is invisible to every read and update; `now` is a bound parameter.

use better_auth_core::id::generate_id;
use better_auth_core::{
    AuthError, AuthResult, AuthSession, CreateSession, EntityKind, UpdateSession,
};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use tracing::{debug, instrument};

use super::{
    execute, fetch_all, fetch_optional, fetch_optional_write, storable, write_one, Columns,
};
use crate::error::map_with_references;
use crate::row::PgEntity;

/// Placeholder for the session token in errors, which must never contain it.
const REDACTED_TOKEN: &str = "[redacted token]";

#[instrument(level = "debug", name = "create_session", skip_all, fields(user.id = %input.user_id))]
pub(crate) async fn create<S: AuthSession + PgEntity>(
    pool: &PgPool,
    mut input: CreateSession,
    now: DateTime<Utc>,
) -> AuthResult<S> {
    input.normalize()?;
    let id = input.id.take().unwrap_or_else(generate_id);
    let user_id = input.user_id.clone();
    let columns = Columns::new()
        .set("id", id)
        .set("expires_at", input.expires_at)
        .set("token", input.token)
        .set("ip_address", input.ip_address)
        .set("user_agent", input.user_agent)
        .set("user_id", input.user_id)
        .set("impersonated_by", input.impersonated_by)
        .set("active_organization_id", input.active_organization_id)
        .set("active", true)
        .set("created_at", now)
        .set("updated_at", now)
        .custom(input.extra, S::custom_fields())?;

    let session: S = write_one(pool, columns.insert("sessions").build_query_as())
        .await
        .map_err(|err| map_with_references(err, &[("user_id", &user_id)]))?;
    debug!(session.id = session.id(), "created session");
    Ok(session)
}

pub(crate) async fn get_by_token<S: PgEntity>(
    pool: &PgPool,
    token: &str,
    now: DateTime<Utc>,
) -> AuthResult<Option<S>> {
    if !storable(token) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM sessions WHERE token = $1 AND expires_at > $2")
        .bind(token)
        .bind(now);
    fetch_optional(pool, query).await
}

pub(crate) async fn get_by_id<S: PgEntity>(
    pool: &PgPool,
    id: &str,
    now: DateTime<Utc>,
) -> AuthResult<Option<S>> {
    if !storable(id) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM sessions WHERE id = $1 AND expires_at > $2")
        .bind(id)
        .bind(now);
    fetch_optional(pool, query).await
}

pub(crate) async fn list_for_user<S: PgEntity>(
    pool: &PgPool,
    user_id: &str,
    now: DateTime<Utc>,
) -> AuthResult<Vec<S>> {
    if !storable(user_id) {
        return Ok(Vec::new());
    }
    let query = sqlx::query_as(
        "SELECT * FROM sessions WHERE user_id = $1 AND expires_at > $2 ORDER BY created_at, id",
    )
    .bind(user_id)
    .bind(now);
    fetch_all(pool, query).await
}

#[instrument(level = "debug", name = "update_session", skip_all)]
pub(crate) async fn update<S: AuthSession + PgEntity>(
    pool: &PgPool,
    token: &str,
    mut update: UpdateSession,
    now: DateTime<Utc>,
) -> AuthResult<S> {
    update.normalize()?;
    if !storable(token) {
        return Err(AuthError::not_found(EntityKind::Session, REDACTED_TOKEN));
    }
    let mut query = Columns::new()
        .patch("expires_at", update.expires_at)
        .patch("active_organization_id", update.active_organization_id)
        .patch("ip_address", update.ip_address)
        .patch("user_agent", update.user_agent)
        .patch("active", update.active)
        .set("updated_at", now)
        .custom(update.extra, S::custom_fields())?
        .update("sessions");
    query
        .push(" WHERE token = ")
        .push_bind(token.to_owned())
        .push(" AND expires_at > ")
        .push_bind(now)
        .push(" RETURNING *");

    let session: S = fetch_optional_write(pool, query.build_query_as())
        .await?
        .ok_or_else(|| AuthError::not_found(EntityKind::Session, REDACTED_TOKEN))?;
    debug!(session.id = session.id(), "updated session");
    Ok(session)
}

/// Deletes the session with this token, expired or not.
pub(crate) async fn delete(pool: &PgPool, token: &str) -> AuthResult<()> {
    if !storable(token) {
        return Ok(());
    }
    execute(
        pool,
        sqlx::query("DELETE FROM sessions WHERE token = $1").bind(token),
    )
    .await?;
    Ok(())
}

/// Deletes every session of a user except the one with `keep_token`.
#[instrument(level = "debug", name = "delete_user_sessions", skip_all, fields(user.id = user_id))]
pub(crate) async fn delete_for_user(
    pool: &PgPool,
    user_id: &str,
    keep_token: Option<&str>,
) -> AuthResult<u64> {
    if !storable(user_id) {
        return Ok(0);
    }
    // A NUL keep token matches no session, so every session goes.
    let keep_token = keep_token.filter(|token| storable(token));
    let query =
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token IS DISTINCT FROM $2")
            .bind(user_id)
            .bind(keep_token);
    let deleted = execute(pool, query).await?;
    debug!(deleted, "deleted sessions of user");
    Ok(deleted)
}

#[instrument(level = "debug", name = "delete_expired_sessions", skip_all)]
pub(crate) async fn delete_expired(pool: &PgPool, now: DateTime<Utc>) -> AuthResult<u64> {
    let query = sqlx::query("DELETE FROM sessions WHERE expires_at <= $1").bind(now);
    let deleted = execute(pool, query).await?;
    debug!(deleted, "deleted expired sessions");
    Ok(deleted)
}
