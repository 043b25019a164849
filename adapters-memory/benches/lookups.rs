//! Key lookups at 1,000 and 100,000 users. The indexes make every lookup a
//! hash probe, so the 100,000-user time divided by the 1,000-user time (the
//! baseline of the same run) should stay close to 1.
//!
//! Run with `cargo bench -p better-auth-memory --bench lookups`.

use better_auth_core::{CreateSession, CreateUser, DatabaseAdapter};
use better_auth_memory::MemoryDatabaseAdapter;
use chrono::{Duration, Utc};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use futures::executor::block_on;

const SIZES: [usize; 2] = [1_000, 100_000];

/// Fills a store with `users` users, one session each; returns the tokens.
fn store_with_users(users: usize) -> (MemoryDatabaseAdapter, Vec<String>) {
    let database = MemoryDatabaseAdapter::new();
    let expires_at = Utc::now() + Duration::days(1);
    let mut tokens = Vec::with_capacity(users);

    for n in 0..users {
        let user =
            block_on(database.create_user(CreateUser::with_email(format!("user{n}@example.com"))))
                .expect("unique email");
        let session = block_on(database.create_session(CreateSession::new(&user.id, expires_at)))
            .expect("valid session");
        tokens.push(session.token);
    }
    (database, tokens)
}

fn lookups(c: &mut Criterion) {
    let mut group = c.benchmark_group("memory_lookups");
    for size in SIZES {
        let (database, tokens) = store_with_users(size);
        let email = format!("USER{}@example.com", size / 2);
        let token = &tokens[size / 2];

        group.bench_with_input(
            BenchmarkId::new("get_user_by_email", size),
            &email,
            |b, email| b.iter(|| block_on(database.get_user_by_email(email)).unwrap()),
        );
        group.bench_with_input(BenchmarkId::new("get_session", size), token, |b, token| {
            b.iter(|| block_on(database.get_session(token)).unwrap())
        });
    }
    group.finish();
}

criterion_group!(benches, lookups);
criterion_main!(benches);
