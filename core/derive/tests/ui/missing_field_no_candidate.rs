// A required field is missing and no field has its type.
use better_auth::{AuthVerification, MemoryVerification};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthVerification, MemoryVerification)]
struct AppVerification {
    id: String,
    identifier: String,
    value: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

fn main() {}
