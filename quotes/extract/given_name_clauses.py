"""Clauses in which someone gives all the name a reporter may print (``A man,
who gave his name only as Dawit,``, ``a porter who asked to be identified
only as Musa``): the name given stands for the person described."""

from __future__ import annotations

import re

from quotes.extract.patterns import NAME_WORDS

#: Verbs with which someone gives all the name a reporter may print (``who
#: gave``, ``who identified himself``, ``who asked to be identified``).
GIVING_NAME_VERBS = (
    "gave",
    "give",
    "identified",
    r"(?:asked|wished|wanted|preferred)[ \xa0]+to[ \xa0]+be[ \xa0]+(?:identified|named|called|known)",
)
#: ``who gave`` (or ``identified``, ``would only give``) opening the clause in
#: which someone gives their name.
WHO_GAVE = r"who[ \xa0]+(?:(?:would|did)[ \xa0]+)?(?:only[ \xa0]+)?(?:" + "|".join(GIVING_NAME_VERBS) + r")"
#: What stands between the giving verb and the name given (``| his name only
#: as |``, ``| only her first name, |``, ``| only the name |``, ``| only by her
#: first name, |``, ``| only as |``; a bare ``as`` only after ``only`` or
#: ``to be identified``, not ``a voter who identified as| Republican``).
_GIVEN_NAME_LEAD = (
    r"(?:[ \xa0]+only)?(?:[ \xa0]+by)?(?:"
    r"[ \xa0]+(?:his|her|their|himself|herself|themselves)"
    r"(?:[ \xa0]+(?:first|given|last)[ \xa0]+name|[ \xa0]+name)?(?:[ \xa0]+only)?(?:[ \xa0]+as|,)"
    r"|[ \xa0]+the[ \xa0]+(?:(?:first|given)[ \xa0]+)?name(?:[ \xa0]+only)?(?:[ \xa0]+as|,)?"
    r"|(?:(?<=only)|(?<=identified)(?<!who[ \xa0]identified)|(?<=named)|(?<=called)|(?<=known))[ \xa0]+as"
    r")[ \xa0]+"
)
#: Words that open a phrase placing a described person (``A conductor| at the
#: stage, who gave ...``).
_PLACING_WORDS = "at in on from outside near inside behind by with".split()
#: The name someone gave as all they would give (``A man| sitting beside her, who
#: gave his name only as Dawit``, ``A conductor| at the stage, who gave his name
#: only as Kevo``, ``a farmer| who identified himself only as Ravi``, ``One
#: woman|, who would give only her first name, Selam``, ``a porter| who asked
#: to be identified only as Musa``): a given name alone, as such sources are.
_GIVEN_NAME_CLAUSE = WHO_GAVE + _GIVEN_NAME_LEAD + r"(" + NAME_WORDS + r")\b"
GAVE_NAME_RE = re.compile(
    r"(?:[ \xa0]+(?:[a-z]+ing|"
    + "|".join(_PLACING_WORDS)
    + r")\b[^,.;:\n“”\"]{0,40})?,?[ \xa0]+"
    + _GIVEN_NAME_CLAUSE
)
#: The same clause further on in the description's sentence, past an
#: apposition (``Another traveler, a retired teacher from Milwaukee who gave
#: only her first name, Bernadette,``, ``one supporter near the exit, an
#: engineer who gave his name only as Prakash``).
GAVE_NAME_LATER_RE = re.compile(r"[^.!?;\n“”\"]{0,120}?\b" + _GIVEN_NAME_CLAUSE)
