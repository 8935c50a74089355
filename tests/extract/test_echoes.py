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
