//! The sample article (`corpus/000_fd34b6c8db562257.txt`): every person, place and
//! organisation in it is found with the right label and canonical form, titles are kept as
//! roles, and compounds are `*part` mentions.

use std::collections::BTreeSet;
use wortlaut_gazetteer::{EntityRef, Gazetteer};

#[test]
fn sample_article_entities() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/corpus/000_fd34b6c8db562257.txt"
    );
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("note: {path} is absent, test skipped");
        return;
    };
    let g = Gazetteer::default_german();
    let m = g.find(&text);
    let got: BTreeSet<(String, &str, String)> = m
        .mentions
        .iter()
        .map(|x| {
            let e = match x.entity {
                EntityRef::Known(i) => g.entity(i),
                EntityRef::Local(i) => &m.local[i as usize],
            };
            (
                text[x.start..x.end].to_owned(),
                x.label.as_str(),
                e.canonical.clone(),
            )
        })
        .collect();
    let want = [
        ("Steve Witkoff", "PER", "Steve Witkoff"),
        ("Witkoff", "PER", "Steve Witkoff"),
        ("Donald Trumps", "PER", "Donald Trump"),
        ("Donald Trump", "PER", "Donald Trump"),
        ("Trump", "PER", "Donald Trump"),
        ("Jared Kushner", "PER", "Jared Kushner"),
        ("Wladimir Putin", "PER", "Wladimir Putin"),
        ("Putin", "PER", "Wladimir Putin"),
        ("Dmitri Peskow", "PER", "Dmitri Peskow"),
        ("Marco Rubio", "PER", "Marco Rubio"),
        ("Rubio", "PER", "Marco Rubio"),
        ("Mark Rutte", "PER", "Mark Rutte"),
        ("Russland", "LOC", "Russland"),
        ("Russlands", "LOC", "Russland"),
        ("Moskau", "LOC", "Moskau"),
        ("Europa", "LOC", "Europa"),
        ("Ukraine", "LOC", "Ukraine"),
        ("Kyjiw", "LOC", "Kiew"),
        ("USA", "LOC", "Vereinigte Staaten"),
        ("Brüssel", "LOC", "Brüssel"),
        ("Washington", "LOC", "Washington"),
        ("Kreml", "LOC", "Kreml"),
        ("Reuters", "ORG", "Reuters"),
        ("Financial Times", "ORG", "Financial Times"),
        ("Nato-Außenministertreffen", "ORGpart", "Nato"),
        ("Nato-Generalsekretär", "ORGpart", "Nato"),
        ("US-Präsident", "LOCpart", "Vereinigte Staaten"),
        ("US-Delegation", "LOCpart", "Vereinigte Staaten"),
        ("russische", "LOCderiv", "Russland"),
        ("ukrainischen", "LOCderiv", "Ukraine"),
        ("indische", "LOCderiv", "Indien"),
        ("europäischen", "LOCderiv", "Europa"),
        ("Amerikaner", "LOCderiv", "Vereinigte Staaten"),
        ("Europäern", "LOCderiv", "Europa"),
    ];
    for (t, l, c) in want {
        assert!(
            got.contains(&(t.to_owned(), l, c.to_owned())),
            "missing {t}/{l}/{c}"
        );
    }
    // Every person mention is one of the article's seven persons.
    let persons: BTreeSet<&str> = got
        .iter()
        .filter(|x| x.1 == "PER")
        .map(|x| x.2.as_str())
        .collect();
    assert_eq!(persons.len(), 7, "{persons:?}");
    // Titles before names are roles, not part of the span.
    let role_of = |name: &str| {
        m.mentions
            .iter()
            .find(|x| &text[x.start..x.end] == name)
            .and_then(|x| x.role)
            .map(|(s, e)| &text[s..e])
    };
    assert_eq!(role_of("Marco Rubio"), Some("US-Außenminister"));
    assert_eq!(role_of("Mark Rutte"), Some("Nato-Generalsekretär"));
    assert_eq!(role_of("Wladimir Putin"), Some("Präsidenten"));
}
