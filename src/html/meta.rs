//! A page's title, author and date, from what the page itself declares.
//!
//! Pages say these things in several places, of unequal trust: schema.org JSON-LD
//! (`headline`, `author`, `datePublished`), Open Graph and article `<meta>` tags, the
//! `<title>` (usually with the site's name appended), the first `<h1>`, a byline element
//! (`class="byline"`, `rel="author"`, `itemprop="author"`) and `<time datetime>`. The
//! collector gathers each source during the block reader's walk; `Collector::finish`
//! chooses, most specific source first. Dates come out as ISO days (`YYYY-MM-DD`).

use std::borrow::Cow;

use super::blocks::{within, words, Block, Role};
use super::Dom;

/// What a page says of itself.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    /// ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The text of the page's byline element, as written ("By Jane Doe | May 3").
    pub byline: Option<String>,
}

#[derive(Default)]
pub(super) struct Collector {
    doc_title: Option<String>,
    og_title: Option<String>,
    ld_headline: Option<String>,
    /// The page's first few `<h1>`s (a site's logo or a sign-up box may come before the
    /// headline).
    h1s: Vec<String>,
    meta_author: Option<String>,
    ld_author: Option<String>,
    /// The `author` of any JSON-LD object, and the text of a link to an author's page.
    other_author: Option<String>,
    author_link: Option<String>,
    byline: Option<String>,
    meta_date: Option<String>,
    ld_date: Option<String>,
    /// A `datePublished` of any JSON-LD object, or in a script's data.
    other_date: Option<String>,
    /// A `dateModified`, the last resort.
    modified: Option<String>,
    time_date: Option<String>,
    /// Elements whose text is wanted when they close: (stack depth, what, text start).
    pending: Vec<(usize, Want, usize)>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    H1,
    Byline,
    AuthorLink,
}

fn first_text<D: Dom>(dom: &D, node: &D::Node) -> String {
    let mut out = String::new();
    let mut child = dom.first_child(node);
    while let Some(c) = child {
        if let Some(t) = dom.text(&c) {
            out.push_str(&t);
        }
        child = dom.next_sibling(&c);
    }
    out
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn set(slot: &mut Option<String>, value: Cow<'_, str>) {
    let v = squash(&value);
    if slot.is_none() && !v.is_empty() {
        *slot = Some(v);
    }
}

impl Collector {
    /// Every element, hidden or not, as the walk meets it (`<head>`'s too).
    pub(super) fn element<D: Dom>(&mut self, dom: &D, node: &D::Node, tag: &str) {
        match tag {
            "title" => {
                let t = first_text(dom, node);
                set(&mut self.doc_title, Cow::Owned(t));
            }
            "meta" => {
                let key = dom
                    .attr(node, "property")
                    .or_else(|| dom.attr(node, "name"))
                    .or_else(|| dom.attr(node, "itemprop"))
                    .map(|k| k.to_ascii_lowercase());
                let (Some(key), Some(content)) = (key, dom.attr(node, "content")) else {
                    return;
                };
                match key.as_str() {
                    "og:title" | "twitter:title" => set(&mut self.og_title, content),
                    "author" | "article:author" | "byl" | "dc.creator" | "sailthru.author"
                    | "parsely-author" | "citation_author"
                        if !content.contains("://") && !content.starts_with("www.") =>
                    {
                        set(&mut self.meta_author, content)
                    }
                    "article:published_time"
                    | "published-date"
                    | "datepublished"
                    | "date"
                    | "pubdate"
                    | "publishdate"
                    | "publish-date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "sailthru.date"
                    | "parsely-pub-date"
                    | "og:published_time"
                    | "article.published"
                    | "datecreated"
                    | "dcterms.created"
                    | "published"
                    | "publication_date"
                    | "date_published"
                    | "article:published"
                        if self.meta_date.is_none() =>
                    {
                        self.meta_date = iso_day(&content)
                    }
                    _ => {}
                }
            }
            "script" => {
                let is_ld = dom
                    .attr(node, "type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                let src = first_text(dom, node);
                if is_ld {
                    self.json_ld(&src);
                }
                if self.other_date.is_none() {
                    self.other_date = script_date(&src);
                }
            }
            "time" => {
                if self.time_date.is_none() {
                    if let Some(d) = dom.attr(node, "datetime") {
                        self.time_date = iso_day(&d);
                    }
                }
            }
            _ => {
                if self.other_date.is_none() {
                    for name in ["data-pubdate", "data-published", "data-publish-date"] {
                        if let Some(d) = dom.attr(node, name) {
                            self.other_date = iso_day(&d);
                        }
                    }
                }
                if self.meta_date.is_none() {
                    if let Some(prop) = dom.attr(node, "itemprop") {
                        if prop.eq_ignore_ascii_case("datepublished") {
                            let d = dom
                                .attr(node, "datetime")
                                .or_else(|| dom.attr(node, "content"));
                            if let Some(d) = d {
                                self.meta_date = iso_day(&d);
                            }
                        }
                    }
                }
            }
        }
    }

    /// A visible element the walk enters; `depth` is the walk's stack depth before it.
    pub(super) fn open<D: Dom>(
        &mut self,
        dom: &D,
        node: &D::Node,
        tag: &str,
        classes: u32,
        depth: usize,
        text: &str,
    ) {
        if tag == "h1" && self.h1s.len() < MAX_H1 && !self.pending.iter().any(|p| p.1 == Want::H1) {
            self.pending.push((depth, Want::H1, text.len()));
        } else if tag == "a"
            && self.author_link.is_none()
            && dom.attr(node, "href").is_some_and(|h| {
                let h = h.to_ascii_lowercase();
                h.contains("/author/") || h.contains("/authors/") || h.contains("/autor/")
            })
        {
            self.pending.push((depth, Want::AuthorLink, text.len()));
        } else if self.byline.is_none()
            && !self.pending.iter().any(|p| p.1 == Want::Byline)
            && (classes & words::BYLINE != 0
                || dom
                    .attr(node, "rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("author"))
                || dom
                    .attr(node, "itemprop")
                    .is_some_and(|r| r.eq_ignore_ascii_case("author")))
        {
            self.pending.push((depth, Want::Byline, text.len()));
        }
    }

    /// The element opened at `depth` closes; `text` is the page text so far.
    pub(super) fn leave(&mut self, depth: usize, text: &str) {
        while let Some(&(d, want, start)) = self.pending.last() {
            if d < depth {
                break;
            }
            self.pending.pop();
            let got = text.get(start..).unwrap_or_default();
            let slot = match want {
                Want::H1 => {
                    let h = squash(got);
                    if !h.is_empty() {
                        self.h1s.push(h);
                    }
                    continue;
                }
                Want::Byline => &mut self.byline,
                Want::AuthorLink => &mut self.author_link,
            };
            set(slot, Cow::Borrowed(got));
        }
    }

    fn json_ld(&mut self, src: &str) {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(src) else {
            return;
        };
        // Objects at any depth (arrays, @graph), articles first.
        let mut stack = vec![&value];
        let mut objects = Vec::new();
        while let Some(v) = stack.pop() {
            match v {
                serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
                serde_json::Value::Object(map) => {
                    objects.push(map);
                    if let Some(g) = map.get("@graph") {
                        stack.push(g);
                    }
                }
                _ => {}
            }
            if objects.len() > 64 {
                break;
            }
        }
        let is_article = |m: &serde_json::Map<String, serde_json::Value>| {
            let t = match m.get("@type") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Array(a)) => a
                    .iter()
                    .filter_map(|x| x.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => String::new(),
            };
            t.contains("Article") || t.contains("BlogPosting") || t.contains("Report")
        };
        for m in &objects {
            let date = |key: &str| m.get(key).and_then(|d| d.as_str()).and_then(iso_day);
            if self.other_date.is_none() {
                self.other_date = date("datePublished");
            }
            if self.modified.is_none() {
                self.modified = date("dateModified");
            }
        }
        for m in objects.iter().filter(|m| is_article(m)) {
            if let Some(h) = m.get("headline").and_then(|h| h.as_str()) {
                set(&mut self.ld_headline, Cow::Borrowed(h));
            }
            if self.ld_date.is_none() {
                if let Some(d) = m.get("datePublished").and_then(|d| d.as_str()) {
                    self.ld_date = iso_day(d);
                }
            }
            if self.ld_author.is_none() {
                if let Some(names) = m.get("author").and_then(ld_names) {
                    set(&mut self.ld_author, Cow::Owned(names));
                }
            }
        }
        if self.other_author.is_none() {
            if let Some(names) = objects
                .iter()
                .find_map(|m| m.get("author").and_then(ld_names))
            {
                set(&mut self.other_author, Cow::Owned(names));
            }
        }
    }

    /// Chooses among the sources.
    pub(super) fn finish(self, text: &str, blocks: &[Block]) -> Meta {
        // Declared values escaped twice ("Full &#038; Part", "Beginner&#x27;s") are read
        // as their writers meant them.
        let [ld, og, doc] = [&self.ld_headline, &self.og_title, &self.doc_title]
            .map(|t| t.as_deref().map(unescape_left));
        let title = choose_title(&self.h1s, [ld.as_deref(), og.as_deref(), doc.as_deref()]);
        let byline = self.byline.clone();
        // Each source in turn, its name cut of a date written after it, and passed over
        // where what it holds is no one's name (a bare label, "undefined", a commenter).
        let author = [self.ld_author, self.meta_author]
            .into_iter()
            .flatten()
            .find_map(|a| author_name(&unescape_left(&a)))
            .or_else(|| {
                self.byline
                    .as_deref()
                    .and_then(byline_name)
                    .and_then(|a| author_name(&a))
            })
            .or_else(|| self.other_author.and_then(|a| author_name(&a)))
            .or_else(|| {
                self.author_link
                    .as_deref()
                    .and_then(byline_name)
                    .and_then(|a| author_name(&a))
            })
            .or_else(|| byline_block(text, blocks).and_then(|a| author_name(&a)));
        // The day shown under the headline first (what the reader is told; a page's
        // declared date is often an old draft's or a template's), then the date `<meta>`
        // tags, then other days the page shows, and only then the structured data (its
        // `datePublished` is often the first draft's of a page since rewritten and
        // re-dated: on the WCXB pages, where both are there and differ, the day shown is
        // right more often, in each of the five folds).
        let date = headline_date(text, blocks)
            .or(self.meta_date)
            .or(self.time_date)
            .or_else(|| marked_date(text, blocks))
            .or_else(|| date_in_blocks(text, blocks))
            .or_else(|| byline_date(text, blocks))
            .or(self.ld_date)
            .or(self.other_date)
            .or(self.modified);
        Meta {
            title,
            author,
            date,
            byline,
        }
    }
}

/// The names of a JSON-LD `author`: a string, a person or organisation, or a list of them.
fn ld_names(a: &serde_json::Value) -> Option<String> {
    let names: Vec<&str> = match a {
        serde_json::Value::String(s) => vec![s.as_str()],
        serde_json::Value::Object(o) => {
            o.get("name").and_then(|n| n.as_str()).into_iter().collect()
        }
        serde_json::Value::Array(list) => list
            .iter()
            .filter_map(|x| {
                x.as_str()
                    .or_else(|| x.get("name").and_then(|n| n.as_str()))
            })
            .collect(),
        _ => Vec::new(),
    };
    let names: Vec<&str> = names
        .into_iter()
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.contains("://"))
        .collect();
    (!names.is_empty()).then(|| names.join(", "))
}

fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(crate::case::to_lower)
        .collect()
}

/// How many `<h1>`s are weighed as the headline.
const MAX_H1: usize = 3;

/// The headline: the first of the first `<h1>`s that the declared titles hold as their
/// headline (site logos, section names and sign-up boxes are `<h1>`s too, and the site's
/// name is the part of "Headline | Site" that is cut), a later one only if it has three
/// words or more; else the first `<h1>` if it has three words or more; else the most
/// specific declared title, cut of that site name.
fn choose_title(h1s: &[String], declared: [Option<&str>; 3]) -> Option<String> {
    // Each declared title's words without the site's name, and each <h1>'s words, once.
    let held: Vec<Vec<String>> = declared
        .iter()
        .flatten()
        .map(|d| tokens(&strip_site(d)))
        .collect();
    let words: Vec<Vec<String>> = h1s.iter().map(|h| tokens(h)).collect();
    let is_held = |ht: &[String]| {
        !ht.is_empty() && held.iter().any(|dt| dt.windows(ht.len()).any(|w| w == ht))
    };
    if let Some(i) = (0..h1s.len()).find(|&i| (i == 0 || words[i].len() >= 3) && is_held(&words[i]))
    {
        return Some(h1s[i].clone());
    }
    let h1 = h1s.first().map(String::as_str);
    if words.first().is_some_and(|w| w.len() >= 3) {
        return h1.map(str::to_string);
    }
    if let Some(d) = declared.iter().flatten().next() {
        return Some(strip_site(d));
    }
    h1.map(str::to_string)
}

/// `s` with the character references a second escaping left in it ("&#038;", "&#x27;",
/// "&amp;") read; anything else as it is.
fn unescape_left(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some((head, tail)) = rest.split_once('&') {
        out.push_str(head);
        // A reference is short: its ';' within the next few bytes.
        let reference = tail
            .split_once(';')
            .filter(|(name, _)| name.len() <= 8)
            .and_then(|(name, after)| {
                let code = if let Some(hex) = name.strip_prefix("#x").or(name.strip_prefix("#X")) {
                    u32::from_str_radix(hex, 16).ok()
                } else if let Some(dec) = name.strip_prefix('#') {
                    dec.parse().ok()
                } else {
                    match name {
                        "amp" => Some(u32::from('&')),
                        "quot" => Some(u32::from('"')),
                        "apos" => Some(u32::from('\'')),
                        "lt" => Some(u32::from('<')),
                        "gt" => Some(u32::from('>')),
                        "nbsp" => Some(u32::from(' ')),
                        _ => None,
                    }
                };
                code.filter(|&c| c != 0)
                    .and_then(char::from_u32)
                    .map(|c| (c, after))
            });
        match reference {
            Some((c, after)) => {
                out.push(c);
                rest = after;
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    out
}

fn strip_site(title: &str) -> String {
    for sep in [" | ", " - ", " – ", " — ", " :: ", " · ", " » "] {
        if title.contains(sep) {
            let best = title
                .split(sep)
                .max_by_key(|p| p.chars().count())
                .unwrap_or(title);
            return best.trim().to_string();
        }
    }
    title.to_string()
}

/// The name an author field holds: cut before a date written after it ("Luke Kim December
/// 17", "Andrew Gerrand 4 August 2010", "… Reporter Updated March 11"); none where it holds
/// no one's name: a bare label ("By", "Name *"), a copyright line, a placeholder
/// ("undefined", "page.head.extra.author") or a commenter ("Jiobal says:").
fn author_name(s: &str) -> Option<String> {
    let mut t = s.trim();
    // The first month word with a number after it opens a date.
    let mut at = 0;
    for w in t.split(' ') {
        let rest = t.get(at + w.len()..).unwrap_or_default();
        if month(w.trim_end_matches(',')).is_some() && rest.chars().any(|c| c.is_ascii_digit()) {
            t = t.get(..at).unwrap_or_default();
            break;
        }
        at += w.len() + 1;
    }
    let t = t
        .trim_end_matches(|c: char| c.is_ascii_digit() || " ,.-–—|·:".contains(c))
        .trim();
    let t = ["Updated", "Published", "on", "at", "Posted"]
        .iter()
        .fold(t, |t, w| {
            // A whole word only ("Escalon" keeps its "on").
            t.strip_suffix(w)
                .filter(|r| r.is_empty() || r.ends_with(' '))
                .map_or(t, str::trim_end)
        })
        .trim_end_matches([',', '-', '|', '–'])
        .trim();
    let lower = crate::case::to_lower(t);
    // Labels, placeholders and the words of a page's furniture that bylines pick up.
    let placeholder = matches!(
        lower.trim_matches([' ', '*', ':', ',']),
        "" | "undefined"
            | "null"
            | "none"
            | "admin"
            | "by"
            | "name"
            | "author"
            | "written by"
            | "webmaster"
            | "sign in"
            | "log in"
            | "login"
            | "register"
            | "subscribe"
            | "category"
            | "categories"
            | "tags"
            | "home"
            | "menu"
            | "search"
            | "share"
            | "state"
            | "mon"
            | "tue"
            | "wed"
            | "thu"
            | "fri"
            | "sat"
            | "sun"
    ) || (lower.contains("author") && !lower.contains(' '));
    let commenter = lower.ends_with("says") || lower.ends_with("says:");
    (!placeholder && !commenter && !t.contains(['©', '*']) && t.chars().any(char::is_alphabetic))
        .then(|| t.to_string())
}

/// "By Jane Doe and John Roe, Reuters | Updated …" → "Jane Doe and John Roe".
fn byline_name(s: &str) -> Option<String> {
    let mut t = s.trim();
    for lead in ["Written by", "written by", "Posted by", "Published by"] {
        if let Some(i) = t.find(lead) {
            t = t
                .get(i + lead.len()..)
                .unwrap_or_default()
                .trim_start_matches(':')
                .trim();
        }
    }
    if let Some(i) = t.find(" by ") {
        // "Published August 7, 2023 by Nicole Burke"
        if iso_day(t.get(..i).unwrap_or_default()).is_some() {
            t = t.get(i + 4..).unwrap_or_default().trim();
        }
    }
    for p in [
        "By: ", "by: ", "BY: ", "By ", "by ", "BY ", "Von ", "von ", "Par ", "Por ",
    ] {
        if let Some(rest) = t.strip_prefix(p) {
            t = rest;
            break;
        }
    }
    let cut = t
        .find([',', '|', '\n', '•', '·'])
        .or_else(|| t.find(" on "))
        .or_else(|| t.find(" Updated"))
        .or_else(|| t.find(" Published"))
        .unwrap_or(t.len());
    let name = t.get(..cut).unwrap_or(t).trim();
    let words = name.split_whitespace().count();
    (1..=8)
        .contains(&words)
        .then(|| name.to_string())
        .filter(|n| n.chars().next().is_some_and(char::is_uppercase))
}

/// A short block that opens with "By " near the top of the page, or a block that is only
/// the label ("Written by") followed by a short one, the name.
fn byline_block(text: &str, blocks: &[Block]) -> Option<String> {
    // The first 200 blocks: a menu of a hundred links comes before many a byline, the
    // comments (their "By …" lines too) after the article.
    blocks.iter().take(200).enumerate().find_map(|(i, b)| {
        let t = text.get(b.start..b.end)?;
        // A label in a block of its own ("Written by", "Article by", "By"): the name is the
        // next block.
        if matches!(
            crate::case::to_lower(t.trim().trim_end_matches(':')).as_str(),
            "by" | "written by" | "article by" | "posted by" | "author" | "von"
        ) {
            let next = blocks.get(i + 1)?;
            let name = text.get(next.start..next.end)?;
            return (next.chars < 60).then(|| byline_name(&["By ", name].concat()))?;
        }
        let says = super::article::opens_byline(t)
            || t.starts_with("By: ")
            || t.starts_with("by: ")
            || t.starts_with("Written by")
            || (t.contains(" by ") && iso_day(t).is_some());
        (b.chars < 80 && says).then(|| byline_name(t))?
    })
}

/// A day in one of the four short blocks after the first byline ("Written by …"), where
/// the page puts its byline after a long menu or after the article.
fn byline_date(text: &str, blocks: &[Block]) -> Option<String> {
    let at = blocks.iter().position(|b| {
        let t = text.get(b.start..b.end).unwrap_or("");
        b.chars < 80 && (t.starts_with("Written by") || t.starts_with("By "))
    })?;
    date_in_blocks(text, blocks.get(at..blocks.len().min(at + 5))?)
}

/// A date written in a short block marked as a date (`class="date"`, `<time>`), else in
/// one of the first blocks that hold a date and little else.
fn date_in_blocks(text: &str, blocks: &[Block]) -> Option<String> {
    blocks
        .iter()
        .take(200)
        .filter(|b| b.chars < 80 && !matches!(b.role, Role::Heading(_)))
        .find_map(|b| text.get(b.start..b.end).and_then(iso_day))
}

/// The day a short block shows right under the page's first `<h1>` (the eight blocks after
/// it) or right above it, outside menus, sidebars and footers, unless the block says it is
/// the day of an update ("Updated March 3", "Last modified"): the article's own day, as
/// its reader sees it.
fn headline_date(text: &str, blocks: &[Block]) -> Option<String> {
    let h = blocks.iter().position(|b| b.role == Role::Heading(1))?;
    blocks
        .get(h.saturating_sub(1)..blocks.len().min(h + 9))?
        .iter()
        .filter(|b| b.chars < 120 && b.within & (within::NAV | within::ASIDE | within::FOOTER) == 0)
        .filter_map(|b| text.get(b.start..b.end))
        .filter(|t| !says_update(t) && !is_sentence(t))
        .find_map(iso_day)
}

/// Whether a line reads as a sentence of the article ("The offer is valid until December
/// 3, 2025.") rather than as a line that shows a date.
fn is_sentence(t: &str) -> bool {
    t.trim_end().ends_with('.') && t.split_whitespace().count() >= 10
}

/// Whether a line gives the day of an update rather than of publication.
fn says_update(t: &str) -> bool {
    let l = t.to_ascii_lowercase();
    (l.contains("updat")
        || l.contains("modif")
        || l.contains("revis")
        || l.contains("aktualisiert"))
        && !l.contains("publish")
        && !l.contains("posted")
}

/// A date in a short block marked as one (`class="date"`, `<time>`).
fn marked_date(text: &str, blocks: &[Block]) -> Option<String> {
    blocks
        .iter()
        .filter(|b| b.chars < 80 && b.classes & words::DATE != 0)
        .find_map(|b| text.get(b.start..b.end).and_then(iso_day))
}

/// `"datePublished": "…"` (or `"publishDate"`) in a script's data: the page's own record
/// of the article, where it has no JSON-LD.
fn script_date(src: &str) -> Option<String> {
    for key in [
        "\"datePublished\"",
        "\"publishDate\"",
        "\"publishedDate\"",
        "\"published_at\"",
        "\"publishedAt\"",
        "\"date_published\"",
    ] {
        if let Some(i) = src.find(key) {
            let after = src.get(i + key.len()..)?;
            let value = after
                .trim_start()
                .strip_prefix(':')?
                .trim_start()
                .strip_prefix('"')?;
            let end = value.find('"').unwrap_or(value.len()).min(40);
            if let Some(d) = value.get(..end).and_then(iso_day) {
                return Some(d);
            }
        }
    }
    None
}

const MONTHS: [&[&str]; 12] = [
    &["january", "jan", "januar", "janvier", "enero", "jänner"],
    &["february", "feb", "februar", "février", "febrero"],
    &["march", "mar", "märz", "mars", "marzo"],
    &["april", "apr", "avril", "abril"],
    &["may", "mai", "mayo"],
    &["june", "jun", "juni", "juin", "junio"],
    &["july", "jul", "juli", "juillet", "julio"],
    &["august", "aug", "août", "agosto"],
    &["september", "sep", "sept", "septembre", "septiembre"],
    &["october", "oct", "oktober", "octobre", "octubre", "okt"],
    &["november", "nov", "novembre", "noviembre"],
    &[
        "december",
        "dec",
        "dezember",
        "décembre",
        "diciembre",
        "dez",
    ],
];

fn month(word: &str) -> Option<u32> {
    let w = crate::case::to_lower(word.trim_end_matches('.'));
    MONTHS
        .iter()
        .position(|names| names.contains(&w.as_str()))
        .map(|i| i as u32 + 1)
}

fn day_string(y: u32, m: u32, d: u32) -> Option<String> {
    ((1990..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The ISO day of a date written as `2019-11-19T…`, `2019/11/19`, `November 19, 2019`,
/// `19 November 2019`, `19. November 2019` or `Nov. 19, 2019`.
pub fn iso_day(s: &str) -> Option<String> {
    let b = s.as_bytes();
    // Numeric year first: the first run of 4 digits followed by - or / and digits.
    for i in 0..b.len().saturating_sub(9) {
        let digits = |from: usize, n: usize| {
            b.get(from..from + n)
                .filter(|d| d.iter().all(u8::is_ascii_digit))
                .and_then(|d| std::str::from_utf8(d).ok())
                .and_then(|d| d.parse::<u32>().ok())
        };
        if i > 0 && b[i - 1].is_ascii_digit() {
            continue;
        }
        let (Some(y), Some(&sep)) = (digits(i, 4), b.get(i + 4)) else {
            continue;
        };
        if sep != b'-' && sep != b'/' && sep != b'.' {
            continue;
        }
        if let (Some(m), Some(d)) = (digits(i + 5, 2), digits(i + 8, 2)) {
            if b.get(i + 7) == Some(&sep) {
                if let Some(day) = day_string(y, m, d) {
                    return Some(day);
                }
            }
        }
    }
    // Numbers, year last: 17.05.2021 (day first, as with dots in Europe), 10/31/2024
    // (month first with slashes, as in the US, unless the first cannot be a month).
    for w in s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '/')) {
        let w = w.trim_end_matches('.');
        let sep = if w.contains('.') { '.' } else { '/' };
        let parts: Vec<&str> = w.split(sep).collect();
        if let [a, b, y] = parts.as_slice() {
            let ok = |p: &str, n: std::ops::RangeInclusive<usize>| {
                n.contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit())
            };
            if ok(a, 1..=2) && ok(b, 1..=2) && ok(y, 4..=4) {
                let (a, b, y): (u32, u32, u32) =
                    (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
                let (m, d) = if sep == '.' || a > 12 { (b, a) } else { (a, b) };
                if let Some(day) = day_string(y, m, d) {
                    return Some(day);
                }
            }
        }
    }
    // Words: a month name with a day and a year around it.
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let num = |w: &str| {
        let w = w.trim_end_matches(['.', ',']);
        // "19th", and a year run into the next word where two elements meet with no
        // space between them ("Dec 17, 2025Julian K. Arni").
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!w.is_empty() && w.len() <= 4 && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse::<u32>().ok())
            .flatten()
    };
    for (i, w) in words.iter().enumerate() {
        let Some(m) = month(w) else { continue };
        let before = i
            .checked_sub(1)
            .and_then(|j| words.get(j))
            .and_then(|w| num(w));
        let after = words.get(i + 1).and_then(|w| num(w));
        let after2 = words.get(i + 2).and_then(|w| num(w));
        // November 19, 2019
        if let (Some(d), Some(y)) = (after, after2) {
            if d <= 31 && y >= 1000 {
                if let Some(day) = day_string(y, m, d) {
                    return Some(day);
                }
            }
        }
        // 19 November 2019
        if let (Some(d), Some(y)) = (before, after) {
            if d <= 31 && y >= 1000 {
                if let Some(day) = day_string(y, m, d) {
                    return Some(day);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_their_common_spellings() {
        assert_eq!(
            iso_day("2019-11-19T12:00:00Z").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            iso_day("Published 2020/02/03").as_deref(),
            Some("2020-02-03")
        );
        assert_eq!(
            iso_day("November 19, 2019 at 5 pm").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            iso_day("Updated: Nov. 3, 2021").as_deref(),
            Some("2021-11-03")
        );
        assert_eq!(iso_day("19. November 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_day("3 mars 2022").as_deref(), Some("2022-03-03"));
        assert_eq!(
            iso_day("Dec 17, 2025Julian K. Arni").as_deref(),
            Some("2025-12-17")
        );
        assert_eq!(iso_day("May the force"), None);
        assert_eq!(iso_day("call 1234-56-78"), None);
    }

    #[test]
    fn site_names_are_cut_from_titles() {
        assert_eq!(
            strip_site("Rates rise again | The Daily"),
            "Rates rise again"
        );
        assert_eq!(
            choose_title(
                &h1s(&["Rates rise again"]),
                [None, Some("Rates rise again - The Daily"), None]
            )
            .as_deref(),
            Some("Rates rise again")
        );
        // An <h1> that is the site's logo is not the headline.
        assert_eq!(
            choose_title(
                &h1s(&["The Daily"]),
                [None, None, Some("Rates rise again: what it means")]
            )
            .as_deref(),
            Some("Rates rise again: what it means")
        );
        // Nor is a short <h1> that is the site's name in "Headline | Site".
        assert_eq!(
            choose_title(
                &h1s(&["Owain Brennan"]),
                [
                    None,
                    None,
                    Some("Turning a tinybox into a home server | Owain Brennan")
                ]
            )
            .as_deref(),
            Some("Turning a tinybox into a home server")
        );
        // A site's name or a sign-up box in the first <h1>, the headline in a later one.
        assert_eq!(
            choose_title(
                &h1s(&[
                    "Budget Travel With Gabby",
                    "Budget Traveler’s Guide To Insurance"
                ]),
                [
                    None,
                    Some("Budget Traveler's Guide To Insurance - Budget Travel With Gabby"),
                    None
                ]
            )
            .as_deref(),
            Some("Budget Traveler’s Guide To Insurance")
        );
        // With no <h1> the declared titles hold, the first one of three words or more.
        assert_eq!(
            choose_title(
                &h1s(&["Investing in Cloud Stocks", "Our picks"]),
                [None, None, Some("Best Cloud Stocks of 2025 | The Fool")]
            )
            .as_deref(),
            Some("Investing in Cloud Stocks")
        );
    }

    fn h1s(h: &[&str]) -> Vec<String> {
        h.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn author_fields_hold_names_not_dates_or_labels() {
        let name = |s: &str| author_name(s);
        assert_eq!(name("Luke Kim December 17").as_deref(), Some("Luke Kim"));
        assert_eq!(
            name("Andrew Gerrand 4 August 2010").as_deref(),
            Some("Andrew Gerrand")
        );
        assert_eq!(
            name("Keith Barry Senior Reporter Updated March 11").as_deref(),
            Some("Keith Barry Senior Reporter")
        );
        assert_eq!(name("Escalon").as_deref(), Some("Escalon"));
        assert_eq!(name("aawoods").as_deref(), Some("aawoods"));
        assert_eq!(name("May Lee").as_deref(), Some("May Lee"));
        for no in [
            "By",
            "Name *",
            "undefined",
            "October 17",
            "Written By Feb 11",
            "Jiobal says: December 20",
            "The State University © 2025",
            "page.head.extra.author",
            "Sign In",
            "Category",
            "Sat",
        ] {
            assert_eq!(name(no), None, "{no:?}");
        }
        // A byline element that is only a label gives way to the next source.
        let html = "<html><head><meta name=\"author\" content=\"undefined\"></head><body>\
                    <h1>Cycling in the city</h1><p>By Jane Doe</p>\
                    <p>The council opened a new lane on Monday after months of work.</p></body></html>";
        let (page, _) = crate::html::read(&crate::html::native::parse(html));
        assert_eq!(page.meta.author.as_deref(), Some("Jane Doe"));
        // A byline block in lower case or with a colon, a scholarly page's citation_author.
        for (html, want) in [
            (
                "<h1>Cycling in the city</h1><p>03/01/2017 by Jane Doe, Reporter</p>\
                 <p>The council opened a new lane on Monday after months of work.</p>",
                "Jane Doe",
            ),
            (
                "<h1>Cycling in the city</h1><p>by: Jane Doe, Dec 17, 2025</p>\
                 <p>The council opened a new lane on Monday after months of work.</p>",
                "Jane Doe",
            ),
            (
                "<head><meta name=\"citation_author\" content=\"Ann Lee\"></head>\
                 <p>The council opened a new lane on Monday after months of work.</p>",
                "Ann Lee",
            ),
        ] {
            let (page, _) = crate::html::read(&crate::html::native::parse(html));
            assert_eq!(page.meta.author.as_deref(), Some(want), "{html}");
        }
    }

    #[test]
    fn references_escaped_twice_are_read() {
        assert_eq!(
            unescape_left("Full &#038; Part Time, Beginner&#x27;s &amp; more &bogus; &#0; &"),
            "Full & Part Time, Beginner's & more &bogus; &#0; &"
        );
        let html = "<html><head><meta property=\"og:title\" content=\"Full &amp;#038; Part\">\
                    </head><body><p>Text of the page.</p></body></html>";
        let (page, _) = crate::html::read(&crate::html::native::parse(html));
        assert_eq!(page.meta.title.as_deref(), Some("Full & Part"));
    }

    #[test]
    fn numeric_dates_with_the_year_last() {
        assert_eq!(iso_day("17.05.2021").as_deref(), Some("2021-05-17"));
        assert_eq!(
            iso_day("Updated: 10/31/2024").as_deref(),
            Some("2024-10-31")
        );
        assert_eq!(iso_day("31/10/2024").as_deref(), Some("2024-10-31"));
        assert_eq!(iso_day("31/13/2024"), None, "no 13th month");
        assert_eq!(iso_day("Version 1.2.3, call 555.1234"), None);
    }

    #[test]
    fn a_byline_label_names_the_next_block() {
        let html = "<article><h1>Cycling in the city</h1><p>Written by</p><p>Edzel Tabing</p>\
                    <p>The council opened a new lane on Monday after months of work.</p></article>";
        let (page, _) = crate::html::read(&crate::html::native::parse(html));
        assert_eq!(page.meta.author.as_deref(), Some("Edzel Tabing"));
    }

    #[test]
    fn bylines_give_names() {
        assert_eq!(
            byline_name("By Jane Doe, Reuters").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            byline_name("by Jane Doe | Updated 3 May").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(byline_name("by the editors"), None);
        assert_eq!(
            byline_name("By Jane Doe and John Roe on May 3").as_deref(),
            Some("Jane Doe and John Roe")
        );
    }
}
