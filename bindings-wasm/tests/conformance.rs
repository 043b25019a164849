//! The shared conformance suite against the adapters of this crate.
//!
//! On `wasm32` (`wasm-pack test --node` in `bindings-wasm/`) it runs
//! compiled to WebAssembly under Node; on native targets (`cargo test`) it
//! runs on tokio. Three instantiations:
//!
//! - `builtin`: the plain memory adapter with the built-in entity types;
//! - `no_custom_fields`: [`CustomFieldsAdapter`], the adapter behind the
//!   JavaScript class, with an empty schema;
//! - `custom_fields`: the same with optional and defaulted custom fields on
//!   every entity type, which the suite never sets, so every case must pass
//!   unchanged while each row also carries its defaults.

use better_auth_core::{FieldType, ManualClock};
use better_auth_memory::MemoryDatabaseAdapter;
use better_auth_wasm::{CustomFieldsAdapter, EntitySchema, FieldSpec, Schema};
use serde_json::{json, Value};

fn field(name: &str, ty: FieldType, required: bool, default: Option<Value>) -> Vec<FieldSpec> {
    vec![FieldSpec {
        name: name.to_owned(),
        ty,
        required,
        default,
    }]
}

fn entity(specs: Vec<FieldSpec>) -> EntitySchema {
    EntitySchema::new(specs, &[], "test").expect("the test schema is valid")
}

/// Returns a schema with a custom field on every entity type, none of
/// which the suite sets.
fn test_schema() -> Schema {
    Schema {
        user: entity(field("plan", FieldType::Text, true, Some(json!("free")))),
        session: entity(field("device", FieldType::Text, false, None)),
        account: entity(field("linkedAt", FieldType::Timestamp, false, None)),
        verification: entity(field("attempts", FieldType::Float, true, Some(json!(0)))),
        organization: entity(field("tier", FieldType::Text, false, Some(json!("basic")))),
        member: entity(field("title", FieldType::Text, false, None)),
        invitation: entity(field("note", FieldType::Json, false, None)),
    }
}

mod builtin {
    use super::*;

    better_auth_conformance::conformance_suite! {
        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[cfg_attr(not(target_arch = "wasm32"), tokio::test(flavor = "multi_thread", worker_threads = 2))]
        async fn adapter(clock: ManualClock) -> MemoryDatabaseAdapter {
            MemoryDatabaseAdapter::new().with_clock(clock)
        }
    }
}

mod no_custom_fields {
    use super::*;

    better_auth_conformance::conformance_suite! {
        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[cfg_attr(not(target_arch = "wasm32"), tokio::test(flavor = "multi_thread", worker_threads = 2))]
        async fn adapter(clock: ManualClock) -> CustomFieldsAdapter {
            CustomFieldsAdapter::new(Schema::default()).with_clock(clock)
        }
    }
}

mod custom_fields {
    use super::*;

    better_auth_conformance::conformance_suite! {
        #[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
        #[cfg_attr(not(target_arch = "wasm32"), tokio::test(flavor = "multi_thread", worker_threads = 2))]
        async fn adapter(clock: ManualClock) -> CustomFieldsAdapter {
            CustomFieldsAdapter::new(test_schema()).with_clock(clock)
        }
    }
}
