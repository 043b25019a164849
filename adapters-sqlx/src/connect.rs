//! Opening the pool, with errors that name the server but never the password.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use better_auth_core::{AuthError, AuthResult};
use sqlx::postgres::PgConnectOptions;
use sqlx::PgPool;

use crate::config::PoolConfig;

/// Parses `url`, opens a pool and checks that one connection works.
pub(crate) async fn connect(url: &str, config: &PoolConfig) -> AuthResult<PgPool> {
    // sqlx parses any URL as PostgreSQL options, so `mysql://` would be
    // tried against port 5432 instead of being rejected.
    let scheme = url.split_once("://").map(|(scheme, _)| scheme);
    if !matches!(scheme, Some("postgres" | "postgresql")) {
        return Err(AuthError::invalid(
            "database_url",
            "must start with postgres:// or postgresql://",
        ));
    }

    // sqlx 0.8 parse errors describe the defect, such as a bad port, without
    // echoing the URL, so the message does not show the password.
    let options = PgConnectOptions::from_str(url).map_err(|err| {
        let defect = match err {
            sqlx::Error::Configuration(defect) => defect.to_string(),
            other => other.to_string(),
        };
        AuthError::invalid("database_url", format!("is not a PostgreSQL URL: {defect}"))
    })?;
    let server = Server::of(&options);

    tracing::debug!(%server, "connecting to PostgreSQL");
    let pool = config
        .pool_options()
        .connect_with(options)
        .await
        .map_err(|err| connect_error(&server, config.acquire_timeout, err))?;
    tracing::info!(%server, "connected to PostgreSQL");
    Ok(pool)
}

/// The server a pool connects to: host, port, database and user, never the
/// password.
struct Server {
    host: String,
    port: u16,
    database: Option<String>,
    user: String,
}

impl Server {
    fn of(options: &PgConnectOptions) -> Self {
        Server {
            host: options.get_host().to_owned(),
            port: options.get_port(),
            database: options.get_database().map(str::to_owned),
            user: options.get_username().to_owned(),
        }
    }
}

impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}, database ", self.host, self.port)?;
        match &self.database {
            Some(database) => write!(f, "{database:?}")?,
            // PostgreSQL picks the database named like the user.
            None => write!(f, "{:?} (the user name)", self.user)?,
        }
        write!(f, ", user {:?}", self.user)
    }
}

fn connect_error(server: &Server, timeout: Duration, err: sqlx::Error) -> AuthError {
    let cause = match &err {
        sqlx::Error::Database(db) => db.message().to_owned(),
        sqlx::Error::PoolTimedOut => format!(
            "no connection within {} s: the server is down, unreachable or refusing connections",
            timeout.as_secs_f64()
        ),
        sqlx::Error::Io(io) => io.to_string(),
        sqlx::Error::Tls(tls) => format!("TLS failed: {tls}"),
        other => other.to_string(),
    };
    let message = format!("cannot connect to PostgreSQL at {server}: {cause}");
    tracing::warn!(%server, %cause, "cannot connect to PostgreSQL");
    AuthError::unavailable(message, err)
}
