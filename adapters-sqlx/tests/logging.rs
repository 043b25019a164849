//! Tracing output names ids only: no email, token, password hash or
//! verification value reaches a span or event, on success or failure.

mod common;

use better_auth_core::{
    Clock, CreateAccount, CreateInvitation, CreateMember, CreateOrganization, CreateSession,
    CreateUser, CreateVerification, DatabaseAdapter, InvitationStatus, ManualClock, UpdateSession,
    UpdateUser,
};
use chrono::Duration;
use sqlx::PgPool;

use common::capture::Captured;
use common::migrated;

const EMAIL: &str = "ada.lovelace@example.com";
const GUEST: &str = "charles.babbage@example.com";
const PASSWORD_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$secret-hash";
const CODE: &str = "verification-code-271828";

#[sqlx::test(migrations = false)]
async fn logs_name_ids_but_no_secrets(pool: PgPool) {
    let clock = ManualClock::default();
    let db = migrated(pool, clock.clone()).await;
    let later = clock.now() + Duration::hours(1);
    let (captured, _guard) = Captured::start();

    let user = db.create_user(CreateUser::with_email(EMAIL)).await.unwrap();
    db.create_account(CreateAccount::credential(&user.id, PASSWORD_HASH))
        .await
        .unwrap();
    let session = db
        .create_session(CreateSession::new(&user.id, later))
        .await
        .unwrap();
    db.update_session(&session.token, UpdateSession::default())
        .await
        .unwrap();
    let verification = CreateVerification::new(format!("email:{}", user.id), CODE, later);
    db.create_verification(verification).await.unwrap();
    db.consume_verification(&format!("email:{}", user.id), CODE)
        .await
        .unwrap();
    let org = db
        .create_organization(CreateOrganization::new("Acme", "acme"))
        .await
        .unwrap();
    db.create_member(CreateMember::new(&org.id, &user.id, "owner"))
        .await
        .unwrap();
    let invitation = db
        .create_invitation(CreateInvitation::new(&org.id, GUEST, &user.id, later))
        .await
        .unwrap();
    db.update_invitation_status(
        &invitation.id,
        InvitationStatus::Pending,
        InvitationStatus::Accepted,
    )
    .await
    .unwrap();

    // Failures log too: a taken email, an unknown token, a stale status.
    let taken_email = UpdateUser {
        email: Some(Some(EMAIL.to_uppercase())),
        ..UpdateUser::default()
    };
    let other = db.create_user(CreateUser::with_email(GUEST)).await.unwrap();
    assert!(db.update_user(&other.id, taken_email).await.is_err());
    let unknown_token = format!("{}-unknown", session.token);
    assert!(db
        .update_session(&unknown_token, UpdateSession::default())
        .await
        .is_err());
    assert!(db
        .update_invitation_status(
            &invitation.id,
            InvitationStatus::Pending,
            InvitationStatus::Canceled
        )
        .await
        .is_err());
    db.delete_user(&user.id).await.unwrap();

    let lines = captured.lines();
    let text: String = lines.iter().map(|line| format!("{line:?}\n")).collect();
    assert!(text.contains(&user.id), "user ids are logged:\n{text}");
    assert!(
        text.contains(&org.id),
        "organization ids are logged:\n{text}"
    );
    for secret in [
        EMAIL,
        "ada.lovelace",
        GUEST,
        "charles.babbage",
        PASSWORD_HASH,
        "secret-hash",
        CODE,
        session.token.as_str(),
        unknown_token.as_str(),
    ] {
        assert!(!text.contains(secret), "{secret:?} was logged:\n{text}");
    }
}
