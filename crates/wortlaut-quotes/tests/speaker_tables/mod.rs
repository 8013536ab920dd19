//! The harness of the speaker table tests (`context.rs`, `speakers.rs`): each row names a
//! quotation by its text and the speaker expected as written (or none), checked by slicing
//! the input. (A report that is a whole sentence holds the sentence's closing stop; the rows
//! name it with or without: spans are `table.rs`'s to test.)

use std::collections::HashSet;
use wortlaut_quotes::QuoteDetector;
use wortlaut_tokenize::Tokenizer;

/// (name, text, quotation as written, speaker as written or `None`).
pub type Case = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
);

/// The speaker of the quotation whose text is `quote`: `None` when no such quotation was
/// found, `Some(None)` when it was found without a speaker.
pub fn speaker_of(text: &str, quote: &str) -> Option<Option<String>> {
    let a = Tokenizer::new().analyze(text);
    QuoteDetector::new()
        .detect(text, &a, &[])
        .iter()
        .find(|q| same_quote(&text[q.span.range()], quote))
        .map(|q| q.speaker.as_ref().map(|s| text[s.span.range()].to_string()))
}

/// Whether a quotation's text is `want`, a closing `.`, `!` or `?` aside.
pub fn same_quote(found: &str, want: &str) -> bool {
    fn bare(t: &str) -> &str {
        t.strip_suffix(['.', '!', '?']).unwrap_or(t)
    }
    bare(found) == bare(want)
}

/// Checks every row of `table` (case names must be unique).
pub fn check(table: &[Case]) {
    let mut names = HashSet::new();
    for &(name, text, quote, want) in table {
        assert!(names.insert(name), "duplicate case name {name}");
        assert_eq!(
            speaker_of(text, quote),
            Some(want.map(str::to_string)),
            "{name}: speaker of «{quote}» in «{text}»"
        );
    }
}
