"""Bodies named with quotation marks (quotes.extract.quoted_bodies): the
article before the marks is never the speaker, and the body keeps its whole
name."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes.extract.mention_spans import source_span
from quotes.extract.quoted_bodies import bare_article, body_after_quoted_name, quoted_name_start

# The small model's slip, built by hand: "The" a pronoun subject, the body's
# noun hung inside the quoted name.
_WORDS = ["The", '"', "Keep", "the", "Ferry", '"', "group", ",", "which", "formed", "in", "May", ",", "said"]
_WORDS += ["it", "would", "appeal", "."]
_TAGS = ["DT", "``", "VB", "DT", "NN", "''", "NN", ",", "WDT", "VBD", "IN", "NNP", ",", "VBD"]
_TAGS += ["PRP", "MD", "VB", "."]
_POS = ["PRON", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "NOUN", "PUNCT", "PRON", "VERB", "ADP", "PROPN"]
_POS += ["PUNCT", "VERB", "PRON", "AUX", "VERB", "PUNCT"]
_HEADS = [13, 13, 13, 4, 6, 6, 2, 6, 9, 6, 9, 10, 13, 13, 16, 16, 13, 13]
_DEPS = ["nsubj", "punct", "advcl", "det", "nmod", "punct", "dobj", "punct", "nsubj", "relcl", "prep", "pobj"]
_DEPS += ["punct", "ROOT", "nsubj", "aux", "ccomp", "punct"]
_SPACES = [
    True,
    False,
    True,
    True,
    False,
    True,
    False,
    True,
    True,
    True,
    True,
    False,
    True,
    True,
    True,
    True,
    False,
]
_SPACES += [False]


@pytest.fixture
def slipped(nlp) -> Doc:
    """The hand-built parse of ``The "Keep the Ferry" group, which formed in
    May, said it would appeal.``"""
    return Doc(nlp.vocab, words=_WORDS, tags=_TAGS, pos=_POS, heads=_HEADS, deps=_DEPS, spaces=_SPACES)


def test_the_noun_after_the_marks_is_the_subject(slipped):
    assert body_after_quoted_name(slipped[0]).text == "group"


def test_a_phrase_inside_the_name_stretches_to_the_opening_mark(slipped):
    span = source_span(slipped[6])
    assert span is not None
    assert slipped.text[span[0] : span[1]] == '"Keep the Ferry" group'


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ('The "Keep the Ferry" group said it would appeal.', 1),  # not a determiner
        ("The group said it would appeal.", 0),  # no marks
        ('This "fix" will fail, she said.', 0),  # a word, no capital: a verdict
        ('The "We will win," she said.', 0),  # words said, not a name
    ],
)
def test_no_body_where_there_is_no_quoted_name(nlp, text, index):
    assert body_after_quoted_name(nlp(text)[index]) is None


def test_a_phrase_outside_a_name_keeps_its_start(nlp):
    doc = nlp('She called it "Plan B" and the council said no.')
    council = next(t for t in doc if t.text == "council")
    assert quoted_name_start(council, doc[council.i - 1].idx) == doc[council.i - 1].idx


@pytest.mark.parametrize(
    ("mention", "bare"),
    [
        ("The", True),
        (" a ", True),
        ("This", False),
        ("Those", False),
        ("The group", False),
        ("Thea", False),
        (None, False),
    ],
)
def test_bare_article(mention, bare):
    assert bare_article(mention) is bare


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The "Yes to the Rink" group, which collected 900 signatures for a new arena, said after '
            'the vote that the council had "chosen the future."',
            '"Yes to the Rink" group',
        ),
        (
            "A “Stop the Tower” action group, which formed last year, said it would appeal.",
            "“Stop the Tower” action group",
        ),
        (
            'The "Save the Pier" campaign said the council had "chosen the future."',
            '"Save the Pier" campaign',
        ),
    ],
)
def test_a_body_named_with_marks_keeps_its_whole_name(quotes_of, text, speaker):
    quotes = quotes_of(text)
    assert quotes
    assert {q.speaker for q in quotes} == {speaker}
