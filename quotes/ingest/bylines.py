"""Dates and bylines written in article text: ``By NAME Month D, YYYY``, a date
alone on its line, ``Published: ...``. Pure text functions, no IO."""

from __future__ import annotations

import re
from datetime import date

MAX_BYLINE_CHARS = 120

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = (
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTH}),?\s+(?P<year2>\d{{4}})"
    rf"|(?P<iso_year>\d{{4}})-(?P<iso_month>\d{{2}})-(?P<iso_day>\d{{2}})(?:[T ][\d:.]+(?:Z|[+-]\d{{2}}:?\d{{2}})?)?)"
)
_TIME = r"(?:\s*,?\s*(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
_DATE_RE = re.compile(_DATE, re.IGNORECASE)
_DATE_LINE = re.compile(
    rf"^(?:(?:Published|Updated|Posted|Last updated|Date)\s*(?:on)?\s*:?\s*)?(?:[A-Z][a-z]+day,?\s+)?{_DATE}{_TIME}\s*$",
    re.IGNORECASE,
)
_NAME_WORD = r"(?:[A-Z][\w'’.\-]*|de|van|von|der|da|al|bin|el|la|le)"
_NAME = rf"[A-Z][\w'’.\-]*(?:\s+{_NAME_WORD}){{0,4}}"
_BYLINE = re.compile(
    rf"^By:?\s+(?P<author>{_NAME}(?:\s*(?:,|and|&)\s*{_NAME}){{0,3}})"
    rf"(?:\s*(?:[,|·•–—-]|\bon\b)?\s*(?:[A-Z][a-z]+day,?\s+)?(?P<date>{_DATE}){_TIME})?\s*$"
)


def _date_parts(groups: dict[str, str | None]) -> tuple[int, int, int]:
    """``(year, month, day)`` from the groups of a ``_DATE`` match (KeyError on an unknown month)."""
    if groups["iso_year"]:
        return int(groups["iso_year"]), int(groups["iso_month"] or 0), int(groups["iso_day"] or 0)
    month_name = (groups["month"] or groups["month2"] or "").rstrip(".").lower()
    return (
        int(groups["year"] or groups["year2"] or 0),
        _MONTHS[month_name],
        int(groups["day"] or groups["day2"] or 0),
    )


def parse_date(value: str | None) -> str | None:
    """The ISO 8601 date (``YYYY-MM-DD``) written in ``value``, or None.

    Understands ``July 24, 2019``, ``Jul. 24 2019``, ``24 July 2019`` and ISO
    dates or timestamps (``2019-07-24``, ``2019-07-24T10:00:00Z``).

    >>> parse_date("By the way, on July 24, 2019")
    '2019-07-24'
    """
    if not value:
        return None
    match = _DATE_RE.search(value)
    if not match:
        return None
    try:
        year, month, day = _date_parts(match.groupdict())
        return date(year, month, day).isoformat()
    except (KeyError, ValueError):
        return None


def parse_byline(line: str) -> tuple[str | None, str | None] | None:
    """``(author, published)`` when ``line`` is a byline or dateline, else None.

    Recognised: ``By NAME Month D, YYYY``, ``By NAME``, ``By NAME | DATE``, and a
    date alone on its line (``Month D, YYYY``, ISO dates, ``Published: ...``).
    ``published`` is an ISO 8601 date.

    >>> parse_byline("By Jane Roe March 3, 2020")
    ('Jane Roe', '2020-03-03')
    """
    line = line.strip()
    if len(line) > MAX_BYLINE_CHARS:
        return None
    match = _BYLINE.match(line)
    if match:
        author = match.group("author").strip(" ,")
        return author, parse_date(match.group("date"))
    if _DATE_LINE.match(line):
        return None, parse_date(line)
    return None
