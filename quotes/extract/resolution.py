"""Resolving a quote's speaker mention to who spoke, through the article's
:class:`~quotes.extract.registry.SpeakerRegistry`.

A mention may stand for someone else: ``who`` for the name before it, ``the
statement`` or ``a video`` for who made it, ``he`` in a clause for the subject
of the clause governing it. The quote then keeps the mention its attribution
rests on (offsets) and takes the resolved name (``speaker``). A quote with no
mention continues the previous speaker, or the person a paragraph just
introduced. A description with a name in apposition (``The mayor of Vell, Ina
Moss, said``) stands for the name
(:class:`~quotes.extract.apposed_names.ApposedNames`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from quotes.extract.antecedents import person_asked, relative_antecedent
from quotes.extract.apposed_names import ApposedNames
from quotes.extract.appositives import appositive_after
from quotes.extract.as_asides import opens_aside
from quotes.extract.bodies_spoken_for import managed_body, spoken_for
from quotes.extract.courtesy import by_courtesy
from quotes.extract.descriptions import (
    business_named,
    joined_title_name,
)
from quotes.extract.document_makers import document_maker
from quotes.extract.given_names import given_name_gender
from quotes.extract.governing_names import governing_name
from quotes.extract.lexicon import ANSWERING_FORMS, ASKING_FORMS
from quotes.extract.maker_patterns import RULING_NOUNS
from quotes.extract.makers import (
    credit_owner,
    document_author,
    is_statement,
    maker_named_before,
    maker_named_next,
    possessed_document_owner,
    statement_maker,
)
from quotes.extract.mention_names import extend_of, name_in_mention
from quotes.extract.mentions import speaker_kind, unnamed_role
from quotes.extract.paired_names import pair_named_before
from quotes.extract.paragraph_speakers import introduced_by_paragraph
from quotes.extract.patterns import NAME_AND_OTHERS_RE
from quotes.extract.person_descriptions import unnamed_description
from quotes.extract.pronoun_owners import owner_mention
from quotes.extract.quotemarks import SpanIndex
from quotes.extract.registry import Person, SpeakerRegistry
from quotes.extract.relative_heads import parsed_antecedent
from quotes.extract.released_documents import maker_released_before
from quotes.extract.role_words import (
    names_a_person,
    role_heads,
)
from quotes.extract.speaker_words import (
    PRONOUNS,
    QUESTIONERS,
    RELATIVE_PRONOUNS,
)
from quotes.extract.staff_bodies import body_of_last_speaker, staff_body
from quotes.extract.unnamed_bodies import unnamed_source_body
from quotes.extract.written_messages import is_next_one, message_noun, message_writer
from quotes.records import Quote

#: A role of someone who writes a court's rulings.
_JUDGE_RE = re.compile(r"\b(?:[Jj]udge|[Jj]ustice|[Mm]agistrate)\b")
#: Who a statement is from, right after it (``a statement from the fire
#: service,``, ``a letter signed by Ola Ruud.``), up to the clause's end.
_STATEMENT_FROM_RE = re.compile(
    r"[ \xa0]+(?:from|by|(?:issued|released|signed)[ \xa0]+by)[ \xa0]+"
    r"((?:the[ \xa0]+)?(?:[\w’'.-]+[ \xa0]+){0,5}?[\w’'-]+)(?=[,;:]|\.(?:\s|\Z))"
)
#: A description in lower case right before a name in one mention (``The conductor `` Tomas Berg).
_LOWER_DESCRIPTION_RE = re.compile(
    r"(?:[Tt]he|[Aa]n?)[ \xa0]+([a-z][\w-]*(?:[ \xa0]+[a-z][\w-]*){0,2})[ \xa0]+"
)
#: ``Both`` before a name that leads a pair of speakers.
_BOTH_RE = re.compile(r"[Bb]oth[ \xa0]+(?=[A-Z])")
#: Nothing but words between who made a statement and the statement
#: (``X released a statement``): the statement is no mention of its own.
_MAKER_THEN_STATEMENT_RE = re.compile(r"[ \xa0]+[\w ’'\xa0-]{0,40}")


class Resolver(ApposedNames):
    """Resolves the speaker mentions of one article's quotes, in reading order,
    through its :class:`SpeakerRegistry`. Each method returns the quote the
    next one may continue (``previous``)."""

    def __init__(self, registry: SpeakerRegistry):
        self.registry = registry
        self.text = registry.text

    def resolve(self, quote: Quote, previous: Quote | None, *, line_start: int) -> Quote:
        """Resolve the speaker mention of ``quote`` (or continue ``previous``):
        ``line_start`` is where its window starts."""
        text = self.text
        quote.speaker_start, quote.speaker_end = mention_after_words(quote, text)
        if quote.speaker_start is None or quote.speaker_end is None:
            return self._unattributed(quote, previous, line_start)
        quote.speaker_start, quote.speaker_end = managed_body(text, quote.speaker_start, quote.speaker_end)
        mention = text[quote.speaker_start : quote.speaker_end]
        if mention.lower() in RELATIVE_PRONOUNS:
            # "said Kobb, who wrote about it": who is the name right before (the
            # mention stays "who", like "he"), or nobody we know
            antecedent = relative_antecedent(text, quote)
            if antecedent is None:
                quote.speaker_start = quote.speaker_end = None
                return self._unattributed(quote, previous, line_start)
            return self._through(quote, antecedent, previous, line_start)
        if is_statement(mention):
            return self._through_statement(quote, previous, line_start)
        writer = message_writer(text, quote, previous) or self._judge_of_ruling(mention, quote.speaker_start)
        if writer is not None:  # "Kobb wrote in an email ... “...,” the email said": Kobb, through it
            # "Rand said Kobb sent a text which read:": Kobb's words, Rand relaying them
            # "Another, sent later, said": relayed as the one before, if at all
            if is_next_one(mention) and previous is not None:
                quote.via = quote.via or previous.via
            elif message_noun(mention) is None and quote.via is None:
                start, end, name = name_in_mention(self.registry, quote.speaker_start, quote.speaker_end)
                quote.via = name or self.registry.resolve(text[start:end], position=start)[0]
            return self._through(quote, writer, previous, line_start)
        asked = self._asked_answers(quote, mention)
        if asked is not None:  # "Bakke asked Holt how ... “...,” she answered": Holt answers
            return self._through(quote, asked, previous, line_start)
        owner = possessed_document_owner(text, quote.speaker_start, quote.speaker_end)
        if owner is not None:  # "Its written decision said": the panel's, as the article writes it
            return credit_owner(quote, text, owner)
        author = (
            document_author(text, quote.speaker_start, quote.speaker_end)
            or maker_named_next(text, quote.speaker_start, quote.speaker_end)
            or maker_named_before(text, quote.speaker_start, quote.speaker_end)
            or maker_released_before(text, quote.speaker_start, quote.speaker_end)
            or document_maker(text, quote.speaker_start, quote.speaker_end, previous.start if previous else 0)
        )
        if author is not None:
            # "Kobb released a video that said, “...”": the video rests on Kobb, who speaks
            # through it; the attribution still rests on "a video" (the mention)
            return self._through(quote, author, previous, line_start)
        return self._named(quote)

    def resolve_by_parse(
        self, quote: Quote, previous: Quote | None, doc: Doc, offset: int, spans: SpanIndex
    ) -> Quote | None:
        """``Kobb met Venn and declared that he found ...``: a personal pronoun
        subject of a clause subordinate to a verb whose subject is a name stands for
        that name (the subject of the governing clause, not the last name before the
        pronoun); ``a nurse, who said``: ``who`` for the noun the parse gives it.
        Resolves ``quote`` through the name, keeps the pronoun as the mention and
        returns the quote to use as ``previous``; None when the parse gives no
        such name (or one the article gives the other gender)."""
        if quote.speaker_start is None or quote.speaker_end is None:
            return None
        text, registry = self.text, self.registry
        pronoun = text[quote.speaker_start : quote.speaker_end].lower()
        if pronoun in RELATIVE_PRONOUNS and relative_antecedent(text, quote) is None:
            head = parsed_antecedent(doc, offset, quote)
            return None if head is None else self._through(quote, head, previous, offset)
        if pronoun not in ("he", "she"):
            return None
        name, coordinated = governing_name(doc, offset, quote.speaker_start, quote.speaker_end, spans)
        if name is None or speaker_kind(text[name[0] : name[1]]) != "person":
            return None
        person = registry.resolve(text[name[0] : name[1]], position=name[0])[2]
        if person is not None and (person.kind != "person" or not registry.compatible(person, pronoun)):
            return None
        if coordinated and (person is None or registry.gender(person) is None):
            return None  # "Kobb attacked Venn and she replied": only when the article shows the gender
        return self._through(quote, name, previous, offset)

    def _through(
        self, quote: Quote, target: tuple[int, int], previous: Quote | None, line_start: int
    ) -> Quote:
        """Resolve ``quote`` as if ``target`` were its mention; the attribution
        still rests on its own mention (``who``, ``the statement``, ``he``)."""
        mention = (quote.speaker_start, quote.speaker_end)
        quote.speaker_start, quote.speaker_end = target
        resolved = self.resolve(quote, previous, line_start=line_start)
        if quote.speaker_start is not None:
            quote.speaker_start, quote.speaker_end = mention
        return resolved

    def _judge_of_ruling(self, mention: str, position: int) -> tuple[int, int] | None:
        """Offsets of the one judge the article named before ``position`` (a
        role or title of judge, justice or magistrate), for a ruling that speaks
        (``the judgment reads``, ``the 94-page ruling said``) with no writer
        named: the judge's words. None for any other mention, or with two judges."""
        if message_noun(mention) not in RULING_NOUNS:
            return None
        judges = {
            person.name: person
            for person in self.registry.people
            if person.kind == "person" and person.position < position and _JUDGE_RE.search(person.role or "")
        }
        if len(judges) != 1:
            return None
        name = next(iter(judges))
        start = self.text.find(name, next(iter(judges.values())).position)
        return (start, start + len(name)) if start >= 0 else None

    def _through_statement(self, quote: Quote, previous: Quote | None, line_start: int) -> Quote:
        """``the joint statement condemned ...``: a statement is not a speaker, who
        made it is; the attribution still rests on ``the statement``, unless the
        statement follows its maker (``X released a statement to ...``)."""
        assert quote.speaker_start is not None and quote.speaker_end is not None
        named = _STATEMENT_FROM_RE.match(self.text, quote.speaker_end)
        if named is not None:  # "a statement from the fire service": the service speaks
            quote.speaker_start, quote.speaker_end = named.span(1)
            return self.resolve(quote, previous, line_start=line_start)
        maker = statement_maker(self.text, quote.speaker_start)
        if maker is None:
            return _unknown(quote, previous)
        if _MAKER_THEN_STATEMENT_RE.fullmatch(self.text[maker[1] : quote.speaker_start]):
            quote.speaker_start, quote.speaker_end = maker
            return self.resolve(quote, previous, line_start=line_start)
        return self._through(quote, maker, previous, line_start)

    def _unattributed(self, quote: Quote, previous: Quote | None, line_start: int) -> Quote:
        """A quote with no mention: a direct quote opening its paragraph after one
        introducing someone, or continuing the previous speaker; else nobody."""
        introduced = introduced_by_paragraph(self.registry, quote, previous)
        if quote.kind == "direct" and introduced is not None:
            # "His strategist, Dag Orrin, set out the plan." then the quote alone
            start, end, person = introduced
            quote.speaker, quote.speaker_start, quote.speaker_end = person.name, start, end
            quote.speaker_kind, quote.role, quote.affiliation = person.kind, person.role, person.affiliation
            quote.confidence = round(min(quote.confidence, 0.5), 2)
            self.registry.spoke(person, _attribution_end(quote))
            return quote
        if (
            quote.kind == "direct"
            and previous is not None
            and previous.speaker
            and not self.registry.above_story(previous.start)  # no headline goes on into the story
        ):
            quote.speaker = previous.speaker
            quote.speaker_start, quote.speaker_end = previous.speaker_start, previous.speaker_end
            quote.speaker_kind = previous.speaker_kind
            quote.role, quote.affiliation = previous.role, previous.affiliation
            same_paragraph = previous.end >= line_start - 2 or previous.start >= line_start
            quote.confidence = round(min(quote.confidence, 0.6 if same_paragraph else 0.5), 2)
            return quote
        return _unknown(quote, previous)

    def _asked_answers(self, quote: Quote, mention: str) -> tuple[int, int] | None:
        """Offsets of the person asked just before (``Bakke asked Holt how ...``)
        when ``quote`` is an answer given by a pronoun that can stand for them
        (``she answered``; any verb when the press asked: ``A reporter asked
        Dunn if ... “No,” he said``, also in the next paragraph); else None."""
        if mention.lower() not in ("he", "she"):
            return None
        assert quote.speaker_start is not None
        answering = (quote.cue or "").lower() in ANSWERING_FORMS
        asked = person_asked(self.text, min(quote.start, quote.speaker_start), answering=answering)
        if asked is None:
            return None
        name = self.text[asked[0] : asked[1]]
        _, kind, person = self.registry.resolve(name, position=asked[0])
        if person is None:  # named for the first time in the question: by the given name's usual sex
            return asked if kind == "person" and _may_be(name, mention) else None
        return asked if self.registry.compatible(person, mention.lower()) else None

    def _named(self, quote: Quote) -> Quote:
        """Resolve a mention that stands for itself through the registry, and
        make the speaker found the last one."""
        assert quote.speaker_start is not None and quote.speaker_end is not None
        quote.speaker_end = extend_of(self.registry, quote.speaker_start, quote.speaker_end)
        mention = self.text[quote.speaker_start : quote.speaker_end]
        resolved, kind, person = self._speaker_of(quote, mention)
        quote.speaker = resolved
        if mention.lower() in PRONOUNS and person is None:
            quote.speaker_kind = kind
            quote.confidence = round(min(quote.confidence, 0.5), 2)
            return quote
        quote.speaker_kind = person.kind if person is not None else kind
        # a pronoun's guess of last resort in reported speech makes no one the speaker
        guessed = (
            quote.kind == "indirect" and mention.lower() in PRONOUNS and self.registry.last_sieve == "anyone"
        )
        if person is not None:
            quote.role, quote.affiliation = person.role, person.affiliation
        if person is not None and not guessed and _only_asks(quote, mention, person.role):
            self.registry.last_spoke_at = max(self.registry.last_spoke_at, _attribution_end(quote))
        elif person is not None and not guessed and not opens_aside(self.text, quote):
            self.registry.spoke(person, _attribution_end(quote), quote.speaker_start)
        base = 0.9 if quote.kind == "direct" else 0.75
        if mention.lower() in PRONOUNS or mention.lower().startswith(("the ", "this ")):
            base -= 0.1
        quote.confidence = round(min(max(quote.confidence, 0.0), base) if quote.confidence < 1 else base, 2)
        return quote

    def _speaker_of(self, quote: Quote, mention: str) -> tuple[str, str, Person | None]:
        """``(name, kind, person)`` for the mention of ``quote``: a full name inside
        it (the mention then narrows to the name), or what the registry resolves it
        to, recording a new name, body or group."""
        assert quote.speaker_start is not None and quote.speaker_end is not None
        registry = self.registry
        both = _BOTH_RE.match(mention)
        if both is not None:  # "Both Ek and his neighbour said": Ek leads them
            quote.speaker_start += both.end()
            mention = mention[both.end() :]
        business = business_named(mention)
        if business is not None:  # "Oil giant Nordoil said": the business, by its name
            quote.speaker_start = quote.speaker_end - len(business[1])
            body = registry.add(
                business[1], kind="organization", position=quote.speaker_start, role=business[0]
            )
            return business[1], "organization", body  # "the carmaker" later is Kell Motors too
        joined = joined_title_name(self.text, quote.speaker_start, quote.speaker_end)
        if joined is not None:  # "chief executive and co-founder Arvid Holm said": two titles, one name
            quote.speaker_start, quote.speaker_end = joined[1].start, joined[1].end
            return joined[1].words, "person", registry.introduce_titled(joined[1], joined[0])
        name_start, name_end, name = name_in_mention(registry, quote.speaker_start, quote.speaker_end)
        surname = registry.by_surname(name.split(), name_start) if name is not None else None
        if surname is not None:  # "Dos Santos said" opening a sentence: Maria dos Santos
            quote.speaker_start, quote.speaker_end = name_start, name_end
            return surname.name, "person", surname
        if name is not None:
            described = _LOWER_DESCRIPTION_RE.fullmatch(self.text, quote.speaker_start, name_start)
            quote.speaker_start, quote.speaker_end = name_start, name_end
            named = registry.introduce(name, name_start, name_end)
            if described is not None and not named.role:  # "The conductor Tomas Berg"
                named.role = described.group(1)
            return name, "person", named
        apposed = self._by_apposition(quote)
        if apposed is not None:
            return apposed.name, apposed.kind, apposed
        other = self._other_of_pair(quote.speaker_start) if mention.lower() == "the other" else None
        if other is not None:  # "Tom Venn and Ina Moss ... Moss said ... the other said": Venn
            return other.name, other.kind, other
        leader = NAME_AND_OTHERS_RE.match(mention)
        if leader is not None and speaker_kind(leader.group(1)) == "person":
            # "Kobb and other harbour officials": the group speaks through the person it names
            quote.speaker_end = quote.speaker_start + leader.end(1)
            mention = leader.group(1)
        employer = staff_body(registry, mention, quote.speaker_start, quote.speaker_end)
        if employer is not None:  # "Analysts at Harlow Capital said": the bank's words
            staff_of = registry.find(employer) or registry.add(
                employer, kind="organization", position=quote.speaker_start
            )
            return staff_of.name, "organization", staff_of
        unnamed = self._unnamed_by_indefinite_of(quote, mention)
        if unnamed is not None:
            return unnamed.name, unnamed.kind, unnamed
        return self._resolved_mention(quote, mention)

    def _unnamed_by_indefinite_of(self, quote: Quote, mention: str) -> Person | None:
        """``The owner of one spinning mill, who ..., said`` or ``Another passenger,
        a secondary school teacher who ..., said``: someone unnamed the mention brings
        in by a description (:func:`unnamed_description`), recorded by its words,
        never a person named before; None for any other mention (``the owner of Kell Mills``)."""
        assert quote.speaker_start is not None and quote.speaker_end is not None
        noun = unnamed_description(self.text, quote.speaker_start, quote.speaker_end, mention)
        if noun is None:
            return None
        return self.registry.add(noun, kind="anonymous", position=quote.speaker_start, role=noun)

    def _other_of_pair(self, position: int) -> Person | None:
        """The other of two people the article named together by ``and``
        before ``position`` when one of them spoke last (``Tom Venn and Ina
        Moss were rescued ... “...,” Moss said. “...,” the other said``: Tom
        Venn), or None: ``the other`` is then someone unnamed."""
        pair = pair_named_before(self.text, position)
        last = self.registry.last_speaker
        if pair is None or last is None or last.name not in (pair[0][2], pair[1][2]):
            return None
        start, end, name = pair[1] if last.name == pair[0][2] else pair[0]
        return self.registry.find(name) or self.registry.introduce(name, start, end)

    def _resolved_mention(self, quote: Quote, mention: str) -> tuple[str, str, Person | None]:
        """``(name, kind, person)`` the registry resolves ``mention`` to; a body,
        group or unnamed source it does not know is recorded with the body it
        speaks for, a new name with the role and affiliation apposed to it."""
        assert quote.speaker_start is not None and quote.speaker_end is not None
        registry = self.registry
        owner = owner_mention(registry, quote, mention)  # "by his own account", "His claim that"
        if owner is None:
            return mention, "person", None
        resolved, kind, person = registry.resolve(owner, position=quote.speaker_start)
        courtesy = by_courtesy(self.text, mention, person.name, quote.speaker_start) if person else None
        if courtesy is not None:  # "Mr Doyle said" after "Maureen Doyle ... her husband Frank"
            resolved, person = courtesy, None
        if person is None and kind == "organization" and _person_described_after(self.text, mention, quote):
            kind = "person"  # "Omar Lines, a surgeon at Vell General,": no ferry line
        spoken_for_last = (
            body_of_last_speaker(registry, mention, quote.speaker_start)
            if person is None and kind == "organization"
            else None
        )
        if spoken_for_last is not None:  # "A council spokesman said ... the authority said": the council
            resolved, person = spoken_for_last.name, spoken_for_last
        if (
            person is None
            and kind in ("organization", "anonymous", "group")
            and mention.lower() not in PRONOUNS
        ):
            role = unnamed_role(mention) if kind == "anonymous" else None
            person = registry.add(resolved, kind=kind, position=quote.speaker_start, role=role)
            if (
                role
                and mention.lower().startswith(("a ", "an ", "the "))
                and mention.split()[-1][:1].islower()
            ):
                # a new one: "A spokesman for X", not a name read as one ("The Vell Union Leader")
                person.affiliation = unnamed_source_body(
                    registry, mention, quote.speaker_start, quote.speaker_end
                )
            elif kind == "group" and person.affiliation is None:  # "Officials at the Vell Port said"
                person.affiliation = spoken_for(self.text, quote.speaker_end)
        elif (
            person is None
            and kind == "person"
            and resolved[:1].isupper()
            and resolved.lower() not in PRONOUNS
        ):
            role, affiliation = appositive_after(self.text, quote.speaker_end)
            person = registry.add(
                resolved, kind="person", position=quote.speaker_start, role=role, affiliation=affiliation
            )
        return resolved, kind, person


#: A name written right after quoted words and their closing marks (``,” Sarandon``),
#: maybe after words in lower case (``“Not Guilty” actor Ben Ashe``).
_NAME_AFTER_WORDS_RE = re.compile(
    r"[\W_]*?(?:[a-z][\w-]*[ \xa0]+){0,3}(?P<name>[A-Z][\w’'.-]*(?:[ \xa0]+[A-Z][\w’'.-]*){0,3})\Z"
)


def mention_opens_inside(quote: Quote) -> bool:
    """True when the mention taken for ``quote``'s speaker opens inside its
    own words and runs past them (``That’s fair,” Sarandon``; a headline's
    ``‘We are not going back’: bus strike``, the parse's subject of a verb)."""
    start, end = quote.speaker_start, quote.speaker_end
    return start is not None and end is not None and quote.start <= start < quote.end < end


def mention_after_words(quote: Quote, text: str) -> tuple[int | None, int | None]:
    """The offsets of ``quote``'s speaker mention, cut to the name after its
    words when the parse opened it inside them (``That’s fair,” Sarandon``:
    Sarandon; ``“Not Guilty” actor Ben Ashe``), ``(None, None)`` when no name alone follows them (a headline's
    ``‘We are not going back’: bus strike``); else the mention as it is."""
    start, end = quote.speaker_start, quote.speaker_end
    if end is None or not mention_opens_inside(quote):
        return start, end
    after = _NAME_AFTER_WORDS_RE.match(text, quote.end, end)
    return after.span("name") if after is not None else (None, None)


def _person_described_after(text: str, mention: str, quote: Quote) -> bool:
    """True when ``mention`` is a given name and a surname the words of a
    business end (``Omar Lines``) and an apposition after it says what
    person it is (``, a surgeon at Vell General,``)."""
    words = mention.split()
    if len(words) != 2 or given_name_gender(words[0]) is None or quote.speaker_end is None:
        return False
    role = appositive_after(text, quote.speaker_end)[0]
    return role is not None and any(names_a_person(head) for head in role_heads(role))


def _may_be(name: str, pronoun: str) -> bool:
    """False when the given name opening ``name`` is usually borne by the other
    sex than ``he``/``she`` says (``Ana Roe`` for ``he``); True otherwise."""
    gender = given_name_gender(name.split()[0])
    return gender is None or gender == ("m" if pronoun.lower() == "he" else "f")


def _only_asks(quote: Quote, mention: str, role: str | None) -> bool:
    """True when ``quote`` is a question put for the press or on air (``A
    reporter asked if ...``, ``“Will you run?” the host asked``, or a host by
    name): the asker gave no answer, so is not the last speaker a ``she said``
    after it goes on with. Anyone else asking may answer their own question."""
    if (quote.cue or "").lower() not in ASKING_FORMS:
        return False
    nouns = {mention.split()[-1].lower().removesuffix("s"), *role_heads(role)}
    return bool(nouns & QUESTIONERS)


def _attribution_end(quote: Quote) -> int:
    """Where the words of ``quote`` and its attribution end."""
    return max(quote.end, quote.cue_end or 0, quote.speaker_end or 0)


def _unknown(quote: Quote, previous: Quote | None) -> Quote:
    """Nobody speaks ``quote``: low confidence, and the previous speaker goes on."""
    quote.speaker = None
    quote.confidence = round(min(quote.confidence, 0.3), 2)
    return previous if previous is not None else quote
