"""The text patterns of attribution (quotes.extract.patterns): the cue words
of the cheap pass that decides what to parse."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotes.extract.lexicon import CUE_VERBS, verb_forms
from quotes.extract.patterns import (
    FOLLOWING_RE,
    NAME_RE,
    SCARE_BEFORE_RE,
    cue_finder,
    cue_regex,
    ends_with_scare_word,
)


def test_every_cue_verb_reaches_the_parser():
    """Lines are parsed only when cue_regex matches: every indirect cue must match."""
    regex = cue_regex()
    for lemma in CUE_VERBS - {lemma for lemma in CUE_VERBS if "_" in lemma}:
        for form in verb_forms(lemma):
            assert regex.search(f"The council {form} it."), form
    for word in ("endorsed", "wants", "showed", "believes", "refused"):
        assert regex.search(f"The council {word} it.")


CUE_FRAGMENTS = ["said", "Said", "says", "in a statement", "In an interview", "according to", "in", "a"]
CUE_FRAGMENTS += ["statement", "unsaid", "saidx", "according", "to", " ", "  ", "\n", ".", "-", "é", "_"]


@given(
    words=st.lists(st.sampled_from(CUE_FRAGMENTS) | st.text(max_size=3), max_size=12),
    cut=st.tuples(st.integers(0, 40), st.integers(0, 40)),
)
def test_cue_finder_agrees_with_the_cue_regex(words, cut):
    """The word-by-word pass answers as the regex that defines a cue word,
    on any stretch of any text (words cut at either end included)."""
    text = " ".join(words)
    start, end = min(cut[0], len(text)), min(max(cut), len(text))
    assert cue_finder().search(text, start, end) == bool(cue_regex().search(text, start, end))


@pytest.mark.parametrize(
    ("before", "scare"),
    [
        ("the mayor's so-called ", True),
        ("a long preamble about the harbour and then the phrase\n", True),
        ("Mara Venn's new BOOK  \t", True),
        ("the Facebook", True),  # no word boundary before the word, as the pattern has none
        ("she said ", False),
        ("", False),
        ("   ", False),
        ("known as the harbour ", False),
    ],
)
def test_ends_with_scare_word_searches_the_end_as_the_whole_pattern_does(before, scare):
    assert ends_with_scare_word(before) is scare
    assert (SCARE_BEFORE_RE.search(before) is not None) is scare


@given(
    st.lists(
        st.sampled_from(["book", "So-Called", "the", "phrase", " ", "\n", "x", "ſong", "\xa0"]), max_size=12
    )
)
def test_ends_with_scare_word_agrees_with_the_pattern_on_any_text(parts):
    before = "".join(parts)
    assert ends_with_scare_word(before) is (SCARE_BEFORE_RE.search(before) is not None)


def _dollar_outside_class(pattern: str) -> bool:
    """Whether ``pattern`` has an unescaped ``$`` outside a character class."""
    in_class, at = False, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 1
            for opener in ("^]", "^", "]"):  # a ] first in a class is a member
                if pattern.startswith(opener, at):
                    at += len(opener)
                    break
            continue
        elif char == "$":
            return True
        at += 1
    return False


def _extract_module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    import quotes.extract as extract

    found = []
    for info in pkgutil.iter_modules(extract.__path__):
        module = importlib.import_module(f"quotes.extract.{info.name}")
        found += [
            (f"{info.name}.{name}", value)
            for name, value in vars(module).items()
            if isinstance(value, re.Pattern)
        ]
    return found


@pytest.mark.parametrize(
    "text, expected", [("a$", True), (r"a\$", False), ("[$]", False), ("[]$]x", False), ("[^]$]", False)]
)
def test_dollar_outside_class(text, expected):
    assert _dollar_outside_class(text) is expected


def test_extraction_patterns_end_the_text_with_backslash_z():
    """``$`` also matches before a line break ending the searched text, so a pattern
    searched up to a position (``wife, ¶Ann``) would match across a paragraph break."""
    offenders = [
        name
        for name, pattern in _extract_module_patterns()
        if not pattern.flags & re.MULTILINE and _dollar_outside_class(pattern.pattern)
    ]
    assert offenders == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transport chief K. Anand Rao said so.", ["K. Anand Rao"]),
        ("The chief, K. Anand Rao, said so.", ["K. Anand Rao"]),
        ("S. Mani said so.", []),
        ("It rained. S. Mani said so.", []),
        ("It was vitamin D. Rina Moss said so.", ["D. Rina Moss"]),
        ("Transport chief K. said so.", []),
        ("He met the U.S. K. Rao team.", []),
    ],
)
def test_a_lone_initial_opens_a_name(text, expected):
    assert [m.group() for m in NAME_RE.finditer(text) if "." in m.group()] == expected


@pytest.mark.parametrize(
    "following, expected",
    [
        (
            " said keeping part of the programme free was important to her.",
            " said keeping part of the programme free was important to",
        ),
        (" said it was fine.", " said it was fine"),
        (
            " told the crowd about the weather, the trains and the long night",
            " told the crowd about the weather, the trains and the long",
        ),
    ],
)
def test_following_words_end_at_a_word_end(following, expected):
    assert FOLLOWING_RE.match(following).group() == expected
