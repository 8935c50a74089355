"""What the stance tagger reads of a quote: features of its parse, its cue and its words.

A quote is judged with its attribution (``X warned``, ``called on X to``) and,
for a partial quote, the reporter's sentence it sits in. :func:`quote_features`
parses the paragraph around each quote with the project's spaCy pipeline
(:func:`quotes.extract.pipeline.load_pipeline`) and returns one
:class:`Features` per quote: named numeric features (the cue's frame and
negation, the clause types of the content: imperatives, obligation modals,
futures; persons, tense, sentiment) with the words each one rests on, so a
stored tag can say why it was given.

The feature names are the vocabulary of the trained model
(:mod:`quotes.enrich.stance_model`): renaming one means retraining.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from quotes.extract.direct_quote_words import HEDGE_MODALS
from quotes.extract.lexicon import is_speech_verb
from quotes.extract.pipeline import FAST_POS, load_pipeline, one_blas_thread
from quotes.ingest.paragraphs import paragraph_of

if TYPE_CHECKING:  # spaCy objects come from the extract pipeline's loader
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

CONTEXT_CHARS = 400
"""At most this many characters of the paragraph on each side of a quote are parsed."""

NOT_PARSED = ("ner", FAST_POS)
"""Pipeline components the features do not use: names cost half the parse, and
the attribute ruler sets the morphology the lemmatizer reads, which the
extractor's stand-in for it does not."""

OBLIGATION_MODALS = frozenset({"must", "should", "ought", "shall"})
OBLIGATION_HEADS = frozenset({"need", "needs", "needed", "have", "has", "got"})
FUTURE_MODALS = frozenset({"will", "'ll", "wo", "’ll"})
FORECAST_WORDS = frozenset(
    "expect expects expected expecting likely unlikely probably predict predicts forecast "
    "anticipate soon eventually inevitably confident".split()
)
IMPERATIVE_SKIP = frozenset({"please", "so", "and", "now", "just", "then", "but", "oh", "well", "hey"})
NOT_IMPERATIVE = frozenset(
    {"thank", "welcome", "bless", "see", "say", "mind", "look", "come", "note", "repeat"}
    | {"imagine", "take", "wait", "listen", "remember", "think", "believe", "trust", "hear", "consider"}
)
"""Verbs that open a sentence as figures of speech, not commands (``Imagine a
town without ...``, ``Take it from me``, ``Wait for me``, ``Note that ...``,
``Repeat after me``)."""
DO_FORMS = frozenset({"did", "didn", "does", "doesn"})
"""Forms of ``do`` a parse may take for a bare verb (``Didn't lose``, ``Doesn't
matter``): no command."""
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our", "myself", "ourselves"})
SECOND_PERSON = frozenset({"you", "your", "yourself", "yourselves"})
THIRD_PERSON = frozenset({"he", "she", "they", "him", "her", "them", "his", "their"})
CONTRAST_WORDS = frozenset({"but", "however", "yet", "although", "though"})
REASON_WORDS = frozenset({"because", "reason", "why", "since", "so", "therefore", "necessary"})
FEELING_WORDS = frozenset(
    "feel feels felt feeling love loved hope hoped excited happy sad proud worried afraid scared "
    "glad sorry regret regretted miss missed".split()
)
STRONG_VALENCE = 1.5
"""Sentiment-lexicon words at least this strong count as evaluative words."""
NEGATIONS = frozenset({"not", "n't", "never", "no", "nothing", "none", "nobody", "neither", "nor"})
_CUE_FRAME_DEPS = ("prt", "prep", "dobj")
CLAIM_NOUNS = frozenset(
    "claim report accusation allegation charge idea notion suggestion rumor rumour story criticism".split()
)
"""Objects that make a frame of the cue (``rejected claims``, ``dismissed reports``)."""


@dataclass(frozen=True)
class QuoteSpan:
    """Where a quote is: its article's text and offsets, and those of its cue
    (the attribution verb) when the extractor found one."""

    article: str
    start: int
    end: int
    cue_start: int | None = None
    cue_end: int | None = None
    kind: str = "direct"

    @property
    def text(self) -> str:
        return self.article[self.start : self.end]


@dataclass
class Features:
    """The features of one quote: ``values`` by name, ``words`` the words each
    rests on (for evidence), and the texts the rules read."""

    values: dict[str, float] = field(default_factory=dict)
    words: dict[str, list[str]] = field(default_factory=dict)
    cue_phrase: str = ""
    """The cue with its particles and complements (``called on``, ``rejected claims``)."""
    cue_negated: bool = False
    judged: str = ""
    """The words judged: the quote, or for a partial quote the sentence it sits in."""

    def add(self, name: str, value: float, word: str | None = None) -> None:
        """Add ``value`` to feature ``name``, noting ``word`` as its evidence."""
        self.values[name] = self.values.get(name, 0.0) + value
        if word:
            self.words.setdefault(name, []).append(word)


@lru_cache(maxsize=1)
def _sentiment():  # -> SentimentIntensityAnalyzer
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


def context_bounds(quote: QuoteSpan) -> tuple[int, int]:
    """The part of the article parsed for ``quote``: its paragraph(s), the cue's
    too, at most :data:`CONTEXT_CHARS` either side."""
    low = min(quote.start, quote.cue_start if quote.cue_start is not None else quote.start)
    high = max(quote.end, quote.cue_end if quote.cue_end is not None else quote.end)
    first, _ = paragraph_of(quote.article, low, low + 1)
    _, last = paragraph_of(quote.article, max(low, high - 1), high)
    start = max(first if first is not None else 0, low - CONTEXT_CHARS)
    end = min(last if last is not None else len(quote.article), high + CONTEXT_CHARS)
    return min(start, quote.start), max(end, quote.end)


def quote_features(quotes: Sequence[QuoteSpan], *, nlp: Language | None = None) -> list[Features]:
    """The :class:`Features` of each quote, parsing their contexts in one batch
    (a context shared by several quotes of a paragraph is parsed once)."""
    nlp = nlp if nlp is not None else load_pipeline()
    bounds = [context_bounds(q) for q in quotes]
    keys = [(id(q.article), start, end) for q, (start, end) in zip(quotes, bounds)]
    unique = list(dict.fromkeys(keys))
    texts = {key: quote.article[key[1] : key[2]] for key, quote in zip(keys, quotes)}
    disable = [name for name in NOT_PARSED if name in nlp.pipe_names]
    with one_blas_thread():
        docs = dict(zip(unique, nlp.pipe([texts[key] for key in unique], disable=disable)))
    return [features_of(q, docs[key], key[1]) for q, key in zip(quotes, keys)]


def features_of(quote: QuoteSpan, doc: Doc, offset: int) -> Features:
    """The features of ``quote`` from ``doc``, the parse of the article from ``offset``."""
    found = Features()
    inside = [t for t in doc if quote.start <= t.idx + offset < quote.end and not t.is_space]
    cue = _cue_token(quote, doc, offset, inside)
    judged = _judged_tokens(quote, doc, inside, cue)
    found.judged = "".join(t.text_with_ws for t in judged).strip()
    if cue is not None:
        _cue_features(found, cue, inside)
    _clause_features(found, judged if quote.kind == "partial" else _outside_nested_quotes(judged))
    _person_features(found, judged)
    _word_features(found, judged, quote)
    return found


def _cue_token(quote: QuoteSpan, doc: Doc, offset: int, inside: list[Token]) -> Token | None:
    """The attribution verb: the token at the stored cue, else the verb outside
    the quote that governs it, else a speech verb in the quote's sentence."""
    if quote.cue_start is not None:
        span = doc.char_span(quote.cue_start - offset, (quote.cue_end or quote.cue_start) - offset, "expand")
        if span is not None and len(span):
            verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
            return verbs[0] if verbs else span.root
    members = {t.i for t in inside}
    for token in inside:
        head = token.head
        if head.i not in members and head.pos_ == "VERB":
            return head
    if inside:
        sentence = inside[0].sent
        for token in sentence:
            if token.i not in members and token.pos_ == "VERB" and is_speech_verb(token.lemma_.lower()):
                return token
    return None


def _judged_tokens(quote: QuoteSpan, doc: Doc, inside: list[Token], cue: Token | None) -> list[Token]:
    """The quote's tokens; for a partial quote the whole sentence it sits in
    (the reporter's words around a fragment carry its stance)."""
    if quote.kind != "partial" or not inside:
        return inside
    sentences: list[Span] = []
    for token in inside:
        if token.sent not in sentences:
            sentences.append(token.sent)
    return [t for s in sentences for t in s if not t.is_space]


def _cue_features(found: Features, cue: Token, inside: list[Token]) -> None:
    """The cue's frame (particles, prepositions, objects: ``called on``,
    ``rejected claims``) and whether it is negated (``did not criticize``)."""
    members = {t.i for t in inside}
    parts = [cue.text]
    for child in cue.children:
        if child.dep_ not in _CUE_FRAME_DEPS:
            continue
        claim = child.dep_ == "dobj" and child.lemma_.lower() in CLAIM_NOUNS
        # a claim may be the quote's own first words (dismissed "accusations that ...")
        if claim or (child.dep_ in ("prt", "prep") and child.i not in members):
            parts.append(child.text)
    found.cue_phrase = " ".join(parts)
    found.cue_negated = any(c.dep_ == "neg" or c.lower_ == "never" for c in cue.children)
    found.add("cue_negated", float(found.cue_negated), cue.text if found.cue_negated else None)
    found.add("cue_said", float(cue.lemma_.lower() in ("say", "tell", "add")), None)
    if any(c.dep_ == "xcomp" and any(g.tag_ == "TO" for g in c.children) for c in cue.children):
        found.add("cue_to_infinitive", 1.0, found.cue_phrase)


def _outside_nested_quotes(tokens: list[Token]) -> list[Token]:
    """``tokens`` less the words quoted inside the quote (``she said: 'Talk to me'``):
    words the speaker reports are not the speaker's own commands or forecasts."""
    kept, nested = [], False
    for token in tokens:
        if token.is_quote:
            nested = not nested
        elif not nested:
            kept.append(token)
    return kept if not nested else tokens


def _clause_pieces(tokens: list[Token]) -> Iterator[list[Token]]:
    """``tokens`` cut at sentence starts and at quotation marks: the clauses a
    speaker says one after another."""
    piece: list[Token] = []
    for token in tokens:
        if piece and (token.is_sent_start or token.is_quote):
            yield piece
            piece = []
        if not token.is_quote:
            piece.append(token)
    if piece:
        yield piece


def _imperative(piece: list[Token]) -> Token | None:
    """The verb of ``piece`` when it is a command (``Open the door!``, ``Let's
    face it``, ``Don't hide things``): a bare verb first, with no subject."""
    opening = next((t for t in piece if not t.is_punct), None)
    if opening is None or opening.text[:1].islower() or piece[-1].text == "?":
        # a piece opening in lower case is a fragment of a sentence (``to
        # "renounce war"``), not a sentence of its own
        return None
    words = [t for t in piece if not t.is_punct and t.lower_ not in IMPERATIVE_SKIP]
    if not words:
        return None
    first = words[0]
    follows = words[1].lower_ if len(words) > 1 else ""
    if first.lower_ == "let" and follows:
        # "Let me be clear" announces what the speaker says; "let's", "let us" urge
        return None if follows == "me" else first
    if first.lower_ == "do" and follows in ("n't", "not"):
        return first
    if first.tag_ != "VB" or first.lower_ in NOT_IMPERATIVE or first.lower_ in DO_FORMS or _a_name(first):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in first.children):
        return None
    return first


def _a_name(word: Token) -> bool:
    """Whether ``word`` is written with a capital inside a sentence elsewhere
    in the parsed text: a name (``Trump a big turnoff``), not a verb."""
    return any(
        other.text == word.text and not other.is_sent_start and other.i != word.i for other in word.doc
    )


def _clause_features(found: Features, tokens: list[Token]) -> None:
    """Commands, obligations (``must``, ``need to``), futures (``will``,
    ``going to``), hedges (``may``, ``could``) and forecasts (``likely``)."""
    for piece in _clause_pieces(tokens):
        verb = _imperative(piece)
        if verb is not None:
            found.add("imperative", 1.0, verb.text)
    for token in tokens:
        lower = token.lower_
        negated = any(c.dep_ == "neg" for c in token.head.children) or any(
            c.dep_ == "neg" for c in token.children
        )
        if lower in OBLIGATION_MODALS and token.tag_ == "MD":
            found.add("obligation", 1.0, token.text)
        elif lower in OBLIGATION_HEADS and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            found.add("obligation", 1.0, f"{token.text} to")
        elif lower in FUTURE_MODALS and token.tag_ == "MD":
            found.add("future", 1.0, token.text)
        elif lower == "going" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            found.add("future", 1.0, "going to")
        elif lower in HEDGE_MODALS and token.tag_ == "MD":
            found.add("hedge", 1.0, token.text)
        if lower in FORECAST_WORDS:
            found.add("forecast", 1.0, token.text)
        if lower in NEGATIONS and token.dep_ in ("neg", "det", "nsubj", "dobj", "advmod", "pobj"):
            found.add("negation", 1.0, token.text)
        if negated and lower in OBLIGATION_MODALS:
            found.add("negated_obligation", 1.0, token.text)


def _person_features(found: Features, tokens: list[Token]) -> None:
    """Who the clauses are about: the persons of the subjects, named subjects."""
    for token in tokens:
        if token.dep_ not in ("nsubj", "nsubjpass"):
            continue
        lower = token.lower_
        if lower in FIRST_PERSON:
            found.add("subject_first", 1.0, token.text)
        elif lower in SECOND_PERSON:
            found.add("subject_second", 1.0, token.text)
        elif lower in THIRD_PERSON or token.pos_ == "PROPN":
            found.add("subject_other", 1.0, token.text)


def _word_features(found: Features, tokens: list[Token], quote: QuoteSpan) -> None:
    """Length, tense, questions, contrast and reasons, and sentiment (VADER)."""
    words = [t for t in tokens if not t.is_punct]
    verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and t.tag_ != "MD"]
    found.add("length", math.log1p(len(words)))
    found.add("short", float(len(words) <= 3))
    found.add("partial", float(quote.kind == "partial"))
    found.add("past", sum(t.tag_ == "VBD" for t in verbs) / len(verbs) if verbs else 0.0)
    found.add("question", float(any(t.text == "?" for t in tokens)))
    found.add("exclamation", float(any(t.text == "!" for t in tokens)))
    for token in tokens:
        if token.lower_ in CONTRAST_WORDS:
            found.add("contrast", 1.0, token.text)
        if token.lower_ in REASON_WORDS:
            found.add("reason", 1.0, token.text)
    _narrative_features(found, tokens)
    _evaluative_features(found, tokens)
    scores = _sentiment().polarity_scores(found.judged)
    found.add("sentiment_negative", scores["neg"], _valenced(found.judged, negative=True))
    found.add("sentiment_positive", scores["pos"], _valenced(found.judged, negative=False))
    others = found.values.get("subject_other", 0) + found.values.get("subject_second", 0)
    aimed = 1.0 if others and others >= found.values.get("subject_first", 0) else 0.0
    found.add("negative_at_others", scores["neg"] * aimed)
    found.add("positive_at_others", scores["pos"] * aimed)


def _narrative_features(found: Features, tokens: list[Token]) -> None:
    """Recollection and feelings in the first person (``I felt``, ``we went``):
    what the speaker tells of themselves rather than of others."""
    for token in tokens:
        if token.dep_ != "nsubj" or token.lower_ not in FIRST_PERSON:
            continue
        head = token.head
        if head.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ == "aux" for c in head.children):
            found.add("first_person_past", 1.0, f"{token.text} {head.text}")
        if head.lemma_.lower() in FEELING_WORDS or head.lower_ in FEELING_WORDS:
            found.add("first_person_feeling", 1.0, f"{token.text} {head.text}")


def _evaluative_features(found: Features, tokens: list[Token]) -> None:
    """Strongly negative and positive words of the sentiment lexicon, not
    negated, and whether the clause they are in is about someone else."""
    lexicon = _sentiment().lexicon
    for token in tokens:
        valence = lexicon.get(token.lower_, 0.0)
        if abs(valence) < STRONG_VALENCE:
            continue
        if any(c.dep_ == "neg" for c in token.head.children) or any(c.dep_ == "neg" for c in token.children):
            valence = -valence
        kind = "negative" if valence < 0 else "positive"
        found.add(f"strong_{kind}", 1.0, token.text)
        subjects = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")] + [
            c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
        ]
        if any(s.lower_ not in FIRST_PERSON and s.lower_ not in ("it", "this", "that") for s in subjects):
            found.add(f"strong_{kind}_about_others", 1.0, token.text)


_WORD = re.compile(r"[\w'’-]+")


def _valenced(text: str, *, negative: bool) -> str | None:
    """The words of ``text`` that the sentiment lexicon counts as negative (or positive)."""
    lexicon = _sentiment().lexicon
    words = [
        w
        for w in _WORD.findall(text)
        if w.lower() in lexicon and (lexicon[w.lower()] < 0 if negative else lexicon[w.lower()] > 0)
    ]
    return " ".join(words[:5]) or None
