"""A participle of saying after a comma at the end of a reported clause
(``Lis said the bridge would reopen in May, arguing that the delays were the
weather's``, ``analysts said demand had fallen, citing weak exports``): a
report of its own by the same speaker, which ends the clause before it.

The parse hangs such a participle on the verb of the reported clause, so its
subject there is the clause's (``demand``), not the speaker's: the speaker is
that of the verb of saying the clause completes. When a person named or
described is the clause's subject (``Officials said the minister had
resigned, citing health reasons``), either may be meant, and the clause is
left whole.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from quotes.extract.cue_lemmas import cue_lemma
from quotes.extract.cue_sources import cue_source
from quotes.extract.indirect_content import Found
from quotes.extract.indirect_source import verb_subject
from quotes.extract.lexicon import ASKING_VERBS, CLAUSE_VERBS
from quotes.extract.quotemarks import DOUBLE_MARKS
from quotes.extract.speaker_words import PERSON_NOUNS, PRONOUNS_PERSON, TALKED_ABOUT_NOUNS
from quotes.extract.syntax import SUBJECT_DEPS, doc_text

#: Marks opening or closing quoted words: the double marks the quotation
#: finder reads, and the opening single mark (not the closing one, an apostrophe too).
_QUOTATION_MARKS = frozenset(DOUBLE_MARKS + "\u2018")
#: Participles that after a comma read as prepositions (``..., considering the
#: party is divided``: given that), no report.
_PREPOSITION_LIKE = frozenset({"considering", "assuming", "supposing"})


def trailing_participle(token: Token) -> bool:
    """True for a participle of saying (not of asking) hung on a verb before
    it, right after a comma (``..., arguing that``, ``..., citing``)."""
    return (
        token.tag_ == "VBG"
        and token.dep_ == "advcl"
        and token.head.i < token.i
        and token.i > 0
        and token.nbor(-1).text == ","
        and (lemma := cue_lemma(token)) in CLAUSE_VERBS
        and lemma not in ASKING_VERBS
        and token.lower_ not in _PREPOSITION_LIKE
    )


def as_trailing_report(token: Token, results: list[Found]) -> list[Found]:
    """``results`` of the trailing participle ``token``, each a report apart
    by the speaker of the verb of saying it closes (:func:`_closed_saying`),
    which cuts the content around it: when that clause's subject is a pronoun
    (``Ruud said he ..., arguing``) or no one (``Analysts said demand had
    fallen, citing``: not the demand). Unchanged when it closes no verb of
    saying's clause, when quoted words are in it, and when a person named or
    described is that clause's subject (``Officials said the minister had
    resigned, citing health reasons``: who cites is not sure)."""
    saying = _closed_saying(token.head)
    text = doc_text(token.doc)
    if saying is None or any(_QUOTATION_MARKS & set(text[found.start : found.end]) for found in results):
        return results  # quoted words in it: the quotation settles its content
    if _someone_else(verb_subject(token)):
        return results
    speaker = cue_source(saying)
    return [replace(found, speaker=speaker, separate=True, trailing=True) for found in results]


def closes_a_report(token: Token) -> bool:
    """True for a trailing participle (:func:`trailing_participle`) closing a
    verb of saying's reported clause: its speaker is that verb's, whatever the
    subject the parse gives it (``demand`` of ``demand had fallen, citing``)."""
    return trailing_participle(token) and _closed_saying(token.head) is not None


def _closed_saying(head: Token) -> Token | None:
    """The verb of saying, with a subject of its own, that the participle hung
    on ``head`` closes: ``head`` itself (``Lis added, saying``), or the verb
    whose reported clause ``head`` opens (``said [demand had fallen], citing``),
    not a participle describing a noun (``a lawsuit alleging that ...,
    calling``: who calls is unsaid)."""
    for verb in (head, head.head if head.dep_ == "ccomp" and head.head.i < head.i else None):
        if verb is not None and cue_lemma(verb) and any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return verb
    return None


def _someone_else(subject: Token | None) -> bool:
    """True for a subject that is someone by a name or a person's noun (``the
    minister``, ``the gunman``), who may be the one the participle is about;
    not a pronoun, which stands for the speaker as often, nor ``demand``."""
    if subject is None or subject.lower_ in PRONOUNS_PERSON:
        return False
    return subject.pos_ == "PROPN" or subject.lower_ in PERSON_NOUNS or subject.lower_ in TALKED_ABOUT_NOUNS
