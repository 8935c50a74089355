"""Quoted words that name something rather than quote anyone: a name after
``the name`` (``registered under the name “Lucky Sevens”``), ``known ...
as`` or ``knew as``, a name or title an apposition calls one (``“Captain
Tide,” a nickname``), a name a relative clause gives (``whom teammates
call “the Professor”``), a title after ``version of`` or ``sequel to``, a
paper's title said to be published, an analyst's rating of a stock, and a name set
between a determiner and the noun of a thing that bears it (``the app's
“Moments” feature``) (:mod:`quotes.extract.quoted_kind` reads them)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from quotes.extract.direct_quote_words import AUXILIARY_VERBS
from quotes.extract.display_words import (
    ANALYST_RATINGS,
    GENRE_NOUNS,
    NAME_BEARING_NOUNS,
    NAME_NOUNS,
    NAMING_ADVERBS,
    NOT_A_NAME_MODIFIER,
    PUBLISHED_WORK_NOUNS,
    RATING_NOUNS,
    RATING_VERBS,
    SCHEME_NOUNS,
    SHOW_RUN_VERBS,
)
from quotes.extract.lexicon import CALLING_VERBS, DESCRIBED_AS_VERBS, speech_forms, verb_forms
from quotes.extract.patterns import TITLED_WORK_NOUNS, WORK_NOUNS
from quotes.extract.quotemarks import QuotedSpan
from quotes.extract.speaker_words import PRONOUNS
from quotes.extract.title_shapes import TITLE_SMALL_WORDS

#: How far before and after the marks the rules read.
_REACH = 40
#: The most words of a name.
_MAX_NAME_WORDS = 5
#: Words that open a clause, not a name (``We Won Big``, ``This Is It``).
_CLAUSE_OPENERS = PRONOUNS | frozenset("this these those there here let's let’s".split())
#: Endings of a single word that make it an adjective or a participle, a
#: verdict rather than a name (``the “Incredible” show``, ``its “Rigged” page``).
_ADJECTIVE_ENDINGS = ("able", "ible", "ful", "ous", "ive", "less", "ing", "ed", "est", "ic", "al", "ish")
#: Contractions of ``is`` or ``us`` that look like an owner's possessive (``it's``).
_NOT_OWNERS = frozenset("it that he she there what who here where let how".split())

#: How many words before a single-word name a verb of saying or calling makes
#: it someone's verdict (``told the inquiry the firm's “Secret” account``).
_CALLING_REACH = 6
#: The phrases right before the marks that make the quoted words a name
#: (``under the name “Lucky Sevens”``, ``code-named “Blue Heron”``).
_NAME_WORDS_BEFORE_RE = re.compile(
    r"\b(?:the[ \xa0]+name|code-named|codenamed|code[ \xa0]+named)[ \xa0]*\Z", re.IGNORECASE
)
#: ``known ... as`` with a few words between them right before the marks
#: (``known in the industry as “FADs”``, ``known locally as``): the name
#: something goes by (with nothing between, ``known as`` is a scare word);
#: not someone's acquaintance (``I have known him for years as “a true
#: gentleman”``: a verdict, in the perfect or with a person known).
_KNOWN_AS_RE = re.compile(
    r"(?<!\bhave[ \xa0])(?<!\bhas[ \xa0])(?<!\bhad[ \xa0])(?<!\bve[ \xa0])\bknown"
    r"(?![ \xa0]+(?:him|her|them|it|me|us|you|each)\b)(?:[ \xa0]+[\w'’-]+){1,4}?[ \xa0]+as[ \xa0]*\Z",
    re.IGNORECASE,
)
#: An adverb of naming and a verb of naming right before the marks
#: (``popularly called “``, ``locally known as “``, ``commonly referred to as “``).
_ADVERB_NAMING_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(NAMING_ADVERBS))
    + r")[ \xa0]+(?:called|known[ \xa0]+as|referred[ \xa0]+to[ \xa0]+as|named|dubbed|nicknamed|termed),?[ \xa0]*\Z",
    re.IGNORECASE,
)
#: A comma and ``which`` with a verb of a show's run right after a title
#: (``“Salt Roads,” which runs until May``, ``“Tide Lines”, which opens``).
_SHOW_RUNS_AFTER_RE = re.compile(
    r"\A,?[”\"’']?,[ \xa0]+which[ \xa0]+(?:" + "|".join(sorted(SHOW_RUN_VERBS)) + r")\b"
)
#: ``knew as`` or ``know as`` right before the marks, its object before it
#: (``the accused, whom traders knew as “Chairman”``): the name he goes by.
_KNEW_AS_RE = re.compile(r"\b(?:knew|know|knows)[ \xa0]+as[ \xa0]*\Z", re.IGNORECASE)
#: Participles saying a work came out, as a pattern.
_PUBLISHING_PARTICIPLES = "published|posted|written|released|aired|broadcast|printed"
#: What follows a work's title, not words read from it (``In a commentary,
#: “Save the ferry,” published last week, ...``).
PUBLISHED_AFTER_RE = re.compile(rf"['’\"”]?,?[ \xa0]+(?:{_PUBLISHING_PARTICIPLES}|which|that[ \xa0]+ran)\b")
#: Words right after a paper's title saying it came out (``“…,” published
#: this month``): a participle of publishing, not a bare ``which``.
_PUBLISHED_PARTICIPLE_RE = re.compile(rf"['’\"”]?,?[ \xa0]+(?:{_PUBLISHING_PARTICIPLES})\b")
#: A pronoun or a possessive opening quoted words: a clause, never a title (``It is a whitewash``).
_CLAUSE_OR_OWNER_OPENERS = _CLAUSE_OPENERS | frozenset("my our your his her its their".split())
#: The nouns of works and names an apposition after a title or a name gives.
_APPOSED_NOUNS = (*WORK_NOUNS, *TITLED_WORK_NOUNS, *GENRE_NOUNS, *NAME_NOUNS)
#: An indefinite apposition naming a kind of work or a name right after the
#: closing mark (``“Light Across the Water,” a hymn he wrote``, ``“Madam
#: Pepper,” a nickname``), the noun ending the apposition: punctuation, a
#: pronoun or a linking word after it (not ``“Disgraceful,” a single mother``).
_APPOSED_KIND_AFTER_RE = re.compile(
    r"\A,?[”\"’']?,[ \xa0]+(?:a|an)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?(?P<noun>"
    + "|".join(sorted(_APPOSED_NOUNS, key=len, reverse=True))
    + r")s?\b(?!-)(?=[ \xa0]*(?:[^\w \xa0]|\Z)|[ \xa0]+(?P<rest>he|she|they|we|I|it|you|that|which|by|from|of"
    r"|for|in|on|with|about|written|released|published|recorded)\b)"
)
#: A written work and a comma right before the opening mark (``Her team's
#: latest paper, “``, ``the study, “``).
_PUBLISHED_WORK_BEFORE_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted({*WORK_NOUNS, *TITLED_WORK_NOUNS, *PUBLISHED_WORK_NOUNS}, key=len, reverse=True))
    + r")s?,[ \xa0]*\Z",
    re.IGNORECASE,
)
#: The most words of a paper's title :func:`published_title` reads.
_MAX_PAPER_TITLE_WORDS = 12
#: A determiner or an owner's possessive right before an opening mark, one
#: word between them or not (``the “``, ``its new “``, ``the app's “``).
_OWNER_BEFORE_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Mm]y)"
    r"|\b(?P<owner>\w+)['’]s|\ws['’])(?:[ \xa0]+(?P<word>[a-z][\w-]*))?(?P<end>[ \xa0]*)\Z"
)
#: A word in lower case right after a closing mark (``” feature``).
_WORD_AFTER_RE = re.compile(r"[ \xa0]+([a-z][\w-]*)\b")
#: How many words before a rating a verb of rating may stand (``upgraded
#: the harbour operator to “outperform” from “hold”``).
_RATING_REACH = 8
#: The preposition right before a rating a stock is moved to or from (``to “``).
_RATING_PREPOSITION_RE = re.compile(r"\b(?:to|from|at|as)[ \xa0]*\Z")
#: Verbs that give something its name in a clause whose object is the noun
#: before it (``an assistant the company calls “Margin”``); ``called`` alone
#: also gives verdicts (``a plan the union called “Madness”``), so it names
#: only with two words or more.
_NAMING_VERBS = "calls|call|dubs|dubbed|names|named|nicknamed|christened|brands|branded"
#: A noun, then the subject of a relative clause with no relative pronoun
#: (``the company``, ``its makers``, ``they``), then a verb of naming or
#: ``called`` right before the opening mark: the clause names the noun.
_NAMED_IN_CLAUSE_RE = re.compile(
    r"\b(?P<noun>[a-z][\w-]*)[ \xa0]+(?:(?:the|its|his|her|their|our)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}?[\w-]+"
    rf"|it|they|we|he|she|(?P<plural>[a-z]+s(?<!ss)))[ \xa0]+(?P<verb>{_NAMING_VERBS}|called)[ \xa0]*\Z"
)  # "the stadium students call “the Nest”": a bare plural for who names it too
#: A verb of naming in the present and a pronoun or a name as its object
#: right before the opening mark (``His teammates call him “the Wall”``,
#: ``friends call her “Tiny”``): the name someone goes by; ``called`` is left
#: out (``the union called it “madness”``: a verdict).
_CALLED_BY_NAME_RE = re.compile(
    r"\b(?:call|calls|dub|dubs|nickname|nicknames)[ \xa0]+(?:him|her|them|it|[A-Z][\w'’-]+)[ \xa0]*\Z"
)
#: A relative pronoun, the subject of its clause (one to three words: ``teammates``,
#: ``local fans``, ``we``) and a verb of naming in the present, or a
#: participle of naming after ``have``, right before the opening mark (``whom
#: teammates call “the Professor”``, ``which residents have dubbed “the
#: Crossing”``): the clause gives a name, not a verdict (``which he called
#: “a disgrace”`` keeps ``called``, a verdict as often as a name).
_NAMED_BY_RELATIVE_RE = re.compile(
    r"\b(?:whom|which|that|who)[ \xa0]+(?:[\w'’-]+[ \xa0]+){0,2}?[\w'’-]+[ \xa0]+"
    r"(?:(?:often|still|now|affectionately|simply|fondly|jokingly|sometimes)[ \xa0]+)?"
    r"(?:call|calls|dub|dubs|nickname|nicknames|(?:have|has)[ \xa0]+(?:dubbed|nicknamed|christened))[ \xa0]*\Z",
    re.IGNORECASE,
)
#: A noun of a work made from another and its preposition right before the
#: opening mark (``a mobile version of “``, ``the sequel to “``, ``a stage
#: adaptation of “``): what follows is the other work's title.
_DERIVED_WORK_BEFORE_RE = re.compile(
    r"\b(?:version|edition|adaptation|remake|remaster|sequel|prequel|spin-?off|reboot|successor|follow-up)s?"
    r"[ \xa0]+(?:of|to)[ \xa0]*\Z",
    re.IGNORECASE,
)
#: Words that may stand before the subject of a clause without being the noun it names.
_NOT_NAMED_NOUNS = frozenset(
    "and but or so then when while because if as after before since also said says yet".split()
)
#: An owner and an ordinal or ``latest`` standing for a work, and a comma,
#: right before the opening mark (``Her first, “``, ``His latest, “``).
_ORDINAL_WORK_BEFORE_RE = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)[ \xa0]+(?:first|second|third|fourth|fifth|latest|last"
    r"|previous|next|newest|earlier|final|debut)[ \xa0]*,[ \xa0]*\Z"
)
#: A comma closing an apposition and a word in lower case going on with the sentence (``, was``).
_APPOSITION_GOES_ON_RE = re.compile(r"\A,[ \xa0]+[a-z]")


@cache
def _calling_forms() -> frozenset[str]:
    """The forms of the verbs of saying, calling and describing (``said``,
    ``called``, ``describes``, ``labelled``)."""
    describing = (form for lemma in DESCRIBED_AS_VERBS | CALLING_VERBS for form in verb_forms(lemma))
    return frozenset(speech_forms()).union(describing)


def named_by_name_words(text: str, span: QuotedSpan) -> bool:
    """True for words that read as a name right after ``the name`` or
    ``code-named`` (``was registered under the name “Lucky Sevens.”``); not
    words someone said about a name (``said the name “still means a lot”``)."""
    before = text[max(0, span.open_at - _REACH) : span.open_at]
    return _NAME_WORDS_BEFORE_RE.search(before) is not None and _reads_as_name(text[span.start : span.end])


def known_as(text: str, span: QuotedSpan) -> bool:
    """True for a few words with no stop inside after ``known ... as``
    (``fish aggregating devices, known in the industry as “FADs,”``,
    ``known to fans as “the Admiral”``): the name something goes by."""
    content = text[span.start : span.end].rstrip(".,;:")
    before = text[max(0, span.open_at - _REACH) : span.open_at]
    return _few_words_no_stop(content) and (
        _KNOWN_AS_RE.search(before) is not None or _knew_as(content, before)
    )


def _few_words_no_stop(content: str) -> bool:
    """True for one to five words with no stop inside (``mai ruwa``, ``the Admiral``)."""
    return 0 < len(content.split()) <= _MAX_NAME_WORDS and not re.search(r"[.!?…;:]", content)


def named_by_adverb(text: str, span: QuotedSpan) -> bool:
    """True for a few words with no stop inside after an adverb of naming and
    ``called`` or ``known as`` (``water vendors, popularly called “mai
    ruwa”``, ``the bend locally known as “the elbow”``): what people at
    large call a thing, a name even in lower case; not ``called`` alone,
    which gives a speaker's verdict (``the union called it “madness”``)."""
    content = text[span.start : span.end].rstrip(".,;:")
    before = text[max(0, span.open_at - _REACH) : span.open_at]
    return _few_words_no_stop(content) and _ADVERB_NAMING_BEFORE_RE.search(before) is not None


def show_title_running(text: str, span: QuotedSpan) -> bool:
    """True for a title in title case that a comma and ``which`` with a verb
    of a show's run follow (``“Salt Roads,” which runs until May 2,
    traces``, ``“Tide Lines”, which opened last week``): an exhibition's or
    a play's title, nobody's words; not a sentence (``“We Won,” which``
    needs a name's shape)."""
    _before, closing, after = _around(text, span)
    content = text[span.start : span.end].rstrip(",")
    return _SHOW_RUNS_AFTER_RE.match(closing + after) is not None and _reads_as_name(content)


def _knew_as(content: str, before: str) -> bool:
    """True for a name in title case right after ``knew as`` (``whom traders
    knew as “Chairman”``); not words in lower case (``knew as “a child”``)."""
    return _KNEW_AS_RE.search(before) is not None and _reads_as_name(content)


def named_by_apposition(text: str, span: QuotedSpan) -> bool:
    """True for a name or a title in title case that an indefinite apposition
    right after it says is a work or a name (``played “Light Across the
    Water,” a hymn he wrote``, ``call her “Madam Pepper,” a nickname she
    dislikes``), or a name in any case a name's noun follows (``calling the
    line “the Neverline,” a nickname``); not when the noun has a verb of
    saying of its own (``“Not Today,” a report said``)."""
    _before, closing, after = _around(text, span)
    found = _APPOSED_KIND_AFTER_RE.match(closing + after)
    content = text[span.start : span.end]
    if found is None or not (_reads_as_name(content) or _named_in_any_case(content, found.group("noun"))):
        return False
    rest = (found.group("rest") or "").strip().lower()
    return rest not in speech_forms()


def _named_in_any_case(content: str, noun: str) -> bool:
    """True for a few words with no stop, pronoun or verb of their own
    before an apposition whose noun is a name's (``calling the line “the
    Neverline,” a nickname that``): a nickname in lower case is a name too;
    not ``“it is a disgrace,” a name``."""
    bare = content.rstrip(".,")
    return noun in NAME_NOUNS and _few_words_no_stop(bare) and "," not in bare


def published_title(text: str, span: QuotedSpan) -> bool:
    """True for the title of a written work between a comma after its noun
    and words saying it came out (``Her team's latest paper, “Acoustic
    signatures of reef recovery,” published this month, suggests``), in
    sentence case as scientific papers are; not words the work says (``The
    report, “We failed,” its authors wrote``; ``defended the study, “Our
    sample was large,” written in a reply``; nor before a bare ``which``)."""
    content = text[span.start : span.end].rstrip(",;: ")
    before, _closing, after = _around(text, span)
    return (
        0 < len(content.split()) <= _MAX_PAPER_TITLE_WORDS
        and content[:1].isupper()
        and not re.search(r"[.!?…][ \xa0]|[.!?…]\Z", content)
        and _PUBLISHED_WORK_BEFORE_RE.search(before) is not None
        and content.split()[0].lower() not in _CLAUSE_OR_OWNER_OPENERS
        and _PUBLISHED_PARTICIPLE_RE.match(after) is not None
    )


def named_in_clause(text: str, span: QuotedSpan) -> bool:
    """True for a name in title case that a relative clause with no relative
    pronoun gives to the noun before it (``an on-device assistant the company
    calls “Margin,” which``, ``a fund they dubbed “Blue Harbour”``, ``what
    the firm called “Smart Sync”``); a single word after ``called`` stays a
    verdict (``a plan the union called “Madness”``), and so does a single
    word shaped as an adjective (``the man they call “Reckless”``). A clause
    with a relative pronoun is read by :func:`named_by_relative_clause`."""
    before, written = _around(text, span)[0], text[span.start : span.end].rstrip(".,")
    content = re.sub(r"\A[Tt]he[ \xa0]+", "", written)  # "the stadium students call “the Nest.”"
    found = _NAMED_IN_CLAUSE_RE.search(before)
    if found is None:
        return named_by_relative_clause(text, span)
    if found.group("noun") in _NOT_NAMED_NOUNS or not _reads_as_name(content):
        return False
    words = content.split()
    if len(words) > 1 or content != written:
        return True
    if found.group("plural"):
        return False  # "a plan critics call “Madness”": a verdict, no "the Nest"
    return found.group("verb") != "called" and not words[0].lower().endswith(_ADJECTIVE_ENDINGS)


def named_by_relative_clause(text: str, span: QuotedSpan) -> bool:
    """True for a name that a relative clause gives the noun before it
    (``Varga, whom teammates call “the Professor” for his habit of``, ``the
    climb, which local fans call “La Pared”``), or that a verb of naming in the
    present gives its object (``teammates call him “the Wall”``): a name in title case, ``the``
    before it or not; a single word shaped as an adjective stays a verdict
    (``a plan which critics call “Reckless”``), and so do words in lower case
    (``which opponents call “a giveaway”``)."""
    before, written = _around(text, span)[0], text[span.start : span.end].rstrip(".,")
    called = _CALLED_BY_NAME_RE.search(before) is not None and (
        written[:4] in ("the ", "The ") or " " in written
    )
    if _NAMED_BY_RELATIVE_RE.search(before) is None and not called:  # "call him “the Wall”", not “Treason”
        return False
    return _name_not_adjective(re.sub(r"\A[Tt]he[ \xa0]+", "", text[span.start : span.end].rstrip(".,")))


def derived_work_title(text: str, span: QuotedSpan) -> bool:
    """True for a title in title case after the noun of a work made from it
    (``a planned mobile version of “Skyline”``, ``the sequel to “Night
    Ferry”``): a title, nobody's words; not words in lower case (``a version
    of “what really happened”``) nor a single word shaped as an adjective."""
    content = text[span.start : span.end].rstrip(".,")
    return _DERIVED_WORK_BEFORE_RE.search(_around(text, span)[0]) is not None and _name_not_adjective(content)


def _name_not_adjective(content: str) -> bool:
    """True for words that read as a name (:func:`_reads_as_name`), unless a
    single word shaped as an adjective (``Reckless``: a verdict)."""
    words = content.split()
    return _reads_as_name(content) and (len(words) > 1 or not words[0].lower().endswith(_ADJECTIVE_ENDINGS))


_OPENING_MARKS = "“\"‘'"
_CLOSING_MARKS = "”\"’'"


def _quoted_before(text: str, content: str) -> Iterator[tuple[int, int]]:
    """The opening and closing marks of each time ``text`` puts ``content``
    (ending on no full stop or comma) in quotation marks, maybe with a full
    stop or comma inside the closing one, as ``re.finditer`` of that pattern
    would find them: read only where ``content`` is written."""
    at = text.find(content, 1)
    while at >= 0:
        after = at + len(content)
        after += text.startswith((".", ","), after) and text.startswith(tuple(_CLOSING_MARKS), after + 1)
        if text[at - 1] in _OPENING_MARKS and text.startswith(tuple(_CLOSING_MARKS), after):
            yield at - 1, after
            at = text.find(content, after + 2)
        else:
            at = text.find(content, at + 1)


def named_earlier(text: str, span: QuotedSpan, named: Callable[[str, QuotedSpan], bool]) -> bool:
    """True for a name or title in title case that the article quoted earlier
    word for word where ``named`` took it for a name or a title (``the comedy
    “Gullhaven”`` before ``Ana Lind said “Gullhaven” would return``): the
    same name met again, not words said; words that were never a name
    earlier (``“Never Again,” she said``) stay as they are."""
    content = text[span.start : span.end].rstrip(".,")
    if not _reads_as_name(content):
        return False
    for open_at, close_at in _quoted_before(text[: span.open_at], content):
        earlier = QuotedSpan(
            start=open_at + 1, end=open_at + 1 + len(content), open_at=open_at, close_at=close_at
        )
        if named(text, earlier):
            return True
    return False


def named_by_ordinal(text: str, span: QuotedSpan) -> bool:
    """True for a title in title case set off by commas after an owner and an
    ordinal that stand for a work named before (``Her first, “Quiet Harbor,”
    was a two-hander``, ``His latest, “Salt Roads,” opens in May``): the
    sentence goes on after the apposition, so the words are its title."""
    before, closing, after = _around(text, span)
    return (
        _ORDINAL_WORK_BEFORE_RE.search(before) is not None
        and _reads_as_name(text[span.start : span.end])
        and _APPOSITION_GOES_ON_RE.match(closing + after) is not None
    )


def _reads_as_name(content: str) -> bool:
    """True for one to five words in title case with no verb, no comma and
    no pronoun opening a clause (``Lucky Sevens``, ``Silver Gull``; not ``We
    Won Big``, ``It Is Over``, nor words in lower case)."""
    words = content.rstrip(".").split()
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and not re.search(r"[,;:!?…]", content)
        and words[0][:1].isupper()
        and words[0].lower() not in _CLAUSE_OPENERS
        and all(
            word[:1].isupper() or word[:1].isdigit() or word.lower() in TITLE_SMALL_WORDS for word in words
        )
        and not any(_verb_word(word) for word in words)
    )


def _verb_word(word: str) -> bool:
    """True for an auxiliary, a negated verb or a verb of saying (``Is``,
    ``Won't``, ``Says``): a name has no verb of its own."""
    lower = word.lower().strip(".'’")
    return lower in AUXILIARY_VERBS or lower.endswith(("n't", "n’t")) or lower in speech_forms()


def named_before_noun(text: str, span: QuotedSpan) -> bool:
    """True for a name in title case between a determiner or an owner's
    possessive (one word between them or not) and the noun of a thing that
    bears a name (``the app's “Moments” feature``, ``its “Line Watch” page``,
    ``the “Flip First” pact``): a name used as a modifier, nobody's words. A
    noun of a scheme takes a name of two words or more; a single word
    shaped as an adjective, or after a verb of saying or calling, stays a
    verdict (``the “Incredible” show``, ``called it a “Disaster” series``)."""
    content, (before, closing, after) = text[span.start : span.end], _around(text, span)
    words = content.split()
    owner = _OWNER_BEFORE_RE.search(before)
    noun = _WORD_AFTER_RE.match(after)
    if owner is None or noun is None or not _reads_as_name(content) or closing.strip():
        return False
    if (owner.group("owner") or "").lower() in _NOT_OWNERS or not _modifier_word(owner.group("word")):
        return False
    if len(words) > 1:
        return noun.group(1) in NAME_BEARING_NOUNS | SCHEME_NOUNS
    return (
        noun.group(1) in NAME_BEARING_NOUNS
        and not words[0].lower().endswith(_ADJECTIVE_ENDINGS)
        and not _words_before(before[: owner.start()], _CALLING_REACH) & _calling_forms()
    )


def analyst_rating(text: str, span: QuotedSpan) -> bool:
    """True for an analyst's rating of a stock (:data:`ANALYST_RATINGS`)
    before the noun of a rating (``kept her “buy” call``) or after ``to``,
    ``from``, ``at`` or ``as`` with a verb of rating a few words before
    (``upgraded the shares to “buy” from “hold”``): a term of the trade, not
    anybody's words; other verdicts before ``rating`` stay quotes (``his
    “B-minus” rating``)."""
    content = text[span.start : span.end].strip().rstrip(".,").lower()
    if content not in ANALYST_RATINGS:
        return False
    _before, _closing, after = _around(text, span)
    noun = _WORD_AFTER_RE.match(after)
    if noun is not None and noun.group(1) in RATING_NOUNS:
        return True
    before = text[max(0, span.open_at - 2 * _REACH) : span.open_at]
    return _RATING_PREPOSITION_RE.search(before) is not None and bool(
        _words_before(before, _RATING_REACH) & RATING_VERBS
    )


def _around(text: str, span: QuotedSpan) -> tuple[str, str, str]:
    """The text right before the opening mark, between the quoted words and
    the closing mark (a comma or stop inside the marks), and right after the
    closing mark."""
    close = span.close_at if span.close_at is not None else span.end
    return (
        text[max(0, span.open_at - _REACH) : span.open_at],
        text[span.end : close],
        text[close + 1 : close + 1 + _REACH],
    )


def _modifier_word(word: str | None) -> bool:
    """True for no word or a word that may stand between a determiner and a
    name (``new``, ``popular``), not a verb of saying, an auxiliary or an
    adverb (``the company said``, ``the deal was``)."""
    if word is None:
        return True
    lower = word.lower()
    return lower not in _calling_forms() and lower not in AUXILIARY_VERBS and lower not in NOT_A_NAME_MODIFIER


def _words_before(before: str, count: int) -> set[str]:
    """The last ``count`` words of ``before`` in its clause, in lower case."""
    clause = re.split(r"[.!?;:,—–()\n]", before)[-1]
    return {word.lower() for word in re.findall(r"[\w'’-]+", clause)[-count:]}
