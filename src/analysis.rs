//! The one value the pipeline produces, and its conversion to caller offset units.
//!
//! Every offset in these types is a byte offset while inside the crate;
//! [`Analysis::to_unit`] rewrites them all at once for the JS API and the CLI.

use serde::{Deserialize, Serialize};

use crate::offsets::{OffsetMap, Unit};

/// A half-open range `[start, end)` of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

/// What a quoted region is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A quoted statement: a sentence or more in someone's words.
    Direct,
    /// A quoted fragment embedded in reported speech: urged countries to “understand …”.
    Partial,
    /// Not a quotation: a scare-quoted word, a title of a work, a nickname, a name.
    /// Term regions are reported in [`Analysis::terms`], never in [`Analysis::quotes`].
    Term,
}

/// The mention a quotation's attribution rests on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerRef {
    /// Canonical name of the speaker ("Mike Pompeo"), even when the mention is "he".
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// One quotation, marks included in its span.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerRef>,
    pub cue: Option<Span>,
}

/// A quoted region that is not a quotation (kind is always `term`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub start: usize,
    pub end: usize,
    pub kind: QuoteKind,
}

/// A speaker of the article, with every mention and the quotations attributed to it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub mentions: Vec<Span>,
    /// Indices into [`Analysis::quotes`].
    pub quotes: Vec<usize>,
}

/// Where a boilerplate region sits relative to the article body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BoilerplateKind {
    Header,
    Footer,
    Inline,
}

/// Lines around (or inside) the article that are not its prose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Boilerplate {
    pub start: usize,
    pub end: usize,
    pub kind: BoilerplateKind,
}

/// Everything quotelight found in one text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    /// Quotations (`direct` and `partial`), in text order, never overlapping.
    pub quotes: Vec<Quote>,
    /// Quoted regions that are not quotations (`term`), in text order.
    pub terms: Vec<Term>,
    pub speakers: Vec<Speaker>,
    pub boilerplate: Vec<Boilerplate>,
}

impl Analysis {
    /// Rewrites every byte offset of `self` (computed on `text`) into `unit`.
    pub fn to_unit(mut self, text: &str, unit: Unit) -> Analysis {
        if unit == Unit::Byte {
            return self;
        }
        let map = OffsetMap::new(text, unit);
        let conv = |s: &mut usize, e: &mut usize| {
            *s = map.get(*s);
            *e = map.get(*e);
        };
        for q in &mut self.quotes {
            conv(&mut q.start, &mut q.end);
            if let Some(s) = &mut q.speaker {
                conv(&mut s.start, &mut s.end);
            }
            if let Some(c) = &mut q.cue {
                conv(&mut c.start, &mut c.end);
            }
        }
        for t in &mut self.terms {
            conv(&mut t.start, &mut t.end);
        }
        for s in &mut self.speakers {
            for m in &mut s.mentions {
                conv(&mut m.start, &mut m.end);
            }
        }
        for b in &mut self.boilerplate {
            conv(&mut b.start, &mut b.end);
        }
        self
    }
}

/// Checks that `a` (with byte offsets, as [`crate::analyze`] returns it) is well-formed for
/// `text`: every span in bounds, non-empty and on character boundaries; quotations, terms and
/// boilerplate regions in order and not overlapping; speaker mentions and cues inside the
/// text; and the UTF-16 and code point conversions agree with the byte offsets. Used by the
/// property tests and the fuzz target; returns what is wrong.
pub fn check_invariants(text: &str, a: &Analysis) -> Result<(), String> {
    let span_ok = |what: &str, s: usize, e: usize| -> Result<(), String> {
        if s > e || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            return Err(format!(
                "{what} [{s}, {e}) is out of bounds or off a character boundary (len {})",
                text.len()
            ));
        }
        Ok(())
    };
    let ordered = |what: &str, spans: &[(usize, usize)]| -> Result<(), String> {
        for w in spans.windows(2) {
            if w[0].1 > w[1].0 {
                return Err(format!(
                    "{what} overlap or are out of order: {:?} then {:?}",
                    w[0], w[1]
                ));
            }
        }
        Ok(())
    };
    let quotes: Vec<(usize, usize)> = a.quotes.iter().map(|q| (q.start, q.end)).collect();
    let terms: Vec<(usize, usize)> = a.terms.iter().map(|t| (t.start, t.end)).collect();
    let bps: Vec<(usize, usize)> = a.boilerplate.iter().map(|b| (b.start, b.end)).collect();
    ordered("quotations", &quotes)?;
    ordered("terms", &terms)?;
    ordered("boilerplate regions", &bps)?;
    for &(s, e) in quotes.iter().chain(&terms).chain(&bps) {
        span_ok("a region", s, e)?;
        if s == e {
            return Err(format!("empty region at {s}"));
        }
    }
    for q in &a.quotes {
        if let Some(sp) = &q.speaker {
            span_ok("a speaker mention", sp.start, sp.end)?;
        }
        if let Some(c) = &q.cue {
            span_ok("a cue", c.start, c.end)?;
        }
    }
    for s in &a.speakers {
        for m in &s.mentions {
            span_ok("a speaker's mention", m.start, m.end)?;
        }
        if let Some(&k) = s.quotes.iter().find(|&&k| k >= a.quotes.len()) {
            return Err(format!(
                "speaker {} points at quotation {k} of {}",
                s.name,
                a.quotes.len()
            ));
        }
    }
    for (unit, count) in [(Unit::Utf16, 0u8), (Unit::Codepoint, 1)] {
        let conv = a.clone().to_unit(text, unit);
        for (b, c) in a.quotes.iter().zip(&conv.quotes) {
            for (bo, co) in [(b.start, c.start), (b.end, c.end)] {
                let want = if count == 0 {
                    crate::at(text, 0, bo).encode_utf16().count()
                } else {
                    crate::at(text, 0, bo).chars().count()
                };
                if co != want {
                    return Err(format!(
                        "{unit:?} offset of byte {bo} is {co}, expected {want}"
                    ));
                }
            }
        }
    }
    Ok(())
}

impl Analysis {
    /// The analysis as JSON text, exactly as `serde_json::to_string` writes it (a test holds
    /// the two together). The wasm binding hands this to `JSON.parse`: smaller and faster
    /// than building the object field by field across the boundary.
    pub fn to_json(&self) -> String {
        let mut o = String::with_capacity(64 + 96 * self.quotes.len());
        o.push_str("{\"quotes\":[");
        for (i, q) in self.quotes.iter().enumerate() {
            sep(&mut o, i);
            let kind = match q.kind {
                QuoteKind::Direct => "direct",
                QuoteKind::Partial => "partial",
                QuoteKind::Term => "term",
            };
            span(&mut o, q.start, q.end);
            kind_field(&mut o, kind);
            o.push_str(",\"speaker\":");
            match &q.speaker {
                Some(s) => {
                    o.push_str("{\"name\":");
                    string(&mut o, &s.name);
                    o.push_str(",\"start\":");
                    number(&mut o, s.start);
                    o.push_str(",\"end\":");
                    number(&mut o, s.end);
                    o.push('}');
                }
                None => o.push_str("null"),
            }
            o.push_str(",\"cue\":");
            match &q.cue {
                Some(c) => {
                    span(&mut o, c.start, c.end);
                    o.push('}');
                }
                None => o.push_str("null"),
            }
            o.push('}');
        }
        o.push_str("],\"terms\":[");
        for (i, t) in self.terms.iter().enumerate() {
            sep(&mut o, i);
            span(&mut o, t.start, t.end);
            o.push_str(",\"kind\":\"term\"}");
        }
        o.push_str("],\"speakers\":[");
        for (i, s) in self.speakers.iter().enumerate() {
            sep(&mut o, i);
            o.push_str("{\"name\":");
            string(&mut o, &s.name);
            if let Some(role) = &s.role {
                o.push_str(",\"role\":");
                string(&mut o, role);
            }
            o.push_str(",\"mentions\":[");
            for (j, m) in s.mentions.iter().enumerate() {
                sep(&mut o, j);
                span(&mut o, m.start, m.end);
                o.push('}');
            }
            o.push_str("],\"quotes\":[");
            for (j, q) in s.quotes.iter().enumerate() {
                sep(&mut o, j);
                number(&mut o, *q);
            }
            o.push_str("]}");
        }
        o.push_str("],\"boilerplate\":[");
        for (i, b) in self.boilerplate.iter().enumerate() {
            sep(&mut o, i);
            let kind = match b.kind {
                BoilerplateKind::Header => "header",
                BoilerplateKind::Footer => "footer",
                BoilerplateKind::Inline => "inline",
            };
            span(&mut o, b.start, b.end);
            kind_field(&mut o, kind);
            o.push('}');
        }
        o.push_str("]}");
        o
    }
}

/// Opens an object with its offsets: `{"start":S,"end":E` (the caller adds the rest and `}`).
/// This and [`number`] are called from a dozen places and kept out of line (1.2 KB of the
/// WebAssembly module, no measurable time).
#[inline(never)]
fn span(o: &mut String, start: usize, end: usize) {
    o.push_str("{\"start\":");
    number(o, start);
    o.push_str(",\"end\":");
    number(o, end);
}

/// A number in decimal. The JSON of a long article holds thousands of offsets, and the
/// formatting machinery costs several times this loop for each.
#[inline(never)]
pub(crate) fn number(o: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // Only ASCII digits were written.
    o.push_str(std::str::from_utf8(&digits[i..]).unwrap_or_default());
}

/// `,"kind":"K"`.
fn kind_field(o: &mut String, kind: &str) {
    o.push_str(",\"kind\":\"");
    o.push_str(kind);
    o.push('"');
}

fn sep(o: &mut String, i: usize) {
    if i > 0 {
        o.push(',');
    }
}

/// A JSON string literal, escaped as serde_json escapes it.
fn string(o: &mut String, s: &str) {
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            '\u{8}' => o.push_str("\\b"),
            '\u{c}' => o.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                o.push_str("\\u00");
                o.push(HEX[c as usize >> 4] as char);
                o.push(HEX[c as usize & 15] as char);
            }
            c => o.push(c),
        }
    }
    o.push('"');
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_written_in_decimal() {
        for n in [0, 7, 10, 99, 1000, 123_456_789, usize::MAX] {
            let mut o = String::from("x");
            super::number(&mut o, n);
            assert_eq!(o, format!("x{n}"));
        }
    }
}
