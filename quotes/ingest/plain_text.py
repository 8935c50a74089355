"""Analysing the text of an article: title, byline, date, outlet and the
boilerplate ranges around the story, found by general rules (no IO).

``Article.text`` stays the text as given, so quote offsets index it; what is not
part of the story is recorded as ``Article.boilerplate`` ranges instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from quotes.ingest.boilerplate import interview_outlet, is_furniture, is_heading, site_domain
from quotes.ingest.bylines import parse_byline
from quotes.records import Article

MAX_TITLE_CHARS = 250

_SPACE = re.compile(r"\s+")


class Line(NamedTuple):
    """A non-empty line: ``text[start:end]`` is ``stripped``; ``end`` excludes
    the line break and trailing spaces."""

    start: int
    end: int
    stripped: str


@dataclass
class Byline:
    """The byline and dateline lines near the top of a text."""

    author: str | None = None
    published: str | None = None
    first_line: int | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)


def _normal(line: str) -> str:
    """``line`` with its spaces collapsed and case folded, to find repeats of the title."""
    return _SPACE.sub(" ", line).strip().casefold()


def text_lines(text: str) -> list[Line]:
    """Every non-empty line of ``text`` with its offsets."""
    found = []
    position = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            start = position + len(body) - len(body.lstrip())
            found.append(Line(start=start, end=start + len(stripped), stripped=stripped))
        position += len(raw)
    return found


def top_zone(lines: list[Line]) -> list[Line]:
    """The lines before the first paragraph that reads as prose."""
    for index, line in enumerate(lines):
        if not (is_furniture(line.stripped) or is_heading(line.stripped) or parse_byline(line.stripped)):
            return lines[:index]
    return lines


def find_byline(top: list[Line]) -> Byline:
    """Author and published date from the byline and date lines of the top zone
    (the first of each that is given), with the spans of those lines."""
    byline = Byline()
    for index, line in enumerate(top):
        found = parse_byline(line.stripped)
        if found:
            byline.spans.append((line.start, line.end))
            if byline.first_line is None:
                byline.first_line = index
            byline.author = byline.author or found[0]
            byline.published = byline.published or found[1]
    return byline


def _heading_above(lines: list[Line], below: int) -> int | None:
    """The nearest heading line above line ``below`` that is not site furniture."""
    for index in range(below - 1, -1, -1):
        if is_heading(lines[index].stripped) and not is_furniture(lines[index].stripped):
            return index
    return None


def title_line(lines: list[Line], byline: Byline) -> int | None:
    """The index of the title line: the heading just above the byline, else the
    first line that is neither furniture nor a byline; None when that line is a
    long paragraph or the text's only line."""
    index = _heading_above(lines, byline.first_line) if byline.first_line is not None else None
    if index is None:
        index = next(
            (
                i
                for i, line in enumerate(lines)
                if not is_furniture(line.stripped) and not parse_byline(line.stripped)
            ),
            None,
        )
    # A text that is one paragraph, or starts with a long one, has no title line.
    if index is not None and (len(lines[index].stripped) > MAX_TITLE_CHARS or len(lines) == index + 1):
        return None
    return index


def boilerplate_lines(lines: list[Line], *, title_index: int | None, title: str | None) -> list[int]:
    """The indexes of the lines that are not story: the title line and lines
    repeating the title, furniture and heading-like lines anywhere."""
    title_key = _normal(title) if title else None
    return [
        index
        for index, line in enumerate(lines)
        if index == title_index
        or (title_key and _normal(line.stripped) == title_key)
        or is_furniture(line.stripped)
        or is_heading(line.stripped)
    ]


def _outlet(text: str, lines: list[Line], boilerplate: list[int], title_index: int | None) -> str | None:
    """A site domain named in a boilerplate line other than the title, else the
    publication the sources speak to."""
    for index in boilerplate:
        domain = site_domain(lines[index].stripped) if index != title_index else None
        if domain:
            return domain
    return interview_outlet(text)


def analyse_text(text: str, *, title: str | None = None, title_from_text: bool = True) -> Article:
    """An :class:`Article` for ``text`` with title, author, date, outlet and
    boilerplate ranges found by general rules (no IO):

    - title: the first non-empty line that is not site furniture, or, when a
      byline follows a few heading lines, the heading just above the byline;
      none when that line is a long paragraph or the text's only line;
      with ``title_from_text=False`` (HTML, JSON lines) ``title`` is given instead;
    - byline and dateline near the top (``By NAME Month D, YYYY``, ``By NAME``,
      a date alone) give author and published date;
    - boilerplate: the title line and lines repeating it, byline and date lines,
      footer and banner lines (see :func:`~quotes.ingest.boilerplate.is_footer_line`),
      breadcrumbs, and heading-like lines (see :func:`~quotes.ingest.boilerplate.is_heading`) anywhere;
    - outlet: a site domain named in a boilerplate line (``GlobalSecurity.org``),
      else the publication sources speak to (see :func:`~quotes.ingest.boilerplate.interview_outlet`).

    A NUL character becomes U+FFFD (the same length, so offsets hold): SQLite's
    ``length()`` stops at a NUL, which would break offset checks in SQL.
    """
    text = text.replace("\x00", "\ufffd")
    lines = text_lines(text)
    byline = find_byline(top_zone(lines))
    title_index = title_line(lines, byline) if title_from_text else None
    if title_index is not None:
        title = lines[title_index].stripped
    boilerplate = boilerplate_lines(lines, title_index=title_index, title=title)
    spans = byline.spans + [(lines[index].start, lines[index].end) for index in boilerplate]
    return Article(
        text=text,
        title=title,
        author=byline.author,
        published=byline.published,
        outlet=_outlet(text, lines, boilerplate, title_index),
        boilerplate=sorted(set(spans)),
    )


def parse_text(text: str, *, source: str | None = None) -> Article:
    """An :class:`Article` from the text of a plain-text article (see :func:`analyse_text`)."""
    article = analyse_text(text)
    article.source = source
    article.format = "text"
    return article
