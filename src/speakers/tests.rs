use crate::analyze;

fn speakers(t: &str) -> Vec<Option<(String, String)>> {
    let a = analyze(t);
    a.quotes
        .iter()
        .map(|q| {
            q.speaker
                .as_ref()
                .map(|s| (s.name.clone(), t[s.start..s.end].to_string()))
        })
        .collect()
}

fn names(t: &str) -> Vec<Option<String>> {
    speakers(t).into_iter().map(|s| s.map(|s| s.0)).collect()
}

/// The mention each quotation's speaker rests on, as text.
fn via(t: &str) -> Vec<Option<String>> {
    speakers(t).into_iter().map(|s| s.map(|s| s.1)).collect()
}

/// What the patterns give in their order of precedence (the chain, a feature of the
/// ranker), per quotation: (entity name, mention text). The pattern tests read this: the
/// ranker weighs it with the rest.
fn chain(t: &str) -> Vec<Option<(String, String)>> {
    let a = analyze(t);
    let doc = crate::document::Document::read(t);
    let paras = &doc.paras;
    let german = crate::kind::detect_lang(t) == crate::kind::Lang::German;
    let (mentions, mut entities) = super::read_mentions(&doc, &a.quotes, german);
    let para_of = |off: usize| {
        paras
            .partition_point(|p| p.end < off)
            .min(paras.len().saturating_sub(1))
    };
    let found = super::patterns(&doc, &a.quotes, german, &mentions, &mut entities, &para_of);
    found
        .iter()
        .map(|f| {
            f.chain.map(|(e, m)| {
                let s = mentions[m].span;
                (entities[e].name.clone(), t[s.start..s.end].to_string())
            })
        })
        .collect()
}

fn chain_names(t: &str) -> Vec<Option<String>> {
    chain(t).into_iter().map(|s| s.map(|s| s.0)).collect()
}

fn chain_via(t: &str) -> Vec<Option<String>> {
    chain(t).into_iter().map(|s| s.map(|s| s.1)).collect()
}

#[test]
fn a_description_stops_at_a_verb_of_saying() {
    // A person noun after the verb ("reporters", "President") does not pull the subject's
    // description over the verb.
    let t = "The senator told reporters, “A lot of delegates are coming our way.”";
    assert_eq!(via(t), vec![Some("The senator".into())]);
    let t = "The group says President Barack Obama’s actions are “ripe for abuse.”";
    assert_eq!(via(t), vec![Some("The group".into())]);
}

#[test]
fn a_pronoun_stands_for_the_one_who_has_just_spoken() {
    // Putin is nearer and fits as well, but Obama is the one speaking.
    let t = "“We are looking at every option,” Barack Obama said after meeting Russian President Vladimir Putin. He did not suggest retaliation. “Our goal is not escalation,” he said.";
    assert_eq!(
        names(t),
        vec![Some("Barack Obama".into()), Some("Barack Obama".into())]
    );
    // Without a speaker before, the nearest fitting person is still the one.
    let t =
        "Barack Obama met Russian President Vladimir Putin. “Our goal is not escalation,” he said.";
    assert_eq!(names(t), vec![Some("Vladimir Putin".into())]);
}

#[test]
fn german_verb_after_the_quote_takes_the_subject_after_it() {
    let t = "„Wir werden das Gesetz noch in diesem Jahr ändern“, sagte der Bundesinnenminister am Montag in Berlin.";
    assert_eq!(via(t), vec![Some("der Bundesinnenminister".into())]);
    let t = "„Das ist ein guter Tag für die Stadt und für die Region“, so der Chef des Verwaltungsrats Ulrich Berger.";
    assert_eq!(via(t), vec![Some("der Chef des Verwaltungsrats".into())]);
    let t = "„Gegenüber seinen Leuten ist er die eiserne Hand im Handschuh“, so charakterisierte ihn der Gewerkschafter Bernd Auer.";
    assert_eq!(names(t), vec![Some("Bernd Auer".into())]);
    let t = "Von einer „gezielten und bösartigen Indiskretion“ sprach der Grünen-Politiker Karl Ströber.";
    assert_eq!(names(t), vec![Some("Karl Ströber".into())]);
}

#[test]
fn german_subject_after_the_finite_verb_of_a_clause_ending_in_its_cue() {
    // The clause opens with a phrase ("Zur aktuellen Lage des Vereins"), not its subject.
    let t = "Peter Kranz ist der neue Präsident des Vereins. Zur aktuellen Lage des Vereins wird Kranz auf der Internetseite wie folgt zitiert: „Wir werden das gemeinsam schaffen.“";
    assert_eq!(names(t), vec![Some("Peter Kranz".into())]);
    // A clause that opens with its subject keeps it.
    let t = "Der Trainer Peter Kranz wird auf der Internetseite wie folgt zitiert: „Wir werden das gemeinsam schaffen.“";
    assert_eq!(names(t), vec![Some("Peter Kranz".into())]);
}

#[test]
fn german_sources_laut_zufolge_nach_angaben() {
    let t = "Das Buch ist laut einem Sprecher der Jury eine „kluge und komische Geschichte über das Leben“.";
    assert_eq!(via(t), vec![Some("einem Sprecher der Jury".into())]);
    let t = "Die Entscheidung war der Zeitung zufolge „längst überfällig und dringend nötig“.";
    assert_eq!(via(t), vec![Some("der Zeitung".into())]);
    let t = "Der Fall wird nach Angaben der Staatsanwaltschaft „ganz besonders sorgfältig und gründlich“ geprüft.";
    assert_eq!(via(t), vec![Some("Angaben der Staatsanwaltschaft".into())]);
    let t = "In dem Schreiben der Verbände heißt es: „Wir fordern eine sofortige Antwort der Regierung.“";
    assert_eq!(via(t), vec![Some("dem Schreiben der Verbände".into())]);
}

#[test]
fn german_verb_second_before_the_quote() {
    let t = "Ähnlich äußerte sich der Präsident Hans Maier: „Wir haben die Lage in diesem Land im Griff.“";
    assert_eq!(names(t), vec![Some("Hans Maier".into())]);
    let t = "Als Begründung sagte ein Wissenschaftler: „Das ist ein sehr breites Feld an Erkrankungen.“";
    assert_eq!(via(t), vec![Some("ein Wissenschaftler".into())]);
    let t = "Eine Armeesprecherin bestätigte den Einsatz. Sie sagte, Ziel der Offensive sei es, „die Infrastruktur der Gruppe zu zerstören“.";
    assert_eq!(via(t), vec![Some("Sie".into())]);
    let t = "Der Minister kritisierte den Bericht scharf: „Diese Zahlen sind aus der Luft gegriffen und falsch.“";
    assert_eq!(via(t), vec![Some("Der Minister".into())]);
}

#[test]
fn german_person_before_a_naming_verb_is_its_subject() {
    // The person before the verb holds the first place: the noun phrase after it is the
    // verb's object ("Patersons Entscheidung"), however name-like.
    let t = "Die Abgeordnete Carolyn McCarthy war dagegen. McCarthy nannte Patersons Entscheidung „eine sehr schlechte Wahl“.";
    assert_eq!(
        chain(t),
        vec![Some(("Carolyn McCarthy".into(), "McCarthy".into()))]
    );
    let t =
        "Bundestrainer Joachim Löw bezeichnete acht Gelbe Karten in einem Spiel als „übertrieben“.";
    assert_eq!(via(t), vec![Some("Bundestrainer Joachim Löw".into())]);
    // A verb after "und" shares the subject of the clause before it.
    let t = "In seiner Stellungnahme befand der Premierminister Hans Maier den Angriff als gerechtfertigt und nannte Trumps Auftrag „schnell, kraftvoll und entschieden“.";
    assert_eq!(
        chain(t),
        vec![Some((
            "Hans Maier".into(),
            "der Premierminister Hans Maier".into()
        ))]
    );
    // A pronoun after the verb is its subject: the first place holds something else.
    let t = "Der Minister Hans Maier war empört. Den Bericht der Kommission nannte er „aus der Luft gegriffen und falsch“.";
    assert_eq!(via(t), vec![Some("er".into())]);
}

#[test]
fn german_name_and_colon() {
    let t = "Die Polizei ermittelt in dem Fall.\n\nBKA-Präsident Jörg Ziercke: „Mit diesem Ansatz setzen wir ein deutliches Signal.“";
    assert_eq!(names(t), vec![Some("Jörg Ziercke".into())]);
}

#[test]
fn german_quote_ending_its_sentence_does_not_take_the_next_one() {
    let t = "Der Vertreter der Umweltschützer, Arni Finnsson, kommentierte die Entscheidung mit folgenden Worten: „Es gibt in unserem Land keinen Markt für dieses Fleisch.“  Laut der Website gibt es Kritik.";
    assert_eq!(names(t), vec![Some("Arni Finnsson".into())]);
}

#[test]
fn german_reported_speech_runs_on_into_the_next_sentence() {
    let t = "Der Bau dauert an. Die Hausverwaltung versicherte, dass die Gedenktafel noch existiere. Die Tafel werde „so bald wie möglich wieder an ihren alten Platz“ gebracht.";
    assert_eq!(chain_via(t), vec![Some("Die Hausverwaltung".into())]);
}

#[test]
fn german_nouns_and_adverbs_are_not_speakers() {
    let t = "Die Chefin des Senders, Anke Schäfer, nannte diese Zahlen „aus der Luft gegriffen“.";
    assert_eq!(names(t), vec![Some("Anke Schäfer".into())]);
    let t = "Tatsächlich hat die Regierung „keine andere Wahl als diese“, hieß es in einer Erklärung der Partei.";
    assert_eq!(via(t), vec![Some("einer Erklärung der Partei".into())]);
}

#[test]
fn german_quoting_verb_names_its_object() {
    let t = "Die Rundschau zitiert einen Augenzeugen mit den Worten: „Der Mann ist einfach weitergegangen.“";
    assert_eq!(via(t), vec![Some("einen Augenzeugen".into())]);
    let t = "Der Trainer wird zitiert: „Wir haben heute verdient gewonnen.“";
    assert_eq!(via(t), vec![Some("Der Trainer".into())]);
    let t = "Der Fraktionschef der Grünen, Volker Ratz, wird von der „Zeitung“ mit den Worten zitiert: „Der Bürgermeister ist angeschlagen.“";
    assert_eq!(names(t).last(), Some(&Some("Volker Ratz".into())));
}

#[test]
fn german_plural_verbs_and_a_new_speaker_between_quotes() {
    let t = "Die Veranstalter verkündeten die „größte Friedensdemo jemals in der Region“.";
    assert_eq!(via(t), vec![Some("Die Veranstalter".into())]);
    let t = "„Wir haben heute gewonnen“, sagte Hans Müller. Eva Meier widersprach. „Das stimmt so einfach nicht.“";
    assert_eq!(
        names(t),
        vec![Some("Hans Müller".into()), Some("Eva Meier".into())]
    );
}

#[test]
fn german_clauses_that_end_with_the_verb() {
    let t = "Die Bundesregierung hatte den Bericht der Zeitung umgehend als „falsch und haltlos“ zurückgewiesen.";
    assert_eq!(via(t), vec![Some("Die Bundesregierung".into())]);
    let t = "Die Zahl liegt unter der Marke, die Kanzler Gerd Schröder damals zum Ziel erklärt hatte: „Wir werden die Arbeitslosigkeit deutlich senken.“";
    assert_eq!(names(t), vec![Some("Gerd Schröder".into())]);
    let t = "Die Hacker hinterließen eine Botschaft, welche die Techniker als „einen Haufen von Schulkindern“ bezeichnete.";
    assert_eq!(via(t), vec![Some("eine Botschaft".into())]);
}

#[test]
fn german_subjects_with_adjectives_and_offices() {
    let t = "Auch die amtierende Familienministerin Renate Schmidt äußerte Vorbehalte: „Ich gehe davon aus, dass nicht alle zustimmen.“";
    assert_eq!(names(t), vec![Some("Renate Schmidt".into())]);
    let t =
        "Der italienische Mafiajäger Salvo Boemi sagte: „Die Mafia ist auf dem Sprung nach Europa und wird sich nicht aufhalten lassen.“";
    assert_eq!(names(t), vec![Some("Salvo Boemi".into())]);
    let t = "In der Fraktion sagte die Kanzlerin am Dienstag: „Er war ein politisches Schwergewicht in der Partei.“";
    assert_eq!(via(t), vec![Some("die Kanzlerin".into())]);
}

#[test]
fn german_impersonal_verb_needs_its_place_next_to_it() {
    let t = "Hans Berger kritisierte die Kommission. In dem Verfahren sieht Berger einen Angriff, es stehe im Gegensatz zur „sozialen Marktwirtschaft in diesem Land“.";
    assert_eq!(names(t), vec![Some("Hans Berger".into())]);
}

#[test]
fn german_source_in_the_sentence_before() {
    let t = "Nach Ansicht von Ministerpräsident Christian Wolf ist noch nichts entschieden. „Es ist nur eine gutachterliche Stellungnahme des Gerichts.“";
    assert_eq!(names(t), vec![Some("Christian Wolf".into())]);
}

#[test]
fn german_sentence_after_the_quote_points_back() {
    let t = "Versicherte müssen bis zum 14. Juli „einen Nachweis über eine andere Versicherung vorlegen“, sonst werden sie zugeteilt. Dies gibt der Landesverband der Apotheker bekannt.";
    assert_eq!(
        chain_via(t),
        vec![Some("der Landesverband der Apotheker".into())]
    );
    let t = "„Wir haben das Spiel heute verdient gewonnen.“ Das sagte der Trainer nach dem Spiel.";
    assert_eq!(via(t), vec![Some("der Trainer".into())]);
}

#[test]
fn german_verb_after_an_article_is_no_adjective() {
    let t = "Die Partei lehnt das ab. „Wir stimmen diesem Gesetz nicht zu.“ Das sagte Eva Berger am Montag.";
    assert_eq!(names(t), vec![Some("Eva Berger".into())]);
}

#[test]
fn german_odd_inputs_do_not_panic() {
    for t in [
        "„Wir kommen wieder.“ Heißt es in dem Schreiben der Gruppe.",
        "Heißt es: „Das ist so.“",
        "„Q“, so",
        "laut „Das ist die Wahrheit über den Fall“ zufolge",
        "Nach Angaben „der Polizei war es ein Unfall auf der Straße“ nach",
        "Das sagte: „Wir sind da und bleiben hier.“ Das sagte",
        // Found by fuzzing: a name's article reached back into the mention before.
        "Leyen 14.– so in imheißtein 😀Minister Das in erklärt demhattedasgibtehemalige . Angaben “\" wie Von so zitiert laut Ü ,einerklärt Leyen Sie dem Juli welche – laut Bundesinnenminister \" derim bzw. die Der ehemaligehatteeine Ministerehemalige das „ bekannt Sieder nach zitiert– \" Müller ä ehemalige Müllererklärt",
    ] {
        let _ = speakers(t);
    }
}

#[test]
fn german_speech_noun_before_and_numbered_nouns() {
    let t = "Der Minister blieb gelassen. Mit den Worten „Jetzt werden alle wichtigen Fragen in der Runde der zwanzig Staaten diskutiert“, richtete er den Blick auf einen größeren Kreis.";
    assert_eq!(via(t), vec![Some("er".into())]);
    let t = "Der 58-Jährige habe darin geschrieben, er müsse seine Kinder „aus diesem schlechten Leben“ nehmen.";
    assert_eq!(via(t), vec![Some("Der 58-Jährige".into())]);
}

#[test]
fn cue_after_the_quote_both_orders() {
    assert_eq!(
        names("“We will win this fight,” Jane Doe said."),
        vec![Some("Jane Doe".into())]
    );
    assert_eq!(
        names("“We will win this fight,” said Jane Doe, who leads the group."),
        vec![Some("Jane Doe".into())]
    );
    assert_eq!(
        names("“We will win this fight,” Jane Doe further emphasized."),
        vec![Some("Jane Doe".into())]
    );
}

#[test]
fn cue_before_the_quote_and_colon() {
    assert_eq!(
        names("Jane Doe said: “We will win this fight.”"),
        vec![Some("Jane Doe".into())]
    );
    assert_eq!(
        names("Senator Jane Doe urged voters to “stand up and be counted today.”"),
        vec![Some("Jane Doe".into())]
    );
    assert_eq!(
        names("Jane Doe: “We will win this fight.”"),
        vec![Some("Jane Doe".into())]
    );
}

#[test]
fn appositive_and_description_speakers() {
    assert_eq!(
        names("“We are ready for the vote,” John Smith, a spokesman for the party, said."),
        vec![Some("John Smith".into())]
    );
    assert_eq!(names("“I think Smith wants to be heard on this issue,” a Henry Jackson Society spokesman said of the meeting."), vec![Some("a Henry Jackson Society spokesman".into())]);
}

#[test]
fn according_to_is_a_source_only_when_nobody_speaks() {
    let t = "“We want every nation to work together,” Pompeo said in London, according to the Washington Examiner.";
    assert_eq!(names(t), vec![Some("Pompeo".into())]);
    let t = "“Prices will rise again next year,” according to the central bank report.";
    assert_eq!(names(t), vec![Some("the central bank report".into())]);
}

#[test]
fn surname_and_pronoun_resolve_to_the_full_name() {
    let t = "Secretary of State Mike Pompeo spoke in London on Tuesday.\n\n“We want a coalition against this,” Pompeo said.\n\n“It must start now and not later,” he added.";
    let s = speakers(t);
    assert_eq!(s[0], Some(("Mike Pompeo".into(), "Pompeo".into())));
    assert_eq!(s[1], Some(("Mike Pompeo".into(), "he".into())));
}

#[test]
fn pronoun_respects_gender() {
    let t = "Ms. Anna Berg met Mr. Tom Hale in Oslo.\n\n“The deal is done and signed,” she said.";
    assert_eq!(names(t), vec![Some("Anna Berg".into())]);
}

#[test]
fn split_quote_and_continuing_paragraph_keep_the_speaker() {
    let t = "“The first half of it,” Jane Doe said. “And the second half of it.”\n\n“A whole paragraph more of her words.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into()); 3]);
    let t = "“The first half of it,” Jane Doe said.\n\nBob Roe disagreed with that.\n\n“A paragraph that is not hers at all.”";
    assert_eq!(chain_names(t)[1], None);
    assert_ne!(names(t)[1].as_deref(), Some("Jane Doe"));
}

#[test]
fn split_quote_after_an_appositive_keeps_the_speaker() {
    let t = "“This is a sad day,” said Rep. Gwen Moore (D-Wis.), head of the Black Caucus. “It is a fraud.”";
    assert_eq!(names(t), vec![Some("Gwen Moore".into()); 2]);
}

#[test]
fn dash_signature_and_transcript_label() {
    let t = "“Mostly he promotes ignorance and hate.” ― Esther Tapia\n“Second voice here, and a long one.” ― Carlos Raúl";
    assert_eq!(
        names(t),
        vec![Some("Esther Tapia".into()), Some("Carlos Raúl".into())]
    );
    let t = "Vice presidential nominee Mike Pence spoke to Fox.\n\n\"PENCE: Well, look, this is serious business.\n\n\"WALLACE: Do you see those two as equal?";
    assert_eq!(
        names(t),
        vec![Some("Mike Pence".into()), Some("Wallace".into())]
    );
}

#[test]
fn colon_at_the_end_of_the_previous_paragraph() {
    let t = "The New York Times reports:\n\n\"In an illustration of the lack of enthusiasm, few gave small sums.\"";
    assert_eq!(names(t), vec![Some("New York Times".into())]);
}

#[test]
fn party_codes_and_abbreviations_do_not_derail() {
    let t = "“It is a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday. “It is wrong.”";
    assert_eq!(names(t), vec![Some("Gwen Moore".into()); 2]);
    let t = "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.";
    assert_eq!(names(t), vec![Some("Mitch McConnell".into())]);
}

#[test]
fn a_described_subject_without_a_person_noun() {
    let t = "\"We need change and we need it now,\" the New York businessman said, arguing for it.";
    assert_eq!(names(t), vec![Some("the New York businessman".into())]);
}

#[test]
fn a_new_clause_after_the_quote_is_not_its_attribution() {
    let t = "Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely right about all this” when he said it.";
    assert_eq!(names(t), vec![Some("Michael Flynn".into())]);
}

#[test]
fn a_possessive_before_a_speech_noun() {
    let t = "Politifact checked Donald Trump’s claim that there have been “thousands of shootings in the city” this year.";
    assert_eq!(names(t), vec![Some("Donald Trump".into())]);
}

#[test]
fn names_inside_the_quote_are_not_speakers() {
    let t = "“I think Pompeo wants to hear the mood in Parliament,” a spokesman said.";
    assert_eq!(names(t), vec![Some("a spokesman".into())]);
}

#[test]
fn a_quotation_opening_a_sentence_takes_the_cue_of_the_one_before() {
    // News writing paraphrases, then quotes: the quotation is the same speaker's.
    let t = "The talks may go on for weeks, Jane Doe said. “Nobody here knows what comes next.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    // Not when the sentence before has no cue.
    // Not when the sentence before has no cue: no pattern names her (the ranker may still,
    // as the nearest person; the gold gives 98 % of quotations a speaker).
    let t = "Jane Doe walked out of the room. “Nobody here knows what comes next.”";
    assert_eq!(chain_names(t), vec![None]);
}

#[test]
fn the_subject_after_an_opening_phrase() {
    let t = "In recent weeks, Tom Hale has gone after the senator as a “spoiled brat.”";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn rarer_verbs_attribute() {
    let t =
        "At a crowded rally, Tom Hale likened the new tax plan to “a slow robbery of families.”";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    let t = "Jane Doe boasted, “Nobody has ever built more bridges than me.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn the_clause_subject_not_the_object_before_the_cue() {
    let t = "Jane Doe went after Tom Hale on Monday over his budget, calling it “a plan without a single number in it.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    let t =
        "Jane Doe knocked Tom Hale on trade and called him “a man of the past and nothing more.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    let t = "Jane Doe, during a town hall meeting in Columbus, Ohio, said she would “fight for every single job.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    let t = "Tom Hale has also said that the bill is “a disaster for every farmer.”";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn a_cue_inside_a_prepositional_phrase_gives_way() {
    let t = "In a Facebook message posted Friday, Tom Hale said he has had “serious disagreements” with her.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn the_cue_right_before_the_quote_is_its_own() {
    let t =
        "Bob Roe agreed last week on the radio, though Jane Doe said, “I hope we get there soon.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn a_role_before_the_name_after_the_quote() {
    let t = "“Our friends no longer trust us at all,” former Florida governor Jane Doe said.";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    let t = "“The prices of everything go up every year,” the Republican said this week.";
    assert_eq!(names(t), vec![Some("Republican".into())]);
    let t = "“Their rationales do not hold any weight at all,” said 9/11 widow Jane Doe.";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn an_attribution_that_closes_the_sentence_after_a_comma() {
    let t = "“The evidence is extremely strong” than that of the chief, Jane Doe said.";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    let t = "“The evidence is extremely strong” and Jane Doe said nothing else about it.";
    assert_eq!(chain_names(t), vec![None]);
}

#[test]
fn an_object_phrase_before_the_cue_is_not_its_subject() {
    let t =
        "Protesters marching through the streets chanted “Whose streets? Our streets!” until late.";
    assert_eq!(names(t), vec![Some("Protesters".into())]);
}

#[test]
fn a_new_sentence_after_a_closed_quotation_is_not_its_attribution() {
    let t = "Japan called the test “a grave threat to the peace of the region.” Russia insisted that the talks resume at once.";
    assert_eq!(names(t), vec![Some("Japan".into())]);
    let t = "“Did you see what happened to him there?” Jane Doe asked.";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn an_ing_form_after_the_quotation_does_not_attribute_it() {
    let t =
        "Jane Doe is describing as “unhinged and cruel” a tweet attacking a former beauty queen.";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn relative_pronouns_as_subjects_of_a_cue() {
    let t = "“It is a dictator in the making,” said Glenn Roe, who said there were “too many disturbing things to dismiss.”";
    let s = speakers(t);
    assert_eq!(s[0], Some(("Glenn Roe".into(), "Glenn Roe".into())));
    assert_eq!(s[1], Some(("Glenn Roe".into(), "who".into())));
    let t = "The plan came from Tom Hale, now the party leader, who in 2010 said the goal was “a one-term president.”";
    assert_eq!(speakers(t)[0], Some(("Tom Hale".into(), "who".into())));
    let t = "While the Fund did not single out the plans, it referenced “political tensions” in rich economies.";
    assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("it"));
}

#[test]
fn the_writers_own_voice() {
    let t = "Ms. Ann Berg drove on. I laughed and said, “I don’t believe in the devil at all.”";
    assert_eq!(speakers(t)[0], Some(("I".into(), "I".into())));
    let t = "I met Tom Hale in Oslo.\n\n“The deal is done and signed,” he said.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn a_cue_word_after_an_article_or_possessive_is_a_noun() {
    let t = "Politifact did a fact-check on Tom Hale’s claim that there were “thousands of shootings” there.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn a_party_word_before_a_role_and_name_only_modifies_it() {
    let t = "Democratic presidential nominee Jane Doe chimed in on Twitter, saying officials should act “without delay.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn a_pronoun_after_a_closed_quotation_opens_a_new_statement() {
    let t = "Jane Doe said the question was “the timing.” Gov. Tom Hale said it would be “improper” to speak.";
    assert_eq!(
        names(t),
        vec![Some("Jane Doe".into()), Some("Tom Hale".into())]
    );
}

#[test]
fn a_title_word_after_an_honorific_is_the_name() {
    let t = "“It is all about creating some enthusiasm around this race,” Mr. King added.";
    assert_eq!(names(t), vec![Some("King".into())]);
}

#[test]
fn a_cue_that_opens_the_sentence_is_no_part_of_the_name() {
    let t = "Some note the plan is late. Said Ellis: “I don’t get the sense she is interested.”";
    assert_eq!(names(t), vec![Some("Ellis".into())]);
}

#[test]
fn descriptions_opened_by_one_or_my() {
    let t = "At a forum in Virginia on Monday, one questioner claimed that “the forces of correctness” had won.";
    assert_eq!(
        speakers(t)[0].as_ref().map(|s| s.1.as_str()),
        Some("one questioner")
    );
    let t = "“We live in a kingdom of lies,” my father often said.";
    assert!(speakers(t)[0]
        .as_ref()
        .is_some_and(|s| s.1.starts_with("my father")));
}

#[test]
fn a_description_after_the_cue_that_follows_a_quotation() {
    let t = "“A state cannot avoid the conclusion of its own process,” said the ruling.";
    assert_eq!(
        speakers(t)[0].as_ref().map(|s| s.1.as_str()),
        Some("the ruling")
    );
    let t = "“The drop we see now is due to the emails,” said a person close to the family.";
    assert_eq!(
        speakers(t)[0].as_ref().map(|s| s.1.as_str()),
        Some("a person close")
    );
}

#[test]
fn as_a_text_put_it() {
    let t = "The rule asks for a “lawful source of investment income,” as a Homeland Security memo put it.";
    assert_eq!(names(t), vec![Some("Homeland Security".into())]);
}

#[test]
fn a_possessive_pronoun_before_a_speech_noun() {
    let t = "Tom Hale rallied young people with his calls to end the “rigged economy” at last.";
    assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("his"));
}

#[test]
fn a_statement_released_is_an_object() {
    let t = "Ms. Ann Berg sold the firm.\n\nAt the time, she released a statement saying, “We are confident in our partners.”";
    assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("she"));
}

#[test]
fn a_name_after_an_earlier_quotation_of_the_sentence_is_not_a_new_speaker() {
    let t = "Tom Hale claimed that the refugees “cannot come into this country” but Muslim refugees “can come in so easily.”";
    assert_eq!(names(t), vec![Some("Tom Hale".into()); 2]);
}

#[test]
fn an_adverb_or_participle_opening_the_sentence_is_no_name() {
    let t = "Jane Doe spoke last.\n\nHastily after the attacks, she issued a statement, “Last night our nation was attacked.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    // The same word is a name when the text writes it as one elsewhere.
    let t = "Chelsea Manning spoke.\n\nManning, after the talk, said: “It was a long road home for me.”";
    assert_eq!(names(t), vec![Some("Chelsea Manning".into())]);
}

#[test]
fn an_aside_between_commas_after_the_quotation() {
    let t = "“I do not believe in superdelegates at all,” Jane Doe, who has not endorsed a candidate and will not do so, told reporters.";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
    let t = "“The decision protects both freedoms,” Tom Hale, attorney for one of four groups to file suit over the law, said in a statement.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn a_described_subject_behind_an_auxiliary_or_alone() {
    let t =
        "The intelligence community has concluded that “top secret” material was in the emails.";
    assert_eq!(
        speakers(t)[0].as_ref().map(|s| s.1.as_str()),
        Some("The intelligence community")
    );
    let t = "Ann Berg said no.\n\nAnother said he hoped with his “whole heart” that the bill would pass.";
    assert_eq!(
        speakers(t)[0].as_ref().map(|s| s.1.as_str()),
        Some("Another")
    );
}

#[test]
fn a_name_and_a_verb_before_the_quotation() {
    let t = "Jane Doe supports “appropriate pay raises” for the workers.";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn the_main_clause_after_an_opening_subordinate_clause() {
    let t = "While he acknowledged that funding was a reason, Tom Hale also noted several “intangibles” that hurt.";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    let t = "When my mother told me that the devil was real, I laughed and said, “I do not believe in the devil.”";
    assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("I"));
}

#[test]
fn person_nouns_make_descriptions() {
    let t = "“The whole thing was outrageous to me,” the doctor in charge of the ward said.";
    assert_eq!(
        speakers(t)[0].as_ref().map(|s| s.1.as_str()),
        Some("the doctor")
    );
}

#[test]
fn short_phrases_and_joined_verbs_between_subject_and_cue() {
    let t = "Pressed on the plan, the 34-year-old mother of three replied, “It is meant to help mothers.”";
    assert!(speakers(t)[0]
        .as_ref()
        .is_some_and(|s| s.1.starts_with("the 34-year-old mother")));
    let t =
        "Ann Berg drove on the highway with me, and I laughed and said, “I do not believe in it.”";
    assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("I"));
}

#[test]
fn the_subject_before_an_earlier_quotation_of_the_sentence() {
    let t = "Jane Doe, the former secretary, stressed her support at a “Commander-in-Chief Forum” sponsored by NBC News and said she has what the job needs: “Steadiness.”";
    assert_eq!(names(t)[1], Some("Jane Doe".into()));
}

#[test]
fn a_closed_quotation_then_a_verb_with_an_object_is_a_new_statement() {
    let t = "On Twitter, Jane Doe called the plan “unhinged.” Tom Hale called the statement “unfair to us all.”";
    assert_eq!(
        names(t),
        vec![Some("Jane Doe".into()), Some("Tom Hale".into())]
    );
}

#[test]
fn a_quotation_paragraph_after_a_paragraph_that_ends_with_a_cue() {
    let t = "Tom Hale said that for decades critics had predicted a withdrawal from the region.\n\n“That is because this region is the most consequential for us.”";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
    let t = "Tom Hale walked out of the hall after the vote.\n\n“That is because this region is the most consequential for us.”";
    assert_eq!(chain_names(t), vec![None]);
}

#[test]
fn a_preposition_after_the_quotation_carries_its_sentence_on() {
    let t = "Tom Hale spoke.\n\nAnd he vowed to “take our fight” to the 35 states that vote later.";
    assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("he"));
}

#[test]
fn number_words_opening_a_sentence_are_no_names() {
    let t = "Tom Hale spoke.\n\nEight years ago, he supported the mayor and said, “She has done nothing for us.”";
    assert_eq!(speakers(t)[0].as_ref().map(|s| s.1.as_str()), Some("he"));
}

#[test]
fn an_ing_cue_right_after_a_cue_shares_its_subject() {
    let t = "Tom Hale left as soon as prayers were over, Jane Doe said, adding, “He was not very religious.”";
    assert_eq!(names(t), vec![Some("Jane Doe".into())]);
}

#[test]
fn a_dateline_is_no_speaker() {
    let t = "NEW YORK - Republican candidate Tom Hale on Saturday tweeted an image calling her “the most corrupt ever.”";
    assert_eq!(names(t), vec![Some("Tom Hale".into())]);
}

#[test]
fn a_subject_behind_a_preposition_after_the_quotation_is_none() {
    let t = "The Fund rated 32% of the claims as “false,” compared to 11% of Democratic claims in the study.";
    assert_eq!(names(t), vec![Some("Fund".into())]);
}

#[test]
fn a_surname_that_is_also_a_title() {
    let t = "“Turnout makes a difference in this race,” said Charlie King, a prominent Democrat.";
    assert_eq!(names(t), vec![Some("Charlie King".into())]);
    let t = "“Turnout makes a difference in this race,” said the Vice President.";
    assert_eq!(names(t), vec![None]);
}

/// The names of the mentions read from a text (names only), in order.
fn name_mentions(t: &str) -> Vec<String> {
    mentions_read(t, false)
}

/// [`name_mentions`] of a German text.
fn name_mentions_de(t: &str) -> Vec<String> {
    mentions_read(t, true)
}

/// The name mentions of `t`, read with the German rules or the English ones.
fn mentions_read(t: &str, german: bool) -> Vec<String> {
    let a = analyze(t);
    let doc = crate::document::Document::read(t);
    let (mentions, _) = super::read_mentions(&doc, &a.quotes, german);
    mentions
        .iter()
        .filter(|m| m.kind == super::mentions::Kind::Name)
        .map(|m| m.name.clone())
        .collect()
}

#[test]
fn a_nationality_alone_is_no_name() {
    let t = "The Russian and Syrian defense ministries called it “patently false,” and the French manufacturer agreed.";
    assert_eq!(name_mentions(t), Vec::<String>::new());
    // A surname that spells one is a name where the text gives the full name.
    let t = "Len Burman spoke first. “Taxes will rise,” Burman said.";
    assert_eq!(name_mentions(t), vec!["Len Burman", "Burman"]);
    assert_eq!(names(t), vec![Some("Len Burman".to_string())]);
    // Not where another name only opens with it.
    let t = "The Syrian Army moved in. Syrian and Russian officials called it “patently false.”";
    assert_eq!(name_mentions(t), vec!["Syrian Army"]);
}

#[test]
fn a_german_quantity_is_no_name() {
    // After a number a capitalised German run is the quantity's noun, not a person.
    let t = "Es fehlen 8,6 Milliarden Euro. Die Ministerin Anja Hajduk sprach von 22 Prozent Mehrkosten.";
    assert_eq!(name_mentions_de(t), vec!["Anja Hajduk"]);
}

#[test]
fn a_german_preposition_opening_a_sentence_is_no_name() {
    let t = "Das Gerät war billig. Ab 1939 musste an jedem Gerät ein Zettel kleben, auf dem stand: „Das Abhören ausländischer Sender ist ein Verbrechen gegen die Sicherheit.“";
    assert!(!name_mentions_de(t).contains(&"Ab".to_string()));
    assert_ne!(names(t), vec![Some("Ab".to_string())]);
}
