//! The detector's view of a document: words, punctuation and quotation marks as small
//! units with lexicon flags, grouped into sentences and paragraphs.
//!
//! Built from the tokenizer's tokens, splitting any punctuation still attached to a token,
//! so the detector works the same whether the tokenizer separates punctuation or not.
//! Each word is looked up once, here, and its unit shows all its flags. The detector then
//! [hides](Doc::hide) all but the trigger flags in the sentences it does not need to look
//! at closely (as their rules expect: such a sentence is only context). The buffers of one
//! document are reused for the next on the same thread ([`Pooled`]).

use crate::lexicon::{Lexicon, ENRICHED, FUNC, PREP, TRIGGER};
use std::cell::Cell;
use std::ops::{Deref, DerefMut, Range};
use wortlaut_tokenize::{Analysis, Span, Token, TokenKind};

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
    /// Its text, or `""` if the span does not fit `text` (never for the text it was built
    /// from). The rules read units this way all the time (inlined: a call cost more than
    /// the slicing).
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.range()).unwrap_or("")
    }
    /// A word unit.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, UKind::Word)
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
    /// For each sentence, the OR of the flags its units show once hidden (those of its
    /// trigger words: [`Doc::hide`] and [`Doc::enrich`] do not change them), plus
    /// [`SENT_MARK`] if it holds a quotation mark. Lets the detector skip sentences
    /// without looking at their units.
    pub sent_flags: Vec<u32>,
    /// For each unit hidden by [`Doc::hide`] or given flags by [`Doc::add_flags`], its full
    /// lexicon flags with [`ENRICHED`]; 0 for every other unit (empty until the first of
    /// these calls for a document sizes it).
    full: Vec<u32>,
    /// Build scratch: the first unit of each of the tokenizer's sentences.
    tok_starts: Vec<usize>,
}

/// The dash of a dateline opening the sentence `r`: one to four capitalised words (a `/`
/// between them), an agency in brackets if any, and a dash, then a word or a quotation
/// mark. Without the brackets, no second dash may follow in the sentence, where the words
/// would be a name and the dashes an aside (`Scholz – sichtlich verärgert – sagte …`).
fn dateline_end(u: &[Unit], r: Range<usize>) -> Option<usize> {
    let mut k = r.start;
    let mut words = 0;
    // (A short lower-case word inside the place name: `Frankfurt am Main`, `Mülheim an der
    // Ruhr`; only with an agency or a date after it.)
    let mut particle = false;
    while k < r.end && words < 4 {
        if u[k].is_word() && u[k].cap {
            words += 1;
        } else if words > 0
            && u[k].is_word()
            && u[k].span.len() <= 3
            && u.get(k + 1).is_some_and(|n| n.is_word())
        {
            particle = true;
        } else if !(words > 0 && u[k].punct() == Some('/')) {
            break;
        }
        k += 1;
    }
    if words == 0 || particle && u[k - 1].is_word() && !u[k - 1].cap {
        return None;
    }
    let mut agency = false;
    if u.get(k)?.punct() == Some('(') {
        let close = (k + 1..r.end.min(k + 6)).find(|&i| u[i].punct() == Some(')'))?;
        if close == k + 1 || !(k + 1..close).all(|i| u[i].is_word() || u[i].punct() == Some('/')) {
            return None;
        }
        agency = true;
        k = close + 1;
    }
    let dash = |c: Option<char>| matches!(c, Some('–' | '—' | '-'));
    // A date after a comma (`Berlin (Deutschland), 12.03.2025 –`, `Stuttgart, 4. Februar
    // 2025 –`) makes it a dateline as surely as an agency does.
    if u.get(k)?.punct() == Some(',') {
        let end = (k + 1..r.end.min(k + 7)).find(|&i| dash(u[i].punct()))?;
        let date = (k + 1..end).any(|i| u[i].digit)
            && (k + 1..end).all(|i| u[i].digit || u[i].punct() == Some('.') || u[i].is_word());
        if !date {
            return None;
        }
        agency = true;
        k = end;
    }
    if particle && !agency {
        return None;
    }
    let next = u.get(k + 1).filter(|_| k + 1 < r.end)?;
    (dash(u.get(k)?.punct())
        && (next.is_word() && next.cap || next.mark().is_some())
        && (agency || !(k + 1..r.end).any(|i| dash(u[i].punct()))))
    .then_some(k)
}

/// In [`Doc::sent_flags`]: the sentence holds a quotation mark (a bit no lexicon flag uses).
pub const SENT_MARK: u32 = 1 << 30;

/// Abbreviations that end in a period inside a sentence (checked lower-cased, period excluded).
const ABBREV: &[&str] = &[
    "dr", "prof", "st", "nr", "bzw", "ca", "vgl", "usw", "etc", "z.b", "u.a", "d.h", "inkl",
    "evtl", "ggf", "jr", "sen", "hl", "mio", "mrd", "abs", "art", "bd", "gen", "min", "mr", "mrs",
    "ms", "vs", "str", "tel", "u", "z", "v", "bspw", "sog", "dipl", "ing", "mag",
];

impl Doc {
    /// Builds the units of `text` from its tokens.
    pub fn build(text: &str, analysis: &Analysis, lex: &Lexicon) -> Doc {
        let mut doc = Doc::default();
        doc.rebuild(text, analysis, lex);
        doc
    }

    /// [`Doc::build`] into this document's buffers (cleared first), without allocating
    /// once they are large enough.
    pub fn rebuild(&mut self, text: &str, analysis: &Analysis, lex: &Lexicon) {
        self.units.clear();
        self.full.clear();
        self.sentences.clear();
        self.paragraphs.clear();
        self.sent_of.clear();
        self.sent_flags.clear();
        self.tok_starts.clear();
        let tokens = &analysis.tokens;
        let n = tokens.len() + 16;
        self.units.reserve(n);
        self.sent_of.reserve(n);
        // (The units vector is moved into `out` and back: behind a reference, its length
        // was written back to memory after every push.)
        let mut out = Out {
            text: text.as_bytes(),
            units: std::mem::take(&mut self.units),
            lex,
            or: 0,
        };
        // The usual case: the tokenizer's sentences and paragraphs tile its tokens. Then the
        // units are built sentence by sentence, and while each token gives one unit (the
        // rule for a real tokenizer) the sentence index and flags of each unit are noted on
        // the way, instead of in a second pass.
        let tiled =
            covers(&analysis.sentences, tokens.len()) && covers(&analysis.paragraphs, tokens.len());
        // Every sentence so far gave one unit per token.
        let mut aligned = tiled;
        if tiled {
            for (si, r) in analysis.sentences.iter().enumerate() {
                self.tok_starts.push(out.units.len());
                for tok in tokens.get(r.clone()).unwrap_or_default() {
                    out.token(text, tok);
                }
                let or = std::mem::take(&mut out.or);
                if aligned && out.units.len() == r.end {
                    // (Sentences follow one another, so this appends; `extend` with
                    // `repeat_n` compiles to wide stores, `resize` to one per unit.)
                    let n = r.end.saturating_sub(self.sent_of.len());
                    self.sent_of.extend(std::iter::repeat_n(si as u32, n));
                    self.sent_flags.push(or);
                } else {
                    aligned = false;
                }
            }
        } else {
            // Token index → first unit, for the tokenizer's sentence starts.
            let mut starts = analysis.sentences.iter().map(|r| r.start);
            let mut next_start = starts.next();
            for (ti, tok) in tokens.iter().enumerate() {
                if next_start.is_some_and(|s| s <= ti) {
                    while next_start.is_some_and(|s| s < ti) {
                        next_start = starts.next();
                    }
                    if next_start == Some(ti) {
                        self.tok_starts.push(out.units.len());
                        next_start = starts.next();
                    }
                }
                out.token(text, tok);
            }
        }
        self.units = out.units;
        // A real tokenizer's units are its tokens: take its sentences and paragraphs as they
        // are. Otherwise (punctuation attached to words) segment here.
        if tiled && self.units.len() == tokens.len() {
            self.sentences.clone_from(&analysis.sentences);
            self.paragraphs.clone_from(&analysis.paragraphs);
            if !aligned {
                // (As many units as tokens, but not one per token.)
                self.fill_sent_of();
            }
        } else {
            let starts = std::mem::take(&mut self.tok_starts);
            self.segment(text, &starts);
            self.tok_starts = starts;
        }
        self.split_datelines(text);
        self.split_quote_lines(text);
    }

    /// Whether unit `i` opens a line of `text`: the text since the unit before holds a line
    /// break.
    pub fn line_start(&self, text: &str, i: usize) -> bool {
        i == 0
            || self
                .units
                .get(i.wrapping_sub(1)..=i)
                .and_then(|w| text.as_bytes().get(w[0].span.end..w[1].span.start))
                .is_some_and(|gap| gap.contains(&b'\n'))
    }

    /// The first unit in `from..limit` that opens a line ([`Doc::line_start`]), else
    /// `limit`: where the line holding unit `from - 1` ends, within `limit`.
    pub fn line_end(&self, text: &str, from: usize, limit: usize) -> usize {
        (from..limit)
            .find(|&k| self.line_start(text, k))
            .unwrap_or(limit)
    }

    /// A dateline opening a paragraph or a line (`Berlin (dpa) – Die Gewerkschaft forderte
    /// …`, `Moskau – …`, also after a headline's line) is a sentence of its own: no
    /// content, and no part of a speaker.
    fn split_datelines(&mut self, text: &str) {
        // (In place, from the last sentence back: an insertion moves only the sentences
        // after it. No allocation while the pooled buffer has room.)
        let mut split = false;
        for si in (0..self.sentences.len()).rev() {
            let r = self.sentences[si].clone();
            if !self.line_start(text, r.start) {
                continue;
            }
            // (`dateline_end` leaves a unit of the sentence after the dash.)
            if let Some(k) = dateline_end(&self.units, r.clone()) {
                self.sentences[si] = r.start..k + 1;
                self.sentences.insert(si + 1, k + 1..r.end);
                split = true;
            }
        }
        if split {
            self.fill_sent_of();
        }
    }

    /// A line that opens with a quotation mark after a line ending a sentence starts a
    /// paragraph of its own, as after a blank line: many corpora (news-please's `maintext`,
    /// feeds) break paragraphs with one line break, and a quotation running over several
    /// paragraphs reopens its mark on each (`„…⏎„…⏎„…“, sagte X`). Hard-wrapped text keeps
    /// its paragraphs: a wrapped line seldom opens with a mark after a sentence's end.
    fn split_quote_lines(&mut self, text: &str) {
        for si in (1..self.sentences.len()).rev() {
            if self.sent_flags.get(si).is_some_and(|&f| f & SENT_MARK == 0) {
                continue;
            }
            let i = self.sentences[si].start;
            let (Some(prev), Some(u), Some(next)) = (
                self.units.get(i - 1),
                self.units.get(i),
                self.units.get(i + 1),
            ) else {
                continue;
            };
            let opener = matches!(
                u.mark(),
                Some(
                    Mark::Low9 | Mark::LeftDouble | Mark::Ascii | Mark::GuilRight | Mark::GuilLeft
                )
            ) && next.span.start == u.span.end;
            let after_end =
                matches!(prev.punct(), Some('.' | '!' | '?' | '…')) || prev.mark().is_some();
            if !(opener && after_end && self.line_start(text, i)) {
                continue;
            }
            let pi = self.paragraphs.partition_point(|p| p.end <= i);
            if let Some(p) = self.paragraphs.get(pi).filter(|p| p.start < i).cloned() {
                self.paragraphs[pi] = p.start..i;
                self.paragraphs.insert(pi + 1, i..p.end);
            }
        }
    }

    /// Fills [`Doc::sent_of`] and [`Doc::sent_flags`] from the sentences.
    fn fill_sent_of(&mut self) {
        self.sent_of.clear();
        self.sent_of.resize(self.units.len(), 0);
        self.sent_flags.clear();
        for (si, r) in self.sentences.iter().enumerate() {
            let mut or = 0;
            if let (Some(s), Some(us)) =
                (self.sent_of.get_mut(r.clone()), self.units.get(r.clone()))
            {
                // One pass: the sentence index and the flags.
                for (s, u) in s.iter_mut().zip(us) {
                    *s = si as u32;
                    or |= Doc::unit_flags(u);
                }
            }
            self.sent_flags.push(or);
        }
    }

    /// A unit's part of its sentence's [`Doc::sent_flags`].
    #[inline(always)]
    fn unit_flags(u: &Unit) -> u32 {
        // (A mark as a bit, without a branch.)
        shown(u.flags) | (u32::from(matches!(u.kind, UKind::Mark(_))) * SENT_MARK)
    }

    fn segment(&mut self, text: &str, tok_starts: &[usize]) {
        let bytes = text.as_bytes();
        let units = &self.units[..];
        let n = units.len();
        // (The build may have noted sentences before it found a token split in two.)
        self.sent_of.clear();
        self.sent_flags.clear();
        // Sentences go into `sentences`, `sent_of` and `sent_flags` at once (the flags
        // gathered on the way, the OR of `unit_flags` of their units).
        let mut sentence = |r: Range<usize>, flags: u32| {
            let si = self.sentences.len() as u32;
            // (As in `rebuild`: sentences come in order, so this appends.)
            let n = r.end.saturating_sub(self.sent_of.len());
            self.sent_of.extend(std::iter::repeat_n(si, n));
            self.sent_flags.push(flags);
            self.sentences.push(r);
        };
        let mut para_start = 0;
        let mut sent_start = 0;
        // The pair of units `i, i + 1` (`w[0], w[1]`) breaks a paragraph at a line break
        // between them, and a sentence there, at a start of one of the tokenizer's
        // sentences (at unit `i + 1`) and after `.!?` (plus closing marks) that ends one.
        // `acc` gathers the sentence's flags up to `i`.
        let mut pair = |i: usize, a: &Unit, b: &Unit, tok_break: bool, acc: &mut u32| {
            *acc |= Doc::unit_flags(a);
            let (a_end, b_start) = (a.span.end, b.span.start);
            // Paragraphs break at a line break between units (most gaps are one space).
            let para_break = match b_start.saturating_sub(a_end) {
                0 => false,
                1 => bytes.get(a_end) == Some(&b'\n'),
                _ => bytes
                    .get(a_end..b_start)
                    .is_some_and(|g| g.contains(&b'\n')),
            };
            let sent_break = para_break
                || tok_break
                || matches!(a.kind, UKind::Punct('.' | '!' | '?') | UKind::Mark(_))
                    && Doc::ends_sentence(units, text, i);
            if sent_break {
                sentence(sent_start..i + 1, std::mem::take(acc));
                sent_start = i + 1;
            }
            if para_break {
                self.paragraphs.push(para_start..i + 1);
                para_start = i + 1;
            }
        };
        // The pairs from one of the tokenizer's sentence starts to the next, at a time: the
        // pair before each start breaks, and inside most pairs are at most one byte apart,
        // not a line break, with no unit that may end a sentence: no break, without the
        // tests above.
        let mut starts = tok_starts.iter().copied();
        let mut i = 0;
        let mut acc = 0;
        while i + 1 < n {
            // The next start after unit `i` (duplicates and earlier ones skipped): its
            // pair is the chunk's last.
            let stop = loop {
                match starts.next() {
                    Some(s) if s <= i => continue,
                    Some(s) => break (s - 1).min(n - 1),
                    None => break n - 1,
                }
            };
            for (k, w) in units
                .get(i..=stop)
                .unwrap_or_default()
                .windows(2)
                .enumerate()
            {
                let (a, b) = (&w[0], &w[1]);
                let gap = b.span.start.wrapping_sub(a.span.end);
                if (gap == 0 || gap == 1 && bytes.get(a.span.end) != Some(&b'\n'))
                    && !matches!(a.kind, UKind::Punct('.' | '!' | '?') | UKind::Mark(_))
                {
                    // (No mark: its flags alone.)
                    acc |= shown(a.flags);
                    continue;
                }
                pair(i + k, a, b, false, &mut acc);
            }
            if let (true, Some(a), Some(b)) = (stop + 1 < n, units.get(stop), units.get(stop + 1)) {
                pair(stop, a, b, true, &mut acc);
            }
            i = stop + 1;
        }
        if let Some(last) = units.last() {
            sentence(sent_start..n, acc | Doc::unit_flags(last));
            self.paragraphs.push(para_start..n);
        }
    }

    /// A sentence ends after unit `i`: `.!?` (plus closing marks) before a capital, digit or opener.
    fn ends_sentence(u: &[Unit], text: &str, i: usize) -> bool {
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
                let w = p.text(text);
                if p.digit && b.cap {
                    // `am 1. Dezember`: an ordinal, unless the next word starts a sentence.
                    // (The flags the next word shows once hidden, as this test has
                    // always read them: a trigger word's only.)
                    return shown(b.flags) & (FUNC | PREP) != 0;
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

    /// Shows only the trigger flags of the words in `lo..hi` (the others' flags become 0),
    /// until [`Doc::enrich`]: the detector's rules read a sentence it does not look at
    /// closely (context for a later one) that way.
    pub fn hide(&mut self, lo: usize, hi: usize) {
        if self.full.len() < self.units.len() {
            self.full.resize(self.units.len(), 0);
        }
        let hi = hi.min(self.units.len());
        let (Some(units), Some(full)) = (self.units.get_mut(lo..hi), self.full.get_mut(lo..hi))
        else {
            return;
        };
        // (Without branches: trigger words and others alternate unpredictably.)
        for (u, f) in units.iter_mut().zip(full) {
            *f |= u.flags;
            u.flags = shown(u.flags);
        }
    }

    /// Gives the words in `lo..hi` their full flags again after [`Doc::hide`].
    pub fn enrich(&mut self, lo: usize, hi: usize) {
        let hi = hi.min(self.units.len());
        let (Some(units), Some(full)) = (self.units.get_mut(lo..hi), self.full.get(lo..hi)) else {
            return;
        };
        // (`full` holds a hidden unit's flags, which include what it shows, and 0 for the
        // others.)
        for (u, &f) in units.iter_mut().zip(full) {
            u.flags |= f;
        }
    }

    /// Unit `i`'s full lexicon flags, whether or not its sentence is hidden, without those
    /// [`Doc::add_flags`] gave it (0 for punctuation and out of range).
    pub(crate) fn full_flags(&self, i: usize) -> u32 {
        // (`full` is 0 but for hidden words and those given flags.)
        let f = match self.full.get(i) {
            Some(&f) if f != 0 => f,
            _ => self.units.get(i).map_or(0, |u| u.flags),
        };
        f & !ENRICHED
    }

    /// Gives unit `i` the flags `add` (the detector's finding, not the lexicon's: its
    /// [full flags](Doc::full_flags) stay as they were).
    pub(crate) fn add_flags(&mut self, i: usize, add: u32) {
        if self.full.len() < self.units.len() {
            self.full.resize(self.units.len(), 0);
        }
        if let (Some(u), Some(f)) = (self.units.get_mut(i), self.full.get_mut(i)) {
            *f |= u.flags;
            u.flags |= add;
        }
    }

    /// Takes the flags `drop` from unit `i` (a word the lexicon misreads in its context),
    /// before any [`Doc::hide`], and updates its sentence's [`Doc::sent_flags`].
    pub(crate) fn drop_flags(&mut self, i: usize, drop: u32) {
        let Some(u) = self.units.get_mut(i) else {
            return;
        };
        u.flags &= !drop;
        let si = self.sentence_of(i);
        if let (Some(r), Some(f)) = (self.sentences.get(si), self.sent_flags.get_mut(si)) {
            *f = self.units[r.clone()]
                .iter()
                .fold(0, |or, u| or | Doc::unit_flags(u));
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

/// `char::is_alphanumeric`, with the Latin-1 letters of German words (`ä`, `Ö`, `ß`, …)
/// decided by range before the general Unicode tables are searched.
#[inline]
fn alphanumeric(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphanumeric(),
        // (All of U+00C0..U+00FF are letters but `×` and `÷`.)
        '\u{C0}'..='\u{FF}' => c != '×' && c != '÷',
        _ => c.is_alphanumeric(),
    }
}

/// Whether the character `C3 c` (U+00C0..U+00FF, `c` a continuation byte) is a letter,
/// as [`alphanumeric`] decides it: all of them but `×` and `÷`.
#[inline]
fn latin1_letter(c: u8) -> bool {
    (0x80..=0xBF).contains(&c) && c != 0x97 && c != 0xB7
}

/// Which bytes are ASCII letters or digits (one load instead of range checks per token).
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// What a word with the full flags `f` (with [`ENRICHED`]) shows once hidden: all of
/// them if it is a trigger word, else none ([`Doc::hide`]).
#[inline(always)]
fn shown(f: u32) -> u32 {
    f & 0u32.wrapping_sub(u32::from(f & TRIGGER != 0))
}

/// Where [`Doc::rebuild`] pushes units.
struct Out<'a> {
    text: &'a [u8],
    units: Vec<Unit>,
    lex: &'a Lexicon,
    /// The OR of [`Doc::unit_flags`] of the units pushed since it was last taken (a
    /// sentence's [`Doc::sent_flags`] entry), gathered on the way: no second pass over
    /// the sentence's units.
    or: u32,
}

/// Whether the word `w` is a name written in lower case: the news agencies' own spelling
/// (`berichtete dpa`, `laut epd`). Such a unit counts as capitalised, so that it heads a
/// phrase as any name does; after a genitive it is an addressee (see `attrib`).
#[inline(always)]
pub(crate) fn lower_case_name(w: &[u8]) -> bool {
    matches!(w, b"dpa" | b"ddp" | b"dapd" | b"epd" | b"kna" | b"sid")
}

impl Out<'_> {
    /// Pushes the units of one token.
    #[inline(always)]
    fn token(&mut self, text: &str, tok: &Token) {
        let (at, end) = (tok.span.start, tok.span.end);
        let punct_kind = matches!(
            tok.kind,
            TokenKind::Punctuation
                | TokenKind::QuoteOpen
                | TokenKind::QuoteClose
                | TokenKind::QuoteAmbiguous
                | TokenKind::Dash
        );
        // Punctuation first: most of it is one ASCII character, and the word paths below
        // would load and test its bytes only to turn it away.
        if punct_kind {
            let Some(tb) = self.text.get(tok.span.range()) else {
                return;
            };
            match tb {
                &[c] if c.is_ascii() => self.ascii_punct(c, at),
                _ => {
                    if let Some(t) = text.get(tok.span.range()) {
                        self.other(tok.kind, true, t, at);
                    }
                }
            }
            return;
        }
        // Most tokens, at once: eight bytes from the start and eight up to the end hold
        // the first and last byte to test and all of the lexicon key (the paths below
        // give the same unit, with more loads and tests).
        if let (Some(h), Some(t)) = (
            self.text.get(at..).and_then(<[u8]>::first_chunk::<8>),
            self.text.get(..end).and_then(<[u8]>::last_chunk::<8>),
        ) {
            let (head, tail) = (u64::from_le_bytes(*h), u64::from_le_bytes(*t));
            let (b0, bl) = (head as u8, (tail >> 56) as u8);
            if (at < end) & ASCII_ALNUM[usize::from(b0)] & ASCII_ALNUM[usize::from(bl)] {
                let cap = b0.is_ascii_uppercase()
                    || end - at <= 4 && lower_case_name(&self.text[at..end]);
                let f = self
                    .lex
                    .get_loaded(self.text, at, end - at, head, tail, cap);
                self.push_flags(f, Span::new(at, end), cap, b0.is_ascii_digit());
                return;
            }
        }
        // The bytes first: a span that is not even in the text is skipped (as one that
        // splits a character is, below).
        let Some(tb) = self.text.get(tok.span.range()) else {
            return;
        };
        match tb {
            // Most of the rest: a word from an ASCII letter or digit to another (ASCII at
            // both ends: the span is on char boundaries).
            &[b0, .., bl] | &[b0 @ bl]
                if ASCII_ALNUM[usize::from(b0)] & ASCII_ALNUM[usize::from(bl)] =>
            {
                self.ascii_word(at, tok.span.end, b0);
            }
            _ => {
                if let Some(t) = text.get(tok.span.range()) {
                    self.other(tok.kind, false, t, at);
                }
            }
        }
    }

    /// A token the fast paths of [`Doc::rebuild`] do not take.
    fn other(&mut self, kind: TokenKind, punct_kind: bool, t: &str, at: usize) {
        match kind {
            TokenKind::Abbreviation | TokenKind::Url => self.word(t, at),
            _ if punct_kind && t.chars().nth(1).is_none() => {
                if let Some(c) = t.chars().next() {
                    self.punct(c, at);
                }
            }
            _ => self.split_token(t, at),
        }
    }

    /// Splits leading and trailing punctuation off a token and pushes the pieces.
    fn split_token(&mut self, t: &str, base: usize) {
        // Fast path: a token that starts and ends with a letter or digit, ASCII or Latin-1
        // (`Über`, `groß`), is one word (the loops below split nothing off it).
        let b = t.as_bytes();
        let starts = match b {
            [c, ..] if c.is_ascii_alphanumeric() => true,
            [0xC3, c, ..] => latin1_letter(*c),
            _ => false,
        };
        let ends = match b {
            [.., c] if c.is_ascii_alphanumeric() => true,
            [.., 0xC3, c] => latin1_letter(*c),
            _ => false,
        };
        if starts && ends {
            self.word(t, base);
            return;
        }
        let mut lo = 0;
        let mut hi = t.len();
        let mut tail: [(usize, char); 8] = [(0, ' '); 8];
        let mut ntail = 0;
        for (i, c) in t.char_indices() {
            if alphanumeric(c) {
                break;
            }
            self.punct(c, base + i);
            lo = i + c.len_utf8();
        }
        if let Some(rest) = t.get(lo..) {
            for (i, c) in rest.char_indices().rev() {
                if alphanumeric(c) || ntail == tail.len() {
                    break;
                }
                // Everything is split off; sentence splitting looks at the previous word.
                tail[ntail] = (lo + i, c);
                ntail += 1;
                hi = lo + i;
            }
        }
        if let Some(w) = t.get(lo..hi).filter(|w| !w.is_empty()) {
            self.word(w, base + lo);
        }
        for &(i, c) in tail[..ntail].iter().rev() {
            self.punct(c, base + i);
        }
    }

    fn punct(&mut self, c: char, at: usize) {
        let kind = match Mark::of(c) {
            Some(m) => UKind::Mark(m),
            None => UKind::Punct(c),
        };
        self.push_punct(kind, Span::new(at, at + c.len_utf8()));
    }

    /// [`Out::punct`] for an ASCII character (of which only `"` is a mark).
    #[inline(always)]
    fn ascii_punct(&mut self, c: u8, at: usize) {
        let kind = if c == b'"' {
            UKind::Mark(Mark::Ascii)
        } else {
            UKind::Punct(char::from(c))
        };
        self.push_punct(kind, Span::new(at, at + 1));
    }

    #[inline(always)]
    fn push_punct(&mut self, kind: UKind, span: Span) {
        self.push(Unit {
            span,
            kind,
            flags: 0,
            cap: false,
            digit: false,
        });
    }

    /// Pushes a unit and gathers its [`Doc::unit_flags`] into [`Out::or`].
    #[inline(always)]
    fn push(&mut self, u: Unit) {
        self.or |= Doc::unit_flags(&u);
        self.units.push(u);
    }

    /// A word: looked up once (lower-cased first letter if capitalised).
    fn word(&mut self, w: &str, at: usize) {
        let b0 = w.as_bytes().first().copied().unwrap_or(b' ');
        let cap = if b0.is_ascii() {
            b0.is_ascii_uppercase()
        } else {
            w.chars().next().is_some_and(char::is_uppercase)
        };
        self.push_word(w.as_bytes(), at, cap, b0.is_ascii_digit());
    }

    /// [`Out::word`] for the word `text[at..end]`, which starts with the ASCII byte `b0`.
    #[inline(always)]
    fn ascii_word(&mut self, at: usize, end: usize, b0: u8) {
        let cap = b0.is_ascii_uppercase()
            || end - at <= 4 && self.text.get(at..end).is_some_and(lower_case_name);
        let f = self.lex.get_ascii_in(self.text, at, end, cap);
        self.push_flags(f, Span::new(at, end), cap, b0.is_ascii_digit());
    }

    #[inline(always)]
    fn push_word(&mut self, w: &[u8], at: usize, cap: bool, digit: bool) {
        let f = self.lex.get_cased(w, cap);
        self.push_flags(f, Span::new(at, at + w.len()), cap, digit);
    }

    #[inline(always)]
    fn push_flags(&mut self, f: u32, span: Span, cap: bool, digit: bool) {
        self.push(Unit {
            span,
            kind: UKind::Word,
            flags: f | ENRICHED,
            cap,
            digit,
        });
    }
}

thread_local! {
    /// One [`Doc`]'s buffers per thread, kept between documents.
    static SPARE: Cell<Option<Doc>> = const { Cell::new(None) };
}

/// A [`Doc`] built in the buffers the previous document on this thread left behind, which
/// it hands back when dropped (the detector allocates nothing for units per document).
#[derive(Debug)]
pub struct Pooled(Doc);

impl Pooled {
    /// [`Doc::build`], reusing this thread's spare buffers.
    pub fn build(text: &str, analysis: &Analysis, lex: &Lexicon) -> Pooled {
        let mut doc = SPARE.with(Cell::take).unwrap_or_default();
        doc.rebuild(text, analysis, lex);
        Pooled(doc)
    }
}

impl Deref for Pooled {
    type Target = Doc;
    fn deref(&self) -> &Doc {
        &self.0
    }
}

impl DerefMut for Pooled {
    fn deref_mut(&mut self) -> &mut Doc {
        &mut self.0
    }
}

impl Drop for Pooled {
    fn drop(&mut self) {
        // A huge document's buffers are not kept (the driver hands in 256 KiB chunks).
        if self.0.units.capacity() <= 1 << 17 {
            let doc = std::mem::take(&mut self.0);
            SPARE.with(|s| s.set(Some(doc)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{alphanumeric, Doc};
    use crate::lexicon::Lexicon;
    use wortlaut_tokenize::{Analysis, Span, Token, TokenKind};

    /// Tokens with punctuation attached (one per whitespace-separated chunk), in the
    /// tokenizer's sentences of `per` tokens each and one paragraph: the units are
    /// segmented by the detector's own rules, with a break at each of the tokenizer's
    /// sentence starts too.
    fn chunked(text: &str, per: usize) -> (Vec<String>, Vec<String>) {
        let mut a = Analysis::default();
        let mut at = 0;
        for part in text.split_inclusive(char::is_whitespace) {
            let w = part.trim_end();
            if !w.is_empty() {
                a.tokens.push(Token {
                    span: Span::new(at, at + w.len()),
                    kind: TokenKind::Word,
                });
            }
            at += part.len();
        }
        let n = a.tokens.len();
        a.sentences = (0..n).step_by(per).map(|s| s..(s + per).min(n)).collect();
        a.paragraphs.push(0..n);
        let doc = Doc::build(text, &a, &Lexicon::german());
        let show = |rs: &[std::ops::Range<usize>]| -> Vec<String> {
            rs.iter()
                .map(|r| text[doc.units[r.start].span.start..doc.units[r.end - 1].span.end].into())
                .collect()
        };
        for (i, &s) in doc.sent_of.iter().enumerate() {
            assert!(doc.sentences[s as usize].contains(&i));
        }
        (show(&doc.sentences), show(&doc.paragraphs))
    }

    #[test]
    fn hiding_shows_trigger_words_only() {
        use crate::lexicon::{CUE, DET, ENRICHED, KONJ1};
        let text = "Er sagte, die Lage sei ernst.";
        let a = wortlaut_tokenize::Tokenizer::new().analyze(text);
        let mut doc = Doc::build(text, &a, &Lexicon::german());
        let at = |w: &str| {
            doc.units
                .iter()
                .position(|u| &text[u.span.range()] == w)
                .unwrap_or(usize::MAX)
        };
        let (sagte, die, lage) = (at("sagte"), at("die"), at("Lage"));
        let shows = |doc: &Doc, i: usize| doc.units.get(i).map_or(0, |u| u.flags);
        assert_ne!(shows(&doc, die) & DET, 0);
        assert_eq!(doc.sent_flags[0] & (DET | CUE | KONJ1), CUE | KONJ1);
        doc.hide(0, doc.units.len());
        assert_eq!(shows(&doc, die), 0);
        assert_ne!(shows(&doc, sagte) & CUE, 0);
        assert_ne!(doc.full_flags(die) & DET, 0);
        assert_eq!(doc.full_flags(die) & ENRICHED, 0);
        doc.enrich(0, doc.units.len());
        assert_ne!(shows(&doc, die) & DET, 0);
        // Flags the detector adds show, but are not the word's own.
        doc.add_flags(lage, KONJ1);
        assert_ne!(shows(&doc, lage) & KONJ1, 0);
        assert_eq!(doc.full_flags(lage) & KONJ1, 0);
    }

    #[test]
    fn segments_units_of_attached_punctuation() {
        let text = "Er sagte am 1. Mai: „Wir kommen.“ Dann ging er.\nNeuer Absatz, hier.";
        let (s, p) = chunked(text, 100);
        assert_eq!(
            s,
            [
                "Er sagte am 1. Mai: „Wir kommen.“",
                "Dann ging er.",
                "Neuer Absatz, hier."
            ]
        );
        assert_eq!(
            p,
            [
                "Er sagte am 1. Mai: „Wir kommen.“ Dann ging er.",
                "Neuer Absatz, hier."
            ]
        );
        // The tokenizer's sentence starts (every third token) break sentences too.
        let (s, _) = chunked(text, 3);
        assert_eq!(
            s,
            [
                "Er sagte am",
                "1. Mai: „Wir",
                "kommen.“",
                "Dann ging",
                "er.",
                "Neuer Absatz,",
                "hier."
            ]
        );
    }

    #[test]
    fn latin1_letter_is_alphanumeric() {
        for c in '\u{C0}'..='\u{FF}' {
            let mut b = [0; 2];
            c.encode_utf8(&mut b);
            assert_eq!(super::latin1_letter(b[1]), alphanumeric(c), "{c:?}");
        }
    }

    #[test]
    fn alphanumeric_is_char_is_alphanumeric() {
        // Every code point the fast paths decide, and the start of the general path.
        for c in ('\0'..='\u{2FF}').chain(['€', '–', '„', '“', '»', 'ẞ', '一']) {
            assert_eq!(
                alphanumeric(c),
                c.is_alphanumeric(),
                "{c:?} U+{:04X}",
                c as u32
            );
        }
    }
}
