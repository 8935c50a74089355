"""Written words someone else reads out are the writer's: messages named
before who sent them (``messages allegedly sent by X``, ``text messages X had
sent to a victim: “...”``), the reader kept as ``via``; one row per
construction, and rows of ordinary text each rule must leave alone, on texts
written for the test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SENT_BY = """Tender

Prosecutor Ina Holt read out messages allegedly sent by Tomas Vell, 52, to a builder before the deal was signed.

"Bring the cash on Friday, not before," one message read, according to Holt.

Another, sent the night the deal was signed, said only: "It is done. Now we wait."
"""

RELAYED = [
    pytest.param(
        SENT_BY,
        "Bring the cash",
        {"speaker": "Tomas Vell", "mention": "one message", "via": "Holt"},
        id="one-message-after-messages-sent-by-someone",
    ),
    pytest.param(
        SENT_BY,
        "It is done",
        {"speaker": "Tomas Vell"},
        id="another-after-messages-sent-by-someone",
    ),
    pytest.param(
        "Roofer\n\nWhitfield pleaded guilty in March to fraud. He must also repay the money.\n\n"
        "Crown prosecutor Lucia Montero had sought four years in a federal prison. She read to the court "
        "text messages Whitfield had sent to one client, an 84-year-old widow, after she asked for her savings "
        'back: "The crew comes Monday. Trust me, the new roof will be lovely."\n\n'
        '"There was never a crew," Montero told the court.\n',
        "The crew comes Monday",
        {"speaker": "Whitfield", "via": "Lucia Montero"},
        id="messages-someone-had-sent-before-a-colon",
    ),
    pytest.param(
        "Roofer\n\nCounsel Ada Brenn read emails sent by Olaf Kerr to the site office in May: "
        '"Keep the men off the roof."\n',
        "Keep the men off",
        {"speaker": "Olaf Kerr", "via": "Ada Brenn"},
        id="messages-sent-by-someone-before-a-colon",
    ),
]

APPOSED = [
    pytest.param(
        "Levy\n\nGovernor Tunde Orrin, who was in the capital for a meeting, did not comment. "
        "His chief press secretary, Ola Brennan-Ade, said in a text message that the governor would meet "
        'the union. "His door is open," the message read.\n',
        "His door is open",
        {"speaker": "Ola Brennan-Ade", "mention": "the message"},
        id="a-writer-described-then-named-in-apposition",
    ),
    pytest.param(
        "Levy\n\nA spokesman for the governor said in a text message that the governor would meet "
        'the union. "His door is open," the message read.\n',
        "His door is open",
        {"speaker": "spokesman for the governor"},
        id="a-writer-described-and-never-named",
    ),
]

OWNED = [
    pytest.param(
        "Unit\n\nThe Orrin Vale Health Board plans to shut the birth unit. "
        '"We have no choice," the board said. The board\'s own report concedes that some mothers '
        'would drive "up to an hour in good weather".\n',
        "up to an hour",
        {"speaker": "Orrin Vale Health Board", "mention": "The board's own report"},
        id="a-body-s-own-report-after-the-body-is-named",
    ),
    pytest.param(
        'Unit\n\nNurses marched on Monday. The board\'s latest report says the unit is "no longer safe".\n',
        "no longer safe",
        {"speaker": "board"},
        id="a-body-s-report-the-story-does-not-name",
    ),
    pytest.param(
        "Bridge\n\nOwen Venn, a structural engineer, gave evidence on Tuesday.\n\n"
        "Counsel to the inquiry, Ms Ada Obi, then read from his report, which stated that the hangers "
        'were "in poor condition".\n',
        "in poor condition",
        {"speaker": "Owen Venn", "mention": "his report", "via": "report"},
        id="a-person-s-report-is-the-person-s-words",
    ),
    pytest.param(
        'Fence\n\nDara Quill wrote to the board on Monday. Her letter said "we cannot wait".\n',
        "we cannot wait",
        {"speaker": "Dara Quill", "via": "letter"},
        id="a-person-s-letter-is-her-words-through-it",
    ),
    pytest.param(
        'Suit\n\nIna Moss sued the council. Her lawyer said the case was "strong".\n',
        "strong",
        {"speaker": "Her lawyer"},
        id="a-person-s-lawyer-is-someone-else",
    ),
]

RULINGS = [
    pytest.param(
        "Libel\n\nIn a 20-page decision dated June 3, Judge Ada Orrin of Branch 4 said the host had checked his "
        'facts. "Public figures must accept hard words," the decision read.\n',
        "Public figures must accept",
        {"speaker": "Ada Orrin", "mention": "the decision"},
        id="in-a-decision-a-judge-said-then-the-decision-read",
    ),
    pytest.param(
        "Appeal\n\nJudge Per Lund wrote in his ruling that the fine stood. "
        '"The club knew the rules," the ruling said.\n',
        "The club knew the rules",
        {"speaker": "Per Lund", "mention": "the ruling"},
        id="a-judge-wrote-in-a-ruling-then-the-ruling-said",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "Bridge\n\nReplying to the email Kobb had sent on Monday, the mayor, Lena Orrin, wrote: "
        '"We will not be bullied by anyone."\n',
        "We will not be bullied",
        {"speaker": "Lena Orrin", "via": None},
        id="the-speaker-s-own-verb-after-the-messages",
    ),
    pytest.param(
        'Plan\n\nThe council said Marsh had called the plan "reckless" and that it would publish a '
        '"full response" next week.\n',
        "full response",
        {"speaker": "council", "via": None},
        id="a-second-partial-of-the-outer-clause",
    ),
    pytest.param(
        "Injury\n\nVell Rovers lost again. The club's medical report, signed by team doctor Ari Vos, said "
        'the striker had "a torn hamstring".\n',
        "a torn hamstring",
        {"speaker": "club's medical report"},
        id="a-body-s-report-signed-by-another",
    ),
    pytest.param(
        'Ladder\n\nProsecutors said the ladder was "unsafe" and that the firm was "reckless."\n',
        "reckless",
        {"speaker": "Prosecutors", "via": None},
        id="two-partials-of-one-speaker",
    ),
    pytest.param(
        'Appeal\n\nThe court threw out the appeal on Monday. "The club knew the rules," the ruling said.\n',
        "The club knew the rules",
        {"speaker": "ruling"},
        id="a-ruling-no-one-is-named-writing",
    ),
    pytest.param(
        'Bins\n\nResidents got letters sent by Royal Post in error. "Your bin day has changed," one letter said.\n',
        "Your bin day has changed",
        {"speaker": "one letter"},
        id="letters-sent-by-a-carrier",
    ),
    pytest.param(
        "Roofer\n\nProsecutor Ada Brenn described texts Olaf Kerr had sent to clients, adding: "
        '"This was a lie from the start."\n',
        "This was a lie",
        {"speaker": "Ada Brenn"},
        id="the-reader-s-own-words-after-adding",
    ),
    pytest.param(
        'Roofer\n\nAda Brenn, who had read the emails Olaf Kerr wrote, said: "I was shocked."\n',
        "I was shocked",
        {"speaker": "Ada Brenn"},
        id="the-reader-s-own-words-after-a-clause-and-said",
    ),
    pytest.param(
        'Roofer\n\nThe emails Olaf Kerr wrote were read out. Ada Brenn said: "I was shocked."\n',
        "I was shocked",
        {"speaker": "Ada Brenn"},
        id="messages-named-in-the-sentence-before",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), RELAYED + APPOSED + OWNED + RULINGS + LEFT_ALONE)
def test_relayed_writers(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    found = fields(quote, {key: value for key, value in expected.items() if key != "mention"})
    if "mention" in expected:
        assert quote.speaker_start is not None
        found["mention"] = text[quote.speaker_start : quote.speaker_end]
    assert found == expected
