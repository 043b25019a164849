//! Records the tracing events and span fields emitted on the current
//! thread, for tests that inspect logs and server notices.
//!
//! One global subscriber feeds a per-thread buffer. `#[sqlx::test]` runs
//! each test on its own current-thread runtime, so a test records only its
//! own events. A scoped subscriber per test missed events when tests ran in
//! parallel, probably through tracing's per-callsite interest cache.

use std::cell::RefCell;
use std::fmt::{self, Write as _};
use std::sync::{Arc, Mutex, Once, PoisonError};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, SubscriberExt};
use tracing_subscriber::Layer;

thread_local! {
    static CURRENT: RefCell<Option<Captured>> = const { RefCell::new(None) };
}

/// Stops recording on this thread when dropped.
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        CURRENT.with(|current| current.borrow_mut().take());
    }
}

/// Forwards every event and span to the current thread's [`Captured`].
struct ThreadLayer;

impl<S: Subscriber> Layer<S> for ThreadLayer {
    fn on_new_span(&self, attrs: &Attributes<'_>, _id: &Id, _ctx: Context<'_, S>) {
        with_current(|captured| {
            let mut fields = Fields(format!("span={} ", attrs.metadata().name()));
            attrs.record(&mut fields);
            captured.push(attrs.metadata().target(), fields.0);
        });
    }

    fn on_record(&self, _id: &Id, values: &Record<'_>, _ctx: Context<'_, S>) {
        with_current(|captured| {
            let mut fields = Fields(String::new());
            values.record(&mut fields);
            captured.push("record", fields.0);
        });
    }

    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        with_current(|captured| {
            let mut fields = Fields(String::new());
            event.record(&mut fields);
            captured.push(event.metadata().target(), fields.0);
        });
    }
}

fn with_current(record: impl FnOnce(&Captured)) {
    CURRENT.with(|current| {
        if let Some(captured) = current.borrow().as_ref() {
            record(captured);
        }
    });
}

/// The lines recorded so far: one per event or span, with all its fields.
#[derive(Clone, Default)]
pub struct Captured {
    lines: Arc<Mutex<Vec<Line>>>,
}

/// One recorded event or span.
#[derive(Debug, Clone)]
pub struct Line {
    pub target: String,
    /// `name=value` pairs, the event message included as `message=...`.
    pub fields: String,
}

impl Captured {
    /// Starts recording on this thread until the guard is dropped.
    pub fn start() -> (Captured, Guard) {
        static INSTALL: Once = Once::new();
        INSTALL.call_once(|| {
            let subscriber = tracing_subscriber::registry().with(ThreadLayer);
            tracing::subscriber::set_global_default(subscriber)
                .expect("no other global subscriber in the tests");
        });

        let captured = Captured::default();
        CURRENT.with(|current| *current.borrow_mut() = Some(captured.clone()));
        (captured, Guard(()))
    }

    pub fn lines(&self) -> Vec<Line> {
        self.lines
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Forgets what was recorded so far.
    pub fn clear(&self) {
        self.lines
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clear();
    }

    fn push(&self, target: &str, fields: String) {
        let line = Line {
            target: target.to_owned(),
            fields,
        };
        self.lines
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(line);
    }
}

struct Fields(String);

impl Visit for Fields {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        let _ = write!(self.0, "{}={:?} ", field.name(), value);
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        let _ = write!(self.0, "{}={} ", field.name(), value);
    }
}
