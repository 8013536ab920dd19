//! Golden test: every mention the default gazetteer finds in the committed texts
//! (`corpus/wikinews.jsonl`, `corpus/000_fd34b6c8db562257.txt`) equals
//! `tests/golden/corpus_mentions.tsv`. It guards speed work on the scan: an optimisation must
//! not change what is found. After a deliberate change of the rules, regenerate the file with
//! `WORTLAUT_BLESS=1 cargo test -p wortlaut-gazetteer --test golden_corpus` and review the diff.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use wortlaut_gazetteer::{Automaton, EntityRef, Gazetteer, GazetteerBuilder};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// `(document name, text)` of the committed texts.
fn texts() -> Vec<(String, String)> {
    let corpus = root().join("corpus");
    let sample = "000_fd34b6c8db562257.txt";
    let mut out = vec![(
        sample.to_owned(),
        std::fs::read_to_string(corpus.join(sample)).expect("committed sample article"),
    )];
    let jsonl = std::fs::read_to_string(corpus.join("wikinews.jsonl")).expect("wikinews.jsonl");
    for (i, line) in jsonl.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("json line");
        let id = v.get("id").and_then(|x| x.as_str()).unwrap_or("?");
        let text = v.get("text").and_then(|x| x.as_str()).expect("text field");
        out.push((format!("wikinews:{}:{id}", i + 1), text.to_owned()));
    }
    out
}

fn span(s: Option<(usize, usize)>) -> String {
    s.map_or_else(|| "-".to_owned(), |(a, b)| format!("{a}..{b}"))
}

/// One TSV line per mention: document, start, end, text, label, canonical, id, head, role,
/// source.
fn mentions_tsv(g: &Gazetteer) -> String {
    let mut out = String::from("doc\tstart\tend\ttext\tlabel\tcanonical\tid\thead\trole\tsource\n");
    for (doc, text) in texts() {
        let m = g.find(&text);
        for x in &m.mentions {
            let e = match x.entity {
                EntityRef::Known(i) => g.entity(i),
                EntityRef::Local(i) => &m.local[i as usize],
            };
            let _ = writeln!(
                out,
                "{doc}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                x.start,
                x.end,
                &text[x.start..x.end],
                x.label.as_str(),
                e.canonical,
                e.id.as_deref().unwrap_or("-"),
                span(x.head),
                span(x.role),
                x.source.as_str()
            );
        }
    }
    out
}

fn golden_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/corpus_mentions.tsv")
}

/// Compares line by line so a failure names the first differing mention.
fn assert_golden(got: &str, what: &str) {
    let want = std::fs::read_to_string(golden_path()).expect("golden file");
    for (i, (g, w)) in got.lines().zip(want.lines()).enumerate() {
        assert_eq!(g, w, "{what}: line {} of the golden file differs", i + 1);
    }
    assert_eq!(
        got.lines().count(),
        want.lines().count(),
        "{what}: number of mentions differs"
    );
}

#[test]
fn default_gazetteer_matches_golden() {
    let got = mentions_tsv(&Gazetteer::default_german());
    if std::env::var_os("WORTLAUT_BLESS").is_some() {
        std::fs::write(golden_path(), &got).expect("write golden file");
    }
    assert!(got.lines().count() > 300, "too few mentions: {got}");
    assert_golden(&got, "default");
}

#[test]
fn every_automaton_kind_matches_golden() {
    for kind in [Automaton::Nfa, Automaton::Dfa] {
        let g = GazetteerBuilder::new()
            .automaton(kind)
            .build()
            .expect("default lists");
        assert_golden(&mentions_tsv(&g), &format!("{kind:?}"));
    }
}
