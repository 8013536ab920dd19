//! Entity mentions from German entity lists, matched on word boundaries.
//!
//! SKELETON: the public API below is the contract the driver builds on; the
//! implementation is a placeholder to be replaced (issue 4).

#![deny(missing_docs)]

use std::fmt;

/// A mention's label, GermEval 2014 style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Label {
    /// Person.
    Per,
    /// Place.
    Loc,
    /// Organisation.
    Org,
    /// An adjective or demonym derived from a place (`russische`, `Schweizer`).
    LocDeriv,
    /// A person's name inside a compound (`Selenskyj-Berater`).
    PerPart,
    /// A place name inside a compound (`US-Präsident`).
    LocPart,
    /// An organisation name inside a compound (`Nato-Gipfel`).
    OrgPart,
}

impl Label {
    /// The GermEval name (`PER`, `LOCderiv`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Per => "PER",
            Label::Loc => "LOC",
            Label::Org => "ORG",
            Label::LocDeriv => "LOCderiv",
            Label::PerPart => "PERpart",
            Label::LocPart => "LOCpart",
            Label::OrgPart => "ORGpart",
        }
    }
}

/// How a mention was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// A list entry (possibly inflected).
    List,
    /// A rule (first name + surname, organisation pattern).
    Rule,
    /// Linked to an earlier mention in the same document (`Peskow` after `Dmitri Peskow`).
    Document,
}

impl Source {
    /// The name used in JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::List => "list",
            Source::Rule => "rule",
            Source::Document => "document",
        }
    }
}

/// One entity: what all variants of a name link to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// The canonical name (`Kiew` for `Kyjiw`).
    pub canonical: String,
    /// The entity's base label (PER, LOC or ORG).
    pub label: Label,
    /// The list's id, where it gives one.
    pub id: Option<String>,
    /// `key=value` attributes from the list (`party=SPD`), in list order.
    pub attrs: Vec<(String, String)>,
}

/// A byte range into the document (end-exclusive).
pub type ByteSpan = (usize, usize);

/// One mention of an entity in a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// Start byte of the mention (the whole compound token for `*part`).
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// The label of this mention (may be `*part` or `LOCderiv`).
    pub label: Label,
    /// Index of the entity in [`Gazetteer::entity`]. For rule/document mentions of unknown
    /// persons, a document-local entity is returned in [`Matches::local`].
    pub entity: EntityRef,
    /// For compounds: the name's own span inside the token.
    pub head: Option<ByteSpan>,
    /// A title or role right before the name (`Kreml-Sprecher`), not part of the span.
    pub role: Option<ByteSpan>,
    /// How it was found.
    pub source: Source,
}

/// Which entity a mention links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntityRef {
    /// An entity of the gazetteer: index for [`Gazetteer::entity`].
    Known(u32),
    /// A document-local entity (an unknown person found by rule): index into [`Matches::local`].
    Local(u32),
}

/// All mentions of one document, plus the document-local entities they refer to.
#[derive(Debug, Clone, Default)]
pub struct Matches {
    /// Mentions in text order, non-overlapping.
    pub mentions: Vec<Mention>,
    /// Entities that exist only in this document (canonical name = the full name as written).
    pub local: Vec<Entity>,
}

/// Error building a gazetteer: names the file and line.
#[derive(Debug)]
pub struct BuildError {
    msg: String,
}

impl fmt::Display for BuildError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.msg)
    }
}

impl std::error::Error for BuildError {}

/// Collects lists, then builds a [`Gazetteer`].
#[derive(Debug, Default)]
pub struct GazetteerBuilder {
    use_default: bool,
}

impl GazetteerBuilder {
    /// A builder with the embedded default lists switched on.
    pub fn new() -> Self {
        GazetteerBuilder { use_default: true }
    }
    /// Switch the embedded default lists on or off.
    pub fn default_lists(&mut self, on: bool) -> &mut Self {
        self.use_default = on;
        self
    }
    /// Add a TSV list (header line naming columns: `name`, `label`, `canonical` required,
    /// `id`, `attrs` optional). `origin` names the list in errors (`file.tsv`).
    ///
    /// # Errors
    /// A malformed row, with `origin:line` in the message.
    pub fn add_tsv(&mut self, origin: &str, bytes: &[u8]) -> Result<&mut Self, BuildError> {
        let _ = (origin, bytes);
        Ok(self)
    }
    /// Build the automaton.
    ///
    /// # Errors
    /// When the lists cannot be combined.
    pub fn build(&self) -> Result<Gazetteer, BuildError> {
        Ok(Gazetteer {
            entities: Vec::new(),
        })
    }
}

/// The built matcher, immutable, `Send + Sync`, shared by all threads.
#[derive(Debug)]
pub struct Gazetteer {
    entities: Vec<Entity>,
}

impl Gazetteer {
    /// The default gazetteer (embedded lists).
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }
    /// The entity behind [`EntityRef::Known`].
    pub fn entity(&self, idx: u32) -> &Entity {
        &self.entities[idx as usize]
    }
    /// Find all mentions in a document (document-level linking included).
    pub fn find(&self, text: &str) -> Matches {
        let _ = text;
        Matches::default()
    }
}
