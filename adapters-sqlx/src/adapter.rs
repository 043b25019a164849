//! The adapter struct, its constructors and migrations.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;

use better_auth_core::clock::now_micros;
use better_auth_core::{
    Account, AuthResult, Clock, Invitation, Member, Organization, Session, SystemClock, User,
    Verification,
};
use chrono::{DateTime, Utc};
use sqlx::migrate::Migrator;
use sqlx::PgPool;

use crate::config::PoolConfig;
use crate::connect::connect;

/// The versioned migrations of `migrations/`, embedded at build time.
///
/// [`SqlxAdapter::migrate`] runs them; use this directly to run them with
/// your own pool or connection.
///
/// They are recorded in sqlx's `_sqlx_migrations` table, under timestamp
/// versions (`20261204000001`, ...) that do not collide with an app's own.
/// This migrator ignores the app's versions it finds there. An app that
/// runs its own sqlx migrations on the same database must likewise call
/// `set_ignore_missing(true)` on its migrator, or apply the SQL files of
/// `migrations/` with its own tool instead of calling `migrate`.
pub static MIGRATOR: Migrator = Migrator {
    ignore_missing: true,
    ..sqlx::migrate!("./migrations")
};

/// PostgreSQL [`DatabaseAdapter`](better_auth_core::DatabaseAdapter).
///
/// The type parameters are the stored entity types; the defaults are the
/// built-ins. Custom types implement the `Auth*` traits and `sqlx::FromRow`,
/// and name them in a type alias (built-ins stand in for them here):
///
/// ```no_run
/// use better_auth_core::{Account, Invitation, Member, Organization, Session, User, Verification};
/// use better_auth_sqlx::SqlxAdapter;
///
/// type AppDb = SqlxAdapter<User, Session, Account, Organization, Member, Invitation, Verification>;
///
/// # async fn run() -> Result<(), Box<dyn std::error::Error>> {
/// let pool = sqlx::PgPool::connect("postgres://postgres@127.0.0.1:5432/app").await?;
/// let database = AppDb::from_pool(pool);
/// database.migrate().await?;
/// # Ok(())
/// # }
/// ```
///
/// A struct field named differently from its standard column needs
/// `#[sqlx(rename = "column")]` next to `#[auth(field = "column")]`, because
/// `FromRow` reads columns by field name.
///
/// Every expiry comparison uses the adapter's [`Clock`], read once per call
/// and sent as a query parameter, never the database's `NOW()`. Clones share
/// the pool and the clock.
pub struct SqlxAdapter<
    U = User,
    S = Session,
    A = Account,
    O = Organization,
    M = Member,
    I = Invitation,
    V = Verification,
> {
    pub(crate) pool: PgPool,
    clock: Arc<dyn Clock>,
    entities: EntityTypes<(U, S, A, O, M, I, V)>,
}

/// Marks the entity types an adapter reads and writes. `fn() -> T` keeps
/// the adapter `Send + Sync` whatever the types are.
type EntityTypes<T> = PhantomData<fn() -> T>;

impl SqlxAdapter {
    /// Connects to `url` with the default [`PoolConfig`] and the built-in
    /// entity types.
    ///
    /// # Errors
    ///
    /// [`AuthError::InvalidInput`] on `database_url` when the URL cannot be
    /// parsed; [`AuthError::Unavailable`] when the server cannot be reached
    /// or rejects the credentials or database, with a message that names the
    /// host, port, database and user but never the password.
    ///
    /// [`AuthError::InvalidInput`]: better_auth_core::AuthError::InvalidInput
    /// [`AuthError::Unavailable`]: better_auth_core::AuthError::Unavailable
    pub async fn new(url: &str) -> AuthResult<Self> {
        Self::connect(url, PoolConfig::default()).await
    }

    /// Connects to `url` with `config` and the built-in entity types.
    ///
    /// # Errors
    ///
    /// As [`SqlxAdapter::new`].
    pub async fn with_config(url: &str, config: PoolConfig) -> AuthResult<Self> {
        Self::connect(url, config).await
    }
}

impl<U, S, A, O, M, I, V> SqlxAdapter<U, S, A, O, M, I, V> {
    /// Connects to `url` with `config`, for any entity types (for example
    /// `AppDb::connect(url, PoolConfig::default())`).
    ///
    /// # Errors
    ///
    /// As [`SqlxAdapter::new`].
    pub async fn connect(url: &str, config: PoolConfig) -> AuthResult<Self> {
        Ok(Self::from_pool(connect(url, &config).await?))
    }

    /// Wraps an existing pool. Nothing is checked until the first call.
    ///
    /// The entity types come from the context: `AppDb::from_pool(pool)`,
    /// or `let db: SqlxAdapter = SqlxAdapter::from_pool(pool);` for the
    /// built-ins.
    pub fn from_pool(pool: PgPool) -> Self {
        SqlxAdapter {
            pool,
            clock: Arc::new(SystemClock),
            entities: PhantomData,
        }
    }

    /// Replaces the clock that timestamps and expiry checks read
    /// ([`SystemClock`] by default).
    pub fn with_clock(mut self, clock: impl Clock) -> Self {
        self.clock = Arc::new(clock);
        self
    }

    /// Returns the pool, for queries of your own on the same database.
    pub fn pool(&self) -> &PgPool {
        &self.pool
    }

    /// Applies the embedded migrations that the database lacks. Running it
    /// again is a no-op; concurrent runs wait on an advisory lock.
    ///
    /// # Errors
    ///
    /// [`AuthError::Unavailable`] when the server cannot be reached;
    /// [`AuthError::Internal`] when a migration fails or an applied one was
    /// changed since.
    ///
    /// [`AuthError::Unavailable`]: better_auth_core::AuthError::Unavailable
    /// [`AuthError::Internal`]: better_auth_core::AuthError::Internal
    pub async fn migrate(&self) -> AuthResult<()> {
        // sqlx holds a session-level advisory lock while it migrates and does
        // not release it when a migration fails. Running on a connection of
        // our own and closing it after a failure releases the lock, so a
        // later call does not wait forever on it.
        let mut connection = self.pool.acquire().await.map_err(crate::error::map)?;
        let result = MIGRATOR.run(&mut *connection).await;
        if let Err(err) = result {
            if let Err(close_err) = connection.close().await {
                tracing::warn!(error = %close_err, "closing the connection of a failed migration failed");
            }
            return Err(crate::error::map_migrate(err));
        }
        tracing::info!("better-auth migrations are up to date");
        Ok(())
    }

    /// Reads the clock once, at the microsecond precision of `TIMESTAMPTZ`.
    pub(crate) fn now(&self) -> DateTime<Utc> {
        now_micros(&*self.clock)
    }
}

impl<U, S, A, O, M, I, V> Clone for SqlxAdapter<U, S, A, O, M, I, V> {
    fn clone(&self) -> Self {
        SqlxAdapter {
            pool: self.pool.clone(),
            clock: Arc::clone(&self.clock),
            entities: PhantomData,
        }
    }
}

impl<U, S, A, O, M, I, V> fmt::Debug for SqlxAdapter<U, S, A, O, M, I, V> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SqlxAdapter")
            .field("pool", &self.pool)
            .field("clock", &self.clock)
            .finish()
    }
}
