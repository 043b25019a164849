// `field` names a getter the trait does not have.
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    #[auth(field = "rol")]
    member_role: String,
    created_at: DateTime<Utc>,
}

fn main() {}
