"""Highlighting matched words and showing results in a terminal."""

from __future__ import annotations

import pytest

from quotes.search.documents import text_analyzer
from quotes.search.ranking import search
from quotes.search.render import MarkFormatter, format_results, highlight_text, speaker_line
from quotes.search.results import Hit, SearchResults


@pytest.mark.parametrize(
    "formatter, expected",
    [
        (MarkFormatter.html(), "It is a <mark>costly</mark> mistake that ignores the <mark>tides</mark>"),
        (MarkFormatter.brackets(), "It is a [costly] mistake that ignores the [tides]"),
        (MarkFormatter.ansi(), "It is a \x1b[1mcostly\x1b[0m mistake that ignores the \x1b[1mtides\x1b[0m"),
    ],
)
def test_formatters(indexed, formatter, expected):
    (hit,) = search(indexed, "costly tides", formatter=formatter).hits
    assert hit.quote_html == expected


def test_html_is_the_default_formatter(indexed):
    assert search(indexed, "costly").hits[0].quote_html.count("<mark>costly</mark>") == 1


def test_highlight_escapes_everything_but_the_marks():
    html = highlight_text(
        'Ann said <script>alert("x")</script> & left',
        {"alert", "left"},
        analyzer=text_analyzer(),
        formatter=MarkFormatter.html(),
    )
    assert "<script>" not in html
    assert "&lt;script&gt;<mark>alert</mark>(&quot;x&quot;)&lt;/script&gt; &amp; <mark>left</mark>" in html
    assert highlight_text("", {"x"}, analyzer=text_analyzer(), formatter=MarkFormatter.html()) == ""
    assert (
        highlight_text("a < b", set(), analyzer=text_analyzer(), formatter=MarkFormatter.html()) == "a &lt; b"
    )


def test_long_text_without_a_match_is_cut_at_a_word():
    text = "word " * 100
    shown = highlight_text(
        text, set(), analyzer=text_analyzer(), formatter=MarkFormatter.brackets(), whole=False
    )
    assert shown.endswith("word …") and len(shown) <= 302


def test_format_results(indexed):
    text = format_results(search(indexed, "destabilising", formatter=MarkFormatter.brackets()))
    assert "1. \u201cThis launch is deeply [destabilising] for the whole region\u201d" in text
    assert "context: Renée Oddlin called the launch [destabilising]" in text
    assert "Dov Ashgrove (analyst, Institute of Made-Up Studies)" in text
    assert "Imaginary Times · 2022-06-15 · Rocket test alarms neighbours" in text
    assert text.endswith("2 quotes (page 1 of 1)")


@pytest.mark.parametrize(
    "results, expected",
    [
        (SearchResults(query="tidez", suggestion="tides"), "No quotes match 'tidez'.\nDid you mean: tides"),
        (SearchResults(query="tides", total=3, page=2), "No quotes on page 2 (3 in all)."),
    ],
)
def test_format_no_results(results, expected):
    assert format_results(results) == expected


def test_format_an_estimated_total():
    hit = Hit(quote_id=7, score=1.5, rank=1, row={"quote": "Q", "article_id": 2}, quote_html="Q")
    text = format_results(SearchResults(query="q", total=5000, total_exact=False, hits=[hit]))
    assert text.splitlines() == [
        "1. \u201cQ\u201d",
        "   \u2014 unknown speaker",
        "   quote 7, article 2, score 1.50",
        "",
        "about 5000 quotes (page 1 of 500)",
    ]


@pytest.mark.parametrize(
    "row, line",
    [
        ({"speaker": "Ada Quill"}, "Ada Quill"),
        ({"speaker": "Ada Quill", "speaker_role": "mayor"}, "Ada Quill (mayor)"),
        (
            {"speaker": "Ada Quill", "speaker_role": "mayor", "speaker_affiliation": "Eastbrook"},
            "Ada Quill (mayor, Eastbrook)",
        ),
        ({}, "unknown speaker"),
    ],
)
def test_speaker_line(row, line):
    assert speaker_line(row) == line


@pytest.mark.parametrize(
    "kind, shown",
    [
        ("direct", "1. \u201cIt is a costly mistake that ignores the [tides]\u201d"),
        ("partial", "1. \u201cIt is a costly mistake that ignores the [tides]\u201d"),
        (
            "indirect",
            "1. said that It is a costly mistake that ignores the [tides]  (paraphrase, not the speaker's words)",
        ),
    ],
)
def test_a_paraphrase_is_never_shown_in_quotation_marks(indexed, kind, shown):
    indexed.execute("update quotes set kind = ? where text like 'It is a costly%'", [kind])
    results = search(indexed, "tides", formatter=MarkFormatter.brackets())
    assert format_results(results).splitlines()[0] == shown
    (hit,) = results.to_dict()["hits"]
    assert hit["paraphrase"] is (kind == "indirect")
    assert hit["quote_shown"] == shown[3:].split("  (")[0].replace("[", "").replace("]", "")
