//! Word lists: abbreviations, month names, words that typically open a German
//! sentence, top-level domains and clitics.
//!
//! Every list is a sorted static slice searched with binary search, consulted
//! only at the rare places that need it (a `.` after a word or a number), so
//! the hot loop never touches them. Abbreviations, looked up at every such
//! period, are packed into integers and pass a bit filter before the search.
//! Tests check the lists stay sorted.

use std::borrow::Cow;

/// Abbreviation flag: the period always belongs to the word.
pub(crate) const ALWAYS: u8 = 0;
/// Abbreviation flag: an abbreviation only before a number (`Art. 5`, `Abs. 2`);
/// otherwise the word is an ordinary noun that may end a sentence.
pub(crate) const BEFORE_NUMBER: u8 = 1;
/// Abbreviation flag: may also end a sentence (`usw.`, `etc.`, `Mio.`); the
/// sentence splitter splits after it when a typical sentence opener follows.
pub(crate) const TERMINAL: u8 = 2;

/// German (and a few English) abbreviations written with a final period, without
/// it, sorted by bytes. Multi-part forms written without spaces (`z.B.`) are
/// recognised by pattern, spaced ones (`z. B.`) as single-letter parts.
pub(crate) const ABBREVIATIONS: &[(&str, u8)] = &[
    ("Abb", ALWAYS),
    ("Abg", ALWAYS),
    ("Abk", ALWAYS),
    ("Abs", BEFORE_NUMBER),
    ("Abschn", ALWAYS),
    ("Abt", ALWAYS),
    ("Adm", ALWAYS),
    ("Akad", ALWAYS),
    ("Anh", ALWAYS),
    ("Anl", ALWAYS),
    ("Anm", ALWAYS),
    ("Apr", TERMINAL),
    ("Art", BEFORE_NUMBER),
    ("Aufl", ALWAYS),
    ("Aug", TERMINAL),
    ("Ausg", ALWAYS),
    ("Az", ALWAYS),
    ("Bd", ALWAYS),
    ("Bde", ALWAYS),
    ("Bearb", ALWAYS),
    ("Bem", ALWAYS),
    ("Betr", ALWAYS),
    ("Bez", ALWAYS),
    ("Bgm", ALWAYS),
    ("Bhf", ALWAYS),
    ("Bl", ALWAYS),
    ("Bsp", ALWAYS),
    ("Bzw", ALWAYS),
    ("Ca", ALWAYS),
    ("Chr", TERMINAL),
    ("Co", TERMINAL),
    ("Corp", TERMINAL),
    ("Dez", TERMINAL),
    ("Di", ALWAYS),
    ("Dipl", ALWAYS),
    ("Dir", ALWAYS),
    ("Dkfm", ALWAYS),
    ("Do", ALWAYS),
    ("Doz", ALWAYS),
    ("Dr", ALWAYS),
    ("Dres", ALWAYS),
    ("Dtzd", ALWAYS),
    ("Erw", ALWAYS),
    ("Fa", ALWAYS),
    ("Fam", ALWAYS),
    ("Feb", TERMINAL),
    ("Febr", TERMINAL),
    ("Fr", ALWAYS),
    ("Frl", ALWAYS),
    ("Gbr", ALWAYS),
    ("Gebr", ALWAYS),
    ("Gen", ALWAYS),
    ("Ges", ALWAYS),
    ("Gew", ALWAYS),
    ("Ggf", ALWAYS),
    ("Hbf", TERMINAL),
    ("Hg", ALWAYS),
    ("Hl", ALWAYS),
    ("Hofr", ALWAYS),
    ("Hr", ALWAYS),
    ("Hrn", ALWAYS),
    ("Hrsg", ALWAYS),
    ("Inc", TERMINAL),
    ("Ing", ALWAYS),
    ("Inh", ALWAYS),
    ("Jan", TERMINAL),
    ("Jh", TERMINAL),
    ("Jhd", TERMINAL),
    ("Jhdt", TERMINAL),
    ("Jr", TERMINAL),
    ("Jul", TERMINAL),
    ("Jun", TERMINAL),
    ("Kap", ALWAYS),
    ("Kfm", ALWAYS),
    ("Kfz", ALWAYS),
    ("Kl", ALWAYS),
    ("Komm", ALWAYS),
    ("Kr", ALWAYS),
    ("Kt", ALWAYS),
    ("Lfg", ALWAYS),
    ("Lkr", ALWAYS),
    ("Ltd", TERMINAL),
    ("Mag", ALWAYS),
    ("Mi", ALWAYS),
    ("Mill", TERMINAL),
    ("Min", ALWAYS),
    ("Mio", TERMINAL),
    ("Mo", ALWAYS),
    ("Mr", ALWAYS),
    ("Mrd", TERMINAL),
    ("Mrs", ALWAYS),
    ("Ms", ALWAYS),
    ("Mt", ALWAYS),
    ("MwSt", TERMINAL),
    ("Mwst", TERMINAL),
    ("Nachf", ALWAYS),
    ("Nov", TERMINAL),
    ("Nr", ALWAYS),
    ("Nrn", ALWAYS),
    ("Obm", ALWAYS),
    ("Okt", TERMINAL),
    ("Pf", ALWAYS),
    ("Pfd", ALWAYS),
    ("Pkt", ALWAYS),
    ("Pl", ALWAYS),
    ("Prof", ALWAYS),
    ("Prov", ALWAYS),
    ("Präs", ALWAYS),
    ("Rd", ALWAYS),
    ("Reg", ALWAYS),
    ("Rep", ALWAYS),
    ("Rn", ALWAYS),
    ("Sa", ALWAYS),
    ("Sek", ALWAYS),
    ("Sen", ALWAYS),
    ("Sep", TERMINAL),
    ("Sept", TERMINAL),
    ("Sp", ALWAYS),
    ("Spk", ALWAYS),
    ("St", ALWAYS),
    ("Std", TERMINAL),
    ("Str", TERMINAL),
    ("Stv", ALWAYS),
    ("Tab", BEFORE_NUMBER),
    ("Tel", ALWAYS),
    ("Tsd", TERMINAL),
    ("Univ", ALWAYS),
    ("Urt", ALWAYS),
    ("Verf", ALWAYS),
    ("Verl", ALWAYS),
    ("Vgl", ALWAYS),
    ("Vj", ALWAYS),
    ("Vors", ALWAYS),
    ("Wdh", ALWAYS),
    ("Wr", ALWAYS),
    ("Zi", ALWAYS),
    ("Ziff", ALWAYS),
    ("abds", ALWAYS),
    ("abzgl", ALWAYS),
    ("adv", ALWAYS),
    ("ahd", ALWAYS),
    ("allg", ALWAYS),
    ("amerik", ALWAYS),
    ("amtl", ALWAYS),
    ("anschl", ALWAYS),
    ("bes", ALWAYS),
    ("betr", ALWAYS),
    ("bspw", ALWAYS),
    ("bzgl", ALWAYS),
    ("bzw", ALWAYS),
    ("ca", ALWAYS),
    ("ders", ALWAYS),
    ("dgl", TERMINAL),
    ("dt", ALWAYS),
    ("ebd", TERMINAL),
    ("ehem", ALWAYS),
    ("eig", ALWAYS),
    ("eigtl", ALWAYS),
    ("einschl", ALWAYS),
    ("engl", ALWAYS),
    ("entspr", ALWAYS),
    ("erg", ALWAYS),
    ("etc", TERMINAL),
    ("ev", ALWAYS),
    ("evang", ALWAYS),
    ("evtl", ALWAYS),
    ("exkl", ALWAYS),
    ("ff", TERMINAL),
    ("frz", ALWAYS),
    ("geb", ALWAYS),
    ("gegr", ALWAYS),
    ("gem", ALWAYS),
    ("gesch", ALWAYS),
    ("gest", ALWAYS),
    ("ggf", ALWAYS),
    ("ggfs", ALWAYS),
    ("ggü", ALWAYS),
    ("hl", ALWAYS),
    ("inkl", ALWAYS),
    ("insb", ALWAYS),
    ("insbes", ALWAYS),
    ("ital", ALWAYS),
    ("jew", ALWAYS),
    ("jhrl", ALWAYS),
    ("jr", TERMINAL),
    ("jun", ALWAYS),
    ("kath", ALWAYS),
    ("kgl", ALWAYS),
    ("lat", ALWAYS),
    ("lfd", ALWAYS),
    ("lt", ALWAYS),
    ("max", ALWAYS),
    ("mind", ALWAYS),
    ("mtl", ALWAYS),
    ("möbl", ALWAYS),
    ("nachm", ALWAYS),
    ("nat", ALWAYS),
    ("norw", ALWAYS),
    ("näml", ALWAYS),
    ("o.ä", TERMINAL),
    ("orig", ALWAYS),
    ("pol", ALWAYS),
    ("poln", ALWAYS),
    ("rd", ALWAYS),
    ("resp", ALWAYS),
    ("russ", ALWAYS),
    ("röm", ALWAYS),
    ("sen", ALWAYS),
    ("sog", ALWAYS),
    ("span", ALWAYS),
    ("staatl", ALWAYS),
    ("stellv", ALWAYS),
    ("stv", ALWAYS),
    ("tägl", ALWAYS),
    ("u.a", ALWAYS),
    ("u.ä", TERMINAL),
    ("ugs", ALWAYS),
    ("ult", ALWAYS),
    ("urspr", ALWAYS),
    ("usf", TERMINAL),
    ("usw", TERMINAL),
    ("verh", ALWAYS),
    ("verw", ALWAYS),
    ("vgl", ALWAYS),
    ("vorm", ALWAYS),
    ("vs", ALWAYS),
    ("zB", ALWAYS),
    ("zit", ALWAYS),
    ("zus", ALWAYS),
    ("zzgl", ALWAYS),
    ("ärztl", ALWAYS),
    ("österr", ALWAYS),
];

/// Full and abbreviated month names (with the Austrian `Jänner`, `Feber`).
static MONTHS: &[&str] = &[
    "April",
    "Aug",
    "August",
    "Dez",
    "Dezember",
    "Feb",
    "Feber",
    "Februar",
    "Jan",
    "Januar",
    "Juli",
    "Juni",
    "Jänner",
    "Mai",
    "März",
    "Nov",
    "November",
    "Okt",
    "Oktober",
    "Sep",
    "Sept",
    "September",
];

/// Capitalised function words that typically open a German sentence. After a
/// number or an abbreviation that may end a sentence, such a word tells the
/// period is sentence-final (`im Jahr 1990. Die …`), where a noun would tell an
/// ordinal (`der 35. Geburtstag`).
static SENTENCE_OPENERS: &[&str] = &[
    "Aber",
    "Al",
    "Alle",
    "Allein",
    "Allerdings",
    "Als",
    "Also",
    "Am",
    "An",
    "Angesichts",
    "Anschließend",
    "Auch",
    "Auf",
    "Aus",
    "Außerdem",
    "Bei",
    "Beide",
    "Beim",
    "Bis",
    "Bisher",
    "Bislang",
    "Da",
    "Dabei",
    "Dadurch",
    "Dafür",
    "Daher",
    "Damals",
    "Damit",
    "Danach",
    "Dann",
    "Darauf",
    "Darin",
    "Darüber",
    "Das",
    "Dass",
    "Dazu",
    "Dem",
    "Demnach",
    "Den",
    "Denn",
    "Dennoch",
    "Der",
    "Deren",
    "Des",
    "Deshalb",
    "Dessen",
    "Die",
    "Dies",
    "Diese",
    "Diesem",
    "Diesen",
    "Dieser",
    "Dieses",
    "Doch",
    "Dort",
    "Drei",
    "Du",
    "Durch",
    "Ebenfalls",
    "Eigentlich",
    "Ein",
    "Eine",
    "Einem",
    "Einen",
    "Einer",
    "Eines",
    "Einige",
    "Er",
    "Erst",
    "Es",
    "Etwa",
    "Für",
    "Gegen",
    "Gestern",
    "Gleichzeitig",
    "Heute",
    "Hier",
    "Hingegen",
    "Ich",
    "Ihm",
    "Ihnen",
    "Ihr",
    "Ihre",
    "Im",
    "Immer",
    "In",
    "Insgesamt",
    "Inzwischen",
    "Ist",
    "Ja",
    "Jede",
    "Jeder",
    "Jedes",
    "Jedoch",
    "Jetzt",
    "Kein",
    "Keine",
    "Laut",
    "Leider",
    "Man",
    "Mehrere",
    "Mir",
    "Mit",
    "Nach",
    "Nachdem",
    "Nachher",
    "Natürlich",
    "Neben",
    "Nein",
    "Nicht",
    "Noch",
    "Nun",
    "Nur",
    "Ob",
    "Obwohl",
    "Oder",
    "Offenbar",
    "Schon",
    "Sein",
    "Seine",
    "Seit",
    "Seitdem",
    "Sie",
    "So",
    "Somit",
    "Sondern",
    "Sonst",
    "Später",
    "Stattdessen",
    "Trotz",
    "Trotzdem",
    "Um",
    "Und",
    "Uns",
    "Unser",
    "Unter",
    "Viele",
    "Vielleicht",
    "Vom",
    "Von",
    "Vor",
    "Vorher",
    "Wann",
    "Warum",
    "Was",
    "Wegen",
    "Weil",
    "Welche",
    "Welcher",
    "Wenn",
    "Wer",
    "Weshalb",
    "Wie",
    "Wieder",
    "Wir",
    "Wo",
    "Während",
    "Zu",
    "Zudem",
    "Zum",
    "Zunächst",
    "Zur",
    "Zusätzlich",
    "Zuvor",
    "Zwar",
    "Zwei",
    "Über",
];

/// Lower-case function words that never end a headline: a line ending in one
/// was wrapped inside a sentence.
static FUNCTION_WORDS: &[&str] = &[
    "als", "am", "an", "auf", "aus", "bei", "beim", "bis", "da", "das", "dass", "dem", "den",
    "der", "des", "die", "ein", "eine", "einem", "einen", "einer", "eines", "er", "es", "für",
    "hat", "im", "in", "ist", "mit", "nach", "noch", "nur", "ob", "oder", "seine", "sich", "sie",
    "sind", "so", "um", "und", "unter", "vom", "von", "vor", "war", "wenn", "wie", "wir", "wird",
    "zu", "zum", "zur", "über",
];

/// Top-level domains that make `name.tld` a web address without `http://` or `www.`.
static TLDS: &[&str] = &[
    "at", "be", "biz", "ch", "cn", "com", "cz", "de", "dk", "edu", "es", "eu", "fi", "fr", "gov",
    "info", "int", "io", "it", "jp", "li", "lu", "net", "nl", "no", "org", "pl", "ru", "se", "tv",
    "uk", "us",
];

/// Clitics written with a leading apostrophe that form a token of their own
/// (`wie 's geht`, `so 'n Quatsch`).
static CLITICS: &[&str] = &[
    "m", "n", "nauf", "naus", "ne", "nem", "nen", "ner", "nüber", "ran", "raus", "rein", "rum",
    "runter", "rüber", "s",
];

fn sorted_contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Longest entry of [`ABBREVIATIONS`] in bytes: longer words are rejected
/// before any search (most words before a period are long).
const MAX_ABBREVIATION_LEN: usize = 8;

/// A word of at most 8 bytes as an integer (big-endian, zero-padded), so that
/// the search compares integers instead of calling `memcmp`.
const fn pack(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < 8 {
        k <<= 8;
        if i < w.len() {
            k |= w[i] as u64;
        }
        i += 1;
    }
    k
}

/// [`pack`] at run time, without a loop or a `memcpy` call: two loads that may
/// overlap place the word's bytes (overlapping bytes land on themselves).
/// `None` for a word longer than 8 bytes.
#[inline]
fn pack_fast(w: &[u8]) -> Option<u64> {
    let n = w.len();
    let shift = 8 * (8 - n.min(8)) as u32;
    Some(match n {
        0 => 0,
        1 => u64::from(w[0]) << 56,
        2..=3 => {
            let head = u16::from_be_bytes([w[0], w[1]]);
            let tail = u16::from_be_bytes([w[n - 2], w[n - 1]]);
            u64::from(head) << 48 | u64::from(tail) << shift
        }
        4..=8 => {
            let head = u32::from_be_bytes([w[0], w[1], w[2], w[3]]);
            let tail = u32::from_be_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]);
            u64::from(head) << 32 | u64::from(tail) << shift
        }
        _ => return None,
    })
}

const N_ABBREVIATIONS: usize = ABBREVIATIONS.len();

/// [`ABBREVIATIONS`] packed and sorted by key, at compile time.
static PACKED: [(u64, u8); N_ABBREVIATIONS] = {
    let mut out = [(0u64, 0u8); N_ABBREVIATIONS];
    let mut i = 0;
    while i < N_ABBREVIATIONS {
        out[i] = (pack(ABBREVIATIONS[i].0.as_bytes()), ABBREVIATIONS[i].1);
        i += 1;
    }
    // insertion sort (const context)
    let mut i = 1;
    while i < N_ABBREVIATIONS {
        let mut j = i;
        while j > 0 && out[j - 1].0 > out[j].0 {
            let t = out[j - 1];
            out[j - 1] = out[j];
            out[j] = t;
            j -= 1;
        }
        i += 1;
    }
    out
};

/// Bits of the filter hash: 4096 bits for about 260 keys let about one word
/// in sixteen through to the binary search.
const FILTER_BITS: u32 = 12;

/// The filter bit of a packed key (Fibonacci hashing: the top bits of a
/// multiplication by 2^64 / golden ratio).
const fn filter_slot(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - FILTER_BITS)) as usize
}

/// A Bloom filter with one hash over the packed keys of [`ABBREVIATIONS`]:
/// most words before a period are no abbreviation, and this rejects almost
/// all of them without the binary search.
static FILTER: [u64; 1 << (FILTER_BITS - 6)] = {
    let mut bits = [0u64; 1 << (FILTER_BITS - 6)];
    let mut i = 0;
    while i < N_ABBREVIATIONS {
        let slot = filter_slot(PACKED[i].0);
        bits[slot / 64] |= 1 << (slot % 64);
        i += 1;
    }
    bits
};

/// The flags of the entry packed as `key`, if any.
#[inline]
fn find_packed(key: u64) -> Option<u8> {
    let slot = filter_slot(key);
    if FILTER
        .get(slot / 64)
        .is_none_or(|&bits| bits & (1 << (slot % 64)) == 0)
    {
        return None;
    }
    PACKED
        .binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .and_then(|i| PACKED.get(i))
        .map(|&(_, f)| f)
}

#[cfg(test)]
fn find_abbreviation(w: &[u8]) -> Option<u8> {
    find_packed(pack_fast(w)?)
}

/// The flags of `word` (without its period) if it is a known abbreviation.
/// A sentence-initial capitalised form of a lower-case entry counts too
/// (`Vgl.`, `Ca.`). `word` is NFC-normalised when it is not ASCII.
pub(crate) fn abbreviation(word: &str) -> Option<u8> {
    let key = match pack_fast(word.as_bytes()) {
        // Up to 8 bytes, none of them from a char at or above U+0300: the word
        // is NFC as it stands (see `crate::below_combining_marks`).
        Some(key) if !has_byte_from_cc(key) => key,
        // NFC never makes a word shorter than a third; a longer word that is
        // NFC already (the usual case) is no abbreviation either.
        None if word.len() > 3 * MAX_ABBREVIATION_LEN
            || word.is_ascii()
            || crate::below_combining_marks(word) =>
        {
            return None
        }
        _ => pack_fast(crate::nfc(word).as_bytes())?,
    };
    if let Some(f) = find_packed(key) {
        return Some(f);
    }
    // `Usw.` at a sentence start: look up `usw` (all lower-case entries start
    // with an ASCII letter or an umlaut). The first byte is the key's top byte.
    let lower = match (key >> 56) as u8 {
        first if first.is_ascii_uppercase() => key | 0x20 << 56,
        // Ä Ö Ü → ä ö ü
        0xC3 if matches!((key >> 48) as u8, 0x84 | 0x96 | 0x9C) => key + (0x20 << 48),
        _ => return None,
    };
    find_packed(lower)
}

/// SWAR: does any byte of `key` lie at or above 0xCC (the lead bytes of
/// chars from U+0300 on)? Per byte, the low seven bits plus 0x34 reach 0x80
/// exactly from 0x4C on, and never carry into the next byte.
#[inline]
fn has_byte_from_cc(key: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    key & ((key & (0x7F * ONES)) + 0x34 * ONES) & (0x80 * ONES) != 0
}

/// Is `word` a month name (full or abbreviated)?
pub(crate) fn is_month(word: &str) -> bool {
    sorted_contains(MONTHS, &nfc_or_same(word))
}

/// Is `word` a capitalised function word that typically opens a sentence?
pub(crate) fn is_sentence_opener(word: &str) -> bool {
    sorted_contains(SENTENCE_OPENERS, &nfc_or_same(word))
}

/// Is `word` a lower-case function word (article, preposition, conjunction)?
pub(crate) fn is_function_word(word: &str) -> bool {
    sorted_contains(FUNCTION_WORDS, &nfc_or_same(word))
}

/// Is `label` (lower-case ASCII) a top-level domain we recognise?
pub(crate) fn is_tld(label: &str) -> bool {
    sorted_contains(TLDS, label)
}

/// Is `word` a clitic that takes a leading apostrophe (`s` in `'s`)?
pub(crate) fn is_clitic(word: &str) -> bool {
    sorted_contains(CLITICS, &nfc_or_same(word))
}

fn nfc_or_same(word: &str) -> Cow<'_, str> {
    crate::nfc(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_sorted(name: &str, list: &[&str]) {
        for w in list.windows(2) {
            assert!(w[0] < w[1], "{name}: {:?} !< {:?}", w[0], w[1]);
        }
    }

    #[test]
    fn lists_are_sorted_and_unique() {
        let abbr: Vec<&str> = ABBREVIATIONS.iter().map(|(k, _)| *k).collect();
        assert!(abbr.iter().all(|a| a.len() <= MAX_ABBREVIATION_LEN));
        assert_sorted("ABBREVIATIONS", &abbr);
        assert_sorted("MONTHS", MONTHS);
        assert_sorted("TLDS", TLDS);
        assert_sorted("FUNCTION_WORDS", FUNCTION_WORDS);
        assert_sorted("CLITICS", CLITICS);
        let mut openers = SENTENCE_OPENERS.to_vec();
        openers.sort_unstable();
        openers.dedup();
        assert_eq!(openers.len(), SENTENCE_OPENERS.len(), "duplicate opener");
        assert_sorted("SENTENCE_OPENERS", SENTENCE_OPENERS);
    }

    /// The filter and the packed search answer exactly what a scan of the
    /// list answers: every entry (and its case variants and prefixes) is found
    /// with its flags, and nothing else is.
    #[test]
    fn filtered_search_agrees_with_the_list() {
        let plain = |w: &[u8]| {
            ABBREVIATIONS
                .iter()
                .find(|(k, _)| k.as_bytes() == w)
                .map(|&(_, f)| f)
        };
        let mut words: Vec<Vec<u8>> = Vec::new();
        for (k, _) in ABBREVIATIONS {
            let k = k.as_bytes();
            words.push(k.to_vec());
            words.push(k.to_ascii_uppercase());
            words.push(k.to_ascii_lowercase());
            for i in 0..k.len() {
                words.push(k[..i].to_vec());
                words.push([k, b"x"].concat());
            }
        }
        for w in ["Haus", "Kanzlerin", "gesagt", "Berlin", "Jahr", "", "\0"] {
            words.push(w.as_bytes().to_vec());
        }
        for w in &words {
            assert_eq!(
                find_abbreviation(w),
                plain(w),
                "{:?}",
                String::from_utf8_lossy(w)
            );
        }
        for &(k, _) in ABBREVIATIONS {
            assert_eq!(pack_fast(k.as_bytes()), Some(pack(k.as_bytes())));
        }
        let bytes = b"\x01ab\xC3\x9Cde\xFFgh";
        for n in 0..=8 {
            assert_eq!(pack_fast(&bytes[..n]), Some(pack(&bytes[..n])), "{n}");
        }
        assert_eq!(pack_fast(&bytes[..9]), None);
        // The filter must reject most words, or it is not worth its lookup.
        let set = FILTER.iter().map(|b| b.count_ones()).sum::<u32>();
        assert!(set * 8 < 1 << FILTER_BITS, "{set} bits set");
    }

    /// `abbreviation` as the plain rule: the NFC form, then the word with its
    /// first letter lower-cased, each searched in the list itself.
    fn abbreviation_plain(word: &str) -> Option<u8> {
        use unicode_normalization::UnicodeNormalization;
        let find = |w: &[u8]| {
            ABBREVIATIONS
                .iter()
                .find(|(k, _)| k.as_bytes() == w)
                .map(|&(_, f)| f)
        };
        let mut w = word.nfc().collect::<String>().into_bytes();
        if w.is_empty() {
            return None;
        }
        if let Some(f) = find(&w) {
            return Some(f);
        }
        match w.as_mut_slice() {
            [first, ..] if first.is_ascii_uppercase() => first.make_ascii_lowercase(),
            [0xC3, second @ (0x84 | 0x96 | 0x9C), ..] => *second += 0x20,
            _ => return None,
        }
        find(&w)
    }

    /// Entries, their capitalised, upper-case and decomposed forms, with a
    /// letter more or less, and arbitrary words.
    fn words() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let entry = prop::sample::select(ABBREVIATIONS.iter().map(|(k, _)| *k).collect::<Vec<_>>());
        let form = (entry, 0..6u8).prop_map(|(k, how)| {
            use unicode_normalization::UnicodeNormalization;
            let mut chars = k.chars();
            let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
            match how {
                0 => k.to_string(),
                1 => first.unwrap_or_default() + chars.as_str(),
                2 => k.to_uppercase(),
                3 => k.nfd().collect(),
                4 => format!("{k}e"),
                _ => k.get(..k.len() - 1).unwrap_or("").to_string(),
            }
        });
        // The entries with umlauts, decomposed (`ggu\u{308}`), as they may stand in text.
        let umlauts: Vec<String> = ABBREVIATIONS
            .iter()
            .filter(|(k, _)| !k.is_ascii())
            .flat_map(|(k, _)| {
                use unicode_normalization::UnicodeNormalization;
                let upper = k
                    .chars()
                    .next()
                    .map(|c| c.to_uppercase().collect::<String>());
                let cap = upper.unwrap_or_default() + k.get(1..).unwrap_or("");
                [
                    k.nfd().collect(),
                    cap.nfd().collect(),
                    format!("{}e", k.nfd()),
                ]
            })
            .collect();
        prop_oneof![
            form,
            prop::sample::select(umlauts),
            "[a-zA-ZäöüÄÖÜß\\u{308}]{0,12}",
            any::<String>()
        ]
    }

    proptest::proptest! {
        #[test]
        fn abbreviation_agrees_with_the_plain_rule(w in words()) {
            proptest::prop_assert_eq!(abbreviation(&w), abbreviation_plain(&w), "{:?}", w);
        }
    }

    #[test]
    fn swar_byte_from_cc_matches_bytes() {
        for v in 0..=255u8 {
            for filler in [0x00, 0x4B, 0x4C, 0x7F, 0x80, 0xCB, 0xCC, 0xFF] {
                for lane in 0..8 {
                    let mut bytes = [filler; 8];
                    bytes[lane] = v;
                    let expected = bytes.iter().any(|&x| x >= 0xCC);
                    assert_eq!(has_byte_from_cc(u64::from_be_bytes(bytes)), expected);
                }
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(abbreviation("Dr"), Some(ALWAYS));
        assert_eq!(abbreviation("usw"), Some(TERMINAL));
        assert_eq!(abbreviation("Usw"), Some(TERMINAL));
        assert_eq!(abbreviation("Art"), Some(BEFORE_NUMBER));
        assert_eq!(abbreviation("Haus"), None);
        // Decomposed `ggü` (u + combining diaeresis) is found through NFC.
        assert_eq!(abbreviation("ggu\u{308}"), Some(ALWAYS));
        assert!(is_month("Dezember"));
        assert!(is_month("Ma\u{308}rz"));
        assert!(is_sentence_opener("Die"));
        assert!(!is_sentence_opener("Geburtstag"));
        assert!(is_tld("de"));
        assert!(is_clitic("s"));
    }
}
