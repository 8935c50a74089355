"""Finding quotes in a text and attributing them: the extraction engine.

:func:`extract_quotes` takes an article text and returns :class:`Quote` records
(direct, partial and, when :mod:`quotes.extract.indirect` is available, indirect quotes)
with offsets into the text and a resolved speaker. :func:`extract_many` does the
same for a stream of texts, one list per text, holding one article at a time.

How it works:

1. :func:`quotes.extract.quotemarks.find_quoted` finds the spans between quotation
   marks (pure text, recovers from stray marks, joins multi-paragraph quotes).
2. A cheap regex pass keeps the paragraphs holding a quote mark or a reporting
   verb (:func:`quotes.extract.cues.cue_regex`); only those go through spaCy
   (``nlp.pipe``), each with its offset so that every offset stays exact.
3. For each quoted span the sentence around it gives the cue (a reporting verb
   next to the quote, or ``according to``) and its subject, the speaker
   mention; a quote with no cue of its own continues the previous speaker.
   Quoted words that are not speech (scare quotes, titles) are dropped.
4. :class:`quotes.extract.attribution.SpeakerRegistry` resolves each mention (``he``,
   ``Easley``, ``the spokesman``) to a name and carries roles and affiliations.

Nothing here raises on odd input: an article the engine cannot handle gives an
empty list (and the failure is logged).
"""

from __future__ import annotations

import bisect
import itertools
import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from quotes.extract.attribution import (
    GROUP_NOUNS,
    NOT_NAME_START,
    ORG_HEADS,
    PERSON_NOUNS,
    PRONOUNS,
    PRONOUNS_GROUP,
    PRONOUNS_PERSON,
    SOURCE_NOUNS,
    SpeakerRegistry,
    after_dateline,
    appositive_after,
    dateline_subject,
    speaker_kind,
    strip_determiner,
    title_before,
)
from quotes.extract.cues import cue_regex, is_speech_verb, phrasal_speech_forms, speech_forms
from quotes.extract.quotemarks import QuotedSpan, find_quoted
from quotes.records import Article, Quote

log = logging.getLogger(__name__)

#: spaCy components the engine does not use: lemmas come from the cue lexicon's
#: own forms, and names from the text (the NER model costs half the pipeline's
#: time). The attribute ruler is replaced by :func:`_build_pos_setter`.
UNUSED_COMPONENTS = ("lemmatizer", "ner")

_LINE_RE = re.compile(r"[^\n]+")

#: The longest window of text handed to spaCy at once. A longer run of
#: candidate sentences (a paragraph of a megabyte) is cut at sentence ends, a
#: longer sentence at a space: the parse stays linear in the text size, memory
#: stays bounded and spaCy never sees a text over its ``max_length`` (E088).
MAX_WINDOW = 10_000
_SCARE_BEFORE = re.compile(
    r"(?:so-called|so called|dubbed|titled|entitled|named|nicknamed|known as|the word|the term|"
    r"the phrase|the words|labeled|labelled|branded|headlined|headline|book|film|show|song|"
    r"program|programme|series|slogan|motto|campaign|operation|hashtag)\s*$",
    re.IGNORECASE,
)
_ADDRESSEE_RES = (
    re.compile(
        r"\b(?:told|tells|telling|tell)\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*)"
    ),
    re.compile(
        r"\binterview(?:s|ed)?\s+(?:with|on|by|to)\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+)?[A-Z][\w'’.&-]*)*)"
    ),
    re.compile(r"\b(?:said|says|speaking)\s+(?:on|to)\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)"),
)
SPEAKER_NOUNS = PERSON_NOUNS | GROUP_NOUNS | ORG_HEADS | SOURCE_NOUNS
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_MENTION_RIGHT_CUT = frozenset(
    {"appos", "relcl", "acl", "prep", "punct", "cc", "conj", "advmod", "advcl", "npadvmod"}
)


@dataclass
class _Cue:
    """A cue found near a quote: the token(s) and the speaker mention span (doc indices)."""

    start: int  # char offsets in the article
    end: int
    text: str
    subject: Any = None  # (start, end) of the speaker mention, or None
    token: Any = None
    confidence: float = 1.0


class _Spans(list):
    """The quoted spans of an article, sorted by opening mark, with a bisect index:
    "is this character inside a quotation" and "the next/previous quote" cost
    ``O(log n)`` instead of a scan of every span (which made long texts quadratic)."""

    def __init__(self, spans: Iterable[QuotedSpan] = ()):
        super().__init__(sorted(spans, key=lambda s: s.open_at))
        self.opens = [s.open_at for s in self]
        self.closes = [s.close_at if s.close_at is not None else s.end for s in self]
        self.max_close: list[int] = []
        highest = -1
        for close in self.closes:
            highest = max(highest, close)
            self.max_close.append(highest)

    def covers(self, absolute: int) -> bool:
        """True when ``absolute`` lies between a span's opening and closing marks (inclusive)."""
        i = bisect.bisect_right(self.opens, absolute) - 1
        if i < 0 or self.max_close[i] < absolute:
            return False
        while i >= 0 and self.max_close[i] >= absolute:
            if self.closes[i] >= absolute:
                return True
            i -= 1
        return False

    def opening_from(self, start: int) -> int:
        """Index of the first span whose opening mark is at or after ``start``."""
        return bisect.bisect_left(self.opens, start)


def _as_spans(spans) -> _Spans:
    return spans if isinstance(spans, _Spans) else _Spans(spans)


def _lines(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LINE_RE.finditer(text) if m.group(0).strip()]


_SPLIT_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|vs|No|Lt))(?<!\b(?:Gen|Gov|Sen|Rep|Col|Mrs|Sgt|Adm))(?<!\b(?:Capt|Prof))"
    r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]?[A-Z0-9])"
)


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cheap sentence spans of ``text[start:end]`` (a line), for choosing what to parse."""
    spans = []
    position = start
    for match in _SPLIT_RE.finditer(text, start, end):
        cut = match.end()
        spans.append((position, cut))
        position = cut
    if position < end:
        spans.append((position, end))
    return spans


def _candidates(
    text: str, lines, spans: list[QuotedSpan], *, limit: int = MAX_WINDOW
) -> list[tuple[int, int]]:
    """The parts of lines worth parsing: runs of sentences holding a quote (from
    its opening to its closing mark) or a cue word; other sentences are skipped.
    No part is longer than ``limit`` characters (see :func:`_windows`)."""
    extents = [(s.open_at, (s.close_at if s.close_at is not None else s.end) + 1) for s in spans]
    regex = cue_regex()
    keep: list[tuple[int, int]] = []
    index = 0
    for start, end in lines:
        while index < len(extents) and extents[index][1] <= start:
            index += 1
        here = []
        for a, b in extents[index:]:
            if a >= end:
                break
            if b > start:
                here.append((a, b))
        if not here and not regex.search(text, start, end) and not text[start:end].rstrip().endswith(":"):
            continue
        here.sort()
        opens = [a for a, _ in here]
        reach: list[int] = []  # reach[i]: the furthest end among here[: i + 1]
        for _, b in here:
            reach.append(max(b, reach[-1]) if reach else b)
        run: tuple[int, int] | None = None
        for s_start, s_end in _sentences(text, start, end):
            last = bisect.bisect_left(opens, s_end) - 1  # extents opening before the sentence ends
            wanted = (
                (last >= 0 and reach[last] > s_start)
                or regex.search(text, s_start, s_end)
                or (s_end == end and text[s_start:s_end].rstrip().endswith(":"))
            )
            if wanted:
                run = (run[0], s_end) if run is not None else (s_start, s_end)
            elif run is not None:
                keep.append(_trim(text, *run))
                run = None
        if run is not None:
            keep.append(_trim(text, *run))
    return [
        window
        for start, end in keep
        if end > start
        for window in _windows(text, start, end, limit)
        if window[1] > window[0]
    ]


def _windows(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` cut into windows of at most ``limit`` characters, at
    sentence ends when it can, else at the last space (else anywhere)."""
    if end - start <= limit:
        yield start, end
        return
    run_start = start
    run_end = start
    for s_start, s_end in _sentences(text, start, end):
        if s_end - run_start <= limit:
            run_end = s_end
            continue
        if run_end > run_start:
            yield _trim(text, run_start, run_end)
            run_start = s_start
        while s_end - run_start > limit:  # one sentence longer than a window
            cut = text.rfind(" ", run_start + limit // 2, run_start + limit)
            cut = cut + 1 if cut > run_start else run_start + limit
            yield _trim(text, run_start, cut)
            run_start = cut
        run_end = s_end
    if run_end > run_start:
        yield _trim(text, run_start, run_end)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _build_pos_setter(nlp):
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
    """The cached fast POS setter of ``nlp`` (see :func:`_build_pos_setter`)."""
    key = id(nlp)
    if key not in _POS_SETTERS:
        try:
            _POS_SETTERS[key] = _build_pos_setter(nlp)
        except Exception:
            log.exception("could not build the POS setter; using the attribute ruler")
            _POS_SETTERS[key] = None
    return _POS_SETTERS[key]


def _load(nlp):
    if nlp is None:
        from quotes.extract.nlp import load_pipeline

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
    pending: deque[_Prepared] = deque()

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


def quote_record(quote: Quote, *, article: str | None = None) -> dict[str, Any]:
    """A quote as a flat JSON-ready dict (``article`` names where it was found)."""
    record: dict[str, Any] = {"article": article} if article is not None else {}
    record.update(quote.to_dict())
    return record


@dataclass
class _Prepared:
    """The text pass over one article: quoted spans and the lines to parse."""

    text: str
    spans: list[QuotedSpan]
    candidates: list[tuple[int, int]]


def _window_limit(nlp) -> int:
    """The window size for ``nlp``: :data:`MAX_WINDOW`, less when the pipeline's
    ``max_length`` is lower."""
    max_length = getattr(nlp, "max_length", None)
    if isinstance(max_length, int) and max_length > 1:
        return max(1, min(MAX_WINDOW, max_length - 1))
    return MAX_WINDOW


def _prepare_safely(text: str, *, limit: int = MAX_WINDOW) -> _Prepared:
    if not isinstance(text, str) or not text.strip():
        return _Prepared("" if not isinstance(text, str) else text, [], [])
    try:
        spans = _Spans(find_quoted(text))
        return _Prepared(text, spans, _candidates(text, _lines(text), spans, limit=limit))
    except Exception:
        log.exception("quote mark scan failed on a text of %d characters", len(text))
        return _Prepared(text, [], [])


def _finish_safely(prepared: _Prepared, docs: list) -> list[Quote]:
    text = prepared.text
    if not prepared.candidates:
        return []
    try:
        quotes = _extract(prepared, docs)
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


def _indirect_finder():
    try:
        from quotes.extract.indirect import find_indirect
    except Exception:
        return None
    return find_indirect


def _extract(prepared: _Prepared, docs: list) -> list[Quote]:
    text, candidates = prepared.text, prepared.candidates
    spans = _as_spans(prepared.spans)
    registry = SpeakerRegistry(text)
    registry.quoted = [(q.start, q.end) for q in spans]
    find_indirect = _indirect_finder()
    parsed = list(zip(candidates, docs))
    doc_at = {start: (start, end, doc) for (start, end), doc in parsed}

    # each quoted span belongs to the line holding its closing mark (or its end)
    by_line: dict[int, list[QuotedSpan]] = {}
    starts = [start for start, _ in candidates]
    for span in spans:
        anchor = span.close_at if span.close_at is not None else span.end - 1
        line = _line_of(candidates, starts, span.start, anchor)
        if line is not None:
            by_line.setdefault(line, []).append(span)
    taken_all = [(s.open_at, (s.close_at if s.close_at is not None else s.end) + 1) for s in spans]

    quotes: list[Quote] = []
    previous: Quote | None = None
    relatives: dict[int, tuple[int, int]] = {}
    name_words = _name_words(registry)
    for (l_start, l_end), doc in parsed:
        doc.user_data["quotes.name_words"] = name_words
        _register_entities(registry, doc, l_start, text)
        labels = {(l_start + e.start_char, l_start + e.end_char): e.label_ for e in doc.ents}
        found: list[Quote] = []
        for span in by_line.get(l_start, []):
            quote = _attribute(text, span, doc, l_start, doc_at, spans, relatives=relatives)
            if quote is not None:
                found.append(quote)
        if find_indirect is not None:
            taken = _overlapping(taken_all, spans, l_start, l_end)
            try:
                found.extend(
                    q
                    for q in find_indirect(doc, offset=l_start, taken=taken)
                    if not _within(q.cue_start, taken) and not _within(q.speaker_start, taken)
                )  # "they argue" inside a quotation belongs to the quote
            except Exception:
                log.exception("indirect quote finder failed")
        found.sort(key=lambda q: q.start)
        for quote in found:
            resolved = _resolve_pronoun_by_parse(registry, quote, text, previous, doc, l_start, labels, spans)
            if resolved is None:
                resolved = _resolve(registry, quote, text, previous, l_start, labels)
            who = relatives.pop(id(quote), None)
            if who is not None and quote.speaker_start is not None:
                quote.speaker_start, quote.speaker_end = who  # resolved through the name, rests on "who"
            if not _nested(quote, found, text) and not _in_attribution_of(quote, previous, text):
                # "Carter said that some critics had predicted ...": the next quote
                # continues Carter, not the speaker of a clause inside his words
                previous = resolved
            if quote.speaker is not None or quote.kind == "direct":
                quotes.append(quote)
    if find_indirect is not None:  # "Name: headline" on the first line (quotes.extract.indirect)
        from quotes.extract.indirect import find_headline

        for quote in find_headline(text, taken=[(q.start, q.end) for q in quotes]):
            _resolve(registry, quote, text, None, 0, {})
            if quote.speaker is not None:
                quotes.append(quote)
    quotes.sort(key=lambda q: (q.start, q.end))
    return _dedupe(quotes)


def _name_words(registry: SpeakerRegistry) -> frozenset[str]:
    """The words of the article's runs of capitalised words that read as
    people's names (``Bernie Sanders`` gives ``Bernie`` and ``Sanders``): a
    subject among them is a speaker whatever tag the parse gives it."""
    words = set()
    for _, _, name in registry.candidates:
        if speaker_kind(name) == "person":
            words.update(w for w in name.split() if len(w) > 2 and w[:1].isupper() and not w.endswith("."))
    return frozenset(words)


def _line_of(candidates: list[tuple[int, int]], starts: list[int], start: int, anchor: int) -> int | None:
    """The start of the first candidate holding ``anchor`` (a quote's closing
    mark), or the one holding ``start`` when the quote runs past its end."""
    i = bisect.bisect_right(starts, anchor) - 1
    if i >= 0 and candidates[i][0] <= anchor < candidates[i][1]:
        # a quote over several paragraphs belongs to the one it closes in: its
        # attribution follows the closing mark ("...,” added Mara Venn.)
        return candidates[i][0]
    i = bisect.bisect_right(starts, min(start, anchor)) - 1
    for c_start, c_end in candidates[max(i, 0) :]:
        if c_start > max(start, anchor):
            break
        if c_start <= start < c_end and anchor >= c_end:
            return c_start
    return None


def _overlapping(
    extents: list[tuple[int, int]], spans: _Spans, start: int, end: int
) -> list[tuple[int, int]]:
    """The extents (one per span of ``spans``, same order) overlapping ``[start, end)``."""
    found = []
    j = spans.opening_from(end) - 1
    while j >= 0 and spans.max_close[j] + 1 > start:
        if extents[j][1] > start:
            found.append(extents[j])
        j -= 1
    found.reverse()
    return found


def _nested(quote: Quote, found: list[Quote], text: str) -> bool:
    """True when ``quote`` lies inside the content of another indirect quote of
    its line (``Carter said that for decades some critics had predicted ...``:
    the critics speak inside Carter's words). ``text`` is the article."""
    return any(
        other is not quote
        and other.kind == "indirect"
        and other.start <= quote.start
        and quote.end <= other.end
        and (other.start, other.end) != (quote.start, quote.end)
        and other.cue_start is not None
        and other.cue_start < (quote.cue_start if quote.cue_start is not None else len(text))
        for other in found
    )


def _in_attribution_of(quote: Quote, previous: Quote | None, text: str) -> bool:
    """True for an indirect quote inside the sentence attributing the direct
    quote before it (``“...?” said Murphy, using a term Rubio has used to
    describe Kobb, on a call.``): the next quote continues Murphy, not Rubio."""
    if (
        quote.kind != "indirect"
        or previous is None
        or previous.kind == "indirect"
        or previous.cue_start is None
    ):
        return False
    if not previous.end <= previous.cue_start < quote.start:
        return False
    between = text[previous.cue_start : quote.start]
    return "\n" not in between and not _SENTENCE_END_RE.search(between)


def _within(position: int | None, extents: list[tuple[int, int]]) -> bool:
    """True when ``position`` falls inside one of the ``(start, end)`` extents."""
    return position is not None and any(start < position < end for start, end in extents)


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """Drop an indirect quote covering the same words as a direct one."""
    kept: list[Quote] = []
    direct = sorted((q for q in quotes if q.kind != "indirect"), key=lambda q: q.start)
    starts = [d.start for d in direct]
    for quote in quotes:
        if quote.kind == "indirect" and any(
            d.end <= quote.end and (d.end - d.start) >= 0.8 * (quote.end - quote.start)
            for d in direct[
                bisect.bisect_left(starts, quote.start) : bisect.bisect_left(starts, quote.end + 1)
            ]
        ):
            continue
        kept.append(quote)
    return kept


# --- entities -------------------------------------------------------------------


def _register_entities(registry: SpeakerRegistry, doc, offset: int, text: str) -> None:
    """Record the full names of people the line names, with title and appositive."""
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        name = ent.text.strip()
        if len(name.split()) < 2:
            registry.mention(name.removesuffix("’s").removesuffix("'s"), offset + ent.start_char)
            continue
        start = offset + ent.start_char
        end = offset + ent.end_char
        role, affiliation = appositive_after(text, end)
        role = title_before(text, start) or role
        registry.add(name, kind="person", position=start, role=role, affiliation=affiliation)


# --- attribution of one quoted span -------------------------------------------------


def _doc_text(doc) -> str:
    """``doc.text``, computed once per doc (spaCy joins the tokens on every access,
    which made every quote of a long paragraph cost the whole paragraph)."""
    text = doc.user_data.get("quotes.text")
    if text is None:
        text = doc.user_data["quotes.text"] = doc.text
    return text


def _tokens_between(doc, start: int, end: int):
    """Tokens of ``doc`` whose characters fall in ``[start, end)`` (doc-relative)."""
    start, end = max(0, start), min(len(_doc_text(doc)), end)
    if start >= end:
        return []
    span = doc.char_span(start, end, alignment_mode="contract")
    return list(span) if span is not None else []


def _inside_any(char: int, spans: list[QuotedSpan], offset: int) -> bool:
    absolute = char + offset
    if isinstance(spans, _Spans):
        return spans.covers(absolute)
    return any(s.open_at <= absolute <= (s.close_at if s.close_at is not None else s.end) for s in spans)


def _cue_tokens(tokens, spans, offset):
    forms = speech_forms()
    for token in tokens:
        if _inside_any(token.idx, spans, offset):
            continue
        if token.dep_ == "amod" and token.head.i == token.i + 1 and token.head.pos_ == "NOUN":
            continue  # "in a written statement", "prepared remarks": a participle describing a noun
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
        if lower in forms or (token.pos_ == "VERB" and is_speech_verb(token.lemma_ or "")):
            if (
                token.pos_ in ("VERB", "AUX")
                or token.tag_.startswith("VB")
                or lower in ("said", "says", "told")
            ):
                yield token
            elif (
                lower in forms
                and token.pos_ == "NOUN"
                and any(c.dep_ in _SUBJECT_DEPS for c in token.children)
            ):
                yield token  # "Article 33 affirms:" with "affirms" tagged as a plural noun that has a subject


def _sentence_bounds(doc, char: int) -> tuple[int, int]:
    """Doc-relative character bounds of the sentence holding ``char``."""
    bounds = doc.user_data.get("quotes.sentence_bounds")
    if bounds is None:  # computed once per doc: iterating doc.sents per quote was quadratic
        bounds = [(sent.start_char, sent.end_char) for sent in doc.sents]
        doc.user_data["quotes.sentence_bounds"] = bounds
    i = bisect.bisect_right(bounds, (char, float("inf"))) - 1
    if i >= 0 and bounds[i][0] <= char < bounds[i][1]:
        return bounds[i]
    return 0, len(_doc_text(doc))


def _attribute(
    text: str, span: QuotedSpan, doc, offset: int, doc_at, spans, *, relatives: dict | None = None
) -> Quote | None:
    """A :class:`Quote` for a quoted span, with its cue and speaker mention (not yet resolved).

    When the cue's subject is a relative pronoun (``Beck, who said “...”``) the
    mention is the name it stands for, resolved as such, and ``relatives`` (when
    given) maps ``id(quote)`` to the offsets of the pronoun: the attribution rests
    on it, so it becomes the mention once the name is resolved."""
    close = span.close_at if span.close_at is not None else span.end
    after_start = close + (_mark_width(text, close) if span.close_at is not None else 0)
    line_end = offset + len(_doc_text(doc))
    after_end = _after_frame_end(text, span, after_start, line_end, spans)
    after = _tokens_between(doc, after_start - offset, after_end - offset) if after_end > after_start else []
    if after and not _opens_clause(text, span):
        # quoted words inside a sentence: the words after them attribute them only
        # as ", X said" (or "” X said") right after the closing mark
        forms = speech_forms()
        head = [t for t in after[:9] if not t.is_punct]
        closing = text[span.end : after_start + 2]
        comma = "," in closing  # “...,” Smith said / “...”, Smith said
        named = _NAME_APPOSITIVE_CUE_RE.match(text[after_start:after_end].lstrip(" \t\xa0"))
        said = any(t.lower_ in forms for t in head[:4]) or (
            named is not None and named.group(1).lower() in forms
        )
        if not said:  # “...,” NEA President Lily Eskelsen García said: a longer name, then the cue
            cue_at = next((k for k, t in enumerate(head[:8]) if t.lower_ in forms), None)
            said = cue_at is not None and all(
                t.pos_ in ("PROPN", "NOUN", "ADJ", "DET") for t in head[:cue_at]
            )
        if not (
            comma
            and head
            and said
            and not text[span.start : after_start].rstrip(" \"”'’").endswith((".", "!", "?"))
        ):
            after = []  # (also “...,” Ansel Kobb, a harbour pilot, told the paper)
    if (
        after
        and text[after_start:after_end].rstrip().endswith(":")
        and not _cue_then_colon_verb(text, span, after_start, after, spans, offset)
    ):
        after = []  # "Mr. Zahed said:" introduces the next quote, not this one
    cue = _first_cue(after, spans, offset, reverse=False)
    if cue is None and after and span.close_at is not None:
        cue = _mistagged_cue(after, spans, offset)  # “...,” Bozell answers.
    if cue is not None and cue.token is not None and _reports_new_words(text, span, cue.token, spans, offset):
        cue = (
            None  # “... field.” He added that members are ...: a new statement, not this quote's attribution
        )
    if cue is not None and cue.subject is None and cue.start > after_start:
        # “...,” Ansel Kobb, the mayor's former chief of staff, said: the parse lost the subject
        named = (
            _NAME_APPOS_RE.match(text, after_start, cue.start)
            or _ROLE_NAME_RE.match(text, after_start, cue.start)
            or _NP_BEFORE_CUE_RE.match(text, after_start, cue.start)
        )
        if named is not None and named.group(1).split()[0] not in _NOT_SPEAKERS:
            cue.subject = (named.start(1), named.end(1))
    if (
        cue is not None
        and not _starts_sentence(text, span.open_at)
        and after_end < line_end
        and (text[after_start:after_end].rstrip().endswith(","))
    ):
        deferred, cue = (
            cue,
            None,
        )  # “...,” adding, “...”: that cue introduces the next quote; try before first
    else:
        deferred = None
    if (
        (cue is None or cue.subject is None)
        and span.close_at is not None
        and "," in text[span.end : after_start + 1]
    ):
        document = _DOCUMENT_SAID_RE.match(text, after_start, line_end)
        if document is not None and document.group("noun") in SOURCE_NOUNS:
            cue = _Cue(
                document.start("verb"),
                document.end("verb"),
                document.group("verb"),
                (document.start(1), document.end(1)),
                None,
                0.9,
            )
    signature = _SIGNATURE_RE.match(text, after_start) if span.close_at is not None else None
    if signature is None and span.close_at is not None and (cue is None or cue.subject is None):
        signature = _SIGNATURE_LINE_RE.match(
            text, after_start
        )  # the quote, then "- Sanders." alone on a line
    if signature is None and span.close_at is None and (cue is None or cue.subject is None):
        # "... the stimulus.\nJosh Vane, Harbour Policy Institute.": an unclosed quote
        # whose closing mark ends the line signing it
        signature = _UNCLOSED_SIGNATURE_RE.match(text, span.end)
        if signature is not None and _has_verb_word(signature.group(0)):
            signature = None
    if signature is not None and (cue is None or cue.start > signature.end(1)):
        # “...” ― Carla Mendes: a name signing the quote
        cue = _Cue(
            signature.start(), signature.start(1), "―", (signature.start(1), signature.end(1)), None, 0.8
        )
    before: list = []
    if _starts_sentence(text, span.open_at):
        before_offset = offset  # a quote opening a sentence: the sentence before is not its frame
        lead_end = span.open_at  # where the text before the mark ends, blanks dropped
        while lead_end > 0 and text[lead_end - 1].isspace():
            lead_end -= 1
        if lead_end and text[lead_end - 1] == ":" and "\n" in text[lead_end : span.open_at]:
            # "Stated Stone:" on the line before the quote
            for start, end, other in doc_at.values():
                if start <= lead_end - 1 < end:
                    s_start, _ = _sentence_bounds(other, lead_end - 1 - start)
                    before = _tokens_between(other, s_start, lead_end - start)
                    before_offset = start
                    break
    elif span.open_at >= offset:
        before_start = _before_frame_start(text, doc, span.open_at, offset, spans)
        before = _tokens_between(doc, before_start - offset, span.open_at - offset)
        before_offset = offset
    else:
        # a quote opened in an earlier paragraph: its cue may stand before it there
        before_offset = offset
        for start, end, other in doc_at.values():
            if start <= span.open_at < end:
                before_start = _before_frame_start(text, other, span.open_at, start, spans)
                before = _tokens_between(other, before_start - start, span.open_at - start)
                before_offset = start
                break
    if cue is None or cue.subject is None:
        before_cue = _introducing_verb(before, spans, before_offset) or _first_cue(
            before, spans, before_offset, reverse=True
        )
        if before_cue is not None and not _opens_clause(text, span) and before_offset == offset:
            governing = _governing_cue(doc, span, before_cue, spans, offset)
            if governing is not None:
                before_cue = governing
        if before_cue is not None and before_cue.subject is None and before:
            # "..., Col. Ansel Kobb, a harbour spokesman, said, “...”": the parse lost the subject
            frame_start = before_offset + before[0].idx
            named = _NAME_APPOS_BEFORE_RE.search(text, frame_start, before_cue.start)
            if named is not None and _names_someone(named.group(1)):
                before_cue.subject = (named.start(1), named.end(1))
        if before_cue is not None and (cue is None or before_cue.subject is not None):
            cue = before_cue
    if deferred is not None and (cue is None or cue.subject is None):
        cue = deferred
    if cue is None or cue.subject is None:
        fallback = _fallback_cue(before, after, text, span, spans, offset, before_offset)
        if fallback is not None:
            cue = fallback
    if (
        (cue is None or cue.subject is None)
        and _starts_sentence(text, span.open_at)
        and span.open_at > offset
    ):
        introduced = _sentence_before_cue(text, doc, span, offset, spans)
        if introduced is not None:
            cue = introduced
    kind = _kind(text, span, cue)
    if kind is None:
        return None
    quote = Quote(
        text=text[span.start : span.end],
        start=span.start,
        end=span.end,
        kind=kind,
        confidence=span.confidence,
    )
    if cue is not None:
        quote.cue, quote.cue_start, quote.cue_end = cue.text, cue.start, cue.end
        quote.confidence = min(quote.confidence, cue.confidence)
        if cue.subject is not None:
            quote.speaker_start, quote.speaker_end = cue.subject
            quote.speaker = text[cue.subject[0] : cue.subject[1]]
            if relatives is not None and cue.token is not None:
                who = _relative_subject(cue.token, cue.start - cue.token.idx)
                if who is not None and cue.subject[1] <= who[0]:
                    relatives[id(quote)] = who
        quote.addressee = _addressee(text, cue.start, cue.end, close, offset + len(_doc_text(doc)))
    return quote


def _governing_cue(doc, span: QuotedSpan, cue: _Cue, spans, offset: int) -> _Cue | None:
    """``When Kobb announced his run, he called the migrants “criminals”``: quoted
    words inside a sentence belong to the verb whose clause holds them. When the
    reporting verb found before them governs another clause (a subordinate one
    the quote is not in), the verb governing the quote, with its subject, is the
    cue; None to keep ``cue``."""
    token = cue.token
    if token is None or token.lower_ == "according":
        return None
    inside = _tokens_between(doc, span.start - offset, span.end - offset)
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
    subject = _subject(verb, spans, offset, adjacent=False)
    if subject is None:
        return None
    return _Cue(offset + verb.idx, offset + verb.idx + len(verb), verb.text, subject, verb, 0.8)


def _reports_new_words(text: str, span: QuotedSpan, token, spans, offset: int) -> bool:
    """True when a cue after a quote that ends its sentence (``“... field.” He
    added that members are ...``, ``“...” She noted a planned rally``) reports
    words of its own (a clause, or a thing said, after the verb) outside the
    quotation: it starts a new statement rather than attributing the quote."""
    if not text[span.start : span.end].rstrip().endswith((".", "!", "?", "…")):
        return False
    if any(c.dep_ == "neg" for c in token.children):
        return True  # “...” The campaign did not elaborate.
    for child in token.children:
        if child.i <= token.i or _inside_any(child.idx, spans, offset):
            continue
        if child.dep_ in ("ccomp", "xcomp"):
            return True
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.lower_ not in SPEAKER_NOUNS:
            return True  # not "asked the crowd", "told the reporter"
        if child.dep_ == "dobj" and child.lower_ in ("it", "this", "that"):
            return True  # “...?” Her critics cited it as evidence that ...
    return False


def _mistagged_cue(after, spans, offset: int) -> _Cue | None:
    """``“...,” Bozell answers.`` / ``Murphy, the head of the group, Tweeted``: a
    reporting verb the parse takes for a noun (``answers``/NNS, ``notes``) among
    the first words after a quote, not after a determiner and ending its clause
    (punctuation, an adverb or a preposition next). Its subject is found from
    the words before it (see :func:`_attribute`)."""
    forms = speech_forms()
    words = [t for t in after if not t.is_space]
    for k, token in enumerate(words[:8]):
        if (
            token.lower_ not in forms
            or token.pos_ in ("VERB", "AUX")
            or _inside_any(token.idx, spans, offset)
        ):
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
            return _Cue(offset + token.idx, offset + token.idx + len(token), token.text, None, None, 0.8)
    return None


def _cue_then_colon_verb(text: str, span: QuotedSpan, after_start: int, after, spans, offset: int) -> bool:
    """``“...,” Kobb said before adding: “...”``: after a quote closed by a comma, a
    cue among the first words speaks it, and a later verb before the colon
    introduces the next quote; with no other verb (``“...,” Kobb said: “...”``)
    the cue speaks both."""
    if "," not in text[span.end : after_start + 1]:
        return False
    words = [t for t in after if not t.is_punct and not t.is_space]
    cues = list(_cue_tokens(words[:4], spans, offset))
    if not cues:
        return False
    last = words[-1] if words else None
    if last is not None and last.i > cues[0].i + 1 and last.pos_ == "VERB":
        return True
    # “...,” Kobb said: “...” / “...,” said Venn, the harbour master: “...”: the cue
    # speaks the quote closed by the comma, and introduces the next one as well
    return not any(
        t.pos_ == "VERB" and t.i != cues[0].i and not _inside_any(t.idx, spans, offset) for t in words
    )


def _line_start(text: str, position: int, *, reach: int = 20_000) -> int:
    """The start of the line holding ``position``; a line longer than ``reach``
    is taken to start ``reach`` characters back (searching further on every
    quote of a megabyte-long line would be quadratic)."""
    low = max(0, position - reach)
    found = text.rfind("\n", low, position)
    return found + 1 if found >= 0 else low


def _sentence_before_cue(text: str, doc, span: QuotedSpan, offset: int, spans) -> _Cue | None:
    """``Or maybe, digital consultant Ansel Kobb says. “...”``: a quote opening a
    sentence with no attribution of its own takes a reporting verb with a
    speaker from the sentence right before it in the paragraph, when that
    sentence quotes nothing."""
    rel = len(text[offset : span.open_at].rstrip())
    if rel <= 0 or text[offset + rel - 1] not in ".:;":
        return None
    s_start, _s_end = _sentence_bounds(doc, rel - 1)
    if any(mark in text[offset + s_start : offset + rel] for mark in '“”"«»'):
        return None
    tokens = _tokens_between(doc, s_start, rel)
    cue = _first_cue(tokens, spans, offset, reverse=True)
    if cue is None or cue.subject is None or cue.text == "according to":
        return None
    cue.confidence = min(cue.confidence, 0.7)
    return cue


def _opens_clause(text: str, span: QuotedSpan) -> bool:
    """True when a quote opens its sentence or follows a comma or colon (direct speech)."""
    if _starts_sentence(text, span.open_at):
        return True
    return text[max(0, span.open_at - 4) : span.open_at].rstrip().endswith((",", ":"))


def _starts_sentence(text: str, open_at: int) -> bool:
    """True when the quote mark at ``open_at`` opens a line or follows a sentence end."""
    lead = text[max(0, open_at - 200) : open_at]
    stripped = lead.rstrip(" \t\u00a0")
    if not stripped or stripped.endswith("\n"):
        return True
    return stripped.endswith((".", "!", "?", ".”", "?”", "!”", '."', '?"', "…")) and not re.search(
        r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|U\.S)\.$", stripped
    )


def _mark_width(text: str, i: int) -> int:
    return 2 if text.startswith("''", i) else 1


_SENTENCE_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|vs|Lt))(?<!\b(?:Mrs|Rep|Sen|Gov|Gen|Col|Sgt|Adm))(?<!\b(?:Capt|Prof|Reps|Sens))"
    r"[.!?](?=[\s\"”’']|$)"
)


def _after_frame_end(text: str, span: QuotedSpan, after_start: int, line_end: int, spans) -> int:
    """Where the words after a closing mark that can attribute it end: the end of
    the sentence, the next quote, or the line. A quote that ends its own sentence
    (``...done.” Next sentence``) has no after frame, unless a short one follows
    (``“Why?” Smith asked.``)."""
    end = _next_mark(text, after_start, line_end, spans)
    match = _SENTENCE_END_RE.search(text, after_start, end)
    if match:
        end = match.start() + 1
    content = text[span.start : span.end].rstrip()
    if content.endswith((".", "!", "?", "…")):
        following = text[after_start:end].strip()
        if following.split(" ", 1)[0].rstrip(",") in _NEW_SENTENCE_OPENERS:
            return after_start  # “...” But Kobb, again, did not respond in kind.
        if following[:1].isupper() and len(following.split()) > 6:
            # a new sentence, unless it opens with the attribution ("Trump said of ...")
            forms = speech_forms()
            parenthetical = _PARENTHETICAL_CUE_RE.match(following)
            if parenthetical and parenthetical.group(1).lower() in forms:
                return after_start  # "“...” This sort of talk, the paper claimed, violates ...": the new sentence's
            words = [w.strip(",.") for w in following.split()[:5]]
            phrasal = phrasal_speech_forms()
            if not any(w in forms for w in words) and not any(
                f"{a} {b}".lower() in phrasal for a, b in itertools.pairwise(words)
            ):
                # (nor a two-word cue: “...?” Kobb went on, as if ...)
                # also “...?” Miller, a retired worker from the plant, said pleasantly.
                named = _NAME_APPOSITIVE_CUE_RE.match(following)
                if named is None or named.group(1).lower() not in forms:
                    return after_start
    return end


def _before_frame_start(text: str, doc, open_at: int, offset: int, spans) -> int:
    """Where the words before an opening mark that can attribute it begin: the
    start of the sentence holding the word before the mark, after any earlier quote."""
    rel = open_at - offset
    if rel <= 0:
        return open_at
    s_start, _ = _sentence_bounds(doc, max(0, rel - 1))
    # the sentence splitter can split after "U.S." or before the mark: also stop at
    # the last sentence end we trust
    start = offset + s_start
    return _previous_mark(text, start, open_at, spans)


def _fallback_cue(
    before, after, text: str, span: QuotedSpan, spans, offset: int, before_offset: int
) -> _Cue | None:
    """When no reporting verb is next to a quote: the nearest verb with a speaker
    for a subject (``Hillary shot back, “...”``; ``X thanked Y for “...”``), or a
    headline's ``Name: ‘...’``."""
    lead = text[max(0, span.open_at - 4) : span.open_at].rstrip()
    introduced = lead.endswith((",", ":"))
    tail = text[max(span.start, span.end - 1) : (span.close_at or span.end) + 1]
    trailing = any(mark in tail for mark in ",?!") or text[
        span.end : (span.close_at or span.end)
    ].strip() in (",",)
    for token in reversed(before if introduced else []):
        if token.pos_ == "VERB" and not _inside_any(token.idx, spans, before_offset):
            near = before[-1].i - token.i <= 2 if before else False
            subject = _subject(token, spans, before_offset, adjacent=False, strict=not near)
            if subject is not None:
                return _Cue(
                    before_offset + token.idx,
                    before_offset + token.idx + len(token),
                    token.text,
                    subject,
                    token,
                    0.7,
                )
    if trailing:
        for token in after[:5]:
            if token.pos_ == "VERB" and not _inside_any(token.idx, spans, offset):
                subject = _subject(token, spans, offset, adjacent=False, strict=False)
                if subject is not None:
                    return _Cue(
                        offset + token.idx, offset + token.idx + len(token), token.text, subject, token, 0.7
                    )
    line_start = _line_start(text, span.open_at)
    match = _HEADLINE_SPEAKER_RE.match(text, line_start, span.open_at)
    if match is None:
        match = _INLINE_SPEAKER_RE.search(text, max(line_start, span.open_at - 60), span.open_at)
    if match and match.group(1).split()[0] not in _NOT_SPEAKERS:
        return _Cue(match.end(1), match.end(1) + 1, ":", (match.start(1), match.end(1)), None, 0.6)
    owned = _OWNED_WORDS_RE.search(text, max(line_start, span.open_at - 120), span.open_at)
    if owned and owned.group(1).split()[0] not in _NOT_SPEAKERS | {"The", "A", "An"}:
        # "Clinton’s response was: “...”": whose words they are
        return _Cue(
            owned.start("noun"),
            owned.end("noun"),
            owned.group("noun"),
            (owned.start(1), owned.end(1)),
            None,
            0.6,
        )
    return None


#: ``Clinton’s response was:`` / ``Kobb's reply:`` right before a quote
_OWNED_WORDS_RE = re.compile(
    r"\b([A-Z][\w'’-]*(?:[ \xa0]+[A-Z][\w'’-]*){0,3})[’']s[ \xa0]+(?:[a-z][\w-]*[ \xa0]+){0,2}?"
    r"(?P<noun>response|reply|answer|reaction|retort|message|comment|verdict|words|advice|tweet)"
    r"(?:[ \xa0]+(?:was|is|read|reads|had been))?[ \xa0]*[:,]?[ \xa0]*$"
)
_NAME_APPOS_RE = re.compile(
    r"[\s,'’\"”]*(?:[\w.'’-]+[ \xa0]+){0,3}?([A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){1,3}),"
    r"(?:[^\n\"“”]|[“\"][^\n\"“”]{1,40}[”\"]){1,120},[ \xa0]*$"
)  # a role may come first (harbour delegate Ansel Kobb, ...), the appositive may hold a short quoted name
#: ``Col. Ansel Kobb, a harbour spokesman, said``: a name, an appositive, then the cue
_NAME_APPOS_BEFORE_RE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:[ \xa0]+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,3}),[^\n\"“”,]{1,120},[ \xa0]*$"
)
#: “...?” the 43-year-old asked / “...,” Bozell answers: the words between the quote and the cue
_NP_BEFORE_CUE_RE = re.compile(
    r"[\s,'’\"”]*((?:the|a|an|one|another|[A-Z][\w.'’-]*|\d[\w-]*)(?:[ \xa0]+[\w.'’-]+){0,4}?)[ \xa0]*$"
)
#: “...,” the presumptive nominee, Ansel Kobb, tweeted: a role, then the name in apposition
_ROLE_NAME_RE = re.compile(
    r"[\s,'’\"”]*(?:the|a|an|his|her|their|its)[ \xa0][^\n\"“”,]{1,80},[ \xa0]*"
    r"([A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){1,3}),[ \xa0]*$"
)
#: Words that open a new sentence after a quote, never its attribution.
_NEW_SENTENCE_OPENERS = frozenset({"But", "And", "Yet", "So", "Still", "However", "Meanwhile", "Then", "Or"})
#: A sentence opening with a phrase, then a cue between commas (``This sort of talk, the paper claimed,``)
_PARENTHETICAL_CUE_RE = re.compile(r"[^,\n]{1,60},[ \xa0]*(?:[\w.'’-]+[ \xa0]+){1,4}?(\w+),")
#: A name, an appositive between commas, then a verb: ``Miller, a retired worker, said``
_NAME_APPOSITIVE_CUE_RE = re.compile(
    r"[A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*){0,3},[^,\n\"“”]{1,100},[ \xa0]*(\w+)\b"
)
_HEADLINE_SPEAKER_RE = re.compile(
    r"\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})(?:\s*\([^()\n]{1,30}\))?:(?:\s|$)"
)  # "Kasich: ...", "Rep. Trey Gowdy (R-S.C.):\"..."
#: “...,” the editorial read / the document states: the parse takes the verb for a noun
_DOCUMENT_SAID_RE = re.compile(
    r"[ \t]*((?:the|a|an|his|her|its|their|one)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?P<noun>[a-z]+))[ \t]+"
    r"(?P<verb>read|reads|states|stated|said|says|added|adds|warned|warns|declared|declares)\b"
)
#: (the blanks around a signature are often no-break spaces in web text: “...”\xa0― Name)
_SIGNATURE_RE = re.compile(r"[ \t\xa0]*[―—–]+[ \t\xa0]*([A-Z][\w.'’-]*(?:[ \t\xa0]+[A-Z][\w.'’-]*){0,3})")
_SIGNATURE_LINE_RE = re.compile(
    r"[ \t\xa0]*\n\s*[-―—–]+[ \t\xa0]*([A-Z][\w'’-]*(?:[ \t\xa0]+(?:[A-Z]\.|[A-Z][\w'’-]*)){0,3})"
    r"(?:,[ \t\xa0]+[^\n]{1,80}?)?\.?[ \t\xa0]*(?=\n|$)"
)  # "- Sanders." / "-Mara Venn, Brennmoor." / "-Mara Venn, tweeting after the vote."

_UNCLOSED_SIGNATURE_RE = re.compile(
    r"[ \t\xa0]*\n[ \t\xa0]*[-―—–]?[ \t\xa0]*([A-Z][\w'’-]*(?:[ \t\xa0]+(?:[A-Z]\.|[A-Z][\w'’-]*)){1,3})(?:,[ \t\xa0]+[A-Z][^\n,\"”]{1,80})?\.?[\"”][ \t\xa0]*(?=\n|$)"
)


def _names_someone(words: str) -> bool:
    """True when a run of capitalised words can be a name (not ``On Saturday``,
    ``In December``, ``Watch Video``)."""
    split = words.split()
    return (
        bool(split)
        and split[0] not in _NOT_SPEAKERS
        and split[0] not in NOT_NAME_START
        and not any(w.lower() in _TIME_WORDS for w in split)
    )


def _has_verb_word(line: str) -> bool:
    """True when a short line reads as a sentence (a verb form among its
    lower-case words), not a signature."""
    return any(
        w.endswith(("ed", "ing")) or w in ("is", "are", "was", "were", "has", "have", "will", "can")
        for w in re.findall(r"\b[a-z]+\b", line)
    )


_INLINE_SPEAKER_RE = re.compile(r"(?:^|[-–—]\s+)([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}):\s*$")
_NOT_SPEAKERS = frozenset(
    "Watch Video Update UPDATE Exclusive EXCLUSIVE Breaking BREAKING Opinion Editorial Analysis Note Photos Listen Read Related Source Sources Transcript Editor".split()
)


def _next_mark(text: str, start: int, limit: int, spans) -> int:
    """The end of the frame after a quote: the next quote's opening mark or
    ``limit``; a short quoted title on the way (pins reading “Vote Ann”) does not end it."""
    spans = _as_spans(spans)
    for s in spans[spans.opening_from(start) :]:
        if s.open_at >= limit:
            break
        if start <= s.open_at < limit:
            if len(text[s.start : s.end].split()) <= 4 and s.close_at is not None and s.close_at < limit:
                continue
            return s.open_at
    return limit


def _previous_mark(text: str, limit: int, end: int, spans) -> int:
    """The start of the frame before a quote: the previous quote's closing mark or ``limit``."""
    spans = _as_spans(spans)
    best = limit
    j = spans.opening_from(end) - 1  # spans opening before ``end``, latest first
    while j >= 0 and spans.max_close[j] >= limit:
        close = spans.closes[j]
        if limit <= close < end:
            best = max(best, close + 1)
        j -= 1
    return best


_AFTER_ONLY = frozenset({"continue", "continues", "continued", "continuing"})


def _followed_by_colon(token) -> bool:
    nxt = token.i + 1
    return nxt < len(token.doc) and token.doc[nxt].text in (":", ",")


def _introducing_verb(tokens, spans, offset) -> _Cue | None:
    """``Hillary shot back, “...”``: the verb right before a comma or colon that
    opens a quote introduces it, even when a reporting verb stands further back."""
    words = [t for t in tokens if not t.is_space]
    if len(words) < 2 or words[-1].text not in (",", ":"):
        return None
    for token in reversed(words[-4:-1]):
        if token.pos_ == "VERB" and not _inside_any(token.idx, spans, offset):
            if _subordinate(token):
                return None  # "once the Senate goes on recess, “...”": not who speaks
            subject = _subject(token, spans, offset, adjacent=False, strict=False)
            if subject is None:
                return None
            outer = _reporting_head(token, subject, spans, offset)
            if outer is not None:  # "Kobb said he welcomed it and added, “...”"
                token, subject = outer
            return _Cue(offset + token.idx, offset + token.idx + len(token), token.text, subject, token)
    return None


_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "pcomp", "csubj", "csubjpass", "amod", "pobj"})


def _subordinate(token) -> bool:
    """True for a verb of a subordinate clause (``after 14 people were killed``,
    ``whose rights were restored``, ``unless rivals quit``): its subject is not
    who speaks the quote the sentence introduces."""
    return token.dep_ in _SUBORDINATE_DEPS


def _first_cue(tokens, spans, offset, *, reverse: bool) -> _Cue | None:
    cues = list(_cue_tokens(tokens, spans, offset))
    if reverse:
        # "continue" attributes only what comes before it ("...," he continued)
        cues = [t for t in reversed(cues) if t.lower_ not in _AFTER_ONLY or _followed_by_colon(t)]
    last = tokens[-1].i if tokens else -1
    for token in cues:
        # right after a quote ("...," the host said) or right before one
        # (a child replied, “...”) any noun can be the speaker
        near = reverse and last - token.i <= 2
        subject = _subject(token, spans, offset, strict=reverse and not near)
        if subject is not None and token.lower_ != "according":
            outer = _reporting_head(token, subject, spans, offset)
            if outer is not None:
                token, subject = outer
        if token.lower_ == "according":
            return _Cue(
                offset + token.idx, offset + token.idx + len("according to"), "according to", subject, token
            )
        if subject is not None or not reverse:
            return _Cue(offset + token.idx, offset + token.idx + len(token), token.text, subject, token)
    if cues:
        token = cues[0]
        return _Cue(offset + token.idx, offset + token.idx + len(token), token.text, None, token)
    return None


def _reporting_head(token, subject: tuple[int, int], spans, offset: int, depth: int = 3):
    """``She said she was thinking, “...”``: a cue whose subject is a pronoun,
    in the clause reported by another reporting verb, gives way to that verb and
    its subject (the attribution is ``She said``): ``(token, subject)`` or None.
    Goes on up while the subject found is a pronoun again (``The senator said he
    rarely asks them to stump for him, “...”`` is ``The senator said``)."""
    doc = token.doc
    words = _doc_text(doc)[subject[0] - offset : subject[1] - offset].lower()
    owner = token  # the verb holding the subject: "Kobb said he welcomed it and added, “...”"
    for _ in range(4):
        if any(c.dep_ in _SUBJECT_DEPS for c in owner.children) or owner.dep_ not in ("conj", "advcl"):
            break
        if owner.dep_ == "advcl" and owner.tag_ != "VBG":
            break
        owner = owner.head
    if words not in PRONOUNS_PERSON or owner.dep_ not in ("ccomp", "xcomp"):
        return None
    head = owner.head
    if head is token or head.lower_ not in speech_forms() or _inside_any(head.idx, spans, offset):
        return None
    outer = _subject(head, spans, offset, adjacent=False)
    if outer is None:
        return None
    higher = _reporting_head(head, outer, spans, offset, depth - 1) if depth > 1 else None
    return higher or (head, outer)


def _subject(token, spans, offset, *, adjacent: bool = True, strict: bool = True) -> tuple[int, int] | None:
    """Article offsets of the speaker mention for a cue token, from the parse
    (its subject, ``according to X``), or adjacent words when the parse misses."""
    doc = token.doc
    if token.lower_ == "according":
        to = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if to is not None:
            for child in to.children:
                if child.dep_ == "pobj":
                    return _mention(child, offset)
            if to.i + 1 < len(doc):
                return _mention(_np_head(doc, to.i + 1), offset)
        return None
    verb = token
    for _ in range(4):
        subjects = []
        for c in verb.children:
            if c.dep_ not in _SUBJECT_DEPS:
                continue
            if not _inside_any(c.idx, spans, offset):
                c = dateline_subject(c)
                if c is not None:
                    subjects.append(c)
            else:  # “..., competitors,” Ansel Kobb, the ..., said: the parse hangs the name on a quoted word
                subjects.extend(
                    a
                    for a in c.children
                    if a.dep_ == "appos" and a.pos_ == "PROPN" and not _inside_any(a.idx, spans, offset)
                )
        # the parse can give two subjects (a dateline, a place): take the nearest
        subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
        if subject is not None and subject.dep_ == "nsubjpass" and verb is token:
            # "Sanders was asked by host Bill Maher, “...”": who asks is the agent
            agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            if agents and not _inside_any(agents[0].idx, spans, offset):
                subject = agents[0]
        if subject is not None:
            if subject.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
                return _mention(verb.head, offset) if _plausible_speaker(verb.head) else None
            subject = _appositive_name(_outside_parentheses(subject))
            if _plausible_speaker(subject) or (not strict and verb is token and _any_speaker(subject)):
                return _mention(subject, offset)
            if verb is token:
                return None
        climb = ("conj", "xcomp", "advcl") if verb is token else ("conj", "xcomp", "advcl", "ccomp")
        if verb.dep_ in climb and verb.head is not verb:
            if verb.dep_ == "advcl" and verb.tag_ != "VBG":
                break
            reported = verb.head
            if (
                verb.dep_ == "advcl"
                and reported.dep_ == "ccomp"
                and reported.head.lower_ in speech_forms()
                and not _inside_any(reported.head.idx, spans, offset)
                and any(_inside_any(t.idx, spans, offset) for t in reported.subtree if t.i < verb.i)
            ):
                # "Kobb told the paper that Venn “had a plan,” adding, “...”": after quoting
                # the reporter, the participle goes on with him, not with the subject of
                # what he reported (without a quote before it, "X said Reid quieted them,
                # telling them ..." is Reid's)
                verb = reported.head
                continue
            verb = reported
            continue
        if verb.dep_ == "pcomp" and verb.head.head is not verb.head:
            verb = verb.head.head
            continue
        break
    if not adjacent or token.tag_ == "VBG":
        return None
    # parse missed: look right after the cue (said Choi Kang) or right before (Choi said)
    nxt = token.i + 1
    if nxt < len(doc) and doc[nxt].lower_ in _TIME_WORDS:
        nxt = len(doc)  # "tweeted Sunday after ...": a day is not who speaks
    if nxt + 1 < len(doc) and doc[nxt].tag_ == "VBN" and doc[nxt].dep_ == "amod":
        nxt += 1  # "said retired neurosurgeon Ben Carson": a participle describing the speaker
    if (
        nxt < len(doc)
        and doc[nxt].pos_ in ("PROPN", "PRON", "NOUN", "DET", "ADJ")
        and not _inside_any(doc[nxt].idx, spans, offset)
    ):
        head = _np_head(doc, nxt)
        follows = doc[head.i + 1] if head is not None and head.i + 1 < len(doc) else None
        clause = follows is not None and follows.pos_ in ("VERB", "AUX") and follows.tag_ != "VBG"
        # "said Mr. Trump was a candidate ...": the name is the subject of what was said;
        # "called Kobb's remarks ...": a possessive opens the object, not an inverted subject
        owner = follows is not None and follows.tag_ == "POS"
        if owner and follows.i + 1 < len(doc):
            # "opined Cleveland's Plain Dealer." / "exhorted Kobb's introducer, actress ...": the
            # possessed noun ends the clause, so the whole phrase is the inverted subject
            owned = _np_head(doc, follows.i + 1)
            after_owned = doc[owned.i + 1] if owned.i + 1 < len(doc) else None
            if owned.pos_ in ("PROPN", "NOUN") and (after_owned is None or after_owned.is_punct):
                start = _mention(head, offset)[0]
                return start, offset + owned.idx + len(owned)
        if (
            head is not None
            and head.pos_ in ("PROPN", "PRON", "NOUN")
            and _plausible_speaker(head)
            and not clause
            and not owner
        ):
            return _mention(head, offset)
        if head is not None and head.lower_ in _INDEFINITE_SPEAKERS and (follows is None or follows.is_punct):
            return _mention(head, offset)  # “...,” tweeted another.
    prev = token.i - 1
    while prev >= 1 and doc[prev].lower_ in _TIME_WORDS:
        # "Beck on Wednesday called ...": the name before the day
        prev -= 2 if doc[prev - 1].lower_ in ("on", "last", "this", "early", "late") else 1
    if (
        prev >= 0
        and doc[prev].pos_ in ("PROPN", "PRON", "NOUN")
        and not _inside_any(doc[prev].idx, spans, offset)
    ) and _plausible_speaker(doc[prev]):
        return _mention(doc[prev], offset)
    return None


#: Words that stand for a person after an inverted cue (“...,” tweeted another.)
_INDEFINITE_SPEAKERS = frozenset({"another", "one", "others", "some", "many", "several"})
#: Days, months and times: a word of these next to a cue says when, not who.
_TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow
    morning afternoon evening night week weekend month year january february march april may june
    july august september october november december""".split()
)


def _relative_subject(token, offset: int) -> tuple[int, int] | None:
    """Article offsets of ``who`` when it is the subject of the cue ``token`` in a
    relative clause (``Beck, who said``; ``Beck, who laughed and said``), else None."""
    verb = token
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            who = subjects[0]
            if who.lower_ in _RELATIVES and verb.dep_ == "relcl":
                return offset + who.idx, offset + who.idx + len(who)
            return None
        if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
            verb = verb.head
            continue
        return None
    return None


def _appositive_name(token):
    """``her adviser, Jake Sullivan,``: a noun subject with a name in apposition
    is the name."""
    if token.pos_ == "NOUN":
        for child in token.rights:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return child
    return token


def _outside_parentheses(token):
    """``Kasich (R-OH)``: a subject inside parentheses after a name stands for the name."""
    doc = token.doc
    closes = any(doc[j].text == ")" for j in range(token.i + 1, min(len(doc), token.i + 4)))
    if not closes:
        return token
    for i in range(token.i - 1, max(-1, token.i - 5), -1):
        if doc[i].text == ")":
            return token
        if doc[i].text == "(":
            return doc[i - 1] if i > 0 and doc[i - 1].pos_ == "PROPN" else token
    return token


def _plausible_speaker(token) -> bool:
    """True when a subject token can be someone who speaks (a name, a person or
    group pronoun, a noun for people or organizations), not ``sanctions``."""
    lower = token.lower_
    if token.pos_ == "PRON" or lower in PRONOUNS:
        return lower in PRONOUNS_PERSON or lower in PRONOUNS_GROUP or lower == "it"
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    lemma = (token.lemma_ or lower).lower()
    return any(w in SPEAKER_NOUNS for w in (lower, lemma)) or _name_word(token)


def _name_word(token) -> bool:
    """True for a word the small model mis-tags (``Trump``/VERB, ``Sanders``/NNS)
    that the article uses in a person's full name, or a capitalised subject
    inside its sentence (not a sentence-initial common word)."""
    word = token.text
    if not word[:1].isupper() or token.pos_ in ("PRON", "DET", "PUNCT"):
        return False
    if word in token.doc.user_data.get("quotes.name_words", ()):
        return True
    return (
        token.dep_ in _SUBJECT_DEPS
        and not token.is_sent_start
        and token.i > 0
        and not token.doc[token.i - 1].is_punct
    )


def _any_speaker(token) -> bool:
    """A looser test for a subject right next to a quote: any noun or name."""
    if token.pos_ in ("NOUN", "PROPN", "NUM") or _name_word(token):
        return True
    if token.pos_ == "PRON":  # "Yet another said, “...”"
        return token.lower_ not in ("it", "this", "that", "what", "which", "who", "there")
    # "said the 46-year-old"
    return token.pos_ == "ADJ" and any(child.dep_ == "det" for child in token.children)


def _np_head(doc, i: int):
    """The head of the noun phrase starting at token ``i`` (walk right over modifiers)."""
    j = i
    while (
        j + 1 < len(doc)
        and doc[j + 1].pos_ in ("PROPN", "NOUN")
        and doc[j].pos_ in ("PROPN", "NOUN", "DET", "ADJ", "NUM")
    ):
        j += 1
    while j + 1 < len(doc) and doc[j].pos_ in ("DET", "ADJ") and doc[j + 1].pos_ in ("ADJ", "NOUN", "PROPN"):
        j += 1
    return doc[j]


def _mention(head, offset: int) -> tuple[int, int]:
    """Article offsets of the noun phrase headed by ``head``, without the
    appositives, relative clauses and prepositional phrases on its right."""
    tokens = [head]
    for child in head.lefts:
        if head.pos_ == "PRON" and child.dep_ in ("advmod", "preconj", "cc"):
            continue  # "even she found ...": the pronoun is the mention
        tokens.extend(child.subtree)
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and head.pos_ == "PROPN":
            sub = list(child.subtree)
            if all(t.text[:1].isupper() or t.lower_ in ("of", "and", "the", "for") for t in sub):
                tokens.extend(sub)  # Joint Chiefs of Staff
                continue
        if child.dep_ in _MENTION_RIGHT_CUT:
            break
        tokens.extend(child.subtree)
    tokens = after_dateline(tokens, head)
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    doc_text = _doc_text(head.doc)
    # trim stray punctuation
    while start < end and not doc_text[start].isalnum():
        start += 1
    while end > start and doc_text[end - 1] in ",;:-–—\"“”'’ ":
        end -= 1
    return offset + start, offset + end


def _kind(text: str, span: QuotedSpan, cue: _Cue | None) -> str | None:
    """``direct``, ``partial``, or None for quoted words that are not speech."""
    content = text[span.start : span.end]
    words = content.split()
    if not words:
        return None
    before = text[max(0, span.open_at - 40) : span.open_at]
    after = text[(span.close_at or span.end) + 1 : (span.close_at or span.end) + 30]
    if _SCARE_BEFORE.search(before) or before.endswith("="):
        return None  # "so-called “x”", or a markup attribute value
    stripped = before.rstrip()
    boundary = (
        not stripped
        or "\n" in before[len(stripped) :]
        or stripped.endswith((".", "!", "?", ":", ",", ";", "—", "–", "-", "\n"))
        or stripped.endswith(("”", '"'))
    )
    line_start = _line_start(text, span.open_at)
    if not text[line_start : span.open_at].strip():
        boundary = True
    sentence_like = content[:1].isupper() or content[:1].isdigit() or content[:1] in "‘'[(…."
    ends_sentence = content.rstrip().endswith((".", "!", "?", "…", ".’", "?’"))
    has_speaker = cue is not None and cue.subject is not None
    if boundary and sentence_like and (len(words) >= 3 or has_speaker):
        return "direct"
    if ends_sentence and boundary and len(words) >= 3:
        return "direct"
    if cue is None:
        if boundary and len(words) >= 6 and (sentence_like or ends_sentence):
            return "direct"
        return None
    if (
        len(words) <= 3
        and not ends_sentence
        and re.match(r"\s+[a-z][\w-]*\s+[a-z]", after)
        and _looks_adjectival(after)
    ):
        return None  # "the “no-deal” Hanoi summit": modifies a noun
    if not has_speaker and len(words) < 3:
        return None
    return "partial"


def _looks_adjectival(after: str) -> bool:
    """True when the words right after a closing mark are a noun the quote modifies."""
    word = after.split()[0] if after.split() else ""
    return bool(word) and word.lower() not in {
        "and",
        "or",
        "but",
        "on",
        "in",
        "for",
        "to",
        "of",
        "with",
        "at",
        "by",
        "from",
        "as",
        "that",
        "which",
        "who",
        "is",
        "was",
        "are",
        "were",
        "said",
        "says",
        "he",
        "she",
        "they",
        "it",
        "the",
        "a",
    }


def _addressee(text: str, cue_start: int, cue_end: int, close: int, line_end: int) -> str | None:
    """The person or medium told (``told The Diplomat``, ``in an interview with MSNBC``)."""
    start = max(_line_start(text, cue_start), cue_start - 400)
    window = text[start : min(line_end, max(cue_end, close) + 400)]
    for regex in _ADDRESSEE_RES:
        for match in regex.finditer(window):
            name = match.group(1).strip()
            name = re.sub(r"(?<![A-Z])\.$", "", name)
            if name and name.split()[0] not in ("He", "She", "They", "It", "I", "We"):
                return name[4:] if name.startswith("the ") else name
    return None


# --- resolution -------------------------------------------------------------------


def _resolve(
    registry: SpeakerRegistry,
    quote: Quote,
    text: str,
    previous: Quote | None,
    line_start: int,
    labels: dict | None = None,
) -> Quote:
    """Resolve the speaker mention of ``quote`` through the registry (or continue
    the previous speaker); returns the quote to use as ``previous`` next."""
    if (
        quote.speaker_start is not None
        and quote.speaker_end is not None
        and text[quote.speaker_start : quote.speaker_end].lower() in _RELATIVES
    ):
        # "said O'Donnell, who wrote about it": who is the name right before (the
        # mention stays "who", like "he"), or nobody we know
        relative = (quote.speaker_start, quote.speaker_end)
        antecedent = _ANTECEDENT_RE.search(text, max(0, quote.speaker_start - 120), quote.speaker_start)
        if antecedent is None or antecedent.group(1).split()[0] in _NOT_SPEAKERS | {"The", "A", "An"}:
            quote.speaker_start = quote.speaker_end = None
        else:
            quote.speaker_start, quote.speaker_end = antecedent.start(1), antecedent.end(1)
            result = _resolve(registry, quote, text, previous, line_start, labels)
            if quote.speaker_start is not None:
                quote.speaker_start, quote.speaker_end = relative
            return result
    if (
        quote.speaker_start is not None
        and quote.speaker_end is not None
        and _is_statement(text[quote.speaker_start : quote.speaker_end])
    ):
        # "the joint statement condemned ...": a statement is not a speaker, who made it
        # is; the attribution still rests on "the statement" (the mention, like "he")
        statement = (quote.speaker_start, quote.speaker_end)
        maker = _statement_maker(text, quote.speaker_start)
        if maker is None:
            quote.speaker = None
            quote.confidence = round(min(quote.confidence, 0.3), 2)
            return previous if previous is not None else quote
        quote.speaker_start, quote.speaker_end = maker
        if re.fullmatch(r"[ \xa0]+[\w ’'\xa0-]{0,40}", text[maker[1] : statement[0]]):
            return _resolve(
                registry, quote, text, previous, line_start, labels
            )  # X released a statement to ...
        result = _resolve(registry, quote, text, previous, line_start, labels)
        if quote.speaker_start is not None:
            quote.speaker_start, quote.speaker_end = statement
        return result
    if quote.speaker_start is not None and quote.speaker_end is not None:
        author = _document_author(text, quote.speaker_start, quote.speaker_end)
        if author is not None:
            # "Kobb released a video that said, “...”": the video rests on Kobb, who speaks
            # through it; the attribution still rests on "a video" (the mention)
            document = (quote.speaker_start, quote.speaker_end)
            quote.speaker_start, quote.speaker_end = author
            result = _resolve(registry, quote, text, previous, line_start, labels)
            if quote.speaker_start is not None:
                quote.speaker_start, quote.speaker_end = document
            return result
    if quote.speaker_start is None or quote.speaker_end is None:
        introduced = _introduced_by_paragraph(registry, text, quote, previous)
        if quote.kind == "direct" and introduced is not None:
            # "His strategist, Tad Devine, set out the plan." then the quote alone
            start, end, person = introduced
            quote.speaker, quote.speaker_start, quote.speaker_end = person.name, start, end
            quote.speaker_kind, quote.role, quote.affiliation = person.kind, person.role, person.affiliation
            quote.confidence = round(min(quote.confidence, 0.5), 2)
            registry.last_speaker = person
            return quote
        if quote.kind == "direct" and previous is not None and previous.speaker:
            quote.speaker = previous.speaker
            quote.speaker_start, quote.speaker_end = previous.speaker_start, previous.speaker_end
            quote.speaker_kind = previous.speaker_kind
            quote.role, quote.affiliation = previous.role, previous.affiliation
            quote.confidence = round(
                min(
                    quote.confidence,
                    0.6 if previous.end >= line_start - 2 or previous.start >= line_start else 0.5,
                ),
                2,
            )
            return quote
        quote.speaker = None
        quote.confidence = round(min(quote.confidence, 0.3), 2)
        return previous if previous is not None else quote
    quote.speaker_end = _extend_of(text, quote.speaker_start, quote.speaker_end)
    mention = text[quote.speaker_start : quote.speaker_end]
    name_start, name_end, name = _name_in_mention(text, quote.speaker_start, quote.speaker_end, registry)
    if name is not None:
        quote.speaker_start, quote.speaker_end = name_start, name_end
        role, affiliation = appositive_after(text, name_end)
        role = title_before(text, name_start) or role
        person = registry.add(name, kind="person", position=name_start, role=role, affiliation=affiliation)
        resolved, kind = person.name, "person"
    else:
        entity = labels.get((quote.speaker_start, quote.speaker_end)) if labels else None
        resolved, kind, person = registry.resolve(mention, position=quote.speaker_start, entity=entity)
        if (
            person is None
            and kind in ("organization", "anonymous", "group")
            and mention.lower() not in PRONOUNS
        ):
            role, affiliation = (None, None)
            if kind == "anonymous":
                role = strip_determiner(mention)
            person = registry.add(
                resolved, kind=kind, position=quote.speaker_start, role=role, affiliation=affiliation
            )
        elif person is None and kind == "person" and resolved[:1].isupper():
            role, affiliation = appositive_after(text, quote.speaker_end)
            person = registry.add(
                resolved, kind="person", position=quote.speaker_start, role=role, affiliation=affiliation
            )
    if mention.lower() in PRONOUNS and person is None:
        quote.speaker = resolved
        quote.speaker_kind = kind
        quote.confidence = round(min(quote.confidence, 0.5), 2)
        return quote
    quote.speaker = resolved
    quote.speaker_kind = person.kind if person is not None else kind
    if person is not None:
        quote.role, quote.affiliation = person.role, person.affiliation
        registry.last_speaker = person
        if person.kind == "person":
            registry.last_person = person
    base = 0.9 if quote.kind == "direct" else 0.75
    if mention.lower() in PRONOUNS or mention.lower().startswith(("the ", "this ")):
        base -= 0.1
    quote.confidence = round(min(max(quote.confidence, 0.0), base) if quote.confidence < 1 else base, 2)
    return quote


def _resolve_pronoun_by_parse(
    registry: SpeakerRegistry,
    quote: Quote,
    text: str,
    previous: Quote | None,
    doc,
    offset: int,
    labels: dict | None,
    spans,
) -> Quote | None:
    """``Adelson met Trump and declared that he found ...``: a personal pronoun
    subject of a clause subordinate to a verb whose subject is a name stands for
    that name (the subject of the governing clause, not the last name before the
    pronoun). Resolves ``quote`` through the name, keeps the pronoun as the
    mention and returns the quote to use as ``previous``; None when the parse
    gives no such name (or one the article gives the other gender)."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    pronoun = text[quote.speaker_start : quote.speaker_end].lower()
    if pronoun not in ("he", "she"):
        return None
    name, coordinated = _governing_name(doc, offset, quote.speaker_start, quote.speaker_end, spans)
    if name is None or speaker_kind(text[name[0] : name[1]]) != "person":
        return None
    mention = (quote.speaker_start, quote.speaker_end)
    person = registry.resolve(text[name[0] : name[1]], position=name[0])[2]
    if person is not None and (person.kind != "person" or not registry._compatible(person, pronoun)):
        return None
    if coordinated and (person is None or registry.gender(person) is None):
        return None  # "Trump attacked Clinton and she replied": only when the article shows the gender
    quote.speaker_start, quote.speaker_end = name
    resolved = _resolve(registry, quote, text, previous, offset, labels)
    if quote.speaker_start is not None:
        quote.speaker_start, quote.speaker_end = mention  # the attribution still rests on the pronoun
    return resolved


_CLAUSE_DEPS = ("ccomp", "advcl", "conj")


def _governing_name(doc, offset: int, start: int, end: int, spans) -> tuple[tuple[int, int] | None, bool]:
    """Article offsets of the name that is the subject of the clause governing
    the pronoun at ``[start, end)`` (``Durbin said on Thursday he ...``,
    ``Bush went after Trump, when he called ...``), or None."""
    if not (0 <= start - offset < end - offset <= len(_doc_text(doc))):
        return None, False
    span = doc.char_span(start - offset, end - offset)
    if span is None or len(span) != 1:
        return None, False
    pronoun = span[0]
    if pronoun.dep_ not in ("nsubj", "nsubjpass") or pronoun.head.dep_ not in _CLAUSE_DEPS:
        return None, False
    verb = pronoun.head.head
    for _ in range(4):
        subjects = [
            c
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass") and not _inside_any(c.idx, spans, offset)
        ]
        if subjects:
            subject = _outside_parentheses(subjects[0])
            if subject.pos_ != "PROPN" or subject.i > pronoun.i:
                return None, False
            return _mention(subject, offset), pronoun.head.dep_ == "conj"
        # a verb sharing its subject: "Adelson met Trump and declared that he ..."
        if verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            if verb.head is verb:
                return None, False
            verb = verb.head
            continue
        return None, False
    return None, False


def _introduced_by_paragraph(registry: SpeakerRegistry, text: str, quote: Quote, previous: Quote | None):
    """For a quote with no attribution opening its paragraph: the person named
    first in the paragraph just before, when that paragraph holds no quote of the
    previous speaker and names someone else (``(start, end, person)``), else None."""
    line_start = _line_start(text, quote.start)
    if text[line_start : quote.start].strip() not in ("", "“", '"', "''", "«", "„"):
        return None
    before_end = line_start
    while before_end > 0 and text[before_end - 1].isspace():
        before_end -= 1
    if not before_end:
        return None
    p_start = _line_start(text, before_end)
    if previous is not None and previous.end > p_start:
        return None  # the previous speaker spoke in that paragraph: continuation
    if any(mark in text[p_start:before_end] for mark in '“”"«»'):
        return None
    for start, end, name in registry._candidates_between(p_start - 1, before_end):
        if p_start <= start < before_end:
            if start - p_start > 80:
                return None  # only a name opening the paragraph (its subject)
            if speaker_kind(name) != "person":
                continue
            person = registry.find(name)
            if person is None:
                role, affiliation = appositive_after(text, end)
                role = title_before(text, start) or role
                person = registry.add(name, kind="person", position=start, role=role, affiliation=affiliation)
            if previous is not None and previous.speaker == person.name:
                return None
            return start, end, person
    return None


_RELATIVES = frozenset({"who", "whom"})
_ANTECEDENT_RE = re.compile(
    r"([A-Z][\w.'’-]*(?:[ \xa0]+[A-Z][\w.'’-]*)*)(?:[ \xa0]*\([^()\n]{1,20}\))?[ \xa0]*,?[ \xa0]*$"
)
_STATEMENT_NOUNS = frozenset({"statement", "statements", "communique", "communiqué", "declaration"})
_MAKER = r"(?:(?<=^)|(?<=[.,;:—][ \xa0])|(?<=\n)|(?<=\bwhile[ \xa0])|(?<=\bafter[ \xa0]))(?P<maker>[\w][\w’'.-]*(?:[ \xa0]+[\w’'.-]+){0,6}?)"
_STATEMENT_MAKER_RES = (
    re.compile(
        _MAKER
        + r"[ \xa0]+(?:issued|released|put[ \xa0]+out|published|sent|made|signed|adopted)[ \xa0]+(?:a|an|the|its|their)[ \xa0]+"
        r"(?:[\w-]+[ \xa0]+){0,2}(?:statement|communiqu[eé]|declaration)\b"
    ),
    re.compile(
        _MAKER
        + r"[ \xa0]+(?:said|says|warned|added)[ \xa0]+in[ \xa0]+(?:a|an|its|their)[ \xa0]+(?:[\w-]+[ \xa0]+){0,2}statement\b"
    ),
)


#: Things that carry someone's words (a video that said, a sign that read), and who made them.
_DOCUMENT_NOUNS = r"(?:message|video|ad|advertisement|letter|e-?mail|caption|sign|banner|tweet|post|note|memo|flier|flyer|mailer|placard|poster)"
_DOCUMENT_AUTHOR_RES = (
    re.compile(
        _MAKER
        + r"[ \xa0]+(?:also[ \xa0]+|then[ \xa0]+)?(?:released|posted|wrote|sent(?:[ \xa0]+out)?|published|"
        r"tweeted|retweeted|shared|hoisted|held[ \xa0]+up|added|aired|issued|put[ \xa0]+out|unveiled|carried|waved)"
        r"[ \xa0]+(?:a|an|the|his|her|their|its)[ \xa0]+(?:[\w-]+[ \xa0]+){0,3}?(?P<doc>"
        + _DOCUMENT_NOUNS
        + r")\b"
    ),
    re.compile(
        r"(?P<doc>"
        + _DOCUMENT_NOUNS
        + r")[ \xa0]+(?:(?:sent|sent out|posted|released|written|signed|issued)[ \xa0]+)?"
        r"(?:by|from)[ \xa0]+(?P<maker>[A-Z][\w’'.-]*(?:[ \xa0]+[A-Z][\w’'.-]*){0,3})"
    ),
)


def _document_author(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Offsets of who made the document mentioned at ``[start, end)`` (``Kobb
    released a video``, ``a letter from Mara Venn``), in the same sentence, or None."""
    if not re.search(_DOCUMENT_NOUNS + r"[’'s]*$", text[start:end], re.IGNORECASE):
        return None
    low = max(0, text.rfind("\n", max(0, start - 400), start), text.rfind(". ", max(0, start - 400), start))
    high = min(len(text), end + 120)
    for regex in _DOCUMENT_AUTHOR_RES:
        for match in regex.finditer(text, low, high):
            if start <= match.start("doc") < end and match.group("maker").split()[0] not in (
                "The",
                "the",
                "A",
                "a",
                "An",
                "It",
                "This",
            ):
                return match.start("maker"), match.end("maker")
    return None


def _is_statement(mention: str) -> bool:
    """True when a speaker mention is a statement (``the joint statement``), not who made it."""
    words = mention.lower().split()
    return bool(words) and words[-1] in _STATEMENT_NOUNS


def _statement_maker(text: str, position: int) -> tuple[int, int] | None:
    """Offsets of who made the statement mentioned at ``position``: the subject
    of the last ``X issued a statement`` / ``X said in a statement`` in the
    sentence or the few before it, or None."""
    low = max(0, position - 1500)
    best = None
    for regex in _STATEMENT_MAKER_RES:
        for match in regex.finditer(text, low, position + 200):
            if match.start("maker") <= position and (best is None or match.start("maker") > best[0]):
                best = (match.start("maker"), match.end("maker"))
    if best is None:
        return None
    start, end = best
    for word in ("The ", "the ", "And ", "and ", "But ", "but "):
        if text.startswith(word, start) and text[start + len(word) : end][:1].isupper():
            start += len(word)
    return start, end


_OF_NAME_RE = re.compile(r" of (?:the )?[A-Z][\w'’.-]*(?: (?:and |for |of )?[A-Z][\w'’.-]*)*")


def _extend_of(text: str, start: int, end: int) -> int:
    """``Joint Chiefs`` + `` of Staff``: extend a capitalised mention over an
    ``of`` + capitalised complement that the parse cut off."""
    if start < end and text[end - 1 : end].isalpha():
        last = text[start:end].split()[-1]
        if last[:1].isupper():
            match = _OF_NAME_RE.match(text, end)
            if match:
                return match.end()
    return end


_PERSON_IN_MENTION = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+")


def _name_in_mention(text: str, start: int, end: int, registry: SpeakerRegistry):
    """A full personal name inside a mention (``U.S. Secretary of State Antony
    Blinken`` -> ``Antony Blinken``), with offsets, or ``(start, end, None)``."""
    mention = text[start:end]
    best = None
    for person in registry.people:
        if person.kind == "person" and len(person.name.split()) >= 2:
            at = mention.rfind(person.name)
            if at >= 0 and (best is None or len(person.name) > len(best[2])):
                best = (start + at, start + at + len(person.name), person.name)
    if best is not None:
        return best
    for c_start, c_end, name in registry._candidates_between(start - 1, end):
        if start <= c_start and c_end <= end:
            words = name.split()
            # drop leading title words (Secretary of State Antony Blinken)
            from quotes.extract.attribution import TITLE_WORDS

            while words and (
                words[0].lower().rstrip(".") in TITLE_WORDS or words[0] in ("of", "State", "U.S.", "US")
            ):
                words = words[1:]
            if len(words) >= 2 and speaker_kind(" ".join(words)) == "person" and _plausible_name(words):
                name = " ".join(words)
                return c_end - len(name), c_end, name
    return start, end, None


def _plausible_name(words: list[str]) -> bool:
    from quotes.extract.attribution import GROUP_NOUNS, ORG_HEADS

    lower = [w.lower().removesuffix("’s").removesuffix("'s") for w in words]
    return not any(w in ORG_HEADS or w in GROUP_NOUNS for w in lower) and len(words) <= 4


# --- output ------------------------------------------------------------------------


def _cell(value: Any, width: int) -> str:
    text = "" if value is None else " ".join(str(value).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table_rows(quotes: list[Quote], *, article: str) -> Iterator[str]:
    """Readable lines for people: the article, then one line per quote
    (kind, speaker with role and affiliation, the quoted words)."""
    yield f"== {article}: {len(quotes)} quote{'s' if len(quotes) != 1 else ''}"
    for quote in quotes:
        who = quote.speaker or "(unattributed)"
        extra = ", ".join(part for part in (quote.role, quote.affiliation) if part)
        if extra:
            who = f"{who} ({extra})"
        yield (
            f"{quote.start:>6}-{quote.end:<6} {quote.kind:<8} {quote.confidence:.2f}  "
            f"{_cell(who, 48):<48}  {_cell(quote.text, 90)}"
        )
