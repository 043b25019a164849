//! Accounts: round trip, the (`provider_id`, `account_id`) key, references
//! and partial updates.

use better_auth_core::{
    AuthAccount, AuthUser, CreateAccount, DatabaseAdapter, EntityKind, UpdateAccount,
};
use chrono::{Duration, SubsecRound};

use crate::assert::{
    assert_account_eq, assert_account_eq_except, assert_conflict, assert_invalid, assert_none,
    assert_not_found, assert_uuid_v4, found, ok,
};
use crate::fixtures::{hours, with_nanos};
use crate::Harness;

/// Builds an OAuth account input with every column set.
fn full_account<A: DatabaseAdapter>(h: &Harness<A>, user_id: &str) -> CreateAccount {
    CreateAccount {
        access_token: Some("access-token".to_owned()),
        refresh_token: Some("refresh-token".to_owned()),
        id_token: Some("id-token".to_owned()),
        access_token_expires_at: Some(with_nanos(h.now() + hours(1))),
        refresh_token_expires_at: Some(with_nanos(h.now() + hours(720))),
        scope: Some("openid email profile".to_owned()),
        password: Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA".to_owned()),
        ..CreateAccount::oauth("github", "gh-1234", user_id)
    }
}

pub async fn round_trip<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let input = full_account(&h, user.id());
    let access_expiry = input.access_token_expires_at.unwrap();
    let refresh_expiry = input.refresh_token_expires_at.unwrap();
    let created = ok(db.create_account(input).await, "create_account");

    assert_eq!(created.provider_id(), "github");
    assert_eq!(created.account_id(), "gh-1234");
    assert_eq!(created.user_id(), user.id());
    assert_eq!(created.access_token(), Some("access-token"));
    assert_eq!(created.refresh_token(), Some("refresh-token"));
    assert_eq!(created.id_token(), Some("id-token"));
    assert_eq!(
        created.access_token_expires_at(),
        Some(access_expiry.trunc_subsecs(6))
    );
    assert_eq!(
        created.refresh_token_expires_at(),
        Some(refresh_expiry.trunc_subsecs(6))
    );
    assert_eq!(created.scope(), Some("openid email profile"));
    assert_eq!(
        created.password(),
        Some("$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA")
    );
    assert_eq!(created.created_at(), h.now());
    assert_eq!(created.updated_at(), h.now());

    let by_key = found(db.get_account("github", "gh-1234").await, "get_account");
    assert_account_eq(&created, &by_key);
    let by_id = found(
        db.get_account_by_id(created.id()).await,
        "get_account_by_id",
    );
    assert_account_eq(&created, &by_id);
    let listed = ok(db.list_user_accounts(user.id()).await, "list_user_accounts");
    assert_eq!(
        listed.len(),
        1,
        "list_user_accounts returned the wrong number of rows"
    );
    assert_account_eq(&created, &listed[0]);

    let credential = CreateAccount::credential(user.id(), "hash");
    let password = ok(
        db.create_account(credential).await,
        "create_account(credential)",
    );
    let read = found(
        db.get_account("credential", user.id()).await,
        "get_account(credential)",
    );
    assert_account_eq(&password, &read);
    assert_eq!(read.access_token(), None);
}

pub async fn generated_id<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let first = h.account("github", "1", user.id()).await;
    let second = h.account("google", "1", user.id()).await;

    assert_uuid_v4(first.id());
    assert_uuid_v4(second.id());
    assert_ne!(first.id(), second.id(), "two accounts got the same id");
}

pub async fn key_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;
    let original = h.account("github", "1234", ada.id()).await;

    let duplicate = CreateAccount {
        id: Some("account-duplicate".to_owned()),
        ..CreateAccount::oauth("github", "1234", bob.id())
    };
    assert_conflict(
        db.create_account(duplicate).await,
        EntityKind::Account,
        "account_id",
    );

    assert_none(
        db.get_account_by_id("account-duplicate").await,
        "get_account_by_id(failed row)",
    );
    let kept = found(db.get_account("github", "1234").await, "get_account");
    assert_account_eq(&original, &kept);
    let bobs = ok(
        db.list_user_accounts(bob.id()).await,
        "list_user_accounts(bob)",
    );
    assert!(bobs.is_empty(), "the failed create left an account for bob");
}

pub async fn key_parts_reusable<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    h.account("github", "1234", user.id()).await;

    let other_provider = db
        .create_account(CreateAccount::oauth("google", "1234", user.id()))
        .await;
    assert!(
        other_provider.is_ok(),
        "same account_id at another provider: {other_provider:?}"
    );
    let other_account = db
        .create_account(CreateAccount::oauth("github", "5678", user.id()))
        .await;
    assert!(
        other_account.is_ok(),
        "another account_id at the same provider: {other_account:?}"
    );
    let listed = ok(db.list_user_accounts(user.id()).await, "list_user_accounts");
    assert_eq!(listed.len(), 3);
}

pub async fn id_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let input = CreateAccount {
        id: Some("account-1".to_owned()),
        ..CreateAccount::oauth("github", "1", user.id())
    };
    let original = ok(db.create_account(input).await, "create_account");

    let duplicate = CreateAccount {
        id: Some("account-1".to_owned()),
        ..CreateAccount::oauth("google", "2", user.id())
    };
    assert_conflict(
        db.create_account(duplicate).await,
        EntityKind::Account,
        "id",
    );

    assert_none(
        db.get_account("google", "2").await,
        "get_account(failed row)",
    );
    let kept = found(db.get_account_by_id("account-1").await, "get_account_by_id");
    assert_account_eq(&original, &kept);
}

pub async fn missing_user<A: DatabaseAdapter>(h: Harness<A>) {
    let input = CreateAccount::oauth("github", "1234", "no-such-user");

    assert_invalid(h.adapter.create_account(input).await, "user_id");
    assert_none(
        h.adapter.get_account("github", "1234").await,
        "get_account(failed row)",
    );
}

pub async fn update_partial<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let before = ok(
        db.create_account(full_account(&h, user.id())).await,
        "create_account",
    );
    h.advance(Duration::seconds(1));
    let new_expiry = with_nanos(h.now() + hours(2));

    let update = UpdateAccount {
        access_token: Some(Some("rotated".to_owned())),
        access_token_expires_at: Some(Some(new_expiry)),
        ..Default::default()
    };
    let updated = ok(
        db.update_account(before.id(), update).await,
        "update_account",
    );

    assert_eq!(updated.access_token(), Some("rotated"));
    assert_eq!(
        updated.access_token_expires_at(),
        Some(new_expiry.trunc_subsecs(6))
    );
    assert_eq!(
        updated.updated_at(),
        h.now(),
        "updated_at did not move to now"
    );
    let changed = ["access_token", "access_token_expires_at", "updated_at"];
    assert_account_eq_except(&before, &updated, &changed);
    let read = found(db.get_account_by_id(before.id()).await, "get_account_by_id");
    assert_account_eq(&updated, &read);
}

pub async fn update_clears<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let before = ok(
        db.create_account(full_account(&h, user.id())).await,
        "create_account",
    );

    let update = UpdateAccount {
        access_token: Some(None),
        refresh_token: Some(None),
        id_token: Some(None),
        access_token_expires_at: Some(None),
        refresh_token_expires_at: Some(None),
        scope: Some(None),
        password: Some(None),
        ..Default::default()
    };
    let cleared = ok(
        db.update_account(before.id(), update).await,
        "update_account",
    );

    assert_eq!(cleared.access_token(), None);
    assert_eq!(cleared.refresh_token(), None);
    assert_eq!(cleared.id_token(), None);
    assert_eq!(cleared.access_token_expires_at(), None);
    assert_eq!(cleared.refresh_token_expires_at(), None);
    assert_eq!(cleared.scope(), None);
    assert_eq!(cleared.password(), None);
    let read = found(db.get_account("github", "gh-1234").await, "get_account");
    assert_account_eq(&cleared, &read);
}

pub async fn update_missing<A: DatabaseAdapter>(h: Harness<A>) {
    let update = UpdateAccount {
        scope: Some(Some("email".to_owned())),
        ..Default::default()
    };
    let result = h.adapter.update_account("no-such-account", update).await;

    assert_not_found(result, EntityKind::Account);
    let db = &h.adapter;
    assert_none(
        db.get_account_by_id("no-such-account").await,
        "get_account_by_id",
    );
    assert_none(
        db.get_account("github", "no-such-account").await,
        "get_account",
    );
    let listed = ok(
        db.list_user_accounts("no-such-user").await,
        "list_user_accounts",
    );
    assert!(listed.is_empty(), "accounts listed for an unknown user");
}

pub async fn delete_twice<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let gone = h.account("github", "1", user.id()).await;
    let kept = h.account("google", "1", user.id()).await;

    ok(db.delete_account(gone.id()).await, "delete_account");
    assert_none(
        db.get_account_by_id(gone.id()).await,
        "get_account_by_id(deleted)",
    );
    assert_none(db.get_account("github", "1").await, "get_account(deleted)");
    ok(db.delete_account(gone.id()).await, "delete_account(again)");
    ok(
        db.delete_account("no-such-account").await,
        "delete_account(unknown id)",
    );
    let listed = ok(db.list_user_accounts(user.id()).await, "list_user_accounts");
    assert_eq!(listed.len(), 1, "delete_account removed the wrong rows");
    assert_account_eq(&kept, &listed[0]);
}
