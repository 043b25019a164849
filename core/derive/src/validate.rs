//! Matches the struct's fields to the entity's standard columns and reads
//! the custom fields.
//!
//! Each problem becomes one diagnostic on the token at fault. When a
//! `#[auth(field = "...")]` is itself wrong, the missing-field check is
//! skipped, because it would only repeat that mistake.

use std::collections::HashMap;

use syn::spanned::Spanned;

use crate::ast::{Field, Input};
use crate::entity::{Column, EntityKind};
use crate::errors::Errors;
use crate::ty::{FieldType, Shape, TypeMatch};

/// The checked struct, ready for code generation.
pub struct Model<'a> {
    /// Every standard column with the field that stores it, in schema order.
    pub standard: Vec<Mapped<'a>>,
    /// The other fields, in declaration order.
    pub custom: Vec<Custom<'a>>,
}

/// A standard column and the field that stores it.
pub struct Mapped<'a> {
    pub column: &'static Column,
    pub field: &'a Field<'a>,
}

/// A field beyond the standard columns.
pub struct Custom<'a> {
    pub field: &'a Field<'a>,
    pub field_type: FieldType,
    /// `true` for `Option<_>`.
    pub nullable: bool,
    /// `true` when the value (inside the `Option`) is a `DateTime<Utc>`,
    /// which the adapter truncates to microseconds like standard columns.
    pub utc_timestamp: bool,
}

/// Checks `input` against the columns of `entity` and adds each problem to
/// `errors`.
pub fn validate<'a>(input: &'a Input<'a>, entity: EntityKind, errors: &mut Errors) -> Model<'a> {
    let mut holders: HashMap<&'static str, &'a Field<'a>> = HashMap::new();
    let mut custom = Vec::new();
    let mut mapping_failed = false;

    for field in &input.fields {
        let Some(column) = standard_column(field, entity, errors) else {
            if field.attrs.column.is_some() {
                mapping_failed = true;
            } else {
                custom.push(read_custom(field));
            }
            continue;
        };
        if let Some(first) = holders.get(column.name) {
            report_duplicate(column, first, field, errors);
            mapping_failed = true;
            continue;
        }
        check_standard(column, field, entity, errors);
        holders.insert(column.name, field);
    }

    let mut standard = Vec::new();
    for column in entity.columns() {
        match holders.get(column.name) {
            Some(field) => standard.push(Mapped { column, field }),
            None if !mapping_failed => report_missing(input, column, entity, &custom, errors),
            None => {}
        }
    }

    Model { standard, custom }
}

/// Returns the standard column a field stores, by its `field` key or its
/// name. An unknown `field` key is reported and returns `None`.
fn standard_column(
    field: &Field,
    entity: EntityKind,
    errors: &mut Errors,
) -> Option<&'static Column> {
    let Some(lit) = &field.attrs.column else {
        return entity.column(&field.name());
    };
    let name = lit.value();
    let column = entity.column(&name);
    if column.is_none() {
        let names: Vec<&str> = entity.columns().iter().map(|column| column.name).collect();
        errors.error(
            lit.span(),
            format!(
                "`{name}` is not a standard field of a {}: expected one of {}",
                entity.noun(),
                names.join(", ")
            ),
        );
    }
    column
}

fn read_custom<'a>(field: &'a Field<'a>) -> Custom<'a> {
    let shape = Shape::of(field.ty);
    let inner = shape.option_inner();
    let value_shape = inner.unwrap_or(&shape);
    let field_type = match field.attrs.field_type {
        Some((field_type, _)) => field_type,
        None => FieldType::infer(value_shape),
    };
    Custom {
        field,
        field_type,
        nullable: inner.is_some(),
        utc_timestamp: value_shape.is_utc_timestamp(),
    }
}

/// Checks the type and keys of a field that stores a standard column.
fn check_standard(column: &Column, field: &Field, entity: EntityKind, errors: &mut Errors) {
    if let Some(default) = &field.attrs.default {
        errors.error(
            default.key,
            format!(
                "`default` applies to custom fields only, but `{}` is a standard field of a {}, set from the create input or by the adapter",
                column.name,
                entity.noun()
            ),
        );
    }
    if let Some((_, span)) = field.attrs.field_type {
        errors.error(
            span,
            format!(
                "`field_type` applies to custom fields only, but `{}` is a standard field with the fixed type `{}`",
                column.name,
                column.ty.display()
            ),
        );
    }
    if column.ty.compare(field.ty) == TypeMatch::Different {
        errors.error(
            field.ty.span(),
            format!(
                "mismatched type for the standard field `{}` of a {}: expected `{}`, found `{}`",
                column.name,
                entity.noun(),
                column.ty.display(),
                Shape::of(field.ty)
            ),
        );
    }
}

/// Reports a second field for the same column, on the `field` key that
/// caused it.
fn report_duplicate(column: &Column, first: &Field, second: &Field, errors: &mut Errors) {
    let span = match (&second.attrs.column, &first.attrs.column) {
        (Some(lit), _) | (None, Some(lit)) => lit.span(),
        (None, None) => second.ident.span(),
    };
    errors.error(
        span,
        format!(
            "fields `{}` and `{}` both map to the standard field `{}`. Map exactly one field to it",
            first.name(),
            second.name(),
            column.name
        ),
    );
}

/// Reports a standard column that no field stores, suggesting a custom
/// field of the right type for it.
fn report_missing(
    input: &Input,
    column: &Column,
    entity: EntityKind,
    custom: &[Custom],
    errors: &mut Errors,
) {
    let mut message = format!(
        "missing standard field `{}: {}`: a {} type needs every standard field",
        column.name,
        column.ty.display(),
        entity.noun()
    );
    if let Some(candidate) = holder_candidate(column, custom) {
        message.push_str(&format!(
            ". If `{candidate}` stores it, add #[auth(field = \"{}\")] to `{candidate}`",
            column.name
        ));
    }
    errors.error(input.ident.span(), message);
}

/// Picks a custom field of the column's type, preferring one whose name
/// contains the column name or is contained in it.
fn holder_candidate(column: &Column, custom: &[Custom]) -> Option<String> {
    let expected = column.ty.shape();
    let names: Vec<String> = custom
        .iter()
        .filter(|custom| Shape::of(custom.field.ty) == expected)
        .map(|custom| custom.field.name())
        .collect();
    let related = names
        .iter()
        .find(|name| name.contains(column.name) || column.name.contains(name.as_str()));
    related.or(names.first()).cloned()
}
