//! Property tests: for any string at all, the analysis is well-formed.
#![cfg(not(target_arch = "wasm32"))] // native only: wasm tests live in tests/wasm.rs

use proptest::prelude::*;
use quotelight::{analyze, analyze_in, check_invariants, Analysis, Unit};

/// Characters that stress the pipeline: every quotation mark, apostrophes, line breaks
/// (CRLF too), emoji, CJK, combining marks, and plain words.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "\"", "'", "“", "”", "„", "‘", "’", "‚", "«", "»", "‹", "›", "「", "」", "『", "』", "＂",
        "''", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", ".", ",", ":", "—", "=", "said", "He",
        "sagte", "word", "O", "s", "n", "90", "😀", "中文", "e\u{301}", "\u{FEFF}", "ß",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
}

fn spans(a: &Analysis) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = a.quotes.iter().map(|q| (q.start, q.end)).collect();
    v.extend(a.terms.iter().map(|t| (t.start, t.end)));
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_in_bounds_ordered_on_boundaries_and_disjoint(t in text()) {
        let a = analyze(&t);
        if let Err(e) = check_invariants(&t, &a) {
            prop_assert!(false, "{}", e);
        }
        let mut all = spans(&a);
        all.sort();
        for w in all.windows(2) {
            prop_assert!(w[0].1 <= w[1].0, "a quote and a term overlap: {:?}", all);
        }
    }

    #[test]
    fn utf16_and_codepoint_offsets_agree_with_bytes(t in text()) {
        let bytes = analyze(&t);
        let u16 = analyze_in(&t, Unit::Utf16);
        let cps = analyze_in(&t, Unit::Codepoint);
        for ((b, u), c) in spans(&bytes).into_iter().zip(spans(&u16)).zip(spans(&cps)) {
            prop_assert_eq!(u.0, t[..b.0].encode_utf16().count());
            prop_assert_eq!(u.1, t[..b.1].encode_utf16().count());
            prop_assert_eq!(c.0, t[..b.0].chars().count());
            prop_assert_eq!(c.1, t[..b.1].chars().count());
        }
    }
}

#[test]
fn hostile_inputs_finish() {
    // Empty, marks only, one huge unclosed quote, binary junk decoded lossily.
    assert_eq!(analyze(""), Analysis::default());
    let marks = "“".repeat(100_000) + &"”".repeat(100_000);
    let a = analyze(&marks);
    assert!(a.quotes.len() <= 1);
    let unclosed = format!("“{}", "word ".repeat(200_000));
    assert_eq!(analyze(&unclosed).quotes.len(), 1);
    let junk: Vec<u8> = (0..200_000u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let junk = String::from_utf8_lossy(&junk);
    let a = analyze(&junk);
    for q in &a.quotes {
        assert!(junk.is_char_boundary(q.start) && junk.is_char_boundary(q.end));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    /// The wasm binding's JSON writer and serde's agree, byte for byte.
    #[test]
    fn to_json_matches_serde(t in text()) {
        let a = analyze_in(&t, Unit::Utf16);
        prop_assert_eq!(a.to_json(), serde_json::to_string(&a).unwrap());
    }
}

#[test]
fn to_json_escapes_names_like_serde() {
    let t = "“One two three four,” said Jane \"Q\" Doe.\n\nMore: “Five six seven eight,” Jürgen Ölz said.";
    let a = analyze(t);
    assert_eq!(a.to_json(), serde_json::to_string(&a).unwrap());
}
