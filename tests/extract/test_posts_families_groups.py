"""Attribution of posts written before a name, of relatives sharing a surname
and of groups of people named by a plural, one row per construction, and rows
of ordinary text each rule must leave alone, on texts written for the test
about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "MindBridge's chief executive, Ana Roe, said the company would hire 200 people.",
        "the company would hire 200 people",
        {"speaker": "Ana Roe", "role": "chief executive", "affiliation": "MindBridge"},
        id="a-business-post-before-the-name-of-a-business-never-named",
    ),
    pytest.param(
        "Nordvik Bank's chief financial officer, Ian Hale, said profits had risen.",
        "profits had risen",
        {"speaker": "Ian Hale", "role": "chief financial officer", "affiliation": "Nordvik Bank"},
        id="a-business-post-before-the-name-of-a-bank",
    ),
    pytest.param(
        "Ansel Kobb founded Kobb Farms in 1990. Kobb's chief executive, Ana Roe, said the farm would grow.",
        "the farm would grow",
        {"speaker": "Ana Roe", "affiliation": None},
        id="a-business-post-owned-by-a-person-named-before-stays-a-persons",
    ),
    pytest.param(
        "Ansel Kobb hired a new lawyer. Kobb's lawyer, Lisa Tarn, said the case was weak.",
        "the case was weak",
        {"speaker": "Lisa Tarn", "role": "Kobb's lawyer", "affiliation": None},
        id="a-persons-lawyer-is-no-business-post",
    ),
    pytest.param(
        "Sam Orrell, of research firm PlayMetrics, said sales had doubled.",
        "sales had doubled",
        {"speaker": "Sam Orrell", "role": None, "affiliation": "PlayMetrics"},
        id="of-a-firm-described-without-the-article",
    ),
    pytest.param(
        "Sam Orrell, of the research firm PlayMetrics, said sales had doubled.",
        "sales had doubled",
        {"speaker": "Sam Orrell", "role": None, "affiliation": "PlayMetrics"},
        id="of-a-firm-described-with-the-article",
    ),
    pytest.param(
        "Tom Elkins, of the campaign group Free the Wild, said the zoo should close.",
        "the zoo should close",
        {"speaker": "Tom Elkins", "role": None, "affiliation": "Free the Wild"},
        id="of-a-group-whose-name-holds-the",
    ),
    pytest.param(
        "Tom Elkins, of animal-rights group Free the Wild, said the zoo should close.",
        "the zoo should close",
        {"speaker": "Tom Elkins", "role": None, "affiliation": "Free the Wild"},
        id="of-a-group-described-without-the-article",
    ),
    pytest.param(
        "Ivo Sand, of the pressure group Friends of Gull Park, said the trees must stay.",
        "the trees must stay",
        {"speaker": "Ivo Sand", "role": None, "affiliation": "Friends of Gull Park"},
        id="of-a-group-whose-name-holds-of",
    ),
    pytest.param(
        "Ada Moss, of Kelton, said the road was dangerous.",
        "the road was dangerous",
        {"speaker": "Ada Moss", "role": None, "affiliation": None},
        id="of-a-home-town-is-no-affiliation",
    ),
    pytest.param(
        "Lisa Tarn, of counsel at the firm, said the case was weak.",
        "the case was weak",
        {"speaker": "Lisa Tarn", "affiliation": None},
        id="of-counsel-is-a-post",
    ),
    pytest.param(
        "Nils Aas, of counsel to law firm Brandt Kell, said the case would settle.",
        "the case would settle",
        {"speaker": "Nils Aas", "role": "of counsel to law firm Brandt Kell"},
        id="of-counsel-to-a-described-firm-keeps-the-post",
    ),
    pytest.param(
        "Ana Roe, a spokeswoman for the group Save Gull Park and the Ostby Residents Association, said "
        "the plan was flawed.",
        "the plan was flawed",
        {"speaker": "Ana Roe", "affiliation": None},
        id="two-bodies-joined-by-and-the-are-no-one-affiliation",
    ),
    pytest.param(
        "Ola Berg, a spokesman for the charity Bread and Roses, said demand was high.",
        "demand was high",
        {"speaker": "Ola Berg", "role": "spokesman", "affiliation": "Bread and Roses"},
        id="a-body-whose-name-holds-and",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speaker_role_and_affiliation(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


FAMILIES = [
    pytest.param(
        "George Bush campaigned in Florida on Tuesday with his brother Jeb Bush. Mr. Bush praised his "
        "brother, saying he would make a fine governor.",
        "praised his brother",
        {"speaker": "George Bush"},
        id="a-surname-is-not-the-relative-named-after-it",
    ),
    pytest.param(
        "George Bush campaigned in Florida on Tuesday. His brother, Jeb Bush, is running for governor. "
        "Bush said his brother would make a fine governor.",
        "his brother would make a fine governor",
        {"speaker": "George Bush"},
        id="a-surname-is-not-the-relative-in-apposition",
    ),
    pytest.param(
        "Ansel Kobb campaigned with his brother Tor Kobb. Kobb said his brother had worked hard.",
        "his brother had worked hard",
        {"speaker": "Ansel Kobb"},
        id="a-bare-surname-after-a-brother",
    ),
    pytest.param(
        "Nils Brekk, 19, died in the crash on Sunday. His mother, Ruth Brekk, described him as a kind "
        "boy. \u201cHe would help anyone,\u201d Brekk said.",
        "He would help anyone",
        {"speaker": "Ruth Brekk"},
        id="a-surname-after-a-relative-introduced-is-the-relative",
    ),
    pytest.param(
        "Leif Orn scored twice on Saturday. His brother Pal Orn watched from the stands. \u201cI was "
        "proud of him,\u201d Orn said.",
        "I was proud of him",
        {"speaker": "Pal Orn"},
        id="a-surname-after-a-brother-in-the-stands-is-the-brother",
    ),
    pytest.param(
        "The inn was founded by Arvid Lunde in 1962. His granddaughter, Siri Lunde, now runs it. Ms. "
        "Lunde said her grandfather had built the bar himself.",
        "her grandfather had built the bar himself",
        {"speaker": "Siri Lunde"},
        id="a-relative-spoken-of-by-a-woman-is-not-the-man-named-before",
    ),
    pytest.param(
        "Arne Vik opened the shop in 1980 with his wife Kari Vik. Vik said his wife had chosen the name.",
        "his wife had chosen the name",
        {"speaker": "Arne Vik"},
        id="a-surname-speaking-of-his-wife-is-her-husband",
    ),
    pytest.param(
        "His brother Tor Kobb said the campaign had worked hard.",
        "the campaign had worked hard",
        {"speaker": "Tor Kobb"},
        id="a-relative-alone-is-still-the-relative",
    ),
    pytest.param(
        "Ola Lund founded the farm in 1950. His grandson, Per Lund, runs it now. The younger Lund said "
        "the farm would stay in the family.",
        "the farm would stay in the family",
        {"speaker": "Per Lund"},
        id="the-younger-is-the-grandson",
    ),
    pytest.param(
        "Ola Lund founded the farm in 1950. His grandson Per Lund runs it now. The elder Lund said the "
        "farm would stay in the family.",
        "the farm would stay in the family",
        {"speaker": "Ola Lund"},
        id="the-elder-is-the-grandfather-not-the-last-named",
    ),
    pytest.param(
        "Per Lund runs the farm his grandfather, Ola Lund, founded in 1950. The younger Lund said the "
        "farm would stay in the family.",
        "the farm would stay in the family",
        {"speaker": "Per Lund"},
        id="the-younger-is-not-the-grandfather",
    ),
    pytest.param(
        "Per Lund runs the farm his grandfather, Ola Lund, founded in 1950. The elder Lund said he was "
        "proud of the farm.",
        "he was proud of the farm",
        {"speaker": "Ola Lund"},
        id="the-elder-is-the-grandfather",
    ),
    pytest.param(
        "Ola Lund founded the farm in 1950. His grandson Per Lund runs it now. The younger Mr. Lund said "
        "the farm would stay in the family.",
        "the farm would stay in the family",
        {"speaker": "Per Lund"},
        id="the-younger-with-a-courtesy-title",
    ),
    pytest.param(
        "Ivo Marsh, 81, and his son Tom Marsh run the shop. The elder Marsh said trade was slow.",
        "trade was slow",
        {"speaker": "Ivo Marsh"},
        id="the-elder-is-the-father-of-the-son",
    ),
    pytest.param(
        "Ivo Marsh, 81, runs the shop with Ada Marsh, 54. The younger Marsh said trade was slow.",
        "trade was slow",
        {"speaker": "Ada Marsh"},
        id="the-younger-by-the-ages-given",
    ),
    pytest.param(
        "Nils Aune, 62, and his wife Berit Aune, 59, run the farm. The elder Aune said the harvest was poor.",
        "the harvest was poor",
        {"speaker": "Nils Aune"},
        id="the-elder-kept-in-the-mention",
    ),
    pytest.param(
        "Karl Lund founded the firm in 1970 and his son Erik Lund took over in 2001. The younger Lund "
        "said the firm would grow.",
        "the firm would grow",
        {"speaker": "Erik Lund"},
        id="the-younger-is-the-son-who-took-over",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), FAMILIES)
def test_relatives_sharing_a_surname(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


FOUNDERS = [
    pytest.param(
        "The company Ana Roe built now employs 300 people. Roe said the staff were loyal.",
        "the staff were loyal",
        {"speaker": "Ana Roe", "speaker_kind": "person"},
        id="the-founder-after-a-body-noun-is-a-person",
    ),
    pytest.param(
        "The company Zenka Roe founded in 1990 now employs 300 people. Roe said the staff were loyal.",
        "the staff were loyal",
        {"speaker": "Zenka Roe", "speaker_kind": "organization"},
        id="a-name-of-no-known-gender-founded-in-a-year-is-the-body-founded",
    ),
    pytest.param(
        "The construction firm Hale Brandt built 300 homes on the site. Hale Brandt said it would appeal.",
        "it would appeal",
        {"speaker": "Hale Brandt", "speaker_kind": "organization"},
        id="a-body-that-built-a-number-of-things-stays-a-body",
    ),
    pytest.param(
        "The firm Kell Aune built up a large portfolio. Kell Aune said rents would rise.",
        "rents would rise",
        {"speaker": "Kell Aune", "speaker_kind": "organization"},
        id="a-body-that-built-up-something-stays-a-body",
    ),
    pytest.param(
        "The firm Ana Lisko built 300 homes on the site. Ana Lisko said it would appeal.",
        "it would appeal",
        {"speaker": "Ana Lisko", "speaker_kind": "organization"},
        id="a-body-named-like-a-woman-that-built-homes-stays-a-body",
    ),
    pytest.param(
        "The company Per Lund built in 1970 now employs 80 people. Lund said he was proud of the staff.",
        "he was proud of the staff",
        {"speaker": "Per Lund", "speaker_kind": "person"},
        id="the-founder-of-a-gender-is-a-person",
    ),
    pytest.param(
        "The charity Tom Hale set up in memory of his wife now funds ten nurses. Hale said he was proud of them.",
        "he was proud of them",
        {"speaker": "Tom Hale", "speaker_kind": "person"},
        id="the-founder-who-set-up-a-body-in-memory-of-someone-is-a-person",
    ),
    pytest.param(
        "The school Ana Roe founded 30 years ago now has 400 pupils. Roe said she was proud of the staff.",
        "she was proud of the staff",
        {"speaker": "Ana Roe", "speaker_kind": "person"},
        id="the-founder-of-a-body-founded-years-ago-is-a-person",
    ),
    pytest.param(
        "The operator Harbour Buses started a night service. Harbour Buses said fares would rise.",
        "fares would rise",
        {"speaker": "Harbour Buses", "speaker_kind": "organization"},
        id="a-body-that-does-something-stays-a-body",
    ),
    pytest.param(
        "The grocery chain Halvorsen built a new store in Vell. Halvorsen said sales were up.",
        "sales were up",
        {"speaker": "Halvorsen", "speaker_kind": "organization"},
        id="a-body-that-built-something-stays-a-body",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), FOUNDERS)
def test_founders_named_after_a_body_noun(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


GROUPS = [
    pytest.param(
        "Opposition councillors said the budget was a disgrace.",
        "the budget was a disgrace",
        {"speaker": "Opposition councillors", "speaker_kind": "group"},
        id="a-bare-plural-of-a-post-is-a-group",
    ),
    pytest.param(
        "Local traders said the roadworks had cut their takings.",
        "the roadworks had cut their takings",
        {"speaker": "Local traders", "speaker_kind": "group"},
        id="a-bare-plural-of-a-trade-is-a-group",
    ),
    pytest.param(
        "Local fishermen said the catch had fallen.",
        "the catch had fallen",
        {"speaker": "Local fishermen", "speaker_kind": "group"},
        id="a-plural-in-men-is-a-group",
    ),
    pytest.param(
        "Residents said the noise had kept them awake.",
        "the noise had kept them awake",
        {"speaker": "Residents", "speaker_kind": "group"},
        id="residents-are-a-group",
    ),
    pytest.param(
        "Local traders said the roadworks had cut their takings. Tor Ruud, a baker, was blunt. "
        "“We are losing money,” he said.",
        "We are losing money",
        {"speaker": "Tor Ruud"},
        id="he-after-a-group-is-the-man-named-since",
    ),
    pytest.param(
        "Councillor Ana Roe said the budget was fair.",
        "the budget was fair",
        {"speaker": "Ana Roe", "speaker_kind": "person"},
        id="a-titled-name-stays-a-person",
    ),
    pytest.param(
        "Kell Travellers said the camp was safe.",
        "the camp was safe",
        {"speaker": "Kell Travellers"},
        id="a-capitalised-plural-is-a-name",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), GROUPS)
def test_plural_people_as_speaker(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


RANKS = [
    pytest.param(
        "Major Ilse Varga led the patrol. Major Varga said the road was clear.",
        "the road was clear",
        {"speaker": "Ilse Varga", "role": "Major"},
        id="major-and-a-surname-is-the-major-named-before",
    ),
    pytest.param(
        "Major Ilse Varga led the patrol. “The road is clear,” said Major Varga.",
        "The road is clear",
        {"speaker": "Ilse Varga", "role": "Major"},
        id="major-and-a-surname-after-the-cue",
    ),
    pytest.param(
        "Captain Ilse Varga led the patrol. Captain Varga said the road was clear.",
        "the road was clear",
        {"speaker": "Ilse Varga", "role": "Captain"},
        id="a-title-and-a-surname-as-before",
    ),
    pytest.param(
        "Major League Baseball said the season would start in April.",
        "the season would start in April",
        {"speaker_kind": "organization"},
        id="major-before-a-league-is-no-rank",
    ),
    pytest.param(
        "India Holm, a passenger, said the cabin filled with smoke. Air India said on Friday that the "
        "flight had landed safely.",
        "the flight had landed safely",
        {"speaker": "Air India", "speaker_kind": "organization"},
        id="air-before-a-given-name-is-no-rank",
    ),
    pytest.param(
        "Major Ilse Varga led the patrol. Private Tomas Varga, 19, was wounded. \u201cWe got him out in "
        "minutes,\u201d Major Varga said.",
        "We got him out in minutes",
        {"speaker": "Major Varga"},
        id="major-and-a-surname-is-not-a-private-of-that-surname",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RANKS)
def test_ranks_before_a_surname(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


DOUBLED_CUES = [
    pytest.param(
        "Ana Roe faced reporters on Tuesday. Asked about Sullivan, she said, she said the matter was closed.",
        ["the matter was closed"],
        id="a-doubled-she-said-stores-no-fragment",
    ),
    pytest.param(
        "Ana Roe faced reporters on Tuesday. Asked Tuesday about Sullivan, she said the matter was closed.",
        ["the matter was closed"],
        id="asked-about-someone-is-no-content",
    ),
    pytest.param(
        "Ana Roe said the report, which she said was flawed, would be withdrawn.",
        ["the report, which she said was flawed, would be withdrawn"],
        id="a-clause-holding-she-said-inside-stays",
    ),
]


@pytest.mark.parametrize(("text", "contents"), DOUBLED_CUES)
def test_doubled_cues_and_asked_fragments(quotes_of, text, contents):
    assert [q.text for q in quotes_of(text) if q.kind == "indirect"] == contents


CHARITIES = [
    pytest.param(
        "The charity Guide Dogs Vell said it needed more volunteers.",
        "it needed more volunteers",
        {"speaker": "Guide Dogs Vell", "speaker_kind": "organization", "role": None},
        id="a-body-named-after-its-noun-keeps-the-title-word",
    ),
    pytest.param(
        "Guide Ola Ruud said the path was icy.",
        "the path was icy",
        {"speaker": "Ola Ruud", "role": "Guide"},
        id="a-guide-named-is-still-a-person",
    ),
    pytest.param(
        "The club captain Tor Ness said the team was ready.",
        "the team was ready",
        {"speaker": "Tor Ness", "speaker_kind": "person"},
        id="a-post-after-a-body-noun-is-a-persons",
    ),
    pytest.param(
        "\u201cFamilies are struggling,\u201d said the charity Chief Executive Ana Lisko. She said demand "
        "had doubled.",
        "demand had doubled",
        {"speaker": "Ana Lisko", "speaker_kind": "person", "role": "Chief Executive"},
        id="a-titled-name-after-a-body-noun-is-a-person",
    ),
    pytest.param(
        "In its annual report, Chairman Tom Kell said the bank had weathered a difficult year.",
        "the bank had weathered a difficult year",
        {"speaker": "Tom Kell", "speaker_kind": "person", "role": "Chairman"},
        id="a-titled-name-after-an-opening-on-its-is-a-person",
    ),
    pytest.param(
        "The trust Warden Gull Bay said the beach would reopen.",
        "the beach would reopen",
        {"speaker": "Warden Gull Bay", "speaker_kind": "organization"},
        id="a-body-named-on-a-title-word-and-no-given-name-stays-a-body",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), CHARITIES)
def test_bodies_named_with_a_title_word(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


TWO_BODIES = [
    pytest.param(
        "Vell United have signed striker Tor Ness from Tessel Rovers. The club said Ness would join on Monday.",
        "Ness would join on Monday",
        {"speaker": "Vell United"},
        id="the-club-is-the-subject-not-the-club-named-last",
    ),
    pytest.param(
        "Tessel Rovers beat Vell United 3-0 on Saturday. Vell United sacked their manager on Sunday. "
        "The club said a new one would be named soon.",
        "a new one would be named soon",
        {"speaker": "Vell United"},
        id="the-club-is-the-subject-of-the-sentence-before",
    ),
    pytest.param(
        "Nordvik Bank has agreed to buy Kell Energy for $2 billion. The company said the deal would close in March.",
        "the deal would close in March",
        {"speaker": "Nordvik Bank"},
        id="the-company-is-the-buyer-not-the-company-named-last",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), TWO_BODIES)
def test_two_bodies_in_a_paragraph(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
