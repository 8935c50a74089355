"""A headline's topic before a colon (quotes.extract.topic_colons): ``Festival:
Chief Imam charges``, where the parse hangs the subject on the topic; on
texts written for the test about fictional people."""

from __future__ import annotations


def test_the_subject_after_the_topic_speaks(quotes_of):
    text = "Budget: Mayor Ann Holt warns council of ‘deep cuts’\n\nThe council met on Monday.\n"
    headline = next(q for q in quotes_of(text) if q.text == "deep cuts")
    assert headline.speaker == "Ann Holt"


def test_a_colon_inside_a_sentence_names_no_speaker(quotes_of):
    text = (
        "Senator Ola Ruud is proud of what he tried to block. And he boasts about them on the trail: "
        "the war, the bailout and the surveillance act, which he said were mistakes."
    )
    speakers = {q.speaker for q in quotes_of(text) if q.cue == "boasts"}
    assert speakers and not any("war" in (speaker or "") for speaker in speakers)
