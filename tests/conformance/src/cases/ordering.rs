//! Order and paging: every list is ordered by `created_at`, then `id`, and
//! paging never repeats or skips a row.
//!
//! The rows are created in groups that share one `created_at` because the
//! clock does not move within a group. Only the id tie-break orders a
//! group, and with random UUIDs that order differs from insertion order.

use std::collections::HashSet;

use better_auth_core::{
    AuthAccount, AuthInvitation, AuthMember, AuthOrganization, AuthSession, AuthUser,
    DatabaseAdapter, ListUsers, Page,
};
use chrono::{DateTime, Duration, Utc};

use crate::assert::{assert_ordered, ok};
use crate::fixtures::{hours, member_users, order_keys, user_ids};
use crate::Harness;

/// Number of rows the paging cases create.
const ROWS: usize = 25;

/// Page size that does not divide [`ROWS`], so the last page is short.
const PAGE_SIZE: u32 = 7;

/// Advances the clock after every third row, so rows come in tied groups.
fn tick<A>(h: &Harness<A>, index: usize) {
    if index % 3 == 2 {
        h.advance(Duration::milliseconds(10));
    }
}

/// Returns `keys` sorted into the order every list must use.
fn sorted(mut keys: Vec<(DateTime<Utc>, String)>) -> Vec<String> {
    keys.sort();
    keys.into_iter().map(|(_, id)| id).collect()
}

/// Asserts that `pages`, concatenated, hold every id of `expected` exactly
/// once and in its order.
#[track_caller]
fn assert_pages(pages: &[Vec<String>], expected: &[String], list: &str) {
    let seen: Vec<&String> = pages.iter().flatten().collect();
    let unique: HashSet<&String> = seen.iter().copied().collect();
    assert_eq!(
        unique.len(),
        seen.len(),
        "{list}: a row appears on two pages"
    );
    assert_eq!(seen.len(), expected.len(), "{list}: paging skipped rows");
    let in_order: Vec<&String> = expected.iter().collect();
    assert_eq!(
        seen, in_order,
        "{list}: pages are not in (created_at, id) order"
    );
    for (index, page) in pages.iter().enumerate() {
        let size = expected.len().saturating_sub(index * PAGE_SIZE as usize);
        assert_eq!(
            page.len(),
            size.min(PAGE_SIZE as usize),
            "{list}: size of page {index}"
        );
    }
}

pub async fn users_paging<A: DatabaseAdapter>(h: Harness<A>) {
    let mut keys = Vec::new();
    for i in 0..ROWS {
        let user = h.user(&format!("user{i:02}@example.com")).await;
        keys.push((user.created_at(), user.id().to_owned()));
        tick(&h, i);
    }
    let expected = sorted(keys);

    let all = ok(
        h.adapter.list_users(ListUsers::default()).await,
        "list_users",
    );
    let all_ids: Vec<String> = user_ids(&all.users)
        .into_iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(all_ids, expected, "list_users without a page");
    assert_eq!(all.total, ROWS as u64);

    let mut pages = Vec::new();
    for offset in (0..ROWS as u32).step_by(PAGE_SIZE as usize) {
        let query = ListUsers {
            page: Page::new(PAGE_SIZE, offset),
            ..Default::default()
        };
        let page = ok(h.adapter.list_users(query).await, "list_users(page)");
        assert_eq!(
            page.total, ROWS as u64,
            "total of the page at offset {offset}"
        );
        pages.push(
            user_ids(&page.users)
                .into_iter()
                .map(str::to_owned)
                .collect(),
        );
    }
    assert_pages(&pages, &expected, "list_users");
}

pub async fn members_paging<A: DatabaseAdapter>(h: Harness<A>) {
    let org = h.organization("acme").await;
    let mut keys = Vec::new();
    let mut user_of_member = std::collections::HashMap::new();
    for i in 0..ROWS {
        let user = h.user(&format!("user{i:02}@example.com")).await;
        let member = h.member(org.id(), user.id()).await;
        keys.push((member.created_at(), member.id().to_owned()));
        user_of_member.insert(member.id().to_owned(), user.id().to_owned());
        tick(&h, i);
    }
    let expected = sorted(keys);

    let all = h.all_members(org.id()).await;
    let all_ids: Vec<String> = all.iter().map(|m| m.id().to_owned()).collect();
    assert_eq!(
        all_ids, expected,
        "list_organization_members without a page"
    );
    let expected_users: Vec<&str> = expected
        .iter()
        .map(|id| user_of_member[id].as_str())
        .collect();
    assert_eq!(
        member_users(&all),
        expected_users,
        "user_id of each listed member"
    );

    let mut pages = Vec::new();
    for offset in (0..ROWS as u32).step_by(PAGE_SIZE as usize) {
        let page = ok(
            h.adapter
                .list_organization_members(org.id(), Page::new(PAGE_SIZE, offset))
                .await,
            "list_organization_members(page)",
        );
        pages.push(page.iter().map(|m| m.id().to_owned()).collect());
    }
    assert_pages(&pages, &expected, "list_organization_members");

    let none = ok(
        h.adapter
            .list_organization_members(org.id(), Page::first(0))
            .await,
        "list_organization_members(limit 0)",
    );
    assert!(none.is_empty(), "limit 0 returned rows");
}

pub async fn sessions_order<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let mut keys = Vec::new();
    for i in 0..9 {
        let session = h.session(user.id(), hours(1)).await;
        keys.push((session.created_at(), session.id().to_owned()));
        tick(&h, i);
    }

    let listed = ok(
        h.adapter.list_user_sessions(user.id()).await,
        "list_user_sessions",
    );
    let listed_keys = order_keys(&listed, |s| (s.created_at(), s.id().to_owned()));
    assert_ordered(&listed_keys, "list_user_sessions");
    assert_eq!(
        h.session_ids(user.id()).await,
        sorted(keys),
        "list_user_sessions rows"
    );
}

pub async fn accounts_order<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let mut keys = Vec::new();
    for i in 0..9 {
        let account = h.account("github", &format!("gh-{i}"), user.id()).await;
        keys.push((account.created_at(), account.id().to_owned()));
        tick(&h, i);
    }

    let listed = ok(
        h.adapter.list_user_accounts(user.id()).await,
        "list_user_accounts",
    );
    let listed_ids: Vec<String> = listed.iter().map(|a| a.id().to_owned()).collect();
    assert_eq!(listed_ids, sorted(keys), "list_user_accounts rows");
}

pub async fn invitations_order<A: DatabaseAdapter>(h: Harness<A>) {
    let (inviter, org) = h.org_with_owner("acme").await;
    let mut keys = Vec::new();
    for i in 0..9 {
        let email = format!("guest{i}@example.com");
        let invitation = h.invitation(org.id(), &email, inviter.id(), hours(1)).await;
        keys.push((invitation.created_at(), invitation.id().to_owned()));
        tick(&h, i);
    }

    assert_eq!(
        h.invitation_ids(org.id()).await,
        sorted(keys),
        "list_organization_invitations rows"
    );
}

pub async fn pending_order<A: DatabaseAdapter>(h: Harness<A>) {
    let mut keys = Vec::new();
    for i in 0..9 {
        let (inviter, org) = h.org_with_owner(&format!("org-{i}")).await;
        let invitation = h
            .invitation(org.id(), "guest@example.com", inviter.id(), hours(1))
            .await;
        keys.push((invitation.created_at(), invitation.id().to_owned()));
        tick(&h, i);
    }

    let listed = ok(
        h.adapter
            .list_pending_invitations("guest@example.com")
            .await,
        "list_pending_invitations",
    );
    let listed_ids: Vec<String> = listed.iter().map(|i| i.id().to_owned()).collect();
    assert_eq!(listed_ids, sorted(keys), "list_pending_invitations rows");
}

pub async fn organizations_order<A: DatabaseAdapter>(h: Harness<A>) {
    let user = h.user("ada@example.com").await;
    let mut orgs = Vec::new();
    for i in 0..9 {
        orgs.push(h.organization(&format!("org-{i}")).await);
        tick(&h, i);
    }
    // Join in reverse, so membership order and organization order differ.
    for org in orgs.iter().rev() {
        h.member(org.id(), user.id()).await;
        h.advance(Duration::milliseconds(10));
    }

    let keys = order_keys(&orgs, |o| (o.created_at(), o.id().to_owned()));
    assert_eq!(
        h.organization_ids(user.id()).await,
        sorted(keys),
        "list_user_organizations is ordered by the organization's created_at, then id"
    );
}

/// Ties on `created_at` are broken by the bytes of the id, so supplied ids
/// that a locale-aware collation would order differently keep one order.
pub async fn id_byte_order<A: DatabaseAdapter>(h: Harness<A>) {
    let ids = ["user-a", "User-B", "abc", "Zed", "ä-1", "_x"];
    for (n, id) in ids.iter().enumerate() {
        let input = better_auth_core::CreateUser {
            id: Some((*id).to_owned()),
            ..better_auth_core::CreateUser::with_email(format!("tie{n}@example.com"))
        };
        ok(h.adapter.create_user(input).await, "create_user");
    }
    let mut expected: Vec<&str> = ids.to_vec();
    expected.sort_unstable();

    let listed = ok(
        h.adapter.list_users(ListUsers::default()).await,
        "list_users",
    );
    assert_eq!(
        user_ids(&listed.users),
        expected,
        "ids of one created_at are in byte order"
    );
}
