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
    // One page of 1 MB (pages one after another) and one of 10 MB: time grows with the
    // size, not faster.
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
    // The 10 MB page is the 1 MB one ten times over, so both hold the same mix of pages.
    let one = cut(1_000_000);
    let ten_owned = one.repeat(10);
    let ten = ten_owned.as_str();
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
    let parse = |html: &str| {
        let t = Instant::now();
        let doc = quotelight::html::native::parse(html);
        let a = t.elapsed().as_secs_f64();
        let page = quotelight::html::blocks::read(&doc);
        let b = t.elapsed().as_secs_f64();
        let art = quotelight::html::article::decide(&page, quotelight::html::article::WEIGHTS);
        let c = t.elapsed().as_secs_f64();
        std::hint::black_box((art, doc.truncated));
        println!(
            "  parse {:.0} ms, read {:.0} ms, decide {:.0} ms, blocks {}, truncated {}",
            a * 1e3,
            (b - a) * 1e3,
            (c - b) * 1e3,
            page.blocks.len(),
            doc.truncated
        );
    };
    parse(one);
    parse(ten);
    println!(
        "one page of 1 MB: {:.0} ms; of {:.1} MB: {:.0} ms; ratio {:.1}x",
        t1 * 1e3,
        ten.len() as f64 / 1e6,
        t10 * 1e3,
        t10 / t1
    );
}
