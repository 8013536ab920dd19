//! `cargo run --release --example dump_find -- [FILE.jsonl ...]`: prints every mention the
//! default gazetteer finds, with all fields, for the documents of the given JSONL files
//! (`text` fields) and for generated texts: the documents' sentences shuffled, cut at random
//! character boundaries, upper- or lower-cased, with hyphens, apostrophes and punctuation
//! inserted. Speed work on the matcher must leave this output byte-identical (`cmp` of two
//! runs), which covers far more shapes than the golden test.

use std::fmt::Write as _;
use wortlaut_gazetteer::{EntityRef, Gazetteer, Matches};

/// A small deterministic generator (xorshift64*), so two runs make the same texts.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn dump(g: &Gazetteer, name: &str, text: &str, m: &Matches, out: &mut String) {
    let _ = writeln!(out, "# {name} {}", text.len());
    for x in &m.mentions {
        let e = match x.entity {
            EntityRef::Known(i) => g.entity(i),
            EntityRef::Local(i) => &m.local[i as usize],
        };
        let _ = writeln!(
            out,
            "{}\t{}\t{:?}\t{}\t{:?}\t{:?}\t{:?}\t{}\t{:?}\t{:?}",
            x.start,
            x.end,
            &text[x.start..x.end],
            x.label.as_str(),
            x.entity,
            x.head,
            x.role,
            x.source.as_str(),
            e.canonical,
            e.id
        );
    }
}

/// A generated text from random pieces of `words`, with perturbations.
fn generated(rng: &mut Rng, words: &[&str], sentences: &[&str]) -> String {
    let mut s = String::new();
    let n = 5 + rng.below(120);
    for _ in 0..n {
        let w = if rng.below(6) == 0 {
            sentences[rng.below(sentences.len())]
        } else {
            words[rng.below(words.len())]
        };
        let w = match rng.below(24) {
            0 => w.to_uppercase(),
            1 => w.to_lowercase(),
            2 => {
                // Cut at a random character boundary.
                let cuts: Vec<usize> = w.char_indices().map(|(i, _)| i).collect();
                w[..cuts[rng.below(cuts.len())]].to_owned()
            }
            _ => w.to_owned(),
        };
        s.push_str(&w);
        let sep = match rng.below(40) {
            0 => "-",
            1 => "s ",
            2 => "' ",
            3 => ", ",
            4 => ". ",
            5 => "\n\n",
            6 => "es ",
            7 => "„",
            8 => "“ ",
            9 => "",
            10 => " (",
            11 => ") ",
            12 => "-Chef ",
            13 => "n ",
            _ => " ",
        };
        s.push_str(sep);
    }
    s
}

fn main() -> std::io::Result<()> {
    let g = Gazetteer::default_german();
    let mut docs: Vec<(String, String)> = Vec::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path)?;
        for (i, l) in text.lines().enumerate() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(l) else {
                continue;
            };
            if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
                docs.push((format!("{path}:{}", i + 1), t.to_owned()));
            }
        }
    }
    let mut out = String::new();
    let mut m = Matches::default();
    for (name, text) in &docs {
        g.find_into(text, &mut m);
        dump(&g, name, text, &m, &mut out);
    }
    // Generated texts: words and word pairs of the documents, shuffled and perturbed.
    let words: Vec<&str> = docs
        .iter()
        .flat_map(|(_, t)| t.split(' '))
        .filter(|w| !w.is_empty())
        .collect();
    let sentences: Vec<&str> = docs
        .iter()
        .flat_map(|(_, t)| t.split(". "))
        .filter(|w| !w.is_empty())
        .collect();
    if !words.is_empty() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for k in 0..20_000 {
            let text = generated(&mut rng, &words, &sentences);
            g.find_into(&text, &mut m);
            dump(&g, &format!("gen{k}"), &text, &m, &mut out);
        }
    }
    print!("{out}");
    Ok(())
}
