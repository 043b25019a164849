// A required field is missing; a field of the same type under another name
// is suggested as its holder. The trait is used below, and the fallback
// implementation keeps that use free of further errors.
use better_auth::{AuthMember, MemoryMember};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember {
    id: String,
    organization_id: String,
    user_id: String,
    member_role: String,
    created_at: DateTime<Utc>,
}

fn role_of(member: &AppMember) -> &str {
    member.role()
}

fn main() {
    let _ = role_of;
}
