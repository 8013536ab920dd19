//! Byte offsets to char (code point) offsets, at the output edge.
//!
//! Every stage works in UTF-8 byte offsets; `--offsets char` (the default) converts them once,
//! while the output line is written. Spans arrive in no fixed order (sentences, then entities
//! with their heads and roles inside them, then quotes with speakers and cues before or after
//! them), so every answer costs the same wherever it lies: one pass over the text notes the
//! chars before every 64-byte block, and an answer adds the chars of its block before the
//! offset, counted over the whole block at once with a mask (a few wide compares, no loop
//! whose length depends on the offset, no branch on where the last answer was).

use std::cell::Cell;

/// Bytes per block: a table entry per block, an answer counts within one block.
const BLOCK: usize = 64;

/// Blocks per super block. A block's entry counts from its super block's start, so that it
/// fits in a `u32` (four bytes per 64 of text) for any text length. Tests use a small one,
/// so that texts of a few hundred bytes cross super blocks.
#[cfg(not(test))]
const SUPER_BLOCKS: usize = 1 << 20;
#[cfg(test)]
const SUPER_BLOCKS: usize = 4;

/// Table capacity (entries) a thread keeps between texts at most: those of a 64 MB text.
const KEEP_BLOCKS: usize = 1 << 20;

/// The tables of one text, kept by each thread for its next text (a fresh table per
/// document cost an allocation and its page faults).
#[derive(Debug, Default)]
struct Tables {
    /// Chars before each block, from the start of its super block.
    blocks: Vec<u32>,
    /// Chars before each super block.
    supers: Vec<usize>,
}

thread_local! {
    static SPARE: Cell<Tables> = Cell::new(Tables::default());
}

/// Converts byte offsets of one text into char offsets (or leaves them as bytes).
#[derive(Debug)]
pub struct OffsetMap<'a> {
    bytes: &'a [u8],
    /// Offsets stay as they are: byte offsets were asked for, or the text is ASCII.
    identity: bool,
    tables: Tables,
    /// Chars in the whole text (the answer for its end, which has no block of its own when
    /// the length is a multiple of [`BLOCK`]).
    total: usize,
}

impl<'a> OffsetMap<'a> {
    /// A map for `text`; with `chars == false` every offset is returned unchanged.
    pub fn new(text: &'a str, chars: bool) -> Self {
        let bytes = text.as_bytes();
        // Stops at the first non-ASCII byte: a few bytes into a German text.
        let identity = !chars || bytes.is_ascii();
        let mut map = OffsetMap {
            bytes,
            identity,
            tables: Tables::default(),
            total: bytes.len(),
        };
        if !identity {
            map.tables = SPARE.take();
            map.build();
        }
        map
    }

    /// Counts the chars of every block, noting the count before each.
    fn build(&mut self) {
        let Tables { blocks, supers } = &mut self.tables;
        blocks.clear();
        supers.clear();
        blocks.reserve(self.bytes.len() / BLOCK + 1);
        let mut before_super = 0;
        let mut within = 0u32;
        for sup in self.bytes.chunks(BLOCK * SUPER_BLOCKS) {
            before_super += within as usize;
            within = 0;
            supers.push(before_super);
            let full = sup.chunks_exact(BLOCK);
            let rest = full.remainder();
            // At most 64 per block and 2^20 blocks per super block: no overflow.
            blocks.extend(full.map(|block| {
                let before = within;
                within += <&[u8; BLOCK]>::try_from(block)
                    .map_or_else(|_| chars_in(block), starts_in) as u32;
                before
            }));
            if !rest.is_empty() {
                blocks.push(within);
                within += chars_in(rest) as u32;
            }
        }
        self.total = before_super + within as usize;
    }

    /// The offset to write for byte offset `byte` (clamped to the text's length).
    #[inline]
    pub fn get(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.identity {
            return byte;
        }
        let block = byte / BLOCK;
        let (Some(&within), Some(&before_super)) = (
            self.tables.blocks.get(block),
            self.tables.supers.get(block / SUPER_BLOCKS),
        ) else {
            // Only the end of a text whose length is a multiple of BLOCK has no block.
            return self.total;
        };
        let start = block * BLOCK;
        let part = match self
            .bytes
            .get(start..start + BLOCK)
            .map(<&[u8; BLOCK]>::try_from)
        {
            Some(Ok(full)) => starts_before(full, byte - start),
            _ => chars_in(&self.bytes[start..byte]),
        };
        before_super + within as usize + part
    }
}

impl Drop for OffsetMap<'_> {
    fn drop(&mut self) {
        // A giant text's table is let go rather than kept for the next one.
        if self.tables.blocks.capacity() > 0 && self.tables.blocks.capacity() <= KEEP_BLOCKS {
            SPARE.set(std::mem::take(&mut self.tables));
        }
    }
}

/// Chars starting among the first `n` bytes of `block` (non-continuation bytes at an index
/// below `n`): every byte is looked at, and-ed with the row of [`PREFIX`] for `n`, so that
/// the compiler makes a handful of wide compares, ands and adds of it, whatever `n` is.
#[inline]
fn starts_before(block: &[u8; BLOCK], n: usize) -> usize {
    let keep = &PREFIX[n.min(BLOCK)];
    block.iter().zip(keep).fold(0u8, |acc, (&b, &keep)| {
        acc + (u8::from((b as i8) >= -0x40) & keep)
    }) as usize
}

/// Row `n`: ones for the first `n` bytes of a block, then zeros.
static PREFIX: [[u8; BLOCK]; BLOCK + 1] = {
    let mut t = [[0u8; BLOCK]; BLOCK + 1];
    let mut n = 0;
    while n <= BLOCK {
        let mut i = 0;
        while i < n {
            t[n][i] = 1;
            i += 1;
        }
        n += 1;
    }
    t
};

/// Chars starting in a whole block.
#[inline]
fn starts_in(block: &[u8; BLOCK]) -> usize {
    block
        .iter()
        .fold(0u8, |acc, &b| acc + u8::from((b as i8) >= -0x40)) as usize
}

/// Number of chars starting in `bytes`: every byte that is not a UTF-8 continuation byte.
/// Counted in byte-wide lanes over blocks short enough that a lane cannot overflow, which
/// the compiler turns into wide byte compares and adds (a plain `filter().count()` widens
/// every byte to a 64-bit counter).
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
        // Whole blocks exactly, then more, so block edges and the end are both exercised.
        let mut text = "ü".repeat(128);
        assert_eq!(text.len(), 4 * BLOCK);
        let map = OffsetMap::new(&text, true);
        assert_eq!(map.get(text.len()), 128);
        assert_eq!(map.get(BLOCK), 32);
        drop(map);
        text.push_str(&"Grüße aus Köln – „Straße“ 😀 ".repeat(40));
        let map = OffsetMap::new(&text, true);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(map.get(bi), ci, "byte {bi}");
        }
        assert_eq!(map.get(text.len()), text.chars().count());
        assert_eq!(map.get(text.len() + 5), text.chars().count());
        // Backwards and jumping around give the same answers.
        let all: Vec<_> = text.char_indices().map(|(b, _)| b).collect();
        for (ci, &bi) in all.iter().enumerate().rev().step_by(7) {
            assert_eq!(map.get(bi), ci, "byte {bi}");
            assert_eq!(map.get(all[ci / 2]), ci / 2);
        }
    }

    #[test]
    fn a_reused_table_answers_for_its_new_text() {
        let long = "Grüße aus Köln – „Straße“ 😀 ".repeat(60);
        let short = "ääää Öl";
        for text in [long.as_str(), short, long.as_str(), "", "ö"] {
            let map = OffsetMap::new(text, true);
            for (ci, (bi, _)) in text.char_indices().enumerate() {
                assert_eq!(map.get(bi), ci, "byte {bi} of {} bytes", text.len());
            }
            assert_eq!(map.get(text.len()), text.chars().count());
        }
    }

    #[test]
    fn super_blocks_carry_their_counts() {
        // Past the first super blocks: their entries count from their own start.
        let text = "ä".repeat(SUPER_BLOCKS * BLOCK + 40);
        let map = OffsetMap::new(&text, true);
        let edge = SUPER_BLOCKS * BLOCK;
        for byte in [
            edge - 2,
            edge,
            edge + 2,
            edge + BLOCK + 6,
            2 * edge + 2,
            text.len(),
        ] {
            assert_eq!(map.get(byte), byte / 2, "byte {byte}");
        }
        assert_eq!(map.tables.supers.len(), 3);
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
