//! `cargo xtask ci`: everything `.ci/run` checks.

use crate::util::{cargo, run as sh};
use anyhow::Result;

pub fn run(args: &[String]) -> Result<()> {
    let _ = args;
    sh(cargo().args(["fmt", "--all", "--check"]))?;
    sh(cargo().args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    // The README's test command.
    sh(cargo().args(["test", "--workspace"]))?;
    sh(cargo()
        .args(["doc", "--workspace", "--no-deps"])
        .env("RUSTDOCFLAGS", "-D warnings"))?;
    sh(cargo().args(["bench", "--workspace", "--no-run"]))?;
    Ok(())
}
