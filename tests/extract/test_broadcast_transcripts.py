"""Attribution in broadcast and interview reports, press conferences,
transcripts, live blogs, posts and letters, one row per construction, on
texts written for the test about fictional people."""

from __future__ import annotations

import pytest

NOT_QUOTES = [
    pytest.param(
        'Partial transcript as follows:\n\n"DAHL: Will you keep the ferries?\n\n"(CROSSTALK.)\n\n'
        '"HOLM: Every one of them."',
        "CROSSTALK",
        id="a-stage-direction-in-a-quoted-transcript",
    ),
    pytest.param(
        "“We will see,” Holm said.\n\n“[Laughter from the audience.]”",
        "Laughter",
        id="a-stage-direction-alone-in-marks",
    ),
    pytest.param(
        'Partial transcript as follows:\n\n"DAHL: Will you keep the ferries?\n\n"HOLM: Every one of them.\n\n'
        '"Follow Lena Osk on Twitter @lenaosk.',
        "Follow Lena Osk",
        id="a-byline-promo-after-a-quoted-transcript",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]
