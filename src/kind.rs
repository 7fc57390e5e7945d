//! Telling quotations from terms, and direct quotations from partial ones.
//!
//! Quotation marks also wrap things nobody said: titles of works (“Face the Nation”),
//! names of ships and parties („Die Freiheit“), scare-quoted words (“quack” medicine) and
//! attribute values of markup (`tweet-id="…"`). A quoted region is a quotation when it is
//! long enough to be a statement, or when a reporting cue sits in its sentence (called
//! him a “con artist”). Short regions with no cue, and title-like ones, are terms.
//!
//! Among quotations, `direct` ones stand as a sentence of their own (they start where a
//! sentence or a colon introduction ends), `partial` ones are woven into the reporter's
//! sentence (urged countries to “understand the threat …”).

use crate::analysis::{QuoteKind, Span};
use crate::document::{Document, Token};
use crate::lexicon::{self, List};
use crate::pairing::Region;

fn lower(w: &str) -> String {
    crate::case::to_lower(w)
}

/// The region's own text between its marks (first paragraph only).
fn content<'t>(text: &'t str, r: &Region) -> &'t str {
    let (from, to) = content_span(r);
    crate::at(text, from, to)
}

/// Where [`content`] lies in the text.
fn content_span(r: &Region) -> (usize, usize) {
    let end = match r.close {
        Some(c) if c.end == r.first_end => c.start,
        _ => r.first_end,
    };
    (r.open.end, end.max(r.open.end))
}

/// The region's first 64 words, from the document.
fn content_words<'d>(doc: &'d Document, r: &Region) -> &'d [Token] {
    let (from, to) = content_span(r);
    let ws = doc.tokens_in(from, to);
    &ws[..ws.len().min(64)]
}

/// How far (in bytes) the classifier looks around a region. Cues further away do not
/// belong to it, and the bound keeps a megabyte paragraph with many quotes linear.
const REACH: usize = 300;

/// Start of the text that the classifier reads before `at`: the sentence holding `at`
/// (after ". ", "! " or "? "), but no further back than [`REACH`] nor before `para`.
fn sentence_start(text: &str, para: Span, at: usize) -> usize {
    let mut from = at.saturating_sub(REACH).max(para.start);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = crate::at(text, from, at);
    let b = before.as_bytes();
    let mut cut = from;
    for i in 1..b.len() {
        if matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ' {
            // "Mr. Trump" and "U.S. officials" do not end sentences: the word before the
            // dot must be longer than a title or an initial, or be in lower case.
            let prev_word = crate::at(before, 0, i - 1)
                .rsplit(|c: char| !crate::case::is_word_char(c))
                .next()
                .unwrap_or("");
            if prev_word.len() > 3 || prev_word.chars().all(crate::case::is_lower) {
                cut = from + i + 1;
            }
        }
    }
    cut
}

/// End of the sentence holding `at`, within [`REACH`] and `para`.
fn sentence_end(text: &str, para: Span, at: usize) -> usize {
    let mut to = (at + REACH).min(para.end);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = crate::at(text, at, to);
    let b = after.as_bytes();
    for i in 1..b.len() {
        if matches!(b[i - 1], b'.' | b'!' | b'?') && b[i] == b' ' {
            return at + i;
        }
    }
    to
}

/// Whether a reporting cue is among the document's words in `[from, to)` (also as part of
/// a hyphenated word: the French «Oui», dit-il).
fn has_cue(doc: &Document, from: usize, to: usize) -> bool {
    doc.tokens_in(from, to)
        .iter()
        .any(|t| cue_in(doc.word(t), t.lists))
}

/// Whether a word, whose lists are known, is a reporting cue or a hyphenated word with one
/// (dit-il).
fn cue_in(w: &str, lists: lexicon::Lists) -> bool {
    lists.has(List::speech_cues)
        || (w.as_bytes().contains(&b'-') && w.split('-').any(|p| lexicon::speech_cues().has(p)))
}

/// Whether every word starts with a capital letter, a digit or is a small title word.
/// Capitals and digits as the case module tells them: the Latin, Greek and Cyrillic
/// capitals and the ASCII digits (a numeral of another script, which the standard
/// library's table would count, opens no title word here).
fn title_like(doc: &Document, ws: &[Token]) -> bool {
    !ws.is_empty()
        && ws.iter().enumerate().all(|(i, t)| {
            let first = doc.word(t).chars().next().unwrap_or(' ');
            crate::case::is_upper(first)
                || first.is_ascii_digit()
                || (i > 0 && t.lists.has(List::title_small_words))
        })
}

/// Whether the quoted text is a web or mail address ("news.bbc.co.uk", "www.x.org/a").
fn is_address(inner: &str) -> bool {
    let t = inner.trim().trim_end_matches(['.', ',']);
    let host = t.split('/').next().unwrap_or("");
    !t.contains(char::is_whitespace)
        && host.as_bytes().contains(&b'.')
        && host
            .rsplit('.')
            .next()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_lowercase()))
        && host
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '@'))
}

/// The language of a text, as far as the stages care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    English,
    German,
    /// Too few words to tell (a line, a caption): read as English.
    Other,
    /// A language with no rules of its own here: French or Spanish when asked for, or a text
    /// of thirty words or more of which hardly any is an English or German function word
    /// (Portuguese, Russian, Korean). Quotations are read as in English; a speaker must go
    /// by a full name, since the English word lists would take any capitalised word opening
    /// a sentence ("Quando", "Receba") for a name.
    Foreign,
}

/// Guesses the language from the function words among the first few thousand words. The
/// count stops early, after 300 words at the soonest, once one language leads four to one by
/// a clear margin (a text of a few kilobytes would otherwise be read twice, once here and once
/// by the stages; a text whose first 300 words are that plainly one language is taken to be
/// in it).
pub fn detect_lang(text: &str) -> Lang {
    // Only the opening is read: up to the bound, and on to the end of the word it falls in,
    // so that the words before the bound are those of the whole text.
    let cut = floor_boundary(text, OPENING);
    let end = crate::at(text, cut, text.len())
        .find(char::is_whitespace)
        .map_or(text.len(), |i| cut + i);
    lang_of(&Document::read(crate::at(text, 0, end)))
}

/// How many bytes of a text's opening the language guess reads.
const OPENING: usize = 20_000;

/// [`detect_lang`] of a text already read: its document's words, with their lists.
pub fn lang_of(doc: &Document) -> Lang {
    let (mut en, mut de, mut n, mut shared) = (0, 0, 0, 0);
    let opening = doc.tokens_in(0, floor_boundary(doc.text, OPENING));
    for (k, t) in opening.iter().take(3000).enumerate() {
        let l = t.lists;
        en += usize::from(l.has(List::function_words_en));
        de += usize::from(l.has(List::function_words_de));
        // "as", "on", "in": function words of Portuguese, French or Italian too.
        shared += usize::from(
            t.end - t.start == 2
                && l.has(List::function_words_en)
                && ["as", "on", "in"]
                    .iter()
                    .any(|w| doc.word(t).eq_ignore_ascii_case(w)),
        );
        n = k + 1;
        if k >= 299 && k % 100 == 99 && (en >= 4 * de + 60 || de >= 4 * en + 60) {
            break;
        }
    }
    // English and German prose is a tenth or more function words, and the pages of the
    // benchmarks that are lists or tables (results, menus, parts) about a fiftieth; a text of
    // another language has one in a hundred at most, not counting the "as", "on" and "in"
    // that its own function words spell.
    if n >= FOREIGN_WORDS && (en + de - shared) * 1000 < n * FOREIGN_PER_MILLE {
        return Lang::Foreign;
    }
    match (en, de) {
        (0, 0) => Lang::Other,
        (en, de) if de > en => Lang::German,
        _ => Lang::English,
    }
}

/// A text is [`Lang::Foreign`] from this many words on, when fewer than
/// [`FOREIGN_PER_MILLE`] of each thousand are English or German function words.
const FOREIGN_WORDS: usize = 30;
const FOREIGN_PER_MILLE: usize = 12;

/// `i` moved back to a character boundary of `text` (and into it).
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Names of the classifier's features, in the order of [`features`]' output. The weights in
/// `lexicon/kind_weights.tsv` are keyed by these names (see `examples/train_quotes.rs`).
pub const FEATURES: &[&str] = &[
    "bias",
    "words_1",
    "words_2",
    "words_3",
    "words_4_6",
    "words_7_12",
    "words_13_plus",
    "terminal_inside",
    "terminal_after",
    "starts_upper",
    "sentence_start",
    "after_colon",
    "cue_before",
    "cue_after",
    "cue_next_to",
    "speech_noun",
    "title_like",
    "term_cue_before",
    "possessive_before",
    "capitalized_before",
    "determiner_before",
    "preposition_before",
    "as_before",
    "paragraph_is_quote",
    "unclosed",
    "dash_attribution_after",
    "at_paragraph_start",
    "in_parentheses",
    "foreign_function_words",
    "de_bias",
    "de_words_1",
    "de_words_2",
    "de_words_3",
    "de_title_like",
    "de_cue",
    "de_capitalized_before",
    "de_determiner_before",
    "title_after_possessive_or_preposition",
    "first_person_inside",
    "short_without_cue_next_to",
    "de_as_before",
    "de_cue_de_in_sentence",
];

/// The position of a feature in [`FEATURES`].
/// Evaluated at compile time where it is used (a name not in the list stops the build).
const fn feature(name: &str) -> usize {
    let name = name.as_bytes();
    let mut i = 0;
    while i < FEATURES.len() {
        let f = FEATURES[i].as_bytes();
        if f.len() == name.len() {
            let mut k = 0;
            while k < f.len() && f[k] == name[k] {
                k += 1;
            }
            if k == f.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a feature of FEATURES")
}

/// The feature vector of a top-level region (values 0 or 1), in [`FEATURES`] order.
pub fn features(doc: &Document, para: Span, r: &Region, lang: Lang) -> Vec<f32> {
    let ws = content_words(doc, r);
    let s_start = sentence_start(doc.text, para, r.span.start);
    features_of(doc, para, r, lang, ws, s_start)
}

/// [`features`], given the region's first 64 words and where its sentence starts (which
/// [`classify`] has found already).
fn features_of(
    doc: &Document,
    para: Span,
    r: &Region,
    lang: Lang,
    ws: &[Token],
    s_start: usize,
) -> Vec<f32> {
    let text = doc.text;
    let inner = content(text, r);
    let n = ws.len();
    let before = crate::at(text, s_start, r.span.start).trim_end();
    let prev_char = before.chars().last();
    let before_words = doc.tokens_in(s_start, r.span.start);
    let prev = before_words.last();
    let prev_word = prev.map_or("", |t| doc.word(t));
    let prev_lists = prev.map(|t| t.lists).unwrap_or_default();
    let prev_lower = lower(prev_word);
    let s_end = sentence_end(text, para, r.first_end.min(para.end));
    let after_from = r.first_end.min(s_end);
    let trimmed = inner.trim_end();
    let after_para = crate::at(text, r.span.end.min(para.end), para.end).trim_start();
    let de = lang == Lang::German;
    // Every list a word of the sentence is in, from one look-up a word: what the features
    // below ask of the words before the region, the last four of them, all the words after
    // it, and the first five of those.
    let near_from = before_words.len().saturating_sub(4);
    let (mut cue_before, mut cue_near, mut cue_after, mut cue_after5) =
        (false, false, false, false);
    let (mut speech_noun, mut cue_de) = (false, false);
    for (k, t) in before_words.iter().enumerate() {
        let l = t.lists;
        let cue = cue_in(doc.word(t), l);
        cue_before |= cue;
        cue_near |= cue && k >= near_from;
        speech_noun |= l.has(List::speech_nouns);
        cue_de |= l.has(List::speech_cues_de);
    }
    let after = crate::at(text, after_from, s_end);
    for (k, t) in doc.tokens_in(after_from, s_end).iter().enumerate() {
        let l = t.lists;
        cue_after |= cue_in(doc.word(t), l);
        cue_after5 |= k < 5 && l.has(List::speech_cues);
        speech_noun |= l.has(List::speech_nouns);
        cue_de |= l.has(List::speech_cues_de);
    }
    let cue = cue_before || cue_after || prev_char == Some(':');
    let title = title_like(doc, ws);
    let capitalized_before =
        prev_word.chars().next().is_some_and(crate::case::is_upper) && before_words.len() > 1;
    let determiner_before = prev_lists.has(List::determiners);
    let foreign = de
        && ws
            .iter()
            .any(|t| t.lists.has(List::function_words_en) && t.lists.has(List::title_small_words));
    let possessive = prev_lower.ends_with("'s")
        || prev_lower.ends_with("’s")
        || before.ends_with("s'")
        || before.ends_with("s’");
    let preposition_before = prev_lists.has(List::prepositions);
    let as_before = matches!(
        prev_lower.as_str(),
        "as" | "als" | "wie" | "like" | "comme" | "como"
    );
    let cue_next_to = cue_near || cue_after5;
    let b = |x: bool| x as u8 as f32;
    vec![
        1.0,
        b(n == 1),
        b(n == 2),
        b(n == 3),
        b((4..=6).contains(&n)),
        b((7..=12).contains(&n)),
        b(n >= 13),
        b(trimmed.ends_with(['.', '!', '?', '…', ','])),
        b(after_para.starts_with(['.', '!', '?'])),
        b(inner
            .trim_start()
            .chars()
            .find(|c| crate::case::is_word_char(*c))
            .is_some_and(|c| !crate::case::is_lower(c))),
        b(before.is_empty()
            || before.ends_with(['.', '!', '?', ';'])
            || prev_char.is_some_and(crate::marks::is_mark)),
        b(prev_char == Some(':')),
        b(cue_before),
        b(cue_after),
        b(cue_next_to),
        b(speech_noun),
        b(title),
        b(prev_lists.has(List::term_cues)),
        b(possessive),
        b(capitalized_before),
        b(determiner_before),
        b(preposition_before),
        b(as_before),
        b((r.first_end - r.span.start) * 10 >= (para.end - para.start) * 8),
        b(r.close.is_none()),
        b(after.trim_start().starts_with(['―', '—', '–'])
            && after
                .trim_start()
                .chars()
                .skip(1)
                .find(|c| !c.is_whitespace())
                .is_some_and(crate::case::is_upper)),
        b(r.span.start == para.start),
        b(prev_char == Some('(')),
        b(foreign),
        b(de),
        b(de && n == 1),
        b(de && n == 2),
        b(de && n == 3),
        b(de && title),
        b(de && cue),
        b(de && capitalized_before),
        b(de && determiner_before),
        b(title && (possessive || preposition_before)),
        b(ws.iter().any(|t| t.lists.has(List::first_person))),
        b(n <= 3 && !cue_next_to),
        b(de && as_before),
        // German verbs of saying in all their forms (sprachen von „…“, als „…“ bezeichnet).
        b(de && cue_de),
    ]
}

/// Classifies a top-level region. `para` is the paragraph it starts in; `weights` are the
/// model's, in [`FEATURES`] order (the compiled ones are [`lexicon::kind_weights`]; the
/// trainer passes its own to cross-validate).
pub fn classify(doc: &Document, para: Span, r: &Region, lang: Lang, weights: &[f32]) -> QuoteKind {
    let text = doc.text;
    let inner = content(text, r);
    let ws = content_words(doc, r);
    let s_start = sentence_start(text, para, r.span.start);
    let before = crate::at(text, s_start, r.span.start).trim_end();
    // Markup attribute values, bare numbers and web addresses are never quotations, nor is
    // a pronoun quoted alone: a word quoted as a word ("she" is a "he").
    if before.ends_with('=')
        || ws
            .iter()
            .all(|t| doc.word(t).chars().all(|c| c.is_ascii_digit()))
        || is_address(inner)
        || (ws.len() == 1
            && lexicon::pronoun_gender(&crate::case::lowered(doc.word(&ws[0]))).is_some())
    {
        return QuoteKind::Term;
    }
    let f = features_of(doc, para, r, lang, ws, s_start);
    let score: f32 = f.iter().zip(weights.iter()).map(|(x, w)| x * w).sum();
    if score < 0.0 {
        return QuoteKind::Term;
    }
    // Direct: the quotation stands as (the start of) a sentence of its own.
    const SENTENCE_START: usize = feature("sentence_start");
    const AFTER_COLON: usize = feature("after_colon");
    const STARTS_UPPER: usize = feature("starts_upper");
    let on = |i: usize| f[i] > 0.0;
    let sentence_start = on(SENTENCE_START)
        || on(AFTER_COLON)
        || (before.ends_with(',')
            && has_cue(
                doc,
                s_start + floor_boundary(before, before.len().saturating_sub(40)),
                s_start + before.len(),
            ))
        || before.ends_with(['—', '–']);
    let starts_upper = on(STARTS_UPPER);
    if sentence_start && starts_upper {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::analysis::QuoteKind;

    /// The kind of each top-level region of `t`, as the pipeline decides it.
    fn kinds(t: &str) -> Vec<(String, QuoteKind)> {
        let a = crate::analyze(t);
        let mut v: Vec<(usize, String, QuoteKind)> = a
            .quotes
            .iter()
            .map(|q| (q.start, t[q.start..q.end].to_string(), q.kind))
            .collect();
        v.extend(
            a.terms
                .iter()
                .map(|x| (x.start, t[x.start..x.end].to_string(), x.kind)),
        );
        v.sort_by_key(|x| x.0);
        v.into_iter().map(|(_, s, k)| (s, k)).collect()
    }

    #[test]
    fn addresses_markup_and_numbers_are_terms() {
        assert!(
            is_address("news.bbc.co.uk")
                && is_address("www.example.org/a/b")
                && !is_address("a b.com")
                && !is_address("Mr. Smith")
        );
        let k = kinds(
            r#"The site “icelandreview.com” and <tweet tweet-id="783499116076687360"> said so."#,
        );
        assert!(k.iter().all(|(_, k)| *k == QuoteKind::Term), "{k:?}");
    }

    #[test]
    fn a_pronoun_quoted_alone_is_a_term() {
        let k = kinds("The style guide now says “they” where it said “he,” the editor wrote.");
        assert_eq!(k.len(), 2, "{k:?}");
        assert!(k.iter().all(|(_, k)| *k == QuoteKind::Term), "{k:?}");
        // A quotation that starts with a pronoun is still one.
        let k = kinds("“She will win,” the mayor said.");
        assert_eq!(k, vec![("“She will win,”".to_string(), QuoteKind::Direct)]);
    }

    #[test]
    fn titles_and_scare_quotes_are_terms_statements_are_quotations() {
        // Scare quotes in a sentence with no reporting cue ("promoting “quack” cures") still
        // read as partial quotations: a known error class of the classifier.
        let t = "On Tuesday’s episode of “The Steve Harvey Morning Show,” the candidate talked about policy.\n\n\
                 The 30-second spot, titled “Arrogant,” features a report.\n\n\
                 Trump yoked him with the nickname “Lyin’ Ted.”\n\n\
                 “We will not back down on this, not now and not ever,” she said.";
        let k = kinds(t);
        assert_eq!(
            k.iter().map(|x| x.1).collect::<Vec<_>>(),
            vec![
                QuoteKind::Term,
                QuoteKind::Term,
                QuoteKind::Term,
                QuoteKind::Direct
            ],
            "{k:?}"
        );
    }

    #[test]
    fn partial_quotations_in_reported_speech() {
        let k =
            kinds("Pompeo urged countries to “understand the threat posed by the party” and left.");
        assert_eq!(
            k,
            vec![(
                "“understand the threat posed by the party”".to_string(),
                QuoteKind::Partial
            )]
        );
    }

    #[test]
    fn german_verb_forms_are_a_cue_in_german_text_only() {
        let t = "Die Verbände hatten den Plan zuvor als „völlig überzogen“ zurückgewiesen.";
        let paras = crate::paragraphs::paragraphs(t);
        let r = &crate::pairing::pair(t, &paras)[0];
        let i = feature("de_cue_de_in_sentence");
        let doc = Document::read(t);
        assert_eq!(features(&doc, paras[r.para], r, Lang::German)[i], 1.0);
        assert_eq!(features(&doc, paras[r.para], r, Lang::English)[i], 0.0);
    }

    #[test]
    fn language_is_detected() {
        assert_eq!(
            detect_lang(
                "Der Minister sagte, dass die Regierung nicht mit der Partei sprechen wird."
            ),
            Lang::German
        );
        assert_eq!(
            detect_lang("The minister said that the government will not talk to the party."),
            Lang::English
        );
        assert_eq!(detect_lang("今日は良い天気です"), Lang::Other);
        // Thirty words or more with hardly an English or German function word among them.
        let pt = "Quando chegou ao palácio, o presidente disse aos jornalistas que o governo vai \
                  cortar os impostos no próximo ano. Receba as notícias do dia no seu e-mail. ";
        assert_eq!(detect_lang(&pt.repeat(3)), Lang::Foreign);
        let ru = "Когда президент приехал во дворец, он сказал журналистам, что правительство \
                  снизит налоги в следующем году. Мне кажется, это хорошая новость. ";
        assert_eq!(detect_lang(&ru.repeat(3)), Lang::Foreign);
        // A short line without function words is not enough to tell.
        assert_eq!(detect_lang("“Yes,” Berg said."), Lang::Other);
    }

    /// The count may stop after 300 words, but only on a plain lead: a German article that
    /// opens with an English passage shorter than that is still German, and a long one of
    /// either language is told as before.
    #[test]
    fn language_is_told_from_the_whole_opening_unless_it_is_plain() {
        let en = "The minister said that the government will not talk to the party. ";
        let de = "Der Minister sagte, dass die Regierung nicht mit der Partei sprechen wird. ";
        assert_eq!(detect_lang(&en.repeat(2000)), Lang::English);
        assert_eq!(detect_lang(&de.repeat(2000)), Lang::German);
        // About 240 English words, then German: the lead is read to its end.
        let mixed = en.repeat(20) + &de.repeat(100);
        assert_eq!(detect_lang(&mixed), Lang::German);
    }
}
