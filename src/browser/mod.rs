//! The browser layer: the page's and the extension's DOM work, in Rust through web-sys.
//!
//! ```text
//! DOM subtree ──dom::WebDom──▶ html::blocks::read_with (+ Trace) ──▶ text ──analyze──▶ Analysis
//!      ▲                                                                          │
//!      └──────────── marker::Marker::paint: Ranges ▶ CSS.highlights ◀────────────┘
//! ```
//!
//! Why here and not in JavaScript: the reader is the one the CLI runs natively on
//! html5ever, so a page reads the same everywhere (its blocks, hence its furniture and
//! article), and the map from the analysis' offsets back to the DOM is made by the walk
//! that made the text, not by a second walk that must agree with it. JavaScript keeps the
//! UI: panel, buttons, exports, and the Worker hand-over.
//!
//! Only the wasm build has this module; its tests run in Chromium (`tests/wasm.rs`,
//! `tests/node/*.test.mjs`).

pub mod dom;
pub mod marker;
pub mod snapshot;

pub use marker::{read_html, Marker};
