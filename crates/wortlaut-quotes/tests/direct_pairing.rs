//! Table tests for pairing quotation marks (`direct::pair_marks`): which spans become
//! direct quotations, compared as strings.

use wortlaut_quotes::{QuoteDetector, QuoteKind};
use wortlaut_tokenize::Tokenizer;

fn direct(text: &str) -> Vec<String> {
    let a = Tokenizer::new().analyze(text);
    QuoteDetector::new()
        .detect(text, &a, &[])
        .iter()
        .filter(|q| q.kind == QuoteKind::Direct)
        .map(|q| text[q.span.range()].to_string())
        .collect()
}

#[test]
fn guillemet_direction_is_voted_not_taken_from_the_first_mark() {
    let cases: &[(&str, &str, &[&str])] = &[
        (
            // The text starts inside a quotation: its first guillemet closes.
            "starts_inside_german",
            "zu feiern!« »Ich komme gleich wieder«, erwiderte sie. »Warten Sie doch noch einen Augenblick.« »Warum denn?« fragte Anna.",
            &[
                "Ich komme gleich wieder",
                "Warten Sie doch noch einen Augenblick.",
                "Warum denn?",
            ],
        ),
        (
            "swiss",
            "«Wir bleiben bei unserem Plan», sagte Müller. «Alles andere wäre falsch.»",
            &["Wir bleiben bei unserem Plan", "Alles andere wäre falsch."],
        ),
        (
            "starts_inside_swiss",
            "sehr schön.» «Wir bleiben bei unserem Plan», sagte Müller.",
            &["Wir bleiben bei unserem Plan"],
        ),
    ];
    for &(name, text, want) in cases {
        assert_eq!(direct(text), want, "{name}");
    }
}

#[test]
fn a_stray_single_mark_does_not_swallow_the_paragraph() {
    let text = "Der Angriff ereignete sich in ‘Adi, östlich der Stadt. Der Sprecher nannte ihn einen „entsetzlichen Angriff auf Zivilisten“.";
    assert_eq!(direct(text), ["entsetzlichen Angriff auf Zivilisten"]);
}

#[test]
fn an_unclosed_quotation_is_recovered_up_to_its_last_sentence_end() {
    let text = "Der Minister sagte: „Wir bleiben hier, auch wenn es am Ende sehr teuer wird. Danach sprach die Sprecherin: „Das wird noch lange dauern.“";
    assert_eq!(
        direct(text),
        [
            "Wir bleiben hier, auch wenn es am Ende sehr teuer wird.",
            "Das wird noch lange dauern."
        ]
    );
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

        /// Whatever the marks, direct quotations lie inside the text, in order, and never
        /// overlap (recovered and nested parts included).
        #[test]
        fn direct_quotes_are_ordered_and_disjoint(
            s in "([„“”»«›‹‚‘’\"]|[A-Za-zäöü]{1,7}|[ .,!?:]|\n\n){0,80}"
        ) {
            let a = Tokenizer::new().analyze(&s);
            let quotes = QuoteDetector::new().detect(&s, &a, &[]);
            let mut end = 0;
            for q in quotes.iter().filter(|q| q.kind == QuoteKind::Direct) {
                prop_assert!(q.span.start < q.span.end && q.span.end <= s.len());
                prop_assert!(s.is_char_boundary(q.span.start) && s.is_char_boundary(q.span.end));
                prop_assert!(q.span.start >= end, "{:?} overlaps in {:?}", q.span, s);
                end = q.span.end;
            }
        }
    }
}
