//! Scale features (issue 6): determinism across threads and batches, shards with done
//! markers, temporary outputs, Ctrl-C.

mod cli_util;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use cli_util::{bin, fixture, records, run, tempdir};

fn small_lists() -> [String; 3] {
    [
        "--no-default-gazetteer".into(),
        "--gazetteer".into(),
        fixture("gazetteer.tsv").display().to_string(),
    ]
}

/// A corpus of many documents of different sizes, some with quotes and mentions.
fn corpus(dir: &Path) -> std::path::PathBuf {
    let news = std::fs::read_to_string(fixture("news.jsonl")).unwrap();
    let mut out = String::new();
    for i in 0..60 {
        for (j, line) in news.lines().enumerate() {
            let mut v: serde_json::Value = serde_json::from_str(line).unwrap();
            v["id"] = format!("r{i}-{j}").into();
            let text = v["text"].as_str().unwrap().repeat(i % 4 + 1);
            v["text"] = text.into();
            out.push_str(&v.to_string());
            out.push('\n');
        }
    }
    let path = dir.join("corpus.jsonl");
    std::fs::write(&path, out).unwrap();
    path
}

#[test]
fn output_is_byte_identical_for_any_thread_count_and_batch_size() {
    let dir = tempdir();
    let corpus = corpus(dir.path());
    let sample = fixture("sample.txt");
    let go = |extra: &[&str]| {
        let mut args: Vec<String> = vec!["process".into(), "--tokens".into()];
        args.extend(small_lists());
        args.extend(extra.iter().map(|s| s.to_string()));
        args.push(corpus.display().to_string());
        args.push(sample.display().to_string());
        let r = run(&args, None);
        assert_eq!(r.code, 0, "{r:?}");
        r.stdout
    };
    let reference = go(&["-j", "1"]);
    assert_eq!(records(&reference).len(), 301);
    for extra in [
        &["-j", "2"][..],
        &["-j", "4"],
        &["-j", "3", "--batch-docs", "7"],
        &["-j", "2", "--batch-docs", "1"],
    ] {
        assert!(go(extra) == reference, "output differs with {extra:?}");
    }
}

#[test]
fn shards_cover_every_file_once_and_done_markers_skip_reruns() {
    let dir = tempdir();
    let input = dir.path().join("in");
    std::fs::create_dir(&input).unwrap();
    for i in 0..7 {
        std::fs::write(
            input.join(format!("f{i}.txt")),
            format!("Artikel Nummer {i}."),
        )
        .unwrap();
    }
    let done = dir.path().join("done");
    let mut ids = Vec::new();
    for k in 1..=3 {
        let out = dir.path().join(format!("out-{k}.jsonl"));
        let shard = format!("{k}/3");
        let mut args: Vec<String> = vec!["process".into()];
        args.extend(small_lists());
        args.extend(
            [
                input.to_str().unwrap(),
                "--shard",
                &shard,
                "--done-dir",
                done.to_str().unwrap(),
                "-o",
                out.to_str().unwrap(),
            ]
            .map(String::from),
        );
        let r = run(&args, None);
        assert_eq!(r.code, 0, "{r:?}");
        let marker = done.join(format!("shard-{k}-of-3.done"));
        let m: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&marker).unwrap()).unwrap();
        let recs = records(&std::fs::read(&out).unwrap());
        assert_eq!(m["documents_written"], recs.len());
        ids.extend(recs.iter().map(|r| r["id"].as_str().unwrap().to_string()));
        // A rerun of a finished shard does nothing, not even touch its output.
        std::fs::remove_file(&out).unwrap();
        let again = run(&args, None);
        assert_eq!(again.code, 0, "{again:?}");
        assert!(again.stderr.contains("done already"), "{again:?}");
        assert!(!out.exists());
    }
    ids.sort();
    let want: Vec<String> = (0..7)
        .map(|i| input.join(format!("f{i}.txt")).display().to_string())
        .collect();
    assert_eq!(ids, want, "every file in exactly one shard");
}

/// Starts the binary on a stdin that stays open, so the run can only end by Ctrl-C.
fn start_on_open_stdin(extra: &[&str]) -> (Child, std::process::ChildStdin) {
    let mut child = bin()
        .args(["process", "--no-default-gazetteer", "-"])
        .args(extra)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    for i in 0..20 {
        writeln!(stdin, "{{\"id\": \"{i}\", \"text\": \"Satz {i}.\"}}").unwrap();
    }
    stdin.flush().unwrap();
    (child, stdin)
}

fn interrupt(child: &Child) {
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
}

fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    // Waiting for an event, not timing it: the deadline only turns a hang into a failure.
    let deadline = Instant::now() + Duration::from_secs(60);
    while !ready() {
        assert!(Instant::now() < deadline, "gave up waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
#[cfg(unix)]
fn ctrl_c_finishes_the_batch_writes_and_exits_130() {
    // To stdout: the lines written before the interruption are complete.
    let (mut child, stdin) = start_on_open_stdin(&[]);
    // Wait until all 20 documents are out (the run then idles on the open stdin).
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut all = String::new();
    for _ in 0..20 {
        out.read_line(&mut all).unwrap();
    }
    assert!(all.starts_with("{\"id\":\"0\""), "{all}");
    interrupt(&child);
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    let output = child.wait_with_output().unwrap();
    drop(stdin);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    assert_eq!(rest, "", "nothing after the interruption");
    let all = all.into_bytes();
    assert_eq!(records(&all).len(), 20, "{stderr}");

    // To a file: the partial output is kept under a name that does not look finished.
    let dir = tempdir();
    let out = dir.path().join("out.jsonl");
    let tmp = dir.path().join("out.jsonl.tmp");
    // An output of an earlier run is not left looking finished beside the partial one.
    std::fs::write(&out, "{\"id\":\"earlier\"}\n").unwrap();
    let (child, stdin) = start_on_open_stdin(&["-o", out.to_str().unwrap()]);
    wait_until("all 20 documents", || {
        std::fs::read(&tmp).is_ok_and(|b| b.iter().filter(|&&c| c == b'\n').count() == 20)
    });
    interrupt(&child);
    let output = child.wait_with_output().unwrap();
    drop(stdin);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(130), "{stderr}");
    assert!(!out.exists() && !tmp.exists(), "{stderr}");
    let partial = dir.path().join("out.jsonl.partial");
    assert_eq!(records(&std::fs::read(&partial).unwrap()).len(), 20);
    assert!(stderr.contains("out.jsonl.partial"), "{stderr}");
}
