"""Retraining the speaker re-ranker gives the same file (a tiny made-up corpus)."""

from __future__ import annotations

from pathlib import Path

from quotes.evaluation.news import NewsArticle, NewsQuotation
from quotes.evaluation.speaker_training import Case, cases_of, train, write
from quotes.records import Quote

PEOPLE = (("Tomas Brekk", "Mira Tollen"), ("Ines Varga", "Ola Ruud"), ("Arne Sol", "Ina Moss"))


def article(first: str, second: str) -> tuple[NewsArticle, list[Quote]]:
    """A made-up article where ``she`` stands for ``second`` but the rules say ``first``."""
    text = f"{first} runs the ferry.\n{second}, the harbour master, spoke. “The tide is late,” she said.\n"
    start = text.index("“")
    end = text.index("”") + 1
    at = text.index("she", end)
    gold = NewsQuotation(
        start=start, end=end, speaker=second, speaker_tokens=(second.split()[-1],), kind="direct"
    )
    said = Quote(
        text=text[start:end],
        start=start,
        end=end,
        kind="direct",
        cue="said",
        speaker=first,
        speaker_start=at,
        speaker_end=at + 3,
        speaker_kind="person",
        confidence=0.7,
    )
    return NewsArticle(name=first, text=text, genre="news", quotations=[gold]), [said]


def cases() -> list[Case]:
    """The cases of two made-up sets."""
    found = []
    for corpus in ("one", "two"):
        for first, second in PEOPLE:
            news, quotes = article(first, second) if corpus == "one" else article(second, first)
            found.extend(cases_of(corpus, news, quotes))
    return found


def test_cases_label_the_candidates() -> None:
    case = cases()[0]
    assert case.names == ("Mira Tollen", "Tomas Brekk") and case.labels == (True, False)
    assert case.own == "Tomas Brekk" and not case.rules_right


def test_retraining_writes_the_same_file(tmp_path: Path) -> None:
    write(train(cases()), tmp_path / "a.json")
    write(train(cases()), tmp_path / "b.json")
    assert (tmp_path / "a.json").read_text() == (tmp_path / "b.json").read_text()
