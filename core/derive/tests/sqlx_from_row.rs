//! A struct that derives `sqlx::FromRow` next to the better-auth derives,
//! as the PostgreSQL adapter uses it: `#[sqlx(...)]` and `#[auth(...)]`
//! attributes on the same fields. No database driver is compiled in, so
//! the test is that this file compiles and the derives still behave.

use better_auth::{AuthUser, CreateUser, FieldType, MemoryUser};
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

#[derive(Clone, Debug, sqlx::FromRow, AuthUser, MemoryUser)]
struct AppUser {
    id: String,
    email: Option<String>,
    #[sqlx(rename = "name")]
    #[auth(field = "name")]
    display_name: Option<String>,
    email_verified: bool,
    image: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    username: Option<String>,
    display_username: Option<String>,
    two_factor_enabled: bool,
    role: Option<String>,
    banned: bool,
    ban_reason: Option<String>,
    ban_expires: Option<DateTime<Utc>>,
    #[sqlx(json)]
    metadata: Value,
    #[sqlx(default)]
    #[auth(default = r#""free".to_owned()"#)]
    plan: String,
    stripe_customer_id: Option<String>,
}

#[test]
fn derives_coexist_with_from_row() {
    let input = CreateUser {
        extra: json!({"stripe_customer_id": "cus_1"})
            .as_object()
            .unwrap()
            .clone(),
        ..CreateUser::with_email("ada@example.com").name("Ada")
    };
    let user = AppUser::from_create(input, "user-1".to_owned(), Utc::now()).unwrap();
    assert_eq!(user.name(), Some("Ada"));
    assert_eq!(user.plan, "free");
    assert_eq!(user.stripe_customer_id.as_deref(), Some("cus_1"));
    assert_eq!(AppUser::custom_fields()[0].ty, FieldType::Text);
}
