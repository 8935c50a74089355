"""Attribution in obituaries and tributes, entertainment news, technology
launches and education news, one row per construction, on texts written for
the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding, one

SPEAKERS = [
    pytest.param(
        "Dean Colm Harte will step down, the board said.\n\n"
        "“We have heard clearly that cost is the biggest barrier,” Provost Amara Lind wrote.",
        "cost is the biggest barrier",
        {"speaker": "Amara Lind", "role": "Provost"},
        id="a-provost-before-a-name-is-a-title",
    ),
    pytest.param(
        "Kell University will freeze tuition next year, the provost wrote in an email to staff on Monday.\n\n"
        "“Cost is the biggest barrier for our students,” Provost Amara Lind wrote.",
        "will freeze tuition",
        {"speaker": "Amara Lind"},
        id="the-title-before-a-later-name-is-that-person",
    ),
    pytest.param(
        "Tuition will rise at Marne College, the rector said.\n\n"
        "In a separate case, Rector Ines Halt of Vell College resigned.",
        "Tuition will rise",
        {"speaker": "rector"},
        id="the-title-before-a-name-of-another-body-stays-unnamed",
    ),
    pytest.param(
        "Musicians paid tribute to Eddie Marlowe, the saxophonist, who died on Thursday at 91.\n\n"
        "“Dad played until the very end,” his son, Curtis Marlowe, said in a statement.\n\n"
        "Marlowe was famously blunt. “I play for the back row,” he once told the Avery Herald.",
        "I play for the back row",
        {"speaker": "Eddie Marlowe"},
        id="a-surname-alone-is-not-the-relative-who-shares-it",
    ),
    pytest.param(
        "Musicians paid tribute to Eddie Marlowe, the saxophonist, who died on Thursday at 91.\n\n"
        "“Dad played until the very end,” his son, Curtis Marlowe, said.\n\n"
        "“I play for the back row,” Marlowe said in 1971.",
        "I play for the back row",
        {"speaker": "Eddie Marlowe"},
        id="a-surname-after-a-relatives-quote-is-the-person-who-died",
    ),
    pytest.param(
        "Lotte Hamsun, who ran a bakery for 41 years, died on Monday at 79.\n\n"
        "Hamsun's husband of 52 years, Pieter, said she had been ill since spring. “She kept working,” he said.",
        "She kept working",
        {"speaker": "Pieter"},
        id="a-husband-of-many-years-is-a-man-whatever-pronoun-his-words-hold",
    ),
    pytest.param(
        "Lotte Hamsun, a baker, died on Monday at 79, said her daughter, Ana.\n\n"
        "“The ovens were her church,” Ana Hamsun said.\n\n"
        "In a 2011 profile, Hamsun said she never wanted to expand.",
        "never wanted to expand",
        {"speaker": "Lotte Hamsun"},
        id="a-surname-alone-is-not-the-daughter-named-by-her-given-name",
    ),
    pytest.param(
        "The score, by composer Ada Roos, hums like an engine. Roos said she recorded it on a trawler.",
        "recorded it on a trawler",
        {"speaker": "Ada Roos", "role": "composer"},
        id="a-role-stops-at-the-comma-closing-a-by-phrase",
    ),
    pytest.param(
        "Promoter Dana Whitfield told Billboard Weekly the cancellation would cost venues millions.",
        "would cost venues",
        {"speaker": "Dana Whitfield", "role": "Promoter"},
        id="a-promoter-before-a-name-is-a-title",
    ),
    pytest.param(
        "“He will be stepping away from performing,” Brightline Artists said in a statement.\n\n"
        "Later he addressed fans. “I need to get right,” he wrote.",
        "I need to get right",
        {"speaker": "he"},
        id="a-he-is-never-a-management-company",
    ),
    pytest.param(
        "Singer Kai Vane has canceled his tour, his manager, Joe Kale, said. “He needs rest,” Kale said.\n\n"
        "The 27-year-old singer later addressed fans online. “I need to get right,” he wrote.",
        "I need to get right",
        {"speaker": "singer", "speaker_kind": "anonymous"},
        id="a-pronoun-after-a-description-opening-the-paragraph-is-not-the-last-speaker",
    ),
    pytest.param(
        "Vera Lutz, 71, toured with Kai Vane for years. “He was kind,” said his manager, Joe Kale.\n\n"
        "The 71-year-old pianist later wrote online. “He paid us first,” she wrote.",
        "He paid us first",
        {"speaker": "Vera Lutz"},
        id="a-pronoun-after-an-age-opening-the-paragraph-is-the-person-of-that-age",
    ),
    pytest.param(
        "Aisha Brandt, now a law professor at Eastvale University, said the judge was exacting.",
        "the judge was exacting",
        {"speaker": "Aisha Brandt", "role": "law professor", "affiliation": "Eastvale University"},
        id="now-and-an-article-before-a-role-are-no-part-of-it",
    ),
    pytest.param(
        "Quillfeather, the note-taking app, said that hackers had reached its servers.\n\n"
        "“We are sorry,” the company wrote in a post on its website.",
        "We are sorry",
        {"speaker": "Quillfeather", "speaker_kind": "organization"},
        id="the-company-is-the-one-word-name-apposed-to-an-app",
    ),
    pytest.param(
        "Startup Lumora raises $40 million\n\nLumora, a two-year-old company, said it had raised $40 million.",
        "had raised $40 million",
        {"speaker": "Lumora", "speaker_kind": "organization"},
        id="a-trade-before-a-name-in-a-headline-is-no-part-of-it",
    ),
    pytest.param(
        "Nordoil, the refiner, said output fell in May. “Demand will return,” the company said.",
        "Demand will return",
        {"speaker": "Nordoil", "speaker_kind": "organization"},
        id="the-company-is-the-one-word-name-apposed-to-a-business-noun",
    ),
    pytest.param(
        "Lena Okafor won best actress on Sunday. “Ask me after I have slept,” she said.\n\n"
        "According to the academy, viewership rose 12 percent compared with last year.",
        "viewership rose",
        {"speaker": "academy", "speaker_kind": "organization"},
        id="an-academy-is-a-body-not-the-last-speaker",
    ),
    pytest.param(
        "Moss Calloway is promoting his new film. “It was a hard shoot,” he said.\n\n"
        "The studio said the film had cost $40 million.",
        "had cost $40 million",
        {"speaker": "studio", "speaker_kind": "organization"},
        id="a-studio-is-a-body-not-the-last-speaker",
    ),
    pytest.param(
        "Moss Calloway is promoting his new film. “It was a hard shoot,” he said.\n\n"
        "The studios said the film had cost $40 million.",
        "had cost $40 million",
        {"speaker": "studios", "speaker_kind": "organization"},
        id="studios-are-a-body-not-the-last-speaker",
    ),
    pytest.param(
        "Dean Ola Ruud said the school would close.",
        "the school would close",
        {"speaker": "Dean Ola Ruud", "role": None},
        id="dean-is-a-given-name-not-a-title",
    ),
]


UNNAMED_TITLE_HOLDERS = [
    pytest.param(
        "The mayor said the bridge was safe. In the next town, Mayor Ana Berg disagreed, saying it was not.",
        "the bridge was safe",
        "mayor",
        id="a-mayor-elsewhere",
    ),
    pytest.param(
        "The mayor said the bridge was safe.\n\nLast year, former Mayor Ana Berg had warned that it was not.",
        "the bridge was safe",
        "mayor",
        id="a-former-mayor",
    ),
    pytest.param(
        "The judge said the case was closed.\n\nThe appeal will be heard by Judge Helen Marsh in May.",
        "the case was closed",
        "judge",
        id="the-judge-of-the-appeal",
    ),
    pytest.param(
        "The coach said the team was ready. Coach Ivo Strand of the Rangers disagreed.",
        "the team was ready",
        "coach",
        id="the-other-teams-coach",
    ),
    pytest.param(
        "Fees will rise at Marne College, the provost said.\n\nLast year, former Provost Ola Lind had warned of it.",
        "Fees will rise",
        "provost",
        id="a-former-provost",
    ),
    pytest.param(
        "Fees will rise at Marne College, the provost said.\n\nProvost Ola Lind of Vell College disagreed.",
        "Fees will rise",
        "provost",
        id="another-colleges-provost",
    ),
]


@pytest.mark.parametrize("text, words, speaker", UNNAMED_TITLE_HOLDERS)
def test_a_title_named_later_is_not_always_the_unnamed_holder(quotes_of, text, words, speaker):
    quote = holding(quotes_of(text), words)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "anonymous")


ONE_WORD_NAMES_OF_PEOPLE = [
    pytest.param("Mika, a student at the academy,", "Mika", id="a-student-at-an-academy"),
    pytest.param("Jonas, a software developer,", "Jonas", id="a-developer"),
    pytest.param("Rangi, a ferry operator,", "Rangi", id="an-operator"),
    pytest.param("Kobe, a music producer,", "Kobe", id="a-producer"),
    pytest.param("Timbaland, the producer,", "Timbaland", id="the-producer"),
    pytest.param("Ozzo, the operator of the ferry,", "Ozzo", id="the-operator-of-a-body"),
]


@pytest.mark.parametrize("introduced, name", ONE_WORD_NAMES_OF_PEOPLE)
def test_a_one_word_name_apposed_to_a_persons_trade_is_a_person(quotes_of, introduced, name):
    text = f"{introduced} said the fees were too high. “I cannot pay,” he said."
    quote = holding(quotes_of(text), "I cannot pay")
    assert (quote.speaker, quote.speaker_kind) == (name, "person")


TRADES_BEFORE_NAMES = [
    pytest.param(
        "Miner Tom Reed rescued after 3 days\n\n“I never lost hope,” Reed said.",
        "I never lost hope",
        {"speaker": "Tom Reed", "speaker_kind": "person"},
        id="a-persons-trade-in-a-headline",
    ),
    pytest.param(
        "Producer Kell Varga said the film was late. “It is ready,” Varga said.",
        "It is ready",
        {"speaker": "Kell Varga", "speaker_kind": "person"},
        id="a-producer-is-a-person",
    ),
    pytest.param(
        "Oil producer Nordoil said output fell in May.",
        "output fell",
        {"speaker": "Nordoil", "speaker_kind": "organization"},
        id="an-oil-producer-is-a-business",
    ),
    pytest.param(
        "Norway's largest oil producer, Nordoil, said output fell in May.",
        "output fell",
        {"speaker": "Nordoil", "speaker_kind": "organization"},
        id="a-one-word-name-apposed-to-a-producer-is-a-business",
    ),
]


@pytest.mark.parametrize("text, words, expected", TRADES_BEFORE_NAMES)
def test_a_trade_before_a_name_tells_a_person_from_a_business(quotes_of, text, words, expected):
    assert fields(holding(quotes_of(text), words), expected) == expected


RELATIVES_SPEAKING_ON = [
    pytest.param(
        "Police named the victim as Jon Dahl, 34. His brother, Per Dahl, said Jon had been threatened. "
        "“He was scared,” Dahl said.",
        "He was scared",
        "Per Dahl",
        id="a-brother-after-the-victim",
    ),
    pytest.param(
        "Mayor Lena Holt opened the fair. Her husband, Arne Holt, a farmer, said the harvest was good. "
        "“It is a good year,” Holt said.",
        "It is a good year",
        "Arne Holt",
        id="a-husband-after-the-mayor",
    ),
    pytest.param(
        "Sanna Brekk, a ferry pilot, died on Friday.\n\n"
        "“She loved the sea,” said her son, Odd Brekk. “She never missed a crossing,” Brekk added.",
        "never missed a crossing",
        "Odd Brekk",
        id="a-son-after-the-person-who-died",
    ),
]


@pytest.mark.parametrize(
    "described, speaker",
    [
        pytest.param("Her lawyer", "Ola Ruud", id="a-lawyer-goes-by-the-surname"),
        pytest.param("Her cousin", "Tove Ruud", id="a-cousin-goes-by-the-given-name"),
    ],
)
def test_only_a_relative_leaves_the_surname_to_the_person_named_first(quotes_of, described, speaker):
    text = (
        "Tove Ruud, the harbour chief, said the port would close.\n\n"
        f"{described}, Ola Ruud, filed an appeal on Monday. “We will win,” Ruud said."
    )
    assert holding(quotes_of(text), "We will win").speaker == speaker


@pytest.mark.parametrize("text, words, speaker", RELATIVES_SPEAKING_ON)
def test_a_surname_right_after_a_relative_spoke_is_the_relative(quotes_of, text, words, speaker):
    assert holding(quotes_of(text), words).speaker == speaker


DESCRIBED_SUBJECTS = [
    pytest.param("The young striker later posted a message.", "striker", id="an-adjective-before-the-noun"),
    pytest.param("The striker later posted a message.", "striker", id="the-noun-alone"),
    pytest.param("The tall young striker later posted a message.", "striker", id="two-words-before-the-noun"),
]


@pytest.mark.parametrize("sentence, described", DESCRIBED_SUBJECTS)
def test_a_pronoun_after_a_described_subject_is_that_person(quotes_of, sentence, described):
    text = (
        "Ivo Strand, the club's manager, said the striker would leave. "
        f"{sentence} “Thank you, fans,” he wrote."
    )
    assert holding(quotes_of(text), "Thank you").speaker == described


SURNAMES_THAT_NAME_WORDING = [
    pytest.param("Kate Line, a nurse, said, “The ward is full.”", "Kate Line", id="line"),
    pytest.param("“The ward is full,” said Dr. Omar Lines.", "Omar Lines", id="lines"),
    pytest.param("Party spokesman Arne Verse said, “We will win.”", "Arne Verse", id="verse"),
]


@pytest.mark.parametrize("text, speaker", SURNAMES_THAT_NAME_WORDING)
def test_a_surname_that_is_a_noun_for_words_still_speaks(quotes_of, text, speaker):
    assert [q.speaker for q in quotes_of(text) if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert fields(quote, expected) == expected


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param(
            "The drama opened on Friday.\n\n"
            "The film’s most quoted line, “Every road ends at the sea,” was printed on T-shirts sold outside.",
            "Every road ends",
            id="a-line-apposed-to-the-subject-of-its-sentence",
        ),
        pytest.param(
            "The drama opened on Friday.\n\nThe mayor’s favourite motto, “Keep the ferries running,” was painted on the hall.",
            "Keep the ferries",
            id="a-motto-is-no-speaker",
        ),
        pytest.param(
            "The drama opened on Friday.\n\nHer best-known lyric, “We sail at dawn,” was sung at the funeral.",
            "We sail at dawn",
            id="a-lyric-is-no-speaker",
        ),
    ],
)
def test_words_inside_the_subject_are_nobodys_statement(quotes_of, text, words):
    assert [q.speaker for q in quotes_of(text) if words in q.text and q.speaker is not None] == []


def test_lower_case_words_after_a_works_noun_are_what_someone_called_it(quotes_of):
    text = "Critic Hal Perrin, writing in the Daily Lantern, called the film “a quiet triumph,” and praised its cast."
    quote = one(quotes_of(text), "a quiet triumph")
    assert (quote.kind, quote.speaker, quote.text) == ("partial", "Hal Perrin", "a quiet triumph")


def test_one_or_another_alone_is_no_sure_speaker(quotes_of):
    text = "Fans flooded social media with messages of support. One wrote, “Protect Delia at all costs.”"
    quote = one(quotes_of(text), "Protect Delia")
    assert quote.speaker == "One"
    assert quote.confidence < 0.9
