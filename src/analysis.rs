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
    /// Every offset the value holds, in one list (for the batch conversion).
    fn offsets(&self) -> Vec<usize> {
        let mut v = Vec::new();
        for q in &self.quotes {
            v.extend([q.start, q.end]);
            if let Some(s) = &q.speaker {
                v.extend([s.start, s.end]);
            }
            if let Some(c) = &q.cue {
                v.extend([c.start, c.end]);
            }
        }
        for t in &self.terms {
            v.extend([t.start, t.end]);
        }
        for s in &self.speakers {
            for m in &s.mentions {
                v.extend([m.start, m.end]);
            }
        }
        for b in &self.boilerplate {
            v.extend([b.start, b.end]);
        }
        v
    }

    /// Rewrites every byte offset of `self` (computed on `text`) into `unit`.
    pub fn to_unit(mut self, text: &str, unit: Unit) -> Analysis {
        if unit == Unit::Byte {
            return self;
        }
        let map = OffsetMap::new(text, unit, self.offsets());
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
