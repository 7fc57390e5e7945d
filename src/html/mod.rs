//! Pages as HTML: the visible text of a page in reading order, as blocks that keep what the
//! page's structure says of them, and the article read from those blocks.
//!
//! ```text
//! HTML ──(native::parse, html5ever │ the browser's DOM, web-sys)──▶ impl Dom
//!      ──blocks::read──▶ Page { text, blocks, meta } ──article::decide──▶ Article
//! ```
//!
//! Why a trait: the same reader must run over a page parsed here (the CLI, a pasted page's
//! `text/html`, a crawl) and over the live DOM of the page an extension runs on. Both only
//! need to be walked child by child and asked for names, attributes and text, so [`Dom`]
//! asks no more than that; the reader never recurses (pages 100,000 elements deep are
//! walked with a heap stack) and reads every node once.
//!
//! The page text the reader makes is what every offset of an HTML analysis refers to: one
//! paragraph (a blank line apart) per block, so the quotation and speaker stages read it as
//! they read pasted text.

use std::borrow::Cow;

pub mod article;
pub mod blocks;
pub mod meta;
pub mod native;

pub use article::{Article, Decision};
pub use blocks::{Block, Page, Role};

/// A document tree as the block reader needs it: walked from the root by first child and
/// next sibling, each node an element (with a lower-case local name and attributes) or a
/// text node. Comments, doctypes and processing instructions answer `None` to both.
pub trait Dom {
    /// A handle of one node: an index for an arena, a `web_sys::Node` in the browser.
    type Node: Clone;
    /// The document node.
    fn root(&self) -> Self::Node;
    fn first_child(&self, node: &Self::Node) -> Option<Self::Node>;
    fn next_sibling(&self, node: &Self::Node) -> Option<Self::Node>;
    /// The element's local name, lower case (`"p"`, `"h1"`); `None` for other nodes.
    fn tag(&self, node: &Self::Node) -> Option<Cow<'_, str>>;
    /// A text node's text; `None` for other nodes.
    fn text(&self, node: &Self::Node) -> Option<Cow<'_, str>>;
    /// An attribute of an element (`name` lower case).
    fn attr(&self, node: &Self::Node, name: &str) -> Option<Cow<'_, str>>;
    /// Whether an element is hidden by what its attributes do not say (a live page's
    /// style sheets). The reader skips elements that `hidden`, `aria-hidden` or an inline
    /// style hide whatever this answers.
    fn hidden(&self, _node: &Self::Node) -> bool {
        false
    }
}

/// The analysis of a page read from HTML, as the CLI and the bindings give it:
/// `{"text", "article", "quotes", "terms", "speakers", "boilerplate"}`, every offset
/// an offset of `text`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PageAnalysis {
    /// The page's text as read: what every offset refers to.
    pub text: String,
    pub article: ArticleFields,
    #[serde(flatten)]
    pub analysis: crate::Analysis,
}

/// The article of a page: `null` where the page does not say.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ArticleFields {
    pub title: Option<String>,
    pub author: Option<String>,
    /// ISO `YYYY-MM-DD`.
    pub date: Option<String>,
    /// The article text: the body blocks, a blank line apart.
    pub body: String,
}

/// Parses `html` (html5ever), reads it and analyses it; offsets are bytes of the text.
///
/// ```
/// let page = quotelight::html::analyze_html(
///     "<h1>Vote</h1><p>“We start now,” Mayor Ana Lindqvist said.</p>",
///     &Default::default(),
/// );
/// assert_eq!(page.text, "Vote\n\n“We start now,” Mayor Ana Lindqvist said.");
/// assert_eq!(page.analysis.quotes[0].speaker.as_ref().unwrap().name, "Ana Lindqvist");
/// ```
pub fn analyze_html(html: &str, options: &crate::Options) -> PageAnalysis {
    let doc = native::parse(html);
    let (page, article) = read(&doc);
    let analysis = analyze(&page, &article, options);
    PageAnalysis {
        article: ArticleFields::of(&page, article),
        analysis,
        text: page.text,
    }
}

impl ArticleFields {
    /// The fields of `article`, read from `page`.
    pub fn of(page: &Page, article: Article) -> ArticleFields {
        ArticleFields {
            body: article.body_text(page),
            title: article.title,
            author: article.author,
            date: article.date,
        }
    }
}

impl PageAnalysis {
    /// Rewrites every offset into `unit` (see [`crate::Analysis::to_unit`]).
    pub fn to_unit(mut self, unit: crate::Unit) -> PageAnalysis {
        self.analysis = self.analysis.to_unit(&self.text, unit);
        self
    }
}

/// Reads a page: its blocks and metadata, and the article decided from them with the
/// weights compiled into the crate.
pub fn read<D: Dom>(dom: &D) -> (Page, Article) {
    let page = blocks::read(dom);
    let article = article::decide(&page, article::WEIGHTS);
    (page, article)
}

/// The analysis of a page: quotations and speakers found in the page text as read, and
/// every block that is not article body (title, byline, captions, furniture) reported as
/// boilerplate, `header` before the body, `footer` after it, `inline` inside it.
/// Quotations inside boilerplate are dropped, as for text. Offsets are bytes of
/// `page.text`.
pub fn analyze(page: &Page, article: &Article, options: &crate::Options) -> crate::Analysis {
    let boilerplate = if options.layers.boilerplate {
        furniture(page, article)
    } else {
        Vec::new()
    };
    crate::analyze_parts(
        &crate::document::Document::read(&page.text),
        options,
        boilerplate,
        &crate::Models::compiled(),
        None,
    )
}

/// Every block of `page` that is not article body, as boilerplate spans (byte offsets of
/// `page.text`): `header` before the body, `footer` after it, `inline` inside it, one span
/// for a run of blocks of one kind.
pub fn furniture(page: &Page, article: &Article) -> Vec<crate::Boilerplate> {
    use crate::{Boilerplate, BoilerplateKind};
    let mut boilerplate = Vec::new();
    {
        let (first, last) = match (article.body.first(), article.body.last()) {
            (Some(&f), Some(&l)) => (f, l),
            _ => (usize::MAX, 0),
        };
        let mut body = article.body.iter().peekable();
        for (i, b) in page.blocks.iter().enumerate() {
            if body.next_if_eq(&&i).is_some() {
                continue;
            }
            let kind = if first == usize::MAX || i < first {
                BoilerplateKind::Header
            } else if i > last {
                BoilerplateKind::Footer
            } else {
                BoilerplateKind::Inline
            };
            match boilerplate.last_mut() {
                // One span for a run of furniture blocks of one kind.
                Some(Boilerplate { end, kind: k, .. })
                    if *k == kind
                        && page
                            .text
                            .get(*end..b.start)
                            .is_some_and(|g| g.trim().is_empty()) =>
                {
                    *end = b.end
                }
                _ => boilerplate.push(Boilerplate {
                    start: b.start,
                    end: b.end,
                    kind,
                }),
            }
        }
    }
    boilerplate
}
