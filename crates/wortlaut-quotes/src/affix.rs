//! Cheap word-ending tests for the detector's suffix lists (person nouns and the like),
//! which are scanned entry by entry for many words of a document: the common miss is
//! decided on the last byte, without a comparison call.

/// Whether `w` ends with `suffix`, or is `suffix` itself once lower-cased throughout
/// (`Mann`, `MANN` → `mann`). `suffix` must not hold an ASCII capital.
#[inline(always)]
pub(crate) fn ends_or_is(w: &str, suffix: &str) -> bool {
    let (wb, sb) = (w.as_bytes(), suffix.as_bytes());
    debug_assert!(!sb.iter().any(u8::is_ascii_uppercase), "{suffix:?}");
    if wb.len() > sb.len() {
        // (Most words fail on the last byte.)
        return wb.last() == sb.last() && wb.ends_with(sb);
    }
    if wb.len() < sb.len() {
        return false;
    }
    // The same length: the word lower-cased must be the suffix. For ASCII words that is
    // an ASCII case-insensitive match, as the suffix has no capital.
    if w.is_ascii() {
        return wb.eq_ignore_ascii_case(sb);
    }
    wb == sb || w.chars().flat_map(char::to_lowercase).eq(suffix.chars())
}

/// The last three bytes of word endings, as a bit set: whether a word can end in any of
/// a few lists of suffixes is one load ([`Tails::may_end`]), before those lists are
/// scanned entry by entry.
#[derive(Debug)]
pub(crate) struct Tails {
    bits: [u64; 64],
    /// Some suffix is shorter than three bytes: every word may end in it.
    all: bool,
}

impl Tails {
    /// The tails of every suffix in `lists` (as [`ends_or_is`] takes them: no ASCII capital).
    pub(crate) fn new(lists: &[&[&str]]) -> Tails {
        let mut t = Tails {
            bits: [0; 64],
            all: false,
        };
        for s in lists.iter().flat_map(|l| l.iter()) {
            match tail_key(s.as_bytes()) {
                Some(k) => t.bits[k / 64] |= 1 << (k % 64),
                None => t.all = true,
            }
        }
        t
    }

    /// False only if [`ends_or_is`]`(w, s)` is false for every suffix `s` of the lists.
    #[inline]
    pub(crate) fn may_end(&self, w: &str) -> bool {
        // (A word whose last three bytes are not all ASCII may match a suffix only once
        // lower-cased, which can change those bytes: it takes the slow path.)
        let hit = match w.as_bytes().last_chunk::<3>() {
            Some(t) if t.is_ascii() => {
                tail_key(t).is_some_and(|k| self.bits[k / 64] & (1 << (k % 64)) != 0)
            }
            _ => true,
        };
        hit | self.all
    }
}

/// A hash of the last three bytes of `w`, ASCII lower-cased, under 4096 (`None` if shorter).
#[inline]
fn tail_key(w: &[u8]) -> Option<usize> {
    let &[a, b, c] = w.last_chunk::<3>()?;
    let x = u32::from_le_bytes([
        a.to_ascii_lowercase(),
        b.to_ascii_lowercase(),
        c.to_ascii_lowercase(),
        0,
    ]);
    Some((x.wrapping_mul(0x9E37_79B1) >> 20) as usize)
}

#[cfg(test)]
mod tests {
    use super::{ends_or_is, Tails};

    /// The definition spelled out: the test the fast path replaces.
    fn slow(w: &str, s: &str) -> bool {
        w.ends_with(s) || w.len() == s.len() && w.chars().flat_map(char::to_lowercase).eq(s.chars())
    }

    #[test]
    fn agrees_with_the_definition() {
        let words = [
            "",
            "n",
            "Mann",
            "MANN",
            "mann",
            "Feuerwehrmann",
            "Ärztin",
            "ÄRZTIN",
            "ärztin",
            "Zahnärztin",
            "Sprecher",
            "sprecherin",
            "İmann",
            "Mannß",
            "MaNn",
            "Maßn",
            "Bürgermeister",
        ];
        let suffixes = [
            "mann",
            "ärztin",
            "sprecher",
            "bürgermeister",
            "n",
            "in",
            "maßn",
        ];
        for w in words {
            for s in suffixes {
                assert_eq!(ends_or_is(w, s), slow(w, s), "{w:?} {s:?}");
            }
        }
        assert!(ends_or_is("MANN", "mann") && ends_or_is("Zahnärztin", "ärztin"));
        assert!(!ends_or_is("Manns", "mann") && !ends_or_is("ann", "mann"));
    }

    #[test]
    fn tails_never_reject_a_word_that_ends_in_a_suffix() {
        let suffixes: &[&str] = &["mann", "sekretär", "arzt", "herr", "in"];
        let words = [
            "Mann",
            "MANN",
            "Feuerwehrmann",
            "Sekretär",
            "SEKRETÄR",
            "Zahnarzt",
            "HERR",
            "Berlin",
            "Regierung",
            "Haus",
            "Ärztin",
            "ÄRZTIN",
            "xy",
            "",
        ];
        let long = Tails::new(&[&suffixes[..4]]);
        let all = Tails::new(&[suffixes]);
        for w in words {
            let ends = suffixes[..4].iter().any(|s| ends_or_is(w, s));
            assert!(!ends || long.may_end(w), "{w:?}");
            assert!(all.may_end(w), "{w:?}");
        }
        assert!(!long.may_end("Regierung") && !long.may_end("Haus"));
    }
}
