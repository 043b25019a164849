//! Statements of the `member` table.

use better_auth_core::id::generate_id;
use better_auth_core::{
    validate, AuthError, AuthMember, AuthResult, CreateMember, EntityKind, Page,
};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use tracing::{debug, instrument};

use super::{
    execute, fetch_all, fetch_optional, fetch_optional_write, page_bounds, storable, write_one,
    Columns,
};
use crate::error::{map, map_with_references};
use crate::row::PgEntity;

#[instrument(
    level = "debug",
    name = "create_member",
    skip_all,
    fields(organization.id = %input.organization_id, user.id = %input.user_id)
)]
pub(crate) async fn create<M: AuthMember + PgEntity>(
    pool: &PgPool,
    mut input: CreateMember,
    now: DateTime<Utc>,
) -> AuthResult<M> {
    input.normalize()?;
    let id = input.id.take().unwrap_or_else(generate_id);
    let organization_id = input.organization_id.clone();
    let user_id = input.user_id.clone();
    let columns = Columns::new()
        .set("id", id)
        .set("organization_id", input.organization_id)
        .set("user_id", input.user_id)
        .set("role", input.role)
        .set("created_at", now)
        .custom(input.extra, M::custom_fields())?;

    let references = [
        ("organization_id", organization_id.as_str()),
        ("user_id", user_id.as_str()),
    ];
    let member: M = write_one(pool, columns.insert("member").build_query_as())
        .await
        .map_err(|err| map_with_references(err, &references))?;
    debug!(member.id = member.id(), "created member");
    Ok(member)
}

pub(crate) async fn get_by_user<M: PgEntity>(
    pool: &PgPool,
    organization_id: &str,
    user_id: &str,
) -> AuthResult<Option<M>> {
    if !storable(organization_id) || !storable(user_id) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM member WHERE organization_id = $1 AND user_id = $2")
        .bind(organization_id)
        .bind(user_id);
    fetch_optional(pool, query).await
}

pub(crate) async fn get_by_id<M: PgEntity>(pool: &PgPool, id: &str) -> AuthResult<Option<M>> {
    if !storable(id) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM member WHERE id = $1").bind(id);
    fetch_optional(pool, query).await
}

/// Replaces the role; `member` has no `updated_at` column.
#[instrument(level = "debug", name = "update_member_role", skip_all, fields(member.id = id))]
pub(crate) async fn update_role<M: PgEntity>(pool: &PgPool, id: &str, role: &str) -> AuthResult<M> {
    validate::non_empty_text("role", role)?;
    if !storable(id) {
        return Err(AuthError::not_found(EntityKind::Member, id));
    }
    let query = sqlx::query_as("UPDATE member SET role = $2 WHERE id = $1 RETURNING *")
        .bind(id)
        .bind(role);
    fetch_optional_write(pool, query)
        .await?
        .ok_or_else(|| AuthError::not_found(EntityKind::Member, id))
}

pub(crate) async fn delete(pool: &PgPool, id: &str) -> AuthResult<()> {
    if !storable(id) {
        return Ok(());
    }
    execute(
        pool,
        sqlx::query("DELETE FROM member WHERE id = $1").bind(id),
    )
    .await?;
    Ok(())
}

/// Lists one page of an organization's members, oldest first.
pub(crate) async fn list_for_organization<M: PgEntity>(
    pool: &PgPool,
    organization_id: &str,
    page: Page,
) -> AuthResult<Vec<M>> {
    if !storable(organization_id) {
        return Ok(Vec::new());
    }
    let (limit, offset) = page_bounds(page);
    let query = sqlx::query_as(
        "SELECT * FROM member WHERE organization_id = $1 \
         ORDER BY created_at, id LIMIT $2 OFFSET $3",
    )
    .bind(organization_id)
    .bind(limit)
    .bind(offset);
    fetch_all(pool, query).await
}

pub(crate) async fn count_for_organization(
    pool: &PgPool,
    organization_id: &str,
) -> AuthResult<u64> {
    if !storable(organization_id) {
        return Ok(0);
    }
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM member WHERE organization_id = $1")
        .bind(organization_id)
        .fetch_one(pool)
        .await
        .map_err(map)?;
    Ok(u64::try_from(count).unwrap_or_default())
}
