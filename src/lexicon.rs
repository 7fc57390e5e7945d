//! Word lists the stages read, kept as data files under `lexicon/` and compiled in.
//!
//! Each file holds one entry a line; `#` starts a comment line. Lists are parsed once, on
//! first use, into sets.

use std::collections::HashSet;
use std::sync::OnceLock;

fn parse(src: &'static str) -> HashSet<&'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect()
}

macro_rules! word_list {
    ($(#[$doc:meta])* $name:ident, $file:literal) => {
        $(#[$doc])*
        pub fn $name() -> &'static HashSet<&'static str> {
            static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
            SET.get_or_init(|| parse(include_str!(concat!("../lexicon/", $file))))
        }
    };
}

word_list!(
    /// Words a leading apostrophe shortens (’n’, ’tis, ’em).
    elisions, "elisions.txt"
);
word_list!(
    /// Words that, just before a quoted region, make it a title or a name
    /// (titled “…”, dubbed “…”, the ship „…“).
    term_cues, "term_cues.txt"
);
word_list!(
    /// Reporting verbs and phrases that introduce or follow a quotation (said, sagte, …).
    speech_cues, "speech_cues.txt"
);
word_list!(
    /// Short function words, per language, that a title may contain in lower case
    /// (the, of, and, der, die, de, la, …).
    title_small_words, "title_small_words.txt"
);

#[cfg(test)]
mod tests {
    #[test]
    fn lists_load_without_comments() {
        assert!(super::elisions().contains("n"));
        assert!(!super::elisions().iter().any(|w| w.starts_with('#')));
        assert!(super::speech_cues().contains("said"));
        assert!(super::speech_cues().contains("sagte"));
    }
}
