"""Quoted words that name something rather than quote anyone: a name set
between a determiner and the noun it names (``the app's “Moments” feature``),
a term glossed right after it (``“dead storage” — the level below which
...``), a title whose nearby verb of saying takes another quotation as its
object (``“A House of Light,” which she now calls “too long”``), and the
words of a sign nobody holds up or that a subject's noun phrase carries
(:mod:`quotes.extract.quoted_kind` reads them)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes.extract.cues import Cue
from quotes.extract.display_words import (
    DISPLAY_NOUNS,
    DISPLAYING_VERB_WORDS,
    NOT_A_NAMED_NOUN,
    SIGN_HOLDING_WORDS,
    VERDICT_NOUNS,
)
from quotes.extract.lexicon import AUXILIARY_VERBS, NOT_A_NOUN_AFTER_QUOTE, PHRASE_OPENERS, speech_forms
from quotes.extract.quotemarks import QuotedSpan

#: A determiner or an owner's possessive right before an opening mark, one
#: word between them or not (``the “``, ``its new “``, ``the app's “``).
_OWNER_BEFORE_RE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|your|my)|\w['’]s|\ws['’])"
    r"(?:[ \xa0]+(?P<word>[a-z][\w-]*))?[ \xa0]*\Z",
    re.IGNORECASE,
)
#: A word in lower case right after a closing mark (``” feature``).
_WORD_AFTER_RE = re.compile(r"[ \xa0]+([a-z][\w-]*)\b")
#: How far before and after the marks the rules read.
_REACH = 40
#: The most words of a name set before the noun it names.
_MAX_NAME_WORDS = 5
#: Words of a title left in lower case (``Line of Duty``).
_SMALL_WORDS = frozenset("a an the of to in on at for and or but nor with by from as vs".split())

#: A gloss right after a closing mark that defines the quoted term: a noun
#: and the relative clause of a definition (``” — the level below which``,
#: ``”, a condition in which``, ``” (the point at which``) or a noun of words
#: and ``for`` (``”, a term for``).
_GLOSS_AFTER_RE = re.compile(
    r",?[ \xa0]*(?:—|–|--|,|\()[ \xa0]*(?:the|a|an)[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?"
    r"(?:[a-z][\w-]*[ \xa0]+(?:(?:below|above|at|in|on|by|under|through|from|during|beyond|past)[ \xa0]+)?"
    r"(?:which|where|whereby)"
    r"|(?:term|word|phrase|expression|shorthand|jargon|name)[ \xa0]+(?:for|meaning))\b"
)
#: The most words of a glossed term.
_MAX_TERM_WORDS = 3

#: Blanks between a verb of saying and the opening mark of the quotation it
#: takes as its object (``calls “``), with no comma or colon that would make
#: the words after it an interrupted quote (``she said, “``).
_OBJECT_QUOTE_RE = re.compile(r"[ \xa0]*(?:[“\"‘]|``)")
#: How many links of a parse lead from a displaying verb up to its sign.
_SIGN_REACH = 3

#: The clause a cue after the closing mark stands in: a relative one on the
#: quoted thing (``,” which she now calls``, ``” that critics call``).
_RELATIVE_AFTER_RE = re.compile(r"[,.]?[”\"’]?,?[ \xa0]+(?:which|that)\b")


def named_before_noun(text: str, span: QuotedSpan) -> bool:
    """True for a few words in title case set between a determiner or an
    owner's possessive and the lower-case noun they name (``the app's
    “Moments” feature``, ``its “Line Watch” page``, ``the “Flip First”
    pact``): a name used as a modifier, nobody's words. Not words a
    preposition, a conjunction or a verb follows (``was a “Very Bad Deal”
    and``), nor words ending a sentence or a clause inside the marks
    (``the “Harbour Plan,” which``)."""
    content, (before, closing, after) = text[span.start : span.end], _around(text, span)
    words = content.split()
    owner = _OWNER_BEFORE_RE.search(before)
    noun = _WORD_AFTER_RE.match(after)
    return (
        0 < len(words) <= _MAX_NAME_WORDS
        and not (content + closing).rstrip().endswith((".", ",", "!", "?", "…", ";", ":"))
        and all(word[:1].isupper() or word.lower() in _SMALL_WORDS for word in words)
        and words[0][:1].isupper()
        and owner is not None
        and (owner.group("word") is None or _modifier_word(owner.group("word")))
        and noun is not None
        and _noun_word(noun.group(1))
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


def _modifier_word(word: str) -> bool:
    """True for a word that may stand between a determiner and a name (``new``,
    ``popular``), not a verb of saying or an auxiliary (``the company said``)."""
    lower = word.lower()
    return lower not in speech_forms() and lower not in AUXILIARY_VERBS and lower not in NOT_A_NAMED_NOUN


def _noun_word(word: str) -> bool:
    """True for a lower-case word after a closing mark that may be the noun a
    name modifies: no preposition, conjunction, pronoun, auxiliary, adverb in
    ``-ly`` or verb of saying, nor the noun of a rater's verdict (``his
    “D-minus” rating``: the rater's word, quoted)."""
    lower = word.lower()
    return not (
        lower in NOT_A_NOUN_AFTER_QUOTE
        or lower in VERDICT_NOUNS
        or lower in PHRASE_OPENERS
        or lower in AUXILIARY_VERBS
        or lower in NOT_A_NAMED_NOUN
        or lower in speech_forms()
        or lower.endswith("ly")
    )


def glossed_term(text: str, span: QuotedSpan) -> bool:
    """True for a term of one to three words in lower case that a definition
    follows right after the closing mark (``“dead storage” — the level below
    which water can no longer be pumped``, ``“bycatch,” a term for fish
    caught by accident``): a technical word the writer explains, not what
    anyone said. Not a characterisation opening with an article (``“a gift”
    — the harshest words yet``)."""
    content, (_, closing, after) = text[span.start : span.end], _around(text, span)
    words = content.split()
    return (
        0 < len(words) <= _MAX_TERM_WORDS
        and content[:1].islower()
        and words[0] not in ("a", "an", "the")
        and not re.search(r"[.!?;:…]", content + closing)
        and _GLOSS_AFTER_RE.match(closing.strip(" \xa0") + after) is not None
    )


def cue_quotes_next(text: str, span: QuotedSpan, cue: Cue | None) -> bool:
    """True when ``cue`` stands in a relative clause right after the closing
    mark and takes another quotation as its object (``the sprawling “A House
    of Borrowed Light,” which she now calls “too long by a third.”``): the
    verb speaks of the quoted thing, it does not introduce its words."""
    if cue is None or span.close_at is None or cue.start <= span.close_at:
        return False
    relative = _RELATIVE_AFTER_RE.match(text, span.end)
    return (
        relative is not None
        and relative.end() <= cue.start
        and "\n" not in text[span.end : cue.start]
        and not re.search(r"[.!?;:“\"]", text[relative.end() : cue.start])
        and _OBJECT_QUOTE_RE.match(text, cue.end) is not None
    )


def unheld_sign_words(cue: Cue | None, span: QuotedSpan) -> bool:
    """True when ``cue`` is the verb of a sign, placard or banner displaying
    the quoted words (``signs that read “...”``, ``a banner reading “...”``)
    and nobody stands behind them: the sign is the object of a verb that
    does not hold it up (``Someone had taped a handwritten sign to it that
    read “...”``) or lies in the subject of a verb after the words
    (``pickets carrying signs that read “...” lined the gate``). A sign
    someone holds, carries or wears as the sentence's news still speaks for
    them (``Ada Venn held up a sign saying “...”``), and so does a sign that
    is the subject of its own verb (``The sign read, “...”``)."""
    token = cue.token if cue is not None else None
    if cue is None or token is None or token.lower_ not in DISPLAYING_VERB_WORDS:
        return False
    sign = _displaying_sign(token)
    if sign is None:
        return False
    close = (span.close_at if span.close_at is not None else span.end) - (cue.start - token.idx)
    if _in_subject_before_its_verb(sign, close):
        return True
    return sign.dep_ == "dobj" and sign.head.lower_ not in SIGN_HOLDING_WORDS


def _displaying_sign(verb: Token) -> Token | None:
    """The sign whose words ``verb`` displays: the noun its relative clause or
    participle hangs on (``signs that read``), past a place the parse hangs
    it on (``a sign to the door that read``), or the object of the verb it
    hangs on (``taped a sign to it that read``, ``saw a sign on the gate
    reading``), with no punctuation between the sign and ``verb``."""
    if verb.dep_ not in ("relcl", "acl", "advcl"):
        return None
    node = verb.head
    for _ in range(_SIGN_REACH):
        if node.lower_ in DISPLAY_NOUNS:
            return _unbroken(node, verb)
        placed = [child for child in node.children if child.dep_ == "dobj" and child.i < verb.i]
        sign = next((child for child in placed if child.lower_ in DISPLAY_NOUNS), None)
        if sign is not None or node.dep_ not in ("pobj", "prep"):
            return sign and _unbroken(sign, verb)
        node = node.head
    return None


def _unbroken(sign: Token, verb: Token) -> Token | None:
    """``sign`` when no punctuation stands between it and ``verb`` (not ``saw
    the banner, saying “...”``, whose words are the subject's)."""
    return None if any(token.is_punct for token in sign.doc[sign.i : verb.i]) else sign


def _in_subject_before_its_verb(token: Token, close: int) -> bool:
    """True when ``token`` lies in a subject whose verb comes after ``close``
    (a character offset in the token's doc): ``[pickets carrying signs that
    read “...”] lined the gate``."""
    return any(
        node.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass") and node.head.idx > close
        for node in (token, *token.ancestors)
    )
