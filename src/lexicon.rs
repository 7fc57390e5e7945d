//! Word lists the stages read, kept as data files under `lexicon/` and compiled in.
//!
//! Each file holds one entry a line; `#` starts a comment line. Lists are parsed once, on
//! first use, into sets.

use std::sync::OnceLock;

/// One lexicon: its lower-case entries in an open-addressing hash table built once.
///
/// Lookups run on every word of the text, several times, so they are made cheap: the word
/// is hashed and case-folded in the same pass, without a copy when it is ASCII, and a
/// bit mask of entry lengths turns most words away before any hashing.
pub struct WordSet {
    /// The entries, each a lower-case UTF-8 string.
    entries: Vec<&'static [u8]>,
    /// Slots of the table: an index into `entries`, or `EMPTY`. Its length is a power of two
    /// at least twice the number of entries, so a probe sequence ends quickly at a gap.
    slots: Vec<u32>,
    /// Bit n set: an entry is n bytes long (entries of 64 bytes or more set bit 63).
    lengths: u64,
    /// `starts[n]` bit k set: an entry n bytes long starts with a byte whose [`first_key`]
    /// is k. With `lengths`, this turns away most words of a text before any hashing.
    starts: [u32; 64],
    /// The same for the last byte: with the first, most words of a text are turned away
    /// even by a list of hundreds of entries.
    ends: [u32; 64],
}

/// The bit a first byte sets in [`WordSet::starts`]: ASCII letters of either case share one.
fn first_key(b: u8) -> u32 {
    1 << (b.to_ascii_lowercase() % 32)
}

const EMPTY: u32 = u32::MAX;

/// The hash of the bytes `word` and `suffix` spell together, ASCII letters folded to lower case
/// (entries are stored folded, so a word in any case finds them).
fn hash(word: &[u8], suffix: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in word.iter().chain(suffix) {
        h = (h ^ b.to_ascii_lowercase() as u32).wrapping_mul(0x0100_0193);
    }
    h ^ (h >> 15)
}

/// Whether `entry` (lower case) is `word` followed by `suffix`, ASCII case ignored.
fn spells(entry: &[u8], word: &[u8], suffix: &[u8]) -> bool {
    entry.len() == word.len() + suffix.len()
        && entry[..word.len()].eq_ignore_ascii_case(word)
        && entry[word.len()..].eq_ignore_ascii_case(suffix)
}

impl WordSet {
    /// Whether `lower` (already in lower case) is an entry.
    pub fn contains(&self, lower: &str) -> bool {
        self.find(lower.as_bytes(), b"")
    }

    /// Whether `word`, in any case, is an entry. No allocation for ASCII words.
    pub fn has(&self, word: &str) -> bool {
        self.has_suffixed(word, "")
    }

    /// Whether `word` followed by `suffix` ("Mr" + ".") is an entry, in any case.
    pub fn has_suffixed(&self, word: &str, suffix: &str) -> bool {
        if word.is_ascii() {
            return self.find(word.as_bytes(), suffix.as_bytes());
        }
        // Folded on the stack (most words fit), without an allocation.
        let mut buf = [0u8; 64];
        match crate::case::fold_into(word, &mut buf) {
            Some(n) => self.find(&buf[..n], suffix.as_bytes()),
            None => self.find(crate::case::to_lower(word).as_bytes(), suffix.as_bytes()),
        }
    }

    /// Looks up `word` + `suffix`, folding ASCII case (other letters must be folded already).
    fn find(&self, word: &[u8], suffix: &[u8]) -> bool {
        self.position(word, suffix).is_some()
    }

    /// The index in `entries` of `word` + `suffix`, as [`WordSet::find`] looks it up.
    fn position(&self, word: &[u8], suffix: &[u8]) -> Option<usize> {
        let n = word.len() + suffix.len();
        let first = word.first().or(suffix.first()).copied().unwrap_or(0);
        let last = suffix.last().or(word.last()).copied().unwrap_or(0);
        if self.lengths & (1 << n.min(63)) == 0
            || self.starts[n.min(63)] & first_key(first) == 0
            || self.ends[n.min(63)] & first_key(last) == 0
        {
            return None; // no entry this long with this first letter: no hash
        }
        let mask = self.slots.len() - 1;
        let mut i = hash(word, suffix) as usize & mask;
        loop {
            match self.slots[i] {
                EMPTY => return None,
                e if spells(self.entries[e as usize], word, suffix) => return Some(e as usize),
                _ => i = (i + 1) & mask,
            }
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        // Entries come from UTF-8 files, so they are UTF-8.
        self.entries
            .iter()
            .map(|b| std::str::from_utf8(b).expect("a UTF-8 entry"))
    }
}

/// FNV-1a as a [`std::hash::Hasher`], for the maps the speaker stage keys by name. The
/// standard SipHash guards against chosen-key flooding, which the names of one pasted text
/// cannot mount in a way that matters here, and costs several times as much per short key.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325) // the FNV offset basis
    }
}

impl std::hash::Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash map keyed with [`Fnv`].
pub type FnvMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
/// A hash set keyed with [`Fnv`].
pub type FnvSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// The entries of a list file: its lines, trimmed, without blank and comment lines.
fn entries(src: &'static str) -> impl Iterator<Item = &'static str> + Clone {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

fn parse(src: &'static str) -> WordSet {
    from_entries(entries(src))
}

/// The set of `entries` (each listed once however often it is given).
fn from_entries(entries: impl Iterator<Item = &'static str> + Clone) -> WordSet {
    let mut set = WordSet {
        entries: Vec::new(),
        slots: vec![EMPTY; (entries.clone().count() * 2).next_power_of_two().max(2)],
        lengths: 0,
        starts: [0; 64],
        ends: [0; 64],
    };
    let mask = set.slots.len() - 1;
    for e in entries.map(str::as_bytes) {
        if set.find(e, b"") {
            continue; // listed twice
        }
        set.lengths |= 1 << e.len().min(63);
        set.starts[e.len().min(63)] |= first_key(e.first().copied().unwrap_or(0));
        set.ends[e.len().min(63)] |= first_key(e.last().copied().unwrap_or(0));
        let mut i = hash(e, b"") as usize & mask;
        while set.slots[i] != EMPTY {
            i = (i + 1) & mask;
        }
        set.slots[i] = set.entries.len() as u32;
        set.entries.push(e);
    }
    set
}

/// A list whose lines are a word, a space and a tag ("he m", "dem o"): the words in a
/// [`WordSet`], so that most words of a text are turned away by its pre-check, and the tag
/// of each beside it. Lines without a tag are no entries.
pub struct Tagged {
    words: WordSet,
    /// `tags[i]`: the tag of `words.entries[i]` (the first given, for a word listed twice).
    tags: Vec<&'static str>,
}

impl Tagged {
    fn parse(src: &'static str) -> Tagged {
        let pairs = entries(src).filter_map(|l| l.split_once(' '));
        let words = from_entries(pairs.clone().map(|(w, _)| w));
        let mut tags = vec![None; words.entries.len()];
        for (w, tag) in pairs {
            if let Some(i) = words.position(w.as_bytes(), b"") {
                tags[i].get_or_insert(tag);
            }
        }
        Tagged {
            words,
            tags: tags.into_iter().map(Option::unwrap_or_default).collect(),
        }
    }

    /// The tag of `word`, written exactly as listed (lower case), if it is an entry.
    pub fn tag(&self, word: &str) -> Option<&'static str> {
        let i = self.words.position(word.as_bytes(), b"")?;
        (self.words.entries[i] == word.as_bytes()).then(|| self.tags[i])
    }
}

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static WordSet {
            static SET: OnceLock<WordSet> = OnceLock::new();
            SET.get_or_init(|| parse(include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $file))))
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

/// Reporting verbs and phrases that introduce or follow a quotation (said, sagte, …).
pub fn speech_cues() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| parse(SPEECH_CUES))
}

/// Every cue of attribution the speaker stage knows: [`speech_cues`] and the further verbs
/// of `attribution_verbs.txt` (boasted, likened, adding), which only this stage reads so
/// that they never make a quotation of a term; one set, so a word is looked up once.
pub fn attribution_cues() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| from_entries(entries(SPEECH_CUES).chain(entries(ATTRIBUTION_VERBS))))
}

const SPEECH_CUES: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/speech_cues.txt"));
const ATTRIBUTION_VERBS: &str =
    include_str!(concat!(env!("OUT_DIR"), "/lexicon/attribution_verbs.txt"));

word_list!(
    /// Words that may stand between a subject and its cue (also, has, later, then).
    cue_adverbs, "cue_adverbs.txt"
);
word_list!(
    /// English prepositions after which a name is an object, not a subject.
    governing_words, "governing_words.txt"
);
word_list!(
    /// English words that open a clause of their own (and, when, because, who).
    clause_words, "clause_words.txt"
);
word_list!(
    /// English pronouns that name a speaker only as the subject of a cue (who, which, it).
    relative_pronouns, "relative_pronouns.txt"
);
word_list!(
    /// English words after which a cue word is a noun (the claim, his call, a report).
    noun_markers, "noun_markers.txt"
);
word_list!(
    /// English honorifics, after which a title word is a name (Mr. King).
    honorifics, "honorifics.txt"
);
word_list!(
    /// English words that open a description like an article (one, another, my).
    description_openers, "description_openers.txt"
);
word_list!(
    /// English words that open a subordinate clause before the main one (when, while).
    subordinators, "subordinators.txt"
);
word_list!(
    /// English title words that are also surnames (King, Bishop, Pope, Judge).
    surname_titles, "surname_titles.txt"
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

word_list!(
    /// German verbs of saying in all their forms (sagte, fügte, äußerte, zufolge, laut, so),
    /// for the speaker stage and one classifier feature, in German text only.
    speech_cues_de, "speech_cues_de.txt"
);
word_list!(
    /// German person nouns and compound endings (Sprecher, -minister, -jährige).
    person_nouns_de, "person_nouns_de.txt"
);
word_list!(
    /// Capitalised German sentence openers that are not names (Ähnlich, Derzeit, Warum).
    not_names_de, "not_names_de.txt"
);
word_list!(
    /// German auxiliaries and modals that stand where a verb of saying would (hatte, soll).
    auxiliaries_de, "auxiliaries_de.txt"
);

word_list!(
    /// German nouns that make "nach" a source cue (nach Angaben, nach Worten).
    source_nouns_de, "source_nouns_de.txt"
);

word_list!(
    /// German prepositions, with "als" and "wie", that open a phrase which is no subject.
    prepositions_de, "prepositions_de.txt"
);
word_list!(
    /// German verbs whose speaker is a place in a text (heißt es in …, steht auf …).
    impersonal_cues_de, "impersonal_cues_de.txt"
);

word_list!(
    /// German verbs whose object is the speaker (zitiert einen Augenzeugen).
    object_cues_de, "object_cues_de.txt"
);

/// Whether a German noun names a person or a speaking body: it is, or ends with, an
/// entry of `person_nouns_de.txt` ("Regierungssprecher", "Bundesinnenministerin").
pub fn is_person_noun_de(word: &str) -> bool {
    // Entries are short: only the last 24 bytes can hold one, so a long token costs no more.
    let mut from = word.len().saturating_sub(24);
    while !word.is_char_boundary(from) {
        from += 1;
    }
    let w = crate::case::lowered(&word[from..]);
    let set = person_nouns_de();
    w.char_indices()
        .any(|(i, _)| set.contains(w[i..].trim_start_matches('-')))
}

/// A German article: `Some(true)` when it can open a subject (der, die, ein), `Some(false)`
/// when it is oblique only (dem, den, des, einem), `None` for any other word.
pub fn article_de(word_lower: &str) -> Option<bool> {
    static LIST: OnceLock<Tagged> = OnceLock::new();
    LIST.get_or_init(|| {
        Tagged::parse(include_str!(concat!(
            env!("OUT_DIR"),
            "/lexicon/articles_de.txt"
        )))
    })
    .tag(word_lower)
    .map(|case| case == "n")
}

/// Subject pronouns that may stand for a speaker, with the gender they tell
/// (`Some('m')`, `Some('f')`, or `None`), from `lexicon/pronouns.txt`.
pub fn pronoun_gender(word_lower: &str) -> Option<Option<char>> {
    static LIST: OnceLock<Tagged> = OnceLock::new();
    LIST.get_or_init(|| {
        Tagged::parse(include_str!(concat!(
            env!("OUT_DIR"),
            "/lexicon/pronouns.txt"
        )))
    })
    .tag(word_lower)
    .map(|g| g.chars().next().filter(|c| *c != '-'))
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
        for line in include_str!(concat!(env!("OUT_DIR"), "/lexicon/kind_weights.tsv")).lines() {
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
            w[i] = decimal(value.trim())
                .unwrap_or_else(|| panic!("kind_weights.tsv: {name} is not a decimal number"));
        }
        w
    })
}

/// A plain decimal number (`-0.7665`, `2`, `.5`). The weights file needs nothing more, and
/// the standard float parser costs the WebAssembly build about 14 KB of code and tables.
fn decimal(s: &str) -> Option<f32> {
    let (sign, digits) = match s.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = digits.split_once('.').unwrap_or((digits, ""));
    let all_digits = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    if int.len() + frac.len() == 0
        || int.len() + frac.len() > 15
        || !all_digits(int)
        || !all_digits(frac)
    {
        return None;
    }
    let mantissa = int
        .bytes()
        .chain(frac.bytes())
        .fold(0u64, |m, b| m * 10 + (b - b'0') as u64);
    Some((sign * mantissa as f64 / 10f64.powi(frac.len() as i32)) as f32)
}

#[cfg(test)]
mod tests {
    #[test]
    fn fnv_is_fnv_1a() {
        use super::{Fnv, FnvMap};
        use std::hash::Hasher;
        // The published 64-bit FNV-1a test vectors.
        for (input, want) in [
            ("", 0xcbf2_9ce4_8422_2325),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ] {
            let mut h = Fnv::default();
            h.write(input.as_bytes());
            assert_eq!(h.finish(), want, "{input:?}");
        }
        let mut m: FnvMap<String, usize> = FnvMap::default();
        m.insert("Pompeo".into(), 1);
        assert_eq!(m.get("Pompeo"), Some(&1));
        assert_eq!(m.get("pompeo"), None);
    }

    #[test]
    fn lists_load_without_comments() {
        assert!(super::elisions().contains("n"));
        assert!(!super::elisions().iter().any(|w| w.starts_with('#')));
        assert!(super::speech_cues().contains("said"));
        assert!(super::speech_cues().contains("sagte"));
        // The union holds both lists, each entry once.
        assert!(super::attribution_cues().contains("said"));
        assert!(super::attribution_cues().contains("boasted"));
        let verbs = super::parse(super::ATTRIBUTION_VERBS);
        let speech = super::speech_cues();
        assert_eq!(
            super::attribution_cues().iter().count(),
            speech.iter().count() + verbs.iter().count()
                - speech.iter().filter(|w| verbs.contains(w)).count()
        );
        assert_eq!(super::kind_weights().len(), crate::kind::FEATURES.len());
    }

    #[test]
    fn lookups_fold_case_and_take_suffixes() {
        let set = super::parse("# a comment\nsaid\nmr.\nbundeskanzlerin\nsagte\nété\n\nsaid\n");
        assert_eq!(set.iter().count(), 5);
        for w in ["said", "SAID", "Said", "Bundeskanzlerin", "été", "ÉTÉ"] {
            assert!(set.has(w), "{w}");
        }
        assert!(set.has_suffixed("Mr", "."));
        assert!(set.contains("sagte"));
        for w in ["", "sai", "saidx", "mr", "# a comment", "sagt", "Étés"] {
            assert!(!set.has(w), "{w}");
        }
        assert!(!set.has_suffixed("Mr", ","));
        let empty = super::parse("# nothing\n");
        assert!(!empty.has("said") && !empty.has(""));
    }

    #[test]
    fn decimals_parse_like_the_standard_parser() {
        for s in [
            "-0.7665",
            "0.8227",
            "2",
            ".5",
            "-3.",
            "+1.25",
            "0",
            "123456.789012",
        ] {
            let std: f32 = s.parse().unwrap();
            assert_eq!(super::decimal(s), Some(std), "{s}");
        }
        for s in ["", "-", ".", "1e5", "nan", "1.2.3", "--1", "0x10", "1 2"] {
            assert_eq!(super::decimal(s), None, "{s}");
        }
    }

    #[test]
    fn german_person_nouns_match_compounds() {
        assert!(super::is_person_noun_de("Bundesinnenminister"));
        assert!(super::is_person_noun_de("BKA-Präsidentin"));
        assert!(super::is_person_noun_de("58-Jährige"));
        assert!(!super::is_person_noun_de("Fahrzeuge"));
        assert!(!super::is_person_noun_de("Zahlen"));
        assert!(!super::is_person_noun_de(&"x".repeat(10_000)));
    }

    #[test]
    fn tagged_lists_keep_the_first_tag_and_exact_case() {
        let list = super::Tagged::parse("# words\nhe m\nshe f\nhe f\nuntagged\nthey -\n");
        assert_eq!(list.tag("he"), Some("m"));
        assert_eq!(list.tag("she"), Some("f"));
        assert_eq!(list.tag("they"), Some("-"));
        assert_eq!(list.tag("He"), None); // callers pass lower case; other forms are no entry
        assert_eq!(list.tag("untagged"), None);
        assert_eq!(list.tag("hers"), None);
    }

    #[test]
    fn german_articles_tell_subject_from_oblique() {
        assert_eq!(super::article_de("der"), Some(true));
        assert_eq!(super::article_de("dem"), Some(false));
        assert_eq!(super::article_de("seinen"), Some(false));
        assert_eq!(super::article_de("haus"), None);
    }
}
