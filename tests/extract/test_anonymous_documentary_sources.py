"""Attribution in wire and investigative stories built on anonymous and
documentary sources (people familiar with the matter, spokespeople who
declined to comment, leaked emails, court filings, regulators' letters,
according to records), one row per construction, on texts written for the
test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

from quotes.extract.mentions import written_as_document

SPEAKERS = [
    pytest.param(
        "An aide pushed the contract through, according to text messages obtained by the Courier.",
        "An aide pushed the contract through",
        {"speaker": "text messages", "speaker_kind": "organization", "role": None},
        id="a-plural-of-a-document-after-according-to",
    ),
    pytest.param(
        "Emails show the aide wrote to the department in July.",
        "the aide wrote to the department",
        {"speaker": "Emails", "speaker_kind": "organization"},
        id="a-plural-of-a-document-opening-the-sentence",
    ),
    pytest.param(
        "Paul Lorne, the political director, said the campaign was doing well.\n\nInternal polls showed that"
        " voters preferred Mr. Tom Berg by six points.\n\nTurnout in the north was low.\n\n"
        '"We are where we want to be," he said.',
        "We are where we want to be",
        {"speaker": "Paul Lorne"},
        id="he-after-polls-is-who-spoke-before-them",
    ),
    pytest.param(
        "The envoy doubted the plan, according to a diplomatic cable seen by the Herald.",
        "The envoy doubted the plan",
        {"speaker": "diplomatic cable", "speaker_kind": "organization", "role": None},
        id="a-cable-is-a-document",
    ),
    pytest.param(
        "The bank told staff to cut costs, according to a copy seen by the Herald.",
        "The bank told staff to cut costs",
        {"speaker": "copy", "speaker_kind": "organization", "role": None},
        id="a-copy-seen-by-the-paper-is-a-document",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, one official said.",
        "Kell Bank is in talks",
        {"role": "official"},
        id="one-official-has-the-role-official",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, one official said. Another said the deal was close.",
        "the deal was close",
        {"speaker": "Another", "role": None},
        id="another-alone-has-no-role",
    ),
    pytest.param(
        "Kell Bank is in talks, one person said. Another person said the deal was close.",
        "the deal was close",
        {"role": "person"},
        id="another-person-has-the-role-person",
    ),
    pytest.param(
        "Aldgate Bank was fined on Monday. Its chief executive, Rupert Vale, is under pressure,"
        " a spokesman for the bank said.",
        "Rupert Vale, is under pressure",
        {"role": "spokesman", "affiliation": "Aldgate Bank"},
        id="a-spokesman-for-the-bank-named-before",
    ),
    pytest.param(
        'Harbor Freight Lines cut six routes. "No comment," said a spokeswoman for the company.',
        "No comment",
        {"role": "spokeswoman", "affiliation": "Harbor Freight Lines"},
        id="a-spokeswoman-for-the-company-named-before",
    ),
    pytest.param(
        "Northgate Insurance is preparing to cut jobs, according to a memo. A Northgate spokesperson declined to comment.",
        "to comment",
        {"role": "Northgate spokesperson", "affiliation": "Northgate Insurance"},
        id="a-spokesperson-of-an-insurer-named-before",
    ),
    pytest.param(
        "Westbrook Healthcare runs 14 hospitals. In a statement, Westbrook Healthcare said it took safety seriously.",
        "it took safety seriously",
        {"speaker": "Westbrook Healthcare", "speaker_kind": "organization"},
        id="a-healthcare-company-is-a-business",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, according to people with knowledge of the matter.",
        "Kell Bank is in talks",
        {"speaker": "people with knowledge of the matter", "speaker_kind": "group"},
        id="people-with-knowledge-of-the-matter",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, two people with direct knowledge of the talks said.",
        "Kell Bank is in talks",
        {"speaker": "two people with direct knowledge of the talks", "speaker_kind": "group"},
        id="people-with-direct-knowledge-of-the-talks",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, according to people briefed on the talks.",
        "Kell Bank is in talks",
        {"speaker": "people briefed on the talks", "speaker_kind": "group"},
        id="people-briefed-on-the-talks",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, a person close to the bank's board said.",
        "Kell Bank is in talks",
        {"speaker_kind": "anonymous", "role": "person close to the bank's board"},
        id="a-person-close-to-a-body-is-a-person",
    ),
    pytest.param(
        "The plan was right, former officers with no direct knowledge of the case but with years in the field said.",
        "The plan was right",
        {"speaker": "former officers with no direct knowledge of the case", "speaker_kind": "group"},
        id="officers-with-no-direct-knowledge-of-the-case-but",
    ),
    pytest.param(
        "The plan was dead, one person with knowledge of the talks, who spoke on condition of anonymity, said.",
        "The plan was dead",
        {"speaker": "one person with knowledge of the talks", "role": "person with knowledge of the talks"},
        id="a-person-with-knowledge-before-a-relative-clause",
    ),
    pytest.param(
        "Two people with knowledge of the matter said the regulator could act. One of them said the board had met.",
        "the board had met",
        {"speaker": "Two people with knowledge of the matter", "speaker_kind": "group"},
        id="one-of-them-after-people-with-knowledge-of-the-matter",
    ),
    pytest.param(
        "Northgate Insurance is preparing to cut jobs, according to an internal memo and two people familiar"
        " with the plans.\n\nThe cuts would fall mostly on the claims centers, the people said.",
        "The cuts would fall",
        {"speaker": "people", "speaker_kind": "group"},
        id="the-people-after-a-memo-and-two-people-are-no-memo",
    ),
    pytest.param(
        "The minutes, dated Oct. 2, show the officer described the incident as serious.",
        "the officer described the incident",
        {"speaker": "minutes", "speaker_kind": "organization"},
        id="a-document-dated-with-a-month-s-abbreviation",
    ),
    pytest.param(
        "Torvik Motors recalled 9,000 vans. The recall came after a fire, a spokesman for the ministry said.",
        "The recall came after a fire",
        {"role": "spokesman", "affiliation": None},
        id="a-spokesman-for-the-ministry-is-no-company-s",
    ),
    pytest.param(
        "Osric Water raised bills. Customers will get letters, an official for the regulator said.",
        "Customers will get letters",
        {"affiliation": None},
        id="an-official-for-the-regulator-is-no-utility-s",
    ),
    pytest.param(
        "Torvik Motors will shut its plant. The plant has 700 staff, a spokesman for the union representing"
        " staff at the plant said.",
        "The plant has 700 staff",
        {"affiliation": None},
        id="a-spokesman-for-a-union-described-is-no-company-s",
    ),
    pytest.param(
        "Penrose Bank raised fees on Monday, days after the Northern Reserve Bank cut rates. A spokesman for"
        " the bank said the fees were fair.",
        "the fees were fair",
        {"affiliation": "Penrose Bank"},
        id="a-spokesman-for-the-bank-the-story-is-about",
    ),
    pytest.param(
        "Penrose Bank cut 500 jobs on Monday. More cuts were possible, a spokesman for the bank also said.",
        "More cuts were possible",
        {"affiliation": "Penrose Bank"},
        id="a-spokesman-for-the-bank-with-a-word-before-the-verb",
    ),
    pytest.param(
        "Ashford Borough Council approved the budget on Tuesday. Harlow County Council has yet to vote. The"
        " vote is close, a spokeswoman for the council said.",
        "The vote is close",
        {"affiliation": None},
        id="a-spokeswoman-for-the-council-of-two-councils-each-opening-a-sentence",
    ),
    pytest.param(
        "Torvik Motors recalled 9,000 vans. The Ministry of Transport opened an inquiry. Drivers should"
        " check their brakes, a spokesman for the ministry said.",
        "Drivers should check their brakes",
        {"affiliation": "Ministry of Transport"},
        id="a-spokesman-for-the-ministry-named-noun-first",
    ),
    pytest.param(
        "The Department of Education will review the plan. The review is routine, a spokeswoman for the"
        " department said.",
        "The review is routine",
        {"affiliation": "Department of Education"},
        id="a-spokeswoman-for-the-department-named-noun-first",
    ),
    pytest.param(
        "Dunmore Airways cancelled 40 flights. The strike was to blame, a spokeswoman for the airline on"
        " Saturday said.",
        "The strike was to blame",
        {"affiliation": "Dunmore Airways"},
        id="a-spokeswoman-for-the-airline-with-a-day-before-the-verb",
    ),
    pytest.param(
        'Officers spoke to Dan Kerr, a farmer and witnesses at the scene. "The car was going too fast," the'
        " witnesses said.",
        "going too fast",
        {"speaker": "witnesses"},
        id="a-plural-after-and-ends-a-description",
    ),
    pytest.param(
        "Elmbury High School will close early. Parents were told, a spokeswoman for the school district said.",
        "Parents were told",
        {"affiliation": None},
        id="a-spokeswoman-for-the-school-district-is-no-school-s",
    ),
    pytest.param(
        "Riverton Police Department arrested two men. The men were charged, a spokesman for the police said.",
        "The men were charged",
        {"affiliation": "Riverton Police Department"},
        id="a-spokesman-for-the-police-has-the-whole-name",
    ),
    pytest.param(
        "Lena Cable, a marine biologist at Osric University, has studied the reef for 20 years. Cable said the"
        ' coral was dying. "It breaks my heart," she said.',
        "It breaks my heart",
        {"speaker": "Lena Cable", "speaker_kind": "person", "role": "marine biologist"},
        id="a-surname-that-is-a-document-s-noun-opening-a-sentence",
    ),
    pytest.param(
        "Mara Page runs the clinic. Page said the numbers were misleading.",
        "the numbers were misleading",
        {"speaker": "Mara Page", "speaker_kind": "person"},
        id="a-surname-page-opening-a-sentence",
    ),
    pytest.param(
        "The sanctions will fail, a think tank close to the government said.",
        "The sanctions will fail",
        {"speaker_kind": "organization", "role": None},
        id="a-think-tank-close-to-the-government-is-a-body",
    ),
    pytest.param(
        "The raid was planned, a militia close to the army said.",
        "The raid was planned",
        {"speaker_kind": "organization", "role": None},
        id="a-militia-close-to-the-army-is-a-body",
    ),
    pytest.param(
        'Tom Hale, a father of three and police officer in Riverton, was at the scene. "It was chaos," the'
        " police officer said.",
        "It was chaos",
        {"speaker": "Tom Hale"},
        id="a-description-joining-two-nouns-by-and-is-the-named-person-s",
    ),
    pytest.param(
        'Lena Ruiz, a teacher and union representative at Elmbury High, spoke at the rally. "We are not going'
        ' away," the union representative said.',
        "We are not going away",
        {"speaker": "Lena Ruiz", "affiliation": "Elmbury High"},
        id="a-teacher-and-union-representative-is-the-named-person",
    ),
    pytest.param(
        "The vote was rigged, a One Nation official said.",
        "The vote was rigged",
        {"role": "One Nation official"},
        id="one-opening-a-name-is-no-count",
    ),
    pytest.param(
        "The plan is dead, a woman with little understanding of the rules said.",
        "The plan is dead",
        {"speaker": "woman", "role": "woman"},
        id="a-woman-with-little-understanding-is-no-source-s-knowledge",
    ),
    pytest.param(
        "His deputy, Aug. Lindqvist, said the port would reopen.",
        "the port would reopen",
        {"speaker": "Aug. Lindqvist", "role": "his deputy"},
        id="an-abbreviated-given-name-like-a-month-before-no-day",
    ),
    pytest.param(
        "The emails show the aide wrote to the department in July.",
        "the aide wrote to the department",
        {"speaker": "emails", "speaker_kind": "organization"},
        id="the-plural-of-a-document-opening-a-sentence",
    ),
    pytest.param(
        "A spokeswoman for the state's water and flood department said in a statement that the levee "
        '"remains under active consideration".',
        "remains under active",
        {
            "speaker": "state's water and flood department",
            "speaker_kind": "organization",
            "affiliation": "state's water and flood department",
        },
        id="a-spokeswoman-for-a-body-a-possessive-owns",
    ),
]

SPEAKERS_LEFT_ALONE = [
    pytest.param(
        "The mayor has risen in the polls, the report said.",
        "The mayor has risen in the polls",
        {"speaker": "report", "speaker_kind": "organization"},
        id="the-polls-inside-a-sentence-cite-no-papers",
    ),
    pytest.param(
        'Ada Moss, the mayor, said the plan was sound. Emails show the council approved it in May. "We did'
        ' nothing wrong," she said.',
        "We did nothing wrong",
        {"speaker": "Ada Moss"},
        id="she-after-emails-naming-nobody-is-who-spoke-before-them",
    ),
    pytest.param(
        "Defence barrister Hugh Pratt said the evidence was thin. Police documents show Detective Sam Ray"
        ' interviewed the suspect twice. "My client was never given a fair chance," he said.',
        "never given a fair chance",
        {"speaker": "Hugh Pratt"},
        id="he-after-papers-naming-someone-is-still-who-spoke-before-them",
    ),
    pytest.param(
        "The plan is dead, people with no direct knowledge of the talks said.",
        "The plan is dead",
        {"speaker": "people with no direct knowledge of the talks"},
        id="people-with-no-direct-knowledge-keep-the-phrase",
    ),
    pytest.param(
        "One official said the deal was close.",
        "the deal was close",
        {"role": "official"},
        id="one-opening-the-mention-counts-the-official",
    ),
    pytest.param(
        "The deal is close, one Kell official said.",
        "The deal is close",
        {"role": "Kell official"},
        id="one-in-lower-case-before-a-name-counts-the-official",
    ),
    pytest.param(
        "Kell Bank will close, according to a memo and the people who wrote it.\n\nThe staff were told on"
        " Monday, the people said.",
        "The staff were told",
        {"speaker": "people", "speaker_kind": "group"},
        id="the-people-after-a-memo-and-the-people-are-no-memo",
    ),
    pytest.param(
        "The bank is in talks, a banker close to the board said.",
        "The bank is in talks",
        {"speaker_kind": "anonymous", "role": "banker close to the board"},
        id="a-banker-close-to-the-board-is-someone-unnamed",
    ),
    pytest.param(
        "The club has agreed a fee, a figure close to the board said.",
        "The club has agreed a fee",
        {"speaker_kind": "anonymous"},
        id="a-figure-close-to-the-board-is-someone-unnamed",
    ),
    pytest.param(
        "The talks have stalled, an ally close to the government said.",
        "The talks have stalled",
        {"speaker_kind": "anonymous"},
        id="an-ally-close-to-the-government-is-someone-unnamed",
    ),
    pytest.param(
        "The bank is in talks, a foundation close to the board said.",
        "The bank is in talks",
        {"speaker_kind": "organization"},
        id="a-foundation-close-to-the-board-is-a-body",
    ),
    pytest.param(
        "The fire started in the boiler room, engineers familiar with the site said.",
        "The fire started",
        {"speaker_kind": "group"},
        id="engineers-familiar-with-the-site-are-a-group",
    ),
    pytest.param(
        "The envoy doubted the plan. The cable said the talks had failed.",
        "the talks had failed",
        {"speaker": "cable", "speaker_kind": "organization"},
        id="the-cable-is-a-document",
    ),
    pytest.param(
        "Data show the river is cleaner than a year ago.",
        "the river is cleaner",
        {"speaker": "Data", "speaker_kind": "organization"},
        id="data-alone-is-a-document",
    ),
    pytest.param(
        "Records show the mayor paid the fine in May.",
        "the mayor paid the fine",
        {"speaker": "Records", "speaker_kind": "organization"},
        id="records-alone-are-documents",
    ),
    pytest.param(
        "Poll: Voters in Dunmere turn against the mayor\n\nThe mayor has lost support, a new survey found.",
        "Voters in Dunmere",
        {"speaker": "Poll", "speaker_kind": "organization"},
        id="a-document-s-noun-alone-opening-a-headline",
    ),
    pytest.param(
        "The Green Party lost two seats. The vote was fair, a spokeswoman for the party said.",
        "The vote was fair",
        {"affiliation": "Green Party"},
        id="a-spokeswoman-for-the-party-named-before",
    ),
    pytest.param(
        "Penrose Bank raised its fees. A spokesman for the bank declined to comment.",
        "to comment",
        {"affiliation": "Penrose Bank"},
        id="a-spokesman-for-the-bank-who-declined",
    ),
    pytest.param(
        "Torvik Motors recalled 9,000 vans. The recall came after a fire, a spokesman for the carmaker said.",
        "The recall came after a fire",
        {"affiliation": "Torvik Motors"},
        id="a-spokesman-for-the-carmaker-named-before",
    ),
    pytest.param(
        "His colleague, Jan Berg, said the minutes were accurate.",
        "the minutes were accurate",
        {"speaker": "Jan Berg"},
        id="a-given-name-that-is-a-month-s-abbreviation",
    ),
    pytest.param(
        "A retired nurse and mother of three, Ada Lorne, said the ward was short of staff.",
        "the ward was short of staff",
        {"speaker": "Ada Lorne"},
        id="a-description-joined-by-and-before-a-name",
    ),
    pytest.param(
        "Brightline Paving won the contract.\n\nIts owner, Ola Pike, gave $500 to the mayor,"
        " according to campaign finance filings. Pike said he had followed every rule.",
        "he had followed every rule",
        {"speaker": "Ola Pike", "affiliation": None},
        id="its-owner-is-no-document-s-employee",
    ),
    pytest.param(
        "The engineers said the pump could fail.",
        "the pump could fail",
        {"speaker_kind": "group"},
        id="a-plural-of-people-is-a-group",
    ),
    pytest.param(
        "SkyBay cut six routes. A spokeswoman for the union said the cuts were a scandal.",
        "the cuts were a scandal",
        {"role": "spokeswoman", "affiliation": None},
        id="a-spokeswoman-for-a-body-never-named",
    ),
    pytest.param(
        "Kell Bank cut six branches. A critic of the bank said the cuts were a scandal.",
        "the cuts were a scandal",
        {"role": "critic", "affiliation": None},
        id="a-critic-of-the-bank-does-not-speak-for-it",
    ),
    pytest.param(
        "SkyBay cut six routes, a spokeswoman for the state transport department said.",
        "SkyBay cut six routes",
        {"affiliation": "state transport department"},
        id="a-spokeswoman-for-a-body-described-in-lower-case",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, a man with a dog said.",
        "Kell Bank is in talks",
        {"speaker": "man", "role": "man"},
        id="a-man-with-a-dog",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, officials with the ministry said.",
        "Kell Bank is in talks",
        {"speaker": "officials", "speaker_kind": "group"},
        id="officials-with-a-body",
    ),
    pytest.param(
        "The plan was dead, one of his warm-up speakers said.",
        "The plan was dead",
        {"role": "one of his warm-up speakers"},
        id="one-of-his-speakers-keeps-its-words",
    ),
    pytest.param(
        "Kell Bank is in talks to buy a rival, a senior official said.",
        "Kell Bank is in talks",
        {"role": "senior official"},
        id="a-senior-official-keeps-its-words",
    ),
    pytest.param(
        'A critic of the state\'s health department said the clinic "will never reopen".',
        "will never reopen",
        {"affiliation": None},
        id="a-critic-of-a-body-a-possessive-owns",
    ),
]


CONTENTS = [
    pytest.param(
        "Kell Motors said in the filing that it had initially believed the problem was limited to a few parts.",
        "that it had initially believed the problem was limited to a few parts",
        id="a-clause-of-belief-inside-what-a-company-said",
    ),
]

CONTENTS_LEFT_ALONE = [
    pytest.param(
        "Ada Lorne said she had initially believed the plan was sound.",
        "she had initially believed the plan was sound",
        id="a-clause-of-belief-inside-what-a-person-said",
    ),
    pytest.param(
        "Construction is expected to begin in May, the council said.",
        "Construction is expected to begin in May",
        id="a-clause-whose-cue-follows-it",
    ),
]


@pytest.mark.parametrize(("text", "content"), CONTENTS + CONTENTS_LEFT_ALONE)
def test_what_was_said_is_whole(quotes_of, text, content):
    assert one(quotes_of(text), content.split()[-1]).text == content


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS + SPEAKERS_LEFT_ALONE)
def test_speaker(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(
    ("mention", "document"),
    [
        pytest.param("the memo", True, id="a-document-s-noun"),
        pytest.param("text messages", True, id="a-plural-of-a-document-s-noun"),
        pytest.param("Emails", True, id="a-plural-opening-a-sentence"),
        pytest.param("The Post", False, id="a-newspaper-s-name"),
        pytest.param("Post", False, id="a-newspaper-s-short-name"),
        pytest.param("the engineers", False, id="people"),
    ],
)
def test_written_as_document(mention, document):
    assert written_as_document(mention) is document
