//! Collects every diagnostic of one derive so they are reported together.

use std::fmt::Display;

use proc_macro2::{Span, TokenStream};

/// The diagnostics found so far.
#[derive(Default)]
pub struct Errors {
    combined: Option<syn::Error>,
}

impl Errors {
    /// Adds a diagnostic.
    pub fn push(&mut self, error: syn::Error) {
        match &mut self.combined {
            Some(combined) => combined.combine(error),
            None => self.combined = Some(error),
        }
    }

    /// Adds a diagnostic with `message` at `span`.
    pub fn error(&mut self, span: Span, message: impl Display) {
        self.push(syn::Error::new(span, message));
    }

    pub fn is_empty(&self) -> bool {
        self.combined.is_none()
    }

    /// Returns one `compile_error!` invocation per diagnostic.
    pub fn to_compile_errors(&self) -> TokenStream {
        self.combined
            .as_ref()
            .map(syn::Error::to_compile_error)
            .unwrap_or_default()
    }
}
