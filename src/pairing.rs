//! Pairing quotation marks into quoted regions.
//!
//! Marks pair inside one paragraph, with a stack: a mark that can close takes the nearest
//! open mark of its family, and any other openers left above it are strays and are dropped.
//! Because pairing never crosses a paragraph, one bad mark can only disturb its own
//! paragraph, never flip every later quote in the document.
//!
//! Across paragraphs there is exactly one rule, the news convention: a paragraph whose last
//! quotation is left open, followed by a paragraph that starts with an opening mark,
//! continues that quotation ([`pair`] merges the two into one region).

use crate::analysis::Span;
use crate::marks::{self, Family, Mark};
use crate::sub;

/// A top-level quoted region (nested quotations stay inside their parent).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    /// The whole region, marks included.
    pub span: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark, or `None` when the region runs to its paragraph's end.
    pub close: Option<Span>,
    pub family: Family,
    /// Index of the paragraph the region starts in.
    pub para: usize,
    /// End of the first paragraph's part (equals `span.end` unless the region was continued).
    pub first_end: usize,
}

/// Number of [`Family`] values (the per-family stacks are indexed by `family as usize`).
const FAMILIES: usize = 6;

fn compatible(a: Family, b: Family) -> bool {
    a == b
}

/// Pairs the marks of one paragraph; returns its top-level regions in order.
fn pair_paragraph(text: &str, para: Span, index: usize) -> Vec<Region> {
    let marks: Vec<Mark> = marks::scan(sub(text, para.start, para.end), para.start);
    let mut stack: Vec<usize> = Vec::new();
    // For each family, the stack positions of its open marks: finding the nearest opener
    // of a family is O(1), so a paragraph of a million marks stays linear.
    let mut open_of: [Vec<usize>; FAMILIES] = Default::default();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (k, m) in marks.iter().enumerate() {
        let pending = open_of[m.family as usize].last().copied();
        match pending {
            Some(p) if m.can_close => {
                pairs.push((stack[p], k));
                // Openers above the matched one are strays: drop them with it.
                while stack.len() > p {
                    let o = stack.pop().expect("stack holds position p");
                    open_of[marks[o].family as usize].pop();
                }
            }
            _ if m.can_open => {
                open_of[m.family as usize].push(stack.len());
                stack.push(k);
            }
            _ => {} // a stray closing mark
        }
    }
    // The last opener left open is a quotation running to the paragraph's end, unless a
    // complete quotation of its family follows it (then it was a stray mark). An opener
    // that starts the paragraph is never a stray: that is how a transcript or a
    // multi-paragraph quotation opens (“PENCE: … an episode of “Shark Tank.” But …).
    let unclosed = stack.last().copied().filter(|&u| {
        let um = marks[u];
        let followed = um.start != para.start
            && pairs
                .iter()
                .any(|&(o, _)| o > u && marks[o].family == um.family);
        let has_content = sub(text, um.end, para.end)
            .chars()
            .any(crate::case::is_word_char);
        // A mark standing alone between spaces opens nothing when nothing closes it.
        !followed && has_content && !um.free
    });
    // Each region opens at its own mark: listed by opening mark, the regions are in text
    // order without a sort, and a nested one starts before the region kept last ends.
    let mut close_of: Vec<Option<usize>> = vec![None; marks.len()];
    for &(o, c) in &pairs {
        close_of[o] = Some(c);
    }
    let mut top: Vec<Region> = Vec::new();
    for (o, close) in close_of.into_iter().enumerate() {
        let m = marks[o];
        let (end, close) = match close {
            Some(c) => (marks[c].end, Some(Span::new(marks[c].start, marks[c].end))),
            None if unclosed == Some(o) => (para.end, None),
            None => continue,
        };
        if top.last().is_some_and(|t| m.start < t.span.end) {
            continue; // nested inside the previous one
        }
        top.push(Region {
            span: Span::new(m.start, end),
            open: Span::new(m.start, m.end),
            close,
            family: m.family,
            para: index,
            first_end: end,
        });
    }
    top
}

/// Whether the text at `at` starts with a transcript label ("WALLACE: …"): a paragraph
/// that opens with one is a new speaker's turn, not the continuation of a quotation.
fn opens_with_label(text: &str, at: usize) -> bool {
    let rest = sub(text, at, text.len());
    let Some(colon) = rest.find(':').filter(|&c| c > 0 && c <= 40) else {
        return false;
    };
    let label = sub(rest, 0, colon);
    label.chars().any(crate::case::is_letter)
        && label
            .chars()
            .all(|c| crate::case::is_upper(c) || matches!(c, ' ' | '.' | '-' | '\''))
        && label.split(' ').count() <= 3
}

/// Pairs the marks of every paragraph and joins multi-paragraph quotations.
pub fn pair(text: &str, paras: &[Span]) -> Vec<Region> {
    let mut out: Vec<Region> = Vec::new();
    for (i, &p) in paras.iter().enumerate() {
        let mut regions = pair_paragraph(text, p, i).into_iter();
        let mut first = regions.next();
        if let (Some(last), Some(f)) = (out.last_mut(), first.as_ref()) {
            // `last` is left open at the end of the previous paragraph, and this paragraph
            // opens with a mark of its family: the same quotation goes on.
            let open_at_prev_end =
                last.close.is_none() && i > 0 && last.span.end == paras[i - 1].end;
            if open_at_prev_end
                && f.span.start == p.start
                && compatible(f.family, last.family)
                && !opens_with_label(text, f.open.end)
            {
                last.span.end = f.span.end;
                last.close = f.close;
                first = None;
            }
        }
        out.extend(first);
        out.extend(regions);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paragraphs::paragraphs;

    fn quoted(t: &str) -> Vec<&str> {
        pair(t, &paragraphs(t))
            .into_iter()
            .map(|r| &t[r.span.start..r.span.end])
            .collect()
    }

    #[test]
    fn every_mark_style_pairs() {
        assert_eq!(quoted(r#"He said "yes" today."#), vec![r#""yes""#]);
        assert_eq!(quoted("He said “yes” today."), vec!["“yes”"]);
        assert_eq!(quoted("Er sagte „ja“ heute."), vec!["„ja“"]);
        assert_eq!(quoted("Er sagte ‚ja‘ heute."), vec!["‚ja‘"]);
        assert_eq!(quoted("Il a dit « oui » hier."), vec!["« oui »"]);
        assert_eq!(quoted("Il a dit ‹oui› hier."), vec!["‹oui›"]);
        assert_eq!(quoted("Er sagte »ja« heute."), vec!["»ja«"]);
        assert_eq!(quoted("彼は「はい」と言った。"), vec!["「はい」"]);
        assert_eq!(quoted("彼は『はい』と言った。"), vec!["『はい』"]);
        assert_eq!(quoted("他说＂是＂。"), vec!["＂是＂"]);
        assert_eq!(quoted("He said ‘yes’ today."), vec!["‘yes’"]);
        assert_eq!(quoted("He said 'yes' today."), vec!["'yes'"]);
    }

    #[test]
    fn french_spacing_before_a_comma_or_a_stop() {
        // French sets a (narrow) no-break space inside the guillemets, and the sentence
        // goes on after the closing one: the comma after it must not make it an opener.
        for (t, q) in [
            (
                "« Nous allons gagner », a déclaré Emmanuel Macron.",
                "« Nous allons gagner »",
            ),
            ("Il a dit « oui ». Puis il est parti.", "« oui »"),
            (
                "«\u{a0}Oui\u{a0}», dit-elle ; «\u{202f}non\u{202f}».",
                "«\u{a0}Oui\u{a0}»",
            ),
        ] {
            assert_eq!(quoted(t)[0], q, "{t}");
        }
        assert_eq!(
            quoted("«\u{a0}Oui\u{a0}», dit-elle ; «\u{202f}non\u{202f}».").len(),
            2
        );
    }

    #[test]
    fn apostrophes_do_not_pair() {
        assert_eq!(
            quoted("“Don’t go to the Smiths’ house in the ’90s,” she said."),
            vec!["“Don’t go to the Smiths’ house in the ’90s,”"]
        );
        assert_eq!(quoted("It's O'Neil's rock 'n' roll."), Vec::<&str>::new());
        assert_eq!(
            quoted("The CCP’s plan and rock ’n’ roll."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn nesting_keeps_the_outer_region() {
        assert_eq!(
            quoted("“He told me ‘go’ now,” she said."),
            vec!["“He told me ‘go’ now,”"]
        );
        assert_eq!(
            quoted("‘He told me “go ‘now’ he said” then,’ she said."),
            vec!["‘He told me “go ‘now’ he said” then,’"]
        );
        assert_eq!(
            quoted("„Er sagte ‚nein‘ dazu“, sagte sie."),
            vec!["„Er sagte ‚nein‘ dazu“"]
        );
    }

    #[test]
    fn multi_paragraph_quotation_is_one_region() {
        let t = "“First part of it.\n\n“Second part of it.\n\n“Third and last.”\n\nHe left.";
        assert_eq!(
            quoted(t),
            vec!["“First part of it.\n\n“Second part of it.\n\n“Third and last.”"]
        );
    }

    #[test]
    fn unclosed_quote_ends_at_its_paragraph() {
        let t = "She said “this never closes.\n\nNext paragraph has “a quote” here.";
        assert_eq!(quoted(t), vec!["“this never closes.", "“a quote”"]);
    }

    #[test]
    fn doubled_and_stray_marks_recover_locally() {
        let t = "trying to “”intimidate their neighbors.”\n\n“Fine,” he said.";
        assert_eq!(quoted(t), vec!["“”intimidate their neighbors.”", "“Fine,”"]);
        // A stray opener before complete quotes does not swallow them.
        let t = "A stray “ mark, then “one” and “two” here.\n\n“Three,” he said.";
        assert_eq!(quoted(t), vec!["“one”", "“two”", "“Three,”"]);
        // A lone mark between spaces, never closed, opens nothing.
        assert_eq!(
            quoted("A stray “ mark and don’t forget ’90s.\n\nThe end."),
            Vec::<&str>::new()
        );
        // A stray closer does nothing.
        let t = "A stray ” mark, then “one” here.";
        assert_eq!(quoted(t), vec!["“one”"]);
        // An opener at the paragraph start stays open even with pairs inside; a transcript
        // label starts a new speaker's turn rather than continuing the quotation.
        let t = "\"PENCE: It is an episode of “Shark Tank.” But not.\n\n\"WALLACE: Fine.";
        assert_eq!(
            quoted(t),
            vec![
                "\"PENCE: It is an episode of “Shark Tank.” But not.",
                "\"WALLACE: Fine."
            ]
        );
    }
}
