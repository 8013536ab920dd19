//! Unicode-aware word boundaries on byte offsets, without a tokenizer.
//!
//! A word character is a Unicode letter or digit; `-` between two word characters joins a
//! hyphen compound (`Nato-Gipfel`) into one token. All functions take byte offsets that are
//! char boundaries and never panic on any input.

/// A letter or digit in any script.
///
/// Latin-1 letters (umlauts, `ß`, accents) are answered without the Unicode table lookup,
/// which otherwise costs several percent of a scan of German text.
#[inline]
pub(crate) fn is_word(c: char) -> bool {
    match c {
        '0'..='9' | 'a'..='z' | 'A'..='Z' => true,
        '\0'..='\x7f' => false,
        '×' | '÷' => false,
        '\u{c0}'..='\u{ff}' => true,
        // General Punctuation (quote marks, dashes, ellipsis): common in news, and no
        // letter or digit among them, so no table search.
        '\u{2000}'..='\u{206f}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// The char ending at byte `i`, if any.
#[inline]
pub(crate) fn char_before(text: &str, i: usize) -> Option<char> {
    // An ASCII byte before `i` is that char, and `i` a char boundary (no continuation byte
    // follows an ASCII byte): no decoding.
    let bytes = text.as_bytes();
    match i.checked_sub(1).and_then(|k| bytes.get(k)) {
        Some(&b) if b < 0x80 && i <= bytes.len() => Some(char::from(b)),
        _ => text.get(..i)?.chars().next_back(),
    }
}

/// The char starting at byte `i`, if any.
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    // An ASCII byte at `i` is that char, and `i` a char boundary: no decoding.
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => Some(char::from(b)),
        _ => text.get(i..)?.chars().next(),
    }
}

/// How a candidate's edge sits in its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Edge {
    /// The token starts (or ends) here: a whole-word edge.
    Word,
    /// A hyphen joins another word part here (`Nato|-Gipfel`, `US-|Präsident`).
    Hyphen,
    /// Inside a word: not a boundary.
    Inside,
}

/// Kind of the left edge at byte `i`.
#[inline]
pub(crate) fn left_edge(text: &str, i: usize) -> Edge {
    // An ASCII byte before `i` is the char before it (no char ends in a byte after it), so
    // most edges are answered without decoding.
    let bytes = text.as_bytes();
    if let Some(&b) = i.checked_sub(1).and_then(|k| bytes.get(k)) {
        if b < 0x80 && i <= bytes.len() {
            return if b.is_ascii_alphanumeric() {
                Edge::Inside
            } else if b == b'-' {
                match char_before(text, i - 1) {
                    Some(p) if is_word(p) => Edge::Hyphen,
                    _ => Edge::Word,
                }
            } else {
                Edge::Word
            };
        }
    }
    match char_before(text, i) {
        None => Edge::Word,
        Some(c) if is_word(c) => Edge::Inside,
        Some('-') => match char_before(text, i - 1) {
            Some(p) if is_word(p) => Edge::Hyphen,
            _ => Edge::Word,
        },
        Some(_) => Edge::Word,
    }
}

/// Kind of the right edge at byte `i` (a match ending there).
#[inline]
pub(crate) fn right_edge(text: &str, i: usize) -> Edge {
    // An ASCII byte at `i` is the char there (`i` is a char boundary: no continuation byte
    // is ASCII), so most edges are answered without decoding.
    let bytes = text.as_bytes();
    if let Some(&b) = bytes.get(i) {
        if b < 0x80 {
            return if b.is_ascii_alphanumeric() {
                Edge::Inside
            } else if b == b'-' {
                match char_at(text, i + 1) {
                    Some(n) if is_word(n) => Edge::Hyphen,
                    _ => Edge::Word,
                }
            } else {
                Edge::Word
            };
        }
    }
    match char_at(text, i) {
        None => Edge::Word,
        Some(c) if is_word(c) => Edge::Inside,
        Some('-') => match char_at(text, i + 1) {
            Some(n) if is_word(n) => Edge::Hyphen,
            _ => Edge::Word,
        },
        Some(_) => Edge::Word,
    }
}

/// The whole hyphen-compound token around `[s, e)`: extends over word chars and joining hyphens.
pub(crate) fn token_around(text: &str, s: usize, e: usize) -> (usize, usize) {
    (token_start(text, s), token_end(text, e))
}

/// Where the token holding the char before `s` starts (`s` itself on a token boundary).
#[inline]
fn token_start(text: &str, s: usize) -> usize {
    let bytes = text.as_bytes();
    let mut a = s;
    loop {
        // ASCII letters and digits in bulk, eight bytes at a time where the text has them;
        // the edge test handles the rest char by char.
        loop {
            match a.checked_sub(8).and_then(|k| bytes.get(k..a)) {
                Some(c) => {
                    let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
                    let stop = non_alnum(x);
                    if stop == 0 {
                        a -= 8;
                        continue;
                    }
                    // The letters and digits after the last other byte.
                    a -= (stop.leading_zeros() / 8) as usize;
                }
                None => {
                    while a > 0 && bytes.get(a - 1).is_some_and(u8::is_ascii_alphanumeric) {
                        a -= 1;
                    }
                }
            }
            break;
        }
        match left_edge(text, a) {
            Edge::Word => break,
            Edge::Inside => a -= char_before(text, a).map_or(1, char::len_utf8),
            Edge::Hyphen => a -= 1,
        }
    }
    a
}

/// Where the token holding the char at `e` ends (`e` itself on a token boundary).
#[inline]
fn token_end(text: &str, e: usize) -> usize {
    let bytes = text.as_bytes();
    let mut b = e;
    loop {
        // ASCII letters and digits in bulk, as [`ascii_alnum_run`] counts them.
        loop {
            match bytes.get(b..b + 8) {
                Some(c) => {
                    let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
                    let stop = non_alnum(x);
                    if stop == 0 {
                        b += 8;
                        continue;
                    }
                    b += (stop.trailing_zeros() / 8) as usize;
                }
                None => {
                    while bytes.get(b).is_some_and(u8::is_ascii_alphanumeric) {
                        b += 1;
                    }
                }
            }
            break;
        }
        match right_edge(text, b) {
            Edge::Word => break,
            Edge::Inside => b += char_at(text, b).map_or(1, char::len_utf8),
            Edge::Hyphen => b += 1,
        }
    }
    b
}

/// The next token (word chars and joining hyphens, plus a trailing `.` of an initial or
/// abbreviation is not included) starting after horizontal whitespace at `i`:
/// `(start, end)`, or `None` if something other than spaces comes first.
///
/// The commonest shape is answered without decoding chars: one space, then an ASCII word
/// that ends at the text's end or at an ASCII byte other than `-` (where
/// [`next_token_general`] finds the same word edge); anything else goes to it.
#[inline]
pub(crate) fn next_token(text: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if bytes.get(i) == Some(&b' ') && bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
        let s = i + 1;
        let e = s + bytes.get(s..).map_or(0, ascii_alnum_run);
        match bytes.get(e) {
            None => return Some((s, e)),
            Some(&b) if b < 0x80 && b != b'-' => return Some((s, e)),
            Some(_) => {}
        }
    }
    next_token_general(text, i)
}

/// [`next_token`] for any shape, char by char.
fn next_token_general(text: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    // Spaces and no-break spaces (`C2 A0`), bytewise.
    let mut s = i;
    loop {
        match bytes.get(s..) {
            Some([b' ', ..]) => s += 1,
            Some([0xC2, 0xA0, ..]) => s += 2,
            Some(_) => break,
            None => return None,
        }
    }
    if s == i {
        return None;
    }
    let c = char_at(text, s)?;
    if !is_word(c) {
        return None;
    }
    // After a space the token starts at `s`.
    Some((s, token_end(text, s + c.len_utf8())))
}

/// The token right before `i` across horizontal whitespace (same shape as [`next_token`]).
///
/// The mirror shape of [`next_token`]'s shortcut (an ASCII word, then one space before `i`,
/// after the text's start or an ASCII byte other than `-`) is answered without decoding
/// chars; anything else goes to [`prev_token_general`].
#[inline]
pub(crate) fn prev_token(text: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if i >= 2 && bytes.get(i - 1) == Some(&b' ') && bytes[i - 2].is_ascii_alphanumeric() {
        let e = i - 1;
        let mut a = e - 1;
        while a > 0 && bytes[a - 1].is_ascii_alphanumeric() {
            a -= 1;
        }
        if a == 0 || bytes[a - 1] < 0x80 && bytes[a - 1] != b'-' {
            return Some((a, e));
        }
    }
    prev_token_general(text, i)
}

/// [`prev_token`] for any shape, char by char.
fn prev_token_general(text: &str, i: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    if !text.is_char_boundary(i) {
        return None;
    }
    let mut e = i;
    loop {
        match bytes.get(..e) {
            Some([.., b' ']) => e -= 1,
            Some([.., 0xC2, 0xA0]) => e -= 2,
            _ => break,
        }
    }
    if e == i {
        return None;
    }
    let c = char_before(text, e)?;
    if !is_word(c) {
        return None;
    }
    // Before a space the token ends at `e`.
    Some((token_start(text, e - c.len_utf8()), e))
}

/// True at the start of a text, paragraph or sentence: only spaces, opening quotes or
/// brackets stand between `i` and the previous `.`, `!`, `?`, `:`, a newline or the start.
pub(crate) fn sentence_initial(text: &str, i: usize) -> bool {
    let Some(before) = text.get(..i) else {
        return false;
    };
    for c in before.chars().rev() {
        match c {
            ' ' | '\u{a0}' | '\t' | '"' | '„' | '“' | '»' | '«' | '‚' | '‘' | '(' | '[' | '–'
            | '-' => continue,
            '.' | '!' | '?' | ':' | '\n' | '\r' | '|' => return true,
            _ => return false,
        }
    }
    true
}

/// First char is upper case and some later char is lower case (`Müller`, not `NATO`, not `müller`).
pub(crate) fn is_capitalised_word(w: &str) -> bool {
    let mut cs = w.chars();
    matches!(cs.next(), Some(c) if c.is_uppercase()) && cs.any(char::is_lowercase)
}

/// The end of the run of word chars starting at byte `i` (`i` itself if none starts there).
/// Byte by byte: words are short, and umlauts (`C3 xx`) are answered without decoding.
#[inline]
pub(crate) fn word_end(text: &str, i: usize) -> usize {
    let bytes = text.as_bytes();
    let mut e = i;
    while let Some(&b) = bytes.get(e) {
        if ASCII_ALNUM[usize::from(b)] {
            // Eight bytes at a time where the text has them (most words end in the first).
            if let Some(c) = bytes.get(e..e + 8) {
                let mut w = [0u8; 8];
                w.copy_from_slice(c);
                let stop = non_alnum(u64::from_le_bytes(w));
                e += if stop == 0 {
                    8
                } else {
                    (stop.trailing_zeros() / 8) as usize
                };
            } else {
                e += 1;
            }
        } else if b < 0x80 {
            break;
        } else if b == 0xC3 {
            // U+00C0..U+00FF: letters, but for `×` (C3 97) and `÷` (C3 B7).
            match bytes.get(e + 1) {
                Some(0x97 | 0xB7) | None => break,
                Some(_) => e += 2,
            }
        } else {
            match char_at(text, e) {
                Some(c) if is_word(c) => e += c.len_utf8(),
                _ => break,
            }
        }
    }
    e
}

/// ASCII letters and digits.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The high bit of each byte of `w` (little-endian) that is not an ASCII letter or digit.
#[inline]
pub(crate) fn non_alnum(w: u64) -> u64 {
    const L: u64 = 0x0101_0101_0101_0101;
    const H: u64 = 0x8080_8080_8080_8080;
    // Per byte of seven-bit values: high bit set where the byte is >= lo, or <= hi (no
    // borrow crosses bytes, since every byte is at least 0x80 - 0x7f before the subtraction).
    let ge = |x: u64, lo: u64| (x | H).wrapping_sub(lo * L) & H;
    let le = |x: u64, hi: u64| ((hi | 0x80) * L).wrapping_sub(x) & H;
    let x = w & !H;
    let lower = x | (0x20 * L);
    let alnum = (ge(x, 0x30) & le(x, 0x39)) | (ge(lower, 0x61) & le(lower, 0x7a));
    !(alnum & !w) & H
}

/// Bytes of a 64-byte window by kind, one bit per byte (bit `i` for byte `i`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct WindowMasks {
    /// Bytes of word chars whose kind the bits settle: ASCII letters and digits, and both
    /// bytes of a Latin-1 letter (`C3 80`..`C3 BF` but for `×` and `÷`: umlauts, `ß`, accents).
    pub word: u64,
    /// Other bytes of 0x80 and above (no-break space, other scripts, a char cut by the
    /// window's edge): their chars need decoding. Bytes in neither mask are ASCII and no
    /// letter or digit, or chars U+2000..U+203F (`„`, `–`), none of them a word char.
    pub unsure: u64,
}

/// Byte `i` of a window's flags when it is set: bit `i / 8`, so that the eight 8-byte
/// chunks of the flags OR together into one word ([`bits_of`]).
const LANE: [u8; 64] = {
    let mut a = [0; 64];
    let mut i = 0;
    while i < 64 {
        a[i] = 1 << (i / 8);
        i += 1;
    }
    a
};

/// The flags of a window (byte `i` [`LANE`]`[i]` or 0) as a bit mask, bit `i` for byte
/// `i`: the chunks ORed together hold in byte `j` bit `k` the flag of byte `8k + j`, an
/// 8x8 bit matrix that one transpose (three rounds of swaps) puts in order. About 25
/// instructions, against 55 for a gathering multiply per chunk.
#[inline]
fn bits_of(flags: &[u8; 64]) -> u64 {
    let mut x = 0;
    for c in flags.chunks_exact(8) {
        x |= u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
    }
    // Swap the 1x1, then 2x2, then 4x4 blocks across the diagonal.
    let t = (x ^ (x >> 7)) & 0x00AA_00AA_00AA_00AA;
    x ^= t ^ (t << 7);
    let t = (x ^ (x >> 14)) & 0x0000_CCCC_0000_CCCC;
    x ^= t ^ (t << 14);
    let t = (x ^ (x >> 28)) & 0x0000_0000_F0F0_F0F0;
    x ^ t ^ (t << 28)
}

/// A continuation byte (0x80..=0xBF) of a Latin-1 letter after `C3` (not of `×`, `÷`).
#[inline]
fn latin_cont(c: u8) -> bool {
    (c & 0xC0 == 0x80) & (c != 0x97) & (c != 0xB7)
}

/// [`WindowMasks`] of `w`: each byte's kind from itself and its two neighbours (bytes
/// outside the window count as zero). On x86-64, SSE2 compares (16 bytes an instruction)
/// give four masks of bits (`pmovmskb`), through `safe_arch`'s safe wrappers (the
/// workspace forbids `unsafe`), and the Latin-1 letters come from shifts of those bits:
/// `fill_block` took 11.7 M instructions a pass over `/tmp/news.jsonl`, against 15.9 M with
/// [`window_masks_scalar`] (callgrind).
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline]
pub(crate) fn window_masks(w: &[u8; 64]) -> WindowMasks {
    use safe_arch::{
        add_i8_m128i, bitor_m128i, cmp_eq_mask_i8_m128i, cmp_lt_mask_i8_m128i,
        load_unaligned_m128i, m128i, move_mask_i8_m128i, set_splat_i8_m128i,
    };
    let splat = |b: u8| set_splat_i8_m128i(b as i8);
    // The 16-byte chunks of the window, and the bits of a chunk's byte test (its high bits).
    let chunk = |k: usize| {
        let c: &[u8; 16] = w[16 * k..16 * k + 16].try_into().unwrap_or(&[0; 16]);
        load_unaligned_m128i(c)
    };
    #[inline(always)]
    fn bits(f: impl Fn(m128i) -> m128i, v: [m128i; 4]) -> u64 {
        let mut m = 0u64;
        for (k, &x) in v.iter().enumerate() {
            m |= u64::from(move_mask_i8_m128i(f(x)) as u16) << (16 * k);
        }
        m
    }
    let v = [chunk(0), chunk(1), chunk(2), chunk(3)];
    // `lo <= x < lo + n` (unsigned, `n` at most 128) as one signed compare: `x - lo` moved
    // down by 128 is below `n - 128` (SSE2 has signed byte compares only; an unsigned
    // `min` and an equality took one instruction more).
    let within = |x: m128i, lo: u8, n: u8| {
        let moved = add_i8_m128i(x, splat(lo.wrapping_neg().wrapping_add(128)));
        cmp_lt_mask_i8_m128i(moved, splat(n.wrapping_add(128)))
    };
    let alnum = bits(
        |x| {
            let digit = within(x, b'0', 10);
            let letter = within(bitor_m128i(x, splat(0x20)), b'a', 26);
            bitor_m128i(digit, letter)
        },
        v,
    );
    // (No shortcut for an all-ASCII block, a third of German news: the branch on it
    // mispredicted 28 k times a pass over `/tmp/news.jsonl`, for 40 instructions saved.)
    let high = bits(|x| x, v);
    let c3 = bits(|x| cmp_eq_mask_i8_m128i(x, splat(0xC3)), v);
    // Continuation bytes of a Latin-1 letter after `C3` (not of `×`, `÷`): 80..BF are the
    // bytes below C0 as signed bytes, and `×`, `÷` (97, B7) are the two whose `| 0x20` is B7.
    let cont = bits(
        |x| {
            let c = cmp_lt_mask_i8_m128i(x, splat(0xC0));
            let not_letter = cmp_eq_mask_i8_m128i(bitor_m128i(x, splat(0x20)), splat(0xB7));
            safe_arch::bitandnot_m128i(not_letter, c)
        },
        v,
    );
    // Both bytes of `C3 xx`: the lead before a continuation byte, and the byte after a lead.
    let latin = (c3 & cont >> 1) | (c3 << 1 & cont);
    let mut unsure = high & !latin;
    // (Most blocks have no byte left unsure: the masks of `E2 80 xx` only where one is.)
    if unsure != 0 {
        let e2 = bits(|x| cmp_eq_mask_i8_m128i(x, splat(0xE2)), v);
        let b80 = bits(|x| cmp_eq_mask_i8_m128i(x, splat(0x80)), v);
        let any_cont = bits(|x| cmp_lt_mask_i8_m128i(x, splat(0xC0)), v);
        unsure &= !general_punctuation(e2, b80, any_cont);
    }
    WindowMasks {
        word: alnum | latin,
        unsure,
    }
}

/// The bytes of the chars `E2 80 xx` (U+2000..U+203F: quote marks, dashes, spaces, the
/// ellipsis; no word char among them, [`is_word`]) that lie whole in a window, from the masks
/// of its `E2` bytes, its `80` bytes and its continuation bytes: no decoding needed, so the
/// words beside them (`„Wort“`) take the scan's fast path. (A char cut by the window's edge
/// stays unsure.)
#[inline(always)]
fn general_punctuation(e2: u64, b80: u64, any_cont: u64) -> u64 {
    let lead = e2 & b80 >> 1 & any_cont >> 2;
    lead | lead << 1 | lead << 2
}

/// [`window_masks`] on targets without SSE2: [`window_masks_scalar`].
#[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
#[inline]
pub(crate) fn window_masks(w: &[u8; 64]) -> WindowMasks {
    window_masks_scalar(w)
}

/// [`window_masks`] on targets without SSE2 (and the reference its tests compare with):
/// each byte's kind as one branch-free loop over the bytes into byte arrays, which LLVM
/// vectorises, then turned into bits by [`bits_of`].
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
#[inline]
pub(crate) fn window_masks_scalar(w: &[u8; 64]) -> WindowMasks {
    // All ASCII (a third of the blocks of German news): only letters and digits to find.
    let mut high = 0;
    for c in w.chunks_exact(8) {
        high |= u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
    }
    if high & 0x8080_8080_8080_8080 == 0 {
        return ascii_window_masks(w);
    }
    // The window with a zero byte before and after it, so every byte has both neighbours.
    let mut buf = [0u8; 80];
    buf[8..72].copy_from_slice(w);
    let (prev, next) = (&buf[7..71], &buf[9..73]);
    let mut word = [0u8; 64];
    let mut unsure = [0u8; 64];
    let mut bytes = [[0u8; 64]; 3];
    for i in 0..64 {
        let (b, p, n) = (w[i], prev[i], next[i]);
        let alnum = (b.wrapping_sub(b'0') < 10) | ((b | 0x20).wrapping_sub(b'a') < 26);
        let latin = ((b == 0xC3) & latin_cont(n)) | ((p == 0xC3) & latin_cont(b));
        word[i] = LANE[i] & 0u8.wrapping_sub(u8::from(alnum | latin));
        unsure[i] = LANE[i] & 0u8.wrapping_sub(u8::from((b >= 0x80) & !latin));
        bytes[0][i] = LANE[i] & 0u8.wrapping_sub(u8::from(b == 0xE2));
        bytes[1][i] = LANE[i] & 0u8.wrapping_sub(u8::from(b == 0x80));
        bytes[2][i] = LANE[i] & 0u8.wrapping_sub(u8::from(b & 0xC0 == 0x80));
    }
    let [e2, b80, any_cont] = bytes.map(|m| bits_of(&m));
    WindowMasks {
        word: bits_of(&word),
        unsure: bits_of(&unsure) & !general_punctuation(e2, b80, any_cont),
    }
}

/// [`window_masks`] of a window without bytes of 0x80 and above: no unsure bytes.
#[inline]
fn ascii_window_masks(w: &[u8; 64]) -> WindowMasks {
    let mut word = [0u8; 64];
    for i in 0..64 {
        let b = w[i];
        let alnum = (b.wrapping_sub(b'0') < 10) | ((b | 0x20).wrapping_sub(b'a') < 26);
        word[i] = LANE[i] & 0u8.wrapping_sub(u8::from(alnum));
    }
    WindowMasks {
        word: bits_of(&word),
        unsure: 0,
    }
}

/// The number of leading ASCII letters and digits in `bytes`: the rest of a word the scan
/// can skip. Eight bytes at a time (SWAR), since the scan spends most of its bytes here.
#[inline]
pub(crate) fn ascii_alnum_run(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut n = 0;
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        let stop = non_alnum(u64::from_le_bytes(w));
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + chunks
        .remainder()
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(chunks.remainder().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_word_is_alphanumeric() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_word(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn edges() {
        let t = "Nato-Gipfel in Rom, Romantik";
        assert_eq!(left_edge(t, 0), Edge::Word);
        assert_eq!(right_edge(t, 4), Edge::Hyphen);
        assert_eq!(left_edge(t, 5), Edge::Hyphen);
        assert_eq!(right_edge(t, 18), Edge::Word);
        assert_eq!(right_edge(t, 23), Edge::Inside);
        assert_eq!(token_around(t, 0, 4), (0, 11));
        assert_eq!(
            &t[token_around(t, 7, 9).0..token_around(t, 7, 9).1],
            "Nato-Gipfel"
        );
    }

    /// The edges and token bounds (with their ASCII shortcuts) against char decoding, at
    /// every char boundary of a text mixing ASCII, Latin-1 letters, other scripts, hyphens
    /// and long ASCII runs (the eight-byte steps of the token bounds).
    #[test]
    fn edges_and_tokens_match_decoding() {
        let kind = |c: Option<char>| match c {
            None => 0,
            Some(c) if is_word(c) => 1,
            Some('-') => 2,
            Some(_) => 3,
        };
        let plain_left = |t: &str, i: usize| match kind(char_before(t, i)) {
            1 => Edge::Inside,
            2 if kind(char_before(t, i - 1)) == 1 => Edge::Hyphen,
            _ => Edge::Word,
        };
        let plain_right = |t: &str, i: usize| match kind(char_at(t, i)) {
            1 => Edge::Inside,
            2 if kind(char_at(t, i + 1)) == 1 => Edge::Hyphen,
            _ => Edge::Word,
        };
        let t = "Bundesverkehrsministerium-Ölpreis x-ÄÖ ab- -cd Ωmega-東京 \
                 Donaudampfschifffahrt1234567890-Straße „Zitat“ – é-a -- Z";
        // The chars at and before every byte offset, on a char boundary or not, past the end too.
        for i in 0..t.len() + 2 {
            assert_eq!(
                char_at(t, i),
                t.get(i..).and_then(|r| r.chars().next()),
                "{i}"
            );
            let before = t.get(..i).and_then(|r| r.chars().next_back());
            assert_eq!(char_before(t, i), before, "{i}");
        }
        let bounds: Vec<usize> = t.char_indices().map(|(i, _)| i).chain([t.len()]).collect();
        for &i in &bounds {
            assert_eq!(left_edge(t, i), plain_left(t, i), "left {i}");
            assert_eq!(right_edge(t, i), plain_right(t, i), "right {i}");
            let mut a = i;
            while plain_left(t, a) != Edge::Word {
                a -= char_before(t, a).map_or(1, char::len_utf8);
            }
            let mut b = i;
            while plain_right(t, b) != Edge::Word {
                b += char_at(t, b).map_or(1, char::len_utf8);
            }
            assert_eq!(token_around(t, i, i), (a, b), "token {i}");
        }
    }

    #[test]
    fn token_around_mixes_ascii_and_other_letters() {
        let t = "(Straßen-Ausbau2ä über Groß-Öffnung) -x";
        for (s, e, want) in [
            (1, 2, "Straßen-Ausbau2ä"),
            (12, 13, "Straßen-Ausbau2ä"),
            (32, 34, "Groß-Öffnung"),
            (43, 44, "x"),
        ] {
            let (a, b) = token_around(t, s, e);
            assert_eq!(&t[a..b], want, "{s}");
        }
    }

    #[test]
    fn neighbour_tokens() {
        let t = "US-Außenminister Marco Rubio sagte";
        let marco = t.find("Marco").unwrap();
        let (s, e) = prev_token(t, marco).unwrap();
        assert_eq!(&t[s..e], "US-Außenminister");
        let (s, e) = next_token(t, marco + 5).unwrap();
        assert_eq!(&t[s..e], "Rubio");
        assert_eq!(next_token(t, marco), None);
        assert_eq!(prev_token("x, Rubio", 3), None);
    }

    #[test]
    fn sentence_starts() {
        let t = "Er kam. „Waren sind da“, sagte er: Waren";
        assert!(sentence_initial(t, 0));
        assert!(sentence_initial(t, t.find("Waren").unwrap()));
        assert!(!sentence_initial(t, t.find("sagte").unwrap()));
        assert!(sentence_initial(t, t.rfind("Waren").unwrap()));
    }

    #[test]
    fn word_end_matches_is_word() {
        let plain = |t: &str, i: usize| {
            t[i..]
                .char_indices()
                .find(|&(_, c)| !is_word(c))
                .map_or(t.len(), |(k, _)| i + k)
        };
        let t = "Straße-Ausbau2ä × ÷ Öl Ωmega x\u{308}y „Zitat“ 3,5 Ærø東京 end";
        for (i, _) in t.char_indices() {
            assert_eq!(word_end(t, i), plain(t, i), "at {i}: {:?}", &t[i..]);
        }
        assert_eq!(word_end(t, t.len()), t.len());
    }

    /// The shortcuts of [`next_token`] and [`prev_token`] answer exactly as the general
    /// paths, at every byte offset (char boundary or not) of texts made of words, spaces,
    /// hyphens, no-break spaces, umlauts and punctuation.
    #[test]
    fn token_shortcuts_match_the_general_paths() {
        let texts = [
            "Angela Merkel sagte, Nato-Gipfel und US-Präsident kamen.",
            " a  b\u{a0}c -d e- f--g Über über Müller-Lüdenscheidt x",
            "für Präsident Åström ×2 a×b ÷ Łódź Straße. Ära Gemüse-Äcker",
            "ab-  -cd 12 3a. (Kiel) „Bonn“ Ä",
            "",
            " ",
            "a",
        ];
        for t in texts {
            for i in 0..=t.len() + 1 {
                assert_eq!(next_token(t, i), next_token_general(t, i), "{t:?} {i}");
                assert_eq!(prev_token(t, i), prev_token_general(t, i), "{t:?} {i}");
            }
        }
    }

    /// [`window_masks`] by decoding the window's chars one by one.
    fn plain_masks(t: &str) -> WindowMasks {
        let mut m = WindowMasks { word: 0, unsure: 0 };
        for (i, c) in t.char_indices() {
            let bits = ((1u64 << c.len_utf8()) - 1) << i;
            let latin = ('\u{c0}'..='\u{ff}').contains(&c) && is_word(c);
            if c.is_ascii_alphanumeric() || latin {
                m.word |= bits;
            } else if !c.is_ascii() && !('\u{2000}'..='\u{203f}').contains(&c) {
                m.unsure |= bits;
            }
        }
        m
    }

    #[test]
    fn window_masks_match_decoding() {
        for t in [
            "Die Bundesregierung in Berlin sagte am Montag, dass ... 0123456",
            "Zürich, Öl, Straße × ÷ „Zitat“ – Ærø Ωmega 東京 ÿ\u{a0}é x\u{308}yz!",
            "ÄÖÜäöüßÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêë",
        ] {
            let mut s = t.to_owned();
            let mut cut = s.len().min(64);
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            s.truncate(cut);
            while s.len() < 64 {
                s.push('-');
            }
            let w: &[u8; 64] = s.as_bytes()[..64].try_into().unwrap();
            assert_eq!(window_masks(w), plain_masks(&s), "{s:?}");
            assert_eq!(window_masks_scalar(w), plain_masks(&s), "{s:?}");
        }
    }

    /// Every byte value, alone and after a `C3` lead, in every lane: the SIMD masks' range
    /// compares agree with the scalar reference on all of them (UTF-8 or not).
    #[test]
    fn window_masks_match_scalar_on_every_byte() {
        for lead in [0x20u8, 0xC3] {
            for shift in 0..2 {
                for k in 0..8 {
                    let mut w = [0u8; 64];
                    for (i, b) in w.iter_mut().enumerate() {
                        *b = match (i + shift) % 2 {
                            0 => lead,
                            _ => (32 * k + i / 2) as u8,
                        };
                    }
                    assert_eq!(window_masks(&w), window_masks_scalar(&w), "{w:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn token_shortcuts_match_on_any_text(t in "[a-zA-Z0-9 äÜß×÷łÀ\u{a0}\\-.,„]{0,24}") {
            for i in 0..=t.len() + 1 {
                proptest::prop_assert_eq!(next_token(&t, i), next_token_general(&t, i));
                proptest::prop_assert_eq!(prev_token(&t, i), prev_token_general(&t, i));
            }
        }

        /// Any 64 bytes that are valid UTF-8, from a mix of ASCII, Latin-1 and other chars.
        #[test]
        fn window_masks_match_decoding_on_any_text(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Z", "0", " ", "-", ".", "'", "ä", "ß", "Ö", "×", "÷", "„", "“",
                    "–", "\u{a0}", "é", "Ω", "東", "\u{308}", "ÿ", "À", "\u{80}", "©",
                ]),
                0..64,
            )
        ) {
            let mut s: String = parts.concat();
            while s.len() > 64 {
                s.pop();
            }
            while s.len() < 64 {
                s.push('x');
            }
            let w: &[u8; 64] = s.as_bytes()[..64].try_into().unwrap();
            proptest::prop_assert_eq!(window_masks(w), plain_masks(&s));
            proptest::prop_assert_eq!(window_masks_scalar(w), plain_masks(&s));
        }
    }

    #[test]
    fn ascii_alnum_run_matches_the_plain_loop() {
        let plain = |b: &[u8]| {
            b.iter()
                .position(|c| !c.is_ascii_alphanumeric())
                .unwrap_or(b.len())
        };
        // Every byte value at every position of a 19-byte window of letters.
        let mut buf = *b"abcdefghijKLMNOPQ09";
        for pos in 0..buf.len() {
            for v in 0..=255u8 {
                let keep = buf[pos];
                buf[pos] = v;
                for start in 0..3 {
                    assert_eq!(
                        ascii_alnum_run(&buf[start..]),
                        plain(&buf[start..]),
                        "{v} at {pos}"
                    );
                }
                buf[pos] = keep;
            }
        }
        for t in [
            "Bundesregierung sagte",
            "Zürich",
            "ab-cd",
            "",
            "x",
            "0123456789abcdefZ!",
        ] {
            assert_eq!(ascii_alnum_run(t.as_bytes()), plain(t.as_bytes()), "{t}");
        }
    }
}
