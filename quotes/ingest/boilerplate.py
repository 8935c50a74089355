"""Telling site furniture from the story, line by line: footers and banners,
breadcrumbs, headings and crossheads; the outlet a text names (a site domain,
the publication its sources speak to, the holder of a copyright notice, the
name a page title ends with); and whether a headline is the one a page's
metadata names. Pure text functions, no IO."""

from __future__ import annotations

import re

MAX_HEADING_CHARS = 100
MAX_HEADING_WORDS = 14
MAX_FOOTER_CHARS = 120

_FOOTER_PATTERNS = re.compile(
    r"leave a (?:reply|comment)|your email address will not be published|required fields are marked"
    r"|mailing list|newsletter|subscribe|sign up|sign in|log in\b|cookie|all rights reserved"
    r"|copyright|©|\bdonat(?:e|ion)\b|advertisement|skip to (?:main )?content|recent features"
    r"|related (?:articles|stories|posts|content)|read more|most (?:popular|read)|follow us"
    r"|share (?:this|on)|click here|^(?:share|print|email|tweet|comments?|menu|home|search|advertisement)$",
    re.IGNORECASE,
)
_BREADCRUMB = re.compile(r"\S\s*(?:\||›|»|>|/)\s*\S.*(?:\||›|»|>|/)")
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_DOMAIN = re.compile(
    r"\b([A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:org|com|net|info|news|co\.uk|com\.au))\b"
)
# A quotation then its attribution ("“Never,” said Ann Lee"): a paragraph of the
# story even without its full stop, never a heading.
_QUOTE_PARAGRAPH = re.compile(r"^[\"“«„].*[,!?][\"”»]\s+\S")
_SPEECH = re.compile(
    r"[\"“”«»„]|\b(?:said|says|say|told|tells|according to|added|stated|announced)\b", re.IGNORECASE
)
_TOLD = re.compile(r"\btold ((?:The(?: [A-Z][\w&'’.-]*){1,4})|[A-Z]{2,6})(?=[\s,.;:!?“”\"]|$)")


def interview_outlet(text: str) -> str | None:
    """The publication sources speak to in ``text``: a name after "told" that is
    a ``The ...`` name or an acronym and comes at least twice ("told The
    Example Times", "told VBC"). None when there is no such name."""
    counts: dict[str, int] = {}
    for match in _TOLD.finditer(text):
        name = match.group(1).rstrip(".")
        counts[name] = counts.get(name, 0) + 1
    found = [(count, name) for name, count in counts.items() if count >= 2]
    return max(found)[1] if found else None


def site_domain(line: str) -> str | None:
    """The first site domain named in ``line`` (``GlobalSecurity.org``), or None."""
    domain = _DOMAIN.search(line)
    return domain.group(1) if domain else None


def is_footer_line(line: str) -> bool:
    """True for a short line of site furniture: banners, share/subscribe/cookie
    lines, comment forms, mailing-list invitations, copyright lines. A line with
    quotation marks or a speech verb (``said``, ``according to``) is story, not
    furniture, whatever words it uses."""
    line = line.strip()
    return (
        0 < len(line) <= MAX_FOOTER_CHARS and bool(_FOOTER_PATTERNS.search(line)) and not _SPEECH.search(line)
    )


def is_breadcrumb(line: str) -> bool:
    """True for a navigation trail such as ``News | World | Asia``."""
    line = line.strip()
    return (
        len(line) <= MAX_FOOTER_CHARS
        and bool(_BREADCRUMB.search(line))
        and not _SENTENCE_END.search(line)
        and not _SPEECH.search(line)
    )


def is_furniture(line: str) -> bool:
    """True for a footer or banner line or a breadcrumb trail."""
    return is_footer_line(line) or is_breadcrumb(line)


def is_heading(line: str) -> bool:
    """True for a short line with no sentence-ending punctuation: a title, a
    section label or a crosshead, not a paragraph of the story. A line ending
    with a comma or dash, or with an unclosed quotation, continues a sentence;
    a quotation followed by its attribution is a paragraph."""
    line = line.strip()
    return (
        0 < len(line) <= MAX_HEADING_CHARS
        and len(line.split()) <= MAX_HEADING_WORDS
        and not _SENTENCE_END.search(line)
        and not line.endswith((",", "-", "–", "—"))
        and line.count('"') % 2 == 0
        and line.count("“") == line.count("”")
        and not _QUOTE_PARAGRAPH.match(line)
    )


_TITLE_SEPARATOR = re.compile(r"\s+[|\u2013\u2014\u00b7:-]\s+|\s+-\s*$")
_COPYRIGHT = re.compile(
    r"(?:\u00a9|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{2,4})?\s*)?"
    r"((?:[A-Z][\w&'\u2019.-]*\s+){0,5}[A-Z][\w&'\u2019-]*)\.?,?\s+all rights reserved",
    re.IGNORECASE,
)
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'\u2019]{2,}")
_COMMON_WORDS = frozenset(
    "the and for with from that this its his her their are was were has have after over into about "
    "new says said will".split()
)
MIN_SHARED_WORDS = 2


def title_parts(page_title: str) -> list[str]:
    """A page ``<title>`` split at its separators: ``Headline | Section | Outlet``
    gives ``["Headline", "Section", "Outlet"]``."""
    return [part.strip() for part in _TITLE_SEPARATOR.split(page_title) if part and part.strip()]


def is_domain(name: str) -> bool:
    """True for a name that is a web domain (``cbc.ca``, ``Smithsonian.com``), not a publication's name."""
    return bool(re.fullmatch(r"[\w-]+(\.[\w-]+)+", name.strip()))


def outlet_name(site_name: str) -> str:
    """A site name without the slogan after its separator:
    ``The Tico Times | Costa Rica News | Travel`` gives ``The Tico Times``."""
    return title_parts(site_name)[0] if title_parts(site_name) else site_name.strip()


def copyright_holder(text: str) -> str | None:
    """Who holds the copyright a page's text states (``\u00a9 2019 The Associated
    Press. All rights reserved.`` gives ``The Associated Press``), or None."""
    match = _COPYRIGHT.search(text)
    return match.group(1).strip() if match else None


def _headline_words(text: str) -> set[str]:
    words = {word.casefold().replace("\u2019", "'") for word in _HEADLINE_WORD.findall(text)}
    return words - _COMMON_WORDS


def shares_headline_words(headline: str, title: str) -> bool:
    """True when ``headline`` and ``title`` name the same story: they share at
    least two significant words (all of them for a shorter headline)."""
    words = _headline_words(headline)
    shared = words & _headline_words(title)
    return bool(words) and len(shared) >= min(MIN_SHARED_WORDS, len(words))
