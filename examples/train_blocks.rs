//! Trains the article model (`src/html/article.rs`) on benchmark pages.
//!
//! ```text
//! python3 scripts/train_blocks.py        # decodes the pages, assigns folds, runs this
//! ```
//! Reads `{"id","html","article","fold","set"}` lines on standard input (`article`: the
//! benchmark's hand-made body; `fold`: the page's fold by `../shared/eval/folds.py`'s hash).
//! Each block of each page is labelled body when most of its 4-word shingles are in the
//! gold body (a block under four words, when it is a line of the gold). A logistic model
//! is fitted by full-batch gradient descent (deterministic), each block weighted by the
//! square root of its word count, since the benchmark's metric counts words, not blocks;
//! then a second one over each block's and its neighbours' first-pass odds
//! (`article::CONTEXT`), fitted on the same pages.
//!
//! Writes, to the folder given as the first argument:
//! - `cv.pred.jsonl`: each page decided by the model trained without its fold, as
//!   `score.py extract` reads predictions (with `"set"`, to split by benchmark);
//! - `block_weights.tsv`: the model trained on every page, for `lexicon/`.

use std::collections::HashSet;
use std::io::{self, BufRead, Write};

use quotelight::html::{self, article, Page};

const FOLDS: usize = 5;

fn tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn hash(ts: &[&str]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    ts.hash(&mut h);
    h.finish()
}

struct Sample {
    fold: usize,
    id: serde_json::Value,
    set: String,
    page: Page,
    x: Vec<[f32; article::N]>,
    y: Vec<f32>,
    w: Vec<f32>,
}

fn labels(page: &Page, gold: &str) -> (Vec<f32>, Vec<f32>) {
    let g = tokens(gold);
    let mut grams: HashSet<u64> = HashSet::new();
    for w in g.windows(4) {
        grams.insert(hash(w));
    }
    // A block under four words is body only where the gold has it as a line of its own
    // (a subheading, "Photo: …" aside): "Home" or "Share" somewhere in the gold's prose
    // says nothing of the menu item.
    for line in gold.lines() {
        let t = tokens(line);
        if t.len() < 4 {
            grams.insert(hash(&t));
        }
    }
    let mut y = Vec::new();
    let mut w = Vec::new();
    for b in &page.blocks {
        let t = tokens(page.text.get(b.start..b.end).unwrap_or_default());
        let label = if t.is_empty() {
            0.0
        } else if t.len() < 4 {
            f32::from(grams.contains(&hash(&t)))
        } else {
            let hits = t.windows(4).filter(|s| grams.contains(&hash(s))).count();
            f32::from(hits * 2 >= t.len() - 3)
        };
        y.push(label);
        w.push((t.len() as f32).sqrt() + 0.5);
    }
    (y, w)
}

/// A weighted logistic model of `rows` (features, label, weight), `n` features each, by
/// full-batch Adam with a little L2 on all but the bias: deterministic.
fn fit(rows: &[(&[f32], f32, f32)], n: usize) -> Vec<f32> {
    let mut wts = vec![0.0f64; n];
    let (mut m, mut v) = (vec![0.0f64; n], vec![0.0f64; n]);
    let total: f64 = rows.iter().map(|r| f64::from(r.2)).sum();
    let (lr, b1, b2, l2) = (0.05, 0.9, 0.999, 1e-4);
    for step in 1..=400 {
        let mut grad = vec![0.0f64; n];
        for &(x, y, w) in rows {
            let z: f64 = x.iter().zip(&wts).map(|(a, b)| f64::from(*a) * b).sum();
            let p = 1.0 / (1.0 + (-z).exp());
            let e = (p - f64::from(y)) * f64::from(w) / total;
            for (g, a) in grad.iter_mut().zip(x) {
                *g += e * f64::from(*a);
            }
        }
        for i in 0..n {
            let g = grad[i] + if i > 0 { l2 * wts[i] } else { 0.0 };
            m[i] = b1 * m[i] + (1.0 - b1) * g;
            v[i] = b2 * v[i] + (1.0 - b2) * g * g;
            let mh = m[i] / (1.0 - b1.powi(step));
            let vh = v[i] / (1.0 - b2.powi(step));
            wts[i] -= lr * mh / (vh.sqrt() + 1e-8);
        }
    }
    wts.iter().map(|&w| w as f32).collect()
}

/// Both passes: the block model, then the context model over its probabilities on the
/// same pages.
fn fit_model(samples: &[&Sample]) -> Vec<f32> {
    let rows: Vec<(&[f32], f32, f32)> = samples
        .iter()
        .flat_map(|s| {
            s.x.iter()
                .zip(&s.y)
                .zip(&s.w)
                .map(|((x, &y), &w)| (&x[..], y, w))
        })
        .collect();
    let mut w = fit(&rows, article::N);
    let ctx: Vec<Vec<[f32; article::M]>> = samples
        .iter()
        .map(|s| article::context_features(&article::scores(&s.page, &w)))
        .collect();
    let rows: Vec<(&[f32], f32, f32)> = samples
        .iter()
        .zip(&ctx)
        .flat_map(|(s, c)| {
            c.iter()
                .zip(&s.y)
                .zip(&s.w)
                .map(|((x, &y), &w)| (&x[..], y, w))
        })
        .collect();
    w.extend(fit(&rows, article::M));
    w
}

fn main() -> io::Result<()> {
    let out_dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "out/extract".into());
    std::fs::create_dir_all(&out_dir)?;
    let mut samples = Vec::new();
    for line in io::stdin().lock().lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).map_err(io::Error::other)?;
        let html_text = v["html"].as_str().unwrap_or_default();
        let doc = html::native::parse(html_text);
        let page = html::blocks::read(&doc);
        let (y, w) = labels(&page, v["article"].as_str().unwrap_or_default());
        samples.push(Sample {
            fold: v["fold"].as_u64().unwrap_or(0) as usize % FOLDS,
            id: v["id"].clone(),
            set: v["set"].as_str().unwrap_or_default().to_string(),
            x: article::features(&page),
            page,
            y,
            w,
        });
    }
    eprintln!("train_blocks: {} pages", samples.len());
    let mut cv = io::BufWriter::new(std::fs::File::create(format!("{out_dir}/cv.pred.jsonl"))?);
    for k in 0..FOLDS {
        let train: Vec<&Sample> = samples.iter().filter(|s| s.fold != k).collect();
        let w = fit_model(&train);
        for s in samples.iter().filter(|s| s.fold == k) {
            let a = article::decide(&s.page, &w);
            let rec = serde_json::json!({
                "id": s.id, "set": s.set, "text": a.body_text(&s.page),
                "title": a.title, "author": a.author, "date": a.date,
            });
            writeln!(cv, "{rec}")?;
        }
        eprintln!("train_blocks: fold {k} done");
    }
    cv.flush()?;
    let all: Vec<&Sample> = samples.iter().collect();
    let w = fit_model(&all);
    let mut tsv = String::from(
        "# Weights of the article model, in src/html/article.rs FEATURES order.\n\
         # Made by examples/train_blocks.rs (scripts/train_blocks.py) on the ScrapingHub and\n\
         # WCXB dev pages of ../shared/data/pages; do not edit by hand.\n",
    );
    for (name, w) in article::FEATURES.iter().chain(article::CONTEXT).zip(&w) {
        tsv.push_str(&format!("{name}\t{w:.4}\n"));
    }
    std::fs::write(format!("{out_dir}/block_weights.tsv"), tsv)?;
    Ok(())
}
