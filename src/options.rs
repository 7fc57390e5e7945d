//! What a caller may ask of [`crate::analyze_with`]: which layers to compute and in which
//! language to read the text. The same type is deserialised from the JS `options` object
//! (unknown fields are an error that names them) and built by the CLI's flags.

use serde::{Deserialize, Serialize};

use crate::kind::Lang;

/// Options of one analysis; the default computes everything and detects the language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    pub layers: Layers,
    pub language: Language,
}

/// The layers to compute. Speakers need quotations: without them there are none.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Layers {
    pub quotes: bool,
    pub speakers: bool,
    pub boilerplate: bool,
}

impl Default for Layers {
    fn default() -> Self {
        Layers {
            quotes: true,
            speakers: true,
            boilerplate: true,
        }
    }
}

/// The language of the text. `auto` (the default) tells English from German by their
/// function words; French and Spanish are read with the language-neutral rules.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Auto,
    En,
    De,
    Fr,
    Es,
}

impl Language {
    /// The language the stages use, `None` to detect it.
    pub(crate) fn lang(self) -> Option<Lang> {
        match self {
            Language::Auto => None,
            Language::En => Some(Lang::English),
            Language::De => Some(Lang::German),
            Language::Fr | Language::Es => Some(Lang::Foreign),
        }
    }
}

impl std::str::FromStr for Language {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "auto" => Ok(Language::Auto),
            "en" => Ok(Language::En),
            "de" => Ok(Language::De),
            "fr" => Ok(Language::Fr),
            "es" => Ok(Language::Es),
            other => Err([
                "unknown language \"",
                other,
                "\": expected auto, en, de, fr or es",
            ]
            .concat()),
        }
    }
}

impl Layers {
    /// Parses a comma-separated list of layer names ("quotes,boilerplate").
    pub fn parse_list(s: &str) -> Result<Layers, String> {
        let mut l = Layers {
            quotes: false,
            speakers: false,
            boilerplate: false,
        };
        for name in s.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "quotes" => l.quotes = true,
                "speakers" => l.speakers = true,
                "boilerplate" => l.boilerplate = true,
                other => {
                    return Err(format!(
                        "unknown layer \"{other}\": expected quotes, speakers or boilerplate"
                    ))
                }
            }
        }
        Ok(l)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_options_are_checked() {
        let o: Options =
            serde_json::from_str(r#"{"layers":{"boilerplate":false},"language":"de"}"#).unwrap();
        assert_eq!(
            o.layers,
            Layers {
                quotes: true,
                speakers: true,
                boilerplate: false
            }
        );
        assert_eq!(o.language, Language::De);
        let e = serde_json::from_str::<Options>(r#"{"layer":{}}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown field `layer`"), "{e}");
        let e = serde_json::from_str::<Options>(r#"{"language":"klingon"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("unknown variant `klingon`"), "{e}");
    }

    #[test]
    fn layer_lists_and_languages_parse() {
        assert_eq!(
            Layers::parse_list("quotes, boilerplate").unwrap(),
            Layers {
                quotes: true,
                speakers: false,
                boilerplate: true
            }
        );
        assert!(Layers::parse_list("quotes,ads")
            .unwrap_err()
            .contains("unknown layer \"ads\""));
        assert_eq!("de".parse::<Language>(), Ok(Language::De));
        assert!("xx".parse::<Language>().is_err());
    }
}
