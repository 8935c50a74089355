"""What confidence means: the features of a quote, the model applied, the
reliability table, and fitting the model (on labelled quotes made up here)."""

from __future__ import annotations

import json

import pytest

from quotes.evaluation.calibration import (
    Labelled,
    fit_exponent,
    fit_model,
    fit_weights,
    format_reliability,
    leave_one_out,
    reliability,
    write_weights,
)
from quotes.extract.confidence import REVIEW_BELOW, calibrate, features, model, probability
from quotes.records import Quote

TEXT = "Harbour news\n\n“The pier is open,” said Mara Venn. He disagreed, Orrin said."


def quote_of(words: str, mention: str | None, **fields) -> Quote:
    start = TEXT.index(words)
    quote = Quote(text=words, start=start, end=start + len(words), **fields)
    if mention is not None:
        quote.speaker_start = TEXT.index(mention)
        quote.speaker_end = quote.speaker_start + len(mention)
    return quote


@pytest.mark.parametrize(
    "quote, present",
    [
        (
            quote_of("The pier is open", "Mara Venn", kind="direct", cue="said", speaker="Mara Venn"),
            {"kind_direct", "cue_plain", "mention_name"},
        ),
        (
            quote_of("He disagreed", "He", kind="indirect", cue="said", speaker="he"),
            {"mention_pronoun", "unresolved"},
        ),
        (quote_of("The pier is open", None, kind="direct"), {"mention_none", "cue_none", "speaker_none"}),
        (quote_of("Harbour news", None, kind="direct"), {"headline"}),
    ],
)
def test_features_say_what_extraction_knows(quote, present):
    found = features(quote, TEXT)
    assert present <= set(found) and found["bias"] == 1.0
    assert 0 < found["words"] <= 1


def test_probability_is_monotone_in_the_score_and_the_exponent_lowers_it():
    weights = {"bias": 1.0, "rules": 2.0}
    low, high = (
        probability({"bias": 1, "rules": 0.1}, weights),
        probability({"bias": 1, "rules": 0.9}, weights),
    )
    assert 0 < low < high < 1
    assert probability({"bias": 1, "rules": 0.9}, weights, 3.0) == pytest.approx(high**3)


def test_calibrate_marks_low_confidence_quotes_for_review():
    sure = quote_of(
        "The pier is open", "Mara Venn", kind="direct", cue="said", speaker="Mara Venn", confidence=0.9
    )
    unsure = quote_of("He disagreed", None, kind="indirect", confidence=0.1)
    calibrate([sure, unsure], TEXT)
    assert sure.confidence > unsure.confidence
    assert sure.needs_review is False and unsure.needs_review is (unsure.confidence < REVIEW_BELOW)
    weights, exponent = model()
    assert weights and exponent >= 1.0


def labelled(confidence: float, right: bool, **extra: float) -> Labelled:
    return Labelled(features={"bias": 1.0, "rules": confidence, **extra}, confidence=confidence, right=right)


def test_reliability_bins_and_the_sure_share():
    items = [labelled(0.95, True)] * 9 + [labelled(0.92, False), labelled(0.2, False), labelled(0.6, True)]
    rows = dict((low, (total, right)) for low, total, right in reliability(items))
    assert rows[0.95] == (9, 9) and rows[0.9] == (1, 0) and rows[0.0] == (1, 0) and rows[0.5] == (1, 1)
    table = format_reliability(reliability(items), title="made up")
    assert table.splitlines()[0] == "made up" and table.splitlines()[-1].split()[-2:] == ["10", "0.900"]


def test_fit_weights_learns_which_feature_means_right_and_the_exponent_makes_sure_mean_sure(tmp_path):
    items = [labelled(0.9, True, plain=1.0) for _ in range(40)]
    items += [labelled(0.9, i % 2 == 0, far=1.0) for i in range(40)]
    weights = fit_weights(items)
    assert weights["plain"] > weights["far"]
    exponent = fit_exponent([items], weights, target=0.98)
    sure = [item.right for item in items if probability(item.features, weights, exponent) >= 0.9]
    assert not sure or sum(sure) / len(sure) >= 0.98
    path = write_weights(weights, exponent=exponent, trained_on="made up", path=tmp_path / "model.json")
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["exponent"] == exponent and saved["weights"] == dict(sorted(weights.items()))


def test_the_exponent_makes_sure_mean_sure_in_each_group():
    polnear = [labelled(0.9, True, plain=1.0) for _ in range(40)]
    news = [labelled(0.9, i % 4 != 0, plain=1.0) for i in range(40)]
    weights = {"bias": 3.0, "plain": 1.0}
    alone, both = fit_exponent([polnear], weights), fit_exponent([polnear, news], weights)
    assert both > alone


def test_the_news_like_quotes_weigh_in_the_fit():
    polnear = [labelled(0.9, i % 10 != 0, pronoun_rival=float(i % 2)) for i in range(200)]
    news = [labelled(0.9, i % 2 == 0, pronoun_rival=float(i % 2)) for i in range(40)]
    without, _ = fit_model(polnear, [])
    weights, exponent = fit_model(polnear, news)
    assert weights["pronoun_rival"] < without.get("pronoun_rival", 0.0) and exponent >= 1.0


def test_leave_one_out_names_each_set_and_its_wrong_speakers():
    polnear = [labelled(0.9, True, plain=1.0) for _ in range(40)] + [labelled(0.3, False) for _ in range(40)]
    wrong = Labelled({"bias": 1.0, "rules": 0.3}, 0.3, False, wrong_speaker=True)
    sets = {"one": [labelled(0.9, True, plain=1.0), wrong], "two": [labelled(0.9, True, plain=1.0), wrong]}
    lines = list(leave_one_out(polnear, sets))
    assert [line.split(":")[0] for line in lines] == ["one", "two"]
    assert all("wrong speakers 1, < 0.5 1" in line for line in lines)
