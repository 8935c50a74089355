"""Scoring quotation marks and speakers against news-dev: real articles of many
kinds whose quotations and speakers were checked by hand.

Layout of the folder (see ``../shared/news-dev/README.md``)::

    text/NAME.txt      the article
    gold.jsonl         one quotation per line: file, text, start, speaker, speaker_tokens, kind
    notscare.jsonl     one quoted span that is NOT a quotation per line (titles, scare quotes)
    sources.tsv        file, outlet, ..., genre

The rules, as for PolNeAR (:mod:`quotes.evaluation.scoring`):

- **Which predictions**: the quoted words only (``direct`` and ``partial``
  quotes); indirect quotes are not annotated here.
- **Match**: by span overlap, at least half of the shorter span, one-to-one,
  best overlap first; a prediction left over that would match a quotation
  already taken is a split, neither right nor wrong.
- **Speaker**: right when every one of the quotation's ``speaker_tokens``
  (usually the surname) is a word of the predicted name or of its mention.
  Quotations nobody is named for (``speaker_tokens`` empty) are not judged.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quotes.errors import ReadError
from quotes.evaluation.polnear import GoldAttribution
from quotes.evaluation.scoring import (
    EvaluationError,
    Extractor,
    Matching,
    Scores,
    extracted,
    match,
    mention_text,
    write_records,
)
from quotes.progress import OnProgress
from quotes.records import Quote

#: Genre groups, each with the words of a ``sources.tsv`` genre that put an
#: article in it; the first group whose word appears wins.
GENRE_GROUPS = (
    ("sport", ("sport",)),
    ("courts and crime", ("court", "crime", "legal")),
    ("business", ("business", "markets", "trade press")),
    ("science and health", ("science", "health")),
    ("culture", ("culture", "entertainment", "music", "film", "obituary", "interview")),
    ("opinion", ("opinion",)),
    ("politics and government", ("politic", "government", "election", "conflict", "council")),
)
#: The group of an article whose genre names none of the groups' words.
OTHER_GENRE = "other"


@dataclass(frozen=True)
class NewsQuotation:
    """One hand-checked quotation of an article (offsets into its text)."""

    start: int
    end: int
    speaker: str | None
    speaker_tokens: tuple[str, ...]
    kind: str
    note: str = ""


@dataclass(frozen=True)
class NotQuotation:
    """A quoted span that is no quotation (a title, a scare quote), and why."""

    start: int
    end: int
    why: str


@dataclass
class NewsArticle:
    """One article of the set with its quotations and the spans that are not."""

    name: str
    text: str
    genre: str
    quotations: list[NewsQuotation] = field(default_factory=list)
    not_quotations: list[NotQuotation] = field(default_factory=list)

    @property
    def group(self) -> str:
        """The genre group of the article (:data:`GENRE_GROUPS`)."""
        return genre_group(self.genre)


def genre_group(genre: str) -> str:
    """The group of a ``sources.tsv`` genre: ``"sport match report (tennis),
    wire"`` -> ``"sport"``."""
    lower = genre.lower()
    for group, words in GENRE_GROUPS:
        if any(re.search(rf"\b{re.escape(word)}", lower) for word in words):
            return group
    return OTHER_GENRE


def load_news(root: str | Path, *, limit: int | None = None) -> list[NewsArticle]:
    """The articles of a news-dev folder, in file-name order (at most ``limit``).

    Raises :class:`~quotes.errors.ReadError` naming the file when the folder
    is not a news-dev folder or a record does not fit its article.
    """
    root = Path(root)
    folder = root / "text"
    if not folder.is_dir() or not (root / "gold.jsonl").is_file():
        raise ReadError(str(root), "not a news-dev folder (expected text/*.txt and gold.jsonl)")
    genres = _read_genres(root / "sources.tsv")
    articles = {
        path.name: NewsArticle(name=path.name, text=_read(path), genre=genres.get(path.name, ""))
        for path in sorted(folder.glob("*.txt"))[:limit]
    }
    for where, record in _records(root / "gold.jsonl"):
        article = articles.get(record["file"])
        if article is not None:
            start, end = _offsets(where, record, article)
            tokens = tuple(record.get("speaker_tokens") or ())
            article.quotations.append(
                NewsQuotation(
                    start=start,
                    end=end,
                    speaker=record.get("speaker"),
                    speaker_tokens=tokens,
                    kind=record.get("kind", "direct"),
                    note=record.get("note", ""),
                )
            )
    notscare = root / "notscare.jsonl"
    for where, record in _records(notscare) if notscare.is_file() else ():
        article = articles.get(record["file"])
        if article is not None:
            start, end = _offsets(where, record, article)
            article.not_quotations.append(NotQuotation(start=start, end=end, why=record.get("why", "")))
    if not articles:
        raise ReadError(str(folder), "no article files (*.txt) here")
    return list(articles.values())


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ReadError(str(path), f"not UTF-8 text ({error.reason} at byte {error.start})") from error
    except OSError as error:
        raise ReadError(str(path), f"cannot read ({error.strerror})") from error


def _read_genres(path: Path) -> dict[str, str]:
    """``file -> genre`` from ``sources.tsv`` (empty when there is none)."""
    if not path.is_file():
        return {}
    rows = csv.DictReader(_read(path).splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["file"]: row.get("genre") or "" for row in rows if row.get("file")}


def _records(path: Path) -> Iterable[tuple[str, dict[str, Any]]]:
    """``(where, record)`` for each JSON line of ``path`` (``where`` is ``path:line``)."""
    for number, line in enumerate(_read(path).splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise ReadError(where, f"not a JSON object ({error.msg})") from error
        if not isinstance(record, dict) or not isinstance(record.get("file"), str):
            raise ReadError(where, "a record needs a 'file' name")
        yield where, record


def _offsets(where: str, record: dict[str, Any], article: NewsArticle) -> tuple[int, int]:
    """The ``(start, end)`` of a record, checked against the article's text."""
    start, text = record.get("start"), record.get("text")
    if not isinstance(start, int) or not isinstance(text, str):
        raise ReadError(where, "a record needs an integer 'start' and a 'text'")
    if article.text[start : start + len(text)] != text:
        raise ReadError(where, f"the text is not at offset {start} of {article.name}")
    return start, start + len(text)


def _words(text: str | None) -> set[str]:
    """The lower-case words of ``text`` (hyphenated words whole and in parts)."""
    words = re.findall(r"[\w'’.-]+", (text or "").lower())
    found = {w.strip(".'’-") for w in words}
    found.update(part for w in words for part in re.split(r"[-.'’]", w) if part)
    return found


def speaker_right(quote: Quote, gold: NewsQuotation, text: str) -> bool | None:
    """Whether ``quote`` names the speaker of ``gold``: every speaker token is a
    word of the predicted name or mention (None when gold names nobody)."""
    if not gold.speaker_tokens:
        return None
    said = _words(quote.speaker) | _words(mention_text(quote, text))
    return all(token.lower() in said for token in gold.speaker_tokens)


@dataclass
class NewsResult:
    """Predictions and their matching in one article (kept for error analysis)."""

    article: NewsArticle
    predictions: list[Quote]
    matching: Matching
    golds: dict[str, NewsQuotation]
    error: str | None = None

    def judge(self, quote: Quote, gold: GoldAttribution, text: str) -> bool | None:
        """Whether the speaker of a matched pair is right (see :func:`speaker_right`)."""
        return speaker_right(quote, self.golds[gold.id], text)

    def scores(self) -> Scores:
        """The counts of this article."""
        scores = Scores()
        scores.add(self.matching, self.article.text, judge=self.judge)
        return scores


@dataclass
class NewsReport:
    """Scores over the articles of a news folder: overall, per genre group, per article."""

    results: list[NewsResult] = field(default_factory=list)
    seconds: float = 0.0

    def overall(self) -> Scores:
        """The counts summed over every article."""
        return _summed(self.results)

    def by_genre(self) -> dict[str, Scores]:
        """The counts of each genre group, in :data:`GENRE_GROUPS` order."""
        order = [group for group, _ in GENRE_GROUPS] + [OTHER_GENRE]
        groups = sorted({r.article.group for r in self.results}, key=order.index)
        return {group: _summed(r for r in self.results if r.article.group == group) for group in groups}

    @property
    def failures(self) -> list[NewsResult]:
        """Articles on which the extractor raised an exception."""
        return [result for result in self.results if result.error]

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": len(self.results),
            "failures": len(self.failures),
            "seconds": round(self.seconds, 3),
            "overall": _short(self.overall()),
            "genres": {group: _short(scores) for group, scores in self.by_genre().items()},
            "per_article": {r.article.name: _short(r.scores()) for r in self.results},
        }


def _summed(results: Iterable[NewsResult]) -> Scores:
    """The counts of ``results`` added up."""
    total = Scores()
    for result in results:
        total.add(result.matching, result.article.text, judge=result.judge)
    return total


def _short(scores: Scores) -> dict[str, Any]:
    """The figures of ``scores`` that mean something here (no attribution-free counts)."""
    full = scores.to_dict()
    full["speaker"] = full.pop("attribution")
    return full


def score_news_article(
    article: NewsArticle, predictions: list[Quote], *, error: str | None = None
) -> NewsResult:
    """Match the quoted words of ``predictions`` against the quotations of ``article``."""
    golds = {
        str(i): GoldAttribution(id=str(i), content=((q.start, q.end),))
        for i, q in enumerate(article.quotations)
    }
    quoted = [quote for quote in predictions if quote.kind in ("direct", "partial")]
    return NewsResult(
        article=article,
        predictions=quoted,
        matching=match(list(golds.values()), quoted),
        golds={key: article.quotations[int(key)] for key in golds},
        error=error,
    )


def evaluate_news(
    articles: Iterable[NewsArticle],
    extract: Extractor,
    *,
    keep_going: bool = True,
    on_progress: OnProgress | None = None,
) -> NewsReport:
    """Run ``extract`` on every article and score its quoted words and speakers.

    With ``keep_going`` an exception raised on one article is recorded
    (:attr:`NewsReport.failures`) and the article scored with no predictions.
    ``on_progress`` hears of each article scored.
    """
    report = NewsReport()
    for article, predictions, error, seconds in extracted(
        articles, extract, keep_going=keep_going, on_progress=on_progress
    ):
        report.seconds += seconds
        report.results.append(score_news_article(article, predictions, error=error))
    if not report.results:
        raise EvaluationError("no articles to evaluate: check the news folder")
    return report


def format_news_report(report: NewsReport, *, title: str = "") -> str:
    """A plain-text table: each article, each genre group, and the whole set."""
    lines = [title] if title else []
    lines.append(
        f"{len(report.results)} articles, {len(report.failures)} failed, {report.seconds:.1f}s extracting"
    )
    header = f"{'':42} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8} {'TP':>4} {'FP':>4} {'FN':>4}"
    lines.append(header)
    for result in report.results:
        lines.append(_row(result.article.name, result.scores()))
    lines.append("")
    lines.append(header.replace(" " * 42, f"{'genre':42}", 1))
    for group, scores in report.by_genre().items():
        lines.append(_row(group, scores))
    lines.append(_row("overall", report.overall()))
    return "\n".join(lines)


def _row(name: str, scores: Scores) -> str:
    speaker = f"{scores.attribution:8.3f}" if scores.speaker_judged else f"{'-':>8}"
    return (
        f"{name[:42]:42} {scores.precision:6.3f} {scores.recall:6.3f} {scores.f1:6.3f} {speaker} "
        f"{scores.true_positives:4d} {scores.false_positives:4d} {scores.false_negatives:4d}"
    )


def news_errors(result: NewsResult) -> dict[str, Any]:
    """Misses, false positives (and which are known not to be quotations) and
    wrong speakers of one article, as plain data."""
    article = result.article
    text = article.text
    return {
        "article": article.name,
        "genre": article.group,
        "error": result.error,
        "misses": [_miss(result.golds[g.id], text) for g in result.matching.misses],
        "false_positives": [_false_positive(q, article) for q in result.matching.false_positives],
        "wrong_speakers": [
            _wrong(q, result.golds[g.id], text)
            for g, q in result.matching.pairs
            if result.judge(q, g, text) is False
        ],
    }


def _snippet(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _miss(gold: NewsQuotation, text: str) -> dict[str, Any]:
    return {
        "start": gold.start,
        "kind": gold.kind,
        "speaker": gold.speaker,
        "note": gold.note,
        "text": _snippet(text[gold.start : gold.end]),
    }


def _false_positive(quote: Quote, article: NewsArticle) -> dict[str, Any]:
    why = next(
        (n.why for n in article.not_quotations if n.start < quote.end and quote.start < n.end),
        None,
    )
    return {
        "start": quote.start,
        "kind": quote.kind,
        "speaker": quote.speaker,
        "not_quotation": why,
        "text": _snippet(quote.text),
    }


def _wrong(quote: Quote, gold: NewsQuotation, text: str) -> dict[str, Any]:
    return {
        "start": quote.start,
        "gold": gold.speaker,
        "speaker": quote.speaker,
        "mention": mention_text(quote, text),
        "note": gold.note,
        "text": _snippet(text[gold.start : gold.end]),
    }


def write_news_errors(report: NewsReport, path: str | Path) -> None:
    """Write each article's misses, false positives and wrong speakers to
    ``path`` (JSON lines when it ends in ``.jsonl`` or ``.json``)."""
    write_records(path, [news_errors(result) for result in report.results], error_lines)


def error_lines(record: dict[str, Any]) -> list[str]:
    """The errors of one article (:func:`news_errors`) as lines meant for reading."""
    lines = [f"== {record['article']} ({record['genre']})"]
    if record["error"]:
        lines.append(f"ERROR {record['error']}")
    for miss in record["misses"]:
        lines.append(f"MISS [{miss['kind']}] {miss['start']} speaker={miss['speaker']!r} | {miss['text']}")
    for fp in record["false_positives"]:
        known = f" not a quotation: {fp['not_quotation']}" if fp["not_quotation"] else ""
        lines.append(f"FP [{fp['kind']}] {fp['start']} speaker={fp['speaker']!r}{known} | {fp['text']}")
    for bad in record["wrong_speakers"]:
        lines.append(
            f"SPEAKER {bad['start']} gold={bad['gold']!r} predicted={bad['speaker']!r} "
            f"mention={bad['mention']!r} | {bad['text']}"
        )
    return lines
