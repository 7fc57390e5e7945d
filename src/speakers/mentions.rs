//! Step 1, mentions: runs of capitalised words split into role and name, descriptions
//! headed by a person noun, pronouns, and transcript labels.

use super::english::{adverbial, opens_clause};
use super::german::{adjective_de, adverb_like_de, german_noun_phrase, oblique_de};
use super::is_cue;
use super::tokens::{joined, lower, opens_sentence, starts_upper, without_possessives, Token};
use crate::analysis::{Quote, Span};
use crate::document::Document;
use crate::lexicon::{self, List};
use crate::sub;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Name,
    Description,
    Pronoun,
    /// who, which, it as the subject of a cue: stands for the mention right before it.
    Relative,
}

#[derive(Clone, Debug)]
pub(super) struct Mention {
    /// The whole mention, role included.
    pub(super) span: Span,
    pub(super) kind: Kind,
    /// For names: the name words without role or possessive ("Mike Pompeo").
    pub(super) name: String,
    pub(super) role: Option<String>,
    pub(super) gender: Option<char>,
    pub(super) org: bool,
    /// The entity it belongs to (names and descriptions), set by [`link`].
    pub(super) entity: Option<usize>,
    /// Whether it can be the subject of a verb: not after a preposition or an oblique German
    /// article ("gegenüber Reuters", "dem Minister").
    pub(super) subject: bool,
    /// Whether its entity goes by a full name (set after linking): a lone capitalised German
    /// word is a name only when it is a known person's surname ("sagte Merkel", not "nannte
    /// Zahlen").
    pub(super) known: bool,
}

impl Mention {
    /// A mention that can be a subject, with no role, gender or entity yet.
    pub(super) fn new(span: Span, kind: Kind, name: String) -> Self {
        Mention {
            span,
            kind,
            name,
            role: None,
            gender: None,
            org: false,
            entity: None,
            subject: true,
            known: false,
        }
    }
}

pub(super) const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "der", "den", "bin", "al", "la", "du", "da", "di", "für",
];

/// Finds the mentions in `text[from..to]`, a stretch outside quotations.
///
/// `after_quote`: the stretch starts where a quotation ends ("…,” said the ruling).
///
/// `shaky`: where sentence-opening words that may not be names start, each with whether it
/// is one only if the text also writes it in lower case (see [`drop_shaky`]).
pub(super) fn mentions_in(
    doc: &Document,
    from: usize,
    to: usize,
    german: bool,
    after_quote: bool,
    out: &mut Vec<Mention>,
    shaky: &mut Vec<(usize, bool)>,
) {
    let text = doc.text;
    let toks = doc.tokens_in(from, to);
    let word = |t: &Token| crate::at(text, t.start, t.end);
    let mut i = 0;
    let first_new = out.len();
    while i < toks.len() {
        let w = word(&toks[i]);
        let wl = lower(w); // borrowed for a word already in lower case: most words
        let wl: &str = &wl;
        // A pronoun contracted with its verb stands as the pronoun: "They’re", "I’m", "He’d".
        let contracted = has_apostrophe(wl)
            .then(|| {
                CONTRACTIONS.iter().find_map(|e| {
                    wl.strip_suffix(e)
                        .filter(|stem| lexicon::pronoun_gender(stem).is_some())
                })
            })
            .flatten();
        let bare = contracted.unwrap_or_else(|| {
            wl.strip_suffix("’s")
                .or_else(|| wl.strip_suffix("'s"))
                .unwrap_or(wl)
        });
        // Every list the word is in, looked up once when the document was read: the tests
        // below ask several lists of each word of the text. The possessive-less `bare` form
        // needs its own look-ups.
        let cls = toks[i].lists;
        let whole = bare.len() == wl.len();
        let pronoun = if whole && !cls.has(List::pronouns) {
            None
        } else {
            lexicon::pronoun_gender(bare)
        };
        // "his calls to end …", "her comments that …": the possessive is the speaker.
        let noun_next = || {
            toks.get(i + 1).is_some_and(|n| {
                let c = n.lists;
                c.has(List::speech_nouns) || c.has(List::attribution_cues)
            })
        };
        let pronoun = pronoun.or_else(|| possessive_pronoun(wl).filter(|_| !german && noun_next()));
        if let Some(g) = pronoun {
            let name = contracted.map_or(w, |stem| crate::at(w, 0, stem.len()));
            out.push(Mention {
                gender: g,
                ..Mention::new(
                    Span::new(toks[i].start, toks[i].end),
                    Kind::Pronoun,
                    name.to_string(),
                )
            });
            i += 1;
            continue;
        }
        if !german
            && (if whole {
                cls.has(List::relative_pronouns)
            } else {
                lexicon::relative_pronouns().contains(bare)
            })
            && cue_follows(text, &toks[i + 1..])
        {
            out.push(Mention::new(
                Span::new(toks[i].start, toks[i].end),
                Kind::Relative,
                w.to_string(),
            ));
            i += 1;
            continue;
        }
        // “…,” said the ruling · says a narrator · said a person close to the family.
        let cue_here = !german && cls.has(List::attribution_cues);
        if cue_here && after_quote && i == 0 {
            if let Some(end) = description_after(text, toks) {
                let span = Span::new(toks[1].start, toks[end].end);
                out.push(Mention::new(
                    span,
                    Kind::Description,
                    sub(text, span.start, span.end).to_string(),
                ));
                i = end + 1;
                continue;
            }
        }
        if german {
            if let Some((m, next)) = german_noun_phrase(text, toks, i) {
                out.push(m);
                i = next;
                continue;
            }
        }
        // "the agency suggested", "the ad’s narrator says": a determiner phrase right before a
        // cue is its subject even when its noun is not a person noun.
        // Adverbs and auxiliaries may stand between ("the intelligence community has
        // concluded"), and a quantifier may stand alone ("Another said", "Several said").
        let mut e = i;
        while cue_here && e > 0 && i - e < 3 && adverbial(&lower(word(&toks[e - 1]))) {
            e -= 1;
        }
        if cue_here
            && e > 0
            && (e == i || joined(text, &toks[e - 1], &toks[e]))
            && out.last().is_none_or(|m| m.span.end < toks[e - 1].start)
        {
            let mut j = e;
            let mut found = None;
            while j > 0 && e - j < 4 && joined(text, &toks[j - 1], &toks[j]) {
                j -= 1;
                if opens_description(word(&toks[j]), german) {
                    found = Some(j);
                    break;
                }
            }
            if found.is_none() && lexicon::description_openers().has(word(&toks[e - 1])) {
                found = Some(e - 1);
            }
            // Only a short noun phrase: "the ad’s narrator", not "his series of early-morning"
            // or "an architect who".
            let noun_phrase = |j: usize| {
                toks[j + 1..e].iter().all(|t| {
                    let w = word(t);
                    !lexicon::stopwords().has(w) && !w.ends_with("ly") && !w.ends_with("-morning")
                })
            };
            let long_enough =
                |j: usize| j + 1 < e || lexicon::description_openers().has(word(&toks[j]));
            if let Some(j) = found.filter(|&j| long_enough(j) && e - j <= 4 && noun_phrase(j)) {
                let span = Span::new(toks[j].start, toks[e - 1].end);
                // The phrase takes in the names it holds ("the New York businessman").
                while out.len() > first_new
                    && out
                        .last()
                        .is_some_and(|m| m.span.start >= span.start && m.kind == Kind::Name)
                {
                    out.pop();
                }
                if out.last().is_none_or(|m| m.span.end <= span.start) {
                    out.push(Mention::new(
                        span,
                        Kind::Description,
                        sub(text, span.start, span.end).to_string(),
                    ));
                }
            }
        }
        if cls.has(List::person_nouns) {
            // Look back for a determiner in the same clause: "a Henry Jackson Society spokesman",
            // not past a verb of saying ("The senator told reporters").
            let mut j = i;
            let mut found = None;
            while j > 0 && i - j < 6 && joined(text, &toks[j - 1], &toks[j]) {
                j -= 1;
                if toks[j].lists.has(List::attribution_cues) {
                    break;
                }
                if opens_description(word(&toks[j]), german) {
                    found = Some(j);
                    break;
                }
            }
            if let Some(j) = found {
                let start = toks[j].start;
                while out.len() > first_new && out.last().is_some_and(|m| m.span.start >= start) {
                    out.pop();
                }
                let span = Span::new(start, toks[i].end);
                out.push(Mention::new(
                    span,
                    Kind::Description,
                    sub(text, span.start, span.end).to_string(),
                ));
                i += 1;
                continue;
            }
        }
        if !starts_upper(w) {
            i += 1;
            continue;
        }
        // A run of capitalised words, with connectors between them (Secretary of State).
        let mut k = i;
        while k + 1 < toks.len() && joined(text, &toks[k], &toks[k + 1]) {
            let next = word(&toks[k + 1]);
            if starts_upper(next) {
                k += 1;
            } else if CONNECTORS.contains(&next)
                // "den" joins "Van den Berg", not "Hans Maier den Angriff".
                && (next != "den"
                    || matches!(word(&toks[k]).as_bytes(), [b'v' | b'V', b'a' | b'o', b'n']))
                && k + 2 < toks.len()
                && joined(text, &toks[k + 1], &toks[k + 2])
                && starts_upper(word(&toks[k + 2]))
            {
                k += 2;
            } else {
                break;
            }
        }
        let mut run = &toks[i..=k];
        let prev = (i > 0 && joined(text, &toks[i - 1], &toks[i])).then(|| word(&toks[i - 1]));
        let after_article = prev.is_some_and(|prev| {
            lexicon::determiners().has(prev) || lexicon::prepositions().has(prev)
        });
        let mut subject = !german || prev.is_none_or(|p| !oblique_de(p));
        // A German name's mention takes in its article, adjectives and office ("die
        // amtierende Familienministerin Renate Schmidt"), so that the words between a verb
        // and its subject count right, and the article tells whether it can be a subject.
        let mut span_start = None;
        // Not back into the mention before (mentions stay sorted and apart).
        let floor = out.last().map_or(0, |m| m.span.end);
        let article = german.then(|| article_back(text, toks, i)).flatten();
        // After an article and adjectives the first capitalised word is a noun too ("des
        // italienischen Mafiajägers Salvatore Boemi"): it is the role, not the name.
        let mut noun_first = false;
        if let Some(j) = article.filter(|&j| toks[j].start >= floor) {
            span_start = Some(toks[j].start);
            noun_first = j + 1 < i;
            let w = word(&toks[j]);
            let after_prep = j > 0
                && joined(text, &toks[j - 1], &toks[j])
                && lexicon::prepositions().has(word(&toks[j - 1]));
            subject = lexicon::article_de(&lower(w)) == Some(true) && !after_prep;
        }
        i = k + 1;
        // After a number a German capitalised run is a quantity's noun ("8,6 Milliarden
        // Euro", "22 Prozent"), nobody's name. (A word is never empty.)
        if german && prev.is_some_and(|p| p.as_bytes()[0].is_ascii_digit()) {
            continue;
        }
        // German capitalises every noun: after an article or a preposition the first
        // capitalised word is a noun ("mit den Worten", "der Gewerkschafter Bernard Aubin").
        if german && after_article {
            run = &run[1..];
        } else if german && run.len() > 2 && lexicon::article_de(&lower(word(&run[0]))).is_some() {
            span_start = Some(run[0].start);
            run = &run[2..]; // "Der SPD-Vorsitzende Franz Müntefering"
        }
        let clean = |t: &Token| lower(word(t).trim_end_matches('.'));
        let undotted = |t: &Token| word(t).trim_end_matches('.');
        let mut s = 0;
        while s < run.len()
            && (lexicon::not_names().has(without_possessives(undotted(&run[s])))
                || CONNECTORS.contains(&clean(&run[s]).as_ref())
                // "Said Ellis: “…”": a cue that opens the sentence is no part of the name.
                || (!german && s + 1 < run.len() && is_cue(&clean(&run[s])))
                || (german && lexicon::not_names_de().has(undotted(&run[s]))))
        {
            s += 1;
        }
        let mut run = &run[s..];
        if !german && dateline(text, run) {
            continue;
        }
        // A nationality alone names nobody ("the French manufacturer"), unless another name
        // in the text ends with the word ("Len Burman", Burma's "Burman"; not "the Syrian
        // Army", which only opens with "Syrian"): checked once all mentions are in.
        let nationality = !german && run.len() == 1 && run[0].lists.has(List::nationalities);
        // A sentence may open with an adverb or a participle ("Hastily, …", "Appearing on
        // Fox, …"): a capitalised word of that shape there is a name only when the text
        // also writes it capitalised elsewhere (checked once all mentions are in).
        let opener = !german
            && run
                .first()
                .is_some_and(|t| common_shape(word(t)) && opens_sentence(text, t.start));
        if nationality {
            shaky.push((run[0].start, false));
        } else if opener && run.len() >= 2 {
            run = &run[1..]; // "Rubbing Japanese noses …"
        } else if opener
            && !toks
                .get(i)
                .is_some_and(|n| is_cue(&lower(sub(text, n.start, n.end))))
        {
            shaky.push((run[0].start, false));
        } else if !german && run.len() == 1 && opens_sentence(text, run[0].start) {
            // "Does", "Better", "Everything" opening a sentence (or a heading, a list item).
            shaky.push((run[0].start, true));
        }
        if run.is_empty() || (german && run.len() == 1 && adverb_like_de(word(&run[0]))) {
            continue;
        }
        // A contraction is no name: "Don’t", "Shouldn't", "Won’t".
        if run.len() == 1 && contraction(word(&run[0])) {
            continue;
        }
        // "(D-Wis.)", "(CCP)": an affiliation or an acronym in brackets is not a speaker.
        let bracketed = crate::at(text, 0, run[0].start).ends_with('(')
            && crate::at(text, run[run.len() - 1].end, text.len())
                .trim_start_matches('.')
                .starts_with(')');
        if bracketed && run.len() <= 2 {
            continue;
        }
        // German offices are compounds ("BKA-Präsident", "Bundesinnenminister"): a person
        // noun ending is a title too.
        let is_title = |t: &Token| {
            let (w, u) = (word(t), undotted(t));
            lexicon::titles().has(w) || (u.len() < w.len() && lexicon::titles().has(u))
        };
        let office_de = |t: &Token| german && lexicon::is_person_noun_de(word(t));
        let last_title = run.iter().rposition(is_title).or_else(|| {
            // German offices are compounds ("BKA-Präsident", "Bundesinnenminister"): a
            // person noun before a name is its title.
            run[..run.len() - 1].iter().rposition(office_de)
        });
        let mut name_from = last_title.map_or(0, |r| r + 1);
        if noun_first && s == 0 && run.len() > 1 {
            name_from = name_from.max(1);
        }
        // "Mr. King": after an honorific, a title word is the name.
        if name_from == run.len()
            && run.len() >= 2
            && !german
            && lexicon::honorifics().has(undotted(&run[run.len() - 2]))
        {
            name_from = run.len() - 1;
        }
        // "Charlie King": a surname title after a first name that is no title or body.
        if name_from == run.len() && run.len() >= 2 && !german {
            let before = &run[run.len() - 2];
            let first_name = !is_title(before)
                && !lexicon::org_words().has(undotted(before))
                && !lexicon::not_names().has(undotted(before));
            if first_name && lexicon::surname_titles().has(undotted(&run[run.len() - 1])) {
                name_from = run[..run.len() - 1]
                    .iter()
                    .rposition(is_title)
                    .map_or(0, |r| r + 1);
            }
        }
        if name_from >= run.len() {
            continue; // a role with no name ("the President")
        }
        let name_toks = &run[name_from..];
        let mut name =
            crate::at(text, name_toks[0].start, name_toks[name_toks.len() - 1].end).to_string();
        for suffix in ["'s", "’s"] {
            if let Some(stripped) = name.strip_suffix(suffix) {
                name = stripped.to_string();
            }
        }
        let role = (name_from > 0)
            .then(|| crate::at(text, run[0].start, run[name_from - 1].end).to_string());
        let gender = run[..name_from]
            .iter()
            .find_map(|t| match clean(t).as_ref() {
                "mr" | "herr" | "sir" | "lord" | "king" | "prince" => Some('m'),
                "mrs" | "ms" | "miss" | "frau" | "lady" | "queen" => Some('f'),
                _ => None,
            });
        let org = name_toks
            .iter()
            .any(|t| lexicon::org_words().has(undotted(t)));
        out.push(Mention {
            role,
            gender,
            org,
            subject,
            ..Mention::new(
                Span::new(span_start.unwrap_or(run[0].start), run[run.len() - 1].end),
                Kind::Name,
                name,
            )
        });
    }
}

/// The gender an English possessive pronoun tells, if the word is one (his, her, their).
pub(super) fn possessive_pronoun(w: &str) -> Option<Option<char>> {
    match w {
        "his" | "His" => Some(Some('m')),
        "her" | "Her" => Some(Some('f')),
        "their" | "Their" => Some(None),
        _ => None,
    }
}

/// The endings of English contractions with a pronoun (lower case, both apostrophes).
const CONTRACTIONS: &[&str] = &[
    "’re", "'re", "’ve", "'ve", "’ll", "'ll", "’d", "'d", "’m", "'m",
];

/// Whether a word may hold an apostrophe (' or ’, by its last byte): the cheap test before
/// the contraction tests, which most words of a text fail.
fn has_apostrophe(w: &str) -> bool {
    w.bytes().any(|b| b == b'\'' || b == 0x99)
}

/// Whether a word ends as an English contraction does ('d, 'll, 're, 've, 'm, n't).
fn contraction(w: &str) -> bool {
    has_apostrophe(w) && {
        let w = crate::case::lowered(w);
        CONTRACTIONS
            .iter()
            .chain(&["n’t", "n't"])
            .any(|e| w.len() > e.len() && w.ends_with(e))
    }
}

/// Whether a capitalised word has the shape of an adverb or a participle: six letters or
/// more ending in -ly, -ing or -ed, the rest in lower case ("Hastily", "Appearing").
fn common_shape(w: &str) -> bool {
    w.len() >= 6
        && w.is_ascii()
        && sub(w, 1, w.len()).chars().all(|c| c.is_ascii_lowercase())
        && (w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed"))
}

/// Whether a run of capitals opens its paragraph and a dash, a comma or a bracket follows
/// it: a dateline ("NEW YORK - …", "PHILADELPHIA, July 25 (UPI) —") or a heading in
/// capitals ("CONGRESS HAS INVESTIGATED HIM — …"), not a speaker.
fn dateline(text: &str, run: &[Token]) -> bool {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    let words = sub(text, first.start, last.end);
    let capitals = words.chars().filter(|&c| crate::case::is_letter(c)).count() >= 2
        && !words.chars().any(crate::case::is_lower);
    let para_start = sub(text, 0, first.start)
        .trim_end_matches([' ', '\t'])
        .ends_with('\n')
        || sub(text, 0, first.start).trim().is_empty();
    let next = sub(text, last.end, text.len()).trim_start_matches([' ', '.']);
    capitals && para_start && next.starts_with(['-', '—', '–', ',', '('])
}

/// Drops the sentence-opening words that the text never writes as a name elsewhere: those of
/// [`common_shape`] ("Hastily" alone is an adverb, "Manning" next to "Chelsea Manning" a
/// name), and any other single word there that the text also writes in lower case ("Does",
/// "Better", "Everything": a word, not a name; "Smith" opening every sentence it is in stays).
pub(super) fn drop_shaky(mentions: &mut Vec<Mention>, shaky: &[(usize, bool)], doc: &Document) {
    if shaky.is_empty() {
        return;
    }
    let entry = |m: &Mention| {
        (m.kind == Kind::Name)
            .then(|| shaky.binary_search_by_key(&m.span.start, |s| s.0).ok())
            .flatten()
            .map(|i| shaky[i].1)
    };
    let is_shaky = |m: &Mention| entry(m).is_some();
    // The lower-case spellings of the words that are names only if the text never writes
    // them in lower case, and which of those it does: one pass over the words.
    let mut lowered = lexicon::NameMap::default();
    // A pre-check before each look-up (most words of a text are turned away by it): for
    // each first letter a to z, the lengths of the words wanted that start with it.
    let mut lengths = [0u64; 26];
    let mut any = false;
    for m in mentions.iter().filter(|m| entry(m) == Some(true)) {
        let l = crate::case::lowered(&m.name);
        if let Some(&b) = l.as_bytes().first().filter(|b| b.is_ascii_lowercase()) {
            lengths[usize::from(b - b'a')] |= 1u64 << l.len().min(63);
            lowered.insert(&l, 0);
            any = true;
        }
    }
    let mut in_lower_case = lexicon::NameMap::default();
    if any {
        let bytes = doc.text.as_bytes();
        for t in doc.tokens() {
            let wanted = bytes.get(t.start).is_some_and(|&b| {
                b.is_ascii_lowercase()
                    && lengths[usize::from(b - b'a')] & (1u64 << (t.end - t.start).min(63)) != 0
            });
            if wanted {
                let w = doc.word(t);
                if lowered.get(w).is_some() && in_lower_case.get(w).is_none() {
                    in_lower_case.insert(w, 0);
                }
            }
        }
    }
    // The last words of the other names (the map's values unused): "Burman" after "Len
    // Burman", not "Syrian" after "the Syrian Army".
    let mut known = lexicon::NameMap::default();
    for m in mentions
        .iter()
        .filter(|m| m.kind == Kind::Name && !is_shaky(m))
    {
        known.insert(m.name.rsplit(' ').next().unwrap_or(&m.name), 0);
    }
    mentions.retain(|m| match entry(m) {
        None => true,
        Some(_) if known.get(&m.name).is_some() => true,
        Some(false) => false,
        // People named by their role ("Officials", "Respondents") may speak; a function word
        // ("Besides", "Rather") is no name whether or not the text has it in lower case too.
        Some(true) => {
            let l = crate::case::lowered(&m.name);
            let person = lexicon::person_nouns().has(&l)
                || l.strip_suffix('s')
                    .is_some_and(|one| lexicon::person_nouns().has(one));
            person
                || (in_lower_case.get(&l).is_none()
                    && !lexicon::stopwords().has(&l)
                    && !imperative(doc, m.span.end))
        }
    });
}

/// Whether the word ending at `end`, opening its sentence, reads as a verb by what follows
/// it (`lexicon/verb_objects.txt`: "Choose a …", "Remember when …", "Is my …"). A name
/// opening a sentence is followed by its verb ("Hale said"), a comma or a name.
fn imperative(doc: &Document, end: usize) -> bool {
    let next = doc.tokens_in(end, crate::kind::floor_boundary(doc.text, end + 24));
    next.first().is_some_and(|t| {
        t.start == end + 1 && doc.text.as_bytes()[end] == b' ' && t.lists.has(List::verb_objects)
    })
}

/// Whether a word opens a description like an article ("the", and in English "one",
/// "another", "my": "one questioner claimed", "my father often said").
fn opens_description(w: &str, german: bool) -> bool {
    lexicon::determiners().has(w) || (!german && lexicon::description_openers().has(w))
}

/// The description after a cue that opens the text after a quotation (“…,” said the
/// ruling · says a narrator · said a person close to the family): the index of its last
/// token. It opens with an article and runs, with spaces only, up to five words, until a
/// preposition, a clause word or a name.
fn description_after(text: &str, toks: &[Token]) -> Option<usize> {
    let det = toks.get(1)?;
    let w = sub(text, det.start, det.end);
    if !lexicon::noun_markers().has(w) && !lexicon::description_openers().has(w) {
        return None;
    }
    let mut end = None;
    for k in 2..toks.len().min(7) {
        let t = &toks[k];
        let w = sub(text, t.start, t.end);
        if !joined(text, &toks[k - 1], t)
            || starts_upper(w)
            || lexicon::governing_words().has(w)
            || opens_clause(text, t)
        {
            break;
        }
        end = Some(k);
    }
    end
}

/// Whether a cue comes next, behind at most three adverbs, auxiliaries, prepositions or
/// numbers ("who has said", "it further wrote", "who in 2010 said"), with no punctuation.
fn cue_follows(text: &str, rest: &[Token]) -> bool {
    let mut prev_end = None;
    for t in rest.iter().take(4) {
        if prev_end.is_some_and(|e| !sub(text, e, t.start).trim().is_empty()) {
            return false;
        }
        let w = sub(text, t.start, t.end);
        if is_cue(&lower(w)) {
            return true;
        }
        let skippable = adverbial(w)
            || lexicon::governing_words().has(w)
            || w.starts_with(|c: char| c.is_ascii_digit());
        if !skippable {
            return false;
        }
        prev_end = Some(t.end);
    }
    false
}

/// The article that opens the noun phrase ending before token `i`, past at most three
/// lower-case adjectives ("der ehemalige", "die amtierende"): its token index.
fn article_back(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 && i - j < 4 && joined(text, &toks[j - 1], &toks[j]) {
        j -= 1;
        let w = crate::at(text, toks[j].start, toks[j].end);
        if lexicon::article_de(&lower(w)).is_some() {
            return Some(j);
        }
        if starts_upper(w) || !adjective_de(w) {
            return None;
        }
    }
    None
}

/// The capitalised noun an article opens, past at most three lower-case adjectives
/// ("der ehemalige Bundesinnenminister").
pub(super) fn noun_after(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let mut k = i + 1;
    while k < toks.len() && k - i <= 4 && joined(text, &toks[k - 1], &toks[k]) {
        let w = crate::at(text, toks[k].start, toks[k].end);
        // "der 58-Jährige": a noun may open with digits.
        if starts_upper(w) || w.rsplit('-').next().is_some_and(starts_upper) {
            return Some(k);
        }
        if !adjective_de(w) {
            return None;
        }
        k += 1;
    }
    None
}

/// A transcript quotation opens with its speaker's label: "PENCE: Well, look, …". The
/// label is the one name inside a quotation that is its speaker.
pub(super) fn transcript_label(doc: &Document, q: &Quote, para_end: usize, out: &mut Vec<Mention>) {
    let text = doc.text;
    let body_start = q.start
        + sub(text, q.start, text.len())
            .chars()
            .take_while(|&c| crate::marks::is_mark(c))
            .map(char::len_utf8)
            .sum::<usize>();
    let upto = sub(text, body_start, para_end.min(q.end))
        .find(':')
        .map(|c| body_start + c);
    let Some(colon) = upto.filter(|&c| c - body_start <= 40) else {
        return;
    };
    let toks = doc.tokens_in(body_start, colon);
    let label = sub(text, body_start, colon);
    let all_caps = label.chars().any(crate::case::is_letter)
        && label.chars().all(|c| !crate::case::is_lower(c));
    if toks.is_empty() || toks.len() > 3 || !all_caps || toks[0].start != body_start {
        return;
    }
    // PENCE -> Pence, so that it joins "Mike Pence".
    let name = label
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            cs.next().map_or(String::new(), |f| {
                std::iter::once(crate::case::upper(f))
                    .chain(cs.map(crate::case::lower))
                    .collect()
            })
        })
        .collect::<Vec<_>>()
        .join(" ");
    out.push(Mention::new(Span::new(body_start, colon), Kind::Name, name));
}
