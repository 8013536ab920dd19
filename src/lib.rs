//! wortlaut: German news at corpus scale: tokens, sentences, entities and quotes.
//!
//! The driver library behind the `wortlaut` binary:
//! - [`pipeline`]: one document through all stages ([`pipeline::Models::annotate`]);
//! - [`input`]: paths to sources, decompression, JSON Lines / plain text, on a reader thread;
//! - [`doc`]: a record's bytes as a document (id, passed-through fields, text, date);
//! - [`output`]: the JSON line of a document (docs/output.md) and its quote CSV rows;
//! - [`run`]: the parallel, ordered, streaming runner of `wortlaut process`;
//! - [`stats`]: the end-of-run summary and `wortlaut stats`.
//!
//! ```
//! use wortlaut::pipeline::Models;
//! use wortlaut_gazetteer::Gazetteer;
//!
//! let models = Models::new(Gazetteer::builder().build().unwrap());
//! let mut line = Vec::new();
//! wortlaut::run::annotate_to_json(
//!     &models,
//!     r#"{"id": "a1", "text": "„Wir verhandeln“, sagte Peskow."}"#.as_bytes(),
//!     &mut line,
//! )
//! .unwrap();
//! assert!(line.starts_with(br#"{"id":"a1","text":"#));
//! ```
//!
//! # Performance
//! Work is done in batches ([`run::BatchLimits`]) by a rayon pool of `-j` threads; the reader
//! (decompression) has a thread of its own, and the main thread writes (and compresses).
//! Char offsets cost one pass over non-ASCII texts ([`offsets::OffsetMap`]); `--tokens`
//! roughly triples the output.

#![deny(missing_docs)]

mod direct;
pub mod doc;
pub mod input;
pub mod offsets;
pub mod output;
pub mod pipeline;
#[cfg(test)]
mod props;
pub mod run;
pub mod stats;
