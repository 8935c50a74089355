"""Speaker mentions as text: what kind of speaker a mention names (person,
organization, anonymous, group), the title before a name and the role and
affiliation in an appositive after it, and the runs of capitalised words that
can be people's names.

The extractor finds a *mention* of the speaker next to a cue (``Kobb``,
``he``, ``the spokesman``, ``Japan's defense ministry``); these functions read
it, and :class:`quotes.extract.registry.SpeakerRegistry` turns it into a name.
They take text and return plain values with offsets; nothing raises on odd input.
"""

from __future__ import annotations

import re

from quotes.extract.lexicon import (
    AFFILIATION_WORDS,
    ANONYMOUS_MARKERS,
    DETERMINERS,
    GROUP_NOUNS,
    NOT_NAME_START,
    NOT_SPEAKERS,
    ORG_HEADS,
    ORG_PHRASES,
    PERSON_NOUNS,
    PLACE_ADJECTIVES,
    PLACE_HEADS,
    PLACE_WORDS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    SOURCE_NOUNS,
    TIME_WORDS,
    TITLE_WORDS,
    speech_forms,
)
from quotes.extract.patterns import ABBREVIATED_WORD_RE, APPOSITIVE_RE, NAME_RE, ORG_RE


def speaks_after(text: str, end: int) -> bool:
    """True when a reporting verb follows the word ending at ``end`` (``Venn said``,
    ``Kobb also told``)."""
    match = re.match(r"[ \xa0]+(?:\w+ly[ \xa0]+|also[ \xa0]+|then[ \xa0]+)?([a-z]+)\b", text[end : end + 40])
    return match is not None and match.group(1) in speech_forms()


#: What may stand before the subject of a sentence: an opening word, an
#: introductory phrase (a preposition, conjunction or participle up to a
#: comma), title words (``But as it turned out, Harbour Director Ansel Kobb``).
_SUBJECT_LEAD_RE = re.compile(
    r"(?:(?:But|And|So|Yet|Still|Now|Then|Meanwhile|However|Also|Later|Earlier|Instead)\b,?\s+)?"
    r"(?:[A-Z][\w’'-]*[’']s[ \xa0]+[a-z][\w-]*,[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,3})?"
    r"(?:(?:As|In|On|At|After|Before|When|While|Since|Although|Though|If|Despite|For|With|Without"
    r"|By|Over|During|Last|Once|Until|Like|Unlike|Under|Through|From|Following|Amid|Within"
    r"|[A-Z][a-z]+(?:ing|ed|ly))\b[^,.;:!?\n“”\"]{0,150},\s+)?"
    r"(?:(?:[A-Z][\w.’'-]*|of|the)\s+){0,5}"
)
#: Where a sentence ends, with the end of a quotation that ends one.
_SENTENCE_ENDS = (". ", "? ", "! ", "\n", '." ', ".” ", '?" ', "?” ", '!" ', "!” ", "— ", "– ")


#: A word ending a sentence (``Library.``), not an initial or abbreviation (``U.S.``, ``Inc.``).
_ENDS_SENTENCE_RE = re.compile(r"^(?!(?:Inc|Co|Ltd|Corp|Jr|Sr|St|Bros|Mt)\.$).*[^A-Z.][.!?]$")
#: The institution a unit belongs to: `` at the Vell Institute``.
_INSTITUTION_RE = re.compile(r"\s+at\s+(?:the\s+)?([A-Z][^,;()\"“”]{1,100})")


def opens_sentence(text: str, start: int) -> bool:
    """True when the name at ``start`` stands where a sentence's subject does:
    first in its sentence but for an opening word, an introductory phrase or
    title words."""
    low = max(0, start - 300)
    sentence = max(
        (at + len(end) for end in _SENTENCE_ENDS if (at := text.rfind(end, low, start)) >= 0), default=low
    )
    return _SUBJECT_LEAD_RE.fullmatch(text[sentence:start].lstrip()) is not None


def inside_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` does not open its sentence (where a
    capital says nothing: ``Someone called it ...``)."""
    before = text[max(0, start - 3) : start].rstrip(" \xa0\t")
    return bool(before) and before[-1] not in ".!?\n\"”“'’:;" and not before.endswith("—")


def strip_determiner(text: str) -> str:
    """``the spokesman`` -> ``spokesman``; names are returned unchanged."""
    for det in DETERMINERS:
        if text.startswith(det):
            return text[len(det) :]
    return text


def head_word(mention: str) -> str:
    """The last word of a mention, lower-cased, without possessive (``ministry``)."""
    words = re.findall(r"[\w.'’-]+", mention)
    if not words:
        return ""
    word = words[-1].lower()
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


def speaker_kind(mention: str) -> str:
    """Classify a speaker mention: ``person``, ``organization``, ``anonymous``
    or ``group`` (from its words: the pipeline's NER is off for speed)."""
    text = mention.strip()
    lower = text.lower()
    head = head_word(text)
    if lower in PRONOUNS_PERSON:
        return "person"
    if lower in PRONOUNS_GROUP:
        return "group"
    if lower.endswith(ORG_PHRASES):
        return "organization"  # its coast guard
    if head in GROUP_NOUNS:
        return "group"
    if head not in PERSON_NOUNS and (_is_body(text) or head in ORG_HEADS or head in SOURCE_NOUNS):
        return "organization"
    if head in PERSON_NOUNS and (
        lower.startswith((*ANONYMOUS_MARKERS, "the ", "this ", "that ")) or not _has_name(text)
    ):
        return "anonymous"
    return "person"


def _is_body(text: str) -> bool:
    """True when a capitalised mention names a place, outlet or institution
    (``Seoul``, ``North Korea's``, ``CNN``, ``the White House``)."""
    words = [
        w.removesuffix("’s").removesuffix("'s").strip(".,") for w in re.findall(r"[A-Z][\w.'’&-]*", text)
    ]
    if not words:
        return False
    if any(w in PLACE_WORDS for w in words):
        return True
    if "White House" in text or "State Department" in text:
        return True
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper()  # FBI, KCNA


def _has_name(text: str) -> bool:
    """True when the mention holds a capitalised word that is not a title or place adjective."""
    for word in re.findall(r"[A-Z][\w'’.-]*", text):
        if word.lower().rstrip(".") in TITLE_WORDS or word in NOT_NAME_START:
            continue
        return True
    return False


def is_title(word: str) -> bool:
    """True for a title word (``Sen.``, ``secretary``), with or without its full stop."""
    lower = word.lower()
    if "-" in lower.strip("-"):
        lower = lower.split("-")[0]  # President-elect, vice-chairman
    return lower in TITLE_WORDS or lower.rstrip(".") in TITLE_WORDS or lower + "." in TITLE_WORDS


def title_before(text: str, start: int) -> str | None:
    """The title words just before a name at ``start`` (``Harbour Secretary of State``
    before ``Ansel Kobb``), or None."""
    window = text[max(0, start - 80) : start]
    tokens = re.findall(r"\S+", window)
    if not window.endswith((" ", "\u00a0")):
        return None
    kept: list[str] = []
    for k, token in enumerate(reversed(tokens)):
        bare = token.lower().strip(",")
        if token.endswith(
            (",", ".", "\u201d", '"', ";", ":", "!", "?")
        ) and not ABBREVIATED_WORD_RE.fullmatch(token):
            break
        if bare == "the" and k + 1 < len(tokens) and tokens[-k - 2].lower() not in ("of", "for"):
            break  # "Vatican spokesman the Rev.": the title is "Rev."; "Secretary of the Navy" goes on
        if (
            bare in TITLE_WORDS
            or token[:1].isupper()
            or bare in ("of", "the", "for", "and")
            or bare.startswith("then-")
            or bare.startswith("former")
        ):
            kept.append(token)
            continue
        break
    while kept and kept[-1].lower() in ("of", "the", "for", "and"):
        kept.pop()
    # drop leading sentence-initial words that are not part of the title
    kept.reverse()
    while kept and (
        kept[0] in ("The", "A", "An", "In", "On", "But", "And", "When", "After", "Former")
        or (kept[0] in NOT_NAME_START and kept[0] not in PLACE_ADJECTIVES and not is_title(kept[0]))
    ):
        kept.pop(0)
    if not kept or not any(is_title(k) for k in kept):
        return None
    # a title ends with a title word or its complement (of State); a leading name-like
    # word that is a place adjective stays (North Korean leader)
    return " ".join(kept)


def appositive_after(text: str, end: int) -> tuple[str | None, str | None]:
    """Role and affiliation from an appositive following a name ending at ``end``:
    ``, acting president of the Brennmoor Institute for Policy Studies think tank`` ->
    ``("acting president", "Brennmoor Institute for Policy Studies")``."""
    window = text[end : end + 240]
    match = APPOSITIVE_RE.match(window)
    if not match:
        return None, None
    role = match.group("role").strip()
    org = match.group("org")
    if not role or role.split()[0].lower() in ("said", "says", "told", "who", "which", "that", "and", "but"):
        return None, None
    if len(role.split()) > 8:
        return None, None
    affiliation = None
    if org:
        org_match = ORG_RE.match(org.strip())
        if org_match:
            affiliation = _trim_org(org_match.group(1))
            within = _INSTITUTION_RE.match(org.strip(), org_match.end())
            if affiliation and within is not None and _trim_org(within.group(1)):
                # "head of the Centre for X at the Vell Institute": the unit stays in the role
                role = f"{role} {match.group('prep')} {org.strip()[: org_match.end()].strip()}"
                affiliation = _trim_org(within.group(1))
    if not affiliation:
        # "a professor in The Fletcher School at Tufts University" style with the org in the role
        inner = re.search(r"\s+(?:at|of|with|for|in)\s+(?:the\s+)?([A-Z].*)$", role)
        if inner:
            affiliation = _trim_org(inner.group(1))
            role = role[: inner.start()].strip()
    if not role[:1].islower() and not any(w.lower().rstrip(".") in TITLE_WORDS for w in role.split()):
        # "Ansel Kobb, Eastmarch University" is an affiliation, not a role
        if role[:1].isupper():
            return None, _trim_org(role)
        return None, None
    return role or None, affiliation


def _trim_org(org: str) -> str | None:
    """Keep the capitalised run of an organization name (stop at lower-case words
    other than connectors, at ``at``/``in`` + place, and at the end of a sentence:
    ``Hollins Library. Mayor Ann Lee`` is ``Hollins Library``)."""
    words = org.split()
    kept: list[str] = []
    for word in words:
        if word[:1].isupper() or word in ("of", "for", "and", "&", "on", "a", "the", "de"):
            if word in ("at", "in"):
                break
            if _ENDS_SENTENCE_RE.search(word):
                kept.append(word.rstrip(".!?"))
                break
            kept.append(word)
        else:
            break
    while kept and kept[-1] in ("of", "for", "and", "&", "on", "a", "the", "de"):
        kept.pop()
    if kept and kept[0] in ("the", "The"):
        kept.pop(0)
    name = " ".join(kept).rstrip(".,")
    return name or None


def name_candidates(text: str) -> list[tuple[int, int, str]]:
    """Runs of two or more capitalised words that could be people's names, with
    offsets: a cheap regex pass over the whole article (the pipeline's NER is off)."""
    found = []
    for match in NAME_RE.finditer(text):
        words = match.group(0).split()
        article = bool(words) and words[0] in ("The", "A", "An")
        while words and words[0] in NOT_NAME_START:
            words = words[1:]
        if article and not any(w.lower().rstrip(".") in TITLE_WORDS for w in words):
            continue  # "The Harbour Wit", "A Long Walk": a title or a body, not a person
        if words and words[-1].lower() in PLACE_HEADS:
            continue  # "Kell Park", "Gull Street"
        if words and text.startswith(".", match.end()) and words[-1].lower() + "." in TITLE_WORDS:
            continue  # "Harbour Gov." before a name: the run is its title
        titles = [i for i, w in enumerate(words) if w.lower().rstrip(".") in TITLE_WORDS]
        if titles:
            words = words[titles[-1] + 1 :]  # Deputy Harbour Minister Ansel Kobb -> Ansel Kobb
        # Harbour Board Ranking Democrat Mara Venn -> Mara Venn (a place,
        # body or party word before the last two words; "Denzel Washington" stays)
        bodies = [
            i
            for i, w in enumerate(words[:-2])
            if w in PLACE_WORDS or w in AFFILIATION_WORDS or w.lower() in ORG_HEADS
        ]
        if bodies:
            words = words[bodies[-1] + 1 :]
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = match.end() - len(name)
        found.append((start, match.end(), name))
    return found


def names_someone(words: str) -> bool:
    """True when a run of capitalised words can be a name (not ``On Saturday``,
    ``In December``, ``Watch Video``)."""
    split = words.split()
    return (
        bool(split)
        and split[0] not in NOT_SPEAKERS
        and split[0] not in NOT_NAME_START
        and not any(w.lower() in TIME_WORDS for w in split)
    )
