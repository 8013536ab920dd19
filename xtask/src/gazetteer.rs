//! `cargo xtask gazetteer [--shared DIR]`: regenerates the embedded default gazetteer
//! (`crates/wortlaut-gazetteer/data/{loc,org,per,first_names}.tsv`) from the licensed source
//! lists in `../shared/gazetteer`. This is plain TSV filtering; the hand-curated files in
//! `data/` (demonyms, roles, ambiguity rules) are not touched.
//!
//! Licence filter: only first names whose `sources` include `berlin` (CC BY 3.0 DE) are
//! embedded; the GFDL-only `namdict` rows are dropped.

use crate::util::{root, shared};
use anyhow::{bail, Context, Result};
use std::fmt::Write as _;
use std::path::PathBuf;

pub fn run(args: &[String]) -> Result<()> {
    let src = match args {
        [] => shared()
            .context("../shared is missing: pass --shared DIR")?
            .join("gazetteer"),
        [flag, dir] if flag == "--shared" => PathBuf::from(dir).join("gazetteer"),
        _ => bail!("usage: cargo xtask gazetteer [--shared DIR]"),
    };
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
