//! `cargo run --release -p wortlaut-tokenize --example tokenize_corpus -- FILE [ROUNDS]`:
//! tokenizes FILE (the `text` fields of a `.jsonl` file, or articles separated by blank
//! lines) ROUNDS times, for profiling. All work of the tokenizer happens inside
//! `measure`, so `valgrind --tool=callgrind --collect-atstart=no
//! --toggle-collect='*measure*'` counts it alone. Prints tokens, sentences, bytes and
//! a checksum over every span and kind (equal before and after a speed change).

use std::time::Instant;
use wortlaut_tokenize::{Analysis, Tokenizer};

/// Tokenizes every document once; returns (tokens, sentences, checksum).
#[inline(never)]
fn measure(t: &Tokenizer, docs: &[String], buf: &mut Analysis) -> (usize, usize, u64) {
    let (mut tokens, mut sentences, mut sum) = (0, 0, 0u64);
    for d in docs {
        t.analyze_into(d, buf);
        tokens += buf.tokens.len();
        sentences += buf.sentences.len();
        for tok in &buf.tokens {
            let x = (tok.span.start as u64) << 24 ^ tok.span.end as u64 ^ (tok.kind as u64) << 56;
            sum = sum.rotate_left(5) ^ x;
        }
        for s in &buf.sentences {
            sum = sum.rotate_left(7) ^ (s.start as u64) << 20 ^ s.end as u64;
        }
    }
    (tokens, sentences, sum)
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(1);
    let text = std::fs::read_to_string(&path)?;
    let docs: Vec<String> = if path.ends_with(".jsonl") {
        text.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
            .collect()
    } else {
        text.split("\n\n").map(str::to_owned).collect()
    };
    let bytes: usize = docs.iter().map(String::len).sum();
    let t = Tokenizer::new();
    let mut buf = Analysis::default();
    let clock = Instant::now();
    let mut last = (0, 0, 0);
    for _ in 0..rounds.max(1) {
        last = measure(&t, &docs, &mut buf);
    }
    let secs = clock.elapsed().as_secs_f64();
    println!(
        "{} docs, {bytes} bytes, {} tokens, {} sentences, checksum {:016x}, {:.1} MB/s",
        docs.len(),
        last.0,
        last.1,
        last.2,
        (bytes * rounds.max(1)) as f64 / secs / 1e6
    );
    Ok(())
}
