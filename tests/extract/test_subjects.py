"""Who a cue's subject is (quotes.extract.subjects), on parses built by hand
where the small model's parse is the point."""

from __future__ import annotations

import pytest
from extract_checks import one
from spacy.tokens import Doc

from quotes.extract.quotemarks import SpanIndex
from quotes.extract.subjects import cue_speaker


def test_a_day_before_the_cue_is_skipped_for_the_name_before_it(nlp):
    # a parse that gives "called" no subject, as the small model does on
    # "..., who Venn on Wednesday called ...": the word before the cue is the day
    words = ["Ire", "went", "to", "Orrin", ",", "who", "Venn", "on", "Wednesday", "called", "rude", "."]
    heads = [1, 1, 1, 2, 3, 3, 3, 6, 7, 3, 9, 1]
    deps = ["nsubj", "ROOT", "prep", "pobj", "punct", "dep", "relcl", "prep", "pobj", "acl", "oprd", "punct"]
    pos = ["NOUN", "VERB", "ADP", "PROPN", "PUNCT", "PRON", "PROPN", "ADP", "PROPN", "VERB", "ADJ", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    mention = cue_speaker(doc[9], SpanIndex(), 0, strict=False)
    assert mention is not None and doc.text[mention[0] : mention[1]] == "Venn"


RELATIVES_AFTER_A_DATE = [
    pytest.param(
        "Fees\n\nHe cited a circular issued by the Kell Education Board in March, which states that "
        '"no school shall levy any charge without approval".\n',
        "no school shall levy",
        "Kell Education Board",
        id="a-circular-issued-by-a-board-in-a-month",
    ),
    pytest.param(
        "Fees\n\nShe quoted a report by the Vell Housing Trust on Monday, which said rents were "
        '"out of reach for most families".\n',
        "out of reach",
        "Vell Housing Trust",
        id="a-report-by-a-trust-on-a-day",
    ),
    pytest.param(
        "Fees\n\nAda Venn, who joined the Kell Education Board in March, said the levy was "
        '"against every rule we have".\n',
        "against every rule",
        "Ada Venn",
        id="a-person-who-joined-in-a-month",
    ),
    pytest.param(
        "Shifts\n\nThe nurses pointed to a pact signed with the Orrin Care Trust in April, which states that "
        'staff "shall not work more than 12 hours".\n',
        "shall not work",
        "Orrin Care Trust",
        id="a-pact-signed-with-a-trust-in-a-month",
    ),
    pytest.param(
        "Schools\n\nShe cited guidance from the ministry in June, which says that parents "
        '"must be consulted".\n',
        "must be consulted",
        "ministry",
        id="which-after-a-date-hung-on-the-verb",
    ),
    pytest.param(
        "Trains\n\nOrrin Rail was fined by the watchdog on Friday, which said its delays were "
        '"beyond excuse".\n',
        "beyond excuse",
        "watchdog",
        id="a-body-fined-by-a-watchdog-on-a-day",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), RELATIVES_AFTER_A_DATE)
def test_a_relative_after_a_date_is_the_maker_s_not_the_date_s(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


def test_a_relative_after_a_date_after_another_preposition_is_no_one_s(quotes_of):
    text = (
        "Road\n\nShe pointed to a letter to the mayor in May, which said the road "
        '"will stay shut all summer".\n'
    )
    assert one(quotes_of(text), "will stay shut").speaker not in ("May", "mayor")


def test_a_relative_on_a_year_is_the_year_s(quotes_of):
    text = "Vote\n\nAda Venn won, defeating Republican Ola Berg in a wave year that saw the party take over the House.\n"
    assert not [q for q in quotes_of(text) if q.speaker == "Ola Berg"]


PEOPLE_CALLED_AS_MONTHS = [
    pytest.param(
        'Talks\n\nThe talks are off, said May, who added that the offer was "an insult".\n',
        "that the offer was",
        id="said-may-who-added",
    ),
    pytest.param(
        'Fans\n\nSinger April Tarr thanked fans in a message to April, who said she was "thrilled".\n',
        "she was",
        id="a-message-to-april-who-said",
    ),
]


@pytest.mark.parametrize(("text", "words"), PEOPLE_CALLED_AS_MONTHS)
def test_a_month_word_with_no_word_of_time_before_it_is_a_person(quotes_of, text, words):
    found = [q for q in quotes_of(text) if q.kind == "indirect" and words in text[q.start : q.end]]
    assert found and found[0].speaker not in ("which", "who", None)
