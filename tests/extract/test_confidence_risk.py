"""The risks of a speaker's resolution the confidence model reads
(:mod:`quotes.extract.resolution_risk`): each feature on short texts written
here, beside the neighbouring texts it must leave alone, and the confidence
they lower."""

from __future__ import annotations

import pytest

from quotes.extract.confidence import calibrate, features
from quotes.extract.resolution_risk import article_context
from quotes.records import Quote

#: Two men in reach of ``he``.
TWO_MEN = "Martin Penhallow watched the drill. Tomas Quill, the captain, stood by.\n\n“We ran well,” he said."
#: A man and a woman in reach of ``he``.
MAN_AND_WOMAN = (
    "Martin Penhallow watched the drill. Ellen Quill, the captain, stood by.\n\n“We ran well,” he said."
)
#: The other man is known by a courtesy title only.
TITLED_RIVAL = (
    "Martin Penhallow watched the drill. Mr Quill, the captain, stood by.\n\n“We ran well,” he said."
)
#: The speaker is named two paragraphs up, nobody else in between.
NAMED_FAR = (
    "Martin Penhallow coaches the Tarn Rovers.\n\nThe club trains on the shore.\n\n"
    "The pitch floods in winter.\n\n“We ran well,” he said."
)
#: The speaker named with a generation's numeral, then called by surname alone nearer the quote.
GENERATION_NAMED = (
    "Martin Penhallow III coaches the Tarn Rovers.\n\nThe club trains on the shore.\n\n"
    "Penhallow was calm. “We ran well,” he said."
)
#: A son called by his given name and generation, far from his father's pronoun.
SON_BY_GIVEN_NAME = (
    "“The pier is open,” said Martin Jr.\n\nThe club trains on the shore.\n\n"
    "The pitch floods in winter.\n\nMartin Penhallow watched. “We ran well,” he said."
)
#: Two speakers, one after the other.
TWO_SPEAKERS = "“The pier is open,” said Mara Venn.\n\n“It is not,” said Orrin Pell."
#: The same speaker twice.
SAME_SPEAKER = "“The pier is open,” said Mara Venn.\n\n“It is safe,” said Mara Venn."
#: A description resolved to a name, and one left as it is.
DESCRIBED = "Coach Ivo Brand was calm.\n\n“We ran well,” the coach said."
#: A quote that opens its paragraph with no cue, after one with a cue.
CONTINUED = "“The pier is open,” said Mara Venn.\n\n“Nobody should worry about it.”"
#: A quote with no cue in the middle of its paragraph.
MID_PARAGRAPH = "“The pier is open,” said Mara Venn. She smiled. “Nobody should worry about it.”"


def quote_in(text: str, words: str, mention: str | None, speaker: str | None, **fields) -> Quote:
    """A quote of ``words`` in ``text`` resting on the last ``mention`` (a person's by default)."""
    start = text.index(words)
    fields = {"kind": "direct", "speaker_kind": "person" if speaker else None, "confidence": 0.8, **fields}
    quote = Quote(text=words, start=start, end=start + len(words), speaker=speaker, **fields)
    if mention is not None:
        quote.speaker_start = text.rindex(mention)
        quote.speaker_end = quote.speaker_start + len(mention)
    return quote


def risks(text: str, quotes: list[Quote], which: int = -1) -> set[str]:
    """The features of ``quotes[which]`` with the article's context."""
    return set(features(quotes[which], text, article_context(quotes, text)))


def said_he(text: str, speaker: str = "Martin Penhallow", **fields) -> Quote:
    """``“We ran well,” he said`` resolved to ``speaker``."""
    return quote_in(text, "We ran well,", "he", speaker, cue="said", **fields)


@pytest.mark.parametrize(
    "text, quote, present, absent",
    [
        (TWO_MEN, said_he(TWO_MEN), {"pronoun_rival"}, {"name_not_in_reach"}),
        (TITLED_RIVAL, said_he(TITLED_RIVAL), {"pronoun_rival"}, set()),
        (MAN_AND_WOMAN, said_he(MAN_AND_WOMAN), set(), {"pronoun_rival"}),
        (NAMED_FAR, said_he(NAMED_FAR), {"name_not_in_reach"}, {"pronoun_rival"}),
        (GENERATION_NAMED, said_he(GENERATION_NAMED, "Martin Penhallow III"), set(), {"name_not_in_reach"}),
        (
            DESCRIBED,
            quote_in(DESCRIBED, "We ran well,", "the coach", "Ivo Brand", cue="said"),
            {"nominal_named"},
            {"nominal_kept"},
        ),
        (
            DESCRIBED,
            quote_in(DESCRIBED, "We ran well,", "the coach", "coach", cue="said"),
            {"nominal_kept"},
            {"nominal_named"},
        ),
    ],
)
def test_risks_of_one_quote(text, quote, present, absent):
    found = risks(text, [quote])
    assert present <= found and not absent & found


def test_a_son_called_by_given_name_is_no_rival_where_the_given_name_is_his_fathers():
    son = quote_in(SON_BY_GIVEN_NAME, "The pier is open,", "Martin Jr", "Martin Jr", cue="said")
    assert "pronoun_rival" not in risks(SON_BY_GIVEN_NAME, [son, said_he(SON_BY_GIVEN_NAME)])


def two_quotes(text: str, second: str, speaker: str | None, *, cue: str | None = "said") -> list[Quote]:
    """Mara Venn's quote, then ``second`` (said by ``speaker``)."""
    first = quote_in(text, "The pier is open,", "Mara Venn", "Mara Venn", cue="said")
    mention = speaker if cue else None
    return [first, quote_in(text, second, mention, speaker, cue=cue)]


@pytest.mark.parametrize(
    "text, quotes, present, absent",
    [
        (TWO_SPEAKERS, two_quotes(TWO_SPEAKERS, "It is not,", "Orrin Pell"), {"speaker_changed"}, set()),
        (SAME_SPEAKER, two_quotes(SAME_SPEAKER, "It is safe,", "Mara Venn"), set(), {"speaker_changed"}),
        (
            CONTINUED,
            two_quotes(CONTINUED, "Nobody should worry about it.", "Mara Venn", cue=None),
            {"opens_no_cue"},
            {"speaker_changed"},
        ),
        (
            MID_PARAGRAPH,
            two_quotes(MID_PARAGRAPH, "Nobody should worry about it.", "Mara Venn", cue=None),
            set(),
            {"opens_no_cue"},
        ),
        (TWO_SPEAKERS, two_quotes(TWO_SPEAKERS, "It is not,", "Orrin Pell"), set(), {"opens_no_cue"}),
    ],
)
def test_risks_from_the_quote_before(text, quotes, present, absent):
    found = risks(text, quotes)
    assert present <= found and not absent & found


def test_the_number_of_speakers_is_read_from_the_article():
    two = two_quotes(TWO_SPEAKERS, "It is not,", "Orrin Pell")
    one = two_quotes(SAME_SPEAKER, "It is safe,", "Mara Venn")
    assert (
        features(two[0], TWO_SPEAKERS, article_context(two, TWO_SPEAKERS))["speakers"]
        > features(one[0], SAME_SPEAKER, article_context(one, SAME_SPEAKER))["speakers"]
    )


def confidence(text: str, quote: Quote) -> float:
    """The calibrated confidence of ``quote`` alone in ``text``."""
    return calibrate([quote], text)[0].confidence


@pytest.mark.parametrize(
    "risky, safe",
    [
        ((TWO_MEN, said_he(TWO_MEN)), (MAN_AND_WOMAN, said_he(MAN_AND_WOMAN))),
        ((NAMED_FAR, said_he(NAMED_FAR)), (MAN_AND_WOMAN, said_he(MAN_AND_WOMAN))),
        (
            (DESCRIBED, quote_in(DESCRIBED, "We ran well,", "the coach", "coach", cue="said")),
            (DESCRIBED, quote_in(DESCRIBED, "We ran well,", "the coach", "Ivo Brand", cue="said")),
        ),
    ],
)
def test_a_risky_resolution_lowers_the_confidence(risky, safe):
    assert confidence(*risky) < confidence(*safe)
