"""Attribution on science, food and travel, product reviews and local
human-interest stories, one row per construction, with rows of ordinary text
each rule must leave alone; texts written for the test about fictional people,
places and products."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

NOBODYS_WORDS = [
    pytest.param(
        "Chef Mara Vell opened the cafe in May. “I love it,” Vell said.\n\n"
        "The dessert menu promises “the best tart on the coast.” It is very good.",
        "the best tart on the coast",
        id="a-menu-promising-is-nobodys-statement",
    ),
    pytest.param(
        "Owner Tad Rusk greeted us. “Sit anywhere,” he said.\n\n"
        "The inscription above the bar reads “Eat, drink, row home.”",
        "Eat, drink, row home",
        id="an-inscription-is-nobodys-statement",
    ),
    pytest.param(
        "“Battery life varies,” a Kestrel spokesperson said in an email.\n\n"
        "Verdict: “Comfortable but overpriced” is the fairest summary. Three stars.",
        "Comfortable but overpriced",
        id="a-reviewers-verdict-described-after-a-company-spoke",
    ),
]


@pytest.mark.parametrize(("text", "words"), NOBODYS_WORDS)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]


def test_a_slogan_described_is_still_nobodys(quotes_of):
    assert not quotes_of("“Keep calm and carry on” is a slogan printed on posters across Vell.")


def test_words_described_as_someones_are_kept(quotes_of):
    quotes = quotes_of("Ansel Kobb spoke last. “I never lie” is a phrase Ansel Kobb often uses.")
    assert [q.text for q in quotes if "never lie" in q.text] == ["I never lie"]


SPEAKERS_KEPT = [
    pytest.param(
        "Ida Menu, the chef, opened the cafe in May. “I love it,” Menu said.",
        "I love it",
        "Ida Menu",
        id="a-speaker-surnamed-menu",
    ),
    pytest.param(
        "“We change it every week,” the chef said of the menu.",
        "We change it every week",
        "chef",
        id="a-menu-talked-about",
    ),
    pytest.param(
        "“I will stay,” Nora Vell said. “It was the best day of my life.”",
        "It was the best day",
        "Nora Vell",
        id="a-quote-going-on-with-a-copula-inside-it",
    ),
    pytest.param(
        "“I will stay,” Nora Vell said. “Keep calm and wait for the boats” was her advice to everyone.",
        "Keep calm and wait",
        "Nora Vell",
        id="words-described-as-the-speakers-own-advice",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SPEAKERS_KEPT)
def test_speakers_the_wording_nouns_leave_alone(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


CLAUSES = [
    pytest.param(
        "Norvik says the headphones last up to 40 hours on a single charge.",
        "the headphones last up to 40 hours on a single charge",
        id="a-verb-the-parse-tags-as-an-adjective-after-says",
    ),
    pytest.param(
        "Dr. Lena Orff said the samples last ten years in the freezer.",
        "the samples last ten years in the freezer",
        id="a-verb-the-parse-tags-as-an-adjective-after-said",
    ),
    pytest.param(
        "The mayor declared the bridge unsafe.",
        "declared the bridge unsafe",
        id="a-predicate-of-an-object-keeps-its-verb",
    ),
    pytest.param(
        "Councillor Vell called the plan a disaster.",
        "called the plan a disaster",
        id="a-noun-predicate-of-an-object-keeps-its-verb",
    ),
]


@pytest.mark.parametrize(("text", "content"), CLAUSES)
def test_the_content_of_a_clause_holds_no_cue(quotes_of, text, content):
    (quote,) = [q for q in quotes_of(text) if q.kind == "indirect"]
    assert quote.text == content


TRADES_BEFORE_NAMES = [
    pytest.param(
        "Guide Henrik Aalst, who leads walks to the lighthouse, said visitor numbers had doubled.",
        "visitor numbers had doubled",
        {"speaker": "Henrik Aalst", "role": "Guide"},
        id="a-guide-before-the-name-opening-the-sentence",
    ),
    pytest.param(
        "“The crater is older than we thought,” said astronomer Rana Veldt.",
        "The crater is older",
        {"speaker": "Rana Veldt", "role": "astronomer"},
        id="an-astronomer-before-the-name-after-said",
    ),
    pytest.param(
        "Sommelier Odile Brack poured the last glass. “Nobody orders the sweet wine,” she said.",
        "Nobody orders the sweet wine",
        {"speaker": "Odile Brack", "role": "Sommelier"},
        id="a-sommelier-then-a-pronoun",
    ),
    pytest.param(
        "“It is good for the shops,” said Liz Guide. Liz Guide added that the paths were worn.",
        "that the paths were worn",
        {"speaker": "Liz Guide", "role": None},
        id="a-speaker-surnamed-guide",
    ),
    pytest.param(
        "A visitor from Tarnby said the paths were worn. “It was lovely all the same,” she said.",
        "It was lovely",
        {"speaker": "visitor", "role": "visitor"},
        id="an-unnamed-visitor",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), TRADES_BEFORE_NAMES)
def test_trades_of_lifestyle_and_science_news(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


APPOSED_NAMES = [
    pytest.param(
        "Her colleague and co-author, Dr. Per Lindqvist, said the results could matter to farmers.",
        "the results could matter",
        {"speaker": "Per Lindqvist", "role": "her colleague and co-author"},
        id="two-descriptions-the-second-hyphened-before-a-name",
    ),
    pytest.param(
        "The walker, 17-year-old Isla Grant, said she almost missed the dog.",
        "she almost missed the dog",
        {"speaker": "Isla Grant", "role": "walker"},
        id="a-name-after-an-age-in-apposition",
    ),
    pytest.param(
        "Her son, 9-year-old Leo Dunn, said the cat was home.",
        "the cat was home",
        {"speaker": "Leo Dunn"},
        id="a-child-named-after-an-age",
    ),
    pytest.param(
        "Our neighbour, a 70-year-old retired nurse, said the street had cheered.",
        "the street had cheered",
        {"speaker": "Our neighbour"},
        id="an-age-before-a-description-is-no-name",
    ),
    pytest.param(
        "The pro-democracy activist Ana Vell said the march would go on.",
        "the march would go on",
        {"speaker": "Ana Vell", "role": "pro-democracy activist"},
        id="a-hyphened-word-inside-a-title",
    ),
    pytest.param(
        "An entomologist who reviewed the paper, Dr. Yusuf Kaya of Brantley College, said the sample was small.",
        "the sample was small",
        {"speaker": "Yusuf Kaya", "role": "entomologist", "affiliation": "Brantley College"},
        id="a-name-after-a-description-and-its-relative-clause",
    ),
    pytest.param(
        "A woman who called police, Ana Vell, said she heard shots.",
        "she heard shots",
        {"speaker": "Ana Vell", "role": None},
        id="a-generic-noun-and-its-relative-clause-give-no-role",
    ),
    pytest.param(
        "An official who met Kobb, Lena Dahl, said the talks went well.",
        "the talks went well",
        {"speaker": "Lena Dahl", "role": "official"},
        id="a-name-inside-the-relative-clause-is-not-the-speaker",
    ),
    pytest.param(
        "A neighbour who knew Ana Vell, said the street was quiet.",
        "the street was quiet",
        {"speaker": "neighbour"},
        id="a-relative-clause-ending-on-a-name-names-nobody-in-apposition",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), APPOSED_NAMES)
def test_names_in_apposition_to_descriptions(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


PRODUCTS = [
    pytest.param(
        "I tested the Norvik Aura 3 for two weeks.\n\nNorvik says the battery lasts ten hours.",
        "the battery lasts ten hours",
        "Norvik",
        id="a-maker-named-alone-after-its-product-with-a-model-number",
    ),
    pytest.param(
        "Review: the Pellam Vista X200 is bright but heavy\n\nPellam says the screen is the brightest it has made.",
        "the screen is the brightest",
        "Pellam",
        id="a-product-with-a-model-number-in-a-labelled-headline",
    ),
    pytest.param(
        "Ilsa Varn 3, Per Lund 1, the final read.\n\nVarn said the match was hard.",
        "the match was hard",
        "Ilsa Varn",
        id="a-score-after-a-name-is-no-model-number",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), PRODUCTS)
def test_products_are_no_peoples_names(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


DATELINED = [
    pytest.param(
        "Drill jams on Mars\n\nPASADENA HILLS — The sample drill has jammed, engineers at the lab said Friday.",
        "The sample drill has jammed",
        id="words-before-the-cue-after-a-two-word-dateline",
    ),
    pytest.param(
        "TARNBY — The ferry will not sail until March, the operator said on Monday.",
        "The ferry will not sail until March",
        id="words-before-the-cue-after-a-one-word-dateline",
    ),
    pytest.param(
        "TARNBY — Engineers said on Friday that the drill had jammed.",
        "that the drill had jammed",
        id="a-dateline-before-the-speaker-and-the-cue",
    ),
    pytest.param(
        "TARNBY — Vell, the engineer, said on Friday the drill jammed.",
        "the drill jammed",
        id="a-dateline-before-a-named-speaker",
    ),
]


@pytest.mark.parametrize(("text", "content"), DATELINED)
def test_words_reported_after_a_dateline(quotes_of, text, content):
    assert [q.text for q in quotes_of(text) if q.kind == "indirect"] == [content]
