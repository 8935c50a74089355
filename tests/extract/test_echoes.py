"""Headline quotes that repeat words said in the body (quotes.extract.echoes):
a body named by a bare noun in the headline gives way to the person of that
body who says the same words below; on texts written for the test about
fictional people and bodies."""

from __future__ import annotations

import pytest

HEADLINE_BODY_PEOPLE = [
    pytest.param(
        "Porters walk out at Vell as union calls pay offer 'an insult'\n\n"
        "More than 200 porters at Vell Docks began a strike yesterday.\n\n"
        "Dara Holm, the Vell Porters' Union's regional organiser, called the offer 'an insult' to workers.\n\n"
        "'We are not going back for 3 per cent,' Ms Holm said.\n",
        "Dara Holm",
        id="the-union-s-organiser-says-the-same-words",
    ),
    pytest.param(
        'Nurses strike as council calls demands "not affordable"\n\n'
        "Nurses at Marsk Hospital walked out on Monday.\n\n"
        'Ola Brin, the leader of Marsk County Council, said the demands were "not affordable" this year.\n',
        "Ola Brin",
        id="the-council-s-leader-says-the-same-words",
    ),
    pytest.param(
        "Porters walk out at Vell as union calls pay offer 'an insult'\n\n"
        "More than 200 porters at Vell Docks began a strike yesterday.\n\n"
        "Dara Holm, the managing director of Vell Docks Ltd, said some had called the offer 'an insult'.\n",
        "union",
        id="a-person-of-another-kind-of-body-leaves-the-headline",
    ),
    pytest.param(
        "Porters walk out at Vell as union calls pay offer 'an insult'\n\n"
        "More than 200 porters at Vell Docks began a strike yesterday.\n\n"
        "Dara Holm, the union's organiser, called the offer 'an insult'.\n\n"
        "Per Lund, a union steward, called the offer 'an insult' too.\n",
        "union",
        id="two-people-say-the-words",
    ),
    pytest.param(
        "Festival: Chief Imam charges leaders to “fear God with public funds”\n\n"
        "The Chief Imam of Vell, Sheikh Ali Dabo Musa, urged leaders to “fear God with public funds”.\n",
        "Sheikh Ali Dabo Musa",
        id="a-topic-before-a-colon-then-a-post-the-body-names",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), HEADLINE_BODY_PEOPLE)
def test_a_headline_body_noun_gives_way_to_its_person(quotes_of, text, speaker):
    headline = next(q for q in quotes_of(text) if q.start < text.index("\n"))
    assert headline.speaker == speaker


SUBHEADS_AND_HEADLINES = [
    pytest.param(
        "Kestrels notebook: Lund out for a month\n\n"
        "“We will miss him on the penalty kill,” coach Ivo Brask said.\n\n"
        "‘It is my turn now’\n\n"
        "Rookie Tam Oduya will make his debut on Friday.\n\n"
        "“It is my turn now, and I am not going to waste it,” Oduya said.\n",
        "It is my turn now",
        "Tam Oduya",
        id="a-subhead-after-another-speaker-s-paragraph-is-whose-words-follow",
    ),
    pytest.param(
        "Parents angry over drill at Vell school\n\n"
        "Parents packed the board meeting on Tuesday.\n\n"
        "“My son thought it was real,” said Rina Holt, whose son is in sixth grade.\n\n"
        "‘Who approved this drill?’\n\n"
        "Mara Lisk, a parent of two, asked the board: “Who approved this drill?”\n",
        "Who approved this drill?",
        "Mara Lisk",
        id="a-single-marked-question-between-blank-lines-is-a-subhead",
    ),
    pytest.param(
        "‘This storm means business’: Forecasters warn of 40 cm of snow\n\n"
        "A storm will reach the coast on Friday.\n\n"
        "“This storm means business,” said Ola Vintner, a meteorologist at the Vell weather office.\n",
        "This storm means business",
        "Ola Vintner",
        id="a-capitalised-plural-in-a-headline-gives-way-to-the-one-who-said-it",
    ),
    pytest.param(
        "Ada Lind warns ‘the river will rise again’\n\n"
        "Floods hit Vell for a second winter.\n\n"
        "“The river will rise again,” said Ben Moss, a hydrologist.\n",
        "the river will rise again",
        "Ada Lind",
        id="a-person-the-headline-names-keeps-the-words",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SUBHEADS_AND_HEADLINES)
def test_a_heading_quote_is_whose_words_the_body_gives(quotes_of, text, words, speaker):
    heading = next(q for q in quotes_of(text) if q.text == words)
    assert heading.speaker == speaker


HEADINGS_LEFT_ALONE = [
    pytest.param(
        "Opponents call housing plan 'a betrayal of renters'\n\n"
        'The minister, Rae Holten, dismissed the criticism. "Some people call this a betrayal of renters. '
        'It is the opposite," she said.\n',
        "a betrayal of renters",
        "Rae Holten",
        id="words-the-body-disowns-with-call-this",
    ),
    pytest.param(
        "Clinic to close\n\n“This is a national disgrace,” said Mina Sorr, a nurse.\n\n"
        "‘A national disgrace’\n\n"
        "The health minister, Ray Holten, rejected the claim that the closure was “a national disgrace”.\n",
        "A national disgrace",
        "Ray Holten",
        id="a-subhead-its-carried-speaker-said-before",
    ),
    pytest.param(
        "Trial\n\nThe message she received that evening was short.\n\n"
        "‘Meet me at the bridge at nine.’\n\n"
        "Prosecutor Ana Vellen told the jury: “Meet me at the bridge at nine. Those were his words.”\n",
        "Meet me at the bridge at nine.",
        "Ana Vellen",
        id="a-message-in-single-marks-ending-a-sentence-is-no-subhead",
    ),
]


@pytest.mark.parametrize(("text", "words", "not_speaker"), HEADINGS_LEFT_ALONE)
def test_a_heading_quote_keeps_what_the_body_does_not_give(quotes_of, text, words, not_speaker):
    heading = next(q for q in quotes_of(text) if q.text == words)
    assert heading.speaker != not_speaker
