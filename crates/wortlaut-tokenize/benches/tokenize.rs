//! Throughput of tokens + sentences (MB/s, single thread) on German news.
//!
//! Input: the article texts of `../shared/data/corpus/german_news.jsonl.zst`
//! (decompressed with `zstd -dc`) when present, else the committed sample corpus
//! (`corpus/wikinews.jsonl`), else a short built-in paragraph. A bare
//! `split_ascii_whitespace` pass over the same documents runs in the same group,
//! so the ratio between the two is the figure to quote on a noisy machine.
//!
//! `cargo bench -p wortlaut-tokenize -- --warm-up-time 1 --measurement-time 3`

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;
use std::process::Command;
use wortlaut_tokenize::{Analysis, Tokenizer};

const FALLBACK: &str = "Nur wenige Stunden vor dem Treffen am 2. Dezember in Moskau betonte \
der Sprecher Dmitri Peskow die Bereitschaft Russlands zu Verhandlungen. „Diese müssen dazu \
dienen, unsere Ziele zu erreichen“, sagte er. Der US-Präsident legte einen 28-Punkte-Plan vor, \
der u. a. 1.000,50 Mio. Euro für Ein- und Ausfuhr vorsieht.\n\n";

fn texts_of_jsonl(src: &str) -> Vec<String> {
    src.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
        .collect()
}

fn load() -> (String, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let big = root.join("../shared/data/corpus/german_news.jsonl.zst");
    if big.is_file() {
        if let Ok(out) = Command::new("zstd").arg("-dc").arg(&big).output() {
            if out.status.success() {
                let docs = texts_of_jsonl(&String::from_utf8_lossy(&out.stdout));
                if !docs.is_empty() {
                    return ("german_news".into(), docs);
                }
            }
        }
    }
    if let Ok(src) = std::fs::read_to_string(root.join("corpus/wikinews.jsonl")) {
        let docs = texts_of_jsonl(&src);
        if !docs.is_empty() {
            return ("corpus_sample".into(), docs);
        }
    }
    ("fallback".into(), vec![FALLBACK.repeat(200)])
}

fn bench(c: &mut Criterion) {
    let (name, docs) = load();
    let bytes: usize = docs.iter().map(String::len).sum();
    let tok = Tokenizer::new();
    let split = Tokenizer::builder().split_hyphens(true).build();
    let mut a = Analysis::default();
    // Verify the work before timing it.
    let mut tokens = 0;
    let mut sentences = 0;
    for d in &docs {
        tok.analyze_into(d, &mut a);
        tokens += a.tokens.len();
        sentences += a.sentences.len();
    }
    assert!(tokens > 0 && sentences > 0, "no tokens or sentences");
    eprintln!(
        "{name}: {} documents, {:.2} MB, {tokens} tokens, {sentences} sentences",
        docs.len(),
        bytes as f64 / 1e6
    );

    let mut g = c.benchmark_group(format!("tokenize/{name}"));
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("tokens+sentences", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                tok.analyze_into(black_box(d), &mut a);
                n += a.tokens.len() + a.sentences.len();
            }
            n
        })
    });
    g.bench_function("tokens+sentences split_hyphens", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                split.analyze_into(black_box(d), &mut a);
                n += a.tokens.len();
            }
            n
        })
    });
    g.bench_function("split_ascii_whitespace", |b| {
        b.iter(|| {
            let mut n = 0;
            for d in &docs {
                n += black_box(d).split_ascii_whitespace().count();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
