//! A page as a list of nodes, for the pages where the browser layer cannot run beside the
//! DOM: a page whose Content-Security-Policy forbids WebAssembly forbids it to an extension's
//! content script too. The content script then walks the page in JavaScript into this flat
//! form (`snapshot()` in `www/mark.js`) and the extension's own context reads it with the same
//! block reader; the marks come back as DOM positions (`Marker.plan`) for the content script
//! to draw.

use std::borrow::Cow;

use serde::Deserialize;

use crate::html::Dom;

/// One node, in document order (pre-order).
#[derive(Deserialize)]
pub struct SnapNode {
    /// The parent's index, `-1` for a child of the root.
    p: i32,
    /// An element's local name.
    #[serde(default)]
    t: Option<String>,
    /// A text node's data.
    #[serde(default)]
    x: Option<String>,
    /// An element's attributes.
    #[serde(default)]
    a: Vec<(String, String)>,
    /// Hidden by the page's style sheets.
    #[serde(default)]
    h: bool,
}

/// The nodes, linked child by child.
pub struct Snapshot {
    nodes: Vec<SnapNode>,
    /// First child and next sibling of each node; `first[len]` is the root's.
    first: Vec<u32>,
    next: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl Snapshot {
    /// Links `nodes`; a node whose parent does not come before it is an error.
    pub fn new(nodes: Vec<SnapNode>) -> Result<Self, String> {
        let n = nodes.len();
        let mut first = vec![NONE; n + 1];
        let mut next = vec![NONE; n];
        let mut last = vec![NONE; n + 1];
        for (i, node) in nodes.iter().enumerate() {
            let p = if node.p < 0 { n } else { node.p as usize };
            if p != n && p >= i {
                return Err(["node ", &i.to_string(), ": its parent comes after it"].concat());
            }
            if last[p] == NONE {
                first[p] = i as u32;
            } else {
                next[last[p] as usize] = i as u32;
            }
            last[p] = i as u32;
        }
        Ok(Snapshot { nodes, first, next })
    }

    /// The UTF-16 length of a text node's data.
    pub fn units(&self, node: usize) -> u32 {
        self.nodes
            .get(node)
            .and_then(|n| n.x.as_deref())
            .map_or(0, |x| x.encode_utf16().count() as u32)
    }
}

impl Dom for Snapshot {
    type Node = usize;

    fn root(&self) -> usize {
        self.nodes.len()
    }

    fn first_child(&self, node: &usize) -> Option<usize> {
        let f = *self.first.get(*node)?;
        (f != NONE).then_some(f as usize)
    }

    fn next_sibling(&self, node: &usize) -> Option<usize> {
        let f = *self.next.get(*node)?;
        (f != NONE).then_some(f as usize)
    }

    fn tag(&self, node: &usize) -> Option<Cow<'_, str>> {
        self.nodes.get(*node)?.t.as_deref().map(Cow::Borrowed)
    }

    fn text(&self, node: &usize) -> Option<Cow<'_, str>> {
        self.nodes.get(*node)?.x.as_deref().map(Cow::Borrowed)
    }

    fn attr(&self, node: &usize, name: &str) -> Option<Cow<'_, str>> {
        let n = self.nodes.get(*node)?;
        n.a.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| Cow::Borrowed(v.as_str()))
    }

    fn hidden(&self, node: &usize) -> bool {
        self.nodes.get(*node).is_some_and(|n| n.h)
    }
}
