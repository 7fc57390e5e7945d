//! Telling quotations from terms, and direct quotations from partial ones.
//!
//! Quotation marks also wrap things nobody said: titles of works (“Face the Nation”),
//! names of ships and parties („Die Freiheit“), scare-quoted words (“quack” medicine) and
//! attribute values of markup (`tweet-id="…"`). A quoted region is a quotation when it is
//! long enough to be a statement, or when a reporting cue sits in its sentence (called
//! him a “con artist”). Short regions with no cue, and title-like ones, are terms.
//!
//! Among quotations, `direct` ones stand as a sentence of their own (they start where a
//! sentence or a colon introduction ends), `partial` ones are woven into the reporter's
//! sentence (urged countries to “understand the threat …”).

use crate::analysis::{QuoteKind, Span};
use crate::lexicon;
use crate::pairing::Region;

/// The words of `s`: maximal runs of letters, digits, apostrophes and hyphens.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| w.chars().any(char::is_alphanumeric))
}

fn lower(w: &str) -> String {
    w.to_lowercase()
}

/// The region's own text between its marks (first paragraph only).
fn content<'t>(text: &'t str, r: &Region) -> &'t str {
    let end = match r.close {
        Some(c) if c.end == r.first_end => c.start,
        _ => r.first_end,
    };
    &text[r.open.end..end.max(r.open.end)]
}

/// How far (in bytes) the classifier looks around a region. Cues further away do not
/// belong to it, and the bound keeps a megabyte paragraph with many quotes linear.
const REACH: usize = 300;

/// Start of the text that the classifier reads before `at`: the sentence holding `at`
/// (after ". ", "! " or "? "), but no further back than [`REACH`] nor before `para`.
fn sentence_start(text: &str, para: Span, at: usize) -> usize {
    let mut from = at.saturating_sub(REACH).max(para.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    let b = before.as_bytes();
    let mut cut = from;
    for i in 1..b.len() {
        if matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ' {
            // "Mr. Trump" and "U.S. officials" do not end sentences: the word before the
            // dot must be longer than a title or an initial, or be in lower case.
            let prev_word = before[..i - 1]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            if prev_word.len() > 3 || prev_word.chars().all(|c| c.is_lowercase()) {
                cut = from + i + 1;
            }
        }
    }
    cut
}

/// End of the sentence holding `at`, within [`REACH`] and `para`.
fn sentence_end(text: &str, para: Span, at: usize) -> usize {
    let mut to = (at + REACH).min(para.end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[at..to];
    let b = after.as_bytes();
    for i in 1..b.len() {
        if matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ' {
            return at + i;
        }
    }
    to
}

/// Whether a reporting cue is among the words of `s` (also as part of a hyphenated word:
/// the French «Oui», dit-il).
fn has_cue(s: &str) -> bool {
    let cues = lexicon::speech_cues();
    words(s).any(|w| {
        let w = lower(w);
        cues.contains(w.as_str()) || (w.contains('-') && w.split('-').any(|p| cues.contains(p)))
    })
}

/// Whether every word starts with a capital letter or is a small title word.
fn title_like(ws: &[&str]) -> bool {
    let small = lexicon::title_small_words();
    !ws.is_empty()
        && ws.iter().enumerate().all(|(i, w)| {
            let first = w.chars().next().unwrap();
            first.is_uppercase()
                || first.is_numeric()
                || (i > 0 && small.contains(lower(w).as_str()))
        })
}

/// Classifies a top-level region. `para` is the paragraph it starts in.
pub fn classify(text: &str, para: Span, r: &Region) -> QuoteKind {
    let inner = content(text, r);
    let ws: Vec<&str> = words(inner).take(64).collect();
    let s_start = sentence_start(text, para, r.span.start);
    let before_trim = text[s_start..r.span.start].trim_end();
    let prev_char = before_trim.chars().last();

    // Markup attribute values and bare numbers are never quotations.
    if prev_char == Some('=') || ws.iter().all(|w| w.chars().all(|c| c.is_ascii_digit())) {
        return QuoteKind::Term;
    }
    let prev_word = words(before_trim).last().map(lower);
    if prev_word
        .as_deref()
        .is_some_and(|w| lexicon::term_cues().contains(w))
        && ws.len() <= 8
    {
        return QuoteKind::Term;
    }

    let s_end = sentence_end(text, para, r.first_end.min(para.end));
    let around = format!(
        "{} {}",
        &text[s_start..r.span.start],
        &text[r.first_end.min(s_end)..s_end]
    );
    let cue = has_cue(&around) || prev_char == Some(':');
    let trimmed = inner.trim_end_matches(|c: char| c.is_whitespace());
    let terminal = trimmed.ends_with(['.', '!', '?', '…', ','])
        || text[r.span.end.min(para.end)..para.end]
            .trim_start()
            .starts_with(['.', '!', '?']);
    let at_sentence_start = before_trim.is_empty()
        || before_trim.ends_with(['.', '!', '?', ':', '—', '–', ';'])
        || before_trim
            .chars()
            .last()
            .is_some_and(crate::marks::is_mark)
        || (before_trim.ends_with(',')
            && has_cue(
                before_trim
                    .rsplit(' ')
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str(),
            ));

    let is_quote = if ws.len() >= 4 {
        // A long region is a statement unless it reads as a title and nobody is cited.
        cue || !(title_like(&ws) && !terminal && ws.len() <= 8)
    } else {
        cue
    };
    if !is_quote {
        return QuoteKind::Term;
    }
    let starts_upper = inner
        .trim_start()
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase());
    if at_sentence_start && starts_upper {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}
