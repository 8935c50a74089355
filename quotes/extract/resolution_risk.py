"""How likely a quote's speaker is to have been resolved to the wrong person,
from the quote, the article's text and its other quotes (pure text, no parse):
the inputs of the confidence model (:mod:`quotes.extract.confidence`) that
PolNeAR cannot teach, since it does not judge who a pronoun or a description
stands for.

:func:`article_context` reads what the article as a whole tells once (its
paragraphs, its quotes in order, the gender of each person speaking);
:func:`risk_features` gives each quote's features from it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from quotes.extract.antecedents import without_generation
from quotes.extract.gender import name_gender
from quotes.extract.given_names import given_name_gender
from quotes.extract.named_first import whole_word_in
from quotes.extract.patterns import COURTESY_TITLE_RE
from quotes.extract.title_words import COURTESY_TITLES
from quotes.records import Quote

#: The gender each subject pronoun of a speaker mention stands for.
PRONOUN_GENDERS = {"he": "m", "she": "f"}
#: Two capitalised words, the first a given name: a person named in passing.
_PERSON_NAME_RE = re.compile(r"\b([A-Z][a-z]+)[ \xa0]+(?:[A-Z]\.[ \xa0]+)?([A-Z][\w’'-]+)")
#: A word of a name, to find a name's last word in a paragraph.
_NAME_WORD_RE = re.compile(r"[\w’'-]+")
#: Paragraph breaks (news text puts one paragraph per line).
_BREAK_RE = re.compile(r"\n")


@dataclass(frozen=True)
class ArticleContext:
    """What the whole article tells the features of one of its quotes."""

    text: str
    paragraph_starts: list[int]
    quotes: list[Quote]
    genders: dict[str, str]
    speakers: int


def article_context(quotes: list[Quote], text: str) -> ArticleContext:
    """The paragraphs of ``text``, its ``quotes`` in order of position and the
    gender the article gives each person speaking in them."""
    starts = [0] + [found.end() for found in _BREAK_RE.finditer(text)]
    people = sorted({q.speaker for q in quotes if q.speaker and q.speaker_kind == "person"})
    genders = {name: gender for name in people if (gender := name_gender(text, name, people)) is not None}
    named = {q.speaker.lower() for q in quotes if q.speaker}
    ordered = sorted(quotes, key=lambda q: q.start)
    return ArticleContext(text, starts, ordered, genders, len(named))


def risk_features(quote: Quote, context: ArticleContext) -> dict[str, float]:
    """The features of ``quote`` that tell how risky its speaker's resolution is."""
    found: dict[str, float] = {}
    reach = _reach(quote, context)
    last = _last_word(quote.speaker)
    if last is not None and quote.speaker_kind == "person" and not whole_word_in(last, reach):
        found["name_not_in_reach"] = 1.0
    pronoun = _pronoun(quote, context.text)
    if pronoun is not None and _rivals(quote, context, reach, PRONOUN_GENDERS[pronoun]):
        found["pronoun_rival"] = 1.0
    if _speaker_changed(quote, context):
        found["speaker_changed"] = 1.0
    if quote.cue is None and _opens_paragraph(quote, context):
        found["opens_no_cue"] = 1.0
    found["speakers"] = min(context.speakers, 12) / 12
    return found


def _opens_paragraph(quote: Quote, context: ArticleContext) -> bool:
    """True when nothing but a quotation mark stands before the quote in its paragraph."""
    index = bisect.bisect_right(context.paragraph_starts, quote.start) - 1
    before = context.text[context.paragraph_starts[index] : quote.start]
    return not before.strip(" \xa0\"“‘'")


def _reach(quote: Quote, context: ArticleContext) -> str:
    """The text of the quote's paragraph and the one before it."""
    index = bisect.bisect_right(context.paragraph_starts, quote.start) - 1
    low = context.paragraph_starts[max(0, index - 1)]
    while index > 1 and not context.text[low : context.paragraph_starts[index]].strip():
        index -= 1
        low = context.paragraph_starts[index - 1]
    high = context.text.find("\n", quote.end)
    return context.text[low : high if high >= 0 else len(context.text)]


def _last_word(name: str | None) -> str | None:
    """The last capitalised word of ``name`` (a surname), if it has one; not
    the generation closing it (``Ansel Marr III``: ``Marr``)."""
    words = [w for w in _NAME_WORD_RE.findall(without_generation(name or "")) if w[:1].isupper()]
    return words[-1] if words else None


def _pronoun(quote: Quote, text: str) -> str | None:
    """``he`` or ``she`` when the speaker mention is that pronoun."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    mention = text[quote.speaker_start : quote.speaker_end].strip().lower()
    return mention if mention in PRONOUN_GENDERS else None


def _rivals(quote: Quote, context: ArticleContext, reach: str, gender: str) -> bool:
    """True when someone else than the speaker, of the pronoun's ``gender``,
    is named in ``reach``: a speaker of the article or a given name and a surname."""
    own = _last_word(quote.speaker)
    for name, other in context.genders.items():
        last = _last_word(name)
        if other == gender and last is not None and last != own and whole_word_in(last, reach):
            return True
    for found in _PERSON_NAME_RE.finditer(reach):
        if found.group(2) != own and given_name_gender(found.group(1)) == gender:
            return True
    for found in COURTESY_TITLE_RE.finditer(reach):
        titled = _NAME_WORD_RE.match(reach, found.end())
        if COURTESY_TITLES[found.group(1)] == gender and titled is not None and titled.group() != own:
            return True
    return False


def _speaker_changed(quote: Quote, context: ArticleContext) -> bool:
    """True when the quote before this one, in its paragraph or the one before,
    has another speaker."""
    index = next((i for i, q in enumerate(context.quotes) if q is quote), None)
    if not index:
        return False
    before = context.quotes[index - 1]
    if before.speaker is None or quote.speaker is None:
        return False
    paragraph = bisect.bisect_right(context.paragraph_starts, quote.start)
    previous = bisect.bisect_right(context.paragraph_starts, before.start)
    return paragraph - previous <= 2 and before.speaker != quote.speaker
