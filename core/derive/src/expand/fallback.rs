//! Implementations emitted next to a diagnostic, so that the code using the
//! struct type-checks and the mistake is reported once, not again at every
//! use of the trait. Their bodies are never run: the crate does not compile.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{types, Derive, Target};
use crate::entity::Change;

pub fn expand(target: &Target, derive: Derive) -> TokenStream {
    match derive {
        Derive::Getters => getters(target),
        Derive::Memory => memory(target),
    }
}

fn getters(target: &Target) -> TokenStream {
    let header = target.impl_header(target.entity.auth_trait());
    let methods = target.entity.columns().iter().map(|column| {
        let name = format_ident!("{}", column.name);
        let returns = types::getter_type(target, column.ty);
        quote! {
            fn #name(&self) -> #returns {
                ::core::unreachable!()
            }
        }
    });
    quote! {
        #header {
            #(#methods)*
        }
    }
}

fn memory(target: &Target) -> TokenStream {
    let private = &target.private;
    let result = target.item("AuthResult");
    let create_input = target.item(&target.entity.create_input());
    let timestamp = types::timestamp(target);
    let snapshot_header = target.impl_header("SnapshotRecord");
    let memory_header = target.impl_header(target.entity.memory_trait());

    let change = match target.entity.change() {
        Change::Update(input) => {
            let update_input = target.item(&input);
            quote! {
                fn apply_update(&mut self, _update: #update_input, _now: #timestamp) -> #result<()> {
                    ::core::unreachable!()
                }
            }
        }
        Change::SetRole => quote! {
            fn set_role(&mut self, _role: ::std::string::String) {
                ::core::unreachable!()
            }
        },
        Change::SetStatus => {
            let status = target.item("InvitationStatus");
            quote! {
                fn set_status(&mut self, _status: #status) {
                    ::core::unreachable!()
                }
            }
        }
        Change::None => TokenStream::new(),
    };

    quote! {
        #snapshot_header {
            fn to_snapshot(&self) -> #result<#private::serde_json::Value> {
                ::core::unreachable!()
            }

            fn from_snapshot(_record: #private::serde_json::Value) -> #result<Self> {
                ::core::unreachable!()
            }
        }

        #memory_header {
            fn from_create(
                _input: #create_input,
                _id: ::std::string::String,
                _now: #timestamp,
            ) -> #result<Self> {
                ::core::unreachable!()
            }

            #change
        }
    }
}
