//! The hash maps of the indexes, keyed so that crafted keys (emails, tokens,
//! slugs) cannot be chosen to collide.
//!
//! On native targets std's `RandomState` draws its keys from the operating
//! system. On wasm32-unknown-unknown std has no random source, so every
//! `RandomState` of every instance starts from the same keys (checked with
//! Rust 1.95 in Node: two instances hash `"x"` identically). There the maps
//! draw SipHash keys from the host's Web Crypto API through `getrandom`
//! instead.

/// A `HashMap` keyed against hash flooding on every target.
pub type HashMap<K, V> = std::collections::HashMap<K, V, KeyedState>;

/// A `HashSet` keyed against hash flooding on every target.
pub type HashSet<T> = std::collections::HashSet<T, KeyedState>;

#[cfg(not(target_arch = "wasm32"))]
pub type KeyedState = std::collections::hash_map::RandomState;

#[cfg(target_arch = "wasm32")]
pub use wasm::KeyedState;

#[cfg(target_arch = "wasm32")]
mod wasm {
    // `SipHasher` (SipHash-2-4) is deprecated in favour of `DefaultHasher`,
    // which cannot be given keys. Keys are the point here.
    #![allow(deprecated)]

    use std::hash::{BuildHasher, SipHasher};
    use std::sync::OnceLock;

    /// SipHash keys drawn on the map's first use, not at construction, so
    /// an adapter created at the top level of a Worker (where randomness
    /// is forbidden) still gets random keys once requests arrive.
    #[derive(Debug, Default)]
    pub struct KeyedState {
        keys: OnceLock<(u64, u64)>,
    }

    impl BuildHasher for KeyedState {
        type Hasher = SipHasher;

        fn build_hasher(&self) -> SipHasher {
            let (k0, k1) = *self.keys.get_or_init(draw_keys);
            SipHasher::new_with_keys(k0, k1)
        }
    }

    fn draw_keys() -> (u64, u64) {
        let mut bytes = [0u8; 16];
        // NOTE: with no random source at first use (a snapshot restored at
        // the top level of a Worker), the map keeps fixed keys for its life.
        if getrandom::fill(&mut bytes).is_err() {
            return (0x243f_6a88_85a3_08d3, 0x1319_8a2e_0370_7344);
        }
        let (k0, k1) = bytes.split_at(8);
        (
            u64::from_le_bytes(k0.try_into().unwrap_or_default()),
            u64::from_le_bytes(k1.try_into().unwrap_or_default()),
        )
    }
}
