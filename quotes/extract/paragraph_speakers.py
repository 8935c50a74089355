"""Who speaks quoted words that have no attribution of their own, by the
paragraphs around them (:func:`introduced_by_paragraph`): the person the
paragraph shows saying them, or the person the paragraph before introduces."""

from __future__ import annotations

from quotes.extract.frames import start_of_line
from quotes.extract.mentions import speaker_kind
from quotes.extract.quotemarks import OPENERS, holds_mark
from quotes.extract.registry import Person, SpeakerRegistry
from quotes.records import Quote

#: How far into a paragraph its first name may stand and still be its subject.
_SUBJECT_REACH = 80


def introduced_by_paragraph(
    registry: SpeakerRegistry, quote: Quote, previous: Quote | None
) -> tuple[int, int, Person] | None:
    """For a quote with no attribution: the person its paragraph shows saying
    it (:meth:`SpeakerRegistry.shown_saying`); else, for one opening its
    paragraph, the person named first in the paragraph just before, when that
    paragraph holds no quote of the previous speaker and names someone else
    (``(start, end, person)``), else None."""
    text = registry.text
    line_start = start_of_line(text, quote.start)
    shown = registry.shown_saying(quote, previous, line_start)
    if shown is not None:  # "“...” Femi Obi laughs."
        return shown
    if text[line_start : quote.start].strip() not in ("", *OPENERS):
        return None
    before_end = line_start
    while before_end > 0 and text[before_end - 1].isspace():
        before_end -= 1
    if not before_end:
        return None
    p_start = start_of_line(text, before_end)
    if registry.above_story(p_start):
        return None  # "By Helen Moor" above the story: the writer, no speaker
    if previous is not None and previous.end > p_start:
        return None  # the previous speaker spoke in that paragraph: continuation
    if holds_mark(text, p_start, before_end):
        return None
    first = _named_first(registry, p_start, before_end)
    if first is None:
        return None
    start, end, name = first
    person = registry.find(name) or registry.introduce(name, start, end)
    if previous is not None and previous.speaker == person.name:
        return None
    return start, end, person


def _named_first(registry: SpeakerRegistry, p_start: int, p_end: int) -> tuple[int, int, str] | None:
    """The person named first in the paragraph ``[p_start, p_end)``, near its
    opening (its subject): a name, also a given name in apposition to a
    relation (``Mr Novak's widow, Irena, began reading``); None when the
    first name stands further in, or names no person."""
    for start, end, name in registry.candidates_between(p_start - 1, p_end):
        if start - p_start > _SUBJECT_REACH:
            return None
        if speaker_kind(name) == "person":
            return start, end, name
    return None
