"""Cheap checks that spare building or searching a pattern where it cannot
match (speed only): each is a necessary condition of the whole pattern, on
any text made of the words the pattern looks for."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quotes.extract import (
    body_nouns,
    descriptions,
    introductions,
    paired_names,
    person_descriptions,
    quoted_kind,
    quoted_names,
)
from quotes.extract import quotation_contents as contents
from quotes.extract.named_first import first_written, whole_word_in, written_as_thing
from quotes.extract.patterns import may_end_at, whole_words_at

#: Words and pieces of the constructions (and letters that match others in any case).
_PIECES = ["a", "an", "one", "A", "ONE", "the", "The", "unnamed", "harbour", "U.S.", "27,", "of", "Vell"]
_PIECES += ["spokesman", "Spokesman", "group", "Ina", "Moss", "Ola", ",", ".", "\u212a", "ſ", "x", "and"]
_PIECES += ["although", "signs", "such", "as", "such as", "Trust", "trust", "Mr.", "Dr.", "said", "\n", "”"]
_SEPARATORS = [" ", ", ", "\xa0", "\n", ". ", "", ".” ", "-"]
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)).map("".join), max_size=14
).map("".join)
_HEADS = st.sampled_from(["spokesman", "group", "trust", "a", "Ola"])


def _cut(text: str, at: int) -> int:
    """A position in ``text`` (``at`` taken modulo its length plus one)."""
    return at % (len(text) + 1)


_RUN_RE = re.compile(r"\ba[ \xa0]+(?:\w+[ \xa0]+){0,2}\Z")
_RUN_CHARS_RE = re.compile(r"[\w \xa0]*")


@pytest.mark.parametrize(
    "text, at, expected",
    [
        ("said a harbour spokesman", 15, True),
        ("said a spokesman", 7, True),
        ("a one two three spokesman", 16, False),
        ("said the spokesman", 9, False),
        ("x" * 400 + " spokesman", 401, True),  # all a run could hold: it may start further back
        ("." + "x" * 400 + " spokesman", 402, True),
        ("." + "x" * 200 + ". " + "x" * 200 + " spokesman", 404, False),
    ],
)
def test_may_end_at(text, at, expected):
    assert may_end_at(text, at, _RUN_RE, _RUN_CHARS_RE) is expected


@given(_TEXTS, _HEADS, st.integers(0, 300))
@example("said an unnamed U.S. spokesman", "spokesman", 30)
@example("ONE spokesman", "spokesman", 13)
@example("a\xa0 group", "group", 9)
def test_no_introduction_where_the_check_says_none(text, head, at):
    position = _cut(text, at)
    if not introductions._may_be_introduced(text, head, position):
        assert next(introductions._introduction_re(head).finditer(text, 0, position), None) is None


@given(_TEXTS, _HEADS, st.integers(0, 300))
@example("The group, Ina Moss, said", "group", 25)
@example("The harbour group of Vell, Ina Moss, said", "group", 41)
def test_no_apposition_where_the_check_says_none(text, head, at):
    position = _cut(text, at)
    if not descriptions._may_be_apposed(text, head, position):
        assert next(descriptions._apposition_re(head).finditer(text, 0, position), None) is None


@given(_TEXTS, _HEADS, st.integers(0, 300), st.integers(0, 300))
@example("Ina Moss, 27, a harbour spokesman", "spokesman", 0, 33)
@example("spokesman Ola Moss", "spokesman", 0, 18)
def test_no_name_described_where_the_check_says_none(text, head, low, at):
    start, position = _cut(text, low), _cut(text, at)
    if not person_descriptions._may_be_described_as(text, head, start, position):
        assert person_descriptions._described_as_re(head).search(text, start, position) is None


@given(_TEXTS, st.integers(0, 300))
@example("Vell Harbour Trust said", 23)
def test_no_name_holding_a_noun_where_the_check_says_none(text, at):
    position = _cut(text, at)
    for noun in ("trust", "group", "co-op"):
        if not body_nouns.may_be_named_holding(text, noun, 0, position):
            assert body_nouns.names_holding_re(noun).search(text, 0, position) is None


@given(_TEXTS, st.sampled_from(["ola", "Ola", "a", "x", "ſ", "U.S."]))
@example("cola Ola-Kobb", "ola")
def test_a_whole_word_is_what_the_pattern_finds(text, word):
    found = re.search(rf"\b{re.escape(word)}\b", text)
    assert whole_word_in(word, text) is (found is not None)
    first_written.cache_clear()
    assert first_written(text, word) == (found.start() if found is not None else None)


@given(_TEXTS, st.sampled_from(["Ola", "Vell", "a", "U.S.", "ſ", "Moss"]))
@example("the\xa0 Vell", "Vell")
@example("bathe Vell", "Vell")
@example("The Vell, a\nOla", "Ola")
@example("the Vell-x", "Vell")
@example("a U.S.", "U.S.")
def test_a_thing_named_after_the_or_a_is_what_the_pattern_finds(text, word):
    written_as_thing.cache_clear()
    pattern = rf"\b(?:the|a)[ \xa0]+{re.escape(word)}\b"
    assert written_as_thing(text, word) is (re.search(pattern, text) is not None)


@given(_TEXTS, st.integers(0, 300), st.integers(0, 300))
@example("Ina said and", 0, 12)
@example("Ina said\n\u2014 ALTHOUGH", 0, 20)
def test_no_dangling_conjunction_where_the_check_says_none(text, low, at):
    start, end = sorted((_cut(text, low), _cut(text, at)))
    tail = contents._CONJUNCTION_AT_END_RE.search(text, max(start, end - contents._LONGEST_CONJUNCTION), end)
    if tail is None:
        assert contents._DANGLING_CONJUNCTION_RE.search(text, start, end) is None


@given(_TEXTS, st.integers(0, 300))
@example("Protesters held signs such as ", 30)
def test_no_signs_as_examples_where_the_check_says_none(text, at):
    position = _cut(text, at)
    if quoted_kind._SUCH_AS_END_RE.search(text, 0, position) is None:
        assert quoted_kind._DISPLAY_EXAMPLES_RE.search(text, 0, position) is None


#: Pieces of names joined by ``and`` and what stands round them.
_NAME_PIECES = ["Tom", "Venn", "Ina", "Moss", "June", "and", "x", "É", "9", "_", "'", "’", "-", "Ab"]


@given(st.lists(st.sampled_from([*_NAME_PIECES, " ", "\xa0", ""]), max_size=16).map("".join))
@example("Harold and June Abbot")
@example("xTom Venn and Ina Moss")
@example("_Tom and June Abbot")
def test_names_joined_by_and_are_what_the_patterns_opening_on_a_word_start_find(text):
    couple = r"\b([A-Z][a-z]+)[ \xa0]+and[ \xa0]+[A-Z][a-z]+[ \xa0]+([A-Z][a-z][\w'’-]+)\b"
    name = r"[A-Z][a-z]+(?:[ \xa0]+[A-Z][\w'’-]+){1,2}"
    pair = rf"\b({name})[ \xa0]+and[ \xa0]+({name})\b"
    for pattern, compiled in ((couple, paired_names._COUPLE_RE), (pair, paired_names._PAIR_RE)):
        for start in (0, 1, 3):  # a search from inside the text sees the characters before it
            expected = [(m.span(), m.groups()) for m in re.compile(pattern).finditer(text, start)]
            assert [(m.span(), m.groups()) for m in compiled.finditer(text, start)] == expected


@given(_TEXTS, st.sampled_from(["ola", "Ola", "a", "x", "ſ", "U.S.", "Vell Vell", "27,"]))
@example("Vell Vell Vell", "Vell Vell")
@example("U.S.U.S. U.S.", "U.S.")
def test_whole_words_are_where_the_boundary_pattern_finds_them(text, word):
    found = [match.start() for match in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert list(whole_words_at(text, word)) == found


_QUOTED_TEXTS = st.lists(
    st.sampled_from(["Vell", "Vell Vell", '"', "“", "”", "'", "’", ".", ",", " ", "x"]), max_size=14
).map("".join)


@given(_QUOTED_TEXTS, st.sampled_from(["Vell", "Vell Vell", "x"]))
@example('"Vell"Vell"', "Vell")
@example("“Vell.” “Vell,x”", "Vell")
def test_earlier_quotations_are_where_their_pattern_finds_them(text, content):
    pattern = "[“\"‘']" + re.escape(content) + "[.,]?[”\"’']"
    found = [(match.start(), match.end() - 1) for match in re.finditer(pattern, text)]
    assert list(quoted_names._quoted_before(text, content)) == found
