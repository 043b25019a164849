//! The shared conformance suite against PostgreSQL, each case in a fresh
//! database created by `#[sqlx::test]`, migrated the way applications do.

use better_auth_core::ManualClock;
use better_auth_sqlx::SqlxAdapter;
use sqlx::PgPool;

better_auth_conformance::conformance_suite! {
    #[sqlx::test(migrations = false)]
    async fn adapter(clock: ManualClock, pool: PgPool) -> SqlxAdapter {
        let adapter = SqlxAdapter::from_pool(pool).with_clock(clock);
        adapter.migrate().await.unwrap();
        adapter
    }
}
