// A custom field whose type has no `Default` needs #[auth(default = "...")].
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
enum Seniority {
    Junior,
    Senior,
}

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    role: String,
    created_at: DateTime<Utc>,
    seniority: Seniority,
}

fn main() {}
