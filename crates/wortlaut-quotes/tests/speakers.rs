//! Named table tests for speaker phrase selection: which phrase of the attributing clause is
//! the speaker (issue 5). Each table is one grammatical rule; rows are (name, text, the
//! quotation's text, the expected speaker as written or `None`).

mod speaker_tables;

use speaker_tables::{check, Case};

/// `meine`/`meinen` before a noun is a possessive, not the verb `meinen`, and a vocative
/// (`meine Damen und Herren`) is never a speaker.
static POSSESSIVE_MEIN: &[Case] = &[
    (
        "vocative_before_subject",
        "Meine Damen und Herren, die Regierung habe versagt, sagte die Abgeordnete.",
        "Meine Damen und Herren, die Regierung habe versagt",
        Some("die Abgeordnete"),
    ),
    (
        "vocative_inside_the_field",
        "Das, meine Damen und Herren, habe die Regierung versäumt, sagte sie.",
        "Das, meine Damen und Herren, habe die Regierung versäumt",
        Some("sie"),
    ),
    (
        "meinen_as_verb",
        "Die Forscher meinen, das Klima habe sich schneller verändert als erwartet.",
        "das Klima habe sich schneller verändert als erwartet",
        Some("Die Forscher"),
    ),
];

#[test]
fn possessive_mein_is_no_cue() {
    check(POSSESSIVE_MEIN);
}

/// A clause without a known verb of saying: the subject fills the field before the finite
/// verb, or follows the verb when an object, an adverb or a prepositional phrase fills the
/// field; the agent of a passive is who spoke; a pronominal adverb names no one.
static CLAUSE_SUBJECT: &[Case] = &[
    (
        "object_in_the_field",
        "Den Unmut der CDU brachte die Sprecherin der Fraktion zum Ausdruck: „Es gibt keinen Grund, Positionen aufzugeben.“",
        "Es gibt keinen Grund, Positionen aufzugeben.",
        Some("die Sprecherin der Fraktion"),
    ),
    (
        "passive_agent_in_the_field",
        "Von politischen Beobachtern wird dieser Schritt als „wichtiges Signal“ gewertet.",
        "wichtiges Signal",
        Some("politischen Beobachtern"),
    ),
    (
        "pronominal_adverb_in_the_field",
        "Das Gericht sieht neue Gefahren. Daraus wird ein „grundrechtlich erhebliches Schutzbedürfnis“ abgeleitet.",
        "grundrechtlich erhebliches Schutzbedürfnis",
        Some("Das Gericht"),
    ),
    (
        "subject_in_the_field",
        "Der Verband sieht in dem Gesetz eine „Kapitulation vor den Randalierern“.",
        "Kapitulation vor den Randalierern",
        Some("Der Verband"),
    ),
];

#[test]
fn clause_subject_around_the_finite_verb() {
    check(CLAUSE_SUBJECT);
}

/// The verb of saying that introduces a quotation is the one whose clause holds the content,
/// not a verb inside that content (after `dass`, in Konjunktiv, or under a Konjunktiv modal);
/// a Konjunktiv perfect auxiliary still introduces its own speaker's words.
static CUE_OUTSIDE_THE_CONTENT: &[Case] = &[
    (
        "cue_under_a_konjunktiv_modal",
        "Die Ministerin sagte der Zeitung, sie könne sich gut vorstellen, dass „viele Frauen diese Chance ergreifen wollen“.",
        "viele Frauen diese Chance ergreifen wollen",
        Some("Die Ministerin"),
    ),
    (
        "konjunktiv_cue_in_the_content",
        "Der Redakteur kritisiert in der Zeitung, die Aktion erinnere „fatal an die Bücherverbrennung“.",
        "fatal an die Bücherverbrennung",
        Some("Der Redakteur"),
    ),
    (
        "cue_after_dass",
        "Er glaubt weiterhin, dass das Team gestärkt hervorgegangen sei: „Wir haben viel gelernt.“",
        "Wir haben viel gelernt.",
        Some("Er"),
    ),
    (
        "konjunktiv_perfect_introduces_its_speaker",
        "Der Sprecher sagte, Müller habe erklärt: „Wir gehen.“",
        "Wir gehen.",
        Some("Müller"),
    ),
];

#[test]
fn cue_outside_the_reported_content() {
    check(CUE_OUTSIDE_THE_CONTENT);
}

/// Verbs of saying that do not attribute a quotation after them: a participle used as an
/// adjective inside a noun phrase, and a cue inside a relative clause that closes before
/// the quotation (the report marker or the subject of the main clause speaks instead).
static CUE_NOT_ATTRIBUTING: &[Case] = &[
    (
        "attributive_participle_after_nach",
        "Sie äußerte sich gegen die ihrer Meinung nach verbreiteten Illusionen im Umgang mit Extremisten: „Ich kritisiere diesen Irrglauben.“",
        "Ich kritisiere diesen Irrglauben.",
        Some("Sie"),
    ),
    (
        "cue_in_a_closed_relative_clause",
        "Laut Berliner Polizei ist die Demonstration, zu der ein Bündnis von Organisationen aufgerufen hatte, „weitgehend störungsfrei“ verlaufen.",
        "weitgehend störungsfrei",
        Some("Berliner Polizei"),
    ),
    (
        "cue_after_the_relative_clause",
        "Der Minister, der das Gesetz verteidigte, sagte: „Wir bleiben dabei.“",
        "Wir bleiben dabei.",
        Some("Der Minister"),
    ),
];

#[test]
fn cues_that_do_not_attribute() {
    check(CUE_NOT_ATTRIBUTING);
}

/// Konjunktiv sentences without a verb of saying: an indicative main clause before the
/// comma frames the report and its subject speaks; otherwise the subject of the sentence
/// before, found in verb-second order past a fronted adverb, with a past tense before an
/// article read as the verb.
static KONJUNKTIV_FRAMES: &[Case] = &[
    (
        "indicative_frame_before_the_comma",
        "Der Landesverband hatte die Meinung vertreten, der Parteitag sei dafür nicht zuständig.",
        "der Parteitag sei dafür nicht zuständig",
        Some("Der Landesverband"),
    ),
    (
        "previous_subject_after_a_fronted_adverb",
        "Langfristig strebt das neue Unternehmen einen Börsengang an. Eine der Optionen sei ein Verkauf an Investoren.",
        "Eine der Optionen sei ein Verkauf an Investoren",
        Some("das neue Unternehmen"),
    ),
    (
        "konjunktiv_before_a_quotation_is_no_frame",
        "Der Pilot landete zu spät. Er hätte den Jet früher aufsetzen müssen. Der Airbus sei erst „weit hinter der Aufsetzzone“ zu Boden gebracht worden.",
        "Der Airbus sei erst „weit hinter der Aufsetzzone“ zu Boden gebracht worden",
        Some("Er"),
    ),
    (
        "past_tense_before_an_article_is_the_verb",
        "Das Wahlkampfteam veröffentlichte die Antwort im Internet. Das bedeute einen Rückschlag für den Gegner.",
        "Das bedeute einen Rückschlag für den Gegner",
        Some("Das Wahlkampfteam"),
    ),
];

#[test]
fn konjunktiv_frames_and_previous_subjects() {
    check(KONJUNKTIV_FRAMES);
}

/// Object-verb-subject order shown by number: a plural phrase before a singular verb is the
/// object, and the singular phrase after the verb speaks; agreeing phrases stay subjects.
static NUMBER_AGREEMENT: &[Case] = &[
    (
        "plural_object_before_a_singular_verb",
        "Die Äußerungen der Richter bezeichnete Wiefelspütz als „Knaller aus Karlsruhe“.",
        "Knaller aus Karlsruhe",
        Some("Wiefelspütz"),
    ),
    (
        "coordinated_subject_with_a_plural_verb",
        "Die Grünen und die SPD kritisierten den Plan als „unsozial“.",
        "unsozial",
        Some("Die Grünen und die SPD"),
    ),
    (
        "singular_subject_with_a_singular_verb",
        "Die Ministerin bezeichnete den Vorschlag als „Unsinn von gestern“.",
        "Unsinn von gestern",
        Some("Die Ministerin"),
    ),
];

#[test]
fn subject_agrees_with_the_verb_in_number() {
    check(NUMBER_AGREEMENT);
}

/// The nominative phrase filling the field, however long: an adjective inside an attached
/// prepositional phrase does not make it a dative, and a relative clause after the
/// apposition is skipped; a genitive or dative phrase after the verb never speaks.
static LONG_FIELDS: &[Case] = &[
    (
        "adjective_inside_an_attached_phrase",
        "Der Fraktionsvorsitzende im niedersächsischen Landtag, Wolfgang Jüttner, hatte Lenz gestern aufgefordert, sein Mandat niederzulegen.",
        "sein Mandat niederzulegen",
        Some("Der Fraktionsvorsitzende im niedersächsischen Landtag, Wolfgang Jüttner"),
    ),
    (
        "relative_clause_after_the_apposition",
        "Günther Platter, der Verteidigungsminister Österreichs, der zur Zeit den Vorsitz innehat, sagte zum Abschluss des Treffens: „Wir hatten intensive Gespräche.“",
        "Wir hatten intensive Gespräche.",
        Some("Günther Platter, der Verteidigungsminister Österreichs"),
    ),
];

#[test]
fn long_fields_before_the_verb() {
    check(LONG_FIELDS);
}

/// Noun phrases after the verb with an extended attribute between article and noun, or a
/// nominalised adjective written in lower case after its article.
static PHRASE_SHAPES: &[Case] = &[
    (
        "extended_attribute_before_the_noun",
        "So sagte der für die Region zuständige Koordinator gegenüber der BBC, dass nur wenige Boote im Einsatz seien.",
        "dass nur wenige Boote im Einsatz seien",
        Some("der für die Region zuständige Koordinator"),
    ),
    (
        "adverb_grading_an_adjective_in_the_field",
        "Die staatlich kontrollierten Medien hatten am Wochenende von der Notwendigkeit eines „Volkskrieges“ gesprochen.",
        "Volkskrieges",
        Some("Die staatlich kontrollierten Medien"),
    ),
    (
        "extended_attribute_before_a_quoted_name",
        "Gestern schrieb die in Linz erscheinende „Rundschau am Sonntag“: „Der Bischof tritt zurück.“",
        "Der Bischof tritt zurück.",
        Some("die in Linz erscheinende „Rundschau am Sonntag“"),
    ),
    (
        "lone_lower_case_name_in_a_wie_clause",
        "Wie t-online.de berichtet, sei der erste Trailer im Internet veröffentlicht worden.",
        "sei der erste Trailer im Internet veröffentlicht worden",
        Some("t-online.de"),
    ),
    (
        "lower_case_nominalised_adjective",
        "Am Montag sagte der 81-jährige in einem Interview, dass die Maus sofort tot gewesen sei.",
        "dass die Maus sofort tot gewesen sei",
        Some("der 81-jährige"),
    ),
];

#[test]
fn phrase_shapes_after_the_verb() {
    check(PHRASE_SHAPES);
}

/// Spoken debate: a sentence adverb in the field leaves the subject after the finite verb
/// (also `habe ich`, the indicative of the first person), and a name addressed before a
/// pronoun of address (`Herr Brunner, Sie …`) is not the speaker.
static DEBATE_FIELDS: &[Case] = &[
    (
        "sentence_adverb_before_a_modal",
        "Deswegen würde ich sagen, dass wir nach dieser Woche Ruhe brauchen.",
        "dass wir nach dieser Woche Ruhe brauchen",
        Some("ich"),
    ),
    (
        "habe_ich_is_indicative",
        "Anfang 2016 habe ich zusammen mit Kollegen gefordert, dass Maßnahmen umgesetzt werden.",
        "dass Maßnahmen umgesetzt werden",
        Some("ich"),
    ),
    (
        "addressed_name_before_sie",
        "Herr Brunner, Sie haben argumentiert, man solle verhandeln.",
        "man solle verhandeln",
        Some("Sie"),
    ),
];

#[test]
fn debate_fields() {
    check(DEBATE_FIELDS);
}

/// A cue that closes a relative clause has the relative pronoun as its subject, written as
/// such (the gold convention, as for `er` and `sie`); not when another subject stands in
/// the clause or the clause is a passive.
static RELATIVE_SUBJECTS: &[Case] = &[
    (
        "relative_pronoun_subject_feminine",
        "Die Klägerin nannte eine Nachbarin, die angab, den Mann gesehen zu haben.",
        "den Mann gesehen zu haben",
        Some("die"),
    ),
    (
        "relative_pronoun_subject_masculine",
        "Geladen war auch ein Gutachter aus Kiel, der erklärte, die Brücke sei sicher.",
        "die Brücke sei sicher",
        Some("der"),
    ),
    (
        "relative_clause_with_its_own_subject",
        "Die Frage, die die Regierung stellte, bleibe offen, erklärte der Verband.",
        "Die Frage, die die Regierung stellte, bleibe offen",
        Some("der Verband"),
    ),
    (
        "passive_relative_clause_names_no_one",
        "Die Dämpfe, die als „giftig“ beschrieben wurden, zogen über die Stadt.",
        "giftig",
        None,
    ),
];

#[test]
fn relative_pronouns_as_subjects() {
    check(RELATIVE_SUBJECTS);
}

/// A speaker phrase runs on through its genitive attributes, as the gold spans do (`ein
/// Sprecher des Ministeriums`, `der Leiter der städtischen Kliniken`, `die Online-Ausgabe
/// des „Kurier“`).
static GENITIVE_ATTRIBUTES: &[Case] = &[
    (
        "genitive_with_des_after_the_verb",
        "„Wir prüfen den Fall“, sagte ein Sprecher des Ministeriums.",
        "Wir prüfen den Fall",
        Some("ein Sprecher des Ministeriums"),
    ),
    (
        "genitive_with_adjective",
        "„Die Betten reichen“, erklärte der Leiter der städtischen Kliniken am Abend.",
        "Die Betten reichen",
        Some("der Leiter der städtischen Kliniken"),
    ),
    (
        "genitive_quoted_name",
        "„Die Zahlen stimmen nicht“, schrieb die Online-Ausgabe des „Kurier“ am Montag.",
        "Die Zahlen stimmen nicht",
        Some("die Online-Ausgabe des „Kurier“"),
    ),
    (
        "no_genitive_after_a_dative",
        "„Es bleibt dabei“, sagte der Trainer einem Reporter.",
        "Es bleibt dabei",
        Some("der Trainer"),
    ),
];

#[test]
fn genitive_attributes_belong_to_the_speaker() {
    check(GENITIVE_ATTRIBUTES);
}

/// A noun phrase in apposition, set off by commas, belongs to the speaker phrase as the gold
/// spans include it (`Der Leiter der Studie, Klaus Stöhr`, `X, der Minister des Landes`);
/// a relative clause, a clause of content, a list or a form of address does not.
static APPOSITIONS: &[Case] = &[
    (
        "name_in_apposition_before_the_verb",
        "Die Leiterin der Klinik, Petra Sommer, sagte: „Wir haben genug Betten.“",
        "Wir haben genug Betten.",
        Some("Die Leiterin der Klinik, Petra Sommer"),
    ),
    (
        "role_in_apposition_after_the_verb",
        "„Das reicht nicht“, sagte Jonas Falk, der Vorsitzende des Mieterbundes.",
        "Das reicht nicht",
        Some("Jonas Falk, der Vorsitzende des Mieterbundes"),
    ),
    (
        "apposition_then_relative_clause",
        "Lena Brandt, die Ministerin des Landes, die seit Mai im Amt ist, erklärte, die Schulen blieben offen.",
        "die Schulen blieben offen",
        Some("Lena Brandt, die Ministerin des Landes"),
    ),
    (
        "relative_clause_is_no_apposition",
        "Der Trainer, der seit Jahren im Verein ist, sagte, die Mannschaft sei bereit.",
        "die Mannschaft sei bereit",
        Some("Der Trainer"),
    ),
    (
        "content_clause_is_no_apposition",
        "Die Polizei erklärte, die Ermittlungen dauerten an.",
        "die Ermittlungen dauerten an",
        Some("Die Polizei"),
    ),
    (
        "form_of_address_is_no_apposition",
        "Die Ministerin, Frau Präsidentin, hat gesagt, dass sie kommt.",
        "dass sie kommt",
        Some("Die Ministerin"),
    ),
];

#[test]
fn appositions_belong_to_the_speaker() {
    check(APPOSITIONS);
}

/// Objects and passive subjects that fill the field before the verb are no speakers: a
/// masculine role in the nominative after the verb is the subject (`Die Reform lehnte der
/// Vorsitzende ab`), a prepositional phrase filling the field leaves the subject after the
/// verb, and a passive names its speaker with `von` (the `von` after no noun, else the last:
/// `die Gefahr von Bränden vom Wetterdienst`).
static FRONTED_OBJECTS_AND_AGENTS: &[Case] = &[
    (
        "fronted_object_before_masculine_role",
        "Die geplante Reform der Renten stellte der Vorsitzende Jan Berger offen in Frage: „Das trägt nicht.“",
        "Das trägt nicht.",
        Some("der Vorsitzende Jan Berger"),
    ),
    (
        "nominative_field_before_dative_medium",
        "Ein Anwohner erzählte der Lokalzeitung, die Feuerwehr sei spät gekommen.",
        "die Feuerwehr sei spät gekommen",
        Some("Ein Anwohner"),
    ),
    (
        "prepositional_field_with_coordination",
        "Nach einem Gespräch zwischen Rat und Verwaltung hält die Stadt am Plan von „zwölf neuen Kitas“ fest.",
        "zwölf neuen Kitas",
        Some("die Stadt"),
    ),
    (
        "passive_agent_after_an_attributive_von",
        "Im Süden wird die Gefahr von Bränden vom Wetterdienst als „sehr hoch“ eingestuft.",
        "sehr hoch",
        Some("Wetterdienst"),
    ),
    (
        "passive_subject_is_no_speaker",
        "Die Dörfer werden immer wieder von Hooligans durchquert, um „für Ordnung zu sorgen“.",
        "für Ordnung zu sorgen",
        Some("Hooligans"),
    ),
];

#[test]
fn fronted_objects_and_passive_agents() {
    check(FRONTED_OBJECTS_AND_AGENTS);
}

/// A quoted name inside the subject does not cut the clause (`Ein Vertreter der „x-tech ag“
/// bezeichnet …`, `Selbst die Zeitschrift „Nordlicht“ hatte … kritisiert`), and a past
/// plural right after a noun is the verb of a first conjunct (`Am Abend zogen Fans … und
/// skandierten …`), whose subject follows a reflexive pronoun (`zeigte sich die
/// Bürgermeisterin bestürzt und verurteilte …`).
static QUOTED_NAMES_AND_CONJUNCTS: &[Case] = &[
    (
        "lower_case_quoted_name_in_the_subject",
        "Ein Vertreter der „x-tech ag“ bezeichnet den Kauf von Aktien als „strategisch“.",
        "strategisch",
        Some("Ein Vertreter der „x-tech ag“"),
    ),
    (
        "quoted_name_before_an_auxiliary",
        "Selbst die linke Wochenzeitung „Nordlicht“ hatte letzten Mai kritisiert, dass sie „für ihre unkritische Einstellung“ bekannt sei.",
        "für ihre unkritische Einstellung",
        Some("die linke Wochenzeitung „Nordlicht“"),
    ),
    (
        "past_plural_verb_of_a_first_conjunct",
        "Am Abend zogen Fans vor das Stadion und skandierten Parolen wie „Vorstand raus“.",
        "Vorstand raus",
        Some("Fans"),
    ),
    (
        "reflexive_verb_of_a_first_conjunct",
        "Nach dem Anschlag zeigte sich die Bürgermeisterin bestürzt und verurteilte die Tat als „feige“.",
        "feige",
        Some("die Bürgermeisterin"),
    ),
];

#[test]
fn quoted_names_and_first_conjuncts() {
    check(QUOTED_NAMES_AND_CONJUNCTS);
}

/// A short parenthesis (`Jana Ott (Grüne)`) and a quoted name after the head noun (`die
/// Agentur „Nordpress“`) belong to the speaker phrase; a quotation after the phrase does not.
static PARENTHESES_AND_QUOTED_NAMES: &[Case] = &[
    (
        "party_in_parentheses",
        "Die Abgeordnete Jana Ott (Grüne) hat gefordert, dass die Schulen länger offen bleiben.",
        "dass die Schulen länger offen bleiben",
        Some("Die Abgeordnete Jana Ott (Grüne)"),
    ),
    (
        "quoted_name_after_the_head",
        "„Der Zug ist entgleist“, meldete die Agentur „Nordpress“ am Abend.",
        "Der Zug ist entgleist",
        Some("die Agentur „Nordpress“"),
    ),
    (
        "quotation_after_the_phrase_stays_out",
        "„Wir kommen“, sagte der Sprecher „und bleiben“.",
        "und bleiben",
        Some("der Sprecher"),
    ),
];

#[test]
fn parentheses_and_quoted_names_belong_to_the_speaker() {
    check(PARENTHESES_AND_QUOTED_NAMES);
}

/// A second verb after a comma with no phrase after it shares the subject of the main
/// clause before the comma; a verb form in `-en` right after a noun is that clause's verb,
/// not an adjective (`Beobachter monieren Mängel`).
static SHARED_SUBJECTS: &[Case] = &[
    (
        "second_verb_after_a_comma",
        "Internationale Beobachter monieren Mängel, sprechen aber davon, dass die Wahl frei gewesen sei.",
        "dass die Wahl frei gewesen sei",
        Some("Internationale Beobachter"),
    ),
    (
        "separable_second_verb_after_a_comma",
        "Die Polizei nahm den Mann fest, teilte aber mit, dass er wieder frei sei.",
        "dass er wieder frei sei",
        Some("Die Polizei"),
    ),
    (
        "subject_after_the_second_verb_wins",
        "Die Lage habe sich beruhigt, erklärte am Montag der Bürgermeister.",
        "Die Lage habe sich beruhigt",
        Some("der Bürgermeister"),
    ),
];

#[test]
fn second_verbs_share_the_subject() {
    check(SHARED_SUBJECTS);
}

/// A partitive pronoun before a genitive plural opens a nominative phrase (`Einer der
/// Ärzte`, `sagte eine der Lehrerinnen`).
static PARTITIVE_SUBJECTS: &[Case] = &[
    (
        "partitive_before_the_verb",
        "Einer der Ärzte sagte, die Lage auf der Station sei ernst.",
        "die Lage auf der Station sei ernst",
        Some("Einer der Ärzte"),
    ),
    (
        "partitive_after_the_verb",
        "„Wir brauchen mehr Personal“, sagte eine der Lehrerinnen.",
        "Wir brauchen mehr Personal",
        Some("eine der Lehrerinnen"),
    ),
    (
        "partitive_with_apposition_and_second_verb",
        "Einer der Organisatoren, Paul Renner, dankte den Helfern und ergänzte, das Fest sei ein Erfolg gewesen.",
        "das Fest sei ein Erfolg gewesen",
        Some("Einer der Organisatoren, Paul Renner"),
    ),
];

#[test]
fn partitive_pronouns_open_subjects() {
    check(PARTITIVE_SUBJECTS);
}

/// A demonstrative standing alone for a person named before is the speaker as written,
/// before the verb in Konjunktiv (`Dieser behaupte`), after it (`sagte dieser`) and after
/// `so` (`so letztere`); with a noun after it, it is an article (`dieser Verband`).
static DEMONSTRATIVE_SPEAKERS: &[Case] = &[
    (
        "demonstrative_before_a_konjunktiv_cue",
        "Die Anklage stützt sich auf einen Nachbarn. Dieser behaupte, den Angeklagten am Tatort gesehen zu haben.",
        "den Angeklagten am Tatort gesehen zu haben",
        Some("Dieser"),
    ),
    (
        "demonstrative_after_the_cue",
        "Die Reporter erreichten den Bürgermeister am Abend. Im Interview sagte dieser, die Brücke werde im Frühjahr saniert.",
        "die Brücke werde im Frühjahr saniert",
        Some("dieser"),
    ),
    (
        "demonstrative_after_a_direct_quote",
        "Der Trainer lobte seinen Torwart. „Ohne ihn hätten wir verloren“, erklärte dieser nach dem Spiel.",
        "Ohne ihn hätten wir verloren",
        Some("dieser"),
    ),
    (
        "letztere_after_so",
        "Neben der Ministerin sprach auch die Bürgermeisterin. „Wir brauchen mehr Radwege“, so letztere.",
        "Wir brauchen mehr Radwege",
        Some("letztere"),
    ),
    (
        "demonstrative_before_its_noun",
        "Der Handelsverband kritisierte die Pläne. „Wir bleiben in der Stadt“, erklärte dieser Verband am Montag.",
        "Wir bleiben in der Stadt",
        Some("dieser Verband"),
    ),
];

#[test]
fn demonstratives_stand_for_the_speaker() {
    check(DEMONSTRATIVE_SPEAKERS);
}

/// Two subjects in one sentence: a contrasting `während` clause reports what its own
/// subject said or did, also with a verb of saying of its own; a fronted plural object
/// before a singular verb leaves the subject after the verb, also a feminine `die` phrase.
static CLAUSES_WITH_THEIR_OWN_SUBJECT: &[Case] = &[
    (
        "waehrend_clause_as_content",
        "Die Reederei lehnte den Vorschlag zunächst ab, während die Gewerkschaften das Angebot begrüßten.",
        "während die Gewerkschaften das Angebot begrüßten",
        Some("die Gewerkschaften"),
    ),
    (
        "cue_inside_a_waehrend_clause",
        "Der Bürgermeister baut weiter, während die Bürgerinitiative den Neubau ablehnt und fordert, dass der Park erhalten bleibt.",
        "dass der Park erhalten bleibt",
        Some("die Bürgerinitiative"),
    ),
    (
        "waehrend_as_a_time_is_no_clause",
        "Der Zeuge behauptet, während der Verhandlung habe der Angeklagte gelacht.",
        "während der Verhandlung habe der Angeklagte gelacht",
        Some("Der Zeuge"),
    ),
    (
        "fronted_plural_object_before_die",
        "Die streikenden Arbeiter, die sich vor dem Werk versammelt hatten, beschrieb die Werksleitung als „aufgebracht“.",
        "aufgebracht",
        Some("die Werksleitung"),
    ),
];

#[test]
fn clauses_with_their_own_subject() {
    check(CLAUSES_WITH_THEIR_OWN_SUBJECT);
}

/// A naming verb closing a subordinate clause after its quotation (`…, weil die Regierung
/// das Land als „…“ bezeichnet hat`): the subject after the clause's conjunction, not the
/// main clause's subject nor a speaker from context.
static VERB_FINAL_NAMING: &[Case] = &[
    (
        "weil_clause_with_participle",
        "Der Bericht ist brisant, weil die Regierung das Land im Frühjahr als „junge stabile Demokratie“ bezeichnet hat.",
        "junge stabile Demokratie",
        Some("die Regierung"),
    ),
    (
        "nachdem_clause_with_finite_verb",
        "Die Spieler verließen den Platz, nachdem der Trainer den Schiedsrichter als „völlig überfordert“ bezeichnete.",
        "völlig überfordert",
        Some("der Trainer"),
    ),
    (
        "main_clause_keeps_its_subject",
        "Die Ministerin hat den Entwurf als „großen Wurf“ bezeichnet.",
        "großen Wurf",
        Some("Die Ministerin"),
    ),
];

#[test]
fn verb_final_naming_clauses() {
    check(VERB_FINAL_NAMING);
}

/// Prepositions beyond the common ones (`aufgrund`, `außer`, `oberhalb`, …) open a fronted
/// prepositional phrase, which is no subject: the speaker follows the finite verb.
static FRONTED_PREPOSITIONAL_PHRASES: &[Case] = &[
    (
        "aufgrund_phrase",
        "Aufgrund der hohen Kosten kündigte der Verband an, das Projekt zu beenden.",
        "das Projekt zu beenden",
        Some("der Verband"),
    ),
    (
        "oberhalb_phrase",
        "Oberhalb von 800 Metern warnt der Wetterdienst vor Sturmböen, die Straßen seien gefährlich.",
        "die Straßen seien gefährlich",
        Some("der Wetterdienst"),
    ),
    (
        "ausser_phrase",
        "Außer aus Berlin meldet das Amt auch aus Köln neue Fälle, die Lage sei ernst.",
        "die Lage sei ernst",
        Some("das Amt"),
    ),
];

#[test]
fn fronted_prepositional_phrases_are_no_subjects() {
    check(FRONTED_PREPOSITIONAL_PHRASES);
}

/// A colon after a clause that a comma sets off from fronted material (`Sichtlich bewegt,
/// aber gefasst, veröffentlichte die Familie folgende Zeilen: „…“`): the subject right after
/// that clause's finite verb (up to an adjective that opens the object), not a speaker from
/// the sentences before.
static LAST_CLAUSE_BEFORE_A_COLON: &[Case] = &[
    (
        "verb_unknown_to_the_lexicon",
        "Der Verein äußerte sich nicht. Sichtlich bewegt, aber gefasst, veröffentlichte die Familie am Abend folgende Zeilen: „Wir danken allen für die große Anteilnahme.“",
        "Wir danken allen für die große Anteilnahme.",
        Some("die Familie"),
    ),
    (
        "object_adjective_ends_the_subject",
        "Der Verband hält die Liste für unbedenklich. Höhnisch, wohl auf das Presseecho reagierend, veröffentlichte der Verfasser folgenden Kommentar dazu: „Wer gestrichen werden möchte, hat dazu jede Chance.“",
        "Wer gestrichen werden möchte, hat dazu jede Chance.",
        Some("der Verfasser"),
    ),
    (
        "fronted_time_and_place",
        "Die Spieler schwiegen. Nach dem Spiel, noch im Stadion, präsentierte der Trainer seine Sicht: „Wir haben heute verdient verloren.“",
        "Wir haben heute verdient verloren.",
        Some("der Trainer"),
    ),
];

#[test]
fn last_clause_before_a_colon() {
    check(LAST_CLAUSE_BEFORE_A_COLON);
}

/// A passive `zitieren` after a fronted prepositional phrase (`Zur Lage des Vereins wird X
/// wie folgt zitiert: „…“`): the quoted one follows the auxiliary; the genitive inside the
/// fronted phrase is no speaker.
static PASSIVE_ZITIEREN_AFTER_A_FRONTED_PHRASE: &[Case] = &[
    (
        "zur_phrase_before_wird",
        "Zur Lage des Vereins und seiner neuen Aufgabe wird Watzke auf der Internetseite wie folgt zitiert: „Es gab bestimmt auch Jahre, wo ich dieses Amt mit mehr Freude übernommen hätte.“",
        "Es gab bestimmt auch Jahre, wo ich dieses Amt mit mehr Freude übernommen hätte.",
        Some("Watzke"),
    ),
    (
        "time_phrase_before_wurde",
        "Am Montag wurde der Trainer in der Zeitung mit den Worten zitiert: „Wir haben heute verdient verloren.“",
        "Wir haben heute verdient verloren.",
        Some("der Trainer"),
    ),
];

#[test]
fn passive_zitieren_after_a_fronted_phrase() {
    check(PASSIVE_ZITIEREN_AFTER_A_FRONTED_PHRASE);
}

/// A quotation that stands written somewhere, with no verb of saying: the place it stands
/// in is the source (`Auf dem Transparent war … zu lesen`, `Darauf waren die Worte zu
/// lesen`, `In einem Schreiben war von einem „…“ die Rede`, `In dem Entwurf steht der
/// Passus`); `steht` needs a place that names a text (`in der Kritik` names none).
static WRITTEN_SOURCES: &[Case] = &[
    (
        "zu_lesen_after_the_quotation",
        "Hunderte zogen durch die Stadt. Auf dem Fronttransparent war die Parole „Autonome in Bewegung, wir greifen an“ zu lesen.",
        "Autonome in Bewegung, wir greifen an",
        Some("dem Fronttransparent"),
    ),
    (
        "darauf_opens_the_sentence",
        "Auslöser war ein Plakat. Darauf waren die Worte zu lesen: „Paris unterstützt die Menschenrechte auf der ganzen Welt.“",
        "Paris unterstützt die Menschenrechte auf der ganzen Welt.",
        Some("Darauf"),
    ),
    (
        "die_rede_in_a_letter",
        "Die Chefin sprach von einem offenen Prozess. In einem internen Schreiben an die Mitarbeiter war von einem „vertrauensvollen und offenen Dialog“ die Rede.",
        "vertrauensvollen und offenen Dialog",
        Some("einem internen Schreiben"),
    ),
    (
        "steht_in_a_draft",
        "Der Minister schwieg. Derzeit steht deshalb in dem Gesetzentwurf noch der Passus: „Die Fingerabdrücke sind nach der Aushändigung zu löschen.“",
        "Die Fingerabdrücke sind nach der Aushändigung zu löschen.",
        Some("dem Gesetzentwurf"),
    ),
    (
        "steht_in_criticism_is_no_text",
        "Der Kanzler schwieg. Die Opposition steht in der Kritik: „Wir haben keine Antworten bekommen.“",
        "Wir haben keine Antworten bekommen.",
        Some("Die Opposition"),
    ),
];

#[test]
fn written_sources() {
    check(WRITTEN_SOURCES);
}

/// A `wie` clause with a bare participle (`…, wie von der Regierung angekündigt, …`, `wie
/// schon vom Gericht entschieden`) is a passive: the agent after `von` is the source.
static WIE_PARTICIPLE_AGENTS: &[Case] = &[
    (
        "wie_von_before_the_participle",
        "Die Steuer soll, wie von der Regierung angekündigt, im Mai steigen.",
        "Die Steuer soll",
        Some("der Regierung"),
    ),
    (
        "adverb_between_wie_and_vom",
        "Die Kürzung verstoße, wie schon vom Gericht entschieden, gegen das Grundgesetz.",
        "gegen das Grundgesetz",
        Some("Gericht"),
    ),
    (
        "opening_wie_clause",
        "Wie von der Polizei mitgeteilt, ist der Täter geflohen.",
        "ist der Täter geflohen",
        Some("der Polizei"),
    ),
];

#[test]
fn wie_participle_agents() {
    check(WIE_PARTICIPLE_AGENTS);
}

/// A reaction that comes from someone (`Kritik kam von der Opposition`, `Lob kam vom
/// Bürgermeister: „…“`, `Aus den Reihen der AfD kam der Zwischenruf: „…“`): the phrase
/// after the preposition is the source, not the reaction noun.
static REACTION_SOURCES: &[Case] = &[
    (
        "lob_before_a_colon",
        "Lob kam vom Bürgermeister: „Das ist ein großer Erfolg für die Stadt.“",
        "Das ist ein großer Erfolg für die Stadt.",
        Some("Bürgermeister"),
    ),
    (
        "kritik_before_a_relative_clause",
        "Kritik kommt vom Fahrgastverband, der die Maßnahme als „Kapitulation vor den Randalierern“ sieht.",
        "Kapitulation vor den Randalierern",
        Some("Fahrgastverband"),
    ),
    (
        "adjective_and_adverb_around_kam",
        "Scharfe Kritik kam auch von den Grünen. Die Pläne seien unsozial.",
        "Die Pläne seien unsozial",
        Some("den Grünen"),
    ),
    // (Heckles and answers too, with the source fronted or in a bracketed note.)
    (
        "source_fronted_before_a_heckle",
        "Aus den Reihen der Opposition kam der Zwischenruf: „Das glauben Sie doch selbst nicht!“",
        "Das glauben Sie doch selbst nicht!",
        Some("den Reihen der Opposition"),
    ),
    (
        "answer_with_its_article",
        "Die Antwort kam prompt von der Gewerkschaft: „Das ist falsch.“",
        "Das ist falsch.",
        Some("der Gewerkschaft"),
    ),
    (
        "heckle_in_brackets",
        "Die Präsidentin ermahnte die Abgeordneten. (Zwischenruf von der Fraktion: „Endlich!“)",
        "Endlich!",
        Some("der Fraktion"),
    ),
];

#[test]
fn reaction_sources() {
    check(REACTION_SOURCES);
}

/// `der` before a noun of a feminine form (`-ung`, `-heit`, `-schaft`, …) after the verb is a
/// dative (`wirft der Regierung vor`), not a masculine subject: the speaker stays the subject
/// before the verb.
static FEMININE_DATIVES: &[Case] = &[
    (
        "wirft_der_regierung_vor",
        "Die Opposition wirft der Regierung vor, sie habe die Zahlen geschönt.",
        "sie habe die Zahlen geschönt",
        Some("Die Opposition"),
    ),
    (
        "bescheinigt_der_verwaltung",
        "Der Rechnungshof bescheinigt der Verwaltung, sie arbeite zu langsam.",
        "sie arbeite zu langsam",
        Some("Der Rechnungshof"),
    ),
    (
        "masculine_subject_kept",
        "Am Montag erklärte der Regierungssprecher, man prüfe den Fall.",
        "man prüfe den Fall",
        Some("der Regierungssprecher"),
    ),
];

#[test]
fn feminine_datives_are_no_subjects() {
    check(FEMININE_DATIVES);
}
