//! Syntactic reading of field types.
//!
//! A derive macro receives tokens, not resolved types, so these checks read a
//! type by the last segment of each path: `std::option::Option<String>` and
//! `Option<String>` read the same. A type alias reads as an unknown name and
//! is left to the compiler, which checks the generated code.

use std::fmt;

use syn::{GenericArgument, PathArguments, Type};

use crate::entity::ColumnType;

/// A type reduced to the last segment of each path with its type arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Named(String, Vec<Shape>),
    /// A reference, tuple, array, trait object or qualified path.
    Other,
}

impl Shape {
    /// Reads the shape of `ty`.
    pub fn of(ty: &Type) -> Shape {
        match ty {
            Type::Group(group) => Shape::of(&group.elem),
            Type::Paren(paren) => Shape::of(&paren.elem),
            Type::Path(path) if path.qself.is_none() => {
                let Some(last) = path.path.segments.last() else {
                    return Shape::Other;
                };
                let args = match &last.arguments {
                    PathArguments::AngleBracketed(angle) => angle
                        .args
                        .iter()
                        .filter_map(|arg| match arg {
                            GenericArgument::Type(ty) => Some(Shape::of(ty)),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                Shape::Named(last.ident.to_string(), args)
            }
            _ => Shape::Other,
        }
    }

    fn named(name: &str, args: Vec<Shape>) -> Shape {
        Shape::Named(name.to_owned(), args)
    }

    /// Returns the inner shape of `Option<T>`.
    pub fn option_inner(&self) -> Option<&Shape> {
        match self {
            Shape::Named(name, args) if name == "Option" && args.len() == 1 => Some(&args[0]),
            _ => None,
        }
    }

    /// Returns `true` for `DateTime<Utc>`.
    pub fn is_utc_timestamp(&self) -> bool {
        *self == Shape::named("DateTime", vec![Shape::named("Utc", Vec::new())])
    }

    /// Returns `true` when every name in the shape is one that the standard
    /// columns use, so a mismatch with a column type is certain.
    fn is_known(&self) -> bool {
        const KNOWN: &[&str] = &[
            "Option",
            "String",
            "str",
            "bool",
            "DateTime",
            "Utc",
            "Value",
            "InvitationStatus",
            "i8",
            "i16",
            "i32",
            "i64",
            "u8",
            "u16",
            "u32",
            "u64",
            "f32",
            "f64",
            "Vec",
        ];
        match self {
            Shape::Named(name, args) => {
                KNOWN.contains(&name.as_str()) && args.iter().all(Shape::is_known)
            }
            Shape::Other => false,
        }
    }
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shape::Named(name, args) if args.is_empty() => f.write_str(name),
            Shape::Named(name, args) => {
                write!(f, "{name}<")?;
                for (index, arg) in args.iter().enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{arg}")?;
                }
                f.write_str(">")
            }
            Shape::Other => f.write_str("_"),
        }
    }
}

/// Result of comparing a field's type with the type of a standard column.
#[derive(Debug, PartialEq, Eq)]
pub enum TypeMatch {
    Same,
    /// Certainly another type.
    Different,
    /// An alias or a path the macro cannot read, left to the compiler.
    Unknown,
}

impl ColumnType {
    /// The shape a field of this column must have.
    pub fn shape(self) -> Shape {
        let text = || Shape::named("String", Vec::new());
        let timestamp = || Shape::named("DateTime", vec![Shape::named("Utc", Vec::new())]);
        match self {
            ColumnType::Text => text(),
            ColumnType::OptionalText => Shape::named("Option", vec![text()]),
            ColumnType::Bool => Shape::named("bool", Vec::new()),
            ColumnType::Timestamp => timestamp(),
            ColumnType::OptionalTimestamp => Shape::named("Option", vec![timestamp()]),
            ColumnType::Json => Shape::named("Value", Vec::new()),
            ColumnType::InvitationStatus => Shape::named("InvitationStatus", Vec::new()),
        }
    }

    /// Returns the type as a user writes it, for diagnostics.
    pub fn display(self) -> &'static str {
        match self {
            ColumnType::Text => "String",
            ColumnType::OptionalText => "Option<String>",
            ColumnType::Bool => "bool",
            ColumnType::Timestamp => "DateTime<Utc>",
            ColumnType::OptionalTimestamp => "Option<DateTime<Utc>>",
            ColumnType::Json => "serde_json::Value",
            ColumnType::InvitationStatus => "InvitationStatus",
        }
    }

    /// Compares a field's type with this column's type.
    pub fn compare(self, ty: &Type) -> TypeMatch {
        let shape = Shape::of(ty);
        if shape == self.shape() {
            TypeMatch::Same
        } else if shape.is_known() {
            TypeMatch::Different
        } else {
            TypeMatch::Unknown
        }
    }
}

/// Storage type of a custom field, with the variants of
/// `better_auth_core::FieldType`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldType {
    Text,
    Bool,
    Integer,
    Float,
    Timestamp,
    Json,
}

impl FieldType {
    /// Every type with its name in `#[auth(field_type = "...")]`, which is
    /// the name `FieldType::as_str` returns in core.
    pub const ALL: &'static [(&'static str, FieldType)] = &[
        ("text", FieldType::Text),
        ("boolean", FieldType::Bool),
        ("integer", FieldType::Integer),
        ("number", FieldType::Float),
        ("timestamp", FieldType::Timestamp),
        ("json", FieldType::Json),
    ];

    /// Looks up a type by its attribute name.
    pub fn from_name(name: &str) -> Option<FieldType> {
        FieldType::ALL
            .iter()
            .find(|(known, _)| *known == name)
            .map(|(_, field_type)| *field_type)
    }

    /// Variant name in `better_auth_core::FieldType`.
    pub fn variant(self) -> &'static str {
        match self {
            FieldType::Text => "Text",
            FieldType::Bool => "Bool",
            FieldType::Integer => "Integer",
            FieldType::Float => "Float",
            FieldType::Timestamp => "Timestamp",
            FieldType::Json => "Json",
        }
    }

    /// Infers the storage type of a (non-`Option`) Rust type: `String`,
    /// `bool`, the integer and float primitives and `DateTime<Utc>` map to
    /// their column types, and everything else is stored as JSON.
    pub fn infer(shape: &Shape) -> FieldType {
        if shape.is_utc_timestamp() {
            return FieldType::Timestamp;
        }
        let Shape::Named(name, args) = shape else {
            return FieldType::Json;
        };
        if !args.is_empty() {
            return FieldType::Json;
        }
        match name.as_str() {
            "String" => FieldType::Text,
            "bool" => FieldType::Bool,
            "i8" | "i16" | "i32" | "i64" | "isize" | "u8" | "u16" | "u32" | "u64" | "usize" => {
                FieldType::Integer
            }
            "f32" | "f64" => FieldType::Float,
            _ => FieldType::Json,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ty(source: &str) -> Type {
        syn::parse_str(source).unwrap()
    }

    #[test]
    fn paths_read_by_last_segment() {
        let shape = Shape::of(&ty("std::option::Option<chrono::DateTime<chrono::Utc>>"));
        assert_eq!(shape, ColumnType::OptionalTimestamp.shape());
    }

    #[test]
    fn known_mismatch_is_different() {
        assert_eq!(
            ColumnType::OptionalText.compare(&ty("String")),
            TypeMatch::Different
        );
    }

    #[test]
    fn alias_is_unknown() {
        assert_eq!(ColumnType::Text.compare(&ty("UserId")), TypeMatch::Unknown);
    }

    #[test]
    fn json_value_matches_any_path() {
        assert_eq!(
            ColumnType::Json.compare(&ty("serde_json::Value")),
            TypeMatch::Same
        );
    }

    #[test]
    fn custom_types_are_inferred() {
        let cases = [
            ("String", FieldType::Text),
            ("bool", FieldType::Bool),
            ("u32", FieldType::Integer),
            ("f64", FieldType::Float),
            ("chrono::DateTime<chrono::Utc>", FieldType::Timestamp),
            ("serde_json::Value", FieldType::Json),
            ("Vec<String>", FieldType::Json),
            ("Plan", FieldType::Json),
        ];
        for (source, expected) in cases {
            assert_eq!(
                FieldType::infer(&Shape::of(&ty(source))),
                expected,
                "{source}"
            );
        }
    }

    #[test]
    fn shape_displays_like_source() {
        let shape = Shape::of(&ty("Option<chrono::DateTime<chrono::Utc>>"));
        assert_eq!(shape.to_string(), "Option<DateTime<Utc>>");
    }
}
