//! Speakers: who said each quotation, resolved to a full name.
//!
//! Three steps, all outside the quotations (a name inside a quotation is never its speaker):
//! 1. **Mentions**: runs of capitalised words, split into a role and a name by the title
//!    lexicon ("U.S. Secretary of State | Mike Pompeo"); descriptions headed by a person
//!    noun ("a Henry Jackson Society spokesman"); subject pronouns.
//! 2. **Entities**: name mentions are merged in text order: a surname joins the full name
//!    met with it ("Pompeo" is Mike Pompeo), a full name upgrades an earlier surname.
//! 3. **Attribution**, per quotation, in order of preference: a cue in the text right after
//!    the quotation up to the sentence end (“Q,” NP said · “Q,” said NP · according to NP),
//!    a cue earlier in the sentence (NP said: “Q” · NP urged them to “Q”), a colon
//!    introduction (NP: “Q”), then continuation: a quotation split by its cue, or a paragraph
//!    that is only a quotation right after an attributed one, keeps the speaker unless
//!    another name came between. A pronoun resolves to the nearest fitting person before it.
//!
//! In English the subject of a cue is the mention right before it only across adverbs,
//! auxiliaries, an aside in brackets or a short phrase ("Trump has also said", "Trump at the
//! time said"); otherwise it is the clause subject, the first mention no preposition
//! governs, after an opening subordinate clause ("Romney went after Trump, calling it …" is
//! Romney's). The cue right before a quotation is its own, else the first of the sentence.
//! Relative pronouns and the writer's "I" can speak (`Kind::Relative`, own-voice entities);
//! a quotation that opens its sentence or its paragraph takes the cue of the sentence
//! before. Extra English cue verbs live in `attribution_verbs.txt`, read by this stage only.
//!
//! German text (see `attribute_de`) takes its own path through step 3: German capitalises
//! every noun and puts the finite verb second, so noun phrases with an article are mentions
//! ("der Bundesinnenminister", "einem Sprecher des Ministeriums"), the subject may stand after
//! the verb ("„…“, sagte der Minister", "Ähnlich äußerte sich Bush"), clauses end with their
//! verb, and sources are laut NP · NP zufolge · nach Angaben NP. Its word lists are the
//! `*_de.txt` lexicons.

use crate::analysis::{Quote, Span, Speaker, SpeakerRef};
use crate::lexicon::{self, List};
use crate::sub;

/// A word of the text: letters and digits, with inner apostrophes, hyphens and dots, and
/// the dot of an abbreviation (Mr., U.S.).
#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
}

fn tokenize(text: &str, from: usize, to: usize) -> Vec<Token> {
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
fn count_tokens(text: &str, from: usize, to: usize, cap: usize) -> usize {
    let mut n = 0;
    each_token(text, from, to, &mut |_| {
        n += 1;
        n < cap
    });
    n
}

/// The first word of `text[from..to]`.
fn first_token(text: &str, from: usize, to: usize) -> Option<Token> {
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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Name,
    Description,
    Pronoun,
    /// who, which, it as the subject of a cue: stands for the mention right before it.
    Relative,
}

#[derive(Clone, Debug)]
struct Mention {
    /// The whole mention, role included.
    span: Span,
    kind: Kind,
    /// For names: the name words without role or possessive ("Mike Pompeo").
    name: String,
    role: Option<String>,
    gender: Option<char>,
    org: bool,
    /// The entity it belongs to (names and descriptions), set by [`link`].
    entity: Option<usize>,
    /// Whether it can be the subject of a verb: not after a preposition or an oblique German
    /// article ("gegenüber Reuters", "dem Minister").
    subject: bool,
    /// Whether its entity goes by a full name (set after linking): a lone capitalised German
    /// word is a name only when it is a known person's surname ("sagte Merkel", not "nannte
    /// Zahlen").
    known: bool,
}

impl Mention {
    /// A mention that can be a subject, with no role, gender or entity yet.
    fn new(span: Span, kind: Kind, name: String) -> Self {
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

/// Whether a lower-case word is a cue of attribution: a reporting verb of the quotation
/// stage, or one of the further verbs only this stage reads.
fn is_cue(lower: &str) -> bool {
    lexicon::attribution_cues().contains(lower)
}

fn lower(s: &str) -> crate::case::Lowered<'_> {
    crate::case::lowered(s)
}

/// `w` without the possessive endings it ends with ("Trump’s" -> "Trump"), curly ones
/// first (as `trim_end_matches("’s").trim_end_matches("'s")`, without its substring searcher).
fn without_possessives(mut w: &str) -> &str {
    while let Some(x) = w.strip_suffix("’s") {
        w = x;
    }
    while let Some(x) = w.strip_suffix("'s") {
        w = x;
    }
    w
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(crate::case::is_upper)
}

const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "der", "den", "bin", "al", "la", "du", "da", "di", "für",
];

/// Whether only spaces separate two tokens (no comma, bracket or line break).
fn joined(text: &str, a: &Token, b: &Token) -> bool {
    crate::at(text, a.end, b.start)
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}')
}

/// Finds the mentions in `text[from..to]`, a stretch outside quotations.
///
/// `after_quote`: the stretch starts where a quotation ends ("…,” said the ruling).
///
/// `shaky`: where sentence-opening words that may not be names start (see
/// [`drop_shaky`]).
fn mentions_in(
    text: &str,
    from: usize,
    to: usize,
    german: bool,
    after_quote: bool,
    out: &mut Vec<Mention>,
    shaky: &mut Vec<usize>,
) {
    let toks = tokenize(text, from, to);
    let word = |t: &Token| crate::at(text, t.start, t.end);
    let mut i = 0;
    let first_new = out.len();
    while i < toks.len() {
        let w = word(&toks[i]);
        let wl = lower(w); // borrowed for a word already in lower case: most words
        let wl: &str = &wl;
        let bare = wl
            .strip_suffix("’s")
            .or_else(|| wl.strip_suffix("'s"))
            .unwrap_or(wl);
        // Every list the word is in, from one look-up: the tests below ask several lists of
        // each word of the text. The possessive-less `bare` form needs its own look-ups.
        let cls = lexicon::lists(wl);
        let whole = bare.len() == wl.len();
        let pronoun = if whole && !cls.has(List::pronouns) {
            None
        } else {
            lexicon::pronoun_gender(bare)
        };
        if let Some(g) = pronoun {
            out.push(Mention {
                gender: g,
                ..Mention::new(
                    Span::new(toks[i].start, toks[i].end),
                    Kind::Pronoun,
                    w.to_string(),
                )
            });
            i += 1;
            continue;
        }
        // "his calls to end …", "her comments that …": the possessive is the speaker.
        let noun_next = || {
            toks.get(i + 1).is_some_and(|n| {
                let c = lexicon::lists(crate::at(text, n.start, n.end));
                c.has(List::speech_nouns) || c.has(List::attribution_cues)
            })
        };
        if let Some(g) = possessive_pronoun(wl).filter(|_| !german && noun_next()) {
            out.push(Mention {
                gender: g,
                ..Mention::new(
                    Span::new(toks[i].start, toks[i].end),
                    Kind::Pronoun,
                    w.to_string(),
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
            if let Some(end) = description_after(text, &toks) {
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
            if let Some((m, next)) = german_noun_phrase(text, &toks, i) {
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
                if lexicon::lists(word(&toks[j])).has(List::attribution_cues) {
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
        let article = german.then(|| article_back(text, &toks, i)).flatten();
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
        // A sentence may open with an adverb or a participle ("Hastily, …", "Appearing on
        // Fox, …"): a capitalised word of that shape there is a name only when the text
        // also writes it capitalised elsewhere (checked once all mentions are in).
        let opener = !german
            && run
                .first()
                .is_some_and(|t| common_shape(word(t)) && opens_sentence(text, t.start));
        if opener && run.len() >= 2 {
            run = &run[1..]; // "Rubbing Japanese noses …"
        } else if opener
            && !toks
                .get(i)
                .is_some_and(|n| is_cue(&lower(sub(text, n.start, n.end))))
        {
            shaky.push(run[0].start);
        }
        if run.is_empty() || (german && run.len() == 1 && adverb_like_de(word(&run[0]))) {
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
fn possessive_pronoun(w: &str) -> Option<Option<char>> {
    match w {
        "his" | "His" => Some(Some('m')),
        "her" | "Her" => Some(Some('f')),
        "their" | "Their" => Some(None),
        _ => None,
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

/// Whether `at` opens a sentence: only spaces and quotation marks since a paragraph start
/// or a '.', '!', '?' or ':'.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = sub(text, 0, at)
        .trim_end_matches(|c: char| c == ' ' || c == '\u{a0}' || crate::marks::is_mark(c));
    before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])
}

/// Drops the sentence-opening words of [`common_shape`] that the text never writes as a
/// name elsewhere: "Hastily" alone is an adverb, "Manning" next to "Chelsea Manning" a
/// name.
fn drop_shaky(mentions: &mut Vec<Mention>, shaky: &[usize]) {
    if shaky.is_empty() {
        return;
    }
    let is_shaky = |m: &Mention| m.kind == Kind::Name && shaky.binary_search(&m.span.start).is_ok();
    // The words of the other names (the map's values unused).
    let mut known = lexicon::NameMap::default();
    for m in mentions
        .iter()
        .filter(|m| m.kind == Kind::Name && !is_shaky(m))
    {
        m.name.split(' ').for_each(|w| known.insert(w, 0));
    }
    mentions.retain(|m| !is_shaky(m) || known.get(&m.name).is_some());
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

/// Whether a German word before a name makes it an object, not a subject: a preposition
/// ("gegenüber Reuters", "mit Merkel") or an oblique article ("dem", "des").
fn oblique_de(prev: &str) -> bool {
    lexicon::prepositions().has(prev) || lexicon::article_de(&lower(prev)) == Some(false)
}

/// A capitalised German word that is an adverb or an adjective opening the sentence
/// (Tatsächlich, Möglicherweise, Relativierend), not a name.
fn adverb_like_de(w: &str) -> bool {
    let l = lower(w);
    l.chars().count() > 5 && (l.ends_with("lich") || l.ends_with("weise") || l.ends_with("end"))
}

/// German noun phrases opened by an article: "der Bundesinnenminister", "ein Sprecher des
/// Finanzministeriums", "einem Jury-Mitglied". German capitalises every noun, so without
/// this the noun passes for a name; with it an office, a body or a document can speak.
/// Returns the mention and the next token to read; `None` when the token is no article or
/// a name follows the noun ("der Minister Otto Schily" is left to the name runs).
fn german_noun_phrase(text: &str, toks: &[Token], i: usize) -> Option<(Mention, usize)> {
    let word = |k: usize| crate::at(text, toks[k].start, toks[k].end);
    let nominative = lexicon::article_de(&lower(word(i)))?;
    let head = noun_after(text, toks, i)?;
    let capital_next = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|n| joined(text, &toks[k], n) && starts_upper(word(k + 1)))
    };
    if capital_next(head) {
        return None;
    }
    // A genitive attribute belongs to the phrase: "der Chef des Verwaltungsrats".
    let mut end = head;
    if toks
        .get(head + 1)
        .is_some_and(|n| joined(text, &toks[head], n) && matches!(word(head + 1), "des" | "der"))
    {
        if let Some(g) = noun_after(text, toks, head + 1) {
            end = g;
        }
    }
    let after_prep =
        i > 0 && joined(text, &toks[i - 1], &toks[i]) && lexicon::prepositions().has(word(i - 1));
    let span = Span::new(toks[i].start, toks[end].end);
    let m = Mention {
        org: !lexicon::is_person_noun_de(word(head)),
        subject: nominative && !after_prep,
        ..Mention::new(
            span,
            Kind::Description,
            sub(text, span.start, span.end).to_string(),
        )
    };
    Some((m, end + 1))
}

/// Whether a lower-case German word can stand between an article and its noun: inflected
/// (-e, -en, -er, -es, -em) and no function word or verb ("Das sagte Müller" is no noun
/// phrase).
fn adjective_de(w: &str) -> bool {
    w.ends_with(['e', 'n', 'r', 's', 'm'])
        && !lexicon::stopwords().has(w)
        && !lexicon::prepositions().has(w)
        && !is_cue_de(w)
        && !lexicon::auxiliaries_de().has(w)
}

/// The capitalised noun an article opens, past at most three lower-case adjectives
/// ("der ehemalige Bundesinnenminister").
fn noun_after(text: &str, toks: &[Token], i: usize) -> Option<usize> {
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
fn transcript_label(text: &str, q: &Quote, para_end: usize, out: &mut Vec<Mention>) {
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
    let toks = tokenize(text, body_start, colon);
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

/// One real speaker or body, with the name it goes by.
#[derive(Clone, Debug)]
struct Entity {
    name: String,
    role: Option<String>,
    gender: Option<char>,
    org: bool,
}

fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Groups name and description mentions into entities, in text order.
fn link(mentions: &mut [Mention]) -> Vec<Entity> {
    use lexicon::NameMap;
    let mut entities: Vec<Entity> = Vec::new();
    // Indexes over the entities, so linking is linear: by exact name, by the last word of a
    // full name (for a surname mention), and single-word entities by their word (for a full
    // name that completes them).
    let mut by_name = NameMap::default();
    let mut by_last = NameMap::default();
    let mut single = NameMap::default();
    // The writer's own "I" and "we" stand for nobody else in the text: one entity each.
    let mut own_voice = NameMap::default();
    for m in mentions.iter_mut() {
        if m.kind == Kind::Pronoun && lexicon::first_person().has(&m.name) {
            let key = lower(&m.name);
            let id = own_voice.get(&key).unwrap_or_else(|| {
                entities.push(Entity {
                    name: m.name.clone(),
                    role: None,
                    gender: None,
                    org: false,
                });
                own_voice.insert(&key, entities.len() - 1);
                entities.len() - 1
            });
            m.entity = Some(id);
            continue;
        }
        if matches!(m.kind, Kind::Pronoun | Kind::Relative) {
            continue;
        }
        let words = m.name.split(' ').count();
        let mut id = by_name.get(&m.name);
        if m.kind == Kind::Name {
            let other = if words == 1 {
                by_last.get(&m.name)
            } else {
                single.get(last_word(&m.name))
            };
            id = id.max(other);
        }
        let id = match id {
            Some(id) => {
                let e = &mut entities[id];
                if m.kind == Kind::Name && words > e.name.split(' ').count() {
                    if !e.name.contains(' ') {
                        single.remove(&e.name);
                    }
                    e.name = m.name.clone();
                    by_name.insert(&e.name, id);
                    by_last.insert(last_word(&e.name), id);
                }
                if e.role.is_none() {
                    e.role = m.role.clone();
                }
                e.gender = e.gender.or(m.gender);
                id
            }
            None => {
                let id = entities.len();
                entities.push(Entity {
                    name: m.name.clone(),
                    role: m.role.clone(),
                    gender: m.gender,
                    org: m.org,
                });
                by_name.insert(&m.name, id);
                if m.kind == Kind::Name {
                    by_last.insert(last_word(&m.name), id);
                    if words == 1 {
                        single.insert(&m.name, id);
                    }
                }
                id
            }
        };
        m.entity = Some(id);
    }
    entities
}

/// The cue words of a window: (token index, cue span). "according to" is one cue.
fn cues(text: &str, toks: &[Token], after_quote: bool) -> Vec<(usize, Span)> {
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let w = lower(sub(text, t.start, t.end));
        let next_is = |word: &str| {
            toks.get(i + 1)
                .is_some_and(|n| lower(sub(text, n.start, n.end)) == word)
        };
        if w == "according" {
            if next_is("to") {
                out.push((i, Span::new(t.start, toks[i + 1].end)));
            }
        } else if w == "put" && next_is("it") {
            // "as a Homeland Security memo put it"
            out.push((i, Span::new(t.start, toks[i + 1].end)));
        } else if is_cue(w.as_ref())
            && (after_quote || (w != "so" && w != "laut"))
            && !(i > 0 && noun_marker(crate::at(text, toks[i - 1].start, toks[i - 1].end)))
        {
            out.push((i, Span::new(t.start, t.end)));
        }
    }
    out
}

/// Whether a word makes the cue word after it a noun: an English article or possessive
/// ("the claim", "Trump’s claim that …"), so that the speech-noun rule reads it instead.
fn noun_marker(w: &str) -> bool {
    lexicon::noun_markers().has(w) || w.ends_with("’s") || w.ends_with("'s")
}

/// Byte offset of the end of the first sentence in `text[from..to]` (or `to`).
fn first_sentence_end(text: &str, from: usize, to: usize, toks: &[Token]) -> usize {
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
fn sentence_stop(gap: &str, at_end: bool) -> Option<usize> {
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

fn last_sentence_start(text: &str, from: usize, to: usize, toks: &[Token]) -> usize {
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

/// What an attribution found: the mention (index into mentions) and the cue.
struct Found {
    mention: usize,
    cue: Option<Span>,
}

/// The mentions lying inside `range`, in order (mentions are sorted by start, so this is a
/// binary search, not a scan: attribution stays linear in the number of quotations).
fn mention_at(
    mentions: &[Mention],
    range: Span,
) -> impl DoubleEndedIterator<Item = (usize, &Mention)> {
    let lo = mentions.partition_point(|m| m.span.start < range.start);
    let hi = lo + mentions[lo..].partition_point(|m| m.span.start < range.end);
    mentions[lo..hi]
        .iter()
        .enumerate()
        .map(move |(i, m)| (lo + i, m))
        .filter(move |(_, m)| m.span.end <= range.end)
}

/// The subject before a cue: the nearest mention, or, when the cue follows an appositive
/// between commas ("John Smith, a spokesman for the party, said"), the name before it.
fn subject_before(text: &str, mentions: &[Mention], range: Span) -> Option<usize> {
    let nearest = mention_at(mentions, range).last().map(|(i, _)| i);
    let seg = sub(text, range.start, range.end).trim_end();
    if let Some(inner) = seg.strip_suffix(',') {
        if let Some(c) = inner.rfind(',') {
            let head = Span::new(range.start, range.start + c);
            if let Some((i, m)) = mention_at(mentions, head).last() {
                if m.kind == Kind::Name && sub(text, m.span.end, head.end).trim().is_empty() {
                    return Some(i);
                }
            }
        }
    }
    nearest
}

/// The transcript label at the start of the quotation, if it has one.
fn label_of(text: &str, q: &Quote, mentions: &[Mention]) -> Option<Found> {
    let (i, m) = mention_at(mentions, Span::new(q.start, q.end)).next()?;
    sub(text, m.span.end, text.len())
        .starts_with(':')
        .then_some(Found {
            mention: i,
            cue: Some(Span::new(m.span.end, m.span.end + 1)),
        })
}

/// Looks for “Q,” NP said · “Q,” said NP · “Q,” according to NP in `window` (after the quote).
fn after_cue(text: &str, window: Span, mentions: &[Mention], german: bool) -> Option<Found> {
    // “Q” ― Sonya Herridge: a dash and a name sign the quotation.
    let rest = sub(text, window.start, window.end)
        .trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    if rest.starts_with(['―', '—', '–']) {
        let dash = window.end - rest.len();
        let dash_end = dash + rest.chars().next().map_or(0, char::len_utf8);
        if let Some((i, m)) = mention_at(mentions, Span::new(dash_end, window.end)).next() {
            if m.kind == Kind::Name && sub(text, dash_end, m.span.start).trim().is_empty() {
                return Some(Found {
                    mention: i,
                    cue: Some(Span::new(dash, dash_end)),
                });
            }
        }
    }
    let toks = tokenize(text, window.start, window.end);
    let end = first_sentence_end(text, window.start, window.end, &toks);
    let toks: Vec<Token> = toks.into_iter().filter(|t| t.end <= end).collect();
    let all = cues(text, &toks, true);
    let (clause, ci, cue) = if german {
        let &(ci, cue) = all.iter().find(|(i, _)| *i < 12)?;
        (window.start, ci, cue)
    } else {
        let finite: Vec<(usize, Span)> = all
            .iter()
            .copied()
            .filter(|&(i, c)| !participle(text, &toks[i], c))
            .collect();
        let found = english_attribution_clause(text, window.start, &toks, &finite)?;
        if !ends_attribution(text, window.start, &toks, found.1) {
            return None;
        }
        found
    };
    if german {
        // The quotation's own attribution follows it at once: “Q,” NP said · “Q,” said NP.
        // A clause of its own ("… and says he will", "… when Clinton blasted him") is not it.
        let first = toks.first()?;
        let opens_attribution = first.start == cue.start
            || mention_at(mentions, Span::new(first.start, end))
                .next()
                .is_some_and(|(_, m)| m.span.start == first.start);
        if !opens_attribution {
            return None;
        }
    }
    let according = lower(crate::at(text, cue.start, toks[ci].end)) == "according";
    let before = if german {
        subject_before(text, mentions, Span::new(clause, cue.start))
    } else {
        // "… compared to 11% of Democratic claims": a subject only behind a preposition is
        // none.
        subject_of(text, mentions, Span::new(clause, cue.start))
            .filter(|&(_, governed)| !governed)
            .map(|(i, _)| i)
    };
    // The subject after its cue: "said Jane Doe", "said 9/11 widow Jane Doe" (English allows
    // a short lower-case role between them).
    let reach = if german { 2 } else { 4 };
    let after = mention_at(mentions, Span::new(cue.end, end))
        .find(|(_, m)| {
            let between = tokenize(text, cue.end, m.span.start);
            // "said in a statement" names no speaker.
            let object = !german && governed(text, m.span.start, cue.end);
            !object
                && between.len() <= reach
                && !sub(text, cue.end, m.span.start).contains([',', ';', ':'])
                && (german || !between.iter().any(|t| opens_clause(text, t)))
        })
        .map(|(i, _)| i);
    let pick = if according {
        after.or(before)
    } else {
        before.or(after)
    };
    pick.map(|i| Found {
        mention: i,
        cue: Some(cue),
    })
}

/// Whether a cue is an -ing form ("attacking", "saying"): after a quotation it goes with
/// a noun ("“…” a tweet attacking him"), it does not attribute the quotation.
fn participle(text: &str, t: &Token, cue: Span) -> bool {
    let w = sub(text, t.start, t.end);
    cue.end == t.end && w.len() > 5 && w.ends_with("ing")
}

/// A quotation that closes its own sentence (“… the timing.”) is attributed by what
/// follows only when that is a short sentence of attribution ("Jane Doe said."), not a new
/// statement ("Russia insisted that Pyongyang …").
fn ends_attribution(text: &str, from: usize, toks: &[Token], ci: usize) -> bool {
    let before = sub(text, 0, from).trim_end_matches(crate::marks::is_mark);
    if !before.ends_with('.') {
        return true;
    }
    let rest = &toks[(ci + 1).min(toks.len())..];
    let clause = |t: &Token| {
        let w = lower(sub(text, t.start, t.end));
        opens_clause(text, t) || w == "it" || lexicon::pronoun_gender(&w).is_some()
    };
    // "Sen. Marco Rubio called the statement “…”" has an object: a statement of its own.
    let object = rest.first().is_some_and(|t| {
        let w = sub(text, t.start, t.end);
        lexicon::noun_markers().has(w) || (starts_upper(w) && !lexicon::not_names().has(w))
    });
    rest.len() <= 3 && !rest.iter().any(clause) && !object
}

/// Whether a token is an English word that opens a clause (and, when, because).
fn opens_clause(text: &str, t: &Token) -> bool {
    lexicon::clause_words().has(sub(text, t.start, t.end))
}

/// Where the attribution after an English quotation starts, and its cue. Either it opens
/// the text after the quotation: “Q,” former governor Jane Doe said · “Q,” the Republican
/// said · “Q,” said Jane Doe, with no clause word before the cue; or it closes the
/// sentence after a comma: “Q” than anyone else, Jane Doe said.
fn english_attribution_clause(
    text: &str,
    from: usize,
    toks: &[Token],
    cues: &[(usize, Span)],
) -> Option<(usize, usize, Span)> {
    // “…” to the 35 states: a preposition right after the quotation carries on its
    // sentence; no attribution opens there.
    let carries_on = toks.first().is_some_and(|t| {
        lexicon::governing_words().has(sub(text, t.start, t.end))
            && cues.first().is_none_or(|&(_, c)| c.start > t.start)
    });
    if let Some(&(ci, cue)) = cues.first().filter(|(i, _)| *i < 12 && !carries_on) {
        if !toks[..ci].iter().any(|t| opens_clause(text, t)) {
            return Some((from, ci, cue));
        }
        // “…,” as a Homeland Security memo put it. · “…,” as Jane Doe said.
        let closes = toks.len() <= ci + 3;
        let as_clause = toks
            .first()
            .is_some_and(|t| lower(sub(text, t.start, t.end)) == "as");
        if as_clause
            && closes
            && !toks
                .get(1..ci)
                .unwrap_or(&[])
                .iter()
                .any(|t| opens_clause(text, t))
        {
            return Some((toks[0].end, ci, cue));
        }
    }
    // “…,” Jane Doe, who has not endorsed anyone, told reporters: an aside between commas
    // may hold anything; the name before it and the cue after it make the attribution.
    let aside = cues.iter().take(3).find(|&&(ci, cue)| {
        let stretch = sub(text, from, cue.start);
        let (Some(first), Some(last)) = (stretch.find(','), stretch.rfind(',')) else {
            return false;
        };
        let (first, last) = (from + first, from + last);
        let outside = toks[..ci]
            .iter()
            .filter(|t| t.end <= first || t.start > last);
        ci < 30
            && first < last
            && toks.first().is_some_and(|t| t.start < first)
            && outside.clone().count() <= 6
            && !outside.clone().any(|t| opens_clause(text, t))
    });
    if let Some(&(ci, cue)) = aside {
        return Some((from, ci, cue));
    }
    cues.iter().find_map(|&(ci, cue)| {
        let comma = from + sub(text, from, cue.start).rfind(',')? + 1;
        let lead = toks[..ci].iter().filter(|t| t.start >= comma);
        (lead.clone().count() <= 6 && !lead.clone().any(|t| opens_clause(text, t)))
            .then_some((comma, ci, cue))
    })
}

/// A word that may stand between a subject and its cue ("has also said", "later added").
fn adverbial(w: &str) -> bool {
    lexicon::cue_adverbs().has(w) || (w.len() > 3 && w.ends_with("ly") && !starts_upper(w))
}

/// Whether only adverbs, auxiliaries and bracketed asides stand in `text[from..to]`, so
/// that a mention ending at `from` is the subject of a cue at `to` ("Trump has also said",
/// "Rep. Gwen Moore (D-Wis.) said"), not the object of an earlier verb ("Romney went after
/// Trump on Wednesday, calling").
fn adjacent(text: &str, from: usize, to: usize) -> bool {
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in sub(text, from, to).chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if crate::case::is_word_char(c) || matches!(c, '\'' | '’' | '-') => outside.push(c),
            c if c.is_whitespace() => outside.push(' '),
            _ => return false,
        }
    }
    let words: Vec<&str> = outside.split_whitespace().collect();
    if words.iter().all(|w| adverbial(w)) {
        return true;
    }
    // "Trump at the time said", "the mother of three replied": a short phrase behind a
    // preposition.
    let short_phrase = words.len() <= 4
        && lexicon::governing_words().has(words[0])
        && words
            .iter()
            .all(|w| !lexicon::clause_words().has(w) && !starts_upper(w));
    // "I laughed and said": one verb joined to the cue.
    let joined_verb = words.len() == 2
        && words[1] == "and"
        && !starts_upper(words[0])
        && !lexicon::stopwords().has(words[0])
        && (words[0].ends_with("ed") || words[0].ends_with('s'));
    short_phrase || joined_verb
}

/// Whether the word before `at` (not before `floor`) is a preposition: a name there is an
/// object ("in Columbus", "to Trump"), not a subject.
fn governed(text: &str, at: usize, floor: usize) -> bool {
    let gap = sub(text, floor.min(at), at);
    let before = gap.trim_end();
    if before.len() == gap.len() {
        return false;
    }
    let w = before
        .rsplit(|c: char| !crate::case::is_word_char(c))
        .next()
        .unwrap_or("");
    !w.is_empty() && lexicon::governing_words().has(w)
}

/// Whether a description is the object of the verb right before it ("she released a
/// statement saying", "issued a statement calling"): a lower-case word that is neither a
/// title nor a function word stands before its article.
fn object_phrase(text: &str, m: &Mention, floor: usize) -> bool {
    if m.kind != Kind::Description {
        return false;
    }
    let before = sub(text, floor.min(m.span.start), m.span.start).trim_end();
    let w = before
        .rsplit(|c: char| !crate::case::is_word_char(c))
        .next()
        .unwrap_or("");
    w.len() > 2
        && before.ends_with(w)
        && w.chars().all(crate::case::is_lower)
        && !lexicon::stopwords().has(w)
        && !lexicon::titles().has(w)
        && !lexicon::clause_words().has(w)
}

/// Whether a mention is a possessive that modifies the noun after it ("Trump’s attorney").
fn possessive_modifier(text: &str, m: &Mention) -> bool {
    let s = sub(text, m.span.start, m.span.end);
    (s.ends_with("’s") || s.ends_with("'s") || s.ends_with('’'))
        && sub(text, m.span.end, text.len())
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(crate::case::is_lower)
}

/// Whether a mention only modifies the name after it: "Democratic presidential nominee
/// Hillary Clinton", "Republican candidate Ben Carson" (lower-case words ending in a title
/// between them, nothing else).
fn modifies_a_name(text: &str, mentions: &[Mention], i: usize) -> bool {
    let (m, Some(next)) = (&mentions[i], mentions.get(i + 1)) else {
        return false;
    };
    if next.kind != Kind::Name || next.span.start <= m.span.end {
        return false;
    }
    let gap = sub(text, m.span.end, next.span.start);
    let words: Vec<&str> = gap.split_whitespace().collect();
    gap.chars()
        .all(|c| crate::case::is_letter(c) || c.is_whitespace() || c == '-')
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| !starts_upper(w))
        && words.last().is_some_and(|w| lexicon::titles().has(w))
}

/// Where the main clause of `range` starts: after the first comma when the range opens
/// with a subordinator ("While he acknowledged funding was short, Ham also noted"), else
/// at its start.
fn main_clause_start(text: &str, range: Span) -> usize {
    let stretch = sub(text, range.start, range.end);
    let first = stretch
        .split(|c: char| !crate::case::is_word_char(c))
        .find(|w| !w.is_empty())
        .unwrap_or("");
    if !lexicon::subordinators().has(first) {
        return range.start;
    }
    stretch
        .find(',')
        .map_or(range.start, |c| range.start + c + 1)
}

/// The subject of a cue at the end of `range` (the clause before the cue), and whether it
/// had to be taken from a prepositional phrase or a possessive. The mention right before
/// the cue when only adverbs stand between; otherwise the clause has moved on since its
/// subject ("Trump knocked Rubio on trade and called him", "Clinton, during a town hall
/// meeting in Columbus, said"), so the subject is the first mention that is not the object
/// of a preposition.
fn subject_of(text: &str, mentions: &[Mention], range: Span) -> Option<(usize, bool)> {
    let (ni, nm) = mention_at(mentions, range).last()?;
    if nm.kind == Kind::Relative {
        return Some((ni, false)); // "who in 2010 said": taken as the subject of its cue
    }
    let mut fallback = None;
    if adjacent(text, nm.span.end, range.end) {
        if !governed(text, nm.span.start, range.start) && !object_phrase(text, nm, range.start) {
            return Some((ni, false));
        }
        // "Protesters marching through the streets chanted": the phrase right before the
        // cue is an object; look for the clause subject.
        fallback = Some(ni);
    }
    // "When my mother said it, I laughed and said": the main clause follows the comma.
    let range = Span::new(main_clause_start(text, range), range.end);
    for (i, m) in mention_at(mentions, range) {
        if governed(text, m.span.start, range.start)
            || possessive_modifier(text, m)
            || modifies_a_name(text, mentions, i)
        {
            fallback.get_or_insert(i);
            continue;
        }
        return Some((i, false));
    }
    fallback.map(|i| (i, true))
}

/// The speaker of an English sentence with cues before the quotation. The cue right before
/// the quotation is its own ("Ryan said last week, though he said, “…”"); otherwise the
/// first cue is the main clause ("Trump said … that Clinton described it as “…”"). A cue
/// whose subject is only an object ("In a message posted Friday, Cruz said") gives way to
/// a later one. A name after the cue is its subject only when nothing comes before the
/// cue ("Said Ellis: “…”") or the cue is "according to"; elsewhere it is an object
/// ("calling Trump “a liar”").
fn english_cue_subject(
    text: &str,
    window: Span,
    start: usize,
    toks: &[Token],
    cues: &[(usize, Span)],
    mentions: &[Mention],
    after_quote: bool,
) -> Option<Found> {
    let &(_, last) = cues.last()?;
    let at_quote = toks
        .iter()
        .filter(|t| t.start >= last.end)
        .all(|t| lower(sub(text, t.start, t.end)) == "that");
    // At most nine cues a sentence are weighed, so that a run-on "sentence" costs no more
    // than a bounded window.
    // Cues of an opening subordinate clause ("While he acknowledged …, Ham noted") come
    // after those of the main clause.
    let main = main_clause_start(text, Span::new(start, window.end));
    let first_main = cues.iter().position(|&(_, c)| c.start >= main).unwrap_or(0);
    let order = at_quote
        .then_some(cues.len() - 1)
        .into_iter()
        .chain(first_main..cues.len())
        .chain(0..first_main)
        .take(9);
    // After an earlier quotation of the same sentence, its subject may stand before that
    // quotation ("Clinton stressed “…” sponsored by NBC News and said …").
    let clause = if after_quote {
        sentence_start_before(text, start)
    } else {
        start
    };
    let mut fallback = None;
    for k in order {
        let (ci, cue) = cues[k];
        let according = lower(crate::at(text, cue.start, toks[ci].end)) == "according";
        // "Nefzi said, adding, “…”": an -ing cue shares the subject of the cue before it.
        let subject_end = k
            .checked_sub(1)
            .map(|p| cues[p])
            .filter(|&(pi, pc)| {
                participle(text, &toks[ci], cue) && !participle(text, &toks[pi], pc) && ci - pi <= 3
            })
            .map_or(cue.start, |(_, pc)| pc.start);
        let before = subject_of(text, mentions, Span::new(clause, subject_end));
        let opens = toks.first().is_some_and(|t| t.start >= cue.start);
        // “Q1,” said Weaver, who said “Q2”: the cue that opens the text after an earlier
        // quotation is that quotation's attribution.
        if opens && after_quote && !sub(text, 0, window.end).trim_end().ends_with(':') {
            continue;
        }
        let after = mention_at(mentions, Span::new(cue.end, window.end))
            .next()
            .filter(|_| according || opens)
            .map(|(i, m)| (i, governed(text, m.span.start, cue.end)));
        let pick = if according {
            after.or(before)
        } else {
            before.or(after)
        };
        match pick {
            Some((i, false)) => {
                return Some(Found {
                    mention: i,
                    cue: Some(cue),
                })
            }
            Some((i, true)) => {
                fallback.get_or_insert(Found {
                    mention: i,
                    cue: Some(cue),
                });
            }
            None => {}
        }
    }
    fallback
}

/// The speaker of the last sentence of paragraph `para` when it has a cue (looking back
/// at most 400 bytes).
fn paragraph_end_cue(text: &str, para: Span, mentions: &[Mention]) -> Option<Found> {
    let mut from = para.end.saturating_sub(400).max(para.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    previous_sentence(text, Span::new(from, para.end), para.end, mentions)
}

/// Where the sentence holding `at` starts, looking back at most 400 bytes and not past a
/// line break.
fn sentence_start_before(text: &str, at: usize) -> usize {
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

/// Looks for NP said: “Q” · NP said that … “Q” · NP: “Q” in `window` (before the quote).
///
/// `after_quote`: the window starts where an earlier quotation of its sentence ends.
fn before_cue(
    text: &str,
    window: Span,
    mentions: &[Mention],
    german: bool,
    after_quote: bool,
) -> Option<Found> {
    let toks = tokenize(text, window.start, window.end);
    let start = last_sentence_start(text, window.start, window.end, &toks);
    let toks: Vec<Token> = toks.into_iter().filter(|t| t.start >= start).collect();
    let cue_list = cues(text, &toks, false);
    if !german && !cue_list.is_empty() {
        let after_quote = after_quote && start == window.start;
        return english_cue_subject(text, window, start, &toks, &cue_list, mentions, after_quote);
    }
    // The first cue of the sentence is its main clause: in "Trump said … that Clinton once
    // described it as “…”", Trump is the speaker.
    if let Some(&(ci, cue)) = cue_list.first() {
        let according = lower(crate::at(text, cue.start, toks[ci].end)) == "according";
        let before = subject_before(text, mentions, Span::new(start, cue.start));
        let after = mention_at(mentions, Span::new(cue.end, window.end))
            .next()
            .map(|(i, _)| i);
        // German puts the subject after the verb as often as before it ("Der Zeitung sagte
        // Filep Karma: „…“", "erklärte er"): a mention right after the cue wins there.
        let right_after = after
            .filter(|&i| german && count_tokens(text, cue.end, mentions[i].span.start, 2) <= 1);
        // German sentences end their clauses with the verb, so the subject is the one that
        // opens the sentence ("Der Fall wird nach Angaben … geprüft").
        let opener = mention_at(mentions, Span::new(start, cue.start))
            .next()
            .filter(|(_, m)| german && count_tokens(text, start, m.span.start, 2) <= 1)
            .map(|(i, _)| i);
        let pick = if according {
            after.or(before)
        } else {
            right_after.or(opener).or(before).or(after)
        };
        return pick.map(|i| Found {
            mention: i,
            cue: Some(cue),
        });
    }
    // A possessive before a speech noun: "Trump’s claim that there were “…”".
    // In English also a possessive pronoun, and a cue word used as a noun ("his calls").
    for (k, t) in toks.iter().enumerate() {
        let w = sub(text, t.start, t.end);
        if k > 0 && (lexicon::speech_nouns().has(w) || (!german && is_cue(&lower(w)))) {
            let prev = &toks[k - 1];
            let pw = sub(text, prev.start, prev.end);
            let possessive = pw.ends_with("’s")
                || pw.ends_with("'s")
                || (!german && possessive_pronoun(pw).is_some());
            if let Some((i, _)) = mention_at(mentions, Span::new(start, t.start))
                .last()
                .filter(|(_, m)| possessive && m.span.end == prev.end)
            {
                return Some(Found {
                    mention: i,
                    cue: Some(Span::new(t.start, t.end)),
                });
            }
        }
    }
    // A colon introduction: "Pompeo: “…”", "PENCE: …".
    let trimmed = sub(text, start, window.end).trim_end();
    if trimmed.ends_with(':') && !german {
        let colon = start + trimmed.len() - 1;
        if let Some((i, m)) = mention_at(mentions, Span::new(start, colon)).last() {
            if count_tokens(text, m.span.end, colon, 2) <= 1 {
                return Some(Found {
                    mention: i,
                    cue: Some(Span::new(colon, colon + 1)),
                });
            }
        }
    }
    // No cue word: the subject that opens the sentence ("Trump walked onto the stage,
    // chanting “U-S-A!”"), with no cue to show.
    // Not right after an earlier quotation of the sentence ("“…” but Muslim refugees
    // “…”"): that one's speaker goes on.
    let mid_sentence = !german && after_quote && start == window.start;
    if let Some((i, m)) = mention_at(mentions, Span::new(start, window.end)).next() {
        if m.kind != Kind::Description
            && !mid_sentence
            && count_tokens(text, start, m.span.start, 2) <= 1
            && (toks.len() > 2 || (!german && toks.len() == 2))
        {
            return Some(Found {
                mention: i,
                cue: None,
            });
        }
    }
    if german {
        return None;
    }
    subject_after_opening_phrase(text, mentions, start, window.end, &toks)
        .map(|i| Found {
            mention: i,
            cue: None,
        })
        .or_else(|| previous_sentence(text, window, start, mentions))
}

/// No cue word, and the sentence opens with a phrase of time or place ("In recent weeks,
/// Reid has gone after Trump as a “…”"): the subject right after its comma.
fn subject_after_opening_phrase(
    text: &str,
    mentions: &[Mention],
    start: usize,
    end: usize,
    toks: &[Token],
) -> Option<usize> {
    let first = toks.first()?;
    let w = sub(text, first.start, first.end);
    if toks.len() <= 2 || !(lexicon::governing_words().has(w) || adverbial(&lower(w))) {
        return None;
    }
    mention_at(mentions, Span::new(start, end))
        .find(|(_, m)| !governed(text, m.span.start, start))
        .filter(|(_, m)| {
            m.kind != Kind::Description && sub(text, start, m.span.start).trim_end().ends_with(',')
        })
        .map(|(i, _)| i)
}

/// A quotation that opens its sentence, with no attribution of its own, belongs to the
/// speaker of the sentence before it in the paragraph when that sentence has a cue
/// ("… over Syria, Schiff said. “The other factor …”").
fn previous_sentence(
    text: &str,
    window: Span,
    start: usize,
    mentions: &[Mention],
) -> Option<Found> {
    let own = tokenize(text, start, window.end);
    if !own.is_empty() || start <= window.start {
        return None;
    }
    let toks = tokenize(text, window.start, start);
    let end = toks.last()?.end;
    let from = last_sentence_start(text, window.start, end, &toks);
    let toks: Vec<Token> = toks.into_iter().filter(|t| t.start >= from).collect();
    let cue_list = cues(text, &toks, false);
    if cue_list.is_empty() {
        return None;
    }
    english_cue_subject(
        text,
        Span::new(from, end),
        from,
        &toks,
        &cue_list,
        mentions,
        false,
    )
}

/// Reported speech runs on past its sentence: "Die Hausverwaltung versicherte, dass die
/// Tafel existiere. Eine „offene Frage“ sei der Grund." A quotation with no attribution of
/// its own takes the speaker of the sentence before it, within `before` (from the paragraph
/// start or the quotation before). It comes before plain continuation, so that in "„…“,
/// sagte Müller. Meier widersprach. „…“" the second quotation is Meier's.
fn previous_sentence_de(text: &str, before: Span, mentions: &[Mention]) -> Option<Found> {
    let toks = tokenize(text, before.start, before.end);
    let start = last_sentence_start(text, before.start, before.end, &toks);
    if start <= before.start {
        return None;
    }
    // End the window at the last word before the stop, so that the stop does not open
    // an empty sentence.
    let end = toks
        .iter()
        .take_while(|t| t.end <= start)
        .last()
        .map_or(start, |t| t.end);
    let prev = Span::new(before.start, end);
    let prev_toks = tokenize(text, prev.start, prev.end);
    let from = last_sentence_start(text, prev.start, prev.end, &prev_toks);
    let sentence: Vec<Token> = prev_toks.into_iter().filter(|t| t.start >= from).collect();
    before_verb_de(text, prev, mentions)
        .or_else(|| source_de(text, &sentence, mentions))
        .or_else(|| opener_de(text, prev, mentions))
}

/// Whether a German word is a verb of saying (sagte, fügte, äußerte, so, laut).
fn is_cue_de(w: &str) -> bool {
    let l = lower(w);
    lexicon::speech_cues_de().contains(&l) || lexicon::speech_cues().contains(&l)
}

/// The German attribution of the quotation `q`, in order of preference: the verb right
/// after it („…“, sagte der Minister · „…“, so Müller · „…“, hatte er erklärt), a source
/// (laut NP · NP zufolge · nach Angaben NP), a verb before it in its sentence (Der Minister
/// sagte: „…“ · Ähnlich äußerte sich Bush: „…“), a verb later in the sentence after a
/// comma (Die „…“ hätten „…“, so Murtha), else a person opening the sentence.
fn attribute_de(
    text: &str,
    quotes: &[Quote],
    q: Span,
    before: Span,
    para_end: usize,
    mentions: &[Mention],
) -> Option<Found> {
    // The rest of the sentence after the quotation, across later quotations (bounded).
    let mut limit = (q.end + 600).min(para_end);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let rest = Span::new(q.end.min(limit), limit);
    let rest_toks = tokenize(text, rest.start, rest.end);
    let rest_end = first_sentence_end(text, rest.start, rest.end, &rest_toks);
    let mut rest_toks: Vec<Token> = rest_toks
        .into_iter()
        .filter(|t| t.end <= rest_end)
        .collect();
    // A quotation that ends its sentence („… gelandet.“ Laut der Website …) has no rest.
    let inner = sub(text, q.start, q.end).trim_end_matches(crate::marks::is_mark);
    let gap = rest_toks.first().map_or("", |t| sub(text, q.end, t.start));
    if inner.ends_with(['.', '!', '?']) && !gap.contains([',', '–', '—']) {
        rest_toks.clear();
    }
    let inside = |off: usize| {
        let i = quotes.partition_point(|x| x.end <= off);
        quotes.get(i).is_some_and(|x| x.start <= off)
    };
    let before_toks = tokenize(text, before.start, before.end);
    let start = last_sentence_start(text, before.start, before.end, &before_toks);
    let before_toks: Vec<Token> = before_toks
        .into_iter()
        .filter(|t| t.start >= start)
        .collect();
    comma_verb_de(text, q, &rest_toks, true, &inside, mentions)
        .or_else(|| verb_final_de(text, q, &rest_toks, Span::new(start, before.end), mentions))
        .or_else(|| impersonal_de(text, &before_toks, mentions))
        .or_else(|| impersonal_de(text, &rest_toks, mentions))
        .or_else(|| source_de(text, &before_toks, mentions))
        .or_else(|| source_de(text, &rest_toks, mentions))
        .or_else(|| before_verb_de(text, Span::new(start, before.end), mentions))
        .or_else(|| comma_verb_de(text, q, &rest_toks, false, &inside, mentions))
        .or_else(|| next_sentence_de(text, q, limit, mentions))
        .or_else(|| opener_de(text, before, mentions))
}

/// „… .“ Das sagte der Minister. · „… .“ Dies gibt der Verband bekannt.: the sentence
/// after the quotation's points back at it with "Das" or "Dies" and names the speaker after
/// its verb.
fn next_sentence_de(text: &str, q: Span, limit: usize, mentions: &[Mention]) -> Option<Found> {
    let toks = tokenize(text, q.end, limit.max(q.end));
    let inner = sub(text, q.start, q.end).trim_end_matches(crate::marks::is_mark);
    let gap = toks.first().map_or("", |t| sub(text, q.end, t.start));
    let from = if inner.ends_with(['.', '!', '?']) && !gap.contains([',', '–', '—']) {
        0
    } else {
        // The first sentence stop, past ordinals and abbreviations ("bis zum 14. Juli",
        // "bzw."), which German writes with a dot.
        (1..toks.len()).find(|&i| {
            let prev = crate::at(text, toks[i - 1].start, toks[i - 1].end);
            let ordinal = prev.chars().all(|c| c.is_ascii_digit());
            let abbreviation = prev.chars().count() <= 3 && !starts_upper(prev);
            sentence_stop(crate::at(text, toks[i - 1].end, toks[i].start), false).is_some()
                && !ordinal
                && !abbreviation
        })?
    };
    let (this, verb) = (toks.get(from)?, toks.get(from + 1)?);
    let pointer = matches!(sub(text, this.start, this.end), "Das" | "Dies" | "Dieses");
    let w = sub(text, verb.start, verb.end);
    if !pointer || starts_upper(w) || !(is_cue_de(w) || lexicon::auxiliaries_de().has(w)) {
        return None;
    }
    subject_after_de(text, mentions, verb, limit, 1).map(|mention| Found {
        mention,
        cue: Some(Span::new(verb.start, verb.end)),
    })
}

/// „…“, sagte der Minister · „…“, so Müller · „…“, hatte VW-Chef Winterkorn erklärt: after
/// a comma a verb of saying (or an auxiliary) and then its subject. With `first`, only right
/// after the quotation; else anywhere later in the sentence outside quotations.
fn comma_verb_de(
    text: &str,
    q: Span,
    toks: &[Token],
    first: bool,
    inside: &dyn Fn(usize) -> bool,
    mentions: &[Mention],
) -> Option<Found> {
    // "Mit den Worten „…“, richtete er …": after a speech noun any verb will do.
    let said = sub(text, 0, q.start)
        .trim_end()
        .rsplit(|c: char| !crate::case::is_word_char(c))
        .next()
        .is_some_and(|w| lexicon::source_nouns_de().has(w) || lexicon::speech_nouns().has(w));
    let mut prev_end = q.end;
    for (i, t) in toks.iter().enumerate() {
        if first && i > 0 {
            break;
        }
        let gap = sub(text, prev_end, t.start);
        prev_end = t.end;
        let w = sub(text, t.start, t.end);
        let verb = is_cue_de(w) || lexicon::auxiliaries_de().has(w) || (first && said);
        // "Von einer „Indiskretion“ sprach der Politiker": right after a quotation inside
        // its sentence the verb needs no comma.
        let inner = sub(text, q.start, q.end).trim_end_matches(crate::marks::is_mark);
        let in_sentence = first && !inner.ends_with(['.', '!', '?']);
        if !(gap.contains([',', '–', '—']) || in_sentence)
            || starts_upper(w)
            || !verb
            || inside(t.start)
        {
            continue;
        }
        if let Some(m) = subject_after_de(text, mentions, t, toks.last()?.end, 3) {
            return Some(Found {
                mention: m,
                cue: Some(Span::new(t.start, t.end)),
            });
        }
    }
    None
}

/// The subject right after a German verb: the first mention that can be a subject, at most
/// `max_gap` words after it ("sagte der Minister", "charakterisierte ihn der Funktionär"),
/// with no comma or colon before it.
fn subject_after_de(
    text: &str,
    mentions: &[Mention],
    verb: &Token,
    end: usize,
    max_gap: usize,
) -> Option<usize> {
    let (i, m) =
        mention_at(mentions, Span::new(verb.end, end.max(verb.end))).find(|(_, m)| m.subject)?;
    let gap = sub(text, verb.end, m.span.start);
    (!gap.contains([',', ':', ';'])
        && count_tokens(text, verb.end, m.span.start, max_gap + 1) <= max_gap)
        .then_some(i)
}

/// A German source in the sentence: laut NP · NP zufolge · nach (den) Angaben NP.
fn source_de(text: &str, toks: &[Token], mentions: &[Mention]) -> Option<Found> {
    let word = |t: &Token| lower(sub(text, t.start, t.end));
    for (i, t) in toks.iter().enumerate() {
        let w = word(t);
        let cue = Some(Span::new(t.start, t.end));
        let next = toks.get(i + 1);
        let nach = |back: usize| i >= back && word(&toks[i - back]) == "nach";
        let found = match w.as_ref() {
            "laut" => next.and_then(|n| mention_starting(mentions, n.start)),
            "wie" => wie_clause_de(text, toks, i, mentions),
            "zufolge" => i
                .checked_sub(1)
                .and_then(|p| mention_at(mentions, Span::new(toks[p].start, t.start)).last())
                .or_else(|| {
                    let p = i.checked_sub(2)?;
                    mention_at(mentions, Span::new(toks[p].start, t.start)).last()
                })
                .filter(|(_, m)| m.span.end == toks[i - 1].end)
                .map(|(k, _)| k),
            _ if lexicon::source_nouns_de().contains(&w) && (nach(1) || nach(2)) => {
                // "nach Angaben der Polizei", "nach den Worten des Ministers": the phrase
                // that holds the noun or follows it.
                let end = toks.get(i + 6).or(toks.last()).map_or(t.end, |x| x.end);
                mention_at(mentions, Span::new(toks[i - 1].start, end))
                    .find(|(_, m)| m.span.end > t.start)
                    .map(|(k, _)| k)
            }
            _ => None,
        };
        if let Some(mention) = found {
            return Some(Found { mention, cue });
        }
    }
    None
}

/// "heißt es in dem Schreiben", "Auf der Website steht": with an impersonal verb the
/// speaker is the text or place after "in", "im" or "auf" in the clause.
fn impersonal_de(text: &str, toks: &[Token], mentions: &[Mention]) -> Option<Found> {
    let word = |t: &Token| lower(sub(text, t.start, t.end));
    let ci = toks
        .iter()
        .position(|t| lexicon::impersonal_cues_de().contains(&word(t)))?;
    let cue = toks[ci];
    // Next to the verb only, at most three words between: "In dem Verfahren … sieht
    // Osterloh einen Angriff, es heißt …" is no source.
    let near = |m: &Mention| {
        let gap = if m.span.end <= cue.start {
            count_tokens(text, m.span.end, cue.start, 4)
        } else {
            count_tokens(text, cue.end, m.span.start, 4)
        };
        gap <= 3
    };
    let mention = toks.windows(2).find_map(|w| {
        matches!(word(&w[0]).as_ref(), "in" | "im" | "auf")
            .then(|| mention_starting(mentions, w[1].start))
            .flatten()
            .filter(|&i| near(&mentions[i]))
    })?;
    Some(Found {
        mention,
        cue: Some(Span::new(cue.start, cue.end)),
    })
}

/// "wie die Agentur meldete", "wie sich Tauss ausdrückte": the subject of a "wie" clause
/// with a verb of saying.
fn wie_clause_de(text: &str, toks: &[Token], i: usize, mentions: &[Mention]) -> Option<usize> {
    let m = toks[i + 1..]
        .iter()
        .take(2)
        .find_map(|t| mention_starting(mentions, t.start))?;
    let end = mentions[m].span.end;
    toks[i + 1..]
        .iter()
        .filter(|t| t.start >= end)
        .take(5)
        .take_while(|t| !sub(text, end, t.start).contains(','))
        .any(|t| is_cue_de(sub(text, t.start, t.end)))
        .then_some(m)
}

/// The mention that starts at byte `at`, if any.
fn mention_starting(mentions: &[Mention], at: usize) -> Option<usize> {
    let i = mentions.partition_point(|m| m.span.start < at);
    mentions.get(i).filter(|m| m.span.start == at).map(|_| i)
}

/// Whether a mention right after a German verb is surely a person: a pronoun, a full name,
/// a known person's surname, a name with its office, or a person noun ("die Kanzlerin").
/// A lone capitalised word there is often an object noun ("nannte Zahlen", "äußerte
/// Vorbehalte").
fn person_after_verb(m: &Mention) -> bool {
    match m.kind {
        Kind::Pronoun | Kind::Relative => true,
        Kind::Name => m.name.contains(' ') || m.known || m.role.is_some(),
        Kind::Description => !m.org,
    }
}

/// The subject of a German clause that ends in `range`: the first mention that can be a
/// subject after the last comma (the clause's start: "…, weil die Regierung das Land als
/// „…“ bezeichnet hat").
fn clause_subject_de(text: &str, range: Span, mentions: &[Mention]) -> Option<usize> {
    let comma = sub(text, range.start, range.end)
        .rfind(',')
        .map(|c| range.start + c);
    let from = comma.map_or(range.start, |c| c + 1);
    // "Der Fraktionschef, Volker Ratzmann, wird … zitiert": a clause that opens with its
    // verb after an apposition has its subject before the commas.
    if let (Some(c), Some(first)) = (comma, first_token(text, from, range.end)) {
        let w = sub(text, first.start, first.end);
        if lexicon::auxiliaries_de().has(w) || is_cue_de(w) {
            return subject_before(text, mentions, Span::new(range.start, c + 1))
                .filter(|&i| mentions[i].subject);
        }
        // A relative clause ("der Verband, die die Gefahr „…“ beschwören"): its pronoun
        // stands for the phrase before the comma.
        let w = lower(w);
        let relative = (lexicon::article_de(&w).is_some() || w.starts_with("welch"))
            && mention_starting(mentions, first.start).is_none();
        if relative {
            return mention_at(mentions, Span::new(range.start, c))
                .last()
                .filter(|(_, m)| sub(text, m.span.end, c).trim().is_empty())
                .map(|(i, _)| i);
        }
    }
    mention_at(mentions, Span::new(from, range.end))
        .find(|(_, m)| m.subject)
        .map(|(i, _)| i)
}

/// "Die Regierung hatte den Bericht als „falsch“ zurückgewiesen.": a verb of saying right
/// after the quotation that closes the clause; its subject is in the clause before.
fn verb_final_de(
    text: &str,
    q: Span,
    rest: &[Token],
    clause: Span,
    mentions: &[Mention],
) -> Option<Found> {
    let t = rest.first()?;
    let w = sub(text, t.start, t.end);
    let closes = rest[1..]
        .iter()
        .all(|x| lexicon::auxiliaries_de().has(sub(text, x.start, x.end)));
    if !is_cue_de(w) || starts_upper(w) || sub(text, q.end, t.start).contains(',') || !closes {
        return None;
    }
    clause_subject_de(text, clause, mentions).map(|mention| Found {
        mention,
        cue: Some(Span::new(t.start, t.end)),
    })
}

/// Where the clause before a German quotation starts: its sentence, or after a colon in it
/// ("…, kritisierte die Firma scharf: So sagte Rehn: „…“").
fn clause_start_de(text: &str, window: Span, toks: &[Token]) -> usize {
    let start = last_sentence_start(text, window.start, window.end, toks);
    let inner = sub(text, start, window.end)
        .trim_end()
        .trim_end_matches(':');
    let Some(colon) = inner.rfind(':').map(|c| start + c + 1) else {
        return start;
    };
    // Only when a verb of saying follows the colon: "Der Anwalt kritisierte es scharf: Das
    // Gesetz betreibe „…“" keeps its subject before the colon.
    let cue_after = toks
        .iter()
        .any(|t| t.start >= colon && is_cue_de(sub(text, t.start, t.end)));
    if cue_after {
        colon
    } else {
        start
    }
}

/// A German verb of saying before the quotation in its sentence. German puts the finite
/// verb second: its subject opens the sentence ("Der Minister sagte: „…“") unless something
/// else does ("Ähnlich äußerte sich Bush", "Der Zeitung sagte er"); then it follows the verb.
fn before_verb_de(text: &str, window: Span, mentions: &[Mention]) -> Option<Found> {
    let toks = tokenize(text, window.start, window.end);
    let start = clause_start_de(text, window, &toks);
    let toks: Vec<Token> = toks.into_iter().filter(|t| t.start >= start).collect();
    let (ci, cue) = toks.iter().enumerate().find_map(|(i, t)| {
        let w = sub(text, t.start, t.end);
        let source = matches!(lower(w).as_ref(), "so" | "laut" | "zufolge" | "angaben");
        (is_cue_de(w) && !source).then(|| (i, Span::new(t.start, t.end)))
    })?;
    let after = |max_gap: usize, person: bool| {
        subject_after_de(text, mentions, &toks[ci], window.end, max_gap)
            .filter(|&i| !person || person_after_verb(&mentions[i]))
    };
    // "Die Zeitung zitiert einen Augenzeugen mit den Worten": the one quoted speaks (but
    // "X wird mit den Worten zitiert" is passive: X speaks).
    let passive = toks[..ci].iter().any(|t| {
        matches!(
            lower(sub(text, t.start, t.end)).as_ref(),
            "wird" | "wurde" | "werden" | "wurden" | "worden"
        )
    });
    if lexicon::object_cues_de().contains(&lower(sub(text, cue.start, cue.end))) && !passive {
        let object = mention_at(mentions, Span::new(cue.end, window.end))
            .next()
            .filter(|(_, m)| count_tokens(text, cue.end, m.span.start, 2) <= 1);
        if let Some((i, _)) = object {
            return Some(Found {
                mention: i,
                cue: Some(cue),
            });
        }
    }
    // A clause that ends with its verb ("…, die Schröder zum Ziel erklärt hatte: „…“")
    // has its subject first after the comma that opens it.
    let verb_final = toks[ci + 1..]
        .iter()
        .all(|t| lexicon::auxiliaries_de().has(sub(text, t.start, t.end)));
    let opener = opening_mention(text, Span::new(start, cue.start), &toks, mentions);
    if verb_final {
        // "Zu seiner neuen Aufgabe wird Watzke wie folgt zitiert": after an opening phrase,
        // the subject stands right after the finite verb.
        let after_finite = || {
            let k = toks[..ci]
                .iter()
                .position(|t| lexicon::auxiliaries_de().has(sub(text, t.start, t.end)))?;
            subject_after_de(text, mentions, &toks[k], cue.start, 0)
                .filter(|&i| person_after_verb(&mentions[i]))
        };
        let subject = opener
            .is_none()
            .then(after_finite)
            .flatten()
            .or_else(|| clause_subject_de(text, Span::new(start, cue.start), mentions));
        if let Some(i) = subject {
            return Some(Found {
                mention: i,
                cue: Some(cue),
            });
        }
    }
    let before = subject_before(text, mentions, Span::new(start, cue.start))
        .filter(|&i| mentions[i].subject);
    let pick = after(2, true)
        .or(opener)
        .or_else(|| after(2, false))
        .or(before)?;
    Some(Found {
        mention: pick,
        cue: Some(cue),
    })
}

/// The mention that opens a German clause, as a subject: first in it, or after name
/// connectors ("Von der Leyen") or adverbs ("Auch der Minister", "So hatte Schily").
fn opening_mention(text: &str, range: Span, toks: &[Token], mentions: &[Mention]) -> Option<usize> {
    let (i, m) = mention_at(mentions, range).next()?;
    let lead = toks.iter().take_while(|t| t.end <= m.span.start);
    let opens = lead.clone().count() <= 3
        && lead.clone().all(|t| {
            let w = sub(text, t.start, t.end);
            let connector = CONNECTORS.contains(&lower(w).as_ref());
            (lexicon::not_names_de().has(w) && !lexicon::prepositions_de().has(w))
                || connector
                || adverb_like_de(w)
        });
    (m.subject && opens).then(|| appositive_name(text, mentions, i))
}

/// A description followed by the name it describes between commas ("Die Sprecherin der
/// Grünen, Anja Hajduk, sagte") stands for that name.
fn appositive_name(text: &str, mentions: &[Mention], i: usize) -> usize {
    let m = &mentions[i];
    let Some(n) = mentions.get(i + 1) else {
        return i;
    };
    let apposition = m.kind == Kind::Description
        && n.kind == Kind::Name
        && text
            .get(m.span.end..n.span.start)
            .is_some_and(|g| g.trim() == ",")
        && sub(text, n.span.end, text.len())
            .trim_start()
            .starts_with(',');
    if apposition {
        i + 1
    } else {
        i
    }
}

/// No verb of saying: a person that opens the clause ("Merkel trat vor die Presse: „…“",
/// "Ursprünglich wollte er „…“"). Only a full name, a pronoun or a person noun: a lone
/// capitalised German word is too often a noun.
fn opener_de(text: &str, window: Span, mentions: &[Mention]) -> Option<Found> {
    let toks = tokenize(text, window.start, window.end);
    let start = clause_start_de(text, window, &toks);
    let toks: Vec<Token> = toks.into_iter().filter(|t| t.start >= start).collect();
    let range = Span::new(start, window.end);
    let i = opening_mention(text, range, &toks, mentions).or_else(|| {
        // Verb second: "Ursprünglich wollte er", "Dabei griff sie".
        let (i, m) = mention_at(mentions, range).next()?;
        let lead: Vec<&Token> = toks.iter().take_while(|t| t.end <= m.span.start).collect();
        let verb_second = lead.len() == 2
            && (lexicon::not_names_de().has(crate::at(text, lead[0].start, lead[0].end))
                || adverb_like_de(crate::at(text, lead[0].start, lead[0].end)))
            && !starts_upper(crate::at(text, lead[1].start, lead[1].end));
        let person = person_after_verb(m);
        (verb_second && m.subject && person).then_some(i)
    })?;
    let m = &mentions[i];
    let person = person_after_verb(m);
    // "BKA-Präsident Ziercke: „…“": a name and a colon introduce the quotation.
    let colon = sub(text, m.span.end, window.end).trim() == ":";
    let colon_at = m.span.end + sub(text, m.span.end, window.end).find(':').unwrap_or(0);
    (person && (toks.len() >= 2 || colon)).then_some(Found {
        mention: i,
        cue: colon.then(|| Span::new(colon_at, colon_at + 1)),
    })
}

/// Attributes every quotation and builds the speaker list.
pub fn attribute(
    text: &str,
    paras: &[Span],
    quotes: &mut [Quote],
    lang: crate::kind::Lang,
) -> Vec<Speaker> {
    let german = lang == crate::kind::Lang::German;
    // Mentions outside quotations, in text order.
    let mut mentions: Vec<Mention> = Vec::new();
    let mut shaky: Vec<usize> = Vec::new();
    let mut qi = 0;
    for p in paras {
        let mut pos = p.start;
        while qi < quotes.len() && quotes[qi].start < p.end {
            let q = &quotes[qi];
            if q.start > pos {
                let after_quote = pos > p.start;
                mentions_in(
                    text,
                    pos,
                    q.start.min(p.end),
                    german,
                    after_quote,
                    &mut mentions,
                    &mut shaky,
                );
            }
            if q.start >= p.start {
                transcript_label(text, q, p.end, &mut mentions);
            }
            pos = pos.max(q.end);
            if q.end > p.end {
                break; // continues into the next paragraph
            }
            qi += 1;
        }
        if pos < p.end {
            let after_quote = pos > p.start;
            mentions_in(
                text,
                pos,
                p.end,
                german,
                after_quote,
                &mut mentions,
                &mut shaky,
            );
        }
    }
    drop_shaky(&mut mentions, &shaky);
    let mut entities = link(&mut mentions);
    for m in &mut mentions {
        m.known = m.entity.is_some_and(|e| entities[e].name.contains(' '));
    }

    let para_of = |off: usize| {
        paras
            .partition_point(|p| p.end < off)
            .min(paras.len().saturating_sub(1))
    };
    let mut speaker_of: Vec<Option<(usize, usize)>> = vec![None; quotes.len()]; // (entity, mention)
    let mut last_speaker: Option<usize> = None;
    for k in 0..quotes.len() {
        let (qs, qe) = (quotes[k].start, quotes[k].end);
        let (ps, pe) = (paras[para_of(qs)], paras[para_of(qe.saturating_sub(1))]);
        let next_start = quotes.get(k + 1).map_or(pe.end, |n| n.start.min(pe.end));
        let prev_end = if k > 0 && quotes[k - 1].end > ps.start {
            quotes[k - 1].end
        } else {
            ps.start
        };
        let after = Span::new(qe.min(pe.end), next_start.max(qe.min(pe.end)));
        let before = Span::new(prev_end.min(qs), qs);
        // "Caddell continued:" ends the paragraph before the quotation.
        let colon_para = || {
            let prev = paras[para_of(qs).checked_sub(1)?];
            (qs == ps.start && sub(text, prev.start, prev.end).ends_with(':')).then_some(prev)
        };
        let found = if german {
            let q = Span::new(qs, qe);
            attribute_de(text, quotes, q, before, pe.end, &mentions)
                .or_else(|| label_of(text, &quotes[k], &mentions))
                .or_else(|| before_verb_de(text, colon_para()?, &mentions))
                .or_else(|| previous_sentence_de(text, before, &mentions))
        } else {
            after_cue(text, after, &mentions, german)
                .or_else(|| label_of(text, &quotes[k], &mentions))
                .or_else(|| before_cue(text, before, &mentions, german, prev_end > ps.start))
                .or_else(|| before_cue(text, colon_para()?, &mentions, german, false))
        };
        let resolved = match found {
            Some(f) => resolve(
                &mentions,
                &mut entities,
                f.mention,
                last_speaker,
                paras,
                &para_of,
            )
            .map(|e| (e, f.mention, f.cue)),
            None => continuation(text, quotes, &speaker_of, k, paras, &para_of, &mentions)
                .map(|(e, m)| (e, m, quotes[k - 1].cue))
                .or_else(|| {
                    // "Carter said that … would not happen.\n\n“That’s because …”": a
                    // paragraph that opens with a quotation, after one that ends with a cue
                    // and no quotation.
                    let prev = paras[para_of(qs).checked_sub(1)?];
                    let fresh = k == 0 || quotes[k - 1].end <= prev.start;
                    if german || qs != ps.start || !fresh {
                        return None;
                    }
                    let f = paragraph_end_cue(text, prev, &mentions)?;
                    resolve(
                        &mentions,
                        &mut entities,
                        f.mention,
                        last_speaker,
                        paras,
                        &para_of,
                    )
                    .map(|e| (e, f.mention, f.cue))
                }),
        };
        if let Some((e, m, cue)) = resolved {
            speaker_of[k] = Some((e, m));
            last_speaker = Some(e);
            let mention = &mentions[m];
            quotes[k].speaker = Some(SpeakerRef {
                name: entities[e].name.clone(),
                start: mention.span.start,
                end: mention.span.end,
            });
            quotes[k].cue = cue;
        }
    }
    // The speaker list: one entry per entity that said something, in order of first
    // quotation, with every mention of it (names, and the pronouns its quotations rest on).
    let mut slot: Vec<Option<usize>> = vec![None; entities.len()];
    let mut out: Vec<Speaker> = Vec::new();
    // The mentions quotations rest on, chained by mention (`first[m]`, then `next`), so that
    // one walk over the mentions, which are sorted and apart, lists each speaker's in order.
    let mut first: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut chain: Vec<(usize, Option<usize>)> = Vec::new();
    for (k, s) in speaker_of.iter().enumerate() {
        let Some((e, m)) = *s else { continue };
        let i = *slot[e].get_or_insert_with(|| {
            out.push(Speaker {
                name: entities[e].name.clone(),
                role: entities[e].role.clone(),
                mentions: Vec::new(),
                quotes: Vec::new(),
            });
            out.len() - 1
        });
        out[i].quotes.push(k);
        chain.push((i, first[m].replace(chain.len())));
    }
    for (m, mention) in mentions.iter().enumerate() {
        let mut link = first[m];
        let by_entity = mention.entity.and_then(|e| slot[e]);
        for i in std::iter::from_fn(|| {
            let (i, next) = chain[link?];
            link = next;
            Some(i)
        })
        .chain(by_entity)
        {
            let list = &mut out[i].mentions;
            if list.last() != Some(&mention.span) {
                list.push(mention.span);
            }
        }
    }
    out
}

/// The entity a mention stands for; a pronoun resolves to the nearest fitting person
/// before it (in its paragraph first, else the last speaker, else anyone before it).
fn resolve(
    mentions: &[Mention],
    entities: &mut [Entity],
    m: usize,
    last_speaker: Option<usize>,
    paras: &[Span],
    para_of: &dyn Fn(usize) -> usize,
) -> Option<usize> {
    let mention = &mentions[m];
    match mention.kind {
        Kind::Pronoun if mention.entity.is_some() => return mention.entity, // I, we
        Kind::Pronoun => {}
        // "Weaver, who said": the mention right before it.
        Kind::Relative => {
            // The name it follows, past an aside ("Tom Hale, now the party leader, who").
            let named = mentions[..m]
                .iter()
                .rev()
                .take(3)
                .find(|x| x.kind == Kind::Name)
                .and_then(|x| x.entity);
            return named.or_else(|| mentions[..m].iter().rev().take(40).find_map(|x| x.entity));
        }
        _ => return mention.entity,
    }
    let g = mention.gender;
    let fits = |e: usize| {
        !entities[e].org
            && !lexicon::first_person().has(&entities[e].name)
            && (g.is_none() || entities[e].gender.is_none() || entities[e].gender == g)
    };
    // Preference: a person whose gender matches, then a full (two-word) name, then anyone
    // who fits; first among the mentions of the pronoun's paragraph, then the last
    // speaker, then the mentions before it in the text.
    let rank = |e: usize| {
        let ent = &entities[e];
        if g.is_some() && ent.gender == g {
            0
        } else if ent.name.contains(' ')
            && ent.name.chars().next().is_some_and(crate::case::is_upper)
        {
            1
        } else {
            2
        }
    };
    let best = |cands: &mut dyn Iterator<Item = usize>| -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for e in cands.filter(|&e| fits(e)) {
            let r = rank(e);
            if best.is_none_or(|(_, br)| r < br) {
                best = Some((e, r));
            }
        }
        best.map(|(e, _)| e)
    };
    let para = paras[para_of(mention.span.start)];
    let para_people = || {
        mentions[..m]
            .iter()
            .rev()
            .take_while(|x| x.span.start >= para.start)
            .filter_map(|x| x.entity)
    };
    // Among the paragraph's people, the one who has just spoken wins over a nearer one who
    // fits as well ("Obama said after meeting Vladimir Putin. He didn't …": Obama).
    let speaking = last_speaker.filter(|&l| fits(l) && para_people().any(|x| x == l));
    let in_para =
        best(&mut para_people()).map(|e| speaking.filter(|&l| rank(l) <= rank(e)).unwrap_or(e));
    let earlier = || best(&mut mentions[..m].iter().rev().take(40).filter_map(|x| x.entity));
    let e = in_para
        .or(last_speaker.filter(|&e| fits(e)))
        .or_else(earlier)?;
    if entities[e].gender.is_none() {
        entities[e].gender = g;
    }
    Some(e)
}

/// A quotation with no cue of its own keeps the speaker of the one before it when that one
/// is in the same paragraph (a quotation split by its cue), or when this quotation opens
/// its paragraph right after an attributed one and no other name came between.
fn continuation(
    text: &str,
    quotes: &[Quote],
    speaker_of: &[Option<(usize, usize)>],
    k: usize,
    paras: &[Span],
    para_of: &dyn Fn(usize) -> usize,
    mentions: &[Mention],
) -> Option<(usize, usize)> {
    let prev = k.checked_sub(1)?;
    let (e, m) = speaker_of[prev]?;
    let (pq, q) = (&quotes[prev], &quotes[k]);
    let (pp, qp) = (para_of(pq.end.saturating_sub(1)), para_of(q.start));
    let same_para = pp == qp;
    let next_para = qp == pp + 1 && q.start == paras[qp].start;
    if !same_para && !next_para {
        return None;
    }
    if same_para {
        return Some((e, m)); // “Q1,” NP said, … “Q2.”
    }
    // Past the sentence that carried the attribution, no other name may come in.
    let pend = paras[pp].end.max(pq.end);
    let toks = tokenize(text, pq.end, pend);
    let from = first_sentence_end(text, pq.end, pend, &toks);
    let other_name = mention_at(mentions, Span::new(from, q.start))
        .any(|(_, x)| x.kind == Kind::Name && x.entity != Some(e));
    (!other_name).then_some((e, m))
}

#[cfg(test)]
mod tests {
    use crate::analyze;

    fn speakers(t: &str) -> Vec<Option<(String, String)>> {
        let a = analyze(t);
        a.quotes
            .iter()
            .map(|q| {
                q.speaker
                    .as_ref()
                    .map(|s| (s.name.clone(), t[s.start..s.end].to_string()))
            })
            .collect()
    }

    fn names(t: &str) -> Vec<Option<String>> {
        speakers(t).into_iter().map(|s| s.map(|s| s.0)).collect()
    }

    /// The mention each quotation's speaker rests on, as text.
    fn via(t: &str) -> Vec<Option<String>> {
        speakers(t).into_iter().map(|s| s.map(|s| s.1)).collect()
    }

    #[test]
    fn a_description_stops_at_a_verb_of_saying() {
        // A person noun after the verb ("reporters", "President") does not pull the subject's
        // description over the verb.
        let t = "The senator told reporters, “A lot of delegates are coming our way.”";
        assert_eq!(via(t), vec![Some("The senator".into())]);
        let t = "The group says President Barack Obama’s actions are “ripe for abuse.”";
        assert_eq!(via(t), vec![Some("The group".into())]);
    }

    #[test]
    fn a_pronoun_stands_for_the_one_who_has_just_spoken() {
        // Putin is nearer and fits as well, but Obama is the one speaking.
        let t = "“We are looking at every option,” Barack Obama said after meeting Russian President Vladimir Putin. He did not suggest retaliation. “Our goal is not escalation,” he said.";
        assert_eq!(
            names(t),
            vec![Some("Barack Obama".into()), Some("Barack Obama".into())]
        );
        // Without a speaker before, the nearest fitting person is still the one.
        let t = "Barack Obama met Russian President Vladimir Putin. “Our goal is not escalation,” he said.";
        assert_eq!(names(t), vec![Some("Vladimir Putin".into())]);
    }

    #[test]
    fn german_verb_after_the_quote_takes_the_subject_after_it() {
        let t = "„Wir werden das Gesetz noch in diesem Jahr ändern“, sagte der Bundesinnenminister am Montag in Berlin.";
        assert_eq!(via(t), vec![Some("der Bundesinnenminister".into())]);
        let t = "„Das ist ein guter Tag für die Stadt und für die Region“, so der Chef des Verwaltungsrats Ulrich Berger.";
        assert_eq!(via(t), vec![Some("der Chef des Verwaltungsrats".into())]);
        let t = "„Gegenüber seinen Leuten ist er die eiserne Hand im Handschuh“, so charakterisierte ihn der Gewerkschafter Bernd Auer.";
        assert_eq!(names(t), vec![Some("Bernd Auer".into())]);
        let t = "Von einer „gezielten und bösartigen Indiskretion“ sprach der Grünen-Politiker Karl Ströber.";
        assert_eq!(names(t), vec![Some("Karl Ströber".into())]);
    }

    #[test]
    fn german_subject_after_the_finite_verb_of_a_clause_ending_in_its_cue() {
        // The clause opens with a phrase ("Zur aktuellen Lage des Vereins"), not its subject.
        let t = "Peter Kranz ist der neue Präsident des Vereins. Zur aktuellen Lage des Vereins wird Kranz auf der Internetseite wie folgt zitiert: „Wir werden das gemeinsam schaffen.“";
        assert_eq!(names(t), vec![Some("Peter Kranz".into())]);
        // A clause that opens with its subject keeps it.
        let t = "Der Trainer Peter Kranz wird auf der Internetseite wie folgt zitiert: „Wir werden das gemeinsam schaffen.“";
        assert_eq!(names(t), vec![Some("Peter Kranz".into())]);
    }

    #[test]
    fn german_sources_laut_zufolge_nach_angaben() {
        let t = "Das Buch ist laut einem Sprecher der Jury eine „kluge und komische Geschichte über das Leben“.";
        assert_eq!(via(t), vec![Some("einem Sprecher der Jury".into())]);
        let t = "Die Entscheidung war der Zeitung zufolge „längst überfällig und dringend nötig“.";
        assert_eq!(via(t), vec![Some("der Zeitung".into())]);
        let t = "Der Fall wird nach Angaben der Staatsanwaltschaft „ganz besonders sorgfältig und gründlich“ geprüft.";
        assert_eq!(via(t), vec![Some("Angaben der Staatsanwaltschaft".into())]);
        let t = "In dem Schreiben der Verbände heißt es: „Wir fordern eine sofortige Antwort der Regierung.“";
        assert_eq!(via(t), vec![Some("dem Schreiben der Verbände".into())]);
    }

    #[test]
    fn german_verb_second_before_the_quote() {
        let t = "Ähnlich äußerte sich der Präsident Hans Maier: „Wir haben die Lage in diesem Land im Griff.“";
        assert_eq!(names(t), vec![Some("Hans Maier".into())]);
        let t = "Als Begründung sagte ein Wissenschaftler: „Das ist ein sehr breites Feld an Erkrankungen.“";
        assert_eq!(via(t), vec![Some("ein Wissenschaftler".into())]);
        let t = "Eine Armeesprecherin bestätigte den Einsatz. Sie sagte, Ziel der Offensive sei es, „die Infrastruktur der Gruppe zu zerstören“.";
        assert_eq!(via(t), vec![Some("Sie".into())]);
        let t = "Der Minister kritisierte den Bericht scharf: „Diese Zahlen sind aus der Luft gegriffen und falsch.“";
        assert_eq!(via(t), vec![Some("Der Minister".into())]);
    }

    #[test]
    fn german_name_and_colon() {
        let t = "Die Polizei ermittelt in dem Fall.\n\nBKA-Präsident Jörg Ziercke: „Mit diesem Ansatz setzen wir ein deutliches Signal.“";
        assert_eq!(names(t), vec![Some("Jörg Ziercke".into())]);
    }

    #[test]
    fn german_quote_ending_its_sentence_does_not_take_the_next_one() {
        let t = "Der Vertreter der Umweltschützer, Arni Finnsson, kommentierte die Entscheidung mit folgenden Worten: „Es gibt in unserem Land keinen Markt für dieses Fleisch.“  Laut der Website gibt es Kritik.";
        assert_eq!(names(t), vec![Some("Arni Finnsson".into())]);
    }

    #[test]
    fn german_reported_speech_runs_on_into_the_next_sentence() {
        let t = "Der Bau dauert an. Die Hausverwaltung versicherte, dass die Gedenktafel noch existiere. Die Tafel werde „so bald wie möglich wieder an ihren alten Platz“ gebracht.";
        assert_eq!(via(t), vec![Some("Die Hausverwaltung".into())]);
    }

    #[test]
    fn german_nouns_and_adverbs_are_not_speakers() {
        let t =
            "Die Chefin des Senders, Anke Schäfer, nannte diese Zahlen „aus der Luft gegriffen“.";
        assert_eq!(names(t), vec![Some("Anke Schäfer".into())]);
        let t = "Tatsächlich hat die Regierung „keine andere Wahl als diese“, hieß es in einer Erklärung der Partei.";
        assert_eq!(via(t), vec![Some("einer Erklärung der Partei".into())]);
    }

    #[test]
    fn german_quoting_verb_names_its_object() {
        let t = "Die Rundschau zitiert einen Augenzeugen mit den Worten: „Der Mann ist einfach weitergegangen.“";
        assert_eq!(via(t), vec![Some("einen Augenzeugen".into())]);
        let t = "Der Trainer wird zitiert: „Wir haben heute verdient gewonnen.“";
        assert_eq!(via(t), vec![Some("Der Trainer".into())]);
        let t = "Der Fraktionschef der Grünen, Volker Ratz, wird von der „Zeitung“ mit den Worten zitiert: „Der Bürgermeister ist angeschlagen.“";
        assert_eq!(names(t).last(), Some(&Some("Volker Ratz".into())));
    }

    #[test]
    fn german_plural_verbs_and_a_new_speaker_between_quotes() {
        let t = "Die Veranstalter verkündeten die „größte Friedensdemo jemals in der Region“.";
        assert_eq!(via(t), vec![Some("Die Veranstalter".into())]);
        let t = "„Wir haben heute gewonnen“, sagte Hans Müller. Eva Meier widersprach. „Das stimmt so einfach nicht.“";
        assert_eq!(
            names(t),
            vec![Some("Hans Müller".into()), Some("Eva Meier".into())]
        );
    }

    #[test]
    fn german_clauses_that_end_with_the_verb() {
        let t = "Die Bundesregierung hatte den Bericht der Zeitung umgehend als „falsch und haltlos“ zurückgewiesen.";
        assert_eq!(via(t), vec![Some("Die Bundesregierung".into())]);
        let t = "Die Zahl liegt unter der Marke, die Kanzler Gerd Schröder damals zum Ziel erklärt hatte: „Wir werden die Arbeitslosigkeit deutlich senken.“";
        assert_eq!(names(t), vec![Some("Gerd Schröder".into())]);
        let t = "Die Hacker hinterließen eine Botschaft, welche die Techniker als „einen Haufen von Schulkindern“ bezeichnete.";
        assert_eq!(via(t), vec![Some("eine Botschaft".into())]);
    }

    #[test]
    fn german_subjects_with_adjectives_and_offices() {
        let t = "Auch die amtierende Familienministerin Renate Schmidt äußerte Vorbehalte: „Ich gehe davon aus, dass nicht alle zustimmen.“";
        assert_eq!(names(t), vec![Some("Renate Schmidt".into())]);
        let t =
            "Der italienische Mafiajäger Salvo Boemi sagte: „Die Mafia ist auf dem Sprung nach Europa und wird sich nicht aufhalten lassen.“";
        assert_eq!(names(t), vec![Some("Salvo Boemi".into())]);
        let t = "In der Fraktion sagte die Kanzlerin am Dienstag: „Er war ein politisches Schwergewicht in der Partei.“";
        assert_eq!(via(t), vec![Some("die Kanzlerin".into())]);
    }

    #[test]
    fn german_impersonal_verb_needs_its_place_next_to_it() {
        let t = "Hans Berger kritisierte die Kommission. In dem Verfahren sieht Berger einen Angriff, es stehe im Gegensatz zur „sozialen Marktwirtschaft in diesem Land“.";
        assert_eq!(names(t), vec![Some("Hans Berger".into())]);
    }

    #[test]
    fn german_source_in_the_sentence_before() {
        let t = "Nach Ansicht von Ministerpräsident Christian Wolf ist noch nichts entschieden. „Es ist nur eine gutachterliche Stellungnahme des Gerichts.“";
        assert_eq!(names(t), vec![Some("Christian Wolf".into())]);
    }

    #[test]
    fn german_sentence_after_the_quote_points_back() {
        let t = "Versicherte müssen bis zum 14. Juli „einen Nachweis über eine andere Versicherung vorlegen“, sonst werden sie zugeteilt. Dies gibt der Landesverband der Apotheker bekannt.";
        assert_eq!(via(t), vec![Some("der Landesverband der Apotheker".into())]);
        let t =
            "„Wir haben das Spiel heute verdient gewonnen.“ Das sagte der Trainer nach dem Spiel.";
        assert_eq!(via(t), vec![Some("der Trainer".into())]);
    }

    #[test]
    fn german_verb_after_an_article_is_no_adjective() {
        let t = "Die Partei lehnt das ab. „Wir stimmen diesem Gesetz nicht zu.“ Das sagte Eva Berger am Montag.";
        assert_eq!(names(t), vec![Some("Eva Berger".into())]);
    }

    #[test]
    fn german_odd_inputs_do_not_panic() {
        for t in [
            "„Wir kommen wieder.“ Heißt es in dem Schreiben der Gruppe.",
            "Heißt es: „Das ist so.“",
            "„Q“, so",
            "laut „Das ist die Wahrheit über den Fall“ zufolge",
            "Nach Angaben „der Polizei war es ein Unfall auf der Straße“ nach",
            "Das sagte: „Wir sind da und bleiben hier.“ Das sagte",
            // Found by fuzzing: a name's article reached back into the mention before.
            "Leyen 14.– so in imheißtein 😀Minister Das in erklärt demhattedasgibtehemalige . Angaben “\" wie Von so zitiert laut Ü ,einerklärt Leyen Sie dem Juli welche – laut Bundesinnenminister \" derim bzw. die Der ehemaligehatteeine Ministerehemalige das „ bekannt Sieder nach zitiert– \" Müller ä ehemalige Müllererklärt",
        ] {
            let _ = speakers(t);
        }
    }

    #[test]
    fn german_speech_noun_before_and_numbered_nouns() {
        let t = "Der Minister blieb gelassen. Mit den Worten „Jetzt werden alle wichtigen Fragen in der Runde der zwanzig Staaten diskutiert“, richtete er den Blick auf einen größeren Kreis.";
        assert_eq!(via(t), vec![Some("er".into())]);
        let t = "Der 58-Jährige habe darin geschrieben, er müsse seine Kinder „aus diesem schlechten Leben“ nehmen.";
        assert_eq!(via(t), vec![Some("Der 58-Jährige".into())]);
    }

    #[test]
    fn cue_after_the_quote_both_orders() {
        assert_eq!(
            names("“We will win this fight,” Jane Doe said."),
            vec![Some("Jane Doe".into())]
        );
        assert_eq!(
            names("“We will win this fight,” said Jane Doe, who leads the group."),
            vec![Some("Jane Doe".into())]
        );
        assert_eq!(
            names("“We will win this fight,” Jane Doe further emphasized."),
            vec![Some("Jane Doe".into())]
        );
    }

    #[test]
    fn cue_before_the_quote_and_colon() {
        assert_eq!(
            names("Jane Doe said: “We will win this fight.”"),
            vec![Some("Jane Doe".into())]
        );
        assert_eq!(
            names("Senator Jane Doe urged voters to “stand up and be counted today.”"),
            vec![Some("Jane Doe".into())]
        );
        assert_eq!(
            names("Jane Doe: “We will win this fight.”"),
            vec![Some("Jane Doe".into())]
        );
    }

    #[test]
    fn appositive_and_description_speakers() {
        assert_eq!(
            names("“We are ready for the vote,” John Smith, a spokesman for the party, said."),
            vec![Some("John Smith".into())]
        );
        assert_eq!(names("“I think Smith wants to be heard on this issue,” a Henry Jackson Society spokesman said of the meeting."), vec![Some("a Henry Jackson Society spokesman".into())]);
    }

    #[test]
    fn according_to_is_a_source_only_when_nobody_speaks() {
        let t = "“We want every nation to work together,” Pompeo said in London, according to the Washington Examiner.";
        assert_eq!(names(t), vec![Some("Pompeo".into())]);
        let t = "“Prices will rise again next year,” according to the central bank report.";
        assert_eq!(names(t), vec![Some("the central bank report".into())]);
    }

    #[test]
    fn surname_and_pronoun_resolve_to_the_full_name() {
        let t = "Secretary of State Mike Pompeo spoke in London on Tuesday.\n\n“We want a coalition against this,” Pompeo said.\n\n“It must start now and not later,” he added.";
        let s = speakers(t);
        assert_eq!(s[0], Some(("Mike Pompeo".into(), "Pompeo".into())));
        assert_eq!(s[1], Some(("Mike Pompeo".into(), "he".into())));
    }

    #[test]
    fn pronoun_respects_gender() {
        let t =
            "Ms. Anna Berg met Mr. Tom Hale in Oslo.\n\n“The deal is done and signed,” she said.";
        assert_eq!(names(t), vec![Some("Anna Berg".into())]);
    }

    #[test]
    fn split_quote_and_continuing_paragraph_keep_the_speaker() {
        let t = "“The first half of it,” Jane Doe said. “And the second half of it.”\n\n“A whole paragraph more of her words.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into()); 3]);
        let t = "“The first half of it,” Jane Doe said.\n\nBob Roe disagreed with that.\n\n“A paragraph that is not hers at all.”";
        assert_eq!(names(t)[1], None);
    }

    #[test]
    fn split_quote_after_an_appositive_keeps_the_speaker() {
        let t = "“This is a sad day,” said Rep. Gwen Moore (D-Wis.), head of the Black Caucus. “It is a fraud.”";
        assert_eq!(names(t), vec![Some("Gwen Moore".into()); 2]);
    }

    #[test]
    fn dash_signature_and_transcript_label() {
        let t = "“Mostly he promotes ignorance and hate.” ― Esther Tapia\n“Second voice here, and a long one.” ― Carlos Raúl";
        assert_eq!(
            names(t),
            vec![Some("Esther Tapia".into()), Some("Carlos Raúl".into())]
        );
        let t = "Vice presidential nominee Mike Pence spoke to Fox.\n\n\"PENCE: Well, look, this is serious business.\n\n\"WALLACE: Do you see those two as equal?";
        assert_eq!(
            names(t),
            vec![Some("Mike Pence".into()), Some("Wallace".into())]
        );
    }

    #[test]
    fn colon_at_the_end_of_the_previous_paragraph() {
        let t = "The New York Times reports:\n\n\"In an illustration of the lack of enthusiasm, few gave small sums.\"";
        assert_eq!(names(t), vec![Some("New York Times".into())]);
    }

    #[test]
    fn party_codes_and_abbreviations_do_not_derail() {
        let t = "“It is a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday. “It is wrong.”";
        assert_eq!(names(t), vec![Some("Gwen Moore".into()); 2]);
        let t = "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.";
        assert_eq!(names(t), vec![Some("Mitch McConnell".into())]);
    }

    #[test]
    fn a_described_subject_without_a_person_noun() {
        let t =
            "\"We need change and we need it now,\" the New York businessman said, arguing for it.";
        assert_eq!(names(t), vec![Some("the New York businessman".into())]);
    }

    #[test]
    fn a_new_clause_after_the_quote_is_not_its_attribution() {
        let t = "Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right about all this” when he said it.";
        assert_eq!(names(t), vec![Some("Michael Flynn".into())]);
    }

    #[test]
    fn a_possessive_before_a_speech_noun() {
        let t = "Politifact checked Donald Trump’s claim that there have been “thousands of shootings in the city” this year.";
        assert_eq!(names(t), vec![Some("Donald Trump".into())]);
    }

    #[test]
    fn names_inside_the_quote_are_not_speakers() {
        let t = "“I think Pompeo wants to hear the mood in Parliament,” a spokesman said.";
        assert_eq!(names(t), vec![Some("a spokesman".into())]);
    }

    #[test]
    fn a_quotation_opening_a_sentence_takes_the_cue_of_the_one_before() {
        // News writing paraphrases, then quotes: the quotation is the same speaker's.
        let t =
            "The talks may go on for weeks, Jane Doe said. “Nobody here knows what comes next.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
        // Not when the sentence before has no cue.
        let t = "Jane Doe walked out of the room. “Nobody here knows what comes next.”";
        assert_eq!(names(t), vec![None]);
    }

    #[test]
    fn the_subject_after_an_opening_phrase() {
        let t = "In recent weeks, Tom Hale has gone after the senator as a “spoiled brat.”";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    }

    #[test]
    fn rarer_verbs_attribute() {
        let t = "At a crowded rally, Tom Hale likened the new tax plan to “a slow robbery of families.”";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
        let t = "Jane Doe boasted, “Nobody has ever built more bridges than me.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    }

    #[test]
    fn the_clause_subject_not_the_object_before_the_cue() {
        let t = "Jane Doe went after Tom Hale on Monday over his budget, calling it “a plan without a single number in it.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
        let t = "Jane Doe knocked Tom Hale on trade and called him “a man of the past and nothing more.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
        let t = "Jane Doe, during a town hall meeting in Columbus, Ohio, said she would “fight for every single job.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
        let t = "Tom Hale has also said that the bill is “a disaster for every farmer.”";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    }

    #[test]
    fn a_cue_inside_a_prepositional_phrase_gives_way() {
        let t = "In a Facebook message posted Friday, Tom Hale said he has had “serious disagreements” with her.";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    }

    #[test]
    fn the_cue_right_before_the_quote_is_its_own() {
        let t = "Bob Roe agreed last week on the radio, though Jane Doe said, “I hope we get there soon.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    }

    #[test]
    fn a_role_before_the_name_after_the_quote() {
        let t = "“Our friends no longer trust us at all,” former Florida governor Jane Doe said.";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
        let t = "“The prices of everything go up every year,” the Republican said this week.";
        assert_eq!(names(t), vec![Some("Republican".into())]);
        let t = "“Their rationales do not hold any weight at all,” said 9/11 widow Jane Doe.";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    }

    #[test]
    fn an_attribution_that_closes_the_sentence_after_a_comma() {
        let t = "“The evidence is extremely strong” than that of the chief, Jane Doe said.";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
        let t = "“The evidence is extremely strong” and Jane Doe said nothing else about it.";
        assert_eq!(names(t), vec![None]);
    }

    #[test]
    fn an_object_phrase_before_the_cue_is_not_its_subject() {
        let t = "Protesters marching through the streets chanted “Whose streets? Our streets!” until late.";
        assert_eq!(names(t), vec![Some("Protesters".into())]);
    }

    #[test]
    fn a_new_sentence_after_a_closed_quotation_is_not_its_attribution() {
        let t = "Japan called the test “a grave threat to the peace of the region.” Russia insisted that the talks resume at once.";
        assert_eq!(names(t), vec![Some("Japan".into())]);
        let t = "“Did you see what happened to him there?” Jane Doe asked.";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    }

    #[test]
    fn an_ing_form_after_the_quotation_does_not_attribute_it() {
        let t = "Jane Doe is describing as “unhinged and cruel” a tweet attacking a former beauty queen.";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    }

    #[test]
    fn relative_pronouns_as_subjects_of_a_cue() {
        let t = "“It is a dictator in the making,” said Glenn Roe, who said there were “too many disturbing things to dismiss.”";
        let s = speakers(t);
        assert_eq!(s[0], Some(("Glenn Roe".into(), "Glenn Roe".into())));
        assert_eq!(s[1], Some(("Glenn Roe".into(), "who".into())));
        let t = "The plan came from Tom Hale, now the party leader, who in 2010 said the goal was “a one-term president.”";
        assert_eq!(speakers(t)[0], Some(("Tom Hale".into(), "who".into())));
        let t = "While the Fund did not single out the plans, it referenced “political tensions” in rich economies.";
        assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("it"));
    }

    #[test]
    fn the_writers_own_voice() {
        let t = "Ms. Ann Berg drove on. I laughed and said, “I don’t believe in the devil at all.”";
        assert_eq!(speakers(t)[0], Some(("I".into(), "I".into())));
        let t = "I met Tom Hale in Oslo.\n\n“The deal is done and signed,” he said.";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    }

    #[test]
    fn a_cue_word_after_an_article_or_possessive_is_a_noun() {
        let t = "Politifact did a fact-check on Tom Hale’s claim that there were “thousands of shootings” there.";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    }

    #[test]
    fn a_party_word_before_a_role_and_name_only_modifies_it() {
        let t = "Democratic presidential nominee Jane Doe chimed in on Twitter, saying officials should act “without delay.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    }

    #[test]
    fn a_pronoun_after_a_closed_quotation_opens_a_new_statement() {
        let t = "Jane Doe said the question was “the timing.” Gov. Tom Hale said it would be “improper” to speak.";
        assert_eq!(
            names(t),
            vec![Some("Jane Doe".into()), Some("Tom Hale".into())]
        );
    }

    #[test]
    fn a_title_word_after_an_honorific_is_the_name() {
        let t = "“It is all about creating some enthusiasm around this race,” Mr. King added.";
        assert_eq!(names(t), vec![Some("King".into())]);
    }

    #[test]
    fn a_cue_that_opens_the_sentence_is_no_part_of_the_name() {
        let t =
            "Some note the plan is late. Said Ellis: “I don’t get the sense she is interested.”";
        assert_eq!(names(t), vec![Some("Ellis".into())]);
    }

    #[test]
    fn descriptions_opened_by_one_or_my() {
        let t = "At a forum in Virginia on Monday, one questioner claimed that “the forces of correctness” had won.";
        assert_eq!(
            speakers(t)[0].as_ref().map(|s| s.1.as_str()),
            Some("one questioner")
        );
        let t = "“We live in a kingdom of lies,” my father often said.";
        assert!(speakers(t)[0]
            .as_ref()
            .is_some_and(|s| s.1.starts_with("my father")));
    }

    #[test]
    fn a_description_after_the_cue_that_follows_a_quotation() {
        let t = "“A state cannot avoid the conclusion of its own process,” said the ruling.";
        assert_eq!(
            speakers(t)[0].as_ref().map(|s| s.1.as_str()),
            Some("the ruling")
        );
        let t = "“The drop we see now is due to the emails,” said a person close to the family.";
        assert_eq!(
            speakers(t)[0].as_ref().map(|s| s.1.as_str()),
            Some("a person close")
        );
    }

    #[test]
    fn as_a_text_put_it() {
        let t = "The rule asks for a “lawful source of investment income,” as a Homeland Security memo put it.";
        assert_eq!(names(t), vec![Some("Homeland Security".into())]);
    }

    #[test]
    fn a_possessive_pronoun_before_a_speech_noun() {
        let t = "Tom Hale rallied young people with his calls to end the “rigged economy” at last.";
        assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("his"));
    }

    #[test]
    fn a_statement_released_is_an_object() {
        let t = "Ms. Ann Berg sold the firm.\n\nAt the time, she released a statement saying, “We are confident in our partners.”";
        assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("she"));
    }

    #[test]
    fn a_name_after_an_earlier_quotation_of_the_sentence_is_not_a_new_speaker() {
        let t = "Tom Hale claimed that the refugees “cannot come into this country” but Muslim refugees “can come in so easily.”";
        assert_eq!(names(t), vec![Some("Tom Hale".into()); 2]);
    }

    #[test]
    fn an_adverb_or_participle_opening_the_sentence_is_no_name() {
        let t = "Jane Doe spoke last.\n\nHastily after the attacks, she issued a statement, “Last night our nation was attacked.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
        // The same word is a name when the text writes it as one elsewhere.
        let t = "Chelsea Manning spoke.\n\nManning, after the talk, said: “It was a long road home for me.”";
        assert_eq!(names(t), vec![Some("Chelsea Manning".into())]);
    }

    #[test]
    fn an_aside_between_commas_after_the_quotation() {
        let t = "“I do not believe in superdelegates at all,” Jane Doe, who has not endorsed a candidate and will not do so, told reporters.";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
        let t = "“The decision protects both freedoms,” Tom Hale, attorney for one of four groups to file suit over the law, said in a statement.";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    }

    #[test]
    fn a_described_subject_behind_an_auxiliary_or_alone() {
        let t = "The intelligence community has concluded that “top secret” material was in the emails.";
        assert_eq!(
            speakers(t)[0].as_ref().map(|s| s.1.as_str()),
            Some("The intelligence community")
        );
        let t = "Ann Berg said no.\n\nAnother said he hoped with his “whole heart” that the bill would pass.";
        assert_eq!(
            speakers(t)[0].as_ref().map(|s| s.1.as_str()),
            Some("Another")
        );
    }

    #[test]
    fn a_name_and_a_verb_before_the_quotation() {
        let t = "Jane Doe supports “appropriate pay raises” for the workers.";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    }

    #[test]
    fn the_main_clause_after_an_opening_subordinate_clause() {
        let t = "While he acknowledged that funding was a reason, Tom Hale also noted several “intangibles” that hurt.";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
        let t = "When my mother told me that the devil was real, I laughed and said, “I do not believe in the devil.”";
        assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("I"));
    }

    #[test]
    fn person_nouns_make_descriptions() {
        let t = "“The whole thing was outrageous to me,” the doctor in charge of the ward said.";
        assert_eq!(
            speakers(t)[0].as_ref().map(|s| s.1.as_str()),
            Some("the doctor")
        );
    }

    #[test]
    fn short_phrases_and_joined_verbs_between_subject_and_cue() {
        let t = "Pressed on the plan, the 34-year-old mother of three replied, “It is meant to help mothers.”";
        assert!(speakers(t)[0]
            .as_ref()
            .is_some_and(|s| s.1.starts_with("the 34-year-old mother")));
        let t = "Ann Berg drove on the highway with me, and I laughed and said, “I do not believe in it.”";
        assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("I"));
    }

    #[test]
    fn the_subject_before_an_earlier_quotation_of_the_sentence() {
        let t = "Jane Doe, the former secretary, stressed her support at a “Commander-in-Chief Forum” sponsored by NBC News and said she has what the job needs: “Steadiness.”";
        assert_eq!(names(t)[1], Some("Jane Doe".into()));
    }

    #[test]
    fn a_closed_quotation_then_a_verb_with_an_object_is_a_new_statement() {
        let t = "On Twitter, Jane Doe called the plan “unhinged.” Tom Hale called the statement “unfair to us all.”";
        assert_eq!(
            names(t),
            vec![Some("Jane Doe".into()), Some("Tom Hale".into())]
        );
    }

    #[test]
    fn a_quotation_paragraph_after_a_paragraph_that_ends_with_a_cue() {
        let t = "Tom Hale said that for decades critics had predicted a withdrawal from the region.\n\n“That is because this region is the most consequential for us.”";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
        let t = "Tom Hale walked out of the hall after the vote.\n\n“That is because this region is the most consequential for us.”";
        assert_eq!(names(t), vec![None]);
    }

    #[test]
    fn a_preposition_after_the_quotation_carries_its_sentence_on() {
        let t =
            "Tom Hale spoke.\n\nAnd he vowed to “take our fight” to the 35 states that vote later.";
        assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("he"));
    }

    #[test]
    fn number_words_opening_a_sentence_are_no_names() {
        let t = "Tom Hale spoke.\n\nEight years ago, he supported the mayor and said, “She has done nothing for us.”";
        assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("he"));
    }

    #[test]
    fn an_ing_cue_right_after_a_cue_shares_its_subject() {
        let t = "Tom Hale left as soon as prayers were over, Jane Doe said, adding, “He was not very religious.”";
        assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    }

    #[test]
    fn a_dateline_is_no_speaker() {
        let t = "NEW YORK - Republican candidate Tom Hale on Saturday tweeted an image calling her “the most corrupt ever.”";
        assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    }

    #[test]
    fn a_subject_behind_a_preposition_after_the_quotation_is_none() {
        let t = "The Fund rated 32% of the claims as “false,” compared to 11% of Democratic claims in the study.";
        assert_eq!(names(t), vec![Some("Fund".into())]);
    }

    #[test]
    fn a_surname_that_is_also_a_title() {
        let t =
            "“Turnout makes a difference in this race,” said Charlie King, a prominent Democrat.";
        assert_eq!(names(t), vec![Some("Charlie King".into())]);
        let t = "“Turnout makes a difference in this race,” said the Vice President.";
        assert_eq!(names(t), vec![None]);
    }
}
