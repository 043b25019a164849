//! Custom fields through [`CustomFieldsAdapter`]: defaults, required
//! fields, updates, snapshots, and two adapters with different schemas.
//! Runs on native targets (`cargo test`) and on wasm32
//! (`wasm-pack test --node`).

use better_auth_core::{
    AuthError, CreateOrganization, CreateUser, DatabaseAdapter, FieldType, UpdateUser,
};
use better_auth_wasm::{CustomFieldsAdapter, EntitySchema, FieldSpec, Schema};
use serde_json::{json, Value};

fn spec(name: &str, ty: FieldType, required: bool, default: Option<Value>) -> FieldSpec {
    FieldSpec {
        name: name.to_owned(),
        ty,
        required,
        default,
    }
}

/// Users with a defaulted `plan`, an optional `seats` and an optional
/// `trialEndsAt`; organizations with a required `region`.
fn schema() -> Schema {
    let user = vec![
        spec("plan", FieldType::Text, true, Some(json!("free"))),
        spec("seats", FieldType::Float, false, None),
        spec("trialEndsAt", FieldType::Timestamp, false, None),
    ];
    let organization = vec![spec("region", FieldType::Text, true, None)];
    Schema {
        user: EntitySchema::new(user, &["email"], "user").unwrap(),
        organization: EntitySchema::new(organization, &[], "organization").unwrap(),
        ..Schema::default()
    }
}

fn user_with(email: &str, extra: Value) -> CreateUser {
    CreateUser {
        extra: extra.as_object().unwrap().clone(),
        ..CreateUser::with_email(email)
    }
}

fn invalid_field(result: Result<impl std::fmt::Debug, AuthError>) -> String {
    match result {
        Err(AuthError::InvalidInput { field, .. }) => field.into_owned(),
        other => panic!("expected invalid input, got {other:?}"),
    }
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn create_fills_default_and_null() {
    let db = CustomFieldsAdapter::new(schema());
    let user = db
        .create_user(CreateUser::with_email("a@example.com"))
        .await
        .unwrap();

    assert_eq!(user.extra["plan"], json!("free"));
    assert_eq!(user.extra["seats"], Value::Null);
    assert_eq!(user.extra["trialEndsAt"], Value::Null);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn required_field_without_default() {
    let db = CustomFieldsAdapter::new(schema());
    let result = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await;

    assert_eq!(invalid_field(result), "region");
    assert!(db.get_organization_by_slug("acme").await.unwrap().is_none());
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn wrong_type_is_rejected() {
    let db = CustomFieldsAdapter::new(schema());
    let result = db
        .create_user(user_with("a@example.com", json!({"seats": "ten"})))
        .await;

    assert_eq!(invalid_field(result), "seats");
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn update_sets_and_clears() {
    let db = CustomFieldsAdapter::new(schema());
    let user = db
        .create_user(user_with("a@example.com", json!({"seats": 3})))
        .await
        .unwrap();

    let update = UpdateUser {
        extra: json!({"plan": "pro", "seats": null})
            .as_object()
            .unwrap()
            .clone(),
        ..UpdateUser::default()
    };
    let updated = db.update_user(&user.base.id, update).await.unwrap();
    assert_eq!(updated.extra["plan"], json!("pro"));
    assert_eq!(updated.extra["seats"], Value::Null);

    let read = db.get_user_by_id(&user.base.id).await.unwrap().unwrap();
    assert_eq!(read.extra, updated.extra);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn update_cannot_null_required() {
    let db = CustomFieldsAdapter::new(schema());
    let user = db
        .create_user(CreateUser::with_email("a@example.com"))
        .await
        .unwrap();

    let update = UpdateUser {
        extra: json!({"plan": null}).as_object().unwrap().clone(),
        ..UpdateUser::default()
    };
    assert_eq!(
        invalid_field(db.update_user(&user.base.id, update).await),
        "plan"
    );
    let read = db.get_user_by_id(&user.base.id).await.unwrap().unwrap();
    assert_eq!(read.extra["plan"], json!("free"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn timestamp_is_normalized() {
    let db = CustomFieldsAdapter::new(schema());
    let extra = json!({"trialEndsAt": "2031-05-06T09:00:00.5+01:00"});
    let user = db
        .create_user(user_with("a@example.com", extra))
        .await
        .unwrap();

    assert_eq!(
        user.extra["trialEndsAt"],
        json!("2031-05-06T08:00:00.500000Z")
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn snapshot_keeps_custom_fields() {
    let db = CustomFieldsAdapter::new(schema());
    let extra = json!({"plan": "team", "seats": 12});
    let user = db
        .create_user(user_with("a@example.com", extra))
        .await
        .unwrap();
    let json = db.export_snapshot().unwrap();

    let restored = CustomFieldsAdapter::from_snapshot(&json, schema()).unwrap();
    let read = restored
        .get_user_by_id(&user.base.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(read, user);
    assert_eq!(restored.export_snapshot().unwrap(), json);
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn snapshot_checked_against_schema() {
    let db = CustomFieldsAdapter::new(schema());
    db.create_user(CreateUser::with_email("a@example.com"))
        .await
        .unwrap();
    let json = db.export_snapshot().unwrap();

    // Without the declarations, `plan` and the others are unknown fields.
    let err = CustomFieldsAdapter::from_snapshot(&json, Schema::default()).unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some("snapshot"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn snapshot_fills_new_defaults() {
    let plain = CustomFieldsAdapter::new(Schema::default());
    let user = plain
        .create_user(CreateUser::with_email("a@example.com"))
        .await
        .unwrap();
    let json = plain.export_snapshot().unwrap();

    let restored = CustomFieldsAdapter::from_snapshot(&json, schema()).unwrap();
    let read = restored
        .get_user_by_id(&user.base.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(read.extra["plan"], json!("free"));
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), tokio::test)]
async fn interleaved_adapters_keep_their_schemas() {
    let custom = CustomFieldsAdapter::new(schema());
    let plain = CustomFieldsAdapter::new(Schema::default());
    let extra = json!({"plan": "pro"});

    let (with_fields, without_fields) = futures::join!(
        custom.create_user(user_with("a@example.com", extra.clone())),
        plain.create_user(user_with("b@example.com", extra)),
    );

    assert_eq!(with_fields.unwrap().extra["plan"], json!("pro"));
    assert_eq!(invalid_field(without_fields), "plan");
}
