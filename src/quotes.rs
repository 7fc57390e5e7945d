//! The quotation stage: paragraphs -> marks -> regions -> quotations and terms.

use crate::analysis::{Quote, QuoteKind, Term};
use crate::document::Document;
use crate::kind;
use crate::marks::Family;
use crate::pairing::{self, Region};

/// What the quotation stage hands on: quotations (with no speaker yet) and terms.
pub struct Found {
    pub quotes: Vec<Quote>,
    pub terms: Vec<Term>,
    /// The language the text was read as.
    pub lang: kind::Lang,
}

/// Finds the quoted regions of `text` and sorts them into quotations and terms.
///
/// A text quotes in double marks (“…”, „…“, «…») or, British style, in single ones (‘…’);
/// the style with more top-level regions wins. In a double-mark text a top-level
/// single-quoted region is a headline's or a term's, not a quotation. `kind_weights` are the
/// quotation-or-term model's (see [`kind::classify`]).
pub fn find(doc: &Document, lang: Option<kind::Lang>, kind_weights: &[f32]) -> Found {
    let (text, paras) = (doc.text, &doc.paras[..]);
    let regions: Vec<Region> = pairing::pair(text, paras);
    let singles = regions.iter().filter(|r| r.family.is_single()).count();
    let single_style = singles > regions.len() - singles;
    let lang = lang.unwrap_or_else(|| kind::lang_of(doc));
    let mut quotes = Vec::new();
    let mut terms = Vec::new();
    for r in &regions {
        let mut kind = kind::classify(doc, paras[r.para], r, lang, kind_weights);
        if r.family.is_single() && !single_style && r.family != Family::SingleGuillemet {
            kind = QuoteKind::Term;
        }
        match kind {
            QuoteKind::Term => terms.push(Term {
                start: r.span.start,
                end: r.span.end,
                kind,
            }),
            _ => quotes.push(Quote {
                start: r.span.start,
                end: r.span.end,
                kind,
                speaker: None,
                cue: None,
            }),
        }
    }
    Found {
        quotes,
        terms,
        lang,
    }
}
