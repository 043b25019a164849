// An unknown key inside #[auth(...)] on a field.
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    #[auth(rename = "role")]
    member_role: String,
    created_at: DateTime<Utc>,
}

fn main() {}
