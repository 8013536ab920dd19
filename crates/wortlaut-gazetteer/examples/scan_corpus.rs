//! `cargo run --release --example scan_corpus -- FILE [ROUNDS] [only]`: runs the default
//! gazetteer over FILE (articles separated by blank lines, or the `text` fields of a
//! `.jsonl` file) ROUNDS times, for profiling
//! (`perf record`, `valgrind --tool=callgrind`). Unless `only` is given, it then runs a plain
//! aho-corasick DFA (LeftmostLongest, the raw names of `data/{loc,org,per}.tsv`) over the same
//! text as a peer and prints the ratio, so a figure from a busy machine still compares.
//! `WORTLAUT_AUTOMATON=nfa` or `dfa` picks the automaton kind (default: automatic).

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::path::Path;
use std::time::Instant;
use wortlaut_gazetteer::{Automaton, GazetteerBuilder, Matches};

/// The names of the embedded entity lists (first column).
fn list_names() -> Vec<String> {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    ["loc.tsv", "org.tsv", "per.tsv"]
        .iter()
        .filter_map(|f| std::fs::read_to_string(data.join(f)).ok())
        .flat_map(|text| {
            text.lines()
                .skip(1)
                .filter_map(|l| l.split('\t').next().map(str::to_owned))
                .collect::<Vec<_>>()
        })
        .collect()
}

/// User + system CPU seconds of this process (Linux `/proc/self/stat`, 100 ticks a
/// second), or `None` elsewhere: on a busy machine CPU time is steadier than wall time.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    let rest = stat.rsplit_once(')')?.1;
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let only = args.next().is_some_and(|a| a == "only");
    let text = std::fs::read_to_string(&path)?;
    // A JSONL file (`/tmp/news.jsonl`): the `text` of each line is a document.
    let texts: Vec<String> = if path.ends_with(".jsonl") {
        text.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text")?.as_str().map(str::to_owned))
            .collect()
    } else {
        text.split("\n\n").map(str::to_owned).collect()
    };
    let docs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let text_len: usize = docs.iter().map(|d| d.len()).sum();
    let kind = match std::env::var("WORTLAUT_AUTOMATON").as_deref() {
        Ok("nfa") => Automaton::Nfa,
        Ok("dfa") => Automaton::Dfa,
        _ => Automaton::Auto,
    };
    let g = GazetteerBuilder::new()
        .automaton(kind)
        .build()
        .map_err(std::io::Error::other)?;
    eprintln!(
        "{kind:?}: {} patterns, automaton {} bytes",
        g.pattern_count(),
        g.automaton_bytes()
    );
    let mut m = Matches::default();
    let (t, c) = (Instant::now(), cpu_seconds());
    let mut n = 0;
    for _ in 0..rounds {
        for d in &docs {
            g.find_into(d, &mut m);
            n += m.mentions.len();
        }
    }
    let mb = (text_len * rounds) as f64 / 1e6;
    let find = mb / t.elapsed().as_secs_f64();
    let cpu = |c0: Option<f64>| match (c0, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => format!(", {:.1} MB per CPU second", mb / (b - a)),
        _ => String::new(),
    };
    println!("find: {n} mentions, {find:.1} MB/s{}", cpu(c));
    if only {
        return Ok(());
    }
    let dfa = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(list_names())
        .map_err(std::io::Error::other)?;
    let (t, c) = (Instant::now(), cpu_seconds());
    let mut k = 0;
    for _ in 0..rounds {
        for d in &docs {
            k += dfa.find_iter(d).count();
        }
    }
    let plain = mb / t.elapsed().as_secs_f64();
    println!(
        "plain aho-corasick DFA: {k} matches, {plain:.1} MB/s{}; find/plain = {:.2}",
        cpu(c),
        find / plain
    );
    // Interleaved: one pass of each per round, the best pass of each. On a shared machine
    // the load changes between the two runs above; the best of alternating passes is the
    // steadier ratio.
    let mb1 = text_len as f64 / 1e6;
    let (mut best_find, mut best_plain) = (0f64, 0f64);
    for _ in 0..rounds {
        let t = Instant::now();
        for d in &docs {
            g.find_into(d, &mut m);
        }
        best_find = best_find.max(mb1 / t.elapsed().as_secs_f64());
        let t = Instant::now();
        for d in &docs {
            std::hint::black_box(dfa.find_iter(d).count());
        }
        best_plain = best_plain.max(mb1 / t.elapsed().as_secs_f64());
    }
    println!(
        "interleaved, best of {rounds}: find {best_find:.1} MB/s, plain DFA {best_plain:.1} MB/s; \
         find/plain = {:.2}",
        best_find / best_plain
    );
    Ok(())
}
