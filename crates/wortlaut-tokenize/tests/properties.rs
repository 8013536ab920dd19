//! Properties over arbitrary input: no panic, and the span invariants hold.
//!
//! Coverage is exact: every char is inside a token except whitespace
//! (`char::is_whitespace`), control characters, and invisible format
//! characters (soft hyphen, ZWSP, ZWJ, word joiner, BOM, bidi marks, variation
//! selectors, tags) that stand where a token would start. No token starts or
//! ends with whitespace, and no token contains whitespace.

use proptest::prelude::*;
use wortlaut_tokenize::{Analysis, Tokenizer};

fn is_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFE00..=0xFE0F | 0xFEFF
        | 0xE0000..=0xE007F | 0xE0100..=0xE01EF)
}

/// May a char stay outside every token?
fn may_be_uncovered(c: char) -> bool {
    c.is_whitespace() || c.is_control() || is_format(c)
}

fn check(text: &str, a: &Analysis) -> Result<(), TestCaseError> {
    let mut covered = vec![false; text.len()];
    let mut last = 0;
    for t in &a.tokens {
        let (s, e) = (t.span.start, t.span.end);
        prop_assert!(s < e && e <= text.len(), "span {s}..{e} out of bounds");
        prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        prop_assert!(s >= last, "tokens overlap or are unordered at {s}");
        last = e;
        let tok = &text[s..e];
        prop_assert!(
            !tok.chars().any(char::is_whitespace),
            "whitespace in token {tok:?}"
        );
        let first = tok.chars().next().unwrap_or(' ');
        prop_assert!(!may_be_uncovered(first), "token starts with {first:?}");
        covered[s..e].iter_mut().for_each(|c| *c = true);
    }
    for (i, c) in text.char_indices() {
        prop_assert!(
            covered[i] || may_be_uncovered(c),
            "char {c:?} at {i} not covered in {text:?}"
        );
    }
    for ranges in [&a.sentences, &a.paragraphs] {
        let mut next = 0;
        for r in ranges.iter() {
            prop_assert_eq!(r.start, next, "ranges not contiguous");
            prop_assert!(r.end > r.start, "empty range");
            next = r.end;
        }
        prop_assert_eq!(next, a.tokens.len(), "ranges do not cover all tokens");
    }
    // Every sentence lies inside one paragraph.
    let mut p = a.paragraphs.iter().peekable();
    for s in &a.sentences {
        while p.peek().is_some_and(|r| r.end <= s.start) {
            p.next();
        }
        let Some(r) = p.peek() else {
            return Err(TestCaseError::fail("sentence outside paragraphs"));
        };
        prop_assert!(
            r.start <= s.start && s.end <= r.end,
            "sentence crosses paragraphs"
        );
    }
    Ok(())
}

fn check_all(text: &str) -> Result<(), TestCaseError> {
    for tok in [
        Tokenizer::new(),
        Tokenizer::builder().split_hyphens(true).build(),
        Tokenizer::builder().headlines(false).build(),
    ] {
        check(text, &tok.analyze(text))?;
    }
    Ok(())
}

/// German text pieces, punctuation, quotes and oddities, glued without spaces
/// as often as with.
fn soup() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "„", "“", "”", "‚", "‘", "’", "»", "«", "›", "‹", "\"", "'", "''", "``", "`", "´", ".",
        "..", "...", "…", ",", ";", ":", "!", "?", "-", "--", "–", "—", "‐", "/", "*", "_", "&",
        "@", "#", "(", ")", "[", "]", "%", "€", "§", "z", "B", "z.B.", "u.a.", "Dr", "usw", "Mio",
        "ca", "Art", "1", "12", "2025", "1.000", ",50", "3:1", "innen", "in", "s", "Bürger",
        "geht", "Ä", "ß", "und", "Die", "Dezember", "http", "://", "www", "de", "com", "org", "II",
        "J", "\u{ad}", "\u{200b}", "\u{200d}", "\u{feff}", "\u{a0}", "\u{202f}", "\u{308}",
        "\u{2028}", "\u{2029}", "😀", "👍🏽", "🇩🇪", "\u{fe0f}", "\r\n", "\n", "\n\n", " ", "\t",
        ":-)", ";)", "\u{1}", "\u{85}",
    ]);
    prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arbitrary_strings(s in any::<String>()) {
        check_all(&s)?;
    }

    #[test]
    fn german_punctuation_soup(s in soup()) {
        check_all(&s)?;
    }

    #[test]
    fn byte_offsets_to_chars(s in any::<String>()) {
        let co = wortlaut_tokenize::CharOffsets::new(&s);
        for (ci, (bi, _)) in s.char_indices().enumerate() {
            prop_assert_eq!(co.char_offset(bi), ci);
        }
        prop_assert_eq!(co.char_offset(s.len()), s.chars().count());
        prop_assert_eq!(co.char_offset(s.len() + 7), s.chars().count());
    }
}

#[test]
fn long_input_without_newline() {
    let text = "Wort-".repeat(20_000) + &"„".repeat(1000) + &"a.".repeat(5000);
    check_all(&text).unwrap();
    // Dotted runs without spaces look like domains at every period: linear, not
    // quadratic (the failed check covers the rest of the run).
    let text = "abcd.".repeat(50_000)
        + "x@y"
        + &"ab.cd".repeat(10_000)
        + &"a.".repeat(50_000)
        + "abcd "
        + &"http://x".repeat(100)
        + &")".repeat(50_000);
    let a = Tokenizer::new().analyze(&text);
    check(&text, &a).unwrap();
    assert!(a.tokens.len() > 100_000);
}

#[test]
fn edge_inputs() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\u{ad}",
        "\u{308}",
        "'",
        "''",
        "-",
        "a-",
        "1.",
        "http://",
        "@",
        "#",
        "ä\u{308}\u{308}",
    ] {
        check_all(text).unwrap();
    }
}
