"""Whom ``he`` or ``she`` stands for in the turns of a two-person exchange
(``“...?” he asked. ¶ “No, Judge Brandt,” Lorne said. ¶ “Then why ...,” he
rejoined``): the one who spoke before the last speaker; and who tells the
words of someone unnamed in the last speaker's sentence. Part of
:class:`quotes.extract.pronouns.PronounSieves`."""

from __future__ import annotations

from quotes.extract.named_first import whole_word_in
from quotes.extract.named_people import Person
from quotes.extract.quotemarks import OPENERS
from quotes.extract.sentences import sentence_start_before
from quotes.extract.writers_kin import WritersKin

#: The pronouns of one person, for whom an exchange's partner may be meant.
PERSONAL_PRONOUNS = frozenset({"he", "him", "she", "her"})


class ExchangeTurns(WritersKin):
    """The partner of the last speaker in an exchange of turns."""

    def _exchange_partner(self, position: int, pronoun: str | None) -> Person | None:
        """In an exchange of two people, each speaking in the paragraph of the
        other's turn or the one after it (``“...?” he asked. ¶ “No,” Ola Ruud
        said. ¶ “Then why ...,” he rejoined``, a paragraph opening on a quote):
        the one who spoke before the last speaker, when the pronoun can stand
        for them, not for the last speaker, one of the two turns names the
        other person (:meth:`_turns_name_each_other`), and no one else was
        named since their turn."""
        last, other = self.last_person_speaker, self.other_person_speaker
        if (
            pronoun not in PERSONAL_PRONOUNS
            or last is None
            or other is None
            or last[1] is not self.last_speaker
        ):
            return None
        line = self.text.rfind("\n", 0, position) + 1
        if self.text[line : line + 1] not in OPENERS or last[0] <= self._paragraph_floor(position):
            return None  # "Warren ... She has refrained": no turn of an exchange
        if other[0] <= self._paragraph_floor(last[0]):
            return None  # no turn of the exchange in the paragraph before the last one
        if self.compatible(last[1], pronoun) or not self.compatible(other[1], pronoun):
            return None
        if not self._turns_name_each_other(other, last):
            return None  # three people speaking in turn ("said Kobb. ¶ Fenn said. ¶ he said"): no exchange
        named = {p.name for at, p in self._mentions_between(other[0], position) if not self._in_quotation(at)}
        named |= {n for at, _, n in self.candidates_between(other[0], line) if not self._in_quotation(at)}
        return other[1] if named <= {other[1].name, last[1].name} else None

    def _turns_name_each_other(self, first: tuple[int, Person], second: tuple[int, Person]) -> bool:
        """True when the paragraph of one turn names the other speaker (``Judge
        Brandt asked Lena Lorne ...`` or ``“No, Judge Brandt,” Lorne said``):
        the two speak to each other."""
        for (at, _), (_, partner) in ((first, second), (second, first)):
            start, end = self.text.rfind("\n", 0, at) + 1, self.text.find("\n", at)
            paragraph = self.text[start : end if end >= 0 else len(self.text)]
            if partner.name and whole_word_in(partner.name.split()[-1], paragraph):
                return True
        return False

    def _reporter_of_unnamed(self, last: Person | None, pronoun: str | None) -> Person | None:
        """The named person of ``pronoun``'s gender whose reported words the last
        speaker's were told in, when the last speaker is someone unnamed of unknown
        gender or a body (``She said she had planned to teach until a professor asked
        her to ...``, ``Levine said of the council's support for ...``: theirs to
        tell), else None."""
        if (
            last is None
            or last.kind == "person"
            or self.gender(last) is not None
            or not self.last_person_speaker
        ):
            return None
        at, person = self.last_person_speaker
        if not self.compatible(person, pronoun, strict=True):
            return None
        return (
            person
            if sentence_start_before(self.text, self.last_spoke_at, after_abbreviations=True) <= at
            else None
        )
