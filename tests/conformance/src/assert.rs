//! Assertions shared by the cases: entity equality getter by getter, error
//! kinds, ids and list order.
//!
//! Entities are compared through the `Auth*` traits only, so the helpers
//! work for applications' own entity types. Failure messages name the
//! entity and the getter that differs.

use std::fmt::Debug;

use better_auth_core::{
    AuthAccount, AuthError, AuthInvitation, AuthMember, AuthOrganization, AuthResult, AuthSession,
    AuthUser, AuthVerification, EntityKind,
};
use chrono::{DateTime, Utc};

/// Asserts that each listed getter, except those named in `$except`,
/// returns the same value on both entities.
macro_rules! assert_getters_eq {
    ($entity:literal, $expected:expr, $actual:expr, $except:expr, [$($getter:ident),* $(,)?]) => {
        $(
            if !$except.contains(&stringify!($getter)) {
                assert_eq!(
                    $actual.$getter(),
                    $expected.$getter(),
                    concat!($entity, ".", stringify!($getter), " differs from the expected row"),
                );
            }
        )*
    };
}

/// Generates `$eq(expected, actual)` and `$eq_except(expected, actual,
/// except)` for one entity trait.
macro_rules! entity_eq {
    ($eq:ident, $eq_except:ident, $bound:ident, $entity:literal, [$($getter:ident),* $(,)?]) => {
        #[doc = concat!("Asserts that two ", $entity, " rows have equal columns.")]
        #[track_caller]
        pub fn $eq<T: $bound>(expected: &T, actual: &T) {
            $eq_except(expected, actual, &[]);
        }

        #[doc = concat!(
            "Asserts that two ", $entity,
            " rows have equal columns, except the getters named in `except`."
        )]
        #[track_caller]
        pub fn $eq_except<T: $bound>(expected: &T, actual: &T, except: &[&str]) {
            assert_getters_eq!($entity, expected, actual, except, [$($getter),*]);
        }
    };
}

entity_eq!(
    assert_user_eq,
    assert_user_eq_except,
    AuthUser,
    "user",
    [
        id,
        email,
        name,
        email_verified,
        image,
        username,
        display_username,
        two_factor_enabled,
        role,
        banned,
        ban_reason,
        ban_expires,
        metadata,
        created_at,
        updated_at,
    ]
);

entity_eq!(
    assert_session_eq,
    assert_session_eq_except,
    AuthSession,
    "session",
    [
        id,
        expires_at,
        token,
        ip_address,
        user_agent,
        user_id,
        impersonated_by,
        active_organization_id,
        active,
        created_at,
        updated_at,
    ]
);

entity_eq!(
    assert_account_eq,
    assert_account_eq_except,
    AuthAccount,
    "account",
    [
        id,
        account_id,
        provider_id,
        user_id,
        access_token,
        refresh_token,
        id_token,
        access_token_expires_at,
        refresh_token_expires_at,
        scope,
        password,
        created_at,
        updated_at,
    ]
);

entity_eq!(
    assert_verification_eq,
    assert_verification_eq_except,
    AuthVerification,
    "verification",
    [id, identifier, value, expires_at, created_at, updated_at]
);

entity_eq!(
    assert_organization_eq,
    assert_organization_eq_except,
    AuthOrganization,
    "organization",
    [id, name, slug, logo, metadata, created_at, updated_at]
);

entity_eq!(
    assert_member_eq,
    assert_member_eq_except,
    AuthMember,
    "member",
    [id, organization_id, user_id, role, created_at,]
);

entity_eq!(
    assert_invitation_eq,
    assert_invitation_eq_except,
    AuthInvitation,
    "invitation",
    [
        id,
        organization_id,
        email,
        role,
        status,
        inviter_id,
        expires_at,
        created_at
    ]
);

/// Unwraps a successful call, naming `call` when it failed.
#[track_caller]
pub fn ok<T>(result: AuthResult<T>, call: &str) -> T {
    match result {
        Ok(value) => value,
        Err(err) => panic!("{call} failed: {err} ({err:?})"),
    }
}

/// Unwraps `Some` from a successful lookup, naming `call` otherwise.
#[track_caller]
pub fn found<T>(result: AuthResult<Option<T>>, call: &str) -> T {
    match ok(result, call) {
        Some(value) => value,
        None => panic!("{call} returned None, expected a row"),
    }
}

/// Asserts that a lookup succeeded and found no row.
#[track_caller]
pub fn assert_none<T: Debug>(result: AuthResult<Option<T>>, call: &str) {
    let row = ok(result, call);
    assert!(row.is_none(), "{call} returned {row:?}, expected None");
}

/// Asserts an [`AuthError::Conflict`] on `field` of `entity` and returns
/// the error for further checks.
#[track_caller]
pub fn assert_conflict<T: Debug>(
    result: AuthResult<T>,
    entity: EntityKind,
    field: &str,
) -> AuthError {
    let err = expect_err(result, "a conflict");
    match &err {
        AuthError::Conflict {
            entity: actual,
            field: actual_field,
            ..
        } => {
            assert_eq!(*actual, entity, "conflict names the wrong entity: {err}");
            assert_eq!(actual_field, field, "conflict names the wrong field: {err}");
        }
        _ => panic!("expected a conflict on {entity}.{field}, got {err:?}"),
    }
    err
}

/// Asserts [`AuthError::InvalidInput`] naming `field`.
#[track_caller]
pub fn assert_invalid<T: Debug>(result: AuthResult<T>, field: &str) {
    let err = expect_err(result, "invalid input");
    assert!(
        err.is_invalid_input(),
        "expected invalid input on {field}, got {err:?}"
    );
    assert_eq!(
        err.field(),
        Some(field),
        "invalid input names the wrong field: {err}"
    );
}

/// Asserts [`AuthError::NotFound`] for `entity`.
#[track_caller]
pub fn assert_not_found<T: Debug>(result: AuthResult<T>, entity: EntityKind) {
    let err = expect_err(result, "not found");
    match &err {
        AuthError::NotFound { entity: actual, .. } => {
            assert_eq!(*actual, entity, "not found names the wrong entity: {err}");
        }
        _ => panic!("expected {entity} not found, got {err:?}"),
    }
}

#[track_caller]
fn expect_err<T: Debug>(result: AuthResult<T>, expected: &str) -> AuthError {
    match result {
        Ok(value) => panic!("expected {expected}, the call succeeded with {value:?}"),
        Err(err) => err,
    }
}

/// Asserts that `id` is a hyphenated UUID of version 4 (RFC 9562 variant).
#[track_caller]
pub fn assert_uuid_v4(id: &str) {
    let uuid = match uuid::Uuid::try_parse(id) {
        Ok(uuid) => uuid,
        Err(err) => panic!("id {id:?} is not a UUID: {err}"),
    };
    assert_eq!(
        uuid.get_version_num(),
        4,
        "id {id:?} is not a version 4 UUID"
    );
    assert_eq!(
        uuid.get_variant(),
        uuid::Variant::RFC4122,
        "id {id:?} does not have the RFC 9562 variant"
    );
    assert_eq!(
        uuid.hyphenated().to_string(),
        id,
        "id {id:?} is not a lowercase hyphenated UUID"
    );
}

/// Asserts that a timestamp has no digits below the microsecond.
#[track_caller]
pub fn assert_micros(at: DateTime<Utc>, column: &str) {
    assert_eq!(
        at.timestamp_subsec_nanos() % 1_000,
        0,
        "{column} {at:?} keeps nanoseconds, expected microsecond precision"
    );
}

/// Asserts that `keys` are strictly ascending by `created_at`, then `id`.
#[track_caller]
pub fn assert_ordered(keys: &[(DateTime<Utc>, String)], list: &str) {
    for pair in keys.windows(2) {
        assert!(
            pair[0] < pair[1],
            "{list} is out of (created_at, id) order: {:?} comes before {:?}",
            pair[0],
            pair[1]
        );
    }
}
