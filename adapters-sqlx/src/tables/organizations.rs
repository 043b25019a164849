//! Statements of the `organization` table.

use better_auth_core::id::generate_id;
use better_auth_core::input::empty_metadata;
use better_auth_core::{
    AuthError, AuthOrganization, AuthResult, CreateOrganization, EntityKind, UpdateOrganization,
};
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use tracing::{debug, instrument};

use super::{execute, fetch_all, fetch_optional, storable, update_by_id, write_one, Columns};
use crate::error::map;
use crate::row::PgEntity;

#[instrument(level = "debug", name = "create_organization", skip_all)]
pub(crate) async fn create<O: AuthOrganization + PgEntity>(
    pool: &PgPool,
    mut input: CreateOrganization,
    now: DateTime<Utc>,
) -> AuthResult<O> {
    input.normalize()?;
    let id = input.id.take().unwrap_or_else(generate_id);
    let columns = Columns::new()
        .set("id", id)
        .set("name", input.name)
        .set("slug", input.slug)
        .set("logo", input.logo)
        .set("metadata", input.metadata.unwrap_or_else(empty_metadata))
        .set("created_at", now)
        .set("updated_at", now)
        .custom(input.extra, O::custom_fields())?;

    let organization: O = write_one(pool, columns.insert("organization").build_query_as())
        .await
        .map_err(map)?;
    debug!(organization.id = organization.id(), "created organization");
    Ok(organization)
}

pub(crate) async fn get_by_id<O: PgEntity>(pool: &PgPool, id: &str) -> AuthResult<Option<O>> {
    if !storable(id) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM organization WHERE id = $1").bind(id);
    fetch_optional(pool, query).await
}

pub(crate) async fn get_by_slug<O: PgEntity>(pool: &PgPool, slug: &str) -> AuthResult<Option<O>> {
    if !storable(slug) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM organization WHERE slug = $1").bind(slug);
    fetch_optional(pool, query).await
}

#[instrument(level = "debug", name = "update_organization", skip_all, fields(organization.id = id))]
pub(crate) async fn update<O: AuthOrganization + PgEntity>(
    pool: &PgPool,
    id: &str,
    mut update: UpdateOrganization,
    now: DateTime<Utc>,
) -> AuthResult<O> {
    update.normalize()?;
    if !storable(id) {
        return Err(AuthError::not_found(EntityKind::Organization, id));
    }
    let columns = Columns::new()
        .patch("name", update.name)
        .patch("slug", update.slug)
        .patch("logo", update.logo)
        .patch("metadata", update.metadata)
        .set("updated_at", now)
        .custom(update.extra, O::custom_fields())?;
    update_by_id(pool, columns, "organization", EntityKind::Organization, id).await
}

/// Deletes an organization in one transaction: first it clears the
/// organization from the sessions that have it active (moving their
/// `updated_at`), then it deletes the row, and the foreign keys cascade to
/// its members and invitations. A failure at any point rolls back all of it.
#[instrument(level = "debug", name = "delete_organization", skip_all, fields(organization.id = id))]
pub(crate) async fn delete(pool: &PgPool, id: &str, now: DateTime<Utc>) -> AuthResult<()> {
    if !storable(id) {
        return Ok(());
    }
    let mut transaction = pool.begin().await.map_err(map)?;
    let cleared = execute(
        &mut *transaction,
        sqlx::query(
            "UPDATE sessions SET active_organization_id = NULL, updated_at = $2 \
             WHERE active_organization_id = $1",
        )
        .bind(id)
        .bind(now),
    )
    .await?;
    let deleted = execute(
        &mut *transaction,
        sqlx::query("DELETE FROM organization WHERE id = $1").bind(id),
    )
    .await?;
    transaction.commit().await.map_err(map)?;

    if deleted > 0 {
        debug!(
            cleared_sessions = cleared,
            "deleted organization and its dependent rows"
        );
    }
    Ok(())
}

/// Lists the organizations `user_id` is a member of, in organization order.
pub(crate) async fn list_for_user<O: PgEntity>(pool: &PgPool, user_id: &str) -> AuthResult<Vec<O>> {
    if !storable(user_id) {
        return Ok(Vec::new());
    }
    let query = sqlx::query_as(
        "SELECT organization.* FROM organization \
         JOIN member ON member.organization_id = organization.id \
         WHERE member.user_id = $1 \
         ORDER BY organization.created_at, organization.id",
    )
    .bind(user_id);
    fetch_all(pool, query).await
}
