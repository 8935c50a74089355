"""Attribution of unnamed lawyers, unions and companies described after their
name, joint statements and labels opening a paragraph, one row per
construction, on texts written for the test about fictional people and
bodies, with rows of ordinary text each rule must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

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
]

SPEAKERS_LEFT_ALONE = [
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
