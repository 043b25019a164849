//! The generated implementations of the six other entity kinds.

mod support;

use better_auth::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthVerification,
    CreateAccount, CreateInvitation, CreateMember, CreateOrganization, CreateSession,
    CreateVerification, ExtraFields, FieldType, InvitationStatus, MemoryAccount, MemoryInvitation,
    MemoryMember, MemoryOrganization, MemorySession, MemoryVerification, SnapshotRecord,
    UpdateAccount, UpdateOrganization, UpdateSession,
};
use chrono::Duration;
use serde_json::{json, Value};
use support::{
    now, AppAccount, AppInvitation, AppMember, AppOrganization, AppSession, AppVerification,
    Channel,
};

fn extra(value: Value) -> ExtraFields {
    value.as_object().expect("a JSON object").clone()
}

const TOKEN: &str = "0123456789abcdef0123456789abcdef";

fn session() -> AppSession {
    let mut input = CreateSession::new("user-1", now() + Duration::days(7));
    input.token = TOKEN.to_owned();
    input.ip_address = Some("127.0.0.1".to_owned());
    input.extra = extra(json!({"device_id": "laptop"}));
    AppSession::from_create(input, "session-1".to_owned(), now()).unwrap()
}

#[test]
fn session_getters_and_custom_fields() {
    let session = session();
    assert_eq!(session.id(), "session-1");
    assert_eq!(session.token(), TOKEN);
    assert_eq!(session.user_id(), "user-1");
    assert_eq!(session.ip_address(), Some("127.0.0.1"));
    assert_eq!(session.expires_at(), now() + Duration::days(7));
    assert!(session.active(), "a new session is active");
    assert!(session.is_active);
    assert_eq!(session.device_id.as_deref(), Some("laptop"));
    assert!(session.remember_me, "the default expression applies");
}

#[test]
fn session_update_moves_updated_at() {
    let mut session = session();
    let later = now() + Duration::minutes(5);
    let update = UpdateSession {
        user_agent: Some(Some("curl".to_owned())),
        extra: extra(json!({"remember_me": false})),
        ..Default::default()
    };
    session.apply_update(update, later).unwrap();
    assert_eq!(session.user_agent(), Some("curl"));
    assert!(!session.remember_me);
    assert_eq!(session.updated_at(), later);
}

#[test]
fn session_snapshot_keeps_token() {
    let session = session();
    let snapshot = session.to_snapshot().unwrap();
    assert_eq!(
        snapshot["token"], TOKEN,
        "Serialize skips it, the snapshot must not"
    );
    assert_eq!(snapshot["active"], true);
    assert_eq!(AppSession::from_snapshot(snapshot).unwrap(), session);
}

fn account() -> AppAccount {
    let input = CreateAccount {
        refresh_token: Some("refresh-secret".to_owned()),
        ..CreateAccount::credential("user-1", "$argon2id$hash")
    };
    AppAccount::from_create(input, "account-1".to_owned(), now()).unwrap()
}

#[test]
fn account_renamed_password_and_default() {
    let account = account();
    assert_eq!(account.password(), Some("$argon2id$hash"));
    assert_eq!(account.password_hash.as_deref(), Some("$argon2id$hash"));
    assert_eq!(account.provider_id(), "credential");
    assert_eq!(account.linked_via, "signup");
}

#[test]
fn account_update_sets_password_and_custom_field() {
    let mut account = account();
    let update = UpdateAccount {
        password: Some(Some("$argon2id$new".to_owned())),
        extra: extra(json!({"linked_via": "reset"})),
        ..Default::default()
    };
    account.apply_update(update, now()).unwrap();
    assert_eq!(account.password(), Some("$argon2id$new"));
    assert_eq!(account.linked_via, "reset");
}

#[test]
fn account_snapshot_keeps_secrets() {
    let account = account();
    let snapshot = account.to_snapshot().unwrap();
    assert_eq!(snapshot["password"], "$argon2id$hash");
    assert_eq!(snapshot["refresh_token"], "refresh-secret");
    assert_eq!(AppAccount::from_snapshot(snapshot).unwrap(), account);
}

fn organization() -> AppOrganization {
    let input = CreateOrganization {
        extra: extra(json!({"billing_email": "billing@example.com"})),
        ..CreateOrganization::new("Acme", "acme")
    };
    AppOrganization::from_create(input, "org-1".to_owned(), now()).unwrap()
}

#[test]
fn organization_getters_and_update() {
    let mut organization = organization();
    assert_eq!(organization.name(), "Acme");
    assert_eq!(organization.slug(), "acme");
    assert_eq!(organization.max_members, 10);
    assert_eq!(organization.metadata(), &json!({}));

    let update = UpdateOrganization {
        name: Some("Acme Corp".to_owned()),
        extra: extra(json!({"max_members": 50, "billing_email": null})),
        ..Default::default()
    };
    organization.apply_update(update, now()).unwrap();
    assert_eq!(organization.title, "Acme Corp");
    assert_eq!(organization.max_members, 50);
    assert_eq!(organization.billing_email, None);
}

#[test]
fn organization_snapshot_round_trips() {
    let organization = organization();
    let snapshot = organization.to_snapshot().unwrap();
    assert_eq!(
        AppOrganization::from_snapshot(snapshot).unwrap(),
        organization
    );
}

#[test]
fn member_set_role_writes_renamed_field() {
    let mut input = CreateMember::new("org-1", "user-1", "owner");
    input.extra = extra(json!({"job_title": "CTO"}));
    let mut member = AppMember::from_create(input, "member-1".to_owned(), now()).unwrap();
    assert_eq!(member.role(), "owner");
    assert_eq!(member.job_title.as_deref(), Some("CTO"));
    assert_eq!(member.created_at(), now());

    member.set_role("admin".to_owned());
    assert_eq!(member.role(), "admin");
    assert_eq!(member.member_role, "admin");

    let snapshot = member.to_snapshot().unwrap();
    assert_eq!(AppMember::from_snapshot(snapshot).unwrap(), member);
}

#[test]
fn member_rejects_unknown_extra() {
    let mut input = CreateMember::new("org-1", "user-1", "owner");
    input.extra = extra(json!({"title": "CTO"}));
    let err = AppMember::from_create(input, "member-1".to_owned(), now()).unwrap_err();
    assert_eq!(err.field(), Some("title"));
}

#[test]
fn invitation_set_status_writes_renamed_field() {
    let mut input = CreateInvitation::new(
        "org-1",
        "bob@example.com",
        "user-1",
        now() + Duration::days(2),
    )
    .role("admin");
    input.extra = extra(json!({"message": "Join us"}));
    let mut invitation =
        AppInvitation::from_create(input, "invitation-1".to_owned(), now()).unwrap();
    assert_eq!(invitation.status(), InvitationStatus::Pending);
    assert_eq!(invitation.role(), "admin");
    assert_eq!(invitation.inviter_id(), "user-1");
    assert_eq!(invitation.message.as_deref(), Some("Join us"));

    invitation.set_status(InvitationStatus::Accepted);
    assert_eq!(invitation.state, InvitationStatus::Accepted);

    let snapshot = invitation.to_snapshot().unwrap();
    assert_eq!(snapshot["status"], "accepted");
    assert_eq!(AppInvitation::from_snapshot(snapshot).unwrap(), invitation);
}

#[test]
fn verification_reads_enum_as_text() {
    assert_eq!(AppVerification::custom_fields()[0].ty, FieldType::Text);

    let mut input = CreateVerification::new("email:ada", "123456", now() + Duration::hours(1));
    input.extra = extra(json!({"channel": "sms"}));
    let verification =
        AppVerification::from_create(input, "verification-1".to_owned(), now()).unwrap();
    assert_eq!(verification.value(), "123456");
    assert_eq!(verification.channel, Channel::Sms);
    assert_eq!(verification.attempts, 0);

    let snapshot = verification.to_snapshot().unwrap();
    assert_eq!(snapshot["value"], "123456");
    assert_eq!(
        AppVerification::from_snapshot(snapshot).unwrap(),
        verification
    );
}

#[test]
fn verification_rejects_unknown_enum_value() {
    let mut input = CreateVerification::new("email:ada", "123456", now() + Duration::hours(1));
    input.extra = extra(json!({"channel": "pigeon"}));
    let err = AppVerification::from_create(input, "verification-1".to_owned(), now()).unwrap_err();
    assert!(err.is_invalid_input(), "{err}");
    assert_eq!(err.field(), Some("channel"));
}
