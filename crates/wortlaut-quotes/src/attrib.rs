//! Cues (verbs of saying, including separable and `lassen` forms) and speakers (noun
//! phrases before or after the verb, with titles; pronouns resolved to a fitting mention).

use crate::lexicon::{
    Lexicon, COMP, CUE, DET, FINITE, FUNC, LASSEN, PARTICLE, PREP, PRONOUN, REPORT_VERB, ROLE_NOUN,
    SEP_BASE, SPEECH_NOUN, ZITIEREN,
};
use crate::units::{Doc, UKind, Unit};
use wortlaut_tokenize::Span;

/// A verb of saying found in a clause.
#[derive(Debug, Clone, Copy)]
pub struct CueHit {
    /// Unit index of the finite (or only) verb part.
    pub verb: usize,
    /// Unit index of the second part (particle or infinitive), if any.
    pub second: Option<usize>,
    /// A report verb (summary of a speech act).
    pub report: bool,
    /// `zitieren`: the speaker is the object.
    pub zitieren: bool,
}

impl CueHit {
    /// A one-word cue of saying that is neither a report verb nor `zitieren`.
    pub fn word(verb: usize) -> Self {
        CueHit {
            verb,
            second: None,
            report: false,
            zitieren: false,
        }
    }

    /// The cue's spans in text order.
    pub fn spans(&self, units: &[Unit]) -> Vec<Span> {
        let mut v = vec![units[self.verb].span];
        if let Some(s) = self.second {
            v.push(units[s].span);
        }
        v
    }
}

fn clause_end(units: &[Unit], from: usize, hi: usize) -> usize {
    let mut i = from;
    while i < hi {
        // Quotation marks and parentheses inside a clause do not end it
        // (`wirft der „Arbeitskreis“ der Polizei vor`, `Gabriel (SPD) ab`).
        if let UKind::Punct(',' | '.' | ';' | ':' | '!' | '?') = units[i].kind {
            return i;
        }
        i += 1;
    }
    hi
}

/// The verb of saying at unit `i`, if it is one (checking the particle or infinitive of
/// separable and `lassen` forms within the clause).
pub fn cue_at(doc: &Doc, text: &str, lex: &Lexicon, i: usize, hi: usize) -> Option<CueHit> {
    let units = &doc.units;
    let u = units[i];
    if !u.is_word() || u.cap && doc.sentences[doc.sentence_of(i)].start != i {
        return None;
    }
    let f = u.flags;
    // `bekannt geben` / `bekannt gegeben`, written apart.
    if text.get(u.span.range()) == Some("bekannt")
        && units
            .get(i + 1)
            .and_then(|n| text.get(n.span.range()))
            .is_some_and(|n| matches!(n, "geben" | "gegeben" | "gibt" | "gab" | "gaben"))
    {
        return Some(CueHit {
            verb: i,
            second: Some(i + 1),
            report: true,
            zitieren: false,
        });
    }
    if f & CUE != 0 {
        return Some(CueHit {
            verb: i,
            second: None,
            report: f & REPORT_VERB != 0,
            zitieren: f & ZITIEREN != 0,
        });
    }
    if f & SEP_BASE != 0 {
        let w = text.get(u.span.range()).unwrap_or("");
        let parts = lex.particles(w);
        let end = clause_end(units, i + 1, hi);
        // The particle closes the clause (`fügte er vor Journalisten an,`).
        if end > i + 1 {
            let last = units[end - 1];
            if last.flags & PARTICLE != 0 {
                let lw = text.get(last.span.range()).unwrap_or("");
                if parts.contains(&lw) {
                    return Some(CueHit {
                        verb: i,
                        second: Some(end - 1),
                        report: f & REPORT_VERB != 0,
                        zitieren: false,
                    });
                }
            }
        }
        return None;
    }
    if f & LASSEN != 0 {
        let end = clause_end(units, i + 1, hi);
        if end > i + 1 {
            let last = units[end - 1];
            if last.flags & CUE != 0 && !last.cap {
                return Some(CueHit {
                    verb: i,
                    second: Some(end - 1),
                    report: last.flags & REPORT_VERB != 0,
                    zitieren: false,
                });
            }
        }
    }
    None
}

/// The first cue in `lo..hi`.
pub fn find_cue(doc: &Doc, text: &str, lex: &Lexicon, lo: usize, hi: usize) -> Option<CueHit> {
    (lo..hi).find_map(|i| cue_at(doc, text, lex, i, hi))
}

/// The last cue in `lo..hi`.
pub fn find_cue_rev(doc: &Doc, text: &str, lex: &Lexicon, lo: usize, hi: usize) -> Option<CueHit> {
    (lo..hi).rev().find_map(|i| cue_at(doc, text, lex, i, hi))
}

fn adjective_like(text: &str, u: &Unit) -> bool {
    if !u.is_word() || u.cap || u.flags & (FUNC | PREP | PRONOUN | CUE | FINITE | DET) != 0 {
        return false;
    }
    let w = text.get(u.span.range()).unwrap_or("");
    ["e", "en", "er", "es", "em"].iter().any(|s| w.ends_with(s)) && w.len() > 3
}

/// A capitalised sentence-initial adverb or participle (`Relativierend`, `Bezeichnenderweise`).
fn adverb_like(text: &str, u: &Unit) -> bool {
    let w = text.get(u.span.range()).unwrap_or("");
    ["end", "weise", "lich", "ig", "falls", "dings", "ell"]
        .iter()
        .any(|s| w.ends_with(s))
        && u.cap
}

fn name_particle(text: &str, u: &Unit) -> bool {
    matches!(
        text.get(u.span.range()).unwrap_or(""),
        "von"
            | "van"
            | "de"
            | "del"
            | "da"
            | "al"
            | "bin"
            | "ibn"
            | "zu"
            | "der"
            | "den"
            | "di"
            | "la"
            | "le"
    )
}

/// A capitalised content word (not a sentence-initial function word).
fn cap_noun(u: &Unit) -> bool {
    u.is_word() && u.cap && u.flags & (FUNC | PREP | DET | PRONOUN) == 0
}

/// A noun phrase starting at or after `i` (skipping adverbs and prepositional phrases)
/// before the clause ends; returns a unit range.
pub fn np_right(doc: &Doc, text: &str, mut i: usize, hi: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let mut skipped = 0;
    while i < hi && skipped < 8 {
        let u = units[i];
        match u.kind {
            UKind::Punct(c) if c == '-' || c == '–' => return None,
            UKind::Punct(_) | UKind::Mark(_) => return None,
            UKind::Word => {}
        }
        if u.flags & PRONOUN != 0 {
            return Some((i, i + 1));
        }
        if u.flags & PREP != 0 {
            // Skip the prepositional phrase.
            i += 1;
            while i < hi
                && units[i].is_word()
                && (units[i].flags & DET != 0 || adjective_like(text, &units[i]) || units[i].digit)
            {
                i += 1;
            }
            while i < hi && cap_noun(&units[i]) {
                i += 1;
            }
            skipped += 1;
            continue;
        }
        if u.flags & DET != 0
            || cap_noun(&u)
            || adjective_like(text, &u) && i + 1 < hi && units[i + 1].is_word()
        {
            let s = i;
            let mut e = i;
            let mut j = i;
            let mut seen_det = false;
            while j < hi {
                let v = units[j];
                if !v.is_word() {
                    break;
                }
                if cap_noun(&v) {
                    e = j + 1;
                } else if v.flags & DET != 0 && j == s && !seen_det {
                    seen_det = true;
                } else if adjective_like(text, &v)
                    || (e > s && name_particle(text, &v) && j + 1 < hi && units[j + 1].cap)
                {
                } else {
                    break;
                }
                j += 1;
            }
            if e > s {
                return Some((s, e));
            }
            return None;
        }
        // An adverb or other function word.
        if u.flags & (FUNC) != 0 || !u.cap {
            if u.flags & (CUE | FINITE | COMP) != 0 {
                return None;
            }
            i += 1;
            skipped += 1;
            continue;
        }
        return None;
    }
    None
}

/// The noun phrase that ends right before `v`, if it does not sit in a prepositional phrase.
pub fn np_left(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    if v == 0 || v <= lo {
        return None;
    }
    // `Renate Künast, Fraktionschefin der Grünen, kritisierte`: skip the apposition.
    if units[v - 1].punct() == Some(',') {
        let mut c = v - 1;
        while c > lo && c + 14 > v {
            c -= 1;
            if units[c].punct() == Some(',') {
                let np = np_left(doc, text, lo, c)?;
                return clause_start(doc, lo, np.0).then_some(np);
            }
            // (Inner punctuation of an apposition is fine: `Bündnis 90/Die Grünen`,
            // `(SPD)`, `Dr.`; a quotation mark or a clause end is not.)
            if units[c].mark().is_some()
                || matches!(units[c].punct(), Some(':' | ';' | '!' | '?' | '–'))
            {
                return None;
            }
        }
        return None;
    }
    // `„Muslix64“ erwähnte`: a quoted name opening the clause.
    if units[v - 1].mark().is_some() {
        let o = (v.saturating_sub(8).max(lo)..v - 1)
            .rev()
            .find(|&j| units[j].mark().is_some())?;
        if o + 1 >= v - 1 {
            return None;
        }
        if clause_start(doc, lo, o) {
            return Some((o + 1, v - 1));
        }
        // `Die Zeitung „Yemen Observer“ berichtet`, `Wie die „Aktion X“ mitteilte`: a
        // quoted name after its noun or article.
        if o > lo && units[o - 1].flags & DET != 0 && clause_start(doc, lo, o - 1) {
            return Some((o - 1, v));
        }
        return np_left(doc, text, lo, o)
            .filter(|&(s, _)| clause_start(doc, lo, s))
            .map(|(s, _)| (s, v));
    }
    // `Franz Josef Jung (CDU) kündigte an`: skip a parenthesis.
    if units[v - 1].punct() == Some(')') {
        let mut c = v - 1;
        while c > lo && c + 8 > v {
            c -= 1;
            if units[c].punct() == Some('(') {
                return np_left(doc, text, lo, c);
            }
        }
        return None;
    }
    let last = units[v - 1];
    if last.flags & PRONOUN != 0 {
        return Some((v - 1, v));
    }
    // `Die Armeeleitung hingegen sprach`: a lower-case adverb between subject and verb.
    if v >= lo + 2
        && last.is_word()
        && !last.cap
        && last.flags & FUNC != 0
        && last.flags & (DET | PREP | COMP | PRONOUN | CUE | FINITE) == 0
        && cap_noun(&units[v - 2])
    {
        return np_left(doc, text, lo, v - 1);
    }
    if !cap_noun(&last)
        || adverb_like(text, &last) && doc.sentences[doc.sentence_of(v - 1)].start == v - 1
    {
        return None;
    }
    let mut s = v - 1;
    while s > lo {
        let p = units[s - 1];
        if !p.is_word() {
            break;
        }
        if cap_noun(&p)
            || p.flags & DET != 0
            || adjective_like(text, &p)
            || name_particle(text, &p) && s >= 2 && units[s - 2].cap
        {
            s -= 1;
            if p.flags & DET != 0 {
                // `Der Direktor des Hilfswerks`: a genitive article after a noun continues
                // the phrase leftwards.
                let genitive = matches!(text.get(p.span.range()), Some("des" | "der"))
                    && s > lo
                    && cap_noun(&units[s - 1]);
                if !genitive {
                    break;
                }
            }
            continue;
        }
        break;
    }
    // Trim leading particles / adjectives that do not start a phrase well.
    while s < v - 1
        && !(units[s].flags & DET != 0 || cap_noun(&units[s]) || adjective_like(text, &units[s]))
    {
        s += 1;
    }
    if s > lo
        && units[s - 1].is_word()
        && units[s - 1].flags & PREP != 0
        && units[s - 1].flags & FUNC == 0
    {
        return None;
    }
    Some((s, v))
}

/// True if unit `i` starts a clause (sentence start, after punctuation or a conjunction).
fn clause_start(doc: &Doc, lo: usize, i: usize) -> bool {
    if i <= lo {
        return true;
    }
    let p = doc.units[i - 1];
    match p.kind {
        UKind::Punct(_) | UKind::Mark(_) => true,
        UKind::Word => p.flags & (FUNC | COMP) != 0,
    }
}

/// The speaker of a cue within the clause range `lo..hi`: inverted after the verb,
/// the clause-initial subject before it, or the object of `zitieren`.
pub fn speaker_for(
    doc: &Doc,
    text: &str,
    cue: &CueHit,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let units = &doc.units;
    let v = cue.verb;
    let right = np_right(doc, text, v + 1, hi);
    if cue.zitieren {
        // `zitiert die Zeitung X`: the second phrase; `wird X zitiert`: the general rules.
        if let Some((_, e)) = right {
            if let Some(r2) = np_right(doc, text, e, hi) {
                return Some(r2);
            }
            return right;
        }
    }
    // `… wurde von Minister X als … bezeichnet`: the agent of a passive is the speaker.
    // (`X wird von der Agentur mit den Worten zitiert`: the quoted one is X.)
    if !cue.zitieren {
        if let Some(np) = passive_agent(doc, text, lo, v, hi) {
            return Some(np);
        }
    }
    // A phrase opening with a dative, accusative or genitive article is no subject
    // (`In … den Leitsätzen zum Urteil äußerten die Richter`).
    // A time phrase (`Ende Januar verkündete der Verband`) is no subject either.
    let mut left = np_left(doc, text, lo, v).filter(|&(s, e)| {
        !temporal(text, units, s, e)
            && !matches!(
                text.get(units[s].span.range()),
                Some(
                    "dem"
                        | "Dem"
                        | "den"
                        | "Den"
                        | "einem"
                        | "Einem"
                        | "einen"
                        | "Einen"
                        | "des"
                        | "Des"
                        | "eines"
                        | "Eines"
                        | "ihm"
                        | "Ihm"
                        | "ihnen"
                        | "Ihnen"
                )
            )
    });
    // A participle or infinitive at the clause end (`X hat eine Initiative angekündigt`):
    // the subject opens the clause, the phrase right before the verb is its object.
    // (`begründet` is finite and a participle; after an auxiliary it is the latter.)
    let aux_before = || {
        (lo..v).any(|i| {
            matches!(
                text.get(units[i].span.range()),
                Some(
                    "hat"
                        | "hatte"
                        | "hatten"
                        | "haben"
                        | "habe"
                        | "hätte"
                        | "hätten"
                        | "ist"
                        | "war"
                        | "sind"
                        | "waren"
                        | "sei"
                        | "wurde"
                        | "wurden"
                        | "wird"
                )
            )
        })
    };
    if (units[v].flags & FINITE == 0 || aux_before()) && cue.second.is_none() && !cue.zitieren {
        if let Some((s, e)) = subject_in_clause(doc, text, lo, v) {
            if clause_start(doc, lo, s) && e < v && units[s].flags & SPEECH_NOUN == 0 {
                return Some((s, e));
            }
        }
    }
    // `Der Zeitung sagte Filep Karma`: a name of two or more capitalised words right after
    // the verb is its (inverted) subject; a phrase opening the clause is then an object.
    if let Some((s, e)) = right {
        if s == v + 1
            && e >= s + 2
            && (s..e).all(|i| units[i].cap && units[i].flags & DET == 0)
            && units[v].flags & FINITE != 0
            && !["nenn", "nann", "bezeichn", "zitier"].iter().any(|p| {
                text.get(units[v].span.range())
                    .is_some_and(|w| w.starts_with(p))
            })
        {
            return right;
        }
    }
    // `Wie X, Sprecher der UN, in Bangkok mitteilte`: skip a prepositional phrase before a
    // verb at the clause end.
    if left.is_none() {
        if let Some(p) = (lo..v)
            .rev()
            .take(4)
            .find(|&i| units[i].flags & PREP != 0 && !units[i].cap)
        {
            if (p + 1..v).all(|i| units[i].is_word()) {
                left = np_left(doc, text, lo, p);
            }
        }
    }
    // `X befand … und nannte Y „…“`: the subject of the first conjunct.
    if v > lo
        && matches!(
            text.get(units[v - 1].span.range()),
            Some("und" | "sowie" | "aber")
        )
        && units[v].flags & FINITE != 0
    {
        if let Some(np) = np_right(doc, text, lo, v - 1).filter(|&(s, _)| s == lo || s == lo + 1) {
            return Some(np);
        }
    }
    if let Some((s, e)) = right {
        // `sagte er`: a pronoun right after the verb is its subject, unless a nominative
        // phrase opens the clause (`Der Geschäftsführer nannte sie „fahrlässig“`).
        let left_nominative = left.is_some_and(|(ls, _)| {
            clause_start(doc, lo, ls)
                && !matches!(
                    text.get(units[ls].span.range()),
                    Some("Dem" | "dem" | "Den" | "den" | "Einem" | "einem" | "Ihm" | "ihm")
                )
        });
        if s == v + 1 && units[s].flags & PRONOUN != 0 && e == s + 1 && !left_nominative {
            return right;
        }
    }
    // V2 with a fronted object or adverbial (`Als Antwort sagte ein Sprecher`, `Den Unmut
    // brachte die Sprecherin … zum Ausdruck`): the phrase right after the finite verb is
    // the subject when something precedes the phrase before the verb, or when only the
    // phrase after it names a role or a person.
    // (Past a reflexive: `äußerte sich Kofi Annan`.)
    let after_sich = match right {
        Some((rs, re))
            if re == rs + 1 && matches!(text.get(units[rs].span.range()), Some("sich")) =>
        {
            np_right(doc, text, rs + 1, hi).filter(|&(s, _)| s == rs + 1)
        }
        _ => right,
    };
    if let (Some((rs, re)), Some((ls, le))) = (after_sich, left) {
        let first = text.get(units[rs].span.range()).unwrap_or("");
        let nominative = matches!(
            first,
            "der" | "die" | "ein" | "eine" | "Der" | "Die" | "Ein" | "Eine"
        ) || units[rs].cap && units[rs].flags & (DET | PRONOUN) == 0;
        // (A lone sentence-initial adverb taken for a noun counts as fronted too:
        // `Besorgt äußerte sich Kofi Annan`, `Unterdessen sagte der Sprecher`.)
        let lone_adverb = le == ls + 1
            && doc.sentences[doc.sentence_of(ls)].start == ls
            && units[ls].flags & (PRONOUN | DET) == 0
            && (units[ls].flags & FUNC != 0
                || adverb_like(text, &units[ls])
                || text.get(units[ls].span.range()).is_some_and(|w| {
                    w.ends_with("gemäß") || w.starts_with("Be") && w.ends_with('t')
                }));
        let fronted = lone_adverb
            || ls > lo
                && (units[ls - 1].flags & PREP != 0
                    || matches!(text.get(units[ls - 1].span.range()), Some("Als" | "als")));
        let person = |a: usize, b: usize| {
            (a..b).any(|i| role_like(text, &units[i]))
                || b >= a + 2 && (a..b).all(|i| units[i].cap && units[i].flags & DET == 0)
        };
        let left_is_subject_like = person(ls, le) || units[ls].flags & PRONOUN != 0;
        let reflexive = rs == v + 2 && matches!(text.get(units[v + 1].span.range()), Some("sich"));
        if units[v].flags & FINITE != 0
            && (rs == v + 1 || reflexive)
            && nominative
            && (fronted || person(rs, re) && !left_is_subject_like)
        {
            return after_sich;
        }
    }
    if let Some((s, _)) = left {
        // The subject opens its clause; a phrase later in the clause is an object.
        let ok = clause_start(doc, lo, s)
            || units[s].flags & DET != 0 && s > 0 && units[s - 1].flags & COMP != 0;
        if ok && !(right.is_some() && units[s].flags & SPEECH_NOUN != 0) {
            // `Dem Spiegel sagte X`: a clause-initial dative is rare; accept.
            return left;
        }
    }
    if units[v].flags & FINITE != 0 || cue.second.is_some() {
        if let Some(r) = right {
            return Some(r);
        }
    }
    // A participle or infinitive (`hat … gesagt`): the subject is earlier in the clause.
    if let Some((s, e)) = subject_in_clause(doc, text, lo, v) {
        return Some((s, e));
    }
    left.or(right)
}

/// The first noun phrase of the clause before `v` (`Peskow hat am Montag gesagt`).
fn subject_in_clause(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let mut i = v;
    while i > lo {
        let u = units[i - 1];
        // An ordinal's dot (`am 25. November`) does not end the clause.
        let ordinal_dot = u.punct() == Some('.') && i >= 2 && units[i - 2].digit;
        if !u.is_word() && !ordinal_dot {
            break;
        }
        i -= 1;
    }
    // `…, dass Russland … meldet`: the subject follows the complementiser.
    while i < v && units[i].flags & COMP != 0 {
        i += 1;
    }
    np_right(doc, text, i, v).filter(|&(s, _)| s < v && units[s].flags & PREP == 0)
}

/// The agent of a passive clause around the verb at `v` (`wurde von X … bezeichnet`,
/// `wird von der Agentur X zitiert`): the phrase after `von`/`vom` when a form of
/// `werden` sits in the same clause.
pub fn passive_agent(
    doc: &Doc,
    text: &str,
    lo: usize,
    v: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let units = &doc.units;
    let hi = hi.min(units.len());
    let w = |i: usize| text.get(units[i].span.range()).unwrap_or("");
    // Cheap tests first: `von` in the clause (rare), then a form of `werden`.
    let end = clause_end(units, lo, hi).max(v).min(hi);
    let k = (lo..end).find(|&i| {
        units[i].span.len() == 3
            && units[i].is_word()
            && matches!(w(i), "von" | "vom")
            && i + 1 < end
    })?;
    let passive = (lo..hi).any(|i| {
        units[i].is_word()
            && !units[i].cap
            && matches!(w(i), "wurde" | "wurden" | "worden" | "wird" | "werden")
    });
    if !passive {
        return None;
    }
    let start = k + 1;
    let np = np_right(doc, text, start, end)?;
    (np.0 <= start + 1 && np.1 <= end).then_some(np)
}

/// A noun naming a role that speaks for others (`Sprecher`, `SPD-Vorsitzende`,
/// `Innenministerin`), by lexicon or by its ending.
fn role_like(text: &str, u: &Unit) -> bool {
    if !u.is_word() || !u.cap {
        return false;
    }
    if u.flags & ROLE_NOUN != 0 {
        return true;
    }
    let w = text.get(u.span.range()).unwrap_or("");
    const ENDS: &[&str] = &[
        "sprecher",
        "sprecherin",
        "minister",
        "ministerin",
        "präsident",
        "präsidentin",
        "vorsitzende",
        "vorsitzender",
        "chef",
        "chefin",
        "leiter",
        "leiterin",
        "direktor",
        "direktorin",
        "sekretär",
        "sekretärin",
        "kanzler",
        "kanzlerin",
        "anwalt",
        "anwältin",
        "experte",
        "expertin",
        "senator",
        "senatorin",
        "abgeordnete",
        "abgeordneter",
        "bürgermeister",
        "bürgermeisterin",
        "wissenschaftler",
        "wissenschaftlerin",
        "vertreter",
        "vertreterin",
    ];
    ENDS.iter().any(|e| {
        w.len() >= e.len()
            && w.is_char_boundary(w.len() - e.len())
            && w[w.len() - e.len()..].eq_ignore_ascii_case(e)
    })
}

/// A time phrase (`Ende Januar`, `Am Montag`, `Im Mai 2005`): never a speaker.
fn temporal(text: &str, units: &[Unit], s: usize, e: usize) -> bool {
    const WORDS: &[&str] = &[
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
        "Montag",
        "Dienstag",
        "Mittwoch",
        "Donnerstag",
        "Freitag",
        "Samstag",
        "Sonntag",
        "Ende",
        "Anfang",
        "Mitte",
        "Jahr",
        "Jahres",
        "Woche",
        "Wochenende",
        "Monat",
        "Monats",
        "Tag",
        "Tags",
        "Abend",
        "Morgen",
        "Nachmittag",
        "Vormittag",
    ];
    (s..e.min(units.len())).any(|i| {
        text.get(units[i].span.range())
            .is_some_and(|w| WORDS.contains(&w))
    })
}

/// Whether units `s..e` name a person or a role: a role noun, or a name of two or more
/// capitalised words at the end (`Außenministerin Condoleezza Rice`).
pub fn person_like(doc: &Doc, text: &str, s: usize, e: usize) -> bool {
    let units = &doc.units;
    let e = e.min(units.len());
    if s >= e {
        return false;
    }
    (s..e).any(|i| role_like(text, &units[i]))
        || e >= s + 2
            && (e - 2..e).all(|i| units[i].is_word() && units[i].cap && units[i].flags & DET == 0)
}
