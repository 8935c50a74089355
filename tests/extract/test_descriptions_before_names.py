"""A description before a name in apposition, as the subject of a speech
verb, as wire and radio news write it: the speaker is the name, the
description its role and affiliation. One row per construction, and rows of
the neighbouring constructions left alone, on texts written for the test
about fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

NAMED_AFTER_DESCRIPTIONS = [
    pytest.param(
        "But the UN's deputy envoy to Vell, Ola Brenne, says he is not worried.",
        "he is not worried",
        {"speaker": "Ola Brenne", "role": "deputy envoy to Vell", "affiliation": "UN"},
        id="an-envoy-to-a-place-named-in-apposition",
    ),
    pytest.param(
        "The Kessock ambassador to Vell, Tomas Ruud, said the border would reopen.",
        "the border would reopen",
        {"speaker": "Tomas Ruud"},
        id="an-ambassador-to-a-place-named-in-apposition",
    ),
    pytest.param(
        "The Foreign Minister, Dr Brenne, said an agreement was close.",
        "an agreement was close",
        {"speaker": "Brenne", "role": "Foreign Minister"},
        id="a-post-and-a-title-with-a-surname-in-apposition",
    ),
    pytest.param(
        "The Foreign Minister, Dr Brenne, appeared to be ending the confusion, saying an agreement "
        'was close. "There is already an agreement," he said.',
        "There is already an agreement",
        {"speaker": "Brenne"},
        id="he-after-a-post-and-a-titled-surname-in-apposition",
    ),
    pytest.param(
        "Head of the Vellmark Grain and Timber Council, Ola Brenne, says firms have cut costs.",
        "firms have cut costs",
        {"speaker": "Ola Brenne", "role": "Head", "affiliation": "Vellmark Grain and Timber Council"},
        id="the-head-of-a-body-whose-name-holds-and",
    ),
    pytest.param(
        "Chairman of the Vell Farmers and Graziers Association, Tom Brenne, said the rain had come too late.",
        "the rain had come too late",
        {"speaker": "Tom Brenne", "affiliation": "Vell Farmers and Graziers Association"},
        id="the-chairman-of-a-body-whose-name-holds-and",
    ),
]

#: A town and its region after a preposition: no person's name.
TOWNS_AND_REGIONS = [
    pytest.param(
        "A regular visitor to Dunmarra, West Tollan, says the harbour is silting up.",
        "the harbour is silting up",
        {"speaker": "regular visitor", "speaker_kind": "anonymous"},
        id="a-town-and-its-compass-region-after-to",
    ),
    pytest.param(
        "Tollan's envoy to Dunmarra, New Brisk, says the talks will resume in spring.",
        "the talks will resume in spring",
        {"speaker": "Tollan's envoy"},
        id="a-town-and-its-new-region-after-an-envoy-to",
    ),
    pytest.param(
        "A baker in Dunmarra, Orle County, says flour prices doubled.",
        "flour prices doubled",
        {"speaker": "baker", "speaker_kind": "anonymous"},
        id="a-town-and-its-county-after-in",
    ),
    pytest.param(
        "A regular visitor to Dunmarra, Petra West, says the harbour is silting up.",
        "the harbour is silting up",
        {"speaker": "Petra West", "role": "regular visitor to Dunmarra", "affiliation": None},
        id="a-person-with-a-compass-surname-after-a-town-is-a-person",
    ),
    pytest.param(
        "The mayor of Dunmarra, Ivo Strand, says the harbour is silting up.",
        "the harbour is silting up",
        {"speaker": "Ivo Strand", "role": "mayor", "affiliation": "Dunmarra"},
        id="the-mayor-of-a-town-named-in-apposition",
    ),
]

#: A titled surname after a post that a list goes on after: no apposition.
LISTS_AFTER_TITLED_SURNAMES = [
    pytest.param(
        "The secretary, Mrs Lunde, Mr Falk and the auditor all said the accounts were sound.",
        "the accounts were sound",
        {"speaker": "secretary", "speaker_kind": "anonymous"},
        id="a-titled-surname-then-another-name-in-a-list",
    ),
    pytest.param(
        "The trainer, Mrs Lunde, and the captain said the team was ready.",
        "the team was ready",
        {"speaker": "trainer", "speaker_kind": "anonymous"},
        id="a-titled-surname-then-and-in-a-list",
    ),
    pytest.param(
        "The harbour master, Mr Falk, told the council the boat was ready.",
        "the boat was ready",
        {"speaker": "Falk", "role": "harbour master"},
        id="a-titled-surname-in-apposition-before-its-verb",
    ),
]

#: A titled person after ``the`` joined by ``and`` to the people of a body: a person.
TITLED_PEOPLE_AND_BODIES = [
    pytest.param(
        'The vigil was led by the Reverend Ilse Marten and Trust volunteers. "We stand together," '
        "Marten said.",
        "We stand together",
        {"speaker": "Ilse Marten", "role": "Reverend"},
        id="a-titled-person-and-the-people-of-a-body",
    ),
    pytest.param(
        "The visit was led by the Hon Petra Lunde and Assembly staff. Lunde said the visit was useful.",
        "the visit was useful",
        {"speaker": "Hon Petra Lunde"},
        id="an-honourable-person-and-the-staff-of-a-body",
    ),
    pytest.param(
        "The plan was backed by the Orvik Timber and Grain Council. Petra Lunde said the plan was late.",
        "the plan was late",
        {"speaker": "Petra Lunde"},
        id="a-body-whose-name-holds-and-after-the",
    ),
]

#: A post given with ``to``: whom or where it serves stays in the role, no affiliation.
POSTS_GIVEN_WITH_TO = [
    pytest.param(
        "The Dunmarra ambassador to Tollan, Ivo Strand, said the border would reopen.",
        "the border would reopen",
        {"speaker": "Ivo Strand", "role": "Dunmarra ambassador to Tollan", "affiliation": None},
        id="an-ambassador-to-a-country-is-not-its-own",
    ),
    pytest.param(
        "The successor to Petra Lunde, Ivo Strand, said the budget was tight.",
        "the budget was tight",
        {"speaker": "Ivo Strand", "role": "successor to Petra Lunde", "affiliation": None},
        id="a-successor-to-a-person",
    ),
    pytest.param(
        "The adviser to Mayor Petra Lunde, Ivo Strand, said the budget was tight.",
        "the budget was tight",
        {"speaker": "Ivo Strand", "affiliation": None},
        id="an-adviser-to-a-titled-person",
    ),
    pytest.param(
        "A spokesman for the Orle Harbour Board, Ivo Strand, said the budget was tight.",
        "the budget was tight",
        {"speaker": "Ivo Strand", "role": "spokesman", "affiliation": "Orle Harbour Board"},
        id="a-spokesman-for-a-body-keeps-its-affiliation",
    ),
]

NO_CLOSING_COMMA = [
    pytest.param(
        "Storms hit the coast near where Ansel Kobb lives. The chairman of the Vell Harbour Board, "
        'General Tomas Ruud says the crews are ready. "They are ready for anything," he said.',
        "They are ready for anything",
        {"speaker": "Tomas Ruud", "role": "chairman"},
        id="a-titled-name-apposed-to-a-description-with-no-closing-comma-before-says",
    ),
    pytest.param(
        "The chairman of the Vell Harbour Board, General Tomas Ruud says the crews are ready.",
        "the crews are ready",
        {"speaker": "Tomas Ruud", "role": "chairman", "affiliation": "Vell Harbour Board"},
        id="its-indirect-quote-is-the-names",
    ),
]

LEFT_ALONE = [
    pytest.param(
        "Asked about the chairman of the Vell Harbour Board, Admiral Tomas Ruud said the crews were ready.",
        "the crews were ready",
        {"speaker": "Tomas Ruud", "role": "Admiral"},
        id="a-description-in-an-opening-phrase-is-no-speakers-post",
    ),
    pytest.param(
        "A salesman from Kessock, South Vell, says prices rose.",
        "prices rose",
        {"speaker": "salesman"},
        id="a-town-and-its-region-after-from-are-no-name",
    ),
    pytest.param(
        "The mayor sent a note to the chief executive, Ola Brenne, and the clerk said it was late.",
        "it was late",
        {"speaker": "clerk"},
        id="a-note-to-a-post-named-in-apposition-is-no-description-of-the-speaker",
    ),
    pytest.param(
        "Unlike the minister, Dr Brenne said the deal was close.",
        "the deal was close",
        {"speaker": "Brenne", "role": None},
        id="a-titled-surname-after-a-phrase-is-the-subject-itself",
    ),
    pytest.param(
        "Ola Brenne and Tomas Ruud met in Vell. Ola Brenne said the talks went well.",
        "the talks went well",
        {"speaker": "Ola Brenne"},
        id="two-people-joined-by-and-stay-people",
    ),
]


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    NAMED_AFTER_DESCRIPTIONS
    + TOWNS_AND_REGIONS
    + LISTS_AFTER_TITLED_SURNAMES
    + TITLED_PEOPLE_AND_BODIES
    + POSTS_GIVEN_WITH_TO
    + NO_CLOSING_COMMA
    + LEFT_ALONE,
)
def test_the_name_apposed_to_a_description_speaks(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


def test_a_list_of_posts_ending_in_a_name_is_no_description_of_it(quotes_of):
    """Three people, the last named: the first one's post is not hers."""
    text = "The head of the union, the mayor and bishop Ana Berg said the festival would go ahead."
    quote = one(quotes_of(text), "the festival would go ahead")
    assert (quote.speaker, quote.role) != ("Ana Berg", "head of the union")
