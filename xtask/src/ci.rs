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
    // The README's test command: the default members, i.e. everything but the Python
    // wheel, which the `py` step below builds and tests with maturin.
    sh(cargo().args(["test"]))?;
    sh(cargo()
        .args(["doc", "--workspace", "--no-deps"])
        .env("RUSTDOCFLAGS", "-D warnings"))?;
    sh(cargo().args(["bench", "--no-run"]))?;
    // Instruction counts per stage against benches/baseline.json (callgrind; installs
    // valgrind when missing). Independent of the machine and its load, unlike wall-clock time.
    crate::bench_check::run(&[])?;
    // The Python wheel and its plain-Python tests (installs maturin, pytest, pyarrow).
    crate::py::run(&[])?;
    Ok(())
}
