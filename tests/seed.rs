//! The article the project started from: its nine quotations, exactly, and nothing more.
#![cfg(not(target_arch = "wasm32"))] // native only: wasm tests live in tests/wasm.rs

mod common;

use quotelight::{analyze_in, QuoteKind, Unit};
use serde_json::Value;

#[test]
fn seed_gives_its_nine_quotations_with_gold_spans_and_kinds() {
    let Some(path) = common::shared("seed/gold.jsonl") else {
        return;
    };
    let line = std::fs::read_to_string(path).unwrap();
    let gold: Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    let text = gold["text"].as_str().unwrap();
    // Gold offsets are code points.
    let a = analyze_in(text, Unit::Codepoint);
    let got: Vec<(u64, u64, &str)> = a
        .quotes
        .iter()
        .map(|q| {
            (
                q.start as u64,
                q.end as u64,
                if q.kind == QuoteKind::Direct {
                    "direct"
                } else {
                    "partial"
                },
            )
        })
        .collect();
    let want: Vec<(u64, u64, &str)> = gold["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["start"].as_u64().unwrap(),
                q["end"].as_u64().unwrap(),
                q["type"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(want.len(), 9);
    assert_eq!(got, want);
    assert!(
        a.terms.is_empty(),
        "the seed quotes no terms: {:?}",
        a.terms
    );
}
