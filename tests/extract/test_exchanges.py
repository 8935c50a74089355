"""Quotes of an exchange (quotes.extract.exchanges): an answer whose pronoun
went to the asker is the words of whom the question was put to; on texts
written for the test about fictional people."""

from __future__ import annotations

import pytest

ANSWERS = [
    pytest.param(
        'Coach Dale Rourke praised his goalie, Tyson Nwankwo. "He was a wall," Rourke said.\n\n'
        "In the dressing room, one reporter put it to Nwankwo directly: “Is this the best game you have "
        "ever played?”\n\n“Probably,” he said, laughing. “Ask me tomorrow.”",
        ["Probably", "Ask me tomorrow."],
        "Tyson Nwankwo",
        id="put-it-to-a-name-the-article-gave-in-full",
    ),
    pytest.param(
        'Ferry boss Brendan Oakes defended the cuts. "We had no choice," Oakes said.\n\n'
        "At a heated meeting, Oakes was challenged by one resident: “Why should we believe you?”\n\n"
        "“Because the numbers are on the table,” he replied.",
        ["Because the numbers are on the table"],
        "Brendan Oakes",
        id="challenged-by-a-resident",
    ),
    pytest.param(
        '"It is painful but necessary," said Presiding Bishop Lorna Ade-Kent.\n\n'
        'A letter from Bishop Emeritus Howard Lind, 91, was read. "Go in peace," Lind wrote.\n\n'
        'At a news conference, a reporter asked Ade-Kent: "Is this the end of the Fellowship?"\n\n'
        '"No," the bishop said. "It is the end of pretending."',
        ["No", "It is the end of pretending."],
        "Lorna Ade-Kent",
        id="answered-by-the-noun-of-her-post",
    ),
]


@pytest.mark.parametrize(("text", "answers", "speaker"), ANSWERS)
def test_an_answer_is_the_words_of_whom_the_question_was_put_to(quotes_of, text, answers, speaker):
    quotes = {q.text: q for q in quotes_of(text)}
    assert [quotes[words].speaker for words in answers] == [speaker] * len(answers)


def test_a_question_to_no_one_named_keeps_the_asker(quotes_of):
    text = (
        "Ferry boss Brendan Oakes defended the cuts.\n\n"
        "One resident stood up at the meeting: “Why should we believe anyone?”\n\n"
        "“Nobody ever listens,” she said."
    )
    quotes = {q.text: q for q in quotes_of(text)}
    assert quotes["Nobody ever listens"].speaker != "Brendan Oakes"


@pytest.mark.parametrize(
    ("text", "words", "not_speaker"),
    [
        pytest.param(
            "Reporter Lena Holt asked Brian Ode: “Will you quit?”\n\n“No,” she said.",
            "No",
            "Brian Ode",
            id="a-pronoun-of-the-other-gender",
        ),
        pytest.param(
            "Ed Voss asked Dana Kift to stand down last month. Voss rose again: “Why are you still here?”\n\n"
            "“I am tired of this,” he said.",
            "I am tired of this",
            "Dana Kift",
            id="asked-in-another-sentence",
        ),
        pytest.param(
            "Tom Pask spoke first. Then he asked Parliament for help: “Who else will listen?”\n\n"
            "“Nobody, it seems,” he said.",
            "Nobody, it seems",
            "Parliament",
            id="a-body-named-once",
        ),
    ],
)
def test_no_answer_given_to_whom_no_question_was_put(quotes_of, text, words, not_speaker):
    quote = next(q for q in quotes_of(text) if q.text == words)
    assert quote.speaker != not_speaker


def test_a_quote_with_no_speaker_before_the_question(quotes_of):
    text = (
        "“Save our library!”\n\nThe chant rang out in Kell on Monday. One reporter put it to Tyson Nwankwo: "
        "“Will you close it?”\n\n“Probably,” he said."
    )
    assert next(q for q in quotes_of(text) if q.text == "Probably").speaker == "Tyson Nwankwo"
