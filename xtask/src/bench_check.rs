//! `cargo xtask bench_check` (placeholder: filled in by its issue).

use anyhow::{bail, Result};

pub fn run(args: &[String]) -> Result<()> {
    let _ = args;
    bail!("not implemented yet")
}
