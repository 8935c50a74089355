"""Attribution in sport reports, entertainment news and product launches, one
row per construction, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding

from quotes.extract.gender_evidence import gender_evidence
from quotes.extract.mentions import clause_subject_at, speaker_kind
from quotes.extract.titles_before_names import title_before

SPEAKERS = [
    pytest.param(
        "In cycling, team principal Jonas Riedl of Velo Norte wrote on social media that his rider would start.",
        "his rider would start",
        {"speaker": "Jonas Riedl"},
        id="the-name-after-of-is-where-the-speaker-works",
    ),
    pytest.param(
        "Tova Lind reached the final of the Marren Open.\n\n"
        "Her coach, Pieter Olsen, said she had worked on her serve. “She hit the ball cleanly,” he said.",
        "She hit the ball",
        {"speaker": "Pieter Olsen"},
        id="a-pronoun-goes-to-the-coach-not-the-tournament",
    ),
    pytest.param(
        "The commission fined Brightwave Ltd on Thursday.\n\n"
        "Brightwave chief executive Daniel Osei apologised. “We let our customers down,” he wrote.",
        "We let our customers down",
        {"speaker": "Daniel Osei"},
        id="a-pronoun-goes-to-the-chief-executive-not-the-company",
    ),
    pytest.param(
        "“The fine is large,” said Imogen Tate, a lawyer at Corwell & Pike who advises technology firms, "
        "“but the commission has been signalling this for a year.”",
        "but the commission",
        {"speaker": "Imogen Tate"},
        id="a-split-quote-goes-on-past-a-relative-clause-on-the-speaker",
    ),
    pytest.param(
        "“I stayed calm,” Varga told reporters.\n\n"
        "Her opponent, world number three Marta Kessel, was less cheerful. “I had my chances,” she said.",
        "I had my chances",
        {"speaker": "Marta Kessel"},
        id="a-pronoun-goes-to-the-subject-described-in-lower-case-before-the-name",
    ),
    pytest.param(
        "Kai Hollis won the race. “I could not see,” Hollis said.\n\n"
        "The stewards said in a statement that they would take no action.",
        "would take no action",
        {"speaker": "stewards", "speaker_kind": "group"},
        id="the-and-a-plural-noun-is-a-group-not-the-last-person",
    ),
    pytest.param(
        "Team principal Sofia Renner was furious. Asked who was to blame for the crash, "
        "she said: “You will have to ask the stewards.”",
        "ask the stewards",
        {"speaker": "Sofia Renner"},
        id="who-after-asked-is-a-question-not-a-speaker",
    ),
    pytest.param(
        "Speaking on stage, Quillon founder and chief executive Arno Veit said the glasses were new.",
        "the glasses were new",
        {"speaker": "Arno Veit", "role": "Quillon founder and chief executive"},
        id="two-titles-joined-by-and-before-one-name",
    ),
    pytest.param(
        "Hollis wins wet race\n\nKai Hollis won the race after Brandt hit his teammate, Felix Aune.\n\n"
        "“He turned in on me,” Brandt said.\n\n"
        "Aune disagreed. In a post online, the 22-year-old wrote that he had left enough room.",
        "left enough room",
        {"speaker": "Felix Aune"},
        id="an-age-goes-to-the-subject-just-before-not-the-headline-person",
    ),
    pytest.param(
        "Tamsin Roe takes downhill gold\n\nTamsin Roe won the downhill, beating Anja Meier.\n\n"
        "“It is a dream,” Roe said.\n\n"
        "Meier, who won last year, said the light was poor. “You could not see the bumps,” said the 31-year-old.",
        "could not see the bumps",
        {"speaker": "Anja Meier"},
        id="an-age-goes-to-who-just-spoke-in-the-paragraph-not-the-headline-person",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = holding(quotes_of(text), words)
    assert fields(quote, expected) == expected


@pytest.mark.parametrize(
    "mention, kind",
    [
        ("Marren Open", "organization"),
        ("the Vell Grand Prix", "organization"),
        ("Tessel Cup", "organization"),
        ("Hollin Masters", "organization"),
        ("Brightwave Ltd", "organization"),
        ("Orbix Inc.", "organization"),
        ("Kell plc", "organization"),
        ("Quillon Systems", "organization"),
        ("Bluefield Music", "organization"),
        ("The stewards", "group"),
        ("the referees", "group"),
        ("the spectators", "group"),
        ("the race stewards", "group"),
        ("the boss", "anonymous"),
        ("the actress", "anonymous"),
        ("Ansel Open", "organization"),
        ("Mara Venn", "person"),
    ],
)
def test_a_competition_a_company_or_a_plural_is_no_person(mention, kind):
    assert speaker_kind(mention) == kind


@pytest.mark.parametrize(
    "text, names, evidence",
    [
        ("Her coach, Pieter Olsen, said she had worked hard.", ["Olsen", "Pieter"], (0, 0)),
        ("His agent, Mara Venn, said he would sign.", ["Venn", "Mara"], (0, 0)),
        ("Her coach, Pieter Olsen, said he had worked hard.", ["Olsen", "Pieter"], (1, 0)),
        ("The coach, Mara Venn, said she had worked hard.", ["Venn", "Mara"], (0, 1)),
    ],
)
def test_a_pronoun_after_a_name_apposed_to_a_possessive(text, names, evidence):
    assert gender_evidence(text, names) == evidence


@pytest.mark.parametrize(
    "text, role",
    [
        ("Actor Rhys Calloway and singer Mina Torres", "singer"),
        ("Coach Ada Holm and manager Jonas Riedl", "manager"),
        ("Coach Ada Holm and team principal Jonas Riedl", "team principal"),
        ("In motor racing, team principal Jonas Riedl", "team principal"),
        ("President and chief executive Mina Torres", "President and chief executive"),
        ("Secretary of Trade and Industry Mina Torres", "Secretary of Trade and Industry"),
    ],
)
def test_a_role_after_another_persons_name_and(text, role):
    assert title_before(text, text.rindex(" ") - len(text.split()[-2])) == role


@pytest.mark.parametrize(
    "text, subject",
    [
        ("Her opponent, world number three Marta Kessel, was sad.", True),
        ("Her rival, fellow qualifier Marta Kessel, was sad.", True),
        ("Her coach, Marta Kessel, was sad.", True),
        ("Her coach, who trained Marta Kessel, was sad.", False),
        ("Her coach, and later Marta Kessel, was sad.", False),
    ],
)
def test_a_name_after_lower_case_words_in_apposition_is_the_subject(text, subject):
    assert clause_subject_at(text, text.index("Marta")) is subject
