//! `--quotes-csv` (issue 6): read back with the `csv` crate, every field equals the JSONL.

mod cli_util;

use cli_util::{fixture, records, run, tempdir};
use serde_json::Value;

const HEADER: [&str; 12] = [
    "id",
    "date",
    "start",
    "end",
    "kind",
    "quote",
    "speaker",
    "speaker_resolved",
    "speaker_entity_id",
    "speaker_attrs",
    "cue",
    "group",
];

/// Input with awkward ids (comma, quote, newline, semicolon) so quoting is exercised.
fn input() -> Vec<u8> {
    let mut out = std::fs::read(fixture("news.jsonl")).unwrap();
    let news = String::from_utf8(out.clone()).unwrap();
    let mut v: Value = serde_json::from_str(news.lines().next().unwrap()).unwrap();
    v["id"] = "Zeitung, \"Ausgabe\"; 3\nSeite 2".into();
    out.extend_from_slice(v.to_string().as_bytes());
    out.push(b'\n');
    // An interrupted quotation: two rows sharing a group.
    out.extend_from_slice(
        "{\"id\":\"g1\",\"text\":\"„Wir kommen“, sagte Müller, „aber später.“\"}\n".as_bytes(),
    );
    out
}

fn expected_rows(json: &[u8]) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for rec in records(json) {
        for q in rec["quotes"].as_array().unwrap() {
            let s = |v: &Value| v.as_str().unwrap_or("").to_string();
            let entity = q["speaker"]["mention"]
                .as_u64()
                .map(|i| rec["entities"][i as usize].clone());
            let attrs = entity
                .as_ref()
                .map(|e| e["attrs"].clone())
                .filter(|a| a.is_object());
            rows.push(vec![
                s(&rec["id"]),
                s(&rec["date"]),
                q["start"].to_string(),
                q["end"].to_string(),
                s(&q["kind"]),
                s(&q["text"]),
                s(&q["speaker"]["text"]),
                s(&q["speaker"]["resolved"]),
                entity.as_ref().map(|e| s(&e["id"])).unwrap_or_default(),
                // Compared as JSON values below.
                attrs.map(|a| a.to_string()).unwrap_or_default(),
                s(&q["cue"]["text"]),
                // (A number, or empty for `null`.)
                q["group"]
                    .as_u64()
                    .map(|g| g.to_string())
                    .unwrap_or_default(),
            ]);
        }
    }
    rows
}

fn compare(got: Vec<Vec<String>>, want: Vec<Vec<String>>) {
    assert_eq!(got.len(), want.len(), "one row per quote");
    for (g, w) in got.iter().zip(&want) {
        for (i, col) in HEADER.iter().enumerate() {
            if *col == "speaker_attrs" && !w[i].is_empty() {
                let g: Value = serde_json::from_str(&g[i]).unwrap();
                let w: Value = serde_json::from_str(&w[i]).unwrap();
                assert_eq!(g, w, "{col}");
            } else {
                assert_eq!(g[i], w[i], "{col}");
            }
        }
    }
}

fn read_csv(bytes: &[u8], delimiter: u8) -> Vec<Vec<String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(bytes);
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header, HEADER);
    reader
        .records()
        .map(|r| r.unwrap().iter().map(String::from).collect())
        .collect()
}

#[test]
fn quotes_csv_reads_back_field_for_field() {
    let dir = tempdir();
    let csv_path = dir.path().join("quotes.csv");
    let args: Vec<String> = [
        "process",
        "--no-default-gazetteer",
        "--gazetteer",
        fixture("gazetteer.tsv").to_str().unwrap(),
        "--quotes-csv",
        csv_path.to_str().unwrap(),
        "-",
    ]
    .map(String::from)
    .to_vec();
    let r = run(&args, Some(&input()));
    assert_eq!(r.code, 0, "{r:?}");
    let want = expected_rows(&r.stdout);
    assert!(
        want.iter().any(|row| row[0].contains('\n')) && want.len() >= 3,
        "the input must give quotes, also in the awkward-id document: {r:?}"
    );
    assert!(
        want.iter().any(|row| !row[9].is_empty()),
        "some speaker has attributes"
    );
    assert_eq!(
        want.iter()
            .filter(|row| row[0] == "g1" && !row[11].is_empty())
            .count(),
        2,
        "both parts of the interrupted quotation carry its group"
    );
    let bytes = std::fs::read(&csv_path).unwrap();
    assert!(!bytes.starts_with("\u{feff}".as_bytes()));
    assert!(bytes.windows(2).any(|w| w == b"\r\n"), "RFC 4180 line ends");
    compare(read_csv(&bytes, b','), want.clone());

    // German Excel: BOM and semicolons, same fields.
    let excel_path = dir.path().join("quotes-excel.csv");
    let mut args = args;
    args[5] = excel_path.display().to_string();
    args.insert(6, "--csv-excel".into());
    let r2 = run(&args, Some(&input()));
    assert_eq!(r2.code, 0, "{r2:?}");
    assert_eq!(r2.stdout, r.stdout);
    let bytes = std::fs::read(&excel_path).unwrap();
    let body = bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("UTF-8 BOM");
    assert!(body.starts_with(b"id;date;start;end;"));
    compare(read_csv(body, b';'), want);
}

#[test]
fn csv_excel_needs_quotes_csv() {
    let r = run(["process", "--csv-excel", "-"], Some(b""));
    assert_eq!(r.code, 2, "{r:?}");
}
