//! Run summaries: the end-of-run report on stderr, and `wortlaut stats` over written output.

use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use rustc_hash::FxBuildHasher;
use wortlaut_gazetteer::Gazetteer;

use crate::output::{speaker_key, DocCounts, Key};

/// How many speakers and entities the summary lists.
pub const TOP: usize = 20;

/// Occurrences per entity or speaker. Every mention of every document is counted, and SipHash
/// was a visible part of that: FxHash instead (the keys are entity ids and names; a crafted
/// corpus could at worst slow its own summary).
pub type Counts = HashMap<Key, u64, FxBuildHasher>;

/// Counts of one run (or of one output file read back).
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Documents seen (written + skipped).
    pub read: u64,
    /// Documents written.
    pub written: u64,
    /// Documents written after repair (invalid UTF-8 replaced).
    pub repaired: u64,
    /// Documents (or unreadable sources) skipped.
    pub skipped: u64,
    /// Input bytes after decompression (or output bytes, for `stats`).
    pub bytes: u64,
    /// Text bytes of the written documents (0 when the text was not written).
    pub text_bytes: u64,
    /// Sentences.
    pub sentences: u64,
    /// Tokens.
    pub tokens: u64,
    /// Entity mentions.
    pub mentions: u64,
    /// Quotes.
    pub quotes: u64,
    /// Mentions per entity.
    pub entities: Counts,
    /// Quotes per speaker.
    pub speakers: Counts,
    /// Wall time.
    pub wall: Duration,
}

impl Summary {
    /// Adds one written document.
    pub fn add_doc(&mut self, counts: DocCounts) {
        let keys = self.add_numbers(counts);
        self.add_keys(keys);
    }

    /// Adds one written document's numbers (not its entities and speakers, which are
    /// returned for [`Summary::add_keys`]).
    pub fn add_numbers(&mut self, counts: DocCounts) -> (Vec<Key>, Vec<Key>) {
        self.text_bytes += counts.text_bytes;
        self.sentences += counts.sentences;
        self.tokens += counts.tokens;
        self.mentions += counts.mentions;
        self.quotes += counts.quotes;
        (counts.entities, counts.speakers)
    }

    /// Counts one document's entity and speaker keys.
    pub fn add_keys(&mut self, (entities, speakers): (Vec<Key>, Vec<Key>)) {
        for key in entities {
            *self.entities.entry(key).or_default() += 1;
        }
        for key in speakers {
            *self.speakers.entry(key).or_default() += 1;
        }
    }

    /// Adds the counts of `other` (a worker's share of a run); the wall time is left alone.
    pub fn merge(&mut self, other: Summary) {
        self.read += other.read;
        self.written += other.written;
        self.repaired += other.repaired;
        self.skipped += other.skipped;
        self.bytes += other.bytes;
        self.text_bytes += other.text_bytes;
        self.sentences += other.sentences;
        self.tokens += other.tokens;
        self.mentions += other.mentions;
        self.quotes += other.quotes;
        for (mine, theirs) in [
            (&mut self.entities, other.entities),
            (&mut self.speakers, other.speakers),
        ] {
            if mine.is_empty() {
                *mine = theirs;
                continue;
            }
            for (key, n) in theirs {
                *mine.entry(key).or_default() += n;
            }
        }
    }

    /// Throughput over [`Summary::bytes`] in MB/s (10^6 bytes).
    pub fn mb_per_s(&self) -> f64 {
        let secs = self.wall.as_secs_f64();
        if secs > 0.0 {
            self.bytes as f64 / 1e6 / secs
        } else {
            0.0
        }
    }

    /// The summary for humans; `gazetteer` names the known entities.
    pub fn display<'a>(&'a self, gazetteer: Option<&'a Gazetteer>) -> Display<'a> {
        Display {
            summary: self,
            gazetteer,
        }
    }
}

/// The `n` largest counts, keys turned into names (keys with equal names add up), ties in
/// name order so the listing is stable.
pub fn top(counts: &Counts, gazetteer: Option<&Gazetteer>, n: usize) -> Vec<(String, u64)> {
    let mut by_name: HashMap<&str, u64> = HashMap::new();
    for (key, count) in counts {
        let name = match key {
            Key::Known(i) => match gazetteer {
                Some(g) => g.entity(*i).canonical.as_str(),
                None => "?",
            },
            Key::Local(name, _) | Key::Written(name) => name.as_str(),
            // Not a name: the display gives their number on a line of its own.
            Key::Unresolved => continue,
        };
        *by_name.entry(name).or_default() += count;
    }
    let mut list: Vec<(String, u64)> = by_name
        .into_iter()
        .map(|(name, count)| (name.to_string(), count))
        .collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list.truncate(n);
    list
}

/// Formats a [`Summary`] (see [`Summary::display`]).
pub struct Display<'a> {
    summary: &'a Summary,
    gazetteer: Option<&'a Gazetteer>,
}

impl fmt::Display for Display<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.summary;
        writeln!(
            f,
            "documents: {} read, {} written, {} repaired, {} skipped",
            s.read, s.written, s.repaired, s.skipped
        )?;
        writeln!(
            f,
            "bytes: {} ({} text); sentences: {}; tokens: {}; entity mentions: {}; quotes: {}",
            human_bytes(s.bytes),
            human_bytes(s.text_bytes),
            s.sentences,
            s.tokens,
            s.mentions,
            s.quotes
        )?;
        for (title, counts) in [
            ("most quoted speakers", &s.speakers),
            ("most mentioned entities", &s.entities),
        ] {
            let list = top(counts, self.gazetteer, TOP);
            let unresolved = counts.get(&Key::Unresolved).copied().unwrap_or(0);
            if list.is_empty() && unresolved == 0 {
                writeln!(f, "{title}: none")?;
                continue;
            }
            writeln!(f, "{title}:")?;
            for (name, count) in list {
                writeln!(f, "  {count:>8}  {name}")?;
            }
            if unresolved > 0 {
                writeln!(
                    f,
                    "  {unresolved:>8}  (a pronoun or `demnach`, not resolved)"
                )?;
            }
        }
        write!(
            f,
            "wall time: {:.2} s, {:.2} MB/s",
            s.wall.as_secs_f64(),
            s.mb_per_s()
        )
    }
}

/// `1234567` as `1.23 MB` (powers of 1000, like the MB/s figures).
pub fn human_bytes(n: u64) -> String {
    let x = n as f64;
    if n < 1000 {
        format!("{n} B")
    } else if x < 1e6 {
        format!("{:.1} kB", x / 1e3)
    } else if x < 1e9 {
        format!("{:.2} MB", x / 1e6)
    } else {
        format!("{:.2} GB", x / 1e9)
    }
}

/// `wortlaut stats`: reads output files (plain, gzip or zstd) and sums them up. Lines that are
/// not output records are reported on stderr and counted as skipped.
///
/// # Errors
/// A file that cannot be opened.
pub fn stats_files(paths: &[PathBuf]) -> std::io::Result<Summary> {
    let started = Instant::now();
    let mut summary = Summary::default();
    for path in paths {
        let file = File::open(path)
            .map_err(|e| std::io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
        let (_, reader) = crate::input::decompress(file)?;
        let reader = BufReader::with_capacity(256 * 1024, reader);
        for (n, line) in reader.split(b'\n').enumerate() {
            let line = match line {
                Ok(line) => line,
                Err(e) => {
                    eprintln!("wortlaut: {}:{}: {e}", path.display(), n + 1);
                    summary.read += 1;
                    summary.skipped += 1;
                    break;
                }
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            summary.read += 1;
            summary.bytes += line.len() as u64 + 1;
            match record_counts(&line) {
                Ok((counts, repaired)) => {
                    summary.written += 1;
                    summary.repaired += u64::from(repaired);
                    summary.add_doc(counts);
                }
                Err(e) => {
                    eprintln!("wortlaut: {}:{}: {e}", path.display(), n + 1);
                    summary.skipped += 1;
                }
            }
        }
    }
    summary.wall = started.elapsed();
    Ok(summary)
}

/// The counts of one output line.
fn record_counts(line: &[u8]) -> Result<(DocCounts, bool), String> {
    use serde::Deserialize;
    #[derive(Deserialize)]
    struct Speaker {
        text: String,
        resolved: Option<String>,
    }
    #[derive(Deserialize)]
    struct Quote {
        speaker: Option<Speaker>,
    }
    #[derive(Deserialize)]
    struct Entity {
        canonical: Option<String>,
        text: String,
    }
    #[derive(Deserialize)]
    struct Record {
        text: Option<String>,
        sentences: Vec<serde::de::IgnoredAny>,
        tokens: Option<Vec<serde::de::IgnoredAny>>,
        entities: Vec<Entity>,
        quotes: Vec<Quote>,
        #[serde(default)]
        repaired: bool,
    }
    let r: Record =
        serde_json::from_slice(line).map_err(|e| format!("not an output record: {e}"))?;
    let counts = DocCounts {
        text_bytes: r.text.as_ref().map_or(0, |t| t.len() as u64),
        sentences: r.sentences.len() as u64,
        tokens: r.tokens.as_ref().map_or(0, |t| t.len() as u64),
        mentions: r.entities.len() as u64,
        quotes: r.quotes.len() as u64,
        entities: r
            .entities
            .into_iter()
            .map(|e| Key::Written(e.canonical.unwrap_or(e.text)))
            .collect(),
        speakers: r
            .quotes
            .into_iter()
            .filter_map(|q| q.speaker)
            .map(|s| speaker_key(&s.text, s.resolved.as_deref()))
            .collect(),
    };
    Ok((counts, r.repaired))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_merges_equal_names_and_orders_ties() {
        let mut counts = Counts::default();
        counts.insert(Key::Written("Putin".into()), 2);
        counts.insert(Key::Local("Putin".into(), "PER"), 1);
        counts.insert(Key::Written("Biden".into()), 3);
        counts.insert(Key::Written("Amt".into()), 3);
        let t = top(&counts, None, 2);
        assert_eq!(t, vec![("Amt".to_string(), 3), ("Biden".to_string(), 3)]);
        let t = top(&counts, None, 5);
        assert_eq!(t[2], ("Putin".to_string(), 3));
    }

    #[test]
    fn pronoun_speakers_are_counted_by_their_antecedent_or_set_apart() {
        let mut s = Summary::default();
        let speakers = [
            ("er", Some("Dmitri Peskow")),
            ("Kreml-Sprecher Dmitri Peskow", Some("Dmitri Peskow")),
            ("Er", None),
            ("Demnach", None),
            ("die Polizei", None),
        ];
        for (written, resolved) in speakers {
            *s.speakers
                .entry(speaker_key(written, resolved))
                .or_default() += 1;
        }
        assert_eq!(
            top(&s.speakers, None, 5),
            vec![
                ("Dmitri Peskow".to_string(), 2),
                ("die Polizei".to_string(), 1)
            ]
        );
        let shown = s.display(None).to_string();
        assert!(
            shown.contains("       2  (a pronoun or `demnach`, not resolved)"),
            "{shown}"
        );
        assert!(!shown.contains("Demnach"), "{shown}");
    }

    #[test]
    fn merge_adds_counts_and_keys() {
        let mut a = Summary {
            read: 2,
            ..Summary::default()
        };
        a.entities.insert(Key::Known(1), 2);
        let mut b = Summary {
            read: 3,
            ..Summary::default()
        };
        b.entities.insert(Key::Known(1), 1);
        b.entities.insert(Key::Written("Amt".into()), 4);
        b.speakers.insert(Key::Known(7), 1);
        a.merge(b);
        assert_eq!(a.read, 5);
        assert_eq!(a.entities[&Key::Known(1)], 3);
        assert_eq!(a.entities[&Key::Written("Amt".into())], 4);
        assert_eq!(a.speakers[&Key::Known(7)], 1);
    }

    #[test]
    fn the_key_hasher_spreads_ids_and_names() {
        use std::collections::HashSet;
        use std::hash::BuildHasher;
        let build = FxBuildHasher;
        let mut keys: Vec<Key> = (0..10_000).map(Key::Known).collect();
        keys.extend((0..10_000).map(|i| Key::Written(format!("Sprecher {i}"))));
        keys.extend((0..10_000).map(|i| Key::Local(format!("Name{i}"), "PER")));
        let hashes: HashSet<u64> = keys.iter().map(|k| build.hash_one(k)).collect();
        assert_eq!(hashes.len(), keys.len());
        // The top seven bits (hashbrown's tag) are spread too.
        let tags: HashSet<u64> = hashes.iter().map(|h| h >> 57).collect();
        assert_eq!(tags.len(), 128);
    }

    #[test]
    fn byte_sizes_for_humans() {
        assert_eq!(human_bytes(999), "999 B");
        assert_eq!(human_bytes(4_370), "4.4 kB");
        assert_eq!(human_bytes(4_371_595), "4.37 MB");
        assert_eq!(human_bytes(212_000_000_000), "212.00 GB");
    }
}
