"""Whose words a quotation opening a headline before a colon is (``‘I wrote it
angry’: Tamsin Okoro on her play``, ``'You preyed on the old': burglar jailed``):
the speaker of the body's quote that holds the same words, else the person
named right after the colon (pure text over the quotes already found)."""

from __future__ import annotations

import re

from quotes.extract.registry import SpeakerRegistry
from quotes.records import Quote

#: The fewest words a headline's quotation needs to be looked for in the body.
_FEWEST_WORDS = 3
#: Blanks, a closing mark and the colon after a headline's quotation.
_COLON_AFTER_RE = re.compile(r"[.,!?]?['’\"”]?[ \t]*:")
#: After that colon, a few words in lower case (``debutant``) and a name of two
#: to four capitalised words, then a word in lower case (``on``, ``takes on``).
_NAME_AFTER_COLON_RE = re.compile(
    r"[ \t]*(?:[a-z][\w-]*[ \t]+){0,3}"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,3})(?:['’]s)?[ \t]+[a-z]"
)
#: A word of a quotation, for comparing two quotations' words.
_WORD_RE = re.compile(r"[\w'’]+")


def headline_quote_speakers(quotes: list[Quote], text: str, registry: SpeakerRegistry) -> list[Quote]:
    """Give a speaker to a quotation that opens the headline before a colon and
    has none: the speaker of the first quotation of the body holding its words
    (``'We left it all out there': Pennard win`` ... ``“We left it all out there.
    Every one of us,” said the captain``), else the person the registry knows by
    the name right after the colon (``‘I wrote it angry’: Tamsin Okoro on ...``).
    Returns ``quotes`` without such a quotation in straight single marks that
    finds no speaker so (``'A wish list': rival mocks plan``), left as before."""
    line_end = text.find("\n")
    if line_end < 0:
        return quotes
    extent = (0, line_end)  # the first line, as quotemarks reads a headline
    unattributed = []
    for quote in quotes:
        if (
            quote.kind == "indirect"
            or quote.speaker is not None
            or not _opens_before_colon(quote, text, extent)
        ):
            continue
        said_again = _quoted_again(quote, quotes, extent[1])
        if said_again is not None:
            _take_speaker(quote, said_again)
        else:
            _name_after_colon(quote, text, registry)
        if quote.speaker is None and text[quote.start - 1] == "'":
            unattributed.append(quote)
    return [q for q in quotes if not any(q is u for u in unattributed)]


def _opens_before_colon(quote: Quote, text: str, extent: tuple[int, int]) -> bool:
    """True when ``quote`` opens the headline line ``extent`` (after its mark) and a colon follows it."""
    start, end = extent
    return (
        quote.end <= end
        and not text[start : quote.start].strip(" \t'‘\"“")
        and _COLON_AFTER_RE.match(text, quote.end) is not None
    )


def _words(words: str) -> str:
    """``words`` in lower case with single spaces and straight apostrophes, without punctuation."""
    return " ".join(_WORD_RE.findall(words.lower())).replace("’", "'")


def _quoted_again(quote: Quote, quotes: list[Quote], headline_end: int) -> Quote | None:
    """The first quotation of the body with a speaker that holds the words of
    ``quote`` (at least :data:`_FEWEST_WORDS` of them)."""
    words = _words(quote.text)
    if len(words.split()) < _FEWEST_WORDS:
        return None
    for other in quotes:
        body = other.start > headline_end and other.kind != "indirect"
        if body and other.speaker is not None and words in _words(other.text):
            return other
    return None


def _take_speaker(quote: Quote, source: Quote) -> None:
    """Copy the speaker of ``source`` (its mention, kind, role and affiliation) to ``quote``."""
    quote.speaker, quote.speaker_kind = source.speaker, source.speaker_kind
    quote.speaker_start, quote.speaker_end = source.speaker_start, source.speaker_end
    quote.role, quote.affiliation = source.role, source.affiliation


def _name_after_colon(quote: Quote, text: str, registry: SpeakerRegistry) -> None:
    """The person named right after the colon that follows ``quote``, if the
    registry knows a person by that name."""
    colon = _COLON_AFTER_RE.match(text, quote.end)
    assert colon is not None
    named = _NAME_AFTER_COLON_RE.match(text, colon.end())
    if named is None:
        return
    _, _, person = registry.resolve(named.group("name"), position=named.start("name"))
    if person is None or person.kind != "person":
        return
    quote.speaker, quote.speaker_kind = person.name, person.kind
    quote.speaker_start, quote.speaker_end = named.span("name")
    quote.role, quote.affiliation = person.role, person.affiliation
