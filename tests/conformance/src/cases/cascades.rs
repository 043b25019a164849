//! Cascades: deleting a user or an organization removes the rows that
//! depend on it, and no other row.

use better_auth_core::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    CreateSession, DatabaseAdapter,
};
use chrono::Duration;

use crate::assert::{
    assert_account_eq, assert_invitation_eq, assert_member_eq, assert_none, assert_session_eq,
    assert_user_eq, found, ok,
};
use crate::fixtures::hours;
use crate::Harness;

/// The rows of one user: two sessions, an account, a membership in `org`
/// and an invitation it sent to `invitee`.
struct UserRows<A: DatabaseAdapter> {
    user: A::User,
    sessions: Vec<A::Session>,
    account: A::Account,
    member: A::Member,
    sent: A::Invitation,
}

async fn user_rows<A: DatabaseAdapter>(
    h: &Harness<A>,
    email: &str,
    org_id: &str,
    invitee: &str,
) -> UserRows<A> {
    let user = h.user(email).await;
    let sessions = vec![
        h.session(user.id(), hours(1)).await,
        h.session(user.id(), hours(2)).await,
    ];
    let account = h.account("github", email, user.id()).await;
    let member = h.member(org_id, user.id()).await;
    let sent = h.invitation(org_id, invitee, user.id(), hours(1)).await;
    UserRows {
        user,
        sessions,
        account,
        member,
        sent,
    }
}

/// Asserts that every row of `rows` still reads back unchanged.
async fn assert_rows_intact<A: DatabaseAdapter>(h: &Harness<A>, rows: &UserRows<A>) {
    let db = &h.adapter;
    let user = found(
        db.get_user_by_id(rows.user.id()).await,
        "get_user_by_id(kept)",
    );
    assert_user_eq(&rows.user, &user);
    for session in &rows.sessions {
        let read = found(db.get_session(session.token()).await, "get_session(kept)");
        assert_session_eq(session, &read);
    }
    let account = found(
        db.get_account_by_id(rows.account.id()).await,
        "get_account_by_id(kept)",
    );
    assert_account_eq(&rows.account, &account);
    let member = found(
        db.get_member_by_id(rows.member.id()).await,
        "get_member_by_id(kept)",
    );
    assert_member_eq(&rows.member, &member);
    let sent = found(
        db.get_invitation_by_id(rows.sent.id()).await,
        "get_invitation_by_id(kept)",
    );
    assert_invitation_eq(&rows.sent, &sent);
}

pub async fn user_delete<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let org = h.organization("acme").await;
    let ada = user_rows(&h, "ada@example.com", org.id(), "guest@example.com").await;

    ok(db.delete_user(ada.user.id()).await, "delete_user");

    assert_none(db.get_user_by_id(ada.user.id()).await, "get_user_by_id");
    for session in &ada.sessions {
        assert_none(db.get_session(session.token()).await, "get_session");
        assert_none(
            db.get_session_by_id(session.id()).await,
            "get_session_by_id",
        );
    }
    assert_eq!(
        h.session_ids(ada.user.id()).await,
        Vec::<String>::new(),
        "sessions"
    );
    assert_none(
        db.get_account_by_id(ada.account.id()).await,
        "get_account_by_id",
    );
    assert_none(
        db.get_account("github", "ada@example.com").await,
        "get_account",
    );
    assert_none(
        db.get_member_by_id(ada.member.id()).await,
        "get_member_by_id",
    );
    assert_none(db.get_member(org.id(), ada.user.id()).await, "get_member");
    assert_eq!(
        h.member_count(org.id()).await,
        0,
        "members left in the organization"
    );
    assert_eq!(
        h.organization_ids(ada.user.id()).await,
        Vec::<String>::new()
    );
    assert_none(
        db.get_invitation_by_id(ada.sent.id()).await,
        "get_invitation_by_id",
    );
    assert_eq!(
        h.invitation_ids(org.id()).await,
        Vec::<String>::new(),
        "invitations"
    );
}

pub async fn user_delete_others<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let org = h.organization("acme").await;
    let ada = user_rows(&h, "ada@example.com", org.id(), "guest@example.com").await;
    let bob = user_rows(&h, "bob@example.com", org.id(), "ada@example.com").await;

    ok(db.delete_user(ada.user.id()).await, "delete_user");

    assert_rows_intact(&h, &bob).await;
    assert_eq!(h.member_count(org.id()).await, 1, "bob's membership");
    found(
        db.get_organization_by_id(org.id()).await,
        "get_organization_by_id",
    );
    let to_ada = found(
        db.get_pending_invitation(org.id(), "ada@example.com").await,
        "get_pending_invitation(sent to the deleted user's address)",
    );
    assert_eq!(to_ada.id(), bob.sent.id());
}

pub async fn org_delete<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let org = h.organization("acme").await;
    let ada = user_rows(&h, "ada@example.com", org.id(), "guest@example.com").await;
    let bob = h.user("bob@example.com").await;
    let bob_member = h.member(org.id(), bob.id()).await;

    ok(
        db.delete_organization(org.id()).await,
        "delete_organization",
    );

    assert_none(
        db.get_organization_by_id(org.id()).await,
        "get_organization_by_id",
    );
    assert_none(
        db.get_organization_by_slug("acme").await,
        "get_organization_by_slug",
    );
    assert_none(
        db.get_member_by_id(ada.member.id()).await,
        "get_member_by_id(ada)",
    );
    assert_none(
        db.get_member_by_id(bob_member.id()).await,
        "get_member_by_id(bob)",
    );
    assert_none(db.get_member(org.id(), bob.id()).await, "get_member(bob)");
    assert_eq!(h.member_count(org.id()).await, 0, "members left");
    assert!(
        h.all_members(org.id()).await.is_empty(),
        "members still listed"
    );
    assert_none(
        db.get_invitation_by_id(ada.sent.id()).await,
        "get_invitation_by_id",
    );
    assert_eq!(
        h.invitation_ids(org.id()).await,
        Vec::<String>::new(),
        "invitations"
    );
    assert_none(
        db.get_pending_invitation(org.id(), "guest@example.com")
            .await,
        "get_pending_invitation",
    );
    assert_eq!(
        h.organization_ids(bob.id()).await,
        Vec::<String>::new(),
        "list_user_organizations"
    );
}

pub async fn org_delete_others<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let acme = h.organization("acme").await;
    let globex = h.organization("globex").await;
    user_rows(&h, "bob@example.com", acme.id(), "guest@example.com").await;
    let ada = user_rows(&h, "ada@example.com", globex.id(), "guest@example.com").await;

    ok(
        db.delete_organization(acme.id()).await,
        "delete_organization",
    );

    assert_rows_intact(&h, &ada).await;
    let kept = found(
        db.get_organization_by_id(globex.id()).await,
        "get_organization_by_id",
    );
    assert_eq!(kept.slug(), "globex");
    assert_eq!(
        h.member_count(globex.id()).await,
        1,
        "members of the other organization"
    );
    assert_eq!(
        h.invitation_ids(globex.id()).await,
        vec![ada.sent.id().to_owned()]
    );
}

pub async fn org_delete_sessions<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let acme = h.organization("acme").await;
    let globex = h.organization("globex").await;
    let user = h.user("ada@example.com").await;
    let in_org = |org_id: Option<&str>| CreateSession {
        active_organization_id: org_id.map(str::to_owned),
        ..CreateSession::new(user.id(), h.now() + hours(1))
    };
    let in_acme = ok(
        db.create_session(in_org(Some(acme.id()))).await,
        "create_session",
    );
    let in_globex = ok(
        db.create_session(in_org(Some(globex.id()))).await,
        "create_session",
    );
    let no_org = ok(db.create_session(in_org(None)).await, "create_session");
    h.advance(Duration::seconds(1));

    ok(
        db.delete_organization(acme.id()).await,
        "delete_organization",
    );

    let cleared = found(
        db.get_session(in_acme.token()).await,
        "get_session(active in acme)",
    );
    assert_eq!(
        cleared.active_organization_id(),
        None,
        "active_organization_id"
    );
    assert_eq!(cleared.updated_at(), h.now(), "updated_at did not move");
    let other = found(
        db.get_session(in_globex.token()).await,
        "get_session(active in globex)",
    );
    assert_session_eq(&in_globex, &other);
    let none = found(
        db.get_session(no_org.token()).await,
        "get_session(no active org)",
    );
    assert_session_eq(&no_org, &none);
}

pub async fn user_organizations<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let user = h.user("ada@example.com").await;
    let acme = h.organization("acme").await;
    h.advance(Duration::seconds(1));
    let globex = h.organization("globex").await;
    h.member(globex.id(), user.id()).await;
    let acme_member = h.member(acme.id(), user.id()).await;
    let expected = vec![acme.id().to_owned(), globex.id().to_owned()];
    assert_eq!(
        h.organization_ids(user.id()).await,
        expected,
        "both organizations"
    );

    ok(db.delete_member(acme_member.id()).await, "delete_member");
    assert_eq!(
        h.organization_ids(user.id()).await,
        vec![globex.id().to_owned()]
    );

    ok(
        db.delete_organization(globex.id()).await,
        "delete_organization",
    );
    assert_eq!(h.organization_ids(user.id()).await, Vec::<String>::new());
}
