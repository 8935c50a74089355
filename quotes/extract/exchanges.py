"""Quotes of an exchange between two people (pure text over the quotes found):
an answer with no attribution of its own, in the paragraph after a question
one person put, is the other's (``“That's not true,” Holm replied. ¶ “You had
been waiting for him, hadn't you?” Mr Orrin asked. ¶ “No. I had been
cooking.”``: Holm's, not Orrin's). So is a paragraph that is only a quote,
between a question put to ``you`` and the asker's next words, when the other
person spoke in the paragraph before the question (``“That can be true,”
Holm said. ¶ “But there is a risk,” Orrin cut in. “Do you dispute that?” ¶
“There is a very small risk.” ¶ Orrin cut her off: “...”``: Holm's answer)."""

from __future__ import annotations

import re

from quotes.extract.lexicon import ASKING_FORMS
from quotes.extract.role_words import role_heads
from quotes.extract.source_words import QUESTIONING_POSTS
from quotes.records import Quote

#: What may stand between a question's closing mark and its answer's opening
#: mark: the rest of the question's paragraph (its attribution), one paragraph
#: break, and the opening mark.
_NEXT_PARAGRAPH_RE = re.compile(r"[^\n]*\n[ \t\r]*(?:\n[ \t\r]*)*[\"“'‘]?\Z")
#: Words of a hearing, where someone who asks ``you`` a question is
#: questioning the one who spoke before (``gave evidence``, ``told the court``).
_HEARING_WORDS_RE = re.compile(
    r"\b(?:court|jury|tribunal|inquest|inquiry|hearing|gave[ \xa0]+evidence|cross-examin\w*|testif\w*)\b",
    re.IGNORECASE,
)
#: A word addressing whom a question is put to (``Where were you?``).
_SECOND_PERSON_RE = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
#: A paragraph break: a line ending and any blank lines after it.
_PARAGRAPH_BREAK_RE = re.compile(r"\n[ \t\r]*(?:\n[ \t\r]*)*")
#: What may stand around a quote that is a paragraph alone: its marks and blanks.
_MARKS_ONLY_RE = re.compile(r"[\"“”'‘’.,!?…\s]*")


def answers_in_exchange(quotes: list[Quote], text: str) -> list[Quote]:
    """``quotes`` (in text order), each direct quote that only went on with the
    asker of the question just before it given to whom the question was put:
    the one who spoke in the paragraph before the question (see the module)."""
    direct = [q for q in quotes if q.kind == "direct"]
    for answered, question, answer in zip(direct, direct[1:], direct[2:], strict=False):
        if _answers(answered, question, answer, text):
            _give(answer, answered)
    for k, answer in enumerate(direct[2:-1], 2):
        other = _turn_before(direct[:k], text)
        if other is not None and _answers_between_turns(direct[k - 1], answer, direct[k + 1], text):
            _give(answer, other)
    return quotes


def _answers(answered: Quote, question: Quote, answer: Quote, text: str) -> bool:
    """True when ``answer`` went on with the asker of ``question`` (it has no
    cue and rests on the asker's mention), opening the paragraph after the
    question's, and ``answered`` is someone else's, in the paragraph before."""
    return (
        answer.cue is None
        and (question.cue or "").lower() in ASKING_FORMS
        and question.text.rstrip().endswith("?")
        and _put_to_someone(question, text)
        and answer.speaker_start == question.speaker_start
        and answered.speaker_kind == "person"
        and answered.speaker not in (None, question.speaker)
        and _NEXT_PARAGRAPH_RE.match(text, question.end, answer.start) is not None
        and _NEXT_PARAGRAPH_RE.match(text, answered.end, question.start) is not None
    )


def _answers_between_turns(question: Quote, answer: Quote, following: Quote, text: str) -> bool:
    """True when ``answer``, a paragraph that is only a quote with no cue that
    went on with the asker of ``question`` (a question put to ``you`` ending
    the paragraph before), is followed in the next paragraph by the asker's
    own attributed words: the asker speaks again, so the answer is not his."""
    return (
        answer.cue is None
        and answer.speaker_start == question.speaker_start
        and question.text.rstrip().endswith("?")
        and _SECOND_PERSON_RE.search(question.text) is not None
        and following.cue is not None
        and following.speaker == question.speaker
        and following.speaker_start != question.speaker_start
        and _paragraph_alone(answer, text)
        and _NEXT_PARAGRAPH_RE.match(text, question.end, answer.start) is not None
        and _next_paragraph(text, answer.end, following.start)
    )


def _turn_before(before: list[Quote], text: str) -> Quote | None:
    """The last quote of another person than the asker among ``before``
    (direct quotes up to a question, in text order), when it is in the
    paragraph before the question's: the other side of a two-person exchange."""
    question = before[-1]
    answered = next((q for q in reversed(before[:-1]) if q.speaker != question.speaker), None)
    if answered is None or answered.speaker is None or answered.speaker_kind != "person":
        return None
    return answered if _next_paragraph(text, answered.end, question.start) else None


def _paragraph_alone(quote: Quote, text: str) -> bool:
    """True when ``quote`` is its paragraph, with nothing but its marks around it."""
    opening = text.rfind("\n", 0, quote.start) + 1
    closing = text.find("\n", quote.end)
    closing = len(text) if closing < 0 else closing
    return (
        _MARKS_ONLY_RE.fullmatch(text, opening, quote.start) is not None
        and _MARKS_ONLY_RE.fullmatch(text, quote.end, closing) is not None
    )


def _next_paragraph(text: str, end: int, start: int) -> bool:
    """True when ``start`` is in the paragraph right after the one ``end`` is in."""
    return len(_PARAGRAPH_BREAK_RE.findall(text, end, start)) == 1


def _put_to_someone(question: Quote, text: str) -> bool:
    """True when ``question`` was put to someone to answer: its asker holds a
    questioning post (``asked prosecutor Lena Hoyle``, ``asked a reporter``,
    ``asked presenter Jo Kerr``), or it asks ``you`` in
    the report of a hearing; not a question a speaker asks of the world
    (``“Why would anyone drive here now?” asked Karl Bauer``, ``“How do you
    explain that?” asked the coach`` in a match report)."""
    if any(head in QUESTIONING_POSTS for head in role_heads(question.role)):
        return True
    return _SECOND_PERSON_RE.search(question.text) is not None and _HEARING_WORDS_RE.search(text) is not None


def _give(answer: Quote, answered: Quote) -> None:
    """Make ``answer`` the words of the speaker of ``answered``."""
    answer.speaker, answer.speaker_kind = answered.speaker, answered.speaker_kind
    answer.speaker_start, answer.speaker_end = answered.speaker_start, answered.speaker_end
    answer.role, answer.affiliation = answered.role, answered.affiliation
