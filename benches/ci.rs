//! The consolidated CI bench: every stage and the whole pipeline on the committed sample, with
//! a small fixed sample size, so `cargo bench --bench ci` finishes in about a minute.
//!
//! CI itself only builds it (`cargo bench --no-run`) and gates on instruction counts
//! (`cargo xtask bench-check`); this target is the quick wall-clock look for humans.

mod common;

use std::time::Duration;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use wortlaut_tokenize::Analysis;

fn ci(c: &mut Criterion) {
    let m = common::models();
    let corpus = common::sample();
    let docs = &corpus.docs[..];
    let mut buf = Analysis::default();
    let inputs = common::QuoteInputs::new(&m, docs);
    let hints = inputs.mentions(&m);
    let mut out = Vec::new();

    // Verify every stage once before anything is timed.
    common::verify(
        "tokenize",
        corpus.name,
        common::tokenize(&m, docs, &mut buf),
    );
    common::verify(
        "sentences",
        corpus.name,
        common::sentences(&m, docs, &mut buf),
    );
    common::verify("gazetteer", corpus.name, common::gazetteer(&m, docs));
    common::verify(
        "quotes",
        corpus.name,
        common::quotes(&m, docs, &inputs, &hints),
    );
    common::verify(
        "end_to_end",
        corpus.name,
        common::end_to_end(&m, &inputs.records, &mut out),
    );

    let mut g = c.benchmark_group("ci");
    g.throughput(Throughput::Bytes(corpus.bytes() as u64));
    g.bench_function(BenchmarkId::new("tokenize", corpus.name), |b| {
        b.iter(|| common::tokenize(&m, docs, &mut buf))
    });
    g.bench_function(BenchmarkId::new("sentences", corpus.name), |b| {
        b.iter(|| common::sentences(&m, docs, &mut buf))
    });
    g.bench_function(BenchmarkId::new("gazetteer", corpus.name), |b| {
        b.iter(|| common::gazetteer(&m, docs))
    });
    g.bench_function(BenchmarkId::new("quotes", corpus.name), |b| {
        b.iter(|| common::quotes(&m, docs, &inputs, &hints))
    });
    g.bench_function(BenchmarkId::new("end_to_end", corpus.name), |b| {
        b.iter(|| common::end_to_end(&m, &inputs.records, &mut out))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = ci
}
criterion_main!(benches);
