"""Quoted words that name something rather than quote anyone: a name after
``the name`` (``registered under the name “Lucky Sevens”``), a name set
between a determiner and the noun of a thing that bears it (``the app's
“Moments” feature``), a term glossed right after it (``“dead storage” — the
level below which ...``), a title in a noun phrase whose nearby verb of saying
takes another quotation as its object (``the long “A House of Light,” which
she now calls “too long”``), and the words of a sign that nobody stands
behind (:mod:`quotes.extract.quoted_kind` reads them)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from quotes.extract.cues import Cue
from quotes.extract.display_words import (
    DISPLAY_NOUNS,
    DISPLAYING_VERB_WORDS,
    NAME_BEARING_NOUNS,
    NOBODY_SUBJECTS,
    NOT_A_NAME_MODIFIER,
    SCHEME_NOUNS,
    SIGN_FINDING_WORDS,
)
from quotes.extract.lexicon import (
    AUXILIARY_VERBS,
    CALLING_VERBS,
    DESCRIBED_AS_VERBS,
    speech_forms,
    verb_forms,
)
from quotes.extract.quotemarks import QuotedSpan
from quotes.extract.speaker_words import PRONOUNS

#: How far before and after the marks the rules read.
_REACH = 40
#: The most words of a name.
_MAX_NAME_WORDS = 5
#: Words of a name or title left in lower case (``Line of Duty``).
_SMALL_WORDS = frozenset("a an the of to in on at for and or but nor with by from as vs".split())
#: Words that open a clause, not a name (``We Won Big``, ``This Is It``).
_CLAUSE_OPENERS = PRONOUNS | frozenset("this these those there here let's let’s".split())
#: Endings of a single word that make it an adjective or a participle, a
#: verdict rather than a name (``the “Incredible” show``, ``its “Rigged” page``).
_ADJECTIVE_ENDINGS = ("able", "ible", "ful", "ous", "ive", "less", "ing", "ed", "est", "ic", "al", "ish")
#: Contractions of ``is`` or ``us`` that look like an owner's possessive (``it's``).
_NOT_OWNERS = frozenset("it that he she there what who here where let how".split())

#: The phrases right before the marks that make the quoted words a name
#: (``under the name “Lucky Sevens”``, ``code-named “Blue Heron”``).
_NAME_WORDS_BEFORE_RE = re.compile(
    r"\b(?:the[ \xa0]+name|code-named|codenamed|code[ \xa0]+named)[ \xa0]*\Z", re.IGNORECASE
)
#: A determiner or an owner's possessive right before an opening mark, one
#: word between them or not (``the “``, ``its new “``, ``the app's “``).
_OWNER_BEFORE_RE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Mm]y)"
    r"|\b(?P<owner>\w+)['’]s|\ws['’])(?:[ \xa0]+(?P<word>[a-z][\w-]*))?(?P<end>[ \xa0]*)\Z"
)
#: A word in lower case right after a closing mark (``” feature``).
_WORD_AFTER_RE = re.compile(r"[ \xa0]+([a-z][\w-]*)\b")

#: A gloss right after a closing mark that defines the quoted term: a dash
#: or bracket, ``the``, a noun and a preposition before ``which`` (``” — the
#: level below which``, ``” (the point at which``), or a comma and ``a term
#: for`` or ``a condition in which``.
_GLOSS_AFTER_RE = re.compile(
    r",?[ \xa0]*(?:(?:—|–|--|\()[ \xa0]*the[ \xa0]+[a-z][\w-]*[ \xa0]+"
    r"(?:below|above|at|in|on|by|under)[ \xa0]+which"
    r"|,[ \xa0]*a[ \xa0]+(?:term[ \xa0]+for|condition[ \xa0]+in[ \xa0]+which))\b"
)
#: The most words of a glossed term.
_MAX_TERM_WORDS = 3
#: How many words before an opening mark a verb of calling or describing
#: governs the quoted words (``called the budget “``, ``described conditions
#: at the jail as “``).
_GOVERNING_WORDS = 6

#: Blanks between a verb of saying and the opening mark of the quotation it
#: takes as its object (``calls “``), with no comma or colon that would make
#: the words after it an interrupted quote (``she said, “``).
_OBJECT_QUOTE_RE = re.compile(r"[ \xa0]*(?:[“\"‘]|``)")
#: The clause a cue after the closing mark stands in: a relative one on the
#: quoted thing (``,” which she now calls``, ``” that critics call``).
_RELATIVE_AFTER_RE = re.compile(r"[,.]?[”\"’]?,?[ \xa0]+(?:which|that)\b")
#: A comma right before an opening mark: a title in a list or in apposition
#: (``after “Nine Mornings,” which ...``, ``Her debut, “The Salt Orchard,”``).
_COMMA_BEFORE_RE = re.compile(r",[ \xa0]*\Z")
#: How many words before a title a verb of saying or telling makes it what
#: someone said (``told the crowd “Never Again,”``, ``replied “No Comment,”``).
_SAYING_WORDS_BEFORE = 3
#: How many links of a parse lead from a displaying verb up to its sign.
_SIGN_REACH = 3


@cache
def _describing_forms() -> frozenset[str]:
    """The forms of the verbs of calling and describing (``called``,
    ``describes``, ``labelled``)."""
    return frozenset(form for lemma in DESCRIBED_AS_VERBS | CALLING_VERBS for form in verb_forms(lemma))


@cache
def _calling_forms() -> frozenset[str]:
    """The forms of the verbs of saying, calling and describing (``said``,
    ``called``, ``describes``, ``labelled``)."""
    return frozenset(speech_forms()) | _describing_forms()


def named_by_name_words(text: str, span: QuotedSpan) -> bool:
    """True for words that read as a name right after ``the name`` or
    ``code-named`` (``was registered under the name “Lucky Sevens.”``); not
    words someone said about a name (``said the name “still means a lot”``)."""
    before = text[max(0, span.open_at - _REACH) : span.open_at]
    return _NAME_WORDS_BEFORE_RE.search(before) is not None and _reads_as_name(text[span.start : span.end])


def _reads_as_name(content: str) -> bool:
    """True for one to five words in title case with no verb, no comma and
    no pronoun opening a clause (``Lucky Sevens``, ``Silver Gull``; not ``We
    Won Big``, ``It Is Over``, nor words in lower case)."""
    words = content.rstrip(".").split()
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and not re.search(r"[,;:!?…]", content)
        and words[0][:1].isupper()
        and words[0].lower() not in _CLAUSE_OPENERS
        and all(word[:1].isupper() or word[:1].isdigit() or word.lower() in _SMALL_WORDS for word in words)
        and not any(_verb_word(word) for word in words)
    )


def _verb_word(word: str) -> bool:
    """True for an auxiliary, a negated verb or a verb of saying (``Is``,
    ``Won't``, ``Says``): a name has no verb of its own."""
    lower = word.lower().strip(".'’")
    return lower in AUXILIARY_VERBS or lower.endswith(("n't", "n’t")) or lower in speech_forms()


def named_before_noun(text: str, span: QuotedSpan) -> bool:
    """True for a name in title case between a determiner or an owner's
    possessive (one word between them or not) and the noun of a thing that
    bears a name (``the app's “Moments” feature``, ``its “Line Watch” page``,
    ``the “Flip First” pact``): a name used as a modifier, nobody's words. A
    noun of a scheme takes a name of two words or more; a single word
    shaped as an adjective, or after a verb of saying or calling, stays a
    verdict (``the “Incredible” show``, ``called it a “Disaster” series``)."""
    content, (before, closing, after) = text[span.start : span.end], _around(text, span)
    words = content.split()
    owner = _OWNER_BEFORE_RE.search(before)
    noun = _WORD_AFTER_RE.match(after)
    if owner is None or noun is None or not _reads_as_name(content) or closing.strip():
        return False
    if (owner.group("owner") or "").lower() in _NOT_OWNERS or not _modifier_word(owner.group("word")):
        return False
    if len(words) > 1:
        return noun.group(1) in NAME_BEARING_NOUNS | SCHEME_NOUNS
    return (
        noun.group(1) in NAME_BEARING_NOUNS
        and not words[0].lower().endswith(_ADJECTIVE_ENDINGS)
        and not _words_before(before[: owner.start()], 2) & _calling_forms()
    )


def _around(text: str, span: QuotedSpan) -> tuple[str, str, str]:
    """The text right before the opening mark, between the quoted words and
    the closing mark (a comma or stop inside the marks), and right after the
    closing mark."""
    close = span.close_at if span.close_at is not None else span.end
    return (
        text[max(0, span.open_at - _REACH) : span.open_at],
        text[span.end : close],
        text[close + 1 : close + 1 + _REACH],
    )


def _modifier_word(word: str | None) -> bool:
    """True for no word or a word that may stand between a determiner and a
    name (``new``, ``popular``), not a verb of saying, an auxiliary or an
    adverb (``the company said``, ``the deal was``)."""
    if word is None:
        return True
    lower = word.lower()
    return lower not in _calling_forms() and lower not in AUXILIARY_VERBS and lower not in NOT_A_NAME_MODIFIER


def _words_before(before: str, count: int) -> set[str]:
    """The last ``count`` words of ``before`` in its clause, in lower case."""
    clause = re.split(r"[.!?;:,—–()\n]", before)[-1]
    return {word.lower() for word in re.findall(r"[\w'’-]+", clause)[-count:]}


def glossed_term(text: str, span: QuotedSpan, cue: Cue | None) -> bool:
    """True for a term of one to three words in lower case that a definition
    follows right after the closing mark (``“dead storage” — the level below
    which water can no longer be pumped``, ``“ghost gear,” a term for nets
    lost at sea``): a word the writer explains, not what anyone said. Not a
    term a verb of calling or describing stands a few words before (``called
    the budget “reckless,” a term for ...``), nor one a verb of saying,
    calling or describing takes in the parse of ``cue`` (``described
    conditions at the jail as “inhumane”``): the speaker's word."""
    content, (before, closing, after) = text[span.start : span.end], _around(text, span)
    words = content.split()
    return (
        0 < len(words) <= _MAX_TERM_WORDS
        and content[:1].islower()
        and words[0] not in ("a", "an", "the")
        and not re.search(r"[.!?;:…]", content + closing)
        and _GLOSS_AFTER_RE.match(closing.strip(" \xa0") + after) is not None
        and not _words_before(before, _GOVERNING_WORDS) & _describing_forms()
        and not _taken_by_saying(span, cue)
    )


def _taken_by_saying(span: QuotedSpan, cue: Cue | None) -> bool:
    """True when the parse of ``cue``'s sentence hangs the quoted words on a
    verb of saying, calling or describing, right under it or under its
    ``as`` (``called the striker “selfish,”``, ``described it as
    “inhumane”``; not ``complain about “ghost gear”``); False with no parse."""
    token = cue.token if cue is not None else None
    if cue is None or token is None:
        return False
    shift = cue.start - token.idx
    words = token.doc.char_span(span.start - shift, span.end - shift, alignment_mode="expand")
    if words is None:
        return False
    head = words.root.head
    if head.dep_ == "prep" and head.lower_ == "as":
        head = head.head
    return head.pos_ in ("VERB", "AUX") and head.lower_ in _calling_forms()


def cue_quotes_next(text: str, span: QuotedSpan, cue: Cue | None) -> bool:
    """True when the quoted words stand in a noun phrase (:func:`_in_noun_phrase`)
    and ``cue`` stands in a relative clause right after the closing mark,
    taking another quotation as its object (``the sprawling “A House of
    Borrowed Light,” which she now calls “too long by a third.”``): the verb
    speaks of the quoted thing, it does not introduce its words."""
    if cue is None or span.close_at is None or cue.start <= span.close_at:
        return False
    relative = _RELATIVE_AFTER_RE.match(text, span.end)
    return (
        relative is not None
        and relative.end() <= cue.start
        and "\n" not in text[span.end : cue.start]
        and not re.search(r"[.!?;:“\"]", text[relative.end() : cue.start])
        and _OBJECT_QUOTE_RE.match(text, cue.end) is not None
        and _in_noun_phrase(text, span)
    )


def _in_noun_phrase(text: str, span: QuotedSpan) -> bool:
    """True for quoted words after a determiner or a possessive, one word
    between them or not (``the sprawling “``, ``Her debut's “``), or after a
    comma (``after “Nine Mornings,” ...``, ``Her debut, “``), with no verb of
    saying or telling in the few words before (not ``told the crowd “``,
    ``replied “``, ``said, “``)."""
    before = text[max(0, span.open_at - _REACH) : span.open_at]
    line = before[before.rfind("\n") + 1 :]
    spoken = {word.lower() for word in re.findall(r"[\w'’-]+", line)[-_SAYING_WORDS_BEFORE:]}
    owner = _OWNER_BEFORE_RE.search(line)
    return not spoken & _calling_forms() and (
        _COMMA_BEFORE_RE.search(line) is not None
        or (owner is not None and _modifier_word(owner.group("word")))
    )


def unheld_sign_words(cue: Cue | None, span: QuotedSpan) -> bool:
    """True when ``cue`` is the verb of a sign, placard or banner displaying
    the quoted words (``a sign that read “...”``, ``a banner reading “...”``),
    with no subject of its own, and nobody stands behind the sign: it is
    found, seen or taken away (``Visitors saw a sign on the gate reading
    “...”``), put up by no one named (``Someone had taped a sign to the
    shutter that read “...”``), or put up in the passive with no agent. A
    sign its subject puts up, hangs, flies or carries speaks for it (``Fans
    hung a banner reading “...”``), and so does a person's own verb of saying
    (``before she said “...”``)."""
    token = cue.token if cue is not None else None
    if token is None or token.lower_ not in DISPLAYING_VERB_WORDS or _own_subject(token):
        return False
    sign = _displaying_sign(token)
    return sign is not None and _nobody_behind(sign)


def _own_subject(verb: Token) -> bool:
    """True when ``verb`` has a subject other than a relative pronoun (``she
    said``; not ``a sign that read``)."""
    return any(
        child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") and child.lower_ not in ("that", "which")
        for child in verb.children
    )


def _displaying_sign(verb: Token) -> Token | None:
    """The sign whose words ``verb`` displays: the noun its relative clause or
    participle hangs on (``signs that read``), past a place the parse hangs
    it on (``a sign to the door that read``), or the object or passive
    subject of the verb it hangs on (``taped a sign to it that read``, ``saw
    a sign on the gate reading``), with no punctuation between the sign and
    ``verb``."""
    if verb.dep_ not in ("relcl", "acl", "advcl"):
        return None
    node = verb.head
    for _ in range(_SIGN_REACH):
        if node.lower_ in DISPLAY_NOUNS:
            return _unbroken(node, verb)
        placed = [
            child for child in node.children if child.dep_ in ("dobj", "nsubjpass") and child.i < verb.i
        ]
        sign = next((child for child in placed if child.lower_ in DISPLAY_NOUNS), None)
        if sign is not None or node.dep_ not in ("pobj", "prep"):
            return sign and _unbroken(sign, verb)
        node = node.head
    return None


def _unbroken(sign: Token, verb: Token) -> Token | None:
    """``sign`` when no punctuation stands between it and ``verb`` (not ``saw
    the banner, saying “...”``, whose words are the subject's)."""
    return None if any(token.is_punct for token in sign.doc[sign.i : verb.i]) else sign


def _nobody_behind(sign: Token) -> bool:
    """True when the sentence gives the sign no one who stands behind it: the
    object of a verb of finding, seeing or taking away, or of a verb whose
    subject is no one in particular (``someone``), or the subject of a
    passive verb with no agent (``a sign reading “...” was found``)."""
    verb = sign.head
    if sign.dep_ == "dobj":
        subjects = [child.lower_ for child in verb.children if child.dep_ == "nsubj"]
        return verb.lower_ in SIGN_FINDING_WORDS or any(s in NOBODY_SUBJECTS for s in subjects)
    if sign.dep_ == "nsubjpass":
        agents = [grand for child in verb.children if child.dep_ == "agent" for grand in child.children]
        return all(agent.lower_ in NOBODY_SUBJECTS for agent in agents)
    return False
