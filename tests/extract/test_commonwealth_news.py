"""Attribution in British, Irish, Australian, Indian and Canadian news
conventions (single quotation marks, titles without full stops, council,
court and police copy), one row per construction, on texts written for the
test about fictional people."""

from __future__ import annotations

import pytest
from extract_checks import fields, one

from quotes.extract.quotemarks import find_quoted

SPEAKERS = [
    pytest.param(
        "Cllr Ruth Danby said the plan was flawed. ‘It will not pass,’ Cllr Danby said.",
        "It will not pass",
        {"speaker": "Ruth Danby", "kind": "direct"},
        id="a-councillor-titled-without-a-full-stop",
    ),
    pytest.param(
        "Det Insp Mark Ellby, of Westmoor Police, said two men had been arrested.\n\n"
        "Det Insp Ellby added: ‘Our inquiries are ongoing.’",
        "Our inquiries are ongoing",
        {"speaker": "Mark Ellby", "role": "Det Insp", "affiliation": "Westmoor Police"},
        id="police-ranks-without-full-stops-before-a-surname",
    ),
    pytest.param(
        "Supt Clara Wend said patrols would be stepped up.",
        "patrols would be stepped up",
        {"speaker": "Clara Wend", "role": "Supt"},
        id="a-superintendent-without-a-full-stop",
    ),
    pytest.param(
        "Coun. Ray Okoro said council had been warned. “This did not come out of nowhere,” Coun. Okoro said.",
        "This did not come out of nowhere",
        {"speaker": "Ray Okoro"},
        id="a-canadian-councillor-before-a-surname",
    ),
    pytest.param(
        "Ansel Kobb was elected in May.\n\n“The bridge will reopen soon,” President Kobb said.",
        "The bridge will reopen soon",
        {"speaker": "Ansel Kobb"},
        id="a-title-before-a-surname-named-earlier-without-it",
    ),
    pytest.param(
        "Cllr Owen Pryde, the cabinet member for transport, said he was disappointed.",
        "he was disappointed",
        {"speaker": "Owen Pryde", "role": "cabinet member for transport"},
        id="a-councillor-s-post-in-apposition-is-the-role",
    ),
    pytest.param(
        "A spokesperson for Kelmoor District Council said: ‘We note the decision.’",
        "We note the decision",
        {"speaker": "Kelmoor District Council", "affiliation": "Kelmoor District Council"},
        id="the-council-a-spokesperson-speaks-for",
    ),
    pytest.param(
        "“We welcome the outcome,” a spokesman for Dunmore Fire Brigade said.",
        "We welcome the outcome",
        {"speaker": "Dunmore Fire Brigade", "affiliation": "Dunmore Fire Brigade"},
        id="the-fire-brigade-a-spokesman-speaks-for",
    ),
    pytest.param(
        "A Hartfield NHS Trust spokesman said plans were in place to keep emergency care running.",
        "plans were in place",
        {"affiliation": "Hartfield NHS Trust", "speaker_kind": "anonymous"},
        id="the-trust-named-before-the-spokesman",
    ),
    pytest.param(
        "Coroner Dr Ana Voss recorded a conclusion of accidental death.\n\n"
        "In a statement after the hearing, the family said: ‘We hope no other family goes through this.’",
        "We hope no other family",
        {"speaker": "family", "speaker_kind": "group"},
        id="the-family-is-a-group-not-the-coroner",
    ),
    pytest.param(
        "Tom Hale was fined €2,000.\n\nCounsel for Mr Hale, Ms Aoife Brann BL, said her client was sorry.",
        "her client was sorry",
        {"speaker": "Aoife Brann", "role": "Counsel for Mr Hale"},
        id="counsel-with-no-article-before-a-name-with-letters-after-it",
    ),
    pytest.param(
        "Gareth Lowe MP, the Conservative MP for Kelmoor, said he would write to the minister.",
        "he would write to the minister",
        {"speaker": "Gareth Lowe", "role": "Conservative MP"},
        id="a-member-of-parliament-with-letters-after-the-name",
    ),
    pytest.param(
        "In a post on social media, the local MPP, Lise Caro, wrote that the province would send engineers.",
        "the province would send engineers",
        {"speaker": "Lise Caro", "speaker_kind": "person", "role": "local MPP"},
        id="a-lawmaker-s-letters-are-no-body",
    ),
    pytest.param(
        "Senior coroner Dr Miriam Attwell recorded a conclusion of accidental death. "
        "She said the fencing had not been repaired.",
        "the fencing had not been repaired",
        {"speaker": "Miriam Attwell", "role": "Senior coroner"},
        id="a-post-before-a-doctor-s-title-is-the-role",
    ),
    pytest.param(
        "The plant will grow by half, managing director Rajiv Menan said in a statement.",
        "The plant will grow by half",
        {"speaker": "Rajiv Menan", "role": "managing director"},
        id="a-managing-director",
    ),
    pytest.param(
        "Mayor Dale Henn told reporters Thursday the town was doing everything it could.",
        "the town was doing",
        {"speaker": "Dale Henn", "text": "the town was doing everything it could"},
        id="a-day-without-on-is-when-not-what-was-said",
    ),
    pytest.param(
        "Patient Derek Yeo, 74, said: ‘I have waited eleven months.’",
        "I have waited eleven months",
        {"speaker": "Derek Yeo", "role": "Patient"},
        id="a-patient-before-a-name",
    ),
    pytest.param(
        "Derek Yeo has waited a year.\n\nMr Yeo's daughter, Kerry, said the family was at the end of its tether.",
        "the family was at the end",
        {"speaker": "Kerry", "role": "Mr Yeo's daughter"},
        id="a-relative-of-someone-with-a-courtesy-title",
    ),
    pytest.param(
        "Leader of the Opposition Harish Verma said the increase would hit the poorest households.",
        "the increase would hit",
        {"speaker": "Harish Verma", "role": "Leader of the Opposition"},
        id="leader-of-the-opposition-before-a-name",
    ),
    pytest.param(
        "Conservative MP for North Wexley, Gail Forde, said early release would be extended.",
        "early release would be extended",
        {"speaker": "Gail Forde", "role": "Conservative MP"},
        id="a-member-for-a-seat-with-no-article-before-a-name",
    ),
    pytest.param(
        "A Garda spokesperson said the driver of the car was uninjured.",
        "the driver of the car was uninjured",
        {"affiliation": "Garda", "speaker_kind": "anonymous"},
        id="the-irish-police-named-before-the-spokesperson",
    ),
    pytest.param(
        "Council leader Cllr Amrit Sandhu said the review made uncomfortable reading.",
        "the review made uncomfortable reading",
        {"speaker": "Amrit Sandhu", "role": "Council leader"},
        id="a-post-before-a-councillor-s-title-is-the-role",
    ),
    pytest.param(
        "The review's author, Prof Lena Okafor, said in the report that investment was needed.",
        "investment was needed",
        {"speaker": "Lena Okafor", "cue": "said"},
        id="the-report-she-said-it-in-is-not-the-source",
    ),
    pytest.param(
        "Headteacher Mrs Claire Dunmow said the school was at the heart of the community.",
        "the school was at the heart",
        {"speaker": "Claire Dunmow", "role": "Headteacher"},
        id="a-courtesy-title-between-the-post-and-the-name",
    ),
    pytest.param(
        "Parent Jason Whitlaw said: “Nobody has explained what viability means.”",
        "Nobody has explained",
        {"speaker": "Jason Whitlaw", "role": "Parent"},
        id="a-parent-before-a-name",
    ),
]


@pytest.mark.parametrize("text, words, expected", SPEAKERS)
def test_who_said_it(quotes_of, text, words, expected):
    quote = one(quotes_of(text), words)
    assert fields(quote, expected) == expected


def test_an_apostrophe_inside_a_word_does_not_close_a_single_quote():
    text = "Ola Brekk, a farmer, was angry. ‘We’re not going anywhere,’ she said. ‘It’s our land.’"
    assert [text[s.start : s.end] for s in find_quoted(text)] == [
        "We’re not going anywhere",
        "It’s our land.",
    ]


def test_a_single_quote_over_several_paragraphs_is_one_span():
    text = (
        "Det Insp Ada Rook said: ‘This was a shocking attack.\n\n"
        "‘I would urge anyone who saw it to come forward.\n\n"
        "‘Even the smallest detail could help.’\n\nTwo men were arrested."
    )
    (span,) = find_quoted(text)
    assert span.paragraphs == 3
    assert text[span.start : span.end].startswith("This was a shocking attack.")
    assert text[span.start : span.end].endswith("could help.")


def test_a_double_quote_inside_a_single_one_belongs_to_it():
    text = 'Derek Yeo said: ‘My doctor said to me, "There is nothing more I can do." So I wait.’'
    assert [text[s.start : s.end] for s in find_quoted(text)] == [
        'My doctor said to me, "There is nothing more I can do." So I wait.'
    ]


SINGLE_MARKS = [
    pytest.param(
        "Judge Ada Merrit said the offending was 'a gross breach of trust'. "
        "'The victims trusted you completely,' Judge Merrit said.",
        ["a gross breach of trust", "The victims trusted you completely"],
        id="a-partial-and-a-direct-quote",
    ),
    pytest.param(
        "Outside court, Shirl Vane said: 'We are relieved it's over. But the money is gone.'",
        ["We are relieved it's over. But the money is gone."],
        id="an-apostrophe-inside-a-word-goes-on",
    ),
    pytest.param(
        "Two men held\n\nDet Sgt Amy Koh said: 'This was a shocking attack.\n\n'Anyone who saw it should call us.'",
        ["This was a shocking attack.\n\n'Anyone who saw it should call us."],
        id="a-quote-over-two-paragraphs",
    ),
    pytest.param(
        "He loves rock 'n' roll and the '90s. The nurses' union said the members' vote was due.",
        [],
        id="apostrophes-are-no-quotes",
    ),
    pytest.param(
        "And how ‘bout this headline: “Thefts alter residents’ routines.” The town will cope.",
        ["Thefts alter residents’ routines."],
        id="an-elision-mark-crossing-a-double-quote-opens-none",
    ),
    pytest.param(
        "Mayor Says Bridge Will Be 'Safe and Fast.'\n\nThe mayor of Vell opened the bridge on Monday.",
        [],
        id="not-in-a-headline",
    ),
    pytest.param(
        "Kell Park, she said.\n\n'Pretty cool working there.'\n\nOn a rainy Thursday the plant closed.",
        [],
        id="not-a-subhead-alone-on-its-line",
    ),
]


@pytest.mark.parametrize("text, quoted", SINGLE_MARKS)
def test_quotes_in_single_marks(text, quoted):
    assert [text[s.start : s.end] for s in find_quoted(text)] == quoted


def test_a_paraphrase_ending_in_a_single_quoted_partial_holds_it(quotes_of):
    text = "Fire officer Siobhan Kean told Judge Conor Madd that tenants had been ‘living in a trap’."
    quotes = quotes_of(text)
    paraphrase = one([q for q in quotes if q.kind == "indirect"], "tenants had been")
    partial = one(quotes, "living in a trap")
    assert paraphrase.text == "that tenants had been ‘living in a trap’"
    assert (partial.kind, partial.within) == ("partial", (paraphrase.start, paraphrase.end))


def test_each_paragraph_of_a_single_quoted_statement_is_the_speaker_s(quotes_of):
    text = (
        "Det Insp Ada Rook, of Westmoor Police, said: ‘This was a shocking attack on a man walking home.\n\n"
        "‘I would urge anyone who was on Wharf Lane on Sunday to come forward.\n\n"
        "‘Even the smallest detail could help.’"
    )
    quotes = quotes_of(text)
    for words in ("This was a shocking attack", "I would urge anyone", "Even the smallest detail"):
        quote = one(quotes, words)
        assert (quote.kind, quote.speaker, quote.cue) == ("direct", "Ada Rook", "said")
