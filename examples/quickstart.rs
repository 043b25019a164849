//! Stores one row of every kind in the in-memory adapter, reads them back
//! and prints them.
//!
//! Run with `cargo run --example quickstart`.

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use better_auth::adapters::MemoryDatabaseAdapter;
use better_auth::{
    AuthResult, CreateAccount, CreateInvitation, CreateMember, CreateOrganization, CreateSession,
    CreateUser, CreateVerification, DatabaseAdapter, CREDENTIAL_PROVIDER_ID,
};
use chrono::{Duration, Utc};

#[tokio::main]
async fn main() -> AuthResult<()> {
    let database = MemoryDatabaseAdapter::new();

    // Sign-up: a user and a password account holding an argon2 hash.
    let user = database
        .create_user(CreateUser::with_email("  Ada@Example.COM ").name("Ada Lovelace"))
        .await?;
    let hash = hash_password("correct horse battery staple");
    database
        .create_account(CreateAccount::credential(&user.id, hash))
        .await?;
    println!("user:         {user:?}");

    // Sign-in: find the user by email in any case, check the password.
    let found = database
        .get_user_by_email("ada@example.com")
        .await?
        .expect("the user was just created");
    let account = database
        .get_account(CREDENTIAL_PROVIDER_ID, &found.id)
        .await?
        .expect("the account was just created");
    let stored_hash = account.password.as_deref().unwrap_or_default();
    println!(
        "password ok:  {}",
        verify_password("correct horse battery staple", stored_hash)
    );
    println!("account:      {account:?}");

    // A session with a random 256-bit token, read back by that token.
    let expires_at = Utc::now() + Duration::days(7);
    let session = database
        .create_session(CreateSession::new(&user.id, expires_at))
        .await?;
    let session = database
        .get_session(&session.token)
        .await?
        .expect("the session is live");
    println!("session:      {session:?}");

    // A single-use email verification code.
    database
        .create_verification(CreateVerification::new(
            "email-verification:ada@example.com",
            "428913",
            Utc::now() + Duration::minutes(15),
        ))
        .await?;
    let verification = database
        .consume_verification("email-verification:ada@example.com", "428913")
        .await?;
    println!("verification: {verification:?}");

    // An organization, its owner, and an invitation to a colleague.
    let organization = database
        .create_organization(CreateOrganization::new("Analytical Engines", "engines"))
        .await?;
    let member = database
        .create_member(CreateMember::new(&organization.id, &user.id, "owner"))
        .await?;
    let invitation = database
        .create_invitation(CreateInvitation::new(
            &organization.id,
            "Charles@Example.com",
            &user.id,
            Utc::now() + Duration::days(2),
        ))
        .await?;
    println!("organization: {organization:?}");
    println!("member:       {member:?}");
    println!("invitation:   {invitation:?}");

    let pending = database
        .list_pending_invitations("charles@example.com")
        .await?;
    println!("pending invitations for charles: {}", pending.len());
    println!("store:        {database:?}");
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
