//! Bad input (issue 6): a clear message, the run goes on, nothing silently lost; exit codes.

mod cli_util;

use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;

use cli_util::{bin, fixture, run, tempdir};
use serde_json::Value;

/// Flags that keep runs fast: the small test list instead of the embedded ones.
fn small_lists() -> Vec<String> {
    vec![
        "--no-default-gazetteer".into(),
        "--gazetteer".into(),
        fixture("gazetteer.tsv").display().to_string(),
    ]
}

fn process(extra: &[&str], stdin: Option<&[u8]>) -> cli_util::Run {
    let mut args = vec!["process".to_string()];
    args.extend(small_lists());
    args.extend(extra.iter().map(|s| s.to_string()));
    run(&args, stdin)
}

fn errors_file(path: &std::path::Path) -> Vec<Value> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn invalid_utf8_is_repaired_counted_and_listed() {
    let dir = tempdir();
    let jsonl = dir.path().join("bad.jsonl");
    let mut bytes = b"{\"id\": \"ok\", \"text\": \"Gut.\"}\n{\"id\": \"kaputt\", \"text\": \"Gr\xfc\xdfe aus K\xf6ln.\"}\n".to_vec();
    bytes.extend_from_slice(b"{\"id\": \"ok2\", \"text\": \"Auch gut.\"}\n");
    std::fs::write(&jsonl, &bytes).unwrap();
    let plain = dir.path().join("latin1.txt");
    std::fs::write(&plain, b"M\xfcnchen meldet Schnee.").unwrap();
    let errors = dir.path().join("errors.jsonl");
    let r = process(
        &[
            jsonl.to_str().unwrap(),
            plain.to_str().unwrap(),
            "--errors",
            errors.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "repaired documents are written: {r:?}");
    let recs = r.records();
    assert_eq!(recs.len(), 4);
    assert_eq!(recs[1]["id"], "kaputt");
    assert_eq!(recs[1]["repaired"], true);
    assert_eq!(*recs[1].keys.last().unwrap(), "repaired");
    assert_eq!(recs[1]["text"], "Gr\u{fffd}\u{fffd}e aus K\u{fffd}ln.");
    assert!(recs[0].value.get("repaired").is_none());
    assert_eq!(recs[3]["text"], "M\u{fffd}nchen meldet Schnee.");
    assert_eq!(recs[3]["repaired"], true);
    assert!(
        r.stderr
            .contains(&format!("{}:2: invalid UTF-8", jsonl.display())),
        "{r:?}"
    );
    assert!(
        r.stderr
            .contains("4 read, 4 written, 2 repaired, 0 skipped"),
        "{r:?}"
    );
    let listed = errors_file(&errors);
    assert_eq!(listed.len(), 2);
    assert_eq!(listed[0]["source"], jsonl.to_str().unwrap());
    assert_eq!(listed[0]["line"], 2);
    assert_eq!(listed[0]["action"], "repaired");
    assert_eq!(listed[1]["source"], plain.to_str().unwrap());
}

#[test]
fn malformed_lines_and_missing_text_are_skipped_with_file_and_line() {
    let dir = tempdir();
    let path = dir.path().join("mixed.jsonl");
    std::fs::write(
        &path,
        concat!(
            "{\"id\": \"a\", \"text\": \"Erster Satz.\"}\n",
            "{\"id\": \"b\", \"text\": \"abgeschnitten\n",
            "{\"id\": \"c\", \"title\": \"ohne Text\"}\n",
            "{\"id\": \"d\", \"text\": 17}\n",
            "[1, 2]\n",
            "{\"id\": \"e\", \"text\": \"Letzter Satz.\"}\n",
        ),
    )
    .unwrap();
    let errors = dir.path().join("errors.jsonl");
    let r = process(
        &[path.to_str().unwrap(), "--errors", errors.to_str().unwrap()],
        None,
    );
    assert_eq!(r.code, 1, "{r:?}");
    let ids: Vec<_> = r
        .records()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["a", "e"]);
    let p = path.display();
    for (line, what) in [
        (2, "malformed JSON"),
        (3, "no `text` field"),
        (4, "not a string"),
        (5, "malformed JSON"),
    ] {
        let want = format!("{p}:{line}: ");
        let msg = r
            .stderr
            .lines()
            .find(|l| l.contains(&want))
            .unwrap_or_else(|| panic!("no message for line {line}: {r:?}"));
        assert!(msg.contains(what) && msg.contains("skipped"), "{msg}");
    }
    assert!(
        r.stderr
            .contains("6 read, 2 written, 0 repaired, 4 skipped"),
        "{r:?}"
    );
    let listed = errors_file(&errors);
    let lines: Vec<_> = listed.iter().map(|e| e["line"].as_u64().unwrap()).collect();
    assert_eq!(lines, [2, 3, 4, 5]);
    assert!(listed
        .iter()
        .all(|e| e["action"] == "skipped" && e["reason"].is_string()));
}

#[test]
fn quiet_prints_one_line_when_documents_were_skipped() {
    let r = process(
        &["-q"],
        Some(b"{\"text\": \"gut\"}\nnicht json\n{\"text\": \"\xff\"}\n"),
    );
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(r.records().len(), 2);
    assert_eq!(r.stderr.lines().count(), 1, "{r:?}");
    assert!(
        r.stderr.contains("1 documents skipped, 1 repaired"),
        "{r:?}"
    );
    let clean = process(&["-q"], Some(b"{\"text\": \"gut\"}\n"));
    assert_eq!(clean.code, 0);
    assert_eq!(clean.stderr, "");
}

#[test]
fn empty_inputs() {
    let dir = tempdir();
    std::fs::write(dir.path().join("a.txt"), "").unwrap();
    std::fs::write(dir.path().join("b.jsonl"), "").unwrap();
    std::fs::write(dir.path().join("c.jsonl.gz"), cli_util::gzip(b"\n\n")).unwrap();
    std::fs::write(dir.path().join("d.txt"), " \n\n ").unwrap();
    let r = process(&[dir.path().to_str().unwrap()], None);
    assert_eq!(r.code, 0, "{r:?}");
    let recs = r.records();
    // An empty or blank plain-text file is an empty article; an empty JSON Lines file has none.
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["text"], "");
    assert_eq!(recs[1]["text"], " \n\n ");
    for rec in &recs {
        for key in ["sentences", "entities", "quotes"] {
            assert_eq!(rec[key], Value::Array(vec![]), "{key}");
        }
    }
}

#[test]
fn truncated_gzip_and_zstd_keep_the_documents_before_the_damage() {
    let mut jsonl = Vec::new();
    // Enough varied text for several compressed blocks, so a cut leaves whole blocks before it.
    let n = 6000;
    for i in 0..n {
        let n2 = i * 7919 % 10007;
        jsonl.extend_from_slice(
            format!("{{\"id\": \"d{i}\", \"text\": \"Meldung {i} aus Berlin: Merz traf Macron in Wien, {n2} Gäste.\"}}\n").as_bytes(),
        );
    }
    let dir = tempdir();
    for (name, packed) in [
        ("cut.jsonl.gz", cli_util::gzip(&jsonl)),
        ("cut.jsonl.zst", cli_util::zstd(&jsonl)),
    ] {
        let path = dir.path().join(name);
        std::fs::write(&path, &packed[..packed.len() * 6 / 10]).unwrap();
        let r = process(&[path.to_str().unwrap()], None);
        assert_eq!(r.code, 1, "{name}: {r:?}");
        let recs = r.records();
        assert!(
            !recs.is_empty() && recs.len() < n,
            "{name}: {} kept",
            recs.len()
        );
        for (i, rec) in recs.iter().enumerate() {
            assert_eq!(
                rec["id"],
                format!("d{i}"),
                "{name}: documents in order, none invented"
            );
        }
        let msg = r
            .stderr
            .lines()
            .find(|l| l.contains(path.to_str().unwrap()))
            .unwrap_or_else(|| panic!("{r:?}"));
        assert!(
            msg.contains("damaged") && msg.contains(&format!("{} documents before", recs.len())),
            "{msg}"
        );
    }
    // A damaged plain-text article is lost as a whole, and reported.
    let path = dir.path().join("article.gz");
    let packed = cli_util::gzip("Ein langer Artikel. ".repeat(2000).as_bytes());
    std::fs::write(&path, &packed[..packed.len() / 2]).unwrap();
    let r = process(&[path.to_str().unwrap()], None);
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.records().is_empty());
    assert!(r.stderr.contains("article in it is lost"), "{r:?}");
}

#[test]
fn unreadable_files_and_binary_files_in_directories() {
    let dir = tempdir();
    let root = dir.path();
    std::fs::write(root.join("a.txt"), "Erster Artikel.").unwrap();
    std::fs::write(
        root.join("bild.png"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01",
    )
    .unwrap();
    std::fs::write(root.join("c.txt"), "Letzter Artikel.").unwrap();
    std::fs::write(root.join(".DS_Store"), b"\0\0\0\x01Bud1").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.join("gibt-es-nicht.txt"), root.join("b-verloren.txt"))
        .unwrap();
    let r = process(&[root.to_str().unwrap()], None);
    assert_eq!(r.code, 1, "{r:?}");
    let texts: Vec<_> = r
        .records()
        .iter()
        .map(|x| x["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts, ["Erster Artikel.", "Letzter Artikel."]);
    assert!(
        r.stderr
            .contains(&format!("{}: binary file", root.join("bild.png").display())),
        "{r:?}"
    );
    #[cfg(unix)]
    assert!(
        r.stderr.contains(&format!(
            "{}: cannot read",
            root.join("b-verloren.txt").display()
        )),
        "{r:?}"
    );
    assert!(
        !r.stderr.contains(".DS_Store"),
        "hidden files are not walked: {r:?}"
    );
}

/// The size of the single-document test: 200 MB as the issue asks in release builds
/// (`cargo test --release`); scaled down to 8 MB in debug builds so `cargo test` stays fast
/// (about 5 s). Both sizes are far above every buffer, batch and sniffing limit of the driver,
/// which is what the test is about. The text is mostly paragraphs without quotation marks:
/// the quotes stage is not linear in the number of quotes of one document yet, which would
/// make a 200 MB document of quotes a test of its own.
const BIG_MB: usize = if cfg!(debug_assertions) { 8 } else { 200 };

#[test]
fn a_single_very_large_document() {
    let dir = tempdir();
    let path = dir.path().join("big.txt");
    let paragraph =
        "Die Stadt plant neue Wege für den Radverkehr und baut Brücken über den Fluss.\n\n";
    let copies = BIG_MB * 1_000_000 / paragraph.len() + 1;
    let mut text = paragraph.repeat(copies);
    let ending = "„Wir sparen nicht an der Zukunft“, sagte Michael Ludwig in Wien.";
    text.push_str(ending);
    std::fs::write(&path, &text).unwrap();
    let out = dir.path().join("big.out.jsonl");
    let r = process(
        &[
            "--annotations-only",
            path.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            "-j",
            "2",
        ],
        None,
    );
    assert_eq!(r.code, 0, "{r:?}");
    let mut line = String::new();
    let n = BufReader::new(std::fs::File::open(&out).unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(n, line.len());
    let rec: Value = serde_json::from_str(&line).unwrap();
    assert_eq!(rec["id"], path.to_str().unwrap());
    let sentences = rec["sentences"].as_array().unwrap();
    assert!(!sentences.is_empty());
    let chars = text.chars().count();
    let last_end = sentences.last().unwrap()["end"].as_u64().unwrap() as usize;
    assert_eq!(last_end, chars, "spans reach the end of the text");
    let entities = rec["entities"].as_array().unwrap();
    let names: Vec<_> = entities
        .iter()
        .map(|e| e["text"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Michael Ludwig", "Wien"]);
    let start = entities[0]["start"].as_u64().unwrap() as usize;
    let want = text[..text.rfind("Michael Ludwig").unwrap()]
        .chars()
        .count();
    assert_eq!(start, want);
    assert!(r.stderr.contains("1 read, 1 written"), "{r:?}");
}

#[test]
fn usage_and_configuration_errors_exit_2_before_any_document() {
    let news = fixture("news.jsonl");
    let news = news.to_str().unwrap();
    // clap's own errors.
    let r = run(["process", "--no-such-flag", news], None);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stdout.is_empty());
    let r = run(["process", "--offsets", "words", news], None);
    assert_eq!(r.code, 2, "{r:?}");
    // A bad gazetteer list names file and line.
    let bad = fixture("bad_gazetteer.tsv");
    let r = run(
        ["process", "--gazetteer", bad.to_str().unwrap(), news],
        None,
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stdout.is_empty(), "no document may be written: {r:?}");
    assert!(r.stderr.contains(&format!("{}:3:", bad.display())), "{r:?}");
    // A configuration error leaves an earlier output alone; a run replaces it.
    let dir = tempdir();
    let out = dir.path().join("out.jsonl");
    std::fs::write(&out, "earlier\n").unwrap();
    let r = run(
        ["process", "--gazetteer", bad.to_str().unwrap(), news, "-o"]
            .into_iter()
            .map(std::ffi::OsStr::new)
            .chain([out.as_os_str()]),
        None,
    );
    assert_eq!(r.code, 2, "{r:?}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "earlier\n");
    let r = run(
        ["process", "--quiet", news, "-o"]
            .into_iter()
            .map(std::ffi::OsStr::new)
            .chain([out.as_os_str()]),
        None,
    );
    assert_eq!(r.code, 0, "{r:?}");
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(
        written.starts_with("{\"id\":") && written.ends_with("}\n"),
        "{written}"
    );
    // An output that is also the input is read before it is replaced.
    let same = dir.path().join("same.jsonl");
    std::fs::copy(news, &same).unwrap();
    let lines = std::fs::read_to_string(&same).unwrap().lines().count();
    let r = run(
        ["process", "--quiet", "-o"]
            .into_iter()
            .map(std::ffi::OsStr::new)
            .chain([same.as_os_str(), same.as_os_str()]),
        None,
    );
    assert_eq!(r.code, 0, "{r:?}");
    let written = std::fs::read_to_string(&same).unwrap();
    assert_eq!(written.lines().count(), lines, "{r:?}");
    assert!(written.starts_with("{\"id\":"), "{written}");
    let r = run(
        ["process", "--gazetteer", "/nonexistent/list.tsv", news],
        None,
    );
    assert_eq!(r.code, 2, "{r:?}");
    // A missing input path, a bad shard, a shard of stdin, an output in a missing directory.
    for args in [
        vec!["/nonexistent/input.jsonl"],
        vec!["--shard", "4/3", news],
        vec!["--shard", "1/2", "-"],
        vec!["-o", "/nonexistent/dir/out.jsonl", news],
    ] {
        let r = process(&args, None);
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert!(r.stdout.is_empty());
        assert!(
            r.stderr.starts_with("wortlaut: error:") || r.stderr.starts_with("error:"),
            "{r:?}"
        );
    }
    // --help is not an error.
    assert_eq!(run(["process", "--help"], None).code, 0);
}

#[test]
fn a_broken_pipe_exits_0() {
    let mut input = Vec::new();
    for i in 0..3000 {
        input.extend_from_slice(
            format!("{{\"id\": \"{i}\", \"text\": \"Satz Nummer {i}. Noch einer.\"}}\n").as_bytes(),
        );
    }
    let mut child = bin()
        .args([
            "process",
            "--no-default-gazetteer",
            "--tokens",
            "--batch-docs",
            "50",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let _ = std::io::Write::write_all(&mut stdin, &input);
    });
    {
        // Read one line, then hang up, like `| head -1`.
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        out.read_line(&mut first).unwrap();
        assert!(first.starts_with("{\"id\":\"0\""));
    }
    let status = child.wait().unwrap();
    feeder.join().unwrap();
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("error"), "{stderr}");
}

#[test]
#[cfg(unix)]
fn an_output_that_is_a_named_pipe_is_written_in_place() {
    // A destination that is no regular file (a named pipe here, /dev/null in practice) is
    // written directly: renaming out.pipe.tmp over it would replace the pipe (or the device)
    // with a file.
    let dir = tempdir();
    let pipe = dir.path().join("out.pipe");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status();
    if !made.is_ok_and(|s| s.success()) {
        println!("note: mkfifo is not available; skipping");
        return;
    }
    let reader = {
        let pipe = pipe.clone();
        std::thread::spawn(move || std::fs::read(pipe).unwrap())
    };
    let input =
        b"{\"id\": \"a\", \"text\": \"Erster Satz.\"}\n{\"id\": \"b\", \"text\": \"Zweiter.\"}\n";
    let to_pipe = process(&["-q", "-o", pipe.to_str().unwrap(), "-"], Some(input));
    assert_eq!(to_pipe.code, 0, "{to_pipe:?}");
    // Checked before waiting for the reader: had the pipe been replaced, nobody would ever
    // have opened it for writing, and the reader would wait forever.
    let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
    assert!(std::os::unix::fs::FileTypeExt::is_fifo(&kind), "{kind:?}");
    assert!(!dir.path().join("out.pipe.tmp").exists());
    let through_pipe = reader.join().unwrap();
    let to_stdout = process(&["-q", "-"], Some(input));
    assert_eq!(
        String::from_utf8_lossy(&through_pipe),
        String::from_utf8_lossy(&to_stdout.stdout)
    );
    assert_eq!(cli_util::records(&through_pipe).len(), 2);
}
