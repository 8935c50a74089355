"""What to parse (quotes.extract.windows): long runs cut into windows."""

from __future__ import annotations

import itertools

import pytest

from quotes.extract.speaker_words import ABBREVIATIONS
from quotes.extract.windows import cut_windows, text_pieces


def test_windows_cut_long_runs_at_sentence_ends():
    text = "".join(f"Sentence number {i} is here. " for i in range(200)).strip()
    windows = list(cut_windows(text, 0, len(text), 500))
    assert len(windows) > 1
    assert all(end - start <= 500 for start, end in windows)
    assert all(text[end - 1] == "." for _, end in windows)  # cut after a full stop
    # windows follow each other and together hold every sentence
    assert windows[0][0] == 0 and windows[-1][1] == len(text)
    for (_, end), (start, _) in itertools.pairwise(windows):
        assert not text[end:start].strip()


def test_windows_cut_a_sentence_longer_than_a_window_at_a_space():
    text = "word " * 1000 + "end"
    windows = list(cut_windows(text, 0, len(text), 300))
    assert all(0 < end - start <= 300 for start, end in windows)
    assert all(text[end - 1] != " " and (end == len(text) or text[end] == " ") for _, end in windows)
    assert "".join(text[start:end] for start, end in windows).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    "text, ends_with",
    [
        ("A short paragraph here.\n\n" * 40, "\n\n"),  # at paragraph breaks
        ("A line of a poem here\n" * 50, "\n"),  # else at line breaks
        ("One sentence ends here. " * 50, ". "),  # else after a sentence
        ("words " * 200, " "),  # else after a space
        ("x" * 1000, "x"),  # else at the limit
    ],
)
def test_long_texts_are_cut_into_pieces(text, ends_with):
    pieces = text_pieces(text, limit=300)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(end == start for (_, end), (start, _) in itertools.pairwise(pieces))
    assert all(0 < end - start <= 300 for start, end in pieces)
    assert all(text[start:end].endswith(ends_with) for start, end in pieces[:-1])
    assert text_pieces(text[:300], limit=300) == [(0, 300)]


@pytest.mark.parametrize("word", ABBREVIATIONS)
def test_windows_not_cut_after_an_abbreviation(word):
    """A full stop after an abbreviation (``Rev. Ola Ruud``) ends no sentence."""
    unit = f"Harbour {word}. Ola Ruud spoke at length about the pier and the ferry. "
    text = unit * 3
    limit = len(unit) + len(f"Harbour {word}. ") + 2  # room for one more sentence, were "{word}." one
    starts = [start for start, _ in cut_windows(text, 0, len(text), limit)]
    assert len(starts) > 1 and all(not text[:start].endswith(f"{word}. ") for start in starts)
