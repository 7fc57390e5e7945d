//! Prints a page's blocks as the reader makes them, one a line, for reading the article
//! model's and the metadata rules' choices by eye.
//!
//! ```text
//! cargo run --release --example blocks -- page.html [FIRST] [COUNT]
//! ```
//! Each line: index, role, the `within` and `words` bits (own / ancestors), characters,
//! B where the block is body, and the block's text cut to 100 characters.

use quotelight::html::{self, native};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: blocks PAGE.html [FIRST] [COUNT]");
        std::process::exit(2);
    };
    let bytes = std::fs::read(path).unwrap_or_else(|e| {
        eprintln!("blocks: {path}: {e}");
        std::process::exit(1);
    });
    let first: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(0);
    let count: usize = args
        .get(3)
        .and_then(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    let html = native::decode(&bytes);
    let dom = native::parse(&html);
    let (page, article) = html::read(&dom);
    println!("meta: {:?}", page.meta);
    println!(
        "article: title {:?} author {:?} date {:?}",
        article.title, article.author, article.date
    );
    for (i, b) in page.blocks.iter().enumerate().skip(first).take(count) {
        let t: String = page.text[b.start..b.end].chars().take(100).collect();
        println!(
            "{i:4} {:<12} w{:04x} c{:02x}/{:02x} {:5} {} | {}",
            format!("{:?}", b.role),
            b.within,
            b.classes,
            b.ancestors,
            b.chars,
            if article.body.contains(&i) { "B" } else { "." },
            t.replace('\n', " ")
        );
    }
}
