//! Network faults between the adapter and PostgreSQL, made with a loopback
//! proxy: calls fail with "unavailable" within the acquire timeout, work
//! again once the network is back, and never leave a write half applied.

mod common;

use std::time::{Duration, Instant};

use better_auth_core::{
    Clock, CreateMember, CreateOrganization, CreateSession, CreateUser, DatabaseAdapter,
    ManualClock,
};
use better_auth_sqlx::{PoolConfig, SqlxAdapter};
use sqlx::PgPool;

use common::database_url;
use common::proxy::Proxy;

const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(2);

/// Connects through `proxy` with a short acquire timeout, and migrates.
async fn adapter_through(proxy: &Proxy, pool: &PgPool, clock: ManualClock) -> SqlxAdapter {
    let config = PoolConfig {
        acquire_timeout: ACQUIRE_TIMEOUT,
        ..PoolConfig::default()
    };
    let url = database_url(pool, proxy.port());
    let adapter = SqlxAdapter::with_config(&url, config)
        .await
        .unwrap()
        .with_clock(clock);
    adapter.migrate().await.unwrap();
    adapter
}

#[sqlx::test(migrations = false)]
async fn cut_network_is_unavailable_then_recovers(pool: PgPool) {
    let proxy = Proxy::start().await;
    let db = adapter_through(&proxy, &pool, ManualClock::default()).await;
    let user = db
        .create_user(CreateUser::with_email("ada@example.com"))
        .await
        .unwrap();

    proxy.cut();
    let started = Instant::now();
    let read = db.get_user_by_id(&user.id).await;
    let write = db
        .create_user(CreateUser::with_email("grace@example.com"))
        .await;
    let elapsed = started.elapsed();

    let read = read.unwrap_err();
    let write = write.unwrap_err();
    assert!(read.is_unavailable(), "{read}");
    assert!(write.is_unavailable(), "{write}");
    // Two calls, each bounded by the acquire timeout, plus scheduling slack.
    assert!(
        elapsed < 2 * ACQUIRE_TIMEOUT + Duration::from_secs(1),
        "{elapsed:?}"
    );

    proxy.restore().await;
    let read = db.get_user_by_id(&user.id).await.unwrap();
    assert_eq!(read, Some(user));
    let missing = db.get_user_by_email("grace@example.com").await.unwrap();
    assert_eq!(missing, None, "the failed create was applied");
}

#[sqlx::test(migrations = false)]
async fn cut_inside_delete_organization_rolls_back(pool: PgPool) {
    let clock = ManualClock::default();
    let proxy = Proxy::start().await;
    let db = adapter_through(&proxy, &pool, clock.clone()).await;
    let user = db
        .create_user(CreateUser::with_email("ada@example.com"))
        .await
        .unwrap();
    let org = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();
    let member = db
        .create_member(CreateMember::new(&org.id, &user.id, "owner"))
        .await
        .unwrap();
    let session = CreateSession {
        active_organization_id: Some(org.id.clone()),
        ..CreateSession::new(&user.id, clock.now() + chrono::Duration::hours(1))
    };
    let session = db.create_session(session).await.unwrap();
    clock.advance(chrono::Duration::seconds(5));

    // The sessions are cleared by the first statement of the transaction;
    // the connection dies when the second one is sent.
    proxy.cut_when_client_sends("DELETE FROM organization");
    let err = db.delete_organization(&org.id).await.unwrap_err();
    assert!(err.is_unavailable(), "{err}");

    proxy.restore().await;
    let org_after = db.get_organization_by_id(&org.id).await.unwrap();
    let member_after = db.get_member_by_id(&member.id).await.unwrap();
    let session_after = db.get_session(&session.token).await.unwrap().unwrap();
    assert_eq!(org_after, Some(org.clone()));
    assert_eq!(member_after, Some(member));
    assert_eq!(session_after.active_organization_id, Some(org.id.clone()));
    assert_eq!(session_after.updated_at, session.updated_at);

    db.delete_organization(&org.id).await.unwrap();
    assert_eq!(db.get_organization_by_id(&org.id).await.unwrap(), None);
}
