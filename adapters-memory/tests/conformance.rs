//! Runs the shared conformance suite against the in-memory adapter.

use better_auth_core::ManualClock;
use better_auth_memory::MemoryDatabaseAdapter;

better_auth_conformance::conformance_suite! {
    #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
    async fn adapter(clock: ManualClock) -> MemoryDatabaseAdapter {
        MemoryDatabaseAdapter::new().with_clock(clock)
    }
}
