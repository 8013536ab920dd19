//! Named table tests for speaker attribution (issue 5): subjects before and after the verb,
//! passives, colons and added cues, context speakers, `wie` clauses and `von` names,
//! appositions, auxiliaries, inverted subjects. Rows are (name, text, the quotation's text,
//! the expected speaker as written or `None`); moved here from attrib.rs's unit tests,
//! since they use only the public API.

mod speaker_tables;

use speaker_tables::{check, Case};
use wortlaut_quotes::QuoteDetector;
use wortlaut_tokenize::Tokenizer;

static VORFELD: &[Case] = &[
    (
        "apposition_before_verb_with_object_after",
        "Der Vorsitzende des Verbands, Michael Knipper, kritisierte die Entscheidung der Behörde scharf: „Das ist ein Fehler.“",
        "Das ist ein Fehler.",
        Some("Der Vorsitzende des Verbands, Michael Knipper"),
    ),
    (
        "single_name_before_naming_verb",
        "McCarthy nannte Patersons Entscheidung „eine sehr schlechte Wahl“.",
        "eine sehr schlechte Wahl",
        Some("McCarthy"),
    ),
    (
        "prepositional_phrase_and_parenthesis_in_the_subject",
        "Die Mission der Vereinten Nationen im Sudan (UNMIS) verlangte den Rückzug aller Einheiten, der Waffenstillstand müsse sofort gelten.",
        "der Waffenstillstand müsse sofort gelten",
        Some("Die Mission der Vereinten Nationen im Sudan (UNMIS)"),
    ),
    (
        "auxiliary_in_second_place",
        "Barack Obama, der Kandidat der Demokraten, hat in einer Videobotschaft angekündigt, dass er verzichten werde.",
        "dass er verzichten werde",
        Some("Barack Obama, der Kandidat der Demokraten"),
    ),
    (
        "auxiliary_of_another_clause_is_not_the_cue_s",
        "Der Umsatz werde steigen, teilte das Unternehmen mit.",
        "Der Umsatz werde steigen",
        Some("das Unternehmen"),
    ),
    (
        "fronted_adverb_then_name",
        "Besorgt äußerte sich Kofi Annan: „Die Gewalt nimmt zu.“",
        "Die Gewalt nimmt zu.",
        Some("Kofi Annan"),
    ),
    (
        "dative_medium_before_the_verb",
        "Der englischsprachigen Zeitung sagte Filep Karma: „Ich bleibe standhaft.“",
        "Ich bleibe standhaft.",
        Some("Filep Karma"),
    ),
    (
        "neuter_article_opens_a_subject",
        "Das Nobelkomitee in Oslo würdigte damit Obamas Einsatz: „Er hat die Welt verändert.“",
        "Er hat die Welt verändert.",
        Some("Das Nobelkomitee in Oslo"),
    ),
    (
        "participle_that_is_also_finite_after_an_auxiliary",
        "Stoiber hatte besonders die Rolle der Parteivorsitzenden betont: „Die Entscheidungen fallen dort.“",
        "Die Entscheidungen fallen dort.",
        Some("Stoiber"),
    ),
    (
        "dative_inside_the_field_before_a_prepositional_phrase",
        "In der Begründung und den Leitsätzen zum Urteil äußerten die Richter „gravierende Bedenken“.",
        "gravierende Bedenken",
        Some("die Richter"),
    ),
    (
        "quoted_name_in_the_subject",
        "Die Zeitung „Nordkurier“ berichtet, dass die Brücke gesperrt worden sei.",
        "dass die Brücke gesperrt worden sei",
        Some("Die Zeitung „Nordkurier“"),
    ),
];

#[test]
fn vorfeld_subjects() {
    check(VORFELD);
}

static PASSIVE: &[Case] = &[
    (
        "agentless_passive_names_no_speaker",
        "Der Sprecher sagte, die Lage sei ernst. Klien wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein.",
        "an der Schlägerei beteiligt gewesen zu sein",
        None,
    ),
    (
        "impersonal_es_wird_befuerchtet",
        "Es wird befürchtet, dass die Zahl der Opfer noch steigt.",
        "dass die Zahl der Opfer noch steigt",
        None,
    ),
    (
        "passive_with_agent",
        "Von der Opposition wurde kritisiert, dass die Regierung zu spät gehandelt habe.",
        "dass die Regierung zu spät gehandelt habe",
        Some("der Opposition"),
    ),
    (
        "passive_with_source_document",
        "In einem Bericht der Zeitung wurde vermutet, dass niemand überlebt habe.",
        "dass niemand überlebt habe",
        Some("der Zeitung"),
    ),
    (
        "future_is_no_passive",
        "Der Minister wird morgen erklären, dass er zurücktrete.",
        "dass er zurücktrete",
        Some("Der Minister"),
    ),
];

#[test]
fn passives_without_agent_leave_the_speaker_open() {
    check(PASSIVE);
}

static COLON_AND_VERBS: &[Case] = &[
    (
        "colon_after_name_with_apposition",
        "Erkki Tuomioja, Präsident des Rats der Europäischen Union: „Das Gesetz ist falsch.“",
        "Das Gesetz ist falsch.",
        Some("Erkki Tuomioja, Präsident des Rats der Europäischen Union"),
    ),
    (
        "colon_after_a_clause_with_an_unknown_verb",
        "Der Leiter der Studie, Paulo Pinheiro, sieht die Verantwortung beim Staat: „Es gilt, ein Signal zu setzen.“",
        "Es gilt, ein Signal zu setzen.",
        Some("Der Leiter der Studie, Paulo Pinheiro"),
    ),
    (
        "colon_after_a_plural_verb_before_an_article",
        "Einige vertreten die Auffassung: „Die Welt ist am Ende.“",
        "Die Welt ist am Ende.",
        Some("Einige"),
    ),
    (
        "charakterisieren_is_a_cue",
        "Der türkische Verkehrsminister, Binali Yildirim, charakterisierte das Opfer als ein „Beispiel taktlosen Verhaltens“.",
        "Beispiel taktlosen Verhaltens",
        Some("Der türkische Verkehrsminister, Binali Yildirim"),
    ),
    (
        "bekunden_is_a_cue",
        "Die Gruppe bekundete, dass die Daten leicht zugänglich gewesen seien.",
        "dass die Daten leicht zugänglich gewesen seien",
        Some("Die Gruppe"),
    ),
];

#[test]
fn colon_speakers_and_added_cues() {
    check(COLON_AND_VERBS);
}

/// Context rules of the detector (`detect.rs`).
static CONTEXT: &[Case] = &[
    (
        "konjunktiv_sentence_subject_is_content_not_speaker",
        "Schavan sagte: „Wir halten Gebühren für richtig.“ Die Agenturen würden „beherzt ein Angebot machen.“",
        "beherzt ein Angebot machen.",
        Some("Schavan"),
    ),
    (
        "cue_of_the_next_sentence_is_not_the_quotation_s",
        "Der Plan sei „völlig überzogen.“ Müller sagte am Montag, er sei dagegen.",
        "völlig überzogen.",
        None,
    ),
    (
        "cue_later_in_the_same_sentence",
        "Sie wisse, dass ihre Arbeit „wichtig“ sei, hatte Koch-Mehrin gesagt.",
        "wichtig",
        Some("Koch-Mehrin"),
    ),
];

#[test]
fn speakers_from_context() {
    check(CONTEXT);
}

static APPOSITION: &[Case] = &[(
    "apposition_without_its_closing_comma",
    "Der Weihbischof der Diözese Linz, Gerhard Maria Wagner hat den Papst gebeten, die Ernennung zurückzunehmen.",
    "die Ernennung zurückzunehmen",
    // (The name closes the apposition right before the finite verb.)
    Some("Der Weihbischof der Diözese Linz, Gerhard Maria Wagner"),
)];

static WIE_AND_VON: &[Case] = &[
    (
        "wie_clause_with_apposition",
        "Wie die Mitarbeiterin seines Büros, Arminda Thomas, mitteilte, wurde er tot aufgefunden.",
        "wurde er tot aufgefunden",
        Some("die Mitarbeiterin"),
    ),
    (
        "wie_clause_with_dative_before_the_verb",
        "Wie Philip Panynag, ein Sprecher der Armee, der Presse mitteilte, seien neun Dörfer bombardiert worden.",
        "seien neun Dörfer bombardiert worden",
        Some("Philip Panynag, ein Sprecher der Armee"),
    ),
    (
        "wie_clause_closing_the_sentence_after_a_passive_agent",
        "Das Spiel wird nach den von der Liga beschlossenen Regeln ausgetragen, wie der Verein am Montag mitteilte.",
        "Das Spiel wird nach den von der Liga beschlossenen Regeln ausgetragen",
        Some("der Verein"),
    ),
    (
        "wie_clause_with_a_quoted_name",
        "Wie die „Stiftung Warentest“ am Freitag mitteilte, seien viele Geräte mangelhaft.",
        "seien viele Geräte mangelhaft",
        Some("die „Stiftung Warentest“"),
    ),
    (
        "passive_wie_clause_names_its_agent",
        "Wie der Zeitung von der Polizei berichtet wurde, sei der Täter geflohen.",
        "sei der Täter geflohen",
        Some("der Polizei"),
    ),
    (
        "time_phrase_before_the_verb_is_no_subject",
        "Wenige Stunden nach dem Putsch erklärte der Rat, die Lage sei unter Kontrolle.",
        "die Lage sei unter Kontrolle",
        Some("der Rat"),
    ),
    (
        "name_opening_with_von_der",
        "Von der Leyen betonte, die Lage sei ernst.",
        "die Lage sei ernst",
        Some("Von der Leyen"),
    ),
    (
        "von_der_phrase_is_no_name",
        "Von der Regierung hieß es, die Lage sei ernst.",
        "die Lage sei ernst",
        Some("der Regierung"),
    ),
];

#[test]
fn wie_clauses_and_von_names() {
    check(WIE_AND_VON);
}

#[test]
fn appositions_without_closing_comma() {
    check(APPOSITION);
}

static INVERTED: &[Case] = &[
    (
        "dative_addressee_before_the_subject",
        "„Wir werden nicht nachgeben“, sagte dem Sender RBC Kreml-Sprecher Dmitri Peskow.",
        "Wir werden nicht nachgeben",
        Some("Kreml-Sprecher Dmitri Peskow"),
    ),
    (
        "dative_addressee_after_the_subject",
        "„Wir werden nicht nachgeben“, sagte Peskow dem Sender RBC.",
        "Wir werden nicht nachgeben",
        Some("Peskow"),
    ),
    (
        "passive_zitieren_after_the_quotation",
        "Das sei „ein großer Schritt“, wird Mike Downey, Produktmanager bei Adobe, zitiert.",
        "ein großer Schritt",
        Some("Mike Downey"),
    ),
    (
        "pronoun_after_a_separable_verb_with_a_fronted_phrase",
        "Als Beispiel führte er die Proteste gegen den Bahnhof an und führte aus, hier gebe es eine neue Bewegung.",
        "hier gebe es eine neue Bewegung",
        Some("er"),
    ),
    (
        "subject_after_a_separable_verb_with_a_fronted_object",
        "Als Grund gab die Behörde an, die Maschine sei überladen gewesen.",
        "die Maschine sei überladen gewesen",
        Some("die Behörde"),
    ),
    (
        "nominative_pronoun_after_a_fronted_object",
        "Den Vorschlag der Regierung kritisierte er scharf: „Das ist unsozial.“",
        "Das ist unsozial.",
        Some("er"),
    ),
    (
        "nominative_pronoun_after_a_fronted_adverb",
        "Deswegen sage ich, dass wir mehr Lehrer brauchen.",
        "dass wir mehr Lehrer brauchen",
        Some("ich"),
    ),
    (
        "dative_pronoun_then_article",
        "„Das war knapp“, sagte ihm der Trainer nach dem Spiel.",
        "Das war knapp",
        Some("der Trainer"),
    ),
];

/// Verb-second clauses with an auxiliary: what fills the field before it decides where
/// the subject stands.
static AUXILIARY: &[Case] = &[
    (
        "fronted_time_adverb_before_the_auxiliary",
        "Seither hat die Opposition mehrfach gefordert, dass der Minister zurücktritt.",
        "dass der Minister zurücktritt",
        Some("die Opposition"),
    ),
    (
        "fronted_prepositional_phrase_then_subject_and_object",
        "Am Abend hat der Bürgermeister den Vorschlag abgelehnt, die Steuern zu erhöhen.",
        "die Steuern zu erhöhen",
        Some("der Bürgermeister"),
    ),
    (
        "apposition_between_auxiliary_and_participle",
        "Vor kurzem hatte ein Sprecher der Armee, Oberst Paul Berg, erklärt, die Truppen würden abgezogen.",
        "die Truppen würden abgezogen",
        Some("ein Sprecher der Armee, Oberst Paul Berg"),
    ),
    (
        "long_fronted_prepositional_phrase_with_a_quoted_name",
        "Nach dem Treffen der Initiative „Saubere Luft“ in Genf hat die Ministerin erklärt, die Grenzwerte würden gesenkt.",
        "die Grenzwerte würden gesenkt",
        Some("die Ministerin"),
    ),
    (
        "parenthesis_with_a_comma_between_auxiliary_and_participle",
        "Die Ministerin Anna Berg (Grüne) hat bei einem Treffen mit Paul Hahn (FDP, früher SPD) bekräftigt, die Grenzwerte würden gesenkt.",
        "die Grenzwerte würden gesenkt",
        Some("Die Ministerin Anna Berg (Grüne)"),
    ),
    (
        "coordinated_verb_after_a_first_conjunct_with_fronted_phrase",
        "Nach der Sitzung lobte die Ministerin den Entwurf und nannte ihn „einen großen Schritt“.",
        "einen großen Schritt",
        Some("die Ministerin"),
    ),
    (
        "konjunktiv_auxiliary_opens_reported_content",
        "In Bayern habe die Partei bessere Chancen, sagte der Politiker.",
        "In Bayern habe die Partei bessere Chancen",
        Some("der Politiker"),
    ),
    (
        "attribution_after_content_is_no_auxiliary_clause",
        "Hier ist der Schlüssel, sagte der Wirt.",
        "Hier ist der Schlüssel",
        Some("der Wirt"),
    ),
    (
        "focus_particle_before_the_subject",
        "Sogar die Gewerkschaft hatte im Frühjahr gefordert, dass die Löhne steigen.",
        "dass die Löhne steigen",
        Some("die Gewerkschaft"),
    ),
    (
        "quoted_name_after_the_subject_s_article",
        "Die „Rheinische Post“ hatte am Montag berichtet, die Fabrik solle schließen.",
        "die Fabrik solle schließen",
        Some("Die „Rheinische Post“"),
    ),
    (
        "demonstrative_standing_for_a_person",
        "Die Polizei befragte den Nachbarn. Dieser behauptete, er habe nichts gehört.",
        "er habe nichts gehört",
        Some("Dieser"),
    ),
    (
        "neuter_demonstrative_points_to_content",
        "Das bestätigte, dass die Lage ernst sei.",
        "dass die Lage ernst sei",
        None,
    ),
    (
        "lower_case_name_of_a_medium",
        "Der stern berichtet, dass der Senat sparen wolle.",
        "dass der Senat sparen wolle",
        Some("Der stern"),
    ),
];

#[test]
fn subjects_around_an_auxiliary() {
    check(AUXILIARY);
}

#[test]
fn inverted_subjects_after_a_dative() {
    check(INVERTED);
}

#[test]
fn attribution_after_a_quotation_is_no_report() {
    let text = "„Die Lage ist ernst“, erklärte die Sprecherin der Polizei, Anna Weber, am Abend.";
    let a = Tokenizer::new().analyze(text);
    let quotes = QuoteDetector::new().detect(text, &a, &[]);
    let got: Vec<&str> = quotes.iter().map(|q| &text[q.span.range()]).collect();
    assert_eq!(got, vec!["Die Lage ist ernst"]);
    // A content clause after the attribution is still a report.
    let text = "„Die Lage ist ernst“, sagte er, die Regierung müsse handeln.";
    let a = Tokenizer::new().analyze(text);
    let quotes = QuoteDetector::new().detect(text, &a, &[]);
    let got: Vec<&str> = quotes.iter().map(|q| &text[q.span.range()]).collect();
    assert_eq!(
        got,
        vec!["Die Lage ist ernst", "die Regierung müsse handeln"]
    );
}
