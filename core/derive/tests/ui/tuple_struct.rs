// A tuple struct has no field names to map to columns.
use better_auth::{AuthMember, MemoryMember};

#[derive(Clone, Debug, AuthMember, MemoryMember)]
struct AppMember(String, String);

fn main() {}
