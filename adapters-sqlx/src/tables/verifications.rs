//! Statements of the `verifications` table. A verification with
//! `expires_at <= now` is invisible to reads and consumes; `now` is a bound
//! parameter.

use better_auth_core::id::generate_id;
use better_auth_core::{AuthResult, AuthVerification, CreateVerification};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use tracing::{debug, instrument};

use super::{execute, fetch_optional, fetch_optional_write, storable, write_one, Columns};
use crate::error::map;
use crate::row::PgEntity;

/// Deletes the newest live row matching identifier and value and returns
/// it. `FOR UPDATE SKIP LOCKED` makes concurrent consumers of one row
/// race for its lock: the winner deletes it, the others skip it and find no
/// other match, so exactly one gets the row.
const CONSUME: &str = "\
DELETE FROM verifications WHERE id = (
    SELECT id FROM verifications
    WHERE identifier = $1 AND value = $2 AND expires_at > $3
    ORDER BY created_at DESC, id DESC
    LIMIT 1
    FOR UPDATE SKIP LOCKED
) RETURNING *";

#[instrument(level = "debug", name = "create_verification", skip_all)]
pub(crate) async fn create<V: AuthVerification + PgEntity>(
    pool: &PgPool,
    mut input: CreateVerification,
    now: DateTime<Utc>,
) -> AuthResult<V> {
    input.normalize()?;
    let id = input.id.take().unwrap_or_else(generate_id);
    let columns = Columns::new()
        .set("id", id)
        .set("identifier", input.identifier)
        .set("value", input.value)
        .set("expires_at", input.expires_at)
        .set("created_at", now)
        .set("updated_at", now)
        .custom(input.extra, V::custom_fields())?;

    let verification: V = write_one(pool, columns.insert("verifications").build_query_as())
        .await
        .map_err(map)?;
    debug!(verification.id = verification.id(), "created verification");
    Ok(verification)
}

/// Returns the newest live row of `identifier`.
pub(crate) async fn get_newest<V: PgEntity>(
    pool: &PgPool,
    identifier: &str,
    now: DateTime<Utc>,
) -> AuthResult<Option<V>> {
    if !storable(identifier) {
        return Ok(None);
    }
    let query = sqlx::query_as(
        "SELECT * FROM verifications WHERE identifier = $1 AND expires_at > $2 \
         ORDER BY created_at DESC, id DESC LIMIT 1",
    )
    .bind(identifier)
    .bind(now);
    fetch_optional(pool, query).await
}

#[instrument(level = "debug", name = "consume_verification", skip_all)]
pub(crate) async fn consume<V: AuthVerification + PgEntity>(
    pool: &PgPool,
    identifier: &str,
    value: &str,
    now: DateTime<Utc>,
) -> AuthResult<Option<V>> {
    if !storable(identifier) || !storable(value) {
        return Ok(None);
    }
    let query = sqlx::query_as(CONSUME)
        .bind(identifier)
        .bind(value)
        .bind(now);
    let consumed: Option<V> = fetch_optional_write(pool, query).await?;
    if let Some(verification) = &consumed {
        debug!(verification.id = verification.id(), "consumed verification");
    }
    Ok(consumed)
}

pub(crate) async fn delete(pool: &PgPool, id: &str) -> AuthResult<()> {
    if !storable(id) {
        return Ok(());
    }
    execute(
        pool,
        sqlx::query("DELETE FROM verifications WHERE id = $1").bind(id),
    )
    .await?;
    Ok(())
}

/// Deletes every row of `identifier`, expired or not.
pub(crate) async fn delete_for_identifier(pool: &PgPool, identifier: &str) -> AuthResult<u64> {
    if !storable(identifier) {
        return Ok(0);
    }
    let query = sqlx::query("DELETE FROM verifications WHERE identifier = $1").bind(identifier);
    execute(pool, query).await
}

#[instrument(level = "debug", name = "delete_expired_verifications", skip_all)]
pub(crate) async fn delete_expired(pool: &PgPool, now: DateTime<Utc>) -> AuthResult<u64> {
    let query = sqlx::query("DELETE FROM verifications WHERE expires_at <= $1").bind(now);
    let deleted = execute(pool, query).await?;
    debug!(deleted, "deleted expired verifications");
    Ok(deleted)
}
