//! The in-memory adapter storing application entity types built with the
//! derive macros: the shared conformance suite, and custom field values
//! through create, update, get, list and snapshot round trips.

use better_auth_core::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    AuthVerification, CreateAccount, CreateInvitation, CreateMember, CreateOrganization,
    CreateSession, CreateUser, CreateVerification, DatabaseAdapter, ExtraFields, InvitationStatus,
    ListUsers, ManualClock, MemoryAccount, MemoryInvitation, MemoryMember, MemoryOrganization,
    MemorySession, MemoryUser, MemoryVerification, Page, UpdateAccount, UpdateOrganization,
    UpdateSession, UpdateUser,
};
use better_auth_memory::MemoryDatabaseAdapter;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use serde_json::{json, Value};

#[derive(Clone, Debug, PartialEq, Serialize, AuthUser, MemoryUser)]
struct AppUser {
    id: String,
    email: Option<String>,
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
    metadata: Value,
    #[auth(default = r#""free".to_string()"#)]
    plan: String,
    stripe_customer_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthSession, MemorySession)]
struct AppSession {
    id: String,
    expires_at: DateTime<Utc>,
    #[serde(skip_serializing)]
    token: String,
    ip_address: Option<String>,
    user_agent: Option<String>,
    user_id: String,
    impersonated_by: Option<String>,
    active_organization_id: Option<String>,
    active: bool,
    #[auth(field = "created_at")]
    started_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    device_id: Option<String>,
    #[auth(default = "true")]
    remember_me: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthAccount, MemoryAccount)]
struct AppAccount {
    id: String,
    account_id: String,
    provider_id: String,
    user_id: String,
    #[serde(skip_serializing)]
    access_token: Option<String>,
    #[serde(skip_serializing)]
    refresh_token: Option<String>,
    #[serde(skip_serializing)]
    id_token: Option<String>,
    access_token_expires_at: Option<DateTime<Utc>>,
    refresh_token_expires_at: Option<DateTime<Utc>>,
    scope: Option<String>,
    #[serde(skip_serializing)]
    #[auth(field = "password")]
    password_hash: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    #[auth(default = r#"String::from("signup")"#)]
    linked_via: String,
    last_used_at: Option<DateTime<Utc>>,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthOrganization, MemoryOrganization)]
struct AppOrganization {
    id: String,
    #[auth(field = "name")]
    title: String,
    slug: String,
    logo: Option<String>,
    metadata: Value,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    billing_email: Option<String>,
    #[auth(default = "10")]
    max_members: i32,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    #[auth(field = "role")]
    member_role: String,
    created_at: DateTime<Utc>,
    job_title: Option<String>,
    #[auth(default = "1.0")]
    weight: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthInvitation, MemoryInvitation)]
struct AppInvitation {
    id: String,
    organization_id: String,
    email: String,
    role: String,
    #[auth(field = "status")]
    state: InvitationStatus,
    inviter_id: String,
    expires_at: DateTime<Utc>,
    created_at: DateTime<Utc>,
    message: Option<String>,
    #[auth(default = "3")]
    reminders_left: u8,
}

#[derive(Clone, Debug, PartialEq, Serialize, AuthVerification, MemoryVerification)]
struct AppVerification {
    id: String,
    #[auth(field = "identifier")]
    purpose: String,
    #[serde(skip_serializing)]
    value: String,
    expires_at: DateTime<Utc>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    attempts: u32,
    #[auth(default = r#""email".to_owned()"#)]
    channel: String,
}

type AppDb = MemoryDatabaseAdapter<
    AppUser,
    AppSession,
    AppAccount,
    AppOrganization,
    AppMember,
    AppInvitation,
    AppVerification,
>;

better_auth_conformance::conformance_suite! {
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn adapter(clock: ManualClock) -> AppDb {
        AppDb::default().with_clock(clock)
    }
}

fn extra(value: Value) -> ExtraFields {
    value.as_object().expect("a JSON object").clone()
}

fn database() -> AppDb {
    AppDb::default().with_clock(ManualClock::default())
}

async fn create_ada(database: &AppDb) -> AppUser {
    let input = CreateUser {
        extra: extra(json!({"plan": "pro"})),
        ..CreateUser::with_email("ada@example.com").name("Ada")
    };
    database.create_user(input).await.unwrap()
}

#[tokio::test]
async fn user_custom_fields_round_trip() {
    let database = database();
    let created = create_ada(&database).await;
    assert_eq!(created.plan, "pro");
    assert_eq!(created.stripe_customer_id, None);
    assert_eq!(created.name(), Some("Ada"));

    let by_id = database.get_user_by_id(created.id()).await.unwrap();
    assert_eq!(by_id.as_ref(), Some(&created));
    let by_email = database.get_user_by_email("ada@example.com").await.unwrap();
    assert_eq!(by_email.as_ref(), Some(&created));

    let update = UpdateUser {
        extra: extra(json!({"stripe_customer_id": "cus_1"})),
        ..Default::default()
    };
    let updated = database.update_user(created.id(), update).await.unwrap();
    assert_eq!(
        updated.plan, "pro",
        "fields the update leaves out keep their value"
    );
    assert_eq!(updated.stripe_customer_id.as_deref(), Some("cus_1"));

    let page = database.list_users(ListUsers::default()).await.unwrap();
    assert_eq!(page.users, std::slice::from_ref(&updated));
    let again = database.get_user_by_id(created.id()).await.unwrap();
    assert_eq!(again, Some(updated));
}

#[tokio::test]
async fn user_default_applies_without_extra() {
    let database = database();
    let user = database
        .create_user(CreateUser::with_email("bob@example.com"))
        .await
        .unwrap();
    assert_eq!(user.plan, "free");
}

#[tokio::test]
async fn unknown_extra_field_stores_nothing() {
    let database = database();
    let input = CreateUser {
        extra: extra(json!({"plna": "pro"})),
        ..CreateUser::with_email("ada@example.com")
    };
    let err = database.create_user(input).await.unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some("plna"));
    let stored = database.get_user_by_email("ada@example.com").await.unwrap();
    assert!(stored.is_none());
}

#[tokio::test]
async fn wrong_extra_type_on_update_leaves_row() {
    let database = database();
    let created = create_ada(&database).await;
    let update = UpdateUser {
        name: Some(Some("Ada L.".to_owned())),
        extra: extra(json!({"plan": 5})),
        ..Default::default()
    };
    let err = database
        .update_user(created.id(), update)
        .await
        .unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some("plan"));
    let stored = database.get_user_by_id(created.id()).await.unwrap();
    assert_eq!(stored, Some(created));
}

#[tokio::test]
async fn null_for_required_extra_field_is_rejected() {
    let database = database();
    let created = create_ada(&database).await;
    let update = UpdateUser {
        extra: extra(json!({"plan": null})),
        ..Default::default()
    };
    let err = database
        .update_user(created.id(), update)
        .await
        .unwrap_err();
    assert_eq!(err.field(), Some("plan"));
}

#[tokio::test]
async fn session_custom_fields_round_trip() {
    let database = database();
    let user = create_ada(&database).await;
    let mut input = CreateSession::new(user.id(), Utc::now() + Duration::days(1));
    input.extra = extra(json!({"device_id": "phone"}));
    let token = input.token.clone();
    let created = database.create_session(input).await.unwrap();
    assert_eq!(created.device_id.as_deref(), Some("phone"));
    assert!(created.remember_me);

    let update = UpdateSession {
        extra: extra(json!({"remember_me": false, "device_id": null})),
        ..Default::default()
    };
    let updated = database.update_session(&token, update).await.unwrap();
    assert!(!updated.remember_me);
    assert_eq!(updated.device_id, None);
    assert_eq!(updated.created_at(), created.started_at);

    let fetched = database.get_session(&token).await.unwrap();
    assert_eq!(fetched.as_ref(), Some(&updated));
    let listed = database.list_user_sessions(user.id()).await.unwrap();
    assert_eq!(listed, [updated]);
}

#[tokio::test]
async fn account_custom_fields_round_trip() {
    let database = database();
    let user = create_ada(&database).await;
    let created = database
        .create_account(CreateAccount::credential(user.id(), "$argon2id$hash"))
        .await
        .unwrap();
    assert_eq!(created.linked_via, "signup");
    assert_eq!(created.password(), Some("$argon2id$hash"));

    let update = UpdateAccount {
        extra: extra(json!({"last_used_at": "2030-01-01T00:00:00.123456789Z"})),
        ..Default::default()
    };
    let updated = database.update_account(created.id(), update).await.unwrap();
    let last_used = updated.last_used_at.expect("the update sets it");
    assert_eq!(last_used.timestamp_subsec_nanos(), 123_456_000);

    let listed = database.list_user_accounts(user.id()).await.unwrap();
    assert_eq!(listed, std::slice::from_ref(&updated));
    let fetched = database.get_account_by_id(created.id()).await.unwrap();
    assert_eq!(fetched, Some(updated));
}

#[tokio::test]
async fn organization_member_invitation_custom_fields() {
    let database = database();
    let owner = create_ada(&database).await;

    let input = CreateOrganization {
        extra: extra(json!({"billing_email": "billing@example.com"})),
        ..CreateOrganization::new("Acme", "acme")
    };
    let organization = database.create_organization(input).await.unwrap();
    assert_eq!(organization.max_members, 10);
    let update = UpdateOrganization {
        extra: extra(json!({"max_members": 25})),
        ..Default::default()
    };
    let organization = database
        .update_organization(organization.id(), update)
        .await
        .unwrap();
    let by_slug = database.get_organization_by_slug("acme").await.unwrap();
    assert_eq!(by_slug.as_ref(), Some(&organization));
    assert_eq!(organization.max_members, 25);

    let mut input = CreateMember::new(organization.id(), owner.id(), "owner");
    input.extra = extra(json!({"job_title": "Founder"}));
    let member = database.create_member(input).await.unwrap();
    let member = database
        .update_member_role(member.id(), "admin")
        .await
        .unwrap();
    assert_eq!(member.member_role, "admin");
    assert_eq!(member.job_title.as_deref(), Some("Founder"));
    assert_eq!(member.weight, 1.0);
    let members = database
        .list_organization_members(organization.id(), Page::default())
        .await
        .unwrap();
    assert_eq!(members, [member]);

    let mut input = CreateInvitation::new(
        organization.id(),
        "bob@example.com",
        owner.id(),
        Utc::now() + Duration::days(3),
    );
    input.extra = extra(json!({"message": "Welcome"}));
    let invitation = database.create_invitation(input).await.unwrap();
    let accepted = database
        .update_invitation_status(
            invitation.id(),
            InvitationStatus::Pending,
            InvitationStatus::Accepted,
        )
        .await
        .unwrap();
    assert_eq!(accepted.state, InvitationStatus::Accepted);
    assert_eq!(accepted.message.as_deref(), Some("Welcome"));
    assert_eq!(accepted.reminders_left, 3);
    let listed = database
        .list_organization_invitations(organization.id())
        .await
        .unwrap();
    assert_eq!(listed, [accepted]);
}

#[tokio::test]
async fn verification_custom_fields_round_trip() {
    let database = database();
    let mut input = CreateVerification::new("reset:ada", "123456", Utc::now() + Duration::hours(1));
    input.extra = extra(json!({"attempts": 2}));
    let created = database.create_verification(input).await.unwrap();
    assert_eq!(created.identifier(), "reset:ada");
    assert_eq!(created.attempts, 2);
    assert_eq!(created.channel, "email");

    let fetched = database.get_verification("reset:ada").await.unwrap();
    assert_eq!(fetched.as_ref(), Some(&created));
    let consumed = database
        .consume_verification("reset:ada", "123456")
        .await
        .unwrap();
    assert_eq!(consumed, Some(created));
}

#[tokio::test]
async fn snapshot_keeps_custom_fields_and_secrets() {
    let database = database();
    let user = create_ada(&database).await;
    let mut input = CreateSession::new(user.id(), Utc::now() + Duration::days(1));
    input.extra = extra(json!({"device_id": "laptop"}));
    let token = input.token.clone();
    let session = database.create_session(input).await.unwrap();
    let account = database
        .create_account(CreateAccount::credential(user.id(), "$argon2id$hash"))
        .await
        .unwrap();
    let organization = database
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();
    let mut input = CreateMember::new(organization.id(), user.id(), "owner");
    input.extra = extra(json!({"weight": 2.5}));
    let member = database.create_member(input).await.unwrap();
    let invitation = database
        .create_invitation(CreateInvitation::new(
            organization.id(),
            "bob@example.com",
            user.id(),
            Utc::now() + Duration::days(3),
        ))
        .await
        .unwrap();
    let verification = database
        .create_verification(CreateVerification::new(
            "reset:ada",
            "123456",
            Utc::now() + Duration::hours(1),
        ))
        .await
        .unwrap();

    let snapshot = database.export_snapshot().unwrap();
    let restored = AppDb::from_snapshot(&snapshot).unwrap();

    let user_copy = restored.get_user_by_id(user.id()).await.unwrap();
    assert_eq!(user_copy, Some(user));
    let session_copy = restored.get_session(&token).await.unwrap();
    assert_eq!(session_copy, Some(session));
    let account_copy = restored.get_account_by_id(account.id()).await.unwrap();
    assert_eq!(account_copy.as_ref(), Some(&account));
    assert_eq!(
        account_copy.unwrap().password(),
        Some("$argon2id$hash"),
        "the snapshot keeps the password hash"
    );
    let organization_copy = restored
        .get_organization_by_id(organization.id())
        .await
        .unwrap();
    assert_eq!(organization_copy, Some(organization));
    let member_copy = restored.get_member_by_id(member.id()).await.unwrap();
    assert_eq!(member_copy, Some(member));
    let invitation_copy = restored
        .get_invitation_by_id(invitation.id())
        .await
        .unwrap();
    assert_eq!(invitation_copy, Some(invitation));
    let verification_copy = restored
        .consume_verification("reset:ada", "123456")
        .await
        .unwrap();
    assert_eq!(verification_copy, Some(verification));
}

#[tokio::test]
async fn snapshot_with_mistyped_custom_field_names_it() {
    let database = database();
    create_ada(&database).await;
    let mut document: Value = serde_json::from_str(&database.export_snapshot().unwrap()).unwrap();
    document["users"][0]["plan"] = json!(42);

    let err = AppDb::from_snapshot(&document.to_string()).unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    let message = err.to_string();
    assert!(message.contains("users[0]"), "{message}");
    assert!(message.contains("invalid plan"), "{message}");
}
