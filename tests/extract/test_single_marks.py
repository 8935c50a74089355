"""Quotes in single quotation marks as British, Irish, Australian, Indian and
African copy writes them, one row per construction, with rows of the
apostrophes and names in single marks each rule must leave alone, on texts
written for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import one

from quotes.extract.quotemarks import find_quoted

#: Two lines before the sentence under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe port reopened on Monday after a long dispute.\n\n"

QUOTED_IN_SINGLE_MARKS = [
    pytest.param(
        "Plot holders say they will 'chain themselves to the sheds' if the council goes ahead.",
        ["chain themselves to the sheds"],
        id="a-partial-quote-closing-before-the-next-word",
    ),
    pytest.param(
        "PC Ola Trask told the hearing the shop had become 'a magnet' for drinkers and 'a worry' to all.",
        ["a magnet", "a worry"],
        id="two-partial-quotes-inside-one-sentence",
    ),
    pytest.param(
        "'We lost,' Mr Haskett said. 'I'll be speaking to the referees' body on Monday.'",
        ["We lost", "I'll be speaking to the referees' body on Monday."],
        id="a-second-half-holding-a-plural-possessive",
    ),
    pytest.param(
        "Cllr Ina Reid said: 'The officers' amendment changed my mind. It is not perfect.'",
        ["The officers' amendment changed my mind. It is not perfect."],
        id="a-quote-of-sentences-holding-a-plural-possessive",
    ),
    pytest.param(
        "He loves rock 'n' roll and the '90s, and the nurses' union backs the members' vote today.",
        [],
        id="apostrophes-are-no-quotes",
    ),
    pytest.param(
        "We'd tell 'em the players' union was right, and 'til then the dockers' pay stays.",
        [],
        id="elisions-open-no-quote",
    ),
    pytest.param(
        "The boy, in a 'Keep Kell Green Forever' hat, waved, and fans began 'The Harbour Song' at once.",
        [],
        id="names-in-title-case-are-no-quotes",
    ),
    pytest.param(
        "'Carnage on the quay' in the port of Kell.",
        [],
        id="not-opening-a-line",
    ),
    pytest.param(
        'Mayor Ina Moss said "we will build it" on Monday, and the firm said it was "on time" and '
        "would let visitors buy 'fine harbour art' that they like.",
        ["we will build it", "on time"],
        id="not-in-an-article-quoting-in-double-marks",
    ),
    pytest.param(
        "The skipper wanted 'a frank talk with the rowers' union' about pay, and 'a worry' gone.",
        ["a frank talk with the rowers' union", "a worry"],
        id="a-partial-quote-running-on-over-a-plural-possessive",
    ),
    pytest.param(
        "Coach Ina Vell said the cup was 'a reward for the rowers' hard work over the winter'.",
        ["a reward for the rowers' hard work over the winter"],
        id="a-partial-quote-closing-at-a-stop-over-a-plural-possessive",
    ),
    pytest.param(
        "They will 'chain themselves to the sheds' if the dockers' union and 'the board' agree.",
        ["chain themselves to the sheds", "the board"],
        id="a-closing-mark-before-a-word-with-no-later-one-before-the-next-quote",
    ),
    pytest.param(
        "They will 'chain themselves to the sheds' if needed. The dockers said it was goin' nowhere, "
        "and 'fight for the sheds' if we're goin' to lose.",
        ["chain themselves to the sheds", "fight for the sheds"],
        id="no-run-on-past-the-sentence-nor-to-an-elision",
    ),
    pytest.param(
        "\"People told me, 'Just fix it,' and I did,\" Mr Orr said. \"Neighbours said, 'We are tired "
        "of waiting,' and so are we,\" Ms Vale said. She said the firm's 'fiscal rigour' was gone.",
        [
            "People told me, 'Just fix it,' and I did",
            "Neighbours said, 'We are tired of waiting,' and so are we",
        ],
        id="single-marks-nested-in-double-quotes-make-no-single-mark-desk",
    ),
    pytest.param(
        "'They called it \"the pit\",' Mr Orr said. Ms Vale said it was 'a disgrace' to all.",
        ['They called it "the pit"', "a disgrace"],
        id="double-marks-nested-in-single-quotes-leave-a-single-mark-desk",
    ),
    pytest.param(
        "The council has put up signs reading 'no swimming past the buoys' by the lake.",
        [],
        id="a-signs-text-is-no-quote",
    ),
    pytest.param(
        "Neighbours call her 'the heron woman' and she waves back.",
        [],
        id="a-name-given-out-of-habit-is-no-quote",
    ),
    pytest.param(
        "Cllr Ada Brun called the plan 'a disgrace' and the union calls it 'a fair deal' for all.",
        ["a disgrace", "a fair deal"],
        id="a-verdict-after-calling-stays-a-quote",
    ),
    pytest.param(
        "The board should call for 'a full review' at once, and the signs were 'a waste of money' to her.",
        ["a full review", "a waste of money"],
        id="call-for-and-signs-with-no-displaying-verb-stay-quotes",
    ),
    pytest.param(
        "The nurses' union said the members' 'yes' vote was due.",
        ["yes"],
        id="a-possessive-before-a-quote-opens-none",
    ),
]


@pytest.mark.parametrize("text, quoted", QUOTED_IN_SINGLE_MARKS)
def test_quoted_in_single_marks(text, quoted):
    text = _LEAD + text
    assert [text[s.start : s.end] for s in find_quoted(text)] == quoted


PARTIAL_QUOTES = [
    pytest.param(
        "Cllr Paula Greer said the cabinet paper had been 'rushed out' before Christmas.",
        "rushed out",
        "Paula Greer",
        id="a-partial-quote-in-a-paraphrase",
    ),
    pytest.param(
        "The chief executive, Sophie Adair, has insisted that 'the worst is behind us' despite a fall in profits.",
        "the worst is behind us",
        "Sophie Adair",
        id="a-clause-quoted-whole-inside-a-paraphrase",
    ),
    pytest.param(
        "Transport Secretary Rachel Dunn told MPs the bill would end 'thirty years of finger-pointing' "
        "between the operators.",
        "thirty years of finger-pointing",
        "Rachel Dunn",
        id="a-partial-quote-after-told",
    ),
]


@pytest.mark.parametrize("text, words, speaker", PARTIAL_QUOTES)
def test_partial_quotes_in_single_marks(quotes_of, text, words, speaker):
    quote = one(quotes_of(_LEAD + text), words)
    assert (quote.text, quote.kind, quote.speaker) == (words, "partial", speaker)
