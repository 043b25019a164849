//! Statements of the `users` table.

use better_auth_core::id::generate_id;
use better_auth_core::input::empty_metadata;
use better_auth_core::{
    AuthError, AuthResult, AuthUser, CreateUser, EntityKind, ListUsers, UpdateUser, UserPage,
};
use chrono::{DateTime, Utc};
use sqlx::{PgPool, Postgres, QueryBuilder, Row};
use tracing::{debug, instrument};

use super::{
    execute, fetch_optional, lookup_email, page_bounds, storable, update_by_id, write_one, Columns,
};
use crate::error::map;
use crate::row::PgEntity;

/// Alias of the match count in the rows of [`list`].
const TOTAL_COLUMN: &str = "better_auth_total";

#[instrument(level = "debug", name = "create_user", skip_all)]
pub(crate) async fn create<U: AuthUser + PgEntity>(
    pool: &PgPool,
    mut input: CreateUser,
    now: DateTime<Utc>,
) -> AuthResult<U> {
    input.normalize()?;
    let id = input.id.take().unwrap_or_else(generate_id);
    let columns = Columns::new()
        .set("id", id)
        .set("name", input.name)
        .set("email", input.email)
        .set("email_verified", input.email_verified)
        .set("image", input.image)
        .set("username", input.username)
        .set("display_username", input.display_username)
        .set("two_factor_enabled", input.two_factor_enabled)
        .set("role", input.role)
        .set("banned", input.banned)
        .set("ban_reason", input.ban_reason)
        .set("ban_expires", input.ban_expires)
        .set("metadata", input.metadata.unwrap_or_else(empty_metadata))
        .set("created_at", now)
        .set("updated_at", now)
        .custom(input.extra, U::custom_fields())?;

    let mut query = columns.insert("users");
    let user: U = write_one(pool, query.build_query_as()).await.map_err(map)?;
    debug!(user.id = user.id(), "created user");
    Ok(user)
}

pub(crate) async fn get_by_id<U: PgEntity>(pool: &PgPool, id: &str) -> AuthResult<Option<U>> {
    if !storable(id) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM users WHERE id = $1").bind(id);
    fetch_optional(pool, query).await
}

pub(crate) async fn get_by_email<U: PgEntity>(pool: &PgPool, email: &str) -> AuthResult<Option<U>> {
    let Some(email) = lookup_email(email) else {
        return Ok(None);
    };
    let query = sqlx::query_as("SELECT * FROM users WHERE email = $1").bind(email);
    fetch_optional(pool, query).await
}

pub(crate) async fn get_by_username<U: PgEntity>(
    pool: &PgPool,
    username: &str,
) -> AuthResult<Option<U>> {
    if !storable(username) {
        return Ok(None);
    }
    let query = sqlx::query_as("SELECT * FROM users WHERE username = $1").bind(username);
    fetch_optional(pool, query).await
}

#[instrument(level = "debug", name = "update_user", skip_all, fields(user.id = id))]
pub(crate) async fn update<U: AuthUser + PgEntity>(
    pool: &PgPool,
    id: &str,
    mut update: UpdateUser,
    now: DateTime<Utc>,
) -> AuthResult<U> {
    update.normalize()?;
    if !storable(id) {
        return Err(AuthError::not_found(EntityKind::User, id));
    }
    let columns = Columns::new()
        .patch("name", update.name)
        .patch("email", update.email)
        .patch("email_verified", update.email_verified)
        .patch("image", update.image)
        .patch("username", update.username)
        .patch("display_username", update.display_username)
        .patch("two_factor_enabled", update.two_factor_enabled)
        .patch("role", update.role)
        .patch("banned", update.banned)
        .patch("ban_reason", update.ban_reason)
        .patch("ban_expires", update.ban_expires)
        .patch("metadata", update.metadata)
        .set("updated_at", now)
        .custom(update.extra, U::custom_fields())?;
    update_by_id(pool, columns, "users", EntityKind::User, id).await
}

/// Deletes a user; the foreign keys cascade to its sessions, accounts,
/// memberships and sent invitations in the same statement.
#[instrument(level = "debug", name = "delete_user", skip_all, fields(user.id = id))]
pub(crate) async fn delete(pool: &PgPool, id: &str) -> AuthResult<()> {
    if !storable(id) {
        return Ok(());
    }
    let deleted = execute(
        pool,
        sqlx::query("DELETE FROM users WHERE id = $1").bind(id),
    )
    .await?;
    if deleted > 0 {
        debug!("deleted user and its dependent rows");
    }
    Ok(())
}

/// Returns one page and the match count in one statement, so both come
/// from the same snapshot.
///
/// The page uses the `(created_at, id)` index when no filter is set.
/// NOTE: the count visits every matching row, and the substring filters
/// cannot use an index, so this is O(users) on large tables.
#[instrument(level = "debug", name = "list_users", skip_all)]
pub(crate) async fn list<U: PgEntity>(
    pool: &PgPool,
    mut query: ListUsers,
) -> AuthResult<UserPage<U>> {
    query.normalize()?;
    let (limit, offset) = page_bounds(query.page);

    let mut sql = QueryBuilder::new("SELECT matches.total AS ");
    sql.push(TOTAL_COLUMN);
    sql.push(", page.* FROM (SELECT count(*) AS total FROM users");
    push_filters(&mut sql, &query);
    sql.push(") AS matches LEFT JOIN LATERAL (SELECT * FROM users");
    push_filters(&mut sql, &query);
    sql.push(" ORDER BY created_at, id LIMIT ")
        .push_bind(limit)
        .push(" OFFSET ")
        .push_bind(offset)
        .push(") AS page ON TRUE ORDER BY page.created_at, page.id");

    let rows = sql.build().fetch_all(pool).await.map_err(map)?;
    let mut page = UserPage {
        users: Vec::with_capacity(rows.len()),
        total: 0,
    };
    for row in rows {
        let total: i64 = row.try_get(TOTAL_COLUMN).map_err(map)?;
        page.total = u64::try_from(total).unwrap_or_default();
        // An empty page is one row of NULLs beside the count.
        let id: Option<String> = row.try_get("id").map_err(map)?;
        if id.is_some() {
            page.users.push(U::from_row(&row).map_err(map)?);
        }
    }
    Ok(page)
}

/// Appends the `WHERE` clause of the set filters; the substring filters
/// arrive lower-cased, and stored emails are lower-case already.
fn push_filters(sql: &mut QueryBuilder<'static, Postgres>, query: &ListUsers) {
    let mut keyword = " WHERE ";
    if let Some(needle) = &query.email_contains {
        // strpos matches literally, unlike LIKE, which treats % and _ as wildcards.
        sql.push(keyword)
            .push("strpos(email, ")
            .push_bind(needle.clone())
            .push(") > 0");
        keyword = " AND ";
    }
    if let Some(needle) = &query.name_contains {
        // The same folding as core's `fold_case`, whatever the database's
        // locale: ICU's root-locale lower case, then the plain sigma.
        // NOTE: needs a server built with ICU (PostgreSQL 16 and later by
        // default; Debian's and the PGDG packages of older versions too).
        sql.push(keyword)
            .push("strpos(translate(lower(name COLLATE \"und-x-icu\"), 'ς', 'σ'), ")
            .push_bind(needle.clone())
            .push(") > 0");
        keyword = " AND ";
    }
    if let Some(role) = &query.role {
        sql.push(keyword).push("role = ").push_bind(role.clone());
        keyword = " AND ";
    }
    if let Some(banned) = query.banned {
        sql.push(keyword).push("banned = ").push_bind(banned);
    }
}
