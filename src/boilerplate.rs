//! Boilerplate: the lines a pasted web page brings around (and inside) its article.
//!
//! Every non-blank line gets a score from its own shape: prose lines are long, end their
//! sentences, and are dense with function words; menu items, share bars, sign-up forms and
//! copyright lines are short, title-cased, unpunctuated, or say one of the phrases in
//! `lexicon/boilerplate_phrases.txt`. The article body is the run of lines with the largest
//! total score (a maximum-sum segment, so short article lines between prose lines, such
//! as a one-sentence paragraph or a list, stay inside it). Lines before the body are the
//! header, lines after it the footer, and short phrase lines inside it are inline
//! boilerplate ("ADVERTISEMENT", "Read more: …").

use std::sync::OnceLock;

use crate::analysis::{Boilerplate, BoilerplateKind, Span};
use crate::lexicon;

/// A non-blank line and what its shape says.
struct Line {
    span: Span,
    words: usize,
    /// Prose-likeness: positive for article prose, negative for furniture.
    score: f32,
    /// Says a boilerplate phrase and is short enough to be nothing else.
    phrase: bool,
}

fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\n')))
    {
        if c == '\n' {
            let line = &text[start..i];
            let t = line.trim();
            if !t.is_empty() {
                let s = start + (line.len() - line.trim_start().len());
                out.push(Span::new(s, s + t.len()));
            }
            start = i + 1;
        }
    }
    out
}

/// The phrase list grouped by its phrases' first byte (a phrase starting with a non-ASCII
/// character, such as "©", goes in the last group), so that a line is only compared with the
/// phrases that could start at one of its characters.
fn phrase_index() -> &'static [Vec<&'static str>] {
    static INDEX: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: Vec<Vec<&'static str>> = vec![Vec::new(); 129];
        for p in lexicon::boilerplate_phrases().iter() {
            let first = p.as_bytes().first().copied().unwrap_or(0);
            index[usize::from(first).min(128)].push(p);
        }
        index
    })
}

/// Whether the (lower-cased) line holds a boilerplate phrase, starting at a word's start
/// ("sign up" in "Sign up for…", not in "resign upstairs").
fn has_phrase(lower: &str) -> bool {
    let index = phrase_index();
    let mut prev_word = false;
    for (i, c) in lower.char_indices() {
        let word = c.is_alphanumeric();
        if !(word && prev_word) {
            let group = &index[(c as usize).min(128)];
            if group.iter().any(|p| lower[i..].starts_with(p)) {
                return true;
            }
        }
        prev_word = word;
    }
    false
}

fn measure(text: &str, span: Span) -> Line {
    let s = &text[span.start..span.end];
    let words: Vec<&str> = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect();
    // Scripts written without spaces (Chinese, Japanese) count about two characters a word.
    let wide = s
        .chars()
        .filter(|&c| c > '\u{2E80}' && c.is_alphabetic())
        .count();
    let n = words.len().max(wide / 2);
    let stop = words
        .iter()
        .filter(|w| lexicon::stopwords().has(w.trim_matches(|c: char| !c.is_alphanumeric())))
        .count();
    let density = if n == 0 { 0.0 } else { stop as f32 / n as f32 };
    let terminal = s
        .trim_end_matches(|c: char| crate::marks::is_mark(c) || c == ')')
        .ends_with(['.', '!', '?', ':', '…', '。']);
    // Furniture lines are short and say something: only they are searched for phrases (a
    // megabyte-long line, or thousands of lines of bare marks, are not scanned for each phrase).
    let phrase = n <= 12
        && s.len() <= 400
        && s.chars().any(|c| c.is_alphanumeric() || c == '©')
        && has_phrase(&crate::case::to_lower(s));
    // Prose: long lines, or sentence-ending ones; function words make it surer (for the
    // languages in the stop-word list; other languages go by length and punctuation).
    let mut score = if n >= 10 && (density >= 0.15 || terminal) {
        n as f32
    } else if n >= 5 && terminal {
        n as f32 * if density >= 0.1 { 0.8 } else { 0.5 }
    } else {
        -2.0 - (6usize.saturating_sub(n)) as f32 * 0.5
    };
    if phrase {
        score = score.min(0.0) - 8.0;
    }
    Line {
        span,
        words: n,
        score,
        phrase,
    }
}

/// The boilerplate regions of `text`, in order: whole lines, never overlapping.
pub fn find(text: &str) -> Vec<Boilerplate> {
    let spans = lines(text);
    if spans.is_empty() {
        return Vec::new();
    }
    let ls: Vec<Line> = spans.into_iter().map(|s| measure(text, s)).collect();
    // Group lines into blocks: a run of prose lines gains its score; a run of other lines
    // costs more than the sum of its lines, since a long run of menu items, teasers or
    // form lines is where an article stops, while one short line between paragraphs (a
    // subhead, a one-line quote) is not.
    let mut blocks: Vec<(usize, usize, f32)> = Vec::new(); // (first line, end line, value)
    let mut i = 0;
    while i < ls.len() {
        let prose = ls[i].score > 0.0;
        let mut j = i;
        let mut value = 0.0;
        let mut phrases = 0;
        while j < ls.len() && (ls[j].score > 0.0) == prose {
            value += ls[j].score;
            phrases += ls[j].phrase as usize;
            j += 1;
        }
        if !prose {
            let run = (j - i) as f32;
            value = -(run * 2.0 + if run >= 3.0 { run * run * 0.5 } else { 0.0 })
                - phrases as f32 * 20.0;
        }
        blocks.push((i, j, value));
        i = j;
    }
    // Maximum-sum run of blocks (Kadane): the article body.
    let (mut best, mut best_range) = (f32::MIN, (0, 0));
    let (mut sum, mut from) = (0.0f32, 0);
    for &(first, end, value) in &blocks {
        if sum <= 0.0 {
            sum = 0.0;
            from = first;
        }
        sum += value;
        if sum > best {
            best = sum;
            best_range = (from, end);
        }
    }
    let (body_start, mut body_end) = best_range;
    // Where the article stops: the first furniture line (a sign-up, a "Most Read", a
    // copyright) once most of the body's prose is behind it. Teaser blurbs and author bios
    // after it read like prose, but they are not the article.
    let total: f32 = ls[body_start..body_end]
        .iter()
        .map(|l| l.score.max(0.0))
        .sum();
    let mut seen = 0.0;
    for (i, l) in ls.iter().enumerate().take(body_end).skip(body_start) {
        if l.phrase && seen >= total * 0.7 {
            body_end = i;
            break;
        }
        seen += l.score.max(0.0);
    }
    let mut out: Vec<Boilerplate> = Vec::new();
    let mut push = |span: Span, kind: BoilerplateKind| match out.last_mut() {
        // Merge consecutive lines of one kind into one region.
        Some(last) if last.kind == kind && text[last.end..span.start].trim().is_empty() => {
            last.end = span.end
        }
        _ => out.push(Boilerplate {
            start: span.start,
            end: span.end,
            kind,
        }),
    };
    for (i, l) in ls.iter().enumerate() {
        if i < body_start {
            push(l.span, BoilerplateKind::Header);
        } else if i >= body_end {
            push(l.span, BoilerplateKind::Footer);
        } else if l.phrase && l.words <= 8 {
            push(l.span, BoilerplateKind::Inline);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(t: &str) -> Vec<(String, BoilerplateKind)> {
        find(t)
            .into_iter()
            .map(|b| (t[b.start..b.end].to_string(), b.kind))
            .collect()
    }

    const PROSE: &str = "The council voted on Tuesday to build the new line, ending a debate that had lasted for almost two years in the city.";

    fn article(lines: &[&str]) -> String {
        lines.join("\n\n")
    }

    #[test]
    fn footer_forms_and_legal_lines() {
        let t = article(&[
            PROSE,
            PROSE,
            PROSE,
            "Sign up to receive our latest news!",
            "By submitting this form, I agree to the terms.",
            "© 2024 Example Media. All rights reserved.",
        ]);
        let k = kinds(&t);
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].1, BoilerplateKind::Footer);
        assert!(k[0].0.starts_with("Sign up") && k[0].0.ends_with("reserved."));
    }

    #[test]
    fn teasers_after_the_sign_up_are_footer_though_they_read_like_prose() {
        let teaser = "Get breaking science news on monster snakes and dinosaurs, all in one place, every single morning of the week.";
        let t = article(&[
            PROSE,
            PROSE,
            PROSE,
            PROSE,
            "Sign up for e-mail newsletters",
            teaser,
            teaser,
        ]);
        let k = kinds(&t);
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(k[0].1, BoilerplateKind::Footer);
        assert!(k[0].0.starts_with("Sign up") && k[0].0.ends_with("week."));
    }

    #[test]
    fn header_navigation_and_share_bar() {
        let t = [
            "Home",
            "News",
            "Sport",
            "Weather",
            "Share on Facebook",
            "Tweet",
            PROSE,
            PROSE,
            PROSE,
        ]
        .join("\n");
        let k = kinds(&t);
        assert_eq!(k.len(), 1);
        assert_eq!(k[0].1, BoilerplateKind::Header);
        assert!(k[0].0.starts_with("Home") && k[0].0.ends_with("Tweet"));
    }

    #[test]
    fn inline_advertisement_and_read_more() {
        let t = article(&[
            PROSE,
            "ADVERTISEMENT",
            PROSE,
            "Read more: Council approves budget",
            PROSE,
            PROSE,
        ]);
        let k = kinds(&t);
        assert_eq!(
            k.iter().map(|x| x.1).collect::<Vec<_>>(),
            vec![BoilerplateKind::Inline, BoilerplateKind::Inline]
        );
        assert_eq!(k[0].0, "ADVERTISEMENT");
    }

    #[test]
    fn short_article_lines_stay_article() {
        // A one-sentence paragraph, a quoted one-liner and a short list inside the article.
        let t = article(&[
            PROSE,
            "It passed.",
            "“We did it,” she said.",
            PROSE,
            "- trams\n- buses\n- bikes",
            PROSE,
            PROSE,
        ]);
        assert!(find(&t).is_empty(), "{:?}", kinds(&t));
    }

    #[test]
    fn phrases_match_at_word_starts_only() {
        assert!(has_phrase("sign up for our newsletter"));
        assert!(has_phrase("© 2024 example media"));
        assert!(!has_phrase("they resign upstairs"));
    }

    #[test]
    fn no_prose_means_no_claim() {
        assert!(find("Home\nNews\nSport").is_empty());
        assert!(find("").is_empty());
    }
}
