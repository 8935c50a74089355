"""Whether capitals name a body and where its name ends (plain text): the
head word of an institution or a firm (``Vell Institute``, ``Oakhurst Homes``,
``Parry & Lowe``), a navy's fleet, names made of place words only, and the
capitalised run kept of an organization's name (``Hollins Library. Mayor Ann
Lee``: ``Hollins Library``)."""

from __future__ import annotations

from quotes.extract.given_names import given_name_gender
from quotes.extract.name_words import PLACE_ADJECTIVES, PLACE_WORDS
from quotes.extract.patterns import POSSESSIVE_END_RE
from quotes.extract.sentences import ends_sentence
from quotes.extract.speaker_words import COMPANY_HEADS, ORG_HEADS

#: Lower-case words inside an organization's name (``Bank of the North``).
ORG_CONNECTORS = frozenset({"of", "for", "and", "&", "on", "a", "the", "de"})


def has_org_head(name: str) -> bool:
    """True when ``name`` holds the head word of an institution (``Vell
    Institute``), or is a firm's: a company's last word after another
    (``Oakhurst Homes``), or partners joined by ``&`` (``Parry & Lowe``)."""
    words = [POSSESSIVE_END_RE.sub("", word.lower().strip(".,")) for word in name.split()]
    return any(word in ORG_HEADS for word in words) or (
        len(words) > 1 and (words[-1] in COMPANY_HEADS or "&" in words or _is_fleet(name.split()))
    )


def _is_fleet(words: list[str]) -> bool:
    """True for a navy's fleet (``Southern Fleet``), not a person surnamed
    Fleet (``Mary Fleet``): ``Fleet`` after a word that is no given name."""
    return words[-1] == "Fleet" and given_name_gender(words[-2]) is None


def is_place(name: str) -> bool:
    """True when ``name`` is made of place words only (``New York``, ``Texas``)."""
    return all(word in PLACE_WORDS or word in PLACE_ADJECTIVES for word in name.split())


def trim_org(org: str) -> str | None:
    """Keep the capitalised run of an organization name (stop at lower-case words
    other than connectors, at ``at``/``in`` + place, and at the end of a sentence:
    ``Hollins Library. Mayor Ann Lee`` is ``Hollins Library``)."""
    words = org.split()
    kept: list[str] = []
    for word in words:
        if word[:1].isupper() or word in ORG_CONNECTORS:
            if word in ("at", "in"):
                break
            if ends_sentence(word):
                kept.append(word.rstrip(".!?"))
                break
            kept.append(word)
        else:
            if kept:  # "Vell University’s law school": the university
                kept[-1] = POSSESSIVE_END_RE.sub("", kept[-1])
            break
    while kept and kept[-1] in ORG_CONNECTORS:
        kept.pop()
    if kept and kept[0] in ("the", "The"):
        kept.pop(0)
    name = " ".join(kept).rstrip(".,")
    if has_org_head(name):  # "Vell University’s": the university ("McDonald's" stays)
        name = POSSESSIVE_END_RE.sub("", name)
    return name or None
