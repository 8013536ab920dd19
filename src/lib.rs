//! wortlaut: German news at corpus scale: tokens, sentences, entities and quotes.
//!
//! The driver library: the pipeline that runs all stages on one document
//! ([`pipeline`]), and (later) input readers, output records and the corpus runner.

#![deny(missing_docs)]

pub mod pipeline;
