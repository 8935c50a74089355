"""The text patterns of attribution (quotes.extract.patterns): the cue words
of the cheap pass that decides what to parse."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quotes.extract.lexicon import CUE_VERBS, verb_forms
from quotes.extract.patterns import cue_finder, cue_regex


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
