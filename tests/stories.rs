//! Claims belong to events: a sentence about another story of the feed counts there.

use crosscheck::report::GroupRecord;
use crosscheck::{Date, Document, Reconciler, Report};

/// The group that holds claim `id`.
fn group_holding<'r>(r: &'r Report, id: &str) -> &'r GroupRecord {
    r.groups
        .iter()
        .find(|g| g.claims.iter().any(|c| c == id))
        .expect("every claim is in a group")
}

fn doc(id: &str, day: u8, text: &str) -> Document {
    Document::new(id, text).with_published(Date::new(2024, 6, day).expect("a date"))
}

/// Two shootings in one city: each has two articles naming its street in the lead; a third
/// article on the second shooting recalls the first in a later sentence. That sentence's
/// dead join the first shooting's dead, not the second's.
#[test]
fn a_sentence_naming_another_storys_street_counts_there() {
    let docs = [
        doc("a", 9, "2 killed at Kessler Avenue house party\n\nA man and a woman were killed at a house party on Kessler Avenue late Saturday, Dayton police said. Officers found the victims in a backyard.\n"),
        doc("b", 9, "Party shooting on Kessler Avenue leaves two dead\n\nTwo people died when gunfire broke out at a party on Kessler Avenue, police said. Neighbours heard a dozen shots.\n"),
        doc("c", 11, "Brothers shot outside Germantown Street store\n\nTwo teenage brothers were killed outside a store on Germantown Street on Tuesday, police said. Three other people were wounded.\n"),
        doc("d", 11, "Teens killed on Germantown Street\n\nTwo teenagers were killed and three other people were wounded outside a Germantown Street store, police said. The wounded were taken to Miami Valley Hospital. Detectives found 14 shell casings.\n\nIt was the second deadly shooting in four days. The gunfire at a party on Kessler Avenue on Saturday left three dead, a spokesman said.\n"),
    ];
    let r = Reconciler::new().reconcile(&docs);
    let story_of_doc = |d: &str| {
        r.stories
            .iter()
            .find(|s| s.documents.iter().any(|x| x == d))
            .map(|s| s.id.clone())
            .expect("every document has a story")
    };
    assert_eq!(story_of_doc("a"), story_of_doc("b"), "{:#?}", r.stories);
    assert_eq!(story_of_doc("c"), story_of_doc("d"), "{:#?}", r.stories);
    assert_ne!(story_of_doc("a"), story_of_doc("c"));
    let recalled = r
        .claims
        .iter()
        .find(|c| c.document == "d" && c.text.contains("three dead"))
        .expect("the recalled toll");
    let group = group_holding(&r, &recalled.id);
    assert_eq!(group.story, story_of_doc("a"), "{group:#?}");
    // Beside the party's two dead, it is a conflict of the party's story, not of the store's.
    assert!(r.group_claims(group).any(|c| c.document == "a"));
}

/// One document does not contradict itself: the outlet's own figure and the one it cites
/// from the police, when they share no value, measure two things; two named sources of
/// one article may disagree.
#[test]
fn an_outlet_does_not_contradict_the_source_it_cites() {
    let one = Document::new(
        "a",
        "Shooting at party\n\nThree people were wounded at a party on Friday night. Two people were wounded by gunfire inside the house, police said.\n",
    );
    assert_no_conflict(&[one]);
    let two = Document::new(
        "b",
        "Flood toll disputed\n\nOfficials said 64 people died in the flood. A university study estimates that 4,645 people died in the flood.\n",
    );
    assert_some_conflict(&[two]);
}

/// An undated archive page is read as of the latest date it writes, not as of the feed's
/// newest year: a 2016 caption of its own shooting is not background to a 2017 feed.
#[test]
fn an_undated_page_is_as_recent_as_its_latest_date() {
    let docs = [
        doc("news", 3, "Council approves budget\n\nThe council approved a budget of $4 million on Monday.\n"),
        Document::new("a", "Woman killed in drive-by on Saybrook\n\nA woman was killed and three men were wounded in a drive-by shooting on Saybrook Lane, police said.\n\nImage 1 of 4 A detective at the scene on Saybrook Lane where a shooting left three men injured, Thursday, Sept. 15, 2016.\n"),
        Document::new("b", "Drive-by on Saybrook Lane\n\nThree men were wounded and a woman died in a drive-by shooting on Saybrook Lane, police said.\n"),
    ];
    let r = Reconciler::new().reconcile(&docs);
    let caption = r
        .claims
        .iter()
        .find(|c| c.document == "a" && c.sentence.contains("Image 1"))
        .expect("the caption's toll");
    let group = group_holding(&r, &caption.id);
    assert!(!group.story.ends_with('b'), "{group:#?}");
    assert!(
        r.group_claims(group).any(|c| c.document == "b"),
        "{group:#?}"
    );
}

/// People counted without a verb take their story's only fate to be grouped, but two such
/// counts of different people (`three adults were home`, `the two boys are cousins`) are
/// not one quantity: nothing says either group was hurt.
#[test]
fn verbless_counts_of_different_people_do_not_conflict() {
    let docs = [
        Document::new(
            "a",
            "Toddler killed in Navarro County shooting\n\nA Texas toddler was killed in an accidental shooting on Monday in Navarro County. At least three adults were home at the time of the shooting.\n",
        ),
        Document::new(
            "b",
            "Navarro County toddler killed\n\nA three-year-old child was killed in Navarro County on Monday. Authorities say the two boys are cousins and were playing in a shed.\n",
        ),
    ];
    assert_no_conflict(&docs);
}

/// A count that states no fate (`about a dozen people were in the house`) is grouped with
/// its story's tolls only where the figures agree: it never makes a conflict with a toll
/// that states its fate, in its own document or another.
#[test]
fn a_count_without_a_fate_does_not_contradict_a_toll() {
    let docs = [
        Document::new(
            "a",
            "Deputies investigate party\n\nThe sheriff's office is investigating the gunshot death of a teenager at a birthday party on Sunday night, authorities said. About a dozen people were in the house when the shooting occurred, the deputy said.\n",
        ),
        Document::new(
            "b",
            "Party ends in tragedy\n\nA teenager was killed at a birthday party on Sunday night, the sheriff said.\n",
        ),
    ];
    assert_no_conflict(&docs);
}

/// What was added is not the total: `two more died` does not contradict `five people were
/// killed`, in one story.
#[test]
fn an_increment_is_not_the_total() {
    let docs = [
        Document::new(
            "a",
            "Fire at Dhaka factory\n\nFive people were killed in a fire at a garment factory in Dhaka on Monday.\n",
        ),
        Document::new(
            "b",
            "Dhaka factory fire toll\n\nThree workers were killed in the garment factory fire in Dhaka on Monday, and two more died in hospital on Tuesday.\n",
        ),
    ];
    let r = Reconciler::new().reconcile(&docs);
    let more = r
        .claims
        .iter()
        .find(|c| c.document == "b" && c.figure == 2.0)
        .expect("the added dead");
    let group = r
        .groups
        .iter()
        .find(|g| g.claims.contains(&more.id))
        .expect("its group");
    assert!(
        r.group_claims(group).all(|c| c.figure == 2.0),
        "{:#?}",
        r.groups
    );
}

/// Two counts that say nothing of what happened do not contradict each other: `15 to 20
/// friends` at a party and `several friends` who worried are not one quantity.
#[test]
fn two_verbless_counts_do_not_conflict() {
    let docs = [
        Document::new(
            "a",
            "Party shooting in Mukilteo\n\nThe gunman arrived at the party of about 15 to 20 friends in Mukilteo with a rifle.\n",
        ),
        Document::new(
            "b",
            "Mukilteo gunman's friends worried\n\nSeveral friends in Mukilteo reached out to his parents about the rifle.\n",
        ),
    ];
    assert_no_conflict(&docs);
}

/// Two figures of the past, one dated by its year and one not, that share no value are
/// of two times: a national tally for 2011 and one for last year do not conflict.
#[test]
fn past_figures_of_two_times_do_not_conflict() {
    let day = crosscheck::Date::new(2016, 7, 21).expect("a date");
    let docs = [
        Document::new(
            "a",
            "Officers killed in Dallas ambush\n\nFive Dallas officers were killed in a July 7 attack. Annual rates of officer shooting deaths have fluctuated. The decade's highest total came in 2011, with 73 officers shot dead.\n",
        )
        .with_published(day),
        Document::new(
            "b",
            "Dallas ambush: five officers dead\n\nFive Dallas officers were killed in a July 7 attack. A report said 67 officers have been killed this year, an 8 percent increase over the same period last year, when 62 officers were killed.\n",
        )
        .with_published(day),
    ];
    assert_no_conflict(&docs);
}

/// A count of the dead in a document that tells the killer died may count the killer:
/// `3 dead` in a murder-suicide and two victims named elsewhere do not conflict.
#[test]
fn a_murder_suicide_toll_may_count_the_killer() {
    let docs = [
        Document::new(
            "a",
            "Waldorf shooting\n\nOne adult male and one toddler were killed in a shooting in Waldorf on Thursday night.\n",
        ),
        Document::new(
            "b",
            "3 dead in Waldorf murder-suicide\n\nThree people were killed in Waldorf on Thursday night in an apparent murder-suicide, police said.\n",
        ),
    ];
    assert_no_conflict(&docs);
}

/// Reconciles `docs` and fails, showing the groups, if any group is a conflict.
fn assert_some_conflict(docs: &[Document]) {
    let r = Reconciler::new().reconcile(docs);
    assert!(
        r.groups
            .iter()
            .any(|g| g.verdict == crosscheck::Verdict::Conflict),
        "{:#?}",
        r.groups
    );
}

fn assert_no_conflict(docs: &[Document]) {
    let r = Reconciler::new().reconcile(docs);
    assert!(
        r.groups
            .iter()
            .all(|g| g.verdict != crosscheck::Verdict::Conflict),
        "{:#?}",
        r.groups
    );
}

/// A story is labelled by a name that tells it from the others: a site's button or its
/// newsletter, which every page of the site names three times, is passed over for the
/// street.
#[test]
fn a_story_label_is_not_a_name_every_story_gives() {
    let shootings = [
        ("a", "Elm Street", "Marcus Webb"),
        ("b", "Pine Avenue", "Darnell Hayes"),
        ("c", "Oak Boulevard", "Terrence Miles"),
        ("d", "Cedar Lane", "Andre Collins"),
    ];
    let docs: Vec<Document> = shootings
        .iter()
        .enumerate()
        .map(|(i, (id, street, victim))| {
            let text = format!(
                "Man shot on {street}\n\nA man was shot on {street} on Tuesday night, \
                 police said. Officers identified him as {victim}, who was taken to a \
                 hospital.\n\nSign up for Metro Desk Online alerts, follow Metro Desk \
                 Online on social media and share what Metro Desk Online reports.\n"
            );
            doc(id, 1 + 7 * i as u8, &text)
        })
        .collect();
    let r = Reconciler::new().reconcile(&docs);
    let labels: Vec<&str> = r.stories.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        ["Elm Street", "Pine Avenue", "Oak Boulevard", "Cedar Lane"]
    );
}

/// Two officers' years of service in one story are traits of two people, not two
/// readings of one quantity.
#[test]
fn two_peoples_tenures_do_not_conflict() {
    let docs = [
        doc(
            "a",
            3,
            "Deputy shot on Maple Road\n\nA deputy was shot on Maple Road on Monday. Sheriff Carl Yates said the 15-year veteran was heading to his off-duty job.\n",
        ),
        doc(
            "b",
            3,
            "Deputy wounded on Maple Road\n\nDeputy Ongoy was wounded in a shooting on Maple Road. Ongoy is a 20-year veteran of the sheriff's office.\n",
        ),
    ];
    let r = Reconciler::new().reconcile(&docs);
    let tenures: Vec<_> = r
        .claims
        .iter()
        .filter(|c| c.text.contains("-year veteran"))
        .collect();
    assert_eq!(tenures.len(), 2, "both are claims: {:?}", r.claims);
    assert_ne!(
        group_holding(&r, &tenures[0].id).id,
        group_holding(&r, &tenures[1].id).id
    );
    assert_no_conflict(&docs);
}

/// Charges and penalties are a defendant's: two defendants' counts are two quantities, one
/// defendant's counts in two outlets are one.
#[test]
fn two_defendants_charges_do_not_conflict() {
    let story = |b: &str| {
        [
            doc(
                "a",
                3,
                "Three shot on Maple Road\n\nThree people were shot on Maple Road on Monday. Police said Devereaux has been charged with three counts of attempted murder.\n",
            ),
            doc(
                "b",
                3,
                &format!("Arrests in Maple Road shooting\n\nThree people were shot on Maple Road on Monday. {b}\n"),
            ),
        ]
    };
    assert_no_conflict(&story(
        "Police said Warren and Jones were booked on eight counts of attempted murder.",
    ));
    assert_some_conflict(&story(
        "Police said Devereaux was charged with four counts of attempted murder.",
    ));
}

/// A running total grows between reports, and reports of other days seldom count over one
/// span: two reports' tallies that differ are two tallies, not a conflict, unless both are
/// as of one day. One event's toll in two reports is always compared.
#[test]
fn two_reports_running_totals_conflict_only_as_of_one_day() {
    let this_year =
        |n: u32| format!("Police said {n} people have been killed in the city so far this year.");
    assert_no_conflict(&maple_road(
        (3, 8),
        "At least 17 people have been killed in shootings across the city since Friday.",
        "Since 1913, the city has lost 33 officers in shootings.",
    ));
    assert_no_conflict(&maple_road((3, 8), &this_year(17), &this_year(19)));
    assert_some_conflict(&maple_road((3, 3), &this_year(17), &this_year(19)));
    assert_some_conflict(&maple_road(
        (3, 3),
        "Two other people were killed in the shooting.",
        "Three other people were killed in the shooting.",
    ));
}

/// Arrests and charges tell where a case stood on the day of a report: `no arrests` and
/// a later `Two men were arrested` are two stages, but two reports of one day still
/// dispute them.
#[test]
fn arrests_of_two_reports_conflict_only_as_of_one_day() {
    let none = "Police said no arrests have been made.";
    let two = "Police said two men were arrested in the shooting.";
    // Undated, as most pages come: either may be the later.
    let undated: Vec<Document> = maple_road((3, 3), none, two)
        .into_iter()
        .map(|d| Document::new(&d.id, &d.text))
        .collect();
    assert_no_conflict(&undated);
    assert_some_conflict(&maple_road((3, 3), none, two));
    assert_some_conflict(&maple_road(
        (3, 3),
        "Police said three men were arrested.",
        "Police said two men were arrested.",
    ));
}

/// Two reports of one shooting on Maple Road, published on days `days`, each ending with
/// its own sentence.
fn maple_road(days: (u8, u8), a: &str, b: &str) -> [Document; 2] {
    let lead = "A man was shot and killed on Maple Road on Monday.";
    [
        doc("a", days.0, &format!("Shot on Maple Road\n\n{lead} {a}\n")),
        doc(
            "b",
            days.1,
            &format!("Maple Road victim named\n\n{lead} {b}\n"),
        ),
    ]
}

/// Lengths of time further apart than a slip of unit are two quantities (an old jail term
/// and this crime's sentence); closer ones are one quantity, reported two ways.
#[test]
fn sentences_far_apart_do_not_conflict() {
    let story = |b: &str| {
        [
            doc(
                "a",
                3,
                "Gunman sentenced\n\nThe Maple Road gunman, Devereaux, was sentenced to 97 years in prison on Monday.\n",
            ),
            doc(
                "b",
                3,
                &format!("Maple Road gunman sentenced\n\nThe Maple Road gunman, Devereaux, was sentenced on Monday. {b}\n"),
            ),
        ]
    };
    assert_no_conflict(&story(
        "Records show Devereaux was sentenced to 74 days in jail for trespassing.",
    ));
    assert_some_conflict(&story("Devereaux was sentenced to 90 years in prison."));
    // A slip of unit is still one quantity misreported.
    assert_some_conflict(&story("Devereaux was sentenced to 97 months in prison."));
}

/// A page does not deny its own count: `nobody was hurt` in another sentence than the
/// count tells of some of them. Another page's `no one` is a conflict.
#[test]
fn nobody_beside_a_count_in_one_page_is_no_conflict() {
    let story = |b: &str| {
        [
            doc(
                "a",
                3,
                &format!("Three hurt on Maple Road\n\nThree people were wounded in a shooting on Maple Road on Monday, police said. {b}\n"),
            ),
            doc(
                "b",
                3,
                "Maple Road shooting\n\nThree people were wounded in a shooting on Maple Road on Monday.\n",
            ),
        ]
    };
    assert_no_conflict(&story(
        "A neighbor said she heard gunshots in the shooting. She said debris hit her finger, but nobody was hurt.",
    ));
    // The rule itself: in one page, apart; across pages, to be compared.
    use crosscheck::group::{difference, DocumentFacts, Member};
    let claims = crosscheck::extract(
        "Three people were wounded on Maple Road, police said. She said debris hit her \
         finger, but nobody was hurt.",
    );
    assert_eq!(claims.len(), 2, "{claims:#?}");
    let m = |claim, document| Member {
        claim,
        document,
        document_id: "d",
        story: 0,
        retold: false,
    };
    let docs = [DocumentFacts::default(), DocumentFacts::default()];
    assert_eq!(
        difference(&m(&claims[0], 0), &m(&claims[1], 0), &docs),
        Some("nobody of a part vs a count")
    );
    assert_ne!(
        difference(&m(&claims[0], 0), &m(&claims[1], 1), &docs),
        Some("nobody of a part vs a count")
    );
    // Another page's `no one` still stands against the count.
    let other_page = [
        doc(
            "a",
            3,
            "Maple Road shooting\n\nNo one was hurt in the shooting on Maple Road on Monday, police said.\n",
        ),
        story("")[1].clone(),
    ];
    assert_some_conflict(&other_page);
}

/// A later report retells its story's event in the past: its figure is the story's own
/// when it gives none of its own time. Beside a figure of its own time, a figure of the
/// past is another event's (`last year ... on the same block`).
#[test]
fn a_later_report_retelling_the_event_joins_its_figures() {
    let lead = "Darnell Whitfield, 24, was shot and killed on Maple Road on Monday.";
    let docs = [
        doc("a", 3, &format!("Man killed on Maple Road\n\n{lead} Three other people were wounded, police said.\n")),
        doc("b", 4, &format!("Maple Road victim named\n\n{lead} Three others were wounded. Last year, two people were wounded on the same block.\n")),
        doc("c", 28, "Two plead guilty in Maple Road killing\n\nTwo men pleaded guilty on Thursday to charges stemming from a shooting on Maple Road last month that killed Darnell Whitfield, 24, and wounded three other people.\n"),
        doc("d", 5, "Vigil on Maple Road\n\nNeighbours gathered on Maple Road on Wednesday to remember Darnell Whitfield, 24. Last year, three people were wounded on the same block.\n"),
    ];
    let r = Reconciler::new().reconcile(&docs);
    let claim = |d: &str, text: &str| {
        r.claims
            .iter()
            .find(|c| c.document == d && c.text.contains(text))
            .unwrap_or_else(|| panic!("{d}: {text} in {:#?}", r.claims))
    };
    let story_of_doc = |d: &str| {
        r.stories
            .iter()
            .find(|s| s.documents.iter().any(|x| x == d))
            .map(|s| s.id.clone())
    };
    for d in ["b", "c", "d"] {
        assert_eq!(story_of_doc(d), story_of_doc("a"), "{:#?}", r.stories);
    }
    let wounded = group_holding(&r, &claim("a", "Three other people").id);
    assert!(
        wounded
            .claims
            .contains(&claim("c", "three other people").id),
        "{wounded:#?}\n{:#?}",
        r.groups
    );
    // Beside its own toll, or at the same place, a figure of the past is another event's,
    // even when it gives the same value.
    for (d, text) in [("b", "two people"), ("d", "three people")] {
        let last_year = group_holding(&r, &claim(d, text).id);
        assert_ne!(last_year.id, wounded.id, "{d}");
        assert!(last_year.story.ends_with('b'), "{last_year:#?}");
    }
}
