//! Custom entity types with extra columns: the conformance suite, then the
//! custom columns themselves (database defaults, `extra` values of every
//! storage type on create and update, and rejected values).

mod common;

use better_auth_core::{
    AuthUser, Clock, CreateMember, CreateSession, CreateUser, DatabaseAdapter, ListUsers,
    ManualClock, UpdateUser,
};
use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use sqlx::PgPool;

use common::custom::{app_db, AppDb};

better_auth_conformance::conformance_suite! {
    #[sqlx::test(migrations = false)]
    async fn adapter(clock: ManualClock, pool: PgPool) -> AppDb {
        app_db(pool, clock).await
    }
}

fn extra(value: serde_json::Value) -> better_auth_core::ExtraFields {
    value.as_object().expect("a JSON object").clone()
}

#[sqlx::test(migrations = false)]
async fn custom_columns_get_database_defaults(pool: PgPool) {
    let db = app_db(pool, ManualClock::default()).await;

    let user = db
        .create_user(CreateUser::with_email("ada@example.com"))
        .await
        .unwrap();

    assert_eq!(user.plan, "free");
    assert_eq!(user.stripe_customer_id, None);
    assert_eq!(user.seats, 1);
    assert_eq!(user.score, 0.0);
    assert!(!user.beta);
    assert_eq!(user.trial_ends_at, None);
    assert_eq!(user.preferences, json!({}));
}

#[sqlx::test(migrations = false)]
async fn extra_values_of_every_type_are_written(pool: PgPool) {
    let db = app_db(pool, ManualClock::default()).await;
    let input = CreateUser {
        extra: extra(json!({
            "plan": "pro",
            "stripe_customer_id": "cus_123",
            "seats": 25,
            "score": 4.5,
            "beta": true,
            "trial_ends_at": "2030-05-01T12:00:00.123456789+02:00",
            "preferences": {"theme": "dark"},
        })),
        ..CreateUser::with_email("ada@example.com").name("Ada")
    };

    let created = db.create_user(input).await.unwrap();
    let read = db.get_user_by_id(&created.id).await.unwrap().unwrap();

    let trial_ends_at: DateTime<Utc> = "2030-05-01T10:00:00.123456Z".parse().unwrap();
    assert_eq!(created.plan, "pro");
    assert_eq!(created.stripe_customer_id.as_deref(), Some("cus_123"));
    assert_eq!(created.seats, 25);
    assert_eq!(created.score, 4.5);
    assert!(created.beta);
    assert_eq!(created.trial_ends_at, Some(trial_ends_at));
    assert_eq!(created.preferences, json!({"theme": "dark"}));
    assert_eq!(created.name(), Some("Ada"));
    assert_eq!(read, created);
}

#[sqlx::test(migrations = false)]
async fn update_writes_and_clears_extra_values(pool: PgPool) {
    let db = app_db(pool, ManualClock::default()).await;
    let input = CreateUser {
        extra: extra(json!({"stripe_customer_id": "cus_123"})),
        ..CreateUser::with_email("ada@example.com")
    };
    let user = db.create_user(input).await.unwrap();

    let update = UpdateUser {
        extra: extra(json!({"plan": "team", "stripe_customer_id": null, "seats": 3})),
        ..UpdateUser::default()
    };
    let updated = db.update_user(&user.id, update).await.unwrap();

    assert_eq!(updated.plan, "team");
    assert_eq!(updated.stripe_customer_id, None);
    assert_eq!(updated.seats, 3);
    let listed = db.list_users(ListUsers::default()).await.unwrap();
    assert_eq!(listed.users, vec![updated]);
}

#[sqlx::test(migrations = false)]
async fn extra_values_reach_every_entity(pool: PgPool) {
    let clock = ManualClock::default();
    let db = app_db(pool, clock.clone()).await;
    let user = db
        .create_user(CreateUser::with_email("ada@example.com"))
        .await
        .unwrap();
    let org = db
        .create_organization(better_auth_core::CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();

    let session = CreateSession {
        extra: extra(json!({"device_id": "laptop"})),
        ..CreateSession::new(&user.id, clock.now() + Duration::hours(1))
    };
    let session = db.create_session(session).await.unwrap();
    let member = CreateMember {
        extra: extra(json!({"title": "CTO"})),
        ..CreateMember::new(&org.id, &user.id, "owner")
    };
    let member = db.create_member(member).await.unwrap();

    assert_eq!(session.device_id.as_deref(), Some("laptop"));
    assert_eq!(org.tier, "team");
    assert_eq!(member.title.as_deref(), Some("CTO"));
    let read = db.get_session(&session.token).await.unwrap().unwrap();
    assert_eq!(read, session);
}

#[sqlx::test(migrations = false)]
async fn unknown_extra_field_is_invalid(pool: PgPool) {
    let db = app_db(pool, ManualClock::default()).await;
    let input = CreateUser {
        extra: extra(json!({"plna": "pro"})),
        ..CreateUser::with_email("ada@example.com")
    };

    let err = db.create_user(input).await.unwrap_err();

    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some("plna"));
}

#[sqlx::test(migrations = false)]
async fn extra_value_of_wrong_type_is_invalid(pool: PgPool) {
    let db = app_db(pool, ManualClock::default()).await;
    let user = db
        .create_user(CreateUser::with_email("ada@example.com"))
        .await
        .unwrap();
    let update = UpdateUser {
        extra: extra(json!({"seats": "ten"})),
        ..UpdateUser::default()
    };

    let err = db.update_user(&user.id, update).await.unwrap_err();

    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some("seats"));
}

#[sqlx::test(migrations = false)]
async fn integer_out_of_column_range_is_invalid(pool: PgPool) {
    // `seats` is an INTEGER column; the adapter binds a BIGINT.
    let db = app_db(pool, ManualClock::default()).await;
    let input = CreateUser {
        extra: extra(json!({"seats": 5_000_000_000_i64})),
        ..CreateUser::with_email("ada@example.com")
    };

    let err = db.create_user(input).await.unwrap_err();

    assert!(err.is_invalid_input(), "{err}");
}

#[sqlx::test(migrations = false)]
async fn null_for_required_extra_field_is_invalid(pool: PgPool) {
    let db = app_db(pool, ManualClock::default()).await;
    let input = CreateUser {
        extra: extra(json!({"plan": null})),
        ..CreateUser::with_email("ada@example.com")
    };

    let err = db.create_user(input).await.unwrap_err();

    assert_eq!(err.field(), Some("plan"));
}
