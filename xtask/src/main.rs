//! Chores for wortlaut, run as `cargo xtask <command>` (alias in `.cargo/config.toml`).
//! xtask only orchestrates: it runs cargo, the binaries and scripts; scoring and
//! pipeline logic live in the libraries where they are tested.

mod bench_check;
mod ci;
mod compare;
mod eval;
mod gazetteer;
mod probe;
mod py;
mod util;

use anyhow::{bail, Result};

const USAGE: &str = "usage: cargo xtask <command>

commands:
  ci                       what .ci/run runs: fmt, clippy, tests, docs, bench build, bench-check
  eval <tokenize|gazetteer|quotes|all> [--labels L,..]
                           score against ../shared/data gold (and cross-check the reference scorer)
  gazetteer                regenerate the embedded default gazetteer from ../shared/gazetteer
  bench-check [--update] [--threshold PCT] [--inject STAGE:PCT]
                           instruction counts per stage (callgrind) against the committed baseline
  compare [--install]      throughput of wortlaut and the Python peers on the same text
  py                       build the Python wheel (maturin, venv in target/py) and run its tests
  py-engines [--only R,..] the wheel in PySpark, Ray Data and Dask (examples/): same as the CLI?
                           (optional: installs those engines from PyPI, about 1 GB)";

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(cmd) = args.first() else {
        println!("{USAGE}");
        return Ok(());
    };
    let rest = &args[1..];
    match cmd.as_str() {
        "ci" => ci::run(rest),
        "eval" => eval::run(rest),
        "gazetteer" => gazetteer::run(rest),
        "bench-check" => bench_check::run(rest),
        "compare" => compare::run(rest),
        "py" => py::run(rest),
        "py-engines" => py::engines(rest),
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown command {other:?}\n\n{USAGE}"),
    }
}
