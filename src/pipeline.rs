//! One document through all stages: tokenizer → gazetteer → quotes.

use wortlaut_gazetteer::{EntityRef, Gazetteer, Label, Matches};
use wortlaut_quotes::{Mention, MentionKind, Quote, QuoteDetector};
use wortlaut_tokenize::{Analysis, Tokenizer};

/// The built models, shared by reference across worker threads.
#[derive(Debug)]
pub struct Models {
    /// The tokenizer.
    pub tokenizer: Tokenizer,
    /// The gazetteer.
    pub gazetteer: Gazetteer,
    /// The quote detector.
    pub quotes: QuoteDetector,
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
            gazetteer,
            quotes: QuoteDetector::new(),
        }
    }

    /// Runs every stage on `text`.
    pub fn annotate(&self, text: &str) -> Annotations {
        let analysis = self.tokenizer.analyze(text);
        let matches = self.gazetteer.find(text);
        let hints = quote_mentions(&self.gazetteer, &matches);
        let quotes = self.quotes.detect(text, &analysis, &hints);
        Annotations {
            analysis,
            matches,
            quotes,
        }
    }
}

/// The gazetteer's mentions as the quotes crate takes them (plain data, no crate edge).
pub fn quote_mentions<'g>(gazetteer: &'g Gazetteer, matches: &'g Matches) -> Vec<Mention<'g>> {
    matches
        .mentions
        .iter()
        .enumerate()
        .map(|(index, m)| {
            let entity = match m.entity {
                EntityRef::Known(i) => gazetteer.entity(i),
                EntityRef::Local(i) => &matches.local[i as usize],
            };
            let kind = match m.label {
                Label::Per => MentionKind::Person,
                Label::Org => MentionKind::Organisation,
                Label::Loc => MentionKind::Place,
                _ => MentionKind::Other,
            };
            let gender =
                entity
                    .attrs
                    .iter()
                    .find(|(k, _)| k == "gender")
                    .and_then(|(_, v)| match v.as_str() {
                        "m" => Some(wortlaut_quotes::Gender::Male),
                        "f" => Some(wortlaut_quotes::Gender::Female),
                        _ => None,
                    });
            Mention {
                span: wortlaut_tokenize::Span::new(m.start, m.end),
                kind,
                name: &entity.canonical,
                index,
                gender,
            }
        })
        .collect()
}
