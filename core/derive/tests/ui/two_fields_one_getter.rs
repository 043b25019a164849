// Two fields mapped to the same getter.
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    role: String,
    #[auth(field = "role")]
    member_role: String,
    created_at: DateTime<Utc>,
}

fn main() {}
