//! `quotelight._native`: the Python binding, as thin as the JavaScript one (`src/wasm.rs`).
//!
//! It does three things and no analysis of its own: reads the options the Python wrapper
//! (`quotelight/__init__.py`) has already checked, releases the GIL while the core runs, and
//! hands back the analysis as the JSON text the CLI writes with `--offsets codepoint`, so
//! that Python, the CLI and the JS API share one serialisation. Python string indices are
//! code points, which is the unit asked of [`quotelight::Analysis::to_unit`].
//!
//! Batches (`analyze_many_json`) run on the core's `parallel::map_in_order`, as the CLI's
//! JSONL does: scoped threads, results in input order.

use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::pybacked::PyBackedStr;
use quotelight::{Layers, Options, Unit};

/// The largest text accepted, in code points: the JS API's limit (64 Mi UTF-16 units).
const MAX_TEXT_CHARS: usize = 64 * 1024 * 1024;

fn options(layers: (bool, bool, bool), language: &str) -> PyResult<Options> {
    let (quotes, speakers, boilerplate) = layers;
    let language = language
        .parse()
        .map_err(|e: String| PyValueError::new_err(format!("analyze(text, options): {e}")))?;
    Ok(Options {
        layers: Layers {
            quotes,
            speakers,
            boilerplate,
        },
        language,
    })
}

fn check_length(text: &str) -> PyResult<()> {
    // Cheap first: a text within the limit in bytes is within it in code points.
    if text.len() > MAX_TEXT_CHARS {
        let chars = text.chars().count();
        if chars > MAX_TEXT_CHARS {
            return Err(PyValueError::new_err(format!(
                "analyze(text): text is {chars} code points long; the limit is {MAX_TEXT_CHARS}"
            )));
        }
    }
    Ok(())
}

/// One analysis as JSON, offsets in code points: byte for byte what the CLI writes for the
/// same text with `--offsets codepoint` (less the CLI's `"id"` field).
fn json(text: &str, options: &Options) -> String {
    let analysis = quotelight::analyze_with(text, options).to_unit(text, Unit::Codepoint);
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string(&analysis).unwrap_or_default()
}

/// `analyze_json(text, layers, language)`: see `quotelight.analyze_json`.
#[pyfunction]
#[pyo3(signature = (text, layers = (true, true, true), language = "auto"))]
fn analyze_json(
    py: Python<'_>,
    text: PyBackedStr,
    layers: (bool, bool, bool),
    language: &str,
) -> PyResult<String> {
    let options = options(layers, language)?;
    check_length(&text)?;
    Ok(py.detach(|| json(&text, &options)))
}

/// `analyze_html_json(html, layers, language)`: see `quotelight.analyze_html`; the JSON the
/// CLI writes for the page with `--html --offsets codepoint`.
#[pyfunction]
#[pyo3(signature = (html, layers = (true, true, true), language = "auto"))]
fn analyze_html_json(
    py: Python<'_>,
    html: PyBackedStr,
    layers: (bool, bool, bool),
    language: &str,
) -> PyResult<String> {
    let options = options(layers, language)?;
    check_length(&html)?;
    Ok(py.detach(|| {
        let page = quotelight::html::analyze_html(&html, &options).to_unit(Unit::Codepoint);
        serde_json::to_string(&page).unwrap_or_default()
    }))
}

/// A saved page's bytes as text: see `quotelight::html::native::decode`.
#[pyfunction]
fn decode_html(bytes: &[u8]) -> String {
    quotelight::html::native::decode(bytes).into_owned()
}

/// `analyze_many_json(texts, layers, language, threads)`: the JSON of each text, in order,
/// computed on `threads` threads with the GIL released.
#[pyfunction]
#[pyo3(signature = (texts, layers = (true, true, true), language = "auto", threads = 1))]
fn analyze_many_json(
    py: Python<'_>,
    texts: Vec<PyBackedStr>,
    layers: (bool, bool, bool),
    language: &str,
    threads: usize,
) -> PyResult<Vec<String>> {
    let options = options(layers, language)?;
    for text in &texts {
        check_length(text)?;
    }
    py.detach(|| {
        // The core never panics; should it, the batch fails whole rather than coming
        // back short and out of step with its input.
        quotelight::parallel::map_in_order(&texts, threads, |t| json(t, &options))
            .map_err(|_| PyRuntimeError::new_err("analyze_many: a worker failed"))
    })
}

/// The version of this package (the binding and the core crate share it).
#[pyfunction]
fn version() -> &'static str {
    env!("CARGO_PKG_VERSION")
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(analyze_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_many_json, m)?)?;
    m.add_function(wrap_pyfunction!(analyze_html_json, m)?)?;
    m.add_function(wrap_pyfunction!(decode_html, m)?)?;
    m.add_function(wrap_pyfunction!(version, m)?)?;
    Ok(())
}
