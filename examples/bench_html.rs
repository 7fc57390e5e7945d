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
    // One page of 1 MB and one of 10 MB (the pages one after another): time grows with
    // the size, not faster.
    let mut big = String::new();
    for p in pages.iter().cycle().take(pages.len() * 2) {
        if big.len() >= 10_000_000 {
            break;
        }
        big.push_str(p);
    }
    let cut = |n: usize| {
        let mut n = n.min(big.len());
        while !big.is_char_boundary(n) {
            n -= 1;
        }
        big.get(..n).unwrap_or_default()
    };
    let (one, ten) = (cut(1_000_000), cut(10_000_000));
    let time = |html: &str| {
        (0..3)
            .map(|_| {
                let t = Instant::now();
                let page = quotelight::html::analyze_html(html, &Default::default());
                std::hint::black_box(page);
                t.elapsed().as_secs_f64()
            })
            .fold(f64::INFINITY, f64::min)
    };
    let (t1, t10) = (time(one), time(ten));
    println!(
        "one page of 1 MB: {:.0} ms; of {:.1} MB: {:.0} ms; ratio {:.1}x",
        t1 * 1e3,
        ten.len() as f64 / 1e6,
        t10 * 1e3,
        t10 / t1
    );
}
