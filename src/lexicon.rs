//! Word lists the stages read, kept as data files under `lexicon/` and compiled in.
//!
//! Each file holds one entry a line; `#` starts a comment line. Lists are parsed once, on
//! first use, into sets.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A small, fast hasher for short words (the lexicons are fixed data, so the flooding
/// resistance of the default SipHash buys nothing here and costs a tenth of the run time).
#[derive(Default)]
pub struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let v = u64::from_le_bytes(c.try_into().expect("8 bytes"));
            self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// One lexicon: a set of lower-case entries, with a cheap pre-check (the byte lengths and
/// first bytes its entries have) that turns most words away before any hashing.
pub struct WordSet {
    set: HashSet<&'static [u8], BuildHasherDefault<WordHasher>>,
    /// Bit n set: an entry is n bytes long (entries of 64 bytes or more set bit 63).
    lengths: u64,
    /// Bit b set: an entry starts with byte b.
    firsts: [u64; 4],
}

impl WordSet {
    /// Whether `lower` (already in lower case) is an entry.
    pub fn contains(&self, lower: &str) -> bool {
        self.might_have(lower.as_bytes()) && self.set.contains(lower.as_bytes())
    }

    fn might_have(&self, word: &[u8]) -> bool {
        let Some(&first) = word.first() else {
            return self.set.contains(word);
        };
        self.lengths & (1 << word.len().min(63)) != 0
            && self.firsts[first as usize / 64] & (1 << (first % 64)) != 0
    }

    /// Whether `word`, in any case, is an entry. No allocation for ASCII words.
    pub fn has(&self, word: &str) -> bool {
        self.has_suffixed(word, "")
    }

    /// Whether `word` followed by `suffix` ("Mr" + ".") is an entry, in any case.
    pub fn has_suffixed(&self, word: &str, suffix: &str) -> bool {
        let mut buf = [0u8; 48];
        let n = word.len() + suffix.len();
        if word.is_ascii() && n <= buf.len() {
            if self.lengths & (1 << n.min(63)) == 0 {
                return false; // no entry this long: no copy, no hash
            }
            buf[..word.len()].copy_from_slice(word.as_bytes());
            buf[word.len()..n].copy_from_slice(suffix.as_bytes());
            buf[..n].make_ascii_lowercase();
            return self.might_have(&buf[..n]) && self.set.contains(&buf[..n]);
        }
        let mut w = word.to_lowercase();
        w.push_str(suffix);
        self.contains(&w)
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        // Entries come from UTF-8 files, so they are UTF-8.
        self.set
            .iter()
            .map(|b| std::str::from_utf8(b).expect("a UTF-8 entry"))
    }
}

fn parse(src: &'static str) -> WordSet {
    let set: HashSet<&'static [u8], BuildHasherDefault<WordHasher>> = src
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::as_bytes)
        .collect();
    let mut lengths = 0u64;
    let mut firsts = [0u64; 4];
    for w in &set {
        lengths |= 1 << w.len().min(63);
        if let Some(&f) = w.first() {
            firsts[f as usize / 64] |= 1 << (f % 64);
        }
    }
    WordSet {
        set,
        lengths,
        firsts,
    }
}

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static WordSet {
            static SET: OnceLock<WordSet> = OnceLock::new();
            SET.get_or_init(|| parse(include_str!(concat!("../lexicon/", $file))))
        }
    };
}

word_list!(
    /// Words a leading apostrophe shortens (’n’, ’tis, ’em).
    elisions, "elisions.txt"
);
word_list!(
    /// Words that, just before a quoted region, make it a title or a name
    /// (titled “…”, dubbed “…”, the ship „…“).
    term_cues, "term_cues.txt"
);
word_list!(
    /// Reporting verbs and phrases that introduce or follow a quotation (said, sagte, …).
    speech_cues, "speech_cues.txt"
);
word_list!(
    /// Short function words, per language, that a title may contain in lower case
    /// (the, of, and, der, die, de, la, …).
    title_small_words, "title_small_words.txt"
);

word_list!(
    /// Nouns that stand for something said (claim, statement, Aussage, Worte).
    speech_nouns, "speech_nouns.txt"
);
word_list!(
    /// Articles and determiners (a, the, der, ein, le, el, …).
    determiners, "determiners.txt"
);
word_list!(
    /// Prepositions a title or a name often follows (on, of, in, im, von, …).
    prepositions, "prepositions.txt"
);
word_list!(
    /// First-person words (I, we, our, ich, wir, …): a speaker's own voice.
    first_person, "first_person.txt"
);
word_list!(
    /// Common English function words, for telling the language of a text.
    function_words_en, "function_words_en.txt"
);
word_list!(
    /// Common German function words, for telling the language of a text.
    function_words_de, "function_words_de.txt"
);

word_list!(
    /// Titles and roles before a name (secretary, senator, Mr., Bundeskanzlerin, …).
    titles, "titles.txt"
);
word_list!(
    /// Nouns heading a description of a speaker (spokesman, official, source, …).
    person_nouns, "person_nouns.txt"
);
word_list!(
    /// Capitalised words that are not names (sentence starters, months, weekdays).
    not_names, "not_names.txt"
);
word_list!(
    /// Words that make a name a body, not a person (Post, Department, Society, …).
    org_words, "org_words.txt"
);

/// Subject pronouns that may stand for a speaker, with the gender they tell
/// (`Some('m')`, `Some('f')`, or `None`), from `lexicon/pronouns.txt`.
pub fn pronoun_gender(word_lower: &str) -> Option<Option<char>> {
    static MAP: OnceLock<Vec<(&'static str, Option<char>)>> = OnceLock::new();
    let map = MAP.get_or_init(|| {
        include_str!("../lexicon/pronouns.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| l.split_once(' '))
            .map(|(w, g)| (w, g.chars().next().filter(|c| *c != '-')))
            .collect()
    });
    map.iter().find(|(w, _)| *w == word_lower).map(|(_, g)| *g)
}

word_list!(
    /// Phrases of page furniture: sign-up forms, legal lines, share bars, teasers.
    boilerplate_phrases, "boilerplate_phrases.txt"
);
word_list!(
    /// Whole lines of page furniture (a bare "Facebook", "Share", "Tags"): furniture only when
    /// they are all the line says, since the words also occur in prose.
    boilerplate_lines, "boilerplate_lines.txt"
);
word_list!(
    /// Phrases that close an article when a line starts with them (a copyright, a wire
    /// byline, the head of a related-stories list).
    boilerplate_ends, "boilerplate_ends.txt"
);
word_list!(
    /// Function words of English, German, French and Spanish (prose density).
    stopwords, "stopwords.txt"
);

/// The weights of the quotation-or-term classifier, in [`crate::kind::FEATURES`] order,
/// from `lexicon/kind_weights.tsv` (`name<TAB>weight` lines; absent names weigh 0).
pub fn kind_weights() -> &'static [f32] {
    static W: OnceLock<Vec<f32>> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = vec![0.0; crate::kind::FEATURES.len()];
        for line in include_str!("../lexicon/kind_weights.tsv").lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, value) = line
                .split_once('\t')
                .expect("kind_weights.tsv: name<TAB>weight");
            let i = crate::kind::FEATURES
                .iter()
                .position(|f| *f == name)
                .unwrap_or_else(|| panic!("kind_weights.tsv: unknown feature {name}"));
            w[i] = value.trim().parse().expect("kind_weights.tsv: a number");
        }
        w
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_load_without_comments() {
        assert!(super::elisions().contains("n"));
        assert!(!super::elisions().iter().any(|w| w.starts_with('#')));
        assert!(super::speech_cues().contains("said"));
        assert!(super::speech_cues().contains("sagte"));
        assert_eq!(super::kind_weights().len(), crate::kind::FEATURES.len());
    }
}
