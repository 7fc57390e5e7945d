//! Words of the text (`Token`) and the word and sentence helpers the other steps share.

use crate::lexicon;
use crate::sub;

/// A word of the text: letters and digits, with inner apostrophes, hyphens and dots, and
/// the dot of an abbreviation (Mr., U.S.).
#[derive(Clone, Copy, Debug)]
pub(super) struct Token {
    pub(super) start: usize,
    pub(super) end: usize,
}

pub(super) fn tokenize(text: &str, from: usize, to: usize) -> Vec<Token> {
    // About a word every six bytes of English: one allocation for most stretches.
    let mut out = Vec::with_capacity(to.saturating_sub(from) / 6 + 1);
    each_token(text, from, to, &mut |t| {
        out.push(t);
        true
    });
    out
}

/// How many words `text[from..to]` holds, counted up to `cap` (the callers ask whether a
/// gap is short: no need to read, or allocate, the rest of it).
pub(super) fn count_tokens(text: &str, from: usize, to: usize, cap: usize) -> usize {
    let mut n = 0;
    each_token(text, from, to, &mut |_| {
        n += 1;
        n < cap
    });
    n
}

/// The first word of `text[from..to]`.
pub(super) fn first_token(text: &str, from: usize, to: usize) -> Option<Token> {
    let mut first = None;
    each_token(text, from, to, &mut |t| {
        first = Some(t);
        false
    });
    first
}

/// Calls `f` on each word of `text[from..to]` in order, until it returns false.
// One copy of the scanner for its three callers (a closure type each would mean three).
#[inline(never)]
fn each_token(text: &str, from: usize, to: usize, f: &mut dyn FnMut(Token) -> bool) {
    // An empty or reversed range (a mention that reaches over its cue) has no words.
    let Some(s) = text.get(from..to) else {
        return;
    };
    // Walks the bytes, decoding a character only where one is not ASCII.
    let at = |k: usize| -> (char, usize) {
        match s.as_bytes()[k] {
            b if b < 0x80 => (char::from(b), 1),
            _ => crate::at(s, k, s.len())
                .chars()
                .next()
                .map_or((' ', 1), |c| (c, c.len_utf8())),
        }
    };
    let mut next = 0;
    while next < s.len() {
        let i = next;
        let (c, n) = at(i);
        next += n;
        if !crate::case::is_word_char(c) {
            continue;
        }
        let mut end = next;
        while next < s.len() {
            let (d, dn) = at(next);
            if crate::case::is_word_char(d) {
                next += dn;
                end = next;
            } else if matches!(d, '\'' | '’' | '-' | '.')
                && next + dn < s.len()
                && crate::case::is_word_char(at(next + dn).0)
            {
                next += dn;
            } else {
                break;
            }
        }
        // The dot of an abbreviation belongs to it: Mr. Sen. U.S. (but not "Raab.").
        if crate::at(s, end, s.len()).starts_with('.') {
            let w = crate::at(s, i, end);
            let short =
                w.chars().count() <= 3 && w.chars().next().is_some_and(crate::case::is_upper);
            if w.as_bytes().contains(&b'.')
                || (short && (w.chars().count() == 1 || lexicon::titles().has_suffixed(w, ".")))
            {
                end += 1;
            }
        }
        next = next.max(end);
        let token = Token {
            start: from + i,
            end: from + end,
        };
        if !f(token) {
            return;
        }
    }
}

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
    for t in toks
        .iter()
        .chain(std::iter::once(&Token { start: to, end: to }))
    {
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
    for t in toks
        .iter()
        .chain(std::iter::once(&Token { start: to, end: to }))
    {
        if sentence_stop(sub(text, pos, t.start), t.start == to).is_some() {
            start = t.start;
        }
        pos = t.end;
    }
    start
}

/// Where the sentence holding `at` starts, looking back at most 400 bytes and not past a
/// line break.
pub(super) fn sentence_start_before(text: &str, at: usize) -> usize {
    let mut from = at.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    if let Some(nl) = sub(text, from, at).rfind('\n') {
        from += nl + 1;
    }
    let toks = tokenize(text, from, at);
    last_sentence_start(text, from, at, &toks)
}
