//! Paragraphs: the units quotation marks pair within.
//!
//! News text pasted from a page has one paragraph a line, with or without blank lines in
//! between, so a line is a paragraph. Hard-wrapped text (mail, plain-text archives) breaks
//! sentences across lines of similar width; there a paragraph is a block of lines between
//! blank lines. Which of the two a text is gets decided once, for the whole text.

use crate::analysis::Span;

/// Splits `text` into its non-blank paragraphs, in order, trimmed of surrounding whitespace.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines = lines(text);
    if !is_hard_wrapped(text, &lines) {
        return lines;
    }
    // Merge runs of lines that touch (only a line break between them) into blocks.
    let mut out: Vec<Span> = Vec::new();
    for l in lines {
        match out.last_mut() {
            Some(prev) if crate::at(text, prev.end, l.start).matches('\n').count() <= 1 => {
                prev.end = l.end
            }
            _ => out.push(l),
        }
    }
    out
}

/// Non-blank lines, trimmed (a line ends at \n, \r\n, \r, U+2028 or U+2029).
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut push = |s: usize, e: usize| {
        let line = crate::at(text, s, e);
        let trimmed = line.trim_start();
        let s2 = s + (line.len() - trimmed.len());
        let e2 = s2 + trimmed.trim_end().len();
        if e2 > s2 {
            out.push(Span::new(s2, e2));
        }
    };
    // A byte scan, nothing decoded: the breaks are \n and \r (ASCII bytes, which occur in no
    // other character's encoding) and U+2028, U+2029 (E2 80 A8, E2 80 A9: E2 leads a
    // character, so those three bytes are always that character).
    let b = text.as_bytes();
    let mut i = 0;
    loop {
        i = crate::find_bytes(b, i, [b'\n', b'\r', 0xe2], false);
        if i >= b.len() {
            break;
        }
        let n = match b[i] {
            b'\n' | b'\r' => 1,
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => 3,
            _ => 0,
        };
        if n > 0 {
            push(start, i);
            start = i + n;
            i += n;
        } else {
            i += 1;
        }
    }
    push(start, text.len());
    out
}

/// Whether the text's line breaks are a wrap width rather than paragraph ends: most lines
/// that run on into the next one are of a width typical of wrapping and end mid-sentence.
fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    let mut run_on = 0usize;
    let mut wrapped_like = 0usize;
    for pair in lines.windows(2) {
        let gap = crate::at(text, pair[0].end, pair[1].start);
        // A blank line ends a paragraph (a CRLF one is four breaks, past the bound already).
        let breaks = gap.bytes().filter(|&b| b == b'\n' || b == b'\r').count();
        if breaks > 2 || gap.as_bytes().windows(2).any(|w| w == b"\n\n") {
            continue;
        }
        run_on += 1;
        let line = crate::at(text, pair[0].start, pair[0].end);
        let width = line.chars().count();
        let ends_sentence = line.ends_with(['.', '!', '?', ':', '"', '”', '“', '»', '«']);
        if (40..=100).contains(&width) && !ends_sentence {
            wrapped_like += 1;
        }
    }
    lines.len() >= 3 && run_on * 2 >= lines.len() && wrapped_like * 2 > run_on
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        paragraphs(t)
            .into_iter()
            .map(|s| &t[s.start..s.end])
            .collect()
    }

    #[test]
    fn lines_are_paragraphs_with_any_line_ending() {
        assert_eq!(
            texts("One.\r\n\r\nTwo.\nThree.\u{2029}Four."),
            vec!["One.", "Two.", "Three.", "Four."]
        );
        assert!(texts("  \n\t\n").is_empty());
    }

    #[test]
    fn hard_wrapped_blocks_are_paragraphs() {
        let t = "He said that the committee would meet again on Monday and that\n\
                 nothing had been decided about the budget for the coming year, which\n\
                 worried several members of the board.\n\nA second paragraph.";
        let p = texts(t);
        assert_eq!(p.len(), 2);
        assert!(p[0].starts_with("He said") && p[0].ends_with("board."));
    }

    #[test]
    fn short_menu_lines_are_not_a_wrap() {
        assert_eq!(texts("Home\nNews\nSport\nWeather").len(), 4);
    }
}
