//! What quote detection adds to tokenization, on the real corpus
//! (`../shared/data/corpus/german_news.jsonl.zst` via `zstd -dc`; falls back to the
//! committed sample article): one criterion group, tokenize alone vs tokenize + detect,
//! both in bytes per second, so the ratio is read from one run.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use wortlaut_quotes::QuoteDetector;
use wortlaut_tokenize::{Analysis, Tokenizer};

fn corpus() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let zst = root.join("../shared/data/corpus/german_news.jsonl.zst");
    if let Ok(out) = Command::new("zstd").arg("-dc").arg(&zst).output() {
        if out.status.success() {
            let docs: Vec<String> = String::from_utf8_lossy(&out.stdout)
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .filter_map(|v| v["text"].as_str().map(str::to_string))
                .collect();
            if !docs.is_empty() {
                return docs;
            }
        }
    }
    eprintln!(
        "note: {} not readable; using the sample article",
        zst.display()
    );
    let sample = std::fs::read_to_string(root.join("corpus/000_fd34b6c8db562257.txt"))
        .unwrap_or_else(|_| "„Wir bleiben dabei“, sagte Peskow. Er habe keine Sorge.".into());
    vec![sample; 50]
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    let bytes: usize = docs.iter().map(String::len).sum();
    let tok = Tokenizer::new();
    let det = QuoteDetector::new();
    // The detector must find something, or a faster figure means nothing.
    let found: usize = docs
        .iter()
        .map(|d| det.detect(d, &tok.analyze(d), &[]).len())
        .sum();
    assert!(found > 0, "the detector found no quotation in the corpus");
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("tokenize", |b| {
        let mut a = Analysis::default();
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                tok.analyze_into(d, &mut a);
                n += a.tokens.len();
            }
            black_box(n)
        })
    });
    g.bench_function("tokenize+detect", |b| {
        let mut a = Analysis::default();
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                tok.analyze_into(d, &mut a);
                n += det.detect(d, &a, &[]).len();
            }
            black_box(n)
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
