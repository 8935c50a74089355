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


#: A lower-case word in ``-ly`` that the parse makes a cue's subject is an
#: adverb, never a speaker; a noun in ``-ly`` still is one.
ADVERBS_AS_SUBJECTS = [
    pytest.param(
        "Sale\n\nAt the sale of a brick house on Wren Lane, I counted 9 bidders for a flat with a leaking roof "
        "and what the agency’s listing coyly called “original charm throughout”. It sold for $900,000.\n",
        "original charm throughout",
        id="coyly-called",
    ),
]


@pytest.mark.parametrize(("text", "words"), ADVERBS_AS_SUBJECTS)
def test_an_adverb_in_ly_is_never_a_speaker(quotes_of, text, words):
    quotes = [q for q in quotes_of(text) if words in q.text]
    assert all(q.speaker is None or not q.speaker.endswith("ly") for q in quotes)


NOUNS_IN_LY = [
    pytest.param(
        'Flood\n\n"We lost everything," the family said.\n', "We lost everything", "family", id="family"
    ),
    pytest.param(
        'Race\n\n"The count is far from over," the weekly said.\n', "The count is far", "weekly", id="weekly"
    ),
    pytest.param(
        'March\n\nA rally on the green on Sunday had one message: "Save the pier."\n',
        "Save the pier",
        "rally",
        id="rally",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), NOUNS_IN_LY)
def test_a_noun_in_ly_stays_a_speaker(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


#: A name the parse hangs the cue on as a modifier (``blasted Vale``) is the
#: cue's object; the speaker is the name before the cue, past an age set off
#: by commas (``Nell Orr, 52, blasted``).
CUE_TAKEN_INTO_A_NAME = [
    pytest.param(
        'Split\n\nHer mum was not so forgiving. Speaking on her podcast "Mum\'s the Word", Nell Orr, 52, '
        'blasted Vale as "a coward with a good haircut".\n',
        "a coward with a good haircut",
        "Nell Orr",
        id="an-age-between-the-name-and-the-cue",
    ),
    pytest.param(
        'Split\n\nNell Orr, 52, blasted Dunmore as "a coward with a nice car".\n',
        "a coward with a nice car",
        "Nell Orr",
        id="the-parse-gives-the-subject",
    ),
    pytest.param(
        'Tax\n\nExperts doubt the plan. Said Ada Venn: "I do not get the sense she cares about reform."\n',
        "I do not get the sense",
        "Ada Venn",
        id="an-inverted-name-after-the-cue-ending-the-clause",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CUE_TAKEN_INTO_A_NAME)
def test_a_cue_taken_into_a_name_leaves_the_name_its_object(quotes_of, text, words, speaker):
    assert one(quotes_of(text), words).speaker == speaker


def test_a_prize_named_between_a_person_and_a_pronoun_is_nobody_the_pronoun_stands_for(quotes_of):
    text = (
        "Glass Bay\n\nThe novel follows four sisters running a bakery by the sea. It was shortlisted this month "
        "for the Kestrel Prize for Fiction.\n\nTomas Brell, who reviewed her debut for a weekly paper in 2015, "
        'asked whether success had changed her.\n\n"You were very private when your first book came out," '
        "he said.\n"
    )
    assert one(quotes_of(text), "You were very private").speaker != "Kestrel Prize"
