"""A participle of saying after a comma closing a reported clause
(quotes.extract.trailing_participles): a report of its own by the same
speaker, which ends the clause before it; on texts written for the test about
fictional people."""

from __future__ import annotations

import pytest

SPLIT = [
    pytest.param(
        "Mayor Ann Kobb said the bridge would reopen in May, arguing that the delays were caused by the weather.",
        "the bridge would reopen in May",
        "arguing",
        "Ann Kobb",
        id="arguing-that-after-the-clause-of-said",
    ),
    pytest.param(
        "Analysts said demand for the ferries had fallen, citing weak exports to the islands.",
        "demand for the ferries had fallen",
        "citing",
        "Analysts",
        id="citing-hung-on-the-verb-of-the-clause-is-the-speaker-s",
    ),
    pytest.param(
        "Sen. Ola Ruud said he did not believe the cuts had hurt the party in 2012, arguing that the split "
        "in the party was a bigger hurdle.",
        "he did not believe the cuts had hurt the party in 2012",
        "arguing",
        "Ola Ruud",
        id="arguing-hung-on-a-verb-two-clauses-down",
    ),
]


@pytest.mark.parametrize(("text", "clause", "participle", "speaker"), SPLIT)
def test_the_participle_ends_the_clause_and_reports_for_the_speaker(
    quotes_of, text, clause, participle, speaker
):
    quotes = quotes_of(text)
    said = next(q for q in quotes if q.kind == "indirect" and q.cue == "said")
    assert said.text == clause
    reported = next(q for q in quotes if q.cue == participle)
    assert reported.speaker == speaker
    assert reported.start > said.end


LEFT_WHOLE = [
    pytest.param(
        "Ola Ruud said he would publish his returns on Friday, calling them “very boring returns” "
        "because “I am one of the poorer members of the council.”",
        "I am one of the poorer members",
        id="quoted-words-in-the-participle-s-clause",
    ),
    pytest.param(
        "Ola Ruud said the panel would meet again, asking members to bring their notes.",
        "asking members",
        id="a-participle-of-asking-reports-no-view",
    ),
    pytest.param(
        "Ola Ruud said the remark seemed unkind, considering the council is reviewing the charter.",
        "considering the council",
        id="considering-after-a-comma-is-given-that",
    ),
    pytest.param(
        "Analysts said demand for the ferries had fallen, arguing that ‘the islands are poorer now’.",
        "the islands are poorer now",
        id="words-in-single-quotation-marks-in-the-participle-s-clause",
    ),
    pytest.param(
        "Officials said the minister Ola Brandt had resigned on Friday, citing health reasons.",
        "citing health reasons",
        id="a-person-subject-of-the-clause-may-be-who-cites",
    ),
    pytest.param(
        "Witnesses said the gunman fired into the air, shouting that he would come back.",
        "shouting that he would come back",
        id="a-person-s-noun-subject-of-the-clause-may-be-who-shouts",
    ),
]


@pytest.mark.parametrize(("text", "kept"), LEFT_WHOLE)
def test_the_clause_is_left_whole(quotes_of, text, kept):
    said = next(q for q in quotes_of(text) if q.kind == "indirect" and q.cue == "said")
    assert kept in said.text or any(kept in q.text for q in quotes_of(text) if q.kind != "indirect")


def test_a_participle_describing_a_noun_gives_its_words_to_no_one_new(quotes_of):
    text = (
        "The mayor's office rejected a lawsuit filed by a former clerk alleging that the mayor broke the law, "
        "calling it baseless."
    )
    speakers = {q.speaker for q in quotes_of(text) if q.cue == "calling"}
    assert "lawsuit" not in speakers
