//! The detector: direct quotations first, then indirect and reported speech sentence by
//! sentence, then speakers resolved against the caller's mentions.

use crate::attrib::{
    acronym, agentless_passive, apposition_close, before_its_noun, colon_subject, cue_at,
    demonstrative_alone, find_cue, find_cue_rev, finite_word, inflected_ending,
    last_clause_subject, marker_in_subclause, name_without_verb, np_left, np_right,
    opening_source_text, participle_like, passive_agent, passive_aux, passive_source_phrase,
    person_like, quoted_name_end, reaction_source, relative_pronoun, sein_third_person, shapes,
    speaker_for, tails3, temporal, verb_final_subject, verbless, with_apposition, zu_infinitive,
    CueHit, Shapes, Tails3,
};
use crate::direct::{is_speech, pair_marks_into, Pair};
use crate::lexicon::{
    Lexicon, ACT_NOUN, COMP, CUE, DET, FINITE, FUNC, KONJ1, KONJ2, LASSEN, MARKER, PREP, PRONOUN,
    ROLE_NOUN, SEP_BASE, SOLL, SPEECH_NOUN, ZITIEREN,
};
use crate::units::{Doc, Pooled, UKind, Unit, SENT_MARK};
use crate::{Cue, Gender, Mention, MentionKind, Quote, QuoteKind, Speaker};
use std::cell::Cell;
use wortlaut_tokenize::{Analysis, Span};

/// The detector: word lists built once, shared by all threads.
#[derive(Debug, Clone)]
pub struct QuoteDetector {
    lex: Lexicon,
}

impl Default for QuoteDetector {
    fn default() -> Self {
        Self::new()
    }
}

/// The flags of a sentence that may report speech: a sentence without any of them (and with
/// no direct quotation's speaker to note) gets no closer look. (Both tests of it, on the
/// sentence's flags and on its words outside quotations, must use the same set.)
const MAY_REPORT: u32 = CUE | SEP_BASE | LASSEN | KONJ1 | KONJ2 | SOLL | MARKER | COMP | ACT_NOUN;

/// A speaker before resolution: unit range of the phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sp {
    pub(crate) s: usize,
    pub(crate) e: usize,
}

/// Who spoke last, for quotes whose speaker is only clear from context.
#[derive(Debug, Clone, Copy)]
struct Last {
    sp: Sp,
    sentence: usize,
    paragraph: usize,
}

/// A report in sentence `si` (paragraph `para`): its speaker, if any, becomes the one that
/// later quotes without their own may take, and the sentence is the last one that reported.
fn note_report(
    last_ind: &mut Option<Last>,
    prev_report_sentence: &mut Option<usize>,
    sp: Option<Sp>,
    si: usize,
    para: usize,
) {
    if let Some(sp) = sp {
        *last_ind = Some(Last {
            sp,
            sentence: si,
            paragraph: para,
        });
    }
    *prev_report_sentence = Some(si);
}

#[derive(Clone, Copy)]
struct Item {
    span: Span,
    kind: QuoteKind,
    speaker: Option<Sp>,
    cue: Option<CueHit>,
    group: Option<u32>,
    /// A continued report without its own cue (merged with a preceding continuation).
    continuation: bool,
    /// A report that names no source (`…, hieß es.`): no speaker from context either.
    impersonal: bool,
    sentence: usize,
}

impl QuoteDetector {
    /// A detector with the built-in German lists.
    pub fn new() -> Self {
        QuoteDetector {
            lex: Lexicon::german(),
        }
    }

    /// All quotations in `text`, given its tokenization and (possibly empty) entity mentions
    /// sorted by start.
    pub fn detect(&self, text: &str, analysis: &Analysis, mentions: &[Mention<'_>]) -> Vec<Quote> {
        let mut quotes = Vec::new();
        self.detect_into(text, analysis, mentions, &mut quotes);
        quotes
    }

    /// [`QuoteDetector::detect`] into `out` (cleared first), reusing its allocations: the
    /// vector itself and its quotations' cue spans (a caller that annotates document after
    /// document allocates next to nothing for the quotes of the next one).
    pub fn detect_into(
        &self,
        text: &str,
        analysis: &Analysis,
        mentions: &[Mention<'_>],
        out: &mut Vec<Quote>,
    ) {
        // This thread's buffers from the last document (about 4 % of detection time went
        // into allocating and freeing them per document).
        let mut spare = SPARE.with(Cell::take).unwrap_or_default();
        let mut cue_spans = cleared(&mut spare.cue_spans);
        for q in out.drain(..) {
            if let Some(mut c) = q.cue.filter(|_| cue_spans.len() < CUE_SPANS_KEPT) {
                c.spans.clear();
                cue_spans.push(c.spans);
            }
        }
        let mut doc = Pooled::build(text, analysis, &self.lex);
        if doc.units.is_empty() {
            spare.cue_spans = cue_spans;
            SPARE.with(|s| s.set(Some(spare)));
            return;
        }
        // `…, sei es aus Tradition oder aus Kalkül`: a concession, no Konjunktiv of report.
        // (Only in sentences with a listed Konjunktiv.)
        for si in 0..doc.sentences.len() {
            if doc
                .sent_flags
                .get(si)
                .is_some_and(|&f| f & (KONJ1 | KONJ2 | SOLL) == 0)
            {
                continue;
            }
            let r = doc.sentences[si].clone();
            // `Hätte die Partei mehr Stimmen erhalten, wäre sie im Landtag`: a conditional
            // opening with its verb is the writer's; so is a main clause after it in
            // Konjunktiv II. (One in Konjunktiv I still reports: `Sollten sie davon
            // erfahren, so gebe es …`.)
            // (Not a question: `Sollte er sie …, anvertrauen?`.)
            if r.len() > 4
                && doc.units[r.end - 1].punct() != Some('?')
                && matches!(
                    doc.units[r.start].text(text),
                    "Hätte"
                        | "Hätten"
                        | "Wäre"
                        | "Wären"
                        | "Würde"
                        | "Würden"
                        | "Sollte"
                        | "Sollten"
                        | "Könnte"
                        | "Könnten"
                        | "Müsste"
                        | "Müssten"
                )
            {
                let u = &doc.units;
                // (Past the commas of a list: `Würden alle Abgeordneten von Union, FDP und AfD
                // zustimmen, …`; the main clause opens with its verb.)
                let list_comma =
                    |k: usize| u[k].punct() == Some(',') && u.get(k + 1).is_some_and(|n| n.cap);
                if let Some(c) = (r.start + 2..r.end - 1)
                    .find(|&k| (u[k].punct().is_some() || u[k].mark().is_some()) && !list_comma(k))
                    .filter(|&k| u[k].punct() == Some(','))
                {
                    let main = if matches!(u[c + 1].text(text), "so" | "dann") {
                        c + 2
                    } else {
                        c + 1
                    };
                    // (`gäbe`, `käme` are listed in both moods: Konjunktiv II here.)
                    let main_konj2 = u.get(main).is_some_and(|m| {
                        m.flags & (KONJ2 | SOLL) != 0
                            && (m.flags & KONJ1 == 0 || m.text(text).contains(['ä', 'ü']))
                    });
                    // (By index: no list of units to allocate.) (A verb of saying in the
                    // condition says nothing either: `Würden alle Abgeordneten zustimmen, …`.)
                    // (Unless the main clause goes on with a report in Konjunktiv I: `Sollte
                    // der Verfall ausgesprochen werden, habe das Ministerium …`.)
                    let main_konj1 = u
                        .get(main)
                        .is_some_and(|m| m.flags & KONJ1 != 0 && m.flags & KONJ2 == 0);
                    for k in (r.start..c).chain(main_konj2.then_some(main)) {
                        let drop = if k < c && !main_konj1 {
                            KONJ1 | KONJ2 | SOLL | CUE
                        } else {
                            KONJ1 | KONJ2 | SOLL
                        };
                        if doc.units[k].flags & drop != 0 {
                            doc.drop_flags(k, drop);
                        }
                    }
                }
            }
            for i in r.start.max(1)..r.end.min(doc.units.len().saturating_sub(2)) {
                let u = &doc.units;
                if u[i].flags & KONJ1 != 0
                    && u[i].span.len() == 3
                    && u[i].text(text) == "sei"
                    && matches!(u[i - 1].punct(), Some(',' | '–' | '—'))
                    && u[i + 1].text(text) == "es"
                    && (i + 2..u.len().min(i + 14))
                        .take_while(|&k| !matches!(u[k].punct(), Some('.' | ';' | '!' | '?')))
                        .any(|k| u[k].text(text) == "oder")
                {
                    doc.drop_flags(i, KONJ1 | FINITE);
                }
            }
        }
        let lex = &self.lex;
        let mut pairs = std::mem::take(&mut spare.pairs);
        pair_marks_into(&doc, text, &mut pairs);
        // Full word flags only where needed (the others are hidden below): sentences with
        // a trigger word or a quotation mark and the sentence before each (speakers named
        // there), and every quotation. (The first pass below tests trigger flags only.)
        let mut need = filled(&mut spare.need, doc.sentences.len(), false);
        // Each sentence's `konj1_slot` where the first pass computed it (it reads full
        // flags, so enriching does not change it): the second pass takes it from here.
        let mut slots = filled(&mut spare.slots, doc.sentences.len(), None);
        let mut core_prev = false;
        for (si, r) in doc.sentences.iter().enumerate() {
            // A sentence is its flags, but for whether a MARKER word is a marker: `so` is
            // one only after a comma (`…, so der Sprecher`), `nach` only in some uses. That
            // needs a look at the words, and matters only without another trigger. (A
            // sentence without flags is looked at word by word.)
            let not_marker = |k: usize, u: &Unit| {
                u.flags & MARKER != 0
                    && (k > 0
                        && !matches!(doc.units[r.start + k - 1].punct(), Some(',' | '–' | '—'))
                        && text.get(u.span.range()) == Some("so")
                        || matches!(text.get(u.span.range()), Some("nach" | "Nach")))
            };
            // The words that make a sentence one to look at closely.
            const TRIGGER: u32 = CUE | SEP_BASE | LASSEN | KONJ1 | MARKER | COMP;
            let (mut any, mut mark) = (0u32, false);
            if let Some(&sf) = doc.sent_flags.get(si) {
                any = sf & !SENT_MARK & !MARKER;
                mark = sf & SENT_MARK != 0;
                if sf & MARKER != 0
                    && !mark
                    && any & TRIGGER & !MARKER == 0
                    && doc.units[r.clone()]
                        .iter()
                        .enumerate()
                        .any(|(k, u)| u.flags & MARKER != 0 && !not_marker(k, u))
                {
                    any |= MARKER;
                }
            } else {
                for (k, u) in doc.units[r.clone()].iter().enumerate() {
                    mark |= u.mark().is_some();
                    any |= if not_marker(k, u) {
                        u.flags & !MARKER
                    } else {
                        u.flags
                    };
                }
            }
            // A Konjunktiv I outside the word list in the verb slot (`Die Partei propagiere …`).
            // (Its sentence is needed: the unit and the sentence get the flag below.)
            if !mark && any & TRIGGER == 0 {
                let slot = konj1_slot(
                    &doc,
                    text,
                    r.clone(),
                    opens_name(&doc, text, mentions, r.start),
                );
                if let Some((_, k)) = slot {
                    any |= k;
                }
                slots[si] = Some(slot);
            }
            let core = mark || any & TRIGGER != 0;
            // Konjunktiv II and `soll` continue a report in the sentence before.
            need[si] |= core || core_prev && any & (KONJ2 | SOLL) != 0;
            // (The sentence before names the speaker of a continuation or a quotation, and
            // its words need their flags to find its subject: `Am 15. Mai hat X … . Y seien …`.)
            if core && si > 0 {
                need[si - 1] = true;
            }
            core_prev = core;
        }
        for p in &pairs {
            let a = doc.sentence_of(p.open);
            let b = doc.sentence_of(p.close.min(doc.units.len() - 1));
            for n in need.iter_mut().take(b + 1).skip(a) {
                *n = true;
            }
        }
        for (si, &n) in need.iter().enumerate() {
            let r = doc.sentences[si].clone();
            if !n {
                doc.hide(r.start, r.end);
            } else {
                // (A sentence with a listed Konjunktiv I needs no second one.)
                let listed = doc.sent_flags.get(si).is_none_or(|&f| f & KONJ1 != 0);
                if let Some((i, k)) = (!listed)
                    .then(|| {
                        slots[si].unwrap_or_else(|| {
                            let named = opens_name(&doc, text, mentions, r.start);
                            konj1_slot(&doc, text, r, named)
                        })
                    })
                    .flatten()
                    .filter(|&(i, _)| i < doc.units.len())
                {
                    doc.add_flags(i, k | FINITE);
                    if let Some(f) = doc.sent_flags.get_mut(si) {
                        *f |= k;
                    }
                }
            }
        }
        let doc = doc;
        let units = &doc.units;
        let para_of = |i: usize| doc.paragraphs.partition_point(|r| r.end <= i);

        // 1. Direct quotations.
        let mut kept = cleared(&mut spare.kept);
        let mut keep_first = cleared(&mut spare.keep_first);
        for (k, p) in pairs.iter().enumerate() {
            let ok = match p.continues {
                Some(first) => keep_first.get(first).copied().unwrap_or(false),
                None => {
                    // The first part of a multi-paragraph quote is judged as speech if long.
                    is_speech(&doc, text, lex, p)
                        || pairs.get(k + 1).is_some_and(|n| n.continues == Some(k))
                }
            };
            keep_first.push(ok);
            if ok {
                kept.push(*p);
            }
        }
        let mut items = cleared(&mut spare.items);
        let mut in_quote = filled(&mut spare.in_quote, units.len(), false);
        // Some unit is quoted (most documents quote nothing: their sentences skip the count).
        let mut any_quoted = false;
        let mut next_group = 0u32;
        let mut group_of_pair = filled(&mut spare.group_of_pair, pairs.len(), None);
        let mut last: Option<Last> = None;
        let mut direct_items = cleared(&mut spare.direct_items);
        // The closing mark, speaker and cue of the last direct quotation kept.
        let mut prev_direct: Option<(usize, Option<Sp>, Option<CueHit>)> = None;
        for (k, p) in pairs.iter().enumerate() {
            if !keep_first[k] {
                continue;
            }
            let c_lo = p.open + 1;
            let c_hi = p.close.min(units.len());
            if c_lo >= c_hi {
                continue;
            }
            for q in in_quote.iter_mut().take(c_hi).skip(c_lo) {
                *q = true;
            }
            any_quoted = true;
            let span = Span::new(units[c_lo].span.start, units[c_hi - 1].span.end);
            let sent = doc.sentence_of(p.open);
            let para = para_of(p.open);
            // Speaker and cue: after the closing mark, before the opening mark, a colon.
            let mut cue = None;
            let mut sp = None;
            // An impersonal `heißt es` without a source: no speaker from context either.
            let mut no_source = false;
            let mut group = p.continues.and_then(|f| group_of_pair[f]);
            if !p.open_ended && p.close + 1 < units.len() {
                let after = p.close + 1;
                let s_end = sentence_end_from(&doc, after);
                // Without a comma the verb must follow the mark directly (`„…?“ fragte er`):
                // a capitalised word there starts a new sentence.
                let lim = if units[after].punct() == Some(',') {
                    (after + 5).min(s_end)
                } else {
                    (after + 1).min(s_end)
                };
                let start = if units[after].punct() == Some(',') {
                    after + 1
                } else {
                    after
                };
                let prev_ends_clause = units[after].punct().is_some()
                    || p.close > 0
                        && matches!(units[p.close - 1].punct(), Some('!' | '?' | ',' | '.'));
                // (Also `laut X` right after the mark, with or without a comma: `„…“ laut
                // Gall „…“`, `„…“, laut dem Sprecher.`: the source names the speaker.)
                let so = (start < s_end
                    && (units[after].punct() == Some(',')
                        && text.get(units[start].span.range()) == Some("so")
                        || matches!(
                            text.get(units[start].span.range()),
                            Some("laut" | "gemäß" | "gemäss")
                        )))
                .then(|| np_right_direct(&doc, text, start + 1, s_end))
                .flatten()
                // (With its apposition: `, so der Präsident des Verbands, Jan Roth.`)
                .map(|np| with_apposition(&doc, text, np, s_end));
                // `„…“, wird Mike Downey, Produktmanager, zitiert.`: the quoted one of a
                // passive `zitieren` after the quotation.
                let cited = (so.is_none()
                    && start + 1 < s_end
                    && units[after].punct() == Some(',')
                    && matches!(text.get(units[start].span.range()), Some("wird" | "wurde")))
                .then(|| {
                    let z = (start + 2..s_end).find(|&k| units[k].flags & ZITIEREN != 0)?;
                    let np = np_right_direct(&doc, text, start + 1, z)?;
                    Some((z, np))
                })
                .flatten();
                if let Some((s, e)) = so {
                    // `„…“, so Vereinschef Corny Littmann.`
                    cue = Some(CueHit::word(start));
                    sp = Some(Sp { s, e });
                } else if let Some((z, (s, e))) = cited {
                    cue = Some(CueHit {
                        verb: z,
                        second: None,
                        report: false,
                        zitieren: true,
                    });
                    sp = Some(Sp { s, e });
                } else if prev_ends_clause {
                    if let Some(c) = (start..lim).find_map(|i| cue_at(&doc, text, lex, i, s_end)) {
                        // (Past a quoted name: `„…“, sagte die „Süddeutsche Zeitung“`.)
                        let mut hi = next_mark(&doc, c.verb, s_end);
                        while let Some(cl) = quoted_name_close(&doc, hi, s_end) {
                            hi = next_mark(&doc, cl + 1, s_end);
                        }
                        cue = Some(c);
                        sp = speaker_for(&doc, text, &c, start, hi).map(|(s, e)| Sp { s, e });
                    } else if let Some(h) = (start..(start + 2).min(s_end))
                        // (Without a comma only right after the mark: `„…“ Nun heißt es im
                        // Bericht, …` opens a new sentence with content of its own.)
                        .filter(|&h| h == start || start > after)
                        .find(|&h| heisst_es_at(&doc, text, start, s_end, h))
                        // (Not one that opens content of its own: `„…“, weiter hieß es, dass
                        // „…“` attributes what follows it.)
                        .filter(|&h| {
                            let k = h + 2;
                            !(k + 1 < s_end
                                && units[h + 1].text(text) == "es"
                                && (units[k].punct() == Some(':')
                                    || units[k].punct() == Some(',')
                                        && matches!(units[k + 1].text(text), "dass" | "ob")))
                        })
                    {
                        // `„…“, hieß es vom Sprecher X`; `„…“, hieß es.` names no one.
                        cue = Some(CueHit::word(h));
                        sp = heisst_source(&doc, text, start, s_end, h).map(|(s, e)| Sp { s, e });
                        no_source = heisst_unnamed(&doc, text, start, s_end, h);
                    } else if start > after
                        && start < s_end
                        && units[start].is_word()
                        && !units[start].cap
                        && units[start].flags & (DET | PREP | FUNC | COMP | PRONOUN) == 0
                    {
                        // `„…“, zeigte sich Trainer Rajevac zufrieden`: a verb unknown to the
                        // lexicon in the inverted attribution right after the quotation.
                        let hi = next_mark(&doc, start, s_end);
                        if let Some((s, e)) = np_right(&doc, text, start + 1, hi) {
                            cue = Some(CueHit::word(start));
                            sp = Some(Sp { s, e });
                        }
                    }
                }
            }
            // `…: „A“ und „B“`, `Parolen wie „A“ oder „B“`: a quotation joined to the one
            // just before it by `und`/`oder` shares its speaker and cue.
            if cue.is_none() && sp.is_none() && p.continues.is_none() {
                if let Some((_, psp, pcue)) = prev_direct.filter(|&(pc, _, _)| {
                    pc + 2 == p.open
                        && matches!(
                            text.get(units[pc + 1].span.range()),
                            Some("und" | "oder" | "sowie")
                        )
                }) {
                    sp = psp;
                    cue = pcue;
                }
            }
            if cue.is_none() {
                // `Der Einsatz solle sich, so Gall, „…“ begrenzen`.
                let r = doc.sentences[doc.sentence_of(p.open)].clone();
                if let Some(k) = (r.start + 1..r.end.saturating_sub(1)).find(|&k| {
                    !in_quote[k]
                        && units[k - 1].punct() == Some(',')
                        && text.get(units[k].span.range()) == Some("so")
                }) {
                    if let Some((s, e)) = np_right_direct(&doc, text, k + 1, r.end) {
                        cue = Some(CueHit::word(k));
                        sp = Some(Sp { s, e });
                        // (A later one of the sources listed after `so` before a colon: `…, so
                        // X, Y und Z: „…“` is Z's.)
                        if k < p.open && e + 1 < p.open && units[p.open - 1].punct() == Some(':') {
                            if let Some((s, e)) = np_left(&doc, text, e, p.open - 1)
                                .filter(|&(s, e)| e == p.open - 1 && person_like(&doc, text, s, e))
                            {
                                sp = Some(Sp { s, e });
                            }
                        }
                    }
                }
            }
            if cue.is_none() {
                let s_lo = doc.sentences[doc.sentence_of(p.open)].start;
                let mut lo = last_mark_before(&doc, s_lo, p.open);
                // (Past a short quoted name before the quotation: `Gestern schrieb die
                // „Rundschau am Sonntag“: „…“`.)
                while let Some(o) = lo
                    .checked_sub(1)
                    .filter(|&c| c > s_lo)
                    .and_then(|c| quoted_name_open(&doc, s_lo, c))
                {
                    lo = last_mark_before(&doc, s_lo, o);
                }
                let hes = heisst_es_in(&doc, text, lo, p.open);
                if let Some(c) = find_cue_rev(&doc, text, lex, lo, p.open) {
                    cue = Some(c);
                    sp = speaker_for(&doc, text, &c, lo, p.open).map(|(s, e)| Sp { s, e });
                    // (`Die Entscheidung begründete Bürgermeisterin Anna Roth so: „…“`.)
                    if let Some(f) = sp
                        .filter(|f| f.s == lo && f.e == c.verb)
                        .and_then(|f| fronted_object_speaker(&doc, text, mentions, f, p.open))
                    {
                        sp = Some(f);
                    }
                } else if let Some((h, src)) = hes
                    .filter(|&(h, src)| src.is_some() || heisst_unnamed(&doc, text, lo, p.open, h))
                {
                    // `Auf der Homepage heißt es: „…“`, `weiter hieß es, dass „…“`.
                    cue = Some(CueHit::word(h));
                    sp = src.map(|(s, e)| Sp { s, e });
                    no_source = src.is_none();
                } else if let Some((t, (s, e))) = written_source(
                    &doc,
                    text,
                    doc.sentences[sent].start,
                    sentence_end_from(&doc, p.open),
                    p.open,
                    p.close,
                ) {
                    // `Auf dem Transparent war die Parole „…“ zu lesen`: the text it stands in.
                    cue = Some(CueHit::word(t));
                    sp = Some(Sp { s, e });
                } else if p.open > 1
                    && units[p.open - 1].punct() == Some(':')
                    && matches!(
                        units[p.open - 2].text(text),
                        "Frage" | "Nachfrage" | "Gegenfrage" | "Antwort" | "Interview" | "Zitat"
                    )
                    && doc.sentences[doc.sentence_of(p.open - 1)].start == p.open - 2
                {
                    // An interview's label names no speaker (`Frage: „…“`), nor does
                    // the context (the interviewer is rarely named).
                    no_source = true;
                } else if p.open > 0 && units[p.open - 1].punct() == Some(':') {
                    // `Koppelin: „…“`, `Koppelin wörtlich: „…“`.
                    let lo2 = doc.sentences[doc.sentence_of(p.open - 1)].start;
                    let mut v = p.open - 1;
                    if v > lo2
                        && units[v - 1].is_word()
                        && !units[v - 1].cap
                        && units[v - 1].flags & (DET | PREP) == 0
                    {
                        v -= 1;
                    }
                    if let Some((s, e)) = fuer_holder(&doc, text, lo2, p.open - 1)
                        .or_else(|| colon_subject(&doc, text, lo2, p.open - 1))
                        .or_else(|| np_left(&doc, text, lo2, v).filter(|&(s, _)| s == lo2))
                        .or_else(|| {
                            // `Markus Brenner (Grüne) reagierte verärgert: „…“`: a name
                            // before a parenthesis opens the sentence.
                            let e0 = cap_run_end(units, lo2, p.open);
                            (e0 > lo2 + 1
                                && units[e0].punct() == Some('(')
                                && person_like(&doc, text, lo2, e0))
                            .then_some((lo2, e0))
                        })
                    {
                        sp = Some(Sp { s, e });
                    }
                    if sp.is_none() {
                        sp = clause_subject(&doc, text, lo2, p.open - 1).map(|(s, e)| Sp { s, e });
                    }
                    // `Die Pflichten der Union seien klar festgelegt: „…“`: a clause in
                    // Konjunktiv goes on with a report, whose speaker the quotation takes
                    // from the context, not the clause's subject (a person there speaks:
                    // `Müller sei überzeugt: „…“`).
                    if sp.is_some_and(|f| {
                        // (The phrase's head, before a genitive: `Die Pflichten der Union`
                        // is no organisation.)
                        let e = (f.s + 1..f.e)
                            .find(|&k| units[k].flags & (DET | PREP) != 0)
                            .unwrap_or(f.e);
                        f.s == lo2
                            && !source_like(&doc, text, Sp { s: f.s, e }, mentions)
                            && konjunktiv_main_clause(&doc, &in_quote, lo2, p.open - 1)
                    }) {
                        sp = None;
                    }
                    // `Jegliche Mitverantwortung weist Hartmann von sich: „…“`: the field
                    // holds the object, the speaker follows the verb.
                    if let Some(f) = sp
                        .filter(|f| f.s == lo2)
                        .and_then(|f| fronted_object_speaker(&doc, text, mentions, f, p.open - 1))
                    {
                        sp = Some(f);
                    }
                    if sp.is_none() {
                        // `In dem Antrag heißt es wörtlich: „…“`, `Laut X: „…“`.
                        sp = report_marker(&doc, text, lo2, p.open - 1)
                            .and_then(|(_, _, np)| np)
                            .map(|(s, e)| Sp { s, e });
                    }
                    if sp.is_none() {
                        // `Höhnisch, auf das Echo reagierend, veröffentlichte der Verfasser
                        // folgenden Kommentar: „…“`, `…, die X zum Ziel erklärt hatte: „…“`:
                        // the subject of the clause after the last comma.
                        sp = last_clause_subject(&doc, text, lo2, p.open - 1)
                            .map(|(s, e)| Sp { s, e });
                    }
                } else if let Some((_, _, Some((s, e)))) = report_marker(
                    &doc,
                    text,
                    doc.sentences[doc.sentence_of(p.open)].start,
                    p.open,
                ) {
                    // `Laut „Reuters“ zeichnet Russland das Bild eines „…“`.
                    sp = Some(Sp { s, e });
                } else if let Some((c, lo3, hi3)) = (!p.open_ended
                    && p.close + 1 < units.len()
                    // (Not past a part running on into the next paragraph.)
                    && para_of(p.close) == para
                    // (Only when the sentence goes on after the quotation.)
                    && doc.sentence_of(p.close + 1) == doc.sentence_of(p.close))
                .then(|| {
                    // `Sie wisse, dass ihre Arbeit „…“ sei, hatte Koch-Mehrin gesagt`: a
                    // verb of saying later in the sentence.
                    let hi3 = sentence_end_from(&doc, p.close + 1);
                    let c = find_cue(&doc, text, lex, p.close + 1, hi3)?;
                    let (clo, chi) = clause_of(&doc, p.close + 1, hi3, c.verb);
                    Some((c, clo, chi))
                })
                .flatten()
                .filter(|&(c, _, _)| !in_quote[c.verb])
                {
                    cue = Some(c);
                    sp = speaker_for(&doc, text, &c, lo3, hi3).map(|(s, e)| Sp { s, e });
                    if sp.is_none() && lo3 == p.close + 1 {
                        // `…, weil die Regierung das Land als „…“ bezeichnet hat`: the verb
                        // closes the quotation's own clause, whose subject opens it.
                        sp = verb_final_subject(&doc, text, lo, p.open)
                            .or_else(|| passive_source_phrase(&doc, text, lo, c.verb))
                            .map(|(s, e)| Sp { s, e });
                    }
                } else if let Some((s, e)) = crate::attrib::clause_subject(&doc, text, lo, p.open) {
                    // No verb of saying known: the sentence's subject (`Osterloh sieht einen „…“`).
                    // Only a clause-initial phrase followed by a lower-case word (the verb).
                    // (Not when that verb is in Konjunktiv: `Sie seien „…“` continues a report.)
                    // (Past a party: `Markus Brenner (Grüne) reagierte verärgert: „…“`.)
                    let v = past_parenthesis(units, e, p.open);
                    if s == lo
                        && units[lo].flags & (PREP | FUNC) == 0
                        && v < p.open
                        && units[v].is_word()
                        && !units[v].cap
                        && !konjunktiv_main_clause(&doc, &in_quote, lo, p.open)
                    {
                        sp = Some(Sp { s, e });
                    }
                }
            }
            // A quotation in brackets right after a person (`Gratulationen kamen von X („…“)
            // und Y („…“)`) is that person's, whatever the sentence's attribution.
            if p.open >= 2
                && units[p.open - 1].punct() == Some('(')
                && units.get(p.close + 1).and_then(Unit::punct) == Some(')')
            {
                if let Some((s, e)) = crate::attrib::person_before_bracket(&doc, text, p.open - 1) {
                    sp = Some(Sp { s, e });
                }
            }
            // A headline's speaker label (`Naturschutzbund: Schritt der Uni „…“`).
            if cue.is_none() && sp.is_none() {
                if let Some((s, e)) = crate::attrib::speaker_label(&doc, text, p.open) {
                    sp = Some(Sp { s, e });
                }
            }
            // A person in brackets right after the quotation (`„…“ (Heinz-Christian
            // Strache)`, as quotations of the day and lists of voices give their source).
            if cue.is_none() {
                if let Some((s, e)) = person_in_brackets_after(&doc, text, mentions, p.close) {
                    sp = Some(Sp { s, e });
                }
            }
            // An interrupted quotation: `„…“, sagte X, „…“` or `„…“, sagte X. „…“`.
            if let Some(&prev_i) = direct_items.last() {
                let prev: &Item = &items[prev_i];
                let prev_close = units.partition_point(|u| u.span.start < prev.span.end);
                let between = &units[prev_close.min(p.open)..p.open];
                let words = between.iter().filter(|u| u.is_word()).count();
                let has_cue = prev
                    .cue
                    .is_some_and(|c| c.verb > prev_close && c.verb < p.open);
                // (Not when this part has an attribution of its own after it: `„…“, warnte X.
                // „…“, fügte er hinzu` are two quotations.)
                let own_cue_after = cue.is_some_and(|c| c.verb > p.close);
                // (Nor when a verb of saying of its own comes between: `„…“, sagte X. Y
                // sagte: „…“`.)
                let own_cue_before = cue.is_some_and(|c| {
                    c.verb > prev_close
                        && c.verb < p.open
                        && prev.cue.is_none_or(|pc| pc.verb != c.verb)
                });
                // (Nor when a later sentence names someone new before this part: `„…“,
                // sagte Anna Berg. Markus Brenner ist verärgert. „…“`, `… Markus Brenner
                // reagierte verärgert: „…“`.)
                let new_subject = || {
                    doc.sentence_of(p.open) > doc.sentence_of(prev_close.min(units.len() - 1))
                        && (sp.is_some_and(|s| s.s > prev_close)
                            || person_before_quote(&doc, text, &in_quote, sent, p.open)
                                .is_some_and(|(s, _)| s > prev_close)
                            || {
                                // (The name opening the quotation's own sentence.)
                                let s0 = doc.sentences[sent].start;
                                let e0 = cap_run_end(units, s0, p.open);
                                s0 > prev_close && e0 > s0 + 1 && person_like(&doc, text, s0, e0)
                            })
                };
                // (A longer attribution when it is the whole sentence before this part:
                // `„…“, sagte Hessens Kultusminister Armin Schwarz am Montag in Wiesbaden.
                // „…“`.)
                let whole_sentence_between = || {
                    prev.cue.is_some_and(|c| {
                        doc.sentence_of(c.verb) + 1 == sent
                            && doc.sentence_of(prev_close.min(units.len() - 1))
                                == doc.sentence_of(c.verb)
                            && doc.sentences[sent].start == p.open
                    })
                };
                // (Or within one sentence, the attribution closed by a comma before this part:
                // `«…», sagte X am Mittwoch vor den Medien in Bern, «…»`.)
                let one_sentence = || {
                    p.open > 0
                        && units[p.open - 1].punct() == Some(',')
                        && doc.sentence_of(prev_close.min(units.len() - 1)) == sent
                };
                if p.continues.is_none()
                    && para_of(prev_close) == para
                    && has_cue
                    && (words <= 8
                        || words <= 14 && (whole_sentence_between() || one_sentence()))
                    && !own_cue_after
                    && !own_cue_before
                    && !new_subject()
                    // (Nor one signed by its own writer: `„…“⏎Elfriede Hofbauer, Regensburg`.)
                    && signature_after(&doc, text, p.close).is_none()
                {
                    let g = prev.group.unwrap_or_else(|| {
                        next_group += 1;
                        next_group - 1
                    });
                    items[prev_i].group = Some(g);
                    group = Some(g);
                    if cue.is_none() || cue.is_some_and(|c| c.verb < p.open) {
                        cue = items[prev_i].cue;
                        sp = items[prev_i].speaker;
                    }
                }
            }
            // A later paragraph of a multi-paragraph quotation: the first part's group,
            // speaker and cue (every part, not only the second: `„… / „… / „…“`).
            if let Some(f) = p.continues {
                let g = group.unwrap_or_else(|| {
                    next_group += 1;
                    next_group - 1
                });
                group_of_pair[f] = Some(g);
                if let Some(fi) = items
                    .iter()
                    .position(|it| it.span.start == units[pairs[f].open + 1].span.start)
                {
                    items[fi].group = Some(g);
                    if sp.is_none() {
                        sp = items[fi].speaker;
                        cue = items[fi].cue;
                    } else {
                        // (Attributed only after its last part: `„… / „…“, sagte X.`: the
                        // earlier parts are X's too.)
                        for it in items[fi..].iter_mut() {
                            if it.group == Some(g) && it.speaker.is_none() && it.cue.is_none() {
                                it.speaker = sp;
                                it.cue = cue;
                            }
                        }
                    }
                }
                group = Some(g);
            }
            if group.is_some() {
                group_of_pair[k] = group;
            }
            // A sentence in Konjunktiv I around the quotation (`Sie seien „…“`, `Die Studie
            // zeige, „…“`) continues a report: its subject is what was said, not who said it.
            let reported = cue.is_none() && {
                let r = doc.sentences[sent].clone();
                konjunktiv_main_clause(&doc, &in_quote, r.start, p.open)
            };
            if sp.is_none() && cue.is_none() && !reported {
                // A person opening the quotation's own sentence (`Die Außenministerin X
                // nannte Y einen „…“`) before anyone from the sentence before.
                sp = own_subject(&doc, text, doc.sentences[sent].start, p.open)
                    .filter(|&(s, e)| person_like(&doc, text, s, e))
                    .map(|(s, e)| Sp { s, e });
            }
            if sp.is_none() && cue.is_none() && !p.open_ended {
                // A headline quotation with its speaker after a colon and no verb (`„Wir
                // geben nicht auf“: Trainerin Sabine Kehl nach der Niederlage`).
                let line_end = doc.paragraphs.get(para).map_or(units.len(), |r| r.end);
                if doc.paragraphs.get(para).is_some_and(|r| r.start == p.open)
                    && units
                        .get(p.close + 1)
                        .is_some_and(|c| c.punct() == Some(':'))
                    && (p.close + 2..line_end).all(|k| {
                        !finite_word(text, &units[k], FINITE | KONJ1 | KONJ2 | SOLL | CUE)
                            && units[k].mark().is_none()
                            && !matches!(units[k].punct(), Some('.' | '!' | '?'))
                    })
                {
                    sp = np_right_direct(&doc, text, p.close + 2, line_end)
                        .filter(|&(s, e)| s == p.close + 2 && person_like(&doc, text, s, e))
                        .map(|(s, e)| Sp { s, e });
                }
            }
            if sp.is_none() && cue.is_none() && !p.open_ended {
                // `„…“ Das sagte X.`: an anaphoric attribution right after the quotation.
                if let Some((c, s)) = anaphor_after(&doc, text, lex, p.close) {
                    cue = Some(c);
                    sp = s;
                }
            }
            // (Not for a quotation signed by its own writer: `„…“⏎Elfriede Hofbauer,
            // Regensburg`.)
            if sp.is_none() && cue.is_none() && signature_after(&doc, text, p.close).is_none() {
                // The speaker named in the previous sentence (`… betonte Peskow. Diese
                // müssten „…“`), when that sentence has a verb of saying.
                let si = doc.sentence_of(p.open);
                if let Some(prev) = si.checked_sub(1).and_then(|j| doc.sentences.get(j)) {
                    let (lo, hi) = (prev.start, prev.end);
                    if para_of(lo) + 1 >= para {
                        if let Some((_, Some((s, e)))) = heisst_es_in(&doc, text, lo, hi) {
                            // `In einem Papier heißt es, …. Deshalb sei es „…“`.
                            sp = Some(Sp { s, e });
                        } else if let Some(c) = find_cue(&doc, text, lex, lo, hi) {
                            // (A verb of saying in a first clause in Konjunktiv is part of the
                            // report; the attribution after its comma names the speaker: `Die
                            // Arbeitgeber hätten nichts vorgelegt, sagte X. „…“`.)
                            let chi = clause_end(units, c.verb, hi);
                            let c = (chi + 1 < hi
                                && units[chi].punct() == Some(',')
                                && konj_verb_in(&doc, &in_quote, lo, c.verb))
                            .then(|| find_cue(&doc, text, lex, chi + 1, hi))
                            .flatten()
                            .filter(|c2| c2.verb == chi + 1)
                            .unwrap_or(c);
                            // (Past an apposition: `X, Sprecher der Y, kritisierte Z. „…“`.)
                            sp = cue_speaker(&doc, text, &c, lo, hi);
                        }
                    }
                }
            }
            if sp.is_none() && cue.is_some() {
                // `… wurden von X als „…“ bezeichnet`: the agent before the quotation.
                let lo = doc.sentences[sent].start;
                sp = passive_agent(&doc, text, lo, p.open, p.open).map(|(s, e)| Sp { s, e });
            }
            // An agentless passive (`Ihm wurde vorgeworfen: „…“`) names no speaker.
            let impersonal = no_source
                || cue.is_some_and(|c| {
                    let r = doc.sentences[doc.sentence_of(c.verb)].clone();
                    agentless_passive(&doc, text, &c, r.start, r.end)
                });
            if sp.is_none() && cue.is_none() && !impersonal && !reported {
                sp = signature_after(&doc, text, p.close)
                    .or_else(|| person_before_quote(&doc, text, &in_quote, sent, p.open))
                    .map(|(s, e)| Sp { s, e });
            }
            if sp.is_none() && !impersonal && !reported {
                sp = own_subject(&doc, text, doc.sentences[sent].start, p.open)
                    .map(|(s, e)| Sp { s, e });
            }
            if sp.is_none() && !impersonal {
                if let Some(l) = last {
                    if sent.saturating_sub(l.sentence) <= 2 && para.saturating_sub(l.paragraph) <= 1
                    {
                        sp = Some(l.sp);
                    }
                }
            }
            if sp.is_none() && last.is_none() && cue.is_none() && !impersonal && !reported {
                sp = paragraph_person(&doc, text, sent, p.open).map(|(s, e)| Sp { s, e });
            }
            if p.open_ended && sp.is_none() && cue.is_none() && p.continues.is_none() {
                // An unclosed mark recovered only with an attribution.
                let next_cont = pairs.get(k + 1).is_some_and(|n| n.continues == Some(k));
                if !next_cont {
                    continue;
                }
            }
            if let Some(s) = sp {
                last = Some(Last {
                    sp: s,
                    sentence: doc.sentence_of(p.close.min(units.len() - 1)),
                    paragraph: para,
                });
            }
            prev_direct = Some((p.close, sp, cue));
            direct_items.push(items.len());
            items.push(Item {
                span,
                kind: QuoteKind::Direct,
                speaker: sp,
                cue,
                group,
                continuation: false,
                impersonal: no_source,
                sentence: sent,
            });
        }

        // The parts of one quotation have one speaker: a part without a cue of its own takes
        // the speaker and cue of the group's first attributed part, also where context had
        // given it another (`Der Minister sprach. „…⏎„…“, sagte Müller.`) or none (`„…⏎„…“⏎Das
        // sagte Müller.`). (Groups are few: a scan of the direct items for each.)
        if next_group > 0 {
            for &di in &direct_items {
                let (Some(g), Some(c)) = (items[di].group, items[di].cue) else {
                    continue;
                };
                let sp = items[di].speaker;
                if sp.is_none() {
                    continue;
                }
                for &dj in &direct_items {
                    let it = &mut items[dj];
                    if it.group == Some(g) && it.cue.is_none() {
                        it.speaker = sp;
                        it.cue = Some(c);
                    }
                }
            }
        }

        // 1b. An interview printed as questions and answers (`SPIEGEL: …?` / `Brüggemann:
        // …`): each answer is a direct quotation of its label, without marks; the
        // interviewer's turns quote no one and are kept from the passes below.
        let turns = interview_turns(&doc, text);
        for t in &turns {
            let (a, b) = t.content;
            // (An answer with marks of its own is a quotation found above: `Kocher: „…“`.)
            if units[a].mark().is_some() || (a..b).any(|k| in_quote[k]) {
                continue;
            }
            // (An answer's own reports stay to be found, as in a quotation with marks
            // annotated corpora nest them: `Sie hat mal gesagt, dass …`. A question's do not.)
            let quoted = if t.asks { b } else { a };
            for q in &mut in_quote[t.label.0..quoted] {
                *q = true;
            }
            any_quoted = true;
            if !t.asks {
                items.push(Item {
                    span: Span::new(units[a].span.start, units[b - 1].span.end),
                    kind: QuoteKind::Direct,
                    speaker: t.speaker.map(|(s, e)| Sp { s, e }),
                    cue: None,
                    group: None,
                    continuation: false,
                    impersonal: false,
                    sentence: doc.sentence_of(a),
                });
            }
        }

        // 2. Indirect and reported speech, sentence by sentence.
        // (Not the direct pass's `last`, the speaker of the document's last quotation: a
        // sentence before that quotation would take it. Direct speakers come in below, as
        // their sentences are passed.)
        let mut last_ind: Option<Last> = None;
        let mut prev_report_sentence: Option<usize> = None;
        let mut dir_speakers = cleared(&mut spare.dir_speakers);
        dir_speakers.extend(
            items
                .iter()
                .filter_map(|it| it.speaker.map(|s| (it.sentence, s))),
        );
        dir_speakers.sort_by_key(|x| x.0);
        // `dir_speakers[..ds_next]` are those of the sentences before the current one.
        let mut ds_next = 0;
        // The paragraph of the current sentence's start (`para_of`, found walking forward).
        let mut para_at = 0;
        // The main clause after a fronted clause with a report of its own (`Während X
        // erklärte, …, räumte Y ein, …`), read as a sentence of its own after that report.
        let mut main_clause: Option<(usize, std::ops::Range<usize>)> = None;
        let mut next_sentence = 0;
        loop {
            let (si, r) = match main_clause.take() {
                Some(x) => x,
                None => match doc.sentences.get(next_sentence) {
                    Some(r) => {
                        next_sentence += 1;
                        (next_sentence - 1, r.clone())
                    }
                    None => break,
                },
            };
            while dir_speakers.get(ds_next).is_some_and(|(ds, _)| *ds < si) {
                ds_next += 1;
            }
            let has_dir_speaker = dir_speakers.get(ds_next).is_some_and(|(ds, _)| *ds == si);
            // Nothing that could report speech (see below) and no direct quotation's speaker
            // to note: skip the sentence without a look at its units. (The context speaker
            // update below comes out the same when done at a later sentence.)
            if !has_dir_speaker && doc.sent_flags.get(si).is_some_and(|&f| f & MAY_REPORT == 0) {
                continue;
            }
            let r = r.clone();
            while doc
                .paragraphs
                .get(para_at)
                .is_some_and(|p| p.end <= r.start)
            {
                para_at += 1;
            }
            let para = para_at;
            // Update the context speaker from direct quotes in earlier sentences.
            if let Some(&(ds, sp)) = ds_next.checked_sub(1).and_then(|k| dir_speakers.get(k)) {
                if last_ind.is_none_or(|l| l.sentence < ds) {
                    last_ind = Some(Last {
                        sp,
                        sentence: ds,
                        paragraph: para_of(units[sp.s].span.start.min(units.len() - 1).min(sp.s)),
                    });
                }
            }
            // Words, quoted units and the flags of the words outside quotations. (Most
            // sentences quote nothing: the quoted units are counted first, over bytes, and
            // without them the pass over the units has less to test.)
            let us = units.get(r.clone()).unwrap_or_default();
            let qs = in_quote.get(r.clone()).unwrap_or_default();
            let quoted = if any_quoted {
                qs.iter().map(|&q| usize::from(q)).sum::<usize>()
            } else {
                0
            };
            let mut any = 0u32;
            // (Without branches: whether a unit is quoted or capitalised is unpredictable.)
            if quoted == 0 {
                for u in us {
                    let counts = !u.cap | (u.flags & (MARKER | KONJ2 | ACT_NOUN) != 0);
                    any |= u.flags & 0u32.wrapping_sub(u32::from(counts));
                }
            } else {
                for (u, &q) in us.iter().zip(qs) {
                    let counts = !q & (!u.cap | (u.flags & (MARKER | KONJ2 | ACT_NOUN) != 0));
                    any |= u.flags & 0u32.wrapping_sub(u32::from(counts));
                }
            }
            // Fewer than three words (counted up to the third only).
            if us.iter().filter(|u| u.is_word()).nth(2).is_none() {
                continue;
            }
            // (Unless a verb in Konjunktiv I or a `dass` outside the quotation makes a report
            // around it: `X betonte, darunter seien „…“`.)
            if quoted * 10 >= r.len() * 6
                && any & (KONJ1 | COMP) == 0
                && any & (KONJ2 | CUE) != KONJ2 | CUE
            {
                if has_dir_speaker {
                    prev_report_sentence = Some(si);
                }
                continue;
            }
            // Nothing that could report speech: skip the closer look.
            if any & MAY_REPORT == 0 {
                continue;
            }
            let outside = |i: usize| !in_quote[i];
            // Content end: drop sentence-final punctuation.
            let mut end = r.end;
            while end > r.start
                && matches!(
                    units[end - 1].kind,
                    UKind::Punct('.' | '!' | '?' | ':' | ';')
                )
            {
                end -= 1;
            }
            if end <= r.start {
                continue;
            }
            // A question framing the answer is no part of it: the sentence is read from its
            // main clause on.
            let r = match question_frame(&doc, text, &in_quote, r.start, end) {
                Some(k) if k + 2 < end => k..r.end,
                _ => r,
            };
            let mut cue: Option<CueHit> = None;
            if any & (CUE | SEP_BASE | LASSEN) != 0 {
                let cue_from = |from: usize| {
                    (from..end).find_map(|i| {
                        // Most units cannot be cues: skip them before the calls (about 3 % of
                        // detection time went into `cue_at` and `naming_verb` on every word).
                        if !may_cue(text, units[i]) {
                            debug_assert!(cue_at(&doc, text, lex, i, end).is_none());
                            return None;
                        }
                        // (Nor inside a title's marks: the song „Ich sage ja“.)
                        let in_title = || {
                            pairs.iter().zip(keep_first.iter()).any(|(p, &kept)| {
                                !kept && p.open < i && i < p.close && p.close <= p.open + 8
                            })
                        };
                        if outside(i)
                            && !in_title()
                            && (!naming_verb(units[i].text(text))
                                || naming_summary(&doc, text, r.start, end, i))
                            && !confirmed_in_office(&doc, text, i)
                            && !saying_aside(&doc, text, i)
                            && !adverbial_participle(&doc, text, i)
                            && !sentenced_in_court(&doc, text, i)
                            && !impending(&doc, text, i)
                            && !got_into(&doc, text, i)
                            && !meant_it(&doc, text, i)
                            && !in_the_red(&doc, text, i)
                            && !conditional_cue(&doc, text, i)
                            && !estimated_at(&doc, text, i)
                            && !modal_passive(&doc, text, i)
                        {
                            cue_at(&doc, text, lex, i, end)
                        } else {
                            None
                        }
                    })
                };
                cue = cue_from(r.start);
                // `gratulierte und schrieb auf X, …`: of two coordinated verbs of saying the
                // second introduces the content.
                // (`gratulierte Trump und schrieb, …`: an object between.)
                if let Some(c) = cue.filter(|c| c.second.is_none()) {
                    let und = (c.verb + 1..end.min(c.verb + 5))
                        .take_while(|&k| units[k].is_word())
                        .find(|&k| units[k].text(text) == "und");
                    if let Some(c2) = und
                        .and_then(|k| units.get(k + 1).map(|n| (k + 1, n)))
                        .filter(|(_, n)| may_cue(text, **n) && !n.cap)
                        .and_then(|(k, _)| cue_at(&doc, text, lex, k, end))
                    {
                        cue = Some(c2);
                    }
                }
                // A semicolon closes the first cue's clause: a verb of saying in the main
                // clause after it attributes what follows it (`X hatte gebeten; Y erklärte
                // dagegen, …`), not the first.
                if let Some(c) = cue {
                    // (Only when the first clause holds no content of its own: no comma, colon
                    // or quotation between its verb and the semicolon.)
                    if let Some(k) = (c.verb + 1..end)
                        .find(|&k| {
                            matches!(units[k].punct(), Some(';' | ',' | ':'))
                                || units[k].mark().is_some()
                        })
                        .filter(|&k| units[k].punct() == Some(';') && !in_quote[k])
                    {
                        if let Some(c2) = cue_from(k + 1) {
                            cue = Some(c2);
                        }
                    }
                }
                // A first cue in a relative or adverbial clause that a comma and the main
                // clause's own verb of saying follow (`Ein Beamter, den die Zeitung zitiert,
                // kommentierte, …`, `Nachdem er gefragt wurde, entgegnete X, …`): that verb
                // introduces the content.
                if let Some(c) = cue {
                    let chi = clause_end(units, c.verb, end);
                    let (clo, _) = clause_of(&doc, r.start, end, c.verb);
                    let n = units.get(chi + 1);
                    if chi + 2 < end
                        && units[chi].punct() == Some(',')
                        && !in_quote[chi]
                        && subordinate_opening(text, units, clo, r.start)
                        && n.is_some_and(|n| {
                            n.is_word()
                                && !n.cap
                                && n.flags & (CUE | FINITE) == CUE | FINITE
                                && n.flags & (KONJ1 | KONJ2 | SOLL) == 0
                        })
                    {
                        // (Only when the verb has content after a comma or colon of its own:
                        // not `Wenn X verurteilt werden sollte, droht ihm die Todesstrafe`.)
                        let chi2 = clause_end(units, chi + 1, end);
                        if let Some(c2) = cue_from(chi + 1).filter(|c2| {
                            c2.verb == chi + 1
                                && chi2 + 1 < end
                                && matches!(units[chi2].punct(), Some(',' | ':'))
                        }) {
                            cue = Some(c2);
                        }
                    }
                }
                // `Die Arbeitgeber hätten kein Angebot vorgelegt, sagte X`, `Es seien Schäden
                // festgestellt worden, teilte X mit`: a participle or infinitive of saying in
                // a first clause whose finite verb is in Konjunktiv is part of the report; the
                // verb of saying right after the comma attributes it.
                if let Some(c) = cue {
                    let mut chi = clause_end(units, c.verb, end);
                    // (Past relative clauses on its object and its `zu` infinitive: `Sein
                    // Land werde keinen Maßnahmen zustimmen, die X gefährdeten, sagte Y`,
                    // `Die Kläger hätten nicht dargelegt, verletzt zu sein, erklärten …`.)
                    while chi + 2 < end
                        && units[chi].punct() == Some(',')
                        && !in_quote[chi]
                        && c.second.is_none_or(|p| p < chi)
                        && (opens_relative_clause(&doc, text, chi + 1, end) || {
                            // (Or its `dass` clause: `Sie habe nie gezweifelt, dass …, sagt
                            // X`.)
                            let e = clause_end(units, chi + 1, end);
                            e < end
                                && units[e].punct() == Some(',')
                                && (units[chi + 1].flags & COMP != 0
                                    || (chi + 1..e).any(|k| zu_infinitive(text, units, k, e)))
                        })
                    {
                        chi = clause_end(units, chi + 2, end);
                    }
                    let n = units.get(chi + 1);
                    if chi + 2 < end
                        && units[chi].punct() == Some(',')
                        && !in_quote[chi]
                        && c.second.is_none_or(|p| p < chi)
                        && n.is_some_and(|n| {
                            n.is_word()
                                && !n.cap
                                && n.flags & (KONJ1 | KONJ2 | SOLL) == 0
                                && (n.flags & SEP_BASE != 0 || finite_word(text, n, FINITE))
                        })
                        && konj_verb_in(&doc, &in_quote, r.start, c.verb)
                    {
                        if let Some(c2) = cue_from(chi + 1).filter(|c2| c2.verb == chi + 1) {
                            cue = Some(c2);
                        }
                    }
                }
                // `Die Anwohner protestierten, weil sie befürchten, der Lärm werde zunehmen`,
                // `X wies das zurück, indem er sagte, …`: a verb of saying in an adverbial
                // clause right after the first cue's clause introduces the content after that
                // clause; its own subject is the speaker.
                if let Some(c) = cue {
                    // (The clause's end only: this runs for every sentence with a cue.)
                    let chi = clause_end(units, c.verb, end);
                    if chi + 3 < end
                        && units[chi].punct() == Some(',')
                        && !in_quote[chi]
                        && matches!(
                            units[chi + 1].text(text),
                            "weil"
                                | "da"
                                | "indem"
                                | "als"
                                | "nachdem"
                                | "wobei"
                                | "zumal"
                                | "obwohl"
                                | "während"
                                | "wenn"
                        )
                    {
                        let (_, chi2) = clause_of(&doc, r.start, end, chi + 2);
                        if chi2 + 1 < end && units[chi2].punct() == Some(',') && !in_quote[chi2] {
                            // (Its verb closes the clause, as in a subordinate clause, with
                            // at most an auxiliary after it: `nachdem sie mitgeteilt hatte,`;
                            // not a verb after `und`, `wenn …, und warnt …`.)
                            if let Some(l) = cue_from(chi + 2).filter(|l| {
                                l.verb < chi2
                                    && chi2 <= l.verb + 2
                                    && !(chi + 2..l.verb)
                                        .any(|k| matches!(units[k].text(text), "und" | "oder"))
                            }) {
                                cue = Some(l);
                            }
                        }
                    }
                }
                // A cue inside a relative clause (`Ein Tief, das dort gestanden hatte, habe
                // …, meldet X`) gives way to a later one in a clause of its own.
                if let Some(c) =
                    cue.filter(|c| relative_clause_at(&doc, text, r.start, end, c.verb))
                {
                    let (_, chi) = clause_of(&doc, r.start, end, c.verb);
                    // (Only an inverted attribution closing the sentence: `…, meldet X.`)
                    if let Some(later) = cue_from(chi.max(c.verb + 1)).filter(|l| {
                        clause_of(&doc, r.start, end, l.verb) == (l.verb, end)
                            && units[l.verb - 1].punct() == Some(',')
                    }) {
                        cue = Some(later);
                    } else if agentless_passive(&doc, text, &c, r.start, end)
                        && (konjunktiv_main_clause(&doc, &in_quote, r.start, end)
                            || konjunktiv_main_clause(&doc, &in_quote, (chi + 1).min(end), end))
                    {
                        // A passive of saying with no agent in a relative clause of a report
                        // in Konjunktiv (`Die Hilfe, die den Opfern versprochen wurde, sei …`)
                        // describes a noun of it and attributes nothing: the sentence is read
                        // without it (a continuation of the report before).
                        cue = None;
                    }
                }
                // A cue in a `wie` clause opening the sentence gives way to a verb of saying
                // right after its comma that opens content of its own (`Wie die Zeitung
                // berichtet, sagte der Minister, er werde zurücktreten`): the source the
                // paper quotes is the speaker. (In Konjunktiv the rest is the paper's
                // report: `Wie AFP berichtet, habe sich ein Bewohner geäußert, …`.)
                if let Some(c) = cue.filter(|c| {
                    units[r.start].span.len() == 3
                        && text.get(units[r.start].span.range()) == Some("Wie")
                        && c.verb > r.start
                }) {
                    let chi = clause_end(units, c.verb, end);
                    if let Some(later) = cue_from(chi + 1).filter(|l| {
                        l.verb == chi + 1
                            && units[chi].punct() == Some(',')
                            && !in_quote[chi]
                            // (Not `verlangt „…“`, whose subject is quoted.)
                            && indicative_before_subject(&doc, text, l.verb)
                            && {
                                // (Its clause goes on to content: a colon, a quotation, a
                                // `dass` clause or one in Konjunktiv.)
                                let e2 = clause_end(units, l.verb, end);
                                opens_content(&doc, text, e2, end)
                                    || e2 + 1 < end
                                        && units[e2].punct() == Some(',')
                                        && (e2 + 1..end).any(|k| {
                                            !units[k].cap
                                                && units[k].flags & (KONJ1 | KONJ2 | SOLL) != 0
                                        })
                            }
                    }) {
                        cue = Some(later);
                    }
                }
                // A verb of saying in Konjunktiv I belongs to reported content (`Weil die
                // Regierung zögere, drohe eine Krise, sagte der Ökonom`): an inverted
                // attribution closing the sentence is the cue.
                if let Some(c) = cue.filter(|c| konj1_form(&doc, text, c.verb)) {
                    let chi = clause_end(units, c.verb, end);
                    if let Some(later) = cue_from(chi.max(c.verb + 1)).filter(|l| {
                        units[l.verb - 1].punct() == Some(',')
                            && clause_of(&doc, r.start, end, l.verb) == (l.verb, end)
                            && units[l.verb].flags & KONJ1 == 0
                            && !konjunktiv_third_person(units[l.verb].text(text))
                    }) {
                        cue = Some(later);
                    }
                }
                // So is a `wie` clause closing the sentence with its subject and its verb
                // last (`Die Firma hat Insolvenz beantragt, wie eine Sprecherin bestätigte`;
                // not `…, wie erwartet`, nor a comparison, `…, wie wir uns das wünschen`).
                // (Not after a sentence opening with its own `wie` clause, nor after a verb
                // of saying right before the comma, whose question that clause is:
                // `Augenzeugen hatten berichtet, wie X die Frau attackierte`.)
                if let Some(c) = cue.filter(|c| {
                    units[c.verb].flags & (KONJ1 | KONJ2) == 0
                        && text.get(units[r.start].span.range()) != Some("Wie")
                }) {
                    let chi = clause_end(units, c.verb, end);
                    let last_comma = (chi.max(c.verb + 1)..end)
                        .rev()
                        .find(|&k| units[k].punct() == Some(','));
                    if let Some(later) = last_comma
                        .filter(|&k| {
                            k + 3 < end
                                && !in_quote[k]
                                && units[k + 1].text(text) == "wie"
                                && (k > c.verb + 1 || c.report)
                                && !matches!(
                                    units[k + 2].text(text),
                                    "ich" | "wir" | "man" | "Sie" | "du" | "ihr" | "es"
                                )
                        })
                        .and_then(|k| cue_from(k + 3))
                        .filter(|l| l.verb + 1 == end && l.second.is_none())
                    {
                        cue = Some(later);
                    }
                }
                // So is one after an indicative clause whose verb of saying or thinking opens
                // no content (`Die Regierung lehnt das ab, sagte Müller.`, `Auch Reisende
                // hinterfragten die Lage, sagte Geschäftsführer Becker.`): that clause is
                // what the inverted attribution reports, as with any other verb.
                // (Not a verb of saying closing a `wie` clause that opens the sentence: `Wie
                // ein Sprecher mitteilte, weist die Regierung die Vorwürfe zurück` is the
                // spokesman's report.)
                if let Some(c) = cue.filter(|c| {
                    units[c.verb].flags & (KONJ1 | KONJ2) == 0
                        && !opens_content(&doc, text, c.verb + 1, end)
                        && !(text.get(units[r.start].span.range()) == Some("Wie")
                            && clause_end(units, c.verb, end) == c.verb + 1)
                }) {
                    let chi = clause_end(units, c.verb, end);
                    // (The attribution's verb right after the sentence's last comma: only
                    // there is a cue looked for.)
                    let last_comma = (chi.max(c.verb + 1)..end)
                        .rev()
                        .find(|&k| units[k].punct() == Some(','));
                    if let Some(later) = last_comma.and_then(|k| cue_from(k + 1)).filter(|l| {
                        units[l.verb - 1].punct() == Some(',')
                            // (Not the attribution of a quotation in between, which is its
                            // own: `X hatte gedroht, …: „…“, sagte X.`)
                            && (c.verb..l.verb).all(|k| !in_quote[k] && units[k].mark().is_none())
                            && clause_of(&doc, r.start, end, l.verb) == (l.verb, end)
                            && indicative_before_subject(&doc, text, l.verb)
                    }) {
                        cue = Some(later);
                    }
                }
                // A verb of saying that a report going on in Konjunktiv holds, right after a
                // report, is part of it, not a new cue:
                // - a participle or infinitive after an auxiliary or modal in Konjunktiv in
                //   its clause (`Verdi teilte mit, …. Die Arbeitgeber hätten kein Angebot
                //   vorgelegt.`, `Er könne sich nicht erinnern.`), an infinitive only in the
                //   sentence's first clause (not `…, Bergoglio habe sie verraten, …`), and
                //   not one that opens content of its own (`Wir hätten uns gewünscht, dass
                //   …`, `Ich würde nicht sagen, …`);
                // - a `zu` infinitive after a comma in a sentence whose first clause is in
                //   Konjunktiv (`Der Konzern habe nicht erlaubt, Kunden auf Angebote
                //   hinzuweisen`).
                let held = |c: &CueHit| {
                    // (The verb's clause: back to a quotation mark or a comma, colon or
                    // semicolon.)
                    let lo = (r.start..c.verb)
                        .rev()
                        .find(|&k| {
                            units[k].mark().is_some()
                                || matches!(units[k].punct(), Some(',' | ':' | ';'))
                        })
                        .map_or(r.start, |k| k + 1);
                    let w = units[c.verb].text(text);
                    // (`Ich`, `wir` before the verb: the speaker's own words.)
                    let first_person = || {
                        (r.start..c.verb)
                            .any(|k| matches!(units[k].text(text), "Ich" | "ich" | "Wir" | "wir"))
                    };
                    let after_aux = !opens_content(&doc, text, c.verb + 2, end)
                        && (participle_like(w)
                            || (w.ends_with("en") || w.ends_with("ern")) && lo == r.start)
                        && (lo..c.verb).any(|k| {
                            units[k].is_word()
                                && !units[k].cap
                                && units[k].flags & (KONJ1 | KONJ2) != 0
                        })
                        && !first_person();
                    let zu_after_comma = || {
                        (zu_infinitive(text, units, c.verb, end)
                            || c.verb > 0 && units[c.verb - 1].text(text) == "zu")
                            && konjunktiv_main_clause(&doc, &in_quote, r.start, c.verb)
                    };
                    // (Or the finite verb of saying itself in Konjunktiv I, in the first
                    // clause's verb slot: `Das Unternehmen bedauere die Folgen`, `Man fordere
                    // mehr Geld`: the report goes on with what the source says it does.)
                    let finite_konj1 = || {
                        lo == r.start
                            && c.verb <= r.start + 4
                            && konj1_form(&doc, text, c.verb)
                            && konjunktiv_third_person(w)
                            // (Not one with content of its own: `Die Polizei warne davor,
                            // … zu …` is the police's warning.)
                            && !(c.verb + 1..end).any(|k| {
                                !in_quote[k]
                                    && (units[k].punct().is_some()
                                        && opens_content(&doc, text, k, end)
                                        || units[k].punct() == Some(',')
                                            && units[k - 1].text(text).starts_with("da"))
                            })
                            && !first_person()
                    };
                    // (And an infinitive after a modal in Konjunktiv that opens content:
                    // `Die Union solle erst einmal fragen, was die Bürger wollten` goes on
                    // with the report, the question inside it.)
                    let modal_konj1 = || {
                        lo == r.start
                            && (w.ends_with("en") || w.ends_with("ern"))
                            && (lo..c.verb).any(|k| {
                                units[k].is_word()
                                    && !units[k].cap
                                    && units[k].flags & (KONJ1 | KONJ2) != 0
                                    && !reports_nothing(&doc, text, k)
                            })
                            && !first_person()
                    };
                    !opens_content(&doc, text, c.verb + 1, end) && (after_aux || zu_after_comma())
                        || finite_konj1()
                        || modal_konj1()
                };
                if let Some(c) = cue.filter(|c| {
                    c.second.is_none()
                        && prev_report_sentence.is_some_and(|p| p + 1 == si)
                        && held(c)
                }) {
                    if cue_from(c.verb + 1).is_none() {
                        cue = None;
                    }
                }
            }
            let konj1 = any & KONJ1 != 0
                && r.clone().any(|i| {
                    outside(i)
                        && units[i].flags & KONJ1 != 0
                        && !units[i].cap
                        && !reports_nothing(&doc, text, i)
                });
            let soll = any & SOLL != 0;
            let konj2 = any & KONJ2 != 0;
            // The relative pronoun opening the clause of a marker's report (a part of it).
            let mut rel_pronoun: Option<usize> = None;
            let marker = if any & MARKER != 0 {
                // (With no verb of saying, a marker in a clause of its own reports that
                // clause: see `marker_in_subclause`.)
                report_marker(&doc, text, r.start, end).map(|m| {
                    if cue.is_none() {
                        let (m, p) = marker_in_subclause(&doc, text, &in_quote, r.start, end, m);
                        rel_pronoun = p;
                        m
                    } else {
                        m
                    }
                })
            } else {
                None
            };
            let mut out: Option<Item> = None;
            // The unit range of a report made from a verb of saying or a marker.
            let mut out_units: Option<(usize, usize)> = None;
            // A marker whose content holds the verb (`heißt es, man werde klagen`) wins.
            // (Not one inside a subordinate clause after the verb's clause: `X sagte, die Lage
            // sei ernst, weil die Truppen laut Experten erschöpft seien` is X's report.)
            // That marker reports its own clause, the part after its source, beside the
            // verb's report (`…, weil die Mission nach Angaben der UN überfordert ist`).
            let nested = marker
                .and_then(|(a, _, np)| {
                    let c = cue?;
                    np.filter(|&(s, _)| {
                        c.verb >= a && in_later_subclause(&doc, text, &in_quote, c.verb, s)
                    })
                })
                .map(|(s, e)| {
                    // (Past `zufolge` after its source and a short parenthesis.)
                    let e = past_parenthesis(units, e, end);
                    let e = if e < end && matches!(units[e].text(text), "zufolge" | "Zufolge") {
                        e + 1
                    } else {
                        e
                    };
                    let e2 = (e..end)
                        .find(|&k| {
                            matches!(units[k].punct(), Some(',' | ';' | ':')) && !in_quote[k]
                        })
                        .unwrap_or(end);
                    (Sp { s, e }, trim_units(&doc, e, e2))
                });
            // (Not an inverted attribution closing the sentence: `Verletzt wurde nach ersten
            // Erkenntnissen niemand, teilte das Landratsamt mit` is the office's report.)
            let closing_attribution = |c: &CueHit| {
                c.verb > r.start
                    && units[c.verb - 1].punct() == Some(',')
                    && !in_quote[c.verb - 1]
                    && units[c.verb].flags & (KONJ1 | KONJ2 | SOLL) == 0
                    && !konjunktiv_third_person(units[c.verb].text(text))
                    && clause_of(&doc, r.start, end, c.verb) == (c.verb, end)
                    // (The speaker right after the verb, and named: `, ließ er verlautbaren`
                    // after `laut Minister X` leaves X the source; `, entscheidet sich laut
                    // X` is no attribution.)
                    && units.get(c.verb + 1).is_some_and(|n| {
                        let article = n.flags & DET != 0
                            && units.get(c.verb + 2).is_some_and(|m| m.is_word() && m.cap);
                        n.is_word() && (article || n.cap && !crate::is_anaphor(n.text(text)))
                    })
            };
            if nested.is_none()
                && marker.is_some_and(|(a, _, msp)| {
                    // (The marker's source inside the content, before the verb: `sagte X laut
                    // ndr.de` is the site's report of X's words.)
                    cue.is_some_and(|c| {
                        let inside = msp.is_some_and(|(s, _)| s < c.verb);
                        c.verb >= a
                            && !(inside && closing_attribution(&c))
                            && !msp.is_some_and(|sp| medium_after_cue(&doc, text, &c, sp, end))
                    })
                })
            {
                cue = None;
            }
            // A speech act denied reports nothing: `Er sagte nicht, ob …`, `Sie wollte nicht
            // sagen, wann …`.
            // (Not when another verb of saying follows: `…, betonte aber, sie habe …`.)
            if cue.is_some_and(|c| {
                unsaid(&doc, text, r.start, end, &c)
                    && find_cue(&doc, text, lex, c.verb + 2, end).is_none()
            }) {
                continue;
            }
            // `Das erklärte ein Sprecher.`: the previous sentence is the report.
            // (Also a passive with its agent: `Das wurde vom Presseamt mitgeteilt`.)
            let anaphoric = cue.is_some_and(|c| {
                matches!(
                    text.get(units[r.start].span.range()),
                    Some("Das" | "Dies" | "Dieses")
                ) && (c.verb == r.start + 1 || anaphoric_passive(&doc, text, r.start, c.verb))
                    && !denial(units[c.verb].text(text))
                    && !judges(units[c.verb].text(text))
            });
            if let (true, Some(c), Some(prev)) = (
                anaphoric,
                cue,
                si.checked_sub(1).and_then(|j| doc.sentences.get(j)),
            ) {
                // (`Dies geht aus einer Mitteilung der Polizei hervor`: the phrase after `aus`.)
                let sp = aus_source(&doc, text, &c, r.start, end)
                    .or_else(|| cue_speaker(&doc, text, &c, r.start, end));
                let (a, mut b) = trim_units(&doc, prev.start, prev.end);
                // (`Weiter sagte X: „…“. Das sagte er …`: the report is the part before a
                // colon and its quotation, and none when that part attributes it.)
                if let Some(k) = colon_before_quoted_tail(&doc, &in_quote, a, b) {
                    let (_, y) = trim_units(&doc, a, k);
                    b = if find_cue(&doc, text, lex, a, y).is_some_and(|c| !in_quote[c.verb]) {
                        a
                    } else {
                        y
                    };
                }
                let covered = items.last().is_some_and(|it| {
                    it.span.end >= units[b.max(a + 1) - 1].span.end
                        && it.span.start <= units[a].span.start
                });
                // Reports found in the sentence before without a source of their own (a
                // continuation: `Er solle … . Das berichtete X.`) take the source named here,
                // and no second item is made.
                // (Not `Dies begründe X`: a verb in Konjunktiv continues the report.)
                let indicative = units[c.verb].flags & (KONJ1 | KONJ2) == 0
                    && !konjunktiv_third_person(units[c.verb].text(text));
                let taken = if sp.is_some() && indicative {
                    adopt_anaphoric_source(&mut items, si, units[a].span.start, sp, c)
                } else {
                    None
                };
                // The report the anaphor stands for, once found or made below.
                let mut report = taken;
                if taken.is_none() && a < b && !covered && !all_quoted(&doc, &in_quote, a, b) {
                    report = Some(items.len());
                    items.push(Item {
                        span: Span::new(units[a].span.start, units[b - 1].span.end),
                        kind: QuoteKind::Indirect,
                        speaker: sp,
                        cue: Some(c),
                        group: None,
                        continuation: false,
                        impersonal: false,
                        sentence: si,
                    });
                } else if covered {
                    report = items.len().checked_sub(1);
                    // (A summary there is what the source here passes on: `Die FDP schließt
                    // eine Ampel aus. Dies bestätigte Parteichef X.`)
                    if let Some(it) = items.last_mut().filter(|it| {
                        it.speaker.is_none()
                            || sp.is_some()
                                && it.kind == QuoteKind::Reported
                                && it.sentence + 1 == si
                    }) {
                        if it.speaker.is_some() {
                            it.kind = QuoteKind::Indirect;
                        }
                        it.speaker = sp;
                        it.cue = Some(c);
                    }
                }
                // The anaphor is a part of the quotation too, as the annotated corpora
                // have it (`Das` in `Das bestätigte X.`, like a relative pronoun before
                // `laut X`): an item of its own, in one group with the report it stands
                // for when X is that report's source (a report that keeps a source of its
                // own is confirmed by another: no group). (Not after a verb in Konjunktiv,
                // which continues the report, nor after a summary or a stance, `Das lehnte X
                // ab`, which takes a position on what was said rather than passing it on.)
                if let Some(ri) = report.filter(|_| {
                    indicative && !c.report && sp.is_some() && !stance(units[c.verb].text(text))
                }) {
                    let group = (items[ri].speaker == sp).then(|| {
                        let g = items[ri].group.unwrap_or_else(|| {
                            next_group += 1;
                            next_group - 1
                        });
                        items[ri].group = Some(g);
                        g
                    });
                    items.push(Item {
                        span: units[r.start].span,
                        kind: QuoteKind::Indirect,
                        speaker: sp,
                        cue: Some(c),
                        group,
                        continuation: false,
                        impersonal: false,
                        sentence: si,
                    });
                }
                note_report(&mut last_ind, &mut prev_report_sentence, sp, si, para);
                continue;
            }
            // `…, dass …` / `…, ob …` without a verb of saying (`zeigte sich optimistisch, dass`).
            // (Not in a report going on in Konjunktiv: `…, sagte X. Man brauche mehr
            // Gewissheit, dass …` is X's whole sentence.)
            let continuing = |k: usize| {
                prev_report_sentence.is_some_and(|p| p + 1 == si)
                    && konjunktiv_main_clause(&doc, &in_quote, r.start, k)
            };
            let comp = if cue.is_none() && marker.is_none() && any & COMP != 0 {
                (r.start + 1..end).find(|&i| {
                    outside(i)
                        && units[i].flags & COMP != 0
                        && units[i - 1].punct() == Some(',')
                        && attitude_before(&doc, text, i - 1)
                        && !(i >= 2
                            && matches!(
                                text.get(units[i - 2].span.range()),
                                Some(
                                    "so" | "ohne"
                                        | "als"
                                        | "statt"
                                        | "anstatt"
                                        | "außer"
                                        | "bis"
                                        | "damit"
                                )
                            ))
                        && !continuing(i - 1)
                        && !impersonal_stance(&doc, text, &in_quote, r.start, i - 1)
                })
            } else {
                None
            };
            // `den Beschluss, Gespräche zu führen`: an infinitive clause after a noun of a
            // speech act, up to the end of its clause.
            let act = if comp.is_none() && cue.is_none() && marker.is_none() && any & ACT_NOUN != 0
            {
                act_infinitive(&doc, text, &in_quote, r.start, end)
            } else {
                None
            };
            // (The act's agent, where a genitive or `von` names it, before the subject: `Foullong
            // unterstützt die Forderungen von Politikern der SPD, …`.)
            let agent = act.and_then(|(_, _, n, k)| act_agent(&doc, text, n, k));
            if let Some((ci, cend)) = comp.map(|ci| (ci, end)).or(act.map(|x| (x.0, x.1))) {
                let (a, b) = trim_units(&doc, ci, cend);
                // (Else the subject of the attitude's own clause after a comma: `Zwar sind 62
                // Prozent zufrieden, 37 Prozent sind jedoch der Auffassung, dass …`.)
                let cs = (r.start..ci - 1)
                    .rev()
                    .find(|&k| matches!(units[k].punct(), Some(',' | ';')) && !in_quote[k])
                    .map_or(r.start, |k| k + 1);
                let sp = np_right_direct(&doc, text, cs, ci)
                    .filter(|&(s, _)| s == cs && units[s].flags & (PREP | FUNC) == 0)
                    .or_else(|| {
                        // (Not the attitude itself, nor `es`: `Es herrschte die Meinung
                        // vor, dass …` names no one.)
                        clause_subject(&doc, text, cs, ci - 1)
                            .filter(|&(s, e)| attitude_holder(&doc, text, s, e))
                    })
                    .map(|(s, e)| Sp { s, e });
                let sp = agent.or(sp);
                if a < b {
                    items.push(Item {
                        span: Span::new(units[a].span.start, units[b - 1].span.end),
                        kind: QuoteKind::Indirect,
                        speaker: sp,
                        cue: None,
                        group: None,
                        continuation: false,
                        impersonal: false,
                        sentence: si,
                    });
                    note_report(&mut last_ind, &mut prev_report_sentence, sp, si, para);
                    continue;
                }
            }
            if let Some(c) = cue {
                let ((clo, chi), (plain_lo, plain_hi)) =
                    report_clause(&doc, text, r.start, end, &c);
                // (The verb's clause runs past a quotation to the sentence end, and no verb
                // stands before it: `X, Sprecher des Amts, sprach von einem „…“`. Its object
                // holds the quotation, and what stands before the verb is its subject, not
                // content, unlike in `Die Lage sei ernst, sagte X der „Zeitung“`.)
                // (Not `„…“, betonte X (SPD) im „Bericht aus Berlin“`: the verb attributes
                // the quotation before it.)
                // (A quotation that is speech: a title in marks, `hat seinen Roman
                // «Nebelhorn» vorgestellt`, is no object said.)
                // (Only after a noun naming a work or an event, `rief zum „Heiligen Krieg“
                // auf` sums up a speech act with a term quoted; and not with a verb that
                // sums one up, `hat in seinem Buch „…“ die Zustände angeprangert`.)
                let title_only = |a: usize, b: usize| {
                    !(a..b).any(|k| in_quote[k])
                        && !summary_cue(&doc, text, c.verb)
                        && (a..b).any(|k| {
                            units[k].mark().is_some()
                                && k > 0
                                && crate::direct::title_head(units[k - 1].text(text))
                        })
                };
                // (Not a parenthesis after the speaker of an inverted attribution or a `wie`
                // clause after a comma, with no quotation: `…, sagte Thomas Engelke (VZBV).`
                // reports what stands before it.)
                let inverted_paren = || {
                    (c.verb == clo || units[clo].text(text) == "wie" && c.verb + 1 == end)
                        && clo > r.start + 1
                        && units[clo - 1].punct() == Some(',')
                        && !(clo..end).any(|k| units[k].mark().is_some())
                };
                let object_quoted = chi == end
                    && (plain_hi < end && !title_only(plain_hi, end)
                        || plain_lo > clo && !title_only(clo, plain_lo))
                    && !inverted_paren()
                    && !(clo >= r.start + 2
                        && units[clo - 1].punct() == Some(',')
                        && units[clo - 2].mark().is_some())
                    && !(r.start..clo).any(|i| {
                        outside(i)
                            && !units[i].cap
                            && units[i].flags & (FINITE | KONJ1 | KONJ2 | SOLL) != 0
                    });
                // `„…“, erklärte die Sprecherin, Anna Weber, am Abend`: the cue right after a
                // direct quotation attributes that quotation; what follows is no content.
                if clo >= r.start + 3
                    && chi < end
                    && units[clo - 1].punct() == Some(',')
                    && units[clo - 2].mark().is_some()
                    && in_quote[clo - 3]
                    && !(chi..end).any(|i| units[i].flags & (COMP | KONJ1) != 0 && !in_quote[i])
                {
                    prev_report_sentence = Some(si);
                    continue;
                }
                // A verb of saying at the end of a subordinate clause after the content
                // (`Die Suche solle weitergehen, falls sich neue Hinweise ergäben`) names no
                // source: the speaker comes from context.
                // (Found only for a sentence that gives an item: the speaker rules cost about
                // an eighth of detection's instructions.)
                // (The cheap test before the speaker search it would discard.)
                let speaker = || {
                    aus_source(&doc, text, &c, r.start, end)
                        .or_else(|| {
                            (!subordinate_cue_after(&doc, text, r.start, end, c.verb))
                                .then(|| cue_speaker(&doc, text, &c, r.start, end))
                                .flatten()
                        })
                        .or_else(|| {
                            // (A second predicate's subject opens the sentence.)
                            second_predicate(&doc, text, c.verb)
                                .then(|| clause_subject(&doc, text, r.start, c.verb))
                                .flatten()
                                .map(|(s, e)| Sp { s, e })
                        })
                };
                // `Die Lage sei, so Peskow, ernst` / `Russland habe, wie Putin sagte, …`: the
                // attribution interrupts the report: two parts of one quotation.
                // So does one between the first part and its verb in Konjunktiv (`Die
                // Einigung, sagte X, sei ein Signal`, `In zehn Jahren, so schätzen die
                // Forscher, soll …`).
                let (b1, a2) = (clo.saturating_sub(1), chi + 1);
                let finite_at = |i: usize| {
                    !units[i].cap && units[i].flags & (FINITE | KONJ1 | KONJ2 | SOLL) != 0
                };
                // (The first part a phrase alone: no verb, no comma, no conjunction opening
                // a clause; the second opening with its verb in Konjunktiv.)
                // (A test only asked for when the first is not met.)
                let verb_after = || {
                    let x2 = trim_units(&doc, a2, end).0.min(end - 1);
                    // (Also a Konjunktiv I the lexicon lacks: `…, so Koch, erhöhe das Risiko`.)
                    (units[x2].flags & (KONJ1 | KONJ2 | SOLL) != 0 && finite_at(x2)
                        || konj1_verb(&doc, text, x2))
                        && units[r.start].flags & COMP == 0
                        && !matches!(
                            text.get(units[r.start].span.range()),
                            Some("Wie" | "Als" | "Und" | "Aber" | "Denn" | "Doch" | "Wer" | "Was")
                        )
                        && !(r.start..b1)
                            .any(|i| !in_quote[i] && (finite_at(i) || units[i].punct().is_some()))
                };
                // (Or a `wie` clause inside an indicative one: `Die Arbeiten werden, wie ein
                // Sprecher sagte, bis März dauern`.)
                // (Not an aside to the audience: `, wie Sie wissen,`, `, wie man sagt,`.)
                let wie_inside = || {
                    units[clo].text(text) == "wie"
                        && units[clo - 1].punct() == Some(',')
                        && units.get(clo + 1).is_some_and(|n| {
                            !matches!(n.text(text), "Sie" | "ich" | "wir" | "du" | "ihr" | "man")
                        })
                        && (r.start..b1).any(|i| {
                            !in_quote[i] && !units[i].cap && finite_word(text, &units[i], FINITE)
                        })
                };
                if clo > r.start + 1
                    && chi < end
                    && (konj_verb_in(&doc, &in_quote, r.start, b1) || verb_after() || wie_inside())
                    && (r.start..b1).all(|i| !in_quote[i])
                {
                    let (x1, y1) = trim_units(&doc, r.start, b1);
                    let (x2, y2) = trim_units(&doc, a2, end);
                    if x1 < y1 && x2 < y2 {
                        let sp = speaker();
                        // `Die Lage sei ernst, sagte Müller, der seit 2010 im Amt ist`: a
                        // relative clause after the attribution describes the speaker; the
                        // report is the first part alone.
                        // (Verb-final: `, das könne niemand bestreiten` goes on with a demonstrative.)
                        let verb_second = x2 + 1 < y2
                            && units[x2 + 1].flags & (FINITE | KONJ1 | KONJ2 | SOLL) != 0;
                        let verb_final = units[y2 - 1].is_word() && !units[y2 - 1].cap;
                        // (So does a time clause in the indicative: `…, sagte sie, als sie
                        // vor die Presse trat`.)
                        let time_clause = || {
                            TIME_OPENERS.contains(&units[x2].text(text))
                                && (x2..y2).all(|k| units[k].flags & (KONJ1 | KONJ2 | SOLL) == 0)
                        };
                        // (And a purpose clause: `…, sagte sie, ohne Zahlen zu nennen`.)
                        let purpose = || {
                            matches!(units[x2].text(text), "ohne" | "um")
                                && (x2 + 1..y2).any(|k| zu_infinitive(text, units, k, y2))
                        };
                        let relative = (opens_relative_clause(&doc, text, x2, y2)
                            || time_clause()
                            || purpose())
                            && !verb_second
                            && verb_final;
                        // `…, sagte die Präsidentin, Anna Roth, am Montag`: the speaker's
                        // apposition, no second part (`…, so der BGH, gegen den Grundsatz`
                        // is one).
                        let verbless = name_without_verb(units, text, x2, y2)
                            || absolute_phrase(units, text, x2, y2);
                        // (Or one holding a quoted name or a preposition, which the speaker
                        // takes in: `…, sagte Mark O’Keefe, der Sprecher der „EVAC“`.)
                        let appos = sp
                            .filter(|p| p.e == chi && !verbless && !relative)
                            .map(|p| (p.s, with_apposition(&doc, text, (p.s, p.e), end).1))
                            .filter(|&(_, e)| e >= y2);
                        let sp = appos.map_or(sp, |(s, e)| Some(Sp { s, e }));
                        // `Auch wenn … werden sollen, hielt X fest, dass …`: a fronted
                        // adverbial clause is the writer's when a `dass` clause is the content.
                        // (Not one in Konjunktiv I: `Wenn jemand in Verdacht stehe, könne
                        // man …, aber: Ich glaube nicht, dass …` reports both.)
                        let fronted = units[x2].flags & COMP != 0
                            && subordinate_opening(text, units, x1, x1)
                            && (x1..y1).all(|k| units[k].flags & KONJ1 == 0);
                        let parts: &[(usize, usize)] = if relative || verbless || appos.is_some() {
                            &[(x1, y1)]
                        } else if fronted {
                            &[(x2, y2)]
                        } else {
                            &[(x1, y1), (x2, y2)]
                        };
                        let g = (parts.len() > 1).then(|| {
                            next_group += 1;
                            next_group - 1
                        });
                        for &(x, y) in parts {
                            items.push(Item {
                                span: Span::new(units[x].span.start, units[y - 1].span.end),
                                kind: QuoteKind::Indirect,
                                speaker: sp,
                                cue: Some(c),
                                group: g,
                                continuation: false,
                                impersonal: false,
                                sentence: si,
                            });
                        }
                        note_report(&mut last_ind, &mut prev_report_sentence, sp, si, para);
                        continue;
                    }
                }
                // (`…, erklärte der Sprecher, Stefan Wolf, am Abend`: the speaker's apposition
                // after the comma is no content.)
                // (Only after words between the verb and the comma: the inverted speaker.)
                let apposition_after =
                    chi < end && chi > c.verb + 1 && units[chi].punct() == Some(',') && {
                        let (x, y) = trim_units(&doc, chi + 1, end);
                        x < y
                            && (name_without_verb(units, text, x, y)
                                || absolute_phrase(units, text, x, y)
                                // (Nor is a time clause after the inverted speaker when the
                                // content stands before: `Die Lage ist ernst, sagte sie, als
                                // sie vor die Presse trat`.)
                                // (Nor a relative clause on that speaker closing the
                                // sentence, `sagte ein Diplomat, der anonym bleiben wollte`,
                                // nor a purpose clause, `…, ohne Details zu nennen`.)
                                || clo > r.start + 1
                                    && c.verb == clo
                                    && units[clo - 1].punct() == Some(',')
                                    && (TIME_OPENERS.contains(&units[x].text(text))
                                        || matches!(units[x].text(text), "ohne" | "um")
                                        || opens_relative_clause(&doc, text, x, y)
                                            && !(x..y).any(|k| {
                                                units[k].flags & (KONJ1 | KONJ2) != 0
                                                    || units[k].punct() == Some(',')
                                            })))
                    };
                // (A label before a colon and a clause with its subject first: `16.45 Uhr:
                // Söder forderte schnelle Hilfe`, `Prozess: Angeklagter gesteht`; the colon
                // then only sets the clause apart, and the clause is the report.)
                let labelled = clo > r.start && labelled_clause(&doc, text, clo, c.verb);
                // (A verb of saying closing a relative clause after the main clause reports
                // nothing of it: `Das ist das Ergebnis einer Studie, die am Montag
                // vorgestellt wurde`. Not a demonstrative with its verb second: `…, das
                // entschied die NASA`.)
                let relative_after = clo > r.start
                    && c.verb > clo + 1
                    && units[clo - 1].punct() == Some(',')
                    && (clo..c.verb).all(|k| units[k].is_word())
                    && (opens_relative_clause(&doc, text, clo, end)
                        // (So does one closing an adverbial clause: `Sie meinte es ernst,
                        // als sie von einer Pause sprach`.)
                        || matches!(
                            units[clo].text(text),
                            "als"
                                | "nachdem"
                                | "weil"
                                | "während"
                                | "bevor"
                                | "obwohl"
                                | "seit"
                                | "wenn"
                                | "falls"
                                | "sobald"
                        ) && clause_end(units, c.verb, end) <= c.verb + 2
                            && units[r.start..end]
                                .iter()
                                .all(|x| x.flags & (KONJ1 | KONJ2) == 0));
                let subject_first =
                    || subject_first_after(&doc, text, &in_quote, r.start, clo, c.verb);
                let (a, b, has_clause) = if chi < end && !apposition_after {
                    (chi + 1, end, true)
                } else if clo > r.start
                    && !object_quoted
                    && !labelled
                    && !apposition_subject(&doc, text, r.start, clo, c.verb)
                    && !second_predicate(&doc, text, c.verb)
                    && !adverbial_front(&doc, text, &in_quote, r.start, clo, c.verb)
                    && !subject_with_relative(&doc, text, r.start, clo, c.verb)
                    && !relative_after
                    && !subject_first()
                {
                    // `… deutlich: Russland habe …, fügte er an`: the content follows a colon.
                    let b = clo.saturating_sub(1).max(r.start);
                    let a = (r.start..b)
                        .rev()
                        .find(|&i| units[i].punct() == Some(':') && !in_quote[i])
                        .map_or(r.start, |i| i + 1);
                    (a, b, true)
                } else if labelled {
                    (clo, end, false)
                } else if relative_after {
                    (r.start, r.start, false)
                } else if subject_first() {
                    // (The summary is the cue's own clause.)
                    (clo, end, false)
                } else {
                    (r.start, end, false)
                };
                let (a, mut b) = trim_units(&doc, a, b);
                // A name alone before a colon opening the sentence is a turn's label (`Habeck:
                // Das entscheide ich im Herbst`), no content of the verb after it.
                if a == r.start
                    && b == a + 1
                    && units[a].cap
                    && units.get(b).is_some_and(|x| x.punct() == Some(':'))
                {
                    continue;
                }
                // A second verb of saying coordinated after the content (`Er sagte, X sei Y,
                // und fügte hinzu: „…“`) ends it: what follows is the subject's next act.
                if has_clause {
                    // (The verb's flags first: most words are no verb of saying.)
                    if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| {
                        let v = &units[k + 1];
                        (v.flags & (CUE | FINITE) == CUE | FINITE || v.flags & SEP_BASE != 0)
                            && !v.cap
                            && !in_quote[k]
                            && matches!(units[k].text(text), "und" | "sowie")
                    }) {
                        b = trim_units(&doc, a, k).1;
                    }
                    // A `dass`/`ob` clause ends where the main clause resumes after a comma
                    // with an indicative finite verb and no verb after it (`Ein Sprecher
                    // bestätigte, dass es Gespräche gebe, wollte aber keine Details nennen`;
                    // not `dass die Firma, die pleite ist, verkauft werde`).
                    if a < b
                        && (units[a].flags & COMP != 0
                            || matches!(
                                units[a].text(text),
                                "was" | "wer" | "wie" | "warum" | "wann" | "wo" | "weshalb"
                            ))
                    {
                        let verb = |u: &Unit| finite_word(text, u, FINITE | KONJ1 | KONJ2 | SOLL);
                        if let Some(k) = (a + 2..b.saturating_sub(2)).find(|&k| {
                            units[k].punct() == Some(',')
                                && !in_quote[k]
                                && verb(&units[k + 1])
                                && units[k + 1].flags & (KONJ1 | KONJ2 | SOLL) == 0
                                && !konjunktiv_third_person(units[k + 1].text(text))
                                && units[k + 2].is_word()
                                && !verb(&units[k + 2])
                        }) {
                            b = trim_units(&doc, a, k).1;
                        }
                    }
                }
                // After a cue in a relative or adverbial clause, a clause after the comma that
                // opens with an indicative finite verb is the main clause resuming, no content
                // (`Nachdem er gefragt wurde, entgegnete Suttner: …`, `Die Firma, die den
                // Vorfall gemeldet hatte, wollte …`; not `Wie X mitteilte, sind …`). So is a
                // verb of saying there after any cue (`…, berichtete X.`).
                if has_clause
                    && a < b
                    && a > 0
                    && units[a - 1].punct() == Some(',')
                    // (A verb of saying with its subject right after it: `…, berichtete X`.)
                    && (units[a].flags & CUE != 0
                        && units
                            .get(a + 1)
                            .is_some_and(|n| n.cap || n.flags & (DET | PRONOUN) != 0)
                        || subordinate_opening(text, units, plain_lo, r.start))
                    // (After a fronted or relative clause the main clause's finite verb comes
                    // first, known to the lexicon or not: `Als X das Ergebnis verkündete,
                    // jubelten …`, `Das Gesetz, das X angekündigt hat, tritt …`.)
                    // (Not the verb's own `zu` infinitive, `Während X erklärte, wahnsinnig
                    // aufgeregt zu sein, …`, nor content after a relative clause that follows
                    // the main clause's verb: `Es gibt Stimmen, die ihm vorwerfen, … zu haben`.)
                    && (finite_word(text, &units[a], FINITE)
                        || subordinate_opening(text, units, plain_lo, r.start)
                            && verb_slot_word(text, &units[a])
                            && !(a..clause_end(units, a, b)).any(|k| zu_infinitive(text, units, k, b))
                            && !(r.start..plain_lo).any(|k| finite_word(text, &units[k], FINITE)))
                    && units[a].flags & (KONJ1 | KONJ2 | SOLL) == 0
                    && !konj1_form(&doc, text, a)
                    && !konjunktiv_third_person(units[a].text(text))
                    // (Unless that main clause has a verb of saying with content of its own,
                    // which this then holds: `Die Länder, die X gefordert hatten, haben sich bereit
                    // erklärt, …`.)
                    && !(a + 1..b).any(|i| {
                        units[i].flags & CUE != 0
                            && !units[i].cap
                            && !in_quote[i]
                            && (i + 1..b).any(|j| matches!(units[j].punct(), Some(',' | ':')))
                    })
                {
                    b = a;
                }
                // After a cue in a fronted adverbial clause, the content ends where the main
                // clause's finite verb follows a comma with its subject after it: `Während X
                // erklärte, die Lage sei ernst, räumte Y ein, …` (what follows is Y's).
                if has_clause && a < b && subordinate_opening(text, units, plain_lo, r.start) {
                    if let Some(k) = (a + 1..b.saturating_sub(2)).find(|&k| {
                        let v = &units[k + 1];
                        units[k].punct() == Some(',')
                            && !in_quote[k]
                            && (finite_word(text, v, FINITE) || v.flags & SEP_BASE != 0)
                            && v.flags & (KONJ1 | KONJ2 | SOLL) == 0
                            && !konj1_form(&doc, text, k + 1)
                            && !konjunktiv_third_person(v.text(text))
                            && units[k + 2].is_word()
                            && (units[k + 2].cap || units[k + 2].flags & (DET | PRONOUN) != 0)
                    }) {
                        b = trim_units(&doc, a, k).1;
                        main_clause = Some((si, k + 1..r.end));
                    }
                }
                // `Die Polizei bestätigte den Überfall, nannte aber keine Einzelheiten`: a
                // second predicate of the same subject after the comma (an indicative verb
                // and an adverb, no subject) is no content. The first clause is the summary
                // when its verb sums up, else there is nothing.
                let second_conjunct = has_clause
                    && a < b
                    && a == chi + 1
                    && units[chi].punct() == Some(',')
                    && finite_word(text, &units[a], FINITE)
                    && units[a].flags & (KONJ1 | KONJ2 | SOLL) == 0
                    && !konj1_form(&doc, text, a)
                    && !konjunktiv_third_person(units[a].text(text))
                    // (A second summary verb makes one summary of both, below; a second
                    // verb of saying with its own content clause holds that content:
                    // `begrüßte das Ziel, bezweifelte aber, dass …`.)
                    && (!summary_cue(&doc, text, a) || naming_verb(units[a].text(text)))
                    && !(a + 1..b).any(|k| {
                        units[k].punct() == Some(',')
                            && units.get(k + 1).is_some_and(|n| n.flags & COMP != 0)
                    })
                    && units.get(a + 1).is_some_and(|n| {
                        matches!(
                            n.text(text),
                            "aber"
                                | "jedoch"
                                | "allerdings"
                                | "zugleich"
                                | "gleichzeitig"
                                | "zudem"
                                | "außerdem"
                                | "dann"
                                | "später"
                                | "nicht"
                                | "auch"
                        )
                    });
                // `kündigte die Auflösung an, um den Weg zu Neuwahlen freizumachen`: a
                // purpose clause (`um`, `ohne`, `statt … zu`) closing the sentence is no
                // content either (nor `rief … an, um …`); the whole sentence is the
                // summary. (Not `ohne`, which may open the content: `empfahl ihm, ohne
                // Nachsicht vorzugehen`.)
                let purpose = has_clause
                    && a + 2 < b
                    && a == chi + 1
                    && units[chi].punct() == Some(',')
                    && matches!(units[a].text(text), "um" | "statt" | "anstatt")
                    && !units[a + 1].digit
                    && (a + 1..b).all(|i| units[i].punct() != Some(','))
                    && (a + 1..b).any(|i| {
                        units[i].text(text) == "zu"
                            && units.get(i + 1).is_some_and(|n| n.is_word() && !n.cap)
                            || zu_infinitive(text, units, i, b)
                    });
                // `Er spricht leise, aber bestimmt`: a contrast with no verb goes on with the
                // manner, no content. `Sie erzählte Geschichten für Kinder, ihr Roman „…“
                // wurde verfilmt`: after the verb's own object an indicative clause with its
                // subject is a statement of its own. (Not after an addressee, `sagte dem
                // Blatt, die Lage ist ernst`, nor in Konjunktiv.)
                // (Only with the subject before the verb: `Nein, fügt Ali hinzu, wir …` and
                // `Gar nichts, antwortet er, aber …` go on with the answer.)
                let no_content_after = has_clause
                    && a < b
                    && a == chi + 1
                    && c.verb > clo
                    && units[chi].punct() == Some(',')
                    && !in_quote[chi]
                    && (matches!(units[a].text(text), "aber" | "sondern" | "doch" | "jedoch")
                        && b <= a + 3
                        && !(a + 1..b).any(|k| {
                            finite_word(text, &units[k], FINITE)
                                || units[k].mark().is_some()
                                || zu_infinitive(text, units, k, b)
                        })
                        || {
                            let object = (c.verb + 1..chi).any(|k| {
                                units[k].cap
                                    && units[k].is_word()
                                    && !in_quote[k]
                                    && !matches!(units[k - 1].text(text), "dem" | "der" | "den")
                            }) && !matches!(
                                units[c.verb + 1].text(text),
                                "dem" | "der" | "den" | "ihm" | "ihr" | "ihnen" | "mir" | "uns"
                            );
                            object
                                && units[a].flags & (DET | PRONOUN) != 0
                                && !(a..b).any(|k| {
                                    units[k].flags & (KONJ1 | KONJ2 | SOLL | COMP) != 0
                                        || konj1_form(&doc, text, k)
                                        || zu_infinitive(text, units, k, b)
                                })
                                && (a + 1..b)
                                    .any(|k| !in_quote[k] && finite_word(text, &units[k], FINITE))
                        });
                let (a, b, has_clause) = if !(second_conjunct || purpose || no_content_after) {
                    (a, b, has_clause)
                } else if summary_cue(&doc, text, c.verb) {
                    let (x, y) = trim_units(&doc, r.start, if purpose { end } else { chi });
                    (x, y, false)
                } else {
                    (a, a, has_clause)
                };
                // A verb of saying or thinking itself in Konjunktiv I, with no content clause
                // (`Er glaube nicht an einen schnellen Frieden`): the sentence reports.
                // So does its participle after a Konjunktiv auxiliary (`Sie habe lange mit
                // Zeitzeugen gesprochen`).
                // `Als Zeugin sagte eine Nachbarin aus, die den Mann kennt`: a relative clause
                // right after the verb's clause describes a phrase of it and is no content;
                // content may follow it (`sagte der Zeitung, die …, er werde …`). (A summary
                // keeps its own reading below.)
                // (Only after a particle closing the verb's clause, and in the indicative:
                // a relative clause in Konjunktiv reports, `…, das ihn bewogen hätte`.)
                // (The clause's end found only once the cheap tests pass: this runs for every
                // sentence with a cue.)
                // (Asked only where needed: it looks at the verb's words.)
                let summary = || summary_cue(&doc, text, c.verb);
                let relative = (has_clause
                    && a == chi + 1
                    // (Or after the verb's phrase: `erinnerte an die Kampagne von 1998, mit
                    // der …`.)
                    && (c.second == Some(chi - 1) && !c.report && !summary()
                        || c.second.is_none()
                            && c.verb + 2 < chi
                            && units[chi - 1].is_word()
                            && (c.verb + 1..chi).any(|k| units[k].cap && !in_quote[k]))
                    // (`schlägt Regeln vor, die …`: what is proposed.)
                    && units[chi - 1].text(text) != "vor"
                    && (opens_relative_clause(&doc, text, a, b)
                        // (After a preposition: `…, mit der Schröder gewonnen hatte`.)
                        || a + 2 < b
                            && matches!(
                                units[a].text(text),
                                "mit" | "in" | "an" | "auf" | "bei" | "von" | "für" | "über"
                                    | "unter" | "aus" | "zu" | "durch" | "gegen" | "um" | "vor"
                                    | "zwischen"
                            )
                            && matches!(
                                units[a + 1].text(text),
                                "der" | "die" | "das" | "dem" | "den" | "denen"
                            ))
                    && !units[a].text(text).starts_with("welch")
                    && !finite_word(text, &units[a + 1], FINITE | KONJ1 | KONJ2 | SOLL))
                .then(|| clause_end(units, a + 1, b))
                // (Verb-final: a lower-case verb closes it, no `zu` infinitive; not an article
                // and its noun, `…, die anstehende Auszahlung auszusetzen`.)
                .filter(|&e| {
                    e > a + 2
                        && (verb_slot_word(text, &units[e - 1])
                            || finite_word(text, &units[e - 1], FINITE))
                        && !(a..e).any(|k| {
                            !units[k].cap && units[k].flags & (KONJ1 | KONJ2 | SOLL) != 0
                                || zu_infinitive(text, units, k, e)
                                || c.second.is_none() && konj1_verb(&doc, text, k)
                        })
                });
                // (After the verb's phrase, what follows the relative clause must be a clause
                // of its own, `…, die …, seien …`; else the sentence is a summary with its
                // object, `schätzt den Schaden, der …, auf zehn Millionen Euro`, `berichten
                // von zwei Toten, die …`.)
                let after_object = c.second.is_none() && relative.is_some();
                let clause_after = |e: usize| {
                    (e + 1..b).any(|k| {
                        units[k].flags & (COMP | KONJ1 | KONJ2 | SOLL) != 0
                            || finite_word(text, &units[k], FINITE)
                    })
                };
                // (After a summary's object the relative clause belongs to the summary: `Er
                // lobte die Kampagne, mit der X gewonnen hatte`.)
                // (Not a cue in the writer's aside: `handelt es sich wie erwähnt um …`.)
                let whole_summary = relative.is_some_and(|e| {
                    let object_report = c.report
                        || starts_with_any(
                            units[c.verb].text(text),
                            &[
                                "bericht", "schätz", "sprach", "sprech", "spricht", "meld", "warn",
                            ],
                        );
                    !(c.verb > 0 && units[c.verb - 1].text(text) == "wie")
                        && (summary()
                            || after_object
                                && object_report
                                && !(e + 2 < b && units[e].punct() == Some(',') && clause_after(e)))
                });
                let (a, b, has_clause) = match relative {
                    Some(_) if whole_summary => {
                        let (x, y) = trim_units(&doc, r.start, end);
                        (x, y, false)
                    }
                    Some(e)
                        if e + 2 < b
                            && units[e].punct() == Some(',')
                            && !in_quote[e]
                            && (!after_object || clause_after(e)) =>
                    {
                        (e + 1, b, has_clause)
                    }
                    Some(_) => (b, b, has_clause),
                    None => (a, b, has_clause),
                };
                let konj_cue = !has_clause
                    && !c.report
                    && (units[c.verb].flags & KONJ2 == 0 && konj1_form(&doc, text, c.verb)
                        || units[c.verb].flags & FINITE == 0
                            && c.second.is_none()
                            && (r.start..c.verb).any(|i| {
                                matches!(units[i].text(text), "habe" | "hätten" | "hätte")
                                    && !reports_nothing(&doc, text, i)
                            }));
                // Content that is only a quotation and its marks, however short, is that
                // quotation's, not a report (`antwortete der Minister: „Nein.“`), and so is
                // one that opens with a quotation after a colon (`schrieb: „…“, weiter hieß
                // es, …`). One with a quotation inside is both (`Er sagte, der Plan sei „ein
                // Fehler“`).
                let quoted_share = (a..b).filter(|&i| in_quote[i]).count() * 10;
                let after_colon = a > 0
                    && units[a - 1].punct() == Some(':')
                    && units.get(a).is_some_and(|u| u.mark().is_some())
                    && in_quote.get(a + 1) == Some(&true);
                // `zitierte X mit den Worten „…“`: the quotation is the wording the cue
                // introduces, so it is the report, and the sentence no summary besides.
                // (The mark first: most words have none after them.)
                let wording_quoted = any_quoted
                    && (a..b).any(|i| {
                        units.get(i + 1).is_some_and(|u| u.mark().is_some())
                            && !in_quote[i]
                            && in_quote.get(i + 2) == Some(&true)
                            && matches!(units[i].text(text), "Worten" | "Worte")
                    });
                if a < b
                    && !after_colon
                    && !wording_quoted
                    && !all_quoted(&doc, &in_quote, a, b)
                    && (has_clause || object_quoted || konj_cue || whole_summary || summary())
                    && !death_toll(&doc, text, c.verb, r.start, end)
                {
                    let seg_has = |f: u32| {
                        (a..b).any(|i| outside(i) && units[i].flags & f != 0 && !units[i].cap)
                    };
                    let quote_in = quoted_share > 0;
                    // (On bytes, the length first: this looks at every unit of the content.)
                    // (`zu` alone or inside a particle verb: `angekündigt, von seinem Amt
                    // zurückzutreten`.)
                    let zu_inf = || {
                        (a..b).any(|i| {
                            outside(i)
                                && (units[i].span.len() == 2
                                    && text.as_bytes().get(units[i].span.range()) == Some(b"zu")
                                    && i + 1 < b
                                    && units[i + 1].is_word()
                                    && !units[i + 1].cap
                                    || zu_infinitive(text, units, i, b))
                        })
                    };
                    // `Wie die FIFA bekannt gab, wird die WM …`: what follows the `wie`
                    // clause is what was said, whatever the verb.
                    let after_wie = has_clause
                        && units[r.start].span.len() == 3
                        && text.get(units[r.start].span.range()) == Some("Wie")
                        && c.verb < chi;
                    // A phrase after the object's comma with no verb goes on with the object:
                    // the sentence is the summary.
                    // So does a relative clause on the object of a summary verb, unless in
                    // Konjunktiv I (`kündigte ein Gesetz an, das die Verfahren verkürzen
                    // soll`: the announcement is the act, the clause describes the law).
                    let verbless = has_clause
                        && a == chi + 1
                        && !quote_in
                        && (verbless_phrase(&doc, text, a, b)
                            || opens_relative_clause(&doc, text, a, b)
                                && summary()
                                // (`das achtjährige Gymnasium`: an article before an
                                // adjective and its noun.)
                                && !(units[a + 1].is_word()
                                    && adjective_form(units[a + 1].text(text))
                                    && units.get(a + 2).is_some_and(|n| n.cap))
                                && !(a..b).any(|i| {
                                    !units[i].cap && units[i].flags & (KONJ1 | KONJ2) != 0
                                        || zu_infinitive(text, units, i, b)
                                }));
                    // (The free tests first.)
                    let indirect = !whole_summary && !verbless && konj_cue
                        || !verbless
                            && has_clause
                            && (quote_in
                                || !c.report
                                || after_wie
                                || seg_has(KONJ1 | KONJ2 | SOLL | COMP)
                                || zu_inf());
                    let kind = if indirect {
                        QuoteKind::Indirect
                    } else {
                        QuoteKind::Reported
                    };
                    // A summary's clause after its object's comma is no content when it is
                    // a relative clause on that object (`kritisiert den Verlauf der Wahl, die
                    // im Mai stattfand`: the sentence reports) or a clause of its own (`…
                    // bestreiten den Vorwurf, bleiben aber bei …`: the first clause reports).
                    // Without a summary verb, the sentence reports nothing (`Der Test soll
                    // wiederholt werden, wenn …`).
                    let (a, b) = if verbless {
                        trim_units(&doc, r.start, end)
                    } else if kind == QuoteKind::Reported && has_clause && a == chi + 1 {
                        // (A `wie` clause after the object compares, `kritisierte die
                        // Entscheidung, wie er es oft getan hatte`, `…, wie erwartet`: the
                        // sentence is the summary.)
                        let compares = units[a].text(text) == "wie"
                            && chi > c.verb + 1
                            && (c.verb + 1..chi).any(|k| units[k].cap || units[k].flags & DET != 0);
                        match clause_after_object(&doc, text, a, b).or(compares.then_some(true)) {
                            None => (a, b),
                            Some(_) if !summary() => (a, a),
                            Some(true) => trim_units(&doc, r.start, end),
                            // (Unless a second summary verb opens that clause: one summary
                            // of both, `begrüßten die Einigung, forderten aber …`.)
                            Some(false)
                                if units[a].is_word()
                                    && !units[a].cap
                                    && summary_cue(&doc, text, a)
                                    && cue_at(&doc, text, lex, a, end).is_some() =>
                            {
                                trim_units(&doc, r.start, end)
                            }
                            Some(false) => trim_units(&doc, r.start, chi),
                        }
                    } else {
                        (a, b)
                    };
                    if a < b {
                        let span = Span::new(units[a].span.start, units[b - 1].span.end);
                        out_units = Some((a, b));
                        out = Some(Item {
                            span,
                            kind,
                            // (The apposition after the speaker's comma names it: `der
                            // Verhandlungsführer der Arbeitgeber, Stefan Wolf`.)
                            speaker: speaker().map(|sp| {
                                if !apposition_after || sp.e != chi {
                                    return sp;
                                }
                                let name = (chi + 1..end)
                                    .take_while(|&i| units[i].is_word() && units[i].cap)
                                    .last();
                                match name {
                                    Some(n) if n > chi + 1 => Sp { s: sp.s, e: n + 1 },
                                    _ => sp,
                                }
                            }),
                            cue: Some(c),
                            group: None,
                            continuation: false,
                            impersonal: false,
                            sentence: si,
                        });
                    }
                }
            } else if let Some((a, b, sp)) = marker {
                // (Past a relative clause on the source right before the content.)
                let a = if sp.is_some_and(|(_, e)| e + 1 >= a) {
                    past_source_relative(&doc, text, &in_quote, a, end)
                } else {
                    a
                };
                // `Ein Flug wäre demnach vertretbar gewesen`: a `demnach` inside a sentence
                // continues the recent report, whose source it points to.
                let sp = sp.map(|(s, e)| {
                    if e == s + 1 && units[s].text(text) == "demnach" && s > r.start {
                        last_ind
                            .filter(|l| si.saturating_sub(l.sentence) <= 2 && l.paragraph == para)
                            .map_or((s, e), |l| (l.sp.s, l.sp.e))
                    } else {
                        (s, e)
                    }
                });
                // A source phrase inside the sentence (`Der Täter hatte nach Zeugenaussagen
                // die Tat geplant`) splits the report into two parts of one quotation.
                // So does `so X` between commas (`Die Einigung, so X, sei ein Signal`).
                let so_aside = |(s, e): (usize, usize)| {
                    let j = (s.saturating_sub(3).max(r.start + 1)..s).find(|&j| {
                        text.get(units[j].span.range()) == Some("so")
                            && matches!(units[j - 1].punct(), Some(',' | '–' | '—'))
                    })?;
                    let t = past_continuation(&doc, text, e, end);
                    // (What follows must go on with a verb of its own, not describe the
                    // source: `, so X, Leiter der Abteilung`, `, so X, die dort lebt`.)
                    let (x, y) = trim_units(&doc, t, end);
                    // (Also a Konjunktiv I the lexicon lacks opening what follows: `…, so X,
                    // erhöhe das Risiko`.)
                    let finite = |i: usize| {
                        !in_quote[i]
                            && !units[i].cap
                            && (units[i].flags & (FINITE | KONJ1 | KONJ2 | SOLL) != 0
                                || i == x && konj1_verb(&doc, text, i))
                    };
                    // (Or the clause before stops right after its verb, `Die Lage sei, so X,
                    // unter Kontrolle`: the rest is its predicate.)
                    let open_verb = j >= r.start + 3
                        && !in_quote[j - 2]
                        && finite_word(text, &units[j - 2], FINITE | KONJ1 | KONJ2 | SOLL);
                    // (Or the clause before holds the report's verb in Konjunktiv and what
                    // follows is no name, `Alles in allem sei es für alle, so X, möglich
                    // gewesen`.)
                    let konj_before = || {
                        konj_verb_in(&doc, &in_quote, r.start, j)
                            && !name_without_verb(units, text, x, y)
                            // (Not the main clause resuming with a past indicative after the
                            // report: `…, so X, bewirkte aber das Gegenteil`.)
                            && (units[x].cap || {
                                let v = units[x].text(text);
                                !v.ends_with("te") && !v.ends_with("ten")
                            })
                    };
                    let goes_on = x < y
                        && ((x..y).any(finite) || open_verb || konj_before())
                        && !opens_relative_clause(&doc, text, x, y);
                    (matches!(units.get(t)?.punct(), Some(',' | '–' | '—')) && goes_on)
                        .then_some((j, t))
                };
                let phrase = sp.and_then(|(s, e)| {
                    if let Some(x) = so_aside((s, e)) {
                        return Some(x);
                    }
                    let ps = (s.saturating_sub(3)..s).find(|&j| {
                        matches!(
                            text.get(units[j].span.range()),
                            Some("laut" | "nach" | "gemäß" | "gemäss" | "aus")
                        )
                    })?;
                    let pe = if text.get(units.get(e)?.span.range()) == Some("zufolge") {
                        e + 1
                    } else {
                        e
                    };
                    Some((ps, pe))
                });
                if let Some((ps, pe)) =
                    phrase.filter(|&(ps, pe)| a == r.start && ps > r.start + 1 && pe + 1 < end)
                {
                    // (A semicolon before the source phrase closes a clause of its own,
                    // `Die Veranstalter schätzten 2.000 Teilnehmer; nach Polizeiangaben waren
                    // es 1.000`: a report of its own when it has a verb of saying, else no
                    // part of this one.)
                    let own_before = |k: usize| {
                        let c =
                            find_cue(&doc, text, lex, r.start, k).filter(|c| !in_quote[c.verb])?;
                        Some((k, cue_speaker(&doc, text, &c, r.start, k)?, c))
                    };
                    let semi = (r.start + 1..ps)
                        .rev()
                        .find(|&k| units[k].punct() == Some(';') && !in_quote[k])
                        .and_then(own_before);
                    let (a1, b1) = trim_units(&doc, semi.map_or(r.start, |(k, _, _)| k + 1), ps);
                    let (mut a2, mut b2) = trim_units(&doc, pe, end);
                    // (`…, die Polizei spricht von 4.000`: see `second_report`.)
                    let second = (any & CUE != 0)
                        .then(|| second_report(&doc, text, &in_quote, a2, b2, true))
                        .flatten()
                        .filter(|&(k, _, _)| k >= a2)
                        .and_then(|(k, sp, c)| {
                            let (x, y) = trim_units(&doc, k + 1, b2);
                            let (a3, b3) = trim_units(&doc, a2, k);
                            (x < y && a3 < b3).then(|| {
                                (a2, b2) = (a3, b3);
                                (x, y, sp, c)
                            })
                        });
                    // (After a semicolon with a report of its own before it, the part after
                    // the source phrase alone: one quotation, no group.)
                    let both = [(a1, b1), (a2, b2)];
                    let parts = if semi.is_some() && a1 >= b1 {
                        &both[1..]
                    } else {
                        &both[..]
                    };
                    if parts.iter().all(|&(x, y)| x < y) {
                        // (The items beside it only when the split holds: else the general
                        // path below reports the whole content, and they would overlap it.)
                        if let Some((k, sp0, c0)) = semi {
                            let (x, y) = trim_units(&doc, r.start, k);
                            if x < y {
                                items.push(Item {
                                    span: Span::new(units[x].span.start, units[y - 1].span.end),
                                    kind: QuoteKind::Reported,
                                    speaker: Some(sp0),
                                    cue: Some(c0),
                                    group: None,
                                    continuation: false,
                                    impersonal: false,
                                    sentence: si,
                                });
                            }
                        }
                        if let Some((x, y, sp2, c2)) = second {
                            items.push(Item {
                                span: Span::new(units[x].span.start, units[y - 1].span.end),
                                kind: side_report_kind(units, &in_quote, x, y),
                                speaker: Some(sp2),
                                cue: Some(c2),
                                group: None,
                                continuation: false,
                                impersonal: false,
                                sentence: si,
                            });
                        }
                        let g = (parts.len() > 1).then(|| {
                            next_group += 1;
                            next_group - 1
                        });
                        for &(x, y) in parts {
                            items.push(Item {
                                span: Span::new(units[x].span.start, units[y - 1].span.end),
                                kind: QuoteKind::Indirect,
                                speaker: sp.map(|(s, e)| Sp { s, e }),
                                cue: None,
                                group: g,
                                continuation: false,
                                impersonal: false,
                                sentence: si,
                            });
                        }
                        note_report(
                            &mut last_ind,
                            &mut prev_report_sentence,
                            sp.map(|(s, e)| Sp { s, e }),
                            si,
                            para,
                        );
                        continue;
                    }
                }
                let (a, b) = trim_units(&doc, a, b);
                // `…, hieß es.` names no source: the report stays without a speaker.
                let impersonal = sp.is_none()
                    && heisst_es_in(&doc, text, r.start, end)
                        .is_some_and(|(h, _)| heisst_unnamed(&doc, text, r.start, end, h));
                // Content that is a direct quotation (`„…“ hieß es aus X`, `…, heißt es: „…“`)
                // is that quotation's, as after a verb of saying: no report, but the marker's
                // source is the quotation's speaker when it has none.
                // (The word test first: it fails on most contents at their first word.)
                let quotation = a < b
                    && all_quoted(&doc, &in_quote, a, b)
                    && colon_before_quoted_tail(&doc, &in_quote, a, b).is_none();
                if quotation {
                    let (s0, e0) = (units[a].span.start, units[b - 1].span.end);
                    let sp = sp.map(|(s, e)| Sp { s, e });
                    for it in items.iter_mut().filter(|it| {
                        it.kind == QuoteKind::Direct
                            && it.speaker.is_none()
                            && !it.impersonal
                            && s0 <= it.span.start
                            && it.span.end <= e0
                    }) {
                        it.speaker = sp;
                    }
                    note_report(&mut last_ind, &mut prev_report_sentence, sp, si, para);
                }
                // A second marker after a comma opens a report of its own (`Laut Polizei
                // blieb es friedlich, laut Veranstaltern kamen 5.000 Menschen`).
                let mut b = b;
                if a < b && !quotation && any & MARKER != 0 {
                    let second = (a + 2..b.saturating_sub(2))
                        .find(|&k| {
                            units[k].punct() == Some(',')
                                && !in_quote[k]
                                && matches!(units[k + 1].text(text), "laut" | "gemäß" | "gemäss")
                        })
                        .and_then(|k| {
                            let (a2, b2, np2) = report_marker(&doc, text, k + 1, end)?;
                            let (a2, b2) = trim_units(&doc, a2, b2);
                            (np2.is_some() && a2 > k + 1 && a2 < b2).then_some((k, a2, b2, np2))
                        });
                    if let Some((k, a2, b2, np2)) = second {
                        items.push(Item {
                            span: Span::new(units[a2].span.start, units[b2 - 1].span.end),
                            kind: QuoteKind::Indirect,
                            speaker: np2.map(|(s, e)| Sp { s, e }),
                            cue: None,
                            group: None,
                            continuation: false,
                            impersonal: false,
                            sentence: si,
                        });
                        b = trim_units(&doc, a, k).1;
                    }
                }
                if a < b && !quotation {
                    // (`…, die laut X …`: the pronoun is the first part of the quotation.)
                    let group = rel_pronoun.filter(|&o| o < a).map(|o| {
                        next_group += 1;
                        items.push(Item {
                            span: units[o].span,
                            kind: QuoteKind::Indirect,
                            speaker: sp.map(|(s, e)| Sp { s, e }),
                            cue: None,
                            group: Some(next_group - 1),
                            continuation: false,
                            impersonal,
                            sentence: si,
                        });
                        next_group - 1
                    });
                    out_units = Some((a, b));
                    out = Some(Item {
                        span: Span::new(units[a].span.start, units[b - 1].span.end),
                        kind: QuoteKind::Indirect,
                        speaker: sp.map(|(s, e)| Sp { s, e }),
                        cue: None,
                        group,
                        continuation: false,
                        impersonal,
                        sentence: si,
                    });
                }
            } else if !(
                // (Not the writer's own question: `Ob sie noch einmal reisen würde?`.)
                units[r.start].text(text) == "Ob" && units[r.end - 1].punct() == Some('?')
            ) && (konj1
                || (soll || konj2 && !only_estimate(&doc, text, &in_quote, r.start, end))
                    && prev_report_sentence.is_some_and(|p| si <= p + 1)
                // (Or in the first clause right after a quotation with its speaker: `„…“,
                // sagte X. Viele Städte müssten nun sparen.`, not `…, als hätte er …`.)
                || konj2
                    && dir_speakers[..ds_next]
                        .last()
                        .is_some_and(|&(ds, _)| ds + 1 == si)
                    && konjunktiv_main_clause(&doc, &in_quote, r.start, end))
            {
                // The speaker: the previous sentence's report, else its subject (`Der Iran
                // streitet dies ab. Sein Programm diene …`), else a recent report.
                let prev_subject = si
                    .checked_sub(1)
                    .filter(|_| prev_report_sentence != Some(si - 1))
                    .and_then(|j| doc.sentences.get(j))
                    .filter(|pr| para_of(pr.start) == para)
                    .and_then(|pr| {
                        // A verb of saying there names the speaker, also as the agent of a
                        // passive (`X wurde von Minister Y als unrealistisch bezeichnet`).
                        // (The first cue outside a quotation: `„Die Polizei wird Sie nie
                        // um Geld bitten“, sagte X.`)
                        let said = (pr.start..pr.end)
                            .filter(|&i| !in_quote[i])
                            .find_map(|i| cue_at(&doc, text, lex, i, pr.end))
                            .and_then(|c| cue_speaker(&doc, text, &c, pr.start, pr.end))
                            .map(|sp| (sp.s, sp.e, true));
                        // (In verb-second order: `Langfristig strebt das Unternehmen …`.)
                        // (`Im Bericht werden Beispiele aufgeführt. In vielen Fällen habe …`:
                        // the text named at the sentence start.)
                        said.or_else(|| {
                            opening_source_text(&doc, text, pr.start, pr.end)
                                .map(|(s, e)| (s, e, true))
                        })
                        .or_else(|| {
                            // (A view of one's own, the subject after the verb: `Anders sieht
                            // es Maria Kohl.` is the source of what follows.)
                            let w = |k: usize| units.get(k).map_or("", |x| x.text(text));
                            (matches!(w(pr.start), "Anders" | "Ähnlich" | "Genauso" | "Ebenso")
                                && matches!(w(pr.start + 1), "sieht" | "sehen" | "sah" | "sahen")
                                && matches!(w(pr.start + 2), "es" | "das" | "dies"))
                            .then(|| np_right_direct(&doc, text, pr.start + 3, pr.end))
                            .flatten()
                            .map(|(s, e)| (s, e, true))
                        })
                        .or_else(|| {
                            // (A reaction's source, `Kritik kam von X`, is said to speak.)
                            let reaction = reaction_source(&doc, text, pr.start, pr.end).is_some();
                            clause_subject(&doc, text, pr.start, pr.end)
                                .filter(|&(s, _)| !in_quote[s])
                                .map(|(s, e)| (s, e, reaction))
                        })
                    });
                let recent = last_ind.filter(|l| {
                    si.saturating_sub(l.sentence) <= 3 && para.saturating_sub(l.paragraph) <= 1
                });
                let prev_ctx = prev_subject.map(|(s, e, _)| Last {
                    sp: Sp { s, e },
                    sentence: si - 1,
                    paragraph: para,
                });
                // A previous subject that can speak (a person, a role, a named entity)
                // before the last report's speaker; a mere topic (`Die Proteste`, `Der
                // Umsatz`) never: without a recent report the sentence names no source.
                // A sentence whose main clause is not in Konjunktiv names its own source
                // (`Vertreter der Verbände erwarten keine Entscheidung, weil … hätten`).
                // (Up to the first quotation: `Der Airbus sei erst „…“ zu Boden gebracht
                // worden` reports in Konjunktiv before its quotation.)
                let own = (!konjunktiv_main_clause(
                    &doc,
                    &in_quote,
                    r.start,
                    next_mark(&doc, r.start, end),
                ))
                .then(|| clause_subject(&doc, text, r.start, end))
                .flatten()
                .filter(|&(s, e)| {
                    plausible_speaker(&doc, text, s, e)
                        && source_like(&doc, text, Sp { s, e }, mentions)
                })
                .map(|(s, e)| Last {
                    sp: Sp { s, e },
                    sentence: si,
                    paragraph: para,
                });
                // `22 Prozent teilen die Meinung, die Ordnung sei …`: an attitude in the
                // first clause, whose subject holds the view, whoever it is.
                // (Only a comma after the attitude's words is looked at first.)
                let attitude = own
                    .is_none()
                    .then(|| {
                        let k = (r.start + 2..end).find(|&k| {
                            units[k].punct() == Some(',')
                                && !in_quote[k]
                                && attitude_before(&doc, text, k)
                        })?;
                        if report_after_first_clause(&doc, text, &in_quote, r.start, end)
                            != Some(k + 1)
                        {
                            return None;
                        }
                        // (As for a `dass` clause after an attitude, below.)
                        np_right_direct(&doc, text, r.start, k)
                            .filter(|&(s, _)| {
                                s == r.start
                                    && (units[s].digit || units[s].flags & DET != 0)
                                    && units[s].flags & (PREP | FUNC) == 0
                            })
                            .or_else(|| clause_subject(&doc, text, r.start, k))
                            .filter(|&(s, e)| {
                                // (A word alone only when it names people: `Experten
                                // teilen die Ansicht, …`, not an adverb, `Nebstdem`.)
                                (e > s + 1
                                    || people_plural(units[s].text(text))
                                    || source_like(&doc, text, Sp { s, e }, mentions))
                                    && attitude_holder(&doc, text, s, e)
                            })
                    })
                    .flatten()
                    .map(|(s, e)| Last {
                        sp: Sp { s, e },
                        sentence: si,
                        paragraph: para,
                    });
                let ctx = match prev_ctx {
                    _ if own.is_some() => own,
                    _ if attitude.is_some() => attitude,
                    Some(l)
                        if prev_subject.is_some_and(|x| x.2)
                            || source_like(&doc, text, l.sp, mentions) =>
                    {
                        Some(l)
                    }
                    _ => recent,
                }
                // (With none before it, the speaker of a quotation that follows in this
                // sentence or the next of the paragraph: `Er werde nicht zurücktreten. „…“,
                // sagte X.`)
                .or_else(|| {
                    dir_speakers[ds_next..]
                        .first()
                        .filter(|&&(ds, sp)| ds <= si + 1 && para_of(sp.s) == para)
                        .map(|&(ds, sp)| Last {
                            sp,
                            sentence: ds,
                            paragraph: para,
                        })
                });
                if konj1 || ctx.is_some() {
                    let (mut a, b) = trim_units(&doc, r.start, end);
                    if let Some(k) = report_after_first_clause(&doc, text, &in_quote, a, b) {
                        a = k;
                    }
                    if a < b {
                        out = Some(Item {
                            span: Span::new(units[a].span.start, units[b - 1].span.end),
                            kind: QuoteKind::Indirect,
                            speaker: ctx.map(|l| l.sp),
                            cue: None,
                            group: None,
                            continuation: true,
                            impersonal: false,
                            sentence: si,
                        });
                    }
                }
            }
            // (`wonach` is a COMP, `nach`, `laut`, `gemäß` and `zufolge` are MARKERs,
            // `während` a PREP.)
            if let Some(it) = out.as_mut().filter(|_| any & (COMP | MARKER | PREP) != 0) {
                // `…, wonach …`, `…, nach denen …`: the relative clause names the source.
                // (The item lies in this sentence: search its units only.)
                let us = &units[r.clone()];
                let a = r.start + us.partition_point(|u| u.span.end <= it.span.start);
                let b = r.start + us.partition_point(|u| u.span.start < it.span.end);
                if let Some(sp) = contrast_subject(&doc, text, a, b) {
                    it.speaker = Some(sp);
                } else if let Some((sp, from)) =
                    relative_source(&doc, text, &in_quote, r.start, a, b)
                {
                    // (The content starts after the relative phrase, as Wikinews annotates it.)
                    if let Some(f) = units.get(from).filter(|f| f.span.start < it.span.end) {
                        it.span.start = f.span.start;
                    }
                    it.speaker = Some(sp);
                }
            }
            // A second source reporting side by side in a main clause of its own (`…, die
            // Polizei spricht von 4.000`): that clause is a report of its own, cut off the
            // first.
            let mut first_part: Option<Item> = None;
            // (Not when the content was moved past a relative phrase of source.)
            if let Some((it, (a, b))) = out.as_mut().zip(out_units).filter(|(it, (a, b))| {
                !it.continuation
                    && units[*a].span.start == it.span.start
                    && units[*b - 1].span.end == it.span.end
            }) {
                // (After a verb of saying only a clause that opens the content: `X sprach
                // von 5.000, die Polizei schätzte 3.000`.)
                // (Cheap tests first: a marker sentence with a verb of saying outside the
                // quotations, a content after a comma.)
                let whole = it.cue.is_none() && marker.is_some() && any & CUE != 0;
                let after_comma = a > r.start && matches!(units[a - 1].punct(), Some(',' | ';'));
                if let Some((k, sp, c)) = (whole || after_comma)
                    .then(|| second_report(&doc, text, &in_quote, a, b, whole))
                    .flatten()
                {
                    let (x1, y1) = trim_units(&doc, if k < a { r.start } else { a }, k);
                    let (x2, y2) = trim_units(&doc, k + 1, b);
                    if x1 < y1 && x2 < y2 {
                        let first = Item {
                            span: Span::new(units[x1].span.start, units[y1 - 1].span.end),
                            // (The clause before holds the cue when the content started at
                            // the punctuation: it is the summary of its own report.)
                            kind: if k < a { QuoteKind::Reported } else { it.kind },
                            ..*it
                        };
                        it.span = Span::new(units[x2].span.start, units[y2 - 1].span.end);
                        it.kind = side_report_kind(units, &in_quote, x2, y2);
                        it.speaker = Some(sp);
                        it.cue = Some(c);
                        it.group = None;
                        it.impersonal = false;
                        first_part = Some(first);
                    }
                }
            }
            if let Some(first) = first_part {
                note_report(
                    &mut last_ind,
                    &mut prev_report_sentence,
                    first.speaker,
                    si,
                    para,
                );
                items.push(first);
            }
            // A colon and a quotation running to the content's end (`Er glaubt, dass …: „…“`,
            // `Weiter sagte X: „…“`): the quotation is a direct item of its own, the report
            // ends before the colon, and there is none when only the attribution is left.
            if let Some(it) = out.as_mut() {
                let a = first_unit_from(&doc, it.span.start, it.sentence);
                let b = units.partition_point(|u| u.span.start < it.span.end);
                if let Some(k) = colon_before_quoted_tail(&doc, &in_quote, a, b) {
                    let (x, y) = trim_units(&doc, a, k);
                    // (Nor when the quotation is most of it: what is left before the colon
                    // is then an apposition or an object, `sagte X, Gründer der Band: „…“`.)
                    let quoted = (a..b).filter(|&i| in_quote[i]).count();
                    if x < y
                        && quoted * 10 < (b - a) * 6
                        && !it.cue.is_some_and(|c| (x..y).contains(&c.verb))
                    {
                        it.span = Span::new(units[x].span.start, units[y - 1].span.end);
                    } else {
                        out = None;
                    }
                }
            }
            if let Some(mut it) = out {
                // (Only asked for a report still without a speaker: the test is not cheap.)
                let impersonal = it.speaker.is_none()
                    && !it.continuation
                    && (it.impersonal
                        || it.cue.is_some_and(|c| {
                            agentless_passive(&doc, text, &c, r.start, r.end)
                                && !reported_passive(&doc, &in_quote, r.start, r.end, c.verb)
                        }));
                if it.speaker.is_none() && !it.continuation && !impersonal {
                    // The sentence's own subject before the content (`Die Zeitung „X“
                    // berichtet, dass …`) before any speaker carried over from context.
                    let a = first_unit_from(&doc, it.span.start, it.sentence);
                    it.speaker = own_subject(&doc, text, r.start, a).map(|(s, e)| Sp { s, e });
                }
                if it.speaker.is_none()
                    && !it.continuation
                    && !impersonal
                    && it.kind != QuoteKind::Reported
                {
                    it.speaker = last_ind
                        .filter(|l| si.saturating_sub(l.sentence) <= 2)
                        .map(|l| l.sp);
                }
                note_report(
                    &mut last_ind,
                    &mut prev_report_sentence,
                    it.speaker,
                    si,
                    para,
                );
                // Merge a continuation into the directly preceding continuation.
                if it.continuation {
                    if let Some(prev) = items.last_mut() {
                        if prev.continuation
                            && prev.sentence + 1 == si
                            && prev.speaker == it.speaker
                        {
                            prev.span.end = it.span.end;
                            prev.sentence = si;
                            continue;
                        }
                    }
                }
                items.push(it);
            }
            if let Some((sp, (a, b))) = nested.filter(|&(_, (a, b))| a < b) {
                items.push(Item {
                    span: Span::new(units[a].span.start, units[b - 1].span.end),
                    kind: QuoteKind::Indirect,
                    speaker: Some(sp),
                    cue: None,
                    group: None,
                    continuation: false,
                    impersonal: false,
                    sentence: si,
                });
            }
        }

        // 3. Speakers left open: news names almost every quoted source, so a quotation
        // without an attribution of its own takes the subject of its sentence (the part
        // before the quotation), else the speaker of the quotation just before it in the
        // same paragraph, else the subject of the previous sentence.
        items.sort_by_key(|it| (it.span.start, it.span.end));
        embedded_quotes_take_the_report_speaker(&mut items);
        let mut prev_sp: Option<(Sp, usize, usize)> = None;
        for it in items.iter_mut() {
            let a = first_unit_from(&doc, it.span.start, it.sentence);
            if a >= units.len() {
                continue;
            }
            let si = doc.sentence_of(a);
            let para = para_of(a);
            // (Only asked for a quotation still without a speaker: the test is not cheap.)
            let impersonal = || {
                it.cue.is_some_and(|c| {
                    let r = doc.sentences[doc.sentence_of(c.verb)].clone();
                    agentless_passive(&doc, text, &c, r.start, r.end)
                        && !reported_passive(&doc, &in_quote, r.start, r.end, c.verb)
                })
            };
            if it.speaker.is_none() && !it.impersonal && !impersonal() {
                let lo = doc.sentences[si].start;
                // (Not in a sentence that reports in Konjunktiv before the quotation: its
                // subject is part of what was said.)
                // (A direct quotation's content starts after its opening mark.)
                let before = if it.kind == QuoteKind::Direct {
                    a.saturating_sub(1).max(lo)
                } else {
                    a
                };
                let reported = konjunktiv_main_clause(&doc, &in_quote, lo, before);
                let own = own_subject(&doc, text, lo, a).filter(|_| !reported);
                let from_prev = prev_sp
                    .filter(|&(_, ps, pp)| pp == para && si <= ps + 2)
                    .map(|(sp, _, _)| (sp.s, sp.e));
                let prev_subject = || {
                    let pr = doc.sentences.get(si.checked_sub(1)?)?;
                    if para_of(pr.start) != para {
                        return None;
                    }
                    // (Only a subject that can speak: `Die neue Brücke wurde eröffnet.`
                    // names no source for the sentence after it.)
                    clause_subject(&doc, text, pr.start, pr.end)
                        .filter(|&(s, e)| plausible_speaker(&doc, text, s, e))
                        .filter(|&(s, e)| source_like(&doc, text, Sp { s, e }, mentions))
                };
                it.speaker = own
                    .or(from_prev)
                    .or_else(prev_subject)
                    .map(|(s, e)| Sp { s, e });
            }
            if let Some(sp) = it.speaker {
                prev_sp = Some((sp, si, para));
            }
        }

        // A summary that ends before its verb with words between them (`Zuvor hatten
        // mehrere Sunniten, darunter X[, die Ernennung … abgelehnt]`), or inside a
        // parenthesis (`Angela Merkel (CDU`), is a piece of the clause cut at its
        // punctuation, not what was said: left out. (`…, warnte die Botschaft` has only the
        // comma between.)
        items.retain(|it| !(it.kind == QuoteKind::Reported && cut_summary(&doc, text, it)));
        // A report that takes in an interview turn's label (`Bösch: Ein Newsgame ist …`)
        // read the label as part of the answer's sentence: it is not what was said.
        if !turns.is_empty() {
            items.retain(|it| {
                it.kind == QuoteKind::Direct
                    || !turns.iter().any(|t| {
                        let l = units[t.label.0].span.start;
                        it.span.start <= l && l < it.span.end
                    })
            });
        }
        // A report whose content lies inside its own speaker (`Die Präsidentin des Gerichts,
        // Anna Roth, äußerte sich zurückhaltend`: the apposition's comma read as the end of
        // a content) reports nothing, unless its verb summarises a speech act (`Der
        // Vorsitzende, X, warf der SPD eine Fehlentwicklung vor`): then the sentence is a
        // summary, as the general path reports one.
        items.retain_mut(|it| {
            let inside = it.kind != QuoteKind::Direct
                && it.speaker.is_some_and(|sp| {
                    units
                        .get(sp.s)
                        .zip(units.get(sp.e.wrapping_sub(1)))
                        .is_some_and(|(a, b)| {
                            a.span.start <= it.span.start && it.span.end <= b.span.end
                        })
                });
            if !inside {
                return true;
            }
            let summary = it
                .cue
                .is_some_and(|c| c.report || summary_cue(&doc, text, c.verb));
            let Some(r) = doc.sentences.get(it.sentence).filter(|_| summary) else {
                return false;
            };
            let (x, y) = trim_units(&doc, r.start, r.end);
            if x >= y {
                return false;
            }
            it.span = Span::new(units[x].span.start, units[y - 1].span.end);
            it.kind = QuoteKind::Reported;
            it.group = None;
            true
        });

        // A report that is a whole sentence ends with the sentence's `.`, `!` or `?`, as a
        // direct quotation holds its own; a clause's report stops before it.
        for it in items.iter_mut().filter(|it| it.kind != QuoteKind::Direct) {
            if let Some(end) = sentence_close(&doc, text, it) {
                it.span.end = end;
            }
        }

        // A list after a colon (`verlangt unter anderem:⏎- …⏎- …`): a report whose content
        // is the first item takes in every item after it with the same bullet.
        // And a `was` clause after a noun closing the clause of a verb that takes no
        // question (`kritisierte er die Rolle von X in der Debatte, was eine Reaktion zur
        // Folge hat`, `bedauerte X die Entwicklung, was ein Wahnsinn ist`) comments on that
        // clause: it is no content. (One pass over the items for both.)
        items.retain_mut(|it| {
            if it.kind == QuoteKind::Direct {
                return true;
            }
            it.span = past_list_items(&doc, text, it.span);
            !comment_clause(&doc, text, it)
        });

        // A report in the first person inside an interview's answer (`Ohne Entlastung wird
        // es schwierig, und das sage ich nicht zum ersten Mal.`) is the answer's own words
        // again, which the answer already gives its speaker. (Answers carry no marks, so
        // the reports inside them are found; inside marks they are not looked for.)
        let first_person = |it: &Item| {
            it.kind != QuoteKind::Direct
                && it.speaker.is_some_and(|sp| {
                    sp.e == sp.s + 1
                        && matches!(units[sp.s].text(text), "ich" | "Ich" | "wir" | "Wir")
                })
        };
        if items.iter().any(first_person) {
            let answers: Vec<Span> = items
                .iter()
                .filter(|it| it.kind == QuoteKind::Direct)
                .map(|it| it.span)
                .collect();
            items.retain(|it| !(first_person(it) && answers.iter().any(|&a| within(it.span, a))));
        }

        // A quotation running on over a paragraph break without the mark that reopens each
        // paragraph (`„… hinhalten.⏎⏎Unsere Mitglieder … durchsetzen.“`) is a multi-paragraph
        // quotation as any other: one part per paragraph, in one group.
        // (Most items span no paragraph break: the byte test first.)
        for k in 0..items.len() {
            let it = &items[k];
            if it.kind != QuoteKind::Direct
                || !text
                    .get(it.span.range())
                    .is_some_and(|t| t.contains("\n\n"))
            {
                continue;
            }
            let (a, b) = (it.span.start, it.span.end);
            let starts: Vec<usize> = doc
                .paragraphs
                .iter()
                .filter_map(|r| units.get(r.start))
                .map(|x| x.span.start)
                .filter(|&p| a < p && p < b)
                .collect();
            if starts.is_empty() {
                continue;
            }
            let g = it.group.unwrap_or_else(|| {
                next_group += 1;
                next_group - 1
            });
            let first = *it;
            let mut from = a;
            for (n, &p) in starts.iter().chain(std::iter::once(&b)).enumerate() {
                // (A part ends with its paragraph's last unit, not the blank lines after it.)
                let end = if p == b {
                    b
                } else {
                    units[..first_unit_at(units, p)]
                        .last()
                        .map_or(p, |x| x.span.end)
                        .max(from)
                };
                let part = Item {
                    span: Span::new(from, end),
                    group: Some(g),
                    sentence: doc.sentence_of(first_unit_at(units, from)),
                    ..first
                };
                if n == 0 {
                    items[k] = part;
                } else {
                    items.push(part);
                }
                from = p;
            }
        }

        // 4. Output: speakers resolved against mentions, sorted by position.
        // (Sorted first, so that a pronoun or `demnach` can look back at earlier reports.)
        items.sort_by_key(|it| (it.span.start, it.span.end));
        let quotes = out;
        quotes.reserve(items.len());
        let mut back = Back {
            doc: &doc,
            text,
            in_quote: &in_quote,
            earlier: cleared(&mut spare.earlier),
        };
        for it in items.drain(..) {
            let speaker = it.speaker.map(|sp| {
                // The phrase that spoke a quotation just before resolves as it did there (a
                // continued report keeps the `er` of its first sentence).
                let again = back
                    .earlier
                    .iter()
                    .rev()
                    .take(8)
                    .position(|e| *e == Some(sp));
                if let Some(s) = again
                    .and_then(|k| quotes.len().checked_sub(k + 1))
                    .and_then(|i| quotes.get(i)?.speaker.clone())
                {
                    return s;
                }
                // (Only for a speaker right after its verb after the quotation, `…, sagte
                // er`: a clause before a summary's verb may name its subject, `Obwohl bei
                // dem Täter …, bestritt er`.)
                // (Or right after `so` closing the report: `…, so der FDP-Vorsitzende`.)
                let after_so = sp.s > 0 && units[sp.s - 1].text(text) == "so";
                let own = if it.kind != QuoteKind::Reported
                    && (it.cue.is_some_and(|c| c.verb + 1 == sp.s) || after_so)
                    && it.span.end <= units[sp.s].span.start
                {
                    it.span
                } else {
                    Span::new(0, 0)
                };
                // (`Angaben der Polizei`: the source inside the noun of statement resolves.)
                let whole = sp;
                let sp = statement_source(&doc, text, sp).unwrap_or(sp);
                let sp = name_before_apposition(&doc, text, sp).unwrap_or(sp);
                let mut s = resolve(&doc, text, sp, mentions, own, &in_quote);
                // A pronoun's mention must be near, and `sie sagten` names no one person.
                if s.mention.is_some()
                    && back.pronoun_too_far_or_plural(
                        sp,
                        it.cue.as_ref().map(|c| c.verb),
                        s.resolved,
                        own,
                    )
                {
                    s.mention = None;
                    s.resolved = None;
                }
                if s.mention.is_none() && s.resolved.is_none() {
                    let verb = it.cue.as_ref().map(|c| c.verb);
                    if let Some((m, r)) = back.resolve(sp, verb, own, quotes) {
                        s.mention = m;
                        s.resolved = Some(r);
                    }
                }
                // (A pronoun's antecedent that is itself a role or profession noun goes on
                // to the person that noun names: `Kapitän X traf. Der Stürmer jubelte. Er
                // sagte, …` is X.)
                if let Some(r) = s.resolved.filter(|_| {
                    s.mention.is_none() && sp.e == sp.s + 1 && units[sp.s].flags & PRONOUN != 0
                }) {
                    // (A part in the event, `Der Zeuge`, names someone new: `resolve` leaves
                    // it unresolved, as it does any office or relation.)
                    let (a, b) = (first_unit_at(units, r.start), first_unit_at(units, r.end));
                    if b == a + 2
                        && a < sp.s
                        && matches!(units[a].text(text), "Der" | "der" | "Die" | "die")
                    {
                        let inner =
                            resolve(&doc, text, Sp { s: a, e: b }, mentions, own, &in_quote);
                        if inner.resolved.is_some() {
                            s.mention = inner.mention;
                            s.resolved = inner.resolved;
                        }
                    }
                }
                // `das Unternehmen` after `Siemens`, `Sie verlangt` after `Die IG Metall
                // protestiert`: an organisation named just before.
                if s.mention.is_none() && s.resolved.is_none() {
                    let verb = it.cue.as_ref().map(|c| c.verb);
                    let plural = back.plural_sie(sp, verb);
                    if let Some(m) = org_antecedent(&doc, text, sp, mentions, plural) {
                        s.mention = Some(m.index);
                        s.resolved = Some(m.span);
                    } else if !plural {
                        // `Die Polizei war vor Ort. Sie teilte mit, …`: an authority named
                        // by its noun, opening one of the two sentences before.
                        s.resolved = authority_antecedent(&doc, text, sp);
                    }
                }
                // `Die Firma beschäftigt nach eigenen Angaben 300 Menschen`: the phrase, as
                // written, stands for the subject of its clause, as a pronoun does.
                if s.mention.is_none() && s.resolved.is_none() {
                    if let Some(subj) = own_phrase_subject(&doc, text, sp) {
                        let mut inner = resolve(&doc, text, subj, mentions, own, &in_quote);
                        if inner.mention.is_none() && inner.resolved.is_none() {
                            if let Some((m, r)) = back.resolve(subj, None, own, quotes) {
                                inner.mention = m;
                                inner.resolved = Some(r);
                            }
                        }
                        s.mention = inner.mention;
                        s.resolved = inner.resolved.or(Some(inner.span));
                    }
                }
                // (A short parenthesis right after it belongs to the mention as written:
                // `die Deutsche Presse-Agentur (dpa)`, `Christian Wulff (CDU)`.)
                let pronoun = whole.e == whole.s + 1 && units[whole.s].flags & PRONOUN != 0;
                let apart = |c: usize| {
                    units[c].span.end <= it.span.start || units[whole.s].span.start >= it.span.end
                };
                let e = paren_after(text, units, &in_quote, whole.e)
                    .filter(|&c| !pronoun && apart(c))
                    .map_or(whole.e, |c| c + 1);
                // (So does `vom X` after a name, the body the person speaks for: `Günter
                // Metzges vom Online-Netzwerk Campact`.)
                let e = vom_body(&doc, text, &in_quote, whole.s, e)
                    .filter(|&c| apart(c - 1))
                    .unwrap_or(e);
                // `der Polizei`, `dem Finanzministerium`: an institution named by its noun
                // alone stands for itself, without its article, when nothing else names it.
                if s.mention.is_none() && s.resolved.is_none() {
                    s.resolved = institution_noun(&doc, text, sp);
                }
                // A headline's role (`Arsenal-Trainer verwundert: „…“`) is the person the
                // article then names with it (`London – Arsenal-Trainer Arsene Wenger hat …`).
                if s.mention.is_none() && s.resolved.is_none() {
                    if let Some((a, b)) = headline_role_named_later(&doc, text, sp) {
                        let span = Span::new(units[a].span.start, units[b - 1].span.end);
                        s.mention = mentions
                            .iter()
                            .find(|m| m.span == span && m.kind == MentionKind::Person)
                            .map(|m| m.index);
                        s.resolved = Some(span);
                    }
                }
                s.span = Span::new(units[whole.s].span.start, units[e - 1].span.end);
                s
            });
            back.earlier.push(it.speaker);
            quotes.push(Quote {
                span: it.span,
                kind: it.kind,
                speaker,
                cue: match it.cue {
                    Some(c) => {
                        let mut spans = cue_spans.pop().unwrap_or_else(|| Vec::with_capacity(2));
                        cue_spans_into(&doc, text, &in_quote, &c, &mut spans);
                        Some(Cue { spans })
                    }
                    None if !it.continuation => {
                        marker_cue(&doc, text, &in_quote, it.speaker, it.sentence).map(|(a, b)| {
                            let mut spans =
                                cue_spans.pop().unwrap_or_else(|| Vec::with_capacity(2));
                            push_cue_words(units, a, b, &mut spans);
                            Cue { spans }
                        })
                    }
                    None => None,
                },
                group: it.group,
            });
        }
        let earlier = back.earlier;
        // A huge document's buffers are not kept (as `Pooled` does with the units).
        if in_quote.capacity() <= 1 << 17 {
            SPARE.with(|s| {
                s.set(Some(Spare {
                    pairs,
                    need,
                    slots,
                    kept,
                    keep_first,
                    items,
                    in_quote,
                    group_of_pair,
                    direct_items,
                    dir_speakers,
                    earlier,
                    cue_spans,
                }))
            });
        }
    }
}

/// The spans of cue `c`, with the `es` of `heißt es` in one span with its verb, as the
/// marker `heißt es` is written. (Nothing else joins the verb of saying: not auxiliaries, a
/// clause's `wie` or a reflexive `sich`, which RW and SpkAtt leave out of their cues, and
/// Wikinews only in part.)
fn cue_spans_into(doc: &Doc, text: &str, in_quote: &[bool], c: &CueHit, spans: &mut Vec<Span>) {
    let u = &doc.units;
    let v = c.verb;
    let es = |j: usize| j < u.len() && !in_quote[j] && u[j].text(text) == "es";
    if c.second.is_none() && (heisst_form(u[v].text(text)) || u[v].text(text) == "heißen") {
        if es(v + 1) {
            return push_cue_words(u, v, Some(v + 1), spans);
        }
        if v > 0 && es(v - 1) {
            return push_cue_words(u, v - 1, Some(v), spans);
        }
    }
    c.spans_into(u, spans);
}

/// Pushes the cue words `a` and `b` (after `a`, if any): one span when they stand next to
/// each other (`heißt es`), else one each (`es aus X hieß`).
fn push_cue_words(u: &[Unit], a: usize, b: Option<usize>, spans: &mut Vec<Span>) {
    match b {
        Some(b) if b == a + 1 => spans.push(Span::new(u[a].span.start, u[b].span.end)),
        _ => {
            spans.push(u[a].span);
            spans.extend(b.map(|b| u[b].span));
        }
    }
}

/// The word that marks a report without a verb of saying, as its cue (units, in text
/// order): `laut`, `gemäß`, `nach` or `so` just before its source `sp`, `zufolge` just
/// after it, or else `heißt es` or `demnach` in its sentence `si`.
fn marker_cue(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    sp: Option<Sp>,
    si: usize,
) -> Option<(usize, Option<usize>)> {
    let u = &doc.units;
    let r = doc.sentences.get(si)?.clone();
    let w = |j: usize| u[j].text(text);
    let here = |j: usize| r.contains(&j) && !in_quote[j];
    if let Some(sp) = sp.filter(|sp| here(sp.s)) {
        // (Past `etwa`, `von` or an article: `so etwa von der Umwelthilfe`.)
        let before = (sp.s.saturating_sub(3).max(r.start)..sp.s)
            .rev()
            .find(|&j| {
                matches!(
                    w(j),
                    "laut"
                        | "Laut"
                        | "gemäß"
                        | "gemäss"
                        | "Gemäß"
                        | "Gemäss"
                        | "nach"
                        | "Nach"
                        | "so"
                        | "So"
                )
            });
        if let Some(j) = before.filter(|&j| here(j)) {
            return Some((j, None));
        }
        let e = past_parenthesis(u, sp.e, r.end);
        if e < r.end && matches!(w(e), "zufolge" | "Zufolge") {
            return Some((e, None));
        }
    }
    for j in r.clone().filter(|&j| !in_quote[j]) {
        // (`heißt es`, `es heißt`, `hatte es geheißen`, `wie es aus X hieß`.)
        if let Some(k) = heisst_es(doc, text, r.start, r.end, j) {
            return Some((k.min(j), Some(k.max(j))));
        }
        if matches!(w(j), "demnach" | "Demnach") {
            return Some((j, None));
        }
    }
    None
}

/// The holder of the view in `Für X ist die Sache klar: „…“` / `Für X steht fest: …`:
/// the phrase after a sentence-opening `Für`, when a form of `sein` or `stehen` follows it
/// and a word of certainty comes before the colon at unit `colon`.
fn fuer_holder(doc: &Doc, text: &str, lo: usize, colon: usize) -> Option<(usize, usize)> {
    let u = &doc.units;
    if u.get(lo)?.text(text) != "Für" {
        return None;
    }
    let (s, e) = np_right_direct(doc, text, lo + 1, colon).filter(|&(s, _)| s == lo + 1)?;
    let verb = matches!(
        u.get(e)?.text(text),
        "ist" | "sind" | "war" | "steht" | "stand"
    );
    let certain = (e + 1..colon).any(|i| {
        matches!(
            u[i].text(text),
            "klar"
                | "fest"
                | "eindeutig"
                | "sicher"
                | "ausgemacht"
                | "unstrittig"
                | "offensichtlich"
        )
    });
    (verb && certain).then_some((s, e))
}

/// The end of the `.`, `!` or `?` that closes the sentence of a report which opens its
/// sentence (or follows a colon) and runs to that punctuation, closing marks aside
/// (`Kämen sie dem nicht nach, so „schütze sie Gott“.`); `None` for any other report.
fn sentence_close(doc: &Doc, text: &str, it: &Item) -> Option<usize> {
    let u = &doc.units;
    // (Most reports follow a comma or a word on their line: no sentence opens there, and
    // no search for the first unit is needed.)
    let before = text.get(..it.span.start)?.trim_end_matches([' ', '\t']);
    if before.ends_with(|c: char| c == ',' || c.is_alphanumeric()) {
        return None;
    }
    let a = first_unit_from(doc, it.span.start, it.sentence);
    let r = doc.sentences.get(*doc.sent_of.get(a)? as usize)?;
    let opens =
        trim_units(doc, r.start, r.end).0 == a || a > r.start && u[a - 1].punct() == Some(':');
    if !opens {
        return None;
    }
    let mut k = u.partition_point(|x| x.span.end <= it.span.end);
    while u.get(k).is_some_and(|x| x.mark().is_some()) {
        k += 1;
    }
    // Only a stop written onto the last word or mark: tokenized text (`… krank .`) writes
    // it apart, as a token of the sentence rather than of the report.
    let close = u.get(k).filter(|x| {
        matches!(x.punct(), Some('.' | '!' | '?')) && k > 0 && x.span.start == u[k - 1].span.end
    })?;
    let end = doc.sentences.get(*doc.sent_of.get(k)? as usize)?.end;
    (u[k + 1..end].iter().all(|x| x.mark().is_some())).then_some(close.span.end)
}

/// The first unit ending after byte `start` (`units.partition_point(|u| u.span.end <=
/// start)`), searched in sentence `hint` when the answer must lie there (as for most
/// items: their sentence holds their start), else in all units.
fn first_unit_from(doc: &Doc, start: usize, hint: usize) -> usize {
    let units = &doc.units;
    let before = |u: &Unit| u.span.end <= start;
    match doc.sentences.get(hint).filter(|r| {
        r.start <= r.end
            && r.end <= units.len()
            && (r.start == 0 || units.get(r.start - 1).is_some_and(before))
            && units.get(r.end).is_none_or(|u| !before(u))
    }) {
        Some(r) => r.start + units[r.clone()].partition_point(before),
        None => units.partition_point(before),
    }
}

/// At most this many spare cue span vectors are kept per thread.
const CUE_SPANS_KEPT: usize = 256;

/// A partial quotation inside a report (`erklärte X, dass das Blatt in einer „…“ stecke`,
/// `beschrieb X die Mönche als „…“ und „…“`) with no attribution of its own (its speaker
/// came from context) belongs to the report: it takes the report's speaker, also that of a
/// report without a verb of saying (a continuation, an attitude's holder). `items` are
/// sorted by start; the report is looked for among the few items around the quotation.
fn embedded_quotes_take_the_report_speaker(items: &mut [Item]) {
    const NEAR: usize = 6;
    for k in 0..items.len() {
        let it = &items[k];
        if it.kind != QuoteKind::Direct || it.cue.is_some() || it.group.is_some() {
            continue;
        }
        let (span, sentence) = (it.span, it.sentence);
        let report = items[k.saturating_sub(NEAR)..(k + NEAR + 1).min(items.len())]
            .iter()
            .find(|o| {
                o.kind != QuoteKind::Direct
                    && o.sentence == sentence
                    // (Or a report whose speaker holds the view of its first clause:
                    // `22 Prozent teilen die Meinung, X sei „…“`.)
                    && (o.cue.is_some() || o.continuation && o.speaker.is_some())
                    && o.span.start <= span.start
                    && o.span.end >= span.end
            })
            .and_then(|o| o.speaker);
        if let Some(sp) = report {
            items[k].speaker = Some(sp);
        }
    }
}

/// The written source of a quotation in `lo..hi` (its sentence) with no verb of saying: a
/// quotation that stands somewhere (`Auf dem Transparent war die Parole „…“ zu lesen`,
/// `Darauf waren die Worte zu lesen: „…“`, `In einem Schreiben war von einem „…“ die Rede`,
/// `In der Zeitung fand sich die Feststellung „…“`, `In dem Entwurf steht der Passus: „…“`).
/// Returns the word that makes it a text (`lesen`, `Rede`, `fand`, `steht`) and the place:
/// the phrase after the first `in`/`auf`/`an` before the quotation (opening at `open`,
/// closing at `close`), or a pronominal `Darauf`/`Darin` opening the sentence. `steht`
/// and `stand` need a place that names a text (`Entwurf`, `Brief`, `Plakat`): `Die Regierung
/// steht in der Kritik` names none.
fn written_source(
    doc: &Doc,
    text: &str,
    lo: usize,
    hi: usize,
    open: usize,
    close: usize,
) -> Option<(usize, (usize, usize))> {
    const TEXTS: &[&str] = &[
        "entwurf",
        "bericht",
        "brief",
        "schreiben",
        "erklärung",
        "vertrag",
        "papier",
        "text",
        "gesetz",
        "antrag",
        "mitteilung",
        "protokoll",
        "dokument",
        "zeitung",
        "artikel",
        "plakat",
        "transparent",
        "schild",
        "banner",
        "spruchband",
        "zettel",
        "homepage",
        "seite",
        "website",
        "flugblatt",
        "aufruf",
        "resolution",
        "beschluss",
        "urteil",
        "studie",
        "programm",
        "stellungnahme",
        "meldung",
        "buch",
        "fassung",
        "tafel",
    ];
    let u = &doc.units;
    let hi = hi.min(u.len());
    let w = |i: usize| u[i].text(text);
    let outside = |i: usize| i < open || i > close;
    let trigger = (lo..hi)
        .filter(|&i| outside(i) && u[i].is_word())
        .find_map(|i| {
            let strict = match w(i) {
                "lesen" if i > lo && w(i - 1) == "zu" => false,
                "Rede" if i > lo && w(i - 1) == "die" => false,
                "fand" | "findet" if i + 1 < hi && w(i + 1) == "sich" => false,
                "steht" | "stand" | "stehen" | "standen" => true,
                _ => return None,
            };
            Some((i, strict))
        });
    let (t, strict) = trigger?;
    let first = w(lo);
    if matches!(first, "Darauf" | "Darin") && lo + 1 < open {
        return Some((t, (lo, lo + 1)));
    }
    let j = (lo..open.min(hi)).find(|&j| {
        matches!(
            w(j),
            "in" | "In" | "im" | "Im" | "auf" | "Auf" | "an" | "An" | "am" | "Am"
        )
    })?;
    let (s, e) = np_right_direct(doc, text, j + 1, open)?;
    let names_text = (s..e).any(|k| {
        u[k].cap
            && TEXTS.iter().any(|x| {
                let lw = w(k);
                lw.len() >= x.len()
                    && lw
                        .get(lw.len() - x.len()..)
                        .is_some_and(|end| end.eq_ignore_ascii_case(x))
            })
    });
    (!strict || names_text).then_some((t, (s, e)))
}

/// The per-document buffers of [`QuoteDetector::detect`], kept per thread for the next
/// document.
#[derive(Default)]
struct Spare {
    pairs: Vec<Pair>,
    need: Vec<bool>,
    slots: Vec<Option<Option<(usize, u32)>>>,
    kept: Vec<Pair>,
    keep_first: Vec<bool>,
    items: Vec<Item>,
    in_quote: Vec<bool>,
    group_of_pair: Vec<Option<u32>>,
    direct_items: Vec<usize>,
    dir_speakers: Vec<(usize, Sp)>,
    /// [`Back::earlier`].
    earlier: Vec<Option<Sp>>,
    /// Cue span vectors of the caller's previous quotations, empty, for the next ones.
    cue_spans: Vec<Vec<Span>>,
}

thread_local! {
    static SPARE: Cell<Option<Spare>> = const { Cell::new(None) };
}

/// `buf`'s allocation, empty.
fn cleared<T>(buf: &mut Vec<T>) -> Vec<T> {
    let mut v = std::mem::take(buf);
    v.clear();
    v
}

/// `buf`'s allocation, cleared and filled with `n` copies of `x`.
fn filled<T: Clone>(buf: &mut Vec<T>, n: usize, x: T) -> Vec<T> {
    let mut v = std::mem::take(buf);
    v.clear();
    v.resize(n, x);
    v
}

/// Whether the clause opening at `clo` after a colon has words of its own before its verb
/// at `v` (`16.45 Uhr: Söder forderte …`): what stands before the colon is a label, not the
/// verb's content. Not after an anaphor, which points back at it (`…: Das erklärte X`).
fn labelled_clause(doc: &Doc, text: &str, clo: usize, v: usize) -> bool {
    let u = &doc.units;
    clo > 0
        && v > clo
        && u[clo - 1].punct() == Some(':')
        && !matches!(u[clo].text(text), "Das" | "Dies" | "Dieses" | "So")
}

/// The name of a signature line right after the quotation closing at `close` (a letter to
/// the editor or a reader's comment: `„…“⏎Herbert Mayr, Neutraubling`): two or three
/// capitalised words, a comma and one to three more (the place) filling a line of their own.
fn signature_after(doc: &Doc, text: &str, close: usize) -> Option<(usize, usize)> {
    let u = &doc.units;
    // (Past a stop after the mark: `„…“.`)
    let mut k = close + 1;
    while k < u.len() && matches!(u[k].punct(), Some('.' | '!' | '?')) && !doc.line_start(text, k) {
        k += 1;
    }
    if k >= u.len() || !doc.line_start(text, k) {
        return None;
    }
    let name_word = |i: usize| {
        u.get(i).is_some_and(|x| {
            x.is_word() && x.cap && !x.digit && x.flags & (DET | PREP | FUNC | PRONOUN) == 0
        })
    };
    let c = (k + 2..(k + 4).min(u.len())).find(|&i| u[i].punct() == Some(','))?;
    if !(k..c).all(name_word) {
        return None;
    }
    let end =
        (c + 1..(c + 5).min(u.len() + 1)).find(|&i| i == u.len() || doc.line_start(text, i))?;
    (end > c + 1 && (c + 1..end).all(|i| u[i].is_word() && u[i].cap)).then_some((k, c))
}

/// A labelled turn before it is judged: (label, content, asks).
type Labelled = ((usize, usize), (usize, usize), bool);

/// One turn of an interview printed as questions and answers: the label's units before
/// its colon, the content's units after it, the speaker (the label, or for `Antwort:` the
/// person the questions address) and whether it is the interviewer's.
struct Turn {
    label: (usize, usize),
    content: (usize, usize),
    speaker: Option<(usize, usize)>,
    asks: bool,
}

/// The label opening the sentence `p` (`SPIEGEL:`, `Brüggemann:`, `ZEIT ONLINE:`,
/// `profil:`, `Frage:`): one to three words before a colon, with no digit (`14.32 Uhr:`),
/// and content after it. Not a caption's or a link's (`Foto:`, `Lesen Sie auch:`).
fn turn_label(doc: &Doc, text: &str, p: &std::ops::Range<usize>) -> Option<(usize, usize)> {
    const NOT: &[&str] = &[
        "Foto",
        "Fotos",
        "Bild",
        "Bilder",
        "Quelle",
        "Quellen",
        "Video",
        "Audio",
        "Grafik",
        "Hinweis",
        "Anmerkung",
        "Update",
        "Korrektur",
        "Info",
        "Infos",
        "Interview",
        "Text",
        "Kontakt",
        "Tipp",
        "Fazit",
        "Achtung",
        "Stand",
        "Wichtig",
        "Lesen",
        "Mehr",
        "Auch",
        "Zur",
        "Rückfragen",
        "Titel",
        "Ort",
        "Zeit",
        "Termin",
        "Preis",
        "Eintritt",
    ];
    let u = &doc.units;
    let colon = (p.start + 1..(p.start + 4).min(p.end)).find(|&k| u[k].punct() == Some(':'))?;
    // (A name's words are capitalised but for its particles: `Das heißt also:` is none.)
    let words_ok = (p.start..colon).all(|k| {
        u[k].is_word()
            && !u[k].digit
            && (u[k].cap
                || colon == p.start + 1
                || matches!(
                    u[k].text(text),
                    "von" | "van" | "de" | "der" | "zu" | "di" | "da"
                ))
    }) && (u[p.start].cap || colon == p.start + 1);
    (words_ok && colon + 2 < p.end && !NOT.contains(&u[p.start].text(text)))
        .then_some((p.start, colon))
}

/// The turns of an interview printed as questions and answers, if the document is one: at
/// least two labels that each open two or more turns, one of them the interviewer's
/// (`Frage`, else the label whose turns ask most, by their question marks). Empty for any
/// other document (most: fewer than four labelled sentences).
fn interview_turns(doc: &Doc, text: &str) -> Vec<Turn> {
    let u = &doc.units;
    let label_text = |(s, e): (usize, usize)| &text[u[s].span.start..u[e - 1].span.end];
    // (A sentence that opens with a label, four times at least: else no interview, and no
    // more work. The sentences are few; neither the text nor the units are searched.)
    let labels_of = || {
        doc.sentences
            .iter()
            .filter_map(|r| turn_label(doc, text, r))
    };
    if labels_of().nth(1).is_none() {
        return Vec::new();
    }
    // A turn opens a sentence with its label (one per line, or run on in one paragraph as
    // some sites flatten them: `STANDARD: …? Zeidler: Ich hoffe. …`) and goes on to the
    // next turn or the end of its line.
    let starts: Vec<(usize, usize)> = labels_of().collect();
    let turns: Vec<Labelled> = starts
        .iter()
        .enumerate()
        .map(|(n, &l)| {
            let next = starts.get(n + 1).map_or(u.len(), |x| x.0);
            let end = doc.line_end(text, l.1 + 1, next);
            let c = (l.1 + 1, end);
            let asks = (c.0..c.1).any(|k| u[k].punct() == Some('?'));
            (l, c, asks)
        })
        .collect();
    // Each label's text, its turns and its asking turns.
    let mut labels: Vec<(&str, usize, usize)> = Vec::new();
    for &(l, _, asks) in &turns {
        let t = label_text(l);
        match labels.iter_mut().find(|x| x.0 == t) {
            Some(x) => {
                x.1 += 1;
                x.2 += usize::from(asks);
            }
            None => labels.push((t, 1, usize::from(asks))),
        }
    }
    if starts.len() < 4 || labels.iter().filter(|x| x.1 >= 2).nth(1).is_none() {
        return answers_to_plain_questions(doc, text, &turns, &labels, label_text);
    }
    let interviewer = labels
        .iter()
        .find(|x| matches!(x.0, "Frage" | "F"))
        .or_else(|| {
            labels
                .iter()
                .filter(|x| x.1 >= 2)
                .max_by_key(|x| (x.2 * 100 / x.1, x.1))
        })
        .filter(|x| x.2 * 2 >= x.1)
        .map(|x| x.0);
    let Some(interviewer) = interviewer else {
        return Vec::new();
    };
    // The one the questions address (`Herr Kuhnle, …`, `Frau Brüggemann, …`): the speaker
    // of the answers that name no one.
    let addressed = turns
        .iter()
        .filter(|t| label_text(t.0) == interviewer)
        .find_map(|&(_, (a, b), _)| {
            (a..b.saturating_sub(1)).find_map(|k| {
                (matches!(u[k].text(text), "Herr" | "Frau") && u[k + 1].is_word() && u[k + 1].cap)
                    .then_some((k + 1, k + 2))
            })
        });
    turns
        .into_iter()
        .map(|(l, c, _)| {
            let asks = label_text(l) == interviewer;
            let speaker = if asks {
                None
            } else if matches!(label_text(l), "Antwort" | "A") {
                addressed
            } else {
                Some(l)
            };
            Turn {
                label: l,
                content: c,
                speaker,
                asks,
            }
        })
        .collect()
}

/// An interview whose questions carry no label, each answer the interviewee's (`Herr
/// Weber, wie geht es der Stadt?⏎⏎Weber: Gut. …`, or on the next line): one label opening
/// two lines or more, each right after a line that ends with a question. Its turns are
/// that person's answers, and nothing else is a turn.
fn answers_to_plain_questions<'t>(
    doc: &Doc,
    text: &str,
    turns: &[Labelled],
    labels: &[(&'t str, usize, usize)],
    label_text: impl Fn((usize, usize)) -> &'t str,
) -> Vec<Turn> {
    let u = &doc.units;
    // (The label of a person: no interviewer's label, and it asks in few of its turns.)
    let Some(&(who, _, _)) = labels
        .iter()
        .filter(|x| x.1 >= 2 && x.2 * 2 < x.1 && !matches!(x.0, "Frage" | "F" | "Antwort" | "A"))
        .max_by_key(|x| x.1)
    else {
        return Vec::new();
    };
    let answers: Vec<Turn> = turns
        .iter()
        .filter(|t| label_text(t.0) == who)
        .map(|&(l, c, _)| Turn {
            label: l,
            content: c,
            speaker: Some(l),
            asks: false,
        })
        .collect();
    // (Every answer opens its line, in a paragraph of its own or on the line after the
    // question, after a question closing the line before.)
    let after_question = |l: (usize, usize)| {
        l.0 > 0
            && doc.line_start(text, l.0)
            && (0..l.0)
                .rev()
                .find(|&k| u[k].mark().is_none())
                .is_some_and(|k| u[k].punct() == Some('?'))
    };
    if answers.len() >= 2 && answers.iter().all(|t| after_question(t.label)) {
        answers
    } else {
        Vec::new()
    }
}

/// A quotation standing alone as its sentence (`open` starts sentence `sent`) after a
/// sentence in the same paragraph that opens with a person and quotes nothing: that person
/// speaks (`Der Bruder des Papstes, Georg Ratzinger, war eingeweiht. „Mein Bruder …“`), not
/// whoever spoke before. A sentence in Konjunktiv is itself reported content and names no
/// one here.
fn person_before_quote(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    sent: usize,
    open: usize,
) -> Option<(usize, usize)> {
    if doc.sentences.get(sent)?.start != open {
        return None;
    }
    let prev = doc.sentences.get(sent.checked_sub(1)?)?.clone();
    let (pp, qp) = (
        doc.paragraphs.partition_point(|r| r.end <= prev.start),
        doc.paragraphs.partition_point(|r| r.end <= open),
    );
    // (Or the last sentence of the paragraph before, when it introduces what follows:
    // `Die Richterin fand deutliche Worte.⏎⏎„…“`.)
    let introduces = || {
        doc.units[prev.clone()].iter().any(|u| {
            matches!(
                u.text(text),
                "Worte" | "Worten" | "reagierte" | "reagiert" | "Klartext" | "Fazit"
            )
        })
    };
    if !(pp == qp || pp + 1 == qp && introduces())
        || doc.units[prev.clone()].iter().any(|u| u.mark().is_some())
        || konjunktiv_main_clause(doc, in_quote, prev.start, prev.end)
    {
        return None;
    }
    // (Or a person by a noun with its article or possessive: `Sein Nachbar schüttelt den
    // Kopf. „…“`, `Die Bäuerin lacht. „…“`.)
    let noun_person = |s: usize, e: usize| {
        let u = &doc.units;
        e > s + 1
            && (doc.full_flags(s) & DET != 0 || possessor_gender(u[s].text(text)).is_some())
            && u[e - 1].cap
            && person_noun(u[e - 1].text(text)).is_some()
    };
    clause_subject(doc, text, prev.start, prev.end).filter(|&(s, e)| {
        s == prev.start
            && (person_like(doc, text, s, e)
                || surname_of_earlier(doc, text, s, e)
                || noun_person(s, e))
    })
}

/// A quotation opening its paragraph, before anyone in the document is quoted, after a
/// paragraph that quotes nothing and whose first (else last) sentence opens with a person
/// (`Lena Dürr hat den Slalom gewonnen. …⏎⏎„Ich hatte nichts zu verlieren.“`): that person
/// speaks.
fn paragraph_person(doc: &Doc, text: &str, sent: usize, open: usize) -> Option<(usize, usize)> {
    if doc.sentences.get(sent)?.start != open {
        return None;
    }
    let qp = doc.paragraphs.partition_point(|r| r.end <= open);
    if doc.paragraphs.get(qp)?.start != open {
        return None;
    }
    let prev = doc.paragraphs.get(qp.checked_sub(1)?)?.clone();
    if doc.units[prev.clone()].iter().any(|u| u.mark().is_some()) {
        return None;
    }
    // (A name, with its title: two capitalised words and no article, which an institution
    // would have, `Die Polizei sperrte …`.) (The sentence may be hidden: its full flags.)
    let named = |si: usize| {
        let r = doc.sentences.get(si)?.clone();
        let name = |s: usize, e: usize| {
            e >= s + 2
                && doc.full_flags(s) & DET == 0
                // (Two titles joined: `Gründerin und Chefin Lea Brandt`.)
                && doc.units[s..e]
                    .iter()
                    .all(|u| u.cap || !u.is_word() || u.text(text) == "und")
                && person_like(doc, text, s, e)
        };
        clause_subject(doc, text, r.start, r.end)
            .filter(|&(s, e)| s == r.start && name(s, e))
            .or_else(|| {
                // (Or right after the verb, past a fronted time or place: `Seit 28 Jahren
                // arbeitet Gisela Amrhein als Hebamme.`)
                let u = &doc.units;
                let v =
                    (r.start + 1..r.end).find(|&k| u[k].is_word() && !u[k].cap && !u[k].digit)?;
                let e = cap_run_end(u, v + 1, r.end);
                (doc.full_flags(r.start) & PREP != 0
                    && doc.full_flags(v) & (DET | PREP | FUNC | PRONOUN | COMP) == 0
                    && name(v + 1, e))
                .then_some((v + 1, e))
            })
    };
    // The paragraph's first sentence, else its last, right before the quotation (`Das
    // Fintech X hat … eingesammelt. … Chefin Lea Brandt will expandieren.⏎⏎„…“`).
    let (first, last) = (
        doc.sentence_of(prev.start),
        doc.sentence_of(prev.end.saturating_sub(1)),
    );
    named(first).or_else(|| (last > first).then(|| named(last)).flatten())
}

/// The speaker after the finite verb when the field before it holds the verb's object, in a
/// clause introducing a quotation with a colon (`Jegliche Mitverantwortung weist Hartmann
/// von sich:`, `Scharfe Kritik übte die Opposition:`, `Diese Einschätzung teilt auch die
/// Ministerin:`). The field must be an abstract noun that speaks for no one (a stance, a
/// reproach, a view: by its ending or its word), without a masculine nominative article,
/// and the phrase after the verb must name a person or an institution; `Die Bahn kritisierte
/// die Gewerkschaft:` keeps its subject. `f` is the field's phrase, `hi` the colon.
fn fronted_object_speaker(
    doc: &Doc,
    text: &str,
    mentions: &[Mention<'_>],
    f: Sp,
    hi: usize,
) -> Option<Sp> {
    const ABSTRACT_ENDS: &[&str] = &[
        "ung", "heit", "keit", "ion", "tät", "nis", "ik", "ismus", "weise", "sicht",
    ];
    const ABSTRACT: &[&str] = &[
        "Worte",
        "Vorwurf",
        "Vorwürfe",
        "Lob",
        "Dank",
        "Sorge",
        "Sorgen",
        "Zweifel",
        "Bedenken",
        "Verständnis",
        "Freude",
        "Ärger",
        "Unmut",
        "Skepsis",
        "Optimismus",
        "Eindruck",
        "Ansatz",
        "Standpunkt",
        "Schuld",
        "Verantwortung",
        "Mitschuld",
        "Glückwünsche",
        "Rat",
    ];
    let u = &doc.units;
    let v = f.e;
    if v >= hi || !u[v].is_word() || u[v].cap || f.e <= f.s {
        return None;
    }
    let w = |i: usize| u[i].text(text);
    let first = w(f.s);
    if u[f.s].flags & PRONOUN != 0
        || matches!(
            first,
            "Der" | "Ein" | "Dieser" | "Kein" | "Jeder" | "Welcher"
        )
        || crate::attrib::copula_or_passive(w(v))
    {
        return None;
    }
    // The field's head: its first capitalised word past article and adjectives.
    let head = (f.s..f.e).find(|&i| {
        u[i].is_word()
            && u[i].cap
            && u[i].flags & (DET | PRONOUN | FUNC) == 0
            && !{
                // (An adjective opening the sentence: `Scharfe Kritik`.)
                i == f.s && i + 1 < f.e && u[i + 1].is_word() && u[i + 1].cap
            }
    })?;
    let h = w(head);
    // (A name in the field is a speaker: `Anna Jung kritisiert die Regierung:`; two
    // capitalised words are one only when the gazetteer says so, for `Scharfe Kritik`
    // reads as a first and last name to `person_like`.)
    let (fs, fe) = (u[f.s].span.start, u[f.e - 1].span.end);
    if !(ABSTRACT.contains(&h) || ABSTRACT_ENDS.iter().any(|x| h.ends_with(x)))
        || mentions
            .iter()
            .any(|m| m.kind == MentionKind::Person && m.span.start < fe && m.span.end > fs)
        || (f.s..f.e).any(|i| crate::attrib::role_like(text, &u[i]))
        // (Two capitalised words are a name unless the first has an adjective's ending:
        // `Markus Hartung lobte …`, but `Scharfe Kritik übte …`.)
        || person_like(doc, text, f.s, f.e) && !(u[f.s].flags & DET == 0 && {
            let a = w(f.s);
            a.ends_with('e') || a.ends_with("en")
        })
        // (Texts speak: `Die Erklärung nennt …`, `Die Zeitung zitiert …`.)
        || crate::attrib::medium_noun(h)
        || ["erklärung", "mitteilung", "stellungnahme", "meldung", "untersuchung", "ermittlung"]
            .iter()
            .any(|x| crate::attrib::ends_ci(h, x))
        || u[head].flags & ROLE_NOUN != 0
        || institution_noun(doc, text, Sp { s: head, e: head + 1 }).is_some()
    {
        return None;
    }
    let mut r = v + 1;
    while r < hi
        && u[r].is_word()
        && !u[r].cap
        && matches!(
            w(r),
            "sich"
                | "auch"
                | "nun"
                | "jetzt"
                | "jedoch"
                | "dagegen"
                | "allerdings"
                | "ebenfalls"
                | "indes"
                | "freilich"
                | "übrigens"
                | "umgehend"
                | "prompt"
                | "dann"
                | "aber"
        )
    {
        r += 1;
    }
    let (s, e) = np_right(doc, text, r, hi).filter(|&(s, _)| s == r)?;
    if u[s].flags & DET != 0 && !crate::attrib::nominative_det(w(s)) || u[s].flags & PREP != 0 {
        return None;
    }
    let sp = Sp { s, e };
    let (bs, be) = (u[s].span.start, u[e - 1].span.end);
    let named = mentions.iter().any(|m| {
        m.kind == MentionKind::Person && m.span.start >= bs && m.span.end <= be
            || m.kind == MentionKind::Organisation && m.span.start == bs && m.span.end == be
    });
    (named
        || person_like(doc, text, s, e)
        || surname_of_earlier(doc, text, s, e)
        || institution_noun(doc, text, sp).is_some()
        || e == s + 2
            && matches!(
                w(s + 1),
                "Opposition" | "Koalition" | "Fraktion" | "Gewerkschaft" | "Partei"
            ))
    .then_some(sp)
}

/// Whether the verb of saying at `v` is indicative with its subject right after it
/// (`, sagte Müller`, `, sagte er`, `sagte der Minister`): an attribution in verb-second
/// order, not a report's own verb.
fn indicative_before_subject(doc: &Doc, text: &str, v: usize) -> bool {
    let units = &doc.units;
    units[v].flags & (KONJ1 | KONJ2 | SOLL) == 0
        && !konjunktiv_third_person(units[v].text(text))
        && units.get(v + 1).is_some_and(|n| {
            n.is_word() && (n.cap || n.flags & (DET | PRONOUN) != 0) && n.flags & (PREP | COMP) == 0
        })
}

/// Whether `s..e` is one capitalised word that ended a name of two capitalised words earlier
/// in the document (`Hausmann` after `Julia Hausmann`): a person's surname standing alone.
fn surname_of_earlier(doc: &Doc, text: &str, s: usize, e: usize) -> bool {
    let u = &doc.units;
    if e != s + 1 || !u[s].cap || u[s].flags & (DET | PRONOUN | FUNC) != 0 {
        return false;
    }
    let w = u[s].text(text);
    (1..s).any(|i| {
        u[i].cap
            && u[i].text(text) == w
            && u[i - 1].is_word()
            && u[i - 1].cap
            && u[i - 1].flags & (DET | PREP | FUNC) == 0
    })
}

/// The subject that a source phrase pointing to itself stands for (`nach eigenen Angaben`,
/// `seinen Angaben zufolge`, `nach eigenem Bekunden`): the subject of the clause around it,
/// when that is not the phrase itself.
fn own_phrase_subject(doc: &Doc, text: &str, sp: Sp) -> Option<Sp> {
    let u = &doc.units;
    if sp.e != sp.s + 2 || sp.e > u.len() {
        return None;
    }
    let w = u[sp.s].text(text);
    if !(w.starts_with("eigen") || matches!(w, "seinen" | "ihren" | "seinem" | "ihrem")) {
        return None;
    }
    let r = doc.sentences[doc.sentence_of(sp.s)].clone();
    let (s, e) = clause_subject(doc, text, r.start, r.end)?;
    // A possessive points to its possessor: the subject before it (`Die Firma beschäftigt
    // nach ihren Angaben …`) or a pronoun of its gender after it (`Nach seinen Angaben
    // hat er …`), not another subject after it (`Nach seinen Angaben wurden drei Menschen
    // verletzt`).
    if !w.starts_with("eigen") && s >= sp.e {
        let fits = matches!(
            (possessor_gender(w), u[s].text(text)),
            (Some(Gender::Male), "er") | (Some(Gender::Female), "sie")
        );
        if !(fits && e == s + 1) {
            return None;
        }
    }
    // (Not the phrase, nor a phrase holding it, nor a subject that only points further.)
    (e <= sp.s || s >= sp.e)
        .then_some(Sp { s, e })
        .filter(|x| !u[x.s].text(text).starts_with("eigen"))
}

/// Whether the verb at `v` opens a second predicate of the sentence's subject after a comma
/// (`X nannte die Daten „vielversprechend“, warnte aber vor zu hohen Erwartungen`): what
/// stands before it is no content of its, as in an inverted attribution (`…, sagte X`).
fn second_predicate(doc: &Doc, text: &str, v: usize) -> bool {
    let u = &doc.units;
    v > 0
        && u[v - 1].punct() == Some(',')
        && u.get(v + 1)
            .is_some_and(|n| CONTRAST.contains(&n.text(text)))
}

/// Conjunctions opening a time clause (`als`, `nachdem`): after an inverted attribution such
/// a clause tells when it was said, no content.
const TIME_OPENERS: &[&str] = &["als", "nachdem", "während", "bevor", "sobald"];

/// The adverbs after a verb that mark it as the subject's second predicate (`…, warnte aber
/// vor …`, `…, bleiben jedoch bei …`).
const CONTRAST: &[&str] = &["aber", "jedoch", "allerdings"];

/// A clause at `a..b` after the comma that ends a summary's object, when it is no content:
/// `Some(true)` for a relative or adverbial clause on the sentence (`, die am 21. Mai
/// stattfand`, `, weil sie nicht einverstanden waren`), `Some(false)` for a main clause of
/// its own (`, bleiben aber bei …`, `, dies war der dritte Unfall`, `, aber …`), `None` for
/// anything else (`, die Regierung verschleiere …`, `, dass …`).
fn clause_after_object(doc: &Doc, text: &str, a: usize, b: usize) -> Option<bool> {
    const ADVERBIAL: &[&str] = &[
        "weil", "da", "wenn", "wobei", "obwohl", "nachdem", "während", "bevor", "bis", "als",
        "sodass", "damit", "falls", "zumal", "indem", "seit",
    ];
    const COORD: &[&str] = &[
        "aber",
        "doch",
        "und",
        "denn",
        "jedoch",
        "sondern",
        "allerdings",
    ];
    let u = &doc.units;
    if a + 1 >= b {
        return None;
    }
    let w = u[a].text(text);
    if opens_relative_clause(doc, text, a, b) || ADVERBIAL.contains(&w) {
        // (A reason in Konjunktiv is the speaker's: `…, da er jeder Grundlage entbehre`;
        // the verb closes the clause.)
        // (A condition is the summary's, whatever its mood: `kündigte Warnstreiks an, falls
        // der Vorstand kein Angebot vorlege`.)
        if matches!(w, "falls" | "wenn" | "sofern") {
            return Some(true);
        }
        let last = u[b - 1];
        let konj = last.is_word()
            && !last.cap
            && (last.flags & (KONJ1 | KONJ2) != 0 || konjunktiv_third_person(last.text(text)));
        return (!konj).then_some(true);
    }
    // (`, bleiben aber bei …`: a lower-case word before `aber` is the verb of a second
    // predicate, whether the lexicon knows it or not.)
    if COORD.contains(&w) || u[a].is_word() && !u[a].cap && CONTRAST.contains(&u[a + 1].text(text))
    {
        return Some(false);
    }
    // A finite indicative verb first (`bleiben aber …`), or after a demonstrative or a
    // number (`dies war …`, `20 wurden freigesprochen`); not after a pronoun or a noun
    // (`vorgeworfen, er wollte sich bereichern` is content), nor in Konjunktiv.
    let indicative = |i: usize| {
        u.get(i).is_some_and(|v| {
            v.is_word()
                && !v.cap
                && finite_word(text, v, FINITE)
                && v.flags & (KONJ1 | KONJ2 | SOLL | CUE) == 0
                && !konjunktiv_third_person(v.text(text))
        })
    };
    let pointer = matches!(w, "dies" | "dieser" | "diese" | "dieses")
        || w.bytes().all(|c| c.is_ascii_digit());
    (indicative(a) || pointer && indicative(a + 1) || next_speaker_clause(doc, text, a))
        .then_some(false)
}

/// Whether units `a..b` after a comma are a phrase with no verb, going on with the object
/// before the comma (`fordert acht Prozent mehr Lohn, mindestens aber 300 Euro im Monat`,
/// `kritisierten mehrere Gruppen, darunter der CCC`): no content of their own. (Their
/// lower-case words are function words, or attributes before a noun.)
fn verbless_phrase(doc: &Doc, text: &str, a: usize, b: usize) -> bool {
    let u = &doc.units;
    a > 0
        && a < b
        && u[a - 1].punct() == Some(',')
        && (a..b).all(|i| {
            let x = &u[i];
            x.text(text) != "zu"
                && !zu_infinitive(text, u, i, b)
                && (!x.is_word()
                    || x.cap
                    || x.text(text)
                        .bytes()
                        .all(|c| c.is_ascii_digit() || c == b'.' || c == b',')
                    || !finite_word(text, x, FINITE | KONJ1 | KONJ2 | SOLL | COMP | CUE)
                        && (x.flags & (DET | PREP | FUNC) != 0
                            || matches!(
                                x.text(text),
                                "mindestens"
                                    | "wenigstens"
                                    | "höchstens"
                                    | "zumindest"
                                    | "besonders"
                                    | "insbesondere"
                                    | "etwa"
                                    | "darunter"
                                    | "nämlich"
                                    | "allem"
                            )
                            || adjective_form(x.text(text)) && u.get(i + 1).is_some_and(|n| n.cap)))
        })
}

/// Whether the clause at `a` has a subject and an indicative verb of saying of its own
/// (`…, die Verteidigung plädierte auf …`): the next party's act, not content.
fn next_speaker_clause(doc: &Doc, text: &str, a: usize) -> bool {
    let u = &doc.units;
    u.get(a).is_some_and(|d| d.flags & DET != 0 && !d.cap)
        && u.get(a + 1).is_some_and(|n| n.is_word() && n.cap)
        && u.get(a + 2).is_some_and(|v| {
            v.is_word()
                && !v.cap
                && v.flags & CUE != 0
                && v.flags & (KONJ1 | KONJ2 | SOLL) == 0
                && finite_word(text, v, FINITE)
                && !konjunktiv_third_person(v.text(text))
        })
}

/// Whether `u` can be the finite verb in a main clause's first slot after a fronted clause:
/// a lower-case word that is no function word (article, pronoun, preposition, conjunction,
/// adverb the lexicon knows).
fn verb_slot_word(text: &str, u: &Unit) -> bool {
    u.is_word()
        && !u.cap
        && u.flags & (DET | PRONOUN | PREP | FUNC | COMP) == 0
        && !matches!(
            u.text(text),
            "und" | "oder" | "aber" | "sowie" | "als" | "wie" | "bzw"
        )
}

/// Whether the only Konjunktiv II outside quotations in `lo..hi` is the singular `dürfte`:
/// the narrator's estimate (`Der Minister dürfte das anders sehen`), no report going on.
fn only_estimate(doc: &Doc, text: &str, in_quote: &[bool], lo: usize, hi: usize) -> bool {
    let u = &doc.units;
    let mut estimate = false;
    for k in lo..hi {
        if in_quote[k] || u[k].cap || u[k].flags & (KONJ1 | KONJ2 | SOLL) == 0 {
            continue;
        }
        if u[k].text(text) != "dürfte" {
            return false;
        }
        estimate = true;
    }
    estimate
}

/// Whether the clause starting at unit `a` is subordinate: a relative clause after a comma
/// (`, den die Zeitung zitiert,`, `, in dem …`) or an adverbial clause opening the sentence
/// at `start` (`Nachdem er gefragt wurde, …`).
fn subordinate_opening(text: &str, units: &[Unit], a: usize, start: usize) -> bool {
    const RELATIVE: &[&str] = &[
        "der", "die", "das", "den", "dem", "deren", "dessen", "denen", "welcher", "welche",
        "welches", "welchen", "welchem",
    ];
    const OPENERS: &[&str] = &[
        "Nachdem", "Als", "Weil", "Da", "Wenn", "Obwohl", "Während", "Bevor", "Seit", "Seitdem",
    ];
    let Some(u) = units.get(a) else {
        return false;
    };
    let w = u.text(text);
    if a == start {
        // (Also after a focus particle: `Nur wenn …`, `Erst als …`.)
        return OPENERS.contains(&w)
            || matches!(
                w,
                "Nur" | "Erst" | "Auch" | "Selbst" | "Gerade" | "Schon" | "Noch"
            ) && units.get(a + 1).is_some_and(|n| {
                // (Compared without slicing: the next word may open with a multi-byte
                // letter, `Auch über …`.)
                let n = n.text(text);
                n.starts_with(|c: char| c.is_ascii_lowercase())
                    && OPENERS.iter().any(|o| o.eq_ignore_ascii_case(n))
            });
    }
    a > start
        && units[a - 1].punct() == Some(',')
        && (RELATIVE.contains(&w)
            || u.flags & PREP != 0
                && units
                    .get(a + 1)
                    .is_some_and(|n| RELATIVE.contains(&n.text(text))))
}

/// Whether the words `lo..clo` before the verb of saying at `v`, which opens its clause
/// after their comma, are an adverbial clause in the verb's first place, no content of
/// its: `Obwohl das Handy bei ihm gefunden wurde, bestritt er die Tat`, `Da kein Rückflug
/// möglich war, entschied …`. Not with a main clause of their own after a comma (`Wenn
/// …, dann soll er …, sagte X`), nor in Konjunktiv (`Weil die Regierung zögere, …`).
fn adverbial_front(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    lo: usize,
    clo: usize,
    v: usize,
) -> bool {
    const OPENERS: &[&str] = &[
        "Obwohl",
        "Obgleich",
        "Falls",
        "Wenn",
        "Als",
        "Da",
        "Weil",
        "Nachdem",
        "Während",
        "Bevor",
        "Ehe",
        "Seit",
        "Seitdem",
        "Sobald",
        "Solange",
        "Sofern",
        "Zumal",
        "Wenngleich",
        "Um",
        "Ohne",
        "Statt",
        "Anstatt",
    ];
    let u = &doc.units;
    if v != clo || clo < lo + 3 || u[clo - 1].punct() != Some(',') {
        return false;
    }
    let w = |i: usize| u[i].text(text);
    // (`Selbst wenn …`, `Auch wenn …`, `Erst als …`.)
    let start = match w(lo) {
        "Selbst" | "Auch" | "Erst" | "Nur" | "Gerade"
            if matches!(w(lo + 1), "wenn" | "als" | "nachdem" | "weil" | "da") =>
        {
            lo + 1
        }
        x if OPENERS.contains(&x) => lo,
        _ => return false,
    };
    // (`Da muss …`: the adverb before a finite verb opens a main clause.)
    if finite_word(text, &u[start + 1], FINITE | KONJ1 | KONJ2 | SOLL) {
        return false;
    }
    // (`Um … zu …` only: `Um welchen es sich handelt, wollte X nicht verraten` asks.)
    if matches!(w(start), "Um" | "Ohne" | "Statt" | "Anstatt")
        && !(start + 1..clo).any(|i| w(i) == "zu")
    {
        return false;
    }
    // A main clause's verb after a comma: a finite verb the lexicon knows, or a lower-case
    // word with a verb's ending that is no function word (`…, töteten sie …`). (A word taken
    // for a verb wrongly only keeps the clause as content, as before.)
    let verb_like = |n: &Unit| {
        let x = n.text(text);
        finite_word(text, n, FINITE | KONJ1 | KONJ2 | SOLL)
            || n.is_word()
                && !n.cap
                && n.flags & (FUNC | PREP | DET | PRONOUN | COMP) == 0
                && (x.ends_with('t') || x.ends_with("te") || x.ends_with("en"))
    };
    (lo..clo - 1).all(|i| {
        let x = &u[i];
        !in_quote[i]
            && x.mark().is_none()
            && !(x.is_word() && !x.cap && x.flags & (KONJ1 | SOLL) != 0)
            && !(x.punct() == Some(',') && u.get(i + 1).is_some_and(verb_like))
    })
}

/// Whether the words `lo..clo` before the verb of saying at `v` (which opens its clause
/// after their comma) are its subject with a relative clause: `Ein Mann, der den Unfall
/// gesehen hatte, berichtete von …`. A phrase with no verb, then a comma and a relative
/// pronoun.
fn subject_with_relative(doc: &Doc, text: &str, lo: usize, clo: usize, v: usize) -> bool {
    let u = &doc.units;
    // (Or the second of two predicates: `Jene Wähler, die …, scheuen das Risiko und
    // sprechen sich für … aus`.)
    let coordinated = || {
        v > clo + 1
            && u[v - 1].text(text) == "und"
            && (clo..v).all(|k| u[k].is_word())
            && (finite_word(text, &u[clo], FINITE) || verb_slot_word(text, &u[clo]))
            && u[clo].flags & (KONJ1 | KONJ2 | SOLL) == 0
    };
    if v != clo && !coordinated() || clo < lo + 4 || u[clo - 1].punct() != Some(',') {
        return false;
    }
    // (Past a short abbreviation in brackets: `Die Partei Movement for Democratic Change
    // (MDC), die …`.)
    let mut k = lo + 1;
    let mut bracket = None;
    while k < clo - 1 {
        if u[k].punct() == Some('(') && bracket.is_none() {
            let close = (k + 1..clo.min(k + 8)).find(|&j| u[j].punct() == Some(')'));
            let Some(c) = close.filter(|&c| c > k + 1 && (k + 1..c).all(|j| u[j].is_word())) else {
                return false;
            };
            bracket = Some((k, c));
            k = c;
        } else if u[k].punct().is_some() || u[k].mark().is_some() {
            break;
        }
        k += 1;
    }
    if k >= clo - 1 {
        return false;
    }
    // (The relative clause runs up to the comma before the verb: not `Ein Tief, das dort
    // gestanden hatte, habe …, meldet X`.)
    u[k].punct() == Some(',')
        && opens_relative_clause(doc, text, k + 1, clo)
        && (k + 1..clo - 1).all(|i| u[i].punct().is_none() && u[i].mark().is_none())
        && u[lo].flags & PREP == 0
        && (lo..k).all(|i| {
            let x = &u[i];
            bracket.is_some_and(|(o, c)| (o..=c).contains(&i))
                || x.is_word()
                    && (x.cap
                        || x.flags & (DET | PREP) != 0
                        || adjective_form(x.text(text)) && u.get(i + 1).is_some_and(|n| n.cap)
                        || i > lo
                            && u[i - 1].cap
                            && u.get(i + 1).is_some_and(|n| n.cap)
                            && crate::attrib::name_particle(text, x))
        })
}

/// Whether the cue's clause after the comma at `clo - 1` opens with its subject, an article
/// and its noun before the verb at `v` (`Die Rauchwolke war weit zu sehen, die Behörden
/// warnten vor Gefahren`): a main clause of its own after an indicative one, no inverted
/// attribution of it (`…, warnten die Behörden`).
fn subject_first_after(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    lo: usize,
    clo: usize,
    v: usize,
) -> bool {
    let u = &doc.units;
    clo > lo + 2
        && v > clo + 1
        && v <= clo + 4
        && u[clo - 1].punct() == Some(',')
        && u[clo].flags & DET != 0
        && !u[clo].cap
        && (clo + 1..v).all(|k| u[k].is_word() && u[k].flags & (PREP | COMP | FINITE) == 0)
        && u[v - 1].cap
        && !(lo..clo).any(|k| {
            in_quote[k] || u[k].mark().is_some() || u[k].flags & (KONJ1 | KONJ2 | SOLL) != 0
        })
        && !opens_relative_clause(doc, text, clo, v + 1)
}

/// Where the main clause begins after a question that frames the answer opening the
/// sentence (`Auf die Frage, ob er zurücktrete, sagte X, …`, `Gefragt, ob …, antwortete X:`,
/// `Darauf angesprochen, sagte X`): the question is the asker's, neither the answer's
/// content nor its cue. `None` when the sentence opens otherwise.
fn question_frame(doc: &Doc, text: &str, in_quote: &[bool], lo: usize, hi: usize) -> Option<usize> {
    let u = &doc.units;
    let word = |i: usize| u.get(i).filter(|x| x.is_word()).map(|x| x.text(text));
    // The unit after the frame's opening words: a comma must follow them or their noun.
    let after = match word(lo)? {
        "Gefragt" | "Befragt" | "Angesprochen" => lo + 1,
        "Darauf" | "Danach" if matches!(word(lo + 1), Some("angesprochen" | "gefragt")) => lo + 2,
        "Auf" => {
            let noun = (lo + 1..hi.min(lo + 4))
                .find(|&i| matches!(word(i), Some("Frage" | "Fragen" | "Nachfrage")))?;
            noun + 1
        }
        _ => return None,
    };
    // The frame runs to the first comma outside quotations (past `nach …`, `eines
    // Journalisten`); a question clause after it runs to the next one.
    let first = (after..hi).find(|&i| u[i].punct() == Some(',') && !in_quote[i])?;
    let question = matches!(
        word(first + 1),
        Some(
            "ob" | "wie"
                | "was"
                | "wann"
                | "warum"
                | "weshalb"
                | "wieso"
                | "wer"
                | "wo"
                | "welche"
                | "welcher"
                | "welches"
                | "inwieweit"
                | "wofür"
                | "wozu"
        )
    );
    let end = if question {
        (first + 2..hi).find(|&i| u[i].punct() == Some(',') && !in_quote[i])?
    } else {
        first
    };
    // (The main clause opens with its finite verb: not `…, er sagte aber`.)
    u.get(end + 1)
        .is_some_and(|v| {
            let f = doc.full_flags(end + 1);
            v.is_word()
                && !v.cap
                && (f & (CUE | FINITE) != 0 || f & (DET | PRONOUN | FUNC | PREP | COMP) == 0)
        })
        .then_some(end + 1)
}

/// Whether the first clause of the sentence part `lo..a` after its last quotation mark (up
/// to its first comma or quotation) has a finite verb in Konjunktiv (`Sie seien „…“`, `Die Studie zeige in
/// Wahrheit, „…“`): the sentence continues a report, so its subject is reported content.
fn konjunktiv_main_clause(doc: &Doc, in_quote: &[bool], lo: usize, a: usize) -> bool {
    let u = &doc.units;
    // (From the last quotation before, as `own_subject` reads it.)
    let from = last_mark_before(doc, lo, a);
    for (i, x) in u.iter().enumerate().take(a).skip(from) {
        if in_quote.get(i).copied().unwrap_or(false)
            || x.mark().is_some()
            || matches!(x.punct(), Some(',' | ':' | ';'))
        {
            return false;
        }
        if x.is_word() && !x.cap && x.flags & (KONJ1 | KONJ2 | SOLL) != 0 {
            return true;
        }
    }
    false
}

/// Where a report without a verb of saying starts when its first clause is told, not
/// reported: that clause has a verb of its own in no Konjunktiv, and a Konjunktiv follows
/// (`Der Beschluss sieht vor, dass … entscheide`, `Zwölf Menschen wurden verletzt, die
/// Verletzten seien …`). The report is the clause of that Konjunktiv: from the comma before
/// it (after a colon, all after it: `X reagierte: Biden sei …`), or, when the Konjunktiv
/// stands right after a comma, from the comma before the part that fronts it (back over
/// appositions without a verb: `…, die Sängerin X, Tochter von Y, sei …`). A first clause
/// without a verb is the report's subject (`Die Hoffnung, dass …, sei gering`), and one
/// that fronts the Konjunktiv is part of it (`Was sie wollten, sei …`).
fn report_after_first_clause(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    a: usize,
    b: usize,
) -> Option<usize> {
    let u = &doc.units;
    let first = (a..b).find(|&k| {
        in_quote[k] || u[k].mark().is_some() || matches!(u[k].punct(), Some(',' | ':' | ';'))
    })?;
    let colon = u[first].punct() == Some(':');
    if !(colon || u[first].punct() == Some(',')) || in_quote[first] {
        return None;
    }
    let konj = |x: &Unit| x.is_word() && x.flags & (KONJ1 | KONJ2 | SOLL) != 0;
    // A lower-case word that is no function word and no adjective before its noun (`die
    // erste Reaktion`) stands for the verb: the list knows too few verbs to ask it.
    let verb_like = |i: usize| {
        let x = &u[i];
        finite_word(text, x, FINITE)
            || x.is_word()
                && !x.cap
                && x.text(text).starts_with(char::is_alphabetic)
                && x.flags & (DET | PREP | FUNC | PRONOUN | COMP) == 0
                && !before_its_noun(u, text, i)
    };
    // (A capitalised Konjunktiv counts here: `Sollte der Antrag angenommen werden, …`; so
    // does one known by its ending: `Die Präsentation erfolge, sobald …`.)
    if u[a..first].iter().any(konj)
        || konj1_slot(doc, text, a..first, false).is_some()
        || !(a..first).any(verb_like)
    {
        return None;
    }
    let v = (first + 1..b).find(|&i| !in_quote[i] && !u[i].cap && konj(&u[i]))?;
    // (After a colon, all that follows it: `X reagierte auf seiner Plattform: Biden sei …`.)
    if colon {
        return Some(first + 1);
    }
    let comma_before = |x: usize| {
        (first..x)
            .rev()
            .find(|&k| u[k].punct() == Some(',') && !in_quote[k])
    };
    let mut c = comma_before(v)?;
    if c + 1 == v {
        if c == first {
            return None;
        }
        while let Some(p) = comma_before(c) {
            let verb = (p + 1..c).any(verb_like);
            c = p;
            if verb || c == first {
                break;
            }
        }
    }
    Some(c + 1)
}

/// [`summary_verb`] for the verb at unit `v`, but for a reflexive `empfehlen` (`Der
/// Konzern empfiehlt sich als Partner`: it presents itself).
fn summary_cue(doc: &Doc, text: &str, v: usize) -> bool {
    let u = &doc.units;
    let w = u[v].text(text);
    // The clause after the verb, to its first punctuation (at most 16 words), and whether
    // word `x` stands among the `n` units before it.
    let rest = || (v + 1..u.len().min(v + 17)).take_while(|&k| u[k].is_word());
    let before = |n: usize| v.saturating_sub(n)..v;
    let near = |x: &str| before(10).any(|k| u[k].text(text) == x);
    if matches!(w, "rief" | "riefen" | "ruft" | "rufen") {
        // (Only `rief … zu … auf`, not `rief die Polizei`: `auf` closes the clause.)
        // (Or before `und`: `rief zur Ruhe auf und lobte die Helfer`.)
        let end = (v + 1..u.len().min(v + 24))
            .find(|&k| !u[k].is_word())
            .unwrap_or(v + 1);
        return end > v + 1
            && (v + 2..=end)
                .any(|k| u[k - 1].text(text) == "auf" && (k == end || u[k].text(text) == "und"));
    }
    if matches!(w, "berichten" | "berichtete" | "berichteten" | "berichtet") {
        // (`berichten von katastrophalen Zuständen`, `berichten unterdessen von …`: what
        // was told, summed up; not `berichtete am Montag über den Fall`, a topic.)
        // (Or `hatte von ethnischen Säuberungen berichtet`.)
        // (Past an addressee: `berichteten der Nachrichtenagentur AFP von …`.)
        let dative = (v + 1..u.len().min(v + 3)).any(|k| matches!(u[k].text(text), "der" | "dem"));
        return (v + 1..u.len().min(v + if dative { 8 } else { 4 }))
            .take_while(|&k| u[k].is_word() && (dative || !u[k].cap))
            .any(|k| u[k].text(text) == "von")
            || w == "berichtet"
                && near("von")
                && ["hat", "hatte", "haben", "hatten"].iter().any(|a| near(a));
    }
    if naming_verb(w) {
        // (Only as [`naming_summary`] lets it be a cue: `bezeichnete X als Y`.)
        return true;
    }
    match w {
        // `sagte den Regionen Unterstützung zu`: `zu` closes the clause (not a plain
        // `sagte`).
        "sagte" | "sagten" | "sagt" => {
            return rest()
                .last()
                .is_some_and(|k| k > v + 1 && u[k].text(text) == "zu");
        }
        // `gestand seine Niederlage ein` (not a plain `gestand` of a crime, with content).
        "gestand" | "gestanden" | "gesteht" => {
            return rest().any(|k| {
                k > v + 1
                    && u[k].text(text) == "ein"
                    && u.get(k + 1)
                        .is_some_and(|n| !n.is_word() || n.text(text) == "und")
            });
        }
        // `verwies auf die Wetterbedingungen`, not `des Landes verwiesen`.
        "verwies" | "verweist" | "verwiesen" => {
            return rest().take(4).any(|k| u[k].text(text) == "auf");
        }
        // (Not an attributive participle: `eine oft beklagte Lücke`.)
        "beklagte" | "beklagten" if before_its_noun(u, text, v) => return false,
        // `drohte mit neuen Zöllen`, `mahnen zur Vorsicht`.
        "drohte" | "drohten" | "droht" | "drohen" => {
            return rest().take(6).any(|k| u[k].text(text) == "mit");
        }
        // `pochte auf Nachbesserungen`, `beharrte auf ihrem Standpunkt` (not `pochte an die
        // Tür`). (The first byte before the prefixes: most cues reach this arm.)
        _ if matches!(w.as_bytes().first(), Some(b'p' | b'b' | b'g'))
            && starts_with_any(w, &["poch", "beharr", "gepocht"]) =>
        {
            let from = doc.sentences[doc.sentence_of(v)].start;
            return rest()
                .take(6)
                .any(|k| matches!(u[k].text(text), "auf" | "darauf"))
                || (from..v)
                    .any(|k| matches!(u[k].text(text), "auf" | "Auf" | "darauf" | "Darauf"));
        }
        // `klagten über zu viel Stress` (not `klagt gegen`, a lawsuit).
        "klagte" | "klagten" | "klagt" | "klagen" => {
            return rest().take(3).any(|k| u[k].text(text) == "über");
        }
        "mahnen" => {
            return rest()
                .take(3)
                .any(|k| matches!(u[k].text(text), "zu" | "zur" | "zum"));
        }
        // (`raten` itself and `geraten` are mostly other verbs: `in Not geraten`.)
        "riet" | "rieten" | "rät" => return true,
        // (`bat die Partner um mehr Flugabwehr`: a request summed up; not `bat sie, zu …`,
        // whose content is the infinitive.)
        "bat" | "baten" | "bittet" => {
            return rest().take(8).any(|k| u[k].text(text) == "um");
        }
        "gebeten" => {
            return near("um") && !before(6).any(|k| state_or_passive_aux(u[k].text(text)));
        }
        // (`sprechen von einem Skandal`, as the preterite; not the infinitive of `will
        // mit ihr sprechen`.)
        "sprechen" => {
            return rest()
                .take(3)
                .take_while(|&k| !u[k].cap)
                .any(|k| u[k].text(text) == "von");
        }
        // `sprach von einem Skandal`, `Von einem Skandal sprach X`, `sprach über die Lage`,
        // `sprach sich für … aus`; not a meeting or a speech without its matter (`sprach
        // mit Lawrow`, `sprach am Montag vor dem Bundestag`).
        "sprach" | "sprachen" | "spricht" => {
            let from = doc.sentences[doc.sentence_of(v)].start;
            return rest().any(|k| {
                matches!(
                    u[k].text(text),
                    "von" | "vom" | "über" | "davon" | "darüber" | "aus" | "für" | "gegen"
                )
            }) || (from..v).any(|k| {
                matches!(
                    u[k].text(text),
                    "von" | "Von" | "vom" | "Vom" | "davon" | "Davon"
                )
            });
        }
        // A judgement (`verurteilte den Anschlag scharf`), not a sentence (`verurteilte den
        // Mann zu fünf Jahren Haft`, `wurde wegen Betrugs verurteilt`, `Das Gericht
        // verurteilte …`).
        "verurteilte" | "verurteilten" | "verurteilt" | "verurteilen" => {
            let court = |k: usize| {
                let x = u[k].text(text);
                matches!(
                    x,
                    "zu" | "zur" | "zum" | "wegen" | "Haft" | "Jahren" | "Monaten"
                ) || x.ends_with("gericht")
                    || x.ends_with("Gericht")
                    || x.starts_with("Richter")
                    || state_or_passive_aux(x)
            };
            let from = doc.sentences[doc.sentence_of(v)].start;
            let to = sentence_end_from(doc, v);
            return !(from..to).any(court);
        }
        // `begründete die Erhöhung mit dem Angebot`, not `begründete Zweifel` nor `ist
        // begründet`.
        "begründete" | "begründeten" | "begründet" | "begründen" => {
            return rest().any(|k| u[k].text(text) == "mit")
                && !before(6).any(|k| state_or_passive_aux(u[k].text(text)));
        }
        // `beschuldigte die Regierung des Wahlbetrugs`: an accusation, not the passive of a
        // charge (`wird des Mordes beschuldigt`) nor an attribute (`der beschuldigte Mann`).
        "beschuldigte" | "beschuldigten" | "beschuldigt" | "beschuldigen" => {
            // (Nor `beschuldigt man sich gegenseitig`.)
            return !before_its_noun(u, text, v)
                && !before(6).any(|k| state_or_passive_aux(u[k].text(text)))
                && !rest().take(2).any(|k| u[k].text(text) == "sich");
        }
        _ => {}
    }
    if w == "ausgesprochen" {
        // (`hat sich für … ausgesprochen`, not `ausgesprochen gut`.)
        return near("sich") && (near("für") || near("gegen"));
    }
    if w == "ausgeschlossen" {
        // (`hat Neuwahlen ausgeschlossen`, not the state `ist ausgeschlossen` nor an
        // agentless passive `wird nicht ausgeschlossen`.)
        return !before(10).any(|k| state_or_passive_aux(u[k].text(text)));
    }
    if w == "aufgerufen" {
        // (`zu … aufgerufen`, not a web page `aufgerufen`.)
        return (v.saturating_sub(12)..v)
            .any(|k| matches!(u[k].text(text), "zu" | "zur" | "zum" | "dazu"));
    }
    summary_verb(w)
        && !(w.starts_with("empf") && u.get(v + 1).is_some_and(|n| n.text(text) == "sich"))
}

/// A form of `werden` or a third-person form of `sein` (lower-case): the auxiliary of a
/// passive or a state (`wird ausgeschlossen`, `ist begründet`), not of an act.
fn state_or_passive_aux(w: &str) -> bool {
    passive_aux(w) || sein_third_person(w)
}

/// Verbs whose use without a content clause still reports a speech act
/// (`Die Firma forderte eine schnellere Entscheidung`).
fn summary_verb(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "forder",
        "gefordert",
        "betont",
        "kritisier",
        "warnt",
        "gewarnt",
        "lobt",
        "gelobt",
        "begrüßt",
        "dementiert",
        "bestätigt",
        "kündigt",
        "angekündigt",
        // (Not `abgelehnt`: a refusal in the perfect or the passive is mostly a decision,
        // `Der Antrag wurde abgelehnt`, `Die Partei hatte jeden Einsatz abgelehnt`; Wikinews
        // dev annotates 1 of 13.)
        "lehnt",
        "bestritt",
        "bestreit",
        "widersprach",
        "widerspricht",
        "wies",
        "warf",
        "appelliert",
        "räumt",
        "versprach",
        "verspricht",
        "versprochen",
        "verlangt",
        "mahnt",
        "sprach",
        "spricht",
        "wirft",
        "bemängel",
        "plädier",
        "empfahl",
        "empfiehlt",
        "beschwer",
        "sicherte",
        "sichert",
        "zugesichert",
        "schlug",
        "schlägt",
        "vorgeschlagen",
        "dankte",
        "dankt",
        "bedankt",
        "schloss",
        "schließt",
        "aufgerufen",
        "aufgefordert",
        "ausgeschlossen",
        "zurückgewiesen",
        "vorgeworfen",
        "warn",
        "weist",
        "weisen",
        "gratulier",
        "bekräftigt",
        "beklagt",
    ];
    // (Most verbs share no first two bytes with a stem: a filter built from them first.)
    const FILTER: [u64; 16] = prefix_filter(STEMS);
    let k = prefix_key(w.as_bytes());
    in_filter(&FILTER, k) && STEMS.iter().any(|s| w.starts_with(s))
}

/// Whether unit `i` is a lower-case verb form in Konjunktiv I, listed or by its ending,
/// not after or before `ich` (`glaube`, `drohe`; not `ich glaube`).
fn konj1_form(doc: &Doc, text: &str, i: usize) -> bool {
    doc.units.get(i).is_some_and(|v| {
        !v.cap
            && (v.flags & KONJ1 != 0 || konjunktiv_third_person(v.text(text)))
            && !reports_nothing(doc, text, i)
    })
}

/// A [`konj1_form`] that is no article, pronoun or function word and stands before no noun
/// (`die`, `große Pläne` end in `-e` too): a verb the lexicon lacks (`erhöhe`).
fn konj1_verb(doc: &Doc, text: &str, i: usize) -> bool {
    konj1_form(doc, text, i)
        && doc.full_flags(i) & (DET | PRONOUN | PREP | FUNC | COMP) == 0
        && !before_its_noun(&doc.units, text, i)
}

/// Whether the Konjunktiv form at unit `i` reports nothing: the first person (`ich glaube`)
/// or a set phrase.
fn reports_nothing(doc: &Doc, text: &str, i: usize) -> bool {
    let w = |k: usize| doc.units.get(k).and_then(|u| text.get(u.span.range()));
    let before = |n: usize| i.checked_sub(n).and_then(w);
    i > 0 && matches!(before(1), Some("ich" | "Ich"))
        || matches!(w(i + 1), Some("ich"))
        // Set phrases in Konjunktiv that report nothing: `Gott sei Dank`, `es sei denn`, `wie
        // dem auch sei`, `, sei es durch X oder Y`, `koste es, was es wolle`, `es lebe`, `Es
        // sei darauf hingewiesen, dass`.
        || match w(i) {
            Some("sei") => match (before(1), w(i + 1)) {
                (Some("Gott"), Some("Dank")) | (Some("es" | "Es"), Some("denn")) => true,
                (Some("auch"), _) => matches!(before(2), Some("dem")),
                // (`, sei es X oder Y`, `sei es X, sei es Y`; not the main clause after a
                // subordinate one, `Falls X, sei es besser, …`.)
                (Some(","), Some("es")) => {
                    (i + 3..i + 10).any(|k| matches!(w(k), Some("oder" | "sei")))
                }
                (Some("Es"), _) => (i + 1..i + 4).any(|k| {
                    matches!(
                        w(k),
                        Some(
                            "angemerkt"
                                | "erwähnt"
                                | "hingewiesen"
                                | "erinnert"
                                | "verwiesen"
                                | "bemerkt"
                                | "vermerkt"
                        )
                    )
                }),
                _ => false,
            },
            Some("wolle") => matches!((before(2), before(1)), (Some("was"), Some("es"))),
            Some("koste") => matches!((w(i + 1), w(i + 2), w(i + 3)), (Some("es"), Some(","), Some("was"))),
            Some("lebe") => matches!(before(1), Some("es" | "Es")),
            _ => false,
        }
}

/// The subject of a main clause in `lo..hi`: a clause-initial phrase before the verb, or
/// after the verb when something else comes first (`Nach X brachte die Sprecherin … zum
/// Ausdruck`).
fn clause_subject(doc: &Doc, text: &str, lo: usize, hi: usize) -> Option<(usize, usize)> {
    crate::attrib::clause_subject(doc, text, lo, hi)
}

/// Predicates of speech, thought or attitude before a `dass` clause ([`attitude_before`]).
const ATTITUDE_WORDS: &[&str] = &[
    "optimistisch",
    "zuversichtlich",
    "überzeugt",
    "sicher",
    "besorgt",
    "froh",
    "enttäuscht",
    "erleichtert",
    "einig",
    "skeptisch",
    "zufrieden",
    "Ansicht",
    "Meinung",
    "Auffassung",
    "Überzeugung",
    "Hoffnung",
    "Befürchtung",
    "Sorge",
    "Sorgen",
    "Angst",
    "Hinweise",
    "Hinweis",
    "Vorwurf",
    "Vorwürfe",
    "Forderung",
    "Kritik",
    "Warnung",
    "Behauptung",
    "Erklärung",
    "Aussage",
    "Eindruck",
    "Zweifel",
    "Gewissheit",
    "Gerüchte",
    "Spekulationen",
    "Befürchtungen",
    "Argument",
    "Begründung",
    "Einschätzung",
    "Ergebnis",
    "These",
    "Annahme",
    "Vermutung",
    "Erwartung",
    "Erkenntnis",
    "Standpunkt",
    "dankbar",
    "stolz",
    "empört",
    "verärgert",
    "irritiert",
    "überrascht",
    "erfreut",
    "bewusst",
    // (`hält es für möglich, dass`, `halten es für unwahrscheinlich, dass`.)
    "möglich",
    "unwahrscheinlich",
    "wahrscheinlich",
    "denkbar",
    "ausgeschlossen",
    "Andeutung",
    "Behauptungen",
    "Zusicherung",
    "Bedenken",
    "Verdacht",
];

/// Whether a predicate of speech, thought or attitude ends the clause before the comma at
/// `comma` (`zeigte sich optimistisch, dass`, `die Hoffnung, dass`, `überzeugt davon, dass`).
fn attitude_before(doc: &Doc, text: &str, comma: usize) -> bool {
    let w = |j: usize| doc.units[j].text(text);
    (comma.saturating_sub(3)..comma).any(|j| attitude_word(w(j)))
        // (`geht davon aus, dass`: an assumption; `kommt zu dem Schluss, dass`: a
        // conclusion, as `zu dem Ergebnis`, past the list's 64 words.)
        || comma >= 2 && w(comma - 1) == "aus" && w(comma - 2) == "davon"
        || comma >= 1 && matches!(w(comma - 1), "Schluss" | "Schluß")
}

/// Whether `s..e` can hold the view an attitude word names: a plausible speaker that is
/// neither the attitude itself nor `es` (`Es herrschte die Meinung vor, dass …` names no
/// one).
fn attitude_holder(doc: &Doc, text: &str, s: usize, e: usize) -> bool {
    plausible_speaker(doc, text, s, e)
        && !(s..e).any(|k| {
            let w = doc.units[k].text(text);
            attitude_word(w) || matches!(w, "es" | "Es")
        })
}

/// Whether `w` is one of [`ATTITUDE_WORDS`]. (Asked of most words before a `dass`: the
/// list's words of `w`'s first byte and length, mostly none, are the only ones compared.)
fn attitude_word(w: &str) -> bool {
    static SHAPES: Shapes = shapes(ATTITUDE_WORDS);
    SHAPES.contains(w)
}

/// A word's bit in a [`prefix_filter`]: from its first two bytes, ASCII lower-cased (all of
/// the prefixes are longer; a word that starts with one, also ignoring ASCII case, has its
/// bit).
const fn prefix_key(w: &[u8]) -> usize {
    let (a, b) = match w {
        [a, b, ..] => (
            a.to_ascii_lowercase() as usize,
            b.to_ascii_lowercase() as usize,
        ),
        [a] => (a.to_ascii_lowercase() as usize, 0),
        [] => (0, 0),
    };
    (a.wrapping_mul(0x3B) ^ b.wrapping_mul(0x2F1)) % 1024
}

/// Whether bit `k` of a 1024-bit filter is set.
fn in_filter(filter: &[u64; 16], k: usize) -> bool {
    filter.get(k / 64).is_some_and(|w| w & (1 << (k % 64)) != 0)
}

/// The bits of `prefixes` under [`prefix_key`] (a 1024-bit set): a word whose bit is clear
/// starts with none of them.
const fn prefix_filter(prefixes: &[&str]) -> [u64; 16] {
    let mut f = [0u64; 16];
    let mut i = 0;
    while i < prefixes.len() {
        let k = prefix_key(prefixes[i].as_bytes());
        f[k / 64] |= 1 << (k % 64);
        i += 1;
    }
    f
}

/// Whether unit `v` lies in a relative clause: its comma-delimited clause opens with a
/// relative pronoun, or a preposition and one (`, das dort gestanden hatte,`, `, in dem …`).
fn relative_clause_at(doc: &Doc, text: &str, lo: usize, hi: usize, v: usize) -> bool {
    let u = &doc.units;
    let (clo, _) = clause_of(doc, lo, hi, v);
    let rel = |j: usize| opens_relative_clause(doc, text, j, v);
    clo > lo
        && u[clo - 1].punct() == Some(',')
        && (rel(clo) || u[clo].flags & PREP != 0 && rel(clo + 1))
}

/// Whether unit `j` is a relative pronoun opening a clause that runs before unit `hi`.
/// (An article before a noun opens an apposition, `, der Sekretär des Verbands sagte`.)
fn opens_relative_clause(doc: &Doc, text: &str, j: usize, hi: usize) -> bool {
    let u = &doc.units;
    j + 1 < hi.min(u.len())
        && match text.get(u[j].span.range()) {
            Some("der" | "die" | "das" | "dem" | "den") => !u[j + 1].cap,
            Some(
                "denen" | "deren" | "dessen" | "welcher" | "welche" | "welches" | "welchem"
                | "welchen",
            ) => true,
            _ => false,
        }
}

/// Whether units `a..b` are an absolute phrase describing the speaker after an inverted
/// attribution, no content: an article and its noun, no verb, ending in an adjective or a
/// participle (`…, sagt sie, die Stimme noch brüchig`, `…, den Blick gesenkt`).
fn absolute_phrase(u: &[Unit], text: &str, a: usize, b: usize) -> bool {
    if b <= a + 2 || b > u.len() {
        return false;
    }
    let last = u[b - 1].text(text);
    u[a].flags & DET != 0
        && u[a + 1].cap
        && !u[b - 1].cap
        && u[a..b].iter().all(|x| {
            x.is_word()
                && x.flags & COMP == 0
                && !finite_word(text, x, FINITE | KONJ1 | KONJ2 | SOLL)
        })
        && (["ig", "lich", "isch", "los", "bar", "sam"]
            .iter()
            .any(|e| last.ends_with(e))
            || last.starts_with("ge") && (last.ends_with('t') || last.ends_with("en")))
}

/// Whether [`cue_at`] can find a cue at unit `u`: a cue flag, or `bekannt` of `bekannt
/// geben`, its one cue without a flag. A quick test before the call (debug builds check
/// that every unit it rejects is no cue, so a new special case in `cue_at` fails the tests).
#[inline]
fn may_cue(text: &str, u: Unit) -> bool {
    u.flags & (CUE | SEP_BASE | LASSEN) != 0
        || u.span.len() == 7 && text.as_bytes().get(u.span.range()) == Some(b"bekannt")
}

/// Verbs of naming (`nennen`, `bezeichnen`): they attribute a quoted term, but introduce no
/// reported content of their own.
fn naming_verb(w: &str) -> bool {
    ["nenn", "nann", "genannt", "bezeichn"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Whether the verb at unit `v`, right after the comma that closes `lo..clo`, follows its
/// subject and that subject's apposition (`Lars Schauer, Manager von Energie Cottbus,
/// kritisierte …`, `Der Sprecher des Verbands, Klaus Roth, lobte …`): a phrase with a comma
/// inside and no verb, opening with a capitalised word. Before such a verb there is no
/// content (unlike `Die Lage sei ernst, sagte X`).
fn apposition_subject(doc: &Doc, text: &str, lo: usize, clo: usize, v: usize) -> bool {
    let u = &doc.units;
    v == clo
        && clo >= lo + 4
        && u[clo - 1].punct() == Some(',')
        && u[lo].is_word()
        && u[lo].cap
        && (lo + 1..clo - 2).any(|k| u[k].punct() == Some(','))
        // (An abbreviation in brackets too: `Der Präsident des Verbands (BDI), Peter
        // Leibinger, warnte …`.)
        && (lo..clo - 1).all(|k| u[k].is_word() || matches!(u[k].punct(), Some(',' | '(' | ')')))
        && verbless(u, text, lo, clo - 1)
}

/// Whether the verb of naming at `i` (in the sentence `lo..hi`) sums up a judgement, as a
/// verb of saying does (`Schaar nannte den Vorstoß einen Schritt in den
/// Überwachungsstaat`, `X bezeichnete die Entscheidung als verantwortungsbewusst`, `wurden
/// von Stolpe als unrealistisch bezeichnet`). Not with a quotation in the sentence (the
/// quoted term is what was said), not a definition (`Als Lichtjahr bezeichnet man …`), not
/// a participle without a finite verb of its clause or with no one named
/// (`…, welche oft als Finale bezeichnet wurde`, `die sogenannte`), not `nennen` of a
/// name (`wie er sich selbst nannte`).
fn naming_summary(doc: &Doc, text: &str, lo: usize, hi: usize, i: usize) -> bool {
    let u = &doc.units;
    let w = u[i].text(text);
    if (lo..hi).any(|k| u[k].mark().is_some()) {
        return false;
    }
    // The verb's clause, back and forth to punctuation.
    let a = (lo..i)
        .rev()
        .find(|&k| !u[k].is_word())
        .map_or(lo, |k| k + 1);
    let b = (i + 1..hi).find(|&k| !u[k].is_word()).unwrap_or(hi);
    let has = |x: &str| (a..b).any(|k| k != i && u[k].text(text) == x);
    // A verb right after a comma is a participle's (`…, genannt X`), unless a past form
    // closes a subject's apposition (`Lars Schauer, Manager von Energie Cottbus,
    // bezeichnete …`: no verb before it).
    let after_apposition = matches!(w, "nannte" | "nannten" | "bezeichnete" | "bezeichneten")
        && apposition_subject(doc, text, lo, i, i);
    if has("man")
        || has("Man")
        || has("sich")
        || a > lo && u[a - 1].punct() == Some(',') && a == i && !after_apposition
    {
        return false;
    }
    // (A clause that opens with a relative pronoun after its comma describes.)
    if a > lo && opens_relative_clause(doc, text, a, b) {
        return false;
    }
    let participle = w.starts_with("genannt") || w.starts_with("bezeichnet") && i + 1 < b;
    if w.starts_with("bezeichn") {
        // (`bezeichnet` closing its clause after `wurde`/`wird`: a passive that needs its
        // agent, `von X` or `im Bericht`.)
        let passive = w == "bezeichnet" && (a..i).any(|k| passive_aux(u[k].text(text)));
        return has("als") && (!passive || has("von") || has("im") || has("in"));
    }
    // `nennen` of a judgement: with `als` (`Als Grund nannte X …`), two objects (`nannte den
    // Vorstoß einen Schritt …`, `nannte es den schwärzesten Tag`) or a predicative adjective
    // closing the clause (`nannte die Bewegung illegal`); not one object (`nannte eine
    // Nachbarin, die …`).
    let objects = (i + 1..b)
        .filter(|&k| {
            u[k].flags & DET != 0 && !u[k].cap || matches!(u[k].text(text), "es" | "ihn" | "dies")
        })
        .count();
    let predicative = b > i + 2 && {
        let l = &u[b - 1];
        !l.cap && l.flags & (DET | PREP | FUNC | PRONOUN | FINITE) == 0
    };
    !participle && (has("als") || has("Als") || objects >= 2 || predicative)
}

/// The first unit of the run of words that ends right before unit `i`, at most `n` units
/// back: the part of `i`'s clause before it that the tests of a single verb look at.
fn word_run_start(u: &[Unit], i: usize, n: usize) -> usize {
    (i.saturating_sub(n)..i)
        .rev()
        .find(|&k| !u[k].is_word())
        .map_or(i.saturating_sub(n), |k| k + 1)
}

/// Whether `drohen` at `i` says that something impends (`Ihm droht eine Haftstrafe`, `Mit
/// diesen Regeln droht eine Verwässerung`), not a threat made: no `mit` in its clause, no
/// `zu` infinitive and no comma or colon opening content right after it.
fn impending(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    if !u[i].text(text).starts_with("droh") {
        return false;
    }
    let lo = word_run_start(u, i, 8);
    let hi = (i + 1..u.len().min(i + 12))
        .find(|&k| !u[k].is_word())
        .unwrap_or(u.len().min(i + 12));
    // (Its subject at most between: `drohte, …`, `drohte der Verband: …`; not `droht
    // nicht nur eine Verwässerung, sondern …`.)
    let opens = u
        .get(hi)
        .is_some_and(|p| matches!(p.punct(), Some(',' | ':')))
        && hi <= i + 3
        && (i + 1..hi)
            .all(|k| u[k].cap || u[k].flags & (PRONOUN | DET) != 0 || u[k].text(text) == "damit");
    !opens
        && !(lo..hi).any(|k| {
            matches!(u[k].text(text), "mit" | "Mit") && k != lo || zu_infinitive(text, u, k, hi)
        })
}

/// Whether `geraten` at `i` is getting into a state, not advice (`ist in Schwierigkeiten
/// geraten`, `unter Druck geraten werden`, `außer Kontrolle geraten`): a preposition among
/// the five words before it in its clause, and no one advised (`ihm`, `dazu`: `hatten ihm
/// im Januar dazu geraten`).
fn got_into(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    if u[i].text(text) != "geraten" {
        return false;
    }
    let lo = word_run_start(u, i, 5);
    let words = || (lo..i).map(|k| u[k].text(text));
    words().any(|w| {
        matches!(
            w,
            "in" | "ins"
                | "im"
                | "unter"
                | "außer"
                | "ausser"
                | "aus"
                | "zwischen"
                | "auf"
                | "an"
                | "ans"
                | "vor"
                | "durch"
        )
    }) && !words().any(|w| {
        matches!(
            w,
            "ihm" | "ihr" | "ihnen" | "Ihnen" | "mir" | "uns" | "dir" | "euch" | "dazu" | "davon"
        )
    })
}

/// Whether `meinen` at `i` is meaning it (`meinte es ernst: …`, `hat es gut gemeint`), no
/// saying: `es` and a word of sincerity right after it, or right before the participle.
fn meant_it(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    let w = u[i].text(text);
    if !(w.starts_with("mein") || w == "gemeint") {
        return false;
    }
    let sincere = |k: usize, m: usize| {
        u.get(k).is_some_and(|x| x.text(text) == "es")
            && u.get(m).is_some_and(|x| {
                matches!(x.text(text), "ernst" | "gut" | "ehrlich" | "böse" | "so")
            })
    };
    // (Words between too: `meint es wirklich ernst`, `meinte es mit seinem Dank an das Team
    // ernst`; and the subject before `es` when it follows the verb: `meinte er es durchaus
    // ernst`.)
    let later = |e: usize| {
        u.get(e).is_some_and(|x| x.text(text) == "es")
            && (i + 1..e).all(|j| u[j].is_word())
            && (e + 2..u.len().min(e + 10))
                .take_while(|&k| u[k - 1].is_word())
                .any(|k| sincere(e, k) && (e + 1..k).all(|j| u[j].is_word()))
    };
    sincere(i + 1, i + 2) || i >= 2 && sincere(i - 2, i - 1) || later(i + 1) || later(i + 2)
}

/// Whether the verb of saying at `i` closes a conditional clause that opens the sentence,
/// with the main clause's verb right after its comma (`Sollte der Senat die Nominierung
/// bestätigen, könnte er …`, `Falls die Kommission zustimmt, wird …`, `Hätte der Mann
/// früher gestanden, wäre …`): the writer's condition, which reports nothing. (Content
/// after the comma keeps the cue: `Wenn er sagt, dass …`; so does a main clause in
/// Konjunktiv I, a report going on.)
fn conditional_cue(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    let r = &doc.sentences[doc.sentence_of(i)];
    let opener = u.get(r.start).map(|x| x.text(text));
    if !matches!(
        opener,
        Some(
            "Sollte"
                | "Sollten"
                | "Falls"
                | "Wenn"
                | "Sofern"
                | "Würde"
                | "Würden"
                | "Hätte"
                | "Hätten"
                | "Wäre"
                | "Wären"
        )
    ) || i <= r.start
    {
        return false;
    }
    // (The verb last in its clause, or before up to two auxiliaries: `zustimmen sollte`.)
    let Some(comma) = (i + 1..r.end.min(i + 4)).find(|&k| !u[k].is_word()) else {
        return false;
    };
    // (`dann` or `so` may resume the main clause: `…, dann wird es teuer`.)
    let v = comma
        + 1
        + usize::from(matches!(
            u.get(comma + 1).map(|x| x.text(text)),
            Some("dann" | "so")
        ));
    u[comma].punct() == Some(',')
        && (i + 1..comma).all(|k| !u[k].cap)
        && (r.start + 1..i).all(|k| u[k].is_word())
        && u.get(v).is_some_and(|v| {
            v.is_word()
                && !v.cap
                && v.flags & (FINITE | KONJ2 | SOLL) != 0
                // (Not in Konjunktiv I, which goes on with a report: `Sollte … ausgesprochen
                // werden, habe das Ministerium zu entscheiden`.)
                && v.flags & (COMP | KONJ1) == 0
        })
}

/// Whether `schreiben` at `i` is the idiom of profit and loss (`schrieben rote Zahlen`,
/// `hat schwarze Zahlen geschrieben`, `Verluste schreibe`), no writing: `Zahlen` after a
/// colour, or `Verluste` or `Gewinne`, within its clause's words, on either side of the
/// verb.
fn in_the_red(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    let w = u[i].text(text);
    if !(w.starts_with("schr") || w.starts_with("geschr")) {
        return false;
    }
    let colour = |k: usize| {
        let a = u[k].text(text).trim_end_matches(['e', 'n']);
        a.ends_with("rot") || a.ends_with("schwarz")
    };
    // (Or losses and profits written: `weil das Spital seit Jahren Verluste schreibe`.)
    let figures = |k: usize| {
        k > 0 && u[k].text(text) == "Zahlen" && colour(k - 1)
            || matches!(u[k].text(text), "Verluste" | "Gewinne")
    };
    let after = (i + 1..u.len().min(i + 6))
        .take_while(|&k| u[k].is_word())
        .any(figures);
    after || (word_run_start(u, i, 4)..i).any(figures)
}

/// Whether `geschätzt` at `i` is a figure's estimate in the passive, no one's report (`Der
/// Schaden wird auf 10.000 Euro geschätzt`): `auf` among the eight words before it in its
/// clause. (Wikinews dev annotates none of its six.)
fn estimated_at(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    u[i].text(text) == "geschätzt" && (word_run_start(u, i, 8)..i).any(|k| u[k].text(text) == "auf")
}

/// Whether the participle at `i` is a passive after a modal (`sollen die Beschlüsse bestätigt
/// werden`, `konnten nicht bestätigt werden`, `vorgestellt werden soll`, `der nicht zitiert
/// werden wollte`): what is to be, or could not be, said, no one's report. (Wikinews dev
/// annotates 6 of the 16 it has.)
fn modal_passive(doc: &Doc, text: &str, i: usize) -> bool {
    const MODALS: &[&str] = &[
        "soll", "sollen", "sollte", "sollten", "muss", "müssen", "musste", "mussten", "kann",
        "können", "konnte", "konnten", "könnte", "könnten", "darf", "dürfen", "durfte", "durften",
        "will", "wollen", "wollte", "wollten", "möchte", "möchten",
    ];
    let u = &doc.units;
    u.get(i + 1).is_some_and(|n| n.text(text) == "werden")
        && (u.get(i + 2).is_some_and(|m| MODALS.contains(&m.text(text)))
            || (word_run_start(u, i, 10)..i).any(|k| MODALS.contains(&u[k].text(text))))
}

/// Whether `verurteilen` at `i` is a court's sentence, not a condemnation (`wurde zu drei
/// Jahren Haft verurteilt`, `der wegen Betrugs rechtskräftig verurteilte X`): a word of
/// punishment or of a trial among the eight words on either side.
fn sentenced_in_court(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    // (Or a person as its object: `verurteilte einen Manager, der …`, `verurteilte ihn`;
    // a condemnation has a deed, `verurteilte den Anschlag`.)
    let person_object = || {
        let w = |k: usize| u.get(k).map_or("", |x| x.text(text));
        // (Not `verurteilte ihn als „Anschlag“`: a deed named.)
        (matches!(w(i + 1), "ihn" | "ihm")
            || u.get(i + 1).is_some_and(|x| x.flags & DET != 0)
                && [i + 2, i + 3].into_iter().any(|k| {
                    u.get(k).is_some_and(|x| x.cap)
                        && (person_noun(w(k)).is_some()
                                // (An agent noun in `-er` after a masculine article:
                                // `einen Kassierer`, `den Fahrer`.)
                                || matches!(w(i + 1), "einen" | "den")
                                    && w(k).ends_with("er")
                                    && w(k) != "Terror")
                }))
            && !(i + 2..i + 6).any(|k| w(k) == "als")
    };
    u[i].text(text).starts_with("verurteil")
        && (person_object()
            || (i.saturating_sub(8)..u.len().min(i + 9)).any(|k| {
                matches!(
                    u[k].text(text),
                    "Haft"
                        | "Jahren"
                        | "Jahre"
                        | "Monaten"
                        | "Gefängnis"
                        | "Geldstrafe"
                        | "Freiheitsstrafe"
                        | "Haftstrafe"
                        | "Tode"
                        | "lebenslang"
                        | "lebenslanger"
                        | "rechtskräftig"
                        | "Bewährung"
                        | "wegen"
                )
            }))
}

/// Whether `betont` or `wiederholt` at `i` is an adverb before a word of its own (`gab sich
/// betont gelassen`, `hatte ihn wiederholt als … beschimpft`), not the participle of saying
/// (`hat betont, dass …`, `betont wird, …`, `betont hatte`).
fn adverbial_participle(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    let w = u[i].text(text);
    if !matches!(w, "betont" | "wiederholt") {
        return false;
    }
    // (`wiederholt als „…“ beschimpft`, `wiederholt betont`: the adverb before `als` or
    // before the participle of saying.)
    if w == "wiederholt"
        && u.get(i + 1)
            .is_some_and(|n| n.text(text) == "als" || n.is_word() && !n.cap && n.flags & CUE != 0)
    {
        return true;
    }
    // (A predicative adjective after it, closing its clause or joined by `und`: `gab sich
    // betont gelassen.`; not an adverb of the clause, `betont auch, dass …`.)
    u.get(i + 1).is_some_and(|n| {
        n.is_word()
            && !n.cap
            && n.flags & (FUNC | PREP | DET | PRONOUN | COMP | CUE | FINITE | KONJ1 | KONJ2 | SOLL)
                == 0
            && !matches!(
                n.text(text),
                "auch" | "zudem" | "jedoch" | "aber" | "nochmals" | "erneut"
            )
            && u.get(i + 2)
                .is_none_or(|m| matches!(m.punct(), Some('.' | '!' | ';')) || m.text(text) == "und")
    })
}

/// Whether the verb of saying at `i` closes the set aside `wie man (so, gerne) sagt`: a
/// figure of speech, no one's report (`Die Lage war, wie man so sagt, überschaubar`, `wie
/// man einmal sagte und damit … meinte`).
fn saying_aside(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    matches!(
        u[i].text(text),
        "sagt" | "sagte" | "meint" | "meinte" | "nennt" | "nannte" | "formulierte"
    ) && u
        .get(i + 1)
        .is_some_and(|n| n.punct().is_some() || n.text(text) == "und")
        && (word_run_start(u, i, 10)..i).any(|k| {
            u[k].text(text).eq_ignore_ascii_case("wie")
                && u.get(k + 1).is_some_and(|n| n.text(text) == "man")
        })
}

/// Whether unit `i` is `bestätigt` of an election, not of a statement: `wurde im Amt
/// bestätigt`, `als Vorsitzende bestätigt` (an office or `als` in the six words before).
fn confirmed_in_office(doc: &Doc, text: &str, i: usize) -> bool {
    let u = &doc.units;
    let lo = i.saturating_sub(6);
    u[i].text(text) == "bestätigt"
        && (lo..i).any(|k| match u[k].text(text) {
            "Amt" | "Ämtern" | "Posten" | "Amte" | "Vorsitz" | "wiedergewählt" => true,
            // (`als Vorsitzende`, not `als erste Behörde`.)
            "als" => u.get(k + 1).is_some_and(|n| n.cap),
            _ => false,
        })
}

/// One past the last unit of the sentence containing `i`.
fn sentence_end_from(doc: &Doc, i: usize) -> usize {
    doc.sentences
        .get(doc.sentence_of(i))
        .map_or(doc.units.len(), |r| r.end)
}

/// The next quotation mark at or after `i` (bounded by `hi`).
fn next_mark(doc: &Doc, i: usize, hi: usize) -> usize {
    (i..hi)
        .find(|&j| doc.units[j].mark().is_some())
        .unwrap_or(hi)
}

/// Just after the last quotation mark in `lo..hi`, so a left context stops at an earlier quote.
fn last_mark_before(doc: &Doc, lo: usize, hi: usize) -> usize {
    (lo..hi)
        .rev()
        .find(|&j| doc.units[j].mark().is_some())
        .map_or(lo, |j| j + 1)
}

/// The comma-delimited clause around unit `v` within `lo..hi`.
fn clause_of(doc: &Doc, lo: usize, hi: usize, v: usize) -> (usize, usize) {
    clause_around(doc, lo, hi, v, false)
}

/// The start `lo` of the sentence for a participle of saying whose clause opens with its
/// finite auxiliary right after the comma closing an apposition to the subject (`Die
/// Vorsitzenden der Grünen, Ricarda Lang und Omid Nouripour, haben ihren Rücktritt
/// angekündigt`): no verb before that comma, and every comma before it followed by a
/// capitalised word.
fn apposition_clause_start(doc: &Doc, text: &str, lo: usize, a: usize, v: usize) -> Option<usize> {
    const AUX: &[&str] = &["hat", "haben", "hatte", "hatten"];
    let u = &doc.units;
    if a <= lo + 2 || a >= v || !AUX.contains(&u[a].text(text)) || !participle_like(u[v].text(text))
    {
        return None;
    }
    let verb = |i: usize| {
        u[i].is_word()
            && !u[i].cap
            && (u[i].flags & (FINITE | KONJ1 | KONJ2 | SOLL | COMP | CUE) != 0)
    };
    let ok = u[a - 1].punct() == Some(',')
        && !(lo..a).any(verb)
        && (a + 1..v).all(|i| !verb(i) && u[i].punct().is_none())
        && (lo..a - 1).all(|i| {
            u[i].mark().is_none()
                && match u[i].punct() {
                    None => true,
                    Some(',') => u.get(i + 1).is_some_and(|n| n.is_word() && n.cap),
                    Some(_) => false,
                }
        });
    ok.then_some(lo)
}

/// [`clause_of`] for the verb of a report, whose content is the clause before or after
/// it: a quotation mark bounds that clause only where it opens or closes the quotation
/// next to the verb's clause (`„…“, sagte X`, `sagte X: „…“`), not one inside it (`sagte
/// der „Financial Times“, Kiew sei …`, `sprach von einem „historischen Schritt“ für das
/// Land`, `nannte die Pläne „unausgegoren“ und kündigte … an`), whose words are part of
/// the verb's clause; nor does a parenthesis after a word (`sagte Müller (CDU), …`).
/// Returns that clause and the plain [`clause_of`] it was widened from.
fn report_clause(
    doc: &Doc,
    text: &str,
    lo: usize,
    hi: usize,
    c: &CueHit,
) -> ((usize, usize), (usize, usize)) {
    let u = &doc.units;
    let v = c.verb;
    let (pa, pb) = clause_of(doc, lo, hi, v);
    let pa = apposition_clause_start(doc, text, lo, pa, v).unwrap_or(pa);
    let plain = (pa, past_subject_apposition(doc, text, c, pb, hi));
    let (mut a, mut b) = plain;
    // (A mark or an opening parenthesis right after a word, with no comma or colon
    // between, is inside the clause: `sagte Müller (CDU), …`.)
    let inner = |m: usize, word: usize| {
        u.get(m).is_some_and(|x| x.mark().is_some()) && u.get(word).is_some_and(Unit::is_word)
    };
    let paren_after = |m: usize| {
        u.get(m).is_some_and(|x| x.punct() == Some('('))
            && m.checked_sub(1)
                .and_then(|p| u.get(p))
                .is_some_and(|x| x.is_word() || x.mark().is_some())
    };
    while b < hi {
        // Past the quotation (its closing mark is the next mark) or the parenthesis (up to
        // a dozen units) to the clause's end.
        let close = if inner(b, b.wrapping_sub(1)) {
            (b + 1..hi).find(|&k| u[k].mark().is_some())
        } else if paren_after(b) {
            (b + 1..hi.min(b + 12)).find(|&k| u[k].punct() == Some(')'))
        } else {
            None
        };
        match close {
            Some(c) => b = clause_end(u, c + 1, hi),
            None => break,
        }
    }
    // The clause start before the unit `o` (in `lo..`).
    let start_before = |o: usize| match u.get(lo..o) {
        Some(left) => left.iter().rposition(clause_sep).map_or(lo, |p| lo + p + 1),
        None => o,
    };
    while a >= lo + 2 && u[a - 2].is_word() {
        // Back past a quotation embedded in a clause (a word before it too), or a
        // parenthesis after a word, that ends right before the verb's clause.
        let open = if inner(a - 1, a) {
            (lo..a - 1)
                .rev()
                .find(|&k| u[k].mark().is_some())
                .filter(|&o| o > lo && u[o - 1].is_word())
        } else if u[a - 1].punct() == Some(')') {
            (lo.max(a.saturating_sub(12))..a - 1)
                .rev()
                .find(|&k| u[k].punct() == Some('('))
                .filter(|&o| paren_after(o))
        } else {
            None
        };
        match open {
            Some(o) => a = start_before(o),
            None => break,
        }
    }
    ((a, b), plain)
}

/// [`clause_of`] for a speaker search: a short quoted name inside the clause is no
/// boundary (`sagte die „Süddeutsche Zeitung“`, `berichtet die Agentur „Sana“`).
fn speaker_clause(doc: &Doc, text: &str, lo: usize, hi: usize, c: &CueHit) -> (usize, usize) {
    let (a, b) = clause_around(doc, lo, hi, c.verb, true);
    let a = apposition_clause_start(doc, text, lo, a, c.verb).unwrap_or(a);
    (a, past_subject_apposition(doc, text, c, b, hi))
}

/// The clause end `b` after cue `c`, moved past an apposition to the verb's inverted
/// subject (`räumte der Sprecher, Klaus Berger, am Montag ein`): to the end of the clause
/// that resumes after it, or to the apposition's closing comma when what follows has a
/// verb of its own (content: `erklärte der Sprecher, Klaus Berger, die Lage sei ernst`),
/// unless that is the cue's second part or the subject's next act (`…, Hans Müller, und
/// forderte …`).
fn past_subject_apposition(doc: &Doc, text: &str, c: &CueHit, b: usize, hi: usize) -> usize {
    let u = &doc.units;
    let v = c.verb;
    // (The cheap tests first: a comma after words after the verb.)
    if b <= v + 1 || b >= hi || u[b].punct() != Some(',') {
        return b;
    }
    let Some(k) = apposition_close(doc, text, v, b, hi) else {
        return b;
    };
    if k >= hi || u[k].punct() != Some(',') {
        return k;
    }
    let e = clause_end(u, k + 1, hi);
    let next_act = e > k + 2
        && matches!(u[k + 1].text(text), "und" | "sowie" | "aber")
        && finite_word(text, &u[k + 2], FINITE);
    let second = c.second.is_some_and(|s| s > k && s < e);
    if second || next_act || verbless(u, text, k + 1, e) {
        e
    } else {
        k
    }
}

/// Whether a unit bounds a clause: a comma, colon, semicolon, dash, parenthesis or
/// quotation mark.
fn clause_sep(x: &Unit) -> bool {
    matches!(
        x.kind,
        UKind::Punct(',' | ':' | ';' | '–' | '(' | ')') | UKind::Mark(_)
    )
}

/// The end of the plain clause from unit `v` within `..hi` (the right half of
/// [`clause_of`]): the first [`clause_sep`] in `v..hi`, else `hi`.
fn clause_end(units: &[Unit], v: usize, hi: usize) -> usize {
    match units.get(v..hi.min(units.len())) {
        Some(right) => right.iter().position(clause_sep).map_or(hi, |p| v + p),
        None => v,
    }
}

/// The opening dash of an aside of one to four words between dashes that closes at unit
/// `close`, right after a capitalised word (`Olaf Scholz – sichtlich verärgert – sagte`):
/// the clause runs on through it.
#[inline]
pub(crate) fn dash_aside_open(doc: &Doc, lo: usize, close: usize) -> Option<usize> {
    let u = &doc.units;
    let dash = u.get(close)?.punct().filter(|c| matches!(c, '–' | '—'))?;
    dash_aside_from(doc, lo, close, dash)
}

/// [`dash_aside_open`] once the unit at `close` is known to be the dash `dash`.
fn dash_aside_from(doc: &Doc, lo: usize, close: usize, dash: char) -> Option<usize> {
    let u = &doc.units;
    let open = (close.saturating_sub(5).max(lo)..close.saturating_sub(1))
        .rev()
        .find(|&k| u[k].punct() == Some(dash))?;
    let words = (open + 1..close).all(|k| {
        u[k].is_word() && (u[k].cap || u[k].flags & (FINITE | CUE | KONJ1 | KONJ2 | SOLL) == 0)
    });
    (words && open > lo && u[open - 1].is_word() && u[open - 1].cap).then_some(open)
}

fn clause_around(doc: &Doc, lo: usize, hi: usize, v: usize, names: bool) -> (usize, usize) {
    let u = &doc.units;
    if !names {
        // The plain clause: the nearest separators on either side, by slice scans (the left
        // one passed over when it closes a dash aside).
        let mut to = v;
        let a = loop {
            let a = match u.get(lo..to) {
                Some(left) => left.iter().rposition(clause_sep).map_or(lo, |p| lo + p + 1),
                None => to,
            };
            match (a > lo).then(|| dash_aside_open(doc, lo, a - 1)).flatten() {
                Some(o) => to = o,
                None => break a,
            }
        };
        return (a, clause_end(u, v, hi));
    }
    let is_sep = |i: usize| clause_sep(&u[i]);
    let mut a = v;
    while a > lo {
        if is_sep(a - 1) {
            match quoted_name_open(doc, lo, a - 1)
                .filter(|_| names)
                .or_else(|| dash_aside_open(doc, lo, a - 1))
            {
                Some(o) if o > lo => a = o,
                _ => break,
            }
            continue;
        }
        a -= 1;
    }
    let mut b = v;
    while b < hi {
        if is_sep(b) {
            match quoted_name_close(doc, b, hi).filter(|_| names) {
                Some(c) => b = c + 1,
                None => break,
            }
            continue;
        }
        b += 1;
    }
    // A `dass`/`ob` clause right after the verb without a comma belongs to the content.
    (a, b)
}

/// The closing mark of a short quoted name opening at mark `o` right after a word (`die
/// „Süddeutsche Zeitung“`, `Nachrichtenagentur „Sana“`): up to six words, the first
/// capitalised, the marks attached to them (an opening mark is followed, a closing mark
/// preceded, by a word without a space).
fn quoted_name_close(doc: &Doc, o: usize, hi: usize) -> Option<usize> {
    let u = &doc.units;
    let (prev, first) = (u.get(o.checked_sub(1)?)?, u.get(o + 1)?);
    if u[o].mark().is_none()
        || !prev.is_word()
        || prev.span.end >= u[o].span.start
        || !(first.is_word() && first.cap && first.span.start == u[o].span.end)
    {
        return None;
    }
    let c = (o + 2..hi.min(o + 8)).find(|&k| !u[k].is_word())?;
    (u[c].mark().is_some() && u[c].span.start == u[c - 1].span.end).then_some(c)
}

/// The opening mark of a short quoted name (see [`quoted_name_close`]) closing at mark `c`.
fn quoted_name_open(doc: &Doc, lo: usize, c: usize) -> Option<usize> {
    let u = &doc.units;
    let o = (c.saturating_sub(7).max(lo)..c)
        .rev()
        .find(|&k| !u[k].is_word())?;
    (quoted_name_close(doc, o, c + 1) == Some(c)).then_some(o)
}

/// Whether the units `a..b` hold no word outside quotations (`„…“`: the content of a report
/// that is a direct quotation and nothing else; a partial quotation, `Der Iran müsse „…“
/// beenden`, has words of its own).
fn all_quoted(doc: &Doc, in_quote: &[bool], a: usize, b: usize) -> bool {
    (a..b).all(|i| in_quote[i] || !doc.units[i].is_word())
}

/// The first colon outside quotations in the units `a..b` that a quotation mark follows,
/// with only quoted words and marks from there to `b` (`…, heißt es: „…“`): that quotation
/// is no part of a report over `a..b`.
fn colon_before_quoted_tail(doc: &Doc, in_quote: &[bool], a: usize, b: usize) -> Option<usize> {
    let u = &doc.units;
    (a..b).find(|&k| {
        u[k].punct() == Some(':')
            && !in_quote[k]
            && u.get(k + 1).is_some_and(|m| m.mark().is_some())
            && (k + 1..b).all(|i| in_quote[i] || u[i].mark().is_some())
    })
}

/// Trims punctuation and marks at both ends of a unit range.
fn trim_units(doc: &Doc, mut a: usize, mut b: usize) -> (usize, usize) {
    let u = &doc.units;
    while a < b && !u[a].is_word() && u[a].mark().is_none() {
        a += 1;
    }
    while b > a && !u[b - 1].is_word() && u[b - 1].mark().is_none() {
        b -= 1;
    }
    (a, b)
}

/// The unit after a short parenthesis of words opening at `e` (`nach Angaben des
/// Ministeriums (BMI) sei …`: the report's content starts after it), else `e`.
fn past_parenthesis(u: &[Unit], e: usize, hi: usize) -> usize {
    if e >= hi || u[e].punct() != Some('(') {
        return e;
    }
    (e + 2..(e + 7).min(hi))
        .find(|&k| u[k].punct() == Some(')'))
        .filter(|&c| (e + 1..c).all(|k| u[k].is_word() || u[k].punct() == Some('-')))
        .map_or(e, |c| c + 1)
}

/// `laut X`, `X zufolge`, `nach Angaben von X`, `…, so X`, `heißt es`: the content range and
/// the source phrase.
#[allow(clippy::type_complexity)]
fn report_marker(
    doc: &Doc,
    text: &str,
    lo: usize,
    hi: usize,
) -> Option<(usize, usize, Option<(usize, usize)>)> {
    let u = &doc.units;
    let w = |i: usize| u[i].text(text);
    // The last `nach`/`Nach` (a MARKER) before unit `i`, noted on the way instead of
    // looked for from every capitalised word.
    let mut last_nach: Option<usize> = None;
    for i in lo..hi {
        // Every word an arm below names is a lexicon MARKER (so are `nach` and `Nach`); a
        // capitalised word without the flag can still end in `…ngaben` after `nach`.
        if !u[i].is_word() || u[i].flags & MARKER == 0 && !u[i].cap {
            continue;
        }
        // A `nach` among the three units before `i`.
        let after_nach = last_nach.is_some_and(|j| j + 3 >= i);
        if u[i].flags & MARKER != 0 && matches!(w(i), "nach" | "Nach") {
            last_nach = Some(i);
        }
        // A capitalised word without the flag can only be the `nach …ngaben` arm's: skip
        // the string comparisons of the others unless a `nach` stands just before it. (So
        // every word a string arm names must carry MARKER, capitalised ones too: the lexicon
        // test `report_marker_words_are_flagged` lists them.)
        if u[i].flags & MARKER == 0 && !after_nach {
            continue;
        }
        let lw = w(i);
        match lw {
            // (`Kritik war laut geworden`, `laut werden`: the adjective before a verb; not
            // `laut gemeinsamen Angaben`, whose noun follows.)
            "laut"
                if i + 1 < hi
                    && u[i + 1].is_word()
                    && loud_verb(w(i + 1))
                    && !(i + 2 < hi && u[i + 2].is_word() && u[i + 2].cap) => {}
            "laut" | "Laut" | "gemäß" | "gemäss" | "Gemäß" | "Gemäss" => {
                // `laut „Welt“`: a quoted name is the source.
                let quoted = (i + 1 < hi && u[i + 1].mark().is_some())
                    .then(|| {
                        (i + 2..hi)
                            .find(|&j| u[j].mark().is_some())
                            .map(|j| (i + 2, j))
                    })
                    .flatten()
                    .filter(|&(s, e)| s < e);
                // `laut faz.net`, `laut taz`: a lower-case source name.
                let lower_name = (i + 1 < hi
                    && u[i + 1].is_word()
                    && !u[i + 1].cap
                    && u[i + 1].flags & (FUNC | PREP | DET | PRONOUN | CUE | FINITE) == 0)
                    .then_some((i + 1, i + 2));
                // (A lower-case name with a hyphen or dot comes first: `laut el-Baradei die
                // Bearbeitung …`, `laut ai-Bericht eine hohe Dunkelziffer`, not the phrase
                // after it.)
                let joined_name = lower_name.filter(|&(s, _)| w(s).contains(['-', '.']));
                let np = quoted
                    .or(joined_name)
                    .or_else(|| np_right_direct(doc, text, i + 1, hi))
                    .or(lower_name)
                    .map(|x| {
                        // (With an apposition between commas before the content: `Laut dem
                        // Sprecher der Feuerwehr, Jan Meier, brach das Feuer … aus`.)
                        let y = with_apposition(doc, text, x, hi);
                        if y.1 > x.1 && y.1 + 1 < hi && u[y.1].punct() == Some(',') {
                            y
                        } else {
                            x
                        }
                    });
                // (No source after it, `laut` is the adjective: `Die Musik war zu laut.`,
                // `sang laut und falsch`, the title „Sag es laut“. Criticism that `wird laut,`
                // is reported in the clause after the comma.)
                // (`Laut nicht näher genannten Quellen` opening a sentence is the marker.)
                let adjective = lw == "laut"
                    || u.get(i + 1).is_none_or(|n| {
                        !n.is_word() || matches!(n.text(text), "und" | "oder" | "wie")
                    });
                if np.is_none() && adjective {
                    // (What was raised is the source as written: `Vorwürfe werden laut, …`,
                    // `Erneut wurden Vorwürfe laut, …`.)
                    let raised = (i + 2 < hi && u[i + 1].punct() == Some(','))
                        .then(|| {
                            (lo.max(i.saturating_sub(8))..i).find(|&k| {
                                matches!(w(k), "wird" | "werden" | "wurde" | "wurden" | "worden")
                            })
                        })
                        .flatten();
                    if raised.is_some() {
                        let noun = (lo.max(i.saturating_sub(8))..i).find(|&j| {
                            matches!(
                                w(j),
                                "Kritik"
                                    | "Vorwürfe"
                                    | "Zweifel"
                                    | "Forderungen"
                                    | "Stimmen"
                                    | "Rufe"
                                    | "Bedenken"
                                    | "Befürchtungen"
                                    | "Gerüchte"
                                    | "Klagen"
                                    | "Proteste"
                                    | "Warnungen"
                                    | "Sorgen"
                                    | "Fragen"
                            )
                        });
                        return Some((i + 2, hi, noun.map(|j| (j, j + 1))));
                    }
                    continue;
                }
                // (Past the closing mark of a quoted source: `Laut „Spiegel“ kamen …`.)
                let (a, b) = if i == lo {
                    let e = np.map_or(i + 1, |x| x.1);
                    (e + usize::from(quoted.is_some() && e < hi), hi)
                } else {
                    (lo, hi)
                };
                return Some((a, b, np));
            }
            "zufolge" | "Zufolge"
                if i >= lo + 2
                    && u[i - 2].punct() == Some(',')
                    && matches!(w(i - 1), "denen" | "dem" | "der") =>
            {
                // `…, denen zufolge …`: a relative clause of report; its pronoun as written
                // is the source and the content follows `zufolge`.
                return Some((i + 1, hi, Some((i - 1, i))));
            }
            "zufolge" | "Zufolge" => {
                // `Einer Meldung von Xinhua zufolge`: a source phrase opening the clause
                // may hold prepositions and genitives that `np_left` stops at.
                let whole = (i > lo
                    && i <= lo + 10
                    && u[lo].is_word()
                    && u[lo].flags & (PREP | COMP) == 0
                    && {
                        // (Quoted names too, in a phrase of nouns, articles and prepositions:
                        // `Einem Bericht des „Spiegel“ zufolge`, not `Die Preise sind der
                        // „Financial Times“ zufolge`. No verb: `Zudem lobte der Minister dem
                        // Spiegel zufolge` is a clause.)
                        let quoted = (lo..i).any(|j| u[j].mark().is_some());
                        // (A lower-case word between a noun and an article is a verb: `Die
                        // Gletscher verlieren einer neuen Studie zufolge` is a clause.)
                        let verb_between = |j: usize| {
                            let x = &u[j];
                            j > lo
                                && !x.cap
                                && x.flags & (DET | PREP | FUNC) == 0
                                && u[j - 1].cap
                                && u.get(j + 1).is_some_and(|n| n.flags & DET != 0)
                        };
                        (lo..i).all(|j| {
                            let x = &u[j];
                            x.is_word()
                                && (x.cap || x.flags & (FINITE | CUE) == 0)
                                && !verb_between(j)
                                && (!quoted || x.cap || x.flags & (DET | PREP) != 0)
                                || x.mark().is_some()
                                || matches!(x.punct(), Some('(' | ')'))
                        })
                    })
                .then_some((lo, i));
                // (Inside the clause, after the verb, `np_left` may take the verb for an
                // adjective and give up at the preposition before it: `Am Samstag starben
                // behördlichen Angaben zufolge …`. Then the noun before `zufolge` with one
                // adjective and an article before it.)
                let bare = || {
                    let mut s = i
                        .checked_sub(1)
                        .filter(|&s| s > lo && cap_noun_unit(&u[s]))?;
                    // (Not a verb after a noun: `Am Samstag starben Polizeiangaben zufolge`.)
                    if s > lo + 1
                        && u[s - 1].is_word()
                        && !u[s - 1].cap
                        && adjective_form(w(s - 1))
                        && !cap_noun_unit(&u[s - 2])
                    {
                        s -= 1;
                    }
                    if s > lo && u[s - 1].flags & DET != 0 && !u[s - 1].cap {
                        s -= 1;
                    }
                    Some((s, i))
                };
                // (A quoted name with its article: `hob X dem „Figaro“ zufolge … hervor`.)
                let quoted = || {
                    let c = i
                        .checked_sub(1)
                        .filter(|&c| c > lo && u[c].mark().is_some())?;
                    let o = quoted_name_open(doc, lo, c)?;
                    let s = if o > lo && u[o - 1].flags & DET != 0 {
                        o - 1
                    } else {
                        o
                    };
                    Some((s, i))
                };
                let np = np_left(doc, text, lo, i)
                    .filter(|x| x.0 == lo)
                    .or(whole)
                    .or_else(|| np_left(doc, text, lo, i))
                    .or_else(bare)
                    .or_else(quoted);
                let (a, b) = if np.is_some_and(|x| x.0 == lo) {
                    (i + 1, hi)
                } else {
                    (lo, hi)
                };
                return Some((a, b, np));
            }
            x if statement_noun(x)
                && i > lo
                && (matches!(w(i - 1), "nach" | "Nach")
                    || matches!(
                        w(i - 1),
                        "den" | "Den" | "seinen" | "ihren" | "eigenen" | "seiner" | "ihrer"
                    ) && (i >= lo + 2 && matches!(w(i - 2), "nach" | "Nach")
                        || i + 1 < hi && w(i + 1) == "zufolge")) =>
            {
                // `nach Angaben von X` / `nach Angaben des X` / `Angaben zufolge`.
                let mut j = i + 1;
                // (`nach Angaben aus Regierungskreisen`: the origin is the source.)
                let von = j < hi && matches!(w(j), "von" | "vom" | "aus");
                if von {
                    j += 1;
                }
                // `nach Ansicht von ai`, `nach Angaben von n24`: a lower-case name right after
                // `von` is the source (not a phrase further on).
                let lower_name = (von
                    && j < hi
                    && u[j].is_word()
                    && !u[j].cap
                    && u[j].flags & (FUNC | PREP | DET | PRONOUN | CUE | FINITE) == 0)
                    .then_some((j, j + 1));
                // `nach eigenen Angaben`, `seinen Angaben zufolge`: the phrase itself points
                // to its source (the subject), as a pronoun does; nothing after it is.
                let own = matches!(
                    w(i - 1),
                    "seinen" | "ihren" | "eigenen" | "seiner" | "ihrer"
                )
                .then_some((i - 1, i + 1));
                // The noun opens the source as written (`Angaben der Polizei`, `Ansicht von
                // ai`), as in `laut Angaben des Ministeriums`: the mention annotators mark.
                // (With its article: `nach den Worten der Ministerin`.)
                let head = if matches!(w(i - 1), "den" | "Den") {
                    i - 1
                } else {
                    i
                };
                let np = own
                    .or(lower_name.map(|(_, e)| (head, e)))
                    .or_else(|| {
                        // (With an apposition set off by commas before the content: `nach
                        // Angaben von Peter Beck, dem Dekan, befanden sich …`.)
                        let x = np_right_direct(doc, text, j, hi)?;
                        let y = with_apposition(doc, text, x, hi);
                        let (_, e) = if y.1 > x.1 && y.1 + 1 < hi && u[y.1].punct() == Some(',') {
                            y
                        } else {
                            x
                        };
                        Some((head, e))
                    })
                    .or(Some((i - 1, i + 1)));
                let a = if i - 1 == lo || i >= 2 && i - 2 == lo {
                    np.map_or(i + 1, |x| past_parenthesis(u, x.1, hi))
                } else {
                    lo
                };
                return Some((a, hi, np));
            }
            // `Demnach sei …`: the content starts after it, as after `Laut X`.
            "demnach" | "Demnach" => {
                return Some((if i == lo { i + 1 } else { lo }, hi, Some((i, i + 1))))
            }
            // `dem Vernehmen nach` (as reported, unnamed): the phrase is the source as written,
            // as `Berichten zufolge` is.
            "Vernehmen"
                if i > lo
                    && matches!(w(i - 1), "dem" | "Dem")
                    && i + 1 < hi
                    && w(i + 1) == "nach" =>
            {
                let a = if i - 1 == lo { i + 2 } else { lo };
                return Some((a, hi, Some((i - 1, i + 1))));
            }
            "Sicht" if i > lo && matches!(w(i - 1), "aus" | "Aus") => {
                let np = np_right_direct(doc, text, i + 1, hi);
                let a = if i - 1 == lo {
                    np.map_or(i + 1, |x| x.1)
                } else {
                    lo
                };
                return Some((a, hi, np));
            }
            _ if u[i].cap
                && after_nach
                && [
                    "ngaben",
                    "eldungen",
                    "erichten",
                    "ussagen",
                    "nformationen",
                    "chätzungen",
                    "rkenntnissen",
                    "ntersuchungen",
                    "ericht",
                    "eldung",
                    "achricht",
                    "itteilung",
                    "rklärung",
                    "tudie",
                    "mfrage",
                    // (Judgements with an attribute: `nach erster Einschätzung`, `nach
                    // Grupps Meinung`; `nach ersten Ermittlungen der Polizei`.)
                    "einung",
                    "inschätzung",
                    "nsicht",
                    "uffassung",
                    "arstellung",
                    "rmittlungen",
                ]
                .iter()
                .any(|s| lw.ends_with(s))
                    // Texts and plans that say what holds, as the source of a sentence they
                    // open (`Nach dem Urteil sind …`, `Nach Schäubles Idee soll …`, `Nach der
                    // Verfassung muss …`); inside a sentence they are mostly a legal basis
                    // or a time (`Anordnungen nach dem Aufenthaltsgesetz`). (Not laws and
                    // drafts: debates cite them as a basis, `Nach unserem Grundgesetz war …`.)
                    || i <= lo + 3
                        && w(lo) == "Nach"
                        && [
                            "rteil",
                            "erfassung",
                            "rtikel",
                            "dee",
                            "nkündigung",
                            "orstellung",
                            "orstellungen",
                            "länen",
                            "orschlag",
                        ]
                        .iter()
                        .any(|s| lw.ends_with(s)) =>
            {
                // `nach israelischen Angaben`, `nach ersten Meldungen`, `nach Zeugenaussagen`;
                // with its attributes, `nach einem Bericht der BBC`.
                // (Attributes belong to the source as written: `nach ersten Angaben`.)
                let k = (lo..i).rev().find(|&j| matches!(w(j), "nach" | "Nach"));
                let after_k = k.and_then(|k| np_right_direct(doc, text, k + 1, hi));
                // (Not when `nach` governs a phrase of its own before the noun: `leitete nach
                // der Pleite Ermittlungen ein` names no source.)
                if after_k.is_some_and(|(_, e)| e <= i) {
                    continue;
                }
                // (After the noun only a genitive or `von` phrase: `nach Medienberichten
                // weitere Teilnehmer` ends at the noun.)
                let np = after_k
                    .filter(|&(s, e)| s <= i && e > i)
                    .map(|(s, e)| {
                        let attached = i + 1 < hi
                            && matches!(
                                w(i + 1),
                                "der" | "des" | "eines" | "einer" | "von" | "vom"
                            );
                        // (A genitive of capitalised words: `der BBC`, `des Roten Kreuzes`.)
                        let mut g = i + 2;
                        while attached && g < hi && u[g].is_word() && u[g].cap {
                            g += 1;
                        }
                        // (Not up to a bare article: `nach einer Nachricht der ursprüngliche
                        // „Poe Toaster“ …` has no genitive after the noun.)
                        // (A genitive's adjective ends in `-en`, `der örtlichen Polizei`; one
                        // in `-e` makes `der frühere Bürgermeister` the subject that follows.)
                        let genitive_adjective = !(i + 2 < hi
                            && u[i + 2].is_word()
                            && !u[i + 2].cap
                            && w(i + 2).ends_with('e'));
                        // (`Nach dem Artikel 65 des Grundgesetzes`: the number names it.)
                        let numbered = i + 1 < hi && u[i + 1].digit && e > i + 1;
                        let end = if numbered {
                            e
                        } else if attached && g > i + 2 {
                            e.max(g)
                        } else if attached && e > i + 2 && genitive_adjective {
                            e
                        } else {
                            i + 1
                        };
                        (s, end)
                    })
                    .or(Some((i, i + 1)));
                // (Findings with no one named, `nach ersten Erkenntnissen`, source only a
                // report in Konjunktiv or with `soll`; in the indicative they are the writer's
                // hedge, `Nach ersten Erkenntnissen brach das Feuer im Keller aus`, and a
                // `wie X mitteilte` after them names the source.)
                // (So is an event with its definite article and no source after it: `Die
                // Aktie stieg nach der Mitteilung um vier Prozent` tells when.)
                let event = k.is_some_and(|k| k + 2 == i && matches!(w(k + 1), "der" | "dem"))
                    && ["itteilung", "eldung", "achricht", "rklärung"]
                        .iter()
                        .any(|s| lw.ends_with(s));
                if (lw.ends_with("rkenntnissen") || lw.ends_with("rmittlungen") || event)
                    && np.is_some_and(|(_, e)| e <= i + 1)
                    && !(lo..hi).any(|j| {
                        !u[j].cap
                            && (u[j].flags & (KONJ1 | KONJ2 | SOLL) != 0
                                || u[j].flags & (DET | PRONOUN | FUNC | PREP | COMP) == 0
                                    && konjunktiv_third_person(w(j)))
                    })
                {
                    continue;
                }
                let a = if (lo..i).all(|j| u[j].is_word()) && i < lo + 4 {
                    np.map_or(i + 1, |x| past_parenthesis(u, x.1.max(i + 1), hi))
                } else {
                    lo
                };
                return Some((a, hi, np));
            }
            // (Or after a dash: `… auf – so der Vorwurf –, Männer …`.)
            "so" if i > lo && matches!(u[i - 1].punct(), Some(',' | '–' | '—')) => {
                // `…, so etwa von der Umwelthilfe`: a focus adverb and `von` before the source.
                let mut j = i + 1;
                while j < hi && matches!(w(j), "etwa" | "auch" | "zumindest" | "jedenfalls") {
                    j += 1;
                }
                if j + 1 < hi && matches!(w(j), "von" | "vom") {
                    j += 1;
                }
                if let Some((s, e)) = np_right_direct(doc, text, j, hi)
                    .filter(|&(s, _)| s == j || j > i + 1 && s == j + 1 && u[j].flags & DET != 0)
                    .map(|np| with_apposition(doc, text, np, hi))
                {
                    // (And by an adverb of continuation: `, so Obama weiter, …`.)
                    let t = past_continuation(doc, text, e, hi);
                    // (The source may be followed by where it spoke: `, so X im Fernsehen`.)
                    let tail_pp = t < hi
                        && u[t].flags & PREP != 0
                        && (t..hi).all(|k| {
                            u[k].is_word() && (u[k].cap || u[k].flags & (CUE | FINITE) == 0)
                                || u[k].mark().is_some()
                        });
                    if t + 2 >= hi || matches!(u[t].punct(), Some(',' | '(' | '–' | '—')) || tail_pp
                    {
                        return Some((lo, i - 1, Some((s, e))));
                    }
                }
            }
            x if heisst_form(x) && heisst_es_at(doc, text, lo, hi, i) => {
                let np = heisst_source(doc, text, lo, hi, i);
                let (clo, mut b) = clause_of(doc, lo, hi, i);
                // (Past a quoted name in the clause: `…, heißt es im „Gesundheitsreport
                // 2026“.` has its content before it.)
                while let Some(c) = quoted_name_close(doc, b, hi) {
                    b = (c + 1..hi).find(|&k| !u[k].is_word()).unwrap_or(hi);
                }
                // The content follows the clause (`In X heißt es, …`) or precedes it (`…,
                // hieß es vom Sprecher X`, also with a relative clause on the source: `…,
                // heißt es in der Studie, die in „Nature“ erschien`).
                let relative_after = b < hi && opens_relative_clause(doc, text, b + 1, hi);
                return Some(if b < hi && !(relative_after && clo > lo + 1) {
                    (b + 1, hi, np)
                } else if clo > lo + 1 {
                    (lo, clo - 1, np)
                } else {
                    (lo, hi, np)
                });
            }
            _ => {}
        }
    }
    None
}

/// Whether a lower-case verb form in Konjunktiv (or `soll`) stands outside quotation marks
/// in `a..b`.
fn konj_verb_in(doc: &Doc, in_quote: &[bool], a: usize, b: usize) -> bool {
    (a..b).any(|i| {
        let u = &doc.units[i];
        !in_quote[i] && !u.cap && u.flags & (KONJ1 | KONJ2 | SOLL) != 0
    })
}

/// Whether the clause before `comma` is an impersonal judgement in the indicative (`Es ist
/// möglich, dass …`, `Es gilt als wahrscheinlich, dass …`): the narrator's, no one's view.
fn impersonal_stance(doc: &Doc, text: &str, in_quote: &[bool], lo: usize, comma: usize) -> bool {
    let u = &doc.units;
    let k = (lo..comma)
        .rev()
        .find(|&k| matches!(u[k].punct(), Some(',' | ';')) && !in_quote[k])
        .map_or(lo, |k| k + 1);
    k + 1 < comma
        && matches!(u[k].text(text), "Es" | "es")
        && matches!(
            u[k + 1].text(text),
            "ist" | "war" | "gilt" | "galt" | "scheint" | "schien" | "bleibt" | "blieb"
        )
}

/// Whether the verb of saying `c` opening `lo..hi` is negated, so that nothing is reported:
/// `nicht` right after a plain verb of saying (`Er sagte nicht, ob …`, `Sie äußerte sich nicht
/// dazu, wann …`) or between a modal and its infinitive (`wollte nicht sagen, wann …`), before
/// a content clause of `ob`, a question word or `dass`. (Only in the sentence's first clause;
/// not verbs whose negation affirms, `schloss nicht aus, dass`, `bestritt nicht, dass`.)
fn unsaid(doc: &Doc, text: &str, lo: usize, hi: usize, c: &CueHit) -> bool {
    let u = &doc.units;
    let w = |k: usize| u[k].text(text);
    let v = c.verb;
    let last = c.second.map_or(v, |x| x.max(v));
    // (The question fronted: `Ob er bleibt, sagte X nicht`, `Wann …, teilte die Stadt nicht
    // mit`.)
    if v > lo + 2
        && u[v - 1].punct() == Some(',')
        && matches!(
            w(lo),
            "Ob" | "Wann" | "Wie" | "Was" | "Wer" | "Warum" | "Wo" | "Weshalb" | "Wieso"
        )
        && u[v].flags & (FINITE | SEP_BASE) != 0
        && starts_with_any(
            w(v),
            &[
                "sag",
                "äußer",
                "erklär",
                "verr",
                "teilt",
                "bestätig",
                "nann",
                "nenn",
            ],
        )
        && (v + 1..hi).any(|k| w(k) == "nicht")
        && (v + 1..hi).all(|k| u[k].is_word())
    {
        return true;
    }
    if (lo..v).any(|k| !u[k].is_word()) {
        return false;
    }
    let Some(comma) = (last + 1..hi.min(last + 5)).find(|&k| !u[k].is_word()) else {
        return false;
    };
    if u[comma].punct() != Some(',') || comma + 1 >= hi {
        return false;
    }
    let opener = matches!(
        w(comma + 1),
        "ob" | "wann"
            | "wie"
            | "was"
            | "wer"
            | "warum"
            | "wo"
            | "weshalb"
            | "wieso"
            | "welche"
            | "welcher"
            | "welches"
            | "dass"
    );
    let plain = |x: &str| {
        starts_with_any(
            x,
            &[
                "sag",
                "äußer",
                "erklär",
                "verr",
                "teilt",
                "mitteil",
                "bestätig",
                "kommentier",
                "nenn",
                "nann",
                "präzisier",
                "beantwort",
            ],
        )
    };
    let after = u[v].flags & FINITE != 0
        && plain(w(v))
        && (v + 1..comma).any(|k| w(k) == "nicht")
        && (v + 1..comma).all(|k| matches!(w(k), "nicht" | "sich" | "dazu" | "darüber" | "mit"));
    let modal = last > lo + 1
        && plain(w(last))
        && !u[last].cap
        && w(last - 1) == "nicht"
        && (lo..last - 1).any(|k| {
            matches!(
                w(k),
                "wollte"
                    | "wollten"
                    | "will"
                    | "wollen"
                    | "konnte"
                    | "konnten"
                    | "kann"
                    | "können"
                    | "mochte"
                    | "mochten"
            )
        });
    opener && (after || modal)
}

/// Whether a marker's source `sp` stands in the clause of the verb of saying `c`, after it,
/// and the verb's content follows after a comma: `X sagte laut der Agentur dpa, der Kran sei
/// umgekippt` is X's report, passed on by the medium, not the medium's report of the clause.
fn medium_after_cue(doc: &Doc, text: &str, c: &CueHit, sp: (usize, usize), hi: usize) -> bool {
    let u = &doc.units;
    let (s, e) = sp;
    // (Past a name in apposition: `laut der Agentur dpa,`.)
    let e = (e..hi.min(e + 4)).find(|&k| !u[k].is_word()).unwrap_or(e);
    s > c.verb + 1
        && (c.verb + 1..s).all(|k| u[k].is_word())
        && matches!(
            text.get(u[s - 1].span.range()),
            Some("laut" | "gemäß" | "gemäss" | "nach" | "von")
        )
        && e + 1 < hi
        && u[e].punct() == Some(',')
        && !opens_relative_clause(doc, text, e + 1, hi)
        // (Nor one after a preposition: `nach einer Erklärung, in der …`.)
        && !(u[e + 1].flags & PREP != 0 && opens_relative_clause(doc, text, e + 2, hi))
        && (opens_content(doc, text, e, hi)
            || (e + 1..hi).any(|k| u[k].flags & (KONJ1 | SOLL) != 0 && !u[k].cap))
}

/// The start `a` of a marker's content past a relative clause on its source (`Laut Polizei
/// Berlin, die am Abend Bilanz zog, blieb es friedlich`): the content starts after the
/// clause's closing comma.
fn past_source_relative(doc: &Doc, text: &str, in_quote: &[bool], a: usize, hi: usize) -> usize {
    let u = &doc.units;
    if a == 0 || a + 2 >= hi || u[a - 1].punct() != Some(',') && u[a].punct() != Some(',') {
        return a;
    }
    let k = if u[a].punct() == Some(',') { a + 1 } else { a };
    if !opens_relative_clause(doc, text, k, hi) {
        return a;
    }
    (k + 1..hi)
        .find(|&j| u[j].punct() == Some(',') && !in_quote[j])
        .filter(|&j| j + 1 < hi)
        .map_or(a, |j| j + 1)
}

/// The first unit from `t` (before `hi`) past adverbs of continuation after a source (`, so
/// Obama weiter, …`).
fn past_continuation(doc: &Doc, text: &str, mut t: usize, hi: usize) -> usize {
    while t < hi
        && matches!(
            text.get(doc.units[t].span.range()),
            Some("weiter" | "ferner" | "zudem" | "außerdem")
        )
    {
        t += 1;
    }
    t
}

/// The subject of a contrasting `während` clause that is the whole content `a..b` (`X lehnten
/// den Antrag ab, während die EU-Staaten den Vorstoß begrüßten`): the clause reports what
/// its own subject said or did, not what the main clause's subject said.
fn contrast_subject(doc: &Doc, text: &str, a: usize, b: usize) -> Option<Sp> {
    let u = &doc.units;
    if a == 0 || a + 2 >= b || u[a - 1].punct() != Some(',') {
        return None;
    }
    if text.get(u[a].span.range()) != Some("während") {
        return None;
    }
    let (s, e) = np_right_direct(doc, text, a + 1, b).filter(|&(s, _)| s == a + 1)?;
    // (A finite verb must close the clause, not follow the phrase: `während der Krankheit
    // hätte er …` is a time before a main clause.)
    let finite = |i: usize| u[i].is_word() && !u[i].cap && u[i].flags & (FINITE | CUE) != 0;
    let verb = e + 1 < b && !finite(e) && (e + 1..b).any(finite);
    verb.then_some(Sp { s, e })
}

/// The kind of a report of its own found by [`second_report`] in units `x..y`: indirect
/// with a Konjunktiv or a `dass`/`ob` clause outside quotations, else reported.
fn side_report_kind(units: &[Unit], in_quote: &[bool], x: usize, y: usize) -> QuoteKind {
    let konj = (x..y)
        .any(|i| !in_quote[i] && units[i].flags & (KONJ1 | KONJ2 | COMP) != 0 && !units[i].cap);
    if konj {
        QuoteKind::Indirect
    } else {
        QuoteKind::Reported
    }
}

/// Indicative verbs that give a figure or a claim beside another source's (`die Polizei
/// spricht von 4.000`, `die Veranstalter schätzten 2.000`, `die Polizei nannte 1.000`).
fn side_report_verb(w: &str) -> bool {
    matches!(
        w,
        "spricht"
            | "sprach"
            | "sprachen"
            | "sprechen"
            | "schätzt"
            | "schätzte"
            | "schätzten"
            | "schätzen"
            | "nennt"
            | "nannte"
            | "nannten"
            | "nennen"
            | "meldet"
            | "meldete"
            | "meldeten"
            | "melden"
    )
}

/// A report of its own inside or right before the content `a..b` of another: after a comma
/// or semicolon (at `a - 1` or later), a main clause that opens with a nominative phrase
/// right before an indicative verb of saying, with more of the clause after the verb
/// (`Nach Angaben der Veranstalter kamen 7.000 Menschen, die Polizei spricht von 4.000`,
/// `Die Veranstalter schätzten 2.000 Teilnehmer; die Polizei sprach von 1.000`). Two sources
/// report side by side: that clause is no part of the first report. With `whole` false only
/// a clause right after `a - 1` counts. (A Konjunktiv verb
/// there is reported by the first source; a verb closing the clause ends a relative clause,
/// `…, die Reporter fragten`.) Returns the punctuation unit, the subject and the verb.
fn second_report(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    a: usize,
    b: usize,
    whole: bool,
) -> Option<(usize, Sp, CueHit)> {
    let u = &doc.units;
    // (All are verbs of saying: the flag is the cheap test.)
    let verb = |i: usize| {
        let x = u[i];
        !x.cap && x.flags & CUE != 0 && side_report_verb(x.text(text))
    };
    // (Cheap test first: most contents hold none of these verbs. With `whole` false only
    // the punctuation right before the content is tried.)
    let last = if whole {
        b.saturating_sub(3)
    } else {
        a.min(b.saturating_sub(3))
    };
    if whole && !(a + 1..b.min(u.len())).any(verb) {
        return None;
    }
    (a.saturating_sub(1)..last).find_map(|k| {
        if !matches!(u[k].punct(), Some(',' | ';')) || in_quote[k] {
            return None;
        }
        // (The verb must follow within a short phrase.)
        if !(k + 2..(k + 9).min(b)).any(verb) {
            return None;
        }
        let (s, e) = np_right_direct(doc, text, k + 1, b).filter(|&(s, _)| s == k + 1)?;
        let nominative = if u[s].flags & DET != 0 {
            matches!(
                u[s].text(text),
                "der" | "die" | "das" | "ein" | "eine" | "Der" | "Die" | "Das" | "Ein" | "Eine"
            )
        } else {
            u[s].cap && u[s].flags & (FUNC | PREP | PRONOUN) == 0
        };
        if !nominative || e + 1 >= b || (s..=e).any(|i| in_quote[i]) {
            return None;
        }
        if !u[e].is_word() || u[e].cap || !side_report_verb(u[e].text(text)) {
            return None;
        }
        let c = CueHit::word(e);
        let ce = (e + 1..b)
            .find(|&i| matches!(u[i].punct(), Some(',' | ';' | ':' | '.')))
            .unwrap_or(b);
        (ce > e + 1).then_some((k, Sp { s, e }, c))
    })
}

/// The source that a relative clause opening the content `a..b` names (within its first
/// 12 units, after nothing but a noun phrase): `…, wonach …` the phrase before its comma
/// (`ein Bericht der Agentur Interfax, wonach …`, `zitiert aus der Zeitung „X“, wonach …`),
/// and `…, nach denen …`, `…, laut denen …`, `…, denen zufolge …` the relative pronoun as
/// written, which points back to that phrase (the convention of the Wikinews annotations).
/// Returns the source and the unit where the reported content starts, past the relative
/// phrase.
fn relative_source(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    lo: usize,
    a: usize,
    b: usize,
) -> Option<(Sp, usize)> {
    let u = &doc.units;
    let w = |i: usize| u[i].text(text);
    let b = b.min(u.len()).min(a + 12);
    let k = (a.max(lo + 1)..b).find(|&k| {
        u[k - 1].punct() == Some(',')
            && !in_quote[k]
            && u[k].is_word()
            && !u[k].cap
            && matches!(
                w(k),
                "wonach"
                    | "nach"
                    | "laut"
                    | "gemäß"
                    | "gemäss"
                    | "denen"
                    | "dem"
                    | "der"
                    | "welchem"
            )
    })?;
    // (Only a noun phrase before it: `Er sagte, die Studie, nach der …` is content.)
    if (a..k).any(|i| u[i].is_word() && !u[i].cap && u[i].flags & (FINITE | KONJ1 | KONJ2) != 0) {
        return None;
    }
    let next = |j: usize| if j < b { w(j) } else { "" };
    match w(k) {
        "wonach" => {
            // The phrase may follow a preposition or the verb (`zitiert aus der Zeitung „X“`).
            let c = k - 1;
            let from = (c.saturating_sub(12).max(lo)..c)
                .rev()
                .find(|&i| {
                    u[i].punct().is_some()
                        || u[i].is_word()
                            && !u[i].cap
                            && u[i].flags & (PREP | FINITE | CUE) != 0
                            && u[i].flags & DET == 0
                })
                .map_or(lo, |i| i + 1);
            np_left(doc, text, from, c)
                .filter(|&(_, e)| e == c)
                .map(|(s, e)| (Sp { s, e }, k + 1))
        }
        // (Not an article before a noun and a verb in second place: `…, nach dem Spiel
        // hätten alle …` opens a main clause with a time phrase.)
        // (Nor an article before its noun with no phrase before it to refer to: `kündigte
        // an, nach dem Turnier eine Pause einzulegen`.)
        "nach" | "laut" | "gemäß" | "gemäss"
            if !(k <= a + 1
                && matches!(next(k + 1), "dem" | "der")
                && k + 2 < b
                && cap_noun_unit(&u[k + 2]))
                && matches!(next(k + 1), "denen" | "dem" | "der" | "welchem" | "welcher")
                && !(k + 3 < b
                    && cap_noun_unit(&u[k + 2])
                    && finite_word(text, &u[k + 3], FINITE | KONJ1 | KONJ2 | SOLL)) =>
        {
            Some((Sp { s: k + 1, e: k + 2 }, k + 2))
        }
        "denen" | "dem" | "der" if next(k + 1) == "zufolge" => Some((Sp { s: k, e: k + 1 }, k + 2)),
        _ => None,
    }
}

/// A capitalised word that is no article, pronoun, preposition or function word: a noun.
fn cap_noun_unit(u: &Unit) -> bool {
    u.is_word() && u.cap && u.flags & (FUNC | PREP | DET | PRONOUN) == 0
}

/// An inflected attributive adjective by its ending (`behördlichen`, `offiziellen`,
/// `ersten`, `israelischer`).
fn adjective_form(w: &str) -> bool {
    ["en", "er", "em", "es"].iter().any(|e| w.ends_with(e))
}

/// A finite form or the participle of `heißen` in `heißt es`, Swiss spelling too (`hiess`).
fn heisst_form(w: &str) -> bool {
    matches!(
        w,
        "heißt" | "hieß" | "geheißen" | "heisst" | "hiess" | "geheissen"
    )
}

/// Whether unit `i` is the verb of an impersonal `heißt es` / `hieß es` / `wie es heißt`.
fn heisst_es_at(doc: &Doc, text: &str, lo: usize, hi: usize, i: usize) -> bool {
    heisst_es(doc, text, lo, hi, i).is_some()
}

/// The `es` of an impersonal `heißt es` / `hieß es` / `wie es heißt` whose verb is unit `i`
/// (in `lo..hi`).
fn heisst_es(doc: &Doc, text: &str, lo: usize, hi: usize, i: usize) -> Option<usize> {
    let u = &doc.units;
    let w = |j: usize| u[j].text(text);
    if i >= hi || !heisst_form(w(i)) {
        return None;
    }
    if i + 1 < hi && w(i + 1) == "es" {
        return Some(i + 1);
    }
    // (`Es heißt, der Minister wolle zurücktreten`, `Es hieß aus Paris, …`; not `Es
    // heißt St. Leonhard`, a name.)
    if i == lo + 1
        && w(lo) == "Es"
        && i + 1 < hi
        && (u[i + 1].punct() == Some(',') || u[i + 1].flags & PREP != 0)
    {
        return Some(lo);
    }
    (lo + 2..=i)
        .rev()
        .take(2)
        .map(|j| j - 1)
        .find(|&k| w(k) == "es")
        // (`Wie es aus Parteikreisen hieß, …`.)
        .or_else(|| {
            (lo + 1..i)
                .rev()
                .take(6)
                .find(|&k| w(k) == "es" && matches!(w(k - 1), "wie" | "Wie"))
        })
}

/// An impersonal `heißt es` in `lo..hi` at unit `i` that names no source and does not
/// point back to one (`So heißt es`, `Als Begründung dafür heißt es` continue an earlier
/// report, whose speaker is meant): the report has no speaker at all.
fn heisst_unnamed(doc: &Doc, text: &str, lo: usize, hi: usize, i: usize) -> bool {
    let (clo, _) = clause_of(doc, lo, hi, i);
    heisst_source(doc, text, lo, hi, i).is_none()
        && !(clo..i).any(|j| {
            matches!(
                text.get(doc.units[j].span.range()),
                Some(
                    "So" | "so"
                        | "dafür"
                        | "darin"
                        | "Darin"
                        | "dazu"
                        | "Dazu"
                        | "dabei"
                        | "Dabei"
                        | "ferner"
                        | "weiter"
                        | "Weiter"
                )
            )
        })
}

/// The first impersonal `heißt es` in `lo..hi` outside quotation marks, with its source.
fn heisst_es_in(
    doc: &Doc,
    text: &str,
    lo: usize,
    hi: usize,
) -> Option<(usize, Option<(usize, usize)>)> {
    let i = (lo..hi)
        .find(|&i| doc.units[i].flags & MARKER != 0 && heisst_es_at(doc, text, lo, hi, i))?;
    Some((i, heisst_source(doc, text, lo, hi, i)))
}

/// The source of an impersonal `heißt es` at unit `i`: the phrase governed by a preposition
/// of place or origin opening the clause (`In der Mitteilung heißt es`, `Aus Paris hieß
/// es`) or right after `es` (`hieß es vom Sprecher X`, `heißt es in einer Erklärung des
/// Y`). Without one the report has no source (`…, hieß es.`): news leaves it unnamed.
fn heisst_source(doc: &Doc, text: &str, lo: usize, hi: usize, i: usize) -> Option<(usize, usize)> {
    let u = &doc.units;
    let (clo, ce) = clause_of(doc, lo, hi, i);
    let source_prep = |j: usize| {
        matches!(
            text.get(u[j].span.range()),
            Some(
                "in" | "In"
                    | "im"
                    | "Im"
                    | "bei"
                    | "Bei"
                    | "beim"
                    | "Beim"
                    | "von"
                    | "Von"
                    | "vom"
                    | "Vom"
                    | "aus"
                    | "Aus"
                    | "auf"
                    | "Auf"
                    | "seitens"
                    | "Seitens"
            )
        )
    };
    // (Also after `wie es`: `Wie es aus Parteikreisen hieß`.)
    let wie_es = (clo + 2 < i
        && matches!(text.get(u[clo].span.range()), Some("wie" | "Wie"))
        && text.get(u[clo + 1].span.range()) == Some("es"))
    .then_some(clo + 2);
    // (A source right after `es` wins over a place before the verb: `In Washington hieß es
    // aus dem Außenministerium`.)
    let right_after = u.get(i + 1).is_some_and(|e| e.text(text) == "es")
        && i + 3 < ce
        && matches!(
            u[i + 2].text(text),
            "aus" | "von" | "vom" | "seitens" | "bei" | "beim"
        );
    if right_after {
        if let Some(np) = np_right_direct(doc, text, i + 3, ce) {
            return Some(np);
        }
    }
    // (`heißt es dort` points back to a medium named by its noun in the sentence before:
    // `Die französische Zeitung „Le Monde“ sieht das ähnlich. …, heißt es dort.`)
    if u.get(i + 1).is_some_and(|e| e.text(text) == "es")
        && u.get(i + 2).is_some_and(|d| d.text(text) == "dort")
    {
        let prev = doc
            .sentence_of(i)
            .checked_sub(1)
            .and_then(|j| doc.sentences.get(j))
            .map_or(0..0, Clone::clone);
        let medium = (prev.start..prev.end).find_map(|k| {
            let n = u.get(k + 1)?;
            if !(u[k].cap && crate::attrib::medium_noun(u[k].text(text))) {
                return None;
            }
            if n.mark().is_some() {
                quoted_name_end(u, k + 1, prev.end).map(|c| (k + 1, c))
            } else {
                (n.is_word() && n.cap && n.flags & (FUNC | PREP | DET) == 0)
                    .then(|| (k + 1, cap_run_end(u, k + 1, prev.end)))
            }
        });
        if medium.is_some() {
            return medium;
        }
    }
    // (The sentence's first phrase only when no comma parts it from the verb: in `In einzelnen
    // Packungen seien Listerien gefunden worden, heißt es in einer Mitteilung` it is content.)
    // (Past a relative clause when the content follows: `In dieser Resolution, die … wurde,
    // heißt es, dass …`.)
    let content_after = matches!(u.get(i + 2).and_then(|x| x.punct()), Some(',' | ':'));
    let lo_ok = content_after || !(lo..i).any(|k| u[k].punct() == Some(','));
    let before = [lo_ok.then_some(lo), Some(clo), wie_es]
        .into_iter()
        .flatten()
        .find(|&j| j + 1 < i && source_prep(j))
        .and_then(|j| {
            // (A title in marks names a publication: `Im „Spiegel“ heißt es`.)
            if u[j + 1].mark().is_some() {
                return quoted_name_end(u, j + 1, i).map(|c| (j + 1, c));
            }
            np_right_direct(doc, text, j + 1, i)
        });
    before.or_else(|| {
        // (Past a time: `hieß es am Abend aus Regierungskreisen`.)
        let time = |j: usize| {
            matches!(
                text.get(u[j].span.range()),
                Some("am" | "um" | "gegen" | "seit" | "nach" | "bis" | "zum")
            )
        };
        let mut k = i + 1;
        loop {
            let j = (k..ce.min(k + 4)).find(|&j| u[j].flags & PREP != 0)?;
            if source_prep(j) {
                // (A title in marks, with its article and attributes or not: `heißt es im
                // „Report“`, `in dem am Mittwoch veröffentlichten „Report“`.)
                let o = (j + 1..hi.min(j + 8))
                    .find(|&k| !u[k].is_word())
                    .unwrap_or(hi);
                if u.get(o).is_some_and(|m| m.mark().is_some()) {
                    if let Some(c) = quoted_name_end(u, o, hi) {
                        return Some((j + 1, c));
                    }
                }
                // (With a name in marks after it: `im Aufruf der Initiative „Ottensen macht
                // Platz“`.)
                return np_right_direct(doc, text, j + 1, ce).map(|(s, e)| {
                    let named = (e == ce).then(|| quoted_name_end(u, e, hi)).flatten();
                    (s, named.unwrap_or(e))
                });
            }
            if !time(j) || !(k..j).all(|x| u[x].is_word()) {
                return None;
            }
            k = j + 1;
        }
    })
}

/// A noun phrase starting exactly at `i` (after an optional determiner).
fn np_right_direct(doc: &Doc, text: &str, i: usize, hi: usize) -> Option<(usize, usize)> {
    let u = &doc.units;
    if i >= hi || !u[i].is_word() || u[i].flags & PREP != 0 && !u[i].cap {
        return None;
    }
    if !(u[i].cap
        || u[i].flags & (DET | PRONOUN) != 0
        || u[i].flags & FUNC == 0
        || demonstrative_alone(text, u, i, hi))
    {
        return None;
    }
    np_right(doc, text, i, hi).filter(|&(s, _)| s == i || s <= i + 2)
}

/// Whether content opens at unit `k` (before `end`), after a verb of saying: a colon, a
/// quotation mark, or a comma before `dass`, `ob` or a question word.
fn opens_content(doc: &Doc, text: &str, k: usize, end: usize) -> bool {
    let u = &doc.units;
    k < end
        && (u[k].mark().is_some()
            || u[k].punct() == Some(':')
            || u[k].punct() == Some(',')
                && u.get(k + 1).filter(|_| k + 1 < end).is_some_and(|n| {
                    matches!(
                        n.text(text),
                        "dass" | "ob" | "wie" | "was" | "wer" | "warum" | "wann" | "wo" | "weshalb"
                    )
                }))
}

/// Whether `w` reads as a plural noun of people (`Anwohner`, `Erzieherinnen`,
/// `Demonstranten`, `Klinikärzte`, `Senatoren`, `Landwirte`), by its ending.
fn people_plural(w: &str) -> bool {
    [
        "er", "ern", "innen", "anten", "enten", "isten", "igten", "ellten", "neten", "ärzte",
        "leute", "oren", "irte", "eure", "schaften",
    ]
    .iter()
    .any(|x| w.ends_with(x))
}

/// A noun of age (`52-Jährige`, `34-jährigen`): with its article, it points back to a
/// person as a pronoun does.
pub(crate) fn age_noun(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit())
        && ["-Jährige", "-jährige", "-Jährigen", "-jährigen"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// The end of the run of capitalised words from `from` (at most `to`): a name's extent
/// (`Markus Brenner` before `(Grüne)` or a verb).
fn cap_run_end(units: &[Unit], from: usize, to: usize) -> usize {
    (from..to)
        .find(|&k| !(units[k].is_word() && units[k].cap))
        .unwrap_or(to)
}

/// The first unit that starts at or after byte `start`.
fn first_unit_at(u: &[Unit], start: usize) -> usize {
    u.partition_point(|x| x.span.start < start)
}

/// Whether the report `it` is a `was` clause commenting on the clause before its comma
/// (see where it is called): the word before the comma a capitalised noun that names no
/// person, and the verb of saying one that takes no question as its object.
fn comment_clause(doc: &Doc, text: &str, it: &Item) -> bool {
    // (Most reports open otherwise: a look at the text first, no search.)
    if !text
        .get(it.span.start..)
        .is_some_and(|t| t.starts_with("was "))
    {
        return false;
    }
    let u = &doc.units;
    let a = first_unit_at(u, it.span.start);
    if a < 2 || u.get(a).map(|x| x.text(text)) != Some("was") || u[a - 1].punct() != Some(',') {
        return false;
    }
    let n = &u[a - 2];
    if !(n.is_word() && n.cap && n.flags & (DET | PRONOUN) == 0)
        || crate::attrib::person_like(doc, text, a - 2, a - 1)
    {
        return false;
    }
    let Some(c) = it.cue else {
        return false;
    };
    let v = u[c.verb].text(text).to_lowercase();
    const ASKING: &[&str] = &[
        "frag",
        "gefragt",
        "befrag",
        "sag",
        "gesagt",
        "erklär",
        "erzähl",
        "wiss",
        "weiß",
        "wusst",
        "beschreib",
        "schilder",
        "zeig",
        "verrat",
        "formulier",
        "berichte",
    ];
    !ASKING.iter().any(|p| v.starts_with(p))
}

/// `span` (a report's content) through the items of the list it opens: when it starts right
/// after a bullet (`-`, `–`, `•`, `*`) that opens a line after a colon, its end moves to the
/// end of the last of the lines after it that open with the same bullet.
fn past_list_items(doc: &Doc, text: &str, span: Span) -> Span {
    // (Most reports follow no bullet: a look at the bytes before them, no search.)
    let before = text.get(..span.start).unwrap_or("").trim_end_matches(' ');
    if !before.ends_with(['-', '–', '•', '*']) {
        return span;
    }
    let u = &doc.units;
    let a = first_unit_at(u, span.start);
    let bullet = match a.checked_sub(1).and_then(|b| u[b].punct()) {
        Some(c @ ('-' | '–' | '•' | '*')) => c,
        _ => return span,
    };
    if a < 2 || u[a - 2].punct() != Some(':') || !doc.line_start(text, a - 1) {
        return span;
    }
    let mut end = span;
    let mut k = first_unit_at(u, span.end);
    // (Each time from the next line's start after unit `k`.)
    while let Some(next) = (k..u.len()).find(|&j| doc.line_start(text, j)) {
        if u[next].punct() != Some(bullet) || next + 1 >= u.len() {
            break;
        }
        let line_end = doc.line_end(text, next + 1, u.len());
        end = Span::new(span.start, u[line_end - 1].span.end);
        k = line_end;
    }
    end
}

/// Whether span `inner` lies within span `outer`.
fn within(inner: Span, outer: Span) -> bool {
    outer.start <= inner.start && inner.end <= outer.end
}

/// A person mention's gender, else that of the person noun right before its first unit
/// `k` (`Kanzlerkandidatin Anna Berger`, `Parteichef Michael Stein`).
fn mention_gender(u: &[Unit], text: &str, m: &Mention<'_>, k: usize) -> Option<Gender> {
    m.gender.or_else(|| {
        let t = u.get(k.checked_sub(1)?).filter(|t| t.is_word() && t.cap)?;
        match person_noun(t.text(text))? {
            NounGender::Male => Some(Gender::Male),
            NounGender::Female => Some(Gender::Female),
            NounGender::Either => None,
        }
    })
}

/// The person a definite role noun refers back to (`Die Ministerin sagte`, `sagte der
/// Liberale`): the latest person named before it, of the noun's gender, whose title within
/// its sentence ends with the noun (`Wirtschaftsministerin Sabine Kraus` for `die
/// Ministerin`, `Der Trainer des Vereins, Sven Riedel` for `der Trainer`). A noun that says
/// only party or trade (`die CDU-Politikerin`, `der Liberale`) takes the latest person of
/// its gender, as a pronoun would. (`der Sprecher` after `Minister X` stays unresolved: a
/// spokesman is someone else.)
fn role_antecedent<'m>(
    doc: &Doc,
    text: &str,
    sp: Sp,
    mentions: &'m [Mention<'_>],
    own: Span,
    in_quote: &[bool],
) -> Option<&'m Mention<'m>> {
    let u = &doc.units;
    // (An adjective of a former office may stand between: `die frühere Europaministerin`,
    // `der ehemalige Kanzler`; no one is introduced that way without a name, so it points
    // back to the person of its gender named last, as a generic noun does.)
    let former = sp.e == sp.s + 3
        && matches!(
            u[sp.s + 1].text(text),
            "frühere" | "ehemalige" | "einstige" | "langjährige" | "scheidende"
        );
    let n = if former { sp.s + 2 } else { sp.s + 1 };
    if sp.e != n + 1 || !u[n].cap || !u[n].is_word() {
        return None;
    }
    // (In the dative too, as `zufolge` and `laut` take it: `Dem Juristen zufolge`, `laut der
    // Ministerin`; `der` before a noun in `-in` is no masculine.)
    let (male, dative) = match u[sp.s].text(text) {
        "der" | "Der" if u[n].text(text).ends_with("in") => (false, true),
        "der" | "Der" => (true, false),
        "die" | "Die" => (false, false),
        "dem" | "Dem" => (true, true),
        _ => return None,
    };
    // (A weak masculine drops its dative ending: `dem Juristen` is `der Jurist`, `dem
    // Experten` `der Experte`, `dem Vorsitzenden` `der Vorsitzende`.)
    let word = u[n].text(text);
    let word = if dative && male {
        weak_nominative(word)
    } else {
        word
    };
    // (A synonym points back to the title it stands for: `der Coach` after `Trainer X`.)
    let noun = match word {
        "Coach" | "Chefcoach" | "Übungsleiter" => "Trainer",
        "Coachin" | "Übungsleiterin" => "Trainerin",
        "Keeper" | "Schlussmann" => "Torwart",
        w => w,
    };
    // (`die` before a noun in neither `-in` nor `-e` is a plural: `die Politiker`; `der`
    // before a noun in `-en` is a genitive plural: `der Organisationen`.)
    let want = if male && (dative || !noun.ends_with("en")) {
        Gender::Male
    } else if !male && (noun.ends_with("in") || noun.ends_with('e')) {
        Gender::Female
    } else {
        return None;
    };
    let last = noun.rsplit('-').next().unwrap_or(noun);
    let generic = former
        || matches!(
        last,
        "Politiker"
            | "Politikerin"
            | "Liberale"
            | "Sozialdemokrat"
            | "Sozialdemokratin"
            | "Christdemokrat"
            | "Christdemokratin"
            | "Christsoziale"
            | "Manager"
            | "Managerin"
            | "Forscher"
            | "Forscherin"
            | "Wissenschaftler"
            | "Wissenschaftlerin"
            | "Experte"
            | "Expertin"
            // (Members of a party, by its creed: `der Freiheitliche`, `die Grüne`.)
            | "Freiheitliche"
            | "Grüne"
            | "Sozialist"
            | "Sozialistin"
            | "Konservative"
            | "Kommunist"
            | "Kommunistin"
            | "Ökonom"
            | "Ökonomin"
            | "Jurist"
            | "Juristin"
    ) || nationality_noun(last)
        // (Compounds of these too: `der Energieexperte`, `die Klimaforscherin`, `der
        // Finanzpolitiker` after the person named with or without a title.)
        || [
            "vorsitzende",
            "Vorsitzende",
            "chef",
            "Chef",
            "chefin",
            "Chefin",
            "experte",
            "expertin",
            "forscher",
            "forscherin",
            "politiker",
            "politikerin",
            "wissenschaftler",
            "wissenschaftlerin",
            "ökonom",
            "ökonomin",
            // (Scholars by their field, as `der Ökonom`: `die Informatikerin`, `der
            // Historiker`; not roles in a scene, `die Ärztin`, `der Richter`, nor `der
            // Mediziner`, as often an unnamed doctor's.)
            "informatiker",
            "informatikerin",
            "physiker",
            "physikerin",
            "chemiker",
            "chemikerin",
            "biologe",
            "biologin",
            "soziologe",
            "soziologin",
            "historiker",
            "historikerin",
            "psychologe",
            "psychologin",
            "politologe",
            "politologin",
        ]
        .iter()
        .any(|e| crate::attrib::ends_ci(last, e));
    // The noun without its first letter, which a compound writes in lower case.
    let mut cs = noun.chars();
    let first = cs.next()?;
    let tail = cs.as_str();
    let titled = |t: &str| {
        t.strip_suffix(tail)
            .and_then(|h| h.chars().next_back())
            .is_some_and(|c| c == first || c.to_lowercase().eq(first.to_lowercase()))
    };
    let start = u[sp.s].span.start;
    let find = |any_title: bool| {
        mentions.iter().rev().find(|m| {
            if m.span.end > start || m.kind != MentionKind::Person || within(m.span, own) {
                return false;
            }
            let k = first_unit_at(u, m.span.start);
            let title = |i: usize| u[i].is_word() && u[i].cap && titled(u[i].text(text));
            // (Past academic titles: `Schlafmediziner Prof. Dr. med. Jens Koch`.)
            let academic = |i: usize| {
                u[i].punct() == Some('.')
                    || matches!(
                        u[i].text(text).trim_end_matches('.'),
                        "Prof" | "Dr" | "med" | "rer" | "nat" | "phil" | "jur" | "habil" | "Dipl"
                    )
            };
            let mut t = k;
            while t > 1 && academic(t - 1) {
                t -= 1;
            }
            // (The title right before the name, or heading the phrase the name is the
            // apposition of: words only between it and the comma before the name.)
            // (By gender alone, not a person named only inside a quotation: `„Schumacher
            // ist der Meister“, wird der Franzose zitiert` is not Schumacher.)
            mention_gender(u, text, m, k).is_none_or(|g| g == want)
                && !(any_title && in_quote.get(k).copied().unwrap_or(false))
                && (any_title
                    || t >= 1 && title(t - 1)
                    || k >= 3 && u[k - 1].punct() == Some(',') && {
                        let lo = k.saturating_sub(7);
                        (lo..k - 1).rev().take_while(|&i| u[i].is_word()).any(title)
                    })
        })
    };
    // (A head of a government or a town, `die Ministerpräsidentin`, `der Bürgermeister`,
    // `die Kanzlerin`, is most often the person of its gender named in the two sentences
    // before, with or without the title; an office with many holders is not, `der
    // Minister`, `der Sprecher`.)
    let head = || {
        [
            "ministerpräsident",
            "ministerpräsidentin",
            "bürgermeister",
            "bürgermeisterin",
            "landrat",
            "landrätin",
            "kanzler",
            "kanzlerin",
        ]
        .iter()
        .any(|e| crate::attrib::ends_ci(last, e))
    };
    // (Not past another head named since, whom no mention may mark: `bestellte den
    // Premierminister Thaksin Shinawatra ein. … teilte der Ministerpräsident mit`.)
    let near = |m: &&Mention<'_>| {
        let e = first_unit_at(u, m.span.end);
        doc.sentence_of(first_unit_at(u, m.span.start)) + 2 >= doc.sentence_of(sp.s)
            && !(e..sp.s).any(|k| {
                u[k].cap
                    && u[k].is_word()
                    && !in_quote[k]
                    && [
                        "minister",
                        "ministerin",
                        "präsident",
                        "präsidentin",
                        "premier",
                        "kanzler",
                        "kanzlerin",
                        "bürgermeister",
                        "bürgermeisterin",
                        "könig",
                        "königin",
                    ]
                    .iter()
                    .any(|x| crate::attrib::ends_ci(u[k].text(text), x))
            })
    };
    // (A person with that very title first: `der Vorsitzende` after `Der Vorsitzende des
    // Vereins, X` is X even when another person was named since.)
    find(false)
        .or_else(|| generic.then(|| find(true)).flatten())
        .or_else(|| head().then(|| find(true).filter(near)).flatten())
}

/// The medium a noun of a medium with its article points back to (`schreibt das Blatt`,
/// `Der Sender zitierte …`): the latest organisation named in the three sentences before
/// that reads as a medium, a title in marks (`Die „Süddeutsche Zeitung“ kommentiert`) or a
/// name after a noun of a medium (`Der Sender CNN`).
fn medium_antecedent<'m>(
    doc: &Doc,
    text: &str,
    sp: Sp,
    mentions: &'m [Mention<'_>],
    own: Span,
) -> Option<&'m Mention<'m>> {
    let u = &doc.units;
    if sp.e != sp.s + 2
        || !matches!(
            u[sp.s].text(text),
            "der" | "Der" | "die" | "Die" | "das" | "Das" | "dem" | "Dem"
        )
        || !u[sp.s + 1].cap
        || !crate::attrib::medium_noun(u[sp.s + 1].text(text))
    {
        return None;
    }
    let start = u[sp.s].span.start;
    let here = doc.sentence_of(sp.s);
    mentions.iter().rev().find(|m| {
        let k = first_unit_at(u, m.span.start);
        let e = first_unit_at(u, m.span.end);
        m.kind == MentionKind::Organisation
            && m.span.end <= start
            && !within(m.span, own)
            && doc.sentence_of(k) + 3 >= here
            && (k >= 1 && u[k - 1].mark().is_some() && u.get(e).is_some_and(|x| x.mark().is_some())
                || k >= 1 && u[k - 1].cap && crate::attrib::medium_noun(u[k - 1].text(text)))
    })
}

/// The nominative of the masculine `w` in the dative: a weak noun's `-en` goes after the
/// endings of borrowed nouns (`Juristen` -> `Jurist`, `Präsidenten`, `Diplomaten`,
/// `Ökonomen`), else its `-n` (`Experten` -> `Experte`, `Vorsitzenden`); a strong noun
/// (`Anwalt`, `Minister`) stays as it is.
fn weak_nominative(w: &str) -> &str {
    let Some(stem) = w.strip_suffix("en").filter(|s| s.len() >= 4) else {
        return w;
    };
    if ["ist", "ent", "ant", "at", "om", "oph", "af", "arch"]
        .iter()
        .any(|e| stem.ends_with(e))
    {
        stem
    } else {
        &w[..w.len() - 1]
    }
}

/// A noun of nationality or region (`Französin`, `der Schwede`, `die Steirerin`), which
/// points back to a person named before as `die CDU-Politikerin` does.
fn nationality_noun(w: &str) -> bool {
    // (Sorted, for a binary search of each of the three stems a word can have: the list is
    // long, and every definite noun of a speaker is asked.)
    const STEMS: &[&str] = &[
        "Aargauer",
        "Afghan",
        "Albaner",
        "Algerier",
        "Allgäuer",
        "Amerikaner",
        "Argentinier",
        "Armenier",
        "Australier",
        "Basler",
        "Bayer",
        "Belaruss",
        "Belgier",
        "Berliner",
        "Berner",
        "Bosnier",
        "Brandenburger",
        "Brasilianer",
        "Bremer",
        "Brit",
        "Bulgar",
        "Burgenländer",
        "Bündner",
        "Chilen",
        "Chines",
        "Dän",
        "Engländer",
        "Finn",
        "Franzos",
        "Französin",
        "Genfer",
        "Georgier",
        "Ghanaer",
        "Grazer",
        "Griech",
        "Hamburger",
        "Hess",
        "Inder",
        "Indonesier",
        "Innsbrucker",
        "Iraker",
        "Iraner",
        "Ire",
        "Irin",
        "Isländer",
        "Israeli",
        "Italiener",
        "Japaner",
        "Jordanier",
        "Kanadier",
        "Kasach",
        "Kenianer",
        "Kolumbianer",
        "Kongoles",
        "Koreaner",
        "Kosovar",
        "Kroat",
        "Kubaner",
        "Kurd",
        "Kärntner",
        "Kölner",
        "Lett",
        "Libanes",
        "Libyer",
        "Linzer",
        "Litauer",
        "Luxemburger",
        "Luzerner",
        "Marokkaner",
        "Mazedonier",
        "Mecklenburger",
        "Mexikaner",
        "Montenegriner",
        "Münchner",
        "Neuseeländer",
        "Niederländer",
        "Niederösterreicher",
        "Nigerianer",
        "Norweger",
        "Oberösterreicher",
        "Pakistaner",
        "Palästinenser",
        "Peruaner",
        "Pfälzer",
        "Philippiner",
        "Pol",
        "Portugies",
        "Rheinländer",
        "Rumän",
        "Russ",
        "Saarländer",
        "Sachs",
        "Salzburger",
        "Sauerländer",
        "Schott",
        "Schwab",
        "Schwed",
        "Schweizer",
        "Schwäb",
        "Senegales",
        "Serb",
        "Slowak",
        "Slowen",
        "Solothurner",
        "Somalier",
        "Spanier",
        "Steirer",
        "Sudanes",
        "Syrer",
        "Sächs",
        "Südafrikaner",
        "Südkoreaner",
        "Tessiner",
        "Thailänder",
        "Thurgauer",
        "Thüringer",
        "Tiroler",
        "Tschech",
        "Tunesier",
        "Türk",
        "Ukrainer",
        "Ungar",
        "Usbek",
        "Venezolaner",
        "Vietnames",
        "Vorarlberger",
        "Waadtländer",
        "Waliser",
        "Walliser",
        "Weißruss",
        "Westfal",
        "Wiener",
        "Zuger",
        "Zypriot",
        "Zürcher",
        "Ägypter",
        "Äthiopier",
        "Österreicher",
    ];
    debug_assert!(
        STEMS.windows(2).all(|p| p[0] < p[1]),
        "STEMS must stay sorted"
    );
    let stems = [Some(w), w.strip_suffix('e'), w.strip_suffix("in")];
    stems
        .into_iter()
        .flatten()
        .any(|x| STEMS.binary_search(&x).is_ok())
}

/// A noun of statement that names a source after `nach` or before `zufolge` (`nach Angaben
/// der Polizei`, `seinen Worten zufolge`).
fn statement_noun(w: &str) -> bool {
    matches!(
        w,
        "Angaben"
            | "Informationen"
            | "Berichten"
            | "Aussage"
            | "Aussagen"
            | "Einschätzung"
            | "Ansicht"
            | "Auffassung"
            | "Darstellung"
            | "Worten"
            | "Meinung"
            | "Bewertung"
    )
}

/// The possessor's gender when `sp` is a possessive before a noun of statement (`nach
/// seinen Angaben`, `ihren Worten zufolge`), which points back as a pronoun does.
fn possessive_statement(u: &[Unit], text: &str, sp: Sp) -> Option<Gender> {
    if sp.e != sp.s + 2 || sp.e > u.len() || !statement_noun(u[sp.s + 1].text(text)) {
        return None;
    }
    possessor_gender(u[sp.s].text(text))
}

/// The gender a possessive determiner points to (`seinen Angaben`: a man's or a neuter
/// noun's; `ihrer Ansicht`: a woman's, or a group's, which callers tell apart).
fn possessor_gender(w: &str) -> Option<Gender> {
    match w {
        "Sein" | "sein" | "Seine" | "seine" | "seiner" | "Seiner" | "seinen" | "Seinen"
        | "seinem" | "Seinem" => Some(Gender::Male),
        "Ihr" | "ihr" | "Ihre" | "ihre" | "ihrer" | "Ihrer" | "ihren" | "Ihren" | "ihrem"
        | "Ihrem" => Some(Gender::Female),
        _ => None,
    }
}

/// The source inside a speaker phrase that opens with a noun of statement (`Angaben der
/// Polizei`, `Ansicht von ai`, `Meinung Russlands`): the phrase after the noun and a `von`,
/// `vom` or `aus`, which is what the phrase resolves to.
fn statement_source(doc: &Doc, text: &str, sp: Sp) -> Option<Sp> {
    let u = &doc.units;
    let noun = if u[sp.s].text(text) == "den" {
        sp.s + 1
    } else {
        sp.s
    };
    if noun >= sp.e || !statement_noun(u[noun].text(text)) {
        return None;
    }
    let mut s = noun + 1;
    if s < sp.e && matches!(u[s].text(text), "von" | "vom" | "aus") {
        s += 1;
    }
    (s < sp.e).then_some(Sp { s, e: sp.e })
}

/// The name after the same role word a few sentences on, for a role standing alone in the
/// document's first sentence (a headline: `Arsenal-Trainer verwundert: „…“` … `Arsenal-
/// Trainer Arsene Wenger hat …`; `Wirtschaftskammerpräsident` … `Wirtschaftskammer-Präsident
/// Christoph Leitl`, compared without case and hyphens): two or three capitalised words.
fn headline_role_named_later(doc: &Doc, text: &str, sp: Sp) -> Option<(usize, usize)> {
    let u = &doc.units;
    if sp.e != sp.s + 1 || doc.sentence_of(sp.s) != 0 || !u[sp.s].cap {
        return None;
    }
    let role = u[sp.s].text(text);
    // (A compound's last part decides: `Arsenal-Trainer`.)
    let head = role.rsplit('-').next().unwrap_or(role).to_lowercase();
    if person_noun(&head).is_none() && !crate::attrib::person_like(doc, text, sp.s, sp.e) {
        return None;
    }
    let same = |w: &str| {
        let mut a = role
            .chars()
            .filter(|&c| c != '-')
            .flat_map(char::to_lowercase);
        let mut b = w.chars().filter(|&c| c != '-').flat_map(char::to_lowercase);
        loop {
            match (a.next(), b.next()) {
                (None, None) => return true,
                (x, y) if x == y => continue,
                _ => return false,
            }
        }
    };
    let hi = doc.sentences.get(4).map_or(u.len(), |r| r.end);
    (sp.e..hi.min(u.len())).find_map(|k| {
        if !(u[k].is_word() && u[k].cap && same(u[k].text(text))) {
            return None;
        }
        let e = (k + 1..(k + 4).min(u.len()))
            .find(|&j| !(u[j].is_word() && u[j].cap && u[j].flags & (DET | FUNC | PREP) == 0))
            .unwrap_or((k + 4).min(u.len()));
        (e >= k + 3 && crate::attrib::person_like(doc, text, k + 1, e)).then_some((k + 1, e))
    })
}

/// Heads of feminine nouns of an authority or organisation (`die Polizei`, `die Kölner
/// Staatsanwaltschaft`): [`institution_noun`] takes them, and a `sie` may point back to them
/// ([`authority_antecedent`]).
const FEMININE_AUTHORITIES: &[&str] = &[
    "polizei",
    "staatsanwaltschaft",
    "regierung",
    "feuerwehr",
    "gewerkschaft",
    "behörde",
    "verwaltung",
    "kommission",
    "agentur",
    "stiftung",
];

/// The authority a singular `sie` (or `ihr-` before a noun of statement: `nach ihren
/// Angaben`) at `sp` points back to when no woman is named before it: a feminine noun of an
/// authority or organisation opening one of the two sentences before, with its article
/// (`Die Polizei war vor Ort.`, `Die Kölner Staatsanwaltschaft ermittelt.`), as
/// [`institution_noun`] gives it.
fn authority_antecedent(doc: &Doc, text: &str, sp: Sp) -> Option<Span> {
    // (A party, a parliamentary group or a bank opening a sentence is feminine too: no
    // authority [`institution_noun`] names, but the nearer antecedent, so the search stops
    // there.)
    const OTHER_FEMININE: &[&str] = &["partei", "fraktion", "bank"];
    let u = &doc.units;
    let w = |i: usize| u[i].text(text);
    let pronoun = sp.e == sp.s + 1 && matches!(w(sp.s), "sie" | "Sie");
    if !(pronoun || possessive_statement(u, text, sp) == Some(Gender::Female)) {
        return None;
    }
    let si = doc.sentence_of(sp.s);
    // (The nearest sentence opening with such a noun decides: `Some(None)` stops the search.)
    (si.saturating_sub(2)..si)
        .rev()
        .find_map(|j| {
            let r = doc.sentences[j].clone();
            if !matches!(w(r.start), "Die" | "die") {
                return None;
            }
            // The phrase's capitalised words after the article, then its verb.
            let e =
                (r.start + 1..r.end.min(r.start + 5)).find(|&k| !(u[k].is_word() && u[k].cap))?;
            if e < r.start + 2 || !u[e].is_word() || u[e].cap {
                return None;
            }
            let head = w(e - 1);
            if !FEMININE_AUTHORITIES
                .iter()
                .chain(OTHER_FEMININE)
                .any(|x| crate::attrib::ends_ci(head, x))
            {
                return None;
            }
            // (Not past a person named since: `Die Polizei nahm die Zeugin Anna Berg mit. Sie
            // sagte, …` is Anna Berg, whom the pronoun's own look-back may not know.)
            if (e..sp.s).any(|k| crate::attrib::person_like(doc, text, k, (k + 2).min(sp.s))) {
                return Some(None);
            }
            Some(institution_noun(doc, text, Sp { s: r.start, e }))
        })
        .flatten()
}

/// An institution named by its noun (`der Polizei`, `dem Finanzministerium`, `die Kölner
/// Staatsanwaltschaft`, `Der Naturschutzbund (Nabu)`): the phrase `sp` past its article and
/// before a parenthesis, when it is at most four words, holds no other article and ends in
/// a noun for an authority or organisation.
pub(crate) fn institution_noun(doc: &Doc, text: &str, sp: Sp) -> Option<Span> {
    // (The feminine ones are shared with `authority_antecedent`.)
    const OTHER_ENDS: &[&str] = &[
        "gericht",
        "gerichtshof",
        "ministerium",
        "amt",
        "institut",
        "verband",
        "bund",
        "konzern",
        "komitee",
    ];
    let u = &doc.units;
    let mut e = sp.e;
    if e >= sp.s + 3 && u[e - 1].punct() == Some(')') {
        e = (sp.s..e).rev().find(|&k| u[k].punct() == Some('('))?;
    }
    let s = if u[sp.s].flags & DET != 0 {
        sp.s + 1
    } else {
        sp.s
    };
    if s >= e || e - s > 4 {
        return None;
    }
    let head = u[e - 1].text(text);
    let ok = u[e - 1].cap
        && FEMININE_AUTHORITIES
            .iter()
            .chain(OTHER_ENDS)
            .any(|x| crate::attrib::ends_ci(head, x))
        && (s..e).all(|k| {
            u[k].is_word() && u[k].flags & (DET | PRONOUN | PREP) == 0 && (u[k].cap || k + 1 < e)
        });
    ok.then(|| Span::new(u[s].span.start, u[e - 1].span.end))
}

/// The closing `)` of a short parenthesis of names opening at unit `i` (`(CDU)`, `(Die
/// Linke)`, at most three capitalised words, or one short word such as `(dpa)`), outside
/// quotations. (Not a stage direction: `Sie (halb weinend)`.)
fn paren_after(text: &str, units: &[Unit], in_quote: &[bool], i: usize) -> Option<usize> {
    if units.get(i)?.punct() != Some('(') || in_quote[i] {
        return None;
    }
    // (The first `)` within three words, as `past_parenthesis` finds it within five.)
    let c = past_parenthesis(units, i, units.len())
        .checked_sub(1)
        .filter(|&c| c > i && c <= i + 4)?;
    let names = (i + 1..c).all(|k| units[k].is_word() && units[k].cap && !in_quote[k]);
    let short = c == i + 2
        && units[i + 1].is_word()
        && !in_quote[i + 1]
        && units[i + 1].text(text).chars().count() <= 5;
    (names || short).then_some(c)
}

/// The end of `vom X` right after a name `s..e` (capitalised words, no article: `Günter
/// Metzges vom Online-Netzwerk Campact`, `General X vom CDRM`): the body it belongs to, a
/// phrase of capitalised words (not a date, `vom 11. Februar`, or a time).
fn vom_body(doc: &Doc, text: &str, in_quote: &[bool], s: usize, e: usize) -> Option<usize> {
    let u = &doc.units;
    let name = e >= s + 2
        && u[s..e]
            .iter()
            .all(|x| x.is_word() && x.cap && x.flags & (DET | PRONOUN) == 0);
    if !name || u.get(e)?.text(text) != "vom" || in_quote[e] {
        return None;
    }
    let mut k = e + 1;
    while k < u.len() && k < e + 5 && u[k].is_word() && u[k].cap && !in_quote[k] && !u[k].digit {
        k += 1;
    }
    (k > e + 1 && !temporal(text, u, e + 1, k)).then_some(k)
}

/// The name opening a speaker phrase with an apposition (`Bill Keller, der Chefredakteur
/// der „New York Times“`): two or more capitalised words before the comma, which the phrase
/// resolves to rather than to a name inside the apposition.
fn name_before_apposition(doc: &Doc, text: &str, sp: Sp) -> Option<Sp> {
    let u = &doc.units;
    let comma = (sp.s + 2..sp.e).find(|&k| u[k].punct() == Some(','))?;
    // (A lower-case particle inside the name: `Karl-Theodor zu Guttenberg`.)
    let particle = |k: usize| {
        k > sp.s
            && k + 1 < comma
            && matches!(
                u[k].text(text),
                "von" | "zu" | "vom" | "zum" | "und" | "van" | "de" | "der" | "den" | "di" | "da"
            )
    };
    ((sp.s..comma).all(|k| {
        let x = &u[k];
        x.is_word()
            && (x.cap || particle(k))
            && x.flags & DET == 0
            && !crate::is_anaphor(x.text(text))
    }) && u[comma - 1].cap)
        .then_some(Sp { s: sp.s, e: comma })
}

/// Links a speaker phrase to a mention (or a pronoun to its antecedent).
/// (`own` is the span of the quotation the speaker speaks: a pronoun stands for no one named
/// inside it, `Der Junge sei außer Gefahr, sagte er`.)
fn resolve(
    doc: &Doc,
    text: &str,
    sp: Sp,
    mentions: &[Mention<'_>],
    own: Span,
    in_quote: &[bool],
) -> Speaker {
    let u = &doc.units;
    let span = Span::new(u[sp.s].span.start, u[sp.e - 1].span.end);
    if let Some(m) = role_antecedent(doc, text, sp, mentions, own, in_quote) {
        return Speaker {
            span,
            mention: Some(m.index),
            resolved: Some(m.span),
        };
    }
    // (Also a dative one, as `zufolge` and `laut` take it: `Ihm zufolge`, `laut ihr`.)
    let dative_pron =
        sp.e == sp.s + 1 && matches!(u[sp.s].text(text), "ihm" | "Ihm" | "ihr" | "Ihr");
    let is_pron = sp.e == sp.s + 1 && u[sp.s].flags & PRONOUN != 0 || dative_pron;
    if let Some(m) = medium_antecedent(doc, text, sp, mentions, own) {
        return Speaker {
            span,
            mention: Some(m.index),
            resolved: Some(m.span),
        };
    }
    // `Dieser sagte`: a masculine demonstrative standing alone points to the latest man
    // named, not to the subject an `er` prefers (`Spahn traf Türmer. Dieser sagte …` is
    // Türmer).
    let is_dem = sp.e == sp.s + 1
        && matches!(
            u[sp.s].text(text),
            "Dieser" | "dieser" | "Jener" | "jener" | "Letzterer" | "letzterer"
        );
    // `Der 52-Jährige sagte`: a person named before, by age, as a pronoun would.
    let age = sp.e == sp.s + 2 && age_noun(u[sp.s + 1].text(text));
    // `Sein Fazit: „…“`, `Ihre Begründung: …`: a possessive before a noun of what was said
    // points to its possessor, as a pronoun does.
    let possessive = sp.e == sp.s + 2
        && (matches!(
            u[sp.s + 1].text(text),
            "Fazit"
                | "Urteil"
                | "Begründung"
                | "Bilanz"
                | "Antwort"
                | "Kommentar"
                | "Einschätzung"
                | "Prognose"
                | "Botschaft"
                | "Appell"
                | "Worte"
        ) || statement_noun(u[sp.s + 1].text(text)));
    let possessor = if possessive {
        possessor_gender(u[sp.s].text(text))
    } else {
        None
    };
    // `die Medizinerin` after `Kinderärztin Miriam Hollerbach`: a singular noun of a
    // profession that does not echo a title (that case is `role_antecedent`'s) points to
    // the latest person of its gender in the last three sentences. Not an office or a
    // relation (`der Bundespräsident`, `der Sprecher` are often someone unnamed).
    if let Some(g) = profession_gender(text, u, sp) {
        let here = doc.sentence_of(sp.s);
        let cand = mentions.iter().rev().find_map(|m| {
            let k = first_unit_at(u, m.span.start);
            if !(m.span.end <= span.start
                && !within(m.span, own)
                && m.kind == MentionKind::Person
                && doc.sentence_of(k) + 3 >= here)
            {
                return None;
            }
            let gender = mention_gender(u, text, m, k);
            gender.is_none_or(|h| h == g).then_some((m, k, gender))
        });
        // (The person known by gender and introduced with a noun of a person:
        // `Kinderärztin Miriam Hollerbach`, `die Aktivistin Hilda Morales`.)
        if let Some((m, _, _)) = cand.filter(|&(_, k, gender)| {
            gender == Some(g) && k > 0 && u[k - 1].cap && person_noun(u[k - 1].text(text)).is_some()
        }) {
            return Speaker {
                span,
                mention: Some(m.index),
                resolved: Some(m.span),
            };
        }
    }
    if is_pron || is_dem || age || possessor.is_some() {
        let w = text.get(span.range()).unwrap_or("");
        let want = match (w, age) {
            _ if possessor.is_some() => possessor,
            _ if is_dem => Some(Gender::Male),
            ("er" | "Er" | "ihm" | "Ihm", false) => Some(Gender::Male),
            ("sie" | "Sie" | "ihr" | "Ihr", false) => Some(Gender::Female),
            _ if age => match u[sp.s].text(text) {
                "Der" | "der" => Some(Gender::Male),
                "Die" | "die" => Some(Gender::Female),
                _ => None,
            },
            _ => None,
        };
        let unit_of = |m: &Mention<'_>| first_unit_at(u, m.span.start);
        // A name in the pronoun's own clause is someone else (`Bei einem Treffen mit
        // Präsident X sicherte er … zu`): nothing but words between the two.
        let same_clause = |m: &Mention<'_>| {
            let k = first_unit_at(u, m.span.end);
            k <= sp.s
                && doc.sentence_of(k) == doc.sentence_of(sp.s)
                && (k..sp.s).all(|i| u[i].is_word())
        };
        let fits = |m: &&Mention<'_>| {
            m.span.end <= span.start
                && !within(m.span, own)
                && !same_clause(m)
                && m.kind == MentionKind::Person
                && !in_quoted_title(doc, unit_of(m), first_unit_at(u, m.span.end), in_quote)
                && match want {
                    Some(g) => mention_gender(u, text, m, unit_of(m)).is_none_or(|h| g == h),
                    None => true,
                }
        };
        let mut cand = mentions.iter().rev().find(fits);
        // (An age after an unnamed person introduced since points to that person, no one
        // named: `Dann sagte eine Verkäuferin aus. „…“, sagte die 52-Jährige`.)
        if let Some(c) = cand.filter(|_| age) {
            let e = first_unit_at(u, c.span.end);
            let unnamed = (e..sp.s.saturating_sub(1)).any(|i| {
                let n = u[i + 1].text(text);
                u[i + 1].cap
                    && match (u[i].text(text), want) {
                        ("eine" | "Eine", Some(Gender::Female)) => {
                            person_noun(n).is_some()
                                || n.ends_with("in") && !matches!(n, "Medizin" | "Disziplin")
                        }
                        ("ein" | "Ein", Some(Gender::Male)) => person_noun(n).is_some(),
                        _ => false,
                    }
            });
            if unnamed {
                cand = None;
            }
        }
        // (Not past a masculine noun named since, which `dieser` may point to as well:
        // `verlangte Mussawi vom Wächterrat …. Dieser bestätigte`.)
        if let Some(c) = cand.filter(|_| is_dem) {
            let e = first_unit_at(u, c.span.end);
            let noun_since = (e..sp.s).any(|i| {
                i > 0
                    && u[i].cap
                    && u[i].is_word()
                    && u[i].flags & (DET | PRONOUN | FUNC | PREP) == 0
                    && matches!(
                        u[i - 1].text(text),
                        "der"
                            | "dem"
                            | "den"
                            | "des"
                            | "vom"
                            | "zum"
                            | "im"
                            | "beim"
                            | "einem"
                            | "einen"
                            | "eines"
                    )
            });
            if noun_since {
                cand = None;
            }
        }
        // A role noun opening a later sentence names the person more recently than the
        // mention does (`Kehl warf der Ministerin X vor, … Die Ministerin wies das zurück.
        // „…“, sagte sie.`: `sie` is X).
        if let (Some(c), true) = (cand, is_pron) {
            let (cs, ps) = (doc.sentence_of(unit_of(c)), doc.sentence_of(sp.s));
            let role = (cs + 1..ps).rev().find_map(|j| {
                let r = doc.sentences[j].clone();
                let head = Sp {
                    s: r.start,
                    e: r.start + 2,
                };
                let verb_next = u.get(r.start + 2).is_some_and(|v| v.is_word() && !v.cap);
                (r.end > r.start + 2 && verb_next && !in_quote[r.start])
                    .then(|| role_antecedent(doc, text, head, mentions, own, in_quote))
                    .flatten()
            });
            if let Some(m) = role.filter(|m| fits(m)) {
                cand = Some(m);
            }
        }
        // So does a role noun speaking after a verb of saying since the name (`Firtasch
        // werde …, betonte der Anwalt. Er bestätigte …`: `er` is the lawyer named before,
        // no longer his client).
        if let (Some(c), true) = (cand, is_pron) {
            let from = first_unit_at(u, c.span.end);
            let role = (from + 1..sp.s.saturating_sub(1)).rev().find_map(|k| {
                (!in_quote[k]
                    && u[k - 1].flags & CUE != 0
                    && !u[k - 1].cap
                    && matches!(u[k].text(text), "der" | "die")
                    && u[k + 1].cap
                    && person_noun(u[k + 1].text(text)).is_some())
                .then(|| role_antecedent(doc, text, Sp { s: k, e: k + 2 }, mentions, own, in_quote))
                .flatten()
            });
            if let Some(m) = role.filter(|m| fits(m)) {
                cand = Some(m);
            }
        }
        // A person named by a noun alone opening a later sentence is nearer than the name
        // (`Anwalt Peter Roth vertritt die Familie. Der Zeuge betrat den Saal. „…“, sagte
        // er.`: `er` is the witness, whom no mention names).
        // (Only when the name came with a title of another role, `Anwalt Peter Roth`: a
        // noun alone is most often an epithet of the person named, `Der Ökonom`.)
        let title = cand
            .map(unit_of)
            .filter(|&k| k > 0 && u[k - 1].cap && person_noun(u[k - 1].text(text)).is_some())
            .map(|k| u[k - 1].text(text));
        if let (Some(c), Some(g), Some(title)) = (cand, want.filter(|_| is_pron), title) {
            let (cs, ps) = (doc.sentence_of(unit_of(c)), doc.sentence_of(sp.s));
            let noun_subject = (cs + 1..ps).rev().find_map(|j| {
                let r = doc.sentences[j].clone();
                noun_person_opening(doc, text, r.start, r.end, g).filter(|&(_, e)| {
                    // (Compounds of one role are one: `Kriminalsoziologe X`, `Der Soziologe`.)
                    let (noun, title) = (u[e - 1].text(text).to_lowercase(), title.to_lowercase());
                    !in_quote[r.start] && !title.contains(&noun) && !noun.contains(&title)
                })
            });
            if let Some((s, e)) = noun_subject {
                return Speaker {
                    span,
                    mention: None,
                    resolved: Some(Span::new(u[s].span.start, u[e - 1].span.end)),
                };
            }
        }
        // The subject of an earlier sentence before a person after its verb (`Trainer X
        // lobte seinen Kapitän Y. „…“, sagte er.`: `er` is X, who goes on speaking).
        if let Some(c) = cand.filter(|_| want.is_some() && !is_dem) {
            let cs = doc.sentence_of(unit_of(c));
            if cs < doc.sentence_of(sp.s) {
                let r = doc.sentences[cs].clone();
                // (An auxiliary too: `…, Sven Riedel, hat seinen Torwart X gelobt`.)
                let verb = (r.start..r.end)
                    .find(|&i| u[i].is_word() && !u[i].cap && finite_word(text, &u[i], FINITE));
                if let Some(v) = verb.filter(|&v| unit_of(c) > v) {
                    let subject = mentions.iter().filter(fits).find(|m| {
                        let k = unit_of(m);
                        // (Its phrase opening the sentence, capitalised words only before
                        // it: `Trainer X`, not `Das Eingeständnis der Ministerin X`, nor
                        // `Und dann kam X`.)
                        // (Or the name in apposition to that phrase: `Der Trainer des
                        // Vereins, Sven Riedel, hat …`.)
                        let apposition = || {
                            let e = first_unit_at(u, m.span.end);
                            k >= r.start + 2
                                && u[k - 1].punct() == Some(',')
                                && u.get(e).and_then(Unit::punct) == Some(',')
                                && (r.start..k - 1).all(|i| {
                                    u[i].is_word() && (u[i].cap || u[i].flags & FINITE == 0)
                                })
                        };
                        k >= r.start
                            && k < v
                            && ((r.start..k).all(|i| {
                                u[i].is_word() && u[i].cap && u[i].flags & (FUNC | PREP) == 0
                            }) || apposition())
                    });
                    if subject.is_some() {
                        cand = subject;
                    }
                }
            }
        }
        return Speaker {
            span,
            mention: cand.map(|m| m.index),
            resolved: cand.map(|m| m.span),
        };
    }
    // A relative pronoun (`Anna Berg, die den Plan vorstellte, sagte …`) stands for the name
    // right before its comma: a person of fitting gender, or an organisation.
    if sp.e == sp.s + 1 && sp.s >= 1 && u[sp.s - 1].punct() == Some(',') {
        let want = text.get(span.range()).and_then(relative_pronoun);
        let comma = u[sp.s - 1].span.start;
        let cand = want.and_then(|g| {
            mentions.iter().rev().find(|m| {
                m.span.end == comma
                    && match m.kind {
                        MentionKind::Person => g.is_some() && (m.gender.is_none() || m.gender == g),
                        MentionKind::Organisation => true,
                        _ => false,
                    }
            })
        });
        if let Some(m) = cand {
            return Speaker {
                span,
                mention: Some(m.index),
                resolved: Some(m.span),
            };
        }
    }
    // The last person (else organisation) mention inside the phrase. (Mentions are sorted
    // by start: only those starting inside the phrase are looked at, not all before it.)
    let lo = mentions.partition_point(|m| m.span.start < span.start);
    let near = mentions.get(lo..).unwrap_or_default();
    let near = near
        .get(..near.partition_point(|m| m.span.start <= span.end))
        .unwrap_or_default();
    // A person in the genitive or after `von` belongs to the head noun, who speaks
    // (`Brückners Agentur`, `Die Sprecherin Bergers`, `Die Familie von Berger`, `Kerrys
    // Sprecher`): not the speaker. (A genitive: written with an `s` its canonical name lacks.)
    let possessor = |m: &Mention<'_>| {
        if m.kind != MentionKind::Person {
            return false;
        }
        let (k, e) = (first_unit_at(u, m.span.start), first_unit_at(u, m.span.end));
        // (Only a head that acts, a person or a body: `Zschäpes Erklärung`, `Das Fazit von
        // Sandra Boser` are the possessor's own words.)
        let agent = |w: &str| {
            person_noun(w).is_some()
                || [
                    "büro",
                    "familie",
                    "agentur",
                    "verein",
                    "kampagne",
                    "team",
                    "management",
                    "anhänger",
                    "partei",
                    "regierung",
                    "ministerium",
                    "kanzlei",
                    "stiftung",
                    "umfeld",
                    "lager",
                    "anwälte",
                    "witwe",
                    "ehefrau",
                ]
                .iter()
                .any(|x| crate::attrib::ends_ci(w, x))
        };
        let noun = |i: usize| {
            i >= sp.s && i < sp.e && u[i].is_word() && u[i].cap && agent(u[i].text(text))
        };
        let genitive =
            text.get(m.span.range()).is_some_and(|w| w.ends_with('s')) && !m.name.ends_with('s');
        genitive && (noun(e) || k > 0 && noun(k - 1))
            || k >= 2 && u[k - 1].text(text) == "von" && noun(k - 2)
    };
    // A place in a name in marks is a word of that name (`Die Initiative „Leipzig
    // besetzen“`): not who speaks.
    let quoted_place = |m: &Mention<'_>| {
        m.kind == MentionKind::Place && {
            let k = first_unit_at(u, m.span.start);
            (sp.s..k).filter(|&i| u[i].mark().is_some()).count() % 2 == 1
        }
    };
    let inside = near.iter().rev().filter(|m| {
        m.span.start >= span.start && m.span.end <= span.end && !possessor(m) && !quoted_place(m)
    });
    // A place after a preposition is where the speaker is, not who speaks, after a noun for
    // a person (`Ein Anwohner aus Köln`, `Ein Regierungssprecher in Berlin`, `Die britische
    // Botschafterin in Wien`) or an organisation named in the phrase (`Der Bundesgerichtshof
    // in Karlsruhe`); an institution's seat stands for it (`Die Regierung in Washington`).
    // (Asked only of a place after a preposition: most phrases have none.)
    // (Only a government stands for its seat: `Die Evangelische Kirche in Hessen und
    // Nassau` is no `Nassau`, `Das Unternehmen in Stuttgart` no `Stuttgart`.)
    let seat_head = || {
        let head = (sp.s..sp.e).find(|&i| {
            u[i].is_word() && u[i].cap && u[i].flags & (DET | PRONOUN | FUNC | PREP) == 0
        });
        head.is_some_and(|h| {
            let w = u[h].text(text);
            [
                "regierung",
                "führung",
                "administration",
                "kabinett",
                "behörden",
                "ministerium",
                "senat",
            ]
            .iter()
            .any(|x| crate::attrib::ends_ci(w, x))
        })
    };
    let org_inside = || inside.clone().any(|m| m.kind == MentionKind::Organisation);
    // (`von` names whose it is: `die Regierung von Kanada`.)
    let after_prep = |m: &Mention<'_>| {
        let mut k = first_unit_at(u, m.span.start);
        // (Past a coordination of places: `in Hessen und Nassau`.)
        while k >= sp.s + 3 && matches!(u[k - 1].text(text), "und" | "oder") && u[k - 2].cap {
            k -= 2;
        }
        k > sp.s
            && u[k - 1].flags & PREP != 0
            && !u[k - 1].cap
            && !matches!(u[k - 1].text(text), "von" | "vom")
    };
    // (The institution a place closes, below, reads all of them: `Forscher der University
    // of Toronto`.)
    let any_best = inside
        .clone()
        .find(|m| m.kind == MentionKind::Person)
        .or_else(|| {
            inside
                .clone()
                .find(|m| matches!(m.kind, MentionKind::Organisation | MentionKind::Place))
        });
    let place_speaks = |m: &Mention<'_>| !after_prep(m) || seat_head() && !org_inside();
    // (The same, past a place that does not speak: no person is inside then.)
    let best = match any_best {
        Some(m) if m.kind == MentionKind::Place && !place_speaks(m) => {
            inside.clone().find(|m| match m.kind {
                MentionKind::Organisation => true,
                MentionKind::Place => place_speaks(m),
                _ => false,
            })
        }
        b => b,
    };
    // Without a mention: the capitalised tail of the phrase (`Kreml-Sprecher Dmitri Peskow`
    // → `Dmitri Peskow` when it looks like a name: two capitalised words at the end).
    let tail = || {
        let e = sp.e;
        if e >= sp.s + 2
            && u[e - 1].cap
            && u[e - 2].cap
            && u[e - 1].flags & (SPEECH_NOUN | crate::lexicon::ROLE_NOUN) == 0
            && u[e - 2].flags & crate::lexicon::ROLE_NOUN == 0
        {
            let mut s = e - 2;
            // (Not past a noun for a person: `Sänger Bill Kaulitz`, `Analystin Laura Chen`.)
            while s > sp.s
                && u[s - 1].cap
                && u[s - 1].flags & (crate::lexicon::ROLE_NOUN | DET) == 0
                && !u[s - 1].text(text).contains('-')
                && person_noun(u[s - 1].text(text)).is_none()
            {
                s -= 1;
            }
            // (Not a noun with its name after an article inside the phrase: `der Weihbischof
            // der Diözese Linz` is no `Diözese Linz`, `ein Sprecher der Deutschen Bank` no bank.)
            (s == sp.s || s - 1 == sp.s || u[s - 1].flags & DET == 0)
                .then(|| Span::new(u[s].span.start, u[e - 1].span.end))
        } else {
            None
        }
    };
    // A name closing the phrase beats a place or organisation elsewhere in it, unless it is
    // part of that mention: `Anna Roth` is no town `Roth`, `Siemens-Chef Roland Busch` no
    // company.
    // A place closing the phrase right after an institution's name names the institution
    // (`Die Staatsanwaltschaft Köln` is no `Köln`, `das Rote Kreuz Haitis` no Haiti); after
    // a person's noun it stays the place (`Der Vertreter Libyens`).
    let institution = any_best
        .filter(|m| m.kind == MentionKind::Place && m.span.end == span.end)
        .and_then(|m| {
            let k = first_unit_at(u, m.span.start);
            let name = |i: usize| u[i].is_word() && u[i].cap && u[i].flags & DET == 0;
            // (Or a particle of a foreign name: `University of Toronto`.)
            let particle = |i: usize| {
                i > sp.s
                    && name(i - 1)
                    && u[i].flags & DET == 0
                    && crate::attrib::name_particle(text, &u[i])
                    // (Not `von`: `die Bewerbung von Kanada` is Canada.)
                    && !matches!(u[i].text(text), "von" | "van" | "zu")
            };
            if k <= sp.s
                || !(name(k - 1) || particle(k - 1))
                || person_noun(u[k - 1].text(text)).is_some()
            {
                return None;
            }
            let mut s = k - 1;
            while s > sp.s && (name(s - 1) || particle(s - 1)) {
                s -= 1;
            }
            Some(Span::new(u[s].span.start, m.span.end))
        });
    // `Houcine Abassi, der Generalsekretär des Verbands …`: a name opening the phrase
    // before its apposition is the person, whatever the apposition names.
    let lead = (sp.e > sp.s + 4)
        .then(|| cap_run_end(u, sp.s, sp.e))
        .filter(|&c| {
            c >= sp.s + 2
                && u[c].punct() == Some(',')
                && (sp.s..c).all(|i| {
                    u[i].flags & (DET | crate::lexicon::ROLE_NOUN) == 0
                        && person_noun(u[i].text(text)).is_none()
                })
                && u.get(c + 1).is_some_and(|d| d.flags & DET != 0)
                && u.get(c + 2).is_some_and(|r| {
                    r.flags & crate::lexicon::ROLE_NOUN != 0 || person_noun(r.text(text)).is_some()
                })
        })
        .map(|c| Span::new(u[sp.s].span.start, u[c - 1].span.end));
    let (best, resolved) = match best {
        _ if lead.is_some() && best.is_none_or(|m| m.kind != MentionKind::Person) => (None, lead),
        _ if institution.is_some() => (None, institution),
        Some(m) if m.kind == MentionKind::Person => (Some(m), Some(m.span)),
        _ => match tail() {
            Some(t) if best.is_none_or(|m| !within(t, m.span)) => (None, Some(t)),
            _ => (best, best.map(|m| m.span)),
        },
    };
    // `der DWD` after `Der Deutsche Wetterdienst (DWD)`: an abbreviation defined in
    // parentheses earlier stands for the name before them.
    if best.is_none() && resolved.is_none() {
        if let Some(m) = defined_abbreviation(doc, text, sp, mentions) {
            return Speaker {
                span,
                mention: m.0,
                resolved: Some(m.1),
            };
        }
    }
    let _ = (COMP, CUE, find_cue);
    Speaker {
        span,
        mention: best.map(|m| m.index),
        resolved,
    }
}

/// The name that an abbreviation closing the phrase `sp` was defined for in parentheses
/// earlier in the text (`Der Deutsche Wetterdienst (DWD) warnt … , teilte der DWD mit`):
/// the mention ending right before the parenthesis, else the capitalised words there.
fn defined_abbreviation(
    doc: &Doc,
    text: &str,
    sp: Sp,
    mentions: &[Mention<'_>],
) -> Option<(Option<usize>, Span)> {
    let u = &doc.units;
    let last = u[sp.e - 1].text(text);
    if !acronym(last) {
        return None;
    }
    let k = (2..sp.s.min(u.len() - 1)).rev().find(|&k| {
        u[k].text(text) == last && u[k - 1].punct() == Some('(') && u[k + 1].punct() == Some(')')
    })?;
    // The capitalised words before the parenthesis (`Interessengemeinschaft Deponiesicherheit
    // Region Basel`), or an organisation's or person's mention that closes them
    // (`Menschenrechtsorganisation Human Rights Watch`; not the place closing a name:
    // `Basel`).
    // (Past a connecting word inside a name: `Internationale Organisation für Migration`.)
    let e = k - 1;
    let mut s = e;
    let name_word = |i: usize| u[i].is_word() && u[i].cap && u[i].flags & DET == 0;
    while s > 0 && e - s < 8 {
        if name_word(s - 1) {
            s -= 1;
        } else if s > 1 && s < e && matches!(u[s - 1].text(text), "für" | "und") && name_word(s - 2)
        {
            s -= 2;
        } else {
            break;
        }
    }
    if s == e || e - s > 8 {
        return None;
    }
    let name = Span::new(u[s].span.start, u[e - 1].span.end);
    let m = mentions.iter().rev().find(|m| {
        m.span.end == name.end && matches!(m.kind, MentionKind::Organisation | MentionKind::Person)
    });
    Some(m.map_or((None, name), |m| (Some(m.index), m.span)))
}

/// Nouns by which news refers back to an organisation it named (`das Unternehmen` after
/// `Siemens`), compared with the last part of a compound (`Technologiekonzern`).
const ORG_NOUNS: &[&str] = &[
    "Unternehmen",
    "Konzern",
    "konzern",
    "Firma",
    "Gewerkschaft",
    "Verband",
    "verband",
    "Verein",
    "Hersteller",
    "hersteller",
    "Autobauer",
    "Organisation",
    "organisation",
    "Behörde",
    "behörde",
    "Bank",
    "Partei",
    "Club",
    "Klub",
    "Airline",
    "Fluggesellschaft",
    "Gruppe",
];

/// Nouns that refer back to an organisation only whose name holds them (`das Institut` to
/// `Robert Koch-Institut`, `das Ministerium` to `Bundesministerium der Finanzen`, `das
/// Gericht` to `Landgericht Köln`).
const NAMED_ORG_NOUNS: &[&str] = &[
    "Institut",
    "Ministerium",
    "Gericht",
    "Stiftung",
    "Kommission",
    "Universität",
    "Klinikum",
    "Wetterdienst",
];

/// The organisation that a speaker phrase refers back to, named in this or the two
/// sentences before: for an article, a place's adjective and an organisation noun (`das
/// Unternehmen`, `das Walldorfer Unternehmen`), the last organisation mention; for a
/// singular `sie`, an organisation that opens its sentence as the subject of a singular
/// verb after `Die` (`Die IG Metall protestiert …. Sie verlangt …`).
fn org_antecedent<'m>(
    doc: &Doc,
    text: &str,
    sp: Sp,
    mentions: &'m [Mention<'m>],
    plural: bool,
) -> Option<&'m Mention<'m>> {
    let u = &doc.units;
    let word = |i: usize| u[i].text(text);
    // (A place's adjective between: `das Walldorfer Unternehmen`; not `das neue
    // Unternehmen`, which may be one not named yet.)
    let role = sp.e >= sp.s + 2
        && sp.e <= sp.s + 3
        && matches!(word(sp.s), "das" | "Das" | "der" | "Der" | "die" | "Die")
        && (ORG_NOUNS.iter().any(|n| word(sp.e - 1).ends_with(n))
            || NAMED_ORG_NOUNS.contains(&word(sp.e - 1)))
        && (sp.s + 1..sp.e - 1).all(|i| u[i].is_word() && u[i].cap && word(i).ends_with("er"));
    // (Or its possessive: `nach ihren Angaben`.)
    let pronoun = (sp.e == sp.s + 1 && matches!(word(sp.s), "sie" | "Sie")
        || possessive_statement(u, text, sp) == Some(Gender::Female))
        && !plural;
    if !role && !pronoun {
        return None;
    }
    let si = doc.sentence_of(sp.s);
    let lo = u[doc.sentences[si.saturating_sub(2)].start].span.start;
    let start = u[sp.s].span.start;
    let hi = mentions.partition_point(|m| m.span.start < start);
    let mut before = mentions[..hi]
        .iter()
        .rev()
        .take_while(|m| m.span.start >= lo)
        .filter(|m| m.kind == MentionKind::Organisation && m.span.end <= start);
    if role {
        let noun = word(sp.e - 1);
        if NAMED_ORG_NOUNS.contains(&noun) {
            let noun = noun.to_lowercase();
            return before.find(|m| {
                text.get(m.span.range())
                    .is_some_and(|t| t.to_lowercase().contains(&noun))
            });
        }
        // (The organisation introduced by that noun comes first: `Die Gewerkschaft Verdi
        // streikt. Lufthansa kritisierte das. Nach Angaben der Gewerkschaft …` is Verdi's.)
        let noun = noun.to_lowercase();
        let candidates: Vec<&Mention<'_>> = before.collect();
        let introduced = candidates.iter().find(|m| {
            let k = first_unit_at(u, m.span.start);
            (k.saturating_sub(2)..k).any(|i| word(i).to_lowercase().ends_with(&noun))
        });
        return introduced.or(candidates.first()).copied();
    }
    before.find(|m| {
        let k = first_unit_at(u, m.span.start);
        let e = first_unit_at(u, m.span.end);
        let s = doc.sentences[doc.sentence_of(k)].start;
        word(s) == "Die"
            && k - s <= 2
            && (s + 1..k).all(|i| u[i].is_word() && u[i].cap)
            && u.get(e).is_some_and(|v| {
                v.is_word()
                    && !v.cap
                    && !v.text(text).ends_with('n')
                    && v.flags & (DET | PREP | PRONOUN) == 0
            })
    })
}

/// How many sentences before its own a pronoun's antecedent may stand.
const BACK_SENTENCES: usize = 3;
/// How many sentences before its own a pronoun's antecedent mention may stand.
const MENTION_BACK_SENTENCES: usize = 3;
/// Finite auxiliaries and modals in the plural, next to `sie`: a plural pronoun.
const PLURAL_AUX: &[&str] = &[
    "haben", "hätten", "hatten", "seien", "sind", "waren", "wären", "werden", "würden", "wollen",
    "wollten", "können", "könnten", "müssen", "mussten", "müssten", "sollen", "sollten", "dürften",
];
/// And at most this many units back (bounds the walk in run-on sentences).
const BACK_UNITS: usize = 160;

/// Looks back from a speaker that only points to someone (`er`, `sie`, `demnach`) when no
/// mention resolves it: to the earlier reports' speakers and the person phrases of the
/// last few sentences (`der Mann`, `ein Sprecher der US-Armee`).
struct Back<'d> {
    doc: &'d Doc,
    text: &'d str,
    /// Units inside direct quotations (their words are not antecedents of the speaker).
    in_quote: &'d [bool],
    /// The speaker phrase of each quotation output so far, in position order.
    earlier: Vec<Option<Sp>>,
}

/// The gender of a person noun's form.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NounGender {
    Male,
    Female,
    /// An adjectival noun (`Vorsitzende`): the article decides.
    Either,
}

impl NounGender {
    /// Whether a noun of this form can name a person of gender `g`.
    fn fits(self, g: Gender) -> bool {
        match self {
            NounGender::Male => g == Gender::Male,
            NounGender::Female => g == Gender::Female,
            NounGender::Either => true,
        }
    }
}

impl Back<'_> {
    /// The resolution (mention, span of the name) of a one-word speaker `sp` whose cue verb
    /// is unit `verb`, given the quotations before it; `None` leaves it unresolved.
    fn resolve(
        &self,
        sp: Sp,
        verb: Option<usize>,
        own: Span,
        quotes: &[Quote],
    ) -> Option<(Option<usize>, Span)> {
        let u = &self.doc.units;
        // `Nach seinen Angaben`, `ihren Worten zufolge`: the possessor, as a pronoun.
        if let Some(g) = possessive_statement(u, self.text, sp) {
            return self.antecedent(sp, g, own, quotes);
        }
        if sp.e != sp.s + 1 || sp.s >= u.len() {
            return None;
        }
        match u[sp.s].text(self.text) {
            "demnach" | "Demnach" => self.previous_source(sp, quotes),
            // (A demonstrative standing alone points back as a pronoun does: `Dieser
            // sagte`, `so letztere`.)
            // (And the object of `zitieren`: `Die Zeitung zitierte ihn mit den Worten`.)
            "er" | "Er" | "ihn" | "dieser" | "Dieser" | "jener" | "Jener" | "letzterer"
            | "Letzterer" => self.antecedent(sp, Gender::Male, own, quotes),
            // `sie sagten`, `Sie fordern`: plural, no single person but a group named
            // before.
            "sie" | "Sie" | "diese" | "Diese" | "letztere" | "Letztere" => {
                let group = self
                    .plural_sie(sp, verb)
                    .then(|| self.plural_antecedent(sp));
                // (A participle's `-en` after a singular auxiliary says nothing: `Sie hat
                // zugegeben` is one woman.)
                let singular_aux = matches!(
                    self.doc.units.get(sp.s + 1).map(|x| x.text(self.text)),
                    Some("hat" | "hatte" | "habe" | "hätte" | "ist" | "war" | "sei" | "wäre")
                );
                group.flatten().or_else(|| {
                    (!verb.is_some_and(|v| self.plural_verb(v) && !singular_aux)
                        && !self.plural_verb(sp.s + 1))
                    .then(|| self.antecedent(sp, Gender::Female, own, quotes))
                    .flatten()
                })
            }
            _ => None,
        }
    }

    /// Whether the mention `m` that [`resolve`] found for the one-word speaker `sp` must be
    /// dropped: it stands before this or the last [`MENTION_BACK_SENTENCES`] sentences (a
    /// person named long before is rarely the `er` of a later quote; the look-back of
    /// [`Back::antecedent`] gets its turn instead), or `sp` is a `sie` whose verb is
    /// plural (`sagten sie`, `Sie haben … erklärt`, `wie sie betonten`).
    fn pronoun_too_far_or_plural(
        &self,
        sp: Sp,
        verb: Option<usize>,
        m: Option<Span>,
        own: Span,
    ) -> bool {
        let (doc, u) = (self.doc, &self.doc.units);
        if sp.e != sp.s + 1 || sp.s >= u.len() || u[sp.s].flags & PRONOUN == 0 {
            return false;
        }
        // (Counted from the first sentence of the pronoun's own quotation: `„…. …. ….“,
        // sagt er` reaches back from where the quotation opens.)
        let anchor = if own.start < own.end && own.start < u[sp.s].span.start {
            first_unit_at(u, own.start)
        } else {
            sp.s
        };
        let si = doc.sentence_of(anchor);
        // (And from the last sentence that opens with the same pronoun or an age of the
        // same gender within reach of the name or of such a sentence before it: `Jonas Berg
        // lebt in Thüringen. Er hat 40 Kühe. …`, `Die 71-Jährige lacht. …`. Sentences inside
        // a quotation do not count. A `Sie` before a plural verb in `-en` is a group.)
        let chained = m.is_some_and(|m| {
            let (pron, art) = match u[sp.s].text(self.text) {
                "er" | "Er" => ("Er", "Der"),
                _ => ("Sie", "Die"),
            };
            let counted = |j: usize| {
                !self
                    .in_quote
                    .get(doc.sentences[j].start)
                    .copied()
                    .unwrap_or(false)
            };
            let opens = |j: usize| {
                let r = &doc.sentences[j];
                let (Some(a), Some(b)) = (u.get(r.start), u.get(r.start + 1)) else {
                    return false;
                };
                let (a, b) = (a.text(self.text), b);
                a == pron && b.is_word() && !(pron == "Sie" && b.text(self.text).ends_with("en"))
                    || a == art && age_noun(b.text(self.text))
            };
            let ms = doc.sentence_of(first_unit_at(u, m.start));
            let (mut last, mut gap) = (ms, 0);
            for j in (ms + 1..si).filter(|&j| counted(j)) {
                gap += 1;
                // (Not past someone unnamed introduced since: `…. Wir sprachen mit einem
                // hochrangigen Politiker. Er lobte …`.)
                let r = &doc.sentences[j];
                if gap > MENTION_BACK_SENTENCES
                    || (r.start..r.end).any(|i| self.unnamed_person_at(i))
                {
                    break;
                }
                if opens(j) {
                    (last, gap) = (j, 0);
                }
            }
            last > ms && (last + 1..si).filter(|&j| counted(j)).count() < MENTION_BACK_SENTENCES
        });
        let lo = doc
            .sentences
            .get(si.saturating_sub(MENTION_BACK_SENTENCES))
            .and_then(|r| u.get(r.start))
            .map_or(0, |x| x.span.start);
        let word = |i: usize| u[i].text(self.text);
        let w = word(sp.s);
        if !matches!(w, "er" | "Er" | "sie" | "Sie") {
            return false;
        }
        // Far back, unless the name's last word is repeated within reach (`Zschäpe muss …`
        // after `Beate Zschäpe`: the gazetteer marks the full name only).
        let far = m.is_some_and(|m| {
            let tail = self
                .text
                .get(m.range())
                .and_then(|n| n.split_whitespace().last())
                .unwrap_or("");
            let near = self.text.get(lo..u[sp.s].span.start).unwrap_or("");
            m.start < lo && (tail.chars().count() < 3 || !near.contains(tail))
        });
        if far && !chained {
            return true;
        }
        matches!(w, "sie" | "Sie") && self.plural_sie(sp, verb)
    }

    /// Whether unit `i` is an indefinite article before a noun of a person, up to two
    /// words on (`ein Arzt`, `einem hochrangigen Politiker`): someone unnamed.
    fn unnamed_person_at(&self, i: usize) -> bool {
        let u = &self.doc.units;
        matches!(
            u[i].text(self.text),
            "ein" | "Ein" | "eine" | "Eine" | "einem" | "einen" | "einer" | "eines"
        ) && (i + 1..u.len().min(i + 4))
            .take_while(|&k| u[k].is_word())
            .any(|k| u[k].cap && person_noun(u[k].text(self.text)).is_some())
    }

    /// Whether the `sie` at `sp` (with the verb of saying at `verb`) is plural: a plural
    /// verb next to it (`sagten sie`, `Sie haben … erklärt`, `wie sie betonten`, `Sie
    /// fordern`).
    fn plural_sie(&self, sp: Sp, verb: Option<usize>) -> bool {
        let u = &self.doc.units;
        let word = |i: usize| u[i].text(self.text);
        let plural_at = |i: usize| self.plural_form(i);
        let next_to = |i: usize| i + 1 == sp.s || i == sp.s + 1;
        verb.is_some_and(|v| plural_at(v) && (next_to(v) || word(v).ends_with("ten")))
            || plural_at(sp.s + 1)
            || sp.s > 0 && plural_at(sp.s - 1)
            // (A verb form the lexicon does not know, by its ending: `Sie fordern`.)
            || verb.is_some_and(|v| next_to(v) && self.plural_verb(v))
            || self.plural_verb(sp.s + 1)
    }

    /// Whether unit `i` is a lower-case form the lexicon knows as plural, or a plural
    /// auxiliary (`haben`, `seien`, `wollen`).
    fn plural_form(&self, i: usize) -> bool {
        let u = &self.doc.units;
        i < u.len()
            && u[i].is_word()
            && !u[i].cap
            && (self.doc.full_flags(i) & crate::lexicon::PLURAL != 0
                || PLURAL_AUX.contains(&u[i].text(self.text)))
    }

    /// The group a plural `sie` at `sp` stands for: the subject opening one of the three
    /// sentences before, with a plural verb right after it and a noun of people as its head
    /// (`Die Anwohner der Siedlung beklagen …. Sie fordern …`, `Hunderte Klinikärzte haben
    /// … demonstriert. Sie werfen …`). Pronoun subjects are passed over; sentences in other
    /// paragraphs are not looked at.
    fn plural_antecedent(&self, sp: Sp) -> Option<(Option<usize>, Span)> {
        let (doc, u) = (self.doc, &self.doc.units);
        let si = doc.sentence_of(sp.s);
        let para = self.para_of(sp.s);
        (si.saturating_sub(3)..si).rev().find_map(|j| {
            let r = doc.sentences[j].clone();
            if self.para_of(r.start) != para || self.in_quote.get(r.start).copied().unwrap_or(true)
            {
                return None;
            }
            let (s, e) = clause_subject(doc, self.text, r.start, r.end)?;
            if s != r.start
                || e >= r.end
                || doc.full_flags(s) & (PRONOUN | PREP) != 0
                || !(self.plural_verb(e) || self.plural_form(e))
            {
                return None;
            }
            // The head: the last capitalised word before the first lower-case one.
            let head = (s..e)
                .take_while(|&i| i == s || u[i].cap || !u[i].is_word())
                .filter(|&i| u[i].is_word() && u[i].cap)
                .last()?;
            people_plural(u[head].text(self.text))
                .then(|| (None, Span::new(u[s].span.start, u[e - 1].span.end)))
        })
    }

    /// Whether unit `v` is a finite verb in the plural (`sagten`, `erklärten`, `seien`,
    /// `fordern`), by its ending: a lower-case word in `-en`, `-ern` or `-eln` that is no
    /// function word.
    fn plural_verb(&self, v: usize) -> bool {
        self.doc.units.get(v).is_some_and(|u| {
            let w = u.text(self.text);
            u.is_word()
                && !u.cap
                && u.flags & (DET | PREP | FUNC | PRONOUN | COMP) == 0
                && w.len() > 3
                && (w.ends_with("en") || w.ends_with("ern") || w.ends_with("eln"))
        })
    }

    fn para_of(&self, i: usize) -> usize {
        self.doc.paragraphs.partition_point(|r| r.end <= i)
    }

    /// `Demnach sei …`: the source of the previous report with a speaker, in the same or
    /// the previous paragraph (its resolved name, else its phrase as written); with no such
    /// report, the subject of the sentence right before, when a person or a source
    /// (`Die Anklage verlas Staatsanwältin X. Demnach …`).
    fn previous_source(&self, sp: Sp, quotes: &[Quote]) -> Option<(Option<usize>, Span)> {
        self.previous_report_source(sp, quotes).or_else(|| {
            let doc = self.doc;
            let prev = doc.sentences.get(doc.sentence_of(sp.s).checked_sub(1)?)?;
            // (Not when the sentence before is itself reported: its subject is content,
            // `Ihnen zufolge hat die Partei gewonnen. Demnach …`.)
            let (a, b) = (doc.units[prev.start].span.start, doc.units[sp.s].span.start);
            if self.para_of(prev.start) + 1 < self.para_of(sp.s)
                || quotes.iter().any(|q| a <= q.span.start && q.span.start < b)
            {
                return None;
            }
            // (Not a pronoun, which would itself need an antecedent.)
            let fits = |(s, e): (usize, usize)| {
                doc.units[s].flags & PRONOUN == 0 && source_like(doc, self.text, Sp { s, e }, &[])
            };
            // (Or a person right after the verb when the field holds the object: `Die
            // Anklage verlas Staatsanwältin X`.)
            let after_verb = || {
                let v = (prev.start + 1..prev.end).find(|&i| {
                    let x = &doc.units[i];
                    x.is_word() && !x.cap && x.flags & (DET | PREP | FUNC | PRONOUN | COMP) == 0
                })?;
                crate::attrib::np_right(doc, self.text, v + 1, prev.end)
                    .filter(|&(s, e)| crate::attrib::person_like(doc, self.text, s, e))
            };
            let (s, e) = clause_subject(doc, self.text, prev.start, prev.end)
                .filter(|&x| fits(x))
                .or_else(after_verb)?;
            Some((
                None,
                Span::new(doc.units[s].span.start, doc.units[e - 1].span.end),
            ))
        })
    }

    /// [`Back::previous_source`]'s report.
    fn previous_report_source(&self, sp: Sp, quotes: &[Quote]) -> Option<(Option<usize>, Span)> {
        let para = self.para_of(sp.s);
        let start = self.doc.units[sp.s].span.start;
        for (q, e) in quotes.iter().zip(&self.earlier).rev().take(64) {
            let (Some(qs), Some(e)) = (&q.speaker, e) else {
                continue;
            };
            if q.span.start >= start || e.s >= sp.s {
                continue;
            }
            if para > self.para_of(e.s) + 1 {
                return None;
            }
            if let Some(r) = qs.resolved {
                return Some((qs.mention, r));
            }
            // (A dative pronoun points back too: `Ihnen zufolge`.)
            let written = self.text.get(qs.span.range()).unwrap_or("");
            let pointer = crate::is_anaphor(written)
                || ["ihnen", "ihm"]
                    .iter()
                    .any(|p| written.eq_ignore_ascii_case(p));
            return (!pointer).then_some((None, qs.span));
        }
        None
    }

    /// A singular `er` / `sie` with no fitting person mention: the most recent person
    /// phrase of fitting gender in this or the last [`BACK_SENTENCES`] sentences, or an
    /// earlier report's speaker named without a mention (`Der Biologe Jody Hey`).
    fn antecedent(
        &self,
        sp: Sp,
        want: Gender,
        own: Span,
        quotes: &[Quote],
    ) -> Option<(Option<usize>, Span)> {
        let doc = self.doc;
        let si = doc.sentence_of(sp.s);
        let lo = doc
            .sentences
            .get(si.saturating_sub(BACK_SENTENCES))
            .map_or(0, |r| r.start)
            .max(sp.s.saturating_sub(BACK_UNITS));
        // (Not a person inside the content of an earlier report whose speaker is a person
        // of that gender: `Der Vater sagte, kein Urteil bringe den Sohn zurück. Er hoffe …`
        // goes on with the father.)
        let in_report = |j: usize| {
            let s = doc.units[j].span;
            quotes.iter().any(|q| {
                q.kind != QuoteKind::Direct
                    && within(s, q.span)
                    && q.speaker.as_ref().is_some_and(|sp| {
                        // (A whole-sentence summary holds its speaker: that is no other
                        // person.)
                        if within(s, sp.span) {
                            return false;
                        }
                        let (a, b) = (
                            first_unit_at(&doc.units, sp.span.start),
                            first_unit_at(&doc.units, sp.span.end),
                        );
                        (a..b.min(doc.units.len())).any(|k| {
                            person_noun(doc.units[k].text(self.text)).is_some_and(|n| n.fits(want))
                        })
                    })
            })
        };
        let phrase = (lo..sp.s)
            .rev()
            .filter(|&j| !within(doc.units[j].span, own))
            .find_map(|j| self.person_phrase(j, want).filter(|_| !in_report(j)));
        let named = quotes
            .iter()
            .zip(&self.earlier)
            .rev()
            .take(16)
            .find_map(|(q, e)| {
                let (qs, e) = (q.speaker.as_ref()?, (*e)?);
                if e.s < lo || e.e > sp.s || qs.mention.is_some() {
                    return None;
                }
                // Names only for `er`: a bare name tells no gender, and news names men
                // more often; a tail opening with an article is a group (`Die Grünen`).
                // (A lone capitalised word without an article as the subject of a singular
                // verb of saying is a name: `warnte Drosten`; `warnten Experten` is not.)
                let bare_name = || {
                    let u = doc.units.get(e.s)?;
                    let verb = q.cue.as_ref()?.spans.first()?;
                    let v = self.text.get(verb.range())?;
                    (e.e == e.s + 1
                        && u.cap
                        && u.flags & (DET | PRONOUN | FUNC | PREP | ROLE_NOUN | SPEECH_NOUN) == 0
                        // (A singular verb: `sagte`, `warnt`, `wies … zurück`; not
                        // `warnten`.)
                        && !v.ends_with("en")
                        && !v.ends_with("ern")
                        && v.starts_with(|c: char| c.is_lowercase())
                        && !matches!(v, "laut" | "zufolge" | "nach" | "gemäß" | "gemäss" | "so"))
                    .then_some(qs.span)
                };
                let r = qs
                    .resolved
                    .or_else(bare_name)
                    .filter(|_| want == Gender::Male)?;
                let first = first_unit_at(&doc.units, r.start);
                if doc.full_flags(first) & DET != 0 {
                    return None;
                }
                // Nor a tail inside a genitive (`Sprecher des Unternehmens Yingli`).
                let genitive = (e.s..first.min(e.e)).any(|i| {
                    matches!(
                        self.text.get(doc.units[i].span.range()),
                        Some("des" | "der")
                    )
                });
                if genitive {
                    return None;
                }
                let written = self.text.get(qs.span.range()).unwrap_or("");
                // Not when its title says otherwise (`Ministerin Anna Berg` is no `er`).
                let other = (e.s..e.e).any(|i| {
                    let g = person_noun(doc.units[i].text(self.text));
                    matches!(
                        (g, want),
                        (Some(NounGender::Male), Gender::Female)
                            | (Some(NounGender::Female), Gender::Male)
                    )
                });
                (!crate::is_anaphor(written) && !other).then_some((e, r))
            });
        let best = match (phrase, named) {
            // The later one; a role noun inside or in apposition to the named speaker
            // (`Oskar Deutsch, Präsident der …`) is that speaker.
            (Some((a, r)), Some((b, n))) => Some(if b.s > a || a <= b.e + 1 { n } else { r }),
            (Some((_, r)), None) | (None, Some((_, r))) => Some(r),
            (None, None) => None,
        };
        best.map(|r| (None, r))
    }

    /// The person phrase headed by unit `j` if it is a person noun of gender `want` outside
    /// quotation marks: its first unit and the span to report (the name after the noun
    /// where one follows: `Der Biologe Jody Hey` → `Jody Hey`).
    fn person_phrase(&self, j: usize, want: Gender) -> Option<(usize, Span)> {
        let (doc, text) = (self.doc, self.text);
        let u = &doc.units;
        let word = |i: usize| u[i].text(text);
        let uj = u.get(j)?;
        if !uj.is_word()
            || !uj.cap
            || self.in_quote.get(j).copied().unwrap_or(true)
            || doc.full_flags(j) & (FUNC | DET | PREP | PRONOUN) != 0
        {
            return None;
        }
        let g = person_noun(word(j))?;
        let sent = doc.sentences.get(doc.sentence_of(j))?.clone();
        let adjective = |i: usize| {
            let w = word(i);
            u[i].is_word()
                && !u[i].cap
                && doc.full_flags(i) & (FUNC | PREP | PRONOUN | CUE | FINITE | DET) == 0
                && inflected_ending(w)
        };
        // Left: the article and adjectives (`ein 39-jähriger Landwirt`).
        let mut s = j;
        let mut det = None;
        while s > sent.start && j - s < 6 {
            let p = &u[s - 1];
            if doc.full_flags(s - 1) & DET != 0 {
                s -= 1;
                det = Some(word(s));
                break;
            }
            if adjective(s - 1) || p.digit || matches!(p.kind, UKind::Punct('-')) {
                s -= 1;
            } else {
                break;
            }
        }
        // A trailing hyphen or number alone is not part of the phrase.
        while s < j && !u[s].is_word() {
            s += 1;
        }
        let det = det.map(str::to_ascii_lowercase);
        let det = det.as_deref();
        let plural = matches!(
            det,
            Some(
                "die"
                    | "zwei"
                    | "drei"
                    | "mehrere"
                    | "viele"
                    | "einige"
                    | "beide"
                    | "alle"
                    | "andere"
                    | "weitere"
                    | "keine"
            )
        );
        let fits = match g {
            NounGender::Male => want == Gender::Male && !plural,
            NounGender::Female => want == Gender::Female,
            NounGender::Either => match det {
                Some("der" | "ein") => want == Gender::Male,
                Some("die" | "eine") => want == Gender::Female,
                _ => true,
            },
        };
        if !fits {
            return None;
        }
        // Right: a name (`Der Biologe Jody Hey`) or a genitive (`Sprecher der US-Armee`).
        let name_word = |i: usize| {
            u[i].is_word()
                && u[i].cap
                && doc.full_flags(i) & (FUNC | DET | PREP | PRONOUN | FINITE | CUE) == 0
                && person_noun(word(i)).is_none()
                && !self.in_quote.get(i).copied().unwrap_or(true)
        };
        // (`Abdel-Malek al-Mikhlafi`, `Osama bin Laden`: particles inside a name.)
        let particle = |i: usize| {
            let w = word(i);
            u[i].is_word()
                && (w.starts_with("al-")
                    || w.starts_with("el-")
                    || matches!(w, "van" | "de" | "bin" | "ibn" | "al")
                        && i + 1 < u.len()
                        && name_word(i + 1))
        };
        let end = sent.end.min(u.len());
        let mut e = j + 1;
        while e < end && e < j + 5 && (name_word(e) || e > j + 1 && particle(e)) {
            e += 1;
        }
        if e > j + 1 {
            return Some((s, Span::new(u[j + 1].span.start, u[e - 1].span.end)));
        }
        // A name in apposition before the noun: `Oskar Deutsch, Präsident der …`.
        let comma = |i: usize| matches!(u[i].kind, UKind::Punct(','));
        if s == j && j >= sent.start + 3 && comma(j - 1) && name_word(j - 3) && name_word(j - 2) {
            return Some((j - 3, Span::new(u[j - 3].span.start, u[j - 2].span.end)));
        }
        if e < end && matches!(word(e), "der" | "des") {
            let mut g = e + 1;
            while g < end && g < e + 4 && adjective(g) {
                g += 1;
            }
            let n0 = g;
            while g < end
                && g < n0 + 3
                && u[g].is_word()
                && u[g].cap
                && doc.full_flags(g) & (FUNC | DET | PREP | PRONOUN | FINITE | CUE) == 0
            {
                g += 1;
            }
            if g > n0 {
                e = g;
            }
        }
        // A name in apposition after the phrase: `Der Sprecher der Polizei, Hans Meier, …`.
        if e + 2 < end
            && comma(e)
            && name_word(e + 1)
            && name_word(e + 2)
            && (e + 3 >= end || !name_word(e + 3))
        {
            return Some((s, Span::new(u[e + 1].span.start, u[e + 2].span.end)));
        }
        Some((s, Span::new(u[s].span.start, u[e - 1].span.end)))
    }
}

/// Whether the words `k..e` stand inside short quotation marks that quote no speech (a
/// title: `den Kanal „Klartext mit Kevin“`): a name there is no one in the text.
fn in_quoted_title(doc: &Doc, k: usize, e: usize, in_quote: &[bool]) -> bool {
    let u = &doc.units;
    let open = (k.saturating_sub(5)..k).rev().find(|&i| !u[i].is_word());
    let close = (e..u.len().min(e + 5)).find(|&i| !u[i].is_word());
    open.is_some_and(|o| u[o].mark().is_some() && !in_quote.get(k).copied().unwrap_or(false))
        && close.is_some_and(|c| u[c].mark().is_some())
}

/// The phrase `Der`/`Die` (an adjective) and a noun of a person of gender `g` opening the
/// sentence `lo..hi` as its subject, a lower-case verb right after it (`Der Zeuge betrat …`,
/// `Die junge Richterin verlas …`): units `lo..e`.
fn noun_person_opening(
    doc: &Doc,
    text: &str,
    lo: usize,
    hi: usize,
    g: Gender,
) -> Option<(usize, usize)> {
    let u = &doc.units;
    let article = match u.get(lo)?.text(text) {
        "Der" => Gender::Male,
        "Die" => Gender::Female,
        _ => return None,
    };
    if article != g {
        return None;
    }
    // (One adjective may stand between: `Der 61-jährige Kassierer`.)
    let n = if u.get(lo + 1).is_some_and(|a| a.is_word() && !a.cap) {
        lo + 2
    } else {
        lo + 1
    };
    let noun = u.get(n).filter(|x| x.is_word() && x.cap)?;
    let fits = person_noun(noun.text(text))?.fits(g);
    (fits && n + 1 < hi && u.get(n + 1).is_some_and(|v| v.is_word() && !v.cap))
        .then_some((lo, n + 1))
}

/// The gender of `w` if it is a noun for a person (`Mann`, `Sprecherin`, `Landwirt`,
/// `Biologe`, compounds like `Polizeisprecher` included), else `None`.
fn person_noun(w: &str) -> Option<NounGender> {
    // Heads that end compounds (`Armeesprecher`, `Feuerwehrmann`).
    const MALE_ENDS: &[&str] = &[
        "mann",
        "sprecher",
        "chef",
        "minister",
        "präsident",
        "leiter",
        "direktor",
        "anwalt",
        "experte",
        "beamter",
        "vorsitzender",
        "abgeordneter",
        "angeklagter",
        "verdächtiger",
        "bürgermeister",
        "kanzler",
        "vertreter",
        "landwirt",
        "ologe",
        "forscher",
        "arzt",
        "trainer",
        "spieler",
        "fahrer",
        "täter",
        "politiker",
        "sänger",
        "autor",
        "lehrer",
        "richter",
        "soldat",
        "offizier",
        "kommandeur",
        "polizist",
        "journalist",
        "aktivist",
        "sportler",
        "manager",
        "gründer",
        "besitzer",
        "inhaber",
        "bewohner",
        "kandidat",
        "senator",
        "gouverneur",
        "könig",
        "priester",
        "pfarrer",
        "bischof",
        "professor",
        "student",
        "schüler",
        "mitarbeiter",
        "ermittler",
        "diplomat",
        "botschafter",
        "kommissar",
        "sekretär",
        "berater",
        "analyst",
        "wissenschaftler",
        "historiker",
        "unternehmer",
        "vater",
        "bruder",
        "sohn",
        "mediziner",
        "ökonom",
        "jurist",
        "chemiker",
        "physiker",
        "ingenieur",
        "künstler",
        "musiker",
        "regisseur",
        "schauspieler",
        "athlet",
        "kapitän",
        "stürmer",
        "torwart",
        "demokrat",
        "republikaner",
        "verteidiger",
        "kläger",
        "gutachter",
        "moderator",
        "reporter",
        "redakteur",
        "korrespondent",
        "kritiker",
    ];
    // Words that would end too many other nouns (`Fahrzeuge`), matched whole.
    const MALE_WORDS: &[&str] = &[
        "herr", "junge", "zeuge", "bauer", "general", "papst", "pilot", "nachbar", "beamte",
    ];
    const FEMALE_ENDS: &[&str] = &[
        "frau",
        "mutter",
        "tochter",
        "schwester",
        "ärztin",
        "anwältin",
        "bäuerin",
        "ologin",
        "beamtin",
    ];
    const EITHER_ENDS: &[&str] = &[
        "vorsitzende",
        "abgeordnete",
        "angeklagte",
        "verdächtige",
        "angestellte",
    ];
    if w.len() < 3 || w.len() > 48 {
        return None;
    }
    // Most words end in none of the suffixes (nor does their stem before `-in`): one load.
    static TAILS: std::sync::OnceLock<crate::affix::Tails> = std::sync::OnceLock::new();
    let tails = TAILS.get_or_init(|| {
        crate::affix::Tails::new(&[MALE_ENDS, MALE_WORDS, FEMALE_ENDS, EITHER_ENDS])
    });
    if !tails.may_end(w) && !w.strip_suffix("in").is_some_and(|s| tails.may_end(s)) {
        return None;
    }
    // The lists by their suffixes' last three bytes: a word is tried against those that
    // end like it only.
    static TABLE: std::sync::OnceLock<SuffixTable> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        SuffixTable::new(&[
            (FEMALE_ENDS, FEMALE, false),
            (EITHER_ENDS, EITHER, false),
            (MALE_ENDS, MALE, false),
            (MALE_WORDS, MALE_WORD, true),
        ])
    });
    let hits = table.hits(w);
    if hits & FEMALE != 0 {
        return Some(NounGender::Female);
    }
    if hits & EITHER != 0 {
        return Some(NounGender::Either);
    }
    if hits & (MALE | MALE_WORD) != 0 {
        return Some(NounGender::Male);
    }
    // The feminine `-in` of a male noun (`Sprecherin`, `Ministerin`, `Königin`; not of a
    // whole male word).
    let stem = w.strip_suffix("in")?;
    (table.hits_ends(stem, MALE) & MALE != 0).then_some(NounGender::Female)
}

/// The gender of a singular profession noun after its definite article (`die
/// Medizinerin`, `der Ökonom`), not of an office or a relation (`der Minister`, `die
/// Sprecherin`), nor a plural (`die Forscher`).
fn profession_gender(text: &str, u: &[Unit], sp: Sp) -> Option<Gender> {
    if sp.e != sp.s + 2 {
        return None;
    }
    let noun = u[sp.s + 1].text(text);
    let g = match (u[sp.s].text(text), person_noun(noun)?) {
        ("der" | "Der", NounGender::Male | NounGender::Either) => Gender::Male,
        ("die" | "Die", NounGender::Female) => Gender::Female,
        _ => return None,
    };
    let stem = if g == Gender::Female {
        noun.strip_suffix("in").unwrap_or(noun)
    } else {
        noun
    };
    const OFFICES: &[&str] = &[
        "sprecher",
        "präsident",
        "minister",
        "kanzler",
        "leiter",
        "chef",
        "vorsitzende",
        "bürgermeister",
        "sekretär",
        "kommissar",
        "botschafter",
        "direktor",
        "gouverneur",
        "senator",
        "vertreter",
        "könig",
        "papst",
        "bischof",
        "mann",
        "frau",
        "vater",
        "mutter",
        "sohn",
        "tochter",
        "bruder",
        "schwester",
        "student",
        "schüler",
        "angeklagte",
        "verdächtige",
        "beschuldigte",
        "geschädigte",
        "täter",
        // (Parts in an event name someone new, not a person named before: `Anwalt X
        // vertritt die Familie. Der Zeuge betrat den Saal.` `zeug` is `Zeugin`'s stem.)
        "zeuge",
        "zeug",
        "opfer",
        "passant",
        "richter",
        "anwalt",
        "anwält",
    ];
    (!OFFICES.iter().any(|o| crate::attrib::ends_ci(stem, o))).then_some(g)
}

/// [`SuffixTable`] classes of [`person_noun`]'s lists.
const FEMALE: u8 = 1;
const EITHER: u8 = 2;
const MALE: u8 = 4;
const MALE_WORD: u8 = 8;

/// Suffix lists (as [`crate::affix::ends_or_is`] takes them), each with a class bit, by
/// their suffixes' last three bytes: a word is tried against those that end like it only.
struct SuffixTable {
    /// The lists: suffixes, class, whether a word must be the suffix (not only end in it).
    lists: Vec<(&'static [&'static str], u8, bool)>,
    /// By [`SuffixTable::key`] of their last three bytes, the suffixes ending in three
    /// ASCII bytes (others cannot match a word that ends in three), with class and `whole`.
    buckets: Vec<Vec<(&'static str, u8, bool)>>,
    /// Suffixes shorter than three bytes: tried for every word.
    short: Vec<(&'static str, u8, bool)>,
}

impl SuffixTable {
    const BUCKETS: usize = 1024;

    fn new(lists: &[(&'static [&'static str], u8, bool)]) -> SuffixTable {
        let mut t = SuffixTable {
            lists: lists.to_vec(),
            buckets: vec![Vec::new(); SuffixTable::BUCKETS],
            short: Vec::new(),
        };
        for &(list, class, whole) in lists {
            for &s in list {
                match s.as_bytes().last_chunk::<3>() {
                    None => t.short.push((s, class, whole)),
                    Some(tail) if tail.is_ascii() => {
                        if let Some(v) = t.buckets.get_mut(SuffixTable::key(tail)) {
                            v.push((s, class, whole));
                        }
                    }
                    Some(_) => {}
                }
            }
        }
        t
    }

    /// The bucket of three ASCII bytes, lower-cased.
    fn key(t: &[u8; 3]) -> usize {
        let [a, b, c] = t.map(|x| usize::from(x.to_ascii_lowercase()));
        (a.wrapping_mul(0x3B) ^ b.wrapping_mul(0x2F1) ^ c.wrapping_mul(0x1F3D))
            % SuffixTable::BUCKETS
    }

    /// The classes of the lists with a suffix `w` ends in or is (lower-cased), or, for a
    /// `whole` list, is.
    fn hits(&self, w: &str) -> u8 {
        self.hits_ends(w, u8::MAX)
    }

    /// [`SuffixTable::hits`] among the classes `want`. When `w` ends in three ASCII bytes
    /// only their bucket (and the short suffixes) are tried: a suffix holds no ASCII
    /// capital, so a match ends in those bytes lower-cased. (Else every list.)
    fn hits_ends(&self, w: &str, want: u8) -> u8 {
        let fits =
            |x: &str, whole: bool| (!whole || w.len() == x.len()) && crate::affix::ends_or_is(w, x);
        let mut hits = 0;
        match w.as_bytes().last_chunk::<3>() {
            Some(t) if t.is_ascii() => {
                let bucket = self
                    .buckets
                    .get(SuffixTable::key(t))
                    .map_or(&[][..], Vec::as_slice);
                for &(x, class, whole) in bucket.iter().chain(&self.short) {
                    if class & want & !hits != 0 && fits(x, whole) {
                        hits |= class;
                    }
                }
            }
            _ => {
                for &(list, class, whole) in &self.lists {
                    if class & want & !hits != 0 && list.iter().any(|x| fits(x, whole)) {
                        hits |= class;
                    }
                }
            }
        }
        hits
    }
}

/// Whether a phrase can be a source of speech: a person or role (`person_like`), a
/// pronoun, or a phrase holding a person or organisation mention.
fn source_like(doc: &Doc, text: &str, sp: Sp, mentions: &[Mention<'_>]) -> bool {
    let u = &doc.units;
    if sp.s >= sp.e || sp.e > u.len() {
        return false;
    }
    if person_like(doc, text, sp.s, sp.e) || sp.e == sp.s + 1 && u[sp.s].flags & PRONOUN != 0 {
        return true;
    }
    // Institutions that issue statements (`Die Kriminalpolizei`, `Der oberste Gerichtshof`).
    const INSTITUTION: &[&str] = &[
        "polizei",
        "gericht",
        "gerichtshof",
        "regierung",
        "ministerium",
        "behörde",
        "anwaltschaft",
        "partei",
        "verband",
        "kommission",
        "agentur",
        "zeitung",
        "amt",
        "institut",
        "rat",
        "komitee",
        "gewerkschaft",
        "organisation",
        "verwaltung",
        "team",
        "opposition",
        "fraktion",
        "koalition",
        "kabinett",
        "vorstand",
        "konzern",
        "unternehmen",
    ];
    // (Only the suffixes under the hash of a word's last three bytes are compared: most
    // words end like none of them.)
    static TAILS: Tails3 = tails3(INSTITUTION);
    if (sp.s..sp.e).any(|i| {
        u[i].cap
            && text
                .get(u[i].span.range())
                .is_some_and(|w| TAILS.any_ends_ci(w))
    }) {
        return true;
    }
    let (a, b) = (u[sp.s].span.start, u[sp.e - 1].span.end);
    let first = mentions.partition_point(|m| m.span.start < a);
    mentions[first..]
        .iter()
        .take_while(|m| m.span.start < b)
        .any(|m| {
            m.span.end <= b
                && matches!(
                    m.kind,
                    MentionKind::Person | MentionKind::Organisation | MentionKind::Place
                )
        })
}

/// Whether units `s..e` can name a speaker: no leading preposition or verb, and no lone
/// sentence-initial adverb (`Derzeit`, `Weiterhin`) taken for a noun.
fn plausible_speaker(doc: &Doc, text: &str, s: usize, e: usize) -> bool {
    let u = &doc.units;
    if s >= e || e > u.len() || u[s].flags & (PREP | CUE | FINITE) != 0 {
        return false;
    }
    if e == s + 1 && u[s].cap && doc.sentences[doc.sentence_of(s)].start == s {
        let w = u[s].text(text);
        let adverb = [
            "end", "weise", "lich", "ig", "falls", "dings", "ell", "zeit", "hin",
        ]
        .iter()
        .any(|x| w.ends_with(x));
        return !adverb && u[s].flags & (FUNC | DET) == 0;
    }
    true
}

/// The subject of the sentence part `lo..a` before a quotation starting at unit `a`, if
/// that part is long enough to hold a clause and the phrase can name a speaker.
fn own_subject(doc: &Doc, text: &str, lo: usize, a: usize) -> Option<(usize, usize)> {
    if a <= lo + 1 {
        return None;
    }
    clause_subject(doc, text, lo, last_mark_before(doc, lo, a))
        .filter(|&(s, e)| plausible_speaker(doc, text, s, e))
}

/// The speaker of cue `c` in the sentence part `lo..hi`: searched from the sentence start
/// when an apposition or parenthesis stands before the cue's clause, so that it can be
/// skipped back to its head (`X, der Justizminister, sagte`), or a quoted name (`Die
/// Zeitung „X“ berichtet`).
fn cue_speaker(doc: &Doc, text: &str, c: &CueHit, lo: usize, hi: usize) -> Option<Sp> {
    let (slo, shi) = speaker_clause(doc, text, lo, hi, c);
    // A cue in a contrasting `während` clause has that clause's subject, the phrase right
    // after `während` in its verb-final order (`X setzt sich für Y ein, während Z den
    // Vorschlag unterstützt und fordert, …`).
    if slo > lo
        && slo + 1 < c.verb
        && doc.units[slo - 1].punct() == Some(',')
        && text.get(doc.units[slo].span.range()) == Some("während")
    {
        return np_right_direct(doc, text, slo + 1, c.verb)
            .filter(|&(s, _)| s == slo + 1)
            .map(|(s, e)| Sp { s, e });
    }
    let from = if slo > lo
        && (matches!(doc.units[slo - 1].punct(), Some(',' | ')' | '('))
            || quoted_name_before(doc, lo, slo))
    {
        lo
    } else {
        slo
    };
    speaker_for(doc, text, c, from, shi).map(|(s, e)| Sp { s, e })
}

/// Gives the reports of sentence `si - 1` (their text reaching past `from`) that name no
/// source of their own (no speaker, or one carried over from context) the source `sp` named
/// by an anaphoric attribution in sentence `si` (`Das berichtete X.`); the index of the
/// last that did, if any.
/// (A report with a source of its own keeps it: Wikinews then annotates the sentence a
/// second time for the new source.)
fn adopt_anaphoric_source(
    items: &mut [Item],
    si: usize,
    from: usize,
    sp: Option<Sp>,
    c: CueHit,
) -> Option<usize> {
    let mut last = None;
    for (i, it) in items.iter_mut().enumerate() {
        if it.kind != QuoteKind::Direct
            && it.sentence + 1 == si
            && it.span.end > from
            && (it.speaker.is_none() || it.continuation)
        {
            it.speaker = sp;
            it.cue = Some(c);
            it.impersonal = false;
            last = Some(i);
        }
    }
    last
}

/// The person in brackets right after the closing mark `close` (`„…“ (Heinz-Christian
/// Strache)`, `„…“ (Trainer Jürgen Klopp)`): the bracket's whole content, up to four
/// capitalised words that [`person_like`] takes or a person mention covers (a party or an
/// agency in brackets, `(SPD)`, `(dpa)`, is no speaker).
fn person_in_brackets_after(
    doc: &Doc,
    text: &str,
    mentions: &[Mention<'_>],
    close: usize,
) -> Option<(usize, usize)> {
    let u = &doc.units;
    if u.get(close + 1)?.punct() != Some('(') {
        return None;
    }
    let s = close + 2;
    let e = (s..u.len().min(s + 5)).find(|&k| !(u[k].is_word() && u[k].cap))?;
    if e == s || u[e].punct() != Some(')') {
        return None;
    }
    let (a, b) = (u[s].span.start, u[e - 1].span.end);
    let mentioned = || {
        mentions
            .iter()
            .any(|m| m.kind == MentionKind::Person && m.span.start == a && m.span.end == b)
    };
    (person_like(doc, text, s, e) || mentioned()).then_some((s, e))
}

/// An anaphoric attribution (`Das sagte X.`, `Dies bestätigte X.`, not in Konjunktiv)
/// opening the sentence after the one that ends with the closing mark `close`, in the same
/// paragraph: its cue and speaker.
fn anaphor_after(
    doc: &Doc,
    text: &str,
    lex: &Lexicon,
    close: usize,
) -> Option<(CueHit, Option<Sp>)> {
    let u = &doc.units;
    let si = doc.sentence_of(close.min(u.len().checked_sub(1)?));
    let r = doc.sentences.get(si + 1)?.clone();
    // (Only punctuation between the mark and the next sentence. That sentence is in the
    // quotation's paragraph, or opens the next one after a quotation that fills its own:
    // `„…“⏎⏎Das sagte X am Montag.`)
    let (pq, pr) = (
        doc.paragraphs.partition_point(|p| p.end <= close),
        doc.paragraphs.partition_point(|p| p.end <= r.start),
    );
    let whole_paragraph = || {
        pr == pq + 1
            && doc.paragraphs.get(pr).is_some_and(|p| p.start == r.start)
            && doc.paragraphs.get(pq).is_some_and(|p| {
                u.get(p.start).is_some_and(|m| m.mark().is_some())
                    && u[p.start..close]
                        .iter()
                        .filter(|m| m.mark().is_some())
                        .count()
                        == 1
            })
    };
    if r.end < r.start + 3
        || (close + 1..r.start).any(|i| u[i].is_word() || u[i].mark().is_some())
        || pq != pr && !whole_paragraph()
        || !matches!(
            text.get(u[r.start].span.range()),
            Some("Das" | "Dies" | "Dieses")
        )
    {
        return None;
    }
    let v = r.start + 1;
    let c = cue_at(doc, text, lex, v, r.end)
        .filter(|c| c.verb == v)
        .or_else(|| anaphor_with_auxiliary(doc, text, lex, v, r.end))?;
    if u[v].flags & (KONJ1 | KONJ2) != 0 || konjunktiv_third_person(u[v].text(text)) {
        return None;
    }
    Some((c, cue_speaker(doc, text, &c, r.start, r.end)))
}

/// `Das musste X einräumen`, `Das hat X gesagt`: an auxiliary or modal at `v` (right after
/// the anaphor) and the infinitive or participle of saying closing its clause, with the
/// subject in between. The cue is the verb of saying.
fn anaphor_with_auxiliary(
    doc: &Doc,
    text: &str,
    lex: &Lexicon,
    v: usize,
    hi: usize,
) -> Option<CueHit> {
    let u = &doc.units;
    if !matches!(
        text.get(u.get(v)?.span.range()),
        Some(
            "hat"
                | "hatte"
                | "haben"
                | "hatten"
                | "musste"
                | "mussten"
                | "muss"
                | "wollte"
                | "wollten"
                | "will"
                | "konnte"
                | "konnten"
                | "kann"
                | "durfte"
        )
    ) {
        return None;
    }
    let end = (v + 1..hi.min(u.len()))
        .find(|&i| !u[i].is_word())
        .unwrap_or(hi.min(u.len()));
    let last = end.checked_sub(1).filter(|&l| l > v + 1)?;
    cue_at(doc, text, lex, last, end).filter(|c| c.verb == last && !u[last].cap)
}

/// The source of `verlauten` and `hervorgehen`, a phrase after `aus` in the cue's clause
/// (`Aus EU-Kreisen verlautete, …`, `Wie aus einer Mitteilung der Polizei hervorgeht, …`).
fn aus_source(doc: &Doc, text: &str, c: &CueHit, lo: usize, hi: usize) -> Option<Sp> {
    let u = &doc.units;
    let w = |i: usize| u[i].text(text);
    let verb = w(c.verb);
    let hervor = verb.starts_with("hervorg") || c.second.is_some_and(|k| w(k) == "hervor");
    if !(hervor || verb.starts_with("verlaut")) {
        return None;
    }
    let (clo, chi) = speaker_clause(doc, text, lo, hi, c);
    let a = (clo..chi).find(|&i| matches!(w(i), "aus" | "Aus"))?;
    np_right_direct(doc, text, a + 1, chi).map(|(s, e)| Sp { s, e })
}

/// Whether the agentless passive of saying at `v` is itself reported: its clause opens the
/// sentence `lo..hi` in Konjunktiv (`Die Diagnose sei durch Untersuchungen bestätigt
/// worden`, `Ausländern sei lediglich abgeraten worden, …`), so the source is the report's
/// before it, not no one.
fn reported_passive(doc: &Doc, in_quote: &[bool], lo: usize, hi: usize, v: usize) -> bool {
    clause_of(doc, lo, hi, v).0 == lo && konjunktiv_main_clause(doc, in_quote, lo, v)
}

/// Whether `lo` (`Das`, `Dies`) opens a passive whose agent follows the auxiliary and
/// whose participle of saying at `v` ends the clause (`Das wurde vom Presseamt des Kremls
/// mitgeteilt`, `Dies wird von der Polizei bestätigt`).
fn anaphoric_passive(doc: &Doc, text: &str, lo: usize, v: usize) -> bool {
    let u = &doc.units;
    let w = |i: usize| u[i].text(text);
    v > lo + 3
        && v < u.len()
        && matches!(w(lo + 1), "wurde" | "wird" | "war" | "ist")
        && matches!(w(lo + 2), "von" | "vom")
        && (lo + 1..v).all(|i| {
            u[i].mark().is_none()
                && !matches!(u[i].punct(), Some(',' | ':' | ';' | '('))
                && !matches!(w(i), "und" | "oder" | "dass")
        })
}

/// Whether the summary `it` is a piece of its clause: its verb comes after it with a word
/// between them, it is its own speaker and nothing more, or it opens a parenthesis it does
/// not close.
fn cut_summary(doc: &Doc, text: &str, it: &Item) -> bool {
    let u = &doc.units;
    let Some(c) = it.cue else { return false };
    let verb_after = u.get(c.verb).is_some_and(|v| v.span.start >= it.span.end);
    // The units from the summary's end to its verb.
    let first_after = first_unit_at(u, it.span.end);
    let word_between = verb_after && (first_after..c.verb).any(|i| u[i].is_word());
    let t = text.get(it.span.range()).unwrap_or("");
    // (Or nothing but its speaker: `Die Vorsitzende, Anna Weber[, kritisierte …]`.)
    let only_speaker = it.speaker.is_some_and(|sp| {
        u.get(sp.s).is_some_and(|x| x.span.start <= it.span.start)
            && sp
                .e
                .checked_sub(1)
                .and_then(|l| u.get(l))
                .is_some_and(|x| x.span.end >= it.span.end)
    });
    word_between || only_speaker || t.matches('(').count() > t.matches(')').count()
}

/// Whether `fordern` at `v` counts the dead of a disaster in `a..b` (`Die Überschwemmungen
/// haben 35 Todesopfer gefordert`): no speech act.
fn death_toll(doc: &Doc, text: &str, v: usize, a: usize, b: usize) -> bool {
    let u = &doc.units;
    let verb = u.get(v).map_or("", |x| x.text(text));
    starts_with_any(verb, &["forder", "gefordert"])
        && (a..b.min(u.len())).any(|i| {
            matches!(
                u[i].text(text),
                "Todesopfer" | "Menschenleben" | "Opfer" | "Tote" | "Toten" | "Verletzte"
            )
        })
}

/// Verbs that take a stance on what the sentence before says (`Das lehnte X ab`, `Das
/// kritisierte X`) rather than pass it on as X's: their anaphor is no part of a quotation.
fn stance(w: &str) -> bool {
    judges(w) || starts_with_any(w, &["beschl", "forder", "gefordert", "beklagt"])
}

/// Stance verbs that judge what the sentence before says: that sentence is no report of
/// theirs at all (`Das lehnte X ab` is X's refusal, a summary). (Not `Das forderte X`,
/// often X's demand, nor `Das beschloss X`, whose source a continuation takes.)
fn judges(w: &str) -> bool {
    starts_with_any(
        w,
        &[
            "lehnt",
            "abgelehnt",
            "kritisi",
            "begrüß",
            "bedauer",
            "verurteil",
            "bezweifel",
            "bemängel",
        ],
    )
}

/// Whether `w` starts with one of `prefixes`.
fn starts_with_any(w: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| w.starts_with(p))
}

/// A verb form after the adjective `laut` (`laut geworden`, `laut werden`, `laut gesagt`),
/// which a source after the preposition `laut` never is.
fn loud_verb(w: &str) -> bool {
    matches!(
        w,
        "werden" | "wurde" | "wurden" | "wird" | "werde" | "sein" | "ist" | "war"
    ) || w.starts_with("ge") && (w.ends_with("en") || w.ends_with('t')) && w.len() > 5
}

/// The infinitive clause `(start, end, noun, comma)` after a comma that follows a noun of a speech act
/// in the sentence `lo..hi` (`den Beschluss, Koalitionsgespräche zu führen`, `mit dem
/// Appell, die Wahrheit zu verbreiten und auf Alternativen hinzuweisen`): the clause up to
/// the first comma or semicolon after its infinitive with `zu` (`zu führen`, `hinzuweisen`).
fn act_infinitive(
    doc: &Doc,
    text: &str,
    in_quote: &[bool],
    lo: usize,
    hi: usize,
) -> Option<(usize, usize, usize, usize)> {
    let u = &doc.units;
    let hi = hi.min(u.len());
    let noun = (lo..hi).find(|&i| u[i].flags & ACT_NOUN != 0 && u[i].cap && !in_quote[i])?;
    // The comma after the noun and its attributes (`die Forderungen von Politikern der SPD,`).
    let comma = (noun + 1..hi.min(noun + 6)).find(|&i| u[i].punct() == Some(','))?;
    // (Not a purpose clause: `einen Vorschlag vorgelegt, um mehr Frauen … zu bringen`.)
    if (noun + 1..comma).any(|i| !u[i].is_word() || in_quote[i])
        || u.get(comma + 1)
            .is_some_and(|w| matches!(w.text(text), "um" | "statt" | "anstatt" | "ohne"))
    {
        return None;
    }
    let sep = |i: usize| matches!(u[i].punct(), Some(',' | ';' | ':')) || u[i].mark().is_some();
    // The infinitive: `zu` and a lower-case verb, or a particle verb with `zu` inside.
    let inf = (comma + 1..hi)
        .take_while(|&i| !sep(i))
        .find(|&i| zu_infinitive(text, u, i, hi))?;
    let end = (inf + 1..hi).find(|&i| sep(i) || in_quote[i]).unwrap_or(hi);
    Some((comma + 1, end, noun, comma))
}

/// The agent of the speech act named at `noun` by a genitive or `von` phrase that runs up
/// to `comma` (`die Forderungen von Politikern der SPD`, `dem Appell der Polizei`).
fn act_agent(doc: &Doc, text: &str, noun: usize, comma: usize) -> Option<Sp> {
    let u = &doc.units;
    let first = noun + 1;
    if first + 1 >= comma || !u[first + 1].is_word() {
        return None;
    }
    match u[first].text(text) {
        "der" | "des" | "eines" | "einer" => Some(Sp { s: first, e: comma }),
        "von" | "vom" => Some(Sp {
            s: first + 1,
            e: comma,
        }),
        _ => None,
    }
}

/// Verbs of denial (`Das wurde von der Polizei bestritten`): their subject contradicts the
/// report before rather than being its source.
fn denial(w: &str) -> bool {
    starts_with_any(
        w,
        &[
            "bestr",
            "dementi",
            "zurückgew",
            "widersp",
            "abgestr",
            "verneint",
        ],
    )
}

/// Verbs whose stem ends in `t` have a Konjunktiv I in `-te` (`überschreite`, `arbeite`,
/// `berichte`) that no past tense shares: a strong past (`schritt`) or `-tete`.
const T_STEMS: &[&str] = &[
    "halte",
    "gelte",
    "biete",
    "trete",
    "streite",
    "schreite",
    "gleite",
    "fechte",
    "arbeite",
    "bereite",
    "begleite",
    "berichte",
    "richte",
    "verzichte",
    "fürchte",
    "bedeute",
    "beobachte",
    "betrachte",
    "erwarte",
    "leite",
    "vertrete",
    "verbiete",
    "rate",
    "rüste",
    "warte",
    "starte",
    "leiste",
    "teste",
    "vermute",
    "deute",
    "rette",
    "antworte",
    "flüchte",
    "töte",
    "miete",
    "spalte",
    "schalte",
    "walte",
];

/// Whether a finite verb after a third-person subject is in Konjunktiv I by its ending:
/// `-e` but not the past `-te` or `wurde` (`begründe`, `bestätige`; indicative
/// `begründet`, `bestätigte`).
fn konjunktiv_third_person(w: &str) -> bool {
    w.ends_with('e') && (!w.ends_with("te") || t_stem_form(w)) && w != "wurde"
}

/// Whether `w` ends with one of [`T_STEMS`]. (Asked of every past in `-te` in a verb
/// slot: the stems' last four bytes, compared as integers, pass only the few candidates on
/// to a full comparison.)
fn t_stem_form(w: &str) -> bool {
    const fn key(b: &[u8]) -> u32 {
        u32::from_le_bytes([
            b[b.len() - 4],
            b[b.len() - 3],
            b[b.len() - 2],
            b[b.len() - 1],
        ])
    }
    const KEYS: [u32; T_STEMS.len()] = {
        let mut k = [0u32; T_STEMS.len()];
        let mut i = 0;
        while i < T_STEMS.len() {
            k[i] = key(T_STEMS[i].as_bytes());
            i += 1;
        }
        k
    };
    let b = w.as_bytes();
    if b.len() < 4 {
        return false;
    }
    let kw = key(b);
    KEYS.iter()
        .zip(T_STEMS)
        .any(|(&k, r)| k == kw && w.ends_with(r))
}

/// The unit of a Konjunktiv I that the word list lacks (`Die Partei propagiere …`, `Am
/// Montag befürworte er …`, `Man blockiere …`) in the verb slot of the main clause that
/// opens the sentence `r`: a lower-case `-e` word right after the first phrase (a
/// third-person pronoun, or a noun phrase or prepositional phrase ending in a capitalised
/// word). After a lone adverb or name the subject or object must follow (`Zudem lehne
/// die Partei …`, not `Besonders große Sorge …`). Words known as function words, the past
/// `-te`, present participles (`-nde`), `ich` and a few frequent adverbs (`gerne`,
/// `heute`) are no verbs here; a sentence opening with a verb has no such slot. Looks at
/// the first words of the sentence only, without allocating. With the unit comes the
/// flag it earns: Konjunktiv I, which opens a report, or Konjunktiv II, which only
/// continues one (after a bare pronoun, or a stem that may be a strong past). `named`:
/// the first word opens an entity mention, a phrase of its own, so no subject or object
/// need follow (`Ungarn blockiere weiterhin …`).
fn konj1_slot(
    doc: &Doc,
    text: &str,
    r: std::ops::Range<usize>,
    named: bool,
) -> Option<(usize, u32)> {
    const NOT_VERBS: &[&str] = &[
        "gerne",
        "alleine",
        "heute",
        "lange",
        "bitte",
        "ohne",
        "selbe",
        "sowie",
        "beziehungsweise",
        "gerade",
        "ebenfalls",
        "nahe",
        "ferne",
        "zuhause",
        "hierzulande",
        "ganze",
        "erste",
        "zweite",
        "dritte",
        "meiste",
        "einzige",
        "beide",
        "alle",
        "einige",
        "viele",
        "solche",
        "welche",
        "manche",
        "wenige",
    ];
    // (A word's text only where a test reads it: most sentences end the scan on flags.)
    let word = |i: usize| -> Option<(&Unit, u32)> {
        let u = doc.units.get(i).filter(|u| u.is_word() && i < r.end)?;
        Some((u, doc.full_flags(i)))
    };
    // `slot`: the next word stands in the verb slot; `then_np`: and must be followed by a
    // determiner or pronoun (after a lone first word that may be an adverb).
    let (mut slot, mut then_np, mut pronoun) = (false, false, false);
    // The slot right after an opening `Er`, `Sie`, `Dies`: no adjective can stand there.
    let mut after_personal = false;
    for i in r.start..r.end.min(r.start + 10) {
        let (u, f) = word(i)?;
        if u.cap {
            let first = i == r.start;
            if first && f & (FINITE | CUE | KONJ1 | KONJ2 | SOLL) != 0 {
                // A verb first: a condition or question (`Würde Nordkorea …`).
                return None;
            } else if first
                && matches!(
                    text.as_bytes().get(u.span.range()),
                    Some(b"Er" | b"Sie" | b"Es" | b"Man" | b"Dies")
                )
            {
                // (`Er`, `Sie`, `Dies` before a form in `-e` report: `Er glaube nicht an …`,
                // `Dies gefährde …`; `Es` and `Man` may wish or instruct: `Es lebe …`, `Man
                // nehme …`.)
                let personal = matches!(
                    text.as_bytes().get(u.span.range()),
                    Some(b"Er" | b"Sie" | b"Dies")
                );
                (slot, then_np, pronoun) = (true, false, !personal);
                after_personal = personal;
            } else if f & (DET | PREP | PRONOUN) != 0 || !first && f & FUNC != 0 {
                slot = false;
            } else {
                // A noun or name ends a phrase; a lone first word may be an adverb, unless
                // it is a name.
                (slot, then_np) = (true, first && !named);
            }
            continue;
        }
        if f & DET != 0 {
            slot = false;
            continue;
        }
        if !slot {
            // An attributive adjective before its noun (`Die große Koalition`); not an
            // extended attribute (`Die in Stuttgart geborene …`, `Das 4,3 Zoll große …`).
            if f & (PREP | FUNC) == 0 && !u.digit && word(i + 1).is_some_and(|(n, _)| n.cap) {
                continue;
            }
            return None;
        }
        // (The next word and the flag only once the cheap tests have passed.)
        let next = || word(i + 1);
        let w = u.text(text);
        let ok = w.len() >= 4
            && konjunktiv_third_person(w)
            && !w.ends_with("nde")
            && w.bytes().all(|c| c.is_ascii_lowercase() || c >= 0x80)
            && f & (KONJ1 | KONJ2 | SOLL | FUNC | PREP | PRONOUN | COMP) == 0
            && !NOT_VERBS.contains(&w)
            // (Not before a capitalised word: mostly an adjective and its noun, `Das Prager
            // jungtschechische Organ`; but `Er erhebe Anspruch …`.)
            && next().is_none_or(|(nu, _)| nu.text(text) != "ich" && (!nu.cap || after_personal && i == r.start + 1))
            && (!then_np
                || next().is_some_and(|(nu, nf)| nf & (DET | PRONOUN) != 0 && nu.text(text) != "ich"))
            // (After a name with nothing after the verb to tell, not a `-te` that may be
            // a past: `Hayböck segelte …` is no `gelte`; but the stem itself is no past,
            // `Russland rüste auf`.)
            && !(named && i == r.start + 1 && w.ends_with("te") && !T_STEMS.contains(&w));
        // After a bare pronoun the form may be a wish or an instruction (`Er ruhe in
        // Frieden`, `Man nehme …`): a continuation only, like Konjunktiv II.
        let k = || {
            if pronoun {
                KONJ2
            } else {
                konj_flag_of(w.as_bytes())
            }
        };
        return ok.then(|| (i, k()));
    }
    None
}

/// Whether an entity mention starts at unit `i` (mentions are sorted by start), not in a
/// form that may be a genitive before its noun (`Boatengs frühere Nachbarn`).
fn opens_name(doc: &Doc, text: &str, mentions: &[Mention<'_>], i: usize) -> bool {
    doc.units.get(i).is_some_and(|u| {
        !u.text(text).ends_with('s')
            && mentions
                .binary_search_by_key(&u.span.start, |m| m.span.start)
                .is_ok()
    })
}

/// The flag for the `-e` verb `w` in the verb slot: Konjunktiv I, or Konjunktiv II where
/// the stem may be a strong past (an umlaut or `ie` outside `-iere`: `entspräche`,
/// `liefe`, `bliebe`), which continues a report but opens none.
fn konj_flag_of(w: &[u8]) -> u32 {
    // (Endings no strong past takes, after an umlaut of the present stem: `fördere`,
    // `bestätige`, `schütze`, `wünsche`, `stärke`, `wähle`, `gefährde`, `erhöhe`,
    // `zerstöre`.)
    const WEAK_ENDINGS: &[&[u8]] = &[
        b"ere",
        b"ele",
        b"ige",
        b"tze",
        b"sche",
        b"iche",
        b"rke",
        b"hle",
        b"rde",
        "öhe".as_bytes(),
        "öre".as_bytes(),
        // (A stem in `-t`, whose past is `-tete`: `rüste`, `töte`.)
        b"ste",
        "öte".as_bytes(),
    ];
    if WEAK_ENDINGS.iter().any(|e| w.ends_with(e)) {
        return KONJ1;
    }
    let stem = w.strip_suffix(b"iere").unwrap_or(w);
    let strong = stem
        .windows(2)
        .any(|p| matches!(p, [0xc3, 0xa4 | 0xb6 | 0xbc] | [b'i', b'e']));
    if strong {
        KONJ2
    } else {
        KONJ1
    }
}

/// Whether unit `s` (a report marker's source) lies inside a subordinate or relative
/// clause that opens after a comma following the verb at `v` (`…, weil die Mission nach
/// Angaben der UN überfordert ist`, `…, worauf dieser nach Aussagen Gordons …`), not at the
/// start of a clause of its own (`…, nach Angaben der Polizei kamen 7.000`).
fn in_later_subclause(doc: &Doc, text: &str, in_quote: &[bool], v: usize, s: usize) -> bool {
    const SUBORDINATORS: &[&str] = &[
        "weil",
        "da",
        "obwohl",
        "obgleich",
        "nachdem",
        "wenn",
        "falls",
        "indem",
        "sodass",
        "zumal",
        "wobei",
        "worauf",
        "woraufhin",
        "während",
        "wo",
        "als",
        "bevor",
        "damit",
    ];
    let u = &doc.units;
    if s <= v + 3 || s > u.len() {
        return false;
    }
    let Some(k) = (v + 1..s)
        .rev()
        .find(|&k| u[k].punct() == Some(',') && !in_quote[k])
    else {
        return false;
    };
    k + 2 < s
        && (u[k + 1].flags & COMP != 0
            || SUBORDINATORS.contains(&u[k + 1].text(text))
            || opens_relative_clause(doc, text, k + 1, s))
}

/// Whether the cue at `v` stands verb-final in a subordinate clause (`…, falls sich neue
/// Hinweise ergäben`, `…, wenn die Arbeitgeber kein Angebot vorlegten`) that closes the
/// sentence part `lo..hi` after other content: such a clause attributes nothing.
fn subordinate_cue_after(doc: &Doc, text: &str, lo: usize, hi: usize, v: usize) -> bool {
    const SUBORDINATORS: &[&str] = &[
        "falls", "wenn", "weil", "da", "obwohl", "obgleich", "nachdem", "bevor", "ehe", "damit",
        "sobald", "solange", "sofern", "bis", "während", "indem", "sodass", "seit", "seitdem",
    ];
    let (clo, chi) = clause_of(doc, lo, hi, v);
    chi >= hi
        && clo > lo + 1
        && v > clo + 1
        && doc.units[clo - 1].punct() == Some(',')
        && text
            .get(doc.units[clo].span.range())
            .is_some_and(|w| SUBORDINATORS.contains(&w))
}

/// Whether a short quoted name inside a noun phrase ends right before `clo` (`Die
/// Zeitung „X“ berichtet`): its marks do not end the clause then.
fn quoted_name_before(doc: &Doc, lo: usize, clo: usize) -> bool {
    let u = &doc.units;
    if clo < lo + 3 || u[clo - 1].mark().is_none() {
        return false;
    }
    let Some(o) = (clo.saturating_sub(6).max(lo)..clo - 1)
        .rev()
        .find(|&j| u[j].mark().is_some())
    else {
        return false;
    };
    // (Also a name opening the sentence: `„Muslix64“ erwähnte, dass …`.)
    (o == lo || u[o - 1].is_word()) && o + 1 < clo - 1 && (o + 1..clo - 1).all(|j| u[j].is_word())
}

#[cfg(test)]
mod tests {
    use super::{SuffixTable, EITHER, FEMALE, MALE, MALE_WORD};
    use crate::affix::ends_or_is;

    /// The table's answer is the lists scanned one by one, for ASCII tails (bucketed) and
    /// others (scanned), capitals and `whole` lists included.
    #[test]
    fn suffix_table_agrees_with_its_lists() {
        const ENDS_A: &[&str] = &["mann", "sprecher", "ärztin", "sekretär", "in"];
        const ENDS_B: &[&str] = &["frau", "leiter", "beamtin"];
        const WORDS: &[&str] = &["herr", "pilot", "ära"];
        let lists = [
            (ENDS_A, MALE, false),
            (ENDS_B, FEMALE, false),
            (WORDS, MALE_WORD, true),
            (&["vorsitzende"][..], EITHER, false),
        ];
        let table = SuffixTable::new(&lists);
        let words = [
            "Mann",
            "MANN",
            "Feuerwehrmann",
            "Pressesprecher",
            "Zahnärztin",
            "ÄRZTIN",
            "Sekretär",
            "SEKRETÄR",
            "Berlin",
            "Frau",
            "Abteilungsleiter",
            "Beamtin",
            "Herr",
            "Herrn",
            "Pilot",
            "Autopilot",
            "Ära",
            "ÄRA",
            "Vorsitzende",
            "Haus",
            "ab",
            "",
        ];
        for w in words {
            let slow = lists
                .iter()
                .filter(|(list, _, whole)| {
                    list.iter()
                        .any(|x| (!whole || w.len() == x.len()) && ends_or_is(w, x))
                })
                .fold(0, |h, (_, class, _)| h | class);
            assert_eq!(table.hits(w), slow, "{w:?}");
            assert_eq!(table.hits_ends(w, MALE), slow & MALE, "{w:?}");
        }
        assert_eq!(table.hits("Feuerwehrmann"), MALE);
        assert_eq!(table.hits("Autopilot") & MALE_WORD, 0);
    }
}
