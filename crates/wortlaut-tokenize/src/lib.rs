//! German-aware tokenization and sentence splitting with exact byte offsets.
//!
//! [`Tokenizer::analyze`] turns a borrowed `&str` into [`Token`]s (byte [`Span`]s
//! into the text as written, plus a [`TokenKind`]), sentences and paragraphs (as
//! token index ranges). It knows German news conventions: abbreviations
//! (`z. B.`, `Dr.`, `Mio.`), ordinals and dates (`am 1. Dezember`, `1.12.2025`),
//! numbers (`1.000,50`, `3:1`), hyphen compounds kept whole (`US-Präsident`,
//! `Ein- und Ausfuhr`), elisions (`geht's`), initials, URLs, e-mails, hashtags,
//! every German quotation mark, gender forms (`Bürger*innen`), emoji.
//!
//! ```
//! use wortlaut_tokenize::Tokenizer;
//!
//! let text = "„Was nun?“, fragte sie. Der US-Präsident kommt am 1. Dezember.";
//! let a = Tokenizer::new().analyze(text);
//! let words: Vec<&str> = a.tokens.iter().map(|t| &text[t.span.range()]).collect();
//! assert_eq!(words[..4], ["„", "Was", "nun", "?"]);
//! assert!(words.contains(&"US-Präsident") && words.contains(&"1."));
//! assert_eq!(a.sentences.len(), 2);
//! assert_eq!(&text[a.sentence_span(1).range()], "Der US-Präsident kommt am 1. Dezember.");
//! ```
//!
//! # Conventions
//!
//! * Spans never contain whitespace (`char::is_whitespace`, which includes the
//!   no-break space) and never split a character. Every character is covered by
//!   a token except whitespace, ASCII/C1 control characters, and invisible
//!   format characters (soft hyphen, ZWSP, ZWJ, word joiner, BOM, bidi marks,
//!   variation selectors) that stand where a token would start. Inside a token
//!   (after its first character) format characters and combining marks stay
//!   in the token: `Zu\u{AD}cker` is one word.
//! * The text is never rewritten. Look-ups in word lists use an NFC form of the
//!   word ([`nfc`]), so decomposed umlauts match while offsets stay exact.
//! * Hyphen compounds are single tokens by default; [`TokenizerBuilder::split_hyphens`]
//!   gives the Universal Dependencies convention (`CDU` `-` `Chef`), and
//!   [`HyphenParts`] exposes the parts of any compound token.
//! * Sentences: split after `.`, `!`, `?`, `…`, an emoticon, unless the next token
//!   starts in lower case or is `,` `;` `:`; closing quotes and brackets stay with
//!   the sentence; after `usw.`, `Mio.`, `etc.` or a free-standing `...` only
//!   before a typical sentence opener (`Die`, `Er`, `Doch`, ...);
//!   never after abbreviations, ordinals, dates or initials; never at a colon;
//!   always at a blank line (paragraph break); at a single line break after a line
//!   without final punctuation when the next line starts in upper case, with a
//!   digit, quote, dash or bullet (headlines, captions, list items; see
//!   [`TokenizerBuilder::headlines`]). Not when the line ends in an article,
//!   preposition or conjunction, nor in hard-wrapped text (most lines that end
//!   in a single line break are long and of similar length).
//! * Paragraphs: separated by blank lines (a line of whitespace only counts as
//!   blank; so does U+2029 PARAGRAPH SEPARATOR).
//!
//! # Accuracy
//!
//! `cargo xtask eval tokenize` scores against UD German-GSD dev exactly like the
//! treebank's reference scorer. Measured 2026-11-25 (F1 %): tokens 99.90 with
//! `split_hyphens` (UD convention), 99.93 hyphen-merged, sentences 96.14; SoMaJo
//! 98.75 / 99.62 / 84.48 and spaCy `blank("de")` + sentencizer 99.02 / 99.88 /
//! 93.65 in the same run.
//!
//! # Performance
//!
//! One pass over the bytes with a 256-entry class table; non-ASCII characters
//! are decoded only where they occur (umlauts have a two-byte fast path). Plain
//! words are scanned eight bytes at a time, and the common cases (one space
//! between tokens, a word in mid-sentence, a word before a sentence-final
//! period, a comma) take shortcuts that tests tie to the general path. Word
//! lists are searched only at a period after a word or number, behind a bit
//! filter. No heap allocation per token: [`Tokenizer::analyze_into`] reuses the
//! caller's buffers. `split_hyphens` costs one extra scan of hyphenated tokens
//! only. About 18 instructions per byte of German news
//! (`examples/tokenize_corpus` under callgrind).

#![deny(missing_docs)]

mod chars;
mod lexicon;
mod scan;

use std::borrow::Cow;
use std::ops::Range;

/// A byte range into the text as written (end-exclusive, on char boundaries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A new span.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    /// As a `Range<usize>`, for slicing.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }
    /// True for an empty span.
    pub fn is_empty(self) -> bool {
        self.end == self.start
    }
}

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum TokenKind {
    /// A word, including hyphen compounds (`Nato-Gipfel`) and gender forms.
    Word,
    /// A number (`1.000,50`, `3:1`, `2025`).
    Number,
    /// An ordinal with its period (`1.`).
    Ordinal,
    /// A date written as one token (`1.12.2025`, `2025-12-02`).
    Date,
    /// An abbreviation with its period (`Dr.`, `z.B.`).
    Abbreviation,
    /// Punctuation other than quotes and dashes.
    Punctuation,
    /// An opening quotation mark (`„`, `»`, `‚`, ...).
    QuoteOpen,
    /// A closing quotation mark (`“`, `«`, `‘`, ...).
    QuoteClose,
    /// A quotation mark whose direction the tokenizer cannot tell (`"`, `'`).
    QuoteAmbiguous,
    /// A dash (`–`, `—`, a free-standing `-`).
    Dash,
    /// A URL.
    Url,
    /// An e-mail address.
    Email,
    /// A hashtag or @-mention.
    Hashtag,
    /// Emoji or other symbols.
    Symbol,
}

impl TokenKind {
    /// The lower-case name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            TokenKind::Word => "word",
            TokenKind::Number => "number",
            TokenKind::Ordinal => "ordinal",
            TokenKind::Date => "date",
            TokenKind::Abbreviation => "abbreviation",
            TokenKind::Punctuation => "punctuation",
            TokenKind::QuoteOpen => "quote_open",
            TokenKind::QuoteClose => "quote_close",
            TokenKind::QuoteAmbiguous => "quote",
            TokenKind::Dash => "dash",
            TokenKind::Url => "url",
            TokenKind::Email => "email",
            TokenKind::Hashtag => "hashtag",
            TokenKind::Symbol => "symbol",
        }
    }
}

/// A token: a span into the text and its kind. Small and `Copy`; the text is
/// obtained by slicing the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the token is.
    pub span: Span,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text in `text` (the string it was found in; empty if the span
    /// does not fit it).
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.range()).unwrap_or("")
    }
}

/// Tokens, sentences and paragraphs of one text. Sentences and paragraphs are
/// ordered, non-overlapping, non-empty token index ranges that together cover all
/// tokens; every sentence lies inside one paragraph. Reusable: `Tokenizer::analyze_into`
/// clears and refills it, so hot loops keep their buffers.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// All tokens in order.
    pub tokens: Vec<Token>,
    /// Sentences as token index ranges, in order.
    pub sentences: Vec<Range<usize>>,
    /// Paragraphs as token index ranges, in order (text separated by blank lines).
    pub paragraphs: Vec<Range<usize>>,
}

impl Analysis {
    /// The byte span of sentence `i`.
    pub fn sentence_span(&self, i: usize) -> Span {
        range_span(&self.tokens, self.sentences[i].clone())
    }
    /// The byte span of paragraph `i`.
    pub fn paragraph_span(&self, i: usize) -> Span {
        range_span(&self.tokens, self.paragraphs[i].clone())
    }
}

fn range_span(tokens: &[Token], r: Range<usize>) -> Span {
    if r.is_empty() {
        return Span::default();
    }
    Span::new(tokens[r.start].span.start, tokens[r.end - 1].span.end)
}

/// Options of a [`Tokenizer`], set through [`TokenizerBuilder`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Options {
    pub(crate) split_hyphens: bool,
    pub(crate) headlines: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            split_hyphens: false,
            headlines: true,
        }
    }
}

/// Builds a [`Tokenizer`] with non-default options.
///
/// ```
/// use wortlaut_tokenize::Tokenizer;
///
/// let ud = Tokenizer::builder().split_hyphens(true).build();
/// let text = "Der CDU-Chef";
/// let a = ud.analyze(text);
/// let parts: Vec<&str> = a.tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(parts, ["Der", "CDU", "-", "Chef"]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct TokenizerBuilder {
    opts: Options,
}

impl TokenizerBuilder {
    /// Split hyphen compounds into parts and hyphens, as Universal Dependencies
    /// does (`CDU-Chef` → `CDU` `-` `Chef`, `Ein-` → `Ein` `-`). Default: off,
    /// compounds are one token.
    pub fn split_hyphens(&mut self, yes: bool) -> &mut Self {
        self.opts.split_hyphens = yes;
        self
    }

    /// Split sentences at a single line break after a line without final
    /// punctuation when the next line looks like a sentence start (headlines,
    /// captions, list items). Default: on. Turn it off for hard-wrapped text.
    pub fn headlines(&mut self, yes: bool) -> &mut Self {
        self.opts.headlines = yes;
        self
    }

    /// The tokenizer.
    pub fn build(&self) -> Tokenizer {
        Tokenizer { opts: self.opts }
    }
}

/// The German tokenizer. Build once, share across threads (`Send + Sync`,
/// immutable).
#[derive(Debug, Clone, Default)]
pub struct Tokenizer {
    opts: Options,
}

impl Tokenizer {
    /// A tokenizer with the built-in German rules and default options.
    pub fn new() -> Self {
        Tokenizer::default()
    }

    /// A builder for non-default options.
    pub fn builder() -> TokenizerBuilder {
        TokenizerBuilder::default()
    }

    /// Tokens, sentences and paragraphs of `text`.
    pub fn analyze(&self, text: &str) -> Analysis {
        let mut a = Analysis::default();
        self.analyze_into(text, &mut a);
        a
    }

    /// Like [`Tokenizer::analyze`], reusing `out`'s buffers.
    pub fn analyze_into(&self, text: &str, out: &mut Analysis) {
        out.tokens.clear();
        out.sentences.clear();
        out.paragraphs.clear();
        scan::analyze(text, self.opts, out);
    }
}

/// The parts of a hyphen compound token and its hyphens (`US-Präsident` →
/// `US`, `-`, `Präsident`; `Ein-` → `Ein`, `-`; `Spa-/Wellness` → `Spa`, `-`,
/// `/`, `Wellness`), as spans with kinds. A token without hyphens (U+002D,
/// U+2010, U+2011) yields itself.
///
/// ```
/// use wortlaut_tokenize::{HyphenParts, Span, TokenKind};
///
/// let text = "28-Punkte-Plan";
/// let parts: Vec<&str> = HyphenParts::new(text, Span::new(0, text.len()), TokenKind::Word)
///     .map(|(s, _)| &text[s.range()])
///     .collect();
/// assert_eq!(parts, ["28", "-", "Punkte", "-", "Plan"]);
/// ```
#[derive(Debug, Clone)]
pub struct HyphenParts<'t> {
    text: &'t str,
    pos: usize,
    end: usize,
    kind: TokenKind,
}

impl<'t> HyphenParts<'t> {
    /// The parts of the token at `span` (of kind `kind`) in `text`.
    pub fn new(text: &'t str, span: Span, kind: TokenKind) -> Self {
        let end = span.end.min(text.len());
        HyphenParts {
            text,
            pos: span.start.min(end),
            end,
            kind,
        }
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

impl Iterator for HyphenParts<'_> {
    type Item = (Span, TokenKind);

    fn next(&mut self) -> Option<(Span, TokenKind)> {
        let rest = self.text.get(self.pos..self.end)?;
        let first = rest.chars().next()?;
        let start = self.pos;
        let splittable = matches!(
            self.kind,
            TokenKind::Word
                | TokenKind::Number
                | TokenKind::Date
                | TokenKind::Ordinal
                | TokenKind::Abbreviation
        );
        if !splittable {
            self.pos = self.end;
            return Some((Span::new(start, self.end), self.kind));
        }
        if is_hyphen(first) || (first == '/' && start > 0 && self.text[..start].ends_with('-')) {
            self.pos += first.len_utf8();
            return Some((Span::new(start, self.pos), TokenKind::Punctuation));
        }
        let len = rest.find(is_hyphen).unwrap_or(rest.len());
        // A hyphen at the very start (not produced by the tokenizer) stays in.
        let len = if len == 0 { first.len_utf8() } else { len };
        self.pos += len;
        let part = &rest[..len];
        let kind =
            if self.pos >= self.end && !matches!(self.kind, TokenKind::Number | TokenKind::Date) {
                if self.kind == TokenKind::Ordinal && start > 0 && !part.ends_with('.') {
                    TokenKind::Word
                } else {
                    self.kind
                }
            } else if part
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
        Some((Span::new(start, self.pos), kind))
    }
}

/// `s` in Unicode Normalization Form C: borrowed when it already is (the usual
/// case, checked quickly), owned otherwise. For matching only: spans always
/// index the original text.
pub fn nfc(s: &str) -> Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if s.is_ascii() || below_combining_marks(s) {
        return Cow::Borrowed(s);
    }
    match is_nfc_quick(s.chars()) {
        IsNormalized::Yes => Cow::Borrowed(s),
        _ if unicode_normalization::is_nfc(s) => Cow::Borrowed(s),
        _ => Cow::Owned(s.nfc().collect()),
    }
}

/// Are all chars of `s` below U+0300 (every byte below 0xCC)? Such text is
/// NFC: below the combining diacritics every char is NFC_Quick_Check=Yes with
/// combining class 0, so nothing composes or reorders (a test checks every
/// such char). Latin text with precomposed umlauts passes without decoding.
#[inline]
pub(crate) fn below_combining_marks(s: &str) -> bool {
    s.bytes().all(|b| b < 0xCC)
}

/// Converts byte offsets into char (code point) offsets for one text, cheaply and
/// in any order: O(1) for ASCII text, otherwise a prefix count per 256-byte block
/// (built once) plus a count inside one block.
#[derive(Debug, Clone)]
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Chars before each 256-byte block; empty for ASCII text.
    blocks: Vec<usize>,
}

const BLOCK: usize = 256;

impl<'a> CharOffsets<'a> {
    /// Prepares conversion for `text`.
    pub fn new(text: &'a str) -> Self {
        let mut blocks = Vec::new();
        if !text.is_ascii() {
            let mut count = 0;
            for chunk in text.as_bytes().chunks(BLOCK) {
                blocks.push(count);
                count += chunk.iter().filter(|&&b| (b as i8) >= -0x40).count();
            }
        }
        CharOffsets { text, blocks }
    }

    /// The char offset of byte offset `byte`. On a char boundary this is the
    /// number of chars before it; inside a char it counts that char as before;
    /// past the end it is the text's char count.
    pub fn char_offset(&self, byte: usize) -> usize {
        let bytes = self.text.as_bytes();
        let byte = byte.min(bytes.len());
        if self.blocks.is_empty() {
            return byte;
        }
        let k = byte / BLOCK;
        let base = self.blocks.get(k).copied().unwrap_or(0);
        base + bytes[k * BLOCK..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::char::canonical_combining_class;
    use unicode_normalization::{is_nfc_quick, IsNormalized};

    /// The premise of `below_combining_marks`: every char below U+0300 is
    /// NFC_Quick_Check=Yes with combining class 0, so any string of them is NFC.
    #[test]
    fn chars_below_u0300_are_nfc_starters() {
        for c in (0u32..0x300).filter_map(char::from_u32) {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            assert_eq!(is_nfc_quick(std::iter::once(c)), IsNormalized::Yes, "{c:?}");
        }
        assert!(below_combining_marks("Größe ÆØÅ ǅ ʼ"));
        assert!(!below_combining_marks("Gro\u{308}ße"));
        assert!(!below_combining_marks("€"));
    }

    /// The fast path gives what the full check gives.
    #[test]
    fn nfc_fast_path_agrees_with_full_normalization() {
        use unicode_normalization::UnicodeNormalization;
        for s in [
            "Größe",
            "Gro\u{308}ße",
            "ǅemal",
            "Ça\u{327}",
            "A\u{30A}",
            "한국",
            "€uro",
        ] {
            let full: String = s.nfc().collect();
            assert_eq!(nfc(s), full, "{s:?}");
        }
    }
}
