//! Trains the quotation-or-term classifier of `src/kind.rs` on gold quotation files and
//! prints its weights as `lexicon/kind_weights.tsv`.
//!
//! ```sh
//! cargo run --release --example train_kind -- ../shared/data/quotes/polnear_train.jsonl \
//!     ../shared/data/quotes/gerquote_train.jsonl > lexicon/kind_weights.tsv
//! ```
//! Each top-level double-mark region the pairing stage finds is one example; its label is
//! whether it overlaps a gold quotation. Single-mark regions are left out: they follow the
//! text's quoting style (see `src/quotes.rs`), not the classifier. So are regions in
//! typewriter marks (''…''): the PolNeAR gold leaves them all unmarked, a gap in the gold
//! that would teach the model that such quotations are terms. The model is a logistic
//! regression with L2 regularisation, fitted by full-batch gradient descent (deterministic).

use quotelight::kind::{self, FEATURES};
use quotelight::{pairing, paragraphs};

fn byte_offset(text: &str, cp: usize) -> usize {
    text.char_indices().nth(cp).map_or(text.len(), |(b, _)| b)
}

fn main() {
    let mut xs: Vec<Vec<f32>> = Vec::new();
    let mut ys: Vec<f32> = Vec::new();
    for path in std::env::args().skip(1) {
        let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in data.lines().filter(|l| !l.trim().is_empty()) {
            let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let text = doc["text"].as_str().expect("a text");
            let gold: Vec<(usize, usize)> = doc["quotes"]
                .as_array()
                .map(|qs| {
                    qs.iter()
                        .map(|q| {
                            let s = q["start"].as_u64().unwrap() as usize;
                            let e = q["end"].as_u64().unwrap() as usize;
                            (byte_offset(text, s), byte_offset(text, e))
                        })
                        .collect()
                })
                .unwrap_or_default();
            let paras = paragraphs::paragraphs(text);
            let lang = kind::detect_lang(text);
            for r in pairing::pair(text, &paras) {
                // Typewriter marks ('') are left out too: the PolNeAR gold never marks them.
                if r.family.is_single() || text[r.open.start..r.open.end].starts_with("''") {
                    continue;
                }
                let label = gold
                    .iter()
                    .any(|&(s, e)| s.max(r.span.start) < e.min(r.span.end));
                xs.push(kind::features(text, paras[r.para], &r, lang));
                ys.push(label as u8 as f32);
            }
        }
    }
    let n = xs.len() as f32;
    let d = FEATURES.len();
    let mut w = vec![0.0f32; d];
    let (rate, l2) = (0.5f32, 1e-3f32);
    for _ in 0..3000 {
        let mut grad = vec![0.0f32; d];
        for (x, &y) in xs.iter().zip(&ys) {
            let z: f32 = x.iter().zip(&w).map(|(a, b)| a * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            for (g, xi) in grad.iter_mut().zip(x) {
                *g += (p - y) * xi;
            }
        }
        for (j, wj) in w.iter_mut().enumerate() {
            let reg = if j == 0 { 0.0 } else { l2 * *wj };
            *wj -= rate * (grad[j] / n + reg);
        }
    }
    let correct = xs
        .iter()
        .zip(&ys)
        .filter(|(x, &y)| {
            let z: f32 = x.iter().zip(&w).map(|(a, b)| a * b).sum();
            (z >= 0.0) == (y > 0.5)
        })
        .count();
    eprintln!(
        "train_kind: {} regions ({} quotations), training accuracy {:.3}",
        xs.len(),
        ys.iter().sum::<f32>(),
        correct as f32 / n
    );
    println!("# Weights of the quotation-or-term classifier, in src/kind.rs FEATURES names.");
    println!("# Made by examples/train_kind.rs on the PolNeAR and German WikiNews train splits; do not edit by hand.");
    for (name, wj) in FEATURES.iter().zip(&w) {
        println!("{name}\t{wj:.4}");
    }
}
