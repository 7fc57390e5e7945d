//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::path::PathBuf;

/// `../shared/data/<rel>` beside the project, or `None` (with a message on stderr) when the
/// evaluation data is not there: tests that need it skip cleanly.
pub fn shared(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(rel);
    if p.exists() {
        Some(p)
    } else {
        eprintln!(
            "SKIP: {} is absent (the evaluation data lives in ../shared beside the project)",
            p.display()
        );
        None
    }
}
