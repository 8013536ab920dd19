//! Property tests: no input text makes the driver's own code panic, and offsets stay exact.

use proptest::prelude::*;

use crate::doc::{date_prefix, decode, decode_owned, json_doc, json_doc_echo, plain_doc, Fields};
use crate::offsets::OffsetMap;
use crate::output::write_json_str;
use crate::pipeline::Models;

/// German news punctuation and scripts, mixed with arbitrary chars.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ a-zäöüßA-Z0-9.,;:!?„“‚‘»«\"'–—…\\n\\t\u{00ad}\u{200b}\u{00a0}😀-]{0,200}",
        "( ?date [0-9-]{0,12}[ x]?)[a-zü „“.\\n]{0,40}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn char_offsets_match_char_indices(s in text()) {
        let map = OffsetMap::new(&s, true);
        for (ci, (bi, _)) in s.char_indices().enumerate() {
            prop_assert_eq!(map.get(bi), ci);
        }
        prop_assert_eq!(map.get(s.len()), s.chars().count());
    }

    #[test]
    fn char_offsets_match_on_long_texts(s in text()) {
        // Longer than the char counter's 255-byte blocks.
        let s = s.repeat(4);
        let map = OffsetMap::new(&s, true);
        for (ci, (bi, _)) in s.char_indices().enumerate().step_by(3) {
            prop_assert_eq!(map.get(bi), ci);
        }
        prop_assert_eq!(map.get(s.len()), s.chars().count());
    }

    #[test]
    fn char_offsets_in_any_order(
        s in text(),
        picks in prop::collection::vec(any::<prop::sample::Index>(), 0..40),
    ) {
        let s = s.repeat(3);
        let starts: Vec<usize> = s.char_indices().map(|(b, _)| b).chain([s.len()]).collect();
        let map = OffsetMap::new(&s, true);
        for pick in picks {
            let ci = pick.index(starts.len());
            prop_assert_eq!(map.get(starts[ci]), ci);
        }
    }

    #[test]
    fn records_decode_as_std_decodes_them(
        s in text(),
        cut in any::<prop::sample::Index>(),
        noise in prop::collection::vec(any::<u8>(), 0..8),
    ) {
        // Valid text, the same cut inside a char, and stray bytes: the check and the repair
        // agree with std's.
        let mut bytes = s.clone().into_bytes();
        prop_assert_eq!(decode(&bytes), (s.as_str().into(), false));
        bytes.truncate(cut.index(bytes.len() + 1));
        bytes.extend_from_slice(&noise);
        let (text, repaired) = decode(&bytes);
        prop_assert_eq!(repaired, std::str::from_utf8(&bytes).is_err());
        prop_assert_eq!(&text, &String::from_utf8_lossy(&bytes));
        // A buffer of its own decodes to the same.
        let text = text.into_owned();
        prop_assert_eq!(decode_owned(bytes), (text, repaired));
    }

    #[test]
    fn strings_are_written_as_serde_json_writes_them(s in text()) {
        let mut out = Vec::new();
        write_json_str(&mut out, &s);
        prop_assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&s).unwrap());
    }

    #[test]
    fn date_prefix_is_a_real_prefix(s in text()) {
        if let Some((date, end)) = date_prefix(&s) {
            prop_assert!(s.is_char_boundary(end));
            prop_assert!(s[..end].ends_with(date));
            prop_assert_eq!(date.len(), 10);
            let doc = plain_doc(&s, "x".into());
            prop_assert_eq!(doc.date.as_deref(), Some(date));
        }
    }

    #[test]
    fn the_fast_json_reader_agrees_with_serde_json(
        s in text(),
        choices in prop::collection::vec(any::<u8>(), 0..64),
        cut in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), 0..14usize, any::<bool>()), 1..4),
    ) {
        // The text written as serde_json writes it, and in other spellings JSON allows
        // (`\uXXXX` in either case, surrogate pairs, `\/`), then cut anywhere: the fast
        // reader gives what json_doc gives (document or message), and its echo is exactly
        // what the output would write.
        let line = format!(r#"{{"id": 3, "date": "d", "text": "{}", "x": [1]}}"#, spell(&s, &choices));
        let canonical = serde_json::json!({"id": "p", "text": s}).to_string();
        let cut_line = &line[..line.floor_char_boundary(cut.index(line.len() + 1))];
        // And with JSON's punctuation, whitespace and control characters put in or swapped
        // in anywhere (most of these lines are malformed).
        let mut edited = line.clone();
        for (at, piece, insert) in edits {
            let piece = [",", ":", "}", "{", "\"", "\\", " ", "\n", "\u{1}", "x", "0", "[", "]", "\"text\":"][piece];
            let at = edited.floor_char_boundary(at.index(edited.len() + 1));
            let end = if insert { at } else { edited[at..].chars().next().map_or(at, |c| at + c.len_utf8()) };
            edited.replace_range(at..end, piece);
        }
        let appended = format!("{line} {}", &edited[..edited.floor_char_boundary(8)]);
        for json in [line.as_str(), canonical.as_str(), cut_line, edited.as_str(), appended.as_str()] {
            let fields = Fields::default();
            let slow = json_doc(json, &fields, || "f:1".to_string());
            let fast = json_doc_echo(json, &fields, || "f:1".to_string());
            match (slow, fast) {
                (Ok(slow), Ok((fast, echo))) => {
                    prop_assert_eq!(&slow.text, &fast.text);
                    prop_assert_eq!(&slow.id, &fast.id);
                    prop_assert_eq!(&slow.date, &fast.date);
                    let json = |d: &crate::doc::Doc<'_>| {
                        d.fields.iter().map(|(k, v)| (k.to_string(), v.json().map(str::to_string))).collect::<Vec<_>>()
                    };
                    prop_assert_eq!(json(&slow), json(&fast));
                    if let Some(echo) = echo {
                        let mut out = Vec::new();
                        write_json_str(&mut out, &fast.text);
                        prop_assert_eq!(out, format!("\"{echo}\"").into_bytes());
                    }
                }
                (Err(slow), Err(fast)) => prop_assert_eq!(slow, fast),
                (slow, fast) => prop_assert!(false, "{:?} vs {:?}", slow.map(|d| d.text), fast.map(|d| d.0.text)),
            }
        }
        prop_assert!(json_doc_echo(&canonical, &Fields::default(), String::new).unwrap().1.is_some());
    }

    #[test]
    fn json_reading_never_panics(s in text()) {
        let _ = json_doc(&s, &Fields::default(), || "f:1".to_string());
        let line = serde_json::json!({"id": "p", "text": s, "extra": [1, {"a": s}]}).to_string();
        let doc = json_doc(&line, &Fields::default(), String::new).unwrap();
        prop_assert_eq!(doc.text.as_ref(), s.as_str());
    }
}

proptest! {
    // Runs every stage: fewer cases keep `cargo test` fast.
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_text_gives_one_valid_line_with_spans_in_range(s in text()) {
        let models = models();
        let line = serde_json::json!({"id": "p", "text": s}).to_string();
        let mut out = Vec::new();
        crate::run::annotate_to_json(models, line.as_bytes(), &mut out).unwrap();
        prop_assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), 1);
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let chars = s.chars().count() as u64;
        for key in ["sentences", "entities", "quotes"] {
            for span in v[key].as_array().unwrap() {
                let (a, b) = (span["start"].as_u64().unwrap(), span["end"].as_u64().unwrap());
                prop_assert!(a <= b && b <= chars, "{key} {a}..{b} of {chars}");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn entity_pieces_are_written_as_without_them(s in text()) {
        // A text full of entities, written with the models' entity pieces (twice: made, then
        // reused) and without them: the same bytes.
        let models = models();
        let text = format!("{s} Angela Merkel sagte in Berlin, die SPD und Olaf Scholz {s}");
        let ann = models.annotate(&text);
        let renderer = crate::output::Renderer {
            gazetteer: &models.gazetteer,
            options: crate::output::OutputOptions::default(),
            csv: None,
        };
        let doc = crate::doc::Doc {
            id: "p".into(),
            fields: Vec::new(),
            date: None,
            text: text.as_str().into(),
            body: 0,
        };
        let mut plain = Vec::new();
        renderer.render_with(&doc, &ann, false, false, &mut plain, &mut Vec::new());
        for _ in 0..2 {
            let mut cached = Vec::new();
            let cache = Some(&models.entity_json);
            renderer.render_echo(&doc, None, cache, &ann, false, false, &mut cached, &mut Vec::new());
            prop_assert_eq!(&cached, &plain);
        }
        prop_assert!(ann.matches.mentions.len() >= 4);
    }
}

/// `s` as the contents of a JSON string, each char spelled as `choices` say (cycling):
/// as serde_json writes it, as `\\uXXXX` (a surrogate pair beyond the BMP) in lower or
/// upper case, or `/` as `\\/`.
fn spell(s: &str, choices: &[u8]) -> String {
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        let choice = choices.get(i % choices.len().max(1)).copied().unwrap_or(0) % 4;
        let mut units = [0u16; 2];
        match choice {
            1 | 2 => {
                for unit in c.encode_utf16(&mut units) {
                    if choice == 1 {
                        out.push_str(&format!("\\u{unit:04x}"));
                    } else {
                        out.push_str(&format!("\\u{unit:04X}"));
                    }
                }
            }
            3 if c == '/' => out.push_str("\\/"),
            _ => {
                let quoted = serde_json::to_string(&c.to_string()).unwrap();
                out.push_str(&quoted[1..quoted.len() - 1]);
            }
        }
    }
    out
}

/// The models, built once for all cases (the embedded lists are large).
fn models() -> &'static Models {
    static MODELS: std::sync::OnceLock<Models> = std::sync::OnceLock::new();
    MODELS.get_or_init(|| {
        let gazetteer = wortlaut_gazetteer::Gazetteer::builder()
            .build()
            .expect("the embedded lists build");
        Models::new(gazetteer)
    })
}
