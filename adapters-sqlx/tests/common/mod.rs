//! Helpers shared by the integration tests. Each test binary uses a part
//! of them.
#![allow(dead_code)]

pub mod capture;
pub mod custom;
pub mod proxy;

use better_auth_core::ManualClock;
use better_auth_sqlx::SqlxAdapter;
use sqlx::PgPool;

/// Wraps the test database's pool in a migrated adapter over `clock`.
pub async fn migrated(pool: PgPool, clock: ManualClock) -> SqlxAdapter {
    let adapter = SqlxAdapter::from_pool(pool).with_clock(clock);
    adapter.migrate().await.expect("migrate");
    adapter
}

/// Returns a URL to the test database of `pool` on a loopback `port`.
/// TLS is off, so a test proxy can read the statements it forwards.
pub fn database_url(pool: &PgPool, port: u16) -> String {
    let options = pool.connect_options();
    let database = options
        .get_database()
        .expect("test pools name their database");
    let user = options.get_username();
    format!("postgres://{user}@127.0.0.1:{port}/{database}?sslmode=disable")
}
