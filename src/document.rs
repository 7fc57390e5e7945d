//! The document: the text read once into paragraphs and words, which the stages share.
//!
//! The speaker stage used to read the raw text word by word again for each window it
//! weighed (after a quotation, before it, the sentence before, the gap between a cue and a
//! name, the line of a mention), looking each word up in the lexicon each time. Here the
//! text is read once, each part in one pass linear in its length: its paragraphs
//! ([`crate::paragraphs`]), which the quotation and speaker stages read, and every word
//! ([`Token`]) in order, each with the lexicon lists it is in, looked up once. A stage asks
//! for the words of a range with [`Document::tokens_in`], an index look-up in constant time
//! that returns a slice of the one list: no stage re-tokenises or re-slices the text word
//! by word, and no window allocates.
//!
//! The words are read when a stage first asks for them: the language guess and the
//! quotation-or-term classifier ([`crate::kind`]) read them first, the speaker stage after
//! them, from the same list (the classifier's weights were refitted on these words when it
//! stopped splitting the text around each quoted region itself).

use std::cell::OnceCell;

use crate::analysis::Span;
use crate::lexicon::{self, Lists};

/// A word of the text: letters and digits, with inner apostrophes, hyphens and dots, and
/// the dot of an abbreviation (Mr., U.S.).
#[derive(Clone, Copy, Debug)]
pub struct Token {
    /// Its byte range in the text, end-exclusive.
    pub start: usize,
    pub end: usize,
    /// Every lexicon list the word (in any case) is in, from one look-up when the text was
    /// read ([`lexicon::lists`]).
    pub lists: Lists,
}

impl Token {
    /// An empty token at `at` with no lists: a bound for the sentence scans, no word.
    pub fn empty(at: usize) -> Self {
        Token {
            start: at,
            end: at,
            lists: Lists::default(),
        }
    }
}

/// A text read once: its paragraphs and its words, in text order.
pub struct Document<'a> {
    pub text: &'a str,
    /// The non-blank paragraphs, in order ([`crate::paragraphs::paragraphs`]).
    pub paras: Vec<Span>,
    /// The words, read when a stage first asks for them ([`Document::tokens`]): once, and
    /// not at all when no stage does (the speaker layer turned off), since looking every
    /// word up in the lexicon costs about a third of what the other stages take.
    words: OnceCell<Words>,
}

/// The words of a text and their index.
struct Words {
    /// Every word of the text, in order; they do not overlap, so both their starts and
    /// their ends are sorted.
    tokens: Vec<Token>,
    /// `index[k]`: the first word that starts at or after byte `k * BLOCK`, so that a
    /// window's words are found in constant time, near each other in memory. (A binary
    /// search over all the words of a long text misses the cache at nearly every step:
    /// for the many small windows of the speaker stage it cost more than scanning them.)
    /// A text has fewer than 2^32 words (one takes two bytes with its separator, and
    /// texts are far under 8 GiB), so `u32` holds every index.
    index: Vec<u32>,
}

/// Bytes of text a slot of [`Words::index`] covers: a few words of prose.
const BLOCK: usize = 32;

impl<'a> Document<'a> {
    /// Reads `text`: its paragraphs now, its words with their lexicon lists when first
    /// asked for; each in one pass over the text (linear time; a word is looked up once,
    /// whatever number of windows of the later stages it falls in).
    pub fn read(text: &'a str) -> Self {
        Document {
            text,
            paras: crate::paragraphs::paragraphs(text),
            words: OnceCell::new(),
        }
    }

    fn words(&self) -> &Words {
        self.words.get_or_init(|| {
            let tokens = words(self.text);
            let blocks = self.text.len() / BLOCK + 2;
            let mut index = Vec::with_capacity(blocks);
            let mut i = 0;
            for k in 0..blocks {
                while tokens.get(i).is_some_and(|t| t.start < k * BLOCK) {
                    i += 1;
                }
                index.push(u32::try_from(i).unwrap_or(u32::MAX));
            }
            Words { tokens, index }
        })
    }

    /// Every word of the text, in order.
    pub fn tokens(&self) -> &[Token] {
        &self.words().tokens
    }

    /// The words lying wholly inside `[from, to)`, in order: a slice of
    /// [`Document::tokens`] found through an index in constant time, no scan of the text and
    /// no allocation. An empty or reversed range has no words.
    ///
    /// A word that a bound cuts is not in it. The stages' ranges start and end at quotation
    /// marks, paragraph and sentence bounds and word edges, which cut no word, except the
    /// windows bounded by a byte budget (a sentence looked for at most 400 bytes back, a
    /// German quotation's rest at most 600 bytes on): there the cut word is left out, where
    /// scanning the window alone read a fragment of it ("owerfully" of "powerfully").
    /// Checked on PolNeAR, GerQuote and the 972 benchmark pages: 235 of 502,901 ranges
    /// differed so, and no analysis changed.
    pub fn tokens_in(&self, from: usize, to: usize) -> &[Token] {
        let w = self.words();
        let lo = w.first_at(from);
        let mut hi = w.first_at(to);
        // Of the words that start before `to`, only the last can reach past it.
        if hi > lo && w.tokens[hi - 1].end > to {
            hi -= 1;
        }
        w.tokens.get(lo..hi).unwrap_or_default()
    }

    /// The text of a word (or of any range of the text).
    pub fn word(&self, t: &Token) -> &'a str {
        crate::at(self.text, t.start, t.end)
    }
}

impl Words {
    /// The index of the first word that starts at or after byte `at` (the number of words
    /// when none does): its block's first word, then at most a block's words on.
    fn first_at(&self, at: usize) -> usize {
        let k = (at / BLOCK).min(self.index.len() - 1);
        let mut i = self.index[k] as usize;
        while self.tokens.get(i).is_some_and(|t| t.start < at) {
            i += 1;
        }
        i
    }
}

/// Every word of `text`, in order, with its lexicon lists.
fn words(text: &str) -> Vec<Token> {
    // About a word every six bytes of English: one allocation for most texts.
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    let b = text.as_bytes();
    // Walks the bytes, decoding a character only where one is not ASCII.
    let at = |k: usize| -> (char, usize) {
        match b[k] {
            c if c < 0x80 => (char::from(c), 1),
            _ => crate::at(text, k, text.len())
                .chars()
                .next()
                .map_or((' ', 1), |c| (c, c.len_utf8())),
        }
    };
    let mut next = 0;
    while next < b.len() {
        let i = next;
        let (c, n) = at(i);
        next += n;
        if !crate::case::is_word_char(c) {
            continue;
        }
        let mut end = next;
        while next < b.len() {
            let (d, dn) = at(next);
            if crate::case::is_word_char(d) {
                next += dn;
                end = next;
            } else if matches!(d, '\'' | '’' | '-' | '.')
                && next + dn < b.len()
                && crate::case::is_word_char(at(next + dn).0)
            {
                next += dn;
            } else {
                break;
            }
        }
        // The dot of an abbreviation belongs to it: Mr. Sen. U.S. (but not "Raab.").
        if b.get(end) == Some(&b'.') {
            let w = crate::at(text, i, end);
            let short =
                w.chars().count() <= 3 && w.chars().next().is_some_and(crate::case::is_upper);
            if w.as_bytes().contains(&b'.')
                || (short && (w.chars().count() == 1 || lexicon::titles().has_suffixed(w, ".")))
            {
                end += 1;
            }
        }
        next = next.max(end);
        out.push(Token {
            start: i,
            end,
            lists: lexicon::lists(crate::at(text, i, end)),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::List;

    fn words_of(text: &str) -> Vec<&str> {
        let doc = Document::read(text);
        doc.tokens().iter().map(|t| doc.word(t)).collect()
    }

    #[test]
    fn words_keep_inner_marks_and_abbreviation_dots() {
        assert_eq!(
            words_of("“Don’t,” Mr. Smith-Jones of the U.S. said. Raab."),
            vec![
                "Don’t",
                "Mr.",
                "Smith-Jones",
                "of",
                "the",
                "U.S.",
                "said",
                "Raab"
            ]
        );
        assert_eq!(
            words_of("Ärger über 3.5 Mio."),
            vec!["Ärger", "über", "3.5", "Mio"]
        );
        assert!(words_of(" “” — ").is_empty());
    }

    #[test]
    fn tokens_in_is_the_words_inside_a_range() {
        let text = "“Yes,” said Jane Doe. “No.”";
        let doc = Document::read(text);
        let said = text.find("said").unwrap();
        let dot = text.find('.').unwrap();
        let got: Vec<&str> = doc
            .tokens_in(said, dot)
            .iter()
            .map(|t| doc.word(t))
            .collect();
        assert_eq!(got, vec!["said", "Jane", "Doe"]);
        // A bound inside a word leaves that word out; empty and reversed ranges have none.
        assert_eq!(doc.tokens_in(said + 1, dot).len(), 2);
        assert_eq!(doc.tokens_in(said, said + 3).len(), 0);
        assert!(doc.tokens_in(dot, said).is_empty());
        assert_eq!(doc.tokens_in(0, text.len()).len(), 5);
    }

    /// The index finds what a filter over all the words finds, for every range of a text
    /// longer than a few index blocks.
    #[test]
    fn tokens_in_agrees_with_a_filter() {
        let text = "Mr. Smith-Jones, the U.S. envoy, said: “We’ll see.” — Ärger über 3.5 Mio. \
                    Euro,\n\nsagte   er. a b c d e f g h i j k l m n o p q r s t u v w x y z end";
        let doc = Document::read(text);
        let bounds: Vec<usize> = (0..=text.len() + 2).collect();
        for &from in &bounds {
            for &to in &bounds {
                let want: Vec<(usize, usize)> = doc
                    .tokens()
                    .iter()
                    .filter(|t| t.start >= from && t.end <= to)
                    .map(|t| (t.start, t.end))
                    .collect();
                let got: Vec<(usize, usize)> = doc
                    .tokens_in(from, to)
                    .iter()
                    .map(|t| (t.start, t.end))
                    .collect();
                assert_eq!(got, want, "{from}..{to}");
            }
        }
    }

    #[test]
    fn each_word_carries_its_lists() {
        let doc = Document::read("Said the Spokesman: “Ja”, sagte er.");
        let said = doc.tokens()[0].lists;
        assert!(said.has(List::speech_cues) && said.has(List::attribution_cues));
        assert!(doc.tokens()[2].lists.has(List::person_nouns));
        assert_eq!(doc.tokens()[2].lists, lexicon::lists("spokesman"));
    }

    /// The lists of a word are those of its lower-case form (`mentions_in` looks up the
    /// lowered word): the case mapping is idempotent, so folding twice is folding once.
    #[test]
    fn lower_case_is_idempotent() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let l = crate::case::lower(c);
            assert_eq!(crate::case::lower(l), l, "{c:?}");
        }
    }
}
