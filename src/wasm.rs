//! The JavaScript binding: a thin layer over [`crate::analyze`].
//!
//! It does three things and no analysis of its own: checks that the argument is a string,
//! converts every offset from bytes to UTF-16 code units (JS string indices) in one pass,
//! and hands back a plain object (`null` for absent values, never `undefined`). Failures
//! reach JS as `Error` objects with a message that says what to fix.

use wasm_bindgen::prelude::*;

use crate::offsets::Unit;

/// The largest text accepted, in UTF-16 code units (a JS string's `length`). Far above
/// any article; it keeps a runaway paste from exhausting the wasm memory.
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

/** Which layers to compute (all by default) and the language (detected by default). */
export interface AnalyzeOptions {
  layers?: { quotes?: boolean; speakers?: boolean; boilerplate?: boolean };
  language?: "auto" | "en" | "de" | "fr" | "es";
}

/**
 * Finds the quotations, speakers and boilerplate of `text`.
 * Offsets are UTF-16 code units (JS string indices), end-exclusive.
 * Throws an `Error` when `text` is not a string, is longer than 64 Mi code units, or
 * `options` has a field or value it does not know (the message names it).
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis;

/** The version of the quotelight crate this module was built from. */
export function version(): string;
"#;

/// A JS `Error` with the message made of `parts`. (Joined, not `format!`ted: the binding's
/// messages need no formatting, and `format!` would cost its machinery at each of them.)
fn error(parts: &[&str]) -> js_sys::Error {
    js_sys::Error::new(&parts.concat())
}

/// The options object, read field by field (no deserialiser: it would weigh more than the
/// rest of the binding) and checked: an unknown field or a wrong type is an error that says so.
fn read_options(options: JsValue) -> Result<crate::Options, js_sys::Error> {
    let err = |m: &str| error(&["analyze(text, options): ", m]);
    let mut out = crate::Options::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    let fields = |v: &JsValue,
                  allowed: &[&str],
                  what: &str|
     -> Result<Vec<(String, JsValue)>, js_sys::Error> {
        let Some(obj) = v.dyn_ref::<js_sys::Object>().filter(|_| v.is_object()) else {
            return Err(err(&[what, " must be an object"].concat()));
        };
        let mut out = Vec::new();
        for entry in js_sys::Object::entries(obj).iter() {
            let pair = js_sys::Array::from(&entry);
            let key = pair.get(0).as_string().unwrap_or_default();
            if !allowed.contains(&key.as_str()) {
                let expected = allowed.join(", ");
                return Err(err(&[
                    "unknown field `",
                    &key,
                    "` in ",
                    what,
                    ", expected one of ",
                    &expected,
                ]
                .concat()));
            }
            out.push((key, pair.get(1)));
        }
        Ok(out)
    };
    for (key, value) in fields(&options, &["layers", "language"], "options")? {
        if value.is_undefined() {
            continue;
        }
        if key == "language" {
            let lang = value
                .as_string()
                .ok_or_else(|| err("options.language must be a string"))?;
            out.language = lang.parse().map_err(|e: String| err(&e))?;
            continue;
        }
        for (layer, on) in fields(
            &value,
            &["quotes", "speakers", "boilerplate"],
            "options.layers",
        )? {
            let on = on.as_bool().ok_or_else(|| {
                err(&["options.layers.", &layer, " must be true or false"].concat())
            })?;
            match layer.as_str() {
                "quotes" => out.layers.quotes = on,
                "speakers" => out.layers.speakers = on,
                _ => out.layers.boilerplate = on,
            }
        }
    }
    Ok(out)
}

/// See the TypeScript declaration above.
#[wasm_bindgen(js_name = analyze, skip_typescript)]
pub fn analyze_js(text: JsValue, options: JsValue) -> Result<JsValue, js_sys::Error> {
    let options = read_options(options)?;
    let Some(js) = text.dyn_ref::<js_sys::JsString>() else {
        let got = text.js_typeof().as_string().unwrap_or_default();
        return Err(error(&["analyze(text): text must be a string, got ", &got]));
    };
    if js.length() > MAX_TEXT_UNITS {
        let (mut len, mut limit) = (String::new(), String::new());
        crate::analysis::number(&mut len, js.length() as usize);
        crate::analysis::number(&mut limit, MAX_TEXT_UNITS as usize);
        return Err(error(&[
            "analyze(text): text is ",
            &len,
            " UTF-16 units long; the limit is ",
            &limit,
        ]));
    }
    // Lone surrogates become U+FFFD, which is one UTF-16 unit too: offsets stay exact.
    let text: String = js.into();
    let analysis = crate::analyze_with(&text, &options).to_unit(&text, Unit::Utf16);
    js_sys::JSON::parse(&analysis.to_json())
        .map_err(|_| error(&["analyze(text): could not build the result"]))
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
