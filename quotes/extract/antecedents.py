"""Where the antecedent of a mention may be (pure text): the run of capitals
holding a surname, the part of a sentence a pronoun's antecedents may stand in,
the person a question was put to before an answer.
:class:`quotes.extract.registry.SpeakerRegistry` reads them."""

from __future__ import annotations

import re

from quotes.extract.lexicon import ASKING_FORMS
from quotes.extract.patterns import NAME_WORDS

#: A question put to someone opening the sentence their answer is in (``Asked
#: whether Farley knew him,``): the people it names are not who answers.
_ASKED_LEAD_RE = re.compile(r"\s*Asked\b[^.!?\n]{0,200}?,")


def after_question(text: str, start: int, position: int) -> int:
    """Where the names of the sentence starting after ``start`` that a pronoun at
    ``position`` may stand for start, less one: ``start``, or the end of the
    question put to someone that opens the sentence."""
    asked = _ASKED_LEAD_RE.match(text, start + 1, position)
    return asked.end() - 1 if asked is not None else start


def last_run_holding(runs: list[tuple[int, int, str]], word: str) -> tuple[int, int, str] | None:
    """The last of ``runs`` of capitals (``(start, end, words)``) holding ``word``
    whole and more (``Nora Blake`` for ``Blake``), without its possessive."""
    for start, end, written in reversed(runs):
        name = written.removesuffix("’s").removesuffix("'s")
        if word in name.split() and name != word:
            return start, end - (len(written) - len(name)), name
    return None


#: The person a question was put to (``asked Holt how``, ``pressed Kobb on``): a past
#: form of the lexicon's verbs of asking, then a name.
_ASKED_NAME_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(f for f in ASKING_FORMS if f.endswith("ed")))
    + r")[ \xa0]+("
    + NAME_WORDS
    + ")"
)
#: Who puts questions for the press and never answers them (``A reporter asked
#: Dunn if ...``, ``I asked Dunn``), right before the verb of asking.
_QUESTIONER_RE = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+)?"
    r"(?:reporters?|journalists?|correspondents?|interviewers?|questioners?)|\b(?:I|We|[Rr]eporters))"
    r"[ \xa0]+$"
)
#: A sentence end between a question and its answer.
_SENTENCE_END_RE = re.compile(r"[.?!][”\"]?\s")


def person_asked(text: str, answer_at: int, *, answering: bool) -> re.Match[str] | None:
    """The name of the person a question was put to just before ``answer_at``
    (group 1: ``Bakke asked Holt how ...``), when the words there answer it: an
    answering verb (``answering``) in the same paragraph, or any verb when the
    press asked and nothing else was said since (``A reporter asked Dunn if
    ... “No,” he said``, also in the next paragraph); else None."""
    found = list(_ASKED_NAME_RE.finditer(text, max(0, answer_at - 400), answer_at))
    if not found:
        return None
    asked = found[-1]
    if answering:
        return asked if "\n" not in text[asked.end() : answer_at] else None
    press = _QUESTIONER_RE.search(text, max(0, asked.start() - 60), asked.start()) is not None
    said_since = len(_SENTENCE_END_RE.findall(text, asked.end(), answer_at))
    return asked if press and said_since <= 1 else None
