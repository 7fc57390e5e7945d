//! Everything German: step 3 (`attribute_de` and its rules) and the German noun phrases
//! that step 1 takes as mentions.

use super::english::subject_before;
use super::mentions::{noun_after, Kind, Mention, CONNECTORS};
use super::tokens::{
    first_sentence_end, joined, last_sentence_start, lower, sentence_stop, starts_upper, Token,
};
use super::{mention_at, Found};
use crate::analysis::{Quote, Span};
use crate::document::Document;
use crate::lexicon;
use crate::sub;

/// Whether a German word before a name makes it an object, not a subject: a preposition
/// ("gegenüber Reuters", "mit Merkel") or an oblique article ("dem", "des").
pub(super) fn oblique_de(prev: &str) -> bool {
    lexicon::prepositions().has(prev) || lexicon::article_de(&lower(prev)) == Some(false)
}

/// A capitalised German word that is an adverb or an adjective opening the sentence
/// (Tatsächlich, Möglicherweise, Relativierend), not a name.
pub(super) fn adverb_like_de(w: &str) -> bool {
    let l = lower(w);
    l.chars().count() > 5 && (l.ends_with("lich") || l.ends_with("weise") || l.ends_with("end"))
}

/// German noun phrases opened by an article: "der Bundesinnenminister", "ein Sprecher des
/// Finanzministeriums", "einem Jury-Mitglied". German capitalises every noun, so without
/// this the noun passes for a name; with it an office, a body or a document can speak.
/// Returns the mention and the next token to read; `None` when the token is no article or
/// a name follows the noun ("der Minister Otto Schily" is left to the name runs).
pub(super) fn german_noun_phrase(text: &str, toks: &[Token], i: usize) -> Option<(Mention, usize)> {
    let word = |k: usize| crate::at(text, toks[k].start, toks[k].end);
    let nominative = lexicon::article_de(&lower(word(i)))?;
    let head = noun_after(text, toks, i)?;
    let capital_next = |k: usize| {
        toks.get(k + 1)
            .is_some_and(|n| joined(text, &toks[k], n) && starts_upper(word(k + 1)))
    };
    // A place in the genitive belongs to the phrase: "die Regierung Frankreichs".
    let place_genitive = |k: usize| word(k).strip_suffix('s').is_some_and(lexicon::place_word);
    let mut end = head;
    if capital_next(head) {
        if !place_genitive(head + 1) {
            return None;
        }
        end = head + 1;
    }
    // A genitive attribute belongs to the phrase: "der Chef des Verwaltungsrats".
    if end == head
        && toks.get(head + 1).is_some_and(|n| {
            joined(text, &toks[head], n) && matches!(word(head + 1), "des" | "der")
        })
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
pub(super) fn adjective_de(w: &str) -> bool {
    w.ends_with(['e', 'n', 'r', 's', 'm'])
        && !lexicon::stopwords().has(w)
        && !lexicon::prepositions().has(w)
        && !is_cue_de(w)
        && !lexicon::auxiliaries_de().has(w)
}

/// Reported speech runs on past its sentence: "Die Hausverwaltung versicherte, dass die
/// Tafel existiere. Eine „offene Frage“ sei der Grund." A quotation with no attribution of
/// its own takes the speaker of the sentence before it, within `before` (from the paragraph
/// start or the quotation before). It comes before plain continuation, so that in "„…“,
/// sagte Müller. Meier widersprach. „…“" the second quotation is Meier's.
pub(super) fn previous_sentence_de(
    doc: &Document,
    before: Span,
    mentions: &[Mention],
) -> Option<Found> {
    let text = doc.text;
    let toks = doc.tokens_in(before.start, before.end);
    let start = last_sentence_start(text, before.start, before.end, toks);
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
    let prev_toks = doc.tokens_in(prev.start, prev.end);
    let from = last_sentence_start(text, prev.start, prev.end, prev_toks);
    let sentence = &prev_toks[prev_toks.partition_point(|t| t.start < from)..];
    before_verb_de(doc, prev, mentions)
        .or_else(|| source_de(text, sentence, mentions))
        .or_else(|| opener_de(doc, prev, mentions))
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
pub(super) fn attribute_de(
    doc: &Document,
    quotes: &[Quote],
    q: Span,
    before: Span,
    para_end: usize,
    mentions: &[Mention],
) -> Option<Found> {
    let text = doc.text;
    // The rest of the sentence after the quotation, across later quotations (bounded).
    let mut limit = (q.end + 600).min(para_end);
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let rest = Span::new(q.end.min(limit), limit);
    let rest_toks = doc.tokens_in(rest.start, rest.end);
    let rest_end = first_sentence_end(text, rest.start, rest.end, rest_toks);
    let mut rest_toks = &rest_toks[..rest_toks.partition_point(|t| t.end <= rest_end)];
    // A quotation that ends its sentence („… gelandet.“ Laut der Website …) has no rest.
    let inner = sub(text, q.start, q.end).trim_end_matches(crate::marks::is_mark);
    let gap = rest_toks.first().map_or("", |t| sub(text, q.end, t.start));
    if inner.ends_with(['.', '!', '?']) && !gap.contains([',', '–', '—']) {
        rest_toks = &[];
    }
    let inside = |off: usize| {
        let i = quotes.partition_point(|x| x.end <= off);
        quotes.get(i).is_some_and(|x| x.start <= off)
    };
    let before_toks = doc.tokens_in(before.start, before.end);
    let start = last_sentence_start(text, before.start, before.end, before_toks);
    let before_toks = &before_toks[before_toks.partition_point(|t| t.start < start)..];
    comma_verb_de(doc, q, rest_toks, true, &inside, mentions)
        .or_else(|| verb_final_de(doc, q, rest_toks, Span::new(start, before.end), mentions))
        .or_else(|| impersonal_de(doc, before_toks, mentions))
        .or_else(|| impersonal_de(doc, rest_toks, mentions))
        .or_else(|| source_de(text, before_toks, mentions))
        .or_else(|| source_de(text, rest_toks, mentions))
        .or_else(|| before_verb_de(doc, Span::new(start, before.end), mentions))
        .or_else(|| comma_verb_de(doc, q, rest_toks, false, &inside, mentions))
        .or_else(|| next_sentence_de(doc, q, limit, mentions))
        .or_else(|| opener_de(doc, before, mentions))
}

/// „… .“ Das sagte der Minister. · „… .“ Dies gibt der Verband bekannt.: the sentence
/// after the quotation's points back at it with "Das" or "Dies" and names the speaker after
/// its verb.
fn next_sentence_de(doc: &Document, q: Span, limit: usize, mentions: &[Mention]) -> Option<Found> {
    let text = doc.text;
    let toks = doc.tokens_in(q.end, limit.max(q.end));
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
    subject_after_de(doc, mentions, verb, limit, 1).map(|mention| Found {
        mention,
        cue: Some(Span::new(verb.start, verb.end)),
    })
}

/// „…“, sagte der Minister · „…“, so Müller · „…“, hatte VW-Chef Winterkorn erklärt: after
/// a comma a verb of saying (or an auxiliary) and then its subject. With `first`, only right
/// after the quotation; else anywhere later in the sentence outside quotations.
fn comma_verb_de(
    doc: &Document,
    q: Span,
    toks: &[Token],
    first: bool,
    inside: &dyn Fn(usize) -> bool,
    mentions: &[Mention],
) -> Option<Found> {
    let text = doc.text;
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
        if let Some(m) = subject_after_de(doc, mentions, t, toks.last()?.end, 3) {
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
    doc: &Document,
    mentions: &[Mention],
    verb: &Token,
    end: usize,
    max_gap: usize,
) -> Option<usize> {
    let (i, m) =
        mention_at(mentions, Span::new(verb.end, end.max(verb.end))).find(|(_, m)| m.subject)?;
    let gap = sub(doc.text, verb.end, m.span.start);
    (!gap.contains([',', ':', ';']) && doc.tokens_in(verb.end, m.span.start).len() <= max_gap)
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
fn impersonal_de(doc: &Document, toks: &[Token], mentions: &[Mention]) -> Option<Found> {
    let text = doc.text;
    let word = |t: &Token| lower(sub(text, t.start, t.end));
    let ci = toks
        .iter()
        .position(|t| lexicon::impersonal_cues_de().contains(&word(t)))?;
    let cue = toks[ci];
    // Next to the verb only, at most three words between: "In dem Verfahren … sieht
    // Osterloh einen Angriff, es heißt …" is no source.
    let near = |m: &Mention| {
        let gap = if m.span.end <= cue.start {
            doc.tokens_in(m.span.end, cue.start).len().min(4)
        } else {
            doc.tokens_in(cue.end, m.span.start).len().min(4)
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
fn clause_subject_de(doc: &Document, range: Span, mentions: &[Mention]) -> Option<usize> {
    let text = doc.text;
    let comma = sub(text, range.start, range.end)
        .rfind(',')
        .map(|c| range.start + c);
    let from = comma.map_or(range.start, |c| c + 1);
    // "Der Fraktionschef, Volker Ratzmann, wird … zitiert": a clause that opens with its
    // verb after an apposition has its subject before the commas.
    if let (Some(c), Some(first)) = (comma, doc.tokens_in(from, range.end).first()) {
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
    doc: &Document,
    q: Span,
    rest: &[Token],
    clause: Span,
    mentions: &[Mention],
) -> Option<Found> {
    let text = doc.text;
    let t = rest.first()?;
    let w = sub(text, t.start, t.end);
    let closes = rest[1..]
        .iter()
        .all(|x| lexicon::auxiliaries_de().has(sub(text, x.start, x.end)));
    if !is_cue_de(w) || starts_upper(w) || sub(text, q.end, t.start).contains(',') || !closes {
        return None;
    }
    clause_subject_de(doc, clause, mentions).map(|mention| Found {
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
pub(super) fn before_verb_de(doc: &Document, window: Span, mentions: &[Mention]) -> Option<Found> {
    let text = doc.text;
    let toks = doc.tokens_in(window.start, window.end);
    let start = clause_start_de(text, window, toks);
    let toks = &toks[toks.partition_point(|t| t.start < start)..];
    let (ci, cue) = toks.iter().enumerate().find_map(|(i, t)| {
        let w = sub(text, t.start, t.end);
        let source = matches!(lower(w).as_ref(), "so" | "laut" | "zufolge" | "angaben");
        (is_cue_de(w) && !source).then(|| (i, Span::new(t.start, t.end)))
    })?;
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
            .filter(|(_, m)| doc.tokens_in(cue.end, m.span.start).len() <= 1);
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
    let opener = opening_mention(text, Span::new(start, cue.start), toks, mentions);
    if verb_final {
        // "Zu seiner neuen Aufgabe wird Watzke wie folgt zitiert": after an opening phrase,
        // the subject stands right after the finite verb.
        let after_finite = || {
            let k = toks[..ci]
                .iter()
                .position(|t| lexicon::auxiliaries_de().has(sub(text, t.start, t.end)))?;
            subject_after_de(doc, mentions, &toks[k], cue.start, 0)
                .filter(|&i| person_after_verb(&mentions[i]))
        };
        let subject = opener
            .is_none()
            .then(after_finite)
            .flatten()
            .or_else(|| clause_subject_de(doc, Span::new(start, cue.start), mentions));
        if let Some(i) = subject {
            return Some(Found {
                mention: i,
                cue: Some(cue),
            });
        }
    }
    // The mention right after the verb ("sagte der Minister", but also "nannte Zahlen").
    let after = subject_after_de(doc, mentions, &toks[ci], window.end, 2);
    // A pronoun there is the subject ("Das sagte er"). Any other noun phrase there is the
    // verb's object where the subject stands before the verb.
    let object_after = after.is_none_or(|a| mentions[a].kind != Kind::Pronoun);
    // "Netanyahu befand den Angriff als gerechtfertigt und nannte Trumps Auftrag „…“": a
    // verb after "und" shares the subject of the clause before it, the first person in it.
    let und = object_after && ci > 0 && matches!(doc.word(&toks[ci - 1]), "und" | "sowie");
    let shared = und
        .then(|| mention_at(mentions, Span::new(start, toks[ci - 1].start)))
        .and_then(|mut ms| {
            ms.find(|(_, m)| m.subject && m.kind != Kind::Relative && person_after_verb(m))
        })
        .map(|(i, _)| i);
    // "McCarthy nannte Patersons Entscheidung „…“": a person right before the verb holds
    // the first place.
    let first_place = opener.filter(|&o| {
        let m = &mentions[o];
        object_after
            && matches!(m.kind, Kind::Name | Kind::Description)
            && person_after_verb(m)
            && doc.tokens_in(m.span.end, cue.start).is_empty()
    });
    let before = subject_before(text, mentions, Span::new(start, cue.start))
        .filter(|&i| mentions[i].subject);
    let pick = shared
        .or(first_place)
        .or_else(|| after.filter(|&i| person_after_verb(&mentions[i])))
        .or(opener)
        .or(after)
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
fn opener_de(doc: &Document, window: Span, mentions: &[Mention]) -> Option<Found> {
    let text = doc.text;
    let toks = doc.tokens_in(window.start, window.end);
    let start = clause_start_de(text, window, toks);
    let toks = &toks[toks.partition_point(|t| t.start < start)..];
    let range = Span::new(start, window.end);
    let i = opening_mention(text, range, toks, mentions).or_else(|| {
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
