//! The one place that turns sqlx errors into [`AuthError`]s.
//!
//! Database errors are classified by SQLSTATE through [`SQLSTATES`]; unique
//! and foreign key violations name their field through the constraint
//! tables below. Messages never contain bound values (emails, tokens).

use std::borrow::Cow;

use better_auth_core::{AuthError, EntityKind};
use sqlx::error::DatabaseError;
use sqlx::migrate::MigrateError;

/// The meaning of a SQLSTATE for the caller.
#[derive(Debug, Clone, Copy)]
enum Outcome {
    /// A unique key is taken: a conflict naming the key's field.
    UniqueViolation,
    /// A reference names a missing row: invalid input naming the field.
    ForeignKeyViolation,
    /// The column rejects the value: invalid input with this reason.
    InvalidValue(&'static str),
    /// The server is unreachable, overloaded or refusing; retrying may work.
    Unavailable(&'static str),
    /// The schema does not match the adapter: an internal error with a hint.
    SchemaMismatch(&'static str),
}

/// SQLSTATE codes, or code classes as prefixes, with their outcome; the
/// first entry that prefixes the code wins. Codes not listed are internal
/// errors. The codes are from Appendix A of the PostgreSQL 15 manual.
#[rustfmt::skip]
const SQLSTATES: &[(&str, Outcome)] = &[
    ("23505", Outcome::UniqueViolation),
    ("23503", Outcome::ForeignKeyViolation),
    ("23502", Outcome::InvalidValue("must not be null")),
    ("23514", Outcome::InvalidValue("violates a check constraint")),
    ("22001", Outcome::InvalidValue("is too long for its column")),
    ("22003", Outcome::InvalidValue("is out of range for its column")),
    ("22007", Outcome::InvalidValue("is not a valid date or time")),
    ("22008", Outcome::InvalidValue("is out of range for its date or time column")),
    ("22021", Outcome::InvalidValue("contains bytes the database encoding rejects, such as NUL")),
    ("22P02", Outcome::InvalidValue("is not valid for its column type")),
    ("22P05", Outcome::InvalidValue("contains a character the database encoding cannot store")),
    ("54000", Outcome::InvalidValue("is too large to be stored or indexed")),
    ("40001", Outcome::Unavailable("a serialization failure aborted the transaction; retry it")),
    ("40P01", Outcome::Unavailable("a deadlock aborted the transaction; retry it")),
    ("55P03", Outcome::Unavailable("a lock was not available")),
    ("57014", Outcome::Unavailable("the statement was canceled, for example by statement_timeout")),
    ("57P",   Outcome::Unavailable("the server is shutting down or restarting")),
    ("53",    Outcome::Unavailable("the server is out of resources or connections")),
    ("08",    Outcome::Unavailable("the connection to the server failed")),
    ("28",    Outcome::Unavailable("the server rejected the credentials")),
    ("3D000", Outcome::Unavailable("the database does not exist")),
    ("42P01", Outcome::SchemaMismatch("a table is missing: run SqlxAdapter::migrate")),
    ("42703", Outcome::SchemaMismatch("a column is missing: the schema does not match the entity type")),
];

/// Unique constraints of the schema: (constraint, entity, field reported).
/// The names are the ones PostgreSQL gives the constraints of the migrations.
#[rustfmt::skip]
const UNIQUE_KEYS: &[(&str, EntityKind, &str)] = &[
    ("users_pkey",                          EntityKind::User,         "id"),
    ("users_email_key",                     EntityKind::User,         "email"),
    ("users_username_key",                  EntityKind::User,         "username"),
    ("sessions_pkey",                       EntityKind::Session,      "id"),
    ("sessions_token_key",                  EntityKind::Session,      "token"),
    ("accounts_pkey",                       EntityKind::Account,      "id"),
    ("accounts_provider_id_account_id_key", EntityKind::Account,      "account_id"),
    ("verifications_pkey",                  EntityKind::Verification, "id"),
    ("organization_pkey",                   EntityKind::Organization, "id"),
    ("organization_slug_key",               EntityKind::Organization, "slug"),
    ("member_pkey",                         EntityKind::Member,       "id"),
    ("member_organization_id_user_id_key",  EntityKind::Member,       "user_id"),
    ("invitation_pkey",                     EntityKind::Invitation,   "id"),
];

/// Foreign keys of the schema: (constraint, field, referenced entity).
#[rustfmt::skip]
const REFERENCES: &[(&str, &str, EntityKind)] = &[
    ("sessions_user_id_fkey",           "user_id",         EntityKind::User),
    ("accounts_user_id_fkey",           "user_id",         EntityKind::User),
    ("member_organization_id_fkey",     "organization_id", EntityKind::Organization),
    ("member_user_id_fkey",             "user_id",         EntityKind::User),
    ("invitation_organization_id_fkey", "organization_id", EntityKind::Organization),
    ("invitation_inviter_id_fkey",      "inviter_id",      EntityKind::User),
];

/// Tables of the schema and the entity each stores.
const TABLES: &[(&str, EntityKind)] = &[
    ("users", EntityKind::User),
    ("sessions", EntityKind::Session),
    ("accounts", EntityKind::Account),
    ("verifications", EntityKind::Verification),
    ("organization", EntityKind::Organization),
    ("member", EntityKind::Member),
    ("invitation", EntityKind::Invitation),
];

/// Converts an error of a statement that binds no reference.
pub(crate) fn map(err: sqlx::Error) -> AuthError {
    map_with_references(err, &[])
}

/// Converts an error of a write. `references` contains the (field, value)
/// pairs it bound, so a foreign key violation can name the missing id.
pub(crate) fn map_with_references(err: sqlx::Error, references: &[(&str, &str)]) -> AuthError {
    let classified = match &err {
        sqlx::Error::Database(db) => classify_database(db.as_ref(), references),
        sqlx::Error::PoolTimedOut => {
            Classified::Unavailable("timed out waiting for a database connection".to_owned())
        }
        sqlx::Error::PoolClosed => {
            Classified::Unavailable("the connection pool is closed".to_owned())
        }
        sqlx::Error::Io(_) | sqlx::Error::WorkerCrashed => {
            Classified::Unavailable("the connection to the server failed".to_owned())
        }
        sqlx::Error::Tls(_) => Classified::Unavailable("TLS with the server failed".to_owned()),
        sqlx::Error::ColumnDecode { index, .. } => Classified::Internal(format!(
            "cannot read column {index} into the entity type: make the field an Option \
             or give the column a NOT NULL constraint with a default"
        )),
        _ => Classified::Internal("unexpected database error".to_owned()),
    };

    match classified {
        Classified::Caller(auth_error) => auth_error,
        Classified::Unavailable(message) => {
            tracing::warn!(error = %err, "database unavailable: {message}");
            AuthError::unavailable(message, err)
        }
        Classified::Internal(message) => {
            tracing::error!(error = %err, "database error: {message}");
            AuthError::Internal {
                message,
                source: Some(Box::new(err)),
            }
        }
    }
}

/// Converts an error of [`MIGRATOR`](crate::MIGRATOR).
pub(crate) fn map_migrate(err: MigrateError) -> AuthError {
    match err {
        MigrateError::Execute(inner) | MigrateError::ExecuteMigration(inner, _)
            if is_unavailable(&inner) =>
        {
            map(inner)
        }
        other => {
            tracing::error!(error = %other, "applying the better-auth migrations failed");
            AuthError::Internal {
                message: format!("applying the better-auth migrations failed: {other}"),
                source: Some(Box::new(other)),
            }
        }
    }
}

fn is_unavailable(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Database(db) => matches!(
            outcome(db.code().as_deref().unwrap_or_default()),
            Some(Outcome::Unavailable(_))
        ),
        sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::WorkerCrashed => true,
        _ => false,
    }
}

/// An error sorted by who can act on it.
enum Classified {
    /// The caller's input: a conflict or invalid input, logged by no one.
    Caller(AuthError),
    /// The server or network; retrying may work.
    Unavailable(String),
    /// A bug or a schema that does not match the adapter.
    Internal(String),
}

fn outcome(code: &str) -> Option<Outcome> {
    SQLSTATES
        .iter()
        .find(|(prefix, _)| code.starts_with(prefix))
        .map(|(_, outcome)| *outcome)
}

fn classify_database(db: &dyn DatabaseError, references: &[(&str, &str)]) -> Classified {
    let code = db.code().unwrap_or_default().into_owned();
    let Some(outcome) = outcome(&code) else {
        return Classified::Internal(format!("unexpected database error {code}"));
    };
    match outcome {
        Outcome::UniqueViolation => Classified::Caller(unique_violation(db)),
        Outcome::ForeignKeyViolation => Classified::Caller(foreign_key_violation(db, references)),
        Outcome::InvalidValue(reason) => Classified::Caller(invalid_value(db, reason)),
        Outcome::Unavailable(message) => Classified::Unavailable(format!("{message} ({code})")),
        Outcome::SchemaMismatch(hint) => {
            Classified::Internal(format!("{hint} ({code}: {})", db.message()))
        }
    }
}

fn unique_violation(db: &dyn DatabaseError) -> AuthError {
    let constraint = db.constraint().unwrap_or_default();
    if let Some((_, entity, field)) = UNIQUE_KEYS.iter().find(|(name, ..)| *name == constraint) {
        return AuthError::already_taken(*entity, *field);
    }

    // A unique constraint an application added, for example on a custom
    // column: report the column part of PostgreSQL's default name.
    let table = db.table().unwrap_or_default();
    let entity = TABLES
        .iter()
        .find(|(name, _)| *name == table)
        .map_or(EntityKind::User, |(_, entity)| *entity);
    let field = strip_default_name(constraint, table, "_key");
    AuthError::already_taken(entity, Cow::Owned(field))
}

fn foreign_key_violation(db: &dyn DatabaseError, references: &[(&str, &str)]) -> AuthError {
    let constraint = db.constraint().unwrap_or_default();
    let Some((_, field, target)) = REFERENCES.iter().find(|(name, ..)| *name == constraint) else {
        let table = db.table().unwrap_or_default();
        let field = strip_default_name(constraint, table, "_fkey");
        return AuthError::invalid(Cow::Owned(field), "names a row that does not exist");
    };

    let value = references
        .iter()
        .find(|(name, _)| name == field)
        .map(|(_, value)| *value);
    let reason = match value {
        Some(value) => format!("no {target} has id {value:?}"),
        None => format!("names a {target} that does not exist"),
    };
    AuthError::invalid(*field, reason)
}

fn invalid_value(db: &dyn DatabaseError, reason: &str) -> AuthError {
    let field = db
        .try_downcast_ref::<sqlx::postgres::PgDatabaseError>()
        .and_then(|pg| pg.column())
        .or(db.constraint())
        // NOTE: PostgreSQL names no column for some errors, such as a
        // custom integer value out of range of its INTEGER column.
        .unwrap_or("input");
    AuthError::invalid(Cow::Owned(field.to_owned()), reason)
}

/// Turns `users_plan_key` into `plan` for the table `users`; other names
/// are returned whole.
fn strip_default_name(constraint: &str, table: &str, suffix: &str) -> String {
    constraint
        .strip_prefix(table)
        .and_then(|rest| rest.strip_prefix('_'))
        .and_then(|rest| rest.strip_suffix(suffix))
        .filter(|rest| !rest.is_empty())
        .unwrap_or(constraint)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn specific_codes_win_over_classes() {
        assert!(matches!(outcome("23505"), Some(Outcome::UniqueViolation)));
        assert!(matches!(outcome("08006"), Some(Outcome::Unavailable(_))));
        assert!(matches!(outcome("57P01"), Some(Outcome::Unavailable(_))));
        assert!(outcome("42601").is_none());
    }

    #[test]
    fn every_unique_key_names_a_known_table() {
        for (constraint, entity, _) in UNIQUE_KEYS {
            let table = TABLES.iter().find(|(_, e)| e == entity).unwrap().0;
            assert!(
                constraint.starts_with(table),
                "{constraint} is not on {table}"
            );
        }
    }

    #[test]
    fn default_constraint_names_are_stripped() {
        assert_eq!(
            strip_default_name("users_plan_key", "users", "_key"),
            "plan"
        );
        assert_eq!(
            strip_default_name("custom_name", "users", "_key"),
            "custom_name"
        );
        assert_eq!(
            strip_default_name("member_team_id_fkey", "member", "_fkey"),
            "team_id"
        );
    }

    #[test]
    fn pool_timeout_is_unavailable() {
        assert!(map(sqlx::Error::PoolTimedOut).is_unavailable());
    }

    #[test]
    fn decode_failure_is_internal() {
        let err = map(sqlx::Error::ColumnNotFound("plan".to_owned()));
        assert!(matches!(err, AuthError::Internal { .. }));
    }
}
