//! Trains the two learned decisions of the quotation path on the train splits and writes
//! cross-validated predictions: quotation or term (`src/kind.rs`) and who the speaker is
//! (`src/speakers/model.rs`). Run by `scripts/train_quotes.py`, which feeds it the gold
//! files with each document's fold and scores what it writes; by hand:
//!
//! ```sh
//! cargo run --release --example train_quotes -- OUT_DIR < docs.jsonl
//! ```
//! Input lines: `{"id", "split": "train"|"dev", "fold": 0..4, "text", "quotes": [gold]}`
//! (gold offsets in code points, as in `../shared/data/quotes`). Output in OUT_DIR:
//! `kind_weights.tsv` and `speaker_weights.tsv` (fitted on every train document),
//! `cv.pred.jsonl` (each train document analysed with both models fitted without its fold)
//! and `dev.pred.jsonl` (dev documents with the models fitted on all of train); predictions
//! in the scorer's format, code-point offsets.
//!
//! Environment switches for exploring: `TRAIN_QUOTES_L2="en,de"` (the ranker's L2, chosen
//! by the cross-validated figures; German's only with `TRAIN_QUOTES_SEPARATE`, which fits
//! German on its own examples instead of jointly with English: CV speaker accuracy 0.836
//! against the joint fit's 0.843), `TRAIN_QUOTES_L2_JOINT` (the joint fit's L2: 3e-4 gave
//! 0.840, 1e-3 0.843, 1e-2 0.832), `TRAIN_QUOTES_NO_CV` (the final fit only, with its
//! in-sample figures), `TRAIN_QUOTES_VERBOSE` (the loss as it falls),
//! `TRAIN_QUOTES_SHOW_WRONG` (`en` or `de`: that language's quotations the shipped weights
//! attribute wrongly, with both candidates' features), `TRAIN_QUOTES_SHOW_UNREACHABLE` (gold speakers no candidate
//! stands for), `TRAIN_QUOTES_DUMP_KIND=FILE` (the quotation-or-term examples).
//!
//! Both models are fitted deterministically (full-batch gradient descent from zero), so the
//! same files give the same weights. Dev documents are never read for fitting.

use quotelight::analysis::Span;
use quotelight::kind::{self, FEATURES as KIND_FEATURES};
use quotelight::speakers::{self, Choice, FEATURES as SPEAKER_FEATURES};
use quotelight::{pairing, Models, Options};
use std::collections::HashSet;
use std::io::{BufRead, Write};

const FOLDS: usize = 5;
/// Debugging aid: weights under which wrong choices are printed (TRAIN_QUOTES_SHOW_WRONG).
static SHOW_WRONG: std::sync::OnceLock<(Vec<f32>, bool)> = std::sync::OnceLock::new();
/// Adam steps of the speaker ranker.
const ITERATIONS: usize = 300;
/// L2 strength of the speaker ranker, per language (English, German): chosen by the
/// cross-validated speaker accuracy on the train splits.
const L2: [f32; 2] = [1e-3, 1e-3];

struct Gold {
    span: (usize, usize),
    speaker: Option<String>,
    speaker_spans: Vec<(usize, usize)>,
    pronoun: bool,
}

struct Doc {
    id: String,
    train: bool,
    fold: usize,
    text: String,
    gold: Vec<Gold>,
    german: bool,
}

/// `t[from..to]` with both ends moved back to character boundaries, on one line (for the
/// debugging printouts).
fn context(t: &str, from: usize, to: usize) -> String {
    let floor = |mut i: usize| {
        i = i.min(t.len());
        while !t.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    t[floor(from)..floor(to)].replace('\n', " ")
}

fn byte_of(text: &str) -> Vec<usize> {
    let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
    v.push(text.len());
    v
}

fn read_docs() -> Vec<Doc> {
    let mut docs = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("readable input");
        if line.trim().is_empty() {
            continue;
        }
        let d: serde_json::Value = serde_json::from_str(&line).expect("a JSON line");
        let text = d["text"].as_str().expect("a text").to_string();
        let b = byte_of(&text);
        let at = |v: &serde_json::Value| b[v.as_u64().expect("an offset") as usize];
        let gold = d["quotes"]
            .as_array()
            .map(|qs| {
                qs.iter()
                    .map(|q| Gold {
                        span: (at(&q["start"]), at(&q["end"])),
                        speaker: q["speaker"].as_str().map(str::to_string),
                        speaker_spans: q["speaker_spans"]
                            .as_array()
                            .map(|ss| ss.iter().map(|s| (at(&s[0]), at(&s[1]))).collect())
                            .unwrap_or_default(),
                        pronoun: q["speaker_is_pronoun"].as_bool().unwrap_or(false),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let german = kind::detect_lang(&text) == kind::Lang::German;
        docs.push(Doc {
            id: d["id"].as_str().expect("an id").to_string(),
            train: d["split"].as_str() == Some("train"),
            fold: d["fold"].as_u64().unwrap_or(0) as usize,
            text,
            gold,
            german,
        });
    }
    docs
}

/// Quotation or term: one example per top-level double-mark region (single marks follow the
/// text's quoting style, see `src/quotes.rs`); the label is whether it overlaps a gold
/// quotation. Typewriter marks ('') are examples too: the corrected PolNeAR gold holds them.
fn kind_examples(doc: &Doc) -> Vec<(Vec<f32>, f32)> {
    let text = &doc.text;
    let read = quotelight::document::Document::read(text);
    let paras = &read.paras;
    let lang = kind::lang_of(&read);
    pairing::pair(text, paras)
        .iter()
        .filter(|r| !r.family.is_single())
        .map(|r| {
            let label = doc
                .gold
                .iter()
                .any(|g| g.span.0.max(r.span.start) < g.span.1.min(r.span.end));
            (
                kind::features(&read, paras[r.para], r, lang),
                f32::from(u8::from(label)),
            )
        })
        .collect()
}

/// Logistic regression, L2, full-batch gradient descent from zero (the bias unregularised).
fn fit_logistic(xs: &[&(Vec<f32>, f32)], d: usize) -> Vec<f32> {
    let n = xs.len().max(1) as f32;
    let mut w = vec![0.0f32; d];
    let (rate, l2) = (0.5f32, 1e-3f32);
    for _ in 0..3000 {
        let mut grad = vec![0.0f32; d];
        for (x, y) in xs.iter().map(|e| (&e.0, e.1)) {
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
    w
}

/// The scorer's word sets (`score.py words`): \w+ runs, lower-cased, without pronouns,
/// articles and honorifics.
fn words(s: &str) -> HashSet<String> {
    const STOP: &[&str] = &[
        "he",
        "she",
        "they",
        "i",
        "we",
        "you",
        "it",
        "his",
        "her",
        "their",
        "its",
        "him",
        "them",
        "us",
        "me",
        "my",
        "our",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
        "the",
        "a",
        "an",
        "of",
        "and",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "president",
    ];
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// A speaker example: the candidates' active features and which candidates are right.
struct SpeakerExample {
    german: bool,
    candidates: Vec<Vec<u16>>,
    right: Vec<bool>,
}

/// The gold quotation a found one stands for: the one it overlaps most.
fn gold_of(doc: &Doc, s: usize, e: usize) -> Option<&Gold> {
    doc.gold
        .iter()
        .map(|g| (g.span.1.min(e).saturating_sub(g.span.0.max(s)), g))
        .filter(|(ov, _)| *ov > 0)
        .max_by_key(|(ov, _)| *ov)
        .map(|(_, g)| g)
}

/// Whether the scorer would count a candidate as the speaker of `g`.
fn counts(c_span: Span, name: &str, g: &Gold) -> bool {
    g.speaker_spans
        .iter()
        .any(|&(a, b)| c_span.end.min(b) > c_span.start.max(a))
        || (!g.pronoun && !(words(name).is_disjoint(&words(g.speaker.as_deref().unwrap_or("")))))
}

fn speaker_examples(doc: &Doc, models: &Models) -> Vec<SpeakerExample> {
    let (quotes, choices) = quotelight::speaker_choices(&doc.text, &Options::default(), models);
    let mut out = Vec::new();
    for Choice { quote, candidates } in choices {
        let q = &quotes[quote];
        let Some(g) = gold_of(doc, q.start, q.end) else {
            continue;
        };
        // Quotations the gold gives no speaker (1.6 % of PolNeAR's, 5 % of German train's)
        // teach nothing: the scorer gives no credit for leaving a speaker out, and a "no
        // speaker" candidate trained on them cost 2.6 points of German speaker accuracy in
        // cross-validation.
        if g.speaker.is_none() {
            continue;
        }
        let right: Vec<bool> = candidates
            .iter()
            .map(|c| counts(c.span, &c.name, g))
            .collect();
        if !right.iter().any(|&r| r) {
            if std::env::var_os("TRAIN_QUOTES_SHOW_UNREACHABLE").is_some() {
                eprintln!(
                    "UNREACHABLE gold={:?} | {}",
                    g.speaker.as_deref().unwrap_or(""),
                    context(&doc.text, q.start.saturating_sub(150), q.end + 100)
                );
            }
            continue; // the right speaker is not among the candidates: nothing to learn
        }
        if let Some((w, german)) = SHOW_WRONG.get() {
            let score = |a: &[u16]| a.iter().map(|&i| w[usize::from(i)]).sum::<f32>();
            let best = (0..candidates.len()).fold(0, |b, i| {
                if score(&candidates[i].active) > score(&candidates[b].active) {
                    i
                } else {
                    b
                }
            });
            if !right[best] && doc.german == *german {
                let t = &doc.text;
                let show = |c: &speakers::Candidate| {
                    let names: Vec<&str> = c
                        .active
                        .iter()
                        .map(|&i| SPEAKER_FEATURES[usize::from(i)])
                        .collect();
                    format!(
                        "{:?} ({}) {:.2} {}",
                        &t[c.span.start..c.span.end],
                        c.name,
                        score(&c.active),
                        names.join(",")
                    )
                };
                let r = (0..candidates.len()).find(|&i| right[i]).unwrap();
                eprintln!(
                    "WRONG {}\n  chose {}\n  right {}\n",
                    context(t, q.start.saturating_sub(200), q.end + 80),
                    show(&candidates[best]),
                    show(&candidates[r])
                );
            }
        }
        out.push(SpeakerExample {
            german: doc.german,
            candidates: candidates.into_iter().map(|c| c.active).collect(),
            right,
        });
    }
    out
}

/// The ranker: a conditional logit over each quotation's candidates, fitted on the log of
/// the probability given to the right candidates, with L2, by full-batch Adam from zero
/// (deterministic: the same examples give the same weights).
fn fit_ranker(examples: &[&SpeakerExample], d: usize, l2: f32) -> Vec<f32> {
    let n = examples.len().max(1) as f32;
    let mut w = vec![0.0f32; d];
    let (mut m1, mut m2) = (vec![0.0f32; d], vec![0.0f32; d]);
    let (rate, b1, b2) = (0.05f32, 0.9f32, 0.999f32);
    let mut scores = Vec::new();
    let mut grad = vec![0.0f32; d];
    for it in 0..ITERATIONS {
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut loss = 0.0f64;
        for ex in examples {
            scores.clear();
            scores.extend(
                ex.candidates
                    .iter()
                    .map(|a| a.iter().map(|&i| w[i as usize]).sum::<f32>()),
            );
            let top = scores.iter().copied().fold(f32::MIN, f32::max);
            let exp: Vec<f32> = scores.iter().map(|s| (s - top).exp()).collect();
            let z: f32 = exp.iter().sum();
            let zr: f32 = exp
                .iter()
                .zip(&ex.right)
                .filter(|(_, r)| **r)
                .map(|(e, _)| e)
                .sum();
            loss -= f64::from((zr / z).ln());
            for ((a, e), r) in ex.candidates.iter().zip(&exp).zip(&ex.right) {
                let g = e / z - if *r { e / zr } else { 0.0 };
                for &i in a {
                    grad[i as usize] += g;
                }
            }
        }
        let t = (it + 1) as i32;
        let (c1, c2) = (1.0 - b1.powi(t), 1.0 - b2.powi(t));
        for j in 0..d {
            let g = grad[j] / n + l2 * w[j];
            m1[j] = b1 * m1[j] + (1.0 - b1) * g;
            m2[j] = b2 * m2[j] + (1.0 - b2) * g * g;
            w[j] -= rate * (m1[j] / c1) / ((m2[j] / c2).sqrt() + 1e-8);
        }
        if std::env::var_os("TRAIN_QUOTES_VERBOSE").is_some() && (it + 1) % 50 == 0 {
            eprintln!(
                "train_quotes: ranker iteration {} mean loss {:.4}",
                it + 1,
                loss / f64::from(n)
            );
        }
    }
    w
}

/// Fitted weights for one training set: quotation or term, then the speaker ranker of each
/// language on the quotations that quotation model finds.
struct Fitted {
    kind: Vec<f32>,
    en: Vec<f32>,
    de: Vec<f32>,
}

fn fit(docs: &[&Doc]) -> Fitted {
    let kind_ex: Vec<(Vec<f32>, f32)> = docs.iter().flat_map(|d| kind_examples(d)).collect();
    let refs: Vec<&(Vec<f32>, f32)> = kind_ex.iter().collect();
    let kind_w = fit_logistic(&refs, KIND_FEATURES.len());
    let zeros = vec![0.0f32; SPEAKER_FEATURES.len()];
    let models = Models {
        kind: &kind_w,
        speakers_en: &zeros,
        speakers_de: &zeros,
    };
    let ex: Vec<SpeakerExample> = docs
        .iter()
        .flat_map(|d| speaker_examples(d, &models))
        .collect();
    let of = |german: bool| -> Vec<f32> {
        let part: Vec<&SpeakerExample> = ex.iter().filter(|e| e.german == german).collect();
        eprintln!(
            "train_quotes: {} {} quotations with a reachable gold speaker",
            part.len(),
            if german { "German" } else { "English" }
        );
        // TRAIN_QUOTES_L2="en,de" overrides L2 (to choose it by cross-validation).
        let l2 = std::env::var("TRAIN_QUOTES_L2")
            .ok()
            .and_then(|v| v.split(',').nth(usize::from(german))?.parse().ok())
            .unwrap_or(L2[usize::from(german)]);
        let w = fit_ranker(&part, SPEAKER_FEATURES.len(), l2);
        let top = part
            .iter()
            .filter(|ex| {
                let score = |a: &Vec<u16>| a.iter().map(|&i| w[i as usize]).sum::<f32>();
                let best = (0..ex.candidates.len()).fold(0, |b, i| {
                    if score(&ex.candidates[i]) > score(&ex.candidates[b]) {
                        i
                    } else {
                        b
                    }
                });
                ex.right[best]
            })
            .count();
        eprintln!(
            "train_quotes: ranker picks a right candidate for {:.3} of them (in sample)",
            top as f32 / part.len().max(1) as f32
        );
        w
    };
    // German has a seventeenth of English's examples: its ranker is fitted on both
    // languages, each feature shared plus a German copy that only German examples have
    // (Daume's feature augmentation), so that L2 pulls German towards what holds in both;
    // its weights are the sum. English keeps its own fit.
    let d = SPEAKER_FEATURES.len();
    let augmented: Vec<SpeakerExample> = ex
        .iter()
        .map(|e| SpeakerExample {
            german: e.german,
            right: e.right.clone(),
            candidates: e
                .candidates
                .iter()
                .map(|a| {
                    let mut v = a.clone();
                    if e.german {
                        v.extend(a.iter().map(|&i| i + d as u16));
                    }
                    v
                })
                .collect(),
        })
        .collect();
    let refs: Vec<&SpeakerExample> = augmented.iter().collect();
    let l2 = std::env::var("TRAIN_QUOTES_L2_JOINT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1e-3);
    let joint = fit_ranker(&refs, 2 * d, l2);
    let de = if std::env::var_os("TRAIN_QUOTES_SEPARATE").is_some() {
        of(true)
    } else {
        (0..d).map(|i| joint[i] + joint[d + i]).collect()
    };
    Fitted {
        en: of(false),
        de,
        kind: kind_w,
    }
}

fn predict(doc: &Doc, f: &Fitted, out: &mut impl Write) {
    let models = Models {
        kind: &f.kind,
        speakers_en: &f.en,
        speakers_de: &f.de,
    };
    let a = quotelight::analyze_models(&doc.text, &Options::default(), &models);
    let cp = |b: usize| doc.text[..b].chars().count();
    let quotes: Vec<serde_json::Value> = a
        .quotes
        .iter()
        .map(|q| {
            serde_json::json!({
                "start": cp(q.start),
                "end": cp(q.end),
                "speaker": q.speaker.as_ref().map(|s| serde_json::json!({
                    "name": s.name, "start": cp(s.start), "end": cp(s.end)
                })),
            })
        })
        .collect();
    let line = serde_json::json!({"id": doc.id, "quotes": quotes});
    writeln!(out, "{line}").expect("the predictions can be written");
}

fn write_weights(path: &std::path::Path, head: &str, names: &[&str], w: &[f32]) {
    let mut s = String::from(head);
    for (name, wj) in names.iter().zip(w) {
        s.push_str(&format!("{name}\t{wj:.4}\n"));
    }
    std::fs::write(path, s).expect("the weights can be written");
}

fn main() {
    let out = std::path::PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: train_quotes OUT_DIR"),
    );
    std::fs::create_dir_all(&out).expect("the output folder can be made");
    let docs = read_docs();
    if let Some(lang) = std::env::var_os("TRAIN_QUOTES_SHOW_WRONG") {
        let german = lang == "de";
        let _ = SHOW_WRONG.set((
            quotelight::lexicon::speaker_weights(german).to_vec(),
            german,
        ));
    }
    // TRAIN_QUOTES_DUMP_KIND=FILE: the quotation-or-term examples of train as JSONL
    // ({"fold", "german", "x", "y"}), for trying other learners on the same features.
    if let Some(path) = std::env::var_os("TRAIN_QUOTES_DUMP_KIND") {
        let mut f = std::io::BufWriter::new(std::fs::File::create(path).expect("the dump file"));
        for d in docs.iter().filter(|d| d.train) {
            for (x, y) in kind_examples(d) {
                let line = serde_json::json!({"fold": d.fold, "german": d.german, "x": x, "y": y});
                writeln!(f, "{line}").expect("the dump can be written");
            }
        }
    }
    let train: Vec<&Doc> = docs.iter().filter(|d| d.train).collect();
    let mut cv = std::io::BufWriter::new(
        std::fs::File::create(out.join("cv.pred.jsonl")).expect("cv.pred.jsonl"),
    );
    // TRAIN_QUOTES_NO_CV=1: the final fit only (for a quick look at the in-sample figures).
    let folds = if std::env::var_os("TRAIN_QUOTES_NO_CV").is_some() {
        0
    } else {
        FOLDS
    };
    for k in 0..folds {
        let fitted = fit(&train
            .iter()
            .copied()
            .filter(|d| d.fold != k)
            .collect::<Vec<_>>());
        for d in train.iter().filter(|d| d.fold == k) {
            predict(d, &fitted, &mut cv);
        }
        eprintln!("train_quotes: fold {k} done");
    }
    let all = fit(&train);
    let mut dev = std::io::BufWriter::new(
        std::fs::File::create(out.join("dev.pred.jsonl")).expect("dev.pred.jsonl"),
    );
    for d in docs.iter().filter(|d| !d.train) {
        predict(d, &all, &mut dev);
    }
    write_weights(
        &out.join("kind_weights.tsv"),
        "# Weights of the quotation-or-term classifier, in src/kind.rs FEATURES names.\n\
         # Made by scripts/train_quotes.py (examples/train_quotes.rs) on the PolNeAR and German WikiNews train splits; do not edit by hand.\n",
        KIND_FEATURES,
        &all.kind,
    );
    let mut s = String::from(
        "# Weights of the speaker ranker, in src/speakers/features.rs FEATURES names: name, English weight, German weight.\n\
         # Made by scripts/train_quotes.py (examples/train_quotes.rs) on the PolNeAR and German WikiNews train splits; do not edit by hand.\n",
    );
    for ((name, e), g) in SPEAKER_FEATURES.iter().zip(&all.en).zip(&all.de) {
        s.push_str(&format!("{name}\t{e:.4}\t{g:.4}\n"));
    }
    std::fs::write(out.join("speaker_weights.tsv"), s).expect("the weights can be written");
}
