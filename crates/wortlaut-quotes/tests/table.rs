//! Named table tests on hand-written German sentences: every phenomenon of issue 5.

use wortlaut_quotes::{Gender, Mention, MentionKind, Quote, QuoteDetector, QuoteKind};
use wortlaut_tokenize::{Span, Tokenizer};

/// (kind, text, speaker as written, cue, group) per quotation.
type Row = (
    QuoteKind,
    String,
    Option<String>,
    Option<String>,
    Option<u32>,
);

fn run(text: &str, mentions: &[Mention<'_>]) -> (Vec<Quote>, Vec<Row>) {
    let a = Tokenizer::new().analyze(text);
    let quotes = QuoteDetector::new().detect(text, &a, mentions);
    let rows = quotes
        .iter()
        .map(|q| {
            (
                q.kind,
                text[q.span.range()].to_string(),
                q.speaker.as_ref().map(|s| text[s.span.range()].to_string()),
                q.cue.as_ref().map(|c| {
                    c.spans
                        .iter()
                        .map(|s| &text[s.range()])
                        .collect::<Vec<_>>()
                        .join(" … ")
                }),
                q.group,
            )
        })
        .collect();
    (quotes, rows)
}

fn rows(text: &str) -> Vec<Row> {
    run(text, &[]).1
}

/// Asserts that none of `texts` holds a quotation or report.
fn assert_no_quotes(texts: &[&str]) {
    for text in texts {
        assert!(rows(text).is_empty(), "{text}: {:?}", rows(text));
    }
}

/// Asserts that `text` holds one item, a summary spanning the whole sentence, and returns
/// its row.
fn assert_whole_summary(text: &str) -> Row {
    let r = rows(text);
    assert_eq!(r.len(), 1, "{text}: {r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str()),
        (QuoteKind::Reported, text),
        "{r:?}"
    );
    r.into_iter().next().expect("one row")
}

fn direct(text: &str) -> Vec<(String, Option<String>)> {
    rows(text)
        .into_iter()
        .filter(|r| r.0 == QuoteKind::Direct)
        .map(|r| (r.1, r.2))
        .collect()
}

/// The first indirect report found in `text` (panics with all rows if there is none).
fn indirect_row(text: &str) -> Row {
    let r = rows(text);
    r.iter()
        .find(|x| x.0 == QuoteKind::Indirect)
        .cloned()
        .unwrap_or_else(|| panic!("{text}: {r:?}"))
}

/// Asserts that the first indirect report in `text` has the content and speaker given.
fn assert_indirect(text: &str, content: &str, speaker: &str) {
    let r = indirect_row(text);
    assert_eq!(
        (r.1.as_str(), r.2.as_deref()),
        (content, Some(speaker)),
        "{r:?}"
    );
}

fn s(x: &str) -> Option<String> {
    Some(x.to_string())
}

/// The speaker of the first quotation or report found in `text`.
fn first_speaker(text: &str) -> Option<String> {
    rows(text).into_iter().next().and_then(|r| r.2)
}

/// A mention of `name` at its first place in `text`, as the gazetteer would give it.
fn mention(
    text: &str,
    name: &'static str,
    kind: MentionKind,
    gender: Option<Gender>,
) -> Mention<'static> {
    let start = text.find(name).expect("name");
    Mention {
        span: Span::new(start, start + name.len()),
        kind,
        name,
        index: 0,
        gender,
    }
}

/// The resolved speaker of the last quotation in `text`, given one mention of the person
/// `name` of `gender` (as the gazetteer would find it).
fn last_resolved(text: &str, name: &'static str, gender: Gender) -> Option<String> {
    let mentions = [mention(text, name, MentionKind::Person, Some(gender))];
    let (quotes, _) = run(text, &mentions);
    quotes
        .last()
        .and_then(|q| q.speaker.as_ref())
        .and_then(|s| s.resolved)
        .map(|r| text[r.range()].to_string())
}

/// Each text has a quotation or report whose content opens with the second string, and its
/// speaker is the third.
fn assert_speakers_of_quotations(cases: &[(&str, &str, &str)]) {
    for &(text, opens, want) in cases {
        let r = rows(text);
        let hit = r
            .iter()
            .find(|x| x.1.starts_with(opens))
            .unwrap_or_else(|| panic!("{text}: no quotation opening «{opens}» in {r:?}"));
        assert_eq!(hit.2.as_deref(), Some(want), "{text}: {r:?}");
    }
}

/// Each text's first quotation or report has the speaker given beside it.
fn assert_first_speakers(cases: &[(&str, &str)]) {
    for &(text, want) in cases {
        assert_eq!(first_speaker(text), s(want), "{text}: {:?}", rows(text));
    }
}

#[test]
fn mark_conventions() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "low_9",
            "„Wir bleiben bei unserem Plan“, sagte Müller.",
            "Wir bleiben bei unserem Plan",
        ),
        (
            "guillemets",
            "»Wir bleiben bei unserem Plan«, sagte Müller.",
            "Wir bleiben bei unserem Plan",
        ),
        (
            "swiss",
            "«Wir bleiben bei unserem Plan», sagte Müller.",
            "Wir bleiben bei unserem Plan",
        ),
        (
            "ascii",
            "\"Wir bleiben bei unserem Plan\", sagte Müller.",
            "Wir bleiben bei unserem Plan",
        ),
        (
            "mistyped",
            "„Wir bleiben bei unserem Plan”, sagte Müller.",
            "Wir bleiben bei unserem Plan",
        ),
        (
            "english",
            "“Wir bleiben bei unserem Plan”, sagte Müller.",
            "Wir bleiben bei unserem Plan",
        ),
        (
            "nested",
            "„Er hat ‚niemals‘ gesagt, dass wir gehen“, sagte Müller.",
            "Er hat ‚niemals‘ gesagt, dass wir gehen",
        ),
        (
            "nested_guillemets",
            "»Er hat ›niemals‹ gesagt, dass wir gehen«, sagte Müller.",
            "Er hat ›niemals‹ gesagt, dass wir gehen",
        ),
    ];
    for &(name, text, want) in cases {
        assert_eq!(
            direct(text),
            vec![(want.to_string(), s("Müller"))],
            "{name}"
        );
    }
}

#[test]
fn interrupted_quote_shares_group_and_speaker() {
    let r = rows("„Wir kommen“, sagte die Ministerin, „aber erst am Montag.“");
    let d: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
    assert_eq!(d.len(), 2);
    assert_eq!(d[0].1, "Wir kommen");
    assert_eq!(d[1].1, "aber erst am Montag.");
    assert!(d[0].4.is_some());
    assert_eq!(d[0].4, d[1].4);
    assert_eq!(d[0].2, s("die Ministerin"));
    assert_eq!(d[1].2, s("die Ministerin"));
    // Also across a sentence end: `„…“, sagte X. „…“`.
    let r = rows("„Wir kommen“, sagte die Ministerin. „Aber erst am Montag.“");
    let d: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
    assert_eq!(d.len(), 2, "{r:?}");
    assert!(d[0].4.is_some() && d[0].4 == d[1].4, "{r:?}");
    assert_eq!(d[1].2, s("die Ministerin"));
}

#[test]
fn a_quotation_alone_after_a_sentence_opening_with_a_person_is_theirs() {
    assert_speakers_of_quotations(&[
        (
            "„Wir haben alles versucht“, sagte Bürgermeister Klaus Weber. Die Feuerwehrchefin \
             Anna Schulz war nach dem Einsatz sichtlich erschöpft. „So einen Brand habe ich \
             noch nie erlebt.“",
            "So einen Brand",
            "Die Feuerwehrchefin Anna Schulz",
        ),
        // Not a sentence without a person, nor one in Konjunktiv (reported content).
        (
            "„Das war knapp“, sagte Müller. Die Lage bleibt vorerst angespannt und \
             unübersichtlich, auch am Abend noch. „Wir geben nicht auf.“",
            "Wir geben",
            "Müller",
        ),
        (
            "„Das war knapp“, sagte Müller. Der Minister Jan Roth habe davon gewusst. „Das \
             ist ein Skandal.“",
            "Das ist",
            "Müller",
        ),
    ]);
}

#[test]
fn the_subject_of_a_second_main_clause_after_und_speaks() {
    assert_speakers_of_quotations(&[
        (
            "Die Regierung übergab dem FBI die Akten und das FBI seinerseits versprach, sich \
             darum zu kümmern.",
            "sich darum",
            "das FBI",
        ),
        (
            "Der Minister besuchte die Stadt und der Bürgermeister sagte, man sei dankbar.",
            "man sei",
            "der Bürgermeister",
        ),
        // One subject for both verbs, a subject of two conjuncts, a shortened compound.
        (
            "Der Minister besuchte die Stadt und sagte, man sei dankbar.",
            "man sei",
            "Der Minister",
        ),
        (
            "Die Regierung und die Opposition kritisierten, dass die Reform zu spät komme.",
            "dass die Reform",
            "Die Regierung und die Opposition",
        ),
        (
            "Die Ministerin hatte vor allem die Arbeit der Landes- und Bundespolizei betont: \
             „Ohne sie wäre das nicht gegangen.“",
            "Ohne sie",
            "Die Ministerin",
        ),
    ]);
}

#[test]
fn a_main_clause_resuming_after_a_cue_in_a_subordinate_clause_is_no_content() {
    for text in [
        "Die Firma, die den Vorfall gemeldet hatte, wollte sich nicht äußern.",
        "Nachdem er gefragt wurde, entgegnete Suttner: „Das ist eine Frechheit.“",
        "Wenn er verurteilt werden sollte, droht ihm eine lange Haftstrafe.",
    ] {
        let r = rows(text);
        assert!(r.iter().all(|x| x.0 == QuoteKind::Direct), "{text}: {r:?}");
    }
    // The direct quotation after such a clause is the main clause's subject's, not the agent's
    // of the passive before.
    assert_speakers_of_quotations(&[(
        "Nachdem er von Moderator Jan Keller gefragt wurde, was seine Partei unterscheide, \
         entgegnete Suttner empört: „Das ist eine Frechheit.“",
        "Das ist",
        "Suttner",
    )]);
    // A date in commas closes no clause: the agent before it is the speaker.
    assert_speakers_of_quotations(&[(
        "Ein Hacker behauptet, den Code geknackt zu haben. Dies wurde von einem Vertreter der \
         Firma am Donnerstag, dem 28. Dezember, bestätigt.",
        "Dies wurde",
        "einem Vertreter der Firma",
    )]);
    // A verb of saying opening the clause after the content is the attribution, no content.
    let r =
        rows("Es sei ausdrücklich gelobt worden, berichtete Vizeregierungssprecher Thomas Steg.");
    assert!(r.iter().all(|x| !x.1.starts_with("berichtete")), "{r:?}");
    // A `wie` clause reports the main clause after it.
    assert_eq!(
        indirect_row(
            "Wie die Polizei mitteilte, sind bei dem Unfall zwei Menschen verletzt worden."
        )
        .1,
        "sind bei dem Unfall zwei Menschen verletzt worden"
    );
}

#[test]
fn correlative_pairs_speak_together() {
    assert_speakers_of_quotations(&[
        (
            "Sowohl Regierung als auch Opposition betonten, der Kompromiss sei tragfähig.",
            "der Kompromiss",
            "Sowohl Regierung als auch Opposition",
        ),
        (
            "Der Kompromiss sei tragfähig, betonten sowohl die Regierung als auch die Opposition.",
            "Der Kompromiss",
            "sowohl die Regierung als auch die Opposition",
        ),
        (
            "Weder die Polizei noch die Stadt wollten sagen, wie viele Menschen verletzt wurden.",
            "wie viele",
            "Weder die Polizei noch die Stadt",
        ),
    ]);
}

#[test]
fn a_medium_after_a_genitive_is_the_addressee() {
    assert_speakers_of_quotations(&[
        (
            "Wie ein Sprecher der Polizei der Deutschen Presse-Agentur sagte, wurde niemand verletzt.",
            "wurde niemand",
            "ein Sprecher der Polizei",
        ),
        (
            "„Niemand wurde verletzt“, sagte ein Sprecher der Polizei der Zeitung „Die Welt“.",
            "Niemand wurde",
            "ein Sprecher der Polizei",
        ),
        // One genitive naming the medium is the speaker's own organisation.
        (
            "Wie ein Sprecher der Deutschen Presse-Agentur sagte, wurde niemand verletzt.",
            "wurde niemand",
            "ein Sprecher der Deutschen Presse-Agentur",
        ),
    ]);
}

#[test]
fn quotations_with_attributions_of_their_own_are_not_one() {
    let r = rows(
        "„Das Virus ist gefährlich“, warnte Drosten. „Wir müssen vorsichtig sein“, fügte er hinzu.",
    );
    let d: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
    assert_eq!(d.len(), 2, "{r:?}");
    assert_eq!((d[0].4, d[1].4), (None, None), "{r:?}");
    assert_eq!(
        (d[0].3.as_deref(), d[1].3.as_deref()),
        (Some("warnte"), Some("fügte … hinzu"))
    );
}

#[test]
fn multi_paragraph_quote() {
    let text = "Die Ministerin sagte:\n\n„Wir haben lange verhandelt und viel erreicht.\n\n„Nun beginnt die Arbeit erst richtig.“\n\nDanach ging sie.";
    let r = rows(text);
    let d: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
    assert_eq!(d.len(), 2, "{r:?}");
    assert_eq!(d[0].1, "Wir haben lange verhandelt und viel erreicht.");
    assert_eq!(d[1].1, "Nun beginnt die Arbeit erst richtig.");
    assert!(d[0].4.is_some() && d[0].4 == d[1].4);
}

#[test]
fn every_part_of_a_multi_paragraph_quote_shares_speaker_and_cue() {
    let text =
        "Der Minister sagte: „Das ist ein Fehler.\n\n„Die Grundschule ist der Grundstein.\n\n\
                „Wir müssen investieren.“\n\nDie Opposition widersprach.";
    let r = rows(text);
    let d: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
    assert_eq!(d.len(), 3, "{r:?}");
    for part in &d {
        assert_eq!(
            (part.2.as_deref(), part.3.as_deref(), part.4),
            (Some("Der Minister"), Some("sagte"), d[0].4),
            "{r:?}"
        );
    }
    assert!(d[0].4.is_some());
    // (Also when a title in marks follows in the last part's paragraph.)
    let text = "»Wir werden handeln. Das ist klar.\n\n»Das gilt für alle«, sagte sie bei der \
                Vorstellung des Berichts »Jugend digital«.";
    let r = rows(text);
    let d: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
    assert_eq!(d.len(), 2, "{r:?}");
    assert!(d[0].4.is_some() && d[0].4 == d[1].4, "{r:?}");
    assert_eq!(d[0].2.as_deref(), Some("sie"), "{r:?}");
}

#[test]
fn unclosed_short_quotation_after_a_verb_of_saying_recovers_at_the_paragraph_end() {
    let text = "Der Minister sagte: „Das ist ein Fehler.\n\nDie Opposition widersprach.";
    assert_eq!(
        direct(text),
        vec![("Das ist ein Fehler.".to_string(), s("Der Minister"))]
    );
    // No report is cut out of the quotation's opening mark.
    assert!(
        !rows(text).iter().any(|x| x.1.starts_with('„')),
        "{:?}",
        rows(text)
    );
}

#[test]
fn a_colon_before_a_quotation_alone_makes_no_report() {
    let text = "Auf die Frage, ob er zurücktrete, antwortete der Minister: „Nein.“";
    let r = rows(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "Nein."));
    assert_eq!(r[0].2, s("der Minister"));
}

#[test]
fn partial_and_headline_quotes() {
    assert_eq!(
        direct("Die Ministerin nannte den Plan „völlig unausgegoren und gefährlich“."),
        vec![(
            "völlig unausgegoren und gefährlich".to_string(),
            s("Die Ministerin")
        )]
    );
    let d = direct("„Wir bleiben hart“\n\nDer Betriebsrat lehnt das Angebot ab.");
    assert_eq!(d.first().map(|x| x.0.as_str()), Some("Wir bleiben hart"));
}

#[test]
fn recovers_from_stray_marks_at_paragraph_end() {
    let text = "Das ist „ein Satz ohne Ende\n\nDer Trainer sagte: „Wir haben verdient gewonnen.“";
    assert_eq!(
        direct(text),
        vec![("Wir haben verdient gewonnen.".to_string(), s("Der Trainer"))]
    );
    let text = "Ein “ verirrtes Zeichen. „Das reicht nicht“, sagte Weber.";
    assert_eq!(
        direct(text),
        vec![("Das reicht nicht".to_string(), s("Weber"))]
    );
}

#[test]
fn titles_names_and_scare_quotes_are_not_speech() {
    for (name, text) in [
        (
            "sogenannt",
            "Der sogenannte „Deal“ wurde gestern unterzeichnet.",
        ),
        (
            "sendung",
            "Er war Gast in der Sendung „Hart aber fair“ im Ersten.",
        ),
        (
            "organisation",
            "Die Helfer von „Ärzte ohne Grenzen“ sind vor Ort.",
        ),
        ("apposition", "Das Schiff „Blaue Möwe“ lief am Morgen aus."),
        (
            "newspaper",
            "Das berichtete die „Süddeutsche Zeitung“ am Montag.",
        ),
        ("buch", "Sein Buch „Die Stadt am Fluss“ erscheint im Mai."),
    ] {
        assert!(direct(text).is_empty(), "{name}: {:?}", direct(text));
    }
}

#[test]
fn indirect_speech() {
    /// (name, sentence, content, speaker, cue)
    type Case<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>);
    let cases: &[Case<'_>] = &[
        (
            "separable_cue_in_a_second_conjunct_shares_the_subject",
            "Der Mann verständigte selbst die Polizei und teilte mit, dass er bewaffnet sei.",
            "dass er bewaffnet sei",
            Some("Der Mann"),
            Some("teilte … mit"),
        ),
        (
            "separable_cue_in_a_second_conjunct_shares_a_pronoun_subject",
            "Er verständigte gegen 19.30 Uhr die Polizei und teilte mit, dass er bewaffnet sei.",
            "dass er bewaffnet sei",
            Some("Er"),
            Some("teilte … mit"),
        ),
        (
            "nach_dem_before_a_noun_and_a_verb_is_no_relative_source",
            "Rob Mueller, Klub-Sekretär der Buitenboys sagte zum „Algemeen Dagblad“, nach dem Spiel hätten alle Spieler dem Schiedsrichter die Hand gegeben.",
            "nach dem Spiel hätten alle Spieler dem Schiedsrichter die Hand gegeben",
            Some("Rob Mueller, Klub-Sekretär der Buitenboys"),
            Some("sagte"),
        ),
        (
            "a_form_of_address_is_no_name_before_an_apposition",
            "Herr Brunner, Sie sagen, man solle verhandeln.",
            "man solle verhandeln",
            Some("Sie"),
            Some("sagen"),
        ),
        (
            "cue_after_a_relative_clause_with_a_cue",
            "Ein hoher Beamter, den die Zeitung zitiert, kommentierte, die Erklärungen seien nur ein Vorwand.",
            "die Erklärungen seien nur ein Vorwand",
            Some("Ein hoher Beamter"),
            Some("kommentierte"),
        ),
        (
            "cue_after_an_adverbial_clause_with_a_cue",
            "Nachdem er gefragt wurde, erklärte Suttner, seine Partei sei anders.",
            "seine Partei sei anders",
            Some("Suttner"),
            Some("erklärte"),
        ),
        (
            "w_clause_ends_where_the_main_clause_resumes",
            "Nachdem er von Moderator Jan Keller gefragt wurde, was seine Partei unterscheide, entgegnete Suttner empört: „Das ist eine Frechheit.“",
            "was seine Partei unterscheide",
            Some("Moderator Jan Keller"),
            Some("gefragt"),
        ),
        (
            "konjunktiv",
            "Meier sagte, die Regierung habe versagt.",
            "die Regierung habe versagt",
            Some("Meier"),
            Some("sagte"),
        ),
        (
            "dass_separable",
            "Die Polizei teilte mit, dass niemand verletzt wurde.",
            "dass niemand verletzt wurde",
            Some("Die Polizei"),
            Some("teilte … mit"),
        ),
        (
            "inverted",
            "Die Lage sei ernst, erklärte Kreml-Sprecher Dmitri Peskow.",
            "Die Lage sei ernst",
            Some("Kreml-Sprecher Dmitri Peskow"),
            Some("erklärte"),
        ),
        (
            "lassen",
            "Er könne nicht kommen, ließ der Minister erklären.",
            "Er könne nicht kommen",
            Some("der Minister"),
            Some("ließ … erklären"),
        ),
        (
            "wie_mitteilte",
            "Wie die Stadt mitteilte, bleibt die Brücke gesperrt.",
            "bleibt die Brücke gesperrt",
            Some("die Stadt"),
            Some("mitteilte"),
        ),
        (
            "laut",
            "Laut Polizeisprecher Hans Maier ist die Lage ruhig.",
            "ist die Lage ruhig",
            Some("Polizeisprecher Hans Maier"),
            None,
        ),
        (
            "zufolge",
            "Dem Bericht zufolge starben drei Menschen.",
            "starben drei Menschen",
            Some("Dem Bericht"),
            None,
        ),
        (
            "nach_angaben",
            "Nach Angaben der Feuerwehr brach das Feuer am Morgen aus.",
            "brach das Feuer am Morgen aus",
            Some("Angaben der Feuerwehr"),
            None,
        ),
        (
            "so_x",
            "Die Lage sei ernst, so der Sprecher.",
            "Die Lage sei ernst",
            Some("der Sprecher"),
            None,
        ),
        (
            "heisst_es",
            "In der Erklärung heißt es, man werde klagen.",
            "man werde klagen",
            Some("der Erklärung"),
            None,
        ),
        // An infinitive clause before the comma is no apposition of its own: the one-word
        // name after the verb is the speaker, not the noun before the infinitive.
        (
            "infinitive_before_inverted_name",
            "Russland habe nicht die Absicht, die Ukraine anzugreifen, sagte Peskow.",
            "Russland habe nicht die Absicht, die Ukraine anzugreifen",
            Some("Peskow"),
            Some("sagte"),
        ),
        (
            "zu_infinitive_before_inverted_name",
            "Man plane, die Steuern zu senken, erklärte Lindner.",
            "Man plane, die Steuern zu senken",
            Some("Lindner"),
            Some("erklärte"),
        ),
        // A quoted name or a parenthesis in the verb's clause is part of it: the content
        // starts after the clause, not inside the name.
        (
            "quoted_addressee",
            "Eine hochrangige ukrainische Quelle sagte der „Financial Times“, Kiew sei zu Gesprächen bereit.",
            "Kiew sei zu Gesprächen bereit",
            Some("Eine hochrangige ukrainische Quelle"),
            Some("sagte"),
        ),
        (
            "quoted_compound_addressee",
            "Der Sprecher sagte der „Bild“-Zeitung, man prüfe den Fall.",
            "man prüfe den Fall",
            Some("Der Sprecher"),
            Some("sagte"),
        ),
        (
            "parenthesis_after_speaker",
            "Das bestätigte Müller (CDU), die Lage sei ernst.",
            "die Lage sei ernst",
            Some("Müller (CDU)"),
            Some("bestätigte"),
        ),
        (
            "judgement_noun_source_before_a_past_verb",
            "Nach Darstellung der Staatsanwaltschaft handelte der Mann allein.",
            "handelte der Mann allein",
            Some("Darstellung der Staatsanwaltschaft"),
            None,
        ),
        (
            "zufolge_after_a_source_with_a_quoted_name",
            "Einem Bericht der „Bild“ zufolge will die Regierung die Steuer senken.",
            "will die Regierung die Steuer senken",
            Some("Einem Bericht der „Bild“"),
            None,
        ),
        (
            "dass_clause_ends_where_the_main_clause_resumes",
            "Ein Sprecher bestätigte, dass es Gespräche gebe, wollte aber keine Details nennen.",
            "dass es Gespräche gebe",
            Some("Ein Sprecher"),
            Some("bestätigte"),
        ),
        (
            "dass_clause_with_a_relative_clause_inside",
            "Der Minister sagte, dass die Firma, die pleite ist, verkauft werde.",
            "dass die Firma, die pleite ist, verkauft werde",
            Some("Der Minister"),
            Some("sagte"),
        ),
        (
            "konjunktiv_verb_of_saying_inside_the_content",
            "Weil die Regierung zögere, drohe eine Krise, sagte der Ökonom.",
            "Weil die Regierung zögere, drohe eine Krise",
            Some("der Ökonom"),
            Some("sagte"),
        ),
        (
            "laut_with_an_apposition",
            "Laut dem Sprecher der Feuerwehr, Jan Meier, brach das Feuer gegen Mitternacht aus.",
            "brach das Feuer gegen Mitternacht aus",
            Some("dem Sprecher der Feuerwehr, Jan Meier"),
            None,
        ),
        (
            "medium_after_the_verb_of_saying",
            "Ein Sprecher der Stadt, Hans Meier, sagte laut der Agentur dpa, der Kran sei bei \
             Sturm umgekippt.",
            "der Kran sei bei Sturm umgekippt",
            Some("Ein Sprecher der Stadt, Hans Meier"),
            Some("sagte"),
        ),
        (
            "medium_after_the_verb_of_saying_with_dass",
            "Die Ministerin bestätigte nach Angaben der Zeitung, dass es Gespräche gebe.",
            "dass es Gespräche gebe",
            Some("Die Ministerin"),
            Some("bestätigte"),
        ),
        (
            "laut_source_with_a_relative_clause",
            "Laut Polizei, die am Abend eine Bilanz zog, blieb es friedlich.",
            "blieb es friedlich",
            Some("Polizei"),
            None,
        ),
        (
            "nach_angaben_source_with_a_relative_clause",
            "Nach Angaben der Polizei, die mit vielen Beamten vor Ort war, blieb es ruhig.",
            "blieb es ruhig",
            Some("Angaben der Polizei"),
            None,
        ),
        (
            "es_heisst_opening_the_sentence",
            "Es heißt, der Minister wolle zurücktreten.",
            "der Minister wolle zurücktreten",
            None,
            Some("Es heißt"),
        ),
        (
            "wie_es_hiess",
            "Wie es aus Parteikreisen hieß, will der Vorsitzende zurücktreten.",
            "will der Vorsitzende zurücktreten",
            Some("Parteikreisen"),
            None,
        ),
        (
            "quoted_name_and_parenthesis",
            "Der Abgeordnete sagte der Zeitung „Die Welt“ (Dienstag), die Regierung müsse handeln.",
            "die Regierung müsse handeln",
            Some("Der Abgeordnete"),
            Some("sagte"),
        ),
    ];
    for &(name, text, content, speaker, cue) in cases {
        let r = rows(text);
        let hit = r
            .iter()
            .find(|x| x.0 == QuoteKind::Indirect)
            .unwrap_or_else(|| panic!("{name}: no indirect speech in {r:?}"));
        assert_eq!(hit.1, content, "{name}");
        assert_eq!(hit.2.as_deref(), speaker, "{name}");
        if cue.is_some() {
            assert_eq!(hit.3.as_deref(), cue, "{name}");
        }
    }
}

#[test]
fn report_before_an_attribution_with_a_parenthesis_is_one_part() {
    // `sagte Müller (CDU) der „Bild“-Zeitung` attributes the report before it; nothing after
    // the parenthesis is a second part.
    let r = rows("Die Lage sei ernst, sagte Müller (CDU) der „Bild“-Zeitung.");
    let reports: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Indirect).collect();
    assert_eq!(reports.len(), 1, "{r:?}");
    assert_eq!(reports[0].1, "Die Lage sei ernst");
    assert_eq!(reports[0].2, s("Müller (CDU)"));
}

#[test]
fn quotation_in_the_object_of_a_verb_of_saying() {
    // The verb's object holds the quotation: the sentence is a summary of the speech act
    // with the quotation inside, and no report starts or ends inside the quotation.
    for (text, speaker) in [
        (
            "Gesundheitsministerin Anna Keller sprach von einem „historischen Schritt“ für das Land.",
            "Gesundheitsministerin Anna Keller",
        ),
        (
            "Der Verband nannte die Pläne „völlig unausgegoren“ und kündigte Widerstand an.",
            "Der Verband",
        ),
        (
            "Lothar Weber, Sprecher der Stadt Cottbus, sprach von einer „Gefahr für Leib und Leben“.",
            "Lothar Weber, Sprecher der Stadt Cottbus",
        ),
    ] {
        let r = rows(text);
        let summary = r
            .iter()
            .find(|x| x.0 == QuoteKind::Reported)
            .unwrap_or_else(|| panic!("{text}: no summary in {r:?}"));
        assert_eq!(summary.1, text, "{text}");
        assert_eq!(summary.2.as_deref(), Some(speaker), "{text}");
        assert!(
            r.iter().any(|x| x.0 == QuoteKind::Direct),
            "{text}: the quotation itself is kept: {r:?}"
        );
        assert!(
            !r.iter().any(|x| x.0 == QuoteKind::Indirect),
            "{text}: no report cut at a quotation mark: {r:?}"
        );
    }
}

#[test]
fn attribution_with_a_parenthesis_and_a_quoted_programme_name() {
    let text = "„Es gibt keinen Grund zur Panik“, betonte Gesundheitsminister Karl Lauterbach \
                (SPD) im „Bericht aus Berlin“.";
    let r = rows(text);
    assert_eq!(r.len(), 1, "only the quotation: {r:?}");
    assert_eq!(r[0].0, QuoteKind::Direct);
    assert_eq!(r[0].1, "Es gibt keinen Grund zur Panik");
    assert_eq!(r[0].2, s("Gesundheitsminister Karl Lauterbach (SPD)"));
}

#[test]
fn quotation_right_after_a_verb_of_saying_is_speech() {
    // Without a colon: the quotation is the verb's object and its wording.
    for (text, quote, speaker) in [
        (
            "Die Demonstranten riefen „Wir wollen Frieden“.",
            "Wir wollen Frieden",
            "Die Demonstranten",
        ),
        ("Er sagte „Das war es“ und ging.", "Das war es", "Er"),
    ] {
        assert_eq!(
            direct(text),
            vec![(quote.to_string(), s(speaker))],
            "{text}: {:?}",
            rows(text)
        );
    }
    // A quoted name after the verb is no wording (`schrieb „Die Zeit“`).
    assert!(direct("Der Künstler ging zu früh, schrieb „Die Zeit“ in einem Nachruf.").is_empty());
}

#[test]
fn verb_of_saying_in_konjunktiv_reports_its_sentence() {
    // The verb itself in Konjunktiv I, no content clause: the sentence is the report, and
    // `Er`/`Sie` before a Konjunktiv I is its speaker, resolved to the person before.
    for (text, content, speaker) in [
        (
            "Der frühere Außenminister Joschka Fischer äußerte sich skeptisch. Er glaube nicht \
             an einen schnellen Frieden.",
            "Er glaube nicht an einen schnellen Frieden.",
            "Er",
        ),
        (
            "Die Ministerin meldete sich zu Wort. Sie fordere eine Untersuchung.",
            "Sie fordere eine Untersuchung.",
            "Sie",
        ),
    ] {
        let hit = indirect_row(text);
        assert_eq!(
            (hit.1.as_str(), hit.2.as_deref()),
            (content, Some(speaker)),
            "{text}"
        );
    }
    // In the first person it is the indicative: nobody is reported.
    assert!(rows("Ich glaube nicht an einen schnellen Frieden.").is_empty());
}

#[test]
fn continued_konjunktiv_inherits_the_speaker() {
    let r =
        rows("Die Polizei teilte mit, dass niemand verletzt wurde. Die Lage sei inzwischen ruhig.");
    let last = r.last().expect("two reports");
    assert_eq!(last.0, QuoteKind::Indirect);
    assert_eq!(last.1, "Die Lage sei inzwischen ruhig.");
    assert_eq!(last.2, s("Die Polizei"));
}

#[test]
fn reported_speech() {
    let r = rows("Die Gewerkschaft forderte eine schnellere Entscheidung.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Reported);
    assert_eq!(r[0].2, s("Die Gewerkschaft"));
    assert_eq!(r[0].3, s("forderte"));
}

#[test]
fn pronoun_resolves_to_fitting_person() {
    let text = "Anna Schmidt traf Peter Weber. Er sagte, die Gespräche seien gut verlaufen.";
    let m = |start: usize, len: usize, name: &'static str, index: usize, gender| Mention {
        span: Span::new(start, start + len),
        kind: MentionKind::Person,
        name,
        index,
        gender: Some(gender),
    };
    let mentions = [
        m(0, 12, "Anna Schmidt", 0, Gender::Female),
        m(18, 11, "Peter Weber", 1, Gender::Male),
    ];
    let (quotes, r) = run(text, &mentions);
    let i = r
        .iter()
        .position(|x| x.0 == QuoteKind::Indirect)
        .expect("indirect");
    assert_eq!(r[i].2, s("Er"));
    assert_eq!(quotes[i].speaker.as_ref().and_then(|s| s.mention), Some(1));
    // A speaker phrase containing a mention links to it.
    let text = "„Wir sind bereit“, sagte Kreml-Sprecher Dmitri Peskow.";
    let mentions = [Mention {
        span: Span::new(text.find("Dmitri").unwrap_or(0), text.len() - 1),
        kind: MentionKind::Person,
        name: "Dmitri Peskow",
        index: 7,
        gender: Some(Gender::Male),
    }];
    let (quotes, r) = run(text, &mentions);
    assert_eq!(r[0].2, s("Kreml-Sprecher Dmitri Peskow"));
    assert_eq!(quotes[0].speaker.as_ref().and_then(|s| s.mention), Some(7));
}

#[test]
fn speaker_from_previous_sentence() {
    let text = "Der Trainer äußerte sich nach dem Spiel. „Wir haben heute verdient verloren.“";
    assert_eq!(
        direct(text),
        vec![(
            "Wir haben heute verdient verloren.".to_string(),
            s("Der Trainer")
        )]
    );
}

#[test]
fn anaphoric_report_takes_the_previous_sentence() {
    let r = rows("Der Trainer wird entlassen. Das bestätigte ein Vereinssprecher am Montag.");
    let hit = r
        .iter()
        .find(|x| x.0 == QuoteKind::Indirect)
        .expect("a report");
    assert_eq!(hit.1, "Der Trainer wird entlassen.");
    assert_eq!(hit.2, s("ein Vereinssprecher"));
    assert_eq!(hit.3, s("bestätigte"));
}

#[test]
fn report_markers_inside_the_sentence() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "nach_adjective_angaben",
            "Das Feuer brach nach ersten Angaben im Keller aus.",
            "ersten Angaben",
        ),
        (
            "nach_den_worten",
            "Nach den Worten der Ministerin Anna Weber fehlt ein Konzept.",
            "den Worten der Ministerin Anna Weber",
        ),
        (
            "laut_quoted_name",
            "Laut „Tagesspiegel“ waren vor allem Jugendliche beteiligt.",
            "Tagesspiegel",
        ),
        (
            "nach_adjective_einschaetzung",
            "Nach vorläufiger Einschätzung handelt es sich um einen Einzeltäter.",
            "vorläufiger Einschätzung",
        ),
        (
            "nach_genitive_meinung",
            "Nach Meyers Meinung werden die Preise im Herbst wieder fallen.",
            "Meyers Meinung",
        ),
        (
            "nach_ermittlungen_der_polizei",
            "Nach ersten Ermittlungen der Polizei war der Wagen zu schnell gefahren.",
            "ersten Ermittlungen der Polizei",
        ),
    ];
    for &(name, text, source) in cases {
        let r = rows(text);
        let hit = r
            .iter()
            .find(|x| x.0 == QuoteKind::Indirect)
            .unwrap_or_else(|| panic!("{name}: {r:?}"));
        assert_eq!(hit.2.as_deref(), Some(source), "{name}");
    }
}

#[test]
fn dass_clause_without_a_verb_of_saying() {
    let r = rows("Der Wahlkampfleiter zeigte sich optimistisch, dass die Partei gewinnt.");
    let hit = r
        .iter()
        .find(|x| x.0 == QuoteKind::Indirect)
        .expect("indirect");
    assert_eq!(hit.1, "dass die Partei gewinnt");
    assert_eq!(hit.2, s("Der Wahlkampfleiter"));
    // A consequence clause is no report.
    let r = rows("Es regnete stark, so dass die Straße gesperrt wurde.");
    assert!(r.iter().all(|x| x.0 != QuoteKind::Indirect), "{r:?}");
}

#[test]
fn apposition_and_genitive_speakers() {
    let r = rows("Der Direktor des Hilfswerks, Anna Weber, sagte, dass die Lage ernst sei.");
    assert_eq!(r[0].2, s("Der Direktor des Hilfswerks, Anna Weber"));
    let d = direct("„Wir haben gewonnen“, zeigte sich Trainer Otto Rehhagel zufrieden.");
    assert_eq!(
        d,
        vec![("Wir haben gewonnen".to_string(), s("Trainer Otto Rehhagel"))]
    );
    let d = direct("Der Geschäftsführer nannte sie „völlig überzogen“.");
    assert_eq!(d[0].1, s("Der Geschäftsführer"));
}

#[test]
fn same_mark_nested_inside_a_quote() {
    let text = "„Wir haben viele Anfragen für „Kleinbetriebe“ bekommen und sind zufrieden“, sagte der Chef.";
    assert_eq!(
        direct(text),
        vec![(
            "Wir haben viele Anfragen für „Kleinbetriebe“ bekommen und sind zufrieden".to_string(),
            s("der Chef")
        )]
    );
}

#[test]
fn foreign_names_and_titles_are_not_speech() {
    for text in [
        "Alle drei gehören der „Union pour un Mouvement Populaire“ an.",
        "Der Angeklagte war „in dubio pro reo“ freizusprechen.",
        "Die Band spielte zuletzt „Songs of the Sea“ in Hamburg.",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", direct(text));
    }
    // English speech with a verb of saying stays speech.
    let d = direct("„We will win this race“, sagte der Fahrer.");
    assert_eq!(d.len(), 1);
}

#[test]
fn subjects_of_passives_participles_and_adverbs() {
    let cases: &[(&str, &str)] = &[
        // The agent of a passive is the speaker, not the subject.
        (
            "Die Pläne wurden von Finanzminister Karl Huber als „völlig unrealistisch und teuer“ bezeichnet.",
            "Finanzminister Karl Huber",
        ),
        // An adverb between the subject and the verb.
        (
            "Die Gewerkschaft hingegen erklärte, die Löhne seien viel zu niedrig.",
            "Die Gewerkschaft",
        ),
        // A participle at the clause end: the subject opens the clause.
        (
            "Der Verband hat am 3. Mai eine neue Kampagne angekündigt, die Mitglieder sollten sich melden.",
            "Der Verband",
        ),
        // A dative phrase before the verb is no subject.
        (
            "In dem Schreiben an den Rat betonten die Anwälte, ihr Mandant sei unschuldig.",
            "die Anwälte",
        ),
    ];
    assert_first_speakers(cases);
}

#[test]
fn quoted_sources_of_reports_are_names() {
    for text in [
        "Wie „Radio Nord“ berichtet, wurde die Brücke am Morgen gesperrt.",
        "Laut der „Abendpost“ wurde die Brücke am Morgen gesperrt.",
        "Der „Kurier am Sonntag“ meldete am Abend neue Zahlen.",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", direct(text));
    }
    // A short quotation with its own final punctuation stays speech.
    let d = direct("„Nie wieder!“ rief der Mann.");
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn quoted_and_lower_case_source_names() {
    let t = "Die Zeitung „Nordkurier“ berichtet, dass die Brücke gesperrt worden sei.";
    assert_eq!(
        first_speaker(t),
        s("Die Zeitung „Nordkurier“"),
        "{:?}",
        rows(t)
    );
    assert_eq!(
        first_speaker("Laut stadtblog.de wurde die Brücke am Morgen gesperrt."),
        s("stadtblog.de")
    );
}

#[test]
fn own_sentence_person_and_long_appositions() {
    let t = "„Wir gehen jetzt nach Hause“, sagte der Trainer. \
             Die Vereinspräsidentin Marta Kübler nannte das Spiel einen „herben Rückschlag für alle“.";
    let r = direct(t);
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, s("Die Vereinspräsidentin Marta Kübler"), "{r:?}");
    // (The mention as written holds the apposition, as Wikinews annotates `Renate Künast,
    // Fraktionschefin von Bündnis 90/Die Grünen, kritisierte: „…“`.)
    let t = "Hanna Roth, Sprecherin von Bündnis 90/Die Grünen, kritisierte: „Das ist ein schwerer Fehler.“";
    assert_eq!(
        direct(t)[0].1,
        s("Hanna Roth, Sprecherin von Bündnis 90/Die Grünen"),
        "{:?}",
        direct(t)
    );
}

#[test]
fn zufolge_source_phrases_with_prepositions() {
    let t = "Einer Mitteilung von Greenpeace zufolge sei das Wasser stark verschmutzt.";
    let r = rows(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2, s("Einer Mitteilung von Greenpeace"), "{r:?}");
}

#[test]
fn lone_fronted_adverb_is_no_subject() {
    for (t, want) in [
        (
            "Besorgt äußerte sich die Ministerin über die Lage, die Zahl der Fälle steige weiter.",
            "die Ministerin",
        ),
        (
            "Unterdessen sagte der Bürgermeister, die Straße bleibe bis Freitag gesperrt.",
            "der Bürgermeister",
        ),
    ] {
        let r = rows(t);
        assert_eq!(r.first().and_then(|x| x.2.clone()), s(want), "{t}: {r:?}");
    }
}

/// `Die Lage sei ernst, sagte Müller, der seit 2010 im Amt ist`: a relative clause after
/// an attribution that interrupts a report describes the speaker and is no second part of
/// the report; a report that goes on after the attribution still gives two parts.
#[test]
fn relative_clause_after_the_attribution_is_no_part() {
    /// (name, text, contents in order, speaker of each, whether they share a group)
    type Case<'a> = (&'a str, &'a str, &'a [&'a str], &'a str, bool);
    let cases: &[Case<'_>] = &[
        (
            "relative_der",
            "Die Lage sei ernst, sagte Müller, der seit 2010 im Amt ist.",
            &["Die Lage sei ernst"],
            "Müller",
            false,
        ),
        (
            "relative_den",
            "Die Lage sei ernst, sagte die Ministerin, die seit Mai im Amt ist.",
            &["Die Lage sei ernst"],
            "die Ministerin",
            false,
        ),
        (
            "article_opens_a_second_part",
            "Russland habe, wie Putin sagte, die Absicht nicht.",
            &["Russland habe", "die Absicht nicht"],
            "Putin",
            true,
        ),
    ];
    for &(name, text, parts, speaker, grouped) in cases {
        let r = rows(text);
        let got: Vec<&str> = r.iter().map(|x| x.1.as_str()).collect();
        assert_eq!(got, parts, "{name}: {r:?}");
        for x in &r {
            assert_eq!(x.0, QuoteKind::Indirect, "{name}");
            assert_eq!(x.2.as_deref(), Some(speaker), "{name}");
            assert_eq!(x.4.is_some(), grouped, "{name}");
        }
    }
}

/// A bare name opening the clause (`Amnesty kritisiert die Regierung`) is the subject,
/// even before a phrase after the verb that names a speaker by role and could be a
/// nominative; a sentence adverb there is no subject (`Weiterhin betonte die Ministerin`).
#[test]
fn bare_name_before_the_verb_is_the_subject() {
    let cases: &[(&str, &str)] = &[
        (
            "Amnesty kritisiert die Regierung für ihr Vorgehen gegen Demonstranten.",
            "Amnesty",
        ),
        (
            "Müller kritisierte die Regierung, weil sie die Steuern erhöhen wolle.",
            "Müller",
        ),
        (
            "Weiterhin betonte die Ministerin, die Reform sei notwendig.",
            "die Ministerin",
        ),
    ];
    assert_first_speakers(cases);
}

/// A neuter demonstrative before the verb of saying stands for what was said (`…, das
/// meint X`, `– das zumindest meint X`): the subject follows the verb.
#[test]
fn demonstrative_object_before_the_verb() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Die Lage ist ernst, das meint der Minister.",
            "Die Lage ist ernst",
            "der Minister",
        ),
        (
            "Es ist nur eine Umbenennung, und sie hat großen Symbolwert – das zumindest meint \
             Rick Homans vom Sekretariat.",
            "Es ist nur eine Umbenennung, und sie hat großen Symbolwert",
            "Rick Homans vom Sekretariat",
        ),
    ];
    assert_speakers_of_quotations(cases);
}

/// The subject of a clause whose verb of saying closes it (`hatte … gesprochen`) opens the
/// clause, also past a short quoted term inside the clause and past a time phrase before
/// it (`Letzte Woche hatte die Gewerkschaft …`); not the subject of the sentence before.
#[test]
fn subject_past_a_quoted_term_and_a_time_phrase() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Der Präsident reiste ab. Die Opposition hatte am Montag von einem „Skandal“ \
             gesprochen.",
            "Die Opposition hatte",
            "Die Opposition",
        ),
        (
            "Der Präsident reiste ab. Letzte Woche hatte die Gewerkschaft von einem \
             „Skandal“ gesprochen.",
            "Letzte Woche hatte",
            "die Gewerkschaft",
        ),
    ];
    assert_speakers_of_quotations(cases);
}

/// `sich ausdrücken` and `formulieren` are verbs of saying (`wie sich X ausdrückte`, `wie
/// es X formulierte`): the `wie` clause names the speaker of the report around it.
#[test]
fn ausdruecken_and_formulieren_attribute() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Die Lage sei, wie sich der Minister ausdrückte, katastrophal.",
            "Die Lage sei",
            "der Minister",
        ),
        (
            "Die Lage ist, wie es die Ministerin formulierte, katastrophal.",
            "katastrophal",
            "die Ministerin",
        ),
        (
            "Die Ministerin drückte sich vorsichtig aus: Die Lage sei ernst.",
            "Die Lage sei ernst",
            "Die Ministerin",
        ),
    ];
    assert_speakers_of_quotations(cases);
}

/// `laut X` right after a direct quotation's closing mark, with or without a comma, names
/// its speaker (`„…“ laut Gall „…“`, `„…“, laut dem Sprecher.`), not the speaker of the
/// sentence before.
#[test]
fn laut_after_the_closing_mark_names_the_speaker() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Die Ministerin sprach über den Haushalt. „Die Lage ist ernst“ laut Müller \
             „und sie wird nicht besser“.",
            "Die Lage ist ernst",
            "Müller",
        ),
        (
            "Die Ministerin sprach über den Haushalt. „Die Lage ist ernst“ laut Müller \
             „und sie wird nicht besser“.",
            "und sie wird",
            "Müller",
        ),
        (
            "Er lehnte den Plan ab. „Das bringt uns nicht weiter“, laut dem Sprecher der Stadt.",
            "Das bringt uns",
            "dem Sprecher der Stadt",
        ),
    ];
    for &(text, opens, want) in cases {
        let hit = direct(text)
            .into_iter()
            .find(|x| x.0.starts_with(opens))
            .unwrap_or_else(|| panic!("{text}: no direct quotation opening «{opens}»"));
        assert_eq!(hit.1.as_deref(), Some(want), "{text}");
    }
}

/// A passive of saying after a past form of `werden` names no speaker, also with a strong
/// participle that looks like an infinitive (`wurde beschlossen`, `wurde entschieden`), and
/// `von` after a number counts out of a whole (`27 von 35 Stimmen`): no agent, and no
/// speaker taken from the sentence before.
#[test]
fn strong_participle_passive_names_no_speaker() {
    for text in [
        "Mit 27 von 35 Stimmen wurde beschlossen, den Antrag an den Ausschuss zu überweisen.",
        "Die Regierung forderte Polen auf, das Gesetz zurückzunehmen. Darüber hinaus wurde \
         entschieden, eine Delegation nach Warschau zu entsenden.",
    ] {
        let r = rows(text);
        let hit = r
            .iter()
            .find(|x| x.1.contains("zu überweisen") || x.1.contains("zu entsenden"))
            .unwrap_or_else(|| panic!("{text}: no report in {r:?}"));
        assert_eq!(hit.2, None, "{text}: {r:?}");
    }
    // (With its agent the passive names the speaker.)
    assert_speakers_of_quotations(&[(
        "Von der Versammlung wurde beschlossen, den Antrag an den Ausschuss zu überweisen.",
        "den Antrag",
        "der Versammlung",
    )]);
}

/// Two sources reporting side by side in one sentence: a main clause after a comma or a
/// semicolon that opens with its own subject and a verb giving a figure (`die Polizei
/// spricht von 4.000`) is a report of its own with that subject, cut off the report before
/// it; a clause with its own verb of saying before a semicolon is not part of a `nach
/// Angaben` report after it. A Konjunktiv verb after the comma stays the first source's.
#[test]
fn two_reports_side_by_side_in_one_sentence() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Nach Angaben der Veranstalter kamen rund 7.000 Menschen, die Polizei spricht \
             von 4.000 Teilnehmern.",
            "die Polizei spricht",
            "die Polizei",
        ),
        (
            "Nach Angaben der Veranstalter kamen rund 7.000 Menschen, die Polizei spricht \
             von 4.000 Teilnehmern.",
            "kamen rund 7.000 Menschen",
            "Angaben der Veranstalter",
        ),
        (
            "Am Samstag protestierten laut den Organisatoren 3.000 Bauern, die Polizei \
             nannte 1.800.",
            "die Polizei nannte",
            "die Polizei",
        ),
        (
            "Die Gewerkschaft sprach von 5.000 Streikenden, die Stadtverwaltung schätzte \
             die Zahl auf 3.000.",
            "die Stadtverwaltung schätzte",
            "die Stadtverwaltung",
        ),
        (
            "Die Veranstalter schätzten etwa 2.000 Teilnehmer; nach Polizeiangaben waren es \
             zirka 1.000.",
            "Die Veranstalter schätzten",
            "Die Veranstalter",
        ),
        (
            "Die Veranstalter schätzten etwa 2.000 Teilnehmer; nach Polizeiangaben waren es \
             zirka 1.000.",
            "waren es zirka 1.000",
            "Polizeiangaben",
        ),
        (
            "Der Minister sagte, die Polizei spreche von 4.000 Teilnehmern.",
            "die Polizei spreche",
            "Der Minister",
        ),
    ];
    assert_speakers_of_quotations(cases);
    // (The first report ends before the second.)
    let r = rows(
        "Nach Angaben der Veranstalter kamen rund 7.000 Menschen, die Polizei spricht von \
         4.000 Teilnehmern.",
    );
    assert!(
        r.iter().any(|x| x.1 == "kamen rund 7.000 Menschen"),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|x| x.0 == QuoteKind::Reported
                && x.1 == "die Polizei spricht von 4.000 Teilnehmern"),
        "{r:?}"
    );
}

/// A short parenthesis inside the clause of a verb of saying that closes its clause (`die
/// X in ihrer Amtszeit (2005 bis 2009) zum Ziel erklärt hatte: „…“`) does not end the
/// clause: its subject is found past it, not taken from the sentence before.
#[test]
fn subject_past_a_short_parenthesis() {
    let text = "Die Agentur legte am Montag neue Zahlen vor. Damit ist die Marke erreicht, die \
                Bürgermeisterin Anna Weber in ihrer Amtszeit (2005 bis 2009) zum Ziel erklärt \
                hatte: „Wir schaffen das.“";
    let d = direct(text);
    assert_eq!(d.len(), 1, "{d:?}");
    let sp = d[0].1.clone().unwrap_or_default();
    assert!(sp.ends_with("Bürgermeisterin Anna Weber"), "{d:?}");
}

/// A short parenthesis after the source of `nach Angaben des X (…)` belongs to the source:
/// the report's content starts after it.
#[test]
fn report_content_starts_after_the_source_parenthesis() {
    let r = rows("Nach Angaben des Innenministeriums (BMI) sei die Lage ernst.");
    assert!(
        r.iter().any(|x| x.1 == "sei die Lage ernst"
            && x.2.as_deref() == Some("Angaben des Innenministeriums (BMI)")),
        "{r:?}"
    );
    let r = rows("Nach Polizeiangaben (Stand Montag) waren rund 300 Menschen betroffen.");
    assert!(
        r.iter().any(|x| x.1 == "waren rund 300 Menschen betroffen"),
        "{r:?}"
    );
}

/// Quotations joined by `und`/`oder` (`…: „A“ und „B“`, `Parolen wie „A“ oder „B“`) share the
/// speaker and cue of the first; a quoted term in a fronted phrase (`Unter dem Motto „…“ zogen
/// die Demonstranten … und skandierten …`) leaves the first conjunct's subject as the speaker
/// of the verb after `und`, not its object.
#[test]
fn joined_quotations_and_a_fronted_quoted_term() {
    let text = "Zu der Demonstration hatten mehrere Gruppen aufgerufen. Unter dem Motto „Freiheit \
                statt Angst“ zogen die Demonstranten vom Bahnhof zum Rathaus und skandierten \
                dabei Parolen wie „Stoppt die Überwachung“ oder „Daten sind kein Gut“.";
    let d = direct(text);
    let sp = |opens: &str| {
        d.iter()
            .find(|x| x.0.starts_with(opens))
            .and_then(|x| x.1.clone())
    };
    assert_eq!(sp("Stoppt"), s("die Demonstranten"), "{d:?}");
    let text = "Der Kanzler äußerte sich am Montag. Damit ist die Marke erreicht, die Gerhard \
                Schröder als Ziel genannt hatte: „Wir schaffen das.“ und „Sonst haben wir es \
                nicht verdient.“";
    let d = direct(text);
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[0].1, d[1].1, "{d:?}");
    assert!(
        d[1].1
            .as_deref()
            .is_some_and(|x| x.ends_with("Gerhard Schröder")),
        "{d:?}"
    );
}

/// A surname with a lower-case Arabic article (`el-Baradei`, `al-Assad`) belongs to the
/// speaker's name, before and after the verb of saying.
#[test]
fn names_with_an_arabic_article() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "IAEO-Direktor Mohammed el-Baradei sagte, Nordkorea besitze Atomwaffen.",
            "Nordkorea besitze",
            "IAEO-Direktor Mohammed el-Baradei",
        ),
        (
            "Das Land sei sicher, sagte der syrische Präsident Baschar al-Assad am Montag.",
            "Das Land sei sicher",
            "der syrische Präsident Baschar al-Assad",
        ),
    ];
    assert_speakers_of_quotations(cases);
}

/// A cross-reference in parentheses (`(Wikinews berichtete)`, `(wir berichteten.)`) is no
/// attribution: the report around it keeps its own speaker.
#[test]
fn parenthetical_cross_reference_attributes_nothing() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Der Minister, der im Mai zurückgetreten war (Wikinews berichtete), sagte am \
             Montag, er bereue nichts.",
            "er bereue nichts",
            "Der Minister",
        ),
        (
            "Der Bürgermeister trat zurück (wir berichteten.) Die Sprecherin der Stadt \
             erklärte, der Plan sei gescheitert.",
            "der Plan sei gescheitert",
            "Die Sprecherin der Stadt",
        ),
    ];
    assert_speakers_of_quotations(cases);
    assert!(
        rows("Nach dem Unfall (wir berichteten.) sei die Straße wieder frei.")
            .iter()
            .all(|x| x.2.as_deref() != Some("Wikinews"))
    );
}

/// A `demnach` inside a sentence continues the recent report (`Ein Flug wäre demnach
/// vertretbar gewesen`): its speaker is that report's source, not the word itself. (A
/// sentence opening with `Demnach` keeps the word as its speaker, as the Wikinews
/// annotations do, and its content starts after it, as after `Laut X`.)
#[test]
fn demnach_inside_a_sentence_continues_the_report() {
    let text = "Die Fluggesellschaft KLM versicherte, sie würden die Listen kontrollieren. \
                Gegen die Personen läge nichts vor. Ein Flug wäre demnach vertretbar gewesen.";
    assert_speakers_of_quotations(&[(text, "Ein Flug wäre", "Die Fluggesellschaft KLM")]);
    let text = "Laut dem Sender kam es zu Zwischenfällen. Demnach haben Demonstranten \
                Steine geworfen.";
    assert_speakers_of_quotations(&[(text, "haben Demonstranten", "Demnach")]);
}

/// A semicolon closes the clause of a first verb of saying that holds no content of its
/// own: the verb of saying after it attributes the content that follows (`X hatte gebeten;
/// damals hatte Y abgelehnt, …`).
#[test]
fn verb_of_saying_after_a_semicolon_attributes_what_follows() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Zuletzt hatte im Mai der mexikanische Präsident um die Herausgabe gebeten; damals \
             hatte Österreich mit der Begründung abgelehnt, eine solche Forderung könne nur \
             vom Parlament gestellt werden.",
            "eine solche Forderung",
            "Österreich",
        ),
        (
            "Die Gewerkschaft forderte mehr Geld; die Arbeitgeber erklärten dagegen, die \
             Kassen seien leer.",
            "die Kassen seien leer",
            "die Arbeitgeber",
        ),
        (
            "Die Gewerkschaft sagte, die Löhne seien zu niedrig; die Arbeitgeber schwiegen.",
            "die Löhne seien",
            "Die Gewerkschaft",
        ),
    ];
    assert_speakers_of_quotations(cases);
}

/// A first conjunct that fronts its object (`Die Äußerungen der Richter bezeichnete
/// Wiefelspütz als „…“ und glaubt, …`) shares its subject, the phrase after its verb, with
/// the verb of saying after `und`; the plural object before a singular verb is no subject.
#[test]
fn fronted_object_of_the_first_conjunct_is_no_subject() {
    assert_speakers_of_quotations(&[(
        "Die Äußerungen der Richter bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“ und \
         glaubt, dass die Politik sie ernst nehmen müsse.",
        "dass die Politik",
        "Wiefelspütz",
    )]);
}

/// A first conjunct with a verb of its own before `und` (`Die Demonstranten zogen durch die
/// Stadt und riefen …`): a past plural right after the subject's noun is that verb, so the
/// speaker is the subject alone, not the field up to `und`.
#[test]
fn first_conjunct_verb_is_no_part_of_the_speaker() {
    assert_speakers_of_quotations(&[
        (
            "Die Demonstranten zogen durch die Stadt und riefen „Wir sind das Volk“.",
            "Wir sind das Volk",
            "Die Demonstranten",
        ),
        (
            "Tausende Menschen zogen am Samstag durch Berlin und skandierten: „Nie wieder \
             Krieg!“",
            "Nie wieder Krieg",
            "Tausende Menschen",
        ),
        (
            "Die Streikenden versammelten sich vor dem Rathaus und erklärten, die Löhne \
             reichten nicht zum Leben.",
            "die Löhne reichten",
            "Die Streikenden",
        ),
    ]);
}

/// `gestanden` is the participle of `gestehen` (confessed) and of `stehen` (stood). With an
/// object, a `dass` clause, a `zu` infinitive or nothing after `hat`, it confesses; with
/// `sein` as its auxiliary, a locative word or a prepositional phrase before it (`zur
/// Verfügung`, `im Mittelpunkt`, `dort`) it stood, and attributes nothing.
#[test]
fn gestanden_confessed_or_stood() {
    // Confessed: a verb of saying.
    for (text, content, speaker) in [
        (
            "Der Angeklagte hat gestanden, dass er das Geld genommen hat.",
            "dass er das Geld genommen hat",
            "Der Angeklagte",
        ),
        (
            "Der Mann hat vor Gericht gestanden, die Bank überfallen zu haben.",
            "die Bank überfallen zu haben",
            "Der Mann",
        ),
    ] {
        let r = rows(text);
        let hit = r.iter().find(|x| x.1 == content);
        assert!(
            hit.is_some_and(
                |x| x.2.as_deref() == Some(speaker) && x.3.as_deref() == Some("gestanden")
            ),
            "{text}: {r:?}"
        );
    }
    // Stood: no cue; the verb of saying after the comma attributes the clause.
    for text in [
        "Die Mittel hätten nicht zur Verfügung gestanden, sagte der Minister.",
        "Der Verein hatte lange im Mittelpunkt gestanden, sagte der Minister.",
        "Das Denkmal ist dort seit Jahrzehnten gestanden, sagte der Minister.",
        "Die Behörde soll unter der Aufsicht des Ministeriums gestanden haben, sagte der \
         Minister.",
    ] {
        let r = rows(text);
        assert!(
            r.iter().all(|x| x.3.as_deref() != Some("gestanden")),
            "{text}: {r:?}"
        );
        assert_eq!(first_speaker(text), s("der Minister"), "{text}: {r:?}");
    }
}

/// `dem Vernehmen nach` reports what is said without naming who says it: the phrase is the
/// source as written (as `Berichten zufolge` is), not the previous sentence's speaker, and
/// the lower-case verb `vernehmen` reports nothing.
#[test]
fn dem_vernehmen_nach_is_a_report_marker() {
    assert_speakers_of_quotations(&[
        (
            "Der Vorstand hat sich bereit erklärt, auf das Amt zu verzichten. Dem Vernehmen \
             nach soll der Chef aber bis zum Sommer bleiben.",
            "soll der Chef aber",
            "Dem Vernehmen",
        ),
        (
            "Der Trainer steht dem Vernehmen nach vor der Entlassung.",
            "Der Trainer steht",
            "dem Vernehmen",
        ),
    ]);
    assert!(rows("Die Polizei will den Zeugen am Montag vernehmen.").is_empty());
}

/// A report marker inside a subordinate clause of a verb of saying's content (`X sagte, …,
/// weil die Truppen laut Experten erschöpft seien`) reports that clause only: the verb's
/// subject keeps the whole content, and the marker's source the part after it. A marker
/// opening a clause of its own still makes a report of its own.
#[test]
fn marker_in_a_subordinate_clause_keeps_the_verbs_speaker() {
    let text = "Der Minister sagte, die Lage sei ernst, weil die Truppen laut Experten \
                erschöpft seien.";
    assert_speakers_of_quotations(&[
        (text, "die Lage sei ernst", "Der Minister"),
        (text, "erschöpft seien", "Experten"),
    ]);
    let text = "Die Gewerkschaft hatte die Firma gebeten, den Betrieb zu erhalten, da dieser \
                nach Angaben des Betriebsrats profitabel arbeite.";
    assert_speakers_of_quotations(&[
        (text, "den Betrieb zu erhalten", "Die Gewerkschaft"),
        (text, "profitabel arbeite", "Angaben des Betriebsrats"),
    ]);
    let text = "Der Minister sagte, die Lage sei ernst, weil die Truppen nach Angaben des \
                Ministeriums (BMI) erschöpft seien.";
    assert_speakers_of_quotations(&[(text, "erschöpft seien", "Angaben des Ministeriums (BMI)")]);
    let text = "Die Veranstalter zählten 10.000 Teilnehmer, nach Angaben der Polizei kamen \
                nur 4.000.";
    assert_speakers_of_quotations(&[(text, "kamen nur 4.000", "Angaben der Polizei")]);
}

/// A `dass` clause after an attitude (`ist zuversichtlich, dass`, `sind der Meinung, dass`)
/// is held by the subject of the attitude's own clause: after a comma that clause's subject,
/// not the sentence's first phrase, and after a fronted phrase the subject after the verb.
/// Neither the attitude noun itself nor `es` is a speaker.
#[test]
fn attitude_clause_subject_holds_the_dass_clause() {
    assert_speakers_of_quotations(&[
        (
            "Die Lage ist schwierig, die Gewerkschaft ist aber zuversichtlich, dass die \
             Gespräche Erfolg haben.",
            "dass die Gespräche",
            "die Gewerkschaft",
        ),
        (
            "Im Streit um die Reform zeigte sich der Minister am Montag optimistisch, dass \
             eine Einigung gelingt.",
            "dass eine Einigung",
            "der Minister",
        ),
        (
            "Die Preise steigen, viele Bürger sind aber der Meinung, dass die Reform kommt.",
            "dass die Reform",
            "viele Bürger",
        ),
    ]);
    for text in [
        "Zur Frage der Gefahr herrschte die Meinung vor, dass Cannabis kaum schadet.",
        "Es gibt die Hoffnung, dass die Gespräche Erfolg haben.",
    ] {
        assert_eq!(first_speaker(text), None, "{text}: {:?}", rows(text));
    }
}

/// A number opens the phrase of the noun right after it: `37 Prozent der Befragten`,
/// `200 Demonstranten` speak as a whole (a date's number stays out: `Am 12. Mai sagte …`),
/// also when it opens the sentence before a summary's verb, where the object after the
/// verb was taken for an inverted speaker.
#[test]
fn numeral_opens_the_speaker_phrase() {
    assert_first_speakers(&[
        (
            "58 Prozent der Befragten forderten mehr Geld für die Schulen.",
            "58 Prozent der Befragten",
        ),
        (
            "Die Debatte war lang. 120 Anwohner kritisierten den Plan der Stadt.",
            "120 Anwohner",
        ),
        (
            "37 Prozent der Befragten sagten, die Lage sei schlecht.",
            "37 Prozent der Befragten",
        ),
        (
            "Zwar sind 62 Prozent zufrieden, 37 Prozent sind jedoch der Auffassung, dass die \
             Demokratie schlecht funktioniert.",
            "37 Prozent",
        ),
        (
            "Am 12. Mai sagte der Minister, die Lage sei ernst.",
            "der Minister",
        ),
    ]);
}

/// Feelings, awareness and held theses before a `dass` clause are attitudes too (`zeigte
/// sich erfreut, dass`, `vertreten die These, dass`, `ist sich bewusst, dass`): the clause
/// is the subject's.
#[test]
fn more_attitudes_before_a_dass_clause() {
    assert_speakers_of_quotations(&[
        (
            "Der Trainer zeigte sich nach dem Spiel erfreut, dass die Mannschaft gekämpft hat.",
            "dass die Mannschaft",
            "Der Trainer",
        ),
        (
            "Die Forscher vertreten die These, dass der Planet sehr jung ist.",
            "dass der Planet",
            "Die Forscher",
        ),
        (
            "Die Ministerin ist sich bewusst, dass die Reform Zeit braucht.",
            "dass die Reform",
            "Die Ministerin",
        ),
        (
            "Die Studie kommt zu dem Schluss, dass Chatbots oft falsche Antworten geben.",
            "dass Chatbots",
            "Die Studie",
        ),
    ]);
}

/// A marker report split at its source phrase (`…; das Werk schließe laut Gewerkschaft …`)
/// whose part after the source trims to nothing is not split: no item of the split is left
/// beside the report over the whole content, so no two items overlap.
#[test]
fn failed_marker_split_leaves_no_overlapping_items() {
    for text in [
        "Die Firma sagte, sie sei pleite; das Werk schließe laut Gewerkschaft (!).",
        "Die Firma sagte, sie sei pleite; das Werk schließe laut Gewerkschaft – –.",
        "Der Verband warnte, die Preise stiegen; das Brot werde laut Bäckern teurer (!).",
    ] {
        let (quotes, r) = run(text, &[]);
        assert!(!quotes.is_empty(), "{text}");
        for (i, p) in quotes.iter().enumerate() {
            for q in &quotes[i + 1..] {
                assert!(
                    p.span.end <= q.span.start || q.span.end <= p.span.start,
                    "{text}: {r:?}"
                );
            }
        }
    }
    // (A split that holds keeps its report beside it.)
    let r = rows(
        "Die Veranstalter schätzten etwa 2.000 Teilnehmer; nach Polizeiangaben waren es \
         zirka 1.000.",
    );
    assert!(
        r.iter()
            .any(|x| x.0 == QuoteKind::Reported && x.1.starts_with("Die Veranstalter")),
        "{r:?}"
    );
}

/// A report marker whose source opens a relative or adverbial clause (`Die Firma, die
/// Berichten zufolge vor der Pleite steht, …`, `…, weil nach Angaben der Airline …`)
/// reports that clause only, from past its source to the clause's end (a comma before the
/// main clause's verb, not one in a list or before a clause inside it); a relative pronoun
/// is the quotation's first part, as Wikinews annotates it, and no part of the source.
/// (Not a phrase in the main clause.)
#[test]
fn marker_in_a_clause_of_its_own() {
    let cases: &[(&str, Option<&str>, &str, &str)] = &[
        (
            "Die Firma, die Berichten zufolge vor der Pleite steht, sucht einen Käufer.",
            Some("die"),
            "vor der Pleite steht",
            "Berichten",
        ),
        (
            "Die Mieten, die nach Angaben des Verbands stark gestiegen sind, belasten viele \
             Familien.",
            Some("die"),
            "stark gestiegen sind",
            "Angaben des Verbands",
        ),
        (
            "Der Flug fiel aus, weil nach Angaben der Airline ein Defekt vorlag.",
            None,
            "ein Defekt vorlag",
            "Angaben der Airline",
        ),
        (
            "Die Spieler, die sich Gerüchten zufolge vom Verein trennen wollen, schweigen.",
            Some("die"),
            "vom Verein trennen wollen",
            "Gerüchten",
        ),
        (
            "Der Fahrer, der der Polizei zufolge betrunken war, wurde festgenommen.",
            Some("der"),
            "betrunken war",
            "der Polizei",
        ),
        (
            "Das Schiff, das laut Reederei seit Tagen Öl, Gas und Kohle geladen hatte, wird entladen.",
            Some("das"),
            "seit Tagen Öl, Gas und Kohle geladen hatte",
            "Reederei",
        ),
        (
            "Die Straße, die laut Gericht nur offen bleibt, wenn sie sicher ist, wird geprüft.",
            Some("die"),
            "nur offen bleibt, wenn sie sicher ist",
            "Gericht",
        ),
    ];
    for &(text, pronoun, content, want) in cases {
        let r = rows(text);
        let got: Vec<(&str, Option<&str>)> =
            r.iter().map(|x| (x.1.as_str(), x.2.as_deref())).collect();
        let mut expect: Vec<(&str, Option<&str>)> =
            pronoun.map(|p| (p, Some(want))).into_iter().collect();
        expect.push((content, Some(want)));
        assert_eq!(got, expect, "{text}");
        // (Pronoun and content are one quotation.)
        assert!(
            r.iter().all(|x| x.4 == r[0].4) && (r[0].4.is_some() == pronoun.is_some()),
            "{text}: {r:?}"
        );
    }
    // (In the main clause the sentence is the report, split around its source.)
    let r = rows("Die Truppen sind nach Angaben der Vereinten Nationen erschöpft.");
    assert!(r.iter().any(|x| x.1.starts_with("Die Truppen")), "{r:?}");
}

/// A verb of saying in an adverbial clause right after the first cue's clause (`Die
/// Anwohner protestierten, weil sie befürchten, der Lärm werde zunehmen`, `X wies das
/// zurück, indem er sagte, …`) introduces the content after that clause, and its own
/// subject is the speaker as written. (Not a verb after `und` in that clause, nor a clause
/// with no verb of saying: `…, weil er zu teuer sei` stays the first cue's.) Each row: the
/// text, how the quotation opens, its speaker.
#[test]
fn verb_of_saying_in_an_adverbial_clause() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "Die Anwohner protestierten gegen den Bau, weil sie befürchten, der Lärm werde \
             zunehmen.",
            "der Lärm werde zunehmen",
            "sie",
        ),
        (
            "Der Minister wies die Vorwürfe zurück, indem er sagte, die Zahlen seien korrekt.",
            "die Zahlen seien korrekt",
            "er",
        ),
        (
            "Der Trainer lobte das Team, als er erklärte, die Mannschaft habe Moral gezeigt.",
            "die Mannschaft habe Moral gezeigt",
            "er",
        ),
        (
            "Die Bürgermeisterin kritisierte den Plan, nachdem der Kämmerer betont hatte, die \
             Kasse sei leer.",
            "die Kasse sei leer",
            "der Kämmerer",
        ),
        (
            "Der Minister kritisierte den Plan, weil er zu teuer sei.",
            "weil er zu teuer sei",
            "Der Minister",
        ),
        (
            "Die Ärztin forderte Ruhe, wenn es möglich sei, und warnte vor dem Virus, das \
             sich schnell verbreite.",
            "wenn es möglich sei",
            "Die Ärztin",
        ),
    ];
    for &(text, content, want) in cases {
        let r = rows(text);
        let hit = r
            .iter()
            .find(|x| x.1.starts_with(content))
            .unwrap_or_else(|| panic!("{text}: no quotation opening «{content}» in {r:?}"));
        assert_eq!(hit.2.as_deref(), Some(want), "{text}: {r:?}");
    }
}

/// A first conjunct that fronts its accusative or dative object (`Den Vorschlag lehnte der
/// Minister ab und sagte, …`, `Einen Rücktritt schloss er aus und betonte, …`): the
/// subject of the verb of saying after `und` is the one after the first conjunct's verb,
/// not the fronted object (nor a span running over that verb).
#[test]
fn fronted_object_before_a_coordinated_verb_of_saying() {
    assert_speakers_of_quotations(&[
        (
            "Den Vorschlag lehnte der Minister ab und sagte, er sei zu teuer.",
            "er sei zu teuer",
            "der Minister",
        ),
        (
            "Einen Rücktritt schloss der Vorsitzende aus und betonte, er bleibe im Amt.",
            "er bleibe im Amt",
            "der Vorsitzende",
        ),
        (
            "Dem Bericht widersprach die Ministerin und erklärte, die Zahlen seien falsch.",
            "die Zahlen seien falsch",
            "die Ministerin",
        ),
        (
            "Die Polizei sperrte die Straße und teilte mit, der Verkehr werde umgeleitet.",
            "der Verkehr werde umgeleitet",
            "Die Polizei",
        ),
    ]);
}

/// `X zufolge` after a quoted name (German news quote newspaper titles: `dem „Spiegel“
/// zufolge`, `der „Financial Times“ zufolge`) inside a clause: the name with its article is
/// the source, as it is at the clause's start.
#[test]
fn zufolge_after_a_quoted_name() {
    assert_first_speakers(&[
        (
            "Zudem lobte der Minister dem „Spiegel“ zufolge in einem Gespräch die Reform.",
            "dem „Spiegel“",
        ),
        (
            "Die Preise sind der „Financial Times“ zufolge stark gestiegen.",
            "der „Financial Times“",
        ),
        (
            "Dem „Spiegel“ zufolge will der Minister zurücktreten.",
            "Dem „Spiegel“",
        ),
    ]);
}

#[test]
fn colon_quotation_after_the_cue_is_the_direct_item_alone() {
    // (name, text, every quotation as (kind, content)): a direct quotation introduced by a
    // colon or closed by its attribution is never reported a second time; a report before
    // the colon ends there.
    type Case<'a> = (&'a str, &'a str, &'a [(QuoteKind, &'a str)]);
    use QuoteKind::{Direct, Indirect};
    let cases: &[Case<'_>] = &[
        (
            "hiess_es_colon",
            "In der Mitteilung der Stadtwerke hieß es: „Die Leitungen werden bis Freitag erneuert.“",
            &[(Direct, "Die Leitungen werden bis Freitag erneuert.")],
        ),
        (
            "hiess_es_after",
            "„Der Umbau des Bahnhofs dauert noch zwei Jahre“, hieß es in dem Schreiben der Stadt.",
            &[(Direct, "Der Umbau des Bahnhofs dauert noch zwei Jahre")],
        ),
        (
            "so_after",
            "„Wir bleiben bei unserem Kurs“, so die Vorsitzende des Vereins.",
            &[(Direct, "Wir bleiben bei unserem Kurs")],
        ),
        (
            "report_then_colon",
            "Die Ministerin betonte am Montag, die Reform sei überfällig: „Wir haben lange genug gewartet.“",
            &[
                (Indirect, "die Reform sei überfällig"),
                (Direct, "Wir haben lange genug gewartet."),
            ],
        ),
        (
            "anaphoric_after_colon",
            "Weiter sagte der Trainer: „Die Mannschaft hat heute gekämpft.“ Das sagte er nach dem Spiel.",
            &[(Direct, "Die Mannschaft hat heute gekämpft.")],
        ),
    ];
    for &(name, text, want) in cases {
        let got: Vec<(QuoteKind, String)> = rows(text).into_iter().map(|r| (r.0, r.1)).collect();
        let want: Vec<(QuoteKind, String)> =
            want.iter().map(|&(k, t)| (k, t.to_string())).collect();
        assert_eq!(got, want, "{name}");
    }
}

/// A summary is the clause of its verb: a piece cut off before the verb at an apposition's
/// comma or inside a parenthesis is not what was said, and `fordern` with a death toll is a
/// disaster's, not a speech act.
#[test]
fn summaries_are_whole_clauses_of_speech_acts() {
    for text in [
        "Die Vorsitzende der Fraktion, Anna Weber, kritisierte die Pläne der Regierung scharf.",
        "Bundeskanzlerin Anna Weber (CDU) bedauert die Entscheidung des Gerichts.",
    ] {
        let r = rows(text);
        // (Any summary found spans its verb.)
        for x in r.iter().filter(|x| x.0 == QuoteKind::Reported) {
            let verb = x.3.as_deref().unwrap_or("");
            assert!(
                x.1.contains(verb.split(" … ").next().unwrap_or("")),
                "{text}: {r:?}"
            );
            assert!(
                x.1.matches('(').count() <= x.1.matches(')').count(),
                "{text}: {r:?}"
            );
        }
    }
    assert_no_quotes(&[
        "Die Überschwemmungen haben bisher mindestens 35 Todesopfer gefordert.",
        "In Vietnam forderte die Naturkatastrophe 92 Menschenleben.",
    ]);
    // A demand stays one.
    let r = rows("Die Gewerkschaft forderte eine schnellere Entscheidung.");
    assert!(r.iter().any(|x| x.0 == QuoteKind::Reported), "{r:?}");
}

/// `laut` before a verb is the adjective (`Kritik war laut geworden`): no source, no report;
/// before a noun it is the preposition, whatever the adjective (`laut gemeinsamen Angaben`).
#[test]
fn laut_adjective_before_a_verb() {
    let r = rows("Schon im Mai war vereinzelt Kritik laut geworden.");
    assert!(
        r.iter().all(|x| x.2.as_deref() != Some("geworden")),
        "{r:?}"
    );
    let r = rows("Laut gemeinsamen Angaben der Behörden wurden drei Menschen verletzt.");
    let hit = r
        .iter()
        .find(|x| x.0 == QuoteKind::Indirect)
        .unwrap_or_else(|| panic!("{r:?}"));
    assert!(
        hit.2.as_deref().is_some_and(|s| s.contains("Angaben")),
        "{r:?}"
    );
}

/// A `dass` clause after a judgement of likelihood (`hält es für möglich, dass`) or an
/// assumption (`geht davon aus, dass`) reports what its subject thinks.
#[test]
fn dass_clause_after_a_judgement() {
    for (text, content, speaker) in [
        (
            "Der Verband hält es für möglich, dass die Preise weiter steigen.",
            "dass die Preise weiter steigen",
            "Der Verband",
        ),
        (
            "Die Forscher gehen davon aus, dass der Komet im Mai zu sehen ist.",
            "dass der Komet im Mai zu sehen ist",
            "Die Forscher",
        ),
    ] {
        let hit = indirect_row(text);
        assert_eq!(hit.1, content);
        assert_eq!(hit.2.as_deref(), Some(speaker), "{text}");
    }
}

/// An infinitive clause after a noun of a speech act reports what was decided, asked or
/// promised: up to the end of its clause, with the act's agent (a genitive or `von` phrase
/// after the noun) or else the subject as the source.
#[test]
fn infinitive_after_a_speech_act_noun() {
    for (text, content, speaker) in [
        (
            "Die Grünen fassten am Donnerstag den Beschluss, Gespräche mit der CDU zu führen.",
            "Gespräche mit der CDU zu führen",
            "Die Grünen",
        ),
        (
            "Der Verein unterstützt die Forderung von Anwohnern, die Straße nachts zu sperren, \
             allerdings nicht.",
            "die Straße nachts zu sperren",
            "Anwohnern",
        ),
        (
            "Die Tagung endete mit dem Appell der Veranstalter, die Grenzen wieder aufzumachen.",
            "die Grenzen wieder aufzumachen",
            "der Veranstalter",
        ),
    ] {
        let hit = indirect_row(text);
        assert_eq!(hit.1, content, "{text}");
        assert_eq!(hit.2.as_deref(), Some(speaker), "{text}");
    }
    // A purpose or a possibility is no speech act.
    let r = rows("Die Stadt nutzt die Möglichkeit, die Straße nachts zu sperren.");
    assert!(r.is_empty(), "{r:?}");
}

/// A second verb of saying coordinated after a report's content ends it: `und fügte hinzu`
/// is the subject's next act, not what was said.
#[test]
fn coordinated_second_cue_ends_the_content() {
    for (text, content) in [
        (
            "Er sagte, Europa brauche die Engländer und fügte hinzu: „Wer kann das glauben?“",
            "Europa brauche die Engländer",
        ),
        (
            "Die Ministerin sagte, die Lage sei ernst, und betonte: „Wir tun alles.“",
            "die Lage sei ernst",
        ),
    ] {
        let hit = indirect_row(text);
        assert_eq!(hit.1, content, "{text}");
        let r = rows(text);
        assert!(r.iter().any(|x| x.0 == QuoteKind::Direct), "{text}: {r:?}");
    }
}

/// A report with a quotation inside is both: the report (the quotation and its marks
/// included) and the quotation, even when the quotation is most of it. A quotation after a
/// colon is the content itself, and what stands before that colon is no report.
#[test]
fn report_with_a_quotation_inside_is_both() {
    for (text, content, quoted) in [
        (
            "Die Abgeordnete Anna Berger erklärte, der Minister sei „eine Fehlbesetzung, \
             und das weiß jeder im Haus“.",
            "der Minister sei „eine Fehlbesetzung, und das weiß jeder im Haus“",
            "eine Fehlbesetzung, und das weiß jeder im Haus",
        ),
        (
            "Der Sprecher sagte, dass „wir alle Optionen auf dem Tisch haben und nichts \
             ausschließen“.",
            "dass „wir alle Optionen auf dem Tisch haben und nichts ausschließen“",
            "wir alle Optionen auf dem Tisch haben und nichts ausschließen",
        ),
    ] {
        let r = rows(text);
        let ind: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Indirect).collect();
        let dir: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
        assert_eq!(ind.len(), 1, "{text}: {r:?}");
        assert_eq!(ind[0].1, content, "{text}");
        assert_eq!(dir.len(), 1, "{text}: {r:?}");
        assert_eq!(dir[0].1, quoted, "{text}");
        assert_eq!(ind[0].2, dir[0].2, "{text}: one speaker");
    }
    for (text, n) in [
        (
            "Im Interview sagte Jan Roth, Sänger der Band: „Wir spielen nicht für Geld, \
             sondern für die Leute, die jeden Abend kommen.“",
            1,
        ),
        (
            "Die Sprecherin schrieb: „Das sind schlimme Nachrichten aus der Stadt“, weiter \
             hieß es, „unser Mitgefühl gilt den Familien“.",
            2,
        ),
    ] {
        let r = rows(text);
        assert!(r.iter().all(|x| x.0 == QuoteKind::Direct), "{text}: {r:?}");
        assert_eq!(r.len(), n, "{text}: {r:?}");
    }
}

/// A dateline opening a paragraph is neither content nor part of a speaker.
#[test]
fn dateline_is_no_part_of_a_report() {
    for (text, kind, content, speaker) in [
        (
            "Berlin (dpa) – Die Gewerkschaft forderte am Dienstag eine schnellere Einigung.",
            QuoteKind::Reported,
            "Die Gewerkschaft forderte am Dienstag eine schnellere Einigung.",
            "Die Gewerkschaft",
        ),
        (
            "Moskau – Der Kreml hat Berichte über einen Abzug der Truppen dementiert.",
            QuoteKind::Reported,
            "Der Kreml hat Berichte über einen Abzug der Truppen dementiert.",
            "Der Kreml",
        ),
        (
            "Frankfurt/Main (AFP) - Die Bank hat angekündigt, die Gebühren zu senken.",
            QuoteKind::Indirect,
            "die Gebühren zu senken",
            "Die Bank",
        ),
        // (A date after a comma, as Wikinews writes it.)
        (
            "Washington (Vereinigte Staaten), 03.02.2025 – Das Weiße Haus hat Berichte über \
             einen Rücktritt dementiert.",
            QuoteKind::Reported,
            "Das Weiße Haus hat Berichte über einen Rücktritt dementiert.",
            "Das Weiße Haus",
        ),
        (
            "Stuttgart, 4. Februar 2025 – Der Verband hat vor einer Grippewelle gewarnt.",
            QuoteKind::Reported,
            "Der Verband hat vor einer Grippewelle gewarnt.",
            "Der Verband",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!((r[0].0, r[0].1.as_str()), (kind, content), "{text}");
        assert_eq!(r[0].2.as_deref(), Some(speaker), "{text}");
    }
    // Dashes around an aside after a name are no dateline.
    let r = rows("Der Kanzler – sichtlich verärgert – sagte: „Die Lage ist ernst.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Der Kanzler"), "{r:?}");
}

/// `von der`/`van der` inside a name belong to the speaker (`Ursula von der Leyen`), before
/// or after the verb; after a role noun, `von der` opens a phrase of its own.
#[test]
fn name_with_von_der() {
    for (text, speaker) in [
        (
            "„Wir stehen an der Seite der Ukraine“, sagte EU-Kommissionspräsidentin Ursula \
             von der Leyen in Brüssel.",
            "EU-Kommissionspräsidentin Ursula von der Leyen",
        ),
        (
            "Kommissionschefin Ursula von der Leyen betonte: „Wir helfen.“",
            "Kommissionschefin Ursula von der Leyen",
        ),
        (
            "Bundespräsident Alexander Van der Bellen sagte: „Ich bin besorgt.“",
            "Bundespräsident Alexander Van der Bellen",
        ),
        (
            "„Wir helfen“, sagte der Sprecher von der Polizei.",
            "der Sprecher",
        ),
    ] {
        let d = direct(text);
        assert_eq!(d.len(), 1, "{text}: {d:?}");
        assert_eq!(d[0].1.as_deref(), Some(speaker), "{text}");
    }
}

/// An attribution between the first phrase of a report and the rest (`so X` between
/// commas, or a verb of saying before the report's verb in Konjunktiv) splits it into two
/// parts of one quotation; what follows `so X,` without a verb of its own describes the
/// source and is no part.
#[test]
fn attribution_inside_the_report_gives_two_parts() {
    for (text, first, second, speaker) in [
        (
            "Die Einigung, so Finanzminister Jan Roth, sei ein wichtiges Signal an die Märkte.",
            "Die Einigung",
            "sei ein wichtiges Signal an die Märkte",
            "Finanzminister Jan Roth",
        ),
        (
            "Der Präsident sei, so die Opposition, schuld daran, dass das Land die Kontrolle \
             verloren habe.",
            "Der Präsident sei",
            "schuld daran, dass das Land die Kontrolle verloren habe",
            "die Opposition",
        ),
        (
            "Die Einigung, sagte Roth, sei ein wichtiges Signal an die Märkte.",
            "Die Einigung",
            "sei ein wichtiges Signal an die Märkte",
            "Roth",
        ),
        (
            "In zehn Jahren, so schätzen die Forscher, soll die Anlage fertig sein.",
            "In zehn Jahren",
            "soll die Anlage fertig sein",
            "die Forscher",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 2, "{text}: {r:?}");
        assert_eq!(
            (r[0].1.as_str(), r[1].1.as_str()),
            (first, second),
            "{text}"
        );
        assert!(
            r[0].4.is_some() && r[0].4 == r[1].4,
            "{text}: one group {r:?}"
        );
        assert_eq!(r[0].2.as_deref(), Some(speaker), "{text}");
        assert_eq!(r[1].2.as_deref(), Some(speaker), "{text}");
    }
    let r = rows("Die Lage sei ernst, so Jan Roth, Leiter der Abteilung für Verkehr.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "Die Lage sei ernst");
}

/// A quotation interrupted by `so X` is one quotation in two parts, however short the
/// first (`„Die Verhandlungen“` alone would be a name).
#[test]
fn quotation_interrupted_by_so() {
    let text = "„Die Verhandlungen“, so Außenministerin Anna Weber, „stehen kurz vor dem \
                Abschluss.“";
    let r = rows(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|x| x.0 == QuoteKind::Direct), "{r:?}");
    assert_eq!(r[0].1, "Die Verhandlungen");
    assert!(r[0].4.is_some() && r[0].4 == r[1].4, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Außenministerin Anna Weber"));
    // A name in marks before a comma and `so` elsewhere in the sentence stays a name.
    let r = rows("Die Sendung „Hart aber fair“, so heißt sie, läuft montags.");
    assert!(r.iter().all(|x| x.0 != QuoteKind::Direct), "{r:?}");
}

/// A multi-paragraph quotation: a verb of saying inside the next paragraph's quotation
/// attributes no part (every part is the first part's speaker's), and a mark after a word
/// that is never closed in its paragraph starts no such quotation.
#[test]
fn multi_paragraph_parts_and_stray_marks() {
    let text = "Die Bürgermeisterin sagte bei der Ratssitzung:\n\n„Wir haben zu wenig in \
                unsere Schulen investiert.\n\n„Deshalb schlage ich vor, die Mittel zu \
                verdoppeln.\n\n„Ich bitte Sie alle um Zustimmung.“\n\nDer Rat vertagte sich.";
    let d = direct(text);
    assert_eq!(d.len(), 3, "{d:?}");
    for (_, sp) in &d {
        assert_eq!(sp.as_deref(), Some("Die Bürgermeisterin"), "{d:?}");
    }
    let text = "Unter dem Titel „Neue Wege stellte der Verband sein Programm vor.\n\n„Wir \
                müssen mutiger werden“, sagte Verbandspräsident Jan Roth.";
    let r = rows(text);
    let d: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
    assert_eq!(d.len(), 1, "{r:?}");
    assert_eq!(d[0].1, "Wir müssen mutiger werden");
    assert_eq!(d[0].4, None, "{r:?}");
}

/// The commas of an apposition in the speaker end no content: with nothing said the
/// sentence reports nothing, and with a verb summarising a speech act it is a summary.
#[test]
fn apposition_commas_are_no_content() {
    let r = rows("Die Präsidentin des Gerichts, Anna Roth, äußerte sich zurückhaltend.");
    assert!(r.is_empty(), "{r:?}");
    let text = "Der Vorsitzende der Partei, Jan Roth, warf der Regierung schwere Fehler vor.";
    let r = rows(text);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Reported);
    assert_eq!(
        r[0].1,
        "Der Vorsitzende der Partei, Jan Roth, warf der Regierung schwere Fehler vor."
    );
    assert_eq!(
        r[0].2.as_deref(),
        Some("Der Vorsitzende der Partei, Jan Roth")
    );
}

/// `hieß es` takes its source past a time (`am Abend aus Regierungskreisen`), not a time.
#[test]
fn heisst_es_source_after_a_time() {
    for (text, speaker) in [
        (
            "Man sei zu Gesprächen bereit, hieß es am Abend aus Regierungskreisen.",
            Some("Regierungskreisen"),
        ),
        (
            "Man sei zu Gesprächen bereit, hieß es am Montag nach der Sitzung.",
            None,
        ),
    ] {
        let hit = indirect_row(text);
        assert_eq!(hit.1, "Man sei zu Gesprächen bereit", "{text}");
        assert_eq!(hit.2.as_deref(), speaker, "{text}");
    }
}

/// After an unnamed source, a news agency in the genitive is whom it spoke to, not whose
/// source it is; a spokesman of a medium keeps it.
#[test]
fn unnamed_source_speaks_to_the_agency() {
    let hit = indirect_row(
        "Die Offensive sei weit fortgeschritten, sagte eine hochrangige ukrainische Quelle \
         der Nachrichtenagentur Reuters.",
    );
    assert_eq!(
        hit.2.as_deref(),
        Some("eine hochrangige ukrainische Quelle")
    );
    let hit = indirect_row("Die Zahlen seien korrekt, sagte ein Sprecher der Zeitung.");
    assert_eq!(hit.2.as_deref(), Some("ein Sprecher der Zeitung"));
}

/// A verb of saying that is also the base of a separable one shows its particle in the cue
/// when the particle closes the clause (`kündigte … an`), and not otherwise.
#[test]
fn plain_and_separable_cue_keeps_its_particle() {
    for (text, cue) in [
        (
            "Der Kanzler kündigte am Abend Neuwahlen an.",
            "kündigte … an",
        ),
        (
            "Die Ministerin kündigte am Donnerstag an, die Steuern zu senken.",
            "kündigte … an",
        ),
        ("Die Gewerkschaft kündigte den Tarifvertrag.", "kündigte"),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].3.as_deref(), Some(cue), "{text}");
    }
}

/// A report that is a whole sentence holds the sentence's closing stop, as a direct
/// quotation holds its own; a report that is a clause of its sentence stops before it, and
/// so does one in tokenized text, whose stop stands apart as a token of the sentence.
#[test]
fn whole_sentence_reports_hold_their_stop() {
    for (text, want) in [
        (
            "Die Polizei sprach von einem Unfall. Der Fahrer sei zu schnell gewesen.",
            "Der Fahrer sei zu schnell gewesen.",
        ),
        (
            "Die Ministerin sagte, die Schulen blieben bis Ostern geschlossen.",
            "die Schulen blieben bis Ostern geschlossen",
        ),
        (
            "Der Verband teilte mit: Die Preise würden im Herbst steigen!",
            "Die Preise würden im Herbst steigen!",
        ),
        (
            "Er sagte am Montag, man werde „alles prüfen“.",
            "man werde „alles prüfen“",
        ),
        (
            "Die Polizei sprach von einem Unfall . Der Fahrer sei zu schnell gewesen .",
            "Der Fahrer sei zu schnell gewesen",
        ),
    ] {
        let r = rows(text);
        assert!(
            r.iter().any(|x| x.0 != QuoteKind::Direct && x.1 == want),
            "{text}: no report «{want}» in {r:?}"
        );
    }
    // A summary of a speech act is a whole sentence too.
    let r = rows("Die Gewerkschaft forderte eine schnellere Entscheidung.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str()),
        (
            QuoteKind::Reported,
            "Die Gewerkschaft forderte eine schnellere Entscheidung."
        )
    );
}

/// A Konjunktiv sentence without a verb of saying whose first clause is told, not reported
/// (it has a verb of its own, in no Konjunktiv), reports from the clause of its Konjunktiv
/// on; a first clause that fronts the Konjunktiv is part of the report.
#[test]
fn told_first_clause_is_no_part_of_the_report() {
    for (text, want) in [
        (
            "Der Bürgermeister sprach von einem Erfolg. Im Juni wurde bekannt, dass die Stadt \
             das Gelände verkaufen wolle.",
            "dass die Stadt das Gelände verkaufen wolle",
        ),
        (
            "Drei Menschen wurden leicht verletzt, die Verletzten seien inzwischen entlassen \
             worden.",
            "die Verletzten seien inzwischen entlassen worden",
        ),
        (
            "Die Polizei sprach von einem Unfall. Was die Anwohner wirklich wollten, sei mehr \
             Ruhe.",
            "Was die Anwohner wirklich wollten, sei mehr Ruhe.",
        ),
        (
            "Der Minister äußerte sich zurückhaltend. Sollte der Antrag angenommen werden, \
             könne die Stadt sofort bauen.",
            "Sollte der Antrag angenommen werden, könne die Stadt sofort bauen.",
        ),
    ] {
        let r = rows(text);
        assert!(
            r.iter().any(|x| x.0 == QuoteKind::Indirect && x.1 == want),
            "{text}: no report «{want}» in {r:?}"
        );
    }
}

/// Name particles and asides around a speaker: `sagte von der Leyen` names her (not `von
/// der Polizei`), an aside between dashes keeps the subject before it, and a name after
/// the attribution is the speaker's apposition, no second part of the report.
#[test]
fn particles_dashes_and_appositions_around_the_speaker() {
    let r = rows("„Wir müssen schneller handeln“, sagte von der Leyen am Montag in Brüssel.");
    assert_eq!(r[0].2.as_deref(), Some("von der Leyen"), "{r:?}");
    let r = rows("Die Lage sei ernst, hieß es von der Polizei.");
    assert_ne!(r[0].2.as_deref(), Some("von der Polizei"), "{r:?}");
    let hit = indirect_row(
        "Bundeskanzler Olaf Scholz – sichtlich verärgert – sagte, die Opposition blockiere \
         jede Reform.",
    );
    assert_eq!(hit.2.as_deref(), Some("Bundeskanzler Olaf Scholz"));
    let r = rows("Der Minister – sichtlich verärgert – kritisierte die Entscheidung des Gerichts.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Der Minister"), "{r:?}");
    let r = rows("Die Lage sei ernst, sagte die Präsidentin des Gerichts, Anna Roth, am Montag.");
    let reports: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Indirect).collect();
    assert_eq!(reports.len(), 1, "{r:?}");
    assert_eq!(reports[0].1, "Die Lage sei ernst");
}

/// Verbs of complaint, recommendation and pleading summarise a speech act as `fordern`
/// does; a reflexive `empfehlen` (`empfiehlt sich als`) does not.
#[test]
fn complaints_and_recommendations_are_summaries() {
    for (text, speaker) in [
        (
            "Der Verband bemängelte die fehlende Transparenz bei der Vergabe.",
            "Der Verband",
        ),
        (
            "Die Ärztin empfahl den Patienten eine Impfung im Herbst.",
            "Die Ärztin",
        ),
        (
            "Die Eltern beschwerten sich bei der Schulleitung über den Unterrichtsausfall.",
            "Die Eltern",
        ),
        (
            "Der Verteidiger plädierte auf Freispruch.",
            "Der Verteidiger",
        ),
        (
            "Die Opposition wirft der Regierung Versagen vor.",
            "Die Opposition",
        ),
    ] {
        let r = assert_whole_summary(text);
        assert_eq!(r.2.as_deref(), Some(speaker), "{text}");
    }
    assert!(rows("Der Konzern empfiehlt sich als Partner für die Stadt.").is_empty());
}

/// A name after the inverted speaker's comma is its apposition, not the content: the
/// clause before the verb is (`…, erklärte der Verhandlungsführer, Stefan Wolf, am Abend`),
/// also after a dash and `das` (`… – das erklärte …`).
#[test]
fn apposition_after_an_inverted_speaker_is_no_content() {
    for text in [
        "Die Verhandlungen sind vorerst gescheitert, erklärte der Verhandlungsführer der \
         Arbeitgeber, Stefan Wolf, am späten Abend.",
        "Die Verhandlungen sind vorerst gescheitert – das erklärte der Verhandlungsführer der \
         Arbeitgeber, Stefan Wolf, am späten Abend.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(
            r[0].1, "Die Verhandlungen sind vorerst gescheitert",
            "{text}"
        );
        assert_eq!(
            r[0].2.as_deref(),
            Some("der Verhandlungsführer der Arbeitgeber, Stefan Wolf"),
            "{text}"
        );
    }
    // A clause after the comma is still the content.
    let hit = indirect_row("Der Sprecher erklärte, Anna Roth werde das Amt übernehmen.");
    assert_eq!(hit.1, "Anna Roth werde das Amt übernehmen");
}

/// A relative clause on the inverted speaker that closes the sentence describes the
/// speaker, and so does a purpose clause: the content is the clause before the verb, also
/// when it opens with no subject (`Vor allem Ungarn blockiere …`, `Zudem …`).
#[test]
fn a_relative_clause_on_the_inverted_speaker_is_no_content() {
    for (text, content) in [
        (
            "Vor allem Ungarn blockiere eine Einigung, sagte ein Diplomat, der anonym bleiben \
             wollte.",
            "Vor allem Ungarn blockiere eine Einigung",
        ),
        (
            "Wir sind sehr zufrieden, sagte der Leiter, der für das Projekt zuständig ist.",
            "Wir sind sehr zufrieden",
        ),
        (
            "Zudem fehle das Geld, sagte die Kämmerin, ohne Zahlen zu nennen.",
            "Zudem fehle das Geld",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1, content, "{text}");
    }
}

/// An apposition to the inverted subject (`räumte der Sprecher, Klaus Berger, am Montag
/// ein`, `sagte Klaus Berger, der Sprecher der Stadt, am Montag`) belongs to the speaker,
/// and the verb's clause runs on after it: to a separable verb's particle or a `lassen`
/// verb's infinitive, to content with a verb of its own, or to the subject's next act.
#[test]
fn the_verb_clause_runs_on_past_an_apposition_to_its_subject() {
    let cases = [
        (
            "Die Planung sei zu knapp gewesen, räumte die Leiterin des Bauamts, Petra Lenz, \
             am Donnerstag ein.",
            "Die Planung sei zu knapp gewesen",
            "die Leiterin des Bauamts, Petra Lenz",
            "räumte … ein",
        ),
        (
            "Man prüfe weitere Schritte, fügte der Vorsitzende des Vereins, Jan Kuhn, hinzu.",
            "Man prüfe weitere Schritte",
            "der Vorsitzende des Vereins, Jan Kuhn",
            "fügte … hinzu",
        ),
        (
            "Die Halle bleibe geschlossen, ließ die Betreiberin, Firma Nord, mitteilen.",
            "Die Halle bleibe geschlossen",
            "die Betreiberin, Firma Nord",
            "ließ … mitteilen",
        ),
        (
            "Die Preise würden steigen, sagte Lea Brandt, die Sprecherin der Stadtwerke, \
             am Freitag.",
            "Die Preise würden steigen",
            "Lea Brandt, die Sprecherin der Stadtwerke",
            "sagte",
        ),
        (
            "Am Freitag teilte die Sprecherin der Stadtwerke, Lea Brandt, mit, die Preise \
             würden steigen.",
            "die Preise würden steigen",
            "die Sprecherin der Stadtwerke, Lea Brandt",
            "teilte … mit",
        ),
        (
            "Am Freitag erklärte die Sprecherin der Stadtwerke, Lea Brandt, die Preise würden \
             steigen.",
            "die Preise würden steigen",
            "die Sprecherin der Stadtwerke, Lea Brandt",
            "erklärte",
        ),
        (
            "Die Preise würden steigen, erklärte die Sprecherin der Stadtwerke, Lea Brandt, \
             und bat um Verständnis.",
            "Die Preise würden steigen",
            "die Sprecherin der Stadtwerke, Lea Brandt",
            "erklärte",
        ),
    ];
    for (text, content, speaker, cue) in cases {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, QuoteKind::Indirect, "{text}");
        assert_eq!(r[0].1, content, "{text}");
        assert_eq!(r[0].2.as_deref(), Some(speaker), "{text}");
        assert_eq!(r[0].3.as_deref(), Some(cue), "{text}");
    }
    // A direct quotation's speaker too, with the particle in the cue.
    let r = rows("„Das war ein Fehler“, räumte der Trainer, Ole Sander, ein.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("der Trainer, Ole Sander"));
    assert_eq!(r[0].3.as_deref(), Some("räumte … ein"));
    // A phrase after the subject is no apposition to it: the content after the comma stays.
    let hit =
        indirect_row("Später sagte die Ministerin vor der Presse, Berlin sei gut vorbereitet.");
    assert_eq!(hit.1, "Berlin sei gut vorbereitet");
    assert_eq!(hit.2.as_deref(), Some("die Ministerin"));
}

/// The source after `so` keeps its apposition, after a direct quotation and after a report.
#[test]
fn the_source_after_so_keeps_its_apposition() {
    let r = rows("„Der Zeitplan hält“, so die Leiterin des Projekts, Ida Berg.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        r[0].2.as_deref(),
        Some("die Leiterin des Projekts, Ida Berg")
    );
    let hit = indirect_row("Der Zeitplan halte, so die Leiterin des Projekts, Ida Berg, am Abend.");
    assert_eq!(hit.1, "Der Zeitplan halte");
    assert_eq!(
        hit.2.as_deref(),
        Some("die Leiterin des Projekts, Ida Berg")
    );
    // Both parts around the source keep the whole phrase.
    let r = rows("Der Zeitplan, so die Leiterin des Projekts, Ida Berg, halte.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r
        .iter()
        .all(|x| x.2.as_deref() == Some("die Leiterin des Projekts, Ida Berg")));
}

/// `Für X ist die Sache klar: „…“`: the holder of the view after `Für` speaks, not the
/// subject of the clause (`die Sache`).
#[test]
fn the_holder_after_fuer_speaks_the_quotation_after_the_colon() {
    let d = direct(
        "Der Rat hat abgestimmt. Für Stadträtin Mira Olsen ist die Lage eindeutig: „Das Bad \
         muss bleiben.“",
    );
    assert_eq!(
        d,
        [(
            "Das Bad muss bleiben.".to_string(),
            s("Stadträtin Mira Olsen")
        )]
    );
    // Without a word of certainty it is no view: `Für Radfahrer gilt: …` names no speaker.
    let d = direct("Für Radfahrer gilt ab Juni: „Helmpflicht auf allen Wegen.“");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, None);
}

/// A short quotation before the base of a separable verb of saying that is also a function
/// word (`„…“, gab X zu`) is speech, not a report holding the marks; an apposition to the
/// speaker that closes with a colon is no content either.
#[test]
fn short_quotations_before_separable_verbs_and_appositions_before_colons() {
    let r = rows("„Es war ein Irrtum“, gab Keller zu.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Direct);
    assert_eq!(r[0].1, "Es war ein Irrtum");
    assert_eq!(r[0].3.as_deref(), Some("gab … zu"));
    let r = rows("Dazu sagte der Sprecher der Polizei, Tom Brandl: „Wir suchen weiter.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Direct);
    assert_eq!(
        r[0].2.as_deref(),
        Some("der Sprecher der Polizei, Tom Brandl")
    );
}

/// Two names joined by `und` in apposition to the subject belong to it: they are no content
/// of the verb after them.
#[test]
fn two_names_in_apposition_belong_to_the_subject() {
    let text = "Die Sprecher der Initiative, Tina Roth und Ole Berg, stellten am Montag ihre \
                Forderungen vor.";
    let r = rows(text);
    assert!(
        r.iter()
            .all(|x| x.1 != "Die Sprecher der Initiative, Tina Roth und Ole Berg"),
        "{r:?}"
    );
    let hit = indirect_row(
        "Die Sprecher der Initiative, Tina Roth und Ole Berg, sagten, der Park müsse bleiben.",
    );
    assert_eq!(hit.1, "der Park müsse bleiben");
    assert_eq!(
        hit.2.as_deref(),
        Some("Die Sprecher der Initiative, Tina Roth und Ole Berg")
    );
}

/// A title and a name right after the inverted speaker's noun are the addressee in the
/// dative, not part of the speaker (`fragte eine Journalistin Minister X, ob …`); after a
/// title they are the same person's (`der CDU-Vorsitzende Ministerpräsident X`).
#[test]
fn a_titled_name_after_the_speaker_noun_is_the_addressee() {
    let hit = indirect_row(
        "Im Saal fragte eine Studentin Finanzminister Paul Eder, ob er davon gewusst habe.",
    );
    assert_eq!(hit.2.as_deref(), Some("eine Studentin"));
}

#[test]
fn two_titles_before_a_name_are_one_speaker() {
    let hit = indirect_row(
        "Am Abend sagte der SPD-Vorsitzende Ministerpräsident Karl Wendt, die Lage sei ernst.",
    );
    assert_eq!(
        hit.2.as_deref(),
        Some("der SPD-Vorsitzende Ministerpräsident Karl Wendt")
    );
}

/// A summary verb's `zu` infinitive, also one with `zu` inside a particle verb, reports
/// what was said: indirect, as is what follows a `Wie X bekannt gab` clause.
#[test]
fn infinitive_and_wie_content_is_indirect() {
    for (text, content) in [
        (
            "Der Landrat hat am Montag angekündigt, von seinem Amt zurückzutreten.",
            "von seinem Amt zurückzutreten",
        ),
        (
            "Die Gewerkschaft hat den Senat aufgefordert, die Pläne vorzulegen.",
            "die Pläne vorzulegen",
        ),
        (
            "Wie die Stadtwerke am Morgen bekannt gaben, wird das Hallenbad im Mai geschlossen.",
            "wird das Hallenbad im Mai geschlossen",
        ),
    ] {
        let hit = indirect_row(text);
        assert_eq!(hit.1, content, "{text}");
    }
}

/// The clause after a summary's object is no content when it is a relative clause on that
/// object (the sentence reports) or a clause of its own (the first clause reports); after a
/// participle that is no summary verb, nothing is reported.
#[test]
fn a_clause_after_the_summarys_object_is_no_content() {
    let reported = |text: &str| -> Vec<String> {
        rows(text)
            .into_iter()
            .filter(|x| x.0 == QuoteKind::Reported)
            .map(|x| x.1)
            .collect()
    };
    let text = "Der Bericht kritisiert eine Änderung des Wahlrechts, die kurz vor der Wahl in \
                Kraft getreten ist.";
    // (A whole-sentence report holds its stop.)
    assert_eq!(reported(text), [text]);
    assert_eq!(
        reported("Die Rebellen bestreiten den Vorwurf, bleiben aber bei ihren Forderungen."),
        ["Die Rebellen bestreiten den Vorwurf"]
    );
    for text in [
        "Der Test soll wiederholt werden, wenn die Anwohner besser informiert sind.",
        "Er hatte zuvor einen Mann verteidigt, der wegen Betrugs angeklagt war.",
    ] {
        assert_eq!(rows(text), [], "{text}");
    }
    // (A clause in Konjunktiv, or with its own subject before the verb, is content.)
    let hit = rows("Kritiker hatten ihm vorgeworfen, er wollte sich nur selbst bereichern.");
    assert!(
        hit.iter()
            .any(|x| x.1 == "er wollte sich nur selbst bereichern"),
        "{hit:?}"
    );
}

/// An infinitive in an `um … zu` clause is a purpose, no verb of saying; `Um es klar zu
/// sagen:` still frames what follows.
#[test]
fn an_infinitive_of_purpose_is_no_cue() {
    let text = "Ich probiere lieber neue Stile aus, einfach um der Kreativität ihren Lauf zu \
                lassen, anstatt das gleiche Rezept zu wiederholen.";
    assert_eq!(rows(text), []);
    let r = rows("Um es klar zu sagen: Die Allianz braucht die Vereinigten Staaten.");
    assert!(
        r.iter().any(|x| x.1.starts_with("Die Allianz braucht")),
        "{r:?}"
    );
}

/// Promises, proposals, thanks and exclusions are speech acts a summary reports.
#[test]
fn more_verbs_of_summary() {
    for text in [
        "Oberbürgermeister Rainer Kühl sicherte der Firma die Unterstützung der Stadt zu.",
        "Die Ministerin schlug eine Reform der Pflegeversicherung vor.",
        "Der Präsident dankte den Helfern für ihren Einsatz.",
        "Der Parteichef schloss eine Koalition mit der AfD aus.",
    ] {
        let r = rows(text);
        assert!(
            r.iter()
                .any(|x| x.0 == QuoteKind::Reported && x.2.is_some()),
            "{text}: {r:?}"
        );
    }
}

/// A summary right before `Dies bestätigte X` is what X passes on: X is its source.
#[test]
fn an_anaphoric_source_takes_over_the_summary_before() {
    let r = rows(
        "Die Gewerkschaft kritisierte den Plan scharf. Dies bestätigte der Sprecher Jan Ott am \
         Abend.",
    );
    let hit = r
        .iter()
        .find(|x| x.1.starts_with("Die Gewerkschaft"))
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(hit.0, QuoteKind::Indirect, "{r:?}");
    assert_eq!(hit.2.as_deref(), Some("der Sprecher Jan Ott"));
}

/// A participle of saying inside a report in Konjunktiv belongs to the report; the verb of
/// saying after the comma attributes it.
#[test]
fn a_participle_of_saying_inside_the_report_is_no_cue() {
    assert_speakers_of_quotations(&[
        (
            "Die Arbeitgeber hätten in drei Runden kein Angebot vorgelegt, sagte \
             Verhandlungsführer Kai Brenner.",
            "Die Arbeitgeber hätten",
            "Verhandlungsführer Kai Brenner",
        ),
        (
            "Bei einer Prüfung seien Schäden an der Brücke festgestellt worden, erklärte die \
             Behörde.",
            "Bei einer Prüfung seien",
            "die Behörde",
        ),
        (
            "Am Mittwoch seien 40 solcher Anrufe gemeldet worden, teilte das Präsidium mit.",
            "Am Mittwoch seien",
            "das Präsidium",
        ),
    ]);
}

/// The source of `heißt es` after the content is the phrase after `es`, not the content's
/// first phrase; a source right after `es` wins over a place before the verb; a title in
/// marks after `Im` is a publication's, and `dort` points to a medium named just before. An
/// inverted
/// attribution closing the sentence wins over an epistemic `nach` phrase inside it.
#[test]
fn sources_of_heisst_es_and_closing_attributions() {
    assert_speakers_of_quotations(&[
        (
            "In einzelnen Packungen seien Listerien nachgewiesen worden, heißt es in einer \
             Mitteilung des Unternehmens.",
            "In einzelnen Packungen",
            "einer Mitteilung des Unternehmens",
        ),
        (
            "In Washington hieß es aus dem Außenministerium, man prüfe die Vorwürfe.",
            "man prüfe",
            "dem Außenministerium",
        ),
        // (A title in marks after `Im` names a publication.)
        (
            "Im „Spiegel“ heißt es: „Das Land braucht Reformen.“",
            "Das Land braucht",
            "„Spiegel“",
        ),
        // (`heißt es dort`: the medium named by its noun in the sentence before.)
        (
            "Die französische Zeitung „Le Monde“ sieht das ähnlich. Die Krise sei vorbei, \
             heißt es dort.",
            "Die Krise sei vorbei",
            "„Le Monde“",
        ),
        (
            "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es, dass es \
             Fortschritte gegeben habe.",
            "dass es Fortschritte",
            "dieser Resolution",
        ),
        (
            "Verletzt wurde nach ersten Erkenntnissen niemand, teilte das Landratsamt mit.",
            "Verletzt wurde nach ersten Erkenntnissen niemand",
            "das Landratsamt",
        ),
    ]);
}

/// A verb of saying after a comma and `aber` opens a second predicate of the sentence's
/// subject: what stands before it is no content of its, and the subject is its speaker.
#[test]
fn a_second_predicate_after_aber_is_no_inverted_attribution() {
    let text = "Der Onkologe Martin Feldhaus nannte die Daten „vielversprechend“, warnte aber \
                vor zu hohen Erwartungen.";
    let r = rows(text);
    assert!(r.iter().all(|x| x.0 != QuoteKind::Indirect), "{r:?}");
    let hit = r
        .iter()
        .find(|x| x.0 == QuoteKind::Reported)
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(hit.2.as_deref(), Some("Der Onkologe Martin Feldhaus"));
}

/// `Das lehnte X ab` judges the sentence before rather than passing it on: that sentence
/// is no report of X's, and the anaphoric sentence is X's summary. `Das teilte X mit` still
/// makes the sentence before X's report.
#[test]
fn a_judging_verb_after_das_makes_no_report_of_the_sentence_before() {
    let r = rows(
        "Die Fraktion forderte, freiwillige Leistungen zu streichen. Das lehnte \
         Oberbürgermeisterin Sabine Holtkamp ab.",
    );
    assert!(
        r.iter()
            .all(|x| !(x.1.starts_with("Die Fraktion") && x.0 == QuoteKind::Indirect)),
        "{r:?}"
    );
    assert!(
        r.iter().any(|x| x.0 == QuoteKind::Reported
            && x.1.starts_with("Das lehnte")
            && x.2.as_deref() == Some("Oberbürgermeisterin Sabine Holtkamp")),
        "{r:?}"
    );
    let r = rows("Der Zoll fand 800 Kilogramm Kokain. Das teilte das Hauptzollamt mit.");
    assert!(
        r.iter().any(|x| x.0 == QuoteKind::Indirect
            && x.1.starts_with("Der Zoll fand")
            && x.2.as_deref() == Some("das Hauptzollamt")),
        "{r:?}"
    );
}

/// Speaker phrases: a noun of age ends before a prepositional phrase (no extended attribute
/// `der 61-Jährige bei einer kurzen …`), and `Dessen`/`Deren` opening the field is a
/// possessive like `Sein`, so the titled name after the verb is the object.
#[test]
fn speaker_phrases_after_age_nouns_and_possessive_dessen() {
    assert_speakers_of_quotations(&[
        (
            "„Ich habe es mir nicht leicht gemacht“, sagte der 61-Jährige bei einer kurzen \
             Pressekonferenz.",
            "Ich habe es",
            "der 61-Jährige",
        ),
        (
            "Dessen Wortführer Jean-Luc Mélenchon forderte Präsident Emmanuel Macron auf, die \
             Linke mit der Regierungsbildung zu beauftragen.",
            "die Linke",
            "Dessen Wortführer Jean-Luc Mélenchon",
        ),
    ]);
}

/// A report continued after a quotation takes the speaker of the verb of saying outside
/// the quotation, not a pronoun inside it (`„Die Polizei wird Sie nie …“`).
#[test]
fn a_continuation_takes_no_speaker_from_inside_the_quotation_before() {
    assert_speakers_of_quotations(&[(
        "„Die Polizei wird Sie niemals um Geld bitten“, sagte Kommissar Stefan Wirth. Im \
         Zweifel solle man auflegen.",
        "Im Zweifel",
        "Kommissar Stefan Wirth",
    )]);
}

/// A sentence whose first clause is in Konjunktiv II right after a quotation with its
/// speaker continues that speaker's words (`Viele Städte müssten nun sparen`, `stünden`);
/// a Konjunktiv II only in a clause after a comma (`…, als hätte er …`) does not.
#[test]
fn konjunktiv_ii_after_an_attributed_quotation_continues_it() {
    assert_speakers_of_quotations(&[
        (
            "„Wir sind am Limit“, sagte Oberbürgermeisterin Karin Welge. Viele Städte müssten \
             nun an anderer Stelle sparen.",
            "Viele Städte müssten",
            "Oberbürgermeisterin Karin Welge",
        ),
        (
            "„Die Kassen sind leer“, sagte Kämmerer Jochen Blum. Freiwillige Leistungen \
             stünden deshalb auf dem Prüfstand.",
            "Freiwillige Leistungen stünden",
            "Kämmerer Jochen Blum",
        ),
    ]);
    let r = rows("„Ich bin müde“, sagte der Alte. Er hustete, als hätte er die Schwindsucht.");
    assert!(r.iter().all(|x| x.0 == QuoteKind::Direct), "{r:?}");
}

/// A quotation alone after a sentence that opens with a person is theirs, also when that
/// person is a noun of age (`Die 17-Jährige`) or a role with a genitive and an apposition
/// (`Der Chef der Arbeitsagentur, X,` — the genitive's `-agentur` makes no dative medium).
#[test]
fn a_quotation_after_an_age_noun_or_a_role_with_genitive_and_apposition() {
    assert_speakers_of_quotations(&[
        (
            "Der Minister empfing die Siegerin. Die 17-Jährige war sichtlich aufgeregt. „Ich \
             hätte nie gedacht, dass ich einmal hier stehe.“",
            "Ich hätte nie gedacht",
            "Die 17-Jährige",
        ),
        (
            "Der Chef der Arbeitsagentur, Detlef Rausch, zeichnete ein düsteres Bild. „Die \
             Arbeitslosigkeit wird im Winter steigen.“",
            "Die Arbeitslosigkeit",
            "Der Chef der Arbeitsagentur, Detlef Rausch",
        ),
    ]);
}

/// A participle of saying after an auxiliary in Konjunktiv, right after a report, belongs
/// to the report it continues (`vorgelegt` is no cue here); one that opens content of its
/// own still introduces it.
#[test]
fn a_konjunktiv_participle_after_a_report_continues_it() {
    assert_speakers_of_quotations(&[
        (
            "Die Gewerkschaft Verdi teilte mit, die Beschäftigten seien zu Streiks bereit. Die \
             Arbeitgeber hätten bislang kein akzeptables Angebot vorgelegt.",
            "Die Arbeitgeber hätten",
            "Die Gewerkschaft Verdi",
        ),
        (
            "Die Gewerkschaft Verdi teilte mit, die Beschäftigten seien zu Streiks bereit. Die \
             Arbeitgeber hätten sich gewünscht, dass früher verhandelt werde.",
            "dass früher verhandelt werde",
            "Die Arbeitgeber",
        ),
    ]);
}

/// A quotation introduced as the wording (`mit den Worten „…“`, no colon) is the report: the
/// sentence around it is no summary besides.
#[test]
fn a_quotation_after_mit_den_worten_is_the_only_report() {
    for text in [
        "Die Bild-Zeitung zitierte den Minister mit den Worten „Das wird teuer für alle“.",
        "Der Trainer kommentierte die Niederlage mit den Worten „Das war zu wenig“.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, QuoteKind::Direct, "{text}: {r:?}");
    }
}

/// A question framing the answer (`Auf die Frage, ob …`, `Gefragt nach …`) is the asker's:
/// neither content of the answer nor its cue. A sentence that only opens with `Auf die
/// Frage` as an object is read as before.
#[test]
fn a_question_framing_the_answer_is_no_part_of_it() {
    let r = rows(
        "Auf die Frage, ob er zurücktreten werde, sagte der Minister, dies stehe nicht zur \
         Debatte.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "dies stehe nicht zur Debatte");
    assert_eq!(r[0].2.as_deref(), Some("der Minister"));

    let r = rows("Auf die Frage, ob er zurücktreten werde, antwortete der Minister: „Nein.“");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, "Nein."));

    let r = rows("Gefragt nach den Kosten, sagte die Ministerin, diese seien gedeckt.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "diese seien gedeckt");
    assert_eq!(r[0].2.as_deref(), Some("die Ministerin"));

    let r = rows(
        "Auf die Frage der Finanzierung ging der Minister nicht ein, er sagte aber, das Geld \
         sei da.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "das Geld sei da");
}

/// A quotation not reopened in its next paragraph but closed there is one quotation over
/// both paragraphs, in one part per paragraph as when it is reopened; a multi-paragraph
/// quotation attributed only after its last part gives every part that speaker.
#[test]
fn multi_paragraph_quotations_closed_later_or_attributed_at_the_end() {
    let r = rows(
        "„Wir haben lange gewartet.\n\nDie Schule wird 2027 fertig“, sagte der Bürgermeister.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r.iter().all(|x| x.0 == QuoteKind::Direct), "{r:?}");
    assert_eq!(r[0].1, "Wir haben lange gewartet.");
    assert_eq!(r[1].1, "Die Schule wird 2027 fertig");
    for x in &r {
        assert_eq!(x.2.as_deref(), Some("der Bürgermeister"), "{r:?}");
    }
    assert!(r[0].4.is_some() && r[0].4 == r[1].4, "{r:?}");

    let r = rows(
        "„Wir haben lange gewartet.\n\n„Die Schule wird 2027 fertig“, sagte der Bürgermeister.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    for x in &r {
        assert_eq!(x.2.as_deref(), Some("der Bürgermeister"), "{r:?}");
        assert_eq!(x.4, r[0].4);
    }
    assert!(r[0].4.is_some());
}

/// A report goes on in Konjunktiv over forms the word list lacks after `Er` or `Dies`
/// (`Er erhebe Anspruch …`, `Dies gefährde vor allem …`), and over an infinitive of saying
/// after a Konjunktiv modal that opens no content (`Er könne nichts versprechen`).
#[test]
fn konjunktiv_continuations_past_unknown_forms_and_modal_infinitives() {
    for (text, opens) in [
        (
            "Der Kandidat sagte, die Wähler hätten ihm einen Auftrag gegeben. Er erhebe Anspruch \
             auf das Amt.",
            "Er erhebe Anspruch",
        ),
        (
            "Die Forscher sagten, die Ostsee erwärme sich schnell. Dies gefährde vor allem den \
             Dorschbestand.",
            "Dies gefährde",
        ),
        (
            "Der Minister sagte, die Lage sei ernst. Er könne nichts versprechen.",
            "Er könne nichts versprechen",
        ),
        (
            "Der Angeklagte sagte, er habe sich nur verteidigt. Er könne sich an den Ablauf \
             nicht mehr erinnern.",
            "Er könne sich",
        ),
    ] {
        let r = rows(text);
        let hit = r
            .iter()
            .find(|x| x.1.starts_with(opens))
            .unwrap_or_else(|| panic!("{text}: {r:?}"));
        assert_eq!(hit.0, QuoteKind::Indirect, "{text}: {r:?}");
        assert_eq!(hit.3, None, "{text}: {r:?}");
        assert_eq!(hit.2, r[0].2, "{text}: {r:?}");
    }
}

/// `machte deutlich` / `machte klar` introduce content as `stellte klar` does; `bestätigt`
/// of an election (`im Amt`, `als Vorsitzende`) reports nothing.
#[test]
fn deutlich_machen_is_a_cue_and_confirmed_in_office_is_none() {
    let r = rows("Die Ministerin machte deutlich, dass sie an dem Plan festhalten werde.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "dass sie an dem Plan festhalten werde");
    assert_eq!(r[0].2.as_deref(), Some("Die Ministerin"));
    assert_eq!(r[0].3.as_deref(), Some("machte … deutlich"));
    let r = rows("Der Kanzler machte klar, die Regierung werde nicht nachgeben.");
    assert_eq!(r[0].3.as_deref(), Some("machte … klar"), "{r:?}");

    for text in [
        "Der Vorstand wurde am Samstag im Amt bestätigt.",
        "Anna Berg wurde mit 90 Prozent als Vorsitzende bestätigt.",
    ] {
        assert_eq!(rows(text), vec![], "{text}");
    }
    let r = rows("Die Polizei hat den Vorfall am Abend bestätigt.");
    assert_eq!(r.len(), 1, "{r:?}");
}

/// A name goes on past `für` after an institution or office (`des Landesamts für
/// Gesundheit und Lebensmittelsicherheit`, not `in Heidelberg` after it); a medium after a
/// noun of age or a name is the dative addressee, not a genitive (`sagte die 62-Jährige
/// der „Mittelbayerischen Zeitung“`), unlike after a role (`ein Sprecher der Zeitung`).
#[test]
fn speaker_phrases_with_fuer_and_a_dative_medium() {
    assert_speakers_of_quotations(&[
        (
            "Nach Angaben des Landesamts für Gesundheit und Lebensmittelsicherheit wurden mehr \
             als 18.000 Fälle gemeldet.",
            "wurden mehr als",
            "Angaben des Landesamts für Gesundheit und Lebensmittelsicherheit",
        ),
        (
            "„Die Daten sind eindeutig“, sagte der Sprecher des Instituts für Kernphysik in \
             Heidelberg.",
            "Die Daten sind",
            "der Sprecher des Instituts für Kernphysik",
        ),
        (
            "„Es war furchtbar“, sagte die 62-Jährige der „Mittelbayerischen Zeitung“.",
            "Es war furchtbar",
            "die 62-Jährige",
        ),
        (
            "„Es war furchtbar“, sagte Anna Meier der Mittelbayerischen Zeitung.",
            "Es war furchtbar",
            "Anna Meier",
        ),
        (
            "„Es war furchtbar“, sagte ein Sprecher der Zeitung.",
            "Es war furchtbar",
            "ein Sprecher der Zeitung",
        ),
    ]);
}

/// A call to something (`rief … zu … auf`, `zu … aufgerufen`, `zu … aufgefordert`) is a
/// summary of a speech act; calling someone (`rief die Polizei`) or opening a web page
/// (`die Seite aufgerufen`) is none.
#[test]
fn calls_to_action_are_summaries() {
    for text in [
        "Der Präsident hat den Westen zu mehr Unterstützung aufgerufen.",
        "Der Präsident rief den Westen zu mehr Unterstützung auf.",
        "Mehr als 100 Ökonomen haben die Regierung zu einer Reform der Schuldenbremse \
         aufgefordert.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, QuoteKind::Reported, "{text}: {r:?}");
    }
    for text in [
        "Der Nachbar rief die Polizei.",
        "Eine Million Menschen haben die Seite am Montag aufgerufen.",
    ] {
        assert_eq!(rows(text), vec![], "{text}");
    }
}

/// A report going on in Konjunktiv keeps its whole sentence: neither a `zu` infinitive of
/// saying after its comma (`…, Kunden auf Angebote hinzuweisen`) nor a `dass` clause after
/// a noun (`Man brauche mehr Gewissheit, dass …`) starts a report of its own.
#[test]
fn a_continued_report_keeps_its_zu_infinitive_and_dass_clause() {
    for (text, opens) in [
        (
            "Apple verstoße gegen das Gesetz, heißt es in einer Mitteilung der Behörde. Der \
             Konzern habe Entwicklern nicht erlaubt, Kunden auf günstigere Angebote hinzuweisen.",
            "Der Konzern habe Entwicklern nicht erlaubt, Kunden",
        ),
        (
            "Powell sagte, eine Zinssenkung im März sei unwahrscheinlich. Man brauche mehr \
             Gewissheit, dass die Inflation dauerhaft sinke.",
            "Man brauche mehr Gewissheit, dass",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 2, "{text}: {r:?}");
        assert!(r[1].1.starts_with(opens), "{text}: {r:?}");
        assert_eq!(
            (r[1].0, r[1].3.as_deref()),
            (QuoteKind::Indirect, None),
            "{r:?}"
        );
        assert_eq!(r[1].2, r[0].2, "{text}: {r:?}");
    }
}

/// A second summary verb coordinated after the first one's object makes one summary of the
/// whole sentence; a clause of its own with another verb leaves the first clause.
#[test]
fn coordinated_summaries_are_one_summary() {
    let r = rows("Die Verbände begrüßten die Einigung, forderten aber weitere Entlastungen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str()),
        (
            QuoteKind::Reported,
            "Die Verbände begrüßten die Einigung, forderten aber weitere Entlastungen."
        )
    );
    let r = rows("Die Verbände begrüßten die Einigung, bleiben aber bei ihren Zielen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "Die Verbände begrüßten die Einigung");
}

/// After a colon that closes a told clause (`X reagierte auf seiner Plattform:`), a report
/// in Konjunktiv is what follows the colon only.
#[test]
fn a_konjunktiv_report_after_a_colon_starts_after_it() {
    assert_speakers_of_quotations(&[(
        "Der Kandidat Donald Trump reagierte auf seiner Plattform: Biden sei nicht geeignet \
         gewesen.",
        "Biden sei nicht geeignet",
        "Der Kandidat Donald Trump",
    )]);
}

/// A dateline whose place has a short lower-case word (`Frankfurt am Main`, `Mülheim an der
/// Ruhr`) is no part of the report after it; without an agency or date it stays text.
#[test]
fn datelines_with_a_lower_case_word_in_the_place() {
    for (text, opens) in [
        (
            "Frankfurt am Main (Deutschland), 13.06.2024 – Die Kette schließt 16 Filialen, \
             teilte der Insolvenzverwalter mit.",
            "Die Kette schließt",
        ),
        (
            "Mülheim an der Ruhr (dpa) – Die Stadt sei pleite, sagte der Kämmerer.",
            "Die Stadt sei pleite",
        ),
        (
            "Er an der Spitze – das sei gut, sagte sie.",
            "Er an der Spitze",
        ),
    ] {
        let r = rows(text);
        assert!(r.iter().any(|x| x.1.starts_with(opens)), "{text}: {r:?}");
    }
}

/// A pronominal adverb opening the sentence is no speaker (`Darin schreiben die Autoren`);
/// a quoted paper after a role outside the media is the dative addressee (`sagte die
/// CDU-Politikerin der „Rheinischen Post“`).
#[test]
fn pronominal_adverbs_and_quoted_papers_are_no_speakers() {
    assert_speakers_of_quotations(&[
        (
            "Die Studie erschien im Fachblatt „Lancet“. Darin schreiben die Autoren, die \
             Ergebnisse seien eindeutig.",
            "die Ergebnisse seien",
            "die Autoren",
        ),
        (
            "„Wir brauchen mehr Geld“, sagte die CDU-Politikerin der „Rheinischen Post“.",
            "Wir brauchen mehr Geld",
            "die CDU-Politikerin",
        ),
    ]);
}

/// `berichten von` sums up what was told; `berichtete über` a topic reports nothing.
#[test]
fn berichten_von_is_a_summary() {
    let r = rows("Augenzeugen berichteten von einem lauten Knall.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].2.as_deref()),
        (QuoteKind::Reported, Some("Augenzeugen"))
    );
    assert_eq!(
        rows("Die Zeitung berichtete am Montag über den Fall."),
        vec![]
    );
}

/// `„…“, hieß es in …` attributes the quotation before it, however short and whatever its
/// words (`Wir sind am Ziel` has no lower-case content word).
#[test]
fn a_short_quotation_before_hiess_es_is_direct() {
    let r =
        rows("Das Haus blieb ruhig. „Wir sind noch nicht am Ziel“, hieß es in einer Mitteilung.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (
            QuoteKind::Direct,
            "Wir sind noch nicht am Ziel",
            Some("einer Mitteilung")
        )
    );
}

/// A noun of age with its article is a whole speaker phrase before a separable particle
/// (`fügte die 52-Jährige hinzu`); a clause after a summary's comma whose own subject has
/// an indicative verb of saying is the next party's act (`…kritisierte den Plan, die
/// Stadtverwaltung verteidigte ihn`); `berichten` with an adverb before `von` still sums up.
#[test]
fn age_nouns_before_particles_next_parties_and_berichten_unterdessen_von() {
    assert_speakers_of_quotations(&[(
        "Anna Berg sprach von einem guten Tag. Die Einnahmen sollten in den Grundwasserschutz \
         fließen, fügte die 52-Jährige hinzu.",
        "Die Einnahmen sollten",
        "die 52-Jährige",
    )]);
    let r =
        rows("Die Gewerkschaft kritisierte den Plan scharf, die Stadtverwaltung verteidigte ihn.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str()),
        (
            QuoteKind::Reported,
            "Die Gewerkschaft kritisierte den Plan scharf"
        )
    );
    let r = rows("Kinderärzte berichten unterdessen von überfüllten Praxen.");
    assert_eq!(r.len(), 1, "{r:?}");
}

/// A perfect-tense summary after a subject with a comma apposition (`Die Vorsitzenden der
/// Grünen, Ricarda Lang und Omid Nouripour, haben ihren Rücktritt angekündigt`) is found
/// with that subject.
#[test]
fn a_perfect_summary_after_a_subject_with_apposition() {
    let r = rows(
        "Die Vorsitzenden der Grünen, Ricarda Lang und Omid Nouripour, haben ihren Rücktritt \
         angekündigt.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Reported);
    assert!(
        r[0].2
            .as_deref()
            .is_some_and(|s| s.starts_with("Die Vorsitzenden der Grünen")),
        "{r:?}"
    );
}

/// Senses of verbs of saying that pass nothing on: `sich … versprechen` (to expect), `sich
/// für … entscheiden` (to choose), `drohen` of what may happen to someone, `bestreiten` of a
/// match, and the state `ist verboten`. Their speech senses stay.
#[test]
fn verbs_of_saying_in_senses_that_say_nothing() {
    for text in [
        "Von den finnischen Hunden verspricht man sich nun Erfolg.",
        "Die Regierung verspricht sich von der Reform eine schnellere Gesetzgebung.",
        "Da ein Rückflug nicht möglich war, entschied sich der Pilot für Düsseldorf.",
        "Der Spielerin droht eine Sperre von bis zu vier Jahren.",
        "Im Falle einer Verurteilung droht ihm eine lange Haftstrafe.",
        "Deutschland bestreitet sein zweites Gruppenspiel am 11. Januar gegen Spanien.",
        "Charlton bestritt insgesamt 106 Länderspiele für England.",
        "In Niedersachsen ist es verboten, im Wald zu rauchen.",
    ] {
        assert_eq!(rows(text), vec![], "{text}");
    }
    for (text, kind) in [
        (
            "Die Regierung versprach schnelle Hilfe für die Opfer.",
            QuoteKind::Reported,
        ),
        (
            "Die Partei droht damit, das Ergebnis nicht anzuerkennen.",
            QuoteKind::Indirect,
        ),
        (
            "Der Präsident drohte, die Grenzen zu schließen.",
            QuoteKind::Indirect,
        ),
        (
            "Der Angeklagte bestritt die Vorwürfe gegen seine Person.",
            QuoteKind::Reported,
        ),
        (
            "Die Bundeswehr hat entschieden, das Tanklager aufzugeben.",
            QuoteKind::Indirect,
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, kind, "{text}: {r:?}");
    }
}

/// An adverbial clause in the first place before a verb of saying is no content of its:
/// the sentence is the summary, or nothing. A clause with a main clause of its own stays
/// the content before an inverted attribution.
#[test]
fn an_adverbial_clause_before_the_verb_is_no_content() {
    let r = rows(
        "Obwohl bei dem Täter das geraubte Handy gefunden wurde, bestritt er eine \
         Tatbeteiligung.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Reported);
    assert!(
        r[0].1.contains(", bestritt er eine Tatbeteiligung"),
        "{r:?}"
    );
    // (`bat … um` sums up a request: the whole sentence, not the clause before it.)
    let s = "Da er noch nie eine Krawatte gebunden hatte, bat er die Beamten um Hilfe.";
    let r = rows(s);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Reported, s));
    let r = rows(
        "Als Kämpfer die Stadt einnahmen, töteten sie Hunderte Zivilisten, teilten die \
         Vereinten Nationen mit.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert!(
        r[0].1
            .starts_with("Als Kämpfer die Stadt einnahmen, töteten"),
        "{r:?}"
    );
}

/// Speakers tester sets found wrong: a quotation after another speaker's own verb of
/// saying is no part of the quotation before (`„…“, sagte X. Y sagte: „…“`); a bare
/// quotation after an inverted attribution closing a report is that speaker's, not the
/// report's subject's; a pronoun before `selbst` is the subject; `X zufolge` after a verb
/// names X, not the clause before it.
#[test]
fn speakers_after_another_speaker_a_report_and_selbst() {
    assert_speakers_of_quotations(&[
        (
            "„Wir sparen an allen Ecken“, sagte Katja Hein. Olaf Brückner sagte: „Die Busse \
             sind leer.“",
            "Die Busse",
            "Olaf Brückner",
        ),
        (
            "Die Arbeitgeber hätten kein Angebot vorgelegt, sagte Gewerkschafterin Eva Roth. \
             »Damit lassen sie uns keine Wahl.«",
            "Damit lassen",
            "Gewerkschafterin Eva Roth",
        ),
        (
            "Der Stürmer Max Keller traf zweimal. Er selbst sprach von einem der besten \
             Spiele seiner Karriere.",
            "Er selbst",
            "Er",
        ),
        (
            "Die Gletscher verlieren einer neuen Studie zufolge jedes Jahr zwei Meter an \
             Dicke.",
            "Die Gletscher",
            "einer neuen Studie",
        ),
    ]);
    let r = rows(
        "„Wir sparen an allen Ecken“, sagte Katja Hein. Olaf Brückner sagte: „Die Busse sind \
         leer.“",
    );
    assert!(r.iter().all(|x| x.4.is_none()), "{r:?}");
}

/// A Konjunktiv report whose object has a relative clause before the attribution is one
/// report (`Sein Land werde keinen Maßnahmen zustimmen, die …, sagte X`); a phrase with no
/// verb after a summary's comma goes on with its object (`fordert acht Prozent, mindestens
/// aber 300 Euro`): the sentence is the summary.
#[test]
fn relative_clauses_before_the_attribution_and_verbless_phrases_after_the_object() {
    let r = rows(
        "Sein Land werde keinen Maßnahmen zustimmen, die die Energiesicherheit gefährdeten, \
         sagte Viktor Orbán.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (
            QuoteKind::Indirect,
            "Sein Land werde keinen Maßnahmen zustimmen, die die Energiesicherheit gefährdeten",
            Some("Viktor Orbán")
        )
    );
    let r =
        rows("Die Gewerkschaft fordert acht Prozent mehr Lohn, mindestens aber 300 Euro im Monat.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Reported);
    assert!(r[0].1.starts_with("Die Gewerkschaft fordert"), "{r:?}");
}

/// A relative clause on a summary's object describes the object (`kündigte ein Gesetz an,
/// das die Verfahren verkürzen soll`), and a subject's relative clause before the verb of
/// saying is no content (`Ein Mann, der den Unfall gesehen hatte, berichtete von …`): the
/// sentence is the summary.
#[test]
fn relative_clauses_on_a_summarys_object_or_subject() {
    for (text, opens) in [
        (
            "Die Ministerin kündigte ein Gesetz an, das die Verfahren deutlich verkürzen soll.",
            "Die Ministerin kündigte",
        ),
        (
            "Ein Mann, der den Unfall gesehen hatte, berichtete von einem lauten Knall.",
            "Ein Mann, der",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, QuoteKind::Reported, "{text}: {r:?}");
        assert!(r[0].1.starts_with(opens), "{text}: {r:?}");
    }
    // (An article before an adjective and its noun opens no relative clause.)
    let r = rows("Der Minister hat angekündigt, das achtjährige Gymnasium zu reformieren.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str()),
        (
            QuoteKind::Indirect,
            "das achtjährige Gymnasium zu reformieren"
        )
    );
}

/// Summaries in the perfect of particle verbs (`hat … ausgeschlossen`, `zurückgewiesen`,
/// `hat sich für … ausgesprochen`), `warnen` in every form, and a verb of naming that
/// judges (`bezeichnete X als Y`, `nannte X einen Y`). Not the state `ist ausgeschlossen`,
/// `ausgesprochen` as an adverb, or a definition with `man`.
#[test]
fn perfect_summaries_warnen_and_naming_verbs_that_judge() {
    for text in [
        "Macron hat vorgezogene Neuwahlen ausgeschlossen.",
        "Die Regierung hat die Vorwürfe zurückgewiesen.",
        "Die Kanzlerin hat sich für einen Kompromiss ausgesprochen.",
        "Augenärzte warnen vor zu viel Bildschirmzeit bei Kindern.",
        "Der Verband bezeichnete den Vorschlag als unseriös.",
        "Der Datenschutzbeauftragte nannte den Vorstoß einen Schritt in den Überwachungsstaat.",
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].0, QuoteKind::Reported, "{text}: {r:?}");
    }
    for text in [
        "Ein Einsatz von Bodentruppen ist jedoch ausgeschlossen.",
        "Das Wetter war am Wochenende ausgesprochen gut.",
        "Als Lichtjahr bezeichnet man die Strecke, die das Licht in einem Jahr zurücklegt.",
        "Der Minister nannte den Vorschlag „völlig absurd“.",
    ] {
        assert!(
            rows(text).iter().all(|r| r.0 != QuoteKind::Reported),
            "{text}: {:?}",
            rows(text)
        );
    }
}

/// A `zu` infinitive after a participle of saying in a Konjunktiv first clause belongs to
/// the report; the attribution after it names the speaker.
#[test]
fn a_zu_infinitive_before_the_attribution_stays_in_the_report() {
    let r = rows("Die Kläger hätten nicht dargelegt, verletzt zu sein, erklärten die Richter.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (
            QuoteKind::Indirect,
            "Die Kläger hätten nicht dargelegt, verletzt zu sein",
            Some("die Richter")
        )
    );
}

/// `…, heißt es in der Studie, die …`: the relative clause describes the source, and the
/// report is before it; `nach Angaben aus X` names X; `nach ihrer Einschätzung` points to
/// its possessor, as `nach eigenen Angaben` does.
#[test]
fn heisst_es_with_a_relative_clause_and_angaben_aus() {
    let r = rows(
        "Die Kosten seien höher als erwartet, heißt es in der Studie, die im Fachjournal \
         »Nature« erschienen ist.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        ("Die Kosten seien höher als erwartet", Some("der Studie"))
    );
    let r = rows("Nach Angaben aus Regierungskreisen soll das Gesetz noch im Herbst kommen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        (
            "soll das Gesetz noch im Herbst kommen",
            Some("Angaben aus Regierungskreisen")
        )
    );
    let r = rows("Nach ihrer Einschätzung wird die Wirtschaft im kommenden Jahr wachsen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("ihrer Einschätzung"));
}

/// A headline quotation with its speaker after a colon and no verb names that speaker; a
/// topic after the colon is none.
#[test]
fn a_headline_quotation_with_its_speaker_after_a_colon() {
    let r = rows(
        "„Wir geben nicht auf“: Trainerin Sabine Kehl nach der Niederlage\n\nDie \
         Handballerinnen verloren am Sonntag mit 24:28.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Trainerin Sabine Kehl"));
    let r = rows("„Wir geben nicht auf“: Die Debatte um die Rente\n\nDie Kasse ist leer.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2, None);
}

/// Verbs that sum up a speech act without its content: advice (`riet … zu`), a
/// condemnation, a justification with `mit`, `sprechen von`, `hatte von …
/// berichtet`, `weisen … hin` in the present, and `nannte es …`; each one item, the whole
/// sentence, with its subject as the speaker.
#[test]
fn summaries_of_advice_suggestion_condemnation_and_justification() {
    for (s, speaker) in [
        ("Die Ärztin riet den Eltern zu mehr Geduld.", "Die Ärztin"),
        ("Der Papst verurteilte den Anschlag scharf.", "Der Papst"),
        (
            "Die Stadt begründet die Erhöhung mit den Kosten.",
            "Die Stadt",
        ),
        ("Die Medien sprechen von einem Skandal.", "Die Medien"),
        (
            "Die Organisation hatte im Juli von Übergriffen berichtet.",
            "Die Organisation",
        ),
        (
            "Die Richter weisen auf die fehlende Rechtsgrundlage hin.",
            "Die Richter",
        ),
        (
            "Der Abgeordnete nannte es einen schwarzen Tag.",
            "Der Abgeordnete",
        ),
    ] {
        let r = rows(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        assert_eq!(
            (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
            (QuoteKind::Reported, s, Some(speaker)),
            "{s}"
        );
    }
}

/// A court's sentence, a justified doubt and a passive are no summaries.
#[test]
fn sentences_and_states_are_no_summaries() {
    for s in [
        "Das Gericht verurteilte den Mann zu fünf Jahren Haft.",
        "Der Angeklagte wurde wegen Betrugs verurteilt.",
        "Es bestehen begründete Zweifel an der Darstellung.",
        "Die Sorge ist mit Blick auf die Zahlen begründet.",
    ] {
        let r = rows(s);
        assert!(r.iter().all(|q| q.0 != QuoteKind::Reported), "{s}: {r:?}");
    }
}

/// A subject with its apposition before the verb of saying (`X, Manager von Y,
/// kritisierte …`) is no content: the sentence is the summary, and the speaker the subject.
#[test]
fn a_subject_with_its_apposition_before_a_summary_verb() {
    let s = "Lars Schauer, Manager von Energie Cottbus, kritisierte die Entscheidung.";
    let r = rows(s);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Reported, s));
    assert!(
        r[0].2
            .as_deref()
            .is_some_and(|x| x.starts_with("Lars Schauer")),
        "{r:?}"
    );
    let s = "Der Sprecher des Verbands, Klaus Roth, bezeichnete den Plan als unausgegoren.";
    let r = rows(s);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, QuoteKind::Reported);
}

/// `bekannt gegeben` written apart introduces content like `bekanntgegeben`.
#[test]
fn bekannt_gegeben_written_apart_introduces_content() {
    let r = rows("Der Vorstand hat bekannt gegeben, dass er zurücktritt.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (
            QuoteKind::Indirect,
            "dass er zurücktritt",
            Some("Der Vorstand")
        )
    );
}

/// A personal pronoun right after the finite verb is its subject when the field before holds
/// an object (`Weitere Zinsschritte schloss sie aus`); a lone adverb opening the sentence is
/// no subject (`Konkret bemängelte die Kommission …`); a month before a name is a first name.
#[test]
fn pronoun_after_the_verb_adverb_before_it_and_a_month_as_first_name() {
    let r = rows("Weitere Zinsschritte schloss sie aber nicht aus.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("sie"));
    let r = rows("Konkret bemängelte die Kommission das System zur Altersprüfung.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("die Kommission"));
    let r = rows("Richterin April Perry kritisierte die Entscheidung.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Richterin April Perry"));
    let r = rows("Die Ministerin nannte sie fahrlässig.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Die Ministerin"));
}

/// A second predicate of the same subject after the comma is no content of the first
/// verb (`bestätigte den Überfall, nannte aber keine Einzelheiten`), unless it has a content
/// clause of its own; of two coordinated verbs of saying, the second introduces the
/// content; a particle before `und` and a second verb closes a separable verb.
#[test]
fn coordinated_predicates_and_verbs_of_saying() {
    let r = rows("Die Polizei bestätigte den Überfall, nannte aber keine Einzelheiten.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str()),
        (QuoteKind::Reported, "Die Polizei bestätigte den Überfall")
    );
    let r = rows("Der Verband begrüßte das Ziel, bezweifelte aber, dass es erreichbar sei.");
    assert!(
        r.iter().any(|q| q.1.contains("dass es erreichbar sei")),
        "{r:?}"
    );
    let r =
        rows("Der Kanzler gratulierte Trump und schrieb, beide Länder arbeiteten eng zusammen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].3.as_deref()),
        (QuoteKind::Indirect, Some("schrieb"))
    );
    let r = rows("Die Kandidatin gestand ihre Niederlage ein und gratulierte ihrem Gegner.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].3.as_deref()),
        (QuoteKind::Reported, Some("gestand … ein"))
    );
}

/// More summaries: `sagte … zu` (a promise, not a plain `sagte`), `bekräftigte`,
/// `beklagte sich über` (not an attributive `beklagte`), `verwies auf` (not `des Landes
/// verwiesen`), `gratulierte`, and `berichteten` with an addressee before `von`.
#[test]
fn summaries_of_promises_complaints_and_congratulations() {
    for s in [
        "Der Regierungschef sagte den Regionen Unterstützung zu.",
        "Die Ministerin bekräftigte ihre Forderung nach mehr Geld.",
        "Der Fahrer beklagte sich über die Reifen.",
        "Ein Militärsprecher verwies auf das schlechte Wetter.",
        "Die Kandidatin gratulierte ihrem Gegner.",
        "Augenzeugen berichteten der Agentur AFP von Schüssen.",
    ] {
        let r = rows(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Reported, s), "{s}");
    }
    for s in [
        "Mit dem Programm schließt sich eine oft beklagte Lücke.",
        "Das Regime hatte die Inspekteure des Landes verwiesen.",
    ] {
        let r = rows(s);
        assert!(r.is_empty(), "{s}: {r:?}");
    }
}

/// A quotation after someone new is named in a sentence of its own (or before the
/// quotation's colon) starts anew with that speaker, not as the next part of the quotation
/// before; a quotation opening a paragraph after a sentence that introduces a person's
/// words (`fand deutliche Worte`) is that person's.
#[test]
fn a_newly_named_person_takes_the_next_quotation() {
    let d = direct(
        "„Wir sind enttäuscht“, sagte Anna Berg. Markus Brenner ist verärgert. „Das ist ein \
         schwarzer Tag.“",
    );
    assert_eq!(d.len(), 2, "{d:?}");
    assert_eq!(d[1].1.as_deref(), Some("Markus Brenner"));
    let d = direct(
        "„Wir sind enttäuscht“, sagte Anna Berg. Markus Brenner (Grüne) reagierte verärgert: \
         „Das ist ein schwarzer Tag.“",
    );
    assert_eq!(d[1].1.as_deref(), Some("Markus Brenner (Grüne)"), "{d:?}");
    let d = direct("„Wir sind enttäuscht“, sagte Anna Berg. „Das ist ein schwarzer Tag.“");
    assert_eq!(d[1].1.as_deref(), Some("Anna Berg"), "{d:?}");
    let d = direct(
        "Die Vorsitzende Richterin Sabine Kreutzer fand deutliche Worte.\n\n„Sie haben das \
         Vertrauen der Opfer missbraucht.“",
    );
    assert_eq!(
        d[0].1.as_deref(),
        Some("Die Vorsitzende Richterin Sabine Kreutzer"),
        "{d:?}"
    );
}

/// A name before a preposition and a colon is the speaker, the rest the occasion (`Kovač
/// nach dem 1:1 gegen Bochum: „…“`); `Zitat von X:` keeps its `von`.
#[test]
fn a_name_before_the_occasion_and_a_colon() {
    let d =
        direct("Kovač nach dem 1:1 gegen Bochum: „Wir sind selbst schuld“\n\nDas Spiel war zäh.");
    assert_eq!(d[0].1.as_deref(), Some("Kovač"), "{d:?}");
    let d = direct("Die Menge jubelte. Zitat von Schröder: „Wir haben etwas erreicht.“");
    assert_eq!(d[0].1.as_deref(), Some("Zitat von Schröder"), "{d:?}");
}

/// A Konjunktiv I in `-te` of a verb whose stem ends in `t` (`überschreite`, `arbeite`)
/// continues a report; a past in `-te` (`sagte`-like `prüfte`) does not.
#[test]
fn konjunktiv_of_t_stems_continues_a_report() {
    let r = rows(
        "Die Sprecherin sagte, der Präsident habe das Recht dazu. Die Richterin überschreite \
         ihre Befugnisse.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "Die Richterin überschreite ihre Befugnisse.");
    let r = rows(
        "Die Sprecherin sagte, der Präsident habe das Recht dazu. Die Richterin prüfte den \
         Fall.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
}

/// A pronoun of quantity alone before the verb is its subject (`Alle weisen die Vorwürfe
/// zurück`), not the object after the verb.
#[test]
fn a_pronoun_of_quantity_is_the_subject() {
    let r = rows("Alle weisen die Vorwürfe zurück.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("Alle"));
}

/// `zu bedenken geben` attributes a report; `drohte mit …`, `mahnen zur …` and `bat … um
/// …` sum up a speech act (not `droht zu eskalieren`, nor a passive `wurden … gebeten`).
#[test]
fn zu_bedenken_geben_and_threats_with_mit() {
    let r =
        rows("Die Messmethoden seien ungenau, gab die Toxikologin Dagmar Heinemann zu bedenken.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (
            QuoteKind::Indirect,
            "Die Messmethoden seien ungenau",
            Some("die Toxikologin Dagmar Heinemann")
        )
    );
    for s in [
        "Der Präsident drohte mit neuen Zöllen.",
        "Deutsche Experten mahnen zur Vorsicht.",
        "Der Präsident bat die Partner um mehr Unterstützung.",
        "Die Bürgermeisterin hatte die Anwohner um Geduld gebeten.",
    ] {
        let r = rows(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Reported, s));
    }
    assert!(rows("Die Lage droht zu eskalieren.").is_empty());
    assert!(rows("Die Anwohner wurden um Geduld gebeten.").is_empty());
}

/// A purpose clause (`um … zu`) or a condition closing a summary's sentence is no content:
/// the whole sentence is the summary. A verb of saying inside a purpose clause attributes
/// nothing, and `rief … an, um …` is a call, not a report.
#[test]
fn purpose_and_condition_clauses_after_a_summary_are_no_content() {
    for s in [
        "Der Ministerpräsident kündigte die Auflösung des Parlaments an, um den Weg zu Neuwahlen freizumachen.",
        "Gröger kündigte Warnstreiks an, falls der Vorstand kein neues Angebot vorlege.",
    ] {
        let r = rows(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Reported, s));
    }
    for s in [
        "Persönlich rief er auch in Buenos Aires an, um sein Zeitungsabo zu kündigen.",
        "Die Journalisten brachen den Streik ab, um über den Streik berichten zu können.",
        // (A particle verb with `zu` inside, closing the sentence.)
        "Der Mann hatte Reparaturen angeboten, ohne die Arbeiten auszuführen.",
        "Die Ministerin reiste nach Brüssel, um dort die Pläne darzulegen.",
    ] {
        let r = rows(s);
        assert!(r.is_empty(), "{s}: {r:?}");
    }
    // (`ohne` may open the content of a request.)
    let r = rows("Er empfahl dem Verwalter, ohne Nachsicht gegen die Bauern vorzugehen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "ohne Nachsicht gegen die Bauern vorzugehen");
    // (Before a comma, such a verb may open content of its own.)
    let r = rows("Die Kommission reiste an, um festzustellen, ob die Regeln eingehalten werden.");
    assert!(
        r.iter().any(|x| x.1 == "ob die Regeln eingehalten werden"),
        "{r:?}"
    );
}

/// `beschuldigte X der Y` sums up an accusation; not a charge in the passive, an attribute
/// or a reciprocal `sich`.
#[test]
fn an_accusation_with_beschuldigen_is_a_summary() {
    let s = "Die Opposition beschuldigte die Regierung der Vorbereitung eines Wahlbetruges.";
    let r = rows(s);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (QuoteKind::Reported, s, Some("Die Opposition"))
    );
    for s in [
        "Der Mann wird des Mordes beschuldigt.",
        "Der beschuldigte Beamte schwieg.",
        "Gegenwärtig beschuldigt man sich gegenseitig.",
    ] {
        assert!(rows(s).is_empty(), "{s}: {:?}", rows(s));
    }
}

/// A foreign name with lower-case words inside (`Movement for Democratic Change`, `Bank
/// of America`) is one subject, also before a bracketed abbreviation and a relative clause.
#[test]
fn foreign_names_with_lower_case_words_are_one_subject() {
    for (s, sp) in [
        (
            "Die Partei Movement for Democratic Change kritisierte die Regierung.",
            "Die Partei Movement for Democratic Change",
        ),
        ("Die Bank of America kritisierte die Regierung.", "Die Bank of America"),
        (
            "Die Partei Movement for Democratic Change (MDC), die am Samstag gewann, kritisierte die Regierung.",
            "Die Partei Movement for Democratic Change (MDC)",
        ),
    ] {
        let r = rows(s);
        assert_eq!(r.len(), 1, "{s}: {r:?}");
        assert_eq!(
            (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
            (QuoteKind::Reported, s, Some(sp))
        );
    }
}

/// `vorlegen` is no verb of saying: a Konjunktiv sentence with it goes on from the person
/// of the sentence before, and its relative clause is no content of its own.
#[test]
fn vorlegen_presents_no_content() {
    let t = "Bundesinnenministerin Nancy Faeser (SPD), die für den Bund verhandelt, bedauerte den Abbruch. Man habe ein Angebot vorgelegt, das an die Grenze des Machbaren gehe.";
    let r = rows(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (
            QuoteKind::Indirect,
            "Man habe ein Angebot vorgelegt, das an die Grenze des Machbaren gehe.",
            Some("Bundesinnenministerin Nancy Faeser (SPD)")
        )
    );
}

/// In an interview, `Frage:` labels a question: it is no verb of saying, names no speaker
/// and lends no cue or speaker to the answer before it.
#[test]
fn interview_labels_name_no_speaker() {
    let t = "Frage: „Herr Otto, wie geht es weiter?“\n\nOtto: „Wir bauen das Werk aus.“\n\nFrage: „Und die Kosten?“\n\nOtto: „Die trägt das Land.“";
    let r = rows(t);
    let got: Vec<(&str, Option<&str>, Option<&str>)> = r
        .iter()
        .map(|x| (x.1.as_str(), x.2.as_deref(), x.3.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("Herr Otto, wie geht es weiter?", None, None),
            ("Wir bauen das Werk aus.", Some("Otto"), None),
            ("Und die Kosten?", None, None),
            ("Die trägt das Land.", Some("Otto"), None),
        ]
    );
}

/// A Konjunktiv I between two nouns is a verb, not an adjective: the report before an
/// inverted attribution is no subject phrase (`Die Justiz beanspruche Befugnisse, die …,
/// erklärte Meloni` is Meloni's), while present participles stay attributes.
#[test]
fn a_konjunktiv_between_nouns_ends_the_subject_phrase() {
    let r = rows("Die Justiz beanspruche Befugnisse, die ihr nicht zustünden, erklärte Meloni.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (
            QuoteKind::Indirect,
            "Die Justiz beanspruche Befugnisse, die ihr nicht zustünden",
            Some("Meloni")
        )
    );
    assert_eq!(
        first_speaker("Die das Unglück überlebende Alice Kakamara sagte: „Die See war rau.“"),
        s("Die das Unglück überlebende Alice Kakamara")
    );
}

/// A participle of saying after a Konjunktiv auxiliary with no content clause continues a
/// report: the sentence is indirect speech (`Sie habe lange mit Zeitzeugen gesprochen`).
#[test]
fn a_konjunktiv_perfect_of_saying_reports() {
    let r =
        rows("„Ich wollte etwas zeigen“, sagte Meier. Sie habe lange mit Zeitzeugen gesprochen.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(
        (r[1].0, r[1].1.as_str(), r[1].2.as_deref()),
        (
            QuoteKind::Indirect,
            "Sie habe lange mit Zeitzeugen gesprochen.",
            Some("Sie")
        )
    );
    // (Not after `ich`.)
    assert!(rows("Ich habe lange mit Zeitzeugen gesprochen.").is_empty());
}

/// A list between commas with a verb in it is part of the report, not an apposition of
/// its subject: the speaker is the one after the inverted verb.
#[test]
fn a_list_in_a_report_is_no_apposition() {
    let r = rows(
        "Die Koalition aus ÖVP, SPÖ und Neos habe das Vertrauen verspielt, sagte der Oppositionsführer.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].2.as_deref()),
        (QuoteKind::Indirect, Some("der Oppositionsführer"))
    );
    // (An apposition without a verb still is one.)
    assert_eq!(
        first_speaker("Günther Platter, der Verteidigungsminister, sagte, die Lage sei ernst."),
        s("Günther Platter, der Verteidigungsminister")
    );
}

/// `Als Grund nannte X …`: the phrase after `als` opening the clause is what was named, the
/// speaker the subject after the verb; a subject with a bracketed abbreviation and an
/// apposition before a summary verb still makes the sentence the summary.
#[test]
fn als_phrases_and_bracketed_appositions_before_summaries() {
    assert_eq!(
        first_speaker("Als Grund nannte das Unternehmen die gestiegenen Kosten."),
        s("das Unternehmen")
    );
    let t = "Der Präsident des Verbands (BDI), Peter Leibinger, kritisierte die Zölle.";
    let r = rows(t);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (
            QuoteKind::Reported,
            t,
            Some("Der Präsident des Verbands (BDI), Peter Leibinger")
        )
    );
}

/// A `wie X sagte` clause inside an indicative sentence splits the report into two parts
/// of one quotation, as in Konjunktiv; not an aside to the audience (`wie Sie wissen`).
#[test]
fn a_wie_clause_inside_an_indicative_report_splits_it() {
    let r = rows("Die Arbeiten werden, wie ein Sprecher der Stadt sagte, bis März dauern.");
    let got: Vec<(&str, Option<&str>, bool)> = r
        .iter()
        .map(|x| (x.1.as_str(), x.2.as_deref(), x.4.is_some()))
        .collect();
    assert_eq!(
        got,
        [
            ("Die Arbeiten werden", Some("ein Sprecher der Stadt"), true),
            ("bis März dauern", Some("ein Sprecher der Stadt"), true),
        ]
    );
    assert_eq!(r[0].4, r[1].4);
    let r = rows("Die Regierung muss, wie Sie wissen, endlich handeln.");
    assert!(r.iter().all(|x| x.1 != "Die Regierung muss"), "{r:?}");
}

/// The writer's Konjunktiv is no report: a concession `sei es … oder …`, and a conditional
/// opening with its verb whose main clause is in Konjunktiv II or the indicative. A main
/// clause in Konjunktiv I after it still reports.
#[test]
fn concessions_and_verb_first_conditionals_are_the_writers() {
    assert!(rows(
        "Die Partei hatte meist den Auftrag erhalten, sei es aus Tradition oder aus Kalkül."
    )
    .is_empty());
    let r = rows(
        "Der Minister sagte, die Lage sei ernst. Hätte die Partei mehr Stimmen erhalten, wäre sie im Landtag vertreten.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, "die Lage sei ernst");
    let r = rows(
        "Der Minister sagte, die Lage sei ernst. Sollten die Zahlen steigen, so gebe es neue Regeln.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("Der Minister"));
}

/// `nach dem` + noun opening a content clause is a time or basis (`nach dem Turnier`), not
/// a relative source (`…, nach dem die Lage ernst sei`).
#[test]
fn nach_dem_with_its_noun_is_no_relative_source() {
    let r = rows("Brenner kündigte an, nach dem Turnier eine Pause einzulegen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].1.as_str(), r[0].2.as_deref()),
        ("nach dem Turnier eine Pause einzulegen", Some("Brenner"))
    );
}

/// `rief … auf und …`: the call's particle before `und` still makes it a summary, as at
/// the clause end; `rief die Polizei` is none.
#[test]
fn rief_auf_before_und_sums_up() {
    let s = "Das Ministerium rief zur Ruhe auf und lobte die Helfer.";
    let r = rows(s);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (QuoteKind::Reported, s, Some("Das Ministerium"))
    );
    assert!(rows("Er rief die Polizei und wartete.").is_empty());
}

/// `klagten über …` sums up a complaint; `klagt gegen …` is a lawsuit.
#[test]
fn klagen_ueber_sums_up_a_complaint() {
    let s = "Die Schüler klagten über zu viel Stress und zu wenig Freizeit.";
    let r = rows(s);
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(
        (r[0].0, r[0].1.as_str(), r[0].2.as_deref()),
        (QuoteKind::Reported, s, Some("Die Schüler"))
    );
    assert!(rows("Der Konzern klagt gegen die Entscheidung.").is_empty());
}

/// A report without a verb of saying takes the word that marks it as its cue: `laut`,
/// `nach`, `gemäß` or `so` before its source, `zufolge` after it, `heißt es`, `demnach`.
#[test]
fn report_markers_are_the_cue() {
    for (text, content, cue) in [
        (
            "Nach Angaben der Polizei seien drei Menschen gestorben.",
            "seien drei Menschen gestorben",
            "Nach",
        ),
        (
            "Der Fahrer war laut Polizeisprecher Jan Meier betrunken.",
            "Der Fahrer war laut Polizeisprecher Jan Meier betrunken",
            "laut",
        ),
        (
            "Einem Bericht der Zeitung zufolge plant die Regierung Kürzungen.",
            "plant die Regierung Kürzungen",
            "zufolge",
        ),
        (
            "Die Wahl sei frei gewesen, so der Sprecher.",
            "Die Wahl sei frei gewesen",
            "so",
        ),
        (
            "Die Lage sei ernst, hieß es aus Regierungskreisen.",
            "Die Lage sei ernst",
            "hieß es",
        ),
        (
            "Die Lage sei ernst, heißt es in einer Mitteilung der Stadt.",
            "Die Lage sei ernst",
            "heißt es",
        ),
        (
            "„Wir brauchen mehr Geld“, hieß es in der Rede.",
            "Wir brauchen mehr Geld",
            "hieß es",
        ),
        (
            "In dem Bericht heißt es, die Lage sei ernst.",
            "die Lage sei ernst",
            "heißt es",
        ),
        (
            "Wie es aus Regierungskreisen hieß, sei die Lage ernst.",
            "sei die Lage ernst",
            "es … hieß",
        ),
        (
            "Die Kommission legte ihren Bericht vor. Demnach sollen drei Werke schließen.",
            "sollen drei Werke schließen",
            "Demnach",
        ),
    ] {
        let r = rows(text);
        assert!(
            r.iter()
                .any(|x| x.1.trim_end_matches('.') == content && x.3.as_deref() == Some(cue)),
            "{text}: {r:?}"
        );
    }
    // A verb of saying stays the cue.
    let r = rows("Nach der Sitzung sagte der Sprecher, die Lage sei ernst.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].3.as_deref(), Some("sagte"), "{r:?}");
}

/// A plural of an abstract noun after an inverted speaker is the object that follows it, not
/// part of the speaker's name.
#[test]
fn an_abstract_plural_after_the_speaker_is_no_part_of_it() {
    let r = rows("Bisher liegen nach Angaben von Airbus Bestellungen für 184 Flugzeuge vor.");
    assert!(
        r.iter()
            .any(|x| x.2.as_deref() == Some("Angaben von Airbus")),
        "{r:?}"
    );
    let r = rows("Die Kosten seien gestiegen, so die Kommission Schätzungen zufolge.");
    assert!(
        r.iter()
            .all(|x| x.2.as_deref() != Some("die Kommission Schätzungen")),
        "{r:?}"
    );
}

#[test]
fn a_weekday_with_its_time_of_day_ends_the_speaker() {
    assert_speakers_of_quotations(&[
        (
            "Die Lage habe sich verschlechtert, meldete die BBC Mittwochfrüh.",
            "Die Lage habe",
            "die BBC",
        ),
        (
            "Die Gespräche seien gescheitert, sagte Vizekanzler Reinhold Mitterlehner Montagabend.",
            "Die Gespräche",
            "Vizekanzler Reinhold Mitterlehner",
        ),
        // A paper's name that is a weekday stays: `Freitag` alone names no time here.
        (
            "Die Wochenzeitung Freitag berichtete, die Lage sei ernst.",
            "die Lage sei",
            "Die Wochenzeitung Freitag",
        ),
    ]);
}

/// `der APA`, `der Zeitung` after an inverted speaker is the dative of the medium spoken to,
/// not a genitive of the speaker's phrase; after a report or a medium's own staff it is the
/// genitive.
#[test]
fn the_medium_spoken_to_is_no_part_of_the_speaker() {
    assert_speakers_of_quotations(&[
        (
            "Die Lage sei ernst, sagte Melanie Senger der APA.",
            "Die Lage",
            "Melanie Senger",
        ),
        (
            "Die Lage sei ernst, erklärte ein Heeressprecher der Agentur PAP.",
            "Die Lage",
            "ein Heeressprecher",
        ),
        (
            "Die Lage sei ernst, sagte Lawrence Davies der Zeitung.",
            "Die Lage",
            "Lawrence Davies",
        ),
        (
            "Die Lage sei ernst, sagte Bundesschulsprecher Maximilian Gnesda der Deutschen Presse-Agentur.",
            "Die Lage",
            "Bundesschulsprecher Maximilian Gnesda",
        ),
        (
            "Die Lage sei ernst, sagte eine Reporterin der Nachrichtenagentur AFP.",
            "Die Lage",
            "eine Reporterin der Nachrichtenagentur AFP",
        ),
        (
            "Die Lage sei ernst, heißt es in einem Bericht der Zeitung.",
            "Die Lage",
            "einem Bericht der Zeitung",
        ),
        // (`-agentur` alone names no medium.)
        (
            "Die Lage sei ernst, sagte der Vorsitzende der Bundesagentur für Arbeit.",
            "Die Lage",
            "der Vorsitzende der Bundesagentur für Arbeit",
        ),
    ]);
}

/// An inverted attribution closing the sentence (`…, sagte Müller.`) reports the clause
/// before it even when that clause has a verb of saying or thinking of its own that opens no
/// content; its subject is the speaker, whatever the clause before holds.
#[test]
fn a_closing_attribution_reports_the_clause_before_it() {
    for (text, content) in [
        (
            "Die Regierung lehnt das ab, sagte Müller.",
            "Die Regierung lehnt das ab",
        ),
        ("Die Touristen zweifeln, sagte Müller.", "Die Touristen zweifeln"),
        (
            "Auch Reisende hinterfragten die Sicherheitslage, sagte Geschäftsführer Christoph Becker.",
            "Auch Reisende hinterfragten die Sicherheitslage",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!(r[0].1, content, "{text}: {r:?}");
        assert_eq!(r[0].3.as_deref(), Some("sagte"), "{text}: {r:?}");
    }
    assert_speakers_of_quotations(&[
        (
            "Die Taten wurden von der Angst vor einem Anschlag überschattet, sagt Polizeiwissenschafter Rafael Behr.",
            "Die Taten",
            "Polizeiwissenschafter Rafael Behr",
        ),
        (
            "Pfusch ist das Letzte, was wir brauchen, sagte Wolf.",
            "Pfusch ist",
            "Wolf",
        ),
        (
            "Nicht nur Touristen, auch Reisende hinterfragten die Lage, sagte Müller.",
            "Nicht nur",
            "Müller",
        ),
        (
            "Im taktischen Bereich müssen wir uns Gedanken machen, erwähnte Löw.",
            "Im taktischen",
            "Löw",
        ),
    ]);
    // A summary after a subject with its apposition keeps that subject, its object after
    // it (see also `a_subject_with_its_apposition_before_a_summary_verb`).
    assert_speakers_of_quotations(&[(
        "Die Partei, die am Samstag gewann, kritisierte die Regierung.",
        "Die Partei",
        "Die Partei",
    )]);
    // A quotation in between has the attribution; the report before it keeps its own cue.
    let r = rows(
        "Zuvor hatte Gaddafi mit Gewalt gedroht, sollte die UNO einen Beschluss fassen: „Alle Schiffe werden zu Zielen“, sagte Gaddafi.",
    );
    assert!(
        r.iter()
            .any(|x| x.0 != QuoteKind::Direct && x.3.as_deref() == Some("gedroht")),
        "{r:?}"
    );
}

/// A report in Konjunktiv with no attribution of its own continues the speaker of the
/// quotation before it, however long that quotation is, never the speaker of one that
/// comes later in the document.
#[test]
fn a_continuation_takes_the_speaker_before_it_not_a_later_one() {
    let text = "Klaus Meier ist Trainer. „Die Jungs haben heute wirklich alles sehr gut \
                umgesetzt und gekämpft“, sagte er. Seine Mannschaft habe mutig gespielt. \
                Jan Ott widersprach. „Das war nichts“, sagte Ott.";
    let r = rows(text);
    let cont = r
        .iter()
        .find(|x| x.1.starts_with("Seine Mannschaft"))
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(cont.2.as_deref(), Some("er"), "{r:?}");
}

/// A quotation standing alone after a sentence whose subject is a surname named in full
/// before (`Hausmann reagierte gelassen.` after `Julia Hausmann`) is that person's, not the
/// previous speaker's.
#[test]
fn a_surname_before_a_lone_quotation_speaks_it() {
    let text = "Julia Hausmann leitet die Bank. Bernd Kaltenbach sagte, die Marge werde sinken. \
                „Das Quartal war gut“, sagte Kaltenbach.\n\nHausmann reagierte gelassen. \
                „Wir planen nicht von Quartal zu Quartal.“";
    let r = rows(text);
    let q = r
        .iter()
        .find(|x| x.1.starts_with("Wir planen"))
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(q.2.as_deref(), Some("Hausmann"), "{r:?}");
    // A capitalised word that named no one before stays no speaker of its own.
    let r = rows(
        "Bernd Kaltenbach sagte, die Marge werde sinken. „Das Quartal war gut“, sagte \
         Kaltenbach. Gold reagierte kaum. „Wir planen langfristig.“",
    );
    let q = r
        .iter()
        .find(|x| x.1.starts_with("Wir planen"))
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_ne!(q.2.as_deref(), Some("Gold"), "{r:?}");
}

/// An interview printed as questions and answers, one turn a line: each answer is a direct
/// quotation of its label (or, after `Antwort:`, of the person the questions address); the
/// questions are no one's quotation.
#[test]
fn interview_answers_are_quotations_of_their_label() {
    let text = "Agrarministerin Hedwig Meier im Interview.\n\
                SPIEGEL: Frau Meier, haben Sie die Bauern verloren?\n\
                Meier: Nein, das sehe ich nicht so. Ich rede jede Woche mit Landwirten.\n\
                SPIEGEL: Die Demonstranten sehen das anders. Zu Recht?\n\
                Meier: Protest gehört zur Demokratie.";
    let r = rows(text);
    let answers: Vec<_> = r
        .iter()
        .map(|x| (x.0, x.1.as_str(), x.2.as_deref()))
        .collect();
    assert_eq!(
        answers,
        [
            (
                QuoteKind::Direct,
                "Nein, das sehe ich nicht so. Ich rede jede Woche mit Landwirten.",
                Some("Meier")
            ),
            (
                QuoteKind::Direct,
                "Protest gehört zur Demokratie.",
                Some("Meier")
            ),
        ],
        "{r:?}"
    );
    let text = "Thomas Kuhnle berät Eigentümer.\n\
                Frage: Herr Kuhnle, lohnt sich eine Wärmepumpe?\n\
                Antwort: In den meisten Fällen ja.\n\
                Frage: Und die Förderung?\n\
                Antwort: Die ist derzeit gut.";
    let r = rows(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(
        r.iter()
            .all(|x| x.0 == QuoteKind::Direct && x.2.as_deref() == Some("Kuhnle")),
        "{r:?}"
    );
    // Turns run on in one paragraph, as some sites flatten them.
    let r = rows(
        "Der Trainer im Gespräch. STANDARD: Gibt es einen Wiedererkennungswert? Zeidler: Ich \
         hoffe. Es ist der Wunsch jedes Trainers. STANDARD: Und die Fans? Zeidler: Die sind \
         großartig, sagen alle.",
    );
    assert!(
        r.iter().any(|x| x.0 == QuoteKind::Direct
            && x.1 == "Ich hoffe. Es ist der Wunsch jedes Trainers."
            && x.2.as_deref() == Some("Zeidler")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .all(|x| !x.1.starts_with("Zeidler") && !x.1.contains("STANDARD")),
        "{r:?}"
    );
    // Labelled lines that ask nothing are no interview: a result box.
    let r = rows(
        "Das Spiel endete torlos.\nTore: keine\nZuschauer: viele Leute\nTore: auch keine\n\
         Zuschauer: noch mehr Leute",
    );
    assert!(r.is_empty(), "{r:?}");
}

/// A report in Konjunktiv that opens the text, with no speaker before it, takes the speaker
/// of the quotation right after it, not that of the text's last quotation.
#[test]
fn a_first_report_takes_the_speaker_of_the_quotation_after_it() {
    let r = rows(
        "Die Partei werde nicht aufgeben. „Wir kämpfen weiter“, sagte Parteichef Jan Roth. \
         Später äußerte sich auch die Bürgermeisterin. „Das ist gut“, sagte Anna Berg.",
    );
    let first = r
        .iter()
        .find(|x| x.1.starts_with("Die Partei"))
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(first.2.as_deref(), Some("Parteichef Jan Roth"), "{r:?}");
}

/// A quoted clause standing as a paragraph of its own, or before a headline's colon, is a
/// quoted headline even with every content word capitalised; a linked article's title after
/// `Lesen Sie auch:` or `Mehr zum Thema:` is no one's quotation.
#[test]
fn headline_quotations_and_link_titles() {
    for text in [
        "„Wir sind am Limit“",
        "„Wir sind am Limit“: Kliniken schlagen Alarm",
        "„Die Bauern sind keine Bösewichte“\nDie Ministerin im Interview.",
    ] {
        let r = direct(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
    }
    // A title without a verb stays a title.
    assert!(direct("„Die Stunde der Zikaden“").is_empty());
    for text in [
        "Die Kliniken sind voll.\nLesen Sie auch: „Krankenhausreform: Was sich für Patienten ändert“",
        "Die Kliniken sind voll.\nMehr zum Thema: „Welterbe in Gefahr?“",
    ] {
        assert!(direct(text).is_empty(), "{text}: {:?}", rows(text));
    }
}

/// A dateline opening a line after a headline is no content, and neither is a label before
/// a colon (a ticker's time, a topic) when the clause after it has its subject first.
#[test]
fn datelines_and_labels_before_a_clause_are_no_content() {
    for (text, want) in [
        (
            "Mieterbund verlangt Mietenstopp\nBerlin (dpa) – Der Deutsche Mieterbund hat einen \
             Mietenstopp gefordert.",
            "Der Deutsche Mieterbund hat einen Mietenstopp gefordert.",
        ),
        (
            "16.45 Uhr: Ministerpräsident Markus Söder forderte schnelle Hilfe.",
            "Ministerpräsident Markus Söder forderte schnelle Hilfe.",
        ),
        (
            "Die Lage bleibt ernst: Söder forderte schnelle Hilfe.",
            "Söder forderte schnelle Hilfe.",
        ),
    ] {
        let r = rows(text);
        assert!(r.iter().any(|x| x.1 == want), "{text}: {r:?}");
        assert!(
            r.iter().all(|x| !x.1.starts_with("Berlin")
                && !x.1.starts_with("16.45")
                && !x.1.starts_with("Die Lage")),
            "{text}: {r:?}"
        );
    }
    // An inverted attribution after the colon still reports what stands before it.
    let r = rows("Sie machte deutlich: Die Lage sei ernst, fügte sie an.");
    assert!(
        r.iter().any(|x| x.1.starts_with("Die Lage sei ernst")),
        "{r:?}"
    );
}

/// A quotation followed by a signature line (a letter to the editor, a reader's comment) is
/// its writer's.
#[test]
fn a_signature_line_names_the_writer() {
    let text = "Leserbriefe zur Pendlerpauschale.\n„Die Pläne sind ein Schlag ins Gesicht für \
                alle Pendler.“\nHerbert Mayr, Neutraubling\n„Ich wohne seit 40 Jahren hier und \
                fahre jeden Tag.“\nElfriede Hofbauer, Regensburg";
    let speakers: Vec<_> = direct(text).into_iter().map(|x| x.1).collect();
    assert_eq!(
        speakers,
        [s("Herbert Mayr"), s("Elfriede Hofbauer")],
        "{:?}",
        rows(text)
    );
    // Nor does the speaker of an attributed quotation before it take the letter.
    let text = "Leserbriefe zur Pendlerpauschale.\nAnna Berg ärgert sich. „Die Pläne sind ein \
                Schlag ins Gesicht“, schreibt sie.\n„Ich wohne seit 40 Jahren hier und fahre \
                jeden Tag.“\nElfriede Hofbauer, Regensburg";
    let speakers: Vec<_> = direct(text).into_iter().map(|x| x.1).collect();
    assert_eq!(
        speakers,
        [s("sie"), s("Elfriede Hofbauer")],
        "{:?}",
        rows(text)
    );
    // A line of a place and a date is no signature of a name: `Berlin, Montag`.
    let r = direct("„Wir sind bereit.“\nDie Ministerin sprach in Berlin, Montag");
    assert!(
        r.iter().all(|x| x.1.as_deref() != Some("Die Ministerin")),
        "{r:?}"
    );
}

/// Text that breaks paragraphs with one line break (news-please's `maintext`, feeds): a
/// quotation reopened on each line is one quotation in parts, as after blank lines; its
/// parts share the speaker named after the last one, or in a sentence opening the next
/// paragraph (`Das sagte X`), over a speaker the context gave before; and a mark never
/// closed is recovered within its own line.
#[test]
fn quotations_over_lines_share_one_speaker() {
    for sep in ["\n", "\n\n"] {
        let text = format!(
            "Der Minister sprach lange. „Wir haben viel erreicht.{sep}„Aber es bleibt viel zu \
             tun.{sep}„Deshalb werden wir handeln“, sagte Müller.{sep}Danach ging er."
        );
        let r = rows(&text);
        let d: Vec<_> = r.iter().filter(|x| x.0 == QuoteKind::Direct).collect();
        assert_eq!(d.len(), 3, "{sep:?}: {r:?}");
        assert_eq!(d[0].1, "Wir haben viel erreicht.");
        assert_eq!(d[1].1, "Aber es bleibt viel zu tun.");
        for x in &d {
            assert_eq!(x.2.as_deref(), Some("Müller"), "{sep:?}: {r:?}");
            assert!(x.4.is_some() && x.4 == d[0].4, "{sep:?}: {r:?}");
        }
        let text = format!(
            "„Wir haben viel erreicht.{sep}„Deshalb werden wir handeln.“{sep}Das sagte Müller am \
             Montag."
        );
        let d = direct(&text);
        assert_eq!(d.len(), 2, "{sep:?}: {:?}", rows(&text));
        assert!(d.iter().all(|x| x.1.as_deref() == Some("Müller")), "{d:?}");
    }
    let r = direct(
        "Er sagte: „Das ist gut.\nDie Polizei meldete einen Erfolg. Der Sprecher sagte, es gebe \
         „keine Gefahr“.",
    );
    assert_eq!(
        r.first().map(|x| x.0.as_str()),
        Some("Das ist gut."),
        "{r:?}"
    );
}

/// Reactions listed one after another: a quotation in brackets right after a person is that
/// person's, and one after a colon closing a list of sources after `so` is the last one's.
#[test]
fn listed_sources_each_keep_their_quotation() {
    let d = direct(
        "Viele gratulierten, so der Kanzler Olaf Scholz, der Leiter der Behörde, Peter Roth \
         („Niemand verdient es mehr.“), und die Ministerin Anna Berg: „Der Preis kommt nicht zu \
         früh.“",
    );
    assert_eq!(
        d,
        [
            ("Niemand verdient es mehr.".to_string(), s("Peter Roth")),
            (
                "Der Preis kommt nicht zu früh.".to_string(),
                s("die Ministerin Anna Berg")
            ),
        ]
    );
    let d = direct(
        "Lob kam von der Trainerin Eva Lang („Das war großartig“) und vom Kapitän Jan Ott („Wir \
         haben gekämpft“).",
    );
    assert_eq!(
        d.iter().map(|x| x.1.as_deref()).collect::<Vec<_>>(),
        [Some("der Trainerin Eva Lang"), Some("Kapitän Jan Ott")],
        "{d:?}"
    );
}

/// A person in brackets right after a quotation is its speaker (quotations of the day, lists
/// of voices); a party, an agency or a note in brackets is not.
#[test]
fn a_person_in_brackets_after_the_quotation_speaks_it() {
    let d = direct(
        "„Wir brauchen Ruhe“ (Trainer Jürgen Klopp), „Wir sind bereit“ (Kapitän Jan Ott).\n\n\
         Zitat des Tages: „Wir brauchen eine neue Kultur.“ (Heinz-Christian Strache)",
    );
    assert_eq!(
        d.iter().map(|x| x.1.as_deref()).collect::<Vec<_>>(),
        [
            Some("Trainer Jürgen Klopp"),
            Some("Kapitän Jan Ott"),
            Some("Heinz-Christian Strache")
        ],
        "{d:?}"
    );
    for note in ["(SPD)", "(dpa)", "(siehe unten)"] {
        let text = format!("Anna Berg sagte: „Das ist ein guter Tag für uns alle.“ {note}");
        let d = direct(&text);
        assert_eq!(d.len(), 1, "{note}: {d:?}");
        assert_eq!(d[0].1.as_deref(), Some("Anna Berg"), "{note}: {d:?}");
    }
}

/// A quoted list of names opening the sentence is a title, not a clause someone said; a
/// quoted clause opening it is speech.
#[test]
fn a_quoted_list_of_names_opening_a_sentence_is_a_title() {
    assert!(direct(
        "„Oskar, Rico und Herzgebreche“ ist die Verfilmung des zweiten Teils der Trilogie."
    )
    .is_empty());
    assert_eq!(
        direct(
            "„Ja, es gibt Zumutungen“. Das musste der Minister zu Beginn der Debatte einräumen."
        )
        .len(),
        1
    );
}

/// Headlines: a speaker's label before the colon (a role, a person, an institution) speaks
/// the quoted words after it, and a role standing alone there is the person the article
/// then names with it. A topic label is no speaker.
#[test]
fn a_headline_label_speaks_and_its_role_is_named_later() {
    let text =
        "Naturschutzbund: Schritt der Uni „international diffamierende Schande“\nSalzburg – \
                Der Naturschutzbund hat in einer Stellungnahme protestiert.";
    assert_eq!(
        direct(text),
        [(
            "international diffamierende Schande".to_string(),
            s("Naturschutzbund")
        )]
    );
    let text = "Arsenal-Trainer verwundert: „Bedeutet, dass man Doping akzeptiert“\nLondon – \
                Arsenal-Trainer Arsene Wenger hat die UEFA kritisiert.";
    let a = Tokenizer::new().analyze(text);
    let q = QuoteDetector::new().detect(text, &a, &[]);
    let sp = q[0].speaker.as_ref().expect("a speaker");
    assert_eq!(&text[sp.span.range()], "Arsenal-Trainer");
    assert_eq!(sp.resolved.map(|r| &text[r.range()]), Some("Arsene Wenger"));
    let d = direct(
        "Prozess: Angeklagter nennt Vorwürfe „völlig haltlos“\nBerlin – Der Angeklagte hat \
         gestanden.",
    );
    assert!(d.iter().all(|x| x.1.as_deref() != Some("Prozess")), "{d:?}");
}

/// A report whose content is a list after a colon takes in every item of the list, not
/// only the first.
#[test]
fn a_listed_demand_takes_in_every_item() {
    let r = rows(
        "Die Gewerkschaft verlangt unter anderem:\n- sechs Prozent mehr Lohn\n- eine kürzere \
         Arbeitszeit\nDie Arbeitgeber lehnen das ab.",
    );
    let x = r
        .iter()
        .find(|x| x.1.starts_with("sechs Prozent"))
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(x.1, "sechs Prozent mehr Lohn\n- eine kürzere Arbeitszeit");
    assert_eq!(x.2.as_deref(), Some("Die Gewerkschaft"));
}

/// A `was` clause commenting on the clause before it (after a noun, with a verb that takes
/// no question) is no content; after a verb of asking or telling it is.
#[test]
fn a_commenting_was_clause_is_no_content() {
    for text in [
        "2013 seien es nur 137 gewesen, bedauerte Deutsch die Entwicklung, was natürlich ein \
         Wahnsinn ist.",
        "Darüber hinaus kritisierte er die Rolle der Ministerin in der Debatte, was eine \
         Reaktion zur Folge hat.",
    ] {
        let r = rows(text);
        assert!(r.iter().all(|x| !x.1.starts_with("was")), "{text}: {r:?}");
    }
    for text in [
        "Der Moderator fragte die Kandidatin, was ihre Partei unterscheide.",
        "Er sagt, was wir heute brauchen.",
    ] {
        let r = rows(text);
        assert!(r.iter().any(|x| x.1.starts_with("was")), "{text}: {r:?}");
    }
}

/// A clause introducing a quotation whose field holds an abstract object (a reproach, a
/// view, a criticism) has its speaker after the verb; a subject in the field that is a
/// person, an institution or a text stays.
#[test]
fn a_fronted_object_before_the_speaker() {
    assert_first_speakers(&[
        (
            "Peter Hartmann war bis 2020 Bürgermeister. Jegliche Mitverantwortung weist \
             Hartmann von sich: „Ich habe alles richtig gemacht.“",
            "Hartmann",
        ),
        (
            "Scharfe Kritik übte die Opposition: „Das ist ein Skandal.“",
            "die Opposition",
        ),
        (
            "Diese Einschätzung teilt auch die Ministerin: „Wir müssen handeln.“",
            "die Ministerin",
        ),
        (
            "Die Entscheidung begründete Bürgermeisterin Anna Roth so: „Wir hatten keine Wahl.“",
            "Bürgermeisterin Anna Roth",
        ),
        // Subjects in the field.
        (
            "Die Bahn kritisierte die Gewerkschaft: „Der Streik ist maßlos.“",
            "Die Bahn",
        ),
        (
            "Markus Hartung lobte die Koalition: „Gute Arbeit.“",
            "Markus Hartung",
        ),
        (
            "Die Regierung kritisierte die Opposition: „Das ist Populismus.“",
            "Die Regierung",
        ),
    ]);
}

/// A `wie` clause naming the medium opens a sentence whose own verb of saying quotes
/// someone else: that person speaks (before, the report was lost, or the quotation went
/// to the medium). In Konjunktiv the rest stays the medium's report.
#[test]
fn a_wie_clause_before_a_verb_of_saying_with_its_own_speaker() {
    assert_speakers_of_quotations(&[
        (
            "Wie die Zeitung berichtet, sagte der Minister, er werde zurücktreten.",
            "er werde zurücktreten",
            "der Minister",
        ),
        (
            "Wie berichtet, kündigte Müller an, dass er zurücktreten werde.",
            "dass er zurücktreten werde",
            "Müller",
        ),
        (
            "Wie die Zeitung schreibt, sagte der Minister: „Ich trete zurück.“",
            "Ich trete zurück",
            "der Minister",
        ),
        (
            "Wie die Zeitung berichtet, werde der Minister zurücktreten.",
            "werde der Minister zurücktreten",
            "die Zeitung",
        ),
        (
            "Wie der Verkehrsclub, der Teil der Initiative ist, erläuterte, fehle dem Projekt \
             der Nutzen.",
            "fehle dem Projekt",
            "der Verkehrsclub",
        ),
    ]);
}

/// A report in Konjunktiv after an attitude in its sentence's first clause (`teilen die
/// Meinung`, `sind der Ansicht`) is held by that clause's subject, and a quotation inside it
/// takes the same speaker; an adverb opening the clause is no holder.
#[test]
fn the_holder_of_a_view_speaks_the_report_after_it() {
    assert_speakers_of_quotations(&[
        (
            "Viele Bürger teilen die Meinung, die Lage sei ernst.",
            "die Lage sei ernst",
            "Viele Bürger",
        ),
        (
            "22 Prozent teilen die Meinung, die Ordnung sei „nicht verteidigenswert“.",
            "nicht verteidigenswert",
            "22 Prozent",
        ),
    ]);
    let r = rows("Nebstdem trug das Kind Spuren, die auf den Verdacht führten, als habe jemand nachgeholfen.");
    assert!(
        r.iter().all(|x| x.2.as_deref() != Some("Nebstdem")),
        "{r:?}"
    );
}

/// A clause in Konjunktiv before a colon goes on with a report: the quotation after the
/// colon is the report's speaker's, not the clause subject's; a person there speaks.
#[test]
fn a_colon_after_a_clause_in_konjunktiv_keeps_the_reported_speaker() {
    assert_speakers_of_quotations(&[
        (
            "EU-Kommissar Ján Figeľ äußerte sich besorgt. Die Pflichten der Union seien im \
             Vertrag klar festgelegt: „Daraus ergibt sich, dass nationales Recht nicht \
             widersprechen darf.“",
            "Daraus ergibt sich",
            "EU-Kommissar Ján Figeľ",
        ),
        (
            "Die Ministerin sei überzeugt: „Wir schaffen das.“",
            "Wir schaffen das",
            "Die Ministerin",
        ),
    ]);
}

/// `abstreiten` is a verb of saying in all its forms, and an adverb of duration opening the
/// sentence (`Monatelang`, `Jahrelang`) is no speaker: the subject after the auxiliary is.
#[test]
fn denials_and_fronted_adverbs_of_duration() {
    assert_speakers_of_quotations(&[
        (
            "Der Bürgermeister stritt ab, von dem Plan gewusst zu haben.",
            "von dem Plan",
            "Der Bürgermeister",
        ),
        (
            "Monatelang haben die Wiener Linien abgestritten, dass die Türen unsicher seien.",
            "dass die Türen",
            "die Wiener Linien",
        ),
        (
            "Jahrelang hatte der Konzern behauptet, die Anlage sei sicher.",
            "die Anlage sei sicher",
            "der Konzern",
        ),
        ("Lang sagte, er sei zufrieden.", "er sei zufrieden", "Lang"),
    ]);
}

/// `er` right after the finite verb is its subject whatever fills the field, and `selbst`
/// after a name leaves the verb after it a verb (`Pistorius selbst zeigte sich …`).
#[test]
fn er_after_the_verb_and_selbst_after_the_name() {
    assert_speakers_of_quotations(&[
        (
            "Spitzen gegen seine Nachfolgerin verkniff er sich nicht: „Sie hat keine Ahnung.“",
            "Sie hat keine Ahnung",
            "er",
        ),
        (
            "Der Minister warnte vor Sorglosigkeit. Anna Roth hörte zu. Pistorius selbst \
             zeigte sich zuversichtlich: „Die Richtung stimmt.“",
            "Die Richtung stimmt",
            "Pistorius",
        ),
    ]);
}

/// Set phrases in Konjunktiv report nothing (`Gott sei Dank`, `es sei denn`, `wie dem auch
/// sei`, `sei es … oder …`, `koste es, was es wolle`), while a `sei es` that is the verb of
/// a main clause after a subordinate one still continues a report.
#[test]
fn set_phrases_in_konjunktiv_report_nothing() {
    assert_no_quotes(&[
        "Gott sei Dank wurde bei dem Brand niemand verletzt.",
        "Der Bau dauert länger, es sei denn, das Land stellt mehr Geld bereit.",
        "Wie dem auch sei, die Wahl findet im März statt.",
        "Alle sollen helfen, sei es durch Spenden oder durch Arbeit.",
        "Koste es, was es wolle: Die Stadt will das Stadion bauen.",
    ]);
    let r = rows(
        "Der Minister sagte, das Werk sei abgeschaltet worden. Da es sofort heruntergefahren \
         wurde, sei es in einer Turbine zu einem Brand gekommen.",
    );
    assert!(
        r.iter().any(|x| x.1.contains("sei es in einer Turbine")),
        "{r:?}"
    );
}

/// `so X` between commas right after the report's finite verb interrupts the report: the
/// predicate after it is the second part of one quotation (`Die Lage sei, so X, unter
/// Kontrolle`), while a name after `so X` at the end is the source's apposition.
#[test]
fn so_after_the_finite_verb_interrupts_the_report() {
    for (text, first, second) in [
        (
            "Die Lage sei, so der Bürgermeister, inzwischen unter Kontrolle.",
            "Die Lage sei",
            "inzwischen unter Kontrolle",
        ),
        (
            "Ein Einsatz der Armee ist, so das Ministerium, nicht geplant.",
            "Ein Einsatz der Armee ist",
            "nicht geplant",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 2, "{text}: {r:?}");
        assert_eq!(
            (r[0].1.as_str(), r[1].1.as_str()),
            (first, second),
            "{text}"
        );
        assert!(r[0].4.is_some() && r[0].4 == r[1].4, "{text}: {r:?}");
    }
    let r = rows("Die Lage sei ernst, so der Bürgermeister, Hans Meier.");
    assert_eq!(r.len(), 1, "{r:?}");
}

/// `&` and a slash written without spaces join the parts of a name inside a speaker's
/// phrase (`Haus & Grund`, `CDU/CSU-Fraktion`, `Bündnis 90/Die Grünen`): the phrase, and an
/// apposition after it, no longer stop there.
#[test]
fn ampersand_and_slash_join_a_name_in_the_speaker() {
    for (text, speaker) in [
        (
            "„Wir sind zufrieden“, sagte der Präsident von Haus & Grund, Kai Warnecke.",
            "der Präsident von Haus & Grund, Kai Warnecke",
        ),
        (
            "„Wir prüfen das“, sagte eine Sprecherin der CDU/CSU-Fraktion.",
            "eine Sprecherin der CDU/CSU-Fraktion",
        ),
        (
            "„Wir prüfen das“, sagte die Sprecherin von Bündnis 90/Die Grünen, Anna Roth.",
            "die Sprecherin von Bündnis 90/Die Grünen, Anna Roth",
        ),
    ] {
        assert_eq!(direct(text)[0].1.as_deref(), Some(speaker), "{text}");
    }
}

/// A verb of saying negated before its content clause reports nothing (`Er sagte nicht, ob
/// …`, `wollte nicht sagen, wann …`); a negated denial or exclusion affirms and still
/// reports (`Er bestritt nicht, dass …`).
#[test]
fn negated_saying_reports_nothing() {
    assert_no_quotes(&[
        "Er sagte nicht, ob er erneut kandidiert.",
        "Die Sprecherin wollte nicht sagen, wann die Entscheidung fällt.",
        "Der Trainer äußerte sich nicht dazu, ob er bleibt.",
    ]);
    let r = indirect_row("Er bestritt nicht, dass er das Geld erhalten habe.");
    assert_eq!(r.1, "dass er das Geld erhalten habe");
}

/// `zitierte ihn mit den Worten`: the object pronoun is the one quoted, and it resolves to
/// the man named before, not to the paper that quotes him.
#[test]
fn zitieren_with_an_object_pronoun_quotes_him() {
    let text = "Minister Klaus Weber geriet unter Druck. Die Zeitung zitierte ihn mit den \
                Worten: „Ich trete nicht zurück.“";
    let (quotes, _) = run(text, &[]);
    let q = quotes.iter().find(|q| q.kind == QuoteKind::Direct).unwrap();
    let sp = q.speaker.as_ref().unwrap();
    assert_eq!(&text[sp.span.range()], "ihn");
    assert_eq!(sp.resolved.map(|r| &text[r.range()]), Some("Klaus Weber"));
}

/// `sprechen` sums up a speech act with its matter (`sprach von einem Skandal`, `Von einem
/// Skandal sprach X`, `sprach über die Lage`), not a meeting or an appearance without it.
#[test]
fn sprechen_without_its_matter_is_no_report() {
    assert_no_quotes(&[
        "Die Außenministerin sprach am Montag mit ihrem russischen Kollegen.",
        "Der Kanzler sprach am Montag vor dem Bundestag.",
    ]);
    for text in [
        "Die Ministerin sprach am Sonntag vom schlimmsten Regen seit Jahren.",
        "Von einem Skandal sprach der Abgeordnete.",
        "Der Kanzler sprach am Montag über die Lage im Nahen Osten.",
    ] {
        assert!(
            rows(text).iter().any(|r| r.0 == QuoteKind::Reported),
            "{text}: {:?}",
            rows(text)
        );
    }
}

/// A name alone before a colon opening a sentence is a turn's label, not content of a verb
/// after it (`Habeck: Das entscheide ich im Herbst.`, an interview's one answer).
#[test]
fn a_label_before_a_colon_is_no_content() {
    let text = "SPIEGEL: Werden Sie erneut kandidieren?\n\nHabeck: Das entscheide ich im Herbst.";
    let r = rows(text);
    assert!(!r.iter().any(|x| x.1 == "Habeck"), "{r:?}");
}

/// Straight marks nested in typographic ones, one pair or more, belong to the outer
/// quotation (`„Er nannte das "absurd"“, sagte sie.`): one direct quotation with its
/// speaker, not a report holding the marks.
#[test]
fn straight_marks_nested_in_typographic_ones() {
    for (text, content) in [
        (
            "„Er nannte das \"absurd\"“, sagte sie.",
            "Er nannte das \"absurd\"",
        ),
        (
            "„Wir sind \"bereit\" und \"entschlossen\"“, sagte der Minister.",
            "Wir sind \"bereit\" und \"entschlossen\"",
        ),
    ] {
        let r = rows(text);
        assert_eq!(r.len(), 1, "{text}: {r:?}");
        assert_eq!((r[0].0, r[0].1.as_str()), (QuoteKind::Direct, content));
    }
}

/// A second `laut X` after a comma opens a report of its own: two sources, two reports
/// (`Laut Polizei blieb es friedlich, laut Veranstaltern kamen 5.000 Menschen`).
#[test]
fn a_second_laut_after_a_comma_is_a_report_of_its_own() {
    let r = rows("Laut Polizei blieb es friedlich, laut Veranstaltern kamen 5.000 Menschen.");
    let got: Vec<_> = r.iter().map(|x| (x.1.as_str(), x.2.as_deref())).collect();
    assert_eq!(
        got,
        [
            ("blieb es friedlich", Some("Polizei")),
            ("kamen 5.000 Menschen", Some("Veranstaltern")),
        ]
    );
}

/// `nach` governing a phrase of its own before a noun of statement names no source (`leitete
/// nach der Pleite Ermittlungen ein`), while `nach ersten Ermittlungen` does (of a report in
/// Konjunktiv: see `unnamed_findings_source_only_a_konjunktiv_report`).
#[test]
fn nach_with_its_own_phrase_names_no_source() {
    let t = "Die Staatsanwaltschaft leitete nach der Pleite Ermittlungen gegen den Gründer ein.";
    assert!(rows(t).is_empty(), "{:?}", rows(t));
    let r = rows("Nach ersten Ermittlungen sei der Täter zu Fuß geflohen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].2.as_deref(), Some("ersten Ermittlungen"));
}

/// `so X` between commas after a clause in Konjunktiv interrupts the report when the rest
/// is no name (`Alles in allem sei es, so der Bericht, möglich gewesen, …`), not when the
/// main clause resumes in the indicative (`…, so X, bewirkte aber das Gegenteil`).
#[test]
fn so_after_a_konjunktiv_clause_interrupts_the_report() {
    let r = rows(
        "Alles in allem sei es für alle Parteien, so der OSZE-Bericht, möglich gewesen, \
         Wahlkampf zu betreiben.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "möglich gewesen, Wahlkampf zu betreiben");
    assert!(r[0].4.is_some() && r[0].4 == r[1].4, "{r:?}");
    let r = rows("Die Lage sei ernst, so der Bürgermeister, Leiter des Krisenstabs.");
    assert_eq!(r.len(), 1, "{r:?}");
}

/// A colon after words that are no name inside an answer (`Das heißt also: Er lügt.`) opens
/// no turn of its own: the answer stays one quotation of its label.
#[test]
fn a_colon_inside_an_answer_opens_no_turn() {
    let text = "Agrarministerin Hedwig Meier im Interview.\n\
                SPIEGEL: Frau Meier, haben Sie die Bauern verloren?\n\
                Meier: Der Populist verspricht allen alles. Das heißt also: Er lügt.\n\
                SPIEGEL: Die Demonstranten sehen das anders. Zu Recht?\n\
                Meier: Protest gehört zur Demokratie.";
    let r = rows(text);
    assert!(
        r.iter().any(|x| x.0 == QuoteKind::Direct
            && x.1 == "Der Populist verspricht allen alles. Das heißt also: Er lügt."
            && x.2.as_deref() == Some("Meier")),
        "{r:?}"
    );
}

/// An impersonal judgement in the indicative (`Es ist möglich, dass …`, `Es gilt als
/// wahrscheinlich, dass …`) is the narrator's, no one's report; a holder named as the
/// subject still holds the view (`Der Minister ist überzeugt, dass …`).
#[test]
fn impersonal_judgements_report_nothing() {
    assert_no_quotes(&[
        "Es ist möglich, dass weitere Opfer bislang nicht bekannt sind.",
        "Es gilt als wahrscheinlich, dass die Zahl bis zum Jahresende weiter steigt.",
    ]);
    let r = indirect_row("Der Minister ist überzeugt, dass die Lage sich bessert.");
    assert_eq!(r.2.as_deref(), Some("Der Minister"));
}

/// A verb of saying at the end of a fronted or relative clause (`Als X das Ergebnis
/// verkündete, …`, `Das Gesetz, das X angekündigt hat, …`) attributes nothing to the main
/// clause that resumes after its comma, whether the lexicon knows that clause's verb or
/// not. Its own `zu` infinitive is still its content, and so is the clause after a `wie`
/// clause.
#[test]
fn a_cue_in_a_fronted_clause_does_not_report_the_main_clause() {
    assert_no_quotes(&[
        "Als der Minister das Ergebnis verkündete, jubelten die Anhänger.",
        "Das Gesetz, das die Ministerin angekündigt hat, tritt im Mai in Kraft.",
        "Nur wenn über die Nachfolge spekuliert wurde, fiel immer wieder sein Name.",
        "Nachdem sich der Trainer über den Schiedsrichter beschwert hatte, kochte die Stimmung.",
    ]);
    let r = indirect_row("Während Shakira erklärte, wahnsinnig aufgeregt zu sein, schwieg Lopez.");
    assert_eq!(r.2.as_deref(), Some("Shakira"), "{r:?}");
    let r = indirect_row("Wie die Polizei mitteilte, starben bei dem Unfall zwei Menschen.");
    assert_eq!(r.1, "starben bei dem Unfall zwei Menschen", "{r:?}");
}

/// Object first: a field that names no one and disagrees with a singular verb, or a neuter
/// field before an authority, is the object; the body or authority after the verb speaks
/// (`Die Pläne lehnte der Betriebsrat ab`). A field that names an institution stays the
/// subject (`Das Ministerium kritisierte die Polizei`).
#[test]
fn a_fronted_object_leaves_the_subject_after_the_verb() {
    for (text, speaker) in [
        ("Die Pläne lehnte der Betriebsrat ab.", "der Betriebsrat"),
        (
            "Neue Fangbeschränkungen lehne der Verband jedoch ab.",
            "der Verband",
        ),
        (
            "Das Angebot lehnte die Gewerkschaft ab.",
            "die Gewerkschaft",
        ),
        (
            "Den Vorschlag wies die Staatsanwaltschaft zurück.",
            "die Staatsanwaltschaft",
        ),
        (
            "Das Ministerium kritisierte die Polizei.",
            "Das Ministerium",
        ),
    ] {
        let r = rows(text);
        assert!(
            r.len() == 1 && r[0].2.as_deref() == Some(speaker),
            "{text}: {r:?}"
        );
    }
}

/// A `wie` clause closing the sentence with its subject and its verb of saying last names
/// the source of the clause before it, whatever verb that clause has (`Die Firma hat
/// Insolvenz beantragt, wie eine Sprecherin bestätigte`); after a verb of saying right
/// before its comma it is that verb's question (`berichtet, wie …`), and after an object it
/// may compare (`kritisierte die Entscheidung, wie erwartet`: one summary).
#[test]
fn a_closing_wie_clause_names_the_source() {
    let r = indirect_row("Die Firma hat Insolvenz beantragt, wie eine Sprecherin bestätigte.");
    assert_eq!(r.1, "Die Firma hat Insolvenz beantragt", "{r:?}");
    assert_eq!(r.2.as_deref(), Some("eine Sprecherin"), "{r:?}");
    let r = indirect_row("Die Gewerkschaft fordert mehr Lohn, wie ein Sprecher am Montag sagte.");
    assert_eq!(r.2.as_deref(), Some("ein Sprecher"), "{r:?}");
    let r = indirect_row(
        "Vor Gericht hatten Augenzeugen berichtet, wie der Mann die Frau attackierte.",
    );
    assert_eq!(r.2.as_deref(), Some("Augenzeugen"), "{r:?}");
    let r = rows("Die Opposition kritisierte den Plan, wie erwartet.");
    assert!(
        r.len() == 1 && r[0].1 == "Die Opposition kritisierte den Plan, wie erwartet.",
        "{r:?}"
    );
}

/// Two titles joined before one name are one person, no plural subject that a singular
/// verb would disagree with (`Gründer und Geschäftsführer Felix Ahrendt räumte Fehler
/// ein`); two people joined are still plural.
#[test]
fn two_titles_of_one_person_are_singular() {
    let r = rows("Gründer und Geschäftsführer Felix Ahrendt räumte Fehler ein.");
    assert!(
        r.len() == 1 && r[0].2.as_deref() == Some("Gründer und Geschäftsführer Felix Ahrendt"),
        "{r:?}"
    );
    let r = rows("Die Eltern und Lehrer kritisierten die Schule.");
    assert!(
        r.len() == 1 && r[0].2.as_deref() == Some("Die Eltern und Lehrer"),
        "{r:?}"
    );
}

/// The singular `dürfte` alone is the narrator's estimate, no report going on after one
/// (`Der Minister dürfte das anders sehen`); with a marker it still reports (`dürfte ersten
/// Annahmen zufolge …`), and so do other forms in Konjunktiv II after a report.
#[test]
fn an_estimate_in_duerfte_continues_no_report() {
    let r = rows("Anna Schulz sagte, die Lage sei ernst. Der Minister dürfte das anders sehen.");
    assert!(r.len() == 1 && r[0].1 == "die Lage sei ernst", "{r:?}");
    let r = rows("Anna Schulz sagte, die Lage sei ernst. Die Regierung müsste schneller handeln.");
    assert!(
        r.iter().any(|x| x.1.starts_with("Die Regierung müsste")),
        "{r:?}"
    );
    let r = rows("Ursache dürfte ersten Annahmen zufolge der schwere Schnee gewesen sein.");
    assert!(!r.is_empty(), "{r:?}");
}

/// A verb of saying closing a relative clause after the main clause reports nothing of the
/// main clause (`Das ist das Ergebnis einer Studie, die am Montag vorgestellt wurde`); a
/// demonstrative with its verb second does (`…, das entschied die NASA`).
#[test]
fn a_cue_in_a_closing_relative_clause_reports_nothing() {
    assert_no_quotes(&[
        "Das ist das Ergebnis einer Studie der Universität Konstanz, die am Montag vorgestellt wurde.",
        "Die Reisbestände in der Lagerhalle gehören der Firma Euryza, die den Vorwurf inzwischen bestätigte.",
    ]);
    let r = indirect_row(
        "Die Raumfähre bleibt einen Tag länger als geplant im All, das entschied die Weltraumbehörde NASA.",
    );
    assert_eq!(
        r.1, "Die Raumfähre bleibt einen Tag länger als geplant im All",
        "{r:?}"
    );
}

/// The aside `wie man (so, gerne) sagt` is a figure of speech, no one's report.
#[test]
fn the_aside_wie_man_sagt_reports_nothing() {
    assert_no_quotes(&[
        "Die Lage war, wie man so sagt, noch überschaubar.",
        "Es ist ein Film über jene Zeit, in der die Lage, wie man gerne sagt, noch überschaubar war.",
    ]);
    let r = indirect_row("Die Lage war, wie der Minister sagte, noch überschaubar.");
    assert_eq!(r.2.as_deref(), Some("der Minister"), "{r:?}");
}

/// `betont` before a predicative adjective and `wiederholt` before `als` or a participle of
/// saying are adverbs, no verbs of saying (`gab sich betont gelassen`, `hatte wiederholt
/// betont, dass …`: the cue is `betont`).
#[test]
fn betont_and_wiederholt_as_adverbs() {
    assert_no_quotes(&[
        "Der Trainer gab sich betont gelassen.",
        "Larson gab sich in seiner Stellungnahme betont optimistisch.",
    ]);
    let r = indirect_row("Er hatte wiederholt betont, dass er bleibt.");
    assert_eq!(r.3.as_deref(), Some("betont"), "{r:?}");
    let r = indirect_row("Tatsächlich, so betont auch die Polizei, ist dies falsch.");
    assert_eq!(r.2.as_deref(), Some("die Polizei"), "{r:?}");
}

/// A relative clause in the indicative right after the particle that closes the verb's
/// clause describes the phrase before it, no content (`Als Zeugin sagte eine Nachbarin
/// aus, die den Mann seit Jahren kennt`); one in Konjunktiv, or after `vorschlagen`, is.
#[test]
fn a_relative_clause_after_the_particle_is_no_content() {
    assert_no_quotes(&["Als Zeugin sagte eine Nachbarin aus, die den Mann seit Jahren kennt."]);
    let r = indirect_row("Ich schlage eine Regel vor, die alle schützt.");
    assert_eq!(r.1, "die alle schützt", "{r:?}");
}

/// A question fronted before a negated verb of saying reports nothing (`Ob er bleibt,
/// sagte X nicht`), as it does after it (`X sagte nicht, ob …`); without `nicht` it does.
#[test]
fn a_fronted_question_left_unanswered_reports_nothing() {
    assert_no_quotes(&[
        "Ob Pohl rechtzeitig fit wird, sagte Lindqvist nicht.",
        "Wann die Arbeiten beginnen, teilte die Stadt nicht mit.",
    ]);
    let r = indirect_row("Ob Pohl spielt, sagte Lindqvist.");
    assert_eq!(r.2.as_deref(), Some("Lindqvist"), "{r:?}");
}

/// `verurteilen` of a court's sentence is no verb of saying (`wurde zu drei Jahren Haft
/// verurteilt`, `der wegen Betrugs rechtskräftig verurteilte X`); a condemnation is.
#[test]
fn a_court_sentence_is_no_condemnation() {
    assert_no_quotes(&[
        "Der Mann wurde zu drei Jahren Haft verurteilt.",
        "Der wegen Betrugs rechtskräftig verurteilte Schiedsrichter einigte sich mit dem Verband.",
        "Richterin Raufer verurteilt ihn schließlich zu einem Jahr Haft, drei Monate davon sind unbedingt.",
    ]);
    let r = rows("Der Minister verurteilte den Anschlag scharf.");
    assert!(
        r.len() == 1 && r[0].3.as_deref() == Some("verurteilte"),
        "{r:?}"
    );
}

/// `drohen` that something impends is no verb of saying (`Ihm droht eine lange
/// Haftstrafe`, `Mit diesen Regeln droht nicht nur eine Verwässerung, sondern …`); a threat
/// made is (`drohte mit Entlassungen`, `drohte damit, … zu …`, `drohte: „…“`).
#[test]
fn an_impending_drohen_is_no_threat_made() {
    assert_no_quotes(&[
        "Ihm droht eine lange Haftstrafe.",
        "Mit diesen Vereinbarungen droht nicht nur eine Verwässerung, sondern auch ein Flickwerk.",
    ]);
    for text in [
        "Der Konzern drohte mit Entlassungen.",
        "Die Partei droht damit, das Wahlergebnis nicht zu akzeptieren.",
        "Damit drohte der Verband: „Wir streiken.“",
    ] {
        let r = rows(text);
        assert!(
            r.iter().any(|x| x.3.as_deref()
                == Some(
                    text.split(' ')
                        .find(|w| w.starts_with("droh"))
                        .unwrap_or("")
                )),
            "{text}: {r:?}"
        );
    }
}

/// `geraten` of getting into a state is no advice (`ist in Schwierigkeiten geraten`, `unter
/// Druck geraten werden`); advice given is (`wurde geraten, …`, `hatten ihm dazu geraten`).
#[test]
fn getting_into_trouble_is_no_advice() {
    assert_no_quotes(&[
        "Der Verein ist im Winter in finanzielle Schwierigkeiten geraten.",
        "Sie rechnet damit, dass die Banken bald unter Druck geraten werden.",
        "Die Lage war außer Kontrolle geraten, als die Feuerwehr eintraf.",
    ]);
    let r = indirect_row("Den Anwohnern wurde geraten, die Fenster geschlossen zu halten.");
    assert_eq!(r.3.as_deref(), Some("geraten"), "{r:?}");
}

/// `meinen` with `es` and a word of sincerity is meaning it, no saying (`meinte es ernst:`,
/// `hat es gut gemeint`); `meinte, …` is.
#[test]
fn meaning_it_is_no_saying() {
    assert_no_quotes(&[
        "Die Trainerin meinte es ernst: Am Montag begann das Training um sechs Uhr.",
        "Der Nachbar hat es nur gut gemeint.",
    ]);
    let r = indirect_row("Die Trainerin meinte, das Training beginne um sechs Uhr.");
    assert_eq!(r.1, "das Training beginne um sechs Uhr", "{r:?}");
}

/// `laut` without a source after it is the adjective (`war zu laut.`, `laut und deutlich`,
/// a title „… laut“); criticism that `wird laut,` is reported in the clause after the comma,
/// with what was raised as its source.
#[test]
fn loud_is_no_source_marker() {
    assert_no_quotes(&[
        "Die Baustelle war den ganzen Tag zu laut.",
        "Die Kinder sangen laut und fröhlich.",
        "Das Lied „Ruf es laut“ stand wochenlang in den Charts.",
    ]);
    assert_indirect(
        "Im Stadtrat wurden Zweifel laut, ob die Brücke rechtzeitig fertig wird.",
        "ob die Brücke rechtzeitig fertig wird",
        "Zweifel",
    );
    let r = indirect_row("Laut „Tagesspiegel“ beginnen die Arbeiten im Mai.");
    assert_eq!(r.1, "beginnen die Arbeiten im Mai", "{r:?}");
}

/// A number after a noun that numbers a text is part of the source's name (`Artikel 20 des
/// Grundgesetzes`, `Paragraf 218`).
#[test]
fn a_numbered_text_is_one_source() {
    for (text, source, content) in [
        (
            "Nach Artikel 20 des Grundgesetzes ist die Bundesrepublik ein sozialer Bundesstaat.",
            "Artikel 20 des Grundgesetzes",
            "ist die Bundesrepublik ein sozialer Bundesstaat",
        ),
        (
            "Laut Paragraf 13 der Satzung wählt die Versammlung den Vorstand.",
            "Paragraf 13 der Satzung",
            "wählt die Versammlung den Vorstand",
        ),
    ] {
        let r = indirect_row(text);
        assert_eq!(
            (r.2.as_deref(), r.1.as_str()),
            (Some(source), content),
            "{r:?}"
        );
    }
}

/// A fronted adverbial clause is the writer's when a `dass` clause after the cue is the
/// content (`Auch wenn … werden sollen, betonte X, dass …`), and so is a time clause after
/// the inverted speaker (`…, sagte sie, als sie …`) or after a main clause (`Er meinte es
/// ernst, als er …`).
#[test]
fn adverbial_clauses_around_a_report_are_the_writers() {
    let r = rows(
        "Auch wenn die Gebühren steigen sollen, betonte die Senatorin, dass niemand überfordert werde.",
    );
    assert!(
        r.len() == 1 && r[0].1 == "dass niemand überfordert werde",
        "{r:?}"
    );
    for text in [
        "Die Preise seien stabil, sagte die Händlerin, als sie den Stand öffnete.",
        "Die Preise sind stabil, sagte die Händlerin, als sie den Stand öffnete.",
    ] {
        let r = rows(text);
        assert!(
            r.len() == 1 && r[0].1.starts_with("Die Preise"),
            "{text}: {r:?}"
        );
    }
    assert_no_quotes(&["Die Gäste lachten, als der Bürgermeister die Pläne verkündete."]);
}

/// The second of two predicates after a subject with a relative clause is no cue for that
/// subject as content (`Jene Wähler, die …, scheuen das Risiko und sprechen sich für … aus`).
#[test]
fn a_subject_before_two_predicates_is_no_content() {
    for text in [
        "Die Mieter, die seit Jahren im Haus wohnen, fürchten die Kosten und fordern einen Aufschub.",
        "Gerade jene Bauern, die lange gezögert hatten, wagen den Schritt und sprechen sich für den Plan aus.",
    ] {
        let r = rows(text);
        assert!(
            r.iter().all(|x| !x.1.ends_with("wohnen") && !x.1.ends_with("hatten")),
            "{text}: {r:?}"
        );
    }
}

/// A passive estimate of a figure (`wird auf … geschätzt`) is no report; a verb of saying
/// inside a title's marks is no cue (the song „Ich sage ja“); `wie man einmal sagte` is an
/// aside.
#[test]
fn estimates_titles_and_asides_report_nothing() {
    assert_no_quotes(&[
        "Die Bauzeit soll kurz sein, die Kosten werden auf drei Millionen Euro geschätzt.",
        "Der Titel „Ich sage nein“ lief im Sommer im Radio.",
        "Aus der Kunst, wie man einmal sagte und damit das Handwerk meinte, ist eine Wissenschaft geworden.",
    ]);
}

/// `vorwerfen` in the perfect sums up an accusation as the preterite does (`hat dem Senat
/// Untätigkeit vorgeworfen`, `warf … vor`).
#[test]
fn an_accusation_in_the_perfect_is_reported() {
    for text in [
        "Die Grünen haben dem Senat Untätigkeit vorgeworfen.",
        "Der Verband hatte der Bahn schwere Versäumnisse vorgeworfen.",
    ] {
        let r = rows(text);
        assert!(
            r.len() == 1
                && r[0].0 == QuoteKind::Reported
                && r[0].3.as_deref() == Some("vorgeworfen"),
            "{text}: {r:?}"
        );
    }
}

/// A conditional opening with its verb and a main clause in `gäbe`/`käme` is the writer's.
#[test]
fn an_inverted_conditional_with_gaebe_is_the_writers() {
    assert_no_quotes(&[
        "Hätte die Stadt rechtzeitig gebaut, gäbe es heute genug Wohnungen.",
        "Wäre der Zug pünktlich gewesen, käme sie noch rechtzeitig.",
    ]);
}

/// Swiss spelling writes `ss` for `ß`: `hiess es`, `liess … mitteilen`, `äusserte sich`
/// are verbs of saying as their `ß` forms are.
#[test]
fn swiss_spelling_of_verbs_of_saying() {
    assert_indirect(
        "Man werde die Initiative bekämpfen, hiess es beim Bauernverband.",
        "Man werde die Initiative bekämpfen",
        "Bauernverband",
    );
    let r = indirect_row("Die Preise seien zu hoch, liess der Verband mitteilen.");
    assert_eq!(r.3.as_deref(), Some("liess … mitteilen"), "{r:?}");
}

/// A `wie` clause opening the sentence names the source of its main clause, even when that
/// clause's own verb sums up a speech act (`Wie ein Sprecher mitteilte, weist die Regierung
/// die Vorwürfe zurück`).
#[test]
fn an_opening_wie_clause_names_the_source_of_a_summary() {
    assert_indirect(
        "Wie die Stadt mitteilte, lehnt der Investor den neuen Vertrag ab.",
        "lehnt der Investor den neuen Vertrag ab",
        "die Stadt",
    );
}

/// A verb of saying in Konjunktiv I in the verb slot right after a report continues it
/// (`Die Firma bedauere die Folgen`): the source says what the firm does.
#[test]
fn a_speech_verb_in_konjunktiv_continues_a_report() {
    let r = rows(
        "Eine Sprecherin sagte, die Ursache sei unklar. Die Reederei bedauere den Vorfall sehr.",
    );
    assert!(
        r.len() == 2
            && r[1].1 == "Die Reederei bedauere den Vorfall sehr."
            && r[1].0 == QuoteKind::Indirect
            && r[1].3.is_none(),
        "{r:?}"
    );
}

/// A quotation right after the whole sentence that attributes the one before it is its
/// second part, however long that attribution (`„…“, sagte Hessens Kultusminister X am
/// Montag in Wiesbaden. „…“`).
#[test]
fn a_long_attribution_sentence_still_joins_two_parts() {
    let r = rows(
        "„Wir bauen weiter“, sagte die Vorsitzende des Bauausschusses Petra Lindner am Dienstag in Kassel. „Der Zeitplan hält.“",
    );
    assert!(
        r.len() == 2 && r[0].4.is_some() && r[0].4 == r[1].4 && r[1].3.as_deref() == Some("sagte"),
        "{r:?}"
    );
}

/// A report in Konjunktiv whose verb of saying has a `dass` clause is attributed by the
/// verb after it (`Sie habe nie bezweifelt, dass …, sagt X`).
#[test]
fn a_dass_clause_inside_a_report_before_its_attribution() {
    assert_indirect(
        "Er habe immer betont, dass der Verein schuldenfrei sei, sagte der Kassenwart.",
        "Er habe immer betont, dass der Verein schuldenfrei sei",
        "der Kassenwart",
    );
}

/// A passive of saying after a modal is what is to be, or could not be, said: no report
/// (`sollen die Zahlen bestätigt werden`, `konnten nicht bestätigt werden`).
#[test]
fn a_modal_passive_of_saying_reports_nothing() {
    assert_no_quotes(&[
        "Die Sitzung beginnt um zehn Uhr, dort sollen die neuen Zahlen bestätigt werden.",
        "Gerüchte über einen Rücktritt konnten am Abend nicht bestätigt werden.",
    ]);
}

/// An infinitive of saying after a modal in Konjunktiv I right after a report continues
/// it, with the question or term it holds (`Die Union solle erst fragen, was …`, `Die
/// Opposition spreche von einem „…“, doch …`).
#[test]
fn a_report_goes_on_through_a_modal_or_a_term() {
    for text in [
        "Die Lage sei ernst, sagte die Ministerin. Die Kommunen müssten erklären, wie sie das bezahlen wollten.",
        "Die Lage sei ernst, sagte die Ministerin. Die Kommunen sollten erst einmal fragen, was die Bürger brauchten.",
        "Die Lage sei ernst, sagte die Ministerin. Die Opposition spreche von einem „Notstand“, doch das sei übertrieben.",
    ] {
        let r = rows(text);
        let second = r.iter().find(|x| x.1.starts_with("Die Kommunen") || x.1.starts_with("Die Opposition"));
        assert!(
            second.is_some_and(|x| x.2.as_deref() == Some("die Ministerin") && x.1.ends_with('.')),
            "{text}: {r:?}"
        );
    }
}

/// A work or event named in marks is no object said: `hat seinen Roman «…» vorgestellt`
/// reports nothing, as it does without the title; a term quoted in a summary stays one
/// (`rief zum „…“ auf`).
#[test]
fn a_title_in_marks_is_no_object_said() {
    assert_no_quotes(&[
        "Die Autorin hat ihren neuen Roman „Wintergäste“ in Leipzig vorgestellt.",
        "Auf der Messe „Horizonte“ will der Hersteller neue Geräte vorstellen.",
    ]);
    let r = rows("Der Prediger rief zum „Widerstand“ gegen die Regierung auf.");
    assert!(r.iter().any(|x| x.0 == QuoteKind::Reported), "{r:?}");
}

/// `verurteilen` with a person as its object is a court's sentence (`verurteilte einen
/// Manager, der …`); with a deed it condemns (`verurteilte den Anschlag`, `verurteilte ihn
/// als „…“`).
#[test]
fn a_person_sentenced_is_no_condemnation() {
    assert_no_quotes(&[
        "Das Landgericht verurteilte einen Kassierer, der Geld unterschlagen hatte.",
    ]);
    let r = rows("Die Regierung verurteilte den Überfall, der drei Menschen das Leben kostete.");
    assert!(
        r.len() == 1 && r[0].3.as_deref() == Some("verurteilte"),
        "{r:?}"
    );
}

/// An interview whose questions carry no label: each paragraph opening with the
/// interviewee's name after a paragraph that asks is their answer, unmarked as it is.
#[test]
fn answers_to_unlabelled_questions_are_the_interviewees() {
    let text = "Die Rektorin Hanna Albers spricht über das neue Semester.\n\nFrau Albers, wie viele Studierende erwarten Sie?\n\nAlbers: Etwa dreitausend. Das ist ein Rekord.\n\nUnd die Wohnungen?\n\nAlbers: Die sind knapp.";
    let d = direct(text);
    assert_eq!(
        d,
        [
            (
                "Etwa dreitausend. Das ist ein Rekord.".to_string(),
                s("Albers")
            ),
            ("Die sind knapp.".to_string(), s("Albers")),
        ],
        "{:?}",
        rows(text)
    );
    // (So are the answers on the line right after their question, in one paragraph.)
    let one_line = text.replace("?\n\nAlbers", "?\nAlbers");
    assert_eq!(direct(&one_line), d, "{:?}", rows(&one_line));
    // (Labels that answer no question are no interview.)
    assert!(direct(
        "Die Sitzung dauerte lange.\n\nUpdate: Sie ist vorbei.\n\nStand: Die Stadt zahlt."
    )
    .is_empty());
    assert!(
        direct("Die Sitzung dauerte lange.\nUpdate: Sie ist vorbei.\nStand: Die Stadt zahlt.")
            .is_empty()
    );
}

/// One lower-case word in marks in a report with a named source is that source's wording
/// (`Laut X ist die Bewertung „sportlich“`), not a name (`„mg“`, `„bbc.co.uk“`).
#[test]
fn one_word_quoted_in_a_sourced_report_is_wording() {
    let d = direct("Laut dem Ökonomen Felix Brandt ist die Prognose „gewagt“.");
    assert_eq!(d, [("gewagt".to_string(), s("dem Ökonomen Felix Brandt"))]);
    assert!(direct("Laut einer Meldung auf „tagesschau.de“ kamen viele.").is_empty());
}

/// A Konjunktiv I in `-e` with an umlaut in a weak verb's stem (`gefährde`, `stärke`,
/// `wähle`, `erhöhe`, `fördere`) reports on its own after a sentence naming a person, as
/// `plane` does; the umlaut of a strong past (`läge`, `käme`) stays Konjunktiv II.
#[test]
fn umlauted_weak_konjunktiv_forms_report() {
    for verb in ["gefährde", "stärke", "erhöhe", "fördere", "bestätige"] {
        let text =
            format!("Die Abgeordnete Jana Brill ist empört. Die Regierung {verb} den Mittelstand.");
        let r = rows(&text);
        assert!(
            r.iter()
                .any(|x| x.0 == QuoteKind::Indirect && x.1.starts_with("Die Regierung")),
            "{text}: {r:?}"
        );
    }
}

/// An indicative clause before a comma and a clause opening with its subject before a
/// verb of saying are two statements: the first is no content of the second (`Die
/// Rauchwolke war weit zu sehen, die Behörden warnten vor Gefahren`).
#[test]
fn a_subject_first_clause_after_a_comma_attributes_nothing_before() {
    let r = rows(
        "Der Rauch war kilometerweit zu sehen, die Behörden warnten die Anwohner vor Gefahren.",
    );
    assert!(
        r.len() == 1 && r[0].1 == "die Behörden warnten die Anwohner vor Gefahren",
        "{r:?}"
    );
}

/// After a verb of saying with its own object and its subject before it, an indicative
/// clause with its own subject is a statement of its own, and a short contrast is the
/// manner (`Er spricht leise, aber bestimmt`); after an inverted attribution the answer
/// goes on (`Nein, fügt Ali hinzu, wir …`). `meint es (wirklich, mit X) ernst:` is no saying.
#[test]
fn a_clause_after_a_speech_verbs_object_is_no_content() {
    assert_no_quotes(&[
        "Die Trainerin spricht ruhig, aber bestimmt.",
        "Er schrieb Bücher für Kinder, sein Roman „Die Insel“ wurde verfilmt.",
        "Sie meint es wirklich ernst: Im Juni will sie antreten.",
        "Er meinte es mit der Reform ernst: Im Mai legte er den Entwurf vor.",
        "Mit dem Umzug meinte er es durchaus ernst: Seit Mai wohnt er in Kiel.",
    ]);
    assert_eq!(indirect_row("Er meinte, es sei ernst.").1, "es sei ernst");
    let r = rows("Nein, fügt Ali hinzu, wir werden hier nicht anerkannt.");
    assert!(r.iter().any(|x| x.1.starts_with("wir werden")), "{r:?}");
}

/// `Ärzte ohne Grenzen`, `Reporter ohne Grenzen`: a source's name goes on past `ohne`.
#[test]
fn a_name_with_ohne_grenzen_is_one_source() {
    assert_indirect(
        "Nach Angaben der Organisation Reporter ohne Grenzen sitzen 20 Journalisten in Haft.",
        "sitzen 20 Journalisten in Haft",
        "Angaben der Organisation Reporter ohne Grenzen",
    );
}

/// A view of one's own with the subject after the verb (`Anders sieht es X.`) makes X the
/// source of the Konjunktiv sentence after it, not the speaker quoted before.
#[test]
fn anders_sieht_es_names_the_next_source() {
    assert_speakers_of_quotations(&[(
        "„Die Mieten steigen“, sagte Jonas Brehm. Anders sieht es Carla Vogt. Der Markt sei entspannt.",
        "Der Markt sei entspannt",
        "Carla Vogt",
    )]);
}

/// A sentence that is mostly a quotation is still a report when a verb in Konjunktiv I, a
/// `dass`, or a Konjunktiv II after a verb of saying stands outside the marks: the report
/// and the quotation inside it are both found, however long the quotation.
#[test]
fn a_long_quotation_inside_a_report_keeps_the_report() {
    let long = "„viele Lehrerinnen, viele Quereinsteiger, auch aus der Industrie, die Erfahrung mitbringen im Umgang mit Jugendlichen“";
    for text in [
        format!("Die Senatorin betonte, unter den Bewerbern seien {long}."),
        format!("Die Senatorin betonte, dass unter den Bewerbern {long} seien."),
        "Der Dekan erklärte, ihm lägen „bis heute keine vollständigen Akten vor, die die mir gemachten Vorwürfe stützen oder mir ihre Quelle nennen“.".to_string(),
        "Es drohe „ein dauerhafter Schaden für die ganze Region, der nur durch schnelles Handeln noch abgewendet werden kann“.".to_string(),
    ] {
        let r = rows(&text);
        assert!(
            r.iter().any(|x| x.0 == QuoteKind::Indirect) && r.iter().any(|x| x.0 == QuoteKind::Direct),
            "{text}: {r:?}"
        );
    }
    // A quotation with its attribution after it stays a quotation alone.
    let r = rows("„Wir werden nicht nachgeben, nicht heute und nicht morgen, niemals“, sagte die Sprecherin.");
    assert!(r.iter().all(|x| x.0 == QuoteKind::Direct), "{r:?}");
}

/// After a verb of saying in a fronted adverbial clause (`Während X erklärte, …`), the
/// content ends where the main clause's finite verb and its subject follow a comma: the
/// rest is the other subject's report, not X's.
#[test]
fn a_report_in_a_fronted_clause_ends_before_the_main_clause() {
    for (text, first, second, speaker) in [
        (
            "Während die Bürgermeisterin erklärte, der Etat sei gesichert, räumte der Kämmerer ein, es fehle Geld.",
            "der Etat sei gesichert",
            "es fehle Geld",
            "der Kämmerer",
        ),
        (
            "Nachdem der Trainer betont hatte, die Mannschaft sei bereit, sagte der Kapitän, man habe Respekt vor dem Gegner.",
            "die Mannschaft sei bereit",
            "man habe Respekt vor dem Gegner",
            "der Kapitän",
        ),
    ] {
        let r = rows(text);
        assert_eq!(indirect_row(text).1, first, "{text}: {r:?}");
        assert!(
            r.iter()
                .any(|x| x.0 == QuoteKind::Indirect && x.1 == second && x.2.as_deref() == Some(speaker)),
            "{text}: {r:?}"
        );
    }
}

/// Findings with no one named (`nach ersten Erkenntnissen`, `nach bisherigen Ermittlungen`)
/// source a report in Konjunktiv or with `soll`, not an indicative sentence, where a `wie`
/// clause after them names the source.
#[test]
fn unnamed_findings_source_only_a_konjunktiv_report() {
    assert_no_quotes(&[
        "Nach ersten Erkenntnissen brach der Brand in der Tiefgarage aus.",
        "Ein Lager, das nach bisherigen Ermittlungen seit Jahren leer stand, ist abgerissen worden.",
    ]);
    assert_eq!(
        indirect_row("Nach ersten Erkenntnissen sei der Brand in der Tiefgarage ausgebrochen.").1,
        "sei der Brand in der Tiefgarage ausgebrochen"
    );
    assert_indirect(
        "Verletzt wurde nach ersten Erkenntnissen niemand, wie die Bergwacht mitteilte.",
        "Verletzt wurde nach ersten Erkenntnissen niemand",
        "die Bergwacht",
    );
}

/// A team goes on past `um` to the person who leads it (`ein Forscherteam um Lijing Cheng`,
/// `eine Gruppe um die Biologin Ana Ruiz`), who is the resolved source; a time after `um`
/// is no leader (`ein Forscher um Mitternacht`).
#[test]
fn a_team_um_its_leader_is_one_source() {
    assert_speakers_of_quotations(&[
        (
            "Zu diesem Schluss kommt ein Forscherteam um Mira Lindqvist. Die Moore seien stark geschrumpft.",
            "Die Moore",
            "ein Forscherteam um Mira Lindqvist",
        ),
        (
            "„Das überrascht uns“, sagt eine Gruppe um die Biologin Ana Ruiz.",
            "Das überrascht",
            "eine Gruppe um die Biologin Ana Ruiz",
        ),
        (
            "„Das ist neu“, sagte ein Forscher um Mitternacht.",
            "Das ist neu",
            "ein Forscher",
        ),
    ]);
}

/// A refusal in the perfect or the passive is mostly a decision, no speech act summed up
/// (`Der Antrag wurde abgelehnt`, `Der Rat hat den Plan abgelehnt`); an active refusal
/// still is (`Doch die Kanzlerin lehnte ab.`).
#[test]
fn a_refusal_in_the_perfect_or_passive_is_no_summary() {
    assert_no_quotes(&[
        "Der Antrag der Verteidigung auf Haftverschonung wurde abgelehnt.",
        "Der Gemeinderat hat den Bebauungsplan mit großer Mehrheit abgelehnt.",
    ]);
    let r = rows("Doch die Bürgermeisterin lehnte ab.");
    assert!(r.len() == 1 && r[0].0 == QuoteKind::Reported, "{r:?}");
}

/// A quotation opening its paragraph, before anyone in the document is quoted, after a
/// paragraph whose first (else last) sentence opens with a person's name: that person
/// speaks. An institution with its article opening that paragraph is no such speaker.
#[test]
fn a_first_quotation_after_a_paragraph_about_a_person_is_theirs() {
    assert_eq!(
        direct("Skispringerin Katharina Roth gewann in Oberstdorf. Sie lag nach dem ersten Durchgang vorn.\n\n„Ich bin einfach glücklich.“ Danach feierte sie mit dem Team."),
        [("Ich bin einfach glücklich.".to_string(), s("Skispringerin Katharina Roth"))]
    );
    assert_eq!(
        direct("Die Feuerwehr sperrte die Brücke.\n\n„Es war ein Schock.“ Viele Anwohner standen am Ufer."),
        [("Es war ein Schock.".to_string(), None)]
    );
    // (The paragraph may open with an institution and end with the person; the
    // institution with its article never speaks.)
    assert_eq!(
        direct("Das Berliner Fintech Klarwerk hat 85 Millionen Euro eingesammelt. Gründerin und Chefin Lea Brandt will mit dem Geld expandieren.\n\n„Wir sind in Deutschland profitabel.“ Das Unternehmen beschäftigt 420 Menschen."),
        [("Wir sind in Deutschland profitabel.".to_string(), s("Gründerin und Chefin Lea Brandt"))]
    );
    assert_eq!(
        direct("Das Berliner Fintech Klarwerk hat 85 Millionen Euro eingesammelt. Die Runde führte ein US-Investor an.\n\n„Wir sind profitabel.“ Das Unternehmen beschäftigt 420 Menschen."),
        [("Wir sind profitabel.".to_string(), None)]
    );
}

/// `rote Zahlen schreiben` is the idiom of profit and loss, no writing: it introduces no
/// content and its subject says nothing (`Viele Betriebe schrieben rote Zahlen, die
/// Auftragslage sei schwach` goes on with the report before). A writer still writes.
#[test]
fn writing_red_or_black_figures_is_no_saying() {
    for text in [
        "Der Verbandschef hielt dagegen. Viele Betriebe schrieben rote Zahlen, die Auftragslage sei so schwach wie nie.",
        "Der Vorstand sagte, die Sparte habe zuletzt schwarze Zahlen geschrieben, die Lage sei stabil.",
    ] {
        let r = rows(text);
        assert!(
            r.iter().all(|x| !x
                .3
                .as_deref()
                .is_some_and(|c| c.contains("schrieb") || c.contains("geschrieben"))),
            "{text}: {r:?}"
        );
        assert!(
            r.iter().all(|x| !x
                .2
                .as_deref()
                .is_some_and(|s| s.contains("Betriebe") || s.contains("Sparte"))),
            "{text}: {r:?}"
        );
    }
    let r = indirect_row("Die Kanzlerin schrieb, die Zahlen seien eindeutig.");
    assert_eq!(r.3.as_deref(), Some("schrieb"), "{r:?}");
}

/// A short parenthesis after the speaker of an inverted attribution closing the sentence
/// (`…, sagte Thomas Engelke (VZBV).`, `wie X (VZBV) mitteilte`) does not carry the
/// verb's clause on to an object: what stands before the comma is the report.
#[test]
fn a_parenthesis_after_an_inverted_speaker_keeps_the_report_before() {
    assert_indirect(
        "Viele Anbieter erhöhten die Preise nach wenigen Monaten, sagte Thomas Engelke (VZBV).",
        "Viele Anbieter erhöhten die Preise nach wenigen Monaten",
        "Thomas Engelke (VZBV)",
    );
    assert_indirect(
        "Die Mieten steigen weiter, sagte Lea Brandt (SPD) am Montag.",
        "Die Mieten steigen weiter",
        "Lea Brandt (SPD)",
    );
    assert_indirect(
        "Die Tarife sinken im Winter, wie Jonas Kühn (VKU) mitteilte.",
        "Die Tarife sinken im Winter",
        "Jonas Kühn (VKU)",
    );
}

/// A verb of saying closing a conditional clause that opens the sentence, with the main
/// clause's verb right after the comma, is the writer's condition: no report (`Sollte der
/// Senat die Nominierung bestätigen, könnte er …`). A main clause in Konjunktiv I goes on
/// with a report all the same.
#[test]
fn a_verb_of_saying_in_a_fronted_condition_reports_nothing() {
    assert_no_quotes(&[
        "Sollte der Senat die Nominierung bestätigen, könnte er bereits im Frühjahr sein Amt antreten.",
        "Falls die Kommission den Plan ankündigt, wird das Gesetz im Mai gelten.",
    ]);
    let r = rows("Laut Engel sind die Vögel gut versorgt. Sollte der Verfall ausgesprochen werden, habe das Ministerium zu entscheiden.");
    assert!(
        r.iter()
            .any(|x| x.0 == QuoteKind::Indirect && x.1.contains("habe das Ministerium")),
        "{r:?}"
    );
}

/// The agencies' lower-case bylines (`dpa`, `epd`, `kna`) are names: they head the source
/// phrase (`berichtete dpa`, `Laut dpa …`, `meldete die Nachrichtenagentur dpa`), and after
/// a genitive they are the addressee (`sagte ein Sprecher der dpa`: told dpa).
#[test]
fn lower_case_agency_bylines_are_sources() {
    assert_indirect(
        "Die Regierung sei gespalten, berichtete dpa.",
        "Die Regierung sei gespalten",
        "dpa",
    );
    assert_indirect(
        "Die Koalition stehe vor dem Aus, meldete die Nachrichtenagentur dpa am Abend.",
        "Die Koalition stehe vor dem Aus",
        "die Nachrichtenagentur dpa",
    );
    assert_indirect(
        "Laut epd ist die Synode vertagt worden.",
        "ist die Synode vertagt worden",
        "epd",
    );
    assert_indirect(
        "Die neuen Tarife sollen ab April gelten, sagte ein Sprecher der dpa.",
        "Die neuen Tarife sollen ab April gelten",
        "ein Sprecher",
    );
}

/// `der nicht zitiert werden wollte` describes an anonymous source: a passive after a modal
/// in the past (`wollte`, `möchte` too), no verb of saying of its own, so the attribution
/// after the relative clause reports (`Ein Diplomat, der nicht zitiert werden wollte, sagte
/// der „Presse“, …`).
#[test]
fn an_anonymous_source_that_would_not_be_quoted_still_speaks() {
    assert_indirect(
        "Ein Diplomat, der nicht zitiert werden wollte, sagte der „Presse“, der Vorgang sei ernst.",
        "der Vorgang sei ernst",
        "Ein Diplomat",
    );
}

/// A quotation running on over a paragraph break without the mark that would reopen the
/// next paragraph is a multi-paragraph quotation all the same: one part per paragraph, in
/// one group, with the same speaker, as when each paragraph reopens.
#[test]
fn a_multi_paragraph_quote_without_reopening_marks_is_split_into_grouped_parts() {
    let text = "Gewerkschaftschef Mario Reiß begründete den Streik. „Der Vorstand hat uns seit Wochen nichts vorgelegt.\n\nUnsere Mitglieder arbeiten im Schichtdienst.“\n\nDie Bahn nannte den Streik überzogen.";
    let r: Vec<_> = rows(text)
        .into_iter()
        .filter(|x| x.0 == QuoteKind::Direct)
        .collect();
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[0].1, "Der Vorstand hat uns seit Wochen nichts vorgelegt.");
    assert_eq!(r[1].1, "Unsere Mitglieder arbeiten im Schichtdienst.");
    assert!(r[0].4.is_some() && r[0].4 == r[1].4, "{r:?}");
    assert!(r[0].2.is_some() && r[0].2 == r[1].2, "{r:?}");
}

/// A report in the first person inside an interview's answer (`…, und das sage ich nicht
/// zum ersten Mal`, `Ich glaube, dass …`) is the answer's own words again: the answer
/// alone is the quotation, not a second, overlapping report by `ich`.
#[test]
fn first_person_reports_inside_interview_answers_are_not_repeated() {
    let text = "Handelsblatt: Frau Müller, wie geht es der Branche?\n\nMüller: Schlecht. Ohne Entlastung wird es schwierig, und das sage ich nicht zum ersten Mal.\n\nHandelsblatt: Was erwarten Sie?\n\nMüller: Ich glaube, dass die Preise sinken müssen.";
    let r = rows(text);
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(
        r.iter()
            .all(|x| x.0 == QuoteKind::Direct && x.2.as_deref() == Some("Müller")),
        "{r:?}"
    );
}

/// A role the noun list did not know (`Verteidiger`, `Kläger`, `Moderator`, `Reporter`,
/// `Kritiker`) names a person too: with the title of another role before the name, a
/// sentence opening with it brings in someone new for a later `er`.
#[test]
fn more_roles_name_persons() {
    let text = "Verteidiger Max Bauer forderte einen Freispruch. Der Richter sah das anders. Er sagte, die Beweise seien eindeutig.";
    // (The defender as the gazetteer would find him.)
    let mentions = [mention(
        text,
        "Max Bauer",
        MentionKind::Person,
        Some(Gender::Male),
    )];
    let (quotes, _) = run(text, &mentions);
    let q = quotes
        .iter()
        .find(|q| &text[q.span.range()] == "die Beweise seien eindeutig")
        .expect("the report");
    let resolved = q
        .speaker
        .as_ref()
        .and_then(|s| s.resolved)
        .map(|r| &text[r.range()]);
    assert_eq!(resolved, Some("Der Richter"), "{q:?}");
}

/// The Swiss spelling of `gemäß` marks a source as `gemäß` does (`Gemäss der
/// Kantonspolizei Zürich wurde niemand verletzt`).
#[test]
fn gemaess_in_swiss_spelling_marks_a_source() {
    assert_indirect(
        "Gemäss der Kantonspolizei Zürich wurde bei dem Unfall niemand verletzt.",
        "wurde bei dem Unfall niemand verletzt",
        "der Kantonspolizei Zürich",
    );
}

/// `Verluste schreiben` is no writing (`weil das Spital seit Jahren Verluste schreibe`
/// goes on with the report before), and a conditional opening with `Hätte` or `Wäre` is the
/// writer's (`Hätte der Mann früher gestanden, wäre die Strafe milder ausgefallen`), as is
/// meaning it with a longer phrase between (`meinte es mit seinem Dank an das Team ernst`).
#[test]
fn losses_written_past_conditionals_and_meaning_it_report_nothing() {
    let r = rows("Der Direktor erklärte den Plan. Die Reform sei nötig, weil das Spital seit Jahren Verluste schreibe.");
    assert!(
        r.iter().all(|x| x.3.as_deref() != Some("schreibe")),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|x| x.1.starts_with("Die Reform sei nötig, weil")),
        "{r:?}"
    );
    assert_no_quotes(&[
        "Hätte der Mann früher gestanden, wäre die Strafe milder ausgefallen.",
        "Der Film war ein Erfolg; Berger meinte es mit seinem Dank an das Team ernst.",
    ]);
}

/// An interrupted quotation whose attribution in between is long but stays within the
/// sentence, closed by a comma before the second part (`«…», sagte X am Mittwoch vor den
/// Medien in Bern, «…»`), is one quotation in two parts.
#[test]
fn an_interrupted_quote_with_a_long_attribution_in_one_sentence_is_one_group() {
    let r = rows("«Wir sparen», sagte Karin Keller am Mittwoch vor den Medien in Bern, «und die Schuldenbremse gilt.»");
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r[0].4.is_some() && r[0].4 == r[1].4, "{r:?}");
}

/// A `hieß es` after a quotation that opens content of its own (`„…“, weiter hieß es, dass
/// „…“`) attributes what follows it: the quotation before keeps the verb of saying before
/// its colon, and the two are no interrupted quotation.
#[test]
fn heisst_es_opening_its_own_content_is_no_attribution_of_the_quote_before() {
    let r = rows("Die Stadt war entsetzt. Bürgermeisterin Eva Lind schrieb auf Instagram: „Das ist ein schwarzer Tag“, weiter hieß es, dass „unsere Gedanken bei den Familien“ seien.");
    let first = r
        .iter()
        .find(|x| x.1 == "Das ist ein schwarzer Tag")
        .expect("the quotation");
    assert_eq!(
        first.2.as_deref(),
        Some("Bürgermeisterin Eva Lind"),
        "{r:?}"
    );
    assert_eq!(first.3.as_deref(), Some("schrieb"), "{r:?}");
    assert!(r.iter().all(|x| x.4.is_none()), "{r:?}");
}

/// An event noun with its definite article and no source after it tells when, not who says
/// (`Die Aktie stieg nach der Mitteilung um vier Prozent`); in Konjunktiv, or with a source
/// after it, it is still a source.
#[test]
fn an_event_after_nach_without_a_source_is_a_time() {
    assert_no_quotes(&["Die Aktie stieg nach der Mitteilung um vier Prozent."]);
    assert_indirect(
        "Nach einer Mitteilung der Polizei wurde bei dem Brand niemand verletzt.",
        "wurde bei dem Brand niemand verletzt",
        "einer Mitteilung der Polizei",
    );
}

/// A title in marks after `heißt es in` is the source and the content stands before it
/// (`…, heißt es in dem „Gesundheitsreport 2026“.`), also when a name in marks closes the
/// source phrase (`im Aufruf der Initiative „Grün statt Grau“`).
#[test]
fn a_title_after_heisst_es_is_the_source_not_the_content() {
    assert_indirect(
        "Besonders betroffen seien Pflegekräfte, heißt es in dem „Gesundheitsreport 2026“.",
        "Besonders betroffen seien Pflegekräfte",
        "dem „Gesundheitsreport 2026“",
    );
    assert_indirect(
        "Die Lage sei ernst, heißt es im Aufruf der Initiative „Grün statt Grau“.",
        "Die Lage sei ernst",
        "Aufruf der Initiative „Grün statt Grau“",
    );
}

/// Resolution of a pronoun counts back from where its quotation opens, not from the verb
/// after a quotation of many sentences; a sentence opening with the same pronoun or with an
/// age (`Er hat …`, `Die 71-Jährige …`) keeps the name within reach, unless someone unnamed
/// came in since (`mit einem alten Politiker`).
#[test]
fn pronouns_reach_back_from_the_quotation_and_along_a_chain() {
    let name = "Karl Brandes";
    let resolved = |text: &str| last_resolved(text, name, Gender::Male);
    assert_eq!(
        resolved("Karl Brandes führt die Werft. „Die Aufträge fehlen. Die Kosten steigen. Die Leute gehen. Wir geben nicht auf“, sagt er."),
        s(name)
    );
    assert_eq!(
        resolved("Karl Brandes führt die Werft. Er ist 61. Die Halle ist leer. Der Kran steht still. „Wir geben nicht auf“, sagt er."),
        s(name)
    );
    assert_eq!(
        resolved("Karl Brandes führt die Werft. Die Halle ist leer. Der Kran steht still. Der Hof ist nass. „Wir geben nicht auf“, sagt er."),
        None
    );
    assert_eq!(
        resolved("Karl Brandes führt die Werft. Dann sprachen wir mit einem alten Politiker. Er ist 61. Der Kran steht still. Der Hof ist nass. „Wir geben nicht auf“, sagt er."),
        None
    );
}

/// A place inside a name in marks within the speaker phrase is a word of that name, not the
/// speaker (`Die Initiative „Kassel bleibt“`).
#[test]
fn a_place_in_a_quoted_name_is_not_the_speaker() {
    let text = "Die Initiative „Kassel bleibt“ widersprach: „Es flog keine Flasche.“";
    let mentions = [mention(text, "Kassel", MentionKind::Place, None)];
    let (quotes, _) = run(text, &mentions);
    let sp = quotes[0].speaker.as_ref().expect("speaker");
    assert_eq!(&text[sp.span.range()], "Die Initiative „Kassel bleibt“");
    assert_eq!(sp.mention, None, "{sp:?}");
}

/// A quotation opening the document's second paragraph is the person's named right after
/// the verb of the paragraph before, past a fronted time (`Seit 28 Jahren arbeitet Gisela
/// Amrhein als Hebamme.⏎⏎„…“`), as it is when the name opens that sentence.
#[test]
fn a_person_after_a_fronted_time_speaks_the_next_paragraph() {
    assert_eq!(
        first_speaker("Seit 30 Jahren führt Helga Dorn die Bäckerei.\n\n„Das Mehl ist zu teuer.“"),
        s("Helga Dorn")
    );
}

/// A verb of saying in a conditional that opens with its verb says nothing, also past the
/// commas of a list (`Würden alle Abgeordneten von SPD, Grünen und FDP zustimmen, käme das
/// Gesetz durch`); a second predicate's particle is not the first verb's (`lehnt am Zaun und
/// wischt sich die Hände ab` is no `ablehnen`).
#[test]
fn conditionals_with_lists_and_particles_of_second_predicates_say_nothing() {
    assert_no_quotes(&[
        "Würden alle Abgeordneten von SPD, Grünen und FDP zustimmen, käme das Gesetz durch.",
        "Der Winzer lehnt am Zaun und wischt sich die Hände ab.",
        "Seit dem Ende des Krieges ist es wiederholt zu Zwischenfällen gekommen, der letzte ereignete sich im Mai.",
    ]);
}

/// A relative clause after the object of a verb of saying describes that object and is no
/// content (`erinnerte an die Kampagne von 1998, mit der X gewonnen hatte`); after a
/// summary's object, or the object of `berichten`/`schätzen`, the whole sentence is the
/// summary (`Europol berichtete von 10.000 Kindern, von denen jede Spur fehlt`).
#[test]
fn a_relative_clause_after_the_object_is_no_content() {
    assert_no_quotes(&[
        "Das Plakat erinnerte an die Kampagne von 1998, mit der die Partei gewonnen hatte.",
    ]);
    assert_whole_summary(
        "Die Behörde berichtete von mehr als 10.000 Kindern, von denen jede Spur fehlt.",
    );
}

/// After an inverted attribution, an absolute phrase describing the speaker is no second
/// part (`„…“, sagt Lena Ober, die Stimme noch brüchig`); a writer's own question opening
/// with `Ob` continues no report; a Konjunktiv I the lexicon lacks after `so X` is the
/// report's second part (`Schlafmangel, so Koch, erhöhe das Risiko`).
#[test]
fn absolute_phrases_writers_questions_and_unlisted_konjunktiv_after_so() {
    let r = rows("„Ich bin stolz“, sagt Lena Ober, die Stimme noch brüchig.");
    assert_eq!(r.len(), 1, "{r:?}");
    let r = rows("Die Politik unterschätze die Gefahr, sagt die Forscherin. Ob sie noch einmal reisen würde? Sie lacht.");
    assert!(r.iter().all(|x| !x.1.starts_with("Ob")), "{r:?}");
    let r = rows("Dauerhafter Schlafmangel, so Koch, erhöhe das Risiko für Depressionen.");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].1, "erhöhe das Risiko für Depressionen", "{r:?}");
    assert!(r[0].4.is_some() && r[0].4 == r[1].4, "{r:?}");
}

/// Insisting sums up a speech act (`pochte auf höhere Löhne`, `beharrte auf ihrem
/// Standpunkt`); knocking does not (`pochte an die Tür`).
#[test]
fn insisting_on_something_is_a_summary() {
    for text in [
        "Die Gewerkschaft pochte auf höhere Löhne.",
        "Die Ministerin beharrte auf ihrem Standpunkt.",
    ] {
        assert_whole_summary(text);
    }
    assert_no_quotes(&["Der Postbote pochte an die Tür."]);
}

/// The head of a government or a town (`die Ministerpräsidentin`, `der Bürgermeister`) is
/// the person of its gender named in the two sentences before, title or not; not past
/// another head named since (`den Premierminister X`), and not from further back.
#[test]
fn a_head_of_government_points_back_to_the_person_just_named() {
    let resolved = |text: &str, name: &'static str| last_resolved(text, name, Gender::Female);
    assert_eq!(
        resolved(
            "Jana Köhler trat vor die Presse. „Wir haben gewonnen“, sagte die Ministerpräsidentin.",
            "Jana Köhler"
        ),
        s("Jana Köhler")
    );
    assert_eq!(
        resolved("Jana Köhler traf die Premierministerin. „Wir haben gewonnen“, sagte die Ministerpräsidentin.", "Jana Köhler"),
        None
    );
    assert_eq!(
        resolved("Jana Köhler kam. Der Hof ist alt. Die Kühe sind krank. Das Dach ist undicht. „Wir haben gewonnen“, sagte die Bürgermeisterin.", "Jana Köhler"),
        None
    );
}

/// A quotation alone after a sentence that opens with a person named by a noun and its
/// article or possessive (`Sein Nachbar schüttelt den Kopf. „…“`) is that person's, not the
/// speaker of the quotation before, and no part of it.
#[test]
fn a_quotation_after_a_noun_person_opening_the_sentence_is_theirs() {
    let r = rows("„Wir bleiben“, sagt Dieter Brenner. Sein Nachbar schüttelt den Kopf. „Das hat keiner kommen sehen.“");
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].2.as_deref(), Some("Sein Nachbar"), "{r:?}");
    assert!(r[1].4.is_none(), "{r:?}");
}

/// A role noun points back past academic titles between the title it echoes and the name
/// (`Schlafmediziner Prof. Dr. med. Jens Koch … sagte der Mediziner`), and a title in marks
/// after `heißt es in` keeps its attributes (`in dem am Mittwoch veröffentlichten „Report“`).
#[test]
fn academic_titles_and_attributes_of_quoted_sources() {
    let text = "Schlafmediziner Prof. Dr. med. Jens Kolbe hält die Zahlen für alarmierend. Der Hof ist alt. „Das Handy hat im Schlafzimmer nichts verloren“, sagte der Mediziner.";
    assert_eq!(
        last_resolved(text, "Jens Kolbe", Gender::Male),
        s("Jens Kolbe")
    );
    assert_indirect(
        "Besonders betroffen seien Pflegekräfte, heißt es in dem am Mittwoch veröffentlichten „Report 2026“.",
        "Besonders betroffen seien Pflegekräfte",
        "dem am Mittwoch veröffentlichten „Report 2026“",
    );
}
