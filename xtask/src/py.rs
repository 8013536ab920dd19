//! `cargo xtask py` and `cargo xtask py-engines`: the Python wheel (crates/wortlaut-py).
//!
//! `py` (run by `cargo xtask ci`): creates `target/py/venv` and installs maturin, pytest and
//! pyarrow into it from PyPI, builds the `wortlaut` CLI and the abi3 wheel (both release, one
//! target dir, so the pipeline's crates compile once), installs the wheel and runs the
//! plain-Python tests (`crates/wortlaut-py/tests`), which compare it with the CLI byte for
//! byte.
//!
//! `py-engines` (optional; downloads about 1 GB): the same wheel in `target/py/engines-venv`
//! with pyspark, ray and dask; runs each recipe under `examples/` in local mode on
//! `corpus/wikinews.jsonl` and checks that every engine wrote, for every document, the object
//! the CLI writes (its own fields; the passed-through `date`, `source`, `title` aside).
//! `--only NAME[,NAME]` runs some recipes; a recipe whose engine is missing fails the run.

use crate::util::{cargo, root, run as sh};
use anyhow::{bail, Context, Result};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What the tests need besides the wheel (pyarrow: `annotate_arrow`).
const TEST_PACKAGES: [&str; 3] = ["maturin>=1.5,<2", "pytest", "pyarrow>=12"];

/// The engines of the recipes. Spark also needs Java 17+ on the PATH.
const ENGINE_PACKAGES: [&str; 5] = [
    "pyspark>=3.5",
    "ray[data]>=2.9",
    "dask[dataframe]>=2024.1",
    "pandas",
    "pyarrow>=12",
];

/// The recipes `py-engines` runs: `examples/NAME.py INPUT OUTPUT`.
const RECIPES: [&str; 4] = [
    "pyspark_map_in_arrow",
    "pyspark_map_partitions",
    "ray_map_batches",
    "dask_map_partitions",
];

/// Fields the CLI computes (docs/output.md); the others are passed through from the input.
const OWN_FIELDS: [&str; 8] = [
    "id",
    "text",
    "offset_unit",
    "sentences",
    "tokens",
    "entities",
    "quotes",
    "repaired",
];

/// `cargo xtask py`: build the wheel, run the Python tests.
pub fn run(args: &[String]) -> Result<()> {
    if let Some(a) = args.first() {
        bail!("py takes no arguments, got {a:?}");
    }
    let venv = venv("venv", &TEST_PACKAGES)?;
    let (cli, wheel) = build()?;
    install_wheel(&venv, &wheel)?;
    sh(python(&venv)
        .args(["-m", "pytest", "-q", "crates/wortlaut-py/tests"])
        .env("WORTLAUT_BIN", &cli))
}

/// `cargo xtask py-engines [--only NAME,..]`: every recipe in local mode, checked against the CLI.
pub fn engines(args: &[String]) -> Result<()> {
    let mut only: Option<Vec<String>> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--only" => {
                let names = it.next().context("--only needs NAME[,NAME]")?;
                only = Some(names.split(',').map(str::to_string).collect());
            }
            other => bail!("unknown argument {other:?} (usage: py-engines [--only NAME,..])"),
        }
    }
    let recipes: Vec<&str> = match &only {
        Some(names) => {
            for n in names {
                if !RECIPES.contains(&n.as_str()) {
                    bail!("no recipe {n:?}; recipes: {}", RECIPES.join(", "));
                }
            }
            RECIPES
                .into_iter()
                .filter(|r| names.iter().any(|n| n == r))
                .collect()
        }
        None => RECIPES.to_vec(),
    };
    let venv = venv("engines-venv", &ENGINE_PACKAGES)?;
    let (cli, wheel) = build()?;
    install_wheel(&venv, &wheel)?;

    let input = root().join("corpus/wikinews.jsonl");
    let expected = cli_objects(&cli, &input)?;
    let out_root = root().join("target/py/engines");
    let mut failed = Vec::new();
    for recipe in recipes {
        let out = out_root.join(recipe);
        if out.exists() {
            std::fs::remove_dir_all(&out).or_else(|_| std::fs::remove_file(&out))?;
        }
        let script = root().join("examples").join(format!("{recipe}.py"));
        let ran = sh(python(&venv).arg(&script).arg(&input).arg(&out));
        let verdict = ran.and_then(|()| same_as_cli(&expected, &out));
        match verdict {
            Ok(n) => eprintln!("py-engines: {recipe}: {n} documents, identical to the CLI"),
            Err(e) => {
                eprintln!("py-engines: {recipe}: FAILED: {e:#}");
                failed.push(recipe);
            }
        }
    }
    if !failed.is_empty() {
        bail!("recipes failed: {}", failed.join(", "));
    }
    Ok(())
}

/// The cargo target dir (what `cargo build` uses here).
fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(d) => root().join(d),
        None => root().join("target"),
    }
}

/// `target/py/NAME`, created when missing, with `packages` installed (pip skips what is
/// there already, so reruns are quick).
fn venv(name: &str, packages: &[&str]) -> Result<PathBuf> {
    let venv = root().join("target/py").join(name);
    if !venv.join("bin/python").is_file() {
        let py = std::env::var_os("PYTHON").unwrap_or_else(|| "python3".into());
        sh(Command::new(py).arg("-m").arg("venv").arg(&venv))?;
    }
    eprintln!(
        "py: installing {} from PyPI into {}",
        packages.join(" "),
        venv.display()
    );
    sh(python(&venv)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(packages))?;
    Ok(venv)
}

/// The venv's python, run from the workspace root.
fn python(venv: &Path) -> Command {
    let mut c = Command::new(venv.join("bin/python"));
    c.current_dir(root());
    c
}

/// Builds the CLI and the wheel (release, same target dir); returns their paths.
fn build() -> Result<(PathBuf, PathBuf)> {
    sh(cargo().args(["build", "--release", "--bin", "wortlaut"]))?;
    let cli = target_dir().join("release/wortlaut");
    let wheels = root().join("target/py/wheels");
    if wheels.exists() {
        std::fs::remove_dir_all(&wheels)?;
    }
    // maturin from the test venv (installed there by `venv`), cargo's target dir inherited.
    let venv = root().join("target/py/venv");
    if !venv.join("bin/maturin").is_file() {
        self::venv("venv", &TEST_PACKAGES)?;
    }
    sh(Command::new(venv.join("bin/maturin"))
        .current_dir(root())
        .args([
            "build",
            "--release",
            "--quiet",
            "-m",
            "crates/wortlaut-py/Cargo.toml",
            "-o",
        ])
        .arg(&wheels))?;
    let wheel = std::fs::read_dir(&wheels)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .context("maturin wrote no wheel")?;
    Ok((cli, wheel))
}

fn install_wheel(venv: &Path, wheel: &Path) -> Result<()> {
    sh(python(venv)
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
        ])
        .args(["--force-reinstall", "--no-deps"])
        .arg(wheel))
}

/// The CLI's objects for `input`, by id, restricted to the fields it computes.
fn cli_objects(cli: &Path, input: &Path) -> Result<BTreeMap<String, Value>> {
    let out = Command::new(cli)
        .args(["process", "--quiet"])
        .arg(input)
        .output()
        .with_context(|| format!("cannot run {}", cli.display()))?;
    if !out.status.success() {
        bail!("{} process failed ({})", cli.display(), out.status);
    }
    objects(&out.stdout, "the CLI")
}

/// JSON lines by id, with only the CLI's own fields (serde_json compares maps by key).
fn objects(bytes: &[u8], origin: &str) -> Result<BTreeMap<String, Value>> {
    let mut by_id = BTreeMap::new();
    for (n, line) in bytes.split(|&b| b == b'\n').enumerate() {
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let mut v: Value = serde_json::from_slice(line)
            .with_context(|| format!("{origin}, line {}: not JSON", n + 1))?;
        let obj = v
            .as_object_mut()
            .with_context(|| format!("{origin}, line {}: not an object", n + 1))?;
        obj.retain(|k, _| OWN_FIELDS.contains(&k.as_str()));
        let id = obj
            .get("id")
            .and_then(Value::as_str)
            .with_context(|| format!("{origin}, line {}: no string id", n + 1))?
            .to_string();
        if by_id.insert(id.clone(), v).is_some() {
            bail!("{origin}: id {id:?} twice");
        }
    }
    Ok(by_id)
}

/// Checks that a recipe's output (a JSON Lines file, or a directory of them as engines write)
/// has exactly the CLI's objects; returns their number.
fn same_as_cli(expected: &BTreeMap<String, Value>, out: &Path) -> Result<usize> {
    let mut files = Vec::new();
    collect_files(out, &mut files)?;
    let mut bytes = Vec::new();
    for f in &files {
        bytes.extend(std::fs::read(f)?);
        bytes.push(b'\n');
    }
    let got = objects(&bytes, &out.display().to_string())?;
    for (id, want) in expected {
        match got.get(id) {
            None => bail!("document {id} is missing"),
            Some(v) if v != want => bail!("document {id} differs from the CLI's"),
            Some(_) => {}
        }
    }
    if let Some(extra) = got.keys().find(|id| !expected.contains_key(*id)) {
        bail!("document {extra} is not in the input");
    }
    Ok(got.len())
}

/// Data files under `path` (engines add `_SUCCESS`, `.crc` and hidden files: skipped).
fn collect_files(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if path.is_file() {
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("no output at {}", path.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
        if name.is_some_and(|n| n.starts_with('.') || n.starts_with('_') || n.ends_with(".crc")) {
            continue;
        }
        collect_files(&p, out)?;
    }
    Ok(())
}
