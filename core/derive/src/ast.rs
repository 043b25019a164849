//! The derive input as the later phases see it: a struct with named fields
//! and its parsed `#[auth(...)]` attributes.

use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, Type};

use crate::attr::{self, FieldAttrs, StructAttrs};
use crate::errors::Errors;

/// A struct with named fields.
pub struct Input<'a> {
    pub ident: &'a Ident,
    pub attrs: StructAttrs,
    pub fields: Vec<Field<'a>>,
}

/// One named field.
pub struct Field<'a> {
    pub ident: &'a Ident,
    pub ty: &'a Type,
    pub attrs: FieldAttrs,
}

impl Field<'_> {
    /// Returns the field's name without a raw-identifier prefix.
    pub fn name(&self) -> String {
        let name = self.ident.to_string();
        name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
    }
}

/// Parses the struct and its attributes. Problems are added to `errors`,
/// and the returned input then contains what could be read, so that the struct's
/// attributes (such as `crate`) still serve the fallback code.
pub fn parse<'a>(input: &'a DeriveInput, errors: &mut Errors) -> Input<'a> {
    let attrs = attr::parse_struct_attrs(&input.attrs, errors);
    let named = match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(named) => Some(named),
            Fields::Unnamed(fields) => {
                errors.error(fields.span(), NAMED_FIELDS_ONLY);
                None
            }
            Fields::Unit => {
                errors.error(input.ident.span(), NAMED_FIELDS_ONLY);
                None
            }
        },
        Data::Enum(data) => {
            errors.error(data.enum_token.span, NAMED_FIELDS_ONLY);
            None
        }
        Data::Union(data) => {
            errors.error(data.union_token.span, NAMED_FIELDS_ONLY);
            None
        }
    };

    let fields = named
        .into_iter()
        .flat_map(|named| &named.named)
        .map(|field| Field {
            ident: field.ident.as_ref().expect("named fields have identifiers"),
            ty: &field.ty,
            attrs: attr::parse_field_attrs(&field.attrs, errors),
        })
        .collect();

    Input {
        ident: &input.ident,
        attrs,
        fields,
    }
}

const NAMED_FIELDS_ONLY: &str =
    "better-auth entity derives need a struct with named fields, one per column";
