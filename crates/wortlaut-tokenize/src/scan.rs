//! The scanner: one left-to-right pass over the bytes that emits tokens and,
//! with one token of look-ahead, sentence and paragraph boundaries.
//!
//! DESIGN. Whitespace (and ASCII control characters) separate tokens; nothing
//! else does by itself. At a token start the first byte picks a sub-scanner
//! (word/number, punctuation run, quotation mark, emoji cluster, ...). The word
//! scanner runs over ASCII letters and digits with a table lookup per byte and
//! only stops at a non-alphanumeric byte, where a small `match` decides whether
//! the byte joins (hyphen compounds, `1.000,50`, `3:1`, `geht's`,
//! `Bürger*innen`, `z.B.`, URLs, e-mails) or ends the token. Word lists are
//! consulted only at a period after a word or a number (abbreviation, ordinal).
//!
//! SHORTCUTS. Most tokens are plain words in mid-sentence, one space apart.
//! `plain_word` scans them eight bytes at a time (SWAR); runs of them are
//! emitted by a tight loop without the general gap walk, and the sentence
//! splitter is asked only after a line break or a pending sentence end. A word
//! before a lone period goes straight to the period rule; a comma is emitted
//! directly. All shortcuts sit behind `Scanner<FAST>`: the tests run the scanner
//! with and without them and compare tokens, sentences and paragraphs.
//!
//! Sentence boundaries are decided when the next token is known: after `.`, `!`,
//! `?` or `…` (plus closing quotes and brackets, which stay with the sentence)
//! the splitter waits for the next token and splits unless it starts in lower
//! case or is a comma, semicolon or colon (`„Was nun?“, fragte sie.`). Blank lines
//! end paragraphs and sentences; a single line break after a line without final
//! punctuation ends a sentence when the next line starts like one (headlines).

use crate::chars::{
    classify, decode, is_alnum_at, is_gap_at, is_letter_byte_at, QuoteChar, ALNUM, BYTE, CTRL,
    DIGIT, LETTER, LOWER, NONASCII, U, UPPER, WS,
};
use crate::lexicon::{self, BEFORE_NUMBER, TERMINAL};
use crate::{Analysis, Options, Span, Token, TokenKind};

/// What a token tells the sentence splitter about its neighbourhood.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with an upper-case letter.
    Upper,
    /// Starts with a digit.
    Digit,
    /// `.`, `!`, `?`, `…`, `...`: may end a sentence.
    Final,
    /// An abbreviation that may also end a sentence (`usw.`, `Mio.`).
    Terminal,
    /// Any other abbreviation or initial (`Dr.`, `J.`).
    Abbrev,
    /// A closing quotation mark or bracket: stays with the sentence before it.
    Closer,
    /// An opening quotation mark or bracket.
    Opener,
    /// `,` `;` `:`: the sentence goes on.
    Comma,
    /// A dash or free-standing hyphen.
    Dash,
    /// Anything else.
    Other,
}

/// Sentence-end state after the last token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    None,
    /// After final punctuation: split unless the next token continues the sentence.
    Strong,
    /// After an abbreviation that may end a sentence: split only before a
    /// typical sentence opener.
    Weak,
}

/// One scanned token before emission.
#[derive(Debug, Clone, Copy)]
struct Tok {
    end: usize,
    kind: TokenKind,
    cue: Cue,
    hyphenated: bool,
}

impl Tok {
    fn new(end: usize, kind: TokenKind, cue: Cue) -> Self {
        Tok {
            end,
            kind,
            cue,
            hyphenated: false,
        }
    }
}

/// What follows a position, past whitespace.
#[derive(Debug, Clone, Copy)]
struct Next {
    /// Whitespace between.
    gap: bool,
    /// Line breaks in that whitespace.
    newlines: u32,
    /// The next char's class.
    first: NextKind,
    /// Where the next char starts.
    at: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NextKind {
    Lower,
    Upper,
    Digit,
    Comma,
    Other,
    End,
}

/// Runs the scanner over `text`, filling `out` (which the caller has cleared).
pub(crate) fn analyze(text: &str, opts: Options, out: &mut Analysis) {
    analyze_with::<true>(text, opts, out);
}

/// [`analyze`] with (`FAST`) or without the shortcuts for the common cases
/// (one space between tokens, a plain word in the middle of a sentence). Tests
/// run both and compare: the shortcuts must never change a result.
fn analyze_with<const FAST: bool>(text: &str, opts: Options, out: &mut Analysis) {
    let mut s = Scanner::<FAST> {
        text,
        b: text.as_bytes(),
        opts,
        out,
        sent_start: 0,
        par_start: 0,
        pending: Pending::None,
        prev_cue: Cue::Other,
        prev_end: 0,
        squote_open: false,
        dquote_open: false,
        gap_newlines: 0,
        wrapped: None,
        no_address_until: 0,
    };
    s.run();
}

struct Scanner<'a, 'o, const FAST: bool> {
    text: &'a str,
    b: &'a [u8],
    opts: Options,
    out: &'o mut Analysis,
    sent_start: usize,
    par_start: usize,
    pending: Pending,
    prev_cue: Cue,
    prev_end: usize,
    /// An ASCII `'` opened a quotation that has not been closed.
    squote_open: bool,
    /// An ASCII `"` opened a quotation that has not been closed.
    dquote_open: bool,
    /// Line breaks in the whitespace before the token being scanned.
    gap_newlines: u32,
    /// Is the text hard-wrapped (computed on first need)?
    wrapped: Option<bool>,
    /// No bare domain or e-mail address starts before this byte.
    no_address_until: usize,
}

impl<const FAST: bool> Scanner<'_, '_, FAST> {
    fn run(&mut self) {
        let b = self.b;
        let n = b.len();
        let mut pos = 0;
        loop {
            let mut newlines = 0u32;
            // Shortcut: most gaps are one space (no line break to count).
            if FAST && b.get(pos) == Some(&b' ') {
                pos += 1;
            }
            while let Some(&x) = b.get(pos) {
                if x < 0x80 {
                    if BYTE[x as usize] & (WS | CTRL) == 0 {
                        break;
                    }
                    if x == b'\n' || (x == b'\r' && b.get(pos + 1) != Some(&b'\n')) {
                        newlines += 1;
                    }
                    pos += 1;
                } else {
                    let (c, len) = decode(b, pos);
                    match classify(c) {
                        U::Space | U::Format => {}
                        U::LineBreak => newlines += 1,
                        U::ParagraphBreak => newlines += 2,
                        _ => break,
                    }
                    pos += len;
                }
            }
            if pos >= n {
                break;
            }
            self.gap_newlines = newlines;
            if FAST {
                let class = BYTE[b[pos] as usize];
                if class & LETTER != 0 {
                    pos = self.letter_word(pos, class, newlines);
                    // The words that follow after one space each, without the
                    // general gap walk.
                    while b.get(pos) == Some(&b' ') {
                        let Some(&y) = b.get(pos + 1) else {
                            break;
                        };
                        let class = BYTE[y as usize];
                        if class & LETTER == 0 {
                            break;
                        }
                        self.gap_newlines = 0;
                        pos = self.letter_word(pos + 1, class, 0);
                    }
                    continue;
                }
                if self.comma(pos, newlines) {
                    pos += 1;
                    continue;
                }
            }
            let mut t = self.token(pos);
            t.end = self.extend_marks(t.end.max(pos + 1));
            self.emit(pos, t, newlines);
            pos = t.end;
        }
        self.finish();
    }

    /// Emits a comma at `pos` unless a mark follows it (a comma is always a
    /// token of its own). Returns whether it did.
    #[inline(always)]
    fn comma(&mut self, pos: usize, newlines: u32) -> bool {
        if self.b.get(pos) != Some(&b',') || self.b.get(pos + 1).is_some_and(|&y| y >= 0x80) {
            return false;
        }
        self.gap_newlines = newlines;
        let t = Tok::new(pos + 1, TokenKind::Punctuation, Cue::Comma);
        self.emit(pos, t, newlines);
        true
    }

    /// Scans and emits the token at `pos`, which starts with an ASCII letter of
    /// class bits `class`, after `newlines` line breaks. Returns its end.
    #[inline(always)]
    fn letter_word(&mut self, pos: usize, class: u8, newlines: u32) -> usize {
        let b = self.b;
        let cue = if class & UPPER != 0 {
            Cue::Upper
        } else {
            Cue::Lower
        };
        match self.plain_word(pos) {
            // A plain word ends before an ASCII byte or at the end: no marks to
            // extend over.
            Ok(end) => {
                self.emit_word(pos, end, cue, newlines);
                end
            }
            // A word before a lone period and whitespace: what `word` would do
            // there, without scanning again.
            Err(i) if b.get(i) == Some(&b'.') && is_gap_after(b, i + 1) => {
                if let Some((kind, cue)) = self.word_period(pos, pos, i) {
                    self.emit(pos, Tok::new(i + 1, kind, cue), newlines);
                } else {
                    self.emit_word(pos, i, cue, newlines);
                    self.gap_newlines = 0;
                    let period = Tok::new(i + 1, TokenKind::Punctuation, Cue::Final);
                    self.emit(i, period, 0);
                }
                i + 1
            }
            Err(i) => {
                let mut t = self.word(pos, i, class & LETTER);
                t.end = self.extend_marks(t.end.max(pos + 1));
                self.emit(pos, t, newlines);
                t.end
            }
        }
    }

    /// Extends a token end over combining marks and format characters, so that
    /// no token ends inside a character sequence that belongs together.
    #[inline(always)]
    fn extend_marks(&self, end: usize) -> usize {
        if FAST {
            // The usual case: an ASCII byte (a char boundary, no mark) follows.
            match self.b.get(end) {
                Some(&x) if x < 0x80 => return end,
                None if end == self.b.len() => return end,
                _ => {}
            }
        }
        self.extend_marks_any(end)
    }

    /// [`Scanner::extend_marks`] without the shortcut.
    #[inline(never)]
    fn extend_marks_any(&self, mut end: usize) -> usize {
        while let Some(&x) = self.b.get(end) {
            if x < 0x80 {
                break;
            }
            let (c, len) = decode(self.b, end);
            match classify(c) {
                U::Mark | U::Format => end += len,
                _ => break,
            }
        }
        // `end` may have been forced forward by one byte: move to a char boundary.
        while end < self.b.len() && !self.text.is_char_boundary(end) {
            end += 1;
        }
        end.min(self.b.len())
    }

    /// [`Scanner::emit`] for a plain word: in the middle of a sentence (no
    /// line break before it, no sentence end pending) it only appends.
    #[inline(always)]
    fn emit_word(&mut self, start: usize, end: usize, cue: Cue, newlines: u32) {
        if newlines == 0 && self.pending == Pending::None {
            self.prev_cue = cue;
            self.prev_end = end;
            self.out.tokens.push(Token {
                span: Span::new(start, end),
                kind: TokenKind::Word,
            });
        } else {
            self.emit(start, Tok::new(end, TokenKind::Word, cue), newlines);
        }
    }

    /// Decides whether a sentence and a paragraph end before the token `t` at
    /// `start` (not the first token).
    #[inline(never)]
    fn boundary(&mut self, start: usize, t: Tok, newlines: u32) {
        let idx = self.out.tokens.len();
        let para = newlines >= 2;
        let sentence = para
            || match self.pending {
                Pending::Strong => match t.cue {
                    Cue::Final | Cue::Closer => false,
                    // `eBay`, `iPhone` may open a sentence.
                    Cue::Lower if has_upper(self.slice(start, t.end)) => true,
                    Cue::Lower | Cue::Comma => {
                        self.pending = Pending::None;
                        false
                    }
                    _ => true,
                },
                Pending::Weak => match t.cue {
                    Cue::Final | Cue::Closer => false,
                    Cue::Opener => true,
                    Cue::Upper => lexicon::is_sentence_opener(self.slice(start, t.end)),
                    _ => {
                        self.pending = Pending::None;
                        false
                    }
                },
                Pending::None => {
                    newlines == 1
                        && self.opts.headlines
                        && matches!(
                            self.prev_cue,
                            Cue::Lower | Cue::Upper | Cue::Digit | Cue::Closer
                        )
                        && matches!(t.cue, Cue::Upper | Cue::Digit | Cue::Opener | Cue::Dash)
                        && !self.line_ends_mid_sentence()
                        && !self.hard_wrapped()
                }
            };
        if sentence {
            self.out.sentences.push(self.sent_start..idx);
            self.sent_start = idx;
            self.pending = Pending::None;
            // A single quote rarely spans sentences: forget an unclosed one, so
            // that a stray `'` does not block later genitive apostrophes.
            self.squote_open = false;
        }
        if para {
            self.out.paragraphs.push(self.par_start..idx);
            self.par_start = idx;
            self.dquote_open = false;
        }
    }

    /// Appends the token `t` that starts at `start`, after `newlines` line
    /// breaks, ending a sentence or paragraph before it where it must.
    #[inline(always)]
    fn emit(&mut self, start: usize, t: Tok, newlines: u32) {
        // In the middle of a sentence (no line break before the token, no
        // sentence end pending) there is no boundary to decide.
        let mid_sentence = FAST && newlines == 0 && self.pending == Pending::None;
        if !mid_sentence && !self.out.tokens.is_empty() {
            self.boundary(start, t, newlines);
        }
        match t.cue {
            Cue::Final => self.pending = Pending::Strong,
            Cue::Terminal => {
                if self.pending != Pending::Strong {
                    self.pending = Pending::Weak
                }
            }
            Cue::Closer => {}
            _ => self.pending = Pending::None,
        }
        self.prev_cue = t.cue;
        self.prev_end = t.end;
        if self.opts.split_hyphens && t.hyphenated {
            for (span, kind) in crate::HyphenParts::new(self.text, Span::new(start, t.end), t.kind)
            {
                self.out.tokens.push(Token { span, kind });
            }
        } else {
            self.out.tokens.push(Token {
                span: Span::new(start, t.end),
                kind: t.kind,
            });
        }
    }

    /// Does the line before a single line break end in a word that cannot end
    /// a headline (an article, preposition, conjunction: the line was wrapped)?
    fn line_ends_mid_sentence(&self) -> bool {
        let Some(last) = self.out.tokens.last() else {
            return false;
        };
        self.prev_cue == Cue::Lower && lexicon::is_function_word(last.text(self.text))
    }

    /// Is the text hard-wrapped (lines broken at a fixed width, as in CoNLL
    /// raw text)? Then single line breaks are no headline ends. Decided once per
    /// text, on the first single line break that would split: most lines that
    /// end in a single line break are long (40+ bytes) and of similar length.
    fn hard_wrapped(&mut self) -> bool {
        if let Some(w) = self.wrapped {
            return w;
        }
        let mut lengths: Vec<usize> = Vec::new();
        let mut lines = self.text.split('\n').peekable();
        while let Some(line) = lines.next() {
            let next_blank = lines.peek().is_none_or(|l| l.trim().is_empty());
            if !line.trim().is_empty() && !next_blank {
                lengths.push(line.trim_end().len());
            }
        }
        let max = lengths.iter().copied().max().unwrap_or(0);
        let long = lengths
            .iter()
            .filter(|&&n| n >= 40 && n * 10 >= max * 6)
            .count();
        let w = lengths.len() >= 3 && long * 10 >= lengths.len() * 7;
        self.wrapped = Some(w);
        w
    }

    fn finish(&mut self) {
        let n = self.out.tokens.len();
        if n > self.sent_start {
            self.out.sentences.push(self.sent_start..n);
        }
        if n > self.par_start {
            self.out.paragraphs.push(self.par_start..n);
        }
    }

    #[inline]
    fn slice(&self, a: usize, e: usize) -> &str {
        self.text.get(a..e).unwrap_or("")
    }

    /// The char before byte `i`, if any.
    fn prev_char(&self, i: usize) -> Option<char> {
        if i == 0 {
            return None;
        }
        let mut k = i - 1;
        while k > 0 && i - k < 4 && !self.text.is_char_boundary(k) {
            k -= 1;
        }
        Some(decode(self.b, k).0)
    }

    /// Is the position before `i` open (start, whitespace, opening bracket or quote,
    /// dash)? A quotation mark there opens.
    fn open_before(&self, i: usize) -> bool {
        match self.prev_char(i) {
            None => true,
            Some(c) => {
                c.is_whitespace()
                    || c.is_control()
                    || matches!(
                        c,
                        '(' | '['
                            | '{'
                            | '„'
                            | '‚'
                            | '»'
                            | '«'
                            | '“'
                            | '‘'
                            | '-'
                            | '–'
                            | '—'
                            | '/'
                    )
                    || crate::chars::is_format(c)
            }
        }
    }

    /// Is the position at `i` closed (end, whitespace, punctuation)? A quotation
    /// mark before it closes.
    fn closed_after(&self, i: usize) -> bool {
        match self.b.get(i) {
            None => true,
            Some(&x) if x < 0x80 => {
                BYTE[x as usize] & (WS | CTRL) != 0
                    || matches!(
                        x,
                        b',' | b'.'
                            | b';'
                            | b':'
                            | b'!'
                            | b'?'
                            | b')'
                            | b']'
                            | b'}'
                            | b'-'
                            | b'"'
                            | b'\''
                    )
            }
            Some(_) => !matches!(classify(decode(self.b, i).0), U::Letter { .. } | U::Emoji),
        }
    }

    /// The first char class after `i`, past whitespace.
    #[inline]
    fn peek(&self, i: usize) -> Next {
        // Shortcut: one space, then a printable ASCII char (the next word).
        if FAST && self.b.get(i) == Some(&b' ') {
            if let Some(&x) = self.b.get(i + 1) {
                let c = BYTE[x as usize];
                if c & (WS | CTRL | NONASCII) == 0 {
                    return Next {
                        gap: true,
                        newlines: 0,
                        first: ascii_next_kind(x),
                        at: i + 1,
                    };
                }
            }
        }
        self.peek_any(i)
    }

    /// [`Scanner::peek`] without the shortcut.
    #[inline(never)]
    fn peek_any(&self, mut i: usize) -> Next {
        let b = self.b;
        let from = i;
        let mut newlines = 0;
        while let Some(&x) = b.get(i) {
            if x < 0x80 {
                if BYTE[x as usize] & (WS | CTRL) == 0 {
                    break;
                }
                if x == b'\n' {
                    newlines += 1;
                }
                i += 1;
            } else {
                let (c, len) = decode(b, i);
                match classify(c) {
                    U::Space | U::Format => {}
                    U::LineBreak => newlines += 1,
                    U::ParagraphBreak => newlines += 2,
                    _ => break,
                }
                i += len;
            }
        }
        let gap = i > from;
        let Some(&x) = b.get(i) else {
            return Next {
                gap,
                newlines,
                first: NextKind::End,
                at: i,
            };
        };
        let first = if x < 0x80 {
            ascii_next_kind(x)
        } else {
            match classify(decode(b, i).0) {
                U::Letter { upper: true } => NextKind::Upper,
                U::Letter { upper: false } => NextKind::Lower,
                _ => NextKind::Other,
            }
        };
        Next {
            gap,
            newlines,
            first,
            at: i,
        }
    }

    /// The letters of the word that `nx` starts (at most 64 bytes; empty
    /// unless it starts with a letter), and the byte after them. Computed only
    /// where a rule needs the word, not on every [`Scanner::peek`].
    fn next_word(&self, nx: Next) -> (&str, usize) {
        if !matches!(nx.first, NextKind::Upper | NextKind::Lower) {
            return ("", nx.at);
        }
        let b = self.b;
        let i = nx.at;
        let mut e = i;
        while e < b.len() && e - i < 64 && is_letter_byte_at(b, e) {
            e += utf8_len(b[e]);
        }
        (self.slice(i, e), e)
    }

    /// Is the next word all lower case and not followed by `.` `:` `/` `@`
    /// (which would make it a web address)?
    fn next_plain_lower(&self, nx: Next) -> bool {
        if nx.first != NextKind::Lower {
            return false;
        }
        let (word, e) = self.next_word(nx);
        !has_upper(word) && !matches!(self.b.get(e), Some(b'.' | b':' | b'/' | b'@'))
    }

    /// Scans the token that starts at `start` (not whitespace).
    fn token(&mut self, start: usize) -> Tok {
        let b = self.b;
        let Some(&x) = b.get(start) else {
            return Tok::new(start + 1, TokenKind::Symbol, Cue::Other);
        };
        if x < 0x80 {
            let class = BYTE[x as usize];
            if class & LETTER != 0 {
                return match self.plain_word(start) {
                    Ok(end) => {
                        let cue = if class & UPPER != 0 {
                            Cue::Upper
                        } else {
                            Cue::Lower
                        };
                        Tok::new(end, TokenKind::Word, cue)
                    }
                    // Resume where the fast path stopped: letters so far.
                    Err(i) => self.word(start, i, class & LETTER),
                };
            }
            if class & ALNUM != 0 {
                return self.word(start, start, 0);
            }
            let p = TokenKind::Punctuation;
            let one = start + 1;
            return match x {
                b'.' => {
                    let e = run_end(b, start, b'.');
                    let cue = if e - start > 1 {
                        self.ellipsis_cue(start)
                    } else {
                        Cue::Final
                    };
                    Tok::new(e, p, cue)
                }
                b'!' | b'?' => Tok::new(one, p, Cue::Final),
                b',' => Tok::new(one, p, Cue::Comma),
                b':' | b';' | b'=' => match self.emoticon(start) {
                    // Emoticons mostly close a sentence (`Nur zu empfehlen ;-) Wir …`).
                    Some(e) => Tok::new(e, TokenKind::Symbol, Cue::Final),
                    None if x == b'=' => Tok::new(one, TokenKind::Symbol, Cue::Other),
                    None => Tok::new(one, p, Cue::Comma),
                },
                b'(' | b'[' | b'{' => Tok::new(one, p, Cue::Opener),
                b')' | b']' | b'}' => Tok::new(one, p, Cue::Closer),
                b'"' => self.double_quote(start),
                b'\'' => self.apostrophe_start(start, 1),
                b'`' => {
                    let e = start + (run_end(b, start, b'`') - start).min(2);
                    Tok::new(e, TokenKind::QuoteOpen, Cue::Opener)
                }
                b'-' => {
                    let e = run_end(b, start, b'-');
                    Tok::new(e, TokenKind::Dash, Cue::Dash)
                }
                b'#' | b'@' => {
                    let mut e = one;
                    while e < b.len() && (is_alnum_at(b, e) || b[e] == b'_') {
                        e += utf8_len(b[e]);
                    }
                    if e > one && (x == b'@' || is_letter_byte_at(b, one)) {
                        Tok::new(e, TokenKind::Hashtag, Cue::Other)
                    } else {
                        Tok::new(one, TokenKind::Symbol, Cue::Other)
                    }
                }
                b'<' if b.get(one) == Some(&b'3') && !is_alnum_at(b, one + 1) => {
                    Tok::new(one + 1, TokenKind::Symbol, Cue::Other)
                }
                b'%' | b'+' | b'<' | b'>' | b'~' | b'^' | b'$' | b'|' | b'\\' => {
                    Tok::new(one, TokenKind::Symbol, Cue::Other)
                }
                _ => Tok::new(one, p, Cue::Other),
            };
        }
        let (c, len) = decode(b, start);
        let after = start + len;
        match classify(c) {
            U::Letter { .. } => self.word(start, start, 0),
            U::Apostrophe => self.apostrophe_start(start, len),
            U::Quote(q) => self.typographic_quote(start, after, q),
            U::Ellipsis => Tok::new(after, TokenKind::Punctuation, self.ellipsis_cue(start)),
            U::Hyphen => Tok::new(after, TokenKind::Dash, Cue::Dash),
            U::Dash => {
                let mut e = after;
                while b.get(e..e + len) == b.get(start..after) {
                    e += len;
                }
                Tok::new(e, TokenKind::Dash, Cue::Dash)
            }
            U::Emoji => Tok::new(
                self.emoji_end(start, c, after),
                TokenKind::Symbol,
                Cue::Other,
            ),
            // Bullets open list items, like a dash at a line start.
            U::Punct | U::Symbol
                if matches!(c, '•' | '‣' | '⁃' | '▪' | '●' | '◦' | '■' | '►' | '▶') =>
            {
                Tok::new(after, TokenKind::Punctuation, Cue::Dash)
            }
            U::Punct => Tok::new(after, TokenKind::Punctuation, Cue::Other),
            _ => Tok::new(after, TokenKind::Symbol, Cue::Other),
        }
    }

    /// An ellipsis right after a word ends a sentence (`Tag... Das`); `[...]`
    /// marks an omission; a free-standing one (`sagte ... Berlin`) mostly
    /// an omission or a pause, so it ends a sentence only before a typical
    /// sentence opener, like `usw.`.
    fn ellipsis_cue(&self, start: usize) -> Cue {
        if self.prev_end == start && matches!(self.prev_char(start), Some('(' | '[')) {
            Cue::Other
        } else if self.prev_end < start && !self.out.tokens.is_empty() {
            Cue::Terminal
        } else {
            Cue::Final
        }
    }

    /// `:-)`, `;)`, `:D`, `=)` at a token start after whitespace.
    fn emoticon(&self, start: usize) -> Option<usize> {
        if !matches!(
            self.prev_char(start),
            None | Some(' ' | '\n' | '\t' | '\r' | '\u{a0}')
        ) {
            return None;
        }
        let b = self.b;
        let mut i = start + 1;
        if matches!(b.get(i), Some(b'-' | b'\'' | b'o')) {
            i += 1;
        }
        match b.get(i) {
            Some(b')' | b'(' | b'D' | b'P' | b'p' | b'/' | b'|' | b']' | b'[' | b'*' | b'O') => {}
            _ => return None,
        }
        i += 1;
        while b.get(i) == b.get(i - 1) && matches!(b.get(i), Some(b')' | b'(')) {
            i += 1;
        }
        if is_alnum_at(b, i) {
            return None;
        }
        Some(i)
    }

    fn emoji_end(&self, start: usize, first: char, mut i: usize) -> usize {
        let b = self.b;
        let regional = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
        if regional(first) {
            let (c, len) = decode(b, i);
            if i < b.len() && regional(c) {
                return i + len;
            }
            return i;
        }
        let _ = start;
        while i < b.len() {
            let (c, len) = decode(b, i);
            match c as u32 {
                0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0x20E3 | 0xE0020..=0xE007F => i += len,
                0x200D => {
                    let (c2, len2) = decode(b, i + len);
                    if i + len < b.len() && crate::chars::is_emoji(c2) {
                        i += len + len2;
                    } else {
                        break;
                    }
                }
                _ => break,
            }
        }
        i
    }

    fn double_quote(&mut self, start: usize) -> Tok {
        let open = self.open_before(start);
        let close = self.closed_after(start + 1);
        let (kind, cue) = match (open, close) {
            (true, false) => (TokenKind::QuoteOpen, Cue::Opener),
            (false, true) => (TokenKind::QuoteClose, Cue::Closer),
            _ => {
                let cue = if self.dquote_open {
                    Cue::Closer
                } else {
                    Cue::Opener
                };
                (TokenKind::QuoteAmbiguous, cue)
            }
        };
        self.dquote_open = cue == Cue::Opener;
        Tok::new(start + 1, kind, cue)
    }

    /// An apostrophe (`'`, `’`, `´`) at a token start: a clitic (`'s`), a LaTeX
    /// closing quote (`''`) or a single quotation mark.
    fn apostrophe_start(&mut self, start: usize, len: usize) -> Tok {
        let b = self.b;
        let after = start + len;
        if len == 1 && b.get(after) == Some(&b'\'') {
            let e = after + 1;
            let kind = if self.open_before(start) && !self.closed_after(e) {
                TokenKind::QuoteOpen
            } else {
                TokenKind::QuoteClose
            };
            let cue = if kind == TokenKind::QuoteOpen {
                Cue::Opener
            } else {
                Cue::Closer
            };
            return Tok::new(e, kind, cue);
        }
        let open = self.open_before(start);
        if open && is_letter_byte_at(b, after) {
            let mut e = after;
            while e < b.len() && e - after < 16 && is_letter_byte_at(b, e) {
                e += utf8_len(b[e]);
            }
            if !is_alnum_at(b, e) && lexicon::is_clitic(self.slice(after, e)) {
                return Tok::new(e, TokenKind::Word, Cue::Lower);
            }
        }
        let close = self.closed_after(after);
        let (kind, cue) = match (open, close) {
            (true, false) => (TokenKind::QuoteOpen, Cue::Opener),
            (false, true) => (TokenKind::QuoteClose, Cue::Closer),
            _ => {
                let cue = if self.squote_open {
                    Cue::Closer
                } else {
                    Cue::Opener
                };
                (TokenKind::QuoteAmbiguous, cue)
            }
        };
        self.squote_open = cue == Cue::Opener;
        Tok::new(after, kind, cue)
    }

    fn typographic_quote(&mut self, start: usize, after: usize, q: QuoteChar) -> Tok {
        let open_ctx = self.open_before(start) && !self.closed_after(after);
        let close_ctx = !self.open_before(start) && self.closed_after(after);
        let opening = match q {
            QuoteChar::Low => true,
            QuoteChar::HighDouble | QuoteChar::HighSingle | QuoteChar::LeftPointing => open_ctx,
            QuoteChar::RightPointing => !close_ctx,
        };
        if opening {
            Tok::new(after, TokenKind::QuoteOpen, Cue::Opener)
        } else {
            Tok::new(after, TokenKind::QuoteClose, Cue::Closer)
        }
    }

    /// The fast path for the most common token: letters and digits (with
    /// Latin-1 letters) after an ASCII letter, ended by whitespace or by
    /// punctuation that never joins a word and never takes part in an
    /// abbreviation. Anything else goes to [`Scanner::word`]: `Err` gives the
    /// position to resume at (all bytes before it are letters or digits).
    #[inline(always)]
    fn plain_word(&self, start: usize) -> Result<usize, usize> {
        let b = self.b;
        let mut i = start + 1;
        loop {
            // Eight bytes at a time while they are all ASCII letters or digits,
            // byte by byte in the last seven bytes of the text.
            if let Some(chunk) = b.get(i..i + 8) {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                let k = crate::chars::first_non_alnum(u64::from_le_bytes(word));
                i += k as usize;
                if k == 8 {
                    continue;
                }
            } else {
                while b.get(i).is_some_and(|&y| BYTE[y as usize] & ALNUM != 0) {
                    i += 1;
                }
            }
            // `b[i]` is no ASCII letter or digit.
            let Some(&y) = b.get(i) else {
                return Ok(i);
            };
            if y == b' ' {
                return Ok(i);
            }
            if y == 0xC3 {
                match b.get(i + 1) {
                    Some(&z) if z != 0x97 && z != 0xB7 => {
                        i += 2;
                        continue;
                    }
                    _ => return Err(i),
                }
            }
            if BYTE[y as usize] & WS == 0 && !matches!(y, b',' | b';' | b')' | b'!' | b'?' | b'"') {
                return Err(i);
            }
            return Ok(i);
        }
    }

    /// A word or number starting at `start` (an ASCII alphanumeric byte or a
    /// non-ASCII letter/digit), scanned from `from` (`start..from` holds only
    /// letters and digits, whose class bits are `acc`).
    #[inline(never)]
    fn word(&mut self, start: usize, from: usize, mut acc: u8) -> Tok {
        let b = self.b;
        let n = b.len();
        let mut i = from; // class bits seen so far: LETTER and DIGIT in `acc`
        let mut seg = start; // start of the current hyphen-separated part
        let mut hyphenated = false;
        let mut with_period = false; // the token already ends with its period
        'scan: loop {
            while let Some(&x) = b.get(i) {
                let c = BYTE[x as usize];
                if c & ALNUM == 0 {
                    break;
                }
                acc |= c;
                i += 1;
            }
            let Some(&x) = b.get(i) else {
                break;
            };
            if x >= 0x80 {
                // Fast path for Latin-1 letters (umlauts, ß): C3 80..BF minus × ÷.
                if x == 0xC3 {
                    if let Some(&y) = b.get(i + 1) {
                        if y != 0x97 && y != 0xB7 {
                            acc |= if y < 0x9F { UPPER } else { LOWER };
                            i += 2;
                            continue;
                        }
                    }
                }
                let (c, len) = decode(b, i);
                match classify(c) {
                    U::Letter { .. } => {
                        acc |= LOWER;
                        i += len;
                        continue;
                    }
                    U::Mark | U::Format => {
                        i += len;
                        continue;
                    }
                    U::Hyphen => match self.hyphen(i, len, acc) {
                        Join::Continue(j) => {
                            hyphenated = true;
                            seg = j;
                            i = j;
                            continue;
                        }
                        Join::End(j) => {
                            hyphenated = true;
                            i = j;
                            break;
                        }
                        Join::Stop => break,
                    },
                    U::Apostrophe => match self.inner_apostrophe(i, len, c == '’', acc) {
                        Join::Continue(j) => {
                            i = j;
                            continue;
                        }
                        Join::End(j) => {
                            i = j;
                            break;
                        }
                        Join::Stop => break,
                    },
                    _ => {
                        if c == '·' && i - seg >= 2 {
                            if let Some(g) = gender_suffix(b, i + len) {
                                i += len + g;
                                continue;
                            }
                        }
                        break;
                    }
                }
            }
            let j = i + 1;
            let number = acc & LETTER == 0;
            let next = b.get(j).copied().unwrap_or(0);
            let next_digit = next.is_ascii_digit();
            match x {
                b'-' => match self.hyphen(i, 1, acc) {
                    Join::Continue(k) => {
                        hyphenated = true;
                        seg = k;
                        i = k;
                    }
                    Join::End(k) => {
                        hyphenated = true;
                        i = k;
                        break;
                    }
                    Join::Stop => break,
                },
                b'.' => {
                    if number {
                        if next_digit {
                            i = j;
                            continue;
                        }
                        if next == b'-' && !hyphenated {
                            // Prices: `14.--`, `5.-`.
                            i = j + (run_end(b, j, b'-') - j).min(2);
                            break;
                        }
                        break;
                    }
                    if is_letter_byte_at(b, j) {
                        if let Some((e, kind)) = self.address(start) {
                            return Tok::new(e, kind, Cue::Other);
                        }
                        if seg == start {
                            if let Some(e) = dotted_abbreviation(b, start) {
                                i = e;
                                if b.get(e) == Some(&b'-') && is_alnum_at(b, e + 1) {
                                    // `U.S.-Präsident`
                                    hyphenated = true;
                                    seg = e + 1;
                                    i = e + 1;
                                    continue;
                                }
                                with_period = b.get(e.wrapping_sub(1)) == Some(&b'.');
                                break;
                            }
                        }
                        break;
                    }
                    if next == b'-'
                        && is_letter_byte_at(b, j + 1)
                        && lexicon::abbreviation(self.slice(seg, i)).is_some()
                    {
                        // `Dipl.-Ing.`, `Kfz.-Steuer`
                        hyphenated = true;
                        seg = j + 1;
                        i = j + 1;
                        continue;
                    }
                    if next == b'@' {
                        if let Some((e, kind)) = self.address(start) {
                            return Tok::new(e, kind, Cue::Other);
                        }
                    }
                    break;
                }
                b',' => {
                    if number && next_digit {
                        i = j;
                        continue;
                    }
                    if number && next == b'-' && !hyphenated {
                        // `10,-` and `10,--`
                        i = j + (run_end(b, j, b'-') - j).min(2);
                    }
                    break;
                }
                b':' => {
                    if number && next_digit {
                        i = j;
                        continue;
                    }
                    if next == b'/' && b.get(j + 1) == Some(&b'/') {
                        if let Some((e, kind)) = self.address(start) {
                            return Tok::new(e, kind, Cue::Other);
                        }
                    }
                    if !number && i - seg >= 2 {
                        if let Some(g) = gender_suffix(b, j) {
                            i = j + g;
                            continue;
                        }
                    }
                    break;
                }
                b'/' => {
                    if number && next_digit {
                        i = j;
                        continue;
                    }
                    if !number && i - seg >= 2 {
                        let k = if next == b'-' { j + 1 } else { j };
                        if let Some(g) = gender_suffix(b, k) {
                            i = k + g;
                            continue;
                        }
                    }
                    break;
                }
                b'*' | b'_' => {
                    if !number && i - seg >= 2 {
                        if let Some(g) = gender_suffix(b, j) {
                            i = j + g;
                            continue;
                        }
                    }
                    if x == b'_' && is_alnum_at(b, j) {
                        i = j;
                        continue;
                    }
                    break;
                }
                b'\'' => match self.inner_apostrophe(i, 1, false, acc) {
                    Join::Continue(k) => i = k,
                    Join::End(k) => {
                        i = k;
                        break;
                    }
                    Join::Stop => break,
                },
                b'&' => {
                    let up = |k: usize| b.get(k).is_some_and(|y| y.is_ascii_uppercase());
                    if i > start && up(i - 1) && up(j) {
                        i = j;
                        continue;
                    }
                    break;
                }
                b'@' => {
                    if let Some((e, kind)) = self.address(start) {
                        return Tok::new(e, kind, Cue::Other);
                    }
                    break;
                }
                _ => break 'scan,
            }
        }
        let mut end = i.min(n);
        let number = acc & LETTER == 0;
        let first = b.get(start).copied().unwrap_or(0);
        let mut cue = if first.is_ascii_digit() {
            Cue::Digit
        } else if first < 0x80 {
            if first.is_ascii_uppercase() {
                Cue::Upper
            } else {
                Cue::Lower
            }
        } else {
            match classify(decode(b, start).0) {
                U::Letter { upper: true } => Cue::Upper,
                _ => Cue::Lower,
            }
        };
        let mut kind = if number {
            if is_date(self.slice(start, end)) {
                TokenKind::Date
            } else {
                TokenKind::Number
            }
        } else if with_period {
            cue = Cue::Abbrev;
            TokenKind::Abbreviation
        } else {
            TokenKind::Word
        };
        // A period right after the token: part of it (abbreviation, ordinal,
        // initial) or punctuation of its own?
        if !with_period && b.get(end) == Some(&b'.') && b.get(end + 1) != Some(&b'.') {
            if number {
                if let Some(k) = self.number_period(start, end) {
                    kind = k;
                    end += 1;
                }
            } else if let Some((k, c)) = self.word_period(start, seg, end) {
                kind = k;
                cue = c;
                end += 1;
            }
        }
        Tok {
            end,
            kind,
            cue,
            hyphenated,
        }
    }

    /// A hyphen inside or after a word: joins two parts (`US-Präsident`,
    /// `Spa-/Wellness-Bereich`), ends a truncated compound (`Ein- und Ausfuhr`),
    /// or is not part of the word.
    fn hyphen(&self, i: usize, len: usize, acc: u8) -> Join {
        let b = self.b;
        let j = i + len;
        if is_alnum_at(b, j) {
            return Join::Continue(j);
        }
        if b.get(j) == Some(&b'/') && is_alnum_at(b, j + 1) {
            return Join::Continue(j + 1);
        }
        if acc != 0 && (is_gap_at(b, j) || matches!(b.get(j), Some(b',' | b';' | b')' | b'/'))) {
            return Join::End(j);
        }
        Join::Stop
    }

    /// An apostrophe after letters: inside a word (`geht's`, `O'Brien`), a
    /// genitive mark after s/x/z/ß (`Hans'`), or not part of the word.
    fn inner_apostrophe(&self, i: usize, len: usize, typographic: bool, acc: u8) -> Join {
        let b = self.b;
        let j = i + len;
        if acc & LETTER == 0 {
            return Join::Stop;
        }
        if is_letter_byte_at(b, j) {
            return Join::Continue(j);
        }
        let sibilant = match b.get(i.wrapping_sub(1)) {
            Some(b's' | b'S' | b'x' | b'X' | b'z' | b'Z') => true,
            Some(0x9F) => b.get(i.wrapping_sub(2)) == Some(&0xC3), // ß
            _ => false,
        };
        if !sibilant || self.squote_open {
            return Join::Stop;
        }
        if typographic {
            return if self.closed_after(j) {
                Join::End(j)
            } else {
                Join::Stop
            };
        }
        // `Virus'''` is `Virus'` + `''`; `Hans''` is `Hans` + `''`.
        let run = run_end(b, i, b'\'') - i;
        if (run == 1 || run == 3) && self.closed_after(i + run) {
            Join::End(j)
        } else {
            Join::Stop
        }
    }

    /// Does the period after the number `start..end` belong to it (ordinal
    /// `1.`, date `1.12.`)?
    fn number_period(&self, start: usize, end: usize) -> Option<TokenKind> {
        let s = self.slice(start, end);
        let digits = s.bytes().all(|x| x.is_ascii_digit());
        let day_month = is_day_month(s);
        if !digits && !day_month {
            return None;
        }
        let kind = if day_month {
            TokenKind::Date
        } else {
            TokenKind::Ordinal
        };
        let nx = self.peek(end + 1);
        if nx.newlines >= 1 {
            return None;
        }
        if !nx.gap {
            // `3.Liga` and `12./13. Juni`, `1.-3. Mai` are ordinals; `1.)` or `1.,` is not.
            let after = self.slice(end + 1, (end + 5).min(self.b.len()));
            let range = after
                .strip_prefix(['/', '-', '–'])
                .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
            return (range || matches!(nx.first, NextKind::Lower | NextKind::Upper))
                .then_some(kind);
        }
        // `4. Die Auffassung …` at a sentence or line start: a numbered item.
        let item_label = digits
            && s.len() <= 2
            && (self.pending == Pending::Strong
                || self.out.tokens.is_empty()
                || self.gap_newlines > 0);
        let ok = match nx.first {
            NextKind::Lower => true,
            NextKind::Upper if item_label => true,
            NextKind::Digit => s.len() <= 2 || day_month,
            NextKind::Upper => {
                let word = self.next_word(nx).0;
                if lexicon::is_month(word) {
                    true
                } else if lexicon::is_sentence_opener(word) {
                    false
                } else {
                    (digits && s.len() <= 3) || day_month
                }
            }
            _ => false,
        };
        ok.then_some(kind)
    }

    /// Does the period after the word `start..end` belong to it (abbreviation,
    /// initial, Roman ordinal)? Returns the token's kind and cue.
    fn word_period(&self, start: usize, seg: usize, end: usize) -> Option<(TokenKind, Cue)> {
        let w = self.slice(start, end);
        let abbrev = (TokenKind::Abbreviation, Cue::Abbrev);
        // A single letter: an initial (`J. R. R. Tolkien`) or part of `z. B.`.
        if w.chars().next().is_some_and(|c| c.len_utf8() == w.len()) {
            // (But the platform after a preposition or its kind, `schrieb er auf X.`,
            // `auf der Plattform X.`, is a word closing the sentence.)
            let platform = w == "X"
                && self.out.tokens.last().is_some_and(|t| {
                    matches!(
                        self.slice(t.span.start, t.span.end),
                        "auf"
                            | "bei"
                            | "via"
                            | "über"
                            | "Plattform"
                            | "Onlineplattform"
                            | "Online-Plattform"
                            | "Kurznachrichtendienst"
                            | "Kurznachrichtenplattform"
                            | "Netzwerk"
                            | "Dienst"
                    )
                });
            return (!platform).then_some(abbrev);
        }
        let found = lexicon::abbreviation(w).or_else(|| {
            if seg > start {
                lexicon::abbreviation(self.slice(seg, end))
            } else {
                None
            }
        });
        if let Some(f) = found {
            if f & BEFORE_NUMBER != 0 {
                return (self.peek(end + 1).first == NextKind::Digit).then_some(abbrev);
            }
            if f & TERMINAL != 0 {
                return Some((TokenKind::Abbreviation, Cue::Terminal));
            }
            return Some(abbrev);
        }
        // Street names: `Goethestr. 5`, `Hauptstr.`
        if w.len() > 4 && w.ends_with("str") {
            return Some((TokenKind::Abbreviation, Cue::Terminal));
        }
        // What follows is looked at only now: most words before a period are
        // no abbreviation of the list.
        let nx = self.peek(end + 1);
        if nx.newlines >= 2 {
            return None;
        }
        if is_roman(w) {
            // `Johannes Paul II. sagte`, but `… Heinrich VIII. Die …`
            let ordinal = match nx.first {
                NextKind::Lower | NextKind::Comma => true,
                NextKind::Upper => !lexicon::is_sentence_opener(self.next_word(nx).0),
                _ => false,
            };
            return ordinal.then_some((TokenKind::Ordinal, Cue::Abbrev));
        }
        // An unknown abbreviation: a sentence never goes on in lower case
        // (`Bsp. für`), nor with a comma (`Jh.,`). A lower-case web address or
        // brand (`pic.twitter.com`, `https://…`, `eBay`) may open a sentence.
        if nx.newlines == 0
            && (self.next_plain_lower(nx) || (!nx.gap && nx.first == NextKind::Comma))
        {
            return Some(abbrev);
        }
        None
    }

    /// A URL or e-mail address starting at `start`, if there is one. Called
    /// only where a word meets `.`, `@` or `://`.
    fn address(&mut self, start: usize) -> Option<(usize, TokenKind)> {
        let b = self.b;
        let head = b.get(start..b.len().min(start + 8)).unwrap_or(&[]);
        let prefix = [&b"http://"[..], b"https://", b"ftp://", b"www."]
            .into_iter()
            .find(|p| head.len() >= p.len() && head[..p.len()].eq_ignore_ascii_case(p));
        // A failed bare-domain/e-mail check covers the rest of its run: checking
        // again from a later start inside it would fail the same way, and would
        // make a long run of `abcd.abcd.…` quadratic.
        if prefix.is_none() && start < self.no_address_until {
            return None;
        }
        // Scheme URLs may be long; bare domains and e-mail addresses are short.
        let limit = b
            .len()
            .min(start + if prefix.is_some() { 2048 } else { 256 });
        let mut r = start;
        while r < limit {
            let x = b[r];
            if x < 0x80 {
                if BYTE[x as usize] & (WS | CTRL) != 0
                    || matches!(
                        x,
                        b'"' | b'<' | b'>' | b'`' | b'\\' | b'^' | b'{' | b'}' | b'|'
                    )
                {
                    break;
                }
                r += 1;
            } else {
                let (c, len) = decode(b, r);
                if !matches!(classify(c), U::Letter { .. } | U::Mark) {
                    break;
                }
                r += len;
            }
        }
        let s = b.get(start..r)?;
        if let Some(p) = prefix {
            if s.len() > p.len() {
                return Some((self.trim_url(start, r), TokenKind::Url));
            }
            return None;
        }
        let found = self.bare_address(start, r, s);
        if found.is_none() {
            self.no_address_until = r;
        }
        found
    }

    /// An e-mail address or a bare domain (`wikinews.org/wiki/…`) in `start..r`.
    fn bare_address(&self, start: usize, r: usize, s: &[u8]) -> Option<(usize, TokenKind)> {
        let b = self.b;
        if let Some(at) = s.iter().position(|&x| x == b'@') {
            let local_ok = at > 0
                && s[..at].iter().all(|&x| {
                    x.is_ascii_alphanumeric() || matches!(x, b'.' | b'_' | b'%' | b'+' | b'-')
                });
            if local_ok {
                if let Some(e) = self.domain(start + at + 1, r, false) {
                    return Some((e, TokenKind::Email));
                }
            }
            return None;
        }
        let e = self.domain(start, r, true)?;
        if b.get(e) == Some(&b'/') || b.get(e) == Some(&b':') {
            return Some((self.trim_url(start, r), TokenKind::Url));
        }
        Some((e, TokenKind::Url))
    }

    /// A domain name in `start..r` (labels of letters, digits and `-`, at least
    /// two, the last one alphabetic; with `known_tld`, a TLD from the list).
    /// Returns its end.
    fn domain(&self, start: usize, r: usize, known_tld: bool) -> Option<usize> {
        let b = self.b;
        let mut i = start;
        let mut labels = 0;
        let mut last = (start, start);
        loop {
            let ls = i;
            while i < r && (is_alnum_at(b, i) || b[i] == b'-') {
                i += utf8_len(b[i]);
            }
            if i == ls {
                break;
            }
            labels += 1;
            last = (ls, i);
            if i + 1 < r && b[i] == b'.' && is_alnum_at(b, i + 1) {
                i += 1;
            } else {
                break;
            }
        }
        if labels < 2 {
            return None;
        }
        let tld = self.slice(last.0, last.1);
        let ok = if known_tld {
            lexicon::is_tld(tld)
        } else {
            tld.len() >= 2 && tld.bytes().all(|x| x.is_ascii_alphabetic())
        };
        if !ok || is_alnum_at(b, last.1) {
            return None;
        }
        Some(last.1)
    }

    /// Drops trailing punctuation from a URL (keeping a `)` that closes a `(` in it).
    fn trim_url(&self, start: usize, mut r: usize) -> usize {
        let b = self.b;
        let run = b.get(start..r).unwrap_or(&[]);
        let open = run.iter().filter(|&&y| y == b'(').count();
        let mut close = run.iter().filter(|&&y| y == b')').count();
        while r > start {
            let x = b[r - 1];
            let drop = match x {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b'*' | b']' => true,
                b')' => close > open,
                _ => false,
            };
            if !drop {
                break;
            }
            if x == b')' {
                close -= 1;
            }
            r -= 1;
        }
        r.max(start + 1)
    }
}

/// How a joining character inside a word is treated.
enum Join {
    /// It joins: go on scanning at this byte.
    Continue(usize),
    /// It belongs to the word, which ends at this byte.
    End(usize),
    /// It is not part of the word.
    Stop,
}

#[inline]
fn utf8_len(x: u8) -> usize {
    match x {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xFF => 4,
        _ => 1, // continuation byte: cannot start a char; move on byte by byte
    }
}

/// The class of an ASCII char that follows a token.
#[inline]
fn ascii_next_kind(x: u8) -> NextKind {
    let c = BYTE[x as usize];
    if c & DIGIT != 0 {
        NextKind::Digit
    } else if c & UPPER != 0 {
        NextKind::Upper
    } else if c & LOWER != 0 {
        NextKind::Lower
    } else if x == b',' || x == b';' {
        NextKind::Comma
    } else {
        NextKind::Other
    }
}

/// Is byte `i` ASCII whitespace or a control character, or the end of `b`?
#[inline]
fn is_gap_after(b: &[u8], i: usize) -> bool {
    b.get(i)
        .is_none_or(|&y| BYTE[y as usize] & (WS | CTRL) != 0)
}

/// Does `s` contain an upper-case letter?
fn has_upper(s: &str) -> bool {
    if s.is_ascii() {
        s.bytes().any(|x| x.is_ascii_uppercase())
    } else {
        s.chars().any(char::is_uppercase)
    }
}

/// End of the run of byte `x` starting at `i`.
#[inline]
fn run_end(b: &[u8], mut i: usize, x: u8) -> usize {
    while b.get(i) == Some(&x) {
        i += 1;
    }
    i
}

/// The length of a gender suffix at `j` (`innen`, `in`, `Innen`, `In`, after
/// `*`, `:`, `_`, `/`, `/-`, `·`), if the word ends there.
fn gender_suffix(b: &[u8], j: usize) -> Option<usize> {
    if !matches!(b.get(j), Some(b'i' | b'I')) {
        return None;
    }
    for suffix in [&b"innen"[..], b"Innen", b"in", b"In"] {
        if b.get(j..j + suffix.len()) == Some(suffix) && !is_alnum_at(b, j + suffix.len()) {
            return Some(suffix.len());
        }
    }
    None
}

/// `z.B.`, `u.a.`, `i.d.R.`, `U.S.A.`, `v.Chr.`: at least two parts of one or
/// two letters, each followed by a period; only the last part may have three
/// letters. Without a final period only single letters count (`z.B`). A missing
/// space after a sentence (`gut.Das`) is no abbreviation. Returns the end.
fn dotted_abbreviation(b: &[u8], start: usize) -> Option<usize> {
    let mut i = start;
    let mut parts = 0;
    let mut longest = 0;
    loop {
        let mut chars = 0;
        while i < b.len() && is_letter_byte_at(b, i) {
            i += utf8_len(b[i]);
            chars += 1;
        }
        // At most eight parts: keeps a long `a.b.c.…` run without a match linear.
        if chars == 0 || chars > 3 || longest == 3 || parts == 8 {
            return None;
        }
        longest = longest.max(chars);
        parts += 1;
        if b.get(i) == Some(&b'.') {
            i += 1;
            if !is_letter_byte_at(b, i) {
                break;
            }
        } else if is_alnum_at(b, i) || longest > 1 {
            return None;
        } else {
            break;
        }
    }
    (parts >= 2).then_some(i)
}

/// `d.m.yyyy`, `d.m.yy` or `yyyy-mm-dd`.
fn is_date(s: &str) -> bool {
    // `1.1.25` to `2025-12-02`: most numbers are shorter or longer.
    if !(6..=10).contains(&s.len()) {
        return false;
    }
    let parts: [&str; 3] = {
        let mut it = s.split(['.', '-']);
        match (it.next(), it.next(), it.next(), it.next()) {
            (Some(a), Some(b), Some(c), None) => [a, b, c],
            _ => return false,
        }
    };
    let digits = |p: &str, lo: usize, hi: usize| {
        (lo..=hi).contains(&p.len()) && p.bytes().all(|x| x.is_ascii_digit())
    };
    if s.contains('-') {
        !s.contains('.')
            && digits(parts[0], 4, 4)
            && digits(parts[1], 2, 2)
            && digits(parts[2], 2, 2)
    } else {
        digits(parts[0], 1, 2)
            && digits(parts[1], 1, 2)
            && (parts[2].len() == 2 || parts[2].len() == 4)
            && digits(parts[2], 2, 4)
    }
}

/// `1.12` (day and month, completed by a period to `1.12.`).
fn is_day_month(s: &str) -> bool {
    match s.split_once('.') {
        Some((d, m)) => {
            (1..=2).contains(&d.len())
                && (1..=2).contains(&m.len())
                && d.bytes().chain(m.bytes()).all(|x| x.is_ascii_digit())
        }
        None => false,
    }
}

/// A Roman numeral of two or more letters (`II`, `XIV`): single letters are
/// initials.
fn is_roman(w: &str) -> bool {
    w.len() >= 2 && w.len() <= 6 && w.bytes().all(|x| matches!(x, b'I' | b'V' | b'X' | b'L'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const OPTIONS: [Options; 3] = [
        Options {
            split_hyphens: false,
            headlines: true,
        },
        Options {
            split_hyphens: true,
            headlines: true,
        },
        Options {
            split_hyphens: false,
            headlines: false,
        },
    ];

    /// The scanner with its shortcuts gives exactly what it gives without them.
    fn same_with_and_without_shortcuts(text: &str) -> Result<(), TestCaseError> {
        for opts in OPTIONS {
            let (mut fast, mut plain) = (Analysis::default(), Analysis::default());
            analyze_with::<true>(text, opts, &mut fast);
            analyze_with::<false>(text, opts, &mut plain);
            prop_assert_eq!(&fast.tokens, &plain.tokens, "tokens of {:?}", text);
            prop_assert_eq!(&fast.sentences, &plain.sentences, "sentences of {:?}", text);
            prop_assert_eq!(
                &fast.paragraphs,
                &plain.paragraphs,
                "paragraphs of {:?}",
                text
            );
        }
        Ok(())
    }

    /// Words, spaces, line breaks and the punctuation that ends or continues
    /// sentences, so that the shortcuts meet every scanner state.
    fn sentences_soup() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            " ",
            " ",
            " ",
            "  ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "\u{a0}",
            "\u{2028}",
            "Die",
            "der",
            "Haus",
            "eBay",
            "usw",
            "Mio",
            "Dr",
            "Art",
            "z",
            "B",
            "II",
            "4",
            "12",
            "1990",
            ".",
            ",",
            ";",
            ":",
            "!",
            "?",
            "...",
            "…",
            "„",
            "“",
            "\"",
            "'",
            "(",
            ")",
            "-",
            "–",
            "Ä",
            "ä",
            "ß",
            "Größe",
            "Gro\u{308}ße",
            "\u{308}",
            "\u{ad}",
            "Bürger",
            "innen",
            "*",
            "/",
            "@",
            "www",
            "de",
            "😀",
            "A",
            "x",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn shortcuts_on_arbitrary_strings(s in any::<String>()) {
            same_with_and_without_shortcuts(&s)?;
        }

        #[test]
        fn shortcuts_on_sentences(s in sentences_soup()) {
            same_with_and_without_shortcuts(&s)?;
        }
    }

    #[test]
    fn shortcuts_on_the_sample_corpus() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus/wikinews.jsonl");
        let Ok(src) = std::fs::read_to_string(path) else {
            println!("note: {path} is absent; skipped");
            return;
        };
        let mut docs = 0;
        for line in src.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
                same_with_and_without_shortcuts(text).unwrap();
                docs += 1;
            }
        }
        assert!(docs > 0, "no documents in {path}");
    }

    #[test]
    fn shortcuts_table() {
        for text in [
            "",
            " ",
            "Haus",
            "Das Haus. Die Tür",
            "Er kam am 1. Dezember usw. Die Frau",
            "ein Wort\nNoch eins",
            "Überschrift\n\nDer Text beginnt.",
            "Wort ä ü",
            "Wort\u{308} und mehr",
            "a, b; c) d! e? f\"",
            "Zu\u{AD}cker ist süß.",
        ] {
            same_with_and_without_shortcuts(text).unwrap();
        }
    }
}
