//! Connection pool settings.

use std::time::Duration;

use sqlx::postgres::PgPoolOptions;

/// Settings of the connection pool behind a [`SqlxAdapter`](crate::SqlxAdapter).
///
/// ```
/// use std::time::Duration;
/// use better_auth_sqlx::PoolConfig;
///
/// let config = PoolConfig {
///     max_connections: 20,
///     acquire_timeout: Duration::from_secs(5),
///     ..PoolConfig::default()
/// };
/// # let _ = config;
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PoolConfig {
    /// Maximum pool size. Default: 10.
    pub max_connections: u32,
    /// Minimum number of idle connections kept open. Default: 0.
    pub min_connections: u32,
    /// Time a call waits for a connection before it fails with
    /// [`AuthError::Unavailable`](better_auth_core::AuthError::Unavailable).
    /// Default: 30 s.
    pub acquire_timeout: Duration,
    /// Idle connections are closed after this time; `None` keeps them.
    /// Default: 600 s.
    pub idle_timeout: Option<Duration>,
    /// Connections are closed and replaced after this age; `None` keeps
    /// them. Default: 1,800 s.
    pub max_lifetime: Option<Duration>,
}

impl Default for PoolConfig {
    fn default() -> Self {
        PoolConfig {
            max_connections: 10,
            min_connections: 0,
            acquire_timeout: Duration::from_secs(30),
            idle_timeout: Some(Duration::from_secs(600)),
            max_lifetime: Some(Duration::from_secs(1800)),
        }
    }
}

impl PoolConfig {
    /// Converts the settings to sqlx pool options, for callers that build
    /// the pool themselves and pass it to
    /// [`SqlxAdapter::from_pool`](crate::SqlxAdapter::from_pool).
    pub fn pool_options(&self) -> PgPoolOptions {
        PgPoolOptions::new()
            .max_connections(self.max_connections)
            .min_connections(self.min_connections)
            .acquire_timeout(self.acquire_timeout)
            .idle_timeout(self.idle_timeout)
            .max_lifetime(self.max_lifetime)
    }
}
