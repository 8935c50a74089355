"""Speakers named only as the next of several (quotes.extract.next_ones):
``Another`` written with the noun of the first of the kind (``another
reader``); on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import one

ANOTHER_OF_KIND = [
    pytest.param(
        'Mayor\n\nReaders were furious. One angry reader wrote: "This is a disgrace." Another called the mayor '
        '"the worst in memory".\n',
        "the worst in memory",
        "another reader",
        id="one-angry-reader-then-another",
    ),
    pytest.param(
        'Split\n\nFans were quick to react. One furious follower wrote: "He really did that." Another branded '
        'the singer "the coldest man in pop".\n',
        "the coldest man in pop",
        "another follower",
        id="one-furious-follower-then-another-branded",
    ),
    pytest.param(
        'Club\n\nOne fan simply posted: "Shame." Another called the club "a joke".\n',
        "a joke",
        "another fan",
        id="an-adverb-between-the-noun-and-its-verb",
    ),
    pytest.param(
        'Mayor\n\nOne reader also wrote: "This is a disgrace." Another called the mayor "a coward".\n',
        "a coward",
        "another reader",
        id="also-between-the-noun-and-its-verb",
    ),
]

#: Where ``Another`` has a noun of its own, or no first of a kind before it.
ANOTHER_LEFT_ALONE = [
    pytest.param(
        'Lock\n\nAnother user, posting late at night, wrote: "I waited for hours outside."\n',
        "I waited for hours",
        "Another user",
        id="another-with-its-own-noun",
    ),
    pytest.param(
        'Vote\n\nTwo councillors spoke. Ada Venn said: "It is a fair plan." Another said: "It is not."\n',
        "It is not",
        "Another",
        id="no-one-of-a-kind-before",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ANOTHER_OF_KIND + ANOTHER_LEFT_ALONE)
def test_another_is_written_with_the_kind_before_it(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker
