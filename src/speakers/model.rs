//! The speaker ranker: for each quotation, its candidates (the mentions around it and those
//! the patterns pick), their features ([`super::features`]), and the candidate whose
//! weights sum highest.
//!
//! The weights are data: `lexicon/speaker_weights.tsv`, one column per language, fitted on
//! the PolNeAR and German WikiNews train splits by `scripts/train_quotes.py` and compiled
//! in by the build script. The model is a conditional logit (a softmax over each
//! quotation's candidates); at run time only the highest score matters.
//!
//! Linear time: a quotation's candidates are at most [`NEAR`] mentions on each side of it
//! within its paragraph and the paragraphs next to it (found by binary search in the sorted
//! mentions), plus the patterns' picks.

use super::entities::{resolve, Entity};
use super::features::{features, intrinsic, Context, Pattern};
use super::mentions::{Kind, Mention};
use crate::analysis::Span;

/// How many mentions on each side of a quotation are candidates.
pub(crate) const NEAR: usize = 10;

/// One candidate, as the trainer sees it.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// The mention the speaker rests on.
    pub span: Span,
    /// The name it resolves to.
    pub name: String,
    /// Its features (indices into [`super::FEATURES`] and the weights).
    pub active: Vec<u16>,
}

/// A quotation's candidates, as the trainer sees them.
#[derive(Clone, Debug)]
pub struct Choice {
    /// The quotation's index.
    pub quote: usize,
    pub candidates: Vec<Candidate>,
}

/// What the patterns found for one quotation (the first pass of [`super::attribute`]).
pub(crate) struct Picks {
    /// (pattern, mention, cue) for each pattern that picked a mention.
    pub picks: Vec<(Pattern, usize, Option<Span>)>,
    /// The old chain's answer: (entity, mention).
    pub chain: Option<(usize, usize)>,
    /// The chain's speaker of the quotation before.
    pub last_speaker: Option<usize>,
}

/// What the ranker works out once a mention, though a mention is a candidate of every
/// quotation near it: a pronoun's person, and the features that do not depend on the
/// quotation.
pub(crate) struct Memo {
    resolved: Vec<Option<Option<usize>>>,
    intrinsic: Vec<Option<Vec<u16>>>,
    /// Buffers reused from one quotation to the next (no allocation a quotation).
    cands: Vec<usize>,
    people: Vec<(usize, usize)>,
    picks: Vec<(Pattern, usize, Option<usize>)>,
    active: Vec<u16>,
}

impl Memo {
    /// The memo of a text's mentions, holding the chain's answers: a pronoun the first pass
    /// resolved for its quotation stands for that person in every quotation near it.
    pub(crate) fn new(mentions: usize, found: &[Picks]) -> Self {
        let mut resolved = vec![None; mentions];
        for f in found {
            if let Some((e, m)) = f.chain {
                resolved[m] = Some(Some(e));
            }
        }
        Memo {
            resolved,
            intrinsic: vec![None; mentions],
            cands: Vec::new(),
            people: Vec::new(),
            picks: Vec::new(),
            active: Vec::new(),
        }
    }
}

/// Everything the ranker reads of the text.
pub(crate) struct Input<'a> {
    /// The text, its paragraphs and words.
    pub doc: &'a crate::document::Document<'a>,
    pub quotes: &'a [crate::analysis::Quote],
    pub mentions: &'a [Mention],
    pub para_of: &'a dyn Fn(usize) -> usize,
    /// How many mentions each entity has.
    pub counts: &'a [u32],
    /// Whether the text is German (some features read English word order only).
    pub german: bool,
    /// Whether only people given a full name are candidates: in a language with no rules
    /// of its own, a one-word "name" is as often a sentence's first word.
    pub full_names_only: bool,
}

/// The chosen candidate of quotation `k`: (entity, mention, cue), and its candidates when
/// `record` asks for them.
pub(crate) fn choose(
    input: &Input,
    entities: &mut [Entity],
    memo: &mut Memo,
    k: usize,
    found: &Picks,
    weights: &[f32],
    record: Option<&mut Vec<Choice>>,
) -> Option<(usize, usize, Option<Span>)> {
    let (paras, mentions) = (&input.doc.paras[..], input.mentions);
    let q = &input.quotes[k];
    let (pq, pe) = (
        (input.para_of)(q.start),
        (input.para_of)(q.end.saturating_sub(1)),
    );
    let lo = paras[pq.saturating_sub(1)].start;
    let hi = paras[(pe + 1).min(paras.len() - 1)].end;
    let split = mentions.partition_point(|m| m.span.start < q.start);
    let after = mentions.partition_point(|m| m.span.start < q.end);
    // The patterns' picks first (in their order), then the window's mentions.
    let mut cands = std::mem::take(&mut memo.cands);
    cands.clear();
    for &(_, m, _) in &found.picks {
        if !cands.contains(&m) {
            cands.push(m);
        }
    }
    if let Some((_, m)) = found.chain {
        if !cands.contains(&m) {
            cands.push(m);
        }
    }
    // Walking out from the quotation, within the paragraphs around it (two binary searches
    // a quotation; bounding the walk by the spans needs no more).
    let lo_i = (split.saturating_sub(NEAR)..split)
        .find(|&i| mentions[i].span.start >= lo)
        .unwrap_or(split);
    let hi_i = (after..(after + NEAR).min(mentions.len()))
        .find(|&i| mentions[i].span.start >= hi)
        .unwrap_or((after + NEAR).min(mentions.len()));
    let window = (lo_i..split)
        .chain(split..after) // a transcript label inside the quotation
        .chain(after..hi_i);
    for m in window {
        if !cands.contains(&m) {
            cands.push(m);
        }
    }
    // Each candidate's entity (a pronoun resolves to the person it stands for).
    let mut resolved = std::mem::take(&mut memo.people);
    resolved.clear();
    for &m in &cands {
        let e = match mentions[m].kind {
            // A pronoun is a candidate of every quotation near it: resolved once, as the
            // first quotation that sees it has it (resolving reads its paragraph's mentions,
            // so resolving it for each would make a long paragraph of quotations quadratic).
            Kind::Pronoun | Kind::Relative => match memo.resolved[m] {
                Some(e) => e,
                None => {
                    let e = resolve(
                        mentions,
                        entities,
                        m,
                        found.last_speaker,
                        paras,
                        input.para_of,
                    );
                    memo.resolved[m] = Some(e);
                    e
                }
            },
            _ => mentions[m].entity,
        };
        if let Some(e) = e.filter(|&e| !input.full_names_only || entities[e].name.contains(' ')) {
            resolved.push((m, e));
        }
    }
    let entity_of = |m: usize| resolved.iter().find(|r| r.0 == m).map(|r| r.1);
    let mut picks = std::mem::take(&mut memo.picks);
    picks.clear();
    picks.extend(found.picks.iter().map(|&(p, m, _)| (p, m, entity_of(m))));
    let nearest_before = resolved
        .iter()
        .filter(|r| mentions[r.0].span.end <= q.start)
        .map(|r| r.0)
        .max();
    let nearest_after = resolved
        .iter()
        .filter(|r| mentions[r.0].span.start >= q.end)
        .map(|r| r.0)
        .min();
    let cx = Context {
        doc: input.doc,
        mentions,
        entities,
        counts: input.counts,
        german: input.german,
        quote: Span::new(q.start, q.end),
        para: paras[pq],
        para_end: paras[pe],
        prev_para: pq.checked_sub(1).map(|i| paras[i]),
        next_para: paras.get(pe + 1).copied(),
        prev_quote_end: k.checked_sub(1).map(|p| input.quotes[p].end),
        next_quote_start: input.quotes.get(k + 1).map(|n| n.start),
        picks: &picks,
        chain: found.chain,
        last_speaker: found.last_speaker,
        nearest_before,
        nearest_after,
    };
    let mut active = std::mem::take(&mut memo.active);
    let mut recorded = Vec::new();
    let mut best: Option<(f32, usize, usize)> = None;
    // How far each candidate stands from the quotation, to find each person's nearest.
    let gap = |m: usize| {
        let s = mentions[m].span;
        if s.end <= q.start {
            q.start - s.end
        } else {
            s.start.saturating_sub(q.end)
        }
    };
    for &(m, e) in &resolved {
        active.clear();
        let nearest = resolved.iter().all(|&(m2, e2)| {
            e2 != e || m2 == m || gap(m2) > gap(m) || (gap(m2) == gap(m) && m2 > m)
        });
        let intr = memo.intrinsic[m].get_or_insert_with(|| {
            let mut v = Vec::with_capacity(12);
            intrinsic(&cx, m, e, &mut v);
            v
        });
        features(&cx, m, e, nearest, intr, &mut active);
        let score: f32 = active.iter().map(|&i| weights[usize::from(i)]).sum();
        if best.is_none_or(|(b, _, _)| score > b) {
            best = Some((score, m, e));
        }
        if record.is_some() {
            recorded.push(Candidate {
                span: mentions[m].span,
                name: entities[e].name.clone(),
                active: active.clone(),
            });
        }
    }
    if let Some(r) = record {
        r.push(Choice {
            quote: k,
            candidates: recorded,
        });
    }
    (memo.cands, memo.people, memo.picks, memo.active) = (cands, resolved, picks, active);
    let (_, m, e) = best?;
    let cue = found.picks.iter().find(|p| p.1 == m).and_then(|p| p.2);
    Some((e, m, cue))
}
