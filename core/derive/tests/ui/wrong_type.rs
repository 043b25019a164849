// A required field has the wrong type: `email` of a user is optional.
use better_auth::{AuthUser, MemoryUser};
use chrono::{DateTime, Utc};

#[derive(Clone, Debug, AuthUser, MemoryUser)]
struct AppUser {
    id: String,
    email: String,
    name: Option<String>,
    email_verified: bool,
    image: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    username: Option<String>,
    display_username: Option<String>,
    two_factor_enabled: bool,
    role: Option<String>,
    banned: bool,
    ban_reason: Option<String>,
    ban_expires: Option<DateTime<Utc>>,
    metadata: serde_json::Value,
}

fn main() {}
