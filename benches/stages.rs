//! Criterion benches of every stage and of the whole pipeline, in MB/s of article text.
//!
//! Run `cargo bench --bench stages` (add `-- gazetteer` to pick a group); the HTML report is
//! `target/criterion/report/index.html`. Inputs: the committed sample (`corpus/`) and, when
//! present, the shared news corpus (`../shared/data/corpus/german_news.jsonl.zst`, 4.4 MB).
//! Wall-clock figures on shared 2-core machines swing by ±20 %: compare against a saved
//! baseline on a quiet machine (`-- --save-baseline main`, then `-- --baseline main`), and
//! leave regression gating to `cargo xtask bench-check` (instruction counts).

mod common;

use std::time::Duration;

use common::Corpus;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use rayon::prelude::*;
use wortlaut::pipeline::Models;
use wortlaut::run::annotate_to_json;
use wortlaut_tokenize::Analysis;

fn corpora() -> Vec<Corpus> {
    let mut v = vec![common::sample()];
    v.extend(common::news());
    v
}

fn bench(c: &mut Criterion) {
    let m = common::models();
    for corpus in corpora() {
        stages(c, &m, &corpus);
    }
}

/// All groups on one corpus; each stage's work is verified once before it is timed.
fn stages(c: &mut Criterion, m: &Models, corpus: &Corpus) {
    let docs = &corpus.docs[..];
    let bytes = corpus.bytes() as u64;
    let id = || BenchmarkId::from_parameter(corpus.name);
    let mut buf = Analysis::default();

    common::verify("tokenize", corpus.name, common::tokenize(m, docs, &mut buf));
    let mut g = c.benchmark_group("tokenize");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(id(), |b| b.iter(|| common::tokenize(m, docs, &mut buf)));
    g.finish();

    common::verify(
        "sentences",
        corpus.name,
        common::sentences(m, docs, &mut buf),
    );
    let mut g = c.benchmark_group("sentences");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(id(), |b| b.iter(|| common::sentences(m, docs, &mut buf)));
    g.finish();

    common::verify("gazetteer", corpus.name, common::gazetteer(m, docs));
    let mut g = c.benchmark_group("gazetteer");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(id(), |b| b.iter(|| common::gazetteer(m, docs)));
    g.finish();

    let inputs = common::QuoteInputs::new(m, docs);
    let hints = inputs.mentions(m);
    common::verify(
        "quotes",
        corpus.name,
        common::quotes(m, docs, &inputs, &hints),
    );
    let mut g = c.benchmark_group("quotes");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(id(), |b| {
        b.iter(|| common::quotes(m, docs, &inputs, &hints))
    });
    g.finish();

    let mut out = Vec::new();
    common::verify(
        "end_to_end",
        corpus.name,
        common::end_to_end(m, &inputs.records, &mut out),
    );
    let mut g = c.benchmark_group("end_to_end");
    g.throughput(Throughput::Bytes(bytes));
    g.bench_function(id(), |b| {
        b.iter(|| common::end_to_end(m, &inputs.records, &mut out))
    });
    // The same work on all cores, documents in parallel as the driver runs them; the
    // single-thread figure above is the headline, this one stands beside it.
    g.bench_function(BenchmarkId::new("rayon", corpus.name), |b| {
        b.iter(|| {
            inputs
                .records
                .par_iter()
                .map(|r| {
                    let mut line = Vec::new();
                    annotate_to_json(m, r, &mut line).expect("a record from json_records parses");
                    line.len()
                })
                .sum::<usize>()
        })
    });
    g.finish();
}

fn config() -> Criterion {
    // Short runs by default: these machines are shared; override on the command line.
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
}

criterion_group! {
    name = benches;
    config = config();
    targets = bench
}
criterion_main!(benches);
