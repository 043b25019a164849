// A default expression of the wrong type: the compiler reports it on the
// expression.
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    role: String,
    created_at: DateTime<Utc>,
    #[auth(default = "42")]
    job_title: String,
}

fn main() {}
