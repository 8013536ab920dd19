//! German-aware tokenization and sentence splitting with exact byte offsets.
//!
//! SKELETON: the public API below is the contract the other crates build on; the
//! implementation is a placeholder to be replaced (issue 3).

#![deny(missing_docs)]

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

/// Tokens, sentences and paragraphs of one text. Reusable: `Tokenizer::analyze_into`
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

/// The German tokenizer. Build once, share across threads.
#[derive(Debug, Clone, Default)]
pub struct Tokenizer {}

impl Tokenizer {
    /// A tokenizer with the built-in German rules.
    pub fn new() -> Self {
        Tokenizer {}
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
        // PLACEHOLDER: whitespace split only.
        let mut start = None;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() {
                if let Some(s) = start.take() {
                    out.tokens.push(Token {
                        span: Span::new(s, i),
                        kind: TokenKind::Word,
                    });
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            out.tokens.push(Token {
                span: Span::new(s, text.len()),
                kind: TokenKind::Word,
            });
        }
        if !out.tokens.is_empty() {
            out.sentences.push(0..out.tokens.len());
            out.paragraphs.push(0..out.tokens.len());
        }
    }
}

/// Converts byte offsets into char (code point) offsets for one text, cheaply and
/// in any order.
#[derive(Debug, Clone)]
pub struct CharOffsets<'a> {
    text: &'a str,
}

impl<'a> CharOffsets<'a> {
    /// Prepares conversion for `text`.
    pub fn new(text: &'a str) -> Self {
        CharOffsets { text }
    }
    /// The char offset of byte offset `byte` (which must be on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        self.text[..byte].chars().count()
    }
}
