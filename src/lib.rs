//! # quotelight
//!
//! Marks the direct quotations of a news text, who said each one, and the boilerplate a
//! pasted web page brings along. The whole pipeline is plain Rust over `&str`, linear in
//! the length of the text; the WebAssembly binding (`wasm` module, built only for
//! `wasm32`) and the CLI are thin layers over [`analyze`].
//!
//! Data flows one way:
//! text → [`paragraphs`] → [`marks`] → [`pairing`] → [`kind`] (quotations and terms)
//! → [`boilerplate`] (page furniture; quotations inside it are dropped)
//! → [`speakers`] (mentions, entities, attribution) → one [`Analysis`].
//!
//! ```
//! let text = "“We want every nation to work together,” Pompeo said.";
//! let a = quotelight::analyze(text);
//! assert_eq!(a.quotes.len(), 1);
//! let q = &a.quotes[0];
//! assert_eq!(&text[q.start..q.end], "“We want every nation to work together,”");
//! assert_eq!(q.kind, quotelight::QuoteKind::Direct);
//! ```
//!
//! Offsets in an [`Analysis`] from [`analyze`] are byte offsets into the text; convert
//! them for other languages with [`Analysis::to_unit`] (the JS API returns UTF-16 units).

pub mod analysis;
pub mod boilerplate;
pub mod kind;
pub mod lexicon;
pub mod marks;
pub mod offsets;
pub mod pairing;
pub mod paragraphs;
pub mod quotes;
pub mod speakers;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use analysis::{
    check_invariants, Analysis, Boilerplate, BoilerplateKind, Quote, QuoteKind, Span, Speaker,
    SpeakerRef, Term,
};
pub use offsets::Unit;

/// Analyses one text. Never panics; an empty text gives an empty [`Analysis`].
/// Offsets in the result are byte offsets into `text`.
pub fn analyze(text: &str) -> Analysis {
    let paras = paragraphs::paragraphs(text);
    let mut found = quotes::find(text, &paras);
    let boilerplate = boilerplate::find(text);
    // Quotations inside boilerplate (a related headline in quotes) are not the article's.
    found.quotes.retain(|q| {
        !boilerplate
            .iter()
            .any(|b| b.start <= q.start && q.start < b.end)
    });
    let speakers = speakers::attribute(text, &paras, &mut found.quotes, found.lang);
    Analysis {
        quotes: found.quotes,
        terms: found.terms,
        speakers,
        boilerplate,
    }
}

/// Analyses `text` and reports offsets in `unit`.
pub fn analyze_in(text: &str, unit: Unit) -> Analysis {
    analyze(text).to_unit(text, unit)
}
