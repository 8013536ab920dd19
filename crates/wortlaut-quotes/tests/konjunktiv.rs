//! Konjunktiv I outside the word list (issue 5): an `-e` verb in the verb slot of a main
//! clause (`Die Partei propagiere …`, `Man blockiere …`, `Am Dienstag tage …`) continues
//! the report before it; nouns, adjectives, adverbs, participles, the past `-te` and
//! first-person indicatives in that place do not. Hand-written German text.

mod speaker_tables;

use speaker_tables::{check, speaker_of, Case};

/// Reports continued by a verb the list of Konjunktiv forms does not name: the speaker of
/// the report before.
static PRODUCTIVE: &[Case] = &[
    (
        "noun_phrase_subject",
        "Der Sprecher der Regierung sagte, die Lage sei ernst. \
         Die Partei propagiere offen Gewalt gegen Minderheiten.",
        "Die Partei propagiere offen Gewalt gegen Minderheiten",
        Some("Der Sprecher der Regierung"),
    ),
    (
        "impersonal_man",
        "Die Ministerin erklärte am Montag, das Gesetz komme zu spät. \
         Man blockiere seit Monaten jede Einigung.",
        "Man blockiere seit Monaten jede Einigung",
        Some("Die Ministerin"),
    ),
    (
        "fronted_phrase_then_subject",
        "Der Verband teilte mit, die Preise stiegen weiter. \
         Am Dienstag tage der Vorstand erneut mit den Kassen.",
        "Am Dienstag tage der Vorstand erneut mit den Kassen",
        Some("Der Verband"),
    ),
    (
        "adverb_then_separable_verb",
        "Der Vorsitzende sagte, die Satzung sei veraltet. \
         Zudem lade der Verein alle Mitglieder zu einer Versammlung ein.",
        "Zudem lade der Verein alle Mitglieder zu einer Versammlung ein",
        Some("Der Vorsitzende"),
    ),
    (
        "umlaut_stem_continues",
        "Der Anwalt sagte, sein Mandant sei unschuldig. \
         Die Anklage stütze sich nur auf Indizien.",
        "Die Anklage stütze sich nur auf Indizien",
        Some("Der Anwalt"),
    ),
    // Stems in `-t` have a Konjunktiv I in `-te` that no past shares (the past is
    // `geriet`, `rüstete`, `wartete`).
    (
        "t_stem_geraten",
        "Die Kämmerin sagte, die Kasse sei leer. Die Gemeinde gerate bald in Not.",
        "Die Gemeinde gerate bald in Not",
        Some("Die Kämmerin"),
    ),
    (
        "t_stem_ruesten",
        "Der Minister sagte, die Lage sei ernst. Das Nachbarland rüste massiv auf.",
        "Das Nachbarland rüste massiv auf",
        Some("Der Minister"),
    ),
    // (An umlaut before `-ste` is no strong past, so the form opens a report too.)
    (
        "t_stem_with_umlaut_after_a_talk",
        "Der Minister sprach mit der Zeitung. Das Nachbarland rüste massiv auf.",
        "Das Nachbarland rüste massiv auf",
        Some("Der Minister"),
    ),
    (
        "t_stem_warten",
        "Die Sprecherin sagte, die Pläne seien fertig. Die Regierung warte nur auf das Geld.",
        "Die Regierung warte nur auf das Geld",
        Some("Die Sprecherin"),
    ),
];

/// Sentences after a report whose `-e` word in or near the verb slot is no Konjunktiv:
/// none of them is taken as a continuation.
static NOT_KONJUNKTIV: &[(&str, &str)] = &[
    ("first_person", "Ich bemerke das seit Jahren"),
    (
        "attributive_adjective",
        "Die große Koalition regiert seit zwei Jahren",
    ),
    ("adverb_first", "Besonders große Sorge bereitet der Verkehr"),
    (
        "extended_attribute",
        "Die in Stuttgart geborene Autorin lebt in Berlin",
    ),
    (
        "present_participle",
        "Die das Unglück überlebende Frau liegt im Krankenhaus",
    ),
    ("past_tense", "Die Partei regierte damals allein"),
    ("past_tense_in_rte", "Die Partei führte damals allein"),
    (
        "adjective_before_noun",
        "Das Prager jungtschechische Organ berichtet darüber",
    ),
    (
        "adverb_after_subject",
        "Der Minister alleine entscheidet darüber nicht",
    ),
];

#[test]
fn productive_konjunktiv_continues_a_report() {
    check(PRODUCTIVE);
}

#[test]
fn other_e_words_continue_nothing() {
    for &(name, sentence) in NOT_KONJUNKTIV {
        let text = format!("Der Sprecher sagte, die Lage sei ernst. {sentence}.");
        assert_eq!(speaker_of(&text, sentence), None, "{name}: «{sentence}»");
        // The report before is still found.
        assert!(
            speaker_of(&text, "die Lage sei ernst").is_some(),
            "{name}: report"
        );
    }
}
