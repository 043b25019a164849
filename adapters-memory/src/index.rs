//! Secondary indexes of the in-memory state.

use std::borrow::Borrow;
use std::collections::BTreeSet;
use std::hash::Hash;

use chrono::{DateTime, Utc};

use crate::hashing::HashMap;

/// Position of a row in every list: `created_at`, then `id`.
pub type OrderKey = (DateTime<Utc>, String);

/// Rows grouped by a key (a user, an organization, an identifier), each
/// group kept in list order.
#[derive(Debug)]
pub struct Grouped<K> {
    groups: HashMap<K, BTreeSet<OrderKey>>,
}

impl<K> Default for Grouped<K> {
    fn default() -> Self {
        Grouped {
            groups: HashMap::default(),
        }
    }
}

impl<K: Hash + Eq> Grouped<K> {
    pub fn insert(&mut self, key: K, row: OrderKey) {
        self.groups.entry(key).or_default().insert(row);
    }

    /// Removes one row, dropping its group once empty.
    pub fn remove<Q>(&mut self, key: &Q, row: &OrderKey)
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        if let Some(group) = self.groups.get_mut(key) {
            group.remove(row);
            if group.is_empty() {
                self.groups.remove(key);
            }
        }
    }

    /// Returns the rows of a group in list order.
    pub fn get<Q>(&self, key: &Q) -> impl DoubleEndedIterator<Item = &OrderKey>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.groups.get(key).into_iter().flatten()
    }

    /// Returns the ids of a group in list order, owned, so the caller may
    /// mutate the index while walking them.
    pub fn ids<Q>(&self, key: &Q) -> Vec<String>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.get(key).map(|(_, id)| id.clone()).collect()
    }

    pub fn len<Q>(&self, key: &Q) -> usize
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        self.groups.get(key).map_or(0, BTreeSet::len)
    }
}
