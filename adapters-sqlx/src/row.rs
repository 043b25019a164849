//! The bound every stored entity type meets: it can be read from a row.

use sqlx::postgres::PgRow;
use sqlx::FromRow;

/// An entity type [`SqlxAdapter`](crate::SqlxAdapter) can read from a
/// PostgreSQL row: anything that implements `sqlx::FromRow`, which the
/// built-ins do and custom types derive.
///
/// The adapter reads with `SELECT *` and writes with `RETURNING *`, so a
/// custom type may have columns beyond the documented schema. Columns of the
/// row that the type does not name are ignored.
pub trait PgEntity: for<'r> FromRow<'r, PgRow> + Send + Unpin + 'static {}

impl<T> PgEntity for T where T: for<'r> FromRow<'r, PgRow> + Send + Unpin + 'static {}
