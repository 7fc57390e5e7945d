//! Boilerplate: the lines a pasted web page brings around (and inside) its article.
//!
//! Every non-blank line gets a score from its own shape: prose lines are long, end their
//! sentences, and are dense with function words; menu items, share bars, sign-up forms and
//! copyright lines are short, title-cased, unpunctuated, or say one of the phrases in
//! `lexicon/boilerplate_phrases.txt`. The article body is the run of lines with the largest
//! total score (a maximum-sum segment, so short article lines between prose lines, such
//! as a one-sentence paragraph or a list, stay inside it). Lines before the body are the
//! header, lines after it the footer, and short phrase lines inside it are inline
//! boilerplate ("ADVERTISEMENT", "Read more: …"), unless the phrase is what the article
//! itself is about (see `Topics`).

use std::sync::OnceLock;

use crate::analysis::{Boilerplate, BoilerplateKind, Span};
use crate::document::Document;
use crate::lexicon::{self, List};
use crate::sub;

/// A non-blank line and what its shape says.
struct Line {
    span: Span,
    words: usize,
    /// Prose-likeness: positive for article prose, negative for furniture.
    score: f32,
    /// Says a boilerplate phrase and is short enough to be nothing else.
    phrase: bool,
    /// The phrase it says ("" for none, or for a whole furniture line such as "Share").
    said: &'static str,
    /// How much the line counts towards the length of a run of non-prose lines (see
    /// [`run_weight`]).
    weight: f32,
    /// Ends with a question mark: an FAQ heading, not the start of a page's footer.
    question: bool,
    /// Starts with a phrase that closes an article (see [`closes_article`]).
    closing: bool,
    /// A furniture line shaped like an insert between paragraphs (see [`insert_like`]).
    insert: bool,
    /// Ends with a colon: announces what follows ("Tour dates:", "You will need:").
    announces: bool,
}

fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    // `split` finds the newlines with a byte search, not a decode of every character.
    for line in text.split('\n') {
        let t = line.trim();
        if !t.is_empty() {
            let s = start + (line.len() - line.trim_start().len());
            out.push(Span::new(s, s + t.len()));
        }
        start += line.len() + 1;
    }
    out
}

/// The phrase list grouped by its phrases' first byte (a phrase starting with a non-ASCII
/// character, such as "©", goes in the last group), so that a line is only compared with the
/// phrases that could start at one of its characters.
fn phrase_index() -> &'static [Vec<&'static str>] {
    static INDEX: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    INDEX.get_or_init(|| by_first_byte(lexicon::boilerplate_phrases()))
}

/// The entries of `list` in 129 groups: one per ASCII first byte, and one for the rest.
fn by_first_byte(list: &'static lexicon::WordSet) -> Vec<Vec<&'static str>> {
    let mut index: Vec<Vec<&'static str>> = vec![Vec::new(); 129];
    for p in list.iter() {
        let first = p.as_bytes().first().copied().unwrap_or(0);
        index[usize::from(first).min(128)].push(p);
    }
    index
}

/// Whether the (lower-cased) line holds a boilerplate phrase as whole words ("sign up" in
/// "Sign up for…", not in "resign upstairs"; "register" not in "registered"), or is all of
/// a furniture line ("Facebook", "Share") of `lexicon/boilerplate_lines.txt`.
#[cfg(test)]
fn has_phrase(lower: &str) -> bool {
    said(lower).is_some()
}

/// Whether a line of a page (any case) says a furniture phrase or is a furniture line, as
/// the text path reads lines: a feature of the HTML article model.
pub(crate) fn furniture_phrase(line: &str) -> bool {
    said(&crate::case::to_lower(line)).is_some()
}

/// Whether a line of a page opens as a closing line does ("© 2019", "Related articles"),
/// as the text path reads lines: a feature of the HTML article model.
pub(crate) fn closing_line(line: &str) -> bool {
    closes_article(line)
}

/// The boilerplate phrase the (lower-cased) line says (see [`has_phrase`]): the phrase of
/// `lexicon/boilerplate_phrases.txt`, or "" when the line is all of a furniture line.
fn said(lower: &str) -> Option<&'static str> {
    let bare = lower.trim_matches(|c: char| c.is_whitespace() || LINE_TRIM.contains(&c));
    if lexicon::boilerplate_lines().contains(bare) {
        return Some("");
    }
    let index = phrase_index();
    let mut prev_word = false;
    for (i, c) in lower.char_indices() {
        let word = crate::case::is_word_char(c);
        if !(word && prev_word) {
            let group = &index[(c as usize).min(128)];
            if let Some(p) = group.iter().find(|p| {
                crate::at(lower, i, lower.len()).starts_with(*p)
                    && ends_word(p, crate::at(lower, i + p.len(), lower.len()))
            }) {
                return Some(p);
            }
        }
        prev_word = word;
    }
    None
}

/// Paragraphs of the article's opening that must use a furniture phrase for it to be the
/// article's topic (see [`Topics`]).
const TOPIC_PARAGRAPHS: usize = 3;
/// The opening paragraphs searched for the topic, and how much of each (bytes): the search
/// costs the same whatever the length of the text.
const TOPIC_OPENING: usize = 20;
const TOPIC_BYTES: usize = 4096;

/// Which furniture phrases are the article's own topic: a piece on advertising agencies
/// has headings that say "Advertising", one on podcasts says "Podcast", one on newsletters
/// "Newsletter". A phrase that three or more paragraphs (lines of ten words or more) of the
/// article's opening use as a word, in any case, marks no furniture there: such a line is
/// neither inline boilerplate nor the article's end. Each phrase is looked up once.
struct Topics<'a> {
    text: &'a [u8],
    opening: Vec<Span>,
    known: Vec<(&'static str, bool)>,
}

impl<'a> Topics<'a> {
    fn new(text: &'a str, body: &[Line]) -> Self {
        Topics {
            text: text.as_bytes(),
            opening: body
                .iter()
                .filter(|l| l.score >= 10.0)
                .take(TOPIC_OPENING)
                .map(|l| l.span)
                .collect(),
            known: Vec::new(),
        }
    }

    /// Whether the furniture line `l` says a phrase that is the article's topic.
    fn of(&mut self, l: &Line) -> bool {
        if l.said.is_empty() {
            return false;
        }
        if let Some(&(_, topic)) = self.known.iter().find(|k| std::ptr::eq(k.0, l.said)) {
            return topic;
        }
        let phrase = l.said.as_bytes();
        let topic = self
            .opening
            .iter()
            .filter(|p| {
                let end = p.end.min(p.start + TOPIC_BYTES);
                says_word(&self.text[p.start..end], phrase)
            })
            .nth(TOPIC_PARAGRAPHS - 1)
            .is_some();
        self.known.push((l.said, topic));
        topic
    }
}

/// Whether `line` holds the lower-case `phrase` as whole words, ASCII letters in any case.
fn says_word(line: &[u8], phrase: &[u8]) -> bool {
    let Some(&first) = phrase.first() else {
        return false;
    };
    let word = |b: &u8| b.is_ascii_alphanumeric();
    let open_end = !phrase.last().is_some_and(word);
    line.len() >= phrase.len()
        && (0..=line.len() - phrase.len()).any(|i| {
            line[i].to_ascii_lowercase() == first
                && line[i..i + phrase.len()].eq_ignore_ascii_case(phrase)
                && (i == 0 || !word(&line[i - 1]))
                && (open_end || line.get(i + phrase.len()).is_none_or(|b| !word(b)))
        })
}

/// Whether the line starts with a phrase of `lexicon/boilerplate_ends.txt` ("© 2019 …",
/// "(Reporting by …", "Related articles"), or says one marked `*` anywhere: such a line
/// closes the article whatever its length. Only the phrases sharing the line's first character are compared, and the line
/// is lower-cased only when there are some.
fn closes_article(line: &str) -> bool {
    if says_anywhere(line) {
        return true;
    }
    let head = line.trim_start_matches(|c: char| c.is_whitespace() || LEAD_MARKS.contains(&c));
    let Some(first) = head.chars().next().map(crate::case::lower) else {
        return false;
    };
    let group = &ends_index()[(first as usize).min(128)];
    if group.is_empty() {
        return false;
    }
    // Phrases are short: only the line's opening needs lower-casing (with a character to
    // spare for the word-end test), not all of a long line.
    let mut cut = head.len().min(MAX_END_PHRASE + 8);
    while !head.is_char_boundary(cut) {
        cut += 1;
    }
    let head = crate::case::to_lower(crate::at(head, 0, cut));
    group
        .iter()
        .any(|p| head.starts_with(p) && ends_word(p, crate::at(&head, p.len(), head.len())))
}

/// The longest phrase of `lexicon/boilerplate_ends.txt` may be this long (a test holds the
/// list to it).
const MAX_END_PHRASE: usize = 64;

/// Marks a closing phrase that closes wherever in the line it stands ("… contributed to this
/// report"). Lines are trimmed of this mark before their first character is looked up, so
/// its group holds only these phrases.
const ANYWHERE: u8 = b'*';

/// Whether the line contains one of the closing phrases marked [`ANYWHERE`], ASCII letters
/// compared in any case: one pass over the line, no allocation, and the phrases are compared
/// only where the line's byte is the first byte of one of them (a table look-up per byte,
/// the table built once).
fn says_anywhere(line: &str) -> bool {
    static FIRST: OnceLock<[bool; 256]> = OnceLock::new();
    let needles = &ends_index()[usize::from(ANYWHERE)];
    let first = FIRST.get_or_init(|| {
        let mut first = [false; 256];
        for p in needles {
            if let Some(&b) = p.as_bytes().get(1) {
                first[usize::from(b)] = true;
                first[usize::from(b.to_ascii_uppercase())] = true;
            }
        }
        first
    });
    let h = line.as_bytes();
    (0..h.len()).filter(|&i| first[usize::from(h[i])]).any(|i| {
        needles.iter().any(|p| {
            let n = &p.as_bytes()[1..];
            h.len() - i >= n.len() && h[i..i + n.len()].eq_ignore_ascii_case(n)
        })
    })
}

/// The closing phrases grouped by first byte, as [`phrase_index`] does for phrases.
fn ends_index() -> &'static [Vec<&'static str>] {
    static INDEX: OnceLock<Vec<Vec<&'static str>>> = OnceLock::new();
    INDEX.get_or_init(|| by_first_byte(lexicon::boilerplate_ends()))
}

/// Marks around a bare furniture line ("» More", "Share:", "[Print]").
const LINE_TRIM: &[char] = &[
    '.', ':', '…', '|', '·', '-', '–', '—', '>', '»', '›', '(', ')', '[', ']', '*', '!',
];

/// Marks a closing line may open with before its phrase ("(Reporting by …", "— Related").
const LEAD_MARKS: &[char] = &['(', '[', '—', '–', '-', '_', '*', '»', '›', '|', ':', '.'];

/// The bullets of a list item ("• one").
const BULLETS: &[char] = &['-', '•', '*', '·', '–', '▪', '◦'];

/// Whether a phrase match ends at a word's end: the phrase ends in a mark ("related:"), or
/// what follows it does not go on with a letter or digit.
fn ends_word(phrase: &str, rest: &str) -> bool {
    !phrase.ends_with(crate::case::is_word_char) || !rest.starts_with(crate::case::is_word_char)
}

/// Whether the line starts like a list item: "1." / "2)" / "a)" / a bullet, then a space.
fn list_marker(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if BULLETS.contains(&first) {
        return chars.next().is_some_and(char::is_whitespace);
    }
    let body = s.strip_prefix('(').unwrap_or(s);
    let label = body
        .find(|c: char| !crate::case::is_word_char(c))
        .map_or(body, |end| crate::at(body, 0, end));
    let digits = !label.is_empty() && label.len() <= 3 && label.bytes().all(|b| b.is_ascii_digit());
    let letter = label.chars().count() == 1;
    let rest = crate::at(body, label.len(), body.len());
    (digits && (rest.starts_with(". ") || rest.starts_with(") ")))
        || (letter && rest.starts_with(") "))
}

/// The share of function words that makes a long line prose (the highest share [`measure`]
/// tests for).
const DENSE: f32 = 0.15;

/// What one pass over a line's characters tells [`measure`].
#[derive(Debug, PartialEq)]
struct Shape {
    /// Its words: runs between white space that hold a letter or a digit.
    words: usize,
    /// Its letters of the scripts written without spaces (above U+2E80: CJK, kana).
    wide: usize,
    /// Whether it holds an ASCII digit (a table row, a date, a list number).
    digit: bool,
}

/// The [`Shape`] of `s`, in one pass that decodes only its non-ASCII characters (every
/// line of a pasted page is measured, most of them prose).
fn shape(s: &str) -> Shape {
    let mut out = Shape {
        words: 0,
        wide: 0,
        digit: false,
    };
    let (b, mut i) = (s.as_bytes(), 0);
    let (mut in_run, mut run_has_word) = (false, false);
    while i < b.len() {
        let (space, word, n) = match b[i] {
            c @ 0..=0x7f => {
                out.digit |= c.is_ascii_digit();
                // char::is_whitespace on ASCII: tab to carriage return, and space.
                (
                    matches!(c, 0x09..=0x0d | b' '),
                    c.is_ascii_alphanumeric(),
                    1,
                )
            }
            _ => {
                let c = crate::at(s, i, s.len()).chars().next().unwrap_or(' ');
                out.wide += usize::from(c > '\u{2E80}' && crate::case::is_letter(c));
                (
                    c.is_whitespace(),
                    crate::case::is_word_char(c),
                    c.len_utf8(),
                )
            }
        };
        if space {
            out.words += usize::from(in_run && run_has_word);
            (in_run, run_has_word) = (false, false);
        } else {
            in_run = true;
            run_has_word |= word;
        }
        i += n;
    }
    out.words += usize::from(in_run && run_has_word);
    out
}

fn measure(doc: &Document, span: Span) -> Line {
    let s = sub(doc.text, span.start, span.end);
    let Shape { words, wide, digit } = shape(s);
    // Scripts written without spaces (Chinese, Japanese) count about two characters a word.
    let n = words.max(wide / 2);
    // Function words, from the document's words (their lists were looked up when the text
    // was read), counted only until their share reaches the highest threshold the score
    // asks about (DENSE): prose gets there within its first words.
    let mut stop = 0;
    for t in doc.tokens_in(span.start, span.end) {
        if stop as f32 >= DENSE * n as f32 {
            break;
        }
        stop += usize::from(t.lists.has(List::stopwords));
    }
    let density = if n == 0 { 0.0 } else { stop as f32 / n as f32 };
    let terminal = s
        .trim_end_matches(|c: char| crate::marks::is_mark(c) || c == ')')
        .ends_with(['.', '!', '?', ':', '…', '。']);
    // Furniture lines are short and say something: only they are searched for phrases (a
    // megabyte-long line, or thousands of lines of bare marks, are not scanned for each phrase).
    // A question is an FAQ heading or a sentence ("How do I sign up?"), not furniture.
    let question = s.ends_with('?');
    let said = if n <= 12
        && !question
        && s.len() <= 400
        && s.chars().any(|c| crate::case::is_word_char(c) || c == '©')
    {
        said(&crate::case::to_lower(s))
    } else {
        None
    };
    let phrase = said.is_some();
    // Prose: long lines, or sentence-ending ones; function words make it surer (for the
    // languages in the stop-word list; other languages go by length and punctuation).
    let mut score = if n >= 10 && (density >= DENSE || terminal) {
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
        said: said.unwrap_or(""),
        weight: run_weight(s, n, phrase, digit),
        question,
        insert: phrase && insert_like(s, n),
        announces: s.ends_with(':'),
        closing: s.len() <= 400 && closes_article(s),
    }
}

/// The run weight of a line of figures or a list item.
const DATA_WEIGHT: f32 = 0.1;

/// How much a non-prose line lengthens the run it is in. Menus, share bars and link lists
/// are runs of short bare words, and a long run of them is where an article stops; but
/// tables, lists and step-by-step blocks inside an article are long runs of short lines
/// too. Their lines carry figures, list markers or several words, so they count for a
/// fraction of a menu item, and a table between two parts of an article no longer cuts it.
fn run_weight(s: &str, words: usize, phrase: bool, digit: bool) -> f32 {
    if phrase {
        1.0
    } else if digit || list_marker(s) {
        DATA_WEIGHT
    } else if words >= 4 {
        0.3
    } else {
        1.0
    }
}

/// Lines of a list that a paragraph announces ("Below are the tools you will need:"): the
/// short lines after a paragraph (ten words or more: "Tags:" or "Exclusive deal:" announce
/// nothing of the article's) ending with a colon, up to the next prose, furniture
/// phrase or closing line, count as a list's items do ([`DATA_WEIGHT`]), so an announced
/// list without bullets or figures does not cut the article either.
fn announced_lists(ls: &mut [Line]) {
    let mut listed = false;
    for l in ls.iter_mut() {
        if l.score > 0.0 {
            listed = l.announces && !l.phrase && l.score >= 10.0;
        } else if l.phrase || l.closing {
            listed = false;
        } else if listed {
            l.weight = l.weight.min(DATA_WEIGHT);
        }
    }
}

/// The boilerplate regions of a text, in order: whole lines, never overlapping.
pub fn find(doc: &Document) -> Vec<Boilerplate> {
    let text = doc.text;
    let spans = lines(text);
    if spans.is_empty() {
        return Vec::new();
    }
    let mut ls: Vec<Line> = spans.into_iter().map(|s| measure(doc, s)).collect();
    announced_lists(&mut ls);
    let blocks = blocks(&ls);
    let Some((body_start, body_end)) = body(&blocks) else {
        return Vec::new();
    };
    let body_start = earlier_start(&blocks, body_start);
    let body_end = later_end(&ls, &blocks, body_end);
    let body_end = closing_list(&ls, body_end);
    let (body_end, items_end) = numbered_items(text, &ls, body_start, body_end);
    let body_end = article_end(text, &ls, body_start, body_end, items_end);
    let mut inline_topics = Topics::new(text, &ls[body_start..body_end]);
    let mut out: Vec<Boilerplate> = Vec::new();
    let mut push = |span: Span, kind: BoilerplateKind| match out.last_mut() {
        // Merge consecutive lines of one kind into one region.
        Some(last) if last.kind == kind && sub(text, last.end, span.start).trim().is_empty() => {
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
        } else if l.phrase && l.words <= 8 && !inline_topics.of(l) {
            push(l.span, BoilerplateKind::Inline);
        }
    }
    out
}

/// Lines grouped into blocks `(first line, end line, value)`: a run of prose lines gains
/// its score; a run of other lines costs more than the sum of its lines, since a long run
/// of menu items, teasers or form lines is where an article stops, while one short line
/// between paragraphs (a subhead, a one-line quote) is not. A run's length is the sum of
/// its lines' weights, so that a table or a list inside the article costs little.
fn blocks(ls: &[Line]) -> Vec<(usize, usize, f32)> {
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < ls.len() {
        let prose = ls[i].score > 0.0;
        let mut j = i;
        let (mut value, mut run, mut phrases) = (0.0, 0.0f32, 0);
        while j < ls.len() && (ls[j].score > 0.0) == prose {
            value += ls[j].score;
            run += ls[j].weight;
            phrases += ls[j].phrase as usize;
            j += 1;
        }
        if !prose {
            value = -(run * 2.0 + if run >= 3.0 { run * run * 0.5 } else { 0.0 })
                - phrases as f32 * 20.0;
        }
        blocks.push((i, j, value));
        i = j;
    }
    blocks
}

/// The maximum-sum run of blocks (Kadane): the article body, as a line range; `None` when
/// no run gains anything (no prose: nothing to tell the article from its furniture).
fn body(blocks: &[(usize, usize, f32)]) -> Option<(usize, usize)> {
    let (mut best, mut best_range) = (f32::MIN, (0, 0));
    let (mut sum, mut from) = (0.0f32, 0);
    for &(first, end, value) in blocks {
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
    (best > 0.0).then_some(best_range)
}

/// Share of a gap's cost that counts when reaching for an earlier (or later) part of the
/// article.
const EARLIER_GAP_SHARE: f32 = 0.5;
/// Prose score an earlier (or later) part needs, about two paragraphs, to be reached for.
const EARLIER_MIN_PROSE: f32 = 40.0;

/// Where the body starts once earlier parts of the article are taken back: a long table,
/// a product box or an embedded block can cost the maximum-sum body its introduction, which
/// then reads as header. Walking back from the body's start over the blocks before it, at
/// half the cost of each gap, the start moves to the earliest block where the gain is
/// highest, provided two paragraphs' worth of prose are gained. Header lines wrongly kept
/// cost less than an article's opening dimmed.
fn earlier_start(blocks: &[(usize, usize, f32)], start: usize) -> usize {
    let before = blocks.iter().rev().skip_while(|b| b.1 > start);
    reach(before, start, |b| b.0)
}

/// The furthest edge (`edge` of a block) worth reaching across `blocks`, taken in the order
/// they are walked: prose counts in full, a costly block at [`EARLIER_GAP_SHARE`] of its
/// cost, and at least [`EARLIER_MIN_PROSE`] of prose must be gained; else `from`.
fn reach<'b>(
    blocks: impl Iterator<Item = &'b (usize, usize, f32)>,
    from: usize,
    edge: impl Fn(&(usize, usize, f32)) -> usize,
) -> usize {
    let (mut gain, mut best_gain, mut best, mut prose) = (0.0f32, 0.0f32, from, 0.0f32);
    for b in blocks {
        let value = b.2;
        gain += if value > 0.0 {
            value
        } else {
            value * EARLIER_GAP_SHARE
        };
        prose += value.max(0.0);
        if gain > best_gain && prose >= EARLIER_MIN_PROSE {
            best_gain = gain;
            best = edge(b);
        }
    }
    best
}

/// Where the body ends once later parts of the article are taken in: the same reach as
/// [`earlier_start`], forwards, but it stops at the first block that says a furniture
/// phrase or closes the article, since past such a line prose is teasers and comments.
fn later_end(ls: &[Line], blocks: &[(usize, usize, f32)], end: usize) -> usize {
    let after = blocks
        .iter()
        .skip_while(|b| b.0 < end)
        .take_while(|b| !ls[b.0..b.1].iter().any(|l| l.phrase || l.closing));
    reach(after, end, |b| b.1)
}

/// Lines of a list or table that ends the article: its last paragraph announces it ("The
/// tour dates:"), or five or more lines of figures or list items follow the body (after at
/// most one plain heading, "Tour dates"). Kadane's body never ends on a non-prose run, so
/// without this the list would read as footer. The list stops at the first prose,
/// furniture-phrase or closing line.
fn closing_list(ls: &[Line], end: usize) -> usize {
    let plain = |l: &Line| l.score <= 0.0 && !l.phrase && !l.closing;
    let mut end = end;
    if end > 0 && ls[end - 1].announces {
        end += ls[end..].iter().take_while(|l| plain(l)).count();
    }
    // A plain heading may stand before the list ("Tour dates").
    let head = ls
        .get(end)
        .is_some_and(|l| plain(l) && l.weight > DATA_WEIGHT) as usize;
    let data = ls[end + head..]
        .iter()
        .take_while(|l| plain(l) && l.weight <= DATA_WEIGHT)
        .count();
    if data >= 5 {
        end += head + data;
    }
    end
}

/// The number of a numbered item ("3. Harbour Town", "(12) Keep receipts"), if the line is one.
fn item_number(s: &str) -> Option<u32> {
    if !list_marker(s) {
        return None;
    }
    let digits = s.strip_prefix('(').unwrap_or(s);
    let n = digits.bytes().take_while(u8::is_ascii_digit).count();
    (n > 0).then(|| {
        digits.as_bytes()[..n]
            .iter()
            .fold(0, |acc, &b| acc * 10 + u32::from(b - b'0'))
    })
}

/// Where the body ends once the article's numbered items are followed past it: a listicle
/// ("1. …", "2. …", each item a paragraph and a box of short facts) costs the maximum-sum
/// body its later items, but a line after the body that goes on with the body's last item
/// number (the next number, then the one after it…) is the same article. The body then
/// takes the items in, and the last item's lines up to the first furniture phrase or
/// closing line. Lists after an article ("Most read": 1, 2, 3…) start again from one, and
/// a closing line (a copyright) stops the search. Returns the body's end and the line of
/// the last item taken in (the body's start when none), before which the article does not
/// end.
fn numbered_items(text: &str, ls: &[Line], start: usize, end: usize) -> (usize, usize) {
    let line = |l: &Line| sub(text, l.span.start, l.span.end);
    let Some(mut last) = ls[start..end]
        .iter()
        .rev()
        .find_map(|l| item_number(line(l)))
    else {
        return (end, start);
    };
    let mut item_end = end;
    for (i, l) in ls.iter().enumerate().skip(end) {
        if l.closing {
            break;
        }
        if item_number(line(l)) == Some(last + 1) {
            last += 1;
            item_end = i + 1;
        }
    }
    if item_end == end {
        return (end, start);
    }
    let mut topics = Topics::new(text, &ls[start..end]);
    let rest = ls[item_end..]
        .iter()
        .take_while(|l| !l.closing && (!l.phrase || topics.of(l)))
        .count();
    (item_end + rest, item_end - 1)
}

/// Lines after a furniture line that are searched for more furniture (a footer is a
/// cluster: "Share", "Tags:", "Related posts", a sign-up…).
const CLUSTER_WINDOW: usize = 8;
/// Consecutive prose lines that are the article going on, not a teaser or an author bio.
const ARTICLE_RUN: usize = 6;
/// Prose score, about four paragraphs, that the [`CLUSTER_WINDOW`] lines after a furniture
/// line must hold for the article to be going on when its paragraphs come one at a time,
/// between headings, questions or list labels (an FAQ, a listicle) rather than in a run of
/// [`ARTICLE_RUN`]. Teasers after a "Related" line are one or two short blurbs, not this.
const NEAR_PROSE: f32 = 100.0;
/// Prose score, twice [`NEAR_PROSE`], that the lines right after a closing heading ("Related
/// articles", "Copyright license") must hold, with no other furniture line among them, for
/// it to be a heading of the article (a teaser box it goes on after, a section on licences)
/// rather than its end. A closing sentence (a copyright notice, "This article was…") ends
/// it whatever follows. The same prose after a furniture line keeps it from ending the
/// article even when more furniture crowds around it (a sign-in box between paragraphs).
const CLOSING_NEAR_PROSE: f32 = 2.0 * NEAR_PROSE;

/// Whether a furniture line reads like an insert between paragraphs rather than a page's
/// footer: a short label ("Advertisement", "Read More"), a labelled line ("Read more: …",
/// "Photo: …") or a shouted one ("CLICK HERE TO GET THE APP").
fn insert_like(s: &str, words: usize) -> bool {
    // Shouted: no lower-case letter (a test on the letters, not an upper-cased copy, which
    // would bring the standard library's case tables into the WebAssembly build).
    words <= 3 || s.as_bytes().contains(&b':') || !s.chars().any(crate::case::is_lower)
}

/// Whether one of the two lines after an insert is a full paragraph (ten words or more;
/// the other may be another insert, a caption or an ad label): the article resumes, so the
/// insert is not its end, even when only its last paragraph follows.
fn resumes(after: &[Line]) -> bool {
    after.iter().take(2).any(|l| l.score >= 10.0)
}

/// Where the article stops, within the body `start..end`: the first furniture line (a
/// sign-up, a "Most Read", a copyright) once most of the body's prose is behind it, or
/// once half of it is and more furniture follows close by. Teaser blurbs and author bios
/// after it read like prose, but they are not the article. A lone furniture line that the
/// article goes on after (a "Read more: …" between paragraphs, a run of six or more prose
/// lines later on, or about four paragraphs' worth of prose in the lines right after it,
/// headings between them) is not the end, unless furniture crowds around it (twice that
/// prose right after it outweighs any crowd: a sign-in box between paragraphs); an insert followed
/// at once by two full paragraphs ("ADVERTISEMENT" mid-article) never is; nor is an FAQ
/// question ("Where can I sign up?"). A line that closes an article (a copyright, a wire
/// byline, "Related articles") ends it once half of the prose is behind it, unless it is a
/// short heading that the article plainly goes on after (see [`CLOSING_NEAR_PROSE`]). Numbered items
/// the body was extended to (up to line `items`, see [`numbered_items`]) are the article.
fn article_end(text: &str, ls: &[Line], start: usize, end: usize, items: usize) -> usize {
    // Longest run of prose lines from each line to the body's end, built backwards.
    let mut longest_after = vec![0usize; end - start + 1];
    let mut run = 0;
    for i in (start..end).rev() {
        run = if ls[i].score > 0.0 { run + 1 } else { 0 };
        longest_after[i - start] = longest_after[i - start + 1].max(run);
    }
    let total: f32 = ls[start..end].iter().map(|l| l.score.max(0.0)).sum();
    let mut topics = Topics::new(text, &ls[start..end]);
    let mut seen = 0.0;
    for i in start..end {
        let l = &ls[i];
        if i < items {
            seen += l.score.max(0.0);
            continue;
        }
        // Prose in the lines right after it, headings and questions between paragraphs; and
        // whether no other furniture line stands among them.
        let near = || -> f32 {
            ls[i + 1..end.min(i + 1 + CLUSTER_WINDOW)]
                .iter()
                .map(|l| l.score.max(0.0))
                .sum()
        };
        let alone = || {
            !ls[i + 1..ls.len().min(i + CLUSTER_WINDOW)]
                .iter()
                .any(|l| l.phrase || l.closing)
        };
        let section = || l.score <= 0.0 && alone() && near() >= CLOSING_NEAR_PROSE;
        if l.closing && !l.question && seen >= total * 0.5 && !section() {
            return i;
        }
        if l.phrase {
            let cluster = ls[i..ls.len().min(i + CLUSTER_WINDOW)]
                .iter()
                .filter(|l| l.phrase)
                .count();
            let near = near();
            let goes_on = ((longest_after[i - start + 1] >= ARTICLE_RUN || near >= NEAR_PROSE)
                && cluster < 3)
                || near >= CLOSING_NEAR_PROSE
                || (l.insert && resumes(&ls[i + 1..end]));
            if !goes_on
                && (seen >= total * 0.7 || (seen >= total * 0.5 && cluster >= 2))
                && !topics.of(l)
            {
                return i;
            }
        }
        seen += l.score.max(0.0);
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The detector on a text read into its document.
    fn find(t: &str) -> Vec<Boilerplate> {
        super::find(&Document::read(t))
    }

    /// The one-pass line shape agrees with the plain definitions it replaces.
    #[test]
    fn line_shape_in_one_pass() {
        for t in [
            "",
            "  Share  ·  Tweet  ",
            "“Yes,” he said on 3 May — 東京で会いましょう。 \u{a0}\u{2003}x\u{b}y",
            "-- ' | 2024",
            "Ümlaut Straße 12\tZ",
        ] {
            let words = t
                .split_whitespace()
                .filter(|w| w.chars().any(crate::case::is_word_char))
                .count();
            let wide = t
                .chars()
                .filter(|&c| c > '\u{2E80}' && crate::case::is_letter(c))
                .count();
            let digit = t.chars().any(|c| c.is_ascii_digit());
            assert_eq!(shape(t), Shape { words, wide, digit }, "{t:?}");
        }
    }

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
    fn table_rows_between_paragraphs_stay_article() {
        // A ranking table, one row a line, between two parts of an article: its rows carry
        // figures, so the run is cheap and the body spans it.
        let mut parts = vec![PROSE, PROSE, "Rank City Score"];
        let rows: Vec<String> = (1..=30)
            .map(|i| format!("{i}. Harbour Town {}.{}", 90 - i, i % 10))
            .collect();
        parts.extend(rows.iter().map(String::as_str));
        parts.extend([PROSE, PROSE, PROSE]);
        let t = parts.join("\n");
        assert!(find(&t).is_empty(), "{:?}", kinds(&t));
    }

    #[test]
    fn bulleted_list_between_paragraphs_stays_article() {
        let item = "- keep the receipts of every repair";
        let mut parts = vec![PROSE, PROSE];
        parts.extend(std::iter::repeat_n(item, 25));
        parts.extend([PROSE, PROSE]);
        let t = parts.join("\n");
        assert!(find(&t).is_empty(), "{:?}", kinds(&t));
    }

    #[test]
    fn read_more_before_the_last_paragraphs_is_inline_not_the_end() {
        // Most of the prose is behind the "Read more" line, but six paragraphs follow it:
        // the article goes on.
        let mut parts = vec![PROSE; 16];
        parts.push("Read more: Council approves budget");
        parts.extend([PROSE; 6]);
        let t = article(&parts);
        let k = kinds(&t);
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(
            k[0],
            (
                "Read more: Council approves budget".to_string(),
                BoilerplateKind::Inline
            )
        );
    }

    #[test]
    fn an_advertisement_label_before_the_last_paragraphs_is_not_the_end() {
        // Most of the prose is behind the label, but two full paragraphs follow it at once.
        let mut parts = vec![PROSE; 12];
        parts.extend([
            "ADVERTISEMENT",
            PROSE,
            PROSE,
            "Share",
            "Facebook",
            "Twitter",
        ]);
        let t = article(&parts);
        let k = kinds(&t);
        assert_eq!(k.len(), 2, "{k:?}");
        assert_eq!(k[0], ("ADVERTISEMENT".to_string(), BoilerplateKind::Inline));
        assert_eq!(k[1].1, BoilerplateKind::Footer);
        assert!(k[1].0.starts_with("Share"), "{k:?}");
    }

    #[test]
    fn the_introduction_before_a_long_product_box_stays_article() {
        // Three opening paragraphs, then a box of twelve short product lines that costs more
        // than the opening gains: the body still starts at the opening.
        let mut parts = vec![PROSE; 3];
        parts.extend(["Blue kettle", "Steel body", "Fast boil", "Quiet base"].repeat(3));
        parts.extend([PROSE; 6]);
        let t = parts.join("\n");
        assert!(find(&t).is_empty(), "{:?}", kinds(&t));
    }

    #[test]
    fn the_article_after_a_long_box_stays_article_up_to_its_footer() {
        // Six paragraphs, a box of twelve short lines, three closing paragraphs, then the
        // share bar: the closing paragraphs are reached for, the share bar is not.
        let mut parts = vec![PROSE; 6];
        parts.extend(["Blue kettle", "Steel body", "Fast boil", "Quiet base"].repeat(3));
        parts.extend([PROSE; 3]);
        parts.extend(["Share", "Facebook", "Twitter", "Email"]);
        let t = parts.join("\n");
        let k = kinds(&t);
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(
            k[0],
            (
                "Share\nFacebook\nTwitter\nEmail".to_string(),
                BoilerplateKind::Footer
            )
        );
    }

    #[test]
    fn a_list_a_paragraph_announces_stays_article() {
        // Twenty bare items, no bullets, no figures, between two parts of an article: the
        // paragraph before them says a list follows.
        let mut parts = vec![PROSE; 3];
        parts.push("Every desk is different, so here are the groups of supplies that most home offices will need to find a place for:");
        parts.extend(["Pens", "Pencils", "Markers", "Scissors", "Paper Clips"].repeat(4));
        parts.extend([PROSE; 3]);
        parts.extend(["Share", "Facebook"]);
        let k = kinds(&parts.join("\n"));
        assert_eq!(
            k,
            vec![("Share\nFacebook".to_string(), BoilerplateKind::Footer)]
        );
    }

    #[test]
    fn numbered_items_past_the_body_stay_article() {
        // A listicle: each numbered item is one paragraph and a box of short facts that
        // costs more than the paragraph gains, so the maximum-sum body stops early; the
        // items after it go on with the numbering, and are the article up to its copyright.
        let facts = [
            "Overview",
            "Founded in the old town",
            "Services",
            "Trams",
            "Buses",
            "Ferries",
            "Night lines",
            "Clients",
            "City Council",
            "Port Authority",
            "Strengths",
            "Reliable timetables",
            "Friendly staff",
        ];
        let names: Vec<String> = (1..=5)
            .map(|k| format!("{k}. Harbour Transit Group"))
            .collect();
        let mut parts = vec![PROSE; 4];
        for name in &names {
            parts.push(name);
            parts.push(PROSE);
            parts.extend(facts);
        }
        parts.extend(["© 2024 Example Media", "News", "Sport", "Weather"]);
        let k = kinds(&parts.join("\n"));
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(k[0].1, BoilerplateKind::Footer);
        assert!(k[0].0.starts_with("© 2024"), "{k:?}");
        assert_eq!(item_number("12) Keep the receipts"), Some(12));
        assert_eq!(item_number("(3) Harbour"), Some(3));
        assert_eq!(item_number("2024 was a year"), None);
    }

    #[test]
    fn a_list_that_ends_the_article_stays_article() {
        // Announced by a colon: even lines without figures belong to the article.
        let mut parts = vec![PROSE; 4];
        parts.push("The band will play these cities next summer, the promoter said:");
        parts.extend(["Leeds Arena", "Glasgow Hydro", "Cardiff Hall"]);
        parts.extend(["Share", "Facebook"]);
        let k = kinds(&parts.join("\n"));
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(
            k[0],
            ("Share\nFacebook".to_string(), BoilerplateKind::Footer)
        );
        // A heading, then five or more lines of figures: a closing table.
        let mut parts = vec![PROSE; 4];
        parts.extend([
            "Tour dates",
            "June 9 - Leeds Arena",
            "June 11 - Glasgow Hydro",
            "June 14 - Cardiff Hall",
            "June 17 - York Barbican",
            "June 20 - Bath Forum",
        ]);
        parts.extend(["Share", "Facebook"]);
        let k = kinds(&parts.join("\n"));
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(
            k[0],
            ("Share\nFacebook".to_string(), BoilerplateKind::Footer)
        );
    }

    #[test]
    fn a_caption_and_an_ad_label_before_the_last_paragraphs_are_not_the_end() {
        let mut parts = vec![PROSE; 12];
        parts.extend(["Photo: City archive", PROSE, "Advertisement", PROSE, PROSE]);
        parts.extend(["Share", "Facebook", "Twitter"]);
        let k = kinds(&article(&parts));
        assert_eq!(k.len(), 3, "{k:?}");
        assert_eq!(k[0].1, BoilerplateKind::Inline);
        assert_eq!(k[1], ("Advertisement".to_string(), BoilerplateKind::Inline));
        assert_eq!(k[2].1, BoilerplateKind::Footer);
    }

    #[test]
    fn an_ad_label_before_the_one_last_paragraph_is_not_the_end() {
        let mut parts = vec![PROSE; 12];
        parts.extend(["Advertisement", PROSE, "Share This Story", "Facebook"]);
        let k = kinds(&article(&parts));
        assert_eq!(k.len(), 2, "{k:?}");
        assert_eq!(k[0], ("Advertisement".to_string(), BoilerplateKind::Inline));
        assert!(k[1].0.starts_with("Share This Story"), "{k:?}");
        assert_eq!(k[1].1, BoilerplateKind::Footer);
    }

    #[test]
    fn a_subscribe_line_before_single_paragraphs_under_headings_is_not_the_end() {
        // Most of the prose is behind the sign-up line, and the article goes on one paragraph
        // at a time under short headings (no run of six prose lines): it is still the article.
        let long = format!("{PROSE} {PROSE}");
        let mut parts = vec![PROSE; 16];
        parts.extend([
            "Subscribe",
            "What comes next",
            "The cost",
            &long,
            "The timetable",
            &long,
            "The tickets",
            &long,
            "Share",
            "Facebook",
        ]);
        let k = kinds(&article(&parts));
        assert_eq!(k.len(), 2, "{k:?}");
        assert_eq!(k[0], ("Subscribe".to_string(), BoilerplateKind::Inline));
        assert_eq!(
            k[1],
            ("Share\n\nFacebook".to_string(), BoilerplateKind::Footer)
        );
    }

    #[test]
    fn a_sign_in_box_before_many_paragraphs_is_not_the_end() {
        // Three furniture lines crowd together mid-article (a sign-in wall), but five long
        // paragraphs follow at once: the article goes on.
        let long = format!("{PROSE} {PROSE}");
        let mut parts = vec![PROSE; 14];
        parts.extend(["Subscribe", "Sign in", "Remember me for faster sign in"]);
        parts.extend([long.as_str(); 5]);
        parts.extend(["Share", "Facebook"]);
        let k = kinds(&article(&parts));
        assert_eq!(k.len(), 2, "{k:?}");
        assert_eq!(k[0].1, BoilerplateKind::Inline);
        assert!(k[0].0.starts_with("Subscribe"), "{k:?}");
        assert_eq!(
            k[1],
            ("Share\n\nFacebook".to_string(), BoilerplateKind::Footer)
        );
    }

    #[test]
    fn a_furniture_word_the_article_is_about_marks_no_furniture() {
        // An article on advertising: its heading "Advertising budgets for …" is neither inline
        // boilerplate nor the article's end. The same heading in an article that is not
        // about advertising ends it.
        let ads = "Advertising on local radio still reaches more listeners than most of the new channels, the agency said in its yearly report.";
        let tail = [
            "Advertising budgets for the coming year",
            PROSE,
            PROSE,
            "Share",
            "Facebook",
        ];
        let mut parts = vec![ads; 3];
        parts.extend([PROSE; 10]);
        parts.extend(tail);
        let k = kinds(&article(&parts));
        assert_eq!(
            k,
            vec![("Share\n\nFacebook".to_string(), BoilerplateKind::Footer)]
        );
        let mut parts = vec![PROSE; 13];
        parts.extend(tail);
        let k = kinds(&article(&parts));
        assert_eq!(k.len(), 1, "{k:?}");
        assert!(k[0].0.starts_with("Advertising budgets"), "{k:?}");
        assert!(says_word(b"Paid advertising works", b"advertising"));
        assert!(!says_word(b"advertisings", b"advertising"));
        assert!(says_word(b"See related: this", b"related:"));
    }

    #[test]
    fn a_closing_heading_the_article_goes_on_after_is_not_the_end() {
        // A "Related articles" box of two links mid-article, then five long paragraphs and no
        // furniture: the article goes on. A closing sentence stays the end (see
        // a_long_copyright_line_closes_the_article).
        let long = format!("{PROSE} {PROSE}");
        let mut parts = vec![PROSE; 16];
        parts.extend([
            "Related articles",
            "Why the trams are late again",
            "What the new timetable means for you",
        ]);
        parts.extend([long.as_str(); 5]);
        parts.extend(["Share", "Facebook"]);
        let k = kinds(&article(&parts));
        assert_eq!(k.len(), 2, "{k:?}");
        assert_eq!(
            k[0],
            ("Related articles".to_string(), BoilerplateKind::Inline)
        );
        assert_eq!(
            k[1],
            ("Share\n\nFacebook".to_string(), BoilerplateKind::Footer)
        );
    }

    #[test]
    fn an_faq_question_is_not_the_end() {
        let t = article(&[
            PROSE,
            PROSE,
            PROSE,
            "Where can I sign up?",
            "Residents can sign up at the town hall or on the city's website until the end of March.",
        ]);
        assert!(
            kinds(&t).iter().all(|(_, k)| *k != BoilerplateKind::Footer),
            "{:?}",
            kinds(&t)
        );
    }

    #[test]
    fn a_long_copyright_line_closes_the_article() {
        // Longer than a phrase line may be, but it starts like the end of an article, and
        // the teasers after it read like prose.
        let teaser = "Get the latest stories about the harbour, the trams and the city budget delivered to your inbox every single morning.";
        let t = article(&[
            PROSE,
            PROSE,
            PROSE,
            PROSE,
            PROSE,
            "© 2024 Example Media Group, all of its regional newspapers and their partner websites. Used with permission of the owners.",
            teaser,
            teaser,
            teaser,
            teaser,
        ]);
        let k = kinds(&t);
        assert_eq!(k.len(), 1, "{k:?}");
        assert_eq!(k[0].1, BoilerplateKind::Footer);
        assert!(k[0].0.starts_with("© 2024"));
    }

    #[test]
    fn closing_phrases_fit_the_lowered_opening() {
        assert!(lexicon::boilerplate_ends()
            .iter()
            .all(|p| p.len() <= MAX_END_PHRASE));
        let long = format!("Related content {}", "and more words ".repeat(30));
        assert!(closes_article(&long));
    }

    #[test]
    fn share_buttons_are_furniture_only_as_whole_lines() {
        assert!(has_phrase("facebook"));
        assert!(has_phrase("» share:"));
        assert!(!has_phrase("facebook said on monday it would appeal"));
        assert!(!has_phrase("the firm registered a loss"));
        assert!(has_phrase("register"));
    }

    #[test]
    fn closing_lines_are_told_by_their_start() {
        assert!(closes_article("related content"));
        assert!(closes_article("Jane Doe Contributed To This Report."));
        assert!(closes_article("request reprint & licensing"));
        assert!(closes_article(
            "(reporting by jane doe; editing by john roe)"
        ));
        assert!(closes_article("— first published on may 2, 2024"));
        assert!(!closes_article(
            "next up, the council will vote on the budget."
        ));
        assert!(!closes_article(
            "written by a former mayor, the book tells the story."
        ));
        assert!(!closes_article(
            "the council said related content was removed."
        ));
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
