//! Checks shared by the fuzz targets: the invariants every attribution
//! must satisfy, whatever the text. The invariants themselves live in
//! `tests/common/invariants.rs`, which the property and hostile-document
//! tests use too; here a broken invariant panics with its message, so that
//! libFuzzer records the input.

use quotative::Attribution;

#[path = "../../tests/common/invariants.rs"]
mod invariants;

/// Every invariant of an attribution of `text` (spans in bounds and on
/// char boundaries, content inside its quote, quotes in order of start,
/// quotes with marks not overlapping, a speaker never inside the content
/// of its own quote, no speaker for a scare quote, entity indices and
/// mentions valid, confidences in `0.0..=1.0`); panics naming the first
/// that fails.
pub fn check_attribution(text: &str, result: &Attribution) {
    if let Err(broken) = invariants::check(text, result) {
        panic!("{broken}");
    }
}
