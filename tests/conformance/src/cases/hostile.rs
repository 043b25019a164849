//! Hostile input: values some backend cannot store are rejected as invalid
//! input naming the field, and nothing is stored. Long text that is not
//! part of a key round-trips.

use better_auth_core::validate::{MAX_KEY_BYTES, MIN_SESSION_TOKEN_CHARS};
use better_auth_core::{
    AuthAccount, AuthOrganization, AuthSession, AuthUser, CreateAccount, CreateInvitation,
    CreateMember, CreateOrganization, CreateSession, CreateUser, CreateVerification,
    DatabaseAdapter, ExtraFields, ListUsers, UpdateAccount, UpdateOrganization, UpdateSession,
    UpdateUser,
};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde_json::{json, Value};

use crate::assert::{
    assert_account_eq, assert_invalid, assert_none, assert_organization_eq, assert_session_eq,
    assert_user_eq, found, ok,
};
use crate::fixtures::hours;
use crate::Harness;

/// A custom field name no entity type has.
const UNKNOWN_FIELD: &str = "no_such_field";

/// Returns extra values that set only [`UNKNOWN_FIELD`].
fn unknown_extra() -> ExtraFields {
    let mut extra = ExtraFields::new();
    extra.insert(UNKNOWN_FIELD.to_owned(), json!("value"));
    extra
}

/// Returns midnight UTC on January 1 of `year`.
fn new_year(year: i32) -> DateTime<Utc> {
    let date = NaiveDate::from_ymd_opt(year, 1, 1).expect("a valid date");
    date.and_hms_opt(0, 0, 0).expect("a valid time").and_utc()
}

/// Returns how many users the store holds.
async fn user_total<A: DatabaseAdapter>(h: &Harness<A>) -> u64 {
    ok(
        h.adapter.list_users(ListUsers::default()).await,
        "list_users",
    )
    .total
}

pub async fn nul_name<A: DatabaseAdapter>(h: Harness<A>) {
    let input = CreateUser::with_email("ada@example.com").name("Ada\0Lovelace");

    assert_invalid(h.adapter.create_user(input).await, "name");
    assert_none(
        h.adapter.get_user_by_email("ada@example.com").await,
        "get_user_by_email(rejected row)",
    );
}

pub async fn nul_email<A: DatabaseAdapter>(h: Harness<A>) {
    let input = CreateUser::with_email("ada\0@example.com");

    assert_invalid(h.adapter.create_user(input).await, "email");
    assert_eq!(user_total(&h).await, 0, "the rejected user was stored");
}

pub async fn nul_metadata<A: DatabaseAdapter>(h: Harness<A>) {
    let in_value = CreateUser {
        metadata: Some(json!({"note": "a\0b"})),
        ..CreateUser::with_email("ada@example.com")
    };
    assert_invalid(h.adapter.create_user(in_value).await, "metadata");

    let in_key = CreateUser {
        metadata: Some(json!({"nested": [{"k\0": 1}]})),
        ..CreateUser::with_email("ada@example.com")
    };
    assert_invalid(h.adapter.create_user(in_key).await, "metadata");

    let org = CreateOrganization {
        metadata: Some(json!({"note": "\0"})),
        ..CreateOrganization::new("Acme", "acme")
    };
    assert_invalid(h.adapter.create_organization(org).await, "metadata");

    assert_eq!(user_total(&h).await, 0, "a rejected user was stored");
    assert_none(
        h.adapter.get_organization_by_slug("acme").await,
        "get_organization_by_slug(rejected row)",
    );
}

pub async fn nul_update<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let org = h.organization("acme").await;
    h.advance(Duration::seconds(1));

    let rename = UpdateUser {
        name: Some(Some("Ada\0".to_owned())),
        ..Default::default()
    };
    assert_invalid(db.update_user(user.id(), rename).await, "name");
    let org_update = UpdateOrganization {
        metadata: Some(json!({"note": "\0"})),
        ..Default::default()
    };
    assert_invalid(
        db.update_organization(org.id(), org_update).await,
        "metadata",
    );

    let user_now = found(db.get_user_by_id(user.id()).await, "get_user_by_id");
    assert_user_eq(&user, &user_now);
    let org_now = found(
        db.get_organization_by_id(org.id()).await,
        "get_organization_by_id",
    );
    assert_organization_eq(&org, &org_now);
}

pub async fn username_max<A: DatabaseAdapter>(h: Harness<A>) {
    let username = "u".repeat(MAX_KEY_BYTES);
    let input = CreateUser::with_email("ada@example.com").username(&username);
    let created = ok(
        h.adapter.create_user(input).await,
        "create_user(1,024-byte username)",
    );

    assert_eq!(created.username(), Some(username.as_str()));
    let read = found(
        h.adapter.get_user_by_username(&username).await,
        "get_user_by_username",
    );
    assert_user_eq(&created, &read);
}

pub async fn username_too_long<A: DatabaseAdapter>(h: Harness<A>) {
    let ascii = CreateUser::with_email("ada@example.com").username("u".repeat(MAX_KEY_BYTES + 1));
    assert_invalid(h.adapter.create_user(ascii).await, "username");

    // 513 two-byte characters: under the limit in characters, over it in bytes.
    let multibyte = CreateUser::with_email("ada@example.com").username("é".repeat(513));
    assert_invalid(h.adapter.create_user(multibyte).await, "username");

    assert_eq!(user_total(&h).await, 0, "a rejected user was stored");
}

pub async fn metadata_not_object<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    for metadata in [json!([1, 2]), json!("text"), json!(42), Value::Null] {
        let input = CreateUser {
            metadata: Some(metadata.clone()),
            ..CreateUser::with_email("ada@example.com")
        };
        assert_invalid(db.create_user(input).await, "metadata");
        let org = CreateOrganization {
            metadata: Some(metadata),
            ..CreateOrganization::new("Acme", "acme")
        };
        assert_invalid(db.create_organization(org).await, "metadata");
    }
    assert_eq!(user_total(&h).await, 0, "a rejected user was stored");

    let user = h.user("ada@example.com").await;
    h.advance(Duration::seconds(1));
    let update = UpdateUser {
        metadata: Some(json!(["not", "an", "object"])),
        ..Default::default()
    };
    assert_invalid(db.update_user(user.id(), update).await, "metadata");
    let read = found(db.get_user_by_id(user.id()).await, "get_user_by_id");
    assert_user_eq(&user, &read);
}

pub async fn year_10000<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let far = new_year(10_000);

    let input = CreateSession::new(user.id(), far);
    let token = input.token.clone();
    assert_invalid(db.create_session(input).await, "expires_at");
    assert_none(db.get_session(&token).await, "get_session(rejected row)");

    let verification = CreateVerification::new("otp:ada", "123456", far);
    assert_invalid(db.create_verification(verification).await, "expires_at");
    assert_none(
        db.get_verification("otp:ada").await,
        "get_verification(rejected row)",
    );

    let session = h.session(user.id(), hours(1)).await;
    let extend = UpdateSession {
        expires_at: Some(far),
        ..Default::default()
    };
    assert_invalid(
        db.update_session(session.token(), extend).await,
        "expires_at",
    );
    let read = found(db.get_session(session.token()).await, "get_session");
    assert_session_eq(&session, &read);

    let last = new_year(9_999);
    let accepted = CreateSession::new(user.id(), last);
    let stored = ok(
        db.create_session(accepted).await,
        "create_session(year 9999)",
    );
    assert_eq!(stored.expires_at(), last);
}

pub async fn year_0<A: DatabaseAdapter>(h: Harness<A>) {
    let (inviter, org) = h.org_with_owner("acme").await;
    let input = CreateInvitation::new(org.id(), "guest@example.com", inviter.id(), new_year(0));

    assert_invalid(h.adapter.create_invitation(input).await, "expires_at");
    assert_eq!(
        h.invitation_ids(org.id()).await,
        Vec::<String>::new(),
        "rows left behind"
    );
}

pub async fn short_token<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let token = "t".repeat(MIN_SESSION_TOKEN_CHARS - 1);
    let input = CreateSession {
        token: token.clone(),
        ..CreateSession::new(user.id(), h.now() + hours(1))
    };

    assert_invalid(h.adapter.create_session(input).await, "token");
    assert_none(
        h.adapter.get_session(&token).await,
        "get_session(rejected row)",
    );
}

pub async fn min_token<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let token = "t".repeat(MIN_SESSION_TOKEN_CHARS);
    let input = CreateSession {
        token: token.clone(),
        ..CreateSession::new(user.id(), h.now() + hours(1))
    };

    let created = ok(
        h.adapter.create_session(input).await,
        "create_session(32 characters)",
    );
    assert_eq!(created.token(), token);
    let read = found(h.adapter.get_session(&token).await, "get_session");
    assert_session_eq(&created, &read);
}

pub async fn extra_on_create<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (user, org) = h.org_with_owner("acme").await;
    let expires_at = h.now() + hours(1);

    let new_user = CreateUser {
        extra: unknown_extra(),
        ..CreateUser::with_email("bob@example.com")
    };
    assert_invalid(db.create_user(new_user).await, UNKNOWN_FIELD);
    assert_none(
        db.get_user_by_email("bob@example.com").await,
        "get_user_by_email",
    );

    let session = CreateSession {
        extra: unknown_extra(),
        ..CreateSession::new(user.id(), expires_at)
    };
    assert_invalid(db.create_session(session).await, UNKNOWN_FIELD);
    assert!(
        h.session_ids(user.id()).await.is_empty(),
        "a rejected session was stored"
    );

    let account = CreateAccount {
        extra: unknown_extra(),
        ..CreateAccount::oauth("github", "1", user.id())
    };
    assert_invalid(db.create_account(account).await, UNKNOWN_FIELD);
    assert_none(db.get_account("github", "1").await, "get_account");

    let verification = CreateVerification {
        extra: unknown_extra(),
        ..CreateVerification::new("otp:ada", "123456", expires_at)
    };
    assert_invalid(db.create_verification(verification).await, UNKNOWN_FIELD);
    assert_none(db.get_verification("otp:ada").await, "get_verification");

    let new_org = CreateOrganization {
        extra: unknown_extra(),
        ..CreateOrganization::new("Globex", "globex")
    };
    assert_invalid(db.create_organization(new_org).await, UNKNOWN_FIELD);
    assert_none(
        db.get_organization_by_slug("globex").await,
        "get_organization_by_slug",
    );

    let other = h.user("carol@example.com").await;
    let member = CreateMember {
        extra: unknown_extra(),
        ..CreateMember::new(org.id(), other.id(), "member")
    };
    assert_invalid(db.create_member(member).await, UNKNOWN_FIELD);
    assert_none(db.get_member(org.id(), other.id()).await, "get_member");

    let invitation = CreateInvitation {
        extra: unknown_extra(),
        ..CreateInvitation::new(org.id(), "guest@example.com", user.id(), expires_at)
    };
    assert_invalid(db.create_invitation(invitation).await, UNKNOWN_FIELD);
    assert!(
        h.invitation_ids(org.id()).await.is_empty(),
        "a rejected invitation was stored"
    );
}

pub async fn extra_on_update<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (user, org) = h.org_with_owner("acme").await;
    let session = h.session(user.id(), hours(1)).await;
    let account = h.account("github", "1", user.id()).await;
    h.advance(Duration::seconds(1));

    let user_update = UpdateUser {
        name: Some(Some("Changed".to_owned())),
        extra: unknown_extra(),
        ..Default::default()
    };
    assert_invalid(db.update_user(user.id(), user_update).await, UNKNOWN_FIELD);
    let session_update = UpdateSession {
        user_agent: Some(Some("changed".to_owned())),
        extra: unknown_extra(),
        ..Default::default()
    };
    assert_invalid(
        db.update_session(session.token(), session_update).await,
        UNKNOWN_FIELD,
    );
    let account_update = UpdateAccount {
        scope: Some(Some("changed".to_owned())),
        extra: unknown_extra(),
        ..Default::default()
    };
    assert_invalid(
        db.update_account(account.id(), account_update).await,
        UNKNOWN_FIELD,
    );
    let org_update = UpdateOrganization {
        name: Some("Changed".to_owned()),
        extra: unknown_extra(),
        ..Default::default()
    };
    assert_invalid(
        db.update_organization(org.id(), org_update).await,
        UNKNOWN_FIELD,
    );

    assert_user_eq(
        &user,
        &found(db.get_user_by_id(user.id()).await, "get_user_by_id"),
    );
    assert_session_eq(
        &session,
        &found(db.get_session(session.token()).await, "get_session"),
    );
    let account_now = found(
        db.get_account_by_id(account.id()).await,
        "get_account_by_id",
    );
    assert_account_eq(&account, &account_now);
    let org_now = found(
        db.get_organization_by_id(org.id()).await,
        "get_organization_by_id",
    );
    assert_organization_eq(&org, &org_now);
}

pub async fn long_name<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let name = "Ada ".repeat(25_000);
    let input = CreateUser::with_email("ada@example.com").name(&name);
    let created = ok(db.create_user(input).await, "create_user(100 KB name)");

    assert_eq!(created.name(), Some(name.as_str()));
    let read = found(db.get_user_by_id(created.id()).await, "get_user_by_id");
    assert_user_eq(&created, &read);

    let org = CreateOrganization {
        metadata: Some(json!({"description": name})),
        ..CreateOrganization::new(name.clone(), "long")
    };
    let stored = ok(
        db.create_organization(org).await,
        "create_organization(100 KB name)",
    );
    assert_eq!(stored.name(), name);
    let org_read = found(
        db.get_organization_by_slug("long").await,
        "get_organization_by_slug",
    );
    assert_organization_eq(&stored, &org_read);
}
