"""Who said it: speaker mentions, their resolution, roles and affiliations.

The extractor finds a *mention* of the speaker next to a cue (``Easley``,
``he``, ``the spokesman``, ``Japan's defense ministry``); this module turns the
mention into a resolved name using what the article said before
(:class:`SpeakerRegistry`), classifies it (person, organization, anonymous,
group) and reads the role and affiliation stated in an appositive or a title
(``Choi Kang, acting president of the Asan Institute`` ...).

Functions here take text (or spaCy tokens) and return plain values with
offsets; nothing raises on odd input.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})
PRONOUNS_GROUP = frozenset({"they", "we", "them", "us"})
PRONOUNS = PRONOUNS_PERSON | PRONOUNS_GROUP | {"it", "you", "who", "which", "that"}
DETERMINERS = ("the ", "a ", "an ", "The ", "A ", "An ")

#: Head nouns of organizations and institutions.
ORG_HEADS = frozenset(
    """
    ministry agency office staff department government military administration council
    committee institute institution company firm university school center centre
    commission bureau police army navy force forces court parliament congress senate
    house party campaign group organization organisation union association board bank
    service services network newspaper paper magazine channel station embassy mission
    regime cabinet chiefs command corporation foundation fund team league club
    authority authorities kcna agency's white_house pentagon kremlin
    """.split()
)

#: Bodies named by a phrase whose head word alone is a person (a guard, a guard corps).
ORG_PHRASES = ("coast guard", "national guard", "guard corps", "border force")

#: ``its coast guard``, ``his government``: a possessive pronoun and a body.
_POSSESSIVE_RE = re.compile(r"(its|his|her|their)\s+(\w[\w\s-]*)$", re.IGNORECASE)
_OWNER_RE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\b")

#: Documents that can be the source of an attribution (the report said).
SOURCE_NOUNS = frozenset(
    """
    report statement study survey poll document memo filing complaint lawsuit
    indictment ruling analysis review letter release data figures estimate
    headline message tweet email ad advertisement website site editorial article
    piece column story book transcript caption sign banner page blog video clip
    commercial note post notice announcement
    """.split()
)

#: Words of place names and institutions that speak as bodies ("Seoul said",
#: "Washington warned", "CNN reported"): a capitalised mention holding one of
#: them, with no word for a person, is an organization (the pipeline's NER is off
#: for speed, so this list stands in for it).
PLACE_WORDS = frozenset(
    """
    Afghanistan Albania Algeria Angola Argentina Armenia Australia Austria Azerbaijan
    Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil Britain Bulgaria Burma
    Cambodia Cameroon Canada Chile China Colombia Congo Croatia Cuba Cyprus Czech
    Denmark Ecuador Egypt England Eritrea Estonia Ethiopia Europe Finland France
    Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India
    Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Kazakhstan Kenya
    Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg
    Malaysia Mali Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar
    Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama
    Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland
    Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria
    Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine
    Uruguay Uzbekistan Venezuela Vietnam Wales Yemen Zambia Zimbabwe Africa Asia
    America Americas States Kingdom Emirates Union Nations Gaza Crimea Kashmir
    Washington Moscow Beijing Seoul Pyongyang Tokyo London Berlin Brussels
    Tehran Kabul Baghdad Damascus Ankara Kyiv Kiev Jerusalem Cairo Riyadh Delhi
    Islamabad Ottawa Canberra Madrid Rome Athens Warsaw Vienna Havana Caracas Taipei
    Manila Bangkok Hanoi Jakarta Geneva Kremlin Pentagon Vatican Downing Whitehall
    Congress Senate Parliament Capitol Hollywood
    Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida
    Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
    Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada
    Hampshire Jersey Mexico York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania
    Rhode Tennessee Texas Utah Vermont Wisconsin Wyoming
    CNN MSNBC NBC ABC CBS PBS NPR BBC Fox Reuters AP AFP Bloomberg Politico Breitbart
    Times Post Journal Tribune Herald Guardian Telegraph Economist Axios Newsweek
    HuffPost Huffington Yonhap KCNA Xinhua Tass Interfax Kyodo VOA Gallup Quinnipiac
    Twitter Facebook Google Apple Amazon Microsoft YouTube Instagram
    """.split()
)

#: Head nouns of unnamed people (a senior official, the spokesman).
PERSON_NOUNS = frozenset(
    """
    official spokesman spokeswoman spokesperson source aide adviser advisor expert
    analyst professor researcher scholar diplomat minister secretary president
    leader director chairman chairwoman chair chief officer member lawmaker senator
    representative governor mayor ambassador envoy negotiator executive manager
    employee worker resident witness observer commentator economist lawyer attorney
    judge prosecutor investigator doctor scientist student teacher author writer
    reporter journalist editor critic insider strategist consultant pollster
    candidate nominee voter supporter opponent activist protester veteran general
    commander colonel soldier officer man woman person fellow head founder ceo
    host anchor businessman businesswoman mother father wife husband son daughter
    brother sister actress actor singer star player owner boss partner friend
    neighbor neighbour customer driver nurse farmer teacher pastor priest chaplain
    historian professor consultant organizer organiser campaigner delegate mogul
    billionaire congressman congresswoman councilman councilwoman commissioner
    sheriff spokesperson staffer volunteer survivor victim fan attendee caller
    child kid boy girl teen teenager user reader viewer listener participant
    entrepreneur investor trader banker analyst blogger columnist commentator
    """.split()
)

#: Plural heads of groups of people.
GROUP_NOUNS = frozenset(
    """
    officials experts analysts sources observers critics officers diplomats lawmakers
    researchers scholars residents witnesses economists watchers people leaders
    members supporters opponents activists protesters voters aides advisers advisors
    scientists doctors authorities investigators prosecutors lawyers reporters
    commentators strategists insiders students workers employees republicans
    democrats conservatives liberals pollsters americans others many some
    crowd audience demonstrators marchers fans delegates
    """.split()
)

#: Words that make a mention anonymous when unnamed (a senior official).
ANONYMOUS_MARKERS = ("a ", "an ", "one ", "unidentified ", "unnamed ", "anonymous ", "another ")

#: Title words that can precede a name (U.S. Secretary of State Antony Blinken).
TITLE_WORDS = frozenset(
    """
    secretary president minister leader spokesman spokeswoman chairman chairwoman
    senator sen. rep. representative governor gov. mayor ambassador envoy director
    general gen. chief judge justice prime premier chancellor king queen prince
    princess speaker commander official adviser advisor professor prof. dr. doctor
    deputy vice head founder ceo chair lawmaker attorney candidate nominee
    councillor councilor councilman councilwoman commissioner inspector sheriff
    superintendent chancellor rabbi bishop pastor reverend rev. father sister
    coach captain capt. lt. col. sgt. adm. admiral colonel lieutenant sergeant
    """.split()
)

_CAP_WORD = r"(?:[A-Z][\w'’.&-]*|of|for|and|the|on|in|&|de|du|la|von|van|der|al|bin)"
_ORG_RE = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|for|and|on|&|de|the|a|an)\s+){0,2}[A-Z][\w'’.&-]*)*)"
)
_APPOSITIVE_RE = re.compile(
    r"^,\s+(?:who\s+is\s+|the\s+|a\s+|an\s+|now\s+)?"
    r"(?P<role>(?:[^,;:.()\"“”]|(?<=[A-Z])\.){2,80}?)"
    r"(?:\s+(?P<prep>at|of|with|for|to|in|from)\s+(?P<org>(?:the\s+)?[A-Z][^,;()\"“”]{1,120}))?"
    r"\s*(?=,|(?<![A-Z])\.(?:\s|$)|;|\)|$|\s+(?:said|says|told|added|wrote|argued|warned|noted|explained))"
)
_NAME_RE = re.compile(
    r"\b(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)*)(?:\s+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'’][A-Za-z]+)*))+"
)
#: Party and committee words that can precede a name in a run of capitals.
_AFFILIATION_WORDS = frozenset(
    {"Democrat", "Democratic", "Republican", "GOP", "Independent", "Ranking", "Member"}
)
#: Words right before a run of capitalised words that make it a thing or a place.
_PLACE_BEFORE_RE = re.compile(r"\b(?:the|in|at|near|into|across|outside|inside)[ \xa0]+$", re.IGNORECASE)
#: A sentence ending inside a quotation (``... to Donald." He also said``).
_QUOTED_SENTENCE_ENDS = ('." ', ".” ", '?" ', "?” ", '!" ', "!” ")
_SINGLE_NAME_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)(?![\w-])")
_NOT_NAME_START = frozenset(
    """
    The A An In On At For But And Or If When While After Before Since As This That These
    Those It He She They We I You His Her Its Their Our North South East West New
    Then So Yet Now Still However Also Meanwhile Today Yesterday Last Next Mr Mrs Ms Dr
    Sen Rep Gov President Secretary Senator Representative Governor Speaker Former
    Republican Republicans Democrat Democrats Democratic GOP Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Read Watch Click Follow Sign Share
    Asked Speaking Writing According During Despite Under Over One Two Three
    """.split()
)
NOT_NAME_START = _NOT_NAME_START  # words that never start a person's name (shared with the extractor)


_DATELINE_ENDS = frozenset({"—", "–", "-", "--"})


def dateline_subject(token):
    """``LONDON (Reuters) - Ansel Kobb said ...``, ``LA CROSSE, Wisc. — Gov. Kobb
    blamed ...``: a subject in capitals opening its sentence and followed by the
    dash of a dateline is the place the story was filed from, not who speaks.
    Returns the name the parse hangs on it in apposition (the speaker), None
    when there is none, or ``token`` itself when it is no dateline."""
    word = token.text
    if len(word) < 2 or not word.isupper() or not word.replace(".", "").isalpha():
        return token
    doc = token.doc
    start = token.sent.start
    if any(not t.text.isupper() for t in doc[start : token.i] if t.is_alpha):
        return token
    following = doc[token.i + 1 : min(len(doc), token.i + 8)]
    if not any(t.text in _DATELINE_ENDS for t in following):
        return token
    dash = next(t.i for t in following if t.text in _DATELINE_ENDS)
    for child in token.rights:  # the name after the dash, not the state (LA CROSSE, Wisc. —)
        if child.dep_ == "appos" and child.pos_ == "PROPN" and not child.text.isupper() and child.i > dash:
            return child
    return None


def after_dateline(tokens: list, head) -> list:
    """The tokens of a mention without a dateline the parse hung on it
    (``LONDON (Harbour News) - Ansel Kobb`` -> ``Ansel Kobb``)."""
    tokens = sorted(tokens, key=lambda t: t.i)
    if not tokens or tokens[0].i >= head.i or dateline_subject(tokens[0]) is tokens[0]:
        return tokens
    dashes = [t.i for t in tokens if t.i < head.i and t.text in _DATELINE_ENDS]
    return [t for t in tokens if t.i > dashes[-1]] if dashes else tokens


def _speaks_after(text: str, end: int) -> bool:
    """True when a reporting verb follows the word ending at ``end`` (``Feinstein said``,
    ``Kobb also told``)."""
    from quotes.extract.cues import speech_forms

    match = re.match(r"[ \xa0]+(?:\w+ly[ \xa0]+|also[ \xa0]+|then[ \xa0]+)?([a-z]+)\b", text[end : end + 40])
    return bool(match) and match.group(1) in speech_forms()


def _inside_sentence(text: str, start: int) -> bool:
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


def speaker_kind(mention: str, *, entity: str | None = None) -> str:
    """Classify a speaker mention: ``person``, ``organization``, ``anonymous`` or ``group``.

    ``entity`` is the spaCy entity label of the mention when known (PERSON, ORG, GPE...).
    """
    text = mention.strip()
    lower = text.lower()
    head = head_word(text)
    if lower in PRONOUNS_PERSON:
        return "person"
    if lower in PRONOUNS_GROUP:
        return "group"
    if lower.endswith(ORG_PHRASES):
        return "organization"  # its coast guard
    if entity == "PERSON":
        return "person"
    if head in GROUP_NOUNS:
        return "group"
    if entity is None and head not in PERSON_NOUNS and _is_body(text):
        return "organization"
    if head in ORG_HEADS or head in SOURCE_NOUNS or entity in ("ORG", "GPE", "NORP", "FAC"):
        if head in PERSON_NOUNS:
            pass
        else:
            return "organization"
    if head in PERSON_NOUNS and (
        lower.startswith((*ANONYMOUS_MARKERS, "the ", "this ", "that ")) or not _has_name(text)
    ):
        return "anonymous"
    if _has_name(text) or (text[:1].isupper() and head not in PERSON_NOUNS):
        return "person"
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
        if word.lower().rstrip(".") in TITLE_WORDS or word in _NOT_NAME_START:
            continue
        return True
    return False


@dataclass
class Person:
    """A speaker the article has named, with what it said about them."""

    name: str
    kind: str = "person"
    role: str | None = None
    affiliation: str | None = None
    position: int = 0
    aliases: set[str] = field(default_factory=set)


def _is_title(word: str) -> bool:
    lower = word.lower()
    return lower in TITLE_WORDS or lower.rstrip(".") in TITLE_WORDS or lower + "." in TITLE_WORDS


_PLACE_ADJECTIVES = frozenset({"North", "South", "East", "West", "New"})


def title_before(text: str, start: int) -> str | None:
    """The title words just before a name at ``start`` (``U.S. Secretary of State``
    before ``Antony Blinken``), or None."""
    window = text[max(0, start - 80) : start]
    tokens = re.findall(r"\S+", window)
    if not window.endswith((" ", "\u00a0")):
        return None
    kept: list[str] = []
    for token in reversed(tokens):
        bare = token.lower().strip(",")
        if token.endswith((",", ".", "\u201d", '"', ";", ":", "!", "?")) and not re.fullmatch(
            r"(?:[A-Za-z]\.)+|(?:Sen|Rep|Gov|Gen|Lt|Col|Dr|Mr|Mrs|Ms|Prof|Sgt|Adm|Capt)\.", token
        ):
            break
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
        or (kept[0] in _NOT_NAME_START and kept[0] not in _PLACE_ADJECTIVES and not _is_title(kept[0]))
    ):
        kept.pop(0)
    if not kept or not any(_is_title(k) for k in kept):
        return None
    # a title ends with a title word or its complement (of State); a leading name-like
    # word that is a place adjective stays (North Korean leader)
    return " ".join(kept)


def appositive_after(text: str, end: int) -> tuple[str | None, str | None]:
    """Role and affiliation from an appositive following a name ending at ``end``:
    ``, acting president of the Asan Institute for Policy Studies think tank`` ->
    ``("acting president", "Asan Institute for Policy Studies")``."""
    window = text[end : end + 240]
    match = _APPOSITIVE_RE.match(window)
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
        org_match = _ORG_RE.match(org.strip())
        if org_match:
            affiliation = _trim_org(org_match.group(1))
    if not affiliation:
        # "a professor in The Fletcher School at Tufts University" style with the org in the role
        inner = re.search(r"\s+(?:at|of|with|for|in)\s+(?:the\s+)?([A-Z].*)$", role)
        if inner:
            affiliation = _trim_org(inner.group(1))
            role = role[: inner.start()].strip()
    if not role[:1].islower() and not any(w.lower().rstrip(".") in TITLE_WORDS for w in role.split()):
        # "Leif-Eric Easley, Ewha University" is an affiliation, not a role
        if role[:1].isupper():
            return None, _trim_org(role)
        return None, None
    return role or None, affiliation


def _trim_org(org: str) -> str | None:
    """Keep the capitalised run of an organization name (stop at lower-case words
    other than connectors, and at ``at``/``in`` + place)."""
    words = org.split()
    kept: list[str] = []
    for word in words:
        if word[:1].isupper() or word in ("of", "for", "and", "&", "on", "a", "the", "de"):
            if word in ("at", "in"):
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
    """Runs of two or more capitalised words that could be people's names, with offsets.
    A cheap regex pass over the whole article; the registry prefers spaCy's PERSON
    entities when it has them."""
    found = []
    for match in _NAME_RE.finditer(text):
        words = match.group(0).split()
        while words and words[0] in _NOT_NAME_START:
            words = words[1:]
        titles = [i for i, w in enumerate(words) if w.lower().rstrip(".") in TITLE_WORDS]
        if titles:
            words = words[titles[-1] + 1 :]  # Deputy Harbour Minister Ansel Kobb -> Ansel Kobb
        # Senate Intelligence Ranking Democrat Dianne Feinstein -> Dianne Feinstein (a place,
        # body or party word before the last two words; "Denzel Washington" stays)
        bodies = [
            i
            for i, w in enumerate(words[:-2])
            if w in PLACE_WORDS or w in _AFFILIATION_WORDS or w.lower() in ORG_HEADS
        ]
        if bodies:
            words = words[bodies[-1] + 1 :]
        if len(words) < 2:
            continue
        name = " ".join(words)
        start = match.end() - len(name)
        found.append((start, match.end(), name))
    return found


class SpeakerRegistry:
    """What an article has said so far about who is who, in reading order.

    ``add_person`` records a full name (with role and affiliation when known);
    :meth:`resolve` turns a later mention (surname, pronoun, nominal) into the name.
    """

    def __init__(self, text: str = ""):
        self.text = text
        self.people: list[Person] = []
        self.last_person: Person | None = None
        self.last_speaker: Person | None = None
        self.candidates = name_candidates(text) if text else []
        self._candidate_starts = [start for start, _, _ in self.candidates]
        # (position, person) of each name seen, kept sorted by position (bisect)
        self.mentions: list[tuple[int, Person]] = []
        self.quoted: list[tuple[int, int]] = []  # spans of quoted words, set by the extractor
        self._genders: dict[str, str | None] = {}
        self._strict = False

    # -- recording -------------------------------------------------------------

    def find(self, name: str) -> Person | None:
        for person in self.people:
            if person.name == name:
                return person
        return None

    def add(
        self,
        name: str,
        *,
        kind: str = "person",
        position: int = 0,
        role: str | None = None,
        affiliation: str | None = None,
    ) -> Person:
        """Record (or update) a named speaker or entity and return it."""
        person = self.find(name)
        if person is None:
            person = Person(name=name, kind=kind, position=position)
            self.people.append(person)
        person.position = max(person.position, position)
        if role and not person.role:
            person.role = role
        if affiliation and not person.affiliation:
            person.affiliation = affiliation
        if kind == "person":
            self.last_person = person
            self._note(position, person)
        return person

    def mention(self, name: str, position: int) -> None:
        """Note a mention of a person (full name or surname) at ``position``."""
        words = name.split()
        person = self.find(name) if len(words) > 1 else self._by_word(words[0], position) if words else None
        if person is not None and person.kind == "person":
            self._note(position, person)

    def _note(self, position: int, person: Person) -> None:
        bisect.insort_right(self.mentions, (position, person), key=lambda m: m[0])

    def _mentions_between(self, low: int, high: int) -> list[tuple[int, Person]]:
        """Mentions at positions ``low < at < high``, in position order."""
        i = bisect.bisect_right(self.mentions, low, key=lambda m: m[0])
        j = bisect.bisect_left(self.mentions, high, key=lambda m: m[0])
        return self.mentions[i:j]

    def _candidates_between(self, low: int, high: int) -> list[tuple[int, int, str]]:
        """Name candidates starting at ``low < start < high``, in text order."""
        i = bisect.bisect_right(self._candidate_starts, low)
        j = bisect.bisect_left(self._candidate_starts, high)
        return self.candidates[i:j]

    def _quoted(self, position: int) -> bool:
        """True when ``position`` falls inside a quotation (names there are not antecedents)."""
        key = (id(self.quoted), len(self.quoted))
        if getattr(self, "_quoted_key", None) != key:
            ordered = sorted(self.quoted)
            self._quoted_starts = [start for start, _ in ordered]
            self._quoted_ends = ordered and [end for _, end in ordered]
            self._quoted_reach = []
            reach = -1
            for _, end in ordered:
                reach = max(reach, end)
                self._quoted_reach.append(reach)
            self._quoted_key = key
        i = bisect.bisect_right(self._quoted_starts, position) - 1
        while i >= 0 and self._quoted_reach[i] > position:
            if self._quoted_ends[i] > position:
                return True
            i -= 1
        return False

    def gender(self, person: Person) -> str | None:
        """``"m"``, ``"f"`` or None: what the article says, by the pronouns that
        follow the person's name in the same sentence (``Ms. Ray said she ...``)
        and by courtesy titles. Cached per name."""
        if person.name in self._genders:
            return self._genders[person.name]
        words = [w for w in person.name.split() if w[:1].isupper()]
        male = female = 0
        if words:
            # the surname and the given name right before it (not the first word of a
            # run like "Senate Ranking Democrat Dianne Feinstein", nor an initial)
            given = next((w for w in reversed(words[:-1]) if not re.fullmatch(r"[A-Z]\.?", w)), words[0])
            names = "|".join(re.escape(w) for w in {given, words[-1]})
            for match in re.finditer(rf"\b(?:{names})\b([^.!?\n“”\"]{{0,60}})", self.text):
                following = match.group(1).lower()
                pronoun = re.search(r"\b(he|him|his|himself|she|her|hers|herself)\b", following)
                if pronoun:
                    if pronoun.group(1).startswith(("he", "hi")) and not pronoun.group(1).startswith("her"):
                        male += 1
                    else:
                        female += 1
            for match in re.finditer(rf"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:{names})\b", self.text):
                if match.group(1) == "Mr":
                    male += 2
                else:
                    female += 2
        gender = "m" if male > female else "f" if female > male else None
        self._genders[person.name] = gender
        return gender

    def _compatible(self, person: Person, pronoun: str | None) -> bool:
        if pronoun not in ("he", "him", "she", "her"):
            return True
        gender = self.gender(person)
        if gender is None:
            return not self._strict
        return gender == ("m" if pronoun in ("he", "him") else "f")

    def _pronoun(self, position: int, pronoun: str | None = None) -> Person | None:
        """The person a pronoun stands for: first among people whose gender the
        article shows and matches, then allowing people of unknown gender."""
        same_sentence = self._pronoun_pass(position, pronoun, fallback=False, sentence_only=True)
        if same_sentence is not None:
            return same_sentence  # a name earlier in the sentence, unless of the other gender
        self._strict = True
        try:
            person = self._pronoun_pass(position, pronoun, fallback=False)
        finally:
            self._strict = False
        return person or self._pronoun_pass(position, pronoun, fallback=True)

    def _latest_between(self, low: int, position: int, pronoun: str | None) -> tuple[int, Person] | None:
        """The latest person named at ``low < at < position`` (a recorded mention, a
        run of capitalised words, a surname) the pronoun can stand for, with its
        position, or None."""
        best = None
        for at, person in self._mentions_between(low, position):
            if (best is None or at >= best[0]) and self._compatible(person, pronoun) and not self._quoted(at):
                best = (at, person)  # (a name inside a quotation is no antecedent)
        for start, end, name in self._candidates_between(low, position):
            if best is None or start > best[0]:
                if _PLACE_BEFORE_RE.search(self.text, max(0, start - 8), start):
                    continue  # "the Islamic State", "in Jackson Park": a place or a body, not a person
                if (
                    head_word(name) not in ORG_HEADS
                    and speaker_kind(name) == "person"
                    and not self._quoted(start)
                ):
                    person = self.find(name)
                    if person is None:
                        role, affiliation = appositive_after(self.text, end)
                        role = title_before(self.text, start) or role
                        person = self.add(
                            name, kind="person", position=start, role=role, affiliation=affiliation
                        )
                    if self._compatible(person, pronoun):
                        best = (start, person)
        for start, word in self._surnames_between(low, position):
            # "Mr. Trump, however, said he ...": a surname alone, of someone the article named
            if best is None or start > best[0]:
                person = self._by_word(word, start)
                if (
                    person is None
                    and _speaks_after(self.text, start + len(word))
                    and _inside_sentence(self.text, start)
                ):
                    # "Feinstein said ...": someone the article never names in full still speaks
                    person = self.add(word, kind="person", position=start)
                if person is not None and person.kind == "person" and self._compatible(person, pronoun):
                    best = (start, person)
        return best

    def _pronoun_pass(
        self, position: int, pronoun: str | None, *, fallback: bool, sentence_only: bool = False
    ) -> Person | None:
        """The person a pronoun at ``position`` stands for: a person named earlier
        in the same sentence, else the last speaker, else the last person named
        (each time skipping people the article gives the other gender)."""
        low = max(0, position - 2000)  # no sentence is longer: do not scan a whole long text back
        sentence_start = max(
            low - 1,
            self.text.rfind(". ", low, position),
            self.text.rfind("\n", low, position),
            self.text.rfind("? ", low, position),
            self.text.rfind("! ", low, position),
            *(
                found + 1
                for end in _QUOTED_SENTENCE_ENDS
                if (found := self.text.rfind(end, low, position)) >= 0
            ),
        )
        best = self._latest_between(sentence_start, position, pronoun)
        if best is not None:
            return best[1]
        if sentence_only:
            return None
        if (
            self.last_speaker is not None
            and self.last_speaker.kind == "person"
            and self._compatible(self.last_speaker, pronoun)
        ):
            return self.last_speaker
        latest = None
        seen: set[int] = set()
        everyone = sum(1 for person in self.people if person.kind == "person")
        for at, person in reversed(self._mentions_between(-1, position)):
            if id(person) in seen:
                continue  # only a person's latest mention counts
            if self._compatible(person, pronoun):
                latest = (at, person)
                break
            seen.add(id(person))
            if len(seen) >= everyone:
                break
        if latest:
            return latest[1]
        if not fallback:
            return None
        if self.last_person is not None:
            return self.last_person
        # nobody recorded yet: the last run of capitalised words that reads as a name
        for start, end, name in reversed(self.candidates):
            if start < position and head_word(name) not in ORG_HEADS and speaker_kind(name) == "person":
                role, affiliation = appositive_after(self.text, end)
                role = title_before(self.text, start) or role
                return self.add(name, kind="person", position=start, role=role, affiliation=affiliation)
        return None

    def _surnames_between(self, low: int, high: int) -> list[tuple[int, str]]:
        """Single capitalised words at ``low < start < high`` that can be a surname
        or first name on its own (``Trump``, ``Mr. Singer``): not inside a longer
        name candidate, a quotation, or a word that starts sentences."""
        found = []
        covered = self._candidates_between(low - 200, high)
        for match in _SINGLE_NAME_RE.finditer(self.text, max(0, low + 1), high):
            word = match.group(1)
            start = match.start(1)
            if word in _NOT_NAME_START or _is_title(word) or self._quoted(start):
                continue
            if _PLACE_BEFORE_RE.search(self.text, max(0, start - 8), start):
                continue  # "the Obama administration": a modifier, not a person named
            if any(c_start <= start < c_end for c_start, c_end, _ in covered):
                continue
            found.append((start, word.removesuffix("’s").removesuffix("'s")))
        return found

    # -- resolving ------------------------------------------------------------

    def _by_word(self, word: str, position: int) -> Person | None:
        """The most recent recorded person whose name holds ``word``."""
        best = None
        for person in self.people:
            if person.kind != "person":
                continue
            named = word in person.name.replace("-", " ").split() or word in person.name.split()
            if named and (
                best is None
                or (person.position <= position and person.position >= best.position)
                or best.position > position
            ):
                best = person
        if best is not None:
            return best
        # fall back on capitalised runs anywhere in the article before the mention
        if word in _NOT_NAME_START:
            return None
        latest = None
        for start, end, name in self.candidates:
            if word in name.split() and name != word:
                if start > position and latest is not None:
                    break
                latest = (start, end, name)
                if start > position:
                    break
        if latest:
            start, end, name = latest
            role, affiliation = appositive_after(self.text, end)
            role = title_before(self.text, start) or role
            return self.add(name, kind="person", position=position, role=role, affiliation=affiliation)
        return None

    def _by_noun(self, head: str, position: int) -> Person | None:
        """The most recent speaker whose name or role ends with the noun ``head``."""
        best = None
        for person in self.people:
            words = (person.name + " " + (person.role or "")).lower().split()
            if (
                head in words
                and person.position <= position + 1
                and (best is None or person.position >= best.position)
            ):
                best = person
        if best is None and head and self.text:
            # an earlier introduction: "an unidentified Foreign Ministry spokesman"
            pattern = re.compile(
                r"\b(?:an?|one)\s+((?:[\w'’.-]+\s+){0,5}?" + re.escape(head) + r")\b", re.IGNORECASE
            )
            latest = None
            for match in pattern.finditer(self.text, 0, max(0, position)):
                latest = match
            if latest is not None:
                name = latest.group(1)
                return self.add(
                    name,
                    kind=speaker_kind(latest.group(0)),
                    position=latest.start(1),
                    role=name if head in PERSON_NOUNS else None,
                )
        return best

    def _owner(self, pronoun: str, position: int) -> str | None:
        """Who ``its``/``his``/``her`` at ``position`` stands for: for ``its``, the
        last name in the possessive earlier in the sentence (``Japan’s defense
        ministry ..., while its coast guard``); for ``his``/``her``, the person."""
        if pronoun == "its":
            low = max(0, position - 400)
            start = max(self.text.rfind(". ", low, position), self.text.rfind("\n", low, position), low)
            owners = _OWNER_RE.findall(self.text, start, position)
            return owners[-1] if owners else None
        if pronoun in ("his", "her"):
            person = self._pronoun(position, "he" if pronoun == "his" else "she")
            return person.name if person is not None and person.kind == "person" else None
        return None

    def resolve(
        self, mention: str, *, position: int, entity: str | None = None
    ) -> tuple[str, str, Person | None]:
        """``(name, kind, person)`` for a mention at ``position`` in the text.

        Pronouns go to the last person; surnames and first names to the full name
        that holds them; ``the spokesman``/``the ministry`` to the last speaker
        whose name or role holds the noun. Anything else is its own name.
        """
        text = mention.strip()
        lower = text.lower()
        if lower in PRONOUNS_PERSON:
            person = self._pronoun(position, lower)
            if person is not None:
                return person.name, person.kind, person
            return text, "person", None
        owned = _POSSESSIVE_RE.match(text)
        if owned and speaker_kind(owned.group(2)) == "organization":
            owner = self._owner(owned.group(1).lower(), position)
            return (f"{owner}’s {owned.group(2)}" if owner else text), "organization", None
        if lower in PRONOUNS_GROUP or lower == "it":
            if self.last_speaker is not None and self.last_speaker.kind in ("group", "organization"):
                return self.last_speaker.name, self.last_speaker.kind, self.last_speaker
            return text, "group" if lower != "it" else "organization", None
        bare = strip_determiner(text)
        for title in ("Mr. ", "Mrs. ", "Ms. ", "Dr. ", "Mr ", "Mrs ", "Ms ", "Dr ", "Prof. "):
            if bare.startswith(title):
                bare = bare[len(title) :]
        kind = speaker_kind(text, entity=entity)
        words = bare.split()
        if (
            (kind == "person" or entity in ("PERSON", "ORG", None))
            and len(words) == 1
            and words[0][:1].isupper()
        ):
            person = self._by_word(words[0].removesuffix("’s").removesuffix("'s"), position)
            if person is not None:
                return person.name, person.kind, person
        if lower.startswith(("the ", "this ", "that ")) and len(words) <= 3:
            person = self._by_noun(head_word(text), position)
            if person is not None:
                return person.name, person.kind, person
        if kind == "person" and len(words) >= 2:
            # a full name: look for a known longer name holding it (Kim -> Kim Jong Un)
            person = self.find(bare)
            if person is not None:
                return person.name, person.kind, person
        return bare, kind, None
