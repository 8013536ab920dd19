//! `cargo run --release --example scan_corpus -- FILE [ROUNDS]`: runs the default gazetteer
//! over FILE (articles separated by blank lines) ROUNDS times, for profiling (`perf record`).

use std::time::Instant;
use wortlaut_gazetteer::{Gazetteer, Matches};

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_default();
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(5);
    let text = std::fs::read_to_string(path)?;
    let docs: Vec<&str> = text.split("\n\n").collect();
    let g = Gazetteer::default_german();
    let mut m = Matches::default();
    let t = Instant::now();
    let mut n = 0;
    for _ in 0..rounds {
        for d in &docs {
            g.find_into(d, &mut m);
            n += m.mentions.len();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{n} mentions, {:.1} MB/s",
        (text.len() * rounds) as f64 / secs / 1e6
    );
    Ok(())
}
