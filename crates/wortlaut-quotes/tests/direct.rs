//! Table tests for direct quotations, hand-written sentences compared as quoted strings:
//! telling quoted speech from titles, names and terms (`direct::is_speech`), and pairing
//! quotation marks (`direct::pair_marks`: which spans become direct quotations).

use wortlaut_quotes::{QuoteDetector, QuoteKind};
use wortlaut_tokenize::Tokenizer;

/// The direct quotations found in `text`, as strings.
fn direct(text: &str) -> Vec<String> {
    let a = Tokenizer::new().analyze(text);
    QuoteDetector::new()
        .detect(text, &a, &[])
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| text[q.span.range()].to_string())
        .collect()
}

fn check(cases: &[(&str, &str, &[&str])]) {
    for &(name, text, want) in cases {
        assert_eq!(direct(text), want, "{name}: {text}");
    }
}

#[test]
fn utterance_nouns_quote_their_wording() {
    check(&[
        (
            "aufschrift",
            "Die Demonstranten trugen Schilder mit der Aufschrift „Frieden jetzt“ durch die Stadt.",
            &["Frieden jetzt"],
        ),
        (
            "parolen_wie",
            "Sie riefen Parolen wie „Nie wieder Krieg“ vor dem Rathaus.",
            &["Nie wieder Krieg"],
        ),
        (
            "compound_meaning_something_else",
            "Die Firma betont ihren Anspruch „Qualität zuerst“ in jeder Werbung.",
            &[],
        ),
        (
            "mit_den_worten",
            "Mit den Worten „Wir kommen wieder, so viel ist sicher“ verabschiedete sich der Trainer.",
            &["Wir kommen wieder, so viel ist sicher"],
        ),
    ]);
}

#[test]
fn als_judged_by_a_speaker_or_a_label() {
    check(&[
        (
            "judge_separable",
            "Die Ministerin wies die Kritik als „unbegründet“ zurück.",
            &["unbegründet"],
        ),
        (
            "judge_werten",
            "Der Verband wertete den Beschluss als „späten Erfolg“.",
            &["späten Erfolg"],
        ),
        (
            "saying_verb",
            "Der Bürgermeister bezeichnete den Plan als „Luftschloss“.",
            &["Luftschloss"],
        ),
        (
            "gelten",
            "Der Politiker galt lange als „Kronprinz der Partei“ und blieb im Amt.",
            &[],
        ),
        (
            "ausgezeichnet",
            "Die Stadt wurde im Mai als „Grüne Hauptstadt“ ausgezeichnet.",
            &[],
        ),
        (
            "bekannt_over_saying",
            "Er sagte, das als „Roter Platz“ bekannte Gelände bleibe gesperrt.",
            &[],
        ),
    ]);
}

#[test]
fn short_terms_need_someone_speaking() {
    check(&[
        (
            "no_speaker",
            "Im „goldenen Saal“ des Rathauses fand das Konzert statt.",
            &[],
        ),
        (
            "no_speaker_article",
            "Die Spieler sprengten mit einer „virtuellen Bombe“ die Insel.",
            &[],
        ),
        (
            "saying_verb",
            "Der Minister sprach von einer „schweren Krise“.",
            &["schweren Krise"],
        ),
        (
            "konjunktiv",
            "Die Lage sei „sehr ernst“, und die Hilfe komme zu spät.",
            &["sehr ernst"],
        ),
    ]);
}

#[test]
fn attributed_quotes_are_speech_even_when_capitalised() {
    check(&[
        (
            "inverted_cue",
            "„Sicherheit zuerst“, sagte der Bürgermeister am Montag.",
            &["Sicherheit zuerst"],
        ),
        (
            "colon_after_cue",
            "Der Kanzler sagte dazu nur: „Ruhe, Geduld und Vertrauen“.",
            &["Ruhe, Geduld und Vertrauen"],
        ),
        (
            "name_in_apposition",
            "Anna Berg, die Chefin der „Berliner Post“, bestätigt den Bericht.",
            &[],
        ),
    ]);
}

#[test]
fn long_partial_quote_after_a_noun() {
    check(&[(
        "embedded_clause",
        "Er führte aus, dass ein System von Absprachen „damals in der ganzen Branche völlig normal und üblich“ gewesen sei.",
        &["damals in der ganzen Branche völlig normal und üblich"],
    )]);
}

#[test]
fn foreign_names_and_glosses_are_not_speech() {
    check(&[
        (
            "foreign_name_near_cue",
            "Vor allem die französische „Ligue pour la Nature“ hatte dazu aufgerufen, sagte er.",
            &[],
        ),
        (
            "gloss_in_parentheses",
            "Die Partei heißt Jobbik („Bewegung für ein besseres Ungarn“) und sitzt im Parlament.",
            &[],
        ),
        (
            "quote_in_parentheses",
            "Der Preisträger (sein Kommentar: „Ich bin völlig überrascht und sehr dankbar.“) blieb stumm.",
            &["Ich bin völlig überrascht und sehr dankbar."],
        ),
    ]);
}

#[test]
fn names_given_and_brand_names_are_not_speech() {
    check(&[
        (
            "auch_genannt",
            "Der Bär, von den Anwohnern auch „der dicke Brummi“ genannt, sagte der Förster, ist weg.",
            &[],
        ),
        (
            "nennt_man",
            "Das Teilen der Aktien nennt man einen „Aktiensplit“, erklärte der Sprecher.",
            &[],
        ),
        (
            "code_with_digit",
            "Die Beiwagen „c4“ und „c5“ wurden umgebaut, sagte der Sprecher.",
            &[],
        ),
        (
            "camel_case_brand",
            "Der Konzern stellte den „iPad mini“ vor, sagte ein Sprecher.",
            &[],
        ),
    ]);
}

#[test]
fn clauses_and_terms_of_a_speaker() {
    check(&[
        (
            "sentence_opening_clause",
            "„Ja, es gibt Probleme“. Das räumte der Minister am Montag ein.",
            &["Ja, es gibt Probleme"],
        ),
        (
            "indefinite_term_before_cue",
            "Von einer „gezielten Kampagne“ sprach der Abgeordnete.",
            &["gezielten Kampagne"],
        ),
        (
            "definite_source_before_cue",
            "Die „Nordpost“ berichtete am Montag darüber.",
            &[],
        ),
    ]);
}

#[test]
fn one_word_exclamations_and_answers_are_speech() {
    check(&[
        (
            "exclamation",
            "Er öffnete die Tür. »Aha!« dachte ich und trat ein.",
            &["Aha!"],
        ),
        ("answer_with_cue", "„Nein“, sagte der Trainer.", &["Nein"]),
        (
            "verb_unknown_to_the_lexicon",
            "»Ich wollte gehen!« »Ja«, erwiderte Anna, »aber erst morgen.«",
            &["Ich wollte gehen!", "Ja", "aber erst morgen."],
        ),
        (
            "comma_inside_the_marks",
            "Er trat ein. »Guten Abend, Hans,« sagte sie leise.",
            &["Guten Abend, Hans,"],
        ),
        (
            "word_with_period",
            "Sie fragte ihn noch einmal. „Niemals.“ Dann ging er.",
            &["Niemals."],
        ),
    ]);
}

// Pairing quotation marks.

#[test]
fn guillemet_direction_is_voted_not_taken_from_the_first_mark() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            // The text starts inside a quotation: its first guillemet closes.
            "starts_inside_german",
            "zu feiern!« »Ich komme gleich wieder«, erwiderte sie. »Warten Sie doch noch einen Augenblick.« »Warum denn?« fragte Anna.",
            &[
                "Ich komme gleich wieder",
                "Warten Sie doch noch einen Augenblick.",
                "Warum denn?",
            ],
        ),
        (
            "swiss",
            "«Wir bleiben bei unserem Plan», sagte Müller. «Alles andere wäre falsch.»",
            &["Wir bleiben bei unserem Plan", "Alles andere wäre falsch."],
        ),
        (
            "starts_inside_swiss",
            "sehr schön.» «Wir bleiben bei unserem Plan», sagte Müller.",
            &["Wir bleiben bei unserem Plan"],
        ),
    ];
    for &(name, text, want) in cases {
        assert_eq!(direct(text), want, "{name}");
    }
}

#[test]
fn a_stray_single_mark_does_not_swallow_the_paragraph() {
    let text = "Der Angriff ereignete sich in ‘Adi, östlich der Stadt. Der Sprecher nannte ihn einen „entsetzlichen Angriff auf Zivilisten“.";
    assert_eq!(direct(text), ["entsetzlichen Angriff auf Zivilisten"]);
}

#[test]
fn an_unclosed_quotation_is_recovered_up_to_its_last_sentence_end() {
    let text = "Der Minister sagte: „Wir bleiben hier, auch wenn es am Ende sehr teuer wird. Danach sprach die Sprecherin: „Das wird noch lange dauern.“";
    assert_eq!(
        direct(text),
        [
            "Wir bleiben hier, auch wenn es am Ende sehr teuer wird.",
            "Das wird noch lange dauern."
        ]
    );
    // (Also one opening a sentence after one about its speaker, with no verb of saying
    // near, when it runs as whole sentences to the paragraph's end; a short one stays out.)
    let text = "Der Wirt Hans Roder stand vor den Trümmern. „Ich dachte erst, das ist ein \
                Gewitter.\n\nDie Polizei ermittelt. „Nie wieder.\n\nDas Haus ist zerstört.";
    assert_eq!(direct(text), ["Ich dachte erst, das ist ein Gewitter."]);
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        /// Whatever the marks, direct quotations lie inside the text, in order, and never
        /// overlap (recovered and nested parts included).
        #[test]
        fn direct_quotes_are_ordered_and_disjoint(
            s in "([„“”»«›‹‚‘’\"]|[A-Za-zäöü]{1,7}|[ .,!?:]|\n\n){0,80}"
        ) {
            let a = Tokenizer::new().analyze(&s);
            let quotes = QuoteDetector::new().detect(&s, &a, &[]);
            let mut end = 0;
            for q in quotes.iter().filter(|q| q.kind == QuoteKind::Direct) {
                prop_assert!(q.span.start < q.span.end && q.span.end <= s.len());
                prop_assert!(s.is_char_boundary(q.span.start) && s.is_char_boundary(q.span.end));
                prop_assert!(q.span.start >= end, "{:?} overlaps in {:?}", q.span, s);
                end = q.span.end;
            }
        }
    }
}

#[test]
fn coordinated_quoted_terms_share_the_first_ones_decision() {
    check(&[
        (
            "titles_after_in",
            "Im Kino liefen die Filme „Der lange Weg“ oder „Wer zuletzt lacht, gewinnt immer“ am Wochenende.",
            &[],
        ),
        (
            "wording_after_fuer",
            "Viele Bürger halten die Reform für „völlig verfehlt“ und „teuer“.",
            &["völlig verfehlt", "teuer"],
        ),
        (
            "wording_after_sei",
            "Die Kritiker sagten, die Reform sei „ungerecht“ und „Murks“.",
            &["ungerecht", "Murks"],
        ),
        (
            "list_of_names",
            "In der Ausstellung hängen die Bilder „Sonnenaufgang“, „Am Meer“ und „Die Brücke“.",
            &[],
        ),
    ]);
}

#[test]
fn a_quotation_glued_to_a_compound_is_a_term() {
    check(&[
        (
            "strategie",
            "Die Partei setzt auf eine „Schritt für Schritt“-Strategie in der Verkehrspolitik, sagte der Sprecher.",
            &[],
        ),
        (
            "clause_as_modifier",
            "Der Minister sprach sich gegen eine „Koste es, was es wolle“-Politik aus.",
            &[],
        ),
        (
            "spaced_dash_is_no_compound",
            "Die Gewerkschaft nannte das Angebot „unzureichend“ - und drohte mit Streik.",
            &["unzureichend"],
        ),
    ]);
}

#[test]
fn a_name_taken_with_sich_nennen_or_heissen_is_no_speech() {
    check(&[
        (
            "nennt_sich",
            "Nach der Fusion nennt sie sich „neue energie“ und sitzt in Kassel.",
            &[],
        ),
        (
            "sich_selbst_nennt",
            "Die Gruppe, die sich selbst „die letzte Generation vor dem Kollaps“ nennt, blockierte die Straße.",
            &[],
        ),
        (
            "hiess",
            "Das Viertel, das bis 1990 „am alten Hafen“ hieß, wird nun saniert.",
            &[],
        ),
        (
            "hiess_es_is_a_report",
            "Die Lage sei ernst. „Wir brauchen mehr Hilfe“ hieß es aus dem Ministerium.",
            &["Wir brauchen mehr Hilfe"],
        ),
        (
            "nennen_without_sich_is_a_judgement",
            "Der Minister nannte die Pläne „völlig unausgegoren“.",
            &["völlig unausgegoren"],
        ),
    ]);
}

#[test]
fn official_names_genitive_heads_and_noun_phrases_after_a_head() {
    check(&[
        (
            "law_title",
            "In Berlin wurde ein „Gesetz zur Stärkung der Pflege“ beschlossen.",
            &[],
        ),
        (
            "alliance_name",
            "Der Verband warb für ein „Bündnis gegen Armut“.",
            &[],
        ),
        (
            "genitive_head",
            "Laut einer Umfrage des Magazines „stadt, land und fluss“ wollen viele umziehen.",
            &[],
        ),
        (
            "determiner_after_head_is_no_title",
            "Die Regierung sieht in dem Gesetz „kein Hindernis für den freien Handel“.",
            &["kein Hindernis für den freien Handel"],
        ),
    ]);
}

#[test]
fn als_after_a_title_word_starts_a_judgement() {
    check(&[
        (
            "verein_als",
            "Die Senatorin wertet die Arbeit der Frau in dem Verein als „gelungenes Beispiel für Integration“.",
            &["gelungenes Beispiel für Integration"],
        ),
        (
            "sendung_mit_stays_a_title",
            "Er trat in der Sendung mit „Max und Moritz“ auf.",
            &[],
        ),
    ]);
}

#[test]
fn a_category_names_a_label() {
    check(&[(
        "im_bereich",
        "Laut einem Bericht liegt der Verein im Bereich „illegale Müllentsorgung“ vorne.",
        &[],
    )]);
}

#[test]
fn numbered_editions_and_titles_after_a_colon_are_names() {
    check(&[
        (
            "album_colon",
            "Am Abend stellte die Sängerin ihr neues Album vor: „Lichter der großen Stadt“.",
            &[],
        ),
        (
            "ordinal_event",
            "Die Familie war beim gut besuchten „12. Fest der kleinen Leute“ dabei.",
            &[],
        ),
        (
            "titel_lautet",
            "Der Titel des neuen Stücks lautet „kleine Reise ins Glück“.",
            &[],
        ),
        (
            "a_demand_lautet_stays_speech",
            "Die Forderung der Gewerkschaft lautet „mehr Geld für alle“.",
            &["mehr Geld für alle"],
        ),
        (
            "colon_after_a_verb_of_saying_stays_speech",
            "Zum Programm erklärte die Sprecherin: „Große Freude überall“.",
            &["Große Freude überall"],
        ),
        (
            "attributed_after_colon_stays_speech",
            "Der Vorsitzende der Initiative Mieterschutz äußerte sich zu dem Urteil: „Wir hoffen das Beste“, sagte er.",
            &["Wir hoffen das Beste"],
        ),
    ]);
}

#[test]
fn objects_of_warning_advice_and_reproach_are_voiced_words() {
    check(&[
        (
            "vorwerfen",
            "Die Opposition warf dem Senat „Wortbruch“ vor.",
            &["Wortbruch"],
        ),
        (
            "raten_zu",
            "Der Arzt riet den Eltern zu „Ruhe und Geduld“.",
            &["Ruhe und Geduld"],
        ),
        (
            "sprechen_von",
            "Der Minister sprach von „Verrat“.",
            &["Verrat"],
        ),
        (
            "report_verb_object",
            "Der Verband kritisierte „Willkür und Chaos“ bei der Vergabe.",
            &["Willkür und Chaos"],
        ),
        (
            "versprechen",
            "Die Firma verspricht „Sicherheit ohne Kompromisse“.",
            &["Sicherheit ohne Kompromisse"],
        ),
        (
            "inverted_subject_is_a_name",
            "Scharf kritisierte „Die Zeit“ den Entwurf.",
            &[],
        ),
        (
            "vorstellen_is_no_reproach",
            "Er stellte der Presse ein neues „Smart-Radio“ vor.",
            &[],
        ),
        (
            "title_word_still_wins",
            "Sie sprach in der Sendung „Hart und fair“ über ihre Pläne.",
            &[],
        ),
    ]);
}

#[test]
fn a_quotation_opening_the_clause_after_sagte_comma_is_speech() {
    check(&[
        (
            "sagte_comma",
            "Der Trainer sagte, „Ausreden“ wolle er nicht hören.",
            &["Ausreden"],
        ),
        (
            "verb_and_pronoun",
            "Am Ende erklärte sie, „Geduld“ sei jetzt gefragt.",
            &["Geduld"],
        ),
        (
            "no_verb_of_saying",
            "Er las, „Die Zeit“ habe darüber berichtet.",
            &[],
        ),
    ]);
}
