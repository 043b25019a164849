//! The generated user implementation: getters, custom fields, create and
//! update with `extra`, and snapshots.

mod support;

use better_auth::{AuthUser, CreateUser, FieldType, MemoryUser, SnapshotRecord, UpdateUser};
use chrono::{Duration, TimeZone, Utc};
use serde_json::{json, Value};
use support::{now, AppUser};

fn extra(value: Value) -> better_auth::ExtraFields {
    value.as_object().expect("a JSON object").clone()
}

fn create(input: CreateUser) -> better_auth::AuthResult<AppUser> {
    AppUser::from_create(input, "user-1".to_owned(), now())
}

fn ada() -> AppUser {
    create(CreateUser::with_email("ada@example.com").name("Ada")).unwrap()
}

#[test]
fn getters_read_standard_fields() {
    let input = CreateUser {
        email_verified: true,
        image: Some("https://example.com/ada.png".to_owned()),
        two_factor_enabled: true,
        role: Some("admin".to_owned()),
        banned: true,
        ban_reason: Some("spam".to_owned()),
        ban_expires: Some(now() + Duration::days(1)),
        metadata: Some(json!({"source": "test"})),
        ..CreateUser::with_email("ada@example.com").username("ada")
    };
    let user = create(input).unwrap();

    assert_eq!(user.id(), "user-1");
    assert_eq!(user.email(), Some("ada@example.com"));
    assert!(user.email_verified());
    assert_eq!(user.image(), Some("https://example.com/ada.png"));
    assert_eq!(user.username(), Some("ada"));
    assert_eq!(user.display_username(), None);
    assert!(user.two_factor_enabled());
    assert_eq!(user.role(), Some("admin"));
    assert!(user.banned());
    assert_eq!(user.ban_reason(), Some("spam"));
    assert_eq!(user.ban_expires(), Some(now() + Duration::days(1)));
    assert_eq!(user.metadata(), &json!({"source": "test"}));
    assert_eq!(user.created_at(), now());
    assert_eq!(user.updated_at(), now());
}

#[test]
fn renamed_field_backs_its_getter() {
    let user = ada();
    assert_eq!(user.name(), Some("Ada"));
    assert_eq!(user.display_name.as_deref(), Some("Ada"));
}

#[test]
fn missing_metadata_becomes_empty_object() {
    assert_eq!(ada().metadata(), &json!({}));
}

#[test]
fn custom_fields_lists_every_custom_field() {
    let fields: Vec<_> = AppUser::custom_fields()
        .iter()
        .map(|field| (field.name, field.ty, field.nullable))
        .collect();
    assert_eq!(
        fields,
        [
            ("plan", FieldType::Text, false),
            ("stripe_customer_id", FieldType::Text, true),
            ("seats", FieldType::Integer, false),
            ("trial_ends_at", FieldType::Timestamp, true),
            ("tags", FieldType::Json, false),
            ("score", FieldType::Float, false),
        ]
    );
}

#[test]
fn create_uses_defaults_without_extra() {
    let user = ada();
    assert_eq!(user.plan, "free");
    assert_eq!(user.seats, 1);
    assert_eq!(user.stripe_customer_id, None);
    assert_eq!(user.trial_ends_at, None);
    assert!(user.tags.is_empty());
    assert_eq!(user.score, 0.0);
}

#[test]
fn create_reads_extra_values() {
    let input = CreateUser {
        extra: extra(json!({
            "plan": "pro",
            "stripe_customer_id": "cus_123",
            "seats": 5,
            "trial_ends_at": "2025-02-01T00:00:00Z",
            "tags": ["beta"],
            "score": 0.5,
        })),
        ..CreateUser::with_email("ada@example.com")
    };
    let user = create(input).unwrap();

    assert_eq!(user.plan, "pro");
    assert_eq!(user.stripe_customer_id.as_deref(), Some("cus_123"));
    assert_eq!(user.seats, 5);
    assert_eq!(
        user.trial_ends_at,
        Some(Utc.with_ymd_and_hms(2025, 2, 1, 0, 0, 0).unwrap())
    );
    assert_eq!(user.tags, ["beta"]);
    assert_eq!(user.score, 0.5);
}

#[test]
fn create_truncates_custom_timestamps() {
    let input = CreateUser {
        extra: extra(json!({"trial_ends_at": "2025-02-01T00:00:00.123456789Z"})),
        ..Default::default()
    };
    let user = create(input).unwrap();
    let nanos = user.trial_ends_at.unwrap().timestamp_subsec_nanos();
    assert_eq!(nanos, 123_456_000);
}

/// Asserts that creating a user with `extra` fails as invalid input on `field`.
fn assert_create_rejects(extra_value: Value, field: &str) {
    let input = CreateUser {
        extra: extra(extra_value),
        ..Default::default()
    };
    let err = create(input).unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some(field), "{err}");
}

#[test]
fn create_rejects_unknown_extra_field() {
    assert_create_rejects(json!({"plna": "pro"}), "plna");
}

#[test]
fn create_rejects_extra_of_wrong_type() {
    assert_create_rejects(json!({"seats": "five"}), "seats");
}

#[test]
fn create_rejects_null_for_required_field() {
    assert_create_rejects(json!({"plan": null}), "plan");
}

#[test]
fn create_rejects_integer_out_of_range() {
    assert_create_rejects(json!({"seats": 300}), "seats");
}

#[test]
fn create_rejects_invalid_timestamp() {
    assert_create_rejects(json!({"trial_ends_at": "tomorrow"}), "trial_ends_at");
}

#[test]
fn update_sets_standard_and_custom_fields() {
    let mut user = ada();
    let later = now() + Duration::hours(1);
    let update = UpdateUser {
        name: Some(None),
        banned: Some(true),
        extra: extra(json!({"plan": "team", "stripe_customer_id": "cus_9"})),
        ..Default::default()
    };
    user.apply_update(update, later).unwrap();

    assert_eq!(user.name(), None);
    assert!(user.banned());
    assert_eq!(user.plan, "team");
    assert_eq!(user.stripe_customer_id.as_deref(), Some("cus_9"));
    assert_eq!(user.updated_at(), later);
    assert_eq!(user.created_at(), now());
}

#[test]
fn update_leaves_unset_fields() {
    let mut user = ada();
    user.apply_update(UpdateUser::default(), now()).unwrap();
    assert_eq!(user, ada());
}

#[test]
fn update_null_clears_optional_custom_field() {
    let mut user = ada();
    let set = UpdateUser {
        extra: extra(json!({"stripe_customer_id": "cus_1"})),
        ..Default::default()
    };
    user.apply_update(set, now()).unwrap();
    let clear = UpdateUser {
        extra: extra(json!({"stripe_customer_id": null})),
        ..Default::default()
    };
    user.apply_update(clear, now()).unwrap();
    assert_eq!(user.stripe_customer_id, None);
}

/// Asserts that an update with `extra` fails on `field` and changes nothing.
fn assert_update_rejects(extra_value: Value, field: &str) {
    let mut user = ada();
    let update = UpdateUser {
        banned: Some(true),
        extra: extra(extra_value),
        ..Default::default()
    };
    let err = user
        .apply_update(update, now() + Duration::hours(1))
        .unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some(field), "{err}");
    assert_eq!(
        user,
        ada(),
        "a rejected update must leave the row unchanged"
    );
}

#[test]
fn update_rejects_unknown_extra_field() {
    assert_update_rejects(json!({"billing": "pro"}), "billing");
}

#[test]
fn update_rejects_extra_of_wrong_type() {
    assert_update_rejects(json!({"plan": 3}), "plan");
}

#[test]
fn update_rejects_null_for_required_field() {
    assert_update_rejects(json!({"seats": null}), "seats");
}

#[test]
fn update_bad_value_writes_nothing() {
    assert_update_rejects(json!({"plan": "team", "seats": 1000}), "seats");
}

#[test]
fn snapshot_round_trips() {
    let mut user = ada();
    let update = UpdateUser {
        extra: extra(json!({"tags": ["a", "b"], "trial_ends_at": "2025-03-01T00:00:00Z"})),
        ..Default::default()
    };
    user.apply_update(update, now()).unwrap();

    let snapshot = user.to_snapshot().unwrap();
    assert_eq!(AppUser::from_snapshot(snapshot).unwrap(), user);
}

#[test]
fn snapshot_keys_are_column_names() {
    let snapshot = ada().to_snapshot().unwrap();
    assert_eq!(snapshot["name"], "Ada");
    assert_eq!(snapshot["plan"], "free");
    assert!(snapshot.get("display_name").is_none());
}

/// Asserts that reading `snapshot` back fails as invalid input on `field`.
fn assert_snapshot_rejects(snapshot: Value, field: &str) {
    let err = AppUser::from_snapshot(snapshot).unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some(field), "{err}");
}

#[test]
fn snapshot_missing_field_is_named() {
    let mut snapshot = ada().to_snapshot().unwrap();
    snapshot.as_object_mut().unwrap().remove("plan");
    assert_snapshot_rejects(snapshot, "plan");
}

#[test]
fn snapshot_mistyped_field_is_named() {
    let mut snapshot = ada().to_snapshot().unwrap();
    snapshot["created_at"] = json!("yesterday");
    assert_snapshot_rejects(snapshot, "created_at");
}

#[test]
fn snapshot_unknown_field_is_named() {
    let mut snapshot = ada().to_snapshot().unwrap();
    snapshot["plna"] = json!("pro");
    assert_snapshot_rejects(snapshot, "plna");
}

#[test]
fn snapshot_must_be_an_object() {
    let err = AppUser::from_snapshot(json!("ada")).unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
}
