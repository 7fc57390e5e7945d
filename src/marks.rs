//! Quotation marks: which characters they are, and what each occurrence can do.
//!
//! A mark's glyph alone rarely says whether it opens or closes: “ opens in English and
//! closes in German („…“), » closes in French and opens in German (»…«), and the straight
//! marks are symmetric. So every occurrence is judged by its glyph *and* by its flanks,
//! the way a typographer reads it: a mark with a space before and a letter after opens,
//! one with a letter before and a space or punctuation after closes. Only marks whose
//! glyph is unambiguous („ 「 」) ignore their flanks.
//!
//! The glyph table is data (`GLYPHS`); the elisions that make a leading apostrophe
//! (’90s, ’n’, ’tis) come from `lexicon/elisions.txt`.

use crate::lexicon;

/// Marks that pair with each other. Double-family marks mix freely („…“, “…”, "…”, ＂…＂),
/// as careless typing does; guillemets and corner brackets only pair within their family.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

impl Family {
    /// Single-family marks double as apostrophes and nest inside double quotes.
    pub fn is_single(self) -> bool {
        matches!(self, Family::Single | Family::SingleGuillemet)
    }
}

/// What the glyph itself says about direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    /// Always opens („ ‚ 「 『 〝).
    Open,
    /// Always closes (」 』 〞 〟).
    Close,
    /// Direction comes from the flanks; the value is what an unreadable context defaults to
    /// (“ defaults to opening, ” to closing).
    Flank(bool),
    /// Straight marks: the flanks decide, and an unreadable context allows both.
    Symmetric,
}

/// The glyph table: every character treated as a quotation mark, sorted by character (the
/// look-up is a binary search; a test keeps the order).
const GLYPHS: &[(char, Family, Dir)] = &[
    ('"', Family::Double, Dir::Symmetric),
    ('\'', Family::Single, Dir::Symmetric),
    ('\u{00AB}', Family::Guillemet, Dir::Flank(true)), // «
    ('\u{00BB}', Family::Guillemet, Dir::Flank(false)), // »
    ('\u{2018}', Family::Single, Dir::Flank(true)),    // ‘
    ('\u{2019}', Family::Single, Dir::Flank(false)),   // ’
    ('\u{201A}', Family::Single, Dir::Open),           // ‚
    ('\u{201B}', Family::Single, Dir::Open),           // ‛
    ('\u{201C}', Family::Double, Dir::Flank(true)),    // “
    ('\u{201D}', Family::Double, Dir::Flank(false)),   // ”
    ('\u{201E}', Family::Double, Dir::Open),           // „
    ('\u{201F}', Family::Double, Dir::Open),           // ‟
    ('\u{2039}', Family::SingleGuillemet, Dir::Flank(true)), // ‹
    ('\u{203A}', Family::SingleGuillemet, Dir::Flank(false)), // ›
    ('\u{300C}', Family::Corner, Dir::Open),           // 「
    ('\u{300D}', Family::Corner, Dir::Close),          // 」
    ('\u{300E}', Family::WhiteCorner, Dir::Open),      // 『
    ('\u{300F}', Family::WhiteCorner, Dir::Close),     // 』
    ('\u{301D}', Family::Double, Dir::Open),           // 〝
    ('\u{301E}', Family::Double, Dir::Close),          // 〞
    ('\u{301F}', Family::Double, Dir::Close),          // 〟
    ('\u{FF02}', Family::Double, Dir::Symmetric),      // ＂ fullwidth
];

fn glyph(c: char) -> Option<(Family, Dir)> {
    // Fast reject: every mark is either ASCII '"'/'\'' or above U+00AA.
    if c.is_ascii() && c != '"' && c != '\'' {
        return None;
    }
    GLYPHS
        .binary_search_by_key(&c, |g| g.0)
        .ok()
        .map(|i| (GLYPHS[i].1, GLYPHS[i].2))
}

/// Whether `c` is one of the quotation mark characters.
pub fn is_mark(c: char) -> bool {
    glyph(c).is_some()
}

/// One occurrence of a quotation mark (possibly a doubled one, “” read as one mark).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte range of the mark in the text.
    pub start: usize,
    pub end: usize,
    pub family: Family,
    pub can_open: bool,
    pub can_close: bool,
    /// Whitespace on both sides (a French « spaced » mark, or a stray one).
    pub free: bool,
}

/// The class of a neighbouring character, for flanking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Side {
    /// Start or end of the paragraph, or whitespace.
    Space,
    /// Punctuation, a dash, a bracket or another quotation mark.
    Punct,
    /// A letter, digit or anything else that belongs to a word.
    Word,
}

/// Punctuation outside ASCII that flanks marks like ASCII punctuation does (dashes,
/// ellipsis, Spanish inverted marks, CJK and fullwidth punctuation).
const EXTRA_PUNCT: &[char] = &[
    '—', '–', '…', '‐', '‑', '‒', '―', '¿', '¡', '、', '。', '，', '：', '；', '！', '？', '（',
    '）',
];

fn side(c: Option<char>) -> Side {
    match c {
        None => Side::Space,
        Some(c) if c.is_whitespace() => Side::Space,
        Some(c) if crate::case::is_word_char(c) => Side::Word,
        Some(c) if is_mark(c) || c.is_ascii_punctuation() => Side::Punct,
        Some(c) if EXTRA_PUNCT.contains(&c) => Side::Punct,
        // The General Punctuation block reads as punctuation; symbols and emoji as words.
        Some(c) if ('\u{2000}'..='\u{206F}').contains(&c) => Side::Punct,
        Some(_) => Side::Word,
    }
}

/// Whether the single mark `c` at byte `at` of `para` is an apostrophe rather than a
/// quotation mark.
fn is_apostrophe(para: &str, at: usize, c: char) -> bool {
    let mut back = crate::at(para, 0, at).chars().rev();
    let prev = back.next();
    let after = crate::at(para, at + c.len_utf8(), para.len());
    let next = after.chars().next();
    match (prev, next) {
        // don’t, O’Neil, CCP’s, 5'11
        (Some(p), Some(n)) if crate::case::is_word_char(p) && crate::case::is_word_char(n) => true,
        // ’90s and other leading elisions: ’n’, ’tis, ’em
        (p, Some(n)) if side(p) != Side::Word && crate::case::is_word_char(n) => {
            if n.is_ascii_digit() {
                return true;
            }
            let word: String = after
                .chars()
                .take_while(|c| crate::case::is_word_char(*c))
                .take(8) // elisions are short; a long word is never one
                .map(crate::case::lower)
                .collect();
            lexicon::elisions().contains(word.as_str())
        }
        // the closing half of ’n’
        (Some('n' | 'N'), _) if back.next().is_some_and(is_mark) => {
            back.next().is_none_or(char::is_whitespace)
        }
        _ => false,
    }
}

/// Whether a straight double mark at byte `at` is an inch mark: right after one to three
/// digits that follow a prime (5'11").
fn is_inch(para: &str, at: usize) -> bool {
    let mut before = ['\0'; 5];
    let mut n = 0;
    for c in crate::at(para, 0, at).chars().rev().take(5) {
        before[n] = c;
        n += 1;
    }
    if n < 2 || !before[0].is_ascii_digit() {
        return false;
    }
    let mut k = 0;
    while k + 1 < n && k < 3 && before[k].is_ascii_digit() {
        k += 1;
    }
    matches!(before[k], '\'' | '’')
}

/// Finds every quotation mark in one paragraph and reads what each can do.
///
/// `base` is the paragraph's byte offset in the whole text; returned marks carry absolute
/// offsets. Apostrophes are left out, and a doubled mark (“” or "") comes back as one.
/// Only the bytes that can start a mark (`"`, `'`, and the lead bytes of other characters)
/// are decoded: most of a text is ASCII that no mark starts with.
pub fn scan(para: &str, base: usize) -> Vec<Mark> {
    let bytes = para.as_bytes();
    let mut out: Vec<Mark> = Vec::new();
    let mut at = 0;
    loop {
        // Plain ASCII, which no mark starts with, eight bytes at a time.
        at = crate::find_bytes(bytes, at, [b'"', b'\'', b'"'], true);
        if at >= bytes.len() {
            break;
        }
        let Some(c) = crate::at(para, at, para.len()).chars().next() else {
            break;
        };
        let Some((mut family, dir)) = glyph(c) else {
            at += c.len_utf8();
            continue;
        };
        let after = crate::at(para, at + c.len_utf8(), para.len());
        // Two straight apostrophes are the typewriter's double quotation mark: ''Yes,'' he said.
        if c == '\'' && after.starts_with('\'') {
            family = Family::Double;
        }
        if family == Family::Single && is_apostrophe(para, at, c) {
            at += c.len_utf8();
            continue;
        }
        // A doubled mark of the same family (a typo such as “”intimidate) reads as one.
        let mut end = at + c.len_utf8();
        while let Some(n) = crate::at(para, end, para.len()).chars().next() {
            match glyph(n) {
                Some((f, _)) if family == Family::Double && (f == family || n == '\'') => {
                    end += n.len_utf8()
                }
                _ => break,
            }
        }
        let prev = side(crate::at(para, 0, at).chars().next_back());
        let following = crate::at(para, end, para.len()).chars().next();
        let next = side(following);
        // A space before and a comma or stop after: French spacing closing a quotation
        // (« Nous allons gagner », a déclaré…); no quotation opens on a comma.
        let spaced_close = prev == Side::Space
            && following.is_some_and(|c| matches!(c, ',' | '.' | ';' | ':' | ')' | ']'));
        let left = next != Side::Space && prev != Side::Word && !spaced_close;
        let right = prev != Side::Space && next != Side::Word;
        let (can_open, can_close) = match dir {
            Dir::Open => (true, false),
            Dir::Close => (false, true),
            Dir::Flank(_) if spaced_close => (false, true),
            Dir::Flank(default_open) => match (left, right) {
                (true, false) => (true, false),
                (false, true) => (false, true),
                (true, true) => (true, true),
                (false, false) if prev == Side::Word && next == Side::Word => (true, true),
                (false, false) => (default_open, !default_open),
            },
            Dir::Symmetric => match (left, right) {
                (true, false) => (true, false),
                (false, true) => (false, true),
                _ => (true, true),
            },
        };
        if !(c == '"' && is_inch(para, at)) {
            let free = prev == Side::Space && next == Side::Space;
            out.push(Mark {
                start: base + at,
                end: base + end,
                family,
                can_open,
                can_close,
                free,
            });
        }
        at = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(s: &str) -> Vec<(char, bool, bool)> {
        scan(s, 0)
            .into_iter()
            .map(|m| {
                (
                    s[m.start..].chars().next().unwrap(),
                    m.can_open,
                    m.can_close,
                )
            })
            .collect()
    }

    #[test]
    fn glyph_table_is_sorted_for_the_binary_search() {
        assert!(GLYPHS.windows(2).all(|w| w[0].0 < w[1].0));
        for g in GLYPHS {
            assert!(is_mark(g.0), "{:?}", g.0);
        }
    }

    #[test]
    fn apostrophes_are_not_marks() {
        for s in [
            "don’t",
            "the CCP’s plan",
            "O’Neil",
            "the ’90s",
            "rock ’n’ roll",
            "it's",
            "’tis",
        ] {
            assert!(roles(s).is_empty(), "{s:?} gave {:?}", roles(s));
        }
    }

    #[test]
    fn curly_marks_read_by_flank() {
        assert_eq!(
            roles("a “b” c"),
            vec![('“', true, false), ('”', false, true)]
        );
        // German: “ closes after a word.
        assert_eq!(
            roles("„Ja“, sagte er"),
            vec![('„', true, false), ('“', false, true)]
        );
        // A ” used as an opener at a paragraph start.
        assert_eq!(roles("”Mr. Trump"), vec![('”', true, false)]);
    }

    #[test]
    fn guillemets_both_ways() {
        assert_eq!(
            roles("il dit «oui» hier"),
            vec![('«', true, false), ('»', false, true)]
        );
        assert_eq!(
            roles("er sagte »ja« gestern"),
            vec![('»', true, false), ('«', false, true)]
        );
        // French spacing: both flanks are spaces, so the glyph's default decides.
        assert_eq!(
            roles("« oui »"),
            vec![('«', true, false), ('»', false, true)]
        );
        // A spaced closing mark before a comma or a stop still closes: « oui », dit-il.
        for s in [
            "« oui », dit-il",
            "« oui ». Puis",
            "\u{ab}\u{202f}oui\u{202f}\u{bb}, dit-il",
        ] {
            assert_eq!(
                roles(s),
                vec![('«', true, false), ('»', false, true)],
                "{s}"
            );
        }
    }

    #[test]
    fn doubled_mark_is_one() {
        let m = scan("to “”intimidate", 0);
        assert_eq!(m.len(), 1);
        assert!(m[0].can_open && !m[0].can_close);
        assert_eq!(m[0].end - m[0].start, 6);
    }

    #[test]
    fn two_apostrophes_are_a_double_mark() {
        let m = scan("''Yes,'' he said.", 0);
        assert_eq!(m.len(), 2);
        assert!(m
            .iter()
            .all(|m| m.family == Family::Double && m.end - m.start == 2));
        assert!(m[0].can_open && !m[0].can_close && m[1].can_close && !m[1].can_open);
    }

    #[test]
    fn inch_mark_is_not_a_quote() {
        assert!(roles("he is 5'11\" tall").is_empty());
    }
}
