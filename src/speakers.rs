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
//! German text (see `attribute_de`) takes its own path through step 3: German capitalises
//! every noun and puts the finite verb second, so noun phrases with an article are mentions
//! ("der Bundesinnenminister", "einem Sprecher des Ministeriums"), the subject may stand after
//! the verb ("„…“, sagte der Minister", "Ähnlich äußerte sich Bush"), clauses end with their
//! verb, and sources are laut NP · NP zufolge · nach Angaben NP. Its word lists are the
//! `*_de.txt` lexicons.

use crate::analysis::{Quote, Span, Speaker, SpeakerRef};
use crate::lexicon;

/// A word of the text: letters and digits, with inner apostrophes, hyphens and dots, and
/// the dot of an abbreviation (Mr., U.S.).
#[derive(Clone, Copy, Debug)]
struct Token {
    start: usize,
    end: usize,
}

fn tokenize(text: &str, from: usize, to: usize) -> Vec<Token> {
    // An empty or reversed range (a mention that reaches over its cue) has no words.
    let Some(s) = text.get(from..to) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                it.next();
            } else if matches!(d, '\'' | '’' | '-' | '.')
                && s[j + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                it.next();
            } else {
                break;
            }
        }
        // The dot of an abbreviation belongs to it: Mr. Sen. U.S. (but not "Raab.").
        if s[end..].starts_with('.') {
            let w = &s[i..end];
            let short = w.chars().count() <= 3 && w.chars().next().is_some_and(char::is_uppercase);
            if w.contains('.')
                || (short && (w.chars().count() == 1 || lexicon::titles().has_suffixed(w, ".")))
            {
                end += 1;
            }
        }
        while let Some(&(j, _)) = it.peek() {
            if j < end {
                it.next();
            } else {
                break;
            }
        }
        out.push(Token {
            start: from + i,
            end: from + end,
        });
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Name,
    Description,
    Pronoun,
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

fn lower(s: &str) -> String {
    crate::case::to_lower(s)
}

fn starts_upper(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

const CONNECTORS: &[&str] = &[
    "of", "de", "van", "von", "der", "den", "bin", "al", "la", "du", "da", "di", "für",
];

/// Whether only spaces separate two tokens (no comma, bracket or line break).
fn joined(text: &str, a: &Token, b: &Token) -> bool {
    text[a.end..b.start]
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}')
}

/// Finds the mentions in `text[from..to]`, a stretch outside quotations.
fn mentions_in(text: &str, from: usize, to: usize, german: bool, out: &mut Vec<Mention>) {
    let toks = tokenize(text, from, to);
    let word = |t: &Token| &text[t.start..t.end];
    let mut i = 0;
    let first_new = out.len();
    let mut wl = String::new(); // the word in lower case, one buffer for all words
    while i < toks.len() {
        let w = word(&toks[i]);
        wl.clear();
        crate::case::push_lower(&mut wl, w);
        let bare = wl
            .strip_suffix("’s")
            .or_else(|| wl.strip_suffix("'s"))
            .unwrap_or(&wl);
        if let Some(g) = lexicon::pronoun_gender(bare) {
            out.push(Mention {
                span: Span::new(toks[i].start, toks[i].end),
                kind: Kind::Pronoun,
                name: w.to_string(),
                role: None,
                gender: g,
                org: false,
                entity: None,
                subject: true,
                known: false,
            });
            i += 1;
            continue;
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
        if !german
            && lexicon::speech_cues().contains(wl.as_str())
            && i > 0
            && out.last().is_none_or(|m| m.span.end < toks[i - 1].start)
        {
            let mut j = i;
            let mut found = None;
            while j > 0 && i - j < 4 && joined(text, &toks[j - 1], &toks[j]) {
                j -= 1;
                if lexicon::determiners().has(word(&toks[j])) {
                    found = Some(j);
                    break;
                }
            }
            // Only a short noun phrase: "the ad’s narrator", not "his series of early-morning"
            // or "an architect who".
            let noun_phrase = |j: usize| {
                toks[j + 1..i].iter().all(|t| {
                    let w = word(t);
                    !lexicon::stopwords().has(w) && !w.ends_with("ly") && !w.ends_with("-morning")
                })
            };
            if let Some(j) = found.filter(|&j| j + 1 < i && i - j <= 4 && noun_phrase(j)) {
                let span = Span::new(toks[j].start, toks[i - 1].end);
                // The phrase takes in the names it holds ("the New York businessman").
                while out.len() > first_new
                    && out
                        .last()
                        .is_some_and(|m| m.span.start >= span.start && m.kind == Kind::Name)
                {
                    out.pop();
                }
                if out.last().is_none_or(|m| m.span.end <= span.start) {
                    out.push(Mention {
                        span,
                        kind: Kind::Description,
                        name: text[span.start..span.end].to_string(),
                        role: None,
                        gender: None,
                        org: false,
                        entity: None,
                        subject: true,
                        known: false,
                    });
                }
            }
        }
        if lexicon::person_nouns().contains(wl.as_str()) {
            // Look back for a determiner in the same clause: "a Henry Jackson Society spokesman".
            let mut j = i;
            let mut found = None;
            while j > 0 && i - j < 6 && joined(text, &toks[j - 1], &toks[j]) {
                j -= 1;
                if lexicon::determiners().has(word(&toks[j])) {
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
                out.push(Mention {
                    span,
                    kind: Kind::Description,
                    name: text[span.start..span.end].to_string(),
                    role: None,
                    gender: None,
                    org: false,
                    entity: None,
                    subject: true,
                    known: false,
                });
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
            && (lexicon::not_names().has(
                undotted(&run[s])
                    .trim_end_matches("’s")
                    .trim_end_matches("'s"),
            ) || CONNECTORS.contains(&clean(&run[s]).as_str())
                || (german && lexicon::not_names_de().has(undotted(&run[s]))))
        {
            s += 1;
        }
        let run = &run[s..];
        if run.is_empty() || (german && run.len() == 1 && adverb_like_de(word(&run[0]))) {
            continue;
        }
        // "(D-Wis.)", "(CCP)": an affiliation or an acronym in brackets is not a speaker.
        let bracketed = text[..run[0].start].ends_with('(')
            && text[run[run.len() - 1].end..]
                .trim_start_matches('.')
                .starts_with(')');
        if bracketed && run.len() <= 2 {
            continue;
        }
        // German offices are compounds ("BKA-Präsident", "Bundesinnenminister"): a person
        // noun ending is a title too.
        let is_title =
            |t: &Token| lexicon::titles().has(word(t)) || lexicon::titles().has(undotted(t));
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
        if name_from >= run.len() {
            continue; // a role with no name ("the President")
        }
        let name_toks = &run[name_from..];
        let mut name = text[name_toks[0].start..name_toks[name_toks.len() - 1].end].to_string();
        for suffix in ["'s", "’s"] {
            if let Some(stripped) = name.strip_suffix(suffix) {
                name = stripped.to_string();
            }
        }
        let role = (name_from > 0).then(|| text[run[0].start..run[name_from - 1].end].to_string());
        let gender = run[..name_from]
            .iter()
            .find_map(|t| match clean(t).as_str() {
                "mr" | "herr" | "sir" | "lord" | "king" | "prince" => Some('m'),
                "mrs" | "ms" | "miss" | "frau" | "lady" | "queen" => Some('f'),
                _ => None,
            });
        let org = name_toks
            .iter()
            .any(|t| lexicon::org_words().has(undotted(t)));
        out.push(Mention {
            span: Span::new(span_start.unwrap_or(run[0].start), run[run.len() - 1].end),
            kind: Kind::Name,
            name,
            role,
            gender,
            org,
            entity: None,
            subject,
            known: false,
        });
    }
}

/// The article that opens the noun phrase ending before token `i`, past at most three
/// lower-case adjectives ("der ehemalige", "die amtierende"): its token index.
fn article_back(text: &str, toks: &[Token], i: usize) -> Option<usize> {
    let mut j = i;
    while j > 0 && i - j < 4 && joined(text, &toks[j - 1], &toks[j]) {
        j -= 1;
        let w = &text[toks[j].start..toks[j].end];
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
    let word = |k: usize| &text[toks[k].start..toks[k].end];
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
        span,
        kind: Kind::Description,
        name: text[span.start..span.end].to_string(),
        role: None,
        gender: None,
        org: !lexicon::is_person_noun_de(word(head)),
        entity: None,
        subject: nominative && !after_prep,
        known: false,
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
        let w = &text[toks[k].start..toks[k].end];
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
        + text[q.start..]
            .chars()
            .take_while(|&c| crate::marks::is_mark(c))
            .map(char::len_utf8)
            .sum::<usize>();
    let upto = text[body_start..para_end.min(q.end)]
        .find(':')
        .map(|c| body_start + c);
    let Some(colon) = upto.filter(|&c| c - body_start <= 40) else {
        return;
    };
    let toks = tokenize(text, body_start, colon);
    let label = &text[body_start..colon];
    let all_caps =
        label.chars().any(char::is_alphabetic) && label.chars().all(|c| !c.is_lowercase());
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
    out.push(Mention {
        span: Span::new(body_start, colon),
        kind: Kind::Name,
        name,
        role: None,
        gender: None,
        org: false,
        entity: None,
        subject: true,
        known: false,
    });
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
    use std::collections::HashMap;
    let mut entities: Vec<Entity> = Vec::new();
    // Indexes over the entities, so linking is linear: by exact name, by the last word of a
    // full name (for a surname mention), and single-word entities by their word (for a full
    // name that completes them).
    let mut by_name: HashMap<String, usize> = HashMap::new();
    let mut by_last: HashMap<String, usize> = HashMap::new();
    let mut single: HashMap<String, usize> = HashMap::new();
    for m in mentions.iter_mut() {
        if m.kind == Kind::Pronoun {
            continue;
        }
        let words = m.name.split(' ').count();
        let mut id = by_name.get(&m.name).copied();
        if m.kind == Kind::Name {
            let other = if words == 1 {
                by_last.get(&m.name)
            } else {
                single.get(last_word(&m.name))
            };
            id = id.max(other.copied());
        }
        let id = match id {
            Some(id) => {
                let e = &mut entities[id];
                if m.kind == Kind::Name && words > e.name.split(' ').count() {
                    if !e.name.contains(' ') {
                        single.remove(&e.name);
                    }
                    e.name = m.name.clone();
                    by_name.insert(e.name.clone(), id);
                    by_last.insert(last_word(&e.name).to_string(), id);
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
                by_name.insert(m.name.clone(), id);
                if m.kind == Kind::Name {
                    by_last.insert(last_word(&m.name).to_string(), id);
                    if words == 1 {
                        single.insert(m.name.clone(), id);
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
        let w = lower(&text[t.start..t.end]);
        if w == "according" {
            if toks
                .get(i + 1)
                .is_some_and(|n| lower(&text[n.start..n.end]) == "to")
            {
                out.push((i, Span::new(t.start, toks[i + 1].end)));
            }
        } else if lexicon::speech_cues().contains(w.as_str())
            && (after_quote || (w != "so" && w != "laut"))
        {
            out.push((i, Span::new(t.start, t.end)));
        }
    }
    out
}

/// Byte offset of the end of the first sentence in `text[from..to]` (or `to`).
fn first_sentence_end(text: &str, from: usize, to: usize, toks: &[Token]) -> usize {
    let mut pos = from;
    for t in toks
        .iter()
        .chain(std::iter::once(&Token { start: to, end: to }))
    {
        if let Some(k) = sentence_stop(&text[pos..t.start], t.start == to) {
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
        if sentence_stop(&text[pos..t.start], t.start == to).is_some() {
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
    let seg = text[range.start..range.end].trim_end();
    if let Some(inner) = seg.strip_suffix(',') {
        if let Some(c) = inner.rfind(',') {
            let head = Span::new(range.start, range.start + c);
            if let Some((i, m)) = mention_at(mentions, head).last() {
                if m.kind == Kind::Name && text[m.span.end..head.end].trim().is_empty() {
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
    text[m.span.end..].starts_with(':').then_some(Found {
        mention: i,
        cue: Some(Span::new(m.span.end, m.span.end + 1)),
    })
}

/// Looks for “Q,” NP said · “Q,” said NP · “Q,” according to NP in `window` (after the quote).
fn after_cue(text: &str, window: Span, mentions: &[Mention]) -> Option<Found> {
    // “Q” ― Sonya Herridge: a dash and a name sign the quotation.
    let rest =
        text[window.start..window.end].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    if rest.starts_with(['―', '—', '–']) {
        let dash = window.end - rest.len();
        let dash_end = dash + rest.chars().next().map_or(0, char::len_utf8);
        if let Some((i, m)) = mention_at(mentions, Span::new(dash_end, window.end)).next() {
            if m.kind == Kind::Name && text[dash_end..m.span.start].trim().is_empty() {
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
    let (ci, cue) = *cues(text, &toks, true).iter().find(|(i, _)| *i < 12)?;
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
    let according = lower(&text[cue.start..toks[ci].end]) == "according";
    let before = subject_before(text, mentions, Span::new(window.start, cue.start));
    let after = mention_at(mentions, Span::new(cue.end, end))
        .find(|(_, m)| tokenize(text, cue.end, m.span.start).len() <= 2)
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

/// Looks for NP said: “Q” · NP said that … “Q” · NP: “Q” in `window` (before the quote).
fn before_cue(text: &str, window: Span, mentions: &[Mention], german: bool) -> Option<Found> {
    let toks = tokenize(text, window.start, window.end);
    let start = last_sentence_start(text, window.start, window.end, &toks);
    let toks: Vec<Token> = toks.into_iter().filter(|t| t.start >= start).collect();
    // The first cue of the sentence is its main clause: in "Trump said … that Clinton once
    // described it as “…”", Trump is the speaker.
    if let Some(&(ci, cue)) = cues(text, &toks, false).first() {
        let according = lower(&text[cue.start..toks[ci].end]) == "according";
        let before = subject_before(text, mentions, Span::new(start, cue.start));
        let after = mention_at(mentions, Span::new(cue.end, window.end))
            .next()
            .map(|(i, _)| i);
        // German puts the subject after the verb as often as before it ("Der Zeitung sagte
        // Filep Karma: „…“", "erklärte er"): a mention right after the cue wins there.
        let right_after =
            after.filter(|&i| german && tokenize(text, cue.end, mentions[i].span.start).len() <= 1);
        // German sentences end their clauses with the verb, so the subject is the one that
        // opens the sentence ("Der Fall wird nach Angaben … geprüft").
        let opener = mention_at(mentions, Span::new(start, cue.start))
            .next()
            .filter(|(_, m)| german && tokenize(text, start, m.span.start).len() <= 1)
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
    for (k, t) in toks.iter().enumerate() {
        if k > 0 && lexicon::speech_nouns().has(&text[t.start..t.end]) {
            let prev = &toks[k - 1];
            let possessive = text[prev.start..prev.end].ends_with("’s")
                || text[prev.start..prev.end].ends_with("'s");
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
    let trimmed = text[start..window.end].trim_end();
    if trimmed.ends_with(':') && !german {
        let colon = start + trimmed.len() - 1;
        if let Some((i, m)) = mention_at(mentions, Span::new(start, colon)).last() {
            if tokenize(text, m.span.end, colon).len() <= 1 {
                return Some(Found {
                    mention: i,
                    cue: Some(Span::new(colon, colon + 1)),
                });
            }
        }
    }
    // No cue word: the subject that opens the sentence ("Trump walked onto the stage,
    // chanting “U-S-A!”"), with no cue to show.
    if let Some((i, m)) = mention_at(mentions, Span::new(start, window.end)).next() {
        if m.kind != Kind::Description
            && tokenize(text, start, m.span.start).len() <= 1
            && toks.len() > 2
        {
            return Some(Found {
                mention: i,
                cue: None,
            });
        }
    }
    None
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
    let inner = text[q.start..q.end].trim_end_matches(|c: char| crate::marks::is_mark(c));
    let gap = rest_toks.first().map_or("", |t| &text[q.end..t.start]);
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
    let inner = text[q.start..q.end].trim_end_matches(|c: char| crate::marks::is_mark(c));
    let gap = toks.first().map_or("", |t| &text[q.end..t.start]);
    let from = if inner.ends_with(['.', '!', '?']) && !gap.contains([',', '–', '—']) {
        0
    } else {
        // The first sentence stop, past ordinals and abbreviations ("bis zum 14. Juli",
        // "bzw."), which German writes with a dot.
        (1..toks.len()).find(|&i| {
            let prev = &text[toks[i - 1].start..toks[i - 1].end];
            let ordinal = prev.chars().all(|c| c.is_ascii_digit());
            let abbreviation = prev.chars().count() <= 3 && !starts_upper(prev);
            sentence_stop(&text[toks[i - 1].end..toks[i].start], false).is_some()
                && !ordinal
                && !abbreviation
        })?
    };
    let (this, verb) = (toks.get(from)?, toks.get(from + 1)?);
    let pointer = matches!(
        text[this.start..this.end].as_ref(),
        "Das" | "Dies" | "Dieses"
    );
    let w = &text[verb.start..verb.end];
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
    let said = text[..q.start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| lexicon::source_nouns_de().has(w) || lexicon::speech_nouns().has(w));
    let mut prev_end = q.end;
    for (i, t) in toks.iter().enumerate() {
        if first && i > 0 {
            break;
        }
        let gap = &text[prev_end..t.start];
        prev_end = t.end;
        let w = &text[t.start..t.end];
        let verb = is_cue_de(w) || lexicon::auxiliaries_de().has(w) || (first && said);
        // "Von einer „Indiskretion“ sprach der Politiker": right after a quotation inside
        // its sentence the verb needs no comma.
        let inner = text[q.start..q.end].trim_end_matches(|c: char| crate::marks::is_mark(c));
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
    let gap = &text[verb.end..m.span.start];
    (!gap.contains([',', ':', ';']) && tokenize(text, verb.end, m.span.start).len() <= max_gap)
        .then_some(i)
}

/// A German source in the sentence: laut NP · NP zufolge · nach (den) Angaben NP.
fn source_de(text: &str, toks: &[Token], mentions: &[Mention]) -> Option<Found> {
    let word = |t: &Token| lower(&text[t.start..t.end]);
    for (i, t) in toks.iter().enumerate() {
        let w = word(t);
        let cue = Some(Span::new(t.start, t.end));
        let next = toks.get(i + 1);
        let nach = |back: usize| i >= back && word(&toks[i - back]) == "nach";
        let found = match w.as_str() {
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
    let word = |t: &Token| lower(&text[t.start..t.end]);
    let ci = toks
        .iter()
        .position(|t| lexicon::impersonal_cues_de().contains(&word(t)))?;
    let cue = toks[ci];
    // Next to the verb only, at most three words between: "In dem Verfahren … sieht
    // Osterloh einen Angriff, es heißt …" is no source.
    let near = |m: &Mention| {
        let gap = if m.span.end <= cue.start {
            tokenize(text, m.span.end, cue.start).len()
        } else {
            tokenize(text, cue.end, m.span.start).len()
        };
        gap <= 3
    };
    let mention = toks.windows(2).find_map(|w| {
        matches!(word(&w[0]).as_str(), "in" | "im" | "auf")
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
        .take_while(|t| !text[end..t.start].contains(','))
        .any(|t| is_cue_de(&text[t.start..t.end]))
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
        Kind::Pronoun => true,
        Kind::Name => m.name.contains(' ') || m.known || m.role.is_some(),
        Kind::Description => !m.org,
    }
}

/// The subject of a German clause that ends in `range`: the first mention that can be a
/// subject after the last comma (the clause's start: "…, weil die Regierung das Land als
/// „…“ bezeichnet hat").
fn clause_subject_de(text: &str, range: Span, mentions: &[Mention]) -> Option<usize> {
    let comma = text[range.start..range.end]
        .rfind(',')
        .map(|c| range.start + c);
    let from = comma.map_or(range.start, |c| c + 1);
    // "Der Fraktionschef, Volker Ratzmann, wird … zitiert": a clause that opens with its
    // verb after an apposition has its subject before the commas.
    if let (Some(c), Some(first)) = (comma, tokenize(text, from, range.end).first()) {
        let w = &text[first.start..first.end];
        if lexicon::auxiliaries_de().has(w) || is_cue_de(w) {
            return subject_before(text, mentions, Span::new(range.start, c + 1))
                .filter(|&i| mentions[i].subject);
        }
    }
    // A relative clause ("der Verband, die die Gefahr „…“ beschwören"): its pronoun stands
    // for the phrase before the comma.
    if let (Some(c), Some(first)) = (comma, tokenize(text, from, range.end).first()) {
        let w = lower(&text[first.start..first.end]);
        let relative = (lexicon::article_de(&w).is_some() || w.starts_with("welch"))
            && mention_starting(mentions, first.start).is_none();
        if relative {
            return mention_at(mentions, Span::new(range.start, c))
                .last()
                .filter(|(_, m)| text[m.span.end..c].trim().is_empty())
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
    let w = &text[t.start..t.end];
    let closes = rest[1..]
        .iter()
        .all(|x| lexicon::auxiliaries_de().has(&text[x.start..x.end]));
    if !is_cue_de(w) || starts_upper(w) || text[q.end..t.start].contains(',') || !closes {
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
    let inner = text[start..window.end].trim_end().trim_end_matches(':');
    let Some(colon) = inner.rfind(':').map(|c| start + c + 1) else {
        return start;
    };
    // Only when a verb of saying follows the colon: "Der Anwalt kritisierte es scharf: Das
    // Gesetz betreibe „…“" keeps its subject before the colon.
    let cue_after = toks
        .iter()
        .any(|t| t.start >= colon && is_cue_de(&text[t.start..t.end]));
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
        let w = &text[t.start..t.end];
        let source = matches!(lower(w).as_str(), "so" | "laut" | "zufolge" | "angaben");
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
            lower(&text[t.start..t.end]).as_str(),
            "wird" | "wurde" | "werden" | "wurden" | "worden"
        )
    });
    if lexicon::object_cues_de().contains(&lower(&text[cue.start..cue.end])) && !passive {
        let object = mention_at(mentions, Span::new(cue.end, window.end))
            .next()
            .filter(|(_, m)| tokenize(text, cue.end, m.span.start).len() <= 1);
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
        .all(|t| lexicon::auxiliaries_de().has(&text[t.start..t.end]));
    if verb_final {
        if let Some(i) = clause_subject_de(text, Span::new(start, cue.start), mentions) {
            return Some(Found {
                mention: i,
                cue: Some(cue),
            });
        }
    }
    let opener = opening_mention(text, Span::new(start, cue.start), &toks, mentions);
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
            let w = &text[t.start..t.end];
            let connector = CONNECTORS.contains(&lower(w).as_str());
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
        && text[n.span.end..].trim_start().starts_with(',');
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
            && (lexicon::not_names_de().has(&text[lead[0].start..lead[0].end])
                || adverb_like_de(&text[lead[0].start..lead[0].end]))
            && !starts_upper(&text[lead[1].start..lead[1].end]);
        let person = person_after_verb(m);
        (verb_second && m.subject && person).then_some(i)
    })?;
    let m = &mentions[i];
    let person = person_after_verb(m);
    // "BKA-Präsident Ziercke: „…“": a name and a colon introduce the quotation.
    let colon = text[m.span.end..window.end].trim() == ":";
    let colon_at = m.span.end + text[m.span.end..window.end].find(':').unwrap_or(0);
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
    let mut qi = 0;
    for p in paras {
        let mut pos = p.start;
        while qi < quotes.len() && quotes[qi].start < p.end {
            let q = &quotes[qi];
            if q.start > pos {
                mentions_in(text, pos, q.start.min(p.end), german, &mut mentions);
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
            mentions_in(text, pos, p.end, german, &mut mentions);
        }
    }
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
            (qs == ps.start && text[prev.start..prev.end].ends_with(':')).then_some(prev)
        };
        let found = if german {
            let q = Span::new(qs, qe);
            attribute_de(text, quotes, q, before, pe.end, &mentions)
                .or_else(|| label_of(text, &quotes[k], &mentions))
                .or_else(|| before_verb_de(text, colon_para()?, &mentions))
                .or_else(|| previous_sentence_de(text, before, &mentions))
        } else {
            after_cue(text, after, &mentions)
                .or_else(|| label_of(text, &quotes[k], &mentions))
                .or_else(|| before_cue(text, before, &mentions, german))
                .or_else(|| before_cue(text, colon_para()?, &mentions, german))
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
                .map(|(e, m)| (e, m, quotes[k - 1].cue)),
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
        out[i].mentions.push(mentions[m].span);
    }
    for m in &mentions {
        if let Some(i) = m.entity.and_then(|e| slot[e]) {
            out[i].mentions.push(m.span);
        }
    }
    for sp in &mut out {
        sp.mentions.sort_by_key(|s| (s.start, s.end));
        sp.mentions.dedup();
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
    if mention.kind != Kind::Pronoun {
        return mention.entity;
    }
    let g = mention.gender;
    let fits = |e: usize| {
        !entities[e].org && (g.is_none() || entities[e].gender.is_none() || entities[e].gender == g)
    };
    // Preference: a person whose gender matches, then a full (two-word) name, then anyone
    // who fits; first among the mentions of the pronoun's paragraph, then the last
    // speaker, then the mentions before it in the text.
    let rank = |e: usize| {
        let ent = &entities[e];
        if g.is_some() && ent.gender == g {
            0
        } else if ent.name.contains(' ') && ent.name.chars().next().is_some_and(char::is_uppercase)
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
    let in_para = best(
        &mut mentions[..m]
            .iter()
            .rev()
            .take_while(|x| x.span.start >= para.start)
            .filter_map(|x| x.entity),
    );
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
    fn a_cue_does_not_reach_into_the_next_sentence() {
        let t = "Jane Doe said the plan was ready. “Nobody here knows what comes next.”";
        assert_eq!(names(t), vec![None]);
    }
}
