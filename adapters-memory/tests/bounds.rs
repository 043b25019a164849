//! Compile-time checks of the thread-safety promises on native targets.

use better_auth_core::{CreateUser, DatabaseAdapter};
use better_auth_memory::MemoryDatabaseAdapter;

fn assert_send_sync<T: Send + Sync + 'static>() {}

fn assert_send<T: Send>(_: &T) {}

#[test]
fn adapter_is_send_and_sync() {
    assert_send_sync::<MemoryDatabaseAdapter>();
}

#[test]
fn adapter_futures_are_send() {
    let database = MemoryDatabaseAdapter::new();
    let future = database.create_user(CreateUser::with_email("ada@example.com"));
    assert_send(&future);

    let lookup = database.get_session("token");
    assert_send(&lookup);
}
