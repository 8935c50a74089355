"""Who said what through a verb of speech whose object is what was said, with
no clause (``Moss defended the ferry tax``, ``characterized the plan as a
mistake``): the object is the
indirect quote, read with its verb. On texts written for the test about
fictional people, with rows of text the rules must leave alone."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

#: The sentence before each text, naming the person its surname stands for.
INTRODUCED = "Mara Price and Ina Moss toured the harbour on Monday.\n\n"

SPEAKERS = [
    pytest.param(
        "Moss characterized the plan as a costly mistake.",
        "the plan",
        {"speaker": "Ina Moss", "quote_text": "characterized the plan as a costly mistake"},
        id="an-object-characterized-as-something",
    ),
    pytest.param(
        "Moss lamented the closure of the old pier.",
        "the closure",
        {"speaker": "Ina Moss", "cue": "lamented", "quote_text": "lamented the closure of the old pier"},
        id="a-verb-of-speech-with-a-noun-phrase",
    ),
    pytest.param(
        "Moss lambasted the new ferry fares.",
        "ferry fares",
        {"speaker": "Ina Moss", "cue": "lambasted", "quote_text": "lambasted the new ferry fares"},
        id="a-verb-of-attack-with-a-noun-phrase",
    ),
    pytest.param(
        "Moss extolled the virtues of the new ferry.",
        "the virtues",
        {"speaker": "Ina Moss", "cue": "extolled", "quote_text": "extolled the virtues of the new ferry"},
        id="extol-doubles-its-l",
    ),
    pytest.param(
        "Councillors, historically, have criticized Harbourmart’s and Ferrymax for their resistance to wage rises.",
        "Ferrymax",
        {"quote_text": "criticized Harbourmart’s and Ferrymax for their resistance to wage rises"},
        id="an-owner-the-parse-cut-from-what-is-owned",
    ),
    pytest.param(
        "Moss praised the ‘ferry revolution’ and promised more boats by spring.",
        "more boats",
        {"speaker": "Ina Moss", "cue": "promised", "quote_text": "promised more boats"},
        id="a-closing-single-quotation-mark-is-no-possessive",
    ),
    pytest.param(
        "Kobb praised the ‘spirit of Dorrow’ and thanked the crews who cleared the roads.",
        "the crews",
        {"speaker": "Kobb", "cue": "thanked", "quote_text": "the crews who cleared the roads"},
        id="a-closing-single-quotation-mark-before-a-conjoined-verb",
    ),
    pytest.param(
        "Moss criticized residents who say the pier is unsafe.",
        "the pier is unsafe",
        {"speaker": "residents", "cue": "say"},
        id="the-words-of-a-relative-clause-are-its-subjects",
    ),
    pytest.param(
        "Moss criticized residents who say the pier is unsafe.",
        "residents",
        {"speaker": "Ina Moss", "cue": "criticized", "quote_text": "criticized residents"},
        id="the-outer-act-kept-without-the-relative-clause",
    ),
    pytest.param(
        "Venn endorsed Tomas Kobb, who says he will cut the ferry toll.",
        "Tomas Kobb",
        {"speaker": "Venn", "cue": "endorsed", "quote_text": "endorsed Tomas Kobb"},
        id="an-endorsement-of-a-person-who-says",
    ),
    pytest.param(
        "Kobb cited a poll that says 60 percent of riders want a second ferry.",
        "a poll",
        {"speaker": "Kobb", "cue": "cited"},
        id="a-document-that-says-stays-the-relayers",
    ),
    pytest.param(
        "Venn retweeted a post that says the ferry will close in June.",
        "a post",
        {"speaker": "Venn", "cue": "retweeted"},
        id="a-post-that-says-stays-the-retweeters",
    ),
    pytest.param(
        "Moss slammed candidates who think they can “outsource” the harbour to private firms.",
        "candidates",
        {"speaker": "Ina Moss", "cue": "slammed"},
        id="who-think-is-the-speakers-view-of-them",
    ),
    pytest.param(
        "Moss promises ferry panel report 'as soon as possible.'",
        "ferry panel report",
        {"speaker": "Ina Moss", "quote_text": "promises ferry panel report 'as soon as possible.'"},
        id="a-closing-straight-mark-after-its-opening-is-no-cut",
    ),
    pytest.param(
        "Moss, echoing harbour engineers who say the wall is weak, called for repairs.",
        "the wall is weak",
        {"speaker": "engineers", "cue": "say"},
        id="echoing-people-who-say-is-their-words",
    ),
    pytest.param(
        "Moss defended her record as mayor.",
        "her record",
        {"speaker": "Ina Moss", "quote_text": "defended her record as mayor"},
        id="a-record-defended-is-a-view",
    ),
    pytest.param(
        "Councillor Pell defended his expenses.",
        "his expenses",
        {"speaker": "Councillor Pell", "cue": "defended"},
        id="money-defended-is-a-view",
    ),
    pytest.param(
        "Dina Ferro defended her goalkeeper after the 3-0 defeat.",
        "her goalkeeper",
        {"speaker": "Dina Ferro", "cue": "defended"},
        id="a-player-defended-is-a-view",
    ),
    pytest.param(
        "Prosecutor Hal Drum questioned the suspect, who said he had been at home all night.",
        "at home all night",
        {"cue": "questioned"},
        id="who-says-kept-on-a-noun-no-one-can-be-named-for",
    ),
    pytest.param(
        "Moss said most voters back the plan.",
        "most voters",
        {"speaker": "Ina Moss", "quote_text": "most voters back the plan"},
        id="a-clause-after-said-without-the-verb",
    ),
]

#: Texts whose verb reports nothing said, and the cue no quote may have.
LEFT_ALONE = [
    pytest.param("Moss compared prices at three ferry companies.", "compared", id="a-comparison-made"),
    pytest.param("The study compared two groups of ferry riders.", "compared", id="a-study-comparing"),
    pytest.param(
        "Compared to last year, the ferry carried more riders.", "Compared", id="compared-to-opening"
    ),
    pytest.param(
        "Brass compared well to steel in the harbour test.", "compared", id="a-thing-comparing-well"
    ),
    pytest.param(
        "Researchers compared the bones to those found at a second site near Brenn.",
        "compared",
        id="data-compared-to-data",
    ),
    pytest.param("Prosecutors compared the invoices to bank records.", "compared", id="records-compared-to"),
    pytest.param(
        "Comparing this year's harvest to last year's, farmers in Halden said yields fell.",
        "Comparing",
        id="a-comparing-clause-opening",
    ),
    pytest.param("Moss characterized the ferry.", "characterized", id="characterized-without-as"),
    pytest.param(
        "Moss, echoing harbour engineers who say the wall is weak, called for repairs.",
        "echoing",
        id="echoing-people-who-say-is-no-view-of-the-echoer",
    ),
    pytest.param(
        "Moss lamented Kobbs’ past vote against the harbour plan.", "lamented", id="an-object-cut-at-its-mark"
    ),
    pytest.param("Moss defended the goal in the second half.", "defended", id="a-goal-defended-in-play"),
    pytest.param("Moss defended her title in the harbour race.", "defended", id="a-title-defended"),
    pytest.param("Evidence shows the harbour wall is weak.", "shows", id="evidence-opening-a-sentence"),
    pytest.param("History will condemn this decision.", "condemn", id="history-condemning"),
    pytest.param("Rain dismissed any hope of a result.", "dismissed", id="rain-dismissing"),
    pytest.param("Science dismissed the claim within a week.", "dismissed", id="science-dismissing"),
    pytest.param(
        "Silence greeted the players, and Applause welcomed the winners.", "welcomed", id="applause-welcoming"
    ),
]

#: Texts whose quote must not swallow the verb phrase after a closing single
#: quotation mark, and the words it must not hold.
NOT_SWALLOWED = [
    pytest.param(
        "The mayor criticised the 'so-called reform' and walked out of the meeting.",
        "walked",
        id="a-closing-straight-quotation-mark",
    ),
    pytest.param(
        "Moss praised the ‘ferry revolution’ and promised more boats by spring.",
        "promised",
        id="a-closing-curly-quotation-mark",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(INTRODUCED + text), words), expected) == expected


@pytest.mark.parametrize(("text", "cue"), LEFT_ALONE)
def test_left_alone(quotes_of, text, cue):
    assert not [q for q in quotes_of(INTRODUCED + text) if q.cue == cue]


@pytest.mark.parametrize(("text", "words"), NOT_SWALLOWED)
def test_not_swallowed(quotes_of, text, words):
    assert not [q for q in quotes_of(INTRODUCED + text) if words in q.text and q.cue != words]
