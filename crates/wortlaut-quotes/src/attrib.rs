//! Cues (verbs of saying, including separable and `lassen` forms) and speakers (noun
//! phrases before or after the verb, with titles; pronouns resolved to a fitting mention).

use crate::lexicon::{
    Lexicon, COMP, CUE, DET, FINITE, FUNC, KONJ1, KONJ2, LASSEN, PARTICLE, PREP, PRONOUN,
    REPORT_VERB, ROLE_NOUN, SEP_BASE, SOLL, SPEECH_NOUN, ZITIEREN,
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
        let mut v = Vec::with_capacity(2);
        self.spans_into(units, &mut v);
        v
    }

    /// [`CueHit::spans`] appended to `v` (whose allocation a caller may reuse).
    pub fn spans_into(&self, units: &[Unit], v: &mut Vec<Span>) {
        v.push(units[self.verb].span);
        if let Some(s) = self.second {
            v.push(units[s].span);
        }
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
    // (A capitalised cue only opens a sentence, and not as a noun of statement: `Angaben des
    // Instituts zufolge …`, `Berichten zufolge …` are no forms of `angeben`, `berichten`.)
    if !u.is_word()
        || u.cap && (u.flags & SPEECH_NOUN != 0 || doc.sentences[doc.sentence_of(i)].start != i)
    {
        return None;
    }
    // A capitalised word before a colon is a label (`Frage: „…“` in an interview), not a
    // verb: a finite verb of saying has its subject or object before the colon.
    if u.cap && units.get(i + 1).and_then(|n| n.punct()) == Some(':') {
        return None;
    }
    let after_zu = i > 0 && units[i - 1].text(text) == "zu";
    // An infinitive in an `um`/`ohne`/`anstatt … zu` clause is a purpose, no act of saying
    // (`…, um ihr ihren Lauf zu lassen`, `anstatt das Rezept zu wiederholen`; but `Um es
    // klar zu sagen: …` frames what follows).
    // (So is a particle verb with `zu` inside closing the sentence, `ohne die Arbeiten
    // auszuführen.`; before a comma it may open content: `um festzustellen, ob …`.)
    let infixed =
        || infixed_zu(u.text(text)) && units.get(i + 1).is_none_or(|n| n.punct() != Some(','));
    if (after_zu || infixed())
        && units.get(i + 1).and_then(|n| n.punct()) != Some(':')
        && purpose_clause(units, text, i - usize::from(after_zu))
    {
        return None;
    }
    // (So is one before `zu` and a modal: `…, um über den Streik berichten zu können`.)
    if units.get(i + 1).is_some_and(|n| n.text(text) == "zu")
        && units.get(i + 2).is_some_and(|n| {
            matches!(
                n.text(text),
                "können" | "dürfen" | "müssen" | "wollen" | "lassen"
            )
        })
        && purpose_clause(units, text, i + 1)
    {
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
        // `meine Damen und Herren`, `meinen Antrag`: a possessive before its noun, not a form
        // of `meinen`.
        if possessive_mein(text, units, i) {
            return None;
        }
        // `im Mittelpunkt gestanden`, `ist dort gestanden`: the participle of `stehen`, not
        // of `gestehen`.
        if u.span.len() == 9
            && text.get(u.span.range()) == Some("gestanden")
            && stood(text, units, i)
        {
            return None;
        }
        // `verspricht sich … Erfolg`, `droht dem Verein der Abstieg`, `bestritt 106
        // Länderspiele`: a sense of the verb that passes nothing on.
        if other_sense(text, units, i) {
            return None;
        }
        // `(Wikinews berichtete)`, `(wir berichteten.)`: a cross-reference in parentheses
        // that closes right after the verb attributes nothing around it.
        let closes = |k: usize| units.get(k).and_then(|n| n.punct());
        if (closes(i + 1) == Some(')') || closes(i + 1) == Some('.') && closes(i + 2) == Some(')'))
            && (i.saturating_sub(3)..i).any(|k| units[k].punct() == Some('('))
        {
            return None;
        }
        // A verb of saying both plain and separable (`kündigte … an`): its particle too,
        // when one closes the clause.
        let second = (f & SEP_BASE != 0)
            .then(|| separable_particle(doc, text, lex, i, hi))
            .flatten();
        return Some(CueHit {
            verb: i,
            second,
            report: f & REPORT_VERB != 0,
            zitieren: f & ZITIEREN != 0,
        });
    }
    if f & SEP_BASE != 0 {
        // (The base's particles are looked up only when a particle closes the clause.)
        return separable_particle(doc, text, lex, i, hi)
            .map(|p| CueHit {
                verb: i,
                second: Some(p),
                report: f & REPORT_VERB != 0,
                zitieren: false,
            })
            .or_else(|| {
                // `…, gab die Toxikologin zu bedenken`: `zu bedenken geben` closing the clause.
                let end = clause_end(units, i + 1, hi);
                (matches!(u.text(text), "gab" | "gaben" | "gibt" | "geben")
                    && end > i + 2
                    && units[end - 1].text(text) == "bedenken"
                    && units[end - 2].text(text) == "zu")
                    .then_some(CueHit {
                        verb: i,
                        second: Some(end - 1),
                        report: false,
                        zitieren: false,
                    })
            });
    }
    // (`um ihr ihren Lauf zu lassen`: an infinitive with `zu` lets no one speak.)
    if f & LASSEN != 0 && !after_zu {
        // The infinitive of saying that closes the clause, past the subject's apposition
        // if need be (`ließ der Sprecher, Klaus Berger, mitteilen`).
        let at = |end: usize| {
            let last = units.get(end.checked_sub(1)?).filter(|_| end > i + 1)?;
            (last.flags & CUE != 0 && !last.cap).then(|| CueHit {
                verb: i,
                second: Some(end - 1),
                report: last.flags & REPORT_VERB != 0,
                zitieren: false,
            })
        };
        let end = clause_end(units, i + 1, hi);
        return at(end).or_else(|| at(past_apposition(doc, text, i, end, hi)?));
    }
    None
}

/// Whether the `zu` at unit `z` closes an `um`, `ohne`, `statt` or `anstatt` clause: that
/// word stands before it in the same clause.
fn purpose_clause(units: &[Unit], text: &str, z: usize) -> bool {
    units[..z]
        .iter()
        .rev()
        .take(24)
        .take_while(|u| u.is_word())
        .any(|u| {
            matches!(
                u.text(text),
                "um" | "ohne" | "statt" | "anstatt" | "Um" | "Ohne"
            )
        })
}

/// The particle of the separable verb at `i` that closes its clause (`fügte er vor
/// Journalisten an,`), if it is one of the verb's.
fn separable_particle(doc: &Doc, text: &str, lex: &Lexicon, i: usize, hi: usize) -> Option<usize> {
    let units = &doc.units;
    let at = |end: usize| {
        let last = units.get(end.checked_sub(1)?).filter(|_| end > i + 1)?;
        (last.flags & PARTICLE != 0
            && lex
                .particles(units[i].text(text))
                .contains(&last.text(text)))
        .then_some(end - 1)
    };
    let end = clause_end(units, i + 1, hi);
    // (A particle closing a second predicate after `und` is that verb's: `lehnt am Traktor
    // und wischt sich die Hände ab`. A verb the lexicon does not know by its ending and the
    // object or `sich` after it.)
    let second_verb = || {
        (i + 2..end.saturating_sub(2)).any(|k| {
            let (v, n) = (&units[k + 1], &units[k + 2]);
            let w = v.text(text);
            matches!(units[k].text(text), "und" | "oder")
                && v.is_word()
                && !v.cap
                && v.flags & (DET | PREP | FUNC | PRONOUN) == 0
                && w.ends_with('t')
                && (n.text(text) == "sich" || n.flags & (DET | PRONOUN) != 0)
        })
    };
    // (Asked only of a particle found: most verbs have none.)
    at(end)
        .or_else(|| at(past_apposition(doc, text, i, end, hi)?))
        .filter(|_| !second_verb())
        // (Or the particle before `und` and a second verb: `gestand ihre Niederlage ein und
        // gratulierte …`.)
        .or_else(|| {
            let k = (i + 2..end).find(|&k| units[k].text(text) == "und")?;
            units
                .get(k + 1)
                .filter(|n| n.is_word() && !n.cap && n.flags & (FINITE | CUE | SEP_BASE) != 0)?;
            at(k)
        })
}

/// The end of the clause that resumes after an apposition to an inverted subject closing at
/// `end` (`räumte der Sprecher, Klaus Berger, am Montag ein`), if one does.
fn past_apposition(doc: &Doc, text: &str, v: usize, end: usize, hi: usize) -> Option<usize> {
    let c = apposition_close(doc, text, v, end, hi)?;
    let units = &doc.units;
    (c < hi && units[c].punct() == Some(',')).then(|| clause_end(units, c + 1, hi))
}

/// Whether the verb of saying at `i` is used in a sense that says nothing, judged by the
/// words of its clause (back and forth to punctuation or a quotation mark):
/// - `sich … versprechen` (to expect: `Von der Reform verspricht sich die Regierung …`) and
///   `sich für … entscheiden` (to choose: `entschied sich der Pilot für Düsseldorf`);
/// - `drohen` with no `mit`/`damit` and no content or attribution at its commas: the
///   threatened one (`droht dem Verein der Abstieg`, `Ihr droht eine Haftstrafe`), not the
///   threat (`drohte mit Sanktionen`, `drohte, die Grenzen zu schließen`, `…, droht X`);
/// - `bestreiten` of a match, a race or a living (`bestritt 106 Länderspiele`, `bestreitet
///   ihren Lebensunterhalt`), not of a claim;
/// - `verboten` with a form of `sein` or `es` (the state `ist verboten`, `es ist verboten`),
///   not the act (`hat … verboten`);
/// - `wiederholt` before a preposition, the adverb (`ist es wiederholt zu Zwischenfällen
///   gekommen`).
fn other_sense(text: &str, units: &[Unit], i: usize) -> bool {
    let w = units[i].text(text);
    let b = w.as_bytes();
    // (Most cues start otherwise: one byte test before the word tests.)
    if !matches!(b.first(), Some(b'v' | b'e' | b'd' | b'b' | b'g' | b'w')) {
        return false;
    }
    // `wiederholt` before a preposition is the adverb (`ist es wiederholt zu Zwischenfällen
    // gekommen`), not the verb (`wiederholt ihre Kritik`, `hat die Forderung wiederholt`).
    if w == "wiederholt" {
        return units
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.flags & PREP != 0);
    }
    let expect = w.starts_with("verspr");
    let choose = w.starts_with("entscheid") || w.starts_with("entschied");
    let threat = matches!(
        w,
        "droht" | "drohte" | "drohten" | "drohen" | "drohe" | "gedroht"
    );
    let contest = w.starts_with("bestreit") || w.starts_with("bestritt");
    let banned = w == "verboten";
    if !(expect || choose || threat || contest || banned) {
        return false;
    }
    // The clause's words around the verb (up to eight each way).
    let word = |k: usize| units.get(k).filter(|u| u.is_word());
    let left = (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&k| word(k).is_some())
        .map(|k| units[k].text(text));
    let right = (i + 1..i + 9)
        .take_while(|&k| word(k).is_some())
        .map(|k| units[k].text(text));
    let mut around = left.chain(right);
    if expect {
        return around.any(|x| x == "sich");
    }
    if banned {
        return around.any(|x| sein_third_person(x) || x == "es");
    }
    if choose {
        // (`entschied sich dazu, …` passes on a decision.)
        let (mut sich, mut fuer) = (false, false);
        for x in around {
            sich |= x == "sich";
            fuer |= x == "für";
        }
        return sich && fuer;
    }
    if threat {
        let sep = |k: usize| {
            units
                .get(k)
                .is_some_and(|u| matches!(u.punct(), Some(',' | ':')) || u.mark().is_some())
        };
        return !(sep(i + 1)
            || i > 0 && sep(i - 1)
            || around.any(|x| matches!(x, "mit" | "damit" | "Mit" | "Damit" | "an")));
    }
    // (By the noun's ending, in any case: `Gruppenspiel`, `Spiel`, `Wettkämpfe`, `Finali`.)
    around.any(|x| {
        [
            "spiel",
            "spiele",
            "spielen",
            "kampf",
            "kämpfe",
            "kämpfen",
            "finale",
            "finali",
            "finals",
            "turnier",
            "turniere",
            "turnieren",
            "rennen",
            "partie",
            "partien",
            "match",
            "matches",
            "duell",
            "duelle",
            "einsätze",
            "saison",
            "unterhalt",
            "leben",
        ]
        .iter()
        .any(|e| ends_ci(x, e))
    })
}

/// The third-person forms of `sein` (lower-case), indicative and Konjunktiv: the auxiliary
/// of a state (`ist verboten`, `war ausgeschlossen`, `ist dort gestanden`).
pub(crate) fn sein_third_person(w: &str) -> bool {
    matches!(
        w,
        "ist" | "sind" | "war" | "waren" | "sei" | "seien" | "wäre" | "wären"
    )
}

/// Whether `gestanden` at `i` is the participle of `stehen` (stood), not of `gestehen`
/// (confessed). No content follows it (`, dass`, `, ob`, a colon), and either a form of
/// `sein` is its auxiliary (`ist dort gestanden`, `gestanden war`), or a locative word comes
/// right before it (`dort`, `nahe`, `Pate`), or a prepositional phrase does (`zur Verfügung
/// gestanden`, `unter der Aufsicht des Amtes gestanden`) that names no hearing (`hat im
/// Prozess gestanden` confesses). An object before it (`hat die Tat gestanden`) or nothing
/// (`Der Täter hat gestanden`) leaves the confession.
fn stood(text: &str, units: &[Unit], i: usize) -> bool {
    let w = |k: usize| units[k].text(text);
    let next = |k: usize| units.get(k).map_or("", |n| n.text(text));
    if next(i + 1) == ":" || next(i + 1) == "," && matches!(next(i + 2), "dass" | "daß" | "ob") {
        return false;
    }
    // (A clause with an infinitive and `zu` after the comma is what was confessed: `hat vor
    // Gericht gestanden, die Bank überfallen zu haben`.)
    if next(i + 1) == "," {
        let end = (i + 2..(i + 20).min(units.len()))
            .find(|&k| units[k].punct().is_some() || units[k].mark().is_some());
        if end.is_some_and(|c| c >= i + 4 && w(c - 2) == "zu") {
            return false;
        }
    }
    let sein =
        |x: &str| sein_third_person(x) || matches!(x, "bin" | "bist" | "seid" | "gewesen" | "sein");
    if sein(next(i + 1)) {
        return true;
    }
    // The clause before the participle, back to its punctuation.
    let lo = (i.saturating_sub(12)..i)
        .rev()
        .find(|&k| units[k].punct().is_some())
        .map_or(i.saturating_sub(12), |k| k + 1);
    if (lo..i).any(|k| sein(w(k))) {
        return true;
    }
    if i <= lo {
        return false;
    }
    if matches!(
        w(i - 1),
        "dort"
            | "da"
            | "hier"
            | "nahe"
            | "nah"
            | "still"
            | "bereit"
            | "offen"
            | "gegenüber"
            | "Pate"
            | "Modell"
            | "Schlange"
            | "Wache"
            | "Spalier"
            | "Kopf"
    ) {
        return true;
    }
    // A prepositional phrase right before it: preposition, article, adjectives, nouns,
    // genitive attributes and quoted names (`unter der Vormundschaft des Jugendamtes`,
    // `mit dem Restaurant „Da Bruno“`), nothing else.
    if !(units[i - 1].cap || units[i - 1].mark().is_some()) {
        return false;
    }
    for k in (lo..i - 1).rev() {
        let u = units[k];
        if u.flags & PREP != 0 && !u.cap {
            return !matches!(
                w(i - 1),
                "Prozess"
                    | "Prozeß"
                    | "Verhandlung"
                    | "Verhör"
                    | "Vernehmung"
                    | "Befragung"
                    | "Polizei"
                    | "Tränen"
                    | "Interview"
            );
        }
        // (An article other than a genitive one opens the phrase: right after its
        // preposition, or else as an object, `vor Gericht die Tat gestanden`.)
        if u.flags & DET != 0 && !genitive_article(w(k)) {
            return k > lo && units[k - 1].flags & PREP != 0 && !units[k - 1].cap;
        }
        let attribute = u.cap
            || u.digit
            || u.mark().is_some()
            || u.flags & DET != 0
            || adjective_like(text, &u);
        if !attribute {
            return false;
        }
    }
    false
}

/// Whether unit `i` is `meine`/`meinen` used as a possessive: a noun or an attributive
/// adjective follows it (`meine Damen`, `meinen großen Respekt`).
fn possessive_mein(text: &str, units: &[Unit], i: usize) -> bool {
    matches!(
        text.get(units[i].span.range()),
        Some("meine" | "Meine" | "meinen" | "Meinen")
    ) && units
        .get(i + 1)
        .is_some_and(|n| n.is_word() && (n.cap || adjective_like(text, n)))
}

/// The first cue in `lo..hi`.
pub fn find_cue(doc: &Doc, text: &str, lex: &Lexicon, lo: usize, hi: usize) -> Option<CueHit> {
    (lo..hi).find_map(|i| cue_at(doc, text, lex, i, hi))
}

/// The last cue in `lo..hi` that introduces what follows it: a cue inside reported content
/// (`sagte der Zeitung, sie könne sich vorstellen, dass „…“`, `glaubt, dass das Team …
/// hervorgegangen sei: „…“`, `kritisiert, die Aktion erinnere „…“`) gives way to the cue of
/// the clause that introduces that content.
///
/// Neither an attributive participle (`nicht näher bezeichnete „technische Probleme“`) nor a
/// cue in a relative clause that closes before the quotation (`die Demonstration, zu der
/// ein Bündnis aufgerufen hatte, „…“ verlaufen`) attributes it.
pub fn find_cue_rev(doc: &Doc, text: &str, lex: &Lexicon, lo: usize, hi: usize) -> Option<CueHit> {
    let c = (lo..hi)
        .rev()
        .filter(|&i| !attributive_participle(text, &doc.units, i))
        .filter_map(|i| cue_at(doc, text, lex, i, hi))
        .find(|c| !closed_relative_clause(text, &doc.units, c.verb, hi))?;
    if let Some(k) = content_clause_start(doc, text, lo, c.verb) {
        if let Some(outer) = (lo..k).rev().find_map(|i| cue_at(doc, text, lex, i, k)) {
            return Some(outer);
        }
    }
    Some(c)
}

/// Whether the word at `i` is a participle or adjective inside a noun phrase: it ends in an
/// adjective ending, stands after an article or a degree adverb, and a noun, an adjective or
/// a quotation mark follows (`die verbreiteten Illusionen`, `nicht näher bezeichnete „…“`).
fn attributive_participle(text: &str, units: &[Unit], i: usize) -> bool {
    const DEGREE: &[&str] = &[
        "näher",
        "oben",
        "eingangs",
        "bereits",
        "vielfach",
        "häufig",
        "oft",
        "weithin",
        "allgemein",
        "breit",
        "zuvor",
        "sogenannte",
        "bisher",
        "nach",
    ];
    let u = units[i];
    let w = |k: usize| units[k].text(text);
    u.is_word()
        && !u.cap
        && inflected_ending(w(i))
        && i > 0
        && units[i - 1].is_word()
        && (units[i - 1].flags & DET != 0 && !matches!(w(i - 1), "das" | "Das" | "dies" | "Dies")
            || DEGREE.contains(&w(i - 1)))
        && units.get(i + 1).is_some_and(|n| {
            n.mark().is_some() || n.is_word() && (n.cap || adjective_like(text, n))
        })
}

/// The relative pronouns, in every case.
const RELATIVE: &[&str] = &[
    "der", "die", "das", "dem", "den", "denen", "dessen", "deren", "welcher", "welche", "welches",
    "welchem", "welchen",
];

/// Whether the verb at `v` sits in a relative clause (opened by a comma and a relative
/// pronoun, possibly after a preposition: `, der …`, `, zu der …`) that a comma closes
/// before `hi`: such a clause says nothing about what follows it.
fn closed_relative_clause(text: &str, units: &[Unit], v: usize, hi: usize) -> bool {
    let w = |k: usize| units[k].text(text);
    let Some(k) = (v.saturating_sub(14)..v)
        .rev()
        .take_while(|&j| units[j].mark().is_none())
        .find(|&j| matches!(units[j].punct(), Some(',' | ':' | ';' | '.')))
    else {
        return false;
    };
    if units[k].punct() != Some(',') {
        return false;
    }
    let opens = units
        .get(k + 1)
        .is_some_and(|u| u.is_word() && RELATIVE.contains(&w(k + 1)))
        || units
            .get(k + 1)
            .is_some_and(|u| u.flags & PREP != 0 && !u.cap)
            && units
                .get(k + 2)
                .is_some_and(|u| u.is_word() && RELATIVE.contains(&w(k + 2)));
    opens && (v + 1..hi.min(units.len())).any(|j| units[j].punct() == Some(','))
}

/// The comma opening the clause of the verb at `v`, when that clause is reported content:
/// it opens with a conjunction (`dass`, `ob`), its verb of saying is itself in Konjunktiv
/// (`die Aktion erinnere`), or a modal in Konjunktiv governs it (`sie könne sich vorstellen`).
/// A perfect auxiliary in Konjunktiv does not count (`Müller habe erklärt: „…“` introduces
/// Müller's words). Bounded: looks back at most 20 units.
fn content_clause_start(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<usize> {
    let units = &doc.units;
    let k = (lo.max(v.saturating_sub(20))..v)
        .rev()
        .take_while(|&i| units[i].mark().is_none())
        .find(|&i| units[i].punct() == Some(','))?;
    let w = |i: usize| units[i].text(text);
    let opens_with_comp = units.get(k + 1).is_some_and(|u| u.flags & COMP != 0);
    // (A present stem in `-e` after a third person is Konjunktiv I too: `erinnere`, `betone`;
    // the past `-te` is not.)
    let konj_cue = !units[v].cap
        && (units[v].flags & (KONJ1 | KONJ2) != 0
            || w(v).ends_with('e') && !w(v).ends_with("te") && !(v > 0 && w(v - 1) == "ich"));
    let konj_modal = (k + 1..v).any(|i| {
        units[i].is_word()
            && !units[i].cap
            && units[i].flags & (KONJ1 | KONJ2) != 0
            && !matches!(
                w(i),
                "habe" | "haben" | "hätte" | "hätten" | "sei" | "seien" | "wäre" | "wären"
            )
    });
    (opens_with_comp || konj_cue || konj_modal).then_some(k)
}

fn adjective_like(text: &str, u: &Unit) -> bool {
    if !u.is_word() || u.cap || u.flags & (FUNC | PREP | PRONOUN | CUE | FINITE | DET) != 0 {
        return false;
    }
    let w = u.text(text);
    inflected_ending(w) && w.len() > 3
}

/// Whether `w` ends as an inflected adjective does (`-e`, `-en`, `-er`, `-es`, `-em`).
pub(crate) fn inflected_ending(w: &str) -> bool {
    ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
}

/// Whether the word at unit `i` ends as an inflected adjective and a capitalised word
/// follows (`die erste Reaktion`, `am späten Abend`): an adjective before its noun.
pub(crate) fn before_its_noun(u: &[Unit], text: &str, i: usize) -> bool {
    u.get(i + 1).is_some_and(|n| n.is_word() && n.cap) && inflected_ending(u[i].text(text))
}

/// Whether units `a..b` hold no verb: no finite or Konjunktiv form, no infinitive with
/// `zu`, and no lower-case word but function words, digits and adjectives before their
/// noun (the lexicon knows too few verbs to ask it alone).
pub(crate) fn verbless(u: &[Unit], text: &str, a: usize, b: usize) -> bool {
    !(a..b).any(|i| {
        finite_word(text, &u[i], FINITE | KONJ1 | KONJ2 | SOLL)
            // (An infinitive with `zu` is a clause: `Mitglieder von X zu sein`.)
            || u[i].text(text) == "zu" && u.get(i + 1).is_some_and(|n| n.is_word() && !n.cap)
            || u[i].is_word()
                && !u[i].cap
                && !u[i].digit
                && u[i].flags & (DET | PREP | FUNC | PRONOUN) == 0
                // (Not an adjective before its noun: `am späten Abend`.)
                && !before_its_noun(u, text, i)
    })
}

/// Whether units `a..b` open with a capitalised word that no article precedes and hold no
/// verb: a name with what goes with it (`Anna Roth, am Montag`), no clause.
pub(crate) fn name_without_verb(u: &[Unit], text: &str, a: usize, b: usize) -> bool {
    u[a].is_word() && u[a].cap && u[a].flags & DET == 0 && verbless(u, text, a, b)
}

/// The unit that closes an apposition to the inverted subject of the verb at unit `v`,
/// opening after the comma at unit `comma` (`räumte der Sprecher, Klaus Berger, am Montag
/// ein`, `sagte Klaus Berger, der Sprecher der Stadt, am Montag`): the next comma or colon,
/// or `hi` when the apposition runs to the end. The subject is the phrase right after the
/// verb and ends at the comma (not `sagte X vor der Presse, …`); the apposition is up to
/// eight words without a verb, opening with a name or with an article before a noun, and
/// ends with a capitalised word. (Not a relative clause, `Müller, der seit 2010 im Amt ist,`, nor a
/// content clause, `der Sprecher, die Lage sei ernst`: both have verbs.)
pub(crate) fn apposition_close(
    doc: &Doc,
    text: &str,
    v: usize,
    comma: usize,
    hi: usize,
) -> Option<usize> {
    let u = &doc.units;
    let hi = hi.min(u.len());
    let a = comma + 1;
    if a >= hi
        || comma <= v + 1
        || u[comma].punct() != Some(',')
        || !(u[comma - 1].is_word() && u[comma - 1].cap)
    {
        return None;
    }
    let c = (a..hi.min(a + 9)).find(|&k| !u[k].is_word()).unwrap_or(hi);
    // (Or a colon before the quotation: `sagte die Sprecherin, Kerstin Fahl: „…“`.)
    if c == a
        || c < hi
            && !matches!(u[c].punct(), Some(',' | ':'))
            && !(c + 1 >= hi && u[c].punct().is_some())
    {
        return None;
    }
    let opens = if u[a].flags & DET != 0 {
        u.get(a + 1)
            .is_some_and(|n| n.is_word() && (n.cap || before_its_noun(u, text, a + 1)))
    } else {
        u[a].cap && !matches!(u[a].text(text), "Herr" | "Herrn" | "Frau")
    };
    (opens
        && u[c - 1].cap
        && verbless(u, text, a, c)
        && np_right(doc, text, v + 1, comma).is_some_and(|(_, e)| e == comma))
    .then_some(c)
}

/// Whether `x` is an acronym (`NATO`, `BKA`): two or more capitals and nothing else.
pub(crate) fn acronym(x: &str) -> bool {
    x.len() > 1 && x.bytes().all(|b| b.is_ascii_uppercase())
}

/// Endings of common nouns that follow `von der` (`Stadtverwaltung`, `Polizei`,
/// `Kommission`): the word after the particles is no surname.
const NOUN_ENDS: &[&str] = &[
    "ung", "heit", "keit", "schaft", "ion", "ei", "tät", "ie", "enz", "anz", "ik", "ur", "amt",
    "stadt",
];

/// A capitalised sentence-initial adverb or participle (`Relativierend`, `Bezeichnenderweise`).
fn adverb_like(text: &str, u: &Unit) -> bool {
    let w = u.text(text);
    u.cap
        // (`Monatelang`, `Jahrzehntelang`, `Lebenslang`; not the surname `Lang`.)
        && (["end", "weise", "lich", "ig", "falls", "dings", "ell", "elang", "nlang", "slang"]
            .iter()
            .any(|s| w.ends_with(s))
            // (Short adverbs and adjectives used as adverbs with no such ending.)
            || matches!(
                w,
                "Konkret"
                    | "Scharf"
                    | "Offen"
                    | "Indes"
                    | "Damals"
                    | "Dazu"
                    | "Hierzu"
                    | "Darauf"
                    | "Kritisch"
                    | "Klar"
                    | "Direkt"
                    | "Knapp"
                    | "Kurz"
                    | "Vorab"
                    | "Explizit"
                    | "Intern"
                    | "Prompt"
            ))
}

/// A lower-case word inside a name (`Ursula von der Leyen`, `Bank of America`).
pub(crate) fn name_particle(text: &str, u: &Unit) -> bool {
    matches!(
        u.text(text),
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
            | "du"
            | "della"
            | "dos"
            | "y"
            // (Inside English names: `Movement for Democratic Change`, `Bank of America`.)
            | "of"
            | "for"
            | "and"
            | "the"
    )
}

/// Whether `von der`/`van den` … at `j` is part of a name (`Ursula von der Leyen`,
/// `Alexander Van der Bellen`): a capitalised word after the two particles, and before
/// `von der` a first name: a capitalised word that is no role (`der Sprecher von der
/// Polizei` is none), after a role, a preposition or a lower-case word other than an
/// article (not `Karl Harb von der Zeitung`, `Die Rede von der Zukunft`), nor the word
/// after the particles a common noun by its ending (`Anna von der Stadtverwaltung`) or an
/// acronym.
fn von_der_name(text: &str, units: &[Unit], j: usize, hi: usize) -> bool {
    let w = |i: usize| units.get(i).map_or("", |u| u.text(text));
    let van = matches!(w(j), "van" | "Van");
    // (Endings of nominalised adjectives, no first names': `Sportliches von der Copa`.)
    const ADJ_ENDS: &[&str] = &["ches", "iges", "tes", "lichen", "ischen"];
    let first_name_at = |i: usize| {
        units[i].is_word()
            && units[i].cap
            && !role_like(text, &units[i])
            && !ADJ_ENDS.iter().any(|e| w(i).ends_with(e))
            && (i == 0 || {
                let p = &units[i - 1];
                !p.is_word()
                    || role_like(text, p)
                    || p.flags & (PREP | CUE) != 0
                    || !p.cap && p.flags & DET == 0
            })
    };
    (van && matches!(w(j + 1), "der" | "den") || w(j) == "von" && w(j + 1) == "der")
        && j + 2 < hi
        && units[j + 2].is_word()
        && units[j + 2].cap
        && (van
            || j > 0
                && first_name_at(j - 1)
                && !acronym(w(j + 2))
                && !NOUN_ENDS.iter().any(|e| w(j + 2).ends_with(e)))
}

/// `von der`, `van der` or `van den` and a capitalised word that is no common noun by
/// its ending ([`NOUN_ENDS`], nor one of the feminine nouns that usually follow `von der`
/// without a first name before: `Bühne`, `Feuerwehr`) and no acronym, then the clause's end
/// or a word that is no noun: a surname without its first name (`von der Leyen`).
fn bare_von_der_name(text: &str, units: &[Unit], j: usize, hi: usize) -> bool {
    // (`von` and `van` have three bytes: most words end the test there.)
    if units[j].span.len() != 3 || units[j].cap {
        return false;
    }
    const MORE_ENDS: &[&str] = &["e", "wehr", "front", "kammer", "bank"];
    let w = |i: usize| units.get(i).map_or("", |u| u.text(text));
    let name = w(j + 2);
    matches!((w(j), w(j + 1)), ("von", "der") | ("van", "der" | "den"))
        && j + 2 < hi
        && units[j + 2].is_word()
        && units[j + 2].cap
        && !acronym(name)
        && !NOUN_ENDS.iter().chain(MORE_ENDS).any(|e| name.ends_with(e))
        && units
            .get(j + 3)
            .filter(|_| j + 3 < hi)
            .is_none_or(|n| !(n.is_word() && n.cap))
}

/// A surname written with a lower-case Arabic article (`el-Baradei`, `al-Assad`,
/// `as-Sisi`): part of the name before it (`Mohammed el-Baradei`).
fn particle_name(w: &str) -> bool {
    // (Cheap test first: a hyphen as the third, fourth or fifth byte.)
    let b = w.as_bytes();
    if !(b.get(2) == Some(&b'-') || b.get(3) == Some(&b'-') || b.get(4) == Some(&b'-')) {
        return false;
    }
    [
        "al-", "el-", "ad-", "ar-", "as-", "asch-", "at-", "az-", "an-",
    ]
    .iter()
    .any(|p| {
        w.strip_prefix(p)
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_uppercase)
    })
}

/// Whether the particle `den` at `j` is an article opening the next phrase (`der
/// Bürgermeister den Vorschlag`) rather than part of a name, which needs `von`/`van`
/// before it (`Ludwig van den Berg`). (`der` after a noun stays: a genitive continues the
/// phrase, `Vorschlag der CDU`.)
fn article_after_noun(text: &str, units: &[Unit], j: usize) -> bool {
    text.get(units[j].span.range()) == Some("den")
        && !(j > 0
            && matches!(
                text.get(units[j - 1].span.range()),
                Some("von" | "van" | "zu")
            ))
}

/// A capitalised content word (not a sentence-initial function word).
fn cap_noun(u: &Unit) -> bool {
    u.is_word() && u.cap && u.flags & (FUNC | PREP | DET | PRONOUN) == 0
}

/// A noun phrase starting at or after `i` (skipping adverbs and prepositional phrases)
/// before the clause ends; returns a unit range.
pub fn np_right(doc: &Doc, text: &str, i: usize, hi: usize) -> Option<(usize, usize)> {
    np_right_any(doc, text, i, hi).filter(|&(s, e)| !vocative(text, &doc.units, s, e))
}

/// A noun of a group led by someone (`Team`, `Forscherteam`, `Gruppe`, `Forscher`): the
/// person after `um` leads it (`ein Team um X`).
fn team_head(w: &str) -> bool {
    w.ends_with("team")
        || w.ends_with("Team")
        || w.ends_with("gruppe")
        || w.ends_with("Gruppe")
        || matches!(
            w,
            "Forscher" | "Forschende" | "Wissenschaftler" | "Astronomen" | "Mediziner"
        )
}

/// [`np_right`] without the vocative filter.
fn np_right_any(doc: &Doc, text: &str, mut i: usize, hi: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let mut skipped = 0;
    while i < hi && skipped < 8 {
        let u = units[i];
        match u.kind {
            UKind::Punct(c) if c == '-' || c == '–' => return None,
            // `schrieb „Die Zeit“`: a quoted name opening with an article (a quoted word
            // after a verb is more often content: `nannte „Unsinn“`).
            UKind::Mark(_) => {
                return quoted_name_end(units, i, hi)
                    .filter(|_| units.get(i + 1).is_some_and(|n| n.flags & DET != 0))
                    .map(|c| (i, c));
            }
            UKind::Punct(_) => return None,
            UKind::Word => {}
        }
        if u.flags & PRONOUN != 0
            || u.flags & (DET | FUNC) != 0 && demonstrative_alone(text, units, i, hi)
        {
            return Some((i, i + 1));
        }
        // `sagte von der Leyen`: a surname's particles right after the verb, before a word
        // that no common noun's ending marks (not `berichtete von der Konferenz`).
        if skipped == 0 && bare_von_der_name(text, units, i, hi) {
            return Some((i, i + 3));
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
        // (A number opens the phrase of the noun right after it: `37 Prozent der Befragten`,
        // `200 Demonstranten`.)
        let numeral = u.digit && i + 1 < hi && cap_noun(&units[i + 1]);
        if u.flags & DET != 0
            || cap_noun(&u)
            || numeral
            || adjective_like(text, &u) && i + 1 < hi && units[i + 1].is_word()
        {
            let s = i;
            let mut e = i;
            let mut j = i;
            let mut seen_det = false;
            while j < hi {
                let v = units[j];
                // `die „Computerwoche“`, `der „Deutsche Fußball-Bund“`: a quoted name right
                // after the article (and adjectives) is the phrase's head.
                if v.mark().is_some() && e == s && j > s && units[s].flags & DET != 0 {
                    if let Some(c) = quoted_name_end(units, j, hi) {
                        return Some((s, c));
                    }
                }
                // A quoted name after a genitive article (`die Online-Ausgabe des „Spiegel“`).
                if v.mark().is_some() && e + 1 == j && genitive_article(units[e].text(text)) {
                    if let Some(c) = quoted_name_end(units, j, hi) {
                        e = c;
                        j = c;
                        continue;
                    }
                }
                // `Haus & Grund`, `Procter & Gamble`, `CDU/CSU-Fraktion`, `Bündnis 90/Die
                // Grünen`: `&` or a slash written without spaces joins two parts of a name.
                // (Asked of punctuation only: most units are words.)
                if !v.is_word()
                    && e == j
                    && e > s
                    && j + 1 < hi
                    && units[j + 1].is_word()
                    && units[j + 1].cap
                {
                    let joins = match v.text(text) {
                        "&" => true,
                        "/" => {
                            units[j - 1].span.end == v.span.start
                                && v.span.end == units[j + 1].span.start
                        }
                        _ => false,
                    };
                    if joins {
                        e = j + 2;
                        j += 2;
                        continue;
                    }
                }
                // `Ärzte ohne Grenzen`, `Reporter ohne Grenzen`: a name goes on past `ohne`.
                if e == j
                    && e > s
                    && v.text(text) == "ohne"
                    && units.get(j + 1).is_some_and(|n| n.text(text) == "Grenzen")
                    && j + 1 < hi
                {
                    e = j + 2;
                    j += 2;
                    continue;
                }
                // `ein Forscherteam um Lijing Cheng`, `eine Gruppe um die Biologin Ana
                // Ruiz`: a team goes on past `um` to the person who leads it.
                if e == j && e > s && v.text(text) == "um" && team_head(units[e - 1].text(text)) {
                    let mut k = j + 1;
                    let det = k < hi && matches!(units[k].text(text), "den" | "die" | "der");
                    k += usize::from(det);
                    let names = k;
                    while k < hi && units[k].is_word() && units[k].cap {
                        k += 1;
                    }
                    // (A role and a name, or a first name and a surname: not a time, `ein
                    // Forscher um Mitternacht`.)
                    if k >= names + if det { 1 } else { 2 } {
                        e = k;
                        j = k;
                        continue;
                    }
                }
                // (`Bündnis 90/Die Grünen`: a number before the slash.)
                if e == j
                    && e > s
                    && v.digit
                    && j + 2 < hi
                    && units[j + 1].text(text) == "/"
                    && v.span.end == units[j + 1].span.start
                    && units[j + 1].span.end == units[j + 2].span.start
                    && units[j + 2].cap
                {
                    e = j + 3;
                    j += 3;
                    continue;
                }
                if !v.is_word() {
                    break;
                }
                // An extended attribute between the article and its noun: `der für die
                // Region zuständige Koordinator`, `die vom Führer vorgetragene Petition`.
                // (Not after a noun of age: `der 61-Jährige bei einer kurzen Pressekonferenz`.)
                if v.flags & PREP != 0
                    && !v.cap
                    && seen_det
                    && e == s
                    && !crate::detect::age_noun(units[j - 1].text(text))
                {
                    // (Or before a quoted name: `die in Linz erscheinende „Rundschau“`.)
                    if let Some(k) = (j + 1..(j + 8).min(hi.saturating_sub(1))).find(|&k| {
                        adjective_like(text, &units[k])
                            && (cap_noun(&units[k + 1])
                                || units[k + 1].mark().is_some()
                                    && units.get(k + 2).is_some_and(|n| n.is_word() && n.cap))
                    }) {
                        if (j + 1..k).all(|m| units[m].is_word() || units[m].punct() == Some('-')) {
                            j = k + 1;
                            continue;
                        }
                    }
                }
                // `des Landesamts für Gesundheit und Lebensmittelsicherheit`, `der Minister
                // für Arbeit und Soziales`: the name goes on past `für`.
                if e == j
                    && e > s
                    && v.text(text) == "für"
                    && institution_head(units[e - 1].text(text))
                {
                    if let Some(k) = fuer_name_end(text, units, j + 1, hi) {
                        e = k;
                        j = k;
                        continue;
                    }
                }
                // (A plural of `-ung`, `-heit`, `-keit` or `-schaft` after the head is an object
                // that follows the phrase, never part of a name: `meldete Airbus Bestellungen`,
                // `nannte die Organisation Schätzungen`.)
                if e == j && e > s && cap_noun(&units[e - 1]) && abstract_plural(v.text(text)) {
                    break;
                }
                // (Nor is a weekday with its time of day: `meldete die BBC Mittwochfrüh`.)
                if e == j && e > s && weekday_time(v.text(text)) {
                    break;
                }
                // `Artikel 65 des Grundgesetzes`, `dem Dekret Nr. 72-186`: a number after a
                // noun that numbers a text is part of its name.
                let numbered = v.digit
                    && e == j
                    && e > s
                    && matches!(
                        units[e - 1].text(text),
                        "Artikel"
                            | "Art."
                            | "Paragraf"
                            | "Paragraph"
                            | "Paragrafen"
                            | "Paragraphen"
                            | "Absatz"
                            | "Abs."
                            | "Nr."
                            | "Nummer"
                            | "Kapitel"
                            | "Abschnitt"
                            | "Resolution"
                            | "Ziffer"
                            | "Anhang"
                    );
                if cap_noun(&v) || numbered || e == j && e > s && particle_name(v.text(text)) {
                    e = j + 1;
                } else if numeral && j == s {
                } else if v.flags & DET != 0 && j == s && !seen_det {
                    seen_det = true;
                } else if j == s + 1
                    && e == s
                    && matches!(text.get(v.span.range()), Some("der" | "des"))
                    && partitive(units[s].text(text))
                {
                    // `einer der Ärzte`: a partitive pronoun before its genitive.
                } else if adjective_like(text, &v) && !(e == j && e > s)
                    // (Not right after the head noun: `Nach Darstellung der Staatsanwaltschaft
                    // handelte der Mann allein`, where the `-te` word is the verb.)
                    // A genitive attribute after the head (`der Vorsitzende des Verbands`,
                    // `der Direktor der peruanischen Behörde`).
                    || (e == j
                        && e > s
                        && genitive_article(v.text(text))
                        && genitive_follows(text, units, j + 1, hi))
                    || (e > s
                        && name_particle(text, &v)
                        && j + 1 < hi
                        && units[j + 1].cap
                        && !article_after_noun(text, units, j))
                    || (e == j && e > s && von_der_name(text, units, j, hi))
                {
                } else {
                    break;
                }
                j += 1;
            }
            if e > s {
                return Some((s, e));
            }
            // A nominalised adjective written in lower case after its article (`der
            // 81-jährige in einem Interview`): article and adjective, before a preposition or
            // the clause end.
            if seen_det
                && j == s + 2
                && adjective_like(text, &units[s + 1])
                && text
                    .get(units[s + 1].span.range())
                    .is_some_and(|x| x.ends_with('e') || x.ends_with("en"))
                && (j >= hi
                    || !units[j].is_word()
                    || units[j].flags & PREP != 0
                    // (A noun of age is a whole phrase with its article, whatever follows:
                    // `die 62-Jährige der Zeitung`, `fügte die 52-Jährige hinzu`.)
                    || crate::detect::age_noun(units[s + 1].text(text)))
            {
                return Some((s, j));
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

/// A noun that heads a name continued by `für …` (`Bundesamt`, `Ministerium`, `Institut`,
/// `Kommission`, `Beauftragte`, `Minister`), compared by its ending.
fn institution_head(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "amt",
        "amts",
        "amtes",
        "ministerium",
        "ministeriums",
        "institut",
        "instituts",
        "institutes",
        "akademie",
        "zentrum",
        "zentrums",
        "zentrale",
        "agentur",
        "kommission",
        "rat",
        "rats",
        "rates",
        "behörde",
        "stiftung",
        "verband",
        "verbands",
        "verbandes",
        "gesellschaft",
        "büro",
        "büros",
        "komitee",
        "komitees",
        "beauftragte",
        "beauftragten",
        "beauftragter",
        "minister",
        "ministerin",
        "ministers",
        "senator",
        "senatorin",
        "kommissar",
        "kommissarin",
        "staatssekretär",
        "staatssekretärin",
        "ausschuss",
        "ausschusses",
        "verein",
        "vereins",
        "fonds",
        "sprecher",
        "sprecherin",
    ];
    ENDS.iter().any(|e| ends_ci(w, e))
}

/// One past the last capitalised word of the `für …` part of a name from `k` (after
/// `für`): capitalised words joined by `und`, `sowie`, hyphens, articles, `von` and `in`
/// before an article (`für Sicherheit in der Informationstechnik`), at most eight units.
fn fuer_name_end(text: &str, units: &[Unit], k: usize, hi: usize) -> Option<usize> {
    let mut last = None;
    for i in k..hi.min(k + 8) {
        let u = &units[i];
        // (`in der …` goes on, `in Heidelberg` names a place: it ends the name.)
        let article_next = || {
            units
                .get(i + 1)
                .is_some_and(|n| matches!(n.text(text), "der" | "die" | "den"))
        };
        if cap_noun(u) {
            last = Some(i + 1);
        } else if u.punct() == Some('-')
            || u.is_word()
                && (matches!(
                    u.text(text),
                    "und" | "sowie" | "der" | "die" | "das" | "des" | "den" | "dem" | "von"
                ) || u.text(text) == "in" && article_next())
        {
        } else {
            break;
        }
    }
    last
}

/// A partitive pronoun that heads a genitive plural (`Einer der Ärzte`, `eine der Firmen`).
fn partitive(w: &str) -> bool {
    matches!(
        w,
        "Einer"
            | "einer"
            | "Eine"
            | "eine"
            | "Eines"
            | "eines"
            | "Keiner"
            | "keiner"
            | "Keine"
            | "keine"
    )
}

/// An article that can open a genitive attribute after a noun.
fn genitive_article(w: &str) -> bool {
    matches!(w, "des" | "der" | "eines" | "einer")
}

/// Whether a genitive phrase's noun follows from `j` (attributive adjectives first) before
/// `hi`, or a quoted name does.
fn genitive_follows(text: &str, units: &[Unit], j: usize, hi: usize) -> bool {
    let mut k = j;
    while k < hi && k < j + 4 && adjective_like(text, &units[k]) {
        k += 1;
    }
    k < hi && (cap_noun(&units[k]) || k == j && units[k].mark().is_some())
}

/// The end (after the closing mark) of a short quoted name opening at the mark `j`, before
/// `hi`: at most six units inside, opening with a capitalised word (`„Die Zeit“`, `„BBC
/// News“`, `„Computerwoche“`).
pub(crate) fn quoted_name_end(units: &[Unit], j: usize, hi: usize) -> Option<usize> {
    let first = units.get(j + 1)?;
    if !(first.is_word() && first.cap) {
        return None;
    }
    let c = (j + 2..hi.min(j + 8)).find(|&k| units[k].mark().is_some())?;
    Some(c + 1)
}

/// Whether units `lo..hi` hold the finite verb of a main clause: a known finite form in a
/// stretch between commas that opens with no relative word or subordinating conjunction
/// (`Das ist das Letzte, was …`, but not `Die Partei, die am Samstag gewann`).
fn main_clause_before(doc: &Doc, text: &str, lo: usize, hi: usize) -> bool {
    let units = &doc.units;
    let mut open = lo;
    (lo..hi).any(|k| {
        if units[k].punct() == Some(',') {
            open = k + 1;
            return false;
        }
        units[k].flags & FINITE != 0
            && k > open
            && !relative_word(units[open].text(text))
            && units[open].flags & COMP == 0
    })
}

/// A weekday written with its time of day (`Mittwochfrüh`, `Montagabend`): a time, never
/// part of a name.
fn weekday_time(w: &str) -> bool {
    // (The weekdays of `TIME_WORDS`, after its twelve months.)
    const DAYS: &[&str] = TIME_WORDS.split_at(12).1.split_at(7).0;
    const TIMES: &[&str] = &[
        "früh",
        "morgen",
        "vormittag",
        "mittag",
        "nachmittag",
        "abend",
        "nacht",
    ];
    DAYS.iter()
        .find_map(|d| w.strip_prefix(d))
        .is_some_and(|t| TIMES.contains(&t))
}

/// A plural of an abstract noun (`Bestellungen`, `Freiheiten`, `Möglichkeiten`,
/// `Gewerkschaften`): a common noun, never the part of a name.
fn abstract_plural(w: &str) -> bool {
    w.len() >= 8
        && ["ungen", "heiten", "keiten", "schaften"]
            .iter()
            .any(|s| w.ends_with(s))
}

/// The noun phrase that ends right before `v`, if it does not sit in a prepositional phrase.
pub fn np_left(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    np_left_any(doc, text, lo, v).filter(|&(s, e)| !vocative(text, &doc.units, s, e))
}

/// Whether units `s..e` end in a form of address (`meine Damen und Herren`, `liebe
/// Kolleginnen und Kollegen`, `sehr geehrte Zuhörer`): the addressed, never a speaker.
/// A plural noun of address with `meine`, `liebe`, `geehrte` or `verehrte` up to three
/// words before it.
fn vocative(text: &str, units: &[Unit], s: usize, e: usize) -> bool {
    const HEADS: &[&str] = &[
        "Damen",
        "Herren",
        "Kolleginnen",
        "Kollegen",
        "Zuhörer",
        "Zuhörerinnen",
        "Zuschauer",
        "Zuschauerinnen",
        "Mitbürger",
        "Mitbürgerinnen",
        "Freunde",
        "Freundinnen",
    ];
    const GREETING: &[&str] = &[
        "meine",
        "Meine",
        "liebe",
        "Liebe",
        "geehrte",
        "Geehrte",
        "verehrte",
        "Verehrte",
        "geehrten",
        "verehrten",
        "lieben",
    ];
    let w = |i: usize| units[i].text(text);
    let e = e.min(units.len());
    // (`Herr Brunner, Sie haben argumentiert`: a title and name set off by a comma before a
    // pronoun of address.)
    let addressed = s < e
        && matches!(w(s), "Herr" | "Frau")
        && units.get(e).is_some_and(|u| u.punct() == Some(','))
        && units
            .get(e + 1)
            .is_some_and(|u| matches!(text.get(u.span.range()), Some("Sie" | "du" | "ihr")));
    addressed
        || s < e
            && (s..e).any(|h| HEADS.contains(&w(h)))
            && (s.saturating_sub(3)..e).any(|i| units[i].is_word() && GREETING.contains(&w(i)))
}

/// [`np_left`] without the vocative filter.
fn np_left_any(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    if v == 0 || v <= lo {
        return None;
    }
    // `Olaf Scholz – sichtlich verärgert – sagte`: an aside between dashes lies between the
    // subject and its verb.
    if let Some(open) = crate::detect::dash_aside_open(doc, lo, v - 1) {
        let np = np_left(doc, text, lo, open)?;
        return clause_start(doc, lo, np.0).then_some(np);
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
            // A finite verb makes the stretch a clause, not an apposition (`Das, meine Damen
            // und Herren, habe die Regierung versäumt, sagte sie`); so does an infinitive
            // with `zu` (`Russland habe nicht die Absicht, die Ukraine anzugreifen, sagte
            // Peskow`: the phrase before it is an object in the report).
            if units[c].is_word()
                && !units[c].cap
                && (units[c].flags & (FINITE | KONJ1 | KONJ2 | SOLL) != 0
                    || aux_or_modal(units[c].text(text))
                    || zu_infinitive(text, units, c, units.len()))
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
    // `Er selbst sprach von …`: the pronoun before a focus particle.
    if v >= lo + 2
        && units[v - 2].flags & PRONOUN != 0
        && matches!(last.text(text), "selbst" | "selber")
    {
        return Some((v - 2, v - 1));
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
        // (`Ursula von der Leyen`: the particles and the first name before them.)
        if s >= lo + 3 && von_der_name(text, units, s - 2, v) {
            s -= 2;
            continue;
        }
        // (An `-e` word between two nouns is a Konjunktiv I, not an adjective: `Die Justiz
        // beanspruche Befugnisse, die …, erklärte X`.)
        let verb_between = || s >= 2 && konj1_between_nouns(text, units, s - 1);
        if cap_noun(&p)
            || p.flags & DET != 0
            || adjective_like(text, &p) && !verb_between()
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
                    // (`Einer der Ärzte`: a partitive pronoun before the genitive.)
                    if matches!(text.get(p.span.range()), Some("der" | "des"))
                        && s > lo
                        && partitive(units[s - 1].text(text))
                    {
                        s -= 1;
                    }
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
    // (Nor after `als`: `Als Grund nannte das Unternehmen …` names the reason, not who.)
    if s > lo
        && units[s - 1].is_word()
        && (units[s - 1].flags & PREP != 0 && units[s - 1].flags & FUNC == 0
            || s - 1 == lo && matches!(units[s - 1].text(text), "Als" | "als"))
    {
        return None;
    }
    Some((s, v))
}

/// A separable verb's infinitive with `zu` between particle and stem (`hinzuweisen`,
/// `aufzuheben`, `einzuführen`).
fn infixed_zu(w: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "an", "auf", "aus", "ein", "ab", "vor", "zurück", "hin", "her", "mit", "nach", "weg",
        "fest", "bei", "dar", "um", "wieder", "hinzu", "heraus", "hinaus", "durch", "frei", "fort",
        "zusammen", "offen", "stand", "nieder", "statt", "voran", "vorbei", "los", "zu", "hervor",
        "entgegen", "weiter", "teil", "hoch", "fern", "kennen", "bekannt", "klar",
    ];
    // (Where `zu` stands first, then whether the bytes before it are a particle: one lookup
    // per `zu`, not a prefix test per particle. A `z` byte is always a char boundary.)
    let b = w.as_bytes();
    w.len() > 6
        && w.ends_with('n')
        && b[0].is_ascii_lowercase()
        && (2..=8.min(b.len() - 5))
            .any(|p| b[p] == b'z' && b[p + 1] == b'u' && PARTICLES.contains(&&w[..p]))
}

/// Whether unit `i` (before `hi`) is an infinitive with `zu`: `zu` before a lower-case word
/// in `-n` (`zu führen`), or a particle verb with `zu` inside (`hinzuweisen`).
pub(crate) fn zu_infinitive(text: &str, units: &[Unit], i: usize, hi: usize) -> bool {
    let Some(w) = units.get(i).map(|u| u.text(text)) else {
        return false;
    };
    infixed_zu(w)
        || w == "zu"
            && i + 1 < hi
            && units
                .get(i + 1)
                .is_some_and(|n| n.is_word() && !n.cap && n.text(text).ends_with('n'))
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
    let lo = past_quoted_name(doc, lo, cue.verb);
    speaker_phrase(doc, text, cue, lo, hi)
        .map(|np| with_apposition(doc, text, np, hi))
        .map(|np| with_name_before(doc, text, np, lo))
        .map(|np| with_correlative(doc, text, np, lo, hi))
        .map(|np| without_medium_addressee(doc, text, np))
}

/// A phrase with two attributes in `der` whose last names a medium loses that last one: it
/// is the dative addressee of the verb, not a second genitive (`Wie ein Sprecher der Polizei
/// der Deutschen Presse-Agentur sagte`). One attribute stays (`Ein Sprecher der Zeitung`),
/// except after an unnamed source (`eine Quelle der Nachrichtenagentur Reuters`).
fn without_medium_addressee(doc: &Doc, text: &str, np: (usize, usize)) -> (usize, usize) {
    let units = &doc.units;
    let (s, e) = np;
    if e > units.len() || e < s + 3 {
        return np;
    }
    let attribute = |i: &usize| {
        units[*i].text(text) == "der"
            && (cap_noun(&units[*i - 1]) || crate::detect::age_noun(units[*i - 1].text(text)))
    };
    let Some(last) = (s + 1..e).rev().find(attribute) else {
        return np;
    };
    // (One genitive is the speaker's own, `ein Sprecher der Deutschen Presse-Agentur`, but
    // not after a head that belongs to no medium: an unnamed source, `eine ukrainische
    // Quelle der Nachrichtenagentur Reuters` spoke to it; a noun of age or a name, `die
    // 62-Jährige der „Mittelbayerischen Zeitung“`, `Anna Meier der Zeitung`; a role outside
    // the media, `die CDU-Politikerin der „Rheinischen Post“`. Not `ein Sprecher der
    // Zeitung`, `Experten der Zeitung`.)
    let head = &units[last - 1];
    let hw = head.text(text);
    let staff = media_staff(hw);
    let no_own_medium = matches!(
        hw,
        "Quelle"
            | "Quellen"
            | "Insider"
            | "Informant"
            | "Diplomat"
            | "Diplomaten"
            | "Beamter"
            | "Augenzeuge"
            | "Augenzeugin"
            | "Zeuge"
            | "Zeugin"
    ) || crate::detect::age_noun(hw)
        || !staff && (name_like(text, head) || role_like(text, head) && !hw.ends_with("en"));
    // (An agency by its lower-case byline, `sagte ein Sprecher der dpa`, is addressed: its
    // own people are compounds, `ein dpa-Korrespondent`.)
    let byline =
        last + 2 == e && crate::units::lower_case_name(units[last + 1].text(text).as_bytes());
    if !no_own_medium && !byline && !(s + 1..last).any(|i| attribute(&i)) {
        return np;
    }
    const MEDIA: &[&str] = &[
        "presse-agentur",
        "presseagentur",
        "nachrichtenagentur",
        "zeitung",
        "sender",
        "magazin",
        "zeitschrift",
    ];
    // (A quoted name is a title, most often a paper's: `der „Rheinischen Post“`.)
    let medium = (last + 1..e).any(|i| {
        let x = units[i].text(text);
        units[i].cap && MEDIA.iter().any(|m| ends_ci(x, m))
            || matches!(
                x,
                "dpa"
                    | "AFP"
                    | "Reuters"
                    | "AP"
                    | "APA"
                    | "PAP"
                    | "ANSA"
                    | "KNA"
                    | "epd"
                    | "SDA"
                    | "Kathpress"
                    | "Interfax"
                    | "Xinhua"
                    | "Agentur"
            )
            || units[i].mark().is_some() && no_own_medium
    });
    if medium && (s..last).all(|i| units[i].is_word()) {
        return (s, last);
    }
    np
}

/// A capitalised word that reads as a name's last part (`Meier`, `Schmidt`), not a common
/// noun: no noun ending (`-ung`, `-heit`, `-schaft`, `-tion`, …), no plural in `-en`
/// (`Experten der Zeitung` are the paper's), and none of the paper's own people
/// (`Mitarbeiter`, `Redakteur`, `Reporter`, `Journalist`, `Korrespondent`).
fn name_like(text: &str, u: &Unit) -> bool {
    const ENDS: &[&str] = &[
        "ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "en", "nis", "tum", "ling", "e",
        "in", "arbeiter", "akteur", "porter", "ist", "geber", "leser", "ent",
    ];
    let w = u.text(text);
    u.is_word()
        && u.cap
        && u.flags & (ROLE_NOUN | SPEECH_NOUN | DET) == 0
        && !ENDS.iter().any(|x| w.ends_with(x))
}

/// A role a news medium has people in (`Sprecher`, `Chefredakteur`, `Verleger`):
/// with a medium after it, a genitive (`ein Sprecher der Zeitung`).
fn media_staff(w: &str) -> bool {
    // (A compound `-sprecher` names an organisation of its own, `ein Heeressprecher der APA`,
    // `die Polizeisprecherin der Zeitung`: a dative.)
    if matches!(
        w,
        "Sprecher" | "Sprecherin" | "Pressesprecher" | "Pressesprecherin"
    ) {
        return true;
    }
    const ENDS: &[&str] = &[
        "redakteur",
        "redakteurin",
        "herausgeber",
        "herausgeberin",
        "korrespondent",
        "korrespondentin",
        "reporter",
        "reporterin",
        "journalist",
        "journalistin",
        "mitarbeiter",
        "mitarbeiterin",
        "leiter",
        "leiterin",
        "chef",
        "chefin",
        "gründer",
        "gründerin",
        "direktor",
        "direktorin",
        "intendant",
        "intendantin",
        "vertreter",
        "vertreterin",
        "verleger",
        "verlegerin",
        "eigentümer",
        "eigentümerin",
        "besitzer",
        "besitzerin",
        "inhaber",
        "inhaberin",
        "autor",
        "autorin",
        "kolumnist",
        "kolumnistin",
    ];
    ENDS.iter().any(|e| ends_ci(w, e))
}

/// A phrase that is one part of `sowohl … als auch …` or `weder … noch …` stands for the
/// whole pair (`Sowohl Regierung als auch Opposition betonten`, `betonten sowohl die
/// Regierung als auch die Opposition`). Bounded: the first part holds at most 8 units.
fn with_correlative(
    doc: &Doc,
    text: &str,
    np: (usize, usize),
    lo: usize,
    hi: usize,
) -> (usize, usize) {
    let units = &doc.units;
    let hi = hi.min(units.len());
    let w = |i: usize| units[i].text(text);
    let (s, e) = np;
    // (One look at the word before the phrase first: most phrases are no such part.)
    if s >= e
        || e > hi
        || s <= lo
        || !matches!(
            w(s - 1),
            "auch" | "noch" | "sowohl" | "Sowohl" | "weder" | "Weder"
        )
    {
        return np;
    }
    let words = |a: usize, b: usize| (a..b).all(|i| units[i].is_word());
    // The second part: its opening word pair before it, the first word further back.
    let second = |second_word: &[&str], first_word: &[&str]| {
        let k = second_word.len();
        if s < lo + k + 1 || !(0..k).all(|j| w(s - k + j) == second_word[j]) {
            return None;
        }
        let p = (lo.max(s.saturating_sub(k + 9))..s - k)
            .rev()
            .find(|&i| first_word.contains(&w(i)))?;
        words(p, s).then_some((p, e))
    };
    // The first part: the second part's words and phrase after it.
    let first = |first_word: &[&str], second_word: &[&str]| {
        let k = second_word.len();
        if s <= lo || !first_word.contains(&w(s - 1)) || e + k >= hi {
            return None;
        }
        if !(0..k).all(|j| w(e + j) == second_word[j]) {
            return None;
        }
        let (_, y) = np_right(doc, text, e + k, hi).filter(|&(x, _)| x == e + k)?;
        words(s - 1, y).then_some((s - 1, y))
    };
    second(&["als", "auch"], &["sowohl", "Sowohl"])
        .or_else(|| second(&["noch"], &["weder", "Weder"]))
        .or_else(|| first(&["sowohl", "Sowohl"], &["als", "auch"]))
        .or_else(|| first(&["weder", "Weder"], &["noch"]))
        .unwrap_or(np)
}

/// A phrase after a comma that a name of two or more capitalised words opens the clause
/// before (`Rob Mueller, Klub-Sekretär der Buitenboys sagte`, its closing comma missing):
/// the name and its apposition are the speaker.
fn with_name_before(doc: &Doc, text: &str, np: (usize, usize), lo: usize) -> (usize, usize) {
    let units = &doc.units;
    let (s, e) = np;
    let c = s.wrapping_sub(1);
    if s >= lo + 3
        && units[c].punct() == Some(',')
        && c - lo <= 4
        // (A pronoun after a form of address is no apposition: `Herr Brunner, Sie sagen …`.)
        && units[s].flags & PRONOUN == 0
        && !matches!(units[lo].text(text), "Herr" | "Frau" | "Kollege" | "Kollegin" | "Liebe" | "Lieber")
        && (lo..c).all(|i| {
            units[i].is_word() && units[i].cap && units[i].flags & (DET | PREP | FUNC) == 0
        })
    {
        return (lo, e);
    }
    (s, e)
}

/// The start of the clause when `lo` falls right after a short quoted name inside a phrase
/// of that clause (`Ein Vertreter der „con energy ag“ bezeichnet …`, `Selbst die Zeitschrift
/// „Jungle World“ hatte kritisiert …`, cut there by a caller that starts after the last
/// quotation mark): the words before the name's article or noun, back to the previous
/// punctuation. Otherwise `lo`.
fn past_quoted_name(doc: &Doc, lo: usize, v: usize) -> usize {
    let units = &doc.units;
    if lo == 0 || lo > v || lo > units.len() || units[lo - 1].mark().is_none() {
        return lo;
    }
    let Some(o) = (lo.saturating_sub(9)..lo - 1)
        .rev()
        .find(|&k| units[k].mark().is_some())
    else {
        return lo;
    };
    let before = o.checked_sub(1).map(|b| units[b]);
    if o + 2 >= lo
        || !(o + 1..lo - 1)
            .all(|k| units[k].is_word() || matches!(units[k].punct(), Some('-' | '.' | '&')))
        || !before.is_some_and(|b| b.is_word() && (b.flags & DET != 0 || cap_noun(&b)))
    {
        return lo;
    }
    let sent = doc.sentences[doc.sentence_of(o)].start;
    let mut a = o;
    while a > sent && units[a - 1].is_word() {
        a -= 1;
    }
    a
}

/// `np` with a parenthesis or a quoted name right after it, and with the noun phrase that
/// follows it set off by a comma when that is an apposition (`Der Leiter der Studie, Klaus
/// Stöhr`, `Günther Platter, der Verteidigungsminister Österreichs`, `X, Präsident des DFB
/// (DFB)`): a noun phrase alone up to a comma, a colon or the end of the sentence or of
/// `hi`, as the gold spans include it.
/// A relative clause (`Der 84-jährige Küng, der als Kritiker gilt`) or a clause of content
/// (`erklärte die Polizei, die Ermittlungen dauerten an`) is no apposition; nor is anything
/// after a pronoun or a time phrase, nor a form of address (`Herr`, `Frau`) or a partitive
/// (`eine der Abgeordneten`). Bounded: the apposition holds at most 12 units.
pub(crate) fn with_apposition(
    doc: &Doc,
    text: &str,
    np: (usize, usize),
    hi: usize,
) -> (usize, usize) {
    let units = &doc.units;
    let hi = hi.min(units.len());
    let (s, mut e) = np;
    if s >= e || e > hi {
        return np;
    }
    // A short parenthesis (`Matthias Berninger (Grüne)`, `die Deutsche Presse-Agentur
    // (dpa)`) and a quoted name after the head noun (`die Nachrichtenagentur „Xinhua“`)
    // belong to the phrase too.
    if e < hi && units[e].punct() == Some('(') {
        if let Some(c) = (e + 1..(e + 6).min(hi)).find(|&k| units[k].punct() == Some(')')) {
            if c > e + 1 && (e + 1..c).all(|k| units[k].is_word()) {
                e = c + 1;
            }
        }
    } else if e < hi && units[e].mark().is_some() && cap_noun(&units[e - 1]) {
        if let Some(c) = quoted_name_end(units, e, hi) {
            e = c;
        }
    }
    let np = (s, e);
    let a = e + 1;
    if a >= hi
        || units[e].punct() != Some(',')
        || units[s].flags & PRONOUN != 0
        || temporal(text, units, s, e)
        || !units[a].is_word()
        || units[a].flags & (PRONOUN | PREP | COMP) != 0
        || units[a].flags & FUNC != 0 && units[a].flags & DET == 0
        || units[a].digit
        // (`Die Bundeskanzlerin, Frau Staatssekretärin, …`: a form of address.)
        || matches!(text.get(units[a].span.range()), Some("Herr" | "Herrn" | "Frau"))
        // (Nor a partitive: `Maria Berger, eine der Abgeordneten, …`.)
        || partitive(units[a].text(text))
    {
        return np;
    }
    // (Past a quoted name inside it: `der Sprecher der so genannten „EVAC-Ambulanz“`.)
    let limit = (a + 16).min(hi + 1);
    let mut k = a + 1;
    let c = loop {
        if k >= limit {
            return np;
        }
        if k == hi
            || matches!(units[k].punct(), Some(',' | ':' | ';' | '!' | '?'))
            || units[k].punct() == Some('.') && !units[k - 1].digit
        {
            break k;
        }
        if units[k].mark().is_some() {
            match quoted_name_end(units, k, hi) {
                Some(z) if z <= hi && units[z - 1].mark().is_some() => k = z,
                _ => return np,
            }
            continue;
        }
        k += 1;
    };
    let Some((x, mut y)) = np_right_any(doc, text, a, c) else {
        return np;
    };
    // (Attributes after its head: a quoted name, a phrase with a preposition, `die Leiterin
    // der Fachstelle für Suchtvorbeugung`, `Sprecher der UN in Birma`.)
    for _ in 0..4 {
        if y >= c {
            break;
        }
        if units[y].mark().is_some() {
            match quoted_name_end(units, y, c) {
                Some(z) if units[z - 1].mark().is_some() => {
                    y = z;
                    continue;
                }
                _ => break,
            }
        }
        let prep = units[y].is_word() && !units[y].cap && units[y].flags & PREP != 0;
        match np_right_any(doc, text, y + 1, c).filter(|&(x2, _)| prep && x2 == y + 1) {
            Some((_, y2)) => y = y2,
            None => break,
        }
    }
    // (Two names joined by `und`: `Die Fraktionschefs, Lars Ahrens und Miriam Kolb, …`.)
    if y + 2 < c
        && units[y].text(text) == "und"
        && (y + 1..c).all(|k| units[k].is_word() && units[k].cap && units[k].flags & DET == 0)
    {
        y = c;
    }
    // (A name may close it without its comma, right before the finite verb: `Der
    // Weihbischof der Diözese Linz, Gerhard Maria Wagner hat …`.)
    if x == a
        && y < c
        && y >= a + 2
        && (a..y).all(|k| units[k].is_word() && units[k].cap && units[k].flags & DET == 0)
        && finite_word(text, &units[y], FINITE | CUE)
    {
        return (s, y);
    }
    // (A parenthesis may close it: `Präsident des DFB (DFB)`.)
    let closes = y == c
        || units[y].punct() == Some('(')
            && units[c - 1].punct() == Some(')')
            && (y + 1..c - 1).all(|k| units[k].is_word());
    if x != a || !closes || temporal(text, units, x, y) {
        return np;
    }
    (s, c)
}

/// [`speaker_for`] before an apposition is added to the phrase.
fn speaker_phrase(
    doc: &Doc,
    text: &str,
    cue: &CueHit,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let units = &doc.units;
    let v = cue.verb;
    let right = np_right(doc, text, v + 1, hi)
        .map(|r| past_dative(doc, text, r, hi))
        .map(|r| without_titled_addressee(doc, text, r));
    if cue.zitieren {
        // `zitierte ihn mit den Worten`: the object pronoun is the one quoted.
        if v + 1 < hi && matches!(units[v + 1].text(text), "ihn" | "ihnen") {
            return Some((v + 1, v + 2));
        }
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
        // `…, sagte Müller.`: a finite verb right after a comma with its subject after it,
        // closing the sentence, is an inverted attribution of all before the comma: its
        // subject is that phrase, whatever the words before hold (an agent, `wurden von der
        // Angst überschattet, sagt X`; a relative clause, `das Letzte, was wir brauchen,
        // sagte X`; a list, `Nicht nur Touristen, auch Reisende …, sagte X`).
        if let Some((s, e)) = right.filter(|&(s, e)| {
            v > lo
                && s == v + 1
                // (A verb that sums up takes an object after a subject with an apposition,
                // `Lars Schauer, Manager von Energie Cottbus, kritisierte die Entscheidung`;
                // after a clause of its own it attributes it: `…, müssen wir …, erwähnte
                // Löw`.)
                && (!cue.report || main_clause_before(doc, text, lo, v - 1))
                && units[v - 1].punct() == Some(',')
                && units[v].flags & FINITE != 0
                // (Closing the sentence, not a clause before content of its own: `Carter,
                // der …, sagte Reportern, dass …`.)
                && (e..doc.sentences[doc.sentence_of(v)].end).all(|k| !units[k].is_word())
                && (units[s].cap && units[s].flags & (DET | PRONOUN) == 0
                    || nominative_det(units[s].text(text))
                    || matches!(units[s].text(text), "er" | "sie" | "wir" | "ich"))
        }) {
            return Some((s, e));
        }
        // `Wie die Mitarbeiterin seines Büros, Arminda Thomas, mitteilte`, `wie X der Presse
        // mitteilte`: the subject of a `wie` clause follows `wie`.
        // (Before an agent in an earlier clause: `…, die von der FIFA ausgetragen wird, wie
        // der Verband bekannt gab`. A `wie` clause may close a sentence and its subject may
        // be a quoted name: `Wie die „Aktion X“ mitteilte`.)
        if let Some(np) = wie_subject(doc, text, lo, v) {
            return Some(np);
        }
        // `ein Experte, der behauptet, …`: the relative pronoun is the subject as written.
        if let Some(np) = relative_subject(doc, text, cue, lo, hi) {
            return Some(np);
        }
        // `Internationale Wahlbeobachter monieren Unregelmäßigkeiten, sprechen aber davon,
        // dass …`: a finite verb opening its clause after a comma with no phrase after it
        // shares the subject of the main clause before the comma.
        if right.is_none() && v > 0 && units[v - 1].punct() == Some(',') {
            if let Some(np) = shared_subject(doc, text, v) {
                return Some(np);
            }
        }
        if let Some(np) = conjunct_subject(doc, text, lo, v) {
            return Some(np);
        }
        if let Some(np) = passive_agent(doc, text, lo, v, hi) {
            return Some(np);
        }
        // `Von der Leyen betonte, …`: a name opening with `Von der`, right before a verb
        // of saying that a comma or colon follows (a prepositional phrase would leave the
        // subject after the verb).
        if v == lo + 3
            && matches!(text.get(units[lo].span.range()), Some("Von" | "Van"))
            && matches!(text.get(units[lo + 1].span.range()), Some("der" | "den"))
            && units[lo + 2].cap
            && units[v].flags & FINITE != 0
            && units
                .get(v + 1)
                .is_some_and(|n| matches!(n.punct(), Some(',' | ':')))
        {
            return Some((lo, v));
        }
        // `In einer Mitteilung wird betont, …`: a passive of saying whose source is the
        // text named in the prepositional phrase opening the clause.
        if let Some(np) = passive_source_phrase(doc, text, lo, v) {
            return Some(np);
        }
        // `Klien wurde vorgeworfen, …`, `Es wird befürchtet, …`: no speaker is named.
        if agentless_passive(doc, text, cue, lo, hi) {
            return None;
        }
        // `Der Vorsitzende des Verbands, Michael Knipper, kritisierte die Entscheidung`:
        // a nominative phrase filling the whole field before the finite verb is the subject,
        // whatever follows the verb.
        // `Weitere Zinsschritte schloss sie aber nicht aus`, `Das Angebot lehnt er ab`: a
        // personal pronoun right after the finite verb is its subject, the field its object
        // (`sie` only when the field opens with no nominative article and names no one:
        // `Die Ministerin nannte sie „fahrlässig“`).
        if let Some(p) = units
            .get(v + 1)
            .filter(|_| units[v].flags & (FINITE | SEP_BASE) != 0 && v > lo)
        {
            let pw = p.text(text);
            let field_nominative = matches!(
                units[lo].text(text),
                "Der" | "Die" | "Das" | "Ein" | "Eine" | "Er" | "Sie" | "Wir" | "Ich"
            ) || person_like(doc, text, lo, v);
            if matches!(pw, "er" | "ich" | "wir") || pw == "sie" && !field_nominative {
                return Some((v + 1, v + 2));
            }
        }
        // `Alle weisen die Vorwürfe zurück`: a pronoun of quantity alone in the field is the
        // subject.
        if v == lo + 1
            && matches!(
                units[lo].text(text),
                "Alle" | "Beide" | "Viele" | "Einige" | "Manche" | "Niemand" | "Keiner" | "Jeder"
            )
        {
            return Some((lo, v));
        }
        // (A lone adverb opening the sentence is no subject: `Konkret bemängelte die
        // Kommission …`.)
        if let Some(np) = vorfeld_subject(doc, text, lo, v).filter(|&(s, e)| {
            !(said_object(text, units, (s, e)) || e == s + 1 && adverb_like(text, &units[s]))
        }) {
            // (Unless subject and verb disagree in number: `Die Äußerungen Hassemers
            // bezeichnete Wiefelspütz als …`: the plural phrase is the object.)
            return Some(agreeing_subject(doc, text, np, v, hi));
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
    let aux_before = || (lo..v).any(|i| text.get(units[i].span.range()).is_some_and(perfect_aux));
    // (`Zur Lage des Vereins wird Watzke wie folgt zitiert`: a passive `zitieren` after a
    // fronted phrase has the quoted one right after its auxiliary.)
    if cue.zitieren
        && units[lo].flags & PREP != 0
        && (lo..v).any(|i| text.get(units[i].span.range()).is_some_and(passive_aux))
    {
        if let Some(np) = subject_after_aux(doc, text, lo, v) {
            return Some(np);
        }
    }
    // (`haben die Geschworenen ihre Entscheidung bekannt gegeben`: the cue opens at
    // `bekannt`, before its participle.)
    if (units[v].flags & FINITE == 0 || aux_before())
        && (cue.second.is_none() || units[v].text(text) == "bekannt")
        && !cue.zitieren
    {
        if let Some(np) = subject_after_aux(doc, text, lo, v) {
            return Some(np);
        }
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
                // (Neither a time phrase nor a dative: `In der Begründung und den Leitsätzen
                // zum Urteil äußerten die Richter`.)
                left = np_left(doc, text, lo, p).filter(|&(s, e)| {
                    !temporal(text, units, s, e)
                        && (units[s].flags & DET == 0 || nominative_det(units[s].text(text)))
                });
            }
        }
    }
    // `X befand … und nannte Y „…“`: the subject of the first conjunct.
    if v > lo
        && matches!(
            text.get(units[v - 1].span.range()),
            Some("und" | "sowie" | "aber")
        )
        // (A separable base is finite too: `… die Polizei und teilte mit, …`.)
        && units[v].flags & (FINITE | SEP_BASE | LASSEN) != 0
    {
        // (After `Als` or a preposition the phrase is no subject: `Als Beispiel führte er …
        // an und führte aus`.)
        let governed = units[lo].flags & PREP != 0
            || matches!(text.get(units[lo].span.range()), Some("Als" | "als"));
        // (Nor one that opens with an accusative or dative article: `Den Vorschlag lehnte
        // der Minister ab und sagte …` has its subject after the first conjunct's verb.)
        let oblique = |s: usize| {
            matches!(
                text.get(units[s].span.range()),
                Some("Den" | "Dem" | "Einen" | "Einem" | "Des" | "Eines" | "Ihn" | "Ihm" | "Ihnen")
            )
        };
        if let Some(np) = np_right(doc, text, lo, v - 1).filter(|&(s, e)| {
            (s == lo || s == lo + 1 && !governed) && !temporal(text, units, s, e) && !oblique(s)
        }) {
            // (A fronted object of the first conjunct's verb right after it gives way to the
            // subject after that verb: `Die Pläne kritisierte der Verband und forderte …`.)
            let (_, e) = np;
            if e + 1 < v && units[e].is_word() && !units[e].cap && units[e].flags & FINITE != 0 {
                return Some(agreeing_subject(doc, text, np, e, v - 1));
            }
            return Some(np);
        }
        if let Some(np) = first_conjunct_inverted(doc, text, lo, v - 1) {
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
        // (`er`, `ich` and `wir` are nominative whatever opens the clause: `Das Angebot
        // lehnt er ab`.)
        let strong = matches!(text.get(units[s].span.range()), Some("er" | "ich" | "wir"));
        if s == v + 1 && units[s].flags & PRONOUN != 0 && e == s + 1 && (!left_nominative || strong)
        {
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
        let first = units[rs].text(text);
        // (A personal pronoun too: `Als Beispiel führte er … an`.)
        let nominative = matches!(
            first,
            "der" | "die" | "ein" | "eine" | "Der" | "Die" | "Ein" | "Eine" | "er" | "sie" | "wir"
        ) || units[rs].cap && units[rs].flags & (DET | PRONOUN) == 0;
        // (A lone sentence-initial adverb taken for a noun counts as fronted too:
        // `Besorgt äußerte sich Kofi Annan`, `Unterdessen sagte der Sprecher`.)
        let lone_adverb = le == ls + 1
            && doc.sentences[doc.sentence_of(ls)].start == ls
            && units[ls].flags & (PRONOUN | DET) == 0
            && (units[ls].flags & FUNC != 0
                || adverb_like(text, &units[ls])
                || text.get(units[ls].span.range()).is_some_and(|w| {
                    w.ends_with("gemäß")
                        || w.ends_with("gemäss")
                        || w.starts_with("Be") && w.ends_with('t')
                }));
        // (A prepositional phrase filling the field holds the phrase before the verb:
        // `Nach einem Treffen zwischen Vorstand und Betriebsrat hält die Bank … fest`.)
        let opens_pp = units[lo].flags & PREP != 0
            && ls > lo + 1
            && (lo..le).all(|i| units[i].is_word())
            && (lo + 1..ls).any(|i| units[i].flags & DET != 0 || !units[i].cap);
        let fronted = lone_adverb
            || said_object(text, units, (ls, le))
            || opens_pp
            || ls > lo
                && (units[ls - 1].flags & PREP != 0
                    || matches!(text.get(units[ls - 1].span.range()), Some("Als" | "als")));
        let person = |a: usize, b: usize| {
            (a..b).any(|i| role_like(text, &units[i]))
                || b >= a + 2 && (a..b).all(|i| units[i].cap && units[i].flags & DET == 0)
        };
        // (A bare name opening the clause is its subject, `Amnesty kritisiert die
        // Regierung`; a bare abstract noun may be a fronted object, `Kritik übte …`.)
        let bare_name = le == ls + 1
            && clause_start(doc, lo, ls)
            && units[ls].cap
            && units[ls].flags & (DET | FUNC | PREP | PRONOUN | SPEECH_NOUN | ROLE_NOUN) == 0
            && !text.get(units[ls].span.range()).is_some_and(|w| {
                [
                    // (Nor a sentence adverb: `Weiterhin`, `Derzeit`, `Allerdings`.)
                    "ung", "heit", "keit", "schaft", "ion", "tät", "ismus", "nis", "ik", "mut",
                    "fel", "end", "weise", "lich", "ig", "falls", "dings", "ell", "zeit", "hin",
                ]
                .iter()
                .any(|x| w.ends_with(x))
            });
        let left_is_subject_like = person(ls, le) || units[ls].flags & PRONOUN != 0 || bare_name;
        let reflexive = rs == v + 2 && matches!(text.get(units[v + 1].span.range()), Some("sich"));
        // (A separable or `lassen` base with its particle at the clause end is finite.)
        if units[v].flags & (FINITE | SEP_BASE | LASSEN) != 0
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
            return left.map(|np| agreeing_subject(doc, text, np, v, hi));
        }
    }
    // (A phrase after the verb that opens with a genitive or dative article is no subject:
    // `sagte zum Abschluss des Treffens`.)
    // (`dessen`/`deren` are possessives that leave the case open: `teilte dessen
    // Stellvertreter mit`.)
    let right = right.filter(|&(s, e)| {
        let x = units[s].text(text);
        units[s].flags & DET == 0
            || nominative_det(x)
            || matches!(x, "dessen" | "deren")
            || partitive(x)
                && e > s + 1
                && matches!(text.get(units[s + 1].span.range()), Some("der" | "des"))
    });
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

/// Whether the phrase `np` before a verb of saying is a neuter demonstrative standing for
/// what was said, alone or before an adverb (`…, das meint X`, `– das zumindest meint X`,
/// `Dies bestätigte X`): the object, so the subject follows the verb.
fn said_object(text: &str, units: &[Unit], (s, e): (usize, usize)) -> bool {
    matches!(
        text.get(units[s].span.range()),
        Some("das" | "Das" | "dies" | "Dies")
    ) && (e == s + 1 || e == s + 2 && units[s + 1].is_word() && !units[s + 1].cap)
}

/// A relative pronoun that may open a clause after a comma (`der`, `denen`, `welches`).
fn relative_word(w: &str) -> bool {
    matches!(
        w,
        "der"
            | "die"
            | "das"
            | "dem"
            | "den"
            | "denen"
            | "dessen"
            | "deren"
            | "welcher"
            | "welche"
            | "welches"
    )
}

/// Whether a lower-case word may be a Konjunktiv I by its ending (`beanspruche`), not an
/// adjective's (`überlebende`, `französische`, `wichtige`) nor a past (`forderte`).
fn konj1_ending(x: &str) -> bool {
    x.ends_with('e')
        && !["te", "nde", "sche", "liche", "ige", "ene"]
            .iter()
            .any(|e| x.ends_with(e))
}

/// Whether the word at `i` (`i > 0`) ends like a Konjunktiv I between two nouns: `Die
/// Justiz beanspruche Befugnisse`.
fn konj1_between_nouns(text: &str, units: &[Unit], i: usize) -> bool {
    konj1_ending(units[i].text(text))
        && cap_noun(&units[i - 1])
        && units.get(i + 1).is_some_and(|n| n.is_word() && n.cap)
}

/// Whether the word at `i` follows a capitalised noun that is no genitive in `-s`: an
/// adjective-like word there is a verb in `-en` or `-te` (`Demonstranten zogen`,
/// `Wahlbeobachter monieren`, `Die Lokalregierung machte`), since an attributive adjective
/// follows an article, a preposition or a genitive (`Berlins neue Chefin`), not a plain noun.
fn after_plain_noun(text: &str, units: &[Unit], i: usize) -> bool {
    // (Only `-en` and `-te`: a genitive plural without article takes `-er`, `Speicherung
    // personenbezogener Daten`.)
    if !(i > 0
        && text
            .get(units[i].span.range())
            .is_some_and(|w| w.ends_with("en") || w.ends_with("te")))
    {
        return false;
    }
    // (Or after the noun and `selbst`: `Pistorius selbst zeigte sich …`.)
    if i > 1
        && matches!(
            text.get(units[i - 1].span.range()),
            Some("selbst" | "selber")
        )
        && cap_noun(&units[i - 2])
    {
        return true;
    }
    cap_noun(&units[i - 1])
        && !text
            .get(units[i - 1].span.range())
            .is_some_and(|p| p.ends_with('s'))
}

/// The subject of the main clause that fills the sentence up to the comma before the finite
/// verb at `v` (`X monieren Y, sprechen aber davon, …`): a nominative phrase opening the
/// sentence, with no other punctuation or quotation mark between it and the comma.
fn shared_subject(doc: &Doc, text: &str, v: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    if v < 2 || !units[v].is_word() || units[v].cap || units[v].flags & (FINITE | SEP_BASE) == 0 {
        return None;
    }
    let ss = doc.sentences[doc.sentence_of(v)].start;
    let c = v - 1;
    if c <= ss + 2 || (ss..c).any(|i| !units[i].is_word() && units[i].punct() != Some('.')) {
        return None;
    }
    let (s, e) = clause_subject(doc, text, ss, c)?;
    (s == ss && e < c && !temporal(text, units, s, e)).then_some((s, e))
}

/// The subject of a second main clause joined by `und`, `aber` or `doch` without a comma
/// (`Die Regierung übergab dem FBI die Akten und das FBI versprach, …`): the nominative
/// phrase filling the field between the conjunction and the verb of saying at `v`, which a
/// comma or colon follows. Only when a finite verb before the conjunction makes the first
/// conjunct a clause of its own, so that `Die Regierung und die Opposition kritisierten`
/// keeps both. Bounded: the conjunction stands at most 12 units before the verb.
fn conjunct_subject(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    // (The verb opens its content with a comma or colon: not `… zu begründen.`.)
    if v + 1 >= units.len()
        || !units[v].is_word()
        || units[v].cap
        || units[v].flags & FINITE == 0
        || !matches!(units[v + 1].punct(), Some(',' | ':'))
        || v > 0 && units[v - 1].text(text) == "zu"
    {
        return None;
    }
    let from = lo.max(v.saturating_sub(12));
    let k = (from..v)
        .rev()
        .find(|&k| units[k].is_word() && matches!(units[k].text(text), "und" | "aber" | "doch"))?;
    // (Not the `und` of a shortened compound: `der Fraktions- und Parteivorsitzenden`.)
    if (k + 1..v).any(|i| !units[i].is_word())
        || k > 0 && (units[k - 1].punct() == Some('-') || units[k - 1].text(text).ends_with('-'))
    {
        return None;
    }
    // (A verb unknown to the lexicon: a subject opening the first conjunct with a
    // lower-case word after it, `Die Regierung übergab …`.)
    let finite_before = (lo..k)
        .any(|i| units[i].flags & (DET | PREP) == 0 && finite_word(text, &units[i], FINITE | CUE))
        || clause_subject(doc, text, lo, k)
            .is_some_and(|(s, e)| s == lo && e < k && units[e].is_word() && !units[e].cap);
    if !finite_before {
        return None;
    }
    // (Past one adverb before the verb: `und das FBI seinerseits versprach`.)
    let (s, e) = vorfeld_subject(doc, text, k + 1, v).or_else(|| {
        let a = &units[v - 1];
        let f = &units[k + 1];
        (v >= k + 3
            && !a.cap
            && a.flags & (DET | PREP | FINITE | CUE) == 0
            && (f.cap || f.flags & DET != 0 && nominative_det(f.text(text))))
        .then(|| np_right(doc, text, k + 1, v - 1))
        .flatten()
        .filter(|&(_, e)| e == v - 1)
    })?;
    (s == k + 1 && units[s].flags & PRONOUN == 0 && !temporal(text, units, s, e)).then_some((s, e))
}

/// A relative pronoun in the nominative and the gender of the antecedent it points back to:
/// `der`/`welcher` masculine, `die`/`welche` feminine (or plural), `das`/`welches` neuter
/// (`Some(None)`); `None` for any other word. [`relative_subject`] writes such a pronoun as
/// the speaker, and resolution links it to the name before its comma.
pub(crate) fn relative_pronoun(w: &str) -> Option<Option<crate::Gender>> {
    match w {
        "der" | "welcher" => Some(Some(crate::Gender::Male)),
        "die" | "welche" => Some(Some(crate::Gender::Female)),
        "das" | "welches" => Some(None),
        _ => None,
    }
}

/// The relative pronoun that is the subject of the cue, when the cue closes a relative
/// clause opened by a comma after its antecedent (`ein Experte, der behauptet, …`, `die
/// Feministin, die den Mut Alis hervorhob, …`, `Ramsey Clark, der der Regierung vorwarf, …`):
/// the mention as written, as for `er` and `sie`. Not when another subject stands in the
/// clause (`die Angaben, die er machte`, `die Frage, die die Regierung stellte`) or the cue
/// is a passive (`die als „nebelartig“ beschrieben wurden`). Bounded: the comma stands at
/// most 14 units before the verb.
fn relative_subject(
    doc: &Doc,
    text: &str,
    cue: &CueHit,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    let units = &doc.units;
    let v = cue.verb;
    let hi = hi.min(units.len());
    if v >= hi || units[v].cap {
        return None;
    }
    let w = |i: usize| units[i].text(text);
    let k = (v.saturating_sub(14)..v)
        .rev()
        .take_while(|&i| units[i].is_word() || units[i].punct() == Some(','))
        .find(|&i| units[i].punct() == Some(','))?;
    let r = k + 1;
    if r + 1 > v || r < lo || k == 0 {
        return None;
    }
    let rel = w(r);
    // (Only a relative pronoun opens such a clause.)
    relative_pronoun(rel)?;
    // The antecedent: a noun, a name or a parenthesis right before the comma.
    let ante = units[k - 1];
    if !(ante.is_word() && ante.cap || ante.punct() == Some(')') || ante.mark().is_some()) {
        return None;
    }
    // No other subject in the clause: no nominative pronoun, and no nominative article right
    // after the relative pronoun (`der der Regierung vorwarf` has a dative there).
    if (r + 1..v).any(|i| {
        matches!(
            w(i),
            "er" | "sie" | "es" | "ich" | "wir" | "ihr" | "man" | "Sie"
        )
    }) {
        return None;
    }
    // (A capitalised word after it makes `der` an article: `Wie X, ein Sprecher der Armee,
    // der Presse mitteilte`.)
    let next = w(r + 1);
    if units[r + 1].cap {
        return None;
    }
    if units[r + 1].flags & DET != 0
        && nominative_det(next)
        && !(rel == "der" && next == "der")
        && r + 1 < v
    {
        return None;
    }
    // The verb closes the clause (the particle or an auxiliary may follow it).
    let last = cue.second.filter(|&s| s > v).unwrap_or(v);
    let mut e = last + 1;
    while e < hi && units[e].is_word() && !units[e].cap && aux_or_modal(w(e)) {
        if passive_aux(w(e)) {
            return None;
        }
        e += 1;
    }
    if e < hi && units[e].is_word() {
        return None;
    }
    if (r + 1..v).any(|i| passive_aux(w(i))) {
        return None;
    }
    Some((r, r + 1))
}

/// The subject of the verb at `v` given the phrase `np` before it: `np` itself, unless it is
/// plural by its form while the verb is singular (`Die Äußerungen Hassemers bezeichnete
/// Wiefelspütz als …`, `Die tibetischen Mönche, die …, beschrieb die Nachrichtenagentur als
/// …`); then the singular nominative phrase right after the verb (past `sich`), if any.
fn agreeing_subject(
    doc: &Doc,
    text: &str,
    np: (usize, usize),
    v: usize,
    hi: usize,
) -> (usize, usize) {
    let units = &doc.units;
    if v >= units.len() {
        return np;
    }
    let w = |i: usize| units[i].text(text);
    // `Spitzen gegen seine Nachfolgerin verkniff er sich nicht`: `er`, `ich`, `wir` right
    // after the verb can only be its subject, whatever fills the field (not after a
    // copula: `Das ist er`).
    if units.get(v + 1).is_some_and(|n| {
        n.is_word() && matches!(n.text(text), "er" | "ich" | "wir") && v + 1 < hi
    }) && units[v].is_word()
        && !units[v].cap
        && !matches!(
            units[v].text(text),
            "ist" | "war" | "sind" | "waren" | "bin" | "sei" | "wäre" | "bleibt" | "blieb"
        )
        && units[np.0].flags & PRONOUN == 0
        // (No quotation between: a field and verb quoted are someone's words.)
        && (np.0..v + 2).all(|i| units[i].mark().is_none())
    {
        return (v + 1, v + 2);
    }
    // (A field without article whose noun has a plural-only ending is plural too: `Neue
    // Fangbeschränkungen lehne der Verband ab`.)
    let bare_plural = || {
        np.1 <= np.0 + 2
            && units[np.0].flags & (DET | PRONOUN) == 0
            && units[np.1 - 1].cap
            && ["ungen", "heiten", "keiten", "schaften", "ionen"]
                .iter()
                .any(|x| w(np.1 - 1).ends_with(x))
    };
    if !((plural_phrase(text, units, np.0, np.1) || bare_plural())
        && singular_verb(text, &units[v]))
    {
        // (`Die praktische Anwendung der Regel stellte der SPD-Vorsitzende … in Frage`: a
        // masculine role in the nominative after the verb is the subject, the field its
        // object.)
        // (`Ein Augenzeuge erzählte …` opens with a nominative.)
        let nominative_field = matches!(text.get(units[np.0].span.range()), Some("Ein" | "ein"));
        if !person_like(doc, text, np.0, np.1)
            && units[np.0].flags & PRONOUN == 0
            && !nominative_field
        {
            if let Some(r) = masculine_subject_after(doc, text, v, hi) {
                return r;
            }
            // (`Das Angebot lehnte die Gewerkschaft ab`: a neuter field that names no one
            // and an authority in `die` after the verb.)
            if matches!(w(np.0), "Das" | "Den")
                && crate::detect::institution_noun(
                    doc,
                    text,
                    crate::detect::Sp { s: np.0, e: np.1 },
                )
                .is_none()
            {
                if let Some(r) = feminine_authority_after(doc, text, v, hi) {
                    return r;
                }
            }
        }
        return np;
    }
    let mut r = v + 1;
    if r < hi && w(r) == "sich" {
        r += 1;
    }
    np_right(doc, text, r, hi)
        .filter(|&(s, e)| {
            s == r
                && !temporal(text, units, s, e)
                && !plural_phrase(text, units, s, e)
                // (`die` only before a noun of a feminine singular form: `Die tibetischen
                // Mönche … beschrieb die Nachrichtenagentur als …`, not `warnte die CDU`.)
                && (units[s].flags & DET != 0
                    && nominative_det(w(s))
                    && (!plural_det(w(s)) || feminine_singular(w(e - 1)))
                    || units[s].cap && units[s].flags & (DET | FUNC | PREP | PRONOUN) == 0
                    || matches!(w(s), "er" | "sie"))
        })
        .unwrap_or(np)
}

/// A copula or a passive auxiliary, after which a phrase is no subject of an action (`X ist
/// der neue Sprecher`, `Die Ursache wurde …`).
pub(crate) fn copula_or_passive(w: &str) -> bool {
    matches!(
        w,
        "ist"
            | "war"
            | "sind"
            | "waren"
            | "sei"
            | "wird"
            | "wurde"
            | "werden"
            | "wurden"
            | "bleibt"
            | "blieb"
            | "gilt"
            | "galt"
            | "heißt"
            | "hieß"
            | "heisst"
            | "hiess"
    )
}

/// The phrase right after the finite verb at `v` (past `sich`) when it can only be a
/// nominative: `der` or `ein` before a masculine role noun (`stellte der SPD-Vorsitzende X
/// in Frage`, `beschrieb ein Sprecher die Lage`). Not after a copula (`X ist der neue
/// Sprecher`).
fn masculine_subject_after(doc: &Doc, text: &str, v: usize, hi: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let w = |i: usize| units[i].text(text);
    if !units[v].is_word() || units[v].cap || copula_or_passive(w(v)) {
        return None;
    }
    let mut r = v + 1;
    if r < hi && w(r) == "sich" {
        r += 1;
    }
    let (s, e) = np_right(doc, text, r, hi).filter(|&(s, _)| s == r)?;
    // (A medium is addressed in the dative: `erzählte der Nachrichtenagentur Reuters`.)
    // (A noun of a feminine form makes `der` a dative: `wirft der Regierung vor`.)
    // (Or a body of a masculine form: `Die Pläne lehnte der Betriebsrat ab`.)
    const BODIES: &[&str] = &[
        "rat",
        "verband",
        "vorstand",
        "konzern",
        "verein",
        "senat",
        "ausschuss",
        "bund",
        "landkreis",
        "gerichtshof",
    ];
    let masculine_role = (s..e).any(|i| {
        let x = w(i);
        (role_like(text, &units[i]) || units[i].cap && BODIES.iter().any(|b| ends_ci(x, b)))
            && !x.ends_with("in")
            && !x.ends_with("en")
            && !feminine_singular(x)
    }) && !(s..e).any(|i| medium_noun(w(i)));
    (matches!(w(s), "der" | "ein") && masculine_role).then_some((s, e))
}

/// The phrase `die` + an authority of a feminine form right after the finite verb at `v`
/// (`lehnte die Gewerkschaft ab`, `wies die Polizei zurück`): its subject.
fn feminine_authority_after(doc: &Doc, text: &str, v: usize, hi: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    if !units[v].is_word() || units[v].cap || copula_or_passive(units[v].text(text)) {
        return None;
    }
    let (s, e) = np_right(doc, text, v + 1, hi).filter(|&(s, _)| s == v + 1)?;
    (units[s].text(text) == "die"
        && e >= s + 2
        && crate::detect::institution_noun(doc, text, crate::detect::Sp { s, e }).is_some()
        && feminine_singular(units[e - 1].text(text)))
    .then_some((s, e))
}

/// Whether units `s..e` form a plural noun phrase by their form: coordinated (`X und Y`),
/// `die` with an adjective in `-en` (`die tibetischen Mönche`; the singular has `-e`), or
/// `die` before a noun in a plural-only ending (`die Äußerungen`, `die Mehrheiten`).
fn plural_phrase(text: &str, units: &[Unit], s: usize, e: usize) -> bool {
    let w = |i: usize| units[i].text(text);
    let e = e.min(units.len());
    if s >= e {
        return false;
    }
    // (Two nouns joined, not two adjectives: `einer sofortigen und anhaltenden Waffenruhe`.)
    // (Not two titles of one named person: `Gründer und Geschäftsführer Felix Ahrendt`.)
    if (s + 1..e.saturating_sub(1)).any(|i| {
        w(i) == "und"
            && units[i - 1].cap
            && (units[i + 1].cap || units[i + 1].flags & DET != 0)
            && !(i == s + 1
                && e >= i + 4
                && role_like(text, &units[i + 1])
                && (i + 1..e).all(|k| units[k].cap && units[k].is_word()))
    }) {
        return true;
    }
    if !matches!(w(s), "Die" | "die") {
        return false;
    }
    let next = s + 1;
    next < e
        && (adjective_like(text, &units[next]) && w(next).ends_with("en")
            || units[next].cap
                && ["ungen", "heiten", "keiten", "schaften", "ionen", "innen"]
                    .iter()
                    .any(|x| w(next).ends_with(x)))
}

/// An article that opens only a plural (or feminine) nominative: `die`, `Die`.
fn plural_det(w: &str) -> bool {
    matches!(w, "die" | "Die")
}

/// A noun whose ending makes it feminine singular (`Nachrichtenagentur`, `Regierung`,
/// `Kommission`, `Universität`, `Partei`, `Gewerkschaft`).
fn feminine_singular(w: &str) -> bool {
    ["ur", "ung", "ion", "tät", "ei", "schaft", "heit", "keit"]
        .iter()
        .any(|x| w.ends_with(x))
}

/// Whether a lower-case finite verb is third person singular by its ending: plural forms end
/// in `-n` (`bezeichneten`, `beschrieben`), except `sind`.
fn singular_verb(text: &str, u: &Unit) -> bool {
    let x = u.text(text);
    u.is_word() && !u.cap && !x.ends_with('n') && x != "sind"
}

/// The subject of the `wie` clause that the verb at `v` closes (`wie X mitteilte`): the
/// nominative phrase right after `wie`, a quoted name after its article included (`Wie die
/// „Aktion Deutschland hilft“ heute mitteilte`). `wie` must open a clause and nothing but
/// words and a quoted name may stand between it and the verb, unless `wie` opens the range
/// (then an apposition may: `Wie X, Sprecher der UN, mitteilte`). Bounded: looks back at
/// most 16 units for a `wie` that does not open the range.
fn wie_subject(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let w = |i: usize| units[i].text(text);
    // (Commas only when `wie` opens the range: across a comma, a `wie` at the end of an
    // earlier clause is a comparison, `ein Volk, wie sie sein sollten, rief ich`.)
    let k = (lo.max(v.saturating_sub(16))..v)
        .rev()
        .take_while(|&i| units[i].is_word() || units[i].mark().is_some())
        .find(|&i| matches!(w(i), "Wie" | "wie"))
        .or_else(|| matches!(w(lo), "Wie" | "wie").then_some(lo))?;
    // (`Wie der Zeitung von der Gruppe berichtet wird`, `wie sie von X gefordert würde`: a
    // passive has no subject here.)
    let passive =
        v + 1 < units.len() && (passive_aux(w(v + 1)) || matches!(w(v + 1), "würde" | "würden"));
    if k + 1 >= v
        || !(k == lo || units[k - 1].punct().is_some())
        || passive
        || (k + 1..v).any(|i| matches!(w(i), "von" | "vom"))
        // (The `wie` clause closed before the verb: `Wie die Zeitung schreibt, sagte der
        // Minister: …` is the minister's.)
        || v >= k + 3
            && units[v - 1].punct() == Some(',')
            && finite_word(text, &units[v - 2], FINITE | CUE)
            && units[v - 2].flags & DET == 0
            // (Verb-second, its subject after it; not the verb closing the `wie` clause
            // after a relative one: `Wie X, der Teil der Initiative ist, erläuterte, …`.)
            && units
                .get(v + 1)
                .is_some_and(|n| n.is_word() && (n.cap || n.flags & (DET | PRONOUN) != 0))
    {
        return None;
    }
    let s = k + 1;
    if !nominative_det(w(s))
        || units[s].flags & (PRONOUN | PREP | FUNC) != 0 && !matches!(w(s), "er" | "sie")
    {
        return None;
    }
    // `die „Aktion X“`: the article, the marks and the name between them.
    if units[s].flags & DET != 0 && units.get(s + 1).is_some_and(|u| u.mark().is_some()) {
        let c = (s + 2..v).find(|&i| units[i].mark().is_some())?;
        return (c > s + 2).then_some((s, c + 1));
    }
    // (A lone lower-case name between `wie` and the verb is the subject: `Wie t-online.de
    // berichtet`, `wie taz berichtete`.)
    if s + 1 == v
        && units[s].is_word()
        && !units[s].cap
        && units[s].flags & (DET | PREP | FUNC | PRONOUN | COMP | CUE | FINITE) == 0
    {
        return Some((s, v));
    }
    np_right(doc, text, s, v).filter(|&(a, _)| a == s)
}

/// The subject of a first conjunct that fronts something else (`In seiner Stellungnahme
/// befand der Premierminister X … und nannte …`, `Unter dem Motto „…“ zogen die
/// Demonstranten … und skandierten …`): the nominative phrase right after the conjunct's
/// verb, the first lower-case word outside quotation marks that cannot belong to a phrase.
fn first_conjunct_inverted(doc: &Doc, text: &str, lo: usize, und: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let mut quoted = false;
    let mut verb = None;
    for (i, &u) in units.iter().enumerate().take(und).skip(lo + 1) {
        if u.mark().is_some() {
            quoted = !quoted;
            continue;
        }
        if quoted || !u.is_word() || u.cap || u.digit {
            continue;
        }
        // (A past plural looks like an adjective; right after a noun it is the verb: `Am
        // Abend zogen Demonstranten …`; `Berlins neue Chefin` has a genitive before it. So
        // right after a quoted term: `Unter dem Motto „…“ zogen die Demonstranten …`.)
        if u.flags & (DET | PREP | FUNC | PRONOUN | COMP) == 0
            && (!adjective_like(text, &u)
                || after_plain_noun(text, units, i)
                || units[i - 1].mark().is_some())
        {
            verb = Some(i);
            break;
        }
    }
    let k = verb?;
    // (Past a reflexive pronoun, never a subject: `zeigte sich die Regierung bestürzt und
    // verurteilte …`.)
    let k = if units.get(k + 1).is_some_and(|u| u.text(text) == "sich") {
        k + 1
    } else {
        k
    };
    let (s, e) = np_right(doc, text, k + 1, und).filter(|&(s, _)| s == k + 1)?;
    let w = units[s].text(text);
    let nominative = units[s].flags & DET != 0 && nominative_det(w)
        || units[s].cap && units[s].flags & (DET | FUNC | PREP | PRONOUN) == 0
        || matches!(w, "er" | "sie");
    (nominative && !temporal(text, units, s, e)).then_some((s, e))
}

/// The subject after a dative addressee right after the verb (`sagte dem Sender RBC
/// Kreml-Sprecher Dmitri Peskow`, `sagte einem Reporter der Sprecher`): the phrase from the
/// first role noun or article after the dative's head, else the next phrase; the phrase
/// itself when it does not open with a dative.
fn past_dative(doc: &Doc, text: &str, np: (usize, usize), hi: usize) -> (usize, usize) {
    let units = &doc.units;
    let (s, e) = np;
    if !matches!(
        text.get(units[s].span.range()),
        Some("dem" | "einem" | "ihm" | "ihnen")
    ) {
        return np;
    }
    if let Some(k) = (s + 2..e).find(|&k| role_like(text, &units[k]) || units[k].flags & DET != 0) {
        return (k, e);
    }
    np_right(doc, text, e, hi)
        .filter(|&(s2, _)| s2 == e)
        .unwrap_or(np)
}

/// An inverted subject of an article and a noun directly followed by a title and a name
/// loses those: they are the addressee in the dative (`rief eine Demonstrantin
/// Agrarminister Jörg Pfeiffer zu`, `fragte eine Journalistin Minister X, ob …`).
fn without_titled_addressee(doc: &Doc, text: &str, np: (usize, usize)) -> (usize, usize) {
    let u = &doc.units;
    let (s, e) = np;
    if e >= s + 4
        && u[s].flags & DET != 0
        && u[s + 1].is_word()
        && u[s + 1].cap
        && !role_like(text, &u[s + 1])
        && u[s + 2].is_word()
        && u[s + 2].cap
        && role_like(text, &u[s + 2])
        && u[s + 3].is_word()
        && u[s + 3].cap
    {
        (s, s + 2)
    } else {
        np
    }
}

/// Forms of `werden` that make a passive with a participle.
pub(crate) fn passive_aux(w: &str) -> bool {
    matches!(w, "wird" | "wurde" | "werden" | "wurden" | "worden")
}

/// The past forms of [`passive_aux`]: a strong participle that looks like an infinitive
/// (`wurde beschlossen`) is a participle after them.
fn past_passive_aux(w: &str) -> bool {
    matches!(w, "wurde" | "wurden" | "worden")
}

/// The source of a passive of saying at `v` named by a prepositional phrase opening the
/// clause at `lo` (`In einer Mitteilung wird betont, …`, `In einem Bericht von ndr.de werden
/// die Vorkehrungen als „…“ bezeichnet`, `In einer Presseerklärung, die …, wurde verkündet`):
/// the phrase after `in`, when its head names a text or a medium and a form of `werden`
/// follows it before the verb.
pub fn passive_source_phrase(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let w = |i: usize| units[i].text(text);
    let (s, e) = opening_source_text(doc, text, lo, v)?;
    let passive = (e..v).any(|k| units[k].is_word() && !units[k].cap && passive_aux(w(k)));
    (passive && participle_like(w(v))).then_some((s, e))
}

/// A text or medium named by `In`/`Im` opening the sentence part `lo..hi` (`Im Bericht der
/// Organisation werden Beispiele aufgeführt`, `In der Studie heißt es`): the phrase after
/// the preposition, when a word of it names a text (`Bericht`, `Mitteilung`, `Studie`) or a
/// medium (`Zeitung`, `Agentur`).
pub fn opening_source_text(doc: &Doc, text: &str, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let w = |i: usize| units[i].text(text);
    if lo + 2 >= hi.min(units.len()) || !matches!(w(lo), "In" | "Im") {
        return None;
    }
    let (s, e) = np_right(doc, text, lo + 1, hi).filter(|&(s, _)| s == lo + 1)?;
    if !(s..e).any(|k| source_noun(w(k)) || units[k].cap && medium_noun(w(k))) {
        return None;
    }
    // (The text's owner in a genitive after it is the source: `In einem Bericht der Zeitung
    // wurde vermutet` names the newspaper.)
    let owner = (s + 1..e).find(|&k| matches!(w(k), "der" | "des") && cap_noun(&units[k - 1]));
    Some((owner.unwrap_or(s), e))
}

/// Whether a verb form reads as a past participle rather than an infinitive: it ends in
/// `-t`, or carries `ge-` at its start or after a separable particle (`vorgeworfen`,
/// `bekanntgegeben`; not `mitteilen`, `angeben`).
pub(crate) fn participle_like(w: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "", "an", "ab", "auf", "aus", "bei", "dar", "ein", "fest", "hin", "hinzu", "klar", "mit",
        "nach", "vor", "zu", "zurück", "hervor", "bekannt", "durch", "heraus", "vorher",
    ];
    if w.ends_with('t') {
        return true;
    }
    // (`contains`: one pass finds most words without a `ge` to look for.)
    w.ends_with("en")
        && w.contains("ge")
        && PARTICLES
            .iter()
            .any(|p| w.starts_with(p) && w.get(p.len()..).is_some_and(|r| r.starts_with("ge")))
        && !w.starts_with("geben")
}

/// Whether `w` may be a strong participle with an inseparable prefix, which has no `ge-`
/// and looks like an infinitive (`beschlossen`, `entschieden`, `verboten`, `erwogen`).
fn strong_inseparable(w: &str) -> bool {
    w.ends_with("en")
        && ["be", "ver", "er", "ent", "zer", "emp", "miss"]
            .iter()
            .any(|p| w.starts_with(p))
}

/// Whether the cue is the participle of a passive without an agent (`Klien wurde
/// vorgeworfen, …`, `Es wird befürchtet, …`, `…, wie bekannt gegeben wurde`): news names
/// no speaker then, and none should be taken from context. The form of `werden` must sit in
/// the cue's clause (no comma, colon or quotation mark in between).
pub fn agentless_passive(doc: &Doc, text: &str, cue: &CueHit, lo: usize, hi: usize) -> bool {
    let units = &doc.units;
    let v = cue.verb;
    if cue.zitieren || v >= units.len() || units[v].cap && cue.second.is_none() {
        return false;
    }
    // The participle: the cue word, or the second part of `bekannt gegeben`.
    let part = cue.second.filter(|&s| s == v + 1).unwrap_or(v);
    let w = |i: usize| units[i].text(text);
    if cue.second.is_some() && part == v {
        return false;
    }
    // (A strong participle with an inseparable prefix looks like an infinitive,
    // `beschlossen`, `entschieden`: after a past form of `werden` it can only be the
    // participle, `wurde beschlossen`; after `wird` it may be a future, `wird entscheiden`.)
    let participle = participle_like(w(part));
    // (Cheap test first for the other forms: a past form of `werden` nearby.)
    let past_werden_near = || {
        (v.saturating_sub(12).max(lo)..(part + 3).min(hi).min(units.len()))
            .any(|k| past_passive_aux(w(k)))
    };
    if !(participle || strong_inseparable(w(part)) && past_werden_near()) {
        return false;
    }
    let boundary = |i: usize| {
        units[i].mark().is_some() || matches!(units[i].punct(), Some(',' | ':' | ';' | '.'))
    };
    let mut aux = false;
    let mut i = v;
    while i > lo && i + 12 > v {
        i -= 1;
        if boundary(i) {
            break;
        }
        if units[i].is_word() && !units[i].cap && passive_aux(w(i)) {
            aux = participle || past_passive_aux(w(i));
            break;
        }
    }
    if !aux {
        // Verb-final order: `…, wie gesagt wurde`.
        aux = (part + 1..(part + 3).min(hi).min(units.len()))
            .take_while(|&k| !boundary(k))
            .any(|k| {
                units[k].is_word() && passive_aux(w(k)) && (participle || past_passive_aux(w(k)))
            });
    }
    if !aux || passive_agent(doc, text, lo, v, hi).is_some() {
        return false;
    }
    // A source named in a prepositional phrase (`In einem Bericht der Zeitung wurde
    // vermutet`, `Von Seiten der Delegation war vorgeworfen worden`) is the speaker.
    let hi = hi.min(units.len());
    !(lo..hi).any(|i| {
        units[i].is_word()
            && matches!(
                w(i),
                "in" | "In" | "im" | "Im" | "nach" | "Nach" | "von" | "Von" | "aus" | "Aus"
            )
            && (i + 1..(i + 5).min(hi)).any(|k| source_noun(w(k)))
    })
}

/// Nouns of documents and statements that can stand for their author (`Bericht`,
/// `Pressemitteilung`, `Erkenntnissen`, `Seiten`).
fn source_noun(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "bericht",
        "berichten",
        "mitteilung",
        "erklärung",
        "erkenntnissen",
        "seiten",
        "stellungnahme",
        "meldung",
        "meldungen",
        "angaben",
        "studie",
        "urteil",
        "schreiben",
        "brief",
        "interview",
        "kreisen",
        "ansicht",
        "sicht",
    ];
    static TAILS: Tails3 = tails3(ENDS);
    w.chars().next().is_some_and(char::is_uppercase) && TAILS.any_ends_ci(w)
}

/// `w` ends with the lower-case `suffix`, ASCII case ignored (no allocation).
pub(crate) fn ends_ci(w: &str, suffix: &str) -> bool {
    w.len() >= suffix.len()
        && w.is_char_boundary(w.len() - suffix.len())
        && w[w.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Finite perfect and passive auxiliaries in the singular and plural (lower-case): `X hat …
/// angekündigt`, `X wurde … zitiert`.
fn perfect_aux(w: &str) -> bool {
    matches!(
        w,
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
}

/// Whether `u` is a lower-case word that is a finite verb: one with any of the lexicon
/// `flags` (`FINITE`, and `CUE` or the Konjunktiv flags where a caller counts those), or an
/// auxiliary or modal ([`aux_or_modal`]).
pub(crate) fn finite_word(text: &str, u: &Unit, flags: u32) -> bool {
    u.is_word() && !u.cap && (u.flags & flags != 0 || aux_or_modal(u.text(text)))
}

/// Finite auxiliaries and modals (lower-case): the verb-second slot before a participle or
/// infinitive of saying (`X hat … angekündigt`, `X will … mitteilen`).
fn aux_or_modal(w: &str) -> bool {
    perfect_aux(w)
        || matches!(
            w,
            "seien"
                | "werden"
                | "kann"
                | "konnte"
                | "können"
                | "konnten"
                | "will"
                | "wollte"
                | "wollen"
                | "wollten"
                | "muss"
                | "musste"
                | "müssen"
                | "mussten"
                | "soll"
                | "sollte"
                | "sollen"
                | "sollten"
                | "möchte"
                | "darf"
                | "durfte"
        )
}

/// A capitalised word that reads as a fronted adverb or predicative adjective rather than a
/// name (`Besorgt`, `Sinngemäß`, `Kritisch`, `Deutlich`, `Bezeichnenderweise`).
fn adverbial(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "end", "weise", "lich", "ig", "falls", "dings", "ell", "isch", "gemäß", "gemäss", "iv",
        "bar", "los", "sam", "elang", "nlang", "slang",
    ];
    /// Sentence adverbs that fill the field on their own.
    const WORDS: &[&str] = &[
        "Deshalb",
        "Deswegen",
        "Daher",
        "Darum",
        "Trotzdem",
        "Dennoch",
        "Außerdem",
        "Zudem",
        "Jedoch",
        "Inzwischen",
        "Mittlerweile",
        "Zunächst",
        "Schließlich",
        "Anschließend",
        "Danach",
        "Dann",
        "Nun",
        "Jetzt",
        "Heute",
        "Gestern",
        "Bisher",
        "Immerhin",
        "Vielmehr",
        "Stattdessen",
        "Ebenso",
        "Unabhängig",
        "Damals",
        "Zuletzt",
        "Seither",
    ];
    ENDS.iter().any(|e| w.ends_with(e))
        || WORDS.contains(&w)
        || pronominal_adverb(w)
        || w.ends_with('t')
            && ["Be", "Ge", "Er", "Ent", "Ver", "Über", "Zer", "Ent"]
                .iter()
                .any(|p| w.starts_with(p))
}

/// Nouns of news media, addressed in the dative more often than speaking themselves
/// (`sagte der Zeitung`, `Der Nachrichtenagentur sagte X`).
pub(crate) fn medium_noun(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "zeitung",
        "agentur",
        "sender",
        "blatt",
        "magazin",
        "zeitschrift",
        "presse",
        "wochenzeitung",
        "tageszeitung",
        "journalistin",
    ];
    ENDS.iter().any(|e| ends_ci(w, e))
}

/// A demonstrative that can stand alone for a person or group (`Dieser`, `Diese`, `Jener`),
/// unlike the neuter `Das`/`Dies`, which points to what was said.
fn demonstrative(w: &str) -> bool {
    matches!(w, "Dieser" | "Diese" | "Jener" | "Jene")
}

/// A demonstrative standing alone for a person named before, after a verb or `so`
/// (`sagte dieser`, `so letztere`): `dieser`, `diese`, `jener`, `jene`, `letzterer`,
/// `letztere`, with no noun or adjective after it (in `dieser Verband` it is an article).
pub(crate) fn demonstrative_alone(text: &str, units: &[Unit], i: usize, hi: usize) -> bool {
    let u = &units[i];
    if u.cap
        || u.span.len() < 4
        || u.span.len() > 9
        || !matches!(text.as_bytes().get(u.span.start), Some(b'd' | b'j' | b'l'))
    {
        return false;
    }
    matches!(
        text.get(u.span.range()),
        Some("dieser" | "diese" | "jener" | "jene" | "letzterer" | "letztere")
    ) && units
        .get(i + 1)
        .filter(|_| i + 1 < hi)
        .is_none_or(|n| !n.is_word() || !n.cap && !adjective_like(text, n))
}

/// Whether a determiner can open a nominative phrase (`der`, `die`, `ein`, `seine`, `alle`),
/// not a dative, accusative or genitive one (`dem`, `den`, `des`, `einem`, `eines`).
pub(crate) fn nominative_det(w: &str) -> bool {
    let l = w.len();
    !(w.ends_with('m')
        || w.ends_with('s')
            && !matches!(
                w,
                "das"
                    | "Das"
                    | "dies"
                    | "Dies"
                    | "dieses"
                    | "Dieses"
                    | "jedes"
                    | "Jedes"
                    | "jenes"
                    | "Jenes"
            )
        || w.ends_with("en") && l > 2
        || matches!(
            w,
            "einer" | "Einer" | "dessen" | "Dessen" | "deren" | "Deren"
        ))
}

/// The subject filling the field before a verb-second finite verb (the cue at `v`, or the
/// auxiliary before a participle of saying): a nominative noun phrase from the clause start
/// `lo`, possibly with genitives, attached prepositional phrases, a parenthesis, a quoted
/// name and an apposition or relative clause between commas (`Theo Zwanziger, Präsident
/// des DFB (DFB) nannte …`, `Die Mission der Vereinten Nationen im Sudan (UNMIS) verlangte
/// …`, `Barack Obama, der Kandidat der Demokraten, hat … angekündigt`). Returns the phrase
/// up to its first comma. Nothing when the field opens with a preposition, an adverb, a
/// conjunction, a non-nominative article or a time phrase, or holds anything but a phrase;
/// a lone capitalised word before the verb counts only when no nominative phrase follows
/// the verb (`Konkret sagte der Sprecher`). Bounded: looks at most 40 units.
pub fn vorfeld_subject(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    field_subject(doc, text, lo, v, Field::Cue)
}

/// The speaker phrase before a colon that introduces a quotation, when the part of the
/// sentence before the colon is nothing but that phrase (`Erkki Tuomioja, Präsident des
/// Rats der Europäischen Union: „…“`): the phrase up to its first comma.
pub fn colon_subject(doc: &Doc, text: &str, lo: usize, colon: usize) -> Option<(usize, usize)> {
    field_subject(doc, text, lo, colon, Field::Colon)
        .map(|np| with_apposition(doc, text, np, colon))
        .map(|(s, e)| {
            // (A name before a preposition is the speaker, the rest the occasion: `Kovač
            // nach dem 1:1 gegen Bochum: „…“`.)
            let u = &doc.units;
            let k = (s..e)
                .find(|&k| !(u[k].is_word() && u[k].cap && u[k].flags & DET == 0))
                .unwrap_or(e);
            // (Not `von`: `Zitat von Schröder` names the speaker after it.)
            if k > s
                && k < e
                && u[k].is_word()
                && !u[k].cap
                && u[k].flags & PREP != 0
                && !matches!(u[k].text(text), "von" | "vom" | "des" | "der")
            {
                (s, k)
            } else {
                (s, e)
            }
        })
}

/// The subject of a main clause in `lo..hi` whose verb is not known beforehand
/// (`Der Leiter der Studie, Paulo Pinheiro, sieht die Verantwortung beim Staat`): a
/// nominative phrase filling the field before the first word that cannot belong to a noun
/// phrase (a finite verb, or a lower-case word that is neither article, preposition,
/// adverb nor attributive adjective).
pub fn subject_before_verb(doc: &Doc, text: &str, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let hi = hi.min(doc.units.len());
    if hi < lo + 2 {
        return None;
    }
    field_subject(doc, text, lo, hi - 1, Field::AnyVerb)
        .map(|np| with_apposition(doc, text, np, hi))
}

/// The subject of a main clause in `lo..hi` whose verb is not known beforehand: the
/// nominative phrase filling the field before the finite verb ([`subject_before_verb`],
/// appositions included), else, in verb-second order, a plain nominative phrase alone in
/// the field, else the nominative phrase right after the finite verb when the field holds
/// something else: an adverb, a time phrase, a prepositional phrase or an object (`Langfristig
/// strebt das neue Unternehmen …`, `Am 15. Mai hat die Wahlkommission …`, `Den Unmut brachte
/// die Sprecherin … zum Ausdruck`). The finite verb is the first lower-case word that can
/// belong to no noun phrase. Nothing when neither reads as a subject.
pub fn clause_subject(doc: &Doc, text: &str, lo: usize, hi: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let hi = hi.min(units.len());
    if lo >= hi {
        return None;
    }
    let w = |i: usize| units[i].text(text);
    // `Kritik kam von der Opposition`: whom the reaction came from.
    if let Some(np) = reaction_source(doc, text, lo, hi) {
        return Some(np);
    }
    if let Some(np) = subject_before_verb(doc, text, lo, hi) {
        // With the finite verb right after the phrase: the agent of a passive (`Ortschaften
        // werden von Rechtsextremisten durchquert`), and a fronted object before a
        // nominative role (`Die Anwendung stellte der Vorsitzende in Frage`).
        let f = np.1;
        if f < hi && units[f].is_word() && !units[f].cap {
            if passive_aux(w(f)) {
                if let Some(a) = passive_agent(doc, text, lo, f, hi) {
                    return Some(a);
                }
            }
            return Some(agreeing_subject(doc, text, np, f, hi));
        }
        return Some(np);
    }
    // The finite verb: the first lower-case word outside quotation marks that is no article,
    // preposition, function word, pronoun, conjunction or attributive adjective.
    let mut quoted = false;
    let mut v = None;
    for i in lo + 1..hi {
        let u = units[i];
        if u.mark().is_some() {
            quoted = !quoted;
            continue;
        }
        if quoted || !u.is_word() || u.cap || u.digit {
            continue;
        }
        // (A past tense in `-te` looks like an adjective; only one before a noun or another
        // adjective is attributive: `die hohen Zahlen`, not `zeigte sich`.)
        // (Right after a noun it is the verb: `Wahlbeobachter monieren Unregelmäßigkeiten`.)
        let attributive = adjective_like(text, &u)
            && !after_plain_noun(text, units, i)
            && units
                .get(i + 1)
                .is_some_and(|n| n.is_word() && (n.cap || adjective_like(text, n)));
        if u.flags & (FINITE | CUE | SEP_BASE | LASSEN) != 0
            || aux_or_modal(w(i))
            || u.flags & (DET | PREP | FUNC | PRONOUN | COMP) == 0 && !attributive
        {
            v = Some(i);
            break;
        }
    }
    let v = v?;
    // `Von politischen Beobachtern wird dieser Schritt … gewertet`: the agent of a passive.
    if let Some(np) = passive_agent(doc, text, lo, v, hi) {
        return Some(np);
    }
    let first = units[lo];
    let nominative_phrase = |s: usize, e: usize| {
        let x = w(s);
        !temporal(text, units, s, e)
            && !vocative(text, units, s, e)
            && (units[s].flags & PRONOUN != 0
                && matches!(
                    x,
                    "er" | "sie" | "Er" | "Sie" | "wir" | "Wir" | "ich" | "Ich"
                )
                || units[s].flags & DET != 0 && nominative_det(x)
                || units[s].cap
                    && units[s].flags & (DET | FUNC | PREP | PRONOUN) == 0
                    && !(e == s + 1
                        && (adverbial(x) || adverb_like(text, &units[s]) || pronominal_adverb(x))))
    };
    // A plain phrase filling the field (`Osterloh sieht …`, `Die Regierung plant …`).
    if first.is_word() && first.flags & (PREP | COMP) == 0 {
        // (Coordinated phrases fill it together: `Özcan Mutlu und Benedikt Lux prangerten an`.)
        let coordinated = np_right(doc, text, lo, v).map(|(s, mut e)| {
            while e + 1 < v && matches!(w(e), "und" | "sowie") {
                match np_right(doc, text, e + 1, v).filter(|&(s2, _)| s2 == e + 1) {
                    Some((_, e2)) => e = e2,
                    None => break,
                }
            }
            (s, e)
        });
        if let Some((s, e)) = coordinated.filter(|&(s, e)| s == lo && e == v) {
            if nominative_phrase(s, e) && !(e == s + 1 && first.flags & FUNC != 0) {
                return Some((s, e));
            }
        }
    }
    // Verb second with something else in the field: the phrase right after the verb (past a
    // reflexive `sich`).
    let mut r = v + 1;
    if r < hi && w(r) == "sich" {
        r += 1;
    }
    np_right(doc, text, r, hi).filter(|&(s, e)| s == r && nominative_phrase(s, e))
}

/// The source of a reaction that `kommt von` someone (`Kritik kam von der Opposition`,
/// `Scharfe Kritik kommt auch vom Verband`, `Lob kam vom Bürgermeister`): the phrase after
/// `von`/`vom`, when a noun of a speech act (`Kritik`, `Lob`, `Widerspruch`) opens the
/// clause `lo..hi` and a form of `kommen` follows it.
pub(crate) fn reaction_source(
    doc: &Doc,
    text: &str,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize)> {
    const REACTIONS: &[&str] = &[
        "Kritik",
        "Lob",
        "Widerspruch",
        "Zustimmung",
        "Protest",
        "Proteste",
        "Ablehnung",
        "Warnungen",
        "Unterstützung",
        "Beifall",
        "Applaus",
        "Gegenwind",
        "Skepsis",
        "Zweifel",
        "Reaktionen",
        "Glückwünsche",
        "Forderungen",
        "Zwischenruf",
        "Zwischenrufe",
        "Ruf",
        "Rufe",
        "Antwort",
        "Reaktion",
        "Einwand",
        "Zuruf",
    ];
    let units = &doc.units;
    let hi = hi.min(units.len());
    let w = |i: usize| units[i].text(text);
    let kommen = |i: usize| matches!(w(i), "kam" | "kommt" | "kamen" | "kommen");
    // A source fronted before the verb and the reaction after it (`Aus den Reihen der AfD
    // kam der Zwischenruf`, `Von der Regierungsbank kam der Ruf`): the phrase after the
    // preposition.
    if lo + 3 < hi && matches!(w(lo), "Aus" | "Von" | "Vom") {
        let k = (lo + 2..(lo + 9).min(hi)).find(|&i| kommen(i))?;
        let n = (k + 1..(k + 4).min(hi)).find(|&i| REACTIONS.contains(&w(i)))?;
        if !(k + 1..n).all(|i| units[i].flags & DET != 0 || adjective_like(text, &units[i])) {
            return None;
        }
        return np_right(doc, text, lo + 1, k).filter(|&(s, _)| s == lo + 1);
    }
    // The noun, after at most one adjective or an article (`Scharfe Kritik`, `Die Antwort`).
    let lo = if units[lo].punct() == Some('(') {
        lo + 1
    } else {
        lo
    };
    if lo >= hi {
        return None;
    }
    let n = (lo..(lo + 2).min(hi)).find(|&i| REACTIONS.contains(&w(i)))?;
    if n > lo && !adjective_like(text, &units[lo]) && !units[lo].cap && units[lo].flags & DET == 0 {
        return None;
    }
    let k = n + 1;
    // (A heckle as a bracketed note, with no verb: `(Zwischenruf von der Linken: »…«)`.)
    if n == lo
        && k + 1 < hi
        && matches!(w(n), "Zwischenruf" | "Zwischenrufe" | "Zuruf")
        && matches!(w(k), "von" | "vom" | "aus")
    {
        return np_right(doc, text, k + 1, hi).filter(|&(s, _)| s == k + 1);
    }
    if k >= hi || !kommen(k) {
        return None;
    }
    // Past a few adverbs (`auch`, `zudem`, `unter anderem`) to `von`/`vom`.
    let von = (k + 1..(k + 5).min(hi))
        .take_while(|&i| units[i].is_word())
        .find(|&i| matches!(w(i), "von" | "vom"))?;
    np_right(doc, text, von + 1, hi).filter(|&(s, _)| s == von + 1)
}

/// A pronominal adverb (`Daraus`, `Darin`, `Dabei`, `Hierzu`, `Wonach`): `da`, `hier` or
/// `wo` (with a linking `r`) before a preposition. It fills the field but names no one.
fn pronominal_adverb(w: &str) -> bool {
    const PREPS: &[&str] = &[
        "aus", "in", "bei", "für", "zu", "auf", "mit", "nach", "von", "vor", "gegen", "über",
        "unter", "um", "durch", "neben", "hinter", "an", "zwischen",
    ];
    let rest = ["Da", "Hier", "Wo"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .map(|r| {
            r.strip_prefix('r')
                .filter(|x| x.starts_with(['a', 'e', 'i', 'o', 'u', 'ü']))
                .unwrap_or(r)
        });
    rest.is_some_and(|r| PREPS.contains(&r))
}

/// What ends the field that [`field_subject`] reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    /// The cue at `v` (or the auxiliary before it) in verb-second position.
    Cue,
    /// A colon at `v`: the field holds nothing but the phrase.
    Colon,
    /// The first word before `v` that cannot belong to a noun phrase.
    AnyVerb,
}

/// [`vorfeld_subject`], [`colon_subject`] and [`subject_before_verb`].
fn field_subject(
    doc: &Doc,
    text: &str,
    lo: usize,
    v: usize,
    mode: Field,
) -> Option<(usize, usize)> {
    let colon = mode == Field::Colon;
    let any = mode == Field::AnyVerb;
    let units = &doc.units;
    if v <= lo || v >= units.len() || v > lo + 40 {
        return None;
    }
    let w = |i: usize| units[i].text(text);
    let mut s = lo;
    // A coordinating conjunction does not fill the field (`Doch die Regierung sagte`).
    // Nor does a focus particle before the phrase (`Selbst die Zeitung hatte kritisiert`,
    // `Auch Merkel sagte`).
    if matches!(
        w(s),
        "Und"
            | "und"
            | "Aber"
            | "aber"
            | "Doch"
            | "doch"
            | "Denn"
            | "denn"
            | "Oder"
            | "oder"
            | "Auch"
            | "Selbst"
            | "Sogar"
    ) {
        s += 1;
    }
    if s >= v {
        return None;
    }
    let first = units[s];
    // `„BBC News“ berichtet`: a quoted name filling the field.
    if first.mark().is_some() && mode != Field::AnyVerb {
        let c = quoted_name_end(units, s, v)?;
        return (c == v || c < v && !units[c].cap && aux_or_modal(w(c)) && mode == Field::Cue)
            .then_some((s, c));
    }
    if !first.is_word() || first.flags & (PREP | COMP | CUE | FINITE) != 0 {
        return None;
    }
    if first.flags & FUNC != 0 && first.flags & DET == 0 {
        return None;
    }
    if first.flags & DET != 0 {
        // (`Dieser behauptete, …`: a demonstrative standing for a person fills the field
        // alone.)
        let alone = s + 1 == v && mode == Field::Cue && demonstrative(w(s));
        let partitive_head = partitive(w(s)) && s + 1 < v && matches!(w(s + 1), "der" | "des");
        // (`Dessen Wortführer X forderte …`: opening the field, a possessive like `Sein`.)
        let possessive = matches!(w(s), "Dessen" | "Deren");
        if !nominative_det(w(s)) && !partitive_head && !possessive
            || s + 1 >= v && !alone
            || !(alone || units[s + 1].is_word() || units[s + 1].mark().is_some())
        {
            return None;
        }
    } else if !(first.cap || first.digit && units.get(s + 1).is_some_and(|n| n.cap))
        || first.flags & PRONOUN != 0
        || adverb_like(text, &first) && doc.sentences[doc.sentence_of(s)].start == s
    {
        return None;
    }
    if temporal(text, units, s, (s + 2).min(v)) {
        return None;
    }
    // (A field that ends in `und` before the verb of saying may hold a first conjunct with
    // its own verb: `Die Demonstranten zogen durch die Stadt und riefen …`.)
    let first_conjunct = mode == Field::Cue && matches!(w(v - 1), "und" | "sowie" | "aber");
    // Walk the field up to the finite verb.
    let mut head_end: Option<usize> = None;
    let mut j = s;
    let mut fin: Option<usize> = None;
    while j <= v {
        let u = units[j];
        if colon && j == v {
            fin = Some(j);
            break;
        }
        match u.kind {
            UKind::Word => {
                let x = w(j);
                if j > s && !u.cap && (u.flags & FINITE != 0 || aux_or_modal(x)) {
                    if colon {
                        return None;
                    }
                    fin = Some(j);
                    break;
                }
                if j == v {
                    if any {
                        return None;
                    }
                    fin = Some(j);
                    break;
                }
                if any && j > s && !u.cap && u.flags & CUE != 0 {
                    fin = Some(j);
                    break;
                }
                if u.flags & (COMP | CUE | PRONOUN) != 0 && !u.cap {
                    return None;
                }
                // (An adjective-like word before an article is a verb: `Einige vertreten die
                // …`, `Obamas Wahlkampfteam veröffentlichte die Antwort`.)
                // (Nor is an `-e` word between two nouns: `Die Justiz beanspruche Befugnisse,
                // die …, erklärte X`; not after a number noun, `Millionen neue Jobs`.)
                let verb_between = j > s
                    && konj1_between_nouns(text, units, j)
                    && !w(j - 1).ends_with('s')
                    && !matches!(
                        w(j - 1),
                        "Millionen" | "Milliarden" | "Tausende" | "Hunderte" | "Dutzende"
                    );
                let adjective = adjective_like(text, &u)
                    && !verb_between
                    && !((any || first_conjunct) && after_plain_noun(text, units, j))
                    && !units
                        .get(j + 1)
                        .is_some_and(|n| n.flags & DET != 0 && !n.cap);
                // A lower-case name right after the article, before the verb (`Die taz
                // vermutet`, `Der stern berichtet`).
                let lower_name = j == s + 1
                    && first.flags & DET != 0
                    && u.flags & (FUNC | PREP | DET | FINITE) == 0
                    && units.get(j + 1).is_some_and(|n| {
                        j + 1 == v || n.is_word() && !n.cap && n.flags & FINITE != 0
                    });
                // An adverb grading the adjective after it (`die staatlich kontrollierten
                // Medien`, `ein international bekannter Autor`).
                let grading = !u.cap
                    && ["lich", "ig", "isch", "weit", "weise"]
                        .iter()
                        .any(|e| x.ends_with(e))
                    && units.get(j + 1).is_some_and(|n| adjective_like(text, n));
                let ok = u.cap
                    || lower_name
                    || u.digit
                    || u.flags & (DET | PREP | FUNC) != 0
                    || adjective
                    || grading
                    || name_particle(text, &u)
                    || x == "und";
                if !ok {
                    if any && j > s && !u.cap {
                        fin = Some(j);
                        break;
                    }
                    return None;
                }
                j += 1;
            }
            UKind::Punct('(') => {
                let c = (j + 1..(j + 10).min(v)).find(|&k| units[k].punct() == Some(')'))?;
                j = c + 1;
            }
            UKind::Punct(',') => {
                // A further relative clause or apposition after the first (`Günther Platter,
                // der Verteidigungsminister, der zur Zeit den Vorsitz hat, sagte`): skip it
                // up to its closing comma.
                if head_end.is_some() && j + 1 < v && relative_word(w(j + 1)) {
                    if let Some(c) = (j + 2..(j + 25).min(v)).find(|&k| {
                        matches!(units[k].punct(), Some(',' | ':' | ';' | '!' | '?'))
                            || units[k].mark().is_some()
                    }) {
                        if units[c].punct() == Some(',') {
                            j = c;
                            continue;
                        }
                    }
                }
                if head_end.is_some() {
                    // The apposition closes: the finite verb must follow.
                    if any {
                        if j + 1 < v && units[j + 1].is_word() && !units[j + 1].cap {
                            fin = Some(j + 1);
                            break;
                        }
                        return None;
                    }
                    if j + 1 != v && !(j + 1 < v && !units[j + 1].cap && aux_or_modal(w(j + 1))) {
                        return None;
                    }
                    j += 1;
                    continue;
                }
                head_end = Some(j);
                // An apposition or relative clause up to the next comma.
                // (Before a colon the apposition may run up to it.)
                let stop = if colon { v + 1 } else { v };
                let Some(c) = (j + 1..(j + 25).min(stop)).find(|&k| {
                    matches!(units[k].punct(), Some(',' | ':' | ';' | '!' | '?'))
                        || units[k].punct() == Some('.') && !(k > 0 && units[k - 1].digit)
                }) else {
                    // An apposition whose closing comma is missing (`Der Weihbischof, Gerhard
                    // Maria Wagner hat … gebeten`): a name running up to the finite verb.
                    let k = (j + 1..(j + 6).min(v + 1))
                        .find(|&k| finite_word(text, &units[k], FINITE))?;
                    if k > j + 1 && (j + 1..k).all(|m| units[m].is_word() && units[m].cap) {
                        fin = Some(k);
                        break;
                    }
                    return None;
                };
                if colon && c == v && c > j + 1 {
                    fin = Some(v);
                    break;
                }
                if units[c].punct() != Some(',') || c == j + 1 {
                    return None;
                }
                // (An apposition has no verb; only a relative clause may: `Die Koalition
                // aus ÖVP, SPÖ und Neos habe …, sagte X` is a report with a list.)
                let relative = relative_word(w(j + 1))
                    || matches!(w(j + 1), "wo" | "was")
                    || units[j + 1].flags & PREP != 0;
                if !relative
                    && (j + 1..c).any(|k| {
                        units[k].is_word()
                            && !units[k].cap
                            && (units[k].flags & (KONJ1 | KONJ2 | SOLL) != 0
                                || units[k].flags & FINITE != 0 && aux_or_modal(w(k)))
                    })
                {
                    return None;
                }
                j = c;
            }
            UKind::Punct('-' | '–' | '/' | '.' | '&' | ')') => j += 1,
            UKind::Mark(_) => {
                // A short quoted name (`Die Zeitung „Yemen Observer“ berichtet`).
                let c = (j + 1..(j + 8).min(v)).find(|&k| units[k].mark().is_some())?;
                j = c + 1;
            }
            UKind::Punct(_) => return None,
        }
    }
    let f = fin?;
    // (A separable or `lassen` base is finite: `teilte … mit`, `ließ … erklären`.)
    // (`betont`, `begründet` are finite and participles; after an auxiliary, the latter.)
    // (A cue in `-e` right after the field is a Konjunktiv I in verb-second position:
    // `Dieser behaupte, …`; the lexicon leaves the form unmarked, as it is a first person too.)
    let konj_v2 = f == v && units[v].flags & CUE != 0 && w(v).ends_with('e');
    let cue_finite =
        (units[v].flags & (FINITE | SEP_BASE | LASSEN) != 0 || aux_or_modal(w(v)) || konj_v2)
            && !(f < v && aux_or_modal(w(f)) && participle_like(w(v)));
    if mode == Field::Cue && (cue_finite && f != v || !cue_finite && f >= v) {
        return None;
    }
    // The auxiliary and the participle share one clause (`Der Umsatz wird … betragen,
    // teilte das Unternehmen mit` is no `wird … mitgeteilt`).
    // (A parenthesis may hold commas: `Peres (Awoda, dt. etwa Arbeiterpartei) bekräftigt`.)
    if mode == Field::Cue && middle_field(units, f, v) != Some(false) {
        return None;
    }
    // `Das ägyptische Angebot lehnt er ab`: with a nominative pronoun right after the
    // finite verb, the field holds the object.
    if mode == Field::Cue
        && units
            .get(f + 1)
            .is_some_and(|n| n.is_word() && matches!(w(f + 1), "er" | "ich" | "wir"))
    {
        return None;
    }
    let mut e = head_end.unwrap_or(f);
    // Trailing adverbs and punctuation are no part of the phrase (`Die Regierung jedoch`).
    while e > s
        && (units[e - 1].punct().is_some() && units[e - 1].punct() != Some(')')
            || units[e - 1].flags & FUNC != 0 && !units[e - 1].cap)
    {
        e -= 1;
    }
    if e <= s {
        return None;
    }
    // `Der englischsprachigen Zeitung sagte X`, `Der Nachrichtenagentur sagte X`: a medium
    // addressed in the dative, not a subject.
    if matches!(w(s), "Der" | "der")
        // (Only an adjective before the head counts: `Der Fraktionsvorsitzende im
        // niedersächsischen Landtag` is nominative.)
        && ((s + 1..e)
            .take_while(|&k| !units[k].cap)
            .any(|k| w(k).ends_with("en"))
            // (The head noun, not a genitive after it: `Der Chef der Arbeitsagentur`.)
            || medium_noun(w(e - 1)) && !(s + 1..e - 1).any(|k| genitive_article(w(k))))
    {
        return None;
    }
    // A lone word before the verb may be a fronted adverb (`Konkret sagte der Sprecher`,
    // `Besorgt äußerte sich Kofi Annan`, `Sinngemäß hofft Musk`): then a nominative phrase
    // or a name after the verb is the subject.
    if !colon
        && e == s + 1
        && first.flags & DET == 0
        && doc.sentences[doc.sentence_of(s)].start == s
    {
        let mut r = f + 1;
        if r < units.len() && w(r) == "sich" {
            r += 1;
        }
        if r < units.len()
            && units[r].is_word()
            && (units[r].flags & PRONOUN != 0
                || units[r].flags & DET != 0 && nominative_det(w(r))
                || role_like(text, &units[r])
                || units[r].cap && units[r].flags & (DET | PREP | FUNC) == 0 && adverbial(w(s)))
        {
            return None;
        }
    }
    // A form of address is no subject (`Herr Brunner, Sie haben argumentiert`).
    if vocative(text, units, s, e) {
        return None;
    }
    // A determiner alone is no phrase (`Das sagte …`, `Dies erklärte …`: the neuter points
    // to what was said), but a quantifier is (`Einige vertreten die Auffassung`), and so is
    // a demonstrative that stands for a person (`Dieser bestätigte`, `Diese glaubten`).
    if e == s + 1
        && first.flags & DET != 0
        && !matches!(
            w(s),
            "Einige" | "Viele" | "Alle" | "Beide" | "Mehrere" | "Manche" | "Andere" | "Weitere"
        )
        && !demonstrative(w(s))
    {
        return None;
    }
    Some((s, e))
}

/// The subject of a verb-second clause whose field before the auxiliary holds an adverbial
/// (`Damals hatte das Gericht … ausgesprochen`, `Am Montag hat die Regierung angekündigt`,
/// `Zuvor hatten Medien berichtet`): the nominative phrase right after the auxiliary, with
/// the participle or infinitive of saying at `v` closing the clause. Bounded: the auxiliary
/// must come within eight words of the clause start.
fn subject_after_aux(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    /// Time adverbs that fill the field on their own (the others are function words).
    const TIME_ADVERBS: &[&str] = &["Damals", "Zuletzt", "Seither", "Seitdem", "Vorgestern"];
    let units = &doc.units;
    let w = |i: usize| units[i].text(text);
    // (A fronted prepositional phrase may be long: `Vor einer zweiten – humanitären –
    // Katastrophe nach dem Wirbelsturm „Nargis“ hat X gewarnt`.)
    let reach = if units[lo].flags & PREP != 0 { 30 } else { 8 };
    let f = (lo + 1..v.min(lo + reach))
        .find(|&i| units[i].is_word() && !units[i].cap && aux_or_modal(w(i)))?;
    // An auxiliary in Konjunktiv opens reported content (`In Deutschland habe X bessere
    // Chancen, sagte Y`), and the participle must close the auxiliary's own clause: only an
    // apposition's commas between them (`hatte ein Sprecher, Y, erklärt,`), never the comma
    // of an attribution after content (`Hier ist X, sagte der Sekretär`).
    // (`habe ich` is the indicative of the first person: `Anfang 2016 habe ich gefordert`.)
    if matches!(w(f), "habe" | "hätte" | "hätten" | "sei" | "seien")
        && !(w(f) == "habe"
            && units
                .get(f + 1)
                .is_some_and(|n| text.get(n.span.range()) == Some("ich")))
    {
        return None;
    }
    let commas = middle_field(units, f + 1, v)?;
    if commas && (units.get(v + 1).is_some_and(|n| n.is_word()) || !participle_like(w(v))) {
        return None;
    }
    // The field is one stretch of words (an ordinal's dot aside: `Am 3. Mai`), with quoted
    // names, dashes and parentheses inside a fronted prepositional phrase.
    let field_unit = |i: usize| {
        let u = units[i];
        u.is_word()
            || i > lo && u.punct() == Some('.') && units[i - 1].digit
            || units[lo].flags & PREP != 0
                && (u.mark().is_some() || matches!(u.punct(), Some('-' | '–' | '(' | ')')))
    };
    if !(lo..f).all(field_unit) {
        return None;
    }
    let first = units[lo];
    let fronted = first.flags & PREP != 0
        || temporal(text, units, lo, f)
        || f == lo + 1
            && (first.flags & FUNC != 0 && first.flags & (DET | PRONOUN) == 0
                || first.cap && (adverbial(w(lo)) || TIME_ADVERBS.contains(&w(lo))));
    if !fronted {
        return None;
    }
    let (s, e) = np_right(doc, text, f + 1, v).filter(|&(s, _)| s == f + 1)?;
    nominative_at(text, units, s, e)
}

/// `s..e` when the phrase there can be a clause's subject: a lower-case subject pronoun, a
/// nominative determiner or a plain capitalised word first, and no time phrase
/// (`am Montag`). The subject rules that take the phrase right after a clause's opening word
/// share this test.
fn nominative_at(text: &str, units: &[Unit], s: usize, e: usize) -> Option<(usize, usize)> {
    let x = units[s].text(text);
    let nominative = units[s].flags & PRONOUN != 0 && matches!(x, "er" | "sie" | "wir" | "ich")
        || units[s].flags & DET != 0 && nominative_det(x)
        || units[s].cap && units[s].flags & (DET | FUNC | PREP | PRONOUN) == 0;
    (nominative && !temporal(text, units, s, e)).then_some((s, e))
}

/// Whether units `a..b` can sit between a finite auxiliary and its participle in one clause:
/// words, commas and parenthesised asides (`Peres (Awoda, dt. etwa Arbeiterpartei)`), no
/// quotation mark and no colon or semicolon outside parentheses. `Some(true)` when a comma
/// stands outside parentheses.
fn middle_field(units: &[Unit], a: usize, b: usize) -> Option<bool> {
    let mut depth = 0u32;
    let mut comma = false;
    for u in units.get(a..b).unwrap_or(&[]) {
        if u.mark().is_some() {
            return None;
        }
        match u.punct() {
            Some('(') => depth += 1,
            Some(')') => depth = depth.checked_sub(1)?,
            Some(',') if depth == 0 => comma = true,
            Some(':' | ';') if depth == 0 => return None,
            _ => {}
        }
    }
    (depth == 0).then_some(comma)
}

/// The subject of a verb-final clause that runs through a quotation opening at `open` (`…,
/// weil die Regierung das Land als „…“ bezeichnet hat`): the first phrase after the
/// clause's conjunction. (Not in a relative clause: there gold names the antecedent as often
/// as the pronoun.)
/// Nothing when the clause opens the sentence at `lo` (a main clause: its subject is found
/// by the verb-second rules) or holds no nominative phrase there.
pub fn verb_final_subject(doc: &Doc, text: &str, lo: usize, open: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let w = |i: usize| units[i].text(text);
    let mut i = open;
    while i > lo && units[i - 1].is_word() {
        i -= 1;
    }
    // (A subordinate clause starts after a comma or dash, with a conjunction or pronoun.)
    if i == lo || i >= open || !matches!(units[i - 1].punct(), Some(',' | '–' | '-')) {
        return None;
    }
    const SUBORDINATORS: &[&str] = &[
        "weil", "da", "obwohl", "obgleich", "nachdem", "wenn", "falls", "indem", "sodass", "zumal",
        "wobei", "weshalb", "weswegen",
    ];
    if units[i].flags & COMP == 0 && !SUBORDINATORS.contains(&w(i)) {
        return None;
    }
    let (s, e) = np_right(doc, text, i + 1, open).filter(|&(s, _)| s == i + 1)?;
    nominative_at(text, units, s, e)
}

/// The subject of the clause after the last comma in `lo..colon`, a clause that ends at a
/// colon introducing a quotation: after a finite verb opening the clause (`Höhnisch, auf das
/// Echo reagierend, veröffentlichte der Verfasser folgenden Kommentar:`), or after the
/// relative pronoun or conjunction of a verb-final clause (`…, die Gerhard Schröder zum
/// Erfolgskriterium erklärt hatte:`): a nominative phrase right there. Nothing otherwise.
pub fn last_clause_subject(
    doc: &Doc,
    text: &str,
    lo: usize,
    colon: usize,
) -> Option<(usize, usize)> {
    let units = &doc.units;
    let colon = colon.min(units.len());
    let w = |i: usize| units[i].text(text);
    let k = (lo..colon).rev().find(|&i| units[i].punct() == Some(','))? + 1;
    if k + 2 >= colon || !(k..colon).all(|i| units[i].is_word()) {
        return None;
    }
    let first = units[k];
    let verb_first = !first.cap
        && first.flags & (DET | PREP | PRONOUN | COMP | FUNC) == 0
        && (first.flags & (FINITE | CUE | SEP_BASE | LASSEN) != 0
            || aux_or_modal(w(k))
            // (A verb unknown to the lexicon: a weak past or present third person.)
            || ["te", "ten", "t"].iter().any(|x| w(k).ends_with(x)) && !adverbial(w(k)));
    let verb_final = !first.cap
        && (relative_pronoun(w(k)).is_some() || first.flags & COMP != 0)
        && units[colon - 1].is_word()
        && !units[colon - 1].cap;
    if !verb_first && !verb_final {
        return None;
    }
    let (s, e) = np_right(doc, text, k + 1, colon).filter(|&(s, _)| s == k + 1)?;
    // (An adjective after the head noun opens the object: `der Verfasser folgenden
    // Kommentar`.)
    let e = (s + 2..e)
        .find(|&i| cap_noun(&units[i - 1]) && !units[i].cap && adjective_like(text, &units[i]))
        .unwrap_or(e);
    nominative_at(text, units, s, e)
}

/// The first noun phrase of the clause before `v` (`Peskow hat am Montag gesagt`).
fn subject_in_clause(doc: &Doc, text: &str, lo: usize, v: usize) -> Option<(usize, usize)> {
    let units = &doc.units;
    let mut i = v;
    while i > lo {
        let u = units[i - 1];
        // An ordinal's dot (`am 25. November`) does not end the clause.
        let ordinal_dot = u.punct() == Some('.') && i >= 2 && units[i - 2].digit;
        // Nor does a short quoted term after a word of the clause (`hatten von der
        // Notwendigkeit eines „Volkskrieges“ gesprochen`).
        if u.mark().is_some() {
            let open = (i.saturating_sub(6).max(lo + 1)..i - 1)
                .rev()
                .find(|&j| units[j].mark().is_some())
                .filter(|&j| (j + 1..i - 1).all(|k| units[k].is_word()) && j + 1 < i - 1);
            if let Some(j) = open.filter(|&j| units[j - 1].is_word()) {
                i = j;
                continue;
            }
        }
        // Nor a short parenthesis after a word of the clause (`die X in seiner ersten
        // Amtszeit (1998 bis 2002) zum Ziel erklärt hatte`).
        if u.punct() == Some(')') {
            let open = (i.saturating_sub(8).max(lo + 1)..i - 1)
                .rev()
                .find(|&j| units[j].punct() == Some('('))
                .filter(|&j| {
                    j + 1 < i - 1
                        && (j + 1..i - 1)
                            .all(|k| units[k].is_word() || units[k].punct() == Some('-'))
                });
            if let Some(j) = open.filter(|&j| units[j - 1].is_word()) {
                i = j;
                continue;
            }
        }
        if !u.is_word() && !ordinal_dot {
            break;
        }
        i -= 1;
    }
    // `…, dass Russland … meldet`: the subject follows the complementiser.
    while i < v && units[i].flags & COMP != 0 {
        i += 1;
    }
    // (A time phrase is no subject: `Letzte Woche hatte die Gewerkschaft … gesprochen`
    // has its subject after it.)
    let np = np_right(doc, text, i, v)
        .and_then(|(s, e)| {
            if temporal(text, units, s, e) {
                np_right(doc, text, e, v).filter(|&(s2, e2)| !temporal(text, units, s2, e2))
            } else {
                Some((s, e))
            }
        })
        .filter(|&(s, _)| s < v && units[s].flags & PREP == 0)?;
    // A sentence adverb filling the field (`Deswegen würde ich sagen`): the nominative
    // phrase right after the finite verb that follows it.
    let w = |k: usize| units[k].text(text);
    if np.1 == np.0 + 1 && units[np.0].cap && adverbial(w(np.0)) {
        let f = np.1;
        if f + 1 < v && finite_word(text, &units[f], FINITE) {
            return np_right(doc, text, f + 1, v).filter(|&(s, e)| {
                s == f + 1
                    && (matches!(w(s), "er" | "sie" | "wir" | "ich" | "Sie")
                        || units[s].flags & DET != 0 && nominative_det(w(s))
                        || units[s].cap && units[s].flags & (DET | FUNC | PREP | PRONOUN) == 0)
                    && !temporal(text, units, s, e)
            });
        }
        return None;
    }
    Some(np)
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
    let w = |i: usize| units[i].text(text);
    // Cheap tests first: `von` in the clause (rare), then a form of `werden`.
    let end = clause_end(units, lo, hi).max(v).min(hi);
    // (On bytes: this runs on every unit of the clause.)
    let is_von = |i: usize| {
        units[i].span.len() == 3
            && units[i].is_word()
            && matches!(
                text.as_bytes().get(units[i].span.range()),
                Some(b"von" | b"vom" | b"Von" | b"Vom")
            )
            && i + 1 < end
            // (After a number `von` counts out of a whole: `Mit 27 von 35 Stimmen wurde
            // beschlossen` names no agent.)
            && !(i > 0 && units[i - 1].digit)
    };
    let first = (lo..end).find(|&i| is_von(i))?;
    // A `von` right after a noun is mostly attributive (`wird die Gefahr von Waldbränden vom
    // Wetterdienst als hoch eingestuft`): the agent's is the first `von` after no noun, else
    // the last one.
    let k = (first..end)
        .filter(|&i| is_von(i))
        .find(|&i| !(i > lo && cap_noun(&units[i - 1])))
        .or_else(|| (first..end).rev().find(|&i| is_von(i)))
        .unwrap_or(first);
    // (A `wie` clause with a bare participle is passive too: `…, wie von der Regierung
    // angekündigt, …`.)
    // (Past adverbs: `wie schon vom Gericht entschieden`.)
    let passive = (k.saturating_sub(3).max(lo)..k)
        .rev()
        .take_while(|&i| units[i].is_word() && !units[i].cap || matches!(w(i), "Wie"))
        .any(|i| matches!(w(i), "wie" | "Wie"))
        || (lo..hi).any(|i| {
            units[i].is_word()
                && !units[i].cap
                && matches!(w(i), "wurde" | "wurden" | "worden" | "wird" | "werden")
        });
    if !passive {
        return None;
    }
    // (Not an agent in a clause before the verb's own: `Nachdem dieser von X gefragt wurde,
    // …, entgegnete Y`, where a finite verb closes the agent's clause before a comma; a date
    // in commas is no clause: `von X am Donnerstag, dem 28. Dezember, bestätigt`.)
    // (Nor one inside a quotation before the verb: `„… die von Enceladus kommen …“, und
    // fügt hinzu`.)
    if k < v
        && ((k + 1..v).any(|i| units[i].mark().is_some())
            || (k + 1..v)
                .find(|&i| units[i].punct() == Some(','))
                .is_some_and(|c| (k + 1..c).any(|i| finite_word(text, &units[i], FINITE))))
    {
        return None;
    }
    let start = k + 1;
    let np = np_right(doc, text, start, end)?;
    (np.0 <= start + 1 && np.1 <= end).then_some(np)
}

/// A noun naming a role that speaks for others (`Sprecher`, `SPD-Vorsitzende`,
/// `Innenministerin`), by lexicon or by its ending.
pub(crate) fn role_like(text: &str, u: &Unit) -> bool {
    if !u.is_word() || !u.cap {
        return false;
    }
    if u.flags & ROLE_NOUN != 0 {
        return true;
    }
    let w = u.text(text);
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
        "geschäftsführer",
        "geschäftsführerin",
        "gründer",
        "gründerin",
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
        "beobachter",
        "beobachterin",
        "kritiker",
        "kritikerin",
        "ermittler",
        "ermittlerin",
        "forscher",
        "forscherin",
        "analyst",
        "analystin",
        "politiker",
        "politikerin",
        "aktivist",
        "aktivistin",
    ];
    // (Most words end in none of them, and the rest in one or two: only those are compared.)
    static TAILS: Tails3 = tails3(ENDS);
    let ends = |w: &str| TAILS.any_ends_ci(w);
    // (Also in the plural or dative plural: `Experten`, `Vertretern`, `Abgeordneten`.)
    ends(w) || w.strip_suffix('n').is_some_and(ends)
}

/// The suffixes of a list of at most 64 (lower-case, of three bytes or more) as bits of their
/// indices, by a hash of their last three bytes: a word can end in (ASCII case ignored) only
/// the suffixes under the hash of its own last three bytes, ASCII lower-cased.
pub(crate) struct Tails3 {
    bits: [u64; 512],
    /// The list the bits index.
    ends: &'static [&'static str],
}

/// The hash of three bytes, ASCII lower-cased, under 512.
const fn tail3_key(a: u8, b: u8, c: u8) -> usize {
    let x = u32::from_le_bytes([
        a.to_ascii_lowercase(),
        b.to_ascii_lowercase(),
        c.to_ascii_lowercase(),
        0,
    ]);
    (x.wrapping_mul(0x9E37_79B1) >> 23) as usize
}

/// The [`Tails3`] of `ends` (built at compile time).
pub(crate) const fn tails3(ends: &'static [&'static str]) -> Tails3 {
    assert!(ends.len() <= 64);
    let mut t = Tails3 {
        bits: [0; 512],
        ends,
    };
    let mut i = 0;
    while i < ends.len() {
        let b = ends[i].as_bytes();
        assert!(b.len() >= 3);
        let n = b.len();
        t.bits[tail3_key(b[n - 3], b[n - 2], b[n - 1])] |= 1 << i;
        i += 1;
    }
    t
}

impl Tails3 {
    /// `ends.iter().any(|e| ends_ci(w, e))` for the table's list `ends`.
    #[inline]
    pub(crate) fn any_ends_ci(&self, w: &str) -> bool {
        let Some(&[a, b, c]) = w.as_bytes().last_chunk::<3>() else {
            return false;
        };
        let mut m = self.bits[tail3_key(a, b, c)];
        while m != 0 {
            if self
                .ends
                .get(m.trailing_zeros() as usize)
                .is_some_and(|e| ends_ci(w, e))
            {
                return true;
            }
            m &= m - 1;
        }
        false
    }
}

/// Words of a time (`temporal`): the months first, then the weekdays (`weekday_time` takes
/// them from here), then other nouns of time.
const TIME_WORDS: &[&str] = &[
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
    "Stunden",
    "Stunde",
    "Minuten",
    "Tage",
    "Tagen",
    "Wochen",
    "Monate",
    "Monaten",
    "Jahre",
    "Jahren",
    "Uhr",
    "Nacht",
    "Zeitpunkt",
    "Wochenbeginn",
    "Jahresbeginn",
];

/// A time phrase (`Ende Januar`, `Am Montag`, `Im Mai 2005`): never a speaker.
pub(crate) fn temporal(text: &str, units: &[Unit], s: usize, e: usize) -> bool {
    const WORDS: &[&str] = TIME_WORDS;
    // Every time word is capitalised, so other units need no comparison.
    const _: () = assert!(capitalised(WORDS), "temporal() skips lower-case units");
    // A word is compared only with the time words of its first byte and length (most
    // names have none).
    static SHAPES: Shapes = shapes(WORDS);
    // (A month between a capitalised word or the phrase's start and a name is a first name:
    // `Richterin April Perry`, `August Bebel`; not `Anfang April`, `im April`.)
    let first_name = |i: usize, w: &str| {
        WORDS[..12].contains(&w)
            && units
                .get(i + 1)
                .is_some_and(|n| i + 1 < e && n.is_word() && n.cap && !n.digit)
            && (i == s || units[i - 1].cap)
            && !(i > 0 && matches!(units[i - 1].text(text), "Anfang" | "Ende" | "Mitte"))
    };
    (s..e.min(units.len())).any(|i| {
        units[i].cap
            && text
                .get(units[i].span.range())
                .is_some_and(|w| SHAPES.contains(w) && !first_name(i, w))
    })
}

/// The words of a list of at most 64 (of 1 to 63 bytes each) as bits of their indices: those
/// that start with each byte, and those of each length. A word can equal only the words in
/// both sets, so most words need no comparison and the rest one or two.
pub(crate) struct Shapes {
    first: [u64; 256],
    len: [u64; 64],
    /// The list the bits index.
    words: &'static [&'static str],
}

/// The [`Shapes`] of `words` (built at compile time).
pub(crate) const fn shapes(words: &'static [&'static str]) -> Shapes {
    assert!(words.len() <= 64);
    let mut t = Shapes {
        first: [0; 256],
        len: [0; 64],
        words,
    };
    let mut i = 0;
    while i < words.len() {
        let b = words[i].as_bytes();
        assert!(!b.is_empty() && b.len() < 64);
        t.first[b[0] as usize] |= 1 << i;
        t.len[b.len()] |= 1 << i;
        i += 1;
    }
    t
}

impl Shapes {
    /// `words.contains(&w)` for the table's list `words`.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        let (Some(&b), Some(&by_len)) = (w.as_bytes().first(), self.len.get(w.len())) else {
            return false;
        };
        let mut c = self.first[usize::from(b)] & by_len;
        while c != 0 {
            if self.words.get(c.trailing_zeros() as usize) == Some(&w) {
                return true;
            }
            c &= c - 1;
        }
        false
    }
}

/// Whether every word of `words` starts with an ASCII capital (checked at compile time).
const fn capitalised(words: &[&str]) -> bool {
    let mut i = 0;
    while i < words.len() {
        if !matches!(words[i].as_bytes().first(), Some(b'A'..=b'Z')) {
            return false;
        }
        i += 1;
    }
    true
}

/// The person right before the bracket at `bracket` (`Peter Roth („…“)`, `von der Trainerin
/// Eva Lang („…“)`): up to four capitalised words ending there that [`person_like`] takes,
/// with an article or contracted preposition before them kept as written (`der`, not
/// `von`: the mention, not its preposition).
pub fn person_before_bracket(doc: &Doc, text: &str, bracket: usize) -> Option<(usize, usize)> {
    let u = &doc.units;
    let lo = doc.sentences.get(doc.sentence_of(bracket))?.start;
    let mut s = bracket;
    while s > lo
        && bracket - s < 4
        && u[s - 1].is_word()
        && u[s - 1].cap
        && u[s - 1].flags & DET == 0
    {
        s -= 1;
    }
    if s == bracket || !person_like(doc, text, s, bracket) {
        return None;
    }
    let det = s > lo && u[s - 1].flags & DET != 0 && !u[s - 1].cap;
    Some((if det { s - 1 } else { s }, bracket))
}

/// A speaker's label opening the line of unit `i` before a colon (headlines: `Naturschutzbund:
/// Schritt der Uni „international diffamierende Schande“`, `Wirtschaftskammerpräsident:
/// Rückzug „reine Spekulation“`): one to three capitalised words that name a role, a
/// person or an institution, the colon before `i`. Not a topic (`Prozess: …`,
/// `Liveticker: …`).
pub fn speaker_label(doc: &Doc, text: &str, i: usize) -> Option<(usize, usize)> {
    let u = &doc.units;
    // (The label opens the quotation's sentence, which opens a line: a colon ends no
    // sentence.)
    let ls = doc.sentences.get(doc.sentence_of(i))?.start;
    if !doc.line_start(text, ls) {
        return None;
    }
    let c = (ls + 1..(ls + 4).min(i)).find(|&k| u[k].punct() == Some(':'))?;
    if !(ls..c).all(|k| u[k].is_word() && u[k].cap && u[k].flags & (DET | PRONOUN | PREP) == 0) {
        return None;
    }
    let named = (ls..c).any(|k| role_like(text, &u[k]))
        || person_like(doc, text, ls, c)
        || crate::detect::institution_noun(doc, text, crate::detect::Sp { s: ls, e: c }).is_some();
    named.then_some((ls, c))
}

/// Whether units `s..e` name a person or a role: a role noun, or a name of two or more
/// capitalised words at the end (`Außenministerin Condoleezza Rice`).
pub fn person_like(doc: &Doc, text: &str, s: usize, e: usize) -> bool {
    let units = &doc.units;
    let e = e.min(units.len());
    if s >= e {
        return false;
    }
    // (A noun of age is a person: `Die 17-Jährige war sichtlich aufgeregt.`)
    (s..e).any(|i| role_like(text, &units[i]) || crate::detect::age_noun(units[i].text(text)))
        || e >= s + 2
            && (e - 2..e).all(|i| units[i].is_word() && units[i].cap && units[i].flags & DET == 0)
            && !opening_adjective(doc, text, e - 2)
}

/// Whether unit `i` opens its sentence and has an adjective's ending (`Besondere Probleme`,
/// `Zahlreiche Anwohner`): capitalised only by its place, so it and the next word are no
/// first and last name. (First names ending in `-e` are many: the endings here are not
/// theirs.)
fn opening_adjective(doc: &Doc, text: &str, i: usize) -> bool {
    const ENDS: &[&str] = &[
        "ere", "eren", "erer", "ische", "ischen", "ischer", "liche", "lichen", "licher", "ige",
        "igen", "bare", "baren", "same", "samen", "ste", "sten", "reiche", "reichen", "ive",
        "iven", "iver", "uelle", "uellen", "ierte", "ierten",
    ];
    doc.sentences
        .get(doc.sentence_of(i))
        .is_some_and(|r| r.start == i)
        && ENDS.iter().any(|x| doc.units[i].text(text).ends_with(x))
}

/// A report marker whose source phrase opens a relative or adverbial clause inside the
/// sentence (`Die Firma, die Berichten zufolge vor der Pleite steht, sucht …`, `Die Mieten,
/// die nach Angaben des Verbands stark gestiegen sind, …`, `…, weil laut Polizei ein Defekt
/// vorlag`): it reports that clause only, from past its source to the clause's end, not the
/// whole sentence. `m` is the marker's content range and source from `report_marker` over
/// `lo..hi`; returns the clause's content range and the source without the clause's pronoun,
/// and the relative pronoun's unit (a part of the quotation as Wikinews annotates it: `die`
/// … `vor der Pleite steht`), else `m` unchanged and no pronoun.
#[allow(clippy::type_complexity)]
pub(crate) fn marker_in_subclause(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    lo: usize,
    hi: usize,
    m: (usize, usize, Option<(usize, usize)>),
) -> ((usize, usize, Option<(usize, usize)>), Option<usize>) {
    const OPENERS: &[&str] = &[
        "weil", "da", "obwohl", "nachdem", "wenn", "als", "während", "bevor", "seit", "seitdem",
        "zumal", "sodass",
    ];
    let u = &doc.units;
    let hi = hi.min(u.len()).min(in_quote.len());
    let (a, b, np) = m;
    let Some((s, e)) = np.filter(|_| a == lo && b == hi) else {
        return (m, None);
    };
    if s >= e || e > hi || s < lo + 2 {
        return (m, None);
    }
    let w = |i: usize| u[i].text(text);
    let zufolge = e < hi && matches!(w(e), "zufolge" | "Zufolge");
    // The phrase's first unit: its preposition (`laut`, `nach`, `gemäß`), else the source
    // (before `zufolge`).
    let ps = (s.saturating_sub(3).max(lo)..s)
        .find(|&j| matches!(w(j), "laut" | "nach" | "gemäß" | "gemäss"))
        .unwrap_or(s);
    // `X zufolge` after the pronoun: `np_left` took the pronoun for an article (`die
    // Berichten`); only one that can be no dative article is certain (`die`, `das`,
    // `welche`, not `der Polizei zufolge`).
    let (ps, s) = if ps == s
        && zufolge
        && e > s + 1
        && u[s - 1].punct() == Some(',')
        && matches!(w(s), "die" | "das" | "welche" | "welcher" | "welches")
    {
        (s + 1, s + 1)
    } else {
        (ps, s)
    };
    if ps == s && !zufolge || ps < lo + 2 {
        return (m, None);
    }
    // The opener right before the phrase, or before a reflexive (`, die sich laut …`).
    let o = if matches!(w(ps - 1), "sich") {
        ps - 2
    } else {
        ps - 1
    };
    if o <= lo || u[o - 1].punct() != Some(',') || in_quote[o - 1] {
        return (m, None);
    }
    let ow = w(o);
    // (Not a genitive: in `, deren Angaben zufolge` the pronoun belongs to the source.)
    let pronoun = RELATIVE.contains(&ow) && !matches!(ow, "dessen" | "deren");
    if !pronoun && !OPENERS.contains(&ow) {
        return (m, None);
    }
    // The content: past the source (and `zufolge`) to the clause's end, a comma before the
    // verb that continues the main clause (`…, die … enthalten sollte, wurde kein …`; not
    // one in a list, `der Planung, Finanzierung und …`, nor before a clause inside it,
    // `…, wenn …`).
    let from = if zufolge { e + 1 } else { e };
    let to = (from..hi)
        .find(|&k| {
            !in_quote[k]
                && match u[k].punct() {
                    Some(';' | ':') => true,
                    Some(',') => u.get(k + 1).is_some_and(|n| {
                        n.is_word()
                            && !n.cap
                            && (n.flags & (DET | PREP | FUNC | COMP | PRONOUN) == 0
                                || aux_or_modal(n.text(text))
                                || passive_aux(n.text(text)))
                    }),
                    _ => false,
                }
        })
        .unwrap_or(hi);
    // (Words of a verb must be left: `…, die laut Polizei, …` is no clause.)
    if !(from..to).any(|k| u[k].is_word()) {
        return (m, None);
    }
    ((from, to, Some((s, e))), pronoun.then_some(o))
}

#[cfg(test)]
mod tests {
    use super::{ends_ci, shapes, tails3, Shapes, Tails3};

    /// The table answers as the list's `contains` does, for members, near misses (same first
    /// byte or length) and words it cannot hold (empty, over 63 bytes).
    #[test]
    fn shapes_agree_with_contains() {
        const WORDS: &[&str] = &[
            "Mai", "März", "Montag", "Monat", "Ende", "Uhr", "Tag", "Tage",
        ];
        static SHAPES: Shapes = shapes(WORDS);
        let long = "M".repeat(70);
        let probes = [
            "Mai",
            "März",
            "Montag",
            "Monat",
            "Ende",
            "Uhr",
            "Tag",
            "Tage",
            "Mau",
            "Maim",
            "Monta",
            "Monatg",
            "Tags",
            "tag",
            "Enda",
            "Uhu",
            "",
            "M",
            "Ä",
            long.as_str(),
        ];
        for w in probes {
            assert_eq!(SHAPES.contains(w), WORDS.contains(&w), "{w:?}");
        }
    }

    /// The suffix table answers as comparing with every suffix does (ASCII case ignored,
    /// umlauts and words shorter than three bytes included).
    #[test]
    fn tails3_agree_with_every_suffix() {
        const ENDS: &[&str] = &[
            "sprecher",
            "minister",
            "anwältin",
            "sekretär",
            "chef",
            "bericht",
        ];
        static TAILS: Tails3 = tails3(ENDS);
        let probes = [
            "Pressesprecher",
            "SPRECHER",
            "Ministerin",
            "Minister",
            "Anwältin",
            "ANWÄLTIN",
            "Generalsekretär",
            "Chef",
            "CHEF",
            "Chefs",
            "Bericht",
            "Berichte",
            "Peter",
            "ef",
            "",
            "är",
            "Ärztin",
            "Ministers",
        ];
        for w in probes {
            let slow = ENDS.iter().any(|e| ends_ci(w, e));
            assert_eq!(TAILS.any_ends_ci(w), slow, "{w:?}");
        }
    }
}
