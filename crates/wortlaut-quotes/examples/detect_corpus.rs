//! Quote detection over a JSON Lines corpus (one `{"text": …}` per line), for profiling
//! and identity checks outside criterion:
//!
//! - `detect_corpus time <docs.jsonl> [passes]`: tokenizes every document once, then runs
//!   the detector over all of them `passes` times (default 1) inside `measure_detect`, and
//!   tokenization once more inside `measure_tokenize`. Under
//!   `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*measure_detect*'`
//!   the count covers detection only.
//! - `detect_corpus dump <docs.jsonl>`: every quotation, one line each (span, kind,
//!   speaker, cue, group), to compare two builds byte for byte.

use std::hint::black_box;
use wortlaut_quotes::{Quote, QuoteDetector};
use wortlaut_tokenize::{Analysis, Tokenizer};

fn texts(path: &str) -> Vec<String> {
    let raw = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    raw.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

#[inline(never)]
fn measure_detect(det: &QuoteDetector, docs: &[String], analyses: &[Analysis]) -> usize {
    let mut out = Vec::new();
    let mut n = 0;
    for (d, a) in docs.iter().zip(analyses) {
        det.detect_into(black_box(d), a, &[], &mut out);
        n += out.len();
    }
    n
}

#[inline(never)]
fn measure_tokenize(tok: &Tokenizer, docs: &[String]) -> usize {
    let mut a = Analysis::default();
    let mut n = 0;
    for d in docs {
        tok.analyze_into(black_box(d), &mut a);
        n += a.tokens.len();
    }
    n
}

/// This thread's CPU time so far in seconds (from `/proc/thread-self/schedstat`; 0 where
/// that file is missing).
fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map_or(0.0, |ns| ns / 1e9)
}

fn show(q: &Quote) -> String {
    format!(
        "{:?} {} {:?} {:?} {:?}",
        q.span,
        q.kind.as_str(),
        q.speaker,
        q.cue.as_ref().map(|c| &c.spans),
        q.group
    )
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(path)) = (args.first(), args.get(1)) else {
        eprintln!("usage: detect_corpus time|dump <docs.jsonl> [passes]");
        std::process::exit(2);
    };
    let docs = texts(path);
    let tok = Tokenizer::new();
    let det = QuoteDetector::new();
    let analyses: Vec<Analysis> = docs.iter().map(|d| tok.analyze(d)).collect();
    match mode.as_str() {
        "dump" => {
            for (i, (d, a)) in docs.iter().zip(&analyses).enumerate() {
                for q in det.detect(d, a, &[]) {
                    println!("{i} {}", show(&q));
                }
            }
        }
        _ => {
            let passes: usize = args.get(2).and_then(|p| p.parse().ok()).unwrap_or(1);
            let mut found = 0;
            let t0 = cpu_secs();
            for _ in 0..passes {
                found = black_box(measure_detect(&det, &docs, &analyses));
            }
            let t1 = cpu_secs();
            let tokens = measure_tokenize(&tok, &docs);
            let t2 = cpu_secs();
            println!(
                "{} docs, {tokens} tokens, {found} quotes; CPU per pass: detect {:.3} ms, tokenize {:.3} ms",
                docs.len(),
                (t1 - t0) * 1e3 / passes.max(1) as f64,
                (t2 - t1) * 1e3
            );
        }
    }
}
