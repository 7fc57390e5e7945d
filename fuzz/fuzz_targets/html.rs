//! Fuzzes the HTML path with arbitrary bytes: decoding, the html5ever parse, the block
//! reader, the article model and the analysis of the page text. Checks that blocks lie in
//! order on character boundaries of the page text, that the body is made of blocks, and
//! every invariant of the analysis (`quotelight::check_invariants`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let html = quotelight::html::native::decode(data);
    let doc = quotelight::html::native::parse(&html);
    let (page, article) = quotelight::html::read(&doc);
    let mut at = 0;
    for b in &page.blocks {
        assert!(at <= b.start && b.start < b.end && b.end <= page.text.len());
        assert!(page.text.is_char_boundary(b.start) && page.text.is_char_boundary(b.end));
        at = b.end;
    }
    assert!(article.body.windows(2).all(|w| w[0] < w[1]));
    assert!(article.body.iter().all(|&i| i < page.blocks.len()));
    let a = quotelight::html::analyze(&page, &article, &Default::default());
    if let Err(e) = quotelight::check_invariants(&page.text, &a) {
        panic!("invariant broken: {e}\ninput: {html:?}");
    }
});
