//! Application entity types with business fields, stored in the in-memory
//! adapter through the derive macros.
//!
//! Every one of the seven entity kinds is a custom struct here: each derives
//! its `Auth*` getter trait and its `Memory*` storage trait, renames some
//! standard fields with `#[auth(field = "...")]` and adds custom fields,
//! with and without `#[auth(default = "...")]`. The flow signs a user up,
//! verifies the email, opens a session, creates an organization with its
//! owner and an invitation, lists and deletes sessions. It prints custom
//! fields and ids only, never tokens, password hashes or emails.
//!
//! Run with `cargo run --example custom_entities --features derive`.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use better_auth::adapters::MemoryDatabaseAdapter;
use better_auth::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthResult, AuthSession, AuthUser,
    AuthVerification, CreateAccount, CreateInvitation, CreateMember, CreateOrganization,
    CreateSession, CreateUser, CreateVerification, DatabaseAdapter, ExtraFields, InvitationStatus,
    MemoryAccount, MemoryInvitation, MemoryMember, MemoryOrganization, MemorySession, MemoryUser,
    MemoryVerification, UpdateUser, CREDENTIAL_PROVIDER_ID,
};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use serde_json::{json, Value};

/// A user with a billing plan and a Stripe customer id.
#[derive(Clone, Debug, Serialize, AuthUser, MemoryUser)]
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

/// A session that remembers the device it was opened on.
#[derive(Clone, Debug, Serialize, AuthSession, MemorySession)]
struct AppSession {
    id: String,
    expires_at: DateTime<Utc>,
    token: String,
    ip_address: Option<String>,
    user_agent: Option<String>,
    user_id: String,
    impersonated_by: Option<String>,
    active_organization_id: Option<String>,
    active: bool,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    device_id: Option<String>,
    #[auth(default = "false")]
    remember_me: bool,
}

/// An account that records how it was linked.
#[derive(Clone, Debug, Serialize, AuthAccount, MemoryAccount)]
struct AppAccount {
    id: String,
    account_id: String,
    provider_id: String,
    user_id: String,
    access_token: Option<String>,
    refresh_token: Option<String>,
    id_token: Option<String>,
    access_token_expires_at: Option<DateTime<Utc>>,
    refresh_token_expires_at: Option<DateTime<Utc>>,
    scope: Option<String>,
    #[auth(field = "password")]
    password_hash: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    #[auth(default = r#"String::from("signup")"#)]
    linked_via: String,
}

/// An organization with a seat limit.
#[derive(Clone, Debug, Serialize, AuthOrganization, MemoryOrganization)]
struct AppOrganization {
    id: String,
    #[auth(field = "name")]
    title: String,
    slug: String,
    logo: Option<String>,
    metadata: Value,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    #[auth(default = "5")]
    seat_limit: i32,
    industry: Option<String>,
}

/// A membership with a job title.
#[derive(Clone, Debug, Serialize, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    #[auth(field = "role")]
    member_role: String,
    created_at: DateTime<Utc>,
    job_title: Option<String>,
}

/// An invitation with a personal message.
#[derive(Clone, Debug, Serialize, AuthInvitation, MemoryInvitation)]
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
    #[auth(default = "2")]
    reminders_left: u8,
}

/// A verification that records the channel its code was sent through.
#[derive(Clone, Debug, Serialize, AuthVerification, MemoryVerification)]
struct AppVerification {
    id: String,
    identifier: String,
    value: String,
    expires_at: DateTime<Utc>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
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

#[tokio::main]
async fn main() -> AuthResult<()> {
    let database = AppDb::default();

    let user = sign_up(&database).await?;
    verify_email(&database, &user).await?;
    let token = sign_in(&database, &user).await?;
    create_organization(&database, &user).await?;
    sign_out(&database, &user, &token).await
}

/// Creates a user on the pro plan with a password account, then attaches a
/// Stripe customer the way a billing webhook would: an update of a custom
/// field.
async fn sign_up(database: &AppDb) -> AuthResult<AppUser> {
    let user = database
        .create_user(CreateUser {
            extra: extra(json!({"plan": "pro"})),
            ..CreateUser::with_email("ada@example.com").name("Ada Lovelace")
        })
        .await?;
    let account = database
        .create_account(CreateAccount::credential(
            user.id(),
            hash_password("correct horse battery staple"),
        ))
        .await?;
    println!(
        "user {}: plan={}, stripe_customer_id={:?}",
        user.id(),
        user.plan,
        user.stripe_customer_id
    );
    println!(
        "account {}: linked_via={}",
        account.id(),
        account.linked_via
    );

    let update = UpdateUser {
        extra: extra(json!({"stripe_customer_id": "cus_example"})),
        ..Default::default()
    };
    let user = database.update_user(user.id(), update).await?;
    println!(
        "user {}: stripe_customer_id={:?}",
        user.id(),
        user.stripe_customer_id
    );
    Ok(user)
}

/// Stores a one-time code, as a mailer would send it, and consumes it.
async fn verify_email(database: &AppDb, user: &AppUser) -> AuthResult<()> {
    let identifier = format!("email-verification:{}", user.id());
    database
        .create_verification(CreateVerification::new(
            &identifier,
            "428913",
            Utc::now() + Duration::minutes(15),
        ))
        .await?;
    let verification = database
        .consume_verification(&identifier, "428913")
        .await?
        .expect("the code was just created");
    println!(
        "verification {}: channel={}",
        verification.id(),
        verification.channel
    );
    Ok(())
}

/// Checks the password, opens a session on this device and reads it back
/// by its token, which it returns.
async fn sign_in(database: &AppDb, user: &AppUser) -> AuthResult<String> {
    let account = database
        .get_account(CREDENTIAL_PROVIDER_ID, user.id())
        .await?
        .expect("the account was just created");
    let password_ok = verify_password(
        "correct horse battery staple",
        account.password().unwrap_or_default(),
    );
    println!("password ok: {password_ok}");

    let mut input = CreateSession::new(user.id(), Utc::now() + Duration::days(7));
    input.extra = extra(json!({"device_id": "laptop-7f3a", "remember_me": true}));
    let token = input.token.clone();
    database.create_session(input).await?;
    let session = database
        .get_session(&token)
        .await?
        .expect("the session is live");
    println!(
        "session {}: device_id={:?}, remember_me={}",
        session.id(),
        session.device_id,
        session.remember_me
    );
    Ok(token)
}

/// Creates an organization, makes the user its owner and invites a
/// colleague.
async fn create_organization(database: &AppDb, user: &AppUser) -> AuthResult<()> {
    let organization = database
        .create_organization(CreateOrganization {
            extra: extra(json!({"industry": "computing"})),
            ..CreateOrganization::new("Analytical Engines", "engines")
        })
        .await?;
    println!(
        "organization {} ({}): seat_limit={}, industry={:?}",
        organization.id(),
        organization.name(),
        organization.seat_limit,
        organization.industry
    );

    let mut input = CreateMember::new(organization.id(), user.id(), "owner");
    input.extra = extra(json!({"job_title": "Founder"}));
    let member = database.create_member(input).await?;
    println!(
        "member {}: role={}, job_title={:?}",
        member.id(),
        member.role(),
        member.job_title
    );

    let mut input = CreateInvitation::new(
        organization.id(),
        "charles@example.com",
        user.id(),
        Utc::now() + Duration::days(2),
    );
    input.extra = extra(json!({"message": "Come and build the engine with us."}));
    let invitation = database.create_invitation(input).await?;
    println!(
        "invitation {}: status={}, message={:?}, reminders_left={}",
        invitation.id(),
        invitation.status(),
        invitation.message,
        invitation.reminders_left
    );
    Ok(())
}

/// Lists the user's sessions, then deletes the one of `token`.
async fn sign_out(database: &AppDb, user: &AppUser, token: &str) -> AuthResult<()> {
    let sessions = database.list_user_sessions(user.id()).await?;
    for session in &sessions {
        println!(
            "listed session {}: device_id={:?}",
            session.id(),
            session.device_id
        );
    }
    database.delete_session(token).await?;
    let remaining = database.list_user_sessions(user.id()).await?;
    println!("sessions after sign-out: {}", remaining.len());
    Ok(())
}

/// Converts a JSON object literal into the `extra` map of an input.
fn extra(value: Value) -> ExtraFields {
    let Value::Object(fields) = value else {
        panic!("extra values are a JSON object, got {value}");
    };
    fields
}

fn hash_password(password: &str) -> String {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 accepts any password with default parameters")
        .to_string()
}

fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}
