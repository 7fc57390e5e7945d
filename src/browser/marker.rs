//! The marker: reads a DOM subtree through the block reader, keeps the map from the text it
//! read back to the DOM's text nodes, and draws an analysis of that text with the CSS Custom
//! Highlight API. Drawing never changes the DOM: no element is wrapped, no attribute set,
//! so a caret in an editor stays where it is and a page is exactly as it was once the marks
//! are cleared.
//!
//! Highlight names are public API (embedders style them with `::highlight(name)`):
//!
//! | name | ranges |
//! |---|---|
//! | `ql-quote` | direct quotations |
//! | `ql-quote-partial` | partial quotations (fragments inside reported speech) |
//! | `ql-speaker-N` | quotations and mentions of a speaker, `N` = speaker index mod 8 |
//! | `ql-cue` | the cue (said, sagte…) of an attributed quotation |
//! | `ql-mention` | every mention of a speaker |
//! | `ql-term` | quoted terms (titles, names, scare quotes) |
//! | `ql-boilerplate` | page furniture around and inside the article |
//! | `ql-focus` | the quotations of the speaker chosen with `paint`'s `focus` |

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{AbstractRange, Document, Highlight, Node, Range};

use super::dom::WebDom;
use crate::html::blocks::{self, Trace};
use crate::html::ArticleFields;
use crate::wasm::{layers_field, named, read_options, to_js, JsLayers, LAYER_FIELDS};
use crate::{Analysis, Boilerplate, Unit};

/// Speaker colours: `ql-speaker-0` … `ql-speaker-7`.
pub const PALETTE: usize = 8;

const SPEAKER_NAMES: [&str; PALETTE] = [
    "ql-speaker-0",
    "ql-speaker-1",
    "ql-speaker-2",
    "ql-speaker-3",
    "ql-speaker-4",
    "ql-speaker-5",
    "ql-speaker-6",
    "ql-speaker-7",
];

/// What a page's structure says of it, as `Marker.page()` and `readHtml` give it: the text
/// as read (every offset is a UTF-16 offset of it), the article, and its furniture.
#[derive(Serialize)]
pub struct Reading {
    pub text: String,
    pub article: ArticleFields,
    pub boilerplate: Vec<Boilerplate>,
}

/// Options of `Marker.read`.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct ReadOptions {
    /// White space as typed (a plain-text editor): no collapsing, line breaks kept.
    #[serde(deserialize_with = "read_pre")]
    pre: bool,
    /// A rendered page: elements hidden by its style sheets are not read.
    #[serde(deserialize_with = "read_live")]
    live: bool,
}
named!(read_pre, bool, "options.pre");
named!(read_live, bool, "options.live");

/// Options of `Marker.paint`.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct PaintOptions {
    #[serde(deserialize_with = "layers_field")]
    layers: JsLayers,
    /// A speaker index: its quotations also go into `ql-focus`.
    #[serde(deserialize_with = "paint_focus")]
    focus: Option<u32>,
}
named!(paint_focus, Option<u32>, "options.focus");

/// A read DOM subtree and the marks drawn on it.
#[wasm_bindgen(skip_typescript)]
pub struct Marker {
    document: Document,
    nodes: Vec<Node>,
    trace: Trace,
    /// UTF-16 length of the text.
    len16: u32,
    text: String,
    reading: Option<Reading>,
    /// The highlight names this marker set (cleared by `clear` and before each paint).
    names: Vec<&'static str>,
}

#[wasm_bindgen]
impl Marker {
    /// See `quotelight.d.ts`.
    #[wasm_bindgen(skip_typescript)]
    pub fn read(root: &Node, options: JsValue) -> Result<Marker, js_sys::Error> {
        let options: ReadOptions = read_options(
            "Marker.read(root, options)",
            options,
            &[("", &["pre", "live"])],
        )?;
        let document = match root.dyn_ref::<Document>() {
            Some(d) => d.clone(),
            None => root.owner_document().ok_or_else(|| {
                js_sys::Error::new("Marker.read(root): root is not in a document")
            })?,
        };
        let dom = WebDom::new(root.clone(), options.live);
        let mut trace = Trace::default();
        let mut nodes = Vec::new();
        let page = blocks::read_with(
            &dom,
            blocks::Options { pre: options.pre },
            Some((&mut trace, &mut nodes)),
        );
        let reading = (!options.pre).then(|| {
            let article = crate::html::article::decide(&page, crate::html::article::WEIGHTS);
            reading(&page, &article)
        });
        Ok(Marker {
            document,
            nodes,
            trace,
            len16: page.text.encode_utf16().count() as u32,
            text: page.text,
            reading,
            names: Vec::new(),
        })
    }

    /// The text read: what every offset of `paint`'s analysis refers to.
    #[wasm_bindgen(getter, skip_typescript)]
    pub fn text(&self) -> String {
        self.text.clone()
    }

    /// What the page's structure says (`null` for a marker read with `pre`).
    #[wasm_bindgen(skip_typescript)]
    pub fn page(&self) -> Result<JsValue, js_sys::Error> {
        match &self.reading {
            Some(r) => to_js(r),
            None => Ok(JsValue::NULL),
        }
    }

    /// A DOM range over `[start, end)` of the text (UTF-16 offsets).
    #[wasm_bindgen(skip_typescript)]
    pub fn range(&self, start: u32, end: u32) -> Result<Range, js_sys::Error> {
        let range = self
            .document
            .create_range()
            .map_err(|_| js_sys::Error::new("Marker.range: the document cannot make ranges"))?;
        if let Some((node, off)) = self.point(start.min(end)) {
            let _ = range.set_start(node, off);
        }
        if let Some((node, off)) = self.point(end.max(start)) {
            let _ = range.set_end(node, off);
        }
        Ok(range)
    }

    /// The text offset of a DOM position (a text node the marker read and an offset in
    /// it, as a selection or `caretPositionFromPoint` gives), or `undefined`.
    #[wasm_bindgen(js_name = offsetOf, skip_typescript)]
    pub fn offset_of(&self, node: &Node, offset: u32) -> Option<u32> {
        let n = self.nodes.iter().position(|x| x == node)? as u32;
        // The last run of that node that starts at or before `offset`.
        let mut best = None;
        for &(at, node, off) in &self.trace.runs {
            if node == n && off <= offset {
                best = Some(at + (offset - off));
            } else if node > n {
                break;
            }
        }
        best.map(|b| b.min(self.len16))
    }

    /// Draws `analysis` (of `text`, UTF-16 offsets) and returns `true`; `false` when the
    /// browser has no CSS Custom Highlight API (nothing drawn then). Options: `layers`
    /// (as `analyze`'s) and `focus` (a speaker index).
    #[wasm_bindgen(skip_typescript)]
    pub fn paint(&mut self, analysis: JsValue, options: JsValue) -> Result<bool, js_sys::Error> {
        let options: PaintOptions = read_options(
            "Marker.paint(analysis, options)",
            options,
            &[("", &["layers", "focus"]), ("layers", LAYER_FIELDS)],
        )?;
        let analysis: Analysis = serde_wasm_bindgen::from_value(analysis).map_err(|e| {
            js_sys::Error::new(&["Marker.paint(analysis): ", &e.to_string()].concat())
        })?;
        self.clear();
        if !supported() {
            return Ok(false);
        }
        let mut groups: Vec<(&'static str, Vec<AbstractRange>, i32)> = Vec::new();
        let mut add = |name: &'static str, priority: i32, r: &Range| {
            let i = match groups.iter().position(|g| g.0 == name) {
                Some(i) => i,
                None => {
                    groups.push((name, Vec::new(), priority));
                    groups.len() - 1
                }
            };
            groups[i].1.push(r.clone().unchecked_into());
        };
        let mut speaker_of = vec![None; analysis.quotes.len()];
        for (i, s) in analysis.speakers.iter().enumerate() {
            for &q in &s.quotes {
                if let Some(slot) = speaker_of.get_mut(q) {
                    *slot = Some(i);
                }
            }
        }
        let layers = crate::Layers::from(options.layers);
        if layers.boilerplate {
            for b in &analysis.boilerplate {
                add(
                    "ql-boilerplate",
                    0,
                    &self.range(b.start as u32, b.end as u32)?,
                );
            }
        }
        if layers.quotes {
            for t in &analysis.terms {
                add("ql-term", 1, &self.range(t.start as u32, t.end as u32)?);
            }
            for (i, q) in analysis.quotes.iter().enumerate() {
                let r = self.range(q.start as u32, q.end as u32)?;
                let name = match q.kind {
                    crate::QuoteKind::Partial => "ql-quote-partial",
                    _ => "ql-quote",
                };
                add(name, 1, &r);
                if let Some(s) = speaker_of[i] {
                    add(SPEAKER_NAMES[s % PALETTE], 2, &r);
                    if options.focus == Some(s as u32) {
                        add("ql-focus", 4, &r);
                    }
                }
                if layers.speakers {
                    if let (Some(c), Some(_)) = (&q.cue, speaker_of[i]) {
                        add("ql-cue", 3, &self.range(c.start as u32, c.end as u32)?);
                    }
                }
            }
        }
        if layers.speakers {
            for (i, s) in analysis.speakers.iter().enumerate() {
                for m in &s.mentions {
                    let r = self.range(m.start as u32, m.end as u32)?;
                    add("ql-mention", 3, &r);
                    add(SPEAKER_NAMES[i % PALETTE], 2, &r);
                }
            }
        }
        let registry = web_sys::css::JsNamespaceCss::highlights();
        for (name, ranges, priority) in groups {
            let h = Highlight::new(&ranges)
                .map_err(|_| js_sys::Error::new("Marker.paint: could not make a Highlight"))?;
            h.set_priority(priority);
            registry.set(name, &h);
            self.names.push(name);
        }
        Ok(true)
    }

    /// Removes every highlight this marker drew.
    #[wasm_bindgen(skip_typescript)]
    pub fn clear(&mut self) {
        if self.names.is_empty() || !supported() {
            self.names.clear();
            return;
        }
        let registry = web_sys::css::JsNamespaceCss::highlights();
        for name in self.names.drain(..) {
            registry.delete(name);
        }
    }
}

impl Marker {
    /// The DOM position of text offset `at`: in the run it falls in, clamped to its node.
    fn point(&self, at: u32) -> Option<(&Node, u32)> {
        let (n, off) = self.trace.locate(at)?;
        let node = self.nodes.get(n as usize)?;
        let len = node
            .dyn_ref::<web_sys::CharacterData>()
            .map_or(0, |c| c.length());
        Some((node, off.min(len)))
    }
}

/// Whether `CSS.highlights` and `Highlight` exist here.
fn supported() -> bool {
    let global = js_sys::global();
    let has = |o: &JsValue, k: &str| {
        js_sys::Reflect::get(o, &JsValue::from_str(k))
            .ok()
            .filter(|v| !v.is_undefined())
    };
    has(&global, "Highlight").is_some()
        && has(&global, "CSS").is_some_and(|css| has(&css, "highlights").is_some())
}

/// The reading of a page: its furniture as boilerplate spans, offsets in UTF-16 units.
pub(crate) fn reading(page: &crate::html::Page, article: &crate::html::Article) -> Reading {
    let map = crate::offsets::OffsetMap::new(&page.text, Unit::Utf16);
    let boilerplate = crate::html::furniture(page, article)
        .into_iter()
        .map(|b| Boilerplate {
            start: map.get(b.start),
            end: map.get(b.end),
            kind: b.kind,
        })
        .collect();
    Reading {
        article: ArticleFields {
            body: article.body_text(page),
            title: article.title.clone(),
            author: article.author.clone(),
            date: article.date.clone(),
        },
        boilerplate,
        text: page.text.clone(),
    }
}

/// See `quotelight.d.ts`: `html` parsed by the browser's `DOMParser` (inert: no script
/// runs, no handler, nothing is fetched, nothing is inserted into the page) and read.
#[wasm_bindgen(js_name = readHtml, skip_typescript)]
pub fn read_html(html: JsValue) -> Result<JsValue, js_sys::Error> {
    let Some(html) = html.as_string() else {
        return Err(js_sys::Error::new("readHtml(html): html must be a string"));
    };
    let parser = web_sys::DomParser::new().map_err(|_| {
        js_sys::Error::new("readHtml(html): this context has no DOMParser (a Worker?)")
    })?;
    let doc = parser
        .parse_from_string(&html, web_sys::SupportedType::TextHtml)
        .map_err(|_| js_sys::Error::new("readHtml(html): the HTML could not be parsed"))?;
    let (page, article) = crate::html::read(&WebDom::new(doc.into(), false));
    to_js(&reading(&page, &article))
}
