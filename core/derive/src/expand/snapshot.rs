//! `SnapshotRecord`: every field, secrets included, written and read one by
//! one with serde_json.
//!
//! Standard fields are keyed by their column name (`name` for a
//! `display_name` field mapped with `#[auth(field = "name")]`), custom
//! fields by their own name, which is also their column name.

use proc_macro2::TokenStream;
use quote::quote;
use syn::Ident;

use super::Target;
use crate::validate::Model;

pub fn expand(target: &Target, model: &Model) -> TokenStream {
    let header = target.impl_header("SnapshotRecord");
    let private = &target.private;
    let entity = target.entity_kind();
    let result = target.item("AuthResult");
    let fields = keyed_fields(model);

    let writes = fields.iter().map(|(key, field)| {
        quote! {
            fields.insert(
                ::std::string::String::from(#key),
                #private::snapshot_value(#entity, #key, &self.#field)?,
            );
        }
    });
    let reads = fields.iter().map(
        |(key, field)| quote!(#field: #private::take_snapshot_field(#entity, &mut fields, #key)?,),
    );

    quote! {
        #header {
            fn to_snapshot(&self) -> #result<#private::serde_json::Value> {
                let mut fields = #private::serde_json::Map::new();
                #(#writes)*
                ::core::result::Result::Ok(#private::serde_json::Value::Object(fields))
            }

            fn from_snapshot(record: #private::serde_json::Value) -> #result<Self> {
                let mut fields = #private::snapshot_fields(#entity, record)?;
                let row = Self {
                    #(#reads)*
                };
                #private::reject_unknown_snapshot_fields(#entity, fields)?;
                ::core::result::Result::Ok(row)
            }
        }
    }
}

/// Lists every field with its snapshot key, standard columns first.
fn keyed_fields<'a>(model: &'a Model) -> Vec<(String, &'a Ident)> {
    let standard = model
        .standard
        .iter()
        .map(|mapped| (mapped.column.name.to_owned(), mapped.field.ident));
    let custom = model
        .custom
        .iter()
        .map(|custom| (custom.field.name(), custom.field.ident));
    standard.chain(custom).collect()
}
