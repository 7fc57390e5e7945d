//! The word and sentence helpers the other steps share. The words themselves (`Token`) are
//! the document's ([`crate::document`]), read once for the whole text.

use crate::document::Document;
use crate::sub;

pub(super) use crate::document::Token;

pub(super) fn lower(s: &str) -> crate::case::Lowered<'_> {
    crate::case::lowered(s)
}

/// `w` without the possessive endings it ends with ("Trump’s" -> "Trump"), curly ones
/// first (as `trim_end_matches("’s").trim_end_matches("'s")`, without its substring searcher).
pub(super) fn without_possessives(mut w: &str) -> &str {
    while let Some(x) = w.strip_suffix("’s") {
        w = x;
    }
    while let Some(x) = w.strip_suffix("'s") {
        w = x;
    }
    w
}

pub(super) fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(crate::case::is_upper)
}

/// Whether only spaces separate two tokens (no comma, bracket or line break).
pub(super) fn joined(text: &str, a: &Token, b: &Token) -> bool {
    crate::at(text, a.end, b.start)
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}')
}

/// Whether `at` opens a sentence: only spaces and quotation marks since a paragraph start
/// or a '.', '!', '?' or ':'.
pub(super) fn opens_sentence(text: &str, at: usize) -> bool {
    let before = sub(text, 0, at)
        .trim_end_matches(|c: char| c == ' ' || c == '\u{a0}' || crate::marks::is_mark(c));
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

/// Byte offset of the end of the first sentence in `text[from..to]` (or `to`).
pub(super) fn first_sentence_end(text: &str, from: usize, to: usize, toks: &[Token]) -> usize {
    let mut pos = from;
    for t in toks.iter().chain(std::iter::once(&Token::empty(to))) {
        if let Some(k) = sentence_stop(sub(text, pos, t.start), t.start == to) {
            return pos + k;
        }
        pos = t.end;
    }
    to
}

/// Where a sentence stops in the gap between two words: a ';', or a '.', '!' or '?' followed
/// by a space, a quotation mark or the end of the window ("(D-Wis.) said" and "R-Ky., said"
/// do not stop it).
pub(super) fn sentence_stop(gap: &str, at_end: bool) -> Option<usize> {
    let mut it = gap.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        match c {
            ';' => return Some(i),
            '.' | '!' | '?' => match it.peek() {
                None if at_end => return Some(i),
                Some(&(_, n)) if n.is_whitespace() || crate::marks::is_mark(n) => return Some(i),
                _ => {}
            },
            _ => {}
        }
    }
    None
}

pub(super) fn last_sentence_start(text: &str, from: usize, to: usize, toks: &[Token]) -> usize {
    let mut start = from;
    let mut pos = from;
    for t in toks.iter().chain(std::iter::once(&Token::empty(to))) {
        if sentence_stop(sub(text, pos, t.start), t.start == to).is_some() {
            start = t.start;
        }
        pos = t.end;
    }
    start
}

/// Where the sentence holding `at` starts, looking back at most 400 bytes and not past a
/// line break.
pub(super) fn sentence_start_before(doc: &Document, at: usize) -> usize {
    let text = doc.text;
    let mut from = at.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if let Some(nl) = sub(text, from, at).rfind('\n') {
        from += nl + 1;
    }
    last_sentence_start(text, from, at, doc.tokens_in(from, at))
}
