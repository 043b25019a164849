//! Every statement the adapter runs uses an index on tables of 100,000
//! rows. The server's `auto_explain` module sends the plan of each
//! statement, the foreign key cascades included, to the client as a
//! NOTICE, which sqlx logs and the test captures.

mod common;

use better_auth_core::{
    Clock, CreateAccount, CreateInvitation, CreateMember, CreateOrganization, CreateSession,
    CreateUser, CreateVerification, DatabaseAdapter, InvitationStatus, ListUsers, ManualClock,
    Page, UpdateAccount, UpdateOrganization, UpdateSession, UpdateUser,
};
use better_auth_sqlx::SqlxAdapter;
use chrono::Duration;
use sqlx::postgres::PgPoolOptions;
use sqlx::PgPool;

use common::capture::Captured;

const ROWS: i64 = 100_000;

/// Fills every table with `ROWS` rows: user `u{i}` has session `s{i}`,
/// account `a{i}`, verification `v{i}`, and is the only member of
/// organization `o{i}`, which has invitation `i{i}`. Nothing has expired.
const FILL: &str = "
INSERT INTO users (id, email, username, name, created_at, updated_at)
    SELECT 'u' || i, 'user' || i || '@example.com', 'user' || i, 'User ' || i,
           $1 - i * interval '1 second', $1
    FROM generate_series(1, $2) AS i;
INSERT INTO organization (id, name, slug, created_at, updated_at)
    SELECT 'o' || i, 'Org ' || i, 'org-' || i, $1, $1 FROM generate_series(1, $2) AS i;
INSERT INTO sessions (id, token, user_id, expires_at, active_organization_id, created_at, updated_at)
    SELECT 's' || i, 'token-' || i || '-0123456789abcdef0123456789abcdef', 'u' || i,
           $1 + interval '1 day', 'o' || i, $1, $1
    FROM generate_series(1, $2) AS i;
INSERT INTO accounts (id, account_id, provider_id, user_id, created_at, updated_at)
    SELECT 'a' || i, 'gh' || i, 'github', 'u' || i, $1, $1 FROM generate_series(1, $2) AS i;
INSERT INTO verifications (id, identifier, value, expires_at, created_at, updated_at)
    SELECT 'v' || i, 'email:' || i, 'code' || i, $1 + interval '1 day', $1, $1
    FROM generate_series(1, $2) AS i;
INSERT INTO member (id, organization_id, user_id, role, created_at)
    SELECT 'm' || i, 'o' || i, 'u' || i, 'member', $1 FROM generate_series(1, $2) AS i;
INSERT INTO invitation (id, organization_id, email, role, status, inviter_id, expires_at, created_at)
    SELECT 'i' || i, 'o' || i, 'guest' || i || '@example.com', 'member', 'pending', 'u' || i,
           $1 + interval '1 day', $1
    FROM generate_series(1, $2) AS i;
";

const TABLES: &[&str] = &[
    "users",
    "sessions",
    "accounts",
    "verifications",
    "organization",
    "member",
    "invitation",
];

/// Opens a pool on the test database whose connections report the plan of
/// every statement, nested ones included, as a NOTICE.
fn explaining_pool(pool: &PgPool) -> PgPool {
    let options = pool.connect_options().as_ref().clone().options([
        ("session_preload_libraries", "auto_explain"),
        ("auto_explain.log_min_duration", "0"),
        ("auto_explain.log_level", "notice"),
        ("auto_explain.log_nested_statements", "on"),
    ]);
    PgPoolOptions::new()
        .max_connections(1)
        .connect_lazy_with(options)
}

/// Returns the plans noticed since the last call and clears them.
fn take_plans(captured: &Captured) -> Vec<String> {
    let plans = captured
        .lines()
        .into_iter()
        .filter(|line| line.target == "sqlx::postgres::notice" && line.fields.contains("plan:"))
        .map(|line| line.fields)
        .collect();
    captured.clear();
    plans
}

/// Asserts that the operation just run sent at least one statement and
/// that no plan reads a whole table of the schema.
fn assert_indexed(captured: &Captured, operation: &str) {
    let plans = take_plans(captured);
    assert!(!plans.is_empty(), "{operation}: no plan was noticed");
    for plan in &plans {
        for table in TABLES {
            assert!(
                !plan.contains(&format!("Seq Scan on {table} ")),
                "{operation} scans {table}:\n{plan}"
            );
        }
    }
}

#[sqlx::test(migrations = false)]
async fn every_query_uses_an_index(pool: PgPool) {
    let clock = ManualClock::default();
    let now = clock.now();
    common::migrated(pool.clone(), clock.clone()).await;
    for statement in FILL.split(';').filter(|s| !s.trim().is_empty()) {
        sqlx::query(statement)
            .bind(now)
            .bind(ROWS)
            .execute(&pool)
            .await
            .unwrap();
    }
    sqlx::query("ANALYZE").execute(&pool).await.unwrap();

    let db: SqlxAdapter = SqlxAdapter::from_pool(explaining_pool(&pool)).with_clock(clock);
    let (captured, _guard) = Captured::start();
    let later = now + Duration::hours(1);

    macro_rules! check {
        ($operation:literal, $call:expr) => {{
            let result = $call.await;
            assert!(result.is_ok(), "{}: {:?}", $operation, result.err());
            assert_indexed(&captured, $operation);
        }};
    }

    check!(
        "create_user",
        db.create_user(CreateUser::with_email("new@example.com"))
    );
    check!("get_user_by_id", db.get_user_by_id("u500"));
    check!(
        "get_user_by_email",
        db.get_user_by_email("user500@example.com")
    );
    check!("get_user_by_username", db.get_user_by_username("user500"));
    check!("update_user", db.update_user("u500", UpdateUser::default()));

    check!(
        "create_session",
        db.create_session(CreateSession::new("u500", later))
    );
    let token = "token-600-0123456789abcdef0123456789abcdef";
    check!("get_session", db.get_session(token));
    check!("get_session_by_id", db.get_session_by_id("s600"));
    check!("list_user_sessions", db.list_user_sessions("u600"));
    check!(
        "update_session",
        db.update_session(token, UpdateSession::default())
    );
    check!(
        "delete_user_sessions",
        db.delete_user_sessions("u601", None)
    );
    check!("delete_session", db.delete_session(token));
    check!("delete_expired_sessions", db.delete_expired_sessions());

    check!(
        "create_account",
        db.create_account(CreateAccount::credential("u700", "hash"))
    );
    check!("get_account", db.get_account("github", "gh700"));
    check!("get_account_by_id", db.get_account_by_id("a700"));
    check!("list_user_accounts", db.list_user_accounts("u700"));
    check!(
        "update_account",
        db.update_account("a700", UpdateAccount::default())
    );
    check!("delete_account", db.delete_account("a700"));

    let verification = CreateVerification::new("email:800", "fresh", later);
    check!("create_verification", db.create_verification(verification));
    check!("get_verification", db.get_verification("email:800"));
    check!(
        "consume_verification",
        db.consume_verification("email:800", "code800")
    );
    check!("delete_verification", db.delete_verification("v801"));
    check!("delete_verifications", db.delete_verifications("email:802"));
    check!(
        "delete_expired_verifications",
        db.delete_expired_verifications()
    );

    check!(
        "create_organization",
        db.create_organization(CreateOrganization::new("New", "new"))
    );
    check!("get_organization_by_id", db.get_organization_by_id("o900"));
    check!(
        "get_organization_by_slug",
        db.get_organization_by_slug("org-900")
    );
    check!(
        "update_organization",
        db.update_organization("o900", UpdateOrganization::default())
    );
    check!(
        "list_user_organizations",
        db.list_user_organizations("u900")
    );

    check!(
        "create_member",
        db.create_member(CreateMember::new("o900", "u901", "admin"))
    );
    check!("get_member", db.get_member("o900", "u900"));
    check!("get_member_by_id", db.get_member_by_id("m900"));
    check!("update_member_role", db.update_member_role("m900", "owner"));
    check!(
        "list_organization_members",
        db.list_organization_members("o900", Page::first(10))
    );
    check!(
        "count_organization_members",
        db.count_organization_members("o900")
    );
    check!("delete_member", db.delete_member("m901"));

    let invitation = CreateInvitation::new("o950", "new@example.com", "u950", later);
    check!("create_invitation", db.create_invitation(invitation));
    check!("get_invitation_by_id", db.get_invitation_by_id("i950"));
    check!(
        "get_pending_invitation",
        db.get_pending_invitation("o950", "guest950@example.com")
    );
    check!(
        "list_organization_invitations",
        db.list_organization_invitations("o950")
    );
    check!(
        "list_pending_invitations",
        db.list_pending_invitations("guest950@example.com")
    );
    check!(
        "update_invitation_status",
        db.update_invitation_status(
            "i950",
            InvitationStatus::Pending,
            InvitationStatus::Accepted
        )
    );

    check!("delete_organization", db.delete_organization("o960"));
    check!("delete_user", db.delete_user("u970"));
}

/// `list_users` counts every match, which needs a full pass, but its page
/// walks the `(created_at, id)` index and stops after `limit` rows.
#[sqlx::test(migrations = false)]
async fn user_page_walks_the_list_index(pool: PgPool) {
    let clock = ManualClock::default();
    common::migrated(pool.clone(), clock.clone()).await;
    for statement in FILL.split(';').take(1) {
        sqlx::query(statement)
            .bind(clock.now())
            .bind(ROWS)
            .execute(&pool)
            .await
            .unwrap();
    }
    sqlx::query("ANALYZE users").execute(&pool).await.unwrap();
    let db: SqlxAdapter = SqlxAdapter::from_pool(explaining_pool(&pool)).with_clock(clock);
    let (captured, _guard) = Captured::start();

    let query = ListUsers {
        page: Page::new(20, 50_000),
        ..ListUsers::default()
    };
    let page = db.list_users(query).await.unwrap();

    assert_eq!(page.total, ROWS as u64);
    assert_eq!(page.users.len(), 20);
    let plans = take_plans(&captured).join("\n");
    assert!(
        plans.contains("Index Scan using users_created_at_id_idx"),
        "{plans}"
    );
}
