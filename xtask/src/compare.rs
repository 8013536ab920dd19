//! `cargo xtask compare [--install] [--mb MB] [--min-secs S] [--no-write]`: throughput of
//! wortlaut and its Python peers, stage by stage, on the same text in one run.
//!
//! The input is about `--mb` MB (default 1) of the shared news corpus (every k-th article, so
//! both of its parts are in), or the committed sample when the corpus is absent; the entity
//! names are the embedded gazetteer's (`crates/wortlaut-gazetteer/data`), else the shared
//! source lists. wortlaut runs in the `probe` bench binary (`probe throughput`), the peers in
//! `xtask/peers/peers.py`; both print JSON lines that are joined here into a table of MB/s and
//! the ratio wortlaut ÷ peer per stage. Missing peers are named and skipped. The table, the
//! machine it ran on and an SVG bar plot (`docs/compare.svg`) go into `docs/performance.md`
//! between the `compare:begin`/`compare:end` markers (unless `--no-write`).
//!
//! `--install` first creates `.venv` at the project root with the pinned peers
//! (`xtask/peers/requirements.txt`, `constraints.txt`).

use crate::probe::{self, version_of};
use crate::util::{root, run as sh, shared, show};
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BEGIN: &str = "<!-- compare:begin (written by `cargo xtask compare`) -->";
const END: &str = "<!-- compare:end -->";

pub fn run(args: &[String]) -> Result<()> {
    let opts = Options::parse(args)?;
    if opts.install {
        install()?;
    }
    let dir = probe::target_dir().join("compare");
    std::fs::create_dir_all(&dir)?;
    let (docs_path, input_desc) = write_input(&dir, opts.mb)?;
    let names_path = write_names(&dir)?;
    let exe = probe::build()?;
    let min = opts.min_secs.to_string();

    let mut rows = Vec::new();
    let mut cmd = Command::new(&exe);
    cmd.arg("throughput").arg(&docs_path).arg(&min);
    rows.extend(json_lines(&mut cmd)?);

    let python = python();
    let mut missing = Vec::new();
    let mut cmd = Command::new(&python);
    cmd.arg(root().join("xtask/peers/peers.py"))
        .arg("--docs")
        .arg(&docs_path)
        .arg("--names")
        .arg(&names_path)
        .args(["--min-secs", &min]);
    match json_lines(&mut cmd) {
        Ok(peers) => {
            for r in peers {
                match &r.missing {
                    Some(why) => missing.push(format!("{} ({why})", r.system)),
                    None => rows.push(r),
                }
            }
        }
        Err(e) => missing.push(format!("all Python peers ({e:#})")),
    }
    for m in &missing {
        eprintln!("compare: skipped {m}");
    }

    let table = table(&rows);
    println!("{table}");
    let machine = machine(&python, &input_desc);
    println!("{machine}");
    if !opts.write {
        return Ok(());
    }
    let svg = svg(&rows);
    std::fs::write(root().join("docs/compare.svg"), svg)?;
    let mut section =
        format!("{BEGIN}\n\n{machine}\n\n![MB/s per stage, log scale](compare.svg)\n\n{table}");
    if !missing.is_empty() {
        let _ = write!(
            section,
            "\nNot measured (missing): {}.\n",
            missing.join("; ")
        );
    }
    section.push('\n');
    section.push_str(END);
    let doc_path = root().join("docs/performance.md");
    let doc = std::fs::read_to_string(&doc_path).unwrap_or_default();
    std::fs::write(&doc_path, splice(&doc, &section))?;
    eprintln!("compare: wrote docs/performance.md and docs/compare.svg");
    Ok(())
}

#[derive(Debug)]
struct Options {
    install: bool,
    mb: f64,
    min_secs: f64,
    write: bool,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut o = Options {
            install: false,
            mb: 1.0,
            min_secs: 2.0,
            write: true,
        };
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut num = |name: &str| -> Result<f64> {
                let v = it
                    .next()
                    .with_context(|| format!("{name} needs a number"))?;
                let x: f64 = v.parse().with_context(|| format!("bad {name} {v:?}"))?;
                if x.is_nan() || x <= 0.0 {
                    bail!("{name} must be > 0");
                }
                Ok(x)
            };
            match a.as_str() {
                "--install" => o.install = true,
                "--mb" => o.mb = num("--mb")?,
                "--min-secs" => o.min_secs = num("--min-secs")?,
                "--no-write" => o.write = false,
                other => bail!(
                    "unknown argument {other:?}\nusage: cargo xtask compare [--install] [--mb MB] [--min-secs S] [--no-write]"
                ),
            }
        }
        Ok(o)
    }
}

/// The venv's python when there is one, else the system's.
fn python() -> PathBuf {
    let venv = root().join(".venv/bin/python");
    if venv.is_file() {
        venv
    } else {
        PathBuf::from("python3")
    }
}

/// Creates `.venv` (when missing) and installs the pinned peers into it.
fn install() -> Result<()> {
    let venv = root().join(".venv");
    if !venv.join("bin/python").is_file() {
        sh(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    }
    let peers = root().join("xtask/peers");
    sh(Command::new(venv.join("bin/python"))
        .args(["-m", "pip", "install", "--disable-pip-version-check", "-r"])
        .arg(peers.join("requirements.txt"))
        .arg("-c")
        .arg(peers.join("constraints.txt")))
}

/// One measurement (or a missing peer), as the probe and peers.py print them.
#[derive(Debug, Clone, Deserialize)]
struct Row {
    system: String,
    #[serde(default)]
    stage: String,
    #[serde(default)]
    mb_s: f64,
    #[serde(default)]
    setup: Option<String>,
    #[serde(default)]
    version: Option<String>,
    #[serde(default)]
    missing: Option<String>,
}

/// Runs `cmd` (stderr passed through) and parses its JSON lines.
fn json_lines(cmd: &mut Command) -> Result<Vec<Row>> {
    cmd.current_dir(root()).stderr(Stdio::inherit());
    eprintln!("$ {}", show(cmd));
    let out = cmd
        .output()
        .with_context(|| format!("cannot start {}", show(cmd)))?;
    if !out.status.success() {
        bail!("failed ({}): {}", out.status, show(cmd));
    }
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with('{'))
        .map(|l| serde_json::from_str(l).with_context(|| format!("bad line {l:?}")))
        .collect()
}

/// Writes the documents to measure to `dir/docs.jsonl`; returns its path and a description.
fn write_input(dir: &Path, mb: f64) -> Result<(PathBuf, String)> {
    let (texts, from) = match news_texts() {
        Some(t) => (t, "the shared news corpus (german_news.jsonl.zst)"),
        None => (sample_texts()?, "the committed sample corpus (corpus/)"),
    };
    let picked = stride(&texts, (mb * 1e6) as usize);
    let bytes: usize = picked.iter().map(|t| t.len()).sum();
    let mut out = String::new();
    for t in &picked {
        out.push_str(&serde_json::json!({ "text": t }).to_string());
        out.push('\n');
    }
    let path = dir.join("docs.jsonl");
    std::fs::write(&path, out)?;
    let desc = format!(
        "{} articles, {:.2} MB of text from {from}",
        picked.len(),
        bytes as f64 / 1e6
    );
    Ok((path, desc))
}

/// Every k-th text, k chosen so that they add up to about `limit` bytes (all when smaller).
fn stride(texts: &[String], limit: usize) -> Vec<&String> {
    let total: usize = texts.iter().map(String::len).sum();
    let k = (total / limit.max(1)).max(1);
    texts.iter().step_by(k).collect()
}

fn news_texts() -> Option<Vec<String>> {
    let path = shared()?.join("data/corpus/german_news.jsonl.zst");
    let out = Command::new("zstd").arg("-dc").arg(path).output().ok()?;
    out.status
        .success()
        .then(|| jsonl_texts(&String::from_utf8_lossy(&out.stdout)))
}

fn jsonl_texts(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
        .collect()
}

fn sample_texts() -> Result<Vec<String>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("corpus"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    files.sort();
    let mut texts = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f)?;
        match f.extension().and_then(|e| e.to_str()) {
            Some("jsonl") => texts.extend(jsonl_texts(&text)),
            Some("txt") => texts.push(text),
            _ => {}
        }
    }
    Ok(texts)
}

/// Writes `name<TAB>label` lines for the peers' matchers: the names wortlaut embeds, else the
/// shared source lists.
fn write_names(dir: &Path) -> Result<PathBuf> {
    let embedded = root().join("crates/wortlaut-gazetteer/data");
    let shared_dir = shared().map(|s| s.join("gazetteer"));
    let src = [Some(embedded), shared_dir]
        .into_iter()
        .flatten()
        .find(|d| d.join("per.tsv").is_file())
        .context("no entity lists (crates/wortlaut-gazetteer/data or ../shared/gazetteer)")?;
    let mut out = String::new();
    for f in ["per.tsv", "loc.tsv", "org.tsv"] {
        let text = std::fs::read_to_string(src.join(f)).unwrap_or_default();
        for line in text.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let mut cols = line.split('\t');
            if let (Some(name), Some(label)) = (cols.next(), cols.next()) {
                if !name.is_empty() {
                    let _ = writeln!(out, "{name}\t{label}");
                }
            }
        }
    }
    let path = dir.join("names.tsv");
    std::fs::write(&path, out)?;
    Ok(path)
}

/// The stages in table order, with what wortlaut's figure covers.
const STAGES: &[(&str, &str)] = &[
    (
        "tokenize",
        "tokens (the tokenizer's single pass also finds sentences)",
    ),
    ("sentences", "tokens + sentences + paragraphs"),
    (
        "gazetteer",
        "entity mentions on word boundaries, inflected forms, linking",
    ),
    ("quotes", "quotes, speakers, cues (no peer)"),
    (
        "end_to_end",
        "tokens + sentences + entities + quotes + one JSON line per article",
    ),
];

/// The Markdown table: per stage, wortlaut first, then the peers fastest first.
fn table(rows: &[Row]) -> String {
    let mut s = String::from(
        "| stage | system | what it does | MB/s | wortlaut ÷ peer |\n|---|---|---|---:|---:|\n",
    );
    for &(stage, what) in STAGES {
        let ours = rows
            .iter()
            .find(|r| r.system == "wortlaut" && r.stage == stage);
        let mut peers: Vec<&Row> = rows
            .iter()
            .filter(|r| r.system != "wortlaut" && r.stage == stage)
            .collect();
        peers.sort_by(|a, b| b.mb_s.total_cmp(&a.mb_s));
        if let Some(w) = ours {
            let _ = writeln!(
                s,
                "| {stage} | **wortlaut** | {what} | **{:.2}** | |",
                w.mb_s
            );
        }
        for p in peers {
            let ratio = match ours {
                Some(w) if p.mb_s > 0.0 => format!("{:.1}×", w.mb_s / p.mb_s),
                _ => "–".into(),
            };
            let _ = writeln!(
                s,
                "| {stage} | {} {} | {} | {:.2} | {ratio} |",
                p.system,
                p.version.as_deref().unwrap_or(""),
                p.setup.as_deref().unwrap_or(""),
                p.mb_s
            );
        }
    }
    s
}

/// Where the figures come from: machine, toolchains, input.
fn machine(python: &Path, input: &str) -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let nproc = std::thread::available_parallelism().map_or(0, |n| n.get());
    let py = version_of(&python.to_string_lossy(), &["-V"]).unwrap_or_else(|| "no python".into());
    let commit = version_of(
        "git",
        &[
            "-C",
            &root().to_string_lossy(),
            "rev-parse",
            "--short",
            "HEAD",
        ],
    )
    .unwrap_or_else(|| "unknown".into());
    let date = version_of("date", &["-u", "+%Y-%m-%d %H:%M UTC"]).unwrap_or_default();
    format!(
        "Measured {date} on {cpu}, nproc {nproc}, commit {commit}; {}; {py}. Input: {input}. \
         Single thread, one process after the other; MB/s = article text bytes (UTF-8) per second of CPU time.",
        probe::rustc_version()
    )
}

/// Replaces the marked section of `doc` with `section`, or appends it.
fn splice(doc: &str, section: &str) -> String {
    match (doc.find(BEGIN), doc.find(END)) {
        (Some(b), Some(e)) if e > b => {
            format!("{}{section}{}", &doc[..b], &doc[e + END.len()..])
        }
        _ => {
            let mut d = doc.to_owned();
            if !d.is_empty() && !d.ends_with('\n') {
                d.push('\n');
            }
            format!("{d}\n{section}\n")
        }
    }
}

/// A horizontal bar chart of MB/s, log scale, grouped by stage.
fn svg(rows: &[Row]) -> String {
    let bars: Vec<(&str, &Row)> = STAGES
        .iter()
        .flat_map(|&(stage, _)| {
            let mut v: Vec<&Row> = rows.iter().filter(|r| r.stage == stage).collect();
            v.sort_by(|a, b| {
                (b.system == "wortlaut")
                    .cmp(&(a.system == "wortlaut"))
                    .then(b.mb_s.total_cmp(&a.mb_s))
            });
            v.into_iter().map(move |r| (stage, r))
        })
        .filter(|(_, r)| r.mb_s > 0.0)
        .collect();
    let (lo, hi) = bars.iter().fold((f64::MAX, f64::MIN), |(lo, hi), (_, r)| {
        (lo.min(r.mb_s), hi.max(r.mb_s))
    });
    let (lo, hi) = if bars.is_empty() {
        (0.0, 1.0)
    } else {
        (
            lo.log10().floor(),
            hi.log10().ceil().max(lo.log10().floor() + 1.0),
        )
    };
    let (left, plot_w, row_h, top) = (230.0, 520.0, 18.0, 40.0);
    let mut groups = 0;
    let mut prev = "";
    for (stage, _) in &bars {
        if *stage != prev {
            groups += 1;
            prev = stage;
        }
    }
    let height = top + row_h * bars.len() as f64 + 12.0 * groups as f64 + 40.0;
    let width = left + plot_w + 90.0;
    let x = |v: f64| left + (v.log10() - lo) / (hi - lo) * plot_w;
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" \
         font-family=\"sans-serif\" font-size=\"12\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n\
         <text x=\"{left}\" y=\"20\" font-size=\"14\" font-weight=\"bold\">Throughput per stage \
         (MB of text per CPU second, one thread, log scale)</text>\n"
    );
    let bottom = height - 30.0;
    let mut p = lo;
    while p <= hi + 1e-9 {
        let gx = x(10f64.powf(p));
        let label = if p < 0.0 {
            10f64.powi(p as i32).to_string()
        } else {
            format!("{:.0}", 10f64.powf(p))
        };
        let _ = writeln!(
            s,
            "<line x1=\"{gx:.1}\" y1=\"{top}\" x2=\"{gx:.1}\" y2=\"{bottom}\" stroke=\"#ddd\"/>\
             <text x=\"{gx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#555\">{label}</text>",
            bottom + 15.0
        );
        p += 1.0;
    }
    let mut y = top;
    let mut prev = "";
    for (stage, r) in &bars {
        if *stage != prev {
            if !prev.is_empty() {
                y += 12.0;
            }
            prev = stage;
        }
        let w = (x(r.mb_s) - left).max(1.0);
        let ours = r.system == "wortlaut";
        let fill = if ours { "#c0392b" } else { "#7f8c8d" };
        let weight = if ours { "bold" } else { "normal" };
        let _ = writeln!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-weight=\"{weight}\">{stage}: {}</text>\
             <rect x=\"{left}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" fill=\"{fill}\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            left - 6.0,
            y + 13.0,
            xml(&r.system),
            y + 2.0,
            row_h - 4.0,
            left + w + 4.0,
            y + 13.0,
            format_mbs(r.mb_s)
        );
        y += row_h;
    }
    s.push_str("</svg>\n");
    s
}

fn format_mbs(v: f64) -> String {
    if v >= 10.0 {
        format!("{v:.0}")
    } else if v >= 1.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    }
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(system: &str, stage: &str, mb_s: f64) -> Row {
        Row {
            system: system.into(),
            stage: stage.into(),
            mb_s,
            setup: None,
            version: None,
            missing: None,
        }
    }

    #[test]
    fn the_table_gives_the_ratio_against_wortlaut() {
        let rows = [
            row("wortlaut", "tokenize", 50.0),
            row("spacy", "tokenize", 5.0),
            row("somajo", "tokenize", 0.1),
        ];
        let t = table(&rows);
        assert!(t.contains("| tokenize | spacy  |  | 5.00 | 10.0× |"), "{t}");
        assert!(t.contains("| 0.10 | 500.0× |"), "{t}");
        // spaCy (faster) is listed before SoMaJo.
        assert!(t.find("spacy").unwrap() < t.find("somajo").unwrap(), "{t}");
    }

    #[test]
    fn the_section_is_replaced_between_the_markers() {
        let doc = format!("# Perf\n\nintro\n\n{BEGIN}\nold\n{END}\n\n## Later\n");
        let new = format!("{BEGIN}\nnew\n{END}");
        let out = splice(&doc, &new);
        assert_eq!(
            out,
            format!("# Perf\n\nintro\n\n{BEGIN}\nnew\n{END}\n\n## Later\n")
        );
        let appended = splice("# Perf", &new);
        assert_eq!(appended, format!("# Perf\n\n{new}\n"));
    }

    #[test]
    fn the_plot_has_one_bar_per_measurement() {
        let rows = [
            row("wortlaut", "tokenize", 50.0),
            row("spacy", "tokenize", 5.0),
            row("wortlaut", "quotes", 20.0),
        ];
        let s = svg(&rows);
        assert_eq!(s.matches("<rect x=").count(), 3);
        assert!(s.contains(">tokenize: spacy</text>"), "{s}");
        assert!(s.starts_with("<svg") && s.ends_with("</svg>\n"));
    }

    #[test]
    fn stride_picks_about_the_asked_bytes() {
        let texts: Vec<String> = (0..100).map(|_| "x".repeat(1000)).collect();
        assert_eq!(stride(&texts, 10_000).len(), 10);
        assert_eq!(stride(&texts, 1_000_000).len(), 100);
    }
}
