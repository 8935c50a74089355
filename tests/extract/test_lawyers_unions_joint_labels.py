"""Attribution of unnamed lawyers, unions and companies described after their
name, joint statements and labels opening a paragraph, one row per
construction, on texts written for the test about fictional people and
bodies, with rows of ordinary text each rule must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

from quotes.extract.joint_bodies import joint_bodies

SPEAKERS = [
    pytest.param(
        "Unite, the union representing the drivers, said the strike would go ahead.\n\n"
        "“Our members have had enough,” the union said.",
        "Our members have had enough",
        {"speaker": "Unite", "speaker_kind": "organization"},
        id="a-union-described-by-a-participle-after-its-name",
    ),
    pytest.param(
        "Unite, the union representing the drivers, said the strike would go ahead.\n\n"
        "“Our members have had enough,” it said.",
        "Our members have had enough",
        {"speaker": "Unite", "speaker_kind": "organization"},
        id="it-after-a-union-described-after-its-name",
    ),
    pytest.param(
        "Kellco, the company behind the scheme, said the work would start in May.",
        "the work would start in May",
        {"speaker": "Kellco", "speaker_kind": "organization"},
        id="a-company-described-with-a-preposition-after-its-name",
    ),
    pytest.param(
        "Corvane, which makes drones, said it would hire 200 workers. “This is a big day for us,” Corvane said.",
        "This is a big day for us",
        {"speaker": "Corvane", "speaker_kind": "organization"},
        id="a-name-opening-a-sentence-before-which-is-a-body",
    ),
    pytest.param(
        "Corvane, which makes drones, said it would hire 200 workers. Its chief executive, Ina Moss, said"
        " demand was high.",
        "demand was high",
        {"speaker": "Ina Moss", "affiliation": "Corvane"},
        id="its-chief-after-a-body-described-by-which",
    ),
    pytest.param(
        "Ansel Kobb, 44, denies fraud.\n\n“Mr Kobb will be cleared,” his lawyer said. “We will appeal,” he added.",
        "We will appeal",
        {"speaker": "his lawyer", "speaker_kind": "anonymous"},
        id="he-after-his-lawyer-spoke-is-the-lawyer",
    ),
    pytest.param(
        "Ansel Kobb, 44, denies fraud.\n\n“Mr Kobb will be cleared,” his lawyer said.\n\n“We will appeal,” she added.",
        "We will appeal",
        {"speaker": "his lawyer", "speaker_kind": "anonymous"},
        id="she-after-his-lawyer-spoke-is-the-lawyer",
    ),
    pytest.param(
        "Ina Moss, 51, denies fraud.\n\n“Ms Moss will be cleared,” her solicitor said.\n\n“We will appeal,” he said.",
        "We will appeal",
        {"speaker": "her solicitor", "speaker_kind": "anonymous"},
        id="he-after-her-solicitor-spoke-is-the-solicitor",
    ),
    pytest.param(
        "Dag Orrin, 33, appeared at the High Court. Edinburgh advocate Ross Kerr said his client had been"
        " under pressure.",
        "his client had been under pressure",
        {"speaker": "Ross Kerr", "role": "Edinburgh advocate"},
        id="an-advocate-before-a-name-is-a-role",
    ),
    pytest.param(
        "Dag Orrin, 33, appeared at the High Court.\n\n“He accepts he made a terrible mistake,” defence advocate"
        " Ross Kerr said.",
        "He accepts he made",
        {"speaker": "Ross Kerr", "role": "defence advocate"},
        id="a-defence-advocate-before-a-name-is-a-role",
    ),
    pytest.param(
        "Harlow and Epping councils said the new bin service would start in May.",
        "the new bin service would start in May",
        {"speaker": "Harlow and Epping councils", "speaker_kind": "organization"},
        id="two-councils-sharing-a-plural-noun-speak-together",
    ),
    pytest.param(
        "“Crews are ready,” Harlow and Epping district councils said.",
        "Crews are ready",
        {"speaker": "Harlow and Epping district councils", "speaker_kind": "organization"},
        id="two-councils-sharing-a-plural-noun-after-a-quote",
    ),
    pytest.param(
        "Harlow and Epping councils said the service would start in May.\n\n“Crews are ready,” the councils said.",
        "Crews are ready",
        {"speaker": "Harlow and Epping councils"},
        id="the-councils-after-two-councils-sharing-a-noun",
    ),
    pytest.param(
        "A spokesperson for Harlow and Epping councils said the new bin service would start in May.",
        "the new bin service would start in May",
        {"role": "spokesperson", "affiliation": "Harlow and Epping councils"},
        id="a-spokesperson-for-two-councils-sharing-a-noun",
    ),
    pytest.param(
        "A spokesman for the Vell and Marlow health boards said the new service would start in May.",
        "the new service would start in May",
        {"affiliation": "Vell and Marlow health boards"},
        id="a-spokesman-for-two-boards-sharing-a-noun",
    ),
    pytest.param(
        "A spokesman for Vell Council and Kell Council said the councils had agreed a joint bid.",
        "the councils had agreed a joint bid",
        {"affiliation": "Vell Council and Kell Council"},
        id="a-spokesman-for-two-councils-before-the-councils-in-the-clause",
    ),
    pytest.param(
        "A spokesperson for Tom Venn and Ina Moss said the councils would meet.",
        "the councils would meet",
        {"affiliation": None},
        id="a-spokesperson-for-two-people-before-the-councils-in-the-clause",
    ),
    pytest.param(
        "A spokesman for Vell and Kell said the councils would meet.",
        "the councils would meet",
        {"affiliation": None},
        id="a-spokesman-for-two-places-before-the-councils-in-the-clause",
    ),
    pytest.param(
        "Passengers on a Vell Air flight waited six hours on the runway.\n\n"
        "“We apologise to everyone affected,” the airline said.",
        "We apologise to everyone affected",
        {"speaker": "Vell Air", "speaker_kind": "organization"},
        id="the-airline-named-only-before-a-flight",
    ),
    pytest.param(
        "Passengers on a Kell Airways flight waited six hours. A spokeswoman for the airline said a fault had"
        " been found.",
        "a fault had been found",
        {"affiliation": "Kell Airways"},
        id="a-spokeswoman-for-the-airline-named-only-before-a-flight",
    ),
    pytest.param(
        "Skyvell cancelled 40 flights on Friday. Campaigners from Cleaner Air protested outside the terminal."
        " The airline said the strike was to blame.",
        "the strike was to blame",
        {"speaker": "airline"},
        id="the-airline-is-no-campaign-named-with-air",
    ),
    pytest.param(
        "Skyvell cancelled 40 flights. Fans left the Open Air concerts early. The airline said the strike was"
        " to blame.",
        "the strike was to blame",
        {"speaker": "airline"},
        id="the-airline-is-no-concert-named-with-air",
    ),
    pytest.param(
        "The Vell Transport Agency approved the rise on Monday.\n\n“Fares will rise by 4 percent,” the company said.",
        "Fares will rise",
        {"speaker": "company"},
        id="the-company-is-no-agency",
    ),
    pytest.param(
        "Marlow District Council approved the rise on Monday. “Bins will be collected weekly,” the firm said.",
        "Bins will be collected weekly",
        {"speaker": "firm"},
        id="the-firm-is-no-council",
    ),
    pytest.param(
        "Kell Department Stores reported a fall in sales. The company said trading had been hard.",
        "trading had been hard",
        {"speaker": "Kell Department Stores", "speaker_kind": "organization"},
        id="the-company-after-a-business-named-with-department",
    ),
    pytest.param(
        "Hampton Court Holdings reported a fall in sales. The company said trading had been hard.",
        "trading had been hard",
        {"speaker": "Hampton Court Holdings", "speaker_kind": "organization"},
        id="the-company-after-a-business-named-with-court",
    ),
    pytest.param(
        "The Vell Port Authority runs the harbour as a business. The authority, a company owned by the state,"
        " said profits rose. “We had a good year,” a spokesman for the company said.",
        "We had a good year",
        {"affiliation": "Vell Port Authority"},
        id="a-spokesman-for-the-company-a-public-body-called-a-company",
    ),
    pytest.param(
        "“We lost everything,” said Tom Venn, 52, one of two residents who spoke to the Courier.\n\n"
        "“Nobody warned us,” the other said.",
        "Nobody warned us",
        {"speaker": "other", "speaker_kind": "anonymous", "role": None},
        id="the-other-of-two-is-not-the-one-named",
    ),
    pytest.param(
        "Tom Venn and Ina Moss were rescued on Sunday. “I thought we would die,” Moss said. “We owe the crew"
        " our lives,” the other said.",
        "We owe the crew our lives",
        {"speaker": "Tom Venn", "speaker_kind": "person"},
        id="the-other-of-two-named-together-after-one-spoke",
    ),
    pytest.param(
        "Tom Venn and Ina Moss were rescued on Sunday. “I thought we would die,” Venn said.\n\n“We owe the"
        " crew our lives,” the other said.",
        "We owe the crew our lives",
        {"speaker": "Ina Moss", "speaker_kind": "person"},
        id="the-other-of-two-named-together-in-the-next-paragraph",
    ),
    pytest.param(
        "Tom Venn and Ina Moss were rescued on Sunday. A coastguard said the sea was rough. “We owe the crew"
        " our lives,” the other said.",
        "We owe the crew our lives",
        {"speaker": "other", "speaker_kind": "anonymous"},
        id="the-other-after-someone-else-spoke-is-unnamed",
    ),
    pytest.param(
        "Ina Moss and Tom Venn were rescued. One of them said the water was cold. The other said: “We were lucky.”",
        "We were lucky",
        {"speaker": "other", "speaker_kind": "anonymous"},
        id="the-other-after-one-of-them",
    ),
    pytest.param(
        "The storm reached Marlow at noon.\n\nPHOTO: “It was like a war zone”\n\nWaves hit the wall.",
        "It was like a war zone",
        {"speaker": None},
        id="a-photo-label-is-no-speaker",
    ),
    pytest.param(
        "VIDEO: “We have never seen anything like it.”\n\nThe storm reached Marlow at noon.",
        "We have never seen anything like it",
        {"speaker": None},
        id="a-video-label-opening-the-text-is-no-speaker",
    ),
    pytest.param(
        "The storm reached Marlow at noon.\n\nGALLERY: “It was like a war zone”",
        "It was like a war zone",
        {"speaker": None},
        id="a-gallery-label-is-no-speaker",
    ),
]

SPEAKERS_LEFT_ALONE = [
    pytest.param(
        "“We lost everything,” Tom Venn said. On the other hand, the council said it had warned residents.",
        "it had warned residents",
        {"speaker": "council"},
        id="on-the-other-hand-is-no-speaker",
    ),
    pytest.param(
        "The storm reached Marlow at noon.\n\nWATCH: “It was terrifying,” a resident said as waves hit the wall.",
        "It was terrifying",
        {"speaker": "resident"},
        id="a-quote-after-a-label-goes-to-its-cue",
    ),
    pytest.param(
        "The storm reached Marlow at noon.\n\nTom Venn: “We have never seen anything like it.”",
        "We have never seen anything like it",
        {"speaker": "Tom Venn"},
        id="a-name-before-a-colon-still-speaks",
    ),
    pytest.param(
        "Ansel Kobb, 44, was jailed. “He is a good man,” his parents said.\n\n“I will fight,” he said.",
        "I will fight",
        {"speaker": "Ansel Kobb"},
        id="he-after-his-parents-spoke-is-the-man-named",
    ),
    pytest.param(
        "The Vell Air Force flew over the town on Sunday.\n\n“It was a routine flight,” the airline said.",
        "It was a routine flight",
        {"speaker": "airline"},
        id="an-air-force-is-no-airline",
    ),
    pytest.param(
        "Vell Air, the budget airline, cancelled 40 flights. “We apologise,” the airline said.",
        "We apologise",
        {"speaker": "Vell Air"},
        id="the-airline-named-as-one-in-apposition",
    ),
    pytest.param(
        "Vell Air passengers waited six hours. “We apologise,” the airline said.",
        "We apologise",
        {"speaker": "Vell Air"},
        id="the-airline-named-before-its-passengers",
    ),
    pytest.param(
        "Owners of Holt Motors cars were told to return them. “Safety comes first,” the carmaker said.",
        "Safety comes first",
        {"speaker": "Holt Motors"},
        id="the-carmaker-named-before-its-cars",
    ),
    pytest.param(
        "Harbour Securities cut its forecast on Monday. “Trading is hard,” the company said.",
        "Trading is hard",
        {"speaker": "Harbour Securities"},
        id="the-company-after-a-business",
    ),
    pytest.param(
        "The Department of Transport approved the rise on Monday. “Fares will rise,” the company said.",
        "Fares will rise",
        {"speaker": "company"},
        id="the-company-is-no-department-of-state",
    ),
    pytest.param(
        "The Vell Port Authority said profits rose. “We had a good year,” the company said.",
        "We had a good year",
        {"speaker": "company"},
        id="the-company-is-no-authority-never-called-one",
    ),
    pytest.param(
        "Tom Venn and Ina Moss said the service would start in May.",
        "the service would start in May",
        {"speaker": "Tom Venn", "speaker_kind": "person"},
        id="two-people-joined-by-and-keep-the-first",
    ),
    pytest.param(
        "Residents in Harlow and Epping said the service was late.",
        "the service was late",
        {"speaker": "Residents", "speaker_kind": "group"},
        id="people-in-two-places-are-a-group",
    ),
    pytest.param(
        "A spokesperson for Harlow District Council said the new bin service would start in May.",
        "the new bin service would start in May",
        {"affiliation": "Harlow District Council"},
        id="a-spokesperson-for-one-council",
    ),
    pytest.param(
        "Ansel Kobb, 44, was jailed on Monday.\n\n“He is a good man,” his wife said.\n\n“I have no regrets,” he said.",
        "I have no regrets",
        {"speaker": "Ansel Kobb"},
        id="he-after-his-wife-spoke-is-the-man-named",
    ),
    pytest.param(
        "Ansel Kobb, 44, was jailed on Monday.\n\n“He is a good man,” his mother said. She wept as he was led"
        " away.\n\n“I will fight,” he said.",
        "I will fight",
        {"speaker": "Ansel Kobb"},
        id="he-after-his-mother-spoke-is-the-man-named",
    ),
    pytest.param(
        "Ansel Kobb was jailed. His lawyer said he would appeal.\n\n“It is not over,” Kobb told reporters."
        " “I will fight,” he said.",
        "I will fight",
        {"speaker": "Ansel Kobb"},
        id="he-after-the-client-spoke-again-is-the-client",
    ),
    pytest.param(
        "Ina Moss won the Vell marathon on Sunday. “She trained every morning,” her coach said."
        " “I never thought I could do it,” she said after the race.",
        "I never thought I could do it",
        {"speaker": "Ina Moss"},
        id="she-after-her-coach-spoke-is-the-woman-named",
    ),
    pytest.param(
        "Maria Kerr won the race.\n\n“She was brave,” her friend said.\n\n“I gave everything,” she said.",
        "I gave everything",
        {"speaker": "Maria Kerr"},
        id="she-after-her-friend-spoke-is-the-woman-named",
    ),
    pytest.param(
        "Tom Venn scored twice. “He was brilliant,” his manager said. “I am just happy to help,” he said.",
        "I am just happy to help",
        {"speaker": "Tom Venn"},
        id="he-after-his-manager-spoke-is-the-man-named",
    ),
    pytest.param(
        "Tom Venn scored twice. “He will sign a new deal,” his agent said. “We are close,” he added.",
        "We are close",
        {"speaker": "his agent", "speaker_kind": "anonymous"},
        id="he-after-his-agent-spoke-is-the-agent",
    ),
    pytest.param(
        "Tom Venn was jailed for six years. “He has shown real remorse,” his barrister said. The jury had"
        " taken two days.\n\n“We will appeal,” she said.",
        "We will appeal",
        {"speaker": "his barrister", "speaker_kind": "anonymous"},
        id="she-after-his-barrister-and-a-sentence-of-no-one-is-the-barrister",
    ),
    pytest.param(
        "Prince, the singer, said: “Music saved me.” Prince, which is his real name, was born in Vell.",
        "Music saved me",
        {"speaker": "Prince", "speaker_kind": "person"},
        id="which-about-a-singers-name-is-no-body",
    ),
    pytest.param(
        "Venn scored twice. Venn, which is what the fans now chant, said he was happy.",
        "he was happy",
        {"speaker": "Venn", "speaker_kind": "person"},
        id="which-about-a-players-name-is-no-body",
    ),
    pytest.param(
        "Marlo, which runs three bakeries, said he would close one of them.",
        "he would close one of them",
        {"speaker": "Marlo", "speaker_kind": "person"},
        id="which-before-a-name-the-article-calls-he-is-no-body",
    ),
    pytest.param(
        "Kellnet, which does not disclose its finances, said sales had risen.",
        "sales had risen",
        {"speaker": "Kellnet", "speaker_kind": "organization"},
        id="which-does-not-disclose-after-a-name-is-a-body",
    ),
    pytest.param(
        "Venn, the union leader representing the drivers, said the strike would go ahead.",
        "the strike would go ahead",
        {"speaker": "Venn", "speaker_kind": "person"},
        id="a-person-described-by-a-post-in-a-union",
    ),
    pytest.param(
        "Venn, the chair of the union, said the strike would go ahead.",
        "the strike would go ahead",
        {"speaker": "Venn", "speaker_kind": "person"},
        id="a-person-described-as-chair-of-a-union",
    ),
    pytest.param(
        "Lund, who makes drones, said she would hire 200 workers.",
        "she would hire 200 workers",
        {"speaker": "Lund", "speaker_kind": "person"},
        id="who-after-a-name-is-a-person",
    ),
    pytest.param(
        "The mayor fired Venn, which angered residents. “It was unfair,” Venn said.",
        "It was unfair",
        {"speaker": "Venn", "speaker_kind": "person"},
        id="which-after-a-name-ending-a-clause-is-about-the-act",
    ),
    pytest.param(
        "Although most of the hijackers were Saudis, the government in Riyadh has denied any role in the attacks.",
        "denied any role",
        {"speaker": "government"},
        id="a-new-clause-after-a-comma-is-no-appositive",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS + SPEAKERS_LEFT_ALONE)
def test_speaker(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "Tom Venn was jailed for six years. “He has shown real remorse,” his barrister said. Venn's"
            " mother wept in the gallery. “He is a good boy,” she said.",
            "He is a good boy",
            "his barrister",
            id="she-after-his-mother-wept-is-not-his-barrister",
        ),
        pytest.param(
            "Ina Moss was jailed. “She has shown real remorse,” her solicitor said. Her father wept in the"
            " gallery.\n\n“She is a good girl,” he said.",
            "She is a good girl",
            "her solicitor",
            id="he-after-her-father-wept-is-not-her-solicitor",
        ),
    ],
)
def test_not_the_unnamed_speaker(quotes_of, text, words, speaker):
    """A person of the pronoun's gender opening a sentence after an unnamed
    speaker is nearer than that speaker: the pronoun is never theirs."""
    assert one(quotes_of(text), words).speaker != speaker


@pytest.mark.parametrize(
    ("mention", "bodies"),
    [
        pytest.param("Harlow and Epping councils", True, id="two-names-and-a-plural-body-noun"),
        pytest.param(
            "The Vell, Kell and Marlow health boards", True, id="three-names-and-a-plural-body-noun"
        ),
        pytest.param(
            "Harlow and Epping combined authorities", True, id="two-names-and-a-qualified-plural-body-noun"
        ),
        pytest.param(
            "Vell Council and Kell Council said the councils",
            False,
            id="a-verb-and-a-determiner-before-the-noun",
        ),
        pytest.param("Tom Venn and Ina Moss", False, id="two-people"),
        pytest.param("Harlow and Epping residents", False, id="a-plural-of-people"),
        pytest.param("Harlow District Council", False, id="one-body"),
    ],
)
def test_joint_bodies(mention, bodies):
    assert joint_bodies(mention) is bodies
