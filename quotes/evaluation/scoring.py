"""Scoring an extractor against PolNeAR's hand-made attributions.

The scorer takes any function ``text -> list[Quote]`` (our engine, a baseline),
runs it on each article and compares the predicted quotes with the gold
attributions of :mod:`quotes.evaluation.polnear`.

The rules, in one place:

- **Match**: a prediction matches a gold attribution when the overlap of the
  predicted span ``[start, end)`` with the gold content is at least half of the
  shorter of the two. The gold content is the UNION of its parts (a
  discontinuous content ``"a b;c d"`` is measured by the characters of its
  parts, not the gap between them).
- **One-to-one**: each gold attribution is matched at most once and each
  prediction at most once; candidate pairs are taken greedily, best overlap
  ratio first.
- **Splits**: a prediction left over that would match a gold attribution already
  taken (the second half of a quote interrupted by "he said", a long quote cut
  into two) is counted as a *split*: neither a true nor a false positive.
- **Direct**: a gold attribution is direct when its content holds a double
  quotation mark (straight or curly, or two apostrophes ``''`` as the New York
  Times articles use; direct and mixed quotes); a prediction is
  direct by the same test: its text holds such a mark, or its kind is
  ``direct`` or ``partial`` and such a mark opens or closes it in the article
  (words in single quotation marks, as headlines quote, are not direct on
  either side). Direct scores match the direct predictions against the direct
  gold only.
- **All**: every prediction against every gold attribution.
- **Speaker**: on a matched pair whose gold has a source, the speaker is right
  when the predicted mention (``speaker_start``/``speaker_end``) overlaps the
  gold source, or the predicted name or mention shares a capitalised word
  (other than a determiner, pronoun or title) with the gold source text.
  Attribution accuracy = right / matched pairs with a gold source.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from quotes.errors import QuotesError
from quotes.evaluation.polnear import GoldAttribution, PolnearArticle, Spans, has_quote_mark
from quotes.progress import Counter, OnProgress
from quotes.records import Quote

Extractor = Callable[[str], list[Quote]]
#: Whether the speaker of a matched pair is right (None: not judged).
Judge = Callable[[Quote, GoldAttribution, str], bool | None]

_WORD = re.compile(r"[A-Z][\w'\u2019.-]*")
_NOT_NAMES = {
    "The",
    "A",
    "An",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Sen",
    "Sen.",
    "Rep",
    "Rep.",
    "Gov",
    "Gov.",
    "President",
    "And",
    "But",
    "In",
    "On",
    "Of",
    "According",
}


class EvaluationError(QuotesError):
    """The evaluation could not run (no articles, extractor failure...)."""


def overlap(start: int, end: int, parts: Spans) -> int:
    """Characters of ``[start, end)`` that fall inside the union of ``parts``."""
    return sum(max(0, min(end, p_end) - max(start, p_start)) for p_start, p_end in parts)


def match_ratio(start: int, end: int, parts: Spans) -> float:
    """Overlap of a predicted span with gold ``parts`` over the shorter of the two (0..1)."""
    gold_length = sum(p_end - p_start for p_start, p_end in parts)
    shorter = min(end - start, gold_length)
    if shorter <= 0:
        return 0.0
    return overlap(start, end, parts) / shorter


def spans_match(start: int, end: int, parts: Spans) -> bool:
    """True when ``[start, end)`` overlaps ``parts`` by at least half the shorter span."""
    return match_ratio(start, end, parts) >= 0.5


#: How far before and after a quote its quotation marks are looked for: a space
#: or two, and the punctuation a closing mark follows (``words,”``).
_MARK_REACH = 3
_SPACES = " \xa0"
_CLOSING_PUNCTUATION = ",.;:!?…"


def is_direct_prediction(quote: Quote, text: str) -> bool:
    """A predicted quote counts as direct when its text holds a double quotation
    mark, or its kind is direct or partial and a double mark opens or closes it
    in ``text`` (the gold's test: a curly single mark doubles as the apostrophe)."""
    if has_quote_mark(quote.text):
        return True
    if quote.kind not in ("direct", "partial"):
        return False
    before = text[max(0, quote.start - _MARK_REACH) : quote.start].rstrip(_SPACES)
    after = text[quote.end : quote.end + _MARK_REACH].lstrip(_SPACES + _CLOSING_PUNCTUATION)
    return (
        has_quote_mark(before[-1:])
        or before.endswith("''")
        or has_quote_mark(after[:1])
        or after.startswith("''")
    )


def _names(text: str | None) -> set[str]:
    if not text:
        return set()
    return {word.rstrip(".'\u2019") or word for word in _WORD.findall(text)} - _NOT_NAMES


def speaker_correct(quote: Quote, gold: GoldAttribution, text: str) -> bool | None:
    """Whether ``quote`` names the source of ``gold`` (None when gold has no source)."""
    if not gold.source:
        return None
    if (
        quote.speaker_start is not None
        and quote.speaker_end is not None
        and overlap(quote.speaker_start, quote.speaker_end, gold.source)
    ):
        return True
    gold_names = _names(gold.source_text(text))
    return bool(gold_names & (_names(quote.speaker) | _names(mention_text(quote, text))))


@dataclass
class Matching:
    """The outcome of matching predictions to gold attributions in one article."""

    pairs: list[tuple[GoldAttribution, Quote]] = field(default_factory=list)
    false_positives: list[Quote] = field(default_factory=list)
    misses: list[GoldAttribution] = field(default_factory=list)
    splits: list[Quote] = field(default_factory=list)


def match(golds: Sequence[GoldAttribution], predictions: Sequence[Quote]) -> Matching:
    """Match predictions to gold attributions one-to-one (best overlap ratio first)."""
    candidates = []
    for g_index, gold in enumerate(golds):
        for p_index, quote in enumerate(predictions):
            ratio = match_ratio(quote.start, quote.end, gold.content)
            if ratio >= 0.5:
                shared = overlap(quote.start, quote.end, gold.content)
                candidates.append((-ratio, -shared, g_index, p_index))
    candidates.sort()
    gold_taken: dict[int, int] = {}
    pred_taken: set[int] = set()
    for _, _, g_index, p_index in candidates:
        if g_index in gold_taken or p_index in pred_taken:
            continue
        gold_taken[g_index] = p_index
        pred_taken.add(p_index)
    result = Matching()
    result.pairs = [(golds[g], predictions[p]) for g, p in sorted(gold_taken.items())]
    result.misses = [gold for g, gold in enumerate(golds) if g not in gold_taken]
    split_indexes = {p for _, _, g, p in candidates if p not in pred_taken and g in gold_taken}
    for p_index, quote in enumerate(predictions):
        if p_index in split_indexes:
            result.splits.append(quote)
        elif p_index not in pred_taken:
            result.false_positives.append(quote)
    return result


@dataclass
class Scores:
    """Counts and precision/recall/F1 for one category (direct or all)."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    splits: int = 0
    speaker_right: int = 0
    speaker_judged: int = 0

    def add(self, matching: Matching, text: str, *, judge: Judge | None = None) -> None:
        """Count the outcome of one article's matching; ``judge`` tells whether a
        matched pair's speaker is right (default :func:`speaker_correct`)."""
        judge = judge or speaker_correct
        self.true_positives += len(matching.pairs)
        self.false_positives += len(matching.false_positives)
        self.false_negatives += len(matching.misses)
        self.splits += len(matching.splits)
        for gold, quote in matching.pairs:
            right = judge(quote, gold, text)
            if right is not None:
                self.speaker_judged += 1
                self.speaker_right += int(right)

    @property
    def precision(self) -> float:
        predicted = self.true_positives + self.false_positives
        return self.true_positives / predicted if predicted else 0.0

    @property
    def recall(self) -> float:
        gold = self.true_positives + self.false_negatives
        return self.true_positives / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribution(self) -> float:
        """Share of matched pairs (with a gold source) whose speaker is right."""
        return self.speaker_right / self.speaker_judged if self.speaker_judged else 0.0

    def to_dict(self) -> dict:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "attribution": round(self.attribution, 4),
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
            "splits": self.splits,
            "speaker_right": self.speaker_right,
            "speaker_judged": self.speaker_judged,
        }


@dataclass
class ArticleResult:
    """Predictions and their matching for one article (kept for error analysis)."""

    article: PolnearArticle
    predictions: list[Quote]
    direct: Matching
    all: Matching
    error: str | None = None


@dataclass
class Report:
    """Scores over a set of articles."""

    direct: Scores = field(default_factory=Scores)
    all: Scores = field(default_factory=Scores)
    articles: list[ArticleResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failures(self) -> list[ArticleResult]:
        """Articles on which the extractor raised an exception."""
        return [result for result in self.articles if result.error]

    def to_dict(self) -> dict:
        return {
            "articles": len(self.articles),
            "failures": len(self.failures),
            "seconds": round(self.seconds, 3),
            "direct": self.direct.to_dict(),
            "all": self.all.to_dict(),
        }


def score_article(
    article: PolnearArticle, predictions: list[Quote], *, error: str | None = None
) -> ArticleResult:
    """Match ``predictions`` against the gold attributions of ``article``."""
    text = article.text
    direct_gold = [gold for gold in article.attributions if gold.is_direct(text)]
    direct_predicted = [quote for quote in predictions if is_direct_prediction(quote, text)]
    return ArticleResult(
        article,
        predictions,
        direct=match(direct_gold, direct_predicted),
        all=match(article.attributions, predictions),
        error=error,
    )


def evaluate(
    articles: Iterable[PolnearArticle],
    extract: Extractor,
    *,
    keep_going: bool = True,
    on_progress: OnProgress | None = None,
) -> Report:
    """Run ``extract`` on every article and score it.

    With ``keep_going`` an exception raised by ``extract`` on one article is
    recorded (``Report.failures``) and the article scored with no predictions
    (how a baseline that gives up is measured); without it the exception
    propagates. ``on_progress`` hears of each article scored.
    """
    report = Report()
    for article, predictions, error, seconds in extracted(
        articles, extract, keep_going=keep_going, on_progress=on_progress
    ):
        report.seconds += seconds
        result = score_article(article, predictions, error=error)
        report.direct.add(result.direct, article.text)
        report.all.add(result.all, article.text)
        report.articles.append(result)
    if not report.articles:
        raise EvaluationError("no articles to evaluate: check the corpus folder and split")
    return report


class _HasText(Protocol):
    @property
    def text(self) -> str: ...


ArticleT = TypeVar("ArticleT", bound=_HasText)


def extracted(
    articles: Iterable[ArticleT],
    extract: Extractor,
    *,
    keep_going: bool,
    on_progress: OnProgress | None = None,
) -> Iterator[tuple[ArticleT, list[Quote], str | None, float]]:
    """Each article with the extractor's predictions on its ``text``, the error
    (see :func:`timed_extract`) and the seconds taken; ``on_progress`` hears of
    each article done."""
    articles = list(articles)
    scored = Counter(on_progress, task="articles scored", total=len(articles), unit="articles")
    scored.start()
    for article in articles:
        yield (article, *timed_extract(extract, article.text, keep_going=keep_going))
        scored.advance()


def timed_extract(
    extract: Extractor, text: str, *, keep_going: bool
) -> tuple[list[Quote], str | None, float]:
    """``(predictions, error, seconds)`` of ``extract`` on ``text``; with
    ``keep_going`` an exception gives no predictions and its message as
    ``error``, otherwise it propagates."""
    started = time.perf_counter()
    try:
        predictions, error = list(extract(text)), None
    except Exception as exc:
        if not keep_going:
            raise
        predictions, error = [], f"{type(exc).__name__}: {exc}"
    return predictions, error, time.perf_counter() - started


def format_report(report: Report, *, title: str = "") -> str:
    """A plain-text table of the scores."""
    lines = []
    if title:
        lines.append(title)
    lines.append(
        f"{len(report.articles)} articles, {len(report.failures)} failed, {report.seconds:.1f}s extracting"
    )
    lines.append(f"{'':8} {'P':>6} {'R':>6} {'F1':>6} {'attr':>6} {'TP':>5} {'FP':>5} {'FN':>5} {'split':>5}")
    for name, scores in (("direct", report.direct), ("all", report.all)):
        lines.append(
            f"{name:8} {scores.precision:6.3f} {scores.recall:6.3f} {scores.f1:6.3f} "
            f"{scores.attribution:6.3f} {scores.true_positives:5d} {scores.false_positives:5d} "
            f"{scores.false_negatives:5d} {scores.splits:5d}"
        )
    return "\n".join(lines)


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def article_errors(result: ArticleResult) -> dict[str, Any]:
    """False positives, misses and wrong speakers of one article, as plain data."""
    text = result.article.text
    direct_missed = {gold.id for gold in result.direct.misses}
    return {
        "article": result.article.name,
        "annotator": result.article.annotator,
        "error": result.error,
        "false_positives": [_false_positive(quote) for quote in result.all.false_positives],
        "misses": [_miss(gold, text, as_direct=gold.id in direct_missed) for gold in result.all.misses],
        "wrong_speakers": [
            _wrong_speaker(gold, quote, text)
            for gold, quote in result.all.pairs
            if speaker_correct(quote, gold, text) is False
        ],
    }


def _false_positive(quote: Quote) -> dict[str, Any]:
    shown = {name: getattr(quote, name) for name in ("start", "end", "kind", "cue", "speaker")}
    return {**shown, "text": _snippet(quote.text)}


def _miss(gold: GoldAttribution, text: str, *, as_direct: bool) -> dict[str, Any]:
    return {
        "start": gold.start,
        "end": gold.end,
        "direct": gold.is_direct(text),
        "missed_as_direct": as_direct,
        "source": gold.source_text(text),
        "cue": " ".join(text[s:e] for s, e in gold.cue),
        "text": _snippet(gold.content_text(text)),
    }


def mention_text(quote: Quote, text: str) -> str | None:
    """The words of ``text`` the speaker of ``quote`` rests on, or None."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    return text[quote.speaker_start : quote.speaker_end]


def _wrong_speaker(gold: GoldAttribution, quote: Quote, text: str) -> dict[str, Any]:
    mention = mention_text(quote, text)
    return {
        "start": quote.start,
        "end": quote.end,
        "gold_source": gold.source_text(text),
        "speaker": quote.speaker,
        "mention": mention,
        "text": _snippet(quote.text),
    }


def write_errors(report: Report, path: str | Path) -> None:
    """Write per-article errors to ``path``: JSON lines when it ends in ``.jsonl``
    or ``.json``, otherwise a text file meant for reading."""
    write_records(path, [article_errors(result) for result in report.articles], error_lines)


def write_records(
    path: str | Path, records: list[dict[str, Any]], lines: Callable[[dict[str, Any]], list[str]]
) -> None:
    """Write ``records`` to ``path``: JSON lines when it ends in ``.jsonl`` or
    ``.json``, otherwise the ``lines`` of each record, meant for reading."""
    path = Path(path)
    try:
        with open(path, "w", encoding="utf-8") as out:
            for record in records:
                if path.suffix in (".jsonl", ".json"):
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
                else:
                    out.writelines(line + "\n" for line in lines(record))
    except OSError as error:
        raise QuotesError(f"{path}: cannot write the error file ({error.strerror})") from error


def error_lines(record: dict[str, Any]) -> list[str]:
    """The errors of one PolNeAR article (:func:`article_errors`) as lines meant for reading."""
    lines = [f"== {record['article']} ({record['annotator']})"]
    if record["error"]:
        lines.append(f"ERROR {record['error']}")
    for miss in record["misses"]:
        tag = "direct" if miss["direct"] else "indirect"
        lines.append(
            f"MISS [{tag}] {miss['start']}-{miss['end']} source={miss['source']!r} "
            f"cue={miss['cue']!r} | {miss['text']}"
        )
    for fp in record["false_positives"]:
        lines.append(
            f"FP [{fp['kind']}] {fp['start']}-{fp['end']} speaker={fp['speaker']!r} "
            f"cue={fp['cue']!r} | {fp['text']}"
        )
    for bad in record["wrong_speakers"]:
        lines.append(
            f"SPEAKER {bad['start']}-{bad['end']} gold={bad['gold_source']!r} "
            f"predicted={bad['speaker']!r} mention={bad['mention']!r} | {bad['text']}"
        )
    return lines
