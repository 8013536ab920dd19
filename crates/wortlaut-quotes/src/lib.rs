//! Quotations in German news: direct, indirect and reported speech, their speakers and cues.
//!
//! Built on the tokenizer's tokens (punctuation still attached to a token is split off) and,
//! where the caller has them, entity mentions (for linking speakers and resolving pronouns).
//! Rules, no model: quotation marks are paired per paragraph ([`direct`]), titles and scare
//! quotes are filtered out by how German news uses marks, and indirect and reported speech
//! are found from verbs of saying, Konjunktiv forms and report markers (`laut X`, `X zufolge`,
//! `so X`, `heißt es`); speakers come from the clause around the cue ([`attrib`]).

#![deny(missing_docs)]

mod affix;
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

/// Is a speaker written as `written` only a pointer back to someone named earlier: a
/// personal, demonstrative or relative pronoun, or `demnach` (`Demnach sei …`: the source
/// of the previous report)? Such a speaker names nobody until it is resolved, so a summary
/// counting "who is quoted" sets the unresolved ones apart rather than listing `er` as a
/// speaker.
///
/// ```
/// use wortlaut_quotes::is_anaphor;
/// assert!(is_anaphor("Er") && is_anaphor("demnach") && is_anaphor("diese"));
/// assert!(!is_anaphor("Peskow") && !is_anaphor("die Polizei") && !is_anaphor("Erdogan"));
/// ```
pub fn is_anaphor(written: &str) -> bool {
    // Long enough for every word below; longer text is a name or a phrase.
    let mut buf = [0u8; 12];
    if written.len() > buf.len() {
        return false;
    }
    let lower = &mut buf[..written.len()];
    lower.copy_from_slice(written.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"er"
            | b"sie"
            | b"es"
            | b"ich"
            | b"wir"
            | b"ihr"
            | b"du"
            | b"man"
            | b"dieser"
            | b"diese"
            | b"dieses"
            | b"jener"
            | b"jene"
            | b"der"
            | b"die"
            | b"das"
            | b"dem"
            | b"den"
            | b"denen"
            | b"derjenige"
            | b"diejenige"
            | b"diejenigen"
            | b"welcher"
            | b"welche"
            | b"demnach"
    )
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
    /// The content, quotation marks excluded (a report that is a whole sentence holds its
    /// closing stop, a clause's report does not).
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
