//! Filters and pages for list operations.

use crate::error::AuthResult;
use crate::validate;

/// A window into an ordered list: skip `offset` rows, then return at most
/// `limit` (all remaining rows when `None`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Page {
    pub limit: Option<u32>,
    pub offset: u32,
}

impl Page {
    /// The first `limit` rows.
    pub fn first(limit: u32) -> Self {
        Page {
            limit: Some(limit),
            offset: 0,
        }
    }

    /// `limit` rows after skipping `offset`.
    pub fn new(limit: u32, offset: u32) -> Self {
        Page {
            limit: Some(limit),
            offset,
        }
    }

    /// Applies the window to an already ordered iterator.
    pub fn apply<T>(self, rows: impl Iterator<Item = T>) -> Vec<T> {
        let rows = rows.skip(self.offset as usize);
        match self.limit {
            Some(limit) => rows.take(limit as usize).collect(),
            None => rows.collect(),
        }
    }
}

/// Filters of [`DatabaseAdapter::list_users`](crate::DatabaseAdapter::list_users);
/// every filter that is set must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListUsers {
    /// Case-insensitive substring of the email. Wildcard characters such as
    /// `%` and `_` match themselves.
    pub email_contains: Option<String>,
    /// Case-insensitive substring of the name: both sides are compared after
    /// Rust's `str::to_lowercase` (ICU's root-locale lower case in
    /// PostgreSQL, which agrees with it, final sigma included).
    pub name_contains: Option<String>,
    /// Exact role.
    pub role: Option<String>,
    pub banned: Option<bool>,
    pub page: Page,
}

impl ListUsers {
    /// Lower-cases the substring filters and rejects text no backend can store.
    pub fn normalize(&mut self) -> AuthResult<()> {
        for (field, needle) in [
            ("email_contains", &mut self.email_contains),
            ("name_contains", &mut self.name_contains),
        ] {
            if let Some(value) = needle {
                validate::text(field, value)?;
                *value = value.to_lowercase();
            }
        }
        validate::opt_text("role", self.role.as_deref())
    }
}

/// One page of users and how many users match the filters in all.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPage<U> {
    pub users: Vec<U>,
    pub total: u64,
}
