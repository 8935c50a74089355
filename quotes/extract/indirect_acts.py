"""Cue verbs that report nothing where they stand: a question asking whether
someone holds a view (``Does he think ...?``), what a video shows, a verb of
finding under a modal of obligation or goods recalled (acts, not speech), a
name a group calls itself, a person seen doing something. :mod:`quotes.extract.indirect` skips them."""

from __future__ import annotations

from spacy.tokens import Token

from quotes.extract.lexicon import FINDING_VERBS, SEEING_VERBS, VISUAL_RECORDS
from quotes.extract.speaker_words import (
    COURT_SIDE_OPENERS,
    NAMELESS_AUXILIARIES,
    OBJECT_PRONOUNS,
    PERSON_NOUNS,
    REFLEXIVE_PRONOUNS,
    SPEAKER_NOUNS,
)
from quotes.extract.syntax import SUBJECT_DEPS, sentence_extent


def calls_itself_a_name(verb: Token) -> bool:
    """True for ``calling itself the Free Hills Brigade``: a reflexive object
    and a name with no ``a`` (``calls himself a Democrat`` is a view of oneself)."""
    children = list(verb.children)
    reflexive = any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE_PRONOUNS for c in children)
    return reflexive and any(
        c.dep_ == "oprd" and c.pos_ == "PROPN" and not any(d.lower_ in ("a", "an") for d in c.lefts)
        for c in children
    )


def asks_whether(token: Token) -> bool:
    """True for the verb of a question asking whether its subject holds a view
    (``Does he think ...?``, ``Did Kobb say ...?``): an auxiliary opens it,
    the subject follows, and it ends with a question mark."""
    first = token.left_edge  # the sentence's first word when it is the verb's auxiliary
    end = sentence_extent(token)[1]
    last = token.doc[end - 1] if not token.doc[end - 1].is_space else token.doc[end - 2]
    if last.text != "?":
        return False
    return (
        first.dep_ == "aux"
        and first.head == token
        and first.tag_ in ("VBZ", "VBD", "VBP", "MD")
        and (first.i == 0 or first.is_sent_start)
    ) or _labelled_question(token)


#: The subject ``let`` gives the writer and the reader together (``let's``, ``let us``).
_LETS_SUBJECTS = frozenset({"'s", "\u2019s", "us"})
#: Verbs of supposing, whose clause under ``let's`` is nobody's view (``let's say ...``).
_SUPPOSING_VERBS = frozenset({"say", "suppose", "assume", "imagine", "pretend", "presume", "posit"})


def supposes(token: Token, subject: Token | None) -> bool:
    """True for a verb whose ``subject`` is the writer and the reader of an
    imperative ``let`` (``Let's hope the bridge holds``, ``let's focus on
    understanding ...``), or one under a verb of supposing they share (``Let's
    say you think the bridge costs more``): nobody's view. Not a statement
    recalled (``Let's not forget that Kobb told the inquiry ...``), nor ``let``
    with its own subject (``The family let us see the letter, which said ...``)."""
    if _of_imperative_lets(subject):
        return True
    return any(
        verb.lower_ in _SUPPOSING_VERBS and any(_of_imperative_lets(child) for child in verb.children)
        for verb in token.ancestors
    )


def _of_imperative_lets(subject: Token | None) -> bool:
    """True for the ``'s`` or ``us`` subject of a verb under a ``let`` with no subject."""
    if subject is None or subject.lower_ not in _LETS_SUBJECTS or subject.dep_ != "nsubj":
        return False
    let = subject.head.head
    return let.lower_ == "let" and not any(child.dep_ in SUBJECT_DEPS for child in let.children)


def _labelled_question(token: Token) -> bool:
    """True when an auxiliary opens what follows a label's colon before the
    verb and a noun follows it (``Fact check: Did Ada Obi say ...?``, which
    the parse may read as a name); not a question put to someone (``TAPPER: Do
    you think ...?``, ``Will Kobb call himself ...?``), whose words PolNeAR counts."""
    doc = token.doc
    colon = next((t.i for t in reversed(doc[token.sent.start : token.i]) if t.text == ":"), None)
    return (
        colon is not None
        and colon + 2 < token.i
        and doc[colon + 1].text in NAMELESS_AUXILIARIES
        and doc[colon + 2].pos_ != "PRON"
    )


def shows_a_picture(token: Token, subject: Token | None) -> bool:
    """True when what ``shows`` is a video, photo or the like: its subject, or
    the object a participle follows (``released video Monday showing ...``)."""
    if subject is not None and subject.lower_ in VISUAL_RECORDS:
        return True
    if token.tag_ != "VBG" or token.dep_ not in ("acl", "advcl"):
        return False
    shown = [token.head] if token.dep_ == "acl" else [c for c in token.head.children if c.dep_ == "dobj"]
    return any(noun.lower_ in VISUAL_RECORDS for noun in shown)


#: Tags of a verb in the present tense (``see``, ``sees``), which forecasts
#: where its past (``saw``) tells what was watched.
_PRESENT_TAGS = frozenset({"VBP", "VBZ"})
#: Modals that make a verb of finding a requirement (``farmers must show losses``).
_OBLIGING_MODALS = frozenset({"must", "should", "shall"})


def act_not_speech(token: Token, lemma: str) -> bool:
    """True for a cue verb that here names an act, not speech: a verb of
    finding under a modal of obligation (``farmers must show losses of 30
    percent``: what someone is required to show), or goods recalled, a
    counted object (``recalled 1.2 million packs``), not a memory told."""
    if lemma in FINDING_VERBS:
        return any(child.dep_ == "aux" and child.lower_ in _OBLIGING_MODALS for child in token.children)
    if lemma == "recall":
        objects = [child for child in token.children if child.dep_ == "dobj"]
        return any(c.dep_ == "nummod" for obj in objects for c in obj.children)
    return _represents_in_court(token)


def _represents_in_court(token: Token) -> bool:
    """True for a court report's word of a side opening its sentence with a
    name for object (``Defending Dean Rowe, Alan Pryce said``): the barrister
    represents him, which is no view; ``Defending the plan, ...`` is one."""
    return (
        token.lower_ in COURT_SIDE_OPENERS
        and token.i == sentence_extent(token)[0]
        and any(child.dep_ == "dobj" and child.pos_ == "PROPN" for child in token.children)
    )


def adds_to_something(verb: Token, lemma: str | None) -> bool:
    """True for ``add`` right before ``to`` and a thing, not people (``the
    study adds to a growing body of evidence that ...``, ``added to the
    pressure``): it increases something and reports no words, whatever
    clause the parse hangs on it; ``added to reporters that ...`` still says."""
    following = verb.i + 1
    if lemma != "add" or following >= len(verb.doc) or verb.doc[following].lower_ != "to":
        return False
    added_to = [child for child in verb.doc[following].children if child.dep_ == "pobj"]
    return bool(added_to) and all(
        thing.pos_ not in ("PRON", "PROPN") and thing.lower_ not in SPEAKER_NOUNS for thing in added_to
    )


def sees_an_act(verb: Token, lemma: str) -> bool:
    """True for a verb of seeing whose clause is a person seen doing something
    (``will not see each other compete``, ``saw him become``, ``watched Kobb
    speak``): a bare infinitive with a person for subject, an act watched, not
    a view held (``sees that the plan fails``), a wish (``would like to see the
    platform reflect ...``) nor what befalls someone (``have seen their
    jobless rate fall``, which PolNeAR counts) nor a forecast (``Analysts see
    the mayor win``: ``see`` in the present tense)."""
    return (
        lemma in SEEING_VERBS
        and verb.dep_ != "xcomp"
        and not (lemma == "see" and verb.tag_ in _PRESENT_TAGS)
        and any(
            c.dep_ == "ccomp"
            and c.tag_ == "VB"
            and not any(g.dep_ in ("aux", "mark") for g in c.children)
            and any(g.dep_ in SUBJECT_DEPS and _a_person_acting(g) for g in c.children)
            for c in verb.children
        )
    )


def _a_person_acting(subject: Token) -> bool:
    """True when ``subject`` names or stands for people (``him``, ``each
    other``, ``Kobb``, ``the mayor``), not a thing (``conditions``)."""
    return (
        subject.pos_ == "PROPN"
        or subject.lower_ in OBJECT_PRONOUNS
        or subject.lower_ == "other"
        or subject.lower_ in PERSON_NOUNS
    )
