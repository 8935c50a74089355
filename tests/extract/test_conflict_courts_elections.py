"""Attribution in war and humanitarian reporting, court rulings, election
nights and religion news, one row per construction, on texts written for the
test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, holding, one

SPEAKERS = [
    pytest.param(
        "Cardinal Matteo Ferri wrote in a letter read at Mass that hatred “has no home in this city.”",
        "has no home",
        {"speaker": "Matteo Ferri", "cue": "wrote", "kind": "partial"},
        id="a-participle-describing-a-letter-is-no-cue",
    ),
    pytest.param(
        "Parliament debated the ban; one lawmaker called the plan “a gift to smugglers.”",
        "a gift to smugglers",
        {"cue": "called", "kind": "partial"},
        id="a-participle-with-an-object-is-still-a-cue",
    ),
    pytest.param(
        "Imam Yusuf Karim of the Vell Central Mosque said his community stood with its neighbours.",
        "his community stood",
        {"speaker": "Yusuf Karim", "role": "Imam", "affiliation": "Vell Central Mosque"},
        id="a-mosque-is-a-body",
    ),
    pytest.param(
        "Bishop Hanna Strand of the Lutheran Diocese of Vell said the fire was an act of cowardice.",
        "an act of cowardice",
        {"speaker": "Hanna Strand", "role": "Bishop", "affiliation": "Lutheran Diocese of Vell"},
        id="a-diocese-is-a-body",
    ),
    pytest.param(
        "Sister Agnes Lowe, a nun who runs a soup kitchen, said she had seen smoke.",
        "seen smoke",
        {"speaker": "Agnes Lowe", "role": "nun"},
        id="sister-gives-way-to-what-the-appositive-says",
    ),
    pytest.param(
        "Father Tomas Berg, the parish priest, said the bells would ring.",
        "the bells would ring",
        {"speaker": "Tomas Berg", "role": "parish priest"},
        id="father-gives-way-to-what-the-appositive-says",
    ),
    pytest.param(
        "“There is no excuse,” said Anneke Voss, the country director of the aid group Bread Without Borders.",
        "no excuse",
        {"speaker": "Anneke Voss", "role": "country director", "affiliation": "Bread Without Borders"},
        id="a-long-body-name-makes-no-role-a-clause",
    ),
    pytest.param(
        "“The exchange went smoothly,” said Brig. Gen. Amadou Diallo, who oversaw the handover.",
        "went smoothly",
        {"speaker": "Amadou Diallo", "role": "Brig. Gen."},
        id="an-abbreviated-rank-ends-no-sentence",
    ),
    pytest.param(
        "“We held the bridge all night,” said Cpl. Ana Lund, who led the patrol.",
        "held the bridge",
        {"speaker": "Ana Lund", "role": "Cpl."},
        id="an-abbreviated-rank-is-no-speaker-of-its-own",
    ),
    pytest.param(
        "“We are seeing hunger everywhere,” said Fatou Sy, a nurse. She said the clinics were full.\n\n"
        "Relatives waited for hours. Ibrahim, 52, whose son was among those freed, wept as he embraced him. "
        "“I thought I would never see him again,” he said.",
        "never see him",
        {"speaker": "Ibrahim"},
        id="a-first-name-given-an-age-is-a-person",
    ),
    pytest.param(
        "A blog, Vell Tradition, called the appointment “a political statement,” and one priest in the "
        "archdiocese, speaking on condition of anonymity, said many parishioners felt ignored.",
        "parishioners felt ignored",
        {"speaker": "one priest", "cue": "said"},
        id="a-subject-the-parse-joins-to-the-verb-before-speaks-for-the-next",
    ),
    pytest.param(
        "Okafor's running mate, Rep. Sam Adeyemi, warmed up the crowd. He told them the race was close.",
        "the race was close",
        {"speaker": "Sam Adeyemi", "role": "Rep."},
        id="a-verb-and-its-particle-after-a-name-are-no-role",
    ),
    pytest.param(
        "Bishop Ola Sand named Father Tomas Berg of Vell among 14 new deans on Sunday, a move church observers "
        "said signalled support for his work with migrants.",
        "signalled support",
        {"speaker": "church observers", "quote_text": "signalled support for his work with migrants"},
        id="a-clause-with-no-that-describing-a-noun-reports-only-what-follows-its-cue",
    ),
    pytest.param(
        "A federal judge on Monday refused to delay the trial, saying the defense had had “more than ample "
        "time” to prepare.\n\nU.S. District Judge Helen Marsh wrote that the request came too late.",
        "ample time",
        {"speaker": "Helen Marsh", "role": "federal judge"},
        id="a-description-by-a-title-takes-the-name-the-title-comes-before-later",
    ),
    pytest.param(
        "Voters lined up on Sunday in a runoff between former prime minister Ana Costa and businessman "
        "Viktor Raan.\n\nCosta, 58, voted in her hometown. “Today the people decide,” she told reporters.",
        "the people decide",
        {"speaker": "Ana Costa", "role": "former prime minister"},
        id="a-preposition-ends-the-words-of-a-title",
    ),
    pytest.param(
        "Sister Agnes Lowe said she had seen smoke at about 3 a.m. “I thought it was the bakery,” she said.",
        "seen smoke",
        {"speaker": "Agnes Lowe", "quote_text": "she had seen smoke at about 3 a.m"},
        id="a-clock-time-ends-its-sentence-before-a-quotation",
    ),
    pytest.param(
        "The commission chairman, Jorge Almeida, said turnout had reached 61 percent by 3 p.m. "
        "“That is the highest in 20 years,” Almeida said.",
        "turnout had reached",
        {"speaker": "Jorge Almeida", "quote_text": "turnout had reached 61 percent by 3 p.m"},
        id="a-clock-time-ends-its-sentence-before-a-quotation-the-cue-follows",
    ),
    pytest.param(
        "Col. Teodor Brask, a spokesman for the Marsland armed forces, denied it. “Our units were not there,” "
        "he told reporters.",
        "Our units",
        {"speaker": "Teodor Brask", "affiliation": "Marsland armed forces"},
        id="lower-case-words-ending-in-a-body-noun-end-the-body",
    ),
    pytest.param(
        "An appeals court upheld the ban, handing a defeat to the airlines that had challenged it.\n\n"
        "The airlines had argued that only federal regulators could limit flights.",
        "only federal regulators",
        {"speaker": "airlines"},
        id="a-noun-after-another-determiner-was-not-introduced-by-the-first",
    ),
    pytest.param(
        "A federal judge in Texas said the rule was unlawful. "
        "In a separate case in Ohio, Judge Helen Marsh wrote that it was fair.",
        "the rule was unlawful",
        {"speaker": "federal judge"},
        id="a-judge-in-a-separate-case-is-someone-else",
    ),
    pytest.param(
        "A bishop said the church would pay. Bishop Ola Lind of another diocese said it should not.",
        "the church would pay",
        {"speaker": "bishop"},
        id="a-bishop-of-another-diocese-is-someone-else",
    ),
    pytest.param(
        "Mayor Ina Moss and Tor Berg met on Monday. “It went well,” Berg said.",
        "It went well",
        {"speaker": "Tor Berg", "role": None},
        id="and-after-a-full-name-ends-the-title-of-the-next",
    ),
    pytest.param(
        "“Pray for peace,” said Msgr. Pell Arro, the rector of the cathedral.",
        "Pray for peace",
        {"speaker": "Pell Arro", "role": "rector of the cathedral"},
        id="a-monsignor-is-what-the-appositive-says",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


@pytest.mark.parametrize(
    "text, paraphrase, quoted",
    [
        pytest.param(
            "Cardinal Matteo Ferri wrote that hatred “has no home in this city.”",
            "that hatred “has no home in this city.”",
            "has no home",
            id="that-and-a-subject-before-the-quoted-predicate",
        ),
        pytest.param(
            "Defense Minister Kari Holm said the government would “respond at a time of our choosing.”",
            "the government would “respond at a time of our choosing.”",
            "respond at a time",
            id="a-modal-before-the-quoted-verb",
        ),
        pytest.param(
            "Senator Rolf Marsh, speaking at a diner, told reporters he was “not worried about polls.”",
            "he was “not worried about polls.”",
            "not worried",
            id="a-copula-before-the-quoted-predicate",
        ),
    ],
)
def test_a_clause_the_quoted_words_finish_holds_them(quotes_of, text, paraphrase, quoted):
    """The words before the quotation open a clause only the quotation ends:
    the paraphrase runs on to the closing mark and the quoted words point to it."""
    quotes = quotes_of(text)
    indirect = holding([q for q in quotes if q.kind == "indirect"], quoted)
    assert indirect.text == paraphrase
    inside = holding([q for q in quotes if q.kind != "indirect"], quoted)
    assert inside.kind == "partial" and inside.within == (indirect.start, indirect.end)


@pytest.mark.parametrize(
    "text, words",
    [
        pytest.param(
            "A militant group calling itself the Free Hills Brigade claimed responsibility for the attack.",
            "calling itself",
            id="the-name-a-group-calls-itself",
        ),
    ],
)
def test_words_that_are_nobodys_quote(quotes_of, text, words):
    assert not [q for q in quotes_of(text) if words in q.text]
