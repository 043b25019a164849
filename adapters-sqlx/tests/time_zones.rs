//! The conformance suite with the database session in time zones far from
//! UTC (UTC+14 and UTC-11), and once more with the process's `TZ` set too.
//! Instants must round-trip and expire at the same moments as in UTC.

use std::process::Command;

use better_auth_core::ManualClock;
use better_auth_sqlx::SqlxAdapter;
use sqlx::postgres::PgPoolOptions;
use sqlx::{Executor, PgPool};

/// UTC+14, the earliest zone.
const KIRITIMATI: &str = "Pacific/Kiritimati";
/// UTC-11, among the latest zones.
const PAGO_PAGO: &str = "Pacific/Pago_Pago";

/// Opens a pool on the test database whose every connection runs
/// `SET TIME ZONE` first. (sqlx sends `TimeZone=UTC` in the startup packet,
/// which overrides a zone given in the connect options.)
fn pool_in_zone(pool: &PgPool, zone: &'static str) -> PgPool {
    let options = pool.connect_options().as_ref().clone();
    PgPoolOptions::new()
        .max_connections(5)
        .after_connect(move |connection, _| {
            Box::pin(async move {
                let statement = format!("SET TIME ZONE '{zone}'");
                connection.execute(statement.as_str()).await?;
                Ok(())
            })
        })
        .connect_lazy_with(options)
}

async fn adapter_in_zone(clock: ManualClock, pool: &PgPool, zone: &'static str) -> SqlxAdapter {
    let adapter = SqlxAdapter::from_pool(pool_in_zone(pool, zone)).with_clock(clock);
    adapter.migrate().await.unwrap();
    adapter
}

mod kiritimati {
    use super::*;

    better_auth_conformance::conformance_suite! {
        #[sqlx::test(migrations = false)]
        async fn adapter(clock: ManualClock, pool: PgPool) -> SqlxAdapter {
            adapter_in_zone(clock, &pool, KIRITIMATI).await
        }
    }
}

mod pago_pago {
    use super::*;

    better_auth_conformance::conformance_suite! {
        #[sqlx::test(migrations = false)]
        async fn adapter(clock: ManualClock, pool: PgPool) -> SqlxAdapter {
            adapter_in_zone(clock, &pool, PAGO_PAGO).await
        }
    }
}

#[sqlx::test(migrations = false)]
async fn zone_applies_to_every_connection(pool: PgPool) {
    let zoned = pool_in_zone(&pool, KIRITIMATI);
    let mut connections = Vec::new();
    for _ in 0..3 {
        connections.push(zoned.acquire().await.unwrap());
    }
    for connection in &mut connections {
        let (zone, offset): (String, String) =
            sqlx::query_as("SELECT current_setting('TimeZone'), to_char(now(), 'TZH:TZM')")
                .fetch_one(&mut **connection)
                .await
                .unwrap();
        assert_eq!(zone, KIRITIMATI);
        assert_eq!(offset, "+14:00");
    }
}

/// Runs the UTC+14 suite again in a child process whose `TZ` is UTC-11, so
/// the process and the database disagree by 25 hours.
#[test]
fn suite_passes_with_process_tz_far_from_utc() {
    let test_binary = std::env::current_exe().unwrap();
    let output = Command::new(test_binary)
        .env("TZ", PAGO_PAGO)
        .args(["kiritimati::", "--test-threads", "4"])
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the suite failed with TZ={PAGO_PAGO}:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains(" passed; 0 failed"),
        "the child ran no tests:\n{stdout}"
    );
}
