//! A plain binary around the stage functions, for the xtask commands that measure outside
//! criterion:
//!
//! - `probe instructions <stage>`: builds the models, prepares the committed sample corpus,
//!   runs the stage once to warm it up, then once more inside `measure_<stage>`. Run under
//!   `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*measure_<stage>*'`,
//!   the instruction count covers exactly that second run (`cargo xtask bench-check`).
//! - `probe throughput <docs.jsonl> [min-secs]`: MB/s of every stage on the given documents
//!   (per second of CPU time), one JSON object per line (`cargo xtask compare`).
//! - `probe loop <stage> [secs]`: that stage on the sample, over and over for `secs` seconds
//!   (default 10), for sampling profilers (`perf record`, `cargo flamegraph`).
//! - anything else (as `cargo bench` runs it): every stage once on the sample, as a smoke test.

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use common::{Buffers, QuoteInputs, STAGES};
use wortlaut::pipeline::Models;
use wortlaut_quotes::Mention;
use wortlaut_tokenize::Analysis;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("instructions") => {
            let stage = args.get(1).map(String::as_str).unwrap_or("");
            instructions(stage);
        }
        Some("throughput") => {
            let Some(path) = args.get(1) else {
                eprintln!("usage: probe throughput <docs.jsonl> [min-secs]");
                std::process::exit(2);
            };
            let min = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1.0);
            throughput(path, Duration::from_secs_f64(min));
        }
        Some("loop") => {
            let stage = args.get(1).map(String::as_str).unwrap_or("");
            let secs = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(10.0);
            repeat(stage, Duration::from_secs_f64(secs));
        }
        _ => smoke(),
    }
}

/// Runs `stage` once to warm up (lazy tables, allocator), then once in its `measure_*`
/// function, and prints `stage count bytes`.
fn instructions(stage: &str) {
    let m = common::models();
    let mut corpus = common::sample();
    let bytes = corpus.bytes();
    // A deliberate slowdown for testing the gate itself (`bench-check --inject STAGE:PCT`):
    // the input grows by repeated documents making up about PCT % of its bytes.
    if let Some(pct) = std::env::var("WORTLAUT_PROBE_INJECT")
        .ok()
        .and_then(|p| p.parse::<usize>().ok())
    {
        let extra = corpus.fill("extra", corpus.bytes() * pct / 100);
        corpus.docs.extend(extra.docs);
    }
    let docs = &corpus.docs[..];
    let inputs = QuoteInputs::new(&m, docs);
    let hints = inputs.mentions(&m);
    let mut buf = Analysis::default();
    let mut out = Vec::new();
    let mut run = |measured: bool| -> usize {
        match (stage, measured) {
            ("tokenize", false) => common::tokenize(&m, docs, &mut buf),
            ("tokenize", true) => measure_tokenize(&m, docs, &mut buf),
            ("sentences", false) => common::sentences(&m, docs, &mut buf),
            ("sentences", true) => measure_sentences(&m, docs, &mut buf),
            ("gazetteer", false) => common::gazetteer(&m, docs),
            ("gazetteer", true) => measure_gazetteer(&m, docs),
            ("quotes", false) => common::quotes(&m, docs, &inputs, &hints),
            ("quotes", true) => measure_quotes(&m, docs, &inputs, &hints),
            ("end_to_end", false) => common::end_to_end(&m, &inputs.records, &mut out),
            ("end_to_end", true) => measure_end_to_end(&m, &inputs.records, &mut out),
            _ => {
                eprintln!("unknown stage {stage:?}; one of {STAGES:?}");
                std::process::exit(2);
            }
        }
    };
    let warm = run(false);
    let count = run(true);
    assert_eq!(warm, count, "stage {stage} is not deterministic");
    common::verify(stage, corpus.name, count);
    // The sample's size before any injection: bench-check compares it with the baseline's.
    common::emit(&format!("{stage} {count} {bytes}\n"));
}

// The measured functions: never inlined, so callgrind's --toggle-collect finds them by name.

#[inline(never)]
fn measure_tokenize(m: &Models, docs: &[String], buf: &mut Analysis) -> usize {
    black_box(common::tokenize(m, black_box(docs), buf))
}

#[inline(never)]
fn measure_sentences(m: &Models, docs: &[String], buf: &mut Analysis) -> usize {
    black_box(common::sentences(m, black_box(docs), buf))
}

#[inline(never)]
fn measure_gazetteer(m: &Models, docs: &[String]) -> usize {
    black_box(common::gazetteer(m, black_box(docs)))
}

#[inline(never)]
fn measure_quotes(
    m: &Models,
    docs: &[String],
    inputs: &QuoteInputs,
    hints: &[Vec<Mention>],
) -> usize {
    black_box(common::quotes(m, black_box(docs), inputs, hints))
}

#[inline(never)]
fn measure_end_to_end(m: &Models, records: &[Vec<u8>], out: &mut Vec<u8>) -> usize {
    black_box(common::end_to_end(m, black_box(records), out))
}

/// Every stage on the documents of `path`, repeated until `min` of CPU time has passed (at
/// least two passes, the first being the warm-up), printed as JSON lines.
///
/// Throughput is per second of this thread's CPU time where Linux reports it (a shared
/// machine's other work then slows the figure far less than wall-clock time would), else per
/// wall-clock second; `clock` says which.
fn throughput(path: &str, min: Duration) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let docs = common::jsonl_texts(&text);
    let bytes: usize = docs.iter().map(String::len).sum();
    let m = common::models();
    let inputs = QuoteInputs::new(&m, &docs);
    let hints = inputs.mentions(&m);
    let mut bufs = Buffers::default();
    let cpu = cpu_time().is_some();
    let t0 = Instant::now();
    let now = || {
        if cpu {
            cpu_time().unwrap_or_default()
        } else {
            t0.elapsed()
        }
    };
    for &stage in STAGES {
        let mut run =
            || common::run_stage(stage, &m, &docs, &inputs, &hints, &mut bufs).unwrap_or(0);
        let count = run();
        common::verify(stage, path, count);
        let (mut passes, start, wall) = (0u32, now(), Instant::now());
        while passes == 0 || now().saturating_sub(start) < min {
            black_box(run());
            passes += 1;
        }
        let secs = now().saturating_sub(start).as_secs_f64().max(1e-9);
        let wall = wall.elapsed().as_secs_f64();
        let total = bytes as f64 * f64::from(passes);
        common::emit(&format!(
            "{{\"system\":\"wortlaut\",\"stage\":\"{stage}\",\"bytes\":{bytes},\"passes\":{passes},\"secs\":{secs:.6},\"wall_secs\":{wall:.6},\"clock\":\"{}\",\"mb_s\":{:.3},\"count\":{count}}}\n",
            if cpu { "cpu" } else { "wall" },
            total / secs / 1e6
        ));
    }
}

/// CPU time of this thread so far, from `/proc/thread-self/schedstat` (nanoseconds); `None`
/// where that file is missing.
fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns = s.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Runs one stage on the sample until `time` has passed, for a sampling profiler.
fn repeat(stage: &str, time: Duration) {
    let m = common::models();
    let corpus = common::sample();
    let docs = &corpus.docs[..];
    let inputs = QuoteInputs::new(&m, docs);
    let hints = inputs.mentions(&m);
    let mut bufs = Buffers::default();
    let start = Instant::now();
    let mut passes = 0u64;
    while start.elapsed() < time {
        let Some(count) = common::run_stage(stage, &m, docs, &inputs, &hints, &mut bufs) else {
            eprintln!("unknown stage {stage:?}; one of {STAGES:?}");
            std::process::exit(2);
        };
        common::verify(stage, corpus.name, black_box(count));
        passes += 1;
    }
    eprintln!(
        "probe: {stage}: {passes} passes over {} bytes",
        corpus.bytes()
    );
}

/// Every stage once on the sample, counts printed: what `cargo bench` runs of this target.
fn smoke() {
    let m = common::models();
    let corpus = common::sample();
    let docs = &corpus.docs[..];
    let inputs = QuoteInputs::new(&m, docs);
    let hints = inputs.mentions(&m);
    let mut bufs = Buffers::default();
    let counts = STAGES
        .iter()
        .map(|s| common::run_stage(s, &m, docs, &inputs, &hints, &mut bufs).unwrap_or(0));
    for (stage, count) in STAGES.iter().zip(counts) {
        common::verify(stage, corpus.name, count);
        println!("probe: {stage}: {count} on {} bytes", corpus.bytes());
    }
}
