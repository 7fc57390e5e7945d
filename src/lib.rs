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

// Tests slice freely; the module code does not (see `sub`).
#![cfg_attr(not(test), warn(clippy::string_slice))]

pub mod analysis;
pub mod boilerplate;
pub mod case;
pub mod kind;
pub mod lexicon;
pub mod marks;
pub mod offsets;
pub mod options;
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
pub use options::{Language, Layers, Options};

/// Analyses one text with every layer, detecting its language. Never panics; an empty
/// text gives an empty [`Analysis`]. Offsets in the result are byte offsets into `text`.
///
/// ```
/// let text = "“It is done,” Mayor Ana Lindqvist said.\n\nSign up for our newsletter!";
/// let a = quotelight::analyze(text);
/// let q = &a.quotes[0];
/// assert_eq!(&text[q.start..q.end], "“It is done,”");
/// assert_eq!(q.speaker.as_ref().unwrap().name, "Ana Lindqvist");
/// assert_eq!(a.speakers[0].quotes, vec![0]);
/// assert_eq!(a.boilerplate[0].kind, quotelight::BoilerplateKind::Footer);
/// ```
pub fn analyze(text: &str) -> Analysis {
    analyze_with(text, &Options::default())
}

/// Analyses one text with [`Options`]: the layers to compute and the language.
///
/// ```
/// use quotelight::{analyze_with, Layers, Options};
/// let opts = Options { layers: Layers { speakers: false, ..Layers::default() }, ..Options::default() };
/// let a = analyze_with("“It is done,” Ana Lindqvist said.", &opts);
/// assert_eq!(a.quotes.len(), 1);
/// assert!(a.quotes[0].speaker.is_none() && a.speakers.is_empty());
/// ```
pub fn analyze_with(text: &str, options: &Options) -> Analysis {
    let layers = options.layers;
    let paras = paragraphs::paragraphs(text);
    let mut found = if layers.quotes {
        quotes::find(text, &paras, options.language.lang())
    } else {
        quotes::Found {
            quotes: Vec::new(),
            terms: Vec::new(),
            lang: kind::Lang::Other,
        }
    };
    let boilerplate = if layers.boilerplate {
        boilerplate::find(text)
    } else {
        Vec::new()
    };
    // Quotations inside boilerplate (a related headline in quotes) are not the article's.
    // Both lists are in text order: one sweep.
    let mut b = boilerplate.iter().peekable();
    found.quotes.retain(|q| {
        while b.next_if(|r| r.end <= q.start).is_some() {}
        b.peek().is_none_or(|r| r.start > q.start)
    });
    let speakers = if layers.speakers {
        speakers::attribute(text, &paras, &mut found.quotes, found.lang)
    } else {
        Vec::new()
    };
    Analysis {
        quotes: found.quotes,
        terms: found.terms,
        speakers,
        boilerplate,
    }
}

/// Analyses `text` and reports offsets in `unit` (UTF-16 for JavaScript, code points for
/// Python).
///
/// ```
/// use quotelight::{analyze_in, Unit};
/// let a = analyze_in("😀 “We will win,” she said.", Unit::Utf16);
/// assert_eq!((a.quotes[0].start, a.quotes[0].end), (3, 17));
/// ```
pub fn analyze_in(text: &str, unit: Unit) -> Analysis {
    analyze(text).to_unit(text, unit)
}

/// `text[from..to]`, or "" where the range is not one of `text`, which the stages never
/// ask for: debug builds (the tests) assert it, release builds do not panic.
///
/// The crate never slices a `str` with `text[a..b]` (clippy's `string_slice` lint holds
/// it to that), but with this or [`sub`]. An indexing panic's message names the character
/// at the bad offset, and that formatting brings the Unicode printability and grapheme
/// tables with it (7.8 KB of the WebAssembly module).
#[inline(always)]
pub(crate) fn at(text: &str, from: usize, to: usize) -> &str {
    debug_assert!(
        text.get(from..to).is_some(),
        "{from}..{to} is not a range of the text"
    );
    text.get(from..to).unwrap_or_default()
}

/// [`at`] in one out-of-line copy. Each slicing written out brings its own bounds and
/// character-boundary checks into the WebAssembly module: the rule code, which slices at
/// some ninety places, calls this instead (9.5 KB smaller), while the loops run for every
/// word or character use [`at`], which costs no call.
#[inline(never)]
pub(crate) fn sub(text: &str, from: usize, to: usize) -> &str {
    at(text, from, to)
}
