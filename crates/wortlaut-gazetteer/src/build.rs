//! Building the gazetteer: entities, surface forms (names, genitives, demonyms, first names,
//! rule keywords) and one aho-corasick automaton over all of them.

use crate::data;
use crate::huge::Table;
use crate::rules::{ORG_RULES, STREET_SUFFIXES};
use crate::tsv::{self, Row};
use crate::{BuildError, Entity, Label};
use aho_corasick::automaton::Automaton as _;
use aho_corasick::{AhoCorasick, Anchored, MatchKind, StartKind};
use bytemuck::{Pod, Zeroable};
use rustc_hash::FxBuildHasher;
use std::collections::{HashMap, HashSet};

/// FxHash for the build maps and word tables (millions of short names; the keys come from the
/// user's own files, so flooding resistance is not needed).
pub(crate) type FastMap<K, V> = HashMap<K, V, FxBuildHasher>;
/// The set of [`FastMap`]. Also for the word tables the rules look up for most capitalised
/// words: the lookups insert nothing, so text cannot flood them either.
pub(crate) type FastSet<K> = HashSet<K, FxBuildHasher>;

/// Which automaton scans the text. It runs anchored, only at positions where a name can
/// start, so it walks only a few bytes from the root each time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Automaton {
    /// A byte trie with sorted children (measured fastest for the anchored scan, smallest,
    /// and quickest to build).
    #[default]
    Auto,
    /// An anchored DFA: one table lookup per byte, but about 50 times the memory of the NFA
    /// (100 MB for the default lists) and, with its cache misses, a slower scan.
    Dfa,
    /// The contiguous NFA of aho-corasick (the default before the trie).
    Nfa,
}

/// How an ambiguous name is decided (`data/ambiguity.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Amb {
    /// Not ambiguous.
    No,
    /// Never on its own.
    Drop,
    /// After a locative preposition only.
    Locative,
    /// Quoted or after `laut` only.
    Quoted,
    /// After a determiner only.
    Article,
    /// Anywhere but at a sentence start.
    NotSentenceInitial,
}

/// What kind of form a name pattern is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// A list name or its genitive.
    Name,
    /// A demonym adjective (`russische`, `Russische`).
    Adjective,
    /// A demonym person noun or city `-er` form (`Russen`, `Berliner`).
    Inhabitant,
}

/// A name pattern: which entity, as what.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NameInfo {
    pub entity: u32,
    pub label: Label,
    pub amb: Amb,
    pub form: Form,
}

/// Everything one automaton pattern stands for.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PatInfo {
    pub name: Option<NameInfo>,
    /// A first name (Berlin list), with its gender: `m`, `f` or `?`.
    pub first_name: Option<u8>,
    /// A common first name, which may name a person on its own.
    pub common_first_name: bool,
    /// An organisation keyword: index into [`ORG_RULES`].
    pub org: Option<u8>,
    /// A street suffix (`straße`): may start inside a word.
    pub street: bool,
    /// Genitive endings the name takes (`data::GEN_*` bits), checked at match time.
    pub genitive: u8,
    /// A title that may introduce a person (`Präsident`, `präsident` in `Ministerpräsident`).
    pub title: bool,
}

impl PatInfo {
    /// May this pattern start inside a word (a word ending)?
    pub fn inside_ok(&self) -> bool {
        self.street || self.title
    }
}

/// Role words of `data/roles.tsv`.
#[derive(Debug, Default)]
pub(crate) struct Roles {
    /// Exact words (`Papst`, `Dr.`).
    pub words: FastSet<String>,
    /// Lower-case compound heads (`sprecher`) with their capitalised forms (`Sprecher`).
    pub suffixes: Vec<(String, String)>,
    /// Built by [`Roles::finish`]: the words and the capitalised heads, one lookup for both.
    exact: FastSet<String>,
    /// Built by [`Roles::finish`]: the lower-case heads of four bytes or more, sorted by
    /// their last four bytes ([`tail_key`]), so a word is compared only with the heads that
    /// end in its own last four (mostly none or one; by the last byte alone it was up to 16).
    heads: Vec<(u32, String)>,
    /// Built by [`Roles::finish`]: the heads shorter than four bytes (none by default).
    short_heads: Vec<String>,
    /// Built by [`Roles::finish`]: a bit for the last three bytes of each word and head (see
    /// [`end_bit`]), so that most words are answered without a hash lookup.
    ends: [u64; 32],
    /// Built by [`Roles::finish`]: some word or head is shorter than three bytes (then
    /// [`Roles::ends`] has all bits set, and short words are looked up).
    short: bool,
}

/// The last four bytes of `w` as a number, if it has four.
#[inline]
fn tail_key(w: &[u8]) -> Option<u32> {
    let [.., a, b, c, d] = *w else {
        return None;
    };
    Some(u32::from_le_bytes([a, b, c, d]))
}

/// The bit of [`Roles::ends`] for the last three bytes of `w`, if it has three.
#[inline]
fn end_bit(w: &[u8]) -> Option<usize> {
    let [.., a, b, c] = *w else {
        return None;
    };
    Some(((usize::from(a) * 31 + usize::from(b)) * 31 + usize::from(c)) & 2047)
}

#[cfg(test)]
impl Roles {
    /// Words for tests that compare a fast role test with a plain one: the role words, and
    /// each head capitalised, in a compound (`Kreml-`, `Regierungs`) and alone with inflected
    /// and wrong endings, plus its tails (the head less its first chars: too short to be one).
    pub(crate) fn test_forms(&self) -> Vec<String> {
        let mut words: Vec<String> = self.words.iter().cloned().collect();
        for (low, cap) in &self.suffixes {
            for w in [
                cap.clone(),
                format!("Kreml-{cap}"),
                format!("Regierungs{low}"),
                low.clone(),
            ] {
                for ending in ["", "en", "n", "s", "in", "e", "x"] {
                    words.push(format!("{w}{ending}"));
                }
            }
            words.extend((1..low.len()).filter_map(|i| low.get(i..).map(str::to_owned)));
        }
        words
    }
}

impl Roles {
    /// Builds the lookup tables once all words and suffixes are in.
    pub fn finish(&mut self) {
        self.exact = self.words.clone();
        self.exact
            .extend(self.suffixes.iter().map(|(_, cap)| cap.clone()));
        self.heads = (self.suffixes.iter())
            .filter_map(|(low, _)| Some((tail_key(low.as_bytes())?, low.clone())))
            .collect();
        self.heads.sort_unstable();
        self.short_heads = (self.suffixes.iter())
            .filter(|(low, _)| tail_key(low.as_bytes()).is_none())
            .map(|(low, _)| low.clone())
            .collect();
        // A word equal to a word, or ending in a head, ends in its last three bytes; a shorter
        // word or head lets every word through.
        self.ends = [0; 32];
        self.short = false;
        for w in self
            .exact
            .iter()
            .chain(self.heads.iter().map(|(_, low)| low))
            .chain(self.short_heads.iter())
        {
            match end_bit(w.as_bytes()) {
                Some(b) => set_bit(&mut self.ends, b),
                None => self.short = true,
            }
        }
        if self.short {
            self.ends = [u64::MAX; 32];
        }
    }
    /// May a word or head match `w`: does some word or head end in its last three bytes?
    #[inline]
    fn may_end(&self, w: &[u8]) -> bool {
        match end_bit(w) {
            Some(b) => bit(&self.ends, b),
            None => self.short,
        }
    }
    /// Can a token that ends at byte `e` of `text` be a role ([`Roles::is_role`])? Read from
    /// the bytes before `e`, for callers that have not found the token yet: each form that
    /// `is_role` looks up (the token, or its last part, without `-en`, `-n` or `-s`) ends at
    /// `e`, `e - 1` or `e - 2`, in its own last three bytes.
    #[inline]
    pub fn may_end_at(&self, text: &str, e: usize) -> bool {
        let Some(w) = text.as_bytes().get(..e) else {
            return true;
        };
        self.may_end(w)
            || (w.ends_with(b"n") || w.ends_with(b"s")) && self.may_end(&w[..w.len() - 1])
            || w.ends_with(b"en") && self.may_end(&w[..w.len() - 2])
    }
    /// Is `tok` (a whole token, possibly a hyphen compound) a role or title?
    pub fn is_role(&self, tok: &str) -> bool {
        let last = match tok.as_bytes().iter().rposition(|&b| b == b'-') {
            // A compound as a whole (`Vize-Präsident`), else its last part.
            Some(k) => {
                if self.may_end(tok.as_bytes()) && self.words.contains(tok) {
                    return true;
                }
                &tok[k + 1..]
            }
            // The token itself is the first form below, looked up among the words too.
            None => tok,
        };
        // Inflected forms too: `Präsidenten`, `Sprechers`.
        let forms = [
            Some(last),
            last.strip_suffix("en"),
            last.strip_suffix('n'),
            last.strip_suffix('s'),
        ];
        forms.into_iter().flatten().any(|w| {
            if !self.may_end(w.as_bytes()) {
                return false;
            }
            if self.exact.contains(w) {
                return true;
            }
            // A head of four bytes or more that `w` ends in ends in `w`'s last four bytes.
            let head = |low: &String| w.len() > low.len() && crate::rules::ends(w, low);
            let long = tail_key(w.as_bytes()).is_some_and(|key| {
                let k = self.heads.partition_point(|h| h.0 < key);
                self.heads[k..]
                    .iter()
                    .take_while(|h| h.0 == key)
                    .any(|(_, low)| head(low))
            });
            long || self.short_heads.iter().any(head)
        })
    }
}

/// A filter over the first bytes of a set of patterns: can one start here? No false
/// negatives; false positives only from the hashed three- and four-byte tables.
#[derive(Debug)]
pub(crate) struct Prefixes {
    /// Some pattern starts with this byte.
    first: [bool; 256],
    /// Some pattern is this one byte.
    one: [bool; 256],
    /// Bitset over the first two bytes of the patterns.
    pairs: Box<[u64; 1024]>,
    /// Bitset over the two-byte patterns.
    two: Box<[u64; 1024]>,
    /// Hashed bitset over the first three bytes of the longer patterns.
    three: Box<[u64; THREE_WORDS]>,
    /// Hashed bitset over the three-byte patterns.
    three_full: Box<[u64; THREE_WORDS]>,
    /// Hashed bitset over the first four bytes of the longer patterns.
    four: Box<[u64; THREE_WORDS]>,
    /// The first words of the patterns.
    pub words: FirstWords,
    /// The word endings of the patterns that may start inside a word.
    pub tails: InsideTails,
    /// No pattern starts with an ASCII char that is no letter or digit: the scan may skip
    /// such chars without a look (its word-at-a-time path).
    pub words_only: bool,
}

/// Which words may hold a valid in-word pattern (`Ministerpräsident`, `Hauptstraße`): such
/// a pattern ends the word, or ends it but for a genitive `s`/`es` (the scan keeps no other
/// in-word candidate), so the word ends with the pattern, or with it and `s` or `es`.
/// Words that do not skip the in-word search (a Teddy search that took 7 % of `find`).
/// A bitset over the last four bytes rejects most words; the rest are compared with the
/// endings that share their last four bytes. With an in-word pattern shorter than four
/// bytes the test lets every word through.
#[derive(Debug)]
pub(crate) struct InsideTails {
    bits: Box<[u64; TAIL_WORDS]>,
    /// The endings (pattern + ``/`s`/`es`) and their last four bytes, sorted by the
    /// bucket of those ([`Self::bucket_shift`]; about one ending a bucket) and then by them.
    endings: Vec<(u32, Box<[u8]>)>,
    /// Where each bucket's endings start in `endings`, and their end after the last one.
    /// (A binary search over all endings, a chain of dependent loads, took 2.5 % of
    /// `find`'s time.)
    bucket_starts: Box<[u32]>,
    /// A bucket is the top bits of [`tail_index`]: `tail_index(tail) >> bucket_shift`.
    bucket_shift: u32,
    /// Shortest in-word pattern, in bytes (`usize::MAX`: none).
    min_len: usize,
    /// Longest in-word pattern, in bytes.
    max_len: usize,
}

/// Size of the tail bitset in 64-bit words (32,768 bits, 4 KiB): of news.jsonl's words,
/// 12.3 k get through to the compare with the endings, against 15.3 k with 4,096 bits (most
/// of them end in an ending's last four bytes: `Parlaments`; 1.4 k hold a pattern).
const TAIL_WORDS: usize = 512;

impl InsideTails {
    fn new<'s>(pats: impl Iterator<Item = &'s str>) -> InsideTails {
        let mut t = InsideTails {
            bits: Box::new([0; TAIL_WORDS]),
            endings: Vec::new(),
            bucket_starts: Box::new([0, 0]),
            bucket_shift: 15,
            min_len: usize::MAX,
            max_len: 0,
        };
        for p in pats {
            t.min_len = t.min_len.min(p.len());
            t.max_len = t.max_len.max(p.len());
            for ending in ["", "s", "es"] {
                let mut buf = p.as_bytes().to_vec();
                buf.extend_from_slice(ending.as_bytes());
                if let Some(tail) = tail_of(&buf) {
                    set_bit(&mut t.bits[..], tail_index(tail));
                    t.endings.push((tail, buf.into_boxed_slice()));
                }
            }
        }
        t.endings.sort_unstable();
        t.endings.dedup();
        // About one ending a bucket: the top bits of the 15-bit `tail_index`.
        let bits = t.endings.len().next_power_of_two().trailing_zeros().min(15);
        t.bucket_shift = 15 - bits;
        let shift = t.bucket_shift;
        t.endings.sort_by_key(|e| (tail_index(e.0) >> shift, e.0));
        let mut starts = vec![0u32; (1 << bits) + 1];
        for e in &t.endings {
            starts[(tail_index(e.0) >> shift) + 1] += 1;
        }
        for b in 0..1 << bits {
            starts[b + 1] += starts[b];
        }
        t.bucket_starts = starts.into_boxed_slice();
        if t.min_len < 4 {
            // (`may_end` answers these without the bits.)
            t.bits.fill(u64::MAX);
        }
        t
    }
    /// The longest in-word pattern, in bytes.
    #[inline]
    pub fn max_len(&self) -> usize {
        self.max_len
    }
    /// May the word `bytes[s..e]` end in a valid in-word pattern (one that starts after `s`)?
    #[inline]
    pub fn may_end(&self, bytes: &[u8], s: usize, e: usize) -> bool {
        if self.min_len < 4 {
            return self.min_len != usize::MAX;
        }
        // The pattern starts after the word's first byte.
        if e - s <= self.min_len {
            return false;
        }
        let Some(tail) = bytes.get(e - 4..e).and_then(tail_of) else {
            return false;
        };
        bit(&self.bits[..], tail_index(tail)) && self.ends_with_one(&bytes[s + 1..e], tail)
    }
    /// The cheap part of [`Self::may_end`] for a word whose last four bytes are `tail`
    /// (for a shorter word, the four before its end): true for every word
    /// [`Self::may_end`] lets through, which are longer than four bytes where the bits are
    /// not all set. (No test of the word's length: it cost the scan's per-word loop three
    /// instructions and two registers, and the bits turn away short words all the same,
    /// whose last four bytes hold a space or the like.)
    #[inline(always)]
    pub fn may_end_tail(&self, tail: u32) -> bool {
        let i = tail_index(tail);
        self.bits[i >> 6] >> (i & 63) & 1 != 0
    }
    /// Does `word` end with one of the endings whose last four bytes are `tail`?
    #[cold]
    fn ends_with_one(&self, word: &[u8], tail: u32) -> bool {
        let b = tail_index(tail) >> self.bucket_shift;
        let (Some(&from), Some(&to)) = (self.bucket_starts.get(b), self.bucket_starts.get(b + 1))
        else {
            return false;
        };
        self.endings
            .get(from as usize..to as usize)
            .unwrap_or(&[])
            .iter()
            .any(|x| x.0 == tail && word.ends_with(&x.1))
    }
}

/// The last four bytes of `b` as a number, if it has four.
#[inline]
fn tail_of(b: &[u8]) -> Option<u32> {
    let t = b.get(b.len().checked_sub(4)?..)?;
    Some(u32::from_le_bytes([t[0], t[1], t[2], t[3]]))
}

/// The bit of a four-byte word ending in [`InsideTails`].
#[inline]
fn tail_index(tail: u32) -> usize {
    (tail.wrapping_mul(0x9E37_79B1) >> 17) as usize
}

/// Size of the hashed tables in 64-bit words (16 KiB each).
const THREE_WORDS: usize = 2048;

/// Is bit `i` of the bit set `set` on? (Used by the filters here, in the resolver and, at
/// compile time, by the filtered word lists.)
#[inline]
pub(crate) const fn bit(set: &[u64], i: usize) -> bool {
    set[i >> 6] & (1 << (i & 63)) != 0
}

/// Turns on bit `i` of the bit set `set`.
#[inline]
pub(crate) const fn set_bit(set: &mut [u64], i: usize) {
    set[i >> 6] |= 1 << (i & 63);
}

#[inline]
fn pair_index(b0: u8, b1: u8) -> usize {
    usize::from(b0) << 8 | usize::from(b1)
}

#[inline]
fn three_index(b0: u8, b1: u8, b2: u8) -> usize {
    hash_index(u32::from(b0) | u32::from(b1) << 8 | u32::from(b2) << 16)
}

#[inline]
fn four_index(b: [u8; 4]) -> usize {
    hash_index(u32::from_le_bytes(b))
}

/// A multiplicative hash of up to four bytes to a bit of a hashed table (2^17 bits).
#[inline]
fn hash_index(x: u32) -> usize {
    (x.wrapping_mul(0x9E37_79B1) >> 15) as usize % (THREE_WORDS * 64)
}

impl Prefixes {
    fn new<'s>(
        pats: impl Iterator<Item = &'s str> + Clone,
        inside: impl Iterator<Item = &'s str>,
    ) -> Prefixes {
        let mut t = Prefixes {
            first: [false; 256],
            one: [false; 256],
            pairs: Box::new([0; 1024]),
            two: Box::new([0; 1024]),
            three: Box::new([0; THREE_WORDS]),
            three_full: Box::new([0; THREE_WORDS]),
            four: Box::new([0; THREE_WORDS]),
            words: FirstWords::new(pats.clone()),
            tails: InsideTails::new(inside),
            words_only: false,
        };
        for p in pats {
            match *p.as_bytes() {
                [] => {}
                [b0] => {
                    t.first[usize::from(b0)] = true;
                    t.one[usize::from(b0)] = true;
                }
                [b0, b1] => {
                    t.first[usize::from(b0)] = true;
                    set_bit(&mut t.pairs[..], pair_index(b0, b1));
                    set_bit(&mut t.two[..], pair_index(b0, b1));
                }
                [b0, b1, b2, ref rest @ ..] => {
                    t.first[usize::from(b0)] = true;
                    set_bit(&mut t.pairs[..], pair_index(b0, b1));
                    set_bit(&mut t.three[..], three_index(b0, b1, b2));
                    match rest.first() {
                        None => set_bit(&mut t.three_full[..], three_index(b0, b1, b2)),
                        Some(&b3) => set_bit(&mut t.four[..], four_index([b0, b1, b2, b3])),
                    }
                }
            }
        }
        t.words_only = (0..0x80u8).all(|b| b.is_ascii_alphanumeric() || !t.first(b));
        t
    }
    /// Does some pattern start with byte `b`?
    #[inline]
    pub fn first(&self, b: u8) -> bool {
        self.first[usize::from(b)]
    }
    /// May a pattern start at the start of `rest` (whose first byte passed [`Self::first`])?
    #[inline]
    pub fn may_start(&self, rest: &[u8]) -> bool {
        let Some(&b0) = rest.first() else {
            return false;
        };
        if self.one[usize::from(b0)] {
            return true;
        }
        let Some(&b1) = rest.get(1) else {
            return false;
        };
        let pi = pair_index(b0, b1);
        if !bit(&self.pairs[..], pi) {
            return false;
        }
        if bit(&self.two[..], pi) {
            return true;
        }
        let Some(&b2) = rest.get(2) else {
            return false;
        };
        let ti = three_index(b0, b1, b2);
        if !bit(&self.three[..], ti) {
            return false;
        }
        if bit(&self.three_full[..], ti) {
            return true;
        }
        rest.get(3)
            .is_some_and(|&b3| bit(&self.four[..], four_index([b0, b1, b2, b3])))
    }
    /// Heap bytes.
    pub fn memory_usage(&self) -> usize {
        std::mem::size_of::<[u64; 1024]>() * 2
            + std::mem::size_of::<[u64; THREE_WORDS]>() * 3
            + self.words.memory_usage()
            + TAIL_WORDS * 8
    }
}

/// A Bloom filter over the first words of the patterns (the leading run of word chars,
/// `Vereinigte` for `Vereinigte Staaten`): a pattern that ends on a boundary can start at a
/// word only if its first word is that whole word, or the word less a genitive ending
/// (`Russlands`). It rejects most capitalised words (`Bundesregierung`, `Montag`) before
/// the automaton walks them, which took a quarter of the scan. No false negatives.
///
/// One hash of the word answers both questions the scan asks of most words (is it a
/// one-word pattern, or the first word of a longer one?): both keys set their bits in the
/// block the word's hash picks, so a test reads one cache line, and the genitive forms
/// (`+s`, `+es`) are keys of their own, so an `s` at the end costs no second hash. The hash
/// reads the word's first and last eight bytes and its length, two loads whatever its
/// length (a longer word's middle only adds false positives).
///
/// Words that start with a lower-case ASCII letter (most of running text) have a table of
/// their own: few patterns start so (demonyms, keywords), so it is small enough to stay in
/// the L1 cache, where a test of the one big table missed it.
///
/// In front of it, for every word of the text, stands a cheaper filter with the same keys
/// ([`FirstWords::may_hold`]).
#[derive(Debug)]
pub(crate) struct FirstWords {
    /// The tables: [`LOWER`] for keys whose first byte is a lower-case ASCII letter.
    blocks: [Table<u64>; 2],
    /// The number of blocks of each table (any number: the top 32 bits of a hash, scaled
    /// to it, pick the block).
    len: [u64; 2],
    /// The sieve of [`Self::may_hold`], in two tables as above, each a power of two bits
    /// long, one after the other. A key sets two bits of the 64-bit word its
    /// [`sieve_hash`] picks: the bit the hash picks, shared by all its keys, and a second
    /// one, from six more bits of the hash for a one-word pattern or genitive
    /// ([`Key::Whole`], [`whole_bit`]), and from the hash and the two bytes after the word in
    /// the pattern (`die| t`ageszeitung) for a first word of a longer one ([`Key::Multi`],
    /// [`multi_bit`]). A word passes if the first bit and either second bit are set. The
    /// first word alone let through `die`, `von`, `Die`, `Der` wherever they stood: a
    /// third of the words that took the exact path, none of them a candidate, with about
    /// three mispredicted branches each. With one bit a key instead of two, 72.5 k words a
    /// pass over `/tmp/news.jsonl` went to the exact path instead of 54.9 k (44.5 k and
    /// 43.9 k of them pass the Bloom filter, 40.7 k hold a candidate either way): each false
    /// positive cost a branch miss, the Bloom filter's block and a prefetch, for three
    /// instructions more a word here.
    sieve: Table<u64>,
    /// How a [`sieve_hash`] picks its bit in each table.
    sieve_at: [SieveTable; 2],
}

/// Where a table of the [`FirstWords`] sieve lies: a hash's top bits, shifted right by
/// `shift` (64 less the table's log2 length in bits), plus `at`, are the bit.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct SieveTable {
    pub shift: u32,
    pub at: usize,
}

/// Bits per key of a [`FirstWords`] sieve table, at least (rounded up to a power of two;
/// twice as many for the lower-case table): the default lists' 100 k capitalised keys get
/// 2 Mbit (256 KiB, in L2), about 9 % of the bits set; their 2 k lower-case keys 128 kbit
/// (16 KiB, in L1), where lower-case words (most of them) met 13 k false positives a pass
/// over `/tmp/news.jsonl` with half that (callgrind: 1.2 M instructions and 11 k branch
/// misses fewer a pass, 41 k more L1 misses).
const SIEVE_BITS_PER_KEY: usize = 16;

/// The hash of [`FirstWords::may_hold`]: one multiply of the word's first eight bytes
/// (`head`, zero past its end), its last eight (`tail`, 0 for a word of at most eight
/// bytes) and its length `n`; the top bits pick the bit.
///
/// The multiplier is one of 200 random odd constants (splitmix64 outputs): the one whose
/// sieve, for the default lists, lets through the fewest of 250 frequent German function
/// words that are no keys (`rules::FUNCTION_WORDS`, lower-cased too, and 50 frequent verbs
/// and pronouns): 2 (`Einen`, `Wo`), against 7 with the golden-ratio constant (`er`, `um`,
/// `Jahr`, `Bis`, ...; about 5 k trips a pass over `/tmp/news.jsonl` through the exact
/// first-word path, for nothing). Any odd constant gives the same answers.
#[inline(always)]
pub(crate) fn sieve_hash(head: u64, tail: u64, n: usize) -> u64 {
    (head ^ tail.rotate_left(29) ^ (n as u64) << 58).wrapping_mul(0xA903_8A92_1825_F10D)
}

/// The second bit, in the 64-bit word of the [`FirstWords`] sieve that the [`sieve_hash`]
/// `h` of a word picks, for that word as the first word of a longer pattern followed by
/// the two bytes `next2` (little-endian, zero past the text's end): a char that is no word
/// char and, where that char is one byte, the second word's first letter.
#[inline(always)]
pub(crate) fn multi_bit(h: u64, next2: u16) -> u32 {
    ((h ^ u64::from(next2).wrapping_mul(0x9E37_79B9_7F4A_7C15)) >> 58) as u32
}

/// The second bit of a [`Key::Whole`] of [`sieve_hash`] `h` in its word of the
/// [`FirstWords`] sieve (taken mod 64, as a shift count is): bits 32..38 of the hash,
/// below those that pick the word for any table of fewer than 2^26 bits.
#[inline(always)]
pub(crate) fn whole_bit(h: u64) -> u32 {
    (h >> 32) as u32
}

/// The [`FirstWords`] sieve's answer in bit 0 (1: may be a key) for a word of
/// [`sieve_hash`] `h` followed by the two bytes `next2`, whose bit of the table is `i`
/// and `w` the 64-bit word that holds it: that bit, and the second bit of a whole key or
/// of a multi key. Shifts only (counts taken mod 64): no masks to build.
#[inline(always)]
pub(crate) fn sieve_answer(w: u64, i: usize, h: u64, next2: u16) -> u64 {
    w >> (i & 63) & (w.wrapping_shr(whole_bit(h)) | w.wrapping_shr(multi_bit(h, next2)))
}

/// Distinct keys per 64-bit block of a [`FirstWords`] table.
const DENSITY: usize = 6;

/// The [`FirstWords`] table of words that start with a lower-case ASCII letter.
const LOWER: usize = 1;

/// The [`FirstWords`] table of a word starting with byte `b`.
#[inline]
fn table_of(b: u8) -> usize {
    usize::from(b.is_ascii_lowercase())
}

/// What a [`FirstWords`] key is (the value: the index of its keys in [`FirstWords::new`]).
#[derive(Clone, Copy)]
enum Key {
    /// The first word of a pattern that is one word, or one word and punctuation (`Dr.`),
    /// and its genitives.
    Whole = 0,
    /// The first word of a pattern of several words (`die` of `die Linke`).
    Multi = 1,
    /// A pattern of several words up to the end of its second word (`die Linke`,
    /// `Baden-Württemberg`, `Vereinigte Staaten`), and its genitives.
    Pair = 2,
}

impl FirstWords {
    fn new<'s>(pats: impl Iterator<Item = &'s str>) -> FirstWords {
        // The keys by table and by kind ([`Key`] as an index), by their `sieve_hash` (the
        // Bloom filter's hash is `bloom_of` it): the sieve takes the whole and multi keys.
        // (Three vectors of hashes sort faster than one of pairs of a hash and its kind:
        // the sort was a tenth of the default build's instructions.)
        let mut keys: [[Vec<u64>; 3]; 2] = Default::default();
        // The sieve's keys of first words of longer patterns, by table: the word's
        // `sieve_hash` and the two bytes after it. (A set: a list of a million names of
        // two words held a million entries, 16 MB at the build's peak, for a few thousand
        // distinct ones.)
        let mut multi: [FastSet<(u64, u16)>; 2] = Default::default();
        let mut buf = Vec::new();
        // The key of `b` and its genitives `+s`, `+es`.
        let mut inflected = |keys: &mut Vec<u64>, b: &[u8]| {
            for ending in [&b""[..], b"s", b"es"] {
                buf.clear();
                buf.extend_from_slice(b);
                buf.extend_from_slice(ending);
                keys.push(sieve_hash_at(&buf, 0, buf.len()));
            }
        };
        for p in pats {
            let r1 = crate::text::word_end(p, 0);
            if r1 == 0 {
                continue;
            }
            let b = p.as_bytes();
            let table = b.first().copied().map_or(0, table_of);
            let keys = &mut keys[table];
            let second = p
                .get(r1..)
                .and_then(|rest| rest.char_indices().find(|&(_, c)| crate::text::is_word(c)))
                .map(|(k, _)| r1 + k);
            match second {
                None => inflected(&mut keys[Key::Whole as usize], &b[..r1]),
                Some(q) => {
                    let r2 = crate::text::word_end(p, q);
                    let h = sieve_hash_at(b, 0, r1);
                    keys[Key::Multi as usize].push(h);
                    // (A char that is no word char, then the second word: two bytes at
                    // least.)
                    let next2 = u16::from_le_bytes([b[r1], b.get(r1 + 1).copied().unwrap_or(0)]);
                    multi[table].insert((h, next2));
                    inflected(&mut keys[Key::Pair as usize], &b[..r2]);
                }
            }
        }
        let mut t = FirstWords {
            blocks: [Table::default(), Table::default()],
            len: [0; 2],
            sieve: Table::default(),
            sieve_at: [SieveTable::default(); 2],
        };
        for kinds in &mut keys {
            for hashes in kinds {
                hashes.sort_unstable();
                hashes.dedup();
            }
        }
        // The sieve's keys: the distinct hashes of whole keys, and the multi keys with
        // their next two bytes.
        let mut total = 0;
        for table in [0, LOWER] {
            let n = keys[table][Key::Whole as usize].len() + multi[table].len();
            let bits = ((n * SIEVE_BITS_PER_KEY) << table)
                .next_power_of_two()
                .max(1 << 12);
            t.sieve_at[table] = SieveTable {
                shift: 64 - bits.trailing_zeros(),
                at: total,
            };
            total += bits;
        }
        let mut sieve = vec![0u64; total / 64];
        for table in [0, LOWER] {
            let at = t.sieve_at[table];
            for &h in &keys[table][Key::Whole as usize] {
                let i = at.at + (h >> at.shift) as usize;
                sieve[i >> 6] |= 1 << (i & 63) | 1u64.wrapping_shl(whole_bit(h));
            }
            for &(h, next2) in &multi[table] {
                let i = at.at + (h >> at.shift) as usize;
                sieve[i >> 6] |= 1 << (i & 63) | 1u64.wrapping_shl(multi_bit(h, next2));
            }
        }
        t.sieve = Table::new(sieve);
        for (table, kinds) in keys.iter().enumerate() {
            // About 10 bits per distinct key, at least 4 KiB, and no power of two: the
            // table for the default lists (about 115 KiB) stays in L2, whose misses cost
            // more than the few more false positives (cachegrind with a 1 MiB last level:
            // 103.3 k misses per scan of /tmp/news.jsonl, 118.6 k with 16 bits per key and
            // 256 KiB).
            let count: usize = kinds.iter().map(Vec::len).sum();
            let nblocks = (count / DENSITY).max(1 << 9);
            let mut blocks = vec![0u64; nblocks];
            t.len[table] = nblocks as u64;
            for (k, hashes) in [Key::Whole, Key::Multi, Key::Pair].into_iter().zip(kinds) {
                for &s in hashes {
                    let h = bloom_of(s);
                    let (i, m) = match k {
                        Key::Whole => t.index(table, h, 0),
                        Key::Multi => t.index(table, h, 12),
                        Key::Pair => t.index(table, pair_key(h), 0),
                    };
                    blocks[i] |= m;
                }
            }
            t.blocks[table] = Table::new(blocks);
        }
        t
    }
    /// The block of hash `h` in `table` and two bits in it, from the bits of `h` at `at`
    /// (0 or 12).
    #[inline]
    fn index(&self, table: usize, h: u64, at: u32) -> (usize, u64) {
        let i = (((h >> 32) * self.len[table]) >> 32) as usize;
        (i, 1 << ((h >> at) & 63) | 1 << ((h >> (at + 6)) & 63))
    }
    /// May a pattern that ends on a boundary start at the word `text[s..e]` (a whole run of
    /// word chars, not empty)? A one-word pattern must be the word (or its genitive stem);
    /// a longer one must have it as its first word and match up to its second word's end.
    #[inline]
    pub fn may_start(&self, text: &str, s: usize, e: usize) -> bool {
        self.may_start_with(text, s, e, || None)
    }
    /// [`Self::may_start`], with `pair_end`, which may give the end of the word after the
    /// one ending at `e` (if it knows it, say from the scan's bit masks) when the test needs
    /// it; else it is found char by char.
    #[inline]
    pub fn may_start_with(
        &self,
        text: &str,
        s: usize,
        e: usize,
        pair_end: impl FnOnce() -> Option<usize>,
    ) -> bool {
        let h = bloom_hash(text.as_bytes(), s, e - s);
        self.may_start_hashed(text, s, e, h, pair_end)
    }
    /// [`Self::may_start`] for a word of at most eight bytes whose first eight bytes (as
    /// read at `s`, little-endian) the caller has loaded: `x`.
    #[inline]
    pub fn may_start_short(&self, text: &str, s: usize, e: usize, x: u64) -> bool {
        self.may_start_short_with(text, s, e, x, || None)
    }
    /// [`Self::may_start_short`] with `pair_end` as in [`Self::may_start_with`].
    #[inline]
    pub fn may_start_short_with(
        &self,
        text: &str,
        s: usize,
        e: usize,
        x: u64,
        pair_end: impl FnOnce() -> Option<usize>,
    ) -> bool {
        let n = e - s;
        let head = if n >= 8 {
            x
        } else {
            x & ((1u64 << (8 * n)) - 1)
        };
        self.may_start_hashed(text, s, e, mix_hash(head, 0, n), pair_end)
    }
    /// May the word `bytes[s..e]` (a whole run of word chars, not empty) be a one-word
    /// pattern or its genitive, or the first word of a longer pattern that goes on with
    /// the two bytes after it, as [`Self::may_start`] asks (no false negatives)? The test
    /// the scan puts to every word: one or two loads, two multiplies and three bits of one
    /// 64-bit word, in a table that stays in L1 for the lower-case words (six in ten of
    /// running text) and in L2 for the others; about one word in eleven gets through.
    #[inline(always)]
    pub fn may_hold(&self, bytes: &[u8], s: usize, e: usize) -> bool {
        let n = e - s;
        let next2 = u16::from_le_bytes([
            bytes.get(e).copied().unwrap_or(0),
            bytes.get(e + 1).copied().unwrap_or(0),
        ]);
        let Some(x) = u64_at(bytes, s) else {
            return self.may_hold_at_end(bytes, s, e, next2);
        };
        let (head, tail) = if n > 8 {
            match u64_at(bytes, e - 8) {
                Some(t) => (x, t),
                None => return self.may_hold_at_end(bytes, s, e, next2),
            }
        } else {
            // (`n` is at least 1.)
            (x & u64::MAX >> ((64 - 8 * n) & 63), 0)
        };
        self.sieve_bit(head, tail, n, next2)
    }
    /// [`Self::may_hold`] for a word less than eight bytes before the text's end.
    #[cold]
    fn may_hold_at_end(&self, bytes: &[u8], s: usize, e: usize, next2: u16) -> bool {
        let n = e - s;
        let tail = if n > 8 { load8(bytes, e - 8, 8) } else { 0 };
        self.sieve_bit(load8(bytes, s, n), tail, n, next2)
    }
    /// The sieve's answer for a word of `n` bytes whose first and last eight are `head` and
    /// `tail` (as [`sieve_hash`] takes them), followed by the two bytes `next2`.
    #[inline(always)]
    pub fn sieve_bit(&self, head: u64, tail: u64, n: usize, next2: u16) -> bool {
        let t = self.sieve_at[table_of(head as u8)];
        let h = sieve_hash(head, tail, n);
        let i = t.at + (h >> t.shift) as usize;
        self.sieve
            .get(i >> 6)
            .is_none_or(|&w| sieve_answer(w, i, h, next2) & 1 != 0)
    }
    /// The sieve's bits and tables, for a caller that tests many words as
    /// [`Self::sieve_bit`] does.
    #[inline]
    pub fn sieve(&self) -> (&[u64], [SieveTable; 2]) {
        (self.sieve.as_slice(), self.sieve_at)
    }
    /// [`Self::may_start`] given the word's [`bloom_hash`] `h`, with `pair_end` as in
    /// [`Self::may_start_with`]. Always inlined: the scan calls it for four words in ten,
    /// and as a call it cost 6 M more instructions per pass over `/tmp/news.jsonl`.
    #[inline(always)]
    pub fn may_start_hashed(
        &self,
        text: &str,
        s: usize,
        e: usize,
        h: u64,
        pair_end: impl FnOnce() -> Option<usize>,
    ) -> bool {
        let table = text.as_bytes().get(s).copied().map_or(0, table_of);
        let (i, whole) = self.index(table, h, 0);
        let (_, multi) = self.index(table, h, 12);
        let Some(&block) = self.blocks[table].get(i) else {
            return false;
        };
        if block & whole == whole {
            return true;
        }
        if block & multi != multi {
            return false;
        }
        match pair_end() {
            Some(e2) => self.is_pair(text.as_bytes(), s, e2),
            None => self.may_start_pair(text, e, s),
        }
    }
    /// The second half of [`Self::may_start`]: is the text from `s` up to the end of the
    /// word after the one ending at `e` a [`Key::Pair`]?
    #[cold]
    fn may_start_pair(&self, text: &str, e: usize, s: usize) -> bool {
        let bytes = text.as_bytes();
        // The second word: after the chars that are not word chars.
        let mut q = e;
        loop {
            match bytes.get(q) {
                None => return false,
                Some(&b) if b < 0x80 => {
                    if b.is_ascii_alphanumeric() {
                        break;
                    }
                    q += 1;
                }
                Some(_) => match crate::text::char_at(text, q) {
                    Some(c) if crate::text::is_word(c) => break,
                    Some(c) => q += c.len_utf8(),
                    None => return false,
                },
            }
        }
        self.is_pair(bytes, s, crate::text::word_end(text, q))
    }
    /// Is `bytes[s..e2]` (two words and what stands between them) a [`Key::Pair`]?
    #[inline]
    fn is_pair(&self, bytes: &[u8], s: usize, e2: usize) -> bool {
        let table = bytes.get(s).copied().map_or(0, table_of);
        let (i, m) = self.index(table, pair_key(bloom_hash(bytes, s, e2 - s)), 0);
        self.blocks[table].get(i).is_some_and(|b| b & m == m)
    }
    /// Bytes held: heap, and whole huge pages for a mapped table ([`Table::memory_usage`]).
    pub fn memory_usage(&self) -> usize {
        self.blocks[0].memory_usage()
            + self.blocks[LOWER].memory_usage()
            + self.sieve.memory_usage()
    }
}

/// The hash of a [`Key::Pair`] from the hash of its bytes (another block than the word's).
#[inline]
fn pair_key(h: u64) -> u64 {
    let x = (h ^ 2).wrapping_mul(0xD6E8_FEB8_6659_FD93);
    x ^ (x >> 32)
}

/// The eight bytes at `bytes[i..]` as a little-endian word, if the text has them.
#[inline(always)]
pub(crate) fn u64_at(bytes: &[u8], i: usize) -> Option<u64> {
    let c: &[u8; 8] = bytes.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(*c))
}

/// The eight bytes at `bytes[i..]` as a little-endian word, the first `n` of them only
/// (`n` at most 8; bytes past the text's end are zero).
#[inline]
pub(crate) fn load8(bytes: &[u8], i: usize, n: usize) -> u64 {
    let mut b = [0u8; 8];
    match bytes.get(i..i + 8) {
        Some(c) => b.copy_from_slice(c),
        None => {
            let c = bytes.get(i..).unwrap_or(&[]);
            let k = c.len().min(8);
            b[..k].copy_from_slice(&c[..k]);
        }
    }
    let w = u64::from_le_bytes(b);
    if n >= 8 {
        w
    } else {
        w & ((1u64 << (8 * n)) - 1)
    }
}

/// The [`FirstWords`] hash of the `n` bytes at `bytes[s..]`: its first and last eight bytes
/// (they overlap for `n` < 16) and `n`.
#[inline]
pub(crate) fn bloom_hash(bytes: &[u8], s: usize, n: usize) -> u64 {
    bloom_of(sieve_hash_at(bytes, s, n))
}

/// The [`sieve_hash`] of the `n` bytes at `bytes[s..]`.
#[inline]
fn sieve_hash_at(bytes: &[u8], s: usize, n: usize) -> u64 {
    let head = load8(bytes, s, n);
    let tail = if n > 8 { load8(bytes, s + n - 8, 8) } else { 0 };
    sieve_hash(head, tail, n)
}

/// [`bloom_hash`] from its parts: the first eight bytes (only the first `n` of them), the
/// last eight (0 for `n` up to 8), and `n`.
#[inline]
pub(crate) fn mix_hash(head: u64, tail: u64, n: usize) -> u64 {
    bloom_of(sieve_hash(head, tail, n))
}

/// [`bloom_hash`] from the [`sieve_hash`] of the same bytes: its good top bits rotated
/// down and mixed once more, since the Bloom filter reads low bits too. (One hash of a key
/// serves both filters: the build keeps one list of keys, not two.)
#[inline]
fn bloom_of(s: u64) -> u64 {
    let r = s.rotate_left(23);
    (r ^ (r >> 29)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// A hash of the `n` bytes at `bytes[s..]`, eight at a time. Reads whole eight-byte words
/// where the text has them (masking the bytes past the end), so no copy of the word.
#[inline]
fn word_hash(bytes: &[u8], s: usize, n: usize) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut h = n as u64;
    let mut i = s;
    let end = s + n;
    loop {
        let left = end.saturating_sub(i);
        let mut b = [0u8; 8];
        match bytes.get(i..i + 8) {
            Some(c) => b.copy_from_slice(c),
            None => {
                let c = bytes.get(i..end).unwrap_or(&[]);
                b[..c.len().min(8)].copy_from_slice(&c[..c.len().min(8)]);
            }
        }
        let mut w = u64::from_le_bytes(b);
        if left < 8 {
            w &= (1u64 << (8 * left)) - 1;
        }
        h = (h.rotate_left(23) ^ w).wrapping_mul(K);
        if left <= 8 {
            break;
        }
        i += 8;
    }
    // Fold the high bits down, so the block and the bits depend on all input bits.
    (h ^ (h >> 29)).wrapping_mul(K)
}

/// The automaton over all patterns, walked anchored at one position by hand (no failure
/// transitions, no per-call setup of the searcher API: the scan calls it at every
/// possible name start).
#[derive(Debug, Clone)]
pub(crate) enum AnchoredAutomaton {
    /// A contiguous NFA: about 2 MB for the default lists, its top states stay in cache.
    Nfa(aho_corasick::nfa::contiguous::NFA),
    /// A DFA with an anchored start state only: one lookup per byte, 50 times the memory.
    Dfa(aho_corasick::dfa::DFA),
    /// The byte trie (the default).
    Trie(Trie),
}

impl AnchoredAutomaton {
    /// The longest pattern that is a prefix of `hay`: `(length, pattern id)`.
    #[inline]
    pub fn longest(&self, hay: &[u8]) -> Option<(usize, usize)> {
        match self {
            AnchoredAutomaton::Nfa(a) => longest_prefix(a, hay),
            AnchoredAutomaton::Dfa(a) => longest_prefix(a, hay),
            AnchoredAutomaton::Trie(t) => t.longest(hay),
        }
    }
    /// [`Self::longest`] resumed from `state` after the first `i` bytes of `hay` (a state
    /// of [`FirstStates`], which only the trie has).
    #[inline]
    pub fn resume(&self, hay: &[u8], state: TrieState, i: usize) -> Option<(usize, usize)> {
        match self {
            AnchoredAutomaton::Trie(t) => t.walk(hay, state, i),
            _ => self.longest(hay),
        }
    }
    /// Heap bytes.
    pub fn memory_usage(&self) -> usize {
        match self {
            AnchoredAutomaton::Nfa(a) => a.memory_usage(),
            AnchoredAutomaton::Dfa(a) => a.memory_usage(),
            AnchoredAutomaton::Trie(t) => t.memory_usage(),
        }
    }
}

/// A byte trie over all patterns for the anchored walk, path-compressed (a chain of nodes
/// with one child and no pattern is one node with an edge string), built breadth first from
/// the sorted patterns, so the children of a node are contiguous and sorted by their first
/// byte. Smaller and much quicker to build than an aho-corasick NFA (no failure links, no
/// intermediate automaton: the 1,000,000-name build's peak), and a walk reads a few nodes,
/// not one per byte (each read is likely a cache miss: the walk's cost).
#[derive(Debug, Clone)]
pub(crate) struct Trie {
    /// The root's children by byte (`NONE`: none).
    root: Box<[u32; 256]>,
    nodes: Table<Node>,
    /// The first byte of the edge into each node, indexed like `nodes`: the children of a
    /// node are `labels[first..first + count]`, sorted.
    labels: Vec<u8>,
    /// The rest of the edges' bytes.
    edges: Vec<u8>,
}

#[derive(Debug, Clone, Copy, Pod, Zeroable)]
#[repr(C)]
struct Node {
    first: u32,
    count: u16,
    /// Length of the rest of the edge into this node.
    len: u16,
    /// Up to [`INLINE_EDGE`] bytes: the edge itself (little-endian); else where it starts
    /// in `edges`.
    edge: u32,
    /// The pattern that ends here (`NONE`: none).
    pid: u32,
}

const NONE: u32 = u32::MAX;

/// Edges of up to this many bytes are stored in their [`Node`].
const INLINE_EDGE: usize = 4;

/// Where a [`Trie`] walk stands: in `node`, whose edge's first `done` bytes it has
/// matched (all of them: past the node, its pattern counted), with the longest pattern so
/// far.
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
#[repr(C)]
pub(crate) struct TrieState {
    node: u32,
    done: u32,
    /// The longest pattern's length and id (`NONE`: none yet).
    best_len: u32,
    best_pid: u32,
}

/// The [`Trie`]'s walk state after each first word of the patterns (the leading run of word
/// chars: `Vereinigte` of `Vereinigte Staaten`, `Dr` of `Dr.`), by the word's exact bytes:
/// at a word start the scan looks the whole word up and resumes the walk after it,
/// instead of walking the trie byte by byte from its root (a few nodes, each a likely cache
/// miss and a search of its children). A word that is no first word can start no pattern
/// that ends on a boundary but through a genitive ending (`Russlands`), looked up the same
/// way. The entries lie in an open addressing table keyed by the top bits of the word's
/// [`bloom_hash`] (which the scan has already computed for the first-word filter), with
/// linear probing and 4/3 to 8/3 slots an entry: a lookup reads its slot
/// and, on a collision, the next ones (32-byte aligned entries, two a cache line), so it
/// costs one cache miss where a table of bucket bounds in front of the entries cost two
/// dependent ones.
#[derive(Debug, Default)]
pub(crate) struct FirstStates {
    /// A power of two slots (at least two, at least one empty), none without words; an empty
    /// slot has length 0.
    slots: Table<FirstState>,
    /// A hash's home slot: its top bits, `h >> shift`.
    shift: u32,
    /// The bytes of the words longer than eight bytes.
    long_keys: Vec<u8>,
}

/// One word of [`FirstStates`].
#[derive(Debug, Clone, Copy, Pod, Zeroable)]
#[repr(C, align(32))]
struct FirstState {
    /// The word's first eight bytes (little-endian, zero past its end).
    head: u64,
    /// Its length in bytes (0: an empty slot).
    len: u32,
    /// For a word longer than eight bytes: where it starts in `long_keys`.
    at: u32,
    state: TrieState,
}

/// An empty [`FirstStates`] slot.
const EMPTY_FIRST: FirstState = FirstState {
    head: 0,
    len: 0,
    at: 0,
    state: TrieState {
        node: 0,
        done: 0,
        best_len: 0,
        best_pid: NONE,
    },
};

impl TrieState {
    /// A state in `node` after `done` bytes of its edge, with the longest pattern `best`.
    /// `None` if a length does not fit in 32 bits (edges and patterns are far shorter).
    fn new(node: u32, done: usize, best: Option<(usize, usize)>) -> Option<TrieState> {
        let (best_len, best_pid) = match best {
            Some((n, pid)) => (u32::try_from(n).ok()?, u32::try_from(pid).ok()?),
            None => (0, NONE),
        };
        Some(TrieState {
            node,
            done: u32::try_from(done).ok()?,
            best_len,
            best_pid,
        })
    }
    /// The longest pattern so far: `(length, pattern id)`.
    #[inline]
    pub fn best(&self) -> Option<(usize, usize)> {
        (self.best_pid != NONE).then_some((self.best_len as usize, self.best_pid as usize))
    }
}

impl FirstStates {
    /// No states (an automaton other than the trie).
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
    /// The states after the first words of `pats` in `trie`.
    fn new(pats: &Strings, trie: &Trie) -> FirstStates {
        let mut t = FirstStates::default();
        let mut entries = Vec::new();
        let mut seen: FastSet<&str> = FastSet::default();
        for p in pats.iter() {
            let r1 = crate::text::word_end(p, 0);
            let word = &p[..r1];
            if r1 == 0 || !seen.insert(word) {
                continue;
            }
            let Some(state) = trie.state_after(word.as_bytes()) else {
                continue;
            };
            let b = word.as_bytes();
            let at = if b.len() > 8 {
                let at = t.long_keys.len() as u32;
                t.long_keys.extend_from_slice(b);
                at
            } else {
                0
            };
            entries.push(FirstState {
                head: load8(b, 0, b.len()),
                len: b.len() as u32,
                at,
                state,
            });
        }
        drop(seen);
        if entries.is_empty() {
            return FirstStates::default();
        }
        // 4/3 to 8/3 slots an entry: short probe runs, and one at least is empty, which
        // ends every probe.
        let n = (entries.len() * 4 / 3 + 1).next_power_of_two().max(2);
        t.shift = 64 - n.trailing_zeros();
        let mut slots = vec![EMPTY_FIRST; n];
        for e in entries {
            let mut i = (t.hash(&e) >> t.shift) as usize;
            while slots[i].len != 0 {
                i = (i + 1) & (n - 1);
            }
            slots[i] = e;
        }
        t.slots = Table::new(slots);
        t.long_keys.shrink_to_fit();
        t
    }
    /// The bytes of `e`'s word, for a word longer than eight bytes.
    fn key<'s>(&'s self, e: &FirstState) -> &'s [u8] {
        let n = e.len as usize;
        if n > 8 {
            let at = e.at as usize;
            &self.long_keys[at..at + n]
        } else {
            &[]
        }
    }
    /// The walk state after the word `bytes[s..e]` (not empty), whose [`bloom_hash`] is
    /// `h` and whose first eight bytes (zero past its end) are `head`, if it is a first
    /// word.
    #[inline]
    pub fn get(&self, bytes: &[u8], s: usize, e: usize, h: u64, head: u64) -> Option<TrieState> {
        let n = e - s;
        let slots = self.slots.as_slice();
        let mask = slots.len().wrapping_sub(1);
        let mut i = h.checked_shr(self.shift)? as usize;
        loop {
            let entry = slots.get(i)?;
            if entry.len as usize == n
                && entry.head == head
                && (n <= 8
                    || bytes
                        .get(s..e)
                        .is_some_and(|w| same_long(w, self.key(entry))))
            {
                return Some(entry.state);
            }
            if entry.len == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }
    /// Hints the CPU to fetch the home slot of a word whose [`bloom_hash`] is `h` (x86-64;
    /// nothing elsewhere): called before the first-word filter reads its block, so the two
    /// likely cache misses overlap instead of the slot's waiting for the filter's answer.
    #[inline(always)]
    pub fn prefetch(&self, h: u64) {
        if let Some(slot) = h
            .checked_shr(self.shift)
            .and_then(|i| self.slots.get(i as usize))
        {
            prefetch(slot);
        }
    }
    /// The [`bloom_hash`] of `e`'s word.
    fn hash(&self, e: &FirstState) -> u64 {
        let n = e.len as usize;
        if n > 8 {
            bloom_hash(&self.long_keys, e.at as usize, n)
        } else {
            mix_hash(e.head, 0, n)
        }
    }
    /// Bytes held: heap, and whole huge pages for a mapped table ([`Table::memory_usage`]).
    pub fn memory_usage(&self) -> usize {
        self.slots.memory_usage() + self.long_keys.capacity()
    }
}

/// The indices of `pats` in the order of their bytes (as `str` orders). Sorted first by
/// their first eight bytes as a number, then, where those are equal, by the whole strings:
/// one string compare per pair had been half of the trie's build and a fifth of the
/// default build's instructions.
fn sorted_order(pats: &Strings) -> Vec<u32> {
    // The first eight bytes, big-endian, zero past the end: their order is the strings'
    // order wherever they differ (a string's end sorts before any byte, as zero does).
    let mut keyed: Vec<(u64, u32)> = (0..pats.len())
        .map(|i| {
            let b = pats.get(i).as_bytes();
            let mut k = [0u8; 8];
            let n = b.len().min(8);
            k[..n].copy_from_slice(&b[..n]);
            (u64::from_be_bytes(k), i as u32)
        })
        .collect();
    keyed.sort_unstable();
    let mut order: Vec<u32> = keyed.iter().map(|&(_, i)| i).collect();
    // Runs of equal leading bytes: by the whole strings.
    let mut a = 0;
    while a < keyed.len() {
        let b = a + keyed[a..].iter().take_while(|x| x.0 == keyed[a].0).count();
        if b - a > 1 {
            order[a..b].sort_unstable_by(|&x, &y| pats.get(x as usize).cmp(pats.get(y as usize)));
        }
        a = b;
    }
    order
}

/// `a == b` for `a` longer than eight bytes: eight bytes at a time and inline, the last
/// eight overlapping the ones before. (A `memcmp` call per long first word, 11 k a pass over
/// `/tmp/news.jsonl`, had cost more than the compare.)
#[inline]
fn same_long(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() || n < 8 {
        return a == b;
    }
    let at = |x: &[u8], i: usize| u64_at(x, i).unwrap_or(0);
    (0..n - 8).step_by(8).all(|i| at(a, i) == at(b, i)) && at(a, n - 8) == at(b, n - 8)
}

impl Trie {
    /// Builds the trie over distinct, non-empty `pats` (pattern id = index).
    fn new(pats: &Strings) -> Result<Trie, BuildError> {
        let too_big = || BuildError {
            msg: "cannot build the automaton: more than 2^32 trie nodes".to_owned(),
        };
        let order = sorted_order(pats);
        let key = |i: usize| pats.get(order[i] as usize).as_bytes();
        let mut t = Trie {
            root: Box::new([NONE; 256]),
            nodes: Table::default(),
            labels: Vec::new(),
            edges: Vec::new(),
        };
        let mut nodes: Vec<Node> = Vec::new();
        let empty = Node {
            first: 0,
            count: 0,
            len: 0,
            edge: 0,
            pid: NONE,
        };
        // The root: node 0 (its `first`/`count` are unused; walks start at `root`).
        nodes.push(empty);
        t.labels.push(0);
        // Depth first: each node, its range of sorted patterns sharing its prefix, and the
        // prefix length. A node's children are laid out when it is taken from the stack, so
        // a walk's next block of children (and their edges) lies near the last one: the
        // walk's cache misses were most of its time when the nodes lay level by level.
        let mut stack: Vec<(u32, u32, u32, u32)> = vec![(0, 0, pats.len() as u32, 0)];
        let mut next = Vec::new();
        while let Some((node, lo, hi, depth)) = stack.pop() {
            let (mut i, hi, d) = (lo as usize, hi as usize, depth as usize);
            // The pattern equal to the prefix sorts first.
            if i < hi && key(i).len() == d {
                nodes[node as usize].pid = order[i];
                i += 1;
            }
            let first = nodes.len();
            while i < hi {
                let b = key(i)[d];
                let mut j = i + 1;
                while j < hi && key(j)[d] == b {
                    j += 1;
                }
                // Extend the edge while all the range goes on with the same byte and no
                // pattern ends (the shortest, which sorts first, is longer).
                let (ki, kj) = (key(i), key(j - 1));
                let mut e = d + 1;
                while ki.get(e).is_some_and(|c| kj.get(e) == Some(c))
                    && e - d <= usize::from(u16::MAX)
                {
                    e += 1;
                }
                let id = u32::try_from(nodes.len()).map_err(|_| too_big())?;
                let rest = &ki[d + 1..e];
                let edge = if rest.len() <= INLINE_EDGE {
                    // Short edges live in the node: no read of `edges` for them.
                    let mut b = [0u8; 4];
                    b[..rest.len()].copy_from_slice(rest);
                    u32::from_le_bytes(b)
                } else {
                    let at = u32::try_from(t.edges.len()).map_err(|_| too_big())?;
                    t.edges.extend_from_slice(rest);
                    at
                };
                nodes.push(Node {
                    edge,
                    len: (e - d - 1) as u16,
                    ..empty
                });
                t.labels.push(b);
                if node == 0 {
                    t.root[usize::from(b)] = id;
                }
                next.push((id, i as u32, j as u32, e as u32));
                i = j;
            }
            // At most 256 children: one per byte.
            let count = (nodes.len() - first) as u16;
            let n = &mut nodes[node as usize];
            n.first = u32::try_from(first).map_err(|_| too_big())?;
            n.count = count;
            // The first child on top: its subtree is laid out next.
            stack.extend(next.drain(..).rev());
        }
        t.nodes = Table::new(nodes);
        t.labels.shrink_to_fit();
        t.edges.shrink_to_fit();
        Ok(t)
    }

    /// The longest pattern that is a prefix of `hay`: `(length, pattern id)`.
    #[inline]
    fn longest(&self, hay: &[u8]) -> Option<(usize, usize)> {
        let &b0 = hay.first()?;
        let node = *self.root.get(usize::from(b0))?;
        self.walk_from(hay, node, 0, None, 1)
    }

    /// [`Self::longest`] from `state`, the walk's state after the first `i` bytes of `hay`:
    /// the same walk, resumed.
    #[inline]
    fn walk(&self, hay: &[u8], state: TrieState, i: usize) -> Option<(usize, usize)> {
        let best = state.best();
        if state.node == NONE {
            // A closed state: no pattern goes on, and the node is not read (a likely
            // cache miss).
            return best;
        }
        self.walk_from(hay, state.node, state.done as usize, best, i)
    }

    /// The walk of [`Self::longest`] from `node`, `done` bytes into its edge, after the
    /// first `i` bytes of `hay`, with the longest pattern so far `best`.
    #[inline]
    fn walk_from(
        &self,
        hay: &[u8],
        mut node: u32,
        mut done: usize,
        mut best: Option<(usize, usize)>,
        mut i: usize,
    ) -> Option<(usize, usize)> {
        let nodes = self.nodes.as_slice();
        loop {
            let n = nodes.get(node as usize)?;
            let len = usize::from(n.len);
            if len > done {
                let inline = n.edge.to_le_bytes();
                let edge = if len <= INLINE_EDGE {
                    &inline[done..len]
                } else {
                    let start = n.edge as usize;
                    self.edges.get(start + done..start + len)?
                };
                // Byte by byte: edges are short, and a `memcmp` call per edge cost more
                // than the compare.
                match hay.get(i..i + (len - done)) {
                    Some(rest) if rest.iter().zip(edge).all(|(a, b)| a == b) => {}
                    _ => return best,
                }
                i += len - done;
            }
            done = 0;
            if n.pid != NONE {
                best = Some((i, n.pid as usize));
            }
            let Some(&b) = hay.get(i) else {
                return best;
            };
            let first = n.first as usize;
            let kids = self.labels.get(first..first + usize::from(n.count))?;
            let k = if kids.len() <= 16 {
                match kids.iter().position(|&c| c == b) {
                    Some(k) => k,
                    None => return best,
                }
            } else {
                match kids.binary_search(&b) {
                    Ok(k) => k,
                    Err(_) => return best,
                }
            };
            node = (first + k) as u32;
            i += 1;
        }
    }

    /// The walk's state after all of `word` (not empty), if some pattern has it as a
    /// prefix: [`Self::walk`] from there goes on as [`Self::longest`] would, for a `hay`
    /// whose byte after the word is no ASCII letter or digit (`word` is a whole run of word
    /// chars). The state is closed (`node` is `NONE`) where every way on from it takes such
    /// a byte (`Berlin` when the lists hold `Berliner` but no `Berlin-Mitte`): the walk
    /// then stops at once.
    fn state_after(&self, word: &[u8]) -> Option<TrieState> {
        // Closed if no byte that may follow a run of word chars goes on.
        let closed = |next: &[u8]| next.iter().all(u8::is_ascii_alphanumeric);
        let &b0 = word.first()?;
        let mut node = *self.root.get(usize::from(b0))?;
        let mut best = None;
        let mut i = 1;
        loop {
            let n = self.nodes.get(node as usize)?;
            let len = usize::from(n.len);
            let inline = n.edge.to_le_bytes();
            let edge = if len <= INLINE_EDGE {
                &inline[..len]
            } else {
                let start = n.edge as usize;
                self.edges.get(start..start + len)?
            };
            let rest = &word[i..];
            if rest.len() < len {
                // The word ends inside this edge.
                return if edge[..rest.len()] == *rest {
                    let node = match closed(&edge[rest.len()..=rest.len()]) {
                        true => NONE,
                        false => node,
                    };
                    TrieState::new(node, rest.len(), best)
                } else {
                    None
                };
            }
            if rest[..len] != *edge {
                return None;
            }
            i += len;
            if n.pid != NONE {
                best = Some((i, n.pid as usize));
            }
            let first = n.first as usize;
            let kids = self.labels.get(first..first + usize::from(n.count))?;
            let Some(&b) = word.get(i) else {
                let node = if closed(kids) { NONE } else { node };
                return TrieState::new(node, len, best);
            };
            node = (first + kids.binary_search(&b).ok()?) as u32;
            i += 1;
        }
    }

    /// Bytes held: heap, and whole huge pages for a mapped table ([`Table::memory_usage`]).
    fn memory_usage(&self) -> usize {
        self.nodes.memory_usage() + self.labels.capacity() + self.edges.capacity() + 1024
    }
}

/// Walks `a` from its anchored start over `hay` until it dies; the last state that matches a
/// pattern as long as the walk so far gives the longest prefix pattern (patterns are
/// distinct strings, so at most one has that length; the length check also ignores any
/// suffix match a state may carry).
#[inline]
fn longest_prefix<A: aho_corasick::automaton::Automaton>(
    a: &A,
    hay: &[u8],
) -> Option<(usize, usize)> {
    let mut sid = a.start_state(Anchored::Yes).ok()?;
    let mut best = None;
    for (i, &b) in hay.iter().enumerate() {
        sid = a.next_state(Anchored::Yes, sid, b);
        if a.is_dead(sid) {
            break;
        }
        if a.is_match(sid) {
            let n = i + 1;
            best = (0..a.match_len(sid))
                .map(|k| a.match_pattern(sid, k))
                .find(|&pid| a.pattern_len(pid) == n)
                .map(|pid| (n, pid.as_usize()))
                .or(best);
        }
    }
    best
}

/// The built gazetteer's data.
#[derive(Debug)]
pub(crate) struct Inner {
    pub entities: Vec<Entity>,
    /// All patterns, anchored only: run at the positions `starts` lets through.
    pub anchored: AnchoredAutomaton,
    /// The first bytes of all patterns: which word starts can start one. A filter in front
    /// of `anchored`, so it runs at a few word starts instead of at every byte (the
    /// unanchored scan's cost was cache misses in a 100 MB DFA).
    pub starts: Prefixes,
    /// The patterns that may start inside a word (`straße`, `präsident`), unanchored: finds
    /// the few positions inside words where the scan must look.
    pub inside: AhoCorasick,
    pub pats: Vec<PatInfo>,
    /// Each pattern's [`PatInfo::genitive`] flags, and [`TITLE_FLAG`] for a title, by
    /// pattern id: all that the scan reads of a candidate's pattern. A byte a pattern
    /// (40 KB for the default lists, in L2) where `pats` has 16 (640 KB, mostly not): the
    /// scan's read of the candidate's `PatInfo` waited for a cache miss (perf: a tenth of
    /// `find`'s own samples); the resolver reads that line later, after its prefetch.
    pub scan_flags: Box<[u8]>,
    pub first_names: FastMap<String, u8>,
    pub roles: Roles,
    /// The trie walk's state after each first word of the patterns (empty unless the
    /// automaton is the trie).
    pub first_states: FirstStates,
}

/// Hints the CPU to fetch `x`'s cache line (x86-64; nothing elsewhere).
#[inline(always)]
pub(crate) fn prefetch<T>(x: &T) {
    #[cfg(all(target_arch = "x86_64", target_feature = "sse"))]
    safe_arch::prefetch_t0(x);
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse")))]
    let _ = x;
}

/// The bit of [`Inner::scan_flags`] for a title (above the genitive flags).
pub(crate) const TITLE_FLAG: u8 = 0x80;

/// A hash set of ids whose keys live elsewhere (`Vec<Box<str>>`, the entity list): four
/// bytes a slot instead of a second copy of each key, which matters for a build of a
/// million names. Open addressing, linear probing.
#[derive(Default)]
struct IdTable {
    slots: Vec<u32>,
    len: usize,
}

impl IdTable {
    /// The slot index of hash `h`: its top bits.
    #[inline]
    fn home(&self, h: u64) -> usize {
        (h >> (64 - self.slots.len().trailing_zeros())) as usize
    }
    /// The id whose key `eq` accepts, among those stored under hash `h`.
    fn find(&self, h: u64, mut eq: impl FnMut(u32) -> bool) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = self.home(h);
        loop {
            match self.slots[i] {
                NONE => return None,
                id if eq(id) => return Some(id),
                _ => i = (i + 1) & mask,
            }
        }
    }
    /// Stores `id` (not yet present) under hash `h`; `rehash` gives the hash of a stored id
    /// when the table grows.
    fn insert(&mut self, h: u64, id: u32, rehash: impl Fn(u32) -> u64) {
        if (self.len + 1) * 8 > self.slots.len() * 7 {
            let n = (self.slots.len() * 2).max(64);
            let old = std::mem::replace(&mut self.slots, vec![NONE; n]);
            for o in old.into_iter().filter(|&o| o != NONE) {
                self.put(rehash(o), o);
            }
        }
        self.put(h, id);
        self.len += 1;
    }
    fn put(&mut self, h: u64, id: u32) {
        let mask = self.slots.len() - 1;
        let mut i = self.home(h);
        while self.slots[i] != NONE {
            i = (i + 1) & mask;
        }
        self.slots[i] = id;
    }
}

/// The hash of a key string for [`IdTable`].
fn key_hash(s: &str) -> u64 {
    word_hash(s.as_bytes(), 0, s.len())
}

/// The pattern strings, in pattern-id order, in one buffer (a million short names as one
/// allocation instead of a million).
#[derive(Default)]
pub(crate) struct Strings {
    buf: String,
    /// End of each string in `buf`; each starts where the one before ends.
    ends: Vec<usize>,
}

impl Strings {
    fn push(&mut self, s: &str) {
        self.buf.push_str(s);
        self.ends.push(self.buf.len());
    }
    fn len(&self) -> usize {
        self.ends.len()
    }
    /// String `i` (empty when out of range).
    fn get(&self, i: usize) -> &str {
        let start = match i.checked_sub(1) {
            Some(k) => self.ends.get(k).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.ends.get(i).copied().unwrap_or(start);
        self.buf.get(start..end).unwrap_or("")
    }
    fn iter(&self) -> impl Iterator<Item = &str> + Clone + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

/// Collects surface forms, one [`PatInfo`] per distinct string.
#[derive(Default)]
struct Patterns {
    strings: Strings,
    infos: Vec<PatInfo>,
    index: IdTable,
}

impl Patterns {
    fn slot(&mut self, s: &str) -> &mut PatInfo {
        let h = key_hash(s);
        let strings = &self.strings;
        let i = match self.index.find(h, |i| strings.get(i as usize) == s) {
            Some(i) => i as usize,
            None => {
                let i = self.infos.len();
                self.infos.push(PatInfo::default());
                self.strings.push(s);
                let strings = &self.strings;
                self.index
                    .insert(h, i as u32, |o| key_hash(strings.get(o as usize)));
                i
            }
        };
        &mut self.infos[i]
    }

    /// The strings in pattern-id order and their infos.
    fn into_parts(self) -> (Strings, Vec<PatInfo>) {
        (self.strings, self.infos)
    }
    /// Adds a name form unless the string already names something (first come wins).
    fn name(&mut self, s: &str, info: NameInfo) {
        let slot = self.slot(s);
        if slot.name.is_none() {
            slot.name = Some(info);
        }
    }
}

#[derive(Default)]
struct Entities {
    list: Vec<Entity>,
    /// (canonical, base label: PER, LOC or ORG) → entity.
    index: IdTable,
}

/// The hash of an entity key.
fn entity_hash(canonical: &str, label: Label) -> u64 {
    key_hash(canonical) ^ (label_slot(label) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn label_slot(label: Label) -> usize {
    match label {
        Label::Per | Label::PerPart => 0,
        Label::Loc | Label::LocPart | Label::LocDeriv => 1,
        _ => 2,
    }
}

impl Entities {
    fn lookup(&self, canonical: &str, label: Label) -> Option<u32> {
        let slot = label_slot(label);
        let list = &self.list;
        self.index.find(entity_hash(canonical, label), |i| {
            let e = &list[i as usize];
            e.canonical == canonical && label_slot(e.label) == slot
        })
    }
    fn get(&mut self, canonical: &str, label: Label) -> u32 {
        if let Some(i) = self.lookup(canonical, label) {
            return i;
        }
        let i = self.list.len() as u32;
        self.list.push(Entity {
            canonical: canonical.to_owned(),
            label,
            id: None,
            attrs: Vec::new(),
        });
        let list = &self.list;
        self.index.insert(entity_hash(canonical, label), i, |o| {
            let e = &list[o as usize];
            entity_hash(&e.canonical, e.label)
        });
        i
    }
    fn add_row(&mut self, row: &Row) -> u32 {
        let i = self.get(&row.canonical, row.label);
        let e = &mut self.list[i as usize];
        if e.id.is_none() {
            e.id.clone_from(&row.id);
        }
        for (k, v) in &row.attrs {
            if !e.attrs.iter().any(|(k2, _)| k2 == k) {
                e.attrs.push((k.clone(), v.clone()));
            }
        }
        i
    }
}

fn parse_amb(rule: &str) -> Option<Amb> {
    Some(match rule {
        "drop" => Amb::Drop,
        "locative" => Amb::Locative,
        "quoted" => Amb::Quoted,
        "article" => Amb::Article,
        "not_sentence_initial" => Amb::NotSentenceInitial,
        _ => return None,
    })
}

/// A first-name list's gender column as the rule stores it: `m`, `f`, or `?` when unknown.
/// The Berlin lists mark most common names `fm` (a boy's second name may be `Maria`, a
/// girl's `Alexander`), so for those the name's form decides where German naming makes it
/// clear ([`usual_gender`]).
fn gender_byte(name: &str, g: &str) -> u8 {
    match g {
        "m" => b'm',
        "f" => b'f',
        "fm" | "mf" => usual_gender(name),
        _ => b'?',
    }
}

/// The usual gender of a first name given to both: names in `-a` and `-e` are women's,
/// names in a consonant or `-o` men's, but for the lists of exceptions below (`Luca`,
/// `Uwe`, `Karin`, `Ruth`); names in `-i`, `-y` and `-u` stay unknown (`Toni`, `Heidi`,
/// `Andy`, `Lucy`).
fn usual_gender(name: &str) -> u8 {
    const MALE_A_E: &[&str] = &[
        "Luca",
        "Luka",
        "Mika",
        "Elia",
        "Joshua",
        "Jona",
        "Sascha",
        "Nikita",
        "Mustafa",
        "Hamza",
        "Musa",
        "Isa",
        "Ilja",
        "Kosta",
        "Uwe",
        "Ole",
        "Kalle",
        "Pepe",
        "Rene",
        "René",
        "Jose",
        "José",
        "Mose",
        "Lasse",
        "Malte",
        "Hauke",
        "Eike",
        "Momme",
        "Jonte",
        "Mike",
        "Steve",
        "Dave",
        "Pierre",
        "Andre",
        "André",
        "Daniele",
        "Emanuele",
        "Salvatore",
        "Giuseppe",
        "Michele",
        "Achille",
        "Yves",
        "George",
        "Jesse",
        "Luke",
        "Jake",
        "Blake",
        "Bruce",
        "Claude",
        "Mattia",
        "Micha",
        "Ezra",
        "Amine",
        "Yahya",
        "Zakaria",
        "Zakariya",
        "Taha",
        "Eyüp",
    ];
    const FEMALE_OTHER: &[&str] = &[
        "Elif",
        "Ruth",
        "Rut",
        "Doris",
        "Iris",
        "Agnes",
        "Carmen",
        "Miriam",
        "Mirjam",
        "Ingrid",
        "Gudrun",
        "Sigrid",
        "Astrid",
        "Karin",
        "Katrin",
        "Kathrin",
        "Kristin",
        "Kerstin",
        "Carolin",
        "Jasmin",
        "Yasmin",
        "Ann",
        "Lynn",
        "Nour",
        "Noor",
        "Maren",
        "Ellen",
        "Helen",
        "Evelyn",
        "Dagmar",
        "Margot",
        "Edith",
        "Judith",
        "Britt",
        "Ines",
        "Mercedes",
        "Dolores",
        "Beatrix",
        "Esther",
        "Rachel",
        "Sarah",
        "Hannah",
        "Deborah",
        "Leah",
        "Elisabeth",
        "Marlies",
        "Gertrud",
        "Irmgard",
        "Hildegard",
        "Waltraud",
        "Adelheid",
        "Liv",
        "Elin",
        "Merit",
        "Solveig",
        "Gül",
        "Dilek",
        "Zeynep",
        "Meryem",
        "Nil",
        "Ceren",
        "Karen",
        "Kirsten",
        "Bärbel",
        "Mechthild",
        "Annett",
        "Janet",
        "Margret",
        "Margit",
        "Chantal",
        "Isabel",
        "Ingeborg",
        "Hedwig",
        "Sigrun",
        "Heidrun",
        "Jil",
        "Jill",
        "Kathleen",
        "Doreen",
        "Marleen",
        "Ulrike",
        "Gwen",
        "Ayşegül",
        "Eylül",
        "Sevim",
        "Nurcan",
        "Derya",
        "Elisabet",
        "Aylin",
        "Ceyda",
        "Esin",
        "Gizem",
        "Damla",
        "Nesrin",
        "Şirin",
        "Shirin",
        "Nazlı",
        "Ayten",
        "Hatice",
        "Ilayda",
        "Tuğba",
        "Merve",
    ];
    // (Given to both in the news: `Nicola Beer`, `Nicola Zingaretti`; `Kim Jong Un`.)
    const EITHER: &[&str] = &[
        "Nicola",
        "Kim",
        "Dominique",
        "Jamie",
        "Sam",
        "Alex",
        "Robin",
    ];
    if EITHER.contains(&name) {
        return b'?';
    }
    if MALE_A_E.contains(&name) {
        return b'm';
    }
    if FEMALE_OTHER.contains(&name) {
        return b'f';
    }
    match name.chars().last() {
        Some('a' | 'e') => b'f',
        Some('i' | 'y' | 'u' | 'ü' | 'ı') | None => b'?',
        Some(c) if c.is_alphabetic() => b'm',
        _ => b'?',
    }
}

fn curated_err(file: &str, line: usize, msg: &str) -> BuildError {
    tsv::err(file, line, msg)
}

pub(crate) fn build(
    use_default: bool,
    use_small_places: bool,
    user_rows: &[Row],
    kind: Automaton,
) -> Result<crate::Gazetteer, BuildError> {
    let mut ents = Entities::default();
    let mut pats = Patterns::default();

    // Ambiguity rules apply to every list, default or user.
    let mut amb: HashMap<&str, Amb> = HashMap::new();
    for (line, f) in data::rows(data::AMBIGUITY) {
        let rule = f.get(1).and_then(|r| parse_amb(r));
        let (Some(name), Some(rule)) = (f.first(), rule) else {
            return Err(curated_err("data/ambiguity.tsv", line, "bad row"));
        };
        amb.insert(name, rule);
    }

    // The small places are two thirds of the default lists' bytes: parsed beside the others.
    let (default_rows, small_places) = join(
        || {
            let mut rows = Vec::new();
            if use_default {
                for (origin, text) in data::LISTS {
                    tsv::parse(origin, text.as_bytes(), &mut rows)?;
                }
            }
            Ok(rows)
        },
        || {
            let mut rows = Vec::new();
            if use_default && use_small_places {
                tsv::parse(
                    "data/loc_small.tsv",
                    data::SMALL_PLACES.as_bytes(),
                    &mut rows,
                )?;
            }
            Ok::<_, BuildError>(rows)
        },
    );
    let (default_rows, small_places) = (default_rows?, small_places?);
    // User names first: they take precedence over default names with the same surface.
    // Small places (GeoNames, 1,000+ inhabitants) share their names with surnames and nouns
    // (`Burg`, `Röttgen`): they count only after a locative preposition, without genitives.
    let all_rows = || {
        user_rows
            .iter()
            .chain(default_rows.iter())
            .map(|r| (r, false))
            .chain(small_places.iter().map(|r| (r, true)))
    };
    let info_of = |row: &Row, small: bool, entity: u32| NameInfo {
        entity,
        label: row.label,
        amb: match amb.get(row.name.as_str()) {
            Some(a) => *a,
            None if small => Amb::Locative,
            None => Amb::No,
        },
        form: Form::Name,
    };
    // Only the entity of each row is kept between the two passes (four bytes a row).
    let mut row_entities = Vec::with_capacity(all_rows().size_hint().0);
    for (row, small) in all_rows() {
        let entity = ents.add_row(row);
        pats.name(&row.name, info_of(row, small, entity));
        row_entities.push(entity);
    }
    // Genitives are checked at match time; other generated forms come after all list names,
    // so a listed name is never shadowed.
    for ((row, small), &entity) in all_rows().zip(&row_entities) {
        let info = info_of(row, small, entity);
        if info.amb == Amb::Locative {
            continue;
        }
        let name = row.name.as_str();
        let slot = pats.slot(name);
        if slot.name.is_some_and(|n| n.entity == info.entity) {
            slot.genitive = data::genitive_flags(name, info.label == Label::Per);
        }
        if info.label != Label::Per {
            if let Some(w) = data::adjective_inflection(name) {
                pats.name(&w, info);
            }
        }
    }

    // The row tables are done with: free them before the automaton, the peak of a big build.
    drop(row_entities);
    drop(default_rows);
    drop(small_places);

    let mut first_names = FastMap::default();
    let mut roles = Roles::default();
    if use_default {
        add_demonyms(&mut ents, &mut pats, &amb)?;
        for (line, f) in data::rows(data::FIRST_NAMES) {
            let (Some(name), Some(g), Some(count)) = (f.first(), f.get(1), f.get(2)) else {
                return Err(curated_err("data/first_names.tsv", line, "bad row"));
            };
            let count: u32 = count.parse().unwrap_or(0);
            if count < data::MIN_FIRST_NAME_COUNT
                || name.chars().count() < 2
                || !crate::text::is_capitalised_word(name)
            {
                continue;
            }
            let gender = gender_byte(name, g);
            first_names.insert((*name).to_owned(), gender);
            let slot = pats.slot(name);
            slot.first_name = Some(gender);
            // Common names (100+ Berlin babies) may stand alone as a person (`Claire`).
            slot.common_first_name = count >= data::MIN_ALONE_FIRST_NAME_COUNT;
        }
        // Rarer first names: only the first-name rule's, never alone.
        let more = data::rows(data::MORE_FIRST_NAMES)
            .map(|r| ("data/first_names_more.tsv", r))
            .chain(data::rows(data::EXTRA_FIRST_NAMES).map(|r| ("data/first_names_extra.tsv", r)));
        for (file, (line, f)) in more {
            let (Some(name), Some(g)) = (f.first(), f.get(1)) else {
                return Err(curated_err(file, line, "bad row"));
            };
            let gender = gender_byte(name, g);
            if first_names.contains_key(*name) {
                continue;
            }
            first_names.insert((*name).to_owned(), gender);
            pats.slot(name).first_name = Some(gender);
        }
        for (line, f) in data::rows(data::ROLES) {
            let (Some(form), Some(kind), Some(title)) = (f.first(), f.get(1), f.get(2)) else {
                return Err(curated_err("data/roles.tsv", line, "bad row"));
            };
            if *title == "yes" {
                for w in [(*form).to_owned(), data::capitalise(form)] {
                    pats.slot(&w).title = true;
                }
            }
            match *kind {
                "word" => {
                    roles.words.insert((*form).to_owned());
                }
                "suffix" => roles
                    .suffixes
                    .push(((*form).to_owned(), data::capitalise(form))),
                _ => {
                    return Err(curated_err(
                        "data/roles.tsv",
                        line,
                        "kind is word or suffix",
                    ))
                }
            }
        }
        // Gender of listed persons: curated (`data/per_gender.tsv`), else from an unambiguous
        // first name; a gender given by a user list wins.
        for (line, f) in data::rows(data::PER_GENDER) {
            let (Some(canonical), Some(g @ ("m" | "f"))) = (f.first(), f.get(1).copied()) else {
                return Err(curated_err("data/per_gender.tsv", line, "bad row"));
            };
            if let Some(i) = ents.lookup(canonical, Label::Per) {
                let e = &mut ents.list[i as usize];
                if !e.attrs.iter().any(|(k, _)| k == "gender") {
                    e.attrs.push(("gender".to_owned(), g.to_owned()));
                }
            }
        }
        for e in &mut ents.list {
            if e.label != Label::Per || e.attrs.iter().any(|(k, _)| k == "gender") {
                continue;
            }
            let first = e.canonical.split(' ').next().unwrap_or("");
            if let Some(&g @ (b'm' | b'f')) = first_names.get(first) {
                e.attrs.push(("gender".to_owned(), (g as char).to_string()));
            }
        }
    }
    roles.finish();
    for (i, r) in ORG_RULES.iter().enumerate() {
        pats.slot(r.keyword).org = Some(i as u8);
    }
    for s in STREET_SUFFIXES {
        pats.slot(s).street = true;
    }

    let Entities {
        list: entities,
        index,
    } = ents;
    drop(index);
    let (strings, infos) = pats.into_parts();
    // The start filters and the in-word automaton on one side, the anchored automaton and
    // its first-word states on the other: neither reads what the other makes.
    let (filters, automaton) = join(
        || {
            // The scan runs the automaton only where a name can start (see `StartTable`)
            // and anchored there, so it needs no failure transitions and no unanchored
            // start state.
            let starts = Prefixes::new(
                strings.iter(),
                strings
                    .iter()
                    .zip(&infos)
                    .filter(|(_, i)| i.inside_ok())
                    .map(|(s, _)| s),
            );
            let inside = AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .build(
                    strings
                        .iter()
                        .zip(&infos)
                        .filter(|(_, i)| i.inside_ok())
                        .map(|(s, _)| s.as_bytes()),
                )
                .map_err(automaton_error)?;
            Ok((starts, inside))
        },
        || anchored_automaton(&strings, kind),
    );
    let (starts, inside) = filters?;
    let (anchored, first_states) = automaton?;
    drop(strings);
    Ok(crate::Gazetteer {
        inner: Inner {
            entities,
            anchored,
            starts,
            inside,
            scan_flags: infos
                .iter()
                .map(|i| i.genitive | if i.title { TITLE_FLAG } else { 0 })
                .collect(),
            pats: infos,
            first_names,
            roles,
            first_states,
        },
    })
}

/// Runs `a` and `b`, at once when called on a rayon pool's thread (the driver's workers:
/// each takes one), else one after the other: outside a pool, `rayon::join` would start
/// rayon's global pool, a thread per core for the rest of the process, for a few
/// milliseconds saved.
fn join<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    if rayon::current_thread_index().is_some() {
        rayon::join(a, b)
    } else {
        (a(), b())
    }
}

/// An error of the aho-corasick builder, as the gazetteer's.
fn automaton_error(e: aho_corasick::BuildError) -> BuildError {
    BuildError {
        msg: format!("cannot build the automaton: {e}"),
    }
}

/// The anchored automaton of `kind` over `strings` (pattern id = index), and the trie's
/// states after the patterns' first words.
fn anchored_automaton(
    strings: &Strings,
    kind: Automaton,
) -> Result<(AnchoredAutomaton, FirstStates), BuildError> {
    let anchored = match kind {
        Automaton::Dfa => AnchoredAutomaton::Dfa(
            aho_corasick::dfa::Builder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Anchored)
                .build(strings.iter().map(str::as_bytes))
                .map_err(automaton_error)?,
        ),
        Automaton::Nfa => AnchoredAutomaton::Nfa(
            aho_corasick::nfa::contiguous::Builder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .build(strings.iter().map(str::as_bytes))
                .map_err(automaton_error)?,
        ),
        Automaton::Auto => AnchoredAutomaton::Trie(Trie::new(strings)?),
    };
    let first_states = match &anchored {
        AnchoredAutomaton::Trie(t) => FirstStates::new(strings, t),
        _ => FirstStates::default(),
    };
    Ok((anchored, first_states))
}

/// Demonym adjectives and person nouns (`data/demonyms.tsv`) and the `-er` forms of the
/// cities of the default LOC list, all `LOCderiv` linked to their place.
fn add_demonyms(
    ents: &mut Entities,
    pats: &mut Patterns,
    amb: &HashMap<&str, Amb>,
) -> Result<(), BuildError> {
    for (line, f) in data::rows(data::DEMONYMS) {
        let [canonical, adjective, persons] = f[..] else {
            return Err(curated_err("data/demonyms.tsv", line, "expected 3 columns"));
        };
        let entity = ents.get(canonical, Label::Loc);
        let info = |form| NameInfo {
            entity,
            label: Label::LocDeriv,
            amb: Amb::No,
            form,
        };
        if !adjective.is_empty() {
            for w in data::adjective_forms(adjective) {
                pats.name(&w, info(Form::Adjective));
            }
        }
        for p in persons.split(',').filter(|p| !p.is_empty()) {
            for w in data::person_forms(p) {
                pats.name(&w, info(Form::Inhabitant));
            }
        }
    }
    // City inhabitant forms: only for cities, and never for ambiguous names (`Hofer`).
    for (_, text) in data::LISTS {
        for line in text.lines().skip(1) {
            let f = data::Fields::of(line);
            let (Some(name), Some(canonical), Some(source)) = (f.first(), f.get(2), f.get(4))
            else {
                continue;
            };
            let is_city = ["cities15000", "exemplarCity", "curated:city", "capital"]
                .iter()
                .any(|k| source.contains(k));
            if !is_city || amb.contains_key(name) {
                continue;
            }
            let entity = ents.get(canonical, Label::Loc);
            for w in data::city_forms(name) {
                pats.name(
                    &w,
                    NameInfo {
                        entity,
                        label: Label::LocDeriv,
                        amb: Amb::No,
                        form: Form::Inhabitant,
                    },
                );
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Names the Berlin lists give both genders take their usual one from their form, with
    /// the exceptions listed; an unclear form stays unknown.
    #[test]
    fn names_given_to_both_take_their_usual_gender() {
        for (name, want) in [
            ("Anna", b'f'),
            ("Laura", b'f'),
            ("Marie", b'f'),
            ("Thomas", b'm'),
            ("Jakob", b'm'),
            ("Luca", b'm'),
            ("Uwe", b'm'),
            ("Karin", b'f'),
            ("Ruth", b'f'),
            ("Toni", b'?'),
            ("Nicola", b'?'),
        ] {
            assert_eq!(gender_byte(name, "fm"), want, "{name}");
        }
        // (A name the lists give one gender keeps it, whatever its form.)
        assert_eq!(gender_byte("Sascha", "m"), b'm');
        assert_eq!(gender_byte("Elif", "?"), b'?');
    }

    fn strings(words: &[&str]) -> Strings {
        let mut s = Strings::default();
        for w in words {
            s.push(w);
        }
        s
    }

    /// The trie's longest prefix pattern is the one a plain search of the list finds.
    #[test]
    fn trie_longest_prefix_matches_a_plain_search() {
        let pats = [
            "Rom",
            "Romantik",
            "Rostock",
            "R",
            "Vereinigte Staaten",
            "Vereinigte Staaten von Amerika",
            "Österreich",
            "Ö",
            "Öl",
            "US",
            "USA",
            "U",
            "straße",
            "a",
            "ab",
            "abc",
            "abcd",
            "zz",
            "Zürich",
            "Zug",
        ];
        let s = strings(&pats);
        let t = Trie::new(&s).expect("trie");
        let plain = |hay: &str| {
            pats.iter()
                .enumerate()
                .filter(|(_, p)| hay.as_bytes().starts_with(p.as_bytes()))
                .max_by_key(|(_, p)| p.len())
                .map(|(i, p)| (p.len(), i))
        };
        for hay in [
            "Romantik pur",
            "Rom.",
            "Ro",
            "R",
            "",
            // The text ends inside an edge: the shorter pattern before it counts.
            "Rost",
            "Vereinigte Staat",
            "Vereinigte Staaten von Amerika!",
            "Vereinigte Staaten von",
            "Österreichs",
            "Öle",
            "USA-Reise",
            "Uwe",
            "abcde",
            "abx",
            "zzz",
            "Zürich",
            "Zugspitze",
            "Zy",
            "x",
            "straßen",
        ] {
            assert_eq!(t.longest(hay.as_bytes()), plain(hay), "{hay:?}");
        }
        assert_eq!(s.get(4), "Vereinigte Staaten");
        assert_eq!(s.get(99), "");
    }

    /// The trie's order of the patterns is their order as strings: words that share their
    /// first eight bytes or end within them, prefixes of each other, a NUL byte (which
    /// the eight-byte keys pad with), umlauts.
    #[test]
    fn sorted_order_is_the_strings_order() {
        let words = [
            "Bundesministerium für Arbeit",
            "Bundesministerium",
            "Bundesministerium der Finanzen",
            "Bundesminister",
            "Bundesm",
            "ab",
            "ab\0",
            "ab\0c",
            "abc",
            "a",
            "Österreich",
            "Öl",
            "Ostern",
            "Zürich",
            "Zug",
            "zzzzzzzzz",
            "zzzzzzzz",
        ];
        // And 2,000 distinct words of up to twelve chars from a small alphabet, so that
        // many share their first eight bytes (a fixed xorshift sequence).
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        let mut more: std::collections::BTreeSet<String> =
            words.iter().map(|w| (*w).to_owned()).collect();
        while more.len() < 2000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let n = 1 + (x % 12) as usize;
            let w: String = (0..n)
                .map(|i| ['a', 'b', '\0', 'ä', 'A'][(x >> (5 + 3 * i)) as usize % 5])
                .collect();
            more.insert(w);
        }
        let mut s = Strings::default();
        // (Distinct, as the trie's patterns are; not in order.)
        for w in more.iter().rev().step_by(2).chain(more.iter().step_by(2)) {
            s.push(w);
        }
        let mut plain: Vec<u32> = (0..s.len() as u32).collect();
        plain.sort_unstable_by(|&a, &b| s.get(a as usize).cmp(s.get(b as usize)));
        assert_eq!(sorted_order(&s), plain);
    }

    /// The inline compare of long first words answers as `==`: equal words of every
    /// length from 9 to 40 bytes, and the same words changed at each byte or one byte
    /// shorter.
    #[test]
    fn long_word_compare_is_equality() {
        let word: Vec<u8> = (0..40u8).map(|i| b'A' + i % 26).collect();
        for n in 9..=40 {
            let a = &word[..n];
            // (An equal word elsewhere in memory.)
            let copy = a.to_vec();
            assert!(same_long(a, &copy), "{n}");
            assert!(!same_long(a, &word[..n - 1]), "{n}");
            for k in 0..n {
                let mut b = a.to_vec();
                b[k] ^= 0x20;
                assert!(!same_long(a, &b), "{n} {k}");
            }
        }
    }

    /// Every first word is found, also past a collision in the open addressing table, and
    /// no other word is.
    #[test]
    fn first_word_table_finds_every_word_past_collisions() {
        // Enough words (300 in 512 slots) that many share a home slot.
        let words: Vec<String> = (0..300).map(|i| format!("Wort{i}")).collect();
        let pats: Vec<&str> = words.iter().map(String::as_str).collect();
        let s = strings(&pats);
        let t = Trie::new(&s).expect("trie");
        let f = FirstStates::new(&s, &t);
        let lookup = |w: &str| {
            let b = w.as_bytes();
            f.get(
                b,
                0,
                b.len(),
                bloom_hash(b, 0, b.len()),
                load8(b, 0, b.len()),
            )
            .and_then(|st| st.best())
        };
        for (i, w) in words.iter().enumerate() {
            assert_eq!(lookup(w), Some((w.len(), i)), "{w}");
        }
        for w in ["Wort300", "Wort", "Wort12345678", "wort1", "x"] {
            assert_eq!(lookup(w), None, "{w}");
        }
    }

    /// A walk resumed from the state after a text's first word finds what a walk from the
    /// root finds; a word with no state has no pattern that goes past it or ends with it.
    #[test]
    fn first_word_states_resume_the_walk() {
        let pats = [
            "Rom",
            "Romantik",
            "Vereinigte Staaten",
            "Vereinigte Staaten von Amerika",
            "Vereinigte Arabische Emirate",
            "Dr.",
            "Dr",
            "Österreich",
            "Baden-Württemberg",
            "Baden",
            "die Linke",
            "Bundesministerium für Wirtschaft",
            "Bundesministerium",
            "Russland",
            "US",
            "USA",
            "a",
            "Donaudampfschifffahrtsgesellschaft",
            "Donaudampfschifffahrtsgesellschaft mbH",
        ];
        let s = strings(&pats);
        let t = Trie::new(&s).expect("trie");
        let f = FirstStates::new(&s, &t);
        assert!(!f.is_empty());
        for hay in [
            "Rom ist",
            "Romantik",
            "Roma",
            "Vereinigte Staaten von Amerika!",
            "Vereinigte Staaten von",
            "Vereinigte Arabische",
            "Vereinigte",
            "Dr. Meier",
            "Dr",
            "Österreichs",
            "Österreich",
            "Baden-Württembergs",
            "Baden-Baden",
            "die Linke",
            "die Grünen",
            "Bundesministerium für Wirtschaft und",
            "Bundesministerium für Bildung",
            // Same length and first eight bytes as a first word, another tail.
            "Bundesministerien für Wirtschaft",
            "Russlands",
            "USA",
            "US-Wahl",
            "a b",
            "Donaudampfschifffahrtsgesellschaft mbH.",
            "Donaudampfschifffahrtsgesellschaft",
            "Donaudampfschifffahrtsgesellschafts",
            "x",
        ] {
            let b = hay.as_bytes();
            let e = crate::text::word_end(hay, 0);
            match f.get(b, 0, e, bloom_hash(b, 0, e), load8(b, 0, e)) {
                Some(st) => assert_eq!(t.walk(b, st, e), t.longest(b), "{hay:?}"),
                None => assert!(t.longest(b).is_none_or(|(n, _)| n < e), "{hay:?}"),
            }
        }
        // Closed states (the walk stops at once) only where every way on takes a letter or
        // digit: `Rom` (only `Romantik` goes on), `Russland`; not `Baden` (`-`), `Dr` (`.`),
        // `Vereinigte` (` `), `Donaudampfschifffahrtsgesellschaft` (` mbH`).
        let closed = |w: &str| {
            let b = w.as_bytes();
            let st = f.get(
                b,
                0,
                b.len(),
                bloom_hash(b, 0, b.len()),
                load8(b, 0, b.len()),
            );
            st.expect(w).node == NONE
        };
        assert!(closed("Rom") && closed("Russland") && closed("USA"));
        for open in [
            "Baden",
            "Dr",
            "Vereinigte",
            "Donaudampfschifffahrtsgesellschaft",
        ] {
            assert!(!closed(open), "{open}");
        }
    }

    /// The last-three-bytes filter of the role test changes no answer: the default roles
    /// with and without it agree on role words, compounds and inflections of every head,
    /// and on other words.
    #[test]
    fn role_filter_changes_no_answer() {
        let g = crate::Gazetteer::default_german();
        let roles = &g.inner.roles;
        assert!(!roles.short);
        let mut plain = Roles {
            words: roles.words.clone(),
            suffixes: roles.suffixes.clone(),
            ..Roles::default()
        };
        plain.finish();
        // Every bit set: the filter lets every word through to the lookups.
        plain.ends = [u64::MAX; 32];
        let mut words = roles.test_forms();
        for w in [
            "",
            "x",
            "ab",
            "Dr",
            "Dr.",
            "Regierung",
            "Montag",
            "Berlin",
            "Ex-",
            "-",
            "Öl",
            "Präsidentin",
            "Sprechers",
            "US-Präsidenten",
            "Müller",
            "Bundeskanzlerin",
        ] {
            words.push(w.to_owned());
        }
        let mut roles_found = 0;
        for w in &words {
            assert_eq!(roles.is_role(w), plain.is_role(w), "{w:?}");
            roles_found += usize::from(plain.is_role(w));
        }
        assert!(
            roles_found > words.len() / 4,
            "{roles_found} of {}",
            words.len()
        );
    }

    /// The start filters have no false negatives: every pattern's first word (and with it
    /// the genitives the scan accepts) passes, and every word ending in an in-word pattern.
    #[test]
    fn start_filters_pass_every_pattern() {
        let pats = [
            "Russland",
            "Vereinigte Staaten",
            "Vereinigte Staaten von Amerika",
            "Baden-Württemberg",
            "Dr.",
            "die Linke",
            "Öl",
            "US",
            "Bundesministerium für Wirtschaft und Klimaschutz",
            "russisch",
            "ab",
            "von der Leyen",
        ];
        let inside = ["präsident", "straße"];
        let p = Prefixes::new(pats.iter().copied(), inside.iter().copied());
        for text in [
            "Russland sagte",
            "Russlands",
            "Russlandes Lage",
            "Vereinigte Staaten",
            "Vereinigte Staatens",
            "Vereinigte Staaten von",
            "Baden-Württembergs",
            "Dr. Meier",
            "die Linke",
            "Öl",
            "USes",
            "Bundesministerium für Wirtschaft",
        ] {
            let e = crate::text::word_end(text, 0);
            assert!(p.words.may_start(text, 0, e), "{text}");
        }
        // The scan's short-word path hashes the eight bytes it loaded: the same answer.
        for text in [
            "Russland!",
            "USes und",
            "die Linke",
            "Rom ist.",
            "US-Wahlen",
            "sagte er",
        ] {
            let e = crate::text::word_end(text, 0);
            let b = text.as_bytes();
            let x = u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]);
            assert_eq!(
                p.words.may_start_short(text, 0, e, x),
                p.words.may_start(text, 0, e),
                "{text}"
            );
        }
        for word in [
            "Ministerpräsident",
            "Ministerpräsidents",
            "Bundespräsidentes",
            "Hauptstraße",
        ] {
            assert!(p.tails.may_end(word.as_bytes(), 0, word.len()), "{word}");
        }
        // First words and their genitives pass the sieve, long and short, lower- and
        // upper-case, at a text's end too; others mostly do not.
        for text in [
            "russisch",
            "russischs ",
            "russisches",
            "abs",
            "ab",
            "abes.",
            "von der",
            "Russland",
            "Russlands sagte",
            "Russlandes",
            "Vereinigte Staaten",
            "Baden-Württemberg",
            "Bundesministerium für",
            "Dr. Meier",
            "Dres",
            "Öl",
            "US",
        ] {
            let e = crate::text::word_end(text, 0);
            assert!(p.words.may_hold(text.as_bytes(), 0, e), "{text}");
            assert!(p.words.may_start(text, 0, e), "{text}");
            // The same word inside a longer text (the sieve's eight-byte loads).
            let long = format!("{text} und so weiter");
            assert!(p.words.may_hold(long.as_bytes(), 0, e), "{long}");
        }
        let passed = [
            "und",
            "nicht",
            "sagte",
            "der",
            "vom",
            "russland",
            "abc",
            "Russ",
            "Russlander",
            "Vereinigten",
            "Bundesministerien",
            "Baden",
            "USA",
        ]
        .iter()
        .filter(|w| p.words.may_hold(w.as_bytes(), 0, w.len()))
        .count();
        assert!(passed <= 1, "{passed}");
        // A first word of longer patterns only (`von`, `die`, `Vereinigte`) passes where the
        // two bytes after it are a pattern's (`von d`er Leyen, `die L`inke), others mostly not.
        let hold = |t: &str| {
            p.words
                .may_hold(t.as_bytes(), 0, crate::text::word_end(t, 0))
        };
        assert!(hold("von den") && hold("die Linken") && hold("Baden-Wü"));
        let passed = [
            "von Berlin",
            "von 2010",
            "die Regierung",
            "die, die",
            "Vereinigte Arabische",
            "Vereinigte Nationen",
            "Bundesministerium der",
            "Baden Baden",
        ]
        .iter()
        .filter(|t| hold(t))
        .count();
        assert!(passed <= 1, "{passed}");
        // The pattern must start after the word's first byte.
        assert!(!p.tails.may_end("Straße".as_bytes(), 0, 7));
        assert!(!p.tails.may_end(b"Hauptstra", 0, 9));
    }

    /// The scan's cheap per-word filters have no false negatives, on many generated
    /// patterns of all lengths (one to three words, umlauts, digits, lower and upper case):
    /// every first word (and genitive of a one-word pattern) passes the sieve wherever it
    /// stands in a text, and every word that [`InsideTails::may_end`] lets through passes
    /// [`InsideTails::may_end_tail`].
    #[test]
    fn cheap_filters_pass_what_the_exact_ones_pass() {
        let x = std::cell::Cell::new(0x9E37_79B9_7F4A_7C15u64);
        let next = |n: u64| {
            let mut y = x.get();
            y ^= y << 13;
            y ^= y >> 7;
            y ^= y << 17;
            x.set(y);
            y % n
        };
        let letters = [
            "a", "e", "n", "s", "r", "t", "ä", "ö", "ü", "ß", "1", "x", "é",
        ];
        let word = |cap: bool| {
            let n = 1 + next(20) as usize;
            let mut w = String::new();
            for i in 0..n {
                let l = letters[next(letters.len() as u64) as usize];
                if i == 0 && cap {
                    w.push_str(&l.to_uppercase());
                } else {
                    w.push_str(l);
                }
            }
            w
        };
        let mut pats = Vec::new();
        for _ in 0..3000 {
            let k = 1 + next(3) as usize;
            let cap = next(3) != 0;
            let p: Vec<String> = (0..k).map(|_| word(cap)).collect();
            pats.push(p.join(if next(4) == 0 { "-" } else { " " }));
        }
        let inside: Vec<String> = (0..200).map(|_| word(false)).collect();
        let p = Prefixes::new(
            pats.iter().map(String::as_str),
            inside.iter().map(String::as_str),
        );
        for pat in &pats {
            let e = crate::text::word_end(pat, 0);
            let one =
                crate::text::word_end(pat, e) == e && !pat[e..].chars().any(crate::text::is_word);
            let first = &pat[..e];
            if one {
                for w in [first.to_owned(), format!("{first}s"), format!("{first}es")] {
                    for text in [w.clone(), format!("{w} und so weiter, bis ans Ende")] {
                        assert!(p.words.may_hold(text.as_bytes(), 0, w.len()), "{text:?}");
                    }
                }
            } else {
                // The first word of a longer pattern, where the pattern stands.
                for text in [pat.clone(), format!("{pat} und so weiter")] {
                    assert!(p.words.may_hold(text.as_bytes(), 0, e), "{text:?}");
                }
            }
        }
        let long = InsideTails::new(inside.iter().map(String::as_str).filter(|i| i.len() >= 4));
        assert!(long.min_len >= 4 && long.endings.len() >= 300);
        let mut passed = 0;
        for w in inside.iter().chain(&pats).flat_map(|i| {
            [
                format!("X{i}"),
                format!("Haupt{i}s"),
                format!("z{i}es"),
                i.clone(),
            ]
        }) {
            let b = w.as_bytes();
            // With in-word patterns of four bytes or more, the bucketed lookup of the
            // endings answers as a plain search of them all.
            let plain =
                b.len() > long.min_len && long.endings.iter().any(|x| b[1..].ends_with(&x.1));
            assert_eq!(long.may_end(b, 0, b.len()), plain, "{w:?}");
            if p.tails.may_end(b, 0, b.len()) {
                passed += 1;
                let tail = tail_of(b).unwrap_or(0);
                assert!(p.tails.may_end_tail(tail), "{w:?}");
            }
        }
        assert!(passed >= 600, "{passed}");
    }

    /// Patterns are deduplicated by string, entities by canonical name and base label.
    #[test]
    fn id_tables_find_what_was_stored() {
        let mut p = Patterns::default();
        for i in 0..1000 {
            p.slot(&format!("Name{i}")).genitive = (i % 7) as u8;
        }
        for i in (0..1000).rev() {
            assert_eq!(p.slot(&format!("Name{i}")).genitive, (i % 7) as u8);
        }
        let (s, infos) = p.into_parts();
        assert_eq!((s.len(), infos.len()), (1000, 1000));
        assert_eq!(s.get(17), "Name17");
        let mut e = Entities::default();
        let a = e.get("Paris", Label::Loc);
        let b = e.get("Paris", Label::Per);
        assert_ne!(a, b);
        assert_eq!(e.get("Paris", Label::LocDeriv), a);
        assert_eq!(e.lookup("Paris", Label::Per), Some(b));
        assert_eq!(e.lookup("Pari", Label::Per), None);
    }
}
