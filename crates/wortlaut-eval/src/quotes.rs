//! Scoring for `quotes`: runs the full pipeline (tokenizer, default gazetteer, quote
//! detector) on a gold quotation set of `shared/data/quotes`, writes `SYSTEM.jsonl` in the
//! format `eval_quotes.py` reads, and scores it exactly as that script does: quote spans
//! (exact, overlap, chars), recall per gold kind, speaker accuracy (strict and lenient),
//! attribution recall, cue and kind accuracy. The Python scorer is run on the same files as
//! a cross-check, and any disagreement is an error.
//!
//! `wortlaut-eval quotes --shared DIR [--set NAME]... [--out DIR] [--no-python]`

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::Command;
use unicode_normalization::UnicodeNormalization;

/// Characters the scorer trims from both ends of a span (besides whitespace).
const MARKS: &str = "\"'„“”‚‘’»«›‹「」";
const INDIRECT_LIKE: [&str; 3] = ["indirect", "free_indirect", "indirect_free_indirect"];

/// One gold or system quotation as the scorer sees it (char offsets).
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Trimmed span.
    pub span: (usize, usize),
    /// Kind (`indirect` for all indirect-like kinds), if any.
    pub kind: Option<String>,
    /// Speaker as written.
    pub speaker: Option<String>,
    /// Speaker span.
    pub speaker_span: Option<(usize, usize)>,
    /// Resolved speaker name (gold flat format only).
    pub speaker_resolved: Option<String>,
    /// Cue text.
    pub cue: Option<String>,
}

/// Precision, recall, F1 as the scorer computes them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1.
    pub f1: f64,
}

fn prf(tp: usize, n_sys: usize, n_gold: usize) -> Prf {
    let p = if n_sys > 0 {
        tp as f64 / n_sys as f64
    } else if n_gold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else if n_sys == 0 {
        1.0
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Prf {
        precision: p,
        recall: r,
        f1: f,
    }
}

/// Per gold kind: count, overlap-found and exact-found.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct KindCounts {
    /// Gold items of this kind.
    pub gold: usize,
    /// Matched (overlap).
    pub found: usize,
    /// Matched exactly.
    pub exact: usize,
}

/// Scores, as `eval_quotes.py` reports them.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// Gold items.
    pub gold: usize,
    /// System items.
    pub system: usize,
    /// Exact span match.
    pub exact: Prf,
    /// Overlap match.
    pub overlap: Prf,
    /// Character overlap.
    pub chars: Prf,
    /// Speaker accuracy, strict.
    pub speaker_strict: Option<f64>,
    /// Speaker accuracy, lenient.
    pub speaker_lenient: Option<f64>,
    /// Matched with a lenient-correct speaker, over all gold.
    pub attribution_recall: Option<f64>,
    /// Cue accuracy on matched pairs with a gold cue.
    pub cue_accuracy: Option<f64>,
    /// Kind accuracy on matched pairs with a system kind.
    pub kind_accuracy: Option<f64>,
    /// Unmatched system items on a gold non-quote.
    pub non_quote_hits: usize,
    /// Recall per gold kind.
    pub per_kind: Vec<(String, KindCounts)>,
}

/// Python's `str.casefold` for the text we meet (lower-case, `ß` → `ss`), after NFC and
/// whitespace collapsing; `None` for empty.
pub fn norm(s: Option<&str>) -> Option<String> {
    let s = s?;
    let nfc: String = s.nfc().collect();
    let joined = nfc.split_whitespace().collect::<Vec<_>>().join(" ");
    let folded = joined.to_lowercase().replace('ß', "ss").replace('ς', "σ");
    (!folded.is_empty()).then_some(folded)
}

fn trim(chars: &[char], mut s: usize, mut e: usize) -> (usize, usize) {
    let e_max = chars.len();
    e = e.min(e_max);
    while s < e && (MARKS.contains(chars[s]) || chars[s].is_whitespace()) {
        s += 1;
    }
    while e > s && (MARKS.contains(chars[e - 1]) || chars[e - 1].is_whitespace()) {
        e -= 1;
    }
    (s, e)
}

fn norm_kind(k: Option<&str>) -> Option<String> {
    k.map(|k| {
        if INDIRECT_LIKE.contains(&k) {
            "indirect".to_string()
        } else {
            k.to_string()
        }
    })
}

fn pair(v: &Value) -> Option<(usize, usize)> {
    Some((v.get(0)?.as_u64()? as usize, v.get(1)?.as_u64()? as usize))
}

/// Gold items of one document (README format or flat format), trimmed.
pub fn gold_items(doc: &Value, chars: &[char]) -> Vec<Item> {
    let mut items = Vec::new();
    for q in doc["quotes"].as_array().into_iter().flatten() {
        if q.get("start").is_some() {
            let sp = match (q["speaker_start"].as_u64(), q["speaker_end"].as_u64()) {
                (Some(a), Some(b)) => Some((a as usize, b as usize)),
                _ => None,
            };
            items.push(Item {
                span: (
                    q["start"].as_u64().unwrap_or(0) as usize,
                    q["end"].as_u64().unwrap_or(0) as usize,
                ),
                kind: q["kind"].as_str().map(str::to_string),
                speaker: q["speaker"].as_str().map(str::to_string),
                speaker_span: sp,
                speaker_resolved: q["speaker_resolved"].as_str().map(str::to_string),
                cue: q["cue"].as_str().map(str::to_string),
            });
            continue;
        }
        let kind = norm_kind(q["type"].as_str());
        let sp: Vec<(usize, usize)> = q["speaker"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(pair)
            .collect();
        let speaker_span = match (sp.first(), sp.last()) {
            (Some(a), Some(b)) => Some((a.0, b.1)),
            _ => None,
        };
        for cs in q["content_spans"].as_array().into_iter().flatten() {
            if let Some(span) = pair(cs) {
                items.push(Item {
                    span,
                    kind: kind.clone(),
                    speaker: q["speaker_text"].as_str().map(str::to_string),
                    speaker_span,
                    speaker_resolved: None,
                    cue: q["cue_text"].as_str().map(str::to_string),
                });
            }
        }
    }
    for it in &mut items {
        it.span = trim(chars, it.span.0, it.span.1);
    }
    items.retain(|it| it.span.1 > it.span.0);
    items
}

/// System items of one document, trimmed, as the scorer reads them.
pub fn system_items(doc: &Value, chars: &[char]) -> Vec<Item> {
    let mut items = Vec::new();
    for q in doc["quotes"].as_array().into_iter().flatten() {
        let (Some(s), Some(e)) = (q["start"].as_u64(), q["end"].as_u64()) else {
            continue;
        };
        let (s, e) = (s as usize, e as usize);
        if !(s < e && e <= chars.len()) {
            continue;
        }
        let (s, e) = trim(chars, s, e);
        if e <= s {
            continue;
        }
        let sp = match (q["speaker_start"].as_u64(), q["speaker_end"].as_u64()) {
            (Some(a), Some(b)) => Some((a as usize, b as usize)),
            _ => None,
        };
        let mut speaker = q["speaker"].as_str().map(str::to_string);
        if speaker.is_none() {
            if let Some((a, b)) = sp.filter(|&(a, b)| a < b && b <= chars.len()) {
                speaker = Some(chars[a..b].iter().collect());
            }
        }
        items.push(Item {
            span: (s, e),
            kind: norm_kind(q["kind"].as_str()),
            speaker,
            speaker_span: sp,
            speaker_resolved: None,
            cue: q["cue"].as_str().map(str::to_string),
        });
    }
    items
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// One-to-one matching: exact pairs first, then largest overlap, ties by index.
pub fn match_items(gold: &[Item], system: &[Item]) -> Vec<(usize, usize, usize, bool)> {
    let mut pairs = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (si, s) in system.iter().enumerate() {
            let ov = overlap(g.span, s.span);
            if ov > 0 {
                pairs.push((g.span == s.span, ov, gi, si));
            }
        }
    }
    pairs.sort_by_key(|&(exact, ov, gi, si)| (!exact, std::cmp::Reverse(ov), gi, si));
    let (mut ug, mut us) = (HashSet::new(), HashSet::new());
    let mut out = Vec::new();
    for (exact, ov, gi, si) in pairs {
        if ug.contains(&gi) || us.contains(&si) {
            continue;
        }
        ug.insert(gi);
        us.insert(si);
        out.push((gi, si, ov, exact));
    }
    out
}

/// (strict, lenient) speaker correctness of a matched pair.
pub fn speaker_correct(g: &Item, s: &Item) -> (bool, bool) {
    let gs = norm(g.speaker.as_deref());
    let ss = norm(s.speaker.as_deref());
    if gs.is_none() && ss.is_none() {
        return (true, true);
    }
    let strict = (gs.is_some() && gs == ss)
        || (g.speaker_span.is_some() && s.speaker_span == g.speaker_span);
    if strict {
        return (true, true);
    }
    let (Some(gs), Some(ss)) = (gs, ss) else {
        return (false, false);
    };
    let mut lenient = gs.contains(&ss) || ss.contains(&gs);
    if !lenient {
        if let (Some(a), Some(b)) = (g.speaker_span, s.speaker_span) {
            lenient = overlap(a, b) > 0;
        }
    }
    if !lenient {
        if let Some(gr) = norm(g.speaker_resolved.as_deref()) {
            lenient = ss.contains(&gr) || gr.contains(&ss);
        }
    }
    (false, lenient)
}

/// Scores system documents against gold documents (both by id), for the gold kinds in
/// `kinds` (all when empty), as `eval_quotes.py` does.
pub fn evaluate(gold_docs: &[Value], sys_docs: &HashMap<String, Value>, kinds: &[&str]) -> Scores {
    let (mut n_gold, mut n_sys, mut n_exact, mut n_match) = (0, 0, 0, 0);
    let (mut gold_chars, mut sys_chars, mut ov_chars) = (0, 0, 0);
    let (mut sp_pairs, mut sp_strict, mut sp_len) = (0, 0, 0);
    let (mut cue_pairs, mut cue_ok, mut kind_pairs, mut kind_ok, mut nonq) = (0, 0, 0, 0, 0);
    let mut per_kind: Vec<(String, KindCounts)> = Vec::new();
    let empty = json!({"quotes": []});
    for gdoc in gold_docs {
        let chars: Vec<char> = gdoc["text"].as_str().unwrap_or("").chars().collect();
        let id = id_of(gdoc);
        let sdoc = sys_docs.get(&id).unwrap_or(&empty);
        let mut gold = gold_items(gdoc, &chars);
        let mut system = system_items(sdoc, &chars);
        if !kinds.is_empty() {
            gold.retain(|g| g.kind.as_deref().is_some_and(|k| kinds.contains(&k)));
            system.retain(|s| s.kind.as_deref().is_none_or(|k| kinds.contains(&k)));
        }
        n_gold += gold.len();
        n_sys += system.len();
        gold_chars += gold.iter().map(|g| g.span.1 - g.span.0).sum::<usize>();
        sys_chars += system.iter().map(|s| s.span.1 - s.span.0).sum::<usize>();
        let matched = match_items(&gold, &system);
        let matched_s: HashSet<usize> = matched.iter().map(|m| m.1).collect();
        for (si, s) in system.iter().enumerate() {
            if matched_s.contains(&si) {
                continue;
            }
            let hit = gdoc["non_quotes"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|nq| {
                    let a = nq["start"].as_u64().unwrap_or(0) as usize;
                    let b = nq["end"].as_u64().unwrap_or(0) as usize;
                    overlap(s.span, (a, b)) > 0
                });
            nonq += usize::from(hit);
        }
        for g in &gold {
            let k = g.kind.clone().unwrap_or_else(|| "None".into());
            match per_kind.iter_mut().find(|(n, _)| *n == k) {
                Some((_, c)) => c.gold += 1,
                None => per_kind.push((
                    k,
                    KindCounts {
                        gold: 1,
                        ..KindCounts::default()
                    },
                )),
            }
        }
        for &(gi, si, ov, exact) in &matched {
            let (g, s) = (&gold[gi], &system[si]);
            n_match += 1;
            n_exact += usize::from(exact);
            ov_chars += ov;
            let k = g.kind.clone().unwrap_or_else(|| "None".into());
            if let Some((_, c)) = per_kind.iter_mut().find(|(n, _)| *n == k) {
                c.found += 1;
                c.exact += usize::from(exact);
            }
            let (st, le) = speaker_correct(g, s);
            sp_pairs += 1;
            sp_strict += usize::from(st);
            sp_len += usize::from(le);
            if g.cue.is_some() {
                cue_pairs += 1;
                cue_ok += usize::from(norm(g.cue.as_deref()) == norm(s.cue.as_deref()));
            }
            if s.kind.is_some() {
                kind_pairs += 1;
                kind_ok += usize::from(s.kind == g.kind);
            }
        }
    }
    per_kind.sort_by(|a, b| a.0.cmp(&b.0));
    let ratio = |a: usize, b: usize| (b > 0).then(|| a as f64 / b as f64);
    Scores {
        gold: n_gold,
        system: n_sys,
        exact: prf(n_exact, n_sys, n_gold),
        overlap: prf(n_match, n_sys, n_gold),
        chars: prf(ov_chars, sys_chars, gold_chars),
        speaker_strict: ratio(sp_strict, sp_pairs),
        speaker_lenient: ratio(sp_len, sp_pairs),
        attribution_recall: ratio(sp_len, n_gold),
        cue_accuracy: ratio(cue_ok, cue_pairs),
        kind_accuracy: ratio(kind_ok, kind_pairs),
        non_quote_hits: nonq,
        per_kind,
    }
}

fn id_of(doc: &Value) -> String {
    match &doc["id"] {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The system output for one document, char offsets, in the scorer's format (plus the
/// driver's extra fields `text`, `resolved`, `group`, `cue_spans`). A cue of several parts
/// is joined with `cue_sep`, as the set's gold `cue_text` joins them (see [`cue_separator`]).
pub fn system_doc(
    models: &wortlaut::pipeline::Models,
    id: &str,
    text: &str,
    cue_sep: &str,
) -> Value {
    let ann = models.annotate(text);
    // Byte → char offset table (one entry per byte boundary that starts a char, plus the end).
    let mut b2c = vec![0usize; text.len() + 1];
    let mut n = 0;
    for (b, _) in text.char_indices() {
        b2c[b] = n;
        n += 1;
    }
    b2c[text.len()] = n;
    let c = |b: usize| b2c.get(b).copied().unwrap_or(n);
    let hints = wortlaut::pipeline::quote_mentions(&models.gazetteer, &ann.matches);
    let quotes: Vec<Value> = ann
        .quotes
        .iter()
        .map(|q| {
            let speaker = q.speaker.as_ref();
            let resolved = speaker.and_then(|s| {
                s.mention
                    .and_then(|m| hints.iter().find(|h| h.index == m))
                    .map(|h| h.name.to_string())
                    .or_else(|| {
                        s.resolved
                            .and_then(|r| text.get(r.range()))
                            .map(str::to_string)
                    })
            });
            let cue = q.cue.as_ref().map(|cu| {
                cu.spans
                    .iter()
                    .filter_map(|s| text.get(s.range()))
                    .collect::<Vec<_>>()
                    .join(cue_sep)
            });
            json!({
                "start": c(q.span.start),
                "end": c(q.span.end),
                "text": text.get(q.span.range()).unwrap_or(""),
                "kind": q.kind.as_str(),
                "speaker": speaker.and_then(|s| text.get(s.span.range())),
                "speaker_start": speaker.map(|s| c(s.span.start)),
                "speaker_end": speaker.map(|s| c(s.span.end)),
                "resolved": resolved,
                "cue": cue,
                "group": q.group,
            })
        })
        .collect();
    json!({"id": id, "quotes": quotes})
}

/// How a set's gold `cue_text` joins the parts of a cue of several spans: `" … "` in the
/// RW and SpkAtt sets, one space in the Wikinews set (`teilte mit`: none of its 595 such
/// cues has the ellipsis its README describes). The scorer compares the strings, so the
/// system's cue is written the same way; the driver's own output keeps `teilte … mit`.
pub fn cue_separator(gold: &[Value]) -> &'static str {
    let parts: Vec<&str> = gold
        .iter()
        .flat_map(|d| d["quotes"].as_array().into_iter().flatten())
        .filter(|q| q["cue"].as_array().is_some_and(|c| c.len() > 1))
        .filter_map(|q| q["cue_text"].as_str())
        .collect();
    if !parts.is_empty() && parts.iter().all(|t| !t.contains(" … ")) {
        " "
    } else {
        " … "
    }
}

fn read_xz(path: &Path) -> Result<String> {
    let out = Command::new("xz")
        .arg("-dc")
        .arg(path)
        .output()
        .with_context(|| format!("cannot run xz -dc {}", path.display()))?;
    if !out.status.success() {
        bail!("xz -dc {} failed", path.display());
    }
    String::from_utf8(out.stdout).context("gold file is not UTF-8")
}

fn fmt_opt(v: Option<f64>) -> String {
    v.map_or("n/a".into(), |v| format!("{v:.3}"))
}

fn print_scores(label: &str, s: &Scores) {
    println!("== {label}: gold {} system {}", s.gold, s.system);
    println!("  {:8} {:>6} {:>6} {:>6}", "", "P", "R", "F1");
    for (k, p) in [
        ("exact", s.exact),
        ("overlap", s.overlap),
        ("chars", s.chars),
    ] {
        println!("  {k:8} {:6.3} {:6.3} {:6.3}", p.precision, p.recall, p.f1);
    }
    println!(
        "  speaker strict {}  lenient {}  attribution recall {}  cue {}  kind {}  non-quote hits {}",
        fmt_opt(s.speaker_strict),
        fmt_opt(s.speaker_lenient),
        fmt_opt(s.attribution_recall),
        fmt_opt(s.cue_accuracy),
        fmt_opt(s.kind_accuracy),
        s.non_quote_hits
    );
    for (k, c) in &s.per_kind {
        println!(
            "    gold kind {k:10} n={:5}  overlap R {:.3}  exact R {:.3}",
            c.gold,
            c.found as f64 / c.gold.max(1) as f64,
            c.exact as f64 / c.gold.max(1) as f64
        );
    }
}

/// Compares our scores with the Python scorer's JSON (rounded to 4 places there).
fn cross_check(label: &str, s: &Scores, py: &Value) -> Result<()> {
    let mut bad = Vec::new();
    let mut chk = |name: &str, ours: Option<f64>, theirs: &Value| {
        let t = theirs.as_f64();
        let ok = match (ours, t) {
            (Some(a), Some(b)) => (a - b).abs() <= 0.00051,
            (None, None) => true,
            _ => false,
        };
        if !ok {
            bad.push(format!("{name}: ours {ours:?}, eval_quotes.py {t:?}"));
        }
    };
    chk("gold_quotes", Some(s.gold as f64), &py["gold_quotes"]);
    chk("system_quotes", Some(s.system as f64), &py["system_quotes"]);
    for (k, p) in [
        ("exact", s.exact),
        ("overlap", s.overlap),
        ("chars", s.chars),
    ] {
        chk(
            &format!("{k}.precision"),
            Some(p.precision),
            &py[k]["precision"],
        );
        chk(&format!("{k}.recall"), Some(p.recall), &py[k]["recall"]);
        chk(&format!("{k}.f1"), Some(p.f1), &py[k]["f1"]);
    }
    chk(
        "speaker_accuracy_strict",
        s.speaker_strict,
        &py["speaker_accuracy_strict"],
    );
    chk(
        "speaker_accuracy_lenient",
        s.speaker_lenient,
        &py["speaker_accuracy_lenient"],
    );
    chk(
        "attribution_recall",
        s.attribution_recall,
        &py["attribution_recall"],
    );
    chk("cue_accuracy", s.cue_accuracy, &py["cue_accuracy"]);
    chk("kind_accuracy", s.kind_accuracy, &py["kind_accuracy"]);
    chk(
        "non_quote_hits",
        Some(s.non_quote_hits as f64),
        &py["non_quote_hits"],
    );
    if !bad.is_empty() {
        bail!(
            "{label}: disagreement with eval_quotes.py:\n  {}",
            bad.join("\n  ")
        );
    }
    Ok(())
}

/// Entry point of `wortlaut-eval quotes`.
pub fn main(args: &[String]) -> Result<()> {
    let mut shared: Option<PathBuf> = None;
    let mut sets: Vec<String> = Vec::new();
    let mut out_dir = PathBuf::from("target/eval-quotes");
    let mut python = true;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--shared" => shared = it.next().map(PathBuf::from),
            "--set" => sets.extend(it.next().cloned()),
            "--out" => out_dir = it.next().map(PathBuf::from).unwrap_or(out_dir),
            "--no-python" => python = false,
            other => {
                bail!("unknown argument {other:?} (--shared DIR --set NAME --out DIR --no-python)")
            }
        }
    }
    let shared = shared.context("--shared DIR is required")?;
    if sets.is_empty() {
        sets.push("wikinews_quotes_dev".into());
    }
    let qdir = shared.join("data").join("quotes");
    std::fs::create_dir_all(&out_dir)?;
    let gazetteer = wortlaut_gazetteer::Gazetteer::builder()
        .build()
        .map_err(|e| anyhow::anyhow!("gazetteer: {e:?}"))?;
    let models = wortlaut::pipeline::Models::new(gazetteer);
    for set in &sets {
        let raw = read_xz(&qdir.join(format!("{set}.jsonl.xz")))?;
        let gold: Vec<Value> = raw
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(serde_json::from_str)
            .collect::<Result<_, _>>()
            .context("gold JSONL")?;
        let t0 = std::time::Instant::now();
        let sep = cue_separator(&gold);
        let sys: Vec<Value> = gold
            .iter()
            .map(|d| system_doc(&models, &id_of(d), d["text"].as_str().unwrap_or(""), sep))
            .collect();
        let secs = t0.elapsed().as_secs_f64();
        let gold_path = out_dir.join(format!("{set}.gold.jsonl"));
        let sys_path = out_dir.join(format!("{set}.SYSTEM.jsonl"));
        std::fs::write(&gold_path, &raw)?;
        let mut buf = String::new();
        for d in &sys {
            buf.push_str(&serde_json::to_string(d)?);
            buf.push('\n');
        }
        std::fs::write(&sys_path, buf)?;
        let sys_map: HashMap<String, Value> = sys.into_iter().map(|d| (id_of(&d), d)).collect();
        println!(
            "# {set}: {} documents, pipeline {:.2} s; system output {}",
            gold.len(),
            secs,
            sys_path.display()
        );
        for (label, kinds) in [
            ("all kinds", vec![]),
            ("direct", vec!["direct"]),
            ("indirect", vec!["indirect"]),
            ("reported", vec!["reported"]),
        ] {
            let s = evaluate(&gold, &sys_map, &kinds);
            print_scores(&format!("{set} / {label}"), &s);
            if python {
                let script = qdir.join("eval_quotes.py");
                let mut cmd = Command::new("python3");
                cmd.arg(&script)
                    .arg(&gold_path)
                    .arg(&sys_path)
                    .arg("--json");
                if !kinds.is_empty() {
                    cmd.arg("--kinds").arg(kinds.join(","));
                }
                let out = cmd.output().context("cannot run python3 eval_quotes.py")?;
                if !out.status.success() {
                    bail!(
                        "eval_quotes.py failed: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
                let py: Value =
                    serde_json::from_slice(&out.stdout).context("eval_quotes.py JSON")?;
                cross_check(&format!("{set} / {label}"), &s, &py)?;
                println!("  (agrees with eval_quotes.py)");
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, quotes: Value) -> Value {
        json!({"id": "d", "text": text, "quotes": quotes})
    }

    #[test]
    fn trims_marks_and_matches_one_to_one() {
        let text = "Er sagte: „Wir kommen.“ Dann ging er.";
        let gold = vec![doc(
            text,
            json!([{"type": "direct", "content_spans": [[10, 23]], "speaker": [[0, 2]], "speaker_text": "Er", "cue_text": "sagte"}]),
        )];
        let sys = HashMap::from([(
            "d".to_string(),
            json!({"id": "d", "quotes": [
                {"start": 10, "end": 22, "kind": "direct", "speaker": "er", "speaker_start": 0, "speaker_end": 2, "cue": "sagte"},
                {"start": 24, "end": 36, "kind": "reported"}
            ]}),
        )]);
        let s = evaluate(&gold, &sys, &[]);
        assert_eq!((s.gold, s.system), (1, 2));
        assert_eq!(s.exact.recall, 1.0);
        assert_eq!(s.overlap.precision, 0.5);
        assert_eq!(s.speaker_strict, Some(1.0));
        assert_eq!(s.cue_accuracy, Some(1.0));
        let direct = evaluate(&gold, &sys, &["direct"]);
        assert_eq!(direct.system, 1);
        assert_eq!(direct.overlap.f1, 1.0);
    }

    #[test]
    fn lenient_speaker_rules() {
        let g = Item {
            span: (0, 5),
            kind: None,
            speaker: Some("Kreml-Sprecher Dmitri Peskow".into()),
            speaker_span: Some((10, 38)),
            speaker_resolved: None,
            cue: None,
        };
        let mut s = g.clone();
        s.speaker = Some("Dmitri Peskow".into());
        s.speaker_span = Some((25, 38));
        assert_eq!(speaker_correct(&g, &s), (false, true));
        s.speaker = Some("Putin".into());
        s.speaker_span = Some((50, 55));
        assert_eq!(speaker_correct(&g, &s), (false, false));
        s.speaker = None;
        assert_eq!(speaker_correct(&g, &s), (false, false));
    }

    #[test]
    fn cue_separator_follows_the_gold() {
        let spaced = json!({"quotes": [
            {"cue": [[0, 5], [9, 12]], "cue_text": "teilte mit"},
            {"cue": [[20, 25]], "cue_text": "sagte"}]});
        let dotted = json!({"quotes": [{"cue": [[0, 6], [10, 12]], "cue_text": "schrie … an"}]});
        assert_eq!(cue_separator(std::slice::from_ref(&spaced)), " ");
        assert_eq!(cue_separator(&[spaced, dotted]), " … ");
        // No cue of several parts: the README's convention.
        assert_eq!(cue_separator(&[json!({"quotes": []})]), " … ");
    }

    #[test]
    fn norm_folds_like_python() {
        assert_eq!(norm(Some("  Der  Straße ")).as_deref(), Some("der strasse"));
        assert_eq!(norm(Some("   ")), None);
    }
}
