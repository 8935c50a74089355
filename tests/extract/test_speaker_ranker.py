"""The speaker re-ranker: candidates and features from text positions, the
model's application, and the shipped weights (made-up people only)."""

from __future__ import annotations

import pytest

from quotes.extract.speaker_candidates import article_layout, candidate_features, candidates, recency
from quotes.extract.speaker_ranker import RankerModel, model, rerank
from quotes.records import Quote

TEXT = (
    "Tomas Brekk runs the ferry to Kell Island.\n"
    "Mira Tollen, the harbour master, spoke after him. “The tide is late,” she said.\n"
)
SAID = "“The tide is late,”"


def quote(speaker: str = "Tomas Brekk", mention: str = "she") -> Quote:
    """The quote of :data:`TEXT`, its speaker ``speaker`` resting on ``mention``."""
    start = TEXT.index(SAID)
    at = TEXT.index(mention, start) if mention in TEXT[start:] else TEXT.index(mention)
    return Quote(
        text=SAID,
        start=start,
        end=start + len(SAID),
        kind="direct",
        cue="said",
        cue_start=TEXT.index("said", start),
        cue_end=TEXT.index("said", start) + 4,
        speaker=speaker,
        speaker_start=at,
        speaker_end=at + len(mention),
        speaker_kind="person",
        confidence=0.8,
    )


def test_candidates_are_the_names_around_the_quote() -> None:
    found = quote()
    layout = article_layout([found], TEXT)
    assert candidates(layout, found) == ["Mira Tollen", "Tomas Brekk"]


def test_features_read_distance_gender_and_the_rules_choice() -> None:
    found = quote()
    layout = article_layout([found], TEXT)
    names = recency(layout, found, candidates(layout, found))
    assert names[0] == "Mira Tollen"  # named last before the quote
    mira = candidate_features(layout, found, "Mira Tollen", names)
    tomas = candidate_features(layout, found, "Tomas Brekk", names)
    assert (
        mira["in_paragraph_before"] == 1.0 and mira["gender_agrees"] == 1.0 and mira["opens_paragraph"] == 1.0
    )
    assert "rules" not in mira and mira["recent_0"] == 1.0
    assert tomas["rules"] == 1.0 and tomas["rules_pronoun"] == 1.0 and tomas["gender_clash"] == 1.0
    assert tomas["before_paragraphs"] > 0 and "in_paragraph_before" not in tomas


def test_overwhelming_evidence_replaces_the_rules_choice() -> None:
    ranker = RankerModel(weights={"in_paragraph_before": 8.0, "bias": -4.0}, margin=0.3)
    found = quote()
    rerank([found], TEXT, ranker=ranker)
    assert found.speaker == "Mira Tollen" and found.speaker_kind == "person"
    assert TEXT[found.speaker_start : found.speaker_end] == "she"  # the mention stays


def test_a_small_margin_keeps_the_rules_choice() -> None:
    ranker = RankerModel(weights={"in_paragraph_before": 0.5, "rules": 0.3}, margin=0.3)
    found = quote()
    rerank([found], TEXT, ranker=ranker)
    assert found.speaker == "Tomas Brekk"


def test_a_name_mention_is_never_overruled() -> None:
    ranker = RankerModel(weights={"in_paragraph_before": 8.0, "bias": -4.0}, margin=0.0)
    found = quote(speaker="Tomas Brekk", mention="Tomas Brekk")
    rerank([found], TEXT, ranker=ranker)
    assert found.speaker == "Tomas Brekk"


def test_the_shipped_weights_load() -> None:
    shipped = model()
    assert shipped.weights and "rules" in shipped.weights
    assert 0.0 <= shipped.margin <= 1.0


def test_streets_and_titles_in_quotation_marks_are_no_candidates() -> None:
    text = (
        "Tomas Brekk, who starred in the show “Harbour Nights”, sold his house on Kelp Parade.\n"
        "Mira Tollen bought it. “The tide is late,” she said.\n"
    )
    start = text.index("“The tide")
    at = text.index("she said")
    found = Quote(
        text="The tide is late,",
        start=start + 1,
        end=text.index("”", start),
        kind="direct",
        cue="said",
        cue_start=at + 4,
        cue_end=at + 8,
        speaker="Mira Tollen",
        speaker_start=at,
        speaker_end=at + 3,
        speaker_kind="person",
        confidence=0.8,
    )
    layout = article_layout([found], text)
    assert candidates(layout, found) == ["Mira Tollen", "Tomas Brekk"]


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [("harbour board", "organization"), ("people at the pier", "group"), ("a spokesman", "anonymous")],
)
def test_a_body_a_group_or_an_unnamed_source_is_never_overruled(speaker: str, kind: str) -> None:
    ranker = RankerModel(weights={"in_paragraph_before": 8.0, "bias": -4.0}, margin=0.0)
    found = quote(speaker=speaker, mention="she")
    found.speaker_kind = kind
    rerank([found], TEXT, ranker=ranker)
    assert found.speaker == speaker
