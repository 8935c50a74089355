"""Attribution of written words someone reads out or quotes, in the forms
several sets of made-up news wrote them: a message ``which read:``, ``In a
statement, X wrote``, ``The report by X`` and ``Its report``, who sent
the messages (``Kobb posted online``); one row per
construction, and rows of ordinary text each rule must leave alone (among
them the constructions rules were narrowed or taken out for), on texts
written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

POSTED = """Bar fire

Prosecutor Ina Holt told the judge that Tom Brady had posted online about the bar before the fire. One post, she said, read: "watch this place tonight."

Another, sent to a friend after midnight, said simply: "told you."
"""

RELAYED = [
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
        "Levy\n\nIn a text message, press secretary Ola Brenn said the governor would meet the union. "
        '"His door is open," the message read.\n',
        "His door is open",
        {"speaker": "Ola Brenn"},
        id="in-a-text-message-someone-said",
    ),
    pytest.param(
        'Governor\n\nDetectives read out emails from Governor Rolf Arne to his aide. "Shred the files tonight," one email said.\n',
        "Shred the files",
        {"speaker": "Rolf Arne"},
        id="emails-from-a-titled-writer",
    ),
    pytest.param(
        'Blog\n\nIn a post on his blog, Rolf Arne said the road would open in May. "We are on track," the post read.\n',
        "We are on track",
        {"speaker": "Rolf Arne"},
        id="in-a-post-someone-said",
    ),
    pytest.param(
        'Text\n\nProsecutor Lena Marsh said Pim Doyle had sent a text to his cousin that evening which read: "Stay home tonight."\n',
        "Stay home tonight",
        {"speaker": "Pim Doyle"},
        id="someone-sent-a-message-that-evening-which-read",
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
        'Panel\n\nThe disciplinary panel met on Monday. Its written decision said the tackle was "careless at most".\n',
        "careless at most",
        {"speaker": "disciplinary panel"},
        id="its-written-decision-after-a-body-met-on-a-day",
    ),
    pytest.param(
        "Rugby\n\nThe flanker had been cited for a high tackle, but the three-member panel accepted that the "
        'carrier had ducked. Its written decision said the tackle was "reckless at worst" and no more.\n',
        "reckless at worst",
        {"speaker": "three-member panel", "speaker_kind": "organization"},
        id="its-written-decision-after-a-body-described",
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
        'Bins\n\nResidents got letters sent by Royal Post in error. "Your bin day has changed," one letter said.\n',
        "Your bin day has changed",
        {"speaker": "one letter"},
        id="letters-sent-by-a-carrier",
    ),
    pytest.param(
        'Ferry\n\nCouncillor Lise Arn tweeted about the ferry on Monday and was flooded with abuse. "Go home," one tweet read.\n',
        "Go home",
        {"speaker": "one tweet"},
        id="one-tweet-after-someone-tweeted-and-drew-replies",
    ),
    pytest.param(
        'Pitch\n\nLise Arn posted a photo of the flooded pitch on Sunday. "Stay strong," one post read.\n',
        "Stay strong",
        {"speaker": "one post"},
        id="one-post-after-someone-posted-a-photo",
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
        'Sentence\n\nJudge Mira Tand sentenced Per Oslo to four years on Tuesday. His lawyer, Dag Fenn, said the ruling would be challenged. "There was no sign of regret," the ruling said.\n',
        "There was no sign",
        {"speaker": "ruling"},
        id="the-ruling-after-a-lawyer-said-the-ruling",
    ),
    pytest.param(
        'Points\n\nDorn Athletic were fined by the league on Monday. The club said the decision was unjust. "The breaches were deliberate," the decision read.\n',
        "The breaches were deliberate",
        {"speaker": "decision"},
        id="the-decision-after-a-club-said-the-decision",
    ),
    pytest.param(
        'Harbour\n\nThe Brenmoor Audit Board studied how the council ran the harbour. Its report called the pier "unsafe" in places.\n',
        "unsafe",
        {"speaker": "Its report"},
        id="its-report-after-a-body-and-another-body",
    ),
    pytest.param(
        'Mill\n\nOrrin Mills bought the Tallow Paper Company in March. Its annual report called the deal "a new start" for the town.\n',
        "a new start",
        {"speaker": "Its annual report"},
        id="its-report-after-a-body-and-a-name",
    ),
    pytest.param(
        'Bridge\n\nProsecutor Lena Marsh said Pim Doyle had sent a text to his cousin that evening and got a reply which read: "Stay home tonight."\n',
        "Stay home tonight",
        {"speaker": "Lena Marsh"},
        id="a-reply-to-a-message-someone-sent",
    ),
    pytest.param(
        'Survey\n\nThe survey by Harrow Polling, published in April, found most drivers backed the plan. The council later commissioned its own survey of drivers. "Most drivers want the lane gone," the survey said.\n',
        "Most drivers want",
        {"speaker": "survey"},
        id="the-survey-after-someone-s-own-survey",
    ),
    pytest.param(
        'Review\n\nThe review by Dunmore Health, published in 2022, found long waits. The trust\'s review, out on Monday, is bleaker. "Waits have doubled," the review said.\n',
        "Waits have doubled",
        {"speaker": "review"},
        id="the-review-after-a-body-s-review",
    ),
    pytest.param(
        'Loss\n\nDorn Athletic posted a loss of two million pounds last year, and fans were angry online. "Sack the board now," one post read.\n',
        "Sack the board now",
        {"speaker": "one post"},
        id="one-post-after-a-club-posted-a-loss",
    ),
    pytest.param(
        'Parents\n\nHead teacher Lise Arn emailed every parent on Friday, and many wrote back in anger. "This is not fair," one email said.\n',
        "This is not fair",
        {"speaker": "one email"},
        id="one-email-after-someone-emailed-and-got-replies",
    ),
    pytest.param(
        'Channel\n\nPolice found messages sent by Telegram to the victim over a month. "I know your street," one message read.\n',
        "I know your street",
        {"speaker": "one message"},
        id="messages-sent-by-a-channel",
    ),
    pytest.param(
        'Nurses\n\nNurses at Tallow General complained to inspectors about staffing in May. Their report called the wards "unsafe" at night.\n',
        "unsafe",
        {"speaker": "Their report"},
        id="their-report-after-people-complained-to-others",
    ),
    pytest.param(
        'Derby\n\nFans of Vell United gathered outside the ground. Their review of the season called it "a disaster".\n',
        "a disaster",
        {"speaker": "Their review"},
        id="their-review-after-fans-of-a-club",
    ),
    pytest.param(
        'Crash\n\nInvestigators from Britain and France examined the wreck. Their report called it "a tragedy".\n',
        "a tragedy",
        {"speaker": "Their report"},
        id="their-report-after-investigators-from-two-countries",
    ),
    pytest.param(
        'Minister\n\nIn his post as minister, Rolf Arne said little about roads. Drivers flooded social media. "Fix the potholes," one post read.\n',
        "Fix the potholes",
        {"speaker": "one post"},
        id="one-post-after-a-post-held",
    ),
    pytest.param(
        'Pool\n\nThe pool closed in May after a storm. Its report called the roof "unsafe" in places.\n',
        "unsafe",
        {"speaker": "Its report"},
        id="its-report-after-no-body",
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
