//! The detector's view of a document: words, punctuation and quotation marks as small
//! units with lexicon flags, grouped into sentences and paragraphs.
//!
//! Built from the tokenizer's tokens, splitting any punctuation still attached to a token,
//! so the detector works the same whether the tokenizer separates punctuation or not.

use crate::lexicon::{Lexicon, ENRICHED, FUNC, PREP, TRIGGER};
use std::ops::Range;
use wortlaut_tokenize::{Analysis, Span, TokenKind};

/// A quotation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// `„`
    Low9,
    /// `‚`
    Low9Single,
    /// `“`
    LeftDouble,
    /// `”`
    RightDouble,
    /// `‘`
    LeftSingle,
    /// `’`
    RightSingle,
    /// `»`
    GuilRight,
    /// `«`
    GuilLeft,
    /// `›`
    SGuilRight,
    /// `‹`
    SGuilLeft,
    /// `"`
    Ascii,
}

impl Mark {
    /// The mark a character is, if any (the ASCII apostrophe is never a mark).
    pub fn of(c: char) -> Option<Mark> {
        Some(match c {
            '„' => Mark::Low9,
            '‚' => Mark::Low9Single,
            '“' => Mark::LeftDouble,
            '”' => Mark::RightDouble,
            '‘' => Mark::LeftSingle,
            '’' => Mark::RightSingle,
            '»' => Mark::GuilRight,
            '«' => Mark::GuilLeft,
            '›' => Mark::SGuilRight,
            '‹' => Mark::SGuilLeft,
            '"' => Mark::Ascii,
            _ => return None,
        })
    }
    /// Single marks (`‚‘’›‹`) quote inside quotes.
    pub fn single(self) -> bool {
        matches!(
            self,
            Mark::Low9Single
                | Mark::LeftSingle
                | Mark::RightSingle
                | Mark::SGuilRight
                | Mark::SGuilLeft
        )
    }
}

/// What a unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UKind {
    /// A word or number.
    Word,
    /// One punctuation character.
    Punct(char),
    /// A quotation mark.
    Mark(Mark),
}

/// One unit.
#[derive(Debug, Clone, Copy)]
pub struct Unit {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: UKind,
    /// Lexicon flags of the word (looked up lower-cased if capitalised).
    pub flags: u32,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Starts with a digit.
    pub digit: bool,
}

impl Unit {
    /// A word unit.
    pub fn is_word(&self) -> bool {
        self.kind == UKind::Word
    }
    /// The punctuation character, if it is one.
    pub fn punct(&self) -> Option<char> {
        match self.kind {
            UKind::Punct(c) => Some(c),
            _ => None,
        }
    }
    /// The mark, if it is one.
    pub fn mark(&self) -> Option<Mark> {
        match self.kind {
            UKind::Mark(m) => Some(m),
            _ => None,
        }
    }
}

/// A document as units, sentences and paragraphs (unit index ranges).
#[derive(Debug, Default)]
pub struct Doc {
    /// All units in order.
    pub units: Vec<Unit>,
    /// Sentences, in order, covering all units.
    pub sentences: Vec<Range<usize>>,
    /// Paragraphs, in order, covering all units.
    pub paragraphs: Vec<Range<usize>>,
    /// For each unit, its sentence.
    pub sent_of: Vec<u32>,
}

/// Abbreviations that end in a period inside a sentence (checked lower-cased, period excluded).
const ABBREV: &[&str] = &[
    "dr", "prof", "st", "nr", "bzw", "ca", "vgl", "usw", "etc", "z.b", "u.a", "d.h", "inkl",
    "evtl", "ggf", "jr", "sen", "hl", "mio", "mrd", "abs", "art", "bd", "gen", "min", "mr", "mrs",
    "ms", "vs", "str", "tel", "u", "z", "v", "bspw", "sog", "dipl", "ing", "mag",
];

impl Doc {
    /// Builds the units of `text` from its tokens.
    pub fn build(text: &str, analysis: &Analysis, lex: &Lexicon) -> Doc {
        let mut units: Vec<Unit> = Vec::with_capacity(analysis.tokens.len() + 16);
        // Token index → first unit, for the tokenizer's sentence starts.
        let mut sent_starts: Vec<usize> = Vec::with_capacity(analysis.sentences.len());
        let mut next_sent = analysis.sentences.iter().map(|r| r.start).peekable();
        for (ti, tok) in analysis.tokens.iter().enumerate() {
            while next_sent.peek().is_some_and(|&s| s < ti) {
                next_sent.next();
            }
            if next_sent.peek() == Some(&ti) {
                sent_starts.push(units.len());
                next_sent.next();
            }
            let Some(t) = text.get(tok.span.range()) else {
                continue;
            };
            match tok.kind {
                TokenKind::Abbreviation | TokenKind::Url => {
                    push_word(&mut units, t, tok.span.start, lex);
                }
                TokenKind::Punctuation
                | TokenKind::QuoteOpen
                | TokenKind::QuoteClose
                | TokenKind::QuoteAmbiguous
                | TokenKind::Dash
                    if t.chars().nth(1).is_none() =>
                {
                    if let Some(c) = t.chars().next() {
                        push_punct(&mut units, c, tok.span.start);
                    }
                }
                _ => split_token(&mut units, t, tok.span.start, lex),
            }
        }
        let mut doc = Doc {
            units,
            ..Doc::default()
        };
        // A real tokenizer's units are its tokens: take its sentences and paragraphs as they
        // are. Otherwise (punctuation attached to words) segment here.
        if doc.units.len() == analysis.tokens.len()
            && covers(&analysis.sentences, doc.units.len())
            && covers(&analysis.paragraphs, doc.units.len())
        {
            doc.sentences.clone_from(&analysis.sentences);
            doc.paragraphs.clone_from(&analysis.paragraphs);
            doc.fill_sent_of();
        } else {
            doc.segment(text, &sent_starts);
        }
        doc
    }

    fn fill_sent_of(&mut self) {
        self.sent_of = vec![0; self.units.len()];
        for (si, r) in self.sentences.iter().enumerate() {
            if let Some(s) = self.sent_of.get_mut(r.clone()) {
                s.fill(si as u32);
            }
        }
    }

    fn segment(&mut self, text: &str, tok_starts: &[usize]) {
        let n = self.units.len();
        let mut para_start = 0;
        let mut sent_start = 0;
        let mut ts = tok_starts.iter().peekable();
        for i in 0..n {
            if i + 1 == n {
                break;
            }
            let a = self.units[i];
            let b = self.units[i + 1];
            // Paragraphs break at a line break between units (most gaps are one space).
            let para_break = match b.span.start.saturating_sub(a.span.end) {
                0 => false,
                1 => text.as_bytes().get(a.span.end) == Some(&b'\n'),
                _ => text
                    .as_bytes()
                    .get(a.span.end..b.span.start)
                    .is_some_and(|g| g.contains(&b'\n')),
            };
            while ts.peek().is_some_and(|&&s| s <= i) {
                ts.next();
            }
            let tok_break = ts.peek().is_some_and(|&&s| s == i + 1);
            let sent_break = para_break
                || tok_break
                || matches!(a.kind, UKind::Punct('.' | '!' | '?') | UKind::Mark(_))
                    && self.ends_sentence(text, i);
            if sent_break {
                self.sentences.push(sent_start..i + 1);
                sent_start = i + 1;
            }
            if para_break {
                self.paragraphs.push(para_start..i + 1);
                para_start = i + 1;
            }
        }
        if n > 0 {
            self.sentences.push(sent_start..n);
            self.paragraphs.push(para_start..n);
        }
        self.fill_sent_of();
    }

    /// A sentence ends after unit `i`: `.!?` (plus closing marks) before a capital, digit or opener.
    fn ends_sentence(&self, text: &str, i: usize) -> bool {
        let u = &self.units;
        let a = u[i];
        let b = u[i + 1];
        let end_punct = match a.kind {
            UKind::Punct(c) => matches!(c, '.' | '!' | '?'),
            UKind::Mark(_) => {
                // `…!“ Next` ends after the closing mark.
                i > 0
                    && matches!(u[i - 1].punct(), Some('.' | '!' | '?'))
                    && b.span.start > a.span.end
            }
            UKind::Word => false,
        };
        if !end_punct {
            return false;
        }
        // A closing mark right after the period: the break comes after the mark.
        if b.mark().is_some() && b.span.start == a.span.end {
            return false;
        }
        if b.span.start == a.span.end {
            return false;
        }
        if !(b.cap || b.digit || b.mark().is_some()) {
            return false;
        }
        if a.punct() == Some('.') && i > 0 {
            let p = u[i - 1];
            if p.is_word() && p.span.end == a.span.start {
                let w = text.get(p.span.range()).unwrap_or("");
                if p.digit && b.cap {
                    // `am 1. Dezember`: an ordinal, unless the next word starts a sentence.
                    return b.flags & (FUNC | PREP) != 0;
                }
                if w.chars().count() == 1 {
                    return false;
                }
                let mut buf = [0u8; 8];
                if w.len() <= 8 {
                    let lw = lower_ascii(w, &mut buf);
                    if ABBREV.contains(&lw) {
                        return false;
                    }
                }
            }
        }
        true
    }

    /// Looks up the full flags of the words in `lo..hi` (once per unit). The first pass
    /// only knows trigger words; sentences that need a closer look are enriched.
    pub fn enrich(&mut self, text: &str, lex: &Lexicon, lo: usize, hi: usize) {
        let hi = hi.min(self.units.len());
        for u in self.units.get_mut(lo..hi).into_iter().flatten() {
            if u.kind != UKind::Word || u.flags & ENRICHED != 0 {
                continue;
            }
            let w = text.get(u.span.range()).unwrap_or("");
            let f = if u.cap {
                lookup_lower(w, lex)
            } else {
                lex.get(w)
            };
            u.flags = f | ENRICHED;
        }
    }

    /// The sentence index of unit `i`.
    pub fn sentence_of(&self, i: usize) -> usize {
        self.sent_of.get(i).map_or(0, |&s| s as usize)
    }
}

/// True if `ranges` are non-empty, in order, contiguous and cover exactly `0..n`.
fn covers(ranges: &[Range<usize>], n: usize) -> bool {
    let mut at = 0;
    for r in ranges {
        if r.start != at || r.end <= r.start {
            return false;
        }
        at = r.end;
    }
    at == n && n > 0
}

fn lower_ascii<'b>(w: &str, buf: &'b mut [u8; 8]) -> &'b str {
    let n = w.len().min(8);
    for (d, s) in buf.iter_mut().zip(w.bytes()).take(n) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..n]).unwrap_or("")
}

/// Splits leading and trailing punctuation off a token and pushes the pieces.
fn split_token(units: &mut Vec<Unit>, t: &str, base: usize, lex: &Lexicon) {
    // Fast path: a token that starts and ends with an ASCII letter or digit is one word.
    let b = t.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        push_word(units, t, base, lex);
        return;
    }
    let mut lo = 0;
    let mut hi = t.len();
    let mut tail: [(usize, char); 8] = [(0, ' '); 8];
    let mut ntail = 0;
    for (i, c) in t.char_indices() {
        if c.is_alphanumeric() {
            break;
        }
        push_punct(units, c, base + i);
        lo = i + c.len_utf8();
    }
    if lo < hi {
        for (i, c) in t[lo..].char_indices().rev() {
            if c.is_alphanumeric() || ntail == tail.len() {
                break;
            }
            // Keep a word-final period of an abbreviation-like single letter? No: split
            // everything; sentence splitting looks at the previous word.
            tail[ntail] = (lo + i, c);
            ntail += 1;
            hi = lo + i;
        }
    }
    if lo < hi {
        push_word(units, &t[lo..hi], base + lo, lex);
    }
    for &(i, c) in tail[..ntail].iter().rev() {
        push_punct(units, c, base + i);
    }
}

fn push_punct(units: &mut Vec<Unit>, c: char, at: usize) {
    let kind = match Mark::of(c) {
        Some(m) => UKind::Mark(m),
        None => UKind::Punct(c),
    };
    units.push(Unit {
        span: Span::new(at, at + c.len_utf8()),
        kind,
        flags: 0,
        cap: false,
        digit: false,
    });
}

fn push_word(units: &mut Vec<Unit>, w: &str, at: usize, lex: &Lexicon) {
    let b0 = w.as_bytes().first().copied().unwrap_or(b' ');
    let (cap, digit) = if b0.is_ascii() {
        (b0.is_ascii_uppercase(), b0.is_ascii_digit())
    } else {
        (w.chars().next().is_some_and(char::is_uppercase), false)
    };
    // First pass: trigger words only; the rest is looked up where needed (`Doc::enrich`).
    let flags = if cap {
        if lex.maybe_trigger_lower(w) {
            let f = lookup_lower(w, lex);
            if f & TRIGGER != 0 {
                f | ENRICHED
            } else {
                0
            }
        } else {
            0
        }
    } else {
        match lex.trigger(w) {
            0 => 0,
            f => f | ENRICHED,
        }
    };
    units.push(Unit {
        span: Span::new(at, at + w.len()),
        kind: UKind::Word,
        flags,
        cap,
        digit,
    });
}

/// Looks a capitalised word up with its first letter lower-cased, without allocating.
fn lookup_lower(w: &str, lex: &Lexicon) -> u32 {
    let mut buf = [0u8; 48];
    if w.len() > buf.len() {
        return 0;
    }
    let mut chars = w.chars();
    let Some(c) = chars.next() else { return 0 };
    let mut n = 0;
    for lc in c.to_lowercase() {
        let s = lc.encode_utf8(&mut [0u8; 4]).len();
        if n + s > buf.len() {
            return 0;
        }
        lc.encode_utf8(&mut buf[n..n + s]);
        n += s;
    }
    let rest = chars.as_str().as_bytes();
    if n + rest.len() > buf.len() {
        return 0;
    }
    buf[n..n + rest.len()].copy_from_slice(rest);
    n += rest.len();
    lex.get_bytes(&buf[..n])
}
