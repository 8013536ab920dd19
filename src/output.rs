//! Output records: one JSON line per document (docs/output.md), and quote rows for CSV.
//!
//! JSON is written by hand into a reused byte buffer, in the documented key order; strings
//! are escaped exactly as serde_json escapes them (tests compare the two). Every span is
//! converted from the stages' byte offsets (relative to the annotated body) to the requested
//! unit here, at the output edge. This is about a tenth of a worker's time: keys are written
//! pre-quoted, numbers and short texts as fixed-size stores cut back to length, so that most
//! fields cost no call to `memcpy`.

use std::cell::RefCell;

use wortlaut_gazetteer::{Entity, EntityRef, Gazetteer, Label, Matches, Mention, Source};
use wortlaut_quotes::{Quote, QuoteKind};
use wortlaut_tokenize::Analysis;

use crate::doc::{Doc, Value};
use crate::offsets::OffsetMap;
use crate::pipeline::Annotations;

/// The unit of `start`/`end` in the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OffsetUnit {
    /// Unicode code points (like Python `str` indices).
    #[default]
    Char,
    /// UTF-8 bytes.
    Byte,
}

impl OffsetUnit {
    /// The value of `offset_unit`.
    pub fn as_str(self) -> &'static str {
        match self {
            OffsetUnit::Char => "char",
            OffsetUnit::Byte => "byte",
        }
    }
}

/// What goes into each output line.
#[derive(Debug, Clone, Copy, Default)]
pub struct OutputOptions {
    /// Span unit.
    pub offsets: OffsetUnit,
    /// Write `tokens`.
    pub tokens: bool,
    /// Leave out `text` and passed-through fields (`--annotations-only`).
    pub annotations_only: bool,
}

/// The delimiter and preamble of the quotes CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CsvStyle {
    /// RFC 4180: `,`, CRLF, no BOM.
    #[default]
    Rfc4180,
    /// For German Excel: `;`, CRLF, UTF-8 BOM at the start of the file.
    Excel,
}

impl CsvStyle {
    fn delimiter(self) -> u8 {
        match self {
            CsvStyle::Rfc4180 => b',',
            CsvStyle::Excel => b';',
        }
    }

    /// The bytes that start the file: the BOM (Excel) and the header row.
    pub fn preamble(self) -> Vec<u8> {
        let mut out = Vec::new();
        if self == CsvStyle::Excel {
            out.extend_from_slice("\u{feff}".as_bytes());
        }
        let mut w = self.writer(&mut out);
        // Writing into a Vec cannot fail.
        let _ = w.write_record(CSV_HEADER);
        let _ = w.flush();
        drop(w);
        out
    }

    fn writer<W: std::io::Write>(self, out: W) -> csv::Writer<W> {
        csv::WriterBuilder::new()
            .delimiter(self.delimiter())
            .terminator(csv::Terminator::CRLF)
            .from_writer(out)
    }
}

/// The columns of `--quotes-csv`.
/// (`group` last: columns a reader had before keep their places.)
pub const CSV_HEADER: [&str; 12] = [
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

/// What the summary counts for one entity or speaker.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Key {
    /// A gazetteer entity.
    Known(u32),
    /// A document-local entity: canonical name and label.
    Local(String, &'static str),
    /// A speaker or entity by its name as written (or as resolved).
    Written(String),
    /// A speaker that is only a pronoun or `demnach`, not resolved to anyone: counted, but
    /// not listed as a speaker ([`wortlaut_quotes::is_anaphor`]).
    Unresolved,
}

/// The summary key of a speaker without a mention: its resolved name, else the phrase as
/// written, unless that only points back to someone ([`Key::Unresolved`]).
pub fn speaker_key(written: &str, resolved: Option<&str>) -> Key {
    match resolved {
        Some(name) if !name.is_empty() => Key::Written(name.to_string()),
        _ if wortlaut_quotes::is_anaphor(written) => Key::Unresolved,
        _ => Key::Written(written.to_string()),
    }
}

/// Counts for one document.
#[derive(Debug, Clone, Default)]
pub struct DocCounts {
    /// Text bytes.
    pub text_bytes: u64,
    /// Sentences written.
    pub sentences: u64,
    /// Tokens found (written or not).
    pub tokens: u64,
    /// Entity mentions.
    pub mentions: u64,
    /// Quotes.
    pub quotes: u64,
    /// One key per mention.
    pub entities: Vec<Key>,
    /// One key per quote with a speaker.
    pub speakers: Vec<Key>,
}

/// The key of a mention's entity.
fn entity_key(matches: &Matches, m: &Mention) -> Key {
    match m.entity {
        EntityRef::Known(i) => Key::Known(i),
        EntityRef::Local(i) => match matches.local.get(i as usize) {
            Some(e) => Key::Local(e.canonical.clone(), m.label.as_str()),
            None => Key::Written(String::new()),
        },
    }
}

/// The entity behind a mention (`None` only for an out-of-range local index).
pub fn entity_of<'a>(
    gazetteer: &'a Gazetteer,
    matches: &'a Matches,
    m: &Mention,
) -> Option<&'a Entity> {
    match m.entity {
        EntityRef::Known(i) => Some(gazetteer.entity(i)),
        EntityRef::Local(i) => matches.local.get(i as usize),
    }
}

/// Appends JSON values to a byte buffer.
struct Json<'o> {
    out: &'o mut Vec<u8>,
}

impl Json<'_> {
    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }
    fn str(&mut self, s: &str) {
        write_json_str(self.out, s);
    }
    /// Appends `n` in decimal. Below 10^8 (any offset into a text under 100 MB) its digits
    /// are made in one word ([`digits8`]) and stored as eight bytes, then cut back to their
    /// number: no loop and no variable-length copy, which costs a call per number.
    #[inline]
    fn num(&mut self, n: usize) {
        match u32::try_from(n) {
            Ok(n) if n < 100_000_000 => {
                let (digits, len) = digits8(n);
                let at = self.out.len();
                self.out.extend_from_slice(&digits);
                self.out.truncate(at + len);
            }
            _ => self.raw(itoa::Buffer::new().format(n)),
        }
    }
    /// Appends `body[start..end]` as a JSON string (an empty one for a bad span). A short
    /// string with no byte to escape is copied as a 32-byte window of `body`, cut back to its
    /// length: entity and speaker texts are mostly short, and a variable-length copy costs a
    /// call each.
    #[inline]
    fn body_str(&mut self, body: &str, start: usize, end: usize) {
        const WINDOW: usize = 32;
        let s = slice(body, start, end);
        let len = s.len();
        if len <= WINDOW {
            let window = body.as_bytes().get(start..start + WINDOW);
            if let Some(Ok(window)) = window.map(<&[u8; WINDOW]>::try_from) {
                // The whole window at once (a few wide compares); only when something in it
                // needs an escape are the string's own bytes looked at, one by one.
                if !any_to_escape(window) || !s.bytes().any(|b| ESCAPE[b as usize] != 0) {
                    let at = self.out.len();
                    self.out.reserve(WINDOW + 2);
                    self.out.push(b'"');
                    self.out.extend_from_slice(window);
                    self.out.truncate(at + 1 + len);
                    self.out.push(b'"');
                    return;
                }
            }
        }
        self.str(s);
    }
    /// `{"start":S,"end":E`, the object left open for more fields. While both offsets are
    /// below 10^4 (most spans of a news text), the digits of both come from one conversion
    /// ([`digits4_pair`]) and everything after `{"start"` is put together in one 128-bit
    /// value, so the line gets two stores straight from registers and is cut back to length.
    /// (A stack buffer written piece by piece and then copied out stalled on every span: the
    /// wide loads could not be forwarded from the narrow stores.) Larger offsets below 10^8
    /// go through that buffer, the rest through [`Json::num`].
    #[inline(always)]
    fn span(&mut self, start: usize, end: usize) {
        const START: &[u8; 9] = b"{\"start\":";
        const END: &[u8; 7] = b",\"end\":";
        if start < 10_000 && end < 10_000 {
            // `{"start"`, then `:S,"end":E` (at most 1 + 4 + 7 + 4 = 16 bytes).
            const HEAD: [u8; 8] = *b"{\"start\"";
            const END_BITS: u128 = {
                let mut v = 0u128;
                let mut i = 0;
                while i < END.len() {
                    v |= (END[i] as u128) << (8 * i);
                    i += 1;
                }
                v
            };
            let ((s_digits, s_len), (e_digits, e_len)) = digits4_pair(start as u32, end as u32);
            let tail = u128::from(b':')
                | (u128::from(s_digits) << 8)
                | (END_BITS << (8 + 8 * s_len))
                | (u128::from(e_digits) << (64 + 8 * s_len));
            let len = self.out.len() + HEAD.len() + 1 + s_len + END.len() + e_len;
            self.out.reserve(HEAD.len() + 16);
            self.out.extend_from_slice(&HEAD);
            self.out.extend_from_slice(&tail.to_le_bytes());
            self.out.truncate(len);
            return;
        }
        match (u32::try_from(start), u32::try_from(end)) {
            (Ok(s), Ok(e)) if s < 100_000_000 && e < 100_000_000 => {
                let (s_digits, s_len) = digits8(s);
                let (e_digits, e_len) = digits8(e);
                let mut buf = [0u8; 32];
                buf[..9].copy_from_slice(START);
                buf[9..17].copy_from_slice(&s_digits);
                let at = 9 + s_len;
                buf[at..at + 7].copy_from_slice(END);
                buf[at + 7..at + 15].copy_from_slice(&e_digits);
                let len = self.out.len() + at + 7 + e_len;
                self.out.extend_from_slice(&buf);
                self.out.truncate(len);
            }
            _ => {
                self.out.extend_from_slice(START);
                self.num(start);
                self.out.extend_from_slice(END);
                self.num(end);
            }
        }
    }
    /// `,"key":` (without the comma for the first key of an object).
    fn key(&mut self, first: bool, key: &str) {
        if !first {
            self.out.push(b',');
        }
        self.str(key);
        self.out.push(b':');
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }
    /// `,"label":"PER` (the string left open for the names that follow). Each known label
    /// is one fixed-length store; `label.as_str()` would be a variable-length copy, a call
    /// for every mention.
    #[inline]
    fn label(&mut self, label: Label) {
        match label {
            Label::Per => self.raw(",\"label\":\"PER"),
            Label::Loc => self.raw(",\"label\":\"LOC"),
            Label::Org => self.raw(",\"label\":\"ORG"),
            Label::LocDeriv => self.raw(",\"label\":\"LOCderiv"),
            Label::PerPart => self.raw(",\"label\":\"PERpart"),
            Label::LocPart => self.raw(",\"label\":\"LOCpart"),
            Label::OrgPart => self.raw(",\"label\":\"ORGpart"),
            _ => {
                self.raw(",\"label\":\"");
                self.raw(label.as_str());
            }
        }
    }
    /// `,"source":"list"`, as [`Json::label`] writes labels.
    #[inline]
    fn source(&mut self, source: Source) {
        match source {
            Source::List => self.raw(",\"source\":\"list\""),
            Source::Rule => self.raw(",\"source\":\"rule\""),
            Source::Document => self.raw(",\"source\":\"document\""),
        }
    }
    /// `,"kind":"direct"`, as [`Json::label`] writes labels.
    #[inline]
    fn quote_kind(&mut self, kind: QuoteKind) {
        match kind {
            QuoteKind::Direct => self.raw(",\"kind\":\"direct\""),
            QuoteKind::Indirect => self.raw(",\"kind\":\"indirect\""),
            QuoteKind::Reported => self.raw(",\"kind\":\"reported\""),
        }
    }
}

/// The decimal digits of `n < 10^8` as ASCII in the first bytes of the result, and their
/// number. All eight digits (with leading zeros) are made at once, a lane per digit: the
/// number is split into halves below 10^4, each half into two below 100, each of those into
/// two digits, by multiplying with fixed-point reciprocals that are exact over these ranges
/// (every value below 10^8 is checked against `itoa` in the tests). Then the leading zeros are
/// shifted out.
#[inline]
fn digits8(n: u32) -> ([u8; 8], usize) {
    let n = u64::from(n);
    let high = n / 10_000;
    // Lanes of 32 bits: the first four digits in the low lane (the first bytes in memory).
    let fours = high | ((n - high * 10_000) << 32);
    let hundreds = ((fours * 10_486) >> 20) & 0x0000_007f_0000_007f;
    let twos = (((fours - hundreds * 100) << 16) | hundreds) & 0x007f_007f_007f_007f;
    let tens = ((twos * 103) >> 10) & 0x000f_000f_000f_000f;
    let digits = (((twos - tens * 10) << 8) | tens) & 0x0f0f_0f0f_0f0f_0f0f;
    // Leading zero digits are the low zero bytes; 0 itself keeps one digit.
    let zeros = (digits.trailing_zeros() / 8).min(7) as usize;
    let ascii = (digits | 0x3030_3030_3030_3030) >> (8 * zeros);
    (ascii.to_le_bytes(), 8 - zeros)
}

/// The decimal digits of `a < 10^4` and of `b < 10^4`, each as ASCII in the low bytes of a
/// `u32` (the first digit lowest, as little-endian bytes in memory), with their numbers:
/// [`digits8`]'s steps after its split into halves, with `a` and `b` as the two halves, so
/// that a span's two offsets (mostly below 10^4 in a news text) cost one conversion.
#[inline]
fn digits4_pair(a: u32, b: u32) -> ((u32, usize), (u32, usize)) {
    let fours = u64::from(a) | (u64::from(b) << 32);
    let hundreds = ((fours * 10_486) >> 20) & 0x0000_007f_0000_007f;
    let twos = (((fours - hundreds * 100) << 16) | hundreds) & 0x007f_007f_007f_007f;
    let tens = ((twos * 103) >> 10) & 0x000f_000f_000f_000f;
    let digits = (((twos - tens * 10) << 8) | tens) & 0x0f0f_0f0f_0f0f_0f0f;
    let lane = |digits: u32| {
        // Leading zero digits are the low zero bytes; 0 itself keeps one digit.
        let zeros = (digits.trailing_zeros() / 8).min(3) as usize;
        ((digits | 0x3030_3030) >> (8 * zeros), 4 - zeros)
    };
    (lane(digits as u32), lane((digits >> 32) as u32))
}

/// What a byte becomes inside a JSON string: 0 for itself, `u` for `\u00XX`, else the letter
/// after the backslash. The same escapes as serde_json writes, so output stays byte-identical.
static ESCAPE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 0x20 {
        t[b] = b'u';
        b += 1;
    }
    t[0x08] = b'b';
    t[0x09] = b't';
    t[0x0a] = b'n';
    t[0x0c] = b'f';
    t[0x0d] = b'r';
    t[b'"' as usize] = b'"';
    t[b'\\' as usize] = b'\\';
    t
};

/// Appends `s` as a quoted JSON string. Runs of bytes that need no escape (nearly all of a
/// news text: escapes are the paragraph breaks and the odd quote mark) are copied whole.
pub fn write_json_str(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    write_json_str_content(out, s);
    out.push(b'"');
}

/// Appends `s` escaped as inside a JSON string, without the quotes.
fn write_json_str_content(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut rest = s.as_bytes();
    loop {
        let run = next_escape(rest);
        out.extend_from_slice(&rest[..run]);
        let Some(&b) = rest.get(run) else { break };
        match ESCAPE[b as usize] {
            b'u' => {
                out.extend_from_slice(b"\\u00");
                out.push(HEX[(b >> 4) as usize]);
                out.push(HEX[(b & 0xf) as usize]);
            }
            esc => out.extend_from_slice(&[b'\\', esc]),
        }
        rest = &rest[run + 1..];
    }
}

/// Does some byte of `block` need an escape? No early exit inside the block: the compiler
/// turns this into a few wide compares (used on 16- and 32-byte blocks).
#[inline(always)]
fn any_to_escape<const N: usize>(block: &[u8; N]) -> bool {
    block.iter().fold(false, |hit, &b| {
        hit | (b < 0x20) | (b == b'"') | (b == b'\\')
    })
}

/// The index of the first byte of `bytes` that needs an escape, or its length: sixteen bytes
/// at a time while none does, then byte by byte within the block that has one.
#[inline]
fn next_escape(bytes: &[u8]) -> usize {
    let mut start = 0;
    for chunk in bytes.chunks_exact(16) {
        let Ok(block) = <&[u8; 16]>::try_from(chunk) else {
            break;
        };
        if any_to_escape(block) {
            break;
        }
        start += 16;
    }
    bytes[start..]
        .iter()
        .position(|&b| ESCAPE[b as usize] != 0)
        .map_or(bytes.len(), |p| start + p)
}

/// Slices `text` without panicking on a bad span (an empty string then).
fn slice(text: &str, start: usize, end: usize) -> &str {
    text.get(start..end).unwrap_or("")
}

/// Renders documents: the offsets map and the settings for one document at a time.
pub struct Renderer<'a> {
    /// The gazetteer the mentions refer to.
    pub gazetteer: &'a Gazetteer,
    /// The settings.
    pub options: OutputOptions,
    /// Quotes CSV style, when CSV rows are wanted.
    pub csv: Option<CsvStyle>,
}

impl Renderer<'_> {
    /// Appends the document's JSON line (with its `\n`) to `json`, its quote rows to `csv`,
    /// and returns its counts. `ann` holds byte offsets relative to `doc.text[doc.body..]`.
    pub fn render(
        &self,
        doc: &Doc<'_>,
        ann: &Annotations,
        repaired: bool,
        json: &mut Vec<u8>,
        csv: &mut Vec<u8>,
    ) -> DocCounts {
        self.render_with(doc, ann, repaired, true, json, csv)
    }

    /// [`Renderer::render`], with `keys == false` leaving the counts' entity and speaker
    /// keys empty: only the summary lists them, and a quiet run prints none (each key can
    /// cost an allocation).
    pub fn render_with(
        &self,
        doc: &Doc<'_>,
        ann: &Annotations,
        repaired: bool,
        keys: bool,
        json: &mut Vec<u8>,
        csv: &mut Vec<u8>,
    ) -> DocCounts {
        self.render_echo(doc, None, None, ann, repaired, keys, json, csv)
    }

    /// [`Renderer::render_with`]; `echo`, when given, is the text as a JSON string's
    /// contents exactly as [`write_json_str`] writes it (see [`crate::doc::json_doc_echo`]),
    /// copied instead of escaping the text again; `entities` has the gazetteer entities'
    /// names and attributes as JSON, made once per entity rather than once per mention.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn render_echo(
        &self,
        doc: &Doc<'_>,
        echo: Option<&str>,
        entities: Option<&EntityJson>,
        ann: &Annotations,
        repaired: bool,
        keys: bool,
        json: &mut Vec<u8>,
        csv: &mut Vec<u8>,
    ) -> DocCounts {
        match entities {
            Some(entities) => PIECES.with_borrow_mut(|pieces| {
                pieces.claim(entities);
                let pieces = Some((entities, pieces));
                self.render_line(doc, echo, pieces, ann, repaired, keys, json, csv)
            }),
            None => self.render_line(doc, echo, None, ann, repaired, keys, json, csv),
        }
    }

    /// [`Renderer::render_echo`], with this thread's entity pieces (for `entities`) at hand.
    #[allow(clippy::too_many_arguments)]
    fn render_line(
        &self,
        doc: &Doc<'_>,
        echo: Option<&str>,
        mut entities: Option<(&EntityJson, &mut Pieces)>,
        ann: &Annotations,
        repaired: bool,
        keys: bool,
        json: &mut Vec<u8>,
        csv: &mut Vec<u8>,
    ) -> DocCounts {
        let text: &str = &doc.text;
        let base = doc.body.min(text.len());
        let map = OffsetMap::new(text, self.options.offsets == OffsetUnit::Char);
        let at = |byte: usize| map.get(byte + base);
        let body = &text[base..];
        let mut counts = DocCounts {
            text_bytes: text.len() as u64,
            ..DocCounts::default()
        };
        if keys {
            counts.entities.reserve_exact(ann.matches.mentions.len());
            counts.speakers.reserve_exact(ann.quotes.len());
        }
        let mut j = Json { out: json };
        j.raw("{");
        j.key(true, "id");
        j.str(&doc.id);
        if !self.options.annotations_only {
            for (key, value) in &doc.fields {
                j.key(false, key);
                match value {
                    Value::Str(s) => j.str(s),
                    // Checked by the reader: no line break inside.
                    Value::Json(raw) => j.raw(raw),
                    Value::Raw(raw) => {
                        let raw = raw.get();
                        if memchr::memchr2(b'\n', b'\r', raw.as_bytes()).is_some() {
                            // Whitespace inside a value spread over lines (news-please files):
                            // rewrite compactly so the output stays one line.
                            match serde_json::from_str::<serde_json::Value>(raw) {
                                Ok(v) => {
                                    let _ = serde_json::to_writer(&mut *j.out, &v);
                                }
                                Err(_) => j.raw("null"),
                            }
                        } else {
                            j.raw(raw);
                        }
                    }
                }
            }
            j.raw(",\"text\":");
            match echo {
                Some(escaped) => {
                    j.out.reserve(escaped.len() + 2);
                    j.out.push(b'"');
                    j.raw(escaped);
                    j.out.push(b'"');
                }
                None => j.str(text),
            }
        }
        j.raw(match self.options.offsets {
            OffsetUnit::Char => ",\"offset_unit\":\"char\"",
            OffsetUnit::Byte => ",\"offset_unit\":\"byte\"",
        });

        let a = &ann.analysis;
        j.raw(",\"sentences\":[");
        for (n, (start, end)) in sentence_spans(a).enumerate() {
            if n > 0 {
                j.raw(",");
            }
            j.span(at(start), at(end));
            j.raw("}");
            counts.sentences += 1;
        }
        j.raw("]");
        counts.tokens = a.tokens.len() as u64;
        if self.options.tokens {
            j.raw(",\"tokens\":[");
            for (n, t) in a.tokens.iter().enumerate() {
                if n > 0 {
                    j.raw(",");
                }
                j.span(at(t.span.start), at(t.span.end));
                j.raw(",\"kind\":\"");
                j.raw(t.kind.as_str());
                j.raw("\"}");
            }
            j.raw("]");
        }

        let matches = &ann.matches;
        j.raw(",\"entities\":[");
        for (n, m) in matches.mentions.iter().enumerate() {
            if n > 0 {
                j.raw(",");
            }
            let entity = entity_of(self.gazetteer, matches, m);
            j.span(at(m.start), at(m.end));
            j.raw(",\"text\":");
            j.body_str(body, m.start, m.end);
            j.label(m.label);
            let pieces = match (m.entity, entity, entities.as_mut()) {
                (EntityRef::Known(i), Some(e), Some((json, pieces))) => {
                    pieces.get(json, i, e).map(|at| (&*pieces, at))
                }
                _ => None,
            };
            // The pieces' place in the thread's buffer (the buffer is borrowed again for
            // the attributes below).
            let pieces = pieces.map(|(p, at)| {
                p.copy(at[0], at[1], j.out);
                at
            });
            match pieces {
                Some(_) => {}
                None => {
                    j.raw("\",\"canonical\":");
                    j.opt_str(entity.map(|e| e.canonical.as_str()));
                    j.raw(",\"id\":");
                    j.opt_str(entity.and_then(|e| e.id.as_deref()));
                }
            }
            if m.head.is_none() && m.role.is_none() {
                // Most mentions: one store.
                j.raw(",\"head\":null,\"role\":null");
            } else {
                for (key, span) in [(",\"head\":", m.head), (",\"role\":", m.role)] {
                    j.raw(key);
                    match span {
                        Some((s, e)) => {
                            j.span(at(s), at(e));
                            j.raw(",\"text\":");
                            j.body_str(body, s, e);
                            j.raw("}");
                        }
                        None => j.raw("null"),
                    }
                }
            }
            j.source(m.source);
            match (pieces, entity) {
                (Some(at), _) => {
                    if let Some((_, p)) = entities.as_ref() {
                        p.copy(at[1], at[2], j.out);
                    }
                }
                (None, Some(e)) if !e.attrs.is_empty() => {
                    j.raw(",\"attrs\":");
                    write_attrs(&mut j, e);
                }
                _ => {}
            }
            j.raw("}");
            if keys {
                counts.entities.push(entity_key(matches, m));
            }
        }
        j.raw("]");
        counts.mentions = matches.mentions.len() as u64;

        j.raw(",\"quotes\":[");
        for (n, q) in ann.quotes.iter().enumerate() {
            if n > 0 {
                j.raw(",");
            }
            self.write_quote(&mut j, body, &at, matches, q, keys.then_some(&mut counts));
        }
        j.raw("]");
        counts.quotes = ann.quotes.len() as u64;
        if repaired {
            j.raw(",\"repaired\":true");
        }
        j.raw("}\n");

        if let Some(style) = self.csv {
            self.csv_rows(style, doc, body, &at, matches, &ann.quotes, csv);
        }
        counts
    }

    fn write_quote(
        &self,
        j: &mut Json<'_>,
        body: &str,
        at: &impl Fn(usize) -> usize,
        matches: &Matches,
        q: &Quote,
        counts: Option<&mut DocCounts>,
    ) {
        j.span(at(q.span.start), at(q.span.end));
        j.raw(",\"text\":");
        j.str(slice(body, q.span.start, q.span.end));
        j.quote_kind(q.kind);
        j.raw(",\"speaker\":");
        match &q.speaker {
            Some(sp) => {
                let mention = sp.mention.filter(|&i| i < matches.mentions.len());
                let entity =
                    mention.and_then(|i| entity_of(self.gazetteer, matches, &matches.mentions[i]));
                // The entity's canonical name; without one, the name the quotes crate
                // resolved (a pronoun's antecedent, or the phrase itself).
                let resolved = entity
                    .map(|e| e.canonical.as_str())
                    .or_else(|| sp.resolved.map(|r| slice(body, r.start, r.end)));
                j.span(at(sp.span.start), at(sp.span.end));
                j.raw(",\"text\":");
                let written = slice(body, sp.span.start, sp.span.end);
                j.body_str(body, sp.span.start, sp.span.end);
                j.raw(",\"resolved\":");
                j.opt_str(resolved);
                j.raw(",\"entity\":");
                j.opt_str(entity.and_then(|e| e.id.as_deref()));
                j.raw(",\"mention\":");
                match mention {
                    Some(i) => j.num(i),
                    None => j.raw("null"),
                }
                j.raw("}");
                if let Some(counts) = counts {
                    counts.speakers.push(match mention {
                        Some(i) => entity_key(matches, &matches.mentions[i]),
                        None => speaker_key(written, resolved),
                    });
                }
            }
            None => j.raw("null"),
        }
        j.raw(",\"cue\":");
        match &q.cue {
            Some(cue) => {
                j.raw("{\"text\":\"");
                // As cue_text joins them, without building the string.
                let mut any = false;
                for span in &cue.spans {
                    let part = slice(body, span.start, span.end);
                    if any {
                        j.raw(CUE_JOIN);
                    }
                    write_json_str_content(j.out, part);
                    any |= !part.is_empty();
                }
                j.raw("\",\"spans\":[");
                for (n, s) in cue.spans.iter().enumerate() {
                    if n > 0 {
                        j.raw(",");
                    }
                    j.span(at(s.start), at(s.end));
                    j.raw("}");
                }
                j.raw("]}");
            }
            None => j.raw("null"),
        }
        j.raw(",\"group\":");
        match q.group {
            Some(g) => j.num(g as usize),
            None => j.raw("null"),
        }
        j.raw("}");
    }

    #[allow(clippy::too_many_arguments)]
    fn csv_rows(
        &self,
        style: CsvStyle,
        doc: &Doc<'_>,
        body: &str,
        at: &impl Fn(usize) -> usize,
        matches: &Matches,
        quotes: &[Quote],
        out: &mut Vec<u8>,
    ) {
        if quotes.is_empty() {
            return;
        }
        let mut w = style.writer(&mut *out);
        for q in quotes {
            let speaker = q.speaker.as_ref();
            let mention = speaker
                .and_then(|sp| sp.mention)
                .and_then(|i| matches.mentions.get(i));
            let entity = mention.and_then(|m| entity_of(self.gazetteer, matches, m));
            let attrs = match entity.filter(|e| !e.attrs.is_empty()) {
                Some(e) => {
                    let mut buf = Vec::new();
                    write_attrs(&mut Json { out: &mut buf }, e);
                    String::from_utf8(buf).unwrap_or_default()
                }
                None => String::new(),
            };
            let start = at(q.span.start).to_string();
            let end = at(q.span.end).to_string();
            let cue = q
                .cue
                .as_ref()
                .map(|c| cue_text(body, c))
                .unwrap_or_default();
            // (Empty when the quote stands alone, as `null` in the JSONL.)
            let group = q.group.map(|g| g.to_string()).unwrap_or_default();
            let row: [&str; 12] = [
                &doc.id,
                doc.date.as_deref().unwrap_or(""),
                &start,
                &end,
                q.kind.as_str(),
                slice(body, q.span.start, q.span.end),
                speaker.map_or("", |sp| slice(body, sp.span.start, sp.span.end)),
                entity.map(|e| e.canonical.as_str()).unwrap_or_else(|| {
                    speaker
                        .and_then(|sp| sp.resolved)
                        .map_or("", |r| slice(body, r.start, r.end))
                }),
                entity.and_then(|e| e.id.as_deref()).unwrap_or(""),
                &attrs,
                &cue,
                &group,
            ];
            // Writing into a Vec cannot fail.
            let _ = w.write_record(row);
        }
        let _ = w.flush();
    }
}

/// Every gazetteer entity's JSON pieces, each made the first time a mention of it is
/// written and then copied: `","canonical":…,"id":…` (after the label) and
/// `,"attrs":{…}` (or nothing). A news text mentions the same few hundred entities again and
/// again, and escaping their names, ids and attributes anew was about a tenth of rendering.
///
/// Each worker thread keeps the pieces it has written: in one buffer, in the order first
/// written, found through a small hash table. (A table shared by all threads, with a slot
/// for every entity of the gazetteer, missed the cache on nearly every mention.) One per
/// [`crate::pipeline::Models`]; a thread's pieces are bounded by the gazetteer and by 64 MB,
/// not by the corpus.
pub struct EntityJson {
    /// Tells apart the models whose pieces a thread holds.
    id: u64,
    /// Entities of the gazetteer: valid indices are below.
    count: usize,
}

impl EntityJson {
    /// For `count` entities (the gazetteer's [`Gazetteer::entity_count`]).
    pub fn new(count: usize) -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
        EntityJson {
            id: NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed),
            count,
        }
    }

    /// Tells apart the models (for caches per thread, such as [`PIECES`]).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }
}

impl std::fmt::Debug for EntityJson {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "EntityJson({} entities)", self.count)
    }
}

/// Pieces up to this long are copied as a fixed-length window ([`Pieces::copy`]).
const PIECE_WINDOW: usize = 64;

/// A thread's pieces stop growing at this size (entities beyond it are written directly).
const PIECES_MAX_BYTES: usize = 64 << 20;

thread_local! {
    static PIECES: RefCell<Pieces> = RefCell::new(Pieces::default());
}

/// One thread's entity pieces ([`EntityJson`]): an open-addressing table from entity index
/// to the pieces' place in `bytes`.
#[derive(Default)]
struct Pieces {
    /// The [`EntityJson::id`] these belong to.
    owner: u64,
    /// Per slot, the entity index plus one (0: empty); a power of two long.
    slots: Vec<u32>,
    /// Per slot, where its pieces lie in `bytes`: start, end of the names, end.
    at: Vec<[u32; 3]>,
    /// Slots taken.
    used: usize,
    bytes: Vec<u8>,
}

impl Pieces {
    /// Makes these the pieces of `entities`, forgetting those of other models.
    fn claim(&mut self, entities: &EntityJson) {
        if self.owner != entities.id {
            *self = Pieces {
                owner: entities.id,
                ..Pieces::default()
            };
        }
    }

    /// Where the pieces of gazetteer entity `index` (which is `entity`) lie, made on first
    /// sight; `None` for an index beyond `entities`' room or once the buffer is full.
    #[inline]
    fn get(&mut self, entities: &EntityJson, index: u32, entity: &Entity) -> Option<[u32; 3]> {
        let key = index
            .checked_add(1)
            .filter(|_| (index as usize) < entities.count)?;
        if self.slots.is_empty() {
            self.resize(1 << 10);
        }
        let mut slot = self.slot_of(key);
        loop {
            match self.slots[slot] {
                k if k == key => return Some(self.at[slot]),
                0 => break,
                _ => slot = (slot + 1) & (self.slots.len() - 1),
            }
        }
        let start = self.bytes.len();
        if start > PIECES_MAX_BYTES {
            return None;
        }
        let mut j = Json {
            out: &mut self.bytes,
        };
        j.raw("\",\"canonical\":");
        j.str(&entity.canonical);
        j.raw(",\"id\":");
        j.opt_str(entity.id.as_deref());
        let split = j.out.len();
        if !entity.attrs.is_empty() {
            j.raw(",\"attrs\":");
            write_attrs(&mut j, entity);
        }
        let at = [start as u32, split as u32, self.bytes.len() as u32];
        self.slots[slot] = key;
        self.at[slot] = at;
        self.used += 1;
        if self.used * 2 > self.slots.len() {
            self.resize(self.slots.len() * 2);
        }
        Some(at)
    }

    /// The first slot to try for `key`: its upper bits after a multiplicative hash.
    #[inline]
    fn slot_of(&self, key: u32) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (key.wrapping_mul(0x9e37_79b9) >> (32 - bits)) as usize
    }

    /// Rehashes into `len` slots (a power of two).
    fn resize(&mut self, len: usize) {
        let old = std::mem::replace(&mut self.slots, vec![0; len]);
        let old_at = std::mem::replace(&mut self.at, vec![[0; 3]; len]);
        for (key, at) in old.into_iter().zip(old_at).filter(|(key, _)| *key != 0) {
            let mut slot = self.slot_of(key);
            while self.slots[slot] != 0 {
                slot = (slot + 1) & (len - 1);
            }
            self.slots[slot] = key;
            self.at[slot] = at;
        }
    }

    /// Appends `bytes[start..end]` (the names or the attributes of an entity's pieces) to
    /// `out`. A piece of at most [`PIECE_WINDOW`] bytes (nearly all) is copied as a whole
    /// window of the buffer and cut back to its length: a fixed-length copy is a few wide
    /// moves, a variable-length one a call to `memcpy` for every mention.
    #[inline]
    fn copy(&self, start: u32, end: u32, out: &mut Vec<u8>) {
        let (start, end) = (start as usize, end as usize);
        let len = end.saturating_sub(start);
        if len <= PIECE_WINDOW {
            let window = self.bytes.get(start..start + PIECE_WINDOW);
            if let Some(Ok(window)) = window.map(<&[u8; PIECE_WINDOW]>::try_from) {
                let at = out.len();
                out.extend_from_slice(window);
                out.truncate(at + len);
                return;
            }
        }
        out.extend_from_slice(self.bytes.get(start..end).unwrap_or_default());
    }
}

/// An entity's attributes as a JSON object, in list order.
fn write_attrs(j: &mut Json<'_>, e: &Entity) {
    j.raw("{");
    for (n, (k, v)) in e.attrs.iter().enumerate() {
        j.key(n == 0, k);
        j.str(v);
    }
    j.raw("}");
}

/// What joins the parts of a discontinuous cue.
const CUE_JOIN: &str = " … ";

/// A cue's text: its parts joined by ` … ` (`fügte … an`), as the quotation corpora write
/// discontinuous cues.
pub fn cue_text(body: &str, cue: &wortlaut_quotes::Cue) -> String {
    let mut s = String::new();
    for span in &cue.spans {
        if !s.is_empty() {
            s.push_str(CUE_JOIN);
        }
        s.push_str(slice(body, span.start, span.end));
    }
    s
}

/// Sentence byte spans, skipping empty or out-of-range token ranges.
fn sentence_spans(a: &Analysis) -> impl Iterator<Item = (usize, usize)> + '_ {
    a.sentences.iter().filter_map(|r| {
        let first = a.tokens.get(r.start)?;
        let last = a.tokens.get(r.end.checked_sub(1)?)?;
        (r.start < r.end).then_some((first.span.start, last.span.end))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ascii_byte_is_escaped_as_serde_json_does() {
        for b in 0u8..0x80 {
            // Each byte alone, and inside a run long enough for the word-at-a-time path.
            for s in [
                (b as char).to_string(),
                format!("Grüße aus Köln{}Straße „x“ 0123456789", b as char),
            ] {
                let mut out = Vec::new();
                write_json_str(&mut out, &s);
                assert_eq!(
                    String::from_utf8(out).unwrap(),
                    serde_json::to_string(&s).unwrap(),
                    "byte {b:#04x}"
                );
            }
        }
    }

    #[test]
    fn numbers_are_written_as_itoa_writes_them() {
        // Every number below 10^5, every digit-count boundary, a stride through 10^8 and
        // numbers past it (the itoa path). (All of 0..10^8 was checked once outside the tests.)
        let mut numbers: Vec<usize> = (0..100_000).collect();
        for p in 1..=12 {
            let b = 10usize.pow(p);
            numbers.extend([b - 1, b, b + 1]);
        }
        numbers.extend((0..100_000_000).step_by(9_973));
        numbers.extend([99_999_999, 100_000_000, u32::MAX as usize, usize::MAX]);
        let mut out = Vec::new();
        for n in numbers {
            out.clear();
            Json { out: &mut out }.num(n);
            assert_eq!(out, itoa::Buffer::new().format(n).as_bytes(), "{n}");
        }
    }

    #[test]
    fn digit_pairs_are_written_as_itoa_writes_them() {
        for a in 0..10_000u32 {
            for b in [0, 7, 10, 99, 100, 999, 1000, 9999, a, 9999 - a] {
                let ((a_digits, a_len), (b_digits, b_len)) = digits4_pair(a, b);
                assert_eq!(&a_digits.to_le_bytes()[..a_len], a.to_string().as_bytes());
                assert_eq!(&b_digits.to_le_bytes()[..b_len], b.to_string().as_bytes());
            }
        }
    }

    #[test]
    fn spans_are_written_as_format_writes_them() {
        let mut numbers: Vec<usize> = (0..1000).step_by(7).collect();
        for p in 1..=10 {
            let b = 10usize.pow(p);
            numbers.extend([b - 1, b, b + 1]);
        }
        numbers.push(usize::MAX);
        let mut out = Vec::new();
        for &start in &numbers {
            for &end in &numbers {
                out.clear();
                out.extend_from_slice(b"[");
                Json { out: &mut out }.span(start, end);
                let want = format!("[{{\"start\":{start},\"end\":{end}");
                assert_eq!(String::from_utf8_lossy(&out), want);
            }
        }
    }

    #[test]
    fn labels_sources_and_kinds_are_written_by_their_names() {
        let labels = [
            Label::Per,
            Label::Loc,
            Label::Org,
            Label::LocDeriv,
            Label::PerPart,
            Label::LocPart,
            Label::OrgPart,
        ];
        for label in labels {
            let mut out = Vec::new();
            Json { out: &mut out }.label(label);
            assert_eq!(out, format!(",\"label\":\"{}", label.as_str()).as_bytes());
        }
        for source in [Source::List, Source::Rule, Source::Document] {
            let mut out = Vec::new();
            Json { out: &mut out }.source(source);
            assert_eq!(
                out,
                format!(",\"source\":\"{}\"", source.as_str()).as_bytes()
            );
        }
        for kind in [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Reported] {
            let mut out = Vec::new();
            Json { out: &mut out }.quote_kind(kind);
            assert_eq!(out, format!(",\"kind\":\"{}\"", kind.as_str()).as_bytes());
        }
    }

    #[test]
    fn body_strings_are_written_as_write_json_str_writes_them() {
        // Escapes inside, at and just past the window's edges, multi-byte chars, spans near
        // the end of the body (no full window) and bad spans.
        let body = "Grüße\"aus\\Köln\n„Straße“\t0123456789abcdefghijklmnopqrstuvwxyz\u{1}Ende";
        let mut spans = Vec::new();
        for start in 0..=body.len() + 1 {
            for end in start.saturating_sub(1)..=body.len() + 1 {
                spans.push((start, end));
            }
        }
        for (start, end) in spans {
            let mut fast = Vec::new();
            Json { out: &mut fast }.body_str(body, start, end);
            let mut plain = Vec::new();
            write_json_str(&mut plain, slice(body, start, end));
            assert_eq!(fast, plain, "{start}..{end}");
        }
    }

    #[test]
    fn pieces_are_copied_whole_by_window_and_at_the_buffer_end() {
        let bytes: Vec<u8> = (0..200u8).collect();
        let pieces = Pieces {
            bytes: bytes.clone(),
            ..Pieces::default()
        };
        // Short and long pieces, pieces whose window runs past the end, bad ranges.
        for (start, end) in [
            (0, 0),
            (0, 5),
            (3, 67),
            (10, 80),
            (150, 200),
            (190, 200),
            (199, 200),
        ] {
            let mut out = b"head".to_vec();
            pieces.copy(start, end, &mut out);
            assert_eq!(
                &out[4..],
                &bytes[start as usize..end as usize],
                "{start}..{end}"
            );
        }
        for (start, end) in [(5, 3), (190, 210), (300, 301)] {
            let mut out = b"head".to_vec();
            pieces.copy(start, end, &mut out);
            assert_eq!(out, b"head", "{start}..{end}");
        }
    }

    #[test]
    fn the_block_search_finds_every_byte_to_escape() {
        for b in 0u8..0x80 {
            for at in [0, 7, 15, 16, 31, 40] {
                let mut s = vec![b'a'; 48];
                s[at] = b;
                let s = String::from_utf8(s).unwrap();
                let expected = if ESCAPE[b as usize] != 0 { at } else { 48 };
                assert_eq!(next_escape(s.as_bytes()), expected, "{b:#04x} at {at}");
            }
        }
        assert_eq!(
            next_escape("Grüße „aus“ Köln, 0123456789 — ohne Escape".as_bytes()),
            51
        );
    }
}
