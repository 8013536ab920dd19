//! Pronoun speakers through the driver's models (default gazetteer) when the first names
//! are ones the Berlin lists give both genders (`Petra`, `Laura`, `Thomas`): the
//! gazetteer's person mentions carry the name's usual gender, so `er`/`sie` find the
//! person of theirs, not merely the nearest one.

use wortlaut::pipeline::Models;

/// The resolved name of the last quotation's speaker in `text`.
fn last_speaker(models: &Models, text: &str) -> Option<String> {
    let ann = models.annotate(text);
    let hints = wortlaut::pipeline::quote_mentions(&models.gazetteer, &ann.matches);
    let q = ann.quotes.last()?;
    let s = q.speaker.as_ref()?;
    s.mention
        .and_then(|m| hints.iter().find(|h| h.index == m))
        .map(|h| h.name.to_string())
        .or_else(|| s.resolved.map(|r| text[r.range()].to_string()))
}

#[test]
fn pronouns_find_the_person_of_their_gender() {
    let gazetteer = wortlaut_gazetteer::Gazetteer::builder()
        .build()
        .expect("default gazetteer");
    let models = Models::new(gazetteer);
    for (text, want) in [
        (
            "Stefan Lechner und Petra Moser stritten am Montag. Er warf ihr vor, die Zahlen \
             geschönt zu haben.",
            "Stefan Lechner",
        ),
        (
            "Petra Moser und Stefan Lechner stritten am Montag. Sie warf ihm vor, die Zahlen \
             geschönt zu haben.",
            "Petra Moser",
        ),
        (
            "Laura Becker traf Thomas Wolf in Berlin. „Wir müssen reden“, sagte sie.",
            "Laura Becker",
        ),
    ] {
        assert_eq!(last_speaker(&models, text).as_deref(), Some(want), "{text}");
    }
}
