"""Attribution in opinion columns, local crime stories and reports of
studies, one row per construction, on texts written for the test about
fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

NURSE = "“It is robbery,” said Greta Solberg, a retired nurse.\n\n"

SPEAKERS = [
    pytest.param(
        "Police arrested Kyle Brandt on Monday.\n\n"
        "The woman's sister said the family was grateful. “We thought we had lost her,” she said.",
        "We thought we had lost her",
        {"speaker": "woman's sister"},
        id="a-pronoun-after-someone-known-by-whose-relative-they-are",
    ),
    pytest.param(
        "Woman rescued from car trunk\n\nPolice arrested Kyle Brandt on Monday.\n\n"
        "The woman's sister said the family was grateful.",
        "the family was grateful",
        {"speaker": "woman's sister"},
        id="a-relative-of-someone-unnamed-is-nobody-named-before",
    ),
    pytest.param(
        "“Those streets are the worst,” councillor Ruth Anders told me.\n\n"
        + NURSE
        + "When I put the finding to Anders, she paused. “I would have to look again,” she said.",
        "I would have to look again",
        {"speaker": "Ruth Anders"},
        id="a-pronoun-goes-to-the-one-person-named-in-its-paragraph",
    ),
    pytest.param(
        "In a report dated March, Halden Traffic Partners found that congestion was moderate.",
        "congestion was moderate",
        {"speaker": "Halden Traffic Partners", "cue": "found"},
        id="the-report-a-finding-is-in-is-not-its-source",
    ),
    pytest.param(
        "Residents are angry.\n\n"
        "His neighbour, a retired nurse named Greta Solberg, put it more bluntly. “It is robbery,” she said.",
        "It is robbery",
        {"speaker": "Greta Solberg", "role": "retired nurse"},
        id="a-description-before-named-is-the-role-and-the-verb-after-is-not",
    ),
    pytest.param(
        "Ward\n\nA retired nurse named Greta Solberg said the ward was short of staff.",
        "the ward was short",
        {"speaker": "Greta Solberg", "role": "retired nurse"},
        id="a-description-named-is-the-subject-speaking",
    ),
    pytest.param(
        "Ward\n\n“It is hard,” said a retired nurse called Greta Solberg.",
        "It is hard",
        {"speaker": "Greta Solberg", "role": "retired nurse"},
        id="a-description-called-after-the-verb",
    ),
    pytest.param(
        "Report\n\n“Those streets are the worst,” said Ana Berg.\n\n"
        "When I put the finding to Ana Berg, she paused. “I had no idea,” she said.",
        "I had no idea",
        {"speaker": "Ana Berg", "role": None},
        id="a-pronoun-after-a-name-is-no-role",
    ),
    pytest.param(
        NURSE + "The mayor has defended the plan as “a modern solution to an old problem.”",
        "a modern solution",
        {"speaker": "mayor", "kind": "partial"},
        id="the-mayor-is-not-the-retired-nurse-who-spoke-last",
    ),
    pytest.param(
        "Council leader Ana Sund said the plan would protect libraries.\n\n"
        "“I worry about the roads,” the mayor said.",
        "I worry about the roads",
        {"speaker": "mayor"},
        id="the-mayor-is-not-the-council-leader-who-spoke-last",
    ),
    pytest.param(
        "Mayor Ana Sund said the plan would protect libraries.\n\n“I worry about the roads,” the mayor said.",
        "I worry about the roads",
        {"speaker": "Ana Sund"},
        id="the-mayor-is-the-mayor-who-spoke-last",
    ),
    pytest.param(
        "Minister Ana Sund said the plan would protect libraries.\n\n“I worry about the roads,” the premier said.",
        "I worry about the roads",
        {"speaker": "Ana Sund"},
        id="the-premier-may-be-the-minister-who-spoke-last",
    ),
    pytest.param(
        "Gov. Ana Sund said the state was ready.\n\n“We have crews everywhere,” the governor said.",
        "We have crews everywhere",
        {"speaker": "Ana Sund"},
        id="a-title-written-short-says-no-other-office",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


def test_a_quotation_after_a_verb_of_no_speech_is_kept_inside_its_paraphrase(quotes_of):
    quotes = quotes_of("Ola Berg has defended the plan as “a modern solution to an old problem.”")
    (paraphrase,) = [q for q in quotes if q.kind == "indirect"]
    (partial,) = [q for q in quotes if q.kind == "partial"]
    assert "a modern solution to an old problem" in paraphrase.text
    assert partial.within == (paraphrase.start, paraphrase.end)


NOT_QUOTES = [
    pytest.param(
        "The video, recorded by a body camera, shows the officer opening the trunk.",
        "the officer opening",
        id="what-a-video-shows",
    ),
    pytest.param(
        "Woman rescued from car trunk\n\nVELL — Police released video Monday showing officers rescuing a woman "
        "who had been held in the trunk of a car for two hours.",
        "released video",
        id="what-a-video-released-shows",
    ),
    pytest.param(
        "Video shows rescue of kidnapped woman in Vell parking lot\n\nPolice praised the officers.",
        "rescue of kidnapped woman",
        id="a-headline-on-what-a-video-shows",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]


def test_many_sentences_opening_on_a_relative_cost_no_quote(quotes_of):
    text = (
        "Farm life\n\nLiv Kvale and Anders Kvale run the farm. “We work hard,” Liv Kvale said. "
        + "Her father snorts. " * 300
        + "“No, never,” she says."
    )
    assert [q.text for q in quotes_of(text) if q.kind == "direct"] == ["We work hard", "No, never"]


def test_a_verb_named_is_no_name_given_to_a_description(quotes_of):
    text = "Crime\n\nThe FBI named Cleveland as the most dangerous city, the agency's report said."
    assert "Cleveland" not in {q.speaker for q in quotes_of(text)}
