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
    /// Selects the first `limit` rows.
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
    /// Case-insensitive substring of the name, both sides folded by
    /// [`fold_case`].
    pub name_contains: Option<String>,
    /// Exact role.
    pub role: Option<String>,
    pub banned: Option<bool>,
    pub page: Page,
}

impl ListUsers {
    /// Folds the substring filters' case and rejects text no backend can store.
    pub fn normalize(&mut self) -> AuthResult<()> {
        if let Some(needle) = &mut self.email_contains {
            validate::text("email_contains", needle)?;
            *needle = needle.to_lowercase();
        }
        if let Some(needle) = &mut self.name_contains {
            validate::text("name_contains", needle)?;
            *needle = fold_case(needle);
        }
        validate::opt_text("role", self.role.as_deref())
    }
}

/// Folds text for case-insensitive name search: Rust's `str::to_lowercase`,
/// then every final sigma `ς` to `σ`, because `to_lowercase` picks the final
/// form by position and a search needle often ends mid-word.
///
/// PostgreSQL gives the same result with
/// `translate(lower(name COLLATE "und-x-icu"), 'ς', 'σ')`: ICU's root-locale
/// lower case agrees with `to_lowercase`, unlike `lower()` under the "C"
/// locale, which folds ASCII only.
pub fn fold_case(text: &str) -> String {
    text.to_lowercase().replace('ς', "σ")
}

/// One page of users and how many users match the filters in all.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPage<U> {
    pub users: Vec<U>,
    pub total: u64,
}
