//! The JS API, run as WebAssembly in headless Chromium (wasm-bindgen-test).
//! `scripts/test.sh` runs it: `cargo test --target wasm32-unknown-unknown --test wasm`.
//! (The browser layer, built with the feature `browser`, has its own: `tests/browser.rs`.)
#![cfg(all(target_arch = "wasm32", not(feature = "browser")))]

use js_sys::{Array, JsString, Reflect};
use quotelight::wasm::{analyze_js, version};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn num(v: &JsValue, key: &str) -> u32 {
    get(v, key).as_f64().unwrap() as u32
}

/// The quotations of `text` as the JS caller sees them: `text.slice(start, end)`.
fn quoted(text: &str) -> Vec<String> {
    let js = JsString::from(text);
    let a = analyze_js(js.clone().into(), JsValue::UNDEFINED).unwrap();
    let quotes: Array = get(&a, "quotes").dyn_into().unwrap();
    quotes
        .iter()
        .map(|q| String::from(js.slice(num(&q, "start"), num(&q, "end"))))
        .collect()
}

#[wasm_bindgen_test]
fn offsets_are_utf16_after_emoji_and_cjk() {
    assert_eq!(
        quoted("😀👍🏽 中文 “We will win,” she said."),
        vec!["“We will win,”"]
    );
    assert_eq!(
        quoted("𝔘𝔫𝔦𝔠𝔬𝔡𝔢: 「今日は良い天気です」と彼は言った。"),
        vec!["「今日は良い天気です」"]
    );
    assert_eq!(
        quoted("Line one.\r\n\r\n“Quote after CRLF and 🎉,” he said."),
        vec!["“Quote after CRLF and 🎉,”"]
    );
}

#[wasm_bindgen_test]
fn result_is_a_plain_object_with_nulls() {
    let a = analyze_js(
        JsValue::from_str("“One, two, three, four,” she said."),
        JsValue::UNDEFINED,
    )
    .unwrap();
    let q = Array::from(&get(&a, "quotes")).get(0);
    assert_eq!(get(&q, "kind").as_string().as_deref(), Some("direct"));
    assert!(get(&q, "speaker").is_null());
    assert!(get(&q, "cue").is_null());
    assert!(Array::is_array(&get(&a, "speakers")));
    assert!(Array::is_array(&get(&a, "boilerplate")));
    assert!(Array::is_array(&get(&a, "terms")));
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn lone_surrogates_keep_offsets_exact() {
    // "\uD800" is one UTF-16 unit; it must not shift the quote's offsets.
    let js: JsString = js_sys::JSON::parse(r#""\uD800 “Tell them we are ready,” he said.""#)
        .unwrap()
        .unchecked_into();
    let a = analyze_js(js.clone().into(), JsValue::UNDEFINED).unwrap();
    let q = Array::from(&get(&a, "quotes")).get(0);
    assert_eq!(
        String::from(js.slice(num(&q, "start"), num(&q, "end"))),
        "“Tell them we are ready,”"
    );
}

#[wasm_bindgen_test]
fn non_strings_are_a_clear_error() {
    for bad in [JsValue::from_f64(5.0), JsValue::NULL, JsValue::UNDEFINED] {
        let err = analyze_js(bad, JsValue::UNDEFINED).unwrap_err();
        let msg: String = err.message().into();
        assert!(
            msg.starts_with("analyze(text): text must be a string"),
            "{msg}"
        );
    }
}

#[wasm_bindgen_test]
fn options_choose_layers_and_reject_unknown_fields() {
    let opts = js_sys::JSON::parse(r#"{"layers":{"speakers":false},"language":"en"}"#).unwrap();
    let a = analyze_js(
        JsValue::from_str("“One, two, three, four,” Jane Doe said."),
        opts,
    )
    .unwrap();
    let q = Array::from(&get(&a, "quotes")).get(0);
    assert!(get(&q, "speaker").is_null());
    assert_eq!(Array::from(&get(&a, "speakers")).length(), 0);
    let bad = js_sys::JSON::parse(r#"{"layer":{}}"#).unwrap();
    let msg: String = analyze_js(JsValue::from_str("x"), bad)
        .unwrap_err()
        .message()
        .into();
    assert!(
        msg.starts_with("analyze(text, options):") && msg.contains("layer"),
        "{msg}"
    );
}

#[wasm_bindgen_test]
fn option_errors_name_the_field() {
    for (options, field) in [
        (r#"{"layers":{"quotes":"yes"}}"#, "options.layers.quotes"),
        (r#"{"layers":{"quote":true}}"#, "quote"),
        (r#"{"language":"klingon"}"#, "options.language"),
        (r#"{"language":7}"#, "options.language"),
        (r#"{"boilerplate":[{"start":0}]}"#, "options.boilerplate"),
        (r#"{"layers":[]}"#, "options.layers"),
    ] {
        let msg: String = analyze_js(
            JsValue::from_str("x"),
            js_sys::JSON::parse(options).unwrap(),
        )
        .unwrap_err()
        .message()
        .into();
        assert!(
            msg.starts_with("analyze(text, options): ") && msg.contains(field),
            "{options}: {msg}"
        );
    }
}

#[wasm_bindgen_test]
fn boilerplate_from_a_page_replaces_the_detector() {
    // UTF-16 offsets: the emoji is two units.
    let text = "👩 Menu Home News\n\n“We start now,” Mayor Ana Lindqvist said.";
    let opts =
        js_sys::JSON::parse(r#"{"boilerplate":[{"start":0,"end":17,"kind":"header"}]}"#).unwrap();
    let a = analyze_js(JsValue::from_str(text), opts).unwrap();
    let b = Array::from(&get(&a, "boilerplate"));
    assert_eq!(b.length(), 1);
    let b0 = b.get(0);
    assert_eq!((num(&b0, "start"), num(&b0, "end")), (0, 17));
    assert_eq!(Array::from(&get(&a, "quotes")).length(), 1);
    // Out of bounds spans are clipped; out of order or overlapping ones are an error.
    let opts =
        js_sys::JSON::parse(r#"{"boilerplate":[{"start":5,"end":9999,"kind":"footer"}]}"#).unwrap();
    let a = analyze_js(JsValue::from_str(text), opts).unwrap();
    let b = Array::from(&get(&a, "boilerplate"));
    assert_eq!(b.length(), 1);
    assert_eq!(num(&b.get(0), "end") as usize, text.encode_utf16().count());
    let opts = js_sys::JSON::parse(
        r#"{"boilerplate":[{"start":5,"end":9,"kind":"footer"},{"start":0,"end":8,"kind":"header"}]}"#,
    )
    .unwrap();
    let msg: String = analyze_js(JsValue::from_str(text), opts)
        .unwrap_err()
        .message()
        .into();
    assert!(
        msg.contains("options.boilerplate: spans must be in text order"),
        "{msg}"
    );
}
