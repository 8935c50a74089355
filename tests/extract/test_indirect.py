"""Indirect quotes on the dependency parse (quotes.extract.indirect): each
construction, with offsets."""

from __future__ import annotations

import pytest

from quotes.extract import extract_quotes
from quotes.extract.indirect import find_indirect


def found(nlp, text, *, offset=0, taken=()):
    article = "x" * offset + text
    quotes = find_indirect(nlp(text), offset=offset, taken=taken)
    for quote in quotes:
        assert article[quote.start : quote.end] == quote.text
        assert quote.kind == "indirect" and 0 < quote.confidence <= 1
        if quote.speaker_start is not None:
            assert article[quote.speaker_start : quote.speaker_end] == quote.speaker
        if quote.cue_start is not None:
            assert article[quote.cue_start : quote.cue_end] == quote.cue
    return quotes


def only(quotes):
    assert len(quotes) == 1, [q.text for q in quotes]
    return quotes[0]


#: One row per construction: a sentence giving one indirect quote, its content,
#: its speaker and its cue (``...``: not checked).
CONSTRUCTIONS = [
    pytest.param(
        "Mayor Ilsa Varn said that the bridge would reopen soon.",
        "that the bridge would reopen soon",
        "Mayor Ilsa Varn",
        "said",
        id="said-that",
    ),
    pytest.param(
        "The bridge will reopen next week, Varn said.",
        "The bridge will reopen next week",
        "Varn",
        ...,
        id="content-first",
    ),
    pytest.param(
        "Councillor Tomas Reye says the budget is too small.",
        "the budget is too small",
        "Councillor Tomas Reye",
        ...,
        id="said-without-that",
    ),
    pytest.param(
        "Dara Pelt told reporters on Monday that the pier was unsafe.",
        "that the pier was unsafe",
        "Dara Pelt",
        "told",
        id="told-someone-that",
    ),
    pytest.param(
        "According to the harbour office, the ferry will stop running.",
        "the ferry will stop running",
        "the harbour office",
        "According to",
        id="according-to-first",
    ),
    pytest.param(
        "The ferry will stop running, according to a harbour office report.",
        "The ferry will stop running",
        "a harbour office report",
        ...,
        id="according-to-after",
    ),
    pytest.param(
        "Senator Ada Kettering believes the tax will hurt farmers.",
        "the tax will hurt farmers",
        ...,
        "believes",
        id="belief",
    ),
    pytest.param(
        "A survey by the Orin Institute found that most residents distrust the council.",
        "that most residents distrust the council",
        "A survey",
        ...,
        id="a-survey-found",
    ),
    pytest.param(
        "Governor Lise Marchetti refused to comment on the strike.",
        "to comment on the strike",
        "Governor Lise Marchetti",
        ...,
        id="intention",
    ),
    pytest.param(
        "The teachers' union endorsed Milo Fairlie on Tuesday.",
        "endorsed Milo Fairlie",  # a bare noun phrase reads as what was said with its verb
        ...,
        "endorsed",
        id="stance-object",
    ),
    pytest.param(
        "Senator Ada Kettering called for a new harbour tax.",
        "called for a new harbour tax",
        "Senator Ada Kettering",
        "called",
        id="prepositional-object",
    ),
    pytest.param(
        "Police received 911 calls saying that shots had been fired.",
        "that shots had been fired",
        "911 calls",
        ...,
        id="participle-of-its-source",
    ),
    pytest.param(
        "The mayor answered by saying that the bridge was safe.",
        "that the bridge was safe",
        "The mayor",
        ...,
        id="answered-by-saying",
    ),
    pytest.param(
        "Councillor Dara Pelt seemed to welcome the delay.",
        "to welcome the delay",
        "Councillor Dara Pelt",
        "seemed",
        id="raising-verb-a-person",
    ),
    pytest.param(
        "Ansel Kobb sought to calm the crowd at the pier.",
        "to calm the crowd at the pier",
        "Ansel Kobb",
        "sought",
        id="irregular-past-of-an-intention-verb",
    ),
    pytest.param(
        "Councillor Dara Pelt pointed out that the pier had been closed twice.",
        "that the pier had been closed twice",
        "Councillor Dara Pelt",
        "pointed out",
        id="phrasal-verb-of-saying",
    ),
    pytest.param(
        "Ansel Kobb sees the ferry plan as a waste of money.",
        "sees the ferry plan as a waste of money",
        "Ansel Kobb",
        "sees",
        id="object-with-an-as-predicate",
    ),
    pytest.param(
        "A new harbour survey shows a lead for Varn among ferry users.",
        ...,
        "A new harbour survey",
        "shows",
        id="a-survey-shows-a-noun-phrase",
    ),
    pytest.param(
        "This bridge, the engineer says, is different.",
        "This bridge, the engineer says, is different",
        "the engineer",
        ...,
        id="parenthetical-cue",
    ),
    pytest.param(
        "The board read Varn's claim that the bridge was safe.",
        "that the bridge was safe",
        "Varn",
        "claim",
        id="noun-of-speech-that",
    ),
    pytest.param(
        "Councillor Reye's criticism of the plan grew.",
        "criticism of the plan",
        "Councillor Reye",
        ...,
        id="noun-of-speech-of",
    ),
    pytest.param(
        "In an Orin Institute poll released Monday, 50 percent of respondents chose Varn.",
        "50 percent of respondents chose Varn",
        "an Orin Institute poll",
        ...,
        id="poll-as-source",
    ),
    pytest.param(
        "Orrin said on Friday during a news conference that he may wait until February.",
        "that he may wait until February",
        "Orrin",
        ...,
        id="that-clause-misattached-to-a-noun",
    ),
    pytest.param(
        "Outside the library the crowd chanted that the ferry was late until midnight.",
        ...,
        "the crowd",
        "chanted",
        id="a-crowd-chanting",
    ),
    pytest.param(
        "PORT VELLA, Ont. — Gov. Ansel Kobb on Thursday blamed the press for making a fuss about the ferry timetable.",
        ...,
        "Gov. Ansel Kobb",
        ...,
        id="a-dateline-is-no-source",
    ),
    pytest.param(
        "BRENNMOOR (Harbour News) - Ansel Kobb said he was unlikely to back the new ferry timetable.",
        ...,
        "Ansel Kobb",
        ...,
        id="a-dateline-with-an-agency",
    ),
    pytest.param(
        "Tomas Reye kept his pledge to rebuild the harbour wall.",
        "to rebuild the harbour wall",
        "his",
        "pledge",
        id="a-noun-of-intention-with-an-infinitive",
    ),
    pytest.param(
        "Ola Ruud stood by her decision to close the pier on Sundays.",
        "to close the pier on Sundays",
        "her",
        "decision",
        id="a-decision-held-by-someone",
    ),
    pytest.param(
        "Mayor Ilsa Varn is calling for the council to delay the vote on the harbour plan.",
        "the council to delay the vote on the harbour plan",
        "Mayor Ilsa Varn",
        "calling",
        id="called-for-someone-to-act",
    ),
    pytest.param(
        "The union pushed for the board to reopen the talks.",
        "the board to reopen the talks",
        "The union",
        "pushed",
        id="pushed-for-someone-to-act",
    ),
    pytest.param(
        "Ted Kobb accused her of lying about the harbour budget.",
        "accused her of lying about the harbour budget",
        "Ted Kobb",
        "accused",
        id="a-pronoun-object-with-of",
    ),
    pytest.param(
        "The harbour master thanked them for the new ferry timetable.",
        "thanked them for the new ferry timetable",
        "The harbour master",
        "thanked",
        id="a-pronoun-object-with-for",
    ),
    pytest.param(
        "Ola Ruud is confident that the pier will reopen in May.",
        "that the pier will reopen in May",
        "Ola Ruud",
        "confident",
        id="a-belief-through-an-adjective",
    ),
    pytest.param(
        "The board is eager to sell the old ferry.",
        "to sell the old ferry",
        "The board",
        "eager",
        id="an-intention-through-an-adjective",
    ),
    pytest.param(
        "Residents have been critical of the harbour plan.",
        "critical of the harbour plan",
        "Residents",
        "critical",
        id="an-adjective-with-its-phrase",
    ),
    pytest.param(
        "Of the pilots asked, nearly half, 48 percent, say the new ferry is unsafe.",
        "the new ferry is unsafe",
        "48 percent",
        "say",
        id="a-subject-the-parse-hung-on-a-phrase",
    ),
    pytest.param(
        "The Kestrels host the Gulls on Tuesday. Falk said goalie Eli Moen would start.",
        "goalie Eli Moen would start",
        "Falk",
        "said",
        id="a-role-noun-the-parse-takes-for-the-cue-s-complement",
    ),
    pytest.param(
        "Varn's pledges of support for the pier drew praise.",
        ...,
        "Varn",
        "pledges",
        id="a-plural-noun-of-speech",
    ),
]


@pytest.mark.parametrize("text, content, speaker, cue", CONSTRUCTIONS)
def test_construction(nlp, text, content, speaker, cue):
    q = only(found(nlp, text))
    assert content is ... or q.text == content
    assert speaker is ... or q.speaker == speaker
    assert cue is ... or q.cue == cue


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It was reported that the bridge had cracked.", id="passive-no-source"),
        pytest.param("The new ferry is expected to start in the spring.", id="passive-intention-no-source"),
        pytest.param("The harbour plan seems to be losing support.", id="raising-verb-no-source"),
        pytest.param("It appears that the council will delay the vote.", id="raising-verb-expletive-it"),
    ],
)
def test_a_view_nobody_holds_gives_no_quote(nlp, text):
    """A passive without agent or a raising verb with no one for subject: no
    quote, and no cut in the content of an attribution around it."""
    assert found(nlp, text) == []


def test_a_view_nobody_holds_does_not_cut_the_attribution_around_it(nlp):
    text = "In sum, 40 boats are expected to leave in May, according to two harbour pilots."
    q = only(found(nlp, text))
    assert (q.text, q.speaker) == ("In sum, 40 boats are expected to leave in May", "two harbour pilots")


def test_no_source_for_a_noun_nobody_holds(nlp):
    assert found(nlp, "The criticism of the plan grew.") == []


def test_offsets_into_the_article(nlp):
    q = only(found(nlp, "Mayor Ilsa Varn said that the bridge would reopen soon.", offset=120))
    assert (q.start, q.end) == (120 + 21, 120 + 54)
    assert (q.speaker_start, q.speaker_end) == (120, 135)


def test_tweet_markup_is_not_a_cue(nlp):
    assert found(nlp, '<tweet id="1" author="@ora">The pier opens today</tweet>.') == []


def test_two_attributions_in_one_sentence(nlp):
    quotes = found(
        nlp,
        "He said his attacks on Dorn have given his campaign momentum and said that Dorn did not represent the party.",
    )
    assert [q.text for q in quotes] == [
        "his attacks on Dorn have given his campaign momentum",
        "that Dorn did not represent the party",
    ]
    assert all(q.speaker == "He" for q in quotes)


def test_not_a_source_or_not_after_a_comma(nlp):
    # the subject is not someone who can say anything
    assert found(nlp, "Background checks add to the cost of every sale.") == []
    # "after half said so": the cue clause does not report the main clause
    quotes = found(nlp, "And 64 percent call him competent, after 55 percent said so.")
    assert not any(q.cue == "said" for q in quotes)
    assert [(q.text, q.cue) for q in quotes] == [("call him competent", "call")]  # "X call Y Z"


def test_nested_attribution_cuts_the_outer_content(nlp):
    quotes = found(
        nlp, "About 4 in 10 say they prefer an outsider, while about 4 in 10 say they want experience."
    )
    assert [q.text for q in quotes] == ["they prefer an outsider", "they want experience"]


def test_taken_spans_are_skipped(nlp):
    text = "Mayor Ilsa Varn said that the bridge would reopen soon."
    start = text.index("that")
    assert found(nlp, text, taken=[(start, len(text) - 1)]) == []
    # a short quoted word inside the content does not block it
    text = "Varn said the plan was a \u201cdisaster\u201d for the town."
    mark = text.index("\u201c")
    q = only(found(nlp, text, taken=[(mark, mark + 10)]))
    assert q.text == "the plan was a \u201cdisaster\u201d for the town"


def test_empty_doc(nlp):
    assert find_indirect(nlp("")) == []


@pytest.mark.parametrize(
    "text",
    [
        "\u201cWe will see,\u201d said Ora Quill.",
        "Ora Quill laughed.",
        "Ora Quill appeared on television on Monday.",
        "Ora Quill seemed tired.",
        "Ora Quill saw the film on Monday.",
        "Her decision on the port was costly.",
        "Her critics cited it as evidence.",
        "It is certain that the vote will be delayed.",
        "Tomas Reye was not sure whether the ferry would run.",
        "The council's refusal to fund the library angered residents.",
        "Kobb is sure to win the vote.",
        "Asked whether Kestrel Locks would let doors open offline, she smiled.",
        "Tomas Reye let the ferry leave early.",
    ],
)
def test_no_indirect_where_there_is_none(nlp, text):
    assert found(nlp, text) == []


def test_other_verb_with_a_that_clause(nlp):
    quotes = found(nlp, "Ilsa Varn recapitulated that the bridge would reopen.")
    assert [(q.text, q.confidence) for q in quotes] == [("that the bridge would reopen", 0.4)]


def test_other_verb_with_a_finite_clause_without_that(nlp):
    quotes = found(nlp, "Ilsa Varn figured the council owed her money.")
    assert [(q.text, q.cue) for q in quotes] == [("the council owed her money", "figured")]


def test_content_stops_before_a_long_quotation(nlp):
    text = "He says he respects Varn and calls her \u201can extremely able engineer with a long record.\u201d"
    mark = text.index("\u201c")
    q = only(found(nlp, text, taken=[(mark, len(text))]))
    assert q.text == "he respects Varn and calls her"


def test_span_input_keeps_article_offsets(nlp):
    doc = nlp("The ferry is late. Mayor Ilsa Varn said that the bridge would reopen soon.")
    sentence = list(doc.sents)[1]
    (from_span,) = find_indirect(sentence, offset=100)
    (from_doc,) = find_indirect(doc, offset=100)
    assert from_span == from_doc
    assert (from_span.start, from_span.end) == (100 + doc.text.index("that"), 100 + len(doc.text) - 1)


def test_a_quotation_completing_the_clause_is_not_cut_off(nlp):
    text = "The ministry said that the tests were \u201centirely routine and long planned by the navy.\u201d"
    mark = text.index("\u201c")
    q = only(found(nlp, text, taken=[(mark, len(text))]))  # a mixed quote, kept whole
    assert q.text == "that the tests were \u201centirely routine and long planned by the navy.\u201d"


def test_single_word_content_is_not_an_indirect_quote(nlp, seeds_dir):
    """Seed 003 once gave "think" (of a think tank) as an indirect quote."""
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for quote in extract_quotes(text, nlp=nlp):
            if quote.kind == "indirect":
                assert len(quote.text.split()) >= 2, (path.name, quote.start, quote.text)


def test_a_participle_on_a_time_phrase_speaks_for_the_clause_subject(nlp):
    text = "Kobb has fought the mayor over the budget, at one point calling the mayor a liar at a meeting."
    q = only(found(nlp, text, offset=30))
    assert q.cue == "calling" and q.speaker == "Kobb"
    assert (q.speaker_start, q.speaker_end) == (30, 34)


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        (
            "Of the voters polled, 40 percent said yes, compared with 12 percent who said the plan was a mistake.",
            "the plan was a mistake",
            "12 percent",
        ),
        ("Most voters who said the pier mattered chose Varn.", "the pier mattered", "voters"),
    ],
)
def test_a_group_for_who(text, content, speaker):
    quote = next(q for q in extract_quotes(text) if q.kind == "indirect")
    assert (quote.text, quote.speaker) == (content, speaker)
    assert text[quote.start : quote.end] == quote.text


def test_a_view_nobody_holds_is_not_stored():
    """``The ferry is expected to start``: no one is said to expect it, so it is
    nobody's words (the raising or passive cue gives a quote only with a source)."""
    quotes = extract_quotes("The ferry is expected to start in the spring. Ola Ruud is expected to resign.")
    assert [q for q in quotes if q.kind == "indirect" and q.speaker is None] == []
