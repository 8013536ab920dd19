//! Hand-written rule tables: organisation patterns, street suffixes, function words that
//! never belong to a name, and name particles. Each table entry says why it is there; the
//! matcher (`matcher.rs`) applies them and the tests below pin their behaviour.

/// How an organisation keyword extends into a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// The keyword ends the name; up to `n` capitalised words before it belong to it
    /// (`Siemens AG`, `Deutsche Bank AG`, `Hirzel Verlag`).
    After(u8),
    /// The keyword starts the name; 1 to `n` capitalised words (or club numbers such as `04`)
    /// follow (`FC Bayern München`, `FSV Mainz 05`).
    Before(u8),
    /// The keyword starts the name and takes an optional linking word (`für`, `der`, `des`,
    /// `zu`, `in`) and then capitalised words joined by `und` (`Ministerium für Wirtschaft und
    /// Energie`, `Universität zu Köln`, `Landgericht Stuttgart`). A capitalised adjective right
    /// before the keyword joins too (`Freie Universität Berlin`).
    Institution,
}

/// One organisation pattern.
#[derive(Debug, Clone, Copy)]
pub(crate) struct OrgRule {
    /// The keyword as written (case-sensitive, whole word).
    pub keyword: &'static str,
    /// How the name around it is found.
    pub shape: Shape,
}

const fn after(keyword: &'static str) -> OrgRule {
    OrgRule {
        keyword,
        shape: Shape::After(3),
    }
}
const fn club(keyword: &'static str) -> OrgRule {
    OrgRule {
        keyword,
        shape: Shape::Before(3),
    }
}
const fn inst(keyword: &'static str) -> OrgRule {
    OrgRule {
        keyword,
        shape: Shape::Institution,
    }
}

/// Organisation patterns a list cannot hold.
pub(crate) const ORG_RULES: &[OrgRule] = &[
    // Legal forms and company words end the name: `Siemens AG`, `Porsche SE`, `Apple Inc.`.
    after("AG"),
    after("GmbH"),
    after("SE"),
    after("KG"),
    after("KGaA"),
    after("OHG"),
    after("e.V."),
    after("eG"),
    after("Inc."),
    after("Ltd."),
    after("Corp."),
    after("LLC"),
    after("plc"),
    after("S.A."),
    after("N.V."),
    after("Limited"),
    after("Holding"),
    after("Verlag"),
    // Sports clubs: the abbreviation starts the name, the town (and year) follows.
    club("FC"),
    club("SC"),
    club("SV"),
    club("TSV"),
    club("FSV"),
    club("VfB"),
    club("VfL"),
    club("TSG"),
    club("SpVgg"),
    club("SG"),
    club("BSC"),
    club("HSV"),
    club("Borussia"),
    club("Eintracht"),
    club("Fortuna"),
    club("Hertha"),
    club("Dynamo"),
    club("SSV"),
    club("ESV"),
    club("Inter"),
    club("Juventus"),
    club("AC"),
    club("AS"),
    club("Rapid"),
    // Institutions named by what they do or where they sit.
    inst("Universität"),
    inst("Hochschule"),
    inst("Fachhochschule"),
    inst("Ministerium"),
    inst("Bundesministerium"),
    inst("Staatsministerium"),
    inst("Bundesamt"),
    inst("Landesamt"),
    inst("Bundesanstalt"),
    inst("Institut"),
    inst("Stiftung"),
    inst("Akademie"),
    inst("Landgericht"),
    inst("Amtsgericht"),
    inst("Oberlandesgericht"),
    inst("Verwaltungsgericht"),
    inst("Landeskriminalamt"),
];

/// Single-word street names end in these (`Hauptstraße`, `Karl-Marx-Straße`); the whole token
/// is a `LOC`. Only forms that name a street nearly always (not `-platz`, `-weg`).
pub(crate) const STREET_SUFFIXES: &[&str] =
    &["straße", "Straße", "gasse", "Gasse", "allee", "Allee"];

/// Acronyms that name things, not organisations, at the start of hyphen compounds
/// (`LKW-Fahrer`, `WM-Finale`, `PDF-Datei`): no `ORGpart` for them.
pub(crate) const NOT_ORG_ACRONYMS: &[&str] = &[
    "NS", "CH", "PC", "WM", "EM", "SMS", "ROM", "LED", "PDF", "IT", "CD", "DVD", "IV", "TV", "LKW",
    "PKW", "KFZ", "ABS", "AKW", "UKW", "GPS", "HIV", "DNA", "MP", "PR", "ICE", "SUV", "USB",
    "WLAN", "KI", "AI", "CO", "OP", "PS", "KW", "MW", "GB", "MB", "EDV", "HD", "LCD", "TÜV", "DJ",
    "VIP", "US", "UK", "EU", "UN", "DDR", "BRD", "NRW", "ID", "IP", "FAQ", "PIN", "SOS", "OK",
    "IQ", "XXL",
];

/// Currency names: `US-Dollar`, `Hongkong-Dollar` are currencies, not place mentions.
pub(crate) const CURRENCIES: &[&str] = &[
    "Dollar", "Euro", "Franken", "Pfund", "Rubel", "Yen", "Yuan", "Rupie", "Peso", "Krone",
    "Kronen", "Lira", "Real", "Rand", "Won", "Schekel", "Dinar", "Dirham", "Zloty", "Forint",
];

/// Nouns for kinds of places that stand before a place name (`Stadt Essen`, `Kanton Bern`).
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "Stadt",
    "Hauptstadt",
    "Landeshauptstadt",
    "Großstadt",
    "Kleinstadt",
    "Metropole",
    "Land",
    "Bundesland",
    "Freistaat",
    "Kanton",
    "Bezirk",
    "Landkreis",
    "Kreis",
    "Region",
    "Provinz",
    "Gemeinde",
    "Ortschaft",
    "Ort",
    "Dorf",
    "Insel",
    "Halbinsel",
    "Staat",
    "Bundesstaat",
    "Republik",
    "Königreich",
    "Emirat",
    "Fürstentum",
    "Stadtteil",
    "Ortsteil",
    "Hafenstadt",
    "Grenzstadt",
    "Millionenstadt",
    "Universitätsstadt",
    "Kurort",
    "Küstenstadt",
    "Regierung",
    "Raum",
    "Großraum",
    "Umgebung",
    "Nähe",
    "Richtung",
    "Fluss",
    "See",
    "Flughafen",
    "Bahnhof",
];

/// Compound heads of nouns that place or localise what follows (`Heimatstadt Mainz`,
/// `Nachbarland Thüringen`, `Staatsanwaltschaft Bayreuth`, `Bundesbahndirektion Hannover`);
/// compared with the word's end, a genitive `-s` removed.
pub(crate) const PLACE_NOUN_HEADS: &[&str] = &[
    "stadt",
    "land",
    "dorf",
    "heimat",
    "kreis",
    "gemeinde",
    "kanton",
    "schaft",
    "gericht",
    "direktion",
    "festung",
    "werke",
    "gruppe",
    "bezirk",
    "region",
    "provinz",
    "insel",
    "hafen",
    "bahnhof",
    "residenz",
    "zentrale",
    "sitz",
    "verwaltung",
    "amt",
    "lassung",
    "vorstand",
];

/// Institution nouns that make an organisation name after a place adjective
/// (`Berliner Zeitung`, `Hamburger Abendblatt`, `Münchner Philharmoniker`, `Kölner Stadt-Anzeiger`).
pub(crate) const ORG_HEADS: &[&str] = &[
    "Zeitung",
    "Morgenpost",
    "Rundschau",
    "Abendblatt",
    "Tageblatt",
    "Nachrichten",
    "Allgemeine",
    "Anzeiger",
    "Kurier",
    "Volksbank",
    "Sparkasse",
    "Stadtwerke",
    "Verkehrsbetriebe",
    "Philharmoniker",
    "Staatsoper",
    "Senat",
    "Verlag",
    "Verkehrsverbund",
    "Mieterverein",
    "Stadtrat",
    "Landesbank",
    "Rundfunk",
];

/// Linking words inside institution names.
pub(crate) const INSTITUTION_LINKS: &[&str] = &["für", "der", "des", "zu", "in"];

/// Lower-case particles that start a particle group inside a personal name
/// (`Ursula von der Leyen`, `van der Vaart`, `Collor de Mello`).
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "von", "van", "de", "del", "della", "di", "da", "du", "dos", "ten", "ter", "al", "bin", "ibn",
];

/// Particles that may follow a first particle (`von der`, `van den`, `de la`).
pub(crate) const NAME_PARTICLES_2: &[&str] = &["der", "den", "dem", "la", "le", "zu", "und"];

/// First names of the Berlin list that are far more often something else in news text:
/// English words in titles (`My`, `Till`), abbreviations (`Mio`), prepositions (`An`).
pub(crate) const NOT_FIRST_NAMES: &[&str] = &[
    "An",
    "Mio",
    "My",
    "Till",
    "Will",
    "Le",
    "La",
    "De",
    "Du",
    "Van",
    "Von",
    "Star",
    "Sky",
    "Love",
    "Grace",
    "Joy",
    "Hope",
    "Summer",
    "Sunny",
    "Happy",
    "Mai",
    "Ende",
    "Santa",
    "Saint",
    "Sankt",
    "San",
    "El",
    "Mercedes",
    "Nike",
    "Alba",
    "Eden",
    "Roman",
    "Monaco",
    "Porsche",
    "Ferrari",
    "Christmas",
    "Mark",
    "Paris",
    "Jesus",
    "Maria",
    "Gott",
    "Franken",
    "Preußen",
];

/// Generic organisation nouns that stand before a company name but are not part of it
/// (`Firma X AG`, `Unternehmen X GmbH`).
pub(crate) const GENERIC_ORG_NOUNS: &[&str] = &[
    "Firma",
    "Unternehmen",
    "Konzern",
    "Hersteller",
    "Tochter",
    "Tochterfirma",
    "Mutterkonzern",
    "Gruppe",
    "Anbieter",
    "Betreiber",
    "Händler",
    "Bank",
    "Versicherer",
    "Chemiekonzern",
    "Autobauer",
    "Verlag",
];

/// Capitalised words that never start or continue a name: determiners, pronouns,
/// prepositions and conjunctions (capitalised at sentence start), weekdays and months.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "Der",
    "Die",
    "Das",
    "Den",
    "Dem",
    "Des",
    "Ein",
    "Eine",
    "Einen",
    "Einem",
    "Einer",
    "Eines",
    "Kein",
    "Keine",
    "Im",
    "Am",
    "Zum",
    "Zur",
    "Vom",
    "Beim",
    "Ins",
    "In",
    "An",
    "Auf",
    "Aus",
    "Bei",
    "Mit",
    "Nach",
    "Von",
    "Vor",
    "Für",
    "Über",
    "Unter",
    "Und",
    "Oder",
    "Aber",
    "Wie",
    "Wenn",
    "Als",
    "Auch",
    "Doch",
    "So",
    "Es",
    "Er",
    "Sie",
    "Wir",
    "Ihr",
    "Ich",
    "Man",
    "Dies",
    "Diese",
    "Dieser",
    "Dieses",
    "Jetzt",
    "Nun",
    "Dann",
    "Da",
    "Hier",
    "Dort",
    "Seit",
    "Laut",
    "Bis",
    "Durch",
    "Gegen",
    "Ohne",
    "Um",
    "Nicht",
    "Noch",
    "Schon",
    "Nur",
    "Ob",
    "Weil",
    "Dass",
    "Daß",
    "Sein",
    "Seine",
    "Ihre",
    "Unser",
    "Unsere",
    "Alle",
    "Viele",
    "Mehr",
    "Zwei",
    "Drei",
    "Was",
    "Wer",
    "Wo",
    "Warum",
    "Zudem",
    "Denn",
    "Damit",
    "Dabei",
    "Danach",
    "Davor",
    "Trotz",
    "Während",
    "Zwischen",
    "Neben",
    "Hinter",
    "Ab",
    "Gestern",
    "Heute",
    "Morgen",
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
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
    "Uhr",
    "Jahr",
    "Jahre",
    "Jahren",
    "Prozent",
    "Euro",
    "Dollar",
    "Millionen",
    "Milliarden",
];

/// Locative prepositions that make an ambiguous place name a place (`in Essen`, `aus Halle`).
pub(crate) const LOCATIVE_PREPOSITIONS: &[&str] = &[
    "in",
    "In",
    "aus",
    "Aus",
    "nach",
    "Nach",
    "bei",
    "Bei",
    "nahe",
    "Nahe",
    "nördlich",
    "südlich",
    "östlich",
    "westlich",
];

/// Determiners before a party or company written like a noun (`die Linke`, `der Bahn`).
pub(crate) const DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem", "Des",
];

/// Noun endings that mark a capitalised word as a common noun rather than a surname
/// (`Maria Entscheidung` is no name). Surnames with these endings are very rare.
pub(crate) const NOUN_ENDINGS: &[&str] = &[
    "ung", "ungen", "ungs", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
    "tionen", "sion", "sionen", "ismus", "ität", "nis", "nisse", "tum", "chen", "zeit", "jahr",
    "jahre", "straße", "gasse", "allee", "dollar", "euro",
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn keywords_are_unique_and_words() {
        let mut seen = HashSet::new();
        for r in ORG_RULES {
            assert!(seen.insert(r.keyword), "duplicate {}", r.keyword);
            assert!(!r.keyword.contains(' '), "{}", r.keyword);
        }
    }

    #[test]
    fn function_words_are_capitalised() {
        for w in FUNCTION_WORDS {
            assert!(w.chars().next().is_some_and(char::is_uppercase), "{w}");
        }
    }
}
