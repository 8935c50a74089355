"""Attribution on labour news, legislatures and diplomacy, one row per
construction, on texts written for the test about fictional people; each
rule has rows of ordinary text it must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

SPEAKERS = [
    pytest.param(
        "The operator, Vell Terminals, said it had made an offer. "
        "Vell Terminals chief executive Pera Lindqvist wrote that the strike hurt the workers.",
        "the strike hurt",
        {"speaker": "Pera Lindqvist"},
        id="a-body-already-named-before-a-title-and-a-name-is-not-the-speaker",
    ),
    pytest.param(
        "Vell United said it was sorry. Vell United striker Jonas Berg said that the pitch was poor.",
        "the pitch was poor",
        {"speaker": "Jonas Berg", "affiliation": "Vell United"},
        id="a-club-before-a-position-and-a-name-still-gives-the-player",
    ),
    pytest.param(
        "Ansel Kobb spoke first. Ansel Kobb and deputy mayor Ola Berg said the pier would close.",
        "the pier would close",
        {"speaker": "Ansel Kobb"},
        id="a-known-name-before-and-and-a-titled-name-still-leads",
    ),
    pytest.param(
        "Ansel Kobb spoke first. Ansel Kobb and other officials said the pier would close.",
        "the pier would close",
        {"speaker": "Ansel Kobb"},
        id="a-known-name-before-lower-case-words-alone-is-kept",
    ),
    pytest.param(
        "A negotiator familiar with the talks, who spoke on condition of anonymity because the talks "
        "were private, said the two sides were close.",
        "the two sides were close",
        {"speaker": "negotiator familiar with the talks", "role": "negotiator familiar with the talks"},
        id="a-relative-clause-after-a-described-source-is-no-part-of-the-speaker",
    ),
    pytest.param(
        "“We are close,” said a negotiator familiar with the talks, who spoke on condition of anonymity.",
        "We are close",
        {"speaker": "negotiator familiar with the talks"},
        id="a-relative-clause-after-a-source-after-the-quote-is-no-part-of-the-speaker",
    ),
    pytest.param(
        "People familiar with the plans said the plant would close.",
        "the plant would close",
        {"speaker": "People familiar with the plans"},
        id="a-described-group-with-no-clause-keeps-its-description",
    ),
    pytest.param(
        "A worker at the plant who asked not to be named said the shift was cancelled.",
        "the shift was cancelled",
        {"speaker": "worker"},
        id="a-relative-clause-right-after-the-noun-still-ends-the-mention",
    ),
    pytest.param(
        "The opposition spokesperson on housing, Neve Halloran, said the plan was weak.",
        "the plan was weak",
        {"speaker": "Neve Halloran", "role": "opposition spokesperson on housing"},
        id="a-spokesperson-on-a-brief-with-a-name-in-apposition-is-that-person",
    ),
    pytest.param(
        "The minister for ports, Ansel Kobb, said the quay would reopen.",
        "the quay would reopen",
        {"speaker": "Ansel Kobb"},
        id="a-minister-for-a-brief-with-a-name-in-apposition-is-that-person",
    ),
    pytest.param(
        "The report on the harbour, Ansel Kobb said, was late.",
        "was late",
        {"speaker": "Ansel Kobb"},
        id="a-thing-on-a-subject-before-a-name-and-said-is-no-apposition",
    ),
    pytest.param(
        "A spokesman for the ministry, Ivo Marsh, said: “The crossing opens at noon.”",
        "The crossing opens",
        {"speaker": "Ivo Marsh", "role": "spokesman for the ministry"},
        id="a-spokesman-for-a-body-before-a-name-gives-the-role-of-a-direct-quote",
    ),
    pytest.param(
        "A friend of the family, Ivo Marsh, said: “She loved the sea.”",
        "She loved the sea",
        {"speaker": "Ivo Marsh", "role": "friend of the family"},
        id="an-of-phrase-after-the-noun-still-gives-the-role",
    ),
    pytest.param(
        "The Minister for Water, Colm Aberly, said the price would rise.",
        "the price would rise",
        {"speaker": "Colm Aberly", "role": "Minister for Water", "affiliation": None},
        id="a-minister-for-a-brief-in-apposition-holds-the-brief-in-the-role",
    ),
    pytest.param(
        "Colm Aberly, the Secretary of State for Health, said the price would rise.",
        "the price would rise",
        {"role": "Secretary of State for Health", "affiliation": None},
        id="a-secretary-of-state-is-one-title",
    ),
    pytest.param(
        "Colm Aberly, the member for Kessock, said the price would rise.",
        "the price would rise",
        {"role": "member", "affiliation": None},
        id="a-member-for-a-seat-has-no-seat-for-a-body",
    ),
    pytest.param(
        "Colm Aberly, a spokesman for Vell Water, said the price would rise.",
        "the price would rise",
        {"role": "spokesman", "affiliation": "Vell Water"},
        id="a-spokesman-for-a-body-still-gives-the-body",
    ),
    pytest.param(
        "Colm Aberly, the secretary for the Vell Dockers Union, said the price would rise.",
        "the price would rise",
        {"role": "secretary", "affiliation": "Vell Dockers Union"},
        id="a-secretary-for-a-union-still-gives-the-union",
    ),
    pytest.param(
        "Colm Aberly, a member of the Vell Harbour Board, said the price would rise.",
        "the price would rise",
        {"role": "member", "affiliation": "Vell Harbour Board"},
        id="a-member-of-a-board-still-gives-the-board",
    ),
    pytest.param(
        "Marten Vogel, the Tribune's editor, wrote that the charges were absurd.",
        "the charges were absurd",
        {"speaker": "Marten Vogel", "role": "editor", "affiliation": "Tribune"},
        id="a-paper-s-editor-in-apposition-gives-the-post-and-the-paper",
    ),
    pytest.param(
        "Marten Vogel, Vell Council's chief planner, wrote that the charges were absurd.",
        "the charges were absurd",
        {"role": "chief planner", "affiliation": "Vell Council"},
        id="a-council-s-post-in-apposition-gives-the-post-and-the-council",
    ),
    pytest.param(
        "Marten Vogel, Ana Hart's husband, wrote that the charges were absurd.",
        "the charges were absurd",
        {"speaker": "Marten Vogel", "affiliation": None},
        id="a-person-s-relative-in-apposition-has-no-body",
    ),
    pytest.param(
        "The town in the north, Ivo Marsh, said: “The crossing opens at noon.”",
        "The crossing opens",
        {"speaker": "Ivo Marsh", "role": None},
        id="a-place-described-before-a-name-is-no-role",
    ),
    pytest.param(
        "A spokesman for that ministry, Ivo Marsh, said the pier was unsafe.",
        "the pier was unsafe",
        {"speaker": "Ivo Marsh", "role": "spokesman for that ministry"},
        id="that-as-a-determiner-is-no-relative-clause",
    ),
    pytest.param(
        "Ansel Kobb, a board member for the Vell Farmers Union, said the price was low.",
        "the price was low",
        {"speaker": "Ansel Kobb", "affiliation": "Vell Farmers Union"},
        id="a-member-for-a-body-works-for-it",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(holding(quotes_of(text), words), expected) == expected


PROCEEDINGS = (
    "Harbour Dues Bill: Second Reading\n\n"
    "Ms Ilse Varn (Vell North) (Lab): I beg to move that the Bill be read a second time.\n\n"
    "The Minister for Ports (Mr Tomas Reye): The honourable lady knows the dues have not risen in ten years.\n\n"
    "Ms Varn: Will the Minister give way on that point?\n\n"
    "Mr Reye: No, I will make some progress first.\n"
)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("I beg to move", {"speaker": "Ilse Varn", "kind": "direct"}),
        ("dues have not risen", {"speaker": "Tomas Reye", "role": "Minister for Ports"}),
        ("Will the Minister give way", {"speaker": "Ilse Varn"}),
        ("make some progress", {"speaker": "Tomas Reye"}),
    ],
)
def test_a_record_of_proceedings_gives_each_member_their_lines(quotes_of, words, expected):
    assert fields(holding(quotes_of(PROCEEDINGS), words), expected) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The panel:\n\nDr Ana Lind (Vell): professor of law at Vell University.\n\n"
            "Mr Per Holt (Kessock): retired judge and author.\n\nMs Siv Aas (Lorne): harbour master since 2010.\n",
            id="a-list-of-panel-members-says-nothing",
        ),
        pytest.param(
            "Results:\n\nMr Ansel Kobb (Harbour Party): 1,204 votes cast\n\n"
            "Ms Ina Moss (Vell First): 988 votes cast\n\nMr Per Holt (Independent): 412 votes cast\n",
            id="a-list-of-results-says-nothing",
        ),
        pytest.param(
            "Minutes\n\nCllr Kobb: raised the matter of our parking.\n"
            "Cllr Berg: agreed to write to the council.\nCllr Lind: asked whether the bins would be collected?\n",
            id="minutes-of-what-members-did-say-nothing",
        ),
    ],
)
def test_labels_that_are_no_record_of_proceedings_give_no_quotes(quotes_of, text):
    assert [q.text for q in quotes_of(text) if q.cue == ":"] == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        pytest.param(
            "“Nothing is agreed yet,” a union negotiator said, asking not to be named.",
            [],
            id="asking-not-to-be-named-after-a-quote-says-nothing",
        ),
        pytest.param(
            "The witness asked not to be identified, and the judge agreed.",
            [],
            id="a-request-for-anonymity-says-nothing",
        ),
        pytest.param(
            "Kobb asked the court not to be lenient.",
            ["the court not to be lenient"],
            id="asking-someone-else-not-to-be-something-is-kept",
        ),
        pytest.param(
            "A worker who asked not to be named said the shift was cut.",
            ["the shift was cut"],
            id="the-words-of-a-source-who-asked-not-to-be-named-are-kept",
        ),
    ],
)
def test_a_request_not_to_be_named_is_no_indirect_quote(quotes_of, text, kept):
    assert [q.text for q in quotes_of(text) if q.kind == "indirect"] == kept


def test_members_titled_sir_or_dame_speak_in_a_record(quotes_of):
    text = (
        "Debate\n\nSir Tom Kobb: I rise to oppose the motion.\n"
        "Dame Ola Lind: Will he give way to me?\nSir Tom Kobb: I will not give way.\n"
    )
    assert [q.text for q in quotes_of(text) if q.cue == ":"] == [
        "I rise to oppose the motion.",
        "Will he give way to me?",
        "I will not give way.",
    ]


def test_a_record_in_the_third_person_still_speaks(quotes_of):
    text = (
        "Debate\n\nMr Rourke: The Government has invested two billion in the port.\n"
        "Ms Fenwick: The workers know the port is failing and so does the Minister.\n"
        "Mr Rourke: Cargo rose by a tenth this year, the best year on record.\n"
        "Ms Fenwick: We will not accept these figures from the Minister.\n"
    )
    assert len([q for q in quotes_of(text) if q.cue == ":"]) == 4
