"""Titles, ranks, classes and courtesy words around a named person: a post
by its initials in lower case (``the MD`` of ``managing director K. Lakshmi
Narayanan``), a lone initial opening a name (``conductor S. Mani``), a
rank and its service before a name in apposition (``Superintendent of Police
Ada Obi``), a school's class that is no name (``A Form Four student``) and a
kinship courtesy before a surname (``Uncle Tan``), one of a group
described in apposition and named later (``The trader, Mrs Kemi Ade,``); one row per construction,
and rows of ordinary text each rule must leave alone, on texts written for
the test about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: A bus story naming a managing director with an initial, then a union man.
_BUSES = (
    "Vellpur transport managing director R. Anand Kumar said the new buses would arrive in June. "
    "Union secretary Tomas Brell said drivers had not been trained.\n\n"
)

SPEAKERS = [
    pytest.param(
        "Norovirus\n\nProfessor Ola Granby, a virologist at the University of Vell, said it was short.\n\n"
        "‘The danger is dehydration,’ he said.\n\nWhy does hand gel not work?\n\n"
        "Gels do not kill the virus.\n\n‘Gel gives people a false sense of security,’ the professor added.",
        "Gel gives people",
        {"speaker": "Ola Granby"},
        id="a-title-paragraphs-back-of-whom-spoke-last",
    ),
    pytest.param(
        "The prosecutor, Director of Public Prosecutions Tunde Kemi Ala, said the case was “sound”.",
        "sound",
        {"speaker": "Tunde Kemi Ala"},
        id="a-rank-and-its-service-keep-every-word-of-the-name",
    ),
    pytest.param(
        "A senior officer, Assistant Commissioner of Police Kemi Ude, said the bridge was “shut”.",
        "shut",
        {"speaker": "Kemi Ude"},
        id="a-qualified-rank-and-its-service-before-a-name",
    ),
    pytest.param(
        "“The route makes a loss,” said weaver R. Devi Anand.",
        "The route makes a loss",
        {"speaker": "R. Devi Anand"},
        id="a-trades-noun-before-a-lone-initial",
    ),
    pytest.param(
        _BUSES + "Fares will stay low until March, after which, the MD said, the board would "
        "“look at them again”.",
        "look at them again",
        {"speaker": "R. Anand Kumar"},
        id="a-post-in-lower-case-is-the-person-its-initials-stand-for",
    ),
    pytest.param(
        _BUSES + "The MD dismissed the charge. “Every driver was trained,” he said.",
        "Every driver was trained",
        {"speaker": "R. Anand Kumar"},
        id="the-pronoun-after-the-post-by-its-initials-is-the-post-holder",
    ),
    pytest.param(
        "Sana Obi, the general manager, said sales rose. “We did well,” the GM said.",
        "We did well",
        {"speaker": "Sana Obi"},
        id="a-post-in-apposition-by-its-initials",
    ),
    pytest.param(
        "On the night bus, conductor S. Mani was busy with the ticket machine.\n\n"
        "“People cannot hear it coming,” he said.",
        "People cannot hear it coming",
        {"speaker": "S. Mani"},
        id="a-lone-initial-opens-the-name-after-a-lower-case-title",
    ),
    pytest.param(
        "The Police Public Relations Officer in the state, Superintendent of Police Ada Obi, said the "
        "passengers were found “tired but unhurt”.",
        "tired but unhurt",
        {"speaker": "Ada Obi", "role": "Police Public Relations Officer in the state"},
        id="a-rank-and-its-service-before-a-name-in-apposition",
    ),
    pytest.param(
        "The Police Public Relations Officer in the state, Superintendent of Police Ada Obi, said the "
        "passengers were found “tired but unhurt”. The PPRO urged residents to call the police.",
        "residents to call the police",
        {"speaker": "Ada Obi"},
        id="the-initials-of-a-post-held-in-a-place",
    ),
    pytest.param(
        "The head of the unit, Director of Public Prosecutions Mara Lund, said the case would go "
        "“all the way”.",
        "all the way",
        {"speaker": "Mara Lund"},
        id="a-rank-whose-service-runs-over-two-words",
    ),
    pytest.param(
        "A Form Four student, who asked not to be named, said the fees had doubled.\n\n"
        "“We are tired of being sent home,” she said.",
        "We are tired of being sent home",
        {"speaker": "Form Four student"},
        id="a-school-class-is-no-name",
    ),
    pytest.param(
        "The first time I ate at Uncle Tan's stall I was six.\n\n"
        "On Sunday, Tan Ah Kow, 78, closed the stall.\n\n"
        "“Young hawkers cannot copy the old model. Uncle Tan paid little rent,” said Wei Ming, 29.\n\n"
        "Before I left, Mr Tan gave me a bag. “Last one, free,” he said.",
        "Last one, free",
        {"speaker": "Tan Ah Kow"},
        id="a-kinship-courtesy-is-no-full-name",
    ),
    pytest.param(
        "One of the stranded passengers, a fabric trader returning from the market, said the "
        "gunmen came at night.\n\n“They were shouting at everyone,” she said.\n\n"
        "The trader, Mrs Kemi Ade, 46, told reporters she would not travel again.",
        "They were shouting at everyone",
        {"speaker": "Kemi Ade"},
        id="one-of-a-group-described-in-apposition-is-named-later",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "One of the passengers, a teacher, said the gunmen came at night. "
        "The trader, Ada Obi, said the bus was late.",
        "the gunmen came at night",
        {"speaker": "One of the passengers"},
        id="one-of-a-group-is-not-named-by-another-noun",
    ),
    pytest.param(
        "Sana Obi, the general manager, said sales rose. The GM said it would recall the cars.",
        "recall the cars",
        {"speaker": "GM"},
        id="initials-whose-clause-has-a-body-pronoun-stay-a-body",
    ),
    pytest.param(
        "“We are ready,” the MD said.",
        "We are ready",
        {"speaker": "MD"},
        id="initials-of-no-post-named-stay-the-initials",
    ),
    pytest.param(
        "The coach said the team was “ready for anything”.",
        "ready for anything",
        {"speaker": "coach"},
        id="an-unnamed-title-stays-the-title",
    ),
    pytest.param(
        "Vellpur deputy managing director R. Anand Kumar said buses were late. "
        "“Every driver was trained,” the MD said.",
        "Every driver was trained",
        {"speaker": "MD"},
        id="a-qualified-post-is-no-post-its-last-initials-stand-for",
    ),
    pytest.param(
        "A Year Eleven pupil, Ada Obi, said the fees were “far too high”.",
        "far too high",
        {"speaker": "Ada Obi"},
        id="a-class-before-a-name-in-apposition-leaves-the-name",
    ),
    pytest.param(
        "Most of the children lacked vitamin D. Rina Moss, who ran the survey, said the gap was “worrying”.",
        "worrying",
        {"speaker": "Rina Moss"},
        id="a-vitamins-letter-opens-no-name",
    ),
    pytest.param(
        "The boy was born with hepatitis B. Kemi Ude said the family was “shattered”.",
        "shattered",
        {"speaker": "Kemi Ude"},
        id="a-diseases-letter-opens-no-name",
    ),
    pytest.param(
        "The hearing was moved to room B. Pavel Ost said it was “far too cramped”.",
        "far too cramped",
        {"speaker": "Pavel Ost"},
        id="a-rooms-letter-opens-no-name",
    ),
    pytest.param(
        "The club ended top of Group C. Lio Brant said: “We deserved it.”",
        "We deserved it.",
        {"speaker": "Lio Brant"},
        id="a-capitalised-groups-letter-opens-no-name",
    ),
    pytest.param(
        "The council called the plan “a shambles”.\nA. Rina Moss, the mayor, said: “We will appeal.”",
        "We will appeal.",
        {"speaker": "Rina Moss"},
        id="a-list-letter-at-a-lines-start-opens-no-name",
    ),
    pytest.param(
        "Kemi Ude, the shadow prime minister, said the budget was “a sham”. "
        "The PM said he was “not troubled”.",
        "not troubled",
        {"speaker": "PM"},
        id="a-shadow-post-is-no-post-its-initials-stand-for",
    ),
    pytest.param(
        "Kemi Ude, the pro vice-chancellor, said fees would rise. Tunde Ala, the registrar, said the plan "
        "was fair. “We have no choice,” the VC said.",
        "We have no choice",
        {"speaker": "VC"},
        id="a-pro-post-is-no-post-its-initials-stand-for",
    ),
    pytest.param(
        "Pavel Ost, the additional district magistrate, closed the market. “Nobody may enter,” the DM said.",
        "Nobody may enter",
        {"speaker": "DM"},
        id="an-additional-post-is-no-post-its-initials-stand-for",
    ),
    pytest.param(
        "The jury heard from witness C. Rina Moss, for the defence, said the account was “full of holes”.",
        "full of holes",
        {"speaker": "Rina Moss"},
        id="a-witnesss-letter-opens-no-name",
    ),
    pytest.param(
        "Kemi Ude, managing director of Orren Bank, said rates would hold. "
        "Tunde Ala, managing director of Sallow Bank, disagreed. “Rates must go up,” the MD said.",
        "Rates must go up",
        {"speaker": "MD"},
        id="initials-of-a-post-two-people-hold-stay-the-initials",
    ),
    pytest.param(
        "The firm's boss, Chairman of Orrenby Cocoa Marketers, said prices would rise.",
        "prices would rise",
        {"speaker": "firm's boss"},
        id="a-rank-before-a-bodys-name-gives-no-person",
    ),
    pytest.param(
        "One of the stranded passengers, a cloth trader coming back from the market, said the van broke down.\n\n"
        "A second passenger, a trader, said the driver ran off. The trader, Mrs Kemi Ude, 48, said she lost her stock.",
        "the van broke down",
        {"speaker": "One of the stranded passengers"},
        id="a-later-name-with-two-descriptions-of-its-noun-names-neither",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_title_stands_for_the_person_named(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "words", "expected"), LEFT_ALONE)
def test_neighbouring_titles_left_alone(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
