"""Rows the rules of test_more_clause_speech must not take: a wrong or
doubtful speaker for reported speech with a clause (``It said`` after another
body, an outlet of an aside taken up by a later pronoun, a verb of saying
after a passive whose subject is someone else's, ``who said`` after a
prepositional phrase, speculation as speech, a relative clause as content,
``as`` of time). On texts written for the test about fictional people and
bodies: no quote holding ``words`` may have ``speaker`` (``*``: no quote
holding ``words`` at all)."""

from __future__ import annotations

import pytest

NONE_AT_ALL = "*"

ROWS = [
    pytest.param(
        "The drivers' union said the deal was unfair. The arbitrator's ruling came a day later. "
        "It said the drivers were owed back pay.",
        "owed back pay",
        "drivers' union",
        id="it-said-after-a-ruling",
    ),
    pytest.param(
        "Brenford Council said it would appeal. The High Court ruling runs to 90 pages. "
        "It said the council had acted unlawfully.",
        "acted unlawfully",
        "Brenford Council",
        id="it-said-after-a-court",
    ),
    pytest.param("It says that grief never ends.", "grief never ends", "It", id="it-says-in-a-novel"),
    pytest.param(
        "The nurses are angry. But as the Lanfield Herald reported, the hospital has 200 vacancies. "
        "They said they would strike in March.",
        "strike in March",
        "Lanfield Herald",
        id="they-after-an-outlet-aside",
    ),
    pytest.param(
        "Tarn Motors said sales rose. As first reported by the Vell Business Journal, the firm will cut "
        "200 jobs. It said the cuts were needed.",
        "cuts were needed",
        "Vell Business Journal",
        id="it-after-an-outlet-aside",
    ),
    pytest.param(
        "Kell was booked into the county jail and deputies said bail had been set at $50,000.",
        "bail had been set",
        "Kell",
        id="passive-and-plural-said",
    ),
    pytest.param(
        "Ravi Tannen was fined by the league and teammates said he would appeal.",
        "he would appeal",
        "Ravi Tannen",
        id="passive-by-and-plural-said",
    ),
    pytest.param(
        "Kell was hit by a car on Elm Street and witnesses said the driver did not stop.",
        "driver did not stop",
        "Kell",
        id="passive-hit-and-witnesses-said",
    ),
    pytest.param(
        "Dara Venn spoke to the head of the nurses' union, who said staff were leaving.",
        "staff were leaving",
        "nurses' union",
        id="who-after-head-of-a-union",
    ),
    pytest.param(
        "The news came from a spokesman for the regional transit authority, who said fares would rise.",
        "fares would rise",
        "regional transit authority",
        id="who-after-spokesman-for-a-body",
    ),
    pytest.param(
        "Kell spent an hour with the widow of the pilot, who said she still had questions.",
        "still had questions",
        "pilot",
        id="who-after-widow-of",
    ),
    pytest.param(
        "Investigators interviewed the owner of the dog that bit the boy, who said the animal had never "
        "attacked anyone before.",
        "never attacked anyone",
        "boy",
        id="who-after-a-relative-clause",
    ),
    pytest.param(
        "Villagers gathered outside the home of the couple, who said the road had flooded twice.",
        "road had flooded",
        "Villagers",
        id="who-far-from-its-noun",
    ),
    pytest.param(
        "Kell was careful not to say that the plan had failed.",
        "plan had failed",
        "Kell",
        id="careful-not-to-say",
    ),
    pytest.param(
        "If asked, Kell is likely to say she knew nothing about the payments.",
        "knew nothing",
        "Kell",
        id="likely-to-say-if-asked",
    ),
    pytest.param(
        "No one on the board was ready to admit that the project had gone over budget.",
        "gone over budget",
        "No one",
        id="no-one-ready-to-admit",
    ),
    pytest.param(
        "Top seed Nadia Orlov made the point that sealed the match.",
        "sealed the match",
        NONE_AT_ALL,
        id="the-point-that-sealed",
    ),
    pytest.param(
        "Detective Sgt. Hal Brenner made the case that sent Kell to prison in 2009.",
        "sent Kell to prison",
        NONE_AT_ALL,
        id="the-case-that-sent",
    ),
    pytest.param(
        "Prosecutors made the case they had promised jurors.",
        "they had promised jurors",
        NONE_AT_ALL,
        id="the-case-they-had",
    ),
    pytest.param(
        "As Tomas told Ana, the bus pulled away from the kerb.", "pulled away", "Tomas", id="as-told-a-name"
    ),
    pytest.param(
        "As Rosa Quill told the crowd, a man climbed onto the stage.",
        "climbed onto the stage",
        "Rosa Quill",
        id="as-told-the-crowd",
    ),
    pytest.param(
        "The report was commissioned by the ministry and found that a third of bridges needed repair.",
        "bridges needed repair",
        "ministry",
        id="passive-agent-and-found",
    ),
    pytest.param(
        "The Harrow primary made it clear that voters wanted change.",
        "voters wanted change",
        "Harrow primary",
        id="an-event-makes-clear",
    ),
    pytest.param(
        "As the night nurse reported at 7 a.m., the patient woke.",
        "patient woke",
        "night nurse",
        id="as-reported-at",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ROWS)
def test_not_taken(quotes_of, text, words, speaker):
    held = [q for q in quotes_of(text) if words in q.text]
    assert not [q for q in held if speaker in (NONE_AT_ALL, q.speaker) or (q.speaker or "").endswith(speaker)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        pytest.param(
            "Kell never made it clear that she would run for a third term.", "made it clear", id="never"
        ),
        pytest.param("Kell did not make clear that she would run again.", "make clear", id="did-not"),
        pytest.param(
            "Brenford's late surge made clear how much the title mattered.", "made clear", id="an-event-how"
        ),
        pytest.param(
            "Last year's Brenford floods made it clear that the banks were too low.",
            "made it clear",
            id="floods",
        ),
    ],
)
def test_no_made_clear(quotes_of, text, cue):
    assert not [q for q in quotes_of(text) if q.cue == cue]
