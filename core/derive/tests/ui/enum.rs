// An enum cannot be an entity.
use better_auth::AuthSession;

#[derive(Clone, Debug, AuthSession)]
enum AppSession {
    Active,
    Revoked,
}

fn main() {}
