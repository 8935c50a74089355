"""A headline naming its speaker: ``Ilsa Varn: Bridge Will Reopen`` on the
first line of an article (pure text)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from quotes.extract.interview import labelled_quote
from quotes.extract.patterns import HEADLINE_RE
from quotes.extract.role_words import names_a_person
from quotes.extract.speaker_words import NOT_HEADLINE_SOURCES
from quotes.records import Quote

#: Words that end no name of a source (``Minister of``).
_NOT_NAME_ENDS = ("of", "the", "de", "van", "von")
#: Words that end the label of a column or notice (``Delegate Update``, ``Paid Notice``).
_LABEL_ENDS = ("Update", "Notice", "Alert")
#: A byline, or the line under it naming the writer's post or agency.
_BYLINE_RE = re.compile(
    r"[ \t]*(?:(?:By|BY)[ \t]+[A-Z][^\n.!?]{0,80}|(?:Staff|Senior|Special)[ \t]+[Ww]riter|Staff|"
    r"(?:The[ \t]+)?Associated[ \t]+Press|Reuters|Correspondent)[ \t]*"
)
_LINE_RE = re.compile(r"[^\n]*")
#: A headline opening on a bare noun for a person before a verb of saying
#: (``Witness says pickup was ...``, ``Nurse tells inquiry ...``): the noun.
_ROLE_SAYS_RE = re.compile(
    r"(?:[^\n;]*;[ \t]+)?[ \t]*([A-Z][a-z-]+|[A-Z]{2,4})[ \t]+"
    r"(?:says|said|tells|told|testifies|testified|recalls|describes|admits|claims|warns)\b"
)  # "... as shoppers pull back; CEO says ...": the clause after a semicolon too
#: The longest first line taken for a headline.
_HEADLINE_MAX = 250
#: What ends a sentence of the body (a headline in sentence case ends with none).
_SENTENCE_ENDS = tuple(".!?:;\"”’'")


def find_headline(text: str, *, taken: Iterable[tuple[int, int]] = ()) -> list[Quote]:
    """``Ilsa Varn: Bridge Will Reopen`` on the first line (a headline): the name
    before the colon is the source, the rest the content. Also ``Varn on the
    bridge: ...`` and ``Varn to voters: ...``. Skipped when the content overlaps
    ``taken`` (a quoted headline is the direct-quote finder's)."""
    match = _headline_match(text)
    if match is None:
        return []
    start, end = match.span(2)
    while end > start and text[end - 1] in ".!? \t":
        end -= 1
    if len(text[start:end].split()) < 3:
        return []
    if any(t_start < end and start < t_end for t_start, t_end in taken):
        return []
    colon = text.index(":", match.end(1))
    return [
        labelled_quote(
            text,
            words=(start, end),
            label=match.span(1),
            speaker=match.group(1),
            colon=colon,
            kind="indirect",
            confidence=0.5,
        )
    ]


def headline_extent(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the article's headline: its first line when a blank
    line follows it, it is no longer than :data:`_HEADLINE_MAX` characters, and
    it ends with no sentence's punctuation or is written in title case; None
    otherwise. Pronouns of the body never stand for a name there."""
    first = re.search(r"[^\s]", text)
    if first is None:
        return None
    start = text.rfind("\n", 0, first.start()) + 1
    end = text.find("\n", start)
    if end < 0 or end - start > _HEADLINE_MAX or not re.match(r"[ \t\r]*\n", text[end + 1 :]):
        return None
    line = text[start:end].rstrip()
    long_words = re.findall(r"\b[^\W\d_]{4,}", line)
    title_case = len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
    if line.endswith(_SENTENCE_ENDS) and not title_case and not _ends_on_quoted_words(line):
        return None
    return start, end


def _ends_on_quoted_words(line: str) -> bool:
    """True when ``line`` ends with a closing quotation mark right after a word
    (``Army chief: “We are not ready for a long war”``): quoted words with no
    full stop of their own, which end a headline, not a sentence of the body."""
    bare = line.rstrip("\"”’'")
    return len(bare) < len(line) and bare[-1:].isalnum()


def front_matter(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the lines above the story: the headline (see
    :func:`headline_extent`) and the byline lines under it (``By Nils Brekke``,
    ``Staff writer``), or a byline alone; None when the story starts at once.
    Pronouns of the story never stand for a name there."""
    extent = headline_extent(text)
    start, end = extent if extent else (-1, -1)
    for line in _LINE_RE.finditer(text, max(end, 0)):
        if not line.group().strip():
            continue
        if not _BYLINE_RE.fullmatch(line.group()):
            break
        start, end = (line.start() if start < 0 else start), line.end()
    return (start, end) if end >= 0 else None


def _headline_match(text: str) -> re.Match[str] | None:
    """The ``Name: content`` match of the first line of ``text``, when the name
    can be a source: no label, nor a participle alone that the story never names."""
    first = re.search(r"[^\s]", text)
    if first is None:
        return None
    line_start = text.rfind("\n", 0, first.start()) + 1
    line_end = text.find("\n", line_start)
    line_end = len(text) if line_end < 0 else line_end
    match = HEADLINE_RE.match(text, line_start, line_end)
    if match is None:
        return None
    source = match.group(1).split()
    if source[0].lower() in NOT_HEADLINE_SOURCES or source[-1] in _NOT_NAME_ENDS + _LABEL_ENDS:
        return None  # "Revealed: ...", "Delegate Update: ...": a label, not a source
    body = text[line_end:]
    participle = len(source) == 1 and source[0].endswith(("ed", "ing"))
    if participle and body.strip() and not re.search(r"\b" + re.escape(source[0]) + r"\b", body):
        return None  # "Stranded on the bridge: ...": a participle the story never names is no source
    # ("Poll: ..." is; a headline with no story after it is kept as it stands)
    return match


def headline_speaker_noun(text: str) -> str | None:
    """The bare noun for a person a headline or its clause after a semicolon
    opens on as who says something (``witness`` of ``Witness says pickup was
    ‘going way too fast’``, ``nurse`` of ``Nurse tells inquiry ...``, ``ceo``
    of ``Kell cuts outlook; CEO says ...``), lower-cased; None otherwise."""
    extent = headline_extent(text)
    if extent is None:
        return None
    found = _ROLE_SAYS_RE.match(text, extent[0], extent[1])
    noun = found.group(1).lower() if found is not None else ""
    return noun if names_a_person(noun) else None
