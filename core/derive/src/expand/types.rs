//! Tokens for the Rust types of standard columns.

use proc_macro2::TokenStream;
use quote::quote;

use super::Target;
use crate::entity::ColumnType;

/// The type a field holding a column of type `ty` must have.
pub fn field_type(target: &Target, ty: ColumnType) -> TokenStream {
    let private = &target.private;
    let text = quote!(::std::string::String);
    let timestamp = quote!(#private::chrono::DateTime<#private::chrono::Utc>);
    match ty {
        ColumnType::Text => text,
        ColumnType::OptionalText => quote!(::core::option::Option<#text>),
        ColumnType::Bool => quote!(::core::primitive::bool),
        ColumnType::Timestamp => timestamp,
        ColumnType::OptionalTimestamp => quote!(::core::option::Option<#timestamp>),
        ColumnType::Json => quote!(#private::serde_json::Value),
        ColumnType::InvitationStatus => quote!(#private::InvitationStatus),
    }
}

/// The return type of the getter of a column of type `ty`.
pub fn getter_type(target: &Target, ty: ColumnType) -> TokenStream {
    match ty {
        ColumnType::Text => quote!(&::core::primitive::str),
        ColumnType::OptionalText => quote!(::core::option::Option<&::core::primitive::str>),
        ColumnType::Json => {
            let value = field_type(target, ty);
            quote!(&#value)
        }
        ColumnType::Bool
        | ColumnType::Timestamp
        | ColumnType::OptionalTimestamp
        | ColumnType::InvitationStatus => field_type(target, ty),
    }
}

/// `DateTime<Utc>`, the type of `now` in the memory traits.
pub fn timestamp(target: &Target) -> TokenStream {
    field_type(target, ColumnType::Timestamp)
}
