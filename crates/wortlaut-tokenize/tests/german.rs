//! Named table tests of the German news conventions: each row slices the input
//! by the produced spans and compares the surface strings.

use std::collections::HashSet;
use wortlaut_tokenize::{Analysis, CharOffsets, HyphenParts, Span, TokenKind, Tokenizer};

/// (name, input, expected tokens)
type Row = (&'static str, &'static str, &'static [&'static str]);

fn tokens(text: &str) -> Vec<String> {
    let a = Tokenizer::new().analyze(text);
    check_invariants(text, &a);
    a.tokens.iter().map(|t| t.text(text).to_owned()).collect()
}

fn sentences(text: &str) -> Vec<String> {
    let a = Tokenizer::new().analyze(text);
    check_invariants(text, &a);
    (0..a.sentences.len())
        .map(|i| text[a.sentence_span(i).range()].to_owned())
        .collect()
}

fn kinds(text: &str) -> Vec<(String, TokenKind)> {
    let a = Tokenizer::new().analyze(text);
    a.tokens
        .iter()
        .map(|t| (t.text(text).to_owned(), t.kind))
        .collect()
}

/// The shared invariant checker: spans in bounds, on char boundaries, ordered,
/// non-overlapping; sentences and paragraphs cover all tokens in order.
fn check_invariants(text: &str, a: &Analysis) {
    let mut last = 0;
    for t in &a.tokens {
        assert!(t.span.start < t.span.end && t.span.end <= text.len());
        assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        assert!(t.span.start >= last, "overlap at {:?}", t.span);
        last = t.span.end;
    }
    for ranges in [&a.sentences, &a.paragraphs] {
        let mut next = 0;
        for r in ranges.iter() {
            assert_eq!(r.start, next);
            assert!(r.end > r.start);
            next = r.end;
        }
        assert_eq!(next, a.tokens.len());
    }
}

fn run_table(table: &[Row]) {
    let mut names = HashSet::new();
    for (name, input, expected) in table {
        assert!(names.insert(*name), "duplicate test name {name}");
        let got = tokens(input);
        assert_eq!(got, *expected, "{name}: {input:?}");
    }
}

macro_rules! table {
    ($test:ident, $rows:expr) => {
        #[test]
        fn $test() {
            run_table($rows);
        }
    };
}

static ABBREVIATIONS: &[Row] = &[
    ("zb_spaced", "z. B. heute", &["z.", "B.", "heute"]),
    ("zb_closed", "z.B. heute", &["z.B.", "heute"]),
    ("ua_spaced", "u. a. Berlin", &["u.", "a.", "Berlin"]),
    ("ua_closed", "u.a. in Berlin", &["u.a.", "in", "Berlin"]),
    ("dr", "Dr. Müller kam.", &["Dr.", "Müller", "kam", "."]),
    ("nr", "Nr. 5", &["Nr.", "5"]),
    ("bzw", "Rot bzw. Blau", &["Rot", "bzw.", "Blau"]),
    ("st", "St. Pauli", &["St.", "Pauli"]),
    ("prof_dr", "Prof. Dr. Schmidt", &["Prof.", "Dr.", "Schmidt"]),
    ("ca", "ca. 10 Euro", &["ca.", "10", "Euro"]),
    (
        "mio_mrd",
        "3 Mio. Euro und 2 Mrd. Dollar",
        &["3", "Mio.", "Euro", "und", "2", "Mrd.", "Dollar"],
    ),
    (
        "usw_end",
        "Äpfel, Birnen usw.",
        &["Äpfel", ",", "Birnen", "usw."],
    ),
    ("etc", "Käse etc. Die", &["Käse", "etc.", "Die"]),
    ("dipl_ing", "Dipl.-Ing. Meier", &["Dipl.-Ing.", "Meier"]),
    ("art_before_number", "Art. 5 GG", &["Art.", "5", "GG"]),
    (
        "art_noun",
        "dieser Art. Die",
        &["dieser", "Art", ".", "Die"],
    ),
    ("sentence_initial_vgl", "Vgl. dazu", &["Vgl.", "dazu"]),
    ("unknown_before_lowercase", "Bsp. für", &["Bsp.", "für"]),
    ("dh", "d. h. nichts", &["d.", "h.", "nichts"]),
    (
        "street",
        "Goethestr. 5 in Frankfurt a. M.",
        &["Goethestr.", "5", "in", "Frankfurt", "a.", "M."],
    ),
    ("idr", "i.d.R. nicht", &["i.d.R.", "nicht"]),
    ("vchr", "300 v.Chr. lebte", &["300", "v.Chr.", "lebte"]),
    (
        "missing_space",
        "sehr gut.Das Essen",
        &["sehr", "gut", ".", "Das", "Essen"],
    ),
    (
        "sentence_end_word",
        "Er kam. Sie ging.",
        &["Er", "kam", ".", "Sie", "ging", "."],
    ),
];
table!(abbreviations, ABBREVIATIONS);

static ORDINALS_DATES: &[Row] = &[
    ("am_1_dezember", "am 1. Dezember", &["am", "1.", "Dezember"]),
    ("iso_date", "am 2025-12-02 um", &["am", "2025-12-02", "um"]),
    ("german_date", "am 1.12.2025 in", &["am", "1.12.2025", "in"]),
    ("day_month", "am 1.12. in", &["am", "1.12.", "in"]),
    (
        "ordinal_noun",
        "der 35. Geburtstag",
        &["der", "35.", "Geburtstag"],
    ),
    (
        "ordinal_lower",
        "zum 67. meines Vaters",
        &["zum", "67.", "meines", "Vaters"],
    ),
    (
        "year_end",
        "im Jahr 1990. Die",
        &["im", "Jahr", "1990", ".", "Die"],
    ),
    (
        "number_then_opener",
        "Platz 3. Der Sieger",
        &["Platz", "3", ".", "Der", "Sieger"],
    ),
    (
        "item_label",
        "Ende. 4. Die Auffassung",
        &["Ende", ".", "4.", "Die", "Auffassung"],
    ),
    (
        "date_then_period",
        "am 1.12.2025. Dann",
        &["am", "1.12.2025", ".", "Dann"],
    ),
    (
        "roman",
        "Johannes Paul II. sagte",
        &["Johannes", "Paul", "II.", "sagte"],
    ),
    ("end_of_text", "Er wurde 3.", &["Er", "wurde", "3", "."]),
    (
        "date_range",
        "am 12./13. Juni",
        &["am", "12.", "/", "13.", "Juni"],
    ),
];
table!(ordinals_and_dates, ORDINALS_DATES);

static NUMBERS: &[Row] = &[
    ("thousands_decimal", "1.000,50 Euro", &["1.000,50", "Euro"]),
    (
        "hyphen_number_compound",
        "den 28-Punkte-Plan",
        &["den", "28-Punkte-Plan"],
    ),
    ("score", "3:1 gewonnen", &["3:1", "gewonnen"]),
    ("percent_spaced", "10 %", &["10", "%"]),
    ("percent_glued", "10%", &["10", "%"]),
    ("time", "um 17.45 Uhr", &["um", "17.45", "Uhr"]),
    ("price_dashes", "für 14.-- €", &["für", "14.--", "€"]),
    ("price_comma", "10,- Euro", &["10,-", "Euro"]),
    ("decades", "die 70er Jahre", &["die", "70er", "Jahre"]),
    ("age", "der 25jährige", &["der", "25jährige"]),
    ("unit", "250g Mehl", &["250g", "Mehl"]),
    ("fraction", "24/7 offen", &["24/7", "offen"]),
    ("range", "1990-1995", &["1990-1995"]),
    ("spaced_thousands", "61 000 Fälle", &["61", "000", "Fälle"]),
];
table!(numbers, NUMBERS);

static COMPOUNDS: &[Row] = &[
    (
        "nato",
        "das Nato-Außenministertreffen",
        &["das", "Nato-Außenministertreffen"],
    ),
    ("us", "US-Präsident Trump", &["US-Präsident", "Trump"]),
    ("ex", "Ex-Kanzler", &["Ex-Kanzler"]),
    (
        "truncated_und",
        "Ein- und Ausfuhr",
        &["Ein-", "und", "Ausfuhr"],
    ),
    (
        "truncated_comma",
        "Rohstoff-, Energie- und Umweltkosten",
        &["Rohstoff-", ",", "Energie-", "und", "Umweltkosten"],
    ),
    (
        "slash_compound",
        "Spa-/Wellness-Bereich",
        &["Spa-/Wellness-Bereich"],
    ),
    ("spaced_hyphen", "Panzer - Motor", &["Panzer", "-", "Motor"]),
    (
        "double_dash",
        "Industrie -- und",
        &["Industrie", "--", "und"],
    ),
    ("en_dash", "Europa – aber", &["Europa", "–", "aber"]),
    ("unicode_hyphen", "CDU\u{2010}Chef", &["CDU\u{2010}Chef"]),
    ("ampersand", "AT&T und H&M", &["AT&T", "und", "H&M"]),
    (
        "dotted_abbreviation_compound",
        "der U.S.-Präsident",
        &["der", "U.S.-Präsident"],
    ),
];
table!(compounds, COMPOUNDS);

static ELISIONS: &[Row] = &[
    ("gehts", "geht's los", &["geht's", "los"]),
    ("gibts", "gibt’s nicht", &["gibt’s", "nicht"]),
    ("free_s", "Ich fand 's gut", &["Ich", "fand", "'s", "gut"]),
    ("so_n", "so 'n Quatsch", &["so", "'n", "Quatsch"]),
    ("genitive", "Hans' Auto", &["Hans'", "Auto"]),
    ("tvs", "die TV's", &["die", "TV's"]),
    ("obrien", "O'Brien", &["O'Brien"]),
    (
        "genitive_before_latex_close",
        "des Virus''', sagte",
        &["des", "Virus'", "''", ",", "sagte"],
    ),
    (
        "single_quote_pair",
        "'Hallo' sagte",
        &["'", "Hallo", "'", "sagte"],
    ),
];
table!(elisions, ELISIONS);

static INITIALS: &[Row] = &[
    (
        "tolkien",
        "J. R. R. Tolkien",
        &["J.", "R.", "R.", "Tolkien"],
    ),
    ("name", "George W. Bush", &["George", "W.", "Bush"]),
];
table!(initials, INITIALS);

static ADDRESSES: &[Row] = &[
    (
        "https",
        "siehe https://de.wikinews.org/wiki/Test_(2)?a=1. Danach",
        &[
            "siehe",
            "https://de.wikinews.org/wiki/Test_(2)?a=1",
            ".",
            "Danach",
        ],
    ),
    (
        "www",
        "auf www.spiegel.de, sagte",
        &["auf", "www.spiegel.de", ",", "sagte"],
    ),
    (
        "bare_domain",
        "bei wikinews.org nachlesen",
        &["bei", "wikinews.org", "nachlesen"],
    ),
    (
        "email",
        "an max.mustermann@example.com schreiben",
        &["an", "max.mustermann@example.com", "schreiben"],
    ),
    (
        "hashtag",
        "#MeToo und @spiegelonline",
        &["#MeToo", "und", "@spiegelonline"],
    ),
    (
        "in_parens",
        "(http://example.org)",
        &["(", "http://example.org", ")"],
    ),
];
table!(addresses, ADDRESSES);

static QUOTES: &[Row] = &[
    (
        "german_low_high",
        "„Ja“, sagte er",
        &["„", "Ja", "“", ",", "sagte", "er"],
    ),
    ("german_single", "‚Ja‘", &["‚", "Ja", "‘"]),
    ("guillemets_german", "»Ja«", &["»", "Ja", "«"]),
    ("guillemets_swiss", "«Ja»", &["«", "Ja", "»"]),
    ("single_guillemets", "›Ja‹", &["›", "Ja", "‹"]),
    ("ascii_double", "\"Ja\"", &["\"", "Ja", "\""]),
    ("latex", "``Ja''", &["``", "Ja", "''"]),
    ("english", "“Yes”", &["“", "Yes", "”"]),
    ("ellipsis_char", "Na… gut", &["Na", "…", "gut"]),
    (
        "ellipsis_dots",
        "Na... gut....",
        &["Na", "...", "gut", "...."],
    ),
    ("exclamations", "Toll!!!", &["Toll", "!", "!", "!"]),
];
table!(quotes, QUOTES);

static GENDER: &[Row] = &[
    ("star", "Bürger*innen", &["Bürger*innen"]),
    ("colon", "Lehrer:innen", &["Lehrer:innen"]),
    ("binnen_i", "BürgerInnen", &["BürgerInnen"]),
    ("underscore", "Kolleg_innen", &["Kolleg_innen"]),
    ("slash", "Mitarbeiter/-innen", &["Mitarbeiter/-innen"]),
    (
        "singular",
        "jede*r Schüler*in",
        &["jede", "*", "r", "Schüler*in"],
    ),
    (
        "colon_not_gender",
        "Ziel: Frieden",
        &["Ziel", ":", "Frieden"],
    ),
];
table!(gender_forms, GENDER);

static SYMBOLS: &[Row] = &[
    ("emoji", "Super 👍 Danke", &["Super", "👍", "Danke"]),
    ("emoji_zwj", "👨‍👩‍👧 Familie", &["👨‍👩‍👧", "Familie"]),
    ("emoji_skin", "👍🏽!", &["👍🏽", "!"]),
    ("flag", "🇩🇪🇦🇹", &["🇩🇪", "🇦🇹"]),
    ("emoticon", "toll :-) und ;)", &["toll", ":-)", "und", ";)"]),
    ("paragraph_sign", "§ 218", &["§", "218"]),
    ("euro", "5 €", &["5", "€"]),
];
table!(symbols, SYMBOLS);

static INVISIBLES: &[Row] = &[
    ("nbsp_separates", "10\u{a0}Euro", &["10", "Euro"]),
    ("narrow_nbsp", "S.\u{202f}5", &["S.", "5"]),
    ("soft_hyphen_inside", "Zu\u{ad}cker", &["Zu\u{ad}cker"]),
    ("zwj_inside", "ab\u{200d}c", &["ab\u{200d}c"]),
    ("zwsp_at_start_skipped", "\u{200b}Wort", &["Wort"]),
    ("bom_skipped", "\u{feff}Text", &["Text"]),
    ("combining_umlaut", "Mu\u{308}ller", &["Mu\u{308}ller"]),
    (
        "decomposed_abbreviation",
        "ggu\u{308}. dem",
        &["ggu\u{308}.", "dem"],
    ),
];
table!(invisibles, INVISIBLES);

/// (name, input, expected sentences)
type SentRow = (&'static str, &'static str, &'static [&'static str]);

static SENTENCES: &[SentRow] = &[
    (
        "question_in_quote",
        "„Was nun?“, fragte sie. Dann ging sie.",
        &["„Was nun?“, fragte sie.", "Dann ging sie."],
    ),
    (
        "closing_quote_after_period",
        "Er sagte: „Ja.“ Dann ging er.",
        &["Er sagte: „Ja.“", "Dann ging er."],
    ),
    (
        "colon_never_ends",
        "Er sagte: Das stimmt.",
        &["Er sagte: Das stimmt."],
    ),
    (
        "abbreviation",
        "Das ist z. B. gut. Dr. Meier kommt.",
        &["Das ist z. B. gut.", "Dr. Meier kommt."],
    ),
    (
        "ordinal",
        "Am 1. Dezember kam er. Am 2. ging er.",
        &["Am 1. Dezember kam er.", "Am 2. ging er."],
    ),
    (
        "date",
        "Am 1.12.2025 kam er. Sie nicht.",
        &["Am 1.12.2025 kam er.", "Sie nicht."],
    ),
    (
        "initials",
        "Von J. R. R. Tolkien. Das Buch.",
        &["Von J. R. R. Tolkien.", "Das Buch."],
    ),
    // The platform after a preposition or its kind is a word, no initial; a name's initial
    // stays one.
    (
        "platform_x",
        "Das schrieb er auf X. Mircea Lucescu sagte nichts. Daniel B. schwieg. Er reagierte \
         auf der Plattform X. „Das ist falsch“, schrieb er.",
        &[
            "Das schrieb er auf X.",
            "Mircea Lucescu sagte nichts.",
            "Daniel B. schwieg.",
            "Er reagierte auf der Plattform X.",
            "„Das ist falsch“, schrieb er.",
        ],
    ),
    (
        "exclamation",
        "Toll! Super!! Wirklich?",
        &["Toll!", "Super!!", "Wirklich?"],
    ),
    (
        "latex_close",
        "``Nein.'' Dann ging er.",
        &["``Nein.''", "Dann ging er."],
    ),
    (
        "latex_open",
        "Er ging. ``Nein'', sagte sie.",
        &["Er ging.", "``Nein'', sagte sie."],
    ),
    (
        "ascii_quotes",
        "Er rief \"Hilfe!\" und lief. \"Nein\", sagte sie.",
        &["Er rief \"Hilfe!\" und lief.", "\"Nein\", sagte sie."],
    ),
    (
        "year_end",
        "Das war 1990. Die Mauer fiel.",
        &["Das war 1990.", "Die Mauer fiel."],
    ),
    (
        "terminal_abbreviation",
        "Äpfel, Birnen usw. Die Ernte war gut.",
        &["Äpfel, Birnen usw.", "Die Ernte war gut."],
    ),
    (
        "mio_mid_sentence",
        "Es kostet 3 Mio. Euro.",
        &["Es kostet 3 Mio. Euro."],
    ),
    (
        "lowercase_continues",
        "Es kam… und ging.",
        &["Es kam… und ging."],
    ),
    (
        "parenthesis",
        "Das stimmt (siehe oben.) Danach nicht.",
        &["Das stimmt (siehe oben.)", "Danach nicht."],
    ),
    (
        "omission",
        "Er sagte, [...] Berlin sei schön.",
        &["Er sagte, [...] Berlin sei schön."],
    ),
    (
        "spaced_ellipsis",
        "Er sagte ... Berlin sei schön.",
        &["Er sagte ... Berlin sei schön."],
    ),
    (
        "attached_ellipsis",
        "Am selben Tag... Das Hotel war gut.",
        &["Am selben Tag...", "Das Hotel war gut."],
    ),
    (
        "headline",
        "Russland meldet Erfolge\nUnd so ist es.",
        &["Russland meldet Erfolge", "Und so ist es."],
    ),
    (
        "line_break_in_sentence",
        "Er kam,\naber ging.",
        &["Er kam,\naber ging."],
    ),
    (
        "wrapped_after_article",
        "Er traf die\nMinisterin in Berlin.",
        &["Er traf die\nMinisterin in Berlin."],
    ),
    (
        "bullets",
        "Die Punkte\n• Steuern runter\n• Renten rauf",
        &["Die Punkte", "• Steuern runter", "• Renten rauf"],
    ),
    (
        "paragraph",
        "Erster Absatz ohne Punkt\n\nZweiter Absatz",
        &["Erster Absatz ohne Punkt", "Zweiter Absatz"],
    ),
    (
        "whitespace_line_is_blank",
        "Eins\n \t\nZwei",
        &["Eins", "Zwei"],
    ),
    (
        "emoticon_ends",
        "Nur zu empfehlen ;-) Wir kommen wieder.",
        &["Nur zu empfehlen ;-)", "Wir kommen wieder."],
    ),
];

#[test]
fn sentence_splitting() {
    let mut names = HashSet::new();
    for (name, input, expected) in SENTENCES {
        assert!(names.insert(*name), "duplicate test name {name}");
        assert_eq!(sentences(input), *expected, "{name}: {input:?}");
    }
}

#[test]
fn paragraphs_are_blank_line_separated() {
    let text = "Titel\n\nErster Satz. Zweiter Satz.\n  \nDritter\nSatz.";
    let a = Tokenizer::builder().headlines(false).build().analyze(text);
    check_invariants(text, &a);
    let pars: Vec<&str> = (0..a.paragraphs.len())
        .map(|i| &text[a.paragraph_span(i).range()])
        .collect();
    assert_eq!(
        pars,
        ["Titel", "Erster Satz. Zweiter Satz.", "Dritter\nSatz."]
    );
    assert_eq!(a.sentences.len(), 4);
}

#[test]
fn hard_wrapped_text_is_recognised() {
    let text = "Der Minister sagte am Dienstag in Berlin vor Journalisten, die Lage\n\
                Ukraine sei ernst und die Regierung werde alles tun, um den Menschen\n\
                Hilfe zu leisten. Die Opposition kritisierte das Vorgehen scharf und\n\
                Forderungen nach einem Untersuchungsausschuss wurden laut.";
    assert_eq!(sentences(text).len(), 2);
}

#[test]
fn headlines_off_keeps_wrapped_lines_together() {
    let text = "Der Minister sagte am Dienstag in\nBerlin, dass nichts geschehe.";
    let a = Tokenizer::builder().headlines(false).build().analyze(text);
    assert_eq!(a.sentences.len(), 1);
}

#[test]
fn sample_article_headline_and_paragraphs() {
    let text = "Letzteres lehnt Kyjiw bislang kategorisch ab.\n\nRussland meldet Erfolge\n\nUnd so ist es kein Zufall, dass Russland – pünktlich zum Besuch der US-Delegation – Erfolge meldet.";
    let s = sentences(text);
    assert_eq!(
        s,
        [
            "Letzteres lehnt Kyjiw bislang kategorisch ab.",
            "Russland meldet Erfolge",
            "Und so ist es kein Zufall, dass Russland – pünktlich zum Besuch der US-Delegation – Erfolge meldet."
        ]
    );
}

#[test]
fn kinds_are_reported() {
    let k =
        kinds("„Am 1. Dezember“ zahlte Dr. Xu 1.000,50 € – siehe https://x.de #Tag 👍 2025-12-02.");
    let find = |s: &str| k.iter().find(|(t, _)| t == s).map(|(_, k)| *k);
    assert_eq!(find("„"), Some(TokenKind::QuoteOpen));
    assert_eq!(find("“"), Some(TokenKind::QuoteClose));
    assert_eq!(find("1."), Some(TokenKind::Ordinal));
    assert_eq!(find("Dr."), Some(TokenKind::Abbreviation));
    assert_eq!(find("1.000,50"), Some(TokenKind::Number));
    assert_eq!(find("–"), Some(TokenKind::Dash));
    assert_eq!(find("https://x.de"), Some(TokenKind::Url));
    assert_eq!(find("#Tag"), Some(TokenKind::Hashtag));
    assert_eq!(find("👍"), Some(TokenKind::Symbol));
    assert_eq!(find("2025-12-02"), Some(TokenKind::Date));
    assert_eq!(find("zahlte"), Some(TokenKind::Word));
    assert_eq!(find("."), Some(TokenKind::Punctuation));
}

#[test]
fn split_hyphens_follows_ud() {
    let text = "Der CDU-Chef lehnt Ein- und Ausfuhr ab.";
    let a = Tokenizer::builder()
        .split_hyphens(true)
        .build()
        .analyze(text);
    check_invariants(text, &a);
    let t: Vec<&str> = a.tokens.iter().map(|t| t.text(text)).collect();
    assert_eq!(
        t,
        ["Der", "CDU", "-", "Chef", "lehnt", "Ein", "-", "und", "Ausfuhr", "ab", "."]
    );
    assert_eq!(a.sentences.len(), 1);
}

#[test]
fn hyphen_parts_of_a_token() {
    let text = "Spa-/Wellness-Bereich";
    let parts: Vec<(&str, TokenKind)> =
        HyphenParts::new(text, Span::new(0, text.len()), TokenKind::Word)
            .map(|(s, k)| (&text[s.range()], k))
            .collect();
    assert_eq!(
        parts,
        [
            ("Spa", TokenKind::Word),
            ("-", TokenKind::Punctuation),
            ("/", TokenKind::Punctuation),
            ("Wellness", TokenKind::Word),
            ("-", TokenKind::Punctuation),
            ("Bereich", TokenKind::Word)
        ]
    );
    let url = "https://a-b.de";
    let one: Vec<_> = HyphenParts::new(url, Span::new(0, url.len()), TokenKind::Url).collect();
    assert_eq!(one.len(), 1);
}

#[test]
fn char_offsets() {
    let text = "Größe „ab“ 😀 x";
    let co = CharOffsets::new(text);
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        assert_eq!(co.char_offset(bi), ci);
    }
    assert_eq!(co.char_offset(text.len()), text.chars().count());
    let long = "ä".repeat(1000);
    let co = CharOffsets::new(&long);
    assert_eq!(co.char_offset(1200), 600);
    assert_eq!(CharOffsets::new("abc").char_offset(2), 2);
}

#[test]
fn analyze_into_reuses_and_clears() {
    let tok = Tokenizer::new();
    let mut a = tok.analyze("Eins zwei drei. Vier.");
    tok.analyze_into("Fünf.", &mut a);
    assert_eq!(a.tokens.len(), 2);
    assert_eq!(a.sentences, vec![0..2]);
    tok.analyze_into("", &mut a);
    assert!(a.tokens.is_empty() && a.sentences.is_empty() && a.paragraphs.is_empty());
}

#[test]
fn public_types_are_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Tokenizer>();
    is::<Analysis>();
    is::<CharOffsets<'static>>();
}

#[test]
fn nfc_borrows_when_normalized() {
    assert!(matches!(
        wortlaut_tokenize::nfc("Größe"),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(wortlaut_tokenize::nfc("Gro\u{308}ße"), "Größe");
}
