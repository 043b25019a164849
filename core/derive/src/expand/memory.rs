//! The `Memory*` traits: `from_create`, and `apply_update`, `set_role` or
//! `set_status` where the trait has them.
//!
//! Custom field values come from the input's `extra` map: it is checked
//! against `custom_fields()` first, then each value is deserialized into its
//! field. Every value is read before the row changes, so an invalid value
//! leaves the row as it was.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;
use syn::Ident;

use super::{types, Target};
use crate::entity::{Change, OnCreate};
use crate::validate::{Custom, Model};

/// Names of the generated locals. They are mixed-site identifiers, so a
/// `default` expression cannot see them by accident.
struct Locals {
    input: Ident,
    id: Ident,
    now: Ident,
    extra: Ident,
}

impl Locals {
    fn new() -> Self {
        let local = |name: &str| Ident::new(name, Span::mixed_site());
        Locals {
            input: local("input"),
            id: local("id"),
            now: local("now"),
            extra: local("extra"),
        }
    }

    /// Returns the local that stores the value read for the `index`-th
    /// custom field.
    fn custom(index: usize) -> Ident {
        Ident::new(&format!("custom_{index}"), Span::mixed_site())
    }
}

pub fn expand(target: &Target, model: &Model) -> TokenStream {
    let header = target.impl_header(target.entity.memory_trait());
    let from_create = from_create(target, model);
    let change = match target.entity.change() {
        Change::Update(input) => apply_update(target, model, &input),
        Change::SetRole => setter(model, "set_role", "role", quote!(::std::string::String)),
        Change::SetStatus => setter(
            model,
            "set_status",
            "status",
            target.item("InvitationStatus"),
        ),
        Change::None => TokenStream::new(),
    };
    quote! {
        #header {
            #from_create
            #change
        }
    }
}

fn from_create(target: &Target, model: &Model) -> TokenStream {
    let Locals {
        input,
        id,
        now,
        extra,
    } = Locals::new();
    let create_input = target.item(&target.entity.create_input());
    let result = target.item("AuthResult");
    let timestamp = types::timestamp(target);

    let check = check_extra(target, model, quote!(#input.extra));
    let reads = model.custom.iter().enumerate().map(|(index, custom)| {
        let local = Locals::custom(index);
        let name = custom.field.name();
        let ty = custom.field.ty;
        let take_extra = target.item("take_extra");
        let default = default_value(target, custom);
        let normalize = normalize_timestamp(target, custom, &local, false);
        let mutability = mutability(custom);
        quote! {
            let #mutability #local: #ty = match #take_extra(&mut #extra, #name)? {
                ::core::option::Option::Some(value) => value,
                ::core::option::Option::None => #default,
            };
            #normalize
        }
    });

    let standard = model.standard.iter().map(|mapped| {
        let field = mapped.field.ident;
        let column = format_ident!("{}", mapped.column.name);
        let value = match mapped.column.on_create {
            OnCreate::Id => quote!(#id),
            OnCreate::Now => quote!(#now),
            OnCreate::Input => quote!(#input.#column),
            OnCreate::MetadataOrEmpty => {
                let empty = target.item("empty_metadata");
                quote!(#input.#column.unwrap_or_else(#empty))
            }
            OnCreate::True => quote!(true),
        };
        quote_spanned!(mapped.field.ty.span()=> #field: #value,)
    });
    let custom = model.custom.iter().enumerate().map(|(index, custom)| {
        let field = custom.field.ident;
        let local = Locals::custom(index);
        quote!(#field: #local,)
    });

    quote! {
        fn from_create(
            #input: #create_input,
            #id: ::std::string::String,
            #now: #timestamp,
        ) -> #result<Self> {
            #check
            #(#reads)*
            ::core::result::Result::Ok(Self {
                #(#standard)*
                #(#custom)*
            })
        }
    }
}

fn apply_update(target: &Target, model: &Model, input_type: &str) -> TokenStream {
    let Locals {
        input: update,
        now,
        extra,
        ..
    } = Locals::new();
    let update_input = target.item(input_type);
    let result = target.item("AuthResult");
    let apply = target.item("apply");
    let timestamp = types::timestamp(target);

    let check = check_extra(target, model, quote!(#update.extra));
    let reads = model.custom.iter().enumerate().map(|(index, custom)| {
        let local = Locals::custom(index);
        let name = custom.field.name();
        let ty = custom.field.ty;
        let take_extra = target.item("take_extra");
        let normalize = normalize_timestamp(target, custom, &local, true);
        let mutability = mutability(custom);
        quote! {
            let #mutability #local: ::core::option::Option<#ty> = #take_extra(&mut #extra, #name)?;
            #normalize
        }
    });

    let standard = model.standard.iter().filter_map(|mapped| {
        let field = mapped.field.ident;
        let column = format_ident!("{}", mapped.column.name);
        if mapped.column.updatable {
            Some(
                quote_spanned!(mapped.field.ty.span()=> #apply(&mut self.#field, #update.#column);),
            )
        } else if mapped.column.name == "updated_at" {
            Some(quote!(self.#field = #now;))
        } else {
            None
        }
    });
    let custom = model.custom.iter().enumerate().map(|(index, custom)| {
        let field = custom.field.ident;
        let local = Locals::custom(index);
        quote!(#apply(&mut self.#field, #local);)
    });

    quote! {
        fn apply_update(&mut self, #update: #update_input, #now: #timestamp) -> #result<()> {
            #check
            #(#reads)*
            #(#standard)*
            #(#custom)*
            ::core::result::Result::Ok(())
        }
    }
}

/// Generates `set_role` or `set_status`, which replace one standard column.
fn setter(model: &Model, method: &str, column: &str, ty: TokenStream) -> TokenStream {
    let method = format_ident!("{method}");
    let field = model
        .standard
        .iter()
        .find(|mapped| mapped.column.name == column)
        .map(|mapped| mapped.field.ident)
        .expect("validation maps every standard column");
    quote! {
        fn #method(&mut self, value: #ty) {
            self.#field = value;
        }
    }
}

/// Moves the input's `extra` map into a local and checks it against the
/// entity type's custom fields. Without custom fields, any entry is an
/// unknown field.
fn check_extra(target: &Target, model: &Model, source: TokenStream) -> TokenStream {
    let extra = Locals::new().extra;
    let check = target.item("check_extra_fields");
    let auth_trait = target.item(target.entity.auth_trait());
    let binding = if model.custom.is_empty() {
        quote!(let #extra = #source;)
    } else {
        quote!(let mut #extra = #source;)
    };
    quote! {
        #binding
        #check(&#extra, <Self as #auth_trait>::custom_fields())?;
    }
}

/// Truncates a `DateTime<Utc>` custom field to microseconds, as adapters do
/// for standard columns, so every adapter returns the same value.
/// `in_option` is `true` when the local wraps the field's type in `Option`.
fn normalize_timestamp(
    target: &Target,
    custom: &Custom,
    local: &Ident,
    in_option: bool,
) -> TokenStream {
    if !custom.utc_timestamp {
        return TokenStream::new();
    }
    let name = custom.field.name();
    let check = if custom.nullable {
        target.item("opt_timestamp")
    } else {
        target.item("timestamp")
    };
    if in_option {
        quote! {
            if let ::core::option::Option::Some(value) = &mut #local {
                #check(#name, value)?;
            }
        }
    } else {
        quote!(#check(#name, &mut #local)?;)
    }
}

/// Builds the value of a custom field that the create input's `extra` does
/// not set: its `default` expression, bound to the field's type so a mismatch
/// is reported on the expression, or `Default::default()`.
fn default_value(target: &Target, custom: &Custom) -> TokenStream {
    let ty = custom.field.ty;
    match &custom.field.attrs.default {
        Some(default) => {
            let value = Ident::new("value", Span::mixed_site());
            let expr = &default.expr;
            quote! {{
                let #value: #ty = #expr;
                #value
            }}
        }
        None => {
            let default = target.item("CustomFieldDefault");
            quote_spanned!(ty.span()=> <#ty as #default>::custom_field_default())
        }
    }
}

/// Returns `mut` for the locals that [`normalize_timestamp`] changes.
fn mutability(custom: &Custom) -> TokenStream {
    if custom.utc_timestamp {
        quote!(mut)
    } else {
        TokenStream::new()
    }
}
