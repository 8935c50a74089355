"""Attribution in broadcast and interview reports, press conferences,
transcripts, live blogs, posts and letters, one row per construction, on
texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

SPEAKERS = [
    pytest.param(
        "Ilse Varga told Vell News Network: “The minister meant it.”\n\n"
        "“Is that a no?” the host asked.\n\n“It is a maybe,” she replied.",
        "Is that a no?",
        {"speaker": "host", "speaker_kind": "anonymous"},
        id="an-unnamed-host-is-not-the-guest",
    ),
    pytest.param(
        "Ina Moss spoke to host Per Lund on Vell Tonight.\n\n“I will sign it,” Moss said.\n\n"
        "“Is that a promise?” the host asked.",
        "Is that a promise?",
        {"speaker": "Per Lund", "role": "host"},
        id="the-host-is-the-one-named-as-host",
    ),
    pytest.param(
        "Ina Moss took questions.\n\n“We will build it,” Moss said. “When?” the moderator asked.",
        "When?",
        {"speaker": "moderator"},
        id="an-unnamed-moderator-is-not-the-speaker-before",
    ),
    pytest.param(
        'Opposition leader Greta Holm said on Vell TV\'s "Sunday Desk" that her party would win every seat.',
        "her party would win",
        {"speaker": "Greta Holm", "kind": "indirect"},
        id="a-programme-in-straight-marks-before-the-reported-clause",
    ),
    pytest.param(
        "In an interview with the Vell Courier, the head of the ferry workers' union, Tor Berg, said his "
        "members would strike if the cuts went ahead.",
        "members would strike",
        {"speaker": "Tor Berg", "kind": "indirect"},
        id="a-name-in-apposition-after-an-interview-with-an-outlet",
    ),
    pytest.param(
        "Governor Marta Lie said she would not raise taxes.\n\n"
        "A reporter asked if she had spoken to the union. “I called its president,” she said.",
        "I called its president",
        {"speaker": "Marta Lie"},
        id="a-reporter-asking-is-not-who-answers",
    ),
    pytest.param(
        "Mayor Ina Moss met host Per Lund.\n\n“Will you run?” Lund asked.\n\n“Never,” Moss said.\n\n"
        "“Why not?” Lund asked.\n\n“Because I like my job,” she said.",
        "Because I like",
        {"speaker": "Ina Moss"},
        id="a-host-asking-a-question-is-not-who-answers",
    ),
    pytest.param(
        "Host Ina Varg spoke to Mayor Eva Lund.\n\n“Taxes will rise,” Varg said.\n\nWhen Varg pointed out that "
        "the plan was “a tax rise,” Lund seized on the words. “It is not a tax rise,” she said.",
        "It is not a tax rise",
        {"speaker": "Eva Lund"},
        id="the-subject-after-a-clause-holding-quoted-words",
    ),
    pytest.param(
        "@VellFans, a supporters' account with 40,000 followers, replied: “Apology accepted.”",
        "Apology accepted",
        {"role": "supporters' account with 40,000 followers"},
        id="a-number-with-a-thousands-comma-in-a-role",
    ),
    pytest.param(
        "Kofi Mensa said sorry.\n\nMensa's agent, Lisa Tarn, told Radio Vell's Sportsweek: “Kofi is young.”",
        "Kofi is young",
        {"speaker": "Lisa Tarn", "role": "Mensa's agent"},
        id="an-agent-is-a-role",
    ),
    pytest.param(
        "Live: Vell votes\n\n10:31 p.m. — Challenger Rolf Imre tweets: “Thank you to every volunteer.”",
        "Thank you",
        {"speaker": "Rolf Imre", "role": "Challenger"},
        id="a-challenger-before-a-name-is-a-role",
    ),
    pytest.param(
        "Forecaster Nils Paa told Vell Radio the worst would pass by lunchtime.",
        "the worst would pass",
        {"speaker": "Nils Paa", "role": "Forecaster"},
        id="a-forecaster-before-a-name-is-a-role",
    ),
    pytest.param(
        "The dock's owner, Kell Marine Ltd, said in a statement that it was helping the police.",
        "it was helping",
        {"speaker": "Kell Marine Ltd", "speaker_kind": "organization"},
        id="a-business-in-apposition-to-an-owner",
    ),
    pytest.param(
        "Vell Mayor Ina Moss and Harbour Minister Ansel Kobb traded barbs online.\n\n"
        "“She chose to ignore the numbers,” Kobb posted.",
        "She chose",
        {"speaker": "Ansel Kobb", "role": "Harbour Minister"},
        id="a-title-stops-at-and-after-another-full-name",
    ),
    pytest.param(
        "Both candidates said the ferries should stay.\n\n"
        "Cheers and boos greeted Rolf Imre's closing line: “Vote for the future.”",
        "Vote for the future",
        {"speaker": "Rolf Imre", "cue": "line"},
        id="whose-closing-line-it-was",
    ),
    pytest.param(
        "Ina Moss resigned.\n\nVell Courier reported it first. “It was time,” she said.",
        "It was time",
        {"speaker": "Ina Moss"},
        id="a-radio-station-or-paper-is-no-she",
    ),
    pytest.param(
        "Kobb resigned on Monday.\n\nTessel FM asked the mayor about it. “It was time,” she said.",
        "It was time",
        {"speaker": "she"},
        id="an-fm-station-is-no-she",
    ),
    pytest.param(
        "Ina Moss said on the show, “We will win the vote.”",
        "We will win the vote",
        {"speaker": "Ina Moss", "kind": "direct"},
        id="words-said-on-a-show-are-no-title",
    ),
    pytest.param(
        "Ina Moss told the podcast, “I am running again.”",
        "I am running again",
        {"speaker": "Ina Moss", "kind": "direct"},
        id="words-told-a-podcast-are-no-title",
    ),
    pytest.param(
        "“Follow the money on X and you will see it,” Lena Osk said.",
        "Follow the money",
        {"speaker": "Lena Osk", "kind": "direct"},
        id="follow-in-a-quote-is-no-byline-promo",
    ),
    pytest.param(
        "Ina Moss met Lena Osk at the harbour. “We need a new bridge,” Osk said. "
        "“Who would not want a new bridge?” Moss asked. “It is long overdue, and we will pay for it,” she said.",
        "It is long overdue",
        {"speaker": "Ina Moss"},
        id="someone-not-a-host-asking-may-answer-her-own-question",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert fields(quote, expected) == expected


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
    pytest.param(
        "Ansel Kobb, who sat for an interview this month on Ina Moss's show, ''Harbourside.''",
        "Harbourside",
        id="a-one-word-title-after-a-show",
    ),
    pytest.param(
        "At the end of her rendition of the harbour anthem “Sails of Vell,” Ina Moss added a verse.",
        "Sails of Vell",
        id="a-title-after-an-anthem",
    ),
    pytest.param(
        "LETTERS\n\nTomas Berg's commentary, “Tell the islands the truth” (May 3), was unfair.",
        "Tell the islands the truth",
        id="a-title-in-apposition-to-a-commentary",
    ),
    pytest.param(
        "Letters: readers on the harbour plan\n\nThe harbour has lost money for years.",
        "readers on the harbour plan",
        id="a-letters-page-label-in-a-headline",
    ),
    pytest.param(
        "In a commentary, “Save the night ferry,” published last week, Tomas Reye argued that the routes pay.",
        "Save the night ferry",
        id="a-title-after-in-a-commentary-that-was-published",
    ),
    pytest.param(
        "Live: Vell votes\n\n11:20 p.m. — In a post on Instagram, Rolf Imre wrote, “Proud of this team.”",
        "11:20",
        id="a-live-blog-time-stamp-the-cue-hangs-on",
    ),
    pytest.param(
        "Live: Vell votes\n\n11:05 p.m. — Ferries will run late tonight, the harbour office said.",
        "p.m.",
        id="a-live-blog-time-stamp-opening-a-reported-clause",
    ),
    pytest.param(
        "Ina Moss would not say whether she would run. The mayor has said that before.",
        "said that",
        id="a-content-that-stands-for-words-said-elsewhere",
    ),
    pytest.param(
        "The mayor was on the radio.\n\nLUND: Will you run?\n\nMOSS: I am no candidate. I have said that many times.",
        "said that",
        id="a-stand-in-for-words-in-a-transcript",
    ),
]


@pytest.mark.parametrize("text, words", NOT_QUOTES)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]


def test_words_read_from_a_work_someone_speaks_in_are_a_quote(quotes_of):
    quotes = quotes_of("In her memoir, “I never wanted to be famous,” Ina Moss writes.")
    assert [(q.text, q.speaker) for q in quotes] == [("I never wanted to be famous", "Ina Moss")]


TRANSCRIPT = (
    "Ina Moss on the harbour vote\n\n"
    "A partial transcript of the mayor's interview with Per Lund on Vell Tonight.\n\n"
    "LUND: Mayor, will you sign the harbour bill?\n\n"
    "MOSS: I will sign it on Monday. I know people doubted it.\n\n"
    "LUND: Your critics say it costs too much.\n\n"
    "MOSS: They said the same about the bridge.\n\n"
    "(CROSSTALK)"
)


def test_a_transcript_with_speakers_labels_and_no_question_lines(quotes_of):
    quotes = [(q.speaker, q.text, q.kind) for q in quotes_of(TRANSCRIPT)]
    assert quotes == [
        ("Per Lund", "Mayor, will you sign the harbour bill?", "direct"),
        ("Ina Moss", "I will sign it on Monday. I know people doubted it.", "direct"),
        ("Per Lund", "Your critics say it costs too much.", "direct"),
        ("Ina Moss", "They said the same about the bridge.", "direct"),
    ]


def test_a_transcript_opening_the_text_is_its_answers_only(quotes_of):
    text = "LUND: Will you sign it?\nMOSS: I will sign it today.\nLUND: And the budget?\nMOSS: The budget waits.\n"
    quotes = [(q.kind, q.text) for q in quotes_of(text + "Lund hosted the show. Moss is the mayor.\n")]
    assert quotes == [
        ("direct", "Will you sign it?"),
        ("direct", "I will sign it today."),
        ("direct", "And the budget?"),
        ("direct", "The budget waits."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Harbour news\n\nVELLMOUTH: The harbour reopened.\n\nUPDATE: Ferries run again.\n\n"
            "VELLMOUTH: Crowds came.\n\nUPDATE: More ferries will run on Sunday.",
            id="labels-that-name-nobody",
        ),
        pytest.param(
            "Ina Moss met Per Lund.\n\nMOSS: A harbour for all of us, she wrote in 2019.\n\n"
            "Lund: The harbour is a place of work.",
            id="one-line-of-a-label-in-capitals",
        ),
    ],
)
def test_labels_that_are_no_transcript(quotes_of, text):
    assert [q for q in quotes_of(text) if q.cue == ":"] == []


def test_a_quoted_transcripts_labels_carry_their_own_roles(quotes_of):
    text = (
        "Opposition leader Greta Holm said on Sunday that her party would win.\n\n"
        'Partial transcript as follows:\n\n"DAHL: Will you keep the ferries?\n\n"HOLM: Every one of them."'
    )
    quotes = [(q.speaker, q.role) for q in quotes_of(text) if q.kind == "direct"]
    assert quotes == [("Dahl", None), ("Greta Holm", "Opposition leader")]


def test_a_quoted_transcripts_label_is_the_speakers_mention_not_their_words(quotes_of):
    text = (
        "Mayor Ana Roe spoke to the host on Sunday. A transcript follows:\n\n"
        '"HOST: Will the bridge open?\n\n"ROE:\u00a0 It will open in June."'
    )
    quote = holding(quotes_of(text), "open in June")
    assert quote.text == "It will open in June."
    assert text[quote.speaker_start : quote.speaker_end] == "ROE"
    assert quote.speaker == "Ana Roe"
