//! Filters and pages for list operations.

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
    /// Case-insensitive substring of the email.
    pub email_contains: Option<String>,
    /// Case-insensitive substring of the name.
    pub name_contains: Option<String>,
    /// Exact role.
    pub role: Option<String>,
    pub banned: Option<bool>,
    pub page: Page,
}

/// One page of users and how many users match the filters in all.
#[derive(Debug, Clone, PartialEq)]
pub struct UserPage<U> {
    pub users: Vec<U>,
    pub total: u64,
}
