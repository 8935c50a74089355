"""Which body a description stands for (quotes.extract.known_bodies):
``the company`` paragraphs after the business a story is about spoke (pure
text; fictional bodies and people)."""

from __future__ import annotations

import pytest

from quotes.extract.pipeline import extract_quotes

#: A story about one business that calls it ``the company`` paragraphs after it
#: last spoke, other voices between (business and local news).
_COMPANY_PARAGRAPHS_BACK = (
    "Orvel Foods to cut jobs\n\n"
    "Orvel Foods said it would cut 200 jobs at its Dunmere plant.\n\n"
    '"This is a blow to the town," said Ana Kerrow, a union organiser.\n\n'
    "Kerrow said workers had been told on Monday.\n\n"
    '"We regret the impact on our staff," the company said in a statement.'
)
#: The same with a body known by the short form of its name (``Tarsk Marine`` of
#: ``Tarsk Marine Group``), and with two businesses speaking, the headline's one meant.
_SHORT_NAME_AND_TWO_BODIES = (
    "Tarsk Marine profit falls as rates slide\n\n"
    "Shares of Tarsk Marine Group fell 8% on Tuesday.\n\n"
    "Tarsk Marine said freight rates had fallen, according to Quayview Data.\n\n"
    "Quayview Data said rates would stay low.\n\n"
    '"Demand is soft," said Lena Orrby, an analyst at Holm Bank.\n\n'
    "Orrby said the quarter was weak.\n\n"
    'The company said it remained "confident in the long term".'
)
#: Two businesses spoke and the headline names neither: ``the company`` stays unresolved.
_TWO_BODIES_NO_HEADLINE = (
    "Dairy prices slide\n\n"
    "Orvel Foods said it would cut prices.\n\n"
    "Brakewell Dairies said it would follow.\n\n"
    '"Farmers are worried," said Ana Kerrow, a union organiser.\n\n'
    "Kerrow said workers had been told on Monday.\n\n"
    '"We regret the impact," the company said.'
)

#: Another business named after the one that spoke: ``the company`` is not the speaker.
_ANOTHER_BUSINESS_NAMED_SINCE = (
    "Workers protest plant closure\n\n"
    "Orvel Foods said on Monday it would close its Dunmere plant, cutting 300 jobs.\n\n"
    '"This was a difficult decision," the firm said in a statement.\n\n'
    "Union officials said they had not been consulted. The plant supplies Brakewell Dairy, which buys most "
    "of its cheese.\n\n"
    "Shares in Brakewell Dairy fell 4 per cent. The company said it was looking for other suppliers."
)

#: ``the company`` written before the body spoke stood for another business
#: (a university answering a company's claims): no fallback to that body.
_COMPANY_WRITTEN_FIRST = (
    "Dean answers oil claims\n\n"
    "The journalism school rebutted claims of errors in its articles about the company.\n\n"
    "Harrow Press Group, which printed them, said the articles were accurate.\n\n"
    '"We stand by them," said Ana Kerrow, an editor.\n\n'
    "Kerrow said the claims were unfounded.\n\n"
    'The company called them "deliberately misleading".'
)

#: The business first named as an owner, ``the company`` first written inside a
#: union leader's quote, the name reading as a person's but for ``which``.
_COMPANY_NAMED_BY_ITS_OWNER_FIRST = (
    "Miners reject pay offer\n\n"
    "The union said members had rejected an offer from owner Talvero Minas.\n\n"
    '"The company made record profits," said Ana Kerrow, the union\'s president.\n\n'
    "Talvero Minas, which employs 2,000 people, said its offer was fair.\n\n"
    "Kerrow said workers would strike on Monday.\n\n"
    'The company warned that a strike would put the expansion "at serious risk".'
)


@pytest.mark.parametrize(
    "text, words, expected",
    [
        (_COMPANY_NAMED_BY_ITS_OWNER_FIRST, "at serious risk", "Talvero Minas"),
        (_COMPANY_WRITTEN_FIRST, "deliberately misleading", "company"),
        (_COMPANY_PARAGRAPHS_BACK, "We regret the impact on our staff", "Orvel Foods"),
        (_SHORT_NAME_AND_TWO_BODIES, "confident in the long term", "Tarsk Marine"),
        (_TWO_BODIES_NO_HEADLINE, "We regret the impact", "company"),
        (_ANOTHER_BUSINESS_NAMED_SINCE, "it was looking for other suppliers", "company"),
    ],
)
def test_the_company_paragraphs_after_the_business_spoke(text, words, expected):
    speakers = {text[q.start : q.end]: q.speaker for q in extract_quotes(text)}
    assert speakers[words] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Ilse Tarn, a spokeswoman for Parents for Open Shelves, said the vote was a shame.\n\n"
            "In a post on its page, the organization wrote: “Four members decided they know better.”",
            "Parents for Open Shelves",
            id="the-organization-a-spokeswoman-spoke-for",
        ),
        pytest.param(
            "Ilse Tarn, a spokeswoman for Parents for Open Shelves, said the vote was a shame.\n\n"
            "“We will appeal,” the group said.",
            "Parents for Open Shelves",
            id="the-group",
        ),
        pytest.param(
            "Ilse Tarn, a spokeswoman for Parents for Open Shelves, said the vote was a shame.\n\n"
            "Dag Morrow said he agreed.\n\nThe board met again in June. Members argued for hours.\n\n"
            "“We will appeal,” the group said.",
            "group",
            id="not-after-another-speaker",
        ),
    ],
)
def test_a_body_s_noun_after_its_spokesperson_spoke(text, speaker):
    (quote,) = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Land Use Review Panel upheld an appeal by residents on Monday.\n\n"The permit is void," the panel said.',
            "Land Use Review Panel",
        ),
        (
            'The Severnside Patient Forum published its figures.\n\n"Patients wait for hours," the forum said.',
            "Severnside Patient Forum",
        ),
        (
            'Harrowden Building Society is to close 14 branches.\n\n"We regret the impact," it said.',
            "Harrowden Building Society",
        ),
        (
            "Harrowden Building Society is to close 14 branches.\n\n"
            'The Leeds-based mutual said it hoped to redeploy "as many colleagues as possible".',
            "Harrowden Building Society",
        ),
    ],
)
def test_a_panel_a_forum_a_mutual_and_it(text, speaker):
    """``the panel``, ``the forum``: bodies' nouns; a building society is
    ``the mutual``; ``it`` after a body a sentence just made its subject."""
    quote = next(q for q in extract_quotes(text) if q.kind != "indirect")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Jon Pike, a spokesman for Ana Ruiz, said she would not attend.\n\n“She is busy,” the group said.",
            "group",
            id="a-spokesman-for-a-person",
        ),
        pytest.param(
            "Ilse Tarn, a spokeswoman for Parents for Open Shelves, said the vote was a shame.\n\n"
            "The Kell Library Board disagreed. “The rules are clear,” the group said.",
            "group",
            id="another-body-named-since",
        ),
        pytest.param(
            "Kell Council was strongly criticised by the Local Ombudsman on Tuesday.\n\n"
            "“The council failed residents,” it said.",
            "it",
            id="it-after-a-passive-is-no-subject-s",
        ),
    ],
)
def test_no_body_where_another_one_is_meant(text, speaker):
    quote = next(q for q in extract_quotes(text) if q.kind != "indirect")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Flights grounded\n\n"
            "Travel was halted after Tarvo Airlines cancelled 300 flights on Tuesday.\n\n"
            "Tarvo ran a reduced schedule. In a statement, the company said it would offer "
            "“refunds to every passenger”.",
            "Tarvo Airlines",
            id="the-short-form-opening-a-sentence",
        ),
        pytest.param(
            "Flights resume\n\n"
            "VELLPORT, June 4 (Nordwire) - Tarvo Airlines cancelled 300 flights on Tuesday.\n\n"
            "In a statement, the company said it would offer “refunds to every passenger”.",
            "Tarvo Airlines",
            id="a-subject-after-a-dateline",
        ),
        pytest.param(
            "Flights resume\n\n"
            "Vellport-based low-cost carrier Dunmere Skies cancelled 41 flights over the weekend.\n\n"
            "The airline said the aircraft would return “over the coming ten days”.",
            "Dunmere Skies",
            id="named-after-what-the-business-is",
        ),
        pytest.param(
            "Orvel & Finch Inc. lowered its forecast on Thursday, saying shoppers had "
            "grown cautious.\n\n"
            "The Vellport, Ohio-based company now expects sales to fall.\n\n"
            "In a statement, the company said it would “accelerate cost actions” and close stores.",
            "Orvel & Finch Inc.",
            id="a-place-and-based-before-the-noun",
        ),
        pytest.param(
            "Diner to close\n\n"
            "The building is owned by Harl Crest Properties, which bought it in 2023. In a statement, "
            "the company said the rent was “in line with the market”.",
            "Harl Crest Properties",
            id="the-one-business-a-sentence-before-named-anywhere-in-it",
        ),
        pytest.param(
            "Tarvanta Home recalls air fryers\n\nVELLPORT, Ohio - Tarvanta Home is recalling 1.3 million air fryers sold in the United "
            "States, the company said, calling it “a precaution”.",
            "Tarvanta Home",
            id="the-business-its-reporting-clause-closes-a-sentence-on",
        ),
        pytest.param(
            "Startup raises funds\n\n"
            "Payments startup Quellpay raised $18 million in a round led by the Vell-based Harl Crest Fund, "
            "the company said, calling it “a vote of confidence”.",
            None,
            id="not-a-business-named-in-the-company-s-own-sentence",
        ),
    ],
)
def test_the_company_after_the_business_a_sentence_opened_on(text, speaker):
    quote = next(q for q in extract_quotes(text) if q.kind == "partial")
    assert quote.speaker == speaker if speaker is not None else "Fund" not in (quote.speaker or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Rosa Pruitt, director of Kell Bay Air Watch, a nonprofit group, said residents had complained.\n\n"
            "“Tuesday was not minor,” Pruitt said.\n\n"
            "The group has called for a hearing, and in a post on Wednesday it urged residents to “write down "
            "everything you saw”.",
            "Kell Bay Air Watch",
            id="it-after-the-group-a-director-spoke-for",
        ),
        pytest.param(
            "The Dunmere Ratepayers Forum said it had laid a complaint.\n\n"
            "Its chairperson, Ola Gqiba, said residents were paying for nothing. ‘We have no water,’ Gqiba said.\n\n"
            "He said the forum had written to the minister in August. In that letter, which the forum shared with "
            "this paper, it said: ‘We ask you to intervene.’",
            "Dunmere Ratepayers Forum",
            id="it-after-the-forum-written-before",
        ),
    ],
)
def test_it_for_the_body_a_description_stood_for(text, speaker):
    quote = next(q for q in extract_quotes(text) if q.text.startswith(("write down", "We ask")))
    assert quote.speaker == speaker


def test_the_airline_paragraphs_after_the_carrier_spoke():
    """A noun of what a business is (``the airline``) stands for the business
    the story is about paragraphs after it spoke, in a story that never
    writes ``the company``."""
    text = (
        "Flights cut\n\n"
        "Low-cost carrier Tarvo Skies cancelled 41 flights on Sunday.\n\n"
        "The airline said the aircraft would return “over the coming ten days”.\n\n"
        "“We are stuck here,” said Ola Finn, a passenger.\n\n"
        "Finn said he had slept at the airport.\n\n"
        "In a post late on Sunday, the airline wrote: “We are working around the clock.”"
    )
    quote = next(q for q in extract_quotes(text) if q.text.startswith("We are working"))
    assert quote.speaker == "Tarvo Skies"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        pytest.param(
            "Fares cut\n\nKell Air Ltd cut fares by a third on Monday.\n\nDunmere residents cheered the news. "
            "The company said fares would “stay low all year”.\n\nSeparately, Dunmere Water Company raised charges.",
            "stay low all year",
            "Kell Air Ltd",
            id="a-word-opening-a-body-named-only-after-is-no-short-form",
        ),
        pytest.param(
            "Power prices up\n\nKell Energy Ltd raised prices on Monday.\n\nMany wrote to the regulator, the Vell "
            "Energy Authority.\n\nAna Berg, a pensioner, said she had complained to the authority twice. In a note "
            "to customers on Tuesday, it said the rise was “modest”.",
            "modest",
            "it",
            id="it-is-no-body-written-after-a-preposition",
        ),
    ],
)
def test_no_body_taken_from_the_wrong_words(text, words, speaker):
    quote = next(q for q in extract_quotes(text) if q.text == words)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "Transfer saga\n\nAshvale Rovers have rejected a third bid for striker Kofi Mensa-Tetteh.\n\n"
            "Rovers said in a statement that the player was “not for sale at the valuation proposed”.",
            "Ashvale Rovers",
            id="a-club-by-its-last-word",
        ),
        pytest.param(
            "Derby day\n\nKell United beat Vell United 2-1 on Saturday.\n\n"
            "United said in a statement that the referee had been “out of his depth”.",
            "United",
            id="two-clubs-ending-on-the-word",
        ),
    ],
)
def test_a_body_named_by_its_last_word_is_the_one_recorded(text, speaker):
    quote = next(q for q in extract_quotes(text) if q.kind == "partial")
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        pytest.param(
            "Senator Ana Kerrow spoke in Dunmere.\n\n"
            "The Kerrow Foundation gave $2 million to the clinic.\n\n"
            "Kerrow says the gift was private. She says it shows the town “cares for its own”.",
            "Kerrow Foundation",
            id="a-person-s-surname-is-no-short-form-of-a-body-named-after-them",
        ),
        pytest.param(
            "Chief steps down\n\nAna Holt is stepping down after ten years, the company said, "
            "calling her “a founder”.",
            "Ana Holt",
            id="a-person-a-sentence-opens-on-is-no-business-its-reporting-clause-names",
        ),
        pytest.param(
            "Tarn Foods fined\n\n"
            "Food Safety Vell fined Tarn Foods £20,000 for hygiene breaches, the company said, adding that it "
            "had “fixed every problem identified”.",
            "Food Safety Vell",
            id="a-body-acting-on-the-business-is-no-company-of-the-reporting-clause",
        ),
    ],
)
def test_no_body_the_partial_quote_is_not_of(text, not_speaker):
    quote = next(q for q in extract_quotes(text) if q.kind == "partial")
    assert quote.speaker != not_speaker
