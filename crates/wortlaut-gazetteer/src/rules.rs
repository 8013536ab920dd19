//! Hand-written rule tables: organisation patterns, street suffixes, function words that
//! never belong to a name, and name particles. Each table entry says why it is there; the
//! matcher (`matcher.rs`) applies them and the tests below pin their behaviour. Word lists
//! checked for many words are kept sorted and searched with [`is_in`].

/// Is `w` in `list`, one of the sorted word lists below (binary search: several of them are
/// checked for most capitalised words). The compare is an inlined byte loop in `str`'s order
/// (bytes, then length): most compares end at the first byte, where a call to `memcmp`
/// cost more than the compare.
#[inline]
pub(crate) fn is_in(list: &[&str], w: &str) -> bool {
    let w = w.as_bytes();
    list.binary_search_by(|x| {
        let x = x.as_bytes();
        for (a, b) in x.iter().zip(w) {
            if a != b {
                return a.cmp(b);
            }
        }
        x.len().cmp(&w.len())
    })
    .is_ok()
}

/// A word list as an open-addressing hash table built at compile time, for the lists that
/// are asked about most words near a name: a word not in the list mostly finds its slot
/// empty, one in it is compared once, where the binary search ([`is_in`]) behind a filter of
/// first bytes that was here before compared eight times for most listed words (and the
/// filter let a quarter of the capitalised words of news through).
pub(crate) struct FilteredList {
    words: &'static [&'static str],
    /// Per slot, the index in `words` plus one, or 0 for an empty slot; a word is in its
    /// [`slot_of`] slot or, on a collision, in one of the slots after it (cyclically).
    slots: [u8; LIST_SLOTS],
}

/// The slots of a [`FilteredList`] (a power of two, more than twice its words).
const LIST_SLOTS: usize = 512;

/// The first slot of word `w` in a [`FilteredList`]: a multiplicative hash of its first two
/// bytes, last byte and length.
#[inline]
const fn slot_of(w: &[u8]) -> usize {
    let n = w.len();
    let b0 = if n > 0 { w[0] as u32 } else { 0 };
    let b1 = if n > 1 { w[1] as u32 } else { 0 };
    let last = if n > 0 { w[n - 1] as u32 } else { 0 };
    let x = b0 | b1 << 8 | last << 16 | (n as u32) << 24;
    (x.wrapping_mul(0x9E37_79B1) >> (32 - LIST_SLOTS.trailing_zeros())) as usize
}

impl FilteredList {
    /// The table of `words` (distinct; fewer than a half of [`LIST_SLOTS`]).
    pub(crate) const fn new(words: &'static [&'static str]) -> Self {
        assert!(words.len() < LIST_SLOTS / 2 && words.len() < u8::MAX as usize);
        let mut slots = [0u8; LIST_SLOTS];
        let mut i = 0;
        while i < words.len() {
            let mut k = slot_of(words[i].as_bytes());
            while slots[k] != 0 {
                k = (k + 1) % LIST_SLOTS;
            }
            slots[k] = (i + 1) as u8;
            i += 1;
        }
        FilteredList { words, slots }
    }

    /// Is `w` in the list?
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        let w = w.as_bytes();
        let mut k = slot_of(w);
        // At least half the slots are empty: the probe ends.
        loop {
            let Some(x) = self.slots[k % LIST_SLOTS]
                .checked_sub(1)
                .and_then(|i| self.words.get(usize::from(i)))
            else {
                return false;
            };
            // An inline byte compare: a call to `memcmp` cost more for these short words.
            let x = x.as_bytes();
            if x.len() == w.len() && x.iter().zip(w).all(|(a, b)| a == b) {
                return true;
            }
            k += 1;
        }
    }
}

/// [`FUNCTION_WORDS`], asked for most capitalised words near a name.
pub(crate) static FUNCTION_WORD_LIST: FilteredList = FilteredList::new(FUNCTION_WORDS);

/// [`PLACE_NOUNS`], asked for the word before most place names.
pub(crate) static PLACE_NOUN_LIST: FilteredList = FilteredList::new(PLACE_NOUNS);

/// [`ORG_HEADS`], asked for the word after every capitalised demonym.
pub(crate) static ORG_HEAD_LIST: FilteredList = FilteredList::new(ORG_HEADS);

/// [`CURRENCIES`], asked for the last part of every compound with a name.
pub(crate) static CURRENCY_LIST: FilteredList = FilteredList::new(CURRENCIES);

/// [`NAME_PARTICLES`], asked for the word after every first name and surname.
pub(crate) static NAME_PARTICLE_LIST: FilteredList = FilteredList::new(NAME_PARTICLES);

/// [`LOCATIVE_PREPOSITIONS`], asked for the word before every place name that needs one.
pub(crate) static LOCATIVE_LIST: FilteredList = FilteredList::new(LOCATIVE_PREPOSITIONS);

/// [`NOT_FIRST_NAMES`], asked for every first-name candidate.
pub(crate) static NOT_FIRST_NAME_LIST: FilteredList = FilteredList::new(NOT_FIRST_NAMES);

/// Does `w` end with `e`? Compared from the last byte, inline: the rules test a word against
/// lists of short endings, where most fail at the last byte and a `memcmp` call per ending
/// cost more than the compare.
#[inline]
pub(crate) fn ends(w: &str, e: &str) -> bool {
    let (w, e) = (w.as_bytes(), e.as_bytes());
    w.len() >= e.len() && w.iter().rev().zip(e.iter().rev()).all(|(a, b)| a == b)
}

/// Does `w` end with one of the noun endings of [`noun_endings_ending_in`], with more than
/// one byte before it? Only the endings with `w`'s last byte are compared: this is asked
/// for most capitalised words after a name.
#[inline]
pub(crate) fn has_noun_ending(w: &str) -> bool {
    let Some(&last) = w.as_bytes().last() else {
        return false;
    };
    noun_endings_ending_in(last)
        .iter()
        .any(|e| w.len() > e.len() + 1 && ends(w, e))
}

/// Noun endings that mark a capitalised word as a common noun rather than a surname
/// (`Maria Entscheidung` is no name; surnames with these endings are very rare), by their
/// last byte `b`: `ung`, `heit`, `keit`, `schaft`, `tion`, `sion` and their plurals, `ungs`,
/// `ismus`, `ität`, `nis`, `nisse`, `tum`, `chen`, `zeit`, `jahr(e)`, `straße`, `gasse`,
/// `allee`, `dollar`, `euro`.
#[inline]
fn noun_endings_ending_in(b: u8) -> &'static [&'static str] {
    match b {
        b'g' => &["ung"],
        b'n' => &[
            "ungen", "heiten", "keiten", "schaften", "tion", "tionen", "sion", "sionen", "chen",
        ],
        b's' => &["ungs", "ismus", "nis"],
        b't' => &["heit", "keit", "schaft", "ität", "zeit"],
        b'e' => &["nisse", "jahre", "straße", "gasse", "allee"],
        b'm' => &["tum"],
        b'r' => &["jahr", "dollar"],
        b'o' => &["euro"],
        _ => &[],
    }
}

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
    /// An English organisation word that ends the name like [`Shape::After`] and may take
    /// `of` and one more name word (`Dave Matthews Band`, `California Institute of Technology`).
    English(u8),
    /// Not an organisation: an honorific (`Herr`, `Frau`); an unknown name after it is a
    /// person (`Herr Willemsen`). A whole word only, unlike the titles of `data/roles.tsv`,
    /// which are found inside compounds too.
    Honorific,
    /// Not an organisation: an initial (`W.`); with an unknown surname after it, a person
    /// (`vor W. Fesenko`).
    Initial,
    /// A noun for a kind of organisation, in apposition before its name (`die
    /// Fluggesellschaft Air One`, `der Ölkonzern Petrobras`, `beim Erstligisten Litex
    /// Lovech`): the keyword is not part of the name; 1 to `n` capitalised words after it are,
    /// up to a function word, a common-noun form or a role. Not when the first word is a listed
    /// name (the list decides: `Konzern Siemens`, `Ortsgruppe Amberg`).
    Apposition(u8),
    /// Not an organisation: a speech verb (`sagte`, `betonte`, `so` after a comma). One
    /// unknown capitalised word after it that ends the clause is the speaker, a person
    /// (`" ... " , sagte Rüttgers .`, `so Barth .`): news names a speaker known to the reader
    /// by the surname alone.
    Speaker,
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
const fn english(keyword: &'static str) -> OrgRule {
    OrgRule {
        keyword,
        shape: Shape::English(3),
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
const fn appos(keyword: &'static str) -> OrgRule {
    OrgRule {
        keyword,
        shape: Shape::Apposition(3),
    }
}
const fn honorific(keyword: &'static str) -> OrgRule {
    OrgRule {
        keyword,
        shape: Shape::Honorific,
    }
}
const fn initial(keyword: &'static str) -> OrgRule {
    OrgRule {
        keyword,
        shape: Shape::Initial,
    }
}
const fn speech(keyword: &'static str) -> OrgRule {
    OrgRule {
        keyword,
        shape: Shape::Speaker,
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
    // English organisation words end the name too (`Lee Strasberg Theatre`, `Century Media`,
    // `Jet Airways`); a person or place before them is part of the organisation's name.
    english("Airlines"),
    english("Airways"),
    english("Band"),
    english("College"),
    english("Foundation"),
    english("Group"),
    english("Industries"),
    english("Institute"),
    english("Media"),
    english("Records"),
    english("School"),
    english("Systems"),
    english("Theatre"),
    english("University"),
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
    // Nouns for kinds of organisations before the name, in apposition (`Ölkonzern
    // Petrobras`); compounds and inflected forms listed one by one: the scan finds whole words.
    appos("Airline"),
    appos("Autobauer"),
    appos("Autobauers"),
    appos("Autohersteller"),
    appos("Autoherstellers"),
    appos("Bankhaus"),
    appos("Bankhauses"),
    appos("Brauerei"),
    appos("Bundesligisten"),
    appos("Bundesligist"),
    appos("Chemiekonzern"),
    appos("Chemiekonzerns"),
    appos("Computerhersteller"),
    appos("Drittligist"),
    appos("Drittligisten"),
    appos("Elektronikkonzern"),
    appos("Elektronikkonzerns"),
    appos("Energiekonzern"),
    appos("Energiekonzerns"),
    appos("Erstligist"),
    appos("Erstligisten"),
    appos("Firma"),
    appos("Fluggesellschaft"),
    appos("Fluglinie"),
    appos("Flugzeughersteller"),
    appos("Flugzeugherstellers"),
    appos("Fernsehsender"),
    appos("Fernsehsenders"),
    appos("Großbank"),
    appos("Handelskette"),
    appos("Handelskonzern"),
    appos("Handelskonzerns"),
    appos("Hersteller"),
    appos("Herstellern"),
    appos("Herstellers"),
    appos("Hilfsorganisation"),
    appos("Investmentbank"),
    appos("Konzern"),
    appos("Konzerns"),
    appos("Lebensmittelkonzern"),
    appos("Medienkonzern"),
    appos("Medienkonzerns"),
    appos("Mischkonzern"),
    appos("Mobilfunkanbieter"),
    appos("Modekonzern"),
    appos("Musiksender"),
    appos("Nachrichtensender"),
    appos("Nachrichtensenders"),
    appos("Ölgesellschaft"),
    appos("Ölkonzern"),
    appos("Ölkonzerns"),
    appos("Pharmakonzern"),
    appos("Pharmakonzerns"),
    appos("Plattenfirma"),
    appos("Plattenlabel"),
    appos("Popband"),
    appos("Privatsender"),
    appos("Punkband"),
    appos("Radiosender"),
    appos("Reederei"),
    appos("Rennstall"),
    appos("Rennstalls"),
    appos("Rockband"),
    appos("Rüstungskonzern"),
    appos("Rüstungskonzerns"),
    appos("Softwarehersteller"),
    appos("Softwarekonzern"),
    appos("Softwarekonzerns"),
    appos("Spartensender"),
    appos("Sportartikelhersteller"),
    appos("Stahlkonzern"),
    appos("Stahlkonzerns"),
    appos("Supermarktkette"),
    appos("Technologiekonzern"),
    appos("Technologiekonzerns"),
    appos("Traditionsverein"),
    appos("Traditionsvereins"),
    appos("Versicherer"),
    appos("Versicherers"),
    appos("Versicherung"),
    appos("Versicherungskonzern"),
    appos("Zweitligist"),
    appos("Zweitligisten"),
    appos("Club"),
    appos("Fußballclub"),
    appos("Fußballklub"),
    appos("Fußballverein"),
    appos("Gewerkschaft"),
    appos("Klub"),
    appos("Nachrichtenagentur"),
    appos("Nachrichtenmagazin"),
    appos("Partei"),
    appos("Tageszeitung"),
    appos("Verein"),
    appos("Wochenzeitung"),
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
    // The commonest speech verbs of attributions, which put the speaker right after them
    // (`sagte Möller .`); not verbs whose subject is mostly a medium (`berichtete`,
    // `schrieb`). `so` counts only after a comma or a closing quote. Each lower-case keyword
    // makes the scan look at more word starts, so the list stays short.
    speech("sagte"),
    speech("sagt"),
    speech("erklärte"),
    speech("betonte"),
    speech("meinte"),
    speech("so"),
    // Honorifics before a surname.
    honorific("Herr"),
    honorific("Herrn"),
    honorific("Frau"),
    honorific("Miss"),
    // Initials before a surname; not `I.`, `V.`, `X.` (roman numerals).
    initial("A."),
    initial("B."),
    initial("C."),
    initial("D."),
    initial("E."),
    initial("F."),
    initial("G."),
    initial("H."),
    initial("J."),
    initial("K."),
    initial("L."),
    initial("M."),
    initial("N."),
    initial("O."),
    initial("P."),
    initial("Q."),
    initial("R."),
    initial("S."),
    initial("T."),
    initial("U."),
    initial("W."),
    initial("Y."),
    initial("Z."),
];

/// Single-word street names end in these (`Hauptstraße`, `Karl-Marx-Straße`); the whole token
/// is a `LOC`. Only forms that name a street nearly always (not `-platz`, `-weg`).
pub(crate) const STREET_SUFFIXES: &[&str] =
    &["straße", "Straße", "gasse", "Gasse", "allee", "Allee"];

/// Acronyms that name things, not organisations, at the start of hyphen compounds
/// (`LKW-Fahrer`, `WM-Finale`, `PDF-Datei`): no `ORGpart` for them.
pub(crate) const NOT_ORG_ACRONYMS: &[&str] = &[
    "ABS", "AI", "AKW", "BRD", "CD", "CH", "CO", "DDR", "DJ", "DNA", "DVD", "EDV", "EM", "EU",
    "FAQ", "GB", "GPS", "HD", "HIV", "ICE", "ID", "IP", "IQ", "IT", "IV", "KFZ", "KI", "KW", "LCD",
    "LED", "LKW", "MB", "MP", "MW", "NRW", "NS", "OK", "OP", "PC", "PDF", "PIN", "PKW", "PR", "PS",
    "ROM", "SMS", "SOS", "SUV", "TV", "TÜV", "UK", "UKW", "UN", "US", "USB", "VIP", "WLAN", "WM",
    "XXL",
];

/// Currency names: `US-Dollar`, `Hongkong-Dollar` are currencies, not place mentions.
pub(crate) const CURRENCIES: &[&str] = &[
    "Dinar", "Dirham", "Dollar", "Euro", "Forint", "Franken", "Krone", "Kronen", "Lira", "Peso",
    "Pfund", "Rand", "Real", "Rubel", "Rupie", "Schekel", "Won", "Yen", "Yuan", "Zloty",
];

/// Lands named like the plural of their people (`Schwede` -> `Schweden`): all places of
/// `data/demonyms.tsv` whose person noun in `-e` plus `n` is the place's name (a test keeps
/// this list complete).
pub(crate) const PEOPLE_LIKE_THEIR_LAND: &[&str] = &[
    "Hessen",
    "Niedersachsen",
    "Polen",
    "Sachsen",
    "Schwaben",
    "Schweden",
    "Westfalen",
];

/// Is `w` in [`PEOPLE_LIKE_THEIR_LAND`]? Those names all end in `en` (a person noun in `-e`
/// plus `n`), which most place names do not: the ending is compared first.
#[inline]
pub(crate) fn is_people_like_their_land(w: &str) -> bool {
    w.ends_with("en") && is_in(PEOPLE_LIKE_THEIR_LAND, w)
}

/// Nouns for kinds of places that stand before a place name (`Stadt Essen`, `Kanton Bern`).
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "Bahnhof",
    "Bezirk",
    "Bundesland",
    "Bundesstaat",
    "Dorf",
    "Emirat",
    "Flughafen",
    "Fluss",
    "Freistaat",
    "Fürstentum",
    "Gemeinde",
    "Grenzstadt",
    "Großraum",
    "Großstadt",
    "Hafenstadt",
    "Halbinsel",
    "Hauptstadt",
    "Insel",
    "Kanton",
    "Kleinstadt",
    "Kreis",
    "Kurort",
    "Königreich",
    "Küstenstadt",
    "Land",
    "Landeshauptstadt",
    "Landkreis",
    "Metropole",
    "Millionenstadt",
    "Nähe",
    "Ort",
    "Ortschaft",
    "Ortsteil",
    "Provinz",
    "Raum",
    "Regierung",
    "Region",
    "Republik",
    "Richtung",
    "See",
    "Staat",
    "Stadt",
    "Stadtteil",
    "Umgebung",
    "Universitätsstadt",
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
    "Abendblatt",
    "Allgemeine",
    "Anzeiger",
    "Kurier",
    "Landesbank",
    "Mieterverein",
    "Morgenpost",
    "Nachrichten",
    "Philharmoniker",
    "Rundfunk",
    "Rundschau",
    "Senat",
    "Sparkasse",
    "Staatsoper",
    "Stadtrat",
    "Stadtwerke",
    "Tageblatt",
    "Verkehrsbetriebe",
    "Verkehrsverbund",
    "Verlag",
    "Volksbank",
    "Zeitung",
];

/// Linking words inside institution names.
pub(crate) const INSTITUTION_LINKS: &[&str] = &["für", "der", "des", "zu", "in"];

/// Particles that start a particle group inside a personal name (`Ursula von der Leyen`,
/// `van der Vaart`, `Collor de Mello`), and the titles of nobility that stand between first
/// name and surname (`Otto Graf Lambsdorff`, `Franz Freiherr Gedult von Jungenfeld`).
/// Sorted, for [`is_in`].
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "Edler",
    "Freifrau",
    "Freiherr",
    "Fürst",
    "Fürstin",
    "Graf",
    "Gräfin",
    "Prinz",
    "Prinzessin",
    "Ritter",
    "al",
    "bin",
    "da",
    "de",
    "del",
    "della",
    "di",
    "dos",
    "du",
    "ibn",
    "ten",
    "ter",
    "van",
    "von",
];

/// Particles that may follow a first particle (`von der`, `van den`, `de la`).
pub(crate) const NAME_PARTICLES_2: &[&str] = &["der", "den", "dem", "la", "le", "zu", "und"];

/// First names of the Berlin list that are far more often something else in news text:
/// English words in titles (`My`, `Till`), abbreviations (`Mio`), prepositions (`An`),
/// determiners (`Allen`), nouns (`Islam`, and `Vornamen`, a data error of the list).
pub(crate) const NOT_FIRST_NAMES: &[&str] = &[
    "Alba",
    // (`Allen Unkenrufen zum Trotz`: the determiner opening a sentence.)
    "Allen",
    "An",
    "Christmas",
    "De",
    "Du",
    "Eden",
    "El",
    "Ende",
    "Ferrari",
    "Franken",
    "Gott",
    "Grace",
    "Happy",
    "Hope",
    "Islam",
    "Jesus",
    "Joy",
    "La",
    "Le",
    "Love",
    "Mai",
    "Maria",
    "Mark",
    "Mercedes",
    "Mio",
    "Monaco",
    "My",
    "Nike",
    "Paris",
    "Porsche",
    "Preußen",
    "Roman",
    "Saint",
    "San",
    "Sankt",
    "Santa",
    "Sky",
    "Star",
    "Summer",
    "Sunny",
    "Till",
    "Van",
    "Von",
    "Vornamen",
    "Will",
];

/// Generic organisation nouns that stand before a company name but are not part of it
/// (`Firma X AG`, `Unternehmen X GmbH`).
pub(crate) const GENERIC_ORG_NOUNS: &[&str] = &[
    "Anbieter",
    "Autobauer",
    "Bank",
    "Betreiber",
    "Chemiekonzern",
    "Firma",
    "Gruppe",
    "Hersteller",
    "Händler",
    "Konzern",
    "Mutterkonzern",
    "Tochter",
    "Tochterfirma",
    "Unternehmen",
    "Verlag",
    "Versicherer",
];

/// Capitalised words that never start or continue a name: determiners, pronouns,
/// prepositions and conjunctions (capitalised at sentence start), weekdays and months.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "Ab",
    "Aber",
    "Alle",
    "Als",
    "Am",
    "An",
    "April",
    "Auch",
    "Auf",
    "August",
    "Aus",
    "Bei",
    "Beim",
    "Bis",
    "Da",
    "Dabei",
    "Damit",
    "Danach",
    "Dann",
    "Das",
    "Dass",
    "Davor",
    "Daß",
    "Dem",
    "Den",
    "Denn",
    "Der",
    "Des",
    "Dezember",
    "Die",
    "Dienstag",
    "Dies",
    "Diese",
    "Dieser",
    "Dieses",
    "Doch",
    "Dollar",
    "Donnerstag",
    "Dort",
    "Drei",
    "Durch",
    "Ein",
    "Eine",
    "Einem",
    "Einen",
    "Einer",
    "Eines",
    "Er",
    "Es",
    "Euro",
    "Februar",
    "Freitag",
    "Für",
    "Gegen",
    "Gestern",
    "Heute",
    "Hier",
    "Hinter",
    "Ich",
    "Ihr",
    "Ihre",
    "Im",
    "In",
    "Ins",
    "Jahr",
    "Jahre",
    "Jahren",
    "Januar",
    "Jetzt",
    "Juli",
    "Juni",
    "Kein",
    "Keine",
    "Laut",
    "Mai",
    "Man",
    "Mehr",
    "Milliarden",
    "Millionen",
    "Mit",
    "Mittwoch",
    "Montag",
    "Morgen",
    "März",
    "Nach",
    "Neben",
    "Nicht",
    "Noch",
    "November",
    "Nun",
    "Nur",
    "Ob",
    "Oder",
    "Ohne",
    "Oktober",
    "Prozent",
    "Samstag",
    "Schon",
    "Sein",
    "Seine",
    "Seit",
    "September",
    "Sie",
    "So",
    "Sonntag",
    "Trotz",
    "Uhr",
    "Um",
    "Und",
    "Unser",
    "Unsere",
    "Unter",
    "Viele",
    "Vom",
    "Von",
    "Vor",
    "Warum",
    "Was",
    "Weil",
    "Wenn",
    "Wer",
    "Wie",
    "Wir",
    "Wo",
    "Während",
    "Zudem",
    "Zum",
    "Zur",
    "Zwei",
    "Zwischen",
    "Über",
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

/// Determiners before a party or company written like a noun (`die Linke`, `der Bahn`): the
/// words [`is_determiner`] takes (a test holds them together).
#[cfg(test)]
pub(crate) const DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "Der", "Die", "Das", "Den", "Dem", "Des",
];

/// Is `w` a determiner (`der`, `Die`, `des`, ...: the words of `DETERMINERS`)? From its
/// three bytes, where a search of the list compared it with each word in turn.
#[inline]
pub(crate) fn is_determiner(w: &str) -> bool {
    matches!(
        w.as_bytes(),
        [b'd' | b'D', b'e', b'r' | b'n' | b'm' | b's']
            | [b'd' | b'D', b'i', b'e']
            | [b'd' | b'D', b'a', b's']
    )
}

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

    /// The lists searched with [`is_in`] must be sorted.
    #[test]
    fn searched_lists_are_sorted() {
        for list in [
            FUNCTION_WORDS,
            NOT_FIRST_NAMES,
            PLACE_NOUNS,
            NOT_ORG_ACRONYMS,
            CURRENCIES,
            GENERIC_ORG_NOUNS,
            ORG_HEADS,
            PEOPLE_LIKE_THEIR_LAND,
            NAME_PARTICLES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            for w in list {
                assert!(is_in(list, w), "{w}");
                // Prefixes and extensions of a listed word are in only if listed themselves
                // (the byte compare orders a prefix first, as `str` does).
                for n in (1..w.len()).filter(|&n| w.is_char_boundary(n)) {
                    assert_eq!(is_in(list, &w[..n]), list.contains(&&w[..n]), "{w} {n}");
                }
                let longer = format!("{w}e");
                assert_eq!(is_in(list, &longer), list.contains(&longer.as_str()));
            }
        }
        assert!(is_in(FUNCTION_WORDS, "Der") && !is_in(FUNCTION_WORDS, "Merkel"));
    }

    /// Every hashed list with the words it was built from.
    const HASHED_LISTS: [(&FilteredList, &[&str]); 7] = [
        (&FUNCTION_WORD_LIST, FUNCTION_WORDS),
        (&NOT_FIRST_NAME_LIST, NOT_FIRST_NAMES),
        (&NAME_PARTICLE_LIST, NAME_PARTICLES),
        (&PLACE_NOUN_LIST, PLACE_NOUNS),
        (&ORG_HEAD_LIST, ORG_HEADS),
        (&CURRENCY_LIST, CURRENCIES),
        (&LOCATIVE_LIST, LOCATIVE_PREPOSITIONS),
    ];

    /// A hashed list answers as a plain search of its words does: for every listed word, its
    /// prefixes and extensions, and other words.
    #[test]
    fn filtered_lists_answer_as_the_search() {
        for (f, list) in HASHED_LISTS {
            let mut words = vec!["", "A", "Merkel", "Über", "der", "Dezembers"];
            words.extend(list.iter().copied());
            let plain = |w: &str| list.contains(&w);
            for w in words {
                assert_eq!(f.contains(w), plain(w), "{w}");
                for n in (0..w.len()).filter(|&n| w.is_char_boundary(n)) {
                    assert_eq!(f.contains(&w[..n]), plain(&w[..n]), "{w} {n}");
                }
                let longer = format!("{w}s");
                assert_eq!(f.contains(&longer), plain(&longer), "{longer}");
            }
            assert!(list.iter().all(|w| f.contains(w)));
        }
    }

    proptest::proptest! {
        /// A hashed list answers as a plain search of its words does, for any word.
        #[test]
        fn filtered_lists_answer_as_the_search_on_any_word(
            w in "(D|M|v|z|St)?[a-zäöüßAÄÖÜ]{0,10}",
        ) {
            for (f, list) in HASHED_LISTS {
                proptest::prop_assert_eq!(f.contains(&w), list.contains(&w.as_str()), "{}", w);
            }
        }
    }

    /// Every land of `data/demonyms.tsv` named like its people's plural is listed.
    #[test]
    fn people_like_their_land_is_complete() {
        let mut want = Vec::new();
        for (_, f) in crate::data::rows(crate::data::DEMONYMS) {
            let (Some(place), Some(persons)) = (f.first(), f.get(2)) else {
                continue;
            };
            for p in persons.split(',').filter(|p| !p.ends_with('!')) {
                if p.ends_with('e') && format!("{p}n") == *place {
                    want.push(*place);
                }
            }
        }
        want.sort_unstable();
        want.dedup();
        assert_eq!(want, PEOPLE_LIKE_THEIR_LAND);
        for w in PEOPLE_LIKE_THEIR_LAND {
            assert!(is_people_like_their_land(w), "{w}");
        }
        assert!(!is_people_like_their_land("Berlin") && !is_people_like_their_land("Essen"));
    }

    /// Each noun ending is filed under its own last byte, and the endings decide as a plain
    /// suffix test would.
    #[test]
    fn noun_endings_by_last_byte() {
        let mut all = Vec::new();
        for b in 0..=255u8 {
            for e in noun_endings_ending_in(b) {
                assert_eq!(e.as_bytes().last(), Some(&b), "{e}");
                all.push(*e);
            }
        }
        assert_eq!(all.len(), 27);
        let rows = [
            ("Entscheidung", true),
            ("Freiheiten", true),
            ("Zeitungs", true),
            ("Universität", true),
            ("Ergebnisse", true),
            ("Hauptstraße", true),
            ("Merkel", false),
            ("Euro", false),
            ("Xung", false),
            ("ung", false),
            ("Jung", false),
            ("", false),
        ];
        for (w, want) in rows {
            assert_eq!(has_noun_ending(w), want, "{w}");
            let plain = all.iter().any(|e| w.len() > e.len() + 1 && w.ends_with(e));
            assert_eq!(plain, want, "{w}");
        }
    }

    #[test]
    fn function_words_are_capitalised() {
        for w in FUNCTION_WORDS {
            assert!(w.chars().next().is_some_and(char::is_uppercase), "{w}");
        }
    }
}
