//! The statements of each table, one module per entity.
//!
//! Each function runs one statement unless its documentation says otherwise.
//! Reads select `*` and writes return `*`, so custom entity types get every
//! column they name.

pub(crate) mod accounts;
pub(crate) mod invitations;
pub(crate) mod members;
pub(crate) mod organizations;
pub(crate) mod sessions;
pub(crate) mod users;
pub(crate) mod verifications;

mod columns;
mod keys;

pub(crate) use columns::Columns;
pub(crate) use keys::{lookup_email, storable};

use better_auth_core::{AuthResult, Page};
use sqlx::postgres::PgArguments;
use sqlx::query::{Query, QueryAs};
use sqlx::{Executor, Postgres};

use crate::error::map;
use crate::row::PgEntity;

/// A `SELECT` or `... RETURNING *` statement decoding rows as `T`.
type Select<'q, T> = QueryAs<'q, Postgres, T, PgArguments>;

/// Runs a write that returns its row inside a transaction and decodes the
/// row before committing. A row that does not decode into `T` (a custom
/// column that is NULL for a non-`Option` field) then rolls the write back
/// instead of leaving it committed behind an error.
async fn write_returning<'q, T: PgEntity>(
    pool: &sqlx::PgPool,
    query: Select<'q, T>,
) -> Result<Option<T>, sqlx::Error> {
    let mut transaction = pool.begin().await?;
    let row = query.fetch_optional(&mut *transaction).await?;
    transaction.commit().await?;
    Ok(row)
}

/// Runs an `INSERT ... RETURNING *` through [`write_returning`].
async fn write_one<'q, T: PgEntity>(
    pool: &sqlx::PgPool,
    query: Select<'q, T>,
) -> Result<T, sqlx::Error> {
    write_returning(pool, query)
        .await?
        .ok_or(sqlx::Error::RowNotFound)
}

/// Runs an `UPDATE ... RETURNING *` through [`write_returning`]; `None` when
/// no row matched.
async fn fetch_optional_write<'q, T: PgEntity>(
    pool: &sqlx::PgPool,
    query: Select<'q, T>,
) -> AuthResult<Option<T>> {
    write_returning(pool, query).await.map_err(map)
}

/// Applies `columns` to the row `id` of `table` and returns the updated row;
/// not found when no row has that id.
async fn update_by_id<T: PgEntity>(
    pool: &sqlx::PgPool,
    columns: Columns,
    table: &'static str,
    entity: better_auth_core::EntityKind,
    id: &str,
) -> AuthResult<T> {
    let mut query = columns.update(table);
    query
        .push(" WHERE id = ")
        .push_bind(id.to_owned())
        .push(" RETURNING *");

    fetch_optional_write(pool, query.build_query_as())
        .await?
        .ok_or_else(|| better_auth_core::AuthError::not_found(entity, id))
}

/// Runs `query` and returns its first row, if any.
async fn fetch_optional<'q, T: PgEntity>(
    executor: impl Executor<'_, Database = Postgres>,
    query: Select<'q, T>,
) -> AuthResult<Option<T>> {
    query.fetch_optional(executor).await.map_err(map)
}

/// Runs `query` and returns every row.
async fn fetch_all<'q, T: PgEntity>(
    executor: impl Executor<'_, Database = Postgres>,
    query: Select<'q, T>,
) -> AuthResult<Vec<T>> {
    query.fetch_all(executor).await.map_err(map)
}

/// Runs a statement without rows and returns how many rows it changed.
async fn execute<'q>(
    executor: impl Executor<'_, Database = Postgres>,
    query: Query<'q, Postgres, PgArguments>,
) -> AuthResult<u64> {
    let result = query.execute(executor).await.map_err(map)?;
    Ok(result.rows_affected())
}

/// `LIMIT` and `OFFSET` of a page as parameters; a NULL limit means all rows.
fn page_bounds(page: Page) -> (Option<i64>, i64) {
    (page.limit.map(i64::from), i64::from(page.offset))
}
