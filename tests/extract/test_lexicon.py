"""The words extraction knows (quotes.extract.lexicon): verb forms and word lists."""

from __future__ import annotations

import inspect
import re
from collections import Counter

import pytest

from quotes.extract import direct_quote_words, lexicon
from quotes.extract.lexicon import speech_forms, verb_forms


def test_verbs_that_double_their_last_consonant_have_all_their_forms():
    assert "admitted" in verb_forms("admit") and "admitting" in verb_forms("admit")
    assert "planned" in verb_forms("plan") and "referred" in verb_forms("refer")
    assert "admited" not in verb_forms("admit")
    assert speech_forms()["admitted"] == "admit" and speech_forms()["chanted"] == "chant"


@pytest.mark.parametrize("module", [lexicon, direct_quote_words], ids=lambda module: module.__name__)
def test_word_lists_name_each_word_once(module):
    """A word written twice in a list is a sign of lists drifting apart."""
    source = inspect.getsource(module)
    for name, words in re.findall(r'^(\w+) = frozenset\(\s*"""(.*?)"""', source, re.S | re.M):
        repeated = sorted(word for word, count in Counter(words.split()).items() if count > 1)
        assert not repeated, (name, repeated)
