//! Parsing of `#[auth(...)]` attributes, on the struct and on its fields.
//!
//! Every key is checked: an unknown or repeated key, or a value of the wrong
//! form, is a diagnostic spanned on that key or value.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::{Attribute, Expr, LitStr, Path};

use crate::errors::Errors;
use crate::ty::FieldType;

/// Keys of `#[auth(...)]` on the struct.
#[derive(Default)]
pub struct StructAttrs {
    /// `crate = "path"`: the path of better-auth-core in generated code.
    pub krate: Option<Path>,
}

/// Keys of `#[auth(...)]` on a field.
#[derive(Default)]
pub struct FieldAttrs {
    /// `field = "name"`: the standard column (getter) this field stores.
    pub column: Option<LitStr>,
    /// `default = "expr"`: the value `from_create` gives a custom field.
    pub default: Option<DefaultExpr>,
    /// `field_type = "text"`: the storage type of a custom field.
    pub field_type: Option<(FieldType, Span)>,
}

/// A parsed `default = "expr"`.
pub struct DefaultExpr {
    pub expr: Expr,
    /// Span of the `default` key.
    pub key: Span,
}

fn auth_attrs(attrs: &[Attribute]) -> impl Iterator<Item = &Attribute> {
    attrs.iter().filter(|attr| attr.path().is_ident("auth"))
}

/// Parses the `#[auth(...)]` attributes of the struct.
pub fn parse_struct_attrs(attrs: &[Attribute], errors: &mut Errors) -> StructAttrs {
    let mut parsed = StructAttrs::default();
    for attr in auth_attrs(attrs) {
        let result = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("crate") {
                reject_repeat(&meta, parsed.krate.is_some())?;
                let lit: LitStr = meta.value()?.parse()?;
                parsed.krate = Some(lit.parse().map_err(|err| {
                    syn::Error::new(
                        lit.span(),
                        format!("invalid crate path: {err}. Expected a path such as `better_auth` or `my_app::auth`"),
                    )
                })?);
                Ok(())
            } else {
                Err(unknown_key(&meta, "on the struct, the known key is `crate`"))
            }
        });
        if let Err(err) = result {
            errors.push(err);
        }
    }
    parsed
}

/// Parses the `#[auth(...)]` attributes of one field.
pub fn parse_field_attrs(attrs: &[Attribute], errors: &mut Errors) -> FieldAttrs {
    let mut parsed = FieldAttrs::default();
    for attr in auth_attrs(attrs) {
        let result = attr.parse_nested_meta(|meta| parse_field_key(&meta, &mut parsed));
        if let Err(err) = result {
            errors.push(err);
        }
    }
    parsed
}

fn parse_field_key(meta: &ParseNestedMeta, parsed: &mut FieldAttrs) -> syn::Result<()> {
    if meta.path.is_ident("field") {
        reject_repeat(meta, parsed.column.is_some())?;
        let lit: LitStr = meta.value()?.parse()?;
        parsed.column = Some(lit);
    } else if meta.path.is_ident("default") {
        reject_repeat(meta, parsed.default.is_some())?;
        let lit: LitStr = meta.value()?.parse()?;
        let expr = parse_default(&lit)?;
        parsed.default = Some(DefaultExpr {
            expr,
            key: meta.path.require_ident()?.span(),
        });
    } else if meta.path.is_ident("field_type") {
        reject_repeat(meta, parsed.field_type.is_some())?;
        let lit: LitStr = meta.value()?.parse()?;
        let field_type = FieldType::from_name(&lit.value()).ok_or_else(|| {
            let names: Vec<&str> = FieldType::ALL.iter().map(|(name, _)| *name).collect();
            syn::Error::new(
                lit.span(),
                format!(
                    "unknown field type `{}`: expected one of {}",
                    lit.value(),
                    names.join(", ")
                ),
            )
        })?;
        parsed.field_type = Some((field_type, lit.span()));
    } else {
        return Err(unknown_key(
            meta,
            "on a field, the known keys are `field`, `default` and `field_type`",
        ));
    }
    Ok(())
}

/// Parses the expression inside `default = "..."`. syn parses a `let`
/// binding as an expression, but Rust does not accept it as one, so it is
/// rejected here.
fn parse_default(lit: &LitStr) -> syn::Result<Expr> {
    let invalid = |reason: String| {
        syn::Error::new(
            lit.span(),
            format!(
                "invalid default expression: {reason}. Write one Rust expression in the string, for example `default = r#\"\"free\".to_owned()\"#`"
            ),
        )
    };
    match lit.parse::<Expr>() {
        Ok(Expr::Let(_)) => Err(invalid("found a `let` binding".to_owned())),
        Ok(expr) => Ok(expr),
        Err(err) => Err(invalid(err.to_string())),
    }
}

fn reject_repeat(meta: &ParseNestedMeta, seen: bool) -> syn::Result<()> {
    if seen {
        let key = path_text(&meta.path);
        return Err(meta.error(format!("duplicate key `{key}` in #[auth(...)]")));
    }
    Ok(())
}

fn unknown_key(meta: &ParseNestedMeta, known: &str) -> syn::Error {
    let key = path_text(&meta.path);
    meta.error(format!("unknown key `{key}` in #[auth(...)]: {known}"))
}

fn path_text(path: &Path) -> String {
    path.segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}
