//! No panic on any input: arbitrary strings and soups of German quotation marks, unbalanced
//! and adversarial; every span in bounds and on char boundaries.

use proptest::prelude::*;
use wortlaut_quotes::{Mention, MentionKind, QuoteDetector};
use wortlaut_tokenize::{Span, Tokenizer};

fn check(text: &str, with_mentions: bool) {
    let tok = Tokenizer::new();
    let det = QuoteDetector::new();
    let a = tok.analyze(text);
    // Mentions on every capitalised word, as a gazetteer might hand them in.
    let mut mentions = Vec::new();
    if with_mentions {
        for (i, t) in a.tokens.iter().enumerate() {
            if text[t.span.range()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
            {
                mentions.push(Mention {
                    span: t.span,
                    kind: MentionKind::Person,
                    name: "X",
                    index: i,
                    gender: None,
                });
            }
        }
    }
    let ok = |s: Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for q in det.detect(text, &a, &mentions) {
        assert!(ok(q.span) && !q.span.is_empty(), "{:?}", q.span);
        if let Some(sp) = &q.speaker {
            assert!(ok(sp.span), "{:?}", sp.span);
            if let Some(r) = sp.resolved {
                assert!(ok(r));
            }
            if let Some(m) = sp.mention {
                assert!(mentions.iter().any(|x| x.index == m));
            }
        }
        if let Some(c) = &q.cue {
            assert!(c.spans.iter().all(|&s| ok(s)));
        }
    }
}

fn soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("„".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‚".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("»".to_string()),
        Just("«".to_string()),
        Just("›".to_string()),
        Just("‹".to_string()),
        Just("\"".to_string()),
        Just("'".to_string()),
        Just(" ".to_string()),
        Just("\n\n".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just(": ".to_string()),
        Just("sagte er".to_string()),
        Just("fügte sie an".to_string()),
        Just("ließ Rubio erklären".to_string()),
        Just("Peskow".to_string()),
        Just("laut".to_string()),
        Just("zufolge".to_string()),
        Just("so der Sprecher".to_string()),
        Just("habe".to_string()),
        Just("sei".to_string()),
        Just("dass".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        "[a-zäöüßA-ZÄÖÜ]{1,8}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(s in "\\PC{0,200}") {
        check(&s, false);
        check(&s, true);
    }

    #[test]
    fn mark_soups(s in soup()) {
        check(&s, false);
        check(&s, true);
    }

    /// `detect_into` a vector holding an earlier document's quotes (whose cue spans it
    /// reuses) gives what `detect` gives.
    #[test]
    fn detect_into_is_detect(a in soup(), b in soup()) {
        same_into(&[&a, &b, &a]);
    }
}

fn same_into(texts: &[&str]) {
    let tok = Tokenizer::new();
    let det = QuoteDetector::new();
    let mut out = Vec::new();
    for text in texts {
        let an = tok.analyze(text);
        det.detect_into(text, &an, &[], &mut out);
        assert_eq!(out, det.detect(text, &an, &[]), "{text:?}");
    }
}

#[test]
fn detect_into_reuses_as_detect() {
    let long = "„Wir kommen“, sagte er. Sie fügte an, man habe genug. „Nein“, ließ Rubio erklären.";
    let short = "Laut Peskow sei alles ruhig.";
    same_into(&[long, short, "", long, long, short]);
    // (The texts do give quotes with cues, so cue spans are reused.)
    let an = Tokenizer::new().analyze(long);
    let q = QuoteDetector::new().detect(long, &an, &[]);
    assert!(q.iter().filter(|q| q.cue.is_some()).count() >= 2, "{q:?}");
}

#[test]
fn adversarial_fixed_inputs() {
    for s in [
        "",
        "„",
        "“",
        "„„„„",
        "“ “ “ „",
        "»«»«",
        "„a\n\n„b\n\n„c",
        "\"\"\"",
        "sagte",
        ", sagte er",
        "„Hallo“, sagte",
        "„Hallo“,",
        "laut",
        "zufolge",
        ", so",
        "heißt es",
        "ließ",
        "fügte",
        "Er habe",
        "( ( ( )",
        "„x“ „y“ ‚z‘ ›w‹",
        "Ä„Ö“Ü",
        // (A focus particle before a word opening with a multi-byte letter, as long as
        // a subordinator: `über` and `Bevor` are both five bytes.)
        "Auch über die Zukunft sprach er, sagte sie.",
        // (A comma closing the text after an inverted attribution: nothing after it.)
        "Die Lage ist ernst, sagte sie,",
        "X, sagte Peter Lind, )",
    ] {
        check(s, false);
        check(s, true);
    }
}
