//! Step 2, entities: mentions merged into the people they name; the entity a mention or
//! pronoun stands for, and the speaker a quotation with no cue of its own keeps.

use super::mention_at;
use super::mentions::{Kind, Mention};
use super::tokens::{first_sentence_end, lower};
use crate::analysis::{Quote, Span};
use crate::document::Document;
use crate::lexicon;

/// One real speaker or body, with the name it goes by.
#[derive(Clone, Debug)]
pub(super) struct Entity {
    pub(super) name: String,
    pub(super) role: Option<String>,
    pub(super) gender: Option<char>,
    pub(super) org: bool,
}

fn last_word(name: &str) -> &str {
    name.rsplit(' ').next().unwrap_or(name)
}

/// Whether a name's words after the first hold a function word other than a name's
/// connector or an initial ("Republicans Are Following Trump", "Why It Matters", not "Bank
/// of America" or "Edgar A. Poe"): a title-cased headline or title, not a person's name.
fn titled_phrase(name: &str) -> bool {
    name.split(' ').skip(1).any(|w| {
        w.len() > 1
            && lexicon::stopwords().has(w)
            && !super::mentions::CONNECTORS.contains(&lower(w).as_ref())
    })
}

/// Groups name and description mentions into entities, in text order.
pub(super) fn link(mentions: &mut [Mention]) -> Vec<Entity> {
    use lexicon::NameMap;
    let mut entities: Vec<Entity> = Vec::new();
    // Indexes over the entities, so linking is linear: by exact name, by the last word of a
    // full name (for a surname mention), and single-word entities by their word (for a full
    // name that completes them).
    let mut by_name = NameMap::default();
    let mut by_last = NameMap::default();
    let mut single = NameMap::default();
    // The writer's own "I" and "we" stand for nobody else in the text: one entity each.
    let mut own_voice = NameMap::default();
    for m in mentions.iter_mut() {
        if m.kind == Kind::Pronoun && lexicon::first_person().has(&m.name) {
            let key = lower(&m.name);
            let id = own_voice.get(&key).unwrap_or_else(|| {
                entities.push(Entity {
                    name: m.name.clone(),
                    role: None,
                    gender: None,
                    org: false,
                });
                own_voice.insert(&key, entities.len() - 1);
                entities.len() - 1
            });
            m.entity = Some(id);
            continue;
        }
        if matches!(m.kind, Kind::Pronoun | Kind::Relative) {
            continue;
        }
        let words = m.name.split(' ').count();
        let mut id = by_name.get(&m.name);
        // A title-cased headline read as a name ("Republicans Are Following Trump") keeps to
        // itself: no surname joins it, or the person would go by the headline.
        let phrase = m.kind == Kind::Name && titled_phrase(&m.name);
        if m.kind == Kind::Name && !phrase {
            let other = if words == 1 {
                by_last.get(&m.name)
            } else {
                single.get(last_word(&m.name))
            };
            id = id.max(other);
        }
        let id = match id {
            Some(id) => {
                let e = &mut entities[id];
                if m.kind == Kind::Name && words > e.name.split(' ').count() {
                    if !e.name.contains(' ') {
                        single.remove(&e.name);
                    }
                    e.name = m.name.clone();
                    by_name.insert(&e.name, id);
                    by_last.insert(last_word(&e.name), id);
                }
                if e.role.is_none() {
                    e.role = m.role.clone();
                }
                e.gender = e.gender.or(m.gender);
                id
            }
            None => {
                let id = entities.len();
                entities.push(Entity {
                    name: m.name.clone(),
                    role: m.role.clone(),
                    gender: m.gender,
                    org: m.org,
                });
                by_name.insert(&m.name, id);
                if m.kind == Kind::Name && !phrase {
                    by_last.insert(last_word(&m.name), id);
                    if words == 1 {
                        single.insert(&m.name, id);
                    }
                }
                id
            }
        };
        m.entity = Some(id);
    }
    entities
}

/// The entity a mention stands for; a pronoun resolves to the nearest fitting person
/// before it (in its paragraph first, else the last speaker, else anyone before it).
pub(super) fn resolve(
    mentions: &[Mention],
    entities: &mut [Entity],
    m: usize,
    last_speaker: Option<usize>,
    paras: &[Span],
    para_of: &dyn Fn(usize) -> usize,
) -> Option<usize> {
    let mention = &mentions[m];
    match mention.kind {
        Kind::Pronoun if mention.entity.is_some() => return mention.entity, // I, we
        Kind::Pronoun => {}
        // "Weaver, who said": the mention right before it.
        Kind::Relative => {
            // The name it follows, past an aside ("Tom Hale, now the party leader, who").
            let named = mentions[..m]
                .iter()
                .rev()
                .take(3)
                .find(|x| x.kind == Kind::Name)
                .and_then(|x| x.entity);
            return named.or_else(|| mentions[..m].iter().rev().take(40).find_map(|x| x.entity));
        }
        _ => return mention.entity,
    }
    let g = mention.gender;
    let fits = |e: usize| {
        !entities[e].org
            && !lexicon::first_person().has(&entities[e].name)
            && (g.is_none() || entities[e].gender.is_none() || entities[e].gender == g)
    };
    // Preference: a person whose gender matches, then a full (two-word) name, then anyone
    // who fits; first among the mentions of the pronoun's paragraph, then the last
    // speaker, then the mentions before it in the text.
    let rank = |e: usize| {
        let ent = &entities[e];
        if g.is_some() && ent.gender == g {
            0
        } else if ent.name.contains(' ')
            && ent.name.chars().next().is_some_and(crate::case::is_upper)
        {
            1
        } else {
            2
        }
    };
    let best = |cands: &mut dyn Iterator<Item = usize>| -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for e in cands.filter(|&e| fits(e)) {
            let r = rank(e);
            if best.is_none_or(|(_, br)| r < br) {
                best = Some((e, r));
            }
        }
        best.map(|(e, _)| e)
    };
    let para = paras[para_of(mention.span.start)];
    // The paragraph's mentions before the pronoun, the nearest 60 of them (a paragraph of a
    // whole page's length would otherwise make resolving every pronoun in it quadratic).
    let para_people = || {
        mentions[..m]
            .iter()
            .rev()
            .take(60)
            .take_while(|x| x.span.start >= para.start)
            .filter_map(|x| x.entity)
    };
    // Among the paragraph's people, the one who has just spoken wins over a nearer one who
    // fits as well ("Obama said after meeting Vladimir Putin. He didn't …": Obama).
    let speaking = last_speaker.filter(|&l| fits(l) && para_people().any(|x| x == l));
    let in_para =
        best(&mut para_people()).map(|e| speaking.filter(|&l| rank(l) <= rank(e)).unwrap_or(e));
    let earlier = || best(&mut mentions[..m].iter().rev().take(40).filter_map(|x| x.entity));
    let e = in_para
        .or(last_speaker.filter(|&e| fits(e)))
        .or_else(earlier)?;
    if entities[e].gender.is_none() {
        entities[e].gender = g;
    }
    Some(e)
}

/// A quotation with no cue of its own keeps the speaker of the one before it when that one
/// is in the same paragraph (a quotation split by its cue), or when this quotation opens
/// its paragraph right after an attributed one and no other name came between.
pub(super) fn continuation(
    doc: &Document,
    quotes: &[Quote],
    speaker_of: &[Option<(usize, usize)>],
    k: usize,
    paras: &[Span],
    para_of: &dyn Fn(usize) -> usize,
    mentions: &[Mention],
) -> Option<(usize, usize)> {
    let prev = k.checked_sub(1)?;
    let (e, m) = speaker_of[prev]?;
    let (pq, q) = (&quotes[prev], &quotes[k]);
    let (pp, qp) = (para_of(pq.end.saturating_sub(1)), para_of(q.start));
    let same_para = pp == qp;
    let next_para = qp == pp + 1 && q.start == paras[qp].start;
    if !same_para && !next_para {
        return None;
    }
    if same_para {
        return Some((e, m)); // “Q1,” NP said, … “Q2.”
    }
    // Past the sentence that carried the attribution, no other name may come in.
    let pend = paras[pp].end.max(pq.end);
    let toks = doc.tokens_in(pq.end, pend);
    let from = first_sentence_end(doc.text, pq.end, pend, toks);
    let other_name = mention_at(mentions, Span::new(from, q.start))
        .any(|(_, x)| x.kind == Kind::Name && x.entity != Some(e));
    (!other_name).then_some((e, m))
}
