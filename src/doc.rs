//! Documents: a raw record's bytes read as a JSON object or a plain-text article.
//!
//! JSON objects are read without building a tree: every field is kept as the exact JSON text
//! of its value ([`RawValue`]), in input order, so passed-through fields come out unchanged;
//! only the text and the id are decoded.

use std::borrow::Cow;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::value::RawValue;

/// Field names wortlaut always writes itself: never passed through from the input.
pub const RESERVED: [&str; 8] = [
    "id",
    "text",
    "offset_unit",
    "sentences",
    "tokens",
    "entities",
    "quotes",
    "repaired",
];

/// Which input fields hold the text and the id.
#[derive(Debug, Clone)]
pub struct Fields {
    /// The text field (`--text-field`, default `text`).
    pub text: String,
    /// The id field (`--id-field`, default `id`).
    pub id: String,
}

impl Default for Fields {
    fn default() -> Self {
        Fields {
            text: "text".to_string(),
            id: "id".to_string(),
        }
    }
}

/// A passed-through field's value.
#[derive(Debug)]
pub enum Value<'a> {
    /// The input's JSON text, copied as is.
    Raw(&'a RawValue),
    /// The input's JSON text of a string (quotes included) that the driver's own reader has
    /// checked, copied as is: it holds no raw control character, so no line break either.
    Json(&'a str),
    /// A string wortlaut found (the `date` of a plain-text article).
    Str(&'a str),
}

impl Value<'_> {
    /// The JSON text of a value from the input (`None` for a [`Value::Str`]).
    pub fn json(&self) -> Option<&str> {
        match self {
            Value::Raw(raw) => Some(raw.get()),
            Value::Json(raw) => Some(raw),
            Value::Str(_) => None,
        }
    }
}

/// One document, borrowing from its decoded record.
#[derive(Debug)]
pub struct Doc<'a> {
    /// The output id.
    pub id: Cow<'a, str>,
    /// Fields passed through, in input order.
    pub fields: Vec<(Cow<'a, str>, Value<'a>)>,
    /// The document's date (the `date` field, or a plain-text article's date prefix).
    pub date: Option<Cow<'a, str>>,
    /// The text the offsets index.
    pub text: Cow<'a, str>,
    /// Where the annotated body starts: after a plain-text date prefix, else 0.
    pub body: usize,
}

/// Why a record is not a document (it is skipped and counted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocError {
    /// Not valid JSON, or not a JSON object.
    Json(String),
    /// The text field is missing.
    NoText(String),
    /// The text field is not a string.
    TextNotString(String),
}

impl fmt::Display for DocError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocError::Json(e) => write!(f, "malformed JSON: {e}"),
            DocError::NoText(field) => write!(f, "no `{field}` field"),
            DocError::TextNotString(field) => write!(f, "the `{field}` field is not a string"),
        }
    }
}

impl std::error::Error for DocError {}

/// The record's bytes as text: lossily decoded when they are not UTF-8 (second value true).
///
/// Valid UTF-8 is recognised with simdutf8: std's check leaves its ASCII fast path at every
/// umlaut and dash, and on news text took about 1.5 % of a worker's time.
pub fn decode(bytes: &[u8]) -> (Cow<'_, str>, bool) {
    match simdutf8::basic::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), false),
        Err(_) => (String::from_utf8_lossy(bytes), true),
    }
}

/// [`decode`] for bytes in a buffer of their own, which becomes the text's buffer when
/// they are UTF-8 (nothing copied).
///
/// Taking a buffer over as a `String` needs std's check: only it vouches for the bytes
/// without `unsafe` (forbidden here). It runs once per whole file or giant line, where the
/// copy it spares costs more than the slower check.
pub fn decode_owned(bytes: Vec<u8>) -> (String, bool) {
    match String::from_utf8(bytes) {
        Ok(text) => (text, false),
        Err(e) => (String::from_utf8_lossy(e.as_bytes()).into_owned(), true),
    }
}

/// A string, borrowed when it has no escapes.
struct Str<'a>(Cow<'a, str>);

impl<'de> serde::Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v.to_string())))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        d.deserialize_str(V)
    }
}

/// The text field's value: a string, or `None` for any other JSON value.
struct MaybeStr<'a>(Option<Cow<'a, str>>);

impl<'de> serde::Deserialize<'de> for MaybeStr<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = MaybeStr<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("any JSON value")
            }
            fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(MaybeStr(Some(Cow::Borrowed(v))))
            }
            fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
                Ok(MaybeStr(Some(Cow::Owned(v.to_string()))))
            }
            fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
                Ok(MaybeStr(Some(Cow::Owned(v))))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_unit<E>(self) -> Result<Self::Value, E> {
                Ok(MaybeStr(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(MaybeStr(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(MaybeStr(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// A JSON object read in one pass: the text decoded, the id and the passed-through fields
/// kept as raw JSON text in input order (a repeated key: the last one counts, as before).
struct Object<'a> {
    text: Option<Option<Cow<'a, str>>>,
    /// The id's JSON text.
    id: Option<&'a str>,
    date: Option<Cow<'a, str>>,
    passed: Vec<(Cow<'a, str>, Value<'a>)>,
}

/// Reads an [`Object`] with the field names of `Fields`.
struct ObjectSeed<'f>(&'f Fields);

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = Object<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = Object<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let fields = self.0;
        let mut object = Object {
            text: None,
            id: None,
            date: None,
            passed: Vec::with_capacity(map.size_hint().unwrap_or(8)),
        };
        while let Some(Str(key)) = map.next_key::<Str<'de>>()? {
            if *key == *fields.text {
                object.text = Some(map.next_value::<MaybeStr<'de>>()?.0);
            } else if *key == *fields.id {
                object.id = Some(map.next_value::<&'de RawValue>()?.get());
            } else if RESERVED.contains(&&*key) {
                map.next_value::<IgnoredAny>()?;
            } else {
                let value: &'de RawValue = map.next_value()?;
                if key == "date" {
                    object.date = json_str(value.get());
                }
                object.passed.push((key, Value::Raw(value)));
            }
        }
        Ok(object)
    }
}

/// The output id: the id field's string, or its JSON as written (a number stands for
/// itself), or `fallback_id` when it is missing or null.
fn doc_id<'a>(raw: Option<&'a str>, fallback_id: impl FnOnce() -> String) -> Cow<'a, str> {
    match raw {
        None | Some("null") => Cow::Owned(fallback_id()),
        Some(raw) => json_str(raw).unwrap_or(Cow::Borrowed(raw)),
    }
}

/// The string a raw JSON value (checked by serde_json already) holds, if it is one. Only a
/// string is decoded: asking serde_json to read `null` or a number as a string costs an
/// error message, built and dropped.
fn json_str(raw: &str) -> Option<Cow<'_, str>> {
    let inner = raw.strip_prefix('"')?.strip_suffix('"')?;
    match unescape(inner) {
        Some((s, _)) => Some(s),
        None => serde_json::from_str::<Str<'_>>(raw).ok().map(|s| s.0),
    }
}

/// Reads one JSON object as a document. `fallback_id` is used when the id field is missing or
/// null.
///
/// # Errors
/// Malformed JSON, a value that is not an object, a missing or non-string text field.
pub fn json_doc<'a>(
    json: &'a str,
    fields: &Fields,
    fallback_id: impl FnOnce() -> String,
) -> Result<Doc<'a>, DocError> {
    let mut de = serde_json::Deserializer::from_str(json);
    let object = ObjectSeed(fields)
        .deserialize(&mut de)
        .and_then(|o| de.end().map(|()| o))
        .map_err(|e| DocError::Json(e.to_string()))?;
    let text = object
        .text
        .ok_or_else(|| DocError::NoText(fields.text.clone()))?
        .ok_or_else(|| DocError::TextNotString(fields.text.clone()))?;
    let id = doc_id(object.id, fallback_id);
    Ok(Doc {
        id,
        fields: object.passed,
        date: object.date,
        text,
        body: 0,
    })
}

/// [`json_doc`], faster for the usual record, and also the text field's JSON string
/// contents as written when writing the text as JSON gives back exactly these bytes (the
/// output then copies them instead of escaping the text again).
///
/// The object's keys and the text are read here (`scan_object`): serde_json would scan
/// the whole text once more, eight bytes at a time, and gather an escaped text in a scratch
/// buffer that grows as it goes. The other values are still read by serde_json. Anything
/// unusual (a `\u` escape of a surrogate, a text that is no string, malformed JSON) is left
/// to [`json_doc`], so documents and messages stay the same.
///
/// # Errors
/// As [`json_doc`].
pub fn json_doc_echo<'a>(
    json: &'a str,
    fields: &Fields,
    fallback_id: impl FnOnce() -> String,
) -> Result<(Doc<'a>, Option<&'a str>), DocError> {
    let decoded = scan_object(json, fields).and_then(|(object, inner)| {
        let (text, canonical) = unescape(inner)?;
        Some((object, text, canonical.then_some(inner)))
    });
    let Some((object, text, echo)) = decoded else {
        return json_doc(json, fields, fallback_id).map(|doc| (doc, None));
    };
    let id = doc_id(object.id, fallback_id);
    let doc = Doc {
        id,
        fields: object.passed,
        date: object.date,
        text,
        body: 0,
    };
    Ok((doc, echo))
}

/// JSON whitespace.
fn skip_ws(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(at) {
        at += 1;
    }
    at
}

/// The contents of the JSON string starting at `json[at]` (a `"`) and the index after its
/// closing quote; `None` when it is not closed or holds a raw control character, which
/// JSON forbids. Escapes are not checked here ([`unescape`] does).
fn scan_string(json: &str, at: usize) -> Option<(&str, usize)> {
    let bytes = json.as_bytes();
    let start = at + 1;
    let mut from = start;
    let end = loop {
        let found = from + memchr::memchr2(b'"', b'\\', bytes.get(from..)?)?;
        if bytes[found] == b'"' {
            break found;
        }
        // Whatever follows a backslash is part of the escape, a quote too.
        from = found + 2;
    };
    let inner = json.get(start..end)?;
    // Fixed 32-byte blocks, so that the check compiles to a few wide compares per block.
    let blocks = inner.as_bytes().chunks_exact(32);
    let rest = blocks.remainder();
    let control = blocks
        .filter_map(|block| <&[u8; 32]>::try_from(block).ok())
        .any(|block| block.iter().fold(false, |hit, &b| hit | (b < 0x20)))
        || rest.iter().any(|&b| b < 0x20);
    (!control).then_some((inner, end + 1))
}

/// A key's contents and the index after its closing quote, when it is plain (no escape, no
/// control character), as keys nearly always are: a byte loop, cheaper for a few bytes than
/// [`scan_string`]'s block search. `None` leaves the key to [`scan_string`].
fn plain_key(json: &str, at: usize) -> Option<(&str, usize)> {
    let bytes = json.as_bytes();
    let start = at + 1;
    let mut end = start;
    loop {
        match *bytes.get(end)? {
            b'"' => return Some((json.get(start..end)?, end + 1)),
            b'\\' | 0..=0x1f => return None,
            _ => end += 1,
        }
    }
}

/// The JSON text (quotes included) of the string starting at `json[at]`, when it is one
/// that serde_json takes: closed, no raw control character, and escapes that [`unescape`]
/// takes (a `\u` escape of a surrogate is left to serde_json). `None` for any other value.
fn string_value(json: &str, at: usize) -> Option<&str> {
    if json.as_bytes().get(at) != Some(&b'"') {
        return None;
    }
    let (inner, end) = scan_string(json, at)?;
    if inner.contains('\\') {
        unescape(inner)?;
    }
    json.get(at..end)
}

/// A JSON object read without serde_json's help for its keys and the text field (whose
/// string contents, still escaped, come second); the other values are read by serde_json
/// one at a time. `None` for anything it does not take (then [`json_doc`] decides): a
/// value that is no object, a text that is no string, a key or text with a raw control
/// character or an escape [`unescape`] refuses, a stray or missing comma or colon, anything
/// but whitespace after the object.
fn scan_object<'a>(json: &'a str, fields: &Fields) -> Option<(Object<'a>, &'a str)> {
    let bytes = json.as_bytes();
    let mut at = skip_ws(bytes, 0);
    if bytes.get(at) != Some(&b'{') {
        return None;
    }
    let mut object = Object {
        text: None,
        id: None,
        date: None,
        passed: Vec::with_capacity(8),
    };
    let mut text = None;
    at = skip_ws(bytes, at + 1);
    if bytes.get(at) == Some(&b'}') {
        at += 1;
    } else {
        loop {
            if bytes.get(at) != Some(&b'"') {
                return None;
            }
            let (key, end) = match plain_key(json, at) {
                Some((key, end)) => (Cow::Borrowed(key), end),
                None => {
                    let (key, end) = scan_string(json, at)?;
                    (unescape(key)?.0, end)
                }
            };
            at = skip_ws(bytes, end);
            if bytes.get(at) != Some(&b':') {
                return None;
            }
            at = skip_ws(bytes, at + 1);
            if *key == *fields.text {
                if bytes.get(at) != Some(&b'"') {
                    return None;
                }
                let (inner, end) = scan_string(json, at)?;
                text = Some(inner);
                at = end;
            } else {
                let (raw, value) = match string_value(json, at) {
                    Some(raw) => (raw, Value::Json(raw)),
                    None => {
                        let rest = json.get(at..)?;
                        let mut de = serde_json::Deserializer::from_str(rest);
                        let value = <&RawValue as serde::Deserialize>::deserialize(&mut de).ok()?;
                        (value.get(), Value::Raw(value))
                    }
                };
                // The value is a slice of `json`: it ends where its bytes end.
                at = (raw.as_ptr() as usize).checked_sub(json.as_ptr() as usize)? + raw.len();
                if *key == *fields.id {
                    object.id = Some(raw);
                } else if !RESERVED.contains(&&*key) {
                    if key == "date" {
                        object.date = json_str(raw);
                    }
                    object.passed.push((key, value));
                }
            }
            at = skip_ws(bytes, at);
            match bytes.get(at) {
                Some(b',') => at = skip_ws(bytes, at + 1),
                Some(b'}') => {
                    at += 1;
                    break;
                }
                _ => return None,
            }
        }
    }
    (skip_ws(bytes, at) == bytes.len()).then_some((object, text?))
}

/// Decodes the contents of a JSON string that serde_json has checked already; also says
/// whether escaping the result as serde_json does (`"`, `\\`, the short escapes of
/// `\b \f \n \r \t`, `\u00xx` for other control characters) gives back `raw`. `None`
/// for a `\u` escape of a surrogate, whose handling is left to serde_json.
fn unescape(raw: &str) -> Option<(Cow<'_, str>, bool)> {
    let bytes = raw.as_bytes();
    let Some(mut at) = memchr::memchr(b'\\', bytes) else {
        return Some((Cow::Borrowed(raw), true));
    };
    let mut out = String::with_capacity(raw.len());
    let mut canonical = true;
    let mut from = 0;
    loop {
        out.push_str(raw.get(from..at)?);
        let (c, len) = match bytes.get(at + 1)? {
            b'"' => ('"', 2),
            b'\\' => ('\\', 2),
            b'/' => {
                canonical = false;
                ('/', 2)
            }
            b'b' => ('\u{8}', 2),
            b'f' => ('\u{c}', 2),
            b'n' => ('\n', 2),
            b'r' => ('\r', 2),
            b't' => ('\t', 2),
            b'u' => {
                let hex = bytes.get(at + 2..at + 6)?;
                let mut code = 0u32;
                for &h in hex {
                    code = code * 16 + char::from(h).to_digit(16)?;
                }
                // serde_json writes only control characters as `\u00xx`, in lower case, and
                // those with a short escape never.
                canonical &= code < 0x20
                    && !matches!(code, 0x08 | 0x09 | 0x0a | 0x0c | 0x0d)
                    && hex[..2] == *b"00"
                    && !hex.iter().any(u8::is_ascii_uppercase);
                (char::from_u32(code)?, 6)
            }
            _ => return None,
        };
        out.push(c);
        from = at + len;
        match memchr::memchr(b'\\', bytes.get(from..)?) {
            Some(next) => at = from + next,
            None => {
                out.push_str(raw.get(from..)?);
                return Some((Cow::Owned(out), canonical));
            }
        }
    }
}

/// Reads a plain-text article: the whole text (a leading byte order mark dropped), with its
/// `date YYYY-MM-DD` prefix, when it has one, as the `date` field.
pub fn plain_doc<'a>(text: &'a str, id: String) -> Doc<'a> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (date, body) = match date_prefix(text) {
        Some((date, body)) => (Some(date), body),
        None => (None, 0),
    };
    Doc {
        id: Cow::Owned(id),
        fields: date
            .map(|d| (Cow::Borrowed("date"), Value::Str(d)))
            .into_iter()
            .collect(),
        date: date.map(Cow::Borrowed),
        text: Cow::Borrowed(text),
        body,
    }
}

/// `(date, end of prefix)` for a text that starts (after whitespace) with `date YYYY-MM-DD`
/// followed by whitespace or the end.
pub fn date_prefix(text: &str) -> Option<(&str, usize)> {
    let lead = text.len() - text.trim_start().len();
    let rest = text[lead..].strip_prefix("date")?;
    let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    if spaces == 0 {
        return None;
    }
    let start = lead + 4 + spaces;
    let date = text.get(start..start + 10)?;
    let b = date.as_bytes();
    let shape = b.iter().enumerate().all(|(i, c)| match i {
        4 | 7 => *c == b'-',
        _ => c.is_ascii_digit(),
    });
    if !shape {
        return None;
    }
    let month = (b[5] - b'0') * 10 + (b[6] - b'0');
    let day = (b[8] - b'0') * 10 + (b[9] - b'0');
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let end = start + 10;
    match text[end..].chars().next() {
        None => Some((date, end)),
        Some(c) if c.is_whitespace() => Some((date, end)),
        Some(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_prefixes() {
        let t = " date 2025-12-02 Wer ernsthafte";
        let (date, end) = date_prefix(t).unwrap();
        assert_eq!(date, "2025-12-02");
        assert_eq!(&t[end..], " Wer ernsthafte");
        assert_eq!(date_prefix("date 2025-12-02").map(|d| d.1), Some(15));
        for no in [
            "Das date 2025-12-02 x",
            "date 2025-13-02 x",
            "date 2025-12-02x",
            "dates 2025-12-02 x",
            "date 2025-1",
            "date 2025-ü2-02 x",
            "",
        ] {
            assert_eq!(date_prefix(no), None, "{no:?}");
        }
    }

    #[test]
    fn json_fields_keep_order_and_raw_text() {
        let line =
            r#"{"title": "T", "id": 7, "n": 1.50, "text": "a\nb", "tokens": [], "x": {"y" : 2}}"#;
        let doc = json_doc(line, &Fields::default(), || "f:1".into()).unwrap();
        assert_eq!(doc.id, "7");
        assert_eq!(doc.text, "a\nb");
        let keys: Vec<_> = doc.fields.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["title", "n", "x"]);
        assert_eq!(doc.fields[1].1.json(), Some("1.50"));
    }

    #[test]
    fn json_errors_and_fallback_id() {
        let f = Fields::default();
        assert!(matches!(
            json_doc("{\"text\": ", &f, String::new),
            Err(DocError::Json(_))
        ));
        assert!(matches!(
            json_doc("[1]", &f, String::new),
            Err(DocError::Json(_))
        ));
        assert!(matches!(
            json_doc("{\"a\": 1}", &f, String::new),
            Err(DocError::NoText(_))
        ));
        assert!(matches!(
            json_doc("{\"text\": 1}", &f, String::new),
            Err(DocError::TextNotString(_))
        ));
        let doc = json_doc("{\"text\": \"\", \"id\": null}", &f, || "f:3".into()).unwrap();
        assert_eq!(doc.id, "f:3");
        let fields = Fields {
            text: "maintext".into(),
            id: "url".into(),
        };
        let doc = json_doc(
            r#"{"url": "u", "maintext": "m", "text": "t"}"#,
            &fields,
            String::new,
        )
        .unwrap();
        assert_eq!((doc.id.as_ref(), doc.text.as_ref()), ("u", "m"));
        assert!(doc.fields.is_empty());
    }

    #[test]
    fn texts_are_decoded_and_echoed_only_when_written_back_alike() {
        // (JSON string contents, decoded text, echoed as written?)
        let cases = [
            ("Hallo Welt", Some("Hallo Welt"), true),
            (
                r#"a\nb\t\"c\" \\ \b\f\r"#,
                Some("a\nb\t\"c\" \\ \u{8}\u{c}\r"),
                true,
            ),
            (r"\u001f\u0000x", Some("\u{1f}\u{0}x"), true),
            (r"\u001F", Some("\u{1f}"), false),
            (r"\u000a", Some("\n"), false),
            (r"Gr\u00fc\u00DFe", Some("Grüße"), false),
            (r"a\/b", Some("a/b"), false),
            (r"\ud83d\ude00", None, false),
            (r"\ud83d", None, false),
            (r"\x", None, false),
            (r"\u12", None, false),
        ];
        for (raw, text, echo) in cases {
            let got = unescape(raw);
            assert_eq!(got.as_ref().map(|g| g.0.as_ref()), text, "{raw}");
            assert_eq!(got.is_some_and(|g| g.1), echo, "{raw}");
        }
        // Surrogates are left to serde_json: a pair decodes, a lone one is an error.
        let f = Fields::default();
        let (doc, echo) = json_doc_echo(r#"{"text": "\ud83d\ude00!"}"#, &f, String::new).unwrap();
        assert_eq!((doc.text.as_ref(), echo), ("😀!", None));
        assert_eq!(
            json_doc_echo(r#"{"text": "\ud83d"}"#, &f, String::new).map(|d| d.1),
            json_doc(r#"{"text": "\ud83d"}"#, &f, String::new).map(|_| None)
        );
    }

    #[test]
    fn the_fast_reader_takes_and_refuses_what_serde_json_does() {
        let lines = [
            r#"{"text":"a"} x"#,
            r#"{"text":"a"},"#,
            r#"{"text":"a",}"#,
            r#"{,"text":"a"}"#,
            r#"{"text" "a"}"#,
            r#"{"text":"a" "id":1}"#,
            r#"{"text":"a"}}"#,
            r#"[{"text":"a"}]"#,
            " {\"text\":\"a\"} \n\r\t",
            "{\"text\":\"a\u{1}\"}",
            "{\"te\nxt\":\"a\"}",
            "{\"text\":\"a\"}\u{a0}",
            r#"{"text":"a","text":"b"}"#,
            r#"{"text":1}"#,
            r#"{"text":null,"text":"a"}"#,
            r#"{"id":1,"text":"a","id":null}"#,
            r#"{"id":"x\u0041","text":"a"}"#,
            r#"{"text":"a","x":[1,2,]}"#,
            r#"{"text":"a","x":01}"#,
            r#"{"text":"a","x":tru}"#,
            r#"{"\u0074ext":"a\\"}"#,
            r#"{"text":"\q"}"#,
            r#"{"text":"a\"#,
            r#"{"text":"a"#,
            r#"{"text":"#,
            r#"{"text""#,
            "{}",
            "",
            "   ",
            r#"{"text":"a","":1,"tokens":[1],"sentences":{"x":"}"}}"#,
            r#"{"text":"a","x":{"y":[1,{"z":"}\""}]}}"#,
            r#"{ "text" : "a"  ,  "b" : "c"  }"#,
            r#"{"text":"\u00e9\u00E9\/"}"#,
            r#"{"date":null,"text":"a","date":"2024-01-02"}"#,
            r#"{"date":"2024\ud800","text":"a"}"#,
        ];
        let f = Fields::default();
        for line in lines {
            let slow = json_doc(line, &f, || "f:1".into());
            let fast = json_doc_echo(line, &f, || "f:1".into());
            let show = |d: &Doc<'_>| {
                let fields: Vec<_> = d.fields.iter().map(|(k, v)| (k, v.json())).collect();
                format!("{:?} {:?} {:?} {:?}", d.id, d.text, d.date, fields)
            };
            match (&slow, &fast) {
                (Ok(slow), Ok((fast, _))) => assert_eq!(show(slow), show(fast), "{line}"),
                (Err(slow), Err(fast)) => assert_eq!(slow, fast, "{line}"),
                _ => panic!("{line}: {:?} vs {:?}", slow.is_ok(), fast.is_ok()),
            }
        }
    }

    #[test]
    fn plain_text_with_bom_and_date() {
        let doc = plain_doc("\u{feff} date 2025-12-02 Hallo", "p".into());
        assert_eq!(doc.text, " date 2025-12-02 Hallo");
        assert_eq!(doc.date.as_deref(), Some("2025-12-02"));
        assert_eq!(&doc.text[doc.body..], " Hallo");
    }
}
