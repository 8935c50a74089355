"""Who speaks and for which body, as a speaker page shows it: the roles and
affiliations of local, charity, union, regulator and university news, one row
per construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Ana Roe, MindBridge's chief executive, said the app was safe.",
        "the app was safe",
        {"speaker": "Ana Roe", "role": "chief executive", "affiliation": "MindBridge"},
        id="a-business-post-owned-by-a-name-never-named-before",
    ),
    pytest.param(
        "Ansel Kobb founded the trust in 2001. Ana Roe, Kobb's chief executive, said the fund was safe.",
        "the fund was safe",
        {"speaker": "Ana Roe", "affiliation": None},
        id="a-business-post-owned-by-a-person-named-before",
    ),
    pytest.param(
        "Ana Roe, Kobb's lawyer, said the fund was safe.",
        "the fund was safe",
        {"speaker": "Ana Roe", "affiliation": None},
        id="a-post-a-person-may-have",
    ),
    pytest.param(
        "Lena Brook, a union organiser, said workers were tired.\n\n"
        "The housing regulator, the Social Housing Authority, said it was reviewing the figures.",
        "it was reviewing",
        {"speaker": "Social Housing Authority", "speaker_kind": "organization"},
        id="a-body-named-in-apposition-to-its-description",
    ),
    pytest.param(
        "Lena Brook, a union organiser, said workers were tired.\n\nThe watchdog said it would look again.",
        "it would look again",
        {"speaker": "watchdog", "speaker_kind": "organization"},
        id="a-watchdog-is-a-body-not-the-last-person",
    ),
    pytest.param(
        "Lena Brook, a union organiser, said workers were tired.\n\nThe charity said it had run out of beds.",
        "it had run out",
        {"speaker": "charity", "speaker_kind": "organization"},
        id="a-charity-is-a-body-not-the-last-person",
    ),
    pytest.param(
        "Campaign group Tide Watch said the fine was too small. "
        "“It is a rounding error,” said its director, Fiona Lisle.",
        "It is a rounding error",
        {"speaker": "Fiona Lisle", "role": "director", "affiliation": "Tide Watch"},
        id="its-director-named-after-the-verb-works-for-the-body-just-named",
    ),
    pytest.param(
        "Trade union Allied Ferrymen said it would fight the cuts. "
        "Its general secretary, Colm Rudd, said: “These are skilled jobs.”",
        "These are skilled jobs",
        {"speaker": "Colm Rudd", "role": "general secretary", "affiliation": "Allied Ferrymen"},
        id="its-general-secretary-named-as-the-subject-works-for-the-body-just-named",
    ),
    pytest.param(
        "A spokesperson for Marlow Vale Borough Council said traders could apply for a grant.",
        "traders could apply",
        {
            "speaker": "Marlow Vale Borough Council",
            "role": "spokesperson",
            "affiliation": "Marlow Vale Borough Council",
        },
        id="a-spokesperson-for-a-council",
    ),
    pytest.param(
        "A spokesman for the Department for Harbours said: “We are investing record sums.”",
        "We are investing",
        {"speaker": "Department for Harbours", "affiliation": "Department for Harbours"},
        id="a-spokesman-for-a-department-named-with-for",
    ),
    pytest.param(
        "A spokesman for Dunmere Police said officers were at the scene.\n\n"
        "A spokesman for the family said the boy was resting.",
        "the boy was resting",
        {"speaker": "spokesman", "affiliation": None},
        id="another-spokesman-does-not-inherit-the-first-ones-body",
    ),
    pytest.param(
        "A spokesman for the county health department said the water was safe.",
        "the water was safe",
        {"speaker": "county health department", "affiliation": "county health department"},
        id="a-body-in-lower-case-words",
    ),
    pytest.param(
        "A spokesman for the department said the water was safe.",
        "the water was safe",
        {"speaker": "spokesman", "affiliation": None},
        id="the-kind-of-body-alone-says-too-little",
    ),
    pytest.param(
        "A lawyer for the fired police officer said he was innocent.",
        "he was innocent",
        {"speaker": "lawyer", "affiliation": None},
        id="a-body-noun-describing-a-person-is-no-body",
    ),
    pytest.param(
        "The Department of Health spokesman said the clinic would close.",
        "the clinic would close",
        {"speaker_kind": "anonymous"},
        id="a-spokesman-of-a-body-named-with-of-is-a-person",
    ),
    pytest.param(
        "On Tuesday Kell Foods' director, Ana Lie, said prices would rise.",
        "prices would rise",
        {"speaker": "Ana Lie", "affiliation": "Kell Foods"},
        id="a-day-before-a-body-s-possessive-is-no-part-of-its-name",
    ),
    pytest.param(
        "Developer Greystone Estates says the tower will rise.\n\n"
        "Greystone's planning director, Amir Khan, said the site had drawn vandals.",
        "the site had drawn vandals",
        {"speaker": "Amir Khan", "role": "planning director", "affiliation": "Greystone Estates"},
        id="a-body-s-possessive-before-a-post-names-the-body-recorded-before",
    ),
    pytest.param(
        "Kell Foods’ Ana Lie said prices would rise.",
        "prices would rise",
        {"speaker": "Ana Lie"},
        id="a-name-after-a-plural-possessive-is-the-speaker",
    ),
    pytest.param(
        "A builder that won the tender, Ana Lie, said the work was late.",
        "the work was late",
        {"speaker": "Ana Lie", "role": "builder"},
        id="a-relative-clause-with-that-ends-the-description",
    ),
    pytest.param(
        "The Vell Harbour Board said fees would rise. Vell's mayor, Ana Lie, said the town would gain.",
        "the town would gain",
        {"speaker": "Ana Lie", "affiliation": None},
        id="a-place-s-possessive-is-no-longer-body-named-before",
    ),
    pytest.param(
        "A fierce critic of the county health department said the clinic failed.",
        "the clinic failed",
        {"affiliation": None},
        id="a-critic-of-a-body-does-not-work-there",
    ),
    pytest.param(
        "Hale told the crowd, “We will win,” and her husband said he was proud.",
        "We will win",
        {"speaker": "Hale"},
        id="and-a-possessive-subject-after-a-quote-introduced-before-it",
    ),
    pytest.param(
        "In a letter obtained by the Vell Courier, the drivers' union said it backed the plan.",
        "it backed the plan",
        {"speaker": "drivers' union"},
        id="a-subject-the-parse-hung-on-an-opening-phrase",
    ),
    pytest.param(
        "Rider Ana Lopez, 34, of Eastgate, said she waits an hour for a bus.",
        "she waits an hour",
        {"speaker": "Ana Lopez", "role": "Rider"},
        id="a-rider-before-a-name-is-a-role",
    ),
    pytest.param(
        "Mayor Ola Lind opened the bridge.\n\nThe mayor said the toll would go.",
        "the toll would go",
        {"speaker": "Ola Lind"},
        id="the-mayor-is-the-mayor-named-before",
    ),
    pytest.param(
        "Ana Moss and Eva Lind arrived late. “We lost the vote,” she said.",
        "We lost the vote",
        {"speaker": "Ana Moss"},
        id="the-second-of-two-names-does-not-open-the-sentence",
    ),
    pytest.param(
        "Ruth Amsel, who chairs the Vell Housing Trust, said the study matched what her staff saw.",
        "the study matched",
        {"speaker": "Ruth Amsel", "role": "chair", "affiliation": "Vell Housing Trust"},
        id="who-chairs-a-trust",
    ),
    pytest.param(
        "“We are not against the repairs,” said Dena Orbell, who heads the tenants' group Fenwick Voice.",
        "We are not against",
        {"speaker": "Dena Orbell", "role": "head", "affiliation": "Fenwick Voice"},
        id="who-heads-a-group-described-before-its-name",
    ),
    pytest.param(
        "Anil Varma, who runs Dunmere's oldest newsagent, said trade would suffer.",
        "trade would suffer",
        {"speaker": "Anil Varma", "role": None, "affiliation": None},
        id="who-runs-a-place-owned-shop-gives-no-body",
    ),
    pytest.param(
        "Shopkeeper Anil Varma said trade would suffer. “Where are they going to park?” he said.",
        "Where are they going",
        {"speaker": "Anil Varma", "role": "Shopkeeper"},
        id="an-occupation-opening-the-sentence-is-no-given-name",
    ),
    pytest.param(
        "Pensioner Edith Marr said she had waited an hour for the bus.",
        "she had waited",
        {"speaker": "Edith Marr", "role": "Pensioner"},
        id="a-pensioner-opening-the-sentence-is-no-given-name",
    ),
    pytest.param(
        "Professor Sam Reddy of the Centre for Urban Policy said the law had changed only on paper.",
        "the law had changed",
        {"speaker": "Sam Reddy", "affiliation": "Centre for Urban Policy"},
        id="the-name-before-of-speaks-not-the-capitals-of-its-body",
    ),
    pytest.param(
        "“The law changed on paper,” said Sam Reddy of the Centre for Urban Policy at Kellmoor University.",
        "The law changed",
        {"speaker": "Sam Reddy", "role": "Centre for Urban Policy", "affiliation": "Kellmoor University"},
        id="a-unit-at-an-institution-after-of-the-unit-is-the-role",
    ),
    pytest.param(
        "Her co-author, Professor Sam Reddy of the Centre for Urban Policy at Kellmoor University, "
        "said the law had changed only on paper.",
        "the law had changed",
        {"speaker": "Sam Reddy", "role": "her co-author", "affiliation": "Kellmoor University"},
        id="a-description-apposed-to-a-name-with-a-unit-and-its-institution",
    ),
    pytest.param(
        "Councillor Jane Pell said the sewer was failing.\n\n"
        "Opposition leader Ben Stroud said the plan was late.\n\n"
        "Councillor Pell said the council had looked at phasing the work.",
        "phasing the work",
        {"speaker": "Jane Pell", "role": "Councillor"},
        id="a-title-before-a-surname-is-the-person-named-with-it",
    ),
    pytest.param(
        "DUNMORE (Northern Wire) — Kellby Foods will cut 300 jobs at its Dunmore bakery, the company said on Monday.",
        "will cut 300 jobs",
        {"speaker": "Kellby Foods", "speaker_kind": "organization"},
        id="the-company-is-the-firm-named-by-its-trade",
    ),
    pytest.param(
        "In a filing, Pendle Water said it accepted the penalty. "
        "Its chief executive, Jonas Kerr, said: “We got this wrong.”",
        "We got this wrong",
        {"speaker": "Jonas Kerr", "role": "chief executive", "affiliation": "Pendle Water"},
        id="a-water-company-is-a-body-its-chief-works-for",
    ),
    pytest.param(
        "Local MP Alice Treen said she would meet the bosses. “I want answers,” Treen wrote on social media.",
        "I want answers",
        {"speaker": "Alice Treen", "role": "Local MP"},
        id="an-mp-is-a-title-before-a-name",
    ),
    pytest.param(
        "Lena Brook, regional organiser for the public service union Unitas, said outreach workers were tired.",
        "outreach workers",
        {"speaker": "Lena Brook", "role": "regional organiser", "affiliation": "Unitas"},
        id="a-union-described-before-its-name-is-the-affiliation",
    ),
    pytest.param(
        "Hanna Berg, country director for the aid group Open Hands, said the trucks were waiting.",
        "the trucks were waiting",
        {"speaker": "Hanna Berg", "role": "country director", "affiliation": "Open Hands"},
        id="an-aid-group-described-before-its-name-is-the-affiliation",
    ),
    pytest.param(
        "Ola Lind, a friend of the late actor Jon Smedt, said he was kind.",
        "he was kind",
        {"speaker": "Ola Lind", "affiliation": None},
        id="a-person-described-before-a-name-is-no-affiliation",
    ),
    pytest.param(
        "St Brigid's Primary School in Harlow End will stay open, the county council has said.",
        "will stay open",
        {"speaker": "county council", "speaker_kind": "organization"},
        id="the-council-is-no-school-named-before-it",
    ),
    pytest.param(
        "Marlow Borough Council met on Monday. The road will close in March, the council said.",
        "The road will close",
        {"speaker": "Marlow Borough Council"},
        id="the-council-is-the-council-named-before-it",
    ),
    pytest.param(
        "Kellmoor University's Nadia Farrow said the cuts were the biggest factor. "
        "“People spend more on rent,” she said.",
        "People spend more",
        {"speaker": "Nadia Farrow", "affiliation": "Kellmoor University"},
        id="a-university-as-a-possessive-before-a-name-is-the-affiliation",
    ),
    pytest.param(
        "The Tessel Trust, a charity, said the figures were alarming. "
        "Its chief economist, Dr Maya Sethi, said: “We are asking the poorest to pay.”",
        "We are asking",
        {"speaker": "Maya Sethi", "role": "chief economist", "affiliation": "Tessel Trust"},
        id="its-chief-economist-with-a-doctor-before-the-name",
    ),
    pytest.param(
        "Headteacher Moira Quist said she was glad. “The children will not have to travel,” she said.",
        "The children will not",
        {"speaker": "Moira Quist", "role": "Headteacher"},
        id="a-headteacher-opening-the-sentence-is-no-given-name",
    ),
    pytest.param(
        "Councillor Jane Pell, cabinet member for highways, said the sewer was failing.",
        "the sewer was failing",
        {"speaker": "Jane Pell", "role": "Councillor, cabinet member for highways"},
        id="a-title-and-an-appositive-role-are-both-kept",
    ),
    pytest.param(
        "Councillor Jane Pell, cabinet member for highways, said the sewer was failing. "
        "Opposition leader Ben Stroud said the plan was late. "
        "The councillor said the council had looked at phasing the work.",
        "phasing the work",
        {"speaker": "Jane Pell"},
        id="the-title-still-names-her-with-both-kept",
    ),
    pytest.param(
        "Residents of Marlow Vale, where one of the hospitals stands, said they supported the nurses.",
        "they supported the nurses",
        {"speaker": "Residents of Marlow Vale", "speaker_kind": "group"},
        id="residents-of-a-place-are-a-group-not-the-place",
    ),
    pytest.param(
        "Supporters of Ina Moss said they would march on Saturday.",
        "they would march",
        {"speaker": "Supporters of Ina Moss", "speaker_kind": "group"},
        id="supporters-of-a-person-are-a-group-not-the-person",
    ),
    pytest.param(
        "The chief nurse of Dunmore Hospitals NHS Trust has apologised.\n\n"
        "Karen Oduya, the trust's chief nurse, said the wait was unacceptable.",
        "the wait was unacceptable",
        {"speaker": "Karen Oduya", "role": "chief nurse", "affiliation": "Dunmore Hospitals NHS Trust"},
        id="the-trusts-chief-nurse-works-for-the-trust-named-before",
    ),
    pytest.param(
        "Nurses will strike next month, the Royal Nursing Guild said.\n\n"
        "“Our members have been pushed too far,” said Ellen Fairbairn, the guild's regional director.",
        "Our members have been",
        {"speaker": "Ellen Fairbairn", "role": "regional director", "affiliation": "Royal Nursing Guild"},
        id="the-guilds-regional-director-works-for-the-guild",
    ),
    pytest.param(
        "Charity warns of rise in rough sleeping\n\n"
        "Mina Castell, the charity's chief executive, said shelters were full.",
        "shelters were full",
        {"speaker": "Mina Castell", "affiliation": None},
        id="a-headline-word-names-no-body-for-a-role",
    ),
    pytest.param(
        "Sam Dyer, from the patients' charity Care Voice, said: “Patients are caught in the middle.”",
        "Patients are caught",
        {"speaker": "Sam Dyer", "role": None, "affiliation": "Care Voice"},
        id="from-a-charity-described-before-its-name",
    ),
    pytest.param(
        "Sam Dyer, from the small town of Dunmore, said: “Patients are caught in the middle.”",
        "Patients are caught",
        {"speaker": "Sam Dyer", "role": None, "affiliation": None},
        id="from-a-town-is-no-affiliation",
    ),
    pytest.param(
        "Derek Hollis, 61, a former councillor, had been accused of theft.\n\n"
        "Outside court, Hollis said: “My name has been cleared.”",
        "My name has been cleared",
        {"speaker": "Derek Hollis", "role": "former councillor"},
        id="an-age-before-the-appositive-role",
    ),
    pytest.param(
        "Derek Hollis, a councillor for Brackley ward, said he was relieved.",
        "he was relieved",
        {"speaker": "Derek Hollis", "role": "councillor", "affiliation": None},
        id="a-place-before-a-ward-is-no-body",
    ),
    pytest.param(
        "Ann Lee, a partner at Hale and Dorr law firm, said the deal was late.",
        "the deal was late",
        {"speaker": "Ann Lee", "role": "partner", "affiliation": "Hale and Dorr"},
        id="a-firm-named-before-its-kind-is-a-body",
    ),
    pytest.param(
        "“We were amazed,” said Dr Lia Moreno, who led the survey.",
        "We were amazed",
        {"speaker": "Lia Moreno", "role": None},
        id="a-courtesy-doctor-is-no-role",
    ),
    pytest.param(
        "Marlow County Council has agreed the plan. Councillor Fay Linden, the council's cabinet member "
        "for education, said the decision followed a review.",
        "the decision followed",
        {
            "speaker": "Fay Linden",
            "role": "Councillor, cabinet member for education",
            "affiliation": "Marlow County Council",
        },
        id="a-title-and-the-councils-cabinet-member",
    ),
    pytest.param(
        "“It is late,” said Ola Dahl. “We warned them.” Dahl, whose group advises the council, "
        "added that it was costly.",
        "We warned them",
        {"speaker": "Ola Dahl", "speaker_kind": "person"},
        id="a-cue-in-a-relative-clause-after-a-sentence-final-quote-is-no-attribution",
    ),
    pytest.param(
        "The Vell-based charity Safe Haven says the number has doubled. "
        "“We have never seen this,” said Mina Castell, the charity's chief executive.",
        "We have never seen",
        {"speaker": "Mina Castell", "role": "chief executive", "affiliation": "Safe Haven"},
        id="a-charity-described-before-its-name-and-its-chief-executive",
    ),
    pytest.param(
        "Vell Port Authority reopened the bridge on Monday. The agency said it was safe.",
        "it was safe",
        {"speaker": "Vell Port Authority"},
        id="the-agency-is-any-body-named-before",
    ),
    pytest.param(
        "Kell Motors said it would buy a battery maker.\n\n"
        "“This gives us the cells,” Kell Motors chief executive Anna Brandt told analysts.",
        "This gives us the cells",
        {"speaker": "Anna Brandt", "role": "chief executive", "affiliation": "Kell Motors"},
        id="a-post-titled-by-a-body-the-article-named",
    ),
    pytest.param(
        "“We were lucky,” Hawks coach Brian Dale said.",
        "We were lucky",
        {"speaker": "Brian Dale", "role": "Hawks coach", "affiliation": None},
        id="capitals-before-a-post-that-name-no-known-body-stay-in-the-title",
    ),
    pytest.param(
        "Halvard Pharma said sales fell. Halvard Pharma's chief executive, Ola Dahl, said the drug was safe.",
        "the drug was safe",
        {"speaker": "Ola Dahl", "role": "chief executive", "affiliation": "Halvard Pharma"},
        id="a-post-owned-by-a-body-of-two-words-named-before",
    ),
    pytest.param(
        "Kell Motors’ chief executive, Anna Brandt, said the plant would reopen.",
        "the plant would reopen",
        {"speaker": "Anna Brandt", "role": "chief executive", "affiliation": "Kell Motors"},
        id="a-plural-possessive-opens-a-description-not-a-speaker",
    ),
    pytest.param(
        "The levee held overnight. At 3 a.m. Monday Lund said the levee was holding.",
        "the levee was holding",
        {"speaker": "Lund"},
        id="a-day-before-a-name-says-when-not-who",
    ),
    pytest.param(
        "County Clerk Ana Lie said the rolls were ready. Curator Ana Lien said the show would open.",
        "the show would open",
        {"speaker": "Ana Lien", "role": "Curator"},
        id="a-name-is-not-the-start-of-a-longer-one",
    ),
    pytest.param(
        "Mayor Tom Hale told the crowd, “We will rebuild every street,” and council member Rita Berg"
        " said the money was there.",
        "We will rebuild every street",
        {"speaker": "Tom Hale", "role": "Mayor"},
        id="and-another-speaker-after-a-quote-introduced-before-it",
    ),
    pytest.param(
        "Vell County Supervisor of Elections Ana Rusk said the count was slow.",
        "the count was slow",
        {"speaker": "Ana Rusk", "role": "Vell County Supervisor of Elections"},
        id="the-complement-of-an-office-ends-the-title",
    ),
]

#: Offices of local government and institutions written before a name.
OFFICES_BEFORE_NAMES = [
    "Harbour Master",
    "County Treasurer",
    "Comptroller",
    "State Auditor",
    "County Clerk",
    "Coroner",
    "Alderman",
    "Warden",
    "Provost",
    "Board Trustee",
    "EPA Administrator",
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_speaks_and_for_whom(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


@pytest.mark.parametrize("office", OFFICES_BEFORE_NAMES)
def test_an_office_before_a_name_is_the_role(quotes_of, office):
    quote = one(quotes_of(f"{office} Ana Berg said the rules would change."), "the rules would change")
    assert (quote.speaker, quote.role) == ("Ana Berg", office)
