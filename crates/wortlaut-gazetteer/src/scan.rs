//! The candidate scan: list-name candidates on word or hyphen boundaries, in text order,
//! non-overlapping (rule `whole_word` of `matcher.rs`: leftmost-longest among the
//! candidates whose ends are boundaries), with genitive endings checked at match time.

use crate::build::Inner;
use crate::data::{GEN_APOSTROPHE, GEN_ES, GEN_S};
use crate::text::{ascii_alnum_run, char_at, left_edge, right_edge, Edge};
use aho_corasick::Input;

/// A candidate from the scan.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    pub s: usize,
    pub e: usize,
    pub pid: u32,
    pub left: Edge,
    pub right: Edge,
    /// Extended by a genitive ending (`Russlands`).
    pub genitive: bool,
}

/// Next char boundary after `i`.
#[inline]
fn next_char(text: &str, i: usize) -> usize {
    i + char_at(text, i).map_or(1, char::len_utf8)
}

/// Finds where patterns may start, in text order: word and hyphen edges whose first bytes
/// pass [`Prefixes`], and the starts of the patterns that may begin inside a word, found by
/// their own small unanchored automaton.
///
/// [`Prefixes`]: crate::build::Prefixes
struct Starts<'t> {
    text: &'t str,
    /// The next start of an in-word pattern at or after the cursor (`usize::MAX`: none).
    next_inside: usize,
}

impl<'t> Starts<'t> {
    fn new(text: &'t str) -> Self {
        Starts {
            text,
            next_inside: 0,
        }
    }

    /// The first position at or after `from` where a pattern that can count starts, and the
    /// longest pattern there: `(start, end, pattern, left edge)`. Equivalent to an
    /// unanchored leftmost-longest search whose hits inside words are dropped unless their
    /// pattern may start there, but the automaton runs anchored and only where a pattern
    /// can start.
    #[inline]
    fn next(&mut self, g: &Inner, from: usize) -> Option<(usize, usize, usize, Edge)> {
        let text = self.text;
        let bytes = text.as_bytes();
        let len = bytes.len();
        let mut p = from;
        while p < len {
            if self.next_inside < p {
                let m = g.inside.find(Input::new(text).span(p..len));
                self.next_inside = m.map_or(usize::MAX, |m| m.start());
            }
            // Skip the inside of words up to the next in-word pattern: after an ASCII letter
            // or digit, only in-word patterns can start.
            let lim = self.next_inside.min(len);
            if p > 0 && p < lim {
                let run = bytes.get(p - 1..lim - 1).unwrap_or(&[]);
                p += ascii_alnum_run(run);
            }
            if p >= len {
                break;
            }
            // A byte that starts no pattern, or a UTF-8 continuation byte (no pattern starts
            // with one, so every position that passes is a char boundary).
            if !g.starts.first(bytes[p]) {
                p += 1;
                continue;
            }
            let inside = match p.checked_sub(1).map(|i| bytes[i]) {
                Some(c) if c.is_ascii() => c.is_ascii_alphanumeric(),
                Some(_) => left_edge(text, p) == Edge::Inside,
                None => false,
            };
            if inside {
                if self.next_inside != p {
                    p += 1;
                    continue;
                }
            } else if !g.starts.may_start(&bytes[p..]) {
                p += 1;
                continue;
            }
            let left = match p.checked_sub(1).map(|i| bytes[i]) {
                _ if inside => Edge::Inside,
                // After an ASCII space or punctuation other than `-`: a word start.
                Some(c) if c.is_ascii() && c != b'-' => Edge::Word,
                _ => left_edge(text, p),
            };
            if let Some((n, pid)) = g.anchored.longest(&bytes[p..]) {
                // As the unanchored scan did: the longest pattern decides whether a position
                // inside a word counts.
                if left != Edge::Inside || g.pats[pid].inside_ok() {
                    return Some((p, p + n, pid, left));
                }
            }
            p += 1;
        }
        None
    }
}

/// The scan: candidates on word or hyphen boundaries, in text order, non-overlapping.
pub(crate) fn scan(g: &Inner, text: &str, mut f: impl FnMut(Hit)) {
    let mut pos = 0;
    let mut starts = Starts::new(text);
    while let Some((s, e, pid, left)) = starts.next(g, pos) {
        // The longest pattern at `s` whose end is a boundary.
        let (mut e, mut pid) = (e, pid);
        let mut gen = false;
        let right = loop {
            let r = right_edge(text, e);
            if let Some((e2, r2)) = genitive(text, e, r, g.pats[pid].genitive) {
                e = e2;
                gen = true;
                break Some(r2);
            }
            if r != Edge::Inside {
                break Some(r);
            }
            match text
                .as_bytes()
                .get(s..e - 1)
                .and_then(|b| g.anchored.longest(b))
            {
                Some((n, p2)) => {
                    e = s + n;
                    pid = p2;
                }
                None => break None,
            }
        };
        let valid = match right {
            None => false,
            Some(r) => left != Edge::Inside || (g.pats[pid].inside_ok() && r == Edge::Word),
        };
        if let (true, Some(right)) = (valid, right) {
            f(Hit {
                s,
                e,
                pid: pid as u32,
                left,
                right,
                genitive: gen,
            });
            pos = e;
        } else {
            pos = next_char(text, s);
        }
    }
}

/// A genitive ending at `e` for a name that takes it (`flags`): the new end and its edge.
#[inline]
fn genitive(text: &str, e: usize, r: Edge, flags: u8) -> Option<(usize, Edge)> {
    if flags == 0 {
        return None;
    }
    let rest = text.get(e..)?;
    let ending = if r == Edge::Inside {
        if flags & GEN_ES != 0 && rest.starts_with("es") && right_edge(text, e + 2) != Edge::Inside
        {
            2
        } else if flags & GEN_S != 0 && rest.starts_with('s') {
            1
        } else {
            return None;
        }
    } else if flags & GEN_APOSTROPHE != 0 && (rest.starts_with('\'') || rest.starts_with('’')) {
        rest.chars().next().map_or(1, char::len_utf8)
    } else {
        return None;
    };
    let r2 = right_edge(text, e + ending);
    (r2 != Edge::Inside).then_some((e + ending, r2))
}
