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
    // Two plain loops rather than one over a chained iterator: this runs for most words of
    // a text, and the chain's per-byte state test showed in the WebAssembly profile.
    let mut h: u32 = 0x811c_9dc5;
    for &b in word {
        h = (h ^ b.to_ascii_lowercase() as u32).wrapping_mul(0x0100_0193);
    }
    for &b in suffix {
        h = (h ^ b.to_ascii_lowercase() as u32).wrapping_mul(0x0100_0193);
    }
    h ^ (h >> 15)
}

/// Whether `entry` (lower case) is `word` followed by `suffix`, ASCII case ignored.
fn spells(entry: &[u8], word: &[u8], suffix: &[u8]) -> bool {
    entry.len() == word.len() + suffix.len()
        && lower_eq(&entry[..word.len()], word)
        && lower_eq(&entry[word.len()..], suffix)
}

/// Whether `entry` (lower case: every list is, a test checks it) is `word` with its ASCII
/// letters lowered; only the word's side needs folding.
fn lower_eq(entry: &[u8], word: &[u8]) -> bool {
    entry.len() == word.len()
        && entry
            .iter()
            .zip(word)
            .all(|(&e, &w)| e == w.to_ascii_lowercase())
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
        folded(word, |w| self.find(w, suffix.as_bytes()))
    }

    /// The index in `entries` of `word` (in any case), if it is an entry.
    fn index_of(&self, word: &str) -> Option<usize> {
        folded(word, |w| self.position(w, b""))
    }

    /// Looks up `word` + `suffix`, folding ASCII case (other letters must be folded already).
    fn find(&self, word: &[u8], suffix: &[u8]) -> bool {
        self.position(word, suffix).is_some()
    }

    /// The index in `entries` of `word` + `suffix`, as [`WordSet::find`] looks it up.
    fn position(&self, word: &[u8], suffix: &[u8]) -> Option<usize> {
        if suffix.is_empty() {
            return self.lookup(word); // nearly every look-up
        }
        let n = word.len() + suffix.len();
        let first = word.first().or(suffix.first()).copied().unwrap_or(0);
        let last = suffix.last().or(word.last()).copied().unwrap_or(0);
        if !self.may_hold(n, first, last) {
            return None;
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

    /// [`WordSet::position`] of a word without a suffix: the same probe, in the plainest
    /// loops (this is the stages' most frequent call).
    fn lookup(&self, w: &[u8]) -> Option<usize> {
        let (&first, &last) = (w.first()?, w.last()?);
        if !self.may_hold(w.len(), first, last) {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash(w, b"") as usize & mask;
        loop {
            let e = self.slots[i];
            if e == EMPTY {
                return None;
            }
            if lower_eq(self.entries[e as usize], w) {
                return Some(e as usize);
            }
            i = (i + 1) & mask;
        }
    }

    /// The pre-check: whether an entry `n` bytes long may start with `first` and end with
    /// `last` (most words of a text are turned away here, before any hashing).
    fn may_hold(&self, n: usize, first: u8, last: u8) -> bool {
        let k = n.min(63);
        self.lengths & (1 << k) != 0
            && self.starts[k] & first_key(first) != 0
            && self.ends[k] & first_key(last) != 0
    }

    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        // Entries are whole lines of UTF-8 files, so the fallback is never taken (an `expect`
        // would pull the error's Debug formatting into the WebAssembly module).
        self.entries
            .iter()
            .map(|b| std::str::from_utf8(b).unwrap_or_default())
    }
}

/// Calls `f` with `word` in lower case as the tables compare it: an ASCII word as it is (the
/// hash and the comparison fold ASCII case), any other folded on the stack when it fits.
fn folded<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    if word.is_ascii() {
        return f(word.as_bytes());
    }
    let mut buf = [0u8; 64];
    match crate::case::fold_into(word, &mut buf) {
        Some(n) => f(&buf[..n]),
        None => f(crate::case::to_lower(word).as_bytes()),
    }
}

/// 64-bit FNV-1a of `bytes`: the hash of [`NameMap`]. SipHash, the standard maps' default,
/// guards against chosen-key flooding, which the names of one pasted text cannot mount in a
/// way that matters here, and costs several times as much per short key.
fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325; // the FNV offset basis
    for &b in bytes {
        h = (h ^ b as u64).wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// A map from names (and words) to numbers, for the speaker stage's indexes of entities.
///
/// What the stage needs of a map is this small: look up, insert or overwrite, remove. An
/// open-addressing table of its own (FNV-1a, linear probing, at most half full)
/// does it in a tenth of the code of the standard `HashMap`, whose generic machinery the
/// WebAssembly module would carry for these few maps alone.
#[derive(Default)]
pub struct NameMap {
    /// A power of two long once anything is in it; a removed key keeps its slot, holding
    /// [`NameMap::GONE`].
    slots: Vec<Option<(String, usize)>>,
    used: usize,
}

impl NameMap {
    const GONE: usize = usize::MAX;

    /// The slot holding `key`, or the empty one where it would go. `slots` is not empty.
    fn slot(&self, key: &str) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = fnv(key.as_bytes()) as usize & mask;
        loop {
            match &self.slots[i] {
                Some((k, _)) if k != key => i = (i + 1) & mask,
                _ => return i,
            }
        }
    }

    /// The number `key` maps to.
    pub fn get(&self, key: &str) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        match self.slots[self.slot(key)] {
            Some((_, v)) if v != Self::GONE => Some(v),
            _ => None,
        }
    }

    /// Maps `key` to `value`, replacing what it mapped to. `value` is not `usize::MAX`.
    pub fn insert(&mut self, key: &str, value: usize) {
        if (self.used + 1) * 2 > self.slots.len() {
            let old = core::mem::take(&mut self.slots);
            self.slots = (0..(old.len() * 2).max(16)).map(|_| None).collect();
            for (k, v) in old.into_iter().flatten() {
                let i = self.slot(&k);
                self.slots[i] = Some((k, v));
            }
        }
        let i = self.slot(key);
        match &mut self.slots[i] {
            Some((_, v)) => *v = value,
            empty => {
                *empty = Some((key.to_string(), value));
                self.used += 1;
            }
        }
    }

    /// Forgets `key`.
    pub fn remove(&mut self, key: &str) {
        if self.slots.is_empty() {
            return;
        }
        let i = self.slot(key);
        if let Some((_, v)) = &mut self.slots[i] {
            *v = Self::GONE;
        }
    }
}

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
    let mut set = WordSet::with_room(entries.clone().count());
    for e in entries {
        set.insert(e.as_bytes());
    }
    set
}

impl WordSet {
    /// An empty set with room for `n` entries.
    fn with_room(n: usize) -> WordSet {
        WordSet {
            entries: Vec::with_capacity(n),
            slots: vec![EMPTY; (n * 2).next_power_of_two().max(2)],
            lengths: 0,
            starts: [0; 64],
            ends: [0; 64],
        }
    }

    /// Adds `e` (lower case) unless it is an entry already, in one probe sequence either way;
    /// returns its index in `entries`. The set must have been made with room for it.
    fn insert(&mut self, e: &'static [u8]) -> usize {
        let mask = self.slots.len() - 1;
        let mut i = hash(e, b"") as usize & mask;
        loop {
            match self.slots[i] {
                EMPTY => break,
                k if self.entries[k as usize] == e => return k as usize, // listed twice
                _ => i = (i + 1) & mask,
            }
        }
        self.lengths |= 1 << e.len().min(63);
        self.starts[e.len().min(63)] |= first_key(e.first().copied().unwrap_or(0));
        self.ends[e.len().min(63)] |= first_key(e.last().copied().unwrap_or(0));
        self.slots[i] = self.entries.len() as u32;
        self.entries.push(e);
        self.entries.len() - 1
    }
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

/// Declares the plain word lists: for each, a [`List`] variant and an accessor. The lists
/// are parsed together, on first use, into one [`Lexicon`].
macro_rules! word_lists {
    ($($(#[$doc:meta])* $name:ident = $file:literal,)*) => {
        /// A word list, as a bit of a word's [`Lists`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum List {
            $($name,)*
            /// [`attribution_cues`].
            attribution_cues,
            /// The words of [`pronoun_gender`]'s list.
            pronouns,
            /// The words of [`article_de`]'s list.
            articles_de,
        }

        /// The sources of the plain lists, in [`List`] order.
        const FILES: &[&str] = &[$(include_str!(concat!(env!("OUT_DIR"), "/lexicon/", $file)),)*];

        $(
            $(#[$doc])*
            pub fn $name() -> &'static WordSet {
                &lexicon().sets[List::$name as usize]
            }
        )*
    };
}

word_lists! {
    /// Words a leading apostrophe shortens (’n’, ’tis, ’em).
    elisions = "elisions.txt",
    /// Words that, just before a quoted region, make it a title or a name
    /// (titled “…”, dubbed “…”, the ship „…“).
    term_cues = "term_cues.txt",
    /// Reporting verbs and phrases that introduce or follow a quotation (said, sagte, …).
    speech_cues = "speech_cues.txt",
    /// Words that may stand between a subject and its cue (also, has, later, then).
    cue_adverbs = "cue_adverbs.txt",
    /// English prepositions after which a name is an object, not a subject.
    governing_words = "governing_words.txt",
    /// English words that open a clause of their own (and, when, because, who).
    clause_words = "clause_words.txt",
    /// English pronouns that name a speaker only as the subject of a cue (who, which, it).
    relative_pronouns = "relative_pronouns.txt",
    /// English words after which a cue word is a noun (the claim, his call, a report).
    noun_markers = "noun_markers.txt",
    /// English honorifics, after which a title word is a name (Mr. King).
    honorifics = "honorifics.txt",
    /// English words that open a description like an article (one, another, my).
    description_openers = "description_openers.txt",
    /// English words that open a subordinate clause before the main one (when, while).
    subordinators = "subordinators.txt",
    /// English title words that are also surnames (King, Bishop, Pope, Judge).
    surname_titles = "surname_titles.txt",
    /// Short function words, per language, that a title may contain in lower case
    /// (the, of, and, der, die, de, la, …).
    title_small_words = "title_small_words.txt",
    /// Nouns that stand for something said (claim, statement, Aussage, Worte).
    speech_nouns = "speech_nouns.txt",
    /// Articles and determiners (a, the, der, ein, le, el, …).
    determiners = "determiners.txt",
    /// Prepositions a title or a name often follows (on, of, in, im, von, …).
    prepositions = "prepositions.txt",
    /// First-person words (I, we, our, ich, wir, …): a speaker's own voice.
    first_person = "first_person.txt",
    /// Common English function words, for telling the language of a text.
    function_words_en = "function_words_en.txt",
    /// Common German function words, for telling the language of a text.
    function_words_de = "function_words_de.txt",
    /// Titles and roles before a name (secretary, senator, Mr., Bundeskanzlerin, …).
    titles = "titles.txt",
    /// Nouns heading a description of a speaker (spokesman, official, source, …).
    person_nouns = "person_nouns.txt",
    /// Capitalised words that are not names (sentence starters, months, weekdays).
    not_names = "not_names.txt",
    /// Words that make a name a body, not a person (Post, Department, Society, …).
    org_words = "org_words.txt",
    /// German verbs of saying in all their forms (sagte, fügte, äußerte, zufolge, laut, so),
    /// for the speaker stage and one classifier feature, in German text only.
    speech_cues_de = "speech_cues_de.txt",
    /// German person nouns and compound endings (Sprecher, -minister, -jährige).
    person_nouns_de = "person_nouns_de.txt",
    /// Capitalised German sentence openers that are not names (Ähnlich, Derzeit, Warum).
    not_names_de = "not_names_de.txt",
    /// German auxiliaries and modals that stand where a verb of saying would (hatte, soll).
    auxiliaries_de = "auxiliaries_de.txt",
    /// German nouns that make "nach" a source cue (nach Angaben, nach Worten).
    source_nouns_de = "source_nouns_de.txt",
    /// German prepositions, with "als" and "wie", that open a phrase which is no subject.
    prepositions_de = "prepositions_de.txt",
    /// German verbs whose speaker is a place in a text (heißt es in …, steht auf …).
    impersonal_cues_de = "impersonal_cues_de.txt",
    /// German verbs whose object is the speaker (zitiert einen Augenzeugen).
    object_cues_de = "object_cues_de.txt",
    /// Phrases of page furniture: sign-up forms, legal lines, share bars, teasers.
    boilerplate_phrases = "boilerplate_phrases.txt",
    /// Whole lines of page furniture (a bare "Facebook", "Share", "Tags"): furniture only when
    /// they are all the line says, since the words also occur in prose.
    boilerplate_lines = "boilerplate_lines.txt",
    /// Phrases that close an article when a line starts with them (a copyright, a wire
    /// byline, the head of a related-stories list).
    boilerplate_ends = "boilerplate_ends.txt",
    /// Function words of English, German, French and Spanish (prose density).
    stopwords = "stopwords.txt",
    /// Words of place names (countries, states, cities; English and German): a name of
    /// nothing but these is a place, evidence against a speaker.
    places = "places.txt",
    /// English verbs whose object is the one spoken to or of (told, asked, thanked,
    /// called): a name right after one is seldom the speaker.
    addressee_verbs = "addressee_verbs.txt",
    /// Adjectives of countries and regions (Syrian, French): no name alone.
    nationalities = "nationalities.txt",
    /// Words after which a capitalised word opening a sentence is a verb, not a name (an
    /// article, a possessive or object pronoun, a question word: "Choose a …").
    verb_objects = "verb_objects.txt",
}

/// Every list, parsed once: each in its own set (a look-up in one list turns most words away
/// by its pre-check alone), and all of them in one more set that tells, in one look-up,
/// every list a word is in (the speaker stage asks that of each word of the text).
struct Lexicon {
    /// The plain lists in [`List`] order, then [`attribution_cues`].
    sets: Vec<WordSet>,
    pronouns: Tagged,
    articles_de: Tagged,
    /// Every entry of every list …
    all: WordSet,
    /// … and, for `all.entries[i]`, the lists it is in (bit `List as u32`).
    member: Vec<u64>,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut sets: Vec<WordSet> = FILES.iter().map(|src| parse(src)).collect();
        sets.push(from_entries(
            entries(SPEECH_CUES).chain(entries(ATTRIBUTION_VERBS)),
        ));
        let pronouns = Tagged::parse(include_str!(concat!(
            env!("OUT_DIR"),
            "/lexicon/pronouns.txt"
        )));
        let articles_de = Tagged::parse(include_str!(concat!(
            env!("OUT_DIR"),
            "/lexicon/articles_de.txt"
        )));
        let lists = || sets.iter().chain([&pronouns.words, &articles_de.words]);
        let mut all = WordSet::with_room(lists().map(|set| set.entries.len()).sum());
        let mut member: Vec<u64> = Vec::new();
        for (list, set) in lists().enumerate() {
            for e in &set.entries {
                let i = all.insert(e);
                if i == member.len() {
                    member.push(0);
                }
                member[i] |= 1 << list;
            }
        }
        Lexicon {
            sets,
            pronouns,
            articles_de,
            all,
            member,
        }
    })
}

/// The lists a word is in, from one look-up.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Lists(u64);

impl Lists {
    /// Whether the word is in `list`.
    pub fn has(self, list: List) -> bool {
        self.0 & (1 << list as u32) != 0
    }
}

/// Whether `word` (in any case), or `word` without a German genitive's "s", is a word of a
/// place name ([`List::places`]). One call for the speaker stage's few questions of places,
/// not inlined where each is asked.
#[inline(never)]
pub fn place_word(word: &str) -> bool {
    let place = |w: &str| lists(w).has(List::places);
    place(word) || word.strip_suffix('s').is_some_and(place)
}

/// Every list `word` (in any case) is in. Tagged lists ([`List::pronouns`],
/// [`List::articles_de`]) count a word whatever its tag.
pub fn lists(word: &str) -> Lists {
    let lex = lexicon();
    Lists(lex.all.index_of(word).map_or(0, |i| lex.member[i]))
}

/// Every cue of attribution the speaker stage knows: [`speech_cues`] and the further verbs
/// of `attribution_verbs.txt` (boasted, likened, adding), which only this stage reads so
/// that they never make a quotation of a term; one set, so a word is looked up once.
pub fn attribution_cues() -> &'static WordSet {
    &lexicon().sets[List::attribution_cues as usize]
}

const SPEECH_CUES: &str = include_str!(concat!(env!("OUT_DIR"), "/lexicon/speech_cues.txt"));
const ATTRIBUTION_VERBS: &str =
    include_str!(concat!(env!("OUT_DIR"), "/lexicon/attribution_verbs.txt"));

/// Whether a German noun names a person or a speaking body: it is, or ends with, an
/// entry of `person_nouns_de.txt` ("Regierungssprecher", "Bundesinnenministerin").
pub fn is_person_noun_de(word: &str) -> bool {
    // Entries are short: only the last 24 bytes can hold one, so a long token costs no more.
    let mut from = word.len().saturating_sub(24);
    while !word.is_char_boundary(from) {
        from += 1;
    }
    let w = crate::case::lowered(crate::at(word, from, word.len()));
    let set = person_nouns_de();
    w.char_indices()
        .any(|(i, _)| set.contains(crate::at(&w, i, w.len()).trim_start_matches('-')))
}

/// A German article: `Some(true)` when it can open a subject (der, die, ein), `Some(false)`
/// when it is oblique only (dem, den, des, einem), `None` for any other word.
pub fn article_de(word_lower: &str) -> Option<bool> {
    lexicon()
        .articles_de
        .tag(word_lower)
        .map(|case| case == "n")
}

/// Subject pronouns that may stand for a speaker, with the gender they tell
/// (`Some('m')`, `Some('f')`, or `None`), from `lexicon/pronouns.txt`.
pub fn pronoun_gender(word_lower: &str) -> Option<Option<char>> {
    lexicon()
        .pronouns
        .tag(word_lower)
        .map(|g| g.chars().next().filter(|c| *c != '-'))
}

/// The weights of the quotation-or-term classifier, in [`crate::kind::FEATURES`] order:
/// `lexicon/kind_weights.tsv`, compiled in by the build script in the file's order, which a
/// unit test holds to the features'. (A feature the file does not have yet, at the end, weighs
/// 0: the classifier zips features with weights.)
pub fn kind_weights() -> &'static [f32] {
    KIND_WEIGHTS
}

include!(concat!(env!("OUT_DIR"), "/kind_weights.rs"));

/// The speaker ranker's weights for English (`german` false) or German text, in
/// [`crate::speakers::FEATURES`] order: `lexicon/speaker_weights.tsv`'s columns, compiled in
/// by the build script in the file's order, which a unit test holds to the features'. (Not a
/// build-time check: a new feature must build before the trainer can write its weight.)
pub fn speaker_weights(german: bool) -> &'static [f32] {
    if german {
        SPEAKER_WEIGHTS_DE
    } else {
        SPEAKER_WEIGHTS_EN
    }
}

include!(concat!(env!("OUT_DIR"), "/speaker_weights.rs"));

#[cfg(test)]
mod tests {
    /// Look-ups fold only the word's side: every entry must be stored in lower case.
    #[test]
    fn every_entry_is_lower_case() {
        let lex = super::lexicon();
        let sets = lex
            .sets
            .iter()
            .chain([&lex.pronouns.words, &lex.articles_de.words]);
        for e in sets.flat_map(|set| set.iter()) {
            assert_eq!(crate::case::to_lower(e), e, "{e:?} is not in lower case");
        }
    }

    #[test]
    fn one_look_up_tells_every_list() {
        use super::{lists, List};
        let said = lists("Said");
        assert!(said.has(List::speech_cues) && said.has(List::attribution_cues));
        assert!(!said.has(List::titles));
        // A verb only the speaker stage reads is a cue of attribution, not a speech cue.
        let boasted = lists("boasted");
        assert!(boasted.has(List::attribution_cues) && !boasted.has(List::speech_cues));
        assert!(lists("he").has(List::pronouns));
        assert!(lists("DEM").has(List::articles_de));
        assert!(lists("Äußerte").has(List::speech_cues_de));
        assert_eq!(lists("Pompeo"), super::Lists::default());
        // Each list agrees with its own set, for every entry of every list.
        for (i, src) in super::FILES.iter().enumerate() {
            for e in super::entries(src) {
                assert!(lists(e).0 & (1 << i) != 0, "{e:?} (list {i})");
            }
        }
    }

    #[test]
    fn every_list_has_a_bit() {
        assert!((super::List::articles_de as u32) < 64);
        assert_eq!(super::List::attribution_cues as usize, super::FILES.len());
    }

    #[test]
    fn fnv_is_fnv_1a() {
        // The published 64-bit FNV-1a test vectors.
        for (input, want) in [
            ("", 0xcbf2_9ce4_8422_2325),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ] {
            assert_eq!(super::fnv(input.as_bytes()), want, "{input:?}");
        }
    }

    #[test]
    fn name_map_gets_what_was_put() {
        let mut m = super::NameMap::default();
        assert_eq!(m.get("Pompeo"), None);
        m.remove("Pompeo");
        m.insert("Pompeo", 1);
        assert_eq!(m.get("Pompeo"), Some(1));
        assert_eq!(m.get("pompeo"), None);
        m.insert("Pompeo", 2);
        assert_eq!(m.get("Pompeo"), Some(2));
        m.remove("Pompeo");
        assert_eq!(m.get("Pompeo"), None);
        m.insert("Pompeo", 3);
        assert_eq!(m.get("Pompeo"), Some(3));
        // Through several doublings, against the standard map.
        let mut want = std::collections::HashMap::new();
        for i in 0..5000usize {
            let k = format!("name {}", i * 7919 % 1013);
            if i % 5 == 0 {
                m.remove(&k);
                want.remove(&k);
            } else {
                m.insert(&k, i);
                want.insert(k, i);
            }
        }
        for i in 0..1013usize {
            let k = format!("name {i}");
            assert_eq!(m.get(&k), want.get(&k).copied(), "{k}");
        }
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

    /// Every weight in the file names a feature (a misspelt name would weigh nothing).
    #[test]
    fn kind_weights_name_features() {
        assert!(super::KIND_WEIGHTS.len() > 10);
        assert_eq!(super::KIND_WEIGHT_NAMES, crate::kind::FEATURES);
        for (name, w) in super::KIND_WEIGHT_NAMES.iter().zip(super::KIND_WEIGHTS) {
            assert!(w.is_finite(), "{name}");
        }
        // The compiled weights are the file's, in FEATURES order.
        let tsv = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/lexicon/kind_weights.tsv"
        ))
        .unwrap();
        for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let (name, w) = line.split_once('\t').unwrap();
            let i = crate::kind::FEATURES
                .iter()
                .position(|f| *f == name)
                .unwrap();
            assert_eq!(
                super::kind_weights()[i],
                w.parse::<f32>().unwrap(),
                "{name}"
            );
        }
    }

    /// The trainer writes a weight for every feature of the ranker, for both languages, and
    /// the compiled columns are the file's, in FEATURES order.
    #[test]
    fn speaker_weights_name_every_feature() {
        let tsv = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/lexicon/speaker_weights.tsv"
        ))
        .unwrap();
        let rows: Vec<Vec<&str>> = tsv
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| l.split('\t').collect())
            .collect();
        let names: Vec<&str> = rows.iter().map(|r| r[0]).collect();
        assert_eq!(names, crate::speakers::FEATURES);
        assert_eq!(super::SPEAKER_WEIGHT_NAMES, crate::speakers::FEATURES);
        for (i, r) in rows.iter().enumerate() {
            assert_eq!(
                super::speaker_weights(false)[i],
                r[1].parse::<f32>().unwrap()
            );
            assert_eq!(
                super::speaker_weights(true)[i],
                r[2].parse::<f32>().unwrap()
            );
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
