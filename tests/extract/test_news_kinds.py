"""Attribution on the kinds of news PolNeAR lacks (science, business, wire
copy, culture, weather and disasters, posts online), one row per
construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

from quotes.extract.appositives import appositive_after

SPEAKERS = [
    pytest.param(
        "“Owners should pay,” Councillor Ivo Penn wrote online.\n\n"
        "“Come and see my kitchen, Ivo,” one user, Hanna Sjo, replied.",
        "Come and see my kitchen",
        {"speaker": "Hanna Sjo"},
        id="one-of-a-group-with-a-name-in-apposition-after-the-quote",
    ),
    pytest.param(
        "“Sell,” said Ada Holm, an analyst at Vell Bank.\n\n"
        "Another analyst, Jon Pirre of Tessel Securities, was more upbeat. “Buy,” he wrote in a note.",
        "Buy",
        {"speaker": "Jon Pirre"},
        id="a-pronoun-goes-to-the-name-in-apposition-to-the-subject-before",
    ),
    pytest.param(
        "Chief financial officer Rolf Imre said the harbour company would cut costs.",
        "would cut costs",
        {"speaker": "Rolf Imre", "role": "Chief financial officer"},
        id="a-title-with-lower-case-words-before-the-name",
    ),
    pytest.param(
        "“The pier is safe,” said council member Tor Berg.",
        "The pier is safe",
        {"speaker": "Tor Berg", "role": "council member"},
        id="a-person-noun-before-the-name-is-the-role",
    ),
    pytest.param(
        "The vote angered council member Tor Berg, who said it was wrong.",
        "it was wrong",
        {"speaker": "Tor Berg", "role": "council member"},
        id="the-verb-before-a-title-is-no-part-of-it",
    ),
    pytest.param(
        "Resident Bo Lind, 71, said he had waited on his roof for hours.",
        "he had waited",
        {"speaker": "Bo Lind", "role": "Resident"},
        id="a-person-noun-opening-the-sentence-is-no-given-name",
    ),
    pytest.param(
        "“It is careful work,” said Dr. Ines Calla, a geriatrician at Hollin General Hospital.",
        "careful work",
        {"speaker": "Ines Calla", "role": "geriatrician", "affiliation": "Hollin General Hospital"},
        id="what-a-doctor-does-is-the-role-not-dr",
    ),
    pytest.param(
        "“No soldier crossed,” ministry spokesman Ilan Dor told reporters in Vell.\n\n"
        "According to the ministry, 40 people have left their homes.",
        "40 people have left",
        {"speaker": "ministry", "speaker_kind": "organization"},
        id="a-body-is-not-the-person-whose-title-names-it",
    ),
    pytest.param(
        "“No soldier crossed,” said Ilan Dor, a spokesman for the ministry.\n\n“We are ready,” the spokesman said.",
        "We are ready",
        {"speaker": "Ilan Dor"},
        id="a-title-noun-is-the-person-whose-role-it-heads",
    ),
    pytest.param(
        "Her co-author, Pavel Odu, said the result was clear.",
        "the result was clear",
        {"speaker": "Pavel Odu", "role": "her co-author"},
        id="a-hyphened-description-with-a-name-in-apposition",
    ),
    pytest.param(
        "“Come and see,” one user replied. Another wrote: “Resign.”",
        "Resign",
        {"speaker_kind": "anonymous"},
        id="another-is-nobody-named",
    ),
    pytest.param(
        "The state agency Vell News quoted an unnamed official as saying that talks could resume in May.",
        "talks could resume",
        {"speaker": "unnamed official", "speaker_kind": "anonymous", "cue": "saying", "via": "Vell News"},
        id="quoted-as-saying-is-the-words-of-who-was-quoted",
    ),
    pytest.param(
        "Ola Ruud was quoted as saying the talks would resume.",
        "the talks would resume",
        {"speaker": "Ola Ruud"},
        id="was-quoted-as-saying",
    ),
    pytest.param(
        "VELL CITY - A strong quake struck the coast early Friday, injuring 35 people, officials said.",
        "A strong quake struck",
        {"text": "A strong quake struck the coast early Friday, injuring 35 people"},
        id="a-dateline-is-no-part-of-the-reported-words",
    ),
    pytest.param(
        "TESSEL, May 3 (Nordwire) - Doctors reported 48 new cases this week, the health board said.",
        "48 new cases",
        {"text": "Doctors reported 48 new cases this week"},
        id="a-dateline-with-date-and-agency",
    ),
    pytest.param(
        "Nordbank and Vell Savings Bank said on Monday they had agreed to merge, creating a big lender.",
        "agreed to merge",
        {"text": "they had agreed to merge, creating a big lender"},
        id="when-it-was-said-is-no-part-of-the-reported-words",
    ),
    pytest.param(
        "Seismologist Rina Kato of the University of Alden said aftershocks were likely.",
        "aftershocks were likely",
        {"speaker": "Rina Kato", "role": "Seismologist"},
        id="a-profession-opening-the-sentence-is-the-role",
    ),
    pytest.param(
        "Professor Ada Lind, an epidemiologist at Tessel University, said the count would rise.",
        "the count would rise",
        {"speaker": "Ada Lind", "role": "epidemiologist", "affiliation": "Tessel University"},
        id="what-a-professor-does-is-the-role",
    ),
    pytest.param(
        "Operating profit rose to 2 billion crowns, according to data compiled by FactLine.",
        "Operating profit rose",
        {"speaker": "FactLine"},
        id="data-speak-for-who-compiled-them",
    ),
    pytest.param(
        "Profit rose, according to a report published by the Vell Institute.",
        "Profit rose",
        {"speaker": "Vell Institute"},
        id="a-report-speaks-for-who-published-it",
    ),
    pytest.param(
        "Police urged drivers to stay home. “Let it wait,” said Inspector Bjorn Dal of the West District Police.",
        "Let it wait",
        {"speaker": "Bjorn Dal"},
        id="a-body-named-later-is-no-person-a-word-of-it-stands-for",
    ),
    pytest.param(
        "The agency Vell News quoted Prime Minister Eva Kross as saying the deal “serves both nations.”",
        "the deal “serves both nations",
        {"speaker": "Eva Kross", "via": "Vell News"},
        id="quoted-words-after-quoted-as-saying",
    ),
    pytest.param(
        "Tessel United striker Jonas Berg said the club would win the cup.",
        "the club would win",
        {"speaker": "Jonas Berg"},
        id="a-club-and-a-position-before-a-name-are-not-the-speaker",
    ),
    pytest.param(
        "Ansel Kobb and Mara Venn said the pier would close.",
        "the pier would close",
        {"speaker": "Ansel Kobb"},
        id="the-first-of-two-names-leads",
    ),
    pytest.param(
        "In Ostvik, Karin Eide, 63, watched the sea.\n\n“I have lived here all my life,” she said.\n\n"
        "Her husband, Per, was less worried. “The old boats are tied up,” he said.",
        "The old boats",
        {"speaker": "Per"},
        id="a-first-name-given-by-a-relation-is-the-topic",
    ),
    pytest.param(
        "Not everyone agreed. “An apology written by the PR team,” posted one fan.",
        "An apology",
        {"speaker": "one fan", "speaker_kind": "anonymous"},
        id="an-inverted-speaker-with-a-number",
    ),
    pytest.param(
        "“We looked,” said Dr. Hugo Mert. “We understand,” he added.\n\n"
        "The panel's chair, Professor Lise Varg, pressed him on the numbers. “You say none,” she said.",
        "You say none",
        {"speaker": "Lise Varg"},
        id="the-object-of-a-names-own-verb-says-nothing-of-its-gender",
    ),
    pytest.param(
        "The panel votes in March, according to a spokesman for the National Medicines Agency, Erik Sund.",
        "The panel votes",
        {"speaker": "Erik Sund", "role": "spokesman", "affiliation": "National Medicines Agency"},
        id="a-name-in-apposition-ending-the-sentence",
    ),
    pytest.param(
        "Jan Haug of Vell Securities said in a note that one month makes no trend.",
        "one month makes no trend",
        {"speaker": "Jan Haug", "affiliation": "Vell Securities"},
        id="of-a-body-after-the-name-is-where-someone-works",
    ),
    pytest.param(
        "According to the data, most arrivals were young.",
        "most arrivals were young",
        {"speaker": "data"},
        id="a-name-after-a-description-and-a-comma-is-no-apposition-without-its-stop",
    ),
    pytest.param(
        "“We found new species,” said microbiologist Anna Berg, who led the work.\n\n"
        "Her colleague Mikael Osk, a statistician, urged caution. “Correlation is not cause,” he said.",
        "Correlation is not cause",
        {"speaker": "Mikael Osk"},
        id="a-relation-and-a-name-open-the-sentence-a-pronoun-goes-to",
    ),
    pytest.param(
        "She said about one in five of the bacteria were new to science.",
        "new to science",
        {"text": "about one in five of the bacteria were new to science"},
        id="a-subject-the-parse-hangs-on-the-cue-is-no-cut",
    ),
    pytest.param(
        "“We all make mistakes,” one replied. Another user, Jonas Ek, was less forgiving: “Check before you post.”",
        "Check before you post",
        {"speaker": "Jonas Ek"},
        id="a-copula-before-a-colon-introduces-the-quote",
    ),
    pytest.param(
        "A post was shared widely before its author, the influencer Mika Sol, deleted it. “Get out now,” Sol wrote.",
        "Get out now",
        {"speaker": "Mika Sol", "role": None},
        id="the-sentences-verb-and-its-object-are-no-role",
    ),
    pytest.param(
        "A government spokesman, Col. Dmitri Vass, said the army would respond.",
        "the army would respond",
        {"speaker": "Dmitri Vass", "role": "government spokesman"},
        id="a-title-is-no-part-of-a-name-in-apposition",
    ),
    pytest.param(
        "“The wind is our enemy,” said Henrik Sand, the fire chief.\n\n"
        "Her neighbour, retired teacher Gunnar Lie, said he had refused to leave. “I have seen fires,” he said.",
        "I have seen fires",
        {"speaker": "Gunnar Lie"},
        id="a-name-in-apposition-after-what-the-person-does",
    ),
    pytest.param(
        "Police said a man had been arrested.\n\nThe Meteorological Institute said rain was not expected.",
        "rain was not expected",
        {"speaker": "Meteorological Institute"},
        id="a-body-named-in-capitals-is-itself-not-the-last-body",
    ),
    pytest.param(
        "Parents can return the dolls, Brightwood said.\n\n"
        "One mother, Jenny Park of Tessel, said she had thrown hers away. “My daughter cried,” she said.",
        "My daughter cried",
        {"speaker": "Jenny Park", "role": "mother"},
        id="one-of-a-group-named-in-apposition-with-where-she-is-from",
    ),
    pytest.param(
        "Culture Minister Leif Dahl called her a treasure.\n\n"
        "The conductor Tomas Berg, who worked with her for 30 years, said she was demanding.",
        "she was demanding",
        {"speaker": "Tomas Berg", "role": "conductor"},
        id="a-description-and-a-name-with-no-comma-between",
    ),
    pytest.param(
        "Dr. Ola Tveit spoke first.\n\nAt Vell Hospital, admissions were up 20%, a spokesman said. "
        "Most patients were elderly, he said.",
        "Most patients were elderly",
        {"speaker": "spokesman", "speaker_kind": "anonymous"},
        id="a-pronoun-after-an-unnamed-speaker-is-that-speaker",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert fields(quote, expected) == expected


def test_a_judgement_on_a_work_is_no_title(quotes_of):
    quotes = quotes_of("Not everyone liked it. Critic Emil Sand called the film “pretty but inert.”")
    assert [(q.text, q.speaker) for q in quotes if q.kind == "partial"] == [
        ("pretty but inert.", "Emil Sand")
    ]


def test_the_verb_after_a_name_in_apposition_is_no_role():
    text = "A copy of the post, shared by the harbour blog Vell Watch, shows that it drew 3,000 replies."
    assert appositive_after(text, text.index("Watch") + len("Watch")) == (None, None)


def test_a_place_before_a_noun_is_no_mention_of_a_name_met_later(quotes_of):
    text = (
        "A Vell councillor has deleted a post in which he called flood victims “careless.”\n\n"
        "The harbour blog Vell Watch shared a copy of it."
    )
    assert [q.speaker for q in quotes_of(text) if q.text.startswith("careless")] == ["councillor"]


INTERVIEW = (
    "The director Ilka Brenn returns to the coast with a new film.\n\n"
    "Q: Why return to your hometown now?\n\n"
    "BRENN: I had avoided it for twenty years. It felt like time.\n\n"
    "Q: Was it hard to cast the fisherman?\n\n"
    "Brenn: Aron was the first name on my list."
)


def test_the_answers_of_a_questions_and_answers_interview(quotes_of):
    answers = [(q.text, q.speaker, q.kind) for q in quotes_of(INTERVIEW)]
    assert answers == [
        ("I had avoided it for twenty years. It felt like time.", "Ilka Brenn", "direct"),
        ("Aron was the first name on my list.", "Ilka Brenn", "direct"),
    ]


def test_a_label_is_no_answer_without_questions(quotes_of):
    text = (
        "The director Ilka Brenn returns with a new film.\n\nBRENN: a quiet film about an orchard by the sea."
    )
    assert quotes_of(text) == []


NOT_QUOTES = [
    pytest.param(
        "“We are terrified,” guitarist Nils Paa said, laughing.",
        "guitarist Nils Paa said",
        id="how-it-was-said-is-no-second-attribution",
    ),
    pytest.param(
        "Review: Mira Holt finds her voice on “Salt and Iron”\n\nBy Leo Brandt\n\nThe album is out on Friday.",
        "Salt and Iron",
        id="a-title-at-the-end-of-a-labelled-headline",
    ),
    pytest.param(
        "Storm Erna knocks out power to 80,000 homes.", "knocks out power", id="a-phrasal-verb-is-no-cue"
    ),
    pytest.param(
        "The agency quoted Ola Ruud as saying the talks would resume.",
        "Ola Ruud as saying",
        id="who-was-quoted-is-not-what-was-said",
    ),
    pytest.param(
        "Review: “The Salt Pier” is a quiet triumph\n\nBy Ina Moss\n\nThe film opens on Friday.",
        "The Salt Pier",
        id="a-title-in-a-reviews-headline",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]
