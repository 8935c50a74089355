"""The pronoun sieves that read clauses' subjects (:class:`SubjectSieves`).

Sieve ``topic`` first asks the sentence before: a ``he`` or ``she`` that no
name earlier in its sentence stands for is the person the sentence right
before it makes the subject of its main clause (``Her colleague Dr Ines
Varga, a nurse, agreed. “...,” she said.``; ``Hale also questioned the
decision to send off Per Lund, who he felt had won the ball fairly. ¶
“...,” he said.``), before a person named as an object, in a subordinate or
relative clause, or who spoke earlier. The sentence before is in the
pronoun's paragraph, or closes the paragraph before when that paragraph
holds no quotation of its own (a paragraph of quoted words says who goes on
speaking otherwise). Else the paragraph's last subject since the last
speaker spoke (:class:`quotes.extract.pronouns.PronounSieves`).

Sieve ``known gender``: the last person named, by a full name or a surname,
whom the article shows to be of the pronoun's gender (``Cordero, 29, had
been trying ... She received treatment ... ¶ “...,” she said``, after the
coach of her rival spoke).

Sieve ``subject``: the last person named as a clause's subject, when the
sieves before it found no one (``Prosecutors said Ansel Kobb sent messages
to Ina Moss. In one, he wrote ...``)."""

from __future__ import annotations

import bisect
import re

from quotes.extract.antecedents import (
    DESCRIBED_SUBJECT_RE,
    INDEFINITE_SUBJECT_RE,
    described_opening_between,
    indefinite_subject_fits,
    name_ends_on,
    self_described,
)
from quotes.extract.gender import PRONOUN_GENDERS, noun_gender
from quotes.extract.lexicon import speech_forms
from quotes.extract.mentions import clause_subject_at, head_word, opens_sentence, speaker_kind
from quotes.extract.named_people import Person
from quotes.extract.pronouns import PronounSieves
from quotes.extract.sentences import pronoun_led_floor, sentence_start_before
from quotes.extract.speaker_words import GENDERED_NOUNS, ORG_HEADS, PERSON_NOUNS
from quotes.extract.title_words import TITLE_WORDS

#: An attribution closing a sentence (``..., Hale said``, ``..., said Ada
#: Roy``): the sentence is someone's reported words, whose subject is no topic.
_TRAILING_ATTRIBUTION_RE = re.compile(
    r",[ \xa0]+(?:(?:(?:[A-Z][\w.'’-]*|he|she)[ \xa0]+){1,4}(?:[a-z]+ly[ \xa0]+)?([a-z]+)|([a-z]+)[ \xa0]+[A-Z][^,]*)"
    r"(?:[ \xa0]+[^,]{0,60})?[.!?”\"'’]*\Z"
)
#: Words giving a sentence a source anywhere in it: ``according to`` (not
#: in brackets), or a speech verb after a comma (perhaps after its speaker)
#: that takes no clause of its own, closing the sentence or a comma's clause
#: (``Lund, Hale said, had ...``, ``..., the coach said``, ``..., said Hale,
#: who ...``): the sentence is someone's reported words.
_ATTRIBUTION_INSIDE_RE = re.compile(
    r"\b[Aa]ccording[ \xa0]+to\b(?![^()]*\))"
    r"|,[ \xa0]+(?:(?:[A-Z][\w.'’-]*|the|a|an|he|she)[ \xa0]+(?:[\w.'’-]+[ \xa0]+){0,3})?(?:"
    + "|".join(sorted((form for form in speech_forms() if form.isalpha()), key=len, reverse=True))
    + r")(?:[ \xa0]+(?:(?:the|a|an|his|her|their)(?:[ \xa0]+[\w.'’-]+){1,3}|[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3}))?"
    r"(?:[,.!?]|\Z)"
)
#: How many paragraphs before a pronoun's the stranger it may stand for is looked for
#: (``A man came in. ¶ “...,” he said. ¶ “...,” she said. ¶ He asked ...``: the man).
_STRANGER_REACH = 3
#: The end of quoted words right before a pronoun (``...,” she``).
_CLOSING_BEFORE_RE = re.compile(r"[,.?!]?[”\"'’][ \xa0]+\Z")
#: A name opening quoted words as whom they address (``Ina, you voted ...``).
_VOCATIVE_RE = re.compile(r"([A-Z][a-z]+),[ \xa0]+(?:you|your|I|we|listen|look|please)\b")
#: A name that is whose something is (``Kobb's lawyer``) or one of a pair
#: (``Kobb and Venn``): not the clause's subject alone.
_NOT_SUBJECT_ALONE_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \xa0]+){0,3}[A-Z][\w-]*(?:['’]s\b|[ \xa0]+(?:and|or|&)[ \xa0]+[A-Z])"
)
#: A name that is a word of someone else's post (``Kell campaign chairman
#: Per Lund``, ``Port Aubin Mayor Ada Roy``):
#: the name after the post is the subject.
_NAME_BEFORE_POST_RE = re.compile(
    r"[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3}[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,3}?(?i:(?:"
    + "|".join(sorted(w for w in TITLE_WORDS | PERSON_NOUNS if w.isalpha()))
    + r"))[ \xa0]+[A-Z]"
)
#: A conjunction opening a subordinate clause or a preposition right before a
#: name (``While Kobb had ...,``, ``For Ina Moss, Venn ...``): the
#: name is that clause's subject or the preposition's object, not the sentence's subject.
_SUBORDINATE_BEFORE_RE = re.compile(
    r"\b(?:While|When|Whenever|If|Although|Though|As|After|Before|Since|Because|Until|Unless|Once|Whether|Where"
    r"|For|In|On|At|To|From|With|Without|By|Under|Unlike|Like|Despite|Against|Among|Of|According[ \xa0]+to)"
    r"[ \xa0]+(?:[A-Z][\w.'’-]*[ \xa0]+){0,3}\Z"
)
#: A name in apposition closing an opening phrase, before the subject (``In
#: her 2003 book, Harbour Days, Venn noted``).
_APPOSED_IN_LEAD_RE = re.compile(r"[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3},[ \xa0]+[A-Z]")
#: A name closing an opening phrase, the sentence's subject named after its
#: comma (``Behind Per Lund, Hale looked tired``): the name is no subject.
_NAME_CLOSING_LEAD_RE = re.compile(
    r"(?:[A-Z][\w.'’-]*[ \xa0]+){0,3}[A-Z][\w'’-]*,[ \xa0]+(?:[A-Z][\w.'’-]*[ \xa0]+){0,3}[A-Z][\w'’-]*(?<!['’]s)[ \xa0]+[a-z]"
)
#: Abbreviated titles right before a name (``Mr. ``, ``Dr. ``), whose full stop ends no sentence.
_TITLES_BEFORE_RE = re.compile(r"(?:\b[A-Z][a-z]{0,3}\.[ \xa0]+)+\Z")
#: A determiner right before capitalised words: they name a body or a place
#: before a post (``the Vell County Treasurer``), not a person.
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \xa0]+(?:[A-Z][\w'’-]*[ \xa0]+){0,3}\Z")


#: How far back (characters) the ``known gender`` sieve reads names and surnames.
_NAMED_REACH = 1500
#: Quotation marks right before a name: a title's or a product's, no person's.
_NAME_MARKS = frozenset("\"“‘'")


class SubjectSieves(PronounSieves):
    """:class:`PronounSieves` with the sieves ``topic``, ``known gender`` and
    ``subject`` as the module says."""

    def _pronoun(self, position: int, pronoun: str | None = None) -> Person | None:
        """The person a pronoun stands for (:class:`PronounSieves`), but nobody
        when the quotation right before the pronoun opens by addressing that
        person by name (``“Ina, you voted against it,” she said``: Ina is
        spoken to, not speaking)."""
        person = super()._pronoun(position, pronoun)
        if person is None or pronoun not in ("he", "she"):
            return person
        closing = _CLOSING_BEFORE_RE.search(self.text, max(0, position - 6), position)
        opening = self._quotation_holding(closing.start() - 1) if closing is not None else None
        addressed = _VOCATIVE_RE.match(self.text, opening + 1) if opening is not None else None
        if addressed is None or addressed.group(1) not in person.name.split():
            return person
        return self._after_sieve(position, pronoun, addressed.group(1))

    def _after_sieve(self, position: int, pronoun: str | None, addressed: str) -> Person | None:
        """The person the first sieve after :attr:`last_sieve` gives the pronoun
        who is not the one the quotation addresses by the name ``addressed``, or None."""
        sieves = self.pronoun_sieves
        later = sieves[sieves.index(self.last_sieve) + 1 :] if self.last_sieve in sieves else ()
        for sieve in later:
            person = getattr(self, self._SIEVE_METHODS[sieve])(position, pronoun)
            self.last_sieve = sieve
            if person is not None and addressed not in person.name.split():
                return person
        return None

    def _known_gender(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``known gender``: the person of a gendered pronoun's gender the
        article last named within :data:`_NAMED_REACH` (only people recorded
        before: a run of capitals first met here is no one's name yet), else
        the last one it introduced (the sentence and the last speaker, tried
        by the sieves before it with any gender, can add no one here)."""
        if pronoun not in PRONOUN_GENDERS:  # a description's look-up: the last one introduced
            return super()._known_gender(position, pronoun)
        low = max(self.headline_end, position - _NAMED_REACH)
        best: tuple[int, Person] | None = None
        for start, _end, name in self.candidates_between(low, position):
            person = self.find(name)
            if person is not None and self._known_as(person, start, pronoun):
                best = (start, person)
        for start, word in self._surnames_between(low, position):
            person = self._recorded_with(word, start) if best is None or start > best[0] else None
            if person is not None and self._known_as(person, start, pronoun):
                best = (start, person)
        relative = self.writers_relative_between(low, position, pronoun)  # "When I asked my father"
        if relative is not None and (best is None or relative[0] > best[0]):
            best = relative
        return best[1] if best is not None else super()._known_gender(position, pronoun)

    def _recorded_with(self, word: str, at: int) -> Person | None:
        """The person recorded last before ``at`` whose name holds the word
        ``word`` (read only: no one is recorded on the way)."""
        found = None
        for person in self.people:
            named = word in person.name.replace("-", " ").split()
            if named and person.kind == "person" and person.position <= at:
                found = person if found is None or person.position >= found.position else found
        return found

    def _known_as(self, person: Person, at: int, pronoun: str | None) -> bool:
        """True when ``person``, named at ``at`` outside quoted words, is a
        person the article shows to be of ``pronoun``'s gender, and not a name
        the article writes only in quotation marks (a plan's or a product's:
        ``its “Porchly Plus” plan``)."""
        return (
            person.kind == "person"
            and self.compatible(person, pronoun, strict=True)
            and not self._in_quotation(at)
            and not self._only_in_marks(person.name)
        )

    def _only_in_marks(self, name: str) -> bool:
        """True when every time the article writes ``name`` a quotation mark opens right before it."""
        at = self.text.find(name)
        marked = False
        while at >= 0:
            if at == 0 or self.text[at - 1] not in _NAME_MARKS:
                return False
            marked, at = True, self.text.find(name, at + len(name))
        return marked

    def _topic(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``topic``: the subject of the main clause of the sentence
        before (:meth:`_sentence_before`), else the last person named as a
        sentence's subject since the last speaker spoke (whose look-ups run
        first all the same: they record whom a surname stood for first)."""
        found = super()._topic(position, pronoun)
        return self._sentence_before(position, pronoun) or found or self._stranger_met(position, pronoun)

    def _stranger_met(self, position: int, pronoun: str | None) -> Person | None:
        """Someone unnamed a paragraph opens on (``A``/``An`` or a short phrase of
        time, :data:`DESCRIBED_SUBJECT_RE`) by a noun of the pronoun's gender, in the
        pronoun's paragraph or the three before, though someone of the other gender spoke
        since (``At about 10:30, a man in his sixties came in. Haddad explained ... ¶
        “...,” he said``: the man, not the last man who spoke before him); None when
        anyone the pronoun may stand for is named after the description."""
        if pronoun not in ("he", "she"):
            return None
        floor = position
        for _ in range(_STRANGER_REACH):
            floor = self._paragraph_floor(floor)
        floor = pronoun_led_floor(self.text, floor, pronoun)
        found = self._last_opening(DESCRIBED_SUBJECT_RE, ("A", ", a"), floor, position)
        if found is None or self.text.startswith("The", found.start()):
            return None
        head = next((word for word in found.group(1).split() if word in PERSON_NOUNS), None)
        if head is None or noun_gender(head) != PRONOUN_GENDERS[pronoun]:
            return None
        last = self.last_speaker
        if last is not None and self.last_spoke_at > found.start() and self.compatible(last, pronoun):
            # "A police spokeswoman said ... she said": who spoke since, the described one or another
            return last if last.kind == "anonymous" and head_word(last.name) == head else None
        if self._named_since(found.start(), position, pronoun):
            return None  # "A man came in. Ivo Lund served him. “...,” he said": Lund, maybe
        return self.find(head) or Person(name=head, kind="anonymous", role=head, position=found.start())

    def _named_since(self, low: int, position: int, pronoun: str) -> bool:
        """True when someone ``pronoun`` may stand for is named at ``low < at < position`` outside
        quoted words (a recorded mention or a run of capitals read as a person's name); nothing recorded."""
        mentions = [
            person for at, person in self._mentions_between(low, position) if not self._in_quotation(at)
        ]
        runs = [
            self.find(name) or Person(name=name)
            for at, _, name in self.candidates_between(low, position)
            if not self._in_quotation(at) and speaker_kind(name) == "person"
        ]
        return any(self.compatible(person, pronoun) for person in (*mentions, *runs))

    def _described_subject(self, low: int, position: int, pronoun: str | None) -> tuple[int, Person] | None:
        """The described subject :class:`PronounSieves` finds, or a later person
        described with ``A``/``An`` opening any sentence whose description tells
        the pronoun's gender (:meth:`_indefinite_subject`)."""
        found = super()._described_subject(low, position, pronoun)
        # from the sentence of ``low``: the described person may be who spoke last (``One, who ..., wrote that``)
        indefinite = self._indefinite_subject(
            self._sentence_start(low) if low > 0 else low, position, pronoun
        )
        if indefinite is not None and (found is None or indefinite[0] > found[0]):
            return indefinite
        return found

    def _indefinite_subject(self, low: int, position: int, pronoun: str | None) -> tuple[int, Person] | None:
        """Someone unnamed whom the last sentence at ``low < at < position``
        opening on ``A``/``An`` and a person's noun introduces, when it tells
        the gender of ``pronoun`` (``More than 60 people spoke. A woman who
        identified herself only as a retired teacher drew applause. ... she
        said``: the woman, not the last woman named; ``One, who described
        herself as a nurse, wrote``), with where; else None. Never someone
        named: the article meets them here; never when a later sentence opens
        on another described person (:func:`described_opening_between`)."""
        found = self._last_opening(INDEFINITE_SUBJECT_RE, ("A", "One"), low, position)
        if found is None:
            return None
        words = found.group(1).split() if found.group(1) is not None else []
        head = next((word for word in words if word in PERSON_NOUNS or word in GENDERED_NOUNS), None)
        head = head if words else "one"  # "One, who described herself as ..."
        if head is None or not indefinite_subject_fits(self.text, found.start(), head, pronoun):
            return None
        if described_opening_between(self.text, found.end(), position, self._in_quotation):
            return None  # "... The library's director watched. “...,” she said": the director
        name = self_described(self.text, found.start()) or head
        if name == "one":
            return None  # "One, who had waited an hour,": nothing to call them by
        role = name.split()[-1]
        return found.start(), Person(name=name, kind="anonymous", role=role, position=found.start())

    def _sentence_before(self, position: int, pronoun: str | None) -> Person | None:
        """The person named as the subject of the main clause of the sentence
        right before the pronoun's (or before the quotation its sentence opens
        on), if the article shows them of the pronoun's gender; None when that
        sentence opens on no person named alone."""
        if pronoun not in ("he", "she"):
            return None
        bounds = self._bounds_before(position)
        if bounds is None:
            return None
        found = self._main_subject(*bounds)
        if found is None or found.kind != "person" or not self.compatible(found, pronoun, strict=True):
            return None
        return found

    def _main_subject(self, low: int, high: int) -> Person | None:
        """Who the first name at ``low < at < high`` standing as its sentence's
        subject alone names (a recorded mention, a run of capitals, a surname);
        None when it names no one known or no name stands there. Only that
        name is recorded: the names after it are left to the sieves after."""
        mentions = {  # the writer's relative only when saying something (the sieve ``topic``)
            at: person
            for at, person in self._mentions_between(low, high)
            if at not in self.writers_relatives_at
        }
        runs = {start: (end, name) for start, end, name in self.candidates_between(low, high)}
        surnames = dict(self._surnames_between(low, high))
        at = min(
            (
                at
                for at in (*mentions, *runs, *surnames)
                if not self._in_quotation(at) and self._subject_alone(at)
            ),
            default=None,
        )
        if at is None:
            return None
        if at in mentions:
            return mentions[at]
        if at in runs:
            end, name = runs[at]
            if head_word(name) in ORG_HEADS or speaker_kind(name) != "person":
                return None
            return self.find(name) or self._named_whole(name, at) or self.introduce(name, at, end)
        return self._surname_at(surnames[at], at)

    def _named_whole(self, name: str, at: int) -> Person | None:
        """The known person whose full name ends on ``name`` (``Kathleen Hawk
        Sawyer`` for ``Hawk Sawyer``), or None."""
        person = self._by_word_recent(name.split()[-1], at)
        return person if person is not None and name_ends_on(person.name, name) else None

    def _surname_at(self, word: str, at: int) -> Person | None:
        """Whom the surname ``word`` at ``at`` stands for, looked up without
        recording whom it stood for first (the quotes resolved later do that)."""
        recorded = word in self._surname_owner
        person = self._by_word(word, at)
        if not recorded:
            self._surname_owner.pop(word, None)
        return person

    def _subject(self, position: int, pronoun: str | None) -> Person | None:
        """Sieve ``subject`` (``Prosecutors said Ansel Kobb sent messages to Ina
        Moss. In one, he wrote ...``): the last person named as a clause's
        subject in this paragraph or the one before, even inside words already
        given to someone (not of the other gender)."""
        found = self._latest_between(
            self._paragraph_floor(position),
            position,
            pronoun,
            False,
            where=lambda at: clause_subject_at(self.text, at),
        )
        return found[1] if found is not None else None

    def _subject_alone(self, at: int) -> bool:
        """True for a name at ``at`` that opens its sentence as its subject, alone."""
        titles = _TITLES_BEFORE_RE.search(self.text, max(0, at - 20), at)
        return (
            opens_sentence(self.text, titles.start() if titles is not None else at)
            and _NOT_SUBJECT_ALONE_RE.match(self.text, at) is None
            and _NAME_BEFORE_POST_RE.match(self.text, at) is None
            and _NAME_CLOSING_LEAD_RE.match(self.text, at) is None
            and _SUBORDINATE_BEFORE_RE.search(self.text, max(0, at - 60), at) is None
            and not (self.text[max(0, at - 2) : at] == ", " and _APPOSED_IN_LEAD_RE.match(self.text, at))
            and _DETERMINER_BEFORE_RE.search(self.text, max(0, at - 60), at) is None
        )

    def _bounds_before(self, position: int) -> tuple[int, int] | None:
        """``(low, high)``: the sentence before the one holding ``position``
        lies at ``low < at < high``; None when it is not in the pronoun's
        paragraph, nor the last of a paragraph right before with no quotation."""
        start = self._sentence_opening(position)
        opening = self._quotation_holding(start + 1)
        if opening is not None:  # "“We have beds. We lack staff,” she said": before the quotation
            start = self._sentence_opening(opening)
        high = start
        while high > 0 and self.text[high - 1] in " \xa0\t\n":
            high -= 1
        low = self._sentence_opening(high)
        if low < 0 or self._quotation_holding(low + 1) is not None or self._attributed(low, high):
            return None
        if "\n" in self.text[high : start + 1] and self._holds_quotation(
            self.text.rfind("\n", 0, high), high
        ):
            return None  # the paragraph before holds quoted words: who spoke there goes on
        return low, high

    def _attributed(self, low: int, high: int) -> bool:
        """True when the sentence at ``low < at < high`` is someone's words: it
        names a source after a comma or with
        ``according to`` (:data:`_ATTRIBUTION_INSIDE_RE`), or it closes on an
        attribution (``Lund thrilled the crowd, Hale said``)."""
        if _ATTRIBUTION_INSIDE_RE.search(self.text, low + 1, high):
            return True  # "Lund, Hale said, had ...": someone's reported words
        tail = _TRAILING_ATTRIBUTION_RE.search(self.text, max(low, high - 120), high)
        return tail is not None and (tail.group(1) or tail.group(2)) in speech_forms()

    def _sentence_opening(self, position: int) -> int:
        """Where the sentence holding ``position`` starts, less one: after the
        last sentence end or line break before it (a full stop after an
        abbreviation is none: ``Mr. Kobb said having Mr. Venn ...``), or the
        reach of the search."""
        return sentence_start_before(self.text, position) - 1

    def _quotation_holding(self, at: int) -> int | None:
        """Where the quotation holding ``at`` opens (its opening mark), or None."""
        quoted = self._quoted
        i = bisect.bisect_right(quoted.starts, at) - 1
        while i >= 0 and quoted.reach[i] >= at:
            if quoted.ends[i] >= at:
                return max(0, quoted.starts[i] - 1)
            i -= 1
        return None

    def _holds_quotation(self, low: int, high: int) -> bool:
        """True when quoted words lie at ``low < at < high``."""
        quoted = self._quoted
        i = quoted.first_from(low + 1)
        return (i < len(quoted.starts) and quoted.starts[i] < high) or quoted.covers(low + 1)
