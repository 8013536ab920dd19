//! Finding mentions: one automaton scan for candidates on word boundaries, then the rules
//! (compounds, ambiguity, demonyms, organisation patterns, first names, roles) in text
//! order, then document-level linking of surnames.
//!
//! Named rules (each has a test in `tests/matching.rs`):
//! - `whole_word`: a candidate starts and ends on a word boundary (never `Rom` in `Romantik`);
//!   among candidates at one position the longest valid one wins (leftmost-longest).
//! - `compound_part`: a name that is only part of a hyphen compound (`Nato-Gipfel`) gives a
//!   `*part` mention over the whole token with `head` = the name.
//! - `compound_demonym`: a compound ending in a demonym (`deutsch-israelische`) is `LOCderiv`.
//! - `street_suffix`: `Hauptstraße`, `Karl-Marx-Straße` are `LOC`.
//! - `ambiguity`: names of `data/ambiguity.tsv` need their context (see `Amb`).
//! - `demonym_in_name`: a capitalised demonym adjective mid-sentence before a capitalised word
//!   is part of a name (`Deutsche Bank`): joined with a following list name, else left out.
//! - `org_pattern`: the organisation patterns of `rules.rs`.
//! - `first_name`: `Vorname [Vorname] [von der] Nachname` is a `PER` (rule) when the surname is
//!   capitalised, not a function word, not a listed name, not a common-noun form.
//! - `role`: a title or role right before a person (`US-Außenminister Marco Rubio`).
//! - `title`, `honorific`: after a title or `Herr`/`Frau`, an unknown name is a `PER` with
//!   its further name words (`Ministerpräsident Ehud Olmert`, `Herr Willemsen`).
//! - `speaker`: after a speech verb, a lone unknown name ending the clause (`sagte Möller .`).
//! - `initial_surname`: `W. Fesenko`.
//! - `acronym_definition`: an acronym in brackets after the name it abbreviates (`( BAG )`).
//! - `club_or_campus`: `THW Kiel`, `Mainz 05`, and a city after an article (`die Chicago Bulls`).
//! - `slash_joined`: a mention glued by `/` to a further word (`AFP/SID/…`) is left out.
//! - `org_apposition`: a noun for a kind of organisation before an unknown name
//!   (`Ölkonzern Petrobras`).
//! - `org_country`: an organisation right before a country's name takes it in (`Financial
//!   Times Deutschland`).
//! - `street_after_adjective`: `Leipziger Straße 12`; streets take their number.
//! - `people_of_the_land`: `die Schweden` (the people) is `LOCderiv`.
//! - `named_after_person`: `Robert Bosch Stiftung`, `Verlag Klaus Wagenbach` are `ORG`s.
//! - `noble_place`: after a particle a listed place is a surname (`Gerhard von Scharnhorst`).
//! - `document`: the surname of a full-name person mention, later alone, links to it.

use crate::build::{bit, set_bit, Amb, Form, Inner, NameInfo, PatInfo};
use crate::rules::{
    ends, has_noun_ending, is_determiner, is_in, is_people_like_their_land, Shape, CURRENCY_LIST,
    FUNCTION_WORD_LIST, GENERIC_ORG_NOUNS, INSTITUTION_LINKS, LOCATIVE_LIST, NAME_PARTICLES_2,
    NAME_PARTICLE_LIST, NOT_FIRST_NAME_LIST, NOT_ORG_ACRONYMS, ORG_HEAD_LIST, ORG_RULES,
    PLACE_NOUN_HEADS, PLACE_NOUN_LIST,
};
use crate::scan::{scan, Hit};
use crate::text::{
    ascii_alnum_run, char_at, char_before, is_capitalised_word, is_word, left_edge, next_token,
    prev_token, right_edge, sentence_initial, token_around, Edge,
};
use crate::{Entity, EntityRef, Label, Matches, Mention, Source};
use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, HashMap};

/// Number of whole-word or compound-part list-name candidates (the raw automaton stage).
pub(crate) fn count_candidates(g: &Inner, text: &str) -> usize {
    let mut n = 0;
    scan(g, text, |h| {
        if g.pats[h.pid as usize].name.is_some() {
            n += 1;
        }
    });
    n
}

/// Full matching into `out`: its mentions cleared by the caller; its local entities, those
/// of a former document (or none), go to this thread's [`SPARE`] entities first.
pub(crate) fn find(g: &Inner, text: &str, out: &mut Matches) {
    if !out.local.is_empty() {
        SPARE.with_borrow_mut(|spare| spare.keep(&mut out.local));
    }
    let mut sc = SCRATCH.with_borrow_mut(std::mem::take);
    // About one candidate per 60 bytes of news: no regrowth.
    sc.hits.clear();
    sc.hits.reserve(text.len() / 32 + 4);
    scan(g, text, |h| sc.hits.push(h));
    // Fewer mentions than candidates, as a rule: a fresh `Matches` (`Gazetteer::find`, as
    // the driver calls it) grows once instead of doubling from four.
    out.mentions.reserve(sc.hits.len());
    let mut r = Resolver {
        g,
        text,
        hits: &sc.hits,
        out,
        memo: [Memo::new(), Memo::new()],
        at: Cell::new(0),
        doc: std::mem::take(&mut sc.doc),
    };
    r.run();
    r.place_pairs();
    r.org_country();
    r.slash_joined();
    r.titles();
    r.acronym_parts();
    r.document_level();
    r.roles();
    sc.doc = r.doc;
    if sc.hits.capacity() > SCRATCH_MAX {
        sc.hits = Vec::new();
    }
    SCRATCH.with_borrow_mut(|s| *s = sc);
}

/// The buffers of [`find`] that one document leaves to the next on a thread (in
/// [`SCRATCH`]): their allocations and regrowth had cost about a fortieth of the resolver.
#[derive(Default)]
struct Scratch {
    /// The candidates of the scan.
    hits: Vec<Hit>,
    doc: DocScratch,
}

/// Candidate buffers larger than this are not kept (a huge document's).
const SCRATCH_MAX: usize = 1 << 16;

/// The buffers of [`Resolver::document_level`].
#[derive(Default)]
struct DocScratch {
    /// (mention index, end, surname) of each full-name person, in mention order.
    persons: Vec<Person>,
    /// Occurrences of their surnames: (person, start, end).
    cands: Vec<(usize, usize, usize)>,
    /// Ranges of `persons` with one surname.
    groups: Vec<(usize, usize)>,
    /// The occurrences taken: (start, end, the person's entity), by start.
    taken: Vec<(usize, usize, EntityRef)>,
}

/// A full-name person of the document level: (mention index, end, surname, the surname's
/// [`lead_key`]).
type Person = (usize, usize, Surname, u64);

/// The first eight bytes of `w` (zeros after a shorter one) as a big-endian number: its
/// order is the order of the words' first eight bytes, so persons sort by it without
/// reading their surnames, and only equal keys need the whole words compared.
#[inline]
fn lead_key(w: &str) -> u64 {
    let mut b = [0u8; 8];
    for (x, y) in b.iter_mut().zip(w.bytes()) {
        *x = y;
    }
    u64::from_be_bytes(b)
}

/// Where a person's surname is spelled: bytes of the text, or the end (from a byte offset)
/// of a listed entity's canonical name.
#[derive(Debug, Clone, Copy)]
enum Surname {
    Text(usize, usize),
    Canonical(u32, usize),
}

thread_local! {
    /// This thread's buffers for [`find`].
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// Local entities of former documents, for new ones to overwrite: a rule-found entity then
/// costs no allocation (its name, and its gender's two strings), once their strings have
/// grown. Those with a gender attribute are kept apart, so that a person takes the strings
/// of one.
struct Spare {
    gendered: Vec<Entity>,
    plain: Vec<Entity>,
}

/// The most entities [`Spare`] keeps of each kind.
const SPARE_MAX: usize = 64;

impl Spare {
    /// Takes the entities of `local` (emptied; its capacity stays), up to the bound.
    fn keep(&mut self, local: &mut Vec<Entity>) {
        for e in local.drain(..) {
            let pool = match e.attrs.as_slice() {
                [(k, _)] if k == "gender" => &mut self.gendered,
                _ => &mut self.plain,
            };
            if pool.len() < SPARE_MAX {
                pool.push(e);
            }
        }
    }

    /// An entity to overwrite, of the kind `gender` asks for if there is one.
    fn take(&mut self, gender: bool) -> Option<Entity> {
        let (first, second) = match gender {
            true => (&mut self.gendered, &mut self.plain),
            false => (&mut self.plain, &mut self.gendered),
        };
        first.pop().or_else(|| second.pop())
    }
}

thread_local! {
    /// This thread's spare local entities: [`find`] puts those of the `Matches` it is given
    /// there and takes its new ones from there.
    static SPARE: RefCell<Spare> = const {
        RefCell::new(Spare {
            gendered: Vec::new(),
            plain: Vec::new(),
        })
    };
}

/// A remembered neighbour-token query: the position asked about and the answer, in two
/// cells, so that a hit reads only the position.
struct Memo {
    at: Cell<usize>,
    tok: Cell<Option<(usize, usize)>>,
}

impl Memo {
    fn new() -> Self {
        Memo {
            at: Cell::new(usize::MAX),
            tok: Cell::new(None),
        }
    }
}

struct Resolver<'a> {
    g: &'a Inner,
    text: &'a str,
    hits: &'a [Hit],
    out: &'a mut Matches,
    /// The last [`next_token`] and [`prev_token`] asked for and their answers: the rules
    /// of one candidate ask for the same neighbours several times.
    memo: [Memo; 2],
    /// The index of the candidate in hand in the main pass (a hint for [`Self::hit_at`]).
    at: Cell<usize>,
    /// The buffers of [`Self::document_level`].
    doc: DocScratch,
}

/// The `gender` attribute of a rule-found person from its first name's list entry (`m`,
/// `f`; none for a name used by both).
#[inline]
fn gender_attr(g: u8) -> Option<char> {
    matches!(g, b'm' | b'f').then_some(g as char)
}

/// Sets `attrs` to the one attribute `gender=…` (none without a gender), reusing the strings
/// already there when they hold a gender.
fn set_gender(attrs: &mut Vec<(String, String)>, gender: Option<char>) {
    let Some(g) = gender else {
        attrs.clear();
        return;
    };
    match attrs.as_mut_slice() {
        [(k, v)] if k == "gender" => {
            v.clear();
            v.push(g);
        }
        _ => {
            attrs.clear();
            attrs.push(("gender".to_owned(), g.to_string()));
        }
    }
}

/// Does `w` end in a place-noun head (`Heimatstadt`, `Nachbarland`, genitive `-s` ignored)?
fn is_place_head(w: &str) -> bool {
    let l = w.trim_end_matches('s');
    // Either test needs the last bytes to agree (the second up to ASCII case): a byte
    // compare skips most heads before the suffix or case-blind compare.
    let Some(&last) = l.as_bytes().last() else {
        return false;
    };
    let last = last.to_ascii_lowercase();
    PLACE_NOUN_HEADS.iter().any(|x| {
        x.as_bytes().last() == Some(&last)
            && ((l.len() > x.len() && ends(l, x)) || l.eq_ignore_ascii_case(x))
    })
}

/// The part of a hyphen compound after its last `-` (the whole word without one): a byte
/// loop, where `rsplit('-')` called `memrchr` for these short words.
#[inline]
fn last_part(w: &str) -> &str {
    match w.as_bytes().iter().rposition(|&b| b == b'-') {
        Some(k) => &w[k + 1..],
        None => w,
    }
}

/// [`is_capitalised_word`] (`Müller`, not `NATO`, not `müller`), answering words that start
/// with an ASCII letter from their bytes up to the first lower-case ASCII letter.
#[inline]
fn capitalised_word(w: &str) -> bool {
    let b = w.as_bytes();
    match b.first() {
        Some(c) if c.is_ascii() => {
            if !c.is_ascii_uppercase() {
                return false;
            }
            for &x in &b[1..] {
                if x.is_ascii_lowercase() {
                    return true;
                }
                if !x.is_ascii() {
                    return is_capitalised_word(w);
                }
            }
            false
        }
        _ => is_capitalised_word(w),
    }
}

/// The part of `w` after its last space, if it has one (a byte loop: `rsplit_once` called
/// `memrchr` for these short names).
#[inline]
fn after_last_space(w: &str) -> Option<&str> {
    let k = w.as_bytes().iter().rposition(|&b| b == b' ')?;
    Some(&w[k + 1..])
}

/// Can two occurrences of `w` overlap (`AbcAb`): does a proper prefix end it too?
fn overlaps_itself(w: &str) -> bool {
    let b = w.as_bytes();
    // The first byte compare rejects nearly every `i` without a slice compare.
    (1..b.len()).any(|i| b[b.len() - i] == b[0] && b[..i] == b[b.len() - i..])
}

/// A substring searcher for one surname in the rest of a document, cheap to build: most
/// surnames are searched for once, in a few kilobytes, where building `memchr`'s full
/// [`memchr::memmem::Finder`] (a rare-byte pair, Two-Way tables, Rabin-Karp) cost more than
/// a third of the search. With AVX2 it is `memchr`'s packed-pair search alone (the
/// vector search memmem itself runs on a long haystack), on the surname's first byte (a
/// capital) and last byte: ranking the bytes by their frequency, as `memchr` does, cost more
/// to build than it saved in the search (callgrind on /tmp/news.jsonl). A haystack too
/// short for the vector search, or a machine without AVX2, gets [`memchr::memmem`].
struct Needle<'n> {
    needle: &'n [u8],
    #[cfg(target_arch = "x86_64")]
    pair: Option<memchr::arch::x86_64::avx2::packedpair::Finder>,
    /// Built only without the pair searcher (boxed: a large struct, which the usual
    /// searcher should not carry and copy).
    fallback: Option<Box<memchr::memmem::Finder<'n>>>,
}

impl<'n> Needle<'n> {
    fn new(needle: &'n str) -> Self {
        let needle = needle.as_bytes();
        #[cfg(target_arch = "x86_64")]
        let pair = memchr::arch::all::packedpair::Pair::with_indices(
            needle,
            0,
            u8::try_from(needle.len().saturating_sub(1)).unwrap_or(u8::MAX),
        )
        .and_then(|p| memchr::arch::x86_64::avx2::packedpair::Finder::with_pair(needle, p));
        #[cfg(target_arch = "x86_64")]
        let has_pair = pair.is_some();
        #[cfg(not(target_arch = "x86_64"))]
        let has_pair = false;
        Needle {
            needle,
            #[cfg(target_arch = "x86_64")]
            pair,
            fallback: (!has_pair).then(|| Box::new(memchr::memmem::Finder::new(needle))),
        }
    }

    /// The first occurrence of the needle in `hay`.
    #[inline]
    fn find(&self, hay: &[u8]) -> Option<usize> {
        #[cfg(target_arch = "x86_64")]
        if let Some(f) = &self.pair {
            if hay.len() >= f.min_haystack_len() {
                return f.find(hay, self.needle);
            }
        }
        match &self.fallback {
            Some(f) => f.find(hay),
            None => memchr::memmem::find(hay, self.needle),
        }
    }
}

/// `text[..i]` without the spaces and no-break spaces at its end (as `trim_end_matches([' ',
/// '\u{a0}'])` trims it), from the bytes; `""` if `i` is no char boundary of `text`.
#[inline]
fn before_spaces(text: &str, i: usize) -> &str {
    let bytes = text.as_bytes();
    let mut e = i;
    loop {
        match bytes.get(..e) {
            Some([.., b' ']) => e -= 1,
            Some([.., 0xC2, 0xA0]) => e -= 2,
            _ => return text.get(..e).unwrap_or(""),
        }
    }
}

/// Does an ASCII digit follow byte `i` after spaces and no-break spaces (`Mainz 05`)?
#[inline]
fn digit_after_spaces(bytes: &[u8], i: usize) -> bool {
    let mut k = i;
    loop {
        match bytes.get(k..) {
            Some(&[b' ', ..]) => k += 1,
            Some(&[0xC2, 0xA0, ..]) => k += 2,
            Some(&[b, ..]) => return b.is_ascii_digit(),
            _ => return false,
        }
    }
}

/// A 12-bit hash of a word's first two bytes and its length (for the surname filter).
#[inline]
fn lead_hash(w: &[u8]) -> usize {
    let n = w.len();
    let b0 = w.first().copied().unwrap_or(0) as usize;
    let b1 = w.get(1).copied().unwrap_or(0) as usize;
    ((b0 * 31 + b1) * 31 + n) & 4095
}

/// Where the words that spell `acronym` start, if the words ending at `end` do: each letter
/// of the acronym (case-insensitive) is found in order, searching back from the end, the
/// first letter only as the first letter of a word; two to eight words, no punctuation
/// between them (the abbreviation test of Schwartz and Hearst, 2003).
fn spelled_by(text: &str, end: usize, acronym: &str) -> Option<usize> {
    let mut from = end.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let mut lf = text.get(from..end)?;
    if from > 0 {
        // The first word may be cut: start after it.
        lf = &lf[lf.find(' ')? + 1..];
    }
    let letters: Vec<char> = acronym.chars().collect();
    let (&first, rest) = letters.split_first()?;
    let mut need = rest.len();
    let mut start = end;
    for (words, w) in lf.rsplit(' ').enumerate() {
        start -= w.len() + usize::from(words > 0);
        if words >= 8 || w.is_empty() || !w.chars().all(|c| is_word(c) || c == '-') {
            return None;
        }
        for (i, c) in w.char_indices().rev() {
            if need == 0 {
                if i == 0 && c == first {
                    return (words >= 1).then_some(start);
                }
            } else if same_lower(c, rest[need - 1]) {
                need -= 1;
            }
        }
    }
    None
}

/// Do `a` and `b` lower-case alike? ASCII pairs without the Unicode case tables (a
/// non-ASCII char may lower-case to an ASCII one: the Kelvin sign to `k`).
#[inline]
fn same_lower(a: char, b: char) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(&b)
    } else {
        a.to_lowercase().eq(b.to_lowercase())
    }
}

/// Does word `w` name a kind of organisation (`Council`, `Bundesverband`)?
fn is_org_kind(w: &str) -> bool {
    const KINDS: &[&str] = &[
        "agency",
        "agentur",
        "amt",
        "association",
        "authority",
        "bank",
        "bund",
        "bureau",
        "büro",
        "committee",
        "commission",
        "company",
        "corporation",
        "council",
        "federation",
        "foundation",
        "front",
        "gesellschaft",
        "gewerkschaft",
        "institut",
        "institute",
        "kammer",
        "kommission",
        "komitee",
        "organisation",
        "organization",
        "partei",
        "party",
        "rat",
        "stiftung",
        "union",
        "verband",
        "verein",
        "vereinigung",
    ];
    let l = w.to_lowercase();
    KINDS.iter().any(|k| l.ends_with(k))
}

/// Does the long form of an acronym name a law, treaty, licence or standard (`GNU General
/// Public License`, `Bürgerliches Gesetzbuch`) or an academic degree (`Master of Business
/// Administration`), not an organisation? Judged by its last word's ending and its first word.
fn names_a_document_or_degree(long_form: &str) -> bool {
    const LAST: &[&str] = &[
        "abkommen",
        "act",
        "agreement",
        "gesetz",
        "gesetzbuch",
        "licence",
        "license",
        "lizenz",
        "ordnung",
        "protocol",
        "protokoll",
        "richtlinie",
        "standard",
        "treaty",
        "vertrag",
    ];
    const FIRST: &[&str] = &["Bachelor", "Diplom", "Doctor", "Master"];
    let first = long_form.split(' ').next().unwrap_or("");
    let last = long_form.rsplit(' ').next().unwrap_or("").to_lowercase();
    FIRST.contains(&first) || LAST.iter().any(|e| last.ends_with(e))
}

/// Does `w` end like a common noun (`Entscheidung`, `Freiheit`), not like a name? Surnames
/// with these endings are very rare.
fn noun_form(w: &str) -> bool {
    has_noun_ending(w)
}

/// Is the pattern a keyword of an organisation rule that ends the name (`AG`, `School`)?
#[inline]
fn org_name_end(info: &PatInfo) -> bool {
    info.org
        .and_then(|r| ORG_RULES.get(r as usize))
        .is_some_and(|r| matches!(r.shape, Shape::After(_) | Shape::English(_)))
}

/// The part label of a base label.
fn part_of(label: Label) -> Option<Label> {
    match label {
        Label::Per => Some(Label::PerPart),
        Label::Loc => Some(Label::LocPart),
        Label::Org => Some(Label::OrgPart),
        _ => None,
    }
}

const OPEN_QUOTES: &[char] = &['„', '"', '“', '»', '«', '‚', '\''];
const CLOSE_QUOTES: &[char] = &['“', '"', '”', '«', '»', '‘', '\''];

impl<'a> Resolver<'a> {
    /// [`next_token`] at `i`, remembered.
    #[inline]
    fn next_tok(&self, i: usize) -> Option<(usize, usize)> {
        self.neighbour(0, i, next_token)
    }

    /// [`prev_token`] at `i`, remembered.
    #[inline]
    fn prev_tok(&self, i: usize) -> Option<(usize, usize)> {
        self.neighbour(1, i, prev_token)
    }

    /// `f(text, i)`, from the memo slot `k` when it holds `i`.
    #[inline]
    fn neighbour(
        &self,
        k: usize,
        i: usize,
        f: fn(&str, usize) -> Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        let m = &self.memo[k];
        if m.at.get() == i {
            return m.tok.get();
        }
        let t = f(self.text, i);
        m.at.set(i);
        m.tok.set(t);
        t
    }

    fn info(&self, h: &Hit) -> &PatInfo {
        &self.g.pats[h.pid as usize]
    }

    fn word(&self, span: (usize, usize)) -> &'a str {
        self.text.get(span.0..span.1).unwrap_or("")
    }

    /// The candidate starting at byte `s`, if any (hits are sorted and non-overlapping, so
    /// their starts increase). The rules mostly ask about the word after the candidate in
    /// hand: the two after it are looked at before a binary search.
    fn hit_at(&self, s: usize) -> Option<&'a Hit> {
        let hits = self.hits;
        let from = self.at.get();
        if hits.get(from).is_some_and(|h| h.s <= s) {
            for h in hits.iter().skip(from).take(3) {
                if h.s >= s {
                    return (h.s == s).then_some(h);
                }
            }
        }
        let k = hits.partition_point(|h| h.s < s);
        hits.get(k).filter(|h| h.s == s)
    }

    /// Is a whole-word list name (not a demonym or generated form) exactly at `t`?
    fn listed_name_at(&self, t: (usize, usize)) -> bool {
        self.hit_at(t.0).is_some_and(|h| {
            h.e == t.1
                && self.g.pats[h.pid as usize]
                    .name
                    .is_some_and(|n| n.form == Form::Name)
        })
    }

    fn last_end(&self) -> usize {
        self.out.mentions.last().map_or(0, |m| m.end)
    }

    fn push(&mut self, m: Mention) {
        self.out.mentions.push(m);
    }

    /// The whole token `tok` as a rule-found place of its own (`Goethestraße`,
    /// `Berlin-Charlottenburg`), linked to a document-local entity named as written.
    fn push_token_place(&mut self, tok: (usize, usize)) {
        self.push_rule(tok, Label::Loc, self.word(tok), None);
    }

    /// A mention found by a rule, linked to a new document-local entity named `canonical`.
    fn push_rule(
        &mut self,
        span: (usize, usize),
        label: Label,
        canonical: &str,
        gender: Option<char>,
    ) {
        let entity = self.local(canonical, label, gender);
        self.push(Mention {
            start: span.0,
            end: span.1,
            label,
            entity,
            head: None,
            role: None,
            source: Source::Rule,
        });
    }

    /// A new document-local entity named `canonical`, with a `gender` attribute if given:
    /// a spare one overwritten (see [`Spare`]), or a new one.
    fn local(&mut self, canonical: &str, label: Label, gender: Option<char>) -> EntityRef {
        let i = self.out.local.len() as u32;
        let mut e = SPARE
            .with_borrow_mut(|s| s.take(gender.is_some()))
            .unwrap_or_else(|| Entity {
                canonical: String::new(),
                label,
                id: None,
                attrs: Vec::new(),
            });
        e.canonical.clear();
        e.canonical.push_str(canonical);
        e.label = label;
        e.id = None;
        set_gender(&mut e.attrs, gender);
        self.out.local.push(e);
        EntityRef::Local(i)
    }

    fn run(&mut self) {
        let mut i = 0;
        while i < self.hits.len() {
            let h = self.hits[i];
            if h.s < self.last_end() {
                i += 1;
                continue;
            }
            self.at.set(i);
            let whole = h.left == Edge::Word && h.right == Edge::Word;
            let used = if whole {
                self.whole(i)
            } else {
                self.compound(i)
            };
            i += used.max(1);
        }
        self.acronym_definitions();
    }

    /// Rule `acronym_definition`: an unlisted acronym in brackets right after a name defines
    /// it (`Bundesamt für Gesundheit ( BAG )`, `Danish Refugee Council (DRC)`). After a place
    /// or organisation mention with its first letter it takes that mention's label and entity
    /// (not after `Partei Moldawiens (PCRM)`, where the mention ends a longer name); after unknown words
    /// whose letters spell it (each letter in order, the first one starting the first word,
    /// two words at least: the test of Schwartz and Hearst) it is an `ORG`, and so are those
    /// words when one of them names a kind of organisation (`Council`, `verband`). Found by a
    /// search for `(`, so it costs nothing where there are no brackets.
    fn acronym_definitions(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut found: Vec<Mention> = Vec::new();
        for p in memchr::memchr_iter(b'(', bytes) {
            let a = p + 1 + (text[p + 1..].len() - text[p + 1..].trim_start_matches(' ').len());
            let b = a + ascii_alnum_run(&bytes[a..]);
            let acronym = &text[a..b];
            let close = text[b..].trim_start_matches(' ').starts_with(')');
            let upper = acronym.bytes().filter(u8::is_ascii_uppercase).count();
            if !close
                || !(2..=6).contains(&acronym.len())
                || upper < 2
                || !acronym.bytes().all(|c| c.is_ascii_alphabetic())
                || !acronym.as_bytes()[0].is_ascii_uppercase()
                || is_in(NOT_ORG_ACRONYMS, acronym)
                || self.hit_at(a).is_some()
                || right_edge(text, b) != Edge::Word
            {
                continue;
            }
            // The long form ends before the bracket (and a closing quote).
            let lf_end = text[..p]
                .trim_end_matches([' ', '\u{a0}', '"', '“', '»', '«'])
                .len();
            let ms = &self.out.mentions;
            let k = ms.partition_point(|m| m.end <= lf_end);
            let before = k.checked_sub(1).map(|i| {
                (
                    ms[i].end,
                    ms[i].label,
                    ms[i].entity,
                    ms[i].head,
                    ms[i].start,
                )
            });
            if let Some((_, label, entity, None, _)) = before.filter(|m| {
                m.0 == lf_end
                    && matches!(m.1, Label::Org | Label::Loc)
                    && text.as_bytes().get(m.4) == acronym.as_bytes().first()
            }) {
                found.push(Mention {
                    start: a,
                    end: b,
                    label,
                    entity,
                    head: None,
                    role: None,
                    source: Source::Rule,
                });
                continue;
            }
            if before.is_some_and(|m| m.0 == lf_end && m.1 == Label::Per) {
                continue; // after a person: no organisation
            }
            let Some(lf_start) = spelled_by(text, lf_end, acronym) else {
                continue;
            };
            if names_a_document_or_degree(&text[lf_start..lf_end]) {
                continue;
            }
            let ent = self.local(acronym, Label::Org, None);
            // The words too, when one names a kind of organisation and no mention is there.
            let free = before.is_none_or(|m| m.0 <= lf_start);
            if free && text[lf_start..lf_end].split(' ').any(is_org_kind) {
                let whole = self.local(&text[lf_start..lf_end], Label::Org, None);
                found.push(Mention {
                    start: lf_start,
                    end: lf_end,
                    label: Label::Org,
                    entity: whole,
                    head: None,
                    role: None,
                    source: Source::Rule,
                });
            }
            found.push(Mention {
                start: a,
                end: b,
                label: Label::Org,
                entity: ent,
                head: None,
                role: None,
                source: Source::Rule,
            });
        }
        self.insert_sorted(found);
    }

    /// Inserts rule mentions found after the main pass, keeping the mentions in text order.
    fn insert_sorted(&mut self, found: Vec<Mention>) {
        for m in found {
            let ms = &mut self.out.mentions;
            let k = ms.partition_point(|x| x.start < m.start);
            if ms.get(k).is_some_and(|x| x.start < m.end) || k > 0 && ms[k - 1].end > m.start {
                continue;
            }
            ms.insert(k, m);
        }
    }

    /// Rule `initial_surname`: an initial (keyword hit `h`) and an unknown surname (`mit P.
    /// Rusterholz`, `vor W. Fesenko`) are a `PER`, unless a capitalised word stands before the
    /// initial (`Vitamin C. Forscher`; `George W. Bush` is the first-name rule's) or it starts
    /// a sentence. Roman numerals (`I.`, `V.`, `X.`) are no initials (not in the table).
    fn initial(&mut self, h: &Hit) -> bool {
        let text = self.text;
        let bytes = text.as_bytes();
        if h.s
            .checked_sub(1)
            .is_some_and(|j| !matches!(bytes[j], b' ' | b'('))
            || bytes.get(h.e) != Some(&b' ')
            || self
                .prev_tok(h.s)
                .is_some_and(|t| capitalised_word(self.word(t)))
            || sentence_initial(text, h.s)
        {
            return false;
        }
        let Some(t) = self.next_tok(h.e) else {
            return false;
        };
        if !self.surname_like(t) || self.hit_at(t.0).is_some() || self.g.roles.is_role(self.word(t))
        {
            return false;
        }
        self.push_rule((h.s, t.1), Label::Per, &text[h.s..t.1], None);
        true
    }

    /// Rule `ambiguity`: may this ambiguous name stand here?
    fn amb_ok(&self, h: &Hit, amb: Amb) -> bool {
        let prev = self.prev_tok(h.s).map(|t| self.word(t));
        match amb {
            Amb::No => true,
            Amb::Drop => false,
            // `in Essen`, `aus Halle`, and after a kind of place: `Stadt Essen`, `Landkreis Hof`;
            // also the next of a list of places (`in Cincinnati und Indianapolis`).
            Amb::Locative => {
                prev.is_some_and(|p| {
                    LOCATIVE_LIST.contains(p) || PLACE_NOUN_LIST.contains(p) || is_place_head(p)
                }) || self.after_place_and(h.s)
            }
            Amb::Article => prev.is_some_and(is_determiner),
            Amb::NotSentenceInitial => !sentence_initial(self.text, h.s),
            Amb::Quoted => {
                let quoted = char_before(self.text, h.s).is_some_and(|c| OPEN_QUOTES.contains(&c))
                    && char_at(self.text, h.e).is_some_and(|c| CLOSE_QUOTES.contains(&c));
                quoted || matches!(prev, Some("laut" | "Laut"))
            }
        }
    }

    /// Does `und`/`oder` (or a comma) right before `s` follow a place mention (`Böhmen und`)?
    fn after_place_and(&self, s: usize) -> bool {
        let before = before_spaces(self.text, s);
        let rest = match before.strip_suffix(',') {
            Some(r) => r,
            None => {
                let word = ["und", "oder"]
                    .into_iter()
                    .find_map(|w| before.strip_suffix(w))
                    .filter(|r| r.ends_with([' ', '\u{a0}']));
                match word {
                    Some(r) => r,
                    None => return false,
                }
            }
        };
        let end = before_spaces(rest, rest.len()).len();
        self.out
            .mentions
            .last()
            .is_some_and(|m| m.end == end && m.label == Label::Loc)
    }

    /// A whole-word candidate at `hits[i]`; returns how many hits it used (0 = none).
    fn whole(&mut self, i: usize) -> usize {
        let h = self.hits[i];
        let info = *self.info(&h);
        if let Some(r) = info.org {
            if self.org_rule(&h, r as usize) {
                return 1;
            }
            // A noun for a kind of organisation is a common noun, whatever else it spells
            // (`Konzern` is no `-er` form of the town Konz).
            if ORG_RULES
                .get(r as usize)
                .is_some_and(|x| matches!(x.shape, Shape::Apposition(_)))
            {
                return 1;
            }
        }
        if let Some(n) = info.name {
            if n.amb == Amb::No || self.amb_ok(&h, n.amb) {
                if n.label == Label::LocDeriv {
                    return self.demonym(i, n);
                }
                if self.club_or_campus(&h, n) {
                    return 1;
                }
                // Rule `first_name_place`: a town whose name German news uses mostly as a
                // first name, before a surname, is a person's first name (`Achim Reichel`,
                // `Heide Simonis`; not `Achim` alone). Only these: most places that are
                // also first names are the place before a capitalised word (`Santiago de
                // Chile`, `Berlin Biennale`, `Victoria City`, `Phoenix Suns`).
                if n.label == Label::Loc
                    && !h.genitive
                    && info.first_name.is_some()
                    && FIRST_NAME_PLACES.contains(&self.word((h.s, h.e)))
                    && self.first_name_rule(h.s, h.e, info.first_name)
                {
                    return 1;
                }
                if self.inside_unknown_name(&h, n) || self.family_name_of_another(&h, n) {
                    return 1;
                }
                let (mut label, head) = self.acronym_compound(&h, n);
                if self.people_of_the_land(&h, n) {
                    label = Label::LocDeriv;
                }
                self.push(Mention {
                    start: h.s,
                    end: h.e,
                    label,
                    entity: EntityRef::Known(n.entity),
                    head,
                    role: None,
                    source: Source::List,
                });
                return 1;
            }
        }
        if info.street && h.right == Edge::Word && self.street_after_adjective(&h) {
            return 1;
        }
        // The hit spells its pattern, whose gender the pattern carries (a genitive hit spells
        // more: its word is looked up).
        let known = info.first_name.filter(|_| !h.genitive);
        if info.first_name.is_some() && self.first_name_rule(h.s, h.e, known) {
            return 1;
        }
        if info.common_first_name && info.name.is_none() && self.first_name_alone(&h) {
            return 1;
        }
        0
    }

    /// The end of a house or road number after a street ending at `e` (`216`, `90c`; up to three
    /// digits, so no year), or `e`.
    fn street_number_end(&self, e: usize) -> usize {
        let Some(t) = self.next_tok(e) else {
            return e;
        };
        let w = self.word(t).as_bytes();
        let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
        let rest = &w[digits..];
        if (1..=3).contains(&digits)
            && (rest.is_empty() || rest.len() == 1 && rest[0].is_ascii_lowercase())
        {
            t.1
        } else {
            e
        }
    }

    /// Rule `street_after_adjective`: a street word on its own (`Straße`, `Allee`) after a
    /// capitalised place or person adjective in `-er` is a street's name (`Leipziger Straße`,
    /// `Frankfurter Allee 12`), not after an ordinal or function word (`Erster`, `Der`) or at
    /// a sentence start. A demonym mention of the adjective gives way to it.
    fn street_after_adjective(&mut self, h: &Hit) -> bool {
        let Some(t) = self.prev_tok(h.s) else {
            return false;
        };
        let w = self.word(t);
        const ORDINALS: &[&str] = &[
            "Dritter",
            "Erster",
            "Letzter",
            "Nächster",
            "Vierter",
            "Zweiter",
        ];
        if !capitalised_word(w)
            || !w.ends_with("er")
            || w.chars().count() < 5
            || w.contains('-')
            || FUNCTION_WORD_LIST.contains(w)
            || ORDINALS.contains(&w)
            || sentence_initial(self.text, t.0)
        {
            return false;
        }
        let ms = &self.out.mentions;
        if ms.last().is_some_and(|m| m.end > t.0) {
            if ms
                .last()
                .is_some_and(|m| m.start == t.0 && m.label == Label::LocDeriv)
            {
                self.out.mentions.pop();
            } else {
                return false;
            }
        }
        let span = (t.0, self.street_number_end(h.e));
        self.push_token_place(span);
        true
    }

    /// Rule `people_of_the_land`: a land named like the plural of its people (`Schweden`,
    /// `Polen`, `Sachsen`) after a determiner is the people (`Die Schweden sehen`, `gegen die
    /// Polen`), a `LOCderiv` as GermEval labels inhabitants: a country takes no article. Only
    /// plural articles, not after a comma (`ein Umbruch , der Polen ...` is a relative clause).
    fn people_of_the_land(&self, h: &Hit, n: NameInfo) -> bool {
        n.label == Label::Loc
            && n.form == Form::Name
            && !h.genitive
            && is_people_like_their_land(self.word((h.s, h.e)))
            && self.prev_tok(h.s).is_some_and(|t| {
                matches!(self.word(t), "die" | "Die" | "den" | "Den")
                    && !self.text[..t.0].trim_end().ends_with(',')
            })
    }

    /// Does `St.`, `St .` or `Sankt` stand right before `s`?
    fn after_saint(&self, s: usize) -> bool {
        // All five end in `t`, `n` or `a`: most words before a first name do not, which
        // the byte before the spaces (and a dot) tells before any slicing.
        let bytes = self.text.as_bytes();
        let mut k = s;
        while k > 0 && bytes.get(k - 1) == Some(&b' ') {
            k -= 1;
        }
        if k > 0 && bytes.get(k - 1) == Some(&b'.') {
            k -= 1;
            while k > 0 && bytes.get(k - 1) == Some(&b' ') {
                k -= 1;
            }
        }
        if !matches!(
            k.checked_sub(1).and_then(|j| bytes.get(j)),
            Some(b't' | b'n' | b'a')
        ) {
            return false;
        }
        let Some(before) = self.text.get(..k) else {
            return false;
        };
        ["St", "Sankt", "San", "Santa", "Saint"].iter().any(|w| {
            before
                .strip_suffix(w)
                .is_some_and(|r| r.is_empty() || r.ends_with([' ', '(', '"', '„']))
        })
    }

    /// Rule `first_name_alone`: a common first name on its own (`Claire sagte`) is a person,
    /// unless it starts a sentence, is a month or word (`Mai`, `Mio`), follows an indefinite
    /// article (`einer Tom`, a drum), or a capitalised word follows (then it is part of a
    /// longer name the rules did not resolve).
    fn first_name_alone(&mut self, h: &Hit) -> bool {
        let w = self.word((h.s, h.e));
        if NOT_FIRST_NAME_LIST.contains(w)
            || FUNCTION_WORD_LIST.contains(w)
            || sentence_initial(self.text, h.s)
            || self.prev_tok(h.s).is_some_and(|t| {
                matches!(
                    self.word(t),
                    "ein" | "eine" | "einer" | "einen" | "einem" | "eines"
                )
            })
            || self
                .next_tok(h.e)
                .is_some_and(|t| self.word(t).chars().next().is_some_and(char::is_uppercase))
            || self
                .prev_tok(h.s)
                .is_some_and(|t| capitalised_word(self.word(t)))
        {
            return false;
        }
        let gender = self.g.first_names.get(w).copied().unwrap_or(b'?');
        self.push_rule((h.s, h.e), Label::Per, w, gender_attr(gender));
        true
    }

    /// Rule `acronym_compound`: a listed compound of an acronym name and a common noun
    /// (`EU-Kommission`, `US-Notenbank`) is a `*part` mention of the acronym's label, as
    /// GermEval annotates it; it still links to the listed entity.
    fn acronym_compound(&self, h: &Hit, n: NameInfo) -> (Label, Option<(usize, usize)>) {
        let w = self.word((h.s, h.e));
        let Some(k) = w.bytes().position(|b| b == b'-') else {
            return (n.label, None);
        };
        let (pre, rest) = (&w[..k], &w[k + 1..]);
        let acronym = (2..=5).contains(&pre.len()) && pre.bytes().all(|b| b.is_ascii_uppercase());
        if !acronym || !rest.chars().next().is_some_and(char::is_uppercase) || rest.contains(' ') {
            return (n.label, None);
        }
        let pre_label = (self.g.anchored.longest(pre.as_bytes()))
            .filter(|&(n, _)| n == pre.len())
            .and_then(|(_, pid)| self.g.pats[pid].name)
            .and_then(|x| part_of(x.label));
        match pre_label {
            Some(label) => (label, Some((h.s, h.s + pre.len()))),
            None => (n.label, None),
        }
    }

    /// Rule `inside_unknown_name`: a place right after an unknown capitalised word mid-sentence
    /// is mostly part of a longer name (`Juventus Turin`, `Arena Wien`, `Kreuz Walldorf`), so it
    /// is left out, unless that word names a kind of place (`Stadt Essen`, `Kanton Bern`) or a
    /// mention, has a common-noun ending (`mit Unterstützung Italien`), or
    /// the place is a genitive (`Präsident Russlands`).
    fn inside_unknown_name(&self, h: &Hit, n: NameInfo) -> bool {
        if n.label != Label::Loc || n.form != Form::Name {
            return false;
        }
        if h.genitive {
            return false;
        }
        let Some(t) = self.prev_tok(h.s) else {
            return false;
        };
        let pw = self.word(t);
        let last = last_part(pw);
        capitalised_word(pw)
            && t.0 >= self.last_end()
            && !sentence_initial(self.text, t.0)
            && !FUNCTION_WORD_LIST.contains(pw)
            && !PLACE_NOUN_LIST.contains(last)
            && !is_place_head(last)
            && !self.g.roles.is_role(pw)
            && !noun_form(last)
            && self.hit_at(t.0).is_none()
    }

    /// Whether a person's listed short name that opens the full name (a family name first:
    /// `Mao` for `Mao Zedong`) stands before another name word, as in `Sprecherin Mao Ning`:
    /// someone else of that family. (Not before a role or a function word; `Mao Zedong`
    /// itself is the longer hit.)
    fn family_name_of_another(&self, h: &Hit, n: NameInfo) -> bool {
        if n.label != Label::Per || h.genitive {
            return false;
        }
        let written = &self.text[h.s..h.e];
        let canonical = &self.g.entities[n.entity as usize].canonical;
        if written.contains(' ')
            || canonical.len() <= written.len() + 1
            || !canonical.starts_with(written)
            || canonical.as_bytes()[written.len()] != b' '
        {
            return false;
        }
        let Some(t) = self.next_tok(h.e).filter(|t| t.0 == h.e + 1) else {
            return false;
        };
        let w = self.word(t);
        capitalised_word(w) && !FUNCTION_WORD_LIST.contains(w) && !self.g.roles.is_role(w)
    }

    /// Rule `club_or_campus`: an unlisted acronym before a listed city (`THW Kiel`,
    /// `TU Berlin`), a city followed by a two-digit club year (`Mainz 05`), or a place
    /// without a country code after an article and before an unknown name word (`die Chicago
    /// Bulls`, `die San Antonio Spurs`), is an `ORG`.
    fn club_or_campus(&mut self, h: &Hit, n: NameInfo) -> bool {
        if n.label != Label::Loc || n.form != Form::Name {
            return false;
        }
        let text = self.text;
        let mut span = None;
        if let Some(t) = self.prev_tok(h.s).filter(|t| t.0 >= self.last_end()) {
            let w = &text[t.0..t.1];
            let acronym = (2..=4).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && self.hit_at(t.0).is_none();
            if acronym {
                span = Some((t.0, h.e));
            }
        }
        // The next token is needed only if it may be a year (a digit follows the spaces)
        // or a name word after an article; most places are neither.
        let year = digit_after_spaces(text.as_bytes(), h.e);
        // The entity's id last: a load from the large entity table.
        let after_article = || {
            span.is_none()
                && self
                    .prev_tok(h.s)
                    .is_some_and(|p| is_determiner(&text[p.0..p.1]))
                && self.g.entities[n.entity as usize].id.is_none()
        };
        if let Some(t) = (year || after_article())
            .then(|| self.next_tok(h.e))
            .flatten()
        {
            let w = &text[t.0..t.1];
            if w.len() == 2 && w.bytes().all(|b| b.is_ascii_digit()) {
                span = Some((span.map_or(h.s, |s| s.0), t.1));
            } else if after_article()
                && capitalised_word(w)
                && !w.contains('-')
                && !FUNCTION_WORD_LIST.contains(w)
                && !noun_form(w)
                && self.hit_at(t.0).is_none()
            {
                // A city takes no article in German: after one, with an unknown name word
                // after it, it starts a team's or event's name (`die Chicago Bulls`).
                span = Some((h.s, t.1));
            }
        }
        let Some((a, b)) = span else {
            return false;
        };
        self.push_rule((a, b), Label::Org, &text[a..b], None);
        true
    }

    /// Rule `demonym_in_name` and plain `LOCderiv`.
    fn demonym(&mut self, i: usize, n: NameInfo) -> usize {
        let h = self.hits[i];
        let w = self.word((h.s, h.e));
        let capitalised = w.chars().next().is_some_and(char::is_uppercase);
        // Rule `place_institution`: `Berliner Zeitung`, `Frankfurter Rundschau`,
        // `Münchner Philharmoniker` are organisations.
        if capitalised {
            if let Some(nt) = self.next_tok(h.e) {
                let head = self.word(nt);
                let head = last_part(head);
                if ORG_HEAD_LIST.contains(head) && self.hit_at(nt.0).is_none_or(|x| x.e <= nt.1) {
                    let span = (h.s, nt.1);
                    self.push_rule(span, Label::Org, self.word(span), None);
                    return 1 + usize::from(self.hits.get(i + 1).is_some_and(|x| x.s < nt.1));
                }
            }
        }
        if n.form == Form::Adjective && capitalised && !sentence_initial(self.text, h.s) {
            let next = self.next_tok(h.e);
            if let Some(nt) = next.filter(|t| capitalised_word(self.word(*t))) {
                // `Deutschen Bundestag`: join a following list name.
                if let Some(nh) = self.hits.get(i + 1).filter(|nh| nh.s == nt.0) {
                    let ni = *self.info(nh);
                    let joinable = nh.left == Edge::Word && nh.right == Edge::Word;
                    if let Some(name) = ni.name.filter(|x| {
                        joinable && x.amb == Amb::No && matches!(x.label, Label::Org | Label::Loc)
                    }) {
                        self.push(Mention {
                            start: h.s,
                            end: nh.e,
                            label: name.label,
                            entity: EntityRef::Known(name.entity),
                            head: None,
                            role: None,
                            source: Source::List,
                        });
                        return 2;
                    }
                }
                return 1; // part of an unknown name: left out
            }
        }
        self.push(Mention {
            start: h.s,
            end: h.e,
            label: Label::LocDeriv,
            entity: EntityRef::Known(n.entity),
            head: None,
            role: None,
            source: Source::List,
        });
        1
    }

    /// A candidate inside a hyphen compound (or a street suffix); returns hits used.
    fn compound(&mut self, i: usize) -> usize {
        let h = self.hits[i];
        let tok = token_around(self.text, h.s, h.e);
        let hits = self.hits;
        let used = hits[i..].iter().take_while(|x| x.s < tok.1).count();
        let in_tok = &hits[i..i + used];
        let last = in_tok.last().copied().unwrap_or(h);
        let last_info = *self.info(&last);
        // Rule `street_suffix`, with a house or road number (`Bundesstraße 216`).
        if last_info.street && last.e == tok.1 && last.left != Edge::Word {
            let span = (tok.0, self.street_number_end(tok.1));
            self.push_token_place(span);
            return used;
        }
        // Rule `compound_demonym`: `deutsch-israelische`, `Deutsch-Kanadier`.
        if let Some(n) = last_info.name {
            if n.label == Label::LocDeriv && last.e == tok.1 && last.left == Edge::Hyphen {
                self.push(Mention {
                    start: tok.0,
                    end: tok.1,
                    label: Label::LocDeriv,
                    entity: EntityRef::Known(n.entity),
                    head: Some((last.s, last.e)),
                    role: None,
                    source: Source::List,
                });
                return used;
            }
        }
        // Rule `place_district`: all parts are places (`Berlin-Charlottenburg`): one `LOC`.
        let place_hits = in_tok
            .iter()
            .filter(|x| {
                x.left != Edge::Inside
                    && x.right != Edge::Inside
                    && self
                        .info(x)
                        .name
                        .is_some_and(|n| n.label == Label::Loc && n.form == Form::Name)
            })
            .count();
        // The parts are counted only when two places may fill them.
        let parts = || 1 + self.word(tok).bytes().filter(|&b| b == b'-').count();
        if place_hits >= 2 && h.s == tok.0 && place_hits == parts() {
            self.push_token_place(tok);
            return used;
        }
        // Currencies (`US-Dollar`, `Taiwan-Dollar`) are no place mentions.
        let head_noun = last_part(self.word(tok));
        if CURRENCY_LIST.contains(head_noun) {
            return used;
        }
        // Rule `compound_part`: the first name in the token that may stand in a compound.
        for x in in_tok {
            let Some(n) = self.info(x).name else { continue };
            if x.right == Edge::Inside || !matches!(n.amb, Amb::No | Amb::Article) {
                continue;
            }
            let Some(label) = part_of(n.label) else {
                continue;
            };
            if n.form != Form::Name {
                continue;
            }
            // A hyphenated name listed whole (`Baden-Württemberg`) was matched whole; here the
            // token is longer than the name.
            self.push(Mention {
                start: tok.0,
                end: tok.1,
                label,
                entity: EntityRef::Known(n.entity),
                head: Some((x.s, x.e)),
                role: None,
                source: Source::List,
            });
            return used;
        }
        // A hyphenated first name (`Hans-Peter Müller`).
        if h.left == Edge::Word
            && self.info(&h).first_name.is_some()
            && self.first_name_rule(tok.0, tok.1, None)
        {
            return used;
        }
        used
    }

    /// Is `w` a plausible surname (or name word)?
    fn surname_like(&self, t: (usize, usize)) -> bool {
        let w = self.word(t);
        if !capitalised_word(w) || FUNCTION_WORD_LIST.contains(w) {
            return false;
        }
        let last = last_part(w);
        if has_noun_ending(last) {
            return false;
        }
        // A listed name or demonym there is not a surname (`Maria Berlin`, `Paul Deutsche`).
        // Nor is a word that ends an organisation's name (`Lindsey School`, `Matthews Band`,
        // `Siemens AG`): the organisation pattern takes it. One lookup of the candidate
        // there answers both.
        let Some(h) = self.hit_at(t.0) else {
            return true;
        };
        let info = self.info(h);
        let named = info
            .name
            .is_some_and(|n| n.amb == Amb::No && !self.other_bearer(n, h, t))
            && h.right == Edge::Word;
        let ends_org = h.e >= t.1 && org_name_end(info);
        !named && !ends_org
    }

    /// Whether the listed person's surname alone at `t` (hit `h`) is another person's, the
    /// first name before it being none of the listed one's (`Markus Brandt` is not `Willy
    /// Brandt`). The first two letters of a given name decide, so `Joe Biden` stays `Joseph
    /// Biden`; an initial (`W. Brandt`) or a title (`Kanzler Brandt`) keeps the listed one.
    fn other_bearer(&self, n: NameInfo, h: &Hit, t: (usize, usize)) -> bool {
        if n.label != Label::Per || h.e != t.1 {
            return false;
        }
        let Some(first) = self.prev_tok(t.0).map(|p| self.word(p)) else {
            return false;
        };
        // (A title is no first name: `Kanzler Brandt` is still the listed one.)
        if !self.g.first_names.contains_key(first) {
            return false;
        }
        // (Any of the listed person's given names: `Tayyip Erdoğan` is `Recep Tayyip
        // Erdoğan`.)
        let canonical = self.g.entities[n.entity as usize].canonical.as_str();
        let Some((given, _)) = canonical.rsplit_once(' ') else {
            return false;
        };
        !given
            .split([' ', '-'])
            .any(|g| first.chars().take(2).eq(g.chars().take(2)))
    }

    /// Is the word at `t` a listed place (a whole word), the surname of a noble after a
    /// particle (`von Scharnhorst`) or of a titled person (`Landrätin Anja Roth`)?
    fn place_after_particle(&self, t: (usize, usize)) -> bool {
        capitalised_word(self.word(t))
            && self.hit_at(t.0).is_some_and(|h| {
                h.e == t.1
                    && h.right == Edge::Word
                    && self
                        .info(h)
                        .name
                        .is_some_and(|n| n.label == Label::Loc && n.form == Form::Name)
            })
    }

    /// Is the word at `t` a keyword that ends an organisation's name (`School`, `AG`, `N.V.`,
    /// which the token ends inside)?
    fn ends_org_name(&self, t: (usize, usize)) -> bool {
        self.hit_at(t.0)
            .is_some_and(|h| h.e >= t.1 && org_name_end(self.info(h)))
    }

    /// A particle group (`von`, `von der`, `de la`) starting after `i`: its end.
    fn particles(&self, i: usize) -> Option<usize> {
        let t = self.next_tok(i)?;
        // (Capitalised in Romance and Dutch names before the surname: `Adriano De Souza`,
        // `Lucas Da Silva`, `Robin Van Persie`.)
        let capital = matches!(
            self.word(t),
            "De" | "Da" | "Di" | "Dos" | "Del" | "Della" | "Van" | "Ten" | "Ter"
        ) && self
            .next_tok(t.1)
            .is_some_and(|t2| self.word(t2).starts_with(|c: char| c.is_uppercase()));
        if !capital && !NAME_PARTICLE_LIST.contains(self.word(t)) {
            return None;
        }
        let mut end = t.1;
        if let Some(t2) = self.next_tok(end) {
            if NAME_PARTICLES_2.contains(&self.word(t2)) {
                end = t2.1;
            }
        }
        Some(end)
    }

    /// The token right before `i` (as [`prev_token`] finds it) if it is one of `words`
    /// (ASCII words), from the bytes: the token itself is not found when it cannot be one.
    fn prev_word_in(&self, i: usize, words: &[&str]) -> Option<(usize, usize)> {
        self.text.get(..i)?;
        let before = before_spaces(self.text, i);
        if before.len() == i {
            return None;
        }
        words.iter().find_map(|w| {
            let a = before.strip_suffix(w)?.len();
            (left_edge(self.text, a) == Edge::Word).then_some((a, before.len()))
        })
    }

    /// Rule `first_name`: `[fs, fe)` is a first-name token. Not after `St.`/`Sankt`: a
    /// saint's name there names a church or place (`St. Johann Baptist`, `Sankt Peter Ording`).
    ///
    /// `gender` is the first name's list entry when the caller knows the token is one (a
    /// whole-word hit of a first-name pattern); else the token is looked up.
    fn first_name_rule(&mut self, fs: usize, fe: usize, gender: Option<u8>) -> bool {
        let first = self.word((fs, fe));
        if NOT_FIRST_NAME_LIST.contains(first)
            || FUNCTION_WORD_LIST.contains(first)
            || self.after_saint(fs)
        {
            return false;
        }
        // Every part of `Hans-Peter` a first name; the first part gives the gender.
        let hyphen = first.bytes().position(|b| b == b'-');
        let Some(gender) = gender.filter(|_| hyphen.is_none()).or_else(|| {
            let name = hyphen.map_or(first, |k| &first[..k]);
            self.g.first_names.get(name).copied()
        }) else {
            return false;
        };
        if let Some(k) = hyphen {
            if !first[k + 1..]
                .split('-')
                .all(|p| self.g.first_names.contains_key(p))
            {
                return false;
            }
        }
        let mut end = fe;
        // Middle names: another first name followed by more name.
        for _ in 0..3 {
            let Some(t) = self.next_tok(end) else {
                break;
            };
            let w = self.word(t);
            // The list lookup first: most words after a first name are no first names.
            if self.g.first_names.contains_key(w)
                && (self.next_tok(t.1).is_some_and(|n| self.surname_like(n))
                    || self.particles(t.1).is_some())
                && self.surname_like(t)
            {
                end = t.1;
            } else {
                break;
            }
        }
        // A middle initial (`George W. Bush`), or a surname's initial ending the name
        // (`Nico G.`, as news shortens the names of private persons).
        let mut initial = false;
        if let Some(t) = self.next_tok(end) {
            let w = self.word(t);
            let after = &self.text[t.1..];
            if w.len() == 1
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && (after.starts_with(". ") || after == ".")
            {
                end = t.1 + 1;
                initial = true;
            }
        }
        let cur = self.particles(end).unwrap_or(end);
        // A second first name counts as surname too (`Sigmar Gabriel`, `Judith Hermann`);
        // after a particle a listed place does too (rule `noble_place`: a noble's surname
        // names a place, `Gerhard von Scharnhorst`, `Otto von Bismarck`), and so does one
        // after a first name that a title precedes (rule `titled_place_surname`:
        // `Bürgermeisterin Anja Roth`, `Innenminister Rolf Hagen`, or an age, `Der
        // 31-jährige Jonas Freiberg`; `Maria Berlin` alone stays the city).
        let titled = || {
            self.prev_tok(fs).is_some_and(|p| {
                let w = self.word(p);
                self.g.roles.is_role(w)
                    || ["jährige", "jährigen", "jähriger"]
                        .iter()
                        .any(|e| w.ends_with(e))
            })
        };
        // (Or a place opening the sentence with its first name and a lower-case word, the
        // verb, after it: `Jonas Freiberg stand vor Gericht.`; a subject's place in the first
        // field is its surname, since the city would need an article or a preposition.)
        let opens_clause = |t: (usize, usize)| {
            let before = self.text[..fs].trim_end_matches(' ');
            (before.is_empty() || before.ends_with(['.', '!', '?', '\n']))
                && self
                    .next_tok(t.1)
                    .is_some_and(|n| self.word(n).starts_with(|c: char| c.is_lowercase()))
        };
        let surname = |t: (usize, usize)| {
            self.surname_like(t)
                || (cur != end || titled() || cur == fe && opens_clause(t))
                    && self.place_after_particle(t)
        };
        let Some(sur) = self.next_tok(cur).filter(|&t| surname(t)) else {
            if initial && cur == end {
                self.push_rule(
                    (fs, end),
                    Label::Per,
                    self.word((fs, end)),
                    gender_attr(gender),
                );
                return true;
            }
            return false;
        };
        let mut stop = sur.1;
        // `Fernando Collor de Mello`, `Heinrich Gottlob von Miltitz`. (Not `von der` after
        // a surname: `Peter Müller von der Macht`, `Anna Roth von der SPD` go on with a
        // preposition.)
        let von_der = self
            .next_tok(stop)
            .is_some_and(|t| matches!(self.word(t), "von" | "Von"))
            && self
                .next_tok(stop)
                .and_then(|t| self.next_tok(t.1))
                .is_some_and(|t| NAME_PARTICLES_2.contains(&self.word(t)));
        if let Some(p) = self.particles(stop).filter(|_| !von_der) {
            if let Some(t) = self.next_tok(p).filter(|t| self.surname_like(*t)) {
                stop = t.1;
            }
        }
        // Rule `named_after_person`: an institution named after a person (`Robert Bosch
        // Stiftung`, `Robert Koch Institut`) or a publisher (`Verlag Klaus Wagenbach`) is an
        // `ORG` over the whole name.
        let institution = self.next_tok(stop).filter(|&t| {
            self.hit_at(t.0).is_some_and(|h| {
                h.e == t.1
                    && self
                        .info(h)
                        .org
                        .and_then(|r| ORG_RULES.get(r as usize))
                        .is_some_and(|r| {
                            r.shape == Shape::Institution
                                && r.keyword.starts_with(char::is_uppercase)
                        })
            })
        });
        let publisher = self.prev_word_in(fs, &["Verlag", "Verlags"]);
        if institution.is_some() || publisher.is_some() {
            let span = (
                publisher.map_or(fs, |t| t.0),
                institution.map_or(stop, |t| t.1),
            );
            self.push_rule(span, Label::Org, self.word(span), None);
            return true;
        }
        let span = (fs, stop);
        self.push_rule(span, Label::Per, self.word(span), gender_attr(gender));
        true
    }

    /// Rule `place_pair`: two places joined by `/` or a dash without spaces
    /// (`München/Hamburg`, `Düren–Euskirchen`) are one token and one `LOC` mention; so are
    /// two places of a hyphenated name split after its hyphen (`Mecklenburg- Vorpommern`).
    fn place_pairs(&mut self) {
        let mut k = 0;
        while k + 1 < self.out.mentions.len() {
            let (a, b) = (&self.out.mentions[k], &self.out.mentions[k + 1]);
            if a.label == Label::Loc
                && b.label == Label::Loc
                && matches!(self.text.get(a.end..b.start), Some("/" | "–" | "- "))
                && b.role.is_none()
            {
                let (start, end) = (a.start, b.end);
                let entity = self.local(&self.text[start..end], Label::Loc, None);
                let ms = &mut self.out.mentions;
                ms[k] = Mention {
                    start,
                    end,
                    label: Label::Loc,
                    entity,
                    head: None,
                    role: None,
                    source: Source::Rule,
                };
                ms.remove(k + 1);
            }
            k += 1;
        }
    }

    /// Rule `org_country`: an organisation mention right before a country's name is the
    /// organisation's branch there and one name (`Financial Times Deutschland`, `Greenpeace
    /// Schweiz`, `Amnesty International Österreich`): the `ORG` takes the country in, linked
    /// to the organisation. Not across punctuation (`die Nato , Russland`).
    fn org_country(&mut self) {
        let text = self.text;
        let g = self.g;
        let ms = &mut self.out.mentions;
        let mut k = 0;
        while k + 1 < ms.len() {
            let (a, b) = (&ms[k], &ms[k + 1]);
            let country = || match b.entity {
                EntityRef::Known(e) => g.entities[e as usize]
                    .id
                    .as_deref()
                    .is_some_and(|id| id.starts_with("ISO3166:")),
                EntityRef::Local(_) => false,
            };
            if a.label == Label::Org
                && b.label == Label::Loc
                && country()
                && a.head.is_none()
                && b.role.is_none()
                && text.get(a.end..b.start) == Some(" ")
            {
                ms[k].end = b.end;
                ms.remove(k + 1);
            }
            k += 1;
        }
    }

    /// Rule `slash_joined`: a mention glued by `/` to a further word that is not a place pair
    /// (`AFP/SID/Miguel Riopa`, `TSV Odenhausen/Lahn`, `Zweirad Schubert/TSV Niederstaufen`)
    /// is only part of one slash-joined name (GermEval labels the whole token): left out
    /// rather than reported with a cut span. Place pairs (`München/Hamburg`) were joined before.
    fn slash_joined(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        // Two bytes per mention: cheaper than a search of the text for `/`.
        let glued = |m: &Mention| {
            if m.start.checked_sub(1).and_then(|i| bytes.get(i)) != Some(&b'/')
                && bytes.get(m.end) != Some(&b'/')
            {
                return false;
            }
            let before = text[..m.start]
                .strip_suffix('/')
                .and_then(|r| r.chars().last());
            let after = text[m.end..]
                .strip_prefix('/')
                .and_then(|r| r.chars().next());
            before.is_some_and(char::is_alphanumeric) || after.is_some_and(char::is_alphanumeric)
        };
        if self.out.mentions.iter().any(glued) {
            self.out.mentions.retain(|m| !glued(m));
        }
    }

    /// Rule `acronym_part`: an unlisted acronym starting a hyphen compound names an
    /// organisation (`DLR-Forscher`, `NASA-Sonde`, `CVP-Ständerat`) unless it names a thing
    /// (`LKW-Fahrer`, `WM-Finale`): `ORGpart` over the token, head = the acronym. Found by a
    /// search for `-`, so it costs nothing where there are no hyphens.
    fn acronym_parts(&mut self) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut found = Vec::new();
        for p in memchr::memchr_iter(b'-', bytes) {
            let mut a = p;
            while a > 0 && bytes[a - 1].is_ascii_uppercase() {
                a -= 1;
            }
            let acronym = &text[a..p];
            if !(2..=6).contains(&acronym.len())
                || left_edge(text, a) != Edge::Word
                || right_edge(text, p) != Edge::Hyphen
                || !char_at(text, p + 1).is_some_and(char::is_alphabetic)
                || is_in(NOT_ORG_ACRONYMS, acronym)
                || self.hit_at(a).is_some()
            {
                continue;
            }
            let tok = token_around(text, a, p);
            let ms = &self.out.mentions;
            let k = ms.partition_point(|m| m.end <= tok.0);
            if ms.get(k).is_some_and(|m| m.start < tok.1) {
                continue;
            }
            found.push((tok, (a, p)));
        }
        for (tok, head) in found {
            let ent = self.local(&text[head.0..head.1], Label::Org, None);
            let ms = &self.out.mentions;
            let k = ms.partition_point(|m| m.end <= tok.0);
            self.out.mentions.insert(
                k,
                Mention {
                    start: tok.0,
                    end: tok.1,
                    label: Label::OrgPart,
                    entity: ent,
                    head: Some(head),
                    role: None,
                    source: Source::Rule,
                },
            );
        }
    }

    /// Rule `title`: a title that can name a person (`Präsident Obama`, `Papst Benedikt`)
    /// followed by an unknown capitalised name word makes that word a `PER`,
    /// together with the name words after it: more capitalised words, middle initials and
    /// particles (`Ministerpräsident Ehud Olmert`, `Senatspräsident Clarence E. Case`,
    /// `Generalsekretär Ban Ki Moon`). A role word is no name (`Präsident Bürgermeister`).
    fn titles(&mut self) {
        let hits = self.hits;
        for h in hits {
            if !h.title || h.right != Edge::Word {
                continue;
            }
            let Some(t) = self.next_tok(h.e) else {
                continue;
            };
            let w = self.word(t);
            // Cheap tests first; a mention over the first name word also overlaps the
            // longer name, so it is looked for before the name's tail is.
            let ms = &self.out.mentions;
            let k = ms.partition_point(|m| m.end <= t.0);
            if w.as_bytes().contains(&b'-')
                || NOT_FIRST_NAME_LIST.contains(w)
                || ms.get(k).is_some_and(|m| m.start < t.1)
                || !self.surname_like(t)
                || self.g.roles.is_role(w)
            {
                continue;
            }
            let end = self.name_tail(t.1);
            let ms = &self.out.mentions;
            if ms.get(k).is_some_and(|m| m.start < end) {
                continue;
            }
            let ent = self.local(self.word((t.0, end)), Label::Per, None);
            self.out.mentions.insert(
                k,
                Mention {
                    start: t.0,
                    end,
                    label: Label::Per,
                    entity: ent,
                    head: None,
                    role: None,
                    source: Source::Rule,
                },
            );
        }
    }

    /// Rule `honorific`: `Herr`, `Frau` (keyword hit `h`) before an unknown name word make it
    /// a `PER` with the name words after it (`Herr Willemsen`, `Frau Anna Kassnitz` is the
    /// first-name rule's); not before a role (`Herr Bürgermeister`).
    fn honorific(&mut self, h: &Hit) -> bool {
        let Some(mut t) = self.next_tok(h.e) else {
            return false;
        };
        // Past an abbreviated title: `Herr Dr. Meier`.
        if self.text[t.1..].starts_with('.') && self.g.roles.is_role(self.word((t.0, t.1 + 1))) {
            match self.next_tok(t.1 + 1) {
                Some(t2) => t = t2,
                None => return false,
            }
        }
        let w = self.word(t);
        let listed = self
            .hit_at(t.0)
            .is_some_and(|x| self.info(x).name.is_some_and(|n| n.amb != Amb::Locative));
        if listed
            || !self.surname_like(t)
            || w.contains('-')
            || NOT_FIRST_NAME_LIST.contains(w)
            || self.g.roles.is_role(w)
        {
            return false;
        }
        let end = self.name_tail(t.1);
        self.push_rule((t.0, end), Label::Per, self.word((t.0, end)), None);
        true
    }

    /// The end of the name words after a person's first name word ending at `e`: up to two
    /// more capitalised words that may be surnames (not listed names, roles or function
    /// words), a middle initial (`E.`) and a particle group (`von der`) before one of them.
    fn name_tail(&self, e: usize) -> usize {
        let text = self.text;
        let mut end = e;
        for _ in 0..2 {
            let mut cur = end;
            if let Some(t) = self.next_tok(cur) {
                let w = self.word(t);
                let initial = w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase());
                if initial && text[t.1..].starts_with(". ") {
                    cur = t.1 + 1;
                }
            }
            cur = self.particles(cur).unwrap_or(cur);
            match self.next_tok(cur) {
                Some(t) if self.surname_like(t) && !self.g.roles.is_role(self.word(t)) => {
                    end = t.1;
                }
                _ => break,
            }
        }
        end
    }

    /// Rule `speaker`: after a speech verb (`h`), one unknown capitalised word that ends the
    /// clause (punctuation or the end follows) or is followed by the addressee in the dative
    /// (`der`/`dem`) is a person (`sagte Möller .`, `, so Barth .`, `sagte Möller der Zeitung`).
    /// Not a listed name, a role, a function word or a common-noun form (`sagte Montag`,
    /// `sagte Dr. Meier`); `so` only after a comma or quote, where it introduces a source.
    fn speaker(&mut self, h: &Hit) -> bool {
        let text = self.text;
        if &text[h.s..h.e] == "so" {
            let before = before_spaces(text, h.s);
            if !before.ends_with([',', '"', '“', '«', '»']) {
                return false;
            }
        }
        let Some(t) = self.next_tok(h.e) else {
            return false;
        };
        let w = self.word(t);
        // Dative plurals of nouns for people are addressees, not speakers (`sagte
        // Reportern`, `sagte Journalisten`).
        if w.chars().count() > 6 && (w.ends_with("ern") || w.ends_with("isten")) {
            return false;
        }
        // A first name, or a place named only after a preposition, may be the name here
        // (`sagte Walter .`, `sagte Reding .`).
        let listed = self
            .hit_at(t.0)
            .is_some_and(|x| self.info(x).name.is_some_and(|n| n.amb != Amb::Locative));
        if w.contains('-') || !self.surname_like(t) || listed {
            return false;
        }
        let rest = text[t.1..].trim_start_matches([' ', '\u{a0}']);
        // The clause ends, or the addressee follows in the dative (`sagte Möller der
        // Zeitung`, `sagte Möller dem Sender`): not after a time noun (`sagte Anfang der
        // Woche`).
        let addressee = ["der ", "dem "].iter().any(|d| rest.starts_with(d))
            && !matches!(
                w,
                "Anfang" | "Ende" | "Mitte" | "Beginn" | "Laufe" | "Rande"
            );
        let ends =
            addressee || rest.is_empty() || rest.starts_with(['.', ',', ';', ':', '(', '!', '?']);
        // `Dr.`, `Prof.`: the role, with its dot, is no name.
        if !ends || self.g.roles.is_role(self.word((t.0, t.1 + 1))) || self.g.roles.is_role(w) {
            return false;
        }
        self.push_rule(t, Label::Per, w, None);
        true
    }

    /// Rule `org_pattern` for keyword hit `h` of rule `r`.
    fn org_rule(&mut self, h: &Hit, r: usize) -> bool {
        let Some(rule) = ORG_RULES.get(r) else {
            return false;
        };
        let text = self.text;
        let name_word = |t: (usize, usize)| -> bool {
            let w = &text[t.0..t.1];
            w.chars().next().is_some_and(char::is_uppercase) && !FUNCTION_WORD_LIST.contains(w)
        };
        let (mut a, mut b) = (h.s, h.e);
        match rule.shape {
            Shape::Speaker => return self.speaker(h),
            Shape::Initial => return self.initial(h),
            Shape::Honorific => return self.honorific(h),
            Shape::After(n) | Shape::English(n) => {
                let english = matches!(rule.shape, Shape::English(_));
                let mut k = 0;
                while k < n {
                    match self.prev_tok(a) {
                        // English names: not past a demonym adjective (`der Schweizer SAM
                        // Group`), and `The` starts the name.
                        Some(t)
                            if name_word(t)
                                && !is_in(GENERIC_ORG_NOUNS, &text[t.0..t.1])
                                && !(english
                                    && self.out.mentions.last().is_some_and(|m| {
                                        m.start == t.0 && m.label == Label::LocDeriv
                                    })) =>
                        {
                            a = t.0;
                            if english && &text[t.0..t.1] == "The" {
                                k += 1;
                                break;
                            }
                        }
                        _ => break,
                    }
                    k += 1;
                }
                if k == 0 {
                    return false;
                }
                // `California Institute of Technology`, `University of Cambridge`.
                if english {
                    if let Some(t) = self.next_tok(b).filter(|t| &text[t.0..t.1] == "of") {
                        if let Some(t2) = self.next_tok(t.1).filter(|t2| name_word(*t2)) {
                            b = t2.1;
                        }
                    }
                }
            }
            Shape::Apposition(n) => {
                // Rule `org_apposition`: the name after the noun, not the noun.
                let Some(first) = self.next_tok(b) else {
                    return false;
                };
                let name_part = |t: (usize, usize)| {
                    let w = &text[t.0..t.1];
                    name_word(t)
                        && w.chars().count() > 1
                        && !noun_form(last_part(w))
                        && !self.g.roles.is_role(w)
                };
                if !name_part(first) || self.hit_at(first.0).is_some() {
                    return false;
                }
                (a, b) = first;
                for _ in 1..n {
                    match self.next_tok(b) {
                        Some(t) if name_part(t) => b = t.1,
                        _ => break,
                    }
                }
                // A legal form after the name is that pattern's (`Firma X N.V.`).
                if self.next_tok(b).is_some_and(|t| self.ends_org_name(t)) {
                    return false;
                }
            }
            Shape::Before(n) => {
                // The first word is the club's name; more words only up to a listed place or
                // a year (`FC Bayern München`, `FC Carl Zeiss Jena`, `FSV Mainz 05`), so not
                // `FC Bayern Präsident`.
                // A year first takes the name after it (`SG 01 Höchst`).
                let mut cur = b;
                let mut after_year = false;
                for k in 0..n {
                    let Some(t) = self.next_tok(cur) else {
                        break;
                    };
                    let digits = text[t.0..t.1].bytes().all(|c| c.is_ascii_digit());
                    if !(name_word(t) || digits) {
                        break;
                    }
                    cur = t.1;
                    if k == 0 || digits || after_year || self.listed_name_at(t) {
                        b = cur;
                    }
                    after_year = k == 0 && digits;
                }
                if b == h.e {
                    return false;
                }
                if text[..a].ends_with("1. ") {
                    a -= 3;
                }
            }
            Shape::Institution => {
                let mut cur = b;
                if let Some(t) = self.next_tok(cur) {
                    if INSTITUTION_LINKS.contains(&&text[t.0..t.1]) {
                        cur = t.1;
                    }
                }
                let mut words = 0;
                loop {
                    match self.next_tok(cur) {
                        Some(t) if name_word(t) => {
                            cur = t.1;
                            b = cur;
                            words += 1;
                        }
                        Some(t)
                            if words > 0
                                && (&text[t.0..t.1] == "und"
                                    || INSTITUTION_LINKS.contains(&&text[t.0..t.1])) =>
                        {
                            match self.next_tok(t.1) {
                                Some(t2) if name_word(t2) => {
                                    cur = t2.1;
                                    b = cur;
                                    words += 1;
                                }
                                _ => break,
                            }
                        }
                        _ => break,
                    }
                    if words >= 4 {
                        break;
                    }
                }
                if words == 0 {
                    return false;
                }
                // `Freie Universität Berlin`, `Deutsches Institut für ...`.
                if let Some(t) = self.prev_tok(a) {
                    let w = &text[t.0..t.1];
                    if name_word(t) && w.ends_with(['e', 's', 'n', 'r']) && w.len() > 3 {
                        let adj = ["e", "es", "en", "er"].iter().any(|s| w.ends_with(s))
                            && !self.listed_name_at(t);
                        if adj {
                            a = t.0;
                        }
                    }
                }
            }
        }
        // Absorb earlier mentions inside the new span (`Deutsche Bank` in `Deutsche Bank AG`).
        let mut entity = None;
        while let Some(m) = self.out.mentions.last() {
            if m.end <= a {
                break;
            }
            if m.start < a {
                return false; // would cut an earlier mention
            }
            if m.label == Label::Org {
                entity = Some(m.entity);
            }
            self.out.mentions.pop();
        }
        let entity = match entity {
            Some(e) => e,
            None => self.local(&text[a..b], Label::Org, None),
        };
        self.push(Mention {
            start: a,
            end: b,
            label: Label::Org,
            entity,
            head: None,
            role: None,
            source: Source::Rule,
        });
        true
    }

    /// Rule `document`: later surnames of full-name persons link to them.
    ///
    /// Each surname is searched for in the text after its first person (memchr's memmem),
    /// unless those searches together would cost more than one walk over the words: then the
    /// surnames go into a map keyed by their leading word, and each word start is looked up
    /// there (a surname may carry a genitive `-s`, so the word without it is looked up too),
    /// one pass whatever the number of persons. Either way, each occurrence goes
    /// to the earliest person with that surname that ends before it; occurrences are then
    /// taken person by person in text order, skipping any that overlap a mention or an
    /// occurrence taken before: the same result as searching the rest of the text once per
    /// person, without its cost of persons x text length.
    fn document_level(&mut self) {
        let mut d = std::mem::take(&mut self.doc);
        d.persons.clear();
        d.cands.clear();
        d.groups.clear();
        d.taken.clear();
        self.link_surnames(&mut d);
        self.doc = d;
    }

    /// The surname of a person as [`DocScratch::persons`] keeps it.
    fn surname(&self, s: Surname) -> &'a str {
        match s {
            Surname::Text(a, b) => self.text.get(a..b).unwrap_or(""),
            Surname::Canonical(e, a) => {
                let c = self.g.entities[e as usize].canonical.as_str();
                c.get(a..).unwrap_or("")
            }
        }
    }

    /// [`Self::document_level`] with its buffers `d` (empty).
    fn link_surnames(&mut self, d: &mut DocScratch) {
        let DocScratch {
            persons,
            cands,
            groups,
            taken,
        } = d;
        // A byte searched for one surname costs about a twentieth of a byte walked over for
        // all (callgrind on /tmp/news.jsonl: memchr's memmem 1.1 instructions a byte, the
        // walk 25), and less where the search skips a long stretch at once: the searches are
        // taken unless they would read this many times the bytes of the walk. So the cost
        // stays within about two walks, whatever the persons. (At 20, the few documents of
        // /tmp/news.jsonl between 20 and 30 took the walk, for 0.45 % more instructions.)
        const SEARCH_PER_WALK: usize = 40;
        for (k, m) in self.out.mentions.iter().enumerate() {
            if m.label != Label::Per {
                continue;
            }
            let span = self.word((m.start, m.end));
            let Some(sur) = after_last_space(span) else {
                continue;
            };
            let at = match m.entity {
                EntityRef::Known(i) => {
                    let c = &self.g.entities[i as usize].canonical;
                    let sur = after_last_space(c).unwrap_or(c);
                    Surname::Canonical(i, c.len() - sur.len())
                }
                EntityRef::Local(_) => Surname::Text(m.end - sur.len(), m.end),
            };
            let sur = self.surname(at);
            if sur.chars().nth(2).is_none() || !capitalised_word(sur) {
                continue;
            }
            // Candidates (person, start, end) go to `cands`. Rare (`AbcAb`): a surname that
            // may overlap itself gets the per-person search, whose occurrences never overlap.
            if overlaps_itself(sur) {
                self.surname_search(k, m.end, sur, cands);
            } else {
                persons.push((k, m.end, at, lead_key(sur)));
            }
        }
        if persons.is_empty() && cands.is_empty() {
            return;
        }
        // Persons of one surname together, in mention order: `groups` holds their ranges.
        // Ordered by surname key, then surname (read only for equal keys), then mention: the
        // order of the groups does not matter (the occurrences are sorted below).
        let same = |a: &Person, b: &Person| a.3 == b.3 && self.surname(a.2) == self.surname(b.2);
        persons.sort_unstable_by(|a, b| {
            let by_name = || self.surname(a.2).cmp(self.surname(b.2));
            a.3.cmp(&b.3).then_with(by_name).then(a.0.cmp(&b.0))
        });
        for (p, x) in persons.iter().enumerate() {
            match groups.last_mut() {
                Some(g) if same(&persons[g.0], x) => g.1 = p + 1,
                _ => groups.push((p, p + 1)),
            }
        }
        let persons: &[Person] = persons;
        // Where each surname's search would start: after its first person.
        let first_end = |&(a, b): &(usize, usize)| -> usize {
            let who = &persons[a..b];
            who.iter().map(|x| x.1).min().unwrap_or(usize::MAX)
        };
        let len = self.text.len();
        let searched: usize = groups
            .iter()
            .map(|g| len.saturating_sub(first_end(g)))
            .sum();
        let walked = groups
            .iter()
            .map(|g| len.saturating_sub(first_end(g)))
            .max()
            .unwrap_or(0);
        if searched <= SEARCH_PER_WALK * walked {
            // A few surnames: a fast substring search each.
            for g in groups.iter() {
                let who = &persons[g.0..g.1];
                self.surname_occurrences(first_end(g), who, cands);
            }
        } else if !groups.is_empty() {
            // Many: one walk over the words, looking each up by the surname's leading word.
            let mut by_lead: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
            let mut from = usize::MAX;
            for &(a, b) in groups.iter() {
                let sur = self.surname(persons[a].2);
                let lead_len = sur
                    .char_indices()
                    .find(|&(_, c)| !is_word(c))
                    .map_or(sur.len(), |(i, _)| i);
                by_lead.entry(&sur[..lead_len]).or_default().push((a, b));
                from = persons[a..b].iter().map(|x| x.1).fold(from, usize::min);
            }
            self.surname_walk(from, persons, &by_lead, cands);
        }
        if cands.is_empty() {
            return;
        }
        // Person by person, in text order: the order of the search per person.
        cands.sort_unstable();
        let ms = &self.out.mentions;
        // Mentions are non-empty, in text order and apart (as `find` promises): then the last
        // one starting before `e` is the only one that may overlap `[s, e)`. Otherwise,
        // sorted spans and the largest end up to each.
        let apart =
            ms.iter().all(|m| m.start < m.end) && ms.windows(2).all(|w| w[0].end <= w[1].start);
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut max_end = Vec::new();
        if !apart {
            spans = ms.iter().map(|m| (m.start, m.end)).collect();
            spans.sort_unstable();
            let mut mx = 0;
            for sp in &spans {
                mx = mx.max(sp.1);
                max_end.push(mx);
            }
        }
        let overlaps_mention = |s: usize, e: usize| {
            if apart {
                let i = ms.partition_point(|m| m.start < e);
                i > 0 && ms[i - 1].end > s
            } else {
                let i = spans.partition_point(|sp| sp.0 < e);
                i > 0 && max_end[i - 1] > s
            }
        };
        // A listed person's surname alone (`Brandt` for `Willy Brandt`) where the document
        // named another person of that surname before (`Markus Brandt`) is that person, and
        // so is a surname a rule found alone, and a listed place that is the surname of a
        // person named before (`Roth` after `Landrätin Anja Roth`) but not after a locative
        // preposition (`nach Roth`): the mention is relinked, not skipped. (Index of the
        // mention, the person's mention.)
        let mut relinked: Vec<(usize, usize)> = Vec::new();
        let other_surname = |k: usize, s: usize, e: usize| -> Option<usize> {
            if !apart {
                return None;
            }
            let i = ms.partition_point(|m| m.start < e).checked_sub(1)?;
            let m = &ms[i];
            let listed = matches!(m.entity, EntityRef::Known(x)
                if self.g.entities[x as usize].canonical.contains(' '));
            // (The locative prepositions that decide ambiguous places, and more that
            // place a town: `im`, `von`, `zu`, `über`, …)
            let place = || {
                m.label == Label::Loc
                    && m.source == Source::List
                    && !self.prev_tok(s).is_some_and(|p| {
                        let p = self.word(p);
                        LOCATIVE_LIST.contains(p)
                            || matches!(
                                p,
                                "im" | "von"
                                    | "vom"
                                    | "zu"
                                    | "zum"
                                    | "über"
                                    | "um"
                                    | "bis"
                                    | "ab"
                                    | "Von"
                                    | "Zu"
                                    | "Über"
                                    | "Um"
                                    | "Bis"
                                    | "Ab"
                            )
                    })
            };
            (m.start == s
                && m.end == e
                && (m.label == Label::Per
                    && (m.source == Source::List && listed || m.source == Source::Rule)
                    || place())
                && m.entity != ms[k].entity)
                .then_some(i)
        };
        // Taken occurrences never overlap: (start, end, the person's entity), by start. A
        // sorted vector for a few (no tree nodes to allocate), a tree for many (inserts into
        // the middle of a long vector would cost their square).
        if cands.len() <= 64 {
            for &(k, s, e) in cands.iter() {
                if overlaps_mention(s, e) {
                    if let Some(i) = other_surname(k, s, e) {
                        relinked.push((i, k));
                    }
                    continue;
                }
                let i = taken.partition_point(|t| t.0 < e);
                if i > 0 && taken[i - 1].1 > s {
                    continue;
                }
                // No taken start lies in `[s, e)` (it would have shown above): `s` goes
                // right after the taken ones before it.
                let at = taken.partition_point(|t| t.0 < s);
                taken.insert(at, (s, e, ms[k].entity));
            }
        } else {
            let mut tree: BTreeMap<usize, (usize, usize)> = BTreeMap::new();
            for &(k, s, e) in cands.iter() {
                if overlaps_mention(s, e) {
                    if let Some(i) = other_surname(k, s, e) {
                        relinked.push((i, k));
                    }
                    continue;
                }
                if tree.range(..e).next_back().is_some_and(|(_, t)| t.0 > s) {
                    continue;
                }
                tree.insert(s, (e, k));
            }
            taken.extend(tree.into_iter().map(|(s, (e, k))| (s, e, ms[k].entity)));
        }
        // (The first person to claim a mention keeps it: candidates come in text order.)
        relinked.sort_by_key(|&(i, _)| i);
        relinked.dedup_by_key(|&mut (i, _)| i);
        for &(i, k) in &relinked {
            let entity = self.out.mentions[k].entity;
            let m = &mut self.out.mentions[i];
            m.entity = entity;
            m.label = Label::Per;
            m.source = Source::Document;
        }
        let found = taken.iter().map(|&(start, end, entity)| Mention {
            start,
            end,
            label: Label::Per,
            entity,
            head: None,
            role: None,
            source: Source::Document,
        });
        let mentions = &mut self.out.mentions;
        if apart && taken.len() <= 8 {
            // A few, into mentions in order: each into its place, after the mentions that
            // start no later (the order of the stable sort below).
            for m in found {
                let at = mentions.partition_point(|x| x.start <= m.start);
                mentions.insert(at, m);
            }
        } else {
            mentions.extend(found);
            mentions.sort_by_key(|m| m.start);
        }
    }

    /// The end of an occurrence of surname `sur` at `s` (a word start), a genitive `-s`
    /// included, if it ends on a word boundary.
    fn surname_end(&self, s: usize, sur: &str) -> Option<usize> {
        if !self.text.get(s..)?.starts_with(sur) || left_edge(self.text, s) != Edge::Word {
            return None;
        }
        let e = s + sur.len();
        if right_edge(self.text, e) == Edge::Word {
            Some(e)
        } else if self.text[e..].starts_with('s') && right_edge(self.text, e + 1) == Edge::Word {
            Some(e + 1)
        } else {
            None
        }
    }

    /// Occurrences after `from` of the surname of `who` (persons with one surname that never
    /// overlaps itself, in mention order), each for the earliest person that ends before it.
    fn surname_occurrences(
        &self,
        from: usize,
        who: &[Person],
        cands: &mut Vec<(usize, usize, usize)>,
    ) {
        let Some(&(_, _, at, _)) = who.first() else {
            return;
        };
        let sur = self.surname(at);
        // A SIMD substring search: a plain search for the first char stops at every capital
        // of that letter in running text.
        let finder = Needle::new(sur);
        let mut from = from;
        while let Some(p) = self
            .text
            .get(from..)
            .and_then(|t| finder.find(t.as_bytes()))
        {
            let s = from + p;
            from = s + sur.len();
            if let Some(e) = self.surname_end(s, sur) {
                if let Some(&(k, ..)) = who.iter().find(|x| x.1 <= s) {
                    cands.push((k, s, e));
                }
            }
        }
    }

    /// Occurrences of `sur` after `from` by plain search, for mention `k`.
    fn surname_search(
        &self,
        k: usize,
        from: usize,
        sur: &str,
        cands: &mut Vec<(usize, usize, usize)>,
    ) {
        let finder = Needle::new(sur);
        let mut from = from;
        while let Some(p) = self
            .text
            .get(from..)
            .and_then(|t| finder.find(t.as_bytes()))
        {
            let s = from + p;
            from = s + sur.len();
            if let Some(e) = self.surname_end(s, sur) {
                cands.push((k, s, e));
            }
        }
    }

    /// Occurrences of the surnames in `by_lead` from byte `from` on, in one walk over the
    /// word starts.
    fn surname_walk(
        &self,
        from: usize,
        persons: &[Person],
        by_lead: &HashMap<&str, Vec<(usize, usize)>>,
        cands: &mut Vec<(usize, usize, usize)>,
    ) {
        let text = self.text;
        let bytes = text.as_bytes();
        // Most capitalised words are nouns: a 4096-bit filter over (first two bytes, length)
        // of the leading words spares them the hash lookup.
        let mut filter = [0u64; 64];
        for lead in by_lead.keys() {
            let f = lead_hash(lead.as_bytes());
            set_bit(&mut filter, f);
        }
        let maybe = |w: &[u8]| {
            let f = lead_hash(w);
            bit(&filter, f)
        };
        let mut i = from;
        while let Some(&b) = bytes.get(i) {
            let upper = if b.is_ascii() {
                if !b.is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                b.is_ascii_uppercase()
            } else {
                let Some(c) = char_at(text, i) else {
                    i += 1;
                    continue;
                };
                if !is_word(c) {
                    i += c.len_utf8();
                    continue;
                }
                c.is_uppercase()
            };
            // The whole word run [i, j).
            let mut j = i;
            loop {
                j += bytes.get(j..).map_or(0, ascii_alnum_run);
                match char_at(text, j) {
                    Some(d) if is_word(d) => j += d.len_utf8(),
                    _ => break,
                }
            }
            let w = &bytes[i..j];
            if upper && (maybe(w) || maybe(&w[..w.len() - 1])) {
                let w = &text[i..j];
                let keys = [Some(w), w.strip_suffix('s')];
                for key in keys.into_iter().flatten() {
                    let Some(ps) = by_lead.get(key) else {
                        continue;
                    };
                    for &(a, b) in ps {
                        let who = &persons[a..b];
                        let sur = self.surname(who[0].2);
                        // The earliest person with this surname that ends before `i`.
                        let Some(&(k, ..)) = who.iter().find(|x| x.1 <= i) else {
                            continue;
                        };
                        if let Some(e) = self.surname_end(i, sur) {
                            cands.push((k, i, e));
                        }
                    }
                }
            }
            i = j;
        }
    }

    /// Rule `role`: the title right before each person mention.
    fn roles(&mut self) {
        for k in 0..self.out.mentions.len() {
            let m = &self.out.mentions[k];
            if m.label != Label::Per {
                continue;
            }
            // The token before ends after the spaces before the mention (none: no token);
            // most cannot end like a role, which the bytes there tell before it is found.
            let e = before_spaces(self.text, m.start).len();
            if e == m.start || !self.g.roles.may_end_at(self.text, e) {
                continue;
            }
            let Some(t) = self.prev_tok(m.start) else {
                continue;
            };
            if self.g.roles.is_role(self.word(t)) {
                self.out.mentions[k].role = Some(t);
            }
        }
    }
}

/// Towns named like a first name that German news gives mostly to people (rule
/// `first_name_place` in `Resolver::whole`).
const FIRST_NAME_PLACES: &[&str] = &["Achim", "Heide", "Hagen", "Jona", "Milan", "Sofia"];

#[cfg(test)]
mod tests {
    use super::{overlaps_itself, DocScratch, Memo, Resolver};
    use proptest::prelude::*;
    use std::cell::Cell;

    proptest! {
        #[test]
        fn capitalised_matches_is_capitalised_word(w in "[a-zA-Z0-9äÄßÉé.-]{0,8}") {
            prop_assert_eq!(super::capitalised_word(&w), crate::text::is_capitalised_word(&w));
        }

        /// The surname searcher finds what `str::find` finds, in haystacks shorter and
        /// longer than its vector search needs.
        #[test]
        fn needle_finds_as_str_find(
            n in "[ab]{1,3}[Mü]?[ab]{0,6}",
            h in "[abM ü]{0,90}",
        ) {
            prop_assert_eq!(super::Needle::new(&n).find(h.as_bytes()), h.find(n.as_str()));
        }

        /// Persons sort by `lead_key` before their surnames: where two keys differ, they
        /// order as the words do, so equal surnames still end up together.
        #[test]
        fn lead_keys_order_as_words(a in "[A-Zäa-c\u{0}]{0,10}", b in "[A-Zäa-c\u{0}]{0,10}") {
            let (ka, kb) = (super::lead_key(&a), super::lead_key(&b));
            if a == b {
                prop_assert_eq!(ka, kb);
            } else if ka != kb {
                prop_assert_eq!(ka.cmp(&kb), a.cmp(&b));
            }
        }

    }
    use crate::{EntityRef, Gazetteer, Label, Source};

    /// The last-byte test of `is_place_head` keeps every head: it answers as the plain
    /// suffix and case-blind tests do (the heads are lower-case ASCII).
    #[test]
    fn place_heads_by_last_byte() {
        use crate::rules::{ends, PLACE_NOUN_HEADS};
        let plain = |w: &str| {
            let l = w.trim_end_matches('s');
            PLACE_NOUN_HEADS
                .iter()
                .any(|x| (l.len() > x.len() && ends(l, x)) || l.eq_ignore_ascii_case(x))
        };
        let mut words = vec![
            "",
            "s",
            "Heimatstadt",
            "Landkreises",
            "KREIS",
            "Stadt",
            "Merkel",
        ];
        let more: Vec<String> = PLACE_NOUN_HEADS
            .iter()
            .flat_map(|x| {
                [
                    x.to_string(),
                    x.to_uppercase(),
                    format!("Bundes{x}s"),
                    x[1..].to_owned(),
                ]
            })
            .collect();
        words.extend(more.iter().map(String::as_str));
        for w in words {
            assert_eq!(super::is_place_head(w), plain(w), "{w:?}");
        }
        assert!(PLACE_NOUN_HEADS
            .iter()
            .all(|x| x.bytes().all(|b| b.is_ascii_lowercase())));
    }

    /// `find_into` overwrites the local entities a former document left in `out` (reusing
    /// their strings) and keeps the rest in the thread's spares: each document's matches
    /// equal those of `find` on a new thread (no spares), whatever came before (more or fewer
    /// local entities, with or without a gender, or a caller's own entity with an id and
    /// attributes); so do those of `find` here, which takes spares. The thread's candidate
    /// and document-level buffers (`Scratch`), left by the documents before, are tied to
    /// fresh ones the same way.
    #[test]
    fn reused_matches_equal_fresh_ones() {
        let texts = [
            "Gestern sagte Anna Zobaka in Kiel, Maria Zodefi und Herr Willemsen kämen. \
             Zobaka lachte. Die Firma Zomupo AG und die Robert Bosch Stiftung (RBS) auch.",
            "Nichts.",
            "Claire sagte, Kim Zovidu und Jonas Zoperu kämen nach München/Hamburg.",
            "Sie nannte Tom Zokafe, Lea Zomira, Ben Zodupa, Eva Zorimo und Ulf Zobeki.",
            "",
            "Der DLR-Forscher traf Ministerpräsident Ehud Olmert.",
        ];
        let g = Gazetteer::default_german();
        let mut out = crate::Matches::default();
        out.local.push(crate::Entity {
            canonical: "Alt".to_owned(),
            label: Label::Org,
            id: Some("Q1".to_owned()),
            attrs: vec![
                ("gender".to_owned(), "x".to_owned()),
                ("a".into(), "b".into()),
            ],
        });
        for round in 0..2 {
            for (i, t) in texts.iter().enumerate() {
                // Forwards, then backwards: each text after a larger and a smaller one.
                let t = if round == 0 {
                    *t
                } else {
                    texts[texts.len() - 1 - i]
                };
                g.find_into(t, &mut out);
                let plain = std::thread::scope(|s| s.spawn(|| g.find(t)).join());
                let Ok(plain) = plain else {
                    panic!("find panicked on {t:?}");
                };
                assert_eq!(out.mentions, plain.mentions, "{t:?}");
                assert_eq!(out.local, plain.local, "{t:?}");
                let here = g.find(t);
                assert_eq!(here.mentions, plain.mentions, "{t:?}");
                assert_eq!(here.local, plain.local, "{t:?}");
            }
        }
        // The texts do exercise genders and several local entities.
        let locals: Vec<crate::Entity> = texts.iter().flat_map(|t| g.find(t).local).collect();
        assert!(g.find(texts[0]).local.len() >= 3);
        assert!(locals.iter().any(|e| e.attrs.is_empty()));
        assert!(locals.iter().any(|e| !e.attrs.is_empty()));
    }

    /// The surname searcher on news-like text: every haystack length from empty to past the
    /// vector search's minimum, the needle at the start, end or nowhere.
    #[test]
    fn needle_finds_surnames_as_str_find() {
        let text = "Gestern sagte Peskow, Peskows Sprecher und Müller-Lüdenscheidt: Peskow.";
        for sur in ["Peskow", "Müller", "Lüdenscheidt", "Merkel", "w.", "Ge"] {
            let needle = super::Needle::new(sur);
            for a in 0..text.len() {
                for b in a..=text.len() {
                    let Some(h) = text.get(a..b) else { continue };
                    assert_eq!(needle.find(h.as_bytes()), h.find(sur), "{sur:?} in {h:?}");
                }
            }
        }
    }

    /// The byte tests of `club_or_campus` and `ambiguity` answer as the plain ones: the
    /// determiner list and the digit after trimmed spaces.
    #[test]
    fn determiner_and_year_tests_match_the_plain_ones() {
        use crate::rules::DETERMINERS;
        let mut words = vec![
            "", "d", "de", "dir", "Das", "DAS", "dass", "ders", "Dem", "dEr", "di",
        ];
        let forms: Vec<String> = DETERMINERS
            .iter()
            .flat_map(|d| {
                [
                    d.to_string(),
                    d.to_uppercase(),
                    format!("{d}s"),
                    d[1..].to_owned(),
                ]
            })
            .collect();
        words.extend(DETERMINERS.iter().copied());
        words.extend(forms.iter().map(String::as_str));
        for w in words {
            assert_eq!(
                crate::rules::is_determiner(w),
                DETERMINERS.contains(&w),
                "{w:?}"
            );
        }
        let plain = |t: &str, i: usize| {
            t.get(i..)
                .unwrap_or("")
                .trim_start_matches([' ', '\u{a0}'])
                .starts_with(|c: char| c.is_ascii_digit())
        };
        for t in [
            "Mainz 05",
            "Mainz\u{a0} 05",
            "Mainz  x5",
            "Mainz",
            "Mainz\u{a0}",
            "a 1",
            " ",
            "ä 9",
        ] {
            for i in (0..=t.len() + 1).filter(|&i| t.is_char_boundary(i) || i > t.len()) {
                assert_eq!(
                    super::digit_after_spaces(t.as_bytes(), i),
                    plain(t, i),
                    "{t:?} {i}"
                );
            }
        }
    }

    /// The first-name rule takes a whole-word hit's gender from its pattern instead of
    /// looking the word up: every listed first name is a pattern of its own (a hit that is
    /// not a genitive spells it) that carries the list's gender.
    #[test]
    fn first_name_patterns_carry_the_list_gender() {
        let g = Gazetteer::default_german();
        let inner = &g.inner;
        assert!(inner.first_names.len() > 1000);
        for (name, &gender) in &inner.first_names {
            let hit = inner.anchored.longest(name.as_bytes());
            let Some((n, pid)) = hit.filter(|&(n, _)| n == name.len()) else {
                panic!("{name} is no pattern of its own");
            };
            assert_eq!(n, name.len());
            assert_eq!(inner.pats[pid].first_name, Some(gender), "{name}");
        }
        let with_gender = inner.pats.iter().filter(|p| p.first_name.is_some()).count();
        assert_eq!(with_gender, inner.first_names.len());
    }

    /// The byte trims answer as the char-pattern trims they replace: `before_spaces` as
    /// `trim_end_matches([' ', '\u{a0}'])`, and `after_saint` as its former slicing.
    #[test]
    fn byte_trims_match_the_char_trims() {
        let plain_saint = |t: &str, s: usize| {
            let before = t[..s].trim_end_matches(' ');
            let before = before
                .strip_suffix('.')
                .map_or(before, |b| b.trim_end_matches(' '));
            ["St", "Sankt", "San", "Santa", "Saint"].iter().any(|w| {
                before
                    .strip_suffix(w)
                    .is_some_and(|r| r.is_empty() || r.ends_with([' ', '(', '"', '„']))
            })
        };
        let g = Gazetteer::default_german();
        let texts = [
            "St. Peter, St . Paul, Sankt  Johann, (San Marco, Santa\u{a0}Maria, xSt Pe",
            "a \u{a0} b\u{a0}\u{a0}c  .  Saint Louis „St Moritz St.  Gallen  ",
            "",
            "  . ",
        ];
        for t in texts {
            let mut out = crate::Matches::default();
            let r = Resolver {
                g: &g.inner,
                text: t,
                hits: &[],
                out: &mut out,
                memo: [Memo::new(), Memo::new()],
                at: Cell::new(0),
                doc: DocScratch::default(),
            };
            for i in (0..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                let plain = t[..i].trim_end_matches([' ', '\u{a0}']);
                assert_eq!(super::before_spaces(t, i), plain, "{t:?} {i}");
                assert_eq!(r.after_saint(i), plain_saint(t, i), "{t:?} {i}");
            }
        }
    }

    /// A surname that may overlap itself (`ZomaZo`) is searched for on its own; its later
    /// occurrences link to its person, alone in a document or beside other persons.
    #[test]
    fn self_overlapping_surnames_link() {
        let g = Gazetteer::default_german();
        for (text, later) in [
            (
                "Gestern sagte Anna ZomaZo etwas. Dann kam ZomaZo zu Wort, ZomaZos Rede.",
                2,
            ),
            (
                "Gestern sagte Anna ZomaZo etwas, Kim Zobaka nicht. Dann kam ZomaZo, Zobaka ging.",
                1,
            ),
        ] {
            let m = g.find(text);
            let per = |w: &str| {
                m.mentions
                    .iter()
                    .filter(|x| x.label == Label::Per && text[x.start..x.end].starts_with(w))
                    .map(|x| (x.source, x.entity))
                    .collect::<Vec<_>>()
            };
            let zoma = per("ZomaZo");
            assert_eq!(zoma.len(), later, "{text}: {zoma:?}");
            let anna = per("Anna ZomaZo");
            assert_eq!(anna.len(), 1, "{text}");
            assert!(zoma
                .iter()
                .all(|&(s, e)| s == Source::Document && e == anna[0].1));
        }
        assert!(overlaps_itself("ZomaZo"));
    }

    /// A surname that a rule finds alone (`sagte Kolb.` at a sentence end) after the person
    /// was named in full is that person, as other later surnames are.
    #[test]
    fn a_surname_a_rule_found_alone_links_to_its_person() {
        let g = Gazetteer::default_german();
        let text = "Die Abgeordnete Merle Quandtke stellte den Entwurf vor. „Wir sind bereit“, \
                    sagte Quandtke. Später sprach Quandtke erneut.";
        let m = g.find(text);
        let full = m
            .mentions
            .iter()
            .find(|x| &text[x.start..x.end] == "Merle Quandtke")
            .expect("the full name");
        let alone: Vec<_> = m
            .mentions
            .iter()
            .filter(|x| &text[x.start..x.end] == "Quandtke")
            .map(|x| (x.source, x.entity))
            .collect();
        assert_eq!(alone.len(), 2, "{:?}", m.mentions);
        assert!(alone
            .iter()
            .all(|&(s, e)| s == Source::Document && e == full.entity));
    }

    /// The role test's tables (a filter of last bytes, heads by their last four bytes, short
    /// heads apart) answer as the plain definition: the token is a role word, or a form of
    /// its last part (itself, less `-en`, `-n` or `-s`) is a role word, a capitalised head or
    /// a word ending in a lower-case head. For the default roles, and for roles with a head
    /// shorter than four bytes.
    #[test]
    fn role_tables_answer_as_the_definition() {
        use crate::build::Roles;
        let plain = |r: &Roles, tok: &str| {
            let last = tok.rsplit('-').next().unwrap_or(tok);
            let forms = [
                Some(last),
                last.strip_suffix("en"),
                last.strip_suffix('n'),
                last.strip_suffix('s'),
            ];
            r.words.contains(tok)
                || forms.into_iter().flatten().any(|w| {
                    r.words.contains(w)
                        || r.suffixes.iter().any(|(low, cap)| {
                            w == cap || w.len() > low.len() && w.ends_with(low.as_str())
                        })
                })
        };
        let g = Gazetteer::default_german();
        let mut small = Roles::default();
        small.words.insert("Dr.".to_owned());
        for (low, cap) in [("rat", "Rat"), ("sprecher", "Sprecher"), ("chef", "Chef")] {
            small.suffixes.push((low.to_owned(), cap.to_owned()));
        }
        small.finish();
        for r in [&g.inner.roles, &small] {
            let mut words = r.test_forms();
            for w in [
                "", "x", "Dr", "Dr.", "Rat", "Stadtrat", "Beirats", "Berater", "Chefs", "Müller",
            ] {
                words.push(w.to_owned());
            }
            for w in &words {
                assert_eq!(r.is_role(w), plain(r, w), "{w:?}");
                // The byte test before the token is found never turns a role away.
                let text = format!("die {w} ");
                assert!(!plain(r, w) || r.may_end_at(&text, text.len() - 1), "{w:?}");
            }
            assert!(words.iter().filter(|w| plain(r, w)).count() > words.len() / 4);
        }
    }

    #[test]
    fn self_overlapping_words() {
        assert!(overlaps_itself("AbcAb"));
        assert!(!overlaps_itself("Merkel"));
        assert!(!overlaps_itself("Anna"));
    }

    /// Synthetic surnames from consonant-vowel syllables: no list name, no noun ending.
    fn surname(i: usize) -> String {
        const C: &[u8] = b"bdfkmprv";
        const V: &[u8] = b"aeiou";
        let mut s = String::from("Zo");
        let mut n = i;
        for _ in 0..4 {
            s.push(C[n % C.len()] as char);
            n /= C.len();
            s.push(V[n % V.len()] as char);
            n /= V.len();
        }
        s
    }

    /// Rule `document` in one pass: 2,000 distinct full names, then about 1 MB of text that
    /// mentions each surname again (some in the genitive) links every one of them.
    #[test]
    fn many_persons_link_all_later_surnames() {
        let n = 2000;
        let mut text = String::new();
        for i in 0..n {
            text.push_str(&format!("Gestern sagte Anna {} etwas. ", surname(i)));
        }
        let mut later = Vec::new();
        let mut r = 0;
        while text.len() < 1_000_000 {
            let i = (r * 7919) % n;
            let sur = surname(i);
            let gen = if r % 5 == 0 { "s" } else { "" };
            text.push_str("Dann kam ");
            later.push((text.len(), format!("{sur}{gen}"), i));
            text.push_str(&format!("{sur}{gen} zu Wort. "));
            r += 1;
        }
        let g = Gazetteer::default_german();
        let m = g.find(&text);
        let full: Vec<&crate::Mention> = m
            .mentions
            .iter()
            .filter(|x| x.source == Source::Rule && x.label == Label::Per)
            .collect();
        assert_eq!(full.len(), n);
        let doc: Vec<_> = m
            .mentions
            .iter()
            .filter(|x| x.source == Source::Document)
            .collect();
        assert_eq!(doc.len(), later.len());
        for (d, (s, w, i)) in doc.iter().zip(&later) {
            assert_eq!(&text[d.start..d.end], w);
            assert_eq!(d.start, *s);
            assert_eq!(d.label, Label::Per);
            assert_eq!(d.entity, full[*i].entity);
            let EntityRef::Local(l) = d.entity else {
                panic!("a rule person is a local entity");
            };
            assert_eq!(
                m.local[l as usize].canonical,
                format!("Anna {}", surname(*i))
            );
        }
    }
}
