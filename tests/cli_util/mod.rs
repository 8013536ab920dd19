//! Shared helpers of the `cli_*` integration tests: run the binary, read its JSON lines in
//! key order, and check every span against the text it indexes.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::de::{Deserializer, MapAccess, Visitor};
use serde_json::Value;

/// The binary under test.
pub fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_wortlaut"))
}

/// A file in tests/fixtures.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// What a run of the binary produced.
pub struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: String,
}

impl fmt::Debug for Run {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "exit {}\n--- stderr ---\n{}\n--- stdout (first 2000 bytes) ---\n{}",
            self.code,
            self.stderr,
            String::from_utf8_lossy(&self.stdout[..self.stdout.len().min(2000)])
        )
    }
}

impl Run {
    /// The output records.
    pub fn records(&self) -> Vec<Record> {
        records(&self.stdout)
    }
}

/// Runs the binary with `args`, feeding `stdin` (or nothing).
pub fn run<I, S>(args: I, stdin: Option<&[u8]>) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut cmd = bin();
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("spawn wortlaut");
    let mut pipe = child.stdin.take().expect("stdin");
    let input = stdin.map(<[u8]>::to_vec).unwrap_or_default();
    let feeder = std::thread::spawn(move || {
        // The binary may stop reading early (errors); a broken pipe here is fine.
        let _ = pipe.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait for wortlaut");
    feeder.join().expect("stdin feeder");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Like [`run`], but `process` runs with the small test list (tests/fixtures/gazetteer.tsv)
/// instead of the embedded lists: building those takes seconds in a debug build.
pub fn run_small<I, S>(args: I, stdin: Option<&[u8]>) -> Run
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let mut all: Vec<std::ffi::OsString> = args.into_iter().map(|a| a.as_ref().into()).collect();
    if all.first().is_some_and(|a| a == "process") {
        let list = fixture("gazetteer.tsv");
        let extra = [
            "--no-default-gazetteer".into(),
            "--gazetteer".into(),
            list.into(),
        ];
        all.splice(1..1, extra);
    }
    run(all, stdin)
}

/// One output line: its keys in order, and the parsed object.
#[derive(Debug, Clone)]
pub struct Record {
    pub keys: Vec<String>,
    pub value: Value,
}

impl std::ops::Index<&str> for Record {
    type Output = Value;
    fn index(&self, key: &str) -> &Value {
        &self.value[key]
    }
}

struct Keys(Vec<String>);

impl<'de> serde::Deserialize<'de> for Keys {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Keys;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                let mut keys = Vec::new();
                while let Some(k) = map.next_key::<String>()? {
                    map.next_value::<serde::de::IgnoredAny>()?;
                    keys.push(k);
                }
                Ok(Keys(keys))
            }
        }
        d.deserialize_map(V)
    }
}

/// Parses JSON Lines output; every line must be one complete object.
pub fn records(stdout: &[u8]) -> Vec<Record> {
    let text = std::str::from_utf8(stdout).expect("output is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "output must end with a newline"
    );
    text.lines()
        .map(|line| {
            let keys: Keys = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("not a JSON object ({e}): {line}"));
            Record {
                keys: keys.0,
                value: serde_json::from_str(line).expect("JSON"),
            }
        })
        .collect()
}

/// The substring of `text` at `[start, end)` in the record's offset unit.
pub fn slice(text: &str, unit: &str, start: u64, end: u64) -> String {
    let (start, end) = (start as usize, end as usize);
    assert!(start <= end, "span {start}..{end} reversed");
    match unit {
        "byte" => {
            assert!(end <= text.len(), "span {start}..{end} past the text");
            assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
            text[start..end].to_string()
        }
        "char" => {
            assert!(
                end <= text.chars().count(),
                "span {start}..{end} past the text"
            );
            text.chars().skip(start).take(end - start).collect()
        }
        other => panic!("unknown offset_unit {other}"),
    }
}

fn span_of(v: &Value) -> (u64, u64) {
    (
        v["start"].as_u64().expect("start"),
        v["end"].as_u64().expect("end"),
    )
}

/// Checks every span of a record against its `text` (or against `text` given separately for
/// `--annotations-only` output): in range, and equal to the `text` fields that quote it.
pub fn check_spans(record: &Record, text: &str) {
    let unit = record["offset_unit"].as_str().expect("offset_unit");
    let mut last_end = 0;
    for s in record["sentences"].as_array().expect("sentences") {
        let (a, b) = span_of(s);
        assert!(a >= last_end, "sentences overlap or are out of order");
        let piece = slice(text, unit, a, b);
        assert!(!piece.trim().is_empty(), "empty sentence {a}..{b}");
        last_end = b;
    }
    if let Some(tokens) = record.value.get("tokens") {
        for t in tokens.as_array().expect("tokens") {
            let (a, b) = span_of(t);
            assert!(!slice(text, unit, a, b).is_empty());
        }
    }
    for e in record["entities"].as_array().expect("entities") {
        let (a, b) = span_of(e);
        assert_eq!(slice(text, unit, a, b), e["text"].as_str().expect("text"));
        for part in ["head", "role"] {
            if e[part].is_object() {
                let (a, b) = span_of(&e[part]);
                assert_eq!(slice(text, unit, a, b), e[part]["text"].as_str().unwrap());
            }
        }
    }
    for q in record["quotes"].as_array().expect("quotes") {
        let (a, b) = span_of(q);
        assert_eq!(slice(text, unit, a, b), q["text"].as_str().expect("text"));
        if q["speaker"].is_object() {
            let sp = &q["speaker"];
            let (a, b) = span_of(sp);
            assert_eq!(slice(text, unit, a, b), sp["text"].as_str().unwrap());
            if let Some(i) = sp["mention"].as_u64() {
                let entity = &record["entities"][i as usize];
                assert!(entity.is_object(), "speaker.mention {i} out of range");
                assert_eq!(sp["resolved"], entity["canonical"]);
                assert_eq!(sp["entity"], entity["id"]);
            }
        }
        if q["cue"].is_object() {
            let parts: Vec<String> = q["cue"]["spans"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| {
                    let (a, b) = span_of(s);
                    slice(text, unit, a, b)
                })
                .collect();
            assert_eq!(parts.join(" … "), q["cue"]["text"].as_str().unwrap());
        }
    }
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// gzip-compresses `data` as one member.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    enc.write_all(data).unwrap();
    enc.finish().unwrap()
}

/// zstd-compresses `data`.
pub fn zstd(data: &[u8]) -> Vec<u8> {
    zstd::stream::encode_all(data, 3).unwrap()
}
