//! Panic handling on `wasm32`.
//!
//! `wasm32-unknown-unknown` only supports `panic = "abort"` on stable Rust:
//! a panic cannot unwind, so no destructor runs and no lock is released.
//! The hook installed here turns the panic into a JavaScript `Error` with
//! code `PANIC` and the panic message, and throws it, which abandons the
//! Rust frames exactly as a trap would. The JavaScript layer of the package
//! catches it, rejects the call's Promise with it, and replaces the
//! WebAssembly instance, because the old one may hold half-changed state.
//!
//! The hook never logs: a panic message may quote values of the input.

use std::panic::PanicHookInfo;
use std::sync::Once;

use wasm_bindgen::prelude::wasm_bindgen;

use super::error::{new_error, PANIC};

/// Installs the hook once; later calls do nothing. Native builds (tests)
/// keep the default hook, because there is no JavaScript to throw to.
pub fn install() {
    static INSTALLED: Once = Once::new();
    if cfg!(target_arch = "wasm32") {
        INSTALLED.call_once(|| std::panic::set_hook(Box::new(throw_panic)));
    }
}

fn throw_panic(info: &PanicHookInfo<'_>) {
    // `info` prints as "panicked at FILE:LINE:COLUMN:\nMESSAGE".
    let message = info.to_string().replace(":\n", ": ");
    wasm_bindgen::throw_val(new_error(PANIC, &message, None, None));
}

/// Panics with `message`, to test what callers see after a panic.
///
/// The package exposes it as `panicForTesting`; applications have no use
/// for it.
#[wasm_bindgen(js_name = panicForTesting)]
pub fn panic_for_testing(message: String) {
    install();
    panic!("{message}");
}
