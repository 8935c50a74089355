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

#: Regressions a review found: the text, the words of a quote, and what must hold for it.
REVIEWED = [
    pytest.param(
        "In her dissenting opinion, Justice Ada Kline wrote that the harbour levy was void.",
        "the harbour levy was void",
        {"speaker": "Ada Kline", "cue": "wrote"},
        id="a-judges-written-opinion-leaves-the-verb-of-saying-its-quote",
    ),
    pytest.param(
        "In the harbour board's view, Superintendent Ann Cho said the quays were safe.",
        "the quays were safe",
        {"speaker": "Ann Cho", "cue": "said"},
        id="a-main-clause-with-its-own-speaker",
    ),
    pytest.param(
        "In Friday's opinion, the appeals court said the ferry fine was too high.",
        "the ferry fine was too high",
        {"speaker": "appeals court", "cue": "said"},
        id="a-date-holds-no-view",
    ),
    pytest.param(
        "Gov. Dale Price was attacked by Sen. Karen Wolfe over his claim that the harbour budget was balanced.",
        "the harbour budget was balanced",
        {"speaker": "his", "cue": "claim"},
        id="his-not-resolved-among-two-people",
    ),
    pytest.param(
        "Dan Ives, the prosecutor, questioned Kyle Burr for two hours on Tuesday. His claim that he "
        "was at the quay that night fell apart.",
        "at the quay",
        {"speaker": "His", "cue": "claim"},
        id="his-not-the-subject-of-the-sentence-before",
    ),
    pytest.param(
        "Months after turning on Sen. Rob Vale for going after his attacks on the ferry board, the "
        "host Tom Brill made peace with him.",
        "the ferry board",
        {"speaker": "his", "cue": "attacks"},
        id="his-not-a-person-named-in-its-sentence",
    ),
    pytest.param(
        "President Osei's Ghanaian allies backed the ferry plan. His assessment of the harbour economy was grim.",
        "harbour economy",
        {"speaker": "His", "cue": "assessment"},
        id="no-owner-from-a-name-read-with-its-possessive",
    ),
    pytest.param(
        "Lena Voigt's bakery on Quay Street will close. Her assessment of the fish market was blunt.",
        "fish market",
        {"speaker": "Lena Voigt", "cue": "assessment"},
        id="the-name-before-its-possessive-is-the-owner",
    ),
    pytest.param(
        "Ina Moss toured the quay with Ansel Kobb. Then Moss laid out her proposals to widen the harbour.",
        "widen the harbour",
        {"speaker": "Ina Moss", "cue": "proposals"},
        id="her-noun-laid-out-by-the-named-subject",
    ),
    pytest.param(
        "Ina Moss met Ansel Kobb at the quay on Monday. Her warning that the pier was unsafe went unheeded.",
        "the pier was unsafe",
        {"speaker": "Ina Moss", "cue": "warning"},
        id="her-of-several-people-named-resolved-as-any-her",
    ),
    pytest.param(
        "Councillor Eva Lind opposed the plan. Councillor Nils Ek said the budget left no choice. "
        "In her view, the town needed the pool more than a car park.",
        "needed the pool",
        {"speaker": "her", "cue": "view"},
        id="in-her-view-of-several-people-named-left-unresolved",
    ),
    pytest.param(
        "Ingrid Moe's daughter, Anna, testified on Monday. Her claim that she had seen the car was challenged.",
        "seen the car",
        {"speaker": "Anna", "cue": "claim"},
        id="a-name-owning-a-person-is-not-the-sole-person",
    ),
    pytest.param(
        "In her opinion, the ferry forecast was too rosy, though Gov. Mike Olin disagreed.",
        "the ferry forecast was too rosy",
        {"speaker": "her", "cue": "opinion", "quote_text": "the ferry forecast was too rosy"},
        id="a-view-ends-before-a-clause-of-its-own",
    ),
    pytest.param(
        "In Kobb's view, Varn is wrong, and in Varn's view, Kobb is wrong.",
        "Varn is wrong",
        {"speaker": "Kobb", "cue": "view", "quote_text": "Varn is wrong"},
        id="a-view-ends-before-a-clause-joined-to-it",
    ),
    pytest.param(
        "His objections to the plan centered on cost.",
        "the plan",
        {"cue": "objections", "quote_text": "objections to the plan"},
        id="an-object-the-parse-gave-the-main-verb",
    ),
    pytest.param(
        "The fans were relentless in their criticism of the referee, who left under police escort.",
        "referee",
        {"speaker": "fans", "quote_text": "criticism of the referee"},
        id="no-relative-clause-after-a-comma",
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
        "In our view, the ferry is far too slow for commuters.", "view", id="the-writers-own-view-ours"
    ),
    pytest.param(
        "In their view, the ferry is far too slow for commuters.", "view", id="a-view-of-nobody-named"
    ),
    pytest.param(
        "In the Supreme Court's opinion, written by Justice Ada Kline, the majority found the levy valid.",
        "opinion",
        id="a-courts-opinion-is-a-document",
    ),
    pytest.param(
        "In Thursday's opinion, the bench upheld the ferry levy.",
        "opinion",
        id="a-dated-opinion-has-no-holder",
    ),
    pytest.param("The plan, in Kobb's view, is flawed.", "view", id="a-view-inside-its-clause"),
    pytest.param(
        "In Judge Mara Kemp's opinion, released Friday, the court ruled the fine unlawful.",
        "opinion",
        id="a-judges-opinion-released",
    ),
    pytest.param(
        "The county's assessment of the Halvey farm rose 10 percent this year.",
        "assessment",
        id="an-assessment-that-is-a-valuation",
    ),
    pytest.param(
        "The polls were off in their assessment of the race, which Mayor Lila Strand won easily.",
        "assessment",
        id="their-held-by-no-person",
    ),
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


@pytest.mark.parametrize(("text", "words", "expected"), REVIEWED)
def test_reviewed(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
