//! Entity types that carry custom fields declared at run time: a built-in
//! entity plus a map of extra values.
//!
//! The `Auth*` getters forward to the built-in entity. The `Memory*`
//! constructors and updates check the extra values against the active
//! [`Schema`](crate::schema::Schema), then hand the rest of the input to the
//! built-in entity. Snapshot records hold the built-in columns and the
//! extra values side by side in one JSON object.

use std::fmt;

use better_auth_core::{
    Account, AuthAccount, AuthError, AuthInvitation, AuthMember, AuthOrganization, AuthResult,
    AuthSession, AuthUser, AuthVerification, CreateAccount, CreateInvitation, CreateMember,
    CreateOrganization, CreateSession, CreateUser, CreateVerification, CustomField, EntityKind,
    ExtraFields, Invitation, InvitationStatus, Member, MemoryAccount, MemoryInvitation,
    MemoryMember, MemoryOrganization, MemorySession, MemoryUser, MemoryVerification, Organization,
    Session, SnapshotRecord, UpdateAccount, UpdateOrganization, UpdateSession, UpdateUser, User,
    Verification,
};
use chrono::{DateTime, Utc};
use serde_json::Value;

use crate::columns;
use crate::schema::{self, EntitySchema, Schema};

/// A built-in entity with the values of its custom fields.
///
/// `extra` contains every declared custom field, `null` where the row has
/// no value.
#[derive(Clone, PartialEq)]
pub struct WithExtra<T> {
    pub base: T,
    pub extra: ExtraFields,
}

impl<T: fmt::Debug> fmt::Debug for WithExtra<T> {
    /// Prints the names of the custom fields, not their values, which may
    /// hold anything an application stores.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("WithExtra")
            .field("base", &self.base)
            .field("extra_fields", &self.extra.keys().collect::<Vec<_>>())
            .finish()
    }
}

/// Facts the generic code needs about each built-in entity.
pub trait BaseEntity: SnapshotRecord + Clone + fmt::Debug + Send + Sync + 'static {
    const KIND: EntityKind;
    /// Snapshot keys of the built-in columns; every other key of a snapshot
    /// record is a custom field.
    const COLUMNS: &'static [&'static str];

    /// Selects this entity type's part of a schema.
    fn schema(schema: &Schema) -> &EntitySchema;
}

macro_rules! base_entity {
    ($ty:ty, $kind:ident, $columns:ident, $part:ident) => {
        impl BaseEntity for $ty {
            const KIND: EntityKind = EntityKind::$kind;
            const COLUMNS: &'static [&'static str] = columns::$columns;

            fn schema(schema: &Schema) -> &EntitySchema {
                &schema.$part
            }
        }
    };
}

base_entity!(User, User, USER, user);
base_entity!(Session, Session, SESSION, session);
base_entity!(Account, Account, ACCOUNT, account);
base_entity!(Verification, Verification, VERIFICATION, verification);
base_entity!(Organization, Organization, ORGANIZATION, organization);
base_entity!(Member, Member, MEMBER, member);
base_entity!(Invitation, Invitation, INVITATION, invitation);

impl<T: BaseEntity> WithExtra<T> {
    /// Returns the custom fields of `T` in the active schema.
    fn active_fields() -> &'static [CustomField] {
        schema::with_active(|schema| T::schema(schema).fields())
    }

    /// Checks and completes the extra values of a new row.
    fn complete(extra: ExtraFields) -> AuthResult<ExtraFields> {
        schema::with_active(|schema| T::schema(schema).complete(extra))
    }

    /// Checks the extra values of an update; returns them normalized.
    fn checked_changes(mut extra: ExtraFields) -> AuthResult<ExtraFields> {
        schema::with_active(|schema| T::schema(schema).check(&mut extra))?;
        Ok(extra)
    }

    fn apply_changes(&mut self, changes: ExtraFields) {
        self.extra.extend(changes);
    }
}

impl<T: BaseEntity> SnapshotRecord for WithExtra<T> {
    fn to_snapshot(&self) -> AuthResult<Value> {
        let mut record = self.base.to_snapshot()?;
        let Value::Object(fields) = &mut record else {
            return Err(AuthError::internal(format!(
                "{} snapshot record is not a JSON object",
                T::KIND
            )));
        };
        for (name, value) in &self.extra {
            fields.insert(name.clone(), value.clone());
        }
        Ok(record)
    }

    fn from_snapshot(value: Value) -> AuthResult<Self> {
        let Value::Object(mut record) = value else {
            return Err(AuthError::invalid(
                format!("snapshot {}", T::KIND),
                "expected a JSON object",
            ));
        };
        let custom: Vec<String> = record
            .keys()
            .filter(|key| !T::COLUMNS.contains(&key.as_str()))
            .cloned()
            .collect();
        let mut extra = ExtraFields::new();
        for name in custom {
            if let Some(value) = record.remove(&name) {
                extra.insert(name, value);
            }
        }

        let base = T::from_snapshot(Value::Object(record))?;
        let extra = Self::complete(extra)?;
        Ok(WithExtra { base, extra })
    }
}

/// Forwards getters to the built-in entity.
macro_rules! forward {
    ($($name:ident -> $ret:ty;)*) => {
        $(
            fn $name(&self) -> $ret {
                self.base.$name()
            }
        )*
    };
}

impl AuthUser for WithExtra<User> {
    fn custom_fields() -> &'static [CustomField] {
        Self::active_fields()
    }

    forward! {
        id -> &str;
        email -> Option<&str>;
        name -> Option<&str>;
        email_verified -> bool;
        image -> Option<&str>;
        username -> Option<&str>;
        display_username -> Option<&str>;
        two_factor_enabled -> bool;
        role -> Option<&str>;
        banned -> bool;
        ban_reason -> Option<&str>;
        ban_expires -> Option<DateTime<Utc>>;
        metadata -> &Value;
        created_at -> DateTime<Utc>;
        updated_at -> DateTime<Utc>;
    }
}

impl MemoryUser for WithExtra<User> {
    fn from_create(mut input: CreateUser, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        let extra = Self::complete(std::mem::take(&mut input.extra))?;
        let base = User::from_create(input, id, now)?;
        Ok(WithExtra { base, extra })
    }

    fn apply_update(&mut self, mut update: UpdateUser, now: DateTime<Utc>) -> AuthResult<()> {
        let changes = Self::checked_changes(std::mem::take(&mut update.extra))?;
        self.base.apply_update(update, now)?;
        self.apply_changes(changes);
        Ok(())
    }
}

impl AuthSession for WithExtra<Session> {
    fn custom_fields() -> &'static [CustomField] {
        Self::active_fields()
    }

    forward! {
        id -> &str;
        expires_at -> DateTime<Utc>;
        token -> &str;
        ip_address -> Option<&str>;
        user_agent -> Option<&str>;
        user_id -> &str;
        impersonated_by -> Option<&str>;
        active_organization_id -> Option<&str>;
        active -> bool;
        created_at -> DateTime<Utc>;
        updated_at -> DateTime<Utc>;
    }
}

impl MemorySession for WithExtra<Session> {
    fn from_create(mut input: CreateSession, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        let extra = Self::complete(std::mem::take(&mut input.extra))?;
        let base = Session::from_create(input, id, now)?;
        Ok(WithExtra { base, extra })
    }

    fn apply_update(&mut self, mut update: UpdateSession, now: DateTime<Utc>) -> AuthResult<()> {
        let changes = Self::checked_changes(std::mem::take(&mut update.extra))?;
        self.base.apply_update(update, now)?;
        self.apply_changes(changes);
        Ok(())
    }
}

impl AuthAccount for WithExtra<Account> {
    fn custom_fields() -> &'static [CustomField] {
        Self::active_fields()
    }

    forward! {
        id -> &str;
        account_id -> &str;
        provider_id -> &str;
        user_id -> &str;
        access_token -> Option<&str>;
        refresh_token -> Option<&str>;
        id_token -> Option<&str>;
        access_token_expires_at -> Option<DateTime<Utc>>;
        refresh_token_expires_at -> Option<DateTime<Utc>>;
        scope -> Option<&str>;
        password -> Option<&str>;
        created_at -> DateTime<Utc>;
        updated_at -> DateTime<Utc>;
    }
}

impl MemoryAccount for WithExtra<Account> {
    fn from_create(mut input: CreateAccount, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        let extra = Self::complete(std::mem::take(&mut input.extra))?;
        let base = Account::from_create(input, id, now)?;
        Ok(WithExtra { base, extra })
    }

    fn apply_update(&mut self, mut update: UpdateAccount, now: DateTime<Utc>) -> AuthResult<()> {
        let changes = Self::checked_changes(std::mem::take(&mut update.extra))?;
        self.base.apply_update(update, now)?;
        self.apply_changes(changes);
        Ok(())
    }
}

impl AuthVerification for WithExtra<Verification> {
    fn custom_fields() -> &'static [CustomField] {
        Self::active_fields()
    }

    forward! {
        id -> &str;
        identifier -> &str;
        value -> &str;
        expires_at -> DateTime<Utc>;
        created_at -> DateTime<Utc>;
        updated_at -> DateTime<Utc>;
    }
}

impl MemoryVerification for WithExtra<Verification> {
    fn from_create(
        mut input: CreateVerification,
        id: String,
        now: DateTime<Utc>,
    ) -> AuthResult<Self> {
        let extra = Self::complete(std::mem::take(&mut input.extra))?;
        let base = Verification::from_create(input, id, now)?;
        Ok(WithExtra { base, extra })
    }
}

impl AuthOrganization for WithExtra<Organization> {
    fn custom_fields() -> &'static [CustomField] {
        Self::active_fields()
    }

    forward! {
        id -> &str;
        name -> &str;
        slug -> &str;
        logo -> Option<&str>;
        metadata -> &Value;
        created_at -> DateTime<Utc>;
        updated_at -> DateTime<Utc>;
    }
}

impl MemoryOrganization for WithExtra<Organization> {
    fn from_create(
        mut input: CreateOrganization,
        id: String,
        now: DateTime<Utc>,
    ) -> AuthResult<Self> {
        let extra = Self::complete(std::mem::take(&mut input.extra))?;
        let base = Organization::from_create(input, id, now)?;
        Ok(WithExtra { base, extra })
    }

    fn apply_update(
        &mut self,
        mut update: UpdateOrganization,
        now: DateTime<Utc>,
    ) -> AuthResult<()> {
        let changes = Self::checked_changes(std::mem::take(&mut update.extra))?;
        self.base.apply_update(update, now)?;
        self.apply_changes(changes);
        Ok(())
    }
}

impl AuthMember for WithExtra<Member> {
    fn custom_fields() -> &'static [CustomField] {
        Self::active_fields()
    }

    forward! {
        id -> &str;
        organization_id -> &str;
        user_id -> &str;
        role -> &str;
        created_at -> DateTime<Utc>;
    }
}

impl MemoryMember for WithExtra<Member> {
    fn from_create(mut input: CreateMember, id: String, now: DateTime<Utc>) -> AuthResult<Self> {
        let extra = Self::complete(std::mem::take(&mut input.extra))?;
        let base = Member::from_create(input, id, now)?;
        Ok(WithExtra { base, extra })
    }

    fn set_role(&mut self, role: String) {
        self.base.set_role(role);
    }
}

impl AuthInvitation for WithExtra<Invitation> {
    fn custom_fields() -> &'static [CustomField] {
        Self::active_fields()
    }

    forward! {
        id -> &str;
        organization_id -> &str;
        email -> &str;
        role -> &str;
        status -> InvitationStatus;
        inviter_id -> &str;
        expires_at -> DateTime<Utc>;
        created_at -> DateTime<Utc>;
    }
}

impl MemoryInvitation for WithExtra<Invitation> {
    fn from_create(
        mut input: CreateInvitation,
        id: String,
        now: DateTime<Utc>,
    ) -> AuthResult<Self> {
        let extra = Self::complete(std::mem::take(&mut input.extra))?;
        let base = Invitation::from_create(input, id, now)?;
        Ok(WithExtra { base, extra })
    }

    fn set_status(&mut self, status: InvitationStatus) {
        self.base.set_status(status);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_columns<T: BaseEntity>(row: T) {
        let record = row.to_snapshot().unwrap();
        let mut keys: Vec<&str> = record
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut columns = T::COLUMNS.to_vec();
        keys.sort_unstable();
        columns.sort_unstable();
        assert_eq!(keys, columns, "columns of {}", T::KIND);
    }

    /// Catches a column added to a built-in entity but not to `columns.rs`.
    #[test]
    fn columns_match_snapshot_keys() {
        let now = Utc::now();
        let id = || "id-1".to_owned();
        check_columns(User::from_create(CreateUser::default(), id(), now).unwrap());
        let session = CreateSession::new("u", now);
        check_columns(Session::from_create(session, id(), now).unwrap());
        let account = CreateAccount::oauth("github", "1", "u");
        check_columns(Account::from_create(account, id(), now).unwrap());
        let verification = CreateVerification::new("i", "v", now);
        check_columns(Verification::from_create(verification, id(), now).unwrap());
        let organization = CreateOrganization::new("Acme", "acme");
        check_columns(Organization::from_create(organization, id(), now).unwrap());
        let member = CreateMember::new("o", "u", "owner");
        check_columns(Member::from_create(member, id(), now).unwrap());
        let invitation = CreateInvitation::new("o", "a@example.com", "u", now);
        check_columns(Invitation::from_create(invitation, id(), now).unwrap());
    }
}
