"""Scoring rules: span matching, one-to-one matching, speakers, the report, the CLI."""

from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.evaluation.polnear import GoldAttribution, PolnearArticle
from quotes.evaluation.scoring import (
    EvaluationError,
    evaluate,
    format_report,
    is_direct_prediction,
    match,
    match_ratio,
    spans_match,
    speaker_correct,
    write_errors,
)
from quotes.records import Quote


def gold(content, source=(), gid="E1"):
    return GoldAttribution(gid, tuple(content), cue=(), source=tuple(source))


def quote(start, end, text=None, **kw):
    return Quote(text=text if text is not None else "x" * (end - start), start=start, end=end, **kw)


def test_half_of_the_shorter_span():
    parts = ((100, 200),)
    assert spans_match(100, 200, parts)
    assert spans_match(150, 160, parts)  # prediction inside gold: overlap is all of the shorter
    assert spans_match(50, 150, parts)  # 50 of 100 = exactly half
    assert not spans_match(49, 149, parts)  # 49 of 100
    assert not spans_match(200, 300, parts)  # touching is no overlap
    assert match_ratio(0, 0, parts) == 0.0


def test_discontinuous_gold_uses_the_union_of_its_parts():
    parts = ((0, 10), (90, 100))  # 20 characters of content, a gap of 80
    assert match_ratio(0, 100, parts) == 1.0  # covers both parts, the gap does not count
    assert match_ratio(0, 10, parts) == 1.0
    assert match_ratio(10, 90, parts) == 0.0  # only the gap: no match
    assert spans_match(5, 95, ((0, 10),))  # 5 of the 10 gold characters: half
    assert not spans_match(6, 95, ((0, 10),))


def test_one_to_one_best_first_and_splits():
    golds = [gold([(0, 100)], gid="E1"), gold([(200, 300)], gid="E2"), gold([(400, 450)], gid="E3")]
    predictions = [
        quote(0, 40),  # inside E1: ratio 1.0, but fewer characters than the exact span
        quote(0, 100),  # exact E1
        quote(210, 290),  # E2
        quote(600, 650),  # nothing
    ]
    result = match(golds, predictions)
    assert [(g.id, q.start, q.end) for g, q in result.pairs] == [("E1", 0, 100), ("E2", 210, 290)]
    assert [g.id for g in result.misses] == ["E3"]
    assert [(q.start, q.end) for q in result.false_positives] == [(600, 650)]
    assert len(result.splits) == 1  # the other half of E1 is neither TP nor FP


def test_one_to_one_prefers_the_better_overlap():
    golds = [gold([(0, 100)], gid="E1"), gold([(100, 160)], gid="E2")]
    # the long prediction overlaps E1 by 60/100 and E2 completely (60/60)
    predictions = [quote(40, 160), quote(0, 90)]
    result = match(golds, predictions)
    assert {(g.id, q.start) for g, q in result.pairs} == {("E2", 40), ("E1", 0)}
    assert not result.false_positives and not result.splits and not result.misses


def _marked_quote(article: str, words: str, kind: str) -> Quote:
    start = article.index(words)
    return quote(start, start + len(words), words, kind=kind)


@pytest.mark.parametrize(
    "article, words, kind, direct",
    [
        ('Kobb said: "The pier is unsafe."', "The pier is unsafe.", "direct", True),
        ("Kobb said: \u201cThe pier is unsafe,\u201d and left.", "The pier is unsafe", "direct", True),
        ("Kobb called it \u201ca wreck\u201d on Monday.", "a wreck", "partial", True),
        ("Kobb called it ''a wreck'' on Monday.", "a wreck", "partial", True),  # NYT style
        ('Kobb said "the pier" was unsafe.', 'Kobb said "the pier" was unsafe', "indirect", True),
        ("Kobb Calls Pier \u2018A Wreck\u2019", "A Wreck", "partial", False),  # a headline's single marks
        ("KOBB: The pier is unsafe.", "The pier is unsafe.", "direct", False),  # a transcript line
        ("Kobb said the voters' view was clear.", "the voters' view was clear", "indirect", False),
        ("Kobb said that it\u2019s closed.", "that it\u2019s closed", "indirect", False),
    ],
)
def test_direct_prediction_by_the_golds_test(article, words, kind, direct):
    """A prediction is direct when double quotation marks hold or enclose it, as a gold is."""
    assert is_direct_prediction(_marked_quote(article, words, kind), article) is direct


TEXT = "Councillor Dara Pelt said the pier is unsafe. He added that it will close."


def test_speaker_by_mention_overlap_or_shared_name():
    g = gold([(23, 45)], source=[(0, 20)])  # "Councillor Dara Pelt"
    assert speaker_correct(quote(23, 45, speaker_start=11, speaker_end=20), g, TEXT)
    assert speaker_correct(quote(23, 45, speaker="Dara Pelt"), g, TEXT)
    assert not speaker_correct(quote(23, 45, speaker="Tomas Reye"), g, TEXT)
    assert not speaker_correct(quote(23, 45), g, TEXT)
    # pronoun source: the mention must overlap; "He" is not a name to share
    he = gold([(56, 73)], source=[(46, 48)])
    assert speaker_correct(quote(56, 73, speaker="Dara Pelt", speaker_start=46, speaker_end=48), he, TEXT)
    assert not speaker_correct(quote(56, 73, speaker="He"), he, TEXT)
    # no gold source: not judged
    assert speaker_correct(quote(23, 45, speaker="Dara Pelt"), gold([(23, 45)]), TEXT) is None


def fake_corpus() -> list[PolnearArticle]:
    one = (
        "Officials met. \u201cThe dam holds,\u201d said engineer Ona Brisk. Ona Brisk said the river is low."
    )
    two = "Nobody spoke. \u201cWe wait,\u201d said Kel Amsa."

    def at(text, needle):
        start = text.index(needle)
        return (start, start + len(needle))

    brisk = one.rindex("Ona Brisk")  # the second mention, source of the indirect quote
    return [
        PolnearArticle(
            "one",
            one,
            "aa",
            [
                GoldAttribution(
                    "E1",
                    (at(one, "\u201cThe dam holds,\u201d"),),
                    (at(one, "said"),),
                    (at(one, "engineer Ona Brisk"),),
                ),
                GoldAttribution("E2", (at(one, "the river is low"),), (), ((brisk, brisk + 9),)),
            ],
        ),
        PolnearArticle(
            "two",
            two,
            "aa",
            [GoldAttribution("E1", (at(two, "\u201cWe wait,\u201d"),), (), (at(two, "Kel Amsa"),))],
        ),
    ]


def quoted_only(text: str) -> list[Quote]:
    """A tiny baseline: every curly-quoted span, attributed to the next capitalised pair."""
    quotes = []
    for m in re.finditer("\u201c([^\u201d]+)\u201d", text):
        name = re.search(r"[A-Z]\w+ [A-Z]\w+", text[m.end() :])
        quotes.append(
            Quote(
                text=m.group(1),
                start=m.start(1),
                end=m.end(1),
                kind="direct",
                speaker=name.group(0) if name else None,
            )
        )
    return quotes


def test_evaluate_counts_direct_and_all():
    report = evaluate(fake_corpus(), quoted_only)
    assert (report.direct.true_positives, report.direct.false_positives, report.direct.false_negatives) == (
        2,
        0,
        0,
    )
    assert report.direct.f1 == 1.0
    assert (report.all.true_positives, report.all.false_negatives) == (2, 1)
    assert report.all.recall == pytest.approx(2 / 3)
    assert report.all.precision == 1.0
    # "Ona Brisk" shares a name with "engineer Ona Brisk"; "Kel Amsa" is right
    assert report.direct.speaker_right == 2 and report.direct.attribution == 1.0
    table = format_report(report, title="tiny")
    assert "tiny" in table and re.search(r"direct\s+1\.000\s+1\.000\s+1\.000", table)
    assert report.to_dict()["all"]["false_negatives"] == 1


def test_evaluate_records_failures():
    def gives_up(text: str) -> list[Quote]:
        if "Nobody" in text:
            raise ValueError("unbalanced quotes")
        return quoted_only(text)

    report = evaluate(fake_corpus(), gives_up)
    assert [r.article.name for r in report.failures] == ["two"]
    assert report.direct.false_negatives == 1
    with pytest.raises(ValueError):
        evaluate(fake_corpus(), gives_up, keep_going=False)
    with pytest.raises(EvaluationError):
        evaluate([], quoted_only)


def test_write_errors(tmp_path):
    report = evaluate(fake_corpus(), lambda text: [*quoted_only(text), quote(0, 13, "Officials met")])
    text_path, json_path = tmp_path / "errors.txt", tmp_path / "errors.jsonl"
    write_errors(report, text_path)
    write_errors(report, json_path)
    written = text_path.read_text(encoding="utf-8")
    assert "MISS [indirect]" in written and "the river is low" in written
    assert "FP [direct]" in written and "Officials met" in written
    records = [json.loads(line) for line in json_path.read_text(encoding="utf-8").splitlines()]
    assert records[0]["article"] == "one" and records[0]["misses"][0]["source"] == "Ona Brisk"
    assert records[1]["false_positives"][0]["start"] == 0


def test_cli_missing_corpus_is_a_one_line_error(tmp_path):
    result = CliRunner().invoke(cli, ["evaluate", "--polnear", str(tmp_path / "nowhere")])
    assert result.exit_code != 0
    assert "no PolNeAR compartment" in result.output and "Traceback" not in result.output


def test_cli_scores_a_small_corpus(tmp_path):
    from tests.evaluation.test_polnear import TEXT as STORY
    from tests.evaluation.test_polnear import make_ann, write_corpus

    write_corpus(tmp_path, {"story": (STORY, {"aa": make_ann()})}, {"story": "aa"})
    errors = tmp_path / "errors.txt"
    result = CliRunner().invoke(
        cli, ["evaluate", "--polnear", str(tmp_path), "--json", "--errors", str(errors)]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert scores["articles"] == 1 and scores["split"] == "dev"
    assert scores["direct"]["true_positives"] + scores["direct"]["false_negatives"] == 1
    assert errors.read_text(encoding="utf-8").startswith("== story (aa)")
    table = CliRunner().invoke(cli, ["evaluate", "--polnear", str(tmp_path)])
    assert table.exit_code == 0 and "PolNeAR dev" in table.output and "direct" in table.output


@pytest.fixture(scope="module")
def dev_report(polnear_dir):
    """The engine scored on the real dev split (once for the module)."""
    from quotes.evaluation.polnear import load_split
    from quotes.extract import extract_quotes

    report = evaluate(load_split(polnear_dir, "dev"), extract_quotes, keep_going=False)
    print(format_report(report, title="PolNeAR dev"))
    return report


def test_dev_direct_f1(dev_report):
    assert dev_report.direct.f1 >= 0.90


def test_dev_all_f1(dev_report):
    assert dev_report.all.f1 >= 0.70


def test_dev_attribution(dev_report):
    assert dev_report.direct.attribution >= 0.93


def test_evaluate_reports_each_article_scored():
    seen = []
    report = evaluate(fake_corpus(), quoted_only, on_progress=seen.append)
    assert [p.done for p in seen] == list(range(len(report.articles) + 1))
    assert {(p.task, p.total) for p in seen} == {("articles scored", len(report.articles))}
