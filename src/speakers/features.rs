//! The ranker's features: what is known of one (quotation, candidate mention) pair.
//!
//! Every feature is 0 or 1, so a candidate is the list of the features it has and its score
//! is the sum of their weights. One function, [`features`], computes them for the runtime
//! ([`super::model`]) and for the trainer (`examples/train_quotes.rs`, through
//! [`super::choices`]): the two cannot drift apart.
//!
//! The attribution patterns of `english.rs` and `german.rs` are features here, not a
//! precedence chain: "the pattern after the quotation picked this mention" (`after`), "the
//! pattern before it did" (`before`), and so on, each also in an entity form ("picked another
//! mention of the same person"). `chain` is the answer the patterns give in their old order
//! of precedence. The rest is what the patterns do not weigh: where the mention stands, what
//! kind of mention it is, and the traps of real pages (a word opening a sentence, a short line
//! such as a caption or a credit, a name met once).

use super::entities::Entity;
use super::mentions::{Kind, Mention};
use super::tokens::{opens_sentence, without_possessives};
use crate::analysis::Span;
use crate::document::Document;
use crate::kind::floor_boundary;
use crate::lexicon::{self, List};
use crate::sub;

macro_rules! features {
    ($($id:ident = $name:literal,)*) => {
        /// One feature; its number is its place in [`FEATURES`].
        #[allow(non_camel_case_types)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(u16)]
        pub(crate) enum F { $($id,)* }
        /// The names of the features, in the order of the feature enum and of the weight files.
        pub const FEATURES: &[&str] = &[$($name,)*];
    };
}

features! {
    After = "after",
    AfterEntity = "after_entity",
    Label = "label",
    LabelEntity = "label_entity",
    Before = "before",
    BeforeEntity = "before_entity",
    Colon = "colon",
    ColonEntity = "colon_entity",
    Previous = "previous_sentence",
    PreviousEntity = "previous_sentence_entity",
    Continued = "continued",
    ContinuedEntity = "continued_entity",
    ParagraphEnd = "paragraph_end",
    ParagraphEndEntity = "paragraph_end_entity",
    Chain = "chain",
    ChainEntity = "chain_entity",
    NoPattern = "no_pattern_nearest_before",
    NoPatternLast = "no_pattern_last_speaker",
    Name = "kind_name",
    Description = "kind_description",
    Pronoun = "kind_pronoun",
    Relative = "kind_relative",
    FirstPerson = "first_person",
    Org = "organisation",
    FullName = "full_name",
    Role = "role",
    OneWord = "one_word_name",
    Governed = "after_preposition",
    SentenceOpener = "one_word_opening_sentence",
    ShortLine = "short_line",
    Once = "mentioned_once",
    Twice = "mentioned_2_3",
    Often = "mentioned_4_plus",
    BeforeInParagraph = "before_in_paragraph",
    AfterInParagraph = "after_in_paragraph",
    PreviousParagraph = "previous_paragraph",
    NextParagraph = "next_paragraph",
    Farther = "farther",
    SameSentence = "same_sentence",
    Sentences1 = "one_sentence_between",
    Sentences2 = "sentences_between_2_plus",
    Words0 = "words_0_1",
    Words2 = "words_2_3",
    Words4 = "words_4_7",
    Words8 = "words_8_15",
    Words16 = "words_16_plus",
    NearestBefore = "nearest_before",
    NearestAfter = "nearest_after",
    CueAfter = "cue_after_mention",
    CueBefore = "cue_before_mention",
    QuoteBetween = "quotation_between",
    LastSpeaker = "last_speaker",
    InsideQuote = "inside_quotation",
    Possessive = "possessive",
    PersonNoun = "person_noun_head",
    ThingPhrase = "description_without_person_noun",
    Gendered = "gendered",
    CapitalisedWords = "capitalised_words_only",
    NearestOfEntity = "nearest_mention_of_its_person",
    PluralPronoun = "plural_pronoun",
    AccordingTo = "after_according_to",
    Place = "place_name",
    AccordingToAfter = "according_to_after_quotation",
    CueBeforeMentionBefore = "cue_before_mention_before_quotation",
    Addressee = "object_of_addressee_verb",
    AfterPrepositionEn = "after_english_preposition",
    AfterSubjectVerb = "after_subject_and_verb",
    UnknownWord = "one_word_unknown_de",
}

/// The patterns whose picks are features, in the old order of precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pattern {
    After,
    Label,
    Before,
    Colon,
    Previous,
    Continued,
    ParagraphEnd,
}

impl Pattern {
    fn features(self) -> (F, F) {
        match self {
            Pattern::After => (F::After, F::AfterEntity),
            Pattern::Label => (F::Label, F::LabelEntity),
            Pattern::Before => (F::Before, F::BeforeEntity),
            Pattern::Colon => (F::Colon, F::ColonEntity),
            Pattern::Previous => (F::Previous, F::PreviousEntity),
            Pattern::Continued => (F::Continued, F::ContinuedEntity),
            Pattern::ParagraphEnd => (F::ParagraphEnd, F::ParagraphEndEntity),
        }
    }
}

/// What the features of a quotation's candidates read besides the candidate itself.
pub(crate) struct Context<'a> {
    /// The text, its paragraphs and words ([`Document::tokens_in`]).
    pub doc: &'a Document<'a>,
    pub mentions: &'a [Mention],
    pub entities: &'a [Entity],
    /// How many mentions each entity has in the text.
    pub counts: &'a [u32],
    /// Whether the text is German (the English word-order features stay off).
    pub german: bool,
    pub quote: Span,
    /// The quotation's paragraph (where it starts, and where it ends).
    pub para: Span,
    pub para_end: Span,
    /// The paragraphs before and after those, if any.
    pub prev_para: Option<Span>,
    pub next_para: Option<Span>,
    /// The previous and next quotation, if any.
    pub prev_quote_end: Option<usize>,
    pub next_quote_start: Option<usize>,
    /// The patterns' picks: (pattern, mention, entity).
    pub picks: &'a [(Pattern, usize, Option<usize>)],
    /// The old precedence chain's answer: (entity, mention).
    pub chain: Option<(usize, usize)>,
    /// The speaker of the quotation before, by the chain.
    pub last_speaker: Option<usize>,
    /// The nearest candidates before and after the quotation (mention indices).
    pub nearest_before: Option<usize>,
    pub nearest_after: Option<usize>,
}

/// The features of candidate mention `m`, standing for entity `e`, pushed to `out`.
/// `nearest_of_entity`: no other candidate of the same entity is nearer the quotation (the
/// annotators' convention is the mention nearest it: "he" in "Perez … as he keeps
/// talking about the “…”").
/// `intrinsic`: what [`intrinsic`] gives for the mention (computed once a mention, though
/// it is a candidate of every quotation near it).
pub(crate) fn features(
    cx: &Context,
    m: usize,
    e: usize,
    nearest_of_entity: bool,
    intrinsic: &[u16],
    out: &mut Vec<u16>,
) {
    let mut on = |f: F| out.push(f as u16);
    if nearest_of_entity {
        on(F::NearestOfEntity);
    }
    let mention = &cx.mentions[m];
    let (text, q) = (cx.doc.text, cx.quote);
    for &(p, pm, pe) in cx.picks {
        let (exact, entity) = p.features();
        if pm == m {
            on(exact);
        } else if pe == Some(e) {
            on(entity);
        }
    }
    match cx.chain {
        Some((_, cm)) if cm == m => on(F::Chain),
        Some((ce, _)) if ce == e => on(F::ChainEntity),
        _ => {}
    }
    if cx.picks.is_empty() {
        if cx.nearest_before == Some(m) {
            on(F::NoPattern);
        }
        if cx.last_speaker == Some(e) {
            on(F::NoPatternLast);
        }
    }
    out.extend_from_slice(intrinsic);
    let mut on = |f: F| out.push(f as u16);
    let s = mention.span;
    let before = s.end <= q.start;
    let inside = s.start >= q.start && s.end <= q.end;
    if inside {
        on(F::InsideQuote);
    } else if before && s.start >= cx.para.start {
        on(F::BeforeInParagraph);
    } else if !before && s.start < cx.para_end.end {
        on(F::AfterInParagraph);
    } else if before && cx.prev_para.is_some_and(|p| s.start >= p.start) {
        on(F::PreviousParagraph);
    } else if !before && cx.next_para.is_some_and(|p| s.start < p.end) {
        on(F::NextParagraph);
    } else {
        on(F::Farther);
    }
    // The gap between the mention and the quotation.
    let (from, to) = if before {
        (s.end, q.start)
    } else {
        (q.end.max(s.end.min(q.end)), s.start.max(q.end))
    };
    if !inside {
        let words = cx.doc.tokens_in(from, to).len().min(16);
        on(match words {
            0 | 1 => F::Words0,
            2 | 3 => F::Words2,
            4..=7 => F::Words4,
            8..=15 => F::Words8,
            _ => F::Words16,
        });
        match sentence_stops(text, from, to) {
            0 => on(F::SameSentence),
            1 => on(F::Sentences1),
            _ => on(F::Sentences2),
        }
        let between = if before {
            cx.prev_quote_end.is_some_and(|pe| pe > s.end)
        } else {
            cx.next_quote_start.is_some_and(|ns| ns < s.start)
        };
        if between {
            on(F::QuoteBetween);
        }
    }
    if cx.nearest_before == Some(m) {
        on(F::NearestBefore);
    }
    if cx.nearest_after == Some(m) {
        on(F::NearestAfter);
    }

    if cx.last_speaker == Some(e) {
        on(F::LastSpeaker);
    }
    // Conjunctions the sum of single weights cannot express: the source the writer names
    // after a quotation and its "said X" ("…,” Sanders said, according to CNN), and, in
    // English, a cue word before a mention that comes before the quotation, which makes the
    // mention the cue's object more often than its subject ("told Politico …: “…”").
    if !before && !inside && intrinsic.contains(&(F::AccordingTo as u16)) {
        on(F::AccordingToAfter);
    }
    if before && !cx.german && intrinsic.contains(&(F::CueBefore as u16)) {
        on(F::CueBeforeMentionBefore);
    }
}

/// The features of mention `m` standing for entity `e` that do not depend on the quotation:
/// what kind of mention it is, what its words and its person are, where it stands in the text.
pub(crate) fn intrinsic(cx: &Context, m: usize, e: usize, out: &mut Vec<u16>) {
    let mut on = |f: F| out.push(f as u16);
    let mention = &cx.mentions[m];
    let text = cx.doc.text;
    match mention.kind {
        Kind::Name => on(F::Name),
        Kind::Description => on(F::Description),
        Kind::Pronoun if mention.entity.is_some() => on(F::FirstPerson),
        Kind::Pronoun => on(F::Pronoun),
        Kind::Relative => on(F::Relative),
    }
    let entity = &cx.entities[e];
    if entity.org {
        on(F::Org);
    }
    if entity.name.contains(' ') && entity.name.starts_with(|c: char| crate::case::is_upper(c)) {
        on(F::FullName);
    }
    if entity.role.is_some() {
        on(F::Role);
    }
    if mention.kind == Kind::Name && !mention.name.contains(' ') {
        // German capitalises every noun: a lone word that is no known person's surname is
        // often a thing ("Daten", "Gespräche"), a class of its own.
        on(if cx.german && !mention.known {
            F::UnknownWord
        } else {
            F::OneWord
        });
        if opens_sentence(text, mention.span.start) {
            on(F::SentenceOpener);
        }
    }
    if !mention.subject {
        on(F::Governed);
    }
    if !cx.german && mention.kind != Kind::Relative {
        // The word before the mention, an article or a possessive aside.
        let s = mention.span;
        let before = cx
            .doc
            .tokens_in(floor_boundary(text, s.start.saturating_sub(40)), s.start);
        if let Some(t) = before
            .iter()
            .rev()
            .find(|t| !t.lists.has(List::determiners))
        {
            if t.lists.has(List::addressee_verbs) {
                on(F::Addressee);
            } else if t.lists.has(List::governing_words) {
                on(F::AfterPrepositionEn);
            }
        }
    }
    let words = sub(text, mention.span.start, mention.span.end);
    if words.ends_with("’s") || words.ends_with("'s") {
        on(F::Possessive);
    }
    let head = without_possessives(words).rsplit(' ').next().unwrap_or("");
    let person_noun = lexicon::lists(&crate::case::lowered(head)).has(List::person_nouns)
        || lexicon::is_person_noun_de(head);
    if person_noun {
        on(F::PersonNoun);
    } else if mention.kind == Kind::Description {
        on(F::ThingPhrase);
    }
    if entity.gender.is_some() {
        on(F::Gendered);
    }
    if mention.kind == Kind::Pronoun
        && matches!(
            crate::case::lowered(&mention.name).as_ref(),
            "they" | "them" | "their"
        )
    {
        on(F::PluralPronoun);
    }
    if mention.kind == Kind::Name
        && entity
            .name
            .split(' ')
            .all(|w| w.starts_with(|c: char| crate::case::is_upper(c)))
    {
        on(F::CapitalisedWords);
    }
    if short_line(cx.doc, mention.span) {
        on(F::ShortLine);
    }
    on(match cx.counts[e] {
        0 | 1 => F::Once,
        2 | 3 => F::Twice,
        _ => F::Often,
    });
    let s = mention.span;
    if cue_within(cx.doc, s.end, (s.end + 60).min(text.len()), true) {
        on(F::CueAfter);
    }
    if cue_within(cx.doc, s.start.saturating_sub(40), s.start, false) {
        on(F::CueBefore);
    }
    // "…,” Grayson said, according to Frankel: the source the writer names last.
    let lead = sub(
        text,
        floor_boundary(text, s.start.saturating_sub(16)),
        s.start,
    )
    .trim_end();
    if lead.ends_with("according to") || lead.ends_with("zufolge") || lead.ends_with("laut") {
        on(F::AccordingTo);
    }
    if matches!(mention.kind, Kind::Name | Kind::Description) && is_place(&entity.name) {
        on(F::Place);
    }
    if m > 0 && after_subject_and_verb(cx.doc, cx.mentions[m - 1].span, s) {
        on(F::AfterSubjectVerb);
    }
}

/// Whether every word of `name` is a word of a place name ("New Hampshire", "Washington",
/// "Deutschlands"), articles aside; a name with no such word is not.
fn is_place(name: &str) -> bool {
    let mut any = false;
    for w in name.split(' ') {
        let w = without_possessives(w);
        if lexicon::lists(w).has(List::determiners) {
            continue;
        }
        if !lexicon::place_word(w) {
            return false;
        }
        any = true;
    }
    any
}

/// Whether the mention at `s` follows the mention at `prev` across nothing but one to three
/// lower-case words that are not function words: a verb with its subject before it, which
/// makes the mention its object or the subject of a reported clause, not the speaker
/// ("Rice nannte Shultz „…“", "Trump said Clinton was “…”", "King says Ali “…”").
fn after_subject_and_verb(doc: &Document, prev: Span, s: Span) -> bool {
    if prev.end > s.start || s.start - prev.end > 60 {
        return false;
    }
    let gap = sub(doc.text, prev.end, s.start);
    let plain =
        |c: char| crate::case::is_word_char(c) || matches!(c, ' ' | '\u{a0}' | '-' | '’' | '\'');
    if !gap.chars().all(plain) {
        return false;
    }
    let words = doc.tokens_in(prev.end, s.start);
    (1..=3).contains(&words.len())
        && words.iter().all(|t| {
            doc.word(t).starts_with(crate::case::is_lower)
                && (!t.lists.has(List::stopwords) || t.lists.has(List::attribution_cues))
                && !t.lists.has(List::determiners)
        })
}

/// How many sentence stops lie in `text[from..to]`, counted up to 2 and over at most 400
/// bytes (a farther gap counts as 2: two sentences of news prose are longer).
fn sentence_stops(text: &str, from: usize, to: usize) -> usize {
    if to <= from {
        return 0;
    }
    if to - from > 400 {
        return 2;
    }
    // `sentence_stop`'s rule, read byte by byte (this runs for every candidate of every
    // quotation): a ';', or a '.', '!' or '?' followed, inside the gap, by a space or a
    // quotation mark.
    let bytes = &text.as_bytes()[from..to];
    let mut n = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let stop = match b {
            b';' => true,
            b'.' | b'!' | b'?' => sub(text, from + i + 1, to)
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || crate::marks::is_mark(c)),
            _ => false,
        };
        if stop {
            n += 1;
            if n == 2 {
                break;
            }
        }
    }
    n
}

/// Whether a cue word lies among the first (`forward`) or last three words of
/// `text[from..to]` (the document's words, whose word lists were looked up once).
fn cue_within(doc: &Document, from: usize, to: usize, forward: bool) -> bool {
    let words = doc.tokens_in(from, to);
    let is_cue = |t: &crate::document::Token| t.lists.has(List::attribution_cues);
    if forward {
        words.iter().take(3).any(is_cue)
    } else {
        words.iter().rev().take(3).any(is_cue)
    }
}

/// Whether the mention's line is short and holds no sentence: a caption, a credit, a
/// section label or a heading (at most eight words, not ending as a sentence does).
fn short_line(doc: &Document, s: Span) -> bool {
    let text = doc.text;
    let head_start = floor_boundary(text, s.start.saturating_sub(120));
    let line_start = match sub(text, head_start, s.start).rfind('\n') {
        Some(a) => head_start + a + 1,
        None if head_start == 0 => 0,
        None => return false,
    };
    let tail_end = floor_boundary(text, s.end + 120);
    let line_end = match sub(text, s.end, tail_end).find('\n') {
        Some(b) => s.end + b,
        None if tail_end == text.len() => tail_end,
        None => return false,
    };
    doc.tokens_in(line_start, line_end).len() <= 8
        && !sub(text, line_start, line_end)
            .trim_end()
            .ends_with(['.', '!', '?', ':', '"', '”', '“'])
}
