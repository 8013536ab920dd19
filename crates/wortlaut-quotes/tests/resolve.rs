//! Table tests for what a pronoun or `demnach` speaker resolves to without gazetteer
//! mentions: the source of the previous report, or the most recent person phrase of
//! fitting gender a few sentences back. Each row names a quotation by its text and gives
//! the speaker as written and the resolved text expected (or none).

use std::collections::HashSet;
use wortlaut_quotes::{Gender, Mention, MentionKind, QuoteDetector};
use wortlaut_tokenize::Span;
use wortlaut_tokenize::Tokenizer;

/// (name, text, quotation, speaker as written, resolved text or `None`).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// The speaker as written and its resolved text, for the quotation whose text is `quote`,
/// given the caller's entity `mentions`.
fn resolved_of(
    text: &str,
    quote: &str,
    mentions: &[Mention<'_>],
) -> Option<(String, Option<String>)> {
    let a = Tokenizer::new().analyze(text);
    QuoteDetector::new()
        .detect(text, &a, mentions)
        .iter()
        .find(|q| {
            // A whole-sentence report holds its closing stop; the rows name it without.
            let t = &text[q.span.range()];
            t.strip_suffix('.').unwrap_or(t) == quote
        })
        .and_then(|q| q.speaker.as_ref())
        .map(|s| {
            (
                text[s.span.range()].to_string(),
                s.resolved.map(|r| text[r.range()].to_string()),
            )
        })
}

fn check(table: &[Case]) {
    let mut names = HashSet::new();
    for &(name, text, quote, written, want) in table {
        assert!(names.insert(name), "duplicate case name {name}");
        assert_eq!(
            resolved_of(text, quote, &[]),
            Some((written.to_string(), want.map(str::to_string))),
            "{name}: speaker of «{quote}» in «{text}»"
        );
    }
}

#[test]
fn pronouns_resolve_to_person_phrases() {
    check(&[

        (
            "er_role_with_genitive",
            "Ein Sprecher der US-Armee bestätigte den Vorfall am Montag. Er sagte, die Soldaten seien unverletzt geblieben.",
            "die Soldaten seien unverletzt geblieben",
            "Er",
            Some("Ein Sprecher der US-Armee"),
        ),
        (
            "er_der_mann",
            "Der Mann wurde am Abend festgenommen. Vor Gericht sagte er, er habe von nichts gewusst.",
            "er habe von nichts gewusst",
            "er",
            Some("Der Mann"),
        ),
        (
            "er_adjective_and_age",
            "Ein 39-jähriger Landwirt fand das Tier auf seiner Weide. Er sagte, es sei schon tot gewesen.",
            "es sei schon tot gewesen",
            "Er",
            Some("Ein 39-jähriger Landwirt"),
        ),
        (
            "er_name_after_role",
            "Der Biologe Jody Hey untersuchte die Proben. Er sagte, die Ergebnisse seien eindeutig.",
            "die Ergebnisse seien eindeutig",
            "Er",
            Some("Jody Hey"),
        ),
        (
            "sie_female_role",
            "Eine Sprecherin der Stadt kündigte Änderungen an. Sie sagte, der Plan werde überarbeitet.",
            "der Plan werde überarbeitet",
            "Sie",
            Some("Eine Sprecherin der Stadt"),
        ),
        (
            "er_skips_female_role",
            "Der Arzt sprach mit einer Patientin und der Ministerin. Er sagte, die Lage sei ernst.",
            "die Lage sei ernst",
            "Er",
            Some("Der Arzt"),
        ),
        (
            "sie_skips_male_role",
            "Die Ärztin kam mit dem Mann ins Krankenhaus. Sie sagte, die Lage sei ernst.",
            "die Lage sei ernst",
            "Sie",
            Some("Die Ärztin"),
        ),
        (
            "er_not_plural_role",
            "Die Sprecher der Parteien trafen sich am Morgen. Er sagte, die Lage sei ernst.",
            "die Lage sei ernst",
            "Er",
            None,
        ),
        (
            "sie_plural_verb_stays_unresolved",
            "Die Ärztin traf die Helfer am Morgen. Sie sagten, die Lage sei ernst.",
            "die Lage sei ernst",
            "Sie",
            None,
        ),
        (
            "er_name_in_apposition_before",
            "Am Montag sprach Hans Weber, Sprecher der Stadtwerke, mit Journalisten. Er sagte, die Preise seien stabil.",
            "die Preise seien stabil",
            "Er",
            Some("Hans Weber"),
        ),
        (
            "sie_name_in_apposition_after",
            "Die Sprecherin der Polizei, Anna Berg, war vor Ort. Sie sagte, die Straße bleibe gesperrt.",
            "die Straße bleibe gesperrt",
            "Sie",
            Some("Anna Berg"),
        ),
        (
            "er_name_with_particle",
            "Der Außenminister Abdel-Malek al-Mikhlafi reiste am Sonntag ab. Er sagte, es werde erst wieder verhandelt.",
            "es werde erst wieder verhandelt",
            "Er",
            Some("Abdel-Malek al-Mikhlafi"),
        ),
        (
            "er_nobody_in_window",
            "Der Arzt kam am Montag. Das Wetter war schlecht. Es regnete. Die Straßen waren nass. Der Zug hatte Verspätung. Er sagte, die Lage sei ernst.",
            "die Lage sei ernst",
            "Er",
            None,
        ),
    ]);
}

#[test]
fn er_resolves_to_a_bare_name_that_spoke_before() {
    // A lone capitalised word without an article as the subject of a singular verb of
    // saying is a name (`warnte Drosten`); a bare plural (`warnten Experten`) is none.
    check(&[
        (
            "bare_name_inverted",
            "„Das Virus ist gefährlich“, warnte Drosten. „Wir müssen vorsichtig sein“, fügte er hinzu.",
            "Wir müssen vorsichtig sein",
            "er",
            Some("Drosten"),
        ),
        (
            "bare_name_before_its_verb",
            "Drosten warnte vor dem Virus. „Wir müssen vorsichtig sein“, sagte er.",
            "Wir müssen vorsichtig sein",
            "er",
            Some("Drosten"),
        ),
        (
            "bare_name_of_a_strong_verb",
            "Brenner wies die Vorwürfe zurück. Man habe alle Regeln eingehalten, sagte er.",
            "Man habe alle Regeln eingehalten",
            "er",
            Some("Brenner"),
        ),
        (
            "bare_plural_is_no_name",
            "„Das Virus ist gefährlich“, warnten Experten. „Wir müssen vorsichtig sein“, sagte er.",
            "Wir müssen vorsichtig sein",
            "er",
            None,
        ),
    ]);
}

#[test]
fn demnach_resolves_to_the_previous_source() {
    check(&[
        (
            "demnach_after_named_speaker",
            "Der Bürgermeister Hans Weber sagte am Montag, die Brücke werde im Mai eröffnet. Demnach sollen die Kosten bei drei Millionen Euro liegen.",
            "sollen die Kosten bei drei Millionen Euro liegen",
            "Demnach",
            Some("Hans Weber"),
        ),
        (
            "demnach_after_laut",
            "Laut der Polizei wurde niemand verletzt. Demnach sei der Fahrer geflohen.",
            "sei der Fahrer geflohen",
            "Demnach",
            Some("Polizei"),
        ),
        (
            "demnach_after_dative_pronoun_source",
            "Die Zahlen kamen am Abend. Ihnen zufolge hat die Partei gewonnen. Demnach hat die Opposition verloren.",
            "hat die Opposition verloren",
            "Demnach",
            None,
        ),
        (
            "demnach_after_a_person_reading_out",
            "Den Bericht verlas Ratsherr Jonas Pfeiffer. Demnach fehlten der Stadt zwei Millionen Euro.",
            "fehlten der Stadt zwei Millionen Euro",
            "Demnach",
            Some("Ratsherr Jonas Pfeiffer"),
        ),
        (
            "demnach_after_an_institution_subject",
            "Die Polizei war mit 40 Kräften im Einsatz. Demnach sei niemand verletzt worden.",
            "sei niemand verletzt worden",
            "Demnach",
            Some("Die Polizei"),
        ),
        (
            "demnach_after_a_thing",
            "Der Zug fuhr pünktlich ab. Demnach sei alles nach Plan verlaufen.",
            "sei alles nach Plan verlaufen",
            "Demnach",
            None,
        ),
    ]);
}

/// (name, text, (person name in the text, gender) mentions, quotation, speaker as written,
/// resolved text or `None`).
type MentionCase = (
    &'static str,
    &'static str,
    &'static [(&'static str, Gender)],
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// A person mention at the first occurrence of each listed name, with its gender if given.
fn person_mentions<'a>(text: &str, people: &[(&'a str, Option<Gender>)]) -> Vec<Mention<'a>> {
    people
        .iter()
        .enumerate()
        .map(|(index, &(who, gender))| {
            let start = text.find(who).expect("the mention is in the text");
            Mention {
                span: Span::new(start, start + who.len()),
                kind: MentionKind::Person,
                name: who,
                index,
                gender,
            }
        })
        .collect()
}

/// Like [`check`], with a person mention at the first occurrence of each listed name.
fn check_with_mentions(table: &[MentionCase]) {
    let mut names = HashSet::new();
    for &(name, text, people, quote, written, want) in table {
        assert!(names.insert(name), "duplicate case name {name}");
        let people: Vec<_> = people.iter().map(|&(who, g)| (who, Some(g))).collect();
        let mentions = person_mentions(text, &people);
        assert_eq!(
            resolved_of(text, quote, &mentions),
            Some((written.to_string(), want.map(str::to_string))),
            "{name}: speaker of «{quote}» in «{text}»"
        );
    }
}

/// (text, names of person mentions without a gender, quotation, speaker as written,
/// resolved text or `None`).
type UngenderedCase = (
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// Like [`check_with_mentions`], with person mentions whose gender the gazetteer does not
/// know.
fn check_ungendered(cases: &[UngenderedCase]) {
    for &(text, people, quote, written, want) in cases {
        let people: Vec<_> = people.iter().map(|&who| (who, None)).collect();
        let mentions = person_mentions(text, &people);
        assert_eq!(
            resolved_of(text, quote, &mentions),
            Some((written.to_string(), want.map(str::to_string))),
            "speaker of «{quote}» in «{text}»"
        );
    }
}

/// A source in the dative, as `zufolge` and `laut` take it, resolves as its nominative
/// does: a role noun (`Dem Juristen`, a weak noun, `der Ministerin`, not masculine before
/// `-in`) and a pronoun (`Ihm`, `Ihr`).
#[test]
fn dative_sources_resolve() {
    check_with_mentions(&[
        (
            "dative_weak_generic_noun",
            "Tobias Holzmüller äußerte sich zufrieden. Dem Juristen zufolge hat das Urteil \
             Signalwirkung.",
            &[("Tobias Holzmüller", Gender::Male)],
            "hat das Urteil Signalwirkung",
            "Dem Juristen",
            Some("Tobias Holzmüller"),
        ),
        (
            "dative_feminine_title",
            "Ministerin Karin Bauer äußerte sich zufrieden. Der Ministerin zufolge hat das \
             Urteil Signalwirkung.",
            &[("Karin Bauer", Gender::Female)],
            "hat das Urteil Signalwirkung",
            "Der Ministerin",
            Some("Karin Bauer"),
        ),
        (
            "dative_pronoun",
            "Anna Berg äußerte sich zufrieden. Ihr zufolge hat das Urteil Signalwirkung.",
            &[("Anna Berg", Gender::Female)],
            "hat das Urteil Signalwirkung",
            "Ihr",
            Some("Anna Berg"),
        ),
    ]);
}

#[test]
fn pronoun_mentions_are_near_and_singular() {
    check_with_mentions(&[
        (
            "er_after_a_role_that_spoke_since_the_name",
            "Anwalt Peter Roth äußerte sich am Abend. Klaus Bauer werde aussagen, betonte der \
             Anwalt. Er bestätigte, dass die Polizei das Haus durchsucht habe.",
            &[("Peter Roth", Gender::Male), ("Klaus Bauer", Gender::Male)],
            "dass die Polizei das Haus durchsucht habe",
            "Er",
            Some("Peter Roth"),
        ),
        (
            "sie_near_female_mention",
            "Die Ministerin Anna Berg besuchte am Montag die Schule. Sie sagte, der Neubau komme voran.",
            &[("Anna Berg", Gender::Female)],
            "der Neubau komme voran",
            "Sie",
            Some("Anna Berg"),
        ),
        (
            "sie_sagten_is_the_group_before",
            "Anna Berg eröffnete die Sitzung. Die Abgeordneten stimmten dagegen. Sie sagten, der Plan sei zu teuer.",
            &[("Anna Berg", Gender::Female)],
            "der Plan sei zu teuer",
            "Sie",
            Some("Die Abgeordneten"),
        ),
        (
            "erklaerten_sie_is_plural",
            "Anna Berg eröffnete die Sitzung. Der Plan sei zu teuer, erklärten sie am Abend.",
            &[("Anna Berg", Gender::Female)],
            "Der Plan sei zu teuer",
            "sie",
            None,
        ),
        (
            "sie_haben_is_the_group_before",
            "Anna Berg eröffnete die Sitzung. Die Gewerkschaften protestierten. Sie haben erklärt, die Kosten seien zu hoch.",
            &[("Anna Berg", Gender::Female)],
            "die Kosten seien zu hoch",
            "Sie",
            Some("Die Gewerkschaften"),
        ),
        (
            "er_mention_too_far_back",
            "Peter Brandt gründete die Firma 1990. Sie wuchs schnell. Das Werk zog nach Köln. Die Belegschaft wuchs auf 300. Im Jahr 2010 kam die Krise. Der Umsatz brach ein. Er sagte, man habe Fehler gemacht.",
            &[("Peter Brandt", Gender::Male)],
            "man habe Fehler gemacht",
            "Er",
            None,
        ),
        (
            "er_surname_repeated_nearby",
            "Peter Brandt gründete die Firma 1990. Sie wuchs schnell. Das Werk zog nach Köln. Die Belegschaft wuchs auf 300. Im Jahr 2010 übergab Brandt die Leitung. Er sagte, es sei Zeit dafür.",
            &[("Peter Brandt", Gender::Male)],
            "es sei Zeit dafür",
            "Er",
            Some("Peter Brandt"),
        ),
        (
            "er_most_recent_near_mention",
            "Peter Brandt eröffnete die Sitzung. Danach sprach Karl Wendt. Er sagte, die Lage sei ernst.",
            &[("Peter Brandt", Gender::Male), ("Karl Wendt", Gender::Male)],
            "die Lage sei ernst",
            "Er",
            Some("Karl Wendt"),
        ),
    ]);
}

#[test]
fn relative_pronouns_resolve_to_the_name_before_their_comma() {
    check_with_mentions(&[
        (
            "die_after_female_name",
            "Lob kam von Anna Berg, die erklärte, der Neubau komme gut voran.",
            &[("Anna Berg", Gender::Female)],
            "der Neubau komme gut voran",
            "die",
            Some("Anna Berg"),
        ),
        (
            "relative_subject_of_its_own_cue",
            "Kritik kam von Peter Brandt, der behauptete, das Werk sei zu teuer.",
            &[("Peter Brandt", Gender::Male)],
            "das Werk sei zu teuer",
            "der",
            Some("Peter Brandt"),
        ),
        (
            "gender_must_fit",
            "Kritik kam von Anna Berg, der behauptete, das Werk sei zu teuer.",
            &[("Anna Berg", Gender::Female)],
            "das Werk sei zu teuer",
            "der",
            None,
        ),
        (
            "no_name_before_the_comma",
            "Kritik kam von einem Experten, der behauptete, das Werk sei zu teuer.",
            &[],
            "das Werk sei zu teuer",
            "der",
            None,
        ),
    ]);
}

#[test]
fn a_name_closing_the_phrase_is_what_it_resolves_to() {
    check(&[
        (
            "apposition_without_its_closing_comma",
            "Der Weihbischof der Diözese Linz, Gerhard Maria Wagner hat den Papst gebeten, seine Ernennung zurückzunehmen.",
            "seine Ernennung zurückzunehmen",
            "Der Weihbischof der Diözese Linz, Gerhard Maria Wagner",
            Some("Gerhard Maria Wagner"),
        ),
        (
            "a_genitive_with_its_article_is_no_name",
            "„Wir investieren weiter“, sagte ein Sprecher der Deutschen Bank.",
            "Wir investieren weiter",
            "ein Sprecher der Deutschen Bank",
            None,
        ),
        (
            "a_name_after_its_role",
            "„Wir investieren weiter“, sagte Siemens-Chef Roland Busch.",
            "Wir investieren weiter",
            "Siemens-Chef Roland Busch",
            Some("Roland Busch"),
        ),
    ]);
    // A place found inside the name (`Roth`, a town) is not what the speaker resolves to.
    let text = "Die Sprecherin der Stadt, Anna Roth sagte, die Schule bleibe offen.";
    let start = text.find("Roth").unwrap();
    let place = Mention {
        span: Span::new(start, start + "Roth".len()),
        kind: MentionKind::Place,
        name: "Roth",
        index: 0,
        gender: None,
    };
    assert_eq!(
        resolved_of(text, "die Schule bleibe offen", &[place]),
        Some((
            "Die Sprecherin der Stadt, Anna Roth".to_string(),
            Some("Anna Roth".to_string())
        ))
    );
}

/// A noun of a medium with its article (`das Blatt`, `der Sender`) resolves to the latest
/// organisation named as a medium: a title in marks or a name after a noun of a medium; not
/// to any organisation (`die Polizei`).
#[test]
fn a_noun_of_a_medium_resolves_to_the_medium_named_before() {
    let org = |text: &str, name: &'static str| {
        let start = text.find(name).unwrap();
        Mention {
            span: Span::new(start, start + name.len()),
            kind: MentionKind::Organisation,
            name,
            index: 0,
            gender: None,
        }
    };
    let text = "Die „Süddeutsche Zeitung“ kommentiert die Lage. „Die Regierung hat versagt“, \
                schreibt das Blatt.";
    assert_eq!(
        resolved_of(
            text,
            "Die Regierung hat versagt",
            &[org(text, "Süddeutsche Zeitung")]
        ),
        Some((
            "das Blatt".to_string(),
            Some("Süddeutsche Zeitung".to_string())
        ))
    );
    let text = "Der Sender CNN berichtete zuerst. Der Sender berichtete, die Lage sei ernst.";
    assert_eq!(
        resolved_of(text, "die Lage sei ernst", &[org(text, "CNN")]),
        Some(("Der Sender".to_string(), Some("CNN".to_string())))
    );
    let text = "Die Polizei ermittelt. „Das ist schlimm“, schreibt die Zeitung.";
    assert_eq!(
        resolved_of(text, "Das ist schlimm", &[org(text, "Polizei")]),
        Some(("die Zeitung".to_string(), None))
    );
}

#[test]
fn an_own_source_phrase_resolves_to_the_subject_of_its_clause() {
    check(&[
        (
            "nach_eigenen_angaben_after_the_subject",
            "Die Firma beschäftigt nach eigenen Angaben rund 300 Menschen.",
            "rund 300 Menschen",
            "eigenen Angaben",
            Some("Die Firma"),
        ),
        (
            "nach_eigenen_angaben_before_the_subject",
            "Nach eigenen Angaben hat die Stadtverwaltung im Jahr 2020 weniger ausgegeben.",
            "hat die Stadtverwaltung im Jahr 2020 weniger ausgegeben",
            "eigenen Angaben",
            Some("die Stadtverwaltung"),
        ),
        (
            "nach_eigenen_angaben_with_a_pronoun_subject",
            "Der Minister traf am Montag ein. Er habe nach eigenen Angaben nichts gewusst.",
            "nichts gewusst",
            "eigenen Angaben",
            Some("Der Minister"),
        ),
    ]);
}

/// Of two fitting persons in an earlier sentence, the subject opening it beats one after
/// its verb: the subject goes on speaking. Not a person inside a genitive or after an
/// inverted verb.
#[test]
fn pronoun_prefers_the_earlier_subject() {
    check_with_mentions(&[
        (
            "subject_before_object",
            "Trainer Jan Roth lobte seinen Kapitän Max Weber. „Er ist ein Vorbild“, sagte er.",
            &[("Jan Roth", Gender::Male), ("Max Weber", Gender::Male)],
            "Er ist ein Vorbild",
            "er",
            Some("Jan Roth"),
        ),
        (
            "inverted_subject_stays_most_recent",
            "Jan Roth sprach mit dem Gast. Danach sagte Max Weber, man sei sich einig. Er \
             fügte hinzu, die Lage sei ernst.",
            &[("Jan Roth", Gender::Male), ("Max Weber", Gender::Male)],
            "die Lage sei ernst",
            "Er",
            Some("Max Weber"),
        ),
        (
            "no_subject_inside_a_genitive",
            "Das Angebot der Ministerin Anna Berg an Eva Roth kam spät. „Das ist gut“, sagte \
             sie.",
            &[("Anna Berg", Gender::Female), ("Eva Roth", Gender::Female)],
            "Das ist gut",
            "sie",
            Some("Eva Roth"),
        ),
    ]);
}

/// A person mention of unknown gender takes the gender of the person noun right before it
/// (`Kandidatin Anna Berger`, `Parteichef Michael Stein`); an age noun with its article
/// (`Der 52-Jährige`) points back to a person mention of its gender, as a pronoun does.
#[test]
fn genders_from_titles_and_age_nouns() {
    check_ungendered(&[
        (
            "Die Kandidatin Anna Berger und Parteichef Michael Stein stellten das Programm vor. \
             Er sagte, die Steuern müssten sinken. Sie ergänzte, Familien sollten entlastet \
             werden.",
            &["Anna Berger", "Michael Stein"],
            "Familien sollten entlastet werden",
            "Sie",
            Some("Anna Berger"),
        ),
        (
            "Die Kandidatin Anna Berger und Parteichef Michael Stein stellten das Programm vor. \
             Er sagte, die Steuern müssten sinken.",
            &["Anna Berger", "Michael Stein"],
            "die Steuern müssten sinken",
            "Er",
            Some("Michael Stein"),
        ),
        (
            "Die Trainerin Eva Roth verließ den Verein, ihr Nachfolger wird Max Weber. Der \
             41-Jährige sagte, er freue sich auf die Aufgabe.",
            &["Eva Roth", "Max Weber"],
            "er freue sich auf die Aufgabe",
            "Der 41-Jährige",
            Some("Max Weber"),
        ),
        (
            "Max Weber übergibt das Amt an Eva Roth. Die 38-Jährige sagte, sie wolle vieles \
             ändern.",
            &["Max Weber", "Eva Roth"],
            "sie wolle vieles ändern",
            "Die 38-Jährige",
            Some("Eva Roth"),
        ),
        // (Not past an unnamed person introduced since: the age is that person's.)
        (
            "Richterin Eva Roth eröffnete die Sitzung. Dann sagte eine Kassiererin aus. Die \
             38-Jährige sagte, sie habe den Täter erkannt.",
            &["Eva Roth"],
            "sie habe den Täter erkannt",
            "Die 38-Jährige",
            None,
        ),
    ]);
}

/// A definite role noun resolves to the person whose title ends with it (right before the
/// name, or heading the phrase the name is the apposition of); one that says only party or
/// trade to the latest person of its gender; a spokesman, a plural and a genitive plural to
/// no one.
#[test]
fn role_nouns_resolve_to_the_titled_person() {
    check_ungendered(&[
        (
            "Gesundheitsministerin Lea Sommer traf Bürgermeister Karl Brenner. Die Ministerin \
             sagte, die Klinik bleibe offen.",
            &["Lea Sommer", "Karl Brenner"],
            "die Klinik bleibe offen",
            "Die Ministerin",
            Some("Lea Sommer"),
        ),
        (
            "Der Vorsitzende des Vereins, Timo Graf, sprach mit Stadträtin Ute Kern. „Wir \
             bleiben hier“, sagte der Vorsitzende.",
            &["Timo Graf", "Ute Kern"],
            "Wir bleiben hier",
            "der Vorsitzende",
            Some("Timo Graf"),
        ),
        (
            "Landrat Jörg Mahler besuchte den Hof. „Das ist vorbildlich“, sagte der \
             SPD-Politiker.",
            &["Jörg Mahler"],
            "Das ist vorbildlich",
            "der SPD-Politiker",
            Some("Jörg Mahler"),
        ),
        // (Nouns of nationality, chairs and chiefs point back as party nouns do.)
        (
            "IWF-Direktorin Anne Leclerc warnte vor einer Rezession. „Die Lage ist ernst“, \
             sagte die Französin.",
            &["Anne Leclerc"],
            "Die Lage ist ernst",
            "die Französin",
            Some("Anne Leclerc"),
        ),
        // (By gender alone, not a person named only inside a quotation.)
        (
            "Teamchef Jean Morel lobte seinen Fahrer: „Pierre Gasly ist der Beste.“ Der Erfolg \
             sei verdient, sagte der Franzose.",
            &["Jean Morel", "Pierre Gasly"],
            "Der Erfolg sei verdient",
            "der Franzose",
            Some("Jean Morel"),
        ),
        (
            "Oppositionsführer Karl Brenner kritisierte den Etat. Der Entwurf sei ein Dokument \
             des Stillstands, sagte der CDU-Vorsitzende.",
            &["Karl Brenner"],
            "Der Entwurf sei ein Dokument des Stillstands",
            "der CDU-Vorsitzende",
            Some("Karl Brenner"),
        ),
        (
            "Innenminister Jörg Mahler besuchte den Hof. „Das ist vorbildlich“, sagte der \
             Sprecher.",
            &["Jörg Mahler"],
            "Das ist vorbildlich",
            "der Sprecher",
            None,
        ),
        (
            "Die Verbände kritisierten Ministerin Lea Sommer. Die Klinik müsse offen bleiben, \
             sagten die Verbände.",
            &["Lea Sommer"],
            "Die Klinik müsse offen bleiben",
            "die Verbände",
            None,
        ),
    ]);
}

/// A pronoun after its verb after a report stands for no one named inside that report, and
/// the report continued in the next sentence keeps its resolution; a `Sie` with a plural
/// verb the lexicon does not know (`Sie fordern`) is no single person but the group whose
/// plural subject opens a sentence before (`Die Mieter protestieren`).
#[test]
fn pronouns_skip_their_own_report_and_plurals() {
    const FALL: &str = "Auf der Baustelle stürzte ein Arbeiter vom Gerüst. Ein Sprecher der \
                        Firma bestätigte den Unfall. Der Mann sei leicht verletzt, sagte er. \
                        Die Arbeiten würden am Montag fortgesetzt.";
    check(&[
        (
            "er_not_inside_its_report",
            FALL,
            "Der Mann sei leicht verletzt",
            "er",
            Some("Ein Sprecher der Firma"),
        ),
        (
            "continued_report_keeps_the_resolution",
            FALL,
            "Die Arbeiten würden am Montag fortgesetzt",
            "er",
            Some("Ein Sprecher der Firma"),
        ),
    ]);
    let text = "Die Mieter protestieren gegen die Sanierung. „Wir bleiben“, sagte Sprecherin \
                Jana Voigt. Sie fordern einen Aufschub der Arbeiten.";
    let mentions = person_mentions(text, &[("Jana Voigt", Some(Gender::Female))]);
    assert_eq!(
        resolved_of(text, "Sie fordern einen Aufschub der Arbeiten", &mentions),
        Some(("Sie".to_string(), Some("Die Mieter".to_string())))
    );
    // (A plural subject that is no group of people is no antecedent.)
    let text = "Anna Berg eröffnete die Sitzung. Die Kosten steigen seit Jahren. Sie fordern \
                eine Entlastung.";
    let mentions = person_mentions(text, &[("Anna Berg", Some(Gender::Female))]);
    assert_eq!(
        resolved_of(text, "Sie fordern eine Entlastung", &mentions),
        Some(("Sie".to_string(), None))
    );
}

/// The one place mention `name` in `text`.
fn place_mention(text: &str, name: &'static str) -> Vec<Mention<'static>> {
    let start = text.find(name).expect("the place is in the text");
    vec![Mention {
        span: Span::new(start, start + name.len()),
        kind: MentionKind::Place,
        name,
        index: 0,
        gender: None,
    }]
}

/// A place closing the speaker phrase after an institution's name is part of the
/// institution (`Die Staatsanwaltschaft Köln` is no `Köln`); after a person's noun it is
/// what the phrase resolves to (`Der Vertreter Chiles`).
#[test]
fn a_place_after_an_institution_names_the_institution() {
    for (text, quote, name, written, want) in [
        (
            "Die Staatsanwaltschaft Kiel teilte mit, sie habe Anklage erhoben.",
            "sie habe Anklage erhoben",
            "Kiel",
            "Die Staatsanwaltschaft Kiel",
            "Staatsanwaltschaft Kiel",
        ),
        (
            "Der Vertreter Chiles sagte, man sei besorgt.",
            "man sei besorgt",
            "Chiles",
            "Der Vertreter Chiles",
            "Chiles",
        ),
        // (Past the lower-case words of a foreign name.)
        (
            "Forscher der University of Toronto teilten mit, die Schlange sei die größte.",
            "die Schlange sei die größte",
            "Toronto",
            "Forscher der University of Toronto",
            "University of Toronto",
        ),
        // (A name opening the phrase before its apposition is the person.)
        (
            "Karim Haddad, der Polizeichef der Region Tunis, sagte gegenüber der Agentur AFP, dass die Suche weitergehe.",
            "dass die Suche weitergehe",
            "Tunis",
            "Karim Haddad, der Polizeichef der Region Tunis",
            "Karim Haddad",
        ),
    ] {
        assert_eq!(
            resolved_of(text, quote, &place_mention(text, name)),
            Some((written.to_string(), Some(want.to_string()))),
            "{text}"
        );
    }
}

/// The earlier subject wins over a person after its verb also when the name stands in
/// apposition to the opening phrase and the verb is an auxiliary.
#[test]
fn the_earlier_subject_in_apposition_before_an_auxiliary() {
    check_ungendered(&[(
        "Die Trainerin des Vereins, Lena Stoll, hat ihre Torhüterin Mia Brandt gelobt. „Sie \
         war großartig“, sagte sie.",
        &["Lena Stoll", "Mia Brandt"],
        "Sie war großartig",
        "sie",
        Some("Lena Stoll"),
    )]);
}

/// A pronoun stands for no one named in its own clause (`Bei einem Treffen mit Präsident X
/// sicherte er … zu`), and a role noun opening a later sentence is a more recent mention of
/// its person than a name in between (`Kehl warf der Ministerin vor, … Die Ministerin wies
/// das zurück. „…“, sagte sie.`).
#[test]
fn pronouns_skip_their_own_clause_and_follow_a_later_role_noun() {
    check_with_mentions(&[
        (
            "er_not_the_name_in_its_own_clause",
            "Kanzler Olaf Brandt traf in Kiew ein. Bei einem Treffen mit Präsident Ivan Koval \
             sicherte er weitere Hilfe zu.",
            &[("Olaf Brandt", Gender::Male), ("Ivan Koval", Gender::Male)],
            "Bei einem Treffen mit Präsident Ivan Koval sicherte er weitere Hilfe zu",
            "er",
            Some("Olaf Brandt"),
        ),
        (
            "sie_after_a_role_noun_subject",
            "Familienministerin Heike Brandes stritt mit der Abgeordneten Sonja Kehl. Kehl warf \
             der Ministerin vor, das Elterngeld zu kürzen. Die Ministerin wies das zurück. \
             „Kein einziger Euro wird gestrichen“, sagte sie.",
            &[
                ("Heike Brandes", Gender::Female),
                ("Sonja Kehl", Gender::Female),
            ],
            "Kein einziger Euro wird gestrichen",
            "sie",
            Some("Heike Brandes"),
        ),
    ]);
}

/// Organisation mentions at the first occurrence of each listed name.
fn org_mentions<'a>(text: &str, orgs: &[&'a str]) -> Vec<Mention<'a>> {
    orgs.iter()
        .enumerate()
        .map(|(index, &who)| {
            let start = text.find(who).expect("the mention is in the text");
            Mention {
                span: Span::new(start, start + who.len()),
                kind: MentionKind::Organisation,
                name: who,
                index,
                gender: None,
            }
        })
        .collect()
}

/// `das Unternehmen` and a singular `Sie` refer back to an organisation named just before
/// (the `Sie` only to one opening its sentence after `Die` as the subject of a singular
/// verb); a plural `Sie` does not.
#[test]
fn organisation_nouns_and_sie_resolve_to_an_organisation() {
    for (text, orgs, quote, written, want) in [
        (
            "Der Technologiekonzern Siemens hat weniger verdient. Wie das Unternehmen mitteilte, sank der Gewinn um acht Prozent.",
            &["Siemens"][..],
            "sank der Gewinn um acht Prozent",
            "das Unternehmen",
            Some("Siemens"),
        ),
        (
            // (The organisation the noun introduced, not the nearest one.)
            "Die Gewerkschaft Verdi ruft zum Streik auf. Die Lufthansa bedauerte das. Wie die Gewerkschaft mitteilte, fallen 900 Flüge aus.",
            &["Verdi", "Lufthansa"][..],
            "fallen 900 Flüge aus",
            "die Gewerkschaft",
            Some("Verdi"),
        ),
        (
            "Die IG Metall protestiert gegen die Pläne. Sie verlangt, dass der Konzern auf Kündigungen verzichtet.",
            &["IG Metall"][..],
            "dass der Konzern auf Kündigungen verzichtet",
            "Sie",
            Some("IG Metall"),
        ),
        (
            "Die IG Metall protestiert gegen die Pläne. Sie verlangen, dass der Konzern auf Kündigungen verzichtet.",
            &["IG Metall"][..],
            "dass der Konzern auf Kündigungen verzichtet",
            "Sie",
            None,
        ),
        (
            "Beschäftigte von Volkswagen protestieren gegen die Pläne. Sie verlangt, dass der Konzern auf Kündigungen verzichtet.",
            &["Volkswagen"][..],
            "dass der Konzern auf Kündigungen verzichtet",
            "Sie",
            None,
        ),
    ] {
        let mentions = org_mentions(text, orgs);
        assert_eq!(
            resolved_of(text, quote, &mentions),
            Some((written.to_string(), want.map(str::to_string))),
            "speaker of «{quote}» in «{text}»"
        );
    }
}

/// A role noun after `so` closing a report is not a person named inside that report
/// (`Scholz habe ihn getrieben, so der FDP-Vorsitzende` is Lindner, not Scholz).
#[test]
fn a_role_after_so_skips_names_inside_its_report() {
    let text = "Scholz warf Finanzminister Christian Lindner vor, sein Vertrauen gebrochen zu \
                haben. Lindner wies die Vorwürfe zurück. Scholz habe ihn bewusst in die \
                Entlassung getrieben, so der FDP-Vorsitzende.";
    let mut mentions = person_mentions(
        text,
        &[
            ("Scholz", Some(Gender::Male)),
            ("Christian Lindner", Some(Gender::Male)),
        ],
    );
    // (The later `Lindner` and `Scholz` as the gazetteer's short mentions.)
    for (k, who) in [(85, "Lindner"), (119, "Scholz")] {
        let at = text[k..].find(who).unwrap() + k;
        mentions.push(Mention {
            span: Span::new(at, at + who.len()),
            kind: MentionKind::Person,
            name: who,
            index: mentions.len(),
            gender: Some(Gender::Male),
        });
    }
    mentions.sort_by_key(|m| m.span.start);
    assert_eq!(
        resolved_of(
            text,
            "Scholz habe ihn bewusst in die Entlassung getrieben",
            &mentions
        ),
        Some((
            "der FDP-Vorsitzende".to_string(),
            Some("Lindner".to_string())
        ))
    );
}

/// An organisation noun after a place's adjective (`das Walldorfer Unternehmen`) refers back
/// as the bare noun does; after `neue` it may be a company not named yet, and stays open.
#[test]
fn organisation_nouns_with_a_place_adjective() {
    for (text, quote, written, want) in [
        (
            "Der Softwarekonzern SAP hat seine Prognose gesenkt. Das Walldorfer Unternehmen teilte mit, die Nachfrage sei schwach.",
            "die Nachfrage sei schwach",
            "Das Walldorfer Unternehmen",
            Some("SAP"),
        ),
        (
            "Der Softwarekonzern SAP hat seine Sparte verkauft. Das neue Unternehmen teilte mit, die Nachfrage sei schwach.",
            "die Nachfrage sei schwach",
            "Das neue Unternehmen",
            None,
        ),
    ] {
        let mentions = org_mentions(text, &["SAP"]);
        let got = resolved_of(text, quote, &mentions);
        assert_eq!(got.as_ref().map(|g| g.0.as_str()), Some(written), "{text}");
        assert_eq!(
            got.and_then(|g| g.1).filter(|r| r == "SAP").as_deref(),
            want,
            "{text}"
        );
    }
}

/// `das Institut`, `das Gericht` refer back only to an organisation whose name holds the
/// noun (`Robert Koch-Institut`), not to any organisation before (else the noun stands for
/// itself, `Institut`); a title noun before an
/// unlisted name is left out of the resolved name (`Sänger Bill Kaulitz` → `Bill Kaulitz`).
#[test]
fn named_organisation_nouns_and_titles_before_unlisted_names() {
    for (text, orgs, quote, written, want) in [
        (
            "Das Robert Koch-Institut legte am Montag neue Zahlen vor. Im vergangenen Jahr seien \
             25.000 Fälle registriert worden, teilte das Institut mit.",
            &["Robert Koch-Institut"][..],
            "Im vergangenen Jahr seien 25.000 Fälle registriert worden",
            "das Institut",
            Some("Robert Koch-Institut"),
        ),
        (
            "Siemens legte am Montag neue Zahlen vor. Im vergangenen Jahr seien 25.000 Fälle \
             registriert worden, teilte das Institut mit.",
            &["Siemens"][..],
            "Im vergangenen Jahr seien 25.000 Fälle registriert worden",
            "das Institut",
            Some("Institut"),
        ),
        (
            "„Wir haben euch vermisst“, rief Sänger Bill Kaulitz.",
            &[][..],
            "Wir haben euch vermisst",
            "Sänger Bill Kaulitz",
            Some("Bill Kaulitz"),
        ),
    ] {
        let mentions = org_mentions(text, orgs);
        assert_eq!(
            resolved_of(text, quote, &mentions),
            Some((written.to_string(), want.map(str::to_string))),
            "speaker of «{quote}» in «{text}»"
        );
    }
}

/// A possessive before a noun of what was said (`Sein Fazit: „…“`) points to its possessor
/// by gender; a singular profession noun (`die Medizinerin`) to the person of its gender
/// introduced with a noun of a person in the last sentences; an office (`der Minister`) or
/// a plural (`die Forscher`) does not take a person that way.
#[test]
fn possessives_and_profession_nouns_point_to_the_person() {
    check_with_mentions(&[
        (
            "sein_fazit",
            "Verkehrssenator Jonas Petersen fuhr die Strecke ab. Sein Fazit: „Das ist ein Gewinn.“",
            &[("Jonas Petersen", Gender::Male)],
            "Das ist ein Gewinn",
            "Sein Fazit",
            Some("Jonas Petersen"),
        ),
        (
            "ihr_fazit_not_his",
            "Verkehrssenator Jonas Petersen fuhr die Strecke ab. Ihr Fazit: „Das ist ein Gewinn.“",
            &[("Jonas Petersen", Gender::Male)],
            "Das ist ein Gewinn",
            "Ihr Fazit",
            None,
        ),
        (
            "die_medizinerin",
            "Kinderärztin Miriam Hollerbach behandelte das Kind. „Das war ein Albtraum“, \
             erzählt die Medizinerin.",
            &[("Miriam Hollerbach", Gender::Female)],
            "Das war ein Albtraum",
            "die Medizinerin",
            Some("Miriam Hollerbach"),
        ),
        (
            "die_forscher_plural",
            "Die Biologin Anna Berg leitete die Studie. „Das war ein Erfolg“, sagten die Forscher.",
            &[("Anna Berg", Gender::Female)],
            "Das war ein Erfolg",
            "die Forscher",
            None,
        ),
    ]);
}

/// An abbreviation defined in parentheses earlier resolves to the name before them
/// (`Der Deutsche Wetterdienst (DWD) … teilte der DWD mit`).
#[test]
fn an_abbreviation_resolves_to_the_name_it_was_defined_for() {
    check(&[
        (
            "dwd",
            "Der Deutsche Wetterdienst (DWD) warnt vor Sturm. Örtlich sei mit Hagel zu \
             rechnen, teilte der DWD mit.",
            "Örtlich sei mit Hagel zu rechnen",
            "der DWD",
            Some("Deutsche Wetterdienst"),
        ),
        (
            "bka_undefined",
            "Das Amt ermittelt. Die Lage sei ernst, sagte ein Sprecher des BKA.",
            "Die Lage sei ernst",
            "ein Sprecher des BKA",
            None,
        ),
    ]);
}

/// A defined name with `für` inside (`Internationale Organisation für Migration (IOM)`) is
/// taken whole; a genitive before it is not (`Angaben des …`).
#[test]
fn an_abbreviation_for_a_name_with_fuer() {
    check(&[(
        "iom",
        "Die Internationale Organisation für Migration (IOM) schlägt Alarm. Es gebe viele \
         Tote, teilte die IOM mit.",
        "Es gebe viele Tote",
        "die IOM",
        Some("Internationale Organisation für Migration"),
    )]);
}

/// A source after a noun of statement is written with the noun (`Angaben des Sprechers X`,
/// as Wikinews annotates it) and resolves to the source inside it.
#[test]
fn a_noun_of_statement_resolves_to_its_source() {
    check(&[
        (
            "ansicht_von",
            "Nach Ansicht von Anna Weber sei die Reform gescheitert.",
            "sei die Reform gescheitert",
            "Ansicht von Anna Weber",
            Some("Anna Weber"),
        ),
        (
            "angaben_des_sprechers",
            "Die Polizei sperrte die Straße. Nach Angaben der Sprecherin Jana Meier sei \
             niemand verletzt worden.",
            "sei niemand verletzt worden",
            "Angaben der Sprecherin Jana Meier",
            Some("Jana Meier"),
        ),
        (
            "den_worten",
            "Nach den Worten von Bürgermeister Tom Kaiser fehle ein Konzept.",
            "fehle ein Konzept",
            "den Worten von Bürgermeister Tom Kaiser",
            Some("Tom Kaiser"),
        ),
    ]);
}

/// A name before its apposition is what the phrase resolves to, also when the apposition
/// names an organisation or holds a quoted name or a phrase with a preposition; the
/// apposition is part of the speaker as written.
#[test]
fn a_name_before_its_apposition_resolves() {
    check(&[
        (
            "chef_der_firma",
            "Die Lage sei ernst, sagte Bernd Krause, Chef der Firma Krause Logistik.",
            "Die Lage sei ernst",
            "Bernd Krause, Chef der Firma Krause Logistik",
            Some("Bernd Krause"),
        ),
        (
            "quoted_name_inside",
            "Die Lage sei ernst, sagte Jana Roth, die Sprecherin der Initiative „Saubere Luft“.",
            "Die Lage sei ernst",
            "Jana Roth, die Sprecherin der Initiative „Saubere Luft“",
            Some("Jana Roth"),
        ),
        (
            "preposition_inside",
            "Tom Berger, ein Sprecher des Wetterdienstes in Hamburg, sagte, der Sturm ziehe ab.",
            "der Sturm ziehe ab",
            "Tom Berger, ein Sprecher des Wetterdienstes in Hamburg",
            Some("Tom Berger"),
        ),
        (
            "nach_angaben_with_apposition",
            "Nach Angaben von Peter Beck, dem Dekan, sei niemand verletzt worden.",
            "sei niemand verletzt worden",
            "Angaben von Peter Beck, dem Dekan",
            Some("Peter Beck"),
        ),
    ]);
}

/// A short parenthesis of names right after the speaker (a party, an abbreviation) is part
/// of the mention as written, and so is `vom X` after a name (the body the person speaks
/// for), but not a date after `vom`.
#[test]
fn a_party_or_abbreviation_in_brackets_joins_the_mention() {
    check(&[
        (
            "party",
            "Die Reform sei gescheitert, sagte Anna Weber (Grüne) am Montag.",
            "Die Reform sei gescheitert",
            "Anna Weber (Grüne)",
            Some("Anna Weber"),
        ),
        (
            "vom_body",
            "Die Lage sei ernst, sagte Jan Roth vom Verband Deutscher Bäcker.",
            "Die Lage sei ernst",
            "Jan Roth vom Verband Deutscher Bäcker",
            Some("Jan Roth"),
        ),
        (
            "vom_date_stays_out",
            "Die Lage sei ernst, sagte Jan Roth vom Montag an.",
            "Die Lage sei ernst",
            "Jan Roth",
            Some("Jan Roth"),
        ),
        (
            "nach_angaben_abbreviation",
            "Nach Angaben des Deutschen Wetterdienstes (DWD) sei der Sturm abgezogen.",
            "sei der Sturm abgezogen",
            "Angaben des Deutschen Wetterdienstes (DWD)",
            Some("Deutschen Wetterdienstes"),
        ),
    ]);
}

/// An institution named by its noun alone stands for itself, without its article, so that
/// `der Polizei`, `Angaben der Polizei` and `die Polizei` count as one source.
#[test]
fn an_institution_noun_resolves_to_itself() {
    check(&[
        (
            "angaben_der_polizei",
            "Nach Angaben der Polizei seien drei Menschen gestorben.",
            "seien drei Menschen gestorben",
            "Angaben der Polizei",
            Some("Polizei"),
        ),
        (
            "dative_ministry",
            "Die Lage sei ernst, hieß es aus dem Finanzministerium.",
            "Die Lage sei ernst",
            "dem Finanzministerium",
            Some("Finanzministerium"),
        ),
        (
            "adjective_and_abbreviation",
            "Die Kölner Staatsanwaltschaft (StA) teilte mit, der Mann sei gefasst.",
            "der Mann sei gefasst",
            "Die Kölner Staatsanwaltschaft (StA)",
            Some("Kölner Staatsanwaltschaft"),
        ),
        (
            "a_person_noun_is_no_institution",
            "Ein Sprecher sagte, die Lage sei ernst.",
            "die Lage sei ernst",
            "Ein Sprecher",
            None,
        ),
    ]);
}

/// A noun of nationality or region (`der Slowene`, `die Steirerin`) points back to the
/// latest person of its gender, as `die CDU-Politikerin` does.
#[test]
fn regional_and_national_nouns_resolve_to_the_person_before() {
    check_with_mentions(&[
        (
            "slowene",
            "Der Trainer Luka Novak war zufrieden. „Wir haben gut gespielt“, sagte der Slowene.",
            &[("Luka Novak", Gender::Male)],
            "Wir haben gut gespielt",
            "der Slowene",
            Some("Luka Novak"),
        ),
        (
            "steirerin",
            "Die Skirennläuferin Cornelia Hütter jubelte. „Cortina liegt mir“, sagte die Steirerin.",
            &[("Cornelia Hütter", Gender::Female)],
            "Cortina liegt mir",
            "die Steirerin",
            Some("Cornelia Hütter"),
        ),
    ]);
}

/// A demonstrative standing alone as the speaker (`Dieser sagte`, `sagte diese`) points back
/// to the latest person of its gender, as a pronoun does.
#[test]
fn demonstratives_resolve_as_pronouns() {
    check_with_mentions(&[
        (
            "dieser",
            "Anwalt Peter Kraus kam spät. Dieser sagte, sein Mandant sei unschuldig.",
            &[("Peter Kraus", Gender::Male)],
            "sein Mandant sei unschuldig",
            "Dieser",
            Some("Peter Kraus"),
        ),
        (
            "diese",
            "Die Anwältin Petra Kraus kam spät. „Er ist unschuldig“, sagte diese.",
            &[("Petra Kraus", Gender::Female)],
            "Er ist unschuldig",
            "diese",
            Some("Petra Kraus"),
        ),
    ]);
}

/// A possessive before a noun of statement (`nach seinen Angaben`, `ihren Worten zufolge`)
/// points to its possessor, as a pronoun does: not to another subject of its clause.
#[test]
fn possessive_statement_nouns_resolve_to_the_possessor() {
    check(&[
        (
            "nach ihren Worten",
            "Die Ministerin Anna Berg sprach in Berlin. Nach ihren Worten sei die Lage ernst.",
            "sei die Lage ernst",
            "ihren Worten",
            Some("Anna Berg"),
        ),
        (
            "seinen Angaben zufolge",
            "Der Sprecher Peter Roth kam aus Kiel. Seinen Angaben zufolge wurden drei Menschen \
             verletzt.",
            "wurden drei Menschen verletzt",
            "Seinen Angaben",
            Some("Peter Roth"),
        ),
    ]);
}

/// A `sie` before a singular auxiliary is one woman, whatever the participle of saying ends
/// in (`Sie hat zugegeben`); before a plural verb it is a group.
#[test]
fn sie_with_a_singular_auxiliary_and_a_participle_in_en() {
    check(&[
        (
            "hat zugegeben",
            "Die Tennisspielerin Maria Scharapowa wurde gesperrt. Sie hat zugegeben, das Mittel \
             genommen zu haben.",
            "das Mittel genommen zu haben",
            "Sie",
            Some("Maria Scharapowa"),
        ),
        (
            "haben zugegeben",
            "Die Tennisspielerin Maria Scharapowa wurde gesperrt. Sie haben zugegeben, das Mittel \
             genommen zu haben.",
            "das Mittel genommen zu haben",
            "Sie",
            None,
        ),
    ]);
}

/// A synonym of a title points back to the person with that title (`der Coach` after
/// `Trainer X`, `der Keeper` after `Torwart Y`), not to the latest person of its gender.
#[test]
fn a_synonym_of_a_title_points_back_to_its_bearer() {
    check_with_mentions(&[
        (
            "der Coach",
            "Trainer Jürgen Klopp lobte Stürmer Mo Salah. „Wir haben gut gespielt“, sagte der \
             Coach.",
            &[("Jürgen Klopp", Gender::Male), ("Mo Salah", Gender::Male)],
            "Wir haben gut gespielt",
            "der Coach",
            Some("Jürgen Klopp"),
        ),
        (
            "der Keeper",
            "Torwart Manuel Neuer hielt stark gegen Thomas Müller. „Das war schwer“, sagte der \
             Keeper.",
            &[
                ("Manuel Neuer", Gender::Male),
                ("Thomas Müller", Gender::Male),
            ],
            "Das war schwer",
            "der Keeper",
            Some("Manuel Neuer"),
        ),
    ]);
}

/// A singular `sie`, or `ihr-` before a noun of statement, with no woman named before it
/// points to an authority named by its feminine noun opening a sentence just before, not
/// past a person named since.
#[test]
fn sie_after_an_authority_named_by_its_noun() {
    check(&[
        (
            "sie teilte mit",
            "Die Polizei war vor Ort. Sie teilte mit, drei Menschen seien verletzt worden.",
            "drei Menschen seien verletzt worden",
            "Sie",
            Some("Polizei"),
        ),
        (
            "nach ihren Angaben",
            "Die Kölner Staatsanwaltschaft ermittelt. Nach ihren Angaben sei das Feuer gelegt \
             worden.",
            "sei das Feuer gelegt worden",
            "ihren Angaben",
            Some("Kölner Staatsanwaltschaft"),
        ),
    ]);
    // Not past a person named since.
    let text = "Die Polizei nahm die Zeugin Anna Berg mit. Sie sagte, sie habe nichts gesehen.";
    let got = resolved_of(text, "sie habe nichts gesehen", &[]);
    assert!(
        got.as_ref()
            .is_some_and(|(_, r)| r.as_deref() != Some("Polizei")),
        "{got:?}"
    );
}

/// A place after a preposition in the speaker's phrase is where the speaker is, not who
/// speaks (`Ein Anwohner aus Köln`, `Ein Regierungssprecher in Berlin`), unless a
/// government stands for its seat (`Die Regierung in Washington`); after `von` it stays
/// whose the speaker is (`die Regierung von Kanada`).
#[test]
fn a_place_after_a_preposition_is_no_speaker() {
    for (text, quote, name, want) in [
        (
            "Ein Anwohner aus Köln sagte, er habe nichts gehört.",
            "er habe nichts gehört",
            "Köln",
            None,
        ),
        (
            "Ein Regierungssprecher in Berlin sagte, die Maschine kehre zurück.",
            "die Maschine kehre zurück",
            "Berlin",
            None,
        ),
        (
            "Die Regierung von Kanada erklärte, man sei bereit.",
            "man sei bereit",
            "Kanada",
            Some("Kanada"),
        ),
        // (Only a government stands for its seat; a church, a firm or an observatory in a
        // place is no place, also after a coordination.)
        (
            "Die Regierung in Washington erklärte, man sei besorgt.",
            "man sei besorgt",
            "Washington",
            Some("Washington"),
        ),
        (
            "Die Evangelische Kirche in Hessen und Nassau erklärte, man sei besorgt.",
            "man sei besorgt",
            "Nassau",
            None,
        ),
        (
            "Das Unternehmen in Stuttgart erklärte, man sei zufrieden.",
            "man sei zufrieden",
            "Stuttgart",
            None,
        ),
    ] {
        let got = resolved_of(text, quote, &place_mention(text, name));
        assert_eq!(got.and_then(|x| x.1).as_deref(), want, "{text}");
    }
}

/// A demonym of a German, Austrian or Swiss region or of a nation, an economist's or
/// lawyer's noun, or a party member's creed points back to the latest person of its gender
/// as `der Liberale` did.
#[test]
fn regional_demonyms_and_creeds_point_back() {
    for (text, quote, written, name) in [
        (
            "Tino Chrupalla kritisierte die Regierung. „Das ist ein Skandal“, sagte der Sachse.",
            "Das ist ein Skandal",
            "der Sachse",
            "Tino Chrupalla",
        ),
        (
            "Guy Parmelin traf die Delegation. „Wir sind zufrieden“, sagte der Waadtländer.",
            "Wir sind zufrieden",
            "der Waadtländer",
            "Guy Parmelin",
        ),
        (
            "Clemens Fuest warnte vor einer Rezession. Der Ökonom sagte, die Lage sei ernst.",
            "die Lage sei ernst",
            "Der Ökonom",
            "Clemens Fuest",
        ),
        (
            "Herbert Kickl sprach in Wien. Der Freiheitliche sagte, man werde gewinnen.",
            "man werde gewinnen",
            "Der Freiheitliche",
            "Herbert Kickl",
        ),
    ] {
        let m = person_mentions(text, &[(name, None)]);
        assert_eq!(
            resolved_of(text, quote, &m),
            Some((written.to_string(), Some(name.to_string()))),
            "{text}"
        );
    }
}

/// `Dieser` standing alone points to the latest man named, not to the subject an `er`
/// prefers, and to no one past a masculine noun named since (`vom Wächterrat`).
#[test]
fn dieser_points_to_the_latest_man() {
    let text = "Jens Spahn traf Philipp Türmer. Dieser sagte, das sei feige.";
    let m = person_mentions(text, &[("Jens Spahn", None), ("Philipp Türmer", None)]);
    assert_eq!(
        resolved_of(text, "das sei feige", &m),
        Some(("Dieser".to_string(), Some("Philipp Türmer".to_string())))
    );
    let text = "Mussawi verlangte vom Wächterrat die Annullierung. Dieser bestätigte, dass \
                geprüft werde.";
    let m = person_mentions(text, &[("Mussawi", None)]);
    assert_eq!(
        resolved_of(text, "dass geprüft werde", &m),
        Some(("Dieser".to_string(), None))
    );
}

/// A person named by a noun alone opening a later sentence is nearer than a name that came
/// with the title of another role (`Anwalt Peter Roth …. Der Zeuge betrat den Saal. „…“,
/// sagte er.`: the witness); a noun of the same role is that person (`Der Anwalt`), and a
/// name inside a quoted title is no one (`den Kanal „Klartext mit Kevin“`).
#[test]
fn a_person_noun_after_a_titled_name_is_nearer() {
    check_with_mentions(&[
        (
            "witness_after_lawyer",
            "Anwalt Peter Roth vertritt die Familie. Der Zeuge betrat den Saal. „Ich habe nichts gesehen“, sagte er.",
            &[("Peter Roth", Gender::Male)],
            "Ich habe nichts gesehen",
            "er",
            Some("Der Zeuge"),
        ),
        (
            "witness_as_speaker_after_lawyer",
            "Anwalt Peter Roth vertritt die Familie. Der Zeuge betrat den Saal und sagte: „Ich habe nichts gesehen.“",
            &[("Peter Roth", Gender::Male)],
            "Ich habe nichts gesehen",
            "Der Zeuge",
            Some("Der Zeuge"),
        ),
        (
            "lawyer_after_lawyer",
            "Anwalt Peter Roth vertritt die Familie. Der Anwalt betrat den Saal. „Ich habe nichts gesehen“, sagte er.",
            &[("Peter Roth", Gender::Male)],
            "Ich habe nichts gesehen",
            "er",
            Some("Peter Roth"),
        ),
        (
            "name_in_a_title",
            "Der Blogger betreibt den Kanal „Klartext mit Kevin“. Er sei unschuldig, erklärte er.",
            &[("Kevin", Gender::Male)],
            "Er sei unschuldig",
            "er",
            None,
        ),
    ]);
}

/// A person inside the content of an earlier report whose speaker is a person of the
/// pronoun's gender is no antecedent: the report goes on with its speaker (`Der Vater
/// sagte, kein Urteil bringe den Sohn zurück. Er hoffe …`).
#[test]
fn a_person_inside_a_report_yields_to_its_speaker() {
    check(&[(
        "father_not_son",
        "Der Vater sagte nach der Verhandlung, kein Urteil könne ihm seinen Sohn zurückbringen. Er hoffe aber, dass die Täter bestraft werden.",
        "dass die Täter bestraft werden",
        "Er",
        Some("Der Vater"),
    )]);
}

/// A pronoun whose antecedent is a role or profession noun (`Der Stürmer`) goes on to the
/// person that noun names, as the noun itself would as a speaker.
#[test]
fn a_pronoun_goes_on_through_a_profession_noun_to_its_name() {
    check_ungendered(&[(
        "Kapitän Jonas Weidner traf kurz vor Schluss. Der Stürmer jubelte lange. Er sagte, er \
         sei einfach nur erschöpft.",
        &["Jonas Weidner"],
        "er sei einfach nur erschöpft",
        "Er",
        Some("Jonas Weidner"),
    )]);
}

/// A compound of an expert's or researcher's noun (`der Energieexperte`, `die
/// Klimaforscherin`) or a scholar's noun by the field (`die Informatikerin`, `der
/// Schlafhistoriker`) points back to the person named before, as `der Experte` does, even
/// when that person came without a title.
#[test]
fn a_compound_expert_noun_points_back_to_the_person_named() {
    check_ungendered(&[
        (
            "„Kunden sollten sich die Preisgarantie genau ansehen“, sagte Thomas Engelke vom Verband.\n\n„Oft gilt sie nur für einen Teil des Preises“, rät der Energieexperte.",
            &["Thomas Engelke"],
            "Oft gilt sie nur für einen Teil des Preises",
            "der Energieexperte",
            Some("Thomas Engelke"),
        ),
        (
            "Anna Weber warnte vor einer Dürre. Die Klimaforscherin sagte, die Lage sei ernst.",
            &["Anna Weber"],
            "die Lage sei ernst",
            "Die Klimaforscherin",
            Some("Anna Weber"),
        ),
        // (So does a scholar's noun by the field, alone or in a compound.)
        (
            "Anna Weber stellte die Studie vor. Die Informatikerin sagte, die Daten seien klar.",
            &["Anna Weber"],
            "die Daten seien klar",
            "Die Informatikerin",
            Some("Anna Weber"),
        ),
        (
            "Roger Brandt hat das Buch geschrieben. Der Schlafhistoriker sagte, die Quellen \
             seien dünn.",
            &["Roger Brandt"],
            "die Quellen seien dünn",
            "Der Schlafhistoriker",
            Some("Roger Brandt"),
        ),
    ]);
}

/// A sentence opening with a name, then a verb in `-e`, is a Konjunktiv I report going on
/// (`Ungarn blockiere weiterhin eine Einigung`), with nothing after the verb to tell:
/// the name is a phrase of its own. Not a past in `-te` (`segelte` is no `gelte`), nor a
/// genitive before an adjective (`Boatengs frühere Nachbarn`).
#[test]
fn a_name_opening_a_konjunktiv_sentence_goes_on_with_the_report() {
    check_ungendered(&[(
        "Ein Diplomat sagte, die Gespräche seien schwierig. Merkel verhindere weiterhin eine Einigung.",
        &["Merkel"],
        "Merkel verhindere weiterhin eine Einigung",
        "Ein Diplomat",
        Some("Ein Diplomat"),
    )]);
    for (text, people) in [
        (
            "Der Trainer sagte, alles sei gut. Hayböck segelte im Finale mit 129 Metern noch ganz nach oben.",
            &["Hayböck"],
        ),
        (
            "Der Minister sagte, das sei falsch. Boatengs frühere Nachbarn sind übrigens stolz auf ihn.",
            &["Boatengs"],
        ),
    ] {
        let people: Vec<_> = people.iter().map(|&who| (who, None)).collect();
        let mentions = person_mentions(text, &people);
        let a = Tokenizer::new().analyze(text);
        let quotes = QuoteDetector::new().detect(text, &a, &mentions);
        assert_eq!(quotes.len(), 1, "{text}: {quotes:?}");
    }
}

/// `die frühere Europaministerin`, `der ehemalige Kanzler`: an office with an adjective of
/// the past, with no name after it, points back to the person of its gender named last,
/// even one named without that title (no one is introduced that way without a name).
#[test]
fn a_former_office_points_back_to_the_person_named() {
    check_with_mentions(&[
        (
            "die_fruehere_ministerin",
            "Karin Edlinger präsentierte am Montag eine Reform. „Es geht um Abläufe, nicht um Köpfe“, sagte die frühere Europaministerin.",
            &[("Karin Edlinger", Gender::Female)],
            "Es geht um Abläufe, nicht um Köpfe",
            "die frühere Europaministerin",
            Some("Karin Edlinger"),
        ),
        (
            "der_ehemalige_kanzler_not_a_woman",
            "Karin Edlinger kam am Montag nach Wien. „Wir stehen zusammen“, sagte der ehemalige Kanzler.",
            &[("Karin Edlinger", Gender::Female)],
            "Wir stehen zusammen",
            "der ehemalige Kanzler",
            None,
        ),
    ]);
}

/// A person in the genitive or after `von` belongs to the head noun, a person or a body that
/// speaks (`Brückners Agentur`, `Kerrys Sprecher`, `Die Familie von X`): the speaker does not
/// resolve to the possessor.
#[test]
fn a_possessor_is_not_the_speaker_of_its_agent() {
    let text = "Die Schauspielerin Hanna Brück ist tot. Brücks Agentur erklärte, eine Trauerfeier werde im Mai stattfinden.";
    let start = text.find("Brücks").expect("genitive");
    let mentions = [
        Mention {
            span: Span::new(
                text.find("Hanna Brück").expect("name"),
                text.find("Hanna Brück").expect("name") + "Hanna Brück".len(),
            ),
            kind: MentionKind::Person,
            name: "Hanna Brück",
            index: 0,
            gender: Some(Gender::Female),
        },
        Mention {
            span: Span::new(start, start + "Brücks".len()),
            kind: MentionKind::Person,
            name: "Hanna Brück",
            index: 1,
            gender: Some(Gender::Female),
        },
    ];
    let got = resolved_of(text, "eine Trauerfeier werde im Mai stattfinden", &mentions);
    assert_eq!(
        got,
        Some((
            "Brücks Agentur".to_string(),
            Some("Brücks Agentur".to_string())
        ))
    );
}
