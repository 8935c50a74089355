"""Who a relative ``who`` stands for when a description in apposition comes
between the name and ``who`` (quotes.extract.antecedents): ``Ellen Varney,
66, a retired district nurse, who said`` is Ellen Varney, the nurse being
her post. Texts written for the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

from quotes.extract.antecedents import DESCRIBED_SUBJECT_RE

SPEAKERS = [
    pytest.param(
        "The petition was organised by residents led by Ellen Varney, 66, a retired district nurse, "
        'who said the board had "made up its mind".',
        "made up its mind",
        {"speaker": "Ellen Varney"},
        id="a-name-an-age-and-a-post-before-who",
    ),
    pytest.param(
        "The protest was organised by tenants led by Mara Lusk, 71, a retired primary teacher, "
        'who said the landlord had "ignored every letter".',
        "ignored every letter",
        {"speaker": "Mara Lusk"},
        id="not-the-group-she-leads",
    ),
]

LEFT_ALONE = [
    pytest.param(
        'The dog bit the owner of the shop, a retired nurse, who said it was "vicious".',
        "vicious",
        {"speaker": "owner"},
        id="a-description-after-no-name-names-no-one",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_after_a_described_name_is_the_name(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_who_after_a_description_alone_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


#: A person described with ``A``/``An`` inside a paragraph, whose description
#: tells the pronoun's gender, is who the pronoun after stands for, not the
#: last person of that gender named before (INDEFINITE_SUBJECT_RE).
INDEFINITE_SUBJECTS = [
    pytest.param(
        'Harbour Master Ilse Varga said the pier would reopen. "We are nearly there," Varga said.\n\n'
        "Dozens of residents queued to speak. A woman who identified herself only as a retired "
        "midwife from Gull Lane drew the loudest cheers.\n\n"
        '"I have fished off that pier since I was six," she told the board.',
        "fished off that pier",
        "retired midwife",
        id="a-woman-who-identified-herself-as",
    ),
    pytest.param(
        'Coach Brenna Holt praised her side. "They never stopped running," Holt said.\n\n'
        "The stands emptied slowly. A grandmother waited by the gate with a flask of tea.\n\n"
        '"My grandson scored his first goal today," she said.',
        "first goal today",
        "grandmother",
        id="a-grandmother-mid-paragraph",
    ),
    pytest.param(
        'Judge Corin Abbot adjourned the case. "We will sit again on Monday," Abbot said.\n\n'
        "The gallery was full. A man who described himself as a neighbour of the accused shouted "
        "from the back.\n\n"
        '"He never hurt anyone," he said.',
        "never hurt anyone",
        "neighbour",
        id="a-man-who-described-himself-as",
    ),
]

#: Where the description does not tell the pronoun's gender, or tells the
#: other one, the named person stays the pronoun's antecedent.
INDEFINITE_SUBJECTS_LEFT_ALONE = [
    pytest.param(
        'Harbour Master Ilse Varga toured the pier. "We are nearly there," Varga said.\n\n'
        "The repairs ran late. A diver who works nights checked the pilings.\n\n"
        '"It will hold for another fifty years," she said.',
        "another fifty years",
        "Ilse Varga",
        id="an-unsexed-noun-is-left-to-the-named",
    ),
    pytest.param(
        'Harbour Master Ilse Varga toured the pier. "We are nearly there," Varga said.\n\n'
        "The repairs ran late. A man who identified himself as a diver checked the pilings.\n\n"
        '"It will hold for another fifty years," she said.',
        "another fifty years",
        "Ilse Varga",
        id="a-man-is-never-she",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), INDEFINITE_SUBJECTS)
def test_a_described_subject_of_the_pronoun_s_gender_speaks(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), INDEFINITE_SUBJECTS_LEFT_ALONE)
def test_a_described_subject_of_no_told_gender_is_left_alone(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


def test_a_later_sentence_opening_on_a_described_person_keeps_the_pronoun(quotes_of):
    text = (
        'Harbour Master Ilse Varga said the pier would reopen. "We are nearly there," Varga said.\n\n'
        "Dozens queued to speak. A woman who identified herself as a retired midwife drew cheers.\n\n"
        'The harbour trust\'s treasurer watched from the back. "I have never seen such a crowd," she said.'
    )
    assert one(quotes_of(text), "such a crowd").speaker != "retired midwife"


ONE_WHO_DESCRIBED = [
    pytest.param(
        'Ada Quill, who runs the tenants\' group, said the landlord "never answers".\n\n'
        "Several tenants wrote to the council. One, who described herself as a night nurse in "
        'Kell Street, wrote that she had waited a year for a repair. "The damp is in the walls," she wrote.',
        "damp is in the walls",
        "night nurse",
        id="one-who-described-herself-as",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), ONE_WHO_DESCRIBED)
def test_one_who_described_herself_speaks(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


def test_one_with_no_description_is_left_alone(quotes_of):
    text = (
        'Ada Quill, who runs the tenants\' group, said the landlord "never answers".\n\n'
        "Several tenants wrote to the council. One, who had waited a year, wrote that the damp was "
        'worse. "The walls are wet," she wrote.'
    )
    assert one(quotes_of(text), "walls are wet").speaker == "Ada Quill"


def test_a_description_with_a_name_apposed_is_the_named_person(quotes_of):
    text = (
        "Ferries were cancelled all day. A harbour spokesman, Tomas Brekke, said on Sunday that 40 "
        'sailings were lost.\n\nThe worst day, he said, was "the Saturday before Easter".'
    )
    assert one(quotes_of(text), "Saturday before Easter").speaker == "Tomas Brekke"


ASKED_AT_A_SENTENCE_END = [
    pytest.param(
        "Ana Obi runs the shop with her assistant, Tom Vell.\n\n"
        '"Does that happen a lot?" I asked Vell. "Every day," he said.\n\n"It is hard," she said.',
        "It is hard",
        {"speaker": "Ana Obi"},
        id="the-person-asked-is-no-new-person-taking-a-later-pronoun",
    ),
    pytest.param(
        "Ana Obi runs the shop with her assistant, Tom Vell.\n\n"
        '"Does that happen a lot?" I asked Vell. "Every day," he said.',
        "Every day",
        {"speaker": "Tom Vell"},
        id="the-answer-is-the-named-person-s",
    ),
    pytest.param(
        '"Does that happen a lot?" I asked Tom Vell Jr. "Every day," he said.',
        "Every day",
        {"speaker": "Tom Vell Jr"},
        id="a-generation-s-full-stop-stays",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), ASKED_AT_A_SENTENCE_END)
def test_a_person_asked_at_a_sentence_end_is_named_without_its_full_stop(quotes_of, text, words, expected):
    """``I asked Vell.``: the full stop ends the sentence and is no part of the
    name, which would otherwise be a new person of no known gender."""
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(
    "text, described",
    [
        ("At about 10:30, a man in his sixties came in.", "man"),
        ("Later that morning, a woman with a pram came in.", "woman"),
        ("On Tuesday, a nurse rang.", "nurse"),
        ("A cyclist was fined.", "cyclist"),
        ("Kim Lee, a farmer, said so.", None),
        ("Outside, Ina Moss waited for a taxi.", None),
    ],
)
def test_described_subject_after_a_short_phrase_of_time(text, described):
    """A person described with ``a``/``an`` after a short phrase of time or place
    opening the paragraph is its subject (the noun among the words read); a name
    before a description is not."""
    found = DESCRIBED_SUBJECT_RE.search(text)
    words = found.group(1).split() if found is not None else [None]
    assert described in words


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The mayor met a retired teacher who said the school had closed in 1990.", "retired teacher"
        ),
        pytest.param("She spoke to one voter who said she had not decided.", "one voter"),
    ],
)
def test_a_person_described_before_who_said_says_it(quotes_of, text, speaker):
    said = [q for q in quotes_of(text) if q.cue == "said"]
    assert [q.speaker for q in said] == [speaker]


def test_a_person_described_before_who_promised_says_nothing(quotes_of):
    quotes = quotes_of("Voters met a candidate who promised lower taxes for every family.")
    assert not [q for q in quotes if q.cue == "promised"]
