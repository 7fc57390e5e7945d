//! Step 3 for English: cues after and before a quotation, their subjects, colon
//! introductions and the cue of the sentence before.

use super::mentions::{possessive_pronoun, Kind, Mention};
use super::tokens::{
    first_sentence_end, last_sentence_start, lower, sentence_start_before, starts_upper, Token,
};
use super::{is_cue, mention_at, Found};
use crate::analysis::{Quote, Span};
use crate::document::Document;
use crate::lexicon;
use crate::sub;

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

/// The subject before a cue: the nearest mention, or, when the cue follows an appositive
/// between commas ("John Smith, a spokesman for the party, said"), the name before it.
pub(super) fn subject_before(text: &str, mentions: &[Mention], range: Span) -> Option<usize> {
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
pub(super) fn label_of(text: &str, q: &Quote, mentions: &[Mention]) -> Option<Found> {
    let (i, m) = mention_at(mentions, Span::new(q.start, q.end)).next()?;
    sub(text, m.span.end, text.len())
        .starts_with(':')
        .then_some(Found {
            mention: i,
            cue: Some(Span::new(m.span.end, m.span.end + 1)),
        })
}

/// Looks for “Q,” NP said · “Q,” said NP · “Q,” according to NP in `window` (after the quote).
pub(super) fn after_cue(
    doc: &Document,
    window: Span,
    mentions: &[Mention],
    german: bool,
) -> Option<Found> {
    let text = doc.text;
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
    let toks = doc.tokens_in(window.start, window.end);
    let end = first_sentence_end(text, window.start, window.end, toks);
    let toks = &toks[..toks.partition_point(|t| t.end <= end)];
    let all = cues(text, toks, true);
    let (clause, ci, cue) = if german {
        let &(ci, cue) = all.iter().find(|(i, _)| *i < 12)?;
        (window.start, ci, cue)
    } else {
        let finite: Vec<(usize, Span)> = all
            .iter()
            .copied()
            .filter(|&(i, c)| !participle(text, &toks[i], c))
            .collect();
        let found = english_attribution_clause(text, window.start, toks, &finite)?;
        if !ends_attribution(text, window.start, toks, found.1) {
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
            let between = doc.tokens_in(cue.end, m.span.start);
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
pub(super) fn opens_clause(text: &str, t: &Token) -> bool {
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
pub(super) fn adverbial(w: &str) -> bool {
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
    doc: &Document,
    window: Span,
    start: usize,
    toks: &[Token],
    cues: &[(usize, Span)],
    mentions: &[Mention],
    after_quote: bool,
) -> Option<Found> {
    let text = doc.text;
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
        sentence_start_before(doc, start)
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
pub(super) fn paragraph_end_cue(doc: &Document, para: Span, mentions: &[Mention]) -> Option<Found> {
    let text = doc.text;
    let mut from = para.end.saturating_sub(400).max(para.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    previous_sentence(doc, Span::new(from, para.end), para.end, mentions)
}

/// Looks for NP said: “Q” · NP said that … “Q” · NP: “Q” in `window` (before the quote).
///
/// `after_quote`: the window starts where an earlier quotation of its sentence ends.
pub(super) fn before_cue(
    doc: &Document,
    window: Span,
    mentions: &[Mention],
    german: bool,
    after_quote: bool,
) -> Option<Found> {
    let text = doc.text;
    let toks = doc.tokens_in(window.start, window.end);
    let start = last_sentence_start(text, window.start, window.end, toks);
    let toks = &toks[toks.partition_point(|t| t.start < start)..];
    let cue_list = cues(text, toks, false);
    if !german && !cue_list.is_empty() {
        let after_quote = after_quote && start == window.start;
        return english_cue_subject(doc, window, start, toks, &cue_list, mentions, after_quote);
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
        let right_after =
            after.filter(|&i| german && doc.tokens_in(cue.end, mentions[i].span.start).len() <= 1);
        // German sentences end their clauses with the verb, so the subject is the one that
        // opens the sentence ("Der Fall wird nach Angaben … geprüft").
        let opener = mention_at(mentions, Span::new(start, cue.start))
            .next()
            .filter(|(_, m)| german && doc.tokens_in(start, m.span.start).len() <= 1)
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
            if doc.tokens_in(m.span.end, colon).len() <= 1 {
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
            && doc.tokens_in(start, m.span.start).len() <= 1
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
    subject_after_opening_phrase(text, mentions, start, window.end, toks)
        .map(|i| Found {
            mention: i,
            cue: None,
        })
        .or_else(|| previous_sentence(doc, window, start, mentions))
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
    doc: &Document,
    window: Span,
    start: usize,
    mentions: &[Mention],
) -> Option<Found> {
    let text = doc.text;
    let own = doc.tokens_in(start, window.end);
    if !own.is_empty() || start <= window.start {
        return None;
    }
    let toks = doc.tokens_in(window.start, start);
    let end = toks.last()?.end;
    let from = last_sentence_start(text, window.start, end, toks);
    let toks = &toks[toks.partition_point(|t| t.start < from)..];
    let cue_list = cues(text, toks, false);
    if cue_list.is_empty() {
        return None;
    }
    english_cue_subject(
        doc,
        Span::new(from, end),
        from,
        toks,
        &cue_list,
        mentions,
        false,
    )
}
