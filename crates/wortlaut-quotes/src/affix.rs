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

#[cfg(test)]
mod tests {
    use super::ends_or_is;

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
}
