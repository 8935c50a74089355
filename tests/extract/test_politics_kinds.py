"""Attribution on politics, diplomacy, investigations and fact-checks (kinds
of news PolNeAR lacks), one row per construction, on texts written for the
test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

from quotes.extract.titles_before_names import title_before

SPEAKERS = [
    pytest.param(
        "Ilse Varn spoke first. She said her government would send envoys.\n\n"
        "In a joint statement, the two governments said they would “refrain from any action” at the border.",
        "refrain from any action",
        {"speaker": "two governments", "speaker_kind": "group"},
        id="a-plural-of-a-body-noun-is-a-group-not-the-last-speaker",
    ),
    pytest.param(
        "Minister Harald Dunn spoke for an hour. Later, a reporter asked Dunn if he would resign. "
        "“No,” he said.",
        "No",
        {"speaker": "Harald Dunn"},
        id="the-press-asks-and-the-one-asked-answers",
    ),
    pytest.param(
        "A reporter asked Minister Ola Dunn whether the plan would fail.\n\n“It will not,” he said.",
        "It will not",
        {"speaker": "Ola Dunn"},
        id="the-answer-to-the-press-opens-the-next-paragraph",
    ),
    pytest.param(
        "Mayor Ansel Kobb asked Per Dunn if he would help. “You must,” he said.",
        "You must",
        {"speaker": "Ansel Kobb"},
        id="a-named-asker-may-go-on-speaking",
    ),
    pytest.param(
        "A memo dated May 3 and signed by deputy director Ina Voss reads: “The crane is cleared for use.”",
        "cleared for use",
        {"speaker": "Ina Voss", "role": "deputy director"},
        id="a-memo-speaks-for-who-signed-it-after-its-date-and-with-a-title",
    ),
    pytest.param(
        "The Vell Fisheries Council urged restraint. Its secretary general, Ana Lisko, said nobody wins.",
        "nobody wins",
        {"speaker": "Ana Lisko", "role": "secretary general", "affiliation": "Vell Fisheries Council"},
        id="its-before-a-role-in-apposition-is-the-body-just-named",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert fields(quote, expected) == expected


def test_a_that_clause_with_a_quoted_verb_is_no_noun_phrase(quotes_of):
    text = "A spokesman, Jens Ulf, said in an email that the candidate “misspoke” and meant one grant."
    (indirect,) = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert indirect.text.startswith("that the candidate")


@pytest.mark.parametrize(
    "text, title",
    [
        ("Fact check: Did Senator Ola Ruud cut the grant?", "Senator"),  # a question's auxiliary
        ("Will Mayor Ola Ruud resign?", "Mayor"),
        ("Centre Party whip Ola Ruud said", "Centre Party whip"),  # a parliamentary office
    ],
)
def test_the_title_before_a_name_in_politics(text, title):
    assert title_before(text, text.index("Ola")) == title


@pytest.mark.parametrize(
    "text",
    [
        "In an email to staff, cited in the filing, Lars Tunn wrote that the tower would fall.",
        "In a letter to members, cited in the report, Lars Tunn wrote that the tower would fall.",
    ],
)
def test_a_document_cited_in_a_participle_clause_says_nothing_there(quotes_of, text):
    assert [(q.text, q.speaker) for q in quotes_of(text)] == [("that the tower would fall", "Lars Tunn")]


def test_the_one_a_question_is_put_to_is_no_content(quotes_of):
    text = "At a news conference, a reporter asked Dunn if he would resign if the plan failed."
    assert [q.text for q in quotes_of(text) if q.text.startswith("asked")] == []
