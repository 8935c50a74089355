"""A name opening a relative clause of place or time (``..., where Ola Vance
spent three months``): that clause's subject, when the sentence's own subject
is no name. Part of :func:`quotes.extract.mentions.clause_subject_at`."""

from __future__ import annotations

import re
from collections.abc import Callable

from quotes.extract.name_words import NOT_NAME_START

#: The words opening a relative clause of place or time after a comma, before its subject.
_WHERE_LEAD_RE = re.compile(r",[ \xa0]+(?:where|when)[ \xa0]+\Z")
#: How far back (characters) the ``where`` of a clause is looked for before a name.
_LEAD_REACH = 40
#: How far back (characters) the start of the name's sentence is looked for.
_SENTENCE_REACH = 300
#: A sentence's end before the one a name is in.
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’']?[ \xa0]+|\n")
#: A capitalised word (a name's first word, maybe).
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w’'-]*")


def where_clause_subject(text: str, start: int, opens: Callable[[str, int], bool]) -> bool:
    """True when the name at ``start`` opens a relative clause of place or time after
    a comma (``The works began in Ghana, where Ola Vance spent ...``) and no name
    before it stands where its sentence's subject does (``opens``: ``Rubio is in
    Florida, where Trump leads`` keeps Rubio the subject, not Trump)."""
    lead = _WHERE_LEAD_RE.search(text, max(0, start - _LEAD_REACH), start)
    if lead is None:
        return False
    low = max(0, lead.start() - _SENTENCE_REACH)
    sentence = max((end.end() for end in _SENTENCE_END_RE.finditer(text, low, lead.start())), default=low)
    return not any(
        word.group() not in NOT_NAME_START and opens(text, word.start())
        for word in _CAPITALISED_RE.finditer(text, sentence, lead.start())
    )
