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
    let s = &text[from..to];
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
}

/// Whether a lower-case word is a cue of attribution: a reporting verb of the quotation
/// stage, or one of the further verbs only this stage reads.
fn is_cue(lower: &str) -> bool {
    lexicon::speech_cues().contains(lower) || lexicon::attribution_verbs().contains(lower)
}

fn lower(s: &str) -> String {
    s.to_lowercase()
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
    let word = |t: &Token| &text[t.start..t.end];
    let mut i = 0;
    let first_new = out.len();
    let mut wl = String::new(); // the word in lower case, one buffer for all words
    while i < toks.len() {
        let w = word(&toks[i]);
        wl.clear();
        if w.is_ascii() {
            wl.push_str(w);
            wl.make_ascii_lowercase();
        } else {
            wl.extend(w.chars().flat_map(char::to_lowercase));
        }
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
            });
            i += 1;
            continue;
        }
        // "his calls to end …", "her comments that …": the possessive is the speaker.
        let noun_next = toks.get(i + 1).is_some_and(|n| {
            let nw = &text[n.start..n.end];
            lexicon::speech_nouns().has(nw) || is_cue(&lower(nw))
        });
        if let Some(g) = possessive_pronoun(&wl).filter(|_| !german && noun_next) {
            out.push(Mention {
                span: Span::new(toks[i].start, toks[i].end),
                kind: Kind::Pronoun,
                name: w.to_string(),
                role: None,
                gender: g,
                org: false,
                entity: None,
            });
            i += 1;
            continue;
        }
        if !german
            && lexicon::relative_pronouns().contains(bare)
            && cue_follows(text, &toks[i + 1..])
        {
            out.push(Mention {
                span: Span::new(toks[i].start, toks[i].end),
                kind: Kind::Relative,
                name: w.to_string(),
                role: None,
                gender: None,
                org: false,
                entity: None,
            });
            i += 1;
            continue;
        }
        // “…,” said the ruling · says a narrator · said a person close to the family.
        if !german && after_quote && i == 0 && is_cue(wl.as_str()) {
            if let Some(end) = description_after(text, &toks) {
                let span = Span::new(toks[1].start, toks[end].end);
                out.push(Mention {
                    span,
                    kind: Kind::Description,
                    name: text[span.start..span.end].to_string(),
                    role: None,
                    gender: None,
                    org: false,
                    entity: None,
                });
                i = end + 1;
                continue;
            }
        }
        // "the agency suggested", "the ad’s narrator says": a determiner phrase right before a
        // cue is its subject even when its noun is not a person noun.
        // Adverbs and auxiliaries may stand between ("the intelligence community has
        // concluded"), and a quantifier may stand alone ("Another said", "Several said").
        let mut e = i;
        while !german && e > 0 && i - e < 3 && adverbial(&lower(word(&toks[e - 1]))) {
            e -= 1;
        }
        if !german
            && is_cue(wl.as_str())
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
                    out.push(Mention {
                        span,
                        kind: Kind::Description,
                        name: text[span.start..span.end].to_string(),
                        role: None,
                        gender: None,
                        org: false,
                        entity: None,
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
                out.push(Mention {
                    span,
                    kind: Kind::Description,
                    name: text[span.start..span.end].to_string(),
                    role: None,
                    gender: None,
                    org: false,
                    entity: None,
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
        let after_article = i > 0 && joined(text, &toks[i - 1], &toks[i]) && {
            let prev = word(&toks[i - 1]);
            lexicon::determiners().has(prev) || lexicon::prepositions().has(prev)
        };
        i = k + 1;
        // German capitalises every noun: after an article or a preposition the first
        // capitalised word is a noun ("mit den Worten", "der Gewerkschafter Bernard Aubin").
        if german && after_article {
            run = &run[1..];
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
                // "Said Ellis: “…”": a cue that opens the sentence is no part of the name.
                || (!german && s + 1 < run.len() && is_cue(&clean(&run[s]))))
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
                .is_some_and(|n| is_cue(&lower(&text[n.start..n.end])))
        {
            shaky.push(run[0].start);
        }
        if run.is_empty() {
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
        let is_title =
            |t: &Token| lexicon::titles().has(word(t)) || lexicon::titles().has(undotted(t));
        let last_title = run.iter().rposition(is_title);
        let mut name_from = last_title.map_or(0, |r| r + 1);
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
            span: Span::new(run[0].start, run[run.len() - 1].end),
            kind: Kind::Name,
            name,
            role,
            gender,
            org,
            entity: None,
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
        && w[1..].chars().all(|c| c.is_ascii_lowercase())
        && (w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed"))
}

/// Whether a run of capitals opens its paragraph and a dash, a comma or a bracket follows
/// it: a dateline ("NEW YORK - …", "PHILADELPHIA, July 25 (UPI) —") or a heading in
/// capitals ("CONGRESS HAS INVESTIGATED HIM — …"), not a speaker.
fn dateline(text: &str, run: &[Token]) -> bool {
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return false;
    };
    let words = &text[first.start..last.end];
    let capitals = words.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !words.chars().any(char::is_lowercase);
    let para_start = text[..first.start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n')
        || text[..first.start].trim().is_empty();
    let next = text[last.end..].trim_start_matches([' ', '.']);
    capitals && para_start && next.starts_with(['-', '—', '–', ',', '('])
}

/// Whether `at` opens a sentence: only spaces and quotation marks since a paragraph start
/// or a '.', '!', '?' or ':'.
fn opens_sentence(text: &str, at: usize) -> bool {
    let before = text[..at]
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
    let known: std::collections::HashSet<String> = mentions
        .iter()
        .filter(|m| m.kind == Kind::Name && !is_shaky(m))
        .flat_map(|m| m.name.split(' ').map(str::to_string))
        .collect();
    mentions.retain(|m| !is_shaky(m) || known.contains(&m.name));
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
    let w = &text[det.start..det.end];
    if !lexicon::noun_markers().has(w) && !lexicon::description_openers().has(w) {
        return None;
    }
    let mut end = None;
    for k in 2..toks.len().min(7) {
        let t = &toks[k];
        let w = &text[t.start..t.end];
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
        if prev_end.is_some_and(|e| !text[e..t.start].trim().is_empty()) {
            return false;
        }
        let w = &text[t.start..t.end];
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
                f.to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
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
    // The writer's own "I" and "we" stand for nobody else in the text: one entity each.
    let mut own_voice: HashMap<String, usize> = HashMap::new();
    for m in mentions.iter_mut() {
        if m.kind == Kind::Pronoun && lexicon::first_person().has(&m.name) {
            let key = lower(&m.name);
            let id = *own_voice.entry(key).or_insert_with(|| {
                entities.push(Entity {
                    name: m.name.clone(),
                    role: None,
                    gender: None,
                    org: false,
                });
                entities.len() - 1
            });
            m.entity = Some(id);
            continue;
        }
        if matches!(m.kind, Kind::Pronoun | Kind::Relative) {
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
        let next_is = |word: &str| {
            toks.get(i + 1)
                .is_some_and(|n| lower(&text[n.start..n.end]) == word)
        };
        if w == "according" {
            if next_is("to") {
                out.push((i, Span::new(t.start, toks[i + 1].end)));
            }
        } else if w == "put" && next_is("it") {
            // "as a Homeland Security memo put it"
            out.push((i, Span::new(t.start, toks[i + 1].end)));
        } else if is_cue(w.as_str())
            && (after_quote || (w != "so" && w != "laut"))
            && !(i > 0 && noun_marker(&text[toks[i - 1].start..toks[i - 1].end]))
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
fn after_cue(text: &str, window: Span, mentions: &[Mention], german: bool) -> Option<Found> {
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
    let according = lower(&text[cue.start..toks[ci].end]) == "according";
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
                && !text[cue.end..m.span.start].contains([',', ';', ':'])
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
    let w = &text[t.start..t.end];
    cue.end == t.end && w.len() > 5 && w.ends_with("ing")
}

/// A quotation that closes its own sentence (“… the timing.”) is attributed by what
/// follows only when that is a short sentence of attribution ("Jane Doe said."), not a new
/// statement ("Russia insisted that Pyongyang …").
fn ends_attribution(text: &str, from: usize, toks: &[Token], ci: usize) -> bool {
    let before = text[..from].trim_end_matches(|c: char| crate::marks::is_mark(c));
    if !before.ends_with('.') {
        return true;
    }
    let rest = &toks[(ci + 1).min(toks.len())..];
    let clause = |t: &Token| {
        let w = lower(&text[t.start..t.end]);
        opens_clause(text, t) || w == "it" || lexicon::pronoun_gender(&w).is_some()
    };
    // "Sen. Marco Rubio called the statement “…”" has an object: a statement of its own.
    let object = rest.first().is_some_and(|t| {
        let w = &text[t.start..t.end];
        lexicon::noun_markers().has(w) || (starts_upper(w) && !lexicon::not_names().has(w))
    });
    rest.len() <= 3 && !rest.iter().any(clause) && !object
}

/// Whether a token is an English word that opens a clause (and, when, because).
fn opens_clause(text: &str, t: &Token) -> bool {
    lexicon::clause_words().has(&text[t.start..t.end])
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
        lexicon::governing_words().has(&text[t.start..t.end])
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
            .is_some_and(|t| lower(&text[t.start..t.end]) == "as");
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
        let stretch = &text[from..cue.start];
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
        let comma = from + text[from..cue.start].rfind(',')? + 1;
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
    for c in text[from..to].chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            c if c.is_alphanumeric() || matches!(c, '\'' | '’' | '-') => outside.push(c),
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
    let gap = &text[floor.min(at)..at];
    let before = gap.trim_end();
    if before.len() == gap.len() {
        return false;
    }
    let w = before
        .rsplit(|c: char| !c.is_alphanumeric())
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
    let before = text[floor.min(m.span.start)..m.span.start].trim_end();
    let w = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    w.len() > 2
        && before.ends_with(w)
        && w.chars().all(char::is_lowercase)
        && !lexicon::stopwords().has(w)
        && !lexicon::titles().has(w)
        && !lexicon::clause_words().has(w)
}

/// Whether a mention is a possessive that modifies the noun after it ("Trump’s attorney").
fn possessive_modifier(text: &str, m: &Mention) -> bool {
    let s = &text[m.span.start..m.span.end];
    (s.ends_with("’s") || s.ends_with("'s") || s.ends_with('’'))
        && text[m.span.end..]
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_lowercase)
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
    let gap = &text[m.span.end..next.span.start];
    let words: Vec<&str> = gap.split_whitespace().collect();
    gap.chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || c == '-')
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| !starts_upper(w))
        && words.last().is_some_and(|w| lexicon::titles().has(w))
}

/// Where the main clause of `range` starts: after the first comma when the range opens
/// with a subordinator ("While he acknowledged funding was short, Ham also noted"), else
/// at its start.
fn main_clause_start(text: &str, range: Span) -> usize {
    let stretch = &text[range.start..range.end];
    let first = stretch
        .split(|c: char| !c.is_alphanumeric())
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
        .all(|t| lower(&text[t.start..t.end]) == "that");
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
        let according = lower(&text[cue.start..toks[ci].end]) == "according";
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
        if opens && after_quote && !text[..window.end].trim_end().ends_with(':') {
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
    if let Some(nl) = text[from..at].rfind('\n') {
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
    // In English also a possessive pronoun, and a cue word used as a noun ("his calls").
    for (k, t) in toks.iter().enumerate() {
        let w = &text[t.start..t.end];
        if k > 0 && (lexicon::speech_nouns().has(w) || (!german && is_cue(&lower(w)))) {
            let prev = &toks[k - 1];
            let pw = &text[prev.start..prev.end];
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
    // Not right after an earlier quotation of the sentence ("“…” but Muslim refugees
    // “…”"): that one's speaker goes on.
    let mid_sentence = !german && after_quote && start == window.start;
    if let Some((i, m)) = mention_at(mentions, Span::new(start, window.end)).next() {
        if m.kind != Kind::Description
            && !mid_sentence
            && tokenize(text, start, m.span.start).len() <= 1
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
    let w = &text[first.start..first.end];
    if toks.len() <= 2 || !(lexicon::governing_words().has(w) || adverbial(&lower(w))) {
        return None;
    }
    mention_at(mentions, Span::new(start, end))
        .find(|(_, m)| !governed(text, m.span.start, start))
        .filter(|(_, m)| {
            m.kind != Kind::Description && text[start..m.span.start].trim_end().ends_with(',')
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
        let found = after_cue(
            text,
            Span::new(qe.min(pe.end), next_start.max(qe.min(pe.end))),
            &mentions,
            german,
        )
        .or_else(|| label_of(text, &quotes[k], &mentions))
        .or_else(|| {
            let window = Span::new(prev_end.min(qs), qs);
            before_cue(text, window, &mentions, german, prev_end > ps.start)
        })
        .or_else(|| {
            // "Caddell continued:" ends the paragraph before the quotation.
            let pi = para_of(qs);
            let prev = paras[pi.checked_sub(1)?];
            (qs == ps.start && text[prev.start..prev.end].ends_with(':'))
                .then(|| before_cue(text, prev, &mentions, german, false))
                .flatten()
        });
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
