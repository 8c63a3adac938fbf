//! General word lists for reading a source from its text: wire agencies, news outlets, month
//! names, photo-credit words.
//!
//! Only general knowledge lives here (agency and outlet names), never anything from a
//! particular story.

use std::collections::HashMap;
use std::sync::OnceLock;

/// Wire agencies: canonical name first, then the spellings that mean it.
///
/// Matching is case-insensitive and on whole names, and only in the positions where a
/// credit can stand (a closing line, a dateline, a "contributed" line), so short
/// acronyms such as `AP` or `PA` are safe here.
pub(crate) const AGENCIES: &[(&str, &[&str])] = &[
    (
        "AP",
        &["AP", "Associated Press", "The Associated Press", "AP News"],
    ),
    (
        "AFP",
        &[
            "AFP",
            "Agence France-Presse",
            "Agence France Presse",
            "Agence France-Press",
        ],
    ),
    ("Reuters", &["Reuters", "Thomson Reuters"]),
    (
        "DPA",
        &["DPA", "Deutsche Presse-Agentur", "Deutsche Presse Agentur"],
    ),
    ("Xinhua", &["Xinhua", "Xinhua News Agency"]),
    ("ANI", &["ANI", "Asian News International"]),
    ("PTI", &["PTI", "Press Trust of India"]),
    ("IANS", &["IANS", "Indo-Asian News Service"]),
    ("EFE", &["EFE", "Agencia EFE"]),
    ("ANSA", &["ANSA"]),
    ("Kyodo", &["Kyodo", "Kyodo News"]),
    ("Jiji", &["Jiji", "Jiji Press"]),
    ("Yonhap", &["Yonhap", "Yonhap News Agency"]),
    ("TASS", &["TASS", "ITAR-TASS"]),
    ("Interfax", &["Interfax"]),
    ("RIA Novosti", &["RIA Novosti", "RIA"]),
    ("UPI", &["UPI", "United Press International"]),
    ("Bloomberg", &["Bloomberg", "Bloomberg News"]),
    ("AAP", &["AAP", "Australian Associated Press"]),
    ("CP", &["The Canadian Press", "Canadian Press"]),
    ("PA", &["PA", "Press Association", "PA Media"]),
    ("Anadolu", &["Anadolu", "Anadolu Agency"]),
    ("Bernama", &["Bernama"]),
    ("Antara", &["Antara"]),
    ("APA", &["APA", "Austria Presse Agentur"]),
    ("Ukrinform", &["Ukrinform"]),
    ("IRNA", &["IRNA"]),
    ("WAFA", &["WAFA"]),
    ("SANA", &["SANA"]),
    ("KUNA", &["KUNA"]),
    ("WAM", &["WAM"]),
    ("MENA", &["Middle East News Agency"]),
    ("NTB", &["NTB"]),
    ("TT", &["TT"]),
    ("CNA", &["Central News Agency"]),
    ("PAP", &["PAP"]),
    ("CTK", &["CTK", "ČTK"]),
    ("Belga", &["Belga"]),
    ("Lusa", &["Lusa"]),
    ("ANP", &["ANP"]),
    ("Ritzau", &["Ritzau"]),
    ("STT", &["STT"]),
];

/// News outlets: canonical name first, then the spellings that mean it.
///
/// Used only for a line that is nothing but the name (the first line, or after a
/// `Source:` label), so a headline that merely mentions an outlet is never taken for one.
pub(crate) const OUTLETS: &[(&str, &[&str])] = &[
    (
        "Bloomberg",
        &["Bloomberg", "Bloomberg News", "Bloomberg.com"],
    ),
    ("Reuters", &["Reuters", "Reuters.com"]),
    (
        "AP",
        &["Associated Press", "The Associated Press", "AP News"],
    ),
    ("AFP", &["AFP", "Agence France-Presse"]),
    (
        "The Guardian",
        &["The Guardian", "Guardian", "theguardian.com"],
    ),
    ("The Observer", &["The Observer"]),
    (
        "BBC News",
        &["BBC News", "BBC", "BBC.com", "BBC World Service"],
    ),
    ("CNN", &["CNN", "CNN.com", "CNN International"]),
    (
        "Al Jazeera",
        &["Al Jazeera", "Al Jazeera English", "Aljazeera"],
    ),
    ("Al Arabiya", &["Al Arabiya"]),
    ("Haaretz", &["Haaretz", "Haaretz.com"]),
    (
        "The Times of Israel",
        &["The Times of Israel", "Times of Israel"],
    ),
    (
        "The Jerusalem Post",
        &["The Jerusalem Post", "Jerusalem Post"],
    ),
    ("The News", &["The News", "The News International"]),
    ("Dawn", &["Dawn", "Dawn.com"]),
    (
        "The Express Tribune",
        &["The Express Tribune", "Express Tribune"],
    ),
    ("The Straits Times", &["The Straits Times", "Straits Times"]),
    ("Business Times", &["Business Times", "The Business Times"]),
    ("Channel NewsAsia", &["Channel NewsAsia", "CNA"]),
    ("TODAY", &["TODAYonline"]),
    (
        "South China Morning Post",
        &["South China Morning Post", "SCMP"],
    ),
    ("The Japan Times", &["The Japan Times", "Japan Times"]),
    ("The Korea Herald", &["The Korea Herald", "Korea Herald"]),
    ("The Korea Times", &["The Korea Times", "Korea Times"]),
    ("The Hindu", &["The Hindu"]),
    ("Hindustan Times", &["Hindustan Times"]),
    (
        "The Times of India",
        &["The Times of India", "Times of India"],
    ),
    (
        "The Indian Express",
        &["The Indian Express", "Indian Express"],
    ),
    ("NDTV", &["NDTV"]),
    ("Bangkok Post", &["Bangkok Post"]),
    ("The Jakarta Post", &["The Jakarta Post", "Jakarta Post"]),
    ("New Straits Times", &["New Straits Times"]),
    ("Malay Mail", &["Malay Mail"]),
    ("The Star", &["The Star"]),
    ("The Manila Times", &["The Manila Times"]),
    ("Rappler", &["Rappler"]),
    (
        "Sydney Morning Herald",
        &["Sydney Morning Herald", "The Sydney Morning Herald"],
    ),
    ("The Australian", &["The Australian"]),
    ("ABC News", &["ABC News"]),
    ("NBC News", &["NBC News"]),
    ("CBS News", &["CBS News"]),
    ("Fox News", &["Fox News"]),
    ("NPR", &["NPR"]),
    ("PBS NewsHour", &["PBS NewsHour"]),
    ("Politico", &["Politico", "POLITICO"]),
    ("The Hill", &["The Hill"]),
    ("Axios", &["Axios"]),
    ("USA Today", &["USA Today", "USA TODAY"]),
    (
        "The New York Times",
        &["The New York Times", "New York Times", "NYTimes.com"],
    ),
    (
        "The Washington Post",
        &["The Washington Post", "Washington Post"],
    ),
    (
        "The Wall Street Journal",
        &["The Wall Street Journal", "Wall Street Journal", "WSJ"],
    ),
    ("Los Angeles Times", &["Los Angeles Times", "LA Times"]),
    ("Chicago Tribune", &["Chicago Tribune"]),
    ("The Boston Globe", &["The Boston Globe", "Boston Globe"]),
    ("Financial Times", &["Financial Times", "FT.com"]),
    ("The Economist", &["The Economist"]),
    ("Newsweek", &["Newsweek"]),
    ("The Atlantic", &["The Atlantic"]),
    ("CNBC", &["CNBC"]),
    ("Forbes", &["Forbes"]),
    ("Business Insider", &["Business Insider"]),
    (
        "HuffPost",
        &["HuffPost", "The Huffington Post", "Huffington Post"],
    ),
    ("Yahoo News", &["Yahoo News"]),
    ("Voice of America", &["Voice of America", "VOA", "VOA News"]),
    (
        "Radio Free Europe/Radio Liberty",
        &["Radio Free Europe/Radio Liberty", "RFE/RL"],
    ),
    ("The Independent", &["The Independent"]),
    ("The Telegraph", &["The Telegraph", "The Daily Telegraph"]),
    ("The Times", &["The Times"]),
    ("Daily Mail", &["Daily Mail", "Mail Online", "MailOnline"]),
    ("Sky News", &["Sky News"]),
    ("The Irish Times", &["The Irish Times", "Irish Times"]),
    ("Deutsche Welle", &["Deutsche Welle", "DW", "DW.com"]),
    ("France 24", &["France 24", "FRANCE 24"]),
    ("Euronews", &["Euronews"]),
    ("RT", &["RT", "Russia Today"]),
    ("Sputnik", &["Sputnik", "Sputnik News"]),
    ("TASS", &["TASS"]),
    ("Kyiv Post", &["Kyiv Post"]),
    ("Xinhua", &["Xinhua", "Xinhuanet"]),
    ("China Daily", &["China Daily"]),
    ("Global Times", &["Global Times"]),
    ("Arab News", &["Arab News"]),
    ("Gulf News", &["Gulf News"]),
    ("Khaleej Times", &["Khaleej Times"]),
    ("The National", &["The National"]),
    ("Daily Sabah", &["Daily Sabah"]),
    ("Hurriyet Daily News", &["Hurriyet Daily News"]),
    (
        "The Globe and Mail",
        &["The Globe and Mail", "Globe and Mail"],
    ),
    ("Toronto Star", &["Toronto Star"]),
    ("CBC News", &["CBC News", "CBC"]),
    (
        "NZ Herald",
        &["NZ Herald", "The New Zealand Herald", "New Zealand Herald"],
    ),
    ("Stuff", &["Stuff.co.nz"]),
    ("Le Monde", &["Le Monde"]),
    (
        "Der Spiegel",
        &["Der Spiegel", "Spiegel Online", "DER SPIEGEL"],
    ),
    ("El País", &["El País", "El Pais"]),
];

/// English month names and their abbreviations, with the month number.
pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Words that mark a line as a picture credit or caption rather than a story credit.
pub(crate) const PHOTO_WORDS: &[&str] = &[
    "photo",
    "photos",
    "photograph",
    "photographer",
    "picture",
    "pictures",
    "pic",
    "image",
    "images",
    "getty",
    "credit",
    "credits",
    "file",
    "pool",
    "video",
    "caption",
    "courtesy",
    "illustration",
    "graphic",
    "epa",
    "shutterstock",
];

/// The canonical agency name for `name` (a whole name, case-insensitive), if it is one.
pub(crate) fn agency(name: &str) -> Option<&'static str> {
    lookup(agencies(), name)
}

fn agencies() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| index(AGENCIES))
}

fn outlets() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| index(OUTLETS))
}

/// The canonical outlet name for `name` (a whole name, case-insensitive), if it is one.
pub(crate) fn outlet(name: &str) -> Option<&'static str> {
    lookup(outlets(), name)
}

/// Lowercased spellings to canonical names, the first entry winning as in table order.
type Index = HashMap<String, &'static str>;

fn index(table: &[(&'static str, &[&str])]) -> Index {
    let mut map = Index::new();
    for &(canon, spellings) in table {
        for s in spellings {
            map.entry(s.to_lowercase()).or_insert(canon);
        }
    }
    map
}

fn lookup(index: &Index, name: &str) -> Option<&'static str> {
    index.get(&name.trim().to_lowercase()).copied()
}

/// The month number for an English month name or abbreviation (case-insensitive).
pub(crate) fn month(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.').to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == w).map(|(_, n)| *n)
}

/// Whether `name` is a wire agency or a news outlet (a credit, not a name in the story).
pub(crate) fn is_press_name(name: &str) -> bool {
    // Lowercased once for both tables.
    let key = name.trim().to_lowercase();
    agencies().contains_key(&key) || outlets().contains_key(&key)
}
