"""Did-you-mean for the whoosh search: each unknown plain word of a query
replaced by the closest indexed word.

The dictionary is the words of the quotes (matched by stem, shown as written in
a quote) and of speaker names, roles, affiliations and outlets.
"""

from __future__ import annotations

import re
from typing import Any

from whoosh import query
from whoosh.analysis import Analyzer

from quotes.search.documents import name_analyzer, text_analyzer

NAME_FIELDS = ("speaker", "role", "affiliation", "outlet")
WORD_FIELDS = ("text", "context")
MAX_EDIT_DISTANCE = 2
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"}
# A plain word: not a field name, fuzzy term, wildcard (rob*, wom?n), phrase or range part.
_WORD = re.compile(r'(?<![\w:~"\[*?])([^\W\d_][\w\'-]*)(?![\w:~\]*?])')

Candidate = tuple[int, int, str]
"""``(edit distance, -document frequency, word)``: the smallest is the best."""


def closest_word(
    reader: Any, fieldname: str, word: str, *, maxdist: int = MAX_EDIT_DISTANCE
) -> Candidate | None:
    """The indexed word of ``fieldname`` nearest to ``word`` as ``(distance,
    -frequency, word)`` (edit distance up to ``maxdist``, same first letter), or None."""
    for distance in range(1, maxdist + 1):
        try:
            candidates = list(reader.terms_within(fieldname, word, distance, prefix=1))
        except StopIteration:
            candidates = []
        if candidates:
            term = max(candidates, key=lambda t: (reader.doc_frequency(fieldname, t), t))
            return distance, -reader.doc_frequency(fieldname, term), term
    return None


def surface_form(searcher: Any, stem: str) -> str | None:
    """A word of some quote whose stem is ``stem`` (``destabilis`` -> ``destabilising``)."""
    try:
        hits = searcher.search(query.Term("text", stem), limit=1)
        text = hits[0]["text"] if len(hits) else None
    except (StopIteration, KeyError):
        return None
    if not text:
        return None
    for token in text_analyzer()(text, chars=True, removestops=False):
        if token.text == stem:
            return text[token.startchar : token.endchar].lower()
    return None


class _Speller:
    """Corrections of single words against one searcher's index."""

    def __init__(self, searcher: Any) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.names: Analyzer = name_analyzer()
        self.words: Analyzer = text_analyzer()

    def _is_known(self, folded: str, stem: str) -> bool:
        """True when the word is indexed as a name (``folded``) or a quote word (``stem``)."""
        return any(self.reader.doc_frequency(f, folded) for f in NAME_FIELDS) or any(
            self.reader.doc_frequency(f, stem) for f in WORD_FIELDS
        )

    def correction(self, word: str) -> str | None:
        """The closest indexed word to ``word``; None when ``word`` is an
        operator, is indexed, or has no close word."""
        if word in _OPERATORS:
            return None
        folded = [t.text for t in self.names(word)]
        stems = [t.text for t in self.words(word)]
        if len(folded) != 1 or len(stems) != 1 or self._is_known(folded[0], stems[0]):
            return None
        candidates: list[tuple[Candidate, bool]] = [
            (found, False)
            for found in (closest_word(self.reader, f, folded[0]) for f in NAME_FIELDS)
            if found
        ]
        found = closest_word(self.reader, "text", stems[0])
        if found:
            candidates.append((found, True))
        for (_, _, term), is_stem in sorted(candidates):
            replacement = surface_form(self.searcher, term) if is_stem else term
            if replacement:
                return replacement
        return None


def same_case(typed: str, replacement: str) -> str:
    """``replacement`` written the way ``typed`` was: ``Blinkn`` -> ``Blinken``,
    ``NATTO`` -> ``NATO``, ``blinkn`` -> ``blinken``."""
    if len(typed) > 1 and typed.isupper():
        return replacement.upper()
    if typed[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def suggest_query(searcher: Any, text: str) -> str | None:
    """The query with each unknown plain word replaced by the closest indexed
    word; None when no word needs correcting."""
    if not text or searcher.doc_count() == 0:
        return None
    speller = _Speller(searcher)

    def replace(match: re.Match[str]) -> str:
        word = match.group(1)
        correction = speller.correction(word)
        return same_case(word, correction) if correction else word

    corrected = _WORD.sub(replace, text)
    return corrected if corrected != text else None
