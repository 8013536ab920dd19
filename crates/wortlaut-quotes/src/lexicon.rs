//! Word lists for German speech reporting: verbs of saying in every inflected and
//! separable form, Konjunktiv markers, pronouns, determiners and function words.
//!
//! The verb lexicon is written as lemmas and expanded here by German morphology (weak
//! verbs regularly, strong verbs from their principal parts), so a new verb needs one line.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

mod table;

/// A verb of saying (finite, participle or infinitive form).
pub const CUE: u32 = 1 << 0;
/// The verb summarises a speech act rather than introducing its content (`forderte`).
pub const REPORT_VERB: u32 = 1 << 1;
/// A finite form of a separable verb whose particle comes at the clause end (`fügte … an`).
pub const SEP_BASE: u32 = 1 << 2;
/// A separable particle (`an`, `mit`, `hinzu`, ...).
pub const PARTICLE: u32 = 1 << 3;
/// A Konjunktiv I form distinct from the indicative (`habe`, `sei`, `könne`).
pub const KONJ1: u32 = 1 << 4;
/// A Konjunktiv II form used in reports (`würde`, `hätten`).
pub const KONJ2: u32 = 1 << 5;
/// The reportative modal `soll`/`sollen`.
pub const SOLL: u32 = 1 << 6;
/// A personal pronoun that can be a speaker (`er`, `sie`).
pub const PRONOUN: u32 = 1 << 7;
/// A determiner or possessive that can open a noun phrase.
pub const DET: u32 = 1 << 8;
/// A preposition.
pub const PREP: u32 = 1 << 9;
/// Any other function word (adverb, conjunction): never part of a speaker.
pub const FUNC: u32 = 1 << 10;
/// `dass`, `daß`, `ob`, `wonach`: a clause of reported content follows.
pub const COMP: u32 = 1 << 11;
/// A word before quotation marks that makes them a title or term (`sogenannte`, `Sendung`).
pub const TITLE_CUE: u32 = 1 << 12;
/// `lassen` forms (`ließ … erklären`).
pub const LASSEN: u32 = 1 << 13;
/// `zitieren` forms: the speaker is the object (`zitiert die Zeitung X`).
pub const ZITIEREN: u32 = 1 << 14;
/// A plural finite form (`sagten`).
pub const PLURAL: u32 = 1 << 15;
/// A finite verb form.
pub const FINITE: u32 = 1 << 16;
/// A noun that names a speaker by role (`Sprecher`, `Quelle`): a good speaker head.
pub const ROLE_NOUN: u32 = 1 << 17;
/// A noun of saying in a speaker frame (`Angaben`, `Worten`, `Aussage`).
pub const SPEECH_NOUN: u32 = 1 << 18;
/// A noun of a speech act that takes an infinitive clause of what was asked, decided or
/// promised (`den Beschluss, … zu führen`, `die Forderung, … zu boykottieren`).
pub const ACT_NOUN: u32 = 1 << 20;
/// Set on a unit once its full flags are looked up (see `Doc::enrich`).
pub const ENRICHED: u32 = 1 << 31;
/// The flags that make a sentence worth a closer look; looked up for every word.
pub const TRIGGER: u32 =
    CUE | SEP_BASE | LASSEN | KONJ1 | KONJ2 | SOLL | MARKER | ZITIEREN | COMP | ACT_NOUN;

/// A report marker (`laut`, `zufolge`, `so`, `heißt`, `Angaben`): the sentence needs a closer look.
pub const MARKER: u32 = 1 << 19;

/// Words that introduce a report without a verb of saying (checked lower-cased).
const MARKERS: &[&str] = &[
    "worten",
    "geheißen",
    "meinung",
    "bewertung",
    "nach",
    "demnach",
    "sicht",
    "laut",
    "gemäß",
    "gemäss",
    "zufolge",
    "so",
    "heißt",
    "hieß",
    "angaben",
    "informationen",
    "berichten",
    "aussage",
    "aussagen",
    "einschätzung",
    "ansicht",
    "auffassung",
    "darstellung",
    "vernehmen",
];

/// A fast non-keyed hash for short words (fine for a fixed list): the length and the first
/// and last eight bytes, mixed by multiplication.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let mut head = [0u8; 8];
        let mut tail = [0u8; 8];
        let k = n.min(8);
        head[..k].copy_from_slice(&bytes[..k]);
        tail[..k].copy_from_slice(&bytes[n - k..]);
        let x =
            u64::from_le_bytes(head) ^ u64::from_le_bytes(tail).rotate_left(29) ^ (n as u64) << 56;
        self.0 = (self.0 ^ x)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(23);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.0 = (self.0 ^ i as u64).wrapping_mul(0xC2B2_AE3D_27D4_EB4F);
    }
}

/// Word → flags, plus the particle each separable base form expects.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Where the lists are collected while the lexicon is built (emptied by `index`).
    words: HashMap<Box<[u8]>, u32, BuildHasherDefault<Fnv>>,
    /// What lookups read: `words` as a flat table behind a bit filter ([`table`]).
    table: table::WordTable,
    /// Separable base form → its particles (a base can take several: `gab … an/bekannt/zu`).
    particles: HashMap<Box<str>, Vec<&'static str>, BuildHasherDefault<Fnv>>,
}

/// Weak verbs of saying: `particle+stem` (particle optional), regular inflection.
/// A leading `!` marks a report verb (summary of a speech act).
const WEAK: &[&str] = &[
    "sag",
    "erklär",
    "beton",
    "bestätig",
    "behaupt",
    "bericht",
    "erzähl",
    "antwort",
    "meld",
    "äußer",
    "erläuter",
    "ergänz",
    "fordr",
    "!kritisier",
    "!warn",
    "!lob",
    "!begrüß",
    "!dementier",
    "!verurteil",
    "!dank",
    "!bedank",
    "mein",
    "glaub",
    "hoff",
    "!befürcht",
    "vermut",
    "schilder",
    "zitier",
    "kommentier",
    "argumentier",
    "versicher",
    "informier",
    "!appellier",
    "erinner",
    "!beschwer",
    "!bezweifl",
    "!kündig",
    "!an+kündig",
    "mit+teil",
    "hinzu+füg",
    "an+füg",
    "!ab+lehn",
    "fest+stell",
    "klar+stell",
    "klar+mach",
    "deutlich+mach",
    "dar+leg",
    "!zu+stimm",
    "ein+räum",
    "bekräftig",
    "mahn",
    "!an+mahn",
    "!verlang",
    // (Insisting: `pochte auf Nachbesserungen`; [`summary_cue`] asks for the `auf`. Not
    // `drängen`: sport and crowds, `drängte auf den Ausgleich`, `in der sich Tausende drängen`.)
    "!poch",
    "!beharr",
    "!bemängel",
    "!beanstand",
    "spekulier",
    "prophezei",
    "!plädier",
    "!mutmaß",
    "schätz",
    "!verteidig",
    "!rechtfertig",
    "verkünd",
    "!bekenn",
    "präzisier",
    "signalisier",
    "!protestier",
    "!bedauer",
    "!begründ",
    "!bejah",
    "!zu+sicher",
    "!auf+forder",
    "!auf+ruf",
    "!droh",
    "frag",
    "!wünsch",
    "!beantrag",
    "!bilanzier",
    "resümier",
    "konstatier",
    "!monier",
    "!verbreit",
    "beteuer",
    "konter",
    "entgegn",
    "!wiederhol",
    "!erwähn",
    "!bezeichn",
    "!zweifl",
    "!befürwort",
    "verlautbar",
    "aus+führ",
    "vor+stell",
    "verlaut",
    "!aus+sag",
    "!an+deut",
    "!hin+deut",
    "!an+kreid",
    "!an+prangr",
    "bekund",
    "klag",
    "!beklag",
    "charakterisier",
    "vermeld",
    "!würdig",
    "skandier",
    "!beschuldig",
    "urteil",
    "!attackier",
    "laut",
    "durch+blick",
    "formulier",
    "aus+drück",
    "!bescheinig",
    "!gratulier",
    "!zu+sag",
];

/// The forms of `werfen` in [`STRONG`]'s order, a verb of saying with `vor` (`wirft … vor`);
/// the speech filter reads the accusative object before a clause-final `vor` as voiced.
pub(crate) const WERFEN: &[&str] = &[
    "werfen", "wirft", "werfen", "werfe", "warf", "warfen", "geworfen",
];

/// Strong and irregular verbs of saying: particle (or empty), report flag, forms
/// (infinitive, 3sg present, 3pl/1pl present, 1sg/Konj. I, 3sg preterite, 3pl preterite, participle).
const STRONG: &[(&str, bool, &[&str])] = &[
    (
        "",
        false,
        &[
            "vergleichen",
            "vergleicht",
            "vergleichen",
            "vergleiche",
            "verglich",
            "verglichen",
            "verglichen",
        ],
    ),
    (
        "ein",
        false,
        &[
            "wenden", "wendet", "wenden", "wende", "wandte", "wandten", "gewandt",
        ],
    ),
    (
        "",
        false,
        &[
            "ergeben", "ergibt", "ergeben", "ergebe", "ergab", "ergaben", "ergeben",
        ],
    ),
    (
        "hervor",
        false,
        &[
            "gehen", "geht", "gehen", "gehe", "ging", "gingen", "gegangen",
        ],
    ),
    (
        "aus",
        false,
        &[
            "gehen", "geht", "gehen", "gehe", "ging", "gingen", "gegangen",
        ],
    ),
    (
        "",
        false,
        &[
            "sprechen",
            "spricht",
            "sprechen",
            "spreche",
            "sprach",
            "sprachen",
            "gesprochen",
        ],
    ),
    (
        "aus",
        true,
        &[
            "schließen",
            "schließt",
            "schließen",
            "schließe",
            "schloss",
            "schlossen",
            "geschlossen",
        ],
    ),
    (
        "aus",
        true,
        &[
            "sprechen",
            "spricht",
            "sprechen",
            "spreche",
            "sprach",
            "sprachen",
            "gesprochen",
        ],
    ),
    (
        "",
        false,
        &[
            "schreiben",
            "schreibt",
            "schreiben",
            "schreibe",
            "schrieb",
            "schrieben",
            "geschrieben",
        ],
    ),
    (
        "",
        false,
        &[
            "rufen", "ruft", "rufen", "rufe", "rief", "riefen", "gerufen",
        ],
    ),
    (
        "auf",
        true,
        &[
            "rufen", "ruft", "rufen", "rufe", "rief", "riefen", "gerufen",
        ],
    ),
    (
        "",
        true,
        &[
            "verweisen",
            "verweist",
            "verweisen",
            "verweise",
            "verwies",
            "verwiesen",
            "verwiesen",
        ],
    ),
    (
        "hin",
        false,
        &[
            "weisen", "weist", "weisen", "weise", "wies", "wiesen", "gewiesen",
        ],
    ),
    (
        "zurück",
        true,
        &[
            "weisen", "weist", "weisen", "weise", "wies", "wiesen", "gewiesen",
        ],
    ),
    ("vor", true, WERFEN),
    (
        "vor",
        true,
        &[
            "schlagen",
            "schlägt",
            "schlagen",
            "schlage",
            "schlug",
            "schlugen",
            "geschlagen",
        ],
    ),
    (
        "an",
        false,
        &["geben", "gibt", "geben", "gebe", "gab", "gaben", "gegeben"],
    ),
    (
        "bekannt",
        true,
        &["geben", "gibt", "geben", "gebe", "gab", "gaben", "gegeben"],
    ),
    (
        "zu",
        true,
        &["geben", "gibt", "geben", "gebe", "gab", "gaben", "gegeben"],
    ),
    (
        "ab",
        true,
        &[
            "streiten",
            "streitet",
            "streiten",
            "streite",
            "stritt",
            "stritten",
            "gestritten",
        ],
    ),
    (
        "",
        true,
        &[
            "bestreiten",
            "bestreitet",
            "bestreiten",
            "bestreite",
            "bestritt",
            "bestritten",
            "bestritten",
        ],
    ),
    (
        "",
        true,
        &[
            "versprechen",
            "verspricht",
            "versprechen",
            "verspreche",
            "versprach",
            "versprachen",
            "versprochen",
        ],
    ),
    (
        "",
        true,
        &[
            "widersprechen",
            "widerspricht",
            "widersprechen",
            "widerspreche",
            "widersprach",
            "widersprachen",
            "widersprochen",
        ],
    ),
    (
        "",
        true,
        &[
            "empfehlen",
            "empfiehlt",
            "empfehlen",
            "empfehle",
            "empfahl",
            "empfahlen",
            "empfohlen",
        ],
    ),
    (
        "",
        false,
        &[
            "nennen", "nennt", "nennen", "nenne", "nannte", "nannten", "genannt",
        ],
    ),
    (
        "",
        false,
        &[
            "denken", "denkt", "denken", "denke", "dachte", "dachten", "gedacht",
        ],
    ),
    (
        "",
        true,
        &[
            "beschließen",
            "beschließt",
            "beschließen",
            "beschließe",
            "beschloss",
            "beschlossen",
            "beschlossen",
        ],
    ),
    (
        "",
        false,
        &[
            "entscheiden",
            "entscheidet",
            "entscheiden",
            "entscheide",
            "entschied",
            "entschieden",
            "entschieden",
        ],
    ),
    (
        "",
        false,
        &[
            "beschreiben",
            "beschreibt",
            "beschreiben",
            "beschreibe",
            "beschrieb",
            "beschrieben",
            "beschrieben",
        ],
    ),
    (
        "",
        false,
        &[
            "schreien",
            "schreit",
            "schreien",
            "schreie",
            "schrie",
            "schrien",
            "geschrien",
        ],
    ),
    (
        "",
        true,
        &[
            "bitten", "bittet", "bitten", "bitte", "bat", "baten", "gebeten",
        ],
    ),
    (
        "",
        false,
        &["raten", "rät", "raten", "rate", "riet", "rieten", "geraten"],
    ),
    (
        "ab",
        true,
        &["raten", "rät", "raten", "rate", "riet", "rieten", "geraten"],
    ),
    (
        "",
        false,
        &[
            "verraten",
            "verrät",
            "verraten",
            "verrate",
            "verriet",
            "verrieten",
            "verraten",
        ],
    ),
    (
        "",
        true,
        &[
            "verbieten",
            "verbietet",
            "verbieten",
            "verbiete",
            "verbot",
            "verboten",
            "verboten",
        ],
    ),
    (
        "ein",
        true,
        &[
            "gestehen",
            "gesteht",
            "gestehen",
            "gestehe",
            "gestand",
            "gestanden",
            "gestanden",
        ],
    ),
    (
        "",
        false,
        &[
            "gestehen",
            "gesteht",
            "gestehen",
            "gestehe",
            "gestand",
            "gestanden",
            "gestanden",
        ],
    ),
    (
        "",
        false,
        &[
            "verkünden",
            "verkündet",
            "verkünden",
            "verkünde",
            "verkündete",
            "verkündeten",
            "verkündet",
        ],
    ),
    (
        "fest",
        false,
        &[
            "halten", "hält", "halten", "halte", "hielt", "hielten", "gehalten",
        ],
    ),
    (
        "hervor",
        false,
        &["heben", "hebt", "heben", "hebe", "hob", "hoben", "gehoben"],
    ),
    (
        "",
        false,
        &[
            "unterstreichen",
            "unterstreicht",
            "unterstreichen",
            "unterstreiche",
            "unterstrich",
            "unterstrichen",
            "unterstrichen",
        ],
    ),
    (
        "wieder",
        false,
        &["geben", "gibt", "geben", "gebe", "gab", "gaben", "gegeben"],
    ),
    (
        "",
        false,
        &[
            "betonen", "betont", "betonen", "betone", "betonte", "betonten", "betont",
        ],
    ),
    (
        "",
        false,
        &[
            "mahnen", "mahnt", "mahnen", "mahne", "mahnte", "mahnten", "gemahnt",
        ],
    ),
    (
        "",
        false,
        &[
            "zitieren",
            "zitiert",
            "zitieren",
            "zitiere",
            "zitierte",
            "zitierten",
            "zitiert",
        ],
    ),
];

/// Konjunktiv I third-person forms that differ from the indicative, plus frequent stems
/// whose `-e` form is unambiguous in news prose.
const KONJ1_FORMS: &[&str] = &[
    "sei",
    "seien",
    "seiest",
    "habe",
    "werde",
    "könne",
    "müsse",
    "solle",
    "wolle",
    "dürfe",
    "möge",
    "wisse",
    "gebe",
    "komme",
    "gehe",
    "stehe",
    "liege",
    "bleibe",
    "brauche",
    "plane",
    "fehle",
    "gelte",
    "handle",
    "handele",
    "bestehe",
    "sehe",
    "halte",
    "lasse",
    "mache",
    "arbeite",
    "führe",
    "trage",
    "zeige",
    "bringe",
    "finde",
    "nehme",
    "denke",
    "glaube",
    "wünsche",
    "erwarte",
    "hoffe",
    "befinde",
    "verfüge",
    "unterstütze",
    "lehne",
    "stimme",
    "spreche",
    "sage",
    "erkläre",
    "treffe",
    "bedeute",
    "betrage",
    "beginne",
    "laufe",
    "lebe",
    "wohne",
    "kenne",
    "reiche",
    "folge",
    "hänge",
    "entspreche",
    "entstehe",
    "gehöre",
    "fordere",
    "biete",
    "suche",
    "prüfe",
    "setze",
    "stelle",
    "lege",
    "trete",
    "ziehe",
    "falle",
    "steige",
    "sinke",
    "wachse",
    "drohe",
    "leide",
    "sterbe",
    "passiere",
    "existiere",
    "funktioniere",
    "profitiere",
    "akzeptiere",
    "respektiere",
    "investiere",
    "verhandle",
    "verhandele",
    "kämpfe",
    "sorge",
    "rechne",
    "zahle",
    "koste",
    "verliere",
    "gewinne",
    "schaffe",
    "entscheide",
    "versuche",
    "benötige",
    "verstoße",
    "verletze",
    "schütze",
    "übernehme",
    "liefere",
    "erhalte",
    "bekomme",
    "ermögliche",
    "erfülle",
    "bemühe",
    "beabsichtige",
    "erwäge",
    "prüfe",
    "äußere",
    "ändere",
    "verändere",
    "verbessere",
    "verschlechtere",
    "stamme",
    "hieße",
    "gäbe",
    "käme",
    // Stems in -t, whose `-te` the productive rule in detect.rs leaves to the past tense.
    "befürworte",
    "bewerte",
    "beobachte",
    "betrachte",
    "verbreite",
    "bereite",
    "vorbereite",
    "richte",
    "gestalte",
    "enthalte",
    "verhalte",
    "vertrete",
    "verantworte",
    "beantworte",
    "bearbeite",
    "leiste",
];

/// Konjunktiv II forms typical of reports (ambiguous with conditionals).
const KONJ2_FORMS: &[&str] = &[
    "würde",
    "würden",
    "hätte",
    "hätten",
    "wäre",
    "wären",
    "könnte",
    "könnten",
    "müsste",
    "müssten",
    "dürfte",
    "dürften",
    "sollte",
    "sollten",
    "gäbe",
    "käme",
    "kämen",
    // (Umlauted forms of strong verbs, none of them also indicative: `stünden`, not
    // `gingen` or `blieben`.)
    "gäben",
    "stünde",
    "stünden",
    "läge",
    "lägen",
    "fänden",
    "ginge",
    "täte",
    "täten",
    "wüsste",
    "wüssten",
    "bräuchte",
    "bräuchten",
    "sähe",
    "sähen",
];

const PRONOUNS: &[&str] = &["er", "sie", "ich", "wir"];

const DETS: &[&str] = &[
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
    "dessen", "deren", "sein", "seine", "seiner", "seines", "seinem", "seinen", "ihr", "ihre",
    "ihrer", "ihres", "ihrem", "ihren", "unser", "unsere", "dieser", "diese", "dieses", "diesem",
    "diesen", "jener", "jene", "mehrere", "viele", "einige", "zwei", "drei", "beide", "alle",
    "andere", "weitere", "kein", "keine",
];

const PREPS: &[&str] = &[
    "am",
    "im",
    "in",
    "an",
    "auf",
    "aus",
    "bei",
    "mit",
    "nach",
    "seit",
    "von",
    "vom",
    "vor",
    "zu",
    "zum",
    "zur",
    "für",
    "gegen",
    "gegenüber",
    "über",
    "unter",
    "um",
    "durch",
    "ohne",
    "während",
    "wegen",
    "trotz",
    "hinter",
    "neben",
    "zwischen",
    "bis",
    "ab",
    "ins",
    "ans",
    "beim",
    "aufs",
    "innerhalb",
    "außerhalb",
    "angesichts",
    "laut",
    "gemäß",
    "gemäss",
    "infolge",
    "aufgrund",
    "außer",
    "oberhalb",
    "unterhalb",
    "anhand",
    "mithilfe",
    "seitens",
    "hinsichtlich",
    "bezüglich",
    "jenseits",
];

const FUNCS: &[&str] = &[
    "letzteres",
    "letztere",
    "letzterer",
    "ersteres",
    "erstere",
    "solches",
    "indem",
    "unterdessen",
    "indessen",
    "derweil",
    "währenddessen",
    "anschließend",
    "danach",
    "dagegen",
    "demgegenüber",
    "hingegen",
    "schließlich",
    "letztlich",
    "folglich",
    "somit",
    "immerhin",
    "überdies",
    "zusätzlich",
    "gleichwohl",
    "dennoch",
    "nunmehr",
    "erneut",
    "abschließend",
    "einerseits",
    "andererseits",
    "zuerst",
    "zudem",
    "und",
    "oder",
    "aber",
    "doch",
    "jedoch",
    "auch",
    "noch",
    "schon",
    "bereits",
    "dann",
    "nun",
    "jetzt",
    "heute",
    "gestern",
    "morgen",
    "zudem",
    "außerdem",
    "allerdings",
    "dabei",
    "damit",
    "daher",
    "deshalb",
    "darum",
    "so",
    "wie",
    "als",
    "weil",
    "wenn",
    "denn",
    "sondern",
    "nicht",
    "nie",
    "nur",
    "sehr",
    "ganz",
    "immer",
    "wieder",
    "später",
    "zuvor",
    "zuletzt",
    "erst",
    "etwa",
    "rund",
    "fast",
    "weiter",
    "ferner",
    "daraufhin",
    "dort",
    "hier",
    "da",
    "zunächst",
    "inzwischen",
    "mittlerweile",
    "bislang",
    "bisher",
    "offenbar",
    "offenbar",
    "angeblich",
    "demnach",
    "darüber",
    "dazu",
    "darin",
    "darauf",
    "daraus",
    "dafür",
    "dagegen",
    "danach",
    "davon",
    "daran",
    "darunter",
    "hierin",
    "hierbei",
    "hierfür",
    "hierzu",
    "kürzlich",
    "es",
    "man",
    "sich",
    "ihm",
    "ihn",
    "ihnen",
    "uns",
    "was",
    "wer",
    "wo",
    "warum",
    "also",
    "ebenfalls",
    "ebenso",
    "gleichzeitig",
    "zugleich",
    "einst",
    "vorher",
    "nachdem",
    "obwohl",
    "während",
    "bevor",
    "seitdem",
    "sowie",
    "sowohl",
    "weder",
    "noch",
    "nämlich",
    "vielmehr",
    "trotzdem",
    "dennoch",
    "stattdessen",
    "jedenfalls",
    "zwar",
    "eben",
    "gerade",
    "sogar",
    "vor",
    "allem",
    "mehr",
    "weniger",
    "wohl",
    "vermutlich",
    "wahrscheinlich",
    "ist",
    "sind",
    "war",
    "waren",
    "hat",
    "haben",
    "hatte",
    "hatten",
    "wird",
    "werden",
    "wurde",
    "wurden",
    "kann",
    "können",
    "konnte",
    "muss",
    "müssen",
    "musste",
    "will",
    "wollen",
    "wollte",
    "gibt",
    "gab",
    "ob",
    "dass",
    "daß",
    "wonach",
    "zufolge",
    "heißt",
    "hieß",
    "mitteilte",
    "sagte",
    "erklärte",
    "diese",
    "dies",
    "dieser",
    "diesem",
    "jedem",
    "jeder",
    "jede",
    "welche",
    "welcher",
    "welches",
    "selbst",
    "jeweils",
    "insgesamt",
    "besonders",
    "vorerst",
    "ebenfalls",
    "insbesondere",
    "kaum",
    "bald",
    "gern",
    "gerne",
];

const TITLE_WORDS: &[&str] = &[
    "sogenannte",
    "sogenannten",
    "sogenannter",
    "sogenanntes",
    "sogenanntem",
    "genannte",
    "genannten",
    "genannter",
    "genanntes",
    "titel",
    "titels",
    "sendung",
    "buch",
    "buches",
    "film",
    "films",
    "filmes",
    "roman",
    "album",
    "albums",
    "song",
    "lied",
    "liedes",
    "motto",
    "slogan",
    "begriff",
    "begriffs",
    "wort",
    "schlagwort",
    "stichwort",
    "zeitung",
    "zeitschrift",
    "magazin",
    "magazins",
    "wochenzeitung",
    "tageszeitung",
    "aktion",
    "kampagne",
    "programm",
    "programms",
    "projekt",
    "projekts",
    "operation",
    "namens",
    "name",
    "namen",
    "unternehmen",
    "serie",
    "fernsehserie",
    "reihe",
    "show",
    "talkshow",
    "theaterstück",
    "stück",
    "oper",
    "werk",
    "ausstellung",
    "studie",
    "bericht",
    "berichts",
    "gesetz",
    "initiative",
    "bündnis",
    "partei",
    "verein",
    "gruppe",
    "band",
    "marke",
    "modell",
    "schiff",
    "festival",
    "preis",
    "award",
    "kategorie",
    "rubrik",
    "kolumne",
    "blog",
    "website",
    "portal",
    "app",
    "spiel",
    "computerspiel",
    "titelgeschichte",
    "schlagzeile",
    "überschrift",
    "artikel",
    "beitrag",
    "dokumentation",
    "doku",
    "nachrichtenmagazin",
    "tatort",
    "hashtag",
    "plattform",
    "sender",
    "radiosender",
    "krimi",
    "komödie",
    "drama",
    "musical",
    "single",
    "hit",
    "debütalbum",
    "gedicht",
    "spielfilm",
    "dokumentarfilm",
    "kinofilm",
    "satiremagazin",
    "organisation",
    "bewegung",
    "netzwerk",
    "stiftung",
    "unwort",
    "jugendwort",
    "wahlspruch",
    "losung",
    "parole",
    "bezeichnung",
    "typ",
    "typs",
    "raumfähre",
    "fernsehsender",
    "nachrichtenagentur",
    "firma",
    "kurz",
];

const ROLE_NOUNS: &[&str] = &[
    "sprecher",
    "sprecherin",
    "quelle",
    "quellen",
    "sprecherinnen",
    "vertreter",
    "vertreterin",
    "chef",
    "chefin",
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "polizei",
    "regierung",
    "behörde",
    "behörden",
    "experte",
    "experten",
    "expertin",
    "ministerium",
    "unternehmen",
    "firma",
    "konzern",
    "anwalt",
    "anwältin",
    "staatsanwaltschaft",
    "gericht",
    "kanzler",
    "kanzlerin",
    "bürgermeister",
    "bürgermeisterin",
    "agentur",
    "nachrichtenagentur",
    "zeitung",
    "medien",
    "kreise",
    "kreisen",
    "augenzeugen",
    "zeugen",
    "polizeisprecher",
    "regierungssprecher",
    "sprecherin",
    "leiter",
    "leiterin",
    "vorsitzende",
    "vorsitzender",
    "direktor",
    "direktorin",
    "beamte",
    "beamter",
];

const SPEECH_NOUNS: &[&str] = &[
    "angaben",
    "angabe",
    "worten",
    "aussage",
    "aussagen",
    "ansicht",
    "meinung",
    "auffassung",
    "einschätzung",
    "darstellung",
    "informationen",
    "berichten",
    "bericht",
    "berichte",
    "mitteilung",
    "erklärung",
    "schätzungen",
    "schätzung",
    "sicht",
];

/// [`ACT_NOUN`]s (checked lower-cased).
const ACT_NOUNS: &[&str] = &[
    "beschluss",
    "forderung",
    "forderungen",
    "appell",
    "aufforderung",
    "aufruf",
    "bitte",
    "vorschlag",
    "versprechen",
    "zusage",
    "drohung",
    "empfehlung",
    "anfrage",
    "anfragen",
    "anweisung",
    "ultimatum",
    "angebot",
];

impl Lexicon {
    /// The built-in German lexicon.
    pub fn german() -> Self {
        let mut lx = Lexicon::default();
        for &w in KONJ1_FORMS {
            lx.add(w, KONJ1 | FINITE);
        }
        for &w in KONJ2_FORMS {
            lx.add(w, KONJ2 | FINITE);
        }
        for w in ["soll", "sollen"] {
            lx.add(w, SOLL | FINITE);
        }
        for &w in PRONOUNS {
            lx.add(w, PRONOUN);
        }
        for &w in DETS {
            lx.add(w, DET);
        }
        for &w in PREPS {
            lx.add(w, PREP);
        }
        for &w in FUNCS {
            lx.add(w, FUNC);
        }
        for &w in TITLE_WORDS {
            lx.add(w, TITLE_CUE);
        }
        for &w in ROLE_NOUNS {
            lx.add(w, ROLE_NOUN);
        }
        for &w in SPEECH_NOUNS {
            lx.add(w, SPEECH_NOUN);
        }
        for &w in MARKERS {
            lx.add(w, MARKER);
        }
        for &w in ACT_NOUNS {
            lx.add(w, ACT_NOUN);
        }
        for w in ["dass", "daß", "ob", "wonach"] {
            lx.add(w, COMP);
        }
        for w in ["lässt", "ließ", "ließen", "lassen", "lasse"] {
            lx.add(w, LASSEN | FINITE);
        }
        for &entry in WEAK {
            let (report, entry) = match entry.strip_prefix('!') {
                Some(e) => (REPORT_VERB, e),
                None => (0, entry),
            };
            let (particle, stem) = match entry.split_once('+') {
                Some((p, s)) => (p, s),
                None => ("", entry),
            };
            let forms = weak_forms(stem);
            let forms: Vec<&str> = forms.iter().map(String::as_str).collect();
            lx.add_verb(particle, report, &forms);
        }
        for &(particle, report, forms) in STRONG {
            if forms.iter().any(|f| f.contains(' ')) {
                // Already-separated forms: the joined ones are listed as infinitive/participle.
                lx.add(forms[0], CUE | if report { REPORT_VERB } else { 0 });
                lx.add(forms[6], CUE | if report { REPORT_VERB } else { 0 });
                continue;
            }
            lx.add_verb(particle, if report { REPORT_VERB } else { 0 }, forms);
        }
        // `bekannt geben` / `bekannt gegeben` written apart: the sentence needs a look for
        // the cue at `bekannt` (no particle closes a clause after these forms).
        for w in ["geben", "gegeben"] {
            lx.add(w, SEP_BASE);
        }
        for w in ["zitiert", "zitierte", "zitierten", "zitieren"] {
            lx.add(w, ZITIEREN);
        }
        lx.add("an", PARTICLE);
        for p in [
            "mit", "hinzu", "ab", "fest", "klar", "dar", "vor", "zu", "ein", "bekannt", "aus",
            "auf", "hin", "zurück", "hervor", "deutlich",
        ] {
            lx.add(p, PARTICLE);
        }
        lx.index();
        lx
    }

    /// Builds the lookup table once every word is in.
    fn index(&mut self) {
        let mut words = std::mem::take(&mut self.words);
        // Swiss spelling writes `ss` for `ß` (`hiess es`, `äusserte`, `liess … mitteilen`):
        // every word with `ß` is known in that spelling too, with its particles.
        let swiss: Vec<(Box<[u8]>, u32)> = words
            .iter()
            .filter_map(|(w, &f)| {
                let w = std::str::from_utf8(w).ok()?;
                w.contains('ß')
                    .then(|| (w.replace('ß', "ss").into_bytes().into_boxed_slice(), f))
            })
            .collect();
        for (w, f) in swiss {
            *words.entry(w).or_insert(0) |= f;
        }
        let swiss: Vec<(String, Vec<&'static str>)> = self
            .particles
            .iter()
            .filter(|(w, _)| w.contains('ß'))
            .map(|(w, p)| (w.replace('ß', "ss"), p.clone()))
            .collect();
        for (w, p) in swiss {
            let e = self.particles.entry(w.into()).or_default();
            for x in p {
                if !e.contains(&x) {
                    e.push(x);
                }
            }
        }
        // (The word lists are fixed, and every test of this module builds them.)
        self.table = table::WordTable::new(&words).expect("no two lexicon words fold alike");
    }

    fn add(&mut self, w: &str, flags: u32) {
        *self.words.entry(w.as_bytes().into()).or_insert(0) |= flags;
    }

    /// Adds the forms `[inf, pres3sg, pres3pl, pres1sg, pret3sg, pret3pl, participle]`.
    fn add_verb(&mut self, particle: &'static str, report: u32, f: &[&str]) {
        let cue = CUE | report;
        if f.len() < 7 {
            return;
        }
        let (inf, p3, p3pl, p1, t3, t3pl, part) = (f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
        if particle.is_empty() {
            for w in [p3, t3] {
                self.add(w, cue | FINITE);
            }
            for w in [p3pl, t3pl] {
                self.add(w, cue | FINITE | PLURAL);
            }
            self.add(p1, cue);
            self.add(inf, cue);
            self.add(part, cue);
            self.add(&format!("zu{inf}"), 0);
        } else {
            for w in [p3, t3, p3pl, t3pl, p1] {
                self.add(w, SEP_BASE);
                let e = self.particles.entry(w.into()).or_default();
                if !e.contains(&particle) {
                    e.push(particle);
                }
            }
            for w in [p3, t3] {
                self.add(&format!("{particle}{w}"), cue | FINITE);
            }
            for w in [p3pl, t3pl] {
                self.add(&format!("{particle}{w}"), cue | FINITE | PLURAL);
            }
            self.add(&format!("{particle}{inf}"), cue);
            self.add(&format!("{particle}zu{inf}"), cue);
            self.add(&format!("{particle}{part}"), cue);
        }
    }

    /// The flags of a word as written (lower-case lookup is the caller's job).
    #[inline(always)]
    pub fn get(&self, w: &str) -> u32 {
        self.table.get(w.as_bytes())
    }

    /// [`Lexicon::get`] on the UTF-8 bytes of a word.
    #[inline(always)]
    pub fn get_bytes(&self, w: &[u8]) -> u32 {
        self.table.get(w)
    }

    /// [`Lexicon::get_bytes`], or [`Lexicon::get_lower_first`] if `lower_first`, with
    /// little branching for the usual ASCII words.
    #[inline(always)]
    pub fn get_cased(&self, w: &[u8], lower_first: bool) -> u32 {
        self.table.get_cased(w, lower_first)
    }

    /// [`Lexicon::get_cased`] of the word `text[start..end]`, which starts with an ASCII
    /// byte (0 for a range that is not in the text): the fastest lookup, for words inside
    /// a longer text. Set `lower_first` only if that byte is an ASCII capital.
    #[inline(always)]
    pub fn get_ascii_in(&self, text: &[u8], start: usize, end: usize, lower_first: bool) -> u32 {
        self.table.get_ascii_in(text, start, end, lower_first)
    }

    /// [`Lexicon::get_ascii_in`] of the word of `len` bytes at `start` in `text`, given the
    /// eight bytes from its start (`head`) and the eight up to its end (`tail`), as the
    /// caller loaded them to test its first and last byte.
    #[inline(always)]
    pub(crate) fn get_loaded(
        &self,
        text: &[u8],
        start: usize,
        len: usize,
        head: u64,
        tail: u64,
        lower_first: bool,
    ) -> u32 {
        self.table
            .get_loaded(text, start, len, head, tail, lower_first)
    }

    /// The flags of a capitalised word looked up with its first letter lower-cased (as
    /// `char::to_lowercase` does it), without copying the word for the common letters.
    #[inline(always)]
    pub fn get_lower_first(&self, w: &str) -> u32 {
        self.table.get_lower_first(w.as_bytes())
    }

    /// The particles a separable base form expects.
    pub fn particles(&self, w: &str) -> &[&'static str] {
        self.particles.get(w).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// The inflected forms of a weak verb stem (`sag` → sagen, sagt, sagen, sage, sagte, sagten, gesagt).
fn weak_forms(stem: &str) -> [String; 7] {
    // Stems ending in -d/-t (and -chn, -gn) take an -e- before -t.
    let e = if stem.ends_with('d')
        || stem.ends_with('t')
        || stem.ends_with("chn")
        || stem.ends_with("gn")
        || stem.ends_with("ffn")
    {
        "e"
    } else {
        ""
    };
    // Stems in -er/-el take -n in the infinitive (`äußern`, `schildern`).
    let inf_end = if stem.ends_with("er") || stem.ends_with("el") {
        "n"
    } else {
        "en"
    };
    // `fordr` is stored without the e of `fordern`; restore it for the -t forms.
    let (stem_t, inf) = if stem == "fordr" || stem == "anprangr" || stem == "prangr" {
        let s = format!("{}er", &stem[..stem.len() - 1]);
        (s.clone(), format!("{s}n"))
    } else if stem.ends_with("fl") || stem.ends_with("gl") {
        (
            format!("{}el", &stem[..stem.len() - 1]),
            format!("{}eln", &stem[..stem.len() - 1]),
        )
    } else {
        (stem.to_string(), format!("{stem}{inf_end}"))
    };
    let inseparable = [
        "be", "er", "ver", "ent", "emp", "ge", "zer", "miss", "wider", "über", "unter",
    ]
    .iter()
    .any(|p| stem_t.starts_with(p) && stem_t.len() > p.len() + 2)
        || stem_t.ends_with("ier");
    let part = if inseparable {
        format!("{stem_t}{e}t")
    } else {
        format!("ge{stem_t}{e}t")
    };
    [
        inf.clone(),
        format!("{stem_t}{e}t"),
        inf,
        format!("{stem_t}e"),
        format!("{stem_t}{e}te"),
        format!("{stem_t}{e}ten"),
        part,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `report_marker` in detect.rs looks only at words flagged MARKER (and capitalised
    /// ones): every word its arms name must carry the flag, as written in the text.
    #[test]
    fn report_marker_words_are_flagged() {
        let lx = Lexicon::german();
        for w in [
            "laut",
            "Laut",
            "gemäß",
            "Gemäß",
            "gemäss",
            "Gemäss",
            "zufolge",
            "Zufolge",
            "Angaben",
            "Informationen",
            "Berichten",
            "Aussage",
            "Aussagen",
            "Einschätzung",
            "Ansicht",
            "Auffassung",
            "Darstellung",
            "Worten",
            "Meinung",
            "Bewertung",
            "demnach",
            "Demnach",
            "Sicht",
            "so",
            "heißt",
            "hieß",
            "geheißen",
            "nach",
            "Nach",
            "Vernehmen",
        ] {
            let cap = w.starts_with(char::is_uppercase);
            assert_ne!(lx.get_cased(w.as_bytes(), cap) & MARKER, 0, "{w}");
        }
    }

    #[test]
    fn weak_verbs_inflect() {
        let lx = Lexicon::german();
        for w in [
            "sagte",
            "gesagt",
            "sagten",
            "erklärte",
            "betonte",
            "kritisierte",
            "forderte",
            "gefordert",
            "äußerte",
            "geäußert",
            "antwortete",
            "ankündigte",
            "angekündigt",
            "mitteilte",
            "mitgeteilt",
            "mitzuteilen",
        ] {
            assert!(lx.get(w) & CUE != 0, "{w}");
        }
        assert!(lx.get("teilte") & SEP_BASE != 0);
        assert_eq!(lx.particles("teilte"), &["mit"]);
        assert!(lx.get("kritisierte") & REPORT_VERB != 0);
        assert!(lx.get("sagte") & REPORT_VERB == 0);
    }

    #[test]
    fn strong_and_separable_verbs() {
        let lx = Lexicon::german();
        for w in [
            "sprach",
            "gesprochen",
            "schrieb",
            "hinwies",
            "hingewiesen",
            "vorwarf",
            "bekanntgegeben",
            "nannte",
        ] {
            assert!(lx.get(w) & CUE != 0, "{w}");
        }
        assert!(lx.particles("fügte").contains(&"an"));
        assert!(lx.particles("fügte").contains(&"hinzu"));
        assert!(lx.particles("wies").contains(&"hin"));
    }

    #[test]
    fn werfen_is_a_base_of_vor_in_its_finite_forms_only() {
        // The speech filter relies on this to leave out the participle.
        let lx = Lexicon::german();
        let with_vor: Vec<&str> = WERFEN
            .iter()
            .copied()
            .filter(|w| lx.particles(w).contains(&"vor"))
            .collect();
        assert_eq!(
            with_vor,
            ["werfen", "wirft", "werfen", "werfe", "warf", "warfen"]
        );
        assert!(lx.get("vorgeworfen") & CUE != 0);
    }
}
