"""Attribution when a description stands for a person its article names
(a name in apposition after an article or two posts, an age after a paragraph
about a player, a team's word before a post, a firm's name joined by ``&``
before a post, the name opening the paragraph after a quotation standing alone,
``by her own account``), one row per construction, and rows of ordinary text
each rule must leave alone, on texts written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: A football report whose headline names two clubs and a player, with the
#: managers of both clubs quoted.
_MATCH_REPORT = (
    "Brackley Town 2 Marlow Rovers 1: Oduya double sends Town top\n\n"
    "Sam Oduya scored twice in the second half as Brackley Town came from behind to beat Marlow Rovers.\n\n"
    "But Oduya, introduced just before the hour, equalised with a low finish in the 67th minute.\n\n"
    "'I was just desperate to get on,' the 20-year-old said. 'The goals came.'\n\n"
    "Town manager Ian Cole admitted his side had been poor. 'We were second to everything,' he said.\n\n"
    "Rovers boss Paul Dent felt the corner should have been a goal-kick. 'Everybody saw it,' Dent said.\n\n"
    "The Rovers manager also criticised his defence. 'We stopped passing it.'\n\n"
    "'We earned it in the end,' the Town manager said."
)

SPEAKERS = [
    pytest.param(
        "Vell votes on fishing limits\n\nThe mayor, Ina Moss, backs the plan. Her main opponent, the "
        "former fisheries delegate Per Lund, has described the payments as “a bribe for our silence”.",
        "a bribe for our silence",
        {"speaker": "Per Lund"},
        id="a-name-after-an-article-and-three-words-of-a-post",
    ),
    pytest.param(
        "Kell novel wins the Gull Prize\n\nThe chair of judges, the critic and broadcaster Professor "
        "Ola Berg, called the book “a quiet triumph of patience”.",
        "a quiet triumph",
        {"speaker": "Ola Berg", "role": "chair of judges"},
        id="a-name-after-two-posts-joined-by-and",
    ),
    pytest.param(
        "Vell votes on fishing limits\n\nHer main opponent, the mayor, has described the deal as "
        "“a cheque for our silence”.",
        "a cheque for our silence",
        {"speaker": "Her main opponent"},
        id="a-description-in-apposition-is-no-name-left-alone",
    ),
    pytest.param(
        "Vell votes on fishing limits\n\nThe mayor, Ina Moss, said the vote was fair. Her rival, "
        "the council and Per Lund each said: “It was rigged.”",
        "It was rigged",
        {"speaker": "Her rival"},
        id="a-list-after-a-description-is-no-apposition-left-alone",
    ),
    pytest.param(
        _MATCH_REPORT,
        "desperate to get on",
        {"speaker": "Sam Oduya"},
        id="an-age-goes-to-the-player-not-to-a-town-club-the-headline-names",
    ),
    pytest.param(
        _MATCH_REPORT,
        "The goals came",
        {"speaker": "Sam Oduya"},
        id="the-second-half-of-a-quote-by-age",
    ),
    pytest.param(
        _MATCH_REPORT,
        "We stopped passing it",
        {"speaker": "Paul Dent"},
        id="the-team-word-before-a-post-picks-that-teams-boss",
    ),
    pytest.param(
        _MATCH_REPORT,
        "We earned it in the end",
        {"speaker": "Ian Cole"},
        id="the-other-team-word-picks-the-other-manager",
    ),
    pytest.param(
        "Rovers held at home\n\nRovers assistant manager Dag Lunde said the squad was tired.\n\n"
        "Manager Nils Holm refused to blame the referee. “We were poor,” Holm said.\n\nAsked about "
        "his captain, the Rovers manager said: “It does not look good.”",
        "It does not look good",
        {"speaker": "Nils Holm"},
        id="the-team-word-before-a-post-is-not-the-teams-assistant",
    ),
    pytest.param(
        "Rovers held at home\n\nRovers manager Nils Holm said the referee had been fair.\n\nFormer "
        "Rovers boss Dag Lunde said the side looked tired.\n\nAsked about his captain, the Rovers "
        "manager said: “It does not look good.”",
        "It does not look good",
        {"speaker": "Nils Holm"},
        id="the-team-word-before-a-post-is-not-the-teams-former-boss",
    ),
    pytest.param(
        "Bakery at forty\n\nIna Town, 52, has run the bakery on Quay Street since 1998. “It is my whole "
        "life,” Town said.",
        "my whole life",
        {"speaker": "Ina Town"},
        id="a-surname-town-after-a-given-name-is-a-person",
    ),
    pytest.param(
        "Town hall vote passes\n\nMayor Ola Town said the vote was fair. “It was clean,” the 54-year-old said.",
        "It was clean",
        {"speaker": "Ola Town"},
        id="a-titled-name-ending-on-town-left-alone",
    ),
    pytest.param(
        "Kell novel wins the Gull Prize\n\nKestrel & Finch publisher Tom Aldous said the win would "
        "transform the company. “We are six people in a room,” he said.",
        "six people in a room",
        {"speaker": "Tom Aldous"},
        id="a-firm-joined-by-ampersand-before-a-post-and-a-name",
    ),
    pytest.param(
        "Kell novel wins the Gull Prize\n\nKestrel & Finch publisher Tom Aldous said the win would "
        "transform the company.",
        "transform the company",
        {"speaker": "Tom Aldous"},
        id="a-firm-joined-by-ampersand-before-reported-speech",
    ),
    pytest.param(
        "Kell novel wins the Gull Prize\n\nMarks & Varn chief executive Tom Aldous praised the book. "
        "“It is a triumph,” said Ola Berg, the chair of judges.",
        "It is a triumph",
        {"speaker": "Ola Berg"},
        id="a-firm-joined-by-ampersand-elsewhere-left-alone",
    ),
    pytest.param(
        "Vell shop to close\n\nHeron & Gale said on Monday it would close 12 stores. “Trading has been "
        "hard,” the company said.",
        "Trading has been hard",
        {"speaker": "Heron & Gale", "speaker_kind": "organization"},
        id="a-firm-joined-by-ampersand-speaking-is-the-whole-firm",
    ),
    pytest.param(
        "Vell shop to close\n\n“Trading has been hard,” Heron & Gale said in a statement.",
        "Trading has been hard",
        {"speaker": "Heron & Gale", "speaker_kind": "organization"},
        id="a-firm-joined-by-ampersand-after-a-quote",
    ),
    pytest.param(
        "Kellby bypass plan\n\nMr & Mrs Holm, who have farmed at Kellby since 1981, said the road would "
        "split their land.",
        "split their land",
        {"speaker_kind": "person"},
        id="a-couple-joined-by-ampersand-are-no-firm",
    ),
    pytest.param(
        "Kellby bypass plan\n\n“It will split our land,” Dr & Mrs Dahl said.",
        "split our land",
        {"speaker_kind": "person"},
        id="a-couple-joined-by-ampersand-after-a-quote-are-no-firm",
    ),
    pytest.param(
        "Vell votes on fishing limits\n\n“It was fair,” Tom Varn and Ina Moss said.",
        "It was fair",
        {"speaker": "Tom Varn", "speaker_kind": "person"},
        id="two-people-joined-by-and-are-no-firm-left-alone",
    ),
    pytest.param(
        "Director Ada Lind on her long road to Vell\n\n“I wrote the first draft in a hospital car park.”"
        "\n\nAda Lind laughs as she says it. The director spent 2019 visiting her father.",
        "I wrote the first draft",
        {"speaker": "Ada Lind"},
        id="an-opening-quote-alone-goes-to-the-name-opening-the-next-paragraph",
    ),
    pytest.param(
        "Bakery turns fifty\n\n“I never wanted to do anything else.”\n\nOla Brin says it quietly, "
        "wiping flour from her hands.",
        "I never wanted",
        {"speaker": "Ola Brin"},
        id="an-opening-quote-alone-goes-to-a-name-saying-it-now",
    ),
    pytest.param(
        "Tribute to Kellby teacher\n\n“He was the gentlest man in the village.”\n\nNils Holm died at "
        "home in Kellby on Sunday, aged 91.",
        "the gentlest man",
        {"speaker": None},
        id="an-opening-quote-about-the-person-who-died-is-not-theirs",
    ),
    pytest.param(
        "A diagnosis at 30\n\n“You have a year, perhaps two.”\n\nIna Dahl was 30 when a doctor in "
        "Kellby told her those words.",
        "You have a year",
        {"speaker": None},
        id="an-opening-quote-told-to-the-person-is-not-theirs",
    ),
    pytest.param(
        "Night of the fire\n\n“Everybody out, now!”\n\nIna Dahl heard her neighbour shouting from "
        "the landing.",
        "Everybody out",
        {"speaker": None},
        id="an-opening-quote-heard-by-the-person-is-not-theirs",
    ),
    pytest.param(
        "Night of the fire\n\n“Everybody out, now!”\n\nIna Dahl says her neighbour woke the whole street.",
        "Everybody out",
        {"speaker": None},
        id="an-opening-quote-before-a-name-saying-something-else-is-not-theirs",
    ),
    pytest.param(
        "Kellby ferry cut\n\nThe ferry to Kellby will run twice a week from May.\n\n“The county has "
        "abandoned us.”\n\nNils Holm, the county leader, rejected the claim on Monday.",
        "abandoned us",
        {"speaker": None},
        id="a-quote-alone-below-the-top-goes-to-no-one-named-next",
    ),
    pytest.param(
        "Storm hits Vell harbour\n\n“The water came over the wall at midnight.”\n\nThe harbour master, "
        "Tom Varn, said the wall would be repaired.",
        "The water came over",
        {"speaker": None},
        id="a-next-paragraph-opening-on-a-description-left-alone",
    ),
    pytest.param(
        "Storm hits Vell harbour\n\nTom Varn said the wall had failed.\n\n“The water came over the wall "
        "at midnight.”\n\nIna Moss runs the cafe on the quay.",
        "The water came over",
        {"speaker": "Tom Varn"},
        id="a-later-quote-alone-goes-on-with-the-speaker-before-left-alone",
    ),
    pytest.param(
        "Director Lena Moravec on her long road to Vell\n\nThe film opens the festival on Friday, and "
        "Moravec, 41, is still stunned.\n\nIt is Moravec’s second feature after ‘Quiet Hours’, which won "
        "a prize in 2017 but, by her own account, “was seen by about nine people outside festivals”.",
        "was seen by about nine people",
        {"speaker": "Lena Moravec"},
        id="by-her-own-account-after-a-film-title",
    ),
    pytest.param(
        "Mayor Tom Varn on the budget\n\nTom Varn has run Vell since 2019. By his own admission, "
        "“I was not ready for it.”",
        "I was not ready for it",
        {"speaker": "Tom Varn"},
        id="by-his-own-admission",
    ),
    pytest.param(
        "Kellby rower retires\n\nIna Dahl hired Ola Brin as her coach in 2015. By her own account, Brin "
        "was “completely lost” at first.",
        "completely lost",
        {"speaker": "Ola Brin"},
        id="by-her-own-account-is-the-clauses-subject-not-the-last-woman-named",
    ),
    pytest.param(
        "Kellby rower retires\n\nIna Dahl took up rowing at 30. Her first coach, by her own account, "
        "thought she was “far too small” to row.",
        "far too small",
        {"speaker": "Her first coach"},
        id="by-her-own-account-beside-a-subject-that-thinks-is-the-subjects",
    ),
    pytest.param(
        "Kellby rower retires\n\nBy her own account, Dahl was “the slowest girl in the club” at 12.",
        "the slowest girl",
        {"speaker": "Dahl"},
        id="by-her-own-account-before-the-name-it-stands-for",
    ),
    pytest.param(
        "Kellby plant closes\n\nNils Holm worked at the plant for a decade. By his own account, Kell "
        "Foods paid him “a pittance” for years.",
        "a pittance",
        {"speaker": "Nils Holm"},
        id="by-his-own-account-before-a-firm-as-subject-left-alone",
    ),
    pytest.param(
        "Kellby crash\n\nBy Holm’s own account, he was “lucky to be alive” after the crash.",
        "lucky to be alive",
        {"speaker": "Holm"},
        id="by-a-names-own-account-is-the-name-without-its-s",
    ),
    pytest.param(
        "Mayor Tom Varn on the budget\n\nTom Varn has run Vell since 2019. The plan was passed by a vote. "
        "By all accounts, “it was a shambles from start to finish.”",
        "it was a shambles",
        {"speaker": None},
        id="by-all-accounts-is-nobodys-left-alone",
    ),
    pytest.param(
        "Market\n\n“Where will the money come from?” asked the trader, who gave her name only as Auntie Esi.",
        "Where will the money",
        {"speaker": "Auntie Esi"},
        id="a-definite-description-then-all-the-name-she-gave",
    ),
    pytest.param(
        "Robbery\n\n“I heard glass breaking,” said the 45-year-old, who wanted to be known only as Ah Seng.",
        "I heard glass breaking",
        {"speaker": "Ah Seng"},
        id="an-age-then-wanted-to-be-known-only-as",
    ),
    pytest.param(
        "Wedding\n\nTheir wedding planner, Vanessa Tan-Goh of the boutique firm Petal & Pine, said the couple "
        "had been “refreshingly calm” about the details.",
        "refreshingly calm",
        {"speaker": "Vanessa Tan-Goh"},
        id="a-name-then-of-the-firm-described-in-lower-case-and-named",
    ),
    pytest.param(
        "Crash\n\nThe management of Harlow Coaches said the driver had been suspended.",
        "the driver had been suspended",
        {"speaker": "Harlow Coaches"},
        id="the-management-of-a-body-is-the-body",
    ),
    pytest.param(
        "Crash\n\nThe management of Harlow Coaches on Monday said the driver had been suspended.",
        "the driver had been suspended",
        {"speaker": "Harlow Coaches"},
        id="the-management-of-a-body-then-a-day",
    ),
    pytest.param(
        "Robbery\n\nDistrict police chief Asst Comm Ravi Kumar said the suspects had fled.",
        "the suspects had fled",
        {"speaker": "Ravi Kumar", "role": "District police chief Asst Comm"},
        id="a-malaysian-police-rank-abbreviated-before-the-name",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speaker_of_descriptions_named_by_apposition(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected
