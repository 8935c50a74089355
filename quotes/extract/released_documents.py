"""Who made a document a later mention names (``the report``, ``The memo
said``): the body or person the article showed releasing it (``The Vell
Safety Board released its final report on Tuesday``, ``A memo the sheriff's
office sent to commissioners``), whose words the document carries."""

from __future__ import annotations

import re

from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.speaker_words import ORG_HEADS
from quotes.extract.time_words import MONTH_WORDS

#: Documents whose words are their maker's.
_DOCUMENT_NOUNS = ("report", "study", "survey", "analysis", "review", "paper", "audit", "memo", "assessment")
#: Verbs of making a document public (not ``commissioned``: others wrote it).
_RELEASING_VERBS = (
    "released published issued produced delivered submitted presented sent circulated completed"
)
_RELEASING = r"(?:" + "|".join(_RELEASING_VERBS.split()) + r")"
_KIND = r"(?P<kind>" + "|".join(_DOCUMENT_NOUNS) + r")"
#: Who released it: a name written with capitals (``the Vell Safety Board``,
#: ``Dr. Ina Moss``) or a body by its noun (``the sheriff's office``).
_MAKER = (
    r"(?P<maker>[A-Z][\w’'.&-]*(?:[ \xa0]+(?:(?:of|for|&)[ \xa0]+)?[A-Z][\w’'.&-]*){0,5}"
    r"|the[ \xa0]+(?:[a-z][\w’'-]*[ \xa0]+){0,2}(?:" + "|".join(sorted(ORG_HEADS)) + r"))"
)
#: ``The Vell Safety Board released its final report``: the maker, then the
#: document, its own or one it made (not ``released the inquiry report``: the inquiry's).
_MAKER_RELEASED_RE = re.compile(
    r"(?:\b[Tt]he[ \xa0]+)?"
    + _MAKER
    + r"[ \xa0]+"
    + _RELEASING
    + r"[ \xa0]+(?:its|their|his|her|a|an)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,3}"
    + _KIND
    + r"\b(?![ \xa0]+(?:(?:written|prepared|drawn[ \xa0]+up)[ \xa0]+)?(?:by|from)\b)"  # "a memo written by the ministry"
)
#: ``A memo the sheriff's office sent to commissioners``: the document, then its maker.
_DOCUMENT_SENT_RE = re.compile(
    r"\b[Aa]n?[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}"
    + _KIND
    + r"[ \xa0]+(?:that[ \xa0]+)?"
    + _MAKER
    + r"[ \xa0]+"
    + _RELEASING
    + r"\b"
)
#: A document mentioned again by its noun alone (``the report``, ``The memo``).
_DEFINITE_DOCUMENT_RE = re.compile(r"[Tt]he[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}" + _KIND)
#: Nouns a story uses in turn for one document (``published a study ... The paper said``).
_SAME_DOCUMENT = {
    "paper": ("paper", "study"),
    "study": ("study", "paper", "report"),
    "report": ("report", "study"),
}
#: How far back (characters) the document's release is looked for.
_REACH = 1500


def maker_released_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of who released the document ``the report`` at ``[start, end)``
    names, shown releasing it in the :data:`_REACH` characters before with
    no other document of its noun brought in since (``a second report``), or
    right after ``A memo`` itself (``A memo the office sent``); else None."""
    sent = _DOCUMENT_SENT_RE.match(text, start)
    if sent is not None and sent.end("kind") <= end:
        return sent.span("maker")  # "A memo the sheriff's office sent to commissioners described"
    mention = _DEFINITE_DOCUMENT_RE.fullmatch(text, start, end)
    if mention is None:
        return None
    kinds = _SAME_DOCUMENT.get(mention.group("kind").lower(), (mention.group("kind").lower(),))
    low = max(0, start - _REACH)
    found = [
        match
        for regex in (_MAKER_RELEASED_RE, _DOCUMENT_SENT_RE)
        for match in regex.finditer(text, low, start)
        if match.group("kind").lower() in kinds
    ]
    if not found:
        return None
    last = max(found, key=lambda match: match.end())
    if _another_document(text, last.end(), start, kinds):
        return None
    return _without_openers(text, *last.span("maker"))


def _without_openers(text: str, start: int, end: int) -> tuple[int, int]:
    """The maker's offsets less the words opening its sentence before it
    (``In March Reuters``: Reuters)."""
    words = list(re.finditer(r"\S+", text[start:end]))
    first = 0
    while first < len(words) - 1 and (
        words[first].group() in NOT_NAME_START or words[first].group().lower() in MONTH_WORDS
    ):
        first += 1
    return start + words[first].start(), end


def _another_document(text: str, low: int, high: int, kinds: tuple[str, ...]) -> bool:
    """True when a document of one of ``kinds`` is brought in between ``low``
    and ``high`` (``a second report``, ``another study``)."""
    other = re.compile(
        r"\b(?:[Aa]n?|[Aa]nother)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?(?:" + "|".join(kinds) + r")\b"
    )
    return other.search(text, low, high) is not None
