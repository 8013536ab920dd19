//! `wortlaut-eval tokenize --shared DIR [--errors N] [--no-peers]`: tokens and sentences
//! against Universal Dependencies German (GSD dev), scored exactly like
//! `shared/data/ud/eval_tok.py`.
//!
//! The raw text is built as the UD README's rule 1 says (sentence texts joined by a space,
//! paragraphs by a blank line, one document per `# newdoc`). wortlaut runs twice: with hyphen
//! compounds kept whole (its default; the hyphen-merged token score and the sentence scores
//! come from this run) and with `split_hyphens` (the UD convention; the strict token score).
//! Both system outputs go to `target/eval/tokenize_{keep,split}.jsonl` (char offsets), and
//! `python3 eval_tok.py score` is run on them as a cross-check when python3 is available:
//! any disagreement is an error. SoMaJo and spaCy (`blank("de")` + `sentencizer`) are
//! scored on the same text when the workspace's `.venv/bin/python` can import them
//! (`peers/tokenize_peers.py`; otherwise "peer not installed, skipped"). The GSD news part
//! (`dev-s501`…) is reported separately. The command fails below the issue-3 floors on
//! GSD dev (hyphen-merged token F1 99.9, strict 99.3, sentences 95).

use crate::prf::Counts;
use anyhow::{bail, Context, Result};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use wortlaut_tokenize::{Analysis, CharOffsets, Tokenizer};

/// A span in char (code point) offsets, end exclusive.
pub type CharSpan = (usize, usize);

/// One gold sentence as read from CoNLL-U.
#[derive(Debug, Clone, Default)]
pub struct GoldSentence {
    /// `# sent_id`.
    pub id: Option<String>,
    /// `# text`.
    pub text: Option<String>,
    /// Surface token forms (multiword ranges as one token).
    pub forms: Vec<(String, bool)>,
    /// `# newpar` (or `# newdoc`) before it.
    pub newpar: bool,
    /// `# newdoc` before it.
    pub newdoc: bool,
    /// `# newdoc id`.
    pub docid: Option<String>,
}

/// Gold documents, raw text and spans in global char offsets (documents joined by `"\n\n"`).
#[derive(Debug, Clone, Default)]
pub struct Gold {
    /// Documents: id, text, global char offset of the text.
    pub docs: Vec<(String, String, usize)>,
    /// All documents joined by `"\n\n"`.
    pub text: Vec<char>,
    /// Gold token spans.
    pub tokens: Vec<CharSpan>,
    /// Gold sentence spans.
    pub sentences: Vec<CharSpan>,
}

/// Reads CoNLL-U sentences as `eval_tok.py` does (surface tokens: plain ids outside
/// multiword ranges plus the range lines; empty nodes ignored).
pub fn read_conllu(src: &str) -> Result<Vec<GoldSentence>> {
    let mut sents = Vec::new();
    let mut cur = GoldSentence::default();
    let mut range: Option<(usize, usize)> = None;
    for (lineno, raw) in src.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.trim().is_empty() {
            if !cur.forms.is_empty() {
                sents.push(std::mem::take(&mut cur));
            }
            cur = GoldSentence::default();
            range = None;
            continue;
        }
        if let Some(c) = line.strip_prefix('#') {
            let c = c.trim_start();
            if let Some(rest) = keyword(c, "newdoc") {
                cur.newdoc = true;
                cur.newpar = true;
                cur.docid = rest
                    .trim_start()
                    .strip_prefix("id")
                    .and_then(|r| r.trim_start().strip_prefix('='))
                    .map(|r| r.trim().to_owned());
            } else if keyword(c, "newpar").is_some() {
                cur.newpar = true;
            } else if let Some(rest) = c.strip_prefix("text") {
                if let Some(v) = rest.trim_start().strip_prefix('=') {
                    cur.text = Some(v.strip_prefix(' ').unwrap_or(v).to_owned());
                }
            } else if let Some(rest) = c.strip_prefix("sent_id") {
                if let Some(v) = rest.trim_start().strip_prefix('=') {
                    cur.id = Some(v.trim().to_owned());
                }
            }
            continue;
        }
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() != 10 {
            bail!(
                "line {}: expected 10 tab-separated columns, got {}",
                lineno + 1,
                cols.len()
            );
        }
        let (tid, form, misc) = (cols[0], cols[1], cols[9]);
        let space_after = !misc.split('|').any(|m| m == "SpaceAfter=No");
        if tid.contains('.') {
            continue;
        }
        if let Some((a, b)) = tid.split_once('-') {
            range = Some((a.parse()?, b.parse()?));
            cur.forms.push((form.to_owned(), space_after));
            continue;
        }
        let i: usize = tid.parse()?;
        if range.is_some_and(|(a, b)| a <= i && i <= b) {
            continue;
        }
        cur.forms.push((form.to_owned(), space_after));
    }
    if !cur.forms.is_empty() {
        sents.push(cur);
    }
    Ok(sents)
}

fn keyword<'a>(c: &'a str, word: &str) -> Option<&'a str> {
    let rest = c.strip_prefix(word)?;
    (rest.is_empty() || rest.starts_with(char::is_whitespace)).then_some(rest)
}

/// Python's `str.isspace` (White_Space plus the information separators U+001C..U+001F).
pub fn py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Char spans of `forms` in `text`, matching non-whitespace chars in order.
fn align(text: &[char], forms: &[(String, bool)], where_: &str) -> Result<Vec<CharSpan>> {
    let mut spans = Vec::new();
    let mut p = 0;
    for (form, _) in forms {
        let chars: Vec<char> = form.chars().filter(|c| !py_space(*c)).collect();
        if chars.is_empty() {
            bail!("{where_}: empty token form");
        }
        while p < text.len() && py_space(text[p]) {
            p += 1;
        }
        let start = p;
        for c in chars {
            while p < text.len() && py_space(text[p]) && p > start {
                p += 1;
            }
            if p >= text.len() || text[p] != c {
                bail!("{where_}: token {form:?} does not match the text at char {p}");
            }
            p += 1;
        }
        spans.push((start, p));
    }
    if text[p..].iter().any(|c| !py_space(*c)) {
        bail!("{where_}: text continues after the last token");
    }
    Ok(spans)
}

/// A paragraph being built: its text and, per sentence, the sentence's token spans
/// (sentence-relative) and the sentence's offset in the paragraph.
type Paragraph = (Vec<char>, Vec<(Vec<CharSpan>, usize)>);

impl Gold {
    /// Builds raw text and gold spans (UD README rule 1 and 2) from CoNLL-U sentences,
    /// keeping only sentences whose id passes `keep` (a kept sentence after dropped ones
    /// opens a new document when the dropped ones included its `# newdoc`).
    pub fn new(sents: Vec<GoldSentence>, keep: impl Fn(&str) -> bool) -> Result<Gold> {
        let mut kept = Vec::new();
        let mut pending_doc: Option<GoldSentence> = None;
        for mut s in sents {
            if s.newdoc {
                pending_doc = Some(s.clone());
            }
            if s.id.as_deref().is_some_and(&keep) {
                if let Some(d) = pending_doc.take() {
                    if !s.newdoc {
                        s.newdoc = true;
                        s.newpar = true;
                        s.docid = d.docid;
                    }
                }
                kept.push(s);
            }
        }
        if kept.is_empty() {
            bail!("no sentences");
        }
        let mut docs_sents: Vec<(String, Vec<GoldSentence>)> = Vec::new();
        for s in kept {
            if s.newdoc || docs_sents.is_empty() {
                let id = s
                    .docid
                    .clone()
                    .unwrap_or_else(|| format!("doc{}", docs_sents.len() + 1));
                docs_sents.push((id, Vec::new()));
            }
            if let Some(d) = docs_sents.last_mut() {
                d.1.push(s);
            }
        }
        let mut seen = std::collections::HashSet::new();
        for d in &mut docs_sents {
            if seen.contains(&d.0) {
                d.0 = format!("{}#{}", d.0, seen.len());
            }
            seen.insert(d.0.clone());
        }
        let mut gold = Gold::default();
        let mut g = 0;
        for (docid, dsents) in docs_sents {
            if !gold.docs.is_empty() {
                g += 2;
            }
            let mut paragraphs: Vec<Paragraph> = Vec::new();
            for (k, s) in dsents.into_iter().enumerate() {
                let text: Vec<char> = match &s.text {
                    Some(t) => t.chars().collect(),
                    None => {
                        let mut t = String::new();
                        for (f, sp) in &s.forms {
                            t.push_str(f);
                            if *sp {
                                t.push(' ');
                            }
                        }
                        t.trim_end().chars().collect()
                    }
                };
                let where_ = format!("sentence {}", s.id.as_deref().unwrap_or("?"));
                let spans = align(&text, &s.forms, &where_)?;
                if k == 0 || s.newpar {
                    paragraphs.push((Vec::new(), Vec::new()));
                }
                let Some(par) = paragraphs.last_mut() else {
                    continue;
                };
                if !par.0.is_empty() {
                    par.0.push(' ');
                }
                par.1.push((spans, par.0.len()));
                par.0.extend(text);
            }
            let mut doc_text: Vec<char> = Vec::new();
            for (pi, (ptext, items)) in paragraphs.into_iter().enumerate() {
                if pi > 0 {
                    doc_text.extend(['\n', '\n']);
                }
                let off = doc_text.len();
                for (spans, soff) in items {
                    let toks: Vec<CharSpan> = spans
                        .iter()
                        .map(|&(a, b)| (g + off + soff + a, g + off + soff + b))
                        .collect();
                    if let (Some(f), Some(l)) = (toks.first(), toks.last()) {
                        gold.sentences.push((f.0, l.1));
                    }
                    gold.tokens.extend(toks);
                }
                doc_text.extend(ptext);
            }
            if !gold.text.is_empty() {
                gold.text.extend(['\n', '\n']);
            }
            gold.text.extend(doc_text.iter());
            gold.docs.push((docid, doc_text.iter().collect(), g));
            g += doc_text.len();
        }
        Ok(gold)
    }
}

/// Token, hyphen-merged token, sentence and sentence-end counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Scores {
    /// Exact token span matches.
    pub tokens: Counts,
    /// Token matches after merging hyphen-joined tokens in gold and system alike.
    pub tokens_hyphen_merged: Counts,
    /// Exact sentence span matches (None when the system gave no sentences).
    pub sentences: Option<Counts>,
    /// Sentence end offsets (diagnostic).
    pub sentence_ends: Option<Counts>,
}

/// Multiset precision/recall counts, as `collections.Counter` intersection.
pub fn counts<T: std::hash::Hash + Eq + Copy>(gold: &[T], system: &[T]) -> Counts {
    let mut g: HashMap<T, usize> = HashMap::new();
    for x in gold {
        *g.entry(*x).or_default() += 1;
    }
    let mut tp = 0;
    for x in system {
        if let Some(n) = g.get_mut(x) {
            if *n > 0 {
                *n -= 1;
                tp += 1;
            }
        }
    }
    Counts {
        tp,
        fp: system.len() - tp,
        fn_: gold.len() - tp,
    }
}

/// Merges touching spans joined by a hyphen (`-`, U+2010, U+2011), as `merge_hyphens`.
pub fn merge_hyphens(text: &[char], spans: &[CharSpan]) -> Vec<CharSpan> {
    let hy = |c: Option<&char>| matches!(c, Some('-' | '\u{2010}' | '\u{2011}'));
    let mut sorted = spans.to_vec();
    sorted.sort_unstable();
    let mut out: Vec<CharSpan> = Vec::with_capacity(sorted.len());
    for (a, b) in sorted {
        if let Some(last) = out.last_mut() {
            if last.1 == a && (hy(a.checked_sub(1).and_then(|k| text.get(k))) || hy(text.get(a))) {
                last.1 = b;
                continue;
            }
        }
        out.push((a, b));
    }
    out
}

/// Trims a span of surrounding (Python) whitespace.
pub fn trim(text: &[char], mut a: usize, mut b: usize) -> CharSpan {
    while a < b && text.get(a).is_some_and(|c| py_space(*c)) {
        a += 1;
    }
    while b > a && text.get(b - 1).is_some_and(|c| py_space(*c)) {
        b -= 1;
    }
    (a, b)
}

/// Scores system spans (global char offsets, already trimmed) against `gold`, as
/// `eval_tok.py score` does.
pub fn score(gold: &Gold, tokens: &[CharSpan], sentences: Option<&[CharSpan]>) -> Scores {
    let ends = |s: &[CharSpan]| s.iter().map(|x| x.1).collect::<Vec<_>>();
    Scores {
        tokens: counts(&gold.tokens, tokens),
        tokens_hyphen_merged: counts(
            &merge_hyphens(&gold.text, &gold.tokens),
            &merge_hyphens(&gold.text, tokens),
        ),
        sentences: sentences.map(|s| counts(&gold.sentences, s)),
        sentence_ends: sentences.map(|s| counts(&ends(&gold.sentences), &ends(s))),
    }
}

/// One system run: spans per document in char offsets (document-relative) and global.
struct SystemRun {
    jsonl: String,
    tokens: Vec<CharSpan>,
    sentences: Vec<CharSpan>,
}

/// Runs `tok` on every gold document.
fn run_system(gold: &Gold, tok: &Tokenizer) -> SystemRun {
    let mut run = SystemRun {
        jsonl: String::new(),
        tokens: Vec::new(),
        sentences: Vec::new(),
    };
    let mut a = Analysis::default();
    for (id, text, g) in &gold.docs {
        tok.analyze_into(text, &mut a);
        let co = CharOffsets::new(text);
        let chars: Vec<char> = text.chars().collect();
        let conv = |s: wortlaut_tokenize::Span| {
            trim(&chars, co.char_offset(s.start), co.char_offset(s.end))
        };
        let toks: Vec<CharSpan> = a
            .tokens
            .iter()
            .map(|t| conv(t.span))
            .filter(|s| s.0 < s.1)
            .collect();
        let sents: Vec<CharSpan> = (0..a.sentences.len())
            .map(|i| conv(a.sentence_span(i)))
            .filter(|s| s.0 < s.1)
            .collect();
        let obj = serde_json::json!({ "id": id, "tokens": toks, "sentences": sents });
        let _ = writeln!(run.jsonl, "{obj}");
        run.tokens.extend(toks.iter().map(|&(x, y)| (x + g, y + g)));
        run.sentences
            .extend(sents.iter().map(|&(x, y)| (x + g, y + g)));
    }
    run
}

/// Parses `eval_tok.py score --json` output or a peer's JSONL output against the gold
/// documents (char offsets, document-relative, trimmed here).
fn read_system_jsonl(gold: &Gold, src: &str) -> Result<(Vec<CharSpan>, Option<Vec<CharSpan>>)> {
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    let mut have_sents = true;
    let lines: Vec<&str> = src.lines().filter(|l| !l.trim().is_empty()).collect();
    if lines.len() != gold.docs.len() {
        bail!(
            "{} JSON objects for {} gold documents",
            lines.len(),
            gold.docs.len()
        );
    }
    for (line, (_, text, g)) in lines.iter().zip(&gold.docs) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let chars: Vec<char> = text.chars().collect();
        let spans = |key: &str| -> Option<Vec<CharSpan>> {
            let arr = v.get(key)?.as_array()?;
            Some(
                arr.iter()
                    .filter_map(|x| {
                        let (a, b) = match x {
                            serde_json::Value::Array(p) => {
                                (p.first()?.as_u64()?, p.get(1)?.as_u64()?)
                            }
                            serde_json::Value::Object(o) => {
                                (o.get("start")?.as_u64()?, o.get("end")?.as_u64()?)
                            }
                            _ => return None,
                        };
                        let (a, b) = trim(&chars, a as usize, b as usize);
                        (a < b).then_some((a + g, b + g))
                    })
                    .collect(),
            )
        };
        tokens.extend(spans("tokens").unwrap_or_default());
        match spans("sentences") {
            Some(s) => sentences.extend(s),
            None => have_sents = false,
        }
    }
    Ok((tokens, have_sents.then_some(sentences)))
}

fn pct(x: f64) -> String {
    format!("{:6.2}", 100.0 * x)
}

fn line(name: &str, c: &Counts) -> String {
    format!(
        "{name:20} P {}  R {}  F1 {}   (gold {}, system {}, correct {})",
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1()),
        c.tp + c.fn_,
        c.tp + c.fp,
        c.tp
    )
}

/// The figures that matter, as one row: strict tokens, hyphen-merged tokens, sentences,
/// sentence ends (F1 in %).
fn row(name: &str, strict: &Scores, keep: &Scores) -> String {
    let f = |c: Option<Counts>| c.map(|c| pct(c.f1())).unwrap_or_else(|| "     -".into());
    format!(
        "{name:34} {}  {}  {}  {}",
        pct(strict.tokens.f1()),
        pct(keep.tokens_hyphen_merged.f1()),
        f(keep.sentences),
        f(keep.sentence_ends)
    )
}

/// Compares our scores with `eval_tok.py score --json` output.
fn same_as_python(ours: &Scores, py: &serde_json::Value) -> Result<()> {
    let check = |key: &str, c: Option<Counts>| -> Result<()> {
        let Some(c) = c else { return Ok(()) };
        let v = py
            .get(key)
            .with_context(|| format!("python gave no {key}"))?;
        let get = |k: &str| v.get(k).and_then(|x| x.as_u64()).unwrap_or(u64::MAX) as usize;
        let f1 = v.get("f1").and_then(|x| x.as_f64()).unwrap_or(-1.0);
        if get("correct") != c.tp
            || get("gold") != c.tp + c.fn_
            || get("system") != c.tp + c.fp
            || (f1 - c.f1()).abs() > 1e-9
        {
            bail!(
                "{key}: wortlaut-eval {c:?} (F1 {}) but eval_tok.py {v}",
                c.f1()
            );
        }
        Ok(())
    };
    check("tokens", Some(ours.tokens))?;
    check("tokens_hyphen_merged", Some(ours.tokens_hyphen_merged))?;
    check("sentences", ours.sentences)?;
    check("sentence_ends", ours.sentence_ends)
}

/// Runs `eval_tok.py score GOLD SYSTEM --json` (with `--ids` for a subset). `Ok(None)` when
/// python3 is not available.
fn python_score(
    script: &Path,
    gold: &Path,
    system: &Path,
    ids: Option<&str>,
) -> Result<Option<serde_json::Value>> {
    let mut cmd = std::process::Command::new("python3");
    cmd.arg(script)
        .arg("score")
        .arg(gold)
        .arg(system)
        .arg("--json");
    if let Some(r) = ids {
        cmd.args(["--ids", r]);
    }
    let out = match cmd.output() {
        Ok(o) => o,
        Err(e) => {
            println!("(python3 not available, no cross-check: {e})");
            return Ok(None);
        }
    };
    if !out.status.success() {
        bail!(
            "eval_tok.py failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    Ok(Some(serde_json::from_slice(&out.stdout)?))
}

/// Missed and wrong spans with context, like `eval_tok.py --errors`.
fn show_errors(gold: &Gold, kind: &str, g: &[CharSpan], s: &[CharSpan], limit: usize) {
    let gs: std::collections::BTreeSet<_> = g.iter().collect();
    let ss: std::collections::BTreeSet<_> = s.iter().collect();
    let missed: Vec<_> = gs.difference(&ss).collect();
    let wrong: Vec<_> = ss.difference(&gs).collect();
    println!(
        "-- {kind}: {} gold spans missed, {} system spans wrong",
        missed.len(),
        wrong.len()
    );
    let t = &gold.text;
    let frag = |a: usize, b: usize| -> String {
        t[a.min(t.len())..b.min(t.len())]
            .iter()
            .collect::<String>()
            .replace('\n', "⏎")
    };
    for (label, items) in [("missed", &missed), ("wrong", &wrong)] {
        for &&&(a, b) in items.iter().take(limit) {
            let mut f = frag(a, b);
            if f.chars().count() > 60 {
                let c: Vec<char> = f.chars().collect();
                f = format!(
                    "{} … {}",
                    c[..28].iter().collect::<String>(),
                    c[c.len() - 28..].iter().collect::<String>()
                );
            }
            println!(
                "  {label:6} [{a},{b}) …{}[{f}]{}…",
                frag(a.saturating_sub(25), a),
                frag(b, b + 25)
            );
        }
    }
}

/// One gold set: path, filter, label.
struct Part<'a> {
    label: &'a str,
    python_ids: Option<&'a str>,
    keep: fn(&str) -> bool,
}

fn all_ids(_: &str) -> bool {
    true
}

/// GSD dev sentences 501.. are news (Frankfurter Rundschau via TIGER).
fn news_ids(id: &str) -> bool {
    id.strip_prefix("dev-s")
        .and_then(|n| n.parse::<u32>().ok())
        .is_some_and(|n| n >= 501)
}

/// Entry point of `wortlaut-eval tokenize`.
pub fn main(args: &[String]) -> Result<()> {
    let mut shared: Option<PathBuf> = None;
    let mut errors = 0usize;
    let mut peers = true;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--shared" => shared = it.next().map(PathBuf::from),
            "--errors" => {
                errors = it
                    .next()
                    .and_then(|v| v.parse().ok())
                    .context("--errors N")?
            }
            "--no-peers" => peers = false,
            other => bail!("unknown argument {other:?} (--shared DIR, --errors N, --no-peers)"),
        }
    }
    let shared = shared.context("--shared DIR is required")?;
    let ud = shared.join("data/ud");
    let gold_path = ud.join("de_gsd-ud-dev.conllu");
    let script = ud.join("eval_tok.py");
    let src = std::fs::read_to_string(&gold_path)
        .with_context(|| format!("cannot read {}", gold_path.display()))?;
    let sents = read_conllu(&src).with_context(|| gold_path.display().to_string())?;
    let out_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/eval");
    std::fs::create_dir_all(&out_dir)?;
    let out_dir = std::fs::canonicalize(&out_dir).unwrap_or(out_dir);
    let keep_tok = Tokenizer::new();
    let split_tok = Tokenizer::builder().split_hyphens(true).build();
    let parts = [
        Part {
            label: "GSD dev",
            python_ids: None,
            keep: all_ids,
        },
        Part {
            label: "GSD dev news (dev-s501..)",
            python_ids: Some(r"^dev-s(50[1-9]|5[1-9][0-9]|[6-9][0-9][0-9]|[0-9]{4,})$"),
            keep: news_ids,
        },
    ];
    let mut failed = Vec::new();
    for (pi, part) in parts.iter().enumerate() {
        let gold = Gold::new(sents.clone(), part.keep)?;
        let tag = if pi == 0 { "" } else { "_news" };
        println!(
            "\n== {}: {} documents, {} sentences, {} tokens, {} chars",
            part.label,
            gold.docs.len(),
            gold.sentences.len(),
            gold.tokens.len(),
            gold.text.len()
        );
        let keep = run_system(&gold, &keep_tok);
        let split = run_system(&gold, &split_tok);
        let keep_scores = score(&gold, &keep.tokens, Some(&keep.sentences));
        let split_scores = score(&gold, &split.tokens, Some(&split.sentences));
        let keep_path = out_dir.join(format!("tokenize_keep{tag}.jsonl"));
        let split_path = out_dir.join(format!("tokenize_split{tag}.jsonl"));
        std::fs::write(&keep_path, &keep.jsonl)?;
        std::fs::write(&split_path, &split.jsonl)?;
        println!(
            "wortlaut, compounds kept (default):  {}",
            keep_path.display()
        );
        for (n, c) in [
            ("tokens", Some(keep_scores.tokens)),
            (
                "tokens_hyphen_merged",
                Some(keep_scores.tokens_hyphen_merged),
            ),
            ("sentences", keep_scores.sentences),
            ("sentence_ends", keep_scores.sentence_ends),
        ] {
            if let Some(c) = c {
                println!("  {}", line(n, &c));
            }
        }
        println!(
            "wortlaut, split_hyphens (UD convention):  {}",
            split_path.display()
        );
        println!("  {}", line("tokens", &split_scores.tokens));
        println!(
            "  {}",
            line("tokens_hyphen_merged", &split_scores.tokens_hyphen_merged)
        );
        let mut checked = 0;
        for (path, ours) in [(&keep_path, &keep_scores), (&split_path, &split_scores)] {
            if let Some(py) = python_score(&script, &gold_path, path, part.python_ids)? {
                same_as_python(ours, &py).with_context(|| {
                    format!("cross-check with eval_tok.py on {}", path.display())
                })?;
                checked += 1;
            }
        }
        if checked > 0 {
            println!("  (all figures agree with python3 eval_tok.py on both outputs)");
        }
        let mut rows = vec![row("wortlaut", &split_scores, &keep_scores)];
        if peers {
            rows.extend(peer_rows(&gold, &out_dir, tag)?);
        }
        println!("\nF1 %                               tokens  hyph-merged  sentences  sent-ends");
        for r in &rows {
            println!("{r}");
        }
        if errors > 0 {
            show_errors(
                &gold,
                "tokens (split_hyphens)",
                &gold.tokens,
                &split.tokens,
                errors,
            );
            show_errors(
                &gold,
                "tokens_hyphen_merged",
                &merge_hyphens(&gold.text, &gold.tokens),
                &merge_hyphens(&gold.text, &keep.tokens),
                errors,
            );
            show_errors(&gold, "sentences", &gold.sentences, &keep.sentences, errors);
        }
        if pi == 0 {
            for (what, v, floor) in [
                (
                    "hyphen-merged token F1",
                    keep_scores.tokens_hyphen_merged.f1(),
                    0.999,
                ),
                ("strict token F1", split_scores.tokens.f1(), 0.993),
                (
                    "sentence F1",
                    keep_scores.sentences.map_or(0.0, |c| c.f1()),
                    0.95,
                ),
            ] {
                if v < floor {
                    failed.push(format!("{what} {} < {}", pct(v).trim(), 100.0 * floor));
                }
            }
        }
    }
    if !failed.is_empty() {
        bail!(
            "below the issue-3 targets on GSD dev: {}",
            failed.join("; ")
        );
    }
    Ok(())
}

/// SoMaJo and spaCy on the same documents, through `peers/tokenize_peers.py` and the
/// project venv's Python. Missing peers are reported, not fatal.
fn peer_rows(gold: &Gold, out_dir: &Path, tag: &str) -> Result<Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let python = root.join("../../.venv/bin/python");
    let script = root.join("peers/tokenize_peers.py");
    let docs = out_dir.join(format!("tokenize_docs{tag}.jsonl"));
    let mut s = String::new();
    for (id, text, _) in &gold.docs {
        let _ = writeln!(s, "{}", serde_json::json!({ "id": id, "text": text }));
    }
    std::fs::write(&docs, s)?;
    let mut rows = Vec::new();
    for peer in ["somajo", "spacy"] {
        let out = out_dir.join(format!("tokenize_{peer}{tag}.jsonl"));
        let res = std::process::Command::new(&python)
            .arg(&script)
            .arg(peer)
            .arg(&docs)
            .arg(&out)
            .output();
        match res {
            Ok(o) if o.status.success() => {
                let sys = std::fs::read_to_string(&out)?;
                let (toks, sents) = read_system_jsonl(gold, &sys)?;
                let sc = score(gold, &toks, sents.as_deref());
                rows.push(row(&format!("{peer} (same run)"), &sc, &sc));
            }
            Ok(o) => {
                let err = String::from_utf8_lossy(&o.stderr);
                let last = err.lines().last().unwrap_or("");
                rows.push(format!("{peer:34} peer not installed, skipped ({last})"));
            }
            Err(e) => rows.push(format!("{peer:34} peer not installed, skipped ({e})")),
        }
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONLLU: &str = "# sent_id = s1\n# text = Der CDU-Chef kam.\n\
1\tDer\t_\t_\t_\t_\t_\t_\t_\t_\n2\tCDU\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n\
3\t-\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\tChef\t_\t_\t_\t_\t_\t_\t_\t_\n\
5\tkam\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n6\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n\
# sent_id = s2\n# text = Er ging zum Zug.\n1\tEr\t_\t_\t_\t_\t_\t_\t_\t_\n\
2\tging\t_\t_\t_\t_\t_\t_\t_\t_\n3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tzu\t_\t_\t_\t_\t_\t_\t_\t_\n4\tdem\t_\t_\t_\t_\t_\t_\t_\t_\n\
5\tZug\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n6\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";

    fn gold() -> Gold {
        Gold::new(read_conllu(CONLLU).unwrap(), all_ids).unwrap()
    }

    #[test]
    fn raw_text_and_gold_spans() {
        let g = gold();
        let text: String = g.text.iter().collect();
        assert_eq!(text, "Der CDU-Chef kam. Er ging zum Zug.");
        let forms: Vec<String> = g
            .tokens
            .iter()
            .map(|&(a, b)| g.text[a..b].iter().collect())
            .collect();
        assert_eq!(
            forms,
            ["Der", "CDU", "-", "Chef", "kam", ".", "Er", "ging", "zum", "Zug", "."]
        );
        assert_eq!(g.sentences, [(0, 17), (18, 34)]);
    }

    #[test]
    fn scoring_follows_eval_tok() {
        let g = gold();
        // System keeps the compound whole and misses the sentence split.
        let sys = [
            (0, 3),
            (4, 12),
            (13, 16),
            (16, 17),
            (18, 20),
            (21, 25),
            (26, 29),
            (30, 33),
            (33, 34),
        ];
        let s = score(&g, &sys, Some(&[(0, 34)]));
        assert_eq!(
            s.tokens,
            Counts {
                tp: 8,
                fp: 1,
                fn_: 3
            }
        );
        assert_eq!(
            s.tokens_hyphen_merged,
            Counts {
                tp: 9,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            s.sentences,
            Some(Counts {
                tp: 0,
                fp: 1,
                fn_: 2
            })
        );
        assert_eq!(
            s.sentence_ends,
            Some(Counts {
                tp: 1,
                fp: 0,
                fn_: 1
            })
        );
    }

    #[test]
    fn merge_joins_truncated_compounds() {
        let t: Vec<char> = "Vor- und".chars().collect();
        assert_eq!(
            merge_hyphens(&t, &[(0, 3), (3, 4), (5, 8)]),
            [(0, 4), (5, 8)]
        );
    }

    #[test]
    fn multiset_counts() {
        assert_eq!(
            counts(&[1, 1, 2], &[1, 3]),
            Counts {
                tp: 1,
                fp: 1,
                fn_: 2
            }
        );
    }

    #[test]
    fn news_filter() {
        assert!(news_ids("dev-s501") && news_ids("dev-s799"));
        assert!(!news_ids("dev-s500") && !news_ids("train-s1"));
    }

    #[test]
    fn wortlaut_on_the_sample() {
        let g = gold();
        let run = run_system(&g, &Tokenizer::builder().split_hyphens(true).build());
        let s = score(&g, &run.tokens, Some(&run.sentences));
        assert_eq!(s.tokens.f1(), 1.0);
        assert_eq!(s.sentences.map(|c| c.f1()), Some(1.0));
    }
}
