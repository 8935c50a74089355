"""Who said what through a noun of saying with an owner (``Kobb's false claims
that ...``, ``her attacks on Varn``, ``In Moss's view, ...``): the owner is the
speaker, the noun the cue. On texts written for the test about fictional
people, with rows of text the rules must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Ansel Kobb toured Vell on Monday. Voters there heard his stern warning that the harbour "
        "fund would run dry by May.",
        "the harbour fund would run dry",
        {
            "speaker": "Ansel Kobb",
            "cue": "warning",
            "quote_text": "that the harbour fund would run dry by May",
        },
        id="a-that-clause-the-parse-hangs-on-the-main-verb",
    ),
    pytest.param(
        "Ina Moss spoke in Vell. Now the ferry crews are targets for Moss's false claims that she "
        "is a friend of working sailors.",
        "a friend of working sailors",
        {"speaker": "Ina Moss", "cue": "claims"},
        id="an-owned-claim-with-an-adjective",
    ),
    pytest.param(
        "Ansel Kobb spoke on Tuesday. Kobb's argument on Sunday was that the council should sell the ferry.",
        "the council should sell the ferry",
        {"speaker": "Ansel Kobb", "cue": "argument", "quote_text": "that the council should sell the ferry"},
        id="a-noun-of-saying-completed-by-a-copula",
    ),
    pytest.param(
        "Tomas Reye spoke at the quay. His attacks on the harbour board grew sharper through the winter.",
        "harbour board",
        {"speaker": "Tomas Reye", "cue": "attacks", "quote_text": "attacks on the harbour board"},
        id="his-is-the-owner-of-a-noun-of-saying",
    ),
    pytest.param(
        "Ola Ruud's assessment of the harbour budget was gloomy.",
        "harbour budget",
        {"speaker": "Ola Ruud", "cue": "assessment", "quote_text": "assessment of the harbour budget"},
        id="an-assessment",
    ),
    pytest.param(
        "Dara Pelt repeated her prediction that the bridge would open in May.",
        "the bridge would open",
        {"speaker": "Dara Pelt", "cue": "prediction"},
        id="a-prediction",
    ),
    pytest.param(
        "The loan was based on the harbour board's assurances that none of the money went abroad.",
        "none of the money went abroad",
        {"speaker": "harbour board", "cue": "assurances"},
        id="assurances",
    ),
    pytest.param(
        "Tomas Reye has never hidden his opposition to the new ferry tax.",
        "ferry tax",
        {"speaker": "Tomas Reye", "cue": "opposition", "quote_text": "opposition to the new ferry tax"},
        id="opposition-to",
    ),
    pytest.param(
        "Two senators from Vell have been unsparing in their criticism of Ansel Kobb.",
        "Ansel Kobb",
        {"speaker": "Two senators", "cue": "criticism"},
        id="in-their-criticism-held-by-the-subject",
    ),
    pytest.param(
        "The harbour pilots have signaled their support for the new timetable.",
        "new timetable",
        {"speaker": "harbour pilots", "cue": "support"},
        id="their-support-voiced-by-the-subject",
    ),
    pytest.param(
        "In Ina Moss's view, the ferry tax would empty the town by winter.",
        "the ferry tax would empty the town",
        {"speaker": "Ina Moss", "cue": "view", "quote_text": "the ferry tax would empty the town by winter"},
        id="in-someones-view",
    ),
    pytest.param(
        "Tomas Reye spoke on Monday. In his opinion, the ferry is far too slow for commuters.",
        "the ferry is far too slow",
        {"speaker": "Tomas Reye", "cue": "opinion"},
        id="in-his-opinion",
    ),
]

#: Texts with a noun that is no statement held by someone, and the cue no quote may have.
LEFT_ALONE = [
    pytest.param(
        "Kobb's claim to the harbour throne was never tested in court.", "claim", id="a-claim-to-a-title"
    ),
    pytest.param("Her warning lights came on as the ferry left the quay.", "warning", id="warning-lights"),
    pytest.param(
        "The promise of spring brought crowds back to the quay.", "promise", id="the-promise-of-spring"
    ),
    pytest.param("Its report card showed a rise in ferry delays.", "report", id="a-report-card"),
    pytest.param(
        "Questions about the ferry timetable grew louder in Vell.", "Questions", id="holderless-questions"
    ),
    pytest.param("The claim that the bridge is unsafe spread quickly.", "claim", id="a-claim-nobody-holds"),
    pytest.param(
        "Ansel Kobb read out his remarks to reporters at the quay.", "remarks", id="remarks-to-an-audience"
    ),
    pytest.param(
        "Varn's 'endorsement' for the harbour came with conditions.",
        "endorsement",
        id="a-word-in-scare-quotes",
    ),
    pytest.param(
        "Ola Ruud was less upbeat in her estimation of the fish market.",
        "estimation",
        id="an-estimation-of-something-set-off-by-no-comma",
    ),
    pytest.param(
        "The crowd fell silent when the ship came in view of the harbour.", "view", id="in-view-of-no-holder"
    ),
    pytest.param(
        "The council rejected their claims about the harbour fund.", "claims", id="their-held-by-others"
    ),
    pytest.param("In my view, the ferry is far too slow for commuters.", "view", id="the-writers-own-view"),
    pytest.param(
        "Ina Moss would not guess at the motives for, in her view, dropping the case.",
        "view",
        id="a-view-inside-a-phrase",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "cue"), LEFT_ALONE)
def test_left_alone(quotes_of, text, cue):
    assert not [q for q in quotes_of(text) if q.cue == cue]
