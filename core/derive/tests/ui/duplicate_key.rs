// The same key twice in one field's attributes.
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    #[auth(field = "role")]
    #[auth(field = "user_id")]
    member_role: String,
    created_at: DateTime<Utc>,
}

fn main() {}
