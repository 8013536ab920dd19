//! `wortlaut-eval ner --shared DIR [--labels PER,LOC,ORG]`: runs the default gazetteer over
//! every GermEval 2014 dev sentence and scores it exactly like `shared/data/ner/eval_ner.py`
//! (exact `(start, end, label)` match on character offsets, per label and micro-averaged
//! `ALL`; `--labels` filters gold and system alike). Without `--labels` it prints both the
//! PER/LOC/ORG score and the score with `LOCderiv` and the `*part` labels added. The system
//! output goes to `target/eval/ner_system.jsonl`, and `python3 eval_ner.py` is run on it as a
//! cross-check when available: any disagreement is an error.

use crate::prf::Counts;
use anyhow::{bail, Context, Result};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use wortlaut_gazetteer::Gazetteer;

/// One entity: character offsets (end exclusive) and label.
pub type Span = (usize, usize, String);

/// Entities per sentence id.
pub type Doc = BTreeMap<String, BTreeSet<Span>>;

/// The PER/LOC/ORG label set.
pub const BASE_LABELS: &[&str] = &["PER", "LOC", "ORG"];
/// The base labels plus what a gazetteer can also find: `LOCderiv` and the `*part` labels.
pub const EXTENDED_LABELS: &[&str] = &[
    "PER", "LOC", "ORG", "LOCderiv", "LOCpart", "ORGpart", "PERpart",
];

#[derive(Deserialize)]
struct GoldEntity {
    start: usize,
    end: usize,
    label: String,
}

#[derive(Deserialize)]
struct Line {
    id: String,
    #[serde(default)]
    text: String,
    #[serde(default)]
    entities: Vec<GoldEntity>,
}

/// Scores `system` against `gold` as `eval_ner.py` does: ids missing from the system have no
/// predictions, system ids not in gold are ignored; `labels` (if any) filters both sides.
/// Returns counts per label seen plus `ALL`.
pub fn score(gold: &Doc, system: &Doc, labels: Option<&[&str]>) -> BTreeMap<String, Counts> {
    let keep = |s: &&Span| labels.is_none_or(|l| l.contains(&s.2.as_str()));
    let empty = BTreeSet::new();
    let mut res: BTreeMap<String, Counts> = BTreeMap::new();
    for (id, g) in gold {
        let s = system.get(id).unwrap_or(&empty);
        let g: BTreeSet<&Span> = g.iter().filter(keep).collect();
        let s: BTreeSet<&Span> = s.iter().filter(keep).collect();
        for e in g.intersection(&s) {
            res.entry(e.2.clone()).or_default().tp += 1;
        }
        for e in s.difference(&g) {
            res.entry(e.2.clone()).or_default().fp += 1;
        }
        for e in g.difference(&s) {
            res.entry(e.2.clone()).or_default().fn_ += 1;
        }
    }
    let mut all = Counts::default();
    for c in res.values() {
        all.tp += c.tp;
        all.fp += c.fp;
        all.fn_ += c.fn_;
    }
    res.insert("ALL".to_owned(), all);
    res
}

/// Byte offsets of `text` → char offsets (a table with one entry per byte position + 1).
pub fn byte_to_char(text: &str) -> Vec<usize> {
    let mut map = vec![0; text.len() + 1];
    let mut n = 0;
    for (b, c) in text.char_indices() {
        for k in 0..c.len_utf8() {
            map[b + k] = n;
        }
        n += 1;
    }
    map[text.len()] = n;
    map
}

/// The gazetteer's mentions of one sentence as char-offset entities.
pub fn system_entities(g: &Gazetteer, text: &str) -> BTreeSet<Span> {
    let map = byte_to_char(text);
    g.find(text)
        .mentions
        .iter()
        .map(|m| (map[m.start], map[m.end], m.label.as_str().to_owned()))
        .collect()
}

fn read_jsonl(path: &Path) -> Result<Vec<Line>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).with_context(|| format!("{}:{}", path.display(), n + 1))
        })
        .collect()
}

/// A score table as `eval_ner.py` prints it.
pub fn table(res: &BTreeMap<String, Counts>) -> String {
    let mut s = format!(
        "{:<10}{:>6}{:>6}{:>6}{:>8}{:>8}{:>8}\n",
        "label", "tp", "fp", "fn", "P", "R", "F1"
    );
    let rows = res
        .iter()
        .filter(|(k, _)| *k != "ALL")
        .chain(res.get_key_value("ALL"));
    for (lab, c) in rows {
        let _ = writeln!(
            s,
            "{:<10}{:>6}{:>6}{:>6}{:>8.3}{:>8.3}{:>8.3}",
            lab,
            c.tp,
            c.fp,
            c.fn_,
            c.precision(),
            c.recall(),
            c.f1()
        );
    }
    s
}

/// Entry point of `wortlaut-eval ner`.
pub fn main(args: &[String]) -> Result<()> {
    let mut shared: Option<PathBuf> = None;
    let mut labels: Option<String> = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--shared" => shared = it.next().map(PathBuf::from),
            "--labels" => labels = it.next().cloned(),
            other => bail!("unknown argument {other:?}: --shared DIR [--labels PER,LOC,ORG]"),
        }
    }
    let shared = shared.context("--shared DIR is required")?;
    let gold_path = shared.join("data/ner/germeval2014_dev.jsonl");
    let lines = read_jsonl(&gold_path)?;

    let t0 = std::time::Instant::now();
    let g = Gazetteer::default_german();
    let build = t0.elapsed();
    let t1 = std::time::Instant::now();
    let mut gold = Doc::new();
    let mut system = Doc::new();
    let mut out = String::new();
    for l in &lines {
        let gs: BTreeSet<Span> = l
            .entities
            .iter()
            .map(|e| (e.start, e.end, e.label.clone()))
            .collect();
        let ss = system_entities(&g, &l.text);
        let ents: Vec<serde_json::Value> = ss
            .iter()
            .map(|(s, e, lab)| serde_json::json!({"start": s, "end": e, "label": lab}))
            .collect();
        let _ = writeln!(
            out,
            "{}",
            serde_json::json!({"id": l.id, "text": l.text, "entities": ents})
        );
        gold.insert(l.id.clone(), gs);
        system.insert(l.id.clone(), ss);
    }
    let run = t1.elapsed();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/eval");
    std::fs::create_dir_all(&dir)?;
    let sys_path = dir.join("ner_system.jsonl");
    std::fs::write(&sys_path, out)?;
    println!(
        "GermEval 2014 dev: {} sentences; gazetteer built in {:.1} ms, run in {:.1} ms; system output {}",
        lines.len(),
        build.as_secs_f64() * 1e3,
        run.as_secs_f64() * 1e3,
        sys_path.display()
    );

    let sets: Vec<Vec<&str>> = match &labels {
        Some(l) => vec![l.split(',').collect()],
        None => vec![BASE_LABELS.to_vec(), EXTENDED_LABELS.to_vec()],
    };
    for set in &sets {
        let res = score(&gold, &system, Some(set));
        println!("\nlabels {}:\n{}", set.join(","), table(&res));
        cross_check(&gold_path, &sys_path, set, &res)?;
    }
    Ok(())
}

/// Runs the reference scorer and compares every count.
fn cross_check(
    gold: &Path,
    system: &Path,
    labels: &[&str],
    ours: &BTreeMap<String, Counts>,
) -> Result<()> {
    let script = gold.with_file_name("eval_ner.py");
    let output = std::process::Command::new("python3")
        .arg(&script)
        .arg(gold)
        .arg(system)
        .arg("--labels")
        .arg(labels.join(","))
        .arg("--json")
        .output();
    let output = match output {
        Ok(o) if o.status.success() => o,
        Ok(o) => bail!(
            "eval_ner.py failed: {}",
            String::from_utf8_lossy(&o.stderr).trim()
        ),
        Err(e) => {
            println!("(python3 not available, no cross-check: {e})");
            return Ok(());
        }
    };
    let theirs: HashMap<String, HashMap<String, f64>> =
        serde_json::from_slice(&output.stdout).context("parsing eval_ner.py --json output")?;
    let mut bad = Vec::new();
    for (lab, c) in ours {
        let t = theirs.get(lab);
        let get = |k: &str| t.and_then(|m| m.get(k)).copied().unwrap_or(-1.0) as i64;
        if (get("tp"), get("fp"), get("fn")) != (c.tp as i64, c.fp as i64, c.fn_ as i64) {
            bad.push(lab.clone());
        }
    }
    for lab in theirs.keys() {
        if !ours.contains_key(lab) {
            bad.push(lab.clone());
        }
    }
    if !bad.is_empty() {
        bail!("eval_ner.py disagrees on {bad:?}");
    }
    println!("cross-check with eval_ner.py: identical");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    type Case<'a> = (&'a str, &'a [(usize, usize, &'a str)]);

    fn doc(items: &[Case<'_>]) -> Doc {
        items
            .iter()
            .map(|(id, es)| {
                (
                    (*id).to_owned(),
                    es.iter().map(|&(s, e, l)| (s, e, l.to_owned())).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn scores_like_the_reference() {
        let gold = doc(&[
            ("a", &[(0, 5, "PER"), (10, 16, "LOC"), (20, 22, "OTH")]),
            ("b", &[(3, 7, "ORG")]),
        ]);
        let sys = doc(&[
            ("a", &[(0, 5, "PER"), (10, 15, "LOC"), (20, 22, "OTH")]),
            ("x", &[(1, 2, "PER")]), // unknown id: ignored
        ]);
        let all = score(&gold, &sys, None);
        assert_eq!((all["PER"].tp, all["PER"].fp, all["PER"].fn_), (1, 0, 0));
        assert_eq!((all["LOC"].tp, all["LOC"].fp, all["LOC"].fn_), (0, 1, 1));
        assert_eq!((all["ORG"].tp, all["ORG"].fn_), (0, 1));
        assert_eq!((all["ALL"].tp, all["ALL"].fp, all["ALL"].fn_), (2, 1, 2));
        let base = score(&gold, &sys, Some(BASE_LABELS));
        assert!(!base.contains_key("OTH"));
        assert_eq!((base["ALL"].tp, base["ALL"].fp, base["ALL"].fn_), (1, 1, 2));
    }

    #[test]
    fn char_offsets_from_bytes() {
        let t = "Zürich und Köln";
        let m = byte_to_char(t);
        let s = t.find("Köln").unwrap();
        assert_eq!((m[s], m[t.len()]), (11, 15));
        assert_eq!(m[0], 0);
    }
}
