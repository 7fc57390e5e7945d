//! Criterion benchmarks of the native `analyze`: real articles from ../shared joined
//! together (generated news text where ../shared is absent), 1 KB to 10 MB, and the
//! hostile inputs of the robustness targets. `cargo bench`; for the wasm figures and the
//! ratios between them, see bench/run.mjs.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::Duration;

fn articles() -> String {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/quotes/");
    let mut text = String::new();
    for f in [
        "polnear_train.jsonl",
        "polnear_dev.jsonl",
        "gerquote_train.jsonl",
    ] {
        let Ok(data) = std::fs::read_to_string(format!("{root}{f}")) else {
            eprintln!("bench: {root}{f} is absent: generated text stands in for real articles");
            return (0..20_000)
                .map(|i| format!("“We will look at every option before the vote on item {i},” Mayor Ana Lindqvist said on Tuesday, adding that the council had “listened carefully.” Critics said the plan was rushed.\n\n"))
                .collect();
        };
        for line in data.lines().filter(|l| !l.is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("JSON");
            text.push_str(v["text"].as_str().unwrap_or(""));
            text.push_str("\n\n");
        }
    }
    text
}

fn fill(base: &str, n: usize) -> String {
    let mut s = String::with_capacity(n + 4);
    while s.len() < n {
        s.push_str(base);
        s.push_str("\n\n");
    }
    let mut cut = n;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn bench(c: &mut Criterion) {
    let real = articles();
    let mut g = c.benchmark_group("article");
    g.measurement_time(Duration::from_secs(5)).sample_size(10);
    for (name, n) in [
        ("1KB", 1_000),
        ("10KB", 10_000),
        ("100KB", 100_000),
        ("1MB", 1_000_000),
        ("10MB", 10_000_000),
    ] {
        let text = fill(&real, n);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), &text, |b, t| {
            b.iter(|| quotelight::analyze(t))
        });
    }
    g.finish();

    let mb = 1_000_000;
    let hostile = [
        ("normal_1MB", fill(&real, mb)),
        ("marks_only", fill("“”\"'‘’„«»", mb)),
        ("no_newline", fill(&real.replace('\n', " "), mb)),
        (
            "one_line_paragraphs",
            (0..100_000)
                .map(|i| format!("Line {i}: “a quote,” he said.\n"))
                .collect(),
        ),
        (
            "nested_10000",
            format!("{}deep{}", "“‘".repeat(5000), "’”".repeat(5000)),
        ),
        ("said", fill("said ", mb)),
        (
            "unclosed",
            format!("“{}", fill(&real.replace(['“', '”', '"', '\n'], " "), mb)),
        ),
        (
            "all_marks",
            "\"'“”„‟‘’‚‛«»‹›「」『』＂〝〞〟 a"
                .chars()
                .cycle()
                .take(mb / 2)
                .collect(),
        ),
    ];
    let mut g = c.benchmark_group("hostile");
    g.measurement_time(Duration::from_secs(5)).sample_size(10);
    for (name, text) in &hostile {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_with_input(BenchmarkId::from_parameter(name), text, |b, t| {
            b.iter(|| quotelight::analyze(t))
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
