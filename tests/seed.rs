//! The article the project started from: its nine quotations, exactly, and nothing more.
#![cfg(not(target_arch = "wasm32"))] // native only: wasm tests live in tests/wasm.rs

mod common;

use quotelight::{analyze_in, QuoteKind, Unit};
use serde_json::Value;

/// The seed's gold line, or `None` (skipping) where ../shared is absent.
fn seed() -> Option<Value> {
    let path = common::shared("seed/gold.jsonl")?;
    let line = std::fs::read_to_string(path).unwrap();
    Some(serde_json::from_str(line.lines().next().unwrap()).unwrap())
}

#[test]
fn seed_gives_its_nine_quotations_with_gold_spans_and_kinds() {
    let Some(gold) = seed() else { return };
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

#[test]
fn seed_speakers_are_pompeo_raab_and_the_spokesman() {
    let Some(gold) = seed() else { return };
    let text = gold["text"].as_str().unwrap();
    let a = analyze_in(text, Unit::Codepoint);
    // Every quotation is attributed to its gold speaker, through a mention in a gold span.
    for (q, g) in a.quotes.iter().zip(gold["quotes"].as_array().unwrap()) {
        let s = q
            .speaker
            .as_ref()
            .expect("every seed quotation has a speaker");
        assert_eq!(s.name, g["speaker"].as_str().unwrap());
        let spans = g["speaker_spans"].as_array().unwrap();
        let hit = spans.iter().any(|sp| {
            let (gs, ge) = (
                sp[0].as_u64().unwrap() as usize,
                sp[1].as_u64().unwrap() as usize,
            );
            s.start < ge && gs < s.end
        });
        assert!(hit, "the mention of {} is not a gold span", s.name);
        assert!(q.cue.is_some());
    }
    // Exactly three speakers, with counts and the aliases gold lists among their mentions.
    let chars: Vec<char> = text.chars().collect();
    let got: Vec<(&str, usize)> = a
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.quotes.len()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Mike Pompeo", 7),
            ("Dominic Raab", 1),
            ("a Henry Jackson Society spokesman", 1)
        ]
    );
    for (s, g) in a.speakers.iter().zip(gold["speakers"].as_array().unwrap()) {
        let mentions: Vec<String> = s
            .mentions
            .iter()
            .map(|m| chars[m.start..m.end].iter().collect())
            .collect();
        for alias in g["aliases"].as_array().unwrap() {
            assert!(
                mentions.iter().any(|m| m == alias.as_str().unwrap()),
                "{} lacks the mention {alias}",
                s.name
            );
        }
    }
    assert_eq!(
        a.speakers[0].role.as_deref(),
        Some("U.S. Secretary of State")
    );
}
