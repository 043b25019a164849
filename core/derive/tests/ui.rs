//! Compile-fail tests: each file under `ui/` contains one mistake, and its
//! `.stderr` file the diagnostics the derives must report for it.
//! Regenerate the `.stderr` files with `TRYBUILD=overwrite` and review them.

#[test]
fn ui() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/*.rs");
}
