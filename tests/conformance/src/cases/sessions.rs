//! Sessions: round trip, tokens, unique keys, references, expiry at the
//! exact boundary, partial updates and bulk deletes.

use better_auth_core::{
    AuthOrganization, AuthSession, AuthUser, CreateSession, DatabaseAdapter, EntityKind,
    UpdateSession,
};
use chrono::{Duration, SubsecRound};

use crate::assert::{
    assert_conflict, assert_invalid, assert_micros, assert_none, assert_not_found,
    assert_session_eq, assert_session_eq_except, assert_uuid_v4, found, ok,
};
use crate::fixtures::{hours, micro, session_ids, with_nanos};
use crate::Harness;

/// Builds a 43-character session token of `seed` characters, for cases
/// that need a token no session has.
fn token(seed: char) -> String {
    seed.to_string().repeat(43)
}

pub async fn round_trip<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let admin = h.user("admin@example.com").await;
    let org = h.organization("acme").await;
    let expires_at = with_nanos(h.now() + hours(1));
    let input = CreateSession {
        ip_address: Some("203.0.113.7".to_owned()),
        user_agent: Some("Mozilla/5.0".to_owned()),
        impersonated_by: Some(admin.id().to_owned()),
        active_organization_id: Some(org.id().to_owned()),
        ..CreateSession::new(user.id(), expires_at)
    };
    let token = input.token.clone();
    let created = ok(db.create_session(input).await, "create_session");

    assert_eq!(created.token(), token);
    assert_eq!(created.user_id(), user.id());
    assert_eq!(created.expires_at(), expires_at.trunc_subsecs(6));
    assert_micros(created.expires_at(), "expires_at");
    assert_eq!(created.ip_address(), Some("203.0.113.7"));
    assert_eq!(created.user_agent(), Some("Mozilla/5.0"));
    assert_eq!(created.impersonated_by(), Some(admin.id()));
    assert_eq!(created.active_organization_id(), Some(org.id()));
    assert!(created.active(), "a new session must be active");
    assert_eq!(created.created_at(), h.now());
    assert_eq!(created.updated_at(), h.now());

    let by_token = found(db.get_session(&token).await, "get_session");
    assert_session_eq(&created, &by_token);
    let by_id = found(
        db.get_session_by_id(created.id()).await,
        "get_session_by_id",
    );
    assert_session_eq(&created, &by_id);
    let listed = ok(db.list_user_sessions(user.id()).await, "list_user_sessions");
    assert_eq!(
        listed.len(),
        1,
        "list_user_sessions returned the wrong number of rows"
    );
    assert_session_eq(&created, &listed[0]);
}

pub async fn generated_token<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let first = CreateSession::new(user.id(), h.now() + hours(1));
    let second = CreateSession::new(user.id(), h.now() + hours(1));

    assert!(
        first.token.chars().count() >= 43,
        "a generated token has fewer than 43 characters (256 bits in base64)"
    );
    assert_ne!(first.token, second.token, "two generated tokens are equal");
    let token = first.token.clone();
    let created = ok(h.adapter.create_session(first).await, "create_session");
    assert_eq!(
        created.token(),
        token,
        "the adapter replaced the caller's token"
    );
}

pub async fn generated_id<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let first = h.session(user.id(), hours(1)).await;
    let second = h.session(user.id(), hours(1)).await;

    assert_uuid_v4(first.id());
    assert_uuid_v4(second.id());
    assert_ne!(first.id(), second.id(), "two sessions got the same id");
}

pub async fn supplied_id<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let input = CreateSession {
        id: Some("session-chosen-id".to_owned()),
        ..CreateSession::new(user.id(), h.now() + hours(1))
    };
    let created = ok(h.adapter.create_session(input).await, "create_session");

    assert_eq!(created.id(), "session-chosen-id");
    let read = found(
        h.adapter.get_session_by_id("session-chosen-id").await,
        "get_session_by_id",
    );
    assert_session_eq(&created, &read);
}

pub async fn token_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;
    let original = h.session(ada.id(), hours(1)).await;

    let duplicate = CreateSession {
        id: Some("session-duplicate".to_owned()),
        token: original.token().to_owned(),
        ..CreateSession::new(bob.id(), h.now() + hours(2))
    };
    assert_conflict(
        db.create_session(duplicate).await,
        EntityKind::Session,
        "token",
    );

    assert_none(
        db.get_session_by_id("session-duplicate").await,
        "get_session_by_id(failed row)",
    );
    let kept = found(db.get_session(original.token()).await, "get_session");
    assert_session_eq(&original, &kept);
    assert_eq!(
        h.session_ids(bob.id()).await,
        Vec::<String>::new(),
        "bob's sessions"
    );
}

pub async fn id_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let input = CreateSession {
        id: Some("session-1".to_owned()),
        ..CreateSession::new(user.id(), h.now() + hours(1))
    };
    let original = ok(db.create_session(input).await, "create_session");

    let duplicate = CreateSession {
        id: Some("session-1".to_owned()),
        ..CreateSession::new(user.id(), h.now() + hours(2))
    };
    let duplicate_token = duplicate.token.clone();
    assert_conflict(
        db.create_session(duplicate).await,
        EntityKind::Session,
        "id",
    );

    assert_none(
        db.get_session(&duplicate_token).await,
        "get_session(failed row)",
    );
    let kept = found(db.get_session_by_id("session-1").await, "get_session_by_id");
    assert_session_eq(&original, &kept);
}

pub async fn missing_user<A: DatabaseAdapter>(h: Harness<A>) {
    let input = CreateSession::new("no-such-user", h.now() + hours(1));
    let token = input.token.clone();

    assert_invalid(h.adapter.create_session(input).await, "user_id");
    assert_none(
        h.adapter.get_session(&token).await,
        "get_session(failed row)",
    );
}

pub async fn expiry_boundary<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let session = h.session(user.id(), hours(1)).await;
    let expires_at = session.expires_at();

    h.set_now(expires_at - micro());
    found(
        db.get_session(session.token()).await,
        "get_session(1 µs before expiry)",
    );
    found(
        db.get_session_by_id(session.id()).await,
        "get_session_by_id(1 µs before expiry)",
    );
    assert_eq!(
        h.session_ids(user.id()).await,
        vec![session.id().to_owned()]
    );

    h.set_now(expires_at);
    assert_none(
        db.get_session(session.token()).await,
        "get_session(at expiry)",
    );
    assert_none(
        db.get_session_by_id(session.id()).await,
        "get_session_by_id(at expiry)",
    );
    assert_eq!(
        h.session_ids(user.id()).await,
        Vec::<String>::new(),
        "list_user_sessions(at expiry)"
    );
}

pub async fn expired_update<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let session = h.session(user.id(), hours(1)).await;
    let agent = |value: &str| UpdateSession {
        user_agent: Some(Some(value.to_owned())),
        ..Default::default()
    };

    h.set_now(session.expires_at() - micro());
    let live = ok(
        db.update_session(session.token(), agent("live")).await,
        "update_session",
    );
    assert_eq!(live.user_agent(), Some("live"));

    h.set_now(session.expires_at());
    let result = db.update_session(session.token(), agent("expired")).await;
    assert_not_found(result, EntityKind::Session);

    h.set_now(session.expires_at() - micro());
    let read = found(db.get_session(session.token()).await, "get_session");
    assert_session_eq(&live, &read);
}

pub async fn extend<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let session = h.session(user.id(), hours(1)).await;
    let new_expiry = with_nanos(h.now() + hours(3));

    let update = UpdateSession {
        expires_at: Some(new_expiry),
        ..Default::default()
    };
    let extended = ok(
        db.update_session(session.token(), update).await,
        "update_session",
    );
    assert_eq!(extended.expires_at(), new_expiry.trunc_subsecs(6));

    h.set_now(session.expires_at() + Duration::seconds(1));
    let read = found(
        db.get_session(session.token()).await,
        "get_session(past the old expiry)",
    );
    assert_session_eq(&extended, &read);
    found(
        db.get_session_by_id(session.id()).await,
        "get_session_by_id(past the old expiry)",
    );

    h.set_now(extended.expires_at());
    assert_none(
        db.get_session(session.token()).await,
        "get_session(at the new expiry)",
    );
}

pub async fn update_partial<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let org = h.organization("acme").await;
    let input = CreateSession {
        ip_address: Some("203.0.113.7".to_owned()),
        user_agent: Some("Mozilla/5.0".to_owned()),
        active_organization_id: Some(org.id().to_owned()),
        ..CreateSession::new(user.id(), h.now() + hours(1))
    };
    let before = ok(db.create_session(input).await, "create_session");
    h.advance(Duration::seconds(1));

    let update = UpdateSession {
        ip_address: Some(Some("198.51.100.1".to_owned())),
        ..Default::default()
    };
    let updated = ok(
        db.update_session(before.token(), update).await,
        "update_session",
    );

    assert_eq!(updated.ip_address(), Some("198.51.100.1"));
    assert_eq!(
        updated.updated_at(),
        h.now(),
        "updated_at did not move to now"
    );
    assert_session_eq_except(&before, &updated, &["ip_address", "updated_at"]);
    let read = found(db.get_session(before.token()).await, "get_session");
    assert_session_eq(&updated, &read);
}

pub async fn update_clears<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let org = h.organization("acme").await;
    let input = CreateSession {
        ip_address: Some("203.0.113.7".to_owned()),
        user_agent: Some("Mozilla/5.0".to_owned()),
        active_organization_id: Some(org.id().to_owned()),
        ..CreateSession::new(user.id(), h.now() + hours(1))
    };
    let before = ok(db.create_session(input).await, "create_session");

    let update = UpdateSession {
        active_organization_id: Some(None),
        ip_address: Some(None),
        user_agent: Some(None),
        ..Default::default()
    };
    let cleared = ok(
        db.update_session(before.token(), update).await,
        "update_session",
    );

    assert_eq!(cleared.active_organization_id(), None);
    assert_eq!(cleared.ip_address(), None);
    assert_eq!(cleared.user_agent(), None);
    assert_eq!(
        cleared.expires_at(),
        before.expires_at(),
        "expires_at changed"
    );
    let read = found(db.get_session_by_id(before.id()).await, "get_session_by_id");
    assert_session_eq(&cleared, &read);
}

pub async fn update_missing<A: DatabaseAdapter>(h: Harness<A>) {
    let update = UpdateSession {
        user_agent: Some(Some("curl".to_owned())),
        ..Default::default()
    };
    let result = h.adapter.update_session(&token('z'), update).await;

    assert_not_found(result, EntityKind::Session);
    let db = &h.adapter;
    assert_none(db.get_session(&token('z')).await, "get_session");
    assert_none(
        db.get_session_by_id("no-such-session").await,
        "get_session_by_id",
    );
    let listed = ok(
        db.list_user_sessions("no-such-user").await,
        "list_user_sessions",
    );
    assert!(listed.is_empty(), "sessions listed for an unknown user");
    let removed = db.delete_user_sessions("no-such-user", None).await;
    assert_eq!(ok(removed, "delete_user_sessions(unknown user)"), 0);
}

pub async fn delete_twice<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let gone = h.session(user.id(), hours(1)).await;
    let kept = h.session(user.id(), hours(1)).await;

    ok(db.delete_session(gone.token()).await, "delete_session");
    assert_none(db.get_session(gone.token()).await, "get_session(deleted)");
    assert_none(
        db.get_session_by_id(gone.id()).await,
        "get_session_by_id(deleted)",
    );
    ok(
        db.delete_session(gone.token()).await,
        "delete_session(again)",
    );
    ok(
        db.delete_session(&token('z')).await,
        "delete_session(unknown token)",
    );
    assert_eq!(h.session_ids(user.id()).await, vec![kept.id().to_owned()]);
}

pub async fn delete_expired_row<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let session = h.session(user.id(), hours(1)).await;

    h.set_now(session.expires_at() + Duration::seconds(1));
    ok(
        db.delete_session(session.token()).await,
        "delete_session(expired)",
    );

    h.set_now(session.expires_at() - micro());
    assert_none(
        db.get_session(session.token()).await,
        "get_session(deleted while expired)",
    );
    let removed = ok(
        db.delete_expired_sessions().await,
        "delete_expired_sessions",
    );
    assert_eq!(removed, 0, "the expired session was not deleted");
}

pub async fn delete_others<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;
    let mut ada_sessions = Vec::new();
    for _ in 0..3 {
        ada_sessions.push(h.session(ada.id(), hours(1)).await);
    }
    let bob_session = h.session(bob.id(), hours(1)).await;
    let keep = &ada_sessions[1];

    let removed = db.delete_user_sessions(ada.id(), Some(keep.token())).await;
    assert_eq!(ok(removed, "delete_user_sessions"), 2);
    assert_eq!(h.session_ids(ada.id()).await, vec![keep.id().to_owned()]);
    let kept = found(db.get_session(keep.token()).await, "get_session(kept)");
    assert_session_eq(keep, &kept);
    assert_eq!(
        h.session_ids(bob.id()).await,
        vec![bob_session.id().to_owned()]
    );

    let again = db.delete_user_sessions(ada.id(), Some(keep.token())).await;
    assert_eq!(ok(again, "delete_user_sessions(again)"), 0);
}

pub async fn delete_all<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;
    let short = h.session(ada.id(), Duration::minutes(1)).await;
    for _ in 0..3 {
        h.session(ada.id(), hours(1)).await;
    }
    let bob_session = h.session(bob.id(), hours(1)).await;
    h.set_now(short.expires_at());

    // "Every session" includes the expired one: a delete is not a read.
    let removed = ok(
        db.delete_user_sessions(ada.id(), None).await,
        "delete_user_sessions",
    );
    assert_eq!(
        removed, 4,
        "expected 3 live sessions and 1 expired one deleted"
    );
    assert_eq!(h.session_ids(ada.id()).await, Vec::<String>::new());
    assert_eq!(
        h.session_ids(bob.id()).await,
        vec![bob_session.id().to_owned()]
    );
    let expired_left = ok(
        db.delete_expired_sessions().await,
        "delete_expired_sessions",
    );
    assert_eq!(
        expired_left, 0,
        "the expired session of the user was left behind"
    );
}

pub async fn delete_expired<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;
    let start = h.now();
    h.session(ada.id(), hours(1)).await;
    h.session(ada.id(), hours(2)).await;
    let live = h.session(ada.id(), hours(3)).await;
    h.session(bob.id(), hours(1)).await;

    h.set_now(start + hours(2));
    let removed = ok(
        db.delete_expired_sessions().await,
        "delete_expired_sessions",
    );
    assert_eq!(
        removed, 3,
        "expected the sessions expiring at +1 h and exactly at +2 h"
    );
    let kept = found(db.get_session(live.token()).await, "get_session(live)");
    assert_session_eq(&live, &kept);

    h.set_now(start);
    let listed = ok(db.list_user_sessions(ada.id()).await, "list_user_sessions");
    assert_eq!(
        session_ids(&listed),
        vec![live.id()],
        "rows left after the cleanup"
    );
    let again = ok(
        db.delete_expired_sessions().await,
        "delete_expired_sessions(again)",
    );
    assert_eq!(again, 0);
}

pub async fn deactivate<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let session = h.session(user.id(), hours(1)).await;
    assert!(session.active(), "a new session is active");

    let update = UpdateSession {
        active: Some(false),
        ..Default::default()
    };
    let updated = ok(
        db.update_session(session.token(), update).await,
        "update_session",
    );
    assert!(
        !updated.active(),
        "update_session returned an active session"
    );

    let read = found(db.get_session(session.token()).await, "get_session");
    assert!(!read.active(), "the inactive flag was not stored");
    assert_session_eq(&updated, &read);
}
