//! The clock every expiry comparison and timestamp comes from.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Duration, SubsecRound, Utc};

/// Source of "now" for an adapter.
///
/// Adapters read it once per operation and compare every `expires_at`
/// against that value, never against a database clock, so all checks of
/// one operation use the same instant.
pub trait Clock: fmt::Debug + Send + Sync + 'static {
    /// Returns the current instant.
    fn now(&self) -> DateTime<Utc>;
}

/// Wall clock of the host (the JavaScript `Date` on `wasm32`).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// Clock that moves only when set or advanced, for tests and simulations.
#[derive(Debug, Clone)]
pub struct ManualClock {
    now: Arc<Mutex<DateTime<Utc>>>,
}

impl ManualClock {
    /// Creates a clock stopped at `start`.
    pub fn new(start: DateTime<Utc>) -> Self {
        ManualClock {
            now: Arc::new(Mutex::new(start)),
        }
    }

    /// Sets the current instant; clones of this clock see the change.
    pub fn set(&self, instant: DateTime<Utc>) {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner) = instant;
    }

    /// Moves the clock forward (or back, for a negative `by`).
    pub fn advance(&self, by: Duration) {
        let mut now = self.now.lock().unwrap_or_else(PoisonError::into_inner);
        *now += by;
    }
}

impl Default for ManualClock {
    /// Starts at the system time, truncated to microseconds.
    fn default() -> Self {
        ManualClock::new(Utc::now().trunc_subsecs(6))
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.now.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Reads `clock` and truncates to microseconds, the precision PostgreSQL keeps.
pub fn now_micros(clock: &dyn Clock) -> DateTime<Utc> {
    clock.now().trunc_subsecs(6)
}
