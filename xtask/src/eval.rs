//! `cargo xtask eval <tokenize|gazetteer|quotes|all> [ARGS]`: runs the `wortlaut-eval`
//! binary (release) on the gold data in `../shared/data`. The scoring lives in the
//! `wortlaut-eval` library; each evaluation also cross-checks the reference Python
//! scorer when `python3` is present, and fails if the figures disagree.

use crate::util::{cargo, run as sh, shared};
use anyhow::{bail, Context, Result};

pub fn run(args: &[String]) -> Result<()> {
    let shared = shared().context("../shared is missing: evaluations need its gold data")?;
    let Some(what) = args.first() else {
        bail!("usage: cargo xtask eval <tokenize|gazetteer|quotes|all> [ARGS]");
    };
    let rest = &args[1..];
    let names: &[&str] = match what.as_str() {
        "tokenize" => &["tokenize"],
        "gazetteer" | "ner" => &["ner"],
        "quotes" => &["quotes"],
        "all" => &["tokenize", "ner", "quotes"],
        other => bail!("unknown evaluation {other:?}: tokenize, gazetteer, quotes or all"),
    };
    for name in names {
        sh(cargo()
            .args([
                "run",
                "--quiet",
                "--release",
                "-p",
                "wortlaut-eval",
                "--",
                name,
            ])
            .arg("--shared")
            .arg(&shared)
            .args(rest))?;
    }
    Ok(())
}
