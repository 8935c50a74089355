"""Where the antecedent of a mention may be (pure text): the run of capitals
holding a surname, the part of a sentence a pronoun's antecedents may stand in.
:class:`quotes.extract.registry.SpeakerRegistry` reads them."""

from __future__ import annotations

import re

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
