"""Which body a noun may stand for (pure text): ``the club`` for ``Vell
United``, ``the lender`` for ``Nordvik Bank``, ``the company`` for any body
whose name says of no other kind; :class:`quotes.extract.registry.SpeakerRegistry`
asks these when it resolves ``the NOUN``."""

from __future__ import annotations

import re

from quotes.extract.direct_quote_words import SPORT_WORDS
from quotes.extract.given_names import given_name_gender
from quotes.extract.headline import front_matter, headline_extent
from quotes.extract.mentions import speaker_kind
from quotes.extract.name_words import SHOP_NAME_ENDS
from quotes.extract.patterns import POSSESSIVE_END_RE, whole_words_at
from quotes.extract.source_words import ANY_BUSINESS_NOUNS, BUSINESS_MAKING_FORMS
from quotes.extract.speaker_words import (
    BUSINESS_NOUNS,
    CLUB_HEADS,
    CLUB_NOUNS,
    COMPANY_HEADS,
    COMPANY_NOUNS,
    ORG_HEADS,
    PERSON_TRADES,
)

#: Heads of the names of public bodies, which no ``the company`` stands for.
_PUBLIC_BODY_HEADS = frozenset(
    "ministry agency department government council commission bureau authority police court "
    "parliament congress senate office administration regulator".split()
)
#: What a business is (``the lender``, ``the carmaker``), which a body whose
#: name has no head or only a business's may be called (not ``the regulator``).
_TRADE_NOUNS = COMPANY_NOUNS - {"regulator"}
#: Heads of the names of businesses (``Nordvik Bank``, ``Kell Group``).
_BUSINESS_HEADS = frozenset(
    "bank company corporation firm group equities securities fund co-op coop cooperative co-operative "
    "label studio studios network channel lab labs brewery distillery winery society".split()
)
#: Nouns that may stand for a body of any kind (``Harbour Securities`` is ``the company``).
_ANY_BODY_NOUNS = frozenset(
    "company firm group organization organisation business body agency institution".split()
)
#: Nouns that may stand for any public body (``Ashcombe District Council`` is
#: ``the authority``, as British papers call a council), and no other body.
_PUBLIC_BODY_NOUNS = frozenset({"authority"})
#: What follows ``Air`` ending an airline's name, and no other body's (``a
#: Vell Air flight``, ``Vell Air passengers``, ``Vell Air, the budget
#: airline,``; not ``Campaigners from Cleaner Air``, ``Open Air concerts``).
_AIRLINE_CONTEXT = (
    r"(?=[ \xa0]+(?:flights?|planes?|jets?|aircraft|pilots?|crews?|passengers?|routes?|fleet)\b"
    r"|,[ \xa0]+(?:the|an?)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?(?:airline|carrier)\b)"
)
#: Words a business's name ends on that say what it is, for the noun a story
#: calls it by besides the noun itself (``Kell Airways``, ``Vell Air`` where
#: the words after it say it flies: ``the airline``), as a pattern.
_NAME_WORDS_OF_NOUNS = {
    "airline": r"Airways|Airlines|Air" + _AIRLINE_CONTEXT,
    "regulator": r"Inspectorate",  # "the Marine Safety Inspectorate ... the regulator said"
    "watchdog": r"Inspectorate|Regulator",
}
#: An appositive calling what comes before it a business (``, a company owned
#: by the state``, ``, a state-owned firm``).
_CALLED_A_BUSINESS = (
    r",[ \xa0]+(?:a|an|the)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}(?:" + "|".join(sorted(ANY_BUSINESS_NOUNS)) + r")\b"
)


def may_be_called(name: str, noun: str, text: str = "") -> bool:
    """True when the body ``name`` may be called ``the NOUN``: the noun fits any
    body, the name holds it, or the name says of no other kind of body (``Kell
    Foods`` is ``the company``; ``St Brigid's Primary School`` is no ``the
    county council``), and what a business is fits a business's name (``Nordvik
    Bank`` is ``the lender``, no party or hospital is); a body described is
    only what its words say (``the report`` is no ``the board``); a public
    body is no ``the company`` (``Vell Transport Agency``) unless ``text``
    calls it one (:func:`called_a_business`)."""
    if not name[:1].isupper():  # a body described, not named: "the report" is no "the board"
        return noun in name.split()
    if noun in ANY_BUSINESS_NOUNS and public_body(name) and not called_a_business(text, name):
        return False  # "the company" is no "Vell Transport Agency", council or regulator
    heads = {POSSESSIVE_END_RE.sub("", word.lower()) for word in name.split()} & ORG_HEADS
    if noun in _PUBLIC_BODY_NOUNS:
        return public_body(name)  # "the authority": the council named before, never a business
    if noun in _TRADE_NOUNS:  # "Nordvik Bank" is "the lender"; no party, school or hospital is
        return heads <= _BUSINESS_HEADS
    if noun in CLUB_NOUNS and heads and heads <= CLUB_HEADS:
        return True  # "Vell United" is "the club", "the team"
    return noun in _ANY_BODY_NOUNS or not heads or noun in heads


def names_a_business(name: str) -> bool:
    """True when the body ``name`` holds no head but a business's (``Quillon
    Brothers``, ``Harlow Capital``, ``Nordvik Bank``): no council, union,
    club, party or hospital."""
    heads = {POSSESSIVE_END_RE.sub("", word.lower()) for word in name.split()} & ORG_HEADS
    return not public_body(name) and heads <= _BUSINESS_HEADS


def written_in_names(noun: str) -> str:
    """A pattern for ``noun`` as a body's name writes it: capitalised
    (``Bank`` for ``the bank``), or a word of :data:`_NAME_WORDS_OF_NOUNS`
    that no other capitalised word follows (``Vell Air`` in ``a Vell Air
    flight`` for ``the airline``; not ``the Vell Air Force`` or ``Cleaner
    Air``, a campaign)."""
    capital = re.escape(noun.capitalize())
    words = _NAME_WORDS_OF_NOUNS.get(noun)
    return rf"(?:{capital}|(?:{words})(?![ \xa0]+[A-Z]))" if words else capital


def public_body(name: str) -> bool:
    """True for a body whose name's head says it is no business (``Vell Climate
    Agency``, ``Department of Transport``: the last word, or the word before
    ``of``); not ``Kell Department Stores`` or ``Hampton Court Holdings``."""
    before_of, _, _ = name.partition(" of ")
    words = before_of.split()
    return bool(words) and POSSESSIVE_END_RE.sub("", words[-1].lower()) in _PUBLIC_BODY_HEADS


def called_a_business(text: str, name: str) -> bool:
    """True when ``text`` calls the body ``name`` a company, a firm or a
    business in apposition, by its name or by its head noun (``The authority,
    a company owned by the state,``): a public body's name is no evidence then."""
    words = name.partition(" of ")[0].split()
    if not words or not re.search(_CALLED_A_BUSINESS, text):
        return False
    named = rf"(?:{re.escape(name)}|[Tt]he[ \xa0]+{re.escape(words[-1].lower())})"
    return re.search(named + _CALLED_A_BUSINESS, text) is not None


#: Nouns any business is, and a social network, which say a one-word name after
#: them is a business's only in lower case (``Company`` and ``Network`` open names).
_LOWER_CASE_TRADES = frozenset({*ANY_BUSINESS_NOUNS, "network"})
#: A one-word name after a trade, adverbs or an auxiliary, then a verb with
#: nothing after it for an object (the clause ends, or a preposition, a
#: conjunction or a time follows): ``the company Marwick founded in 1998``,
#: ``the business Ostrander now runs``, ``the business Ostrow had built``.
_NAME_THEN_GAPPED_VERB_RE = re.compile(
    r"[ \xa0]+[A-Z][\w'’-]*(?:[ \xa0]+(?:had|has|have|now|once|later|then|still|also|first|jointly))*"
    r"[ \xa0]+([a-z][a-z-]*(?:[ \xa0]+(?:up|over))?)"
    r"(?=[ \xa0]*(?:[,.;:)]|\Z)|[ \xa0]+(?:in|with|for|after|before|until|from|on|at|and|but|when|while|as|since"
    r"|with|\d+|years?|decades?)\b)"
)


def _founder_named(text: str, after_trade: int) -> bool:
    """True when the name written after the trade ending at ``after_trade``
    is the subject of a verb whose object the trade is (``the company Marwick
    founded``, ``the firm Lindqvist co-founded``): the name is a person's."""
    found = _NAME_THEN_GAPPED_VERB_RE.match(text, after_trade)
    return found is not None and found.group(1).replace("\xa0", " ") in BUSINESS_MAKING_FORMS


def trade_names_business(text: str, trade: str, at: int) -> bool:
    """True when the word ``trade``, written at ``at`` right before a one-word
    name, says the name is a business's: what only a business is (``Carmaker
    Holt``, ``the grocery chain Halvorsen``); ``major`` only in lower case
    (``Oil major Nordoil``; ``Major Varga`` is a rank); a trade a person may
    have too (``developer``, ``publisher``, ``grocer``) in lower case
    (``Spanish-language broadcaster Univision``), or in capitals in the
    headline, which drops the article (``Grocer Halvorsen to close stores``),
    not in capitals as a title in a sentence (``Developer Lund has built 200
    homes``, ``Publisher Brenn said``)."""
    word = trade.lower()
    if trade in _LOWER_CASE_TRADES:  # "the ride-hailing company Zipra", "the social network Chirply"
        return not _founder_named(text, at + len(trade))  # not "the company Marwick founded"
    if word not in BUSINESS_NOUNS or given_name_gender(trade) is not None:
        return False
    if word == "major":
        return trade == "major"
    if word in PERSON_TRADES and trade[:1].isupper():  # "broadcaster Univision" stays a business
        headline = headline_extent(text)
        return headline is not None and headline[0] <= at < headline[1]
    return True


#: A word and the blanks after it, ending where a name is written.
_WORD_BEFORE_RE = re.compile(r"\b([A-Za-z]+)[ \xa0]+\Z")
_WORD_CHAR_RE = re.compile(r"\w")
#: Business nouns of size or rank, or of more than business (``giant``, ``major``,
#: ``carrier``): apposed to a name, before or after it, they make no business of it.
_NO_APPOSED_TRADES = frozenset({"giant", "major", "carrier"})
#: What only a business is, written in apposition after its name (``Vellcam,
#: the smart doorbell company``): no trade a person may have (``developer``)
#: nor a word of size or rank (``giant``, ``major``).
_APPOSED_TRADES = ANY_BUSINESS_NOUNS | (BUSINESS_NOUNS - PERSON_TRADES - _NO_APPOSED_TRADES)
#: An article and up to four words ending in a business's noun,
#: right after a name and its comma, where the noun ends the description
#: (``, the smart doorbell company backed by``, ``, a Kell-based firm,``); not
#: ``, a company director``, ``, the firm's founder`` or ``, the owner of a small firm``.
_APPOSED_TRADE_RE = re.compile(
    r",[ \xa0]+(?:the|an?)[ \xa0]+(?:(?!(?:of|for|with)\b)[A-Za-z][\w-]*[ \xa0]+){0,4}(?:"
    + "|".join(sorted(_APPOSED_TRADES))
    + r")(?=[,;.:)]|[ \xa0]+(?:that|which|whose|backed|based|owned|founded|known|headquartered|run|with|in|from)\b)"
)


def apposed_as_business(text: str, name: str) -> bool:
    """True when ``text`` writes a business's description in apposition right
    after ``name`` (``Vellcam, the smart doorbell company backed by ...``,
    ``Halvorsen, a Bergen grocery chain,``): the name is a business's, which a
    later ``the company`` stands for; not ``Lund, a company director``."""
    after = (at + len(name) for at in whole_words_at(text, name))
    return any(_APPOSED_TRADE_RE.match(text, end) for end in after)


#: More characters than any word of a trade and the blanks after it.
_LONGEST_TRADE_WORD = 40


def named_with_its_trade(text: str, name: str) -> bool:
    """True when ``text`` writes the one-word ``name`` right after what a
    business is, in capitals or not (``Grocer Halvorsen to close stores``,
    ``the grocery chain Halvorsen``: :func:`trade_names_business`), or before
    it in apposition (:func:`apposed_as_business`): the name is a business's,
    not a surname."""
    if not name[:1].isupper() or given_name_gender(name) is not None:
        return False
    if apposed_as_business(text, name):  # "Vellcam, the doorbell company,"
        return True
    at = text.find(name)
    while at != -1:  # only where the name is written: a pattern tried at every character costs
        end = at + len(name)
        if end == len(text) or not _WORD_CHAR_RE.match(text, end):
            found = _WORD_BEFORE_RE.search(text, max(0, at - _LONGEST_TRADE_WORD), at)
            if found and trade_names_business(text, found.group(1), found.start()):
                return True
            if _apposed_after_trade(text, at, end):  # "The state's grid operator, GridSouth,"
                return True
        at = text.find(name, end)
    return False


#: A business's noun in lower case and a comma right before a name (``grid
#: operator, GridSouth,``); of nouns a person's trade may be too, only after a
#: word in lower case other than an article (``the state's grid operator``,
#: not ``the operator, Lund,``).
_TRADE_APPOSED_BEFORE_RE = re.compile(r"\b(?:([a-z][\w-]*)[ \xa0]+)?([a-z]+),[ \xa0]+\Z")


#: A preposition and an article before a trade's phrase: the phrase is its object.
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:to|of|for|with|at|from|by|on|in|against|about)[ \xa0]+(?:the|an?)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+)?\Z"
)


def _apposed_after_trade(text: str, at: int, end: int) -> bool:
    """True when the one-word name at ``[at, end)``, closed by a comma, is
    apposed to what a business is (``The state's grid operator, GridSouth,``,
    ``the budget airline, Skylo,``): a person is named in full the first time."""
    found = _TRADE_APPOSED_BEFORE_RE.search(text, max(0, at - _LONGEST_TRADE_WORD), at)
    if found is None or not text.startswith(",", end):
        return False
    if _PREPOSITION_BEFORE_RE.search(text, max(0, found.start(2) - 24), found.start(2)):
        return False  # "In a complaint to the airline, Adeyemi, a nurse,": the trade is an object
    trade = found.group(2)
    if trade not in BUSINESS_NOUNS or trade in _NO_APPOSED_TRADES:
        return False
    return trade not in PERSON_TRADES or found.group(1) not in (None, "the", "a", "an")


#: A team called by its nickname opening a sentence (``The Harbor Hawks fired``):
#: ``The``, then capitalised words of which the last is a plural.
_NICKNAMED_TEAM_RE = re.compile(
    r"(?:^|(?<=[.!?][ \xa0])|(?<=\n))[Tt]he[ \xa0]+((?:[A-Z][a-z]+[ \xa0]+){1,2}[A-Z][a-z]+s)\b(?!['’])"
)
#: The rest of a sentence, up to its end.
_REST_OF_SENTENCE_RE = re.compile(r"[^.!?\n]*")


def _of_sport(text: str, start: int) -> bool:
    """True when the sentence going on from ``start`` holds a word only a
    sports story writes of a team (``fired their coach``: :data:`SPORT_WORDS`)."""
    rest = _REST_OF_SENTENCE_RE.match(text, start)
    words = re.findall(r"[a-z]+", rest.group(0).lower()) if rest is not None else []
    return any(word in SPORT_WORDS for word in words)


def team_by_nickname(text: str, low: int, position: int) -> tuple[int, str] | None:
    """``(start, name)`` of the last team a sentence between ``low`` and
    ``position`` opens on by its nickname (``The Harbor Hawks fired their
    coach``: ``Harbor Hawks``), which ``the team`` or ``the club`` may stand
    for; one word alone is a family (``The Obamas``), so never, and a sentence
    that says nothing of sport names no team (``The Kessel Mountains are home
    to rare species``, ``The Vell Liberals lost two seats``); None if none."""
    found = None
    for match in _NICKNAMED_TEAM_RE.finditer(text, max(0, low), position):
        if _of_sport(text, match.end(1)):
            found = match
    return (found.start(1), found.group(1)) if found is not None else None


#: How the name of a co-operative is written, for ``the co-op``.
_COOP_NAME = r"(?:Co-?operative|Co-?op)"
#: A word of a body's name: a short abbreviation (``St.``, ``U.S.``) or a
#: capitalised word with no full stop, which would end a sentence
#: (``approved it on Tuesday.| Harlow County Council``).
_NAME_WORD = r"(?:[A-Z][a-z]{0,2}\.|[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’&-]*)"
#: What a body's name may end on after its noun (``Ministry| of Health``,
#: ``Department| of the Interior``); the noun alone is no name.
_OF_NAME = r"[ \xa0]+of[ \xa0]+(?:the[ \xa0]+)?[A-Z][\w'’&-]*(?:[ \xa0]+[A-Z][\w'’&-]*)*"


def names_holding_re(noun: str) -> re.Pattern[str]:
    """A body's name with ``NOUN`` capitalised in it (``Dunmere Hospitals NHS
    Trust`` for ``trust``, ``Ministry of Health`` for ``ministry``; a
    Co-operative for ``co-op``)."""
    written = _COOP_NAME if noun.replace("-", "") == "coop" else written_in_names(noun)
    return re.compile(
        r"(?!(?:The|A|An)\b)(?:(?:"
        + _NAME_WORD
        + r"[ \xa0]+(?:(?:of|for|and|&)[ \xa0]+)?){1,5}"
        + written
        + r"\b(?:"
        + _OF_NAME
        + r")?|"
        + written
        + r"\b"
        + _OF_NAME
        + r")"
    )


def may_be_named_holding(text: str, noun: str, start: int, end: int) -> bool:
    """False only when no match of :func:`names_holding_re` can lie in
    ``text[start:end]``: the noun is written there capitalised in no name (a
    cheap test before building the pattern; always True for a noun with other
    ways of writing it)."""
    if noun.replace("-", "") == "coop" or _NAME_WORDS_OF_NOUNS.get(noun):
        return True
    return text.find(noun.capitalize(), max(0, start), max(0, end)) >= 0


def headline_names(headline: str, name: str) -> bool:
    """True when ``headline`` writes the first two words of the body ``name``
    (``Kell Foods`` of ``Kell Foods Group``), or its one word, as a whole."""
    words = name.split()[:2]
    return re.search(rf"\b{re.escape(' '.join(words))}\b", headline) is not None


#: The heads of organizations' and companies' names.
_ORG_OR_COMPANY_HEADS = ORG_HEADS | COMPANY_HEADS


def short_for_body(text: str, name: str) -> bool:
    """True when ``text`` also writes ``name``, which reads as a person's,
    before the head of a body's name (``Kell Appliance`` of ``Kestrel
    Appliance Group``, ``Varo Tekno`` of ``Varo Tekno Sdn Bhd``): the short
    form of a body's name, unless the article gives it a gender."""
    after = re.compile(rf"\b{re.escape(name)}((?:[ \xa0]+[A-Z][a-z]+\b){{1,2}})")
    runs = (found.group(1).lower().split() for found in after.finditer(text))
    return any(word in _ORG_OR_COMPANY_HEADS for run in runs for word in run)


#: The first ``the company`` (any business's noun) of a story.
_DEFINITE_BUSINESS_RE = re.compile(r"\b[Tt]he[ \xa0]+(?:" + "|".join(sorted(ANY_BUSINESS_NOUNS)) + r")\b")
#: A relative ``which`` right after a name: a thing's, not a person's (``Kell
#: Minera, which is owned by investors,``).
_WHICH_AFTER_RE = re.compile(r",?[ \xa0]+which\b")


def named_before_called(text: str, name: str, start: int) -> bool:
    """True when ``text`` writes ``name`` after ``start`` (the story's first
    character) before it first writes ``the company`` or another business's
    noun: the story is about it (``a raise from owner Kell Minera ... “The
    company made profits,” ...``), not about a company the name came to
    later (``Vell University rebutted claims about the company``); any
    name written, when the story never writes ``the company`` (``the airline``)."""
    named = text.find(name, start)
    called = _DEFINITE_BUSINESS_RE.search(text, start)
    return named >= 0 and (called is None or named < called.start())  # "the airline": never "the company"


def reads_as_body(text: str, name: str) -> bool:
    """True when ``name``, which reads as a person's, is a body's: the short
    form of a body's name (:func:`short_for_body`), a name a business's
    description follows (:func:`apposed_as_business`), or a name ``text``
    follows with a relative ``which`` (``Kell Minera, which is majority-owned by``)."""
    after = (at + len(name) for at in whole_words_at(text, name))
    if short_for_body(text, name) or apposed_as_business(text, name):
        return True
    return any(_WHICH_AFTER_RE.match(text, end) for end in after)


def may_be_the_business(text: str, name: str) -> bool:
    """True when ``text`` may call the body ``name`` ``the company`` paragraphs
    after it spoke: a business by its name (:func:`names_a_business`; no
    ``Research suggests``), of one word only after its trade (``the grocer
    Halvorsen``; not ``Columbia``, a university), and never written after
    ``the`` with no business's head, as outlets are (``According to the Vell
    Journal``)."""
    if not names_a_business(name) or (" " not in name and not named_with_its_trade(text, name)):
        return False
    heads = {word.lower() for word in name.split()} & (_BUSINESS_HEADS | COMPANY_HEADS)
    return bool(heads) or re.search(rf"\b[Tt]he[ \xa0]+{re.escape(name)}\b", text) is None


def named_after(text: str, name: str, position: int, candidates: list[tuple[int, int, str]]) -> bool:
    """True when, of the name ``candidates`` (start, end, words), one between
    the last time ``text`` writes the business ``name`` and ``position`` names
    another body, the headline not naming ``name``: a body's name, or a
    business's of two words or more opening on no given name (``Varo Dairy``
    after ``Kell Foods``: ``the company`` is not Kell Foods)."""
    extent = front_matter(text)  # the headline and byline, as the registry reads them
    if extent is not None and headline_names(text[: extent[1] + 1], name):
        return False
    last = text.rfind(name, 0, position)
    for start, _end, written in candidates:
        other = POSSESSIVE_END_RE.sub("", written)
        if not last < start < position or other in name or name in other:
            continue
        if speaker_kind(other) == "organization" or (
            " " in other and names_a_business(other) and given_name_gender(other.split()[0]) is None
        ):
            return True
    return False


def shop_named_before(text: str, noun: str, position: int) -> bool:
    """True when ``noun`` (``diner``) ends a shop's name written before
    ``position`` (``the Lantern Diner``, :data:`SHOP_NAME_ENDS`): ``the diner``
    after it is that shop, no one who dines."""
    if noun not in SHOP_NAME_ENDS:
        return False
    named = re.compile(r"\b(?:[A-Z][\w'’-]*[ \xa0]+){1,3}" + re.escape(noun.capitalize()) + r"\b")
    return named.search(text, 0, position) is not None
