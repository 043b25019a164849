//! The `Auth*` getter traits: one getter per standard column and the list
//! of custom fields.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::spanned::Spanned;

use super::{types, Target};
use crate::entity::ColumnType;
use crate::validate::{Custom, Mapped, Model};

pub fn expand(target: &Target, model: &Model) -> TokenStream {
    let header = target.impl_header(target.entity.auth_trait());
    let custom_field = target.item("CustomField");
    let custom_fields = model.custom.iter().map(|custom| describe(target, custom));
    let getters = model.standard.iter().map(|mapped| getter(target, mapped));
    quote! {
        #header {
            fn custom_fields() -> &'static [#custom_field] {
                const CUSTOM_FIELDS: &[#custom_field] = &[#(#custom_fields),*];
                CUSTOM_FIELDS
            }

            #(#getters)*
        }
    }
}

/// Builds the `CustomField` literal of a custom field.
fn describe(target: &Target, custom: &Custom) -> TokenStream {
    let private = &target.private;
    let name = custom.field.name();
    let field_type = format_ident!("{}", custom.field_type.variant());
    let nullable = custom.nullable;
    quote! {
        #private::CustomField {
            name: #name,
            ty: #private::FieldType::#field_type,
            nullable: #nullable,
        }
    }
}

/// Generates the getter of one standard column.
///
/// The field is first bound with the column's exact type, spanned on the
/// field's type, so a type the macro could not read (an alias of another
/// type) fails to compile there with the expected type in the message.
fn getter(target: &Target, mapped: &Mapped) -> TokenStream {
    let name = format_ident!("{}", mapped.column.name);
    let field = mapped.field.ident;
    let expected = types::field_type(target, mapped.column.ty);
    let returns = types::getter_type(target, mapped.column.ty);
    let bind = quote_spanned! {mapped.field.ty.span()=>
        let value: &#expected = &self.#field;
    };
    let read = match mapped.column.ty {
        ColumnType::Text => quote!(value.as_str()),
        ColumnType::OptionalText => quote!(value.as_deref()),
        ColumnType::Json => quote!(value),
        ColumnType::Bool
        | ColumnType::Timestamp
        | ColumnType::OptionalTimestamp
        | ColumnType::InvitationStatus => quote!(*value),
    };
    quote! {
        fn #name(&self) -> #returns {
            #bind
            #read
        }
    }
}
