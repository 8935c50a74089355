"""Who made a statement or a document that a speaker mention names instead
of a person: ``the statement`` (``Kobb issued a statement`` before it),
``a letter from Mara Venn``, ``the report`` (``a report by the Vell Care
Board found``), ``Its written decision``.
:mod:`quotes.extract.written_messages` finds who wrote a message (``the
email``: ``Venn wrote in a later email``)."""

from __future__ import annotations

import re

from quotes.extract.direct_quote_words import STATEMENT_NOUNS
from quotes.extract.lexicon import OTHER_DOCUMENT_WORDS
from quotes.extract.maker_patterns import DOCUMENT_AUTHOR_RES, DOCUMENT_NOUNS, STATEMENT_MAKER_RES
from quotes.extract.mentions import strip_determiner
from quotes.extract.name_words import PLACE_ADJECTIVES, PLACE_WORDS
from quotes.extract.owners import members_body_before
from quotes.extract.sentences import next_sentence_start, sentence_start_before, sentence_starts
from quotes.extract.speaker_words import ORG_HEADS
from quotes.extract.time_words import DATE_WORDS, HOLIDAY_WORDS, MONTH_WORDS, TIME_WORDS
from quotes.records import Quote

#: Words that do not start the name of who made a document.
_NOT_MAKERS = ("The", "the", "A", "a", "An", "It", "This")
#: Words dropped from the start of who made a statement (``the Harbour Board``).
_MAKER_OPENERS = ("The ", "the ", "And ", "and ", "But ", "but ")
#: People speaking for someone they name (``lawyers for Ola Berg``): the
#: group makes the statement, not the person named after it.
_FOR_SOMEONE_RE = re.compile(
    r"(?:(?:the|his|her|their)[ \xa0]+)?(?:lawyers?|attorneys?|relatives|family|friends|representatives)"
    r"(?=[ \xa0]+(?:for|of)[ \xa0])"
)
#: Someone else answering after a statement's maker (``The company later
#: responded.``): a later ``the statement`` may be theirs, so the maker is not known.
_ANSWERED_RE = re.compile(r"\b(?:responded|replied|hit[ \xa0]+back|countered)\b")
#: A mention of a document (``a video``, ``the company's report``), compiled once.
_DOCUMENT_MENTION_RE = re.compile(DOCUMENT_NOUNS + r"[’'s]*\Z", re.IGNORECASE)
#: A document its maker's possessive names (``the Varland Building Society's monthly index``).
_OWNED_DOCUMENT_RE = re.compile(
    r"(?:[Tt]he[ \xa0]+)?(?P<maker>[A-Z][\w&.-]*(?:[ \xa0]+[A-Z][\w&.-]*){0,4})['’]s?[ \xa0]+"
    r"(?:[\w-]+[ \xa0]+){0,3}?" + DOCUMENT_NOUNS + r"\Z"
)
#: A document a body's noun owns (``The board's own report``): the body, as
#: the article names it elsewhere.
_BODY_OWNED_DOCUMENT_RE = re.compile(
    r"(?P<maker>[Tt]he[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?(?:"
    + "|".join(sorted(head for head in ORG_HEADS if head.isalpha()))
    + r"))['’]s[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?"
    + DOCUMENT_NOUNS
    + r"\Z"
)

#: A writer named right after a document (``, prepared by Bram & Co``).
_WRITTEN_BY_RE = re.compile(
    r",?[ \xa0]+(?:prepared|written|signed|compiled|drafted|produced|authored)[ \xa0]+by\b"
)

#: Documents that report findings, which a story may call by one noun and then another.
_DOCUMENT_KINDS = r"(?:report|study|survey|analysis|review|paper|audit)"
#: A document described without its maker (``a report``, ``a new study``).
_DOCUMENT_UNMADE_RE = re.compile(
    r"(?:an?|[Aa]n?)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}" + _DOCUMENT_KINDS + r"\Z"
)
#: A document of findings and who made it, after its noun, before a comma
#: or a verb of finding (``report, published by Vell Trust,``, ``report by
#: auditors Halden & Co found``).
_DOCUMENT_BY_MAKER = (
    r"(?P<kind>"
    + _DOCUMENT_KINDS
    + r"),?[ \xa0]+(?:(?:published|carried[ \xa0]+out|conducted|commissioned|written|compiled|produced)[ \xa0]+)?"
    r"by[ \xa0]+(?:the[ \xa0]+)?(?:[a-z]+[ \xa0]+(?=[A-Z]))?"  # "by auditors Halden & Co"
    r"(?P<maker>[A-Z][\w&’'.-]*(?:[ \xa0]+(?:(?:of|for|on|and|&)[ \xa0]+)?[A-Z][\w&’'.-]*){0,5})"
    r"(?=[,;]|[ \xa0]+(?:found|finds|said|says|shows|showed|warned|warns|estimated|estimates|concluded|concludes)\b)"
)
#: The sentence naming a document's maker next (``The study, by the Northfell
#: Institute for Health Policy,``, ``The report, published by Vell Trust,``).
_MAKER_NAMED_NEXT_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[Tt]he[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}" + _DOCUMENT_BY_MAKER, re.MULTILINE
)
#: Words before a document's noun saying an outlet made it (``a newspaper
#: report``): the outlet's, not that of who speaks in it.
_OUTLET_WORDS = ("newspaper", "media", "press", "news", "tv", "radio", "television", "magazine")
#: Lower-case words describing a document, none an outlet's (``a post-incident
#: report``; not ``a BBC report``, the BBC's).
_PLAIN_DOCUMENT_WORDS = r"(?:(?!(?:" + "|".join(_OUTLET_WORDS) + r")\b)[a-z][\w-]*[ \xa0]+){0,2}"
#: Days and months as written with a capital (``Sunday``, ``March``): the only
#: capitalised words the gap after a document's noun may hold.
_CAPITALISED_DATES = r"(?:" + "|".join(sorted(word.capitalize() for word in DATE_WORDS)) + r")\b"
#: What may stand between a document's noun and the comma: no ``by Y`` or
#: ``from Y`` (the document is Y's), no ``of`` a sample (``a study of 300
#: patients``: the patients speak in it) and no capitalised word but a day or
#: a month (``in the Vell Gazette``, ``aired on Vell TV``: an outlet's report;
#: ``published on Sunday`` is fine).
_OPENING_GAP_WITHOUT_MAKER = (
    r"(?:(?!\b(?:by|from|of)\b)(?!\b(?!" + _CAPITALISED_DATES + r")[A-Z])[^.;,\n]){0,120}"
)
#: A name: a body or a person written with capitals (``the Vell Rail
#: Authority``, ``Dr. Ina Moss``), not a quantity or a group (``half``, ``most
#: respondents``).
_CAPITALISED_MAKER = (
    r"(?:the[ \xa0]+)?(?P<maker>[A-Z][\w’'.&-]*(?:[ \xa0]+(?:(?:of|for|&)[ \xa0]+)?[A-Z][\w’'.&-]*){0,5})"
)
#: A sentence opening on a document of findings and going on to who speaks in
#: it (``In a post-incident report published on Sunday, Kell Pay said``), as
#: ``In a statement, X said`` does for a statement; the verb right after the
#: name (``Ada Moss, whose son died in the fire, said``: one who speaks of
#: the report, not its maker).
_MAKER_SPEAKS_IN_RE = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=[.!?][\"”][ \xa0])|(?<=\n))"
    r"In[ \xa0]+(?:an?|its|their)[ \xa0]+"
    + _PLAIN_DOCUMENT_WORDS
    + r"(?P<kind>"
    + _DOCUMENT_KINDS
    + r")\b"
    + _OPENING_GAP_WITHOUT_MAKER
    + r",[ \xa0]+"
    + _CAPITALISED_MAKER
    + r"(?:[ \xa0]+\([A-Z][A-Z&]+\))?"  # "the Vell Safety Board (VSB) said"
    + r"[ \xa0]+(?:said|says|wrote|writes|warned|found|concluded|argued|argues)\b",
    re.MULTILINE,
)
#: A document of findings brought in with its maker inside a sentence (``after
#: a report by the Vell Care Board found``).
_MAKER_NAMED_INSIDE_RE = re.compile(r"\b[Aa]n?[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}" + _DOCUMENT_BY_MAKER)


#: Possessives naming whose a document is (``its own review``).
_POSSESSIVES = r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Mm]y|[Yy]our)"
#: A document mentioned again by its noun alone (``the report``).
_DOCUMENT_DEFINITE_RE = re.compile(r"[Tt]he[ \xa0]+" + _DOCUMENT_KINDS)
#: A document its owner's possessive names, opening its sentence (``Its
#: written decision``).
_POSSESSED_DOCUMENT_RE = re.compile(
    r"Its[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}(?:" + _DOCUMENT_KINDS + r"|decision|ruling|judgment)"
)
#: A body described by its noun (``the three-member panel``): whose ``Its`` may stand for.
_BODY_OWNER_RE = re.compile(
    r"\b[Tt]he[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?(?i:" + "|".join(sorted(ORG_HEADS)) + r")\b"
)
#: A capitalised word: a name ``Its`` may stand for as well as a body's.
_CAPITALISED_WORD_RE = re.compile(r"(?<![\w’'-])[A-Z][\w-]*")
#: A document a story may call by another noun in the very next sentence (``a
#: report ... The study, by X, found``), besides its own noun.
_SAME_DOCUMENT_NOUNS = {"report": ("report", "study")}


def when_or_where(words: str) -> bool:
    """True for a day, a month or a place (``Monday's report``, ``Britain's
    latest figures``): when or where a document is of, not who made it."""
    return all(
        word.lower() in TIME_WORDS or word in PLACE_WORDS or word in PLACE_ADJECTIVES
        for word in words.split()
    )


def document_author(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of who made the document mentioned at ``[start, end)`` (``Kobb
    released a video``, ``a letter from Mara Venn``), in the same sentence, or None."""
    if not _DOCUMENT_MENTION_RE.search(text[start:end]):
        return None
    owned = _OWNED_DOCUMENT_RE.match(text, start, end)
    if owned is not None and not when_or_where(owned.group("maker")):
        return owned.span("maker")  # "the Varland Building Society's monthly index": the society made it
    low = sentence_start_before(text, start, reach=400)
    high = min(len(text), end + 120)
    for regex in DOCUMENT_AUTHOR_RES:
        for match in regex.finditer(text, low, high):
            maker = match.group("maker").split()
            body = len(maker) == 2 and maker[1] in ORG_HEADS  # "a survey by the company"
            if start <= match.start("doc") < end and (body or maker[0] not in _NOT_MAKERS):
                last = match.group("maker").split()[-1]
                cut = 1 if last.endswith(".") and len(last) > 3 and not last[-3:-1].isupper() else 0
                return match.start("maker"), match.end("maker") - cut  # "... from Vell Equities."
    owned = _BODY_OWNED_DOCUMENT_RE.match(text, start, end)
    if owned is None or _WRITTEN_BY_RE.match(text, end):
        return None  # "The club's medical report, signed by Dr Vos,": written by another
    return owned.span("maker")  # "The board's own report": the board's, as the story names it


def maker_named_next(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of who made the document ``a report`` at ``[start, end)``
    when its sentence names nobody and the very next sentence opens on the
    same document and its maker (``according to a report that warns ... The
    study, by the Northfell Institute for Health Policy, found``: the same
    noun, or a report's study), with no word setting it against another
    (``found the opposite``), or that sentence itself (``The study, by
    ...,``); else None."""
    itself = _MAKER_NAMED_NEXT_RE.match(text, start)
    if itself is not None and itself.start("maker") > end:
        return itself.span("maker")
    if not _DOCUMENT_UNMADE_RE.fullmatch(text, start, end):
        return None
    noun = text[start:end].split()[-1].lower()
    next_start = next_sentence_start(text, end)
    named = _MAKER_NAMED_NEXT_RE.match(text, next_start) if next_start is not None else None
    if named is None or named.group("kind").lower() not in _SAME_DOCUMENT_NOUNS.get(noun, (noun,)):
        return None  # "a report ... Campaigners disagree. The survey, by ...": another document
    after = next_sentence_start(text, named.end())
    words = set(re.findall(r"[a-z]+", text[named.start() : after or len(text)].lower()))
    return None if words & OTHER_DOCUMENT_WORDS else named.span("maker")


def maker_named_before(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of who made ``the report`` at ``[start, end)``, named by the
    last sentence of the 1,500 characters before opening on a document of
    its noun and its maker (``The report by Healthwatch Vell, published on
    Tuesday, said ... “...,” the report said``) or bringing it in with its
    maker (``after a report by Healthwatch Vell found``) or opening on the
    document and going on to who speaks in it (``In a report published on
    Sunday, Kell Pay said``), with no other
    document of that noun brought in since (``a second report``); else None."""
    if not _DOCUMENT_DEFINITE_RE.fullmatch(text, start, end):
        return None
    noun = text[start:end].split()[-1].lower()
    named = [
        match
        for regex in (_MAKER_NAMED_NEXT_RE, _MAKER_NAMED_INSIDE_RE, _MAKER_SPEAKS_IN_RE)
        for match in regex.finditer(text, max(0, start - 1500), start)
        if match.group("kind").lower() == noun
        and not (match.re is _MAKER_NAMED_INSIDE_RE and _when_named(match.group("maker")))
    ]
    named.sort(key=lambda match: match.start("maker"))
    if not named or _other_document_re(noun).search(text, named[-1].end(), start):
        return None
    if named[-1].re is _MAKER_NAMED_INSIDE_RE and _ANY_DOCUMENT_RE.search(text, named[-1].end(), start):
        return None  # "a report by X found ... the official inquiry report": maybe another one
    return named[-1].span("maker")


#: Any document of findings, whatever its determiner (``the official inquiry report``).
_ANY_DOCUMENT_RE = re.compile(r"\b(?:" + _DOCUMENT_KINDS + r"|inquiry|investigation)s?\b", re.I)


def _when_named(maker: str) -> bool:
    """True when a document's ``maker`` opens on a day, month or feast (``a
    report by Friday``, ``a review by March``, ``by Dec. 5``, ``by
    Christmas``): a deadline, no maker."""
    first = maker.split()[0].rstrip(".").lower()
    return first in TIME_WORDS or first in MONTH_WORDS or first in HOLIDAY_WORDS


def _other_document_re(noun: str) -> re.Pattern[str]:
    """Another document of ``noun`` brought in: one no ``the`` opens (``a new
    report``, ``another report``, ``its own review``, ``the trust's report``)."""
    return re.compile(
        rf"\b(?:[Aa]n?|[Aa]nother|{_POSSESSIVES}|[\w-]+['’]s?)[ \xa0]+(?:[\w-]+[ \xa0]+){{0,2}}?{noun}\b"
    )


def possessed_document_owner(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of whose document ``Its written decision`` opening its
    sentence at ``[start, end)`` is: the one body the sentence before in its
    paragraph describes by a body's noun (``... but the three-member panel
    accepted ...``), when it names no other body nor name (``The regulator
    fined Vell Energy. Its annual report`` may be either's); else None."""
    if not _POSSESSED_DOCUMENT_RE.fullmatch(text, start, end):
        return members_body_before(text, start, end)  # "Inspectors from X ... Their report"
    breaks = sentence_starts(text, max(0, start - 600), start)
    if not breaks or breaks[-1] != start:
        return None
    low = max(breaks[-2] if len(breaks) > 1 else 0, text.rfind("\n", 0, start) + 1)  # in its paragraph
    bodies = list(_BODY_OWNER_RE.finditer(text, low, start))
    if len(bodies) != 1:
        return None
    body = bodies[0]
    opening = low + len(text[low:start]) - len(text[low:start].lstrip())
    names = [
        word.start()
        for word in _CAPITALISED_WORD_RE.finditer(text, low, start)
        if word.start() != opening
        and not body.start() <= word.start() < body.end()
        and word.group().lower() not in TIME_WORDS  # "on Monday" names no one
    ]
    return None if names else body.span()


def credit_owner(quote: Quote, text: str, owner: tuple[int, int]) -> Quote:
    """Give ``quote``, whose mention is a document its owner's possessive
    names, the body at ``owner`` (see :func:`possessed_document_owner`) as
    it is written; the attribution still rests on the document (``Its
    written decision``)."""
    assert quote.speaker_start is not None
    quote.speaker = strip_determiner(text[owner[0] : owner[1]])
    quote.speaker_kind = "organization"
    quote.role = quote.affiliation = None
    return quote


def is_statement(mention: str) -> bool:
    """True when a speaker mention is a statement (``the joint statement``), not who made it."""
    words = mention.lower().split()
    return bool(words) and words[-1] in STATEMENT_NOUNS


def statement_maker(text: str, position: int) -> tuple[int, int] | None:
    """Offsets of who made the statement mentioned at ``position``: the subject
    of the last ``X issued a statement`` / ``X said in a statement`` in the
    sentence or the few before it (a group speaking for someone, ``lawyers for
    X``, is the group), or None; None when someone answered after it."""
    low = max(0, position - 1500)
    best = None
    for regex in STATEMENT_MAKER_RES:
        for match in regex.finditer(text, low, position + 200):
            if match.start("maker") <= position and (best is None or match.start("maker") > best[0]):
                best = (match.start("maker"), match.end("maker"), match.end())
    if best is None or _ANSWERED_RE.search(text, best[2], position):
        return None
    start, end, _ = best
    group = _FOR_SOMEONE_RE.match(text, start, end)
    if group is not None:  # "lawyers for Ola Berg said in a statement": the lawyers
        end = group.end()
    for word in _MAKER_OPENERS:
        if text.startswith(word, start) and text[start + len(word) : end][:1].isupper():
            start += len(word)
    return start, end
