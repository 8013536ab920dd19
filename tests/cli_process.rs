//! The `wortlaut process` contract (issues 3 and 6): inputs, key order, offsets, options,
//! compression, and the JSON Schema in docs/.

mod cli_util;

use cli_util::{check_spans, fixture, records, run, run_small, slice, tempdir};
use serde_json::Value;

const CONTRACT_KEYS: [&str; 8] = [
    "id",
    "text",
    "offset_unit",
    "sentences",
    "tokens",
    "entities",
    "quotes",
    "repaired",
];

#[test]
fn plain_text_article_with_date_prefix() {
    let path = fixture("sample.txt");
    let r = run(
        ["process".as_ref(), "--tokens".as_ref(), path.as_os_str()],
        None,
    );
    assert_eq!(r.code, 0, "{r:?}");
    let recs = r.records();
    assert_eq!(recs.len(), 1);
    let rec = &recs[0];
    assert_eq!(
        rec.keys,
        [
            "id",
            "date",
            "text",
            "offset_unit",
            "sentences",
            "tokens",
            "entities",
            "quotes"
        ]
    );
    assert_eq!(rec["id"], path.to_str().unwrap());
    assert_eq!(rec["date"], "2025-12-02");
    let file = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        rec["text"],
        file.as_str(),
        "text is the whole file as decoded"
    );
    check_spans(rec, &file);
    // The date prefix belongs to no sentence and no token.
    let prefix_end = " date 2025-12-02".chars().count() as u64;
    let first = &rec["sentences"][0];
    assert!(first["start"].as_u64().unwrap() >= prefix_end);
    assert!(slice(
        &file,
        "char",
        first["start"].as_u64().unwrap(),
        first["end"].as_u64().unwrap()
    )
    .starts_with("Wer ernsthafte"));
    for t in rec["tokens"].as_array().unwrap() {
        assert!(t["start"].as_u64().unwrap() >= prefix_end);
    }
    assert!(!rec["sentences"].as_array().unwrap().is_empty());
}

#[test]
fn json_lines_key_order_passthrough_and_ids() {
    let path = fixture("news.jsonl");
    let r = run_small(["process".as_ref(), path.as_os_str()], None);
    assert_eq!(r.code, 0, "{r:?}");
    let recs = r.records();
    assert_eq!(recs.len(), 5);
    assert_eq!(
        recs[0].keys,
        [
            "id",
            "date",
            "source",
            "title",
            "tags",
            "score",
            "text",
            "offset_unit",
            "sentences",
            "entities",
            "quotes"
        ]
    );
    // Passed-through values are copied as written (`1.50` stays `1.50`).
    let line0 = std::str::from_utf8(&r.stdout)
        .unwrap()
        .lines()
        .next()
        .unwrap();
    assert!(line0.contains(r#""score":1.50"#), "{line0}");
    assert!(line0.contains(r#""tags":["Politik", {"k": 1}]"#), "{line0}");
    // Annotation keys in the input are replaced, never passed through.
    assert_eq!(
        recs[1].keys,
        [
            "id",
            "date",
            "text",
            "offset_unit",
            "sentences",
            "entities",
            "quotes"
        ]
    );
    assert!(recs[1]["sentences"].is_array());
    // Missing id: PATH:LINE; numeric id: as written.
    assert_eq!(recs[2]["id"], format!("{}:3", path.display()));
    assert_eq!(recs[3]["id"], "42");
    // The empty document is written, with empty lists.
    assert_eq!(recs[3]["text"], "");
    for key in ["sentences", "entities", "quotes"] {
        assert_eq!(recs[3][key], Value::Array(vec![]));
    }
    let input: Vec<Value> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    for (rec, inp) in recs.iter().zip(&input) {
        assert_eq!(rec["text"], inp["text"]);
        check_spans(rec, inp["text"].as_str().unwrap());
        for (k, v) in inp.as_object().unwrap() {
            if !CONTRACT_KEYS.contains(&k.as_str()) {
                assert_eq!(&rec[k], v, "field {k} passed through");
            }
        }
    }
}

#[test]
fn byte_and_char_offsets_index_the_same_strings() {
    let path = fixture("news.jsonl");
    let chars = run_small(
        ["process".as_ref(), "--tokens".as_ref(), path.as_os_str()],
        None,
    )
    .records();
    let bytes = run_small(
        [
            "process",
            "--tokens",
            "--offsets",
            "byte",
            path.to_str().unwrap(),
        ],
        None,
    )
    .records();
    let mut differ = false;
    for (c, b) in chars.iter().zip(&bytes) {
        assert_eq!(c["offset_unit"], "char");
        assert_eq!(b["offset_unit"], "byte");
        let text = c["text"].as_str().unwrap();
        check_spans(b, text);
        for key in ["sentences", "tokens"] {
            let (cs, bs) = (c[key].as_array().unwrap(), b[key].as_array().unwrap());
            assert_eq!(cs.len(), bs.len());
            for (x, y) in cs.iter().zip(bs) {
                let sx = slice(
                    text,
                    "char",
                    x["start"].as_u64().unwrap(),
                    x["end"].as_u64().unwrap(),
                );
                let sy = slice(
                    text,
                    "byte",
                    y["start"].as_u64().unwrap(),
                    y["end"].as_u64().unwrap(),
                );
                assert_eq!(sx, sy);
                differ |= x != y;
            }
        }
    }
    assert!(
        differ,
        "the fixture has non-ASCII text, so the units must differ"
    );
}

#[test]
fn annotations_only_keeps_id_and_annotations() {
    let path = fixture("news.jsonl");
    let full = run_small(["process".as_ref(), path.as_os_str()], None).records();
    let r = run_small(
        [
            "process".as_ref(),
            "--annotations-only".as_ref(),
            path.as_os_str(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{r:?}");
    let slim = r.records();
    assert_eq!(slim.len(), full.len(), "row for row with the input");
    for (s, f) in slim.iter().zip(&full) {
        assert_eq!(
            s.keys,
            ["id", "offset_unit", "sentences", "entities", "quotes"]
        );
        assert_eq!(s["id"], f["id"]);
        for key in ["sentences", "entities", "quotes"] {
            assert_eq!(s[key], f[key]);
        }
    }
}

#[test]
fn stdin_json_lines_and_plain_text() {
    let r = run_small(
        ["process"],
        Some(b"{\"text\": \"Hallo Welt.\"}\n\n{\"id\": \"b\", \"text\": \"Noch ein Satz.\"}\n"),
    );
    assert_eq!(r.code, 0, "{r:?}");
    let recs = r.records();
    assert_eq!(recs.len(), 2);
    assert_eq!(recs[0]["id"], "-:1");
    assert_eq!(recs[1]["id"], "b");
    let r = run_small(
        ["process", "-"],
        Some(" date 2024-01-31 Ein Artikel.\n\nZweiter Absatz.".as_bytes()),
    );
    let recs = r.records();
    assert_eq!(recs[0]["id"], "-");
    assert_eq!(recs[0]["date"], "2024-01-31");
    // `-o -` writes to stdout too, not to a file named `-`.
    let r = run_small(
        ["process", "-o", "-", "-"],
        Some(b"{\"text\": \"Hallo Welt.\"}\n"),
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(r.records().len(), 1, "{r:?}");
}

#[test]
fn directories_are_walked_recursively_in_path_order() {
    let dir = tempdir();
    let root = dir.path();
    std::fs::create_dir_all(root.join("b/sub")).unwrap();
    std::fs::create_dir_all(root.join("a")).unwrap();
    std::fs::write(root.join("b/sub/z.txt"), "Drittens.").unwrap();
    std::fs::write(root.join("b/a.txt"), "Zweitens.").unwrap();
    std::fs::write(root.join("a/x.txt"), "Erstens.").unwrap();
    std::fs::write(root.join("c.jsonl"), "{\"text\": \"Viertens.\"}\n").unwrap();
    std::fs::write(root.join(".hidden.txt"), "Versteckt.").unwrap();
    std::fs::write(root.join("README.md"), "# Über dieses Korpus").unwrap();
    let r = run_small(["process".as_ref(), root.as_os_str()], None);
    assert_eq!(r.code, 0, "{r:?}");
    let texts: Vec<_> = r
        .records()
        .iter()
        .map(|x| x["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(texts, ["Erstens.", "Zweitens.", "Drittens.", "Viertens."]);
    let ids: Vec<_> = r
        .records()
        .iter()
        .map(|x| x["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids[0], root.join("a/x.txt").to_str().unwrap());
    assert_eq!(ids[3], format!("{}:1", root.join("c.jsonl").display()));
}

#[test]
fn news_please_directories_with_text_field() {
    let dir = fixture("newsplease");
    let r = run_small(
        [
            "process",
            "--text-field",
            "maintext",
            "--id-field",
            "url",
            dir.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{r:?}");
    let recs = r.records();
    let ids: Vec<_> = recs.iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "https://example.org/bruecke",
            "https://example.org/schnee",
            "https://example.org/anfang"
        ]
    );
    assert_eq!(
        recs[0].keys,
        [
            "id",
            "authors",
            "date_publish",
            "language",
            "title",
            "description",
            "text",
            "offset_unit",
            "sentences",
            "entities",
            "quotes"
        ]
    );
    // An indented object's nested values come out on one line, equal in value.
    assert_eq!(recs[0]["authors"], serde_json::json!(["Anna Beispiel"]));
    assert!(recs[0]["text"]
        .as_str()
        .unwrap()
        .starts_with("Die neue Brücke"));
    for rec in &recs {
        check_spans(rec, rec["text"].as_str().unwrap());
    }
}

#[test]
fn compressed_inputs_by_magic_bytes_and_compressed_output() {
    let plain = std::fs::read(fixture("news.jsonl")).unwrap();
    let want = run_small(
        ["process".as_ref(), fixture("news.jsonl").as_os_str()],
        None,
    )
    .records();
    let dir = tempdir();
    // Misleading names on purpose: detection is by content, not by extension.
    let gz = dir.path().join("news.data");
    let zst = dir.path().join("news.gz");
    // Two gzip members, as `cat a.gz b.gz` makes.
    let half = plain.iter().position(|&b| b == b'\n').unwrap() + 1;
    let mut two = cli_util::gzip(&plain[..half]);
    two.extend(cli_util::gzip(&plain[half..]));
    std::fs::write(&gz, two).unwrap();
    std::fs::write(&zst, cli_util::zstd(&plain)).unwrap();
    for input in [&gz, &zst] {
        let r = run_small(["process".as_ref(), input.as_os_str()], None);
        assert_eq!(r.code, 0, "{r:?}");
        let got = r.records();
        assert_eq!(got.len(), want.len());
        for (g, w) in got.iter().zip(&want) {
            assert_eq!(g["text"], w["text"]);
            assert_eq!(g["sentences"], w["sentences"]);
        }
    }
    // `.gz` and `.zst` outputs are compressed; the plain output is the same bytes inside.
    let reference = run_small(
        ["process".as_ref(), fixture("news.jsonl").as_os_str()],
        None,
    )
    .stdout;
    for (name, decode) in [
        (
            "out.jsonl.gz",
            &(|b: &[u8]| {
                let mut s = Vec::new();
                std::io::Read::read_to_end(&mut flate2::read::MultiGzDecoder::new(b), &mut s)
                    .unwrap();
                s
            }) as &dyn Fn(&[u8]) -> Vec<u8>,
        ),
        ("out.jsonl.zst", &|b: &[u8]| {
            zstd::stream::decode_all(b).unwrap()
        }),
    ] {
        let out = dir.path().join(name);
        let r = run_small(
            [
                "process".as_ref(),
                fixture("news.jsonl").as_os_str(),
                "-o".as_ref(),
                out.as_os_str(),
            ],
            None,
        );
        assert_eq!(r.code, 0, "{r:?}");
        assert!(r.stdout.is_empty());
        assert_eq!(decode(&std::fs::read(&out).unwrap()), reference, "{name}");
        assert!(!dir.path().join(format!("{name}.tmp")).exists());
    }
}

#[test]
fn output_validates_against_the_json_schema() {
    let schema_path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/output.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("valid schema");
    let mut checked = 0;
    for args in [
        vec!["process", "--tokens"],
        vec!["process", "--offsets", "byte", "--annotations-only"],
    ] {
        let mut args: Vec<String> = args.into_iter().map(String::from).collect();
        args.push(fixture("news.jsonl").display().to_string());
        args.push(fixture("sample.txt").display().to_string());
        let r = run_small(&args, None);
        assert_eq!(r.code, 0, "{r:?}");
        for rec in records(&r.stdout) {
            if let Err(e) = validator.validate(&rec.value) {
                panic!("{e} at {}: {}", e.instance_path, rec.value);
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 12);
    // The schema is not vacuous: a broken record fails.
    let bad = serde_json::json!({"id": "x", "offset_unit": "words", "sentences": [], "entities": [], "quotes": []});
    assert!(!validator.is_valid(&bad));
}

#[test]
fn stats_sums_up_an_output_file() {
    let dir = tempdir();
    let out = dir.path().join("out.jsonl.zst");
    let r = run_small(
        [
            "process".as_ref(),
            "-q".as_ref(),
            fixture("news.jsonl").as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ],
        None,
    );
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stderr.is_empty(), "quiet: {r:?}");
    let s = run_small(["stats".as_ref(), out.as_os_str()], None);
    assert_eq!(s.code, 0, "{s:?}");
    let text = String::from_utf8(s.stdout).unwrap();
    assert!(
        text.contains("documents: 5 read, 5 written, 0 repaired, 0 skipped"),
        "{text}"
    );
    assert!(text.contains("wall time"), "{text}");
    let sentences: usize = records(
        &run_small(
            ["process".as_ref(), fixture("news.jsonl").as_os_str()],
            None,
        )
        .stdout,
    )
    .iter()
    .map(|r| r["sentences"].as_array().unwrap().len())
    .sum();
    assert!(text.contains(&format!("sentences: {sentences};")), "{text}");
}
