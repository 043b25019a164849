//! Failures that must leave nothing behind: a row the entity type cannot
//! decode, a failed migration, and an app's own sqlx migrations.

mod common;

use std::borrow::Cow;
use std::time::Duration;

use better_auth_core::{AuthError, CreateUser, DatabaseAdapter, ManualClock};
use better_auth_sqlx::SqlxAdapter;
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::PgPool;

use common::custom::{AppDb, CUSTOM_COLUMNS};
use common::migrated;

/// Longer than any of these statements takes, shorter than a hang.
const PATIENCE: Duration = Duration::from_secs(20);

async fn count_users(pool: &PgPool) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM users")
        .fetch_one(pool)
        .await
        .unwrap()
}

#[sqlx::test(migrations = false)]
async fn undecodable_create_saves_nothing(pool: PgPool) {
    let db: AppDb = SqlxAdapter::from_pool(pool.clone()).with_clock(ManualClock::default());
    db.migrate().await.unwrap();
    // `plan` is a `String` in AppUser, but this column may be NULL.
    let columns = CUSTOM_COLUMNS.replace("plan TEXT NOT NULL DEFAULT 'free'", "plan TEXT");
    sqlx::raw_sql(&columns).execute(&pool).await.unwrap();

    let err = db
        .create_user(CreateUser::with_email("ada@example.com"))
        .await
        .unwrap_err();

    assert!(matches!(err, AuthError::Internal { .. }), "{err:?}");
    assert!(err.to_string().contains("plan"), "{err}");
    assert_eq!(count_users(&pool).await, 0, "the failed create left a row");
}

#[sqlx::test(migrations = false)]
async fn failed_migration_can_be_retried(pool: PgPool) {
    // An app table named like ours, with columns ours cannot reference.
    sqlx::raw_sql("CREATE TABLE users (id serial PRIMARY KEY, email text)")
        .execute(&pool)
        .await
        .unwrap();
    let db: SqlxAdapter = SqlxAdapter::from_pool(pool);

    for attempt in 1..=2 {
        let result = tokio::time::timeout(PATIENCE, db.migrate())
            .await
            .unwrap_or_else(|_| panic!("migration attempt {attempt} hung"));
        assert!(result.is_err(), "migration attempt {attempt} succeeded");
    }
}

#[sqlx::test(migrations = false)]
async fn app_migrations_share_the_table(pool: PgPool) {
    let db = migrated(pool.clone(), ManualClock::default()).await;
    let app_migration = Migration::new(
        20250101000000,
        Cow::Borrowed("app widgets"),
        MigrationType::Simple,
        Cow::Borrowed("CREATE TABLE widgets (id integer PRIMARY KEY)"),
        false,
    );
    let mut app = Migrator {
        migrations: Cow::Owned(vec![app_migration]),
        ..Migrator::DEFAULT
    };
    app.set_ignore_missing(true);

    app.run(&pool).await.expect("the app's migrations");
    db.migrate().await.expect("better-auth's migrations again");

    let widgets: i64 = sqlx::query_scalar("SELECT count(*) FROM widgets")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(widgets, 0);
}
