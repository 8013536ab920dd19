//! Character classes: a 256-entry byte table for the ASCII fast path and a
//! classifier for everything else.
//!
//! The scanner looks at bytes; only a non-ASCII lead byte makes it decode a
//! `char` (German umlauts and `ß` have their own two-byte fast path).

/// ASCII whitespace (`\t \n \x0b \x0c \r` and space).
pub(crate) const WS: u8 = 1;
/// ASCII letter or digit.
pub(crate) const ALNUM: u8 = 2;
/// ASCII digit.
pub(crate) const DIGIT: u8 = 4;
/// ASCII upper-case letter.
pub(crate) const UPPER: u8 = 8;
/// ASCII lower-case letter.
pub(crate) const LOWER: u8 = 16;
/// ASCII control character that is not whitespace: treated as a separator.
pub(crate) const CTRL: u8 = 32;
/// A byte of a multi-byte UTF-8 sequence.
pub(crate) const NONASCII: u8 = 64;
/// Any letter (set by the scanner for non-ASCII letters, never in the table).
pub(crate) const LETTER: u8 = UPPER | LOWER;

const fn build_table() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NONASCII
        } else if b == b' ' || (b >= 0x09 && b <= 0x0d) {
            WS
        } else if b.is_ascii_digit() {
            ALNUM | DIGIT
        } else if b.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if b.is_ascii_lowercase() {
            ALNUM | LOWER
        } else if b < 0x20 || b == 0x7f {
            CTRL
        } else {
            0
        };
        i += 1;
    }
    t
}

/// Class bits of every byte value.
pub(crate) static BYTE: [u8; 256] = build_table();

/// The class of a non-ASCII character, as far as the scanner cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum U {
    /// Whitespace other than a line break (NBSP, thin space, ideographic space, ...).
    Space,
    /// A line break (NEL, LINE SEPARATOR).
    LineBreak,
    /// PARAGRAPH SEPARATOR: counts as a blank line.
    ParagraphBreak,
    /// Invisible format character (soft hyphen, ZWSP, ZWJ, word joiner, BOM,
    /// bidi marks, variation selectors): inside a token it stays inside, at a
    /// token start it is skipped.
    Format,
    /// A letter or a digit of any script (`is_alphanumeric`).
    Letter {
        /// Upper or title case.
        upper: bool,
    },
    /// A combining mark: it stays with the character before it.
    Mark,
    /// A hyphen that joins words (U+2010, U+2011): behaves like `-`.
    Hyphen,
    /// A dash (– — ‒ ― −).
    Dash,
    /// An apostrophe-like mark that may also be a quote (’ ´).
    Apostrophe,
    /// A quotation mark.
    Quote(QuoteChar),
    /// The ellipsis character `…`.
    Ellipsis,
    /// An emoji or pictograph.
    Emoji,
    /// Other punctuation.
    Punct,
    /// Other symbols (currency, math, ...).
    Symbol,
}

/// Typographic quotation marks and their usual direction in German text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuoteChar {
    /// „ ‚ ‟ ‛: always opening.
    Low,
    /// “ ”: closing in German (`„…“`), opening in English/Swiss style.
    HighDouble,
    /// ‘: closing in German (`‚…‘`).
    HighSingle,
    /// » ›: opening in German (`»…«`), closing in Swiss style.
    RightPointing,
    /// « ‹: closing in German, opening in Swiss style.
    LeftPointing,
}

/// Is `c` an invisible format character that never separates tokens?
pub(crate) fn is_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFE00..=0xFE0F | 0xFEFF
        | 0xE0000..=0xE007F | 0xE0100..=0xE01EF)
}

/// Is `c` an emoji or pictograph (start of an emoji cluster)?
pub(crate) fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x231A..=0x23FF
        | 0x2190..=0x21FF | 0x3030 | 0x303D | 0x3297 | 0x3299)
}

/// Classifies a non-ASCII character.
pub(crate) fn classify(c: char) -> U {
    let u = c as u32;
    // Latin-1 Supplement and Latin Extended-A/B letters: the German hot set.
    if (0xC0..=0x24F).contains(&u) && u != 0xD7 && u != 0xF7 {
        return U::Letter {
            upper: c.is_uppercase(),
        };
    }
    match u {
        0x85 | 0x2028 => return U::LineBreak,
        0x2029 => return U::ParagraphBreak,
        0x201E | 0x201A | 0x201F | 0x201B => return U::Quote(QuoteChar::Low),
        0x201C | 0x201D => return U::Quote(QuoteChar::HighDouble),
        0x2018 => return U::Quote(QuoteChar::HighSingle),
        0xBB | 0x203A => return U::Quote(QuoteChar::RightPointing),
        0xAB | 0x2039 => return U::Quote(QuoteChar::LeftPointing),
        0x2019 | 0xB4 => return U::Apostrophe,
        0x2010 | 0x2011 => return U::Hyphen,
        0x2012..=0x2015 | 0x2212 | 0x2E3A | 0x2E3B => return U::Dash,
        0x2026 => return U::Ellipsis,
        _ => {}
    }
    if c.is_whitespace() {
        return U::Space;
    }
    if is_format(c) {
        return U::Format;
    }
    if c.is_alphanumeric() {
        return U::Letter {
            upper: c.is_uppercase() || (!c.is_lowercase() && is_titlecase(c)),
        };
    }
    if unicode_normalization::char::is_combining_mark(c) {
        return U::Mark;
    }
    if is_emoji(c) {
        return U::Emoji;
    }
    if c.is_control() {
        // C1 controls: separators, like ASCII controls.
        return U::Space;
    }
    match u {
        0xA1
        | 0xA7
        | 0xB6
        | 0xB7
        | 0xBF
        | 0x2016..=0x2027
        | 0x2030..=0x205E
        | 0x3001..=0x3003
        | 0x3008..=0x3011
        | 0xFF01..=0xFF0F
        | 0xFF1A..=0xFF1F => U::Punct,
        _ => U::Symbol,
    }
}

fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x01C5 | 0x01C8 | 0x01CB | 0x01F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// The high bit of every byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// SWAR: for eight bytes packed little-endian in `x`, the index (0 to 7) of
/// the first byte that is not an ASCII letter or digit, or 8 if all are.
///
/// Only the first such byte counts, which saves masking: a lane below 0x80
/// never carries or borrows into the next one (every step stays within 0x00 to
/// 0xFF there), so the lanes up to the first non-alphanumeric byte compute
/// exactly; a byte of 0x80 or more is flagged by its own high bit, and what
/// its carries do to later lanes does not matter.
#[inline(always)]
pub(crate) const fn first_non_alnum(x: u64) -> u32 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let t = x | (0x20 * ONES); // ASCII letters folded to lower case
                               // Wrapping: lanes of 0x80 and more may carry out of the word.
    let letter = t.wrapping_add(0x1F * ONES) & (0xFA * ONES).wrapping_sub(t); // 'a'..='z'
    let digit = x.wrapping_add(0x50 * ONES) & (0xB9 * ONES).wrapping_sub(x); // '0'..='9'
    let other = (!(letter | digit) | x) & HIGH_BITS;
    other.trailing_zeros() / 8
}

/// Decodes the char starting at byte `i` of `b` (valid UTF-8, `i` on a char
/// boundary). Returns the char and its length; never panics (missing bytes
/// read as 0, which cannot happen for `&str` input).
#[inline]
pub(crate) fn decode(b: &[u8], i: usize) -> (char, usize) {
    let at = |k: usize| u32::from(b.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let b0 = u32::from(b.get(i).copied().unwrap_or(0));
    let (u, len) = if b0 < 0x80 {
        (b0, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) << 6) | at(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) << 12) | (at(1) << 6) | at(2), 3)
    } else {
        (
            ((b0 & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3),
            4,
        )
    };
    (char::from_u32(u).unwrap_or('\u{FFFD}'), len)
}

/// Is `c` a letter for the purposes of word continuation?
#[inline]
pub(crate) fn is_letter_byte_at(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None => false,
        Some(&x) if x < 0x80 => BYTE[x as usize] & (UPPER | LOWER) != 0,
        Some(_) => matches!(classify(decode(b, i).0), U::Letter { .. }),
    }
}

/// Is the char at `i` a letter or digit (ASCII or not)?
#[inline]
pub(crate) fn is_alnum_at(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None => false,
        Some(&x) if x < 0x80 => BYTE[x as usize] & ALNUM != 0,
        Some(_) => matches!(classify(decode(b, i).0), U::Letter { .. }),
    }
}

/// Is the char at `i` whitespace, a separator, or the end of the text?
#[inline]
pub(crate) fn is_gap_at(b: &[u8], i: usize) -> bool {
    match b.get(i) {
        None => true,
        Some(&x) if x < 0x80 => BYTE[x as usize] & (WS | CTRL) != 0,
        Some(_) => matches!(
            classify(decode(b, i).0),
            U::Space | U::LineBreak | U::ParagraphBreak
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_matches_std() {
        let s = "aÄß€😀\u{AD}";
        let b = s.as_bytes();
        for (i, c) in s.char_indices() {
            assert_eq!(decode(b, i), (c, c.len_utf8()));
        }
    }

    /// The first byte that is not an ASCII letter or digit, byte by byte.
    fn first_non_alnum_plain(bytes: [u8; 8]) -> u32 {
        bytes
            .iter()
            .position(|&x| BYTE[x as usize] & ALNUM == 0)
            .map_or(8, |k| k as u32)
    }

    #[test]
    fn swar_first_non_alnum_matches_table() {
        // Every byte value in every lane, after letters and digits and before
        // fillers that would expose carries and borrows.
        let fillers = [
            0x00, 0x1F, 0x2F, 0x3A, 0x40, 0x5B, 0x60, 0x7B, 0x7F, 0x80, 0xB9, 0xC3,
        ];
        for v in 0..=255u8 {
            for filler in fillers
                .into_iter()
                .chain([0xFA, 0xFF, b'a', b'9', b'Z', b'z', b'0'])
            {
                for before in [b'a', b'z', b'A', b'Z', b'0', b'9', b'm'] {
                    for lane in 0..8 {
                        let mut bytes = [filler; 8];
                        bytes[..lane].fill(before);
                        bytes[lane] = v;
                        let x = u64::from_le_bytes(bytes);
                        assert_eq!(
                            first_non_alnum(x),
                            first_non_alnum_plain(bytes),
                            "{bytes:x?}"
                        );
                    }
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn swar_first_non_alnum_on_any_bytes(bytes in proptest::prelude::any::<[u8; 8]>()) {
            let x = u64::from_le_bytes(bytes);
            proptest::prop_assert_eq!(first_non_alnum(x), first_non_alnum_plain(bytes));
        }
    }

    #[test]
    fn classes() {
        assert_eq!(classify('\u{A0}'), U::Space);
        assert_eq!(classify('\u{AD}'), U::Format);
        assert_eq!(classify('\u{200D}'), U::Format);
        assert_eq!(classify('ä'), U::Letter { upper: false });
        assert_eq!(classify('Ü'), U::Letter { upper: true });
        assert_eq!(classify('\u{308}'), U::Mark);
        assert_eq!(classify('„'), U::Quote(QuoteChar::Low));
        assert_eq!(classify('😀'), U::Emoji);
        assert_eq!(classify('€'), U::Symbol);
        assert_eq!(classify('–'), U::Dash);
    }
}
