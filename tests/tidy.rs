//! Housekeeping rules checked on every test run (rust-analyzer's "tidy" idea): every Rust
//! source file opens with a `//!` doc comment, no test is silenced or made unfailable with
//! the ignore or should-panic attributes, and no debug-print macro is left behind.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name();
        let name = name.to_string_lossy();
        if p.is_dir() {
            // Build output, VCS data and the Python venv are not ours to check.
            if !matches!(name.as_ref(), "target" | ".git" | ".venv" | "node_modules") {
                rust_files(&p, out);
            }
        } else if name.ends_with(".rs") {
            out.push(p);
        }
    }
}

fn sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "crates", "tests", "benches", "xtask", "examples"] {
        rust_files(&root.join(dir), &mut files);
    }
    files.sort();
    files
}

#[test]
fn every_source_file_has_a_module_doc() {
    let mut missing = Vec::new();
    for f in sources() {
        let text = fs::read_to_string(&f).unwrap_or_default();
        let first = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("#!["));
        if !first.is_some_and(|l| l.starts_with("//!")) {
            missing.push(f.display().to_string());
        }
    }
    assert!(
        missing.is_empty(),
        "files without a `//!` doc comment:\n{}",
        missing.join("\n")
    );
}

#[test]
fn no_silenced_tests_or_debug_prints() {
    // Built from parts so this file does not flag itself.
    let banned = [
        format!("#[{}", "ignore"),
        format!("#[{}", "should_panic"),
        format!("{}!(", "dbg"),
    ];
    let mut hits = Vec::new();
    for f in sources() {
        let text = fs::read_to_string(&f).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            for b in &banned {
                if line.contains(b.as_str()) {
                    hits.push(format!("{}:{}: {}", f.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(hits.is_empty(), "banned constructs:\n{}", hits.join("\n"));
}

#[test]
fn the_walk_finds_the_crates() {
    // Guards the two checks above against passing vacuously after a layout change.
    let files = sources();
    for must in [
        "src/lib.rs",
        "crates/wortlaut-tokenize/src/lib.rs",
        "xtask/src/main.rs",
    ] {
        assert!(
            files.iter().any(|f| f.ends_with(must)),
            "tidy walk did not find {must}"
        );
    }
}
