"""Attribution on the kinds of local news PolNeAR lacks (courts, sport, councils
and school boards, obituaries), one row per construction, on texts written for
the test about fictional people."""

from __future__ import annotations

import pytest
import spacy
from extract_checks import one
from spacy.tokens import Doc

from quotes.extract.syntax import source_span

SPEAKERS = [
    pytest.param(
        "“I am sorry,” Kurt Mallow said.\n\n"
        "His mother, Doris Mallow, wept in the front row. Outside, she told reporters he had changed. "
        "“He is not a monster,” she said.",
        "He is not a monster",
        {"speaker": "Doris Mallow"},
        id="a-pronoun-after-a-relative-named-in-apposition",
    ),
    pytest.param(
        "“She baked every day,” said Marit Lunde, a neighbour.\n\n"
        "Her granddaughter, Sara Rahn-Orvik, now runs the shop. “I learned everything from her,” she said.",
        "I learned everything",
        {"speaker": "Sara Rahn-Orvik"},
        id="a-pronoun-after-a-description-with-a-name-opens-the-sentence",
    ),
    pytest.param(
        "Planning director Sven Aalto told the council the study would take six weeks.\n\n"
        "The vote is now expected in March, according to the town clerk, Hilde Marsh.",
        "The vote is now expected",
        {"speaker": "Hilde Marsh", "role": "town clerk"},
        id="a-name-in-apposition-ending-the-sentence",
    ),
    pytest.param(
        "Superintendent Dr. Helen Varga said the district would meet families in the spring.",
        "the district would meet",
        {"speaker": "Helen Varga", "role": "Superintendent"},
        id="a-title-and-a-doctor-before-a-name",
    ),
    pytest.param(
        "Her surgeon, Dr. Priya Nand of Westby General Hospital, said the surgery was set for May.",
        "the surgery was set",
        {"speaker": "Priya Nand", "role": "her surgeon"},
        id="a-doctor-named-in-apposition-with-her-hospital",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert {field: getattr(quote, field) for field in expected} == expected


def test_a_name_after_its_title_is_the_mention_even_when_the_parse_tears_it():
    # the parse of "Senior adviser Ina O’Varra said" seen on real text: the name
    # hangs from the title as an apposition, its second word as an adverb
    words = ["Senior", "adviser", "Ina", "O’Varra", "said", "it", "worked", "."]
    heads = [1, 4, 1, 4, 4, 6, 4, 4]
    deps = ["amod", "nsubj", "appos", "advmod", "ROOT", "nsubj", "ccomp", "punct"]
    tags = ["JJ", "NN", "NNP", "RB", "VBD", "PRP", "VBD", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags)
    start, end = source_span(doc[1]) or (0, 0)
    assert doc.text[start:end] == "Senior adviser Ina O’Varra"
