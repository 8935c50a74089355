"""Cues on the parse: the reporting verb (or ``according to``) next to a direct
quote, with its speaker mention, as a :class:`Cue`. Each finder takes the
tokens of one side of the quote (``offset`` is the article offset of their
doc) and returns a cue or None; :mod:`quotes.extract.direct` chooses among them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from quotes.extract.addressed import telling_source, told_passively
from quotes.extract.direct_quote_words import ACCOUNT_NOUNS, AFTER_ONLY_CUES
from quotes.extract.indirect_acts import adds_to_something
from quotes.extract.lexicon import (
    OTHER_PHRASAL_VERBS,
    QUOTED_OBJECT_FORMS,
    phrasal_speech_forms,
    speech_forms,
)
from quotes.extract.quotemarks import QuotedSpan, SpanIndex, holds_mark
from quotes.extract.speaker_words import PRONOUNS_PERSON, SOURCE_NOUNS, SPEAKER_NOUNS
from quotes.extract.subjects import account_owner, cue_speaker
from quotes.extract.syntax import SUBJECT_DEPS, doc_text, sentence_bounds, tokens_between

#: Dependency labels of what a verb does or says something to (objects and complements).
_OBJECT_DEPS = frozenset({"dobj", "obj", "dative", "oprd", "ccomp", "xcomp"})
#: Dependency labels of a verb heading a subordinate clause.
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj", "csubjpass", "amod", "pobj"})


@dataclass
class Cue:
    """A cue found near a quote: its words and the speaker mention, in article offsets."""

    start: int
    end: int
    text: str
    #: ``(start, end)`` of the speaker mention, or None
    subject: tuple[int, int] | None = None
    #: the cue's token, when the parse gave one
    token: Token | None = None
    confidence: float = 1.0


def token_cue(token: Token, offset: int, subject: tuple[int, int] | None, *, confidence: float = 1.0) -> Cue:
    """The cue of one token of a doc parsed from the article at ``offset``,
    with its particle when it is a phrasal verb of speech (``shot back``)."""
    start = offset + token.idx
    last = token.doc[token.i + 1] if _phrasal_speech(token) else token
    return Cue(
        start=start,
        end=offset + last.idx + len(last),
        text=doc_text(token.doc)[token.idx : last.idx + len(last)],
        subject=subject,
        token=token,
        confidence=confidence,
    )


def cue_tokens(tokens: Iterable[Token], spans: SpanIndex, offset: int) -> Iterator[Token]:
    """The tokens that are cues: reporting verbs, ``according`` (to), ``put``
    (it) and ``by her own account``, outside quotations and not describing a noun."""
    forms = speech_forms()
    for token in tokens:
        if not _may_be_cue_word(token.lower_, forms):
            continue  # most words: none of the tests below can yield them
        if spans.covers(offset + token.idx):
            continue
        if token.dep_ == "amod" and token.head.i == token.i + 1 and token.head.pos_ == "NOUN":
            continue  # "in a written statement", "prepared remarks": a participle describing a noun
        if _describes_noun_before(token):
            continue  # "wrote in a letter read at Mass": the letter was read, no one here speaks by it
        if _another_phrasal_verb(token, forms):
            continue  # "the strike would not be called off “...”": cancelled, not said
        if adds_to_something(token, forms.get(token.lower_)):
            continue  # "the study adds to a growing body of evidence": increases, says nothing
        lower = token.lower_
        if lower == "according" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "to":
            yield token
            continue
        if (
            lower in ("put", "puts")
            and token.i + 1 < len(token.doc)
            and token.doc[token.i + 1].lower_ == "it"
        ):
            yield token  # "as one strategist put it, “...”"
            continue
        if _phrasal_speech(token):
            yield token  # "Venn shot back that ...", "Kobb pointed out"
            continue
        if account_owner(token) is not None:
            yield token  # "by her own account, “...”"
            continue
        if lower in forms:
            if (
                token.pos_ in ("VERB", "AUX")
                or token.tag_.startswith("VB")
                or lower in ("said", "says", "told")
            ):
                yield token
            elif token.pos_ == "NOUN" and any(c.dep_ in SUBJECT_DEPS for c in token.children):
                yield token  # "Article 33 affirms:" with "affirms" tagged as a plural noun that has a subject


def _another_phrasal_verb(token: Token, forms: dict[str, str]) -> bool:
    """True for a verb of speech its particle makes another verb
    (:data:`OTHER_PHRASAL_VERBS`: ``called off``, ``called up``) in a clause
    that an outer verb of saying governs (``warned that the strike would not
    be called off``), so the words are that verb's; alone (``Organisers
    called off the race “...”``) it stays the cue."""
    lemma = forms.get(token.lower_)
    return (
        lemma is not None
        and any(
            child.dep_ == "prt" and f"{lemma} {child.lower_}" in OTHER_PHRASAL_VERBS
            for child in token.children
        )
        and any(ancestor.lower_ in forms for ancestor in token.ancestors)
    )


#: Words :func:`cue_tokens` yields by the word after them (``according to``,
#: ``put it``) or as the noun of ``by her own account``.
_WORDS_CUED_BY_CONTEXT = frozenset({"according", "put", "puts"}) | ACCOUNT_NOUNS


def _may_be_cue_word(lower: str, forms: dict[str, str]) -> bool:
    """True when :func:`cue_tokens` can yield a token of lower-case form
    ``lower``: a speech verb's form, the first word of a phrasal one
    (``shot`` of ``shot back``), or a word cued by its context. A test on the
    word alone, before the tests on the parse and the quotations."""
    return lower in forms or lower in _WORDS_CUED_BY_CONTEXT or lower in _phrasal_first_words()


@lru_cache(maxsize=1)
def _phrasal_first_words() -> frozenset[str]:
    """What stands before a blank in a phrasal speech verb's form (``shot``
    of ``shot back``): the words :func:`_phrasal_speech` can hold for."""
    return frozenset(
        form[:at] for form in phrasal_speech_forms() for at, char in enumerate(form) if char == " "
    )


def _describes_noun_before(token: Token) -> bool:
    """True for a past participle right after the noun it describes (``a letter
    read at Mass``), not the sentence's own verb the parse hung on its subject
    (``the candidate, Ansel Kobb, tweeted``, ``one lawmaker called Kobb a
    liar``: a participle describing a noun takes no object)."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and head.pos_ == "NOUN"
        and head.i == token.i - 1
        and head.dep_ != "ROOT"
        and not any(c.dep_ in _OBJECT_DEPS for c in token.children)
    )


def _phrasal_speech(token: Token) -> bool:
    """True for the verb of a phrasal verb of speech (``shot`` of ``shot back``)."""
    following = token.i + 1
    if token.pos_ != "VERB" or following >= len(token.doc):
        return False
    particle = token.doc[following]
    return (
        particle.head.i == token.i
        and particle.dep_ in ("prt", "advmod")
        and f"{token.lower_} {particle.lower_}" in phrasal_speech_forms()
    )


def _followed_by_colon(token: Token) -> bool:
    """True when a colon or comma follows ``token``."""
    nxt = token.i + 1
    return nxt < len(token.doc) and token.doc[nxt].text in (":", ",")


def _subordinate(token: Token) -> bool:
    """True for a verb of a subordinate clause (``after 14 people were killed``,
    ``whose rights were restored``, ``unless rivals quit``): its subject is not
    who speaks the quote the sentence introduces."""
    return token.dep_ in _SUBORDINATE_DEPS


def introducing_verb(tokens: list[Token], spans: SpanIndex, offset: int) -> Cue | None:
    """``Venn shot back, “...”``: the verb right before a comma or colon that
    opens a quote introduces it, even when a reporting verb stands further back."""
    words = [t for t in tokens if not t.is_space]
    if len(words) < 2 or words[-1].text not in (",", ":"):
        return None
    token = next((t for t in reversed(words[-4:-1]) if t.pos_ == "VERB"), None)
    token = token or _speech_verb_before_colon(words)
    if token is None or spans.covers(offset + token.idx) or _subordinate(token):
        return None  # "once the Senate goes on recess, “...”": not who speaks
    if told_passively(token):  # "I was informed: “...”": not the words of the one told
        return token_cue(token, offset, telling_source(token, offset))
    subject = cue_speaker(token, spans, offset, adjacent=False, strict=False)
    if subject is None:
        return None
    outer = reporting_head(token, subject, spans, offset)
    if outer is not None:  # "Kobb said he welcomed it and added, “...”"
        token, subject = outer
    return token_cue(token, offset, subject)


#: The most words between a verb of saying and the colon that opens its
#: quotation, past the three any verb may stand from it.
_MAX_WORDS_TO_COLON = 10
#: Verbs of sending a written message that the lexicon of speech leaves out.
_MESSAGING_VERBS = frozenset({"texted", "emailed", "e-mailed", "messaged"})


def _speech_verb_before_colon(words: list[Token]) -> Token | None:
    """A verb of saying or writing farther back than three words from the
    colon closing ``words``, with only its own object and phrases of time or
    place between (``Rell texted the manager the night before the fire:
    “...”``, ``Holt told reporters outside the court on Monday:``); None when
    another verb, a comma or a clause of its own stands between (``Holt
    spoke to staff who had gathered:``)."""
    if words[-1].text != ":":
        return None
    for token in reversed(words[-_MAX_WORDS_TO_COLON - 2 : -4]):
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            between = words[words.index(token) + 1 : -1]
            return (
                token
                if token.pos_ == "VERB"
                and (token.lower_ in speech_forms() or token.lower_ in _MESSAGING_VERBS)
                and token.right_edge.i >= words[-2].i
                and not any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in between)
                else None
            )
    return None


def first_cue(tokens: list[Token], spans: SpanIndex, offset: int, *, reverse: bool) -> Cue | None:
    """The first cue among ``tokens`` (the last one when ``reverse``: the words
    before a quote) with its speaker; with no speaker, the first cue found
    after a quote, or the last before it."""
    cues = list(cue_tokens(tokens, spans, offset))
    # "“...,” the man, who asked not to be named, told the paper": the relative
    # clause describes who speaks; the verb it hangs on is the cue
    cues = [t for t in cues if not _describes_speaker_of(t, cues)]
    if reverse:
        # "continue" attributes only what comes before it ("...," he continued)
        cues = [t for t in reversed(cues) if t.lower_ not in AFTER_ONLY_CUES or _followed_by_colon(t)]
    last = tokens[-1].i if tokens else -1
    for token in cues:
        # right after a quote ("...," the host said) or right before one
        # (a child replied, “...”) any noun can be the speaker
        near = reverse and last - token.i <= 2
        subject = cue_speaker(token, spans, offset, strict=reverse and not near)
        if subject is not None and token.lower_ != "according":
            outer = reporting_head(token, subject, spans, offset)
            if outer is not None:
                token, subject = outer
        if token.lower_ == "according":
            start = offset + token.idx
            return Cue(
                start=start,
                end=start + len("according to"),
                text="according to",
                subject=subject,
                token=token,
            )
        if subject is not None or not reverse:
            return token_cue(token, offset, subject)
    if cues:
        return token_cue(cues[0], offset, None)
    return None


def _describes_speaker_of(token: Token, cues: list[Token]) -> bool:
    """True for a cue verb of a relative clause on the subject of another cue
    after it (not ``said Beck, who said there were “...”``: the quote is his),
    also through an apposition (``Beck, a Vell resident who posted ..., said``)."""
    described = token.head
    while described.dep_ == "appos" and described.head is not described:
        described = described.head
    return (
        token.dep_ == "relcl"
        and described.dep_ in SUBJECT_DEPS
        and any(other.i == described.head.i and other.i > token.i for other in cues)
    )


def reporting_head(
    token: Token, subject: tuple[int, int], spans: SpanIndex, offset: int, depth: int = 3
) -> tuple[Token, tuple[int, int]] | None:
    """``She said she was thinking, “...”``: a cue whose subject is a pronoun,
    in the clause reported by another reporting verb, gives way to that verb and
    its subject (the attribution is ``She said``): ``(token, subject)`` or None.
    Goes on up while the subject found is a pronoun again (``The senator said he
    rarely asks them to stump for him, “...”`` is ``The senator said``)."""
    doc = token.doc
    words = doc_text(doc)[subject[0] - offset : subject[1] - offset].lower()
    owner = token  # the verb holding the subject: "Kobb said he welcomed it and added, “...”"
    for _ in range(4):
        if any(c.dep_ in SUBJECT_DEPS for c in owner.children) or owner.dep_ not in ("conj", "advcl"):
            break
        if owner.dep_ == "advcl" and owner.tag_ != "VBG":
            break
        owner = owner.head
    if words not in PRONOUNS_PERSON or owner.dep_ not in ("ccomp", "xcomp"):
        return None
    head = owner.head
    if head is token or head.lower_ not in speech_forms() or spans.covers(offset + head.idx):
        return None
    outer = cue_speaker(head, spans, offset, adjacent=False)
    if outer is None or _document_relays_person(words, doc_text(doc)[outer[0] - offset : outer[1] - offset]):
        return None
    higher = reporting_head(head, outer, spans, offset, depth - 1) if depth > 1 else None
    return higher or (head, outer)


#: Pronouns of people that never stand for a document (not ``it``).
_PEOPLE_PRONOUNS = frozenset("he she they i we".split())


def _document_relays_person(inner: str, outer: str) -> bool:
    """True when the subject ``outer`` of a reporting verb is a document and
    the subject ``inner`` of the verb it reports is a person's pronoun (``The
    complaint says he told them ... “...”``): the pronoun cannot be the
    document, so the inner verb stays the cue and the document relays the
    words (``via``); ``She said she was thinking, “...”`` still goes up."""
    words = outer.lower().split()
    return inner in _PEOPLE_PRONOUNS and bool(words) and words[-1] in SOURCE_NOUNS


def mistagged_cue(after: list[Token], spans: SpanIndex, offset: int) -> Cue | None:
    """``“...,” Kobb answers.`` / ``Venn, the head of the group, Tweeted``: a
    reporting verb the parse takes for a noun (``answers``/NNS, ``notes``) among
    the first words after a quote, not after a determiner and ending its clause
    (punctuation, an adverb or a preposition next). Its subject is found from
    the words before it (see :func:`attribute`)."""
    forms = speech_forms()
    words = [t for t in after if not t.is_space]
    for k, token in enumerate(words[:8]):
        if token.lower_ not in forms or token.pos_ in ("VERB", "AUX") or spans.covers(offset + token.idx):
            continue
        previous = words[k - 1] if k else None
        following = words[k + 1] if k + 1 < len(words) else None
        if (
            previous is None
            or previous.pos_ in ("DET", "ADP")
            or (previous.is_punct and previous.text not in (",",))
        ):
            continue
        if following is None or following.is_punct or following.pos_ in ("ADP", "ADV"):
            start = offset + token.idx
            return Cue(start=start, end=start + len(token), text=token.text, confidence=0.8)
    return None


def governing_cue(doc: Doc, span: QuotedSpan, cue: Cue, spans: SpanIndex, offset: int) -> Cue | None:
    """``When Kobb announced his run, he called the migrants “criminals”``: quoted
    words inside a sentence belong to the verb whose clause holds them. When the
    reporting verb found before them governs another clause (a subordinate one
    the quote is not in), the verb governing the quote, with its subject, is the
    cue; None to keep ``cue``."""
    token = cue.token
    if token is None or token.lower_ == "according":
        return None
    inside = tokens_between(doc, span.start - offset, span.end - offset)
    if not inside:
        return None
    first = inside[0]
    if any(a.i == token.i for a in first.ancestors) or token.dep_ not in ("advcl", "relcl"):
        return None  # the cue governs the quote, or is no subordinate clause
    if any(c.dep_ == "mark" and c.lower_ in ("as", "like") for c in token.children):
        return None  # "as the paper noted, ...": a parenthetical attribution
    verb = first.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < token.i:
        return None
    subject = cue_speaker(verb, spans, offset, adjacent=False)
    if subject is None:
        return None
    return token_cue(verb, offset, subject, confidence=0.8)


def reports_new_words(text: str, span: QuotedSpan, token: Token, spans: SpanIndex, offset: int) -> bool:
    """True when a cue after a quote that ends its sentence (``“... field.” He
    added that members are ...``, ``“...” She noted a planned rally``) reports
    words of its own (a clause, or a thing said, after the verb) outside the
    quotation: it starts a new statement rather than attributing the quote."""
    if not text[span.start : span.end].rstrip().endswith((".", "!", "?", "…")):
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return True  # “...” The campaign did not elaborate.
    if token.dep_ == "relcl":
        return True  # “...” Dahl, whose group advises the council, added ...: a clause about Dahl
    for child in token.children:
        if child.i <= token.i or spans.covers(offset + child.idx):
            continue
        if child.dep_ in ("ccomp", "xcomp"):
            return True
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.lower_ not in SPEAKER_NOUNS:
            return True  # not "asked the crowd", "told the reporter"
        if child.dep_ == "dobj" and child.lower_ in ("it", "this", "that"):
            return True  # “...?” Her critics cited it as evidence that ...
    return False


def cue_then_colon_verb(
    text: str, span: QuotedSpan, after_start: int, after: list[Token], spans: SpanIndex, offset: int
) -> bool:
    """``“...,” Kobb said before adding: “...”``: after a quote closed by a comma, a
    cue among the first words speaks it, and a later verb before the colon
    introduces the next quote; with no other verb (``“...,” Kobb said: “...”``)
    the cue speaks both."""
    if "," not in text[span.end : after_start + 1]:
        return False
    words = [t for t in after if not t.is_punct and not t.is_space]
    cues = list(cue_tokens(words[:4], spans, offset))
    if not cues:
        return False
    last = words[-1] if words else None
    if last is not None and last.i > cues[0].i + 1 and last.pos_ == "VERB":
        return True
    # “...,” Kobb said: “...” / “...,” said Venn, the harbour master: “...”: the cue
    # speaks the quote closed by the comma, and introduces the next one as well
    return not any(t.pos_ == "VERB" and t.i != cues[0].i and not spans.covers(offset + t.idx) for t in words)


def sentence_before_cue(text: str, doc: Doc, span: QuotedSpan, offset: int, spans: SpanIndex) -> Cue | None:
    """``Or maybe, digital consultant Ansel Kobb says. “...”``: a quote opening a
    sentence with no attribution of its own takes a reporting verb with a
    speaker from the sentence right before it in the paragraph, when that
    sentence quotes nothing."""
    rel = len(text[offset : span.open_at].rstrip())
    if rel <= 0 or text[offset + rel - 1] not in ".:;":
        return None
    s_start, _s_end = sentence_bounds(doc, rel - 1)
    if holds_mark(text, offset + s_start, offset + rel):
        return None
    tokens = tokens_between(doc, s_start, rel)
    cue = first_cue(tokens, spans, offset, reverse=True)
    if cue is None or cue.subject is None or cue.text == "according to":
        return None
    cue.confidence = min(cue.confidence, 0.7)
    return cue


def verb_cue_before(
    text: str, span: QuotedSpan, before: list[Token], spans: SpanIndex, offset: int
) -> Cue | None:
    """``Kobb shot back, “...”``: with no reporting verb next to a quote that a
    comma or colon introduces, the nearest verb before it with a speaker for a
    subject; after a colon, a sentence's copula too (``Venn was blunt: “...”``)."""
    lead = text[max(0, span.open_at - 4) : span.open_at].rstrip()
    if not lead.endswith((",", ":")):
        return None
    for token in reversed(before):
        copula = (  # not in a clause a verb before it reports ("said Kobb was a candidate:")
            lead.endswith(":")
            and token.pos_ == "AUX"
            and any(c.dep_ in ("acomp", "attr") for c in token.children)
            and not (token.head.i < token.i and token.head.pos_ == "VERB")
        )
        if (token.pos_ == "VERB" or copula) and not spans.covers(offset + token.idx):
            near = before[-1].i - token.i <= 2 and not copula
            subject = cue_speaker(token, spans, offset, adjacent=False, strict=not near)
            if subject is not None:
                return token_cue(token, offset, subject, confidence=0.7)
    return None


#: A clause right after a quoted object that says whose words they are or
#: what they name (``mocked “the people's budget,” the name Voss gave her
#: plan``, ``attacked “...,” as his rival had called it``, ``“our offer,”
#: which management put forward``): not the subject's words.
_OWNED_OBJECT_AFTER_RE = re.compile(
    r"[,;]?[ \xa0]*(?:[—–][ \xa0]*)?(?:(?:the|a|her|his|their|its)[ \xa0]+(?:name|term|phrase|label|words|slogan|title)\b"
    r"|as[ \xa0]|which[ \xa0]|that[ \xa0])",
    re.IGNORECASE,
)


def object_verb_cue(
    text: str, span: QuotedSpan, before: list[Token], spans: SpanIndex, offset: int
) -> Cue | None:
    """``The company blamed “softer demand and high stocks.”``: a verb whose
    object is the quoted words, right before the opening mark, with a subject
    who speaks (:data:`~quotes.extract.lexicon.QUOTED_OBJECT_VERBS`); the words
    open in lower case (``unveiled “Harbour Moves”`` names a plan) and no clause
    after them gives them another owner (``the name Voss gave her plan``); else None."""
    if not before or not text[span.start : span.start + 1].islower():
        return None
    if span.close_at is not None and _OWNED_OBJECT_AFTER_RE.match(text, span.close_at + 1):
        return None
    verb = before[-1]
    verb_end = offset + verb.idx + len(verb)
    if verb.pos_ != "VERB" or verb.lower_ not in QUOTED_OBJECT_FORMS or text[verb_end : span.open_at].strip():
        return None
    subject = cue_speaker(verb, spans, offset)
    return token_cue(verb, offset, subject, confidence=0.7) if subject is not None else None


def verb_cue_after(
    text: str, span: QuotedSpan, after: list[Token], spans: SpanIndex, offset: int
) -> Cue | None:
    """``“...,” Kobb thanked Venn``: with no reporting verb next to a quote closed
    by a comma, a question or an exclamation, one of the first words after it
    that is a verb with a speaker for a subject."""
    tail = text[max(span.start, span.end - 1) : (span.close_at or span.end) + 1]
    trailing = any(mark in tail for mark in ",?!") or text[
        span.end : (span.close_at or span.end)
    ].strip() in (",",)
    if not trailing:
        return None
    for token in after[:5]:
        if token.pos_ == "VERB" and not spans.covers(offset + token.idx):
            subject = cue_speaker(token, spans, offset, adjacent=False, strict=False)
            if subject is not None:
                return token_cue(token, offset, subject, confidence=0.7)
    return None
