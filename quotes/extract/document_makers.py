"""Who made the document a speaker mention names, where the article brought
the document in (pure text): ``the letter read`` after ``a letter she said
her son, Devin Marsh, had written``; ``The July report, signed by inspector
Ana Kwan, described``; ``the post read`` after ``the mayor posted an
appeal``; ``The letter warned`` after ``In a letter to the board, Dr Obi
asked``; ``the response said`` after ``The board said in a written
response``; ``It said:`` after ``read out one message from former player
Niall Tansey``. A document carries its maker's words: the maker is the
speaker, the mention stays the document. The fallback after the narrower
finders of :mod:`quotes.extract.makers`, :mod:`quotes.extract.released_documents`
and :mod:`quotes.extract.written_messages`."""

from __future__ import annotations

import re
from functools import cache

from quotes.extract.gender_evidence import GENDERED_PRONOUNS
from quotes.extract.given_names import given_name_gender
from quotes.extract.mentions import speaker_kind
from quotes.extract.speaker_words import BODY_NOUNS, GENDERED_NOUNS, PERSON_NOUNS
from quotes.extract.time_words import MONTH_WORDS, TIME_WORDS

#: Nouns of a document whose words are its maker's, and the other nouns a story
#: uses in turn for the same one (``In its decision ... the ruling reads``).
DOCUMENT_KINDS: dict[str, tuple[str, ...]] = {
    "letter": ("letter",),
    "report": ("report", "study", "assessment", "review"),
    "study": ("study", "report", "paper"),
    "assessment": ("assessment", "report"),
    "review": ("review", "report"),
    "post": ("post", "appeal", "message"),
    "message": ("message", "text", "email", "post"),
    "text": ("text", "message"),
    "email": ("email", "message"),
    "memo": ("memo",),
    "note": ("note",),
    "response": ("response", "reply"),
    "reply": ("reply", "response"),
    "ruling": ("ruling", "decision", "judgment", "judgement"),
    "decision": ("decision", "ruling", "judgment", "judgement"),
    "judgment": ("judgment", "ruling", "decision"),
    "warning": ("warning",),
    "caption": ("caption",),
}
#: Documents in which others than their maker may speak (``In a radio report, Jo Pell said``).
_REPORT_KINDS = frozenset({"report", "study", "assessment", "review"})
#: The verb by which a maker brings in a document of a kind with no noun
#: (``the mayor posted an appeal`` before ``the post read``).
_MAKING_VERBS_OF_KIND = {"post": "posted"}
#: How far back (characters) the document's introduction is looked for.
_REACH = 1200
#: Pronouns that may stand for a document just brought in (not ``one``, as
#: often one of the people just named as one of the letters).
_THING_PRONOUNS = frozenset({"it", "It"})

#: A maker written in capitals, with a description in lower case before it
#: (``former player Niall Tansey``: group ``name``), or a body or person
#: described (``the board``, ``her son``), or a personal pronoun.
_MAKER = (
    r"(?:(?:(?!(?:of|for|to|with|by|from|at|in|on|about)\b)[a-z][\w-]*[ \xa0]+){0,4}(?P<name>(?!I\b|I['’])[A-Z][\w’'&-]*(?:[ \xa0]+(?:(?:of|for|and|&)[ \xa0]+)?"
    r"[A-Z][\w’'&-]*){0,6})"
    r"|(?P<described>(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w’'-]*['’]s)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}"
    r"(?!(?:the|of|a|an|and|for|to|in|on|at|by|from|with)\b)[a-z][\w-]*)"
    r"|(?P<pronoun>he|she|they|He|She|They))"
)
#: The nouns of a maker described, not named: a person's, a body's, kin.
_MAKER_NOUNS = PERSON_NOUNS | BODY_NOUNS | frozenset(GENDERED_NOUNS)
#: A name in apposition right after a described maker (``her son, Devin Marsh,``).
_APPOSED_NAME_RE = re.compile(r",[ \xa0]+(?P<name>[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,3})(?=[,.])")
#: A relative clause or an apposition between a maker and its verb, maybe two
#: (``her son, Devin Marsh, 26,``).
_ASIDE = r"(?:(?:,[ \xa0]+[^,.;]{1,70}){1,2},)?"
#: Verbs by which a maker sends or makes public a document.
_MAKING = r"(?:posted|sent|wrote|issued|released|published|circulated|filed|tweeted|delivered|submitted)"
#: One aside set off by commas, as long as a relative clause (``, who has run the diner since 1997,``).
_LONG_ASIDE = r"(?:,[ \xa0]+[^,.;]{1,100},)?"
#: Verbs by which a maker makes news known in a document (``announced the closing in a post``).
_MADE_KNOWN = r"(?:announced|confirmed|revealed|explained|shared|apologi[sz]ed|thanked)"
#: Verbs of saying after ``In a letter ...,`` and its maker.
_SAYING = r"(?:said|says|asked|wrote|warned|argued|told|noted|stated|urged|called|described|added|found)"


def _kind_re(kinds: tuple[str, ...]) -> str:
    """A pattern of any noun of ``kinds``, maybe plural (of none, nothing)."""
    if not kinds:
        return r"(?!)"
    return (
        r"(?:" + "|".join(re.escape(kind) for kind in kinds) + r")s?\b(?![ \xa0]+pages?\b)"
    )  # no "letters page"


@cache
def _after_res(kinds: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Patterns of a document's noun with its maker written after it."""
    kind = _kind_re(kinds)
    return (
        # "The July report, signed by county inspector Ana Kwan,", "a study released in March by X"
        re.compile(
            kind + r",?[ \xa0]+(?:(?:which|that)[ \xa0]+was[ \xa0]+)?(?:signed|written|sent|posted|released|"
            r"published|issued|prepared|drafted|filed|submitted|compiled)(?:[ \xa0]+[\w-]+){0,4}?[ \xa0]+by[ \xa0]+"
            + _MAKER
        ),
        # "a text message from his daughter, Aoife,", "one message from former player Niall Tansey"
        re.compile(kind + r"[ \xa0]+from[ \xa0]+" + _MAKER),
        # "a letter she said her son, Devin Marsh, 26, had written", "a letter she wrote"
        re.compile(
            kind
            + r"(?=[^.;\n]{0,200}?\b(?:had[ \xa0]+(?:written|sent|posted)|wrote|penned)\b)"  # only where it may match
            + r"[ \xa0]+(?:(?:that|which|[a-z]+[ \xa0]+said)[ \xa0]+)?"
            + _MAKER
            + _ASIDE
            + r"[ \xa0]+(?:had[ \xa0]+(?:written|sent|posted)|wrote|penned)\b"
        ),
    )


@cache
def _before_res(kinds: tuple[str, ...], noun: str) -> tuple[re.Pattern[str], ...]:
    """Patterns of a document's noun with its maker written before it."""
    kind = _kind_re(kinds)
    found = [
        # "Dr Obi's letter"
        re.compile(
            r"(?P<name>[A-Z][\w’'-]*(?:[ \xa0]+[A-Z][\w’'-]*){0,4})['’]s[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}"
            + kind
        ),
        # "the mayor posted an appeal on his page", "the union circulated a message"; not
        # "released the inquiry report": the inquiry's
        re.compile(
            _MAKER + _ASIDE + r"[ \xa0]+(?:had[ \xa0]+)?" + _MAKING + r"[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?"
            r"(?:a|an|his|her|its|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?" + kind
        ),
        # "In a letter to the board dated April 4, Dr Obi asked", "In its decision, ..., the panel
        # said"; not a report, in which anyone may speak ("In a radio report, Jo Pell said")
        re.compile(
            r"\bIn[ \xa0]+(?:a|an|its|his|her|their|the)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?"
            + _kind_re(tuple(k for k in kinds if k not in _REPORT_KINDS))
            + r"[^.;\n]{0,120}?,[ \xa0]+"
            + _MAKER
            + r"[ \xa0]+"
            + _SAYING
            + r"\b"
        ),
        # "The board said in a written response to questions"; not "X said in a radio report"
        re.compile(
            _MAKER + r"[ \xa0]+" + _SAYING + r"[ \xa0]+in[ \xa0]+(?:a|an|its|his|her|their)[ \xa0]+"
            r"(?:[\w-]+[ \xa0]+){0,2}?" + _kind_re(tuple(k for k in kinds if k not in _REPORT_KINDS))
        ),
        # "Ana Voss, who has run the diner since 1997, announced the closing in a Facebook post"
        re.compile(
            _MAKER
            + _LONG_ASIDE
            + r"[ \xa0]+"
            + _MADE_KNOWN
            + r"(?:[ \xa0]+[\w’'-]+){0,4}?[ \xa0]+in[ \xa0]+(?:a|an|its|his|her|their)[ \xa0]+"
            r"(?:[\w-]+[ \xa0]+){0,2}?" + _kind_re(tuple(k for k in kinds if k not in _REPORT_KINDS))
        ),
    ]
    # "Per Mulvane began sending messages at all hours"
    found.append(
        re.compile(
            _MAKER + r"[ \xa0]+(?:[a-z]+[ \xa0]+)?(?:sending|posting|writing|texting|emailing)[ \xa0]+"
            r"(?:[\w-]+[ \xa0]+){0,3}?" + kind
        )
    )
    verb = _MAKING_VERBS_OF_KIND.get(noun)
    if verb is not None:  # "the mayor, Ana Obi, posted an appeal" before "the post read"
        found.append(re.compile(_MAKER + _ASIDE + r"[ \xa0]+" + verb + r"\b"))
    return tuple(found)


#: A mention of one document: a determiner, up to two words, the noun.
_DOCUMENT_MENTION_RE = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?"
    r"(?P<noun>" + "|".join(DOCUMENT_KINDS) + r")"
)


def document_maker(text: str, start: int, end: int, since: int = 0) -> tuple[int, int] | None:
    """Offsets of who made the document the mention ``text[start:end]`` names
    (``the letter``, ``The July report``, ``a study``; ``it`` for one brought
    in after ``since``, where the last quote began), as the article brought
    it in: after its noun (``signed by``, ``from``, ``had written``) or
    before it (``X's letter``, ``X posted an appeal``, ``In a letter ..., X
    asked``, ``X said in a written response``), within :data:`_REACH`
    characters and no older than the latest document of its kind brought in
    (``A second report, by pilots,``); a name apposed to a described maker
    (``her son, Devin Marsh,``) rather than the description. None when the
    article shows none."""
    mention = text[start:end]
    if mention in _THING_PRONOUNS:
        maker = _maker_of_latest(text, start, tuple(DOCUMENT_KINDS), max(since, start - _REACH))
        return None if maker is None or _body_opens_sentence_of(text, maker) else maker
    found = _DOCUMENT_MENTION_RE.fullmatch(mention)
    if found is None:
        return None
    kinds = DOCUMENT_KINDS[found.group("noun")]
    own = _maker_after(text, start, kinds)  # "The July report, signed by ..."
    if own is not None:
        return own
    return _maker_of_latest(text, start, kinds, max(0, start - _REACH), noun=found.group("noun"))


#: The subject opening a sentence: ``the`` and a noun, or capitalised words.
_OPENING_SUBJECT_RE = re.compile(
    r"[ \xa0]*((?:[Tt]he[ \xa0]+[a-z][\w-]*)|(?:[A-Z][\w’'-]*[ \xa0]+){0,4}[A-Z][\w’'-]*)"
)


def _body_opens_sentence_of(text: str, maker: tuple[int, int]) -> bool:
    """True when a body other than ``maker`` opens the sentence that brought
    the document in (``The council received a letter from resident Ana Obi``):
    ``it`` then stands for that body, not for the letter."""
    full_stop = text.rfind(". ", 0, maker[0])
    sentence = max(full_stop + 2 if full_stop >= 0 else 0, text.rfind("\n", 0, maker[0]) + 1)
    opening = _OPENING_SUBJECT_RE.match(text, sentence)
    return (
        opening is not None
        and opening.start(1) != maker[0]
        and speaker_kind(opening.group(1)) == "organization"
    )


def _maker_after(text: str, at: int, kinds: tuple[str, ...]) -> tuple[int, int] | None:
    """The maker written right after the document's noun, within 40
    characters after ``at`` (where its mention starts)."""
    for noun in _noun_re(kinds).finditer(text, at, min(len(text), at + 40)):
        for pattern in _after_res(kinds):
            match = pattern.match(text, noun.start(), min(len(text), noun.start() + _AFTER_REACH))
            if match is not None:
                return _maker_span(text, match)
    return None


#: How far after a document's noun (characters) its maker may be written, and
#: how far before it.
_AFTER_REACH, _BEFORE_REACH = 200, 200


def _maker_of_latest(
    text: str, position: int, kinds: tuple[str, ...], low: int, noun: str = ""
) -> tuple[int, int] | None:
    """The maker of the latest document of ``kinds`` brought in between ``low``
    and ``position``, by any pattern (the one ending last wins), none of a
    document older than the last one of those kinds brought in as new. Each
    pattern is tried only around a noun of ``kinds`` (or the verb of posting)."""
    intros = [*_indefinite_re(kinds).finditer(text, low, position)]
    floor = intros[-1].end() if intros else low  # "A second report, by pilots": no earlier one's maker
    best: tuple[int, tuple[int, int]] | None = None
    verb = _MAKING_VERBS_OF_KIND.get(noun, "")
    for found in _noun_re((*kinds, verb) if verb else kinds).finditer(text, low, position):
        around = (max(low, found.start() - _BEFORE_REACH), min(position, found.end() + _AFTER_REACH))
        for pattern in (*_after_res(kinds), *_before_res(kinds, noun)):
            for match in pattern.finditer(text, *around):
                span = _maker_span(text, match) if match.end() >= floor else None
                if span is not None and (best is None or match.end() > best[0]):
                    best = (match.end(), span)
    return best[1] if best is not None else None


@cache
def _noun_re(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """Any noun of ``kinds`` (or verb), as a whole word."""
    return re.compile(r"\b" + _kind_re(kinds))


@cache
def _indefinite_re(kinds: tuple[str, ...]) -> re.Pattern[str]:
    """A document of ``kinds`` brought in as a new one (``a letter``, ``A second report``)."""
    return re.compile(
        r"\b(?:[Aa]n?|[Aa]nother)[ \xa0]+(?:(?!of\b|the\b)[\w-]+[ \xa0]+){0,3}?" + _kind_re(kinds)
    )  # not "a selection of the messages": the ones brought in before


#: A person's full name opening a sentence: two to four capitalised words.
_SENTENCE_OPENING_NAME_RE = re.compile(r"[A-Z][a-z][\w’'-]*(?:[ \xa0]+[A-Z][a-z][\w’'-]*){1,3}(?=[ \xa0,])")


def _sentence_subject_before(text: str, position: int, pronoun: str) -> tuple[int, int] | None:
    """The span of the full name opening the sentence a maker's ``pronoun`` at
    ``position`` stands in (``Emma Lind, a junior who attended Elm Street,
    read a letter she wrote``: Emma Lind, not Elm Street), a person's by its
    kind, whose given name tells no other gender; None when there is none."""
    start = max(text.rfind(". ", 0, position) + 2, text.rfind("\n", 0, position) + 1)
    found = _SENTENCE_OPENING_NAME_RE.match(text, start, position)
    if found is None or speaker_kind(found.group()) != "person":
        return None
    given = given_name_gender(found.group().split()[0])
    return None if given not in (None, GENDERED_PRONOUNS.get(pronoun.lower())) else found.span()


def _maker_span(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """Offsets of the maker a pattern matched: a name (no month or day: ``the
    start of June``, ``Tuesday's ruling``), else a name apposed to the description, else the description
    up to its last noun of a person or a body (``her son``, ``the board``;
    not ``the start``), else the pronoun; None for none of them."""
    groups = match.groupdict()
    if groups.get("name"):
        first = groups["name"].split()[0].lower()
        return None if first in TIME_WORDS or first in MONTH_WORDS else match.span("name")
    if groups.get("pronoun"):
        return _sentence_subject_before(text, match.start("pronoun"), groups["pronoun"]) or match.span(
            "pronoun"
        )
    apposed = _APPOSED_NAME_RE.match(text, match.end("described"))
    if apposed is not None:
        return apposed.span("name")
    start = match.start("described")
    words = [*re.finditer(r"\S+", groups["described"])]
    for word in reversed(words[1:]):  # "the accused began sending": the accused
        if word.group().lower() in _MAKER_NOUNS:
            return start, start + word.end()
    return None
