// `default` on a standard field, whose value comes from the create input.
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    #[auth(default = r#""member".to_owned()"#)]
    role: String,
    created_at: DateTime<Utc>,
}

fn main() {}
