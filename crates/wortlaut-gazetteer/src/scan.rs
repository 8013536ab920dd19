//! The candidate scan: list-name candidates on word or hyphen boundaries, in text order,
//! non-overlapping (rule `whole_word` of `matcher.rs`: leftmost-longest among the
//! candidates whose ends are boundaries), with genitive endings checked at match time.
//!
//! The text goes by blocks of 64 bytes: bit masks of its word chars ([`window_masks`]) give
//! the words, and one branch-free pass over all of a block's words ([`flag_words`]) puts
//! each to two cheap filters, a sieve of first words and a filter of in-word tails. Only
//! the words they flag (about one in five) take the exact path: the first-word Bloom
//! filter, the trie walk resumed after the word ([`FirstStates`]), the in-word search.
//! Words the masks cannot settle (other scripts, a char cut by a block's edge) go char by
//! char; quote marks and dashes (U+2000..U+203F) whole in a block are no word chars there.
//!
//! [`FirstStates`]: crate::build::FirstStates

use crate::build::{
    bloom_hash, load8, mix_hash, prefetch, sieve_answer, sieve_hash, Inner, SieveTable, TITLE_FLAG,
};
use crate::data::{GEN_APOSTROPHE, GEN_ES, GEN_S};
use crate::text::{
    char_at, left_edge, non_alnum, right_edge, window_masks, word_end, Edge, WindowMasks,
};
use aho_corasick::Input;
use std::num::NonZeroU64;

/// A candidate from the scan.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub s: usize,
    pub e: usize,
    pub pid: u32,
    pub left: Edge,
    pub right: Edge,
    /// Extended by a genitive ending (`Russlands`).
    pub genitive: bool,
    /// The pattern's [`PatInfo::title`], read here beside its genitive flags: the resolver's
    /// pass over all candidates for titles then reads no pattern.
    ///
    /// [`PatInfo::title`]: crate::build::PatInfo
    pub title: bool,
}

/// Next char boundary after `i`.
#[inline]
fn next_char(text: &str, i: usize) -> usize {
    i + char_at(text, i).map_or(1, char::len_utf8)
}

/// Finds where patterns may start, in text order, word by word: a word (a run of word
/// chars) is skipped as a whole unless the first-word filters let a pattern start there
/// ([`Prefixes`]); the starts of the patterns that may begin inside a word are found by
/// their own small unanchored automaton, searched only in the words whose ending the tail
/// filter lets through.
///
/// [`Prefixes`]: crate::build::Prefixes
struct Starts<'t> {
    text: &'t str,
    /// Take the word-at-a-time path ([`Self::words`]) where the lists allow it.
    fast: bool,
    /// For [`Self::at_other`]: the next start of an in-word pattern at or after the cursor
    /// (`usize::MAX`: none).
    next_inside: usize,
    /// The 64-byte block (at a multiple of 64 from the text's start) whose masks
    /// [`Self::block`] computed last (`usize::MAX`: none), and its masks: after a candidate
    /// or a word left to the char path, the scan goes on in the same block without
    /// computing its masks again.
    block_at: usize,
    block: WindowMasks,
    /// For the text's first and last blocks: the eight bytes before the block, its bytes
    /// and the eight after it (zero outside the text), for the loads of [`flag_words`]
    /// (other blocks have them in the text).
    buf: [u8; 80],
    /// The word starts of the block that [`flag_words`] flagged, valid for the starts at or
    /// after offset `flagged_from` (65: none computed yet for this block).
    flags: Flags,
    flagged_from: usize,
    /// The last candidate too long for a [`Packed`] ([`Self::pack`]).
    big: Start,
}

/// What [`Starts::one_word`] found.
enum WordStep {
    /// A candidate.
    Found(Packed),
    /// None in the word: go on from its end.
    Next(usize),
    /// A word for [`Starts::step`], which starts here.
    Stop(usize),
}

/// A candidate of [`Starts::next`]: `(start, end, pattern, left edge)`.
type Start = (usize, usize, usize, Edge);

/// Candidates this long or longer (or of a pattern above `u32::MAX`) do not fit a [`Packed`]
/// (none in real lists): [`Starts::pack`] keeps them aside.
const PACKED_LEN_LIMIT: usize = 1 << 30;

/// A [`Start`] packed into two words, as [`Starts::word`] and [`Starts::next`] return it:
/// the start, and the pattern (bits 32..64), the left edge plus one (bits 30..32) and the
/// length (bits 0..30); edge bits 0: the candidate did not fit and waits in [`Starts::big`].
/// `Option<Packed>` comes back in two registers; the 32-byte `Option<Start>` went through
/// the stack, and the caller reloaded it with loads across the callee's narrower stores,
/// which the CPU cannot forward (gazscan9's perf annotate: 1.5-2 % of `find`).
#[derive(Clone, Copy)]
struct Packed(usize, NonZeroU64);

impl Packed {
    /// Packs the candidate `[s, s + n)` of pattern `pid`, if its length and pattern fit.
    #[inline(always)]
    fn new(s: usize, n: usize, pid: usize, left: Edge) -> Option<Packed> {
        let edge = match left {
            Edge::Word => 1u64,
            Edge::Hyphen => 2,
            Edge::Inside => 3,
        };
        if n >= PACKED_LEN_LIMIT || pid > u32::MAX as usize {
            return None;
        }
        let x = (pid as u64) << 32 | edge << 30 | n as u64;
        NonZeroU64::new(x).map(|x| Packed(s, x))
    }

    /// The candidate as a [`Start`].
    #[inline(always)]
    fn start(self) -> Start {
        let (s, x) = (self.0, self.1.get());
        let left = match x >> 30 & 3 {
            1 => Edge::Word,
            2 => Edge::Hyphen,
            _ => Edge::Inside,
        };
        let n = (x & (PACKED_LEN_LIMIT as u64 - 1)) as usize;
        (s, s + n, (x >> 32) as usize, left)
    }
}

/// What one [`Starts::step`] found.
enum Step {
    /// A candidate.
    Found(Start),
    /// None up to here: go on from this position.
    Next(usize),
    /// The end of the text.
    End,
}

impl<'t> Starts<'t> {
    /// The candidate `c` as a [`Packed`]; one that does not fit waits in [`Self::big`].
    #[inline(always)]
    fn pack(&mut self, c: Start) -> Packed {
        let (s, e, pid, left) = c;
        match Packed::new(s, e - s, pid, left) {
            Some(p) => p,
            None => {
                self.big = c;
                Packed(s, NonZeroU64::MIN)
            }
        }
    }

    /// The candidate that [`Self::pack`] made `p` of.
    #[inline(always)]
    fn unpack(&self, p: Packed) -> Start {
        match p.1.get() >> 30 & 3 {
            0 => self.big,
            _ => p.start(),
        }
    }

    fn new(text: &'t str, fast: bool) -> Self {
        Starts {
            text,
            fast,
            next_inside: 0,
            block_at: usize::MAX,
            block: WindowMasks { word: 0, unsure: 0 },
            buf: [0; 80],
            flags: Flags::default(),
            flagged_from: 65,
            big: (0, 0, 0, Edge::Word),
        }
    }

    /// The first position at or after `from` where a pattern that can count starts, and the
    /// longest pattern there. Equivalent to an unanchored leftmost-longest search whose hits
    /// inside words are dropped unless their pattern may start there, and, at word starts,
    /// to those whose first word is not the word (no such hit can end on a boundary); but
    /// the automaton runs anchored, and only where a pattern can start.
    #[inline]
    fn next(&mut self, g: &Inner, from: usize) -> Option<Packed> {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut p = from;
        // Inside a word (after a hit that ended in one, or one char past a start that was
        // not valid): only in-word patterns start before its end.
        // (An ASCII char at `p` that is no word char: no word goes on at `p`.)
        let at_word = bytes
            .get(p)
            .is_some_and(|&b| b >= 0x80 || b.is_ascii_alphanumeric());
        if p > 0 && at_word && left_edge(text, p) == Edge::Inside {
            let w = word_end(text, p);
            // (In-word patterns here start at or after `p`, after the word's start.)
            if g.starts.tails.may_end(bytes, p - 1, w) {
                if let Some(c) = self.inside_word(g, p, w) {
                    return Some(self.pack(c));
                }
            }
            p = w;
        }
        loop {
            if self.fast {
                match self.words(g, p) {
                    Ok(c) => return Some(c),
                    Err(q) => p = q,
                }
            }
            match self.step(g, p) {
                Step::Found(c) => return Some(self.pack(c)),
                Step::Next(q) => p = q,
                Step::End => return None,
            }
        }
    }

    /// The word-at-a-time path of [`Self::next`], for lists whose patterns all start with
    /// a word char ([`Prefixes::words_only`]): from `p` (not inside a word), block by block
    /// of 64 bytes, it finds the words from [`window_masks`] bits and tests them, as
    /// [`Self::step`] would; the bytes between words are never looked at one by one. Each
    /// block's words first meet the cheap filters all at once ([`flag_words`]), and only
    /// the few they flag are looked at further, in text order. A word may run into the next
    /// block (whose masks it then computes). It stops (`Err`) where [`Self::step`] must take
    /// over: a word that holds or touches a char that is not ASCII, a Latin-1 letter or one
    /// of U+2000..U+203F (other scripts, the no-break space, a char cut by a block's edge),
    /// a word longer than 64 bytes, and the text's end.
    ///
    /// [`Prefixes::words_only`]: crate::build::Prefixes
    #[inline]
    fn words(&mut self, g: &Inner, mut p: usize) -> Result<Packed, usize> {
        let len = self.text.len();
        'block: while p < len {
            let base = p & !63;
            let m = self.block(base);
            let any = m.word | m.unsure;
            let off = p - base;
            // (`p` inside a run of the masks, after an unsure byte, starts a word of its own:
            // the flags from before do not have it.)
            // (Branch-free: `off` is 0 at most block starts, and 0 or not at random else.)
            let cut = (off > 0) & (any.wrapping_shr(off.wrapping_sub(1) as u32) & 3 == 3);
            if self.flagged_from > off || cut {
                // `fill_block` left the padded copy in `buf` where the text has no window.
                let win = text_window(self.text.as_bytes(), base).unwrap_or(&self.buf);
                flag_words(g, win, m, off, &mut self.flags);
                self.flagged_from = off;
            }
            let f = self.flags;
            let mut flagged = (f.first | f.inside | f.odd) & (!0 << off);
            while flagged != 0 {
                let j = flagged.trailing_zeros() as usize;
                let step = if f.odd >> j & 1 != 0 {
                    self.one_word(g, base, m, j)
                } else {
                    // A word that ends in this block (or just after it: `f.cross`) and
                    // holds no unsure byte.
                    let q = base + j;
                    let e = match f.cross >> j & 1 {
                        0 => q + (!(any >> j)).trailing_zeros() as usize,
                        _ => base + f.next,
                    };
                    let bytes = self.text.as_bytes();
                    let c = if f.first >> j & 1 != 0 {
                        self.word(g, q, e)
                    } else if g.starts.tails.may_end(bytes, q, e) {
                        let c = self.inside_word(g, q + 1, e);
                        c.map(|c| self.pack(c))
                    } else {
                        None
                    };
                    match c {
                        Some(c) => WordStep::Found(c),
                        None => WordStep::Next(e),
                    }
                };
                match step {
                    WordStep::Found(c) => return Ok(c),
                    WordStep::Stop(q) => return Err(q),
                    // A word into the next block.
                    WordStep::Next(e) if e > base + 64 => {
                        p = e;
                        continue 'block;
                    }
                    WordStep::Next(_) => {}
                }
                flagged &= flagged - 1;
            }
            p = base + f.next;
        }
        Err(p)
    }

    /// The word whose run of the masks `m` starts at offset `j` of the block at `base`, as
    /// [`Self::words`] takes it: ended in the next block, left to [`Self::step`], or tested.
    #[inline]
    fn one_word(&mut self, g: &Inner, base: usize, m: WindowMasks, j: usize) -> WordStep {
        let len = self.text.len();
        let any = m.word | m.unsure;
        // The run's length in this block: it ends before bit 64 unless all bits from `j`
        // up are set.
        let run = (!(any >> j)).trailing_zeros() as usize;
        let q = base + j;
        if j + run >= 64 && base + 64 < len {
            // The word goes on into the next block.
            let next = self.block(base + 64);
            let any2 = next.word | next.unsure;
            let run2 = (!any2).trailing_zeros() as usize;
            if run2 >= 64 || m.unsure >> j != 0 || next.unsure & ((1 << run2) - 1) != 0 {
                return WordStep::Stop(q);
            }
            let e = base + 64 + run2;
            return match self.test_word(g, q, e) {
                Some(c) => WordStep::Found(c),
                None => WordStep::Next(e),
            };
        }
        // (A run to the block's end here is one to the text's end.)
        if m.unsure != 0 {
            let unsure = match run {
                64.. => m.unsure,
                _ => m.unsure & ((1u64 << run) - 1) << j,
            };
            if unsure >> j != 0 {
                return WordStep::Stop(q);
            }
        }
        match self.test_word(g, q, q + run) {
            Some(c) => WordStep::Found(c),
            None => WordStep::Next(q + run),
        }
    }

    /// The end of the word after the one ending at `e`, from the masks of the block that
    /// holds `e` if they are at hand and settle it: only ASCII chars that are no word chars
    /// before it, and it ends in the block without a byte the masks leave unsure. `None`:
    /// the first-word filter finds it char by char.
    #[inline]
    fn pair_end(&self, e: usize) -> Option<usize> {
        let off = e.checked_sub(self.block_at).filter(|&o| o < 64)?;
        let m = self.block;
        let any = m.word | m.unsure;
        let rest = any >> off;
        if rest == 0 {
            return None;
        }
        let q = off + rest.trailing_zeros() as usize;
        let run = (!(any >> q)).trailing_zeros() as usize;
        if q + run >= 64 || (m.unsure >> q) & ((1u64 << run) - 1) != 0 {
            return None;
        }
        Some(self.block_at + q + run)
    }

    /// The masks of the 64-byte block at `base` (a multiple of 64), from the cache if it
    /// holds them. A block past the text's end is padded with zero bytes, which are no
    /// word chars: the text's end is a word end.
    #[inline]
    fn block(&mut self, base: usize) -> WindowMasks {
        if self.block_at != base {
            self.fill_block(base);
        }
        self.block
    }

    /// Computes the masks of the block at `base` for [`Self::block`]: from the text where
    /// it has the eight bytes before the block and the eight after it, else from a copy
    /// padded with zeros. (The masks of a copy had read it back right after writing it,
    /// with loads across the copy's stores, which the CPU cannot forward: a fifth of this
    /// function's time.)
    #[inline(never)]
    fn fill_block(&mut self, base: usize) {
        let bytes = self.text.as_bytes();
        let w = match text_window(bytes, base) {
            Some(w) => w,
            None => {
                // The text's first block or its last: zeros outside it.
                let from = base.saturating_sub(8);
                let skip = from + 8 - base;
                let rest = bytes.get(from..).unwrap_or(&[]);
                let n = rest.len().min(80 - skip);
                self.buf = [0; 80];
                self.buf[skip..skip + n].copy_from_slice(&rest[..n]);
                &self.buf
            }
        };
        let block: &[u8; 64] = w[8..72].try_into().unwrap_or(&[0; 64]);
        self.block = window_masks(block);
        self.block_at = base;
        self.flagged_from = 65;
    }

    /// The tests of [`Self::step`] for the word `[p, w)` (a whole run of word chars after a
    /// boundary or a joining hyphen): a pattern starting at it, or in-word patterns in it.
    /// The same answers, found faster: the sieve of first words ([`FirstWords::may_hold`])
    /// turns away ten words in eleven with a few instructions, before [`Self::word`]
    /// hashes them; else only the in-word patterns remain to test.
    ///
    /// [`FirstWords::may_hold`]: crate::build::FirstWords::may_hold
    #[inline(always)]
    fn test_word(&mut self, g: &Inner, p: usize, w: usize) -> Option<Packed> {
        let bytes = self.text.as_bytes();
        if g.starts.words.may_hold(bytes, p, w) {
            return self.word(g, p, w);
        }
        if g.starts.tails.may_end(bytes, p, w) {
            let c = self.inside_word(g, p + 1, w);
            return c.map(|c| self.pack(c));
        }
        None
    }

    /// [`Self::test_word`] for a word that the sieve let through: the second word of a
    /// pair from the block's masks, and the trie walk resumed after the word
    /// ([`Self::anchored_at_word`]).
    #[inline(never)]
    fn word(&mut self, g: &Inner, p: usize, w: usize) -> Option<Packed> {
        let text = self.text;
        let bytes = text.as_bytes();
        let b = *bytes.get(p)?;
        if g.starts.first(b) {
            // The word's hash for the first-word filter and the first-word states, and its
            // first eight bytes (zero past its end), from one load for a short word (whose
            // `bloom_hash` is `mix_hash` of those bytes).
            let n = w - p;
            let (h, head) = match bytes.get(p..p + 8) {
                Some(c) if n <= 8 => {
                    let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
                    let head = if n >= 8 {
                        x
                    } else {
                        x & ((1u64 << (8 * n)) - 1)
                    };
                    (mix_hash(head, 0, n), head)
                }
                _ => (bloom_hash(bytes, p, n), load8(bytes, p, n)),
            };
            g.first_states.prefetch(h);
            let pair_end = || self.pair_end(w);
            if g.starts.words.may_start_hashed(text, p, w, h, pair_end) {
                if let Some((n, pid)) = self.anchored_at_word(g, p, w, h, head) {
                    let left = match p.checked_sub(1).map(|i| bytes[i]) {
                        Some(b'-') => left_edge(text, p),
                        _ => Edge::Word,
                    };
                    return Some(self.pack((p, p + n, pid, left)));
                }
            }
        }
        if g.starts.tails.may_end(bytes, p, w) {
            if let Some(c) = self.inside_word(g, p + 1, w) {
                return Some(self.pack(c));
            }
        }
        None
    }

    /// The longest pattern at the word `[p, w)` (hash `h`, first eight bytes `head`), as
    /// the anchored automaton finds it, or `None` where that pattern could not end on a
    /// boundary (the scan then drops it all the same): with [`FirstStates`], a word that
    /// is a first word resumes the trie walk after it; any other can only hold a name
    /// whose genitive ending ends it (`Russland|s`, `Bundestag|es`).
    ///
    /// [`FirstStates`]: crate::build::FirstStates
    #[inline]
    fn anchored_at_word(
        &self,
        g: &Inner,
        p: usize,
        w: usize,
        h: u64,
        head: u64,
    ) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let hay = bytes.get(p..)?;
        if g.first_states.is_empty() {
            return g.anchored.longest(hay);
        }
        if let Some(state) = g.first_states.get(bytes, p, w, h, head) {
            // The pattern found so far is most often the candidate: its `PatInfo`, which the
            // resolver reads (a likely cache miss; the scan itself reads only the candidate's
            // byte in `scan_flags`), is fetched while the walk goes on.
            if let Some(info) = state.best().and_then(|(_, pid)| g.pats.get(pid)) {
                prefetch(info);
            }
            return g.anchored.resume(hay, state, w - p);
        }
        self.genitive_stem(g, p, w)
    }

    /// The name that the word `[p, w)` holds with a genitive ending (`Russland|s`,
    /// `Bundestag|es`), as the pattern ending there that takes it: the only pattern of a
    /// word that is no first word which can end on a boundary.
    #[cold]
    fn genitive_stem(&self, g: &Inner, p: usize, w: usize) -> Option<(usize, usize)> {
        let bytes = self.text.as_bytes();
        let word = bytes.get(p..w)?;
        let stem = |n: usize, flag: u8| {
            let state =
                g.first_states
                    .get(bytes, p, p + n, bloom_hash(bytes, p, n), load8(bytes, p, n))?;
            state
                .best()
                .filter(|&(len, pid)| len == n && g.pats[pid].genitive & flag != 0)
        };
        if word.len() >= 2 && word.ends_with(b"s") {
            if let Some(c) = stem(word.len() - 1, GEN_S) {
                return Some(c);
            }
        }
        if word.len() >= 3 && word.ends_with(b"es") {
            return stem(word.len() - 2, GEN_ES);
        }
        None
    }

    /// One step of the scan at `p` (not inside a word): the char there if it is not a word
    /// char, else the word starting there.
    #[inline]
    fn step(&mut self, g: &Inner, p: usize) -> Step {
        let text = self.text;
        let bytes = text.as_bytes();
        let Some(&b) = bytes.get(p) else {
            return Step::End;
        };
        if b < 0x80 && !b.is_ascii_alphanumeric() {
            // Space or ASCII punctuation.
            if g.starts.first(b) {
                if let Some(c) = self.at_other(g, p) {
                    return Step::Found(c);
                }
            }
            return Step::Next(p + 1);
        }
        // The word's end, and for a word of up to seven ASCII letters or digits its
        // first eight bytes, from one load: most words end within it, and the
        // first-word filter hashes them from it.
        let (w, head) = match bytes.get(p..p + 8) {
            Some(c) if b < 0x80 => {
                let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
                let k = (non_alnum(x).trailing_zeros() / 8) as usize;
                match bytes.get(p + k) {
                    Some(&nb) if k < 8 && nb < 0x80 => (p + k, Some(x)),
                    _ => (word_end(text, p + k), None),
                }
            }
            _ => (word_end(text, p), None),
        };
        if w == p {
            // Another char that is not a word char (a quote mark, a dash).
            if g.starts.first(b) {
                if let Some(c) = self.at_other(g, p) {
                    return Step::Found(c);
                }
            }
            return Step::Next(next_char(text, p));
        }
        // The word `[p, w)`, after a word boundary or a joining hyphen.
        let may = match head {
            Some(x) => g.starts.words.may_start_short(text, p, w, x),
            None => g.starts.words.may_start(text, p, w),
        };
        if g.starts.first(b) && may {
            if let Some((n, pid)) = g.anchored.longest(&bytes[p..]) {
                let left = match p.checked_sub(1).map(|i| bytes[i]) {
                    Some(b'-') => left_edge(text, p),
                    _ => Edge::Word,
                };
                return Step::Found((p, p + n, pid, left));
            }
        }
        if g.starts.tails.may_end(bytes, p, w) {
            if let Some(c) = self.inside_word(g, p + 1, w) {
                return Step::Found(c);
            }
        }
        Step::Next(w)
    }

    /// Moves [`Self::next_inside`] to the first in-word pattern start at or after `p`.
    #[inline]
    fn find_inside(&mut self, g: &Inner, p: usize) {
        if self.next_inside < p {
            let text = self.text;
            let m = g.inside.find(Input::new(text).span(p..text.len()));
            self.next_inside = m.map_or(usize::MAX, |m| m.start());
        }
    }

    /// The first in-word pattern in `[p, w)` (inside a word) whose longest pattern there may
    /// start inside a word. Each search ends where a pattern starting before `w` ends, so a
    /// word that holds none costs a search of the word, not of the text up to the next one.
    fn inside_word(&mut self, g: &Inner, mut p: usize, w: usize) -> Option<Start> {
        let text = self.text;
        let end = w.saturating_add(g.starts.tails.max_len()).min(text.len());
        while p < w {
            let m = g.inside.find(Input::new(text).span(p..end))?;
            if m.start() >= w {
                return None;
            }
            p = m.start();
            if let Some((n, pid)) = g.anchored.longest(&text.as_bytes()[p..]) {
                if g.pats[pid].inside_ok() {
                    return Some((p, p + n, pid, Edge::Inside));
                }
            }
            p = next_char(text, p);
        }
        None
    }

    /// A pattern starting at `p`, a char that is not a word char (no list has one yet).
    #[cold]
    fn at_other(&mut self, g: &Inner, p: usize) -> Option<Start> {
        let text = self.text;
        let bytes = text.as_bytes();
        let left = left_edge(text, p);
        if left == Edge::Inside {
            self.find_inside(g, p);
            if self.next_inside != p {
                return None;
            }
        } else if !g.starts.may_start(&bytes[p..]) {
            return None;
        }
        let (n, pid) = g.anchored.longest(&bytes[p..])?;
        (left != Edge::Inside || g.pats[pid].inside_ok()).then_some((p, p + n, pid, left))
    }
}

/// The word starts of a block that need a closer look, by why (bits, one per start).
#[derive(Debug, Clone, Copy, Default)]
struct Flags {
    /// Let through by the first-word sieve ([`FirstWords::sieve_bit`]).
    ///
    /// [`FirstWords::sieve_bit`]: crate::build::FirstWords::sieve_bit
    first: u64,
    /// Let through by the in-word tail filter ([`InsideTails::may_end_tail`]).
    ///
    /// [`InsideTails::may_end_tail`]: crate::build::InsideTails::may_end_tail
    inside: u64,
    /// Words that run into the next block or hold bytes the masks leave unsure: for
    /// [`Starts::one_word`].
    odd: u64,
    /// The start of a word that runs into the next block but ends within the eight bytes
    /// after the block, at an ASCII char (its bit; or 0): no odd word, but one that ends at
    /// offset `next`.
    cross: u64,
    /// Where the scan goes on after the block: 64, or the end of the word of `cross`.
    next: usize,
}

/// For a word of `n` bytes (below 64): the masks of its first eight bytes (the first `n`
/// of them) and of its last eight (all for `n` above 8, none else), as [`sieve_hash`]
/// takes them: one load each, no compare.
static WORD_MASKS: [(u64, u64); 64] = {
    let mut m = [(u64::MAX, u64::MAX); 64];
    m[0] = (0, 0);
    let mut n = 1;
    while n <= 8 {
        m[n] = (u64::MAX >> (64 - 8 * n), 0);
        n += 1;
    }
    m
};

/// The [`Flags`] of the word starts of a block (bytes `buf[8..72]`, masks `m`) at or
/// after offset `off`, into `out`: one tight loop over all the block's words, branch-free, without
/// bounds checks (the loads stay in `buf`) and without calls; about one word in ten comes
/// out. Two loads a word: its first eight bytes, and the eight before its end, which give
/// both the sieve's tail and the tail filter's last four bytes.
#[inline(never)]
fn flag_words(g: &Inner, buf: &[u8; 80], m: WindowMasks, off: usize, out: &mut Flags) {
    let (sieve, [upper, lower]) = g.starts.words.sieve();
    let tails = &g.starts.tails;
    // The eight bytes at `buf[i..]`: those from offset `i - 8` of the block. (The callers
    // bound `i` by a mask, so no bounds check is left.)
    let load = |i: usize| {
        u64::from_le_bytes([
            buf[i],
            buf[i + 1],
            buf[i + 2],
            buf[i + 3],
            buf[i + 4],
            buf[i + 5],
            buf[i + 6],
            buf[i + 7],
        ])
    };
    // The sieve's and the tail filter's answers (1: may be) for a word of `n` bytes: its first
    // eight bytes `head` and its last eight `end8` (`tail`: as `sieve_hash` takes them).
    // (`next2`: the two bytes after the word, for the sieve's keys of first words of
    // longer patterns.)
    // Each table's `at` and `shift` in one word (the shift in its low byte, where a shift
    // instruction takes its count from): one register each and one select, where two pairs
    // had been spilled to the stack and reloaded a word (0.7 M instructions a pass).
    let pack = |t: SieveTable| (t.at as u64) << 8 | u64::from(t.shift);
    let (upper, lower) = (pack(upper), pack(lower));
    let filters = |head: u64, tail: u64, end8: u64, n: usize, next2: u16| {
        let t = if (head as u8).wrapping_sub(b'a') < 26 {
            lower
        } else {
            upper
        };
        let h = sieve_hash(head, tail, n);
        let i = (t >> 8) as usize + h.wrapping_shr(t as u32) as usize;
        // (A checked read with a branch around the answer: a read at the index clamped to
        // the table, 0.67 M instructions fewer a pass, took 9 % more CPU time, A/B on
        // scan_corpus.)
        let first = sieve
            .get(i >> 6)
            .map_or(1, |&w| sieve_answer(w, i, h, next2) & 1);
        (first, u64::from(tails.may_end_tail((end8 >> 32) as u32)))
    };
    // The runs from `off` on (one that `off` cuts starts there).
    let any = (m.word | m.unsure) & !0 << off;
    let mut starts = any & !(any << 1);
    // The last byte of each run.
    let mut ends = any & !(any >> 1);
    let mut f = Flags::default();
    // Runs that hold unsure bytes (each is in a run, whose start is the last start at or
    // before it). The loop tests them too, for nothing.
    let mut unsure = m.unsure & any;
    while unsure != 0 {
        let before = starts & u64::MAX >> (63 - unsure.trailing_zeros());
        f.odd |= 1u64
            .checked_shl(63u32.wrapping_sub(before.leading_zeros()))
            .unwrap_or(0);
        unsure &= unsure - 1;
    }
    f.next = 64;
    // A run to the block's end: out of the loop. If it ends in the next eight bytes, at an
    // ASCII char, and holds no unsure byte, it is tested here (its last eight bytes are in
    // `buf`); else it is odd.
    if any >> 63 != 0 {
        let j = 63 - starts.leading_zeros() as usize;
        let last = 1 << j;
        starts &= !last;
        ends &= !(1 << 63);
        let after = load(72);
        let k = (non_alnum(after).trailing_zeros() / 8) as usize;
        if k < 8 && buf[72 + (k & 7)] < 0x80 && f.odd & last == 0 {
            let e = 64 + k;
            let n = e - j;
            let head = load((j & 63) + 8) & WORD_MASKS[n.min(63)].0;
            let end8 = load(64 + (k & 7));
            let tail = end8 & 0u64.wrapping_sub(u64::from(n > 8));
            // (The two bytes after the word are in `buf` unless it ends at its last byte:
            // then it is let through.)
            let next2 = u16::from_le_bytes([buf[72 + (k & 7)], buf[(73 + k).min(79)]]);
            let (first, inside) = filters(head, tail, end8, n, next2);
            let first = first | u64::from(k >= 7);
            f.first |= first << j;
            f.inside |= inside << j;
            f.cross = last;
            f.next = e;
        } else {
            f.odd |= last;
        }
    }
    while starts != 0 {
        let j = starts.trailing_zeros() as usize;
        let e = ends.trailing_zeros() as usize + 1;
        starts &= starts - 1;
        ends &= ends - 1;
        let n = e - j;
        // The first and last eight bytes as `sieve_hash` takes them.
        // (Runs in the loop end before bit 63: `n` is below 64.)
        let (head_mask, tail_mask) = WORD_MASKS[n & 63];
        let head = load((j & 63) + 8) & head_mask;
        let end8 = load(e & 63);
        let tail = end8 & tail_mask;
        let next2 = u16::from_le_bytes([buf[(e & 63) + 8], buf[(e & 63) + 9]]);
        let (first, inside) = filters(head, tail, end8, n, next2);
        f.first |= first << j;
        f.inside |= inside << j;
    }
    // (Field by field into the caller's flags: a returned struct went through the stack
    // and was read back with 16-byte loads across its 8-byte stores, which the CPU cannot
    // forward.)
    out.first = f.first;
    out.inside = f.inside;
    out.odd = f.odd;
    out.cross = f.cross;
    out.next = f.next;
}

/// The scan: candidates on word or hyphen boundaries, in text order, non-overlapping.
pub(crate) fn scan(g: &Inner, text: &str, f: impl FnMut(Hit)) {
    scan_with(g, text, g.starts.words_only, f);
}

/// [`scan`], with the word-at-a-time path on or off (`fast`; on only where
/// [`Prefixes::words_only`] allows it).
///
/// [`Prefixes::words_only`]: crate::build::Prefixes
fn scan_with(g: &Inner, text: &str, fast: bool, mut f: impl FnMut(Hit)) {
    let mut pos = 0;
    let mut starts = Starts::new(text, fast);
    while let Some(c) = starts.next(g, pos) {
        let (s, e, pid, left) = starts.unpack(c);
        // The longest pattern at `s` whose end is a boundary.
        let (mut e, mut pid) = (e, pid);
        let mut gen = false;
        let flags = |pid: usize| g.scan_flags.get(pid).copied().unwrap_or(0);
        let right = loop {
            let r = right_edge(text, e);
            if let Some((e2, r2)) = genitive(text, e, r, flags(pid) & !TITLE_FLAG) {
                e = e2;
                gen = true;
                break Some(r2);
            }
            if r != Edge::Inside {
                break Some(r);
            }
            match text
                .as_bytes()
                .get(s..e - 1)
                .and_then(|b| g.anchored.longest(b))
            {
                Some((n, p2)) => {
                    e = s + n;
                    pid = p2;
                }
                None => break None,
            }
        };
        let valid = match right {
            None => false,
            Some(r) => left != Edge::Inside || (g.pats[pid].inside_ok() && r == Edge::Word),
        };
        if let (true, Some(right)) = (valid, right) {
            f(Hit {
                s,
                e,
                pid: pid as u32,
                left,
                right,
                genitive: gen,
                title: flags(pid) & TITLE_FLAG != 0,
            });
            pos = e;
        } else {
            pos = next_char(text, s);
        }
    }
}

/// A genitive ending at `e` for a name that takes it (`flags`): the new end and its edge.
#[inline]
fn genitive(text: &str, e: usize, r: Edge, flags: u8) -> Option<(usize, Edge)> {
    if flags == 0 {
        return None;
    }
    let rest = text.get(e..)?;
    let ending = if r == Edge::Inside {
        if flags & GEN_ES != 0 && rest.starts_with("es") && right_edge(text, e + 2) != Edge::Inside
        {
            2
        } else if flags & GEN_S != 0 && rest.starts_with('s') {
            1
        } else {
            return None;
        }
    } else if flags & GEN_APOSTROPHE != 0 && (rest.starts_with('\'') || rest.starts_with('’')) {
        rest.chars().next().map_or(1, char::len_utf8)
    } else {
        return None;
    };
    let r2 = right_edge(text, e + ending);
    (r2 != Edge::Inside).then_some((e + ending, r2))
}

/// The 80 bytes of the text around the block at `base` (the eight before it, its 64 and
/// the eight after), if the text has them all: `Starts::fill_block` and `Starts::words`
/// must agree on when the padded copy stands in for them.
fn text_window(bytes: &[u8], base: usize) -> Option<&[u8; 80]> {
    bytes.get(base.checked_sub(8)?..base + 72)?.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The hits of a scan as tuples.
    fn hits(g: &Inner, text: &str, fast: bool) -> Vec<(usize, usize, u32, Edge, Edge, bool)> {
        let mut out = Vec::new();
        scan_with(g, text, fast, |h| {
            out.push((h.s, h.e, h.pid, h.left, h.right, h.genitive));
        });
        out
    }

    /// Words and separators that exercise both paths: list names, genitives, compounds,
    /// umlauts, quote marks, dashes and the typographic apostrophe (no word chars to the
    /// word path's masks), other scripts, and a word longer than the 64-byte window.
    const PIECES: &[&str] = &[
        "Berlin",
        "Berlins",
        "Putins",
        "Nato-Gipfel",
        "US-Präsident",
        "Vereinigte",
        "Staaten",
        "von",
        "Amerika",
        "Müller",
        "Österreich",
        "Zürich",
        "russische",
        "Deutschlands",
        "Hauptstraße",
        "Ministerpräsident",
        "Angela",
        "Merkel",
        "die",
        "Linke",
        "sagte",
        "am",
        "Montag",
        "Kiew",
        "Kyjiw",
        "Dr.",
        "Romantik",
        "Rom",
        "×",
        "„",
        "“",
        "–",
        "\u{a0}",
        "東京",
        "Ωmega",
        "é",
        "Jonas'",
        "Jonas’",
        "Putins’",
        "…",
        "AG",
        "GmbH",
        "Universität",
        "FC",
        "Bayern",
        "München",
        "Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt",
    ];

    /// A packed candidate unpacks to the same start, end, pattern and edge, also one too
    /// long (or of a pattern too high) for a [`Packed`].
    #[test]
    fn packed_round_trips() {
        let mut starts = Starts::new("", true);
        let cases = [
            (0, 1, 0, Edge::Word),
            (7, 12, 3, Edge::Hyphen),
            (
                1 << 20,
                PACKED_LEN_LIMIT - 1,
                u32::MAX as usize,
                Edge::Inside,
            ),
            (5, PACKED_LEN_LIMIT, 2, Edge::Word),
            (9, 1, u32::MAX as usize + 1, Edge::Hyphen),
        ];
        for (s, n, pid, left) in cases {
            let p = starts.pack((s, s + n, pid, left));
            assert_eq!(starts.unpack(p), (s, s + n, pid, left));
        }
    }

    /// Words across the 64-byte blocks of the word path: every shift of a text with
    /// umlauts, quote marks, names and a word longer than a block, cut at every length
    /// around a block's end (a word or a Latin-1 letter cut by the block edge, a run to the
    /// text's end).
    #[test]
    fn word_path_matches_char_path_across_blocks() {
        let g = crate::Gazetteer::default_german();
        let body = "Berlins Präsident „Müller“ traf in Zürich die Nato-Chefs, \
                    Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt \
                    Österreich – Vereinigte Staaten von Amerika. Putins Ministerpräsident";
        for shift in 0..66 {
            let text = format!("{}{body}", "ä".repeat(shift / 2) + &" ".repeat(shift % 2));
            for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
                let t = &text[..cut];
                assert_eq!(hits(&g.inner, t, true), hits(&g.inner, t, false), "{t:?}");
            }
        }
    }

    /// Without lists the sieve is empty: the word path lets every word through to the exact
    /// tests, which find nothing, as the char path does.
    #[test]
    fn word_path_without_lists() {
        let g = crate::GazetteerBuilder::new()
            .default_lists(false)
            .build()
            .expect("an empty gazetteer builds");
        let t = "Berlins Präsident „Müller“ traf in Zürich die Nato-Chefs – Vereinigte Staaten";
        assert_eq!(hits(&g.inner, t, true), hits(&g.inner, t, false));
        assert!(hits(&g.inner, t, true).is_empty());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]
        /// The word-at-a-time path finds exactly what the char-by-char path finds.
        #[test]
        fn word_path_matches_char_path(
            parts in proptest::collection::vec(
                (proptest::sample::select(PIECES), proptest::sample::select(
                    &[" ", " ", " ", "-", ", ", ". ", "\n", "", "'", "„", "“ ", " – "][..],
                )),
                0..120,
            )
        ) {
            static G: std::sync::OnceLock<crate::Gazetteer> = std::sync::OnceLock::new();
            let g = G.get_or_init(crate::Gazetteer::default_german);
            let text: String = parts.iter().flat_map(|(w, s)| [*w, *s]).collect();
            prop_assert!(g.inner.starts.words_only);
            prop_assert_eq!(hits(&g.inner, &text, true), hits(&g.inner, &text, false));
        }
    }
}
