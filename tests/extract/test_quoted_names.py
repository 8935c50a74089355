"""Quoted words that name something, not anybody's words (quotes.extract.quoted_names
and the name phrases of quotes.extract.patterns): a name between a determiner
and the noun it names, a name after ``the name``, a term glossed right after
it, a title whose nearby verb takes another quotation, and the words of a sign
nobody stands behind; one row per construction, on texts written for the test
about fictional people and places, and rows of speech each rule must leave."""

from __future__ import annotations

import pytest
from extract_checks import fields

from quotes.records import Quote

#: Two lines before the sentence under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe port reopened on Monday after a long dispute.\n\n"


def _quoted(quotes: list[Quote], words: str) -> list[Quote]:
    """The direct and partial quotes holding ``words`` (an indirect quote may hold them too)."""
    return [q for q in quotes if q.kind != "indirect" and words in q.text]


NAMES = [
    pytest.param(
        "Tomas Kobb, the firm's technical chief, said the fault had come in an update to the app's "
        "“Snapshots” feature, which lets users share photos.",
        "Snapshots",
        id="a-name-between-a-possessive-and-its-noun",
    ),
    pytest.param(
        "The ferry company has set up a hotline and is posting sailing times on its “Tide Watch” page. "
        "It said the service would resume on Friday.",
        "Tide Watch",
        id="a-name-between-its-and-its-noun",
    ),
    pytest.param(
        "Before term began, parents at Pell Primary had started something they called the “Slow Screens” "
        "pact, a promise to wait until the age of 14.",
        "Slow Screens",
        id="a-name-between-the-and-its-noun-after-called",
    ),
    pytest.param(
        "The trawler, Ina Moss said, was registered under the name “Silver Gull.”",
        "Silver Gull",
        id="a-name-after-the-name",
    ),
    pytest.param(
        "Tomas Kobb said the harbour seal was known to the crews by the nickname “Biscuit” for years.",
        "Biscuit",
        id="a-name-after-the-nickname",
    ),
    pytest.param(
        "Farmers fear the lake will reach “dead pool” — the level below which no water flows out of the "
        "dam — by August, Ina Moss said.",
        "dead pool",
        id="a-term-a-definition-follows",
    ),
    pytest.param(
        "It is Ina Moss's fourth book, after “Salt Roads,” which won a prize, and the long “The Gull and "
        "the Harbour Light,” which she now calls “a young writer's mistake.”",
        "The Gull and the Harbour Light",
        id="a-title-whose-relative-clause-calls-it-another-quote",
    ),
    pytest.param(
        "By noon, dockers carrying signs that read “Ferries Are Not Luxuries” lined the quay, and the "
        "terminal stood empty.",
        "Ferries Are Not Luxuries",
        id="signs-in-the-subject-of-a-later-verb",
    ),
    pytest.param(
        "By noon, dockers carrying signs that read “no ferries, no town” lined the quay, and the "
        "terminal stood empty.",
        "no ferries, no town",
        id="signs-in-the-subject-words-in-lower-case",
    ),
    pytest.param(
        "Someone had taped a handwritten sign to the shutter that read “Back soon — bring biscuits.”",
        "Back soon",
        id="a-sign-taped-up-not-held",
    ),
    pytest.param(
        "Visitors saw a sign on the gate reading “No entry after dark” and turned back.",
        "No entry after dark",
        id="a-sign-seen-not-held",
    ),
]


@pytest.mark.parametrize("text, words", NAMES)
def test_quoted_names_are_nobodys_words(quotes_of, text, words):
    assert not _quoted(quotes_of(_LEAD + text), words)


SPEECH = [
    pytest.param(
        "Ina Moss called the ferry plan “reckless” on Monday.",
        "reckless",
        {"kind": "partial", "speaker": "Ina Moss"},
        id="a-word-after-a-verb-of-calling",
    ),
    pytest.param(
        "A “complete failure,” the mayor said of the ferry plan.",
        "complete failure",
        {"kind": "partial", "speaker": "mayor"},
        id="a-characterisation-its-cue-follows",
    ),
    pytest.param(
        "Tomas Kobb said the harbour deal was a “Very Bad Deal” and would be undone.",
        "Very Bad Deal",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="title-case-words-after-a-determiner-a-conjunction-follows",
    ),
    pytest.param(
        "Tomas Kobb called the deal “a gift” — the harshest words yet from a harbour official.",
        "a gift",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="a-characterisation-an-apposition-follows",
    ),
    pytest.param(
        "Tomas Kobb has said repeatedly that his rivals are unfairly attacking his record on fishing, "
        "pointing to his “B-minus” rating from the anglers' lobby.",
        "B-minus",
        {"kind": "partial", "speaker": "Tomas Kobb"},
        id="a-verdict-before-the-noun-rating",
    ),
    pytest.param(
        "Ina Moss defended the name: “It was my father's idea,” she said.",
        "It was my father's idea",
        {"kind": "direct", "speaker": "Ina Moss"},
        id="the-name-before-a-colon",
    ),
    pytest.param(
        "It is Ina Moss's fourth book, after “Salt Roads,” which won a prize, and the long “The Gull and "
        "the Harbour Light,” which she now calls “a young writer's mistake.”",
        "a young writer's mistake",
        {"kind": "partial"},
        id="the-quote-the-relative-clause-takes",
    ),
    pytest.param(
        "Dockers carried signs that read “Ferries are not luxuries” as they marched to the town hall.",
        "Ferries are not luxuries",
        {"kind": "partial"},
        id="signs-carried-as-the-news",
    ),
    pytest.param(
        "Fans saw the banner, saying “it is a disgrace to the club” as they left.",
        "a disgrace",
        {"kind": "partial", "speaker": "Fans"},
        id="a-banner-seen-and-words-said-after-a-comma",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEECH)
def test_words_said_stay_quotes(quotes_of, text, words, expected):
    (quote,) = _quoted(quotes_of(_LEAD + text), words)
    assert fields(quote, expected) == expected
