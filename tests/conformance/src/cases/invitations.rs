//! Invitations: round trip, email normalization, references, guarded
//! status changes and the pending-invitation reads.

use better_auth_core::{
    AuthInvitation, AuthOrganization, AuthUser, CreateInvitation, DatabaseAdapter, EntityKind,
    InvitationStatus,
};
use chrono::{Duration, SubsecRound};

use crate::assert::{
    assert_conflict, assert_invalid, assert_invitation_eq, assert_invitation_eq_except,
    assert_none, assert_not_found, assert_uuid_v4, found, ok,
};
use crate::fixtures::{hours, invitation_ids, micro, with_nanos};
use crate::Harness;

const GUEST: &str = "guest@example.com";

/// Moves an invitation from pending to `to`, panicking when that fails.
async fn settle<A: DatabaseAdapter>(h: &Harness<A>, id: &str, to: InvitationStatus) {
    let result = h
        .adapter
        .update_invitation_status(id, InvitationStatus::Pending, to)
        .await;
    ok(
        result,
        &format!("update_invitation_status(pending -> {to})"),
    );
}

/// Returns the ids of the pending invitations of `email`, in list order.
async fn pending_ids<A: DatabaseAdapter>(h: &Harness<A>, email: &str) -> Vec<String> {
    let listed = ok(
        h.adapter.list_pending_invitations(email).await,
        "list_pending_invitations",
    );
    invitation_ids(&listed)
        .into_iter()
        .map(str::to_owned)
        .collect()
}

pub async fn round_trip<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (inviter, org) = h.org_with_owner("acme").await;
    let expires_at = with_nanos(h.now() + hours(48));
    let input = CreateInvitation::new(org.id(), GUEST, inviter.id(), expires_at).role("admin");
    let created = ok(db.create_invitation(input).await, "create_invitation");

    assert_eq!(created.organization_id(), org.id());
    assert_eq!(created.email(), GUEST);
    assert_eq!(created.role(), "admin");
    assert_eq!(created.status(), InvitationStatus::Pending);
    assert_eq!(created.inviter_id(), inviter.id());
    assert_eq!(created.expires_at(), expires_at.trunc_subsecs(6));
    assert_eq!(created.created_at(), h.now());

    let by_id = found(
        db.get_invitation_by_id(created.id()).await,
        "get_invitation_by_id",
    );
    assert_invitation_eq(&created, &by_id);
    let pending = found(
        db.get_pending_invitation(org.id(), GUEST).await,
        "get_pending_invitation",
    );
    assert_invitation_eq(&created, &pending);
    let of_org = ok(
        db.list_organization_invitations(org.id()).await,
        "list_organization_invitations",
    );
    assert_eq!(
        of_org.len(),
        1,
        "list_organization_invitations returned the wrong rows"
    );
    assert_invitation_eq(&created, &of_org[0]);
    let of_email = ok(
        db.list_pending_invitations(GUEST).await,
        "list_pending_invitations",
    );
    assert_eq!(
        of_email.len(),
        1,
        "list_pending_invitations returned the wrong rows"
    );
    assert_invitation_eq(&created, &of_email[0]);

    let default_role = h
        .invitation(org.id(), "other@example.com", inviter.id(), hours(1))
        .await;
    assert_eq!(
        default_role.role(),
        "member",
        "the default role must be member"
    );
}

pub async fn generated_id<A: DatabaseAdapter>(h: Harness<A>) {
    let (inviter, org) = h.org_with_owner("acme").await;
    let first = h.invitation(org.id(), GUEST, inviter.id(), hours(1)).await;
    let second = h.invitation(org.id(), GUEST, inviter.id(), hours(1)).await;

    assert_uuid_v4(first.id());
    assert_uuid_v4(second.id());
    assert_ne!(first.id(), second.id(), "two invitations got the same id");
}

pub async fn email_case<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (inviter, org) = h.org_with_owner("acme").await;
    let created = h
        .invitation(org.id(), "  Guest@Example.COM ", inviter.id(), hours(1))
        .await;

    assert_eq!(
        created.email(),
        GUEST,
        "the stored email must be trimmed and lowercase"
    );
    let pending = found(
        db.get_pending_invitation(org.id(), "GUEST@example.com ")
            .await,
        "get_pending_invitation(mixed case)",
    );
    assert_eq!(pending.id(), created.id());
    let listed = pending_ids(&h, " guest@EXAMPLE.com").await;
    assert_eq!(
        listed,
        vec![created.id().to_owned()],
        "list_pending_invitations(mixed case)"
    );
}

pub async fn missing_org<A: DatabaseAdapter>(h: Harness<A>) {
    let inviter = h.user("ada@example.com").await;
    let input = CreateInvitation::new("no-such-org", GUEST, inviter.id(), h.now() + hours(1));

    assert_invalid(h.adapter.create_invitation(input).await, "organization_id");
    assert_eq!(
        pending_ids(&h, GUEST).await,
        Vec::<String>::new(),
        "rows left behind"
    );
}

pub async fn missing_inviter<A: DatabaseAdapter>(h: Harness<A>) {
    let org = h.organization("acme").await;
    let input = CreateInvitation::new(org.id(), GUEST, "no-such-user", h.now() + hours(1));

    assert_invalid(h.adapter.create_invitation(input).await, "inviter_id");
    assert_eq!(
        h.invitation_ids(org.id()).await,
        Vec::<String>::new(),
        "rows left behind"
    );
}

pub async fn id_conflict<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (inviter, org) = h.org_with_owner("acme").await;
    let with_id = |email: &str| CreateInvitation {
        id: Some("invitation-1".to_owned()),
        ..CreateInvitation::new(org.id(), email, inviter.id(), h.now() + hours(1))
    };
    let original = ok(
        db.create_invitation(with_id(GUEST)).await,
        "create_invitation",
    );

    let result = db.create_invitation(with_id("other@example.com")).await;
    assert_conflict(result, EntityKind::Invitation, "id");

    assert_eq!(
        pending_ids(&h, "other@example.com").await,
        Vec::<String>::new()
    );
    let kept = found(
        db.get_invitation_by_id("invitation-1").await,
        "get_invitation_by_id",
    );
    assert_invitation_eq(&original, &kept);
}

pub async fn status_guard<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (inviter, org) = h.org_with_owner("acme").await;
    let created = h.invitation(org.id(), GUEST, inviter.id(), hours(1)).await;

    let accepted = ok(
        db.update_invitation_status(
            created.id(),
            InvitationStatus::Pending,
            InvitationStatus::Accepted,
        )
        .await,
        "update_invitation_status(pending -> accepted)",
    );
    assert_eq!(accepted.status(), InvitationStatus::Accepted);
    assert_invitation_eq_except(&created, &accepted, &["status"]);

    let result = db
        .update_invitation_status(
            created.id(),
            InvitationStatus::Pending,
            InvitationStatus::Canceled,
        )
        .await;
    let err = assert_conflict(result, EntityKind::Invitation, "status");
    assert!(
        err.to_string().contains("accepted"),
        "the conflict must name the current status `accepted`: {err}"
    );

    let read = found(
        db.get_invitation_by_id(created.id()).await,
        "get_invitation_by_id",
    );
    assert_invitation_eq(&accepted, &read);
    assert_none(
        db.get_pending_invitation(org.id(), GUEST).await,
        "get_pending_invitation(accepted)",
    );
}

pub async fn status_missing<A: DatabaseAdapter>(h: Harness<A>) {
    let result = h
        .adapter
        .update_invitation_status(
            "no-such-invitation",
            InvitationStatus::Pending,
            InvitationStatus::Accepted,
        )
        .await;

    assert_not_found(result, EntityKind::Invitation);
    let db = &h.adapter;
    assert_none(
        db.get_invitation_by_id("no-such-invitation").await,
        "get_invitation_by_id",
    );
    assert_none(
        db.get_pending_invitation("no-such-org", GUEST).await,
        "get_pending_invitation",
    );
    assert_eq!(h.invitation_ids("no-such-org").await, Vec::<String>::new());
    assert_eq!(pending_ids(&h, GUEST).await, Vec::<String>::new());
}

pub async fn expired_status_update<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (inviter, org) = h.org_with_owner("acme").await;
    let created = h.invitation(org.id(), GUEST, inviter.id(), hours(1)).await;
    h.set_now(created.expires_at() + Duration::seconds(1));

    let canceled = ok(
        db.update_invitation_status(
            created.id(),
            InvitationStatus::Pending,
            InvitationStatus::Canceled,
        )
        .await,
        "update_invitation_status(expired, pending -> canceled)",
    );
    assert_eq!(canceled.status(), InvitationStatus::Canceled);
    let read = found(
        db.get_invitation_by_id(created.id()).await,
        "get_invitation_by_id",
    );
    assert_invitation_eq(&canceled, &read);
}

pub async fn list_all_statuses<A: DatabaseAdapter>(h: Harness<A>) {
    let (inviter, org) = h.org_with_owner("acme").await;
    let (other_inviter, other_org) = h.org_with_owner("globex").await;
    let mut expected = Vec::new();
    let statuses = [
        None,
        Some(InvitationStatus::Accepted),
        Some(InvitationStatus::Rejected),
        Some(InvitationStatus::Canceled),
    ];
    for (i, status) in statuses.into_iter().enumerate() {
        let email = format!("guest{i}@example.com");
        let invitation = h.invitation(org.id(), &email, inviter.id(), hours(1)).await;
        if let Some(to) = status {
            settle(&h, invitation.id(), to).await;
        }
        expected.push(invitation.id().to_owned());
        h.advance(Duration::seconds(1));
    }
    let expiring = h
        .invitation(org.id(), GUEST, inviter.id(), Duration::seconds(1))
        .await;
    expected.push(expiring.id().to_owned());
    h.invitation(other_org.id(), GUEST, other_inviter.id(), hours(1))
        .await;
    h.advance(Duration::minutes(1));

    assert_eq!(
        h.invitation_ids(org.id()).await,
        expected,
        "every status, the expired invitation included, oldest first"
    );
}

pub async fn list_pending<A: DatabaseAdapter>(h: Harness<A>) {
    let (acme_owner, acme) = h.org_with_owner("acme").await;
    let (globex_owner, globex) = h.org_with_owner("globex").await;
    let (initech_owner, initech) = h.org_with_owner("initech").await;

    let first = h
        .invitation(acme.id(), GUEST, acme_owner.id(), hours(1))
        .await;
    h.advance(Duration::seconds(1));
    let second = h
        .invitation(globex.id(), GUEST, globex_owner.id(), hours(1))
        .await;
    let accepted = h
        .invitation(initech.id(), GUEST, initech_owner.id(), hours(1))
        .await;
    settle(&h, accepted.id(), InvitationStatus::Accepted).await;
    let rejected = h
        .invitation(acme.id(), GUEST, acme_owner.id(), hours(1))
        .await;
    settle(&h, rejected.id(), InvitationStatus::Rejected).await;
    h.invitation(
        initech.id(),
        GUEST,
        initech_owner.id(),
        Duration::seconds(30),
    )
    .await;
    h.invitation(acme.id(), "other@example.com", acme_owner.id(), hours(1))
        .await;
    h.advance(Duration::minutes(1));

    let listed = pending_ids(&h, "Guest@Example.com").await;
    assert_eq!(
        listed,
        vec![first.id().to_owned(), second.id().to_owned()],
        "only live pending invitations of the address, oldest first"
    );
}

pub async fn pending_boundary<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (inviter, org) = h.org_with_owner("acme").await;
    let created = h.invitation(org.id(), GUEST, inviter.id(), hours(1)).await;
    let expires_at = created.expires_at();

    h.set_now(expires_at - micro());
    found(
        db.get_pending_invitation(org.id(), GUEST).await,
        "get_pending_invitation(1 µs before expiry)",
    );
    assert_eq!(pending_ids(&h, GUEST).await, vec![created.id().to_owned()]);

    h.set_now(expires_at);
    assert_none(
        db.get_pending_invitation(org.id(), GUEST).await,
        "get_pending_invitation(at expiry)",
    );
    assert_eq!(
        pending_ids(&h, GUEST).await,
        Vec::<String>::new(),
        "pending list at expiry"
    );
    let by_id = found(
        db.get_invitation_by_id(created.id()).await,
        "get_invitation_by_id(expired)",
    );
    assert_invitation_eq(&created, &by_id);
    assert_eq!(
        h.invitation_ids(org.id()).await,
        vec![created.id().to_owned()]
    );
}

pub async fn pending_newest<A: DatabaseAdapter>(h: Harness<A>) {
    let db = &h.adapter;
    let (inviter, org) = h.org_with_owner("acme").await;
    h.invitation(org.id(), GUEST, inviter.id(), hours(1)).await;
    h.advance(Duration::seconds(1));
    let newest_pending = h.invitation(org.id(), GUEST, inviter.id(), hours(1)).await;
    h.advance(Duration::seconds(1));
    let canceled = h.invitation(org.id(), GUEST, inviter.id(), hours(1)).await;
    settle(&h, canceled.id(), InvitationStatus::Canceled).await;
    h.advance(Duration::seconds(1));
    h.invitation(org.id(), GUEST, inviter.id(), Duration::seconds(10))
        .await;
    h.advance(Duration::seconds(10));

    let read = found(
        db.get_pending_invitation(org.id(), GUEST).await,
        "get_pending_invitation",
    );
    assert_invitation_eq(&newest_pending, &read);
}
