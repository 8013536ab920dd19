//! The `probe` bench binary (benches/probe.rs) that `bench-check` and `compare` measure:
//! building it and finding its executable, plus the host facts both commands record.

use crate::util::{cargo, root, show};
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// The stages the probe measures, in pipeline order.
pub const STAGES: &[&str] = &["tokenize", "sentences", "gazetteer", "quotes", "end_to_end"];

/// Builds the probe in the bench profile (optimised, line tables for profilers) and returns
/// its executable.
pub fn build() -> Result<PathBuf> {
    let mut cmd = cargo();
    cmd.args([
        "bench",
        "--no-run",
        "-p",
        "wortlaut",
        "--bench",
        "probe",
        "--message-format=json-render-diagnostics",
    ])
    .stderr(Stdio::inherit());
    eprintln!("$ {}", show(&cmd));
    let out = cmd.output().context("cannot run cargo")?;
    if !out.status.success() {
        bail!("building the probe failed ({})", out.status);
    }
    executable(&String::from_utf8_lossy(&out.stdout))
        .context("cargo reported no executable for the probe bench")
}

/// The probe's executable from cargo's JSON messages.
fn executable(messages: &str) -> Option<PathBuf> {
    messages
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter(|v| v["reason"] == "compiler-artifact" && v["target"]["name"] == "probe")
        .find_map(|v| v["executable"].as_str().map(PathBuf::from))
}

/// Cargo's target directory: `$CARGO_TARGET_DIR` when set, else `target/` in the workspace
/// (where the xtask commands keep their profiles and inputs).
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|p| if p.is_relative() { root().join(p) } else { p })
        .unwrap_or_else(|| root().join("target"))
}

/// The first line of `program args` on stdout, trimmed; `None` when it cannot run.
pub fn version_of(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8_lossy(&out.stdout);
    s.lines().next().map(|l| l.trim().to_owned())
}

/// `rustc -V` of the toolchain cargo uses (`$RUSTC` when set).
pub fn rustc_version() -> String {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    version_of(&rustc, &["-V"]).unwrap_or_else(|| "unknown rustc".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_probe_executable_among_cargo_messages() {
        let messages = r#"{"reason":"compiler-artifact","target":{"name":"wortlaut"},"executable":null}
{"reason":"compiler-artifact","target":{"name":"probe"},"executable":"/t/release/deps/probe-1"}
{"reason":"build-finished","success":true}"#;
        assert_eq!(
            executable(messages),
            Some(PathBuf::from("/t/release/deps/probe-1"))
        );
        assert_eq!(executable("not json\n"), None);
    }
}
