//! # quotelight
//!
//! Marks the direct quotations of a news text, who said each one, and the boilerplate a
//! pasted web page brings along. The whole pipeline is plain Rust over `&str`, linear in
//! the length of the text; the WebAssembly binding (`wasm` module, built only for
//! `wasm32`) and the CLI are thin layers over [`analyze`].
//!
//! Data flows one way:
//! text → [`document`] (read once: [`paragraphs`] and the words, with their lexicon lists)
//! → [`marks`] → [`pairing`] → [`kind`] (quotations and terms)
//! → [`boilerplate`] (page furniture; quotations inside it are dropped)
//! → [`speakers`] (mentions, entities, attribution, reading the document's words)
//! → one [`Analysis`].
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
pub mod document;
pub mod html;
pub mod kind;
pub mod lexicon;
pub mod marks;
pub mod offsets;
pub mod options;
pub mod pairing;
pub mod paragraphs;
pub mod parallel;
pub mod quotes;
pub mod speakers;

#[cfg(all(target_arch = "wasm32", feature = "browser"))]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

use document::Document;

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
    analyze_models(text, options, &Models::compiled())
}

/// The learned models' weights: the ones compiled in ([`Models::compiled`]), or a trainer's
/// (`examples/train_quotes.rs` analyses each held-out fold with weights fitted without it).
#[doc(hidden)]
#[derive(Clone, Copy)]
pub struct Models<'a> {
    /// Quotation or term, in [`kind::FEATURES`] order.
    pub kind: &'a [f32],
    /// The speaker ranker's, for English and for German text, in [`speakers::FEATURES`] order.
    pub speakers_en: &'a [f32],
    pub speakers_de: &'a [f32],
}

impl Models<'_> {
    /// The speaker weights for text in `lang` (the English ones unless German).
    pub fn speakers(&self, lang: kind::Lang) -> &[f32] {
        if lang == kind::Lang::German {
            self.speakers_de
        } else {
            self.speakers_en
        }
    }
}

impl Models<'static> {
    /// The weights shipped in the crate.
    pub fn compiled() -> Self {
        Models {
            kind: lexicon::kind_weights(),
            speakers_en: lexicon::speaker_weights(false),
            speakers_de: lexicon::speaker_weights(true),
        }
    }
}

/// [`analyze_with`] with given model weights (for training and cross-validation).
#[doc(hidden)]
pub fn analyze_models(text: &str, options: &Options, models: &Models) -> Analysis {
    analyze_recorded(text, options, models, None)
}

/// [`analyze_models`], handing each quotation's speaker candidates to `record`.
fn analyze_recorded(
    text: &str,
    options: &Options,
    models: &Models,
    record: Option<&mut Vec<speakers::Choice>>,
) -> Analysis {
    // The text is read once; the stages after this read the document, not the text.
    let doc = Document::read(text);
    let boilerplate = if options.layers.boilerplate {
        boilerplate::find(&doc)
    } else {
        Vec::new()
    };
    analyze_parts(&doc, options, boilerplate, models, record)
}

/// [`analyze_with`] with the boilerplate already known (byte spans of `text`, in text
/// order, from a page's structure, say): the text's own boilerplate detector is not run.
/// Spans are mended, not trusted: clipped to the text and to character boundaries, and
/// overlapping ones merged (a span that starts before the one before it is merged with
/// every span it reaches back over).
pub fn analyze_with_boilerplate(
    text: &str,
    options: &Options,
    boilerplate: Vec<Boilerplate>,
) -> Analysis {
    let mut mended: Vec<Boilerplate> = Vec::with_capacity(boilerplate.len());
    if options.layers.boilerplate {
        for mut b in boilerplate {
            b.end = kind::floor_boundary(text, b.end);
            b.start = kind::floor_boundary(text, b.start.min(b.end));
            if b.start == b.end {
                continue;
            }
            mended.push(b);
            // A span that overlaps the one before it, or reaches back over several, absorbs them.
            while let [.., prev, last] = mended.as_slice() {
                if prev.end <= last.start {
                    break;
                }
                let last = mended.pop().unwrap_or_else(|| unreachable!());
                let prev = mended.last_mut().unwrap_or_else(|| unreachable!());
                prev.start = prev.start.min(last.start);
                prev.end = prev.end.max(last.end);
            }
        }
    }
    analyze_parts(
        &Document::read(text),
        options,
        mended,
        &Models::compiled(),
        None,
    )
}

/// The pipeline with the boilerplate already known: found in the text by
/// [`analyze_with`], or in the page's structure by [`html::analyze`].
fn analyze_parts(
    doc: &Document,
    options: &Options,
    boilerplate: Vec<Boilerplate>,
    models: &Models,
    record: Option<&mut Vec<speakers::Choice>>,
) -> Analysis {
    let mut found = quotations(doc, options, &boilerplate, models);
    let speakers = if options.layers.speakers {
        speakers::attribute(
            doc,
            &mut found.quotes,
            found.lang,
            models.speakers(found.lang),
            record,
        )
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

/// The quotation stage's findings, without the quotations that lie in boilerplate.
fn quotations(
    doc: &Document,
    options: &Options,
    boilerplate: &[Boilerplate],
    models: &Models,
) -> quotes::Found {
    let mut found = if options.layers.quotes {
        quotes::find(doc, options.language.lang(), models.kind)
    } else {
        quotes::Found {
            quotes: Vec::new(),
            terms: Vec::new(),
            lang: kind::Lang::Other,
        }
    };
    // Quotations inside boilerplate (a related headline in quotes) are not the article's.
    // Both lists are in text order: one sweep.
    let mut b = boilerplate.iter().peekable();
    found.quotes.retain(|q| {
        while b.next_if(|r| r.end <= q.start).is_some() {}
        b.peek().is_none_or(|r| r.start > q.start)
    });
    found
}

/// The speaker ranker's view of a text, for its trainer: the quotations and each one's
/// candidates with their features, from the very analysis `analyze_models` runs.
#[doc(hidden)]
pub fn speaker_choices(
    text: &str,
    options: &Options,
    models: &Models,
) -> (Vec<Quote>, Vec<speakers::Choice>) {
    let mut choices = Vec::new();
    let a = analyze_recorded(text, options, models, Some(&mut choices));
    (a.quotes, choices)
}

/// The article body of a text: `text` without its boilerplate (`analysis` must be
/// `text`'s, in byte offsets), the pieces between boilerplate spans a line apart.
///
/// ```
/// let text = "“It is done,” Mayor Ana Lindqvist said.\n\nSign up for our newsletter!";
/// let a = quotelight::analyze(text);
/// assert_eq!(quotelight::body_text(text, &a), "“It is done,” Mayor Ana Lindqvist said.");
/// ```
pub fn body_text(text: &str, analysis: &Analysis) -> String {
    let mut pieces = Vec::new();
    let mut at = 0;
    for b in &analysis.boilerplate {
        pieces.push(at_str(text, at, b.start));
        at = b.end.max(at);
    }
    pieces.push(at_str(text, at, text.len()));
    let kept: Vec<&str> = pieces
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    kept.join("\n")
}

fn at_str(text: &str, from: usize, to: usize) -> &str {
    text.get(from..to).unwrap_or_default()
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
    let s = text.get(from..to);
    debug_assert!(s.is_some(), "{from}..{to} is not a range of the text");
    s.unwrap_or_default()
}

/// Where the next byte of `b` at or after `from` is one of `targets`, or (with `high`) any
/// byte from 0x80 up; `b.len()` when there is none. Eight bytes are tested at a time (a
/// byte of a word equals `t` when that byte of `word ^ t*0x01..01` is zero, which the
/// classic `(x - 0x01..01) & !x & 0x80..80` test finds without false alarms for "any"):
/// the paragraph and mark scans skip plain prose this way instead of byte by byte.
pub(crate) fn find_bytes(b: &[u8], from: usize, targets: [u8; 3], high: bool) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let has = |w: u64, t: u8| {
        let x = w ^ (LO * u64::from(t));
        x.wrapping_sub(LO) & !x & HI != 0
    };
    let mut i = from;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        if (high && w & HI != 0) || has(w, targets[0]) || has(w, targets[1]) || has(w, targets[2]) {
            break;
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if (high && c >= 0x80) || targets.contains(&c) {
            return i;
        }
        i += 1;
    }
    b.len()
}

/// [`at`] in one out-of-line copy. Each slicing written out brings its own bounds and
/// character-boundary checks into the WebAssembly module: the rule code, which slices at
/// some ninety places, calls this instead (9.5 KB smaller), while the loops run for every
/// word or character use [`at`], which costs no call.
#[inline(never)]
pub(crate) fn sub(text: &str, from: usize, to: usize) -> &str {
    at(text, from, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_given_is_mended_not_trusted() {
        let text = "Menu Home\n\n“We start now,” Mayor Ana Lindqvist said.\n\nShare this";
        let b = |start, end| Boilerplate {
            start,
            end,
            kind: BoilerplateKind::Header,
        };
        let a = analyze_with_boilerplate(
            text,
            &Options::default(),
            vec![b(0, 9), b(64, 999), b(62, 70), b(3, 5)],
        );
        check_invariants(text, &a).unwrap();
        assert_eq!(
            a.boilerplate
                .iter()
                .map(|b| (b.start, b.end))
                .collect::<Vec<_>>(),
            vec![(0, text.len())],
            "the last span reached back over both"
        );
        let a = analyze_with_boilerplate(text, &Options::default(), vec![b(0, 9), b(11, 10)]);
        check_invariants(text, &a).unwrap();
        assert_eq!(a.boilerplate.len(), 1);
        assert_eq!(a.quotes.len(), 1);
        // Off a character boundary: floored.
        let a = analyze_with_boilerplate(text, &Options::default(), vec![b(0, 12)]);
        check_invariants(text, &a).unwrap();
        assert_eq!(a.boilerplate[0].end, 11);
    }

    /// The eight-bytes-at-a-time search finds what a byte-by-byte one finds, wherever in a
    /// word the byte sits and whatever surrounds it.
    #[test]
    fn find_bytes_agrees_with_a_plain_scan() {
        let plain = |b: &[u8], from: usize, t: [u8; 3], high: bool| {
            (from..b.len())
                .find(|&i| t.contains(&b[i]) || (high && b[i] >= 0x80))
                .unwrap_or(b.len())
        };
        let texts: [&[u8]; 5] = [
            b"",
            b"no stop here at all, none",
            b"He said \"yes\" and 'no'.\r\nNext line\n",
            "plain prose with \u{201c}curly\u{201d} marks and \u{2028} a separator".as_bytes(),
            &[
                0x41, 0x0a, 0x7f, 0x80, 0xe2, 0x22, 0x27, 0x00, 0xff, 0x0d, 0x21, 0x23,
            ],
        ];
        for t in texts {
            for from in 0..=t.len() {
                for (targets, high) in [([b'\n', b'\r', 0xe2], false), ([b'"', b'\'', b'"'], true)]
                {
                    assert_eq!(
                        super::find_bytes(t, from, targets, high),
                        plain(t, from, targets, high),
                        "{t:?} from {from}"
                    );
                }
            }
        }
        // Every position of a stop byte inside a long run of others.
        for at in 0..40 {
            let mut b = vec![b'x'; 40];
            b[at] = b'\n';
            assert_eq!(super::find_bytes(&b, 0, [b'\n', b'\r', 0xe2], false), at);
            b[at] = 0xc3;
            assert_eq!(super::find_bytes(&b, 0, [b'"', b'\'', b'"'], true), at);
            assert_eq!(super::find_bytes(&b, 0, [b'\n', b'\r', 0xe2], false), 40);
        }
    }
}
