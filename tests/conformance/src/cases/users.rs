//! Users: round trip, email normalization, unique keys, partial updates,
//! deletes and the filters of `list_users`.

use better_auth_core::{
    AuthUser, CreateUser, DatabaseAdapter, EntityKind, ListUsers, Page, UpdateUser,
};
use chrono::{DateTime, Duration, SubsecRound, Utc};
use serde_json::json;

use crate::assert::{
    assert_conflict, assert_micros, assert_none, assert_not_found, assert_user_eq,
    assert_user_eq_except, assert_uuid_v4, found, ok,
};
use crate::fixtures::{hours, user_ids, with_nanos};
use crate::Harness;

/// Builds a user input with every column set and every boolean true.
fn full_user(email: &str, username: &str, ban_expires: DateTime<Utc>) -> CreateUser {
    CreateUser {
        id: None,
        email: Some(email.to_owned()),
        name: Some("Ada Lovelace".to_owned()),
        email_verified: true,
        image: Some("https://example.com/ada.png".to_owned()),
        username: Some(username.to_owned()),
        display_username: Some("Ada".to_owned()),
        two_factor_enabled: true,
        role: Some("admin".to_owned()),
        banned: true,
        ban_reason: Some("spam".to_owned()),
        ban_expires: Some(ban_expires),
        metadata: Some(json!({"plan": "pro", "tags": ["a", "b"], "limits": {"seats": 3}})),
        extra: Default::default(),
    }
}

/// Builds a user input with an email and a caller-chosen id.
fn user_with_id(id: &str, email: &str) -> CreateUser {
    CreateUser {
        id: Some(id.to_owned()),
        ..CreateUser::with_email(email)
    }
}

pub async fn round_trip<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ban_expires = with_nanos(h.now() + hours(24));
    let input = full_user("ada@example.com", "ada", ban_expires);
    let created = ok(db.create_user(input).await, "create_user");

    assert_eq!(created.email(), Some("ada@example.com"));
    assert_eq!(created.name(), Some("Ada Lovelace"));
    assert!(
        created.email_verified(),
        "email_verified was not stored as true"
    );
    assert_eq!(created.image(), Some("https://example.com/ada.png"));
    assert_eq!(created.username(), Some("ada"));
    assert_eq!(created.display_username(), Some("Ada"));
    assert!(
        created.two_factor_enabled(),
        "two_factor_enabled was not stored as true"
    );
    assert_eq!(created.role(), Some("admin"));
    assert!(created.banned(), "banned was not stored as true");
    assert_eq!(created.ban_reason(), Some("spam"));
    assert_eq!(created.ban_expires(), Some(ban_expires.trunc_subsecs(6)));
    assert_eq!(
        created.metadata(),
        &json!({"plan": "pro", "tags": ["a", "b"], "limits": {"seats": 3}})
    );

    let by_id = found(db.get_user_by_id(created.id()).await, "get_user_by_id");
    assert_user_eq(&created, &by_id);
    let by_email = found(
        db.get_user_by_email("ada@example.com").await,
        "get_user_by_email",
    );
    assert_user_eq(&created, &by_email);
    let by_username = found(db.get_user_by_username("ada").await, "get_user_by_username");
    assert_user_eq(&created, &by_username);
    let listed = ok(db.list_users(ListUsers::default()).await, "list_users");
    assert_eq!(
        listed.users.len(),
        1,
        "list_users returned the wrong number of users"
    );
    assert_user_eq(&created, &listed.users[0]);
}

pub async fn defaults<A: DatabaseAdapter>(h: Harness<A>) {
    let created = h.user("plain@example.com").await;

    assert_eq!(
        created.metadata(),
        &json!({}),
        "metadata must default to {{}}"
    );
    assert!(
        !created.email_verified(),
        "email_verified must default to false"
    );
    assert!(
        !created.two_factor_enabled(),
        "two_factor_enabled must default to false"
    );
    assert!(!created.banned(), "banned must default to false");
    assert_eq!(created.name(), None);
    assert_eq!(created.image(), None);
    assert_eq!(created.username(), None);
    assert_eq!(created.display_username(), None);
    assert_eq!(created.role(), None);
    assert_eq!(created.ban_reason(), None);
    assert_eq!(created.ban_expires(), None);

    let read = found(
        h.adapter.get_user_by_id(created.id()).await,
        "get_user_by_id",
    );
    assert_user_eq(&created, &read);
}

pub async fn generated_id<A: DatabaseAdapter>(h: Harness<A>) {
    let first = h.user("first@example.com").await;
    let second = h.user("second@example.com").await;

    assert_uuid_v4(first.id());
    assert_uuid_v4(second.id());
    assert_ne!(first.id(), second.id(), "two users got the same id");
}

pub async fn supplied_id<A: DatabaseAdapter>(h: Harness<A>) {
    let input = user_with_id("user-chosen-id", "chosen@example.com");
    let created = ok(h.adapter.create_user(input).await, "create_user");

    assert_eq!(created.id(), "user-chosen-id");
    let read = found(
        h.adapter.get_user_by_id("user-chosen-id").await,
        "get_user_by_id",
    );
    assert_user_eq(&created, &read);
}

pub async fn timestamps<A: DatabaseAdapter>(h: Harness<A>) {
    h.set_now(with_nanos(h.now()));
    let created = h.user("clock@example.com").await;

    assert_eq!(created.created_at(), h.now().trunc_subsecs(6));
    assert_eq!(created.updated_at(), created.created_at());
    assert_micros(created.created_at(), "created_at");
    let read = found(
        h.adapter.get_user_by_id(created.id()).await,
        "get_user_by_id",
    );
    assert_user_eq(&created, &read);
}

pub async fn null_keys_repeat<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let first = ok(db.create_user(CreateUser::default()).await, "create_user");
    let second = ok(db.create_user(CreateUser::default()).await, "create_user");

    assert_eq!(first.email(), None);
    assert_eq!(second.username(), None);
    assert_ne!(first.id(), second.id());
    found(db.get_user_by_id(first.id()).await, "get_user_by_id");
    found(db.get_user_by_id(second.id()).await, "get_user_by_id");
}

pub async fn email_lookup<A: DatabaseAdapter>(h: Harness<A>) {
    let created = h.user("ada@example.com").await;

    let padded = found(
        h.adapter.get_user_by_email("  ADA@Example.com ").await,
        "get_user_by_email(padded, mixed case)",
    );
    assert_eq!(padded.id(), created.id());
    let exact = found(
        h.adapter.get_user_by_email("ada@example.com").await,
        "get_user_by_email",
    );
    assert_eq!(exact.id(), created.id());
    assert_none(
        h.adapter.get_user_by_email("ada@example.org").await,
        "get_user_by_email(other address)",
    );
}

pub async fn email_lowercase<A: DatabaseAdapter>(h: Harness<A>) {
    let created = h.user("  Ada@Example.COM ").await;

    assert_eq!(created.email(), Some("ada@example.com"));
    let read = found(
        h.adapter.get_user_by_id(created.id()).await,
        "get_user_by_id",
    );
    assert_eq!(read.email(), Some("ada@example.com"));
}

pub async fn email_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let original = h.user("ada@example.com").await;

    let duplicate = user_with_id("user-duplicate", " ADA@Example.com");
    assert_conflict(db.create_user(duplicate).await, EntityKind::User, "email");

    assert_none(
        db.get_user_by_id("user-duplicate").await,
        "get_user_by_id(failed row)",
    );
    let kept = found(
        db.get_user_by_email("ada@example.com").await,
        "get_user_by_email",
    );
    assert_user_eq(&original, &kept);
    let all = ok(db.list_users(ListUsers::default()).await, "list_users");
    assert_eq!(all.total, 1, "the failed create left a row behind");
}

pub async fn email_update<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;

    let update = UpdateUser {
        email: Some(Some("  Countess@Example.ORG".to_owned())),
        ..Default::default()
    };
    let updated = ok(db.update_user(user.id(), update).await, "update_user");

    assert_eq!(updated.email(), Some("countess@example.org"));
    let by_new = found(
        db.get_user_by_email("COUNTESS@example.org").await,
        "get_user_by_email(new address)",
    );
    assert_eq!(by_new.id(), user.id());
    assert_none(
        db.get_user_by_email("ada@example.com").await,
        "get_user_by_email(old address)",
    );
    let reuse = db
        .create_user(CreateUser::with_email("Ada@example.com"))
        .await;
    assert!(reuse.is_ok(), "the old address was not freed: {reuse:?}");
}

pub async fn email_update_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;
    h.advance(Duration::seconds(1));

    // The name change must be rolled back with the conflicting email.
    let update = UpdateUser {
        email: Some(Some("ADA@example.com".to_owned())),
        name: Some(Some("Bob".to_owned())),
        ..Default::default()
    };
    assert_conflict(
        db.update_user(bob.id(), update).await,
        EntityKind::User,
        "email",
    );

    let bob_now = found(db.get_user_by_id(bob.id()).await, "get_user_by_id(bob)");
    assert_user_eq(&bob, &bob_now);
    let by_ada = found(
        db.get_user_by_email("ada@example.com").await,
        "get_user_by_email(ada)",
    );
    assert_user_eq(&ada, &by_ada);
    let by_bob = found(
        db.get_user_by_email("bob@example.com").await,
        "get_user_by_email(bob)",
    );
    assert_eq!(by_bob.id(), bob.id());
}

pub async fn username_exact<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let input = CreateUser::with_email("ada@example.com").username("ada_l");
    let created = ok(db.create_user(input).await, "create_user");

    let read = found(
        db.get_user_by_username("ada_l").await,
        "get_user_by_username",
    );
    assert_eq!(read.id(), created.id());
    assert_none(
        db.get_user_by_username("ADA_L").await,
        "get_user_by_username(other case)",
    );
    let other_case = CreateUser::with_email("other@example.com").username("ADA_L");
    let result = db.create_user(other_case).await;
    assert!(
        result.is_ok(),
        "usernames are compared exactly, yet {result:?}"
    );
}

pub async fn username_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let input = CreateUser::with_email("ada@example.com").username("ada");
    let original = ok(db.create_user(input).await, "create_user");

    let duplicate = user_with_id("user-duplicate", "bob@example.com").username("ada");
    assert_conflict(
        db.create_user(duplicate).await,
        EntityKind::User,
        "username",
    );

    assert_none(
        db.get_user_by_id("user-duplicate").await,
        "get_user_by_id(failed row)",
    );
    assert_none(
        db.get_user_by_email("bob@example.com").await,
        "get_user_by_email(failed row)",
    );
    let kept = found(db.get_user_by_username("ada").await, "get_user_by_username");
    assert_user_eq(&original, &kept);
}

pub async fn username_update_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada_input = CreateUser::with_email("ada@example.com").username("ada");
    let ada = ok(db.create_user(ada_input).await, "create_user(ada)");
    let bob_input = CreateUser::with_email("bob@example.com").username("bob");
    let bob = ok(db.create_user(bob_input).await, "create_user(bob)");
    h.advance(Duration::seconds(1));

    // The name change must be rolled back with the conflicting username.
    let update = UpdateUser {
        username: Some(Some("ada".to_owned())),
        name: Some(Some("Bob".to_owned())),
        ..Default::default()
    };
    assert_conflict(
        db.update_user(bob.id(), update).await,
        EntityKind::User,
        "username",
    );

    let bob_now = found(db.get_user_by_id(bob.id()).await, "get_user_by_id(bob)");
    assert_user_eq(&bob, &bob_now);
    let by_ada = found(
        db.get_user_by_username("ada").await,
        "get_user_by_username(ada)",
    );
    assert_user_eq(&ada, &by_ada);
    let by_bob = found(
        db.get_user_by_username("bob").await,
        "get_user_by_username(bob)",
    );
    assert_eq!(by_bob.id(), bob.id());
}

pub async fn id_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let original = ok(
        db.create_user(user_with_id("user-1", "ada@example.com"))
            .await,
        "create_user",
    );

    let duplicate = user_with_id("user-1", "bob@example.com");
    assert_conflict(db.create_user(duplicate).await, EntityKind::User, "id");

    assert_none(
        db.get_user_by_email("bob@example.com").await,
        "get_user_by_email(failed row)",
    );
    let kept = found(db.get_user_by_id("user-1").await, "get_user_by_id");
    assert_user_eq(&original, &kept);
}

pub async fn update_partial<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let input = full_user("ada@example.com", "ada", h.now() + hours(24));
    let before = ok(db.create_user(input).await, "create_user");
    h.advance(Duration::seconds(1));

    let update = UpdateUser {
        name: Some(Some("Countess of Lovelace".to_owned())),
        email_verified: Some(false),
        ..Default::default()
    };
    let updated = ok(db.update_user(before.id(), update).await, "update_user");

    assert_eq!(updated.name(), Some("Countess of Lovelace"));
    assert!(
        !updated.email_verified(),
        "email_verified was not updated to false"
    );
    assert_user_eq_except(&before, &updated, &["name", "email_verified", "updated_at"]);
    let read = found(db.get_user_by_id(before.id()).await, "get_user_by_id");
    assert_user_eq(&updated, &read);
}

pub async fn update_clears<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let input = full_user("ada@example.com", "ada", h.now() + hours(24));
    let before = ok(db.create_user(input).await, "create_user");

    let update = UpdateUser {
        email: Some(None),
        name: Some(None),
        image: Some(None),
        username: Some(None),
        display_username: Some(None),
        role: Some(None),
        ban_reason: Some(None),
        ban_expires: Some(None),
        ..Default::default()
    };
    let cleared = ok(db.update_user(before.id(), update).await, "update_user");

    assert_eq!(cleared.email(), None);
    assert_eq!(cleared.name(), None);
    assert_eq!(cleared.image(), None);
    assert_eq!(cleared.username(), None);
    assert_eq!(cleared.display_username(), None);
    assert_eq!(cleared.role(), None);
    assert_eq!(cleared.ban_reason(), None);
    assert_eq!(cleared.ban_expires(), None);
    assert!(cleared.banned(), "clearing ban_reason changed banned");
    let read = found(db.get_user_by_id(before.id()).await, "get_user_by_id");
    assert_user_eq(&cleared, &read);
    assert_none(
        db.get_user_by_email("ada@example.com").await,
        "get_user_by_email(cleared address)",
    );
    assert_none(
        db.get_user_by_username("ada").await,
        "get_user_by_username(cleared username)",
    );
}

pub async fn update_timestamps<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let created = h.user("ada@example.com").await;
    h.advance(Duration::seconds(5));

    let update = UpdateUser {
        metadata: Some(json!({"theme": "dark"})),
        ..Default::default()
    };
    let updated = ok(db.update_user(created.id(), update).await, "update_user");
    assert_eq!(
        updated.updated_at(),
        h.now(),
        "updated_at did not move to now"
    );
    assert_eq!(
        updated.created_at(),
        created.created_at(),
        "created_at moved"
    );
    assert_eq!(updated.metadata(), &json!({"theme": "dark"}));

    h.advance(Duration::milliseconds(1500));
    let empty = ok(
        db.update_user(created.id(), UpdateUser::default()).await,
        "update_user",
    );
    assert_eq!(
        empty.updated_at(),
        h.now(),
        "an empty update did not move updated_at"
    );
    let read = found(db.get_user_by_id(created.id()).await, "get_user_by_id");
    assert_user_eq(&empty, &read);
}

pub async fn update_missing<A: DatabaseAdapter>(h: Harness<A>) {
    let update = UpdateUser {
        name: Some(Some("Nobody".to_owned())),
        ..Default::default()
    };
    let result = h.adapter.update_user("no-such-user", update).await;

    assert_not_found(result, EntityKind::User);
    let db = &h.adapter;
    assert_none(db.get_user_by_id("no-such-user").await, "get_user_by_id");
    assert_none(
        db.get_user_by_email("nobody@example.com").await,
        "get_user_by_email",
    );
    assert_none(
        db.get_user_by_username("nobody").await,
        "get_user_by_username",
    );
}

pub async fn delete_twice<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let ada = h.user("ada@example.com").await;
    let bob = h.user("bob@example.com").await;

    ok(db.delete_user(ada.id()).await, "delete_user");
    assert_none(db.get_user_by_id(ada.id()).await, "get_user_by_id(deleted)");
    assert_none(
        db.get_user_by_email("ada@example.com").await,
        "get_user_by_email(deleted)",
    );
    ok(db.delete_user(ada.id()).await, "delete_user(again)");
    ok(
        db.delete_user("no-such-user").await,
        "delete_user(unknown id)",
    );
    let kept = found(db.get_user_by_id(bob.id()).await, "get_user_by_id(bob)");
    assert_user_eq(&bob, &kept);
}

/// Creates the users the filter cases search, one clock second apart.
async fn filter_fixture<A: DatabaseAdapter>(h: &Harness<A>) -> Vec<A::User> {
    let rows = [
        ("ada@example.com", "Ada Lovelace", "admin", false),
        ("grace@EXAMPLE.org", "Grace Hopper", "admin", true),
        ("alan@example.org", "Alan Turing", "user", true),
        ("edsger@example.net", "Edsger Dijkstra", "user", false),
    ];
    let mut users = Vec::new();
    for (email, name, role, banned) in rows {
        let input = CreateUser {
            role: Some(role.to_owned()),
            banned,
            ..CreateUser::with_email(email).name(name)
        };
        users.push(ok(h.adapter.create_user(input).await, "create_user"));
        h.advance(Duration::seconds(1));
    }
    users
}

/// Runs `query` and returns the ids of the page with the total.
async fn query_ids<A: DatabaseAdapter>(h: &Harness<A>, query: ListUsers) -> (Vec<String>, u64) {
    let page = ok(h.adapter.list_users(query).await, "list_users");
    let ids = user_ids(&page.users)
        .into_iter()
        .map(str::to_owned)
        .collect();
    (ids, page.total)
}

pub async fn list_filters<A: DatabaseAdapter>(h: Harness<A>) {
    let users = filter_fixture(&h).await;
    let id = |i: usize| users[i].id().to_owned();

    let by_email = ListUsers {
        email_contains: Some("EXAMPLE.ORG".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, by_email).await,
        (vec![id(1), id(2)], 2),
        "email_contains"
    );

    let by_name = ListUsers {
        name_contains: Some("lOVE".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, by_name).await,
        (vec![id(0)], 1),
        "name_contains"
    );

    let by_role = ListUsers {
        role: Some("admin".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, by_role).await,
        (vec![id(0), id(1)], 2),
        "role"
    );

    let role_case = ListUsers {
        role: Some("ADMIN".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, role_case).await,
        (vec![], 0),
        "role is an exact match"
    );

    let banned = ListUsers {
        banned: Some(true),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, banned).await,
        (vec![id(1), id(2)], 2),
        "banned = true"
    );

    let not_banned = ListUsers {
        banned: Some(false),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, not_banned).await,
        (vec![id(0), id(3)], 2),
        "banned = false"
    );

    let combined = ListUsers {
        email_contains: Some("example.org".to_owned()),
        role: Some("admin".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, combined).await,
        (vec![id(1)], 1),
        "filters combine with AND"
    );
}

pub async fn list_total<A: DatabaseAdapter>(h: Harness<A>) {
    let users = filter_fixture(&h).await;
    let id = |i: usize| users[i].id().to_owned();

    let middle = ListUsers {
        page: Page::new(2, 1),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, middle).await,
        (vec![id(1), id(2)], 4),
        "limit 2, offset 1"
    );

    let last = ListUsers {
        page: Page::new(10, 3),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, last).await,
        (vec![id(3)], 4),
        "limit 10, offset 3"
    );

    let past_end = ListUsers {
        page: Page::new(10, 9),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, past_end).await,
        (vec![], 4),
        "offset past the end"
    );

    let filtered = ListUsers {
        banned: Some(true),
        page: Page::new(1, 1),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, filtered).await,
        (vec![id(2)], 2),
        "filtered page"
    );
}

pub async fn list_limit_zero<A: DatabaseAdapter>(h: Harness<A>) {
    filter_fixture(&h).await;

    let all = ListUsers {
        page: Page::first(0),
        ..Default::default()
    };
    assert_eq!(query_ids(&h, all).await, (vec![], 4), "limit 0");

    let filtered = ListUsers {
        role: Some("user".to_owned()),
        page: Page::first(0),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, filtered).await,
        (vec![], 2),
        "limit 0 with a filter"
    );
}

pub async fn list_wildcards<A: DatabaseAdapter>(h: Harness<A>) {
    let rows = [
        ("under_score@example.com", "a_b"),
        ("underxscore@example.com", "axb"),
        ("percent@example.com", "100% sure"),
        ("backslash@example.com", "back\\slash"),
    ];
    let mut users = Vec::new();
    for (email, name) in rows {
        let input = CreateUser::with_email(email).name(name);
        users.push(ok(h.adapter.create_user(input).await, "create_user"));
    }
    let id = |i: usize| users[i].id().to_owned();
    let by_name = |text: &str| ListUsers {
        name_contains: Some(text.to_owned()),
        ..Default::default()
    };

    assert_eq!(
        query_ids(&h, by_name("_")).await,
        (vec![id(0)], 1),
        "`_` is literal"
    );
    assert_eq!(
        query_ids(&h, by_name("%")).await,
        (vec![id(2)], 1),
        "`%` is literal"
    );
    assert_eq!(
        query_ids(&h, by_name("\\")).await,
        (vec![id(3)], 1),
        "`\\` is literal"
    );
    let by_email = ListUsers {
        email_contains: Some("under_".to_owned()),
        ..Default::default()
    };
    assert_eq!(
        query_ids(&h, by_email).await,
        (vec![id(0)], 1),
        "`_` in email_contains"
    );
}

pub async fn list_unicode_case<A: DatabaseAdapter>(h: Harness<A>) {
    let emile = ok(
        h.adapter
            .create_user(CreateUser::with_email("emile@example.com").name("ÉMILE Zola"))
            .await,
        "create_user",
    );
    let odysseas = ok(
        h.adapter
            .create_user(CreateUser::with_email("odysseas@example.com").name("ΟΔΥΣΣΕΑΣ"))
            .await,
        "create_user",
    );
    let by_name = |text: &str| ListUsers {
        name_contains: Some(text.to_owned()),
        ..Default::default()
    };

    assert_eq!(
        query_ids(&h, by_name("émile")).await,
        (vec![emile.id().to_owned()], 1),
        "accented capitals fold to lower case"
    );
    assert_eq!(
        query_ids(&h, by_name("Οδυσσεας")).await,
        (vec![odysseas.id().to_owned()], 1),
        "a final capital sigma folds to the final form"
    );
}

pub async fn lookup_not_an_email<A: DatabaseAdapter>(h: Harness<A>) {
    h.user("ada@example.com").await;

    assert_none(
        h.adapter.get_user_by_email("ada").await,
        "get_user_by_email",
    );
    assert_none(h.adapter.get_user_by_email("").await, "get_user_by_email");
    let pending = ok(
        h.adapter.list_pending_invitations("not an email").await,
        "list_pending_invitations",
    );
    assert!(pending.is_empty(), "no invitation matches a non-email");
}

pub async fn list_sigma_prefix<A: DatabaseAdapter>(h: Harness<A>) {
    let odysseas = ok(
        h.adapter
            .create_user(CreateUser::with_email("odysseas@example.com").name("ΟΔΥΣΣΕΑΣ"))
            .await,
        "create_user",
    );
    let by_name = |text: &str| ListUsers {
        name_contains: Some(text.to_owned()),
        ..Default::default()
    };

    assert_eq!(
        query_ids(&h, by_name("ΟΔΥΣ")).await,
        (vec![odysseas.id().to_owned()], 1),
        "a needle ending in a capital sigma matches mid-word"
    );
}
