//! Byte offsets to char (code point) offsets, at the output edge.
//!
//! Every stage works in UTF-8 byte offsets; `--offsets char` (the default) converts them once,
//! while the output line is written. Spans arrive in no fixed order (sentences, then entities,
//! then quotes), but each kind in increasing order: the converter counts on from its previous
//! answer, and while counting forward it notes the char count at every 256-byte block start,
//! so a jump back (the first entity after the last sentence) costs at most one block. The
//! text is counted in one pass overall, not once for a table and again for the answers.

use std::cell::{Cell, RefCell};

/// Bytes per table entry: a lookup behind the furthest offset counts at most this many bytes.
const BLOCK: usize = 256;

/// Converts byte offsets of one text into char offsets (or leaves them as bytes).
#[derive(Debug)]
pub struct OffsetMap<'a> {
    bytes: &'a [u8],
    /// Offsets stay as they are: byte offsets were asked for, or the text is ASCII.
    identity: bool,
    /// Chars before block `i`'s first byte, for every block starting at or before
    /// `furthest`.
    table: RefCell<Vec<usize>>,
    /// The furthest offset answered so far, `(byte, char)`.
    furthest: Cell<(usize, usize)>,
    /// The last answer `(byte, char)`: each kind of span comes in increasing order, so
    /// counting on from there is usually shortest.
    last: Cell<(usize, usize)>,
}

impl<'a> OffsetMap<'a> {
    /// A map for `text`; with `chars == false` every offset is returned unchanged.
    pub fn new(text: &'a str, chars: bool) -> Self {
        let bytes = text.as_bytes();
        // Stops at the first non-ASCII byte: a few bytes into a German text.
        let identity = !chars || bytes.is_ascii();
        let mut table = Vec::new();
        if !identity {
            table.reserve(bytes.len() / BLOCK + 1);
            table.push(0);
        }
        OffsetMap {
            bytes,
            identity,
            table: RefCell::new(table),
            furthest: Cell::new((0, 0)),
            last: Cell::new((0, 0)),
        }
    }

    /// The offset to write for byte offset `byte` (clamped to the text's length).
    #[inline]
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.identity {
            return byte;
        }
        let (far_byte, far_char) = self.furthest.get();
        let chars = if byte >= far_byte {
            let chars = self.extend(far_byte, far_char, byte);
            self.furthest.set((byte, chars));
            chars
        } else {
            let (last_byte, last_char) = self.last.get();
            let block = byte / BLOCK;
            if byte >= last_byte && byte - last_byte < byte - block * BLOCK {
                last_char + chars_in(&self.bytes[last_byte..byte])
            } else {
                // Every block starting at or before `far_byte` has its entry.
                let before = self.table.borrow().get(block).copied().unwrap_or(0);
                before + chars_in(&self.bytes[block * BLOCK..byte])
            }
        };
        self.last.set((byte, chars));
        chars
    }

    /// Counts from `(from, chars)` forward to `to`, noting each block start passed.
    fn extend(&self, mut from: usize, mut chars: usize, to: usize) -> usize {
        let mut table = self.table.borrow_mut();
        loop {
            let next = table.len() * BLOCK;
            if next > to {
                break;
            }
            chars += chars_in(&self.bytes[from..next]);
            table.push(chars);
            from = next;
        }
        chars + chars_in(&self.bytes[from..to])
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
    fn a_first_jump_to_the_end_then_back_is_exact() {
        let text = "Grüße aus Köln – „Straße“ 😀 ".repeat(60);
        let map = OffsetMap::new(&text, true);
        assert_eq!(map.get(text.len()), text.chars().count());
        let all: Vec<_> = text.char_indices().map(|(b, _)| b).collect();
        for (ci, &bi) in all.iter().enumerate().rev() {
            assert_eq!(map.get(bi), ci, "byte {bi}");
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
