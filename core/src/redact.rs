//! `Debug` output that hides secrets (tokens, password hashes, verification
//! values) while showing every other field.

use std::fmt;

/// Placeholder printed in place of a secret.
pub(crate) struct Redacted<'a, T: ?Sized>(pub(crate) &'a T);

impl fmt::Debug for Redacted<'_, String> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Debug for Redacted<'_, Option<String>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(_) => f.write_str("Some([redacted])"),
            None => f.write_str("None"),
        }
    }
}

impl fmt::Debug for Redacted<'_, Option<Option<String>>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(Some(_)) => f.write_str("Some(Some([redacted]))"),
            Some(None) => f.write_str("Some(None)"),
            None => f.write_str("None"),
        }
    }
}

/// Implements `Debug` for a struct, printing `secret` fields as `[redacted]`.
macro_rules! debug_with_secrets {
    ($ty:ident { $($field:ident),* $(,)? } secrets { $($secret:ident),* $(,)? }) => {
        impl ::std::fmt::Debug for $ty {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.debug_struct(stringify!($ty))
                    $(.field(stringify!($field), &self.$field))*
                    $(.field(stringify!($secret), &$crate::redact::Redacted(&self.$secret)))*
                    .finish()
            }
        }
    };
}

pub(crate) use debug_with_secrets;
