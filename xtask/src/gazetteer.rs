//! `cargo xtask gazetteer` (placeholder: filled in by its issue).

use anyhow::{bail, Result};

pub fn run(args: &[String]) -> Result<()> {
    let _ = args;
    bail!("not implemented yet")
}
