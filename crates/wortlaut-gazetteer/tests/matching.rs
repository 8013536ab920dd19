//! Table tests of the matching rules (named as in `src/matcher.rs`) on the default
//! gazetteer, user lists, and property tests: no panic, ordered in-bounds spans.

use proptest::prelude::*;
use std::sync::OnceLock;
use wortlaut_gazetteer::{Entity, EntityRef, Gazetteer, GazetteerBuilder, Label, Matches, Source};

fn g() -> &'static Gazetteer {
    static G: OnceLock<Gazetteer> = OnceLock::new();
    G.get_or_init(Gazetteer::default_german)
}

fn entity<'a>(g: &'a Gazetteer, m: &'a Matches, r: EntityRef) -> &'a Entity {
    match r {
        EntityRef::Known(i) => g.entity(i),
        EntityRef::Local(i) => &m.local[i as usize],
    }
}

/// `(text, label, canonical)` of every mention.
fn found(text: &str) -> Vec<(String, &'static str, String)> {
    let m = g().find(text);
    m.mentions
        .iter()
        .map(|x| {
            (
                text[x.start..x.end].to_owned(),
                x.label.as_str(),
                entity(g(), &m, x.entity).canonical.clone(),
            )
        })
        .collect()
}

/// Asserts each case's mentions as `text/LABEL/canonical` strings.
fn check(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        let got: Vec<String> = found(text)
            .into_iter()
            .map(|(t, l, c)| format!("{t}/{l}/{c}"))
            .collect();
        assert_eq!(&got, want, "in {text:?}");
    }
}

#[test]
fn whole_word() {
    check(&[
        ("Romantik in Rom", &["Rom/LOC/Rom"]),
        ("Berlinale, Berlin", &["Berlin/LOC/Berlin"]),
        ("Kyjiw.", &["Kyjiw/LOC/Kiew"]),
        ("XRom Romx", &[]),
    ]);
}

#[test]
fn leftmost_longest() {
    check(&[
        (
            "die Vereinigte Staaten von Amerika",
            &["Vereinigte Staaten von Amerika/LOC/Vereinigte Staaten"],
        ),
        ("in New York City", &["New York City/LOC/New York City"]),
    ]);
}

#[test]
fn compound_part() {
    let text = "Der Nato-Gipfel und der Selenskyj-Berater trafen den US-Präsidenten.";
    let m = g().find(text);
    let got: Vec<(&str, &str, &str)> = m
        .mentions
        .iter()
        .map(|x| {
            let (hs, he) = x.head.expect("head");
            (&text[x.start..x.end], x.label.as_str(), &text[hs..he])
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Nato-Gipfel", "ORGpart", "Nato"),
            ("Selenskyj-Berater", "PERpart", "Selenskyj"),
            ("US-Präsidenten", "LOCpart", "US"),
        ]
    );
    check(&[
        (
            "Baden-Württemberg",
            &["Baden-Württemberg/LOC/Baden-Württemberg"],
        ),
        (
            "die EU-Kommission",
            &["EU-Kommission/ORGpart/Europäische Kommission"],
        ),
    ]);
}

#[test]
fn compound_demonym() {
    check(&[
        (
            "deutsch-israelische Gespräche",
            &["deutsch-israelische/LOCderiv/Israel"],
        ),
        (
            "US-amerikanische Firmen",
            &["US-amerikanische/LOCderiv/Vereinigte Staaten"],
        ),
    ]);
}

#[test]
fn genitive() {
    check(&[
        ("Putins Rede", &["Putins/PER/Wladimir Putin"]),
        ("des Kremls", &["Kremls/LOC/Kreml"]),
        ("Deutschlands Zukunft", &["Deutschlands/LOC/Deutschland"]),
        ("Macrons Plan", &["Macrons/PER/Emmanuel Macron"]),
        ("des Bundestages", &["Bundestages/ORG/Bundestag"]),
    ]);
}

#[test]
fn demonyms_in_all_endings() {
    check(&[
        ("russische Truppen", &["russische/LOCderiv/Russland"]),
        ("der ukrainischen Armee", &["ukrainischen/LOCderiv/Ukraine"]),
        (
            "ein amerikanischer Diplomat",
            &["amerikanischer/LOCderiv/Vereinigte Staaten"],
        ),
        ("Schweizer Käse", &["Schweizer/LOCderiv/Schweiz"]),
        ("die Russen", &["Russen/LOCderiv/Russland"]),
        ("Berliner Luft", &["Berliner/LOCderiv/Berlin"]),
        (
            "Russische Truppen rücken vor.",
            &["Russische/LOCderiv/Russland"],
        ),
    ]);
}

#[test]
fn demonym_in_name() {
    check(&[
        (
            "im Deutschen Bundestag",
            &["Deutschen Bundestag/ORG/Bundestag"],
        ),
        // An unknown name (`Deutsches Museum`) is left out rather than guessed.
        ("im Deutsches Museum", &[]),
    ]);
}

#[test]
fn case_is_exact() {
    check(&[
        ("NATO und Nato", &["NATO/ORG/Nato", "Nato/ORG/Nato"]),
        ("die grünen Wiesen", &[]),
        ("wir essen Brot", &[]),
    ]);
}

#[test]
fn variants_link_to_one_entity() {
    check(&[
        ("Kiew, Kyjiw", &["Kiew/LOC/Kiew", "Kyjiw/LOC/Kiew"]),
        ("USA", &["USA/LOC/Vereinigte Staaten"]),
    ]);
    let m = g().find("Russland");
    let EntityRef::Known(i) = m.mentions[0].entity else {
        panic!("not a list entity")
    };
    assert_eq!(g().entity(i).id.as_deref(), Some("ISO3166:RU"));
}

#[test]
fn ambiguity() {
    check(&[
        ("Es ist Zeit.", &[]),
        ("Die Zeit vergeht.", &["Die Zeit/ORG/Die Zeit"]),
        ("laut Spiegel", &["Spiegel/ORG/Der Spiegel"]),
        ("Er ging in Essen zur Schule.", &["Essen/LOC/Essen"]),
        ("nach dem Essen", &[]),
        ("die Linke will mehr", &["Linke/ORG/Die Linke"]),
        ("Linke Politik", &[]),
        ("Waren sind teuer.", &[]),
        ("Er lebt in Waren und", &["Waren/LOC/Waren"]),
        ("die Bundesregierung", &[]),
    ]);
}

#[test]
fn first_name_rule() {
    let text = "Gestern sprach Jürgen Müller-Lüdenscheidt mit Ursula von der Leyen. Müller-Lüdenscheidt sagte, Anna Maria kam.";
    let m = g().find(text);
    let got: Vec<(&str, &str)> = m
        .mentions
        .iter()
        .map(|x| (&text[x.start..x.end], x.source.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("Jürgen Müller-Lüdenscheidt", "rule"),
            ("Ursula von der Leyen", "list"),
            ("Müller-Lüdenscheidt", "document"),
            ("Anna Maria", "rule"),
        ]
    );
    let e = entity(g(), &m, m.mentions[0].entity);
    assert_eq!(e.attrs, [("gender".to_owned(), "m".to_owned())]);
    assert_eq!(m.mentions[2].entity, m.mentions[0].entity);
    check(&[
        ("Peter Entscheidung", &[]),
        ("An der Umfrage", &[]),
        // A capitalised particle before the surname belongs to the name.
        (
            "Sein Fahrer Adriano De Souza kam.",
            &["Adriano De Souza/PER/Adriano De Souza"],
        ),
        // `von der` after a surname is a preposition, no second particle group.
        (
            "Damit will sich José Eduardo Dos Santos von der Macht trennen.",
            &["José Eduardo Dos Santos/PER/José Eduardo Dos Santos"],
        ),
        // A determiner opening the sentence is no first name.
        ("Allen Unkenrufen zum Trotz ist das System sicher.", &[]),
        ("Maria Berlin", &["Berlin/LOC/Berlin"]),
        // A title before the first name makes a listed place its surname.
        ("Bürgermeisterin Anja Roth", &["Anja Roth/PER/Anja Roth"]),
        // So does a role in court (a witness, the accused), and an age.
        ("Die Zeugin Anna Roth", &["Anna Roth/PER/Anna Roth"]),
        (
            "Der 31-jährige Jonas Hagen kam.",
            &["Jonas Hagen/PER/Jonas Hagen"],
        ),
        // A first name and a place opening the sentence before its verb are a person; in
        // a clause's end field they stay a place (`Maria Berlin` above).
        (
            "Jonas Hagen stand vor Gericht.",
            &["Jonas Hagen/PER/Jonas Hagen"],
        ),
        ("Weil Anna Hagen besuchte, kam sie.", &["Hagen/LOC/Hagen"]),
        // A town that German news names mostly as a first name, before a surname, is a
        // person's first name; alone, or before a listed place, it is the town.
        (
            "Achim Reichel sang. Er lebt in Achim.",
            &["Achim Reichel/PER/Achim Reichel", "Achim/LOC/Achim"],
        ),
        // The surname alone is then that person, but not after a locative preposition.
        (
            "Landrat Rolf Hagen kam. Hagen sprach, dann fuhr er nach Hagen.",
            &[
                "Rolf Hagen/PER/Rolf Hagen",
                "Hagen/PER/Rolf Hagen",
                "Hagen/LOC/Hagen",
            ],
        ),
    ]);
}

#[test]
fn document_level() {
    let text =
        "Sprecher Ralf Beispielmann sagte in Moskau, Beispielmann sei bereit. Beispielmanns Worte";
    let m = g().find(text);
    let per: Vec<(&str, Source)> = m
        .mentions
        .iter()
        .filter(|x| x.label == Label::Per)
        .map(|x| (&text[x.start..x.end], x.source))
        .collect();
    assert_eq!(
        per,
        [
            ("Ralf Beispielmann", Source::Rule),
            ("Beispielmann", Source::Document),
            ("Beispielmanns", Source::Document),
        ]
    );
    let first = m.mentions.iter().find(|x| x.label == Label::Per).unwrap();
    assert!(m
        .mentions
        .iter()
        .filter(|x| x.label == Label::Per)
        .all(|x| x.entity == first.entity));
}

/// A listed person's surname after another first name is another person (`first_name`),
/// and that surname alone later in the document is that person too (`document`); the
/// listed person's own first name, or its initial, keeps the listed person.
#[test]
fn surname_of_a_listed_person_borne_by_another() {
    check(&[
        (
            "Einsatzleiter Markus Brandt sagte, Brandt sei zufrieden.",
            &[
                "Markus Brandt/PER/Markus Brandt",
                "Brandt/PER/Markus Brandt",
            ],
        ),
        (
            "Willy Brandt kniete in Warschau. Brandt war Kanzler.",
            &[
                "Willy Brandt/PER/Willy Brandt",
                "Warschau/LOC/Warschau",
                "Brandt/PER/Willy Brandt",
            ],
        ),
        (
            "Die Ärztin Katrin Merkel half.",
            &["Katrin Merkel/PER/Katrin Merkel"],
        ),
        ("Minister W. Brandt sprach.", &["Brandt/PER/Willy Brandt"]),
    ]);
}

#[test]
fn org_patterns() {
    check(&[
        ("die Siemens AG", &["Siemens AG/ORG/Siemens"]),
        (
            "die Müller Logistik GmbH meldet",
            &["Müller Logistik GmbH/ORG/Müller Logistik GmbH"],
        ),
        (
            "Firma Koninklijke N.V.",
            &["Koninklijke N.V./ORG/Koninklijke N.V."],
        ),
        (
            "an der Universität Hamburg",
            &["Universität Hamburg/ORG/Universität Hamburg"],
        ),
        (
            "Universität zu Köln",
            &["Universität zu Köln/ORG/Universität zu Köln"],
        ),
        ("beim 1. FC Köln", &["1. FC Köln/ORG/1. FC Köln"]),
        (
            "FC Carl Zeiss Jena",
            &["FC Carl Zeiss Jena/ORG/FC Carl Zeiss Jena"],
        ),
        (
            "das Ministerium für Wirtschaft und Energie",
            &["Ministerium für Wirtschaft und Energie/ORG/Ministerium für Wirtschaft und Energie"],
        ),
        ("THW Kiel gewinnt", &["THW Kiel/ORG/THW Kiel"]),
        ("Mainz 05", &["Mainz 05/ORG/Mainz 05"]),
        ("das Ministerium", &[]),
    ]);
}

#[test]
fn street_suffix() {
    check(&[
        ("in der Hauptstraße", &["Hauptstraße/LOC/Hauptstraße"]),
        (
            "Karl-Marx-Straße",
            &["Karl-Marx-Straße/LOC/Karl-Marx-Straße"],
        ),
        ("auf der Straße", &[]),
        // With a house or road number.
        (
            "an der Bundesstraße 27 gesperrt",
            &["Bundesstraße 27/LOC/Bundesstraße 27"],
        ),
        (
            "in der Hauptstraße 5a",
            &["Hauptstraße 5a/LOC/Hauptstraße 5a"],
        ),
        ("in der Hauptstraße 2010", &["Hauptstraße/LOC/Hauptstraße"]),
    ]);
}

/// Rule `street_after_adjective`: `Leipziger Straße`, `Frankfurter Allee 12` are streets.
#[test]
fn street_after_adjective() {
    check(&[
        (
            "Sie wohnt in der Leipziger Straße 12 .",
            &["Leipziger Straße 12/LOC/Leipziger Straße 12"],
        ),
        (
            "Der Umzug über die Frankfurter Allee dauerte .",
            &["Frankfurter Allee/LOC/Frankfurter Allee"],
        ),
        ("Es war der Erster Straße nach .", &[]),
        ("Der Leipziger Bahnhof", &["Leipziger/LOCderiv/Leipzig"]),
    ]);
}

#[test]
fn roles_and_titles() {
    let text = "US-Außenminister Marco Rubio traf Präsident Obama und Regierungssprecher Steffen Hebestreit.";
    let m = g().find(text);
    let got: Vec<(&str, Option<&str>)> = m
        .mentions
        .iter()
        .filter(|x| x.label == Label::Per)
        .map(|x| (&text[x.start..x.end], x.role.map(|(s, e)| &text[s..e])))
        .collect();
    assert_eq!(
        got,
        [
            ("Marco Rubio", Some("US-Außenminister")),
            ("Obama", Some("Präsident")),
            ("Steffen Hebestreit", Some("Regierungssprecher")),
        ]
    );
}

#[test]
fn user_lists() {
    let list = "# Abgeordnete\nname\tlabel\tcanonical\tid\tattrs\tsource\n\
                Erika Musterfrau\tPER\tErika Musterfrau\tP1\tparty=SPD;gender=f\tme\n\
                Musterfrau\tPER\tErika Musterfrau\t\t\tme\n";
    let mut b = GazetteerBuilder::new();
    b.default_lists(false);
    b.add_tsv("mdb.tsv", list.as_bytes()).unwrap();
    let g = b.build().unwrap();
    let text = "Erika Musterfrau sagte, Musterfraus Antrag und Berlin";
    let m = g.find(text);
    assert_eq!(m.mentions.len(), 2, "no default lists: Berlin is unknown");
    let EntityRef::Known(i) = m.mentions[1].entity else {
        panic!("list entity expected")
    };
    let e = g.entity(i);
    assert_eq!(&text[m.mentions[1].start..m.mentions[1].end], "Musterfraus");
    assert_eq!(e.id.as_deref(), Some("P1"));
    assert_eq!(
        e.attrs,
        [
            ("party".to_owned(), "SPD".to_owned()),
            ("gender".to_owned(), "f".to_owned())
        ]
    );
    let bad = GazetteerBuilder::new()
        .add_tsv("bad.tsv", b"name\tlabel\tcanonical\nX\tPLACE\tX\n")
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert_eq!(bad, "bad.tsv:2: unknown label \"PLACE\" (PER, LOC or ORG)");
}

#[test]
fn user_names_override_defaults() {
    let mut b = GazetteerBuilder::new();
    b.add_tsv(
        "own.tsv",
        "name\tlabel\tcanonical\nBerlin\tORG\tBerlin (Band)\n".as_bytes(),
    )
    .unwrap();
    let g = b.build().unwrap();
    let m = g.find("Berlin");
    let EntityRef::Known(i) = m.mentions[0].entity else {
        panic!()
    };
    assert_eq!(g.entity(i).canonical, "Berlin (Band)");
}

#[test]
fn gazetteer_is_send_and_sync() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Gazetteer>();
}

#[test]
fn default_persons_carry_gender() {
    let m = g().find("Friedrich Merz");
    let e = entity(g(), &m, m.mentions[0].entity);
    assert!(e.attrs.contains(&("gender".to_owned(), "m".to_owned())));
}

fn check_invariants(text: &str) {
    let m = g().find(text);
    let mut last = 0;
    for x in &m.mentions {
        assert!(x.start >= last && x.start < x.end && x.end <= text.len());
        assert!(text.is_char_boundary(x.start) && text.is_char_boundary(x.end));
        if let Some((s, e)) = x.head {
            assert!(x.start <= s && s < e && e <= x.end && text.is_char_boundary(s));
        }
        if let Some((s, e)) = x.role {
            assert!(s < e && e <= x.start && text.is_char_boundary(e));
        }
        match x.entity {
            EntityRef::Known(i) => assert!((i as usize) < g().entity_count()),
            EntityRef::Local(i) => assert!((i as usize) < m.local.len()),
        }
        last = x.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_valid_on_any_text(text in "\\PC{0,200}") {
        check_invariants(&text);
    }

    #[test]
    fn spans_are_valid_on_name_soup(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("Berlin"), Just("Nato"), Just("-"), Just(" "), Just("s"), Just("'"),
                Just("Peter"), Just("AG"), Just("FC"), Just("straße"), Just("1. "),
                Just("russische"), Just("Präsident"), Just("von der"), Just("ß"), Just("é"),
                Just("„"), Just("“"), Just("."), Just("05"), Just("Universität"), Just("für"),
                Just("\u{a0}"), Just("Ärger"), Just("in"), Just("Essen"),
            ],
            0..40,
        )
    ) {
        check_invariants(&parts.concat());
    }
}

#[test]
fn acronym_part() {
    check(&[
        ("die DLR-Forscher", &["DLR-Forscher/ORGpart/DLR"]),
        ("der LKW-Fahrer und das WM-Finale", &[]),
    ]);
}

#[test]
fn place_district() {
    check(&[
        (
            "in Berlin-Charlottenburg",
            &["Berlin-Charlottenburg/LOC/Berlin-Charlottenburg"],
        ),
        ("in US-Dollar", &[]),
    ]);
}

#[test]
fn first_name_alone() {
    check(&[
        ("Das sagte Claire gestern.", &["Claire/PER/Claire"]),
        ("Claire sagte das.", &[]),
        ("am 3. Mai sagte er", &[]),
        ("mit einer Tom und zwei Becken", &[]),
    ]);
}

/// A saint's name after `St.`/`Sankt` names a church or place, not a person.
#[test]
fn no_person_after_saint() {
    check(&[
        ("in der Kirche St . Johann Baptist gefeiert", &[]),
        ("die Kapelle St. Peter Paul", &[]),
        (
            "Er traf Peter Paulsen .",
            &["Peter Paulsen/PER/Peter Paulsen"],
        ),
    ]);
}

#[test]
fn weak_declension() {
    check(&[
        (
            "in den Vereinigten Staaten",
            &["Vereinigten Staaten/LOC/Vereinigte Staaten"],
        ),
        ("im Weißen Haus", &["Weißen Haus/LOC/Weißes Haus"]),
    ]);
}

#[test]
fn small_places_need_a_locative_preposition() {
    check(&[
        ("Urlaub in Tegernsee", &["Tegernsee/LOC/Tegernsee"]),
        ("Tegernsee ist schön", &[]),
    ]);
    let g = GazetteerBuilder::new().small_places(false).build().unwrap();
    assert!(g.find("Urlaub in Tegernsee").mentions.is_empty());
}

#[test]
fn inside_unknown_name() {
    check(&[
        ("Konzert in der Arena Wien", &[]),
        ("in der Stadt Essen", &["Essen/LOC/Essen"]),
        ("in seiner Heimatstadt Mainz", &["Mainz/LOC/Mainz"]),
        ("der Präsident Russlands", &["Russlands/LOC/Russland"]),
    ]);
}

#[test]
fn place_institution() {
    check(&[
        (
            "laut Berliner Zeitung",
            &["Berliner Zeitung/ORG/Berliner Zeitung"],
        ),
        (
            "die Frankfurter Rundschau",
            &["Frankfurter Rundschau/ORG/Frankfurter Rundschau"],
        ),
        ("Berliner Luft", &["Berliner/LOCderiv/Berlin"]),
    ]);
}

#[test]
fn middle_initial() {
    check(&[(
        "Damals traf George W. Bush ihn.",
        &["George W. Bush/PER/George W. Bush"],
    )]);
}

/// A first name with the initial of the surname (`Nico G.`) is a person, dot included.
#[test]
fn surname_initial() {
    check(&[
        (
            "Derweil freut sich Nico G. auf Samstag .",
            &["Nico G./PER/Nico G."],
        ),
        ("Das sagte Claudia B.", &["Claudia B./PER/Claudia B."]),
        ("Gruppe Anna B.-Klasse", &[]),
        (
            "Er traf Anna B. Möllerberg .",
            &["Anna B. Möllerberg/PER/Anna B. Möllerberg"],
        ),
    ]);
}

#[test]
fn place_pair() {
    check(&[(
        "Flüge München/Hamburg",
        &["München/Hamburg/LOC/München/Hamburg"],
    )]);
    check(&[(
        "in Mecklenburg- Vorpommern",
        &["Mecklenburg- Vorpommern/LOC/Mecklenburg- Vorpommern"],
    )]);
}

#[test]
fn speaker_after_speech_verb() {
    check(&[
        (
            "„Das reicht nicht“, sagte Möllerberg.",
            &["Möllerberg/PER/Möllerberg"],
        ),
        ("„Gut so“, so Barthel.", &["Barthel/PER/Barthel"]),
        // Not a clause end, a function word, a role, a noun form, `so` without a comma.
        ("Dann sagte Möllerberg etwas.", &[]),
        ("Das sagte Montag.", &[]),
        ("Das sagte Dr. Möllerberg.", &[]),
        ("Das sagte Wohnung.", &[]),
        ("Das ist so Möllerberg.", &[]),
        ("Das sagte Reportern.", &[]),
        // The addressee in the dative may follow.
        (
            "Das reicht nicht , sagte Möllerberg der Zeitung .",
            &["Möllerberg/PER/Möllerberg"],
        ),
        (
            "Er sagte Möllerberg dem Sender",
            &["Möllerberg/PER/Möllerberg"],
        ),
        ("Das sagte Anfang der Woche ein Sprecher .", &[]),
    ]);
}

#[test]
fn title_takes_the_whole_name() {
    check(&[
        (
            "Ministerpräsident Ehud Olmert erklärte",
            &["Ehud Olmert/PER/Ehud Olmert"],
        ),
        (
            "der Senatspräsident Clarence E. Case als Gouverneur",
            &["Clarence E. Case/PER/Clarence E. Case"],
        ),
        ("Herr Willemsen, wo", &["Willemsen/PER/Willemsen"]),
        ("mit Frau Kassnitz gesprochen", &["Kassnitz/PER/Kassnitz"]),
        (
            "mit Herrn Dr. Kassnitz gesprochen",
            &["Kassnitz/PER/Kassnitz"],
        ),
        // A role after the honorific is no name.
        ("Herr Bürgermeister, bitte", &[]),
    ]);
}

#[test]
fn acronym_definition() {
    check(&[
        // After an organisation mention: its label and entity.
        (
            "das Bundesamt für Gesundheit ( BAG ) hat",
            &[
                "Bundesamt für Gesundheit/ORG/Bundesamt für Gesundheit",
                "BAG/ORG/Bundesamt für Gesundheit",
            ],
        ),
        // Unknown words that spell it, one a kind of organisation.
        (
            "mit Hilfe des Danish Refugee Council (DRC) gebaut",
            &[
                "Danish Refugee Council/ORG/Danish Refugee Council",
                "DRC/ORG/DRC",
            ],
        ),
        // A mention inside the words keeps them (`deutscher`); the acronym still counts.
        (
            "der Bundesverband deutscher Banken ( BdB ) hat",
            &["deutscher/LOCderiv/Deutschland", "BdB/ORG/BdB"],
        ),
        // Letters that do not spell it, one word only, lower case inside the brackets.
        ("die Kosten für Heizung ( BKZ ) sind", &[]),
        (
            "aus Fluorchlorkohlenwasserstoffen ( FCKW ) hergestellt",
            &[],
        ),
        ("die Kosten ( ca ) sind", &[]),
    ]);
}

#[test]
fn initial_surname() {
    check(&[
        (
            "Weltmeister vor W. Fesenko und A. Korsakow wurde",
            &["W. Fesenko/PER/W. Fesenko", "A. Korsakow/PER/A. Korsakow"],
        ),
        // After a capitalised word, a roman numeral, a function word.
        ("mit Vitamin C. Forscher sagen", &[]),
        ("im Teil I. Kapitel", &[]),
        ("die Gruppe B. Die Spiele", &[]),
    ]);
}

#[test]
fn acronym_after_a_longer_name() {
    check(&[
        // The place ends a longer name whose letters do not spell the acronym.
        (
            "Die Kommunistische Partei Moldawiens (PCRM) erreichte",
            &["Moldawiens/LOC/Republik Moldau"],
        ),
        (
            "die Mission im Südsudan (UNMISS) teilte mit",
            &["Südsudan/LOC/Südsudan"],
        ),
    ]);
}

#[test]
fn world_places_after_a_preposition() {
    check(&[
        ("Er lebte in Cincinnati und", &["Cincinnati/LOC/Cincinnati"]),
        ("Sie zog nach Iowa .", &["Iowa/LOC/Iowa"]),
        // Without a locative preposition: no place.
        ("Cincinnati spielte gut", &[]),
    ]);
}

#[test]
fn place_after_a_common_noun() {
    check(&[(
        "mit Unterstützung Italien die Unabhängigkeit",
        &["Italien/LOC/Italien"],
    )]);
}

#[test]
fn english_organisation_words() {
    check(&[
        (
            "Dann gründete er die Dave Matthews Band ; zu",
            &["Dave Matthews Band/ORG/Dave Matthews Band"],
        ),
        (
            "am Lee Strasberg Theatre und",
            &["Lee Strasberg Theatre/ORG/Lee Strasberg Theatre"],
        ),
        (
            "des California Institute of Technology abgedruckt",
            &["California Institute of Technology/ORG/California Institute of Technology"],
        ),
        (
            "sowie der Schweizer SAM Group .",
            &["Schweizer/LOCderiv/Schweiz", "SAM Group/ORG/SAM Group"],
        ),
        // German `Band` after a determiner or number is no organisation.
        ("Im zweiten Band schreibt er", &[]),
        ("Die Band spielte", &[]),
    ]);
}

#[test]
fn places_that_are_common_nouns() {
    check(&[
        ("nach der die Löhne steigen", &[]),
        ("Mehrere Male wurde er", &[]),
        ("begann Jura zu studieren", &[]),
        ("Er wohnt in Löhne .", &["Löhne/LOC/Löhne"]),
    ]);
}

#[test]
fn honorific_before_a_first_name() {
    check(&[
        (
            "sind Sydney und Miss Parker zu",
            &["Sydney/LOC/Sydney", "Parker/PER/Parker"],
        ),
        (
            "mit Frau Anna Kassnitz gesprochen",
            &["Anna Kassnitz/PER/Anna Kassnitz"],
        ),
    ]);
}

#[test]
fn city_after_an_article_starts_a_name() {
    check(&[
        (
            "bezwangen die San Antonio Spurs vor",
            &["San Antonio Spurs/ORG/San Antonio Spurs"],
        ),
        (
            "holten ihn die Philadelphia Flyers in",
            &["Philadelphia Flyers/ORG/Philadelphia Flyers"],
        ),
        // No article, a function word or a noun after it: the place.
        ("dass Chicago Geld braucht", &["Chicago/LOC/Chicago"]),
        ("die Chicago und", &["Chicago/LOC/Chicago"]),
    ]);
}

#[test]
fn club_year_then_town() {
    check(&[(
        "bei der SG 01 Höchst an",
        &["SG 01 Höchst/ORG/SG 01 Höchst"],
    )]);
}

#[test]
fn historical_parties_and_companies() {
    check(&[
        ("Gegner der NSDAP wurden", &["NSDAP/ORG/NSDAP"]),
        (
            "die Übernahme von Schering durch",
            &["Schering/ORG/Schering"],
        ),
    ]);
}

#[test]
fn nobility_title_inside_a_name() {
    check(&[
        (
            "Franz Freiherr Gedult von Jungenfeld starb",
            &["Franz Freiherr Gedult von Jungenfeld/PER/Franz Freiherr Gedult von Jungenfeld"],
        ),
        (
            "als Otto Graf Lambsdorff sagte",
            &["Otto Graf Lambsdorff/PER/Otto Graf Lambsdorff"],
        ),
    ]);
}

#[test]
fn places_listed_after_a_preposition() {
    check(&[
        (
            "Turnieren in Cincinnati und Indianapolis startete",
            &["Cincinnati/LOC/Cincinnati", "Indianapolis/LOC/Indianapolis"],
        ),
        // Not after a conjunction that follows no place.
        ("Er und Indianapolis", &[]),
    ]);
}

/// Rarer first names (Berlin names given 5 to 19 times, 1990 US Census names) start a person
/// only before a surname, never alone; surnames of the Census list are no first names.
#[test]
fn more_first_names() {
    check(&[
        (
            "Die Vorlage kam von Wayne Rooney .",
            &["Wayne Rooney/PER/Wayne Rooney"],
        ),
        (
            "Gestern spielte Shelly Manne im Club .",
            &["Shelly Manne/PER/Shelly Manne"],
        ),
        ("Er traf Greg gestern .", &[]),
        ("Die Hitze traf Jones Indexes hart .", &[]),
        // (Eastern European first names as German agencies transliterate them, curated.)
        (
            "Bürgermeister Wadym Filaschkin warnte vor Angriffen .",
            &["Wadym Filaschkin/PER/Wadym Filaschkin"],
        ),
        (
            "Die Preisträgerin Olena Kowal dankte der Jury .",
            &["Olena Kowal/PER/Olena Kowal"],
        ),
        ("Er las Switlana gestern vor .", &[]),
    ]);
}

/// A word that ends an organisation's name is no surname: the organisation pattern takes it.
#[test]
fn org_word_is_no_surname() {
    check(&[
        (
            "Er besuchte die Lindsey School in Leeds .",
            &["Lindsey School/ORG/Lindsey School", "Leeds/LOC/Leeds"],
        ),
        (
            "Sie hörten Anna Schmidt Band .",
            &["Anna Schmidt Band/ORG/Anna Schmidt Band"],
        ),
    ]);
}

/// Rule `slash_joined`: a mention glued by `/` to a further word is only part of one
/// slash-joined name; place pairs stay one `LOC`.
#[test]
fn slash_joined() {
    check(&[
        ("Foto : AFP/SID/Jan Kowalczyk", &[]),
        ("Er spielt beim TSV Lindenau/Lahn .", &[]),
        (
            "Flüge München/Hamburg sind voll .",
            &["München/Hamburg/LOC/München/Hamburg"],
        ),
        (
            "Die Zahl stieg in Berlin / Brandenburg .",
            &["Berlin/LOC/Berlin", "Brandenburg/LOC/Brandenburg"],
        ),
    ]);
}

/// Rule `org_apposition`: a noun for a kind of organisation before an unknown name makes the
/// name (not the noun) an `ORG`; not before a listed name, a common noun or a function word.
#[test]
fn org_apposition() {
    check(&[
        (
            "Die Fluggesellschaft Blue Panorama fliegt nach Rom .",
            &["Blue Panorama/ORG/Blue Panorama", "Rom/LOC/Rom"],
        ),
        (
            "Der Ölkonzern Quantagas meldete Verluste .",
            &["Quantagas/ORG/Quantagas"],
        ),
        (
            "Er wechselte zum Erstligisten Sparta Brünnlitz .",
            &["Sparta Brünnlitz/ORG/Sparta Brünnlitz"],
        ),
        ("Der Konzern Siemens baut ab .", &["Siemens/ORG/Siemens"]),
        (
            "Er blieb seinem neuen Verein Castelbello treu .",
            &["Castelbello/ORG/Castelbello"],
        ),
        ("Der Verein Deutscher Förster tagt .", &[]),
        ("Der Konzern Entscheidung fiel .", &[]),
        ("Der Konzern wächst .", &[]),
        (
            "Die Firma Koninklijke N.V. wuchs .",
            &["Koninklijke N.V./ORG/Koninklijke N.V."],
        ),
        ("Der Hersteller Am Ende stand .", &[]),
    ]);
}

/// An acronym whose long form names a law, treaty, licence or degree is no organisation.
#[test]
fn acronym_of_a_document_or_degree() {
    check(&[
        ("unter der Open Software License ( OSL ) frei", &[]),
        (
            "mit einem Master of Business Administration ( MBA ) ab",
            &[],
        ),
        (
            "nach dem Bundesnaturschutzgesetz ( BNatSchG ) geschützt",
            &[],
        ),
        (
            "laut Deutscher Alpenverein ( DAV ) gesperrt",
            &[
                "Deutscher Alpenverein/ORG/Deutscher Alpenverein",
                "DAV/ORG/DAV",
            ],
        ),
    ]);
}

/// Rule `org_country`: an organisation right before a country's name is one `ORG` with it.
#[test]
fn org_country() {
    check(&[
        (
            "sagte er der Financial Times Deutschland .",
            &["Financial Times Deutschland/ORG/Financial Times"],
        ),
        (
            "Die Nato , Russland und China",
            &["Nato/ORG/Nato", "Russland/LOC/Russland", "China/LOC/China"],
        ),
        ("Die SPD in Bayern", &["SPD/ORG/SPD", "Bayern/LOC/Bayern"]),
    ]);
}

/// Rule `people_of_the_land`: `Schweden` after a determiner is the Swedes (`LOCderiv`).
#[test]
fn people_of_the_land() {
    check(&[
        (
            "Die Schweden sehen das anders .",
            &["Schweden/LOCderiv/Schweden"],
        ),
        ("Er siegte gegen die Polen .", &["Polen/LOCderiv/Polen"]),
        ("Er reiste nach Schweden .", &["Schweden/LOC/Schweden"]),
        ("Schweden gewann .", &["Schweden/LOC/Schweden"]),
        ("ein Umbruch , der Polen befreite", &["Polen/LOC/Polen"]),
        ("Länder , die Polen helfen", &["Polen/LOC/Polen"]),
    ]);
}

/// Rule `named_after_person`: institutions and publishers named after a person are `ORG`s.
#[test]
fn named_after_person() {
    check(&[
        (
            "Die Anna Lindqvist Stiftung fördert das .",
            &["Anna Lindqvist Stiftung/ORG/Anna Lindqvist Stiftung"],
        ),
        (
            "erschienen im Verlag Klaus Wagenbach , Berlin",
            &[
                "Verlag Klaus Wagenbach/ORG/Verlag Klaus Wagenbach",
                "Berlin/LOC/Berlin",
            ],
        ),
        (
            "Das sagte Klaus Wagenbach im Verlag .",
            &["Klaus Wagenbach/PER/Klaus Wagenbach"],
        ),
    ]);
}

/// Regions, landscapes and mountain ranges of `data/loc_extra.tsv` are places, with genitives.
#[test]
fn regions_and_landscapes() {
    check(&[
        (
            "Urlaub im Harz und in der Toskana",
            &["Harz/LOC/Harz", "Toskana/LOC/Toskana"],
        ),
        ("die Geschichte Böhmens", &["Böhmens/LOC/Böhmen"]),
        (
            "Wandern im Bayerischen Wald",
            &["Bayerischen Wald/LOC/Bayerischer Wald"],
        ),
    ]);
}

/// Rule `noble_place`: after a particle, a listed place is a noble's surname.
#[test]
fn noble_place() {
    check(&[
        (
            "Damals schrieb Gerhard von Scharnhorst das .",
            &["Gerhard von Scharnhorst/PER/Gerhard von Scharnhorst"],
        ),
        (
            "Damals reiste Anna von Berlin nach Rom .",
            &["Anna von Berlin/PER/Anna von Berlin", "Rom/LOC/Rom"],
        ),
        (
            "Er fuhr von Scharnhorst nach Rom .",
            &["Scharnhorst/LOC/Scharnhorst", "Rom/LOC/Rom"],
        ),
    ]);
}

/// Compass-point parts of countries and regions (`data/loc_compass.tsv`) are places.
#[test]
fn compass_parts() {
    check(&[
        (
            "Urlaub in Süditalien und Nordhessen",
            &["Süditalien/LOC/Süditalien", "Nordhessen/LOC/Nordhessen"],
        ),
        (
            "die Küsten Nordfrankreichs",
            &["Nordfrankreichs/LOC/Nordfrankreich"],
        ),
        ("Die Nordkurve jubelte .", &[]),
    ]);
}

/// A build on a rayon pool's thread, where the build's independent parts run at once, makes
/// the gazetteer a build outside any pool makes: the same patterns and automaton, and the
/// same mentions with the same entities on a text with list names, rule-found persons,
/// compounds, demonyms and a document-level surname.
#[test]
fn build_on_a_pool_matches_the_serial_build() {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("thread pool");
    let pooled = pool.install(Gazetteer::default_german);
    let serial = g();
    assert_eq!(pooled.pattern_count(), serial.pattern_count());
    assert_eq!(pooled.automaton_bytes(), serial.automaton_bytes());
    let text = "Kreml-Sprecher Dmitri Peskow sagte in Moskau, die russische Regierung und \
                Josef Schwammberger seien einig. Später widersprach Peskow den US-Präsidenten \
                in Berlin-Mitte; die Nato-Gipfel in Kiew und die Bundesregierung schwiegen.";
    let (a, b) = (serial.find(text), pooled.find(text));
    assert!(a.mentions.len() >= 8, "{:?}", a.mentions);
    assert_eq!(a.mentions, b.mentions);
    let names = |g: &Gazetteer, m: &Matches| -> Vec<Entity> {
        m.mentions
            .iter()
            .map(|x| entity(g, m, x.entity).clone())
            .collect()
    };
    assert_eq!(names(serial, &a), names(&pooled, &b));
}

/// A listed short name that opens the full name (a family name first, `Mao` for `Mao
/// Zedong`) before another name word is someone else of that family (`Sprecherin Mao
/// Ning`); alone, or as the full name, it stays the listed person.
#[test]
fn family_name_of_another() {
    check(&[
        ("Sprecherin Mao Ning sagte am Montag", &[]),
        ("Mao sagte einst", &["Mao/PER/Mao Zedong"]),
        ("Mao Zedong gründete", &["Mao Zedong/PER/Mao Zedong"]),
    ]);
}
