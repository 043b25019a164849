//! Statements of the `accounts` table.

use better_auth_core::id::generate_id;
use better_auth_core::{
    AuthAccount, AuthError, AuthResult, CreateAccount, EntityKind, UpdateAccount,
};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use tracing::{debug, instrument};

use super::{execute, fetch_all, fetch_optional, storable, update_by_id, write_one, Columns};
use crate::error::map_with_references;
use crate::row::PgEntity;

#[instrument(level = "debug", name = "create_account", skip_all, fields(user.id = %input.user_id))]
pub(crate) async fn create<A: AuthAccount + PgEntity>(
    pool: &PgPool,
    mut input: CreateAccount,
    now: DateTime<Utc>,
) -> AuthResult<A> {
    input.normalize()?;
    let id = input.id.take().unwrap_or_else(generate_id);
    let user_id = input.user_id.clone();
    let columns = Columns::new()
        .set("id", id)
        .set("account_id", input.account_id)
        .set("provider_id", input.provider_id)
        .set("user_id", input.user_id)
        .set("access_token", input.access_token)
        .set("refresh_token", input.refresh_token)
        .set("id_token", input.id_token)
        .set("access_token_expires_at", input.access_token_expires_at)
        .set("refresh_token_expires_at", input.refresh_token_expires_at)
        .set("scope", input.scope)
        .set("password", input.password)
        .set("created_at", now)
        .set("updated_at", now)
        .custom(input.extra, A::custom_fields())?;

    let account: A = write_one(pool, columns.insert("accounts").build_query_as())
        .await
        .map_err(|err| map_with_references(err, &[("user_id", &user_id)]))?;
    debug!(account.id = account.id(), "created account");
    Ok(account)
}

pub(crate) async fn get_by_provider<A: PgEntity>(
    pool: &PgPool,
    provider_id: &str,
    account_id: &str,
) -> AuthResult<Option<A>> {
    if !storable(provider_id) || !storable(account_id) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM accounts WHERE provider_id = $1 AND account_id = $2")
        .bind(provider_id)
        .bind(account_id);
    fetch_optional(pool, query).await
}

pub(crate) async fn get_by_id<A: PgEntity>(pool: &PgPool, id: &str) -> AuthResult<Option<A>> {
    if !storable(id) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM accounts WHERE id = $1").bind(id);
    fetch_optional(pool, query).await
}

pub(crate) async fn list_for_user<A: PgEntity>(pool: &PgPool, user_id: &str) -> AuthResult<Vec<A>> {
    if !storable(user_id) {
        return Ok(Vec::new());
    }
    let query = sqlx::query_as("SELECT * FROM accounts WHERE user_id = $1 ORDER BY created_at, id")
        .bind(user_id);
    fetch_all(pool, query).await
}

#[instrument(level = "debug", name = "update_account", skip_all, fields(account.id = id))]
pub(crate) async fn update<A: AuthAccount + PgEntity>(
    pool: &PgPool,
    id: &str,
    mut update: UpdateAccount,
    now: DateTime<Utc>,
) -> AuthResult<A> {
    update.normalize()?;
    if !storable(id) {
        return Err(AuthError::not_found(EntityKind::Account, id));
    }
    let columns = Columns::new()
        .patch("access_token", update.access_token)
        .patch("refresh_token", update.refresh_token)
        .patch("id_token", update.id_token)
        .patch("access_token_expires_at", update.access_token_expires_at)
        .patch("refresh_token_expires_at", update.refresh_token_expires_at)
        .patch("scope", update.scope)
        .patch("password", update.password)
        .set("updated_at", now)
        .custom(update.extra, A::custom_fields())?;
    update_by_id(pool, columns, "accounts", EntityKind::Account, id).await
}

pub(crate) async fn delete(pool: &PgPool, id: &str) -> AuthResult<()> {
    if !storable(id) {
        return Ok(());
    }
    execute(
        pool,
        sqlx::query("DELETE FROM accounts WHERE id = $1").bind(id),
    )
    .await?;
    Ok(())
}
