//! English word lists. General vocabulary only: never one story's names or figures.

use crate::quantity::{Dimension, Qualifier};

/// Cardinal number words and their values.
pub const CARDINALS: &[(&str, f64)] = &[
    ("zero", 0.0), ("one", 1.0), ("two", 2.0), ("three", 3.0), ("four", 4.0), ("five", 5.0),
    ("six", 6.0), ("seven", 7.0), ("eight", 8.0), ("nine", 9.0), ("ten", 10.0),
    ("eleven", 11.0), ("twelve", 12.0), ("thirteen", 13.0), ("fourteen", 14.0),
    ("fifteen", 15.0), ("sixteen", 16.0), ("seventeen", 17.0), ("eighteen", 18.0),
    ("nineteen", 19.0), ("twenty", 20.0), ("thirty", 30.0), ("forty", 40.0), ("fifty", 50.0),
    ("sixty", 60.0), ("seventy", 70.0), ("eighty", 80.0), ("ninety", 90.0),
];

/// Ordinal words and their positions.
pub const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0), ("second", 2.0), ("third", 3.0), ("fourth", 4.0), ("fifth", 5.0),
    ("sixth", 6.0), ("seventh", 7.0), ("eighth", 8.0), ("ninth", 9.0), ("tenth", 10.0),
    ("eleventh", 11.0), ("twelfth", 12.0), ("thirteenth", 13.0), ("fourteenth", 14.0),
    ("fifteenth", 15.0), ("sixteenth", 16.0), ("seventeenth", 17.0), ("eighteenth", 18.0),
    ("nineteenth", 19.0), ("twentieth", 20.0), ("thirtieth", 30.0), ("fortieth", 40.0),
    ("fiftieth", 50.0), ("hundredth", 100.0),
];

/// Scale words that multiply the number before them.
pub const SCALES: &[(&str, f64)] = &[
    ("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
    ("mn", 1e6), ("mln", 1e6), ("bn", 1e9), ("bln", 1e9), ("tn", 1e12), ("trn", 1e12),
    ("k", 1e3), ("m", 1e6), ("b", 1e9), ("lakh", 1e5), ("lakhs", 1e5), ("crore", 1e7),
    ("crores", 1e7), ("dozen", 12.0),
];

/// Words for vague amounts, with the interval they stand for and whether they need a
/// casualty-like predicate nearby to count as a claim (`several` is too common otherwise).
pub const VAGUE: &[(&str, f64, f64, bool)] = &[
    ("a couple of", 2.0, 3.0, true),
    ("a few", 2.0, 6.0, true),
    ("a handful of", 2.0, 8.0, false),
    ("a handful", 2.0, 8.0, false),
    ("several", 3.0, 10.0, true),
    ("dozens", 24.0, 100.0, false),
    ("scores of", 40.0, 200.0, false),
    ("hundreds of thousands", 2e5, 1e6, false),
    ("tens of thousands", 2e4, 1e5, false),
    ("tens of millions", 2e7, 1e8, false),
    ("hundreds of millions", 2e8, 1e9, false),
    ("hundreds", 200.0, 1000.0, false),
    ("thousands", 2000.0, 10000.0, false),
    ("millions", 2e6, 1e7, false),
    ("billions", 2e9, 1e10, false),
];

/// Qualifier phrases before a figure, longest first within each shared first word.
pub const QUALIFIERS: &[(&str, Qualifier)] = &[
    ("more than", Qualifier::MoreThan), ("well over", Qualifier::MoreThan),
    ("just over", Qualifier::MoreThan), ("over", Qualifier::MoreThan),
    ("in excess of", Qualifier::MoreThan), ("above", Qualifier::MoreThan),
    ("upwards of", Qualifier::MoreThan), ("upward of", Qualifier::MoreThan),
    ("at least", Qualifier::AtLeast), ("no fewer than", Qualifier::AtLeast),
    ("no less than", Qualifier::AtLeast), ("a minimum of", Qualifier::AtLeast),
    ("not less than", Qualifier::AtLeast), ("not fewer than", Qualifier::AtLeast),
    ("as few as", Qualifier::AtLeast),
    ("less than", Qualifier::LessThan), ("fewer than", Qualifier::LessThan),
    ("under", Qualifier::LessThan), ("below", Qualifier::LessThan),
    ("up to", Qualifier::AtMost), ("no more than", Qualifier::AtMost),
    ("not more than", Qualifier::AtMost), ("at most", Qualifier::AtMost),
    ("as many as", Qualifier::AtMost), ("as much as", Qualifier::AtMost),
    ("a maximum of", Qualifier::AtMost), ("as high as", Qualifier::AtMost),
    ("almost", Qualifier::Almost), ("nearly", Qualifier::Almost),
    ("just under", Qualifier::Almost), ("close to", Qualifier::Almost),
    ("not quite", Qualifier::Almost), ("just shy of", Qualifier::Almost),
    ("just short of", Qualifier::Almost), ("nearing", Qualifier::Almost),
    ("about", Qualifier::About), ("around", Qualifier::About), ("some", Qualifier::About),
    ("roughly", Qualifier::About), ("approximately", Qualifier::About),
    ("approx.", Qualifier::About), ("an estimated", Qualifier::About),
    ("estimated", Qualifier::About), ("circa", Qualifier::About), ("ca.", Qualifier::About),
    ("~", Qualifier::About), ("more or less", Qualifier::About), ("or so", Qualifier::About),
];

/// A unit word: its dimension, canonical unit and factor to the canonical unit.
pub type UnitEntry = (&'static str, Dimension, &'static str, f64);

const MONTH_SECS: f64 = 365.0 / 12.0 * 86_400.0;
const YEAR_SECS: f64 = 365.0 * 86_400.0;

/// Unit words after a figure (lowercase; plural forms listed where irregular).
pub const UNITS: &[UnitEntry] = &[
    ("second", Dimension::Duration, "second", 1.0), ("seconds", Dimension::Duration, "second", 1.0),
    ("sec", Dimension::Duration, "second", 1.0), ("secs", Dimension::Duration, "second", 1.0),
    ("minute", Dimension::Duration, "second", 60.0), ("minutes", Dimension::Duration, "second", 60.0),
    ("min", Dimension::Duration, "second", 60.0), ("mins", Dimension::Duration, "second", 60.0),
    ("hour", Dimension::Duration, "second", 3600.0), ("hours", Dimension::Duration, "second", 3600.0),
    ("hr", Dimension::Duration, "second", 3600.0), ("hrs", Dimension::Duration, "second", 3600.0),
    ("day", Dimension::Duration, "second", 86_400.0), ("days", Dimension::Duration, "second", 86_400.0),
    ("week", Dimension::Duration, "second", 604_800.0), ("weeks", Dimension::Duration, "second", 604_800.0),
    ("fortnight", Dimension::Duration, "second", 1_209_600.0),
    ("month", Dimension::Duration, "second", MONTH_SECS), ("months", Dimension::Duration, "second", MONTH_SECS),
    ("year", Dimension::Duration, "second", YEAR_SECS), ("years", Dimension::Duration, "second", YEAR_SECS),
    ("yr", Dimension::Duration, "second", YEAR_SECS), ("yrs", Dimension::Duration, "second", YEAR_SECS),
    ("decade", Dimension::Duration, "second", 10.0 * YEAR_SECS), ("decades", Dimension::Duration, "second", 10.0 * YEAR_SECS),
    ("century", Dimension::Duration, "second", 100.0 * YEAR_SECS), ("centuries", Dimension::Duration, "second", 100.0 * YEAR_SECS),
    ("percent", Dimension::Percent, "percent", 1.0), ("%", Dimension::Percent, "percent", 1.0),
    ("pct", Dimension::Percent, "percent", 1.0),
    ("percentage point", Dimension::Percent, "percentage_point", 1.0),
    ("percentage points", Dimension::Percent, "percentage_point", 1.0),
    ("per cent", Dimension::Percent, "percent", 1.0),
    ("dollar", Dimension::Money, "USD", 1.0), ("dollars", Dimension::Money, "USD", 1.0),
    ("euro", Dimension::Money, "EUR", 1.0), ("euros", Dimension::Money, "EUR", 1.0),
    ("pound sterling", Dimension::Money, "GBP", 1.0), ("pounds sterling", Dimension::Money, "GBP", 1.0),
    ("sterling", Dimension::Money, "GBP", 1.0),
    ("yen", Dimension::Money, "JPY", 1.0), ("yuan", Dimension::Money, "CNY", 1.0),
    ("renminbi", Dimension::Money, "CNY", 1.0),
    ("rupee", Dimension::Money, "INR", 1.0), ("rupees", Dimension::Money, "INR", 1.0),
    ("rouble", Dimension::Money, "RUB", 1.0), ("roubles", Dimension::Money, "RUB", 1.0),
    ("ruble", Dimension::Money, "RUB", 1.0), ("rubles", Dimension::Money, "RUB", 1.0),
    ("franc", Dimension::Money, "CHF", 1.0), ("francs", Dimension::Money, "CHF", 1.0),
    ("usd", Dimension::Money, "USD", 1.0), ("eur", Dimension::Money, "EUR", 1.0),
    ("gbp", Dimension::Money, "GBP", 1.0),
    ("km", Dimension::Length, "metre", 1000.0), ("kilometre", Dimension::Length, "metre", 1000.0),
    ("kilometres", Dimension::Length, "metre", 1000.0), ("kilometer", Dimension::Length, "metre", 1000.0),
    ("kilometers", Dimension::Length, "metre", 1000.0), ("kms", Dimension::Length, "metre", 1000.0),
    ("mile", Dimension::Length, "metre", 1609.344), ("miles", Dimension::Length, "metre", 1609.344),
    ("metre", Dimension::Length, "metre", 1.0), ("metres", Dimension::Length, "metre", 1.0),
    ("meter", Dimension::Length, "metre", 1.0), ("meters", Dimension::Length, "metre", 1.0),
    ("m", Dimension::Length, "metre", 1.0), ("cm", Dimension::Length, "metre", 0.01), ("centimetres", Dimension::Length, "metre", 0.01),
    ("centimeters", Dimension::Length, "metre", 0.01), ("mm", Dimension::Length, "metre", 0.001),
    ("millimetres", Dimension::Length, "metre", 0.001), ("millimeters", Dimension::Length, "metre", 0.001),
    ("foot", Dimension::Length, "metre", 0.3048), ("feet", Dimension::Length, "metre", 0.3048),
    ("ft", Dimension::Length, "metre", 0.3048), ("inch", Dimension::Length, "metre", 0.0254),
    ("inches", Dimension::Length, "metre", 0.0254), ("yards", Dimension::Length, "metre", 0.9144),
    ("nautical miles", Dimension::Length, "metre", 1852.0),
    ("square kilometres", Dimension::Area, "square_metre", 1e6), ("square kilometers", Dimension::Area, "square_metre", 1e6),
    ("sq km", Dimension::Area, "square_metre", 1e6), ("km2", Dimension::Area, "square_metre", 1e6),
    ("square miles", Dimension::Area, "square_metre", 2_589_988.11), ("sq miles", Dimension::Area, "square_metre", 2_589_988.11),
    ("square metres", Dimension::Area, "square_metre", 1.0), ("square meters", Dimension::Area, "square_metre", 1.0),
    ("square feet", Dimension::Area, "square_metre", 0.092_903), ("sq ft", Dimension::Area, "square_metre", 0.092_903),
    ("hectare", Dimension::Area, "square_metre", 1e4), ("hectares", Dimension::Area, "square_metre", 1e4),
    ("acre", Dimension::Area, "square_metre", 4046.856), ("acres", Dimension::Area, "square_metre", 4046.856),
    ("kg", Dimension::Mass, "kilogram", 1.0), ("kilogram", Dimension::Mass, "kilogram", 1.0),
    ("kilograms", Dimension::Mass, "kilogram", 1.0), ("kilos", Dimension::Mass, "kilogram", 1.0),
    ("gram", Dimension::Mass, "kilogram", 0.001), ("grams", Dimension::Mass, "kilogram", 0.001),
    ("tonne", Dimension::Mass, "kilogram", 1000.0), ("tonnes", Dimension::Mass, "kilogram", 1000.0),
    ("ton", Dimension::Mass, "kilogram", 1000.0), ("tons", Dimension::Mass, "kilogram", 1000.0),
    ("metric tons", Dimension::Mass, "kilogram", 1000.0),
    ("lb", Dimension::Mass, "kilogram", 0.453_592_37), ("lbs", Dimension::Mass, "kilogram", 0.453_592_37),
    ("pound", Dimension::Mass, "kilogram", 0.453_592_37), ("pounds", Dimension::Mass, "kilogram", 0.453_592_37),
    ("litre", Dimension::Volume, "litre", 1.0), ("litres", Dimension::Volume, "litre", 1.0),
    ("liter", Dimension::Volume, "litre", 1.0), ("liters", Dimension::Volume, "litre", 1.0),
    ("gallon", Dimension::Volume, "litre", 3.785_41), ("gallons", Dimension::Volume, "litre", 3.785_41),
    ("cubic metres", Dimension::Volume, "litre", 1000.0), ("cubic meters", Dimension::Volume, "litre", 1000.0),
    ("km/h", Dimension::Speed, "km/h", 1.0), ("kph", Dimension::Speed, "km/h", 1.0),
    ("kmh", Dimension::Speed, "km/h", 1.0), ("kilometres per hour", Dimension::Speed, "km/h", 1.0),
    ("kilometers per hour", Dimension::Speed, "km/h", 1.0), ("mph", Dimension::Speed, "km/h", 1.609_344),
    ("miles per hour", Dimension::Speed, "km/h", 1.609_344), ("knots", Dimension::Speed, "km/h", 1.852),
    ("degrees celsius", Dimension::Temperature, "celsius", 1.0), ("degrees fahrenheit", Dimension::Temperature, "celsius", 1.0),
    ("°c", Dimension::Temperature, "celsius", 1.0), ("°f", Dimension::Temperature, "celsius", 1.0),
    ("degrees c", Dimension::Temperature, "celsius", 1.0), ("degrees f", Dimension::Temperature, "celsius", 1.0),
    ("c", Dimension::Temperature, "celsius", 1.0), ("f", Dimension::Temperature, "celsius", 1.0),
    ("degrees", Dimension::Temperature, "celsius", 1.0), ("celsius", Dimension::Temperature, "celsius", 1.0),
    ("fahrenheit", Dimension::Temperature, "celsius", 1.0),
    ("magnitude", Dimension::Magnitude, "magnitude", 1.0),
];

/// Currency signs and codes written before a figure.
pub const CURRENCY_PREFIXES: &[(&str, &str)] = &[
    ("us$", "USD"), ("$", "USD"), ("£", "GBP"), ("€", "EUR"), ("¥", "JPY"), ("₹", "INR"),
    ("rs", "INR"), ("rs.", "INR"), ("usd", "USD"), ("eur", "EUR"), ("gbp", "GBP"), ("a$", "AUD"),
    ("c$", "CAD"), ("hk$", "HKD"), ("₽", "RUB"), ("₩", "KRW"), ("chf", "CHF"), ("inr", "INR"),
    ("cny", "CNY"), ("rmb", "CNY"), ("jpy", "JPY"),
];

/// Months (full and abbreviated), for telling dates from figures.
pub const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Canonical predicates: what happened to the counted thing, keyed by word stem (Porter
/// stems as rust-stemmers gives them).
pub const PREDICATES: &[(&str, &str)] = &[
    ("kill", "killed"), ("die", "killed"), ("di", "killed"), ("dead", "killed"),
    ("death", "killed"), ("slaughter", "killed"), ("massacr", "killed"), ("fatal", "killed"),
    ("fatality", "killed"), ("fatal", "killed"), ("toll", "killed"), ("perish", "killed"),
    ("execut", "killed"), ("murder", "killed"), ("bodi", "killed"), ("drown", "killed"),
    ("live", "killed"), ("deadli", "killed"), ("claim", "killed"), ("shot", "killed"),
    ("injur", "injured"), ("wound", "injured"), ("hurt", "injured"), ("hospitalis", "injured"),
    ("hospit", "injured"), ("casualti", "casualties"),
    ("miss", "missing"), ("unaccount", "missing"),
    ("evacu", "displaced"), ("displac", "displaced"), ("fled", "displaced"), ("flee", "displaced"),
    ("homeless", "displaced"), ("refuge", "displaced"), ("shelter", "displaced"),
    ("arrest", "arrested"), ("detain", "arrested"), ("held", "arrested"), ("jail", "arrested"),
    ("rescu", "rescued"), ("infect", "infected"), ("case", "infected"), ("test", "infected"),
    ("fire", "fired"), ("launch", "fired"), ("unleash", "fired"), ("salvo", "fired"),
    ("reach", "reached"), ("hit", "reached"), ("land", "reached"), ("intercept", "intercepted"),
    ("shot down", "intercepted"), ("destroy", "destroyed"), ("damag", "damaged"),
    ("vote", "voted"), ("ballot", "voted"), ("won", "won"), ("win", "won"), ("seat", "won"),
    ("sold", "sold"), ("sell", "sold"), ("sale", "sold"), ("bought", "bought"), ("buy", "bought"),
    ("last", "lasted"), ("wait", "waited"), ("delay", "waited"), ("queu", "waited"),
    ("cost", "cost"), ("spent", "cost"), ("spend", "cost"), ("price", "cost"), ("paid", "cost"),
    ("pay", "cost"), ("fine", "fined"), ("fin", "fined"), ("earn", "earned"), ("revenu", "earned"),
    ("profit", "earned"), ("rais", "raised"), ("lost", "lost"), ("loss", "lost"),
    ("score", "scored"), ("goal", "scored"), ("point", "scored"), ("run", "scored"),
    ("sentenc", "sentenced"), ("prison", "sentenced"), ("attend", "attended"),
    ("protest", "protested"), ("march", "protested"), ("rallied", "protested"),
    ("hire", "employed"), ("employ", "employed"), ("job", "employed"), ("cut", "cut"),
    ("laid off", "cut"), ("layoff", "cut"),
];

/// Nouns whose class is a person: general ones name everyone affected and can stand for
/// each other; specific ones name a part (`children`, `soldiers`) and only match themselves.
pub const PERSON_GENERAL: &[&str] = &[
    "peopl", "person", "civilian", "death", "fatal", "fatality", "victim", "life", "live",
    "casualti", "dead", "bodi", "resid", "individu", "human", "soul", "toll",
];

/// Nouns for specific kinds of people (counted separately from everyone).
pub const PERSON_SPECIFIC: &[&str] = &[
    "child", "children", "kid", "women", "woman", "men", "man", "soldier", "troop", "polic",
    "policemen", "offic", "journalist", "report", "rebel", "fighter", "militant", "student",
    "worker", "employe", "staff", "migrant", "refuge", "passeng", "crew", "pilgrim", "patient",
    "doctor", "nurs", "teacher", "prison", "inmat", "protest", "demonstr", "voter", "member",
    "famili", "relat", "infant", "babi", "teenag", "minor", "elder", "tourist", "firefight",
    "miner", "fisherman", "fishermen", "player", "fan", "spectat", "athlet", "supporter",
    "lawmak", "deleg", "senat", "candid", "judg", "juror", "citizen", "nation", "personnel",
    "agent", "guard", "hostag", "suspect", "detaine", "survivor", "volunt", "sailor", "marin",
];

/// General classes of counted things by stem.
pub const NOUN_CLASSES: &[(&str, &str)] = &[
    ("missil", "weapon"), ("rocket", "weapon"), ("bomb", "weapon"), ("shell", "weapon"),
    ("drone", "weapon"), ("tomahawk", "weapon"), ("warhead", "weapon"), ("grenad", "weapon"),
    ("round", "weapon"), ("munit", "weapon"), ("projectil", "weapon"),
    ("jet", "aircraft"), ("plane", "aircraft"), ("aircraft", "aircraft"), ("helicopt", "aircraft"),
    ("fighter jet", "aircraft"), ("warplan", "aircraft"), ("bomber", "aircraft"),
    ("attack", "attack"), ("strike", "attack"), ("airstrik", "attack"), ("raid", "attack"),
    ("bomb", "attack"), ("explos", "attack"),
    ("home", "building"), ("hous", "building"), ("build", "building"), ("school", "building"),
    ("hospit", "building"), ("apart", "building"),
    ("vote", "vote"), ("ballot", "vote"), ("seat", "seat"),
    ("car", "vehicle"), ("vehicl", "vehicle"), ("truck", "vehicle"), ("bus", "vehicle"),
    ("tank", "vehicle"), ("ship", "vessel"), ("boat", "vessel"), ("vessel", "vessel"),
    ("case", "case"), ("infect", "case"), ("test", "test"), ("dose", "dose"), ("vaccin", "dose"),
    ("job", "job"), ("share", "share"), ("barrel", "barrel"),
    ("point", "point"), ("goal", "goal"), ("run", "run"), ("match", "match"), ("game", "game"),
    ("time", "time"), ("page", "page"), ("countri", "country"), ("state", "state"),
    ("citi", "city"), ("town", "town"), ("villag", "village"),
];

/// Event nouns that tie a figure to an occasion (stems).
pub const EVENTS: &[(&str, &str)] = &[
    ("attack", "attack"), ("strike", "attack"), ("airstrik", "attack"), ("bomb", "attack"),
    ("raid", "attack"), ("shell", "attack"), ("massacr", "attack"), ("assault", "attack"),
    ("atroc", "attack"), ("ambush", "attack"), ("explos", "attack"), ("blast", "attack"),
    ("shoot", "attack"), ("gunfir", "attack"),
    ("war", "war"), ("conflict", "war"), ("insurg", "war"), ("uprising", "war"),
    ("meet", "meeting"), ("talk", "meeting"), ("summit", "meeting"), ("negoti", "meeting"),
    ("confer", "meeting"), ("session", "meeting"), ("hear", "meeting"), ("interview", "meeting"),
    ("visit", "visit"), ("trip", "visit"), ("tour", "visit"),
    ("earthquak", "quake"), ("quak", "quake"), ("tremor", "quake"), ("aftershock", "aftershock"),
    ("flood", "flood"), ("storm", "storm"), ("hurrican", "storm"), ("typhoon", "storm"),
    ("cyclon", "storm"), ("tornado", "storm"), ("fire", "fire"), ("wildfir", "fire"),
    ("blaze", "fire"), ("crash", "crash"), ("collis", "crash"), ("derail", "crash"),
    ("sink", "sinking"), ("capsiz", "sinking"), ("collaps", "collapse"), ("landslid", "landslide"),
    ("erupt", "eruption"), ("outbreak", "outbreak"), ("epidem", "outbreak"), ("pandem", "outbreak"),
    ("elect", "election"), ("vote", "election"), ("referendum", "election"), ("poll", "election"),
    ("protest", "protest"), ("ralli", "protest"), ("demonstr", "protest"), ("riot", "protest"),
    ("trial", "trial"), ("case", "trial"), ("lawsuit", "trial"), ("strike", "attack"),
    ("siege", "siege"), ("ceasefir", "ceasefire"), ("truce", "ceasefire"), ("deal", "deal"),
    ("agreement", "deal"), ("contract", "deal"), ("merger", "deal"), ("acquisit", "deal"),
    ("match", "match"), ("game", "match"), ("final", "match"), ("race", "match"),
    ("season", "season"), ("tournament", "tournament"), ("campaign", "campaign"),
    ("flight", "flight"), ("journey", "journey"), ("voyag", "journey"), ("shutdown", "shutdown"),
    ("blackout", "outage"), ("outag", "outage"), ("lockdown", "lockdown"), ("sentenc", "sentence"),
    ("term", "term"), ("rule", "rule"), ("reign", "rule"), ("presid", "rule"), ("occup", "occupation"),
];

/// Words that make a figure a running total rather than one event's.
pub const CUMULATIVE: &[&str] = &[
    "total", "overall", "cumulative", "since", "so far", "to date", "altogether", "in all",
    "combined", "throughout", "all told",
];

/// Verbs of saying, for attribution (`X said`, `X told`), as lowercase forms.
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "stated", "announced", "announces",
    "reported", "claimed", "added", "adds", "confirmed", "confirms",
    "estimated", "insisted", "insists", "warned", "warns", "noted",
    "explained", "wrote", "writes", "tweeted", "declared", "acknowledged", "disclosed",
    "revealed", "suggested", "argued", "alleged", "according",
];

/// Words that make a figure a forecast.
pub const PROJECTED: &[&str] = &[
    "expected", "expects", "forecast", "forecasts", "projected", "projects", "predicted",
    "predicts", "will", "would", "likely", "set to", "poised", "anticipated", "estimated to",
    "could rise", "feared", "fears", "is expected", "are expected", "expected to", "plans",
    "planned", "target", "targets", "aims", "going to",
];

/// Words that make a figure uncertain.
pub const HEDGED: &[&str] = &[
    "may", "might", "could", "possibly", "perhaps", "maybe", "unconfirmed", "reportedly",
    "allegedly", "potentially", "believed", "thought to", "suspected", "unverified",
];

/// Words that negate a figure when they sit in its clause before the verb.
pub const NEGATIONS: &[&str] = &["not", "never", "didn't", "did not", "no", "denied", "denies", "false", "rather than", "instead of"];

/// Determiners after which a small spelled-out number refers back to known things
/// (`the two countries`), so it is not a claim.
pub const DEFINITE: &[&str] = &[
    "the", "these", "those", "our", "their", "its", "his", "her", "my", "your", "both", "all",
    "whose", "'s", "s'",
];

/// Nouns after a number that make it an identifier, not an amount (`Article 5`).
pub const NAME_HEADS: &[&str] = &[
    "article", "section", "chapter", "category", "level", "phase", "stage", "grade", "route",
    "highway", "flight", "resolution", "room", "gate", "platform", "terminal", "number", "no",
    "no.", "page", "vol", "volume", "episode", "season", "round", "game", "match", "world war",
    "apollo", "boeing", "airbus", "windows", "iphone", "formula", "channel", "district", "ward",
    "block", "sector", "zone", "unit", "building", "floor", "lane", "line", "bus", "train",
    "interstate", "exit", "pier", "hangar", "act", "amendment", "paragraph", "clause", "item",
    "covid", "type", "class", "model", "version", "series", "mark",
];

/// Words of a sentence that mark sport scorelines (`won 3-1`).
pub const SCORELINE: &[&str] = &[
    "win", "won", "beat", "beats", "lost", "lose", "loss", "defeat", "defeated", "draw", "drew",
    "victory", "thrashing", "rout", "edged", "lead", "led", "trail", "trailed",
];
