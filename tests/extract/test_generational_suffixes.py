"""Constructions of real news pages: a generation's roman numeral after a
person's name (``Ansel Marr III``) is part of the name, in the speaker and its
offsets, and a later surname or pronoun is the same person; numbered things and
acronyms after a name are left alone. Texts written for the test about
fictional people and places."""

from __future__ import annotations

import pytest
from extract_checks import one

#: Two lines before the sentence under test, so that it is not read as a headline.
_LEAD = "Harbour town news\n\nThe river rose again on Monday night.\n\n"

GENERATIONS = [
    pytest.param(
        "“We must act now,” said Ansel Marr III, the mayor. “The river is rising,” Marr said.",
        {"We must act now": "Ansel Marr III", "The river is rising": "Ansel Marr III"},
        "Ansel Marr III",
        id="said-name-iii-apposition-then-surname",
    ),
    pytest.param(
        "“We must act now,” Ansel Marr II said. “The river is rising,” Mr Marr said.",
        {"We must act now": "Ansel Marr II", "The river is rising": "Ansel Marr II"},
        "Ansel Marr II",
        id="name-ii-said-then-courtesy-title",
    ),
    pytest.param(
        "Pope Ansel Marr II urged delegates to pray for the town. “We must act now,” he said.",
        {"We must act now": "Pope Ansel Marr II"},
        "he",
        id="title-name-ii-then-pronoun",
    ),
    pytest.param(
        "Pope Ansel Marr II urged delegates to pray for the town. “We must act now,” Ansel Marr said.",
        {"We must act now": "Pope Ansel Marr II"},
        "Ansel Marr",
        id="title-name-ii-then-name-without-title-and-numeral",
    ),
    pytest.param(
        "“We must act now,” said Ola J. Brenne IV, who chairs the board.",
        {"We must act now": "Ola J. Brenne IV"},
        "Ola J. Brenne IV",
        id="initial-in-the-name-iv",
    ),
    pytest.param(
        "“We must act now,” said the mayor, Ansel Marr III. He left at noon.",
        {"We must act now": "Ansel Marr III"},
        "Ansel Marr III",
        id="name-iii-closing-the-sentence",
    ),
    pytest.param(
        "Tomas Vell III hit two home runs. “I saw the ball well,” Vell III said after the game.",
        {"I saw the ball well": "Tomas Vell III"},
        "Vell III",
        id="a-later-surname-with-its-numeral",
    ),
]

LATER_MENTIONS = [
    pytest.param(
        "Tomas Vell Jr. hit two home runs. “I saw the ball well,” Vell Jr. said after the game.",
        "I saw the ball well",
        "Tomas Vell Jr",
        id="a-later-surname-with-jr",
    ),
    pytest.param(
        "Ana de la Vell Jr. won the seat. “I am grateful,” de la Vell Jr. said.",
        "I am grateful",
        "Ana de la Vell Jr",
        id="a-later-particled-surname-with-jr",
    ),
    pytest.param(
        "Ansel Marr Jr. scored twice. “It felt good,” Marr said. His mother, Ola Marr, watched from the "
        "stand. “I cried,” Ola Marr said. “He works so hard,” Marr added.",
        "He works so hard",
        "Ola Marr",
        id="a-son-with-jr-leaves-the-surname-to-his-mother",
    ),
    pytest.param(
        "Second round: Dana Kell V Ola Brenn, 6-4 6-2. “I played well,” Kell said afterwards.",
        "I played well",
        "Dana Kell",
        id="a-capital-v-for-versus-is-no-generation",
    ),
]


@pytest.mark.parametrize("text, words, speaker", LATER_MENTIONS)
def test_later_mentions_find_the_whole_name(quotes_of, text, words, speaker):
    assert one(quotes_of(_LEAD + text), words).speaker == speaker


@pytest.mark.parametrize("text, speakers, mention", GENERATIONS)
def test_a_generation_numeral_stays_in_the_name(quotes_of, text, speakers, mention):
    article = _LEAD + text
    quotes = quotes_of(article)
    for words, speaker in speakers.items():
        quote = one(quotes, words)
        assert quote.speaker == speaker
    first = one(quotes, next(iter(speakers)))
    assert article[first.speaker_start : first.speaker_end] == mention


LEFT_ALONE = [
    pytest.param(
        "“We must act now,” said Ansel Marr MP, who sits for the town.",
        "Ansel Marr",
        id="an-acronym-after-a-name",
    ),
    pytest.param(
        "“We must act now,” said Ada Obi QC, for the families.",
        "Ada Obi",
        id="a-lawyers-letters-after-a-name",
    ),
    pytest.param(
        "“The town flooded in World War II too,” said Ansel Marr.",
        "Ansel Marr",
        id="a-war-numbered-in-the-quote",
    ),
    pytest.param(
        "“The Phase II trial starts in May,” said Ada Obi.",
        "Ada Obi",
        id="a-phase-numbered",
    ),
    pytest.param(
        "“We must act now,” said Ansel Marr. IV drips were handed out at the hall.",
        "Ansel Marr",
        id="a-numeral-opening-the-next-sentence",
    ),
]


@pytest.mark.parametrize("text, speaker", LEFT_ALONE)
def test_numbered_things_and_acronyms_stay_out_of_names(quotes_of, text, speaker):
    words = text[1 : text.index("”")].rstrip(",")  # the quoted words
    assert one(quotes_of(_LEAD + text), words).speaker == speaker
