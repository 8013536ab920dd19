//! Byte offsets to char (code point) offsets, at the output edge.
//!
//! Every stage works in UTF-8 byte offsets; `--offsets char` (the default) converts them once,
//! while the output line is written. Spans arrive in no fixed order (sentences, then entities,
//! then quotes), so the converter answers any byte offset in O(block) time from a table of
//! char counts taken every 256 bytes, instead of rescanning from the start; offsets in
//! increasing order (the usual case) count on from the previous answer.

use std::cell::Cell;

/// Bytes per table entry: a lookup counts at most this many bytes.
const BLOCK: usize = 256;

/// Converts byte offsets of one text into char offsets (or leaves them as bytes).
#[derive(Debug)]
pub struct OffsetMap<'a> {
    bytes: &'a [u8],
    /// Chars before each block; `None` when offsets stay in bytes or the text is ASCII.
    table: Option<Vec<usize>>,
    /// The last answer `(byte, char)`: spans mostly come in increasing order (sentences,
    /// tokens, mentions), so counting on from there is usually shortest.
    last: Cell<(usize, usize)>,
}

impl<'a> OffsetMap<'a> {
    /// A map for `text`; with `chars == false` every offset is returned unchanged.
    pub fn new(text: &'a str, chars: bool) -> Self {
        let bytes = text.as_bytes();
        if !chars || bytes.is_ascii() {
            return OffsetMap {
                bytes,
                table: None,
                last: Cell::new((0, 0)),
            };
        }
        let mut table = Vec::with_capacity(bytes.len() / BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(BLOCK) {
            table.push(count);
            count += chars_in(block);
        }
        // One entry past the end, so `get(text.len())` finds its block when the length is a
        // multiple of BLOCK.
        table.push(count);
        OffsetMap {
            bytes,
            table: Some(table),
            last: Cell::new((0, 0)),
        }
    }

    /// The offset to write for byte offset `byte` (clamped to the text's length).
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        let Some(table) = &self.table else {
            return byte;
        };
        let (last_byte, last_char) = self.last.get();
        let block = byte / BLOCK;
        let chars = if byte >= last_byte && byte - last_byte < byte - block * BLOCK {
            last_char + chars_in(&self.bytes[last_byte..byte])
        } else {
            table.get(block).copied().unwrap_or(0) + chars_in(&self.bytes[block * BLOCK..byte])
        };
        self.last.set((byte, chars));
        chars
    }
}

/// Number of chars starting in `bytes`: every byte that is not a UTF-8 continuation byte.
/// Counted in byte-wide lanes over blocks short enough that a lane cannot overflow, which
/// the compiler turns into wide byte compares and adds (a plain `filter().count()` widens
/// every byte to a 64-bit counter, slow on long texts and on the short gaps between spans).
fn chars_in(bytes: &[u8]) -> usize {
    bytes
        .chunks(255)
        .map(|block| {
            block
                .iter()
                .fold(0u8, |acc, &b| acc + u8::from((b as i8) >= -0x40)) as usize
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_indices_everywhere() {
        // 256 bytes exactly once, then more, so block edges and the end are both exercised.
        let mut text = "ü".repeat(128);
        assert_eq!(text.len(), BLOCK);
        let map = OffsetMap::new(&text, true);
        assert_eq!(map.get(text.len()), 128);
        text.push_str(&"Grüße aus Köln – „Straße“ 😀 ".repeat(40));
        let map = OffsetMap::new(&text, true);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.get(bi), ci, "byte {bi}");
        }
        assert_eq!(map.get(text.len()), text.chars().count());
        // Backwards and jumping around give the same answers.
        let all: Vec<_> = text.char_indices().map(|(b, _)| b).collect();
        for (ci, &bi) in all.iter().enumerate().rev().step_by(7) {
            assert_eq!(map.get(bi), ci, "byte {bi}");
            assert_eq!(map.get(all[ci / 2]), ci / 2);
        }
    }

    #[test]
    fn bytes_and_ascii_are_identity() {
        let text = "Grüße";
        let map = OffsetMap::new(text, false);
        assert_eq!(map.get(3), 3);
        let map = OffsetMap::new("plain ascii", true);
        assert_eq!(map.get(5), 5);
    }
}
