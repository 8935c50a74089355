"""Whom a pronoun stands for (quotes.extract.pronouns and the sieves' helpers):
never a body or a group, never the owner for a possessive noun of kin, never an
unnamed person met in someone else's reported words (fictional people)."""

from __future__ import annotations

import pytest

from quotes.extract.pipeline import extract_quotes

PRONOUN_SPEAKERS = [
    pytest.param(
        "Ferrin Pharmaceuticals makes the inhaler. Ferrin said in a statement that few patients pay the list price.\n\nThe company's spokeswoman, Dora Blane, said patients could apply for help through its assistance program, Ferrin Cares.\n\nFor now, Lena Ostrow has found a way to manage. Her pharmacist, Piet Dahl, helped her apply to Ferrin's assistance program, and she is waiting to hear whether she qualifies.\n\n“I am one of the lucky ones,” she said.",
        "I am one of the lucky ones",
        "Lena Ostrow",
        id="body_first_word_never_a_persons_name",
    ),
    pytest.param(
        "The Tarrow Family Bakery opened in 1990. Its owner, Gustav Tarrow, took it over from his mother.\n\n“We bake every night,” Tarrow said.",
        "We bake every night",
        "Gustav Tarrow",
        id="person_named_after_a_body_keeps_the_surname",
    ),
    pytest.param(
        "“We were happy if forty people came,” said fair director Ilse Varnholt, who has run it since 2009.\n\nThe new play is by local writer Agnes Porrow. “I wrote it down,” Porrow said.\n\nThe pier stage will host free concerts every day. Varnholt said keeping part of the programme free was important to her.\n\n“A fair the town cannot afford is no fair,” she said.",
        "A fair the town cannot afford is no fair",
        "Ilse Varnholt",
        id="her_never_cut_to_he",
    ),
    pytest.param(
        "Tamsin Roe grew up on a farm and was the first in her family to go to college. She said she had planned to become a vet until a lecturer asked her to help run a summer camp.\n\n“I had more fun in those weeks than in my whole degree,” she said.",
        "I had more fun in those weeks than in my whole degree",
        "Tamsin Roe",
        id="unnamed_in_reported_words_tells_nothing",
    ),
    pytest.param(
        "Tamsin Roe spoke first. She said the camp was full.\n\nA lecturer said the camp needed more money. “We turn children away every summer,” she said.",
        "We turn children away every summer",
        "lecturer",
        id="unnamed_speaker_in_own_sentence_kept",
    ),
    pytest.param(
        "Developer Tom Holt runs two rinks in the park, and officials are not sure how to cut him out.\n\n"
        "\u201cIt is unanimous,\u201d councillor Ivo Brandt said of the council\u2019s support for terminating"
        " Holt contracts. The problem, however, is finding the legal basis for abandoning the deals, which he"
        " estimates will not expire for years. \u201cThe law department cannot find one,\u201d he added.",
        "The law department cannot find one",
        "Ivo Brandt",
        id="body_in_reported_words_tells_nothing",
    ),
    pytest.param(
        "Hana Velk, 31, was reported missing on Saturday. “We are treating this as a rescue,” said Sheriff Joan Pike.\n\nVelk's sister, Mira Velk, flew in on Sunday and has been waiting at the command post.\n\n“Hana is the most careful person I know,” her sister said.",
        "Hana is the most careful person I know",
        "Mira Velk",
        id="kin_introduced_before_name",
    ),
    pytest.param(
        "Hana Velk, 31, was reported missing on Saturday. “We are treating this as a rescue,” said Sheriff Joan Pike.\n\nMira Velk, Hana's sister, flew in on Sunday and has been waiting at the command post.\n\n“Hana is the most careful person I know,” her sister said.",
        "Hana is the most careful person I know",
        "Mira Velk",
        id="kin_introduced_after_name",
    ),
    pytest.param(
        "The playwright Desmond Kell died on Monday at 81.\n\nKiran Oduya, who directed the first play in 2015,"
        " remembered the notes.\n\n“He wrote the same three words on every draft,” she said.\n\nHe was knighted"
        " in 2016, an honour he accepted, he said at the time, “for every bus conductor who ever wrote a line.”",
        "for every bus conductor",
        "Desmond Kell",
        id="she_given_to_the_last_speaker_makes_her_a_woman",
    ),
    pytest.param(
        "A bus hit a wall on Main Street on Friday.\n\nA witness said the driver slowed down. “It was very"
        " quick,” she said.\n\nPolice later spoke to a witness at the bakery. “I heard the brakes,” he said.",
        "I heard the brakes",
        "witness",
        id="she_given_to_an_unnamed_last_speaker_tells_nothing_of_the_next",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", PRONOUN_SPEAKERS)
def test_pronoun_speaker(text, opening, speaker):
    quotes = [q for q in extract_quotes(text) if text[q.start : q.end].startswith(opening)]
    assert [q.speaker for q in quotes] == [speaker]


def test_kin_noun_without_introduction_keeps_the_surname_rule():
    text = (
        "Liv Kvale, 40, runs the ferry. Anders Kvale, 71, built it in 1980.\n\n"
        "\u201cShe works harder than I ever did,\u201d her father said."
    )
    quotes = extract_quotes(text)
    assert [q.speaker for q in quotes] == ["Anders Kvale"]


_LED_EDITOR = "\u201cThe first draft was rough,\u201d editor Mara Lund said. \u201cI read it twice.\u201d\n\n"
_LED_WRITER = "Juna Petrov, who moved to the city at nine, wrote the novel over six years.\n\n"
_LED_QUOTE = "\u201cMy aunt will read it and she will laugh,\u201d she says."
#: Paragraphs opening on the pronoun (``She is careful ...``) go on about the person named before them.
PRONOUN_LED_PARAGRAPHS = [
    pytest.param(
        _LED_EDITOR + "Juna Petrov, who moved to the city at nine, wrote the novel over six years. She has"
        " worked as a nurse for most of her life.\n\nShe is careful to say that the book is not about her"
        " family.\n\n" + _LED_QUOTE,
        "My aunt",
        "Juna Petrov",
        id="she_led_paragraph_keeps_the_topic",
    ),
    pytest.param(
        "\u201cWe lost the toss and the match,\u201d coach Dan Hale said.\n\nErik Sorel, who joined the club as"
        " a boy, scored twice. He has played 300 games.\n\nHe would not talk about a new contract.\n\n"
        "\u201cI just want to play,\u201d he said.",
        "I just want",
        "Erik Sorel",
        id="he_led_paragraph_keeps_the_topic",
    ),
    pytest.param(
        _LED_WRITER
        + _LED_EDITOR
        + "She is careful to say that the book is not about her family.\n\n"
        + _LED_QUOTE,
        "My aunt",
        "Mara Lund",
        id="not_past_the_last_speaker",
    ),
    pytest.param(
        _LED_EDITOR
        + "The blue works began after a visit in 1998 to her aunt's village, where Juna Petrov spent"
        " three months learning to dye cloth.\n\n" + _LED_QUOTE,
        "My aunt",
        "Juna Petrov",
        id="subject_of_a_where_clause_is_the_topic",
    ),
    pytest.param(
        _LED_EDITOR
        + "The blue works began after a visit to the village where Juna Petrov was born.\n\n"
        + _LED_QUOTE,
        "My aunt",
        "Mara Lund",
        id="a_where_clause_without_comma_names_a_place",
    ),
    pytest.param(
        _LED_EDITOR
        + _LED_WRITER
        + "She is careful to say that the book is not about her family.\n\n"
        + _LED_QUOTE,
        "My aunt",
        "Mara Lund",
        id="not_to_a_paragraph_no_sentence_of_which_opens_on_the_pronoun",
    ),
    pytest.param(
        _LED_EDITOR + _LED_WRITER + "The book sold well in the spring.\n\n" + _LED_QUOTE,
        "My aunt",
        "Mara Lund",
        id="not_across_a_paragraph_opening_otherwise",
    ),
]


@pytest.mark.parametrize("text, opening, speaker", PRONOUN_LED_PARAGRAPHS)
def test_pronoun_led_paragraphs(text, opening, speaker):
    quotes = [q for q in extract_quotes(text) if text[q.start : q.end].startswith(opening)]
    assert [q.speaker for q in quotes] == [speaker]
