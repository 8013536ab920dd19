//! What the bench targets share: the corpora, the built models, and one function per
//! measured stage.
//!
//! Every way of measuring (criterion in `stages.rs` and `ci.rs`, instruction counts and the
//! peer comparison in `probe.rs`) calls the same stage functions below, so a figure from one
//! can be read next to a figure from another. Each stage function returns a count of what it
//! found; [`verify`] fails a bench whose stage found nothing, so a stage that silently does
//! less work cannot pass for a faster one (rebar's rule).

// Each bench target includes this module and uses a subset of it.
#![allow(dead_code)]

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use wortlaut::pipeline::{quote_mentions, Models};
use wortlaut::run::annotate_to_json;
use wortlaut_gazetteer::{Gazetteer, Matches};
use wortlaut_quotes::Mention;
use wortlaut_tokenize::Analysis;

/// The measured stages, in pipeline order (the names used by every report).
pub const STAGES: &[&str] = &["tokenize", "sentences", "gazetteer", "quotes", "end_to_end"];

/// A named list of documents (article texts).
pub struct Corpus {
    /// Short name used in benchmark ids (`sample`, `news`).
    pub name: &'static str,
    /// One string per article.
    pub docs: Vec<String>,
}

impl Corpus {
    /// Total text bytes, the unit of every throughput figure.
    pub fn bytes(&self) -> usize {
        self.docs.iter().map(String::len).sum()
    }

    /// Documents of `self`, in order, picked while their texts still fit into `limit`
    /// bytes in all.
    pub fn fill(&self, name: &'static str, limit: usize) -> Corpus {
        let mut total = 0;
        let mut docs = Vec::new();
        for d in &self.docs {
            if total + d.len() <= limit {
                total += d.len();
                docs.push(d.clone());
            }
        }
        Corpus { name, docs }
    }
}

/// The workspace root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The committed sample corpus (`corpus/`): every `*.txt` file is one article, every line of
/// a `*.jsonl` file is one article (`{"text": ...}`); files in name order.
///
/// # Panics
/// When `corpus/` holds no article: the benches have nothing to measure.
pub fn sample() -> Corpus {
    let dir = root().join("corpus");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(ext(p), "txt" | "jsonl"))
        .collect();
    files.sort();
    let mut docs = Vec::new();
    for f in &files {
        let text =
            fs::read_to_string(f).unwrap_or_else(|e| panic!("cannot read {}: {e}", f.display()));
        if ext(f) == "jsonl" {
            docs.extend(jsonl_texts(&text));
        } else if !text.trim().is_empty() {
            docs.push(text);
        }
    }
    assert!(
        !docs.is_empty(),
        "no article in {} (*.txt or *.jsonl)",
        dir.display()
    );
    Corpus {
        name: "sample",
        docs,
    }
}

fn ext(p: &Path) -> &str {
    p.extension().and_then(|e| e.to_str()).unwrap_or("")
}

/// The `text` field of every line of a JSON Lines file (lines without one are skipped).
pub fn jsonl_texts(jsonl: &str) -> Vec<String> {
    jsonl
        .lines()
        .filter(|l| !l.trim().is_empty())
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).ok()?;
            Some(v.get("text")?.as_str()?.to_owned())
        })
        .collect()
}

/// Where the shared news corpus is: `$WORTLAUT_NEWS_CORPUS`, else
/// `../shared/data/corpus/german_news.jsonl.zst` beside the project.
pub fn news_path() -> PathBuf {
    match std::env::var_os("WORTLAUT_NEWS_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => root().join("../shared/data/corpus/german_news.jsonl.zst"),
    }
}

/// The shared news corpus (about 4.4 MB of German news in 2,026 articles), when it and
/// `zstd` are present; `None` with a printed note otherwise.
pub fn news() -> Option<Corpus> {
    let path = news_path();
    if !path.is_file() {
        eprintln!(
            "note: {} is absent; benchmarking the committed sample only",
            path.display()
        );
        return None;
    }
    // `zstd -dc` rather than the zstd crate: it keeps a C build out of the benches'
    // dependencies, and the tool is on every machine that has the shared data.
    let out = match Command::new("zstd").arg("-dc").arg(&path).output() {
        Ok(out) if out.status.success() => out.stdout,
        Ok(out) => {
            eprintln!("note: zstd -dc {} failed: {}", path.display(), out.status);
            return None;
        }
        Err(e) => {
            eprintln!("note: cannot run zstd ({e}); skipping {}", path.display());
            return None;
        }
    };
    let docs = jsonl_texts(&String::from_utf8_lossy(&out));
    (!docs.is_empty()).then_some(Corpus { name: "news", docs })
}

/// The models as the driver builds them (embedded default gazetteer).
pub fn models() -> Models {
    let gazetteer = Gazetteer::builder()
        .build()
        .expect("the embedded gazetteer builds");
    Models::new(gazetteer)
}

/// Fails loudly when a stage found nothing: a bench doing less must not look faster.
pub fn verify(stage: &str, corpus: &str, count: usize) {
    assert!(
        count > 0,
        "stage {stage} found nothing on corpus {corpus}: refusing to time a stage that does no work"
    );
}

/// Stage `tokenize`: tokens of every document. Returns the token count.
pub fn tokenize(m: &Models, docs: &[String], buf: &mut Analysis) -> usize {
    let mut n = 0;
    for d in docs {
        m.tokenizer.analyze_into(d, buf);
        n += buf.tokens.len();
    }
    n
}

/// Stage `sentences`: tokens, sentences and paragraphs of every document, with the byte
/// span of every sentence. Returns the sentence count.
pub fn sentences(m: &Models, docs: &[String], buf: &mut Analysis) -> usize {
    let mut n = 0;
    for d in docs {
        m.tokenizer.analyze_into(d, buf);
        for i in 0..buf.sentences.len() {
            n += usize::from(!buf.sentence_span(i).is_empty());
        }
    }
    n
}

/// Stage `gazetteer`: entity mentions of every document. Returns the mention count.
pub fn gazetteer(m: &Models, docs: &[String]) -> usize {
    docs.iter()
        .map(|d| m.gazetteer.find(d).mentions.len())
        .sum()
}

/// The inputs of the stages that need more than the text (quotes, end to end), computed
/// outside the timed code.
pub struct QuoteInputs {
    analyses: Vec<Analysis>,
    matches: Vec<Matches>,
    /// The documents as JSON Lines records, for `end_to_end`.
    pub records: Vec<Vec<u8>>,
}

impl QuoteInputs {
    /// Tokenizes, matches and serialises every document of `docs`.
    pub fn new(m: &Models, docs: &[String]) -> Self {
        QuoteInputs {
            analyses: docs.iter().map(|d| m.tokenizer.analyze(d)).collect(),
            matches: docs.iter().map(|d| m.gazetteer.find(d)).collect(),
            records: json_records(docs),
        }
    }

    /// The mentions handed to the quote detector, per document.
    pub fn mentions<'g>(&'g self, m: &'g Models) -> Vec<Vec<Mention<'g>>> {
        self.matches
            .iter()
            .map(|x| quote_mentions(&m.gazetteer, x))
            .collect()
    }
}

/// Stage `quotes`: quotations of every document, given its analysis and mentions. Returns
/// the quote count.
pub fn quotes(m: &Models, docs: &[String], inputs: &QuoteInputs, hints: &[Vec<Mention>]) -> usize {
    docs.iter()
        .zip(&inputs.analyses)
        .zip(hints)
        .map(|((d, a), h)| m.quotes.detect(d, a, h).len())
        .sum()
}

/// Each document as the JSON Lines record the driver reads (`{"text": ...}`): the input of
/// the `end_to_end` stage.
pub fn json_records(docs: &[String]) -> Vec<Vec<u8>> {
    docs.iter()
        .map(|d| {
            serde_json::to_vec(&serde_json::json!({ "text": d })).expect("a string serialises")
        })
        .collect()
}

/// Stage `end_to_end`: what the `wortlaut` binary does per document, through the driver's
/// own unit ([`wortlaut::run::annotate_to_json`]): parse the JSON record, run every stage,
/// write the JSON line into `out` (cleared first). Returns the bytes written.
pub fn end_to_end(m: &Models, records: &[Vec<u8>], out: &mut Vec<u8>) -> usize {
    out.clear();
    for r in records {
        // The records are built by `json_records`, so they always parse; a failure is a
        // bench bug worth stopping for.
        annotate_to_json(m, r, out).expect("a record from json_records parses");
    }
    out.len()
}

/// Reusable buffers of the stages.
#[derive(Default)]
pub struct Buffers {
    /// The tokenizer's output.
    pub analysis: Analysis,
    /// The JSON lines.
    pub out: Vec<u8>,
}

/// Runs the stage named `stage` (one of [`STAGES`]); `None` for an unknown name.
pub fn run_stage(
    stage: &str,
    m: &Models,
    docs: &[String],
    inputs: &QuoteInputs,
    hints: &[Vec<Mention>],
    b: &mut Buffers,
) -> Option<usize> {
    Some(match stage {
        "tokenize" => tokenize(m, docs, &mut b.analysis),
        "sentences" => sentences(m, docs, &mut b.analysis),
        "gazetteer" => gazetteer(m, docs),
        "quotes" => quotes(m, docs, inputs, hints),
        "end_to_end" => end_to_end(m, &inputs.records, &mut b.out),
        _ => return None,
    })
}

/// Writes `s` to stdout and flushes (the probe's machine-readable output).
pub fn emit(s: &str) {
    let mut o = std::io::stdout().lock();
    let _ = o.write_all(s.as_bytes());
    let _ = o.flush();
}
