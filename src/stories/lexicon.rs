//! Word lists the story stage reads names with: general English, no feed's own strings.

use crate::quantity::lexicon::HashSet;
use std::sync::OnceLock;

/// Titles and roles before a person's name (`Officer Jose Ruiz`, `Judge Amy Park`): the
/// person speaks for an institution and appears in many of its stories.
const TITLES: &[&str] = &[
    "officer", "officers", "sgt", "sergeant", "lt", "lieutenant", "capt", "captain",
    "detective", "det", "chief", "judge", "justice", "mayor", "gov", "governor", "president",
    "deputy", "sheriff", "trooper", "spokesman", "spokeswoman", "spokesperson", "cpl",
    "corporal", "agent", "attorney", "prosecutor", "commissioner", "superintendent", "rep",
    "sen", "senator", "councilman", "councilwoman", "alderman", "coroner", "pastor", "rev",
    "reverend", "principal", "coach", "reporter", "correspondent", "anchor", "meteorologist",
    "director", "minister", "secretary", "spokesmen", "chairman", "chairwoman", "ceo",
    "editor", "photographer", "producer", "host", "professor", "dr", "mr", "mrs", "ms",
    "miss", "sir", "lord", "lady", "prince", "king", "queen", "pope", "cardinal", "bishop",
    "general", "gen", "col", "colonel", "maj", "major", "adm", "admiral", "sgt.", "insp",
    "inspector", "constable", "supt", "marshal", "ranger", "patrolman", "investigator",
];

/// Words that head the names of institutions and of the places many stories share
/// (`Mercy Hospital`, `Police Department`, `Cook County`), not of people or streets.
const INSTITUTION_HEADS: &[&str] = &[
    "department", "dept", "police", "office", "county", "city", "hospital", "center",
    "centre", "school", "schools", "university", "college", "church", "company", "inc",
    "corp", "news", "tv", "channel", "radio", "times", "tribune", "post", "herald",
    "journal", "press", "gazette", "star", "daily", "association", "committee", "council",
    "board", "commission", "jail", "prison", "academy", "institute", "foundation",
    "services", "service", "district", "bureau", "agency", "unit", "force", "team",
    "patrol", "fire", "stoppers", "ministry", "party", "army", "navy", "airport", "state",
    "states", "republic", "kingdom", "province", "region", "court", "courthouse",
    "sheriff", "sheriff's", "administration", "authority", "medical", "health", "clinic",
];

/// Street types that close an address (`1600 block of Cathy Street`).
const STREET_TYPES: &[&str] = &[
    "street", "st", "avenue", "ave", "road", "rd", "drive", "dr", "boulevard", "blvd",
    "lane", "ln", "court", "ct", "place", "pl", "way", "highway", "hwy", "parkway", "pkwy",
    "terrace", "circle", "cir", "trail", "pike", "square",
];

/// Compass words before a street name (`the 2600 block of South Pulaski`).
const DIRECTIONS: &[&str] = &[
    "n", "s", "e", "w", "north", "south", "east", "west", "ne", "nw", "se", "sw", "northeast",
    "northwest", "southeast", "southwest",
];

/// Words too common in news to tell one story from another: function words and the
/// vocabulary of every report (`said`, `police`, `people`, `year`).
const STOP_WORDS: &[&str] = &[
    "about", "above", "after", "again", "against", "also", "although", "among", "another",
    "around", "because", "been", "before", "being", "below", "between", "both", "could",
    "does", "doing", "down", "during", "each", "either", "even", "every", "from", "further",
    "have", "having", "here", "hers", "herself", "himself", "into", "itself", "just", "last",
    "least", "less", "like", "made", "make", "many", "more", "most", "much", "must", "near",
    "never", "next", "none", "only", "other", "others", "ours", "over", "same", "says",
    "said", "saying", "should", "since", "some", "such", "than", "that", "their", "theirs",
    "them", "then", "there", "these", "they", "this", "those", "though", "through", "told",
    "under", "until", "upon", "very", "want", "were", "what", "when", "where", "whether",
    "which", "while", "whom", "whose", "will", "with", "within", "without", "would", "your",
    "yours", "year", "years", "according", "people", "police", "officials", "official",
    "time", "times", "week", "weeks", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "yesterday", "tomorrow", "night", "morning", "afternoon",
    "evening", "news", "report", "reported", "reports", "including", "still", "well",
    "went", "come", "came", "going", "back", "first", "second", "third", "three", "four",
    "five", "seven", "eight", "nine", "there's", "it's", "they're", "we're", "didn't",
    "don't", "doesn't", "wasn't", "weren't", "isn't", "aren't", "won't", "can't",
];

/// Calendar words, never names of a story (`Tuesday`, `March`, `Christmas`).
const CALENDAR: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "christmas", "easter", "thanksgiving", "today", "yesterday",
    "tonight", "am", "pm", "a.m", "p.m", "edt", "est", "cdt", "cst", "pdt", "pst", "mdt",
    "mst", "gmt", "utc", "bst", "cet",
];

fn set(words: &'static [&'static str], cell: &'static OnceLock<HashSet<&'static str>>) -> &'static HashSet<&'static str> {
    cell.get_or_init(|| words.iter().copied().collect())
}

macro_rules! word_test {
    ($(#[$doc:meta])* $name:ident, $list:ident) => {
        $(#[$doc])*
        pub(super) fn $name(w: &str) -> bool {
            static CELL: OnceLock<HashSet<&'static str>> = OnceLock::new();
            set($list, &CELL).contains(w)
        }
    };
}

word_test!(
    /// A title or role before a name (lowercase, without its full stop).
    is_title, TITLES
);
word_test!(
    /// A word that heads a place's or institution's name (lowercase).
    is_institution_head, INSTITUTION_HEADS
);
word_test!(
    /// A street type that closes an address (lowercase, without its full stop).
    is_street_type, STREET_TYPES
);
word_test!(
    /// A compass word before a street name (lowercase, without its full stop).
    is_direction, DIRECTIONS
);
word_test!(
    /// A word too common in news to tell stories apart (lowercase).
    is_stop_word, STOP_WORDS
);
word_test!(
    /// A calendar or clock word (lowercase, without its full stop).
    is_calendar, CALENDAR
);
