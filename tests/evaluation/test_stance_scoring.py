"""Scoring the stance tagger against hand labels, and reading the labels."""

import json

import pytest
from click.testing import CliRunner

from quotes.cli import cli
from quotes.enrich.stance import StanceError, load_taxonomy
from quotes.evaluation.stance_labels import LabelledQuote, attach_cues, label_split, load_labels
from quotes.evaluation.stance_scoring import (
    DEFAULT_LABELS,
    NONE,
    evaluate_file,
    format_scores,
    score,
    scored_tags,
)
from quotes.evaluation.stance_training import POLNEAR_LABELS
from quotes.extract.stance_features import QuoteSpan
from quotes.records import Quote

ARTICLE = (
    "Mayor Tilda Brenn warned that the dam would fail.\n\n"
    '"Fix the pumps now," Brenn urged the council.\n\n'
    "Ovo Castell, an engineer, said the river rose two metres."
)


def labelled(tags, start=0, end=10):
    return LabelledQuote(file="a.txt", span=QuoteSpan(article=ARTICLE, start=start, end=end), tags=tags)


def test_score_counts_per_tag_micro_macro_and_confusions():
    labels = [
        labelled({"warns": None}),
        labelled({"urges": "the council"}),
        labelled({"analyzes": None}),
        labelled({}),
    ]
    predicted = [{"warns": None}, {"criticizes": None}, {}, {"predicts": None}]
    tags = ["criticizes", "warns", "urges", "predicts", "analyzes"]
    scores = score(labels, predicted, tags=tags)
    assert scores.per_tag["warns"] == {
        "tp": 1,
        "fp": 0,
        "fn": 0,
        "support": 1,
        "precision": 1.0,
        "recall": 1.0,
        "f1": 1.0,
    }
    assert scores.per_tag["criticizes"]["fp"] == 1 and scores.per_tag["urges"]["fn"] == 1
    assert scores.micro["tp"] == 1 and scores.micro["fp"] == 2 and scores.micro["fn"] == 2
    assert scores.micro["precision"] == pytest.approx(1 / 3)
    # macro: the mean over tags with support (warns 1.0, urges 0.0, analyzes 0.0)
    assert scores.macro["recall"] == pytest.approx(1 / 3)
    assert scores.confusions == {
        ("urges", "criticizes"): 1,
        ("analyzes", NONE): 1,
        (NONE, "predicts"): 1,
    }
    table = format_scores(scores)
    assert "(micro)" in table and "(macro)" in table and "urges -> criticizes: 1" in table
    assert json.loads(json.dumps(scores.to_dict()))["confusions"][0]["count"] == 1


def test_scored_tags_are_the_general_ones_and_those_the_labels_use():
    taxonomy = load_taxonomy()
    tags = scored_tags(taxonomy, [labelled({"urges-pressure": None})])
    assert "criticizes" in tags and "analyzes" in tags and "urges-pressure" in tags
    assert "urges-dialogue" not in tags


def write_news_dev(folder, stance_lines, gold_lines=None):
    (folder / "text").mkdir()
    (folder / "text" / "01-dam.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "stance.jsonl").write_text("".join(json.dumps(x) + "\n" for x in stance_lines))
    if gold_lines is not None:
        (folder / "gold.jsonl").write_text("".join(json.dumps(x) + "\n" for x in gold_lines))
    return folder / "stance.jsonl"


def test_jsonl_labels_take_the_whole_quote_from_gold(tmp_path):
    quote = "Fix the pumps now,"
    start = ARTICLE.index(quote)
    path = write_news_dev(
        tmp_path,
        [{"file": "01-dam.txt", "start": start, "text": quote[:6], "tags": ["urges"], "target": "pumps"}],
        [{"file": "01-dam.txt", "start": start, "text": quote, "kind": "direct"}],
    )
    [label] = load_labels(path)
    assert label.text == quote and label.tags == {"urges": None} and label.span.kind == "direct"


@pytest.mark.parametrize(
    "line, problem",
    [
        ("not json", r"stance\.jsonl:1: expected a JSON object"),
        (json.dumps({"file": "01-dam.txt", "start": 3, "text": "Fix", "tags": []}), "not at offset 3"),
        (json.dumps({"file": "02-none.txt", "start": 0, "text": "Mayor", "tags": []}), "cannot read"),
        (
            json.dumps({"file": "01-dam.txt", "start": 0, "text": "Mayor", "tags": "warns"}),
            "list of tag names",
        ),
    ],
)
def test_bad_jsonl_labels_name_the_file_and_line(tmp_path, line, problem):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "01-dam.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "stance.jsonl").write_text(line + "\n")
    with pytest.raises(StanceError, match=problem):
        load_labels(tmp_path / "stance.jsonl")


def test_bad_yaml_labels_name_the_file(tmp_path):
    bad = tmp_path / "labels.yml"
    bad.write_text("quotes:\n  - {file: missing.txt}\n")
    with pytest.raises(StanceError, match=r"labels\.yml: quotes\[0\]: needs file, start and end"):
        load_labels(bad, root=tmp_path)


@pytest.mark.parametrize(
    "file, given, file_split, split",
    [
        ("polnear/train/text/a.txt", None, None, "train"),
        ("polnear/dev/text/a.txt", None, None, "dev"),
        ("corpus/test/b.txt", None, None, "test"),
        ("seeds/a.txt", None, None, "dev"),
        ("train.txt", None, None, "dev"),  # a file's own name is no folder
        ("polnear/train/text/a.txt", "holdout", None, "holdout"),
        ("polnear/train/text/a.txt", None, "dev", "dev"),
        ("polnear/train/text/a.txt", "holdout", "dev", "holdout"),
    ],
)
def test_a_labels_split_is_given_or_its_files_folder(file, given, file_split, split):
    assert label_split(file, given=given, file_split=file_split) == split


def test_yaml_labels_take_their_split_from_the_entry_the_file_or_the_folder(tmp_path):
    for folder in ("train", "dev"):
        (tmp_path / "corpus" / folder).mkdir(parents=True)
        (tmp_path / "corpus" / folder / "01-dam.txt").write_text(ARTICLE, encoding="utf-8")
    start = ARTICLE.index("Fix the pumps now,")
    entries = "".join(
        f"  - {{file: corpus/{folder}/01-dam.txt, start: {start}, end: {start + 4}, tags: [urges]{extra}}}\n"
        for folder, extra in [("train", ""), ("dev", ""), ("train", ", split: holdout")]
    )
    labels = tmp_path / "labels.yml"
    labels.write_text("quotes:\n" + entries)
    assert [item.split for item in load_labels(labels, root=tmp_path)] == ["train", "dev", "holdout"]
    labels.write_text("split: tuning\nquotes:\n" + entries)
    assert [item.split for item in load_labels(labels, root=tmp_path)] == ["tuning", "tuning", "holdout"]


def test_cues_come_from_the_extracted_quote_that_overlaps_most():
    quote = "Fix the pumps now,"
    start = ARTICLE.index(quote)
    cue_start = ARTICLE.index("urged")
    found = Quote(text=quote, start=start - 1, end=start + len(quote) + 1, cue="urged")
    found.cue_start, found.cue_end = cue_start, cue_start + 5
    [label] = attach_cues([labelled({"urges": None}, start, start + len(quote))], lambda text: [found])
    assert (label.cue, label.span.cue_start, label.span.cue_end) == ("urged", cue_start, cue_start + 5)


def test_labels_reference_files_not_copies(seeds_dir, polnear_dir):
    text = DEFAULT_LABELS.read_text()
    assert "North Korea trying to get attention" not in text
    labels = load_labels(DEFAULT_LABELS, root=seeds_dir.parent)
    assert len(labels) >= 100
    assert sum(1 for item in labels if item.file.startswith("polnear/")) >= 30
    assert all(item.text and item.tags for item in labels)
    assert {item.split for item in labels} == {"dev", "holdout"}  # the file's own splits, not PolNeAR's


def test_the_polnear_training_labels_point_at_quotes_with_the_taxonomys_tags(polnear_dir):
    text = POLNEAR_LABELS.read_text()
    labels = load_labels(POLNEAR_LABELS, root=polnear_dir.parent)
    assert len(labels) >= 600
    assert all(item.file.startswith("polnear/") and item.text.strip() for item in labels)
    assert not any(item.text in text for item in labels if len(item.text) > 40)  # offsets, not copies
    general = {t.name for t in load_taxonomy().tags if t.beat == "general"}
    assert {tag for item in labels for tag in item.tags} <= general
    assert len({(item.file, item.span.start, item.span.end) for item in labels}) == len(labels)
    assert {item.split for item in labels if item.file.startswith("polnear/train/")} == {"train"}
    assert {item.split for item in labels if item.file.startswith("polnear/dev/")} == {"dev"}


def test_stored_tags_are_precise_on_the_labelled_sample(seeds_dir, polnear_dir):
    """Precision first: on the sample and PolNeAR labels the stored tags are
    nearly all right (cross-validated figures: ``scripts/train-stance``)."""
    results = evaluate_file(DEFAULT_LABELS, root=seeds_dir.parent)
    overall = results["all"]
    assert overall.micro["precision"] >= 0.85, format_scores(overall)
    assert overall.micro["tp"] >= 20, format_scores(overall)
    assert {"dev", "holdout"} <= results.keys()


def test_evaluate_stance_command(tmp_path):
    quote = "Fix the pumps now,"
    start = ARTICLE.index(quote)
    path = write_news_dev(
        tmp_path,
        [{"file": "01-dam.txt", "start": start, "text": quote, "tags": ["urges"], "target": "pumps"}],
    )
    result = CliRunner().invoke(cli, ["evaluate", "--stance", str(path)])
    assert result.exit_code == 0, result.output
    assert "urges" in result.output and "(micro)" in result.output
    assert "stored and suggested" in result.output
    printed = CliRunner().invoke(cli, ["evaluate", "--stance", str(path), "--json"])
    assert json.loads(printed.stdout)["all"]["per_tag"]["urges"]["support"] == 1
    missing = CliRunner().invoke(cli, ["evaluate", "--stance", str(tmp_path / "none.jsonl")])
    assert missing.exit_code == 1 and "labels file not found" in missing.output
