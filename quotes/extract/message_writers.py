"""Who wrote a message, as patterns (quotes.extract.written_messages reads them):
``X wrote in a later email``, ``In a text message, X said``, ``X had
warned families about the plan in an email``."""

from __future__ import annotations

import re
from functools import cache

from quotes.extract.maker_patterns import (
    MAKER,
    MAKER_APPOSITIVE,
    MAKER_WORDS,
    RULING_NOUNS,
    STATEMENT_OPENING_GAP,
)

#: The verbs by which a writer says something in a message with nothing
#: between (``wrote in a later email``, ``said in a letter``).
_SAYING_IN_VERB = r"[ \xa0]+(?:wrote|said|added|warned|sent|posted)"
#: The verbs of writing, telling or warning whose short object may come before
#: ``in`` the message (``had warned families about the plan in an email``,
#: ``told passengers in a letter``); not ``said``, whose object is a clause.
_TELLING_VERB = (
    r"[ \xa0]+(?:(?:had|has|have)[ \xa0]+)?"
    r"(?:wrote|warned|told|informed|urged|reminded|assured|alerted|thanked|asked)"
)
#: Verbs of saying that no writer's words nor such an object hold (``Per
#: Lund said managers in an email had blamed ...``: the managers wrote).
_SAYING_WORDS = "said says say told tells claimed stated added announced insisted argued"
#: Words no such object holds: a clause's opening or its verb, or a verb of saying.
_NOT_OBJECT = r"(?!(?:that|which|who|whom|and|but|had|has|have|was|were|is|are|wrote|written|" + (
    _SAYING_WORDS.replace(" ", "|") + r")\b)"
)
#: An object of a few words between such a verb and ``in a letter``, with no
#: clause of its own (``warned families about the plan``).
_OBJECT_BEFORE_IN = r"(?:[ \xa0]+" + _NOT_OBJECT + r"[\w’'-]+){1,6}?(?=[ \xa0]+in[ \xa0])"
#: Words no writer's name holds: a verb of saying or an auxiliary (``Ada
#: Rensk, |had warned``: no writer ``had``).
_NOT_MAKER = r"(?!(?:had|has|have|was|were|is|are|" + _SAYING_WORDS.replace(" ", "|") + r")\b)"
#: The writer before such a verb: words at the start of a clause, none of those.
_TELLING_MAKER = MAKER.replace(MAKER_WORDS, "") + (
    r"(?P<maker>" + _NOT_MAKER + r"[\w][\w’'.-]*(?:[ \xa0]+" + _NOT_MAKER + r"[\w’'.-]+){0,6}?)"
)


@cache
def telling_writer_re(noun: str) -> re.Pattern[str]:
    """``X had warned families about the plan in an email``, ``X told
    passengers in a letter``: the subject of a verb of writing, telling or
    warning, its short object, then ``in`` a ``noun``; not ``X said managers
    in an email had ...``, where the managers wrote."""
    return re.compile(
        _TELLING_MAKER
        + MAKER_APPOSITIVE
        + _TELLING_VERB
        + _OBJECT_BEFORE_IN
        + r"[ \xa0]+in[ \xa0]+(?:a|an|the|his|her|its|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}"
        + re.escape(noun)
        + r"\b"
    )


#: An adverb between a writer and the verb (``Kobb allegedly wrote``).
_WRITER_ADVERB = r"(?:[ \xa0]+(?:allegedly|reportedly|apparently|also|later|then))?"
#: When a message was sent, set off by commas after it (``In one message,
#: dated March 3, 2022,``): a participle, its words and maybe a year.
_MESSAGE_DATED = r"(?:,[ \xa0]+(?:dated|sent|written|posted)\b[^,;.\n“”\"]{1,40}(?:,[ \xa0]+\d{4})?)?"


@cache
def message_writer_res(noun: str) -> tuple[re.Pattern[str], ...]:
    """``X wrote in a later email``, ``X sent a letter``, ``In a text
    message, X said``, ``In one message, dated May 2, X allegedly wrote``: who wrote the ``noun`` (a ruling's after ``in`` only); not a post held
    (``In his post as minister, Roe said``)."""
    written_in = (
        r"(?:a|an|the|his|her|its|their|one)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}"
        + re.escape(noun)
        + r"\b(?![ \xa0]+as\b)"
    )
    return (
        re.compile(
            MAKER
            + MAKER_APPOSITIVE
            + _WRITER_ADVERB
            + _SAYING_IN_VERB
            + r"[ \xa0]+(?:in[ \xa0]+)"
            + ("" if noun in RULING_NOUNS else "?")
            + written_in
        ),
        re.compile(
            r"(?:(?<=^)|(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0])|(?<=\n))In[ \xa0]+"
            + written_in
            + _MESSAGE_DATED
            + STATEMENT_OPENING_GAP
            + r",[ \xa0]+"
            + MAKER_WORDS
            + MAKER_APPOSITIVE
            + _WRITER_ADVERB
            + r"[ \xa0]+(?:said|says|wrote|writes|added|warned)\b"
        ),
    )
