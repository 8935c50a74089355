"""A source asking not to be named (``a union negotiator said, asking not to
be named``): the request is how the reporter got the words, not words of the
source's own; and someone brought in unnamed with such a request (``a
teacher, who asked not to be named,``), whom the next ``she said`` quotes.
Pure text."""

from __future__ import annotations

import re

from quotes.extract.speaker_words import GENDERED_NOUNS, PERSON_NOUNS
from quotes.records import Quote

#: Forms of the verbs a source asks for anonymity with.
_ASKING = frozenset("ask asks asked asking request requests requested requesting".split())
#: A name kept out of print (``name not be used``, ``name be withheld``).
_NAME_WITHHELD = r"name[ \xa0]+(?:not[ \xa0]+be[ \xa0]+(?:used|published)|be[ \xa0]+withheld)"
#: The words of a request for anonymity (``not to be named``, ``not to be identified because ...``).
_NOT_NAMED_RE = re.compile(
    r"not[ \xa0]+to[ \xa0]+be[ \xa0]+(?:named|identified|quoted[ \xa0]+by[ \xa0]+name)\b"
    r"|(?:that[ \xa0]+)?(?:his|her|their)[ \xa0]+(?:full[ \xa0]+)?"
    + _NAME_WITHHELD
    + r"\b"  # "asked that her name not be used", "asked that his name be withheld"
)


def asks_anonymity(quote: Quote) -> bool:
    """True for an indirect quote that is only a source's request not to be named."""
    return (
        quote.kind == "indirect"
        and (quote.cue or "").lower() in _ASKING
        and _NOT_NAMED_RE.match(quote.text) is not None
    )


#: The nouns of a person brought in unnamed, longest first.
_PERSON_NOUNS_RE = "|".join(sorted({*PERSON_NOUNS, *GENDERED_NOUNS}, key=len, reverse=True))
#: Someone brought in with ``a``/``an`` and up to three words before a person's
#: noun: group 1 the description up to the noun.
_BROUGHT_IN = r"\b[Aa]n?[ \xa0]+((?:[\w-]+[ \xa0]+){0,3}?(?:" + _PERSON_NOUNS_RE + r"))\b"
#: Someone brought in with ``a``/``an`` and a person's noun, then a request not
#: to be named (``a mathematics teacher at a school in Senga, who asked not to be
#: named``, ``a man unloading his car, who did not want to be named,``): group 1
#: the description up to the noun.
_UNNAMED_SOURCE_RE = re.compile(
    _BROUGHT_IN + r"[^.;\n“”\"]{0,120}?,[ \xa0]+who[ \xa0]+(?:"
    r"(?:asked|did[ \xa0]+not[ \xa0]+want|declined|requested|refused|preferred)[ \xa0]+(?:not[ \xa0]+)?"
    r"to[ \xa0]+be[ \xa0]+(?:named|identified)"
    r"|(?:declined|refused|did[ \xa0]+not[ \xa0]+want|would[ \xa0]+not|did[ \xa0]+not)[ \xa0]+(?:to[ \xa0]+)?give"
    r"[ \xa0]+(?:his|her|their)[ \xa0]+(?:(?:full|last)[ \xa0]+name|name|surname)"  # "who declined to give his name"
    r"|asked[ \xa0]+that[ \xa0]+(?:his|her|their)[ \xa0]+" + _NAME_WITHHELD + r")\b"
)


#: A sentence opening on ``She``/``He`` that asks not to be named (``She asked
#: not to be named because ...``), for the description of the sentence before.
_PRONOUN_ASKED_RE = re.compile(
    r"(?<=[.!?][ \xa0])(She|He)[ \xa0]+(?:asked|requested|did[ \xa0]+not[ \xa0]+want|declined)[ \xa0]+"
    r"(?:not[ \xa0]+)?to[ \xa0]+be[ \xa0]+(?:named|identified)\b"
)
#: :data:`_BROUGHT_IN` alone, for the description a request in the next sentence stands for.
_DESCRIBED_RE = re.compile(_BROUGHT_IN)


#: A name and its comma right before a description (``Ada Lund, |a nurse``).
_NAME_BEFORE_RE = re.compile(r"[A-Z][\w'’-]+,[ \xa0]+\Z")


def unnamed_source_between(
    text: str, low: int, high: int, pronoun: str | None = None
) -> tuple[int, str] | None:
    """Where and how the last person brought in unnamed with a request not to
    be named between ``low`` and ``high`` is described (``mathematics
    teacher``), also by the next sentence (``I asked a former call-centre
    worker what happened. She asked not to be named``: for a later
    ``pronoun`` of the request's gender), or None."""
    found = [(m.start(1), m.group(1)) for m in _UNNAMED_SOURCE_RE.finditer(text, low, high)]
    for asked in _PRONOUN_ASKED_RE.finditer(text, low, high):
        if pronoun is None or asked.group(1).lower() == pronoun.lower():
            found += _asking_description(text, max(low, text.rfind("\n", 0, asked.start())), asked.start())
    return max(found) if found else None


def _asking_description(text: str, opening: int, asked: int) -> list[tuple[int, str]]:
    """The last person the sentence before a request at ``asked`` brought in
    with ``a`` and a person's noun, where it starts and its words, or the
    description it is apposed to (``a former call-centre worker, a woman
    who ...``: the worker); no description apposed to a name (``Ada Lund, a
    nurse,``). Empty for none."""
    sentence = max(opening, text.rfind(". ", opening, asked - 2) + 1)
    described = [*_DESCRIBED_RE.finditer(text, sentence, asked)]
    while len(described) > 1 and not text[described[-2].end() : described[-1].start()].strip(" \xa0,"):
        described.pop()  # "a colleague, a hospital porter": the colleague
    last = described[-1] if described else None
    if last is None or _NAME_BEFORE_RE.search(text, max(0, last.start() - 40), last.start()):
        return []
    return [(last.start(1), last.group(1))]
