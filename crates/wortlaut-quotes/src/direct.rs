//! Direct quotations: pairing quotation marks per paragraph (every German convention,
//! nesting, mistyped and ASCII marks, quotes running over paragraphs) and telling speech
//! from titles, names, terms and scare quotes.

use crate::lexicon::{Lexicon, CUE, DET, FUNC, KONJ1, PREP, PRONOUN, TITLE_CUE};
use crate::units::{Doc, Mark, UKind};

/// A paired (or recovered) top-level quotation.
#[derive(Debug, Clone, Copy)]
pub struct Pair {
    /// Unit index of the opening mark.
    pub open: usize,
    /// Unit index of the closing mark, or one past the paragraph's last unit if it runs on.
    pub close: usize,
    /// True if the closing mark is missing (runs to the paragraph end).
    pub open_ended: bool,
    /// Index of the first part of a multi-paragraph quotation this continues, if any.
    pub continues: Option<usize>,
}

/// Which family a mark opens, given the paragraph's guillemet direction.
fn opens(m: Mark, guil_german: bool) -> Option<u8> {
    match m {
        Mark::Low9 | Mark::LeftDouble | Mark::Ascii => Some(0),
        Mark::GuilRight if guil_german => Some(0),
        Mark::GuilLeft if !guil_german => Some(0),
        Mark::Low9Single | Mark::LeftSingle => Some(1),
        Mark::SGuilRight if guil_german => Some(1),
        Mark::SGuilLeft if !guil_german => Some(1),
        _ => None,
    }
}

fn closes(m: Mark, family: u8, guil_german: bool) -> bool {
    match family {
        0 => match m {
            Mark::LeftDouble | Mark::RightDouble | Mark::Ascii => true,
            Mark::GuilLeft => guil_german,
            Mark::GuilRight => !guil_german,
            _ => false,
        },
        _ => match m {
            Mark::LeftSingle | Mark::RightSingle => true,
            Mark::SGuilLeft => guil_german,
            Mark::SGuilRight => !guil_german,
            _ => false,
        },
    }
}

/// Pairs the marks of every paragraph. Unbalanced marks are dropped at the paragraph end.
pub fn pair_marks(doc: &Doc, text: &str) -> Vec<Pair> {
    let mut out = Vec::new();
    let units = &doc.units;
    // An open quotation at the end of the previous paragraph, continued if the next
    // paragraph opens with a mark again.
    let mut carry: Option<usize> = None;
    for para in &doc.paragraphs {
        let mut guil_german = true;
        for u in &units[para.clone()] {
            match u.mark() {
                Some(Mark::GuilRight) => break,
                Some(Mark::GuilLeft) => {
                    guil_german = false;
                    break;
                }
                _ => {}
            }
        }
        let continues = carry.take();
        // Top-level open quote: (unit, family, mark).
        let mut top: Option<(usize, u8, Mark)> = None;
        let mut inner_open = false;
        // Outer quotations opened with the same mark as a nested one (out length at the time).
        let mut outer: Vec<(usize, (usize, u8, Mark))> = Vec::new();
        // Set while the top quotation is an outer one whose nested pairs are in `out`
        // from this length on.
        let mut restored_from: Option<usize> = None;
        for i in para.clone() {
            let Some(m) = units[i].mark() else { continue };
            let prev_space = i == para.start || units[i - 1].span.end < units[i].span.start;
            let next_space = i + 1 >= para.end || units[i + 1].span.start > units[i].span.end;
            // An apostrophe inside or after a word (`geht’s`, `Kids’`) is no mark.
            if matches!(m, Mark::RightSingle | Mark::LeftSingle) && !prev_space && top.is_none() {
                continue;
            }
            match top {
                Some((o, fam, om)) => {
                    if fam == 0 && inner_open && closes(m, 1, guil_german) {
                        inner_open = false;
                        continue;
                    }
                    if fam == 0 && opens(m, guil_german) == Some(1) && m != Mark::RightSingle {
                        if prev_space || !next_space {
                            inner_open = true;
                        }
                        continue;
                    }
                    let closing = closes(m, fam, guil_german)
                        && !(m == Mark::Ascii && prev_space && !next_space && om != Mark::Ascii);
                    // The same opener again before any closer: the first was never closed.
                    let reopen = m == om && m != Mark::Ascii && m != Mark::LeftDouble;
                    let reopen_ascii =
                        m == Mark::Ascii && prev_space && !next_space && om == Mark::Ascii;
                    if closing
                        && !reopen_ascii
                        && !(m == Mark::LeftDouble
                            && prev_space
                            && !next_space
                            && om != Mark::LeftDouble)
                    {
                        // The outer quotation of a nested same-mark pair closes: the nested
                        // pair is part of it.
                        if let Some(len) = restored_from.take() {
                            out.truncate(len);
                        }
                        out.push(Pair {
                            open: o,
                            close: i,
                            open_ended: false,
                            continues: None,
                        });
                        top = None;
                        inner_open = false;
                        if let Some((len, prev)) = outer.pop() {
                            top = Some(prev);
                            restored_from = Some(len);
                        }
                    } else if reopen
                        && m == Mark::Low9
                        && outer.is_empty()
                        && restored_from.is_none()
                    {
                        // `„… „Small-Business“ …“`: the same mark nested; keep the outer open.
                        outer.push((out.len(), (o, fam, om)));
                        top = Some((i, fam, m));
                        inner_open = false;
                    } else if reopen || reopen_ascii || opens(m, guil_german) == Some(fam) {
                        top = Some((i, opens(m, guil_german).unwrap_or(fam), m));
                        inner_open = false;
                        outer.clear();
                        restored_from = None;
                    }
                }
                None => {
                    if let Some(f) = opens(m, guil_german) {
                        // An opener needs text right after it.
                        if next_space && i + 1 < para.end {
                            continue;
                        }
                        if m == Mark::Ascii && !prev_space && next_space {
                            continue;
                        }
                        top = Some((i, f, m));
                    } else if m == Mark::RightDouble && prev_space && !next_space {
                        // Mistyped `”…”`.
                        top = Some((i, 0, m));
                    }
                }
            }
        }
        // An outer quotation that never closed keeps its nested pairs and is dropped.
        if restored_from.is_some() {
            top = None;
        }
        if let Some((o, fam, m)) = top {
            // Runs to the paragraph end: a multi-paragraph quotation if the next paragraph
            // opens with the same kind of mark, else recovered as open-ended when it reads
            // like speech (checked by the filter), else dropped.
            let pend = para.end;
            let next_opens = units
                .get(pend)
                .and_then(|u| u.mark())
                .is_some_and(|nm| nm == m || opens(nm, guil_german) == Some(fam));
            if fam == 0 && o + 1 < pend {
                out.push(Pair {
                    open: o,
                    close: pend,
                    open_ended: !next_opens,
                    continues,
                });
                if next_opens {
                    carry = Some(continues.unwrap_or(out.len() - 1));
                }
                continue;
            }
        }
        let _ = text;
        if let Some(c) = continues {
            // The continued quotation was closed in this paragraph: its last part.
            if let Some(p) = out
                .iter_mut()
                .rev()
                .find(|p| p.open >= para.start && p.open < para.end)
            {
                if p.continues.is_none() && p.open == first_mark(doc, para.start) {
                    p.continues = Some(c);
                }
            }
        }
    }
    out
}

fn first_mark(doc: &Doc, at: usize) -> usize {
    if doc.units.get(at).and_then(|u| u.mark()).is_some() {
        at
    } else {
        usize::MAX
    }
}

/// Speech or not: titles, names, terms and scare quotes are left out.
///
/// The rules follow how German news uses marks: speech is long, or ends in sentence
/// punctuation, or sits next to a verb of saying / a colon; titles and terms are short,
/// follow words like `sogenannte`, `Sendung`, `Titel`, and are mostly capitalised.
pub fn is_speech(doc: &Doc, text: &str, lex: &Lexicon, p: &Pair) -> bool {
    let units = &doc.units;
    let inner = &units[(p.open + 1).min(p.close)..p.close];
    let words = inner.iter().filter(|u| u.is_word()).count();
    if words == 0 {
        return false;
    }
    let lower = inner
        .iter()
        .filter(|u| u.is_word() && !u.cap && !u.digit)
        .count();
    let has_verbish = inner.iter().any(|u| {
        u.is_word() && (u.flags & (PRONOUN | KONJ1 | CUE) != 0 || u.flags & FUNC != 0 && !u.cap)
    });
    let last_punct = inner
        .iter()
        .rev()
        .find(|u| u.mark().is_none())
        .and_then(|u| u.punct());
    let final_punct = matches!(last_punct, Some('.' | '!' | '?' | '…'));
    let comma_inside = inner
        .iter()
        .any(|u| matches!(u.punct(), Some(',' | ':' | ';')));
    // What precedes the opening mark.
    let mut prev_word = None;
    let mut prev_punct = None;
    if let Some(q) = p.open.checked_sub(1) {
        match units[q].kind {
            UKind::Word => prev_word = Some(units[q]),
            UKind::Punct(c) => prev_punct = Some(c),
            UKind::Mark(_) => {}
        }
    }
    let para_start = doc
        .paragraphs
        .iter()
        .find(|r| r.contains(&p.open))
        .is_some_and(|r| r.start == p.open);
    let sent_start = {
        let s = doc.sentence_of(p.open);
        doc.sentences.get(s).is_some_and(|r| r.start == p.open)
    };
    let title_before = prev_word.is_some_and(|u| u.flags & TITLE_CUE != 0)
        || (p.open >= 2
            && units[p.open - 2].flags & TITLE_CUE != 0
            && prev_word.is_some_and(|u| u.flags & (PREP | FUNC) != 0 && !u.cap))
        || prev_word.is_some_and(|u| {
            // `die ARD-Sendung „…“`, `im Film „…“`: a capitalised noun right before the
            // mark ending in a title word.
            u.cap
                && text.get(u.span.range()).is_some_and(|w| {
                    let lw = w.to_lowercase();
                    [
                        "sendung",
                        "titel",
                        "film",
                        "buch",
                        "roman",
                        "album",
                        "magazin",
                        "zeitung",
                        "serie",
                        "show",
                        "programm",
                        "projekt",
                        "kampagne",
                        "aktion",
                        "operation",
                        "festival",
                        "lied",
                        "song",
                        "motto",
                        "begriff",
                        "stück",
                        "studie",
                        "initiative",
                        "gesetz",
                        "partei",
                        "bündnis",
                        "verein",
                        "band",
                        "preis",
                        "award",
                        "zeitschrift",
                        "blatt",
                        "portal",
                    ]
                    .iter()
                    .any(|t| lw.ends_with(t))
                })
        });
    // Cue verb in the same sentence outside the quotation (or a colon introducing it).
    let s = doc.sentence_of(p.open);
    let srange = doc.sentences.get(s).cloned().unwrap_or(0..0);
    let cue_near = (srange.start..p.open)
        .chain(
            p.close.saturating_add(1)..srange.end.max(p.close.saturating_add(1)).min(units.len()),
        )
        .any(|i| units[i].flags & CUE != 0)
        || {
            // `„…“, sagte X` across a sentence boundary inside the quotation.
            let after = p.close + 1;
            after + 2 < units.len()
                && units[after].punct() == Some(',')
                && units[after + 1..(after + 4).min(units.len())]
                    .iter()
                    .any(|u| u.flags & CUE != 0)
        };
    let colon = prev_punct == Some(':');
    // Content words written in lower case (function words do not count): names and
    // titles capitalise every content word (`Ärzte ohne Grenzen`), speech does not.
    let lower_content = inner
        .iter()
        .filter(|u| u.is_word() && !u.cap && !u.digit && u.flags & (FUNC | PREP | DET) == 0)
        .count();
    let prev_text = prev_word
        .and_then(|u| text.get(u.span.range()))
        .unwrap_or("");
    // `als „Wortbruch“`, `einen „Vertrauensbruch“`: an evaluative term someone used.
    let evaluative = matches!(
        prev_text,
        "als" | "ein" | "eine" | "einen" | "einem" | "einer" | "eines" | "sei" | "seien" | "wie"
    );
    let _ = (lex, has_verbish, lower);

    if p.open_ended {
        // Recovery of a forgotten closer: only clear speech.
        return words >= 6 && (final_punct || comma_inside) && (cue_near || colon || para_start);
    }
    let first_lower = inner
        .iter()
        .find(|u| u.is_word())
        .is_some_and(|u| !u.cap && !u.digit);
    // `der „United Front“`, `des „Kids’ Right to Read Project“`: a definite article right
    // before the mark names something; `Yacht „Dignité“`: an apposition to a noun.
    let prev_def = matches!(
        prev_text,
        "der" | "die" | "das" | "des" | "dem" | "den" | "Der" | "Die" | "Das" | "Den" | "Dem"
    );
    let prev_noun = prev_word
        .is_some_and(|u| u.cap && u.flags & (FUNC | PREP | DET | PRONOUN) == 0 && !sent_start)
        && doc
            .sentences
            .get(doc.sentence_of(p.open))
            .is_some_and(|r| r.start + 1 != p.open);
    // The quoted source of a report (`Wie „heise online“ berichtet`, `laut der „Welt“`,
    // `„Spiegel Online“ zufolge`, `die „Bild“ meldete`): a name, not speech.
    if words <= 4 && !final_punct && !comma_inside {
        let w = |i: usize| {
            units
                .get(i)
                .and_then(|u| text.get(u.span.range()))
                .unwrap_or("")
        };
        let mut b = p.open;
        if b > 0 && units[b - 1].flags & DET != 0 {
            b -= 1;
        }
        let source_before = b > 0 && matches!(w(b - 1), "laut" | "Laut" | "Wie" | "wie");
        let next = units.get(p.close + 1);
        let source_after = w(p.close + 1) == "zufolge"
            || next
                .is_some_and(|u| u.is_word() && !u.cap && u.flags & CUE != 0 && u.flags & DET == 0)
                && (b < p.open || sent_start || prev_punct.is_some());
        if source_before || source_after {
            return false;
        }
    }
    if title_before && !(words >= 8 && final_punct && lower_content >= 2) {
        return false;
    }
    // A short foreign name or title (`Union pour un Mouvement Populaire`, `Have a nice
    // day`, `in dubio pro reo`): a foreign function word and nobody said it nearby.
    if words <= 6 && !final_punct && !cue_near && !colon {
        const FOREIGN: &[&str] = &[
            "the", "of", "to", "and", "for", "at", "on", "a", "an", "is", "pour", "un", "une",
            "du", "et", "pro", "cum", "le", "la", "les", "del", "los", "las", "el", "y", "di",
            "my", "your", "with", "you", "we",
        ];
        if inner.iter().filter(|u| u.is_word() && !u.cap).any(|u| {
            text.get(u.span.range())
                .is_some_and(|w| FOREIGN.contains(&w))
        }) {
            return false;
        }
    }
    if prev_noun && !first_lower && !(final_punct && words >= 3) {
        return false;
    }
    if words >= 8 && (lower_content >= 2 || first_lower) {
        return true;
    }
    if final_punct && words >= 2 && !(lower_content == 0 && (prev_def || prev_noun)) {
        return true;
    }
    if first_lower {
        return words >= 2 || evaluative || cue_near || colon;
    }
    if lower_content >= 1 {
        return !(prev_def || prev_noun) && (words > 2 || evaluative || cue_near || final_punct)
            || words >= 5 && has_verbish;
    }
    // Every content word capitalised: a name or title, unless used as an evaluative term.
    evaluative && words <= 6 && (words > 1 || cue_near)
}
