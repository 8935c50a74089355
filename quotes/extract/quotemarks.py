"""Finding quoted spans by their quotation marks (pure text, no NLP).

:func:`find_quoted` scans a text for double quotation marks (straight ``"``,
curly ``“ ”``, low ``„`` and guillemets ``« »``) and returns the spans between
them. It follows news conventions and recovers from bad input:

- a quote running over several paragraphs has an opening mark at each new
  paragraph and no closing mark until the last one: the paragraphs are joined
  into one span;
- single quotes nested inside a double quote belong to it;
- an opening mark with no closing mark in its paragraph is dropped (with a
  guess when the paragraph looks like speech), and a stray mark never swallows
  the rest of the article;
- a top-level quote in curly single marks (``‘...’``, headline style) is found
  too, telling apostrophes apart from closing marks.

Whether a quoted span is speech or a scare quote/title is decided later, with
the sentence around it (:mod:`quotes.extract.direct`). :class:`SpanIndex` answers
"is this character quoted" for the finders in ``O(log n)``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from quotes.extract.direct_quote_words import AUXILIARY_VERBS
from quotes.extract.echoes import quoted_again_below, said_again_in
from quotes.extract.lexicon import INSTRUCTED_PARTICIPLES
from quotes.extract.speaker_words import PRONOUNS
from quotes.extract.straight_singles import inner_quotes, possessive_quotes
from quotes.extract.title_shapes import TITLE_SMALL_WORDS

OPENING = "“„«‟"
CLOSING = "”»"
STRAIGHT = '"＂'
DOUBLE_MARKS = OPENING + CLOSING + STRAIGHT
#: Two apostrophes stand for a double mark in some archives (''like this''),
#: two closing single marks for a closing double mark in wire copy (“like this’’).
_MARK_RE = re.compile(f"''|’’|[{re.escape(DOUBLE_MARKS)}]")
_DOUBLE_MARK_RE = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")
#: What can open a quotation: an opening or straight double mark, or ``''``.
OPENERS = (*OPENING, *STRAIGHT, "''")
#: Curly (typographic) and straight marks are paired within their own family, so
#: a straight-quoted block holding curly quotes nests instead of crossing.
_CURLY_RE = re.compile(f"’’|[{re.escape(OPENING + CLOSING)}]")
_STRAIGHT_RE = re.compile(f"''|[{re.escape(STRAIGHT)}]")
_PARAGRAPH_RE = re.compile(r"\n")
#: A quote in curly single marks: an apostrophe inside a word (``We’re``) does
#: not close it, and a paragraph reopening with a mark goes on with it (British
#: wire copy's multi-paragraph quotes).
_SINGLE_RE = re.compile(r"‘((?:[^‘’\n]|’(?=\w)|\n\s*‘){1,2000}?)’(?![\w])")
#: The same in straight single marks (Australian and Indian copy): the opening
#: mark after a blank or a bracket, an apostrophe inside a word (``it's``) going
#: on, and a closing mark after punctuation or before it (``'a breach of
#: trust'.``), so that ``rock 'n' roll`` or ``the workers' union`` is no quote.
_STRAIGHT_SINGLE_RE = re.compile(
    r"(?<![^\s(\[—–])'(?=\S)"  # opening
    r"((?:[^'\n]|(?<=\w)'(?=\w)|\n\s*'){1,2000}?)"  # the words, apostrophes in words, paragraphs reopened
    r"(?:(?<=[.,!?…])'|'(?=[.,;:!?)]|[ \t]*(?:\n|\Z)))(?!\w)"  # closing
)
#: A new paragraph of a quote in single marks, and a headline: one or two
#: first lines with a blank line after them.
_REOPENED_RE, _HEADLINE_RE = re.compile(r"\n\s*['‘]"), re.compile(r"\s*[^\n]+\n(?:[^\n]+\n)?[ \t]*\n")

#: A headline with :data:`_SENTENCE_CASE_WORDS` words in lower case but the
#: small words of a title is in sentence case.
_SENTENCE_CASE_WORDS = 2
#: The end of a headline's words before a quote closing it that name no one
#: who says it: a passive of telling (``residents told to 'stay home'``), a
#: thing displaying words (``mural on harbour wall reading 'home'``), or a
#: verb of saying whose clause has lost its verb (``says rival plan 'a
#: joke'``: the noun after the verb is what the quote describes).
_HEADLINE_NO_SPEAKER_RE = re.compile(
    r"\b(?:(?:" + "|".join(sorted(INSTRUCTED_PARTICIPLES)) + r")(?:[ \t]+to)?|reading|that[ \t]+reads?)\Z"
    r"|\b(?:says|said)[ \t]+(?P<clause>(?:[\w'’-]+[ \t]+){0,2}[\w'’-]+)\Z",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class QuotedSpan:
    """A span of text between quotation marks.

    ``start``/``end`` delimit the quoted words (marks excluded);
    ``open_at``/``close_at`` are the offsets of the opening and closing marks
    (``close_at`` is None when the quote was left open). ``paragraphs`` counts the
    paragraphs the quote runs over; ``confidence`` is lower for recovered spans.
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    paragraphs: int = 1
    confidence: float = 1.0


def holds_mark(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds a double quotation mark (one
    character: two apostrophes do not count)."""
    return _DOUBLE_MARK_RE.search(text, start, end) is not None


def mark_width(text: str, i: int) -> int:
    """The length of the mark at ``i`` (2 for ``''`` and ``’’``)."""
    return 2 if text.startswith(("''", "’’"), i) else 1


def _role(text: str, i: int) -> str:
    """Whether the mark at ``i`` opens, closes, or could do either ("?")."""
    char = text[i]
    if char in OPENING:
        return "open"
    if text.startswith("’’", i):
        return "close"
    if char in CLOSING:
        # sloppy text: a closing mark opening a paragraph before a word opens
        j = i  # only blanks between the line start and the mark (no rfind over a long line)
        while j > 0 and text[j - 1] != "\n" and text[j - 1].isspace():
            j -= 1
        if (j == 0 or text[j - 1] == "\n") and i + 1 < len(text) and text[i + 1].isalnum():
            return "open"
        return "close"
    width = mark_width(text, i)
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    opens = before.isspace() or before in "([{—–-/:;" or i == 0
    closes = after.isspace() or after in ".,;:!?)]}—–-…'’" or i + width == len(text)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if before.isalnum() or before in ".,!?…":
        return "close"
    if after.isalnum():
        return "open"
    return "?"


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` (paragraphs in news text)."""
    breaks = list(_PARAGRAPH_RE.finditer(text))
    starts = [0] + [match.end() for match in breaks]
    ends = [match.start() for match in breaks] + [len(text)]
    return list(zip(starts, ends))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past surrounding spaces and a trailing comma."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _paragraph_quotes(
    text: str, p_start: int, p_end: int, mark_re: re.Pattern[str] = _MARK_RE
) -> Iterator[tuple[int, int | None]]:
    """Pairs of marks within one paragraph, plus a trailing open mark if any.

    Yields ``(open_at, close_at)`` and at most one final ``(open_at, None)``
    for a quote left open at the paragraph end.
    """
    marks = [m.start() for m in mark_re.finditer(text, p_start, p_end)]
    open_at = None
    for i in marks:
        role = _role(text, i)
        if open_at is None:
            if role == "close":
                continue  # stray closing mark: ignore it
            if not any(ch.isalnum() for ch in text[i + mark_width(text, i) : p_end]):
                continue  # an opening mark with no words after it
            open_at = i
            continue
        between = text[open_at + mark_width(text, open_at) : i].rstrip()
        if not between.strip():
            open_at = None if role == "close" else i
            continue
        if role == "open" and text[i - 1].isspace() and not between.endswith((".", "!", "?", ",", "…")):
            other = _other_close(text, open_at, i, mark_re)
            if other is not None:
                yield (open_at, other)  # closed by a mark of the other family
            open_at = i  # else the first opening mark was stray
            continue
        closing = _first_other_close(text, open_at + 1, i, mark_re) if role == "open" else None
        if closing is not None:  # "It is late,” she said. "We go: mixed marks, two quotes
            yield (open_at, closing)
            open_at = i
            continue
        yield from _split_mixed(text, open_at, i, mark_re)
        open_at = None
    if open_at is not None:
        close_at = _other_close(text, open_at, p_end, mark_re)
        if close_at is not None:
            yield (open_at, close_at)
        else:
            yield (open_at, None)


def _other_family(mark_re: re.Pattern[str]) -> re.Pattern[str] | None:
    """The marks of the other family (curly for straight, straight for curly)."""
    return _STRAIGHT_RE if mark_re is _CURLY_RE else _CURLY_RE if mark_re is _STRAIGHT_RE else None


def _first_other_close(text: str, start: int, end: int, mark_re: re.Pattern[str]) -> int | None:
    """The first closing mark of the other family in ``text[start:end]``, or None."""
    other = _other_family(mark_re)
    if other is None:
        return None
    return next(
        (m.start() for m in other.finditer(text, start, end) if _role(text, m.start()) == "close"), None
    )


def _split_mixed(text: str, open_at: int, close_at: int, mark_re: re.Pattern[str]) -> list[tuple[int, int]]:
    """A pair of marks holding a mark of the other family that closes, then one
    that opens, is two quotes in mixed marks (“It is late," she said. "We go.”):
    the pairs ``(open, close)`` to keep."""
    other = _STRAIGHT_RE if mark_re is _CURLY_RE else _CURLY_RE if mark_re is _STRAIGHT_RE else None
    if other is None:
        return [(open_at, close_at)]
    marks = [(m.start(), _role(text, m.start())) for m in other.finditer(text, open_at + 1, close_at)]
    pairs = []
    start = open_at
    k = 0
    while k + 1 < len(marks):
        (c_at, c_role), (o_at, o_role) = marks[k], marks[k + 1]
        if c_role == "close" and o_role == "open" and start is not None and text[start + 1 : c_at].strip():
            pairs.append((start, c_at))
            start = o_at
            k += 2
            continue
        if c_role == "open":
            break  # a quote nested in the other family's marks: one quote
        k += 1
    if not pairs:
        return [(open_at, close_at)]
    pairs.append((start, close_at))
    return pairs


def _other_close(text: str, open_at: int, p_end: int, mark_re: re.Pattern[str]) -> int | None:
    """For a quote left open in its paragraph: a closing mark of the other family
    that ends it (sloppy text: “...," she said). Marks of the other family that
    open and close a nested quote on the way are skipped."""
    other = _STRAIGHT_RE if mark_re is _CURLY_RE else _CURLY_RE if mark_re is _STRAIGHT_RE else None
    if other is None:
        return None
    depth = 0
    for match in other.finditer(text, open_at + 1, p_end):
        role = _role(text, match.start())
        if role == "open":
            depth += 1
        elif depth:
            depth -= 1
        elif role == "close" and text[open_at + 1 : match.start()].strip():
            return match.start()
    return None


def find_quoted(text: str) -> list[QuotedSpan]:
    """All spans of ``text`` between double quotation marks (and top-level curly
    single marks), in order. Quotes nested in another quote belong to it and are
    not listed. Never raises; offsets always index ``text``."""
    if not text:
        return []
    paragraphs = _paragraphs(text)
    spans = _find(text, paragraphs, _CURLY_RE) + _find(text, paragraphs, _STRAIGHT_RE)
    spans = _outermost(spans)
    # a double quote inside a single one is a quote within a quote (British style)
    spans = _outermost([*spans, *_single_quoted(text, spans)])
    spans = [s for s in spans if s.end > s.start]
    spans.sort(key=lambda s: s.start)
    return spans


def _extent(span: QuotedSpan) -> tuple[int, int]:
    """From the opening mark to the closing one (or the end of an open quote)."""
    return span.open_at, (span.close_at + 1 if span.close_at is not None else span.end)


def _outermost(spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """Drop spans nested in (or crossing) an earlier, longer span."""
    kept: list[QuotedSpan] = []
    reach = -1  # the furthest end of a kept span: spans are visited by start
    for span in sorted(spans, key=lambda s: (s.open_at, -(_extent(s)[1]))):
        start, end = _extent(span)
        if start < reach:
            continue
        kept.append(span)
        reach = max(reach, end)
    return kept


def _find(text: str, paragraphs: list[tuple[int, int]], mark_re: re.Pattern[str]) -> list[QuotedSpan]:
    """Quoted spans delimited by the marks ``mark_re`` matches."""
    spans: list[QuotedSpan] = []
    pending: tuple[int, int] | None = None  # (open_at, paragraph count) of a quote left open
    for index, (p_start, p_end) in enumerate(paragraphs):
        if p_start == p_end or not text[p_start:p_end].strip():
            continue
        events = list(_paragraph_quotes(text, p_start, p_end, mark_re))
        first_mark = _first_mark(text, p_start, p_end, mark_re)
        if pending is not None:
            open_at, count = pending
            continues = first_mark is not None and _role(text, first_mark) != "close"
            if continues and events and events[0][0] == first_mark:
                # the quote goes on in this paragraph: the first event starts
                # with the continuation mark
                close_at = events[0][1]
                if close_at is not None:
                    spans.append(_span(text, open_at, close_at, count + 1, 0.9))
                    pending = None
                    events = events[1:]
                else:
                    pending = (open_at, count + 1)
                    continue
            else:
                spans.extend(_unclosed(text, open_at, paragraphs, index))
                pending = None
        for open_at, close_at in events:
            if close_at is not None:
                spans.append(_span(text, open_at, close_at, 1, 1.0))
            else:
                pending = (open_at, 1)
    if pending is not None:
        spans.extend(_unclosed(text, pending[0], paragraphs, len(paragraphs)))
    return spans


def _first_mark(text: str, p_start: int, p_end: int, mark_re: re.Pattern[str] = _MARK_RE) -> int | None:
    """The offset of a mark opening the paragraph (after leading spaces), or None."""
    i = p_start
    while i < p_end and text[i].isspace():
        i += 1
    if i < p_end and mark_re.match(text, i):
        return i
    return None


def _span(text: str, open_at: int, close_at: int, paragraphs: int, confidence: float) -> QuotedSpan:
    """The quoted words between the marks at ``open_at`` and ``close_at``."""
    start, end = _strip(text, open_at + mark_width(text, open_at), close_at)
    return QuotedSpan(
        start=start, end=end, open_at=open_at, close_at=close_at, paragraphs=paragraphs, confidence=confidence
    )


def _unclosed(
    text: str, open_at: int, paragraphs: list[tuple[int, int]], next_index: int
) -> list[QuotedSpan]:
    """A quote left open: keep the words up to the end of the last paragraph it
    ran over when they look like speech (a few words ending a sentence)."""
    p_end = paragraphs[next_index - 1][1] if next_index > 0 else len(text)
    start, end = _strip(text, open_at + mark_width(text, open_at), p_end)
    words = text[start:end].split()
    if len(words) >= 4 and text[start:end].rstrip().endswith((".", "!", "?", "…")):
        return [
            QuotedSpan(start=start, end=end, open_at=open_at, close_at=None, paragraphs=1, confidence=0.5)
        ]
    return []


def _single_quoted(text: str, doubles: list[QuotedSpan]) -> list[QuotedSpan]:
    """Top-level quotes in curly or straight single marks, outside any double quote."""
    found = []
    singles = list(_SINGLE_RE.finditer(text))
    if "'" in text:
        singles.extend(_straight_singles(text, doubles, singles))
    for match in singles:
        start, end = match.start(1), match.end(1)
        if text[match.start()] == "'" and _alone_on_line(text, match.start(), match.end()):
            continue  # a subhead or headline in single marks ('Pretty cool working there.')
        if any(_inside_or_across(match.start(), match.end(), d) for d in doubles):
            continue
        before = text[match.start() - 1] if match.start() > 0 else " "
        if before.isalnum():
            continue
        start, end = _strip(text, start, end)
        found.append(
            QuotedSpan(
                start=start,
                end=end,
                open_at=match.start(),
                close_at=match.end() - 1,
                paragraphs=1 + len(_REOPENED_RE.findall(text, start, end)),
                confidence=0.8,
            )
        )
    return found


def _straight_singles(
    text: str, doubles: list[QuotedSpan], curly: list[re.Match[str]]
) -> list[re.Match[str]]:
    """Quotes in straight single marks: in the body, closing at punctuation, and,
    in an article quoting in single marks (more quotes of the body in single
    marks, ``curly`` or straight, outside double quotes than in double ones:
    US desks put single marks only in headlines and inside double quotes),
    closing inside their sentence
    (:func:`~quotes.extract.straight_singles.inner_quotes`) or holding a
    plural possessive; and a quote closing a headline
    (:func:`_closes_headline`)."""
    headline = _HEADLINE_RE.match(text)
    body_start = headline.end() if headline else 0
    found = list(_STRAIGHT_SINGLE_RE.finditer(text, body_start))
    inner = inner_quotes(text, body_start)
    in_body = [m for m in curly if m.start() >= body_start]
    if _count_outside(found + inner + in_body, doubles) > sum(d.open_at >= body_start for d in doubles):
        found += inner + possessive_quotes(text, body_start)
    found.extend(
        m
        for m in _STRAIGHT_SINGLE_RE.finditer(text, 0, body_start)
        if _closes_headline(text, m) or _opens_headline(text, m)
    )
    return found


def _count_outside(matches: list[re.Match[str]], doubles: list[QuotedSpan]) -> int:
    """How many of ``matches`` stand outside every double quote (a quote in
    single marks nested in a double one is US style, not a single-mark desk's)."""
    return sum(not any(_inside_or_across(m.start(), m.end(), d) for d in doubles) for m in matches)


def _closes_headline(text: str, match: re.Match[str]) -> bool:
    """True for a quote in straight single marks closing the first line of a
    headline in sentence case, after words of it that introduce it (``Mayor
    unveils plan; rival calls it 'a wish list'``), where US desks put any quote
    in single marks; not one opening the line or after its colon (``Venn: 'We
    will win.'``: the headline's label gives it), nor one in a headline in title
    case (``Obama Says Museum Will Tell of 'Suffering and Delight.'``), where
    words in capitals look alike, unless a quotation in marks in the body
    says its words again as its speaker's own and no label opens the line (``Harbour nurses 'treated as
    spare parts'``)."""
    line_end = text.find("\n")
    line = text[: len(text) if line_end < 0 else line_end]
    lead = line[: match.start()].rstrip()
    lower_words = [
        w for w in re.findall(r"\b[a-z][\w-]*", line[: match.start()]) if w not in TITLE_SMALL_WORDS
    ]
    return (
        match.end() <= len(line)
        and not line[match.end() :].strip(" \t.,;:!?")
        and bool(lead)
        and not lead.endswith((":", ";", "—", "–", "-"))
        and (
            len(lower_words) >= _SENTENCE_CASE_WORDS
            or (":" not in lead and quoted_again_below(match.group(1), text[len(line) :]))
        )
    )


def _opens_headline(text: str, match: re.Match[str]) -> bool:
    """True for a quote in straight single marks opening the first line of a
    headline, a colon and the headline's words after it, that the story
    says again below as someone's own words (``'It came over the ridge like
    a train': Valley counts the cost`` over ``'It came over the ridge like a
    train,' Mr Kane said``): British and Australian desks head a story with
    what someone in it says; not a title in title case the body gives as a
    title (``'Harbour Lights': The Final Season``), nor words the story never
    says again, whose speaker it does not tell."""
    line_end = text.find("\n")
    line = text[: len(text) if line_end < 0 else line_end]
    return (
        not text[: match.start()].strip()
        and re.match(r":[ \t]+\S", line[match.end() :]) is not None
        and said_again_in(match.group(1), text[len(line) :])
    )


def closes_headline_naming_no_speaker(text: str, span: QuotedSpan) -> bool:
    """True for a quote in straight single marks on a headline's first line
    (:func:`_closes_headline`) whose words before it name no one who says it
    (:data:`_HEADLINE_NO_SPEAKER_RE`: ``residents told to 'stay home'``):
    nobody's quote, though its marks stay a quote's, so that its words are
    read as no paraphrase's either. A clause after ``says`` keeping a verb or
    a pronoun is left (``says plan will 'fail'``, ``says he 'will win'``)."""
    if text[span.open_at] != "'" or _HEADLINE_RE.match(text) is None or "\n" in text[: span.open_at]:
        return False
    found = _HEADLINE_NO_SPEAKER_RE.search(text[: span.open_at].rstrip())
    if found is None:
        return False
    clause = found.group("clause")
    return clause is None or not {w.lower() for w in clause.split()} & (AUXILIARY_VERBS | PRONOUNS)


def _inside_or_across(start: int, end: int, double: QuotedSpan) -> bool:
    """True when the single-quoted ``[start, end)`` lies inside the quote
    ``double`` or crosses it (``how ‘bout ... “... residents’ routines”``: the
    mark was an elision)."""
    d_start, d_end = _extent(double)
    inside = d_start <= start and end <= d_end
    return inside or (start < d_end and d_start < end and not (start <= d_start and d_end <= end))


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is all its line holds (but blanks)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (
        not text[line_start:start].strip() and not text[end : len(text) if line_end < 0 else line_end].strip()
    )


class IntervalIndex:
    """Closed intervals ``[start, end]``, given in order of ``start``, with the
    furthest end reached so far: "does an interval hold ``x``" costs
    ``O(log n)`` plus the intervals around ``x``, not a scan of all of them
    (which made long texts quadratic)."""

    def __init__(self, intervals: Iterable[tuple[int, int]] = ()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.reach: list[int] = []  # reach[i]: the furthest end among the first i + 1 intervals
        for start, end in intervals:
            self.starts.append(start)
            self.ends.append(end)
            self.reach.append(max(end, self.reach[-1]) if self.reach else end)

    def covers(self, x: int) -> bool:
        """True when an interval holds ``x``."""
        i = bisect.bisect_right(self.starts, x) - 1
        while i >= 0 and self.reach[i] >= x:
            if self.ends[i] >= x:
                return True
            i -= 1
        return False

    def first_from(self, x: int) -> int:
        """Index of the first interval starting at or after ``x``."""
        return bisect.bisect_left(self.starts, x)


class SpanIndex(list):
    """The quoted spans of an article in order of their opening marks, with the
    :class:`IntervalIndex` of their extents from opening to closing mark
    (``marks``; an unclosed span reaches its end): "is this character inside a
    quotation" and "the next or previous quote" cost ``O(log n)``."""

    def __init__(self, spans: Iterable[QuotedSpan] = ()):
        super().__init__(sorted(spans, key=lambda s: s.open_at))
        self.marks = IntervalIndex((s.open_at, s.close_at if s.close_at is not None else s.end) for s in self)

    def covers(self, absolute: int) -> bool:
        """True when ``absolute`` lies between a span's opening and closing marks (inclusive)."""
        return self.marks.covers(absolute)

    def opening_from(self, start: int) -> int:
        """Index of the first span whose opening mark is at or after ``start``."""
        return self.marks.first_from(start)
