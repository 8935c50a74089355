"""Roles and affiliations in an appositive after a name (``Ola Hart, a lecturer
in law at Vell University,``: role ``lecturer in law``, affiliation ``Vell
University``). Plain text in, plain values out; nothing raises on odd input
(:mod:`quotes.extract.mentions` reads the mention itself,
:mod:`quotes.extract.bodies_spoken_for` the body someone unnamed speaks for)."""

from __future__ import annotations

import re

from quotes.extract.body_names import ORG_CONNECTORS, has_org_head, is_place, trim_org
from quotes.extract.lexicon import cue_verb_forms
from quotes.extract.mentions import head_word, is_body
from quotes.extract.name_words import (
    DEMONYM_ENDINGS,
    PARTY_LETTERS,
    PARTY_WORDS,
)
from quotes.extract.owners import owned_by_body
from quotes.extract.patterns import (
    APPOSITIVE_RE,
    OF_BODY_AFTER_RE,
    OF_BODY_RE,
    ORG_RE,
    POSTNOMINAL_RE,
)
from quotes.extract.post_words import PLAYING_POSITIONS
from quotes.extract.role_words import LEADING_VERBS, RELATION_NOUNS, lawyer_role, names_a_body, names_a_person
from quotes.extract.sentences import first_sentence_end, sentence_start_before
from quotes.extract.source_words import ROLE_PARTICIPLES
from quotes.extract.speaker_words import BODY_NOUNS, IRREGULAR_PAST, ORG_HEADS
from quotes.extract.title_words import TITLE_WORDS
from quotes.extract.titles_before_names import is_title

#: Capitalised words ending a role.
_CAPITALS_TO_END = r"(?P<caps>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)\Z"
#: Capitalised words ending a role, joined by a short word or two as a body's
#: name may be (``Free the Wild``, ``Friends of Gull Park``, ``Bread and Roses``); not
#: across ``and the``, which joins two bodies (``Save Gull Park and the Ostby Residents Association``).
_NAME_OF_CAPITALS_TO_END = (
    r"(?P<caps>[A-Z][\w'’.&-]*(?:\s+(?:(?:of|for|on|&|the)\s+){0,2}(?:and\s+)?[A-Z][\w'’.&-]*)*)\Z"
)
#: The lower-case words right after a run of capitals (``Brackley| ward``, ``Hale and Dorr| law firm``).
_LOWER_WORDS_AFTER_RE = re.compile(r"((?:[ \xa0]+[a-z][\w-]*){1,3})")
#: A US lawmaker's party and state in brackets right after the name: ``(D-Vell)``.
_PARENTHESIZED_PARTY_RE = re.compile(r"[ \xa0]*\(([RDI])-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\.?\)")
#: A US lawmaker's party and state after the name: ``R-Texas``, ``D-N.Y.``.
_PARTY_TAG_RE = re.compile(r"([RDI])-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\.?")
#: An appositive that is a participial clause or the sentence's own verb
#: (``assigned to``, ``charged``, ``scored twice``, ``warmed up the crowd``): no role.
_PARTICIPLE_RE = re.compile(
    r"[a-z]+ed(?:\s+(?:to|by|with|in|at|for|from|on|up|down|out|off|back|twice|again|once"
    r"|the|a|an|his|her|their|its|it|him|them"
    r"|this|that|\w+ly|\d\S*)\b.*)?",
    re.DOTALL,
)
#: Another name after an appositive of capitals: the appositive was a list of names.
_NAME_LIST_RE = re.compile(r"(?:,|\s+and)\s+[A-Z][a-z]+\s+[A-Z][a-z]")
#: A name joined by ``and`` inside an appositive: the appositive is a list of names.
_AND_NAME_RE = re.compile(r"\s+and\s+[A-Z][a-z]+\s+[A-Z][a-z]")
#: A name of capitals ending a role (``founder of the civic association Friends``),
#: the start of an organization's name the appositive's pattern cut at ``of``.
_CAPITALS_AT_END_RE = re.compile(
    r"\s(?P<prep>of|at|with|for)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){1,3}" + _CAPITALS_TO_END
)
#: A body described in lower case before its name, ending a role (``organiser
#: for the public service union Unitas``, ``director for the aid group Open Hands``;
#: ``head of residential research at consultancy Brightstone``: the last preposition's).
_DESCRIBED_BODY_AT_END_RE = re.compile(
    r"\s(?:of|at|with|for|from)\s+(?:(?:the|a|an)\s+)?(?:(?!(?:of|at|with|for|from)\s)[a-z][\w'’-]*\s+){0,3}?"
    r"(?P<head>[a-z][\w-]*)\s+" + _NAME_OF_CAPITALS_TO_END
)
#: A place's ``London-based`` and the common nouns after it, before a body's name
#: (``the London-based fact-checking charity Full Fact``).
_BASED_RE = re.compile(r"^(?:the\s+)?[A-Z][\w.’'-]*-based\s+(?:[a-z][\w-]*\s+){0,3}(?=[A-Z])")
#: The institution a unit belongs to: `` at the Vell Institute``.
_INSTITUTION_RE = re.compile(r"\s+at\s+(?:the\s+)?([A-Z][^,;()\"“”]{1,100})")

#: A present participle with an object or a preposition after it (``leaning on the
#: rail``, ``holding his daughter``): a clause; not ``acting president``.
_ING_CLAUSE_RE = re.compile(
    r"[a-z]+ing[ \xa0]+(?:on|in|at|to|into|onto|with|from|by|over|under|against|through|across|up|out"
    r"|down|back|off|the|a|an|his|her|their|its|it|him|them|this|that)\b"
)
#: First words of what follows a name and is no role: a verb or an auxiliary
#: (``Jonas Eik, has sailed``), a relative clause, a negation (``who is not
#: involved in the case``), a conjunction, a
#: preposition (``Tove Lind, through her lawyer,``), a time, a pronoun
#: (``Ana Berg, she paused``, ``Jo Hart, she said, was``), a sentence adverb
#: (``Ada Obi, however, said``).
_NOT_ROLE_STARTS = frozenset(
    "said says told who whom whose which that where when and but through via in on at with from after "
    "before during like under by for despite last this next earlier later yesterday today also "
    "however meanwhile though too instead nevertheless nonetheless moreover furthermore likewise "
    "similarly therefore accordingly "
    "has have had is was were will would can could should may might must does did do "
    "i you he she we they it not to".split()
)
#: A relative clause ending a role (``ferry worker who attended the meeting``),
#: or making the whole appositive (``, who was walking her dog``: no role).
_RELATIVE_IN_ROLE_RE = re.compile(r"(?:^|[ \xa0]+)(?:who|whom|whose|which)\b")
#: A participle with its object after the noun of a role (``fisheries official
#: attending a meeting``): a clause about the person, which ends the role and
#: holds no affiliation (``chief operating officer`` takes no object).
_PARTICIPLE_IN_ROLE_RE = re.compile(
    r"(?:^|(?<=\w)[ \xa0]+)(?!(?:including|according)\b)[a-z]+ing[ \xa0]+(?:a|an|the|his|her|their|its|this|these|those)\b"
)
#: A clause that makes an appositive no role (``, last week whether the plan ...``;
#: ``Mia Roth, the loss was bitter``: a clause's verb after its subject).
_CLAUSE_IN_ROLE_RE = re.compile(r"\b(?:whether|because|if|although|unless|was|were|is|are)\b")


#: Most lower-case words a role holds: more make a clause (``Kobb, assigned to ...``).
_MAX_ROLE_LOWER_WORDS = 8
#: Words opening the second of two posts joined by ``and`` (``a senior fellow
#: and the report's lead author``, ``and one of its founders``).
_POST_OPENERS = frozenset("the a an his her their its one".split())


#: An age between a name and an appositive with an article (``, 72, a retired postwoman``).
_AGE_BEFORE_ROLE_RE = re.compile(r",[ \xa0]+\d{1,3}(?=,[ \xa0]+(?:a|an|the)[ \xa0])")


def appositive_closes_sentence(text: str, end: int) -> bool:
    """True when the appositive after the name ending at ``end`` runs to the end
    of its sentence (``Her sister, Maja Sundin, lives next door.``): after a
    description the name stands in apposition to, the sentence's predicate."""
    window = text[end : end + 240]
    match = APPOSITIVE_RE.match(window)
    return match is not None and window[match.end() : match.end() + 1] in (".", "\n", "")


#: A body's possessive and the post it owns, as a whole appositive (``the
#: Tribune's editor``, ``Vell Council's chief planner``; not ``Kobb's lawyer``).
_BODY_OWNS_ROLE_RE = re.compile(
    r"(?P<body>[A-Z][\w.&-]*(?:[ \xa0][A-Z][\w.&-]*){0,3})(?:['’]s|(?<=s)['’])[ \xa0]+(?P<role>[a-z][\w -]*)"
)


#: One word in ``-ly`` set off by commas: an adverb, no role (``, unsurprisingly,``).
_ADVERB_RE = re.compile(r"[a-z]+ly")


def appositive_after(text: str, end: int) -> tuple[str | None, str | None]:
    """Role and affiliation from an appositive following a name ending at ``end``:
    ``, acting president of the Brennmoor Institute for Policy Studies think tank`` ->
    ``("acting president", "Brennmoor Institute for Policy Studies")``."""
    window = text[end : end + 240]
    letters = POSTNOMINAL_RE.match(window)
    if letters is not None and window.startswith(",", letters.end()):
        window = window[letters.end() :]  # "Ola Ruud MP, the Labour MP for Vell,": the appositive after
    age = _AGE_BEFORE_ROLE_RE.match(window)
    window = window[age.end() :] if age else window  # "Hanne Lyng, 72, a retired postwoman"
    tag = _PARENTHESIZED_PARTY_RE.match(window)
    if tag:  # "Rep. Mara Lind (D-Vell) said": the party
        return None, PARTY_LETTERS.get(tag.group(1))
    body = OF_BODY_RE.match(window)
    if body:  # "Dr. Ola Brun of the Vell Clinic": the body; "Marta Vogel, of Kelton,": a home, no role
        return _unit_and_body(window, body)
    led = _led_body(window)
    if led is not None:  # "Ruth Amsel, who chairs the Vell Housing Trust,"
        return led
    match = APPOSITIVE_RE.match(window)
    if not match:  # "Jan Haug of Vell Securities said": where he works
        works = OF_BODY_AFTER_RE.match(window)
        return None, trim_org(works.group(1)) if works and names_a_body(works.group(1)) else None
    role = match.group("role").strip()
    party = _PARTY_TAG_RE.fullmatch(role)
    if party:  # "Sen. Ola Ruud, R-Texas,": the party, not a body called "R-Texas"
        return None, PARTY_LETTERS.get(party.group(1))
    if role.startswith(("its ", "their ")) and _NAME_LIST_RE.match(window, match.end()):
        return None, None  # "Baltic Lines, its chief executive, Arne Sol,": Sol's role
    role = _RELATIVE_IN_ROLE_RE.split(role)[0]  # "a ferry worker who attended": "ferry worker"
    clause = _PARTICIPLE_IN_ROLE_RE.search(role)
    if clause is not None:  # "an official attending a meeting in Seoul": "official", not from Seoul
        return _role_and_org(role[: clause.start()], None, None)[0] or None, None
    first = role.split()[0].lower() if role else ""
    if _opens_on_a_body(role):  # "Sam Dyer, from the patients' charity Care Voice,": the charity, no role
        whole = f"{role} {match.group('prep')} {match.group('org').strip()}" if match.group("org") else role
        lead, described_body = _role_and_org(f" {whole}", None, None)  # "... group Friends of Gull Park"
        return None, described_body if not lead else None
    if not role or first in _NOT_ROLE_STARTS or _CLAUSE_IN_ROLE_RE.search(role) or _ADVERB_RE.fullmatch(role):
        return None, None  # "Gary Pendleton, unsurprisingly, saw it": an adverb set off, no role
    if first in cue_verb_forms():
        return None, None  # "the blog Vell Watch, shows that ...": the sentence's verb, not a role
    if (
        _too_long_for_a_role(role)
        or _PARTICIPLE_RE.fullmatch(role)
        or _ING_CLAUSE_RE.match(role)
        or _participle_before_no_person(role)
        or role.split()[0] in IRREGULAR_PAST
    ):
        return None, None  # "Kobb, assigned to the unit,", "Dolan, leaning on the rail": a clause
    owned = _BODY_OWNS_ROLE_RE.fullmatch(role)
    if owned is not None and owned_by_body(text, owned.group("body"), end, owned.group("role")):
        return owned.group("role"), owned.group("body")  # "Marten Vogel, the Tribune's editor,"
    if not role[:1].islower() and not any(
        w.lower().rstrip(".") in TITLE_WORDS or is_title(w) for w in role.split()
    ):  # a title word ("co-founder"), or one before a hyphen ("Director-General")
        return None, _capitals_apposed(window, match.end(), role)
    role, affiliation = _role_and_org(role, match.group("prep"), match.group("org"))
    return role or None, affiliation


#: A post given with ``to`` and whom or where it serves (``ambassador| to Vell``).
_POST_TO_RE = re.compile(r"[ \xa0]to[ \xa0]+(?P<served>.+)\Z")


def described_post(description: str) -> tuple[str | None, str | None]:
    """Role and affiliation of a description before a name in apposition; a
    post given with ``to`` keeps whom or where it serves in the role, and no
    affiliation comes from it (``ambassador to Vell``, ``successor to Ada Obi``)."""
    role, affiliation = appositive_after(f", {description},", 0)
    served = _POST_TO_RE.search(description)
    if affiliation and served is not None and affiliation in served.group("served"):
        return (description if role else None), None
    return role, affiliation


#: A participle opening what follows a name and a place or thing after a
#: preposition (``opened competing bakeries on the same street``, ``wiping flour
#: from her hands``).
_PARTICIPLE_THEN_PLACE_RE = re.compile(
    r"(?P<participle>[a-z]+(?:ed|ing))(?P<words>(?:[ \xa0]+[\w'’-]+){0,3}?)[ \xa0]+"
    r"(?:on|in|at|to|into|onto|with|from|by|over|under"
    r"|against|through|across|off)[ \xa0]+(?:the|a|an|his|her|their|its|my|our)\b"
)


def _participle_before_no_person(role: str) -> bool:
    """True for a participle and words whose last noun names no person nor
    post, then a place or thing after a preposition (``Greta Lenz, opened
    competing bakeries on the same street``, ``Rosa Lenz, wiping flour from
    her hands``): the sentence's verb or what someone was doing, not a role
    (``retired teacher from the town``, ``leading authority on the rocks``,
    ``plumbing contractor`` are roles)."""
    found = _PARTICIPLE_THEN_PLACE_RE.match(role)
    if found is None or found.group("participle") in ROLE_PARTICIPLES:
        return False
    noun = (found.group("words").split() or [found.group("participle")])[-1].lower()
    return not (names_a_person(noun) or noun in TITLE_WORDS or noun in PLAYING_POSITIONS)


def _too_long_for_a_role(role: str) -> bool:
    """True for an appositive of more lower-case words than a role holds (a
    clause; a body's name in capitals is none), unless it is two posts."""
    lower_words = [word for word in role.split() if not word[:1].isupper()]
    return len(lower_words) > _MAX_ROLE_LOWER_WORDS and not _two_posts(role)


def _two_posts(role: str) -> bool:
    """True for two posts joined by ``and``, each short enough to be a role,
    the second opening on an article or a possessive or naming a post
    (``senior fellow at the institute and the report's lead author``,
    ``junior studying nursing and president of the student government``; not
    a clause, ``went to the shops and bought a loaf``)."""
    first, joined, second = role.rpartition(" and ")
    opener = second.split()[0] if second.split() else ""
    names_post = opener in _POST_OPENERS or opener in TITLE_WORDS or names_a_person(opener)
    short = all(0 < len(part.split()) <= _MAX_ROLE_LOWER_WORDS for part in (first, second))
    return bool(joined) and names_post and short


def _capitals_apposed(window: str, end: int, words: str) -> str | None:
    """The body that capitals in apposition to a name (``words``, ending at
    ``end`` of ``window``) name: ``Ansel Kobb, Eastmarch University`` is an
    affiliation; not ``Ansel Kobb, Mara Venn and ...``, a list of names, nor
    the subject of the next clause (``Questioned by Helen Roe, Tarn said``)."""
    if words.split()[0] in PARTY_WORDS:  # "Ola Ruud, Republican of Iowa,"
        return PARTY_WORDS[words.split()[0]]
    if window[end : end + 1] in (" ", "\t", "\xa0"):
        return None  # a verb follows: the capitals are its subject
    words = _BASED_RE.sub("", words)
    capitals = ORG_RE.match(words)
    listed = _NAME_LIST_RE.match(window, end) or _AND_NAME_RE.search(words)
    return trim_org(words) if capitals and _names_body(words, capitals, None) and not listed else None


def _opens_on_a_body(role: str) -> bool:
    """True for an appositive opening on ``from``, or on ``of`` before ``the``,
    a capitalised name or a body's noun and name (``of the campaign group ...``,
    ``of Kelton``, ``of research firm PlayMetrics``): where the person is from,
    no role (``of counsel at the firm``, ``of counsel to law firm Hale Dorr``
    are: a person's noun before the body's)."""
    words = role.split()[:2]
    if not words or words[0].lower() not in ("from", "of"):
        return False
    if words[0].lower() == "from" or (len(words) == 2 and (words[1] == "the" or words[1][:1].isupper())):
        return True
    described = _DESCRIBED_BODY_AT_END_RE.match(f" {role}")  # "of research firm PlayMetrics"
    if described is None or described.group("head") not in BODY_NOUNS:
        return False
    return not any(names_a_person(word) for word in role[: described.start("head")].split()[1:])


#: A name's verb that opens what the sentence says the person is (``Naomi Feld| is a ``):
#: the present only (``was a director ... before he retired``: a post left).
_PREDICATE_ROLE_RE = re.compile(r"[ \xa0]+is[ \xa0]+(?=(?:a|an|the)[ \xa0])")


def predicate_role(text: str, start: int, end: int, title: str | None) -> tuple[str | None, str | None]:
    """Role and affiliation a sentence gives the name from ``start`` to ``end``
    (``Dr. Naomi Feld is a housing economist at the Varland Institute.``), read
    as an appositive, when the name (after its ``title``, if any) is the
    sentence's subject and a person's noun heads the role (not ``is a big fan
    of ...``, ``is a critic of ...``); else :func:`lawyer_role` (``Ana Berg SC,``) or None."""
    copula = _PREDICATE_ROLE_RE.match(text, end)
    opening = text.rfind(title, 0, start) if title else start
    line = text.rfind("\n", 0, start) + 1
    if copula is None or opening < line or sentence_start_before(text, opening) != opening:
        return lawyer_role(text, end), None  # "The man who attacked Ana Moss is a teacher": no post
    role, affiliation = appositive_after(", " + text[copula.end() : copula.end() + 240], 0)
    if not role or head_word(role) in RELATION_NOUNS or not names_a_person(head_word(role)):
        return None, None
    return role, affiliation


#: A relative clause saying whom someone leads (``, who chairs the Vell Housing
#: Trust``, ``, who heads the housing charity Safe Harbour``): the verb and the body.
_LEADS_BODY_RE = re.compile(
    r",[ \xa0]+who[ \xa0]+(?:now[ \xa0]+|also[ \xa0]+)?("
    + "|".join(LEADING_VERBS)
    + r")[ \xa0]+(?:the[ \xa0]+)?(?:(?!(?:of|for|at|in|on|with|and|to)\b)[a-z][\w'’-]*[ \xa0]+){0,3}"
    r"([A-Z][^,;()\"“”\n]{1,100})"
)

#: Capitals that own what follows (``Vell's bakery``): no body's name.
_OWNER_START_RE = re.compile(r"(?:[A-Z][\w.-]*[ \xa0]+)*[A-Z][\w.-]*['’]s[ \xa0]+[a-z]")


def _led_body(window: str) -> tuple[str | None, str] | None:
    """``(role, body)`` of a relative clause after a name saying whom the
    person leads (``, who chairs the Vell Housing Trust,``: ``("chair", "Vell
    Housing Trust")``); None when there is none or the capitals are a place or
    an owner (``who runs Vell's bakery``)."""
    found = _LEADS_BODY_RE.match(window)
    body = trim_org(found.group(2)) if found else None
    if found is None or body is None or is_place(body) or _OWNER_START_RE.match(found.group(2)):
        return None
    return LEADING_VERBS[found.group(1)], body


#: A body named by whose it is (``Holm's campaign``, ``Kobb’s office``).
_OWNED_BODY_RE = re.compile(
    r"[A-Z][\w.-]*(?:[ \xa0][A-Z][\w.-]*)*['’]s[ \xa0]+(?:" + "|".join(sorted(ORG_HEADS)) + r")\b"
)


#: A post in a cabinet or a legislature named with its brief or seat (``Minister
#: for Water``, ``Secretary of State for Health``, ``the member for Kessock``):
#: the words after ``for`` name no body someone works for; a brief stays in the
#: role, a seat does not (``Conservative MP``, as for ``MP for Kelmoor``).
_PORTFOLIO_RE = re.compile(
    r"(?:[\w-]+[ \xa0]+)*?(?:[Mm]inister|(?P<seat>[Mm]ember|MP)|[Ss]ecretary[ \xa0]+of[ \xa0]+State)[ \xa0]+for[ \xa0]+"
    r"(?:the[ \xa0]+)?[A-Z][\w'’-]*(?:[ \xa0]+(?:and[ \xa0]+|of[ \xa0]+|the[ \xa0]+)*[A-Z][\w'’-]*)*"
    r"|[Ss]ecretary[ \xa0]+of[ \xa0]+State"
)


def _role_and_org(role: str, prep: str | None, org: str | None) -> tuple[str, str | None]:
    """The role and affiliation of an appositive read as ``ROLE PREP ORG``."""
    if org:
        inner = _CAPITALS_AT_END_RE.search(role)
        if inner:  # "founder of the civic association Friends" + "of Gull Park"
            org = f"{inner.group('caps')} {prep} {org}"
            role = role[: inner.start("caps")].strip()
            prep = inner.group("prep")
    affiliation = None
    if org and (stop := first_sentence_end(org, 0, len(org))) is not None:
        org = org[:stop]  # "Eastgate Advisers. He said"; not "St." or "Co."
    post = _PORTFOLIO_RE.fullmatch(f"{role} {prep} {org.strip()}") if org else None
    if post is not None and post.group("seat") and org and (has_org_head(org) or is_body(org)):
        post = None  # "a board member for the Vell Farmers Union": a body, no seat
    if post is not None:  # "Minister for Water": the brief is no body; "MP for Kelmoor": nor the seat
        return (role if post.group("seat") else post.group(0)), None
    org = _BASED_RE.sub("", org.strip()) if org else None
    org_match = ORG_RE.match(org) if org else None
    owned = _OWNED_BODY_RE.match(org) if org else None
    if owned is not None:  # "spokesman for Holm's campaign": the campaign, not "Holm's"
        return role, owned.group(0)
    if org and org_match and _names_body(org, org_match, prep):
        affiliation = _with_body_noun(org, org_match) or trim_org(org_match.group(1))
        within = _INSTITUTION_RE.match(org, org_match.end())
        unit_of = within and trim_org(within.group(1))
        if affiliation and unit_of and not is_place(unit_of):
            # "head of the Centre for X at the Vell Institute": the unit stays in the role
            role = f"{role} {prep} {org[: org_match.end()].strip()}"
            affiliation = unit_of
    described = None if org else _DESCRIBED_BODY_AT_END_RE.search(role)
    if described is not None and described.group("head") in BODY_NOUNS:
        # "regional organiser for the public service union Unitas": the union
        return role[: described.start()].strip(), trim_org(described.group("caps"))
    if not affiliation and not (org and prep in ("from", "in")):
        # "a professor in The Fletcher School at Tufts University" style with the org in the role
        inner = re.search(r"\s+(?:at|of|with|for|in)\s+(?:the\s+)?([A-Z].*)\Z", role)
        if inner:
            affiliation = trim_org(inner.group(1))
            role = role[: inner.start()].strip()
    return role, affiliation


#: Bodies of a town, a country, a party or a person that news names by the
#: owner and a lower-case noun (``the Kellmoor health department``, ``the Vell
#: fire service``, ``the Marsland armed forces``, ``the Marsh campaign``): the
#: owner alone is a place or a person. Not a firm's kind after its name (``Hale
#: and Dorr law firm``: the firm is the name).
_PUBLIC_BODY_NOUNS = frozenset(
    "department service services council authority authorities police office ministry "
    "government board commission agency hospital court administration "
    "forces army navy military campaign embassy parliament cabinet".split()
)


def _with_body_noun(org: str, org_match: re.Match[str]) -> str | None:
    """A place's capitals and the lower-case public body after them (``the
    Kellmoor health department``: ``Kellmoor health department``, not the
    place), or None when no such body follows the capitals."""
    name = org_match.group(1)
    after = _LOWER_WORDS_AFTER_RE.match(org, org_match.end())
    if after is None or has_org_head(name) or _OWNER_START_RE.match(f"{name} x"):
        return None
    words = after.group(1).split()
    last = max((i for i, word in enumerate(words) if word in _PUBLIC_BODY_NOUNS), default=None)
    if last is None or any(word in ORG_CONNECTORS for word in words[:last]):
        return None
    return " ".join([name, *words[: last + 1]])


def _unit_and_body(window: str, body: re.Match[str]) -> tuple[str | None, str | None]:
    """``(role, affiliation)`` of a body named after a name with ``of``: the
    body, or a unit and the institution holding it (``Sam Reddy of the Centre
    for Urban Policy at Kellmoor University``: the unit is the role)."""
    unit = trim_org(body.group(1)) if has_org_head(body.group(1)) else None
    within = _INSTITUTION_RE.match(window, body.end()) if unit else None
    institution = trim_org(within.group(1)) if within else None
    if institution and has_org_head(institution):
        return unit, institution
    return None, unit


def _names_body(org: str, org_match: re.Match[str], prep: str | None) -> bool:
    """True when the capitals ``org_match`` found in ``org`` name a body: not a
    place after ``from`` or ``in`` (``expert from Dunmore``, ``a teacher in
    Glasgow``), not a nationality before a common noun (``sister of North Korean
    leader ...``), not a place before a noun that is no body (``councillor for
    Brackley ward``)."""
    name = org_match.group(1)
    if has_org_head(name):
        return True
    if prep in ("from", "in"):
        return False  # "a teacher in Glasgow": where, not a body
    after = _LOWER_WORDS_AFTER_RE.match(org, org_match.end())
    words = after.group(1).split() if after else []
    if words and words[0] not in ORG_CONNECTORS and not set(words) & BODY_NOUNS:
        return False  # "Brackley ward", "Vell constituency": the capitals only say where
    return not (
        name.endswith(DEMONYM_ENDINGS)
        and org[org_match.end() :].startswith(" ")
        and org[org_match.end() + 1 : org_match.end() + 2].islower()
    )
