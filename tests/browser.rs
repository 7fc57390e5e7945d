//! The browser layer (feature `browser`) in headless Chromium: the web-sys reader, the
//! map back to the DOM, and the marks.
//! `scripts/test.sh`: `cargo test --target wasm32-unknown-unknown --features browser --test browser`.
#![cfg(all(target_arch = "wasm32", feature = "browser"))]

use js_sys::{Array, Reflect};
use quotelight::browser::{read_html, Marker};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh element in the page with `html` inside (a test's own, never a pasted page's).
fn fixture(html: &str) -> Element {
    let doc = document();
    let div = doc.create_element("div").unwrap();
    div.set_inner_html(html);
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

fn options(json: &str) -> JsValue {
    js_sys::JSON::parse(json).unwrap()
}

fn highlights() -> JsValue {
    get(&get(&js_sys::global(), "CSS"), "highlights")
}

fn highlight_size(name: &str) -> Option<u32> {
    let h: JsValue = Reflect::apply(
        &get(&highlights(), "get").unchecked_into::<js_sys::Function>(),
        &highlights(),
        &Array::of1(&JsValue::from_str(name)),
    )
    .unwrap();
    (!h.is_undefined()).then(|| get(&h, "size").as_f64().unwrap() as u32)
}

/// `text.slice(start, end)` in UTF-16 units.
fn slice(text: &str, start: u32, end: u32) -> String {
    let u: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&u[start as usize..end as usize]).unwrap()
}

#[wasm_bindgen_test]
fn ranges_cover_exactly_the_text_they_stand_for() {
    let root = fixture(
        "<h2>Vote  <em>tonight</em></h2><p>👩🏽‍💻 “We start   now,” <a href='#'>Mayor Ana\n Lindqvist</a> said.<br>Then: «Oui».</p>\
         <ul><li>one</li><li> two </li></ul><script>var x = 1;</script><p hidden>secret</p>",
    );
    let m = Marker::read(&root, JsValue::UNDEFINED).unwrap();
    let text = m.text();
    assert_eq!(
        text,
        "Vote tonight\n\n👩🏽‍💻 “We start now,” Mayor Ana Lindqvist said.\nThen: «Oui».\n\none\n\ntwo"
    );
    let units = text.encode_utf16().count() as u32;
    // Every word's range reads as the word (collapsed white space reads as itself).
    let mut at = 0u32;
    for word in text.split(|c: char| c.is_whitespace()) {
        let n = word.encode_utf16().count() as u32;
        if n > 0 {
            let r = m.range(at, at + n).unwrap();
            assert_eq!(String::from(r.to_string()), word);
            // And back: the DOM position of its start is the offset.
            let back = m.offset_of(&r.start_container().unwrap(), r.start_offset().unwrap());
            assert_eq!(back, Some(at), "{word}");
        }
        at += n + 1;
    }
    assert_eq!(at - 1, units);
    let quote = text.find('“').unwrap();
    let start = text[..quote].encode_utf16().count() as u32;
    let r = m.range(start, start + 15).unwrap();
    assert_eq!(String::from(r.to_string()), "“We start   now,”");
    root.remove();
}

#[wasm_bindgen_test]
fn paint_draws_highlights_and_never_touches_the_dom() {
    let root = fixture("<p>“We start now,” Mayor Ana Lindqvist said.</p><p>Share this</p>");
    let before = root.inner_html();
    let mut m = Marker::read(&root, options(r#"{"pre":false}"#)).unwrap();
    let text = m.text();
    assert_eq!(slice(&text, 0, 15), "“We start now,”");
    assert_eq!(slice(&text, 22, 35), "Ana Lindqvist");
    assert_eq!(slice(&text, 43, 53), "Share this");
    let analysis = options(
        r#"{"quotes":[{"start":0,"end":15,"kind":"direct","speaker":{"name":"Ana Lindqvist","start":22,"end":35},"cue":{"start":36,"end":40}}],
           "terms":[],"speakers":[{"name":"Ana Lindqvist","mentions":[{"start":22,"end":35}],"quotes":[0]}],
           "boilerplate":[{"start":43,"end":53,"kind":"footer"}]}"#,
    );
    assert!(m.paint(analysis.clone(), JsValue::UNDEFINED).unwrap());
    assert_eq!(highlight_size("ql-quote"), Some(1));
    assert_eq!(
        highlight_size("ql-speaker-0"),
        Some(2),
        "the quotation and the mention"
    );
    assert_eq!(highlight_size("ql-cue"), Some(1));
    assert_eq!(highlight_size("ql-mention"), Some(1));
    assert_eq!(highlight_size("ql-boilerplate"), Some(1));
    assert_eq!(highlight_size("ql-focus"), None);
    assert_eq!(root.inner_html(), before, "marks are not elements");
    // Layers and focus.
    assert!(m
        .paint(
            analysis.clone(),
            options(r#"{"layers":{"boilerplate":false},"focus":0}"#)
        )
        .unwrap());
    assert_eq!(highlight_size("ql-boilerplate"), None);
    assert_eq!(highlight_size("ql-focus"), Some(1));
    // Bad options name the field; the marks stay as they were.
    let err: String = m
        .paint(analysis, options(r#"{"layers":{"quotes":1}}"#))
        .unwrap_err()
        .message()
        .into();
    assert!(err.contains("options.layers.quotes"), "{err}");
    let err: String = m
        .paint(JsValue::NULL, options(r#"{"focs":1}"#))
        .unwrap_err()
        .message()
        .into();
    assert!(err.contains("unknown field `focs`"), "{err}");
    let err: String = Marker::read(&root, options(r#"{"pre":"yes"}"#))
        .err()
        .unwrap()
        .message()
        .into();
    assert!(err.contains("options.pre"), "{err}");
    m.clear();
    for name in [
        "ql-quote",
        "ql-speaker-0",
        "ql-cue",
        "ql-mention",
        "ql-focus",
    ] {
        assert_eq!(highlight_size(name), None, "{name} cleared");
    }
    assert_eq!(root.inner_html(), before);
    root.remove();
}

#[wasm_bindgen_test]
fn an_editor_reads_as_typed() {
    let root = fixture("");
    root.set_text_content(Some(
        "  First paragraph,\n  its second line.\n\n“Second,” she said.  ",
    ));
    let m = Marker::read(&root, options(r#"{"pre":true}"#)).unwrap();
    assert_eq!(
        m.text(),
        "First paragraph,\n  its second line.\n\n“Second,” she said."
    );
    assert!(m.page().unwrap().is_null());
    let r = m.range(37, 46).unwrap();
    assert_eq!(String::from(r.to_string()), "“Second,”");
    root.remove();
}

#[wasm_bindgen_test]
fn a_pasted_page_is_read_inert() {
    let flag = "__ql_ran";
    let html = format!(
        "<html><head><title>T</title><script>window.{flag}=1</script></head><body>\
         <nav><a href='/'>Home</a> <a href='/n'>News</a></nav>\
         <article><h1>Council votes on the plan</h1><p class='byline'>By Ana Writer</p>\
         <p>“We start now,” Mayor Ana Lindqvist said on Tuesday, and the council agreed after a long debate.</p>\
         <img src='x' onerror='window.{flag}=2'><p>Most of the members voted for it, and the rest abstained, the clerk said.</p></article>\
         <footer>Sign up for our newsletter</footer></body></html>"
    );
    let reading = read_html(JsValue::from_str(&html)).unwrap();
    let text = get(&reading, "text").as_string().unwrap();
    assert!(text.contains("“We start now,” Mayor Ana Lindqvist said"));
    assert!(!text.contains("window."), "scripts are not text");
    let article = get(&reading, "article");
    assert_eq!(
        get(&article, "title").as_string().as_deref(),
        Some("Council votes on the plan")
    );
    assert!(Array::from(&get(&reading, "boilerplate")).length() >= 1);
    assert!(get(&js_sys::global(), flag).is_undefined(), "nothing ran");
    let err: String = read_html(JsValue::from_f64(1.0))
        .unwrap_err()
        .message()
        .into();
    assert!(err.contains("html must be a string"));
}

#[wasm_bindgen_test]
fn a_paint_cut_by_its_budget_resumes_to_the_same_marks() {
    let para = "“We go,” she said.";
    let units = para.encode_utf16().count() as u32;
    let root = fixture(&format!("<p>{para}</p>").repeat(600));
    let mut m = Marker::read(&root, JsValue::UNDEFINED).unwrap();
    // Paragraphs are a blank line (2 units) apart.
    let quotes: Vec<String> = (0..600)
        .map(|i| {
            let at = i * (units + 2);
            format!(
                r#"{{"start":{at},"end":{},"kind":"direct","speaker":null,"cue":null}}"#,
                at + 7
            )
        })
        .collect();
    let analysis = options(&format!(
        r#"{{"quotes":[{}],"terms":[],"speakers":[],"boilerplate":[]}}"#,
        quotes.join(",")
    ));
    assert!(m.paint(analysis, options(r#"{"budget":0}"#)).unwrap());
    assert!(m.pending(), "600 ranges do not fit in no time");
    assert_eq!(
        highlight_size("ql-quote"),
        None,
        "nothing is drawn before the end"
    );
    let mut calls = 0;
    while !m.resume().unwrap() {
        calls += 1;
        assert!(calls < 10);
    }
    assert!(!m.pending());
    assert_eq!(highlight_size("ql-quote"), Some(600));
    assert!(m.resume().unwrap(), "nothing left to do");
    m.clear();
    root.remove();
}

#[wasm_bindgen_test]
fn hostile_html_is_read_without_harm() {
    // 100,000 levels deep, unclosed, binary junk, every entity oddity: an answer, never a panic.
    let deep = format!("{}“Deep inside,” she said.", "<div>".repeat(100_000));
    let r = read_html(JsValue::from_str(&deep)).unwrap();
    assert!(get(&r, "text").as_string().unwrap().contains("Deep inside"));
    let junk: String = (0..20_000u32)
        .map(|i| char::from_u32((i * 7919) % 0xD7FF).unwrap_or('\u{FFFD}'))
        .collect();
    let r = read_html(JsValue::from_str(&junk)).unwrap();
    assert!(get(&r, "text").is_string());
    let entities = "<p>&amp;&lt;&#0;&#x110000;&#xD800;&nbsp;&notanentity; &#128512; <b><i>unclosed</b></p><p>“A,” she said";
    let r = read_html(JsValue::from_str(entities)).unwrap();
    assert!(get(&r, "text")
        .as_string()
        .unwrap()
        .contains("“A,” she said"));
    assert!(get(&js_sys::global(), "__ql_ran").is_undefined());
}
