"""The words extraction knows (quotes.extract.lexicon): verb forms, and the
cheap pass that decides what to parse."""

from __future__ import annotations

import inspect
import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from quotes.extract import lexicon
from quotes.extract.lexicon import CUE_VERBS, cue_finder, cue_regex, speech_forms, verb_forms


def test_every_cue_verb_reaches_the_parser():
    """Lines are parsed only when cue_regex matches: every indirect cue must match."""
    regex = cue_regex()
    for lemma in CUE_VERBS - {lemma for lemma in CUE_VERBS if "_" in lemma}:
        for form in verb_forms(lemma):
            assert regex.search(f"The council {form} it."), form
    for word in ("endorsed", "wants", "showed", "believes", "refused"):
        assert regex.search(f"The council {word} it.")


def test_verbs_that_double_their_last_consonant_have_all_their_forms():
    assert "admitted" in verb_forms("admit") and "admitting" in verb_forms("admit")
    assert "planned" in verb_forms("plan") and "referred" in verb_forms("refer")
    assert "admited" not in verb_forms("admit")
    assert speech_forms()["admitted"] == "admit" and speech_forms()["chanted"] == "chant"


def test_word_lists_name_each_word_once():
    """A word written twice in a list is a sign of lists drifting apart."""
    source = inspect.getsource(lexicon)
    for name, words in re.findall(r'^(\w+) = frozenset\(\s*"""(.*?)"""', source, re.S | re.M):
        repeated = sorted(word for word, count in Counter(words.split()).items() if count > 1)
        assert not repeated, (name, repeated)


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
