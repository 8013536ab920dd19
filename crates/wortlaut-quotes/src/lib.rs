//! Quotations in German news: direct, indirect and reported speech, their speakers and cues.
//!
//! Built on the tokenizer's tokens (punctuation still attached to a token is split off) and,
//! where the caller has them, entity mentions (for linking speakers and resolving pronouns).
//! Rules, no model: quotation marks are paired per paragraph ([`direct`]), titles and scare
//! quotes are filtered out by how German news uses marks, and indirect and reported speech
//! are found from verbs of saying, Konjunktiv forms and report markers (`laut X`, `X zufolge`,
//! `so X`, `heißt es`); speakers come from the clause around the cue ([`attrib`]).

#![deny(missing_docs)]

pub mod attrib;
mod detect;
pub mod direct;
pub mod lexicon;
pub mod units;

pub use detect::QuoteDetector;
use wortlaut_tokenize::Span;

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
    /// Where the resolved name is written when no mention covers it: the antecedent of a
    /// pronoun, or the speaker phrase itself. The caller prints the mention's canonical
    /// name when [`Speaker::mention`] is set, else the text of this span.
    pub resolved: Option<Span>,
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
