"""Speaker mentions as text: what kind of speaker a mention names (person,
organization, anonymous, group), its head word, and whether it opens its
sentence or clause (:mod:`quotes.extract.titles_before_names` reads the title
before a name, :mod:`quotes.extract.appositives` the role and affiliation in
an appositive after it, :mod:`quotes.extract.name_runs` finds the runs of
capitalised words that can be people's names).

The extractor finds a *mention* of the speaker next to a cue (``Kobb``,
``he``, ``the spokesman``, ``Japan's defense ministry``); these functions read
it, and :class:`quotes.extract.registry.SpeakerRegistry` turns it into a name.
They take text and return plain values with offsets; nothing raises on odd input.
"""

from __future__ import annotations

import re
from functools import lru_cache

from quotes.extract.given_names import given_name_gender
from quotes.extract.irregular_verbs import OPENING_PARTICIPLES
from quotes.extract.joint_bodies import firm_name_with_ampersand, joint_bodies
from quotes.extract.lexicon import SHARE_NOUNS, speech_forms
from quotes.extract.name_words import NOT_NAME_START, PLACE_WORDS, names_a_shop
from quotes.extract.owner_posts import AUXILIARIES as _AUXILIARIES
from quotes.extract.owner_posts import OWNER_POST as _OWNER_POST
from quotes.extract.owner_posts import TITLES_AND_NOUNS as _TITLES_AND_NOUNS
from quotes.extract.owner_posts import TITLES_TRADES_AND_NOUNS as _TITLES_TRADES_AND_NOUNS
from quotes.extract.patterns import DATELINE_COLON_RE, DATELINE_LEAD_RE
from quotes.extract.relative_clauses import where_clause_subject
from quotes.extract.source_words import ANY_BUSINESS_NOUNS, SOURCE_KNOWING_WORDS, SOURCE_KNOWLEDGE_NOUNS
from quotes.extract.speaker_words import (
    ANONYMOUS_MARKERS,
    AREA_BODY_NOUNS,
    BUSINESS_NOUNS,
    COLLECTIVE_GROUP_NOUNS,
    COMPANY_HEADS,
    COMPANY_NOUNS,
    DETERMINERS,
    EVENT_HEADS,
    GROUP_NOUNS,
    INDEFINITE_PERSON,
    INSTITUTION_HEADS,
    ORG_HEADS,
    ORG_PHRASES,
    PERSON_NOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    SOURCE_NOUNS,
    UNIT_NOUNS,
    is_org_head,
)
from quotes.extract.title_words import (
    ABBREVIATED_TITLES,
    DROPPED_TITLES,
    TITLE_WORDS,
)


def speaks_after(text: str, end: int) -> bool:
    """True when a reporting verb follows the word ending at ``end`` (``Venn said``,
    ``Kobb also told``)."""
    match = re.match(r"[ \xa0]+(?:\w+ly[ \xa0]+|also[ \xa0]+|then[ \xa0]+)?([a-z]+)\b", text[end : end + 40])
    return match is not None and match.group(1) in speech_forms()


#: What may stand before the subject of a sentence: an opening word, an
#: introductory phrase (a preposition, conjunction or participle up to a
#: comma: ``Outside the courthouse, Mira Osk``), title words (``But as it turned out, Harbour Director Ansel Kobb``),
#: capitalised words and a title of up to three words in lower case (``Rovers manager Tomas Reye``),
#: a description the name stands in apposition to (``Another analyst, Jon Pirre,``, a team's or
#: a body's post: ``Kell Rangers' skipper, Tom Doyle,``, ``Vell's director of rugby, Ola Lund,``), maybe
#: with lower-case words before the name (``Her opponent, world number three Marta Kessel,``),
#: the inverted verb of a sentence that introduces someone (``Among them was Siri Holm``).
#: An introductory phrase up to its comma (``Outside the courthouse, ``, ``When Maddow said it
#: was “a plan,” ``): a preposition, conjunction or participle opening it.
_INTRODUCTORY = (
    r"(?:(?:As|In|On|At|After|Before|When|While|Since|Although|Though|If|Despite|For|With|Without"
    r"|By|Over|During|Last|Once|Until|Like|Unlike|Under|Through|From|Following|Amid|Within"
    r"|Outside|Inside|Near|Across|Around|Behind|Beside|Beyond|Along|Back|Elsewhere|Nearby"
    r"|[A-Z][a-z]+(?:ing|ed|ly)|"
    + OPENING_PARTICIPLES
    + r")\b(?:[^,.;:!?\n“”\"]|“[^”\n]{1,80}”|\"[^\"\n]{1,80}\"){0,150}?"
    r"(?:,|(?<=,[”\"]))\s+"
    r"|[A-Z][a-z]+(?:[ \xa0]+[a-z-]+){0,2}[ \xa0]+(?:later|earlier),\s+)?"  # "Four plays later, Lund"
)
#: A noun of a trade in lower case before a name (``builder``): a word of agent
#: (``-er``, ``-or``, ``-ist``, ``-ian``), no verb in ``-er`` (``remember``) nor ``former``.
_ER_VERBS = (
    r"(?:remember|consider|deliver|answer|offer|enter|order|wonder|gather|bother|suffer|cover|discover"
    r"|register|prefer|refer|render|counter|honor|honour|favor|favour|monitor|mirror|anchor|sponsor"
    r"|author|mentor|tutor|doctor|slaughter|murder|shatter|batter|flatter|lower|power|empower|deter)"
)
_AGENT = (
    r"(?!(?:other|another|after|over|under|never|ever|whether|however|rather|together|later|earlier"
    r"|either|neither|whatever|whenever|wherever|per|for|former|" + _ER_VERBS[3:-1] + r")\b)"
    r"[a-z]{2,}(?:er|or|ist|ian|eer)"
)
#: A trade in lower case opening a sentence's subject, maybe after one word in
#: capitals and one saying what of (``Retired builder``, ``dairy farmer``): no
#: verb between (``Police charged plumber``: a word in ``-ed`` or ``-s``).
_TRADE_LEAD = (
    r"(?:[A-Z][a-z]+[ \xa0]+)?(?:(?!" + _ER_VERBS + r"\b)[a-z]+(?<!ed)(?<!s)[ \xa0]+)?" + _AGENT + r"[ \xa0]+"
)
#: What a business is, before its name opening a sentence (``Bahrain-based
#: low-cost carrier Dilmun Skies``, ``Home goods retailer Calder & Finch``).
_BUSINESS_LEAD = (
    r"(?:[A-Z][\w.-]*-based[ \xa0]+)?(?:(?!(?:in|of|at|for|to|by|with|on|from|and|or|the|an?)\b)"
    r"[A-Za-z][a-z-]*(?<!ed)[ \xa0]+){0,2}(?:"
    + "|".join(sorted(ANY_BUSINESS_NOUNS | BUSINESS_NOUNS))
    + r")[ \xa0]+"
)  # no preposition or verb in -ed before the noun ("Investors in airline X", "Police raided lender X")
_SUBJECT_LEAD_RE = re.compile(
    r"(?:(?:But|And|So|Yet|Still|Now|Then|Meanwhile|However|Also|Later|Earlier|Instead|Afterwards?"
    r"|Today|Yesterday|Tonight|Soon|Next|Again|Nonetheless|Nevertheless|Otherwise|Elsewhere)\b,?\s+)?"
    + _INTRODUCTORY  # "Outside the hearing, Mr Lund's sister, Eva Lund,"
    + r"(?:(?:(?:Mr|Mrs|Ms|Dr)\.?[ \xa0]+)?(?:[A-Z][\w’'-]*[ \xa0]+){0,2}[A-Z][\w’'-]*(?:[’']s|(?<=s)[’'])[ \xa0]+"
    r"(?:[A-Z][a-z]+[ \xa0]+)?" + _OWNER_POST + r",[ \xa0]+"
    r"(?:[a-z][\w-]*[ \xa0]+){0,3})?"  # "Kell Rangers' skipper, Tom Doyle,", "Vell's English head coach, Ola Lund,"
    r"(?:(?:The|A|An|Another|One|Her|His|Their|Its|(?<=, )(?:the|a|an|another|one|her|his|their|its))(?:[ \xa0]+(?!"
    + _AUXILIARIES
    + r"\b)[\w’'-]+){1,6},[ \xa0]+(?:(?!(?:who|whom|whose|which|that|and|but|or)\b)[a-z][\w-]*[ \xa0]+){0,3})?"
    + _INTRODUCTORY
    + r"(?:[A-Z][\w.’'-]*(?:[ \xa0][A-Z][\w.’'-]*){0,3},[ \xa0]+(?:its|their)[ \xa0]+[a-z][^,.;:\n]{0,50},\s+)?"
    r"(?:Among[ \xa0][^,.;:!?\n“”\"]{1,60}?[ \xa0](?:was|were|is|are)[ \xa0]+)?"  # "Among them was Siri Holm"
    r"(?:(?i:" + _TITLES_AND_NOUNS + r")[ \xa0]+and[ \xa0]+(?:former[ \xa0]+)?)?"  # "Pundit and former ..."
    r"(?:(?:(?:[A-Z][\w.’'-]*|of|the)\s+){0,5}"  # "... Vell captain"; not "Ana Moss and Eva Lind"
    r"(?:(?:" + _TITLES_TRADES_AND_NOUNS + r")\s+){0,3}"  # "Westridge chief executive Tomas Berglund"
    r"|"
    + _TRADE_LEAD
    + r"|"
    + _BUSINESS_LEAD
    + r")"  # "Retired builder Des Ngata", "dairy farmer Rangi Moetara"
    r"(?:(?<=[a-z] )(?:"
    + "|".join(ABBREVIATED_TITLES)
    + r")\.?[ \xa0]+)?"  # "Her colleague Dr Julia Fenwick"
)
#: Where a sentence ends: a closing mark, or one closing a quotation or bracket (``(I-Vt.) Clinton``); not ``.''``,
#: after which the loose lead of a subject would take ``For`` (``income.'' For Norlanders, ...``) for a name's.
_SENTENCE_ENDS = (". ", "? ", "! ", ".) ", "\n", '." ', ".” ", '?" ', "?” ", '!" ', "!” ", "— ", "– ")


def opens_sentence(text: str, start: int) -> bool:
    """True when the name at ``start`` stands where a sentence's subject does:
    first in its sentence but for an opening word, an introductory phrase or
    title words."""
    low = max(0, start - 300)
    sentence = max(
        (at + len(end) for end in _SENTENCE_ENDS if (at := text.rfind(end, low, start)) >= 0), default=low
    )
    lead = text[sentence:start].lstrip()
    dateline = DATELINE_LEAD_RE.match(lead) or DATELINE_COLON_RE.match(lead)
    if dateline is not None and text[sentence - 1 : sentence] in ("", "\n"):
        lead = lead[dateline.end() :]  # "CHICAGO (Meridian) - Skyvale Airlines halted"
    return _SUBJECT_LEAD_RE.fullmatch(lead) is not None


#: The words before the subject of a reported clause (``Prosecutors said``,
#: ``The board told staff that``): a name after them is that clause's subject.
_REPORTED_LEAD_RE = re.compile(
    r"(?:^|[\s,])(?:said|says|say|told[ \xa0]+[\w’'-]+|argued|alleged|claimed|wrote|testified|believe[sd]?)"
    r"(?:[ \xa0]+that)?[ \xa0]+\Z"
)


def clause_subject_at(text: str, start: int) -> bool:
    """True when the name at ``start`` is a clause's subject as the text shows it: it opens its
    sentence (:func:`opens_sentence`), the clause a reporting verb right before it reports
    (``Prosecutors said Ansel Kobb sent ...``), or a relative clause of place or time (:func:`where_clause_subject`)."""
    return (
        opens_sentence(text, start)
        or _REPORTED_LEAD_RE.search(text, max(0, start - 40), start) is not None
        or where_clause_subject(text, start, opens_sentence)
    )


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


def unnamed_role(mention: str) -> str | None:
    """The role of an unnamed speaker's ``mention``: its words without the
    determiner or the word counting it (``one official`` and ``Another
    official`` -> ``official``; ``one of his aides`` whole), None when nothing
    else is left (``Another``); a capitalised word after a determiner opens a
    name (``a One Nation official`` -> ``One Nation official``)."""
    words = strip_determiner(mention).split()
    counting = bool(words) and (words[0].islower() or words[:1] == mention.split()[:1])
    if counting and words[0].lower() in INDEFINITE_PERSON and words[1:2] != ["of"]:
        words = words[1:]  # not "one of his aides"
    return " ".join(words) or None


@lru_cache(maxsize=8192)
def head_word(mention: str) -> str:
    """The last word of a mention, lower-cased, without possessive (``ministry``).
    Kept per string: the resolvers ask again for the same mentions."""
    words = re.findall(r"[\w.'’-]+", mention)
    if not words:
        return ""
    word = words[-1].lower()
    for suffix in ("'s", "’s"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    return word


#: Words that count several speakers before a plural noun (``the two sides``, ``both ministries``).
_COUNT_WORDS = frozenset("both two three four five six seven eight nine ten dozen several".split())


@lru_cache(maxsize=8192)
def share_of_people(text: str) -> bool:
    """True for a share of the people a poll asked (``74 percent``, ``a
    majority``, ``Two-thirds``), not a name holding its word (``Kell Percent``)."""
    head = head_word(text)
    words = text.split()
    share = head in SHARE_NOUNS or head.endswith(("-thirds", "-quarters"))
    return share and (len(words) == 1 or not words[-1][:1].isupper())


@lru_cache(maxsize=8192)
def speaker_kind(mention: str) -> str:
    """Classify a speaker mention: ``person``, ``organization``, ``anonymous``
    or ``group`` (from its words: the pipeline's NER is off for speed). Kept
    per string: the registry and resolvers ask again for the same names."""
    text = _kind_words(mention.strip())
    lower = text.lower()
    head = head_word(text)
    if lower in PRONOUNS_PERSON:
        return "person"
    if lower in PRONOUNS_GROUP:
        return "group"
    if lower in INDEFINITE_PERSON:
        return "anonymous"  # "Another wrote:", "one replied"
    if lower.endswith(ORG_PHRASES):
        return "organization"  # its coast guard
    if joint_bodies(text) or firm_name_with_ampersand(text):
        return "organization"  # "Harlow and Epping councils": bodies speaking together; "Heron & Gale"
    if _names_a_group(text):
        return "group"  # also "people familiar with the matter", "officials at the port"
    if share_of_people(text):
        return "group"  # "74 percent said", "a majority", "Two-thirds": a share of those asked
    if _plural_of_speaker_noun(text, head):
        return "group"  # "the two governments", "both ministers": several, never one person
    if _plural_of_document(text, head):
        return "organization"  # "emails show", "text messages obtained by": papers, nobody's plural
    if _definite_plural(text, head):
        return "group"  # "the stewards", "the judges": people the article need not have named
    if _bare_plural_of_people(text, head):
        return "group"  # "Opposition councillors", "local traders": people, never one person
    if _titled_name(text):
        return "person"  # "Dr. Omar Lines": a surname that is a business's word too
    if head not in PERSON_NOUNS and (is_body(text) or head in ORG_HEADS or _cited_document(text, head)):
        return "organization"
    if head in UNIT_NOUNS and text.split()[-1].islower():  # "The Northmere branch"; not "Taylor Branch"
        return "organization"
    if _body_of_name(text) or names_a_shop(text):
        return "organization"
    if head in AREA_BODY_NOUNS and lower.startswith(("the ", "a ")) and text.split()[-1].islower():
        return "organization"  # "the herding district", not "Brackley district"
    if head in EVENT_HEADS | COMPANY_HEADS and (text.split()[-1][:1].isupper() or head == "plc"):
        return "organization"
    if head in COMPANY_NOUNS and lower.startswith(("the ", "this ", "that ")) and text.split()[-1].islower():
        return "organization"  # "the carmaker said", "the lender": a business the article named
    if _named_after_a_doer(text):
        return "organization"  # "the Orchard Table Guide called her cooking ...": a guide, no one's name
    if head in PERSON_NOUNS and (
        lower.startswith((*ANONYMOUS_MARKERS, "the ", "this ", "that ")) or not _has_name(text)
    ):
        return "anonymous"
    if lower.startswith(ANONYMOUS_MARKERS) and text.split()[-1][:1].islower():
        return "anonymous"  # "a 62-year-old fisherman": a description, whatever its noun
    if _capitalised_plural(text):
        return "group"  # "Subscription traps, sometimes called ...", "Corporate lobbyists": no one's name
    return "person"


def _named_after_a_doer(text: str) -> bool:
    """True for three capitalised words or more closing on a person's noun,
    none of them a given name nor a title (``Orchard Table Guide``, ``Good
    Food Guide``): a publication or a prize named so, as no person's name is;
    not ``Chief Medical Officer`` nor ``Ana Vell Farmer``."""
    words = strip_determiner(text).split()
    if (
        len(words) < 3
        or not all(word[:1].isupper() for word in words)
        or words[-1].lower() not in PERSON_NOUNS
    ):
        return False
    return not any(given_name_gender(word) or word.lower().rstrip(".") in TITLE_WORDS for word in words)


def _capitalised_plural(text: str) -> bool:
    """True for two words opening a sentence, a capitalised word that is no
    given name and a plural in lower case (``Subscription traps``, ``Corporate
    lobbyists``): several things or people, as no person's name ends so."""
    words = text.split()
    if len(words) != 2 or not words[0].isalpha() or not words[0][:1].isupper():
        return False
    first, last = words[0].lower(), words[1]
    if text.startswith(DETERMINERS) or first in PRONOUNS_PERSON or given_name_gender(words[0]) is not None:
        return False
    plural = last.endswith("s") and not last.endswith(_SINGULAR_S_ENDINGS)
    return plural and last.isalpha() and last.islower()


#: Endings of singular nouns that end in ``s`` (``the boss``, ``the chorus``, ``the analysis``).
_SINGULAR_S_ENDINGS = ("ss", "us", "is", "ics", "news", "series", "species", "headquarters")


#: Endings of nouns for people who do something (``steward``, ``referee``, ``spectator``).
_DOER_ENDINGS = ("er", "or", "ist", "ian", "eer", "ee", "ard")


def _cited_document(text: str, head: str) -> bool:
    """True when ``text`` names a document by its noun (``the cable``, ``a
    diplomatic cable``, ``Records``, ``Poll`` in a headline, ``The Kell
    Report``), not a person's name ending on one (``Lena Cable``, ``Mara
    Page``: a given name before it), so that ``Cable said`` after it is hers."""
    words = text.split()
    if head not in SOURCE_NOUNS or len(words) < 2 or words[-1][:1].islower():
        return head in SOURCE_NOUNS
    return given_name_gender(words[0]) is None


def _names_a_group(text: str) -> bool:
    """True when a noun of :data:`GROUP_NOUNS` heads the mention (``the
    officials``, ``officials at the port``, ``the prosecution``, ``the family
    of the victim``); a singular one of them only where it is no word of a
    longer noun or name (not ``the defence minister``, ``Ministry of Defence``)
    unless that noun is a plural (``defence lawyers``: people of that side)."""
    head = head_word(text)
    words = strip_determiner(text.lower()).split()
    first = words[0] if words else ""
    if head in COLLECTIVE_GROUP_NOUNS:
        return len(words) == 1 or not text.split()[-1][:1].isupper()
    if first in COLLECTIVE_GROUP_NOUNS:  # "the family of the victim", "Defense attorneys"
        plural = head.endswith("s") and not head.endswith(_SINGULAR_S_ENDINGS) and text.split()[-1].islower()
        return words[1:2] == ["of"] or plural
    return head in GROUP_NOUNS or first in GROUP_NOUNS


#: What follows an unnamed source's noun to say how it knows (:data:`SOURCE_KNOWING_WORDS`,
#: and ``with`` a few words before a noun of :data:`SOURCE_KNOWLEDGE_NOUNS`: ``with no direct knowledge of``).
_HOW_SOURCE_KNOWS_RE = re.compile(
    r"[ \xa0]+(?:"
    + "|".join(words.replace(" ", r"[ \xa0]+") for words in SOURCE_KNOWING_WORDS)
    + r"|with[ \xa0]+(?:[a-z]+[ \xa0]+){0,2}(?:"
    + "|".join(SOURCE_KNOWLEDGE_NOUNS)
    + r")[ \xa0]+of)[ \xa0]"
)


#: Nouns of bodies a mention says are close to another (``a think tank close
#: to the government``) that the words for bodies do not hold; any other noun
#: there (``a figure``, ``an ally``, ``a backer``) is an unnamed person.
_BODIES_CLOSE_TO = frozenset("tank militia lobby broadcaster outlet website faction".split())


def _kind_words(text: str) -> str:
    """The words of ``text`` that say what kind of speaker it is: those before
    what it says of how an unnamed source knows (``a person close to the
    bank's board`` -> ``a person``, ``a foundation close to the minister`` ->
    ``a foundation``, ``a figure close to the board`` -> ``a figure``), unless
    the noun before is a body's the words for bodies do not hold (``a think
    tank close to the government``, ``a militia close to the army``: the whole,
    a body by its last word, as it was)."""
    before = _before_how_source_knows(text)
    if before == text or speaker_kind(before) != "anonymous" or head_word(before) not in _BODIES_CLOSE_TO:
        return before  # "a figure close to the board", "an ally close to the government": people
    return text


def _before_how_source_knows(text: str) -> str:
    """``text`` without what it says of how an unnamed source knows (``a
    person close to the bank's board`` -> ``a person``), whose last noun
    names no speaker; ``text`` itself when nothing such follows a lower-case noun."""
    found = _HOW_SOURCE_KNOWS_RE.search(text)
    before = text[: found.start()].split() if found is not None else []
    if found is None or not before or not before[-1][:1].islower():
        return text  # "Close to Home said": a name
    return text[: found.start()]


def names_a_document(text: str) -> bool:
    """True when ``text`` is a document's noun or its plural (``the memo``,
    ``campaign finance filings``): papers, nobody's employer."""
    head = head_word(text)
    return head in SOURCE_NOUNS or _plural_of_document(text, head)


def written_as_document(text: str) -> bool:
    """True for a document's noun written as one (``the memo``, ``Emails``
    opening a sentence), not a name ending on one (``The Post``, ``Post``,
    ``Kell Report``)."""
    words = text.split()
    if not words or not names_a_document(text):
        return False
    return words[-1][:1].islower() or (len(words) == 1 and _plural_of_document(text, head_word(text)))


def _plural_of_document(text: str, head: str) -> bool:
    """True for a lower-case plural of a document's noun (``emails``, ``the text
    messages``, ``campaign finance filings``, ``Emails`` alone): documents a
    story cites, which say what they say as a body's papers do, never people;
    not the plural alone after ``the`` inside a sentence (``rose in the
    polls``), only opening one (``The emails show``)."""
    words = text.split()
    lower = bool(words) and (words[-1][:1].islower() or len(words) == 1)  # "Emails show" opens its sentence
    if len(words) == 2 and words[0] == "the":
        return False  # "rose in the polls": where someone stands, no papers cited
    return lower and head.endswith("s") and head[:-1] in SOURCE_NOUNS


def _definite_plural(text: str, head: str) -> bool:
    """True for ``the`` and a lower-case plural of a noun for people who do
    something (``the stewards``, ``the referees``): a group, never one person."""
    words = text.split()
    return (
        text.lower().startswith("the ")
        and 2 <= len(words) <= 3
        and words[-1][:1].islower()
        and head.endswith("s")
        and not head.endswith(_SINGULAR_S_ENDINGS)
        and head[:-1].endswith(_DOER_ENDINGS)
    )


def _singular(noun: str) -> str:
    """The singular of a plural ``noun`` (``traders``, ``deputies``,
    ``fishermen``), or ``noun`` itself when it reads as no plural."""
    if noun.endswith("men"):
        return noun[:-3] + "man"
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith(_SINGULAR_S_ENDINGS):
        return noun[:-1]
    return noun


def _bare_plural_of_people(text: str, head: str) -> bool:
    """True for a plural of a person's noun with no determiner, after a word
    or two that say which (``Opposition councillors``, ``local traders``,
    ``Angry parents``): several people, never one person. Every word but the
    first (which may open the sentence) is in lower case. A plural alone counts
    in lower case only (``“...,” nurses said``): capitalised (``Nurses said``)
    its head is no person's noun as written, and it stays a person, as a
    surname like ``Fellows`` or ``Childs`` would."""
    words = text.split()
    if not 1 <= len(words) <= 3 or text.startswith(DETERMINERS) or head != words[-1]:
        return False
    singular = _singular(head)
    return (
        singular != head
        and singular in PERSON_NOUNS
        and all(word.islower() and word.isalpha() for word in words[1:])
    )


def _plural_of_speaker_noun(text: str, head: str) -> bool:
    """True for a counted lower-case plural (``the two governments``, ``both
    ministries``, ``the three senators``): several speakers, never one person.
    A capitalised head is a name (``Kell Industries``)."""
    words = re.findall(r"[\w'’-]+", text.lower())
    last = re.findall(r"[\w'’-]+", text)[-1:] or [""]
    if len(words) < 2 or not head.endswith("s") or last[0][:1].isupper() or head in PERSON_NOUNS | ORG_HEADS:
        return False
    return any(word in _COUNT_WORDS or word.isdigit() for word in words[:-1])


#: A body's name whose head comes before ``of``/``for`` (``the Office for National
#: Statistics``, ``Institute of Actuaries``): its capitals, the head last.
_BODY_OF_RE = re.compile(
    r"(?:[Tt]he[ \xa0]+)?((?:[A-Z][\w’'-]*[ \xa0]+){0,2}[A-Z][\w’'-]*)[ \xa0]+(?:of|for)[ \xa0]+(?:the[ \xa0]+)?[A-Z]"
)


#: A lower-case word right after a name (``spokesman`` of ``the Bank of Vell spokesman``).
_LOWER_WORD_NEXT_RE = re.compile(r"[ \xa0]+(?!(?:in|at|of|for|and|on|to|from)\b)[a-z]")
#: The rest of a body's name: capitalised words and the small words between them.
_ALL_CAPITALISED_RE = re.compile(
    r"[A-Z][\w’'.&-]*(?:[ \xa0]+(?:(?:of|for|and|the|&)[ \xa0]+)*[A-Z][\w’'.&-]*)*"
)


#: A person's name after a courtesy title (``Dr. Omar Lines``, ``Mr. Lines``).
_TITLED_NAME_RE = re.compile(
    r"(?:" + "|".join(DROPPED_TITLES) + r")\.?[ \xa0]+(?:[A-Z][a-z]+[ \xa0]+)?[A-Z][a-z]+"
)


def _titled_name(text: str) -> bool:
    """True for a name after a courtesy title (``Dr. Omar Lines``, ``Mr. Tor
    Lines``, ``Ms. Banks``), a person's though the surname is a business's word
    (``Baltic Lines``); without the title a given name tells too little
    (``Grace Foods``)."""
    return _TITLED_NAME_RE.fullmatch(text) is not None


def _body_of_name(text: str) -> bool:
    """True for a name whose head before ``of``/``for`` is a body's noun (``Office
    for National Statistics``), not a person's name before it (``Ana House of Vell``)."""
    found = _BODY_OF_RE.match(text)
    name = _ALL_CAPITALISED_RE.match(text, found.end() - 1) if found else None
    if found is None or name is None or _LOWER_WORD_NEXT_RE.match(text, name.end()):
        return False  # "The Department of Health spokesman": a person speaking for the body
    words = found.group(1).split()
    head = words[-1].lower()  # a unit's noun is a body's before of/for: "Division of Gaming Enforcement"
    return (is_org_head(head) or head in UNIT_NOUNS) and (
        len(words) == 1 or head in INSTITUTION_HEADS or given_name_gender(words[0]) is None
    )


def is_body(text: str) -> bool:
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
    # FBI, KCNA; not a lawmaker's letters (the local MPP)
    return (
        len(words) == 1 and len(words[0]) >= 2 and words[0].isupper() and words[0].lower() not in TITLE_WORDS
    )


def _has_name(text: str) -> bool:
    """True when the mention holds a capitalised word that is not a title or place adjective."""
    for word in re.findall(r"[A-Z][\w'’.-]*", text):
        if word.lower().rstrip(".") in TITLE_WORDS or word in NOT_NAME_START:
            continue
        return True
    return False
