"""Speakers named only as the next of several (``One angry reader wrote:
“...” Another called the mayor “...”``): ``Another`` stands for one more of
the kind the sentence before named, and the speaker is written with that
noun (``another reader``), a description that keeps what the person is."""

from __future__ import annotations

import re

from quotes.records import Quote

#: Speakers that are only the next of several.
_NEXT_ONE_SPEAKERS = frozenset({"another"})
#: How far before ``Another`` the first of the kind is looked for.
_KIND_REACH = 300
#: Adverbs that stand between a noun and its verb (``One reader also
#: wrote``), no noun of a kind; with the words in ``-ly`` (``simply posted``).
_ADVERBS_BEFORE_VERB = frozenset("also just then later once still even never only soon already".split())
#: The first of the kind opening a sentence: ``One`` (or ``A``), up to two
#: lower-case describing words and the noun of the kind, then a verb
#: (``One furious follower wrote``, ``A second-year student posted``).
_FIRST_OF_KIND_RE = re.compile(
    r"(?:^|(?<=[.!?”\"\n])[ \xa0\n]*)(?:One|A|An)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?"
    r"(?!(?:" + "|".join(sorted(_ADVERBS_BEFORE_VERB)) + r")\b)(?![a-z]+ly\b)"
    r"(?P<noun>[a-z][a-z-]{2,})[ \xa0]+"
    r"(?:(?:" + "|".join(sorted(_ADVERBS_BEFORE_VERB)) + r"|[a-z]+ly)[ \xa0]+)?"
    r"(?:[a-z]+ed|wrote|said|told|put|posted|tweeted|replied|added)\b"
)


def another_of_kind(quotes: list[Quote], text: str) -> list[Quote]:
    """Write a speaker that is only ``Another`` with the noun of the first of
    the kind named in the sentences right before it (``another reader``).
    Left alone when no such first is found. ``text`` is the article."""
    for quote in quotes:
        if quote.speaker is None or quote.speaker.lower() not in _NEXT_ONE_SPEAKERS:
            continue
        if quote.speaker_start is None:
            continue
        noun = first_of_kind(text, quote.speaker_start)
        if noun is not None:
            quote.speaker = f"{quote.speaker.lower()} {noun}"
    return quotes


def first_of_kind(text: str, position: int) -> str | None:
    """The noun of the last ``One furious follower wrote`` opening a sentence
    before ``position`` (within :data:`_KIND_REACH` characters), or None."""
    found = list(_FIRST_OF_KIND_RE.finditer(text, max(0, position - _KIND_REACH), position))
    return found[-1].group("noun") if found else None
