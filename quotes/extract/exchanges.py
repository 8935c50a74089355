"""Quotes of an exchange between two people (pure text over the quotes found):
an answer with no attribution of its own, in the paragraph after a question
one person put, is the other's (``“That's not true,” Holm replied. ¶ “You had
been waiting for him, hadn't you?” Mr Orrin asked. ¶ “No. I had been
cooking.”``: Holm's, not Orrin's)."""

from __future__ import annotations

import re

from quotes.extract.lexicon import ASKING_FORMS
from quotes.records import Quote

#: What may stand between a question's closing mark and its answer's opening
#: mark: the rest of the question's paragraph (its attribution), one paragraph
#: break, and the opening mark.
_NEXT_PARAGRAPH_RE = re.compile(r"[^\n]*\n[ \t\r]*(?:\n[ \t\r]*)*[\"“'‘]?\Z")


def answers_in_exchange(quotes: list[Quote], text: str) -> list[Quote]:
    """``quotes`` (in text order), each direct quote that only went on with the
    asker of the question just before it given to whom the question was put:
    the one who spoke in the paragraph before the question (see the module)."""
    direct = [q for q in quotes if q.kind == "direct"]
    for answered, question, answer in zip(direct, direct[1:], direct[2:], strict=False):
        if _answers(answered, question, answer, text):
            _give(answer, answered)
    return quotes


def _answers(answered: Quote, question: Quote, answer: Quote, text: str) -> bool:
    """True when ``answer`` went on with the asker of ``question`` (it has no
    cue and rests on the asker's mention), opening the paragraph after the
    question's, and ``answered`` is someone else's, in the paragraph before."""
    return (
        answer.cue is None
        and (question.cue or "").lower() in ASKING_FORMS
        and question.text.rstrip().endswith("?")
        and answer.speaker_start == question.speaker_start
        and answered.speaker_kind == "person"
        and answered.speaker not in (None, question.speaker)
        and _NEXT_PARAGRAPH_RE.match(text, question.end, answer.start) is not None
        and _NEXT_PARAGRAPH_RE.match(text, answered.end, question.start) is not None
    )


def _give(answer: Quote, answered: Quote) -> None:
    """Make ``answer`` the words of the speaker of ``answered``."""
    answer.speaker, answer.speaker_kind = answered.speaker, answered.speaker_kind
    answer.speaker_start, answer.speaker_end = answered.speaker_start, answered.speaker_end
    answer.role, answer.affiliation = answered.role, answered.affiliation
