"""The body whose unnamed people speak for it: ``Analysts at Harlow Capital
said``, ``A team of observers from the Coastal States Forum said``, ``Tessel
Bank was cautious. Its economists said``. The words are the body's: its
people are not named, and a reader asks what the bank said, not what some
analysts did. The mention stays the people (``Analysts``), the speaker is the
body; people with no body named (``Analysts said``, ``observers from Vell``,
a place) stay a group. A body described (``the authority said``) that
the story named no other way is the body the last speaker spoke for
(``A council spokesman said ...``: Ashcombe District Council)."""

from __future__ import annotations

import re

from quotes.extract.bodies_spoken_for import name_spoken_for
from quotes.extract.body_nouns import may_be_called, names_a_business, names_holding_re
from quotes.extract.given_names import given_name_gender
from quotes.extract.lexicon import SPOKESPERSON_NOUNS, STAFF_GROUP_NOUNS, STAFF_OF_BODY_NOUNS
from quotes.extract.mentions import head_word, opens_sentence, speaker_kind
from quotes.extract.name_words import NOT_NAME_START, PLACE_ADJECTIVES, PLACE_WORDS
from quotes.extract.patterns import ORG_RE, POSSESSIVE_END_RE
from quotes.extract.registry import Person, SpeakerRegistry
from quotes.extract.role_words import bracketed_name
from quotes.extract.sentences import sentence_starts
from quotes.extract.speaker_words import COMPANY_HEADS, EVENT_HEADS, ORG_HEADS, SPEAKING_FOR_NOUNS
from quotes.extract.titles_before_names import is_title
from quotes.records import Quote

#: Lower-case words that may stand before the noun (``Senior analysts``,
#: ``A small team``), after an optional determiner.
_MENTION_RE = re.compile(r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts)[ \xa0]+)?(?:[a-z][\w-]*[ \xa0]+){0,2}([A-Za-z]+)")
#: A body's short name before its people's noun (``the Quillon team`` after ``Quillon Brothers``).
_NAMED_STAFF_RE = re.compile(r"[Tt]he[ \xa0]+([A-Z][\w'’-]*)[ \xa0]+([a-z]+)")
#: What a team is made of before the body (`` of observers``, `` of election monitors``).
_MADE_OF_RE = re.compile(
    r"[ \xa0]+of[ \xa0]+(?:[a-z][\w-]*[ \xa0]+)?([a-z][\w-]*s)(?=[ \xa0]+(?:at|from|for|with)\b)"
)
#: A body described by its noun after the people's (`` at the bank said``), ending the phrase.
_AT_THE_BODY_RE = re.compile(
    r"[ \xa0]+(?:at|for|with)[ \xa0]+the[ \xa0]+([a-z][\w-]*)(?=[ \xa0]*[,;:]|[ \xa0]+(?!of\b)[a-z])"
)
#: ``from`` and a name: the body when the name says it is one (not ``from Vell``).
_FROM_BODY_RE = re.compile(r"[ \xa0]+from[ \xa0]+" + ORG_RE.pattern)
#: Heads of bodies whose observers take a side (``Observers from the Vell
#: Party, which lost, said``): their claim is no official word of the body.
_PARTISAN_HEADS = frozenset({"party", "campaign"})
#: A possessive right after a name (``Norland's central bank``): the name owns the workplace.
_POSSESSIVE_NEXT_RE = re.compile(r"['’]s?\b")


def staff_body(registry: SpeakerRegistry, mention: str, start: int, end: int) -> str | None:
    """The name of the body whose unnamed people ``mention`` (at ``[start,
    end)`` in ``registry.text``) names, or None: ``Analysts at Quillon
    Brothers``, ``A team of observers from the Coastal States Forum``, ``Its
    strategists`` after a sentence opening with a body, ``the
    Quillon team`` after ``Quillon Brothers``."""
    named = _NAMED_STAFF_RE.fullmatch(mention)
    if named is not None and named.group(2) in STAFF_OF_BODY_NOUNS | STAFF_GROUP_NOUNS:
        return _business_opened_by(registry, named.group(1), start + named.start(1))
    found = _MENTION_RE.fullmatch(mention)
    noun = found.group(1).lower() if found is not None else ""
    made_of = _MADE_OF_RE.match(registry.text, end)
    if noun in STAFF_GROUP_NOUNS and made_of is not None and made_of.group(1) in STAFF_OF_BODY_NOUNS:
        return _body_after(registry, made_of.end())  # "A team of observers from the Forum"
    if noun not in STAFF_OF_BODY_NOUNS:
        return None
    if mention.lower().startswith("its "):
        body = _subject_of_sentence_before(registry, start)
        return body.name if body is not None else None
    return _body_after(registry, end)


def _business_opened_by(registry: SpeakerRegistry, word: str, position: int) -> str | None:
    """The business recorded before ``position`` whose full name opens with
    ``word`` (``Quillon Brothers`` for ``the Quillon team``), when no person
    by that name came before; None for a council, union or club (``The
    Ashcombe team`` after Ashcombe District Council is a sports team)."""
    person = registry.find(word)
    if word in NOT_NAME_START or (person is not None and person.kind == "person"):
        return None  # "the Kobb team" after Ansel Kobb
    known = _known_body_opened_by(registry, word, position)
    return known if known is not None and names_a_business(known) else None


def _known_body_opened_by(registry: SpeakerRegistry, word: str, position: int) -> str | None:
    """The last body recorded before ``position`` whose name of several words
    opens with ``word`` (``Quillon Brothers`` for ``the Quillon team``), or None."""
    for known in reversed(registry.people):
        words = known.name.split()
        if known.kind == "organization" and known.position < position and len(words) > 1 and words[0] == word:
            return known.name
    return None


def _subject_of_sentence_before(registry: SpeakerRegistry, start: int) -> Person | None:
    """The body the sentence right before ``start``, in its paragraph, opens
    with (``Tessel Bank was more cautious. Its economists ...``), or None (``The
    country is in trouble. Its economists``: no body an earlier sentence named)."""
    text = registry.text
    paragraph = text.rfind("\n", 0, start)
    for at, _end, written in reversed(registry.candidates_between(paragraph, start)):
        name = POSSESSIVE_END_RE.sub("", written)
        if opens_sentence(text, at) and len(sentence_starts(text, at, start)) == 1:
            if speaker_kind(name) != "organization":
                return None
            return registry.find(name) or registry.add(name, kind="organization", position=at)
    return None


def _body_after(registry: SpeakerRegistry, end: int) -> str | None:
    """The body named right after the people's noun ending at ``end``
    (`` at Harlow Capital``, `` of observers from the Vell Forum``), or None."""
    text = registry.text
    named = name_spoken_for(text, end)
    if named is not None and _may_be_body(registry, named, text.find(named, end)):
        return named
    body = _FROM_BODY_RE.match(text, end)
    if body is not None and _may_be_body(registry, body.group(1), body.start(1)):
        words = {word.lower() for word in body.group(1).split()}
        return None if words & _PARTISAN_HEADS else body.group(1)  # not "Observers from the Vell Party"
    described = _AT_THE_BODY_RE.match(text, end)
    known = registry.body_called(described.group(1), end) if described is not None else None
    return known.name if known is not None else None  # "Economists at the bank": Orrel Bank


def _may_be_body(registry: SpeakerRegistry, name: str, at: int) -> bool:
    """True for a name written at ``at`` after ``at``/``for``/``of`` that is a
    body's: its words say it is one (``Harlow Capital``, ``the Treasury``),
    and it is no person the article knows or gives a title or a given name,
    no two names joined by ``and``, no event (``the Vell Open``), no place
    (``analysts at Tessel``) and no owner of the workplace (``Norland's
    central bank``, ``Monday's hearing``)."""
    words = name.split()
    known = registry.find(name)
    if (known is not None and known.kind == "person") or is_title(words[0]) or given_name_gender(words[0]):
        return False  # "staff of Sen. Orla Brandt", "Strategists for Barack Obama"
    firm = len(words) > 1 and words[-1].lower() in COMPANY_HEADS  # "Pellow Brothers"
    if (
        " and " in name
        or words[-1].lower() in EVENT_HEADS
        or not (firm or speaker_kind(name) == "organization")
    ):
        return False  # "Analysts at Harlow Capital and Orrel Bank": two bodies, neither speaks alone
    if at >= 0 and _POSSESSIVE_NEXT_RE.match(registry.text, at + len(name)):
        return False
    return not all(word in PLACE_WORDS or word in PLACE_ADJECTIVES for word in words)


def body_of_last_speaker(registry: SpeakerRegistry, mention: str, position: int) -> Person | None:
    """The body ``the NOUN`` (``mention``, at ``position``) stands for when
    the registry found none: the one the last speaker spoke for (``A council
    spokesman said ... In a statement, the authority said``: the council the
    spokesman's affiliation names), if it may be called so and the text names
    no other body by the noun since that speaker, only ``the NOUN`` bare
    (not ``But the regional transport authority disagreed``); else None."""
    words = mention.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or not words[1].islower():
        return None
    last = registry.last_speaker
    if last is None or not last.affiliation or not _speaks_for_body(last):
        return None
    between = registry.text[min(last.position, position) : position].replace(last.affiliation, "")
    if re.search(rf"(?<!\b[Tt]he )\b{re.escape(words[1])}", between, re.IGNORECASE):
        return None  # "But the regional transport authority disagreed": another authority
    if not may_be_called(last.affiliation, words[1], registry.text):
        return None
    return registry.find(last.affiliation) or registry.add(
        last.affiliation, kind="organization", position=last.position
    )


def _speaks_for_body(person: Person) -> bool:
    """True when ``person`` speaks for their affiliation, a body whose name
    says what it is (``A council spokesman`` of Ashcombe District Council,
    ``Brian Holt, a spokesman for the Vell campaign``); not a lawyer at a firm
    or an officer of a campaign, who may speak for themselves."""
    unnamed = person.kind == "anonymous" or head_word(person.role or "") in SPEAKING_FOR_NOUNS
    words = {word.lower() for word in (person.affiliation or "").split()}
    return unnamed and bool(words & ORG_HEADS)


#: What may stand before a spokesperson's noun in a mention whose words are
#: the body's: an article alone (not ``A former spokeswoman``, ``a sacked spokesman``).
_PLAIN_SPOKESPERSON_DETERMINERS = frozenset("a an the".split())


def spoken_for_by_spokespeople(quotes: list[Quote], text: str) -> list[Quote]:
    """``A spokeswoman for the Vell Government said``: the words of an unnamed
    spokesperson are the body's named right after the noun, as the people of
    :func:`staff_body` speak for theirs. The speaker becomes the body, for the
    later quotes given the same spokesperson with no other body too (``The
    spokeswoman said``; not ``A spokesman for the family``, nor ``She added``); the
    mention, the role (``spokeswoman``) and the affiliation stay; so for a
    body described (:func:`_body_described_for`: ``for the brewery``, ``for the
    state's water department``). A body only
    described by a bare noun never named (``a spokesman for the fund``), two bodies (``for Tala Lines and
    Holm Ferries``), a spokesperson named later (``The spokesman, Tom Lee,``)
    or one who no longer speaks for it (``A former spokeswoman``) leaves the
    quotes as they are."""
    own = [_body_spoken_for(quote, text) for quote in quotes]
    bodies: dict[str, set[str]] = {}
    for quote, body in zip(quotes, own, strict=True):
        if body is not None:
            bodies.setdefault(quote.speaker or "", set()).add(body)
    for quote, body in zip(quotes, own, strict=True):
        found = bodies.get(quote.speaker or "", set())
        if body is None and len(found) == 1 and _same_spokesperson(quote, text, found):
            body = next(iter(found))  # "The spokeswoman said": the same one
        if body is not None:
            quote.speaker, quote.speaker_kind = body, "organization"
    return quotes


def _same_spokesperson(quote: Quote, text: str, bodies: set[str]) -> bool:
    """True when ``quote`` is given to an unnamed spokesperson already met
    (``The spokeswoman said``) with no body of their own other than ``bodies``;
    not to one a new ``A spokesman`` brings in, nor to a pronoun, which may
    stand for someone else."""
    if quote.speaker_kind != "anonymous" or quote.affiliation not in (None, *bodies):
        return False
    mention = text[quote.speaker_start : quote.speaker_end] if quote.speaker_start is not None else ""
    words = mention.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in SPOKESPERSON_NOUNS


def _body_spoken_for(quote: Quote, text: str) -> str | None:
    """The body a plain spokesperson's mention (``A spokeswoman for the Vell
    Government``) of ``quote`` names right after its noun, when it is the
    quote's affiliation and names one body; else None."""
    start, end = quote.speaker_start, quote.speaker_end
    if quote.speaker_kind != "anonymous" or start is None or end is None:
        return None
    words = text[start:end].lower().split()
    plain = len(words) == 2 and words[0] in _PLAIN_SPOKESPERSON_DETERMINERS and words[1] in SPOKESPERSON_NOUNS
    if not plain:
        return None
    short = _body_of_short_name(text, end, start)  # "A spokesman for Corvex": Corvex Marine
    if short is not None and quote.affiliation in (None, "", short):
        return short
    if not quote.affiliation:
        return None
    if name_spoken_for(text, end) != quote.affiliation or _two_bodies(quote.affiliation):
        return _body_described_for(text, end, quote.affiliation, start)
    written = bracketed_name(text, quote.affiliation, start)  # "the MHB": Marsk Health Board (MHB)
    return written[1] if written is not None else quote.affiliation


#: Courtesy titles before a surname: the word after ``for`` is then a person's.
_COURTESY_BEFORE = r"(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?[ \xa0]+"


def _body_of_short_name(text: str, end: int, start: int) -> str | None:
    """The one longer name the article wrote before ``start`` that the single
    capitalised word after a spokesperson's ``for`` (ending at ``end``) opens
    (``Corvex Marine`` for ``A spokesman for Corvex``): a body called by its
    short name; the word itself when no longer name opens on it and the
    article writes it before a noun it qualifies (``A spokesman for
    SkyMerah`` after ``a SkyMerah jet``; not initials). None for a given name or a surname (``a
    spokesman for Hale`` after ``Ola Hale`` or ``Mr Hale``), and for two such names."""
    name = name_spoken_for(text, end)
    if name is None or " " in name or name in NOT_NAME_START or given_name_gender(name) is not None:
        return None
    word = re.escape(name)
    before = re.findall(rf"(?:({_COURTESY_BEFORE})|\b([A-Z][a-z]+)[ \xa0]+){word}\b", text[:start])
    if any(courtesy or given_name_gender(given) is not None for courtesy, given in before):
        return None  # "Mr Hale", "Ola Hale": a person's surname
    found = re.findall(rf"(?<![\w'’-]){word}((?:[ \xa0]+[A-Z][\w&'’-]*)+)", text[:start])
    names = {" ".join([name, *_before_title(tail.split())]) for tail in found} - {name}
    if not names:  # "A spokesman for SkyMerah" after "a SkyMerah jet": the word is the body's whole name
        return name if not name.isupper() and _written_before_a_noun(text, word, start) else None
    return names.pop() if len(names) == 1 else None


def _written_before_a_noun(text: str, word: str, end: int) -> bool:
    """True when ``text`` writes ``word`` (escaped) before ``end`` as a body's
    name before a noun it qualifies, after an article (``a SkyMerah jet``,
    ``The SkyMerah captain``)."""
    return re.search(rf"\b(?:[Aa]n?|[Tt]he)[ \xa0]+{word}[ \xa0]+[a-z]", text[:end]) is not None


def _before_title(words: list[str]) -> list[str]:
    """The words of a name up to the first title (``Marine`` of ``Marine Chief
    Executive``)."""
    kept = []
    for word in words:
        if is_title(word):
            break
        kept.append(word)
    return kept


#: Heads of bodies written in lower case whose spokespeople speak for them
#: (``the state's water and infrastructure department``): public bodies.
_LOWER_CASE_BODY_HEADS = frozenset(
    "department ministry agency council authority board office service police commission bureau "
    "directorate inspectorate regulator".split()
)
#: ``for the`` after a spokesperson's noun.
_FOR_THE_RE = re.compile(r"[ \xa0]+for[ \xa0]+the[ \xa0]+")
#: A body's noun alone, no possessive owning what follows (``brewery``, not ``bank's board``).
_NOUN_RE = re.compile(r"[a-z][\w-]*(?![\w'’-])")


def _body_described_for(text: str, end: int, affiliation: str, start: int) -> str | None:
    """The body a spokesperson's ``for the ...`` after the noun ending at
    ``end`` describes, when it is the affiliation: a public body written in
    lower case with words before its head (``the state's water and
    infrastructure department``), or the one body named before ``start`` that
    the noun heads (``the brewery``: Thwaite Brewery); else None (``the
    family``, ``the fund`` never named, two breweries)."""
    found = _FOR_THE_RE.match(text, end)
    if found is None:
        return None
    words = affiliation.split()
    if text.startswith(affiliation, found.end()):  # a body described, written in lower case
        return affiliation if len(words) > 1 and words[-1] in _LOWER_CASE_BODY_HEADS else None
    noun = _NOUN_RE.match(text, found.end())
    if noun is None or not affiliation[:1].isupper() or _head_of_name(affiliation) != noun.group(0):
        return None
    if _two_bodies(affiliation):
        return None  # "Harrow Brewery and Kell Brewery": neither speaks alone
    return affiliation if _only_body_headed(text[:start], noun.group(0), affiliation) else None


def _head_of_name(name: str) -> str:
    """The head of a body's name in lower case: the word before ``of``
    (``Department`` of ``Department of Health``) or the last (``Brewery``)."""
    words = name.partition(" of ")[0].split()
    return POSSESSIVE_END_RE.sub("", words[-1]).lower() if words else ""


def _only_body_headed(text: str, noun: str, name: str) -> bool:
    """True when every body's name ``text`` writes with ``NOUN`` capitalised
    as its head is part of ``name`` (``Pike Brewery`` of ``Harrow & Pike
    Brewery``): no other body of that kind was named."""
    for match in names_holding_re(noun).finditer(text):
        other = match.group(0)
        if _head_of_name(other) == noun and other not in name and name not in other:
            return False
    return True


def _two_bodies(name: str) -> bool:
    """True when ``name`` joins two bodies' names with ``and`` (``Tala Lines and
    Holm Ferries``: two capitalised words or more on each side), not one
    body's (``Parks and Recreation Department``, ``Department of Health and
    Human Services``)."""
    first, joined, second = name.partition(" and ")
    capitalised = [len([w for w in side.split() if w[:1].isupper()]) for side in (first, second)]
    return bool(joined) and " of " not in first and min(capitalised) >= 2
