//! Running futures concurrently, the one place that differs between targets.
//!
//! On native targets every future is spawned with `tokio::spawn`, so on a
//! multi-thread runtime the calls really run in parallel, and a whole
//! concurrency case runs under [`DEADLOCK_TIMEOUT`]. On `wasm32` the host
//! runs one thread: the futures are interleaved with
//! `futures::future::join_all`, and no timer is used.

use std::future::Future;

use better_auth_core::platform::MaybeSend;

/// Time a concurrency case may take on native targets before it counts as
/// a deadlock.
pub const DEADLOCK_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Runs every future concurrently and returns their outputs in input order.
///
/// # Panics
///
/// Panics when one of the futures panics, with that panic's payload.
#[cfg(not(target_arch = "wasm32"))]
pub async fn run_all<F>(futures: Vec<F>) -> Vec<F::Output>
where
    F: Future + MaybeSend + 'static,
    F::Output: MaybeSend + 'static,
{
    let handles: Vec<_> = futures.into_iter().map(tokio::spawn).collect();
    let mut outputs = Vec::with_capacity(handles.len());
    for handle in handles {
        match handle.await {
            Ok(output) => outputs.push(output),
            Err(err) if err.is_panic() => std::panic::resume_unwind(err.into_panic()),
            Err(err) => panic!("a spawned conformance task was cancelled: {err}"),
        }
    }
    outputs
}

/// Runs every future concurrently and returns their outputs in input order.
#[cfg(target_arch = "wasm32")]
pub async fn run_all<F>(futures: Vec<F>) -> Vec<F::Output>
where
    F: Future + MaybeSend + 'static,
    F::Output: MaybeSend + 'static,
{
    futures::future::join_all(futures).await
}

/// Awaits `case`, failing with a message naming `name` when it takes longer
/// than [`DEADLOCK_TIMEOUT`].
///
/// An adapter deadlocked on async locks leaves the runtime's threads free,
/// so the tokio timer fires and the case panics. An adapter deadlocked on
/// blocking locks (`std::sync::Mutex` taken in different orders) blocks the
/// worker threads that drive that timer, and dropping the runtime would
/// then wait for them forever. A watchdog thread covers that case: it
/// writes the case name to the process's stderr, past the test harness's
/// output capture, and aborts the test process.
///
/// # Panics
///
/// Panics when the timeout elapses, which usually means the adapter
/// deadlocked (for example, two methods taking locks in different orders).
#[cfg(not(target_arch = "wasm32"))]
pub async fn with_timeout<F: Future>(name: &str, case: F) -> F::Output {
    let _watchdog = Watchdog::start(name);
    match tokio::time::timeout(DEADLOCK_TIMEOUT, case).await {
        Ok(output) => output,
        Err(_) => panic!(
            "{name} did not finish within {} s: the adapter probably deadlocked",
            DEADLOCK_TIMEOUT.as_secs()
        ),
    }
}

/// Extra time the watchdog gives the tokio timer before aborting.
#[cfg(not(target_arch = "wasm32"))]
const WATCHDOG_GRACE: std::time::Duration = std::time::Duration::from_secs(5);

/// Aborts the process unless dropped within [`DEADLOCK_TIMEOUT`] plus
/// [`WATCHDOG_GRACE`].
#[cfg(not(target_arch = "wasm32"))]
struct Watchdog {
    // Dropping the sender wakes the watchdog thread, which then exits.
    _stop: std::sync::mpsc::Sender<()>,
}

#[cfg(not(target_arch = "wasm32"))]
impl Watchdog {
    fn start(name: &str) -> Self {
        let (stop, stopped) = std::sync::mpsc::channel::<()>();
        let name = name.to_owned();
        std::thread::spawn(move || {
            let limit = DEADLOCK_TIMEOUT + WATCHDOG_GRACE;
            if let Err(std::sync::mpsc::RecvTimeoutError::Timeout) = stopped.recv_timeout(limit) {
                use std::io::Write as _;
                let _ = writeln!(
                    std::io::stderr(),
                    "conformance case {name} did not finish within {} s and the runtime's \
                     threads are blocked: the adapter deadlocked on blocking locks; aborting",
                    limit.as_secs()
                );
                std::process::abort();
            }
        });
        Watchdog { _stop: stop }
    }
}

/// Awaits `case` without a time limit, because this crate uses no timer on
/// `wasm32`.
#[cfg(target_arch = "wasm32")]
pub async fn with_timeout<F: Future>(_name: &str, case: F) -> F::Output {
    case.await
}
