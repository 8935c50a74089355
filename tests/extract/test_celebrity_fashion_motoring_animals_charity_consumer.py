"""Attribution in celebrity and royal coverage, fashion and beauty, motoring,
video games and esports, pets and zoos, charities, lotteries and human-interest
stories, and personal finance and consumer advice, one row per construction,
on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

CONTENTS = [
    pytest.param(
        "Ada Lorne said she had re-opened the shop last week.",
        "she had re-opened the shop last week",
        id="a-verb-with-a-prefix-and-a-hyphen",
    ),
    pytest.param(
        "Tom Vasko said the charity had co-founded the scheme with the council.",
        "the charity had co-founded the scheme with the council",
        id="co-before-the-verb",
    ),
    pytest.param(
        "One player complained that they had pre-ordered the game months ago.",
        "that they had pre-ordered the game months ago",
        id="pre-before-the-verb",
    ),
    pytest.param(
        "The singer's account was busy, re-tweeting insults about the host.",
        "re-tweeting insults about the host",
        id="a-prefixed-verb-of-speech-is-a-cue",
    ),
    pytest.param(
        "Meanwhile, the singer's account has been busy, tweeting several insults about the host.",
        "tweeting several insults about the host",
        id="a-participle-of-speech-after-what-its-subject-did",
    ),
]

CONTENTS_LEFT_ALONE = [
    pytest.param(
        "Ada Lorne said the car was pre-owned and cheap.",
        "the car was pre-owned and cheap",
        id="a-hyphened-adjective",
    ),
    pytest.param(
        "Ada Lorne, the app's co-founder, said the update was safe.",
        "the update was safe",
        id="a-hyphened-noun-before-the-cue",
    ),
    pytest.param(
        "The shop will reopen in May, Ada Lorne said on Sunday.",
        "The shop will reopen in May",
        id="the-words-before-a-cue-with-its-own-subject",
    ),
    pytest.param(
        "De-icing crews worked through the night, airport manager Ola Brekk said.",
        "De-icing crews worked through the night",
        id="a-capitalised-hyphened-adjective-opening-the-sentence",
    ),
]


@pytest.mark.parametrize(("text", "content"), CONTENTS + CONTENTS_LEFT_ALONE)
def test_what_was_said_is_whole(quotes_of, text, content):
    assert one(quotes_of(text), content.split()[-1]).text == content


SPEAKERS = [
    pytest.param(
        "Beauty brand Lumea said the cream would return to shops in May.",
        "the cream would return",
        {"speaker": "Lumea", "speaker_kind": "organization", "role": "beauty brand"},
        id="a-brand-before-its-name",
    ),
    pytest.param(
        "Ada Lorne spoke in Vell. Later, she stepped up her attacks on the council's record on housing.",
        "attacks on the council's record",
        {"speaker": "Ada Lorne", "quote_text": "attacks on the council's record on housing"},
        id="a-noun-of-speech-owned-by-the-subject-s-own-pronoun",
    ),
    pytest.param(
        "Mitigating, Pryce's solicitor, Neil Hart, said his client had lost control.",
        "his client had lost control",
        {"speaker": "Neil Hart", "role": "Pryce's solicitor"},
        id="mitigating-before-the-solicitor-in-a-court-report",
    ),
    pytest.param(
        'Mitigating, Pryce\'s solicitor, Neil Hart, said: "He lost control of the farm."',
        "He lost control of the farm.",
        {"speaker": "Neil Hart", "kind": "direct"},
        id="mitigating-before-a-direct-quote",
    ),
    pytest.param(
        "Defending, his barrister, Tom Ray, said the dogs had been fed.",
        "the dogs had been fed",
        {"speaker": "Tom Ray"},
        id="defending-before-the-barrister",
    ),
    pytest.param(
        "Kensington Palace announced the news on Tuesday. The palace said the princess was delighted.",
        "the princess was delighted",
        {"speaker": "Kensington Palace", "speaker_kind": "organization"},
        id="a-palace-speaks-as-a-body",
    ),
    pytest.param(
        "Ann Pike said many savers stayed put. She advised savers to check.\n\n"
        "The Treasury said it expected banks to treat customers fairly.",
        "it expected banks",
        {"speaker": "Treasury", "speaker_kind": "organization"},
        id="the-treasury-is-no-one-s-surname",
    ),
    pytest.param(
        "Research by MoneyWise found that banks paid savers less than rivals.",
        "banks paid savers",
        {"speaker": "MoneyWise"},
        id="research-by-a-body-opening-the-sentence",
    ),
    pytest.param(
        "Analysis by Kell Bank showed that prices rose in May.",
        "prices rose",
        {"speaker": "Kell Bank"},
        id="analysis-by-a-body-opening-the-sentence",
    ),
]

SPEAKERS_LEFT_ALONE = [
    pytest.param(
        "Defending the plan, Ada Lorne said it would work.",
        "it would work",
        {"speaker": "Ada Lorne"},
        id="a-participle-with-an-object-is-no-court-opener",
    ),
    pytest.param(
        "Staff at Greyhaven Zoo are celebrating a birth.\n\nThe zoo said the cub was healthy.",
        "the cub was healthy",
        {"speaker": "Greyhaven Zoo"},
        id="the-zoo-is-the-zoo-named-before",
    ),
    pytest.param(
        "Gideon Park said the show was bold.",
        "the show was bold",
        {"speaker": "Gideon Park", "speaker_kind": "person"},
        id="a-surname-that-is-also-a-place-word",
    ),
    pytest.param(
        "The Research Council said grants would rise.",
        "grants would rise",
        {"speaker": "Research Council"},
        id="research-in-a-body-s-name",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS + SPEAKERS_LEFT_ALONE)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


def test_the_subject_s_pronoun_is_the_mention_of_a_noun_of_speech_it_owns(quotes_of):
    text = "Ada Lorne spoke in Vell. Later, she stepped up her attacks on the council's record on housing."
    quote = one(quotes_of(text), "attacks on")
    assert text[quote.speaker_start : quote.speaker_end] == "she"


def test_a_possessive_after_a_preposition_stays_the_mention(quotes_of):
    text = "Tom Vasko lost the final. He earned no sympathy with his complaints that the referee was unfair."
    quote = one(quotes_of(text), "the referee was unfair")
    assert text[quote.speaker_start : quote.speaker_end] == "his"


def test_a_noun_of_intention_keeps_its_possessive(quotes_of):
    text = "Ada Lorne has faced questions since May, most recently her decision to close the zoo."
    quote = one(quotes_of(text), "to close the zoo")
    assert text[quote.speaker_start : quote.speaker_end] == "her"


def test_what_a_participle_s_subject_did_is_nobody_s_words(quotes_of):
    quotes = quotes_of(
        "Meanwhile, the singer's account has been busy, tweeting several insults about the host."
    )
    assert [q.text for q in quotes] == ["tweeting several insults about the host"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            '"I cannot feel my hands," said Vortex captain Jonas "Rook" Lindqvist after the final.',
            id="a-handle-between-given-name-and-surname",
        ),
        pytest.param(
            '"It was worth it," said the sniper Eli "The Ghost" Marsh.',
            id="a-nickname-of-two-words",
        ),
    ],
)
def test_a_nickname_inside_a_name_is_nobody_s_words(quotes_of, text):
    assert [q.kind for q in quotes_of(text)] == ["direct"]


def test_a_quoted_word_after_a_lower_case_noun_is_still_partial(quotes_of):
    quotes = quotes_of('Ann Lee called the plan "Crazy" on Tuesday, and Tom Ray agreed.')
    assert "partial" in [q.kind for q in quotes]


def test_a_quoted_word_in_a_title_case_headline_is_left_alone(quotes_of):
    text = "Ada Lorne Explained Why She Felt “Invisible” As A Child\n\nThe singer spoke on Monday."
    assert "Invisible" in [q.text for q in quotes_of(text)]


def test_a_long_title_case_headline_is_left_alone(quotes_of):
    text = "Do Not Let The Media And Ada Lorne Tell You He ‘Won’ By Finishing Third\n\nThe race ended."
    assert "Won" in [q.text for q in quotes_of(text)]


def test_a_quoted_phrase_in_a_headline_after_a_name_is_left_alone(quotes_of):
    text = "Lorne: Vasko’s ‘Hateful Rhetoric’ Destroying the Party’s Chance to Win\n\nThe race ended."
    assert "Hateful Rhetoric" in [q.text for q in quotes_of(text)]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            'The singer Tove Lind wrote on Instagram "Forever Grateful" Sunday, thanking fans for the letters.',
            "Forever Grateful",
            id="a-platform-is-no-given-name",
        ),
        pytest.param(
            'Ravi Shah told Radio Vell "Never" Monday when asked if he would resign.',
            "Never",
            id="a-day-is-no-surname",
        ),
        pytest.param(
            'The president called Senator Ana Vane "Crooked Ana" Tuesday night at a rally in Dunmere.',
            "Crooked Ana",
            id="a-day-after-quoted-words-of-two",
        ),
    ],
)
def test_quoted_words_before_a_day_or_after_an_outlet_are_no_nickname(quotes_of, text, words):
    assert [q for q in quotes_of(text) if q.text == words]
