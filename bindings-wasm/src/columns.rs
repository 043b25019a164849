//! Names of the built-in columns of each entity type, as snapshot records
//! (snake_case) and JavaScript objects (camelCase) spell them.

pub const USER: &[&str] = &[
    "id",
    "name",
    "email",
    "email_verified",
    "image",
    "username",
    "display_username",
    "two_factor_enabled",
    "role",
    "banned",
    "ban_reason",
    "ban_expires",
    "metadata",
    "created_at",
    "updated_at",
];

pub const SESSION: &[&str] = &[
    "id",
    "expires_at",
    "token",
    "ip_address",
    "user_agent",
    "user_id",
    "impersonated_by",
    "active_organization_id",
    "active",
    "created_at",
    "updated_at",
];

pub const ACCOUNT: &[&str] = &[
    "id",
    "account_id",
    "provider_id",
    "user_id",
    "access_token",
    "refresh_token",
    "id_token",
    "access_token_expires_at",
    "refresh_token_expires_at",
    "scope",
    "password",
    "created_at",
    "updated_at",
];

pub const VERIFICATION: &[&str] = &[
    "id",
    "identifier",
    "value",
    "expires_at",
    "created_at",
    "updated_at",
];

pub const ORGANIZATION: &[&str] = &[
    "id",
    "name",
    "slug",
    "logo",
    "metadata",
    "created_at",
    "updated_at",
];

pub const MEMBER: &[&str] = &["id", "organization_id", "user_id", "role", "created_at"];

pub const INVITATION: &[&str] = &[
    "id",
    "organization_id",
    "email",
    "role",
    "status",
    "inviter_id",
    "expires_at",
    "created_at",
];

/// snake_case names of core arguments and filters that are no column.
const ARGUMENTS: &[&str] = &["email_contains", "name_contains", "keep_token"];

/// Converts a snake_case name to camelCase: `user_id` to `userId`.
pub fn camel_case(name: &str) -> String {
    let mut camel = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            camel.extend(c.to_uppercase());
            upper = false;
        } else {
            camel.push(c);
        }
    }
    camel
}

/// Returns the name JavaScript callers know a core field by: camelCase for
/// built-in columns and arguments, unchanged for anything else (custom
/// fields keep the name they were declared with).
pub fn js_name(field: &str) -> String {
    let all = [
        USER,
        SESSION,
        ACCOUNT,
        VERIFICATION,
        ORGANIZATION,
        MEMBER,
        INVITATION,
        ARGUMENTS,
    ];
    if all.iter().any(|columns| columns.contains(&field)) {
        camel_case(field)
    } else {
        field.to_owned()
    }
}

/// Returns both spellings of every column, the names a custom field may
/// not take.
pub fn reserved_names(columns: &[&str]) -> Vec<String> {
    let mut names: Vec<String> = columns.iter().map(|c| (*c).to_owned()).collect();
    names.extend(columns.iter().map(|c| camel_case(c)));
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_case_joins_words() {
        assert_eq!(
            camel_case("refresh_token_expires_at"),
            "refreshTokenExpiresAt"
        );
        assert_eq!(camel_case("id"), "id");
    }

    #[test]
    fn js_name_keeps_custom_fields() {
        assert_eq!(js_name("user_id"), "userId");
        assert_eq!(js_name("favorite_color"), "favorite_color");
    }
}
