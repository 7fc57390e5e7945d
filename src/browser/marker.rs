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

/// What a page's structure says of it: its article, and its furniture as boilerplate spans
/// (UTF-16 offsets of the text read).
pub struct Structure {
    pub article: ArticleFields,
    pub boilerplate: Vec<Boilerplate>,
}

/// `Marker.page()` and `readHtml`: the text as read, with what its structure says.
#[derive(Serialize)]
struct Reading<'a> {
    text: &'a str,
    article: &'a ArticleFields,
    boilerplate: &'a [Boilerplate],
}

impl Structure {
    /// The structure of `page` as `article` decides it.
    fn of(page: &crate::html::Page, article: crate::html::Article) -> Structure {
        let map = crate::offsets::OffsetMap::new(&page.text, Unit::Utf16);
        let boilerplate = crate::html::furniture(page, &article)
            .into_iter()
            .map(|b| Boilerplate {
                start: map.get(b.start),
                end: map.get(b.end),
                kind: b.kind,
            })
            .collect();
        Structure {
            article: ArticleFields::of(page, article),
            boilerplate,
        }
    }

    fn to_js(&self, text: &str) -> Result<JsValue, js_sys::Error> {
        to_js(&Reading {
            text,
            article: &self.article,
            boilerplate: &self.boilerplate,
        })
    }
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
    /// Milliseconds of work per call: past it, `paint` stops and `resume` goes on.
    #[serde(deserialize_with = "paint_budget")]
    budget: Option<f64>,
}
named!(paint_focus, Option<u32>, "options.focus");
named!(paint_budget, Option<f64>, "options.budget");

/// A paint cut by its budget: the spans, the ranges made so far, the highlights.
struct Pending {
    spans: Vec<(u32, u32)>,
    ranges: Vec<AbstractRange>,
    groups: Vec<Group>,
    budget: f64,
}

/// A read DOM subtree and the marks drawn on it.
#[wasm_bindgen(skip_typescript)]
pub struct Marker {
    /// `None` for a marker read from a snapshot (it plans, the content script draws).
    document: Option<Document>,
    /// The text nodes the trace numbers (none for a snapshot).
    nodes: Vec<Node>,
    /// For each of those, its UTF-16 length; for a snapshot, also its snapshot index.
    lens: Vec<u32>,
    ids: Vec<u32>,
    trace: Trace,
    text: String,
    /// What the structure says (none for a plain-text editor, read with `pre`).
    structure: Option<Structure>,
    /// The highlight names this marker set (cleared by `clear` and before each paint).
    names: Vec<&'static str>,
    pending: Option<Pending>,
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
        let lens = nodes
            .iter()
            .map(|n| {
                n.dyn_ref::<web_sys::CharacterData>()
                    .map_or(0, |c| c.length())
            })
            .collect();
        Ok(Marker::new(
            Some(document),
            nodes,
            lens,
            Vec::new(),
            trace,
            page,
            !options.pre,
        ))
    }

    /// See `quotelight.d.ts`: a page read from its snapshot (`snapshot()` of `mark.js`),
    /// where the DOM is out of reach (the extension, on a page that forbids WebAssembly).
    #[wasm_bindgen(js_name = readSnapshot, skip_typescript)]
    pub fn read_snapshot(snapshot: JsValue) -> Result<Marker, js_sys::Error> {
        let fail = |m: &str| js_sys::Error::new(&["Marker.readSnapshot(snapshot): ", m].concat());
        let nodes: Vec<super::snapshot::SnapNode> =
            serde_wasm_bindgen::from_value(snapshot).map_err(|e| fail(&e.to_string()))?;
        let snap = super::snapshot::Snapshot::new(nodes).map_err(|e| fail(&e))?;
        let mut trace = Trace::default();
        let mut ids = Vec::new();
        let page = blocks::read_with(
            &snap,
            blocks::Options::default(),
            Some((&mut trace, &mut ids)),
        );
        let lens = ids.iter().map(|&i| snap.units(i)).collect();
        let ids = ids.into_iter().map(|i| i as u32).collect();
        Ok(Marker::new(None, Vec::new(), lens, ids, trace, page, true))
    }

    /// The text read: what every offset of `paint`'s analysis refers to.
    #[wasm_bindgen(getter, skip_typescript)]
    pub fn text(&self) -> String {
        self.text.clone()
    }

    /// What the page's structure says (`null` for a marker read with `pre`).
    #[wasm_bindgen(skip_typescript)]
    pub fn page(&self) -> Result<JsValue, js_sys::Error> {
        match &self.structure {
            Some(s) => s.to_js(&self.text),
            None => Ok(JsValue::NULL),
        }
    }

    /// A DOM range over `[start, end)` of the text (UTF-16 offsets).
    #[wasm_bindgen(skip_typescript)]
    pub fn range(&self, start: u32, end: u32) -> Result<Range, js_sys::Error> {
        let range = self
            .document
            .as_ref()
            .and_then(|d| d.create_range().ok())
            .ok_or_else(|| {
                js_sys::Error::new(
                    "Marker.range: no document to make ranges in (a snapshot: use plan)",
                )
            })?;
        if let Some((n, off)) = self.point(start.min(end)) {
            let _ = range.set_start(&self.nodes[n], off);
        }
        if let Some((n, off)) = self.point(end.max(start)) {
            let _ = range.set_end(&self.nodes[n], off);
        }
        Ok(range)
    }

    /// See `quotelight.d.ts`: the highlights `paint` would draw, as DOM positions of the
    /// snapshot's nodes, for a content script to draw.
    #[wasm_bindgen(skip_typescript)]
    pub fn plan(&self, analysis: JsValue, options: JsValue) -> Result<JsValue, js_sys::Error> {
        let (analysis, options) = paint_args(analysis, options)?;
        #[derive(Serialize)]
        struct Planned {
            name: &'static str,
            priority: i32,
            /// `[node, offset, node, offset]` per range, flat; nodes are snapshot indices.
            ranges: Vec<u32>,
        }
        let id = |n: usize| self.ids.get(n).copied().unwrap_or(n as u32);
        let (spans, groups) = self.groups(&analysis, &options);
        let points: Vec<Option<[u32; 4]>> = spans
            .iter()
            .map(|&(start, end)| match (self.point(start), self.point(end)) {
                (Some((a, x)), Some((b, y))) => Some([id(a), x, id(b), y]),
                _ => None,
            })
            .collect();
        let planned: Vec<Planned> = groups
            .into_iter()
            .map(|(name, priority, members)| Planned {
                name,
                priority,
                ranges: members
                    .iter()
                    .filter_map(|&k| points[k])
                    .flatten()
                    .collect(),
            })
            .collect();
        to_js(&planned)
    }

    /// See `quotelight.d.ts`: the DOM positions of text offsets, as `plan` gives its
    /// ranges' ends (snapshot indices for a snapshot's marker).
    #[wasm_bindgen(skip_typescript)]
    pub fn positions(&self, offsets: Vec<u32>) -> Vec<i32> {
        let id = |n: usize| self.ids.get(n).copied().unwrap_or(n as u32) as i32;
        offsets
            .iter()
            .flat_map(|&at| match self.point(at) {
                Some((n, off)) => [id(n), off as i32],
                None => [-1, -1],
            })
            .collect()
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
        best.map(|b| b.min(self.trace.len16()))
    }

    /// Draws `analysis` (of `text`, UTF-16 offsets) and returns `true`; `false` when the
    /// browser has no CSS Custom Highlight API (nothing drawn then). Options: `layers`
    /// (as `analyze`'s), `focus` (a speaker index) and `budget` (milliseconds: past it the
    /// work stops, `pending` is true, and `resume` goes on; the marks appear when it ends).
    #[wasm_bindgen(skip_typescript)]
    pub fn paint(&mut self, analysis: JsValue, options: JsValue) -> Result<bool, js_sys::Error> {
        let (analysis, options) = paint_args(analysis, options)?;
        self.clear();
        self.pending = None;
        if !supported() {
            return Ok(false);
        }
        let (spans, groups) = self.groups(&analysis, &options);
        self.pending = Some(Pending {
            ranges: Vec::with_capacity(spans.len()),
            spans,
            groups,
            budget: options.budget.unwrap_or(f64::INFINITY),
        });
        self.resume()?;
        Ok(true)
    }

    /// Whether a paint cut by its budget has work left (`resume` it).
    #[wasm_bindgen(getter, skip_typescript)]
    pub fn pending(&self) -> bool {
        self.pending.is_some()
    }

    /// Goes on with a paint cut by its budget, for another budget; `true` once the marks
    /// are drawn (or nothing was left to draw).
    #[wasm_bindgen(skip_typescript)]
    pub fn resume(&mut self) -> Result<bool, js_sys::Error> {
        let Some(mut p) = self.pending.take() else {
            return Ok(true);
        };
        let t0 = js_sys::Date::now();
        // One range per span, in every highlight the span belongs to. Static ranges: a live
        // Range is kept up to date by the document through every edit, thousands of them on
        // every key press, and costs more to make; the marks are redrawn after each edit.
        while p.ranges.len() < p.spans.len() {
            let (s, e) = p.spans[p.ranges.len()];
            p.ranges.push(self.static_range(s, e)?);
            if p.ranges.len() % 256 == 0 && js_sys::Date::now() - t0 > p.budget {
                self.pending = Some(p);
                return Ok(false);
            }
        }
        let registry = web_sys::css::JsNamespaceCss::highlights();
        for (name, priority, members) in &p.groups {
            let ranges: Vec<AbstractRange> = members.iter().map(|&k| p.ranges[k].clone()).collect();
            let h = Highlight::new(&ranges)
                .map_err(|_| js_sys::Error::new("Marker.paint: could not make a Highlight"))?;
            h.set_priority(*priority);
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

/// A highlight to draw: its name, priority and spans (indices of the span list).
type Group = (&'static str, i32, Vec<usize>);

/// `paint`'s and `plan`'s arguments, checked.
fn paint_args(
    analysis: JsValue,
    options: JsValue,
) -> Result<(Analysis, PaintOptions), js_sys::Error> {
    let options: PaintOptions = read_options(
        "Marker.paint(analysis, options)",
        options,
        &[
            ("", &["layers", "focus", "budget"]),
            ("layers", LAYER_FIELDS),
        ],
    )?;
    let analysis: Analysis = serde_wasm_bindgen::from_value(analysis)
        .map_err(|e| js_sys::Error::new(&["Marker.paint(analysis): ", &e.to_string()].concat()))?;
    Ok((analysis, options))
}

impl Marker {
    fn new(
        document: Option<Document>,
        nodes: Vec<Node>,
        lens: Vec<u32>,
        ids: Vec<u32>,
        trace: Trace,
        page: crate::html::Page,
        decide: bool,
    ) -> Marker {
        let structure = decide.then(|| {
            let article = crate::html::article::decide(&page, crate::html::article::WEIGHTS);
            Structure::of(&page, article)
        });
        Marker {
            document,
            nodes,
            lens,
            ids,
            trace,
            text: page.text,
            structure,
            names: Vec::new(),
            pending: None,
        }
    }

    /// A static range over `[start, end)` of the text.
    fn static_range(&self, start: u32, end: u32) -> Result<AbstractRange, js_sys::Error> {
        let (Some((a, x)), Some((b, y))) = (self.point(start.min(end)), self.point(end.max(start)))
        else {
            return Err(js_sys::Error::new(
                "Marker.paint: an offset outside the text read",
            ));
        };
        let init = web_sys::StaticRangeInit::new(&self.nodes[b], y, &self.nodes[a], x);
        web_sys::StaticRange::new(&init)
            .map(|r| r.unchecked_into())
            .map_err(|_| js_sys::Error::new("Marker.paint: could not make a range"))
    }

    /// The DOM position of text offset `at`: (the trace's node number, offset), in the run
    /// it falls in, clamped to its node.
    fn point(&self, at: u32) -> Option<(usize, u32)> {
        let (n, off) = self.trace.locate(at)?;
        let len = *self.lens.get(n as usize)?;
        Some((n as usize, off.min(len)))
    }

    /// The highlights to draw: the text spans (UTF-16), each once, and for each highlight
    /// its name, priority and spans.
    fn groups(&self, analysis: &Analysis, options: &PaintOptions) -> (Vec<(u32, u32)>, Vec<Group>) {
        let mut spans: Vec<(u32, u32)> = Vec::new();
        let mut groups: Vec<Group> = Vec::new();
        let mut add = |name: &'static str, priority: i32, span: (u32, u32)| {
            // A span comes in right before the highlights it is in: the last one is its own.
            let k = match spans.last() {
                Some(&last) if last == span => spans.len() - 1,
                _ => {
                    spans.push(span);
                    spans.len() - 1
                }
            };
            match groups.iter_mut().find(|g| g.0 == name) {
                Some(g) => g.2.push(k),
                None => groups.push((name, priority, vec![k])),
            }
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
                add("ql-boilerplate", 0, (b.start as u32, b.end as u32));
            }
        }
        if layers.quotes {
            for t in &analysis.terms {
                add("ql-term", 1, (t.start as u32, t.end as u32));
            }
            for (i, q) in analysis.quotes.iter().enumerate() {
                let r = (q.start as u32, q.end as u32);
                let name = match q.kind {
                    crate::QuoteKind::Partial => "ql-quote-partial",
                    _ => "ql-quote",
                };
                add(name, 1, r);
                if let Some(s) = speaker_of[i] {
                    add(SPEAKER_NAMES[s % PALETTE], 2, r);
                    if options.focus == Some(s as u32) {
                        add("ql-focus", 4, r);
                    }
                }
                if layers.speakers {
                    if let (Some(c), Some(_)) = (&q.cue, speaker_of[i]) {
                        add("ql-cue", 3, (c.start as u32, c.end as u32));
                    }
                }
            }
        }
        if layers.speakers {
            for (i, s) in analysis.speakers.iter().enumerate() {
                for m in &s.mentions {
                    let r = (m.start as u32, m.end as u32);
                    add("ql-mention", 3, r);
                    add(SPEAKER_NAMES[i % PALETTE], 2, r);
                }
            }
        }
        (spans, groups)
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
    Structure::of(&page, article).to_js(&page.text)
}
