//! Migrates a PostgreSQL database, stores one row of every kind through
//! `SqlxAdapter`, reads them back and prints them.
//!
//! Run with a server you own (the example writes rows and leaves them):
//!
//! ```text
//! DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
//!     cargo run --example postgres_usage --features sqlx-postgres
//! ```
//!
//! It prints ids, names, roles and timestamps, never emails, tokens or
//! password hashes.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use better_auth::adapters::{PoolConfig, SqlxAdapter};
use better_auth::{
    AuthError, AuthResult, CreateAccount, CreateInvitation, CreateMember, CreateOrganization,
    CreateSession, CreateUser, CreateVerification, DatabaseAdapter, InvitationStatus,
    CREDENTIAL_PROVIDER_ID,
};
use chrono::{Duration, Utc};

#[tokio::main]
async fn main() -> AuthResult<()> {
    let url = std::env::var("DATABASE_URL").map_err(|_| {
        AuthError::invalid(
            "DATABASE_URL",
            "is not set: export a PostgreSQL URL such as postgres://user@127.0.0.1:5432/app",
        )
    })?;
    let database = SqlxAdapter::with_config(&url, PoolConfig::default()).await?;
    database.migrate().await?;
    println!("migrations:   up to date");

    // A run-specific suffix keeps the unique email and slug free on reruns.
    let run = Utc::now().timestamp_micros();

    // Sign-up: a user and a password account holding an argon2 hash.
    let email = format!("  Ada.{run}@Example.COM ");
    let user = database
        .create_user(CreateUser::with_email(&email).name("Ada Lovelace"))
        .await?;
    database
        .create_account(CreateAccount::credential(
            &user.id,
            hash_password("correct horse battery staple"),
        ))
        .await?;
    println!("user:         id {}, name {:?}", user.id, user.name);

    // Sign-in: find the user by email in any case, check the password.
    let found = database
        .get_user_by_email(&email.to_uppercase())
        .await?
        .expect("the user was just created");
    let account = database
        .get_account(CREDENTIAL_PROVIDER_ID, &found.id)
        .await?
        .expect("the account was just created");
    let stored_hash = account.password.as_deref().unwrap_or_default();
    let password_ok = verify_password("correct horse battery staple", stored_hash);
    println!(
        "account:      id {}, provider {}, password ok: {password_ok}",
        account.id, account.provider_id
    );

    // A session with a random 256-bit token, read back by that token.
    let session = database
        .create_session(CreateSession::new(&user.id, Utc::now() + Duration::days(7)))
        .await?;
    let session = database
        .get_session(&session.token)
        .await?
        .expect("the session is live");
    println!(
        "session:      id {}, expires at {}",
        session.id, session.expires_at
    );

    // A single-use email verification code, consumed once.
    let identifier = format!("email-verification:{}", user.id);
    database
        .create_verification(CreateVerification::new(
            &identifier,
            "428913",
            Utc::now() + Duration::minutes(15),
        ))
        .await?;
    let first = database.consume_verification(&identifier, "428913").await?;
    let second = database.consume_verification(&identifier, "428913").await?;
    println!(
        "verification: consumed {}, consumed again {}",
        first.is_some(),
        second.is_some()
    );

    // An organization, its owner, and an invitation to a colleague.
    let organization = database
        .create_organization(CreateOrganization::new(
            "Analytical Engines",
            format!("engines-{run}"),
        ))
        .await?;
    let member = database
        .create_member(CreateMember::new(&organization.id, &user.id, "owner"))
        .await?;
    let invitee = format!("Charles.{run}@Example.com");
    let invitation = database
        .create_invitation(CreateInvitation::new(
            &organization.id,
            &invitee,
            &user.id,
            Utc::now() + Duration::days(2),
        ))
        .await?;
    println!(
        "organization: id {}, name {:?}, slug {}",
        organization.id, organization.name, organization.slug
    );
    println!("member:       id {}, role {}", member.id, member.role);
    println!(
        "invitation:   id {}, role {}, status {}",
        invitation.id, invitation.role, invitation.status
    );

    let pending = database.list_pending_invitations(&invitee).await?;
    println!("pending invitations for the invitee: {}", pending.len());
    let accepted = database
        .update_invitation_status(
            &invitation.id,
            InvitationStatus::Pending,
            InvitationStatus::Accepted,
        )
        .await?;
    println!("invitation:   status {}", accepted.status);
    let organizations = database.list_user_organizations(&user.id).await?;
    println!("organizations of the user: {}", organizations.len());
    Ok(())
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
