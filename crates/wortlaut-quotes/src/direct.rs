//! Direct quotations: pairing quotation marks per paragraph (every German convention,
//! nesting, mistyped and ASCII marks, quotes running over paragraphs) and telling speech
//! from titles, names, terms and scare quotes.

use crate::lexicon::{
    Lexicon, COMP, CUE, DET, FINITE, FUNC, KONJ1, KONJ2, LASSEN, MARKER, PREP, PRONOUN,
    REPORT_VERB, SEP_BASE, SOLL, TITLE_CUE, WERFEN, ZITIEREN,
};
use crate::units::{Doc, Mark, UKind, Unit, SENT_MARK};
use std::ops::Range;

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
    pair_marks_into(doc, text, &mut out);
    out
}

/// [`pair_marks`] into `out` (cleared first, its allocation reused).
/// Unbalanced marks are dropped at the paragraph end.
pub fn pair_marks_into(doc: &Doc, text: &str, out: &mut Vec<Pair>) {
    out.clear();
    let units = &doc.units;
    // An open quotation at the end of the previous paragraph, continued if the next
    // paragraph opens with a mark again.
    let mut carry: Option<usize> = None;
    // Marks before this unit were paired already (a quotation closed in the paragraph
    // after the one it opened in).
    let mut skip_to = 0;
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        // Guillemet direction, voted when the first guillemet of the paragraph comes up:
        // paragraphs without any pay nothing.
        let mut guil: Option<bool> = None;
        let continues = carry.take();
        // A paragraph without a mark pairs nothing, and its sentences' flags say so without
        // a look at its units (a carried quotation just ends before it).
        if !may_hold_mark(doc, para.clone()) {
            continue;
        }
        // Top-level open quote: (unit, family, mark).
        let mut top: Option<(usize, u8, Mark)> = None;
        let mut inner_open = false;
        // Outer quotations opened with the same mark as a nested one (out length at the time).
        let mut outer: Vec<(usize, (usize, u8, Mark))> = Vec::new();
        // Set while the top quotation is an outer one whose nested pairs are in `out`
        // from this length on.
        let mut restored_from: Option<usize> = None;
        // Most units are no marks: walk the slices (no bounds check per unit) of the
        // paragraph's sentences that hold one, as their flags say.
        let units_with_marks = mark_sentences(doc, para.clone())
            .flat_map(|(start, us)| us.iter().enumerate().map(move |(k, u)| (start + k, u)))
            .filter(|&(i, _)| i >= skip_to);
        for (i, u) in units_with_marks {
            let Some(m) = u.mark() else { continue };
            if guil.is_none()
                && matches!(
                    m,
                    Mark::GuilRight | Mark::GuilLeft | Mark::SGuilRight | Mark::SGuilLeft
                )
            {
                guil = Some(guillemets_german(units, para.clone(), i));
            }
            let guil_german = guil.unwrap_or(true);
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
                    // A single mark open at the top level never holds a double quotation:
                    // it was stray (`in ‘Adi`, an apostrophe), and the double mark opens
                    // afresh instead of being swallowed until the paragraph end.
                    if fam == 1
                        && opens(m, guil_german) == Some(0)
                        && !next_space
                        && (prev_space || units[i - 1].punct().is_some())
                    {
                        top = Some((i, 0, m));
                        inner_open = false;
                        outer.clear();
                        restored_from = None;
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
                    } else if outer.is_empty()
                        && (reopen && m == Mark::Low9 && restored_from.is_none()
                        // (Or straight marks nested in typographic ones, one pair or more:
                        // `„Er nannte das "absurd"“`.)
                        || m == Mark::Ascii && om != Mark::Ascii && prev_space && !next_space)
                    {
                        // `„… „Small-Business“ …“`: the same mark nested; keep the outer open.
                        // (From the first nested pair on, which the outer's close drops.)
                        outer.push((restored_from.take().unwrap_or(out.len()), (o, fam, om)));
                        top = Some((i, fam, m));
                        inner_open = false;
                    } else if reopen || reopen_ascii || opens(m, guil_german) == Some(fam) {
                        // The open quotation was never closed: keep it up to its last
                        // sentence end as a recovered (open-ended) part, judged strictly
                        // by the filter. The ranges scanned back never overlap.
                        if fam == 0 && restored_from.is_none() {
                            // (Within its line, as at the paragraph end below.)
                            let stop = doc.line_end(text, o + 1, i);
                            let end = (o + 1..stop)
                                .rev()
                                .find(|&k| matches!(units[k].punct(), Some('.' | '!' | '?')));
                            if let Some(k) = end.filter(|&k| k > o + 1) {
                                out.push(Pair {
                                    open: o,
                                    close: k + 1,
                                    open_ended: true,
                                    continues: None,
                                });
                            }
                        }
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
        // An outer quotation that never closed keeps its nested pairs, and itself only up
        // to its last sentence end before them (recovered, open-ended).
        if let Some(len) = restored_from {
            if let (Some((o, 0, _)), Some(first)) = (top, out.get(len).map(|q| q.open)) {
                // (Within its line, as below.)
                let first = doc.line_end(text, o + 1, first);
                let end = (o + 1..first)
                    .rev()
                    .find(|&k| matches!(units[k].punct(), Some('.' | '!' | '?')));
                if let Some(k) = end.filter(|&k| k > o + 1) {
                    out.insert(
                        len,
                        Pair {
                            open: o,
                            close: k + 1,
                            open_ended: true,
                            continues: None,
                        },
                    );
                }
            }
            top = None;
        }
        if let Some((o, fam, m)) = top {
            // Runs to the paragraph end: a multi-paragraph quotation if the next paragraph
            // opens with the same kind of mark, else recovered as open-ended when it reads
            // like speech (checked by the filter), else dropped.
            let pend = para.end;
            let guil_german = guil.unwrap_or(true);
            // (A quotation running on opens its paragraph or follows a colon or comma of an
            // attribution, never a word: `Unter dem Titel „Zurück …` is a stray mark.)
            let run_on_start = o == para.start
                || o.checked_sub(1)
                    .and_then(|i| units.get(i))
                    .is_some_and(|u| !u.is_word());
            let next_opens = run_on_start
                && units
                    .get(pend)
                    .and_then(|u| u.mark())
                    .is_some_and(|nm| nm == m || opens(nm, guil_german) == Some(fam));
            // Not reopened, but closed in the next paragraph (`„…⏎⏎…“, sagte X`): one
            // quotation over both. (Its first mark is a closer right after a word.)
            let closed_next = (fam == 0 && run_on_start && !next_opens)
                .then(|| {
                    let np = doc.paragraphs.get(pi + 1)?;
                    let k = (np.start..np.end).find(|&k| units[k].mark().is_some())?;
                    let attached = k > np.start && units[k - 1].span.end == units[k].span.start;
                    (attached && closes(units[k].mark()?, fam, guil_german)).then_some(k)
                })
                .flatten();
            if let Some(k) = closed_next {
                out.push(Pair {
                    open: o,
                    close: k,
                    open_ended: false,
                    continues,
                });
                skip_to = k + 1;
                continue;
            }
            if fam == 0 && o + 1 < pend {
                // (Recovered, it ends with its line: the lines after an unclosed mark are
                // seldom its words, in text that breaks paragraphs with one line break.)
                let close = if next_opens {
                    pend
                } else {
                    doc.line_end(text, o + 1, pend)
                };
                out.push(Pair {
                    open: o,
                    close,
                    open_ended: !next_opens,
                    continues,
                });
                if next_opens {
                    carry = Some(continues.unwrap_or(out.len() - 1));
                }
                continue;
            }
        }
        if let Some(c) = continues {
            // The continued quotation was closed in this paragraph: its last part, the
            // pair at the paragraph's first mark (not a later one in it: `»…«, sagte sie
            // bei der Vorstellung des Berichts »Jugend digital«`).
            let first = first_mark(doc, para.start);
            if let Some(p) = out
                .iter_mut()
                .rev()
                .take_while(|p| p.open >= para.start)
                .find(|p| p.open == first)
            {
                if p.continues.is_none() {
                    p.continues = Some(c);
                }
            }
        }
    }
}

/// Whether units `para` may hold a quotation mark: false only if the flags of every
/// sentence over them lack [`SENT_MARK`].
fn may_hold_mark(doc: &Doc, para: Range<usize>) -> bool {
    let last = para.end.checked_sub(1).and_then(|e| doc.sent_of.get(e));
    let (Some(&a), Some(&b)) = (doc.sent_of.get(para.start), last) else {
        return true;
    };
    doc.sent_flags
        .get(a as usize..=b as usize)
        .is_none_or(|fs| fs.iter().any(|&f| f & SENT_MARK != 0))
}

/// The parts of the units `para` that may hold a quotation mark, in order, each with
/// the index of its first unit: the paragraph's part of each sentence whose flags have
/// [`SENT_MARK`] (all of it if the sentences do not say).
fn mark_sentences(doc: &Doc, para: Range<usize>) -> impl Iterator<Item = (usize, &[Unit])> + '_ {
    let last = para.end.checked_sub(1).and_then(|e| doc.sent_of.get(e));
    let sentences = match (doc.sent_of.get(para.start), last) {
        (Some(&a), Some(&b)) if a <= b && (b as usize) < doc.sentences.len() => {
            a as usize..b as usize + 1
        }
        _ => 0..0,
    };
    let whole = sentences.is_empty().then(|| para.clone());
    sentences
        .filter(|&s| doc.sent_flags.get(s).is_none_or(|&f| f & SENT_MARK != 0))
        .filter_map(|s| doc.sentences.get(s))
        .map(move |r| r.start.max(para.start)..r.end.min(para.end))
        .chain(whole)
        .filter_map(|r| Some((r.start, doc.units.get(r)?)))
}

/// Which way the paragraph's guillemets point: German `»…«` (true) or Swiss/French `«…»`.
/// `from` is the paragraph's first guillemet (nothing before it votes).
///
/// Each guillemet votes by its spacing: one with a space before and a word after opens,
/// one attached to the word before closes. A text that starts inside a quotation (`…!«
/// »Ich komme«, erwiderte sie`) is then read the right way round, unlike a rule that
/// trusts the first guillemet.
fn guillemets_german(units: &[Unit], para: Range<usize>, from: usize) -> bool {
    let end = para.end.min(units.len());
    let mut german = 0i64;
    for i in from.max(para.start)..end {
        let u = &units[i];
        let right = match u.mark() {
            Some(Mark::GuilRight | Mark::SGuilRight) => true,
            Some(Mark::GuilLeft | Mark::SGuilLeft) => false,
            _ => continue,
        };
        let prev_space = i == para.start || units[i - 1].span.end < u.span.start;
        let next_space = i + 1 >= end || units[i + 1].span.start > u.span.end;
        if prev_space && !next_space {
            // Opens.
            german += if right { 1 } else { -1 };
        } else if !prev_space {
            // Closes.
            german += if right { -1 } else { 1 };
        }
    }
    german >= 0
}

fn first_mark(doc: &Doc, at: usize) -> usize {
    if doc.units.get(at).and_then(|u| u.mark()).is_some() {
        at
    } else {
        usize::MAX
    }
}

/// How far (in units) the context scans around a quotation reach: keeps the filter linear
/// on documents with very long sentences full of marks.
const WINDOW: usize = 48;

/// How far (in units) the search for a verb of judging or naming reaches on each side.
const VERB_WINDOW: usize = 16;

/// Nouns that name a work, event or organisation, as the last part of the word right before
/// the opening mark (`die ARD-Sendung „…“`, `im Film „…“`), compared ASCII-case-insensitively.
const TITLE_HEADS: &[&str] = &[
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
    "kongress",
    "messe",
    "tagung",
    "ausstellung",
    // Categories name a label: `im Bereich „…“`, `in der Kategorie „…“`.
    "bereich",
    "kategorie",
    "rubrik",
    "sparte",
    "disziplin",
];

/// Heads of official names that go on with a preposition or a genitive (`„Gesetz zur
/// Änderung des Passgesetzes“`, `„Bündnis gegen Rechts“`, `„Partei der Arbeit“`),
/// matched as word endings so compounds count (`Kompetenzzentrum`).
const NAME_HEADS: &[&str] = &[
    "gesetz",
    "verordnung",
    "richtlinie",
    "abkommen",
    "vertrag",
    "konvention",
    "programm",
    "initiative",
    "bündnis",
    "verein",
    "verband",
    "stiftung",
    "institut",
    "komitee",
    "kommission",
    "ausschuss",
    "netzwerk",
    "bewegung",
    "kampagne",
    "aktion",
    "preis",
    "konferenz",
    "partei",
    "gesellschaft",
    "zentrum",
    "forum",
];

/// `w` is a title head of [`TITLE_HEADS`], bare or in the genitive (`des Magazins`, `des
/// Magazines`). Plurals are left out: `Goldstücke`, `Ausgaben` are no heads of a title.
pub(crate) fn title_head(w: &str) -> bool {
    ["", "s", "es"].iter().any(|end| {
        ends_with_ci(w, end)
            && w.get(..w.len() - end.len())
                .is_some_and(|stem| TITLE_HEADS.iter().any(|t| ends_with_ci(stem, t)))
    })
}

/// `w` ends with `suffix` (lower case), comparing ASCII letters case-insensitively.
fn ends_with_ci(w: &str, suffix: &str) -> bool {
    let (w, s) = (w.as_bytes(), suffix.as_bytes());
    w.len() >= s.len()
        && w[w.len() - s.len()..]
            .iter()
            .zip(s)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
}

/// `w` starts with `prefix` (lower case), comparing ASCII letters case-insensitively.
fn starts_with_ci(w: &str, prefix: &str) -> bool {
    let (w, s) = (w.as_bytes(), prefix.as_bytes());
    w.len() >= s.len()
        && w[..s.len()]
            .iter()
            .zip(s)
            .all(|(a, b)| a.to_ascii_lowercase() == *b)
}

/// Verbs of judging that take the quoted words as what someone called a thing (`wies
/// die Vorwürfe als „haltlos“ zurück`, `wertete den Besuch als „wichtiges Zeichen“`,
/// `hält das für „falsch“`), as word beginnings. They are not verbs of saying, but the
/// quoted term is someone's wording.
const JUDGE: &[&str] = &[
    "wertet",
    "wertete",
    "gewertet",
    "bewert",
    "einstuf",
    "eingestuft",
    "stuft",
    "feiert",
    "gefeiert",
    "zurückgewiesen",
    "zurückweis",
    "wies",
    "weist",
    "urteilt",
    "beurteil",
    "charakterisier",
    "verurteil",
    "betrachte",
    "hält",
    "hielt",
    "gehalten",
    "sieht",
    "sah",
    "lobt",
    "gelobt",
    "würdigt",
    "gewürdigt",
    "begrüß",
    "kritisier",
    "attestier",
    "unterstell",
    "abgetan",
    "brandmark",
    "geißel",
];

/// Verbs of being known or presented as something (`galt als „Pitbull des Vatikans“`,
/// `als „Stadt der Literatur“ ausgezeichnet`, `präsentiert sich als …`): the quoted words
/// are a name or label, not what someone said.
const NAMING: &[&str] = &[
    "gilt",
    "galt",
    "gelten",
    "gegolten",
    "bekannt",
    "präsentier",
    "ausgezeichnet",
    "auszeichn",
    "dient",
    "diente",
    "fungier",
    "firmier",
    "engagier",
    "getauft",
    "benannt",
];

/// Nouns naming an utterance's wording (`mit den Worten „…“`, `die Parole „…“`, `mit der
/// Aufschrift „…“`), matched as word endings so compounds count (`Abschiedsworte`,
/// `Wahlparole`): what follows is quoted speech or writing even when short.
const UTTERANCE: &[&str] = &[
    "worte",
    "worten",
    "parole",
    "parolen",
    "aufschrift",
    "feststellung",
    "zitat",
];

/// The same for nouns whose compounds mean something else (`Anspruch`, `Freispruch`,
/// `Ansprüche`): matched as whole words only (`Sprüche wie „…“`).
const UTTERANCE_WORDS: &[&str] = &["spruch", "sprüche", "sprüchen", "ausruf", "ausrufe"];

/// Verbs of advising, warning and speaking whose prepositional object names what was
/// said (`warnte vor „Panikmache“`, `riet zu „Gelassenheit“`, `sprach von einem
/// „Skandal“`), as word beginnings with their preposition.
const FRAME_VERBS: &[(&str, &[&str])] = &[
    ("warn", &["vor"]),
    ("gewarnt", &["vor"]),
    ("riet", &["zu", "zur", "zum"]),
    ("rät", &["zu", "zur", "zum"]),
    ("rate", &["zu", "zur", "zum"]),
    ("geraten", &["zu", "zur", "zum"]),
    ("mahn", &["zu", "zur", "zum"]),
    ("ermahn", &["zu", "zur", "zum"]),
    ("sprach", &["von", "vom"]),
    ("sprech", &["von", "vom"]),
    ("spricht", &["von", "vom"]),
    ("gesprochen", &["von", "vom"]),
];

/// What the speech filter looks at for one pair.
#[derive(Debug, Clone, Copy, Default)]
struct Feats<'t> {
    /// Words inside the marks.
    words: usize,
    /// Content words inside written in lower case.
    lower_content: usize,
    /// The first word inside is lower case.
    first_lower: bool,
    /// The first word is letters only, four or more (`sportlich`; not `mg`, `bbc.co.uk`).
    first_plain: bool,
    /// The content ends in `.!?…`.
    final_punct: bool,
    /// A comma, colon or semicolon inside.
    comma_inside: bool,
    /// A pronoun, Konjunktiv form, cue verb or lower-case function word inside.
    verbish: bool,
    /// A word in lower case inside other than an article, a preposition or `und`, `oder`,
    /// `sowie` (`es gibt`: a clause; `Oskar, Rico und Herzgebreche`: a list of names).
    clause_word: bool,
    /// The word right before the opening mark, and the punctuation there.
    prev_text: &'t str,
    prev_punct: Option<char>,
    /// A title word (`sogenannte`, `Sendung`) right before, or before a preposition.
    title_before: bool,
    /// A definite article right before.
    prev_def: bool,
    /// A capitalised noun right before (an apposition: `Yacht „Dignité“`).
    prev_noun: bool,
    /// `als`, an indefinite article, `sei`, `wie` right before: an evaluative term.
    evaluative: bool,
    /// A verb of saying in the sentence outside the marks, or `„…“, sagte` after them.
    cue_near: bool,
    /// The opening mark starts its paragraph / its sentence.
    para_start: bool,
    sent_start: bool,
    /// The quotation is a report's source (`laut der „Welt“`, `„Bild“ zufolge`).
    source: bool,
    /// A foreign function word inside (`Have a nice day`).
    foreign: bool,
    /// In parentheses on its own (`Operation „Cast Lead“ („gegossenes Blei“)`): a gloss.
    gloss: bool,
    /// In a line opened by a speaker's label and a colon before it (`Naturschutzbund:
    /// Schritt der Uni „international diffamierende Schande“`): the label's words.
    labelled: bool,
    /// In parentheses right after a person (`Peter Roth („Wir haben gekämpft“)`): what
    /// the person said, as reactions are listed.
    bracket_person: bool,
    /// Given as a name: `auch „Bruno“ genannt`, `die man „Kultur“ nennt`, `nennt man
    /// einen „Aktiensplit“`.
    named: bool,
    /// A Konjunktiv form or reportative `soll` in the sentence outside the marks.
    konj: bool,
    /// `dass`/`ob` in the sentence before the marks.
    comp: bool,
    /// A report marker (`laut`, `zufolge`, `Angaben`) in the sentence outside the marks.
    marker: bool,
    /// The word after the closing mark.
    next_text: &'t str,
    /// The word two before the opening mark.
    prev2_text: &'t str,
    /// The quotation stands as a line of its own, or before a colon at a line's start.
    line_alone: bool,
    /// The quotation is a linked article's title after `Lesen Sie auch:`, `Mehr zum Thema:`.
    link_title: bool,
    /// Any verb of saying (also separable and `lassen`/`zitieren` forms) in the sentence
    /// outside the marks.
    speech_verb: bool,
    /// A verb of judging (see [`JUDGE`]) in the sentence outside the marks.
    judge: bool,
    /// A verb of being known as (see [`NAMING`]) or a reflexive `sich` right before.
    naming: bool,
    /// A noun naming an utterance (see [`UTTERANCE`]) among the four words before.
    utterance: bool,
    /// `„…“, sagte`: a comma and a lower-case verb of saying right after the closing mark.
    cue_after: bool,
    /// A verb of saying before a colon right before the opening mark.
    colon_cue: bool,
    /// A finite verb of saying right before the opening mark, whose object the quotation
    /// is (`riefen „Wir sind das Volk“`).
    cue_before: bool,
    /// The quotation opens with an ordinal number and a word (`die „4. Winterwelt“`,
    /// `beim „22. Bol d’or“`): the numbered edition of an event or product, a name.
    ordinal_name: bool,
    /// A colon or `lautet` after a clause that names a work (`stellte die neue CD der
    /// Gruppe vor: „…“`, `der Name lautet „…“`): what follows is the work's title.
    colon_title: bool,
    /// The quotation is the object of a verb of warning, advising, speaking or reproach
    /// (see [`FRAME_VERBS`], [`WERFEN`]): the words someone voiced.
    voiced_object: bool,
    /// A finite verb of saying (maybe with its pronoun) right before a comma right
    /// before the opening mark.
    comma_cue: bool,
    /// The first word inside is a lower-case determiner (`ein`, `kein`, `die`): a noun
    /// phrase, not a title set after its head noun (`sieht im Gesetz „kein Hindernis“`).
    first_det: bool,
    /// The quotation is an official name: a head such as `Gesetz` or `Bündnis` followed
    /// by a preposition or genitive (`„Gesetz zur Änderung des Passgesetzes“`).
    official_name: bool,
    /// The closing mark is glued by a hyphen to the word after: the quotation is the
    /// first part of a compound (`die „Eins zu Eins“-Begegnung`, `„Bild“-Zeitung`).
    compound: bool,
}

fn features<'t>(doc: &Doc, text: &'t str, lex: &Lexicon, p: &Pair) -> Feats<'t> {
    let units = &doc.units;
    let w = |i: usize| {
        units
            .get(i)
            .and_then(|u| text.get(u.span.range()))
            .unwrap_or("")
    };
    let inner = units
        .get((p.open + 1).min(p.close)..p.close.min(units.len()))
        .unwrap_or(&[]);
    let mut f = Feats::default();
    let mut first_word = true;
    for u in inner {
        match u.kind {
            UKind::Word => {
                f.words += 1;
                // A lower-case word with an inner capital or digit (`iPod`, `eBay`, `c4`) is a name.
                let t = if u.cap || u.digit { "" } else { u.text(text) };
                let lower = !u.cap
                    && !u.digit
                    && !t
                        .bytes()
                        .skip(1)
                        .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
                if first_word {
                    f.first_lower = lower;
                    f.first_plain = t.len() >= 4 && t.chars().all(char::is_alphabetic);
                    f.first_det = lower && u.flags & DET != 0;
                    first_word = false;
                }
                // A foreign function word (`pour la`, `of the`) marks a foreign name or
                // quotation; it is no German lower-case content word.
                const FOREIGN: &[&str] = &[
                    "the", "of", "to", "and", "for", "at", "on", "a", "an", "is", "pour", "un",
                    "une", "du", "de", "et", "pro", "cum", "le", "la", "les", "del", "los", "las",
                    "el", "y", "di", "my", "your", "with", "you", "we",
                ];
                // German function words (`an`, `die`) are looked up already: not foreign.
                let foreign = lower
                    && t.len() <= 4
                    && u.flags & (FUNC | PREP | DET | PRONOUN) == 0
                    && FOREIGN.contains(&t);
                f.foreign |= foreign;
                if lower && !foreign && u.flags & (FUNC | PREP | DET) == 0 {
                    f.lower_content += 1;
                }
                f.verbish |= u.flags & (PRONOUN | KONJ1 | CUE) != 0 || u.flags & FUNC != 0 && lower;
                f.clause_word |=
                    lower && u.flags & (DET | PREP) == 0 && !matches!(t, "und" | "oder" | "sowie");
                // Enough read to call it a sentence (see the fast path below): the rest of
                // a long quotation changes no decision, bar a recovered one's punctuation.
                if !p.open_ended && f.words >= 8 && f.lower_content >= 2 {
                    break;
                }
            }
            UKind::Punct(c) => f.comma_inside |= matches!(c, ',' | ':' | ';'),
            UKind::Mark(_) => {}
        }
    }
    let last_punct = inner
        .iter()
        .rev()
        .find(|u| u.mark().is_none())
        .and_then(|u| u.punct());
    f.final_punct = matches!(last_punct, Some('.' | '!' | '?' | '…'));
    // A name holds no pronoun, Konjunktiv or verb of saying.
    f.official_name = match inner {
        [head, link, ..] if head.is_word() && head.cap && link.is_word() => {
            matches!(
                link.text(text),
                "zur" | "zum" | "für" | "gegen" | "über" | "des" | "der" | "vom" | "von"
            ) && NAME_HEADS.iter().any(|h| ends_with_ci(head.text(text), h))
                && inner.len() <= 32
                && !inner.iter().any(|u| u.flags & (PRONOUN | KONJ1 | CUE) != 0)
        }
        _ => false,
    };
    f.ordinal_name = match inner {
        [n, dot, w, ..] => {
            n.is_word()
                && n.text(text).bytes().all(|b| b.is_ascii_digit())
                && dot.punct() == Some('.')
                && w.is_word()
                && w.cap
        }
        _ => false,
    };
    f.compound = !p.open_ended
        && units.get(p.close).is_some_and(|u| {
            let after = text.get(u.span.end..).unwrap_or("");
            let mut cs = after.chars();
            cs.next() == Some('-')
                && cs.next().is_some_and(char::is_alphanumeric)
                // Chants are speech: `„Nie wieder“-Rufe`.
                && !starts_with_ci(&after[1..], "ruf")
        });
    let mut prev_word = None;
    if let Some(q) = p.open.checked_sub(1) {
        match units[q].kind {
            UKind::Word => prev_word = Some(units[q]),
            UKind::Punct(c) => f.prev_punct = Some(c),
            UKind::Mark(_) => {}
        }
    }
    f.prev_text = prev_word
        .and_then(|u| text.get(u.span.range()))
        .unwrap_or("");
    let pi = doc.paragraphs.partition_point(|r| r.end <= p.open);
    f.para_start = doc.paragraphs.get(pi).is_some_and(|r| r.start == p.open);
    let s = doc.sentence_of(p.open);
    let srange = doc.sentences.get(s).cloned().unwrap_or(0..0);
    f.sent_start = srange.start == p.open;
    f.title_before = !f.first_det
        && (prev_word.is_some_and(|u| u.flags & TITLE_CUE != 0)
            || (p.open >= 2
                && units[p.open - 2].flags & TITLE_CUE != 0
                && prev_word.is_some_and(|u| u.flags & (PREP | FUNC) != 0 && !u.cap)
                // `als`/`wie` start a predicate, not a title's attachment: `hält die
                // Arbeit im Verein als „…“`.
                && !matches!(f.prev_text, "als" | "wie"))
            || prev_word.is_some_and(|u| u.cap && title_head(f.prev_text)));
    // Long and written like a sentence (most quotations in news): `decide` accepts it
    // whatever the context, so the context is not read.
    if !p.open_ended && !f.title_before && f.words >= 8 && (f.lower_content >= 2 || f.first_lower) {
        return f;
    }
    // Cue verb in the same sentence outside the quotation (within the window).
    let before = srange.start.max(p.open.saturating_sub(WINDOW))..p.open;
    let after_lo = p.close.saturating_add(1).min(units.len());
    let after_hi = srange
        .end
        .min(after_lo + WINDOW)
        .max(after_lo)
        .min(units.len());
    f.prev2_text = if p.open >= 2 { w(p.open - 2) } else { "" };
    // (A line of its own, or a headline's part before its colon.)
    f.line_alone = !p.open_ended
        && units
            .get(p.open)
            .zip(units.get(p.close))
            .is_some_and(|(o, c)| {
                let before = text
                    .get(..o.span.start)
                    .unwrap_or("")
                    .trim_end_matches([' ', '\t']);
                let after = text
                    .get(c.span.end..)
                    .unwrap_or("")
                    .trim_start_matches([' ', '\t']);
                (before.is_empty() || before.ends_with('\n'))
                    && (after.is_empty() || after.starts_with(['\n', ':']))
            });
    // (`Lesen Sie auch: „…“`, `Mehr zum Thema: „…“`: the title of a linked article.)
    f.link_title = f.prev_punct == Some(':')
        && (matches!(f.prev2_text, "Lesetipp" | "Lesetipps" | "Weiterlesen")
            || p.open >= 3
                && matches!(
                    (w(p.open - 3), f.prev2_text),
                    ("Sie", "auch" | "mehr") | ("zum" | "Zum", "Thema") | ("Auch", "interessant")
                ));
    f.next_text = w(p.close + 1);
    f.gloss =
        f.prev_punct == Some('(') && units.get(p.close + 1).and_then(|u| u.punct()) == Some(')');
    f.labelled = p.open >= 2 && crate::attrib::speaker_label(doc, text, p.open).is_some();
    f.bracket_person = f.gloss
        && p.open >= 2
        && crate::attrib::person_before_bracket(doc, text, p.open - 1).is_some();
    // One pass each side: the lexicon flags of the sentence around the quotation.
    // `nach` and `so` are markers only in some uses (`nach Angaben`, `…, so X`).
    let scan = |r: &[Unit]| {
        let (mut flags, mut marker) = (0u32, false);
        for u in r {
            flags |= u.flags;
            if u.flags & MARKER != 0 && !marker {
                marker = !matches!(
                    text.get(u.span.range()),
                    Some("nach" | "Nach" | "so" | "So")
                );
            }
        }
        (flags, marker)
    };
    let (fb, mb) = scan(&units[before.clone()]);
    let (fa, ma) = scan(&units[after_lo..after_hi]);
    let around = fb | fa;
    f.konj = around & (KONJ1 | KONJ2 | SOLL) != 0;
    f.marker = mb || ma;
    f.speech_verb = around & (CUE | SEP_BASE | LASSEN | ZITIEREN) != 0;
    f.comp = fb & COMP != 0;
    f.colon_cue = f.prev_punct == Some(':') && fb & (CUE | ZITIEREN) != 0;
    // `Er sagte, „…“ dürfe es nicht geben`, `sagte sie, „…“`: the quotation opens the
    // clause that a finite verb of saying before the comma introduces.
    f.comma_cue = f.prev_punct == Some(',')
        && p.open >= 2
        && units[p.open - 2..p.open - 1]
            .iter()
            .chain(
                units
                    .get(p.open.saturating_sub(3)..p.open - 2)
                    .filter(|_| units[p.open - 2].flags & PRONOUN != 0)
                    .unwrap_or(&[]),
            )
            .any(|u| u.is_word() && !u.cap && u.flags & CUE != 0 && u.flags & FINITE != 0);
    // Also `der Name lautet (also) „…“`.
    let lautet = |t: &str| matches!(t, "lautet" | "lautete" | "lauten" | "lauteten");
    f.colon_title = (f.prev_punct == Some(':') || lautet(f.prev_text) || lautet(f.prev2_text))
        && units[before.clone()]
            .iter()
            .any(|u| u.is_word() && u.cap && (u.flags & TITLE_CUE != 0 || u.text(text) == "CD"));
    // Only for a quotation opening its clause: `der „New York Times“, bekräftigt` names.
    // The comma may also stand inside the marks, as in older typography: `»…,« sagte er`.
    let saying = |u: &Unit| u.is_word() && !u.cap && u.flags & CUE != 0 && u.flags & FINITE != 0;
    // A verb the lexicon does not know (`erwiderte`, `fuhr … fort`) in the inverted
    // attribution: a lower-case content word at `v`, followed by its subject.
    // (The base of a separable verb of saying counts even as a function word: `gab X zu`.)
    let verb_like = |v: usize| {
        units.get(v).is_some_and(|u| {
            saying(u)
                || u.is_word()
                    && !u.cap
                    && !u.digit
                    && (u.flags & (FUNC | PREP | DET | PRONOUN | COMP) == 0
                        || u.flags & (SEP_BASE | LASSEN) != 0)
                    && units
                        .get(v + 1)
                        .is_some_and(|n| n.is_word() && (n.cap || n.flags & (PRONOUN | DET) != 0))
        })
    };
    // The comma may also stand inside the marks, as in older typography: `»…,« sagte er`.
    let comma_in = p.close > p.open + 1
        && matches!(
            units.get(p.close - 1).and_then(|u| u.punct()),
            Some(',' | '–')
        );
    // (Or `so` and its source: `„…“, so Außenministerin X, „…“`.)
    let so_source = |i: usize| {
        w(i) == "so"
            && units
                .get(i + 1)
                .is_some_and(|n| n.is_word() && (n.cap || n.flags & DET != 0))
    };
    f.cue_after = (f.sent_start || f.prev_punct.is_some() || prev_word.is_none())
        && match units.get(p.close + 1) {
            Some(u) if u.punct() == Some(',') => {
                verb_like(p.close + 2)
                    || f.sent_start && so_source(p.close + 2)
                    // (`„…“, hieß es in …`: `es` is no subject the test above knows.)
                    || matches!(w(p.close + 2), "heißt" | "hieß") && w(p.close + 3) == "es"
            }
            Some(_) => comma_in && verb_like(p.close + 1),
            None => false,
        };
    f.cue_before = p
        .open
        .checked_sub(1)
        .and_then(|i| units.get(i))
        .is_some_and(saying);
    f.cue_near = around & CUE != 0 || {
        // `„…“, sagte X` across a sentence boundary inside the quotation.
        let after = p.close + 1;
        after + 2 < units.len()
            && units[after].punct() == Some(',')
            && units[after + 1..(after + 4).min(units.len())]
                .iter()
                .any(|u| u.flags & CUE != 0)
    };
    if short_term(&f) {
        // Short quotations are judged by the verb governing them: word lists, looked up
        // only where the decision needs them and only near the marks.
        let near = |r: Range<usize>| units.get(r).unwrap_or(&[]);
        let lo = srange.start.max(p.open.saturating_sub(VERB_WINDOW));
        let hi = after_hi.min(after_lo + VERB_WINDOW);
        // Verbs are lower case (bar a sentence's first word) and never function words.
        let has = |list: &[&str]| {
            near(lo..p.open).iter().chain(near(after_lo..hi)).any(|u| {
                u.is_word()
                    && (!u.cap || units.get(srange.start).is_some_and(|s| s.span == u.span))
                    && u.flags & (FUNC | PREP | DET | PRONOUN) == 0
                    && text.get(u.span.range()).is_some_and(|t| {
                        t.len() >= 3 && list.iter().any(|st| starts_with_ci(t, st))
                    })
            })
        };
        let als = matches!(f.prev_text, "als" | "Als");
        let colon = f.prev_punct == Some(':');
        let context = f.speech_verb || f.konj || f.marker || f.comp || colon;
        if als || f.words <= 2 && !context {
            f.judge = has(JUDGE);
        }
        if als {
            f.naming = has(NAMING);
        }
        f.naming |= f.prev_text == "sich" || f.prev_text == "selbst" && f.prev2_text == "sich";
        // `man` among the four words before and a form of `nennen`/`bezeichnen` nearby;
        // or a reflexive `sich` and a form of `nennen`: a name taken (`nennt sich „…“`,
        // `die sich selbst „…“ nennt`), where `nannte die Pläne „…“` is a judgement voiced.
        let (mut man, mut sich) = (false, false);
        for u in near(p.open.saturating_sub(4).max(srange.start)..p.open) {
            match text.get(u.span.range()) {
                Some("man") => man = true,
                Some("sich") => sich = true,
                _ => {}
            }
        }
        // `heißt es` after the marks is a report (`„…“ hieß es aus dem Ministerium`).
        let heissen =
            matches!(f.next_text, "heißt" | "hieß" | "heißen" | "hießen") && w(p.close + 2) != "es";
        f.named = matches!(f.next_text, "genannt" | "getauft" | "benannt")
            || heissen
            || man && has(&["nenn", "nann", "bezeichn"])
            || sich && has(&["nenn", "nann"]);
        // `warnte (die CDU) vor (einem) „…“`: a preposition, maybe with its article,
        // right before the marks, and its verb among the four words before it.
        let mut j = p.open;
        if j > 0 && units[j - 1].flags & DET != 0 && !units[j - 1].cap {
            j -= 1;
        }
        let prep = j
            .checked_sub(1)
            .map(|k| units[k])
            .filter(|u| u.is_word())
            .map(|u| u.text(text))
            .filter(|t| matches!(*t, "vor" | "zu" | "zur" | "zum" | "von" | "vom"));
        if let Some(prep) = prep {
            f.voiced_object |= words_back(units, srange.start, j - 1).any(|u| {
                let t = u.text(text);
                !u.cap
                    && FRAME_VERBS
                        .iter()
                        .any(|(v, ps)| starts_with_ci(t, v) && ps.contains(&prep))
            });
        }
        // `forderte „mehr Respekt“`, `kritisierte „Willkür“`: the object of a verb that
        // sums up a speech act, right before the marks; not an inverted subject such as
        // `kritisierte „Die Zeit“`.
        f.voiced_object |= prev_word
            .is_some_and(|u| !u.cap && u.flags & REPORT_VERB != 0 && u.flags & FINITE != 0)
            && !inner.first().is_some_and(|u| u.cap && u.flags & DET != 0);
        // `warf der Regierung „…“ vor.`: a reproach voiced. (A form of `werfen` that the
        // lexicon reads as the base of `vor`: the finite ones, not the participle.)
        if f.next_text == "vor" && units.get(p.close + 2).is_none_or(|u| u.punct().is_some()) {
            f.voiced_object |= units[before.clone()].iter().any(|u| {
                let t = u.text(text);
                !u.cap && WERFEN.contains(&t) && lex.particles(t).contains(&"vor")
            });
        }
    }
    // `Parolen wie zum Beispiel „…“`.
    f.utterance = words_back(units, srange.start, p.open).any(|u| {
        u.cap
            && text.get(u.span.range()).is_some_and(|t| {
                UTTERANCE.iter().any(|e| ends_with_ci(t, e))
                    || UTTERANCE_WORDS
                        .iter()
                        .any(|e| t.len() == e.len() && ends_with_ci(t, e))
            })
    });
    f.evaluative = matches!(
        f.prev_text,
        "als" | "ein" | "eine" | "einen" | "einem" | "einer" | "eines" | "sei" | "seien" | "wie"
    );
    f.prev_def = matches!(
        f.prev_text,
        "der" | "die" | "das" | "des" | "dem" | "den" | "Der" | "Die" | "Das" | "Den" | "Dem"
    );
    f.prev_noun = prev_word
        .is_some_and(|u| u.cap && u.flags & (FUNC | PREP | DET | PRONOUN) == 0 && !f.sent_start)
        && srange.start + 1 != p.open;
    if f.words <= 4 && !f.final_punct && !f.comma_inside {
        let mut b = p.open;
        if b > 0 && units[b - 1].flags & DET != 0 {
            b -= 1;
        }
        let source_before = b > 0 && matches!(w(b - 1), "laut" | "Laut" | "Wie" | "wie");
        let next = units.get(p.close + 1);
        // A source is named bare or with a definite article: `Von einer „gezielten
        // Indiskretion“ sprach X` quotes X's term.
        let source_after = w(p.close + 1) == "zufolge"
            || !f.evaluative
                && next.is_some_and(|u| {
                    u.is_word() && !u.cap && u.flags & CUE != 0 && u.flags & DET == 0
                })
                && (b < p.open || f.sent_start || f.prev_punct.is_some());
        f.source = source_before || source_after;
    }
    f
}

/// Up to four words before unit `from` and not before `lo`, nearest first, up to the first
/// unit that is no word.
fn words_back(units: &[Unit], lo: usize, from: usize) -> impl Iterator<Item = &Unit> {
    units
        .get(lo..from)
        .unwrap_or(&[])
        .iter()
        .rev()
        .take(4)
        .take_while(|u| u.is_word())
}

/// Speech or not: titles, names, terms and scare quotes are left out.
///
/// The rules follow how German news uses marks: speech is long, or ends in sentence
/// punctuation, or sits next to a verb of saying / a colon; titles and terms are short,
/// follow words like `sogenannte`, `Sendung`, `Titel`, and are mostly capitalised.
pub fn is_speech(doc: &Doc, text: &str, lex: &Lexicon, p: &Pair) -> bool {
    let f = features(doc, text, lex, p);
    if !p.open_ended && short_term(&f) {
        if let Some(head) = coordination_head(doc, text, lex, p) {
            return decide(&head, false);
        }
    }
    decide(&f, p.open_ended)
}

/// A short quoted term: a few words and no sentence punctuation.
fn short_term(f: &Feats<'_>) -> bool {
    f.words <= 6 && !f.final_punct
}

/// A double quotation mark (a top-level quotation's opener or closer).
fn double_mark(u: &Unit) -> bool {
    u.mark().is_some_and(|m| !m.single())
}

/// The features of the first quotation of a coordination of short quoted terms that `p`
/// continues (`die Filme „A“ oder „B“`, `als „aggressiv“ und „herausfordernd“`, `„A“, „B“
/// und „C“`), if any. The words that tell a title from someone's wording (`in`, `als`,
/// `die Modelle`) stand before the first item only, so every item shares its decision.
fn coordination_head<'t>(doc: &Doc, text: &'t str, lex: &Lexicon, p: &Pair) -> Option<Feats<'t>> {
    let units = &doc.units;
    let mut head: Option<Feats<'t>> = None;
    let mut open = p.open;
    // Bounded: a list of marks cannot make the filter quadratic.
    for _ in 0..6 {
        let joint = units.get(open.checked_sub(1)?)?;
        let joins = match joint.kind {
            UKind::Punct(c) => c == ',',
            UKind::Word => matches!(
                joint.text(text),
                "und" | "oder" | "sowie" | "bzw." | "beziehungsweise"
            ),
            UKind::Mark(_) => false,
        };
        let close = open.checked_sub(2)?;
        if !joins || !units.get(close).is_some_and(double_mark) {
            break;
        }
        let lo = close.saturating_sub(WINDOW);
        let Some(prev_open) = (lo..close).rev().find(|&j| double_mark(&units[j])) else {
            break;
        };
        let prev = Pair {
            open: prev_open,
            close,
            open_ended: false,
            continues: None,
        };
        let f = features(doc, text, lex, &prev);
        if !short_term(&f) {
            break;
        }
        head = Some(f);
        open = prev_open;
    }
    head
}

fn decide(f: &Feats<'_>, open_ended: bool) -> bool {
    let words = f.words;
    if words == 0 {
        return false;
    }
    let colon = f.prev_punct == Some(':');
    if f.link_title {
        return false;
    }
    if open_ended {
        // Recovery of a forgotten closer: only clear speech (a shorter sentence only when
        // a verb of saying and a colon introduce it: `X sagte: „Das ist ein Fehler.`).
        // (Or one opening a sentence, after a sentence's end, that runs as whole sentences
        // to the paragraph's end: `… vor den Trümmern. „Ich dachte erst, …⏎⏎`.)
        let sentence_start = matches!(f.prev_punct, Some('.' | '!' | '?'));
        return (words >= 6 || words >= 2 && f.colon_cue)
            && (f.final_punct || f.comma_inside)
            && (f.cue_near || colon || f.para_start || sentence_start && f.final_punct);
    }
    // The wording of a named utterance: `mit den Worten „…“`, `Parolen wie „…“`.
    if f.utterance {
        return true;
    }
    // The first part of a compound word (`die „Eins zu Eins“-Begegnung`): a name or term.
    if f.compound && short_term(f) {
        return false;
    }
    // An official name (`nach dem „Gesetz zur Bekämpfung des Terrors“`, `die „4.
    // Winterwelt“`).
    if (f.official_name || f.ordinal_name) && words <= 12 && !f.final_punct {
        return false;
    }
    // The quoted source of a report (`Wie „heise online“ berichtet`): a name.
    if f.source {
        return false;
    }
    if f.title_before && !(words >= 8 && f.final_punct && f.lower_content >= 2) {
        return false;
    }
    // The words of a warning, advice or reproach: `warnte vor den „…“`, `riet zu „…“`.
    if f.voiced_object {
        return true;
    }
    // A clause opening the sentence (`„Ja, es gibt Zumutungen“. Das musste …`).
    // (`und` alone makes no clause of a title listing names: `„Oskar, Rico und
    // Herzgebreche“ ist die Verfilmung …`.)
    if f.sent_start && f.comma_inside && f.verbish && f.clause_word && words >= 3 && !f.prev_def {
        return true;
    }
    // Attributed as said: `„…“, sagte X`, `X sagte: „…“`.
    // Even a single word: `„Nein“, sagte er`.
    if f.cue_after || f.comma_cue || f.colon_cue && (words >= 2 || f.final_punct) {
        return true;
    }
    // The object of a verb of saying right before the marks, if more than a word and with
    // a pronoun, verb or function word in it (`riefen „Wir sind das Volk“`; not a name
    // such as `schrieb „Die Zeit“`).
    if f.cue_before && words >= 2 && f.verbish && !f.naming {
        return true;
    }
    // A work's title after a colon: `stellte die neue CD der Gruppe vor: „…“`; no
    // pronoun or verb inside (`Initiative …: „Wir befürchten das Schlimmste“`).
    if f.colon_title && short_term(f) && !f.verbish {
        return false;
    }
    // A short foreign name or title (`Union pour un Mouvement Populaire`, `Have a nice
    // day`, `in dubio pro reo`): a foreign function word and nobody said it nearby.
    if short_term(f) && f.foreign && (f.lower_content == 0 || !f.cue_near && !colon) {
        return false;
    }
    if f.named {
        return false;
    }
    // Words in a headline after a speaker's label, written as a phrase (`Rückzug „reine
    // Spekulation“`): the label's.
    if f.labelled && words >= 2 && f.lower_content >= 1 && !f.prev_def {
        return true;
    }
    // A person's words listed in parentheses after the name, with a verb in them.
    if f.bracket_person && f.verbish && words >= 2 {
        return true;
    }
    // A translation, gloss or name in parentheses.
    if f.gloss && short_term(f) {
        return false;
    }
    // A clause standing as a line of its own, or before a headline's colon, with a
    // verb in it (`„Wir sind am Limit“`, `„Wir sind am Limit“: Kliniken schlagen Alarm`): a
    // quoted headline, not a title, even with every content word capitalised.
    if f.line_alone && f.verbish && words >= 3 {
        return true;
    }
    // Long and written like a sentence: speech even right after a noun.
    if words >= 8 && (f.lower_content >= 2 || f.first_lower) {
        return true;
    }
    if f.prev_noun && !f.first_lower && !(f.final_punct && words >= 3) {
        return false;
    }
    if !f.final_punct && words <= 6 && matches!(f.prev_text, "als" | "Als") {
        // `als „…“`: a judgement someone voiced (`wies … als „haltlos“ zurück`,
        // `bezeichnete … als „…“`), or a label (`galt als „…“`, `als „…“ bekannt`).
        if f.naming {
            return false;
        }
        if f.judge {
            return true;
        }
        if !f.cue_near {
            return false;
        }
    }
    // A short quoted term is someone's wording only if someone speaks in the sentence.
    let context = f.speech_verb || f.konj || f.marker || f.comp || colon || f.judge;
    if words <= 2 && !f.final_punct && !context {
        return false;
    }
    // Sentence punctuation inside, even after one word (`»Aha!« dachte ich`, `„Nein.“`).
    if f.final_punct && !(f.lower_content == 0 && (f.prev_def || f.prev_noun)) {
        return true;
    }
    // (One word too in a report with a source: `Laut Feld ist die Bewertung „sportlich“`.)
    if f.first_lower {
        return words >= 2 || f.evaluative || f.cue_near || colon || f.marker && f.first_plain;
    }
    if f.lower_content >= 1 {
        return !(f.prev_def || f.prev_noun)
            && (words > 2 || f.evaluative || f.cue_near || f.final_punct)
            || words >= 5 && f.verbish;
    }
    // Every content word capitalised: a name or title, unless used as an evaluative term.
    f.evaluative && words <= 6 && (words > 1 || f.cue_near)
}
