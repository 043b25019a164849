//! Members: round trip, the (`organization_id`, `user_id`) key,
//! references, role updates and counts.

use better_auth_core::{
    AuthMember, AuthOrganization, AuthUser, CreateMember, DatabaseAdapter, EntityKind, Page,
};

use crate::assert::{
    assert_conflict, assert_invalid, assert_member_eq, assert_member_eq_except, assert_none,
    assert_not_found, assert_uuid_v4, found, ok,
};
use crate::Harness;

pub async fn round_trip<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let org = h.organization("acme").await;
    let input = CreateMember::new(org.id(), user.id(), "admin");
    let created = ok(db.create_member(input).await, "create_member");

    assert_eq!(created.organization_id(), org.id());
    assert_eq!(created.user_id(), user.id());
    assert_eq!(created.role(), "admin");
    assert_eq!(created.created_at(), h.now());

    let by_pair = found(db.get_member(org.id(), user.id()).await, "get_member");
    assert_member_eq(&created, &by_pair);
    let by_id = found(db.get_member_by_id(created.id()).await, "get_member_by_id");
    assert_member_eq(&created, &by_id);
    let listed = ok(
        db.list_organization_members(org.id(), Page::default())
            .await,
        "list_organization_members",
    );
    assert_eq!(
        listed.len(),
        1,
        "list_organization_members returned the wrong number of rows"
    );
    assert_member_eq(&created, &listed[0]);
}

pub async fn generated_id<A: DatabaseAdapter>(h: Harness<A>) {
    let (owner, org) = h.org_with_owner("acme").await;
    let other = h.user("bob@example.com").await;
    let first = found(
        h.adapter.get_member(org.id(), owner.id()).await,
        "get_member",
    );
    let second = h.member(org.id(), other.id()).await;

    assert_uuid_v4(first.id());
    assert_uuid_v4(second.id());
    assert_ne!(first.id(), second.id(), "two members got the same id");
}

pub async fn pair_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let org = h.organization("acme").await;
    let original = h.member(org.id(), user.id()).await;

    let duplicate = CreateMember {
        id: Some("member-duplicate".to_owned()),
        ..CreateMember::new(org.id(), user.id(), "owner")
    };
    assert_conflict(
        db.create_member(duplicate).await,
        EntityKind::Member,
        "user_id",
    );

    assert_none(
        db.get_member_by_id("member-duplicate").await,
        "get_member_by_id(failed row)",
    );
    let kept = found(db.get_member(org.id(), user.id()).await, "get_member");
    assert_member_eq(&original, &kept);
    assert_eq!(
        h.member_count(org.id()).await,
        1,
        "the failed create changed the count"
    );
}

pub async fn id_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;
    let org = h.organization("acme").await;
    let with_id = |user_id: &str| CreateMember {
        id: Some("member-1".to_owned()),
        ..CreateMember::new(org.id(), user_id, "member")
    };
    let original = ok(db.create_member(with_id(ada.id())).await, "create_member");

    assert_conflict(
        db.create_member(with_id(bob.id())).await,
        EntityKind::Member,
        "id",
    );

    assert_none(
        db.get_member(org.id(), bob.id()).await,
        "get_member(failed row)",
    );
    let kept = found(db.get_member_by_id("member-1").await, "get_member_by_id");
    assert_member_eq(&original, &kept);
}

pub async fn missing_org<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let input = CreateMember::new("no-such-org", user.id(), "member");

    assert_invalid(h.adapter.create_member(input).await, "organization_id");
    assert_none(
        h.adapter.get_member("no-such-org", user.id()).await,
        "get_member(failed row)",
    );
}

pub async fn missing_user<A: DatabaseAdapter>(h: Harness<A>) {
    let org = h.organization("acme").await;
    let input = CreateMember::new(org.id(), "no-such-user", "member");

    assert_invalid(h.adapter.create_member(input).await, "user_id");
    assert_eq!(
        h.member_count(org.id()).await,
        0,
        "the failed create left a member"
    );
}

pub async fn update_role<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let org = h.organization("acme").await;
    let before = h.member(org.id(), user.id()).await;

    let updated = ok(
        db.update_member_role(before.id(), "owner").await,
        "update_member_role",
    );

    assert_eq!(updated.role(), "owner");
    assert_member_eq_except(&before, &updated, &["role"]);
    let read = found(db.get_member(org.id(), user.id()).await, "get_member");
    assert_member_eq(&updated, &read);
}

pub async fn update_missing<A: DatabaseAdapter>(h: Harness<A>) {
    let result = h
        .adapter
        .update_member_role("no-such-member", "owner")
        .await;

    assert_not_found(result, EntityKind::Member);
    let db = &h.adapter;
    assert_none(
        db.get_member_by_id("no-such-member").await,
        "get_member_by_id",
    );
    assert_none(
        db.get_member("no-such-org", "no-such-user").await,
        "get_member",
    );
    let listed = ok(
        db.list_organization_members("no-such-org", Page::default())
            .await,
        "list_organization_members",
    );
    assert!(
        listed.is_empty(),
        "members listed for an unknown organization"
    );
}

pub async fn count<A: DatabaseAdapter>(h: Harness<A>) {
    let acme = h.organization("acme").await;
    let globex = h.organization("globex").await;
    for i in 0..3 {
        let user = h.user(&format!("user{i}@example.com")).await;
        h.member(acme.id(), user.id()).await;
        if i == 0 {
            h.member(globex.id(), user.id()).await;
        }
    }

    assert_eq!(h.member_count(acme.id()).await, 3, "members of acme");
    assert_eq!(h.member_count(globex.id()).await, 1, "members of globex");
    assert_eq!(
        h.member_count("no-such-org").await,
        0,
        "members of an unknown organization"
    );
}

pub async fn delete_twice<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;
    let org = h.organization("acme").await;
    let gone = h.member(org.id(), ada.id()).await;
    let kept = h.member(org.id(), bob.id()).await;

    ok(db.delete_member(gone.id()).await, "delete_member");
    assert_none(
        db.get_member_by_id(gone.id()).await,
        "get_member_by_id(deleted)",
    );
    assert_none(
        db.get_member(org.id(), ada.id()).await,
        "get_member(deleted)",
    );
    ok(db.delete_member(gone.id()).await, "delete_member(again)");
    ok(
        db.delete_member("no-such-member").await,
        "delete_member(unknown id)",
    );
    assert_eq!(h.member_count(org.id()).await, 1);
    let read = found(
        db.get_member_by_id(kept.id()).await,
        "get_member_by_id(kept)",
    );
    assert_member_eq(&kept, &read);
    found(
        db.get_user_by_id(ada.id()).await,
        "get_user_by_id(former member)",
    );
}
