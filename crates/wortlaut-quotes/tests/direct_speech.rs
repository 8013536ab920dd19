//! Table tests for telling quoted speech from titles, names and terms (`direct::is_speech`):
//! hand-written sentences, one per phenomenon, compared as quoted strings.

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
