//! Quotations in German news: direct, indirect and reported speech, their speakers and cues.
//!
//! SKELETON: the public API below is the contract the driver builds on; the
//! implementation is a placeholder to be replaced (issue 5).

#![deny(missing_docs)]

use wortlaut_tokenize::{Analysis, Span};

/// What kind of entity a [`Mention`] names (as the quotes crate needs to know it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A person.
    Person,
    /// An organisation.
    Organisation,
    /// A place.
    Place,
    /// Anything else (derived adjectives, compound parts).
    Other,
}

/// Grammatical gender of a person, where the entity list knows it (for pronoun resolution).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// Male (`er`).
    Male,
    /// Female (`sie`).
    Female,
}

/// An entity mention handed in by the caller (the driver takes them from the gazetteer).
#[derive(Debug, Clone, Copy)]
pub struct Mention<'a> {
    /// Byte span of the mention in the document.
    pub span: Span,
    /// Kind of entity.
    pub kind: MentionKind,
    /// Its resolved (canonical) name.
    pub name: &'a str,
    /// Index of the caller's mention, echoed back in [`Speaker::mention`].
    pub index: usize,
    /// Gender, where known.
    pub gender: Option<Gender>,
}

/// The kind of a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Direct speech in quotation marks.
    Direct,
    /// Indirect speech (Konjunktiv, `dass` clauses, `laut X`); free indirect speech too.
    Indirect,
    /// A summary of a speech act (`Die Firma forderte eine schnellere Entscheidung`).
    Reported,
}

impl QuoteKind {
    /// The name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Reported => "reported",
        }
    }
}

/// Who said it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The mention as written, including its title (`Kreml-Sprecher Dmitri Peskow`, `er`).
    pub span: Span,
    /// The caller's mention this speaker resolves to (pronouns included), if any.
    pub mention: Option<usize>,
}

/// The verb (or phrase) of saying, possibly in parts (`fügte … an`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Its parts in text order.
    pub spans: Vec<Span>,
}

/// One quotation (or one part of an interrupted one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The content, quotation marks excluded.
    pub span: Span,
    /// Direct, indirect or reported.
    pub kind: QuoteKind,
    /// The speaker, if found.
    pub speaker: Option<Speaker>,
    /// The cue, if found.
    pub cue: Option<Cue>,
    /// Shared by the parts of one interrupted or multi-paragraph quotation.
    pub group: Option<u32>,
}

/// The detector: word lists built once, shared by all threads.
#[derive(Debug, Clone, Default)]
pub struct QuoteDetector {}

impl QuoteDetector {
    /// A detector with the built-in German lists.
    pub fn new() -> Self {
        QuoteDetector {}
    }

    /// All quotations in `text`, given its tokenization and (possibly empty) entity mentions
    /// sorted by start.
    pub fn detect(&self, text: &str, analysis: &Analysis, mentions: &[Mention<'_>]) -> Vec<Quote> {
        let _ = (text, analysis, mentions);
        Vec::new()
    }
}
