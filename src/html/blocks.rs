//! The block reader: one walk over a [`Dom`] that makes the page text and its blocks.
//!
//! A block is the text of one block-level element (a paragraph, a heading, a list item, a
//! cell, a caption, or the loose text of a `div`), with whitespace collapsed as a browser
//! lays it out (`<br>` keeps its line break). Each block records what the structure says
//! of it: its element's role, the containers it sits in (nav, header, footer, aside, form,
//! figure, article, main, list, table), how much of its text is link text, and the
//! furniture or content words in the `class` and `id` of its ancestors. Those are the
//! features the article model (`article.rs`) weighs.
//!
//! What a reader never sees is skipped whole: scripts, styles, templates, `noscript`,
//! embedded objects, form controls, and elements marked hidden (`hidden`,
//! `aria-hidden="true"`, an inline `display:none` or `visibility:hidden`). The `<head>` gives
//! no text (its `title` and `meta` elements are skipped), only metadata (`meta.rs`).

use super::meta::Collector;
use super::Dom;

/// The role of a block's element.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// `h1`…`h6`, with its level.
    Heading(u8),
    Paragraph,
    ListItem,
    /// `figcaption`, `caption`.
    Caption,
    /// `td`, `th`, `dd`, `dt`.
    Cell,
    /// `blockquote`.
    Quote,
    /// `pre`.
    Pre,
    /// Loose text of a container (`div`, `section`, `td` …) or of the body.
    Other,
}

/// Containers a block sits in (bits of [`Block::within`]).
pub mod within {
    pub const NAV: u32 = 1;
    pub const HEADER: u32 = 1 << 1;
    pub const FOOTER: u32 = 1 << 2;
    pub const ASIDE: u32 = 1 << 3;
    pub const FORM: u32 = 1 << 4;
    pub const FIGURE: u32 = 1 << 5;
    pub const ARTICLE: u32 = 1 << 6;
    pub const MAIN: u32 = 1 << 7;
    pub const LIST: u32 = 1 << 8;
    pub const TABLE: u32 = 1 << 9;
    pub const ADDRESS: u32 = 1 << 10;
    pub const TIME: u32 = 1 << 11;
}

/// Words of `class` and `id` (bits of [`Block::classes`] for the block's own element and
/// the inline ones inside it, [`Block::ancestors`] for every container above it).
pub mod words {
    /// comment, share, social, related, nav, menu, footer, sidebar, promo, newsletter, …
    pub const FURNITURE: u32 = 1;
    /// article, content, story, body, post, entry, text, main
    pub const CONTENT: u32 = 1 << 1;
    /// caption, credit
    pub const CAPTION: u32 = 1 << 2;
    /// byline, author
    pub const BYLINE: u32 = 1 << 3;
    /// date, time, publish
    pub const DATE: u32 = 1 << 4;
    /// headline, title
    pub const HEADLINE: u32 = 1 << 5;
    /// ad, advert, sponsor, banner
    pub const AD: u32 = 1 << 6;
    /// comment, reply, disqus: readers' comments, prose that is not the article's
    pub const COMMENT: u32 = 1 << 7;
}

/// One block of the page text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    /// Byte range of the block's text in [`Page::text`].
    pub start: usize,
    pub end: usize,
    pub role: Role,
    /// [`within`] bits.
    pub within: u32,
    /// [`words`] bits of the block's own element and inline elements inside it.
    pub classes: u32,
    /// [`words`] bits of the containers above the block's element.
    pub ancestors: u32,
    /// Characters of the block's text inside links.
    pub link_chars: u32,
    /// Characters of the block's text.
    pub chars: u32,
    /// Element depth of the block's element.
    pub depth: u32,
    /// The block's element, as an index of [`Page::parents`].
    pub elem: u32,
}

/// A page as read: its text, its blocks in reading order, and what its metadata says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    pub text: String,
    pub blocks: Vec<Block>,
    pub meta: super::meta::Meta,
    /// For each element the walk entered (numbered in document order, the first 0), the
    /// number of its parent element (`u32::MAX` for the outermost).
    pub parents: Vec<u32>,
    /// For each element, the number of the last element inside it (itself when empty):
    /// element `e` is inside `c` when `c <= e <= exits[c]`.
    pub exits: Vec<u32>,
}

impl Page {
    /// The parent element of element `e` (`u32::MAX` for none, or for `e` itself none).
    pub fn parent(&self, e: u32) -> u32 {
        self.parents.get(e as usize).copied().unwrap_or(u32::MAX)
    }

    /// Whether element `e` is `c` or inside it.
    pub fn inside(&self, e: u32, c: u32) -> bool {
        c <= e && self.exits.get(c as usize).is_some_and(|&x| e <= x)
    }
}

/// What an element does to the reader.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Never rendered as text: skipped with everything inside it.
    Skip,
    /// Starts a block of its own.
    Block(Role),
    /// Text flows through it into the enclosing block.
    Inline,
    /// A line break inside the block.
    Break,
    /// A table cell: its row is the block (a row of the page is a line of the article),
    /// the cells a space apart.
    Cell,
}

fn kind(tag: &str) -> Kind {
    match tag {
        "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object"
        | "embed" | "canvas" | "select" | "option" | "button" | "textarea" | "input" | "title"
        | "video" | "audio" | "map" | "dialog" => Kind::Skip,
        "p" => Kind::Block(Role::Paragraph),
        "h1" => Kind::Block(Role::Heading(1)),
        "h2" => Kind::Block(Role::Heading(2)),
        "h3" => Kind::Block(Role::Heading(3)),
        "h4" => Kind::Block(Role::Heading(4)),
        "h5" => Kind::Block(Role::Heading(5)),
        "h6" => Kind::Block(Role::Heading(6)),
        "li" => Kind::Block(Role::ListItem),
        "figcaption" | "caption" => Kind::Block(Role::Caption),
        "tr" | "dd" | "dt" => Kind::Block(Role::Cell),
        "td" | "th" => Kind::Cell,
        "blockquote" => Kind::Block(Role::Quote),
        "pre" => Kind::Block(Role::Pre),
        "div" | "section" | "article" | "main" | "header" | "footer" | "nav" | "aside" | "form"
        | "figure" | "ul" | "ol" | "dl" | "table" | "tbody" | "thead" | "tfoot" | "address"
        | "fieldset" | "details" | "summary" | "body" | "html" | "hr" | "center" | "menu"
        | "legend" | "hgroup" | "picture" | "head" => Kind::Block(Role::Other),
        "br" => Kind::Break,
        _ => Kind::Inline,
    }
}

fn container(tag: &str) -> u32 {
    match tag {
        "nav" | "menu" => within::NAV,
        "header" => within::HEADER,
        "footer" => within::FOOTER,
        "aside" => within::ASIDE,
        "form" | "fieldset" => within::FORM,
        "figure" | "picture" => within::FIGURE,
        "article" => within::ARTICLE,
        "main" => within::MAIN,
        "ul" | "ol" | "dl" | "li" => within::LIST,
        "table" => within::TABLE,
        "address" => within::ADDRESS,
        "time" => within::TIME,
        _ => 0,
    }
}

/// The [`words`] bits of a `class` or `id` value (lower-cased by the caller).
pub fn class_words(value: &str) -> u32 {
    const TABLE: &[(&str, u32)] = &[
        ("comment", words::FURNITURE),
        ("comment", words::COMMENT),
        ("reply", words::COMMENT),
        ("disqus", words::COMMENT),
        ("share", words::FURNITURE),
        ("social", words::FURNITURE),
        ("related", words::FURNITURE),
        ("nav", words::FURNITURE),
        ("menu", words::FURNITURE),
        ("footer", words::FURNITURE),
        ("sidebar", words::FURNITURE),
        ("promo", words::FURNITURE),
        ("newsletter", words::FURNITURE),
        ("subscri", words::FURNITURE),
        ("widget", words::FURNITURE),
        ("cookie", words::FURNITURE),
        ("popup", words::FURNITURE),
        ("modal", words::FURNITURE),
        ("breadcrumb", words::FURNITURE),
        ("recommend", words::FURNITURE),
        ("trending", words::FURNITURE),
        ("popular", words::FURNITURE),
        ("signup", words::FURNITURE),
        ("login", words::FURNITURE),
        ("tags", words::FURNITURE),
        ("masthead", words::FURNITURE),
        ("article", words::CONTENT),
        ("content", words::CONTENT),
        ("story", words::CONTENT),
        ("body", words::CONTENT),
        ("post", words::CONTENT),
        ("entry", words::CONTENT),
        ("text", words::CONTENT),
        ("main", words::CONTENT),
        ("caption", words::CAPTION),
        ("credit", words::CAPTION),
        ("byline", words::BYLINE),
        ("author", words::BYLINE),
        ("date", words::DATE),
        ("time", words::DATE),
        ("publish", words::DATE),
        ("headline", words::HEADLINE),
        ("title", words::HEADLINE),
        ("advert", words::AD),
        ("sponsor", words::AD),
        ("banner", words::AD),
        ("-ad", words::AD),
        ("ad-", words::AD),
    ];
    let mut bits = 0;
    for &(word, bit) in TABLE {
        if bits & bit == 0 && value.contains(word) {
            bits |= bit;
        }
    }
    if value == "ad" || value == "ads" {
        bits |= words::AD;
    }
    bits
}

fn hidden<D: Dom>(dom: &D, node: &D::Node) -> bool {
    if dom.hidden(node)
        || dom
            .attr(node, "aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    let by_attribute = dom.attr(node, "hidden").is_some() && !streamed(dom, node);
    let by_style = || {
        dom.attr(node, "style").is_some_and(|style| {
            let s: String = style
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            s.contains("display:none") || s.contains("visibility:hidden")
        })
    };
    (by_attribute || by_style()) && !panel(dom, node)
}

/// Whether an element is a panel the reader opens (`role="region"` or `"tabpanel"`: an
/// accordion's answer, a tab's content): hidden by its inline style or the `hidden`
/// attribute until opened, and part of the page's text all the same.
fn panel<D: Dom>(dom: &D, node: &D::Node) -> bool {
    dom.attr(node, "role").is_some_and(|r| {
        let r = r.trim();
        r.eq_ignore_ascii_case("region") || r.eq_ignore_ascii_case("tabpanel")
    })
}

/// Whether a `hidden` element is content a server streamed ahead of its place: React
/// sends each suspended part of a page as `<div hidden id="S:3">…</div>` at the end of the
/// document, and a script moves it into place as the page loads. A saved page (a crawl, a
/// copy) holds the article there, hidden until that script runs; the live DOM has
/// already moved it.
fn streamed<D: Dom>(dom: &D, node: &D::Node) -> bool {
    dom.attr(node, "id").is_some_and(|id| {
        id.strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// What the walk knows at one element, saved and restored around its children.
#[derive(Clone, Copy)]
struct Ctx {
    role: Role,
    within: u32,
    classes: u32,
    ancestors: u32,
    links: u32,
    depth: u32,
    /// The innermost block element's number.
    elem: u32,
    /// White space is kept as it is (a plain-text editor read with [`Options::pre`]).
    pre: bool,
}

/// The block being gathered.
struct Open {
    start: usize,
    ctx: Ctx,
    link_chars: u32,
    chars: u32,
    /// The last character written was white space (or the block is empty).
    space: bool,
}

/// How to read a tree: see [`read_with`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Keep white space as it is, as in `<pre>` (for a plain-text editor, whose line breaks
    /// are paragraph breaks); by default it is collapsed as in a paragraph.
    pub pre: bool,
}

/// Where the page text came from, for mapping its offsets back to the tree's text nodes
/// (the browser's marker): runs of page text copied one for one from one text node.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    /// `(page offset, text node, node offset)` in UTF-16 units, by page offset; text node
    /// `n` is the `n`th node, from 0, for which [`Dom::text`] answered. A run lasts to the
    /// next one's start; what the reader wrote itself (block breaks, a collapsed space) sits
    /// at the end of the run before it.
    pub runs: Vec<(u32, u32, u32)>,
    /// Length of the page text so far, UTF-16 units.
    len16: u32,
    /// The text node being read, plus one (0 before the first).
    node: u32,
    /// The last character written continues the current run.
    joined: bool,
}

impl Trace {
    /// The length of the page text, UTF-16 units.
    pub fn len16(&self) -> u32 {
        self.len16
    }

    /// Where page offset `at` (UTF-16) lies: `(text node, offset in it)`, not clamped to
    /// the node's length. `None` for a page without text.
    pub fn locate(&self, at: u32) -> Option<(u32, u32)> {
        let i = self.runs.partition_point(|r| r.0 <= at).checked_sub(1)?;
        let (start, node, off) = self.runs[i];
        Some((node, off + (at - start)))
    }

    fn pushed(&mut self, units: u32) {
        self.len16 += units;
        self.joined = false;
    }

    fn popped(&mut self) {
        self.len16 -= 1;
        self.joined = false;
        while self.runs.last().is_some_and(|r| r.0 >= self.len16) {
            self.runs.pop();
        }
    }
}

struct Writer {
    text: String,
    blocks: Vec<Block>,
    open: Option<Open>,
    trace: Option<Trace>,
}

impl Writer {
    /// Text of the tree's next text node.
    fn push_node(&mut self, s: &str, ctx: Ctx) {
        if let Some(t) = &mut self.trace {
            t.node += 1;
            t.joined = false;
        }
        self.push_text(s, ctx)
    }

    fn push_text(&mut self, s: &str, ctx: Ctx) {
        // Runs of characters copied as they are (all but white space; in a block that keeps
        // white space, everything) go in at once; white space is collapsed one at a time.
        let mut i = 0;
        let mut at16 = 0u32;
        while i < s.len() {
            let end = if ctx.pre && self.open.is_some() {
                s.len()
            } else {
                next_space(s, i)
            };
            if end > i {
                let run = s.get(i..end).unwrap_or_default();
                let (chars, units) = if run.is_ascii() {
                    (run.len() as u32, run.len() as u32)
                } else {
                    run.chars()
                        .fold((0, 0), |(n, u), c| (n + 1, u + c.len_utf16() as u32))
                };
                let open = self.open.get_or_insert_with(|| {
                    if !self.text.is_empty() {
                        self.text.push_str("\n\n");
                        if let Some(t) = &mut self.trace {
                            t.pushed(2);
                        }
                    }
                    Open {
                        start: self.text.len(),
                        ctx,
                        link_chars: 0,
                        chars: 0,
                        space: false,
                    }
                });
                if let Some(t) = &mut self.trace {
                    if !t.joined && t.node > 0 {
                        t.runs.push((t.len16, t.node - 1, at16));
                    }
                    t.len16 += units;
                    t.joined = t.node > 0;
                }
                self.text.push_str(run);
                open.space = run.ends_with(char::is_whitespace);
                open.chars += chars;
                open.classes_or(ctx.classes);
                if ctx.links > 0 {
                    open.link_chars += chars;
                }
                at16 += units;
                i = end;
                continue;
            }
            // White space to collapse.
            let c = s.get(i..).and_then(|r| r.chars().next()).unwrap_or(' ');
            i += c.len_utf8();
            at16 += c.len_utf16() as u32;
            let wrote = match &mut self.open {
                Some(open) if !open.space => {
                    self.text.push(' ');
                    open.space = true;
                    true
                }
                _ => false,
            };
            if let Some(t) = &mut self.trace {
                if wrote {
                    // The space stands for the first white space of the run: a run goes on
                    // through it, and one that had ended stays ended.
                    t.len16 += 1;
                } else {
                    t.joined = false;
                }
            }
        }
    }

    fn line_break(&mut self) {
        if let Some(open) = &mut self.open {
            if self.text.ends_with(' ') {
                self.text.pop();
                if let Some(t) = &mut self.trace {
                    t.popped();
                }
            }
            if !self.text.ends_with('\n') || open.ctx.pre {
                self.text.push('\n');
                if let Some(t) = &mut self.trace {
                    t.pushed(1);
                }
            }
            open.space = true;
        }
    }

    /// Ends the open block, if any.
    fn flush(&mut self) {
        let Some(open) = self.open.take() else { return };
        while self.text.ends_with(char::is_whitespace) {
            // Only ' ' and '\n' unless white space is kept; every white space is one unit.
            self.text.pop();
            if let Some(t) = &mut self.trace {
                t.popped();
            }
        }
        self.blocks.push(Block {
            start: open.start,
            end: self.text.len(),
            role: open.ctx.role,
            within: open.ctx.within,
            classes: open.ctx.classes,
            ancestors: open.ctx.ancestors,
            link_chars: open.link_chars,
            chars: open.chars,
            depth: open.ctx.depth,
            elem: open.ctx.elem,
        });
    }
}

/// The byte offset of the first white space character (`char::is_whitespace`) at or after
/// `from` in `s`, or its length. Bytes, not characters: only the lead bytes of the white
/// space outside ASCII (U+0085, U+00A0: C2; U+1680: E1; U+2000…U+205F: E2; U+3000: E3) are
/// decoded.
fn next_space(s: &str, from: usize) -> usize {
    let bytes = s.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' || (b'\t'..=b'\r').contains(&b) {
            return i;
        }
        if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
            && s.get(i..)
                .and_then(|r| r.chars().next())
                .is_some_and(char::is_whitespace)
        {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

impl Open {
    fn classes_or(&mut self, bits: u32) {
        self.ctx.classes |= bits;
    }
}

/// Reads `dom` into a [`Page`]: linear in the number of nodes and the length of the text.
pub fn read<D: Dom>(dom: &D) -> Page {
    read_with(dom, Options::default(), None)
}

/// [`read`], with white space kept where `options` says, and with the origin of the page
/// text recorded in `trace` when one is given: the runs, and the text nodes they number.
pub fn read_with<D: Dom>(
    dom: &D,
    options: Options,
    mut trace: Option<(&mut Trace, &mut Vec<D::Node>)>,
) -> Page {
    let mut w = Writer {
        text: String::new(),
        blocks: Vec::new(),
        open: None,
        trace: trace.as_ref().map(|_| Trace::default()),
    };
    let mut meta = Collector::default();
    let root_ctx = Ctx {
        role: Role::Other,
        within: 0,
        classes: 0,
        ancestors: 0,
        links: 0,
        depth: 0,
        elem: u32::MAX,
        pre: options.pre,
    };
    let mut parents: Vec<u32> = Vec::new();
    let mut exits: Vec<u32> = Vec::new();
    // The numbers of the elements open around the walk.
    let mut open_elems: Vec<u32> = Vec::new();
    let mut ctx = root_ctx;
    // (element, its kind, the context to restore when leaving it)
    let mut stack: Vec<(D::Node, Kind, Ctx)> = Vec::new();
    let mut next = dom.first_child(&dom.root());
    loop {
        let Some(node) = next else {
            // Leave the innermost open element, then go on after it.
            let Some((node, kind, saved)) = stack.pop() else {
                break;
            };
            if let Some(e) = open_elems.pop() {
                exits[e as usize] = (parents.len() as u32).saturating_sub(1);
            }
            if let Kind::Block(_) = kind {
                w.flush();
            }
            meta.leave(stack.len(), &w.text);
            ctx = saved;
            next = dom.next_sibling(&node);
            continue;
        };
        if let Some(text) = dom.text(&node) {
            if let Some((_, nodes)) = &mut trace {
                nodes.push(node.clone());
            }
            w.push_node(&text, ctx);
            next = dom.next_sibling(&node);
            continue;
        }
        let Some(tag) = dom.tag(&node) else {
            next = dom.next_sibling(&node);
            continue;
        };
        meta.element(dom, &node, &tag);
        let k = kind(&tag);
        if k == Kind::Skip || hidden(dom, &node) {
            next = dom.next_sibling(&node);
            continue;
        }
        if k == Kind::Cell {
            w.push_text(" ", ctx);
        }
        if k == Kind::Break {
            w.line_break();
            next = dom.next_sibling(&node);
            continue;
        }
        let saved = ctx;
        let mut own = 0;
        // The classes of <html> and <body> describe the page (its template, its options:
        // "single-post", "has-comments"), not a region of it.
        for name in ["class", "id"] {
            if let Some(v) = dom
                .attr(&node, name)
                .filter(|_| !matches!(&*tag, "html" | "body"))
            {
                own |= class_words(&v.to_ascii_lowercase());
            }
        }
        // A form around the whole page (ASP.NET pages wrap <body> in one) says nothing.
        if tag != "form" || ctx.depth > 2 {
            ctx.within |= container(&tag);
        }
        ctx.depth = ctx.depth.saturating_add(1);
        match k {
            Kind::Block(role) => {
                w.flush();
                ctx.elem = parents.len() as u32;
                ctx.ancestors |= ctx.classes;
                ctx.classes = own;
                if role != Role::Other || !matches!(ctx.role, Role::Heading(_) | Role::Caption) {
                    ctx.role = role;
                }
            }
            _ => {
                ctx.classes |= own;
                if &*tag == "a" {
                    ctx.links += 1;
                }
            }
        }
        if tag == "time" {
            ctx.classes |= words::DATE;
        }
        meta.open(dom, &node, &tag, own, stack.len(), &w.text);
        let number = parents.len() as u32;
        parents.push(open_elems.last().copied().unwrap_or(u32::MAX));
        exits.push(number);
        open_elems.push(number);
        stack.push((node.clone(), k, saved));
        next = dom.first_child(&node);
    }
    w.flush();
    if let (Some((out, _)), Some(t)) = (trace, w.trace.take()) {
        *out = t;
    }
    Page {
        // A plain-text editor has no metadata; its text may be long.
        meta: if options.pre {
            Default::default()
        } else {
            meta.finish(&w.text, &w.blocks)
        },
        parents,
        exits,
        text: w.text,
        blocks: w.blocks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::native;

    /// Every character of the page text that came from a text node maps back to that
    /// character (a collapsed space to the white space it stands for).
    fn check_trace(html: &str, options: Options) -> Page {
        let doc = native::parse(html);
        let mut trace = Trace::default();
        let mut nodes = Vec::new();
        let page = read_with(&doc, options, Some((&mut trace, &mut nodes)));
        assert_eq!(
            page,
            read_with(&doc, options, None),
            "tracing changes nothing"
        );
        let units: Vec<u16> = page.text.encode_utf16().collect();
        assert_eq!(
            trace.len16() as usize,
            units.len(),
            "the trace kept the length"
        );
        let node_units: Vec<Vec<u16>> = nodes
            .iter()
            .map(|n| doc.text(n).unwrap().encode_utf16().collect())
            .collect();
        assert!(
            trace.runs.windows(2).all(|w| w[0].0 < w[1].0),
            "runs in order"
        );
        for &(at, node, off) in &trace.runs {
            let next = trace
                .runs
                .iter()
                .find(|r| r.0 > at)
                .map_or(units.len() as u32, |r| r.0);
            for k in 0..(next - at) {
                let page_unit = units[(at + k) as usize];
                let Some(&source) = node_units[node as usize].get((off + k) as usize) else {
                    // Past the node's end: only what the reader wrote itself.
                    assert!(page_unit == b' ' as u16 || page_unit == b'\n' as u16);
                    continue;
                };
                if page_unit == source {
                    continue;
                }
                let is_space = |u: u16| char::from_u32(u as u32).is_some_and(char::is_whitespace);
                assert!(
                    is_space(page_unit) && is_space(source) || page_unit == b'\n' as u16,
                    "page unit {page_unit} at {} is not node {node}'s unit {source} at {}",
                    at + k,
                    off + k
                );
            }
        }
        page
    }

    #[test]
    fn trace_maps_the_text_back_to_its_nodes() {
        check_trace(
            "<h1>A  <b>bold</b>\n title</h1><p>“We start   now,” <a href=x>Mayor Ana</a> said.<br>Line two</p>\
             <table><tr><td>cell one</td><td> cell two </td></tr></table><p>👩🏽‍💻 emoji and 中文</p>",
            Options::default(),
        );
        for page in [
            "tests/fixtures/news-page.html",
            "tests/fixtures/inline-quotes.html",
        ] {
            let html = std::fs::read_to_string(page).unwrap();
            check_trace(&html, Options::default());
        }
    }

    #[test]
    fn next_space_finds_what_is_whitespace_finds() {
        for u in 0..=0x10FFFFu32 {
            let Some(c) = char::from_u32(u) else { continue };
            let s = format!("ab{c}x");
            let want = if c.is_whitespace() { 2 } else { s.len() };
            assert_eq!(next_space(&s, 0), want, "U+{u:04X}");
        }
    }

    #[test]
    fn pre_keeps_white_space_as_typed() {
        let page = check_trace(
            "<p>  First paragraph,\n  its second line.\n\n“Second,” she said.   \n\n\n</p>",
            Options { pre: true },
        );
        assert_eq!(
            page.text,
            "First paragraph,\n  its second line.\n\n“Second,” she said."
        );
        let collapsed = check_trace("<p>a\n\nb</p>", Options::default());
        assert_eq!(collapsed.text, "a b");
    }
}
