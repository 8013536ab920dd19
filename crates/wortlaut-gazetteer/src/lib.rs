//! Entity mentions from German entity lists, matched on word boundaries.
//!
//! A [`Gazetteer`] is built once from the embedded default lists (places, organisations,
//! persons, demonyms, first names; see `data/README.md`) plus any user TSV lists, and then
//! shared by all threads. [`Gazetteer::find`] walks a path-compressed byte trie of all names,
//! anchored and only at word starts that two filters of first words let through (a sieve
//! that tests all words of a 64-byte block in one branch-free loop, then a Bloom filter), from
//! the state after that word, which a table of first words gives (names
//! that may start inside a word, such as `US` in `Ex-US-Präsident`, have their own small
//! aho-corasick search), keeps candidates on Unicode word boundaries, and applies the
//! rules of `matcher.rs`: hyphen compounds as `*part`, genitives, demonyms as `LOCderiv`,
//! ambiguity rules, organisation patterns, `Vorname Nachname`, titles as `role`, and
//! document-level linking of surnames.
//!
//! ```
//! use wortlaut_gazetteer::{Gazetteer, Label};
//! let g = Gazetteer::default_german();
//! let text = "Kreml-Sprecher Dmitri Peskow sagte in Moskau, Peskow sei bereit.";
//! let m = g.find(text);
//! let found: Vec<(&str, &str)> =
//!     m.mentions.iter().map(|x| (&text[x.start..x.end], x.label.as_str())).collect();
//! assert_eq!(
//!     found,
//!     [("Kreml-Sprecher", "LOCpart"), ("Dmitri Peskow", "PER"), ("Moskau", "LOC"), ("Peskow", "PER")]
//! );
//! ```

#![deny(missing_docs)]

use std::fmt;

mod build;
mod data;
mod huge;
mod matcher;
mod rules;
mod scan;
mod text;
mod tsv;

pub use build::Automaton;

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
    small_places: bool,
    rows: Vec<tsv::Row>,
    automaton: Automaton,
}

impl GazetteerBuilder {
    /// A builder with the embedded default lists switched on.
    pub fn new() -> Self {
        GazetteerBuilder {
            use_default: true,
            small_places: true,
            rows: Vec::new(),
            automaton: Automaton::Auto,
        }
    }
    /// Switch the embedded default lists on or off.
    pub fn default_lists(&mut self, on: bool) -> &mut Self {
        self.use_default = on;
        self
    }
    /// Include the 8,300 small DE/AT/CH places of the default lists (on by default; they are
    /// matched only after a locative preposition). Off: a little faster and smaller, at a
    /// small loss of place recall.
    pub fn small_places(&mut self, on: bool) -> &mut Self {
        self.small_places = on;
        self
    }
    /// Choose the automaton kind (default [`Automaton::Auto`]: a byte trie).
    pub fn automaton(&mut self, kind: Automaton) -> &mut Self {
        self.automaton = kind;
        self
    }
    /// Add a TSV list (header line naming columns: `name`, `label`, `canonical` required,
    /// `id`, `attrs` optional). `origin` names the list in errors (`file.tsv`). A name given
    /// by a user list takes precedence over the same name in the default lists.
    ///
    /// # Errors
    /// A malformed row, with `origin:line` in the message.
    pub fn add_tsv(&mut self, origin: &str, bytes: &[u8]) -> Result<&mut Self, BuildError> {
        tsv::parse(origin, bytes, &mut self.rows)?;
        Ok(self)
    }
    /// Build the automaton.
    ///
    /// # Errors
    /// When the lists cannot be combined (the automaton would be too large).
    pub fn build(&self) -> Result<Gazetteer, BuildError> {
        build::build(
            self.use_default,
            self.small_places,
            &self.rows,
            self.automaton,
        )
    }
}

/// The built matcher, immutable, `Send + Sync`, shared by all threads.
#[derive(Debug)]
pub struct Gazetteer {
    inner: build::Inner,
}

impl Gazetteer {
    /// The default gazetteer (embedded lists).
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }
    /// The embedded German default lists, built.
    pub fn default_german() -> Gazetteer {
        match GazetteerBuilder::new().build() {
            Ok(g) => g,
            // The embedded data is checked by the tests; this cannot fail at run time.
            Err(e) => unreachable!("embedded gazetteer is invalid: {e}"),
        }
    }
    /// The entity behind [`EntityRef::Known`].
    ///
    /// # Panics
    /// If `idx` did not come from this gazetteer's mentions.
    pub fn entity(&self, idx: u32) -> &Entity {
        &self.inner.entities[idx as usize]
    }
    /// Number of entities (valid [`EntityRef::Known`] indices are below it).
    pub fn entity_count(&self) -> usize {
        self.inner.entities.len()
    }
    /// Number of surface forms in the automaton (names, generated forms, rule keywords).
    pub fn pattern_count(&self) -> usize {
        self.inner.pats.len()
    }
    /// Bytes of the automata (all patterns; those that may start inside a word), of the
    /// start filter and of the walk states after first words: heap bytes, and whole 2 MiB
    /// pages for the large tables that lie on huge pages.
    pub fn automaton_bytes(&self) -> usize {
        let i = &self.inner;
        i.anchored.memory_usage()
            + i.inside.memory_usage()
            + i.starts.memory_usage()
            + i.first_states.memory_usage()
    }
    /// Find all mentions in a document (document-level linking included).
    pub fn find(&self, text: &str) -> Matches {
        let mut out = Matches::default();
        self.find_into(text, &mut out);
        out
    }
    /// Like [`Gazetteer::find`], reusing `out`'s buffers (its former contents replaced; the
    /// matcher overwrites the former local entities in place, reusing their strings).
    pub fn find_into(&self, text: &str, out: &mut Matches) {
        out.mentions.clear();
        matcher::find(&self.inner, text, out);
    }
    /// Only the list scan, without rules or document linking: the number of list-name
    /// candidates on word boundaries. For benchmarks of the raw automaton stage.
    pub fn count_candidates(&self, text: &str) -> usize {
        matcher::count_candidates(&self.inner, text)
    }
}
