//! One document through all stages: tokenizer → gazetteer → quotes.

use std::cell::{Cell, RefCell};

use wortlaut_gazetteer::{Entity, EntityRef, Gazetteer, Label, Matches};
use wortlaut_quotes::{Gender, Mention, MentionKind, Quote, QuoteDetector};
use wortlaut_tokenize::{Analysis, Span, Tokenizer};

use crate::output::EntityJson;

/// The built models, shared by reference across worker threads.
#[derive(Debug)]
pub struct Models {
    /// The tokenizer.
    pub tokenizer: Tokenizer,
    /// The gazetteer.
    pub gazetteer: Gazetteer,
    /// The quote detector.
    pub quotes: QuoteDetector,
    /// The gazetteer entities' JSON, made as they are first written.
    pub(crate) entity_json: EntityJson,
}

/// Everything found in one document; byte offsets into its text.
#[derive(Debug, Default)]
pub struct Annotations {
    /// Tokens, sentences, paragraphs.
    pub analysis: Analysis,
    /// Entity mentions.
    pub matches: Matches,
    /// Quotations.
    pub quotes: Vec<Quote>,
}

impl Models {
    /// The German models with the given gazetteer.
    pub fn new(gazetteer: Gazetteer) -> Self {
        Models {
            tokenizer: Tokenizer::new(),
            entity_json: EntityJson::new(gazetteer.entity_count()),
            gazetteer,
            quotes: QuoteDetector::new(),
        }
    }

    /// Runs every stage on `text`.
    pub fn annotate(&self, text: &str) -> Annotations {
        let mut annotations = Annotations::default();
        self.annotate_into(text, &mut annotations);
        annotations
    }

    /// Like [`Models::annotate`], writing into `out` and reusing its buffers (the token
    /// and mention vectors of the previous document), so that a worker's steady state
    /// allocates little per document.
    pub fn annotate_into(&self, text: &str, out: &mut Annotations) {
        self.tokenizer.analyze_into(text, &mut out.analysis);
        self.gazetteer.find_into(text, &mut out.matches);
        // The hints' vector of the thread's previous document, reused (taken, so that a
        // panic in a stage merely loses it).
        let mut hints = recycle(HINTS.take());
        self.hints_into(&out.matches, &mut hints);
        if text.len() <= QUOTE_CHUNK {
            // (Reusing the previous document's quotes' allocations.)
            self.quotes
                .detect_into(text, &out.analysis, &hints, &mut out.quotes);
        } else {
            out.quotes = self.detect_chunked(text, &hints, QUOTE_CHUNK);
        }
        if hints.capacity() <= HINTS_MAX {
            HINTS.set(recycle(hints));
        }
    }

    /// [`quote_mentions`] appended to `hints`, with the entities' genders from this thread's
    /// [`Genders`].
    fn hints_into<'a>(&'a self, matches: &'a Matches, hints: &mut Vec<Mention<'a>>) {
        GENDERS.with_borrow_mut(|genders| {
            genders.claim(self);
            hints.extend(mentions_of(&self.gazetteer, matches, |i, e| {
                genders.get(i, e)
            }));
        });
    }

    /// Quote detection over a very large document, one chunk of whole paragraphs at a time.
    /// Attribution looks back over earlier quotes and mentions, so its cost grows faster than
    /// the text; news articles are far below [`QUOTE_CHUNK`], but a 200 MB "document" (a
    /// concatenated dump) must not take hours. Only a quotation running across a chunk
    /// boundary (paragraphs of a multi-paragraph quote) can be cut by this.
    fn detect_chunked(&self, text: &str, hints: &[Mention<'_>], max: usize) -> Vec<Quote> {
        let mut quotes = Vec::new();
        let mut analysis = Analysis::default();
        let mut local = Vec::new();
        let mut groups = 0u32;
        for (start, end) in paragraph_chunks(text, max) {
            let chunk = &text[start..end];
            self.tokenizer.analyze_into(chunk, &mut analysis);
            local.clear();
            local.extend(
                hints
                    .iter()
                    .filter(|m| m.span.start >= start && m.span.end <= end)
                    .map(|m| Mention {
                        span: Span::new(m.span.start - start, m.span.end - start),
                        ..*m
                    }),
            );
            let found = self.quotes.detect(chunk, &analysis, &local);
            let base = groups;
            for mut q in found {
                q.span = shift(q.span, start);
                if let Some(sp) = q.speaker.as_mut() {
                    sp.span = shift(sp.span, start);
                    sp.resolved = sp.resolved.map(|r| shift(r, start));
                }
                if let Some(cue) = q.cue.as_mut() {
                    for s in &mut cue.spans {
                        *s = shift(*s, start);
                    }
                }
                // Group ids stay unique across chunks.
                q.group = q.group.map(|g| {
                    groups = groups.max(base + g + 1);
                    base + g
                });
                quotes.push(q);
            }
        }
        quotes
    }
}

/// Documents larger than this (bytes) get quote detection chunk by chunk.
pub const QUOTE_CHUNK: usize = 256 * 1024;

fn shift(s: Span, by: usize) -> Span {
    Span::new(s.start + by, s.end + by)
}

/// Byte ranges covering `text`, each ending at a paragraph break (a blank line) and at
/// most about `max` bytes long; a paragraph longer than `max` is cut at a line break or
/// space, or at worst at a char boundary.
pub fn paragraph_chunks(text: &str, max: usize) -> Vec<(usize, usize)> {
    let max = max.max(1);
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = window
            .rfind("\n\n")
            .map(|i| i + 2)
            .or_else(|| window.rfind('\n').map(|i| i + 1))
            .or_else(|| window.rfind(' ').map(|i| i + 1))
            .filter(|&i| i > 0)
            .unwrap_or(window.len());
        let cut = if cut == 0 {
            // A window of one char wider than `max`: take that char whole.
            text[start..].chars().next().map_or(1, char::len_utf8)
        } else {
            cut
        };
        out.push((start, start + cut));
        start += cut;
    }
    if start < text.len() || out.is_empty() {
        out.push((start, text.len()));
    }
    out
}

/// The gazetteer's mentions as the quotes crate takes them (plain data, no crate edge).
pub fn quote_mentions<'g>(gazetteer: &'g Gazetteer, matches: &'g Matches) -> Vec<Mention<'g>> {
    mentions_of(gazetteer, matches, |_, e| gender_of(e)).collect()
}

/// [`quote_mentions`], with the gender of gazetteer entity `i` (which is the given entity)
/// from `known_gender`.
fn mentions_of<'g: 'f, 'f>(
    gazetteer: &'g Gazetteer,
    matches: &'g Matches,
    mut known_gender: impl FnMut(u32, &Entity) -> Option<Gender> + 'f,
) -> impl Iterator<Item = Mention<'g>> + 'f {
    matches.mentions.iter().enumerate().map(move |(index, m)| {
        let (entity, gender) = match m.entity {
            EntityRef::Known(i) => {
                let e = gazetteer.entity(i);
                (e, known_gender(i, e))
            }
            EntityRef::Local(i) => {
                let e = &matches.local[i as usize];
                (e, gender_of(e))
            }
        };
        let kind = match m.label {
            Label::Per => MentionKind::Person,
            Label::Org => MentionKind::Organisation,
            Label::Loc => MentionKind::Place,
            _ => MentionKind::Other,
        };
        Mention {
            span: Span::new(m.start, m.end),
            kind,
            name: &entity.canonical,
            index,
            gender,
        }
    })
}

/// An entity's `gender` attribute (`m` or `f`), if it has one.
fn gender_of(entity: &Entity) -> Option<Gender> {
    entity
        .attrs
        .iter()
        .find(|(k, _)| k == "gender")
        .and_then(|(_, v)| match v.as_str() {
            "m" => Some(Gender::Male),
            "f" => Some(Gender::Female),
            _ => None,
        })
}

/// Hints a thread keeps between documents at most (a few hundred KB).
const HINTS_MAX: usize = 1 << 14;

thread_local! {
    /// The hints' vector of this thread's last document, empty (see [`recycle`]).
    static HINTS: Cell<Vec<Mention<'static>>> = const { Cell::new(Vec::new()) };
    /// The genders of the gazetteer entities this thread has seen.
    static GENDERS: RefCell<Genders> = RefCell::new(Genders::default());
}

/// An empty vector in the memory of `v` (collecting a `vec::IntoIter` in place keeps its
/// buffer), so that the hints of one document reuse those of the last, whose names borrow
/// another document's mentions.
fn recycle<'a, 'b>(mut v: Vec<Mention<'a>>) -> Vec<Mention<'b>> {
    v.clear();
    v.into_iter().map(|m| Mention { name: "", ..m }).collect()
}

/// One thread's genders of gazetteer entities, looked up in their attributes on first
/// sight: the lookup compares attribute names, and the same few entities come up in
/// document after document.
#[derive(Default)]
struct Genders {
    /// The [`EntityJson::id`] of the models these belong to.
    owner: u64,
    /// Per entity: 0 not looked up yet, 1 none, 2 male, 3 female.
    known: Vec<u8>,
}

impl Genders {
    /// Makes these the genders of `models`, forgetting those of other models.
    fn claim(&mut self, models: &Models) {
        let owner = models.entity_json.id();
        if self.owner != owner {
            self.owner = owner;
            self.known.clear();
            self.known.resize(models.gazetteer.entity_count(), 0);
        }
    }

    /// The gender of gazetteer entity `index` (which is `entity`).
    #[inline]
    fn get(&mut self, index: u32, entity: &Entity) -> Option<Gender> {
        let Some(slot) = self.known.get_mut(index as usize) else {
            return gender_of(entity);
        };
        if *slot == 0 {
            *slot = match gender_of(entity) {
                None => 1,
                Some(Gender::Male) => 2,
                Some(Gender::Female) => 3,
            };
        }
        match *slot {
            2 => Some(Gender::Male),
            3 => Some(Gender::Female),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cached_genders_give_the_hints_of_quote_mentions() {
        let models = Models::new(Gazetteer::builder().build().expect("default gazetteer"));
        let text = "Angela Merkel traf Olaf Scholz in Berlin. „Wir bleiben dabei“, sagte Merkel. \
                    Scholz sprach mit Annalena Baerbock und der Siemens AG.";
        let matches = models.gazetteer.find(text);
        let expected = format!("{:?}", quote_mentions(&models.gazetteer, &matches));
        assert!(expected.contains("Some(Female)") && expected.contains("Some(Male)"));
        // Twice: the first call looks the genders up, the second finds them cached.
        for _ in 0..2 {
            let mut hints = recycle(Vec::new());
            models.hints_into(&matches, &mut hints);
            assert_eq!(format!("{hints:?}"), expected);
        }
    }

    #[test]
    fn chunks_cover_the_text_and_end_at_paragraph_breaks() {
        let text = "Erster Absatz.\n\nZweiter Absatz, länger.\n\nDritter.";
        let chunks = paragraph_chunks(text, 20);
        let mut at = 0;
        for &(s, e) in &chunks {
            assert_eq!(s, at);
            assert!(e > s);
            at = e;
        }
        assert_eq!(at, text.len());
        assert_eq!(&text[chunks[0].0..chunks[0].1], "Erster Absatz.\n\n");
    }

    #[test]
    fn chunks_survive_text_without_breaks_and_multibyte_chars() {
        let text = "ääääääääää";
        let chunks = paragraph_chunks(text, 3);
        let joined: String = chunks.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(joined, text);
        assert_eq!(paragraph_chunks("", 10), vec![(0, 0)]);
    }

    #[test]
    fn chunked_detection_finds_the_quotes_of_every_chunk() {
        let models = Models::new(Gazetteer::builder().build().expect("default gazetteer"));
        let para = "„Wir bleiben dabei“, sagte die Ministerin am Montag.";
        let text = vec![para; 40].join("\n\n");
        let matches = models.gazetteer.find(&text);
        let hints = quote_mentions(&models.gazetteer, &matches);
        let whole = models
            .quotes
            .detect(&text, &models.tokenizer.analyze(&text), &hints);
        // Chunks of about three paragraphs each.
        let chunked = models.detect_chunked(&text, &hints, 3 * para.len());
        assert_eq!(whole.len(), 40);
        assert_eq!(chunked, whole);
    }
}
