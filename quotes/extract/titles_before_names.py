"""The title just before a person's name (pure text): the title words, the
words of an office and what completes it (``Harbour Secretary of State``
before ``Ansel Kobb``, ``chief financial officer``, ``Coast guard spokesman``),
stopping at another person's name in a run (``Actor Rhys Calloway and singer
Mina Torres``), and the office rather than an honorific or a rank written
after it (``Superintendent Dr.``, ``Army spokesman Lt.``). :func:`is_title`
tells a title word."""

from __future__ import annotations

import re

from quotes.extract.name_words import NOT_NAME_START, PLACE_ADJECTIVES
from quotes.extract.patterns import ABBREVIATED_WORD_RE
from quotes.extract.post_words import ROLE_QUALIFIERS
from quotes.extract.role_words import extends_role, field_of_a_post, names_a_person
from quotes.extract.speaker_words import QUESTION_AUXILIARIES
from quotes.extract.title_words import (
    ABBREVIATED_TITLES,
    DROPPED_TITLES,
    HONORIFIC_TITLES,
    JUDICIAL_RANKS,
    MALAY_FIRST_HONORIFICS,
    MALAY_SECOND_HONORIFICS,
    QUALIFIERS_THAT_ARE_POSTS,
    RANKS_OF_ADDRESS,
    TITLE_WORDS,
    WORD_RANKS,
)

#: Auxiliaries that open a question in a headline (``Did Senator Orla Brandt cut ...?``), no part of a title.
_QUESTION_OPENERS = QUESTION_AUXILIARIES


def is_title(word: str) -> bool:
    """True for a title word (``Sen.``, ``secretary``), with or without its full stop."""
    lower = word.lower()
    if "-" in lower.strip("-"):
        lower = lower.split("-")[0]  # President-elect, vice-chairman
    return lower in TITLE_WORDS or lower.rstrip(".") in TITLE_WORDS or lower + "." in TITLE_WORDS


def _name_before(tokens: list[str], index: int) -> bool:
    """True when the token before ``tokens[index]`` is a capitalised word that is no title (a name)."""
    if index == 0:
        return False
    word = tokens[index - 1]
    return word[:1].isupper() and not is_title(word) and word not in NOT_NAME_START


def _another_person_before(tokens: list[str], index: int, after: str) -> bool:
    """True when ``tokens[index]`` (``and``) ends another person's name in a
    title run: a name before it and a lower-case role after it (``Rhys Calloway
    and singer``), or a full name before it (``Mayor Ina Moss and Harbour``)."""
    if not _name_before(tokens, index):
        return False
    return after[:1].islower() or _name_before(tokens, index - 1)


def title_before(text: str, start: int) -> str | None:
    """The title words just before a name at ``start`` (``Harbour Secretary of State``
    before ``Ansel Kobb``), or None."""
    low = max(0, start - 80)
    window = text[max(low, text.rfind("\n", low, start) + 1) : start]  # within its line
    tokens = re.findall(r"\S+", window)
    if not window.endswith((" ", "\u00a0")):
        return None
    kept: list[str] = []
    modifiers = 0
    for k, token in enumerate(reversed(tokens)):
        bare = token.lower().strip(",")
        if token.endswith(
            (",", ".", "\u201d", '"', ";", ":", "!", "?")
        ) and not ABBREVIATED_WORD_RE.fullmatch(token):
            break
        if bare == "the" and k + 1 < len(tokens) and tokens[-k - 2].lower() not in ("of", "for"):
            break  # "Vatican spokesman the Rev.": the title is "Rev."; "Secretary of the Navy" goes on
        if bare == "and" and _another_person_before(tokens, len(tokens) - k - 1, kept[-1] if kept else "X"):
            break  # "Actor Rhys Calloway and singer Mina Torres", "Mayor Ina Moss and (Minister) Ansel Kobb"
        if (
            is_title(bare)  # "secretary-general", "director-general" too
            or token[:1].isupper()
            or bare in ("of", "the", "for", "and")
            or bare.startswith("then-")
            or bare.startswith("former")
            or ((k == 0 or kept[-1].rstrip(".") in DROPPED_TITLES) and names_a_person(bare))
            or (not kept and field_of_a_post(tokens, len(tokens) - k - 1))
        ):
            kept.append(token)
            continue
        if kept and extends_role(bare, kept[-1], modifiers):
            kept.append(token)  # "chief financial officer", "county emergency manager", "union president"
            modifiers += 1
            continue
        break
    while kept and kept[-1].lower() in ("of", "the", "for", "and"):
        kept.pop()
    # drop leading sentence-initial words that are not part of the title
    kept.reverse()
    while kept and (
        kept[0] in ("The", "A", "An", "In", "On", "But", "And", "When", "After")
        or kept[0] in _QUESTION_OPENERS
        or (
            kept[0] in NOT_NAME_START
            and kept[0] not in PLACE_ADJECTIVES
            and not is_title(kept[0])
            and kept[0] != "Former"  # "Former mayor Jon Ekdahl": no mayor now
        )
    ):
        kept.pop(0)
    kept = _without_rank_after_office(_without_honorific_after_office(kept))
    if not kept or (
        not any(is_title(k) or k in WORD_RANKS for k in kept) and not names_a_person(kept[-1].lower())
    ):
        return None
    # a title ends with a title word or its complement (of State); a leading name-like
    # word that is a place adjective stays (North Korean leader)
    return " ".join(kept)


def _without_honorific_after_office(kept: list[str]) -> list[str]:
    """``Superintendent Dr.``, ``Council leader Cllr``, ``anti-graft chief Tan Sri``
    before a name: the office is the role, not the honorific after it."""
    if len(kept) > 1 and kept[-1].rstrip(".") in HONORIFIC_TITLES:
        return kept[:-1]
    if len(kept) > 2 and kept[-1] in MALAY_SECOND_HONORIFICS and kept[-2] in MALAY_FIRST_HONORIFICS:
        return kept[:-2]
    return kept


def _without_rank_after_office(kept: list[str]) -> list[str]:
    """``Coast guard spokesman Lt.`` before ``Jonas Berg``: the office in words
    is the role, not the rank after it, abbreviated or written in full."""
    end = len(kept)
    while end > 1 and kept[end - 1].rstrip(".") in ABBREVIATED_TITLES:
        end -= 1
    office = kept[end - 1] if end else ""
    if end < len(kept) and office[:1].islower() and office not in ROLE_QUALIFIERS:
        return kept[:end]
    while end > 1 and kept[end - 1] in RANKS_OF_ADDRESS:
        end -= 1  # "Committee chairman Senator", "Army spokesman Major General"
    office = kept[end - 1] if end else ""
    if end < len(kept) and office in QUALIFIERS_THAT_ARE_POSTS and kept[end] not in JUDICIAL_RANKS:
        return kept[:end]  # "Army chief General": the rank is the person's
    if office in ROLE_QUALIFIERS:
        return kept  # "Vell's chief Justice", "the acting Judge": the qualifier is the rank's
    return kept[:end] if end < len(kept) and office[:1].islower() and names_a_person(office) else kept
