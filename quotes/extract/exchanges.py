"""Quotes of an exchange between two people (pure text over the quotes found):
an answer with no attribution of its own, in the paragraph after a question
one person put, is the other's (``“That's not true,” Holm replied. ¶ “You had
been waiting for him, hadn't you?” Mr Orrin asked. ¶ “No. I had been
cooking.”``: Holm's, not Orrin's)."""

from __future__ import annotations

import re
from itertools import pairwise

from quotes.extract.gender_evidence import GENDERED_PRONOUNS
from quotes.extract.given_names import given_name_gender
from quotes.extract.lexicon import ASKING_FORMS
from quotes.extract.name_words import NOT_NAME_START
from quotes.extract.role_words import role_heads
from quotes.extract.source_words import QUESTIONING_POSTS
from quotes.extract.time_words import TIME_WORDS
from quotes.extract.title_words import COURTESY_TITLES
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


#: Whom the lead of a question names as the one it was put to: ``put it to
#: Nwankwo``, ``asked Ola Ruud``, ``Oakes was challenged by one resident``.
_PUT_TO_NAME_RE = re.compile(
    r"\b(?:put[ \xa0]+(?:it|the[ \xa0]+question)[ \xa0]+to|asked|pressed|challenged|quizzed|questioned)"
    r"[ \xa0]+(?P<after>[A-Z][\w’'-]+(?:[ \xa0]+[A-Z][\w’'-]+){0,2})"
    r"|(?P<before>[A-Z][\w’'-]+(?:[ \xa0]+[A-Z][\w’'-]+){0,2})[ \xa0]+was[ \xa0]+"
    r"(?:asked|challenged|pressed|questioned|quizzed)[ \xa0]+by\b"
)
#: The pronouns an answer's attribution may rest on.
_ANSWERING_PRONOUNS = frozenset({"he", "she"})


def answers_in_exchange(quotes: list[Quote], text: str) -> list[Quote]:
    """``quotes`` (in text order), each direct quote that only went on with the
    asker of the question just before it given to whom the question was put:
    the one who spoke in the paragraph before the question (see the module),
    or the one the question's lead names (:func:`_named_answerer`)."""
    direct = [q for q in quotes if q.kind == "direct"]
    for answered, question, answer in zip(direct, direct[1:], direct[2:], strict=False):
        if _answers(answered, question, answer, text):
            _give(answer, answered)
    for question, answer in pairwise(direct):
        _named_answerer(question, answer, direct, text)
    return quotes


def _named_answerer(question: Quote, answer: Quote, direct: list[Quote], text: str) -> None:
    """Give ``answer`` to whom its lead put ``question`` (``one reporter put it
    to Nwankwo: “...?” ¶ “Probably,” he said``: Nwankwo), when the answer's
    pronoun went to the asker (or its description is the noun of the post
    that person's earlier quote gave them: ``the bishop said``) and opens the
    next paragraph, with the quotes going on from it in its paragraph: the
    speaker of an earlier quote whose name ends on that name, else the name
    as the article first wrote it."""
    mention = (
        text[answer.speaker_start : answer.speaker_end].lower() if answer.speaker_start is not None else ""
    )
    pronoun = mention in _ANSWERING_PRONOUNS and answer.speaker == question.speaker
    if (
        not question.text.rstrip().endswith("?")
        or not (pronoun or mention.startswith("the "))
        or _NEXT_PARAGRAPH_RE.match(text, question.end, answer.start) is None
    ):
        return
    put = _put_to(text, question.start)
    if put is None:
        return
    surname = put.split()[-1]
    earlier = [q for q in direct if q.end <= question.start and (q.speaker or "").split()[-1:] == [surname]]
    if not pronoun and not (earlier and mention.split()[-1] in (earlier[-1].role or "").lower().split()):
        return  # "asked Adebayo-Kent: “...?” ¶ “No,” the bishop said": only her post's noun
    full = (
        earlier[-1].speaker
        if earlier
        else (put if " " in put else _first_full_name(text, surname, question.start))
    )
    given = given_name_gender((full or "").split()[0]) if full and " " in full else None
    if full is None or (pronoun and given is not None and given != GENDERED_PRONOUNS[mention]):
        return  # "Lena Holt asked Brian Ode: “...?” ¶ “No,” she said": no answer of his
    for quote in _answer_going_on(answer, direct, text):
        mention_at = (quote.speaker_start, quote.speaker_end)
        if earlier:
            _give(quote, earlier[-1])
        else:
            quote.speaker, quote.speaker_kind, quote.role, quote.affiliation = full, "person", None, None
        quote.speaker_start, quote.speaker_end = mention_at  # the attribution rests on "he"


def _answer_going_on(answer: Quote, direct: list[Quote], text: str) -> list[Quote]:
    """``answer`` and the quotes of its paragraph after it that go on with the
    same speaker and no cue (``“Probably,” he said. “Ask me tomorrow.”``)."""
    line_end = text.find("\n", answer.start)
    return [
        q
        for q in direct
        if answer.start <= q.start
        and (line_end < 0 or q.start < line_end)
        and q.speaker == answer.speaker
        and (q is answer or q.cue is None)
    ]


def _put_to(text: str, question_start: int) -> str | None:
    """The name of whom the lead right before a question put it to (``one
    reporter put it to Nwankwo directly: “``), courtesy titles aside; None
    when the lead names no one just before the question opens."""
    found = [*_PUT_TO_NAME_RE.finditer(text, text.rfind("\n", 0, question_start) + 1, question_start)]
    put = found[-1] if found else None
    if put is None or not _JUST_BEFORE_QUESTION_RE.fullmatch(text, put.end(), question_start):
        return None  # "Voss asked Kift to stand down. ... Voss rose again: “...?”": no question put to Kift
    name = (put.group("after") or put.group("before")).split()
    while name and name[0].rstrip(".") in COURTESY_TITLES:
        name = name[1:]  # "asked Mr Ode": Ode
    return " ".join(name) or None


#: What may stand between the name a question is put to and the question
#: (``directly: “``, ``at the meeting: “``): no sentence's end.
_JUST_BEFORE_QUESTION_RE = re.compile(r"[^.!?\n“”\"]{0,40}[:,][ \xa0]*[“\"‘']?|[ \xa0]*[“\"‘']")


def _first_full_name(text: str, surname: str, before: int) -> str | None:
    """The first name of two or three words ending on ``surname`` before
    ``before`` (``Tyson Nwankwo`` for ``Nwankwo``), no word opening a sentence
    in it (``On Monday Nwankwo``); None when the article gives none."""
    pattern = re.compile(rf"\b((?:[A-Z][\w’'-]+[ \xa0]+){{1,2}}){re.escape(surname)}\b")
    for full in pattern.finditer(text, 0, before):
        words = full.group(1).split()
        while words and (words[0] in NOT_NAME_START or words[0] in TIME_WORDS):
            words = words[1:]
        if words:
            return " ".join([*words, surname])
    return None


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
