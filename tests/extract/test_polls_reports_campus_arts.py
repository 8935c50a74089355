"""Attribution in polls and surveys, think-tank and NGO reports, university
news and arts reviews (joint pollsters, two posts in one apposition, a
college's years, titles of reports and works, passive ``was told``, counts of
respondents), one row per construction, on texts written for the test about
fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "“We are not building enough homes,” said Nadia Feld, a senior fellow at the institute "
        "and the report's lead author.",
        "We are not building enough homes",
        {"speaker": "Nadia Feld", "role": "senior fellow at the institute and the report's lead author"},
        id="two-posts-joined-by-and-in-one-apposition",
    ),
    pytest.param(
        "“We're being priced out,” said Jasmine Ortiz, a junior studying nursing and president "
        "of the student government.",
        "We're being priced out",
        {
            "speaker": "Jasmine Ortiz",
            "role": "junior studying nursing and president of the student government",
        },
        id="a-student-s-year-and-her-post-joined-by-and",
    ),
    pytest.param(
        "“The math does not work,” said Victor Lang, the foundation's director of fiscal policy "
        "and one of the report's authors.",
        "The math does not work",
        {
            "speaker": "Victor Lang",
            "role": "foundation's director of fiscal policy and one of the report's authors",
        },
        id="a-post-and-one-of-a-report-s-authors",
    ),
    pytest.param(
        "Sophomore Devin Marsh, 19, said he was working two part-time jobs.",
        "he was working two part-time jobs",
        {"speaker": "Devin Marsh", "role": "Sophomore"},
        id="a-college-year-before-a-student-s-name",
    ),
    pytest.param(
        "Freshman Ana Roy said the dorms were cold.",
        "the dorms were cold",
        {"speaker": "Ana Roy", "role": "Freshman"},
        id="a-first-year-before-a-student-s-name",
    ),
    pytest.param(
        "In an email, Professor Dame Ellen Harcourt said the university faced cuts. "
        "“No one takes this lightly,” Harcourt wrote.",
        "No one takes this lightly",
        {"speaker": "Ellen Harcourt", "role": "Professor"},
        id="dame-before-a-vice-chancellor-s-name",
    ),
    pytest.param(
        "Sir Gavin Holt, Norbury's chief executive, said the budget did little harm.",
        "the budget did little harm",
        {"speaker": "Gavin Holt"},
        id="sir-before-a-pollster-s-name",
    ),
    pytest.param(
        "Most voters oppose the levy, according to a Metro Daily/Hillcrest College poll.",
        "Most voters oppose the levy",
        {"speaker": "Metro Daily/Hillcrest College poll", "speaker_kind": "organization"},
        id="a-joint-poll-of-two-bodies-joined-by-a-slash",
    ),
    pytest.param(
        "Most voters oppose the levy, according to a Kell Varna poll.",
        "Most voters oppose the levy",
        {"speaker": "Kell Varna poll", "speaker_kind": "organization"},
        id="a-pollster-whose-name-reads-as-a-person-s-before-poll",
    ),
    pytest.param(
        "A Vell News/Marlow survey found that most parents oppose the change.",
        "most parents oppose the change",
        {"speaker": "Vell News/Marlow survey"},
        id="a-joint-survey-opening-the-sentence",
    ),
    pytest.param(
        "Ana Roy said most voters back the plan.",
        "most voters",
        {"text": "most voters back the plan", "speaker": "Ana Roy"},
        id="back-after-the-people-a-speaker-says-support-a-plan",
    ),
    pytest.param(
        "The poll found that 54 percent back the levy.",
        "54 percent",
        {"text": "that 54 percent back the levy", "speaker": "poll"},
        id="back-after-a-share-of-respondents",
    ),
    pytest.param(
        "Food bank use in the region reached a record high last year, with more than 180,000 "
        "emergency parcels handed out, the charity Feedwell said in its annual report.",
        "Food bank use",
        {"speaker": "Feedwell", "kind": "indirect"},
        id="a-charity-named-after-its-description-closing-the-sentence",
    ),
    pytest.param(
        "Charity says food bank use hit record\n\nFood bank use reached a record high, the charity "
        "Feedwell said. The charity said a third of parcels went to families.",
        "a third of parcels",
        {"speaker": "Feedwell"},
        id="the-charity-is-the-one-the-story-named-not-the-headline-s-word",
    ),
    pytest.param(
        "Among them, 74 percent said college was not worth it.",
        "college was not worth it",
        {"speaker": "74 percent", "speaker_kind": "group"},
        id="a-share-of-respondents-is-a-group",
    ),
    pytest.param(
        "Two-thirds said the city was safe.",
        "the city was safe",
        {"speaker": "Two-thirds", "speaker_kind": "group"},
        id="a-fraction-of-respondents-is-a-group",
    ),
    pytest.param(
        "A majority of voters said the city was safe.",
        "the city was safe",
        {"speaker_kind": "group", "role": None},
        id="a-majority-is-a-group-with-no-role",
    ),
    pytest.param(
        "Another 12 percent said they might vote for Kobb.\n\nThey said the plan was bad.",
        "the plan was bad",
        {"speaker": "They"},
        id="they-after-a-share-of-respondents-is-no-one-known",
    ),
    pytest.param(
        "Owen Price was told on Friday that his contract had ended for “conduct unbecoming a "
        "lecturer,” according to a letter seen by the Herald.",
        "conduct unbecoming",
        {"kind": "partial", "speaker": "letter"},
        id="words-someone-was-told-are-not-his",
    ),
    pytest.param(
        "Bell said the team was surprised by how many teens reported using their phones after midnight.",
        "the team was surprised",
        {"text": "the team was surprised by how many teens reported using their phones after midnight"},
        id="how-many-people-reported-is-no-cut-in-what-was-said",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "The report, “A Promise at Risk,” found that the fund was short.",
            "A Promise at Risk",
            id="a-report-s-title-in-apposition",
        ),
        pytest.param(
            "The study, “Sleep and Screens,” found that teens slept less.",
            "Sleep and Screens",
            id="a-study-s-title-in-apposition",
        ),
    ],
)
def test_a_title_in_apposition_to_a_report_is_nobody_s_words(quotes_of, text, title):
    quotes = quotes_of(text)
    assert not [q for q in quotes if title in q.text]
    assert [q.speaker for q in quotes] == [text.split(",")[0].split()[-1]]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "The survey, “Voices of Kell,” came out on Monday, Edda Lunde said.",
            "Voices of Kell",
            id="a-cue-further-on",
        ),
        pytest.param(
            "In her 2020 survey, “Harbour Lives,” Edda Lunde traced ten families.",
            "Harbour Lives",
            id="a-verb-with-words-of-its-own-after-the-title",
        ),
    ],
)
def test_a_survey_s_title_with_a_verb_after_it_is_no_direct_quote(quotes_of, text, title):
    assert not [q for q in quotes_of(text) if q.text == title]


def test_how_many_people_said_is_no_quote_of_its_own(quotes_of):
    quotes = quotes_of("Bell said the team was surprised by how many teens said they used their phones.")
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Bell", "the team was surprised by how many teens said they used their phones")
    ]


LEFT_ALONE = [
    pytest.param(
        "According to the report, “The fund is short.”",
        "The fund is short",
        {"kind": "direct", "speaker": "report"},
        id="a-report-s-words-after-according-to",
    ),
    pytest.param(
        "Kobb told the paper, “We Will Fight This.”",
        "We Will Fight This",
        {"kind": "direct", "speaker": "Kobb"},
        id="words-told-a-paper",
    ),
    pytest.param(
        "“We are late,” said Tove Lind, who went to the shops in the town and bought a loaf of bread.",
        "We are late",
        {"speaker": "Tove Lind", "role": None},
        id="a-relative-clause-with-two-verbs-is-no-role",
    ),
    pytest.param(
        "“We are late,” said Tove Lind, a nurse and a mother of three.",
        "We are late",
        {"speaker": "Tove Lind", "role": "nurse and a mother of three"},
        id="two-short-posts-joined-by-and",
    ),
    pytest.param(
        "Ola Price said he was told that his work was “not good enough.”",
        "not good enough",
        {"kind": "partial", "speaker": "Ola Price"},
        id="words-a-speaker-says-he-was-told",
    ),
    pytest.param(
        "Many teens said they used their phones after midnight.",
        "they used their phones",
        {"speaker": "Many teens"},
        id="many-people-said",
    ),
    pytest.param(
        "Most voters oppose the levy, Kell Varna said in a poll.",
        "Most voters oppose the levy",
        {"speaker": "Kell Varna", "speaker_kind": "person"},
        id="a-person-speaking-in-a-poll",
    ),
    pytest.param(
        "“Yes, sir,” Kobb said.",
        "Yes, sir",
        {"speaker": "Kobb"},
        id="sir-inside-a-quote",
    ),
    pytest.param(
        "Kobb said the voters came back the next day.",
        "the voters came back",
        {"text": "the voters came back the next day"},
        id="back-after-a-verb",
    ),
    pytest.param(
        "Kobb said he wanted the money back.",
        "he wanted",
        {"text": "he wanted the money back"},
        id="back-closing-a-clause",
    ),
    pytest.param(
        "The charity Feedwell said food bank use rose.",
        "food bank use rose",
        {"speaker": "Feedwell", "text": "food bank use rose"},
        id="a-charity-named-after-its-description-opening-the-sentence",
    ),
    pytest.param(
        "Union warns of strikes\n\nStrikes are likely, the union Unitas said. The union said talks had failed.",
        "talks had failed",
        {"speaker": "Unitas"},
        id="the-union-named-in-the-story-after-a-headline-s-word",
    ),
    pytest.param(
        "Kell Percent said the city was safe.",
        "the city was safe",
        {"speaker": "Kell Percent", "speaker_kind": "person"},
        id="a-name-holding-a-share-s-word",
    ),
    pytest.param(
        "Residents said they might vote for Kobb.\n\nThey said the plan was bad.",
        "the plan was bad",
        {"speaker": "Residents"},
        id="they-after-a-group-that-spoke",
    ),
    pytest.param(
        "Junior Minister Ola Ruud said the plan was sound.",
        "the plan was sound",
        {"speaker": "Ola Ruud", "role": "Junior Minister"},
        id="junior-before-a-post",
    ),
    pytest.param(
        "Asked about the poll, “Far Too Early,” said councillor Edda Lunde.",
        "Far Too Early",
        {"kind": "direct", "speaker": "Edda Lunde"},
        id="title-case-words-after-a-poll-with-a-speaker-after-them",
    ),
    pytest.param(
        "Of the survey, “We Expected Worse,” Lunde said.",
        "We Expected Worse",
        {"kind": "direct", "speaker": "Lunde"},
        id="title-case-words-after-a-survey-with-a-cue-and-speaker-after-them",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_ordinary_text_is_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
