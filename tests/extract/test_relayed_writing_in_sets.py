"""Attribution of written words someone reads out or quotes, in the forms
several sets of made-up news wrote them: who sent the messages named after
their noun (``sent by``) or by the verb of their noun (``posted``), a message
``which read:``, and ``In a statement (or decision), X wrote``; one row per
construction, and rows of ordinary text each rule must leave alone, on texts
written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SENT_BY = """Tender trial

Advocate Ina Holt read messages allegedly sent by Sam Okoro to a builder in 2022.

"Make sure the envelope is fat," one message read, according to Holt.

Another, sent on the night of the award, said simply: "Done."
"""

POSTED = """Bar fire

Prosecutor Ina Holt told the judge that Tom Brady had posted online about the bar before the fire. One post, she said, read: "watch this place tonight."

Another, sent to a friend after midnight, said simply: "told you."
"""

RELAYED = [
    pytest.param(
        SENT_BY,
        "Make sure the envelope is fat",
        {"speaker": "Sam Okoro", "via": "Holt"},
        id="one-of-the-messages-sent-by-someone",
    ),
    pytest.param(SENT_BY, "Done.", {"speaker": "Sam Okoro"}, id="another-of-the-messages-sent-by-someone"),
    pytest.param(
        POSTED, "watch this place tonight.", {"speaker": "Tom Brady"}, id="one-post-after-someone-posted"
    ),
    pytest.param(
        POSTED, "told you.", {"speaker": "Tom Brady"}, id="another-after-one-post-after-someone-posted"
    ),
    pytest.param(
        'Vote\n\nMayor Ola Brenn tweeted about the count on Monday night. "We won fair and square," one tweet said.\n',
        "We won fair and square",
        {"speaker": "Ola Brenn", "mention": "one tweet"},
        id="one-tweet-after-someone-tweeted",
    ),
    pytest.param(
        "Burglary\n\nProsecutor Ed Holt told the court that Tom Vell had sent a text message to a friend after one "
        'raid which read: "Easy money, she never noticed."\n',
        "Easy money",
        {"speaker": "Tom Vell", "mention": "Prosecutor Ed Holt", "via": "Ed Holt"},
        id="someone-sent-a-message-which-read",
    ),
    pytest.param(
        "Libel\n\nMs Ana Vale said she was upset. In a statement posted online, she wrote that she had acted in "
        'good faith. "I still believe there is a debate to have," the statement said.\n',
        "I still believe",
        {"speaker": "Ana Vale", "mention": "the statement"},
        id="in-a-statement-someone-wrote",
    ),
    pytest.param(
        "Libel\n\nIn a 14-page decision dated May 8, Judge Ana Korr said the host had relied on audit papers. "
        '"Officials must accept scrutiny," the decision read.\n',
        "Officials must accept scrutiny",
        {"speaker": "Ana Korr", "mention": "the decision"},
        id="in-a-decision-a-judge-said",
    ),
    pytest.param(
        "Levy\n\nIn a text message, press secretary Ola Brenn said the governor would meet the union. "
        '"His door is open," the message read.\n',
        "His door is open",
        {"speaker": "Ola Brenn"},
        id="in-a-text-message-someone-said",
    ),
]

WATCHDOG = """Ambulance waits

Ambulances waited hours outside Vell General, a report by the county's watchdog has found.

The report by Healthwatch Vell, published on Tuesday, said the delays put lives at risk.

It found that 400 ambulances waited more than an hour in October.

"Behind every number is a frightened patient," the report said.
"""

REPORTS = [
    pytest.param(
        WATCHDOG,
        "Behind every number",
        {"speaker": "Healthwatch Vell", "mention": "the report"},
        id="the-report-after-the-report-by-someone",
    ),
    pytest.param(
        "Audit\n\nThe council leader denied any wrongdoing, as an external audit report described its buying as "
        '"chaotic". The report by auditors Halden & Co, presented on Tuesday, found eleven contracts went to a friend.\n',
        "chaotic",
        {"speaker": "Halden & Co"},
        id="a-report-then-the-report-by-a-kind-of-maker-and-a-firm",
    ),
]

POSSESSED = [
    pytest.param(
        "Rugby\n\nThe flanker had been cited for a high tackle, but the three-member panel accepted that the "
        'carrier had ducked. Its written decision said the tackle was "reckless at worst" and no more.\n',
        "reckless at worst",
        {"speaker": "three-member panel", "speaker_kind": "organization"},
        id="its-written-decision-after-a-body-described",
    ),
    pytest.param(
        "Lake\n\nScientists at the Kell Ice Centre mapped the lake from the air last autumn. Their report, released "
        'on Tuesday, called its growth "alarmingly fast" for a lake of its size.\n',
        "alarmingly fast",
        {"speaker": "Scientists at the Kell Ice Centre", "speaker_kind": "group"},
        id="their-report-after-people-of-a-body",
    ),
    pytest.param(
        'Pool\n\nThe Vell Audit Office looked at the pool last year. Its report called the roof "unsafe" in places.\n',
        "unsafe",
        {"speaker": "Vell Audit Office"},
        id="its-report-after-a-body-named",
    ),
]

LEFT_ALONE = [
    pytest.param(
        'Pool\n\nThe pool closed in May after a storm. Its report called the roof "unsafe" in places.\n',
        "unsafe",
        {"speaker": "Its report"},
        id="its-report-after-no-body",
    ),
    pytest.param(
        'Pool\n\nIna Moss and Ed Roe swam there for years. Their report called the roof "unsafe" in places.\n',
        "unsafe",
        {"speaker": "Their report"},
        id="their-report-after-people-of-no-body",
    ),
    pytest.param(
        WATCHDOG.replace("It found", "A second report, from the hospital, found"),
        "Behind every number",
        {"speaker": "second report"},
        id="the-report-after-a-second-report",
    ),
    pytest.param(
        WATCHDOG.replace("the report said", "the survey said"),
        "Behind every number",
        {"speaker": "survey"},
        id="the-survey-after-the-report-by-someone",
    ),
    pytest.param(
        'Club\n\nShe had posted online for years. "Fees will rise," one post said.\n',
        "Fees will rise",
        {"speaker": "one post"},
        id="a-pronoun-posted-names-no-writer",
    ),
    pytest.param(
        'Club\n\nMembers got messages sent by Friday night. "Fees will rise," one message said.\n',
        "Fees will rise",
        {"speaker": "one message"},
        id="messages-sent-by-a-day-name-no-writer",
    ),
    pytest.param(
        "Letter\n\nReporters said Tom Vell had sent a letter to the council, and Mayor Ana Moss said: "
        '"We never got it."\n',
        "We never got it.",
        {"speaker": "Ana Moss"},
        id="someone-speaking-after-a-message-was-sent",
    ),
    pytest.param(
        'Letter\n\nTom Vell had sent a text to his sister, Ina Vell, who said: "I never read it."\n',
        "I never read it.",
        {"speaker": "Ina Vell"},
        id="the-receiver-speaking-after-a-message-was-sent",
    ),
    pytest.param(
        "Pool\n\nIn an email, Ana Korr said the pool would shut. The council met later. "
        '"We regret it," the statement said.\n',
        "We regret it",
        {"speaker": None},
        id="a-statement-after-someone-s-email-is-another-document",
    ),
    pytest.param(
        'Race\n\nIn a letter, voters said the race was unfair. "We were ignored," Ana Moss said.\n',
        "We were ignored",
        {"speaker": "Ana Moss"},
        id="a-person-speaking-after-in-a-letter",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RELAYED + REPORTS + POSSESSED + LEFT_ALONE)
def test_relayed_written_words_in_sets(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    found = fields(quote, {key: value for key, value in expected.items() if key != "mention"})
    if "mention" in expected:
        assert quote.speaker_start is not None
        found["mention"] = text[quote.speaker_start : quote.speaker_end]
    assert found == expected
