"""Who made the document a speaker mention names (quotes.extract.document_makers):
the maker the article showed bringing it in speaks through it; on texts
written for the test about fictional people and bodies."""

from __future__ import annotations

import pytest

from quotes.extract.document_makers import document_maker
from quotes.extract.pipeline import extract_quotes

MADE = [
    pytest.param(
        "Diner closes\n\nIda Marsh, who has run the Quay Street diner since her uncle retired in 1997, "
        'announced the closing in a Facebook post on Tuesday.\n\n"We always found a way," the post said.',
        "Ida Marsh",
        id="news-made-known-in-a-post",
    ),
    pytest.param(
        "Kell Falls weighs closing Elm Street Elementary\n\nSeveral students spoke. Emma Lind, a junior who attended Elm Street, read a letter she wrote and that 60 "
        'former students signed.\n\n"Elm Street is where we learned to read," the letter said.',
        "Emma Lind",
        id="a-letter-she-wrote",
    ),
    pytest.param(
        "Staff were told that 40 jobs would go.\n\nA report prepared for the university council by the "
        "consultancy Harbour Advisory, and obtained by this paper, recommended that the university "
        "‘rationalise low-enrolment disciplines’.",
        "Harbour Advisory",
        id="a-report-prepared-for-a-body-by-another",
    ),
    pytest.param(
        "In a statement, Kell Ranges Local Health District chief executive Margaret Lowe said patient safety "
        "was ‘the only consideration’.\n\n‘We cannot safely staff the service at present,’ the statement said.",
        "Margaret Lowe",
        id="a-statement-by-a-name-after-a-long-post",
    ),
    pytest.param(
        "Sgt Ola Finn said the defendant, Per Mulvane, had pleaded guilty. Per Mulvane began sending messages "
        "at all hours of the night.\n\n“You will regret this,” the first message read.",
        "Per Mulvane",
        id="the-message-of-one-who-began-sending-them",
    ),
    pytest.param(
        'During the public comment period, Angela Marsh of Linden Township read aloud a letter she said her son, Devin Marsh, 26, had written from his cell in August.\n\n"Mom, the chicken on Thursday was gray inside," the letter read. "I\'m not asking for steak."',
        "Devin Marsh",
        id="a-letter-a-son-had-written",
    ),
    pytest.param(
        'The inspection reports found that lunches were short. The July report, signed by county inspector Marisol Kwan, described vegetable portions as "visibly below the specified serving size."',
        "Marisol Kwan",
        id="a-report-signed-by",
    ),
    pytest.param(
        'On Tuesday night, the mayor, Rodolfo Sarmo, posted an appeal on his official Facebook page that had been shared 20,000 times.\n\n"To everyone who promised help on Sunday: we are still here," the post read.',
        "Rodolfo Sarmo",
        id="the-post-of-one-who-posted",
    ),
    pytest.param(
        'Dr Harriet Nalwoga said the ward was full. "Luck is not a plan," she said.\n\nIn a letter to the regional health board dated April 4, Dr Nalwoga asked for emergency funding for 40 beds. The letter warned that the situation posed "a serious and growing risk to the lives of mothers."',
        "Harriet Nalwoga",
        id="in-a-letter-she-asked",
    ),
    pytest.param(
        'Rohan Bapu said the figures showed the problem was old. Bapu also pointed to a study released in March by the Sahyadri Institute of Transport Planning, which warned that stations had been designed for "a fraction of the footfall they will actually see."',
        "Sahyadri Institute of Transport Planning",
        id="a-study-released-by",
    ),
    pytest.param(
        "A report released this month by the Western Rangelands Policy Institute estimated that the drought would cost $600 million. It described the support offered so far as 'fragmented, slow and poorly targeted'.",
        "Western Rangelands Policy Institute",
        id="it-after-a-report-released-by",
    ),
    pytest.param(
        "He said he had received a text message from his daughter, Aoife, who lives in Melbourne, and read it out to the room.\n\n'Proud of you, Dad. Come out and see us,' it said.",
        "Aoife",
        id="it-after-a-message-from",
    ),
    pytest.param(
        "Coach Dan Furey said his phone had been hopping since the final whistle, and read out one message from former player Niall Tansey, who emigrated to Sydney in 2012.\n\nIt said: 'Up at 4am in Bondi watching on a laptop. Never been prouder.'",
        "Niall Tansey",
        id="it-after-one-message-from",
    ),
    pytest.param(
        'In its 38-page decision, published on Thursday, the Land Use Review Panel said the building was too tall.\n\n"The Panel is not convinced that the photomontages are realistic," the ruling reads.',
        "Land Use Review Panel",
        id="the-ruling-after-in-its-decision",
    ),
]


@pytest.mark.parametrize(("text", "maker"), MADE)
def test_the_maker_speaks_through_the_document(quotes_of, text, maker):
    quote = [q for q in quotes_of(text) if q.kind != "indirect"][-1]
    assert quote.speaker == maker


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        pytest.param(
            "The letter was found in a drawer. The letter read: hello.",
            "The letter read",
            id="no-maker-shown",
        ),
        pytest.param(
            "Ana Obi praised the report. The report said: no.", "The report said", id="praised-is-no-making"
        ),
        pytest.param("Ana Obi said the storm was over. It said: no.", "It said", id="it-with-no-document"),
    ],
)
def test_no_maker_when_the_article_shows_none(text, mention):
    start = text.index(mention)
    end = start + len(mention.rsplit(" ", 1)[0])
    assert document_maker(text, start, end) is None


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        pytest.param(
            "Kell Farms said it would appeal Tuesday’s ruling by the High Court.\n\n“The farm must close,” the ruling said.",
            "Tuesday",
            id="a-day-s-possessive",
        ),
        pytest.param(
            "Engineer Ana Sabo said in a radio report on Monday that the bridge was unsafe.\n\n"
            "“Repairs will take months,” the report said.",
            "Ana Sabo",
            id="said-in-a-report",
        ),
        pytest.param(
            "The council received a letter from resident Ana Obi on Monday.\n\n“We will reply within a week,” it said.",
            "Ana Obi",
            id="it-after-a-body-that-received-a-letter",
        ),
        pytest.param(
            "Ana Obi wrote to the Kell Times. The Kell Times's letters page carried it.\n\n“Fix the road,” the letter said.",
            "Kell Times. The Kell Times",
            id="no-letters-page-nor-a-sentence-spanned",
        ),
    ],
)
def test_no_maker_the_article_does_not_show(text, not_speaker):
    quote = next(q for q in extract_quotes(text) if q.kind == "direct")
    assert quote.speaker != not_speaker
