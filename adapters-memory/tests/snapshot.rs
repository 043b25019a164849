//! Snapshots: export, restore, and rejection of broken documents.

use better_auth_core::{
    AuthAccount, AuthError, AuthSession, AuthUser, AuthVerification, Clock, CreateAccount,
    CreateInvitation, CreateMember, CreateOrganization, CreateSession, CreateUser,
    CreateVerification, DatabaseAdapter, ManualClock,
};
use better_auth_memory::MemoryDatabaseAdapter;
use chrono::Duration;
use serde_json::Value;

/// The adapter over the built-in entity types.
type Store = MemoryDatabaseAdapter;

/// Fills a store with one row of every table; returns it with the session token.
async fn populated(clock: &ManualClock) -> (MemoryDatabaseAdapter, String) {
    let db = MemoryDatabaseAdapter::new().with_clock(clock.clone());
    let expires = clock.now() + Duration::hours(1);

    let user = db
        .create_user(CreateUser::with_email("ada@example.com").username("ada"))
        .await
        .unwrap();
    db.create_account(CreateAccount::credential(&user.id, "$argon2id$hash"))
        .await
        .unwrap();
    let session = db
        .create_session(CreateSession::new(&user.id, expires))
        .await
        .unwrap();
    db.create_verification(CreateVerification::new("email:ada", "123456", expires))
        .await
        .unwrap();
    let org = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();
    db.create_member(CreateMember::new(&org.id, &user.id, "owner"))
        .await
        .unwrap();
    db.create_invitation(CreateInvitation::new(
        &org.id,
        "bob@example.com",
        &user.id,
        expires,
    ))
    .await
    .unwrap();
    (db, session.token)
}

#[tokio::test]
async fn snapshot_round_trip_keeps_every_row() {
    let clock = ManualClock::default();
    let (db, token) = populated(&clock).await;

    let json = db.export_snapshot().unwrap();
    let restored = Store::from_snapshot(&json)
        .unwrap()
        .with_clock(clock.clone());

    let user = restored
        .get_user_by_email("ADA@example.com")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(user.username(), Some("ada"));
    let session = restored.get_session(&token).await.unwrap().unwrap();
    assert_eq!(session.user_id(), user.id());
    let accounts = restored.list_user_accounts(user.id()).await.unwrap();
    assert_eq!(accounts[0].password(), Some("$argon2id$hash"));
    let verification = restored
        .get_verification("email:ada")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(verification.value(), "123456");
    let org = restored
        .get_organization_by_slug("acme")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        restored.count_organization_members(&org.id).await.unwrap(),
        1
    );
    let pending = restored
        .list_pending_invitations("bob@example.com")
        .await
        .unwrap();
    assert_eq!(pending.len(), 1);
}

#[tokio::test]
async fn snapshot_export_is_deterministic() {
    let clock = ManualClock::default();
    let (db, _) = populated(&clock).await;

    let first = db.export_snapshot().unwrap();
    let again = Store::from_snapshot(&first)
        .unwrap()
        .export_snapshot()
        .unwrap();
    assert_eq!(first, again);
}

#[tokio::test]
async fn snapshot_contains_secrets_that_serialize_skips() {
    let clock = ManualClock::default();
    let (db, token) = populated(&clock).await;

    let json = db.export_snapshot().unwrap();
    assert!(json.contains(&token));
    assert!(json.contains("$argon2id$hash"));

    let session = db.get_session(&token).await.unwrap().unwrap();
    let public = serde_json::to_string(&session).unwrap();
    assert!(!public.contains(&token));
}

#[tokio::test]
async fn restored_store_enforces_unique_keys() {
    let clock = ManualClock::default();
    let (db, _) = populated(&clock).await;
    let restored = Store::from_snapshot(&db.export_snapshot().unwrap()).unwrap();

    let err = restored
        .create_user(CreateUser::with_email("Ada@Example.com"))
        .await
        .unwrap_err();
    assert_eq!(err.field(), Some("email"));
}

/// Exports a populated store, lets `edit` break the document, and returns
/// the error of restoring it.
async fn broken_snapshot(edit: impl FnOnce(&mut Value)) -> AuthError {
    let clock = ManualClock::default();
    let (db, _) = populated(&clock).await;
    let mut document: Value = serde_json::from_str(&db.export_snapshot().unwrap()).unwrap();
    edit(&mut document);
    Store::from_snapshot(&document.to_string()).unwrap_err()
}

#[tokio::test]
async fn snapshot_with_duplicate_email_is_rejected() {
    let err = broken_snapshot(|doc| {
        let mut copy = doc["users"][0].clone();
        copy["id"] = "another-id".into();
        copy["username"] = Value::Null;
        doc["users"].as_array_mut().unwrap().push(copy);
    })
    .await;
    assert_eq!(err.field(), Some("snapshot"));
    assert!(err.to_string().contains("users[1]"), "{err}");
    assert!(err.to_string().contains("email"), "{err}");
}

#[tokio::test]
async fn snapshot_with_missing_user_is_rejected() {
    let err = broken_snapshot(|doc| {
        doc["sessions"][0]["user_id"] = "nobody".into();
    })
    .await;
    assert!(err.to_string().contains("sessions[0]"), "{err}");
    assert!(err.to_string().contains("user_id"), "{err}");
}

#[tokio::test]
async fn snapshot_with_missing_organization_is_rejected() {
    let err = broken_snapshot(|doc| {
        doc["members"][0]["organization_id"] = "nowhere".into();
    })
    .await;
    assert!(err.to_string().contains("members[0]"), "{err}");
    assert!(err.to_string().contains("organization_id"), "{err}");
}

#[tokio::test]
async fn snapshot_with_unknown_status_is_rejected() {
    let err = broken_snapshot(|doc| {
        doc["invitations"][0]["status"] = "expired".into();
    })
    .await;
    assert!(err.to_string().contains("invitations[0]"), "{err}");
}

#[tokio::test]
async fn snapshot_with_mixed_case_email_is_rejected() {
    let err = broken_snapshot(|doc| {
        doc["users"][0]["email"] = "Ada@Example.com".into();
    })
    .await;
    assert!(err.to_string().contains("users[0]"), "{err}");
}

#[tokio::test]
async fn snapshot_of_another_version_is_rejected() {
    let err = broken_snapshot(|doc| {
        doc["version"] = 99.into();
    })
    .await;
    assert!(err.to_string().contains("version 99"), "{err}");
}

#[tokio::test]
async fn snapshot_with_unknown_field_is_rejected() {
    let err = broken_snapshot(|doc| {
        doc["users"][0]["plan"] = "pro".into();
    })
    .await;
    assert!(err.to_string().contains("plan"), "{err}");
}

#[tokio::test]
async fn garbage_is_not_a_snapshot() {
    let err = Store::from_snapshot("{\"users\": 3}").unwrap_err();
    assert!(err.is_invalid_input());
}
