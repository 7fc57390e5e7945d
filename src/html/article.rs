//! Which blocks of a page are its article: a logistic model over each block's structural
//! and textual features, learned from the benchmark pages (`examples/train_blocks.rs`) and
//! compiled in as data (`lexicon/block_weights.tsv`).
//!
//! The features are the block's own (role, containers, class words, link density, length,
//! sentence punctuation, byline and date shapes) and its neighbours' (length and link
//! density of the blocks before and after it, where body text comes in runs), plus where
//! it stands on the page. [`features`] is the one code path the trainer and the runtime
//! share, so the two cannot drift.

use super::blocks::{within, words, Block, Page, Role};

include!(concat!(env!("OUT_DIR"), "/block_weights.rs"));

/// Feature names, in the order of [`features`]' output and of the weights.
pub const FEATURES: &[&str] = &[
    "bias",
    "log_chars",
    "link_density",
    "h1",
    "heading",
    "paragraph",
    "list_item",
    "caption",
    "cell",
    "quote",
    "pre",
    "in_nav",
    "in_header",
    "in_footer",
    "in_aside",
    "in_form",
    "in_figure",
    "in_article",
    "in_main",
    "in_list",
    "in_table",
    "in_address",
    "cls_furniture",
    "cls_content",
    "cls_caption",
    "cls_byline",
    "cls_date",
    "cls_headline",
    "cls_ad",
    "anc_furniture",
    "anc_content",
    "anc_caption",
    "anc_byline",
    "anc_date",
    "anc_ad",
    "ends_sentence",
    "starts_by",
    "has_date",
    "copyright",
    "position",
    "prev_log_chars",
    "next_log_chars",
    "prev_link_density",
    "next_link_density",
    "near_long_text",
    "depth_rel",
    "commas",
    "in_best",
    "in_best_parent",
    "best_share",
    "phrase",
    "closing",
    "credit",
    "parent_share",
    "grand_share",
    "nav_links",
    "short_byline",
    "cls_comment",
    "anc_comment",
];

/// The number of features.
pub const N: usize = 59;

const _: () = assert!(FEATURES.len() == N);

fn log_chars(b: &Block) -> f32 {
    ((b.chars as f32) + 1.0).ln() / 8.0
}

fn link_density(b: &Block) -> f32 {
    if b.chars == 0 {
        0.0
    } else {
        b.link_chars as f32 / b.chars as f32
    }
}

fn bit(flags: u32, b: u32) -> f32 {
    if flags & b != 0 {
        1.0
    } else {
        0.0
    }
}

/// The element that holds most of the page's prose, as Readability finds it: each block
/// of prose (25 characters or more, little link text) credits its element's parent with
/// its weight (1 + commas + a point a hundred characters, at most 3) and the grandparent
/// with half of it. Returns the element and its share of all the credit.
pub fn best_container(page: &Page) -> Option<(u32, f32)> {
    let (score, total) = container_scores(page);
    best_of(&score, total)
}

/// The element of most credit in `score` and its share of `total`.
fn best_of(score: &[f32], total: f32) -> Option<(u32, f32)> {
    let (best, &s) = score.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    (s > 0.0).then_some((best as u32, s / total))
}

/// Each element's credit (see [`best_container`]) and the sum of all blocks' weights.
fn container_scores(page: &Page) -> (Vec<f32>, f32) {
    let mut score = vec![0.0f32; page.parents.len()];
    let mut total = 0.0;
    for b in &page.blocks {
        if b.chars < 25 || link_density(b) >= 0.3 || b.elem == u32::MAX {
            continue;
        }
        let text = page.text.get(b.start..b.end).unwrap_or_default();
        let mut s = 1.0 + text.matches(',').count() as f32 + (b.chars as f32 / 100.0).min(3.0);
        // Readers' comments are prose too, often more of it than the article: a container
        // of comments gets little credit for them.
        if (b.ancestors | b.classes) & words::COMMENT != 0 {
            s *= 0.25;
        }
        total += s;
        let parent = page.parent(b.elem);
        if let Some(x) = score.get_mut(parent as usize) {
            *x += s;
        }
        let grand = page.parent(parent);
        if let Some(x) = score.get_mut(grand as usize) {
            *x += s / 2.0;
        }
    }
    (score, total)
}

/// Whether a block reads as a picture's caption or credit.
fn credit(text: &str) -> bool {
    const SIGNS: &[&str] = &[
        "Photo:",
        "Photo by",
        "(Photo",
        "Photograph:",
        "Image:",
        "Image credit",
        "Getty Images",
        "AP Photo",
        "/AP",
        "/ AP",
        "Reuters/",
        "/Reuters",
        "Credit:",
        "Foto:",
        "Bild:",
        "file photo",
        "Illustration:",
        "Shutterstock",
        "Courtesy of",
    ];
    text.len() < 600 && SIGNS.iter().any(|s| text.contains(s))
}

/// Whether a block opens as a byline does ("By Jane Doe", "Von …").
pub(super) fn opens_byline(text: &str) -> bool {
    text.starts_with("By ") || text.starts_with("by ") || text.starts_with("Von ")
}

/// The features of every block of `page`, `N` a block.
pub fn features(page: &Page) -> Vec<[f32; N]> {
    let blocks = &page.blocks;
    let n = blocks.len();
    let (credit_of, total_credit) = container_scores(page);
    let best = best_of(&credit_of, total_credit);
    let share = |e: u32| {
        let c = credit_of.get(e as usize).copied().unwrap_or(0.0);
        if total_credit > 0.0 {
            c / total_credit
        } else {
            0.0
        }
    };
    let best_parent = best.and_then(|(b, _)| page.parents.get(b as usize).copied());
    // The deepest block, for depths relative to the page.
    let max_depth = blocks.iter().map(|b| b.depth).max().unwrap_or(1).max(1) as f32;
    // Blocks of long prose, for "near the page's long text".
    let long: Vec<usize> = blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| b.chars >= 200 && link_density(b) < 0.3)
        .map(|(i, _)| i)
        .collect();
    let mut out = Vec::with_capacity(n);
    let mut li = 0;
    for (i, b) in blocks.iter().enumerate() {
        let text = page.text.get(b.start..b.end).unwrap_or_default();
        let prev = i.checked_sub(1).and_then(|j| blocks.get(j));
        let next = blocks.get(i + 1);
        while li < long.len() && long[li] < i {
            li += 1;
        }
        let gap = {
            let after = long.get(li).map(|&j| j - i);
            let before = li.checked_sub(1).and_then(|k| long.get(k)).map(|&j| i - j);
            after.into_iter().chain(before).min()
        };
        let near = match gap {
            Some(g) if g <= 2 => 1.0,
            Some(g) if g <= 6 => 0.5,
            _ => 0.0,
        };
        let trimmed = text.trim_end_matches(['"', '”', '’', '\'', ')', '»', '“']);
        let ends = trimmed.ends_with(['.', '!', '?', ':']) as u8 as f32;
        let commas = (text.matches(',').count() as f32 / 4.0).min(1.0);
        let w = b.within;
        out.push([
            1.0,
            log_chars(b),
            link_density(b),
            (b.role == Role::Heading(1)) as u8 as f32,
            matches!(b.role, Role::Heading(l) if l > 1) as u8 as f32,
            (b.role == Role::Paragraph) as u8 as f32,
            (b.role == Role::ListItem) as u8 as f32,
            (b.role == Role::Caption) as u8 as f32,
            (b.role == Role::Cell) as u8 as f32,
            (b.role == Role::Quote) as u8 as f32,
            (b.role == Role::Pre) as u8 as f32,
            bit(w, within::NAV),
            bit(w, within::HEADER),
            bit(w, within::FOOTER),
            bit(w, within::ASIDE),
            bit(w, within::FORM),
            bit(w, within::FIGURE),
            bit(w, within::ARTICLE),
            bit(w, within::MAIN),
            bit(w, within::LIST),
            bit(w, within::TABLE),
            bit(w, within::ADDRESS),
            bit(b.classes, words::FURNITURE),
            bit(b.classes, words::CONTENT),
            bit(b.classes, words::CAPTION),
            bit(b.classes, words::BYLINE),
            bit(b.classes, words::DATE),
            bit(b.classes, words::HEADLINE),
            bit(b.classes, words::AD),
            bit(b.ancestors, words::FURNITURE),
            bit(b.ancestors, words::CONTENT),
            bit(b.ancestors, words::CAPTION),
            bit(b.ancestors, words::BYLINE),
            bit(b.ancestors, words::DATE),
            bit(b.ancestors, words::AD),
            ends,
            opens_byline(text) as u8 as f32,
            (b.chars < 60 && super::meta::iso_day(text).is_some()) as u8 as f32,
            (text.contains('©') || text.contains("Copyright") || text.contains("All rights")) as u8
                as f32,
            if n > 1 {
                i as f32 / (n - 1) as f32
            } else {
                0.0
            },
            prev.map_or(0.0, log_chars),
            next.map_or(0.0, log_chars),
            prev.map_or(1.0, link_density),
            next.map_or(1.0, link_density),
            near,
            b.depth as f32 / max_depth,
            commas,
            best.is_some_and(|(c, _)| page.inside(b.elem, c)) as u8 as f32,
            (best.is_some_and(|(c, _)| !page.inside(b.elem, c))
                && best_parent.is_some_and(|p| page.inside(b.elem, p))) as u8 as f32,
            best.map_or(0.0, |(_, share)| share),
            (b.chars < 160 && crate::boilerplate::furniture_phrase(text)) as u8 as f32,
            (b.chars < 400 && crate::boilerplate::closing_line(text)) as u8 as f32,
            credit(text) as u8 as f32,
            share(page.parent(b.elem)),
            share(page.parent(page.parent(b.elem))),
            (w & (within::NAV | within::HEADER | within::FOOTER | within::ASIDE) != 0
                && link_density(b) > 0.5) as u8 as f32,
            (b.chars < 100 && (b.classes & words::BYLINE != 0 || opens_byline(text))) as u8 as f32,
            bit(b.classes, words::COMMENT),
            bit(b.ancestors, words::COMMENT),
        ]);
    }
    out
}

/// The model's probability that each block is article body, with `weights` (`N` values).
pub fn scores(page: &Page, weights: &[f32]) -> Vec<f32> {
    features(page)
        .iter()
        .map(|f| logistic(f, weights))
        .collect()
}

/// Names of the second pass's features: each block's first-pass odds beside those of its
/// neighbours, since body text comes in runs and furniture in its own.
pub const CONTEXT: &[&str] = &[
    "ctx_bias",
    "ctx_logit",
    "ctx_mean_around",
    "ctx_prev",
    "ctx_next",
    "ctx_max_before",
    "ctx_max_after",
    "ctx_share_near",
];

/// The number of second-pass features.
pub const M: usize = 8;

const _: () = assert!(CONTEXT.len() == M);

/// The second pass's features of every block, from the first pass's probabilities.
pub fn context_features(p: &[f32]) -> Vec<[f32; M]> {
    let n = p.len();
    let mut before = vec![0.0f32; n];
    let mut after = vec![0.0f32; n];
    let mut m = 0.0f32;
    for i in 0..n {
        before[i] = m;
        m = m.max(p[i]);
    }
    m = 0.0;
    for i in (0..n).rev() {
        after[i] = m;
        m = m.max(p[i]);
    }
    (0..n)
        .map(|i| {
            let around: Vec<f32> = (i.saturating_sub(2)..(i + 3).min(n))
                .filter(|&j| j != i)
                .map(|j| p[j])
                .collect();
            let mean = if around.is_empty() {
                0.0
            } else {
                around.iter().sum::<f32>() / around.len() as f32
            };
            let near: Vec<f32> = (i.saturating_sub(5)..(i + 6).min(n))
                .map(|j| p[j])
                .collect();
            let share = near.iter().filter(|&&x| x >= 0.5).count() as f32 / near.len() as f32;
            let q = p[i].clamp(1e-4, 1.0 - 1e-4);
            [
                1.0,
                (q / (1.0 - q)).ln() / 4.0,
                mean,
                i.checked_sub(1).map_or(0.0, |j| p[j]),
                p.get(i + 1).copied().unwrap_or(0.0),
                before[i],
                after[i],
                share,
            ]
        })
        .collect()
}

/// The logistic function of `x · w`.
pub fn logistic(x: &[f32], w: &[f32]) -> f32 {
    let z: f32 = x.iter().zip(w).map(|(a, b)| a * b).sum();
    1.0 / (1.0 + (-z).exp())
}

/// The probability that each block is body: the first pass over the block's own features
/// (`weights[..N]`), then, where `weights` has them, the second over its neighbours'
/// first-pass odds (`weights[N..N + M]`).
pub fn probabilities(page: &Page, weights: &[f32]) -> Vec<f32> {
    let first = scores(page, weights.get(..N).unwrap_or(weights));
    match weights.get(N..N + M) {
        Some(w2) => context_features(&first)
            .iter()
            .map(|x| logistic(x, w2))
            .collect(),
        None => first,
    }
}

/// What each block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Body,
    Furniture,
}

/// The article of a page: its metadata and the blocks decided body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    pub title: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    /// Indices of the body blocks, in order.
    pub body: Vec<usize>,
}

impl Article {
    /// The body text: the body blocks' text, a blank line apart.
    pub fn body_text(&self, page: &Page) -> String {
        let mut out = String::new();
        for &i in &self.body {
            let b = &page.blocks[i];
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(page.text.get(b.start..b.end).unwrap_or_default());
        }
        out
    }
}

/// Decides the article of `page` with `weights`: a block is body where the model gives it
/// at least even odds; a short block between two body blocks joins them when the model
/// gives it a third.
pub fn decide(page: &Page, weights: &[f32]) -> Article {
    let p = probabilities(page, weights);
    let mut body: Vec<bool> = p.iter().map(|&x| x >= 0.5).collect();
    for i in 1..body.len().saturating_sub(1) {
        if !body[i] && body[i - 1] && body[i + 1] && p[i] >= 0.33 {
            body[i] = true;
        }
    }
    // A fragment (a few paragraphs copied from a page) is not what the model learned from:
    // where it finds no body at all, or where nothing on the page is furniture (no nav,
    // header, footer, aside or form, no class that says so), the prose outside the page's
    // furniture containers is.
    let furniture = within::NAV | within::HEADER | within::FOOTER | within::ASIDE | within::FORM;
    let plain = page.blocks.iter().all(|b| {
        b.within & furniture == 0
            && (b.classes | b.ancestors) & (words::FURNITURE | words::AD | words::COMMENT) == 0
    });
    if plain || !body.contains(&true) {
        for (i, b) in page.blocks.iter().enumerate() {
            let text = page.text.get(b.start..b.end).unwrap_or_default();
            let prose = b.chars >= 25 || text.trim_end().ends_with(['.', '!', '?', '”', '"']);
            body[i] = prose
                && b.within & furniture == 0
                && link_density(b) < 0.5
                && !matches!(b.role, Role::Heading(_));
        }
    }
    // The blocks the headline and the byline were read from are metadata, not body.
    let title = page.meta.title.as_deref();
    let byline = page.meta.byline.as_deref();
    for (i, b) in page.blocks.iter().enumerate() {
        let text = page.text.get(b.start..b.end);
        if (matches!(b.role, Role::Heading(_)) && text.is_some() && text == title)
            || (text.is_some() && text == byline)
        {
            body[i] = false;
        }
    }
    drop_copies(page, &mut body);
    Article {
        title: page.meta.title.clone(),
        author: page.meta.author.clone(),
        date: page.meta.date.clone(),
        body: (0..body.len()).filter(|&i| body[i]).collect(),
    }
}

/// Leaves out a passage of the body that repeats an earlier one block for block (two or
/// more blocks, 1,000 characters or more, spaces not counted): a page may hold its article
/// twice or three times over (a copy for each screen size, a slider's clones), and its
/// reader wants it once. A line repeated here and there (an interview's questions, a
/// recipe's "Eat every 2–3 hours") stays. Each comparison stops at 256 blocks, so the pass
/// is linear.
fn drop_copies(page: &Page, body: &mut [bool]) {
    let at: Vec<usize> = (0..body.len()).filter(|&i| body[i]).collect();
    let text = |k: usize| {
        let b = &page.blocks[at[k]];
        page.text.get(b.start..b.end).unwrap_or_default().trim()
    };
    let mut first = crate::lexicon::NameMap::default();
    let mut k = 0;
    while k < at.len() {
        if let Some(o) = first.get(text(k)) {
            let (mut n, mut chars) = (0, 0);
            while k + n < at.len() && o + n < k && n < 256 && text(k + n) == text(o + n) {
                chars += page.blocks[at[k + n]].chars;
                n += 1;
            }
            if n >= 2 && chars >= 1000 {
                at[k..k + n].iter().for_each(|&i| body[i] = false);
                k += n;
                continue;
            }
        } else {
            first.insert(text(k), k);
        }
        k += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::{native, read};

    #[test]
    fn every_weight_names_its_feature() {
        let names: Vec<&str> = FEATURES.iter().chain(CONTEXT).copied().collect();
        assert_eq!(WEIGHT_NAMES, names.as_slice());
        assert_eq!(WEIGHTS.len(), N + M);
    }

    const PAGE: &str = r#"<html><head><title>Council backs the bridge | The Daily</title>
<meta property="article:published_time" content="2024-03-05T09:00:00Z">
<meta name="author" content="Jane Doe"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Council backs the bridge</h1><p class="byline">By Jane Doe</p>
<p>The city council voted on Tuesday to fund the new bridge across the river, ending a debate that had run for more than a decade and divided the town's two largest parties.</p>
<p>“This is the day we stop talking and start building,” Mayor Ana Lindqvist said after the vote, which passed by nine votes to four in a packed chamber.</p>
<figure><img src="b.jpg" onerror="alert(1)"><figcaption>The old crossing. Photo: City archive</figcaption></figure>
<p>Construction is due to begin next spring, and the council expects the bridge to open to traffic within three years if the funding holds as planned.</p>
</article></main>
<aside class="related"><h2>Related</h2><ul><li><a href="/a">Budget talks stall</a></li><li><a href="/b">Ferry fares rise</a></li></ul></aside>
<footer><p>© 2024 The Daily. All rights reserved.</p><form><p>Sign up for our newsletter</p><input type="email"></form></footer>
<script>document.write("never read")</script></body></html>"#;

    #[test]
    fn a_news_page_gives_its_article() {
        let doc = native::parse(PAGE);
        let (page, article) = read(&doc);
        assert!(!page.text.contains("never read"));
        assert_eq!(article.title.as_deref(), Some("Council backs the bridge"));
        assert_eq!(article.author.as_deref(), Some("Jane Doe"));
        assert_eq!(article.date.as_deref(), Some("2024-03-05"));
        let body = article.body_text(&page);
        assert!(body.starts_with("The city council voted"), "{body}");
        assert!(body.contains("“This is the day we stop talking"));
        assert!(body.ends_with("if the funding holds as planned."), "{body}");
        for furniture in [
            "Home",
            "Related",
            "Budget talks",
            "All rights",
            "newsletter",
            "By Jane Doe",
        ] {
            assert!(!body.contains(furniture), "{furniture} in {body}");
        }
        let a = crate::html::analyze(&page, &article, &crate::Options::default());
        assert_eq!(a.quotes.len(), 1);
        assert_eq!(
            a.quotes[0].speaker.as_ref().map(|s| s.name.as_str()),
            Some("Ana Lindqvist")
        );
        let kinds: Vec<_> = a.boilerplate.iter().map(|b| b.kind).collect();
        assert_eq!(kinds.first(), Some(&crate::BoilerplateKind::Header));
        assert_eq!(kinds.last(), Some(&crate::BoilerplateKind::Footer));
    }

    /// The block of `page` whose text is `s`.
    fn block_saying<'p>(page: &'p Page, s: &str) -> &'p Block {
        page.blocks
            .iter()
            .find(|b| page.text.get(b.start..b.end) == Some(s))
            .unwrap_or_else(|| panic!("no block {s:?} in {:?}", page.text))
    }

    #[test]
    fn blocks_keep_their_structure() {
        let doc = native::parse(PAGE);
        let page = crate::html::blocks::read(&doc);
        let block = |s: &str| block_saying(&page, s);
        let home = block("Home");
        assert_eq!(home.role, Role::ListItem);
        assert!(home.within & within::NAV != 0 && home.within & within::HEADER != 0);
        assert_eq!(home.link_chars, home.chars);
        let caption = block("The old crossing. Photo: City archive");
        assert_eq!(caption.role, Role::Caption);
        assert!(caption.within & within::FIGURE != 0);
        assert!(block("By Jane Doe").classes & words::BYLINE != 0);
        assert!(block("Ferry fares rise").ancestors & words::FURNITURE != 0);
    }

    /// Themes put page options in <body>'s class ("has-comments", "single-post"): they
    /// would make every block "in the comments" or "in the content". Only regions count.
    #[test]
    fn the_pages_own_classes_are_no_region() {
        let doc = native::parse(
            "<html class='comments-open'><body class='single-post has-comments'>\
             <article><p>The council voted on Monday.</p></article>\
             <div class='comment-list'><p>Great piece!</p></div></body></html>",
        );
        let page = crate::html::blocks::read(&doc);
        let block = |s: &str| block_saying(&page, s);
        let body = block("The council voted on Monday.");
        assert_eq!(body.ancestors & (words::COMMENT | words::CONTENT), 0);
        assert!(block("Great piece!").ancestors & words::COMMENT != 0);
    }

    #[test]
    fn a_fragment_is_all_body() {
        // What a reader copies from a page: two paragraphs, no page around them.
        let doc = native::parse(
            "<p>“We start now,” Mayor Ana Lindqvist said.</p><p>The vote was close.</p>",
        );
        let (page, article) = read(&doc);
        assert_eq!(article.body_text(&page), page.text);
        let a = crate::html::analyze(&page, &article, &crate::Options::default());
        assert_eq!(a.quotes.len(), 1);
        assert!(a.boilerplate.is_empty());
    }

    #[test]
    fn hidden_and_inert_content_is_not_text() {
        let doc = native::parse(
            "<p>shown<span hidden>no1</span></p><div style='display: none'>no2</div>\
             <p aria-hidden=true>no3</p><template><p>no4</p></template><noscript>no5</noscript>\
             <p>line<br>break &amp; entity</p>",
        );
        let (page, _) = read(&doc);
        assert_eq!(page.text, "shown\n\nline\nbreak & entity");
    }

    #[test]
    fn the_day_under_the_headline_is_the_articles() {
        let page = |under: &str| {
            let html = format!(
                "<head><meta property=\"article:published_time\" content=\"2012-09-12\"></head>\
                 <nav><p>May 2, 2024</p></nav><h1>Rates rise</h1><p>{under}</p>\
                 <p>The bank raised rates, it said on Monday, for the third time this year.</p>"
            );
            read(&native::parse(&html)).1.date
        };
        // What the reader is shown under the headline over what the page declares.
        assert_eq!(
            page("By Ann Lee, March 3, 2021").as_deref(),
            Some("2021-03-03")
        );
        // Not the day of an update: the declared day then.
        assert_eq!(page("Updated March 3, 2021").as_deref(), Some("2012-09-12"));
        assert_eq!(
            page("Published March 1, 2021, updated March 3, 2021").as_deref(),
            Some("2021-03-01")
        );
        // A sentence of the article that names a day is not the line that dates it.
        assert_eq!(
            page("The offer runs from November 26 to December 3, 2025, in all of our shops.")
                .as_deref(),
            Some("2012-09-12")
        );
    }

    #[test]
    fn an_article_printed_twice_is_read_once() {
        let para = |n: usize| {
            format!(
                "<p>Paragraph {n} of the report on the river: the council met on Tuesday and \
                 heard from the engineers, who said the old bridge could carry lorries for \
                 another ten years if its bearings were replaced, and from the residents, who \
                 asked for a footpath on the east side and for the works to stop at night.</p>"
            )
        };
        let copy: String = (1..=5).map(para).collect();
        // The same passage again (a second rendering for small screens), and a question
        // an interview asks each of its guests: the copy goes, the question stays.
        let ask = "<p>What inspired you?</p>";
        let html = format!(
            "<h1>Council backs the bridge</h1><article>{ask}<p>The river, said Ann.</p>\
             {copy}{ask}<p>The bridge, said Bo.</p>{copy}</article>"
        );
        let (page, article) = read(&native::parse(&html));
        let body = article.body_text(&page);
        assert_eq!(
            body.matches("Paragraph 3 of the report").count(),
            1,
            "{body}"
        );
        assert_eq!(body.matches("What inspired you?").count(), 2, "{body}");
    }

    #[test]
    fn the_day_beside_a_byline_far_down_the_page() {
        // A long list of topics under the headline, the byline and its day after the
        // article.
        let menu: String = (0..210).map(|i| format!("<p>Topic {i}</p>")).collect();
        let html = format!(
            "<h1>How apps are made</h1>{menu}<p>An app is planned, built and tested.</p>\
             <p>Written by Moses Kim</p><p>April 8, 2024</p><p>Share</p>"
        );
        let date = read(&native::parse(&html)).1.date;
        assert_eq!(date.as_deref(), Some("2024-04-08"));
    }

    #[test]
    fn a_day_the_page_shows_comes_before_its_structured_data() {
        // No day under the headline and no date `<meta>`: the day the page prints in a
        // date element is the reader's, the JSON-LD's the template's.
        let page = |shown: &str| {
            let html = format!(
                "<script type=\"application/ld+json\">{{\"@type\":\"Article\",\
                 \"datePublished\":\"2021-08-12\",\"dateModified\":\"2022-01-01\"}}</script>\
                 <h1>Online college costs</h1><p>By Melanie Hanson</p><p>Words.</p>\
                 <p>More words.</p><p>Still more.</p><p>And more.</p><p>Another.</p>\
                 <p>Then.</p><p>Last.</p><p>Done.</p>{shown}<p>The cost of a degree rose.</p>"
            );
            read(&native::parse(&html)).1.date
        };
        assert_eq!(
            page("<p class=\"post-date\">February 22, 2025</p>").as_deref(),
            Some("2025-02-22")
        );
        // With none shown, the structured data's day of publication, not of the update.
        assert_eq!(page("").as_deref(), Some("2021-08-12"));
    }

    #[test]
    fn panels_a_reader_opens_are_read() {
        // An accordion's answers and a tab's content are hidden until opened, and are the
        // article's text all the same; other hidden elements stay unread.
        let doc = native::parse(
            "<h2 id=\"q1\">Does it rain?</h2>\
             <div role=\"region\" aria-labelledby=\"q1\" style=\"display:none\"><p>Often.</p></div>\
             <div role=\"tabpanel\" hidden><p>Tab two.</p></div>\
             <div style=\"display: none\"><p>no1</p></div><div hidden><p>no2</p></div>",
        );
        let (page, _) = read(&doc);
        assert_eq!(page.text, "Does it rain?\n\nOften.\n\nTab two.");
    }

    #[test]
    fn content_streamed_ahead_of_its_place_is_read() {
        // React streams a suspended part as `<div hidden id="S:0">` at the end of the
        // document, for a script to move into place; a saved page holds the article there.
        let doc = native::parse(
            "<main><template id=\"B:0\"></template></main>\
             <div hidden id=\"S:0\"><h1>Rates rise</h1><p>The bank raised rates.</p>\
             <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\
             \"datePublished\":\"2020-10-16\"}</script></div>\
             <div hidden id=\"S:x\">no1</div><div hidden id=\"B:1\">no2</div>",
        );
        let (page, article) = read(&doc);
        assert_eq!(page.text, "Rates rise\n\nThe bank raised rates.");
        assert_eq!(article.date.as_deref(), Some("2020-10-16"));
    }
}
