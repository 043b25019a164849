//! Constructors and pool settings: what a bad URL, an unreachable server or
//! a wrong database or user returns, and that no error shows the password.

mod common;

use std::net::TcpListener;
use std::time::{Duration, Instant};

use better_auth_core::{AuthError, CreateUser, DatabaseAdapter};
use better_auth_sqlx::{PoolConfig, SqlxAdapter};
use sqlx::PgPool;

use common::custom::AppDb;
use common::database_url;

const PASSWORD: &str = "hunter2-secret";

/// Returns pool settings that fail fast against a server that is not there.
fn quick() -> PoolConfig {
    PoolConfig {
        acquire_timeout: Duration::from_secs(1),
        ..PoolConfig::default()
    }
}

/// Returns a loopback port that nothing listens on.
fn closed_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// Asserts that `err` is "unavailable" and its message and source chain
/// name `expected` but not the password.
fn assert_unavailable_naming(err: &AuthError, expected: &[&str]) {
    assert!(err.is_unavailable(), "{err}");
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        text.push_str(&format!(" / {cause}"));
        source = cause.source();
    }
    for part in expected {
        assert!(text.contains(part), "{part:?} missing from: {text}");
    }
    assert!(!text.contains(PASSWORD), "the password leaked: {text}");
}

#[test]
fn pool_config_defaults_match_the_documentation() {
    let config = PoolConfig::default();

    assert_eq!(config.max_connections, 10);
    assert_eq!(config.min_connections, 0);
    assert_eq!(config.acquire_timeout, Duration::from_secs(30));
    assert_eq!(config.idle_timeout, Some(Duration::from_secs(600)));
    assert_eq!(config.max_lifetime, Some(Duration::from_secs(1800)));
}

#[tokio::test]
async fn bad_url_is_invalid_input_without_password() {
    let url = format!("postgres://ada:{PASSWORD}@127.0.0.1:notaport/app");

    let err = SqlxAdapter::new(&url).await.unwrap_err();

    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some("database_url"));
    assert!(!err.to_string().contains(PASSWORD), "{err}");
}

#[tokio::test]
async fn other_scheme_is_invalid_input() {
    let url = format!("mysql://ada:{PASSWORD}@127.0.0.1:3306/app");

    let err = SqlxAdapter::new(&url).await.unwrap_err();

    assert!(err.is_invalid_input(), "{err}");
    assert!(err.to_string().contains("postgres://"), "{err}");
    assert!(!err.to_string().contains(PASSWORD), "{err}");
}

#[tokio::test]
async fn unreachable_server_is_unavailable_within_timeout() {
    let port = closed_port();
    let url = format!("postgres://ada:{PASSWORD}@127.0.0.1:{port}/app");
    let started = Instant::now();

    let err = SqlxAdapter::with_config(&url, quick()).await.unwrap_err();

    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_unavailable_naming(&err, &[&format!("127.0.0.1:{port}"), "\"app\""]);
}

#[sqlx::test(migrations = false)]
async fn missing_database_is_unavailable(pool: PgPool) {
    let port = pool.connect_options().get_port();
    let url = format!("postgres://postgres:{PASSWORD}@127.0.0.1:{port}/no_such_database");

    let err = SqlxAdapter::with_config(&url, quick()).await.unwrap_err();

    assert_unavailable_naming(&err, &["no_such_database", "does not exist"]);
}

#[sqlx::test(migrations = false)]
async fn unknown_user_is_unavailable(pool: PgPool) {
    let port = pool.connect_options().get_port();
    let url = format!("postgres://no_such_role:{PASSWORD}@127.0.0.1:{port}/postgres");

    let err = SqlxAdapter::with_config(&url, quick()).await.unwrap_err();

    assert_unavailable_naming(&err, &["127.0.0.1", "no_such_role"]);
}

#[sqlx::test(migrations = false)]
async fn url_constructors_connect(pool: PgPool) {
    let url = database_url(&pool, pool.connect_options().get_port());

    let built_in = SqlxAdapter::new(&url).await.unwrap();
    built_in.migrate().await.unwrap();
    let configured = SqlxAdapter::with_config(&url, quick()).await.unwrap();
    let custom = AppDb::connect(&url, quick()).await.unwrap();

    let user = built_in
        .create_user(CreateUser::with_email("ada@example.com"))
        .await
        .unwrap();
    let read = configured.get_user_by_id(&user.id).await.unwrap();
    assert_eq!(read, Some(user));
    assert_eq!(custom.pool().options().get_max_connections(), 10);
    assert!(!format!("{built_in:?}").contains("postgres://"));
}
