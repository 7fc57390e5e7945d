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
            });
            i += 1;
            continue;
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
            ) || CONNECTORS.contains(&clean(&run[s]).as_str()))
        {
            s += 1;
        }
        let run = &run[s..];
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
        let name_from = last_title.map_or(0, |r| r + 1);
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
        )
        .or_else(|| label_of(text, &quotes[k], &mentions))
        .or_else(|| before_cue(text, Span::new(prev_end.min(qs), qs), &mentions, german))
        .or_else(|| {
            // "Caddell continued:" ends the paragraph before the quotation.
            let pi = para_of(qs);
            let prev = paras[pi.checked_sub(1)?];
            (qs == ps.start && text[prev.start..prev.end].ends_with(':'))
                .then(|| before_cue(text, prev, &mentions, german))
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
