//! Shared by the integration tests: the evaluation data in `../shared`
//! beside the repository, the example binaries, and the hostile documents
//! ([`hostile`]).
//!
//! Outside CI a missing file skips the test that needs it, with a note on
//! stderr; with `CI=true` it fails the test, so that CI cannot pass by
//! skipping.

// Each test crate uses only some of these.
#![allow(dead_code)]

pub mod hostile;
pub mod invariants;

use std::path::PathBuf;
use std::process::Command;

/// Builds the example `name` with cargo, in the profile of this test
/// build (`--release` when the tests were built without debug
/// assertions), and returns the path of its binary.
///
/// # Panics
///
/// When cargo fails or the binary is not where cargo puts it.
pub fn build_example(name: &str) -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let release = !cfg!(debug_assertions);
    let mut cargo = Command::new(env!("CARGO"));
    cargo
        .args(["build", "--quiet", "--example", name])
        .current_dir(&manifest);
    if release {
        cargo.arg("--release");
    }
    let status = cargo.status().expect("cargo runs");
    assert!(status.success(), "cargo build --example {name} failed");
    let target = match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => manifest.join(dir), // an absolute dir replaces the manifest dir
        None => manifest.join("target"),
    };
    let profile = if release { "release" } else { "debug" };
    let exe = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    let path = target.join(profile).join("examples").join(exe);
    assert!(path.is_file(), "no example binary at {}", path.display());
    path
}

/// Whether the tests run under CI (`CI=true`).
pub fn ci() -> bool {
    std::env::var("CI").as_deref() == Ok("true")
}

/// The path of `rel` under `../shared`, or `None` (with a note) when the
/// file is missing outside CI.
///
/// # Panics
///
/// When the file is missing and `CI=true`.
pub fn shared_path(rel: &str) -> Option<PathBuf> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(rel);
    if path.is_file() {
        Some(path)
    } else if ci() {
        panic!(
            "CI=true but {} is missing (the shared evaluation data must sit beside the repository)",
            path.display()
        );
    } else {
        eprintln!("note: {} not found; skipping", path.display());
        None
    }
}

/// The text of `rel` under `../shared`, or `None` (with a note) when the
/// file is missing outside CI.
///
/// # Panics
///
/// When the file is missing and `CI=true`, or when it is there but cannot
/// be read as UTF-8 text.
pub fn shared_text(rel: &str) -> Option<String> {
    let path = shared_path(rel)?;
    Some(
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display())),
    )
}
