//! The JavaScript binding: a thin layer over [`crate::analyze`].
//!
//! It does three things and no analysis of its own: checks that the argument is a string,
//! converts every offset from bytes to UTF-16 code units (JS string indices) in one pass,
//! and hands back a plain object (`null` for absent values, never `undefined`). Failures
//! reach JS as `Error` objects with a message that says what to fix.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use serde::{Deserialize, Serialize};

#[cfg(not(feature = "browser"))]
use crate::offsets::Unit;

/// The largest text accepted, in UTF-16 code units (a JS string's `length`). Far above
/// any article; it keeps a runaway paste from exhausting the wasm memory.
#[cfg(not(feature = "browser"))]
const MAX_TEXT_UNITS: u32 = 64 * 1024 * 1024;

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A half-open range of the text in UTF-16 code units: `text.slice(start, end)`. */
export interface Span { start: number; end: number; }

/** `direct`: a quoted statement; `partial`: a quoted fragment inside reported speech. */
export type QuoteKind = "direct" | "partial";

/** The mention an attribution rests on; `name` is the canonical full name. */
export interface SpeakerRef { name: string; start: number; end: number; }

/** One quotation; its span includes its quotation marks. */
export interface Quote {
  start: number;
  end: number;
  kind: QuoteKind;
  speaker: SpeakerRef | null;
  cue: Span | null;
}

/** A quoted region that is not a quotation: a title, a name, a scare-quoted word. */
export interface Term { start: number; end: number; kind: "term"; }

export interface Speaker {
  name: string;
  role?: string;
  mentions: Span[];
  /** Indices into `Analysis.quotes`. */
  quotes: number[];
}

export interface Boilerplate { start: number; end: number; kind: "header" | "footer" | "inline"; }

export interface Analysis {
  quotes: Quote[];
  terms: Term[];
  speakers: Speaker[];
  boilerplate: Boilerplate[];
}

/** Which layers to compute or draw (all by default). */
export interface Layers { quotes?: boolean; speakers?: boolean; boilerplate?: boolean; }

/** The version of the quotelight crate this module was built from. */
export function version(): string;
"#;

#[cfg(not(feature = "browser"))]
#[wasm_bindgen(typescript_custom_section)]
const TS_CORE: &'static str = r#"
/**
 * Which layers to compute (all by default) and the language (detected by default).
 * `boilerplate`: the text's furniture as known from elsewhere (a page's structure, as
 * `readHtml` and `Marker.page()` give it); the text's own boilerplate detector is then not run.
 * Speakers follow rules of English and German; in French, Spanish or a text detected as
 * neither, a quotation's speaker is given only where a full name is found for it.
 */
export interface AnalyzeOptions {
  layers?: Layers;
  language?: "auto" | "en" | "de" | "fr" | "es";
  boilerplate?: Boilerplate[];
}

/**
 * Finds the quotations, speakers and boilerplate of `text`.
 * Offsets are UTF-16 code units (JS string indices), end-exclusive.
 * Throws an `Error` when `text` is not a string, is longer than 64 Mi code units, or
 * `options` has a field or value it does not know (the message names it).
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** `analyze`, with the result as the CLI's JSON text (UTF-16 offsets). */
export function analyzeJson(text: string, options?: AnalyzeOptions): string;

"#;

#[cfg(feature = "browser")]
#[wasm_bindgen(typescript_custom_section)]
const TS_DOM: &'static str = r#"
/** A page's article: `null` where the page does not say; `date` as ISO `YYYY-MM-DD`. */
export interface Article { title: string | null; author: string | null; date: string | null; body: string; }

/** One node of a page snapshot (see `Marker.readSnapshot`). */
export interface SnapshotNode { p: number; t?: string; x?: string; a?: [string, string][]; h?: boolean; }

/** What a page's structure says: its text as read (offsets refer to it), article, furniture. */
export interface PageReading { text: string; article: Article; boilerplate: Boilerplate[]; }

/**
 * Parses `html` with the browser's `DOMParser` (inert: no script runs, no handler fires,
 * nothing is fetched or inserted into the page) and reads it with the block reader the CLI
 * runs on html5ever. Throws where there is no DOMParser (a Worker).
 */
export function readHtml(html: string): PageReading;

/**
 * A DOM subtree read through the block reader, and the marks drawn on it with the CSS
 * Custom Highlight API (the DOM itself is never changed). Highlight names, public API:
 * `ql-quote`, `ql-quote-partial`, `ql-speaker-0` … `ql-speaker-7` (speaker index mod 8),
 * `ql-cue`, `ql-mention`, `ql-term`, `ql-boilerplate`, `ql-focus`. One marker draws at a time:
 * the names are the page's.
 */
export class Marker {
  private constructor();
  free(): void;
  /**
   * Reads `root` (a document or an element). `pre`: white space as typed (a plain-text
   * editor); `live`: a rendered page, whose style sheets say what is hidden.
   */
  static read(root: Node, options?: { pre?: boolean; live?: boolean }): Marker;
  /** The text read; every offset below is a UTF-16 offset of it. */
  readonly text: string;
  /** What the structure says of the page; `null` when read with `pre`. */
  page(): PageReading | null;
  /**
   * Draws `analysis` of `text`; `false` when the browser lacks the Highlight API. `focus`: a
   * speaker whose quotations also go into `ql-focus`. `budget`: milliseconds of work; past
   * it `pending` is true and the marks appear once `resume()` has finished the work.
   */
  paint(analysis: Analysis, options?: { layers?: Layers; focus?: number | null; budget?: number }): boolean;
  /** A paint cut by its budget has work left. */
  readonly pending: boolean;
  /** Goes on with a cut paint for another budget; `true` once the marks are drawn. */
  resume(): boolean;
  /**
   * Reads a page from its snapshot, where its DOM is out of reach (an extension's content
   * script on a page whose CSP forbids WebAssembly): `nodes` in document order, each
   * `{ p: parent index or -1, t?: element name, x?: text, a?: [name, value][], h?: hidden }`.
   * Such a marker has no `range` and cannot `paint`; `plan` says what to draw.
   */
  static readSnapshot(nodes: SnapshotNode[]): Marker;
  /** The highlights `paint` would draw, as `[node, offset, node, offset]` runs of snapshot indices. */
  plan(analysis: Analysis, options?: { layers?: Layers; focus?: number | null }): { name: string; priority: number; ranges: number[] }[];
  /**
   * The DOM positions of text offsets (UTF-16), as `[node, offset]` pairs of snapshot
   * indices, flat (`-1, -1` for an offset past the text): for a snapshot's marker, whose
   * caller draws (a speaker's quotations as `ql-focus`, say) without asking for a new plan.
   */
  positions(offsets: number[] | Uint32Array): Int32Array;
  /** A DOM Range over `text.slice(start, end)`. */
  range(start: number, end: number): Range;
  /** The text offset of a DOM position in a text node the marker read, or undefined. */
  offsetOf(node: Node, offset: number): number | undefined;
  /** Removes every mark this marker drew. */
  clear(): void;
}

"#;

/// Options from JS: `undefined` or `null` for the defaults, else an object whose unknown
/// fields and wrong types are errors that name the field (`call: options.layers: unknown
/// field …`, `call: options.layers.quotes: invalid type …`: the option types name their
/// fields with [`named`]). `known` lists the fields of the object and of the objects in
/// it, by path (`""` for the options themselves): serde-wasm-bindgen reads a struct by
/// looking its fields up, so it never sees another one and `deny_unknown_fields` cannot
/// catch it.
pub(crate) fn read_options<T: serde::de::DeserializeOwned + Default>(
    call: &str,
    value: JsValue,
    known: &[(&str, &[&str])],
) -> Result<T, js_sys::Error> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    let fail = |field: &str, message: &str| {
        js_sys::Error::new(&[call, ": ", field, ": ", message].concat())
    };
    for &(path, fields) in known {
        let (v, field) = if path.is_empty() {
            (value.clone(), "options".to_string())
        } else {
            let v = js_sys::Reflect::get(&value, &JsValue::from_str(path)).unwrap_or_default();
            (v, ["options.", path].concat())
        };
        if !v.is_object() || js_sys::Array::is_array(&v) {
            if path.is_empty() || !v.is_undefined() {
                return Err(fail(&field, "must be an object"));
            }
            continue;
        }
        for key in js_sys::Object::keys(v.unchecked_ref::<js_sys::Object>()).iter() {
            let key = key.as_string().unwrap_or_default();
            if !fields.contains(&key.as_str()) {
                let expected = fields.join("`, `");
                return Err(fail(
                    &field,
                    &[
                        "unknown field `",
                        &key,
                        "`, expected one of `",
                        &expected,
                        "`",
                    ]
                    .concat(),
                ));
            }
        }
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| js_sys::Error::new(&[call, ": ", &e.to_string()].concat()))
}

/// The fields of `layers`.
pub(crate) const LAYER_FIELDS: &[&str] = &["quotes", "speakers", "boilerplate"];

/// Field deserialisers whose errors start with the field's path: `named!(f, T, "path")`
/// defines `fn f` for `#[serde(deserialize_with = "f")]`.
macro_rules! named {
    ($f:ident, $t:ty, $path:literal) => {
        pub(crate) fn $f<'de, D: serde::Deserializer<'de>>(d: D) -> Result<$t, D::Error> {
            <$t as serde::Deserialize>::deserialize(d).map_err(|e| {
                <D::Error as serde::de::Error>::custom([$path, ": ", &e.to_string()].concat())
            })
        }
    };
}
#[allow(unused_imports)]
pub(crate) use named;

/// `layers` of the options, each field named in errors.
#[derive(Deserialize, Clone, Copy)]
#[serde(default, deny_unknown_fields)]
pub(crate) struct JsLayers {
    #[serde(deserialize_with = "layer_quotes")]
    quotes: bool,
    #[serde(deserialize_with = "layer_speakers")]
    speakers: bool,
    #[serde(deserialize_with = "layer_boilerplate")]
    boilerplate: bool,
}
named!(layer_quotes, bool, "options.layers.quotes");
named!(layer_speakers, bool, "options.layers.speakers");
named!(layer_boilerplate, bool, "options.layers.boilerplate");

impl Default for JsLayers {
    fn default() -> Self {
        JsLayers {
            quotes: true,
            speakers: true,
            boilerplate: true,
        }
    }
}

impl From<JsLayers> for crate::Layers {
    fn from(l: JsLayers) -> Self {
        crate::Layers {
            quotes: l.quotes,
            speakers: l.speakers,
            boilerplate: l.boilerplate,
        }
    }
}

named!(layers_field, JsLayers, "options.layers");

pub(crate) fn to_js<T: Serialize>(value: &T) -> Result<JsValue, js_sys::Error> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_sys::Error::new(&e.to_string()))
}

/// A JS `Error` with the message made of `parts`.
#[cfg(not(feature = "browser"))]
fn error(parts: &[&str]) -> js_sys::Error {
    js_sys::Error::new(&parts.concat())
}

#[cfg(not(feature = "browser"))]
/// `analyze`'s options: the crate's [`crate::Options`] and, from a page's structure,
/// its furniture (UTF-16 spans of the text) in place of the text's boilerplate detector.
#[derive(serde::Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct JsOptions {
    #[serde(deserialize_with = "layers_field")]
    layers: JsLayers,
    #[serde(deserialize_with = "language_field")]
    language: crate::Language,
    #[serde(deserialize_with = "boilerplate_field")]
    boilerplate: Option<Vec<crate::Boilerplate>>,
}
#[cfg(not(feature = "browser"))]
named!(language_field, crate::Language, "options.language");
#[cfg(not(feature = "browser"))]
named!(
    boilerplate_field,
    Option<Vec<crate::Boilerplate>>,
    "options.boilerplate"
);

#[cfg(not(feature = "browser"))]
/// The text argument, checked.
fn read_text(text: &JsValue, call: &str) -> Result<String, js_sys::Error> {
    let Some(js) = text.dyn_ref::<js_sys::JsString>() else {
        let got = text.js_typeof().as_string().unwrap_or_default();
        return Err(error(&[call, ": text must be a string, got ", &got]));
    };
    if js.length() > MAX_TEXT_UNITS {
        return Err(error(&[
            call,
            ": text is ",
            &js.length().to_string(),
            " UTF-16 units long; the limit is ",
            &MAX_TEXT_UNITS.to_string(),
        ]));
    }
    // Lone surrogates become U+FFFD, which is one UTF-16 unit too: offsets stay exact.
    Ok(js.into())
}

#[cfg(not(feature = "browser"))]
/// The analysis of `text` under `options` (JS values), offsets in UTF-16 units.
fn run(text: JsValue, options: JsValue, name: &str) -> Result<crate::Analysis, js_sys::Error> {
    let options: JsOptions = read_options(
        &[name, "(text, options)"].concat(),
        options,
        &[
            ("", &["layers", "language", "boilerplate"]),
            ("layers", LAYER_FIELDS),
        ],
    )?;
    let text = read_text(&text, &[name, "(text)"].concat())?;
    let core = crate::Options {
        layers: options.layers.into(),
        language: options.language,
    };
    let analysis = match options.boilerplate {
        None => crate::analyze_with(&text, &core),
        Some(mut spans) => {
            if spans.windows(2).any(|w| w[1].start < w[0].end)
                || spans.iter().any(|b| b.end < b.start)
            {
                return Err(error(&[
                    name,
                    "(text, options): options.boilerplate: spans must be in text order, ",
                    "each with start <= end, and must not overlap",
                ]));
            }
            let mut at: Vec<usize> = spans.iter().flat_map(|b| [b.start, b.end]).collect();
            crate::offsets::utf16_to_bytes(&text, &mut at);
            for (b, pair) in spans.iter_mut().zip(at.chunks(2)) {
                (b.start, b.end) = (pair[0], pair[1]);
            }
            crate::analyze_with_boilerplate(&text, &core, spans)
        }
    };
    Ok(analysis.to_unit(&text, Unit::Utf16))
}

#[cfg(not(feature = "browser"))]
/// See the TypeScript declaration above.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_js(text: JsValue, options: JsValue) -> Result<JsValue, js_sys::Error> {
    let analysis = run(text, options, "analyze")?;
    to_js(&analysis).map_err(|_| error(&["analyze(text): could not build the result"]))
}

#[cfg(not(feature = "browser"))]
/// See the TypeScript declaration above.
#[wasm_bindgen(js_name = analyzeJson, skip_typescript)]
pub fn analyze_json_js(text: JsValue, options: JsValue) -> Result<String, js_sys::Error> {
    let analysis = run(text, options, "analyzeJson")?;
    Ok(analysis.to_json())
}

/// See the TypeScript declaration above.
#[wasm_bindgen(skip_typescript)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The allocator of the module: talc, which is smaller than the default (dlmalloc) and at
/// least as fast for this workload (README, Performance).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
