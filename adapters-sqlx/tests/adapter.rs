//! PostgreSQL-specific behaviour beyond the conformance suite: exact error
//! values, races on one server, what is stored, and how many statements
//! each operation sends.

mod common;

use std::sync::Arc;

use better_auth_core::{
    AuthError, Clock, CreateAccount, CreateInvitation, CreateMember, CreateOrganization,
    CreateSession, CreateUser, CreateVerification, DatabaseAdapter, EntityKind, InvitationStatus,
    ListUsers, ManualClock, Page, UpdateSession, UpdateUser,
};
use better_auth_sqlx::SqlxAdapter;
use chrono::Duration;
use sqlx::PgPool;

use common::capture::Captured;
use common::migrated;

/// Creates an inviter, an organization and a pending invitation.
async fn pending_invitation(db: &SqlxAdapter, clock: &ManualClock) -> String {
    let inviter = db
        .create_user(CreateUser::with_email("owner@example.com"))
        .await
        .unwrap();
    let org = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();
    let input = CreateInvitation::new(
        &org.id,
        "guest@example.com",
        &inviter.id,
        clock.now() + Duration::hours(1),
    );
    db.create_invitation(input).await.unwrap().id
}

#[sqlx::test(migrations = false)]
async fn status_conflict_names_found_status(pool: PgPool) {
    let clock = ManualClock::default();
    let db = migrated(pool, clock.clone()).await;
    let id = pending_invitation(&db, &clock).await;
    db.update_invitation_status(&id, InvitationStatus::Pending, InvitationStatus::Accepted)
        .await
        .unwrap();

    let err = db
        .update_invitation_status(&id, InvitationStatus::Pending, InvitationStatus::Canceled)
        .await
        .unwrap_err();

    let expected = AuthError::conflict(
        EntityKind::Invitation,
        "status",
        "expected pending, found accepted",
    );
    assert_eq!(err.to_string(), expected.to_string());
    assert_eq!(err.field(), Some("status"));
}

#[sqlx::test(migrations = false)]
async fn status_update_of_missing_id_is_not_found(pool: PgPool) {
    let db = migrated(pool, ManualClock::default()).await;

    let err = db
        .update_invitation_status(
            "nope",
            InvitationStatus::Pending,
            InvitationStatus::Accepted,
        )
        .await
        .unwrap_err();

    assert!(err.is_not_found(), "{err}");
}

#[sqlx::test(migrations = false)]
async fn status_race_losers_see_winner_status(pool: PgPool) {
    let clock = ManualClock::default();
    let db = Arc::new(migrated(pool, clock.clone()).await);
    let id = pending_invitation(&db, &clock).await;
    let targets = [InvitationStatus::Accepted, InvitationStatus::Canceled];

    let racers: Vec<_> = (0..50)
        .map(|i| {
            let db = Arc::clone(&db);
            let id = id.clone();
            tokio::spawn(async move {
                db.update_invitation_status(&id, InvitationStatus::Pending, targets[i % 2])
                    .await
            })
        })
        .collect();
    let mut results = Vec::new();
    for racer in racers {
        results.push(racer.await.unwrap());
    }

    let winners: Vec<_> = results.iter().filter_map(|r| r.as_ref().ok()).collect();
    assert_eq!(winners.len(), 1, "expected one winner: {results:?}");
    let won = winners[0].status;
    let expected = format!("expected pending, found {won}");
    for err in results.iter().filter_map(|r| r.as_ref().err()) {
        assert!(err.is_conflict(), "{err}");
        assert!(err.to_string().ends_with(&expected), "{err}");
    }
}

#[sqlx::test(migrations = false)]
async fn consume_race_has_one_winner(pool: PgPool) {
    let clock = ManualClock::default();
    let db = Arc::new(migrated(pool, clock.clone()).await);
    let input = CreateVerification::new("reset:ada", "secret", clock.now() + Duration::hours(1));
    db.create_verification(input).await.unwrap();

    let racers: Vec<_> = (0..50)
        .map(|_| {
            let db = Arc::clone(&db);
            tokio::spawn(async move { db.consume_verification("reset:ada", "secret").await })
        })
        .collect();
    let mut winners = 0;
    for racer in racers {
        if racer.await.unwrap().unwrap().is_some() {
            winners += 1;
        }
    }

    assert_eq!(winners, 1);
}

#[sqlx::test(migrations = false)]
async fn unknown_stored_status_is_an_error(pool: PgPool) {
    let clock = ManualClock::default();
    let db = migrated(pool, clock.clone()).await;
    let id = pending_invitation(&db, &clock).await;
    sqlx::query("UPDATE invitation SET status = 'expired' WHERE id = $1")
        .bind(&id)
        .execute(db.pool())
        .await
        .unwrap();

    let read = db.get_invitation_by_id(&id).await;
    let update = db
        .update_invitation_status(&id, InvitationStatus::Pending, InvitationStatus::Accepted)
        .await
        .unwrap_err();

    assert!(matches!(read, Err(AuthError::Internal { .. })), "{read:?}");
    assert!(update.is_conflict(), "{update}");
    assert!(update.to_string().ends_with("found expired"), "{update}");
}

#[sqlx::test(migrations = false)]
async fn missing_reference_names_field_and_id(pool: PgPool) {
    let clock = ManualClock::default();
    let db = migrated(pool, clock.clone()).await;
    let org = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();

    let session = CreateSession::new("ghost", clock.now() + Duration::hours(1));
    let session_err = db.create_session(session).await.unwrap_err();
    let member_err = db
        .create_member(CreateMember::new(&org.id, "ghost", "member"))
        .await
        .unwrap_err();
    let account_err = db
        .create_account(CreateAccount::credential("ghost", "hash"))
        .await
        .unwrap_err();

    for err in [&session_err, &member_err, &account_err] {
        assert!(err.is_invalid_input(), "{err}");
        assert_eq!(err.field(), Some("user_id"));
        assert!(
            err.to_string().contains("no user has id \"ghost\""),
            "{err}"
        );
    }
}

#[sqlx::test(migrations = false)]
async fn stored_emails_are_normalized(pool: PgPool) {
    let clock = ManualClock::default();
    let db = migrated(pool, clock.clone()).await;
    let user = db
        .create_user(CreateUser::with_email("  Ada@Example.COM "))
        .await
        .unwrap();
    let update = UpdateUser {
        email: Some(Some("ADA.L@Example.com".to_owned())),
        ..UpdateUser::default()
    };
    db.update_user(&user.id, update).await.unwrap();

    let stored: String = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
        .bind(&user.id)
        .fetch_one(db.pool())
        .await
        .unwrap();

    assert_eq!(stored, "ada.l@example.com");
    assert!(db
        .get_user_by_email(" ADA.L@EXAMPLE.COM")
        .await
        .unwrap()
        .is_some());
}

#[sqlx::test(migrations = false)]
async fn lookups_with_nul_find_nothing(pool: PgPool) {
    let db = migrated(pool, ManualClock::default()).await;

    assert!(db.get_user_by_id("a\0b").await.unwrap().is_none());
    assert!(db.get_session("a\0b").await.unwrap().is_none());
    assert!(db.get_verification("a\0b").await.unwrap().is_none());
    assert_eq!(db.delete_verifications("a\0b").await.unwrap(), 0);
    let err = db
        .update_session("a\0b", UpdateSession::default())
        .await
        .unwrap_err();
    assert!(err.is_not_found(), "{err}");
}

/// Returns the summaries of the statements sqlx sent, from its
/// `sqlx::query` log events.
fn statements(captured: &Captured) -> Vec<String> {
    captured
        .lines()
        .into_iter()
        .filter(|line| line.target == "sqlx::query")
        .map(|line| line.fields.chars().take(60).collect())
        .collect()
}

#[sqlx::test(migrations = false)]
async fn each_operation_sends_one_statement(pool: PgPool) {
    let clock = ManualClock::default();
    let db = migrated(pool, clock.clone()).await;
    let (captured, _guard) = Captured::start();
    let hour = clock.now() + Duration::hours(1);

    let mut user_ids = Vec::new();
    for i in 0..5 {
        let user = db
            .create_user(CreateUser::with_email(format!("user{i}@example.com")))
            .await
            .unwrap();
        user_ids.push(user.id);
    }
    let org = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();
    for user_id in &user_ids {
        db.create_member(CreateMember::new(&org.id, user_id, "member"))
            .await
            .unwrap();
        db.create_session(CreateSession::new(user_id, hour))
            .await
            .unwrap();
    }
    captured.clear();

    // Lists return many rows with one statement each: no N+1 queries.
    db.list_users(ListUsers::default()).await.unwrap();
    assert_eq!(statements(&captured).len(), 1, "list_users");
    captured.clear();
    db.list_organization_members(&org.id, Page::default())
        .await
        .unwrap();
    assert_eq!(statements(&captured).len(), 1, "list_organization_members");
    captured.clear();
    db.list_user_organizations(&user_ids[0]).await.unwrap();
    assert_eq!(statements(&captured).len(), 1, "list_user_organizations");
    captured.clear();
    db.delete_user(&user_ids[0]).await.unwrap();
    assert_eq!(statements(&captured).len(), 1, "delete_user with cascades");
    captured.clear();

    // A transaction of two statements; sqlx sends BEGIN with the first
    // one and does not log it.
    db.delete_organization(&org.id).await.unwrap();
    let sent = statements(&captured);
    assert_eq!(sent.len(), 3, "delete_organization: {sent:?}");
    assert!(sent[0].starts_with("summary=UPDATE sessions"), "{sent:?}");
    assert!(
        sent[1].starts_with("summary=DELETE FROM organization"),
        "{sent:?}"
    );
    assert!(sent[2].starts_with("summary=COMMIT"), "{sent:?}");
}

#[sqlx::test(migrations = false)]
async fn delete_organization_clears_active_sessions(pool: PgPool) {
    let clock = ManualClock::default();
    let db = migrated(pool, clock.clone()).await;
    let user = db
        .create_user(CreateUser::with_email("ada@example.com"))
        .await
        .unwrap();
    let org = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();
    let session = CreateSession {
        active_organization_id: Some(org.id.clone()),
        ..CreateSession::new(&user.id, clock.now() + Duration::hours(1))
    };
    let session = db.create_session(session).await.unwrap();
    clock.advance(Duration::seconds(5));

    db.delete_organization(&org.id).await.unwrap();

    let read = db.get_session(&session.token).await.unwrap().unwrap();
    assert_eq!(read.active_organization_id, None);
    assert_eq!(read.updated_at, clock.now());
}
