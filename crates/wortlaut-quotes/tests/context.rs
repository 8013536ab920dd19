//! Speakers from context (issue 5): continued reports in Konjunktiv, impersonal `heißt es`,
//! and sources named next to the cue. Named table tests on hand-written German text; each
//! row names the quotation by its text and the speaker expected as written (or none).

mod speaker_tables;

use speaker_tables::{check, Case};

/// A report continued in Konjunktiv without a new verb of saying: the speaker of the last
/// report, unless the sentence between names someone who can speak.
static CONTINUATIONS: &[Case] = &[
    (
        "topic_subject_skipped",
        "Ein Sprecher des Innenministeriums erklärte, die Lage sei unter Kontrolle. \
         Die Proteste gingen am Abend weiter. \
         Die Polizei habe die Innenstadt abgesperrt.",
        "Die Polizei habe die Innenstadt abgesperrt",
        Some("Ein Sprecher des Innenministeriums"),
    ),
    (
        "own_main_clause_subject",
        "Der Anwalt sagte, sein Mandant sei unschuldig. \
         Sprecher der beiden Vereine rechnen mit einem langen Verfahren, weil die Behörden \
         keinen Antrag gestellt hätten.",
        "weil die Behörden keinen Antrag gestellt hätten",
        Some("Sprecher der beiden Vereine"),
    ),
    (
        "opposition_subject_kept",
        "Die Ministerin warnt vor zu viel Optimismus. \
         Die Opposition sieht das anders: Die Kaufkraft sinke.",
        "Die Kaufkraft sinke.",
        Some("Die Opposition"),
    ),
    (
        "institution_subject_kept",
        "Der Anwalt sagte, sein Mandant sei unschuldig. \
         Die Staatsanwaltschaft widersprach am Dienstag. \
         Die Beweise seien eindeutig.",
        "Die Beweise seien eindeutig",
        Some("Die Staatsanwaltschaft"),
    ),
];

/// `heißt es`: the source is the phrase governed by a preposition of place or origin next
/// to it; without one the report names no speaker, not even from context.
static HEISST_ES: &[Case] = &[
    (
        "unnamed_after_content",
        "Der Minister besuchte am Montag die Unglücksstelle. \
         Eine Heilung der Verletzten sei jedoch ausgeschlossen, heißt es.",
        "Eine Heilung der Verletzten sei jedoch ausgeschlossen",
        None,
    ),
    (
        "source_after_es",
        "Die Lage sei ernst, hieß es vom Sprecher Mark Toner.",
        "Die Lage sei ernst",
        Some("Sprecher Mark Toner"),
    ),
    (
        "source_before_heisst",
        "In der Mitteilung der Behörde heißt es, die Straße bleibe gesperrt.",
        "die Straße bleibe gesperrt",
        Some("der Mitteilung der Behörde"),
    ),
    (
        "direct_source_after_es",
        "Der Minister reiste ab. „Alle Anzeichen deuten auf einen Anschlag hin“, hieß es \
         vom Abgeordneten Viktor Oserow.",
        "Alle Anzeichen deuten auf einen Anschlag hin",
        Some("Abgeordneten Viktor Oserow"),
    ),
    (
        "direct_unnamed",
        "Der Minister reiste ab. „Wir prüfen alle Hinweise“, hieß es.",
        "Wir prüfen alle Hinweise",
        None,
    ),
];

/// A cue inside a relative clause gives way to an inverted attribution closing the sentence.
static TRAILING_CUE: &[Case] = &[
    (
        "meldet_after_relative_clause",
        "Ein Tief, das tagelang über der Bucht gestanden hatte, habe nun das Festland \
         erreicht, meldet die indische Wetterbehörde.",
        "Ein Tief, das tagelang über der Bucht gestanden hatte, habe nun das Festland erreicht",
        Some("die indische Wetterbehörde"),
    ),
    (
        "cue_in_relative_clause_alone",
        "Anlass war ein Interview, bei dem sie gesagt hatte, sie habe einen falschen Namen \
         angegeben.",
        "sie habe einen falschen Namen angegeben",
        Some("sie"),
    ),
];

/// `…, so X`: the source may be followed by where it spoke.
static SO_SOURCE: &[Case] = &[(
    "so_with_place",
    "Die Grenze müsse geöffnet werden, so Hisbollah-Chef Hassan Nasrallah im libanesischen \
     Fernsehen.",
    "Die Grenze müsse geöffnet werden",
    Some("Hisbollah-Chef Hassan Nasrallah"),
)];

/// `nach einem Bericht der BBC`: a document noun after `nach` names the source, with its
/// attributes, and the Konjunktiv sentences after it continue that report.
static NACH_DOCUMENT: &[Case] = &[
    (
        "nach_bericht",
        "Nach einem Bericht der BBC wurden 62 Studien ausgewertet. \
         Drei Viertel der Fälle entfielen auf Südasien.",
        "wurden 62 Studien ausgewertet",
        Some("einem Bericht der BBC"),
    ),
    (
        "nach_studie",
        "Nach einer norwegischen Studie steigt das Risiko schon bei einer Zigarette täglich.",
        "steigt das Risiko schon bei einer Zigarette täglich",
        Some("einer norwegischen Studie"),
    ),
];

/// A short quoted name next to the cue belongs to the speaker search.
static QUOTED_NAMES: &[Case] = &[
    (
        "name_after_cue_direct",
        "„Wir bleiben bei unserem Plan“, sagte die „Süddeutsche Zeitung“.",
        "Wir bleiben bei unserem Plan",
        Some("die „Süddeutsche Zeitung“"),
    ),
    (
        "name_opening_sentence",
        "„Muslix64“ erwähnte auch, dass er weiteren Quellcode veröffentlichen werde.",
        "dass er weiteren Quellcode veröffentlichen werde",
        Some("„Muslix64“"),
    ),
];

#[test]
fn quoted_names() {
    check(QUOTED_NAMES);
}

#[test]
fn nach_document() {
    check(NACH_DOCUMENT);
}

#[test]
fn so_source() {
    check(SO_SOURCE);
}

#[test]
fn trailing_cue() {
    check(TRAILING_CUE);
}

#[test]
fn continued_reports() {
    check(CONTINUATIONS);
}

#[test]
fn heisst_es() {
    check(HEISST_ES);
}

/// A quotation or Konjunktiv report with no attribution of its own, after a sentence whose
/// verb of saying names the speaker: past an apposition before that verb, and as the agent
/// of a passive.
static SPEAKER_IN_SENTENCE_BEFORE: &[Case] = &[
    (
        "apposition_before_cue",
        "Maria Berger, eine der Abgeordneten, die den Antrag eingebracht hatten, kritisierte \
         den Entwurf der Regierung. „Das Gesetz kommt zu spät und hilft niemandem.“",
        "Das Gesetz kommt zu spät und hilft niemandem.",
        Some("Maria Berger"),
    ),
    (
        "apposition_before_cue_partial_quote",
        "Jan Holm, seit Jahren Sprecher der Feuerwehr, lobte die Helfer am Deich. Ohne sie \
         wäre die Lage „völlig aussichtslos“ gewesen.",
        "völlig aussichtslos",
        Some("Jan Holm"),
    ),
    (
        "passive_agent_then_konjunktiv",
        "Die Pläne des Senats wurden von der Bürgermeisterin Anna Lindner als überzogen \
         bezeichnet. Die Stadt habe für solche Projekte kein Geld.",
        "Die Stadt habe für solche Projekte kein Geld",
        Some("der Bürgermeisterin Anna Lindner"),
    ),
    (
        "cue_without_content_then_konjunktiv",
        "Der Hersteller weist die Vorwürfe der Verbraucherschützer zurück. Jedes seiner \
         Geräte erfülle alle geltenden Normen.",
        "Jedes seiner Geräte erfülle alle geltenden Normen",
        Some("Der Hersteller"),
    ),
];

#[test]
fn speaker_in_sentence_before() {
    check(SPEAKER_IN_SENTENCE_BEFORE);
}

/// A verb of saying at the end of a subordinate clause that follows the content (`falls`,
/// `wenn`, `weil`, …) attributes nothing: the report's speaker comes from context.
static SUBORDINATE_CUE: &[Case] = &[
    (
        "falls_clause_after_report",
        "Der Sprecher der Bergwacht sagte, die Suche sei am Abend abgebrochen worden. Sie \
         solle am Morgen weitergehen, falls Zeugen neue Hinweise melden würden.",
        "Sie solle am Morgen weitergehen",
        Some("Der Sprecher der Bergwacht"),
    ),
    (
        "wenn_clause_after_report",
        "Die Gewerkschaft kündigte am Freitag neue Streiks an. Die Arbeit werde ruhen, wenn \
         die Arbeitgeber kein neues Angebot ankündigten.",
        "Die Arbeit werde ruhen",
        Some("Die Gewerkschaft"),
    ),
    (
        "wie_clause_still_attributes",
        "Die Arbeit werde ruhen, wie die Gewerkschaft am Freitag mitteilte.",
        "Die Arbeit werde ruhen",
        Some("die Gewerkschaft"),
    ),
];

#[test]
fn subordinate_cue() {
    check(SUBORDINATE_CUE);
}

/// `Das berichtete X.` after a report: X is the source of the report in the sentence
/// before when that report names none of its own (a continuation, a `wie … verlautete`
/// without a source), and no second quotation is made of that sentence.
static ANAPHORIC_SOURCE: &[Case] = &[
    (
        "continuation_takes_following_source",
        "Nach Angaben der Feuerwehr wurde ein Mann verletzt. Er solle am Abend aus dem \
         Krankenhaus entlassen werden. Das berichtete der Radiosender Antenne Nord.",
        "Er solle am Abend aus dem Krankenhaus entlassen werden",
        Some("der Radiosender Antenne Nord"),
    ),
    (
        "subjectless_wie_clause_takes_following_source",
        "Wie am Montag verlautete, will der Konzern das Werk schließen. Das \
         berichtete der Nordkurier am Dienstag.",
        "will der Konzern das Werk schließen",
        Some("der Nordkurier"),
    ),
    (
        "konjunktiv_anaphor_continues_report",
        "Die Anklage sagte, der Verdächtige habe keinen festen Wohnsitz. Er könne jederzeit \
         ausreisen. Dies begründe die Fluchtgefahr.",
        "Er könne jederzeit ausreisen",
        Some("Die Anklage"),
    ),
    (
        "passive_anaphor_with_agent",
        "Der Präsident ordnete neue Hilfen für Familien an. Das wurde vom Presseamt der \
         Regierung am Montag mitgeteilt.",
        "Der Präsident ordnete neue Hilfen für Familien an",
        Some("Presseamt der Regierung"),
    ),
    (
        "own_source_kept",
        "Der Bürgermeister sagte, die Brücke bleibe gesperrt. Das bestätigte die Polizei \
         am Abend.",
        "die Brücke bleibe gesperrt",
        Some("Der Bürgermeister"),
    ),
];

#[test]
fn anaphoric_source() {
    check(ANAPHORIC_SOURCE);
}

/// A passive anaphor with its agent names the source of the report before it
/// (`Das wurde von der Polizei bestätigt.`); a denial (`… bestritten.`) does not.
#[test]
fn anaphoric_passive_and_denial() {
    let speaker = |text: &str| {
        let a = wortlaut_tokenize::Tokenizer::new().analyze(text);
        wortlaut_quotes::QuoteDetector::new()
            .detect(text, &a, &[])
            .iter()
            .find(|q| &text[q.span.range()] == "Drei Menschen seien verletzt worden.")
            .map(|q| q.speaker.as_ref().map(|s| text[s.span.range()].to_string()))
    };
    assert_eq!(
        speaker("Drei Menschen seien verletzt worden. Das wurde von der Polizei bestätigt."),
        Some(Some("der Polizei".to_string()))
    );
    assert_eq!(
        speaker("Drei Menschen seien verletzt worden. Das wurde von der Polizei bestritten."),
        Some(None)
    );
}

/// The sentence before an anaphoric attribution yields one quotation, not two; the anaphor
/// (`Das`) is a second part of it, as the annotated corpora mark it: same speaker, same group.
#[test]
fn anaphoric_source_no_second_item() {
    let text = "Wie am Montag verlautete, will der Konzern das Werk schließen. \
                Das berichtete der Nordkurier am Dienstag.";
    let a = wortlaut_tokenize::Tokenizer::new().analyze(text);
    let quotes = wortlaut_quotes::QuoteDetector::new().detect(text, &a, &[]);
    let spans: Vec<&str> = quotes.iter().map(|q| &text[q.span.range()]).collect();
    assert_eq!(spans, ["will der Konzern das Werk schließen", "Das"]);
    let speakers: Vec<Option<&str>> = quotes
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| &text[s.span.range()]))
        .collect();
    assert_eq!(speakers, [Some("der Nordkurier"), Some("der Nordkurier")]);
    assert!(quotes[0].group.is_some() && quotes[0].group == quotes[1].group);
    assert_eq!(quotes[1].kind, wortlaut_quotes::QuoteKind::Indirect);
}

/// The anaphor is no part of a quotation when its verb continues the report in Konjunktiv
/// or takes a stance (`Das lehnte X ab`). A report that keeps a source of its own stays
/// apart: the sentence is a second quotation for the new source, with the anaphor.
#[test]
fn anaphor_item_only_for_a_source() {
    let detect = |text: &str| {
        let a = wortlaut_tokenize::Tokenizer::new().analyze(text);
        wortlaut_quotes::QuoteDetector::new().detect(text, &a, &[])
    };
    let anaphor = |text: &str| {
        detect(text)
            .into_iter()
            .find(|q| matches!(&text[q.span.range()], "Das" | "Dies"))
    };
    assert!(anaphor(
        "Die Anklage sagte, der Verdächtige habe keinen festen Wohnsitz. Er könne jederzeit \
         ausreisen. Dies begründe die Fluchtgefahr."
    )
    .is_none());
    assert!(anaphor(
        "Die Opposition forderte Neuwahlen im Mai. Das lehnte der Ministerpräsident ab."
    )
    .is_none());
    let text = "Der Bürgermeister sagte, die Brücke bleibe gesperrt. Das bestätigte die \
                Polizei am Abend.";
    let quotes = detect(text);
    let own = quotes
        .iter()
        .find(|q| &text[q.span.range()] == "die Brücke bleibe gesperrt")
        .expect("the report");
    let das = anaphor(text).expect("the anaphor");
    assert_eq!(
        das.speaker.as_ref().map(|s| &text[s.span.range()]),
        Some("die Polizei")
    );
    let again = quotes
        .iter()
        .find(|q| &text[q.span.range()] == "Der Bürgermeister sagte, die Brücke bleibe gesperrt.")
        .expect("the sentence for the new source");
    assert!(own.group.is_none());
    assert!(das.group.is_some() && das.group == again.group);
}

/// A quotation that ends its sentence, followed by an anaphoric attribution (`„…“ Das sagte
/// X.`): X is its speaker, before anyone quoted earlier.
static QUOTE_THEN_ANAPHOR: &[Case] = &[
    (
        "anaphor_names_speaker",
        "„Wir werden die Strecke bis zum Winter fertigstellen.“ Das versprach die \
         Verkehrsministerin am Montag in Erfurt.",
        "Wir werden die Strecke bis zum Winter fertigstellen.",
        Some("die Verkehrsministerin"),
    ),
    (
        "anaphor_before_earlier_speaker",
        "Der Landrat sagte am Morgen, die Lage sei ernst. „Wir brauchen mehr Helfer.“ Dies \
         betonte am Abend der Leiter der Feuerwehr.",
        "Wir brauchen mehr Helfer.",
        Some("der Leiter der Feuerwehr"),
    ),
    (
        "konjunktiv_anaphor_gives_nothing",
        "„Wir brauchen mehr Helfer.“ Dies bedeute aber keine Kritik an der Feuerwehr.",
        "Wir brauchen mehr Helfer.",
        None,
    ),
];

#[test]
fn quote_then_anaphor() {
    check(QUOTE_THEN_ANAPHOR);
}

/// `verlauten` and `hervorgehen` name their source with `aus` (`Aus Kreisen der Partei
/// verlautete, …`, `Wie aus einem Bericht der Polizei hervorgeht, …`), not the quotation
/// before.
static AUS_SOURCE: &[Case] = &[
    (
        "aus_kreisen_verlautete",
        "Der Minister sagte, die Gespräche seien gut verlaufen. Aus Parteikreisen \
         verlautete dagegen, eine Einigung sei nicht in Sicht.",
        "eine Einigung sei nicht in Sicht",
        Some("Parteikreisen"),
    ),
    (
        "wie_aus_hervorgeht",
        "Der Minister sagte, die Gespräche seien gut verlaufen. Wie aus einem Bericht der \
         Polizei hervorgeht, wurden zwei Beamte verletzt.",
        "wurden zwei Beamte verletzt",
        Some("einem Bericht der Polizei"),
    ),
];

#[test]
fn aus_source() {
    check(AUS_SOURCE);
}

/// `laut` before a lower-case name written with a hyphen or dot: the name is the source,
/// not the phrase after it (`laut el-Sisi die Lage`, `laut ai-Bericht eine Zahl`).
static LAUT_LOWER_CASE_NAME: &[Case] = &[
    (
        "hyphenated_name",
        "Danach sei laut al-Hakim die Versorgung der Stadt gesichert.",
        "die Versorgung der Stadt gesichert",
        Some("al-Hakim"),
    ),
    (
        "adjective_still_part_of_phrase",
        "Das Werk werde laut eigenen Angaben im Herbst geschlossen.",
        "im Herbst geschlossen",
        Some("eigenen Angaben"),
    ),
];

#[test]
fn laut_lower_case_name() {
    check(LAUT_LOWER_CASE_NAME);
}

/// A Konjunktiv continuation after a sentence that is no report takes that sentence's
/// subject when it can speak; a place mention (a country) counts, as a person or an
/// organisation does.
#[test]
fn place_subject_before_continuation() {
    use wortlaut_quotes::{Mention, MentionKind, QuoteDetector};
    let text = "Die Kommission wirft dem Land vor, die Fangquoten zu überschreiten. Die Schweiz \
                baut ihre Flotte weiter aus. Die Flotte sei allein für die Versorgung der Küste da.";
    let quote = "Die Flotte sei allein für die Versorgung der Küste da.";
    let a = wortlaut_tokenize::Tokenizer::new().analyze(text);
    let at = text.find("Schweiz").unwrap_or(0);
    let place = [Mention {
        span: wortlaut_tokenize::Span::new(at, at + "Schweiz".len()),
        kind: MentionKind::Place,
        name: "Schweiz",
        index: 0,
        gender: None,
    }];
    let speaker = |mentions: &[Mention<'_>]| {
        QuoteDetector::new()
            .detect(text, &a, mentions)
            .iter()
            .find(|q| &text[q.span.range()] == quote)
            .map(|q| q.speaker.as_ref().map(|s| text[s.span.range()].to_string()))
    };
    assert_eq!(speaker(&place), Some(Some("Die Schweiz".to_string())));
    // (Without the mention the subject is a mere topic: the last report's source.)
    assert_eq!(speaker(&[]), Some(Some("Die Kommission".to_string())));
}

/// An agentless passive of saying names no one (`Ihm wurde vorgeworfen, …`), but one in
/// Konjunktiv that opens its sentence is itself part of the report before it: its source is
/// that report's.
static REPORTED_PASSIVE: &[Case] = &[
    (
        "konjunktiv_passive_continues_report",
        "Der Anwalt der Familie sagte, der Schauspieler sei schwer erkrankt. Die Diagnose sei \
         durch Untersuchungen in einer Klinik bestätigt worden.",
        "Die Diagnose sei durch Untersuchungen in einer Klinik bestätigt worden",
        Some("Der Anwalt der Familie"),
    ),
    (
        "indicative_passive_names_no_one",
        "Der Anwalt der Familie sagte, der Schauspieler sei schwer erkrankt. Dem Sender wurde \
         vorgeworfen, die Nachricht zu früh verbreitet zu haben.",
        "die Nachricht zu früh verbreitet zu haben",
        None,
    ),
];

#[test]
fn reported_passive() {
    check(REPORTED_PASSIVE);
}

/// A relative clause of report names the source of the content it opens: after `wonach`
/// the phrase before its comma, also after a preposition or the verb; after `nach denen`,
/// `laut denen` and `denen zufolge` the relative pronoun as written; the content starts
/// after the relative phrase. Not when a clause stands between the content's start and the
/// relative clause.
static RELATIVE_SOURCES: &[Case] = &[
    (
        "wonach_after_a_verb",
        "Das Landratsamt bestätigte die Befunde des Veterinäramts, wonach zwölf Kühe an der Seuche erkrankt sind.",
        "zwölf Kühe an der Seuche erkrankt sind",
        Some("die Befunde des Veterinäramts"),
    ),
    (
        "wonach_after_a_preposition",
        "Der Sender zitiert aus der Tageszeitung „Nova Gazeta“, wonach der Minister zurücktreten werde.",
        "der Minister zurücktreten werde",
        Some("der Tageszeitung „Nova Gazeta“"),
    ),
    (
        "nach_denen",
        "Der Verband verwies auf Gutachten unabhängiger Labore, nach denen das Trinkwasser unbedenklich sei.",
        "das Trinkwasser unbedenklich sei",
        Some("denen"),
    ),
    (
        "denen_zufolge",
        "Die Opposition berief sich auf interne Papiere, denen zufolge die Kosten um ein Drittel gestiegen seien.",
        "die Kosten um ein Drittel gestiegen seien",
        Some("denen"),
    ),
    (
        "clause_before_the_relative",
        "Die Forscherin sagte, man habe ein Verfahren entwickelt, nach dem Proben schneller geprüft werden könnten.",
        "man habe ein Verfahren entwickelt, nach dem Proben schneller geprüft werden könnten",
        Some("Die Forscherin"),
    ),
];

#[test]
fn relative_clauses_of_report_name_their_source() {
    check(RELATIVE_SOURCES);
}

/// A text or plan after a sentence-opening `Nach` is the source of what the sentence says
/// holds (`Nach dem Urteil …`, `Nach der Idee des Ministers …`); inside a sentence such a
/// phrase is a basis or a time, and the verb of saying names the speaker.
static TEXTS_AS_SOURCES: &[Case] = &[
    (
        "nach_dem_urteil",
        "Die Richter erklärten, der Fall sei abgeschlossen. Nach dem Urteil sollen die Gebühren zurückgezahlt werden.",
        "sollen die Gebühren zurückgezahlt werden",
        Some("dem Urteil"),
    ),
    (
        "nach_der_idee_des_ministers",
        "Der Streit um das Wahlrecht geht weiter. Nach der Idee des Ministers soll künftig „die einfache Mehrheit genügen“.",
        "die einfache Mehrheit genügen",
        Some("der Idee des Ministers"),
    ),
    (
        "nach_der_sitzung_is_a_time",
        "Der Vorstand tagte. Nach der Sitzung sollen die Mitglieder abstimmen, teilte der Verein mit.",
        "Nach der Sitzung sollen die Mitglieder abstimmen",
        Some("der Verein"),
    ),
    (
        "inside_the_sentence_the_cue_names_the_speaker",
        "Die Anordnungen seien nach dem Urteil zulässig, sagte die Ministerin.",
        "Die Anordnungen seien nach dem Urteil zulässig",
        Some("die Ministerin"),
    ),
];

#[test]
fn texts_opening_the_sentence_are_sources() {
    check(TEXTS_AS_SOURCES);
}

/// `nach eigenen Angaben`, `seinen Angaben zufolge`: the phrase itself is the source as
/// written (it points back to the subject, as a pronoun does), not the phrase after it.
static OWN_STATEMENTS: &[Case] = &[
    (
        "nach_eigenen_angaben_mid_sentence",
        "Der Autobauer will nach eigenen Angaben weitere Werke in Asien eröffnen.",
        "weitere Werke in Asien eröffnen",
        Some("eigenen Angaben"),
    ),
    (
        "nach_eigenen_angaben_opening",
        "Nach eigenen Angaben erhielt das Hilfswerk im vergangenen Jahr Spenden in Höhe von vier Millionen Euro.",
        "erhielt das Hilfswerk im vergangenen Jahr Spenden in Höhe von vier Millionen Euro",
        Some("eigenen Angaben"),
    ),
    (
        "nach_angaben_des_hilfswerks",
        "Nach Angaben des Hilfswerks seien vier Millionen Euro gespendet worden.",
        "seien vier Millionen Euro gespendet worden",
        Some("Angaben des Hilfswerks"),
    ),
];

#[test]
fn own_statements_point_back_to_the_subject() {
    check(OWN_STATEMENTS);
}

/// `X zufolge`: a noun of statement opening the sentence is the source, not a verb
/// (`Angaben` is no form of `angeben` there); inside the clause, after the verb, the noun
/// before `zufolge` with its adjective is the source, but a verb after a noun is no
/// adjective.
static ZUFOLGE_SOURCES: &[Case] = &[
    (
        "angaben_opening_the_sentence",
        "Angaben des Wetterdienstes zufolge fiel in der Nacht ein halber Meter Schnee.",
        "fiel in der Nacht ein halber Meter Schnee",
        Some("Angaben des Wetterdienstes"),
    ),
    (
        "berichten_opening_the_sentence",
        "Berichten der Lokalpresse zufolge soll die Brücke im Mai gesperrt werden.",
        "soll die Brücke im Mai gesperrt werden",
        Some("Berichten der Lokalpresse"),
    ),
    (
        "adjective_and_noun_after_the_verb",
        "Am Montag kamen offiziellen Angaben zufolge drei Menschen ums Leben.",
        "Am Montag kamen offiziellen Angaben zufolge drei Menschen ums Leben",
        Some("offiziellen Angaben"),
    ),
    (
        "no_verb_taken_for_an_adjective",
        "Am Montag starben Polizeiberichten zufolge drei Menschen.",
        "Am Montag starben Polizeiberichten zufolge drei Menschen",
        Some("Polizeiberichten"),
    ),
];

#[test]
fn zufolge_names_its_source() {
    check(ZUFOLGE_SOURCES);
}

/// The subject of the sentence before a continuation ends before its verb, also a past
/// tense in `-te` that the lexicon does not know, which looks like an adjective but follows
/// a plain noun (`Die Lokalregierung machte …`).
static SUBJECT_BEFORE_AN_UNKNOWN_VERB: &[Case] = &[(
    "past_tense_after_a_noun",
    "Die Zahl der Opfer stieg auf 13. Die Stadtverwaltung machte dafür die Randalierer verantwortlich. Bei den Einsätzen seien 61 Polizisten verletzt worden.",
    "Bei den Einsätzen seien 61 Polizisten verletzt worden",
    Some("Die Stadtverwaltung"),
)];

#[test]
fn subjects_end_before_an_unknown_verb() {
    check(SUBJECT_BEFORE_AN_UNKNOWN_VERB);
}

/// `…, so X weiter, …`: an adverb of continuation after the source of `so` still leaves it
/// the source of the report it interrupts and of the continuation after it.
static SO_X_WEITER: &[Case] = &[
    (
        "so_x_weiter_interrupting",
        "Die Konkurrenz, so die Ministerin weiter, werde von den Verbänden bezahlt. Sie selbst wolle unabhängig bleiben.",
        "Sie selbst wolle unabhängig bleiben",
        Some("die Ministerin"),
    ),
    (
        "so_x_at_the_end",
        "Die Konkurrenz werde von den Verbänden bezahlt, so die Ministerin.",
        "Die Konkurrenz werde von den Verbänden bezahlt",
        Some("die Ministerin"),
    ),
];

#[test]
fn so_x_weiter_names_the_source() {
    check(SO_X_WEITER);
}

/// `nach einer Meldung der X`: the genitive belongs to the source only when it is one (a
/// capitalised name or an adjective in `-en` after the article); before a nominative
/// (`der frühere Bürgermeister`) the source ends at its noun.
static NACH_SOURCE_GENITIVES: &[Case] = &[
    (
        "genitive_with_adjective",
        "Die Fähre sei nach einem Bericht der örtlichen Zeitung gesunken.",
        "Die Fähre sei nach einem Bericht der örtlichen Zeitung gesunken",
        Some("einem Bericht der örtlichen Zeitung"),
    ),
    (
        "nominative_after_the_noun",
        "Zwei Jahre später soll nach einer weiteren Meldung der frühere Bürgermeister zurückgetreten sein.",
        "der frühere Bürgermeister zurückgetreten sein",
        Some("einer weiteren Meldung"),
    ),
];

#[test]
fn nach_sources_take_only_their_genitive() {
    check(NACH_SOURCE_GENITIVES);
}

/// `– so X –`: a source set off by dashes instead of commas (en or em dash) names the
/// report before it as `, so X` does; `– so wie …` names no one.
static SO_X_BETWEEN_DASHES: &[Case] = &[
    (
        "so_x_after_an_en_dash",
        "Die Fähre habe viel zu viele Passagiere an Bord gehabt – so der Kapitän des Schiffes.",
        "Die Fähre habe viel zu viele Passagiere an Bord gehabt",
        Some("der Kapitän des Schiffes"),
    ),
    (
        "so_x_after_an_em_dash",
        "Der Minister werde nicht zurücktreten — so seine Sprecherin am Montag.",
        "Der Minister werde nicht zurücktreten",
        Some("seine Sprecherin"),
    ),
    (
        "so_x_between_dashes",
        "Der Pilot sei zu spät gelandet – so die Ermittler –, weil die Bremsen versagt hätten.",
        "Der Pilot sei zu spät gelandet",
        Some("die Ermittler"),
    ),
];

#[test]
fn so_x_between_dashes_names_the_source() {
    check(SO_X_BETWEEN_DASHES);
}

/// `Dies geht aus X hervor` after a report: the phrase after `aus` is the source of the
/// sentence before, as the subject of `Das berichtete X` is.
static AUS_X_HERVOR_AFTER_THE_REPORT: &[Case] = &[
    (
        "dies_geht_aus_einer_mitteilung_hervor",
        "Die Reederei plant den Verkauf ihrer drei Fähren. Dies geht aus einer Mitteilung der Reederei hervor.",
        "Die Reederei plant den Verkauf ihrer drei Fähren",
        Some("einer Mitteilung der Reederei"),
    ),
    (
        "das_geht_aus_dem_urteil_hervor",
        "Die Behörde habe ihre Pflichten verletzt. Das geht aus dem Urteil des Landgerichts hervor, das am Freitag verkündet wurde.",
        "Die Behörde habe ihre Pflichten verletzt",
        Some("dem Urteil des Landgerichts"),
    ),
];

#[test]
fn aus_x_hervor_names_the_source_of_the_sentence_before() {
    check(AUS_X_HERVOR_AFTER_THE_REPORT);
}

/// A passive of saying without an agent in a relative clause of a sentence in Konjunktiv
/// (`die am Montag gefordert wurde`) describes a noun and attributes nothing: the sentence
/// continues the report before it, whole and with that report's speaker.
static RELATIVE_PASSIVE_IN_A_CONTINUATION: &[Case] = &[
    (
        "relative_passive_announced",
        "Der Minister sagte, die Lage sei ernst. Die Hilfe, die den Opfern angekündigt wurde, sei nicht ausreichend.",
        "Die Hilfe, die den Opfern angekündigt wurde, sei nicht ausreichend",
        Some("Der Minister"),
    ),
    (
        "relative_passive_demanded",
        "Der Anwalt erklärte, sein Mandant sei unschuldig. Die Strafe, die am Montag gefordert wurde, sei zu hoch.",
        "Die Strafe, die am Montag gefordert wurde, sei zu hoch",
        Some("Der Anwalt"),
    ),
];

#[test]
fn relative_passives_do_not_interrupt_a_continuation() {
    check(RELATIVE_PASSIVE_IN_A_CONTINUATION);
}

/// A partial quotation inside a report, with no attribution of its own, is the report's:
/// it takes the report's speaker, not one from the sentences before (also when a quoted name
/// between the cue and the quotation hides the cue from the quotation's own look-back).
static EMBEDDED_PARTIAL_QUOTES: &[Case] = &[
    (
        "partial_quote_in_a_dass_clause_past_a_quoted_name",
        "Der Gewerkschafter Max Kurz kritisierte die Entlassungen scharf. In einer Mitteilung erklärte der Verleger der „Westfälischen Post“, dass die Zeitung in einer „schwierigen Marktsituation“ stecke.",
        "schwierigen Marktsituation",
        Some("der Verleger der „Westfälischen Post“"),
    ),
    (
        "second_of_two_coordinated_terms",
        "Der Bürgermeister lobte die friedliche Stimmung. Die Polizei beschrieb die Demonstranten als „aggressiv“ und „herausfordernd“.",
        "herausfordernd",
        Some("Die Polizei"),
    ),
];

#[test]
fn embedded_partial_quotes_take_the_report_speaker() {
    check(EMBEDDED_PARTIAL_QUOTES);
}

/// `heißt es` right after a closing mark attributes the quotation before it (`„…“ hieß es
/// aus dem Ministerium`); after a word that opens a new sentence (`„…“ Nun heißt es im
/// Bericht, …`) it introduces content of its own and leaves the quotation to its own cue.
static HEISST_ES_AFTER_A_QUOTATION: &[Case] = &[
    (
        "new_sentence_with_heisst_es",
        "Das Fazit des ersten Berichts lautete: „Die Wahl verlief fair und frei.“ Nun heißt es im Abschlussbericht, es habe Probleme gegeben.",
        "Die Wahl verlief fair und frei.",
        Some("Das Fazit des ersten Berichts"),
    ),
    (
        "heisst_es_right_after_the_mark",
        "Die Lage sei ernst. „Wir brauchen mehr Hilfe“ hieß es aus dem Ministerium.",
        "Wir brauchen mehr Hilfe",
        Some("dem Ministerium"),
    ),
];

#[test]
fn heisst_es_after_a_quotation() {
    check(HEISST_ES_AFTER_A_QUOTATION);
}

/// `„…“ Das hat X gesagt.`, `„…“ Das musste X einräumen.`: an anaphoric attribution right
/// after the quotation with an auxiliary or modal and the verb of saying closing the clause
/// gives its subject to the quotation, as `Das sagte X` does.
static ANAPHORS_WITH_AN_AUXILIARY: &[Case] = &[
    (
        "perfect_tense",
        "Die Lage war angespannt. „Wir schaffen das.“ Das hat die Kanzlerin im Sommer gesagt.",
        "Wir schaffen das.",
        Some("die Kanzlerin"),
    ),
    (
        "modal_with_infinitive",
        "Die Zahlen sind schlecht. „Ja, es gibt Zumutungen.“ Das musste der Finanzminister einräumen.",
        "Ja, es gibt Zumutungen.",
        Some("der Finanzminister"),
    ),
];

#[test]
fn anaphors_with_an_auxiliary() {
    check(ANAPHORS_WITH_AN_AUXILIARY);
}

/// A passive of saying whose clause opens with `In` + a text or medium (`In der Mitteilung
/// wird betont, …`, `In einem Bericht von ndr.de werden die Vorkehrungen als „…“
/// bezeichnet`): that text is the source, as with `In der Mitteilung heißt es`; a report
/// continued after it takes it too.
static PASSIVE_WITH_A_SOURCE_TEXT: &[Case] = &[
    (
        "mitteilung_wird_betont",
        "In der Mitteilung wird betont, dass niemand verletzt worden sei.",
        "dass niemand verletzt worden sei",
        Some("der Mitteilung"),
    ),
    (
        "relative_clause_before_the_passive",
        "In einer Presseerklärung, die am Mittwoch veröffentlicht wurde, wurde verkündet, dass die Täter vor Gericht gebracht werden sollen.",
        "dass die Täter vor Gericht gebracht werden sollen",
        Some("einer Presseerklärung"),
    ),
    (
        "quoted_term_and_its_continuation",
        "In einem Bericht von ndr.de werden die Sicherheitsvorkehrungen als „extrem“ bezeichnet. Mehrere Tausend Beamte seien im Einsatz gewesen.",
        "Mehrere Tausend Beamte seien im Einsatz gewesen",
        Some("einem Bericht"),
    ),
    (
        "agentless_passive_names_no_one",
        "Dem Minister wird vorgeworfen, die Öffentlichkeit getäuscht zu haben.",
        "die Öffentlichkeit getäuscht zu haben",
        None,
    ),
];

#[test]
fn passive_with_a_source_text() {
    check(PASSIVE_WITH_A_SOURCE_TEXT);
}

/// A report continued in Konjunktiv after a sentence that opens with `In`/`Im` + a text
/// (`Im Bericht der Organisation werden Beispiele aufgeführt. In vielen Fällen habe …`):
/// that text, or its owner in a genitive, is the source, before the sentence's own subject.
static CONTINUATIONS_AFTER_A_SOURCE_TEXT: &[Case] = &[(
    "im_bericht_before_a_continuation",
    "Die Organisation legte ihren Jahresbericht vor. Im Bericht der Organisation werden zahlreiche Beispiele für Gewalt aufgeführt. In vielen Fällen habe die Polizei nicht reagiert.",
    "In vielen Fällen habe die Polizei nicht reagiert",
    Some("der Organisation"),
)];

#[test]
fn continuations_after_a_source_text() {
    check(CONTINUATIONS_AFTER_A_SOURCE_TEXT);
}

/// A report with no attribution of its own, also one continued in Konjunktiv, after a
/// sentence whose subject is a mere topic (`Die neue Brücke`, `Der Umsatz`): that subject
/// cannot speak, so the report keeps no speaker rather than taking it; a subject that can
/// speak, also a role in the plural (`Von politischen Beobachtern`), still gives its name.
static TOPIC_SUBJECT_BEFORE: &[Case] = &[
    (
        "topic_subject_then_dass_clause",
        "Die neue Brücke über den Fluss wurde am Montag eröffnet. Weil der Verkehr stark \
         zunimmt, geht man davon aus, dass sie bald zu klein sein wird.",
        "dass sie bald zu klein sein wird",
        None,
    ),
    (
        "topic_subject_then_konjunktiv",
        "Der Umsatz ging im dritten Quartal deutlich zurück. Die Nachfrage sei vor allem in \
         Asien eingebrochen.",
        "Die Nachfrage sei vor allem in Asien eingebrochen",
        None,
    ),
    (
        "adjective_and_noun_are_no_name",
        "Der Ökonom Peter Bruckbauer warnt vor zu viel Optimismus. Positive Impulse bringt \
         die Steuerreform. Die Kaufkraft steige, die Inflation sei niedrig.",
        "Die Kaufkraft steige, die Inflation sei niedrig.",
        Some("Der Ökonom Peter Bruckbauer"),
    ),
    (
        "plural_role_then_konjunktiv",
        "Von politischen Beobachtern wird der Schritt als Signal an die Bundespolitik \
         gewertet. So könne die Partei bei der nächsten Wahl neue Wähler gewinnen.",
        "So könne die Partei bei der nächsten Wahl neue Wähler gewinnen",
        Some("politischen Beobachtern"),
    ),
    (
        "speaking_subject_then_dass_clause",
        "Die Polizei sperrte am Montag die alte Brücke. Weil der Verkehr stark \
         zunimmt, geht man davon aus, dass sie bald zu klein sein wird.",
        "dass sie bald zu klein sein wird",
        Some("Die Polizei"),
    ),
];

#[test]
fn topic_subject_before() {
    check(TOPIC_SUBJECT_BEFORE);
}
