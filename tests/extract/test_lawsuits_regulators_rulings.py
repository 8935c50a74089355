"""Attribution in news of lawsuits, regulators and rulings (regulators' fines
and settlements, class actions, judges' written rulings, appeals, company
responses, watchdogs, inquests, disciplinary tribunals), one row per
construction and rows of ordinary text each rule must leave alone, on texts
written for the test about fictional people and companies."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "Regulators fined Westmoor Bank $30 million on Monday.\n\n"
        "Westmoor said it had invested heavily in its controls since then.",
        "invested heavily",
        {"speaker": "Westmoor Bank", "speaker_kind": "organization"},
        id="a-company-called-by-the-first-word-of-its-name",
    ),
    pytest.param(
        "Parents sued Velmont Foods over its labels.\n\nVelmont said it would defend itself in court.",
        "defend itself",
        {"speaker": "Velmont Foods", "speaker_kind": "organization"},
        id="a-company-whose-name-ends-on-its-trade-called-by-its-first-word",
    ),
    pytest.param(
        "The former finance chief of Helix Biotech pleaded not guilty.\n\n"
        "Helix said it was cooperating with the investigation.",
        "cooperating",
        {"speaker": "Helix Biotech", "speaker_kind": "organization", "role": None},
        id="a-biotech-is-a-company-not-the-post-before-its-name",
    ),
    pytest.param(
        "The court revived a lawsuit against the ride-hailing company Zipra.\n\n"
        "Zipra said it would ask the full court to rehear the case.",
        "rehear the case",
        {"speaker": "Zipra", "speaker_kind": "organization"},
        id="a-one-word-name-after-company-in-lower-case",
    ),
    pytest.param(
        "The regulator fined the social network Chirply 90 million euros.\n\n"
        "Chirply said it would challenge the decision.",
        "challenge the decision",
        {"speaker": "Chirply", "speaker_kind": "organization"},
        id="a-one-word-name-after-social-network",
    ),
    pytest.param(
        "The Federal Reserve said the bank's controls were deficient.",
        "controls were deficient",
        {"speaker": "Federal Reserve", "speaker_kind": "organization"},
        id="a-reserve-is-a-body",
    ),
    pytest.param(
        "A midwife raised concerns but was told by a junior doctor that the symptoms were normal.",
        "symptoms were normal",
        {"speaker": "junior doctor"},
        id="a-passive-verb-joined-to-another-is-its-agent-s",
    ),
    pytest.param(
        "A High Court judge has dismissed a claim against the Gazette.\n\n"
        "In her judgment, Mrs Justice Eve Hart said the claim failed.\n\n"
        '"The evidence was thin," the judge wrote.',
        "The evidence was thin",
        {"speaker": "Eve Hart", "speaker_kind": "person"},
        id="a-judge-named-later-as-mrs-justice",
    ),
    pytest.param(
        "The court upheld the fine against the search company Qorvia.\n\nQorvia said it was disappointed. "
        '"We will review the judgment," a company spokesperson said.',
        "review the judgment",
        {"affiliation": "Qorvia", "speaker_kind": "anonymous"},
        id="a-company-spokesperson-speaks-for-the-business-named",
    ),
    pytest.param(
        "Carrow University settled the suit.\n\n"
        '"We wanted to avoid a long trial," a university spokesman said.',
        "avoid a long trial",
        {"affiliation": "Carrow University"},
        id="a-university-spokesman-speaks-for-the-university-named",
    ),
    pytest.param(
        "The watchdog sued the energy retailer Brightwatt on Monday.\n\n"
        '"We take our obligations seriously," a Brightwatt spokeswoman said.',
        "obligations seriously",
        {"affiliation": "Brightwatt"},
        id="a-spokeswoman-of-a-business-named-after-its-trade",
    ),
    pytest.param(
        "The tribunal ruled that Dr Tova Kobb was unfit to practise.",
        "unfit to practise",
        {"speaker": "tribunal", "cue": "ruled", "kind": "indirect"},
        id="a-court-or-tribunal-ruled-that",
    ),
    pytest.param(
        "A federal appeals court ruled that the rules were unlawful. Separately, the Supreme Court"
        " this month rejected a request from Democrats to restore early voting.",
        "restore early voting",
        {"speaker": "Supreme Court"},
        id="a-court-named-is-no-court-described-before",
    ),
]

#: A person called by the first word of a body's name, or named after the
#: trade of the business she founded or runs: still a person.
PEOPLE_NOT_BODIES = [
    pytest.param(
        "The Kell Trust was set up in 1990.\n\nKell, a retired teacher, said the money had gone to schools.",
        "money had gone",
        {"speaker": "Kell", "speaker_kind": "person"},
        id="a-surname-described-as-a-person-is-no-body-of-that-word",
    ),
    pytest.param(
        "The Harwick Foundation was founded in 2001.\n\nHarwick, 34, a teacher, said she was shocked.",
        "she was shocked",
        {"speaker": "Harwick", "speaker_kind": "person"},
        id="a-surname-given-an-age-is-no-body-of-that-word",
    ),
    pytest.param(
        "The Tarrant Foundation paid the fees.\n\n"
        '"It was the least we could do," said Tarrant, a retired surgeon who set up the fund.',
        "least we could do",
        {"speaker": "Tarrant", "speaker_kind": "person"},
        id="a-surname-described-before-who-is-no-body-of-that-word",
    ),
    pytest.param(
        "After selling the company Marwick founded in 1998, he moved north.\n\n"
        '"I wanted quiet," Marwick said.',
        "I wanted quiet",
        {"speaker": "Marwick", "speaker_kind": "person"},
        id="the-company-a-surname-founded-is-no-business-of-that-name",
    ),
    pytest.param(
        "He left the firm Lindqvist co-founded.\n\nLindqvist said the split was friendly.",
        "split was friendly",
        {"speaker": "Lindqvist", "speaker_kind": "person"},
        id="the-firm-a-surname-co-founded",
    ),
    pytest.param(
        "He bought the business Ostrander now runs.\n\nOstrander said sales had doubled.",
        "sales had doubled",
        {"speaker": "Ostrander", "speaker_kind": "person"},
        id="the-business-a-surname-now-runs",
    ),
    pytest.param(
        "The Obi Foundation funds scholarships.\n\nObi said she would give more.",
        "would give more",
        {"speaker": "Obi", "speaker_kind": "person"},
        id="a-surname-a-she-follows-is-no-body-of-that-word",
    ),
]

#: A body described in lower case, then called by its noun in capitals alone.
BODIES_CALLED_BACK = [
    pytest.param(
        "The foreign ministry said the envoy had been summoned.\n\nThe Ministry added that talks would go on.",
        "talks would go on",
        {"speaker": "foreign ministry", "speaker_kind": "organization"},
        id="the-noun-in-capitals-alone-stands-for-the-body-described",
    ),
    pytest.param(
        "The city council approved the budget.\n\nThe Council said rents would rise.",
        "rents would rise",
        {"speaker": "city council", "speaker_kind": "organization"},
        id="the-council-in-capitals-stands-for-the-city-council",
    ),
]

#: A spokesperson described by a body's noun in lower case: no body the noun
#: does not head, and none of several the noun fits.
SPOKESPEOPLE_OF_NO_BODY = [
    pytest.param(
        "The Vell Local Government Association criticised the cuts.\n\n"
        '"The cuts are needed," a government spokesman said.',
        "cuts are needed",
        {"affiliation": None},
        id="a-government-spokesman-speaks-for-no-association",
    ),
    pytest.param(
        "The Ministry of Trade and the Ministry of Labour disagreed on the plan.\n\n"
        '"Talks will go on," a ministry spokesman said.',
        "Talks will go on",
        {"affiliation": None},
        id="a-ministry-spokesman-after-two-ministries",
    ),
    pytest.param(
        "Pellora Biotech and Vantis Therapeutics agreed a deal.\n\n"
        '"The deal is fair," a company spokesperson said.',
        "deal is fair",
        {"affiliation": None},
        id="a-company-spokesperson-after-two-companies",
    ),
    pytest.param(
        "Vell Bank and Castor Bank agreed to merge.\n\n"
        '"The deal will close in May," a bank spokeswoman said.',
        "close in May",
        {"affiliation": None},
        id="a-bank-spokeswoman-after-two-banks-joined-by-and",
    ),
    pytest.param(
        "Harwick United won on Saturday. The Harwick Rugby Club also lost.\n\n"
        '"The coach will stay," a club spokesman said.',
        "coach will stay",
        {"affiliation": None},
        id="a-club-spokesman-after-two-clubs",
    ),
]

#: A judge described and never named: no minister after Justice, nor a Chief Justice, names her.
JUDGES_NOT_NAMED = [
    pytest.param(
        "A judge said on Friday that the former mayor had misled voters.\n\n"
        "Justice Minister Tova Rend later welcomed the sentence.",
        "misled voters",
        {"speaker": "judge", "speaker_kind": "anonymous"},
        id="a-justice-minister-names-no-judge",
    ),
    pytest.param(
        "A judge at the county court said the lease was void.\n\n"
        "Chief Justice Ilse Marrow, who heads the Supreme Court, said in a speech that courts were slow.",
        "lease was void",
        {"speaker": "judge", "speaker_kind": "anonymous"},
        id="a-chief-justice-is-no-judge-described-before",
    ),
]

SPEAKERS_LEFT_ALONE = [
    pytest.param(
        "The Obi Foundation funds scholarships.\n\nObi said it would give more to her pupils.",
        "would give more",
        {"speaker": "Obi Foundation", "speaker_kind": "organization"},
        id="a-body-called-by-its-first-word-a-her-follows",
    ),
    pytest.param(
        'Harwick United lost again.\n\n"The coach will stay," a club spokesman said.',
        "coach will stay",
        {"affiliation": "Harwick United"},
        id="a-club-spokesman-after-one-club-named-without-club",
    ),
    pytest.param(
        'The Ministry of Transport approved the plan.\n\n"Work will start soon," a ministry spokesman said.',
        "Work will start soon",
        {"affiliation": "Ministry of Transport"},
        id="a-ministry-spokesman-after-one-ministry-named-noun-first",
    ),
    pytest.param(
        'Aldgate Bank cut jobs.\n\n"The cuts are regrettable," a bank spokeswoman said.',
        "cuts are regrettable",
        {"affiliation": "Aldgate Bank"},
        id="a-bank-spokeswoman-after-one-bank",
    ),
    pytest.param(
        "The midwife was told by the ward manager that her post would go.",
        "post would go",
        {"speaker": "ward manager"},
        id="told-by-a-person-names-the-teller",
    ),
    pytest.param(
        "A judge said on Friday that the lease was void.\n\nJustice Secretary Per Lund was in court.\n\n"
        "The ruling was read out by Mrs Justice Ilse Vell.",
        "lease was void",
        {"speaker": "Ilse Vell", "speaker_kind": "person"},
        id="a-judge-named-after-a-justice-secretary",
    ),
    pytest.param(
        "The regulator fined the company Zipra on Monday.\n\nZipra said it would appeal.",
        "would appeal",
        {"speaker": "Zipra", "speaker_kind": "organization"},
        id="a-company-named-before-a-time-stays-a-business",
    ),
    pytest.param(
        "Shares in the company Zipra rose.\n\nZipra said it would appeal.",
        "would appeal",
        {"speaker": "Zipra", "speaker_kind": "organization"},
        id="a-company-named-before-its-own-verb-stays-a-business",
    ),
    pytest.param(
        "The Velder Trust opened in 1990.\n\nVelder, the charity, said it would expand.",
        "would expand",
        {"speaker": "Velder Trust", "speaker_kind": "organization"},
        id="a-body-called-by-its-first-word-described-as-no-person",
    ),
    pytest.param(
        "Ansel Kobb founded Kobb Foods in 1990.\n\nKobb said he would hand the firm to his son.",
        "hand the firm",
        {"speaker": "Ansel Kobb", "speaker_kind": "person"},
        id="a-founder-named-before-his-company-keeps-his-surname",
    ),
    pytest.param(
        "Lawyers for Westmoor Bank met Judge Ola Berg.\n\nBerg said the hearing would resume on Monday.",
        "hearing would resume",
        {"speaker": "Ola Berg", "speaker_kind": "person"},
        id="a-surname-opening-no-body-stays-a-person",
    ),
    pytest.param(
        "The jury heard from Company Sergeant Major Tom Reye.\n\nReye said the unit had been warned.",
        "had been warned",
        {"speaker": "Tom Reye", "speaker_kind": "person"},
        id="company-in-capitals-is-a-rank",
    ),
    pytest.param(
        "The plan was approved by the council, Kobb said.",
        "approved by the council",
        {"speaker": "Kobb"},
        id="an-agent-in-the-words-reported-is-not-the-speaker",
    ),
    pytest.param(
        'A High Court judge refused the claim.\n\n"The evidence was thin," the judge wrote.\n\n'
        "The Justice Department said it would appeal.",
        "The evidence was thin",
        {"speaker": "High Court judge"},
        id="the-justice-department-names-no-judge",
    ),
    pytest.param(
        'Carrow University settled the suit.\n\n"We will keep fighting," a union spokesman said.',
        "keep fighting",
        {"affiliation": None},
        id="a-union-spokesman-speaks-for-no-university",
    ),
    pytest.param(
        'Parents sued Velmont Foods on Monday.\n\n"We will fight," a Vell spokesman said.',
        "We will fight",
        {"affiliation": None},
        id="a-place-before-a-spokesman-is-no-business",
    ),
]

#: Texts and a source the words of no quote of theirs may be given to: a passive
#: verb whose content the parse took from round it.
NO_QUOTE_OF = [
    pytest.param(
        "The result is a loop in which Kobb makes a false claim, is called on it by the news media,"
        " and attacks the press.",
        "news media",
        id="a-passive-verb-with-no-clause-of-its-own",
    ),
    pytest.param(
        "Voters want to end the rigged economy that he says is maintained by a corrupt system.",
        "corrupt system",
        id="an-agent-of-a-clause-reported",
    ),
    pytest.param(
        "The midwife raised concerns but was told by email that her contract would not be renewed.",
        "email",
        id="told-by-email-names-no-one",
    ),
    pytest.param(
        "The nurse was told by text message that the ward would close.",
        "message",
        id="told-by-text-message-names-no-one",
    ),
    pytest.param("The nurse was told by phone that the ward would close.", "phone", id="told-by-phone"),
    pytest.param("Ansel Kobb ruled out a run for governor.", "Kobb", id="ruled-out-is-no-ruling"),
    pytest.param(
        "The Vell party ruled the country for 40 years.", "party", id="ruled-a-country-is-no-ruling"
    ),
    pytest.param("The judge ruled in favour of the council.", "judge", id="ruled-for-a-side-holds-no-clause"),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    SPEAKERS
    + PEOPLE_NOT_BODIES
    + JUDGES_NOT_NAMED
    + BODIES_CALLED_BACK
    + SPOKESPEOPLE_OF_NO_BODY
    + SPEAKERS_LEFT_ALONE,
)
def test_speaker(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "source"), NO_QUOTE_OF)
def test_no_quote_of(quotes_of, text, source):
    assert not [q for q in quotes_of(text) if q.speaker and source in q.speaker]
