"""Telling site furniture from the story, line by line: footers and banners,
breadcrumbs, headings and crossheads; and the outlet a text names (a site
domain, or the publication its sources speak to). Pure text functions, no IO."""

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
