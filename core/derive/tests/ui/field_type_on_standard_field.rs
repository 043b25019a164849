// `field_type` on a standard field, whose type is fixed.
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    #[auth(field_type = "json")]
    role: String,
    created_at: DateTime<Utc>,
}

fn main() {}
