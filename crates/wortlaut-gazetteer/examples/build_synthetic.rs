//! `cargo run --release --example build_synthetic -- [N]`: builds a gazetteer from the
//! default lists plus `N` (default 1,000,000) synthetic person names and prints the build
//! time and automaton size. Run under `/usr/bin/time -v` for the peak RSS.

use std::fmt::Write as _;
use std::time::Instant;
use wortlaut_gazetteer::GazetteerBuilder;

/// A deterministic synthetic list of `n` distinct names: a first name and a surname made of
/// syllables (the digits of the index in base 16), as in `shared/gazetteer/BASELINE.md`.
fn synthetic(n: usize) -> String {
    const FIRST: &[&str] = &[
        "Anna", "Peter", "Maria", "Jonas", "Lena", "Paul", "Sofia", "Felix", "Emma", "Lukas",
    ];
    const SYL: &[&str] = &[
        "ber", "man", "kel", "sto", "ri", "wal", "den", "lin", "ho", "fer", "gra", "tus", "mei",
        "ra", "schu", "zel",
    ];
    let mut s = String::from("name\tlabel\tcanonical\n");
    for i in 0..n {
        let first = FIRST[i % FIRST.len()];
        let mut k = i / FIRST.len();
        let mut sur = String::new();
        loop {
            sur.push_str(SYL[k % SYL.len()]);
            k /= SYL.len();
            if k == 0 {
                break;
            }
        }
        if sur.len() < 6 {
            sur.push_str("mann");
        }
        let mut c = sur.chars();
        let sur: String = c
            .next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default();
        let _ = writeln!(s, "{first} {sur}\tPER\t{first} {sur}");
    }
    s
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let list = synthetic(n);
    let t = Instant::now();
    let mut b = GazetteerBuilder::new();
    if let Err(e) = b.add_tsv("synthetic.tsv", list.as_bytes()) {
        eprintln!("{e}");
        std::process::exit(1);
    }
    // The list's text is parsed: free it, as a program reading a file would, so the peak RSS
    // is the build's.
    drop(list);
    let g = match b.build() {
        Ok(g) => g,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    println!(
        "{n} synthetic names: built in {:.2} s, {} patterns, automaton {} bytes",
        t.elapsed().as_secs_f64(),
        g.pattern_count(),
        g.automaton_bytes()
    );
}
