"""Relatives sharing a surname (pure text): which of them ``the younger Lund``
or ``the elder Lund`` is, by the relation the article gave one of them
(``his grandson Per Lund``, ``Per Lund, her father,``) or their ages
(``Ivo Marsh, 81,``)."""

from __future__ import annotations

import re

#: Relatives younger than the person whose relative they are.
YOUNGER_KIN = frozenset(
    """son daughter grandson granddaughter nephew niece child grandchild stepson stepdaughter
    son-in-law daughter-in-law""".split()
)
#: Relatives older than the person whose relative they are.
ELDER_KIN = frozenset(
    """father mother grandfather grandmother uncle aunt parent stepfather stepmother
    father-in-law mother-in-law""".split()
)
#: A possessive description right before a name (``her husband, `` before ``Frank Fiorina``).
OWNED_BEFORE_RE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \xa0]+([a-z][\w-]*),?[ \xa0]+\Z")
#: A possessive description or an age in apposition right after a name
#: (``, her father,``, ``, 81,``).
_KIN_OR_AGE_AFTER_RE = re.compile(r",[ \xa0]+(?:(?:his|her|their)[ \xa0]+([a-z][\w-]*)|(\d{1,3}))\b")
#: A word of seniority right before a mention (``the younger| Lund``, ``the elder| Mr. Lund``).
SENIORITY_BEFORE_RE = re.compile(r"\b(younger|elder|older)[ \xa0]+\Z")
#: A mention that is a surname alone, after a courtesy title or none.
SURNAME_MENTION_RE = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \xa0]+)?([A-Z][\w'’-]+)")


def _seniority_of(text: str, start: int, end: int) -> str | int | None:
    """What the article says of the age of the name at ``[start, end)``:
    ``"younger"`` or ``"elder"`` for a relative named so (``his grandson Per
    Lund``), the age in apposition (``Ivo Marsh, 81,``), else None."""
    owned = OWNED_BEFORE_RE.search(text, max(0, start - 40), start)
    after = _KIN_OR_AGE_AFTER_RE.match(text, end)
    noun = owned.group(1) if owned else after.group(1) if after else None
    if noun in YOUNGER_KIN:
        return "younger"
    if noun in ELDER_KIN:
        return "elder"
    return int(after.group(2)) if after is not None and after.group(2) else None


def by_seniority(
    text: str, runs: list[tuple[int, int, str]], surname: str, younger: bool
) -> tuple[int, int, str] | None:
    """Of the names in ``runs`` (``(start, end, name)``, in reading order)
    ending with ``surname``, the younger or the elder: the one the article
    made the other's younger or elder relative, the one it did not when the
    other is the opposite, else by the ages it gave; None when it says nothing."""
    first: dict[str, tuple[int, int, str]] = {}
    said: dict[str, str | int] = {}
    for start, end, name in runs:
        if len(name.split()) < 2 or name.split()[-1] != surname:
            continue
        first.setdefault(name, (start, end, name))
        seniority = _seniority_of(text, start, end)
        if seniority is not None:
            said.setdefault(name, seniority)
    if len(first) < 2:
        return None
    wanted, other = ("younger", "elder") if younger else ("elder", "younger")
    named = [name for name in first if said.get(name) == wanted]
    if not named and any(said.get(name) == other for name in first):
        named = [name for name in first if name not in said][:1]
    ages = {name: age for name, age in said.items() if isinstance(age, int)}
    if not named and len(ages) >= 2:
        named = [(min if younger else max)(ages, key=ages.__getitem__)]
    return first[named[-1]] if named else None
