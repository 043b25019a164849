//! Verifications: round trip, which row wins, single-use consume, expiry at
//! the exact boundary and bulk deletes.

use better_auth_core::{AuthVerification, CreateVerification, DatabaseAdapter, EntityKind};
use chrono::{Duration, SubsecRound};

use crate::assert::{
    assert_conflict, assert_micros, assert_none, assert_uuid_v4, assert_verification_eq, found, ok,
};
use crate::fixtures::{hours, micro, with_nanos};
use crate::Harness;

const EMAIL_CHECK: &str = "email-verification:ada@example.com";

pub async fn round_trip<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let expires_at = with_nanos(h.now() + hours(1));
    let input = CreateVerification::new(EMAIL_CHECK, "123456", expires_at);
    let created = ok(db.create_verification(input).await, "create_verification");

    assert_eq!(created.identifier(), EMAIL_CHECK);
    assert_eq!(created.value(), "123456");
    assert_eq!(created.expires_at(), expires_at.trunc_subsecs(6));
    assert_micros(created.expires_at(), "expires_at");
    assert_eq!(created.created_at(), h.now());
    assert_eq!(created.updated_at(), h.now());

    let read = found(db.get_verification(EMAIL_CHECK).await, "get_verification");
    assert_verification_eq(&created, &read);
    let consumed = found(
        db.consume_verification(EMAIL_CHECK, "123456").await,
        "consume_verification",
    );
    assert_verification_eq(&created, &consumed);
}

pub async fn generated_id<A: DatabaseAdapter>(h: Harness<A>) {
    let first = h.verification(EMAIL_CHECK, "1", hours(1)).await;
    let second = h.verification(EMAIL_CHECK, "2", hours(1)).await;

    assert_uuid_v4(first.id());
    assert_uuid_v4(second.id());
    assert_ne!(first.id(), second.id(), "two verifications got the same id");
}

pub async fn newest_wins<A: DatabaseAdapter>(h: Harness<A>) {
    h.verification(EMAIL_CHECK, "old", hours(1)).await;
    h.advance(Duration::seconds(1));
    let newest = h.verification(EMAIL_CHECK, "new", hours(1)).await;

    let read = found(
        h.adapter.get_verification(EMAIL_CHECK).await,
        "get_verification",
    );
    assert_verification_eq(&newest, &read);
}

pub async fn newest_live_wins<A: DatabaseAdapter>(h: Harness<A>) {
    let older = h.verification(EMAIL_CHECK, "long", hours(1)).await;
    h.advance(Duration::seconds(1));
    let newer = h
        .verification(EMAIL_CHECK, "short", Duration::minutes(1))
        .await;

    h.set_now(newer.expires_at());
    let read = found(
        h.adapter.get_verification(EMAIL_CHECK).await,
        "get_verification",
    );
    assert_verification_eq(&older, &read);
}

pub async fn tie_by_id<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let input = |id: &str, value: &str| CreateVerification {
        id: Some(id.to_owned()),
        ..CreateVerification::new(EMAIL_CHECK, value, h.now() + hours(1))
    };
    let larger = ok(
        db.create_verification(input("verification-b", "b")).await,
        "create",
    );
    ok(
        db.create_verification(input("verification-a", "a")).await,
        "create",
    );
    assert_eq!(
        larger.id(),
        "verification-b",
        "the supplied id was not kept"
    );

    let read = found(db.get_verification(EMAIL_CHECK).await, "get_verification");
    assert_verification_eq(&larger, &read);
}

pub async fn consume_once<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let first = h.verification(EMAIL_CHECK, "111", hours(1)).await;
    h.advance(Duration::seconds(1));
    let second = h.verification(EMAIL_CHECK, "222", hours(1)).await;

    let consumed = found(
        db.consume_verification(EMAIL_CHECK, "222").await,
        "consume(222)",
    );
    assert_verification_eq(&second, &consumed);
    assert_none(
        db.consume_verification(EMAIL_CHECK, "222").await,
        "consume(222, again)",
    );
    let left = found(db.get_verification(EMAIL_CHECK).await, "get_verification");
    assert_verification_eq(&first, &left);

    let other = found(
        db.consume_verification(EMAIL_CHECK, "111").await,
        "consume(111)",
    );
    assert_verification_eq(&first, &other);
    assert_none(
        db.get_verification(EMAIL_CHECK).await,
        "get_verification(all consumed)",
    );
}

pub async fn consume_wrong_value<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let created = h.verification(EMAIL_CHECK, "123456", hours(1)).await;

    assert_none(
        db.consume_verification(EMAIL_CHECK, "654321").await,
        "consume(wrong value)",
    );
    assert_none(
        db.consume_verification("password-reset:ada@example.com", "123456")
            .await,
        "consume(wrong identifier)",
    );
    let kept = found(db.get_verification(EMAIL_CHECK).await, "get_verification");
    assert_verification_eq(&created, &kept);
    found(
        db.consume_verification(EMAIL_CHECK, "123456").await,
        "consume(right value)",
    );
}

pub async fn consume_newest<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let older = h.verification(EMAIL_CHECK, "same", hours(1)).await;
    h.advance(Duration::seconds(1));
    let newer = h.verification(EMAIL_CHECK, "same", hours(1)).await;

    let first = found(
        db.consume_verification(EMAIL_CHECK, "same").await,
        "consume",
    );
    assert_verification_eq(&newer, &first);
    let second = found(
        db.consume_verification(EMAIL_CHECK, "same").await,
        "consume(again)",
    );
    assert_verification_eq(&older, &second);
}

pub async fn expiry_boundary<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let created = h.verification(EMAIL_CHECK, "123456", hours(1)).await;
    let expires_at = created.expires_at();

    h.set_now(expires_at - micro());
    found(
        db.get_verification(EMAIL_CHECK).await,
        "get_verification(1 µs before expiry)",
    );

    h.set_now(expires_at);
    assert_none(
        db.get_verification(EMAIL_CHECK).await,
        "get_verification(at expiry)",
    );
    assert_none(
        db.consume_verification(EMAIL_CHECK, "123456").await,
        "consume_verification(at expiry)",
    );

    h.set_now(expires_at - micro());
    let consumed = found(
        db.consume_verification(EMAIL_CHECK, "123456").await,
        "consume_verification(1 µs before expiry)",
    );
    assert_verification_eq(&created, &consumed);
}

pub async fn consume_expired_kept<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let created = h.verification(EMAIL_CHECK, "123456", hours(1)).await;

    h.set_now(created.expires_at() + Duration::seconds(1));
    assert_none(
        db.consume_verification(EMAIL_CHECK, "123456").await,
        "consume_verification(expired)",
    );
    let removed = ok(
        db.delete_expired_verifications().await,
        "delete_expired_verifications",
    );
    assert_eq!(
        removed, 1,
        "consuming an expired row must leave it for the cleanup"
    );
}

pub async fn delete_by_identifier<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let other = "password-reset:bob@example.com";
    h.verification(EMAIL_CHECK, "1", Duration::minutes(1)).await;
    h.verification(EMAIL_CHECK, "2", hours(1)).await;
    h.verification(EMAIL_CHECK, "3", hours(1)).await;
    let kept = h.verification(other, "4", hours(1)).await;
    h.advance(Duration::minutes(2));

    let removed = ok(
        db.delete_verifications(EMAIL_CHECK).await,
        "delete_verifications",
    );
    assert_eq!(removed, 3, "expected 2 live rows and 1 expired row deleted");
    assert_none(
        db.get_verification(EMAIL_CHECK).await,
        "get_verification(deleted)",
    );
    let read = found(
        db.get_verification(other).await,
        "get_verification(other identifier)",
    );
    assert_verification_eq(&kept, &read);
    let again = ok(
        db.delete_verifications(EMAIL_CHECK).await,
        "delete_verifications(again)",
    );
    assert_eq!(again, 0);
    let expired = ok(
        db.delete_expired_verifications().await,
        "delete_expired_verifications",
    );
    assert_eq!(
        expired, 0,
        "the expired row of the identifier was left behind"
    );
}

pub async fn delete_expired<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let start = h.now();
    h.verification(EMAIL_CHECK, "1", hours(1)).await;
    h.verification("reset:bob@example.com", "2", hours(2)).await;
    let live = h.verification(EMAIL_CHECK, "3", hours(3)).await;

    h.set_now(start + hours(2));
    let removed = ok(
        db.delete_expired_verifications().await,
        "delete_expired_verifications",
    );
    assert_eq!(
        removed, 2,
        "expected the rows expiring at +1 h and exactly at +2 h"
    );
    let read = found(
        db.get_verification(EMAIL_CHECK).await,
        "get_verification(live)",
    );
    assert_verification_eq(&live, &read);
    let again = ok(
        db.delete_expired_verifications().await,
        "delete_expired_verifications(again)",
    );
    assert_eq!(again, 0);

    h.set_now(start);
    let removed_rows = db.consume_verification(EMAIL_CHECK, "1").await;
    assert_none(removed_rows, "consume(deleted expired row)");
}

pub async fn id_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let input = |value: &str| CreateVerification {
        id: Some("verification-1".to_owned()),
        ..CreateVerification::new(EMAIL_CHECK, value, h.now() + hours(1))
    };
    let original = ok(
        db.create_verification(input("first")).await,
        "create_verification",
    );

    let result = db.create_verification(input("second")).await;
    assert_conflict(result, EntityKind::Verification, "id");

    assert_none(
        db.consume_verification(EMAIL_CHECK, "second").await,
        "consume(failed row)",
    );
    let kept = found(db.get_verification(EMAIL_CHECK).await, "get_verification");
    assert_verification_eq(&original, &kept);
}

pub async fn delete_twice<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let older = h.verification(EMAIL_CHECK, "1", hours(1)).await;
    h.advance(Duration::seconds(1));
    let newer = h.verification(EMAIL_CHECK, "2", hours(1)).await;

    ok(
        db.delete_verification(newer.id()).await,
        "delete_verification",
    );
    let left = found(db.get_verification(EMAIL_CHECK).await, "get_verification");
    assert_verification_eq(&older, &left);
    assert_none(
        db.consume_verification(EMAIL_CHECK, "2").await,
        "consume(deleted)",
    );
    ok(
        db.delete_verification(newer.id()).await,
        "delete_verification(again)",
    );
    ok(
        db.delete_verification("no-such-verification").await,
        "delete_verification(unknown id)",
    );
    found(
        db.get_verification(EMAIL_CHECK).await,
        "get_verification(after deletes)",
    );
    assert_none(
        db.get_verification("unknown").await,
        "get_verification(unknown identifier)",
    );
    let removed = ok(
        db.delete_verifications("unknown").await,
        "delete_verifications(unknown)",
    );
    assert_eq!(removed, 0);
}
