//! Code generation: one module per generated trait implementation, plus
//! the fallback emitted after a diagnostic.

mod fallback;
mod getters;
mod memory;
mod snapshot;
mod types;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use syn::{DeriveInput, Generics, Ident, Path};

use crate::entity::EntityKind;
use crate::errors::Errors;
use crate::{ast, krate, validate};

/// Family of the derive being expanded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Derive {
    /// `AuthUser` and the other getter traits.
    Getters,
    /// `MemoryUser` and the others, with `SnapshotRecord`.
    Memory,
}

/// The type an implementation is for, and where core's items are.
pub struct Target<'a> {
    pub entity: EntityKind,
    pub ident: &'a Ident,
    pub generics: &'a Generics,
    /// `<core path>::__private`.
    pub private: TokenStream,
}

impl Target<'_> {
    /// Returns the path of a trait or type re-exported by `__private`.
    pub fn item(&self, name: &str) -> TokenStream {
        let private = &self.private;
        let name = format_ident!("{name}");
        quote!(#private::#name)
    }

    /// Returns `EntityKind::<Variant>` of this entity.
    pub fn entity_kind(&self) -> TokenStream {
        let private = &self.private;
        let variant = format_ident!("{}", self.entity.variant());
        quote!(#private::EntityKind::#variant)
    }

    /// Returns `impl<...> Trait for Type<...> where ...` for this target.
    pub fn impl_header(&self, trait_name: &str) -> TokenStream {
        let trait_path = self.item(trait_name);
        let ident = self.ident;
        let (impl_generics, type_generics, where_clause) = self.generics.split_for_impl();
        quote! {
            #[automatically_derived]
            impl #impl_generics #trait_path for #ident #type_generics #where_clause
        }
    }
}

/// Runs the parse, validate and generate phases for one derive.
pub fn derive(input: &DeriveInput, entity: EntityKind, derive: Derive) -> TokenStream {
    let mut errors = Errors::default();
    let parsed = ast::parse(input, &mut errors);
    let core = match krate::core_path(parsed.attrs.krate.as_ref()) {
        Ok(path) => Some(path),
        Err(message) => {
            errors.error(proc_macro2::Span::call_site(), message);
            None
        }
    };

    if errors.is_empty() {
        let model = validate::validate(&parsed, entity, &mut errors);
        if let (true, Some(core)) = (errors.is_empty(), &core) {
            let target = target(input, entity, core);
            return match derive {
                Derive::Getters => getters::expand(&target, &model),
                Derive::Memory => {
                    let snapshot = snapshot::expand(&target, &model);
                    let memory = memory::expand(&target, &model);
                    quote!(#snapshot #memory)
                }
            };
        }
    }

    let diagnostics = errors.to_compile_errors();
    let fallback = core.map(|core| fallback::expand(&target(input, entity, &core), derive));
    quote!(#diagnostics #fallback)
}

fn target<'a>(input: &'a DeriveInput, entity: EntityKind, core: &Path) -> Target<'a> {
    Target {
        entity,
        ident: &input.ident,
        generics: &input.generics,
        private: quote!(#core::__private),
    }
}
