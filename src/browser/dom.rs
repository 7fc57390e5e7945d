//! The browser's DOM as a [`Dom`]: the block reader walks it through web-sys exactly as it
//! walks an html5ever tree natively, so a page reads the same in the CLI, in a pasted
//! page's `text/html` (parsed inert by `DOMParser`) and on the live page of the extension.

use std::borrow::Cow;

use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

use crate::html::Dom;

/// A DOM subtree, read from `root`'s first child on.
pub struct WebDom {
    root: Node,
    /// Computed styles decide what is hidden (a rendered page); `false` for a document
    /// that is not rendered (`DOMParser`), where only attributes and inline styles can.
    live: Option<web_sys::Window>,
}

impl WebDom {
    pub fn new(root: Node, live: bool) -> Self {
        WebDom {
            root,
            live: if live { web_sys::window() } else { None },
        }
    }
}

impl Dom for WebDom {
    type Node = Node;

    fn root(&self) -> Node {
        self.root.clone()
    }

    fn first_child(&self, node: &Node) -> Option<Node> {
        node.first_child()
    }

    fn next_sibling(&self, node: &Node) -> Option<Node> {
        node.next_sibling()
    }

    fn tag(&self, node: &Node) -> Option<Cow<'_, str>> {
        let el = node.dyn_ref::<Element>()?;
        let name = el.local_name();
        Some(Cow::Owned(
            if name.bytes().any(|b| b.is_ascii_uppercase()) {
                name.to_ascii_lowercase()
            } else {
                name
            },
        ))
    }

    fn text(&self, node: &Node) -> Option<Cow<'_, str>> {
        if node.node_type() != Node::TEXT_NODE {
            return None;
        }
        Some(Cow::Owned(node.node_value().unwrap_or_default()))
    }

    fn attr(&self, node: &Node, name: &str) -> Option<Cow<'_, str>> {
        node.dyn_ref::<Element>()?
            .get_attribute(name)
            .map(Cow::Owned)
    }

    fn hidden(&self, node: &Node) -> bool {
        let (Some(window), Some(el)) = (&self.live, node.dyn_ref::<Element>()) else {
            return false;
        };
        let Ok(Some(style)) = window.get_computed_style(el) else {
            return false;
        };
        let is = |p: &str, v: &str| style.get_property_value(p).is_ok_and(|x| x == v);
        is("display", "none") || is("visibility", "hidden")
    }
}
