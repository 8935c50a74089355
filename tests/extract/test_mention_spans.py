"""The spans of speaker mentions on the parse (quotes.extract.mention_spans;
fictional people)."""

from __future__ import annotations

from quotes.extract.pipeline import extract_quotes

#: A judgment's story whose headline opens on ``Judge`` and a verb the parser
#: reads as a noun of the subject (``Judge orders sugar firm``).
_JUDGMENT = (
    "Judge orders sugar firm to pay Shs9b to evicted families: ‘The law does not sleep because the poor are poor’\n\n"
    "In a judgment delivered on Friday, Justice Ruth Atwell-Kigozi found that the firm had no valid title.\n\n"
    "‘The evidence paints a picture that no society should tolerate,’ the judge wrote."
)


def test_a_headline_s_verb_ends_the_subject():
    speakers = {q.text: q.speaker for q in extract_quotes(_JUDGMENT) if q.kind == "direct"}
    assert set(speakers.values()) == {"Ruth Atwell-Kigozi"}


def test_a_campaign_s_name_opening_on_a_verb_is_one_mention():
    text = (
        'The Save the Kell Flats coalition said in a statement that it was "weighing every option, '
        'including a referendum petition."'
    )
    quote = next(q for q in extract_quotes(text) if q.kind == "partial")
    assert quote.speaker == "Save the Kell Flats coalition"
