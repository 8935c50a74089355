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


HEADLINE_QUOTES = [
    pytest.param(
        "'We kept the lights on': Kell ferry sails again\n\n"
        "The Kell ferry sailed again on Monday after a month in port.\n\n"
        "'We kept the lights on. Every one of us did,' said skipper Ola Brenn.",
        ["Ola Brenn"],
        id="straight-marks-said-again-in-the-body",
    ),
    pytest.param(
        '"You took the savings of the old": fraudster jailed for six years\n\n'
        "A fraudster who targeted pensioners in Kell was jailed on Friday.\n\n"
        'Judge Ada Merrit told him: "You took the savings of the old and the frail."',
        ["Ada Merrit"],
        id="double-marks-said-again-in-the-body",
    ),
    pytest.param(
        "‘I wrote it in a week’: Tamsin Varga on the play that split Kellport\n\n"
        "Tamsin Varga’s new play opened at the Corn Hall last month to walk-outs.\n\n"
        "Tamsin Varga, 34, says she expected a few grumbles. ‘It came out angry,’ she says.",
        ["Tamsin Varga"],
        id="the-person-named-after-the-colon",
    ),
    pytest.param(
        "'I made it for my aunt': debutant Rhea Kallin on her festival hit\n\n"
        "Rhea Kallin won the festival's top prize on Sunday.\n\n"
        "'She is 90 and watching on a phone,' Kallin said.",
        ["Rhea Kallin"],
        id="a-description-before-the-name-after-the-colon",
    ),
    pytest.param(
        "‘Pretty cool working there’: Kell mill closes after a century\n\n"
        "The Kell mill closed on Friday after a century.\n\n"
        "'It was a good place,' said Ola Brenn, who worked there for 30 years.",
        [None],
        id="curly-marks-no-one-named-and-not-said-again",
    ),
    pytest.param(
        "'Pretty cool working there': Kell mill closes after a century\n\n"
        "The Kell mill closed on Friday after a century.\n\n"
        "'It was a good place,' said Ola Brenn, who worked there for 30 years.",
        [],
        id="no-one-named-and-not-said-again",
    ),
    pytest.param(
        "'We Made It!': Video Shows Rescue Of Kell Ferry Crew\n\n"
        "A video of the rescue was released on Monday.\n\n"
        "'We made it. We made it,' a coastguard said.",
        [],
        id="no-quote-opening-a-headline-in-title-case",
    ),
]


@pytest.mark.parametrize("text, speakers", HEADLINE_QUOTES)
def test_a_quote_opening_a_headline_before_a_colon(quotes_of, text, speakers):
    quotes = [q for q in quotes_of(text) if q.start < text.index("\n") and q.kind != "indirect"]
    assert [q.speaker for q in quotes] == speakers


#: Titles of singles, tracks and serials, named right after the work's noun.
TITLES_OF_WORKS = [
    pytest.param(
        "The lead single, ‘Harbour Lights’, opens the album, and Ola Brenn says it is about her father.",
        "Harbour Lights",
        id="a-single",
    ),
    pytest.param(
        'Per Holm said her serial "The Harbour Girl" was the most popular title of 1962.',
        "The Harbour Girl",
        id="a-serial",
    ),
]


@pytest.mark.parametrize("text, title", TITLES_OF_WORKS)
def test_titles_of_works_are_no_quotes(quotes_of, text, title):
    assert not [q for q in quotes_of(_LEAD + text) if q.kind != "indirect" and title in q.text]


SAID_OF_WORKS = [
    pytest.param(
        "Ola Brenn said the single was 'a love letter to the town'.",
        "a love letter to the town",
        id="said-of-a-single",
    ),
    pytest.param(
        '"The track is the best thing we have made," Ola Brenn said.',
        "The track is the best thing we have made",
        id="a-track-in-a-quote",
    ),
]


@pytest.mark.parametrize("text, words", SAID_OF_WORKS)
def test_words_said_of_works_stay_quotes(quotes_of, text, words):
    quote = one(quotes_of(_LEAD + text), words)
    assert (quote.text, quote.speaker) == (words, "Ola Brenn")
