//! Gazetteer throughput and build time (criterion, single thread).
//!
//! Text: the articles of `../shared/data/corpus/german_news.jsonl.zst` (read with `zstd -dc`),
//! or the committed sample article when the corpus is absent. Group `gazetteer_scan`
//! (Throughput::Bytes): the full `find` per article, the automaton stage alone
//! (`count_candidates`), and plain aho-corasick LeftmostLongest NFA and DFA scans over the
//! same list names as peers for a ratio. Group `gazetteer_build`: the default lists (also on
//! a thread of a two-thread rayon pool, as the driver's workers would), and the
//! default lists plus a synthetic person list (100,000 names; 1,000,000 with
//! `WORTLAUT_BENCH_1M=1`; `examples/build_synthetic.rs` measures time and peak RSS).

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use wortlaut_gazetteer::{Gazetteer, GazetteerBuilder, Matches};

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The article texts of the news corpus, or the sample article.
fn articles() -> Vec<String> {
    let zst = manifest().join("../../../shared/data/corpus/german_news.jsonl.zst");
    let out = std::process::Command::new("zstd")
        .arg("-dc")
        .arg(&zst)
        .output();
    if let Some(o) = out.ok().filter(|o| o.status.success()) {
        let texts: Vec<String> = String::from_utf8_lossy(&o.stdout)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
            .collect();
        if !texts.is_empty() {
            return texts;
        }
    }
    eprintln!(
        "note: {} not readable, using the sample article",
        zst.display()
    );
    let sample = manifest().join("../../corpus/000_fd34b6c8db562257.txt");
    vec![std::fs::read_to_string(sample).expect("committed sample article")]
}

/// The names of the embedded entity lists (first column).
fn list_names() -> Vec<String> {
    ["loc.tsv", "org.tsv", "per.tsv"]
        .iter()
        .flat_map(|f| {
            let text = std::fs::read_to_string(manifest().join("data").join(f)).expect("list");
            text.lines()
                .skip(1)
                .filter_map(|l| l.split('\t').next().map(str::to_owned))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn synthetic(n: usize) -> String {
    let mut s = String::from("name\tlabel\tcanonical\n");
    let syl = [
        "ber", "man", "kel", "sto", "ri", "wal", "den", "lin", "ho", "fer",
    ];
    for i in 0..n {
        let (a, b, c) = (i % 10, (i / 10) % 10, (i / 100) % 10);
        let rest = i / 1000;
        s.push_str(&format!(
            "Anna {}{}{}{rest}\tPER\tX\n",
            syl[a].to_uppercase(),
            syl[b],
            syl[c]
        ));
    }
    s
}

fn scan(c: &mut Criterion) {
    let texts = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    let g = Gazetteer::default_german();
    let mut m = Matches::default();
    let total: usize = texts
        .iter()
        .map(|t| {
            g.find_into(t, &mut m);
            m.mentions.len()
        })
        .sum();
    assert!(total > 0, "no mentions found");
    eprintln!(
        "{} articles, {bytes} bytes, {total} mentions, {} patterns, automaton {} bytes",
        texts.len(),
        g.pattern_count(),
        g.automaton_bytes()
    );
    let names = list_names();
    let plain = |kind| {
        AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(kind))
            .build(&names)
            .expect("automaton")
    };
    let nfa = plain(AhoCorasickKind::ContiguousNFA);
    let dfa = plain(AhoCorasickKind::DFA);
    assert!(
        texts
            .iter()
            .map(|t| nfa.find_iter(t).count())
            .sum::<usize>()
            > 0
    );

    let mut group = c.benchmark_group("gazetteer_scan");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("find", |b| {
        b.iter(|| {
            for t in &texts {
                g.find_into(black_box(t), &mut m);
            }
            m.mentions.len()
        })
    });
    let mut fast = GazetteerBuilder::new();
    let fast = fast.small_places(false).build().expect("default lists");
    group.bench_function("find_without_small_places", |b| {
        b.iter(|| {
            for t in &texts {
                fast.find_into(black_box(t), &mut m);
            }
            m.mentions.len()
        })
    });
    group.bench_function("candidates", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| g.count_candidates(black_box(t)))
                .sum::<usize>()
        })
    });
    group.bench_function("plain_ac_nfa", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| nfa.find_iter(black_box(t)).count())
                .sum::<usize>()
        })
    });
    group.bench_function("plain_ac_dfa", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| dfa.find_iter(black_box(t)).count())
                .sum::<usize>()
        })
    });
    group.finish();
}

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("gazetteer_build");
    group.sample_size(10);
    group.bench_function("default", |b| b.iter(Gazetteer::default_german));
    // As the driver's workers would build it: on a thread of a two-thread rayon pool, where
    // the build's independent parts run at once.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .expect("thread pool");
    group.bench_function("default_in_pool_of_2", |b| {
        b.iter(|| pool.install(Gazetteer::default_german))
    });
    let n = if std::env::var_os("WORTLAUT_BENCH_1M").is_some() {
        1_000_000
    } else {
        100_000
    };
    let list = synthetic(n);
    group.bench_with_input(
        BenchmarkId::new("default_plus_synthetic", n),
        &list,
        |b, l| {
            b.iter(|| {
                let mut builder = GazetteerBuilder::new();
                builder
                    .add_tsv("synthetic.tsv", l.as_bytes())
                    .expect("list");
                builder.build().expect("build")
            })
        },
    );
    group.finish();
}

criterion_group!(benches, scan, build);
criterion_main!(benches);
