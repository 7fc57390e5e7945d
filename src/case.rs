//! Letters: case mapping for the scripts the lexicons are written in, and a fast test for
//! the characters words are made of.
//!
//! Every lexicon lookup compares words in lower case. The standard library's full Unicode
//! case mapping (`str::to_lowercase`, `char::to_uppercase`) brings about 24 KB of tables into
//! the WebAssembly build, more than a tenth of it, to map scripts no lexicon entry is written
//! in. These functions map Latin (ASCII, Latin-1, Latin Extended-A), Greek and Cyrillic, which
//! covers the words of English, German, French and Spanish and the names met in them; any
//! other letter is returned as it is, so a word in another script simply matches no entry.
//! Each letter maps to exactly one letter, so a mapped word keeps its number of characters.
//! The case tests ([`is_upper`], [`is_lower`]) follow the same mapping rather than the
//! standard library's case tables: exact on the scripts mapped, and no other letter counts
//! as a capital or a small letter (the rules that ask look for English and German names).

/// `c` in lower case (see the module documentation for the scripts mapped).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5a => u + 0x20,
        0x00c0..=0x00de if u != 0xd7 => u + 0x20,
        0x0130 => 0x69,
        // Latin Extended-A pairs upper/lower as even/odd code points, except in two runs
        // (U+0139-U+0148, U+0179-U+017E) that pair odd/even; İ, ı, ĸ, ŉ and ſ stand alone.
        0x0100..=0x0137 | 0x014a..=0x0177 if u % 2 == 0 => u + 1,
        0x0139..=0x0148 | 0x0179..=0x017e if u % 2 == 1 => u + 1,
        0x0178 => 0xff,
        0x0391..=0x03ab if u != 0x03a2 => u + 0x20,
        0x0386 => 0x03ac,
        0x0388..=0x038a => u + 0x25,
        0x038c => 0x03cc,
        0x038e..=0x038f => u + 0x3f,
        0x0400..=0x040f => u + 0x50,
        0x0410..=0x042f => u + 0x20,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `c` in upper case: the inverse of [`lower`] on the letters it maps (ß and the other
/// letters without a one-letter capital stay as they are).
pub fn upper(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x61..=0x7a => u - 0x20,
        0x00e0..=0x00fe if u != 0xf7 => u - 0x20,
        0x00ff => 0x0178,
        0x0131 => 0x49,
        0x0101..=0x0137 | 0x014b..=0x0177 if u % 2 == 1 => u - 1,
        0x013a..=0x0148 | 0x017a..=0x017e if u % 2 == 0 => u - 1,
        0x03b1..=0x03cb if u != 0x03c2 => u - 0x20,
        0x03ac => 0x0386,
        0x03ad..=0x03af => u - 0x25,
        0x03cc => 0x038c,
        0x03cd..=0x03ce => u - 0x3f,
        0x0430..=0x044f => u - 0x20,
        0x0450..=0x045f => u - 0x50,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// Whether `c` is a letter or a digit: as `char::is_alphanumeric` from U+0000 to U+33FF
/// (the alphabets, the syllabaries and the punctuation and symbol blocks between them) and
/// in the fullwidth forms, answered from a bitmap the build makes with the compiler's own
/// Unicode tables. Above U+3400, where nearly every character is a CJK ideograph, a Hangul
/// syllable or a letter of a historic or minority script, every character counts but for
/// the blocks of symbols, emoji, variation selectors, private use and specials.
///
/// Why not the standard test everywhere: its tables for letters and numerals weigh 2 KB of
/// the compressed WebAssembly module, and they are compressed already, while the bitmap,
/// mostly long runs, shrinks to a fraction of its 1.6 KB.
#[inline(always)]
pub fn is_word_char(c: char) -> bool {
    // ASCII and the General Punctuation block (curly quotation marks, dashes) inline, the
    // rest in one copy.
    match c as u32 {
        0..=0x7f => c.is_ascii_alphanumeric(),
        0x2000..=0x206f => false,
        _ => is_wide_word_char(c),
    }
}

/// [`is_word_char`] of a character outside ASCII.
#[inline(never)]
fn is_wide_word_char(c: char) -> bool {
    let u = c as u32;
    match u {
        0..=0x7f => c.is_ascii_alphanumeric(),
        // ª ² ³ µ ¹ º ¼ ½ ¾, then the Latin-1 letters but × and ÷.
        0x80..=0xbf => matches!(u, 0xaa | 0xb2 | 0xb3 | 0xb5 | 0xb9 | 0xba | 0xbc..=0xbe),
        0xc0..=0xff => u != 0xd7 && u != 0xf7,
        // General Punctuation: quotation marks, dashes, spaces; no letter.
        0x2000..=0x206f => false,
        // 々 〆 〇, the Hangzhou numerals, the kana repeat marks and 〸-〼.
        0x3000..=0x303f => CJK_SYMBOL_WORD_CHARS & (1 << (u - 0x3000)) != 0,
        0x0100..=0x33ff => {
            let i = (u - 0x100) as usize;
            LETTERS
                .get(i / 64)
                .is_some_and(|w| w & (1 << (i % 64)) != 0)
        }
        // Fullwidth forms: the ASCII letters and digits, halfwidth kana and Hangul.
        0xff10..=0xff19 | 0xff21..=0xff3a | 0xff41..=0xff5a => true,
        0xff66..=0xffbe | 0xffc2..=0xffc7 | 0xffca..=0xffcf | 0xffd2..=0xffd7 => true,
        0xffda..=0xffdc => true,
        0xff00..=0xffff => false,
        // Yijing hexagrams, Yi radicals, surrogates and private use, variation selectors and
        // the CJK compatibility and small forms, the byte-order mark, musical and Tai Xuan
        // Jing symbols, emoji and symbol blocks, tags, the private-use planes.
        0x4dc0..=0x4dff
        | 0xa490..=0xa4cf
        | 0xd800..=0xf8ff
        | 0xfe00..=0xfe6f
        | 0xfeff
        | 0x1d000..=0x1d24f
        | 0x1d300..=0x1d35f
        | 0x1f000..=0x1fbff
        | 0xe0000..=0x10ffff => false,
        _ => true,
    }
}

include!(concat!(env!("OUT_DIR"), "/letters.rs"));

/// Whether `c` is a letter: as `char::is_alphabetic` in ASCII and Latin-1; elsewhere as
/// [`is_word_char`], so that a digit of another script counts as a letter too (the rules
/// that ask tell a name or a label from a number written in ASCII digits).
pub fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (!c.is_ascii() && is_word_char(c) && !matches!(c, '²' | '³' | '¹' | '¼' | '½' | '¾'))
}

/// Whether `c` is a capital letter. Exact (as `char::is_uppercase`) on the scripts
/// [`lower`] maps; a letter of another script counts as no capital, as it would in a script
/// without case.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        lower(c) != c
    }
}

/// Whether `c` is a small letter. Exact (as `char::is_lowercase`) on the scripts [`lower`]
/// maps, where it is a letter with a capital or one of the few small letters without one.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_lowercase()
    } else {
        upper(c) != c || SMALL_WITHOUT_CAPITAL.contains(&c)
    }
}

/// The small letters of the mapped blocks that [`upper`] leaves as they are.
const SMALL_WITHOUT_CAPITAL: &[char] = &['ª', 'µ', 'º', 'ß', 'ĸ', 'ŉ', 'ſ', 'ΐ', 'ΰ', 'ς'];

/// Bit n set: U+3000 + n is a letter or a digit.
const CJK_SYMBOL_WORD_CHARS: u64 = 0b111 << 5 | 0x1ff << 0x21 | 0x1f << 0x31 | 0x1f << 0x38;

/// How many bytes of a lower-cased word [`Lowered`] keeps on the stack. Lexicon entries and
/// nearly every word of a text are shorter; a longer word is put on the heap.
const INLINE: usize = 48;

/// A word in lower case, as [`lowered`] gives it: the word itself when it already is lower
/// case (most words of a text), else a copy kept on the stack when it is short. Words are
/// lowered several times each while speakers are found; a heap allocation for every
/// capitalised word cost more than the look-ups the lowering serves.
pub enum Lowered<'a> {
    Same(&'a str),
    Short { bytes: [u8; INLINE], len: u8 },
    Long(String),
}

impl std::ops::Deref for Lowered<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        match self {
            Lowered::Same(s) => s,
            // Whole characters were encoded into the buffer, so it holds UTF-8.
            Lowered::Short { bytes, len } => {
                std::str::from_utf8(&bytes[..*len as usize]).unwrap_or("")
            }
            Lowered::Long(s) => s,
        }
    }
}

impl AsRef<str> for Lowered<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

impl PartialEq<&str> for Lowered<'_> {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}

impl std::fmt::Debug for Lowered<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

/// `s` in lower case, borrowed when it already is, without a heap allocation when short.
#[inline(never)]
pub fn lowered(s: &str) -> Lowered<'_> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Lowered::Same(s);
    }
    let mut bytes = [0u8; INLINE];
    match fold_into(s, &mut bytes) {
        Some(len) => Lowered::Short {
            bytes,
            len: len as u8,
        },
        None => Lowered::Long(to_lower(s)),
    }
}

/// Writes `s` in lower case into `buf` and returns its length, or `None` when it does not
/// fit (nothing is allocated either way).
#[inline(never)]
pub fn fold_into(s: &str, buf: &mut [u8]) -> Option<usize> {
    let mut len = 0;
    if s.is_ascii() {
        let out = buf.get_mut(..s.len())?;
        for (o, b) in out.iter_mut().zip(s.bytes()) {
            *o = b.to_ascii_lowercase();
        }
        return Some(s.len());
    }
    for c in s.chars() {
        let l = lower(c);
        let n = l.len_utf8();
        l.encode_utf8(buf.get_mut(len..len + n)?);
        len += n;
    }
    Some(len)
}

/// `s` in lower case, each character as [`lower`] maps it.
pub fn to_lower(s: &str) -> String {
    // Runs of ASCII are copied whole and lowered in one pass at the end; only the other
    // characters are decoded (a line of news prose has a few: curly quotes, dashes).
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.bytes().position(|b| !b.is_ascii()) {
        out.push_str(crate::at(rest, 0, i));
        let c = crate::at(rest, i, rest.len()).chars().next().unwrap_or(' ');
        out.push(lower(c));
        rest = crate::at(rest, i + c.len_utf8(), rest.len());
    }
    out.push_str(rest);
    // `lower` maps no character outside ASCII to an ASCII capital.
    out.make_ascii_lowercase();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_lower_maps_every_character_as_lower_does() {
        for s in [
            "",
            "Plain ASCII, Mixed Case",
            "“Quoted” — Ärger über ÖL, İstanbul",
            "ΑΘΗΝΑ Москва ÉTÉ",
            "日本語 Text 😀 END",
            "Ä",
        ] {
            let want: String = s.chars().map(lower).collect();
            assert_eq!(to_lower(s), want, "{s}");
        }
    }

    /// On the scripts it covers, the mapping agrees with the standard library's wherever
    /// that gives a single letter.
    #[test]
    fn agrees_with_std_on_covered_letters() {
        let covered = (0x20u32..0x0250)
            .chain(0x0370..0x0400)
            .chain(0x0400..0x0460);
        for c in covered.filter_map(char::from_u32) {
            let std_lower: Vec<char> = c.to_lowercase().collect();
            if std_lower.len() == 1 && lower(c) != c {
                assert_eq!(lower(c), std_lower[0], "lower({c:?})");
            }
            let std_upper: Vec<char> = c.to_uppercase().collect();
            if std_upper.len() == 1 && upper(c) != c {
                assert_eq!(upper(c), std_upper[0], "upper({c:?})");
            }
        }
    }

    #[test]
    fn maps_the_languages_words() {
        assert_eq!(to_lower("Außenminister SAGTE"), "außenminister sagte");
        assert_eq!(to_lower("ÉTÉ Ñandú Łódź Œuvre"), "été ñandú łódź œuvre");
        assert_eq!(to_lower("ΑΘΗΝΑ Москва"), "αθηνα москва");
        assert_eq!(to_lower("İstanbul"), "istanbul");
        assert_eq!(upper('é'), 'É');
        assert_eq!(upper('ß'), 'ß');
        assert_eq!(upper('ÿ'), 'Ÿ');
    }

    /// ASCII, Latin-1, Latin Extended-A, the modern Greek alphabet and basic Cyrillic.
    fn covered() -> impl Iterator<Item = char> {
        (0u32..0x0180)
            .chain(0x0386..0x03cf)
            .chain(0x0400..0x0460)
            .filter_map(char::from_u32)
    }

    /// Every Latin, Greek and Cyrillic capital the standard library lowers to one letter is
    /// lowered here too (none is missed).
    #[test]
    fn lowers_every_covered_capital() {
        for c in covered() {
            let std_lower: Vec<char> = c.to_lowercase().collect();
            if std_lower.len() == 1 && std_lower[0] != c {
                assert_eq!(lower(c), std_lower[0], "lower({c:?}) missed");
            }
        }
    }

    #[test]
    fn case_tests_agree_with_std_on_covered_letters() {
        for c in covered() {
            assert_eq!(is_upper(c), c.is_uppercase(), "is_upper({c:?})");
            assert_eq!(is_lower(c), c.is_lowercase(), "is_lower({c:?})");
        }
    }

    #[test]
    fn word_chars_agree_with_std() {
        for c in (0u32..0x3400)
            .chain(0xff00..0x10000)
            .filter_map(char::from_u32)
        {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// Above U+3400 the block ranges are an approximation: it holds on the scripts and
    /// symbols a news text meets.
    #[test]
    fn word_chars_above_the_bitmap() {
        for c in ['中', '国', '한', '국', 'ꀀ', '𝐀', '𠀀', '𐌰'] {
            assert!(is_word_char(c) && c.is_alphanumeric(), "{c:?}");
        }
        for c in [
            '\u{fe0f}',
            '\u{feff}',
            '😀',
            '🇩',
            '\u{e000}',
            '\u{e0041}',
            '䷀',
            '︰',
        ] {
            assert!(!is_word_char(c) && !c.is_alphanumeric(), "{c:?}");
        }
        // Above U+3400 the approximation counts more characters than the standard test
        // (marks and symbols of the rarer scripts, and unassigned code points), but it
        // misses no letter or digit but the enclosed ones of the symbol blocks (🄰, 🅐, 🯱).
        let missed: Vec<char> = (0x3400u32..=0x10ffff)
            .filter_map(char::from_u32)
            .filter(|&c| c.is_alphanumeric() && !is_word_char(c))
            .filter(|&c| !matches!(c, '\u{1f100}'..='\u{1f1ff}' | '\u{1fbf0}'..='\u{1fbf9}'))
            .collect();
        assert!(missed.is_empty(), "missed: {missed:?}");
    }

    #[test]
    fn letters_are_word_chars_but_ascii_digits() {
        for c in (0u32..0x3400).filter_map(char::from_u32) {
            if c.is_ascii() || ('\u{80}'..='\u{ff}').contains(&c) {
                assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            } else {
                assert_eq!(is_letter(c), c.is_alphanumeric(), "{c:?}");
            }
        }
    }

    #[test]
    fn lowered_borrows_only_lower_case_ascii() {
        assert!(matches!(lowered("said"), Lowered::Same("said")));
        assert!(matches!(lowered("u.s."), Lowered::Same(_)));
        assert!(matches!(lowered("Said"), Lowered::Short { .. }));
        assert_eq!(lowered("Said"), "said");
        assert_eq!(lowered("été"), "été");
        assert_eq!(lowered("ÉTÉ"), "été");
        assert_eq!(lowered("İSTANBUL’S"), "istanbul’s");
        // Longer than the stack buffer: still lowered, on the heap.
        let long = "Ä".repeat(40);
        assert!(matches!(lowered(&long), Lowered::Long(_)));
        assert_eq!(&*lowered(&long), "ä".repeat(40));
        let mut small = [0u8; 3];
        assert_eq!(fold_into("ÄB", &mut small), Some(3));
        assert_eq!(&small, "äb".as_bytes());
        assert_eq!(fold_into("ÄBC", &mut small), None);
    }

    #[test]
    fn other_scripts_pass_through() {
        assert_eq!(to_lower("東京 ÄRGER 🙂"), "東京 ärger 🙂");
        assert_eq!(lower('Ա'), 'Ա'); // Armenian: not mapped, kept
    }
}
