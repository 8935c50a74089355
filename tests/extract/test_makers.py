"""Who made a statement or a document that speaks (quotes.extract.makers):
``the statement said`` after ``In a statement, X said``, ``the report
called`` after ``a report by X found``; the document keeps the words when
the story names no writer, or names the writer of another document; on
texts written for the test about fictional people and bodies."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

WRITTEN = [
    pytest.param(
        "Housing\n\nNew numbers from the Vell Estate Board confirm what buyers have known: the market is in a funk.\n",
        "what buyers have known",
        {"speaker": "Vell Estate Board", "mention": "New numbers"},
        id="numbers-from-their-maker",
    ),
    pytest.param(
        "Flights\n\nOn Sunday evening the Ministry of Aviation and Harbour Affairs issued a statement saying it "
        "was “closely following the disruption”.\n\n“Passengers are entitled to meals,” the statement said.\n",
        "Passengers are entitled",
        {"speaker": "Ministry of Aviation and Harbour Affairs", "mention": "the statement"},
        id="a-day-before-the-maker-of-a-statement",
    ),
    pytest.param(
        "Delays\n\nThe union condemned the claims made in a statement by Harlow Coaches. "
        "“We regret the delays,” the statement said.\n",
        "We regret the delays",
        {"speaker": None, "mention": "the statement"},
        id="who-condemned-claims-made-in-a-statement-by-another-made-no-statement",
    ),
    pytest.param(
        "Rovers sack Dole\n\nCarrow Rovers have sacked manager Ian Dole.\n\nThe club confirmed the decision "
        "in a statement on its website on Sunday.\n\n‘We thank Ian for his work,’ the statement read.\n",
        "We thank Ian",
        {"speaker": "Carrow Rovers", "mention": "the statement"},
        id="a-maker-did-something-in-a-statement",
    ),
    pytest.param(
        "Funding\n\nIn a press release, Kelmark said it had turned a profit in 11 regions. "
        "“We are well funded for two years,” the statement said.\n",
        "We are well funded",
        {"speaker": "Kelmark", "mention": "the statement"},
        id="in-a-press-release-x-said",
    ),
    pytest.param(
        "Parade\n\nIn a separate message, the mayor’s spokesman, Tomas Vell, said the parade would go ahead. "
        "“The floats are ready,” the statement said.\n",
        "The floats are ready",
        {"speaker": "Tomas Vell", "mention": "the statement"},
        id="in-a-message-the-spokesman-x-said",
    ),
    pytest.param(
        "Crash\n\nThe management of Harlow Coaches, operators of the bus, in a statement signed by "
        "its manager, expressed sorrow over the crash.\n\n“We are helping the police,” the statement added.\n",
        "We are helping",
        {"speaker": "Harlow Coaches", "mention": "the statement"},
        id="a-maker-with-an-apposition-in-a-statement-signed-by-expressed",
    ),
    pytest.param(
        "Rescue\n\nThe press officer of the regional fire command in the north, Inspector Ada Renk, "
        'said in a statement that all 11 hikers were safe.\n\n"The crews worked through the night," the '
        "statement read.\n",
        "The crews worked through",
        {"speaker": "Ada Renk", "mention": "the statement"},
        id="a-long-description-then-the-maker-named-in-apposition-said-in-a-statement",
    ),
    pytest.param(
        "Trial\n\nDag Orrin, 52, said in a statement that he was innocent.\n\n"
        '"I did nothing wrong," the statement read.\n',
        "I did nothing wrong",
        {"speaker": "Dag Orrin", "mention": "the statement"},
        id="an-age-in-commas-is-no-maker-of-the-statement",
    ),
    pytest.param(
        "Inquiry\n\nIn a statement read to the court by the family's solicitor, his mother, Ilse Marr, "
        'described her son as kind.\n\n"He loved that job," the statement said.\n',
        "He loved that job",
        {"speaker": "Ilse Marr", "mention": "the statement"},
        id="in-a-statement-x-described",
    ),
    pytest.param(
        "Waits\n\nThe figures came after a report by the Vell Care Standards Board found that wards were "
        'full. The report called the situation "unsafe for everyone" and urged a review.\n',
        "unsafe for everyone",
        {"speaker": "Vell Care Standards Board", "mention": "The report"},
        id="a-report-by-a-body-inside-its-sentence",
    ),
    pytest.param(
        "Outage\n\nIn a post-incident report published on Sunday, Kellpay said the outage was caused by a "
        'faulty update.\n\n"A check that should have caught the error was skipped," the report said.\n',
        "A check that should",
        {"speaker": "Kellpay", "mention": "the report"},
        id="in-a-report-a-body-said",
    ),
    pytest.param(
        "Trains\n\nIn its annual review, the Vell Rail Authority said delays had doubled. "
        '"Punctuality fell in every month," the review said.\n',
        "Punctuality fell",
        {"speaker": "Vell Rail Authority", "mention": "the review"},
        id="in-its-review-a-body-said",
    ),
    pytest.param(
        "Wards\n\nIn a study published in March, Dr. Ina Moss wrote that wards were full.\n\n"
        '"Staff were stretched to breaking point," the study said.\n',
        "Staff were stretched",
        {"speaker": "Ina Moss", "mention": "the study"},
        id="in-a-study-a-doctor-wrote",
    ),
    pytest.param(
        "Water\n\nIn a review released in June, Dorrin Water said leaks had halved.\n\n"
        '"Every district improved," the review said.\n',
        "Every district improved",
        {"speaker": "Dorrin Water", "mention": "the review"},
        id="in-a-review-released-in-a-month-a-body-said",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "Waits\n\nThe figures came after a report by the Vell Care Standards Board found that wards were "
        "full. A second report, from the nurses' union, found the same. The report called the situation "
        '"unsafe for everyone" and urged a review.\n',
        "unsafe for everyone",
        {"speaker": "second report", "mention": "The report"},
        id="a-report-after-another-report-was-brought-in",
    ),
    pytest.param(
        "Wards\n\nMinisters told the Vell Care Board to publish a report by Friday, a spokesman said.\n\n"
        '"Every ward is full," the report said, according to a draft seen by the Vell Ledger.\n',
        "Every ward",
        {"speaker": "report", "mention": "the report"},
        id="a-report-by-a-day-is-a-deadline",
    ),
    pytest.param(
        "Inquiry\n\nThe scandal broke after a report by the Vell Ledger found that records had been shredded.\n\n"
        "On Tuesday the government released the official inquiry report into the affair.\n\n"
        '"Mistakes were made at every level," the report said.\n',
        "Mistakes were made",
        {"speaker": "report", "mention": "the report"},
        id="a-later-report-with-the-before-the-report",
    ),
    pytest.param(
        "Jobs\n\nOrrin Foods will cut 300 jobs at its Vell plant, union officials said on Monday.\n\n"
        "The cuts follow the loss of a contract to Kell Ltd last year.\n\n"
        'Union organiser Ina Moss called the move "brutal."\n\nThe company said it had "no choice."\n',
        "no choice",
        {"speaker": "company", "mention": "The company"},
        id="the-company-is-no-side-company-with-a-corporate-ending",
    ),
    pytest.param(
        "Profits\n\nChief Executive Ana Roe of Orrin Foods said profits had fallen by a third. She blamed the "
        'weather.\n\n"It was a hard year," the company said in its report.\n',
        "It was a hard year",
        {"speaker": "Orrin Foods", "mention": "the company"},
        id="the-company-whose-chief-spoke",
    ),
    pytest.param(
        "Storm\n\nSeparately, a spokesman for the regional health board, also said two clinics had closed.\n",
        "two clinics",
        {"speaker": "regional health board", "mention": "a spokesman"},
        id="an-opening-adverb-is-no-name-in-apposition",
    ),
    pytest.param(
        "Outage\n\nIn a report published on Sunday, Kellpay said the outage was caused by a faulty update. "
        "A second report, from the Vell Consumer Council, disagreed.\n\n"
        '"A check that should have caught the error was skipped," the report said.\n',
        "A check that should",
        {"speaker": "second report", "mention": "the report"},
        id="in-a-report-then-a-second-report",
    ),
    pytest.param(
        "Outage\n\nIn response to a report published on Sunday, Kellpay said the outage was caused by a "
        "faulty update.\n\n"
        '"A check that should have caught the error was skipped," the report said.\n',
        "A check that should",
        {"speaker": "report", "mention": "the report"},
        id="in-response-to-a-report-is-another-s",
    ),
    pytest.param(
        "Club\n\nIn a Tarne Radio report on Monday, Jo Pell said the club was in trouble.\n\n"
        '"The finances are unsustainable," the report said.\n',
        "The finances are",
        {"speaker": "Tarne Radio report", "mention": "the report"},
        id="in-an-outlet-s-report-a-person-said",
    ),
    pytest.param(
        "Dam\n\nIn a newspaper report last week, Bo Lind said the dam was safe. "
        '"No danger to residents," the report said.\n',
        "No danger to residents",
        {"speaker": "newspaper report", "mention": "the report"},
        id="in-a-newspaper-report-a-person-said",
    ),
    pytest.param(
        "School\n\nIn a report by the Orrin Trust, Mae Dorr said the school was failing.\n\n"
        '"Teachers are not supported," the report said.\n',
        "Teachers are not",
        {"speaker": "Orrin Trust", "mention": "the report"},
        id="in-a-report-by-a-body-a-person-said",
    ),
    pytest.param(
        "Mayor\n\nIn a survey by Vell Polling, seven in ten voters said the mayor should go. "
        '"Support has collapsed," the survey said.\n',
        "Support has collapsed",
        {"speaker": "Vell Polling", "mention": "the survey"},
        id="in-a-survey-by-a-pollster-a-share-said",
    ),
    pytest.param(
        "Sleep\n\nIn a study of 400 patients, half said their sleep improved. "
        '"The results are promising," the study said.\n',
        "The results are promising",
        {"speaker": "study", "mention": "the study"},
        id="in-a-study-of-a-sample-half-said",
    ),
    pytest.param(
        "Pier\n\nIn a report in the Dorrin Herald on Friday, Pia Lusk said the pier was unsafe.\n\n"
        '"The timbers are rotten," the report said.\n',
        "The timbers are rotten",
        {"speaker": "report", "mention": "the report"},
        id="in-a-report-in-an-outlet-named-after-the-noun",
    ),
    pytest.param(
        "Pier\n\nIn a report broadcast on Kell FM, Pia Lusk said the pier was unsafe.\n\n"
        '"The timbers are rotten," the report said.\n',
        "The timbers are rotten",
        {"speaker": "report", "mention": "the report"},
        id="in-a-report-aired-on-a-station",
    ),
    pytest.param(
        "Crash\n\nIn a review on Tuesday, Omar Fenn, whose daughter was hurt in the crash, said the review "
        'was a cover-up. "Warnings were ignored," the review said.\n',
        "Warnings were ignored",
        {"speaker": "review", "mention": "the review"},
        id="in-a-review-one-with-an-aside-said",
    ),
]

THEIR_DOCUMENTS = [
    pytest.param(
        "Ward\n\nInspectors from the Vell Care Standards Board made a visit in May. Their report, "
        'published yesterday, says staff were working "beyond safe limits".\n',
        "beyond safe limits",
        {"speaker": "Vell Care Standards Board", "mention": "Their report"},
        id="their-report-after-inspectors-from-a-named-body",
    ),
    pytest.param(
        "Ward\n\nThe nurses were tired after the visit. Their report says staff were working "
        '"beyond safe limits".\n',
        "beyond safe limits",
        {"speaker": "Their report", "mention": "Their report"},
        id="their-report-with-no-body-named-left-alone",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), WRITTEN + LEFT_ALONE + THEIR_DOCUMENTS)
def test_document_writers(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    found = fields(quote, {"speaker": expected["speaker"]})
    assert quote.speaker_start is not None
    found["mention"] = text[quote.speaker_start : quote.speaker_end]
    assert found == expected
