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


def test_a_verb_of_a_headline_is_cut_only_in_the_headline_before_a_verb_with_no_tense():
    text = (
        "Tow-away zone\n\nDunmere widened its zone.\n\nParking fines officers warned drivers: “We will tow.”"
    )
    (quote,) = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert quote.speaker == "Parking fines officers"
