//! Concurrency: single use, unique keys and guarded transitions under
//! racing callers, and a mixed workload that must not deadlock.
//!
//! Every case runs through [`crate::runtime`], which spawns real parallel
//! tasks on native targets and bounds the case with a timeout.

use std::sync::Arc;

use better_auth_core::{
    AuthInvitation, AuthMember, AuthOrganization, AuthResult, AuthSession, AuthUser,
    AuthVerification, CreateAccount, CreateInvitation, CreateMember, CreateOrganization,
    CreateSession, CreateUser, DatabaseAdapter, EntityKind, InvitationStatus, ListUsers,
    UpdateSession, UpdateUser,
};
use chrono::{DateTime, Utc};

use crate::assert::{assert_conflict, assert_none, found, ok};
use crate::fixtures::{hours, member_users};
use crate::runtime::{run_all, with_timeout};
use crate::Harness;

/// Number of racing callers in the race cases.
const RACERS: usize = 50;

/// Number of tasks in the mixed workload. It is even, so that every other
/// task deletes its user and the rest delete their organization.
const WORKERS: usize = 16;

/// Asserts that exactly one result is `Ok` and returns its index.
#[track_caller]
fn single_winner<T>(results: &[AuthResult<T>], race: &str) -> usize {
    let winners: Vec<usize> = (0..results.len()).filter(|&i| results[i].is_ok()).collect();
    assert_eq!(
        winners.len(),
        1,
        "{race}: expected exactly one winner, got {winners:?}"
    );
    winners[0]
}

/// Asserts that every result except the winner's is a conflict on `field`.
#[track_caller]
fn losers_conflict<T: std::fmt::Debug>(
    results: Vec<AuthResult<T>>,
    winner: usize,
    entity: EntityKind,
    field: &str,
) {
    for (i, result) in results.into_iter().enumerate() {
        if i != winner {
            assert_conflict(result, entity, field);
        }
    }
}

pub async fn consume_race<A: DatabaseAdapter>(h: Harness<A>) {
    with_timeout("consume_race", async {
        let identifier = "email-verification:ada@example.com";
        let created = h.verification(identifier, "123456", hours(1)).await;
        let racers = (0..RACERS)
            .map(|_| {
                let db = Arc::clone(&h.adapter);
                async move { db.consume_verification(identifier, "123456").await }
            })
            .collect();

        let results = run_all(racers).await;
        let mut winners = Vec::new();
        for result in results {
            if let Some(row) = ok(result, "consume_verification") {
                winners.push(row);
            }
        }
        assert_eq!(
            winners.len(),
            1,
            "expected exactly one consumer to get the value"
        );
        assert_eq!(winners[0].id(), created.id());
        assert_none(
            h.adapter.get_verification(identifier).await,
            "get_verification",
        );
    })
    .await;
}

pub async fn email_race<A: DatabaseAdapter>(h: Harness<A>) {
    with_timeout("email_race", async {
        let spellings = [
            "race@example.com",
            "RACE@example.com",
            "  Race@Example.COM ",
            "race@EXAMPLE.com\t",
        ];
        let racers = (0..RACERS)
            .map(|i| {
                let db = Arc::clone(&h.adapter);
                let input = CreateUser::with_email(spellings[i % spellings.len()]);
                async move { db.create_user(input).await }
            })
            .collect();

        let results = run_all(racers).await;
        let winner = single_winner(&results, "create_user with one email");
        let winner_id = results[winner].as_ref().unwrap().id().to_owned();
        losers_conflict(results, winner, EntityKind::User, "email");

        let read = found(
            h.adapter.get_user_by_email("race@example.com").await,
            "get_user_by_email",
        );
        assert_eq!(read.id(), winner_id);
        let all = ok(
            h.adapter.list_users(ListUsers::default()).await,
            "list_users",
        );
        assert_eq!(all.total, 1, "losers left rows behind");
    })
    .await;
}

pub async fn slug_race<A: DatabaseAdapter>(h: Harness<A>) {
    with_timeout("slug_race", async {
        let racers = (0..RACERS)
            .map(|i| {
                let db = Arc::clone(&h.adapter);
                let input = CreateOrganization::new(format!("Acme {i}"), "acme");
                async move { db.create_organization(input).await }
            })
            .collect();

        let results = run_all(racers).await;
        let winner = single_winner(&results, "create_organization with one slug");
        let winner_id = results[winner].as_ref().unwrap().id().to_owned();
        losers_conflict(results, winner, EntityKind::Organization, "slug");

        let read = found(
            h.adapter.get_organization_by_slug("acme").await,
            "get_by_slug",
        );
        assert_eq!(read.id(), winner_id);
    })
    .await;
}

pub async fn member_race<A: DatabaseAdapter>(h: Harness<A>) {
    with_timeout("member_race", async {
        let user = h.user("ada@example.com").await;
        let org = h.organization("acme").await;
        let racers = (0..RACERS)
            .map(|_| {
                let db = Arc::clone(&h.adapter);
                let input = CreateMember::new(org.id(), user.id(), "member");
                async move { db.create_member(input).await }
            })
            .collect();

        let results = run_all(racers).await;
        let winner = single_winner(&results, "create_member for one pair");
        let winner_id = results[winner].as_ref().unwrap().id().to_owned();
        losers_conflict(results, winner, EntityKind::Member, "user_id");

        assert_eq!(
            h.member_count(org.id()).await,
            1,
            "losers left members behind"
        );
        let read = found(
            h.adapter.get_member(org.id(), user.id()).await,
            "get_member",
        );
        assert_eq!(read.id(), winner_id);
    })
    .await;
}

pub async fn status_race<A: DatabaseAdapter>(h: Harness<A>) {
    with_timeout("status_race", async {
        let (inviter, org) = h.org_with_owner("acme").await;
        let invitation = h
            .invitation(org.id(), "guest@example.com", inviter.id(), hours(1))
            .await;
        let targets = [
            InvitationStatus::Accepted,
            InvitationStatus::Rejected,
            InvitationStatus::Canceled,
        ];
        let racers = (0..RACERS)
            .map(|i| {
                let db = Arc::clone(&h.adapter);
                let id = invitation.id().to_owned();
                let to = targets[i % targets.len()];
                async move {
                    db.update_invitation_status(&id, InvitationStatus::Pending, to)
                        .await
                }
            })
            .collect();

        let results = run_all(racers).await;
        let winner = single_winner(&results, "update_invitation_status from pending");
        let final_status = results[winner].as_ref().unwrap().status();
        assert_eq!(
            final_status,
            targets[winner % targets.len()],
            "the winner's status"
        );
        losers_conflict(results, winner, EntityKind::Invitation, "status");

        let read = found(
            h.adapter.get_invitation_by_id(invitation.id()).await,
            "get_invitation_by_id",
        );
        assert_eq!(
            read.status(),
            final_status,
            "the stored status is not the winner's"
        );
    })
    .await;
}

/// What one worker of the mixed workload created and kept.
struct Worker {
    index: usize,
    user_id: String,
    org_id: String,
    kept_token: String,
}

/// Creates the user and the organization of worker `index`.
async fn setup_worker<A: DatabaseAdapter>(db: Arc<A>, index: usize) -> Worker {
    let email = format!("worker{index}@load.test");
    let user = ok(
        db.create_user(CreateUser::with_email(&email)).await,
        "create_user",
    );
    let slug = format!("load-{index}");
    let org = ok(
        db.create_organization(CreateOrganization::new(&slug, &slug))
            .await,
        "create_organization",
    );
    Worker {
        index,
        user_id: user.id().to_owned(),
        org_id: org.id().to_owned(),
        kept_token: String::new(),
    }
}

/// Runs one worker's share of the mixed workload: creates, reads, updates,
/// a membership in the next worker's organization, then a cascading delete
/// (the user for even workers, the organization for odd ones).
async fn run_worker<A: DatabaseAdapter>(
    db: Arc<A>,
    mut me: Worker,
    next_org_id: String,
    shared_org_id: String,
    expires_at: DateTime<Utc>,
) -> Worker {
    let mut tokens = Vec::new();
    for _ in 0..3 {
        let input = CreateSession::new(&me.user_id, expires_at);
        tokens.push(
            ok(db.create_session(input).await, "create_session")
                .token()
                .to_owned(),
        );
    }
    let account = CreateAccount::oauth("github", &me.user_id, &me.user_id);
    ok(db.create_account(account).await, "create_account");
    let owner = CreateMember::new(&me.org_id, &me.user_id, "owner");
    ok(
        db.create_member(owner).await,
        "create_member(own organization)",
    );
    let shared = CreateMember::new(&shared_org_id, &me.user_id, "member");
    let shared_member = ok(db.create_member(shared).await, "create_member(shared)");
    join_next(&*db, &me, &next_org_id).await;
    let guest = format!("guest{}@load.test", me.index);
    let invite = CreateInvitation::new(&me.org_id, &guest, &me.user_id, expires_at);
    ok(db.create_invitation(invite).await, "create_invitation");

    let email = format!("WORKER{}@Load.test", me.index);
    let read = found(db.get_user_by_email(&email).await, "get_user_by_email");
    assert_eq!(read.id(), me.user_id);
    let sessions = ok(
        db.list_user_sessions(&me.user_id).await,
        "list_user_sessions",
    );
    assert_eq!(sessions.len(), 3, "sessions of worker {}", me.index);

    let rename = UpdateUser {
        name: Some(Some(format!("Worker {}", me.index))),
        ..Default::default()
    };
    ok(db.update_user(&me.user_id, rename).await, "update_user");
    let agent = UpdateSession {
        user_agent: Some(Some("load".to_owned())),
        ..Default::default()
    };
    ok(db.update_session(&tokens[0], agent).await, "update_session");
    ok(
        db.update_member_role(shared_member.id(), "admin").await,
        "update_member_role",
    );
    let removed = db.delete_user_sessions(&me.user_id, Some(&tokens[0])).await;
    assert_eq!(
        ok(removed, "delete_user_sessions"),
        2,
        "worker {}",
        me.index
    );
    me.kept_token = tokens[0].clone();

    if me.index % 2 == 0 {
        ok(db.delete_user(&me.user_id).await, "delete_user");
    } else {
        ok(
            db.delete_organization(&me.org_id).await,
            "delete_organization",
        );
    }
    me
}

/// Adds the worker's user to the next worker's organization. Odd workers
/// delete their organization, so joining one may find it already gone.
async fn join_next<A: DatabaseAdapter>(db: &A, me: &Worker, next_org_id: &str) {
    let input = CreateMember::new(next_org_id, &me.user_id, "member");
    let result = db.create_member(input).await;
    let next_is_deleted = (me.index + 1) % 2 == 1;
    match result {
        Ok(_) => {}
        Err(err) if next_is_deleted && err.is_invalid_input() => {
            assert_eq!(err.field(), Some("organization_id"), "{err}");
        }
        Err(err) => panic!(
            "worker {} could not join the next organization: {err}",
            me.index
        ),
    }
}

/// Checks what is left of an even worker, whose user was deleted. The
/// previous worker's user (`previous_user_id`) joined this worker's
/// organization and was not deleted, so its membership must remain.
async fn check_deleted_user<A: DatabaseAdapter>(
    h: &Harness<A>,
    worker: &Worker,
    previous_user_id: &str,
) {
    let db = &h.adapter;
    assert_none(
        db.get_user_by_id(&worker.user_id).await,
        "get_user_by_id(deleted)",
    );
    assert_none(
        db.get_session(&worker.kept_token).await,
        "get_session(deleted user)",
    );
    assert_none(
        db.get_account("github", &worker.user_id).await,
        "get_account(deleted user)",
    );
    let members = h.all_members(&worker.org_id).await;
    assert_eq!(
        member_users(&members),
        vec![previous_user_id],
        "members left in the organization of worker {}",
        worker.index
    );
    assert_eq!(
        h.invitation_ids(&worker.org_id).await,
        Vec::<String>::new(),
        "invitations sent by deleted worker {}",
        worker.index
    );
}

/// Checks what is left of an odd worker, whose organization was deleted.
async fn check_deleted_org<A: DatabaseAdapter>(h: &Harness<A>, worker: &Worker, shared: &str) {
    let db = &h.adapter;
    assert_none(
        db.get_organization_by_id(&worker.org_id).await,
        "get_organization_by_id(deleted)",
    );

    let session = found(
        db.get_session(&worker.kept_token).await,
        "get_session(kept)",
    );
    assert_eq!(session.user_agent(), Some("load"));
    assert_eq!(
        h.session_ids(&worker.user_id).await.len(),
        1,
        "sessions left"
    );

    let mut orgs = h.organization_ids(&worker.user_id).await;
    orgs.sort();
    let next = format!("load-{}", (worker.index + 1) % WORKERS);
    let next_org = found(
        db.get_organization_by_slug(&next).await,
        "get_organization_by_slug",
    );
    let mut expected = vec![shared.to_owned(), next_org.id().to_owned()];
    expected.sort();
    assert_eq!(orgs, expected, "organizations of worker {}", worker.index);

    let user = found(db.get_user_by_id(&worker.user_id).await, "get_user_by_id");
    assert_eq!(
        user.name(),
        Some(format!("Worker {}", worker.index).as_str())
    );
}

pub async fn mixed_load<A: DatabaseAdapter>(h: Harness<A>) {
    with_timeout("mixed_load", async {
        let shared = h.organization("shared").await;
        let setups = (0..WORKERS)
            .map(|i| setup_worker(Arc::clone(&h.adapter), i))
            .collect();
        let workers = run_all(setups).await;

        let org_ids: Vec<String> = workers.iter().map(|w| w.org_id.clone()).collect();
        let expires_at = h.now() + hours(1);
        let tasks = workers
            .into_iter()
            .map(|worker| {
                let next = org_ids[(worker.index + 1) % WORKERS].clone();
                let db = Arc::clone(&h.adapter);
                run_worker(db, worker, next, shared.id().to_owned(), expires_at)
            })
            .collect();
        let workers = run_all(tasks).await;

        for worker in &workers {
            if worker.index % 2 == 0 {
                let previous = &workers[(worker.index + WORKERS - 1) % WORKERS];
                check_deleted_user(&h, worker, &previous.user_id).await;
            } else {
                check_deleted_org(&h, worker, shared.id()).await;
            }
        }
        let shared_count = h.member_count(shared.id()).await;
        assert_eq!(
            shared_count,
            (WORKERS / 2) as u64,
            "members left in the shared organization"
        );
    })
    .await;
}
