"""Speaker mentions as text (quotes.extract.mentions): kinds, titles,
appositives and name candidates (pure text; fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.mentions import (
    appositive_after,
    head_word,
    name_candidates,
    names_someone,
    speaker_kind,
    strip_determiner,
    title_before,
)


def test_strip_determiner_and_head_word():
    assert strip_determiner("the spokesman") == "spokesman"
    assert strip_determiner("Tove Lind") == "Tove Lind"
    assert head_word("Norland’s defense ministry") == "ministry"
    assert head_word("the Ministry’s") == "ministry"
    assert head_word("") == ""


@pytest.mark.parametrize(
    "mention, kind",
    [
        ("Tove Lind", "person"),
        ("he", "person"),
        ("they", "group"),
        ("analysts", "group"),
        ("some experts", "group"),
        ("the crowd", "group"),
        ("a senior Norlandic military official", "anonymous"),
        ("an unidentified Foreign Ministry spokesman", "anonymous"),
        ("the spokeswoman", "anonymous"),
        ("Norland's defense ministry", "organization"),
        ("the Joint Chiefs of Staff", "organization"),
        ("Seoul", "organization"),
        ("CNN", "organization"),
        ("the report", "organization"),
    ],
)
def test_speaker_kind(mention, kind):
    assert speaker_kind(mention) == kind


def test_title_before_a_name():
    text = "Yesterday Deputy Harbour Minister Ansel Kobb arrived. Then Sen. Ola Ruud spoke."
    assert title_before(text, text.index("Ansel")) == "Deputy Harbour Minister"
    assert title_before(text, text.index("Ola")) == "Sen."
    # a sentence end is not crossed, and plain words are not titles
    assert title_before("He arrived. Ansel Kobb spoke.", 12) is None
    assert title_before("the tall Ansel Kobb", 9) is None


@pytest.mark.parametrize(
    "text, title",
    [
        ("said the Rev. Ola Ruud", "Rev."),  # every abbreviated title of the lexicon
        ("said Capt. Ola Ruud", "Capt."),
        ("Harbour envoy the Rev. Ola Ruud", "Rev."),  # "the" inside a title only after "of"
        ("the Secretary of the Harbour Ola Ruud", "Secretary of the Harbour"),
        ("Harbour Sens. Ola Ruud and Dag Orrin", None),  # a plural title names nobody alone
    ],
)
def test_title_before_abbreviated_titles(text, title):
    assert title_before(text, text.index("Ola")) == title


def test_appositive_after_a_name():
    text = "Halvard Quist, acting president of the Brennmoor Institute for Policy Studies think tank in Vell, said"
    end = text.index(",")
    assert appositive_after(text, end) == ("acting president", "Brennmoor Institute for Policy Studies")
    text = "Ina Moss, the U.S. envoy to the United Nations, said"
    assert appositive_after(text, text.index(",")) == ("U.S. envoy", "United Nations")
    text = "Per Dahl, a professor at Eastmarch University in Vell, told reporters"
    assert appositive_after(text, text.index(",")) == ("professor", "Eastmarch University")
    assert appositive_after("Per Dahl said so.", 8) == (None, None)


def test_name_candidates_strip_titles_and_sentence_words():
    text = "The Harbour Minister Ansel Kobb met Tove Lind. Then Ola Ruud left."
    names = [name for _, _, name in name_candidates(text)]
    assert "Ansel Kobb" in names and "Tove Lind" in names and "Ola Ruud" in names
    for start, end, name in name_candidates(text):
        assert text[start:end] == name


def test_name_candidates_drop_body_and_party_words_before_a_name():
    # a surname that is also a place word ("London") is kept
    text = "Harbour Board Ranking Democrat Mara Venn spoke, and Dag London and Ola T. London listened."
    names = [name for _, _, name in name_candidates(text)]
    assert names == ["Mara Venn", "Dag London", "Ola T. London"]


def test_name_candidates_skip_a_title_ending_the_run():
    """``Harbour Gov. Mara Venn``: the capitals before the full stop are a title, not a name."""
    text = "Harbour Gov. Mara Venn and Harbour Rev. Ola Ruud met Gen Orrin."
    names = [name for _, _, name in name_candidates(text)]
    assert names == ["Mara Venn", "Ola Ruud", "Gen Orrin"]


def test_names_someone_rejects_time_and_sentence_words():
    assert names_someone("Ansel H. Kobb")
    assert not names_someone("On Saturday") and not names_someone("In December")
