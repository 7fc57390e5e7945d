//! The native [`Dom`]: HTML parsed by html5ever (the WHATWG parsing algorithm, as browsers
//! run it) into a flat arena of nodes.
//!
//! The arena is a `Vec` of nodes linked by index (parent, first and last child, siblings),
//! so building it allocates once per node and dropping it never recurses, however deep
//! the page nests. Only what the block reader asks for is kept: element names, the few
//! attributes it reads, and text.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::{parse_document, Attribute, LocalName, ParseOpts, QualName};

use super::Dom;

const NONE: u32 = u32::MAX;

/// Attributes the reader and the metadata collector ask for; the rest are dropped.
const KEPT: &[&str] = &[
    "class",
    "id",
    "hidden",
    "aria-hidden",
    "style",
    "rel",
    "itemprop",
    "property",
    "name",
    "content",
    "datetime",
    "type",
    "role",
    "href",
    "data-pubdate",
    "data-published",
    "data-publish-date",
];

#[derive(Debug)]
enum Data {
    Document,
    Element {
        name: LocalName,
        attrs: Vec<(LocalName, StrTendril)>,
        template: u32,
    },
    Text(StrTendril),
    Other,
}

#[derive(Debug)]
struct Node {
    parent: u32,
    first: u32,
    last: u32,
    prev: u32,
    next: u32,
    /// Depth when it was last inserted (the tree builder's moves may change it later).
    depth: u32,
    data: Data,
}

/// A parsed page.
#[derive(Debug)]
pub struct Document {
    nodes: Vec<Node>,
    /// The page nested deeper than [`MAX_DEPTH`], and what came after that was not read.
    pub truncated: bool,
}

/// Elements nested deeper than this end the parse: the rest of the page is not read.
///
/// Why: the HTML tree builder looks down its stack of open elements at many start tags
/// ("is there a `p` in button scope?"), so a page of 100,000 unclosed `<div>`s costs
/// 100,000² steps. Browsers cap the depth of the tree they build for the same reason
/// (Blink at 512); pages of real articles nest a few dozen deep.
pub const MAX_DEPTH: u32 = 2048;

/// The parser is fed this many bytes at a time, and stops between two feeds once the tree
/// is deeper than [`MAX_DEPTH`]: so the tree builder's scans stay bounded.
const FEED: usize = 16 * 1024;

/// Parses `html` (already decoded) into a [`Document`]. Never fails: the HTML parsing
/// algorithm gives every input a tree. Time is linear in the input: see [`MAX_DEPTH`].
pub fn parse(html: &str) -> Document {
    let depth = Rc::new(Cell::new(0));
    let sink = Sink {
        deepest: Rc::clone(&depth),
        nodes: RefCell::new(vec![Node {
            parent: NONE,
            first: NONE,
            last: NONE,
            prev: NONE,
            next: NONE,
            depth: 0,
            data: Data::Document,
        }]),
        dummy: QualName::new(None, html5ever::ns!(), html5ever::local_name!("")),
    };
    let mut parser = parse_document(sink, ParseOpts::default());
    let mut rest = html;
    while !rest.is_empty() && depth.get() <= MAX_DEPTH {
        let mut cut = rest.len().min(FEED);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (chunk, tail) = rest.split_at(cut);
        parser.process(StrTendril::from_slice(chunk));
        rest = tail;
    }
    let mut doc = parser.finish();
    doc.truncated = !rest.is_empty();
    doc
}

/// Decodes a page's bytes: UTF-8 (with or without its byte-order mark) when they are
/// UTF-8, else as the `charset` the page declares where that is a single-byte Latin
/// encoding (windows-1252, ISO-8859-1, ASCII), else UTF-8 with each bad sequence replaced.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(s);
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(2048)]).to_ascii_lowercase();
    let latin = [
        "charset=windows-1252",
        "charset=\"windows-1252",
        "charset=iso-8859-1",
        "charset=\"iso-8859-1",
        "charset=latin1",
        "charset=us-ascii",
    ]
    .iter()
    .any(|c| head.contains(c));
    if latin {
        // windows-1252 is what browsers read for all three.
        return Cow::Owned(bytes.iter().map(|&b| cp1252(b)).collect());
    }
    String::from_utf8_lossy(bytes)
}

fn cp1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

impl Dom for Document {
    type Node = u32;
    fn root(&self) -> u32 {
        0
    }
    fn first_child(&self, node: &u32) -> Option<u32> {
        let n = self.nodes.get(*node as usize)?;
        // A template's content is not rendered; its children are skipped.
        (n.first != NONE).then_some(n.first)
    }
    fn next_sibling(&self, node: &u32) -> Option<u32> {
        let n = self.nodes.get(*node as usize)?;
        (n.next != NONE).then_some(n.next)
    }
    fn tag(&self, node: &u32) -> Option<Cow<'_, str>> {
        match &self.nodes.get(*node as usize)?.data {
            Data::Element { name, .. } => Some(Cow::Borrowed(&**name)),
            _ => None,
        }
    }
    fn text(&self, node: &u32) -> Option<Cow<'_, str>> {
        match &self.nodes.get(*node as usize)?.data {
            Data::Text(t) => Some(Cow::Borrowed(&**t)),
            _ => None,
        }
    }
    fn attr(&self, node: &u32, name: &str) -> Option<Cow<'_, str>> {
        match &self.nodes.get(*node as usize)?.data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(n, _)| &**n == name)
                .map(|(_, v)| Cow::Borrowed(&**v)),
            _ => None,
        }
    }
}

/// html5ever's tree sink over the arena. A handle is a node index and, for an element, its
/// name, so that `elem_name` lends the name without borrowing the arena (which the tree
/// builder may be changing meanwhile).
struct Sink {
    nodes: RefCell<Vec<Node>>,
    /// The name lent for a node that is not an element (the builder never asks).
    dummy: QualName,
    /// The deepest insertion so far.
    deepest: Rc<Cell<u32>>,
}

#[derive(Clone)]
struct Handle(u32, Option<Rc<QualName>>);

fn node(id: u32) -> Handle {
    Handle(id, None)
}

impl Sink {
    fn new_node(&self, data: Data) -> u32 {
        let mut nodes = self.nodes.borrow_mut();
        let id = nodes.len() as u32;
        nodes.push(Node {
            parent: NONE,
            first: NONE,
            last: NONE,
            prev: NONE,
            next: NONE,
            depth: 0,
            data,
        });
        id
    }

    fn detach(nodes: &mut [Node], id: u32) {
        let (parent, prev, next) = {
            let n = &nodes[id as usize];
            (n.parent, n.prev, n.next)
        };
        if parent == NONE {
            return;
        }
        if prev != NONE {
            nodes[prev as usize].next = next;
        } else {
            nodes[parent as usize].first = next;
        }
        if next != NONE {
            nodes[next as usize].prev = prev;
        } else {
            nodes[parent as usize].last = prev;
        }
        let n = &mut nodes[id as usize];
        n.parent = NONE;
        n.prev = NONE;
        n.next = NONE;
    }

    /// Inserts `id` under `parent`, before `before` (or last when `NONE`).
    fn insert(nodes: &mut [Node], parent: u32, id: u32, before: u32) {
        Self::detach(nodes, id);
        let prev = if before == NONE {
            nodes[parent as usize].last
        } else {
            nodes[before as usize].prev
        };
        {
            let n = &mut nodes[id as usize];
            n.parent = parent;
            n.prev = prev;
            n.next = before;
        }
        if prev != NONE {
            nodes[prev as usize].next = id;
        } else {
            nodes[parent as usize].first = id;
        }
        if before != NONE {
            nodes[before as usize].prev = id;
        } else {
            nodes[parent as usize].last = id;
        }
    }

    /// Appends text to the text node `at`, if it is one.
    fn merge_text(nodes: &mut [Node], at: u32, text: &StrTendril) -> bool {
        if at == NONE {
            return false;
        }
        if let Data::Text(t) = &mut nodes[at as usize].data {
            t.push_tendril(text);
            return true;
        }
        false
    }

    fn place(&self, parent: u32, child: NodeOrText<Handle>, before: u32) {
        match child {
            NodeOrText::AppendNode(Handle(id, _)) => {
                let mut nodes = self.nodes.borrow_mut();
                Self::insert(&mut nodes, parent, id, before);
                let depth = nodes[parent as usize].depth.saturating_add(1);
                nodes[id as usize].depth = depth;
                if depth > self.deepest.get() {
                    self.deepest.set(depth);
                }
            }
            NodeOrText::AppendText(text) => {
                let prev = {
                    let nodes = self.nodes.borrow();
                    if before == NONE {
                        nodes[parent as usize].last
                    } else {
                        nodes[before as usize].prev
                    }
                };
                if Self::merge_text(&mut self.nodes.borrow_mut(), prev, &text) {
                    return;
                }
                let id = self.new_node(Data::Text(text));
                Self::insert(&mut self.nodes.borrow_mut(), parent, id, before);
            }
        }
    }
}

impl TreeSink for Sink {
    type Handle = Handle;
    type Output = Document;
    type ElemName<'a> = &'a QualName;

    fn finish(self) -> Document {
        Document {
            nodes: self.nodes.into_inner(),
            truncated: false,
        }
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> Handle {
        node(0)
    }

    fn elem_name<'a>(&'a self, target: &'a Handle) -> Self::ElemName<'a> {
        target.1.as_deref().unwrap_or(&self.dummy)
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, flags: ElementFlags) -> Handle {
        let template = if flags.template {
            self.new_node(Data::Document)
        } else {
            NONE
        };
        let kept = attrs
            .into_iter()
            .filter(|a| KEPT.contains(&&*a.name.local))
            .map(|a| (a.name.local, a.value))
            .collect();
        let id = self.new_node(Data::Element {
            name: name.local.clone(),
            attrs: kept,
            template,
        });
        Handle(id, Some(Rc::new(name)))
    }

    fn create_comment(&self, _text: StrTendril) -> Handle {
        node(self.new_node(Data::Other))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> Handle {
        node(self.new_node(Data::Other))
    }

    fn append(&self, parent: &Handle, child: NodeOrText<Handle>) {
        self.place(parent.0, child, NONE);
    }

    fn append_based_on_parent_node(
        &self,
        element: &Handle,
        prev_element: &Handle,
        child: NodeOrText<Handle>,
    ) {
        let has_parent = self.nodes.borrow()[element.0 as usize].parent != NONE;
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &Handle) -> Handle {
        match &self.nodes.borrow()[target.0 as usize].data {
            Data::Element { template, .. } if *template != NONE => node(*template),
            _ => target.clone(),
        }
    }

    fn same_node(&self, x: &Handle, y: &Handle) -> bool {
        x.0 == y.0
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &Handle, new_node: NodeOrText<Handle>) {
        let parent = self.nodes.borrow()[sibling.0 as usize].parent;
        if parent != NONE {
            self.place(parent, new_node, sibling.0);
        }
    }

    fn add_attrs_if_missing(&self, target: &Handle, attrs: Vec<Attribute>) {
        if let Data::Element { attrs: have, .. } =
            &mut self.nodes.borrow_mut()[target.0 as usize].data
        {
            for a in attrs {
                if KEPT.contains(&&*a.name.local) && !have.iter().any(|(n, _)| *n == a.name.local) {
                    have.push((a.name.local, a.value));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &Handle) {
        Self::detach(&mut self.nodes.borrow_mut(), target.0);
    }

    fn reparent_children(&self, node: &Handle, new_parent: &Handle) {
        let mut nodes = self.nodes.borrow_mut();
        let mut child = nodes[node.0 as usize].first;
        while child != NONE {
            let next = nodes[child as usize].next;
            Self::insert(&mut nodes, new_parent.0, child, NONE);
            child = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(doc: &Document) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![doc.root()];
        while let Some(n) = stack.pop() {
            if let Some(t) = doc.tag(&n) {
                out.push(t.into_owned());
            }
            let mut kids = Vec::new();
            let mut c = doc.first_child(&n);
            while let Some(k) = c {
                kids.push(k);
                c = doc.next_sibling(&k);
            }
            stack.extend(kids.into_iter().rev());
        }
        out
    }

    #[test]
    fn the_tree_is_the_html5_tree() {
        // Misnested tags and an implied body are fixed up as a browser would.
        let doc = parse("<title>T</title><p>one <b>two<p>three</b> four");
        assert_eq!(
            tags(&doc),
            ["html", "head", "title", "body", "p", "b", "p", "b"]
        );
        // Table foster-parenting moves stray text before the table.
        let doc = parse("<table>stray<tr><td>cell</td></tr></table>");
        let (page, _) = crate::html::read(&doc);
        assert_eq!(page.text, "stray\n\ncell");
    }

    #[test]
    fn deep_nesting_parses_and_drops() {
        // Within the cap, every level is read.
        let html = "<div>".repeat(1000) + "deep" + &"</div>".repeat(1000);
        let doc = parse(&html);
        assert!(!doc.truncated);
        assert_eq!(crate::html::read(&doc).0.text, "deep");
        // Past it, the parse stops (the page is cut, not the process).
        let html = "<p>first</p>".to_string()
            + &"<div>".repeat(100_000)
            + "deep"
            + &"</div>".repeat(100_000);
        let doc = parse(&html);
        assert!(doc.truncated);
        assert_eq!(crate::html::read(&doc).0.text, "first");
    }

    #[test]
    fn bytes_are_decoded_as_declared() {
        assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9"), "café");
        assert_eq!(
            decode(b"<meta charset=windows-1252>caf\xE9 \x93q\x94"),
            "<meta charset=windows-1252>café “q”"
        );
        assert_eq!(decode(b"caf\xE9"), "caf\u{FFFD}");
    }
}
