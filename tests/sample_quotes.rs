//! The sample article through the driver's models (default gazetteer): every quotation and
//! report is found with the right speaker.

use wortlaut::pipeline::Models;
use wortlaut_quotes::{Quote, QuoteKind};

const SAMPLE: &str = include_str!("../corpus/000_fd34b6c8db562257.txt");

struct Found<'a> {
    text: &'a str,
    kind: QuoteKind,
    speaker: Option<&'a str>,
    resolved: Option<String>,
    cue: Option<String>,
}

fn annotate() -> Vec<Found<'static>> {
    let gazetteer = wortlaut_gazetteer::Gazetteer::builder()
        .build()
        .expect("default gazetteer");
    let models = Models::new(gazetteer);
    let ann = models.annotate(SAMPLE);
    let hints = wortlaut::pipeline::quote_mentions(&models.gazetteer, &ann.matches);
    ann.quotes
        .iter()
        .map(|q: &Quote| Found {
            text: &SAMPLE[q.span.range()],
            kind: q.kind,
            speaker: q.speaker.as_ref().map(|s| &SAMPLE[s.span.range()]),
            resolved: q.speaker.as_ref().and_then(|s| {
                s.mention
                    .and_then(|m| hints.iter().find(|h| h.index == m))
                    .map(|h| h.name.to_string())
                    .or_else(|| s.resolved.map(|r| SAMPLE[r.range()].to_string()))
            }),
            cue: q.cue.as_ref().map(|c| {
                c.spans
                    .iter()
                    .map(|s| &SAMPLE[s.range()])
                    .collect::<Vec<_>>()
                    .join(" … ")
            }),
        })
        .collect()
}

/// The quotation of `kind` whose text contains `start` (the first such).
fn find<'a>(all: &'a [Found<'static>], start: &str, kind: QuoteKind) -> &'a Found<'static> {
    all.iter()
        .find(|f| f.text.contains(start) && f.kind == kind)
        .unwrap_or_else(|| {
            let seen: Vec<_> = all.iter().map(|f| f.text).collect();
            panic!("no quotation starting {start:?}; found {seen:#?}")
        })
}

fn who(f: &Found<'_>) -> String {
    format!(
        "{} / {}",
        f.speaker.unwrap_or("-"),
        f.resolved.as_deref().unwrap_or("-")
    )
}

#[test]
fn every_quote_and_report_with_its_speaker() {
    let all = annotate();
    // (start of the quotation, kind, a word the speaker or its resolution must contain)
    let table: &[(&str, QuoteKind, &str)] = &[
        ("die Bereitschaft Russlands", QuoteKind::Reported, "Peskow"),
        (
            "unsere im Rahmen der militärischen Sonderoperation",
            QuoteKind::Direct,
            "Peskow",
        ),
        (
            "Russland habe nicht die Absicht",
            QuoteKind::Indirect,
            "Putin",
        ),
        ("Letzteres lehnt Kyjiw", QuoteKind::Reported, "Kyjiw"),
        (
            "dass sie in der Stadt noch Angriffsoperationen",
            QuoteKind::Indirect,
            "Streitkräfte",
        ),
        (
            "Es ist schon oft vorgekommen",
            QuoteKind::Direct,
            "ukrainische Quelle",
        ),
        (
            "Er könne nicht an jedem Ministertreffen",
            QuoteKind::Indirect,
            "Rubio",
        ),
        (
            "Er mache sich da keine Sorgen",
            QuoteKind::Indirect,
            "Rutte",
        ),
        (
            "Die Amerikaner würden sich eng",
            QuoteKind::Indirect,
            "Rutte",
        ),
    ];
    for &(start, kind, speaker) in table {
        let f = find(&all, start, kind);
        assert!(
            who(f).contains(speaker),
            "{start}: speaker {} should name {speaker}",
            who(f)
        );
    }
    // The pronoun is resolved to the most recent fitting person.
    let putin = find(&all, "Russland habe nicht die Absicht", QuoteKind::Indirect);
    assert_eq!(putin.speaker, Some("er"));
    assert_eq!(putin.cue.as_deref(), Some("fügte … an"));
    let rubio = find(
        &all,
        "Er könne nicht an jedem Ministertreffen",
        QuoteKind::Indirect,
    );
    assert_eq!(rubio.cue.as_deref(), Some("ließ … erklären"));
    // The direct quotation excludes its marks; the sentence around the partial quote is
    // reported speech (Konjunktiv II after Peskow's statement).
    let partial = find(
        &all,
        "Diese müssten jedoch dazu dienen",
        QuoteKind::Indirect,
    );
    assert!(who(partial).contains("Peskow"), "{}", who(partial));
    let ft = find(&all, "Es ist schon oft vorgekommen", QuoteKind::Direct);
    assert!(ft.text.ends_with("wie vorher"), "{}", ft.text);
    assert_eq!(ft.speaker, Some("eine hochrangige ukrainische Quelle"));
    // Headlines and captions are no quotations.
    assert!(all.iter().all(|f| !f.text.contains("Foto:")));
}
