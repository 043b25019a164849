//! The migrations: applied from empty and again, usable as plain SQL files,
//! exactly the documented columns, and indexes without duplicates.

mod common;

use std::collections::BTreeMap;

use better_auth_core::ManualClock;
use better_auth_sqlx::{SqlxAdapter, MIGRATOR};
use sqlx::PgPool;

use common::migrated;

/// The documented schema, one line per column:
/// `name type nullable default`, with `-` for no default.
const SCHEMA: &[(&str, &[&str])] = &[
    (
        "users",
        &[
            "id text NO -",
            "name text YES -",
            "email text YES -",
            "email_verified boolean NO false",
            "image text YES -",
            "username text YES -",
            "display_username text YES -",
            "two_factor_enabled boolean NO false",
            "role text YES -",
            "banned boolean NO false",
            "ban_reason text YES -",
            "ban_expires timestamp_with_time_zone YES -",
            "metadata jsonb NO '{}'::jsonb",
            "created_at timestamp_with_time_zone NO now()",
            "updated_at timestamp_with_time_zone NO now()",
        ],
    ),
    (
        "sessions",
        &[
            "id text NO -",
            "expires_at timestamp_with_time_zone NO -",
            "token text NO -",
            "ip_address text YES -",
            "user_agent text YES -",
            "user_id text NO -",
            "impersonated_by text YES -",
            "active_organization_id text YES -",
            "active boolean NO true",
            "created_at timestamp_with_time_zone NO now()",
            "updated_at timestamp_with_time_zone NO now()",
        ],
    ),
    (
        "accounts",
        &[
            "id text NO -",
            "account_id text NO -",
            "provider_id text NO -",
            "user_id text NO -",
            "access_token text YES -",
            "refresh_token text YES -",
            "id_token text YES -",
            "access_token_expires_at timestamp_with_time_zone YES -",
            "refresh_token_expires_at timestamp_with_time_zone YES -",
            "scope text YES -",
            "password text YES -",
            "created_at timestamp_with_time_zone NO now()",
            "updated_at timestamp_with_time_zone NO now()",
        ],
    ),
    (
        "verifications",
        &[
            "id text NO -",
            "identifier text NO -",
            "value text NO -",
            "expires_at timestamp_with_time_zone NO -",
            "created_at timestamp_with_time_zone NO now()",
            "updated_at timestamp_with_time_zone NO now()",
        ],
    ),
    (
        "organization",
        &[
            "id text NO -",
            "name text NO -",
            "slug text NO -",
            "logo text YES -",
            "metadata jsonb NO '{}'::jsonb",
            "created_at timestamp_with_time_zone NO now()",
            "updated_at timestamp_with_time_zone NO now()",
        ],
    ),
    (
        "member",
        &[
            "id text NO -",
            "organization_id text NO -",
            "user_id text NO -",
            "role text NO 'member'::text",
            "created_at timestamp_with_time_zone NO now()",
        ],
    ),
    (
        "invitation",
        &[
            "id text NO -",
            "organization_id text NO -",
            "email text NO -",
            "role text NO 'member'::text",
            "status text NO 'pending'::text",
            "inviter_id text NO -",
            "expires_at timestamp_with_time_zone NO -",
            "created_at timestamp_with_time_zone NO now()",
        ],
    ),
];

/// Every constraint besides NOT NULL: `table kind definition`.
const CONSTRAINTS: &[&str] = &[
    "accounts f FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE",
    "accounts p PRIMARY KEY (id)",
    "accounts u UNIQUE (provider_id, account_id)",
    "invitation f FOREIGN KEY (inviter_id) REFERENCES users(id) ON DELETE CASCADE",
    "invitation f FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE CASCADE",
    "invitation p PRIMARY KEY (id)",
    "member f FOREIGN KEY (organization_id) REFERENCES organization(id) ON DELETE CASCADE",
    "member f FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE",
    "member p PRIMARY KEY (id)",
    "member u UNIQUE (organization_id, user_id)",
    "organization p PRIMARY KEY (id)",
    "organization u UNIQUE (slug)",
    "sessions f FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE",
    "sessions p PRIMARY KEY (id)",
    "sessions u UNIQUE (token)",
    "users p PRIMARY KEY (id)",
    "users u UNIQUE (email)",
    "users u UNIQUE (username)",
    "verifications p PRIMARY KEY (id)",
];

/// The indexes the queries need beyond the unique constraints:
/// `table (columns)`.
const QUERY_INDEXES: &[&str] = &[
    "accounts (user_id)",
    "invitation (email)",
    "invitation (inviter_id)",
    "invitation (organization_id,email)",
    "member (user_id)",
    "sessions (active_organization_id)",
    "sessions (expires_at)",
    "sessions (user_id)",
    "users (created_at,id)",
    "verifications (expires_at)",
    "verifications (identifier)",
];

async fn columns(pool: &PgPool) -> BTreeMap<String, Vec<String>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT table_name::text, \
                concat_ws(' ', column_name, replace(data_type, ' ', '_'), is_nullable, \
                          coalesce(column_default, '-')) \
         FROM information_schema.columns \
         WHERE table_schema = 'public' AND table_name <> '_sqlx_migrations' \
         ORDER BY table_name, ordinal_position",
    )
    .fetch_all(pool)
    .await
    .unwrap();

    let mut tables: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (table, column) in rows {
        tables.entry(table).or_default().push(column);
    }
    tables
}

async fn constraints(pool: &PgPool) -> Vec<String> {
    sqlx::query_scalar(
        "SELECT concat_ws(' ', rel.relname, con.contype, pg_get_constraintdef(con.oid)) \
         FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid \
         JOIN pg_namespace ns ON ns.oid = rel.relnamespace \
         WHERE ns.nspname = 'public' AND rel.relname <> '_sqlx_migrations' \
         ORDER BY 1",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

/// Returns every index as (table, key columns in order, unique).
async fn indexes(pool: &PgPool) -> Vec<(String, Vec<String>, bool)> {
    let rows: Vec<(String, String, bool)> = sqlx::query_as(
        "SELECT tbl.relname::text, \
                (SELECT string_agg(att.attname, ',' ORDER BY key.position) \
                 FROM unnest(ix.indkey) WITH ORDINALITY AS key(attnum, position) \
                 JOIN pg_attribute att ON att.attrelid = tbl.oid AND att.attnum = key.attnum), \
                ix.indisunique \
         FROM pg_index ix JOIN pg_class tbl ON tbl.oid = ix.indrelid \
         JOIN pg_namespace ns ON ns.oid = tbl.relnamespace \
         WHERE ns.nspname = 'public' AND tbl.relname <> '_sqlx_migrations'",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    rows.into_iter()
        .map(|(table, columns, unique)| {
            let columns = columns.split(',').map(str::to_owned).collect();
            (table, columns, unique)
        })
        .collect()
}

#[sqlx::test(migrations = false)]
async fn columns_match_documented_schema(pool: PgPool) {
    migrated(pool.clone(), ManualClock::default()).await;

    let actual = columns(&pool).await;

    assert_eq!(actual.len(), SCHEMA.len(), "tables: {:?}", actual.keys());
    for (table, expected) in SCHEMA {
        let expected: Vec<String> = expected.iter().map(|c| c.to_string()).collect();
        assert_eq!(actual.get(*table), Some(&expected), "columns of {table}");
    }
}

#[sqlx::test(migrations = false)]
async fn constraints_match_documented_schema(pool: PgPool) {
    migrated(pool.clone(), ManualClock::default()).await;

    assert_eq!(constraints(&pool).await, CONSTRAINTS);
}

#[sqlx::test(migrations = false)]
async fn migrate_again_is_a_no_op(pool: PgPool) {
    let adapter = migrated(pool.clone(), ManualClock::default()).await;
    let before = columns(&pool).await;

    adapter.migrate().await.unwrap();
    adapter.migrate().await.unwrap();

    let applied: i64 = sqlx::query_scalar("SELECT count(*) FROM _sqlx_migrations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(applied as usize, MIGRATOR.iter().count());
    assert_eq!(columns(&pool).await, before);
}

#[sqlx::test(migrations = false)]
async fn migration_files_apply_as_plain_sql_twice(pool: PgPool) {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/migrations");
    let mut files: Vec<_> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 2, "{files:?}");

    for _ in 0..2 {
        for file in &files {
            let sql = std::fs::read_to_string(file).unwrap();
            sqlx::raw_sql(&sql).execute(&pool).await.unwrap();
        }
    }

    let plain = columns(&pool).await;
    assert_eq!(plain.len(), SCHEMA.len());
    assert_eq!(constraints(&pool).await, CONSTRAINTS);

    // An adapter over a schema applied by hand records its migrations
    // without failing on the existing tables.
    let adapter: SqlxAdapter = SqlxAdapter::from_pool(pool.clone());
    adapter.migrate().await.unwrap();
    assert_eq!(columns(&pool).await, plain);
}

#[sqlx::test(migrations = false)]
async fn query_indexes_exist(pool: PgPool) {
    migrated(pool.clone(), ManualClock::default()).await;

    let mut actual: Vec<String> = indexes(&pool)
        .await
        .into_iter()
        .filter(|(_, _, unique)| !unique)
        .map(|(table, columns, _)| format!("{table} ({})", columns.join(",")))
        .collect();
    actual.sort();

    assert_eq!(actual, QUERY_INDEXES);
}

#[sqlx::test(migrations = false)]
async fn no_index_duplicates_another(pool: PgPool) {
    migrated(pool.clone(), ManualClock::default()).await;
    let all = indexes(&pool).await;

    for (table, columns, unique) in &all {
        for (other_table, other_columns, _) in &all {
            if table != other_table || std::ptr::eq(columns, other_columns) {
                continue;
            }
            // A plain index on a leading part of another index's key adds
            // nothing: the longer index serves the same lookups.
            let is_prefix = other_columns.starts_with(columns);
            assert!(
                *unique || !is_prefix,
                "index {table} {columns:?} duplicates {other_columns:?}"
            );
            assert_ne!(columns, other_columns, "two indexes on {table} {columns:?}");
        }
    }
}
