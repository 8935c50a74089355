"""Who said what through an aside of saying opened by ``as`` (``The plan, as
Kobb points out, costs more``, ``As Vell Weekly reported, the mayor ...``): the
clause the aside hangs on is the indirect quote of the aside's subject. On
texts written for the test about fictional people, with rows of text the rule
must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

SPEAKERS = [
    pytest.param(
        "The ferry plan, as Ansel Kobb points out, costs more than the old bridge.",
        "costs more than the old bridge",
        {"speaker": "Ansel Kobb", "cue": "points out", "kind": "indirect"},
        id="an-aside-inside-the-clause",
    ),
    pytest.param(
        "As Vell Weekly reported, the mayor had spent the harbour fund twice.",
        "the mayor had spent the harbour fund twice",
        {
            "speaker": "Vell Weekly",
            "cue": "reported",
            "quote_text": "the mayor had spent the harbour fund twice",
        },
        id="an-aside-opening-the-sentence",
    ),
    pytest.param(
        "As Ina Moss noted in her column, the harbour has never been deeper.",
        "the harbour has never been deeper",
        {"speaker": "Ina Moss", "cue": "noted"},
        id="an-aside-with-a-place-of-saying",
    ),
    pytest.param(
        "And that, as Tomas Belko says, is quite a lot of money for a ferry.",
        "quite a lot of money",
        {"speaker": "Tomas Belko", "cue": "says"},
        id="an-aside-after-an-opening-and",
    ),
    pytest.param(
        "Of course, as Ina Moss observed, the biggest winner of the night was the harbour.",
        "the biggest winner",
        {"speaker": "Ina Moss", "quote_text": "the biggest winner of the night was the harbour"},
        id="an-aside-after-an-opening-phrase-gives-the-clause-after-it",
    ),
    pytest.param(
        "The ferry fares rose again, as Vell Weekly reported on Monday.",
        "The ferry fares rose again",
        {"speaker": "Vell Weekly", "cue": "reported"},
        id="an-aside-closing-the-sentence-with-its-day",
    ),
    pytest.param(
        "The ferry plan failed within a year, as Ansel Kobb predicted.",
        "failed within a year",
        {"speaker": "Ansel Kobb", "cue": "predicted", "quote_text": "The ferry plan failed within a year"},
        id="an-aside-closing-the-sentence",
    ),
    pytest.param(
        "But as Ina Moss noted, the ferry voters will give Kobb a second look.",
        "the ferry voters will give Kobb a second look",
        {
            "speaker": "Ina Moss",
            "cue": "noted",
            "quote_text": "the ferry voters will give Kobb a second look",
        },
        id="an-aside-after-an-opening-but",
    ),
    pytest.param(
        "Pilots can still be fined, and as Ina Moss noted, the crews involved could lose their licences.",
        "the crews involved could lose their licences",
        {"speaker": "Ina Moss", "quote_text": "the crews involved could lose their licences"},
        id="an-aside-after-a-comma-and",
    ),
    pytest.param(
        "As Kobb said last week, the ferry will not run in winter.",
        "the ferry will not run in winter",
        {"speaker": "Kobb", "cue": "said", "quote_text": "the ferry will not run in winter"},
        id="an-aside-with-its-time",
    ),
    pytest.param(
        "The ferry plan costs more than the old bridge, as Ansel Kobb told reporters on Monday.",
        "The ferry plan costs more than the old bridge",
        {"speaker": "Ansel Kobb", "cue": "told"},
        id="an-aside-told-to-reporters",
    ),
    pytest.param(
        "As first reported by Vell Weekly, the mayor had spent the harbour fund twice.",
        "the mayor had spent the harbour fund twice",
        {
            "speaker": "Vell Weekly",
            "cue": "reported",
            "quote_text": "the mayor had spent the harbour fund twice",
        },
        id="a-passive-aside-opening-the-sentence",
    ),
    pytest.param(
        "The mayor had spent the harbour fund twice, as reported by Vell Weekly.",
        "The mayor had spent the harbour fund twice",
        {"speaker": "Vell Weekly", "cue": "reported"},
        id="a-passive-aside-closing-the-sentence",
    ),
    pytest.param(
        "As Vell Weekly revealed, most of the payments were for copies of one book.",
        "most of the payments were for copies of one book",
        {"speaker": "Vell Weekly", "cue": "revealed"},
        id="an-aside-revealing",
    ),
    pytest.param(
        "A court official said last year that savers would get little back.\n\n"
        "One of them, a fish trader who gave her name only as Efua Tamm, said she came to every hearing.\n\n"
        "“I want to see their faces,” she said.",
        "I want to see their faces",
        {"speaker": "Efua Tamm"},
        id="an-as-giving-a-name-is-no-aside-the-named-speaker-spoke",
    ),
]

#: Texts with ``as`` before a subject and a verb that is no aside of saying,
#: and the cue no quote may have.
LEFT_ALONE = [
    pytest.param(
        "As the minister replied, the lights in the hall went out.", "replied", id="as-of-time-answering"
    ),
    pytest.param(
        "As Kobb testified in the second week, the defendant sat still.",
        "testified",
        id="as-of-time-testifying",
    ),
    pytest.param(
        "Ansel Kobb scored twice in the second half, as he had promised.", "promised", id="a-promise-kept"
    ),
    pytest.param("Workers returned on Monday, as the union had urged.", "urged", id="a-call-heeded"),
    pytest.param("As they say, the rest of the ferry story is history.", "say", id="an-idiom"),
    pytest.param("As everyone knows, the pool has been shut since March.", "knows", id="common-knowledge"),
    pytest.param(
        "The man who, as police said, fled the quay was arrested on Sunday.", "said", id="a-relative-clause"
    ),
    pytest.param("Why, as Kobb asked, did the council wait so long?", "asked", id="a-question"),
    pytest.param(
        "If the new fares bring more riders, as some councillors hope, the ferry could run all winter.",
        "hope",
        id="a-hope-on-a-condition",
    ),
    pytest.param("As the mayor arrived, the crowd on the quay cheered loudly.", "arrived", id="as-of-time"),
    pytest.param("As he walked home, the rain over Vell finally stopped.", "walked", id="as-of-time-pronoun"),
    pytest.param(
        "The ferry, as Kobb explained the plan, would stop twice at Vell.",
        "explained",
        id="aside-with-an-object",
    ),
    pytest.param(
        "The vote in Vell went exactly as Kobb said it would.", "said", id="a-comparison-after-the-verb"
    ),
    pytest.param(
        "The plan worked as Kobb said, and the ferry ran on time all week.",
        "said",
        id="a-comparison-before-a-comma",
    ),
    pytest.param(
        "As Ansel Kobb joked with his friend at the table, his brother grew impatient.",
        "joked",
        id="a-verb-with-company-of-its-own",
    ),
    pytest.param(
        "One can debate a tax on share trades to pay for the ferry, as Ansel Kobb proposes.",
        "proposes",
        id="an-aside-closing-the-sentence-about-a-thing-proposed",
    ),
    pytest.param(
        "The vote backs her argument that she is popular in Vell, not only a local name, as Kobb suggested.",
        "suggested",
        id="an-aside-after-a-noun-of-saying",
    ),
    pytest.param(
        "As I mentioned above, the ferry carried 300 people in May.", "mentioned", id="the-writers-own-aside"
    ),
    pytest.param(
        "The same way, as you pointed out, Laura, people jumped to conclusions about the ferry.",
        "pointed out",
        id="an-aside-to-the-one-addressed",
    ),
    pytest.param(
        "After all, as we saw in 2009, ferries that run full now can stop in a season.",
        "saw",
        id="the-writers-we",
    ),
    pytest.param(
        "As he told the story, the lights in the hall went out.", "told", id="as-of-time-telling-a-story"
    ),
    pytest.param(
        "And as he told his brother, the lights in the hall went out.", "told", id="as-of-time-telling-kin"
    ),
    pytest.param(
        "Kobb arrived at the quay, and as he spoke, the lights went out.", "spoke", id="as-of-time-after-and"
    ),
    pytest.param(
        "As reported, the mayor had spent the harbour fund twice.", "reported", id="a-passive-with-no-source"
    ),
    pytest.param("Kobb scored twice in the second half, as expected.", "expected", id="as-expected"),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected


@pytest.mark.parametrize(("text", "cue"), LEFT_ALONE)
def test_left_alone(quotes_of, text, cue):
    assert not [q for q in quotes_of(text) if q.cue == cue]
