"""Attribution in reports of individual sports and their press conferences
(tennis, golf, athletics, cycling, boxing, racing, cricket, swimming), one
row per construction, on texts written for the test about fictional people,
with rows of ordinary text each rule must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

from quotes.extract.name_runs import name_candidates

SPEAKERS = [
    pytest.param(
        "Daniel Okafor won by one shot from Australian Liam Prentice.\n\n"
        "“I hit one bad shot all day,” Prentice said.",
        "one bad shot",
        {"speaker": "Liam Prentice"},
        id="a-nationality-before-a-name-is-no-part-of-it",
    ),
    pytest.param(
        "South African Ruan de Klerk said his knee had held up well. De Klerk finished third.",
        "his knee had held up",
        {"speaker": "Ruan de Klerk"},
        id="a-nationality-of-two-words-before-a-name",
    ),
    pytest.param(
        "Second seed Marta Lindqvist lost 6-3, 7-5 to Canadian Erin Solberg on Thursday. "
        "Solberg served eleven aces. “My legs were heavy,” Lindqvist said. "
        "“I have waited years for this,” the Canadian said.",
        "waited years",
        {"speaker": "Erin Solberg", "role": "Canadian"},
        id="the-nationality-left-out-of-a-name-describes-the-person",
    ),
    pytest.param(
        "Marta Lindqvist was beaten by Canadian Erin Solberg.\n\nSolberg served eleven aces.\n\n"
        "“My legs were heavy,” Lindqvist said.\n\nLindqvist now plays in Rome.\n\n"
        "“I have waited years for this,” the 22-year-old Canadian said.",
        "waited years",
        {"speaker": "Erin Solberg"},
        id="an-age-and-the-nationality-left-out-of-a-name-paragraphs-later",
    ),
    pytest.param(
        "South African Ruan de Klerk beat Tom Hale. De Klerk was fast. “I was slow,” Hale said. "
        "“I felt good,” the South African said.",
        "I felt good",
        {"speaker": "Ruan de Klerk", "role": "South African"},
        id="a-nationality-of-two-words-left-out-of-a-name-describes-the-person",
    ),
    pytest.param(
        "Canadian Erin Solberg beat Marta Lindqvist. Solberg was fast. “I was slow,” Lindqvist said. "
        "“The Canadian played well,” she said.",
        "played well",
        {"speaker": "Marta Lindqvist"},
        id="a-nationality-inside-the-quoted-words-names-no-speaker",
    ),
    pytest.param(
        "Finn Erik Larsen, the chief executive of Nordvik Shipping, said the fleet would grow. "
        "“We are ready,” Larsen said.",
        "We are ready",
        {"speaker": "Finn Erik Larsen", "role": "chief executive"},
        id="a-given-name-that-is-also-a-nationality-stays-in-the-name",
    ),
    pytest.param(
        "Frenchman Luc Dumont took the lead. “It is a dream,” Dumont said at the finish.",
        "It is a dream",
        {"speaker": "Luc Dumont"},
        id="a-nationality-noun-before-a-name",
    ),
    pytest.param(
        "The race was won by Kenya's Peter Kiprono in 2:06:41.\n\n"
        "“For me this was perfect weather,” Kiprono told reporters.",
        "perfect weather",
        {"speaker": "Peter Kiprono", "speaker_kind": "person"},
        id="a-countrys-possessive-before-a-name-is-no-part-of-it",
    ),
    pytest.param(
        "Ethiopia's Almaz Bekele won the women's race, saying she had felt strong.",
        "she had felt strong",
        {"speaker": "Almaz Bekele", "speaker_kind": "person"},
        id="a-countrys-possessive-makes-no-body-of-a-person",
    ),
    pytest.param(
        "Jockey Sean Quinn said he would not appeal against the ban.",
        "would not appeal",
        {"speaker": "Sean Quinn", "role": "Jockey"},
        id="a-jockey-in-capitals-before-a-name-is-a-title",
    ),
    pytest.param(
        "Referee Tony Maddox said he had to protect the fighter.",
        "had to protect",
        {"speaker": "Tony Maddox", "role": "Referee"},
        id="a-referee-in-capitals-before-a-name-is-a-title",
    ),
    pytest.param(
        "Daniel Okafor credited his caddie, Mick Harlow, with the win.\n\n"
        "Harlow, who has carried the bag for nine years, said the choice was easy. "
        "“He was swinging it beautifully,” the Scot told reporters.",
        "swinging it beautifully",
        {"speaker": "Mick Harlow"},
        id="a-nationality-after-the-is-no-other-role",
    ),
    pytest.param(
        "Eszter Varga reached the semi-finals on Thursday.\n\n"
        "The 24-year-old Hungarian, who needed treatment, said she had considered retiring.",
        "considered retiring",
        {"speaker": "Eszter Varga"},
        id="an-age-before-a-nationality-is-a-description",
    ),
    pytest.param(
        "Dumont took the yellow jersey. “We did not attack anyone,” sports director Pierre Arnaud said.\n\n"
        "The race jury said in a communique that it had reviewed the finish.",
        "reviewed the finish",
        {"speaker": "race jury", "speaker_kind": "group"},
        id="a-race-jury-is-a-group-not-the-last-speaker",
    ),
    pytest.param(
        "Lena Roth has withdrawn from the Games, her federation announced on Tuesday.\n\n"
        "The Vell Athletics Federation said scans had shown a tear.",
        "scans had shown",
        {"speaker": "Vell Athletics Federation"},
        id="a-body-named-is-no-body-described-by-its-owner-before",
    ),
    pytest.param(
        "Toth said he had been impeded. World Aquatics said in a statement that the referees had found no foul.",
        "found no foul",
        {"speaker": "World Aquatics", "speaker_kind": "organization"},
        id="a-sport-ending-a-name-is-a-body",
    ),
    # ordinary text the rules must leave alone
    pytest.param(
        "Dawn French said the show would return in the spring.",
        "would return",
        {"speaker": "Dawn French"},
        id="a-nationality-ending-a-name-stays",
    ),
    pytest.param(
        "Tova Lind won the stage. “I felt strong,” Lind said after the cycling race.",
        "I felt strong",
        {"speaker": "Tova Lind", "speaker_kind": "person"},
        id="a-sport-in-lower-case-after-a-name-makes-no-body",
    ),
    pytest.param(
        "Kenya's athletics federation said the team would travel on Monday.",
        "would travel",
        {"speaker_kind": "organization"},
        id="a-countrys-body-stays-a-body",
    ),
    pytest.param(
        "Mara Venn has been called a fraud by fellow doctors. Half of her advice is wrong, "
        "according to the top British medical journal.",
        "Half of her advice",
        {"speaker": "top British medical journal"},
        id="a-nationality-inside-a-description-of-a-body-stays",
    ),
    pytest.param(
        "The jury foreman said the verdict was unanimous.",
        "verdict was unanimous",
        {"speaker": "jury foreman", "speaker_kind": "person"},
        id="a-jury-qualifying-a-person-makes-no-group",
    ),
    pytest.param(
        "Ola Lund won the stage. An exhausted Lund said the climb had been brutal.",
        "had been brutal",
        {"speaker": "Ola Lund"},
        id="how-someone-felt-before-a-surname-is-still-dropped",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert fields(quote, expected) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Reyes won their first fight on a split decision in October, a result Kowalski has called “a robbery.”",
            [("partial", "Kowalski", "a robbery.")],
            id="what-a-relative-clause-calls-something-reports-no-sentence-before-it",
        ),
        pytest.param(
            "Ruiz won in five sets, a result Hale described as “a disgrace.”",
            [("partial", "Hale", "a disgrace.")],
            id="what-a-relative-clause-describes-as-reports-no-sentence-before-it",
        ),
        pytest.param(
            "Nakamura's coach, Hiroshi Sato, said through an interpreter that the team had worked on her serve.",
            [("indirect", "Hiroshi Sato", "that the team had worked on her serve")],
            id="a-that-clause-after-an-interpreter-is-what-was-said",
        ),
        pytest.param(
            "Sato said via an interpreter that the team had worked on her serve.",
            [("indirect", "Sato", "that the team had worked on her serve")],
            id="a-that-clause-after-via-an-interpreter-is-what-was-said",
        ),
        pytest.param(
            "Sato said through an interpreter that she would retire.",
            [("indirect", "Sato", "that she would retire")],
            id="a-that-clause-with-a-modal-after-an-interpreter-is-what-was-said",
        ),
        pytest.param(
            "Aiko Mori thanked her coach through an interpreter that the club had hired.",
            [("indirect", "Aiko Mori", "thanked her coach")],
            id="a-relative-clause-on-an-interpreter-is-no-quote",
        ),
        pytest.param(
            "Sato said the federation had hired an interpreter that the players liked.",
            [("indirect", "Sato", "the federation had hired an interpreter that the players liked")],
            id="a-relative-clause-on-an-interpreter-inside-the-words-stays",
        ),
        pytest.param(
            "Mensah's coach, Irish former hurdler Niamh Costello, said her athlete was improving.",
            [("indirect", "Niamh Costello", "her athlete was improving")],
            id="a-nationality-before-a-role-in-apposition-is-part-of-the-description",
        ),
        pytest.param(
            "Pointing to the cut above his eye, Bell said the fight had changed in the fourth round.",
            [("indirect", "Bell", "the fight had changed in the fourth round")],
            id="a-participle-opening-the-sentence-says-what-the-words-are-about",
        ),
        pytest.param(
            "Responding to Hughes on Monday, Ashby told the Golf Podcast he stood by his comments.",
            [
                ("indirect", "Ashby", "Responding to Hughes"),
                ("indirect", "Ashby", "he stood by his comments"),
            ],
            id="a-response-opening-the-sentence-stays-a-response",
        ),
        pytest.param(
            "Pointing to the criticism on Monday, the club released a statement.",
            [("indirect", "club", "Pointing to the criticism on Monday")],
            id="a-participle-before-no-verb-of-saying-stays",
        ),
        pytest.param(
            "Calling for calm, Mayor Jo Penhallow said the police would review the footage.",
            [
                ("indirect", "Jo Penhallow", "Calling for calm"),
                ("indirect", "Jo Penhallow", "the police would review the footage"),
            ],
            id="a-speech-act-opening-the-sentence-stays-a-quote",
        ),
        pytest.param(
            "Warning of job losses, the Vell Workers Union said the plant must stay open.",
            [
                ("indirect", "Vell Workers Union", "Warning of job losses"),
                ("indirect", "Vell Workers Union", "the plant must stay open"),
            ],
            id="a-warning-opening-the-sentence-stays-a-quote",
        ),
        pytest.param(
            "Mayor Jo Penhallow, calling for calm, said the police would review the footage.",
            [
                ("indirect", "Jo Penhallow", "calling for calm"),
                ("indirect", "Jo Penhallow", "the police would review the footage"),
            ],
            id="a-speech-act-inside-the-sentence-stays-a-quote",
        ),
        pytest.param(
            "Speaking about the defeat, Lund said the team had lacked energy.",
            [("indirect", "Lund", "the team had lacked energy")],
            id="speaking-about-opening-the-sentence-says-what-the-words-are-about",
        ),
        pytest.param(
            "Campaigning against the new tax, Ida Lund said the council had misled voters.",
            [("indirect", "Ida Lund", "the council had misled voters")],
            id="an-activity-opening-the-sentence-is-no-quote",
        ),
        pytest.param(
            "Lund responded to the criticism on Monday.",
            [("indirect", "Lund", "responded to the criticism")],
            id="a-response-as-the-sentence-verb-stays",
        ),
        pytest.param(
            "The council will close the pool in June, a plan Mayor Tilda Rowe announced "
            "as part of her budget on Monday.",
            [("indirect", "Tilda Rowe", "The council will close the pool in June")],
            id="as-part-of-after-a-described-name-reports-the-sentence-before-it",
        ),
        pytest.param(
            "The jury found Carl Benning guilty of fraud.",
            [("indirect", "jury", "found Carl Benning guilty of fraud")],
            id="a-jurys-verdict-is-its-quote-as-a-judges-is",
        ),
        pytest.param(
            "Food bank use hit a record, the charity Feedwell said.",
            [("indirect", "Feedwell", "Food bank use hit a record")],
            id="a-description-before-a-name-still-reports-the-sentence-before-it",
        ),
    ],
)
def test_the_quotes_of_a_sentence(quotes_of, text, expected):
    assert [(q.kind, q.speaker, q.text) for q in quotes_of(text)] == expected


@pytest.mark.parametrize(
    "text, names",
    [
        ("Australian Liam Prentice finished second. Prentice said so.", ["Liam Prentice"]),
        ("The group American Renewable Future rated them.", ["American Renewable Future"]),
        ("Kenya's Peter Kiprono won.", ["Peter Kiprono"]),
        ("Denzel Washington spoke.", ["Denzel Washington"]),
        ("Mara Scot Venn spoke.", ["Mara Scot Venn"]),
        ("Finn Erik Larsen spoke. Larsen left.", ["Finn Erik Larsen"]),
        ("Dane Whitfield Morgan spoke. Morgan left.", ["Dane Whitfield Morgan"]),
        ("Finnish Erik Larsen won. Larsen left.", ["Erik Larsen"]),
    ],
)
def test_the_name_in_a_run_of_capitals(text, names):
    assert [found[2] for found in name_candidates(text)] == names


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param(
            "Sato said through an interpreter that the club hired last week that the team was tired.",
            "the club hired",
            id="a-relative-clause-on-an-interpreter-before-the-words-is-none-of-them",
        ),
        pytest.param(
            "Kenji Arai told reporters through an interpreter that the club had hired.",
            "the club had hired",
            id="a-relative-clause-on-an-interpreter-is-no-words-said",
        ),
    ],
)
def test_words_no_quote_holds(quotes_of, text, words):
    assert not [q.text for q in quotes_of(text) if words in q.text]
