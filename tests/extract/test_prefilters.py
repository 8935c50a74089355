"""Cheap checks that spare a regex search where it cannot match: each gives
what the whole search gives, on any text made of the words its pattern looks for."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from quotes.extract import antecedents, bodies_spoken_for, descriptions_before_names, written_bodies
from quotes.extract.frames import starts_sentence
from quotes.extract.named_first import whole_word_in
from quotes.extract.patterns import SCARE_BEFORE_RE, SCARE_WORDS, ends_with_scare_word
from quotes.extract.sentences import ABBREVIATION_AT_END_RE

#: Pieces of text around the words the patterns look for (blanks, line ends,
#: marks, letters that match others in any case: the Kelvin sign, the long s).
_PIECES = [" ", "\xa0", "\n", ",", ".", "’s", "'s", "s’", "s'", "”", "x", "\u212a", "ſ", "Ola", "Kobb"]
_WORDS = ["the", "The", "a", "his", "Her", "His", "mother", "named", "called", "nurse", "Sen", "J", "Dr"]
_WORDS += ["company", "charity", "Vell", "University", "of", "ola", "Ola-Kobb", "cola", "said", "boo"]
_SEPARATORS = [" ", ", ", "\xa0", "\n", ". ", " \n", "’s ", "'s ", "", ".” "]
_TEXTS = st.lists(
    st.tuples(st.sampled_from(_PIECES + _WORDS), st.sampled_from(_SEPARATORS)).map("".join), max_size=10
).map("".join)


def _cut(text: str, at: int) -> int:
    """A position in ``text`` (``at`` taken modulo its length plus one)."""
    return at % (len(text) + 1)


def test_every_scare_word_ends_in_an_ascii_letter():
    """:func:`ends_with_scare_word` skips an ASCII last letter no scare word ends with."""
    assert all(word[-1].isascii() for word in SCARE_WORDS)


@pytest.mark.parametrize(
    "text", ["the boo\u212a", "So-Called ", "the phrase\n", "a book.", "", "  ", "the term x"]
)
def test_ends_with_scare_word_agrees_with_the_pattern(text):
    assert ends_with_scare_word(text) is (SCARE_BEFORE_RE.search(text) is not None)


@given(_TEXTS)
def test_a_sentence_start_is_what_the_whole_abbreviation_search_says(lead):
    text = lead + "“"
    stripped = lead[-200:].rstrip(" \t\u00a0")
    ends = stripped.endswith((".", "!", "?", ".”", "?”", "!”", '."', '?"', "…"))
    expected = (
        not stripped or stripped.endswith("\n") or (ends and not ABBREVIATION_AT_END_RE.search(stripped))
    )
    assert starts_sentence(text, len(lead)) is expected


@given(_TEXTS, st.integers(0, 200))
@example("the new harbour director, Ola", 26)
@example("a retired nurse named \nOla", 23)
@example("a nurse called  Ola", 16)
def test_a_description_before_a_name_is_what_the_search_finds(text, at):
    start = _cut(text, at)
    found = descriptions_before_names._DESCRIPTION_BEFORE_RE.search(text, max(0, start - 80), start)
    assert descriptions_before_names.description_before(text, start) == (found.group(1) if found else None)


@given(_TEXTS, st.integers(0, 200))
@example("Vell University's Ola", 18)
@example("Kell Foods’ Ola", 12)
def test_a_body_before_a_name_is_what_the_search_finds(text, at):
    start = _cut(text, at)
    found = bodies_spoken_for._BODY_BEFORE_NAME_RE.search(text, max(0, start - 80), start)
    if found is None:
        assert bodies_spoken_for.body_before(text, start) is None


@given(_TEXTS, st.integers(0, 200))
@example("the charity \nSafe Haven", 13)
@example("The Vell-based charity Safe Haven", 23)
def test_a_body_described_before_a_name_is_what_the_search_finds(text, at):
    position = _cut(text, at)
    found = written_bodies._BODY_DESCRIBED_BEFORE_RE.search(text, max(0, position - 60), position)
    expected = found is not None and found.group(1) in written_bodies.BODY_NOUNS
    assert written_bodies.described_as_body(text, position) is expected


@given(_TEXTS, st.integers(0, 200), st.integers(0, 200))
@example("Ola left. Her mother snorts.", 0, 28)
def test_a_relation_opening_a_sentence_holds_his_or_her(text, low, high):
    low, high = sorted((_cut(text, low), _cut(text, high)))
    if any(antecedents.KIN_SUBJECT_RE.finditer(text, low, high)):
        assert any(text.find(word, low, high) >= 0 for word in antecedents.KIN_OWNERS)


@given(_TEXTS, st.integers(0, 200), st.integers(0, 200))
@example("Ola left. The young nurse said no.", 0, 34)
def test_a_description_opening_a_sentence_holds_the(text, low, high):
    low, high = sorted((_cut(text, low), _cut(text, high)))
    if any(antecedents.DESCRIBED_SUBJECT_RE.finditer(text, low, high)):
        assert text.find("The", low, high) >= 0


@pytest.mark.parametrize("word", ["ola", "o'neil", "j.", ".x", "kobb-"])
@given(text=_TEXTS)
def test_a_whole_word_is_found_where_the_boundary_pattern_finds_it(word, text):
    expected = re.search(rf"\b{re.escape(word)}\b", text) is not None
    assert whole_word_in(word, text) is expected
