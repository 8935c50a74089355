"""What to parse: the parts of an article worth handing to spaCy.

A cheap pass over the text keeps the sentences holding a quotation (from its
opening to its closing mark) or a cue word (:func:`quotes.extract.patterns.cue_finder`),
joined into runs per line, and cuts runs longer than :data:`MAX_WINDOW` at
sentence ends (or spaces). Each window is a ``(start, end)`` pair of article
offsets, so that every offset found in a parsed window stays exact.

A text longer than :data:`MAX_PIECE` is first cut into pieces (at paragraph
breaks, else line breaks, sentence ends or spaces, see :func:`text_pieces`),
each extracted on its own: what extraction holds at once, and any work that
grows faster than the text within one article, is bounded by a piece.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from quotes.extract.patterns import cue_finder
from quotes.extract.quotemarks import QuotedSpan
from quotes.extract.sentences import SENTENCE_SPLIT_RE, sentence_starts

#: The longest window of text handed to spaCy at once. A longer run of
#: candidate sentences (a paragraph of a megabyte) is cut at sentence ends, a
#: longer sentence at a space: the parse stays linear in the text size, memory
#: stays bounded and spaCy never sees a text over its ``max_length`` (E088).
MAX_WINDOW = 10_000

#: The longest part of a text extracted at once (see :func:`text_pieces`).
#: News articles are shorter; a whole text on one line of megabytes is not.
MAX_PIECE = 100_000

_LINE_RE = re.compile(r"[^\n]+")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cheap sentence spans of ``text[start:end]`` (a line), for choosing what
    to parse: a sentence right before a ``''`` quotation stays with it, so that
    a cue the cheap pass does not know (``made clear that``) is parsed with it."""
    spans = []
    position = start
    for cut in sentence_starts(text, start, end, apostrophe_quotes=False):
        spans.append((position, cut))
        position = cut
    if position < end:
        spans.append((position, end))
    return spans


def text_pieces(text: str, *, limit: int = MAX_PIECE) -> list[tuple[int, int]]:
    """``(start, end)`` pieces covering ``text``, each at most ``limit``
    characters, ending at the last paragraph break of its second half, else
    the last line break, sentence end or space (else at the limit)."""
    pieces = []
    start = 0
    while len(text) - start > limit:
        end = _piece_end(text, start + limit // 2, start + limit)
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def _piece_end(text: str, low: int, high: int) -> int:
    """The best place in ``text[low:high]`` to end a piece."""
    for separator in ("\n\n", "\n"):
        found = text.rfind(separator, low, high)
        if found != -1:
            return found + len(separator)
    sentence_end = None
    for match in SENTENCE_SPLIT_RE.finditer(text, low, high):
        sentence_end = match.end()
    if sentence_end is not None:
        return sentence_end
    space = text.rfind(" ", low, high)
    return space + 1 if space != -1 else high


def candidate_windows(
    text: str, spans: Iterable[QuotedSpan], *, limit: int = MAX_WINDOW
) -> list[tuple[int, int]]:
    """The parts of ``text`` worth parsing: per line, runs of sentences holding a
    quote (from its opening to its closing mark) or a cue word; other sentences
    are skipped. No part is longer than ``limit`` characters (see :func:`cut_windows`)."""
    extents = [(s.open_at, (s.close_at if s.close_at is not None else s.end) + 1) for s in spans]
    keep: list[tuple[int, int]] = []
    index = 0
    for line in _LINE_RE.finditer(text):
        start, end = line.span()
        if not line.group(0).strip():
            continue
        while index < len(extents) and extents[index][1] <= start:
            index += 1
        here = []
        for a, b in extents[index:]:
            if a >= end:
                break
            if b > start:
                here.append((a, b))
        keep.extend(_wanted_runs(text, start, end, here))
    return [
        window
        for start, end in keep
        if end > start
        for window in cut_windows(text, start, end, limit)
        if window[1] > window[0]
    ]


def _wanted_runs(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The runs of consecutive sentences of the line ``text[start:end]`` that hold
    one of the ``quoted`` extents, a cue word, or end the line with a colon."""
    cues = cue_finder()
    if not quoted and not cues.search(text, start, end) and not text[start:end].rstrip().endswith(":"):
        return []
    quoted = sorted(quoted)
    opens = [a for a, _ in quoted]
    reach: list[int] = []  # reach[i]: the furthest end among quoted[: i + 1]
    for _, b in quoted:
        reach.append(max(b, reach[-1]) if reach else b)
    runs: list[tuple[int, int]] = []
    run: tuple[int, int] | None = None
    for s_start, s_end in _sentences(text, start, end):
        last = bisect.bisect_left(opens, s_end) - 1  # extents opening before the sentence ends
        wanted = (
            (last >= 0 and reach[last] > s_start)
            or cues.search(text, s_start, s_end)
            or (s_end == end and text[s_start:s_end].rstrip().endswith(":"))
        )
        if wanted:
            run = (run[0], s_end) if run is not None else (s_start, s_end)
        elif run is not None:
            runs.append(_trim(text, *run))
            run = None
    if run is not None:
        runs.append(_trim(text, *run))
    return runs


def cut_windows(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut into windows of at most ``limit`` characters, at
    sentence ends when it can, else at the last space (else anywhere)."""
    if end - start <= limit:
        yield start, end
        return
    run_start = start
    run_end = start
    for s_start, s_end in _sentences(text, start, end):
        if s_end - run_start <= limit:
            run_end = s_end
            continue
        if run_end > run_start:
            yield _trim(text, run_start, run_end)
            run_start = s_start
        while s_end - run_start > limit:  # one sentence longer than a window
            cut = text.rfind(" ", run_start + limit // 2, run_start + limit)
            cut = cut + 1 if cut > run_start else run_start + limit
            yield _trim(text, run_start, cut)
            run_start = cut
        run_end = s_end
    if run_end > run_start:
        yield _trim(text, run_start, run_end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the blanks ending ``text[start:end]``."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
