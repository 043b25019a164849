//! The path through which generated code reaches better-auth-core.
//!
//! Generated code names items as `<path>::__private::...`. The first of
//! these applies:
//!
//! 1. the struct's `#[auth(crate = "...")]`,
//! 2. `::better_auth` when the crate being compiled depends on the
//!    `better-auth` facade, which re-exports all of core,
//! 3. `::better_auth_core` when it depends on `better-auth-core`.
//!
//! Renamed dependencies are followed.

use proc_macro2::Span;
use proc_macro_crate::{crate_name, FoundCrate};
use syn::{Ident, Path};

const FACADE: (&str, &str) = ("better-auth", "better_auth");
const CORE: (&str, &str) = ("better-auth-core", "better_auth_core");

/// Resolves the path of core. Returns the diagnostic as `Err` when the
/// crate being compiled depends on neither crate.
pub fn core_path(explicit: Option<&Path>) -> Result<Path, String> {
    if let Some(path) = explicit {
        return Ok(path.clone());
    }
    let found = [FACADE, CORE]
        .into_iter()
        .find_map(|(package, lib)| crate_name(package).ok().map(|found| (found, lib)));
    match found {
        Some((found, lib)) => Ok(path_of(found, lib)),
        None => Err(
            "cannot find `better-auth` or `better-auth-core` in the dependencies of this crate; \
             add one of them, or name the path that re-exports better-auth-core with \
             #[auth(crate = \"...\")] on the struct"
                .to_owned(),
        ),
    }
}

/// Turns a dependency found in Cargo.toml into an absolute path.
///
/// `Itself` means the package being compiled is better-auth itself: its
/// examples and tests link the library under its own name, so the absolute
/// path works there as well.
fn path_of(found: FoundCrate, lib: &str) -> Path {
    let name = match found {
        FoundCrate::Itself => lib.to_owned(),
        FoundCrate::Name(name) => name,
    };
    let ident = Ident::new(&name, Span::call_site());
    syn::parse_quote!(::#ident)
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::ToTokens;

    #[test]
    fn explicit_path_wins() {
        let explicit: Path = syn::parse_quote!(my_app::auth);
        let path = core_path(Some(&explicit)).unwrap();
        assert_eq!(path.to_token_stream().to_string(), "my_app :: auth");
    }

    #[test]
    fn renamed_dependency_is_followed() {
        let path = path_of(FoundCrate::Name("auth".to_owned()), CORE.1);
        assert_eq!(path.to_token_stream().to_string(), ":: auth");
    }

    #[test]
    fn itself_uses_the_library_name() {
        let path = path_of(FoundCrate::Itself, FACADE.1);
        assert_eq!(path.to_token_stream().to_string(), ":: better_auth");
    }

    #[test]
    fn facade_is_found_in_this_manifest() {
        // This crate's dev-dependencies list both, and the facade comes first.
        let path = core_path(None).unwrap();
        assert_eq!(path.to_token_stream().to_string(), ":: better_auth");
    }
}
