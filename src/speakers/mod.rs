//! Speakers: who said each quotation, resolved to a full name.
//!
//! Three steps, all outside the quotations (a name inside a quotation is never its speaker):
//! 1. **Mentions**: runs of capitalised words, split into a role and a name by the title
//!    lexicon ("U.S. Secretary of State | Mike Pompeo"); descriptions headed by a person
//!    noun ("a Henry Jackson Society spokesman"); subject pronouns.
//! 2. **Entities**: name mentions are merged in text order: a surname joins the full name
//!    met with it ("Pompeo" is Mike Pompeo), a full name upgrades an earlier surname.
//! 3. **Attribution**, per quotation, in order of preference: a cue in the text right after
//!    the quotation up to the sentence end (“Q,” NP said · “Q,” said NP · according to NP),
//!    a cue earlier in the sentence (NP said: “Q” · NP urged them to “Q”), a colon
//!    introduction (NP: “Q”), then continuation: a quotation split by its cue, or a paragraph
//!    that is only a quotation right after an attributed one, keeps the speaker unless
//!    another name came between. A pronoun resolves to the nearest fitting person before it.
//!
//! In English the subject of a cue is the mention right before it only across adverbs,
//! auxiliaries, an aside in brackets or a short phrase ("Trump has also said", "Trump at the
//! time said"); otherwise it is the clause subject, the first mention no preposition
//! governs, after an opening subordinate clause ("Romney went after Trump, calling it …" is
//! Romney's). The cue right before a quotation is its own, else the first of the sentence.
//! Relative pronouns and the writer's "I" can speak (`Kind::Relative`, own-voice entities);
//! a quotation that opens its sentence or its paragraph takes the cue of the sentence
//! before. Extra English cue verbs live in `attribution_verbs.txt`, read by this stage only.
//!
//! German text (see `attribute_de`) takes its own path through step 3: German capitalises
//! every noun and puts the finite verb second, so noun phrases with an article are mentions
//! ("der Bundesinnenminister", "einem Sprecher des Ministeriums"), the subject may stand after
//! the verb ("„…“, sagte der Minister", "Ähnlich äußerte sich Bush"), clauses end with their
//! verb, and sources are laut NP · NP zufolge · nach Angaben NP. Its word lists are the
//! `*_de.txt` lexicons.
//!
//! The files of this folder:
//! - `mod.rs`: [`attribute`], the entry point that runs the three steps, and what the rules
//!   share (`Found`, `mention_at`, `is_cue`).
//! - `tokens.rs`: the word and sentence helpers. The words (`Token`) are the document's
//!   ([`crate::document`]): read once with their lexicon lists, each window's taken by
//!   `Document::tokens_in`, so no step scans the text word by word again.
//! - `mentions.rs`: step 1, `Mention` and `mentions_in`.
//! - `entities.rs`: step 2, `Entity` and `link`; `resolve` (a mention's entity, a pronoun's
//!   antecedent) and `continuation`.
//! - `english.rs`: step 3 for English, the cue rules.
//! - `german.rs`: step 3 for German (`attribute_de`), and the German noun phrases of step 1.
//! - `tests.rs`: the unit tests.

mod english;
mod entities;
mod features;
mod german;
mod mentions;
mod model;
#[cfg(test)]
mod tests;
mod tokens;

use features::Pattern;
pub use features::FEATURES;
pub use model::{Candidate, Choice};

use crate::analysis::{Quote, Span, Speaker, SpeakerRef};
use crate::document::Document;
use crate::lexicon;
use crate::sub;
use english::{after_cue, before_cue, label_of, paragraph_end_cue};
use entities::{continuation, link, resolve, Entity};
use german::{attribute_de, before_verb_de, previous_sentence_de};
use mentions::{drop_shaky, mentions_in, transcript_label, Kind, Mention};

/// Whether a lower-case word is a cue of attribution: a reporting verb of the quotation
/// stage, or one of the further verbs only this stage reads.
fn is_cue(lower: &str) -> bool {
    lexicon::attribution_cues().contains(lower)
}

/// What an attribution found: the mention (index into mentions) and the cue.
struct Found {
    mention: usize,
    cue: Option<Span>,
}

/// The mentions lying inside `range`, in order. Mentions are sorted by start, and the
/// look-ups of one document come in nearly text order (quotation after quotation, each
/// with windows near it), so the first one is found by galloping from where the last
/// look-up into the same list began: O(log d) for a distance d, where a binary search over
/// every mention of a long text reads far-apart cache lines for each of the many look-ups
/// of every quotation. Attribution stays linear in the number of quotations.
fn mention_at(
    mentions: &[Mention],
    range: Span,
) -> impl DoubleEndedIterator<Item = (usize, &Mention)> {
    thread_local! {
        /// (the list's address and length, where its last look-up began).
        static FINGER: std::cell::Cell<(usize, usize, usize)> = const { std::cell::Cell::new((0, 0, 0)) };
    }
    let key = (mentions.as_ptr() as usize, mentions.len());
    let (p, n, hint) = FINGER.with(|f| f.get());
    let hint = if (p, n) == key {
        hint.min(mentions.len())
    } else {
        0
    };
    let before = |i: usize| mentions[i].span.start < range.start;
    // The first mention at or after range.start: gallop from the hint, then search the bracket.
    let lo = if hint < mentions.len() && before(hint) {
        let mut step = 1;
        let mut from = hint;
        while from + step < mentions.len() && before(from + step) {
            from += step;
            step *= 2;
        }
        let to = (from + step).min(mentions.len());
        from + 1 + mentions[from + 1..to].partition_point(|m| m.span.start < range.start)
    } else {
        let mut step = 1;
        let mut to = hint;
        while to >= step && !before(to - step) {
            to -= step;
            step *= 2;
        }
        let from = to.saturating_sub(step);
        from + mentions[from..to].partition_point(|m| m.span.start < range.start)
    };
    FINGER.with(|f| f.set((key.0, key.1, lo)));
    // The end by galloping from `lo` (a window holds a few mentions).
    let rest = &mentions[lo..];
    let mut bound = 1;
    while bound <= rest.len() && rest[bound - 1].span.start < range.end {
        bound *= 2;
    }
    let from = bound / 2;
    let hi =
        lo + from + rest[from..bound.min(rest.len())].partition_point(|m| m.span.start < range.end);
    mentions[lo..hi]
        .iter()
        .enumerate()
        .map(move |(i, m)| (lo + i, m))
        .filter(move |(_, m)| m.span.end <= range.end)
}

/// Attributes every quotation of the document and builds the speaker list.
pub fn attribute(
    doc: &Document,
    quotes: &mut [Quote],
    lang: crate::kind::Lang,
    weights: &[f32],
    mut record: Option<&mut Vec<Choice>>,
) -> Vec<Speaker> {
    let german = lang == crate::kind::Lang::German;
    let paras = &doc.paras[..];
    let (mentions, mut entities) = read_mentions(doc, quotes, german);
    // The paragraph holding an offset: the first that ends at or after it. Quotations are
    // visited in order, so the last answer or the one after it nearly always is it; a
    // binary search otherwise.
    let last = std::cell::Cell::new(0usize);
    let para_of = |off: usize| {
        let holds =
            |j: usize| j < paras.len() && paras[j].end >= off && (j == 0 || paras[j - 1].end < off);
        let i = last.get();
        let j = if holds(i) {
            i
        } else if holds(i + 1) {
            i + 1
        } else {
            paras
                .partition_point(|p| p.end < off)
                .min(paras.len().saturating_sub(1))
        };
        last.set(j);
        j
    };
    let found_of = patterns(doc, quotes, german, &mentions, &mut entities, &para_of);
    // Second pass: the ranker chooses among each quotation's candidates.
    let mut counts = vec![0u32; entities.len()];
    for m in &mentions {
        if let Some(e) = m.entity {
            counts[e] += 1;
        }
    }
    let mut decided = Vec::with_capacity(quotes.len());
    let mut memo = model::Memo::new(mentions.len(), &found_of);
    {
        let input = model::Input {
            doc,
            quotes,
            mentions: &mentions,
            para_of: &para_of,
            counts: &counts,
            german,
            // In a language with no rules of its own, only a full name is taken for a speaker.
            full_names_only: lang == crate::kind::Lang::Foreign,
        };
        for (k, found) in found_of.iter().enumerate() {
            decided.push(model::choose(
                &input,
                &mut entities,
                &mut memo,
                k,
                found,
                weights,
                record.as_deref_mut(),
            ));
        }
    }
    let mut speaker_of: Vec<Option<(usize, usize)>> = vec![None; quotes.len()];
    for (k, d) in decided.into_iter().enumerate() {
        if let Some((e, m, cue)) = d {
            speaker_of[k] = Some((e, m));
            let mention = &mentions[m];
            quotes[k].speaker = Some(SpeakerRef {
                name: entities[e].name.clone(),
                start: mention.span.start,
                end: mention.span.end,
            });
            quotes[k].cue = cue;
        }
    }
    // The speaker list: one entry per entity that said something, in order of first
    // quotation, with every mention of it (names, and the pronouns its quotations rest on).
    let mut slot: Vec<Option<usize>> = vec![None; entities.len()];
    let mut out: Vec<Speaker> = Vec::new();
    // The mentions quotations rest on, chained by mention (`first[m]`, then `next`), so that
    // one walk over the mentions, which are sorted and apart, lists each speaker's in order.
    let mut first: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut chain: Vec<(usize, Option<usize>)> = Vec::new();
    for (k, s) in speaker_of.iter().enumerate() {
        let Some((e, m)) = *s else { continue };
        let i = *slot[e].get_or_insert_with(|| {
            out.push(Speaker {
                name: entities[e].name.clone(),
                role: entities[e].role.clone(),
                mentions: Vec::new(),
                quotes: Vec::new(),
            });
            out.len() - 1
        });
        out[i].quotes.push(k);
        chain.push((i, first[m].replace(chain.len())));
    }
    for (m, mention) in mentions.iter().enumerate() {
        let mut link = first[m];
        let by_entity = mention.entity.and_then(|e| slot[e]);
        for i in std::iter::from_fn(|| {
            let (i, next) = chain[link?];
            link = next;
            Some(i)
        })
        .chain(by_entity)
        {
            let list = &mut out[i].mentions;
            if list.last() != Some(&mention.span) {
                list.push(mention.span);
            }
        }
    }
    out
}

/// Steps 1 and 2: the mentions outside the quotations, in text order, linked into entities.
fn read_mentions(doc: &Document, quotes: &[Quote], german: bool) -> (Vec<Mention>, Vec<Entity>) {
    let text = doc.text;
    // Mentions outside quotations, in text order.
    let mut mentions: Vec<Mention> = Vec::new();
    let mut shaky: Vec<(usize, bool)> = Vec::new();
    let mut qi = 0;
    for p in &doc.paras {
        let mut pos = p.start;
        while qi < quotes.len() && quotes[qi].start < p.end {
            let q = &quotes[qi];
            if q.start > pos {
                let after_quote = pos > p.start;
                mentions_in(
                    doc,
                    pos,
                    q.start.min(p.end),
                    german,
                    after_quote,
                    &mut mentions,
                    &mut shaky,
                );
            }
            if q.start >= p.start {
                transcript_label(doc, q, p.end, &mut mentions);
            }
            pos = pos.max(q.end);
            if q.end > p.end {
                break; // continues into the next paragraph
            }
            qi += 1;
        }
        if pos < p.end {
            let after_quote = pos > p.start;
            mentions_in(
                doc,
                pos,
                p.end,
                german,
                after_quote,
                &mut mentions,
                &mut shaky,
            );
        }
    }
    drop_shaky(&mut mentions, &shaky, doc);
    let entities = link(&mut mentions);
    // An appositive names the described person: "the mayor, Tom Hale," and "Tom Hale, the
    // mayor," are one person, who goes by the name.
    for i in 1..mentions.len() {
        let (a, b) = (&mentions[i - 1], &mentions[i]);
        if sub(text, a.span.end, b.span.start).trim() != "," {
            continue;
        }
        match (a.kind, b.kind) {
            (Kind::Description, Kind::Name) => mentions[i - 1].entity = mentions[i].entity,
            (Kind::Name, Kind::Description) => mentions[i].entity = mentions[i - 1].entity,
            _ => {}
        }
    }
    for m in &mut mentions {
        m.known = m.entity.is_some_and(|e| entities[e].name.contains(' '));
    }
    (mentions, entities)
}

/// The first pass of step 3: every pattern on every quotation, and the answer of their old
/// order of precedence (the chain), which the continuation pattern and pronouns lean on.
fn patterns(
    doc: &Document,
    quotes: &[Quote],
    german: bool,
    mentions: &[Mention],
    entities: &mut [Entity],
    para_of: &dyn Fn(usize) -> usize,
) -> Vec<model::Picks> {
    // First pass: every pattern on every quotation, and the answer of their old order of
    // precedence (the chain), which the continuation pattern and pronouns lean on.
    let (text, paras) = (doc.text, &doc.paras[..]);
    let mut speaker_of: Vec<Option<(usize, usize)>> = vec![None; quotes.len()]; // (entity, mention)
    let mut chain_cue: Vec<Option<Span>> = vec![None; quotes.len()];
    let mut found_of: Vec<model::Picks> = Vec::with_capacity(quotes.len());
    let mut last_speaker: Option<usize> = None;
    for k in 0..quotes.len() {
        let (qs, qe) = (quotes[k].start, quotes[k].end);
        let (ps, pe) = (paras[para_of(qs)], paras[para_of(qe.saturating_sub(1))]);
        let next_start = quotes.get(k + 1).map_or(pe.end, |n| n.start.min(pe.end));
        let prev_end = if k > 0 && quotes[k - 1].end > ps.start {
            quotes[k - 1].end
        } else {
            ps.start
        };
        let after = Span::new(qe.min(pe.end), next_start.max(qe.min(pe.end)));
        let before = Span::new(prev_end.min(qs), qs);
        // "Caddell continued:" ends the paragraph before the quotation.
        let colon_para = || {
            let prev = paras[para_of(qs).checked_sub(1)?];
            (qs == ps.start && sub(text, prev.start, prev.end).ends_with(':')).then_some(prev)
        };
        let mut picks: Vec<(Pattern, usize, Option<Span>)> = Vec::new();
        let mut add = |p: Pattern, f: Option<Found>| {
            if let Some(f) = f {
                picks.push((p, f.mention, f.cue));
            }
        };
        if german {
            let q = Span::new(qs, qe);
            add(
                Pattern::After,
                attribute_de(doc, quotes, q, before, pe.end, mentions),
            );
            add(Pattern::Label, label_of(text, &quotes[k], mentions));
            add(
                Pattern::Colon,
                colon_para().and_then(|p| before_verb_de(doc, p, mentions)),
            );
            add(
                Pattern::Previous,
                previous_sentence_de(doc, before, mentions),
            );
        } else {
            add(Pattern::After, after_cue(doc, after, mentions, german));
            add(Pattern::Label, label_of(text, &quotes[k], mentions));
            add(
                Pattern::Before,
                before_cue(doc, before, mentions, german, prev_end > ps.start),
            );
            add(
                Pattern::Colon,
                colon_para().and_then(|p| before_cue(doc, p, mentions, german, false)),
            );
        }
        let first = picks.first().copied();
        let continued = continuation(doc, quotes, &speaker_of, k, paras, para_of, mentions);
        if let Some((_, m)) = continued {
            picks.push((Pattern::Continued, m, chain_cue[k - 1]));
        }
        // "Carter said that … would not happen.\n\n“That’s because …”": a paragraph that
        // opens with a quotation, after one that ends with a cue and no quotation.
        let paragraph_end = (|| {
            let prev = paras[para_of(qs).checked_sub(1)?];
            let fresh = k == 0 || quotes[k - 1].end <= prev.start;
            if german || qs != ps.start || !fresh {
                return None;
            }
            paragraph_end_cue(doc, prev, mentions)
        })();
        if let Some(f) = &paragraph_end {
            picks.push((Pattern::ParagraphEnd, f.mention, f.cue));
        }
        let resolved = match first {
            Some((_, m, cue)) => {
                resolve(mentions, entities, m, last_speaker, paras, para_of).map(|e| (e, m, cue))
            }
            None => continued
                .map(|(e, m)| (e, m, chain_cue[k - 1]))
                .or_else(|| {
                    let f = paragraph_end?;
                    resolve(mentions, entities, f.mention, last_speaker, paras, para_of)
                        .map(|e| (e, f.mention, f.cue))
                }),
        };
        found_of.push(model::Picks {
            picks,
            chain: resolved.map(|(e, m, _)| (e, m)),
            last_speaker,
        });
        if let Some((e, m, cue)) = resolved {
            speaker_of[k] = Some((e, m));
            chain_cue[k] = cue;
            last_speaker = Some(e);
        }
    }
    found_of
}
