"""Who said what in constructions of real news pages: a relative clause
inside the speaker's apposition, a relative ``who`` after a person at a place,
an owner's possessive before a capitalised word, a pronoun before anyone it
could stand for is named, and the turns of a two-person exchange. One row per
construction, on texts written for the test about fictional people, with rows
of text each rule must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

_WINERY = (
    "The Holm family has made wine in Brun since 1900.\n\n"
    "“It is not only a pleasant wine,” Greta Lind tells me at her cellar. “It is a stubborn one.”\n\n"
    "Following the death of his father Ivar in March, Anders Holm has since taken over the family "
    "winery. Although he is making just one single-vineyard Blauburger, he agrees that it is a fickle "
    "grape.\n\n"
    "“It is a very hard grape, but it is a good one,” he says, taking a bottle from the shelf.\n\n"
    "The Dahl family winery is largely responsible for the revival, and in 2011 winemaker Oskar Dahl "
    "won a prize.\n\n"
    "Dahl's Blauburger is now in demand, and the Blauburger Forum meets every spring."
)

_HEARING = (
    "Earlier, Tom Pike argued for the city. “The rule is fair,” Pike said.\n\n"
    "Judge Ivo Brandt asked Lena Lorne whether she wanted to widen the case. “Is that right?” he asked.\n\n"
    "“No, Judge Brandt,” Lorne said. “I was making a narrower point about the schools.”\n\n"
)

SPEAKERS = [
    pytest.param(
        "Smoke covered the valley on Monday.\n\n"
        "“The river used to be clear and now it is brown,” Tomas Belko, a Vell Harbour resident who "
        "posted about the flood, said.",
        "The river used to be clear",
        {"speaker": "Tomas Belko", "cue": "said"},
        id="a-relative-clause-in-the-apposition-of-the-subject-is-not-the-cue",
    ),
    pytest.param(
        "Smoke covered the valley on Monday.\n\n“The river is brown,” said Tomas Belko, who posted about the flood.",
        "The river is brown",
        {"speaker": "Tomas Belko", "cue": "said"},
        id="a-relative-clause-after-the-speaker-is-left-alone",
    ),
    pytest.param(
        "The grape is rare in the north.\n\n"
        "It was a wine merchant in Vell who first told me that the grape was nearly extinct.",
        "the grape was nearly extinct",
        {"speaker": "wine merchant"},
        id="who-after-a-person-at-a-place-is-the-person-not-the-place",
    ),
    pytest.param(
        "The plan was read out.\n\nA letter from Ansel Kobb, who said that the plan was late, was read out.",
        "the plan was late",
        {"speaker": "Ansel Kobb"},
        id="who-after-a-person-named-after-from-is-that-person",
    ),
    pytest.param(
        "Costs rose last year.\n\nBut that is not enough, said Ivo Randle, a senior analyst at Kell Bank, "
        "who notes that the firm has vowed to cut costs.",
        "the firm has vowed",
        {"speaker": "Ivo Randle"},
        id="who-after-a-person-at-a-place-in-apposition-is-the-name",
    ),
    pytest.param(
        "Rents rose again.\n\nThat will not last, said Tova Brek, 51, a landlord in Harle, "
        "who argues that tenants are already moving out.",
        "tenants are already moving out",
        {"speaker": "Tova Brek"},
        id="who-after-a-named-person-of-an-age-at-a-place-is-the-name",
    ),
    pytest.param(
        "Rents rose again.\n\nThat will not last, said a landlord in Harle, "
        "who argues that tenants are already moving out.",
        "tenants are already moving out",
        {"speaker": "landlord"},
        id="who-after-a-described-person-at-a-place-with-no-name-is-left-alone",
    ),
    pytest.param(
        _WINERY,
        "It is a very hard grape",
        {"speaker": "Anders Holm"},
        id="a-pronoun-is-not-someone-first-named-after-it-nor-an-owners-possessive",
    ),
    pytest.param(
        "Kestrel Moor has led the Dunfield choir for a decade. “Singing keeps me sane,” he said.\n\n"
        "Pavo had never sung a note until he was fifteen. “I could not read music,” he said. "
        "Pavo Lenk now leads the tenors.",
        "I could not read music",
        {"speaker": "Pavo Lenk"},
        id="he-after-a-man-named-by-given-name-is-him-though-his-surname-comes-later",
    ),
    pytest.param(
        "Rena Solt, the mayor, opened the fair.\n\nIlsa's first job was at the docks, in the winter of 2015. "
        "“Nobody knew my name,” she said. Today Ilsa Varg runs the market.",
        "Nobody knew my name",
        {"speaker": "Ilsa Varg"},
        id="she-after-a-womans-given-name-possessive-is-her-though-her-surname-comes-later",
    ),
    pytest.param(
        "Kestrel Moor has led the Dunfield choir for a decade. “Singing keeps me sane,” he said. "
        "Pavo Lenk leads the tenors.",
        "Singing keeps me sane",
        {"speaker": "Kestrel Moor"},
        id="a-man-first-named-after-the-pronoun-is-left-alone",
    ),
    pytest.param(
        "Tova Brek's Dunfield Bakery has shut after 30 years. “I cried all night,” she said.",
        "I cried all night",
        {"speaker": "Tova Brek"},
        id="an-owners-possessive-before-a-business-is-the-owner-not-the-business",
    ),
    pytest.param(
        "Pavo Lenk's Harle Garage was flooded on Monday. “We lost every van,” he said.",
        "We lost every van",
        {"speaker": "Pavo Lenk"},
        id="an-owners-possessive-before-a-garage-is-the-owner",
    ),
    pytest.param(
        "Anna Varg, the former mayor, urged caution, saying that the worries raised by Tom Pike, the former "
        "head of Governor Pavo Lenk's Harle Council, were real.\n\n“I take those worries seriously,” she said.",
        "I take those worries seriously",
        {"speaker": "Anna Varg"},
        id="an-owners-possessive-before-a-body-names-no-one-for-a-pronoun",
    ),
    pytest.param(
        "The study was published on Monday.\n\nDunfield University's Ilsa Varg said the study was flawed.",
        "the study was flawed",
        {"speaker": "Ilsa Varg"},
        id="a-bodys-possessive-before-a-name-is-left-alone",
    ),
    pytest.param(
        "The harbour board met on Monday.\n\nNorland's Ada Obi said the plan would fail.",
        "the plan would fail",
        {"speaker": "Ada Obi"},
        id="a-possessive-before-a-full-name-is-left-out-of-the-name",
    ),
    pytest.param(
        _HEARING + "“Then why were you talking about the factories,” he rejoined.",
        "Then why were you talking",
        {"speaker": "Ivo Brandt"},
        id="he-in-a-two-person-exchange-is-the-man-of-the-exchange",
    ),
    pytest.param(
        _HEARING + "Pike stood up. “Then why were you talking about the factories,” he said.",
        "Then why were you talking",
        {"speaker": "Tom Pike"},
        id="a-man-named-since-the-exchange-is-left-alone",
    ),
    pytest.param(
        "Kestrel Moor, the chairman, opened the hearing. “We start at once,” he said.\n\n"
        "“The road is too costly,” said Pavo Lenk.\n\n“It will pay for itself,” Anna Varg said.\n\n"
        "“That is enough for today,” he said, closing his file.",
        "That is enough for today",
        {"speaker": "Kestrel Moor"},
        id="three-people-speaking-in-turn-are-no-two-person-exchange",
    ),
    pytest.param(
        "Judge Ivo Brandt asked Tom Pike whether he wanted to widen the case. “Is that right?” he asked.\n\n"
        "“No, Judge Brandt,” Pike said. “I was making a narrower point.”\n\n"
        "“Then why were you talking about the factories,” he said.",
        "Then why were you talking",
        {"speaker": "Tom Pike"},
        id="he-after-a-man-spoke-last-stays-the-last-speaker",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
