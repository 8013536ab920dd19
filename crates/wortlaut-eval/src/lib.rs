//! Scoring against gold data, following the reference scorers in `../shared/data/*`
//! rule for rule, so that `cargo xtask eval` figures agree with them.

#![deny(missing_docs)]

pub mod ner;
pub mod prf;
pub mod quotes;
pub mod tokenize;
