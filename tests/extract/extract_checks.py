"""The shape shared by the attribution tables of test_direct and
test_resolution: a :class:`Case` per construction, checked against the quote
holding its words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from quotes.records import Quote

#: A field of :class:`Case` left unchecked (None is a value some rows expect).
UNCHECKED: Any = ...


@dataclass(frozen=True)
class Case:
    """A text, the words of the quote to look at, and what must hold for it.

    ``mention_at`` is ``(where the mention starts, where it ends)`` as words of
    the text (the first place they stand) or, for the end, a length;
    ``quote_at`` the same for the quoted words; ``cue_at`` where the cue
    stands; ``quotes``/``direct`` the number of quotes (direct quotes) of the
    whole text."""

    text: str
    words: str
    speaker: str | None = UNCHECKED
    mention: str = UNCHECKED
    cue: str | None = UNCHECKED
    kind: str = UNCHECKED
    quote_text: str = UNCHECKED
    role: str = UNCHECKED
    affiliation: str = UNCHECKED
    addressee: str = UNCHECKED
    speaker_kind: str = UNCHECKED
    mention_at: tuple[str, str | int] | None = None
    speaker_start_at: str | None = None
    cue_at: str | None = None
    cue_not: str | None = None
    quote_at: tuple[str, str] | None = None
    speaker_has: str | None = None
    speaker_not: str | None = None
    confidence_at_most: float | None = None
    quotes: int | None = None
    direct: int | None = None


def holding(quotes: list[Quote], words: str) -> Quote:
    """The one quote whose text holds ``words`` (there must be exactly one)."""
    (quote,) = [q for q in quotes if words in q.text]
    return quote


def fields(quote: Quote, expected: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``quote`` that ``expected`` names (``quote_text`` is its
    text, as in :class:`Case`), to compare with ``expected``."""
    return {field: getattr(quote, "text" if field == "quote_text" else field) for field in expected}


def one(quotes: list[Quote], words: str) -> Quote:
    """The quote whose text holds ``words`` (a direct or partial one first: an
    indirect quote can hold the same words)."""
    found = sorted((q for q in quotes if words in q.text), key=lambda q: q.kind == "indirect")
    assert found, f"no quote holding {words!r} in {[q.text for q in quotes]}"
    return found[0]


def at(text: str, start: str, end: str | int) -> tuple[int, int]:
    """Offsets from the words a span starts with to the words it ends before (or its length)."""
    first = text.index(start)
    return first, first + end if isinstance(end, int) else text.index(end)


def check_quote(case: Case, q: Quote) -> None:
    """Every field of ``case`` that is set holds for ``q``."""
    text = case.text
    expected = {
        "speaker": (case.speaker, q.speaker),
        "cue": (case.cue, q.cue),
        "kind": (case.kind, q.kind),
        "quote_text": (case.quote_text, q.text),
        "role": (case.role, q.role),
        "affiliation": (case.affiliation, q.affiliation),
        "addressee": (case.addressee, q.addressee),
        "speaker_kind": (case.speaker_kind, q.speaker_kind),
        "mention": (case.mention, text[q.speaker_start : q.speaker_end]),
    }
    for name, (want, got) in expected.items():
        if want is not UNCHECKED:
            assert got == want, name
    if case.mention_at is not None:
        assert (q.speaker_start, q.speaker_end) == at(text, *case.mention_at)
    if case.speaker_start_at is not None:
        assert q.speaker_start == text.index(case.speaker_start_at)
    if case.cue_at is not None:
        assert q.cue_start is not None and q.cue_start == text.index(case.cue_at)
        assert text[q.cue_start : q.cue_end] == q.cue
    if case.quote_at is not None:
        assert (q.start, q.end) == at(text, *case.quote_at)
    assert case.cue_not is None or q.cue != case.cue_not
    assert case.speaker_not is None or q.speaker != case.speaker_not
    assert case.speaker_has is None or case.speaker_has in (q.speaker or "")
    assert case.confidence_at_most is None or q.confidence <= case.confidence_at_most


def check_case(case: Case, quotes: list[Quote]) -> None:
    """The quote of ``case`` holds what the case says, and the text gives the
    number of quotes it says."""
    check_quote(case, one(quotes, case.words))
    assert case.quotes is None or len(quotes) == case.quotes
    assert case.direct is None or len([q for q in quotes if q.kind == "direct"]) == case.direct
