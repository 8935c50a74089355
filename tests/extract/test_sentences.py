"""Sentence boundaries (quotes.extract.sentences): the sentence end most rules read."""

from __future__ import annotations

import random

import pytest
from extract_checks import fields, one

from quotes.extract.sentences import (
    SENTENCE_END_RE,
    SENTENCE_SPLIT_RE,
    ends_sentence,
    first_sentence_end,
    next_sentence_start,
    sentence_start_before,
    sentence_starts,
)


def _openings(text: str, *, line_breaks: bool = False) -> list[str]:
    """The first word of each sentence after the first."""
    return [text[at:].split()[0] for at in sentence_starts(text, 0, len(text), line_breaks=line_breaks)]


@pytest.mark.parametrize(
    "text, openings",
    [
        # ordinary ends
        ("The pier opened. The ferry sailed! Who came? Nobody.", ["The", "Who", "Nobody."]),
        ("The pier opened in 2019. 2020 was quieter.", ["2020"]),
        # quotes and brackets closing a sentence
        ("“We won.” Then the crowd left.", ["Then"]),
        ('"Is it over?" Kobb asked.', ["Kobb"]),
        ("He left (for good.) The town stayed.", ["The"]),
        ("The mayor said. “We will build it.”", ["“We"]),
        ("The plan failed. ''We tried,'' she said.", ["''We"]),
        # abbreviations and initials end no sentence
        ("Mr. Kobb and Dr. Ruud met Sen. Venn.", []),
        ("John Q. Public signed it on Nov. 13 at St. Olaf.", []),
        ("The U.S. Navy and Harbour Co. staff came.", []),
        ("Ola Ruud Jr. Mayor Venn was there.", []),  # a title after Jr.: one name
        ("The jets flew to the U.S. A-10 crews stayed.", []),  # a hyphened word opens nothing
        ("They took the D.C. I-295 exit.", []),
        # dotted initials or a closing abbreviation at a real sentence end
        ("The firm moved to the U.S. The plant stayed.", ["The"]),
        ("She works in Washington, D.C. He lives in Tromsø.", ["He"]),
        ("He sold it to Vell Inc. But the deal fell through.", ["But"]),
        ("We moved the plant to the U.S. Why would we go back?", ["Why"]),
        ("The plant moved to the U.S. Mr. Kobb stayed.", ["Mr."]),
        ("He went back to the U.S. Last year he came home.", ["Last"]),
        ("The case went to the U.S. Supreme Court.", []),
        # a business's abbreviation before a capital ends its sentence
        ("The mill went to Brask Timber Inc. Oster said it was cheap.", ["Oster"]),
        ("It was built by Lunde Cement Co. Engineers saw cracks.", ["Engineers"]),
        ("The ship is owned by Varn Lines Corp. Crews say so.", ["Crews"]),
        ("The lab went to Elvy Labs Ltd. Tests found no lead.", ["Tests"]),
        ("The yard went to Tolle Bros. Ida Tolle runs it.", ["Ida"]),
        ("Vell Inc. Chief executive Ola Ruud spoke.", ["Chief"]),  # the cost: a post after it
        ("He is Ola Ruud Jr. “We won,” he said.", ["“We"]),
        # a lower-case word after a full stop opens no sentence
        ("It was 9 a.m. when the ferry came. It left.", ["It"]),
        ("The band, Vell etc. played on.", []),
        # ellipses
        ("We waited... Then the ferry came.", ["Then"]),
        ("We waited … and waited.", []),
    ],
)
def test_sentence_starts(text, openings):
    assert _openings(text) == openings


@pytest.mark.parametrize(
    "text, line_breaks, openings",
    [
        ("A headline without a stop\nThe body opens here.", False, []),
        ("A headline without a stop\nThe body opens here.", True, ["The"]),
        ("The first paragraph ends.\n\nThe second opens.", False, ["The"]),
    ],
)
def test_sentence_starts_at_line_breaks(text, line_breaks, openings):
    assert _openings(text, line_breaks=line_breaks) == openings


def test_a_sentence_before_double_apostrophes_may_stay_with_them():
    text = "Ruud made clear it mattered. ''We tried,'' he said. “We won,” he added."
    assert [text[at:].split()[0] for at in sentence_starts(text, 0, len(text))] == ["''We", "“We"]
    assert [text[at:].split()[0] for at in sentence_starts(text, 0, len(text), apostrophe_quotes=False)] == [
        "“We"
    ]


@pytest.mark.parametrize(
    "text, word, opening",
    [
        ("The pier opened. Mr. Kobb said it was late.", "said", "Mr. Kobb"),
        ("The board met Mr. Kobb and Ola Ruud.", "Ruud", "The board"),
        ("“Why?” Kobb asked. He said no.", "no", "He said"),
        ("A headline\nKobb said no.", "no", "Kobb said"),
        ("Kobb said no.", "no", "Kobb said"),
        ("Venn met Mr. Kobb's aide. ''We tried,'' he said.", "he", "''We"),
    ],
)
def test_sentence_start_before(text, word, opening):
    at = sentence_start_before(text, text.index(word))
    assert text[at:].startswith(opening)


def _start_searching_the_whole_reach(text: str, position: int, **options) -> int:
    """:func:`sentence_start_before` as it was, one search over the whole reach."""
    low = max(0, position - 2000)
    starts = sentence_starts(text, low, position, line_breaks=True, **options)
    return starts[-1] if starts else low


def test_sentence_start_before_searching_near_first_finds_what_the_whole_reach_finds():
    # the near search starts 400 characters back: past long sentences, inside
    # an end's blanks before a line break (which the end swallows), and on
    # random runs of marks, closers, blanks and words
    texts = [
        "Hello." + " " * gap + "\n" + tail + "z" * 30
        for gap in (300, 399, 400, 401, 450)
        for tail in ("   The end.", "\n\n The end", ' ) " The', "x y z")
    ]
    texts.append("The pier opened. " + "word " * 300 + "\nKobb said Mr. Venn wrote. " + "more " * 100)
    pieces = [".", "!", "?", '"', "”", ")", " ", "\n", "A", "a", "Mr", "U.S", "“", "''", "The", "x" * 60]
    rng = random.Random(7)
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(300, 900))) for _ in range(30)]
    for text in texts:
        for position in range(0, len(text) + 1, 5):
            for after_abbreviations in (False, True):
                assert sentence_start_before(
                    text, position, after_abbreviations=after_abbreviations
                ) == _start_searching_the_whole_reach(text, position, after_abbreviations=after_abbreviations)


def test_next_sentence_start_and_first_end():
    text = "The report by the U.S. Navy was late. The study, by Kobb, found"
    assert text[next_sentence_start(text, 0) :].startswith("The study")
    assert text[: first_sentence_end(text, 0, len(text))].endswith("late")
    assert next_sentence_start("One sentence only.", 0) is None


@pytest.mark.parametrize(
    "word, ends",
    [
        ("Library.", True),
        ("late!", True),
        ("over?”", True),
        ("here.”", True),
        ("U.S.", False),
        ("Inc.", False),
        ("Ltd.", False),
        ("Bros.", False),
        ("Sen.", False),
        ("Q.", False),
        ("Library", False),
    ],
)
def test_ends_sentence(word, ends):
    assert ends_sentence(word) is ends


@pytest.mark.parametrize(
    ("text", "ends", "splits"),
    [
        ("The ferry was late. Ilse Marr said so.", [18, 37], [18]),
        ("Sen. Ola Ruud and Mr. Kobb spoke. Then they left!", [32, 48], [32]),
        ("It was J. Varga's plan. “Why?” she asked.", [22, 28, 40], [22]),
        ("Prof. Dunmore met Capt. Renwick at St. Olaf.", [43], []),
        ("A shop vs. a mall. No. 5 won.", [17, 28], [17]),
        ("They left the U.S. He stayed in the U.S.", [17], [17]),
    ],
)
def test_sentence_ends_skip_abbreviations_and_initials(text, ends, splits):
    assert [m.start() for m in SENTENCE_END_RE.finditer(text)] == ends
    assert [m.start() for m in SENTENCE_SPLIT_RE.finditer(text)] == splits


WHO_SAID_IT = [
    pytest.param(
        "Mr. Ola Ruud tells voters who ask why he cannot match Mr. Tor Kobb's fury that he ''was not"
        " raised that way.'' He struggles with bragging, conceding that he feels ''the looming presence"
        " of his mother,'' he said.",
        "the looming presence",
        {"speaker": "Ola Ruud"},
        id="a-sentence-after-closing-double-apostrophes-starts-anew",
    ),
    pytest.param(
        "The minister of harbours, Mr. Ansel Kobb, argues there is no point in answering Mr. Venn's"
        " threats. ''We must not overreact,'' he told me.",
        "We must not overreact",
        {"speaker": "Ansel Kobb"},
        id="double-apostrophes-open-a-sentence",
    ),
    pytest.param(
        "Ola Ruud made clear over the weekend that meeting the crews has an impact. ''I have seen their"
        " anguish,'' he said.",
        "that meeting the crews",
        {"speaker": "Ola Ruud"},
        id="leave-alone-a-weak-cue-in-the-sentence-before-double-apostrophes",
    ),
    pytest.param(
        "Ansel Kobb spoke at the pier on Monday. Mr. Kobb met Ola Ruud, the mayor, in the afternoon.\n\n"
        "“We agreed on the plan,” he said.",
        "We agreed",
        {"speaker": "Ansel Kobb"},
        id="leave-alone-a-courtesy-title-opening-a-sentence",
    ),
    pytest.param(
        "Texas Sen. Ansel Kobb is hailing his win over Tor Venn on Feb. 1 as he urges voters to unite behind him.",
        "voters to unite",
        {"speaker": "Ansel Kobb"},
        id="leave-alone-a-month-s-abbreviation-before-a-pronoun",
    ),
    pytest.param(
        "The sawmill was sold last spring to Brask Timber Inc. Oster, who ran it for years, said the crews"
        " deserved better.",
        "the crews deserved better",
        {"speaker": "Oster"},
        id="a-business-s-abbreviation-ends-the-sentence-before-a-name",
    ),
    pytest.param(
        "The ferry line was sold to Varn Lines Ltd. Critics, among them Councillor Eda Brask, said the price"
        " was too low.",
        "the price was too low",
        {"speaker": "Critics"},
        id="a-business-s-abbreviation-ends-the-sentence-before-a-noun",
    ),
    pytest.param(
        "The bridge was built by Lunde Cement Co. Engineers who checked it in June warned that rust was"
        " spreading, according to a survey.",
        "Engineers who checked it",
        {"quote_text": "Engineers who checked it in June warned that rust was spreading"},
        id="a-quote-reaches-back-to-the-sentence-start-after-co",
    ),
    pytest.param(
        "“The well is clean,” said Ida Lunde, a chemist at Elvy Labs Ltd. Tests by the town found no lead.",
        "The well is clean",
        {"speaker": "Ida Lunde", "affiliation": "Elvy Labs Ltd"},
        id="an-affiliation-ends-at-a-business-s-abbreviation",
    ),
    pytest.param(
        "“We will appeal,” said Tor Lunde, a lawyer for Brask Inc. Prosecutors said the case was strong.",
        "We will appeal",
        {"speaker": "Tor Lunde", "affiliation": "Brask Inc"},
        id="an-affiliation-ending-in-inc-before-the-next-sentence",
    ),
    pytest.param(
        "A reporter asked Oster whether the yard would go to Varn Corp. Eda Brask, the union leader, shook"
        " her head. “Not while I am here,” she said.",
        "Not while I am here",
        {"speaker": "Eda Brask"},
        id="a-sentence-between-the-person-asked-and-the-answer",
    ),
    pytest.param(
        "Ola Brask, the former mayor, faces a strong challenge from Sen. Ansel Kobb (I-Vt.) Brask won narrowly"
        " in Ardmore and lost badly in Tullin. She is hoping the vote in Kessock will set her on a clear path.",
        "the vote in Kessock",
        {"speaker": "Ola Brask"},
        id="a-name-opening-a-sentence-after-a-closing-bracket",
    ),
    pytest.param(
        "While still poorer than townspeople, Norlanders have seen their wages rise a little faster than"
        " townspeople have.\n\nTor Brask, a pollster for the Vell Party, argued that bread matters more to"
        " Norlanders than wages.\n\n''The worry of townspeople is not whether they have a job,'' Mr. Brask"
        " said, ''it is that they lost their savings. Their savings are gone.'' For Norlanders, on the other"
        " hand, ''you do not take bread for granted.''\n\nHe cited a survey showing that townspeople were as"
        " worried about wages as about bread.",
        "a survey showing",
        {"speaker": "Tor Brask"},
        id="a-phrase-opening-after-double-apostrophes-names-no-subject",
    ),
    pytest.param(
        "U.S. Open Winner Ida Lunde Retires at 30\n\nBy Tor Varn\n\n“My back has had enough,” Lunde said.",
        "My back has had enough",
        {"speaker": "Lunde"},
        id="a-headline-with-dotted-initials",
    ),
    pytest.param(
        "B.J. Oster Hired as Vell Rovers Coach\n\nBy Tor Varn\n\n“We start on Monday,” Oster said.",
        "We start on Monday",
        {"speaker": "Oster"},
        id="a-headline-opening-on-initials",
    ),
    pytest.param(
        "Eda Brask Wins U.S. Open Title\n\nBy Tor Varn\n\n“I never gave up,” Brask said.",
        "I never gave up",
        {"speaker": "Brask"},
        id="a-headline-ending-on-dotted-initials",
    ),
    pytest.param(
        "Vell Rovers Sign Striker Eda Brask\n\nBy Tor Varn\n\n“I am glad to be here,” Brask said.",
        "I am glad to be here",
        {"speaker": "Brask"},
        id="leave-alone-a-headline-without-initials",
    ),
]


@pytest.mark.parametrize("text, words, expected", WHO_SAID_IT)
def test_who_said_it(quotes_of, text, words, expected):
    assert fields(one(quotes_of(text), words), expected) == expected
