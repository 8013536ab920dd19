//! The lexicon's lookup structure: a perfect hash table keyed by a word's first and last
//! eight bytes and its length.
//!
//! Every word of a text is looked up once, and about half of them (function words) are in
//! the lexicon, so whether a word is in it is a coin toss for the branch predictor: a lookup
//! hashes the key once, reads the displacement of the hash's bucket (hash and displace: a
//! small table chosen when the lexicon is built) and then the one slot the word can be in,
//! and compares without branching. No hashing of the whole word, no
//! pointer to follow, no `memcmp` call. Words of up to 16 bytes are identified by their key
//! alone; the few longer ones are kept aside and compared whole. A capitalised word is looked
//! up with its first letter lower-cased by adjusting the key, without copying the word.

use std::collections::HashMap;

/// A word's key: its first and last eight bytes and its length. A word of up to eight
/// bytes fills the low bytes of `first` (the rest zero) and leaves `last` zero: its key
/// comes from the load at its start, masked, and a conditional move (no branch on the
/// length, which would be mispredicted often: lengths are random).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Key {
    first: u64,
    last: u64,
    len: u64,
}

impl Key {
    /// The key of `w` (non-empty), read with a few unaligned loads.
    #[inline]
    fn of(w: &[u8]) -> Key {
        let len = w.len();
        let (first, last) = match len {
            9.. => (load8(w, 0), load8(w, len - 8)),
            8 => (load8(w, 0), 0),
            _ => (load_short(w), 0),
        };
        Key {
            first,
            last,
            len: len as u64,
        }
    }

    /// This key with the first letter lower-cased where that keeps the length: ASCII
    /// `A-Z`, and the Latin-1 capitals `À-Þ` (`C3 80-9E` → `C3 A0-BE`). `None` for other
    /// first bytes (the caller takes the general path).
    #[inline]
    fn lower_first(mut self, w: &[u8]) -> Option<Key> {
        match w {
            [b, ..] if b.is_ascii() => Some(self.lower_ascii(b.is_ascii_uppercase())),
            [0xC3, c, ..] if (0x80..=0x9E).contains(c) && *c != 0x97 => {
                self.first += 0x20 << 8;
                // Byte 1 is also byte 0 of `last` in a word of nine bytes.
                if self.len == 9 {
                    self.last += 0x20;
                }
                Some(self)
            }
            _ => None,
        }
    }

    /// This key with its first byte, an ASCII letter, lower-cased if `lower` (without a
    /// branch): byte 0 of `first` (never in `last`).
    #[inline(always)]
    fn lower_ascii(mut self, lower: bool) -> Key {
        self.first |= u64::from(lower) << 5;
        self
    }

    /// The key folded to one word before the seed goes in: two keys with the same fold
    /// have the same hash under every seed ([`WordTable::new`] refuses them).
    #[inline]
    fn fold(self) -> u64 {
        // (The length in the top byte: it tells apart words that differ only in trailing
        // zero bytes, and costs a shift, not a multiplication.)
        self.first ^ self.last.rotate_left(31) ^ self.len << 56
    }

    /// The hash under `seed`: its top bits pick the bucket ([`bucket_of`]), its halves the
    /// slot under the bucket's displacement ([`slot_of`]).
    #[inline]
    fn hash(self, seed: u64) -> u64 {
        let x = self.fold() ^ seed;
        // (The product alone: its top bits and both halves depend on most of the key's
        // bits, enough to place the German lexicon at a load of 0.81.)
        x.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }

    /// Equal keys, as one comparison (no early exit to mispredict).
    #[inline]
    fn same(self, o: Key) -> bool {
        (self.first ^ o.first) | (self.last ^ o.last) | (self.len ^ o.len) == 0
    }
}

/// The mask of the low `n` bytes of a `u64`, for `n` up to eight (one load where a shift
/// by a computed amount took five instructions).
static LOW_BYTES: [u64; 9] = {
    let mut t = [0; 9];
    let mut n = 1;
    while n <= 8 {
        t[n] = u64::MAX >> (8 * (8 - n));
        n += 1;
    }
    t
};

/// Eight bytes of `w` from `at` (0 if fewer are there; callers check the length first).
#[inline]
fn load8(w: &[u8], at: usize) -> u64 {
    w.get(at..)
        .and_then(<[u8]>::first_chunk::<8>)
        .map_or(0, |b| u64::from_le_bytes(*b))
}

/// A word of 1 to 7 bytes, zero-padded, from two overlapping loads.
#[inline]
fn load_short(w: &[u8]) -> u64 {
    let n = w.len();
    if let (Some(a), Some(b)) = (w.first_chunk::<4>(), w.last_chunk::<4>()) {
        u64::from(u32::from_le_bytes(*a)) | u64::from(u32::from_le_bytes(*b)) << (8 * (n - 4))
    } else if let (Some(a), Some(b)) = (w.first_chunk::<2>(), w.last_chunk::<2>()) {
        u64::from(u16::from_le_bytes(*a)) | u64::from(u16::from_le_bytes(*b)) << (8 * (n - 2))
    } else {
        w.first().copied().map_or(0, u64::from)
    }
}

/// One slot: a key and its flags (length 0: empty). 24 bytes: the German lexicon's 2,048
/// slots take 48 KiB.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    first: u64,
    last: u64,
    /// The length in the low half, the flags in the high half: read with the key in one
    /// load, the flags cost no load of their own, which the compiler would skip on a miss
    /// with a branch (a coin toss for the predictor).
    meta: u64,
}

/// Buckets of the first hash level: a fixed count, so a bucket index taken from the hash's
/// top bits needs no bounds check. (About three words a bucket for the German lexicon.)
const BUCKETS: usize = 1 << BUCKET_BITS;
const BUCKET_BITS: u32 = 9;

/// Word → flags, built once from the lexicon's word map.
#[derive(Debug, Clone)]
pub(super) struct WordTable {
    /// For each bucket, the displacement that gives its words their slots ([`slot_of`]):
    /// chosen when the table is built so that no two words share a slot.
    disp: Box<[u32; BUCKETS]>,
    /// Every word of up to 16 bytes in the slot its hash and bucket give.
    slots: Vec<Slot>,
    mask: usize,
    seed: u64,
    /// Words longer than 16 bytes (their keys do not tell them apart), with their flags.
    long: Vec<(Box<[u8]>, u32)>,
    /// The longest word, in bytes: longer words are not looked up.
    max_len: usize,
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable {
            disp: Box::new([0; BUCKETS]),
            slots: vec![Slot::default()],
            mask: 0,
            seed: 0,
            long: Vec::new(),
            max_len: 0,
        }
    }
}

impl WordTable {
    /// The table of `words`, or `None` if two of them fold to the same key
    /// ([`Key::fold`]): no seed and no size would tell them apart. (The built-in lexicon
    /// has no such pair; a test says so.)
    pub(super) fn new<S: std::hash::BuildHasher>(
        words: &HashMap<Box<[u8]>, u32, S>,
    ) -> Option<Self> {
        // Sorted, so the table is the same on every run.
        let mut sorted: Vec<(&Box<[u8]>, &u32)> =
            words.iter().filter(|(w, _)| !w.is_empty()).collect();
        sorted.sort();
        let max_len = sorted.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
        let long: Vec<(Box<[u8]>, u32)> = sorted
            .iter()
            .filter(|(w, _)| w.len() > 16)
            .map(|&(w, &f)| (w.clone(), f))
            .collect();
        let keys: Vec<(Key, u32)> = sorted
            .iter()
            .filter(|(w, _)| w.len() <= 16)
            .map(|&(w, &f)| (Key::of(w), f))
            .collect();
        let mut folds: Vec<u64> = keys.iter().map(|(k, _)| k.fold()).collect();
        folds.sort_unstable();
        if folds.windows(2).any(|p| p[0] == p[1]) {
            return None;
        }
        // Hash and displace into the smallest power of two that holds the keys (a larger
        // table if no seed works): every word looked up reads a slot at random, and the
        // German lexicon's 1,653 short words in 2,048 slots (48 KiB) rather than 4,096
        // (96 KiB, at a load of 0.8 or less) mostly stay in the level-1 cache.
        let mut cap = keys.len().max(16).next_power_of_two();
        loop {
            // (About one seed in four places the German lexicon in 2,048 slots.)
            for seed in 0..32u64 {
                let seed = seed.wrapping_mul(0xD6E8_FEB8_6659_FD93);
                if let Some((disp, slots)) = place(&keys, cap, seed) {
                    return Some(WordTable {
                        disp,
                        slots,
                        mask: cap - 1,
                        seed,
                        long,
                        max_len,
                    });
                }
            }
            cap *= 2;
        }
    }

    /// The flags of `w` as written.
    #[inline(always)]
    pub(super) fn get(&self, w: &[u8]) -> u32 {
        if w.is_empty() || w.len() > self.max_len {
            return 0;
        }
        self.find(Key::of(w), w, 0)
    }

    /// The flags of `w` as written, or with its first letter lower-cased if `lower_first`
    /// (the common ASCII case without a branch on it).
    #[inline(always)]
    pub(super) fn get_cased(&self, w: &[u8], lower_first: bool) -> u32 {
        match w.first() {
            Some(&b0) if b0.is_ascii() => {
                if w.len() > self.max_len {
                    return 0;
                }
                let k = Key::of(w).lower_ascii(lower_first && b0.is_ascii_uppercase());
                self.find(k, w, 0)
            }
            Some(_) if lower_first => self.get_lower_first(w),
            Some(_) => self.get(w),
            None => 0,
        }
    }

    /// The flags of the word `text[s..e]`, which starts with an ASCII byte, with that byte
    /// lower-cased if `lower_first` (which the caller sets only for an ASCII capital): [`WordTable::get_cased`] for a word inside a longer
    /// text. The key is read from the text with two fixed eight-byte loads and masked to
    /// the word's length, so the word's length costs no branch (word lengths are random,
    /// and the branches on them of [`Key::of`] were mispredicted often).
    #[inline(always)]
    pub(super) fn get_ascii_in(&self, text: &[u8], s: usize, e: usize, lower_first: bool) -> u32 {
        let len = e.wrapping_sub(s);
        let (Some(head), Some(tail), true) = (
            text.get(s..).and_then(<[u8]>::first_chunk::<8>),
            text.get(..e).and_then(<[u8]>::last_chunk::<8>),
            s < e,
        ) else {
            // Within eight bytes of either end of the text (or an empty word).
            return match text.get(s..e) {
                Some(w) => self.get_cased(w, lower_first),
                None => 0,
            };
        };
        // (The caller says the first byte is an ASCII capital.)
        self.get_loaded(
            text,
            s,
            len,
            u64::from_le_bytes(*head),
            u64::from_le_bytes(*tail),
            lower_first,
        )
    }

    /// [`WordTable::get_ascii_in`] for a word of `len` bytes (at least one) at `s` in
    /// `text` whose caller has already loaded `head`, the eight bytes from `s`, and
    /// `tail`, the eight bytes up to its end. The key comes from them without further
    /// loads: `first` masked to the word, and `tail` or (a word of up to eight bytes) zero
    /// by a conditional move.
    #[inline(always)]
    pub(super) fn get_loaded(
        &self,
        text: &[u8],
        s: usize,
        len: usize,
        head: u64,
        tail: u64,
        lower_first: bool,
    ) -> u32 {
        let first = head & LOW_BYTES[len.min(8)] | u64::from(lower_first) << 5;
        let last = if len <= 8 { 0 } else { tail };
        self.find(
            Key {
                first,
                last,
                len: len as u64,
            },
            text,
            s,
        )
    }

    /// The flags of `w` with its first letter lower-cased (as `char::to_lowercase` does).
    #[inline(always)]
    pub(super) fn get_lower_first(&self, w: &[u8]) -> u32 {
        // Lower-casing can change the length (`İ`), so the general path checks its own.
        if w.is_empty() || w.len() > self.max_len + 2 {
            return 0;
        }
        match Key::of(w).lower_first(w) {
            Some(k) if w.len() <= self.max_len => self.find(k, w, 0),
            Some(_) => 0,
            None => self.get_lower_general(w),
        }
    }

    /// Lower-cases the first character into a buffer and looks that up.
    #[cold]
    fn get_lower_general(&self, w: &[u8]) -> u32 {
        let Ok(s) = std::str::from_utf8(w) else {
            return 0;
        };
        let mut chars = s.chars();
        let Some(c) = chars.next() else { return 0 };
        let mut buf = [0u8; 64];
        let mut n = 0;
        for lc in c.to_lowercase() {
            let l = lc.len_utf8();
            let Some(d) = buf.get_mut(n..n + l) else {
                return 0;
            };
            lc.encode_utf8(d);
            n += l;
        }
        let rest = chars.as_str().as_bytes();
        let Some(d) = buf.get_mut(n..n + rest.len()) else {
            return 0;
        };
        d.copy_from_slice(rest);
        self.get(&buf[..n + rest.len()])
    }

    /// The flags of `key`, the key of the word at `at` in `text` (its length is the key's),
    /// which supplies the middle bytes of a long word (never changed by lower-casing the
    /// first letter); they are sliced only for a long word.
    #[inline(always)]
    fn find(&self, key: Key, text: &[u8], at: usize) -> u32 {
        if key.len > 16 {
            // (Most such words are longer than every word of the lexicon: no call.)
            if key.len > self.max_len as u64 {
                return 0;
            }
            // (The key's two halves and the word go in registers: a key passed whole
            // would be written to the stack for every word.)
            let w = text.get(at..at + key.len as usize).unwrap_or_default();
            return self.find_long(key.first, key.last, w);
        }
        let h = key.hash(self.seed);
        let Some(s) = self
            .slots
            .get(slot_of(h, self.disp[bucket_of(h)]) & self.mask)
        else {
            return 0;
        };
        let differ =
            (s.first ^ key.first) | (s.last ^ key.last) | ((s.meta ^ key.len) & 0xFFFF_FFFF) != 0;
        // The flags shifted out on a miss. (An `&` with a mask from the comparison, which
        // the compiler turns into a branch here, a coin toss for the predictor.)
        ((s.meta >> 32) >> (u64::from(differ) << 5)) as u32
    }

    /// [`WordTable::find`] for `word`, of more than 16 bytes, whose key has the halves
    /// `first` and `last` (its first letter perhaps lower-cased): the key and the middle
    /// bytes compared with each long word's.
    #[cold]
    #[inline(never)]
    fn find_long(&self, first: u64, last: u64, word: &[u8]) -> u32 {
        let len = word.len();
        let key = Key {
            first,
            last,
            len: len as u64,
        };
        let Some(mid) = word.get(8..len.saturating_sub(8)) else {
            return 0;
        };
        self.long
            .iter()
            .find(|(w, _)| w.len() == len && Key::of(w).same(key) && w.get(8..len - 8) == Some(mid))
            .map_or(0, |&(_, f)| f)
    }
}

/// The bucket of a hash: its top bits (the slot comes from the others). A bucket from a
/// cheaper hash of the first eight bytes, so that its displacement would load while the
/// full hash is computed, was no faster (and its buckets larger).
#[inline(always)]
fn bucket_of(h: u64) -> usize {
    (h >> (64 - BUCKET_BITS)) as usize
}

/// The slot of a hash (before masking) under its bucket's displacement `d`: the hash's
/// low half plus `d` times its high half. (Not an offset or an xor alone, which would keep
/// two words of a bucket that share a slot together under every displacement.)
#[inline(always)]
fn slot_of(h: u64, d: u32) -> usize {
    (h as u32).wrapping_add(((h >> 32) as u32).wrapping_mul(d)) as usize
}

/// Places every key in its own slot by hash and displace (largest buckets first, each with
/// the first displacement under which all its keys land in free and distinct slots), or
/// `None` if some bucket finds none or two keys share a hash (the caller tries another seed
/// or a larger table).
fn place(keys: &[(Key, u32)], cap: usize, seed: u64) -> Option<(Box<[u32; BUCKETS]>, Vec<Slot>)> {
    let mask = cap - 1;
    let mut buckets: Vec<Vec<(u64, Key, u32)>> = vec![Vec::new(); BUCKETS];
    for &(k, f) in keys {
        let h = k.hash(seed);
        buckets[bucket_of(h)].push((h, k, f));
    }
    let mut order: Vec<usize> = (0..BUCKETS).collect();
    order.sort_by_key(|&b| (std::cmp::Reverse(buckets[b].len()), b));
    let mut disp = Box::new([0u32; BUCKETS]);
    let mut slots = vec![Slot::default(); cap];
    let mut taken = vec![false; cap];
    let mut here = Vec::new();
    for b in order {
        let words = &buckets[b];
        if words.is_empty() {
            break;
        }
        let found = (0..1u32 << 16).find(|&d| {
            here.clear();
            for &(h, _, _) in words {
                let i = slot_of(h, d) & mask;
                if taken[i] || here.contains(&i) {
                    return false;
                }
                here.push(i);
            }
            true
        })?;
        disp[b] = found;
        for &(h, k, f) in words {
            let i = slot_of(h, found) & mask;
            taken[i] = true;
            slots[i] = Slot {
                first: k.first,
                last: k.last,
                meta: k.len | u64::from(f) << 32,
            };
        }
    }
    Some((disp, slots))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Two words whose halves differ so that their folds agree get no table (the table
    /// doubled its size for ever before); without the second word, the first gets one.
    #[test]
    fn words_that_fold_alike_make_no_table() {
        let a = *b"aaaaaaaaaaaaaaaa";
        let mut b = a;
        // The second half with its lowest bit flipped, the first half with that bit
        // rotated left by 31: the same fold.
        b[8] ^= 1;
        for (x, r) in b.iter_mut().zip(1u64.rotate_left(31).to_le_bytes()) {
            *x ^= r;
        }
        assert_eq!(Key::of(&a).fold(), Key::of(&b).fold());
        let mut m: HashMap<Box<[u8]>, u32> = HashMap::new();
        m.insert(a.into(), 1);
        m.insert(b.into(), 2);
        assert!(WordTable::new(&m).is_none());
        m.remove(&b[..]);
        assert_eq!(WordTable::new(&m).map(|t| t.get(&a)), Some(1));
    }

    fn table(words: &[&str]) -> WordTable {
        let mut m: HashMap<Box<[u8]>, u32> = HashMap::new();
        for (i, w) in words.iter().enumerate() {
            m.insert(w.as_bytes().into(), i as u32 + 1);
        }
        WordTable::new(&m).expect("no two test words fold alike")
    }

    #[test]
    fn finds_every_word_and_nothing_else() {
        let words = [
            "a",
            "er",
            "sie",
            "dass",
            "sagte",
            "äußert",
            "betonte",
            "erklärte",
            "geäußerten",
            "hinzugefügt",
            "bekanntgegeben",
            "zurückgewiesenen",
            "auseinandergesetzt",
            "auseinandergesetzte",
        ];
        let t = table(&words);
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w.as_bytes()), i as u32 + 1, "{w}");
        }
        for w in [
            "",
            "b",
            "es",
            "sagt",
            "sagten",
            "äußerte",
            "auseinandergesetzx",
            "auseinanderXesetzt",
            "xuseinandergesetzt",
            "dassa",
            "Sagte",
        ] {
            assert_eq!(t.get(w.as_bytes()), 0, "{w}");
        }
    }

    #[test]
    fn lower_first_matches_to_lowercase() {
        let t = table(&[
            "sagte",
            "äußert",
            "ärgerlich",
            "über",
            "ölpreisen",
            "i̇st",
            "überseer",
            "übersee",
        ]);
        for (w, lw) in [
            ("Sagte", "sagte"),
            ("Äußert", "äußert"),
            ("Ärgerlich", "ärgerlich"),
            ("Über", "über"),
            ("Ölpreisen", "ölpreisen"),
            ("İst", "i̇st"),
            ("Xagte", "xagte"),
            ("ÉTÉ", "éTÉ"),
            ("Überseer", "überseer"),
            ("Übersee", "übersee"),
        ] {
            assert_eq!(t.get_lower_first(w.as_bytes()), t.get(lw.as_bytes()), "{w}");
        }
        for w in [
            "Sagte", "sagte", "Über", "über", "İst", "Xagte", "ÉTÉ", "", "SAGTE",
        ] {
            let b = w.as_bytes();
            assert_eq!(t.get_cased(b, true), t.get_lower_first(b), "{w}");
            assert_eq!(t.get_cased(b, false), t.get(b), "{w}");
        }
        assert_ne!(t.get_lower_first("Ölpreisen".as_bytes()), 0);
        assert_ne!(t.get_lower_first("İst".as_bytes()), 0);
        assert_ne!(t.get_lower_first("Überseer".as_bytes()), 0);
        assert_ne!(t.get_lower_first("Übersee".as_bytes()), 0);
    }

    #[test]
    fn lookup_in_text_matches_lookup_of_word() {
        let words = [
            "a",
            "er",
            "sagte",
            "betonte",
            "erklärte",
            "hinzufügen",
            "hinzugefügt",
            "bekanntgegeben",
            "zurückgewiesenen",
            "auseinandergesetzt",
            "auseinandergesetzte",
        ];
        let t = table(&words);
        // Every word (and its capitalised form, and near misses) at the start, in the
        // middle and at the end of texts of various lengths, so both the eight-byte loads
        // and the fallback near either end are taken.
        for w in words.iter().chain(&[
            "Sagte",
            "Betonte",
            "Er",
            "A",
            "Erklärte",
            "Hinzufügen",
            "Auseinandergesetzt",
            "sagt",
            "sagtes",
            "xsagte",
        ]) {
            for pad in 0..10 {
                let text = format!("{}{w}{}", "x".repeat(pad), "y".repeat(pad));
                let (s, e) = (pad, pad + w.len());
                let cap = w.as_bytes()[0].is_ascii_uppercase();
                // (The loads `get_loaded` takes, where the text has eight bytes on both sides.)
                let tb = text.as_bytes();
                let loads = tb
                    .get(s..)
                    .and_then(<[u8]>::first_chunk::<8>)
                    .zip(tb.get(..e).and_then(<[u8]>::last_chunk::<8>));
                for lower in [false, true] {
                    let want = t.get_cased(w.as_bytes(), lower && cap);
                    assert_eq!(
                        t.get_ascii_in(tb, s, e, lower && cap),
                        want,
                        "{w} in {text:?}"
                    );
                    if let Some((h, l)) = loads {
                        let (head, tail) = (u64::from_le_bytes(*h), u64::from_le_bytes(*l));
                        assert_eq!(
                            t.get_loaded(tb, s, e - s, head, tail, lower && cap),
                            want,
                            "{w} in {text:?}, loaded"
                        );
                    }
                }
            }
        }
        // Capitalised words are found lower-cased, whatever their length.
        for w in [
            "A",
            "Er",
            "Sagte",
            "Betonte",
            "Erklärte",
            "Hinzugefügt",
            "Auseinandergesetzt",
        ] {
            let lw = w.to_lowercase();
            let text = format!("xxxxxxxx {w} yyyyyyyy");
            let f = t.get_ascii_in(text.as_bytes(), 9, 9 + w.len(), true);
            assert_eq!(f, t.get(lw.as_bytes()), "{w}");
            assert_ne!(f, 0, "{w}");
        }
        // Ranges outside the text find nothing.
        assert_eq!(t.get_ascii_in(b"sagte", 0, 6, false), 0);
        assert_eq!(t.get_ascii_in(b"sagte", 3, 2, false), 0);
        assert_eq!(
            t.get_ascii_in(b"sagte sagte", 6, 11, false),
            t.get(b"sagte")
        );
    }

    proptest! {
        /// The table answers what the map it was built from says, for its words and for
        /// others, short and long, sharing first and last bytes (a small alphabet), as
        /// written and with the first letter lower-cased.
        #[test]
        fn table_is_the_map(
            words in proptest::collection::vec("[abä]{1,20}|[a-z]{1,9}", 1..400),
            probes in proptest::collection::vec("[abäAÄ]{1,20}|[a-zA-Z]{1,9}", 0..100),
        ) {
            let mut m: HashMap<Box<[u8]>, u32> = HashMap::new();
            for (i, w) in words.iter().enumerate() {
                m.insert(w.as_bytes().into(), i as u32 + 1);
            }
            // (Random words may fold alike: then there is no table, rightly, and nothing to
            // compare. It is rare, and it once made this test build ever larger tables.)
            let Some(t) = WordTable::new(&m) else {
                let mut folds: Vec<u64> = m
                    .keys()
                    .filter(|w| !w.is_empty() && w.len() <= 16)
                    .map(|w| Key::of(w).fold())
                    .collect();
                folds.sort_unstable();
                prop_assert!(folds.windows(2).any(|p| p[0] == p[1]));
                return Ok(());
            };
            let want = |w: &str| m.get(w.as_bytes()).copied().unwrap_or(0);
            for w in words.iter().chain(&probes) {
                prop_assert_eq!(t.get(w.as_bytes()), want(w), "{}", w);
                let mut lw = String::new();
                let mut cs = w.chars();
                lw.extend(cs.next().into_iter().flat_map(char::to_lowercase));
                lw.push_str(cs.as_str());
                prop_assert_eq!(t.get_lower_first(w.as_bytes()), want(&lw), "{}", w);
            }
        }
    }
}
