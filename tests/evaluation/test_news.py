"""The news-dev scorer: reading the folder, matching quoted words, judging
speakers by their tokens, genre groups, the error listing and the command."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.errors import ReadError
from quotes.evaluation.news import (
    NewsQuotation,
    evaluate_news,
    format_news_report,
    genre_group,
    load_news,
    speaker_right,
    write_news_errors,
)
from quotes.records import Quote

STORY = (
    "Ferry Pier Reopens\n\n"
    "\u201cThe pier is safe again,\u201d harbour master Ona Brisk said on Monday.\n\n"
    "Brisk added that the \u201cnew pilings\u201d would last, and a sign read \u201cWelcome Back\u201d.\n\n"
    "\u201cWe waited long enough,\u201d said Kel Amsa, a ferry captain.\n"
)
SHOP = 'Shop owner Tam Vey said: "Sales are up."\n'


def spot(text: str, words: str) -> dict:
    return {"text": words, "start": text.index(words)}


def write_news(root, *, gold: list[dict] | None = None) -> None:
    """A two-article folder in news-dev's layout."""
    (root / "text").mkdir(parents=True)
    (root / "text" / "01-pier.txt").write_text(STORY, encoding="utf-8")
    (root / "text" / "02-shop.txt").write_text(SHOP, encoding="utf-8")
    records = gold or [
        {"file": "01-pier.txt", **spot(STORY, "The pier is safe again,"), "speaker": "Ona Brisk",
         "speaker_tokens": ["Brisk"], "kind": "direct"},
        {"file": "01-pier.txt", **spot(STORY, "new pilings"), "speaker": "Ona Brisk",
         "speaker_tokens": ["Brisk"], "kind": "partial"},
        {"file": "01-pier.txt", **spot(STORY, "We waited long enough,"), "speaker": "Kel Amsa",
         "speaker_tokens": ["Amsa"], "kind": "direct"},
        {"file": "02-shop.txt", **spot(SHOP, "Sales are up."), "speaker": "Tam Vey",
         "speaker_tokens": ["Vey"], "kind": "direct"},
    ]  # fmt: skip
    (root / "gold.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    notscare = {"file": "01-pier.txt", **spot(STORY, "Welcome Back"), "why": "sign text"}
    (root / "notscare.jsonl").write_text(json.dumps(notscare) + "\n", encoding="utf-8")
    (root / "sources.tsv").write_text(
        "file\toutlet\tgenre\n01-pier.txt\tHarbour Post\tlocal government\n02-shop.txt\tTrade Sheet\tbusiness\n",
        encoding="utf-8",
    )


def found(text: str, words: str, speaker: str | None, *, kind: str = "direct") -> Quote:
    start = text.index(words)
    return Quote(text=words, start=start, end=start + len(words), kind=kind, speaker=speaker)


def pier_extractor(text: str) -> list[Quote]:
    """Right on the first quote, wrong speaker on the second, the sign taken for a quote,
    the partial quote missed; the shop article right."""
    if text == SHOP:
        return [found(SHOP, "Sales are up.", "Tam Vey"), found(SHOP, "Sales", None, kind="indirect")]
    return [
        found(STORY, "The pier is safe again,", "Ona Brisk"),
        found(STORY, "Welcome Back", "Ona Brisk"),
        found(STORY, "We waited long enough,", "Ona Brisk"),
    ]


def test_load_news_reads_quotations_not_quotations_and_genres(tmp_path):
    write_news(tmp_path)
    pier, shop = load_news(tmp_path)
    assert (pier.name, pier.group, len(pier.quotations), len(shop.quotations)) == (
        "01-pier.txt",
        "politics and government",
        3,
        1,
    )
    first = pier.quotations[0]
    assert pier.text[first.start : first.end] == "The pier is safe again,"
    assert [pier.text[n.start : n.end] for n in pier.not_quotations] == ["Welcome Back"]
    assert shop.group == "business"
    assert [a.name for a in load_news(tmp_path, limit=1)] == ["01-pier.txt"]


@pytest.mark.parametrize(
    ("genre", "group"),
    [
        ("sport match report (tennis), wire", "sport"),
        ("courts (sentencing), UK national paper", "courts and crime"),
        ("trade press (IT channel), event write-up", "business"),
        ("magazine, health science", "science and health"),
        ("obituary appreciation (first-person remembrance)", "culture"),
        ("wire (AP), UK election politics", "politics and government"),
        ("culture, museum / art", "culture"),
        ("local, council / libraries", "politics and government"),
        ("wire (fictional), transport", "other"),
        ("crossword", "other"),
    ],
)
def test_genre_groups(genre, group):
    assert genre_group(genre) == group


@pytest.mark.parametrize(
    ("tokens", "speaker", "mention", "right"),
    [
        (("Brisk",), "Ona Brisk", None, True),
        (("brisk",), None, "Brisk", True),
        (("Brisk",), "Ona Brisken", None, False),  # a word, not a piece of one
        (("Electoral", "Commission"), "the Electoral Commission", None, True),
        (("Electoral", "Commission"), "Commission", None, False),
        (("Jae-in",), "Moon Jae-in", None, True),
        (("Jae-in",), "Moon Jae", None, False),
        ((), "Ona Brisk", None, None),  # nobody named: not judged
    ],
)
def test_speaker_right_needs_every_token_as_a_word(tokens, speaker, mention, right):
    text = "Brisk said so."
    quote = Quote(text="x", start=0, end=1, speaker=speaker)
    if mention:
        quote.speaker_start, quote.speaker_end = 0, len(mention)
    gold = NewsQuotation(start=0, end=1, speaker="Ona Brisk", speaker_tokens=tokens, kind="direct")
    assert speaker_right(quote, gold, text) is right


def test_evaluate_news_per_article_genre_and_overall(tmp_path):
    write_news(tmp_path)
    report = evaluate_news(load_news(tmp_path), pier_extractor)
    overall = report.overall()
    # 3 of 4 quotations found, the sign a false positive, the indirect quote not scored
    assert (overall.true_positives, overall.false_positives, overall.false_negatives) == (3, 1, 1)
    assert (overall.speaker_right, overall.speaker_judged) == (2, 3)
    genres = report.by_genre()
    assert list(genres) == ["business", "politics and government"]
    assert genres["business"].f1 == 1.0
    data = report.to_dict()
    assert data["per_article"]["01-pier.txt"]["false_negatives"] == 1
    assert data["overall"]["speaker"] == pytest.approx(2 / 3, abs=1e-4)
    table = format_news_report(report, title="tiny news")
    assert "tiny news" in table and "01-pier.txt" in table and "overall" in table


def test_news_errors_list_misses_false_positives_and_wrong_speakers(tmp_path):
    write_news(tmp_path)
    report = evaluate_news(load_news(tmp_path), pier_extractor)
    text_path, json_path = tmp_path / "errors.txt", tmp_path / "errors.jsonl"
    write_news_errors(report, text_path)
    write_news_errors(report, json_path)
    written = text_path.read_text(encoding="utf-8")
    assert "MISS [partial]" in written and "new pilings" in written
    assert "not a quotation: sign text" in written
    assert "SPEAKER" in written and "gold='Kel Amsa'" in written
    first = json.loads(json_path.read_text(encoding="utf-8").splitlines()[0])
    assert first["wrong_speakers"][0]["speaker"] == "Ona Brisk"


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda root: (root / "gold.jsonl").unlink(), "not a news-dev folder"),
        (lambda root: (root / "gold.jsonl").write_text("{oops\n"), "gold.jsonl:1: not a JSON object"),
        (
            lambda root: (root / "gold.jsonl").write_text(
                json.dumps({"file": "02-shop.txt", "text": "Sales", "start": 3}) + "\n"
            ),
            "not at offset 3 of 02-shop.txt",
        ),
    ],
)
def test_bad_folder_is_a_read_error(tmp_path, damage, message):
    write_news(tmp_path)
    damage(tmp_path)
    with pytest.raises(ReadError, match=message):
        load_news(tmp_path)


def test_cli_news(tmp_path):
    write_news(tmp_path / "news")
    errors = tmp_path / "errors.txt"
    result = CliRunner().invoke(
        cli, ["evaluate", "--news", str(tmp_path / "news"), "--json", "--errors", str(errors)]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] == 2 and set(scores["genres"]) <= {"business", "politics and government"}
    assert errors.read_text(encoding="utf-8").startswith("== 01-pier.txt")
    table = CliRunner().invoke(cli, ["evaluate", "--news", str(tmp_path / "news")])
    assert table.exit_code == 0 and "overall" in table.output
    missing = CliRunner().invoke(cli, ["evaluate", "--news", str(tmp_path / "nowhere")])
    assert missing.exit_code != 0 and "not a news-dev folder" in missing.output
    assert "Traceback" not in missing.output
