//! The speaker ranker end to end: the trainer's view of a text is the runtime's, and the
//! traps of real pages (credits, captions, datelines, section labels, sentence-opening
//! words, places) are not taken for speakers.

mod common;

use quotelight::{analyze, lexicon, speaker_choices, speakers, Models, Options};

/// For every quotation, the candidate the compiled weights score highest among the ones the
/// trainer is given is the speaker `analyze` reports: one feature code path for both.
fn assert_trainer_sees_what_runs(text: &str) {
    let a = analyze(text);
    let (quotes, choices) = speaker_choices(text, &Options::default(), &Models::compiled());
    assert_eq!(quotes.len(), a.quotes.len());
    let lang = quotelight::kind::detect_lang(text);
    let w = lexicon::speaker_weights(lang == quotelight::kind::Lang::German);
    for c in &choices {
        let score = |active: &[u16]| active.iter().map(|&i| w[usize::from(i)]).sum::<f32>();
        let best = c
            .candidates
            .iter()
            .fold(None::<&speakers::Candidate>, |b, x| match b {
                Some(b) if score(&x.active) <= score(&b.active) => Some(b),
                _ => Some(x),
            })
            .expect("a choice has candidates");
        let got = a.quotes[c.quote].speaker.as_ref().expect("a speaker");
        assert_eq!(
            (got.start, got.end, got.name.as_str()),
            (best.span.start, best.span.end, best.name.as_str()),
            "quotation {} of {text:?}",
            c.quote
        );
        for cand in &c.candidates {
            assert!(cand
                .active
                .iter()
                .all(|&i| usize::from(i) < speakers::FEATURES.len()));
        }
    }
    // Quotations without a choice have no candidate and no speaker.
    for (k, q) in a.quotes.iter().enumerate() {
        if !choices.iter().any(|c| c.quote == k) {
            assert!(q.speaker.is_none());
        }
    }
}

#[test]
fn the_trainer_and_the_runtime_share_the_features() {
    for text in [
        "“We will not cut the libraries,” Mayor Tom Hale said on Tuesday. He added: “Not one.”\n\n“Nobody asked us,” said Ann Lee, a teacher.",
        "Die Ministerin Anna Berg sagte: „Wir prüfen das.“ Der Sprecher des Verbandes erklärte, man sei „nicht überrascht“.",
        "“I think Pompeo wants to hear the mood,” a spokesman said. Pompeo said “it is done.”",
    ] {
        assert_trainer_sees_what_runs(text);
    }
    if let Some(path) = common::shared("seed/gold.jsonl") {
        let line = std::fs::read_to_string(path).unwrap();
        let doc: serde_json::Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
        assert_trainer_sees_what_runs(doc["text"].as_str().unwrap());
    }
}

fn names(text: &str) -> Vec<Option<String>> {
    analyze(text)
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.clone()))
        .collect()
}

#[test]
fn a_photo_credit_is_not_a_speaker() {
    let t =
        "Photo: Courtesy of Jane Smith\n\n“We will not cut the libraries,” said Mayor Tom Hale.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn a_caption_is_not_a_speaker() {
    let t = "Senator Ann Lee at the rally in Denver on Monday.\n\nThe crowd was small. “It is a hard winter for everyone,” the mayor, Tom Hale, told reporters.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn a_dateline_is_not_a_speaker() {
    let t = "BOSTON — The council met on Tuesday. “We will vote next week,” said council president Ann Lee.";
    assert_eq!(names(t), vec![Some("Ann Lee".into())]);
}

#[test]
fn a_section_label_is_not_a_speaker() {
    let t = "Scientific Research\n\nThe institute's director, Maria Gomez, was blunt. “We need more funding,” Gomez said.";
    assert_eq!(names(t), vec![Some("Maria Gomez".into())]);
}

#[test]
fn a_sentence_opening_adverb_is_not_a_speaker() {
    let t = "Already the talks had stalled. “The damage is done,” said Sen. Ann Lee.";
    assert_eq!(names(t), vec![Some("Ann Lee".into())]);
    let t =
        "Around the state, families worry about heating bills. “It is a hard winter,” Lee said.";
    assert_ne!(names(t)[0].as_deref(), Some("Around"));
    // A word that opens a question or a clause is no part of the name after it.
    let t = "Neither Ann Lee nor her rivals conceded. “We will win this,” Lee said.";
    assert_eq!(names(t), vec![Some("Ann Lee".into())]);
    let t = "Does Ann Lee believe it? “We will win this,” Lee said.";
    assert_eq!(names(t), vec![Some("Ann Lee".into())]);
}

#[test]
fn a_title_cased_headline_does_not_name_the_speaker() {
    // The headline ends with the speaker's surname; the surname must not make the headline
    // the person's name.
    let t = "Why Republicans Are Following Hale\n\n“We will win this,” Hale said on Tuesday. “We always do.”";
    let a = analyze(t);
    let speakers: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(speakers, vec!["Hale"]);
    // A connector or an initial inside a name is no headline.
    let t = "“We are ready,” said Edgar A. Poe of the Bank of America. “Ready,” Poe said.";
    let speakers: Vec<String> = analyze(t).speakers.into_iter().map(|s| s.name).collect();
    assert_eq!(speakers, vec!["Edgar A. Poe".to_string()]);
}

#[test]
fn in_a_language_without_rules_only_a_full_name_speaks() {
    // Portuguese: the English word lists would take "Quando" or "Receba", words opening a
    // sentence, for names.
    let t = "Quando chegou ao palácio, o presidente falou com os jornalistas sobre o orçamento \
             do próximo ano e sobre a reforma dos impostos.\n\n\
             “Vamos cortar os impostos”, disse Luiz Silva aos jornalistas. Receba notícias do \
             dia no seu e-mail e veja também o “resumo semanal” do jornal.";
    let a = analyze(t);
    let listed: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(listed, vec!["Luiz Silva"]);
    // French when asked for: the same.
    let t = "Il a parlé mardi. « Nous allons gagner », a déclaré Emmanuel Macron. Quand il est arrivé, « tout le monde riait ».";
    let o = Options {
        language: quotelight::Language::Fr,
        ..Options::default()
    };
    let listed: Vec<String> = quotelight::analyze_with(t, &o)
        .speakers
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(listed, vec!["Emmanuel Macron".to_string()]);
    // A one-word "name" nearer the quotation ("Pendant", "Réforme") is no candidate at all,
    // so the person named in full before it is found.
    for t in [
        "Emmanuel Macron est arrivé à Paris mardi soir. Pendant la conférence, « nous allons gagner », a-t-il dit aux journalistes.",
        "Emmanuel Macron est arrivé à Paris mardi soir. Réforme : « nous allons gagner », a-t-il dit aux journalistes.",
    ] {
        let a = quotelight::analyze_with(t, &o);
        let said: Vec<Option<&str>> = a
            .quotes
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
            .collect();
        assert_eq!(said, vec![Some("Emmanuel Macron")], "{t}");
    }
}

#[test]
fn a_place_is_not_a_speaker() {
    let t = "In Boston, Tom Hale spoke to the crowd. “We will win this,” he said.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

/// The features of the candidate whose mention reads `mention`, for the first quotation.
fn features_of(text: &str, mention: &str) -> Vec<&'static str> {
    let (_, choices) = speaker_choices(text, &Options::default(), &Models::compiled());
    let c = choices[0]
        .candidates
        .iter()
        .find(|c| &text[c.span.start..c.span.end] == mention)
        .unwrap_or_else(|| panic!("{mention:?} is not a candidate in {text:?}"));
    c.active
        .iter()
        .map(|&i| speakers::FEATURES[usize::from(i)])
        .collect()
}

#[test]
fn features_of_a_cue_after_the_quotation() {
    let f = features_of(
        "“We will not cut the libraries,” said Mayor Tom Hale.",
        "Mayor Tom Hale",
    );
    for want in [
        "after",
        "chain",
        "kind_name",
        "full_name",
        "role",
        "after_in_paragraph",
        "same_sentence",
        "words_0_1",
        "nearest_after",
        "cue_before_mention",
        "mentioned_once",
    ] {
        assert!(f.contains(&want), "{want} not in {f:?}");
    }
    for not in [
        "before",
        "previous_paragraph",
        "possessive",
        "short_line",
        "kind_pronoun",
    ] {
        assert!(!f.contains(&not), "{not} in {f:?}");
    }
}

#[test]
fn features_of_a_credit_line() {
    let t = "Jane Smith/Getty Images\n\n“We will not cut the libraries,” said Mayor Tom Hale.";
    let f = features_of(t, "Jane Smith");
    for want in ["short_line", "previous_paragraph", "kind_name", "full_name"] {
        assert!(f.contains(&want), "{want} not in {f:?}");
    }
    assert!(!f.contains(&"chain"), "{f:?}");
}

#[test]
fn features_of_a_pronoun_and_a_possessive() {
    let t = "Tom Hale met Trump’s aides. “It went well,” he said.";
    let f = features_of(t, "he");
    for want in [
        "kind_pronoun",
        "after",
        "chain",
        "gendered",
        "nearest_mention_of_its_person",
        "same_sentence",
    ] {
        assert!(f.contains(&want), "{want} not in {f:?}");
    }
    let f = features_of(t, "Trump’s");
    assert!(f.contains(&"possessive"), "{f:?}");
    assert!(f.contains(&"one_sentence_between"), "{f:?}");
}

#[test]
fn an_appositive_names_the_described_speaker() {
    let t = "“It is a hard winter,” the mayor, Tom Hale, told reporters.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    let t = "Tom Hale, the mayor, said: “It is a hard winter.”";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

/// Whether the candidate reading `mention` of the first quotation has feature `f`.
fn has(text: &str, mention: &str, f: &str) -> bool {
    features_of(text, mention).contains(&f)
}

#[test]
fn features_of_places() {
    let t = "Washington (AFP) – Jane Doe has taken a swipe at Tom Hale, saying “it does harm.”";
    assert!(has(t, "Washington", "place_name"));
    assert!(!has(t, "Jane Doe", "place_name"));
    let t = "At a rally in New Hampshire, Tom Hale went after the governor, calling him “a stiff.”";
    assert!(has(t, "New Hampshire", "place_name"));
    // A surname that is also a city is no place once the full name is known.
    let t = "George Washington spoke. “We stand,” Washington said.";
    assert!(!has(t, "Washington", "place_name"));
    let t = "Die Regierung Deutschlands erklärte, sie sei „nicht überrascht“.";
    assert!(!has(t, "Die Regierung Deutschlands", "place_name"));
}

#[test]
fn features_of_objects_and_sources() {
    // An addressee after a verb of telling or asking, an English preposition's object.
    let t =
        "Tom Hale told Politico on Wednesday that he backs the plan because “we need a leader.”";
    assert!(has(t, "Politico", "object_of_addressee_verb"));
    assert!(has(t, "Politico", "cue_before_mention_before_quotation"));
    assert!(!has(t, "Tom Hale", "object_of_addressee_verb"));
    let t = "Jane Doe was asked by Tom Hale, “Now, what about the emails?”";
    assert!(has(t, "Tom Hale", "after_english_preposition"));
    // The object of a verb with its subject before it, or the subject of a reported clause.
    let t = "Jane Doe called Tom Hale “a con artist.”";
    assert!(has(t, "Tom Hale", "after_subject_and_verb"));
    assert!(!has(t, "Jane Doe", "after_subject_and_verb"));
    let t = "Die Ministerin Anna Berg nannte Tom Hale einen „wahren Patrioten“.";
    assert!(has(t, "Tom Hale", "after_subject_and_verb"));
    let t = "Anna Berg und Tom Hale sagten, es sei „nicht überraschend“.";
    assert!(!has(t, "Tom Hale", "after_subject_and_verb"));
    // The source named after the quotation and its "said X".
    let t = "“I ask you as a courtesy,” Tom Hale said, according to CNN.";
    assert!(has(t, "CNN", "according_to_after_quotation"));
    assert!(!has(t, "Tom Hale", "according_to_after_quotation"));
}

#[test]
fn a_source_named_after_the_speaker_and_an_addressee() {
    let t = "Tom Hale, meanwhile, told Politico on Wednesday that he is in favor because “we need a leader.”";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    let t = "Jane Doe called Tom Hale “a total stiff.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn words_opening_a_sentence_and_contractions_are_no_speakers() {
    // "Does" opens a sentence and the text writes "does" too: a word, not a name. A pronoun
    // contracted with its verb is the pronoun, another contraction nothing.
    let t = "Prices went up again this year, but does it matter? Does anyone care about “the cost of living” any more?\n\n\
             Don’t expect “a quick fix,” the report warns.\n\n\
             Tom Hale met the voters. They’re sure: “We will win this time.”";
    let a = analyze(t);
    let listed: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    for junk in ["Does", "Don’t", "They’re"] {
        assert!(!listed.contains(&junk), "{junk} in {listed:?}");
    }
    let s = a.quotes[2]
        .speaker
        .as_ref()
        .expect("the third quotation's speaker");
    assert_eq!(&t[s.start..s.end], "They’re");
    // The writer's "I’m" is the writer's own voice.
    let t = "I’m old enough to remember him declaring a “moral equivalent of war” on television.";
    assert_eq!(names(t), vec![Some("I".to_string())]);
    // A name that opens a sentence is still one when the text never writes it in lower case.
    let t = "Hale spoke first. “We will win,” Hale said.";
    assert_eq!(names(t), vec![Some("Hale".to_string())]);
    // A verb opening a sentence reads as one by what follows it (an article, a pronoun, a
    // question word), even where the text never writes it in lower case; label words
    // ("Source:", "Myth:") are no names either.
    let t = "It was a hard year. Remember when rent was “affordable”? Choose a “springboard” object.\n\n\
             Myth: “Renovations always pay off.”\n\nYour builder may call it “standard.”";
    let a = analyze(t);
    let listed: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    assert!(listed.is_empty(), "{listed:?}");
}

/// German capitalises every noun: a lone word is a class of its own unless a person in the
/// text goes by it ("Merkel" after "Angela Merkel"); English one-word names keep theirs.
#[test]
fn features_of_a_lone_german_word() {
    let t = "Die Kanzlerin Angela Merkel sprach lange. Merkel sagte: „Wir prüfen die Daten genau.“ Daten nannte sie „eine gute Grundlage“.";
    let f = features_of(t, "Merkel");
    assert!(
        f.contains(&"one_word_name") && !f.contains(&"one_word_unknown_de"),
        "{f:?}"
    );
    let t = "Die Daten waren da. Daten zeigen „eine klare Tendenz“, sagte die Ministerin.";
    let f = features_of(t, "Daten");
    assert!(
        f.contains(&"one_word_unknown_de") && !f.contains(&"one_word_name"),
        "{f:?}"
    );
    let f = features_of("Hale spoke. “We will win this,” Hale said.", "Hale");
    assert!(f.contains(&"one_word_name"), "{f:?}");
}
