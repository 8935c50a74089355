"""A body's post written after the body's possessive, before the name of
who holds it (``Harrow's director of rugby, Dean Rowe,``): the words that may
stand there, as patterns. Part of :func:`quotes.extract.mentions.clause_subject_at`."""

from __future__ import annotations

from quotes.extract.speaker_words import PERSON_NOUNS
from quotes.extract.title_words import NAME_TRADES, TITLE_WORDS

#: Verbs that make the words before a comma a clause, not a description.
AUXILIARIES = (
    r"(?:will|would|is|was|were|are|be|been|has|have|had|can|could|may|might|must|should|did|does|do)"
)
#: Title words and person nouns, as alternatives of a pattern.
TITLES_AND_NOUNS = "|".join(sorted(w for w in TITLE_WORDS | PERSON_NOUNS if w.isalpha()))
#: Those and the trades that are titles only right before a name (``weaver K. Tharuvel``).
TITLES_TRADES_AND_NOUNS = "|".join(sorted(w for w in TITLE_WORDS | PERSON_NOUNS | NAME_TRADES if w.isalpha()))
#: Words that end the noun phrase of a post's ``of`` phrase: a verb's, a clause's or another phrase's.
_POST_PHRASE_BREAKS = (
    rf"(?:{AUXILIARIES}|with|without|after|before|to|and|but|or|who|whom|whose|which|that|as|while|when"
    r"|since|than|for|from|by|on|in|at|said|says)"
)
#: A word of the noun phrase of a post's ``of`` phrase (``rugby``, ``operations``): no
#: word of :data:`_POST_PHRASE_BREAKS`, nor one in ``-ed``, a verb's past.
_POST_PHRASE_WORD = rf"(?!{_POST_PHRASE_BREAKS}\b)[a-z][\w-]*(?<!ed)"
#: A body's post after its name's possessive: one word (``skipper``), or title
#: words and person nouns only, up to three (``head coach``, ``chief executive
#: officer``), maybe with an ``of`` phrase of up to three lower-case words and no
#: verb (``director of rugby``, ``head of rugby operations``); never a clause
#: (``Harrow's lead grew, with winger ...``).
OWNER_POST = (
    rf"(?:(?:{TITLES_AND_NOUNS})(?:[ \xa0]+(?:{TITLES_AND_NOUNS})){{0,2}}"
    rf"(?:[ \xa0]+of[ \xa0]+(?:{_POST_PHRASE_WORD}[ \xa0]+){{0,2}}{_POST_PHRASE_WORD})?"
    r"|[a-z][\w-]*)"
)
