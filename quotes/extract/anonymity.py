"""A source asking not to be named (``a union negotiator said, asking not to
be named``): the request is how the reporter got the words, not words of the
source's own. Pure text, on quotes already found."""

from __future__ import annotations

import re

from quotes.records import Quote

#: Forms of the verbs a source asks for anonymity with.
_ASKING = frozenset("ask asks asked asking request requests requested requesting".split())
#: The words of a request for anonymity (``not to be named``, ``not to be identified because ...``).
_NOT_NAMED_RE = re.compile(
    r"not[ \xa0]+to[ \xa0]+be[ \xa0]+(?:named|identified|quoted[ \xa0]+by[ \xa0]+name)\b"
)


def asks_anonymity(quote: Quote) -> bool:
    """True for an indirect quote that is only a source's request not to be named."""
    return (
        quote.kind == "indirect"
        and (quote.cue or "").lower() in _ASKING
        and _NOT_NAMED_RE.match(quote.text) is not None
    )
