"""A headline naming its speaker (quotes.extract.headline; pure text)."""

from __future__ import annotations

from quotes.extract.headline import find_headline


def test_headline_name_colon_content():
    text = "Ilsa Varn: Bridge Will Reopen in May.\n\nThe mayor spoke on Monday."
    (q,) = find_headline(text)
    assert (q.text, q.speaker, q.cue) == ("Bridge Will Reopen in May", "Ilsa Varn", ":")
    assert text[q.start : q.end] == q.text and text[q.speaker_start : q.speaker_end] == q.speaker
    (q,) = find_headline("Varn to the Council: Vote for the Bridge Now.\n")
    assert q.speaker == "Varn" and q.text == "Vote for the Bridge Now"
    assert find_headline("Watch: The Bridge Reopens in May.\n") == []
    assert (
        find_headline("Bridge reopens in May.\n\nVarn: it will be fine, she said.") == []
    )  # first line only
    assert find_headline("Ilsa Varn: Bridge Will Reopen.\n", taken=[(11, 20)]) == []
    assert find_headline("") == []
