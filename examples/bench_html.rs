//! Native speed of the HTML path: parse, read the blocks, decide the article, and analyse
//! the page text, on pages given as `{"html"}` JSON lines on standard input.
//!
//! ```text
//! python3 scripts/extract.py --dump out/extract/pages.jsonl
//! cargo run --release --example bench_html < out/extract/pages.jsonl
//! ```
//! Prints MB of HTML a second for parsing and reading alone and for the whole analysis,
//! on one core, best of three runs.

use std::io::{self, BufRead};
use std::time::Instant;

fn main() {
    let pages: Vec<String> = io::stdin()
        .lock()
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .filter_map(|v| v["html"].as_str().map(str::to_string))
        .collect();
    let bytes: usize = pages.iter().map(String::len).sum();
    let mb = bytes as f64 / 1e6;
    let best = |f: &dyn Fn(&str)| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                for p in &pages {
                    f(p);
                }
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let read = best(&|p| {
        let doc = quotelight::html::native::parse(p);
        std::hint::black_box(quotelight::html::read(&doc));
    });
    let full = best(&|p| {
        let doc = quotelight::html::native::parse(p);
        let (page, article) = quotelight::html::read(&doc);
        std::hint::black_box(quotelight::html::analyze(
            &page,
            &article,
            &Default::default(),
        ));
    });
    println!(
        "{} pages, {mb:.1} MB of HTML: read {:.1} MB/s, read + analyse {:.1} MB/s",
        pages.len(),
        mb / read,
        mb / full
    );
}
