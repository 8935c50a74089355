"""Quotes of someone an article describes first and names later: ``A harbour
officer testified ...`` then ``The officer, Dag Orrin, told ...``; a title
whose holder a later ``Provost Amara Lind`` names; whom a story is about,
named by the next paragraph (:mod:`quotes.extract.story_subjects`)."""

from __future__ import annotations

import re

from quotes.extract.gender import full_name_gender, noun_gender
from quotes.extract.given_name_clauses import GAVE_NAME_LATER_RE
from quotes.extract.headline import headline_extent, headline_speaker_noun
from quotes.extract.lead_deeds import same_deed_named_next
from quotes.extract.lexicon import RECORD_SHOWING_VERBS, verb_forms
from quotes.extract.mentions import head_word
from quotes.extract.patterns import NAME_WORDS
from quotes.extract.role_words import names_a_person
from quotes.extract.source_words import ANY_BUSINESS_NOUNS
from quotes.extract.speaker_words import BUSINESS_NOUNS, GENERIC_PERSON_NOUNS, ORG_HEADS
from quotes.extract.story_subjects import full_name, named_in_next_paragraph, opens_story, story_subject
from quotes.extract.title_words import TITLE_WORDS, TITLES_OF_NOUNS
from quotes.records import Quote

#: How far after a description an article may name who it describes.
_NAMED_WITHIN = 1500
#: ``, the`` before a description in apposition to a name (``Dag Orrin, the officer``).
_COMMA_THE_RE = re.compile(r",[ \xa0]+the[ \xa0]")


def name_later(quotes: list[Quote], text: str) -> list[Quote]:
    """``A harbour officer testified ...`` and, further on, ``The officer, Dag
    Orrin, told ...``: quotes of someone the article introduces by a
    description and names afterwards take the name (the mention stays)."""
    named: dict[str, str] = {}
    for quote in quotes:
        if quote.speaker_kind != "anonymous" or quote.speaker is None or quote.speaker_end is None:
            continue
        if quote.speaker not in named:
            mention, end = _described_mention(quote, text)
            name = named_after(text, mention, end)
            if name is None:
                continue
            named[quote.speaker] = name
        _take_name(quote, named[quote.speaker])
    return _headline_follows_lead(quotes, text)


#: A relative pronoun a speaker mention may be (``A rogue roofer who told ...``).
_RELATIVE_MENTIONS = frozenset({"who", "that", "which"})


def _described_mention(quote: Quote, text: str) -> tuple[str, int]:
    """The mention of ``quote``'s speaker and where it ends: for a relative
    pronoun, the description it stands for right before it (``A rogue roofer|
    who told ...``), if the text holds it there."""
    assert quote.speaker_end is not None
    mention = text[quote.speaker_start : quote.speaker_end] if quote.speaker_start is not None else ""
    if mention.lower() not in _RELATIVE_MENTIONS or quote.speaker_start is None or not quote.speaker:
        return mention, quote.speaker_end
    before = re.search(
        rf"\b(?:[Aa]n?|[Tt]he)[ \xa0]+{re.escape(quote.speaker)},?[ \xa0]+\Z",
        text[max(0, quote.speaker_start - 80) : quote.speaker_start],
    )
    if before is None:
        return mention, quote.speaker_end
    start = quote.speaker_start - len(before.group())
    described = before.group().rstrip(", \xa0")
    return described, start + len(described)


def _take_name(quote: Quote, name: str) -> None:
    """Give ``quote`` the person ``name`` for the description it had (kept as the role, but a bare ``man``)."""
    role = quote.role or quote.speaker or ""
    quote.role = None if role.lower() in GENERIC_PERSON_NOUNS else role  # no role: "A man"
    quote.speaker, quote.speaker_kind = name, "person"


def _headline_follows_lead(quotes: list[Quote], text: str) -> list[Quote]:
    """A headline's bare noun for its speaker (``Witness says ...``) takes the
    name the story's lead description was given by the next paragraph (``A
    woman who ... told jurors`` ¶ ``..., testified Ada Velk, 58, the first
    witness``: :func:`_lead_named_next`), when that paragraph gives the name
    the headline's noun or the lead gave it that noun (``A witness told``)."""
    noun = headline_speaker_noun(text)
    extent = headline_extent(text)
    if noun is None or extent is None:
        return quotes
    lead = next((q for q in quotes if q.start > extent[1] and q.speaker_start is not None), None)
    if lead is None or lead.speaker_kind != "person" or not opens_story(text, lead.start):
        return quotes
    assert lead.speaker_start is not None and lead.speaker_end is not None
    mention = text[lead.speaker_start : lead.speaker_end]
    found = _lead_named_next(text, mention, lead.speaker_end)
    if found is None or found[0] != lead.speaker or noun not in (found[1], head_word(mention)):
        return quotes
    for quote in quotes:
        if quote.end <= extent[1] and (quote.speaker or "").lower() == noun:
            _take_name(quote, found[0])
    return quotes


#: Words saying that what follows is about someone else (``In a separate case``).
_ANOTHER_RE = re.compile(r"\b(?:[Aa]nother|[Aa][ \xa0]+(?:separate|different|second))\b")

#: How far after a title's name such words may stand (``of another diocese``).
_ANOTHER_AFTER = 30
#: Titles of which a school or a city has one holder at a time (``the provost``),
#: whose bare mention a later ``Provost Amara Lind`` names; not ``the judge`` or
#: ``the coach``, whom a later title may not mean.
_ONE_HOLDER_TITLES = frozenset({"provost", "rector", "registrar", "chancellor", "vice-chancellor"})

#: Words before a title that make its holder someone past (``former Mayor Ana Berg``).
_FORMER_BEFORE_RE = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Tt]he[ \xa0]+late)[ \xa0]*\Z")

#: The body named after a title holder's name (``Ines Halt of Vell College``).
_OF_BODY_RE = re.compile(r"[ \xa0]+of[ \xa0]+((?:the[ \xa0]+)?[A-Z][\w'’-]*(?:[ \xa0]+[A-Z][\w'’-]*)*)")


#: A business's head described by its possessive (``its boss``, ``the chain's
#: chief executive``, ``its founder``).
_BUSINESS_HEAD_RE = re.compile(
    r"(?:[Ii]ts|[Tt]he[ \xa0]+([\w-]+)['’]s)[ \xa0]+(?:boss|chief[ \xa0]+executive|founder)"
    r"|CEO|[Bb]oss"  # a headline's bare "CEO says ...", "Boss says ..."
)
#: A business's head named after the post (``Chief executive Graham Hartnell``,
#: ``boss Ann Roe``, ``founder Julian Marsh``).
_HEAD_NAMED_RE = re.compile(
    r"\b(?:[Cc]hief[ \xa0]+[Ee]xecutive|[Bb]oss|[Mm]anaging[ \xa0]+[Dd]irector|[Ff]ounder)"
    rf"(?:[ \xa0]+[Oo]fficer)?[ \xa0]+({NAME_WORDS})"
)
#: What may stand before a bare post inside its sentence: a quotation's close
#: and comma (``,” Chief Executive Ina Sol said``) or a verb by which records
#: tell what someone did (``The messages show founder Jon Marsk urging``); any
#: other lower-case word may make its holder another's (``rival``,
#: ``incoming``, ``whose``, ``caretaker``).
_SHOWING_FORMS = "|".join(sorted(form for verb in RECORD_SHOWING_VERBS for form in verb_forms(verb)))
_INSIDE_SENTENCE_RE = re.compile(rf"(?:,[\"'’”]|(?<![\w'’-])(?:{_SHOWING_FORMS}))[ \xa0]+\Z")
#: ``of`` and a lower-case word after a post's holder (``of rival Kell Mart``):
#: a body other than the story's, which :data:`_OF_BODY_RE` does not read.
_OF_OTHER_RE = re.compile(r"[ \xa0]+of[ \xa0]+[a-z]")
#: What may stand just before a bare post opening its sentence (``.\n\nChief
#: executive``, ``. Boss``, an opening quotation mark).
_SENTENCE_START_RE = re.compile(r"(?:\A|[.!?:][\"'’”]?[ \xa0\n]+|\n[ \xa0]*)[\"“‘]?\Z")


def _bare_head_post(window: str, found: re.Match[str], first_paragraph: str) -> bool:
    """True when the post ``found`` names opens its sentence, or stands in it
    right after a quotation's close or a verb of records showing, with no owner before it (``Union boss Kai
    Moss``, ``Kell Mart's chief executive``, ``Former chief executive``) and no
    body after the name other than one the story's first paragraph named
    (``Ann Roe of Vell Foods``; not ``of rival Kell Mart``)."""
    opens = _SENTENCE_START_RE.search(window, 0, found.start()) or _INSIDE_SENTENCE_RE.search(
        window, 0, found.start()
    )
    if not opens:
        return False
    body = _OF_BODY_RE.match(window, found.end())
    if body is None:
        return _OF_OTHER_RE.match(window, found.end()) is None
    return body.group(1).removeprefix("the ") in first_paragraph


def _business_head_named(text: str, mention: str, end: int) -> str | None:
    """The name of a business's head that a story's first paragraph described
    by a possessive (``after what its boss called a ‘bruising’ Christmas``,
    ``the chain's chief executive``, not ``the union's``): the first name a
    bare post opening its sentence comes before within :data:`_NAMED_WITHIN`
    characters (``Chief executive Graham Hartnell said``, not ``Union boss Kai
    Moss said``); else None."""
    described = _BUSINESS_HEAD_RE.fullmatch(mention)
    if described is None or not opens_story(text, end):
        return None
    owner = described.group(1)
    if owner is not None and owner.lower() not in BUSINESS_NOUNS | ANY_BUSINESS_NOUNS:
        return None
    window = text[end : end + _NAMED_WITHIN]
    for found in _HEAD_NAMED_RE.finditer(window):
        if _ANOTHER_RE.search(window, 0, found.end() + _ANOTHER_AFTER):
            return None
        if _bare_head_post(window, found, text[:end]):
            return full_name(found)
    return None


#: A description by its owner, which gives no name (``the mine's operations
#: manager``, ``its founder``), as ``a``, ``his`` or ``her`` give none.
_OWNED_RE = re.compile(r"(?:[Tt]he[ \xa0]+[\w-]+['’]s|[Ii]ts)[ \xa0]")


def _name_given(text: str, end: int) -> str | None:
    """The name a source gave in the clause after the description ending at
    ``end`` (``who gave only her first name, Bernadette``), or None."""
    given = GAVE_NAME_LATER_RE.match(text, end)
    return given.group(1) if given is not None else None


def named_after(text: str, mention: str, end: int) -> str | None:
    """The name an article gives later (within :data:`_NAMED_WITHIN` characters
    after ``end``) to someone it introduced as ``mention`` (``a harbour
    officer``, ``her lawyer``, ``the mine's operations manager``): ``The
    officer, Dag Orrin,`` (also ending its sentence) or ``Dag Orrin, the
    officer,``; for a title, the first name it
    comes before (``a federal judge`` ... ``Judge Helen Marsh``), also for
    ``the provost`` or a headline's ``provost says`` (``Provost Amara Lind``);
    a business's head (``its boss``) the post names (``Chief executive Ann Roe``);
    the first name a source gave (``who gave only her first name, Bernadette``)."""
    head = _business_head_named(text, mention, end) or _name_given(text, end)
    if head is not None:
        return head
    if (
        mention.lower().startswith(("a ", "an ", "the "))
        and opens_story(text, end)
        and story_subject(text, mention, end)
    ):
        lede = named_in_next_paragraph(text, mention, end)
        if lede is not None:
            return lede
    if mention.lower().startswith(("a ", "an ")) and opens_story(text, end):
        lead = _lead_named_next(text, mention, end)
        if lead is not None:
            return lead[0]
    owned = _OWNED_RE.match(mention)
    if owned is not None:
        return _owned_named(text, mention[owned.end() :], end) or _titled_after(text, mention, end)
    if not mention.lower().startswith(("a ", "an ", "his ", "her ", "their ", _ONE_OF)):
        return _titled_after(text, mention, end)
    described = {*_doers_described(text, end), *_apposed_noun(text, end)}
    if mention.lower().startswith(_ONE_OF):  # "One of the officers" is no later "The man, Ben Udo,"
        nouns = sorted({*_group_member(mention), *described})
    else:
        nouns = sorted({head_word(mention), *GENERIC_PERSON_NOUNS, *described})
    head = "|".join(re.escape(noun) for noun in nouns)
    window = text[end : end + _NAMED_WITHIN]
    found = None
    if any(f"{noun}," in window for noun in nouns):  # each pattern is built only if it can match
        found = re.search(
            rf"\b(?:[Tt]he|[Tt]hat|[Tt]his)[ \xa0]+(?:(?!other\b|second\b)[\w-]+[ \xa0]+){{0,2}}?(?:{head}),[ \xa0]+({NAME_WORDS})(?:,|\.(?=\s|$))",
            window,
        )
    if found is None and _COMMA_THE_RE.search(window) and any(noun in window for noun in nouns):
        found = re.search(
            rf"\b({NAME_WORDS}),[ \xa0]+the[ \xa0]+(?:[\w-]+[ \xa0]+){{0,2}}?(?:{head})\b", window
        )
    if found is not None and _described_twice(text, found.group(0), end + found.start()):
        return None  # "a fabric trader ... a second passenger, a trader ... The trader, Ada Obi,"
    if found is None and head_word(mention) in TITLE_WORDS:
        # "A federal judge denied ...", then "U.S. District Judge Helen Marsh wrote"
        head = head_word(mention)
        found = _holder_named(window, TITLES_OF_NOUNS.get(head, (head.capitalize(),)))
        if found is not None and _ANOTHER_RE.search(window, 0, found.end() + _ANOTHER_AFTER):
            found = None  # "In a separate case, Judge Helen Marsh", "Bishop Ola Lind of another diocese"
        return full_name(found) or _justice_by_surname(window, found)
    return full_name(found)


#: The noun of a naming apposition (``The trader|, Ada Obi,``).
_NAMING_NOUN_RE = re.compile(r"([a-z][\w-]*),")


def _described_twice(text: str, naming: str, at: int) -> bool:
    """Whether the noun that ``naming`` (``The trader, Ada Obi,``, at ``at``)
    names by is held by more than one indefinite description within reach
    before it (``a fabric trader``, then ``a trader``): which one it names is
    unsaid."""
    noun = _NAMING_NOUN_RE.search(naming)
    if noun is None:
        return False
    indefinite = rf"\b(?:[Aa]n?|[Aa]nother)[ \xa0]+(?:[\w-]+[ \xa0]+){{0,3}}?{re.escape(noun.group(1))}\b"
    return len(re.findall(indefinite, text[max(0, at - _NAMED_WITHIN) : at])) > 1


#: A relative clause right after a description (``A woman who was shopping nearby``).
_WHO_CLAUSE_RE = re.compile(r"[ \xa0]+who[ \xa0]+([^,.;:!?\"“”\n]{1,80})")
#: Endings of the clause's verbs, and what each gives the noun for the doer
#: (``shopping`` a ``shopper``, ``worked`` a ``worker``, ``witnessed`` a ``witness``).
_DOER_ENDINGS = (("ing", ("er",)), ("ed", ("er", "")), ("s", ("er",)))


#: A member of a group opening a description (``One of the rescued passengers``):
#: someone indefinite, as ``a passenger`` is.
_ONE_OF = "one of the "
#: An indefinite description in apposition right after another (``One of the
#: passengers|, a fabric trader returning from the market,``): its head noun,
#: before a participle, a preposition, ``who`` or the closing comma.
_APPOSED_NOUN_RE = re.compile(
    r",[ \xa0]+an?[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,3}?([a-z][\w-]*)"
    r"(?=,|[ \xa0]+(?:[a-z]+ing|from|of|in|at|on|with|who)\b)"
)


#: The group's plural noun after ``one of the`` (``One of the| stranded passengers| at``).
_GROUP_NOUN_RE = re.compile(r"(?:[a-z][\w-]*[ \xa0]+){0,2}?([a-z][\w-]*?)(?:(?<=m)en|s)(?=\Z|[ \xa0,])")


def _group_member(mention: str) -> set[str]:
    """The noun for one member of the group ``mention`` opens with ``one of
    the`` (``officer`` of ``One of the officers at the scene``), else empty."""
    found = _GROUP_NOUN_RE.match(mention, len(_ONE_OF))
    if found is None:
        return set()
    return {found.group(1) + ("an" if found.group(0).endswith("men") else "")}


def _apposed_noun(text: str, end: int) -> set[str]:
    """The head noun of an indefinite description in apposition after a
    description ending at ``end`` (``trader`` of ``One of the passengers, a
    fabric trader returning from the market,``), by which a later apposition
    may name them (``The trader, Mrs Kemi Ade,``); else empty."""
    found = _APPOSED_NOUN_RE.match(text, end)
    return {found.group(1)} if found is not None and names_a_person(found.group(1)) else set()


def _doers_described(text: str, end: int) -> set[str]:
    """Nouns for the doer of what the relative clause after a description says
    its person was doing, by which a later apposition may name them: ``A woman
    who was shopping two doors down`` ... ``said the shopper, Mira Talbot``."""
    clause = _WHO_CLAUSE_RE.match(text, end)
    if clause is None:
        return set()
    doers: set[str] = set()
    for word in re.findall(r"[a-z]{4,}", clause.group(1)):
        for ending, nouns in _DOER_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= 4:
                doers.update(word[: -len(ending)] + noun for noun in nouns)
                break
    return doers


def _owned_named(text: str, post: str, end: int) -> str | None:
    """The name given later to someone described by an owner and ``post``
    ending at ``end`` (``the mine's operations manager``): by that post
    (:func:`_owned_post_named`), else by the noun of an indefinite description
    in apposition (``The board's student representative, a junior at Vell
    High,`` ... ``The junior, Tomas Reed,``), whatever that noun is."""
    window = text[end : end + _NAMED_WITHIN]
    named = _owned_post_named(window, post)
    apposed = _APPOSED_NOUN_RE.match(text, end)
    if named is None and apposed is not None:
        named = _owned_post_named(window, apposed.group(1))
    return named


#: ``of`` after a post's holder: another body's (``Chief executive Ana Berg of rival Kell Mart``).
_OF_AFTER_RE = re.compile(r"[ \xa0]+of\b")
#: The word right before a post written as a title.
_WORD_BEFORE_RE = re.compile(r"([\w’'.-]+)[ \xa0]+\Z")
#: Words that may stand right before a post written as a title before a name.
_WORDS_BEFORE_A_TITLE = frozenset("the by from to with and said says told".split())


def _owned_post_named(window: str, post: str) -> str | None:
    """The name a later apposition gives the very post ``post`` that a
    description by its owner held (``the mine's operations manager`` ... ``The
    operations manager, Dag Orrin,``, ``Dag Orrin, the operations manager`` or
    ``Operations Manager Dag Orrin``); no other word may qualify the post (``The prosecution lawyer`` is not ``the
    defendant's lawyer``) and no generic noun stands for it (``the man``)."""
    words = r"[ \xa0]+".join(re.escape(word) for word in post.split())
    if not words:
        return None
    found = re.search(rf"\b[Tt]he[ \xa0]+{words},[ \xa0]+({NAME_WORDS})(?:,|\.(?=\s|$))", window)
    if found is None:
        found = re.search(rf"\b({NAME_WORDS}),[ \xa0]+the[ \xa0]+{words}\b", window)
    if found is None:  # "Auditor General Margaret Vey said": the post as her title
        found = next(
            (
                m
                for m in re.finditer(rf"\b(?i:{words})[ \xa0]+({NAME_WORDS})", window)
                if _unqualified(window, m.start()) and not _OF_AFTER_RE.match(window, m.end())
            ),
            None,
        )
    return full_name(found)


def _unqualified(window: str, at: int) -> bool:
    """True when the post written at ``at`` opens its line or sentence, or
    follows ``the`` or a word of :data:`_WORDS_BEFORE_A_TITLE` (``The report
    by Auditor General Margaret Vey``): no other word makes it someone
    else's (``Deputy Auditor General``, ``rival chief executive``,
    ``ex-auditor general``, ``The province's auditor general``)."""
    if at > 0 and window[at - 1] not in " \xa0\n":
        return at == 0 or window[at - 1] in "(\"“‘'"
    before = _WORD_BEFORE_RE.search(window, max(0, at - 30), at)
    return before is None or before.group(1).lower() in _WORDS_BEFORE_A_TITLE


#: A courtesy title before ``Justice`` (``Mrs Justice``, ``Lord Justice``): a
#: British judge, whom papers name by the surname alone.
_COURTESY_JUSTICE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Lord|Lady)\.?[ \xa0]+\Z")


def _justice_by_surname(window: str, found: re.Match[str] | None) -> str | None:
    """``Justice Calloway`` for a judge written ``Mrs Justice Calloway`` (one
    surname after a courtesy title and ``Justice``), whom a story's ``a High
    Court judge`` described first; None for any other holder."""
    if found is None or not found.group(0).startswith("Justice"):
        return None
    surname = found.group(1).split()
    if len(surname) != 1 or not _COURTESY_JUSTICE_RE.search(window, 0, found.start()):
        return None
    return f"Justice {surname[0].removesuffix('.')}"


#: ``Chief`` right before ``Justice``, which makes it another post (``Chief
#: Justice``, ``Lord Chief Justice``): the judge at the head of a court system,
#: not the judge a story described.
_CHIEF_BEFORE_RE = re.compile(r"\bChief[ \xa0]+\Z")


def _holder_named(window: str, titles: tuple[str, ...]) -> re.Match[str] | None:
    """The first name written in ``window`` after one of ``titles`` (``Mrs
    Justice Eve Hart``), skipping a title that opens another post or a body
    (``Justice Minister Hana Velloso``, ``Justice Department``) and one after
    ``Chief`` before ``Justice`` (``Chief Justice Moira Delancey``)."""
    if not any(title in window for title in titles):
        return None  # no title written: no pattern to build for them
    pattern = rf"\b(?:{'|'.join(re.escape(title) for title in titles)})[ \xa0]+({NAME_WORDS})"
    for found in re.finditer(pattern, window):
        first = found.group(1).split()[0].lower()
        if first in TITLE_WORDS or first in ORG_HEADS:
            continue  # "Justice Secretary Tom Ashdown": a minister, not a judge
        if found.group(0).startswith("Justice") and _CHIEF_BEFORE_RE.search(window, 0, found.start()):
            continue  # the head of a court, not a judge of the story (a "Chief Judge" may be)
        return found
    return None


def _titled_after(text: str, mention: str, end: int) -> str | None:
    """The first name after ``end`` that a title word, the head of ``mention``,
    comes before capitalised (``Provost Amara Lind``): for ``the provost`` (an
    academic title: a school has one) within its paragraph or the next, or for
    a headline's ``mayor says`` in the article; None for any other mention, or
    when the holder named is a former one or another body's (``former Mayor
    Ana Berg``, ``Rector Ines Halt of Vell College``)."""
    words = mention.split()
    head = head_word(mention)
    if head not in TITLE_WORDS or len(words) > 2:
        return None
    headline = headline_extent(text)
    in_headline = headline is not None and end <= headline[1]
    if head not in _ONE_HOLDER_TITLES and not in_headline:
        return None
    if len(words) == 2 and words[0].lower() != "the":
        return None
    window = text[end : end + _NAMED_WITHIN] if in_headline else _this_paragraph_and_next(text, end)
    found = _holder_named(window, TITLES_OF_NOUNS.get(head, (head.capitalize(),)))  # "CEO": "chief executive"
    if found is not None and not _unqualified(window, found.start()):
        return None  # "talks with Harwick, whose chief executive Tom Hale": another's
    if found is None or _ANOTHER_RE.search(window, 0, found.end() + _ANOTHER_AFTER):
        return None
    if _FORMER_BEFORE_RE.search(window, 0, found.start()):
        return None  # "Last year, former Mayor Ana Berg had warned"
    body = _OF_BODY_RE.match(window, found.end())
    if body is not None and body.group(1) not in text[:end]:
        return None  # "Rector Ines Halt of Vell College" after "Marne College ..., the rector said"
    return full_name(found)


def _this_paragraph_and_next(text: str, end: int) -> str:
    """The text from ``end`` to the close of the paragraph after the one holding it."""
    close = text.find("\n", end)
    while 0 <= close < len(text) and text[close] == "\n":
        close += 1
    close = text.find("\n", close) if close >= 0 else -1
    return text[end : close if close >= 0 else len(text)]


#: A full name with an age maybe and a description in apposition after it
#: (``Ada Velk, 58, the first witness called by``): the name, and up to four
#: words of the description.
_NAME_DESCRIBED_RE = re.compile(
    rf"({NAME_WORDS}),(?:[ \xa0]+\d{{1,3}},)?[ \xa0]+(?:the|an?)[ \xa0]+((?:[a-z][\w-]*[ \xa0]*){{1,4}})"
)


def _lead_named_next(text: str, mention: str, end: int) -> tuple[str, str] | None:
    """The name the paragraph after a story's first gives first, in apposition
    to a description holding a noun of the lead's ``mention`` (``A woman who
    was walking her dog ... told jurors`` ¶ ``“...,” testified Ada Velk, 58,
    the first witness called``): the head of ``mention``, the doer of its
    relative clause (``walker``), its apposed noun, or the headline's noun for
    its speaker (``Witness says``), or a name that paragraph opens on and
    tells the lead's deed of (:func:`same_deed_named_next`); with the noun
    found. None when that name
    was written before, tells the other gender, or is given another noun
    (``said Sgt Ola Finn, a police spokesman``)."""
    deed = same_deed_named_next(text, mention, end)
    if (
        deed is not None
    ):  # "A structural engineer who inspected" ¶ "Ola Lind, who carried out the inspection,"
        return deed, head_word(mention)
    paragraph = _this_paragraph_and_next(text, end)
    paragraph = paragraph[paragraph.find("\n") :] if "\n" in paragraph else ""
    found = _NAME_DESCRIBED_RE.search(paragraph)
    name = full_name(found)
    if found is None or name is None or re.search(rf"\b{re.escape(name.split()[-1])}\b", text[:end]):
        return None
    head = head_word(mention)
    nouns = {head, *_doers_described(text, end), *_apposed_noun(text, end), headline_speaker_noun(text)}
    noun = next((word for word in found.group(2).split() if word in nouns), None)
    wanted = noun_gender(head)
    if noun is None or (wanted is not None and full_name_gender(text, name) not in (None, wanted)):
        return None
    return name, noun
